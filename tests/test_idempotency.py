"""SendMessage's request_id: a retry after a dropped connection is processed once."""

from __future__ import annotations

import json
import uuid

import grpc
import pytest

from memsvc.agent import replay
from memsvc.agent.events import StopReason
from memsvc.errors import Unavailable
from memsvc.memory.store import MemoryStore
from memsvc.models import Message, Role, ToolCall
from memsvc.v1 import agent_service_pb2, step_pb2
from tests.fakellm import Reply, call, say
from tests.helpers import create_agent, kinds, user

pytestmark = pytest.mark.layouts


def request(agent_id: str, text: str, request_id: str) -> agent_service_pb2.SendMessageRequest:
    return agent_service_pb2.SendMessageRequest(agent_id=agent_id, messages=[user(text)], request_id=request_id)


async def user_messages(agents, agent_id: str) -> list[str]:
    listed = await agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=agent_id))
    return [m.content for m in listed.messages if m.role == 1]


async def test_a_retry_replays_the_turn(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, say("First answer."))
    first = await agents.SendMessage(request(agent.id, "hello", "req-1"))
    again = await agents.SendMessage(request(agent.id, "hello", "req-1"))
    assert again == first
    assert len(fake_llm.chat_requests(model)) == 1
    assert await user_messages(agents, agent.id) == ["hello"]
    # Another request id is another turn.
    fake_llm.script(model, say("Second answer."))
    other = await agents.SendMessage(request(agent.id, "hello", "req-2"))
    assert other.turn_id != first.turn_id
    assert await user_messages(agents, agent.id) == ["hello", "hello"]


async def test_retry_after_a_dropped_connection_gets_the_turn_it_started(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    slow = say("Worth the wait.")
    fake_llm.script(model, Reply(thought=slow.thought, calls=slow.calls, delay=0.6))
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await agents.SendMessage(request(agent.id, "are you there?", "req-drop"), timeout=0.2)
    assert info.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    # The expired deadline stopped the LLM call in flight; the retry finishes the turn.
    fake_llm.script(model, say("Worth the wait."))
    retry = await agents.SendMessage(request(agent.id, "are you there?", "req-drop"))
    assert said(retry) == ["Worth the wait."]
    assert retry.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert await user_messages(agents, agent.id) == ["are you there?"]
    assert await agents.SendMessage(request(agent.id, "are you there?", "req-drop")) == retry


async def test_retry_after_an_llm_failure_runs_again_without_storing_the_input_twice(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, Reply(status=503), say("Back now."))
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await agents.SendMessage(request(agent.id, "ping", "req-llm"))
    assert info.value.code() == grpc.StatusCode.UNAVAILABLE
    retry = await agents.SendMessage(request(agent.id, "ping", "req-llm"))
    assert retry.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert await user_messages(agents, agent.id) == ["ping"]
    assert len(fake_llm.chat_requests(model)) == 2


async def test_request_id_is_checked(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await agents.SendMessage(request(agent.id, "x", "r" * 200))
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT


def said(reply: agent_service_pb2.SendMessageResponse) -> list[str]:
    return [e.assistant_message.content for e in reply.events if e.WhichOneof("event") == "assistant_message"]


@pytest.mark.embedded_only  # the fault is injected into the server's process
@pytest.mark.regression("issue 11 #3: a turn that ended but was not marked finished ran again (the LLM answered twice)")
async def test_a_retry_of_a_turn_that_ended_unrecorded_replays_it(agents, fake_llm, model, monkeypatch):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, call("core_memory_append", label="human", content="Likes tea."), say("Noted: tea."))
    real = MemoryStore.commit_context
    lost = [Unavailable("the memory server went away", reason="BACKEND_UNAVAILABLE")]

    async def flaky(self, *args, **kwargs):
        turn = kwargs.get("turn") if "turn" in kwargs else (args[7] if len(args) > 7 else None)
        if lost and turn is not None and turn.status == "ended":
            raise lost.pop()  # the turn ended, but storing its end fails once (as a crash there would)
        return await real(self, *args, **kwargs)

    monkeypatch.setattr(MemoryStore, "commit_context", flaky)
    first = await agents.SendMessage(request(agent.id, "I like tea", "req-end"))
    assert first.stop_reason == step_pb2.STOP_REASON_END_TURN  # the client was told, though it was not stored
    asked = len(fake_llm.chat_requests(model))
    assert asked == 2

    retry = await agents.SendMessage(request(agent.id, "I like tea", "req-end"))
    assert len(fake_llm.chat_requests(model)) == asked  # the LLM is not asked again
    assert retry.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert said(retry) == ["Noted: tea."]
    assert kinds(retry.events) == [
        "input_received",
        "function_call",
        "function_result",
        "heartbeat",
        "function_call",
        "assistant_message",
        "function_result",
        "turn_end",
    ]
    assert retry.events[0].input_received.content == "I like tea"
    assert [e.sequence for e in retry.events] == list(range(1, len(retry.events) + 1))
    assert await user_messages(agents, agent.id) == ["I like tea"]
    # Recorded now: a third attempt replays the same turn.
    assert await agents.SendMessage(request(agent.id, "I like tea", "req-end")) == retry


def message(role: Role, turn: str = "t", **fields) -> Message:
    return Message(id=str(uuid.uuid4()), role=role, turn_id=turn, **fields)


def result(call_id: str, ok: bool = True, name: str = "f") -> Message:
    content = json.dumps({"status": "OK" if ok else "Failed", "message": "", "time": ""})
    return message(Role.TOOL, content=content, tool_call_id=call_id, name=name)


def calling(*calls: tuple[str, bool]) -> Message:
    made = tuple(ToolCall(cid, "f", json.dumps({"request_heartbeat": beat})) for cid, beat in calls)
    return message(Role.ASSISTANT, tool_calls=made)


@pytest.mark.embedded_only
@pytest.mark.parametrize(
    ("queue", "ended"),
    [
        ([message(Role.USER, content="hi")], None),  # the LLM never answered
        ([message(Role.USER), message(Role.ASSISTANT, content="plain text")], StopReason.NO_TOOL_CALL),
        ([message(Role.USER), calling(("a", False)), result("a")], StopReason.END_TURN),
        ([message(Role.USER), calling(("a", False), ("b", False)), result("a")], None),  # cut off among its calls
        ([message(Role.USER), calling(("a", True)), result("a")], None),  # a heartbeat was due
        ([message(Role.USER), calling(("a", False)), result("a", ok=False)], None),  # a failure chains
        ([message(Role.USER), calling(("a", True)), result("a"), message(Role.SYSTEM, name="heartbeat")], None),
        (
            [message(Role.USER), calling(("a", True)), result("a"), calling(("b", True)), result("b")],
            StopReason.MAX_STEPS,
        ),
        ([message(Role.USER, turn="other"), calling(("a", False)), result("a")], StopReason.END_TURN),
    ],
)
def test_whether_a_turn_ended_is_read_from_its_messages(queue, ended):
    events = replay.ended_turn(queue, "t", max_steps=2)
    assert (events[-1].body.stop_reason if events else None) == ended
