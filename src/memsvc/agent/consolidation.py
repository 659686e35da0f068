"""Background memory consolidation ("sleep-time"): a turn of its own kind in which an LLM
reviews the agent's recent messages and its memory, and corrects memory through the same
functions the agent's turns use.

A run is a turn (TurnKind.CONSOLIDATION). It holds the agent's turn lease, so it never
overlaps the agent's turns; its record and events are stored like any turn's, so clients
see it (ListTurns, GetTurn, WatchAgent, StreamStep attach), CancelTurn stops it, and a run
cut off by a crash is ended by whichever server finds it (TurnRunner.close_stalled, the
scheduler). It adds nothing to the agent's messages: what it reads and says lives in its
own prompt, and only its function calls change memory. Its cost is bounded: at most
`max_steps` LLM calls, and no call is made that could take the run past `max_tokens`.

Triggers: Turn.end counts conversation turns and sets when a run is due (ContextState);
the scheduler starts due runs (Consolidator.attend); AgentService.ConsolidateAgent starts
one at once (Consolidator.start). A turn sent to this server stops a run here first
(TurnRunner.background), so a user never waits behind one.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from enum import Enum
from typing import Any

import structlog

from memsvc import validation
from memsvc.agent.events import (
    Body,
    FunctionCalled,
    FunctionReturned,
    InnerThought,
    InputReceived,
    StopReason,
    TurnEnded,
    TurnKind,
)
from memsvc.agent.extract import without_heartbeat
from memsvc.agent.llm import LlmCallCancelled
from memsvc.agent.loop import LoopDeps, Turn
from memsvc.agent.prompt import function_result, tools_for_llm
from memsvc.agent.turn_state import TurnState
from memsvc.agent.turns import TurnRunner, TurnView, awaiting_client
from memsvc.chat_format import iso
from memsvc.errors import Aborted, FailedPrecondition, MemsvcError, NotFound
from memsvc.models import Context, DueConsolidation, FunctionOutcome, Message, Role, now
from memsvc.storage.textsearch import said
from memsvc.tenancy import current_tenant

log = structlog.get_logger("memsvc.consolidation")

# What a run may call: memory edits and searches; never send_message or client tools.
FUNCTIONS = (
    "core_memory_append",
    "core_memory_replace",
    "archival_memory_search",
    "archival_memory_insert",
    "archival_memory_update",
    "archival_memory_delete",
    "conversation_search",
)

INSTRUCTIONS = """\
You maintain the long-term memory of an AI assistant while it is idle. You are shown its \
memory blocks and the conversation since memory was last reviewed. Make memory right, using \
the functions; say nothing to anyone. Nobody reads your text replies.

