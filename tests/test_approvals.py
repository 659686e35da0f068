"""Approvals: any tool, built-in or client, can wait for a person's yes or no."""

from __future__ import annotations

import json

import grpc
import pytest

from memsvc.v1 import agent_service_pb2, agent_service_pb2_grpc, memory_service_pb2, step_pb2, turn_pb2
from tests.fakellm import call, say
from tests.helpers import Stream, create_agent, error_reason, events_of, send, weather_tool

pytestmark = pytest.mark.layouts
WAITING = step_pb2.STOP_REASON_WAITING_FOR_CLIENT
APPROVAL = step_pb2.PENDING_CALL_KIND_APPROVAL


def decide(call_id: str, approve: bool, reason: str = "") -> turn_pb2.ApprovalDecision:
    return turn_pb2.ApprovalDecision(call_id=call_id, approve=approve, reason=reason)


async def human_block(memory, agent_id: str) -> str:
    req = memory_service_pb2.GetMemoryBlockRequest(agent_id=agent_id, label="human")
    return (await memory.GetMemoryBlock(req)).block.value


async def guarded_agent(agents, fake_llm, model, **kwargs):
    return await create_agent(agents, fake_llm, model, tools_requiring_approval=["core_memory_append"], **kwargs)


async def test_an_approved_builtin_call_runs_and_the_turn_goes_on(agents, memory, fake_llm, model):
    agent = await guarded_agent(agents, fake_llm, model)
    fake_llm.script(model, call("core_memory_append", label="human", content="Likes tea."), say("Noted."))
    first = await send(agents, agent.id, "I like tea")
    assert first.stop_reason == WAITING
    (pending,) = first.pending_calls
    assert (pending.name, pending.kind) == ("core_memory_append", APPROVAL)
    assert pending.expire_time.ToSeconds() - pending.wait_start_time.ToSeconds() == 86_400
    assert "Likes tea." not in await human_block(memory, agent.id)  # nothing ran before the approval
    done = await agents.ResumeTurn(
        agent_service_pb2.ResumeTurnRequest(agent_id=agent.id, approvals=[decide(pending.call_id, True)])
    )
    assert done.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert events_of(done.events, "function_result")[0].ok
    assert (await human_block(memory, agent.id)).endswith("Likes tea.")


async def test_a_denied_call_returns_the_reason_to_the_llm(agents, memory, fake_llm, model):
    agent = await guarded_agent(agents, fake_llm, model)
    fake_llm.script(model, call("core_memory_append", label="human", content="Is rude."), say("Understood."))
    first = await send(agents, agent.id, "remember I am rude")
    done = await agents.ResumeTurn(
        agent_service_pb2.ResumeTurnRequest(
            agent_id=agent.id, approvals=[decide(first.pending_calls[0].call_id, False, "not true")]
        )
    )
    denied = events_of(done.events, "function_result")[0]
    assert not denied.ok
    assert json.loads(denied.result)["message"] == "the call was denied by the user: not true; it did not run"
    assert "Is rude." not in await human_block(memory, agent.id)
    assert done.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert "not true" in fake_llm.chat_requests(model)[-1]["messages"][-2]["content"]


async def test_an_approved_client_tool_then_waits_for_its_result_on_the_stream(agents, fake_llm, model):
    agent = await create_agent(
        agents, fake_llm, model, client_tools=[weather_tool()], tools_requiring_approval=["get_weather"]
    )
    fake_llm.script(model, call("get_weather", city="Bergen"), say("Rain in Bergen."))
    stream = Stream(agents, agent.id)
    await stream.input("Bergen?")
    (pending,) = (await stream.until("turn_waiting"))[-1].turn_waiting.pending_calls
    assert pending.kind == APPROVAL
    # A result before the approval is refused (and ends this stream; the turn keeps waiting).
    early = Stream(agents, agent.id)
    await early.send(tool_result=turn_pb2.ToolResult(call_id=pending.call_id, output="rain"))
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await early.until("turn_end")
    assert error_reason(info.value) == "TOOL_CALL_AWAITING_APPROVAL"
    await stream.send(approval=decide(pending.call_id, True))
    (again,) = (await stream.until("turn_waiting"))[-1].turn_waiting.pending_calls
    assert (again.call_id, again.kind) == (pending.call_id, step_pb2.PENDING_CALL_KIND_CLIENT_TOOL)
    await stream.send(approval=decide(pending.call_id, True))  # approved already: it waits for a result now
    refused = (await stream.until("answer_refused"))[-1].answer_refused  # the stream stays open
    assert (refused.call_id, refused.reason) == (pending.call_id, "TOOL_CALL_NOT_AWAITING_APPROVAL")
    # Re-attach to the waiting turn on a new stream and answer there.
    turn_id = stream.events[0].turn_id
    last = stream.events[-1].sequence
    resumed = Stream(agents, agent.id)
    await resumed.send(attach=agent_service_pb2.AttachTurn(turn_id=turn_id, after_sequence=last))
    await resumed.send(tool_result=turn_pb2.ToolResult(call_id=pending.call_id, output="rain, 9 C"))
    rest = await resumed.until("turn_end")
    await resumed.close()
    assert rest[0].sequence == last + 1
    assert [e.sequence for e in rest] == list(range(last + 1, last + 1 + len(rest)))
    assert events_of(rest, "assistant_message")[0].content == "Rain in Bergen."


@pytest.mark.layouts(private=True)
async def test_an_approval_survives_a_restart_of_every_server(deployment, agents, fake_llm, model):
    agent = await guarded_agent(agents, fake_llm, model)
    fake_llm.script(model, call("core_memory_append", label="human", content="Plays chess."), say("Saved."))
    first = await send(agents, agent.id, "I play chess")
    assert first.stop_reason == WAITING

    await deployment.restart()  # split: kill -9 of every server

    agents = agent_service_pb2_grpc.AgentServiceStub(deployment.channel())
    turn = (await agents.GetTurn(agent_service_pb2.GetTurnRequest(agent_id=agent.id, turn_id=first.turn_id))).turn
    assert turn.status == turn_pb2.TURN_STATUS_WAITING
    done = await agents.ResumeTurn(
        agent_service_pb2.ResumeTurnRequest(agent_id=agent.id, approvals=[decide(first.pending_calls[0].call_id, True)])
    )
    assert done.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert done.turn_id == first.turn_id
    assert events_of(done.events, "assistant_message")[0].content == "Saved."


async def test_an_approval_nobody_gives_expires_as_a_denial(agents, memory, fake_llm, model):
    agent = await guarded_agent(agents, fake_llm, model, approval_timeout_seconds=1)
    fake_llm.script(model, call("core_memory_append", label="human", content="X."), say("Never mind."))
    first = await send(agents, agent.id, "remember X")
    stream = Stream(agents, agent.id)
    await stream.send(attach=agent_service_pb2.AttachTurn(turn_id=first.turn_id))
    events = await stream.until("turn_end")
    await stream.close()
    expired = events_of(events, "function_result")[0]
    assert not expired.ok
    assert "no approval decision came within 1 seconds" in expired.result
    assert "X." not in await human_block(memory, agent.id)
