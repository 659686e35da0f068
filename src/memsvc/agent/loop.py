"""The MemGPT loop: one turn of one agent.

A turn stores its input, then steps: fit the context (queue manager), call the LLM,
store its message, run each function it called through the executor, store each
result. It chains while a function asks for a heartbeat or fails, up to max_steps.
Every message is committed to the store before its event is emitted, so whatever
a client has seen survives a crash. Cancellation is honoured at step boundaries.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import structlog

from memsvc import metrics
from memsvc.agent import prompt
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
    StopReason,
    SystemAlerted,
    TurnEnded,
    Usage,
)
from memsvc.agent.llm import LlmCallCancelled, LlmClient, LlmReply
from memsvc.agent.queue import (
    MEMORY_PRESSURE_WARNING,
    MIN_QUEUE_TOKENS,
    Limits,
    Measure,
    QueueManager,
    context_overflow,
)
from memsvc.agent.tokens import TokenCounter
from memsvc.errors import InvalidArgument, MemsvcError
from memsvc.executor.functions import FUNCTIONS, HEARTBEAT, INNER_THOUGHTS
from memsvc.models import Context, ContextState, FunctionOutcome, Message, MessageInput, Role, ToolCall, now
from memsvc.ports import AgentStore, Executor

log = structlog.get_logger("memsvc.loop")
Emit = Callable[[Event], Awaitable[None]]
FUNCTION_NAMES = frozenset(FUNCTIONS)  # metric labels: known names only, never what an LLM invents
MAX_ARGUMENT_CHARS = 64_000


def _kept(arguments: str, refused: bool) -> str:
    """What is stored (and shown to the LLM again) of a call's arguments: refused ones as a note,
    so one oversized reply can never fill the window and flush the conversation."""
    if not refused:
        return arguments
    return json.dumps({"arguments_not_kept": f"{len(arguments):,} characters, over the limit"})


@dataclass(slots=True)
class LoopDeps:
    store: AgentStore
    executor: Executor
    llm: LlmClient


@dataclass(slots=True)
class _Call:
    """One function call of an LLM reply, parsed."""

    id: str
    name: str
    arguments: str  # JSON without inner thoughts / heartbeat, or the raw text if unparseable
    heartbeat: bool
    thoughts: str
    error: str = ""


class Turn:
    def __init__(
        self,
        deps: LoopDeps,
        context: Context,
        emit: Emit,
        max_steps: int,
        cancel: asyncio.Event,
        lease_holder: str = "",
    ) -> None:
        self.deps = deps
        self.lease_holder = lease_holder
        self.ctx = context
        self.agent = context.agent
        self.emit_fn = emit
        self.max_steps = max_steps
        self.cancel = cancel
        self.turn_id = str(uuid.uuid4())
        self.step = 0
        self.sequence = 0
        self.usage = Usage()
        self.counter = TokenCounter(self.agent.llm_config.model)
        self.queue = QueueManager(deps.llm, self.counter)
        self.tools: list[dict[str, Any]] = []
        self.tools_tokens = 0

    # ----- plumbing -------------------------------------------------------------------

    async def emit(self, body: Body, message_id: str = "") -> None:
        self.sequence += 1
        await self.emit_fn(Event(self.turn_id, self.step, self.sequence, body, message_id, now()))

    def new_message(self, role: Role, **fields: Any) -> Message:
        message = Message(id=str(uuid.uuid4()), role=role, turn_id=self.turn_id, create_time=now(), **fields)
        message.token_count = self.counter.message(prompt.to_openai(message))
        return message

    async def commit(
        self,
        *messages: Message,
        evict_through: int = 0,
        state: ContextState | None = None,
        request: tuple[str, str] | None = None,
    ) -> list[Message]:
        stored = await self.deps.store.commit_context(
            self.agent.id, list(messages), evict_through, state, self.lease_holder, request
        )
        self.ctx.messages.extend(m for m in stored if m.in_context)
        self.ctx.recall_count += len(stored)
        if state is not None:
            self.ctx.state = state
        return stored

    # ----- the turn ---------------------------------------------------------------------

    async def run(self, inputs: list[MessageInput], request_id: str = "") -> TurnEnded:
        """Runs the turn. With `request_id`, the inputs are stored together with the request's record."""
        try:
            await self._close_interrupted_calls()
            schemas = await self.deps.executor.list_functions(
                inner_thoughts_in_kwargs=self.agent.llm_config.put_inner_thoughts_in_kwargs
            )
            self.tools = prompt.tools_for_llm(schemas)
            self.tools_tokens = self.counter.tools(self.tools)
            new = [self._input_message(item) for item in inputs]
            self._check_inputs_fit(new)
            if new:
                request = (request_id, self.turn_id) if request_id else None
                for stored in await self.commit(*new, request=request):
                    await self.emit(InputReceived(stored.role, stored.content), stored.id)
            await self._retry_summary()
            end = await self._steps()
        except MemsvcError as exc:
            if self.sequence == 0:
                raise  # refused before anything was stored or shown: the caller gets it as a status
            reason = StopReason.LLM_ERROR if exc.reason.startswith("LLM_") else StopReason.ERROR
            if exc.reason == "CONTEXT_WINDOW_EXCEEDED":
                reason = StopReason.CONTEXT_WINDOW_EXCEEDED
            log.warning(
                "turn_failed", agent_id=self.agent.id, turn_id=self.turn_id, reason=exc.reason, error=exc.message
            )
            end = TurnEnded(reason, self.usage, self.step, exc)
        metrics.TURNS.labels(end.stop_reason.value).inc()
        await self.emit(end)
        return end

    def _input_message(self, item: MessageInput) -> Message:
        """The stored form of an input, refused if it could never fit the prompt budget."""
        fields = {"name": "event"} if item.role is Role.SYSTEM else {}
        message = self.new_message(item.role, content=item.content, **fields)
        limits = Limits.of(self.agent)
        fixed = self.queue.measure(self._system_text(), self.ctx.state, [], self.tools_tokens)
        if fixed.total + message.token_count > limits.budget:
            raise InvalidArgument(
                f"the message has {message.token_count:,} tokens; with the system prompt, working context and "
                f"function schemas ({fixed.total:,} tokens) it cannot fit this agent's prompt budget of "
                f"{limits.budget:,} tokens (context_window {limits.window:,} minus max_tokens "
                f"{limits.reply_reserve:,}). Send a shorter message, or ingest long text as a document",
                reason="MESSAGE_TOO_LARGE",
                field="messages.content",
            )
        return message

    def _check_inputs_fit(self, new: list[Message]) -> None:
        """A turn's input messages must fit the prompt together, or the LLM would never see them all."""
        if len(new) < 2:
            return
        limits = Limits.of(self.agent)
        fixed = self.queue.measure(self._system_text(), self.ctx.state, [], self.tools_tokens)
        together = sum(m.token_count for m in new)
        if fixed.total + together > limits.budget:
            raise InvalidArgument(
                f"the {len(new)} messages of this turn have {together:,} tokens together; with the system prompt, "
                f"working context and function schemas ({fixed.total:,} tokens) they cannot fit this agent's "
                f"prompt budget of {limits.budget:,} tokens. Send fewer or shorter messages per turn",
                reason="MESSAGE_TOO_LARGE",
                field="messages",
            )

    async def _retry_summary(self) -> None:
        """A summary that failed at an earlier flush is written now, if the LLM answers."""
        state = self.ctx.state
        pending = [m for m in self.ctx.unsummarized if m.sequence > state.summarized_through_sequence]
        if not state.summary_pending or not pending:
            return
        retry = _replace_state(state)
        if await self.queue.summarize_into(self.agent, retry, pending):
            await self.commit(state=retry)
            self.ctx.unsummarized = []

    async def _steps(self) -> TurnEnded:
        while self.step < self.max_steps:
            if self.cancel.is_set():
                return TurnEnded(StopReason.CANCELLED, self.usage, self.step)
            self.step += 1
            messages = await self._prepare_prompt()
            started = time.perf_counter()
            try:  # a cancel (or the client's deadline) stops the call in flight, not after it
                reply = await self.deps.llm.complete(self.agent.llm_config, messages, self.tools, cancel=self.cancel)
            except LlmCallCancelled:
                return TurnEnded(StopReason.CANCELLED, self.usage, self.step)
            metrics.LLM_SECONDS.observe(time.perf_counter() - started)
            metrics.STEPS.inc()
            metrics.LLM_TOKENS.labels("prompt").inc(reply.usage.prompt_tokens)
            metrics.LLM_TOKENS.labels("completion").inc(reply.usage.completion_tokens)
            self.usage.add(reply.usage)
            calls = self._parse_calls(reply)
            if not await self._record_reply(reply, calls):
                return TurnEnded(StopReason.NO_TOOL_CALL, self.usage, self.step)
            heartbeat_reason = ""
            for i, call in enumerate(calls):
                try:
                    outcome = await self._execute(call)
                except MemsvcError:
                    await self._close_unanswered(calls[i + 1 :])
                    raise
                if not outcome.ok:
                    heartbeat_reason = prompt.HEARTBEAT_FAILED
                elif call.heartbeat and not heartbeat_reason:
                    heartbeat_reason = prompt.HEARTBEAT_REQUESTED
            if not heartbeat_reason:
                return TurnEnded(StopReason.END_TURN, self.usage, self.step)
            if self.step >= self.max_steps:
                break
            [stored] = await self.commit(self.new_message(Role.SYSTEM, content=heartbeat_reason, name="heartbeat"))
            await self.emit(HeartbeatSent(heartbeat_reason), stored.id)
        return TurnEnded(StopReason.MAX_STEPS, self.usage, self.step)

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
            warned = _replace_state(self.ctx.state, warned=True)
            warning = self.new_message(Role.SYSTEM, content=MEMORY_PRESSURE_WARNING, name="system_alert")
            [stored] = await self.commit(warning, state=warned)
            metrics.WARNINGS.inc()
            await self.emit(SystemAlerted(AlertKind.MEMORY_PRESSURE, MEMORY_PRESSURE_WARNING), stored.id)
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
        await self.commit(evict_through=flush.evict_through, state=flush.state)
        self.ctx.messages, self.ctx.state = flush.kept, flush.state
        self.ctx.unsummarized = [] if flush.summarized else [*self.ctx.unsummarized, *flush.evicted]
        metrics.EVICTIONS.inc()
        metrics.EVICTED_MESSAGES.inc(len(flush.evicted))
        if not flush.summarized:
            metrics.SUMMARY_FAILURES.inc()
        note = f"{len(flush.evicted)} older messages moved to recall storage" + (
            " and summarized." if flush.summarized else "; the summary will be written later."
        )
        await self.emit(SystemAlerted(AlertKind.CONTEXT_FLUSHED, note))

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

    def _parse_calls(self, reply: LlmReply) -> list[_Call]:
        calls: list[_Call] = []
        for raw in reply.tool_calls:
            too_long = self._arguments_too_long(raw.arguments)
            if too_long:
                error = f"the arguments of {raw.name} {too_long}: write less per call"
                calls.append(_Call(raw.id, raw.name, "{}", False, "", error))
                continue
            try:
                args = json.loads(raw.arguments or "{}")
                if not isinstance(args, dict):
                    raise ValueError
                # A JSON escape of a lone surrogate ("\ud800") parses but cannot be stored: replace it.
                text = json.dumps(args, ensure_ascii=False)
                if not text.isascii():
                    args = json.loads(text.encode("utf-8", "replace").decode("utf-8"))
            except (ValueError, RecursionError, UnicodeError):
                error = f"the arguments of {raw.name} are not a JSON object: {raw.arguments[:200]!r}"
                calls.append(_Call(raw.id, raw.name, raw.arguments, False, "", error))
                continue
            thoughts = args.pop(INNER_THOUGHTS, None) or args.pop("thinking", None) or ""
            heartbeat = args.pop(HEARTBEAT, False)
            if isinstance(heartbeat, str):
                heartbeat = heartbeat.strip().lower() == "true"
            calls.append(_Call(raw.id, raw.name, json.dumps(args, ensure_ascii=False), bool(heartbeat), str(thoughts)))
        return calls

    async def _record_reply(self, reply: LlmReply, calls: list[_Call]) -> bool:
        """Stores the LLM's message and reports its thoughts and calls. False if it called nothing."""
        thoughts = "\n".join(t for t in (reply.reasoning, *(c.thoughts for c in calls)) if t)
        if not self.agent.llm_config.put_inner_thoughts_in_kwargs or not calls:
            thoughts = "\n".join(t for t in (thoughts, reply.content) if t)
        message = self.new_message(
            Role.ASSISTANT,
            content=reply.content,
            inner_thoughts=thoughts,
            # Stored as the LLM wrote them, so the history it sees is its own (cut if oversized).
            tool_calls=tuple(
                ToolCall(r.id, r.name, _kept(r.arguments, bool(self._arguments_too_long(r.arguments))))
                for r in reply.tool_calls
            ),
        )
        [stored] = await self.commit(message)
        if thoughts:
            await self.emit(InnerThought(thoughts), stored.id)
        for call in calls:
            await self.emit(FunctionCalled(call.id, call.name, call.arguments, call.heartbeat), stored.id)
        return bool(calls)

    async def _execute(self, call: _Call) -> FunctionOutcome:
        failure: MemsvcError | None = None
        if call.error:
            outcome = FunctionOutcome(False, call.error)
        else:
            try:
                outcome = await self.deps.executor.execute(self.agent.id, call.name, call.arguments)
            except MemsvcError as exc:  # the executor (or the store behind it) failed, not the call
                failure = exc
                outcome = FunctionOutcome(False, f"{prompt.INTERRUPTED}: {exc.message}")
        label = call.name if call.name in FUNCTION_NAMES else "unknown"
        metrics.FUNCTION_CALLS.labels(label, str(outcome.ok).lower()).inc()
        result = prompt.function_result(outcome.ok, self._bounded(outcome.result), now())
        [stored] = await self.commit(self.new_message(Role.TOOL, content=result, tool_call_id=call.id, name=call.name))
        if outcome.message_to_user:
            await self.emit(AssistantSaid(outcome.message_to_user), stored.id)
        await self.emit(FunctionReturned(call.id, call.name, outcome.ok, result), stored.id)
        if failure is not None:
            raise failure  # the call is closed; the turn ends with the error
        if outcome.memory_changed:
            self.agent.blocks = (await self.deps.store.get_agent(self.agent.id)).blocks
        return outcome

    async def _close_unanswered(self, calls: list[_Call]) -> None:
        """Closes the calls of a reply that will not run (an earlier one failed the turn)."""
        results = [
            self.new_message(
                Role.TOOL,
                content=prompt.function_result(False, prompt.INTERRUPTED, now()),
                tool_call_id=c.id,
                name=c.name,
            )
            for c in calls
        ]
        if results:
            with contextlib.suppress(MemsvcError):  # the next turn closes them if this fails too
                await self.commit(*results)

    def _arguments_too_long(self, arguments: str) -> str:
        """Why a call's arguments are too long ("" if not): over MAX_ARGUMENT_CHARS, or over a fifth
        of the prompt budget in tokens (as results are), so a call can never fill the window."""
        cap = max(256, Limits.of(self.agent).budget // 5)
        if len(arguments) > MAX_ARGUMENT_CHARS:
            return (
                f"have {len(arguments):,} characters; the limit is {MAX_ARGUMENT_CHARS:,} characters and {cap:,} tokens"
            )
        if len(arguments) <= cap:  # a token is at least one character
            return ""
        tokens = len(self.counter.encoding.encode(arguments, disallowed_special=()))
        return f"have {tokens:,} tokens; the limit is {cap:,} (a fifth of the prompt budget)" if tokens > cap else ""

    def _bounded(self, text: str) -> str:
        """A function result cut to a fifth of the prompt budget, so one result can never fill the window."""
        cap = max(256, Limits.of(self.agent).budget // 5)
        if len(text) <= cap:  # a token is at least one character: it fits without counting
            return text
        tokens = self.counter.encoding.encode(text, disallowed_special=())
        if len(tokens) <= cap:
            return text
        kept = self.counter.encoding.decode(tokens[:cap])
        return f"{kept} [... truncated: the result had {len(tokens):,} tokens; ask for less, e.g. a smaller page]"

    async def _close_interrupted_calls(self) -> None:
        """Gives every call left without a result (a crash mid-call) an explicit one."""
        answered = {m.tool_call_id for m in self.ctx.messages if m.role is Role.TOOL}
        for m in list(self.ctx.messages):
            for call in m.tool_calls:
                if call.id in answered:
                    continue
                result = prompt.function_result(False, prompt.INTERRUPTED, now())
                [stored] = await self.commit(
                    self.new_message(Role.TOOL, content=result, tool_call_id=call.id, name=call.name)
                )
                await self.emit(SystemAlerted(AlertKind.CALL_INTERRUPTED, f"{call.name} was interrupted"), stored.id)


def _replace_state(state: ContextState, **changes: Any) -> ContextState:
    fields = {name: getattr(state, name) for name in ContextState.__slots__}  # type: ignore[attr-defined]
    fields.update(changes)
    return ContextState(**fields)