Do this:
- Rewrite the blocks so they hold the current key facts: correct what the conversation \
changed (core_memory_replace), add what is new and important, drop what is stale. Keep them short.
- Save durable facts missing from archival memory (archival_memory_insert): one self-contained \
sentence per fact, naming who it is about, with a date when known. Search first \
(archival_memory_search); never insert a fact that is already there.
- Merge duplicates: keep one passage (archival_memory_update with the merged text) and delete \
the others (archival_memory_delete), by the ids search results carry.
- Resolve contradictions: when a newer message changes a fact, update the stored passage by its \
id (archival_memory_update) instead of inserting a second, conflicting one; its old text is \
kept in its history.
- When memory is right, reply with a one-line note of what you changed and call no function.
"""


class Trigger(Enum):
    """Why a run started (shown in its first event)."""

    REQUESTED = "requested (ConsolidateAgent)"
    TURNS = "after every_n_turns conversation turns"
    IDLE = "after idle_seconds without a conversation turn"


async def _nowhere(event: Any) -> None:
    """Runs are followed through the store (WatchAgent, attach), not by an emit."""


class ConsolidationRun:
    """One consolidation run of an agent, under its lock and lease (Consolidator)."""

    def __init__(self, deps: LoopDeps, context: Context, holder: str, cancel: asyncio.Event) -> None:
        config = context.agent.consolidation
        context.agent = replace(context.agent, llm_config=config.llm_config or context.agent.llm_config)
        self.deps = deps
        self.ctx = context
        self.max_tokens = config.max_tokens
        state = TurnState.start(context.agent.id, config.max_steps, kind=TurnKind.CONSOLIDATION)
        self.turn = Turn(deps, context, _nowhere, state, cancel, holder)
        self.tools: list[dict[str, Any]] = []
        self.tools_tokens = 0
        self.transcript = ""
        self.exchange: list[dict[str, Any]] = []
        self.nothing_new = False  # nothing happened since the last run finished: end at once

    @property
    def llm_config(self) -> Any:
        return self.turn.agent.llm_config

    async def prepare(self) -> None:
        """Loads the functions and fits the transcript to the run's bounds. FAILED_PRECONDITION
        (reason CONSOLIDATION_BUDGET_TOO_SMALL), before anything is stored, if even the
        instructions, blocks and schemas do not fit."""
        agent = self.turn.agent
        schemas = await self.deps.executor.list_functions(inner_thoughts_in_kwargs=False)
        allowed = [s for s in schemas if s.name in FUNCTIONS and s.name not in agent.tools.requiring_approval]
        self.tools = [without_heartbeat(t) for t in tools_for_llm(allowed)]
        counter = self.turn.counter
        self.tools_tokens = counter.tools(self.tools)
        reserve = self.llm_config.max_tokens
        room = min(self.llm_config.context_window, self.max_tokens) - reserve
        fixed = self._measure(self._prompt()) + self.tools_tokens
        # The transcript gets at most half of what is left; the rest is for the run's own calls.
        allowance = (room - fixed) // 2
        if allowance < 64:
            need = 2 * (fixed + 64) + reserve
            raise FailedPrecondition(
                f"a consolidation run of agent {agent.id} cannot fit its bounds: its instructions, memory blocks "
                f"and function schemas take {fixed:,} tokens, and {reserve:,} are reserved for each reply, but "
                f"the run may use {self.max_tokens:,} tokens (consolidation_config.max_tokens) with a context "
                f"window of {self.llm_config.context_window:,}: raise both to at least {need:,}",
                reason="CONSOLIDATION_BUDGET_TOO_SMALL",
                field="consolidation_config.max_tokens",
            )
        self.transcript = self._fit_transcript(allowance)
        self.turn.consolidated_through = self.ctx.recall_count

    async def begin(self, trigger: Trigger) -> TurnView:
        """Stores the run's turn (RUNNING) with an event saying what it reviews."""
        fresh = self._fresh()
        what = f"Memory consolidation, {trigger.value}: {len(fresh)} new message(s) to review"
        if self.nothing_new:
            what += " since the last run finished; ended without calling the LLM"
        elif fresh:
            what += f" (sequences {fresh[0].sequence}-{fresh[-1].sequence})"
        await self.turn.commit(events=[(InputReceived(Role.SYSTEM, what), "")], record=True)
        return TurnView(TurnState.from_record(self.turn.state.record()), 1)

    async def run(self) -> TurnEnded:
        outcome = await self.turn.guarded(self._steps())
        assert isinstance(outcome, TurnEnded)
        return outcome

    async def _steps(self) -> TurnEnded:
        state, turn = self.turn.state, self.turn
        counted = reported = 0  # the last prompt: as counted here, as the endpoint reported it
        if self.nothing_new:
            return TurnEnded(StopReason.END_TURN, state.usage, state.step)
        while True:
            if state.step >= state.max_steps:
                return TurnEnded(StopReason.MAX_STEPS, state.usage, state.step)
            if turn.cancel.is_set():
                return TurnEnded(StopReason.CANCELLED, state.usage, state.step)
            prompt = self._prompt()
            tokens = self._measure(prompt) + self.tools_tokens
            if tokens > self.llm_config.context_window - self.llm_config.max_tokens:
                return TurnEnded(StopReason.CONTEXT_WINDOW_EXCEEDED, state.usage, state.step)
            # The endpoint's own count of the last prompt, plus what was added since, if it counts more.
            expected = max(tokens, reported + tokens - counted)
            if state.usage.total_tokens + expected + self.llm_config.max_tokens > self.max_tokens:
                return TurnEnded(StopReason.MAX_TOKENS, state.usage, state.step)
            state.next_step()
            try:
                reply = await self.deps.llm.complete(self.llm_config, prompt, self.tools, cancel=turn.cancel)
            except LlmCallCancelled:
                return TurnEnded(StopReason.CANCELLED, state.usage, state.step)
            state.usage.add(reply.usage)
            counted, reported = tokens, reply.usage.prompt_tokens
            calls = turn.parse_calls(reply)
            thoughts = "\n".join(t for t in (reply.reasoning, *(c.thoughts for c in calls), reply.content) if t)
            events: list[tuple[Body, str]] = [(InnerThought(thoughts), "")] if thoughts else []
            events += [(FunctionCalled(c.id, c.name, c.arguments, False), "") for c in calls]
            await turn.commit(events=events, record=True)  # the step count, should a crash cut the run
            if not calls:
                return TurnEnded(StopReason.END_TURN, state.usage, state.step)
            self.exchange.append(
                {
                    "role": "assistant",
                    "content": reply.content or None,
                    "tool_calls": [
                        {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
                        for c in calls
                    ],
                }
            )
            for call in calls:
                outcome = (
                    FunctionOutcome(False, call.error) if call.error else await self._execute(call.name, call.arguments)
                )
                result = function_result(outcome.ok, turn.bounded(outcome.result), now())
                await turn.commit(events=[(FunctionReturned(call.id, call.name, outcome.ok, result), "")])
                self.exchange.append({"role": "tool", "tool_call_id": call.id, "content": result})

    async def _execute(self, name: str, arguments: str) -> FunctionOutcome:
        if name not in {t["function"]["name"] for t in self.tools}:
            names = ", ".join(t["function"]["name"] for t in self.tools)
            return FunctionOutcome(False, f"{name} is not available during memory consolidation; use one of {names}")
        # An executor or store failure (not a failed call) ends the run, as it ends a turn.
        outcome = await self.deps.executor.execute(self.turn.agent.id, name, arguments)
        if outcome.memory_changed:
            self.turn.agent.blocks = (await self.deps.store.get_agent(self.turn.agent.id)).blocks
        return outcome

    # ----- the prompt ---------------------------------------------------------------------

    def _prompt(self) -> list[dict[str, Any]]:
        """The instructions with the blocks as they are now, the transcript, and the run so far."""
        agent = self.turn.agent
        blocks = "\n".join(
            f'<block label="{b.label}" limit="{b.limit}"{" read_only" if b.read_only else ""}>\n{b.value}\n</block>'
            for b in agent.blocks
        )
        system = f"{INSTRUCTIONS}\nMemory blocks now:\n{blocks or '(none)'}\n"
        counts = f"{self.ctx.archival_count:,} archival passage(s), {self.ctx.recall_count:,} message(s) in recall"
        system += f"Memory holds {counts}."
        user = {"role": "user", "content": self.transcript or "(no new messages)"}
        return [{"role": "system", "content": system}, user, *self.exchange]

    def _measure(self, prompt: list[dict[str, Any]]) -> int:
        return sum(self.turn.counter.message(m) for m in prompt) + 3

    def _fresh(self) -> list[Message]:
        """The queued messages the last run did not read."""
        through = self.ctx.state.consolidated_through_sequence
        return [m for m in self.ctx.messages if m.sequence > through]

    def _fit_transcript(self, allowance: int) -> str:
        """The conversation since the last run, newest kept when it does not all fit."""
        lines: list[str] = []
        used = 0
        fresh = [line for line in (_line(m) for m in self._fresh()) if line]
        for line in reversed(fresh):
            cost = self.turn.counter.text(line) + 1
            if used + cost > allowance:
                break
            lines.append(line)
            used += cost
        lines.reverse()
        state, hidden = self.ctx.state, len(fresh) - len(lines)
        if state.consolidated_through_sequence < state.evicted_through_sequence or hidden:
            lines.insert(
                0,
                "[Earlier messages since the last review are not shown (moved out of the context, or too many); "
                "search them with conversation_search if needed.]",
            )
        if not lines:
            return ""
        return "The conversation since memory was last reviewed, oldest first:\n" + "\n".join(lines)


def _line(m: Message) -> str:
    """A message as a transcript line: what the user and the assistant said, and system events."""
    if m.role is Role.USER:
        text = m.content
    elif m.role is Role.ASSISTANT:
        text = "\n".join(said(c.arguments) for c in m.tool_calls if c.name == "send_message")
    elif m.role is Role.SYSTEM and m.name == "event":
        text = m.content
    else:
        return ""
    return f"[{iso(m.create_time)}] {m.role.value}: {text}" if text else ""


class Consolidator:
    """Starts consolidation runs under the agent's turn lease: on request, and when due."""

    def __init__(self, runner: TurnRunner) -> None:
        self.runner = runner
        self._attending: set[str] = set()
        self._requested: dict[str, asyncio.Future[TurnView]] = {}  # agent id -> its run, asked for, not begun
        self._running: dict[str, TurnView] = {}  # agent id -> its run under way here

    async def start(self, agent_id: str) -> TurnView:
        """Starts a run now (AgentService.ConsolidateAgent); returns its turn once stored. While a
        run of the agent is asked for or under way here, that run is returned (no second one)."""
        agent_id = validation.agent_id(agent_id)
        if (running := self._running.get(agent_id)) is not None:
            return running
        if (requested := self._requested.get(agent_id)) is None:
            requested = asyncio.get_running_loop().create_future()
            requested.add_done_callback(lambda f: f.cancelled() or f.exception())  # read, if the caller left
            self._requested[agent_id] = requested
            self.runner.spawn(self._requested_run(agent_id, requested))
        return await asyncio.shield(requested)

    async def _requested_run(self, agent_id: str, started: asyncio.Future[TurnView]) -> None:
        try:
            await self._run(agent_id, started)
        finally:
            if self._requested.get(agent_id) is started:
                del self._requested[agent_id]

    async def attend(self, due: DueConsolidation) -> None:
        """Starts a due run (scheduler.py), unless the agent is busy (the next check sees it)."""
        if due.agent_id in self._attending:
            return
        self._attending.add(due.agent_id)
        current_tenant.set(due.tenant)
        try:
            await self._run(due.agent_id, None)
        except Aborted as exc:
            if exc.reason != "AGENT_BUSY":
                raise
        except NotFound:
            pass  # deleted meanwhile
        finally:
            self._attending.discard(due.agent_id)

    async def _run(self, agent_id: str, started: asyncio.Future[TurnView] | None) -> None:
        try:
            async with self.runner.held(agent_id, wait=started is not None) as (context, holder):
                await self.runner.close_stalled(context, holder)
                trigger = Trigger.REQUESTED if started is not None else self._due(context)
                if trigger is None:
                    if context.state.consolidation_due_time:
                        await self._not_due(context, holder)
                    return
                if context.open_turn is not None:  # waiting for the client
                    if started is None:  # due again when that turn ends
                        await self._not_due(context, holder)
                        return
                    raise awaiting_client(TurnState.from_record(context.open_turn))
                await self._consolidate(context, holder, trigger, started)
        except Exception as exc:
            if started is not None and not started.done():
                started.set_exception(exc)  # the caller's status
            elif isinstance(exc, MemsvcError) and not isinstance(exc, Aborted | NotFound):
                log.warning("consolidation_not_run", agent_id=agent_id, reason=exc.reason, error=exc.message)
            else:
                raise

    async def _consolidate(
        self, context: Context, holder: str, trigger: Trigger, started: asyncio.Future[TurnView] | None
    ) -> None:
        cancel = asyncio.Event()
        run = ConsolidationRun(self.runner.deps, context, holder, cancel)
        try:
            await run.prepare()
        except FailedPrecondition:
            if started is None:
                await self._not_due(context, holder)
            raise
        agent_id = context.agent.id
        run.nothing_new = await self._nothing_new(context)
        self.runner.background[agent_id] = cancel
        try:
            with self.runner.registered(run.turn.turn_id, cancel):
                view = await run.begin(trigger)
                self._running[agent_id] = view
                if started is not None:
                    started.set_result(view)
                end = await run.run()
            log.info(
                "consolidation_ended",
                agent_id=agent_id,
                turn_id=run.turn.turn_id,
                stop_reason=end.stop_reason.value,
                steps=end.step_count,
                tokens=end.usage.total_tokens,
            )
        finally:
            self._running.pop(agent_id, None)
            if self.runner.background.get(agent_id) is cancel:
                del self.runner.background[agent_id]

    async def _nothing_new(self, context: Context) -> bool:
        """No message was stored since the agent's last turn, a consolidation run that finished
        (END_TURN): another run would review the same memory again."""
        if context.recall_count > context.state.consolidated_through_sequence:
            return False
        newest = await self.runner.store.list_turns(context.agent.id, 1, "")
        if not newest.items:
            return False
        last = TurnState.from_record(newest.items[0])
        return last.kind is TurnKind.CONSOLIDATION and last.stop_reason is StopReason.END_TURN

    @staticmethod
    def _due(context: Context) -> Trigger | None:
        """Why a run is due now (None: it is not, or consolidation is off)."""
        state, config = context.state, context.agent.consolidation
        if not config.enabled or not 0 < state.consolidation_due_time <= now():
            return None
        if config.every_n_turns and state.turns_since_consolidation >= config.every_n_turns:
            return Trigger.TURNS
        return Trigger.IDLE

    async def _not_due(self, context: Context, holder: str) -> None:
        """Clears a due time that will not be acted on (the next conversation turn sets it again)."""
        state = replace(context.state, consolidation_due_time=0.0)
        await self.runner.store.commit_context(context.agent.id, [], 0, state, holder)
        context.state = state
