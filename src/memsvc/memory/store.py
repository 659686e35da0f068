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
import json
import uuid
import weakref
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import structlog

from memsvc import agent_config, paging, tracing, validation
from memsvc.errors import InvalidArgument
from memsvc.memory import checks, context_block, portable
from memsvc.memory.archival import ArchivalStore
from memsvc.memory.embeddings import Embedders
from memsvc.memory.recall_vectors import RecallVectors
from memsvc.memory.search import Search
from memsvc.memory.wakeups import WakeupStore
from memsvc.models import (
    Agent,
    AgentExport,
    Block,
    BlockEdit,
    Context,
    ContextBlock,
    ContextBlockQuery,
    ContextState,
    DueConsolidation,
    DueTurn,
    EmbeddingConfig,
    EventRecord,
    ImportOutcome,
    Message,
    MessageInput,
    Page,
    RecallHit,
    RecallQuery,
    Role,
    TurnRecord,
    WakeupFiring,
    micros,
)
from memsvc.settings import Settings
from memsvc.storage.sql import SqlStore, check_block_limit
from memsvc.storage.sql.blocks import apply_edit
from memsvc.storage.textsearch import embeddable
from memsvc.storage.vectors import VectorIndex, VectorPoint
from memsvc.tokens import TokenCounter

T = TypeVar("T")
# The share of an agent's prompt budget its memory blocks may take together (edits that grow them past it
# are refused); the rest is for the instructions, function schemas and the message queue.
WORKING_CONTEXT_SHARE = 0.5
log = structlog.get_logger("memsvc.memory")
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
        "agent_for_search",
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


