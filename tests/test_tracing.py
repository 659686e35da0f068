"""Tracing: one trace per turn, across the three servers; x-request-id follows a request on every hop."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from concurrent import futures

import grpc
import pytest
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2, trace_service_pb2_grpc
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from memsvc import tracing
from memsvc.server.app import start
from memsvc.v1 import agent_service_pb2, agent_service_pb2_grpc
from tests.conftest import make_settings
from tests.fakellm import call, say
from tests.helpers import create_agent, user
from tests.layouts import create_database, drop_database, split_env, tenant_keys
from tests.procs import SplitDeployment, free_port

TURN_SPANS = {"memsvc.turn", "llm.chat", "function core_memory_append", "store.commit", "store.load_context"}


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    spans = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(spans))
    tracing.use(provider)
    yield spans
    tracing.use(None)


async def test_a_turn_is_one_trace(exporter, tmp_path, fake_llm, model):
    running = await start("all", make_settings(tmp_path / "data"))
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as chan:
            agents = agent_service_pb2_grpc.AgentServiceStub(chan)
            agent = await create_agent(agents, fake_llm, model)
            exporter.clear()
            fake_llm.script(model, call("core_memory_append", label="human", content="Likes tea."), say("Noted."))
            await agents.SendMessage(agent_service_pb2.SendMessageRequest(agent_id=agent.id, messages=[user("tea")]))
    finally:
        await running.stop(0)
    spans = exporter.get_finished_spans()
    [rpc] = [s for s in spans if s.name == "/memsvc.v1.AgentService/SendMessage"]
    assert {s.name for s in spans} >= TURN_SPANS
    assert {s.context.trace_id for s in spans} == {rpc.context.trace_id}  # one trace
    [turn] = [s for s in spans if s.name == "memsvc.turn"]
    assert turn.parent.span_id == rpc.context.span_id
    chats = [s for s in spans if s.name == "llm.chat"]
    assert len(chats) == 2
    assert all(s.parent.span_id == turn.context.span_id for s in chats)
    assert chats[0].attributes["gen_ai.request.model"] == model


class Collector(trace_service_pb2_grpc.TraceServiceServicer):
    """An OTLP/gRPC endpoint that keeps what it is sent (what a collector such as Jaeger would get)."""

    def __init__(self) -> None:
        self.spans: list[tuple[str, object]] = []  # (service name, span)
        self.lock = threading.Lock()

    def Export(self, request, context):
        with self.lock:
            for resource_spans in request.resource_spans:
                service = next(
                    a.value.string_value for a in resource_spans.resource.attributes if a.key == "service.name"
                )
                for scope in resource_spans.scope_spans:
                    self.spans += [(service, s) for s in scope.spans]
        return trace_service_pb2.ExportTraceServiceResponse()


@pytest.fixture
def collector() -> Iterator[tuple[Collector, int]]:
    found = Collector()
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    trace_service_pb2_grpc.add_TraceServiceServicer_to_server(found, server)
    port = server.add_insecure_port(f"127.0.0.1:{free_port()}")
    server.start()
    yield found, port
    server.stop(0)


def test_one_trace_across_three_servers_and_the_request_id_on_every_hop(collector, tmp_path, fake_llm, model, request):
    found, port = collector
    keys = tenant_keys(1)
    [(_, key)] = keys.items()
    env = split_env(keys) | {
        "OTEL_TRACES_EXPORTER": "otlp",
        "OTEL_EXPORTER_OTLP_ENDPOINT": f"http://127.0.0.1:{port}",
        "OTEL_EXPORTER_OTLP_INSECURE": "true",
    }
    database = create_database(request.getfixturevalue("pg_template"), "memsvc_tracing")
    split = SplitDeployment(tmp_path / "split", env, database_url=database).start()
    try:
        with grpc.insecure_channel(split.agent_address) as chan:
            agents = agent_service_pb2_grpc.AgentServiceStub(chan)
            metadata = (("authorization", f"Bearer {key}"),)
            agent = agents.CreateAgent(
                agent_service_pb2.CreateAgentRequest(
                    llm_config={"model": model, "model_endpoint": fake_llm.base_url, "context_window": 16384},
                    embedding_config={"embedding_endpoint_type": "local"},
                ),
                metadata=metadata,
            ).agent
            fake_llm.script(model, call("core_memory_append", label="human", content="Likes tea."), say("Noted."))
            agents.SendMessage(
                agent_service_pb2.SendMessageRequest(agent_id=agent.id, messages=[user("tea")]),
                metadata=(*metadata, ("x-request-id", "req-trace-1")),
            )
    finally:
        split.stop()  # SIGTERM: each server exports what it has before it exits
        drop_database(database)

    with found.lock:
        spans = list(found.spans)
    [(_, rpc)] = [
        (svc, s) for svc, s in spans if s.name == "/memsvc.v1.AgentService/SendMessage" and svc == "memsvc-agent"
    ]
    trace = [(svc, s) for svc, s in spans if s.trace_id == rpc.trace_id]
    services = {svc for svc, _ in trace}
    assert services == {"memsvc-agent", "memsvc-executor", "memsvc-memory"}, services
    names = {s.name for _, s in trace}
    assert names >= TURN_SPANS, names
    assert "/memsvc.v1.ExecutorService/ExecuteFunction" in names
    assert "/memsvc.v1.AgentStoreService/CommitContext" in names
    by_id = {s.span_id: s for _, s in trace}
    [function] = [s for _, s in trace if s.name == "function core_memory_append"]
    chain = []
    while function is not None:  # the function's span leads back, hop by hop, to the client's call
        chain.append(function.name)
        function = by_id.get(function.parent_span_id)
    assert chain[-1] == rpc.name

    # The request id the client sent is in the log lines of every server the request reached.
    for role in ("agent", "executor", "memory"):
        lines = [
            json.loads(line) for line in split.servers[role].log_path.read_text().splitlines() if line.startswith("{")
        ]
        assert any(line.get("request_id") == "req-trace-1" for line in lines), role


def test_tracing_is_off_by_default():
    assert tracing.configure("all", {}) is None
    assert tracing.configure("all", {"OTEL_TRACES_EXPORTER": "none"}) is None
    assert tracing.configure("all", {"OTEL_TRACES_EXPORTER": "otlp", "OTEL_SDK_DISABLED": "true"}) is None
    assert not tracing.active()
    assert tracing.server_interceptors() == []
    with tracing.span("nothing") as span:
        assert span is None
