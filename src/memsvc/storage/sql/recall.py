"""Recall storage: listing and ranked full-text search."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Text,
    bindparam,
    cast,
    column,
    func,
    literal,
    literal_column,
    select,
    table,
    text,
    update,
)

from memsvc import paging
from memsvc.errors import agent_not_found
from memsvc.models import (
    Agent,
    Message,
    Page,
    RecallHit,
    RecallQuery,
    Role,
)
from memsvc.storage import textsearch
from memsvc.storage.schema import agents, messages, text_terms
from memsvc.storage.sql.base import SqlBase
from memsvc.storage.sql.rows import (
    agent_from_row,
    message_from_row,
    us,
)
from memsvc.storage.sql.terms import DEPTH, RECALL, TermsMixin
from memsvc.tenancy import current_tenant


class RecallMixin(SqlBase):
    # ----- recall -------------------------------------------------------------------

    def append_recall(self, agent_id: str, new: list[Message]) -> list[Message]:
        """Appends messages to recall storage (not to the queue)."""
        for m in new:
            m.in_context = False
        return self.commit_context(agent_id, new)

    def list_recall(
        self, agent_id: str, page_size: int, page_token: str, *, in_context_only: bool = False
    ) -> Page[Message]:
        where = paging.scope("messages", agent_id, in_context_only)
        cursor = paging.decode_token(page_token, "s", scope=where)
        after = int(cursor["s"]) if cursor else 0
        with self._read() as conn:
            row = self.require_agent(conn, agent_id)
            query = select(messages).where(messages.c.agent_id == agent_id, messages.c.seq > after)
            if in_context_only:
                query = query.where(messages.c.in_context, messages.c.seq > row.evicted_through)
            rows = conn.execute(query.order_by(messages.c.seq).limit(page_size + 1)).all()
        items = [message_from_row(r) for r in rows[:page_size]]
        n = paging.fitting([_size(m) for m in items])
        more = len(rows) > n
        return Page(items[:n], paging.encode_token({"s": items[n - 1].sequence}, where) if more else "")

    def search_recall(self, agent_id: str, query: RecallQuery) -> Page[RecallHit]:
        """Ranked full-text search (bm25 / ts_rank_cd) with role and date filters.

        Without words to search for, every message in the range matches, newest first.
        """
        where = paging.search_scope("recall", agent_id, query)
        cursor = paging.decode_token(query.page_token, "o", scope=where)
        offset = int(cursor["o"]) if cursor else 0
        roles = [r.value for r in (query.roles or (Role.USER, Role.ASSISTANT))]
        cond = [messages.c.agent_id == agent_id, messages.c.role.in_(roles)]
        if query.start_time is not None:
            cond.append(messages.c.create_us >= us(query.start_time))
        if query.end_time is not None:
            cond.append(messages.c.create_us < us(query.end_time))
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
        hits = [RecallHit(message_from_row(r), float(r.score)) for r in rows]
        hits = hits[: paging.fitting([_size(h.message) for h in hits])]
        more = offset + len(hits) < total
        return Page(hits, paging.offset_token(offset + len(hits), where) if more else "", total)


def _size(m: Message) -> int:
    return paging.text_bytes(m.content, m.inner_thoughts, *(c.arguments for c in m.tool_calls))


class RecallRankingMixin(TermsMixin):
    """Recall by words: bm25 over what users and agents said, with the agent's own statistics."""

    def rank_recall(
        self, agent_id: str, query: RecallQuery, depth: int = DEPTH, *, checked: bool = False
    ) -> dict[str, float]:
        """bm25 of the messages the query's words find best (user and agent messages only).

        `checked`: the caller has just read the agent for the current tenant (agent_for_search)."""
        roles = {r.value for r in query.roles} if query.roles else set(INDEXED_ROLES)
        filtered = query.start_time is not None or query.end_time is not None or roles != set(INDEXED_ROLES)

        def where(statement: Any) -> Any:
            statement = statement.join(messages, messages.c.id == text_terms.c.doc)
            if roles != set(INDEXED_ROLES):
                statement = statement.where(messages.c.role.in_(sorted(roles)))
            if query.start_time is not None:
                statement = statement.where(messages.c.create_us >= us(query.start_time))
            if query.end_time is not None:
                statement = statement.where(messages.c.create_us < us(query.end_time))
            return statement

        with self._agent_read(agent_id, checked=checked, one_statement=not filtered) as conn:
            return self.rank_terms(conn, agent_id, RECALL, query.query, depth=depth, where=where if filtered else None)

    def recall_around(
        self, agent_id: str, ids: list[str], query: RecallQuery, reach: int = 3
    ) -> tuple[dict[str, tuple[str, ...]], dict[str, Message]]:
        """For each message, the nearest user or agent message before it and after it (within the
        query's filters), and the messages themselves (these and those neighbours), in one
        statement: each message joined to the agent's messages `reach` sequence numbers around
        it (a lookup by key each, whatever the length of the history). For an agent the caller
        has just read for the current tenant (agent_for_search)."""
        roles = sorted({r.value for r in query.roles} or set(INDEXED_ROLES))
        params = {
            "ids": ids,
            "roles": roles,
            "reach": reach,
            "start": us(query.start_time) if query.start_time is not None else -(2**62),
            "end": us(query.end_time) if query.end_time is not None else 2**62,
        }
        rows: dict[str, Any] = {}
        by_seq: dict[int, str] = {}
        seqs: dict[str, int] = {}
        with self._one_statement() as conn:
            for r in conn.execute(AROUND, params):
                if r.agent_id != agent_id:  # (sources are found by id alone)
                    continue
                rows[r.id] = r
                seqs[r.src_id] = r.src_seq
                if r.id != r.src_id:
                    by_seq[r.seq] = r.id
        out: dict[str, tuple[str, ...]] = {}
        for id_, seq in seqs.items():
            before = next((by_seq[seq - d] for d in range(1, reach + 1) if seq - d in by_seq), None)
            after = next((by_seq[seq + d] for d in range(1, reach + 1) if seq + d in by_seq), None)
            out[id_] = tuple(n for n in (before, after) if n is not None)
        wanted = {*out, *(n for near in out.values() for n in near)}
        return out, {i: message_from_row(rows[i]) for i in wanted}


