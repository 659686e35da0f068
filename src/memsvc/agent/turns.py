"""TurnRunner: an agent server's side of turns: starting, resuming, cancelling, following.

A turn's steps run under the agent's lock (one turn at a time in this server) and its
turn lease (one server at a time), as their own task: a client that goes away does
not stop them, unless it asked for that (`cancel_on_disconnect`). A turn that waits
for the client holds neither: it lives in the store (turn_state.py), and whichever
agent server receives its answers, or finds its wait expired (scheduler.py), takes
the lease and carries it on. Events are read back from the store for clients that
re-attach to a turn or watch an agent, whichever server runs it.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
import weakref
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import structlog

from memsvc import validation
from memsvc.agent import answers, replay
from memsvc.agent.events import Event, StopReason, TurnEnded, TurnWaiting, decode_events
from memsvc.agent.loop import LoopDeps, Outcome, Turn
from memsvc.agent.turn_state import TurnState, TurnStatus
from memsvc.errors import Aborted, FailedPrecondition, InvalidArgument, MemsvcError, NotFound
from memsvc.models import LEASE_TTL_SECONDS, Context, DueTurn, Message, MessageInput, Page, WakeupFiring
from memsvc.settings import Settings
from memsvc.tasks import watched
from memsvc.tenancy import current_tenant

log = structlog.get_logger("memsvc.turns")
Emit = Callable[[Event], Awaitable[None]]
T = TypeVar("T")

# A turn lease lapses this long after its last extension (a crashed server's turns
# resume elsewhere after at most this; a restarted server gets its own back at once).
LEASE_TTL = LEASE_TTL_SECONDS
DRAIN_SECONDS = 10.0


async def _nowhere(event: Event) -> None:
    """The emit of a turn no client drives (continued by expiry): watchers read the store."""


@dataclass(slots=True)
class TurnView:
    """A turn as clients see it: its state and the sequence of its last stored event."""

    state: TurnState
    last_sequence: int


class TurnRunner:
    def __init__(self, deps: LoopDeps, settings: Settings, holder: str) -> None:
        self.deps = deps
        self.store = deps.store
        self.settings = settings
        self.holder = holder  # this server's name in turn leases
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._queues = QueueCache()
        self._running: dict[str, asyncio.Event] = {}  # turn id -> its cancel, for turns running here
        self._attending: set[str] = set()  # due turns being seen to here
        # Agent id -> the cancel of its background consolidation run here: a turn for the
        # agent asks it to stop, so the user never waits behind it on this server.
        self.background: dict[str, asyncio.Event] = {}

    # ----- starting and continuing turns ----------------------------------------------

    async def send(
        self,
        agent_id: str,
        inputs: list[MessageInput],
        emit: Emit,
        *,
        max_steps: int = 0,
        cancel: asyncio.Event | None = None,
        request_id: str = "",
        cancel_on_disconnect: bool = False,
        wakeup: WakeupFiring | None = None,
        stream_tokens: bool = False,
    ) -> Outcome:
        """Runs one turn until it ends or waits for the client (with `stream_tokens`, `emit` also
        gets each step's unstored TextDelta events as the LLM generates its reply).

        With `request_id`, a retry of a request whose turn ended (or waits) gets that turn's
        events again instead of a new turn; a retry of one that failed or was cut off by a
        crash runs again, without storing the input again. With `wakeup`, the turn's input
        fires that wake-up (agent/wakeups.py), or the turn is refused (WAKEUP_NOT_PENDING).
        """
        cancel = cancel or asyncio.Event()
        if (background := self.background.get(agent_id)) is not None:
            background.set()
        guarded = _GuardedEmit(emit, cancel if cancel_on_disconnect else None)
        work = self._send(agent_id, inputs, guarded, max_steps, cancel, request_id, stream_tokens, wakeup)
        return await self._detached(work, cancel if cancel_on_disconnect else None)

    async def _send(
        self,
        agent_id: str,
        inputs: list[MessageInput],
        emit: Emit,
        max_steps: int,
        cancel: asyncio.Event,
        request_id: str,
        stream_tokens: bool,
        wakeup: WakeupFiring | None = None,
    ) -> Outcome:
        async with self.held(agent_id) as (context, holder):
            await self.close_stalled(context, holder)
            steps = max_steps or context.agent.max_steps or self.settings.max_steps
            again = False
            if request_id and (seen := await self.store.get_turn_request(agent_id, request_id)) is not None:
                replayed = await self._replay(agent_id, seen, emit, context, steps)
                if replayed is not None:
                    return replayed
                inputs, again = [], True  # stored by the first attempt, which failed or was cut off: run again
            if context.open_turn is not None:  # waiting (a running one was closed above)
                raise awaiting_client(TurnState.from_record(context.open_turn))
            state = TurnState.start(agent_id, steps, request_id)
            turn = Turn(self.deps, context, emit, state, cancel, holder, stream_tokens)
            with self._registered(state.id, cancel):
                outcome = await turn.start(inputs, request_id, wakeup)
            if again and turn.stored:  # the request is this turn's now: a later retry replays it
                with contextlib.suppress(MemsvcError):
                    await self.store.finish_turn_request(agent_id, request_id, "", state.id)
            return outcome

    async def resume(
        self,
        agent_id: str,
        turn_id: str,
        given: list[answers.Answer],
        emit: Emit,
        *,
        cancel_on_disconnect: bool = False,
        stream_tokens: bool = False,
    ) -> Outcome:
        """Answers pending calls of a waiting turn and, once none is left, continues it."""
        agent_id = validation.agent_id(agent_id)
        given = answers.check_answers(given)
        cancel = asyncio.Event()
        stop = cancel if cancel_on_disconnect else None
        work = self._resume(agent_id, turn_id, given, _GuardedEmit(emit, stop), cancel, stream_tokens)
        return await self._detached(work, stop)

    async def _resume(
        self,
        agent_id: str,
        turn_id: str,
        given: list[answers.Answer],
        emit: Emit,
        cancel: asyncio.Event,
        stream_tokens: bool,
    ) -> Outcome:
        async with self.held(agent_id) as (context, holder):
            await self.close_stalled(context, holder)
            state = await self._turn_state(context, turn_id)
            turn = Turn(self.deps, context, emit, state, cancel, holder, stream_tokens)
            with self._registered(state.id, cancel):
                return await answers.resume(turn, given)

    async def cancel(self, agent_id: str, turn_id: str) -> TurnView:
        """Cancels a turn: a waiting one ends now, a running one at its next step boundary."""
        agent_id = validation.agent_id(agent_id)
        turn_id = _turn_id(turn_id)
        running = self._running.get(turn_id)
        if running is not None:
            running.set()
            return await self.get(agent_id, turn_id)
        try:
            async with self.held(agent_id, wait=False) as (context, holder):
                if context.open_turn is not None and context.open_turn.id == turn_id:
                    state = TurnState.from_record(context.open_turn)
                    turn = Turn(self.deps, context, _nowhere, state, asyncio.Event(), holder)
                    if state.status is TurnStatus.WAITING:
                        await answers.cancel_waiting(turn)
                    else:  # running, but nowhere (its server stopped)
                        await turn.abandon()
        except Aborted as exc:
            if exc.reason != "AGENT_BUSY":
                raise
            view = await self.get(agent_id, turn_id)
            if view.state.status is TurnStatus.ENDED:
                return view
            raise FailedPrecondition(
                f"turn {turn_id} is running on another agent server; cancel it on the stream that drives it "
                "(StreamStep `cancel`), or once it waits",
                reason="TURN_RUNNING_ELSEWHERE",
            ) from None
        return await self.get(agent_id, turn_id)

    async def attend(self, due: DueTurn) -> None:
        """Sees to a due turn (scheduler.py): fails the calls whose wait expired (the turn goes on
        if nothing is left pending), or ends a running turn whose agent server stopped."""
        if due.turn_id in self._attending:
            return
        self._attending.add(due.turn_id)
        current_tenant.set(due.tenant)
        try:
            async with self.held(due.agent_id, wait=False) as (context, holder):
                if context.open_turn is None or context.open_turn.id != due.turn_id:
                    return  # seen to already, here or elsewhere
                state = TurnState.from_record(context.open_turn)
                cancel = asyncio.Event()
                turn = Turn(self.deps, context, _nowhere, state, cancel, holder)
                if state.status is TurnStatus.RUNNING:
                    await turn.abandon()
                    return
                with self._registered(state.id, cancel):
                    await answers.expire(turn)
        except Aborted as exc:
            if exc.reason != "AGENT_BUSY":
                raise  # busy: the agent's server is on it (the next due check sees the rest)
        except NotFound:
            pass  # deleted meanwhile
        finally:
            self._attending.discard(due.turn_id)

    def spawn(self, work: Coroutine[Any, Any, Any]) -> None:
        """Runs work in the background, drained at shutdown."""
        task = watched(asyncio.create_task(work), "background work")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def close_stalled(self, context: Context, holder: str) -> None:
        """A turn found RUNNING while this server holds the agent's lock and lease runs nowhere
        (its server stopped mid-turn): it is ended, with its unanswered calls closed."""
        record = context.open_turn
        if record is not None and record.status == TurnStatus.RUNNING.value:
            stalled = Turn(self.deps, context, _nowhere, TurnState.from_record(record), asyncio.Event(), holder)
            await stalled.abandon()
            context.open_turn = None

    async def _turn_state(self, context: Context, turn_id: str) -> TurnState:
        """The turn the answers are for: the open turn (or the named one, which must be it)."""
        record = context.open_turn
        if turn_id and (record is None or record.id != turn_id):
            record = await self.store.get_turn(context.agent.id, _turn_id(turn_id))
        if record is None:  # the newest turn tells a late answer from an unknown one
            newest = await self.store.list_turns(context.agent.id, 1, "")
            record = newest.items[0] if newest.items else None
        if record is None:
            raise FailedPrecondition(
                f"agent {context.agent.id} has no turn waiting for the client", reason="TURN_NOT_WAITING"
            )
        return TurnState.from_record(record)

    async def _replay(
        self, agent_id: str, seen: tuple[str, str], emit: Emit, context: Context, steps: int
    ) -> Outcome | None:
        """A retried request's turn, replayed if it ended well or waits; None to run it again."""
        turn_id, events_json = seen
        try:
            record = await self.store.get_turn(agent_id, turn_id)
        except NotFound:  # recorded before turns were stored (events_json), or never started
            events = _replayable(events_json) or replay.ended_turn(context.messages, turn_id, steps) or []
            for event in events:
                await emit(event)
            return cast(TurnEnded, events[-1].body) if events else None
        state = TurnState.from_record(record)
        # A failed turn is retried, not replayed; so is one cut off by its client's deadline.
        if state.status is TurnStatus.RUNNING or state.error is not None or state.stop_reason is StopReason.CANCELLED:
            return None
        for event in await self.stored_events(agent_id, turn_id, record.last_sequence):
            await emit(event)
        if state.status is TurnStatus.WAITING:
            return TurnWaiting(tuple(state.pending), state.usage, state.step)
        return TurnEnded(cast(StopReason, state.stop_reason), state.usage, state.step)

    # ----- reading turns ------------------------------------------------------------------

    async def get(self, agent_id: str, turn_id: str) -> TurnView:
        record = await self.store.get_turn(validation.agent_id(agent_id), _turn_id(turn_id))
        return TurnView(TurnState.from_record(record), record.last_sequence)

    async def list(self, agent_id: str, page_size: int, page_token: str) -> Page[TurnView]:
        page = await self.store.list_turns(validation.agent_id(agent_id), page_size, page_token)
        return Page([TurnView(TurnState.from_record(r), r.last_sequence) for r in page.items], page.next_page_token)

    async def stored_events(self, agent_id: str, turn_id: str, last_sequence: int) -> list[Event]:
        """A turn's stored events up to `last_sequence`."""
        out: list[Event] = []
        if last_sequence <= 0:
            return out
        async with contextlib.aclosing(self.store.watch_events(agent_id, turn_id=turn_id)) as batches:
            async for batch in batches:
                out += [Event.from_record(r) for r in batch]
                if out[-1].sequence >= last_sequence:
                    return out
        return out

    async def follow(self, agent_id: str, turn_id: str, after_sequence: int = 0) -> AsyncIterator[Event]:
        """A turn's stored events after `after_sequence`, then each as it is stored, up to its TurnEnd
        (the agent's open turn if `turn_id` is empty)."""
        agent_id = validation.agent_id(agent_id)
        if after_sequence < 0:
            raise InvalidArgument("after_sequence must not be negative", field="after_sequence")
        if turn_id:
            record = await self.store.get_turn(agent_id, _turn_id(turn_id))
        else:
            newest = await self.store.list_turns(agent_id, 1, "")
            if not newest.items or newest.items[0].status == TurnStatus.ENDED.value:
                raise NotFound(f"agent {agent_id} has no turn that has not ended", reason="TURN_NOT_FOUND")
            record = newest.items[0]
        if record.status == TurnStatus.ENDED.value and after_sequence >= record.last_sequence:
            return
        batches = self.store.watch_events(agent_id, turn_id=record.id, after_sequence=after_sequence)
        async with contextlib.aclosing(batches):
            async for batch in batches:
                for rec in batch:
                    event = Event.from_record(rec)
                    yield event
                    if isinstance(event.body, TurnEnded):
                        return

    async def watch(self, agent_id: str, after_agent_sequence: int | None) -> AsyncIterator[Event]:
        """Every stored event of the agent's turns, from a position (None: from now), as stored."""
        agent_id = validation.agent_id(agent_id)
        if after_agent_sequence is not None and after_agent_sequence < 0:
            raise InvalidArgument("after_agent_sequence must not be negative", field="after_agent_sequence")
        batches = self.store.watch_events(agent_id, after_agent_sequence or 0, only_new=after_agent_sequence is None)
        async with contextlib.aclosing(batches):
            async for batch in batches:
                for rec in batch:
                    yield Event.from_record(rec)

    # ----- locks, leases, tasks ---------------------------------------------------------

    async def _detached(self, work: Coroutine[Any, Any, T], cancel: asyncio.Event | None) -> T:
        """Runs work as its own task: if the caller goes away it carries on (or, given `cancel`,
        is asked to stop at its next step boundary)."""
        task = watched(asyncio.create_task(work), "turn")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            if cancel is not None:
                cancel.set()
            raise

    @contextlib.contextmanager
    def registered(self, turn_id: str, cancel: asyncio.Event) -> Any:
        """A turn running here, cancellable by CancelTurn."""
        with self._registered(turn_id, cancel):
            yield

    @contextlib.contextmanager
    def _registered(self, turn_id: str, cancel: asyncio.Event) -> Any:
        self._running[turn_id] = cancel
        try:
            yield
        finally:
            self._running.pop(turn_id, None)

    @asynccontextmanager
    async def held(self, agent_id: str, *, wait: bool = True) -> AsyncIterator[tuple[Context, str]]:
        """The agent's context, loaded under its lock here and its turn lease (waiting while another
        agent server has it, unless `wait` is false: then ABORTED, reason AGENT_BUSY, at once)."""
        agent_id = validation.agent_id(agent_id)
        lock = self._lock(agent_id)
        if not wait and lock.locked():
            raise Aborted(f"agent {agent_id} is running a turn", reason="AGENT_BUSY")
        async with lock, self._lease(agent_id, wait) as held:
            yield held

    @asynccontextmanager
    async def _lease(self, agent_id: str, wait: bool) -> AsyncIterator[tuple[Context, str]]:
        """Loads the agent's context under its turn lease, waiting while another agent server has it."""
        delay, deadline = 0.01, time.monotonic() + (self.settings.lease_wait_seconds if wait else 0.0)
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
            self.spawn(self._release(agent_id, holder))

    async def _release(self, agent_id: str, holder: str) -> None:
        # Bounded: a memory server that is gone must not hold up anything; the lease lapses.
        with contextlib.suppress(MemsvcError, TimeoutError):
            await asyncio.wait_for(self.store.release_lease(agent_id, holder), timeout=5.0)

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

    def lock(self, agent_id: str) -> asyncio.Lock:
        return self._lock(agent_id)

    async def drain(self) -> None:
        """On shutdown: lets running turns reach their end (or cancels them after DRAIN_SECONDS).

        Leases not yet released simply lapse; a turn cut off here is ended by the next server
        that finds it (or finished by a retry). Waiting turns are in the store: nothing to do.
        """
        for background in self.background.values():
            background.set()  # background runs stop now (ended as cancelled), not at the deadline
        if not self._tasks:
            return
        _, pending = await asyncio.wait(set(self._tasks), timeout=DRAIN_SECONDS)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)


def _turn_id(value: str) -> str:
    return validation.uuid_id(value, "turn_id")


def awaiting_client(state: TurnState) -> FailedPrecondition:
    calls = ", ".join(f"{p.call_id} ({p.name}, {p.kind.value.replace('_', ' ')})" for p in state.pending)
    return FailedPrecondition(
        f"the agent's turn {state.id} waits for the client: {calls}. Answer it (StreamStep tool_result / "
        "approval, or ResumeTurn) or cancel it (CancelTurn) before sending new input",
        reason="AGENT_AWAITING_CLIENT",
        metadata={"turn_id": state.id},
    )


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
    """An emit that never breaks the turn: if the client is gone, the turn carries on without it
    (or, given `cancel`, is asked to stop at its next step boundary)."""

    def __init__(self, emit: Emit, cancel: asyncio.Event | None) -> None:
        self.emit = emit
        self.cancel = cancel
        self.broken = False

    async def __call__(self, event: Event) -> None:
        if self.broken:
            return
        try:
            await self.emit(event)
        except Exception:  # the stream is gone
            self.broken = True
            if self.cancel is not None:
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
