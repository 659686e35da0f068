"""The MemGPT loop: one turn of one agent.

A turn stores its input, then steps: fit the context (queue manager), call the LLM,
store its message, run each function it called through the executor, store each
result. It chains while a function asks for a heartbeat or fails, up to max_steps.
A call of a client tool, or of a tool that needs approval, pauses the turn: its
state (turn_state.py) is stored and the turn returns TurnWaiting; answers.py
continues it later, on whichever agent server gets the answers.

Every message is committed to the store together with the events that report it
(and, at each transition, the turn's record) before the events are emitted, so
whatever a client has seen survives a crash, and re-attached clients see the same.
Cancellation is honoured at step boundaries, and stops an LLM call in flight.
With `stream_tokens`, each step's LLM call streams, and the text of its reply (thoughts,
the message to the user) goes to `emit` as it arrives, as unstored TextDelta events
(deltas.py) ahead of the committed events that confirm it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

import structlog

from memsvc import client_tools, metrics, tracing
from memsvc.agent import calls as calls_
from memsvc.agent import prompt, replay
from memsvc.agent.calls import ParsedCall
from memsvc.agent.deltas import Delta
from memsvc.agent.events import (
    AlertKind,
    AssistantSaid,
    Body,
    Event,
    FunctionCalled,
    FunctionReturned,
    HeartbeatSent,
    InnerThought,
    InputReceived,
    PendingCall,
    StopReason,
    SystemAlerted,
    TurnEnded,
    TurnKind,
    TurnWaiting,
    WaitKind,
)
from memsvc.agent.llm import LlmCallCancelled, LlmClient, LlmReply
from memsvc.agent.llm_stream import TokenStream
from memsvc.agent.queue import (
    MEMORY_PRESSURE_WARNING,
    MIN_QUEUE_TOKENS,
    Limits,
    Measure,
    QueueManager,
    context_overflow,
)
from memsvc.agent.toolset import Toolset, load_toolset
from memsvc.agent.turn_state import Heartbeat, TurnState
from memsvc.chat_format import to_openai
from memsvc.errors import FailedPrecondition, InvalidArgument, MemsvcError, Unavailable
from memsvc.executor.functions import FUNCTIONS
from memsvc.models import (
    Context,
    ContextState,
    FunctionOutcome,
    Message,
    MessageInput,
    Role,
    ToolCall,
    WakeupFiring,
    now,
)
from memsvc.ports import AgentStore, Executor
from memsvc.tokens import TokenCounter

log = structlog.get_logger("memsvc.loop")
Emit = Callable[[Event], Awaitable[None]]
Outcome = TurnEnded | TurnWaiting
FUNCTION_NAMES = frozenset(FUNCTIONS)  # metric labels: known names only, never what an LLM invents


@dataclass(slots=True)
class LoopDeps:
    store: AgentStore
    executor: Executor
    llm: LlmClient


class Turn:
    """One turn, new (`start`) or stored (resumed by answers.py, or ended by it)."""

    def __init__(
        self,
        deps: LoopDeps,
        context: Context,
        emit: Emit,
        state: TurnState,
        cancel: asyncio.Event,
        lease_holder: str = "",
        stream_tokens: bool = False,
    ) -> None:
        self.deps = deps
        self.stream_tokens = stream_tokens  # whether emit gets each step's TextDelta events
        self.lease_holder = lease_holder
        self.ctx = context
        self.agent = context.agent
        self.emit_fn = emit
        self.state = state
        self.cancel = cancel
        self.turn_id = state.id
        self.stored = False  # whether anything of the turn was stored (else a failure is the caller's status)
        self.counter = TokenCounter(self.agent.llm_config.model)
        self.queue = QueueManager(deps.llm, self.counter)
        self.toolset: Toolset | None = None
        self.tools: list[dict[str, Any]] = []
        self.tools_tokens = 0
        self.consolidated_through = 0  # a consolidation run: the last message sequence it read

    # ----- plumbing -------------------------------------------------------------------

    def new_message(self, role: Role, **fields: Any) -> Message:
        message = Message(id=str(uuid.uuid4()), role=role, turn_id=self.turn_id, create_time=now(), **fields)
        message.token_count = self.counter.message(to_openai(message))
        return message

    async def commit(
        self,
        *messages: Message,
        events: Sequence[tuple[Body, str]] = (),
        evict_through: int = 0,
        state: ContextState | None = None,
        request: tuple[str, str] | None = None,
        record: bool = False,
        wakeup: WakeupFiring | None = None,
    ) -> list[Message]:
        """Stores messages with the events that report them ((body, message id) pairs) and, with
        `record`, the turn's state, in one transaction; then emits the events."""
        kind = self.state.kind
        built = [
            Event(self.turn_id, self.state.step, 0, body, message_id, now(), turn_kind=kind)
            for body, message_id in events
        ]
        records = [e.record() for e in built]
        stored = await self.deps.store.commit_context(
            self.agent.id,
            list(messages),
            evict_through,
            state,
            self.lease_holder,
            request,
            records,
            self.state.record() if record else None,
            wakeup=wakeup,
        )
        self.stored = True
        self.ctx.messages.extend(m for m in stored if m.in_context)
        self.ctx.recall_count += len(stored)
        if state is not None:
            self.ctx.state = state
        for event, rec in zip(built, records, strict=True):
            event.sequence, event.agent_sequence = rec.sequence, rec.agent_sequence
            await self.emit_fn(event)
        return stored

    async def load_tools(self) -> None:
        self.toolset = await load_toolset(self.deps.executor, self.agent)
        self.tools = self.toolset.for_llm()
        self.tools_tokens = self.counter.tools(self.tools)

    # ----- a new turn -------------------------------------------------------------------

    async def start(
        self, inputs: list[MessageInput], request_id: str = "", wakeup: WakeupFiring | None = None
    ) -> Outcome:
        """Stores the input (with the request's record, with `request_id`; firing the wake-up, with
        `wakeup`) and runs the turn."""
        return await self.guarded(self._start(inputs, request_id, wakeup))

    async def _start(self, inputs: list[MessageInput], request_id: str, wakeup: WakeupFiring | None) -> Outcome:
        await self.load_tools()
        messages, events = self._interrupted_calls()
        new = [self._input_message(item) for item in inputs]
        self._check_inputs_fit(new)
        for message in new:
            messages.append(message)
            events.append((InputReceived(message.role, message.content), message.id))
        request = (request_id, self.turn_id) if request_id and inputs else None
        await self.commit(*messages, events=events, request=request, record=True, wakeup=wakeup)
        await self._retry_summary()
        return await self.run_steps()

    async def guarded(self, work: Awaitable[Outcome]) -> Outcome:
        """Runs part of a turn and records how it ended: a failure after something was stored ends
        the turn with an error stop reason (before that, it is the caller's status)."""
        try:
            with tracing.span("memsvc.turn", agent_id=self.agent.id, turn_id=self.turn_id):
                outcome = await work
        except MemsvcError as exc:
            if not self.stored:
                raise  # refused before anything was stored or shown: the caller gets it as a status
            reason = StopReason.LLM_ERROR if exc.reason.startswith("LLM_") else StopReason.ERROR
            if exc.reason == "CONTEXT_WINDOW_EXCEEDED":
                reason = StopReason.CONTEXT_WINDOW_EXCEEDED
            log.warning(
                "turn_failed", agent_id=self.agent.id, turn_id=self.turn_id, reason=exc.reason, error=exc.message
            )
            outcome = TurnEnded(reason, self.state.usage, self.state.step, exc)
        if isinstance(outcome, TurnEnded):
            await self.end(outcome)
        return outcome

    async def end(self, end: TurnEnded, *messages: Message, events: Sequence[tuple[Body, str]] = ()) -> None:
        """Ends the turn: its TurnEnd is stored with its record. If even that fails (the store is
        gone, the lease lost), the client still gets the TurnEnd, unstored (sequence 0); the turn
        is ended later by whichever agent server finds it running without a lease."""
        self.state.end(end.stop_reason, end.error)
        metrics.TURNS.labels(end.stop_reason.value).inc()
        try:
            await self.commit(*messages, events=[*events, (end, "")], record=True, state=self._closing_state(end))
        except MemsvcError as exc:
            log.warning("turn_end_not_stored", agent_id=self.agent.id, turn_id=self.turn_id, reason=exc.reason)
            await self.emit_fn(Event(self.turn_id, self.state.step, 0, end, "", now(), turn_kind=self.state.kind))

    def _closing_state(self, end: TurnEnded) -> ContextState | None:
        """The background-consolidation bookkeeping stored with a turn's end (None: none). A
        conversation turn counts towards the next run and sets when it is due (if the agent's
        consolidation is enabled); a consolidation run resets both, and records what it read
        unless it failed or was cancelled (a cancelled run is due again after the next turn)."""
        state = self.ctx.state
        if self.state.kind is TurnKind.CONSOLIDATION:
            kept = end.stop_reason in (StopReason.CANCELLED, StopReason.ERROR, StopReason.LLM_ERROR)
            through = state.consolidated_through_sequence if kept else self.consolidated_through
            turns = state.turns_since_consolidation if end.stop_reason is StopReason.CANCELLED else 0
            return replace(
                state,
                consolidated_through_sequence=max(through, state.consolidated_through_sequence),
                turns_since_consolidation=turns,
                consolidation_due_time=0.0,
            )
        config = self.agent.consolidation
        if not config.enabled:
            return None
        turns = state.turns_since_consolidation + 1
        return replace(
            state, turns_since_consolidation=turns, consolidation_due_time=config.due_after_turn(turns, now())
        )

    def _check_inputs_fit(self, new: list[Message]) -> None:
        """A turn's input messages must fit the prompt together, or the LLM would never see them all."""
        if len(new) < 2:
            return
        limits = Limits.of(self.agent)
        fixed = self.queue.measure(self._system_text(), self.ctx.state, [], self.tools_tokens)
        together = sum(m.token_count for m in new)
        if fixed.total + together > limits.budget:
            self._check_fixed_fits(fixed, limits)
            raise InvalidArgument(
                f"the {len(new)} messages of this turn have {together:,} tokens together; with the system prompt, "
                f"working context and function schemas ({fixed.total:,} tokens) they cannot fit this agent's "
                f"prompt budget of {limits.budget:,} tokens. Send fewer or shorter messages per turn",
                reason="MESSAGE_TOO_LARGE",
                field="messages",
            )

    def _input_message(self, item: MessageInput) -> Message:
        """The stored form of an input, refused if it could never fit the prompt budget."""
        fields = {"name": "event"} if item.role is Role.SYSTEM else {}
        message = self.new_message(item.role, content=item.content, **fields)
        limits = Limits.of(self.agent)
        fixed = self.queue.measure(self._system_text(), self.ctx.state, [], self.tools_tokens)
        if fixed.total + message.token_count > limits.budget:
            self._check_fixed_fits(fixed, limits)
            raise InvalidArgument(
                f"the message has {message.token_count:,} tokens; with the system prompt, working context and "
                f"function schemas ({fixed.total:,} tokens) it cannot fit this agent's prompt budget of "
                f"{limits.budget:,} tokens (context_window {limits.window:,} minus max_tokens "
                f"{limits.reply_reserve:,}). Send a shorter message, or ingest long text as a document",
                reason="MESSAGE_TOO_LARGE",
                field="messages.content",
            )
        return message

    def _check_fixed_fits(self, fixed: Measure, limits: Limits) -> None:
        """When a message does not fit because the agent's fixed prompt leaves no room for messages (its
        window made smaller, or its instructions longer, before UpdateAgent checked that), that is
        what the caller is told, not to shorten the message."""
        if fixed.total + MIN_QUEUE_TOKENS <= limits.budget:
            return
        raise FailedPrecondition(
            f"this agent's fixed prompt (system instructions, memory blocks as shown, summary and function "
            f"schemas) takes {fixed.total:,} tokens of its prompt budget of {limits.budget:,} (context_window "
            f"{limits.window:,} minus max_tokens {limits.reply_reserve:,}), leaving no room for messages: raise "
            f"llm_config.context_window to at least {fixed.total + MIN_QUEUE_TOKENS + limits.reply_reserve:,} with "
            "UpdateAgent (or shorten its system instructions)",
            reason="CONTEXT_WINDOW_TOO_SMALL",
            field="llm_config.context_window",
        )

    async def _retry_summary(self) -> None:
        """A summary that failed at an earlier flush is written now, if the LLM answers."""
        state = self.ctx.state
        pending = [m for m in self.ctx.unsummarized if m.sequence > state.summarized_through_sequence]
        if not state.summary_pending or not pending:
            return
        retry = replace(state)
        if await self.queue.summarize_into(self.agent, retry, pending):
            await self.commit(state=retry)
            self.ctx.unsummarized = []

    # ----- steps ------------------------------------------------------------------------

    async def run_steps(self) -> Outcome:
        """Steps until the turn ends or waits: from its start, or after a step's calls were answered."""
        while True:
            if self.state.step > 0:  # a step is done: do its results chain into another?
                if self.state.heartbeat is Heartbeat.NONE:
                    return TurnEnded(StopReason.END_TURN, self.state.usage, self.state.step)
                if self.state.step >= self.state.max_steps:
                    return TurnEnded(StopReason.MAX_STEPS, self.state.usage, self.state.step)
                reason = (
                    prompt.HEARTBEAT_FAILED if self.state.heartbeat is Heartbeat.FAILED else prompt.HEARTBEAT_REQUESTED
                )
                beat = self.new_message(Role.SYSTEM, content=reason, name="heartbeat")
                await self.commit(beat, events=[(HeartbeatSent(reason), beat.id)])
            if self.cancel.is_set():
                return TurnEnded(StopReason.CANCELLED, self.state.usage, self.state.step)
            self.state.next_step()
            messages = await self._prepare_prompt()
            started = time.perf_counter()
            try:  # a cancel (or the client's deadline) stops the call in flight, not after it
                reply = await self.deps.llm.complete(
                    self.agent.llm_config, messages, self.tools, cancel=self.cancel, stream=self._token_stream()
                )
            except LlmCallCancelled:
                return TurnEnded(StopReason.CANCELLED, self.state.usage, self.state.step)
            metrics.LLM_SECONDS.observe(time.perf_counter() - started)
            metrics.STEPS.inc()
            metrics.LLM_TOKENS.labels("prompt").inc(reply.usage.prompt_tokens)
            metrics.LLM_TOKENS.labels("completion").inc(reply.usage.completion_tokens)
            self.state.usage.add(reply.usage)
            calls = self.parse_calls(reply)
            if not await self._record_reply(reply, calls):
                return TurnEnded(StopReason.NO_TOOL_CALL, self.state.usage, self.state.step)
            waiting = await self._run_calls(calls)
            if waiting is not None:
                return waiting

    def _token_stream(self) -> TokenStream | None:
        """Where this step's deltas go (None: the call is not streamed)."""
        if not self.stream_tokens:
            return None
        toolset = self.toolset
        step = self.state.step

        def streams_message(name: str) -> bool:
            return name == "send_message" and toolset is not None and not toolset.needs_approval(name)

        async def send(deltas: list[Delta]) -> None:
            for delta in deltas:
                await self.emit_fn(Event(self.turn_id, step, 0, delta, "", now(), turn_kind=self.state.kind))

        return TokenStream(self.agent.llm_config.put_inner_thoughts_in_kwargs, streams_message, send)

    async def _run_calls(self, calls: list[ParsedCall]) -> TurnWaiting | None:
        """Runs a reply's calls in order; client tools and calls needing approval are left pending,
        and the turn waits for them once the others have run."""
        assert self.toolset is not None
        config = self.agent.tools
        pending: list[PendingCall] = []
        for i, call in enumerate(calls):
            client = self.toolset.client_tool(call.name)
            if not call.error and not self.toolset.known(call.name):
                call.error = f"There is no function {call.name!r}. Functions: {self.toolset.names()}."
            if not call.error and client is not None:
                call.error = client_tools.argument_error(client, json.loads(call.arguments))
            if call.error:
                await self.record_result(call.id, call.name, call.heartbeat, FunctionOutcome(False, call.error))
                continue
            kind = WaitKind.APPROVAL if self.toolset.needs_approval(call.name) else None
            if kind is None and client is not None:
                kind = WaitKind.CLIENT_TOOL
            if kind is not None:
                timeout = config.approval_timeout if kind is WaitKind.APPROVAL else config.client_tool_timeout
                t = now()
                pending.append(
                    PendingCall(call.id, call.name, call.arguments, kind, call.heartbeat, t, t + timeout, bool(client))
                )
                continue
            try:
                await self.execute(call.id, call.name, call.arguments, call.heartbeat)
            except MemsvcError:
                unanswered = [(c.id, c.name) for c in calls[i + 1 :]] + [(p.call_id, p.name) for p in pending]
                await self._close_unanswered(unanswered)
                raise
        if not pending:
            return None
        for p in pending:
            metrics.TURN_WAITS.labels(p.kind.value).inc()
        self.state.wait(pending)
        waiting = TurnWaiting(tuple(pending), self.state.usage, self.state.step)
        await self.commit(events=[(waiting, "")], record=True)
        return waiting

    async def execute(
        self, call_id: str, name: str, arguments: str, heartbeat: bool, *, record: bool = False
    ) -> FunctionOutcome:
        """Runs a built-in function through the executor and records its result (and, with
        `record`, the turn's state)."""
        failure: MemsvcError | None = None
        try:
            outcome = await self.deps.executor.execute(self.agent.id, name, arguments)
        except MemsvcError as exc:  # the executor (or the store behind it) failed, not the call
            failure = exc
            outcome = FunctionOutcome(False, f"{prompt.INTERRUPTED}: {exc.message}")
        await self.record_result(call_id, name, heartbeat, outcome, record=record)
        if failure is not None:
            raise failure  # the call is closed; the turn ends with the error
        if outcome.memory_changed:
            self.agent.blocks = (await self.deps.store.get_agent(self.agent.id)).blocks
        return outcome

    async def record_result(
        self, call_id: str, name: str, heartbeat: bool, outcome: FunctionOutcome, *, record: bool = False
    ) -> None:
        """Stores a call's result with its events (and, with `record`, the turn's state)."""
        label = name if name in FUNCTION_NAMES else ("client" if self.agent.tools.client_tool(name) else "unknown")
        metrics.FUNCTION_CALLS.labels(label, str(outcome.ok).lower()).inc()
        self.state.note_result(outcome.ok, heartbeat)
        result = prompt.function_result(outcome.ok, self.bounded(outcome.result), now())
        message = self.new_message(Role.TOOL, content=result, tool_call_id=call_id, name=name)
        events: list[tuple[Body, str]] = []
        if outcome.message_to_user:
            events.append((AssistantSaid(outcome.message_to_user), message.id))
        events.append((FunctionReturned(call_id, name, outcome.ok, result), message.id))
        await self.commit(message, events=events, record=record)

    async def _prepare_prompt(self) -> list[dict[str, Any]]:
        """Fits the context (warning, flush) and returns the prompt to send."""
        limits = Limits.of(self.agent)
        system = self._system_text()
        measure = self.queue.measure(system, self.ctx.state, self.ctx.messages, self.tools_tokens)
        if measure.total > limits.flush:
            while measure.total > limits.flush:
                await self._flush(measure, limits)
                measure = self.queue.measure(system, self.ctx.state, self.ctx.messages, self.tools_tokens)
        elif measure.total > limits.warning and not self.ctx.state.warned:
            warned = replace(self.ctx.state, warned=True)
            warning = self.new_message(Role.SYSTEM, content=MEMORY_PRESSURE_WARNING, name="system_alert")
            alert = SystemAlerted(AlertKind.MEMORY_PRESSURE, MEMORY_PRESSURE_WARNING)
            await self.commit(warning, events=[(alert, warning.id)], state=warned)
            metrics.WARNINGS.inc()
            return await self._prepare_prompt()
        if measure.total > limits.budget:
            raise context_overflow(measure, limits)
        out = [{"role": "system", "content": system}]
        summary = prompt.summary_message(self.ctx.state)
        if summary:
            out.append(summary)
        out += prompt.queue_to_openai(self.ctx.messages)
        return out

    async def _flush(self, measure: Measure, limits: Limits) -> None:
        """Evicts the oldest part of the queue into the summary, in one transaction."""
        flush = await self.queue.flush(
            self.agent, self.ctx.state, self.ctx.messages, measure, limits, self.ctx.unsummarized
        )
        note = f"{len(flush.evicted)} older messages moved to recall storage" + (
            " and summarized." if flush.summarized else "; the summary will be written later."
        )
        alert = SystemAlerted(AlertKind.CONTEXT_FLUSHED, note)
        await self.commit(events=[(alert, "")], evict_through=flush.evict_through, state=flush.state)
        self.ctx.messages, self.ctx.state = flush.kept, flush.state
        self.ctx.unsummarized = [] if flush.summarized else [*self.ctx.unsummarized, *flush.evicted]
        metrics.EVICTIONS.inc()
        metrics.EVICTED_MESSAGES.inc(len(flush.evicted))
        if not flush.summarized:
            metrics.SUMMARY_FAILURES.inc()

    def _system_text(self) -> str:
        """The system message; with the memory blocks cut to fit if they outgrew the window (an agent
        set up before block edits were bounded, or whose window was made smaller), so its LLM still
        runs, sees the note, and can shorten them."""
        text = prompt.render_system(self.agent, self.ctx.recall_count, self.ctx.archival_count)
        room = Limits.of(self.agent).budget - MIN_QUEUE_TOKENS - self.tools_tokens
        if len(text) <= room:  # a token is at least one character: it fits without counting
            return text
        tokens = self.counter.text(text)
        if tokens <= room:
            return text
        bare = prompt.render_system(self.agent, self.ctx.recall_count, self.ctx.archival_count, block_chars=0)
        base = self.counter.text(bare)
        chars = sum(len(b.value) for b in self.agent.blocks)
        fitting = chars * max(0, room - base) // max(1, tokens - base)
        return prompt.render_system(self.agent, self.ctx.recall_count, self.ctx.archival_count, block_chars=fitting)

    def parse_calls(self, reply: LlmReply) -> list[ParsedCall]:
        """The reply's calls, parsed and checked against this agent's size limits (calls.py)."""
        return calls_.parse_calls(reply.tool_calls, calls_.cap_for(self.agent), self.counter.encoding)

    def bounded(self, text: str) -> str:
        """A function result cut to a fifth of the prompt budget (calls.py)."""
        return calls_.bounded_result(text, calls_.cap_for(self.agent), self.counter.encoding)

    async def _record_reply(self, reply: LlmReply, calls: list[ParsedCall]) -> bool:
        """Stores the LLM's message and reports its thoughts and calls. False if it called nothing."""
        thoughts = "\n".join(t for t in (reply.reasoning, *(c.thoughts for c in calls)) if t)
        if not self.agent.llm_config.put_inner_thoughts_in_kwargs or not calls:
            thoughts = "\n".join(t for t in (thoughts, reply.content) if t)
        message = self.new_message(
            Role.ASSISTANT,
            content=reply.content,
            inner_thoughts=thoughts,
            # Stored as the LLM wrote them, so the history it sees is its own (cut if oversized);
            # parse_calls gives one call for each of the reply's, in order.
            tool_calls=tuple(ToolCall(c.id, c.name, c.stored) for c in calls),
        )
        events: list[tuple[Body, str]] = [(InnerThought(thoughts), message.id)] if thoughts else []
        events += [(FunctionCalled(c.id, c.name, c.arguments, c.heartbeat), message.id) for c in calls]
        await self.commit(message, events=events)
        return bool(calls)

    async def _close_unanswered(self, calls: list[tuple[str, str]]) -> None:
        """Closes the calls of a reply that will not run (an earlier one failed the turn)."""
        results = [
            self.new_message(
                Role.TOOL, content=prompt.function_result(False, prompt.INTERRUPTED, now()), tool_call_id=i, name=n
            )
            for i, n in calls
        ]
        if results:
            with contextlib.suppress(MemsvcError):  # the next turn closes them if this fails too
                await self.commit(*results)

    def _interrupted_calls(self) -> tuple[list[Message], list[tuple[Body, str]]]:
        """Results for every call left without one (a crash mid-call), to store with the next commit."""
        answered = {m.tool_call_id for m in self.ctx.messages if m.role is Role.TOOL}
        messages: list[Message] = []
        events: list[tuple[Body, str]] = []
        for m in self.ctx.messages:
            for call in m.tool_calls:
                if call.id in answered:
                    continue
                result = prompt.function_result(False, prompt.INTERRUPTED, now())
                message = self.new_message(Role.TOOL, content=result, tool_call_id=call.id, name=call.name)
                messages.append(message)
                events.append((SystemAlerted(AlertKind.CALL_INTERRUPTED, f"{call.name} was interrupted"), message.id))
        return messages, events

    async def abandon(self) -> TurnEnded:
        """Ends a turn found RUNNING with no agent server running it (its server stopped). If its
        stored messages show it had ended (the server stopped before storing its end), it ends
        as it did; else its unanswered calls are closed as interrupted, and it ends with an error."""
        # The stored record has the step of its last state change; the steps that ran since
        # are in the stored messages (one reply each).
        replies = sum(1 for m in self.ctx.messages if m.turn_id == self.turn_id and m.role is Role.ASSISTANT)
        self.state.step = max(self.state.step, replies)
        told = replay.ended_turn(self.ctx.messages, self.turn_id, self.state.max_steps)
        if told is not None:
            done = cast(TurnEnded, told[-1].body)
            self.state.step = max(self.state.step, done.step_count)
            end = TurnEnded(done.stop_reason, self.state.usage, self.state.step)
            await self.end(end)
            return end
        error = Unavailable(
            "the agent server running this turn stopped before the turn ended; everything it did before is stored",
            reason="TURN_INTERRUPTED",
        )
        end = TurnEnded(StopReason.ERROR, self.state.usage, self.state.step, error)
        messages, events = self._interrupted_calls()
        await self.end(end, *messages, events=events)
        return end
