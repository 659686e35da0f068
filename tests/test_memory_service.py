"""MemoryService over gRPC: blocks, recall and archival storage."""

from __future__ import annotations

import asyncio

import grpc
import pytest

from memsvc.v1 import agent_pb2, agent_service_pb2, memory_pb2, memory_service_pb2, memory_service_pb2_grpc, message_pb2
from tests.conftest import llm_config
from tests.helpers import create_agent, error_reason

pytestmark = pytest.mark.layouts


async def test_blocks_list_get_update(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    blocks = (await memory.ListMemoryBlocks(memory_service_pb2.ListMemoryBlocksRequest(agent_id=agent.id))).blocks
    assert [b.label for b in blocks] == ["human", "persona"]
    assert blocks[0].limit == 5000
    assert blocks[0].description
    req = memory_service_pb2.UpdateMemoryBlockRequest(
        agent_id=agent.id, block=agent_pb2.MemoryBlock(label="persona", value="You are Ada.", limit=50)
    )
    req.update_mask.paths.extend(["value", "limit"])
    updated = (await memory.UpdateMemoryBlock(req)).block
    assert (updated.value, updated.limit) == ("You are Ada.", 50)
    got = await memory.GetMemoryBlock(memory_service_pb2.GetMemoryBlockRequest(agent_id=agent.id, label="persona"))
    assert got.block.value == "You are Ada."
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await memory.GetMemoryBlock(memory_service_pb2.GetMemoryBlockRequest(agent_id=agent.id, label="nope"))
    assert info.value.code() == grpc.StatusCode.NOT_FOUND
    assert error_reason(info.value) == "BLOCK_NOT_FOUND"


async def test_read_only_block_refuses_llm_edits(agents, memory, fake_llm, model):
    blocks = [agent_pb2.MemoryBlock(label="rules", value="Be kind.", read_only=True)]
    agent = await create_agent(agents, fake_llm, model, blocks=blocks)
    edit = memory_service_pb2.EditMemoryBlockRequest(
        agent_id=agent.id, label="rules", append=memory_service_pb2.AppendText(content="x"), respect_read_only=True
    )
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await memory.EditMemoryBlock(edit)
    assert info.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert error_reason(info.value) == "BLOCK_READ_ONLY"


async def test_archival_insert_dedupe_search_list_delete(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    texts = {
        "The user's cat is called Miso.": ["pets"],
        "The user works as a product manager at a bank.": ["work"],
        "The user's favourite tea is oolong.": ["food"],
    }
    ids = {}
    for text, tags in texts.items():
        res = await memory.InsertArchivalMemory(
            memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent.id, content=text, tags=tags)
        )
        assert res.created
        ids[text] = res.passage.id
    again = await memory.InsertArchivalMemory(
        memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent.id, content="The user's cat is called Miso.")
    )
    assert not again.created
    assert again.passage.id == ids["The user's cat is called Miso."]

    search = memory_service_pb2.SearchArchivalMemoryRequest(
        agent_id=agent.id, query="what is the cat called", page_size=1
    )
    hits = (await memory.SearchArchivalMemory(search)).hits
    assert [h.passage.content for h in hits] == ["The user's cat is called Miso."]
    tagged = memory_service_pb2.SearchArchivalMemoryRequest(agent_id=agent.id, query="the cat", tags=["work"])
    hits = (await memory.SearchArchivalMemory(tagged)).hits
    assert [h.passage.content for h in hits] == ["The user works as a product manager at a bank."]

    listed = (
        await memory.ListArchivalMemories(memory_service_pb2.ListArchivalMemoriesRequest(agent_id=agent.id))
    ).passages
    assert [p.content for p in listed] == list(texts)
    await memory.DeleteArchivalMemory(
        memory_service_pb2.DeleteArchivalMemoryRequest(agent_id=agent.id, passage_id=listed[0].id)
    )
    listed = (
        await memory.ListArchivalMemories(memory_service_pb2.ListArchivalMemoriesRequest(agent_id=agent.id))
    ).passages
    assert len(listed) == 2
    hits = (await memory.SearchArchivalMemory(search)).hits
    assert all(h.passage.id != ids["The user's cat is called Miso."] for h in hits)


