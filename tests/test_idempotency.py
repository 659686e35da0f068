"""SendMessage's request_id: a retry after a dropped connection is processed once."""

from __future__ import annotations

import grpc
import pytest

from memsvc.v1 import agent_service_pb2, step_pb2
from tests.fakellm import Reply, say
from tests.helpers import create_agent, user

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
    retry = await agents.SendMessage(request(agent.id, "are you there?", "req-drop"))
    said = [e.assistant_message.content for e in retry.events if e.WhichOneof("event") == "assistant_message"]
    assert said == ["Worth the wait."]
    assert retry.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert len(fake_llm.chat_requests(model)) == 1
    assert await user_messages(agents, agent.id) == ["are you there?"]


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
