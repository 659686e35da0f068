"""The main context: the message queue, its state, turn leases, client requests; and the
commit that stores a step's messages with its turn events and turn record."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import (
    Connection,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Row
from sqlalchemy.exc import IntegrityError

from memsvc.errors import Aborted, AlreadyExists, Internal
from memsvc.models import (
    Context,
    ContextState,
    EventRecord,
    Message,
    TurnRecord,
    WakeupFiring,
    now,
)
from memsvc.storage import textsearch
from memsvc.storage.schema import messages, turn_requests
from memsvc.storage.sql import statements as sql
from memsvc.storage.sql.base import COUNT_CAP, LEASE_EXTENSION, MAX_UNSUMMARIZED
from memsvc.storage.sql.rows import (
    agent_from_row,
    block_from_row,
    message_from_row,
    message_row,
    state_from_row,
    turn_from_row,
    us,
)
from memsvc.storage.sql.terms import RECALL, TermsMixin
from memsvc.storage.sql.turns import TurnsMixin
from memsvc.storage.sql.wakeups import WakeupsMixin
from memsvc.tenancy import current_tenant


class ContextMixin(TurnsMixin, TermsMixin, WakeupsMixin):
    # ----- context (the queue and its state) ----------------------------------------

    def load_context(
        self, agent_id: str, lease: tuple[str, float] | None = None, known: tuple[int, int] | None = None
    ) -> Context:
        """The agent's main context; with `lease` (holder, ttl), taken under the turn lease in the
        same transaction (ABORTED, reason AGENT_BUSY, while another holder has it)."""
        with self._write() if lease else self._read() as conn:
            row = self._take_lease(conn, agent_id, *lease) if lease else self.require_agent(conn, agent_id)
            if row is None:
                raise Aborted(f"agent {agent_id} is running a turn on another agent server", reason="AGENT_BUSY")
            agent = agent_from_row(row, [block_from_row(b) for b in conn.execute(sql.BLOCKS, {"id": agent_id})])
            # The queue changes only with the last sequence or the eviction point: if the
            # caller's copy matches both, skip reading it (the heavy part of a long queue).
            unchanged = known is not None and known == (row.last_seq, row.evicted_through)
            queue = []
            if not unchanged:
                queue = conn.execute(sql.QUEUE, {"id": agent_id, "after": row.evicted_through}).all()
            recall_count = row.last_seq
            # Bounded: the prompt shows only the leading digit of the count anyway.
            archival_count = conn.execute(sql.ARCHIVAL_COUNT, {"id": agent_id, "cap": COUNT_CAP}).scalar_one()
            unsummarized = []
            if row.summary_pending:
                unsummarized = conn.execute(
                    select(messages)
                    .where(
                        messages.c.agent_id == agent_id,
                        messages.c.seq > row.summarized_through,
                        messages.c.seq <= row.evicted_through,
                    )
                    .order_by(messages.c.seq)
                    .limit(MAX_UNSUMMARIZED)
                ).all()
            open_turn = None
            if row.open_turn_id:
                found = conn.execute(sql.TURN, {"id": row.open_turn_id, "agent_id": agent_id}).first()
                open_turn = turn_from_row(found) if found is not None else None
        state = state_from_row(row)
        queue_messages = [message_from_row(r) for r in queue]
        pending = [message_from_row(r) for r in unsummarized]
        return Context(agent, state, queue_messages, recall_count, archival_count, pending, unchanged, open_turn)

    def commit_context(
        self,
        agent_id: str,
        new_messages: list[Message],
        evict_through_sequence: int = 0,
        state: ContextState | None = None,
        lease_holder: str = "",
        request: tuple[str, str] | None = None,
        events: list[EventRecord] | None = None,
        turn: TurnRecord | None = None,
        wakeup: WakeupFiring | None = None,
    ) -> list[Message]:
        """Appends messages, evicts, and sets the state: all or nothing (and only under the lease, if named).

        With `request` (request id, turn id), records the client request in the same transaction.
        `events` (all of one turn: `turn`'s, or else the agent's open turn's) are stored after
        the agent's last event; their sequence numbers, within the agent and within the turn,
        are set here. `turn` is written (created or replaced) and becomes the agent's open
        turn unless it has ended. With `wakeup` (a turn's first commit), that wake-up moves from
        pending to fired for `turn`, or the whole commit is refused (WAKEUP_NOT_PENDING).
        """
        n = len(new_messages)
        events = events or []
        params = {
            "id": agent_id,
            "tenant": current_tenant.get(),
            "n": n,
            "n_events": len(events),
            "has_turn": turn is not None,
            "turn_id": turn.id if turn is not None else "",
            "open_turn": (turn.id if turn.status != "ended" else "") if turn is not None else "",
            "holder": lease_holder,
            "until": us(now()) + us(LEASE_EXTENSION),
            "has_state": state is not None,
            "summary": state.summary if state else "",
            "summary_tokens": state.summary_token_count if state else 0,
            "summary_pending": state.summary_pending if state else False,
            "warned": state.warned if state else False,
            "summarized_through": state.summarized_through_sequence if state else 0,
            "consolidated_through": state.consolidated_through_sequence if state else 0,
            "turns_since_consolidation": state.turns_since_consolidation if state else 0,
            "consolidation_due_us": us(state.consolidation_due_time) if state else 0,
            "evicted": max(evict_through_sequence, state.evicted_through_sequence if state else 0),
        }
        with self._write() as conn:
            row = conn.execute(sql.COMMIT, params).first()
            if row is None:
                holder = self.require_agent(conn, agent_id).lease_holder
                raise Aborted(
                    f"agent {agent_id}'s turn lease is held by {holder or 'nobody'}, not {lease_holder}: "
                    "another agent server took over after this one stalled; the turn stops here",
                    reason="LEASE_LOST",
                )
            if wakeup is not None:
                # Before the pipelined inserts: it reads how many rows it changed.
                if turn is None:
                    raise Internal("a wake-up fires with its turn's first commit, which writes the turn")
                self.fire_wakeup(conn, agent_id, wakeup, turn.id)
            try:
                # On PostgreSQL, the inserts in one round trip (SQLAlchemy reads a RETURNING
                # statement's rows at once, so the agent's update above has one of its own).
                with self._pipelined(conn):
                    stored = self._commit_rows(conn, agent_id, row, new_messages, request, events, turn)
                    if evict_through_sequence > 0:
                        conn.execute(sql.EVICT, {"agent_id": agent_id, "through": evict_through_sequence})
            except IntegrityError as exc:
                raise _already_exists(exc, agent_id, request) from exc
            return stored

    def _commit_rows(
        self,
        conn: Connection,
        agent_id: str,
        row: Row[Any],
        new_messages: list[Message],
        request: tuple[str, str] | None,
        events: list[EventRecord],
        turn: TurnRecord | None,
    ) -> list[Message]:
        """commit_context's inserts, after the agent's row handed out the sequence numbers."""
        if request is not None:
            conn.execute(
                insert(turn_requests).values(
                    agent_id=agent_id, request_id=request[0], turn_id=request[1], create_us=us(now())
                )
            )
        stored = self._append(conn, agent_id, row.last_seq - len(new_messages), new_messages)
        if events:
            first_agent_seq = row.last_event_seq - len(events) + 1
            first_seq = row.turn_event_seq - len(events) + 1
            for offset, event in enumerate(events):
                event.agent_sequence, event.sequence = first_agent_seq + offset, first_seq + offset
            rows = [
                {"agent_id": agent_id, "agent_seq": e.agent_sequence, "turn_id": e.turn_id, "seq": e.sequence}
                | {"data": e.data}
                for e in events
            ]
            conn.execute(sql.INSERT_EVENTS, rows)
        if turn is not None:
            self._write_turn(conn, agent_id, turn)
        return stored

    def acquire_lease(self, agent_id: str, holder: str, ttl_seconds: float) -> bool:
        """Takes (or extends) the turn lease if it is free, lapsed, or already this holder's."""
        with self._write() as conn:
            return self._take_lease(conn, agent_id, holder, ttl_seconds) is not None

    def _take_lease(self, conn: Connection, agent_id: str, holder: str, ttl_seconds: float) -> Row[Any] | None:
        """Takes the lease in one statement; returns the agent's row, or None if another server has it.

        A holder is "server/turn": a server takes over its own earlier turns' leases at once
        (after a restart, or before an earlier turn's release lands); others wait for expiry.
        """
        now_us = us(now())
        params = {
            "id": agent_id,
            "tenant": current_tenant.get(),
            "holder": holder,
            "until": now_us + us(ttl_seconds),
            "server_prefix": sql.like_prefix(holder.rsplit("/", 1)[0] + "/"),
            "now": now_us,
        }
        row = conn.execute(sql.TAKE_LEASE if self.is_sqlite else sql.TAKE_LEASE_PG, params).first()
        if row is None:
            self.require_agent(conn, agent_id)  # NOT_FOUND if it is not there at all
        return row

    def get_turn_request(self, agent_id: str, request_id: str) -> tuple[str, str] | None:
        """(turn id, events JSON or "") of a client request, or None if never seen."""
        with self._read() as conn:
            self.require_agent(conn, agent_id)
            row = conn.execute(
                select(turn_requests.c.turn_id, turn_requests.c.events_json).where(
                    turn_requests.c.agent_id == agent_id, turn_requests.c.request_id == request_id
                )
            ).first()
        return (row.turn_id, row.events_json) if row else None

    def finish_turn_request(self, agent_id: str, request_id: str, events_json: str, turn_id: str = "") -> None:
        """Records a request's events (for replay), and with `turn_id` the turn that now answers it."""
        values = {"events_json": events_json, **({"turn_id": turn_id} if turn_id else {})}
        with self._write() as conn:
            self.require_agent(conn, agent_id)
            conn.execute(
                update(turn_requests)
                .where(turn_requests.c.agent_id == agent_id, turn_requests.c.request_id == request_id)
                .values(**values)
            )

    def release_lease(self, agent_id: str, holder: str) -> None:
        params = {"id": agent_id, "holder": holder}
        if self.is_sqlite:
            with self._write() as conn:
                conn.execute(sql.RELEASE_LEASE, params)
            return
        # One statement in its own transaction: one round trip (no BEGIN, no COMMIT).
        with self._one_statement() as conn:
            conn.execute(sql.RELEASE_LEASE_PG, params)

    def _append(self, conn: Connection, agent_id: str, last_seq: int, new: list[Message]) -> list[Message]:
        if not new:
            return []
        ts = now()
        stored: list[Message] = []
        for offset, m in enumerate(new, start=1):
            m.agent_id, m.sequence, m.create_time = agent_id, last_seq + offset, m.create_time or ts
            stored.append(m)
        rows = [message_row(m) for m in stored]
        try:
            conn.execute(sql.INSERT_MESSAGES, rows)
        except IntegrityError as exc:
            if _table(exc) != "messages":  # an earlier statement's, reported late (pipeline)
                raise
            raise AlreadyExists(
                "a message with one of these ids already exists", reason="MESSAGE_ALREADY_EXISTS"
            ) from exc
        said = [(m.id, textsearch.searchable(m)) for m in stored if textsearch.embeddable(m)]
        self._index_docs(conn, agent_id, RECALL, said)
        return stored


def _table(exc: IntegrityError) -> str:
    """The table of a violated constraint: PostgreSQL names it, SQLite's message does
    ("UNIQUE constraint failed: messages.id")."""
    named = getattr(getattr(exc.orig, "diag", None), "table_name", None)
    if named:
        return named
    found = re.search(r"constraint failed: (\w+)\.", str(exc.orig))
    return found.group(1) if found else ""


def _already_exists(exc: IntegrityError, agent_id: str, request: tuple[str, str] | None) -> Exception:
    """A commit's constraint violation: the client request seen before, or a message id taken.
    By the table named (in a pipeline, PostgreSQL may report a violation at a later statement)."""
    table = _table(exc)
    if request is not None and table == "turn_requests":
        return AlreadyExists(
            f"request {request[0]!r} was already received for agent {agent_id}", reason="REQUEST_ALREADY_SEEN"
        )
    if table == "messages":
        return AlreadyExists("a message with one of these ids already exists", reason="MESSAGE_ALREADY_EXISTS")
    return exc
