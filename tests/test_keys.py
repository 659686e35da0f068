"""Keys: how they are configured, and what servers with keys refuse to work with."""

from __future__ import annotations

import time

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from memsvc.server.app import start
from memsvc.settings import Settings, parse_keys
from memsvc.v1 import agent_service_pb2, agent_service_pb2_grpc
from tests.conftest import llm_config, make_settings
from tests.procs import SplitDeployment


@pytest.mark.regression(
    "issue 11 #8: with API keys elsewhere, a memory server started without keys was open and unnoticed"
)
def test_servers_with_keys_refuse_to_serve_with_a_peer_open_to_anyone(tmp_path):
    keyed = {"MEMSVC_API_KEYS": "acme:key-acme-1", "MEMSVC_INTERNAL_KEY": "internal-secret"}
    split = SplitDeployment(tmp_path / "split", extra_env=keyed)
    memory = split.servers["memory"]
    memory.env = {k: v for k, v in memory.env.items() if k not in keyed}  # the misconfigured one
    try:
        memory.start()
        split.servers["executor"].start(wait=False)
        split.servers["agent"].start(wait=False)
        for name in ("agent", "executor"):
            log = split.servers[name].log_path
            while "peer_without_keys" not in (log.read_text() if log.exists() else ""):
                time.sleep(0.05)  # a condition: the pytest timeout bounds it
            with grpc.insecure_channel(split.servers[name].address) as chan:
                reply = health_pb2_grpc.HealthStub(chan).Check(health_pb2.HealthCheckRequest(), timeout=5)
            assert reply.status == health_pb2.HealthCheckResponse.NOT_SERVING
            assert "MEMSVC_INTERNAL_KEY" in log.read_text()
    finally:
        split.stop()


@pytest.mark.regression("issue 11 #8: development mode honoured a client-sent x-memsvc-tenant")
async def test_development_mode_ignores_a_claimed_tenant(tmp_path, fake_llm, model):
    running = await start("all", make_settings(tmp_path / "data"))
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as chan:
            agents = agent_service_pb2_grpc.AgentServiceStub(chan)
            claimed = (("x-memsvc-tenant", "globex"),)
            made = await agents.CreateAgent(
                agent_service_pb2.CreateAgentRequest(llm_config=llm_config(fake_llm, model)), metadata=claimed
            )
            listed = await agents.ListAgents(agent_service_pb2.ListAgentsRequest())
            assert [a.id for a in listed.agents] == [made.agent.id]  # one tenant, whatever a caller claims
    finally:
        await running.stop(0)


@pytest.mark.parametrize(
    ("spec", "lines", "problem"),
    [
        ("", ":key-for-nobody", "is not a tenant name"),
        ("", "  key-for-nobody", "is not 'tenant key'"),
        (":key-for-nobody", "", "is not a tenant name"),
        ("acme:short", "", "shorter than 8"),
        ("acme:key-shared-1,globex:key-shared-1", "", "two tenants"),
        ("a cme:key-acme-1", "", "is not a tenant name"),
    ],
)
@pytest.mark.regression("issue 11 #8: MEMSVC_API_KEYS_FILE accepted a key bound to the empty tenant")
def test_api_keys_name_a_tenant_each(spec, lines, problem):
    with pytest.raises(SystemExit) as info:
        parse_keys(spec, lines)
    assert problem in str(info.value)


def test_the_internal_key_is_no_tenants_key():
    env = {"MEMSVC_API_KEYS": "acme:key-acme-1", "MEMSVC_INTERNAL_KEY": "key-acme-1"}
    with pytest.raises(SystemExit, match="no tenant's API key"):
        Settings.from_env(env)
    assert Settings.from_env({**env, "MEMSVC_INTERNAL_KEY": "internal-secret"}).api_keys == {"key-acme-1": "acme"}
