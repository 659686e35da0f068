"""Wake-up retention: fired and cancelled wake-ups are deleted MEMSVC_WAKEUP_RETENTION_DAYS
after they fired or were cancelled (the scheduler prunes them); pending ones stay, and so
does the turn a wake-up started."""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest

from memsvc.models import Agent, LlmConfig, now
from memsvc.server.app import open_memory_store
from memsvc.settings import Settings
from memsvc.v1 import agent_service_pb2 as pb
from tests.conftest import make_settings
from tests.fakellm import say
from tests.helpers import create_agent
from tests.test_wakeups import CANCELLED, FIRED, PENDING, wakeups

pytestmark = pytest.mark.layouts

RETENTION_SECONDS = 4.0


@pytest.fixture
def server_changes() -> dict[str, object]:
    return {"wakeup_retention_days": RETENTION_SECONDS / 86_400}


async def test_fired_and_cancelled_wakeups_are_deleted_after_the_retention(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, say("Stretch!"))

    async def schedule(reason: str, delay: float) -> str:
        request = pb.ScheduleWakeupRequest(agent_id=agent.id, reason=reason, delay_seconds=delay)
        return (await agents.ScheduleWakeup(request)).wakeup.id

    fires = await schedule("stretch", 0)
    cancelled = await schedule("never", 3600)
    pending = await schedule("next month", 30 * 86_400)
    await agents.CancelWakeup(pb.CancelWakeupRequest(agent_id=agent.id, wakeup_id=cancelled))
    cancelled_at = time.monotonic()
    assert [w.id for w in await wakeups(agents, agent.id, CANCELLED)] == [cancelled]  # kept for now

    async with asyncio.timeout(60):  # the fired and the cancelled one go once older than the retention
        while await wakeups(agents, agent.id, FIRED, CANCELLED) or not await turns(agents, agent.id):  # noqa: ASYNC110 (another process)
            await asyncio.sleep(0.2)
    assert time.monotonic() - cancelled_at >= RETENTION_SECONDS * 0.9  # (clocks: the server's, ours)
    assert [w.id for w in await wakeups(agents, agent.id, PENDING)] == [pending]
    # It fired before it went: its turn and the event it started with stay.
    (turn,) = await turns(agents, agent.id)
    assert turn.stop_reason
    listed = await agents.ListMessages(pb.ListMessagesRequest(agent_id=agent.id))
    assert any(m.content.startswith(f"[Scheduled wake-up {fires}]") for m in listed.messages)


async def turns(agents, agent_id: str) -> list:
    return list((await agents.ListTurns(pb.ListTurnsRequest(agent_id=agent_id))).turns)


@pytest.mark.embedded_only  # the store's delete itself, on each database
async def test_pruning_deletes_only_expired_done_wakeups_a_batch_at_a_time(tmp_path):
    store = open_memory_store(make_settings(tmp_path / "data"))
    try:
        llm = LlmConfig(model="m", context_window=16384, max_tokens=512)
        agent = await store.create_agent(Agent(str(uuid.uuid4()), "sleeper", llm, "You."))
        ids = [(await store.schedule_wakeup(agent.id, now() + 3600, f"task {i}", "client")).id for i in range(4)]
        for wakeup_id in ids[:3]:
            await store.cancel_wakeup(agent.id, wakeup_id)
        assert await store.prune_wakeups(now() - 60, 10) == 0  # none is that old
        later = now() + 1
        assert await store.prune_wakeups(later, 2) == 2  # at most `limit`, oldest first
        assert await store.prune_wakeups(later, 2) == 1
        assert await store.prune_wakeups(later, 2) == 0
        left = (await store.list_wakeups(agent.id, (), 100, "")).items
        assert [(w.id, w.status) for w in left] == [(ids[3], "pending")]  # a pending one is never pruned
    finally:
        store.close()


@pytest.mark.embedded_only
def test_the_retention_setting_is_checked():
    assert Settings.from_env({}).wakeup_retention_days == 30
    assert Settings.from_env({"MEMSVC_WAKEUP_RETENTION_DAYS": "0"}).wakeup_retention_days == 0  # keep forever
    for bad in ("-1", "nan", "1e9"):
        with pytest.raises(SystemExit, match="WAKEUP_RETENTION_DAYS"):
            Settings.from_env({"MEMSVC_WAKEUP_RETENTION_DAYS": bad})
