"""SqlStore: agents, blocks, messages (recall) and passage records in SQLite or PostgreSQL.

Synchronous SQLAlchemy Core; the async memory store runs it in worker threads. Every
method is one transaction. Writes that read first (block edits, sequence numbers)
are serialized: by a process lock on SQLite (one writer at a time anyway), by row
locks (SELECT ... FOR UPDATE) on PostgreSQL.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import asdict
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Text,
    and_,
    cast,
    column,
    create_engine,
    delete,
    event,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    table,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Row
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import NullPool

from memsvc import paging
from memsvc.errors import Aborted, AlreadyExists, FailedPrecondition, InvalidArgument, NotFound, agent_not_found
from memsvc.models import (
    Agent,
    Block,
    BlockEdit,
    Context,
    ContextConfig,
    ContextState,
    EmbeddingConfig,
    LlmConfig,
    Message,
    Page,
    Passage,
    RecallHit,
    RecallQuery,
    Role,
    ToolCall,
    now,
)
from memsvc.storage import textsearch
from memsvc.storage.schema import agents, blocks, messages, passages, turn_requests
from memsvc.tenancy import current_tenant

AGENT_FIELDS = frozenset({"name", "system", "llm_config", "embedding_config", "context_config", "max_steps"})
BLOCK_FIELDS = frozenset({"value", "limit", "description", "read_only"})
MAX_UNSUMMARIZED = 2000
# Each commit under a lease extends it to at least this far ahead.
LEASE_EXTENSION = 60.0


def _us(seconds: float) -> int:
    return int(seconds * 1_000_000)


def _s(micros: int) -> float:
    return micros / 1_000_000


def create_sql_engine(url: str) -> Engine:
    """An engine tuned for the store: WAL SQLite, or pooled PostgreSQL via psycopg 3."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            # WAL + NORMAL: a committed write survives a process crash (kill -9).
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgres://")
    if "pool=none" in url:  # for one-shot tools (migrations)
        return create_engine(url.replace("?pool=none", ""), poolclass=NullPool)
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True, pool_recycle=1800)


class SqlStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._write_lock = threading.Lock() if self.is_sqlite else None

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._write_lock or nullcontext(), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    # ----- agents -----------------------------------------------------------------

    def create_agent(self, agent: Agent, request_id: str = "") -> Agent:
        tenant = current_tenant.get()
        ts = _us(agent.create_time or now())
        try:
            with self._write() as conn:
                if request_id:
                    found = conn.execute(
                        select(agents.c.id).where(agents.c.tenant == tenant, agents.c.request_id == request_id)
                    ).scalar()
                    if found:
                        return self._agent(conn, found)
                conn.execute(
                    insert(agents).values(
                        id=agent.id,
                        tenant=tenant,
                        name=agent.name,
                        system=agent.system,
                        llm_config=json.dumps(asdict(agent.llm_config)),
                        embedding_config=json.dumps(asdict(agent.embedding_config)),
                        context_config=json.dumps(asdict(agent.context_config)),
                        max_steps=agent.max_steps,
                        request_id=request_id or None,
                        create_us=ts,
                        update_us=ts,
                    )
                )
                if agent.blocks:
                    conn.execute(
                        insert(blocks),
                        [
                            {
                                "agent_id": agent.id,
                                "label": b.label,
                                "value": b.value,
                                "limit_chars": b.limit,
                                "description": b.description,
                                "read_only": b.read_only,
                                "update_us": ts,
                            }
                            for b in agent.blocks
                        ],
                    )
                return self._agent(conn, agent.id)
        except IntegrityError as exc:
            raise AlreadyExists(f"agent {agent.id} already exists", reason="AGENT_ALREADY_EXISTS") from exc

    def get_agent(self, agent_id: str) -> Agent:
        with self._read() as conn:
            return self._agent(conn, agent_id)

    def list_agents(self, page_size: int, page_token: str) -> Page[Agent]:
        cursor = paging.decode_token(page_token, "c", "i")
        query = select(agents).where(agents.c.tenant == current_tenant.get())
        if cursor:
            query = query.where(
                or_(
                    agents.c.create_us < cursor["c"], and_(agents.c.create_us == cursor["c"], agents.c.id < cursor["i"])
                )
            )
        query = query.order_by(agents.c.create_us.desc(), agents.c.id.desc()).limit(page_size + 1)
        with self._read() as conn:
            rows = conn.execute(query).all()
            more = len(rows) > page_size
            rows = rows[:page_size]
            block_rows = self._blocks(conn, [r.id for r in rows])
        items = [_agent_from_row(r, block_rows.get(r.id, [])) for r in rows]
        token = paging.encode_token({"c": rows[-1].create_us, "i": rows[-1].id}) if more else ""
        return Page(items, token)

    def update_agent(self, agent: Agent, fields: frozenset[str]) -> Agent:
        values: dict[str, Any] = {"update_us": _us(now())}
        for name in fields:
            value = getattr(agent, name)
            values[name] = json.dumps(asdict(value)) if name.endswith("_config") else value
        with self._write() as conn:
            self.require_agent(conn, agent.id, lock=True)
            conn.execute(update(agents).where(agents.c.id == agent.id).values(**values))
            return self._agent(conn, agent.id)

    def delete_agent(self, agent_id: str) -> None:
        with self._write() as conn:
            self.require_agent(conn, agent_id, lock=True)
            if self.is_sqlite:
                conn.execute(text("DELETE FROM messages_fts WHERE agent_id = :a"), {"a": agent_id})
            for table in (messages, blocks, passages, turn_requests):
                conn.execute(delete(table).where(table.c.agent_id == agent_id))
            conn.execute(delete(agents).where(agents.c.id == agent_id))

    def require_agent(self, conn: Connection, agent_id: str, *, lock: bool = False) -> Row[Any]:
        """The agent's row, if it exists for the current tenant: the one place tenants are kept apart."""
        query = select(agents).where(agents.c.id == agent_id, agents.c.tenant == current_tenant.get())
        row = conn.execute(query.with_for_update() if lock else query).first()
        if row is None:
            raise agent_not_found(agent_id)
        return row

    def _agent(self, conn: Connection, agent_id: str) -> Agent:
        row = self.require_agent(conn, agent_id)
        return _agent_from_row(row, self._blocks(conn, [agent_id]).get(agent_id, []))

    def _blocks(self, conn: Connection, agent_ids: list[str]) -> dict[str, list[Block]]:
        out: dict[str, list[Block]] = {}
        if not agent_ids:
            return out
        rows = conn.execute(select(blocks).where(blocks.c.agent_id.in_(agent_ids)).order_by(blocks.c.label))
        for r in rows:
            out.setdefault(r.agent_id, []).append(_block_from_row(r))
        return out

    # ----- context (the queue and its state) ----------------------------------------

    def load_context(self, agent_id: str) -> Context:
        with self._read() as conn:
            row = self.require_agent(conn, agent_id)
            agent = _agent_from_row(row, self._blocks(conn, [agent_id]).get(agent_id, []))
            queue = conn.execute(
                select(messages)
                .where(messages.c.agent_id == agent_id, messages.c.seq > row.evicted_through, messages.c.in_context)
                .order_by(messages.c.seq)
            ).all()
            recall_count = row.last_seq
            archival_count = conn.execute(
                select(func.count()).select_from(passages).where(passages.c.agent_id == agent_id)
            ).scalar_one()
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
        state = ContextState(
            summary=row.summary,
            summary_token_count=row.summary_tokens,
            summary_pending=row.summary_pending,
            warned=row.warned,
            evicted_through_sequence=row.evicted_through,
            summarized_through_sequence=row.summarized_through,
        )
        queue_messages = [_message_from_row(r) for r in queue]
        pending = [_message_from_row(r) for r in unsummarized]
        return Context(agent, state, queue_messages, recall_count, archival_count, pending)

    def commit_context(
        self,
        agent_id: str,
        new_messages: list[Message],
        evict_through_sequence: int = 0,
        state: ContextState | None = None,
        lease_holder: str = "",
        request: tuple[str, str] | None = None,
    ) -> list[Message]:
        """Appends messages, evicts, and sets the state: all or nothing (and only under the lease, if named).

        With `request` (request id, turn id), records the client request in the same transaction.
        """
        with self._write() as conn:
            row = self.require_agent(conn, agent_id, lock=True)
            values: dict[str, Any] = {}
            if lease_holder:
                if row.lease_holder != lease_holder:
                    raise Aborted(
                        f"agent {agent_id}'s turn lease is held by {row.lease_holder or 'nobody'}, not {lease_holder}: "
                        "another agent server took over after this one stalled; the turn stops here",
                        reason="LEASE_LOST",
                    )
                values["lease_until_us"] = max(row.lease_until_us, _us(now()) + _us(LEASE_EXTENSION))
            if request is not None:
                try:
                    conn.execute(
                        insert(turn_requests).values(
                            agent_id=agent_id, request_id=request[0], turn_id=request[1], create_us=_us(now())
                        )
                    )
                except IntegrityError as exc:
                    raise AlreadyExists(
                        f"request {request[0]!r} was already received for agent {agent_id}",
                        reason="REQUEST_ALREADY_SEEN",
                    ) from exc
            stored = self._append(conn, agent_id, row.last_seq, new_messages)
            if stored:
                values["last_seq"] = stored[-1].sequence
            if evict_through_sequence > 0:
                conn.execute(
                    update(messages)
                    .where(
                        messages.c.agent_id == agent_id, messages.c.seq <= evict_through_sequence, messages.c.in_context
                    )
                    .values(in_context=False)
                )
            if state is not None:
                values.update(
                    summary=state.summary,
                    summary_tokens=state.summary_token_count,
                    summary_pending=state.summary_pending,
                    warned=state.warned,
                    evicted_through=max(state.evicted_through_sequence, evict_through_sequence),
                    summarized_through=state.summarized_through_sequence,
                )
            elif evict_through_sequence > 0:
                values["evicted_through"] = evict_through_sequence
            if values:
                conn.execute(update(agents).where(agents.c.id == agent_id).values(**values))
            return stored

    def acquire_lease(self, agent_id: str, holder: str, ttl_seconds: float) -> bool:
        """Takes the turn lease if it is free, lapsed, or already this holder's."""
        now_us = _us(now())
        with self._write() as conn:
            self.require_agent(conn, agent_id, lock=True)
            taken = conn.execute(
                update(agents)
                .where(
                    agents.c.id == agent_id,
                    or_(agents.c.lease_holder == "", agents.c.lease_holder == holder, agents.c.lease_until_us < now_us),
                )
                .values(lease_holder=holder, lease_until_us=now_us + _us(ttl_seconds))
            )
            return taken.rowcount == 1

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

    def finish_turn_request(self, agent_id: str, request_id: str, events_json: str) -> None:
        with self._write() as conn:
            self.require_agent(conn, agent_id)
            conn.execute(
                update(turn_requests)
                .where(turn_requests.c.agent_id == agent_id, turn_requests.c.request_id == request_id)
                .values(events_json=events_json)
            )

    def release_lease(self, agent_id: str, holder: str) -> None:
        with self._write() as conn:
            conn.execute(
                update(agents)
                .where(agents.c.id == agent_id, agents.c.lease_holder == holder)
                .values(lease_holder="", lease_until_us=0)
            )

    def _append(self, conn: Connection, agent_id: str, last_seq: int, new: list[Message]) -> list[Message]:
        if not new:
            return []
        ts = now()
        stored: list[Message] = []
        for offset, m in enumerate(new, start=1):
            m.agent_id, m.sequence, m.create_time = agent_id, last_seq + offset, m.create_time or ts
            stored.append(m)
        rows = [_message_row(m) for m in stored]
        try:
            conn.execute(insert(messages), rows)
        except IntegrityError as exc:
            raise AlreadyExists(
                "a message with one of these ids already exists", reason="MESSAGE_ALREADY_EXISTS"
            ) from exc
        if self.is_sqlite and any(r["search_text"] for r in rows):
            conn.execute(
                text("INSERT INTO messages_fts (search_text, agent_id, message_id) VALUES (:t, :a, :i)"),
                [{"t": r["search_text"], "a": agent_id, "i": r["id"]} for r in rows if r["search_text"]],
            )
        return stored

    # ----- blocks -------------------------------------------------------------------

    def list_blocks(self, agent_id: str) -> list[Block]:
        with self._read() as conn:
            self.require_agent(conn, agent_id)
            return self._blocks(conn, [agent_id]).get(agent_id, [])

    def get_block(self, agent_id: str, label: str) -> Block:
        with self._read() as conn:
            return self._block(conn, agent_id, label)

    def _block(self, conn: Connection, agent_id: str, label: str, *, lock: bool = False) -> Block:
        self.require_agent(conn, agent_id)
        query = select(blocks).where(blocks.c.agent_id == agent_id, blocks.c.label == label)
        row = conn.execute(query.with_for_update() if lock else query).first()
        if row is None:
            raise NotFound(
                f"agent {agent_id} has no memory block {label!r}",
                reason="BLOCK_NOT_FOUND",
                metadata={"agent_id": agent_id, "label": label},
            )
        return _block_from_row(row)

    def update_block(self, agent_id: str, block: Block, fields: frozenset[str]) -> Block:
        with self._write() as conn:
            current = self._block(conn, agent_id, block.label, lock=True)
            for name in fields:
                setattr(current, name, getattr(block, name))
            check_block_limit(current)
            return self._save_block(conn, agent_id, current)

    def edit_block(self, agent_id: str, label: str, edit: BlockEdit, *, respect_read_only: bool = False) -> Block:
        with self._write() as conn:
            block = self._block(conn, agent_id, label, lock=True)
            if respect_read_only and block.read_only:
                raise FailedPrecondition(
                    f"memory block {label!r} is read-only; it cannot be edited by the agent",
                    reason="BLOCK_READ_ONLY",
                )
            block.value = apply_edit(block, edit)
            check_block_limit(block)
            return self._save_block(conn, agent_id, block)

    def _save_block(self, conn: Connection, agent_id: str, block: Block) -> Block:
        block.update_time = now()
        conn.execute(
            update(blocks)
            .where(blocks.c.agent_id == agent_id, blocks.c.label == block.label)
            .values(
                value=block.value,
                limit_chars=block.limit,
                description=block.description,
                read_only=block.read_only,
                update_us=_us(block.update_time),
            )
        )
        return block

    # ----- recall -------------------------------------------------------------------

    def append_recall(self, agent_id: str, new: list[Message]) -> list[Message]:
        """Appends messages to recall storage (not to the queue)."""
        for m in new:
            m.in_context = False
        return self.commit_context(agent_id, new)

    def list_recall(
        self, agent_id: str, page_size: int, page_token: str, *, in_context_only: bool = False
    ) -> Page[Message]:
        cursor = paging.decode_token(page_token, "s")
        after = int(cursor["s"]) if cursor else 0
        with self._read() as conn:
            row = self.require_agent(conn, agent_id)
            query = select(messages).where(messages.c.agent_id == agent_id, messages.c.seq > after)
            if in_context_only:
                query = query.where(messages.c.in_context, messages.c.seq > row.evicted_through)
            rows = conn.execute(query.order_by(messages.c.seq).limit(page_size + 1)).all()
        more = len(rows) > page_size
        items = [_message_from_row(r) for r in rows[:page_size]]
        return Page(items, paging.encode_token({"s": items[-1].sequence}) if more else "")

    def search_recall(self, agent_id: str, query: RecallQuery) -> Page[RecallHit]:
        """Ranked full-text search (bm25 / ts_rank_cd) with role and date filters.

        Without words to search for, every message in the range matches, newest first.
        """
        cursor = paging.decode_token(query.page_token, "o")
        offset = int(cursor["o"]) if cursor else 0
        roles = [r.value for r in (query.roles or (Role.USER, Role.ASSISTANT))]
        cond = [messages.c.agent_id == agent_id, messages.c.role.in_(roles)]
        if query.start_time is not None:
            cond.append(messages.c.create_us >= _us(query.start_time))
        if query.end_time is not None:
            cond.append(messages.c.create_us < _us(query.end_time))
        terms = textsearch.query_terms(query.query)
        score: Any = literal(1.0)
        source: Any = messages
        if terms and self.is_sqlite:
            fts = table("messages_fts", column("message_id"), column("agent_id"))
            source = messages.join(fts, fts.c.message_id == messages.c.id)
            cond += [
                text("messages_fts MATCH :match").bindparams(match=textsearch.fts5_query(terms)),
                fts.c.agent_id == agent_id,
            ]
            score = -func.bm25(literal_column("messages_fts"))
        elif terms:
            # Exact words and prefixes ('simple'), or English stems ('english'): "trips" finds "trip".
            exact = func.to_tsquery(literal_column("'simple'::regconfig"), cast(textsearch.tsquery(terms), Text))
            stems = func.to_tsquery(
                literal_column("'english'::regconfig"), cast(textsearch.tsquery(terms, prefix=False), Text)
            )
            tsq = exact.op("||")(stems)
            cond.append(literal_column("messages.search_tsv").op("@@")(tsq))
            # Normalization 1: divide by 1 + log(length), so shorter matches rank higher, as with bm25.
            score = func.ts_rank_cd(literal_column("messages.search_tsv"), tsq, 1)
        order = [score.desc(), messages.c.seq.desc()] if terms else [messages.c.seq.desc()]
        with self._read() as conn:
            self.require_agent(conn, agent_id)
            total = conn.execute(select(func.count()).select_from(source).where(*cond)).scalar_one()
            rows = conn.execute(
                select(messages, score.label("score"))
                .select_from(source)
                .where(*cond)
                .order_by(*order)
                .offset(offset)
                .limit(query.page_size)
            ).all()
        hits = [RecallHit(_message_from_row(r), float(r.score)) for r in rows]
        more = offset + len(rows) < total
        return Page(hits, paging.encode_token({"o": offset + len(rows)}) if more else "", total)

    # ----- passage records (vectors live in Qdrant) ----------------------------------

    def find_passages(self, agent_id: str, hashes: list[str]) -> dict[str, Passage]:
        """The agent's passages with these content hashes, by hash."""
        found: dict[str, Passage] = {}
        with self._read() as conn:
            self.require_agent(conn, agent_id)
            for start in range(0, len(hashes), 500):
                rows = conn.execute(
                    select(passages).where(
                        passages.c.agent_id == agent_id, passages.c.content_hash.in_(hashes[start : start + 500])
                    )
                )
                found.update({r.content_hash: _passage_from_row(r) for r in rows})
        return found

    def insert_passages(self, agent_id: str, new: list[tuple[Passage, str]]) -> list[tuple[Passage, bool]]:
        """Stores passage records in one transaction; content the agent already has is not stored again."""
        if not new:
            return []
        values = [
            {
                "id": p.id,
                "agent_id": agent_id,
                "content": p.content,
                "tags": json.dumps(list(p.tags)),
                "content_hash": h,
                "create_us": _us(p.create_time),
            }
            for p, h in new
        ]
        dialect_insert = sqlite_insert if self.is_sqlite else postgresql_insert
        with self._write() as conn:
            self.require_agent(conn, agent_id)
            inserted = conn.execute(
                dialect_insert(passages).values(values).on_conflict_do_nothing().returning(passages.c.id)
            )
            created = {row.id for row in inserted}
        missing = [h for p, h in new if p.id not in created]
        existing = self.find_passages(agent_id, missing) if missing else {}
        return [(p, True) if p.id in created else (existing.get(h, p), False) for p, h in new]

    def get_passages(self, agent_id: str, ids: Iterable[str]) -> dict[str, Passage]:
        with self._read() as conn:
            self.require_agent(conn, agent_id)
            rows = conn.execute(select(passages).where(passages.c.agent_id == agent_id, passages.c.id.in_(list(ids))))
            return {r.id: _passage_from_row(r) for r in rows}

    def all_passages(self) -> list[tuple[str, str, str]]:
        """(passage id, agent id, embedding config JSON) of every passage of every tenant (for reconciling)."""
        with self._read() as conn:
            rows = conn.execute(
                select(passages.c.id, passages.c.agent_id, agents.c.embedding_config).join(
                    agents, agents.c.id == passages.c.agent_id
                )
            )
            return [(r.id, r.agent_id, r.embedding_config) for r in rows]

    def passages_by_id(self, ids: list[str]) -> list[Passage]:
        with self._read() as conn:
            return [_passage_from_row(r) for r in conn.execute(select(passages).where(passages.c.id.in_(ids)))]

    def list_passages(self, agent_id: str, page_size: int, page_token: str) -> Page[Passage]:
        cursor = paging.decode_token(page_token, "c", "i")
        with self._read() as conn:
            self.require_agent(conn, agent_id)
            query = select(passages).where(passages.c.agent_id == agent_id)
            if cursor:
                query = query.where(
                    or_(
                        passages.c.create_us > cursor["c"],
                        and_(passages.c.create_us == cursor["c"], passages.c.id > cursor["i"]),
                    )
                )
            rows = conn.execute(query.order_by(passages.c.create_us, passages.c.id).limit(page_size + 1)).all()
        more = len(rows) > page_size
        rows = rows[:page_size]
        token = paging.encode_token({"c": rows[-1].create_us, "i": rows[-1].id}) if more else ""
        return Page([_passage_from_row(r) for r in rows], token)

    def delete_passage(self, agent_id: str, passage_id: str) -> None:
        with self._write() as conn:
            self.require_agent(conn, agent_id)
            gone = conn.execute(delete(passages).where(passages.c.agent_id == agent_id, passages.c.id == passage_id))
            if gone.rowcount == 0:
                raise NotFound(
                    f"agent {agent_id} has no archival passage {passage_id!r}",
                    reason="PASSAGE_NOT_FOUND",
                    metadata={"agent_id": agent_id, "passage_id": passage_id},
                )


