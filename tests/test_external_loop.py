"""The write side of external agent loops: AppendConversation, with and without fact extraction."""

from __future__ import annotations

import json
import time

import grpc
import pytest
from google.protobuf.timestamp_pb2 import Timestamp

from memsvc.v1 import agent_service_pb2 as apb
from memsvc.v1 import memory_service_pb2 as mpb
from memsvc.v1 import message_pb2, step_pb2
from tests.fakellm import Call, Reply
from tests.helpers import create_agent, error_reason, kinds

pytestmark = pytest.mark.layouts

CONVERSATION = [
    (message_pb2.user, "By the way, I switched from coffee to green tea last month"),
    (message_pb2.assistant, "Green tea it is! Any favourite kind?"),
    (message_pb2.user, "Longjing, and call me Ali from now on"),
]


def conversation(start: float) -> list[message_pb2.MessageInput]:
    out = []
    for i, (role, text) in enumerate(CONVERSATION):
        stamp = Timestamp()
        stamp.FromNanoseconds(int((start + i * 30) * 1e9))
        out.append(message_pb2.MessageInput(role=role, content=text, create_time=stamp))
    return out


async def test_messages_are_stored_with_their_times_and_no_llm_is_called(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    start = time.time() - 86400
    res = await agents.AppendConversation(
        apb.AppendConversationRequest(agent_id=agent.id, messages=conversation(start))
    )
    assert [m.content for m in res.messages] == [text for _, text in CONVERSATION]
    assert [m.create_time.ToSeconds() for m in res.messages] == [int(start), int(start + 30), int(start + 60)]
    assert not res.events
    assert not fake_llm.chat_requests(model)
    listed = await agents.ListMessages(apb.ListMessagesRequest(agent_id=agent.id))
    assert [m.content for m in listed.messages] == [text for _, text in CONVERSATION]
    assert not any(m.in_context for m in listed.messages)  # history, not the agent's own queue


async def test_facts_are_extracted_into_archival_memory_and_blocks(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fact = "Alibaba switched from coffee to green tea (Longjing) in November 2026"
    fake_llm.script(
        model,
        Reply(thought="Is the drink already known?", calls=[Call("archival_memory_search", {"query": "drink"})]),
        Reply(calls=[Call("archival_memory_insert", {"content": fact, "tags": ["preference"]})]),
        Reply(
            calls=[
                Call(
                    "core_memory_append",
                    {"label": "human", "content": "Prefers to be called Ali."},
                )
            ]
        ),
        Reply(content="Saved: the switch to green tea, and the nickname Ali."),
    )
    res = await agents.AppendConversation(
        apb.AppendConversationRequest(agent_id=agent.id, messages=conversation(time.time()), extract_facts=True)
    )
    assert kinds(res.events) == [
        "inner_thought",
        "function_call",
        "function_result",
        "function_call",
        "function_result",
        "function_call",
        "function_result",
        "inner_thought",
        "turn_end",
    ]
    assert all(e.function_result.ok for e in res.events if e.WhichOneof("event") == "function_result")
    assert res.events[-1].turn_end.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert res.usage.total_tokens > 0

    passages = await memory.ListArchivalMemories(mpb.ListArchivalMemoriesRequest(agent_id=agent.id))
    assert [(p.content, list(p.tags)) for p in passages.passages] == [(fact, ["preference"])]
    human = await memory.GetMemoryBlock(mpb.GetMemoryBlockRequest(agent_id=agent.id, label="human"))
    assert human.block.value.endswith("\nPrefers to be called Ali.")

    # The LLM saw the blocks and the conversation with its times, and only memory functions.
    request = fake_llm.chat_requests(model)[0]
    shown = request["messages"][1]["content"]
    assert "My name is Xiaoming" in shown
    assert "user: Longjing, and call me Ali from now on" in shown
    offered = {t["function"]["name"] for t in request["tools"]}
    assert "send_message" not in offered
    assert {"archival_memory_insert", "archival_memory_update", "core_memory_replace"} <= offered
    assert all("request_heartbeat" not in t["function"]["parameters"]["properties"] for t in request["tools"])
    # Nothing of the extraction went into the agent's history.
    listed = await agents.ListMessages(apb.ListMessagesRequest(agent_id=agent.id))
    assert len(listed.messages) == len(CONVERSATION)


async def test_extraction_is_bounded_and_refuses_functions_it_does_not_offer(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(
        model,
        Reply(calls=[Call("send_message", {"message": "hi"})]),
        Reply(calls=[Call("archival_memory_search", {"query": "tea"})]),
    )
    res = await agents.AppendConversation(
        apb.AppendConversationRequest(
            agent_id=agent.id, messages=conversation(time.time()), extract_facts=True, max_steps=2
        )
    )
    results = [e.function_result for e in res.events if e.WhichOneof("event") == "function_result"]
    assert [r.ok for r in results] == [False, True]
    assert "not available" in json.loads(results[0].result)["message"]
    assert res.events[-1].turn_end.stop_reason == step_pb2.STOP_REASON_MAX_STEPS


async def test_an_llm_failure_keeps_the_messages(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, Reply(status=500))
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await agents.AppendConversation(
            apb.AppendConversationRequest(agent_id=agent.id, messages=conversation(time.time()), extract_facts=True)
        )
    assert exc.value.code() == grpc.StatusCode.UNAVAILABLE
    assert error_reason(exc.value) == "LLM_UNAVAILABLE"
    listed = await agents.ListMessages(apb.ListMessagesRequest(agent_id=agent.id))
    assert len(listed.messages) == len(CONVERSATION)
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await agents.AppendConversation(
            apb.AppendConversationRequest(agent_id=agent.id, messages=conversation(time.time()), max_steps=21)
        )
    assert exc.value.code() == grpc.StatusCode.INVALID_ARGUMENT


async def test_extraction_corrects_a_contradicted_fact_instead_of_adding_one(agents, memory, fake_llm, model):
    """The hygiene rules hold for extraction: search first, then update the stale passage by its id."""
    agent = await create_agent(agents, fake_llm, model)
    old = await memory.InsertArchivalMemory(
        mpb.InsertArchivalMemoryRequest(agent_id=agent.id, content="Alibaba drinks black coffee every morning")
    )
    passage_id = old.passage.id
    fake_llm.script(
        model,
        Reply(calls=[Call("archival_memory_search", {"query": "what Alibaba drinks"})]),
        Reply(
            thought="The stored drink is contradicted: update that passage.",
            calls=[
                Call(
                    "archival_memory_update",
                    {"id": passage_id, "content": "Alibaba drinks green tea (Longjing) since November 2026"},
                )
            ],
        ),
        Reply(content="Updated the drink."),
    )
    res = await agents.AppendConversation(
        apb.AppendConversationRequest(agent_id=agent.id, messages=conversation(time.time()), extract_facts=True)
    )
    results = [e.function_result for e in res.events if e.WhichOneof("event") == "function_result"]
    assert [(r.name, r.ok) for r in results] == [("archival_memory_search", True), ("archival_memory_update", True)]
    assert passage_id in json.loads(results[0].result)["message"]  # the search showed the id to update
    passages = (await memory.ListArchivalMemories(mpb.ListArchivalMemoriesRequest(agent_id=agent.id))).passages
    assert [(p.id, p.content) for p in passages] == [
        (passage_id, "Alibaba drinks green tea (Longjing) since November 2026")
    ]
    versions = await memory.ListArchivalMemoryVersions(
        mpb.ListArchivalMemoryVersionsRequest(agent_id=agent.id, passage_id=passage_id)
    )
    assert [v.content for v in versions.versions] == ["Alibaba drinks black coffee every morning"]
