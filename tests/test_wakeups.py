"""Scheduled wake-ups through the public API: the agent's built-in functions and the client
RPCs schedule, list and cancel them; a due one runs a turn that watchers see; hostile
schedules get their documented statuses. (Restarts and two agent servers:
test_wakeups_crash.py.)"""

from __future__ import annotations

import asyncio
import time

import grpc
import pytest
from google.protobuf.field_mask_pb2 import FieldMask
from google.protobuf.timestamp_pb2 import Timestamp

from memsvc.v1 import agent_service_pb2 as pb
from memsvc.v1 import message_pb2, step_pb2, wakeup_pb2
from tests.fakellm import Call, Reply, call, say
from tests.helpers import create_agent, error_reason, events_of, send

pytestmark = pytest.mark.layouts

PENDING, FIRED, CANCELLED = (
    wakeup_pb2.WAKEUP_STATE_PENDING,
    wakeup_pb2.WAKEUP_STATE_FIRED,
    wakeup_pb2.WAKEUP_STATE_CANCELLED,
)


def at(seconds_from_now: float) -> Timestamp:
    stamp = Timestamp()
    stamp.FromNanoseconds(int((time.time() + seconds_from_now) * 1e9))
    return stamp


async def wakeups(agents, agent_id: str, *states: int) -> list[wakeup_pb2.Wakeup]:
    return list((await agents.ListWakeups(pb.ListWakeupsRequest(agent_id=agent_id, states=states))).wakeups)


async def until_fired(agents, agent_id: str, wakeup_id: str, within: float = 30.0) -> wakeup_pb2.Wakeup:
    """The wake-up once it fired and its turn ended (polled; at most `within` seconds)."""
    async with asyncio.timeout(within):
        while True:
            found = {w.id: w for w in await wakeups(agents, agent_id, FIRED)}
            if wakeup_id in found:
                turn = (
                    await agents.GetTurn(pb.GetTurnRequest(agent_id=agent_id, turn_id=found[wakeup_id].turn_id))
                ).turn
                if turn.stop_reason:
                    return found[wakeup_id]
            await asyncio.sleep(0.1)


async def wake_events(agents, agent_id: str) -> list[str]:
    """Every wake-up event the agent was given, from its history."""
    listed = await agents.ListMessages(pb.ListMessagesRequest(agent_id=agent_id, page_size=1000))
    return [
        m.content
        for m in listed.messages
        if m.role == message_pb2.MESSAGE_ROLE_SYSTEM and m.content.startswith("[Scheduled wake-up ")
    ]


async def test_the_agent_schedules_a_wakeup_that_fires_once_and_a_watcher_sees_it(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model, enable_wakeups=True)
    watch = agents.WatchAgent(pb.WatchAgentRequest(agent_id=agent.id, after_agent_sequence=0))
    fake_llm.script(
        model,
        call("schedule_wakeup", thought="Remind them later.", reason="remind Xiaoming to stretch", delay_seconds=1),
        say("I will remind you in a second."),
        say("Time to stretch, Xiaoming!", thought="My wake-up: remind them."),
    )
    first = await send(agents, agent.id, "remind me to stretch in a second")
    scheduled = events_of(first.events, "function_result")[0]
    assert scheduled.name == "schedule_wakeup"
    assert scheduled.ok, scheduled.result
    (pending,) = await wakeups(agents, agent.id)
    assert pending.state == PENDING
    assert pending.origin == wakeup_pb2.WAKEUP_ORIGIN_AGENT
    assert pending.reason == "remind Xiaoming to stretch"
    assert pending.id in scheduled.result

    # The watcher, which started no turn, sees the wake-up's turn from its input to its end.
    seen: list[step_pb2.StepEvent] = []
    async with asyncio.timeout(30):
        async for response in watch:
            seen.append(response.event)
            if response.event.turn_id != first.turn_id and response.event.WhichOneof("event") == "turn_end":
                break
    watch.cancel()
    woken = [e for e in seen if e.turn_id != first.turn_id]
    received = woken[0].input_received
    assert received.role == message_pb2.MESSAGE_ROLE_SYSTEM
    assert "Reason: remind Xiaoming to stretch" in received.content
    assert pending.id in received.content
    assert "late" not in received.content
    assert events_of(woken, "assistant_message")[0].content == "Time to stretch, Xiaoming!"
    assert events_of(woken, "turn_end")[0].stop_reason == step_pb2.STOP_REASON_END_TURN

    fired = await until_fired(agents, agent.id, pending.id)
    assert fired.turn_id == woken[0].turn_id
    assert fired.done_time.seconds >= pending.due_time.seconds
    assert not fired.late
    assert await wakeups(agents, agent.id) == []
    assert len(await wake_events(agents, agent.id)) == 1


