"""Archival passage records (their vectors live in the vector index)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    Connection,
    and_,
    delete,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from memsvc import paging
from memsvc.errors import AlreadyExists, NotFound
from memsvc.models import (
    DocumentEvent,
    Page,
    Passage,
    PassageVersion,
    micros,
    now,
)
from memsvc.storage.schema import agents, passage_versions, passages
from memsvc.storage.sql.rows import (
    passage_from_row,
    s,
    us,
)
from memsvc.storage.sql.terms import ARCHIVAL, DEPTH, TermsMixin
from memsvc.storage.sql.wakeups import WakeupsMixin


class PassagesMixin(TermsMixin, WakeupsMixin):
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

    def insert_passages(
        self, agent_id: str, new: list[tuple[Passage, str]], event: DocumentEvent | None = None
    ) -> list[tuple[Passage, bool]]:
        """Stores passage records in one transaction; content the agent already has is not stored
        again. With `event` (a document's last chunks), its wake-up is stored in that transaction
        too: a crash stores both or neither, and a retried ingest stores both."""
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
            self.require_agent(conn, agent_id, lock=event is not None)  # (add_wakeup needs the lock)
            # Which of these exist already (ids derive from agent and content, so a
            # conflict is this very passage stored by a concurrent insert).
            before = set(conn.execute(select(passages.c.id).where(passages.c.id.in_(ids))).scalars())
            # executemany: one statement compiled once, not thousands of bound parameters.
            conn.execute(dialect_insert(passages).on_conflict_do_nothing(), values)
            self._index_docs(conn, agent_id, ARCHIVAL, [(p.id, p.content) for p, _ in new if p.id not in before])
            if event is not None:
                self.add_wakeup(conn, agent_id, now(), event.text, "document", event.wakeup_id)
        found = self.get_passages(agent_id, list(before)) if before else {}
        return [(found.get(p.id, p), False) if p.id in before else (p, True) for p, _ in new]

    def rank_passages(
        self, agent_id: str, query: str, depth: int = DEPTH, *, checked: bool = False
    ) -> dict[str, float]:
        """bm25 of the passages the query's words find best, with the agent's own statistics.

        `checked`: the caller has just read the agent for the current tenant."""
        with self._agent_read(agent_id, checked=checked) as conn:
            return self.rank_terms(conn, agent_id, ARCHIVAL, query, depth=depth)

    def get_passages(self, agent_id: str, ids: Iterable[str], *, checked: bool = False) -> dict[str, Passage]:
        with self._agent_read(agent_id, checked=checked) as conn:
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
        where = paging.scope("passages", agent_id)
        cursor = paging.decode_token(page_token, "c", "i", scope=where)
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
        token = paging.encode_token({"c": rows[n - 1].create_us, "i": rows[n - 1].id}, where) if more else ""
        return Page([passage_from_row(r) for r in rows[:n]], token)

    def _keep_version(self, conn: Connection, row: Any, ended_by: str) -> None:
        conn.execute(
            insert(passage_versions).values(
                agent_id=row.agent_id,
                passage_id=row.id,
                version=row.version,
                content=row.content,
                tags=row.tags,
                create_us=row.update_us or row.create_us,
                end_us=micros(now()),
                ended_by=ended_by,
            )
        )

    def update_passage(
        self, agent_id: str, passage_id: str, content: str, content_hash: str, tags: tuple[str, ...] | None
    ) -> Passage:
        """Replaces a passage's text (and tags), keeping the text before as a version."""
        with self._write() as conn:
            self.require_agent(conn, agent_id, lock=True)  # one writer per agent: versions stay in order
            row = conn.execute(
                select(passages).where(passages.c.agent_id == agent_id, passages.c.id == passage_id)
            ).first()
            if row is None:
                raise _passage_not_found(agent_id, passage_id)
            twin = conn.execute(
                select(passages.c.id).where(
                    passages.c.agent_id == agent_id,
                    passages.c.content_hash == content_hash,
                    passages.c.id != passage_id,
                )
            ).first()
            if twin is not None:
                raise AlreadyExists(
                    f"passage {twin.id} of agent {agent_id} already says this: update or delete that one instead",
                    reason="PASSAGE_DUPLICATE",
                    metadata={"agent_id": agent_id, "passage_id": twin.id},
                )
            self._keep_version(conn, row, "update")
            values: dict[str, Any] = {
                "content": content,
                "content_hash": content_hash,
                "version": row.version + 1,
                "update_us": micros(now()),
            }
            if tags is not None:
                values["tags"] = json.dumps(list(tags))
            conn.execute(update(passages).where(passages.c.id == passage_id).values(**values))
            self._unindex_docs(conn, agent_id, ARCHIVAL, [passage_id])
            self._index_docs(conn, agent_id, ARCHIVAL, [(passage_id, content)])
            return passage_from_row(conn.execute(select(passages).where(passages.c.id == passage_id)).one())

    def passage_versions(self, agent_id: str, passage_id: str) -> tuple[list[PassageVersion], Passage | None]:
        with self._read() as conn:
            self.require_agent(conn, agent_id)
            rows = conn.execute(
                select(passage_versions)
                .where(passage_versions.c.agent_id == agent_id, passage_versions.c.passage_id == passage_id)
                .order_by(passage_versions.c.version)
            ).all()
            current = conn.execute(
                select(passages).where(passages.c.agent_id == agent_id, passages.c.id == passage_id)
            ).first()
        if not rows and current is None:
            raise _passage_not_found(agent_id, passage_id)
        versions = [
            PassageVersion(
                r.passage_id, r.version, r.content, tuple(json.loads(r.tags)), s(r.create_us), s(r.end_us), r.ended_by
            )
            for r in rows
        ]
        return versions, passage_from_row(current) if current is not None else None

    def delete_passage(self, agent_id: str, passage_id: str) -> None:
        with self._write() as conn:
            self.require_agent(conn, agent_id, lock=True)
            row = conn.execute(
                select(passages).where(passages.c.agent_id == agent_id, passages.c.id == passage_id)
            ).first()
            if row is not None:
                self._keep_version(conn, row, "delete")
            gone = conn.execute(delete(passages).where(passages.c.agent_id == agent_id, passages.c.id == passage_id))
            self._unindex_docs(conn, agent_id, ARCHIVAL, [passage_id])
            if gone.rowcount == 0:
                raise _passage_not_found(agent_id, passage_id)


def _passage_not_found(agent_id: str, passage_id: str) -> NotFound:
    return NotFound(
        f"agent {agent_id} has no archival passage {passage_id!r}",
        reason="PASSAGE_NOT_FOUND",
        metadata={"agent_id": agent_id, "passage_id": passage_id},
    )
