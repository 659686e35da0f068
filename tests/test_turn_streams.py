"""Turns outlive their streams: a dropped stream, re-attaching from a sequence number, watching."""

from __future__ import annotations

import asyncio

import pytest

from memsvc.v1 import agent_service_pb2, step_pb2, turn_pb2
from tests.fakellm import Reply, call, say
from tests.helpers import Stream, create_agent, events_of, kinds, send

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