# ----- pure helpers ----------------------------------------------------------------


def apply_edit(block: Block, edit: BlockEdit) -> str:
    if edit.old is None:
        return f"{block.value}\n{edit.new}" if block.value else edit.new
    if not edit.old:
        raise InvalidArgument("old_content must not be empty", field="old_content")
    if edit.old not in block.value:
        raise InvalidArgument(
            f"old_content was not found in memory block {block.label!r}; "
            "copy the exact text to replace from the block as shown in your context",
            reason="TEXT_NOT_FOUND",
            field="old_content",
        )
    return block.value.replace(edit.old, edit.new)


def check_block_limit(block: Block) -> None:
    if block.limit <= 0:
        raise InvalidArgument(f"limit of memory block {block.label!r} must be positive", field="limit")
    if len(block.value) > block.limit:
        raise InvalidArgument(
            f"memory block {block.label!r} would hold {len(block.value):,} characters, over its limit of "
            f"{block.limit:,}; shorten the text (or summarize the block) and try again",
            reason="BLOCK_LIMIT_EXCEEDED",
            field="value",
            metadata={"label": block.label, "limit": str(block.limit), "length": str(len(block.value))},
        )


def _agent_from_row(row: Row[Any], agent_blocks: list[Block]) -> Agent:
    return Agent(
        id=row.id,
        name=row.name,
        system=row.system,
        llm_config=LlmConfig(**json.loads(row.llm_config)),
        embedding_config=EmbeddingConfig(**json.loads(row.embedding_config)),
        context_config=ContextConfig(**json.loads(row.context_config)),
        max_steps=row.max_steps,
        blocks=agent_blocks,
        create_time=_s(row.create_us),
        update_time=_s(row.update_us),
    )


