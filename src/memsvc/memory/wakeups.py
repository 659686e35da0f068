"""The memory server's side of scheduled wake-ups: checked, then stored (storage/sql/wakeups.py).

The rules are in wakeup_rules.py; the agent server fires them (agent/wakeups.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from memsvc import paging, validation, wakeup_rules
from memsvc.errors import InvalidArgument
from memsvc.models import DueWakeup, Page, Wakeup, now
from memsvc.storage.sql.wakeups import STATUSES

if TYPE_CHECKING:
    from memsvc.storage.sql import SqlStore

T = TypeVar("T")
CREATORS = ("agent", "client", "document")


class WakeupStore:
    """Mixed into MemoryStore: its wake-up operations (the AgentStore port's)."""

    sql: SqlStore

    async def run_sql(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:  # MemoryStore's
        raise NotImplementedError

    async def schedule_wakeup(self, agent_id: str, due_time: float, reason: str, created_by: str) -> Wakeup:
        if not math.isfinite(due_time) or due_time > now() + wakeup_rules.HORIZON_SECONDS + 3600:
            raise InvalidArgument("due_time is beyond the wake-up horizon", reason="WAKEUP_TOO_FAR", field="due_time")
        if created_by not in CREATORS:
            raise InvalidArgument(f"created_by must be one of {', '.join(CREATORS)}", field="created_by")
        return await self.run_sql(
            self.sql.schedule_wakeup,
            validation.agent_id(agent_id),
            max(due_time, 0.0),
            wakeup_rules.reason(reason),
            created_by,
        )

    async def list_wakeups(
        self, agent_id: str, statuses: tuple[str, ...], page_size: int, page_token: str
    ) -> Page[Wakeup]:
        unknown = set(statuses) - set(STATUSES)
        if unknown:
            raise InvalidArgument(f"unknown wake-up statuses: {', '.join(sorted(unknown))}", field="states")
        size = paging.page_size(page_size, default=50, maximum=1000)
        return await self.run_sql(self.sql.list_wakeups, validation.agent_id(agent_id), statuses, size, page_token)

    async def cancel_wakeup(self, agent_id: str, wakeup_id: str) -> Wakeup:
        wakeup_id = validation.object_id(wakeup_id, "wakeup_id", "wakeup")
        return await self.run_sql(self.sql.cancel_wakeup, validation.agent_id(agent_id), wakeup_id)

    async def due_wakeups(self, due_before: float, limit: int) -> list[DueWakeup]:
        return await self.run_sql(self.sql.due_wakeups, due_before, max(1, min(limit, 1000)))

    async def prune_wakeups(self, done_before: float, limit: int) -> int:
        """Deletes wake-ups fired or cancelled before `done_before` (at most `limit`, 1 to 10,000)."""
        if not math.isfinite(done_before):
            raise InvalidArgument("done_before is not a time", field="done_before")
        return await self.run_sql(self.sql.prune_wakeups, done_before, max(1, min(limit, 10_000)))