# The sources by primary key alone (a filter on their agent_id makes SQLite scan the agent's
# index; recall_around drops another agent's rows), their neighbours by (agent_id, seq).
AROUND = text(
    "SELECT "
    + ", ".join(f"near.{c.name}" for c in messages.columns)
    + ", src.id AS src_id, src.seq AS src_seq FROM messages AS src JOIN messages AS near "
    "ON near.agent_id = src.agent_id AND near.seq >= src.seq - :reach AND near.seq <= src.seq + :reach "
    "WHERE src.id IN :ids AND (near.id = src.id OR (near.role IN :roles "
    "AND near.create_us >= :start AND near.create_us < :end))"
).bindparams(bindparam("ids", expanding=True), bindparam("roles", expanding=True))


INDEXED_ROLES = ("user", "assistant")
# Through the partial indexes of waiting messages (0010), never an agent's whole history:
# SQLite's planner, without statistics, prefers the agent's full indexes unless "+agent_id"
# keeps it off them (it then reads ix_messages_unembedded, the small backlog of all agents).
# Counted up to UNEMBEDDED_CAP (a larger backlog reads as that many).
UNEMBEDDED_CAP = 1_000
UNEMBEDDED_SQLITE = text(
    "SELECT count(*) FROM (SELECT 1 FROM messages WHERE +agent_id = :agent AND NOT embedded LIMIT :cap) AS waiting"
)
UNEMBEDDED = text(
    "SELECT count(*) FROM (SELECT 1 FROM messages WHERE agent_id = :agent AND NOT embedded LIMIT :cap) AS waiting"
)