def _block_from_row(row: Row[Any]) -> Block:
    return Block(
        label=row.label,
        value=row.value,
        limit=row.limit_chars,
        description=row.description,
        read_only=row.read_only,
        update_time=_s(row.update_us),
    )


def _message_row(m: Message) -> dict[str, Any]:
    return {
        "id": m.id,
        "agent_id": m.agent_id,
        "seq": m.sequence,
        "role": m.role.value,
        "content": m.content,
        "inner_thoughts": m.inner_thoughts,
        "tool_calls": json.dumps([[c.id, c.name, c.arguments] for c in m.tool_calls]) if m.tool_calls else "",
        "tool_call_id": m.tool_call_id,
        "name": m.name,
        "token_count": m.token_count,
        "turn_id": m.turn_id,
        "in_context": m.in_context,
        "create_us": _us(m.create_time),
        "search_text": textsearch.index_text(textsearch.searchable(m)),
    }


def _message_from_row(row: Row[Any]) -> Message:
    return Message(
        id=row.id,
        role=Role(row.role),
        content=row.content,
        inner_thoughts=row.inner_thoughts,
        tool_calls=tuple(ToolCall(*c) for c in json.loads(row.tool_calls)) if row.tool_calls else (),
        tool_call_id=row.tool_call_id,
        name=row.name,
        token_count=row.token_count,
        turn_id=row.turn_id,
        in_context=row.in_context,
        agent_id=row.agent_id,
        sequence=row.seq,
        create_time=_s(row.create_us),
    )


def _passage_from_row(row: Row[Any]) -> Passage:
    return Passage(
        id=row.id,
        agent_id=row.agent_id,
        content=row.content,
        tags=tuple(json.loads(row.tags)),
        create_time=_s(row.create_us),
    )
