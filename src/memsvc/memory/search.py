"""Recall and archival search: words and meaning fused into one ranking (ranking.py).

Both searches run the same way: the query is embedded (as a query) while the agent's
term index ranks by words (bm25 with the agent's own statistics, storage/sql/terms.py);
then the vector index gives the nearest items by meaning, with every filter inside the
vector search, and the two are fused. Recall also lets each of the best messages lend
its neighbouring turns a share of its score. The ranking is computed whole (bounded
depth from each side) and pages are slices of it, so every page shows the same ranking.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from memsvc import paging
from memsvc.errors import MemsvcError
from memsvc.memory import ranking
from memsvc.memory.embeddings import Embedders
from memsvc.models import (
    Agent,
    ArchivalHit,
    ArchivalQuery,
    Message,
    Page,
    RecallHit,
    RecallQuery,
    micros,
)
from memsvc.storage.sql import SqlStore
from memsvc.storage.vectors import VectorIndex
from memsvc.tasks import watched

Run = Callable[..., Awaitable[Any]]
NEAREST = 100  # items taken by meaning, per search
# Below this cosine similarity an item is not "about" the query at all.
MIN_SIMILARITY = 0.2
EMBEDDED_ROLES = ("user", "assistant")


def _us(seconds: float | None) -> int | None:
    return None if seconds is None else micros(seconds)


class Search:
    def __init__(
        self,
        sql: SqlStore,
        passages: VectorIndex,
        messages: VectorIndex | None,
        embedders: Embedders,
        run_sql: Run,
        run_vectors: Run,
    ) -> None:
        self.sql = sql
        self.passages = passages
        self.messages = messages
        self.embedders = embedders
        self._sql = run_sql
        self._vectors = run_vectors

    async def _query_vector(self, agent: Agent, text: str) -> list[float] | None:
        try:
            [vector] = await self.embedders.embed(agent.embedding_config, [text], purpose="query")
        except MemsvcError:
            return None
        return vector

    async def recall(self, agent: Agent, query: RecallQuery, offset: int, size: int) -> Page[RecallHit]:
        """The fused ranking of the agent's user and agent messages, one page of it.

        `agent` was read for the current tenant in this request (SqlStore.agent_for_search): the
        statements here do not check it again."""
        roles = {r.value for r in query.roles} or set(EMBEDDED_ROLES)
        use_vectors = self.messages is not None and roles <= set(EMBEDDED_ROLES)
        vector_task = (
            watched(asyncio.ensure_future(self._query_vector(agent, query.query)), "recall query embedding")
            if use_vectors
            else None
        )
        lexical = await self._sql(self.sql.rank_recall, agent.id, query, checked=True)
        nearest: list[tuple[str, float]] = []
        vector = await vector_task if vector_task is not None else None
        if vector is not None and self.messages is not None:
            nearest = await self._vectors(
                self.messages.search,
                agent.embedding_config.embedding_dim,
                agent.id,
                vector,
                limit=NEAREST,
                tags=sorted(roles) if roles != set(EMBEDDED_ROLES) else [],
                start_us=_us(query.start_time),
                end_us=_us(query.end_time),
            )
        semantic = ranking.scaled_similarity(dict(nearest), MIN_SIMILARITY)
        weight = ranking.LEXICAL_WEIGHT if semantic else 1.0
        fused = ranking.fuse(ranking.scaled_lexical(lexical), semantic, weight)
        found: dict[str, Message] = {}
        if fused:
            best = ranking.ordered(fused)[: ranking.NEIGHBOUR_SOURCES]
            # The best messages and their neighbours come with the neighbours' lookup: the first
            # page is made of them, so it needs no other statement.
            neighbours, found = await self._sql(self.sql.recall_around, agent.id, best, query)
            lenders: dict[str, list[str]] = {}
            for key, near in neighbours.items():
                for n in near:
                    lenders.setdefault(n, []).append(key)
            fused = ranking.with_neighbours(fused, {k: tuple(v) for k, v in lenders.items()})
        order = ranking.ordered(fused)
        page_ids = order[offset : offset + size]
        if missing := [i for i in page_ids if i not in found]:
            found |= await self._sql(self.sql.messages_by_id, agent.id, missing, checked=True)
        hits = [RecallHit(found[i], fused[i]) for i in page_ids if i in found]
        hits = hits[: paging.fitting([paging.text_bytes(h.message.content) for h in hits])]
        more = offset + len(hits) < len(order)
        where = paging.search_scope("recall", agent.id, query)
        return Page(hits, paging.offset_token(offset + len(hits), where) if more else "", len(order))

    async def archival(self, agent: Agent, query: ArchivalQuery, offset: int, size: int) -> Page[ArchivalHit]:
        """The fused ranking of the agent's passages (tag and date filters on both sides), one page of it
        (`agent` as for recall)."""
        config = agent.embedding_config
        vector_task = watched(
            asyncio.ensure_future(self.embedders.embed(config, [query.query], purpose="query")),
            "archival query embedding",
        )
        lexical = await self._sql(self.sql.rank_passages, agent.id, query.query, checked=True)
        [vector] = await vector_task
        nearest = await self._vectors(
            self.passages.search,
            config.embedding_dim,
            agent.id,
            vector,
            limit=max(NEAREST, offset + size),
            tags=query.tags,
            match_all_tags=query.match_all_tags,
            start_us=_us(query.start_time),
            end_us=_us(query.end_time),
        )
        filtered = bool(query.tags) or query.start_time is not None or query.end_time is not None
        records = await self._sql(
            self.sql.get_passages, agent.id, [*lexical, *(pid for pid, _ in nearest)], checked=True
        )
        if filtered:  # the term index knows no tags or dates: keep what the filters allow
            lexical = {pid: s for pid, s in lexical.items() if pid in records and _allowed(records[pid], query)}
        # Archival search is by meaning first: the nearest passages come back however far they are.
        semantic = ranking.scaled_similarity(dict(nearest), -1.0)
        fused = ranking.fuse(ranking.scaled_lexical(lexical), semantic, ranking.LEXICAL_WEIGHT if semantic else 1.0)
        order = [pid for pid in ranking.ordered(fused) if pid in records]
        page_ids = order[offset : offset + size]
        n = paging.fitting([paging.text_bytes(records[pid].content) for pid in page_ids])
        hits = [ArchivalHit(records[pid], fused[pid]) for pid in page_ids[:n]]
        more = offset + n < len(order)
        where = paging.search_scope("archival", agent.id, query)
        return Page(hits, paging.offset_token(offset + n, where) if more else "", len(order))


def _allowed(passage: Any, query: ArchivalQuery) -> bool:
    if query.tags:
        has = set(passage.tags)
        if query.match_all_tags and not set(query.tags) <= has:
            return False
        if not query.match_all_tags and not has & set(query.tags):
            return False
    if query.start_time is not None and passage.create_time < query.start_time:
        return False
    return query.end_time is None or passage.create_time < query.end_time