async def test_recall_append_list_search(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    msgs = [
        message_pb2.MessageInput(content=t)
        for t in ("I visited Kyoto in spring", "The weather is nice", "Kyoto temples")
    ]
    stored = (
        await memory.AppendRecallMessages(
            memory_service_pb2.AppendRecallMessagesRequest(agent_id=agent.id, messages=msgs)
        )
    ).messages
    assert [m.sequence for m in stored] == [1, 2, 3]
    assert not any(m.in_context for m in stored)
    found = await memory.SearchRecallMessages(
        memory_service_pb2.SearchRecallMessagesRequest(agent_id=agent.id, query="kyoto")
    )
    # The word matches first; neighbouring turns may follow (ranked with the hits they sit beside).
    assert {h.message.content for h in found.hits[:2]} == {"I visited Kyoto in spring", "Kyoto temples"}
    assert found.total_size == len(found.hits)
    in_context = await agents.ListMessages(
        agent_service_pb2.ListMessagesRequest(agent_id=agent.id, in_context_only=True)
    )
    assert list(in_context.messages) == []


async def test_default_embeddings_are_the_offline_local_model(agents, memory, fake_llm, model):
    req = agent_service_pb2.CreateAgentRequest(llm_config=llm_config(fake_llm, model))
    agent = (await agents.CreateAgent(req)).agent
    assert agent.embedding_config.embedding_endpoint_type == "local"
    assert agent.embedding_config.embedding_dim == 384
    for text in (
        "My dog loves playing fetch in the park.",
        "Quarterly revenue grew by twelve percent.",
        "I bake sourdough bread on Sundays.",
    ):
        await memory.InsertArchivalMemory(
            memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent.id, content=text)
        )
    search = memory_service_pb2.SearchArchivalMemoryRequest(agent_id=agent.id, query="puppy", page_size=1)
    hits = (await memory.SearchArchivalMemory(search)).hits
    assert hits[0].passage.content.startswith("My dog")  # by meaning: no shared word
    assert memory_pb2.TAG_MATCH_MODE_ANY == 1


async def test_wrong_embedding_dimension_is_refused_and_nothing_written(agents, memory, fake_llm, model):
    config = agent_pb2.EmbeddingConfig(
        embedding_model="hash-32",
        embedding_endpoint=fake_llm.base_url,
        embedding_endpoint_type="openai",
        embedding_dim=64,
    )
    req = agent_service_pb2.CreateAgentRequest(llm_config=llm_config(fake_llm, model), embedding_config=config)
    agent = (await agents.CreateAgent(req)).agent
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await memory.InsertArchivalMemory(
            memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent.id, content="x")
        )
    assert info.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert error_reason(info.value) == "EMBEDDING_DIMENSION_MISMATCH"
    assert "returned 32-dimensional vectors" in info.value.details()
    listed = await memory.ListArchivalMemories(memory_service_pb2.ListArchivalMemoriesRequest(agent_id=agent.id))
    assert list(listed.passages) == []


@pytest.mark.regression("split: block update_time was dropped on the agent server's hop to the memory server")
async def test_forwarded_responses_equal_the_memory_servers_own(agents, deployment, fake_llm, model):
    """MemoryService through the agent server (clients' one address) answers field for field
    what the memory server answers itself (in the embedded layout both are one server)."""
    agent = await create_agent(agents, fake_llm, model)
    via_agent = memory_service_pb2_grpc.MemoryServiceStub(deployment.channel())
    direct = memory_service_pb2_grpc.MemoryServiceStub(deployment.channel(deployment.memory_address))
    edit = memory_service_pb2.EditMemoryBlockRequest(
        agent_id=agent.id, label="human", append=memory_service_pb2.AppendText(content="Likes green tea.")
    )
    await via_agent.EditMemoryBlock(edit)
    inserted = await via_agent.InsertArchivalMemory(
        memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent.id, content="Alibaba likes green tea.")
    )
    await via_agent.UpdateArchivalMemory(
        memory_service_pb2.UpdateArchivalMemoryRequest(
            agent_id=agent.id, passage_id=inserted.passage.id, content="Alibaba now prefers black coffee."
        )
    )
    await via_agent.AppendRecallMessages(
        memory_service_pb2.AppendRecallMessagesRequest(
            agent_id=agent.id, messages=[message_pb2.MessageInput(content="I moved to Hangzhou last spring.")]
        )
    )
    search = memory_service_pb2.SearchRecallMessagesRequest(agent_id=agent.id, query="Hangzhou")
    for _ in range(300):  # the same ranking needs the meaning index caught up on both sides
        if (await direct.SearchRecallMessages(search)).unindexed_messages == 0:
            break
        await asyncio.sleep(0.1)
    reads = [
        ("ListMemoryBlocks", memory_service_pb2.ListMemoryBlocksRequest(agent_id=agent.id)),
        ("GetMemoryBlock", memory_service_pb2.GetMemoryBlockRequest(agent_id=agent.id, label="human")),
        ("ListRecallMessages", memory_service_pb2.ListRecallMessagesRequest(agent_id=agent.id)),
        ("SearchRecallMessages", search),
        ("ListArchivalMemories", memory_service_pb2.ListArchivalMemoriesRequest(agent_id=agent.id)),
        ("SearchArchivalMemory", memory_service_pb2.SearchArchivalMemoryRequest(agent_id=agent.id, query="coffee")),
        (
            "ListArchivalMemoryVersions",
            memory_service_pb2.ListArchivalMemoryVersionsRequest(agent_id=agent.id, passage_id=inserted.passage.id),
        ),
        ("GetContextBlock", memory_service_pb2.GetContextBlockRequest(agent_id=agent.id, query="tea")),
    ]
    for method, request in reads:
        forwarded = await getattr(via_agent, method)(request)
        own = await getattr(direct, method)(request)
        assert forwarded == own, f"{method} through the agent server differs from the memory server's own answer"
    blocks = (await via_agent.ListMemoryBlocks(reads[0][1])).blocks
    assert all(b.HasField("update_time") for b in blocks)