class MemoryStore(ArchivalStore, WakeupStore):
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
            RecallVectors(sql, recall_index, embedders, self.run_sql, self._vectors)
            if recall_index is not None
            else None
        )
        # One asyncio.Event per watched agent, set (and replaced) when its events are stored.
        self._event_signals: weakref.WeakValueDictionary[str, asyncio.Event] = weakref.WeakValueDictionary()
        self.search = Search(sql, index, recall_index, embedders, self.run_sql, self._vectors)

    def start_background(self) -> None:
        """Starts the recall indexer (embeds messages off the turns' path)."""
        if self.recall is not None:
            self.recall.start()

    async def stop_background(self) -> None:
        if self.recall is not None:
            await self.recall.stop()

    async def run_sql(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
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
        records = await self.run_sql(self.sql.all_passages)
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
            passages = await self.run_sql(self.sql.passages_by_id, ids)
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
        expected = set(await self.run_sql(self.sql.embedded_said))
        indexed = {pid for pid, _ in points}
        lost = sorted(expected - indexed)
        orphans: dict[int, list[str]] = {}
        for pid, dim in points:
            if pid not in expected:
                orphans.setdefault(dim, []).append(pid)
        # A message not marked embedded yet may have its vector already (a crash between the two
        # writes): the indexer writes it again, so only points of messages that are gone go.
        waiting = set(await self.run_sql(self.sql.message_ids, [pid for ids in orphans.values() for pid in ids]))
        for dim, ids in orphans.items():
            gone = [pid for pid in ids if pid not in waiting]
            if gone:
                await self._vectors(index.delete, dim, gone)
        if lost:
            await self.run_sql(self.sql.mark_embedded, lost, False)
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
        checks.check_agent(agent, checks.ALL_AGENT_FIELDS)
        checks.check_blocks(agent.blocks, "memory_blocks")
        agent.blocks = [agent_config.complete_block(b) for b in agent.blocks]
        for block in agent.blocks:
            check_block_limit(block)
        return await self.run_sql(self.sql.create_agent, agent, validation.request_id(request_id))

    async def get_agent(self, agent_id: str) -> Agent:
        return await self.run_sql(self.sql.get_agent, validation.agent_id(agent_id))

    async def list_agents(self, page_size: int, page_token: str) -> Page[Agent]:
        size = paging.page_size(page_size, default=50, maximum=1000)
        return await self.run_sql(self.sql.list_agents, size, page_token)

    async def update_agent(self, agent: Agent, fields: frozenset[str]) -> Agent:
        validation.agent_id(agent.id, "agent.id")
        checks.check_agent(agent, fields)
        return await self.run_sql(self.sql.update_agent, agent, fields)

    async def delete_agent(self, agent_id: str) -> None:
        agent_id = validation.agent_id(agent_id)
        await self.run_sql(self.sql.delete_agent, agent_id)
        await self._vectors(self.index.delete_agent, agent_id)
        if self.recall is not None:
            await self._vectors(self.recall.index.delete_agent, agent_id)

    async def load_context(
        self, agent_id: str, lease: tuple[str, float] | None = None, known: tuple[int, int] | None = None
    ) -> Context:
        if lease is not None:
            checks.check_lease(*lease)
        with tracing.span("store.load_context", agent_id=agent_id):
            return await self.run_sql(self.sql.load_context, validation.agent_id(agent_id), lease, known)

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
        checks.check_commit(messages, state, request, events or (), turn)
        with tracing.span("store.commit", agent_id=agent_id, messages=len(messages)):
            stored = await self.run_sql(
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
        return await self.run_sql(self.sql.get_turn, validation.agent_id(agent_id), checks.check_turn_id(turn_id))

    async def list_turns(self, agent_id: str, page_size: int, page_token: str) -> Page[TurnRecord]:
        size = paging.page_size(page_size, default=50, maximum=1000)
        return await self.run_sql(self.sql.list_turns, validation.agent_id(agent_id), size, page_token)

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
        turn_id = checks.check_turn_id(turn_id) if turn_id else ""
        after = max(0, after_sequence if turn_id else after_agent_sequence)
        if only_new and not turn_id:
            after = await self.run_sql(self.sql.last_event_sequence, agent_id)
        while True:
            signal = self._event_signals.get(agent_id)
            if signal is None:
                signal = self._event_signals[agent_id] = asyncio.Event()
            if turn_id:
                batch = await self.run_sql(self.sql.list_turn_events, agent_id, turn_id, after, EVENT_BATCH)
            else:
                batch = await self.run_sql(self.sql.list_events, agent_id, after, EVENT_BATCH)
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
        return await self.run_sql(self.sql.due_turns, due_before, max(1, min(limit, 1000)))

    async def due_consolidations(self, due_before: float, limit: int) -> list[DueConsolidation]:
        return await self.run_sql(self.sql.due_consolidations, due_before, max(1, min(limit, 1000)))

    async def get_turn_request(self, agent_id: str, request_id: str) -> tuple[str, str] | None:
        return await self.run_sql(
            self.sql.get_turn_request, validation.agent_id(agent_id), validation.request_id(request_id)
        )

    async def finish_turn_request(self, agent_id: str, request_id: str, events_json: str, turn_id: str = "") -> None:
        validation.text(events_json, "events_json", max_chars=64 * 1024 * 1024, required=not turn_id)
        if turn_id:
            checks.check_turn_id(turn_id)
        await self.run_sql(
            self.sql.finish_turn_request, validation.agent_id(agent_id), request_id, events_json, turn_id
        )

    async def acquire_lease(self, agent_id: str, holder: str, ttl_seconds: float) -> bool:
        checks.check_lease(holder, ttl_seconds)
        return await self.run_sql(self.sql.acquire_lease, validation.agent_id(agent_id), holder, ttl_seconds)

    async def release_lease(self, agent_id: str, holder: str) -> None:
        validation.text(holder, "holder", max_chars=200)
        await self.run_sql(self.sql.release_lease, validation.agent_id(agent_id), holder)

    # ----- Memory: blocks -------------------------------------------------------------

    async def list_blocks(self, agent_id: str) -> list[Block]:
        return await self.run_sql(self.sql.list_blocks, validation.agent_id(agent_id))

    async def get_block(self, agent_id: str, label: str) -> Block:
        return await self.run_sql(self.sql.get_block, validation.agent_id(agent_id), validation.label(label))

    async def update_block(self, agent_id: str, block: Block, fields: frozenset[str]) -> Block:
        validation.label(block.label, "block.label")
        if "value" in fields:
            validation.text(block.value, "block.value", max_chars=1_000_000, required=False)
            await self._check_working_context(agent_id, block.label, lambda _: block.value, "block.value")
        if "description" in fields:
            validation.text(block.description, "block.description", max_chars=10_000, required=False)
        return await self.run_sql(self.sql.update_block, validation.agent_id(agent_id), block, fields)

    async def edit_block(self, agent_id: str, label: str, edit: BlockEdit, *, respect_read_only: bool = False) -> Block:
        limit = self.settings.max_message_chars
        validation.text(
            edit.new, "new_content" if edit.old is not None else "content", max_chars=limit, required=edit.old is None
        )
        if edit.old is not None:
            validation.text(edit.old, "old_content", max_chars=1_000_000)
        field = "new_content" if edit.old is not None else "content"
        await self._check_working_context(agent_id, label, lambda current: apply_edit(current, edit), field)
        return await self.run_sql(
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
        agent = await self.run_sql(self.sql.get_agent, validation.agent_id(agent_id))
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
        stored = await self.run_sql(self.sql.append_recall, validation.agent_id(agent_id), new)
        if self.recall is not None:
            self.recall.wake()
        return stored

    async def list_recall(
        self, agent_id: str, page_size: int, page_token: str, *, in_context_only: bool = False
    ) -> Page[Message]:
        size = paging.page_size(page_size, default=100, maximum=1000)
        return await self.run_sql(
            self.sql.list_recall, validation.agent_id(agent_id), size, page_token, in_context_only=in_context_only
        )

    async def search_recall(self, agent_id: str, query: RecallQuery) -> Page[RecallHit]:
        """Words and meaning fused (memory/search.py); without words, the date range newest first."""
        agent_id = validation.agent_id(agent_id)
        validation.text(query.query, "query", max_chars=10_000, required=False)
        size = paging.page_size(query.page_size, default=10, maximum=100)
        checks.check_range(query.start_time, query.end_time)
        cursor = paging.decode_token(query.page_token, "o", scope=paging.search_scope("recall", agent_id, query))
        offset = int(cursor["o"]) if cursor else 0
        said = not query.roles or {r.value for r in query.roles} <= {"user", "assistant"}
        if query.query.strip() and said:
            # The agent and its indexing backlog in one statement.
            agent, waiting = await self.run_sql(
                self.sql.agent_for_search, agent_id, count_unindexed=self.recall is not None
            )
            page = await self.search.recall(agent, query, offset, size)
            if self.recall is not None:
                page.unindexed = waiting
            return page
        # Tool and system messages, and date listings: full text (FTS5 / tsvector).
        page = await self.run_sql(self.sql.search_recall, agent_id, _with_size(query, size))
        if self.recall is not None:
            page.unindexed = await self.run_sql(self.sql.unembedded_count, agent_id)
        return page

    # ----- Memory: the context block ---------------------------------------------------

    async def context_block(self, agent_id: str, request: ContextBlockQuery) -> ContextBlock:
        """Blocks, summary and the best recall and archival hits for a query, within a token budget."""
        return await context_block.build(self, agent_id, request)

    # ----- Memory: agent files ----------------------------------------------------------

    async def export_agent(self, agent_id: str) -> AgentExport:
        return await portable.export_agent(self, agent_id)

    async def import_agent(self, source: AgentExport | bytes, *, assign_new_id: bool = False) -> ImportOutcome:
        return await portable.import_agent(self, source, assign_new_id=assign_new_id)


def _with_size(query: RecallQuery, size: int, page_token: str | None = None) -> RecallQuery:
    token = query.page_token if page_token is None else page_token
    return RecallQuery(query.query, query.roles, query.start_time, query.end_time, size, token)
