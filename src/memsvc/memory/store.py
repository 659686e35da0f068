"""MemoryStore: the memory server's domain object.

Implements both ports the memory server offers (`AgentStore` for the agent server,
`Memory` for the executor and clients) over SqlStore (records, blocks, recall),
QdrantIndex (archival vectors) and Embedders. Input is checked here, so every path
(RPC, LLM function, in-process call) gets the same rules. Blocking work runs in
worker threads: SQL in a small pool, vectors in one thread (the index engines hold
the GIL and serialize anyway; one thread keeps their calls in order).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import hashlib
import json
import uuid
import weakref
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import structlog

from memsvc import agent_config, client_tools, paging, tracing, validation, wakeup_rules
from memsvc.agent.tokens import TokenCounter
from memsvc.errors import InvalidArgument
from memsvc.memory import context_block, documents, duplicates, portable
from memsvc.memory.embeddings import Embedders, check_embedding_config
from memsvc.memory.recall_vectors import RecallVectors
from memsvc.memory.search import Search
from memsvc.memory.wakeups import WakeupStore
from memsvc.models import (
    Agent,
    AgentExport,
    ArchivalHit,
    ArchivalQuery,
    Block,
    BlockEdit,
    Context,
    ContextBlock,
    ContextBlockQuery,
    ContextState,
    DocumentEvent,
    DocumentInput,
    DueConsolidation,
    DueTurn,
    EmbeddingConfig,
    EventRecord,
    ImportOutcome,
    IngestProgress,
    IngestResult,
    Message,
    MessageInput,
    Page,
    Passage,
    PassageInput,
    PassageVersion,
    RecallHit,
    RecallQuery,
    Role,
    TurnRecord,
    WakeupFiring,
    micros,
    now,
)
from memsvc.settings import Settings
from memsvc.storage.sql import SqlStore, check_block_limit
from memsvc.storage.sql.blocks import apply_edit
from memsvc.storage.textsearch import embeddable
from memsvc.storage.vectors import VectorIndex, VectorPoint
from memsvc.tasks import watched

T = TypeVar("T")
# The share of an agent's prompt budget its memory blocks may take together (edits that grow them past it
# are refused); the rest is for the instructions, function schemas and the message queue.
WORKING_CONTEXT_SHARE = 0.5
log = structlog.get_logger("memsvc.memory")
MAX_BATCH = 1000
# Nearest passages checked for one that a new passage restates (store._insert_passages).
NEAR_DUPLICATE_CANDIDATES = 5
# SqlStore methods small enough to run on the event loop with SQLite (a turn's hot path).
INLINE = frozenset(
    {
        "load_context",
        "commit_context",
        "acquire_lease",
        "release_lease",
        "get_turn_request",
        "finish_turn_request",
        "get_agent",
        "get_block",
        "list_blocks",
        "edit_block",
        "update_block",
        "find_passages",
        "get_passages",
        "get_turn",
        "list_events",
        "list_turn_events",
    }
)
# Watchers of an agent's events are woken by this process's commits at once; commits made
# by another memory server (several on one PostgreSQL) are seen within this.
EVENT_POLL_SECONDS = 1.0
EVENT_BATCH = 500
TURN_STATUSES = ("running", "waiting", "ended")
INGEST_BATCH = 64
INGEST_FIRST_BATCH = 4
PASSAGE_NAMESPACE = uuid.UUID("5b0e5f3c-6f7e-4d0a-9a57-1f7c3c1e9d21")


def passage_id(agent_id: str, content_hash: str) -> str:
    """Deterministic: the same content for the same agent is always the same passage."""
    return str(uuid.uuid5(PASSAGE_NAMESPACE, f"{agent_id}:{content_hash}"))


class MemoryStore(WakeupStore):
    def __init__(
        self,
        sql: SqlStore,
        index: VectorIndex,
        embedders: Embedders,
        settings: Settings,
        recall_index: VectorIndex | None = None,
    ) -> None:
        self.sql = sql
        self.index = index
        self.embedders = embedders
        self.settings = settings
        self._sql_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="sql")
        self._vector_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qdrant")
        self.recall = (
            RecallVectors(sql, recall_index, embedders, self._sql, self._vectors) if recall_index is not None else None
        )
        # One asyncio.Event per watched agent, set (and replaced) when its events are stored.
        self._event_signals: weakref.WeakValueDictionary[str, asyncio.Event] = weakref.WeakValueDictionary()
        self.search = Search(sql, index, recall_index, embedders, self._sql, self._vectors)

    def start_background(self) -> None:
        """Starts the recall indexer (embeds messages off the turns' path)."""
        if self.recall is not None:
            self.recall.start()

    async def stop_background(self) -> None:
        if self.recall is not None:
            await self.recall.stop()

    async def _sql(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        if self.sql.is_sqlite and fn.__name__ in INLINE:
            # A turn's small SQLite transactions take a fraction of a millisecond: run them
            # here, as the handoff to a thread costs more than the work.
            return fn(*args, **kwargs)
        # The worker runs in this request's context: the store reads the tenant from it.
        context = contextvars.copy_context()
        return await asyncio.get_running_loop().run_in_executor(
            self._sql_pool, lambda: context.run(fn, *args, **kwargs)
        )

    async def _vectors(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        with tracing.span(f"vectors.{fn.__name__}"):
            return await asyncio.get_running_loop().run_in_executor(self._vector_pool, lambda: fn(*args, **kwargs))

    async def reconcile(self) -> tuple[int, int]:
        """Makes the vector indexes match the records after a crash.

        Archival: points without a record (a crash between the vector write and the record's
        commit) are deleted; records without a point (a vector write lost) are embedded again.
        Recall: messages marked embedded whose vector is missing (lost in an OS crash or power
        loss before the index was flushed) are marked to embed again (the background indexer
        does it); points of messages that no longer exist are deleted.
        Returns (orphan points deleted, passages re-indexed).
        """
        if self.recall is not None:
            await self._reconcile_recall()
        points = await self._vectors(self.index.all_points)
        records = await self._sql(self.sql.all_passages)
        known = {pid for pid, _, _ in records}
        indexed = {pid for pid, _ in points}
        orphans: dict[int, list[str]] = {}
        for pid, dim in points:
            if pid not in known:
                orphans.setdefault(dim, []).append(pid)
        for dim, ids in orphans.items():
            await self._vectors(self.index.delete, dim, ids)
        missing = [(pid, agent_id, config) for pid, agent_id, config in records if pid not in indexed]
        for agent_id in {a for _, a, _ in missing}:
            ids = [pid for pid, a, _ in missing if a == agent_id]
            config = EmbeddingConfig(**json.loads(next(c for _, a, c in missing if a == agent_id)))
            passages = await self._sql(self.sql.passages_by_id, ids)
            vectors = await self.embedders.embed(config, [p.content for p in passages])
            points_ = [
                VectorPoint(p.id, v, agent_id, p.tags, micros(p.create_time))
                for p, v in zip(passages, vectors, strict=True)
            ]
            await self._vectors(self.index.upsert, config.embedding_dim, points_)
        deleted = sum(len(ids) for ids in orphans.values())
        if deleted or missing:
            log.warning("vectors_reconciled", orphan_points_deleted=deleted, passages_reindexed=len(missing))
        return deleted, len(missing)

    async def _reconcile_recall(self) -> None:
        assert self.recall is not None
        index = self.recall.index
        points = await self._vectors(index.all_points)
        expected = set(await self._sql(self.sql.embedded_said))
        indexed = {pid for pid, _ in points}
        lost = sorted(expected - indexed)
        orphans: dict[int, list[str]] = {}
        for pid, dim in points:
            if pid not in expected:
                orphans.setdefault(dim, []).append(pid)
        # A message not marked embedded yet may have its vector already (a crash between the two
        # writes): the indexer writes it again, so only points of messages that are gone go.
        waiting = set(await self._sql(self.sql.message_ids, [pid for ids in orphans.values() for pid in ids]))
        for dim, ids in orphans.items():
            gone = [pid for pid in ids if pid not in waiting]
            if gone:
                await self._vectors(index.delete, dim, gone)
        if lost:
            await self._sql(self.sql.mark_embedded, lost, False)
            self.recall.wake()
        deleted = sum(len(ids) for ids in orphans.values()) - len(waiting)
        if lost or deleted:
            log.warning("recall_vectors_reconciled", vectors_lost=len(lost), orphan_points_deleted=deleted)

    def close(self) -> None:
        self._sql_pool.shutdown(wait=True)
        self._vector_pool.shutdown(wait=True)
        self.index.close()
        if self.recall is not None:
            self.recall.index.close()
        if isinstance(self.embedders, Embedders):
            self.embedders.close()
        self.sql.engine.dispose()

    # ----- AgentStore ---------------------------------------------------------------

    async def create_agent(self, agent: Agent, request_id: str = "") -> Agent:
        validation.object_id(agent.id, "agent.id", "agent")
        _check_agent(agent, ALL_AGENT_FIELDS)
        if len(agent.blocks) > agent_config.MAX_BLOCKS:
            raise InvalidArgument(
                f"an agent has at most {agent_config.MAX_BLOCKS} memory blocks", field="memory_blocks"
            )
        labels = [validation.label(b.label, "memory_blocks.label") for b in agent.blocks]
        if len(set(labels)) != len(labels):
            raise InvalidArgument("memory block labels must be unique within an agent", field="memory_blocks")
        agent.blocks = [agent_config.complete_block(b) for b in agent.blocks]
        for block in agent.blocks:
            check_block_limit(block)
        return await self._sql(self.sql.create_agent, agent, validation.request_id(request_id))

    async def get_agent(self, agent_id: str) -> Agent:
        return await self._sql(self.sql.get_agent, validation.agent_id(agent_id))

    async def list_agents(self, page_size: int, page_token: str) -> Page[Agent]:
        size = paging.page_size(page_size, default=50, maximum=1000)
        return await self._sql(self.sql.list_agents, size, page_token)

    async def update_agent(self, agent: Agent, fields: frozenset[str]) -> Agent:
        validation.agent_id(agent.id, "agent.id")
        _check_agent(agent, fields)
        return await self._sql(self.sql.update_agent, agent, fields)

    async def delete_agent(self, agent_id: str) -> None:
        agent_id = validation.agent_id(agent_id)
        await self._sql(self.sql.delete_agent, agent_id)
        await self._vectors(self.index.delete_agent, agent_id)
        if self.recall is not None:
            await self._vectors(self.recall.index.delete_agent, agent_id)

    async def load_context(
        self, agent_id: str, lease: tuple[str, float] | None = None, known: tuple[int, int] | None = None
    ) -> Context:
        if lease is not None:
            _check_lease(*lease)
        with tracing.span("store.load_context", agent_id=agent_id):
            return await self._sql(self.sql.load_context, validation.agent_id(agent_id), lease, known)

    async def commit_context(
        self,
        agent_id: str,
        messages: list[Message],
        evict_through_sequence: int = 0,
        state: ContextState | None = None,
        lease_holder: str = "",
        request: tuple[str, str] | None = None,
        events: list[EventRecord] | None = None,
        turn: TurnRecord | None = None,
        wakeup: WakeupFiring | None = None,
    ) -> list[Message]:
        if request is not None:
            validation.request_id(request[0])
            validation.text(request[1], "turn_id", max_chars=36, required=False)
        for event in events or ():
            _check_event(event)
        if turn is not None:
            _check_turn(turn)
        for m in messages:
            _check_message(m)
        if state is not None:
            validation.text(state.summary, "state.summary", max_chars=1_000_000, required=False)
            if not 0 <= state.summary_token_count <= MAX_TOKENS:
                raise InvalidArgument("state.summary_token_count is out of range", field="state.summary_token_count")
        with tracing.span("store.commit", agent_id=agent_id, messages=len(messages)):
            stored = await self._sql(
                self.sql.commit_context,
                validation.agent_id(agent_id),
                messages,
                evict_through_sequence,
                state,
                lease_holder,
                request,
                events,
                turn,
                wakeup,
            )
        if events:
            self._events_stored(agent_id)
        if self.recall is not None and any(embeddable(m) for m in stored):
            self.recall.wake()
        return stored

    # ----- turns and their events --------------------------------------------------

    async def get_turn(self, agent_id: str, turn_id: str) -> TurnRecord:
        return await self._sql(self.sql.get_turn, validation.agent_id(agent_id), _turn_id(turn_id))

    async def list_turns(self, agent_id: str, page_size: int, page_token: str) -> Page[TurnRecord]:
        size = paging.page_size(page_size, default=50, maximum=1000)
        return await self._sql(self.sql.list_turns, validation.agent_id(agent_id), size, page_token)

    async def watch_events(
        self,
        agent_id: str,
        after_agent_sequence: int = 0,
        *,
        turn_id: str = "",
        after_sequence: int = 0,
        only_new: bool = False,
    ) -> AsyncIterator[list[EventRecord]]:
        """The agent's stored events after a position, in order: those stored already, then each
        batch as it is stored, for as long as the caller iterates. With `turn_id`, only that
        turn's (after its event `after_sequence`); with `only_new`, only those stored from now."""
        agent_id = validation.agent_id(agent_id)
        turn_id = _turn_id(turn_id) if turn_id else ""
        after = max(0, after_sequence if turn_id else after_agent_sequence)
        if only_new and not turn_id:
            after = await self._sql(self.sql.last_event_sequence, agent_id)
        while True:
            signal = self._event_signals.get(agent_id)
            if signal is None:
                signal = self._event_signals[agent_id] = asyncio.Event()
            if turn_id:
                batch = await self._sql(self.sql.list_turn_events, agent_id, turn_id, after, EVENT_BATCH)
            else:
                batch = await self._sql(self.sql.list_events, agent_id, after, EVENT_BATCH)
            if batch:
                after = batch[-1].sequence if turn_id else batch[-1].agent_sequence
                yield batch
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(signal.wait(), timeout=EVENT_POLL_SECONDS)

    def _events_stored(self, agent_id: str) -> None:
        signal = self._event_signals.pop(agent_id, None)
        if signal is not None:
            signal.set()

    async def due_turns(self, due_before: float, limit: int) -> list[DueTurn]:
        return await self._sql(self.sql.due_turns, due_before, max(1, min(limit, 1000)))

    async def due_consolidations(self, due_before: float, limit: int) -> list[DueConsolidation]:
        return await self._sql(self.sql.due_consolidations, due_before, max(1, min(limit, 1000)))

    async def get_turn_request(self, agent_id: str, request_id: str) -> tuple[str, str] | None:
        return await self._sql(
            self.sql.get_turn_request, validation.agent_id(agent_id), validation.request_id(request_id)
        )

    async def finish_turn_request(self, agent_id: str, request_id: str, events_json: str, turn_id: str = "") -> None:
        validation.text(events_json, "events_json", max_chars=64 * 1024 * 1024, required=not turn_id)
        if turn_id:
            _turn_id(turn_id)
        await self._sql(self.sql.finish_turn_request, validation.agent_id(agent_id), request_id, events_json, turn_id)

    async def acquire_lease(self, agent_id: str, holder: str, ttl_seconds: float) -> bool:
        _check_lease(holder, ttl_seconds)
        return await self._sql(self.sql.acquire_lease, validation.agent_id(agent_id), holder, ttl_seconds)

    async def release_lease(self, agent_id: str, holder: str) -> None:
        validation.text(holder, "holder", max_chars=200)
        await self._sql(self.sql.release_lease, validation.agent_id(agent_id), holder)

    # ----- Memory: blocks -------------------------------------------------------------

    async def list_blocks(self, agent_id: str) -> list[Block]:
        return await self._sql(self.sql.list_blocks, validation.agent_id(agent_id))

    async def get_block(self, agent_id: str, label: str) -> Block:
        return await self._sql(self.sql.get_block, validation.agent_id(agent_id), validation.label(label))

    async def update_block(self, agent_id: str, block: Block, fields: frozenset[str]) -> Block:
        validation.label(block.label, "block.label")
        if "value" in fields:
            validation.text(block.value, "block.value", max_chars=1_000_000, required=False)
            await self._check_working_context(agent_id, block.label, lambda _: block.value, "block.value")
        if "description" in fields:
            validation.text(block.description, "block.description", max_chars=10_000, required=False)
        return await self._sql(self.sql.update_block, validation.agent_id(agent_id), block, fields)

    async def edit_block(self, agent_id: str, label: str, edit: BlockEdit, *, respect_read_only: bool = False) -> Block:
        limit = self.settings.max_message_chars
        validation.text(
            edit.new, "new_content" if edit.old is not None else "content", max_chars=limit, required=edit.old is None
        )
        if edit.old is not None:
            validation.text(edit.old, "old_content", max_chars=1_000_000)
        field = "new_content" if edit.old is not None else "content"
        await self._check_working_context(agent_id, label, lambda current: apply_edit(current, edit), field)
        return await self._sql(
            self.sql.edit_block,
            validation.agent_id(agent_id),
            validation.label(label),
            edit,
            respect_read_only=respect_read_only,
        )

    async def _check_working_context(
        self, agent_id: str, label: str, edited: Callable[[Block], str], field: str
    ) -> None:
        """Refuses an edit that grows the working context (all blocks) past WORKING_CONTEXT_SHARE of
        the agent's prompt budget: the blocks are in every prompt, and an agent whose fixed prompt
        fills its window cannot take another message. Edits that shrink it always pass, so an agent
        that is over (set up before this check) can be repaired."""
        agent = await self._sql(self.sql.get_agent, validation.agent_id(agent_id))
        current = next((b for b in agent.blocks if b.label == label), None)
        if current is None:
            return  # the store says which block is missing
        value = edited(current)
        if len(value) <= len(current.value):
            return
        counter = TokenCounter(agent.llm_config.model)
        budget = agent.llm_config.context_window - agent.llm_config.max_tokens
        allowed = int(budget * WORKING_CONTEXT_SHARE)
        total = sum(counter.text(value if b.label == label else b.value) for b in agent.blocks)
        if total > allowed:
            raise InvalidArgument(
                f"memory block {label!r} would make the working context (all memory blocks) {total:,} tokens, "
                f"more than {allowed:,}: the blocks may take at most {WORKING_CONTEXT_SHARE:.0%} of this agent's "
                f"prompt budget of {budget:,} tokens. Keep blocks to key facts and store details with "
                "archival_memory_insert (or shorten a block first)",
                reason="WORKING_CONTEXT_TOO_LARGE",
                field=field,
                metadata={"tokens": str(total), "allowed": str(allowed)},
            )

    # ----- Memory: recall -------------------------------------------------------------

    async def append_recall(self, agent_id: str, inputs: list[MessageInput]) -> list[Message]:
        if not inputs:
            raise InvalidArgument("messages must not be empty", field="messages")
        for i in inputs:
            if i.role == Role.TOOL:
                raise InvalidArgument(
                    "messages.role must be user, assistant or system (a tool result belongs to its call)",
                    field="messages.role",
                )
        new = [
            Message(
                id=str(uuid.uuid4()),
                role=i.role,
                content=validation.text(i.content, "messages.content", max_chars=self.settings.max_message_chars),
                in_context=False,
                create_time=i.create_time or 0.0,
            )
            for i in inputs
        ]
        stored = await self._sql(self.sql.append_recall, validation.agent_id(agent_id), new)
        if self.recall is not None:
            self.recall.wake()
        return stored

    async def list_recall(
        self, agent_id: str, page_size: int, page_token: str, *, in_context_only: bool = False
    ) -> Page[Message]:
        size = paging.page_size(page_size, default=100, maximum=1000)
        return await self._sql(
            self.sql.list_recall, validation.agent_id(agent_id), size, page_token, in_context_only=in_context_only
        )

    async def search_recall(self, agent_id: str, query: RecallQuery) -> Page[RecallHit]:
        """Words and meaning fused (memory/search.py); without words, the date range newest first."""
        agent_id = validation.agent_id(agent_id)
        validation.text(query.query, "query", max_chars=10_000, required=False)
        size = paging.page_size(query.page_size, default=10, maximum=100)
        _check_range(query.start_time, query.end_time)
        cursor = paging.decode_token(query.page_token, "o", scope=paging.search_scope("recall", agent_id, query))
        offset = int(cursor["o"]) if cursor else 0
        said = not query.roles or {r.value for r in query.roles} <= {"user", "assistant"}
        if query.query.strip() and said:
            agent = await self._sql(self.sql.get_agent, agent_id)
            page = await self.search.recall(agent, query, offset, size)
        else:  # tool and system messages, and date listings: full text (FTS5 / tsvector)
            page = await self._sql(self.sql.search_recall, agent_id, _with_size(query, size))
        if self.recall is not None:
            page.unindexed = await self._sql(self.sql.unembedded_count, agent_id)
        return page

    # ----- Memory: archival -----------------------------------------------------------

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
        agent = await self._sql(self.sql.get_agent, agent_id)
        # Passages stored before normalization carry the hash of their exact text: look for both.
        exact = {h: hashlib.sha256(p.content.encode()).hexdigest() for p, h in passages}
        found = await self._sql(self.sql.find_passages, agent_id, [*exact, *exact.values()])
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
                twins = await self._sql(self.sql.get_passages, agent_id, [pid for pid, _ in close]) if close else {}
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
        # Once started, the write finishes even if the caller goes away: a cancel between the
        # vector and the record would leave an orphan point.
        task = watched(
            asyncio.ensure_future(self._write_passages(config, agent_id, passages, vectors, event)), "passage write"
        )
        return await asyncio.shield(task)

    async def _write_passages(
        self,
        config: EmbeddingConfig,
        agent_id: str,
        passages: list[tuple[Passage, str]],
        vectors: list[list[float]] | None = None,
        event: DocumentEvent | None = None,
    ) -> dict[str, tuple[Passage, bool]]:
        if vectors is None:
            vectors = await self.embedders.embed(config, [p.content for p, _ in passages])
        points = [
            VectorPoint(p.id, v, agent_id, p.tags, micros(p.create_time))
            for (p, _), v in zip(passages, vectors, strict=True)
        ]
        await self._vectors(self.index.upsert, config.embedding_dim, points)
        results = await self._sql(self.sql.insert_passages, agent_id, passages, event)
        return {h: result for (_, h), result in zip(passages, results, strict=True)}

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
        agent = await self._sql(self.sql.get_agent, agent_id)
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
        existing = await self._sql(self.sql.find_passages, agent_id, [h for _, h in unique])
        todo = [(p, h) for p, h in unique if h not in existing]
        done = len(unique) - len(todo)
        yield IngestProgress(done, len(unique))
        document_id = hashlib.sha256(document.content).hexdigest()
        # With notify_agent, the agent's turn about the document: a wake-up due now
        # (agent/wakeups.py), stored in the transaction of the last chunks, so a crash
        # can never leave the document stored without it (a retried ingest stores both).
        event = None
        if document.notify_agent:
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
        if event is not None and not todo:  # nothing new to store: the event alone
            await self._sql(self.sql.schedule_wakeup, agent_id, now(), event.text, "document", event.wakeup_id)
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
        _check_range(query.start_time, query.end_time)
        cursor = paging.decode_token(query.page_token, "o", scope=paging.search_scope("archival", agent_id, query))
        offset = int(cursor["o"]) if cursor else 0
        agent = await self._sql(self.sql.get_agent, agent_id)
        return await self.search.archival(agent, query, offset, size)

    # ----- Memory: the context block ---------------------------------------------------

    async def context_block(self, agent_id: str, request: ContextBlockQuery) -> ContextBlock:
        """Blocks, summary and the best recall and archival hits for a query, within a token budget."""
        agent_id = validation.agent_id(agent_id)
        budget = request.token_budget or context_block.DEFAULT_BUDGET
        if not context_block.MIN_BUDGET <= budget <= context_block.MAX_BUDGET:
            raise InvalidArgument(
                f"token_budget must be {context_block.MIN_BUDGET} to {context_block.MAX_BUDGET:,} (or 0: "
                f"{context_block.DEFAULT_BUDGET:,})",
                field="token_budget",
            )
        limits = {}
        for name, value in (("recall_limit", request.recall_limit), ("archival_limit", request.archival_limit)):
            limits[name] = context_block.DEFAULT_HITS if value is None else value
            if not 0 <= limits[name] <= context_block.MAX_HITS:
                raise InvalidArgument(f"{name} must be 0 to {context_block.MAX_HITS}", field=name)
        if len(request.recent) > context_block.MAX_RECENT:
            raise InvalidArgument(
                f"recent_messages holds at most {context_block.MAX_RECENT} messages", field="recent_messages"
            )
        query = validation.text(request.query, "query", max_chars=context_block.MAX_QUERY_CHARS, required=False)
        for item in request.recent:
            validation.text(item.content, "recent_messages.content", max_chars=self.settings.max_message_chars)
        context = await self._sql(self.sql.load_context, agent_id)
        used: set[str] = set()  # messages that make the query are not hits for it
        if not query.strip():
            texts = [i.content for i in request.recent]
            if not texts:
                latest = await self._sql(
                    self.sql.search_recall,
                    agent_id,
                    RecallQuery(roles=(Role.USER, Role.ASSISTANT), page_size=context_block.LATEST),
                )
                texts = [h.message.content for h in reversed(latest.items)]
                used = {h.message.id for h in latest.items}
            query = "\n".join(texts)[-context_block.MAX_QUERY_CHARS :]
        recall: list[RecallHit] = []
        archival: list[ArchivalHit] = []
        if query.strip() and limits["recall_limit"]:
            wanted = min(limits["recall_limit"] + len(used), 100)
            found = await self.search_recall(agent_id, RecallQuery(query=query, page_size=wanted))
            recall = [h for h in found.items if h.message.id not in used][: limits["recall_limit"]]
        if query.strip() and limits["archival_limit"] and context.archival_count:
            found_passages = await self.search_archival(
                agent_id, ArchivalQuery(query=query, page_size=limits["archival_limit"])
            )
            archival = found_passages.items
        items = context_block.candidates(context.agent.blocks, context.state.summary, recall, archival)
        counter = TokenCounter(context.agent.llm_config.model)
        return context_block.assemble(items, counter, budget, query)

    # ----- Memory: agent files ----------------------------------------------------------

    async def export_agent(self, agent_id: str) -> AgentExport:
        return await portable.export_agent(self, agent_id)

    async def import_agent(self, source: AgentExport | bytes, *, assign_new_id: bool = False) -> ImportOutcome:
        return await portable.import_agent(self, source, assign_new_id=assign_new_id)

    async def list_archival(self, agent_id: str, page_size: int, page_token: str) -> Page[Passage]:
        size = paging.page_size(page_size, default=100, maximum=1000)
        return await self._sql(self.sql.list_passages, validation.agent_id(agent_id), size, page_token)

    async def update_archival(
        self, agent_id: str, passage_id: str, content: str, tags: tuple[str, ...] | None = None
    ) -> Passage:
        """Replaces a passage's text (and tags, unless None), keeping its id; the text before becomes a version."""
        agent_id = validation.agent_id(agent_id)
        passage_id = validation.object_id(passage_id, "passage_id", "passage")
        validation.text(content, "content", max_chars=self.settings.max_message_chars)
        tags = None if tags is None else validation.tags(tags)
        agent = await self._sql(self.sql.get_agent, agent_id)
        current = (await self._sql(self.sql.get_passages, agent_id, [passage_id])).get(passage_id)
        if current is None:
            await self._sql(self.sql.passage_versions, agent_id, passage_id)  # raises PASSAGE_NOT_FOUND
            raise InvalidArgument(f"passage {passage_id} was deleted: insert it again instead", field="passage_id")
        config = agent.embedding_config
        [vector] = await self.embedders.embed(config, [content])
        point = VectorPoint(
            passage_id, vector, agent_id, current.tags if tags is None else tags, micros(current.create_time)
        )

        async def write() -> Passage:
            await self._vectors(self.index.upsert, config.embedding_dim, [point])
            return await self._sql(
                self.sql.update_passage, agent_id, passage_id, content, duplicates.normalized_hash(content), tags
            )

        return await asyncio.shield(watched(asyncio.ensure_future(write()), "passage update"))

    async def list_archival_versions(
        self, agent_id: str, passage_id: str
    ) -> tuple[list[PassageVersion], Passage | None]:
        agent_id = validation.agent_id(agent_id)
        passage_id = validation.object_id(passage_id, "passage_id", "passage")
        return await self._sql(self.sql.passage_versions, agent_id, passage_id)

    async def delete_archival(self, agent_id: str, passage_id: str) -> None:
        agent_id = validation.agent_id(agent_id)
        passage_id = validation.object_id(passage_id, "passage_id", "passage")
        agent = await self._sql(self.sql.get_agent, agent_id)
        await self._sql(self.sql.delete_passage, agent_id, passage_id)
        await self._vectors(self.index.delete, agent.embedding_config.embedding_dim, [passage_id])


ALL_AGENT_FIELDS = frozenset(
    {"name", "system", "llm_config", "embedding_config", "context_config", "max_steps", "tools", "consolidation"}
)


def _check_agent(agent: Agent, fields: frozenset[str]) -> None:
    """The store checks what it stores, whoever calls it (the agent server has completed it)."""
    if "name" in fields:
        validation.text(agent.name, "agent.name", max_chars=256)
    if "system" in fields:
        validation.text(agent.system, "agent.system", max_chars=100_000)
    if "llm_config" in fields:
        agent.llm_config = agent_config.check_llm_config(agent.llm_config)
    if "embedding_config" in fields:
        if agent.embedding_config is None:
            raise InvalidArgument("embedding_config is required", field="embedding_config")
        check_embedding_config(agent.embedding_config)
    if "context_config" in fields:
        agent.context_config = agent_config.check_context_config(agent.context_config)
    if "max_steps" in fields:
        agent_config.check_max_steps(agent.max_steps)
    if "tools" in fields:
        agent.tools = client_tools.check_tool_config(agent.tools, None)
    if "consolidation" in fields:
        agent.consolidation = agent_config.check_consolidation_config(agent.consolidation)


def _turn_id(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except (ValueError, AttributeError, TypeError):
        raise InvalidArgument("turn_id must be a UUID", field="turn_id") from None


def _check_event(event: EventRecord) -> None:
    _turn_id(event.turn_id)
    validation.text(event.data, "events.data_json", max_chars=8_000_000)
    _json_object(event.data, "events.data_json", ("type", str), ("fields", dict))


def _json_object(text: str, field: str, *keys: tuple[str, type]) -> None:
    """Internal JSON the agent server reads back: at least an object with these keys."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        value = None
    if not isinstance(value, dict) or any(not isinstance(value.get(k), t) for k, t in keys):
        names = ", ".join(k for k, _ in keys)
        raise InvalidArgument(f"{field} must be a JSON object with {names}", field=field)


def _check_turn(turn: TurnRecord) -> None:
    _turn_id(turn.id)
    if turn.status not in TURN_STATUSES:
        raise InvalidArgument(f"turn.status must be one of {', '.join(TURN_STATUSES)}", field="turn")
    validation.text(turn.state_json, "turn.state_json", max_chars=8_000_000)
    _json_object(turn.state_json, "turn.state_json", ("step", int), ("pending", list))
    validation.request_id(turn.request_id)


MAX_TOKENS = 100_000_000


def _check_message(m: Message) -> None:
    """Messages from the agent server: what the store holds must be storable and sane."""
    try:
        uuid.UUID(m.id)
    except (ValueError, TypeError):
        raise InvalidArgument("messages.id must be a UUID", field="messages.id") from None
    for name, value, limit in (
        ("content", m.content, 1_000_000),
        ("inner_thoughts", m.inner_thoughts, 1_000_000),
        ("tool_call_id", m.tool_call_id, 128),
        ("name", m.name, 128),
        ("turn_id", m.turn_id, 36),
    ):
        validation.text(value, f"messages.{name}", max_chars=limit, required=False)
    for call in m.tool_calls:
        validation.text(call.id, "messages.tool_calls.id", max_chars=128, required=False)
        validation.text(call.name, "messages.tool_calls.name", max_chars=128, required=False)
        validation.text(call.arguments, "messages.tool_calls.arguments", max_chars=1_000_000, required=False)
    if not 0 <= m.token_count <= MAX_TOKENS:
        raise InvalidArgument("messages.token_count is out of range", field="messages.token_count")


def _check_lease(holder: str, ttl_seconds: float) -> None:
    validation.text(holder, "holder", max_chars=200)
    if not 1 <= ttl_seconds <= 3600:
        raise InvalidArgument("a lease needs a holder (1 to 200 characters) and a ttl of 1 to 3600 seconds")


def _check_range(start: float | None, end: float | None) -> None:
    if start is not None and end is not None and end <= start:
        raise InvalidArgument("end_time must be after start_time", field="end_time")


def _with_size(query: RecallQuery, size: int, page_token: str | None = None) -> RecallQuery:
    token = query.page_token if page_token is None else page_token
    return RecallQuery(query.query, query.roles, query.start_time, query.end_time, size, token)
