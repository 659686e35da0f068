"""Turns outlive their streams: a dropped stream, re-attaching from a sequence number, watching."""

from __future__ import annotations

import asyncio
import threading

import grpc
import pytest

from memsvc.v1 import agent_service_pb2, agent_service_pb2_grpc, step_pb2, turn_pb2
from tests.fakellm import Reply, call, say
from tests.helpers import Stream, create_agent, error_reason, events_of, kinds, send, weather_tool

pytestmark = pytest.mark.layouts


def slow(reply: Reply, delay: float) -> Reply:
    reply.delay = delay
    return reply


async def turn_of(agents, agent_id: str, turn_id: str) -> turn_pb2.Turn:
    return (await agents.GetTurn(agent_service_pb2.GetTurnRequest(agent_id=agent_id, turn_id=turn_id))).turn


async def wait_ended(agents, agent_id: str, turn_id: str) -> turn_pb2.Turn:
    """The turn once it has ended, seen through a re-attached stream (the store's events)."""
    stream = Stream(agents, agent_id)
    await stream.send(attach=agent_service_pb2.AttachTurn(turn_id=turn_id))
    await stream.until("turn_end")
    await stream.close()
    return await turn_of(agents, agent_id, turn_id)


def three_searches_then_reply() -> list[Reply]:
    return [slow(call("conversation_search", query=f"q{i}"), 0.1) for i in range(3)] + [say("Found nothing.")]


async def test_a_dropped_stream_leaves_its_turn_running_to_the_end(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, *three_searches_then_reply())
    stream = Stream(agents, agent.id)
    await stream.input("search")
    first = await stream.until("function_call")
    await stream.close()  # the client goes away mid-turn
    turn = await wait_ended(agents, agent.id, first[0].turn_id)
    assert turn.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert turn.step_count == 4
    assert len(fake_llm.chat_requests(model)) == 4


async def test_cancel_on_disconnect_stops_the_turn_when_its_stream_drops(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, *three_searches_then_reply())
    stream = Stream(agents, agent.id)
    await stream.input("search", cancel_on_disconnect=True)
    first = await stream.until("function_call")
    await stream.close()
    turn = await wait_ended(agents, agent.id, first[0].turn_id)
    assert turn.stop_reason == step_pb2.STOP_REASON_CANCELLED
    assert turn.step_count < 4


async def test_reattach_from_sequence_n_gets_the_rest_exactly_once(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, *three_searches_then_reply())
    stream = Stream(agents, agent.id)
    await stream.input("search")
    seen = await stream.until("function_result")
    await stream.close()
    n = seen[-1].sequence
    # Re-attach while the turn still runs: the stored events after n, then the live ones.
    again = Stream(agents, agent.id)
    await again.send(attach=agent_service_pb2.AttachTurn(turn_id=seen[0].turn_id, after_sequence=n))
    rest = await again.until("turn_end")
    await again.close()
    assert [e.sequence for e in rest] == list(range(n + 1, n + 1 + len(rest)))
    assert {e.turn_id for e in rest} == {seen[0].turn_id}
    # And once it has ended: the same events, from the store.
    later = Stream(agents, agent.id)
    await later.send(attach=agent_service_pb2.AttachTurn(turn_id=seen[0].turn_id, after_sequence=n))
    replayed = await later.until("turn_end")
    await later.close()
    assert replayed == rest
    # The whole turn, from 0, is what the first stream would have seen.
    whole = Stream(agents, agent.id)
    await whole.send(attach=agent_service_pb2.AttachTurn(turn_id=seen[0].turn_id))
    everything = await whole.until("turn_end")
    await whole.close()
    assert everything == seen + rest
    assert kinds(everything).count("heartbeat") == 3


