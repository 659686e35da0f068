"""Archival memory in the memory store: passages inserted (one by one, in batches, or as a
document's chunks), near duplicates folded, searched, updated with their earlier versions
kept, and deleted. The SQL rows and the vectors are written together: a passage never
exists in one without the other for longer than a crash, which start-up reconciles.
"""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, TypeVar

from memsvc import paging, validation, wakeup_rules
from memsvc.errors import InvalidArgument
from memsvc.memory import checks, documents, duplicates
from memsvc.memory.embeddings import Embedders
from memsvc.memory.search import Search
from memsvc.models import (
    ArchivalHit,
    ArchivalQuery,
    DocumentEvent,
    DocumentInput,
    EmbeddingConfig,
    IngestProgress,
    IngestResult,
    Page,
    Passage,
    PassageInput,
    PassageVersion,
    micros,
    now,
)
from memsvc.settings import Settings
from memsvc.storage.vectors import VectorIndex, VectorPoint
from memsvc.tasks import watched

if TYPE_CHECKING:
    from memsvc.storage.sql import SqlStore

T = TypeVar("T")
MAX_BATCH = 1000
# Nearest passages checked for one that a new passage restates (_insert_passages).
NEAR_DUPLICATE_CANDIDATES = 5
INGEST_BATCH = 64
INGEST_FIRST_BATCH = 4
PASSAGE_NAMESPACE = uuid.UUID("5b0e5f3c-6f7e-4d0a-9a57-1f7c3c1e9d21")


def passage_id(agent_id: str, content_hash: str) -> str:
    """Deterministic: the same content for the same agent is always the same passage."""
    return str(uuid.uuid5(PASSAGE_NAMESPACE, f"{agent_id}:{content_hash}"))


