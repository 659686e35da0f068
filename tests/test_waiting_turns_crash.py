"""Waiting turns are durable: kill -9 of every server while turns wait, restart, answer, and they
finish; with two agent servers, a turn waits on one and is answered, watched and finished on the other."""

from __future__ import annotations

import asyncio

import grpc
import pytest

from memsvc.v1 import agent_service_pb2, agent_service_pb2_grpc, step_pb2, turn_pb2
from tests.fakellm import call, say
from tests.helpers import create_agent, events_of, send, weather_tool
from tests.procs import SplitDeployment

pytestmark = pytest.mark.timeout(300)
WAITING = step_pb2.STOP_REASON_WAITING_FOR_CLIENT


@pytest.mark.layouts(private=True)
async def test_waiting_turns_survive_kill_9_of_every_server(deployment, agents, fake_llm, model):
    tool_agent = await create_agent(agents, fake_llm, model, client_tools=[weather_tool()])
    fake_llm.script(model, call("get_weather", city="Tallinn"), say("Tallinn: windy."))
    waiting_tool = await send(agents, tool_agent.id, "Tallinn?")
    approval_model = model + "-approval"
    approval_agent = await create_agent(
        agents, fake_llm, approval_model, tools_requiring_approval=["archival_memory_insert"]
    )
    fake_llm.script(approval_model, call("archival_memory_insert", content="Tallinn is windy."), say("Saved it."))
    waiting_approval = await send(agents, approval_agent.id, "remember Tallinn is windy")
    assert waiting_tool.stop_reason == WAITING
    assert waiting_approval.stop_reason == WAITING

    await deployment.restart()  # split: kill -9 of the memory, executor and agent servers

    agents = agent_service_pb2_grpc.AgentServiceStub(deployment.channel())
    for agent_id, first in ((tool_agent.id, waiting_tool), (approval_agent.id, waiting_approval)):
        request = agent_service_pb2.GetTurnRequest(agent_id=agent_id, turn_id=first.turn_id)
        turn = (await agents.GetTurn(request)).turn
        assert turn.status == turn_pb2.TURN_STATUS_WAITING
        assert [p.call_id for p in turn.pending_calls] == [p.call_id for p in first.pending_calls]
    done = await agents.ResumeTurn(
        agent_service_pb2.ResumeTurnRequest(
            agent_id=tool_agent.id,
            tool_results=[turn_pb2.ToolResult(call_id=waiting_tool.pending_calls[0].call_id, output="windy")],
        )
    )
    assert done.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert done.turn_id == waiting_tool.turn_id
    assert events_of(done.events, "assistant_message")[0].content == "Tallinn: windy."
    approved = await agents.ResumeTurn(
        agent_service_pb2.ResumeTurnRequest(
            agent_id=approval_agent.id,
            approvals=[turn_pb2.ApprovalDecision(call_id=waiting_approval.pending_calls[0].call_id, approve=True)],
        )
    )
    assert approved.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert events_of(approved.events, "function_result")[0].ok
    # The events of each turn are whole and in order across the crash.
    request = agent_service_pb2.GetTurnRequest(agent_id=tool_agent.id, turn_id=done.turn_id)
    assert (await agents.GetTurn(request)).turn.last_sequence == len(waiting_tool.events) + len(done.events)


async def test_a_turn_waiting_on_one_agent_server_is_finished_on_another_and_watched_there(tmp_path, fake_llm, model):
    split = SplitDeployment(tmp_path / "split", agent_replicas=2).start()
    try:
        async with (
            grpc.aio.insecure_channel(split.servers["agent"].address) as one,
            grpc.aio.insecure_channel(split.servers["agent2"].address) as two,
        ):
            first_server = agent_service_pb2_grpc.AgentServiceStub(one)
            second_server = agent_service_pb2_grpc.AgentServiceStub(two)
            agent = await create_agent(first_server, fake_llm, model, client_tools=[weather_tool()])
            watch = second_server.WatchAgent(agent_service_pb2.WatchAgentRequest(agent_id=agent.id))
            seen: list[step_pb2.StepEvent] = []
            ended = asyncio.Event()

            async def read() -> None:
                async for response in watch:
                    seen.append(response.event)
                    if response.event.WhichOneof("event") == "turn_end":
                        ended.set()
                        return

            reader = asyncio.create_task(read())
            await asyncio.sleep(0.5)  # the watch is open before the turn starts
            fake_llm.script(model, call("get_weather", city="Vilnius"), say("Vilnius: clear."))
            first = await send(first_server, agent.id, "Vilnius?")  # waits, started on the first server
            done = await second_server.ResumeTurn(
                agent_service_pb2.ResumeTurnRequest(
                    agent_id=agent.id,
                    tool_results=[turn_pb2.ToolResult(call_id=first.pending_calls[0].call_id, output="clear")],
                )
            )
            async with asyncio.timeout(30):
                await ended.wait()
            watch.cancel()
            reader.cancel()
        assert done.stop_reason == step_pb2.STOP_REASON_END_TURN
        assert list(seen) == [*first.events, *done.events]
    finally:
        split.stop()
