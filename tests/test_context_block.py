"""GetContextBlock: prompt-ready memory for loops that are not memsvc's own, within a token budget."""

from __future__ import annotations

import time

import grpc
import pytest
from google.protobuf.timestamp_pb2 import Timestamp

from memsvc.tokens import TokenCounter
from memsvc.v1 import memory_service_pb2 as mpb
from memsvc.v1 import message_pb2
from tests.fakellm import say
from tests.helpers import create_agent, error_reason, send

pytestmark = pytest.mark.layouts

HISTORY = [
    ("user", "I drink black coffee every morning before work"),
    ("assistant", "Noted: black coffee in the morning."),
    ("user", "My sister Lin lives in Chengdu"),
    ("assistant", "Chengdu is famous for its food."),
    ("user", "The weather is nice today"),
]
FACTS = ["Alibaba prefers black coffee without sugar", "Alibaba's sister Lin is a doctor in Chengdu"]
ROLES = {"user": message_pb2.MESSAGE_ROLE_USER, "assistant": message_pb2.MESSAGE_ROLE_ASSISTANT}


def stamp(seconds: float) -> Timestamp:
    out = Timestamp()
    out.FromNanoseconds(int(seconds * 1e9))
    return out


async def remembered_agent(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    start = time.time() - 3600
    history = [
        message_pb2.MessageInput(role=ROLES[role], content=text, create_time=stamp(start + i * 60))
        for i, (role, text) in enumerate(HISTORY)
    ]
    await memory.AppendRecallMessages(mpb.AppendRecallMessagesRequest(agent_id=agent.id, messages=history))
    await memory.BatchInsertArchivalMemories(
        mpb.BatchInsertArchivalMemoriesRequest(
            agent_id=agent.id, passages=[mpb.PassageInput(content=f, tags=["fact"]) for f in FACTS]
        )
    )
    return agent


async def test_blocks_summary_and_hits_each_marked_with_their_source(agents, memory, fake_llm, model):
    agent = await remembered_agent(agents, memory, fake_llm, model)
    res = await memory.GetContextBlock(mpb.GetContextBlockRequest(agent_id=agent.id, query="coffee"))

    sources = [i.source for i in res.items]
    assert sources[:2] == [mpb.CONTEXT_SOURCE_BLOCK, mpb.CONTEXT_SOURCE_BLOCK]
    assert [i.ref for i in res.items[:2]] == ["human", "persona"]
    recall = [i for i in res.items if i.source == mpb.CONTEXT_SOURCE_RECALL]
    archival = [i for i in res.items if i.source == mpb.CONTEXT_SOURCE_ARCHIVAL]
    said = {i.content: i.role for i in recall}
    assert said["I drink black coffee every morning before work"] == message_pb2.MESSAGE_ROLE_USER
    assert said["Noted: black coffee in the morning."] == message_pb2.MESSAGE_ROLE_ASSISTANT
    assert archival[0].content == "Alibaba prefers black coffee without sugar"
    assert list(archival[0].tags) == ["fact"]
    assert res.text.startswith('<memory>\n<block label="human">\nMy name is Xiaoming, I am a product manager\n')
    assert f'<recall_message id="{recall[0].ref}" role="' in res.text
    assert f'<archival_passage id="{archival[0].ref}" time="' in res.text
    assert res.text.endswith("</memory>")
    assert res.query == "coffee"
    assert res.token_budget == 2000
    # The count is the text's own, with the agent's model's tokenizer.
    assert res.token_count == TokenCounter(model).text(res.text) <= res.token_budget
    assert res.omitted_count == 0


async def test_the_budget_is_never_passed(agents, memory, fake_llm, model):
    agent = await remembered_agent(agents, memory, fake_llm, model)
    full = await memory.GetContextBlock(mpb.GetContextBlockRequest(agent_id=agent.id, query="coffee Chengdu"))
    for budget in (64, 80, 120, full.token_count - 1):
        res = await memory.GetContextBlock(
            mpb.GetContextBlockRequest(agent_id=agent.id, query="coffee Chengdu", token_budget=budget)
        )
        assert res.token_count == TokenCounter(model).text(res.text) <= budget
        assert res.omitted_count == len(full.items) - len(res.items) > 0


async def test_without_a_query_the_latest_messages_make_it(agents, memory, fake_llm, model):
    agent = await remembered_agent(agents, memory, fake_llm, model)
    # Given by the caller (not stored) ...
    recent = [message_pb2.MessageInput(role=message_pb2.user, content="Should I visit my sister Lin?")]
    res = await memory.GetContextBlock(mpb.GetContextBlockRequest(agent_id=agent.id, recent_messages=recent))
    assert res.query == "Should I visit my sister Lin?"
    assert any("Lin" in i.content for i in res.items if i.source == mpb.CONTEXT_SOURCE_ARCHIVAL)
    # ... or the agent's latest stored messages, which are not hits for themselves.
    res = await memory.GetContextBlock(mpb.GetContextBlockRequest(agent_id=agent.id, recall_limit=10, archival_limit=0))
    assert "The weather is nice today" in res.query
    hits = [i.content for i in res.items if i.source == mpb.CONTEXT_SOURCE_RECALL]
    assert hits
    assert "The weather is nice today" not in hits
    assert all(i.source != mpb.CONTEXT_SOURCE_ARCHIVAL for i in res.items)


async def test_out_of_range_requests_are_refused(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    for bad in (
        mpb.GetContextBlockRequest(agent_id=agent.id, token_budget=10),
        mpb.GetContextBlockRequest(agent_id=agent.id, recall_limit=51),
        mpb.GetContextBlockRequest(agent_id=agent.id, archival_limit=-1),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as exc:
            await memory.GetContextBlock(bad)
        assert exc.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await memory.GetContextBlock(mpb.GetContextBlockRequest(agent_id="0" * 8 + "-0000-4000-8000-" + "0" * 12))
    assert error_reason(exc.value) == "AGENT_NOT_FOUND"


@pytest.mark.regression("an agent's own replies (send_message calls) were rendered as empty recall elements")
async def test_an_agents_reply_is_its_send_message_text(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, say("Got it: the quarterly review moved to Thursday."))
    await send(agents, agent.id, "The quarterly review is on Thursday now")
    res = await memory.GetContextBlock(mpb.GetContextBlockRequest(agent_id=agent.id, query="quarterly review"))
    recall = {i.content: i.role for i in res.items if i.source == mpb.CONTEXT_SOURCE_RECALL}
    assert recall["Got it: the quarterly review moved to Thursday."] == message_pb2.MESSAGE_ROLE_ASSISTANT
    assert all(text.strip() for text in recall)
    assert "\n\n</recall_message>" not in res.text
