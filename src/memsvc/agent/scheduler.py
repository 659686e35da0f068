"""The scheduler: every agent server looks, once a second, for turns that need one.

Due turns are waiting turns whose wait expired (the LLM gets a failed result and the
turn goes on) and running turns whose agent server stopped (they are ended, so their
watchers see an end). Due consolidations are agents whose background memory
consolidation is due (after N turns, or idle; consolidation.py): a run starts. Every
agent server runs a scheduler; the turn lease keeps two of them from seeing to one
turn or agent at once, and one seen to already is skipped.
"""

from __future__ import annotations

import asyncio
import contextlib

import structlog

from memsvc.agent.consolidation import Consolidator
from memsvc.agent.turns import TurnRunner
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
        consolidator: Consolidator | None = None,
    ) -> None:
        self.runner = runner
        self.store = store
        self.consolidator = consolidator
        self.interval = interval
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
                if self.consolidator is not None:
                    for agent in await self.store.due_consolidations(now(), BATCH):
                        self.runner.spawn(self.consolidator.attend(agent))
            except MemsvcError as exc:  # the memory server is away: try again next time
                log.warning("due_turns_failed", reason=exc.reason, error=exc.message)
            except Exception:
                log.exception("scheduler_failed")
            await asyncio.sleep(self.interval)
