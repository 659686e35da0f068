"""The scheduler: every agent server looks, once a second (MEMSVC_SCHEDULER_INTERVAL_SECONDS),
for turns that need one, and for wake-ups that are due.

Due turns are waiting turns whose wait expired (the LLM gets a failed result and the
turn goes on) and running turns whose agent server stopped (they are ended, so their
watchers see an end). Due wake-ups start a turn each (wakeups.py). Due consolidations
are agents whose background memory consolidation is due (after N turns, or idle;
consolidation.py): a run starts. Now and then (wakeups.py) fired and cancelled wake-ups
past their retention are deleted. Every agent server runs a scheduler; the turn lease
keeps two of them from seeing to one turn or agent at once, one seen to already is
skipped, and a wake-up fires in its turn's first commit, once. The queries read only
what is due (indexes on the due times), however much is pending.
"""

from __future__ import annotations

import asyncio
import contextlib

import structlog

from memsvc.agent.consolidation import Consolidator
from memsvc.agent.turns import TurnRunner
from memsvc.agent.wakeups import WakeupService
from memsvc.errors import MemsvcError
from memsvc.models import now
from memsvc.ports import AgentStore

log = structlog.get_logger("memsvc.scheduler")
INTERVAL_SECONDS = 1.0
BATCH = 100


class Scheduler:
    def __init__(
        self,
        runner: TurnRunner,
        store: AgentStore,
        interval: float = INTERVAL_SECONDS,
        wakeups: WakeupService | None = None,
        consolidator: Consolidator | None = None,
    ) -> None:
        self.runner = runner
        self.store = store
        self.consolidator = consolidator
        self.interval = interval
        self.wakeups = wakeups
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        while True:
            try:
                for due in await self.store.due_turns(now(), BATCH):
                    self.runner.spawn(self.runner.attend(due))
                if self.wakeups is not None:
                    for wakeup in await self.store.due_wakeups(now(), BATCH):
                        if self.wakeups.ready(wakeup):
                            self.runner.spawn(self.wakeups.fire(wakeup))
                    if self.wakeups.prune_due():  # the retention of fired and cancelled ones
                        self.runner.spawn(self.wakeups.prune())
                if self.consolidator is not None:
                    for agent in await self.store.due_consolidations(now(), BATCH):
                        self.runner.spawn(self.consolidator.attend(agent))
            except MemsvcError as exc:  # the memory server is away: try again next time
                log.warning("due_turns_failed", reason=exc.reason, error=exc.message)
            except Exception:
                log.exception("scheduler_failed")
            await asyncio.sleep(self.interval)