async def test_a_client_schedules_lists_and_cancels_and_a_cancelled_one_never_fires(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    cancelled = (
        await agents.ScheduleWakeup(pb.ScheduleWakeupRequest(agent_id=agent.id, reason="never", delay_seconds=0.5))
    ).wakeup
    later = (
        await agents.ScheduleWakeup(pb.ScheduleWakeupRequest(agent_id=agent.id, reason="the sentinel", at=at(1.5)))
    ).wakeup
    assert cancelled.origin == wakeup_pb2.WAKEUP_ORIGIN_CLIENT
    assert [w.id for w in await wakeups(agents, agent.id)] == [cancelled.id, later.id]  # soonest first
    done = (await agents.CancelWakeup(pb.CancelWakeupRequest(agent_id=agent.id, wakeup_id=cancelled.id))).wakeup
    assert done.state == CANCELLED
    assert done.done_time.seconds > 0
    again = (await agents.CancelWakeup(pb.CancelWakeupRequest(agent_id=agent.id, wakeup_id=cancelled.id))).wakeup
    assert again == done  # cancelling a cancelled one changes nothing

    # The sentinel was due after the cancelled one: once it fired, the cancelled one had its chance.
    fake_llm.script(model, say("Sentinel."))
    fired = await until_fired(agents, agent.id, later.id)
    assert [w.id for w in await wakeups(agents, agent.id, CANCELLED)] == [cancelled.id]
    events = await wake_events(agents, agent.id)
    assert len(events) == 1
    assert "the sentinel" in events[0]

    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await agents.CancelWakeup(pb.CancelWakeupRequest(agent_id=agent.id, wakeup_id=later.id))
    assert exc.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert error_reason(exc.value) == "WAKEUP_ALREADY_FIRED"
    assert fired.turn_id
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await agents.CancelWakeup(
            pb.CancelWakeupRequest(agent_id=agent.id, wakeup_id="00000000-0000-4000-8000-000000000000")
        )
    assert exc.value.code() == grpc.StatusCode.NOT_FOUND
    assert error_reason(exc.value) == "WAKEUP_NOT_FOUND"
    every = await wakeups(agents, agent.id, PENDING, FIRED, CANCELLED)
    assert {w.id: w.state for w in every} == {cancelled.id: CANCELLED, later.id: FIRED}


async def test_the_agent_lists_and_cancels_its_wakeups(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model, enable_wakeups=True)
    far = (
        await agents.ScheduleWakeup(pb.ScheduleWakeupRequest(agent_id=agent.id, reason="water the plants", at=at(3600)))
    ).wakeup
    fake_llm.script(
        model,
        call("list_wakeups"),
        call("cancel_wakeup", id=far.id),
        # Python's JSON reader takes NaN: the function still refuses it.
        Reply(
            calls=[
                Call(
                    "schedule_wakeup", raw_arguments='{"reason": "x", "delay_seconds": NaN, "request_heartbeat": true}'
                )
            ]
        ),
        say("Cancelled."),
    )
    reply = await send(agents, agent.id, "forget the plants")
    listed, cancelled, refused = events_of(reply.events, "function_result")[:3]
    assert listed.ok
    assert "water the plants" in listed.result
    assert far.id in listed.result
    assert cancelled.ok
    assert far.id in cancelled.result
    assert not refused.ok
    assert "delay_seconds" in refused.result
    assert await wakeups(agents, agent.id) == []
    assert [w.state for w in await wakeups(agents, agent.id, CANCELLED)] == [CANCELLED]


async def test_the_wakeup_functions_are_offered_only_to_agents_that_enable_them(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    assert not agent.enable_wakeups

    async def names() -> set[str]:
        return {t.name for t in (await agents.ListTools(pb.ListToolsRequest(agent_id=agent.id))).tools}

    wakeup_functions = {"schedule_wakeup", "list_wakeups", "cancel_wakeup"}
    assert not (await names()) & wakeup_functions
    fake_llm.script(model, call("schedule_wakeup", reason="x", delay_seconds=60), say("Hm."))
    reply = await send(agents, agent.id, "remind me")
    assert not events_of(reply.events, "function_result")[0].ok  # no such function for this agent
    assert await wakeups(agents, agent.id) == []
    agent.enable_wakeups = True
    updated = await agents.UpdateAgent(
        pb.UpdateAgentRequest(agent=agent, update_mask=FieldMask(paths=["enable_wakeups"]))
    )
    assert updated.agent.enable_wakeups
    assert wakeup_functions <= await names()


async def expect(agents, request: pb.ScheduleWakeupRequest, code: grpc.StatusCode, reason: str = "") -> str:
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await agents.ScheduleWakeup(request)
    assert exc.value.code() == code, exc.value.details()
    if reason:
        assert error_reason(exc.value) == reason, exc.value.details()
    return exc.value.details()


async def test_hostile_schedules_get_documented_statuses(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    invalid = grpc.StatusCode.INVALID_ARGUMENT

    def req(**fields) -> pb.ScheduleWakeupRequest:
        return pb.ScheduleWakeupRequest(agent_id=agent.id, **({"reason": "r"} | fields))

    message = await expect(agents, req(at=at(-3600)), invalid, "WAKEUP_IN_THE_PAST")
    assert "in the past" in message
    year_9999 = Timestamp(seconds=253_402_300_000)
    assert "366 days" in await expect(agents, req(at=year_9999), invalid, "WAKEUP_TOO_FAR")
    await expect(agents, req(at=Timestamp(seconds=253_402_300_800)), invalid)  # past 9999-12-31: not a time
    await expect(agents, req(at=at(367 * 86_400)), invalid, "WAKEUP_TOO_FAR")
    for delay in (float("nan"), float("inf"), float("-inf"), -1.0, -1e-9):
        await expect(agents, req(delay_seconds=delay), invalid, "WAKEUP_DELAY_INVALID")
    for delay in (1e300, 1e308):  # the horizon is named, not a day count hundreds of digits long
        message = await expect(agents, req(delay_seconds=delay), invalid, "WAKEUP_TOO_FAR")
        assert "more than 100 years ahead" in message
        assert "366 days" in message
        assert len(message) < 300, message
    await expect(agents, req(), invalid)  # neither a time nor a delay
    await expect(agents, req(reason="", delay_seconds=60), invalid)
    await expect(agents, req(reason="   ", delay_seconds=60), invalid)
    await expect(agents, req(reason="x" * 1001, delay_seconds=60), invalid)
    await expect(agents, req(reason="a\x00b", delay_seconds=60), invalid)
    unknown = pb.ScheduleWakeupRequest(agent_id="00000000-0000-4000-8000-000000000000", reason="r", delay_seconds=1)
    await expect(agents, unknown, grpc.StatusCode.NOT_FOUND, "AGENT_NOT_FOUND")
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await agents.ListWakeups(pb.ListWakeupsRequest(agent_id=agent.id, states=[99]))
    assert exc.value.code() == invalid
    assert await wakeups(agents, agent.id) == []

    # 10,000 pending: the 1,001st is refused, the first 1,000 stay (and list in pages).
    async def one(i: int) -> None:
        await agents.ScheduleWakeup(req(reason=f"task {i}", delay_seconds=3600 + i))

    for start in range(0, 1000, 50):  # under the calls a tenant may have in flight (64)
        await asyncio.gather(*(one(i) for i in range(start, start + 50)))
    for i in range(1000, 1003):
        exhausted = grpc.StatusCode.RESOURCE_EXHAUSTED
        await expect(agents, req(reason=f"task {i}", delay_seconds=7200), exhausted, "TOO_MANY_WAKEUPS")
    page = await agents.ListWakeups(pb.ListWakeupsRequest(agent_id=agent.id, page_size=1000))
    assert len(page.wakeups) == 1000
    assert not page.next_page_token
    assert [w.reason for w in page.wakeups[:2]] == ["task 0", "task 1"]

    # A time a little in the past (clocks differ) fires at once, on time.
    other = await create_agent(agents, fake_llm, model + "-b")
    just_past = (
        await agents.ScheduleWakeup(pb.ScheduleWakeupRequest(agent_id=other.id, reason="now", at=at(-10)))
    ).wakeup
    assert just_past.due_time.seconds >= int(time.time()) - 5
    fired = await until_fired(agents, other.id, just_past.id)
    assert fired.state == FIRED
    assert not fired.late
