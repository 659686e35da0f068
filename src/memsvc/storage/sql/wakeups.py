"""Scheduled wake-ups: stored pending, fired once, or cancelled.

A wake-up moves from pending to fired in the transaction that stores its turn's input
(context.commit_context calls fire_wakeup), with a conditional update: of two agent
servers that both try, one stores the turn and the other's commit is refused and rolled
back. Cancelling is the same conditional update, so a wake-up is either cancelled or
fired, never both. The scheduler's query reads only due rows (a partial index on
due_us over pending rows), however many are pending. Fired and cancelled rows are kept
for the retention period, then deleted in batches (prune_wakeups, an index on done_us).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update
from sqlalchemy.engine import Row

from memsvc import paging, wakeup_rules
from memsvc.errors import Aborted, FailedPrecondition, NotFound
from memsvc.models import DueWakeup, Page, Wakeup, WakeupFiring, now
from memsvc.storage.schema import agents, wakeups
from memsvc.storage.sql.base import SqlBase
from memsvc.storage.sql.rows import s, us

STATUSES = ("pending", "fired", "cancelled")


def wakeup_not_found(wakeup_id: str) -> NotFound:
    return NotFound(f"wake-up {wakeup_id[:128]!r} does not exist for this agent", reason="WAKEUP_NOT_FOUND")


def _from_row(r: Row[Any]) -> Wakeup:
    return Wakeup(
        id=r.id,
        agent_id=r.agent_id,
        due_time=s(r.due_us),
        reason=r.reason,
        status=r.status,
        created_by=r.created_by,
        create_time=s(r.create_us),
        fire_time=s(r.done_us) if r.done_us else 0.0,
        turn_id=r.turn_id,
        late=bool(r.late),
    )


class WakeupsMixin(SqlBase):
    def schedule_wakeup(
        self, agent_id: str, due_time: float, reason: str, created_by: str, wakeup_id: str = ""
    ) -> Wakeup:
        """Stores a pending wake-up; RESOURCE_EXHAUSTED (TOO_MANY_WAKEUPS) at the agent's cap."""
        with self._write() as conn:
            self.require_agent(conn, agent_id, lock=True)  # counts and inserts of one agent in turn
            wakeup_id = self.add_wakeup(conn, agent_id, due_time, reason, created_by, wakeup_id)
            stored = conn.execute(select(wakeups).where(wakeups.c.id == wakeup_id)).one()
        return _from_row(stored)

    def add_wakeup(
        self, conn: Connection, agent_id: str, due_time: float, reason: str, created_by: str, wakeup_id: str = ""
    ) -> str:
        """Within the caller's transaction, which holds the agent's row (require_agent with lock):
        stores a pending wake-up and returns its id. A document's is never refused; others are at
        the agent's cap (RESOURCE_EXHAUSTED, TOO_MANY_WAKEUPS)."""
        if created_by != "document":
            capped = (
                select(wakeups.c.id)
                .where(wakeups.c.agent_id == agent_id, wakeups.c.status == "pending")
                .limit(wakeup_rules.MAX_PENDING)
                .subquery()
            )
            pending = conn.execute(select(func.count()).select_from(capped)).scalar_one()
            if pending >= wakeup_rules.MAX_PENDING:
                raise wakeup_rules.too_many(agent_id, pending)
        row = {
            "id": wakeup_id or str(uuid.uuid4()),
            "agent_id": agent_id,
            "status": "pending",
            "due_us": us(due_time),
            "reason": reason,
            "created_by": created_by,
            "create_us": us(now()),
        }
        conn.execute(insert(wakeups).values(**row))
        return row["id"]

    def list_wakeups(self, agent_id: str, statuses: tuple[str, ...], page_size: int, page_token: str) -> Page[Wakeup]:
        """The agent's wake-ups with these statuses (all if none), soonest due first."""
        # The cursor: the last due time ("c", microseconds) and id, for this agent and these statuses.
        where = paging.scope("wakeups", agent_id, sorted(statuses))
        cursor = paging.decode_token(page_token, "c", "i", scope=where)
        query = select(wakeups).where(wakeups.c.agent_id == agent_id)
        if statuses:
            query = query.where(wakeups.c.status.in_(statuses))
        if cursor:
            query = query.where(
                or_(wakeups.c.due_us > cursor["c"], and_(wakeups.c.due_us == cursor["c"], wakeups.c.id > cursor["i"]))
            )
        query = query.order_by(wakeups.c.due_us, wakeups.c.id).limit(page_size + 1)
        with self._read() as conn:
            self.require_agent(conn, agent_id)
            rows = conn.execute(query).all()
        items = [_from_row(r) for r in rows[:page_size]]
        more = len(rows) > page_size
        last = rows[page_size - 1] if more else None
        token = paging.encode_token({"c": last.due_us, "i": last.id}, where) if last is not None else ""
        return Page(items, token)

    def cancel_wakeup(self, agent_id: str, wakeup_id: str) -> Wakeup:
        """Cancels a pending wake-up (a cancelled one is returned as it is); FAILED_PRECONDITION
        (WAKEUP_ALREADY_FIRED) if it fired."""
        with self._write() as conn:
            self.require_agent(conn, agent_id)
            conn.execute(
                update(wakeups)
                .where(wakeups.c.id == wakeup_id, wakeups.c.agent_id == agent_id, wakeups.c.status == "pending")
                .values(status="cancelled", done_us=us(now()))
            )
            row = conn.execute(select(wakeups).where(wakeups.c.id == wakeup_id, wakeups.c.agent_id == agent_id)).first()
        if row is None:
            raise wakeup_not_found(wakeup_id)
        if row.status == "fired":
            raise FailedPrecondition(
                f"wake-up {wakeup_id} fired already (turn {row.turn_id}); it cannot be cancelled",
                reason="WAKEUP_ALREADY_FIRED",
                metadata={"turn_id": row.turn_id},
            )
        return _from_row(row)

    def due_wakeups(self, due_before: float, limit: int) -> list[DueWakeup]:
        """Pending wake-ups of every tenant due by `due_before`, soonest first, of agents with no
        open turn (one that runs or waits: the wake-up waits for it to end)."""
        query = (
            select(
                agents.c.tenant,
                wakeups.c.agent_id,
                wakeups.c.id,
                wakeups.c.due_us,
                wakeups.c.reason,
                wakeups.c.create_us,
                wakeups.c.created_by,
            )
            .join(agents, agents.c.id == wakeups.c.agent_id)
            .where(wakeups.c.status == "pending", wakeups.c.due_us <= us(due_before), agents.c.open_turn_id == "")
            .order_by(wakeups.c.due_us)
            .limit(limit)
        )
        with self._read() as conn:
            rows = conn.execute(query).all()
        return [
            DueWakeup(r.tenant, r.agent_id, r.id, s(r.due_us), r.reason, s(r.create_us), r.created_by) for r in rows
        ]

    def fire_wakeup(self, conn: Connection, agent_id: str, firing: WakeupFiring, turn_id: str) -> None:
        """Within a commit: pending -> fired, for this turn; ABORTED (WAKEUP_NOT_PENDING) if it is
        not pending any more (fired by another server, or cancelled), which rolls the commit back."""
        done = conn.execute(
            update(wakeups)
            .where(wakeups.c.id == firing.wakeup_id, wakeups.c.agent_id == agent_id, wakeups.c.status == "pending")
            .values(status="fired", done_us=us(now()), turn_id=turn_id, late=firing.late)
        )
        if done.rowcount != 1:
            raise Aborted(
                f"wake-up {firing.wakeup_id} is not pending any more (fired or cancelled)", reason="WAKEUP_NOT_PENDING"
            )

    def prune_wakeups(self, done_before: float, limit: int) -> int:
        """Deletes at most `limit` wake-ups of every tenant that fired or were cancelled before
        `done_before` (the retention: agent/wakeups.py); returns how many. Pending ones (done_us
        0) are never touched; the index on done_us reads only the expired rows."""
        expired = (
            select(wakeups.c.id)
            .where(wakeups.c.done_us > 0, wakeups.c.done_us < us(done_before))
            .order_by(wakeups.c.done_us)
            .limit(limit)
        )
        with self._write() as conn:
            ids = list(conn.execute(expired).scalars())
            if ids:
                conn.execute(delete(wakeups).where(wakeups.c.id.in_(ids), wakeups.c.status != "pending"))
        return len(ids)