async def test_a_watcher_sees_turns_started_by_other_clients(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    watch = agents.WatchAgent(agent_service_pb2.WatchAgentRequest(agent_id=agent.id))
    seen: list[step_pb2.StepEvent] = []
    ends = asyncio.Event()

    async def read() -> None:
        async for response in watch:
            seen.append(response.event)
            if len(events_of(seen, "turn_end")) == 2:
                ends.set()
                return

    reader = asyncio.create_task(read())
    await asyncio.sleep(0.2)  # the watch is open before the turns start
    fake_llm.script(model, say("One."), say("Two."))
    one = await send(agents, agent.id, "first")
    stream = Stream(agents, agent.id)
    await stream.input("second")
    two = await stream.until("turn_end")
    await stream.close()
    async with asyncio.timeout(30):
        await ends.wait()
    watch.cancel()
    reader.cancel()
    assert [e.turn_id for e in seen] == [one.turn_id] * len(one.events) + [two[0].turn_id] * len(two)
    assert list(seen) == [*one.events, *two]
    positions = [e.agent_sequence for e in seen]
    assert positions == list(range(positions[0], positions[0] + len(seen)))
    # A watch resumed after a position gets exactly what followed it.
    resumed = agents.WatchAgent(
        agent_service_pb2.WatchAgentRequest(agent_id=agent.id, after_agent_sequence=positions[2])
    )
    again = []
    async for response in resumed:
        again.append(response.event)
        if len(again) == len(seen) - 3:
            break
    resumed.cancel()
    assert again == seen[3:]


async def test_cancel_on_the_stream_ends_a_waiting_turn(agents, fake_llm, model):
    from tests.helpers import weather_tool

    agent = await create_agent(agents, fake_llm, model, client_tools=[weather_tool()])
    fake_llm.script(model, call("get_weather", city="Riga"))
    stream = Stream(agents, agent.id)
    await stream.input("Riga?")
    await stream.until("turn_waiting")
    await stream.send(cancel=agent_service_pb2.CancelTurn())
    events = await stream.until("turn_end")
    await stream.close()
    assert events[-1].turn_end.stop_reason == step_pb2.STOP_REASON_CANCELLED
    assert "cancelled" in events_of(events, "function_result")[0].result


NIL = "00000000-0000-0000-0000-000000000000"


async def one_request(agents, request: agent_service_pb2.StreamStepRequest) -> grpc.aio.AioRpcError | list:
    """A stream that sends one request and closes its side: the status it ends with (or its events)."""

    async def requests():
        yield request

    events = []
    try:
        async with asyncio.timeout(30):
            async for response in agents.StreamStep(requests()):
                events.append(response.event)
    except grpc.aio.AioRpcError as exc:
        return exc
    return events


async def test_a_request_the_stream_cannot_act_on_ends_it_with_the_status_resume_turn_gives(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, say("Hello."))
    await send(agents, agent.id, "Hi")  # an ended turn; none waits
    req = agent_service_pb2.StreamStepRequest
    result = turn_pb2.ToolResult(call_id="c", output="x")
    decision = turn_pb2.ApprovalDecision(call_id="c", approve=True)
    fp, nf, ia = grpc.StatusCode.FAILED_PRECONDITION, grpc.StatusCode.NOT_FOUND, grpc.StatusCode.INVALID_ARGUMENT
    cases = [
        (req(agent_id=agent.id, tool_result=result), fp, "TURN_NOT_WAITING"),
        (req(agent_id=agent.id, approval=decision), fp, "TURN_NOT_WAITING"),
        (req(agent_id=agent.id, cancel=agent_service_pb2.CancelTurn()), fp, "NO_TURN_TO_CANCEL"),
        (req(agent_id=NIL, approval=decision), nf, "AGENT_NOT_FOUND"),
        (req(agent_id=agent.id), ia, "INVALID_ARGUMENT"),
    ]
    for request, code, reason in cases:
        out = await one_request(agents, request)
        assert isinstance(out, grpc.aio.AioRpcError), f"{request.WhichOneof('request')}: OK with {kinds(out)}"
        assert (out.code(), error_reason(out)) == (code, reason), out.details()
    assert "input, tool_result, approval, attach or cancel" in out.details()
    assert len(fake_llm.chat_requests(model)) == 1


async def test_a_refused_answer_keeps_the_stream_open_and_the_turn_waiting(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model, client_tools=[weather_tool()])
    fake_llm.script(model, call("get_weather", city="Rome"), say("Warm in Rome."))
    stream = Stream(agents, agent.id)
    await stream.input("Rome?")
    waiting = (await stream.until("turn_waiting"))[-1]
    (pending,) = waiting.turn_waiting.pending_calls
    await stream.send(tool_result=turn_pb2.ToolResult(call_id="bogus", output="x"))
    refused = (await stream.until("answer_refused"))[-1]
    assert refused.turn_id == waiting.turn_id
    assert refused.sequence == 0  # never stored
    assert (refused.answer_refused.call_id, refused.answer_refused.reason) == ("bogus", "UNKNOWN_TOOL_CALL")
    assert pending.call_id in refused.answer_refused.message
    turn = await turn_of(agents, agent.id, waiting.turn_id)
    assert turn.status == turn_pb2.TURN_STATUS_WAITING
    # The same stream answers again, rightly, and gets the rest of the turn.
    await stream.send(approval=turn_pb2.ApprovalDecision(call_id=pending.call_id, approve=True))
    assert (await stream.until("answer_refused"))[-1].answer_refused.reason == "TOOL_CALL_NOT_AWAITING_APPROVAL"
    await stream.send(tool_result=turn_pb2.ToolResult(call_id=pending.call_id, output="warm"))
    end = (await stream.until("turn_end"))[-1]
    assert end.turn_end.stop_reason == step_pb2.STOP_REASON_END_TURN
    # Answered already: refused the same way, after the turn ended.
    await stream.send(tool_result=turn_pb2.ToolResult(call_id=pending.call_id, output="again"))
    assert (await stream.until("answer_refused"))[-1].answer_refused.reason == "TOOL_CALL_ALREADY_ANSWERED"
    await stream.close()
    stored = [e for e in await events_of_turn(agents, agent.id, waiting.turn_id)]
    assert "answer_refused" not in kinds(stored)


async def events_of_turn(agents, agent_id: str, turn_id: str) -> list[step_pb2.StepEvent]:
    stream = Stream(agents, agent_id)
    await stream.send(attach=agent_service_pb2.AttachTurn(turn_id=turn_id))
    got = await stream.until("turn_end")
    await stream.close()
    return got


@pytest.mark.layouts(private=True)
async def test_a_turn_cut_off_by_a_crash_reports_the_steps_that_ran(deployment, agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    hung = say("Noted.")
    hung.hold = threading.Event()
    fake_llm.script(model, call("archival_memory_insert", content="The user likes green tea."), hung)
    stream = Stream(agents, agent.id)
    try:
        await stream.input("I like green tea.")
        first = await stream.until("function_result")
        while fake_llm.pending(model) or not fake_llm.in_flight[model]:  # noqa: ASYNC110 (the fake LLM's threads)
            await asyncio.sleep(0.01)  # step 2's LLM call hangs: step 1 ran and stored its passage
        await stream.close()
        await deployment.restart()  # embedded: a shutdown that stops the turn; split: kill -9 of every server
    finally:
        hung.hold.set()
    agents = agent_service_pb2_grpc.AgentServiceStub(deployment.channel())
    fake_llm.script(model, say("Hello again."))
    reply = await send(agents, agent.id, "Hello?")  # ends the turn its server left behind
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    turn = await turn_of(agents, agent.id, first[0].turn_id)
    assert turn.status == turn_pb2.TURN_STATUS_ENDED
    assert turn.step_count >= 1  # embedded: the shutdown ends it at its step 2 (cancelled, or the LLM timed out)
    if deployment.layout == "split":
        assert turn.stop_reason == step_pb2.STOP_REASON_ERROR
        assert "stopped before the turn ended" in turn.error.message
        assert turn.step_count == 1  # step 1 ran (its reply and result are stored); step 2 never answered
