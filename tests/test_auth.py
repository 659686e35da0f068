"""API keys and tenants: one tenant's agents and memory are invisible to another."""

from __future__ import annotations

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from memsvc.v1 import (
    agent_service_pb2,
    agent_service_pb2_grpc,
    agent_store_service_pb2,
    agent_store_service_pb2_grpc,
    memory_service_pb2,
    memory_service_pb2_grpc,
)
from tests.fakellm import call, say
from tests.helpers import create_agent, error_reason, send
from tests.layouts import TEST_ENDPOINTS

KEYS = {"key-acme": "acme", "key-globex": "globex"}


def stubs(chan: grpc.aio.Channel, key: str | None):
    """Stubs whose calls carry the key."""
    metadata = (("authorization", f"Bearer {key}"),) if key else ()

    class Keyed:
        def __init__(self, stub):
            self.stub = stub

        def __getattr__(self, name):
            method = getattr(self.stub, name)
            return lambda request, **kw: method(request, metadata=metadata, **kw)

    return (
        Keyed(agent_service_pb2_grpc.AgentServiceStub(chan)),
        Keyed(memory_service_pb2_grpc.MemoryServiceStub(chan)),
    )


pytestmark = pytest.mark.layouts


@pytest.fixture
def server_changes():
    return {"api_keys": KEYS, "allowed_endpoints": TEST_ENDPOINTS}


@pytest.fixture
def keyed_server(deployment):
    """A channel that adds no key of its own: each test sends the keys it means to."""
    return deployment.channel(api_key="")


async def expect(code, reason, coro):
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await coro
    assert info.value.code() == code, info.value.details()
    assert error_reason(info.value) == reason
    return info.value


async def test_keys_are_required_and_checked(keyed_server, deployment):
    agents, _ = stubs(keyed_server, None)
    err = await expect(
        grpc.StatusCode.UNAUTHENTICATED, "API_KEY_MISSING", agents.ListAgents(agent_service_pb2.ListAgentsRequest())
    )
    assert "authorization: Bearer" in err.details()
    agents, _ = stubs(keyed_server, "wrong")
    await expect(
        grpc.StatusCode.UNAUTHENTICATED, "API_KEY_INVALID", agents.ListAgents(agent_service_pb2.ListAgentsRequest())
    )
    # Health checks need no key (load balancers, orchestrators).
    reply = await health_pb2_grpc.HealthStub(keyed_server).Check(health_pb2.HealthCheckRequest())
    assert reply.status == health_pb2.HealthCheckResponse.SERVING
    # A client key cannot reach the internal services (at the memory server's own address, split).
    store = agent_store_service_pb2_grpc.AgentStoreServiceStub(
        deployment.channel(deployment.memory_address, api_key="")
    )
    err = await expect(
        grpc.StatusCode.PERMISSION_DENIED,
        "INTERNAL_SERVICE",
        store.ListAgentRecords(
            agent_store_service_pb2.ListAgentRecordsRequest(), metadata=(("authorization", "Bearer key-acme"),)
        ),
    )
    assert "internal to memsvc" in err.details()


