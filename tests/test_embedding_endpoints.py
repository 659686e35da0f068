"""Which embeddings endpoint an agent uses when the server names one (MEMSVC_EMBEDDING_BASE_URL)."""

from __future__ import annotations

import pytest

from memsvc.v1 import agent_pb2, agent_service_pb2, memory_service_pb2
from tests.conftest import llm_config


@pytest.fixture
def server_changes(fake_llm):
    """The server's own embeddings endpoint: the fake LLM's (vectors of the dimension a model name says)."""
    return {"embedding_base_url": fake_llm.base_url}


async def create(agents, fake_llm, model, embedding: agent_pb2.EmbeddingConfig | None) -> agent_pb2.Agent:
    request = agent_service_pb2.CreateAgentRequest(llm_config=llm_config(fake_llm, model), embedding_config=embedding)
    return (await agents.CreateAgent(request)).agent


async def insert(memory, agent_id: str, text: str) -> None:
    await memory.InsertArchivalMemory(memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent_id, content=text))


@pytest.mark.regression("issue 11 #13: MEMSVC_EMBEDDING_BASE_URL overrode an agent's explicit local model")
async def test_an_agents_explicit_choice_wins_over_the_servers_endpoint(agents, memory, fake_llm, model):
    local = await create(agents, fake_llm, model, agent_pb2.EmbeddingConfig(embedding_endpoint_type="local"))
    assert (local.embedding_config.embedding_endpoint_type, local.embedding_config.embedding_dim) == ("local", 384)
    before = len(fake_llm.embedding_requests)
    await insert(memory, local.id, "My dog loves playing fetch in the park.")
    assert len(fake_llm.embedding_requests) == before  # the built-in model, not the server's endpoint
    search = memory_service_pb2.SearchArchivalMemoryRequest(agent_id=local.id, query="puppy")
    assert (await memory.SearchArchivalMemory(search)).hits[0].passage.content.startswith("My dog")

    # No endpoint of its own: the server's applies (agent.proto).
    remote = await create(
        agents, fake_llm, model, agent_pb2.EmbeddingConfig(embedding_model="hash-64", embedding_dim=64)
    )
    assert remote.embedding_config.embedding_endpoint_type == "openai"
    await insert(memory, remote.id, "Quarterly revenue grew.")
    assert len(fake_llm.embedding_requests) > before


@pytest.mark.regression(
    "newcomer finding 4: with MEMSVC_EMBEDDING_BASE_URL set, an agent created without embedding_config "
    "got the local model's name and dimension sent to the remote endpoint (EMBEDDING_DIMENSION_MISMATCH)"
)
async def test_no_embedding_config_is_the_offline_local_model_whatever_the_server_names(
    agents, memory, fake_llm, model
):
    """agent.proto: "If not specified, the offline local model (all-MiniLM-L6-v2, 384 dimensions) is used"."""
    for embedding in (None, agent_pb2.EmbeddingConfig()):  # not set, or set but naming nothing
        agent = await create(agents, fake_llm, model, embedding)
        config = agent.embedding_config
        assert (config.embedding_endpoint_type, config.embedding_model, config.embedding_dim) == (
            "local",
            "all-MiniLM-L6-v2",
            384,
        )
        assert config.embedding_chunk_size == 200  # the local model reads at most 256 word pieces
        before = len(fake_llm.embedding_requests)
        await insert(memory, agent.id, "Alibaba likes green tea.")
        assert len(fake_llm.embedding_requests) == before
        search = memory_service_pb2.SearchArchivalMemoryRequest(agent_id=agent.id, query="which tea")
        assert (await memory.SearchArchivalMemory(search)).hits[0].passage.content == "Alibaba likes green tea."