AGENT_COUNTING_SQLITE = text(
    "SELECT agents.*, (SELECT count(*) FROM (SELECT 1 FROM messages WHERE +agent_id = :id AND NOT embedded "
    "LIMIT :cap) AS waiting) AS unindexed_messages FROM agents WHERE id = :id AND tenant = :tenant"
)
AGENT_COUNTING = text(
    "SELECT agents.*, (SELECT count(*) FROM (SELECT 1 FROM messages WHERE agent_id = :id AND NOT embedded "
    "LIMIT :cap) AS waiting) AS unindexed_messages FROM agents WHERE id = :id AND tenant = :tenant"
)


class RecallVectorsMixin(SqlBase):
    """The bookkeeping of the recall vector index (memory/recall_vectors.py)."""

    def unembedded(self, limit: int, skip_agents: list[str]) -> list[tuple[Message, str]]:
        """Messages still to embed, oldest first, with their agent's embedding config (JSON); all tenants."""
        query = (
            select(messages, agents.c.embedding_config.label("embedding_config_json"))
            .join(agents, agents.c.id == messages.c.agent_id)
            .where(~messages.c.embedded)
            .order_by(messages.c.create_us)
            .limit(limit)
        )
        if skip_agents:
            query = query.where(messages.c.agent_id.not_in(skip_agents))
        with self._read() as conn:
            return [(message_from_row(r), r.embedding_config_json) for r in conn.execute(query)]

    def unembedded_count(self, agent_id: str) -> int:
        """How many of the agent's messages wait for the recall vector index (read through a partial
        index of the waiting messages, never the agent's whole history)."""
        with self._read() as conn:
            statement = UNEMBEDDED_SQLITE if self.is_sqlite else UNEMBEDDED
            return conn.execute(statement, {"agent": agent_id, "cap": UNEMBEDDED_CAP}).scalar_one()

    def agent_for_search(self, agent_id: str, *, count_unindexed: bool = False) -> tuple[Agent, int]:
        """The agent (without its blocks: a search needs its configuration) if it exists for the
        current tenant and, with `count_unindexed`, how many of its messages wait for the recall
        vector index (as unembedded_count), in one statement."""
        if not count_unindexed:
            with self._one_statement() as conn:
                return agent_from_row(self.require_agent(conn, agent_id), []), 0
        statement = AGENT_COUNTING_SQLITE if self.is_sqlite else AGENT_COUNTING
        with self._one_statement() as conn:
            row = conn.execute(
                statement, {"id": agent_id, "tenant": current_tenant.get(), "cap": UNEMBEDDED_CAP}
            ).first()
        if row is None:
            raise agent_not_found(agent_id)
        return agent_from_row(row, []), row.unindexed_messages

    def mark_embedded(self, ids: list[str], embedded: bool = True) -> None:
        with self._write() as conn:
            for start in range(0, len(ids), 1000):
                chunk = ids[start : start + 1000]
                conn.execute(update(messages).where(messages.c.id.in_(chunk)).values(embedded=embedded))

    def message_ids(self, ids: list[str]) -> list[str]:
        """Which of these message ids exist (all tenants)."""
        found: list[str] = []
        with self._read() as conn:
            for start in range(0, len(ids), 1000):
                chunk = ids[start : start + 1000]
                found += [r.id for r in conn.execute(select(messages.c.id).where(messages.c.id.in_(chunk)))]
        return found

    def embedded_said(self) -> list[str]:
        """The ids of messages the recall index should hold a vector of (marked embedded, said by a
        user or an agent); all tenants. For the start-up check against the index."""
        query = select(messages).where(messages.c.embedded, messages.c.role.in_(("user", "assistant")))
        with self._read() as conn:
            return [r.id for r in conn.execute(query) if textsearch.embeddable(message_from_row(r))]

    def messages_by_id(self, agent_id: str, ids: list[str], *, checked: bool = False) -> dict[str, Message]:
        with self._agent_read(agent_id, checked=checked) as conn:
            rows = conn.execute(select(messages).where(messages.c.id.in_(ids)))
            return {r.id: message_from_row(r) for r in rows if r.agent_id == agent_id}
