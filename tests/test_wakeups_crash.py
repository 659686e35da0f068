"""Wake-ups across kill -9 and restarts: one scheduled by the agent fires exactly once with
two agent servers polling; one due while every server was down fires at start-up, once,
marked late."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from memsvc.v1 import agent_service_pb2 as pb
from memsvc.v1 import agent_service_pb2_grpc
from tests.fakellm import call, say
from tests.helpers import create_agent, events_of, send
from tests.layouts import Deployment
from tests.procs import ServerProcess, free_port
from tests.test_wakeups import FIRED, PENDING, until_fired, wake_events, wakeups

pytestmark = pytest.mark.layouts(private=True)
LATE_AFTER = 2.0


@pytest.fixture
def server_changes() -> dict[str, object]:
    return {"scheduler_interval_seconds": 0.2, "wakeup_late_seconds": LATE_AFTER}


def second_agent_server(deployment: Deployment, log_dir: Path) -> ServerProcess:
    """Another agent server on the deployment's memory and executor servers."""
    env = {
        **os.environ,
        **deployment.server_env,
        "MEMSVC_MEMORY_ADDRESS": deployment.memory_address,
        "MEMSVC_EXECUTOR_ADDRESS": deployment.executor_address,
        "MEMSVC_DATA_DIR": str(log_dir / "agent2-data"),
        "MEMSVC_LLM_MAX_RETRIES": "0",
        "MEMSVC_LOG_LEVEL": "info",
    }
    return ServerProcess("agent", free_port(), env, log_dir / "agent2.log")


async def test_wakeups_scheduled_by_agents_fire_exactly_once_after_kill_9_with_two_agent_servers(
    deployment, agents, fake_llm, model, tmp_path
):
    other = await asyncio.to_thread(second_agent_server(deployment, tmp_path).start)
    try:
        # Five agents each schedule a wake-up, due at about the same time, while the servers
        # are killed: after the restart both agent servers find each one due; each fires once.
        created = [await create_agent(agents, fake_llm, f"{model}-{i}", enable_wakeups=True) for i in range(5)]
        for i in range(5):
            fake_llm.script(
                f"{model}-{i}",
                call("schedule_wakeup", reason=f"check the oven {i}", delay_seconds=3),
                say("I will check back."),
                say(f"Checking the oven {i} now."),
            )
        replies = await asyncio.gather(*(send(agents, a.id, "check back on the oven soon") for a in created))
        assert all(events_of(r.events, "function_result")[0].ok for r in replies)

        await asyncio.to_thread(other.kill)  # kill -9 of the second agent server
        await deployment.restart()  # split: kill -9 of every server; embedded: a restart
        await asyncio.to_thread(other.start)

        agents = agent_service_pb2_grpc.AgentServiceStub(deployment.channel())
        for i, agent in enumerate(created):
            (pending,) = await wakeups(agents, agent.id, PENDING, FIRED)
            fired = await until_fired(agents, agent.id, pending.id)
            assert fired.reason == f"check the oven {i}"
        # A sentinel due after every one of them: once it fired, both schedulers had their chance.
        sentinel = (
            await agents.ScheduleWakeup(
                pb.ScheduleWakeupRequest(agent_id=created[0].id, reason="last", delay_seconds=1)
            )
        ).wakeup
        await until_fired(agents, created[0].id, sentinel.id)
        for i, agent in enumerate(created):
            events = [e for e in await wake_events(agents, agent.id) if "Reason: last" not in e]
            assert len(events) == 1, events
            assert f"check the oven {i}" in events[0]
            turns = (await agents.ListTurns(pb.ListTurnsRequest(agent_id=agent.id))).turns
            assert len(turns) == (3 if i == 0 else 2)  # the user's, the wake-up's (and the sentinel's)
            assert fake_llm.pending(f"{model}-{i}") == 0  # the wake-up's turn got its reply
    finally:
        await asyncio.to_thread(other.kill)


async def test_a_wakeup_due_while_every_server_was_down_fires_late_once(deployment, agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    wakeup = (
        await agents.ScheduleWakeup(
            pb.ScheduleWakeupRequest(agent_id=agent.id, reason="water the plants", delay_seconds=1)
        )
    ).wakeup
    fake_llm.script(model, say("Watering the plants, a bit late."))
    # Down past its time and the late threshold (split: kill -9 of every server).
    await deployment.restart(down_for=1 + LATE_AFTER + 0.5)

    agents = agent_service_pb2_grpc.AgentServiceStub(deployment.channel())
    fired = await until_fired(agents, agent.id, wakeup.id)
    assert fired.late
    assert fired.done_time.seconds - fired.due_time.seconds >= LATE_AFTER
    (event,) = await wake_events(agents, agent.id)
    assert "fires late" in event
    assert "water the plants" in event
    turn = (await agents.GetTurn(pb.GetTurnRequest(agent_id=agent.id, turn_id=fired.turn_id))).turn
    assert turn.stop_reason == 1  # STOP_REASON_END_TURN
