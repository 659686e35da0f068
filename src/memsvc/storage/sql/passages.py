"""Archival passage records (their vectors live in the vector index)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import (
    and_,
    delete,
    or_,
    select,
)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from memsvc import paging
from memsvc.errors import NotFound
from memsvc.models import (
    Page,
    Passage,
)
from memsvc.storage.schema import agents, passages
from memsvc.storage.sql.rows import (
    passage_from_row,
    us,
)
from memsvc.storage.sql.terms import ARCHIVAL, DEPTH, TermsMixin


class PassagesMixin(TermsMixin):
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
                found.update({r.content_hash: passage_from_row(r) for r in rows})
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
                "create_us": us(p.create_time),
            }
            for p, h in new
        ]
        dialect_insert = sqlite_insert if self.is_sqlite else postgresql_insert
        ids = [p.id for p, _ in new]
        with self._write() as conn:
            self.require_agent(conn, agent_id)
            # Which of these exist already (ids derive from agent and content, so a
            # conflict is this very passage stored by a concurrent insert).
            before = set(conn.execute(select(passages.c.id).where(passages.c.id.in_(ids))).scalars())
            # executemany: one statement compiled once, not thousands of bound parameters.
            conn.execute(dialect_insert(passages).on_conflict_do_nothing(), values)
            self._index_docs(conn, agent_id, ARCHIVAL, [(p.id, p.content) for p, _ in new if p.id not in before])
        found = self.get_passages(agent_id, list(before)) if before else {}
        return [(found.get(p.id, p), False) if p.id in before else (p, True) for p, _ in new]

    def rank_passages(self, agent_id: str, query: str, depth: int = DEPTH) -> dict[str, float]:
        """bm25 of the passages the query's words find best, with the agent's own statistics."""
        with self._read() as conn:
            self.require_agent(conn, agent_id)
            return self.rank_terms(conn, agent_id, ARCHIVAL, query, depth=depth)

    def get_passages(self, agent_id: str, ids: Iterable[str]) -> dict[str, Passage]:
        with self._read() as conn:
            self.require_agent(conn, agent_id)
            # By primary key alone (a filter on agent_id makes SQLite scan the agent's index).
            rows = conn.execute(select(passages).where(passages.c.id.in_(list(ids))))
            return {r.id: passage_from_row(r) for r in rows if r.agent_id == agent_id}

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
            return [passage_from_row(r) for r in conn.execute(select(passages).where(passages.c.id.in_(ids)))]

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
        n = paging.fitting([paging.text_bytes(r.content, r.tags) for r in rows[:page_size]])
        more = len(rows) > n
        token = paging.encode_token({"c": rows[n - 1].create_us, "i": rows[n - 1].id}) if more else ""
        return Page([passage_from_row(r) for r in rows[:n]], token)

    def delete_passage(self, agent_id: str, passage_id: str) -> None:
        with self._write() as conn:
            self.require_agent(conn, agent_id)
            gone = conn.execute(delete(passages).where(passages.c.agent_id == agent_id, passages.c.id == passage_id))
            self._unindex_docs(conn, agent_id, ARCHIVAL, [passage_id])
            if gone.rowcount == 0:
                raise NotFound(
                    f"agent {agent_id} has no archival passage {passage_id!r}",
                    reason="PASSAGE_NOT_FOUND",
                    metadata={"agent_id": agent_id, "passage_id": passage_id},
                )