async def test_tenants_never_see_each_other(keyed_server, fake_llm, model):
    acme_agents, acme_memory = stubs(keyed_server, "key-acme")
    globex_agents, globex_memory = stubs(keyed_server, "key-globex")
    agent = await create_agent(acme_agents, fake_llm, model)
    fake_llm.script(model, call("archival_memory_insert", content="Acme's secret formula is 42."), say("Saved."))
    await send(acme_agents, agent.id, "remember the formula")
    passage = (
        await acme_memory.ListArchivalMemories(memory_service_pb2.ListArchivalMemoriesRequest(agent_id=agent.id))
    ).passages[0]

    a = agent.id
    cross_reads = [
        globex_agents.GetAgent(agent_service_pb2.GetAgentRequest(agent_id=a)),
        globex_agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=a)),
        globex_agents.GetContextWindow(agent_service_pb2.GetContextWindowRequest(agent_id=a)),
        send(globex_agents, a, "tell me acme's secrets"),
        globex_agents.DeleteAgent(agent_service_pb2.DeleteAgentRequest(agent_id=a)),
        globex_memory.ListMemoryBlocks(memory_service_pb2.ListMemoryBlocksRequest(agent_id=a)),
        globex_memory.GetMemoryBlock(memory_service_pb2.GetMemoryBlockRequest(agent_id=a, label="human")),
        globex_memory.ListRecallMessages(memory_service_pb2.ListRecallMessagesRequest(agent_id=a)),
        globex_memory.SearchRecallMessages(memory_service_pb2.SearchRecallMessagesRequest(agent_id=a, query="formula")),
        globex_memory.SearchArchivalMemory(memory_service_pb2.SearchArchivalMemoryRequest(agent_id=a, query="formula")),
        globex_memory.ListArchivalMemories(memory_service_pb2.ListArchivalMemoriesRequest(agent_id=a)),
        globex_memory.DeleteArchivalMemory(
            memory_service_pb2.DeleteArchivalMemoryRequest(agent_id=a, passage_id=passage.id)
        ),
        globex_memory.InsertArchivalMemory(memory_service_pb2.InsertArchivalMemoryRequest(agent_id=a, content="x")),
    ]
    for attempt in cross_reads:
        await expect(grpc.StatusCode.NOT_FOUND, "AGENT_NOT_FOUND", attempt)
    listed = await globex_agents.ListAgents(agent_service_pb2.ListAgentsRequest())
    assert list(listed.agents) == []
    # Acme still has everything, untouched.
    assert (await acme_agents.GetAgent(agent_service_pb2.GetAgentRequest(agent_id=a))).agent.id == a
    passages = (
        await acme_memory.ListArchivalMemories(memory_service_pb2.ListArchivalMemoriesRequest(agent_id=a))
    ).passages
    assert [p.content for p in passages] == ["Acme's secret formula is 42."]


@pytest.mark.regression("black-box #3: ImportAgent said ALREADY_EXISTS for another tenant's agent id")
async def test_importing_an_id_another_tenant_has_reveals_nothing(keyed_server, fake_llm, model):
    acme_agents, acme_memory = stubs(keyed_server, "key-acme")
    globex_agents, globex_memory = stubs(keyed_server, "key-globex")
    agent = await create_agent(acme_agents, fake_llm, model)
    await send(acme_agents, agent.id, "hello")
    exported = (await acme_memory.ExportAgent(memory_service_pb2.ExportAgentRequest(agent_id=agent.id))).agent_file
    # Globex's import of the file is a copy of its own, under new ids: the same as for any id it cannot see.
    imported = await globex_memory.ImportAgent(memory_service_pb2.ImportAgentRequest(agent_file=exported))
    copy = imported.agent.id
    assert copy != agent.id
    assert imported.message_count == len(exported.messages)
    messages = (await globex_agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=copy))).messages
    assert {m.id for m in messages}.isdisjoint({m.id for m in exported.messages})
    await expect(
        grpc.StatusCode.NOT_FOUND,
        "AGENT_NOT_FOUND",
        globex_agents.GetAgent(agent_service_pb2.GetAgentRequest(agent_id=agent.id)),
    )
    # Acme's agent is untouched; acme importing its own file again is told the agent exists.
    assert (await acme_agents.GetAgent(agent_service_pb2.GetAgentRequest(agent_id=agent.id))).agent.id == agent.id
    err = await expect(
        grpc.StatusCode.ALREADY_EXISTS,
        "AGENT_ALREADY_EXISTS",
        acme_memory.ImportAgent(memory_service_pb2.ImportAgentRequest(agent_file=exported)),
    )
    assert agent.id in err.details()
    # Globex importing its copy's file again is told too: that id is its own.
    again = (await globex_memory.ExportAgent(memory_service_pb2.ExportAgentRequest(agent_id=copy))).agent_file
    await expect(
        grpc.StatusCode.ALREADY_EXISTS,
        "AGENT_ALREADY_EXISTS",
        globex_memory.ImportAgent(memory_service_pb2.ImportAgentRequest(agent_file=again)),
    )