class ArchivalStore:
    """Mixed into MemoryStore: its archival operations (the MemoryService port's)."""

    sql: SqlStore
    settings: Settings
    embedders: Embedders
    index: VectorIndex
    search: Search

    async def run_sql(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:  # MemoryStore's
        raise NotImplementedError

    async def _vectors(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:  # MemoryStore's
        raise NotImplementedError

    async def insert_archival(self, agent_id: str, content: str, tags: tuple[str, ...]) -> tuple[Passage, bool]:
        passage, created, _ = await self.insert_archival_checked(agent_id, content, tags)
        return passage, created

    async def insert_archival_checked(
        self, agent_id: str, content: str, tags: tuple[str, ...]
    ) -> tuple[Passage, bool, float]:
        """insert_archival, with the similarity of the near duplicate found instead (0 if none or exact)."""
        [result] = await self._insert_passages(agent_id, [PassageInput(content, tags)], by_meaning=True)
        return result

    async def insert_archival_batch(self, agent_id: str, items: list[PassageInput]) -> list[tuple[Passage, bool]]:
        return [(passage, created) for passage, created, _ in await self._insert_passages(agent_id, items)]

    async def _insert_passages(
        self, agent_id: str, items: list[PassageInput], *, by_meaning: bool = False
    ) -> list[tuple[Passage, bool, float]]:
        """Checks every passage, then embeds and stores the new ones; known content is reported, not stored.

        Known means the same normalized text (duplicates.normalized_hash); with `by_meaning`
        (single inserts), also a passage whose vector is at least the configured similarity
        and that the new one restates in the same words (duplicates.restates).
        Returns (passage, created, similarity of the near duplicate or 0)."""
        agent_id = validation.agent_id(agent_id)
        if not 1 <= len(items) <= MAX_BATCH:
            raise InvalidArgument(f"passages must hold 1 to {MAX_BATCH} passages; got {len(items)}", field="passages")
        passages: list[tuple[Passage, str]] = []
        for item in items:
            validation.text(item.content, "content", max_chars=self.settings.max_message_chars)
            content_hash = duplicates.normalized_hash(item.content)
            created = item.create_time if item.create_time is not None else now()
            passage = Passage(
                passage_id(agent_id, content_hash), agent_id, item.content, validation.tags(item.tags), created
            )
            passages.append((passage, content_hash))
        agent = await self.run_sql(self.sql.get_agent, agent_id)
        # Passages stored before normalization carry the hash of their exact text: look for both.
        exact = {h: hashlib.sha256(p.content.encode()).hexdigest() for p, h in passages}
        found = await self.run_sql(self.sql.find_passages, agent_id, [*exact, *exact.values()])
        existing = {h: found.get(h) or found[exact[h]] for h in exact if h in found or exact[h] in found}
        fresh: dict[str, Passage] = {}
        for passage, content_hash in passages:
            if content_hash not in existing:
                fresh.setdefault(content_hash, passage)
        similar: dict[str, tuple[Passage, float]] = {}
        vectors = None
        threshold = self.settings.archival_duplicate_similarity
        if by_meaning and fresh and threshold <= 1:
            config = agent.embedding_config
            vectors = await self.embedders.embed(config, [p.content for p in fresh.values()])
            for (content_hash, passage), vector in zip(fresh.items(), vectors, strict=True):
                nearest = await self._vectors(
                    self.index.search, config.embedding_dim, agent_id, vector, limit=NEAR_DUPLICATE_CANDIDATES
                )
                close = [(pid, score) for pid, score in nearest if score >= threshold]
                twins = await self.run_sql(self.sql.get_passages, agent_id, [pid for pid, _ in close]) if close else {}
                # Close in meaning is not enough: a changed number, name or "not" is a new fact.
                for pid, score in close:
                    twin = twins.get(pid)
                    if twin is not None and duplicates.restates(passage.content, twin.content):
                        similar[content_hash] = (twin, score)
                        break
            vectors = [v for h, v in zip(fresh, vectors, strict=True) if h not in similar]
            fresh = {h: p for h, p in fresh.items() if h not in similar}
        stored = await self._store(agent.embedding_config, agent_id, [(p, h) for h, p in fresh.items()], vectors)
        results: list[tuple[Passage, bool, float]] = []
        seen: set[str] = set()
        for _, content_hash in passages:
            if content_hash in existing:
                results.append((existing[content_hash], False, 0.0))
            elif content_hash in similar:
                results.append((similar[content_hash][0], False, similar[content_hash][1]))
            else:
                passage, created = stored[content_hash]
                results.append((passage, created and content_hash not in seen, 0.0))
                seen.add(content_hash)
        return results

    async def _store(
        self,
        config: EmbeddingConfig,
        agent_id: str,
        passages: list[tuple[Passage, str]],
        vectors: list[list[float]] | None = None,
        event: DocumentEvent | None = None,
    ) -> dict[str, tuple[Passage, bool]]:
        """Embeds and stores passages. Vectors first, then records: a crash in between leaves
        orphan points that searches ignore (they join on the records), never a record without a vector.
        `event` (a document's last chunks) is stored in the records' transaction."""
        if not passages:
            return {}

        async def write() -> dict[str, tuple[Passage, bool]]:
            embedded = vectors
            if embedded is None:
                embedded = await self.embedders.embed(config, [p.content for p, _ in passages])
            points = [
                VectorPoint(p.id, v, agent_id, p.tags, micros(p.create_time))
                for (p, _), v in zip(passages, embedded, strict=True)
            ]
            await self._vectors(self.index.upsert, config.embedding_dim, points)
            results = await self.run_sql(self.sql.insert_passages, agent_id, passages, event)
            return {h: result for (_, h), result in zip(passages, results, strict=True)}

        # Once started, the write finishes even if the caller goes away: a cancel between the
        # vector and the record would leave an orphan point.
        return await asyncio.shield(watched(asyncio.ensure_future(write()), "passage write"))

    async def ingest_document(
        self, agent_id: str, document: DocumentInput
    ) -> AsyncIterator[IngestProgress | IngestResult]:
        """Chunks, embeds and stores a document, reporting progress after each batch."""
        agent_id = validation.agent_id(agent_id)
        name = validation.text(document.name, "name", max_chars=200)
        if not document.content:
            raise InvalidArgument("content is empty: send the document's bytes", field="content")
        if len(document.content) > self.settings.max_document_bytes:
            raise InvalidArgument(
                f"the document has {len(document.content):,} bytes; the limit is {self.settings.max_document_bytes:,}",
                field="content",
            )
        kind = documents.document_type(name, document.mime_type)
        tag = f"document:{name[:50]}"
        tags = validation.tags((*document.tags, tag))
        agent = await self.run_sql(self.sql.get_agent, agent_id)
        size = document.chunk_size or agent.embedding_config.embedding_chunk_size
        if not 32 <= size <= 2048:
            raise InvalidArgument("chunk_size must be between 32 and 2048 tokens (or 0)", field="chunk_size")
        overlap = document.chunk_overlap or size // 8
        if not 0 <= overlap < size:
            raise InvalidArgument("chunk_overlap must be less than chunk_size", field="chunk_overlap")
        text = await asyncio.to_thread(documents.extract_text, document.content, kind)
        chunks = await asyncio.to_thread(documents.chunk, text, size, overlap)
        if not chunks:
            raise InvalidArgument("the document has no text to ingest", field="content")
        first_us = micros(now())
        items = []
        for i, piece in enumerate(chunks):
            content_hash = hashlib.sha256(piece.encode()).hexdigest()
            # One microsecond apart (counted in whole microseconds), so listing gives the document's order.
            created = (first_us + i) / 1_000_000
            items.append((Passage(passage_id(agent_id, content_hash), agent_id, piece, tags, created), content_hash))
        unique = list({h: (p, h) for p, h in items}.values())
        existing = await self.run_sql(self.sql.find_passages, agent_id, [h for _, h in unique])
        todo = [(p, h) for p, h in unique if h not in existing]
        done = len(unique) - len(todo)
        yield IngestProgress(done, len(unique))
        document_id = hashlib.sha256(document.content).hexdigest()
        # With notify_agent, the agent's turn about the document: a wake-up due now
        # (agent/wakeups.py), stored in the transaction of the last chunks, so a crash
        # can never leave the document stored without it (a retried ingest stores both).
        # Nothing new stored, nothing to tell: the agent was told when the chunks were stored.
        event = None
        if document.notify_agent and todo:
            text = wakeup_rules.document_event_text(name, tag, len(unique), len(todo), document_id)
            event = DocumentEvent(str(uuid.uuid4()), text)
        start, size = 0, INGEST_FIRST_BATCH
        while start < len(todo):
            # Small batches first, so progress shows within a second or two even with a slow
            # embedding endpoint; then full batches, for throughput.
            batch = todo[start : start + size]
            start, size = start + len(batch), min(size * 2, INGEST_BATCH)
            last = start >= len(todo)
            await self._store(agent.embedding_config, agent_id, batch, event=event if last else None)
            done += len(batch)
            yield IngestProgress(done, len(unique))
        wakeup_id = event.wakeup_id if event is not None else ""
        yield IngestResult(document_id, len(unique), len(todo), len(unique) - len(todo), tag, wakeup_id)

    async def search_archival(self, agent_id: str, query: ArchivalQuery) -> Page[ArchivalHit]:
        """Meaning and words fused (memory/search.py), with tag and date filters."""
        agent_id = validation.agent_id(agent_id)
        validation.text(query.query, "query", max_chars=10_000)
        size = paging.page_size(query.page_size, default=10, maximum=100)
        query = ArchivalQuery(
            query.query,
            validation.tags(query.tags),
            query.match_all_tags,
            query.start_time,
            query.end_time,
            query.page_size,
            query.page_token,
        )
        checks.check_range(query.start_time, query.end_time)
        cursor = paging.decode_token(query.page_token, "o", scope=paging.search_scope("archival", agent_id, query))
        offset = int(cursor["o"]) if cursor else 0
        agent, _ = await self.run_sql(self.sql.agent_for_search, agent_id)
        return await self.search.archival(agent, query, offset, size)

    async def list_archival(self, agent_id: str, page_size: int, page_token: str) -> Page[Passage]:
        size = paging.page_size(page_size, default=100, maximum=1000)
        return await self.run_sql(self.sql.list_passages, validation.agent_id(agent_id), size, page_token)

    async def update_archival(
        self, agent_id: str, passage_id: str, content: str, tags: tuple[str, ...] | None = None
    ) -> Passage:
        """Replaces a passage's text (and tags, unless None), keeping its id; the text before becomes a version."""
        agent_id = validation.agent_id(agent_id)
        passage_id = validation.object_id(passage_id, "passage_id", "passage")
        validation.text(content, "content", max_chars=self.settings.max_message_chars)
        tags = None if tags is None else validation.tags(tags)
        agent = await self.run_sql(self.sql.get_agent, agent_id)
        current = (await self.run_sql(self.sql.get_passages, agent_id, [passage_id])).get(passage_id)
        if current is None:
            await self.run_sql(self.sql.passage_versions, agent_id, passage_id)  # raises PASSAGE_NOT_FOUND
            raise InvalidArgument(f"passage {passage_id} was deleted: insert it again instead", field="passage_id")
        config = agent.embedding_config
        [vector] = await self.embedders.embed(config, [content])
        point = VectorPoint(
            passage_id, vector, agent_id, current.tags if tags is None else tags, micros(current.create_time)
        )

        async def write() -> Passage:
            await self._vectors(self.index.upsert, config.embedding_dim, [point])
            return await self.run_sql(
                self.sql.update_passage, agent_id, passage_id, content, duplicates.normalized_hash(content), tags
            )

        return await asyncio.shield(watched(asyncio.ensure_future(write()), "passage update"))

    async def list_archival_versions(
        self, agent_id: str, passage_id: str
    ) -> tuple[list[PassageVersion], Passage | None]:
        agent_id = validation.agent_id(agent_id)
        passage_id = validation.object_id(passage_id, "passage_id", "passage")
        return await self.run_sql(self.sql.passage_versions, agent_id, passage_id)

    async def delete_archival(self, agent_id: str, passage_id: str) -> None:
        agent_id = validation.agent_id(agent_id)
        passage_id = validation.object_id(passage_id, "passage_id", "passage")
        agent = await self.run_sql(self.sql.get_agent, agent_id)
        await self.run_sql(self.sql.delete_passage, agent_id, passage_id)
        await self._vectors(self.index.delete, agent.embedding_config.embedding_dim, [passage_id])
