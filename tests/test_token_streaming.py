"""Token streaming on StreamStep: TextDelta events of the thoughts and of the message to the
user, read from the LLM's streamed reply, ahead of the stored events that confirm them."""

from __future__ import annotations

import itertools
import json
import random
import threading
from collections import defaultdict
from collections.abc import Callable

import pytest

from memsvc.v1 import agent_service_pb2, step_pb2
from tests.fakellm import Call, Reply, awkward, say
from tests.helpers import Stream, create_agent, events_of, kinds, send

pytestmark = pytest.mark.layouts

THOUGHT = step_pb2.TEXT_DELTA_KIND_INNER_THOUGHT
MESSAGE = step_pb2.TEXT_DELTA_KIND_ASSISTANT_MESSAGE
# Text that trips a streaming JSON reader: escapes, quotes, a surrogate pair, multi-byte
# characters, control characters, U+2028.
HOSTILE_THOUGHT = 'He said "hi" \\ back\n\tthen 😀 小 é — \u2028 end/'
HOSTILE_MESSAGE = 'Hello "friend" 😀😀 \\o/ — 你好, ça va?\n\u0001 done'


def random_cuts(seed: int) -> Callable[[str], list[str]]:
    rng = random.Random(seed)

    def cut(text: str) -> list[str]:
        points = sorted({0, len(text), *(rng.randrange(len(text) + 1) for _ in range(len(text) // 2))})
        return [text[a:b] for a, b in itertools.pairwise(points) if b > a]

    return cut


def hostile(reply: Reply, chunking: str) -> Reply:
    if chunking == "awkward":  # cut inside escapes and surrogate pairs, written 3 bytes at a time
        reply.pieces, reply.wire = awkward, 3
    elif chunking == "raw-utf8":  # unescaped characters, cut around them, bytes one by one
        reply.pieces, reply.wire, reply.ascii_arguments = awkward, 1, False
    else:
        reply.pieces = random_cuts(int(chunking.split("-")[1]))
    return reply


def by_step(deltas: list[step_pb2.StepEvent]) -> dict[int, tuple[str, dict[str, str]]]:
    """step -> (its thoughts, {call id: its message}), each the concatenation of its deltas."""
    thoughts: dict[int, str] = defaultdict(str)
    messages: dict[int, dict[str, str]] = defaultdict(lambda: defaultdict(str))
    for event in deltas:
        delta = event.text_delta
        if delta.kind == THOUGHT:
            thoughts[event.step] += delta.text
        else:
            messages[event.step][delta.call_id] += delta.text
    return {step: (thoughts[step], dict(messages[step])) for step in {*thoughts, *messages}}


def told(events: list[step_pb2.StepEvent]) -> dict[int, tuple[str, dict[str, str]]]:
    """The same, from the stored events: each step's InnerThought and its calls' AssistantMessages."""
    out: dict[int, tuple[str, dict[str, str]]] = {}
    calls: dict[str, str] = {}
    for event in events:
        kind = event.WhichOneof("event")
        _, said = out.setdefault(event.step, ("", {}))
        if kind == "inner_thought":
            out[event.step] = (event.inner_thought.text, said)
        elif kind == "function_call":
            calls[event.function_call.call_id] = event.function_call.name
        elif kind == "function_result" and event.function_result.name == "send_message":
            said.setdefault(event.function_result.call_id, "")
        elif kind == "assistant_message":
            result = next(
                e for e in events if e.message_id == event.message_id and e.WhichOneof("event") == "function_result"
            )
            said[result.function_result.call_id] = event.assistant_message.content
    return {step: value for step, value in out.items() if value != ("", {})}


@pytest.mark.parametrize("chunking", ["awkward", "raw-utf8", "random-1", "random-2"])
@pytest.mark.parametrize("kwargs_mode", [True, False])
async def test_deltas_concatenate_to_the_stored_thoughts_and_message(agents, fake_llm, model, chunking, kwargs_mode):
    agent = await create_agent(agents, fake_llm, model, llm={"put_inner_thoughts_in_kwargs": kwargs_mode})
    first = Reply(
        thought=HOSTILE_THOUGHT,
        reasoning='Reasoning first: "quoted" 😀' if not kwargs_mode else "",
        calls=[Call("core_memory_append", {"label": "human", "content": 'Likes 😀 and "quotes"'}, heartbeat=True)],
    )
    second = say(HOSTILE_MESSAGE, thought=HOSTILE_THOUGHT[::-1])
    fake_llm.script(model, hostile(first, chunking), hostile(second, chunking))
    stream = Stream(agents, agent.id)
    await stream.input("remember what I like")
    events = await stream.until("turn_end")
    await stream.close()

    assert events[-1].turn_end.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert "text_delta" not in kinds(events)  # kept apart by the helper, as a client ignoring them would
    streamed, stored = by_step(stream.deltas), told(events)
    assert streamed == stored
    assert stored[2][1] == {events_of(events, "function_call")[-1].call_id: HOSTILE_MESSAGE}
    assert all(d.sequence == 0 and d.agent_sequence == 0 and not d.message_id for d in stream.deltas)
    assert {d.turn_id for d in stream.deltas} == {events[0].turn_id}
    assert all(r.get("stream") is True for r in fake_llm.chat_requests(model))
    # Each step's deltas came before the stored events of its reply.
    for step in (1, 2):
        kinds_in_order = [e.WhichOneof("event") for e in stream.arrivals if e.step == step]
        last_delta = max(i for i, k in enumerate(kinds_in_order) if k == "text_delta")
        assert last_delta < kinds_in_order.index("inner_thought") < kinds_in_order.index("function_call")


WRITTEN_CALL = json.dumps(
    {"name": "send_message", "arguments": {"inner_thoughts": "Written as text 😀.", "message": HOSTILE_MESSAGE}}
)


@pytest.mark.parametrize(
    "content",
    [WRITTEN_CALL, f"```json\n{WRITTEN_CALL}\n```", "  Just thinking out loud, no call.", "{not a call"],
    ids=["json-call", "fenced-call", "plain-text", "broken-json"],
)
@pytest.mark.parametrize("kwargs_mode", [True, False])
async def test_content_deltas_match_what_is_stored(agents, fake_llm, model, content, kwargs_mode):
    """A reply without tool calls: its content is thoughts, or calls a model wrote as text
    (as some Ollama-served models do); the deltas match what the loop makes of it."""
    agent = await create_agent(agents, fake_llm, model, llm={"put_inner_thoughts_in_kwargs": kwargs_mode})
    fake_llm.script(model, hostile(Reply(content=content), "awkward"))
    stream = Stream(agents, agent.id)
    await stream.input("hello")
    events = await stream.until("turn_end")
    await stream.close()
    assert by_step(stream.deltas) == told(events)
    if "send_message" in content:
        assert events_of(events, "assistant_message")[0].content == HOSTILE_MESSAGE


async def test_sendmessage_is_unchanged_and_never_streams(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, say(HOSTILE_MESSAGE, thought="Unary."))
    reply = await send(agents, agent.id, "hello")
    assert kinds(reply.events) == [
        "input_received",
        "inner_thought",
        "function_call",
        "assistant_message",
        "function_result",
        "turn_end",
    ]
    assert events_of(reply.events, "assistant_message")[0].content == HOSTILE_MESSAGE
    assert "stream" not in fake_llm.chat_requests(model)[-1]


async def test_opting_out_sends_no_deltas_and_the_same_events(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, say("First.", thought="One."), say("First.", thought="One."))
    streamed = Stream(agents, agent.id)
    await streamed.input("hi")
    with_deltas = await streamed.until("turn_end")
    await streamed.input("hi", stream_tokens=False)
    without = await streamed.until("turn_end")
    await streamed.close()
    assert streamed.deltas
    assert {d.turn_id for d in streamed.deltas} == {with_deltas[0].turn_id}
    assert kinds(without) == kinds(with_deltas)
    assert events_of(without, "assistant_message") == events_of(with_deltas, "assistant_message")
    assert "stream" not in fake_llm.chat_requests(model)[-1]


async def test_a_cancel_during_a_streamed_call_ends_the_turn_at_once(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    slow = say("This reply is never finished.", thought="Thinking slowly.")
    slow.hold, slow.hold_after = threading.Event(), 4  # the stream stalls after the first thought piece
    fake_llm.script(model, slow)
    try:
        stream = Stream(agents, agent.id)
        await stream.input("talk slowly")
        await stream.until("text_delta")
        await stream.send(cancel=agent_service_pb2.CancelTurn())
        events = await stream.until("turn_end", within=10)
        await stream.close()
    finally:
        slow.hold.set()
    assert events[-1].turn_end.stop_reason == step_pb2.STOP_REASON_CANCELLED
    assert "inner_thought" not in kinds(events)  # nothing of the cut-off reply is stored
    assert slow.sent_bytes < slow.body_bytes  # the LLM call was stopped mid-stream


class TestRetries:
    @pytest.fixture
    def server_changes(self):
        return {"llm_max_retries": 2}

    async def test_a_failure_before_any_delta_is_retried(self, agents, fake_llm, model):
        agent = await create_agent(agents, fake_llm, model)
        fake_llm.script(model, Reply(status=503, retry_after=0), say("Second try.", thought="Again."))
        stream = Stream(agents, agent.id)
        await stream.input("go")
        events = await stream.until("turn_end")
        await stream.close()
        assert events[-1].turn_end.stop_reason == step_pb2.STOP_REASON_END_TURN
        assert by_step(stream.deltas) == told(events)

    async def test_a_reply_cut_off_after_a_delta_is_not_retried(self, agents, fake_llm, model):
        await cut_off_reply_is_not_retried(agents, fake_llm, model)


async def cut_off_reply_is_not_retried(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    cut = say("Never finished.", thought="Halfway there.")
    cut.break_after = 4  # role, tool-call header, two pieces of arguments
    fake_llm.script(model, cut, say("Not used."))
    stream = Stream(agents, agent.id)
    await stream.input("go")
    events = await stream.until("turn_end")
    await stream.close()
    end = events[-1].turn_end
    assert end.stop_reason == step_pb2.STOP_REASON_LLM_ERROR
    assert "broke off its streamed reply" in end.error.message
    assert stream.deltas  # the client saw text that no stored event confirms
    assert "inner_thought" not in kinds(events)
    assert fake_llm.pending(model) == 1  # not retried (a second reply would contradict the deltas)
