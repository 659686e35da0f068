"""Turns and their stored events: where a paused turn lives between its steps.

A turn record is written in the same transaction as the messages and events of the
change that moved it (started, waiting, resumed, ended: see context.commit_context),
so its status always agrees with what the agent's history shows. Events are read
back by position for re-attached streams and watchers.
"""

from __future__ import annotations

from sqlalchemy import Connection, and_, func, or_, select

from memsvc import paging
from memsvc.errors import NotFound
from memsvc.models import DueConsolidation, DueTurn, EventRecord, Page, TurnRecord, now
from memsvc.storage.schema import agents, turn_events, turns
from memsvc.storage.sql import statements as sql
from memsvc.storage.sql.base import SqlBase
from memsvc.storage.sql.rows import s, turn_from_row, turn_row, us


def turn_not_found(turn_id: str) -> NotFound:
    return NotFound(f"turn {turn_id[:128]!r} does not exist for this agent", reason="TURN_NOT_FOUND")


# Each turn with the sequence of its last stored event.
_TURNS = select(
    turns,
    select(func.coalesce(func.max(turn_events.c.seq), 0))
    .where(turn_events.c.turn_id == turns.c.id)
    .scalar_subquery()
    .label("last_sequence"),
)


class TurnsMixin(SqlBase):
    def _write_turn(self, conn: Connection, agent_id: str, turn: TurnRecord) -> None:
        row = turn_row(turn)
        row["agent_id"] = agent_id
        conn.execute(sql.WRITE_TURN, row)

    def get_turn(self, agent_id: str, turn_id: str) -> TurnRecord:
        with self._read() as conn:
            self.require_agent(conn, agent_id)
            row = conn.execute(_TURNS.where(turns.c.id == turn_id, turns.c.agent_id == agent_id)).first()
        if row is None:
            raise turn_not_found(turn_id)
        return turn_from_row(row)

    def list_turns(self, agent_id: str, page_size: int, page_token: str) -> Page[TurnRecord]:
        cursor = paging.decode_token(page_token, "c", "i")
        query = _TURNS.where(turns.c.agent_id == agent_id)
        if cursor:
            query = query.where(
                or_(turns.c.create_us < cursor["c"], and_(turns.c.create_us == cursor["c"], turns.c.id < cursor["i"]))
            )
        query = query.order_by(turns.c.create_us.desc(), turns.c.id.desc()).limit(page_size + 1)
        with self._read() as conn:
            self.require_agent(conn, agent_id)
            rows = conn.execute(query).all()
        items = [turn_from_row(r) for r in rows[:page_size]]
        n = paging.fitting([paging.text_bytes(t.state_json) for t in items])
        more = len(rows) > n
        token = paging.encode_token({"c": rows[n - 1].create_us, "i": rows[n - 1].id}) if more else ""
        return Page(items[:n], token)

    def list_events(self, agent_id: str, after_agent_sequence: int, limit: int = 500) -> list[EventRecord]:
        """The agent's stored events after a position in its event log, in order."""
        query = (
            select(turn_events)
            .where(turn_events.c.agent_id == agent_id, turn_events.c.agent_seq > after_agent_sequence)
            .order_by(turn_events.c.agent_seq)
            .limit(limit)
        )
        with self._read() as conn:
            self.require_agent(conn, agent_id)
            rows = conn.execute(query).all()
        return [EventRecord(r.turn_id, r.data, r.seq, r.agent_seq) for r in rows]

    def list_turn_events(self, agent_id: str, turn_id: str, after_sequence: int, limit: int = 500) -> list[EventRecord]:
        """One turn's stored events after a position in the turn, in order (turn sequences have no
        gaps, so paging by them never skips an event stored meanwhile)."""
        query = (
            select(turn_events)
            .where(turn_events.c.turn_id == turn_id, turn_events.c.seq > after_sequence)
            .order_by(turn_events.c.seq)
            .limit(limit)
        )
        with self._read() as conn:
            self.require_agent(conn, agent_id)
            rows = conn.execute(query.where(turn_events.c.agent_id == agent_id)).all()
        return [EventRecord(r.turn_id, r.data, r.seq, r.agent_seq) for r in rows]

    def last_event_sequence(self, agent_id: str) -> int:
        with self._read() as conn:
            return int(self.require_agent(conn, agent_id).last_event_seq)

    def due_turns(self, due_before: float, limit: int) -> list[DueTurn]:
        """Turns of every tenant an agent server must see to, soonest first: waiting turns whose
        wait expires by `due_before`, and running turns whose agent's lease lapsed."""
        now_us = us(now())
        waiting = (
            select(agents.c.tenant, turns.c.agent_id, turns.c.id, turns.c.due_us.label("due"))
            .join(agents, agents.c.id == turns.c.agent_id)
            .where(turns.c.status == "waiting", turns.c.due_us <= us(due_before))
            .order_by(turns.c.due_us)
            .limit(limit)
        )
        stalled = (
            select(agents.c.tenant, turns.c.agent_id, turns.c.id, agents.c.lease_until_us.label("due"))
            .join(agents, agents.c.id == turns.c.agent_id)
            .where(turns.c.status == "running", agents.c.lease_until_us < now_us)
            .limit(limit)
        )
        with self._read() as conn:
            rows = [*conn.execute(waiting).all(), *conn.execute(stalled).all()]
        rows.sort(key=lambda r: r.due)
        return [DueTurn(r.tenant, r.agent_id, r.id, s(r.due)) for r in rows[:limit]]

    def due_consolidations(self, due_before: float, limit: int) -> list[DueConsolidation]:
        """Agents of every tenant whose background consolidation is due by `due_before`, soonest first."""
        query = (
            select(agents.c.tenant, agents.c.id, agents.c.consolidation_due_us)
            .where(agents.c.consolidation_due_us > 0, agents.c.consolidation_due_us <= us(due_before))
            .order_by(agents.c.consolidation_due_us)
            .limit(limit)
        )
        with self._read() as conn:
            rows = conn.execute(query).all()
        return [DueConsolidation(r.tenant, r.id, s(r.consolidation_due_us)) for r in rows]
