"""AgentRuntime: the agent server's domain object.

Creates agents (checking and completing their configuration) and runs their turns,
one at a time per agent in arrival order. A turn runs as its own task: if the
client goes away the turn is asked to stop at its next step boundary instead of
being torn apart mid-write.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import time
import uuid
import weakref
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from typing import Any, cast

import structlog

from memsvc import validation
from memsvc.agent import extract as extract_
from memsvc.agent import replay
from memsvc.agent.events import Event, StopReason, TurnEnded, decode_events, encode_events
from memsvc.agent.llm import LlmClient
from memsvc.agent.loop import LoopDeps, Turn
from memsvc.agent.prompt import DEFAULT_SYSTEM, render_system, tools_for_llm
from memsvc.agent.queue import MIN_QUEUE_TOKENS, ContextReport, QueueManager, context_report
from memsvc.agent.tokens import TokenCounter
from memsvc.config import Settings
from memsvc.configs import (
    check_context_config,
    check_llm_config,
    check_max_steps,
    complete_block,
)
from memsvc.errors import Aborted, InvalidArgument, MemsvcError
from memsvc.memory.embeddings import check_embedding_config
from memsvc.models import (
    DEFAULT_CHUNK_SIZE,
    LEASE_TTL_SECONDS,
    LOCAL_EMBEDDING_DIM,
    LOCAL_EMBEDDING_MODEL,
    Agent,
    Context,
    EmbeddingConfig,
    Message,
    MessageInput,
    Page,
    Role,
    now,
)
from memsvc.ports import AgentStore, Executor
from memsvc.tasks import watched

log = structlog.get_logger("memsvc.agent")
Emit = Callable[[Event], Awaitable[None]]

UPDATABLE = frozenset({"name", "system", "llm_config", "embedding_config", "context_config", "max_steps"})
LOCAL_CHUNK_SIZE = 200
MAX_TURN_INPUTS = 100  # messages in one turn's input (each also fits the prompt, and all of them together)
# A turn lease lapses this long after its last extension (a crashed server's turns
# resume elsewhere after at most this; a restarted server gets its own back at once).
LEASE_TTL = LEASE_TTL_SECONDS
DRAIN_SECONDS = 10.0
MAX_CONVERSATION = 1000


class AgentRuntime:
    def __init__(self, store: AgentStore, executor: Executor, llm: LlmClient, settings: Settings) -> None:
        self.store = store
        # Names this server in turn leases; app.start sets host:port once the port is bound.
        self.holder = settings.instance_id or f"{socket.gethostname()}:{os.getpid()}"
        self.deps = LoopDeps(store, executor, llm)
        self.settings = settings
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()
        self._tasks: set[asyncio.Task[TurnEnded]] = set()
        self._queues = QueueCache()

    # ----- agents ---------------------------------------------------------------------

    async def create_agent(self, agent: Agent, request_id: str = "") -> Agent:
        agent = self.complete(agent)
        await self.check_fits(agent)
        return await self.store.create_agent(agent, validation.request_id(request_id))

    async def check_fits(self, agent: Agent) -> None:
        """Refuses a context window too small for the fixed part of the prompt."""
        config = agent.llm_config
        schemas = await self.deps.executor.list_functions(inner_thoughts_in_kwargs=config.put_inner_thoughts_in_kwargs)
        counter = TokenCounter(config.model)
        system = render_system(agent, 0, 0)
        fixed = counter.message({"role": "system", "content": system}) + counter.tools(tools_for_llm(schemas))
        budget = config.context_window - config.max_tokens
        if fixed + MIN_QUEUE_TOKENS > budget:
            raise InvalidArgument(
                f"llm_config.context_window {config.context_window:,} is too small: the system instructions, memory "
                f"blocks and function schemas take {fixed:,} tokens of the prompt budget of {budget:,} "
                f"(context_window minus max_tokens {config.max_tokens:,}), leaving less than {MIN_QUEUE_TOKENS} "
                f"for messages; use a context_window of at least {fixed + MIN_QUEUE_TOKENS + config.max_tokens:,}",
                reason="CONTEXT_WINDOW_TOO_SMALL",
                field="llm_config.context_window",
            )

    def complete(self, agent: Agent) -> Agent:
        """Checks a new agent's configuration and fills in every default."""
        agent.id = str(uuid.uuid4())
        agent.name = validation.text(agent.name or f"agent-{agent.id[:8]}", "name", max_chars=256)
        agent.system = validation.text(agent.system or DEFAULT_SYSTEM, "system", max_chars=100_000)
        agent.llm_config = check_llm_config(agent.llm_config)
        agent.embedding_config = self.complete_embedding(agent.embedding_config)
        agent.context_config = check_context_config(agent.context_config)
        agent.max_steps = check_max_steps(agent.max_steps)
        agent.blocks = [complete_block(b) for b in agent.blocks]
        agent.create_time = agent.update_time = now()
        return agent

    def complete_embedding(self, config: EmbeddingConfig | None) -> EmbeddingConfig:
        config = replace(config) if config else EmbeddingConfig(embedding_endpoint_type="")
        if not config.embedding_endpoint_type:
            remote = config.embedding_endpoint or self.settings.embedding_base_url
            config.embedding_endpoint_type = "openai" if remote else "local"
        if config.embedding_endpoint_type == "local":
            config.embedding_model = config.embedding_model or LOCAL_EMBEDDING_MODEL
            config.embedding_dim = config.embedding_dim or LOCAL_EMBEDDING_DIM
        if not config.embedding_model:
            raise InvalidArgument(
                "embedding_config.embedding_model is required", field="embedding_config.embedding_model"
            )
        if config.embedding_chunk_size == 0:
            # all-MiniLM-L6-v2 reads at most 256 word pieces: keep local chunks under that.
            local = config.embedding_endpoint_type == "local"
            config.embedding_chunk_size = LOCAL_CHUNK_SIZE if local else DEFAULT_CHUNK_SIZE
        if not 16 <= config.embedding_chunk_size <= 8192:
            raise InvalidArgument(
                "embedding_config.embedding_chunk_size must be between 16 and 8192 tokens",
                field="embedding_config.embedding_chunk_size",
            )
        check_embedding_config(config)
        return config

    async def get_agent(self, agent_id: str) -> Agent:
        return await self.store.get_agent(agent_id)

    async def list_agents(self, page_size: int, page_token: str) -> Page[Agent]:
        return await self.store.list_agents(page_size, page_token)

    async def update_agent(self, agent: Agent, fields: frozenset[str]) -> Agent:
        if not fields:
            raise InvalidArgument("update_mask must name at least one field", field="update_mask")
        unknown = fields - UPDATABLE
        if unknown:
            raise InvalidArgument(
                f"update_mask names fields that cannot be changed here: {', '.join(sorted(unknown))}; "
                f"allowed: {', '.join(sorted(UPDATABLE))} (blocks change through MemoryService)",
                field="update_mask",
            )
        current = await self.store.get_agent(agent.id)
        if "name" in fields:
            agent.name = validation.text(agent.name, "agent.name", max_chars=256)
        if "system" in fields:
            agent.system = validation.text(agent.system or DEFAULT_SYSTEM, "agent.system", max_chars=100_000)
        if "llm_config" in fields:
            agent.llm_config = check_llm_config(agent.llm_config)
        if "embedding_config" in fields:
            agent.embedding_config = self.complete_embedding(agent.embedding_config)
            if agent.embedding_config.embedding_dim != current.embedding_config.embedding_dim:
                raise InvalidArgument(
                    "embedding_dim cannot change once an agent exists (its archival vectors have that dimension)",
                    field="agent.embedding_config.embedding_dim",
                )
        if "context_config" in fields:
            agent.context_config = check_context_config(agent.context_config)
        if "max_steps" in fields:
            agent.max_steps = check_max_steps(agent.max_steps)
        return await self.store.update_agent(agent, fields)

    async def list_messages(
        self, agent_id: str, page_size: int, page_token: str, *, in_context_only: bool = False
    ) -> Page[Message]:
        return await self.store.list_recall(agent_id, page_size, page_token, in_context_only=in_context_only)

    async def context_window(self, agent_id: str) -> ContextReport:
        context = await self.store.load_context(validation.agent_id(agent_id))
        config = context.agent.llm_config
        schemas = await self.deps.executor.list_functions(inner_thoughts_in_kwargs=config.put_inner_thoughts_in_kwargs)
        counter = TokenCounter(config.model)
        system = render_system(context.agent, context.recall_count, context.archival_count)
        tools_tokens = counter.tools(tools_for_llm(schemas))
        return context_report(QueueManager(self.deps.llm, counter), context, system, tools_tokens)

    async def delete_agent(self, agent_id: str) -> None:
        async with self._lock(agent_id):
            await self.store.delete_agent(agent_id)

    # ----- the write side of external loops ---------------------------------------------

    async def append_conversation(
        self, agent_id: str, inputs: list[MessageInput], emit: Emit, *, extract: bool = False, max_steps: int = 0
    ) -> tuple[list[Message], TurnEnded | None]:
        """Stores an external loop's messages in recall storage; with `extract`, the agent's LLM then
        saves what is worth keeping from them (extract.py), under the turn lease, never beside a turn."""
        agent_id = validation.agent_id(agent_id)
        if not 1 <= len(inputs) <= MAX_CONVERSATION:
            raise InvalidArgument(f"messages must hold 1 to {MAX_CONVERSATION} messages", field="messages")
        if not 0 <= max_steps <= extract_.MAX_STEPS:
            raise InvalidArgument(
                f"max_steps must be 0 (default {extract_.DEFAULT_STEPS}) to {extract_.MAX_STEPS}", field="max_steps"
            )
        stored = await self.store.append_recall(agent_id, inputs)
        if not extract:
            return stored, None
        async with self._lock(agent_id), self._lease(agent_id) as (context, _):
            run = extract_.Extraction(self.deps.llm, self.deps.executor, context.agent, emit)
            end = await run.run(stored, max_steps or extract_.DEFAULT_STEPS)
        return stored, end

    # ----- turns ----------------------------------------------------------------------

    def check_inputs(self, inputs: list[MessageInput]) -> list[MessageInput]:
        if not inputs:
            raise InvalidArgument("messages must hold at least one message", field="messages")
        if len(inputs) > MAX_TURN_INPUTS:
            raise InvalidArgument(
                f"a turn takes at most {MAX_TURN_INPUTS} messages; this request has {len(inputs):,}: send them "
                "over several turns, or store history with MemoryService.AppendRecallMessages",
                reason="TOO_MANY_MESSAGES",
                field="messages",
            )
        out = []
        for item in inputs:
            if item.role not in (Role.USER, Role.SYSTEM):
                raise InvalidArgument(
                    "an input message's role must be MESSAGE_ROLE_USER or MESSAGE_ROLE_SYSTEM", field="messages.role"
                )
            validation.text(item.content, "messages.content", max_chars=self.settings.max_message_chars)
            if item.create_time is not None:
                raise InvalidArgument(
                    "a turn's input is stored now: leave messages.create_time unset "
                    "(MemoryService.AppendRecallMessages stores history with its own times)",
                    field="messages.create_time",
                )
            out.append(item)
        return out

    async def send(
        self,
        agent_id: str,
        inputs: list[MessageInput],
        emit: Emit,
        *,
        max_steps: int = 0,
        cancel: asyncio.Event | None = None,
        request_id: str = "",
    ) -> TurnEnded:
        """Runs one turn. If the caller is cancelled, the turn stops at its next step boundary.

        With `request_id`, a retry of a request whose turn ended gets that turn's events again
        instead of a new turn; a retry of one cut off by a crash finishes it, without storing
        the input again.
        """
        agent_id = validation.agent_id(agent_id)
        inputs = self.check_inputs(inputs)
        validation.request_id(request_id)
        if max_steps < 0 or max_steps > 1000:
            raise InvalidArgument("max_steps must be between 0 (the agent's default) and 1000", field="max_steps")
        cancel = cancel or asyncio.Event()
        guarded = _GuardedEmit(emit, cancel)
        task = watched(
            asyncio.create_task(self._turn(agent_id, inputs, guarded, max_steps, cancel, request_id)), "turn"
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            cancel.set()
            raise

    async def _turn(
        self,
        agent_id: str,
        inputs: list[MessageInput],
        emit: Emit,
        max_steps: int,
        cancel: asyncio.Event,
        request_id: str,
    ) -> TurnEnded:
        # In order within this server (the lock), and on one server at a time (the lease).
        async with self._lock(agent_id), self._lease(agent_id) as (context, holder):
            steps = max_steps or context.agent.max_steps or self.settings.max_steps
            if request_id and (seen := await self.store.get_turn_request(agent_id, request_id)) is not None:
                events = _replayable(seen[1]) or await self._ended_unrecorded(
                    agent_id, request_id, seen[0], context, steps
                )
                if events:  # the turn ended: replay it
                    for event in events:
                        await emit(event)
                    return cast(TurnEnded, events[-1].body)
                inputs = []  # stored by the first attempt, whose turn was cut off: finish it
            recorded: list[Event] = []

            async def record(event: Event) -> None:
                recorded.append(event)
                await emit(event)

            turn = Turn(self.deps, context, record if request_id else emit, steps, cancel, holder)
            end = await turn.run(inputs, request_id if inputs else "")
            # A failed turn is retried, not replayed; so is one cut off by its client's deadline.
            if request_id and end.error is None and end.stop_reason is not StopReason.CANCELLED:
                await self.store.finish_turn_request(agent_id, request_id, encode_events(recorded))
            return end

    async def _ended_unrecorded(
        self, agent_id: str, request_id: str, turn_id: str, context: Context, steps: int
    ) -> list[Event]:
        """The events of a request's turn that ended before they were recorded (see replay.py)."""
        events = replay.ended_turn(context.messages, turn_id, steps)
        if not events:
            return []
        with contextlib.suppress(MemsvcError):  # recorded now, or recognised again next time
            await self.store.finish_turn_request(agent_id, request_id, encode_events(events))
        return events

    @asynccontextmanager
    async def _lease(self, agent_id: str) -> AsyncIterator[tuple[Context, str]]:
        """Loads the agent's context under its turn lease, waiting while another agent server has it."""
        delay, deadline = 0.01, time.monotonic() + self.settings.lease_wait_seconds
        holder = f"{self.holder}/{uuid.uuid4().hex[:8]}"  # this turn, on this server
        cached = self._queues.get(agent_id)
        while True:
            try:
                known = (cached.last_seq, cached.evicted_through) if cached else None
                context = await self.store.load_context(agent_id, (holder, LEASE_TTL), known)
                break
            except Aborted as exc:
                if exc.reason != "AGENT_BUSY" or time.monotonic() > deadline:
                    exc.message += "; try again when its turn ends"
                    exc.retry_after = 1.0
                    raise
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.25)
        if context.messages_unchanged and cached is not None:
            context.messages = cached.messages
        renewal = asyncio.create_task(self._renew(agent_id, holder))
        try:
            yield context, holder
            self._queues.put(agent_id, context)
        except BaseException:
            self._queues.drop(agent_id)
            raise
        finally:
            renewal.cancel()
            # Off the reply's path: the next turn here takes it over anyway, another server waits.
            self._spawn(self._release(agent_id, holder))

    async def _release(self, agent_id: str, holder: str) -> None:
        # Bounded: a memory server that is gone must not hold up anything; the lease lapses.
        with contextlib.suppress(MemsvcError, TimeoutError):
            await asyncio.wait_for(self.store.release_lease(agent_id, holder), timeout=5.0)

    def _spawn(self, work: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _renew(self, agent_id: str, holder: str) -> None:
        """Keeps the lease while a step waits on a slow LLM (commits extend it too)."""
        while True:
            await asyncio.sleep(LEASE_TTL / 3)
            with contextlib.suppress(MemsvcError):
                await self.store.acquire_lease(agent_id, holder, LEASE_TTL)

    def _lock(self, agent_id: str) -> asyncio.Lock:
        lock = self._locks.get(agent_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[agent_id] = lock
        return lock

    async def drain(self) -> None:
        """On shutdown: lets running turns reach their end (or cancels them after DRAIN_SECONDS).

        Leases not yet released simply lapse; a turn cut off here is finished by a retry.
        """
        if not self._tasks:
            return
        _, pending = await asyncio.wait(set(self._tasks), timeout=DRAIN_SECONDS)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)


def _replayable(events_json: str) -> list[Event]:
    """The recorded events of an ended turn, or [] if none were recorded (or they are unreadable)."""
    if not events_json:
        return []
    try:
        events = decode_events(events_json)
    except (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
        log.warning("unreadable_turn_record")
        return []
    return events if events and isinstance(events[-1].body, TurnEnded) else []


class _GuardedEmit:
    """An emit that never breaks the turn: if the client is gone, the turn is cancelled."""

    def __init__(self, emit: Emit, cancel: asyncio.Event) -> None:
        self.emit = emit
        self.cancel = cancel
        self.broken = False

    async def __call__(self, event: Event) -> None:
        if self.broken:
            return
        try:
            await self.emit(event)
        except Exception:  # the stream is gone: stop the turn at its next step boundary
            self.broken = True
            self.cancel.set()


@dataclass(slots=True)
class _CachedQueue:
    messages: list[Message]
    last_seq: int
    evicted_through: int


class QueueCache:
    """Each recent agent's message queue as its last turn left it, so the next turn's load
    skips reading it back (the store confirms nothing changed: same last sequence, same
    eviction point). Bounded: the least recently used agents are dropped."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._items: OrderedDict[str, _CachedQueue] = OrderedDict()

    def get(self, agent_id: str) -> _CachedQueue | None:
        item = self._items.get(agent_id)
        if item is not None:
            self._items.move_to_end(agent_id)
        return item

    def put(self, agent_id: str, context: Context) -> None:
        self._items[agent_id] = _CachedQueue(
            context.messages, context.recall_count, context.state.evicted_through_sequence
        )
        self._items.move_to_end(agent_id)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def drop(self, agent_id: str) -> None:
        self._items.pop(agent_id, None)
