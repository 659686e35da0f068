"""Archival facts stay right: near-duplicates, updates with versions, the LLM's update and delete."""

from __future__ import annotations

import json

import grpc
import pytest
from google.protobuf.field_mask_pb2 import FieldMask

from memsvc.v1 import agent_service_pb2, memory_service_pb2
from tests.conftest import llm_config
from tests.fakellm import call, say
from tests.helpers import create_agent, error_reason, send

pytestmark = pytest.mark.layouts


async def insert(memory, agent_id: str, content: str, tags=()):
    return await memory.InsertArchivalMemory(
        memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent_id, content=content, tags=list(tags))
    )


async def versions(memory, agent_id: str, passage_id: str):
    return await memory.ListArchivalMemoryVersions(
        memory_service_pb2.ListArchivalMemoryVersionsRequest(agent_id=agent_id, passage_id=passage_id)
    )


async def test_near_duplicates_are_reported_not_stored(agents, memory, fake_llm, model):
    # The built-in model, so "nearly the same meaning" is real meaning.
    agent = (
        await agents.CreateAgent(agent_service_pb2.CreateAgentRequest(llm_config=llm_config(fake_llm, model)))
    ).agent
    first = await insert(memory, agent.id, "Alibaba likes green tea.")
    assert first.created
    assert first.passage.version == 1
    same_text = await insert(memory, agent.id, "alibaba likes  green tea")
    assert not same_text.created
    assert same_text.passage.id == first.passage.id
    assert same_text.similarity == 0  # the same normalized text
    close = await insert(memory, agent.id, "Alibaba likes green tea!!")
    assert not close.created
    assert close.passage.id == first.passage.id
    # Close in meaning and the same words: a restatement. ("Alibaba really likes green tea." adds
    # a word: a passage of its own, tests/test_duplicate_facts.py.)
    reworded = await insert(memory, agent.id, "Alibaba likes the green teas")
    assert not reworded.created
    assert reworded.passage.id == first.passage.id
    assert 0.95 <= reworded.similarity <= 1
    other = await insert(memory, agent.id, "Alibaba now prefers black coffee.")
    assert other.created
    listed = await memory.ListArchivalMemories(memory_service_pb2.ListArchivalMemoriesRequest(agent_id=agent.id))
    assert [p.content for p in listed.passages] == ["Alibaba likes green tea.", "Alibaba now prefers black coffee."]
    # Imports compare texts only (normalized), not meaning.
    batch = await memory.BatchInsertArchivalMemories(
        memory_service_pb2.BatchInsertArchivalMemoriesRequest(
            agent_id=agent.id,
            passages=[
                memory_service_pb2.PassageInput(content="ALIBABA LIKES GREEN TEA"),
                memory_service_pb2.PassageInput(content="Alibaba really likes green tea."),
            ],
        )
    )
    assert [r.created for r in batch.results] == [False, True]


async def test_update_reembeds_and_keeps_versions(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    stored = (await insert(memory, agent.id, "Alibaba likes green tea.", tags=["drinks"])).passage
    updated = (
        await memory.UpdateArchivalMemory(
            memory_service_pb2.UpdateArchivalMemoryRequest(
                agent_id=agent.id, passage_id=stored.id, content="Alibaba now prefers black coffee."
            )
        )
    ).passage
    assert updated.id == stored.id
    assert updated.version == 2
    assert updated.HasField("update_time")
    assert list(updated.tags) == ["drinks"]
    # Found by the new words, not the old ones.
    found = await memory.SearchArchivalMemory(
        memory_service_pb2.SearchArchivalMemoryRequest(agent_id=agent.id, query="black coffee")
    )
    assert found.hits[0].passage.content == "Alibaba now prefers black coffee."
    history = await versions(memory, agent.id, stored.id)
    assert [(v.version, v.content, v.ended_by) for v in history.versions] == [(1, "Alibaba likes green tea.", "update")]
    assert history.current.content == "Alibaba now prefers black coffee."
    # Tags too, with the mask; a text another passage has is refused.
    await insert(memory, agent.id, "Alibaba lives in Hangzhou.")
    retagged = (
        await memory.UpdateArchivalMemory(
            memory_service_pb2.UpdateArchivalMemoryRequest(
                agent_id=agent.id,
                passage_id=stored.id,
                content="Alibaba prefers black coffee, no sugar.",
                tags=["drinks", "current"],
                update_mask=FieldMask(paths=["content", "tags"]),
            )
        )
    ).passage
    assert list(retagged.tags) == ["drinks", "current"]
    assert retagged.version == 3
    with pytest.raises(grpc.aio.AioRpcError) as err:
        await memory.UpdateArchivalMemory(
            memory_service_pb2.UpdateArchivalMemoryRequest(
                agent_id=agent.id, passage_id=stored.id, content="alibaba lives in hangzhou"
            )
        )
    assert err.value.code() == grpc.StatusCode.ALREADY_EXISTS
    assert error_reason(err.value) == "PASSAGE_DUPLICATE"
    # Deleting keeps the last text as a version; the history outlives the passage.
    await memory.DeleteArchivalMemory(
        memory_service_pb2.DeleteArchivalMemoryRequest(agent_id=agent.id, passage_id=stored.id)
    )
    history = await versions(memory, agent.id, stored.id)
    assert [(v.version, v.ended_by) for v in history.versions] == [(1, "update"), (2, "update"), (3, "delete")]
    assert not history.HasField("current")
    with pytest.raises(grpc.aio.AioRpcError) as err:
        await versions(memory, agent.id, "00000000-0000-0000-0000-000000000000")
    assert error_reason(err.value) == "PASSAGE_NOT_FOUND"


async def test_llm_updates_and_deletes_by_the_ids_search_returns(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    tea = (await insert(memory, agent.id, "Alibaba likes green tea.")).passage
    dup = (await insert(memory, agent.id, "Alibaba enjoys drinking green tea every day.")).passage
    fake_llm.script(
        model,
        call("archival_memory_search", query="what does Alibaba drink"),
        call("archival_memory_update", id=tea.id, content="Alibaba now prefers black coffee."),
        call("archival_memory_delete", id=dup.id),
        call("archival_memory_update", id="not-a-passage", content="x"),
        say("Noted: black coffee now."),
    )
    reply = await send(agents, agent.id, "I don't drink tea any more, only black coffee.")
    results = [e.function_result for e in reply.events if e.WhichOneof("event") == "function_result"]
    found = json.loads(json.loads(results[0].result)["message"])
    assert {r["id"] for r in found["results"]} >= {tea.id, dup.id}
    assert results[1].ok
    assert "version 2" in results[1].result
    assert results[2].ok
    assert not results[3].ok  # a bad id comes back to the LLM as a failed call
    listed = await memory.ListArchivalMemories(memory_service_pb2.ListArchivalMemoriesRequest(agent_id=agent.id))
    assert [(p.id, p.content, p.version) for p in listed.passages] == [(tea.id, "Alibaba now prefers black coffee.", 2)]
    assert [v.content for v in (await versions(memory, agent.id, tea.id)).versions] == ["Alibaba likes green tea."]
    assert [v.ended_by for v in (await versions(memory, agent.id, dup.id)).versions] == ["delete"]


async def test_functions_are_offered_to_the_llm(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, say("hi"))
    await send(agents, agent.id, "hello")
    tools = {t["function"]["name"] for t in fake_llm.chat_requests(model)[-1]["tools"]}
    assert {"archival_memory_update", "archival_memory_delete"} <= tools
