"""Recall by meaning: what users and agents said, embedded in the background (searched with
words in memory/search.py).

Every message a user or an agent writes is embedded off the turn's path (a background
task wakes after each commit; the `embedded` flag in SQL says what is done, so nothing
is missed after a crash) into a vector index of its own, so that "what pets does she
have" finds "I adopted a golden retriever", which shares no word with it. If an agent's
embedding endpoint fails, its messages wait and are retried; searches rank by words
meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import structlog

from memsvc.errors import MemsvcError
from memsvc.memory.embeddings import Embedders
from memsvc.models import EmbeddingConfig, Message, micros
from memsvc.storage.sql import SqlStore
from memsvc.storage.textsearch import searchable
from memsvc.storage.vectors import VectorIndex, VectorPoint

log = structlog.get_logger("memsvc.recall")
BATCH = 256
# After a wake, wait this long for more messages: one batch of many costs far less than
# many batches of one (and the work stays off the turns' path).
DEBOUNCE_SECONDS = 0.5
RETRY_SECONDS = 60.0
Run = Callable[..., Awaitable[Any]]


class RecallVectors:
    def __init__(self, sql: SqlStore, index: VectorIndex, embedders: Embedders, run_sql: Run, run_vectors: Run) -> None:
        self.sql = sql
        self.index = index
        self.embedders = embedders
        self._sql = run_sql
        self._vectors = run_vectors
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._retry_at: dict[str, float] = {}  # agent id -> when its failing endpoint is tried again

    # ----- indexing ---------------------------------------------------------------------

    def start(self) -> None:
        """Starts the background indexer (also catching up on anything left by a crash)."""
        if self._task is None:
            self._task = asyncio.create_task(self._run())
            self._wake.set()

    def wake(self) -> None:
        self._wake.set()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    async def _run(self) -> None:
        while True:
            waiting = [t - time.monotonic() for t in self._retry_at.values()]
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=max(1.0, min(waiting)) if waiting else None)
            await asyncio.sleep(DEBOUNCE_SECONDS)
            self._wake.clear()
            try:
                # Full batches back to back (a backlog); a partial one waits for the next wake.
                while await self.index_pending() >= BATCH:
                    pass
            except Exception:  # never let the indexer die: it retries at the next wake
                log.exception("recall_indexing_failed")

    async def index_pending(self) -> int:
        """Embeds one batch of waiting messages; returns how many were done."""
        now = time.monotonic()
        self._retry_at = {a: t for a, t in self._retry_at.items() if t > now}
        rows = await self._sql(self.sql.unembedded, BATCH, list(self._retry_at))
        by_agent: dict[str, tuple[str, list[Message]]] = {}
        for message, config in rows:
            by_agent.setdefault(message.agent_id, (config, []))[1].append(message)
        done = 0
        for agent_id, (config_json, batch) in by_agent.items():
            config = EmbeddingConfig(**json.loads(config_json))
            try:
                vectors = await self.embedders.embed(config, [searchable(m) for m in batch], background=True)
            except MemsvcError as exc:
                self._retry_at[agent_id] = time.monotonic() + RETRY_SECONDS
                log.warning("recall_embedding_deferred", agent_id=agent_id, reason=exc.reason, error=exc.message)
                continue
            points = [
                VectorPoint(m.id, v, agent_id, (m.role.value,), micros(m.create_time))
                for m, v in zip(batch, vectors, strict=True)
            ]
            await self._vectors(self.index.upsert, config.embedding_dim, points)
            await self._sql(self.sql.mark_embedded, [m.id for m in batch])
            done += len(batch)
        return done
