"""Answers to a waiting turn: client tool results, approval decisions, expired waits, a cancel.

Each answer is stored with the turn's new state (turn_state.py) in one transaction, so
a crash between two answers loses neither. Once no call is left pending the turn
resumes, and its steps go on (loop.Turn.run_steps) under the usual chaining rules: a
failed result (an error, a denial, an expired wait) returns control to the LLM.
"""

from __future__ import annotations

from dataclasses import dataclass

from memsvc import metrics, validation
from memsvc.agent import prompt
from memsvc.agent.events import Body, FunctionReturned, PendingCall, StopReason, TurnEnded, TurnWaiting, WaitKind
from memsvc.agent.loop import Outcome, Turn
from memsvc.agent.turn_state import TurnState, TurnStatus, approved_client_tool
from memsvc.errors import InvalidArgument
from memsvc.models import FunctionOutcome, Message, Role, now

MAX_RESULT_CHARS = 256 * 1024
MAX_REASON_CHARS = 4096
MAX_ANSWERS = 128


@dataclass(slots=True, frozen=True)
class ToolResult:
    """The client's result of a client tool call: its output, or (ok False) why it failed."""

    call_id: str
    ok: bool
    text: str


@dataclass(slots=True, frozen=True)
class Decision:
    """An approval decision."""

    call_id: str
    approve: bool
    reason: str = ""


Answer = ToolResult | Decision


def check_answers(answers: list[Answer]) -> list[Answer]:
    """The shape of a batch of answers (INVALID_ARGUMENT), before the turn is even loaded."""
    if not answers:
        raise InvalidArgument("give at least one tool result or approval decision", field="tool_results")
    if len(answers) > MAX_ANSWERS:
        raise InvalidArgument(f"at most {MAX_ANSWERS} answers at once", field="tool_results")
    seen: set[str] = set()
    for a in answers:
        field = "tool_results" if isinstance(a, ToolResult) else "approvals"
        validation.text(a.call_id, f"{field}.call_id", max_chars=128)
        if a.call_id in seen:
            raise InvalidArgument(f"call {a.call_id!r} is answered twice in one request", field=f"{field}.call_id")
        seen.add(a.call_id)
        if isinstance(a, ToolResult):
            validation.text(a.text, "tool_results.output", max_chars=MAX_RESULT_CHARS, required=False)
        else:
            validation.text(a.reason, "approvals.reason", max_chars=MAX_REASON_CHARS, required=False)
    return answers


def pending_for(state: TurnState, answers: list[Answer]) -> list[tuple[Answer, PendingCall]]:
    """Each answer with the pending call it answers; FAILED_PRECONDITION (with a reason) for any
    that answers nothing, before anything is stored: a batch is taken whole or not at all."""
    return [
        (a, state.pending_call(a.call_id, WaitKind.CLIENT_TOOL if isinstance(a, ToolResult) else WaitKind.APPROVAL))
        for a in answers
    ]


async def resume(turn: Turn, answers: list[Answer]) -> Outcome:
    """Records the answers; continues the turn once nothing is pending."""
    pairs = pending_for(turn.state, answers)

    async def work() -> Outcome:
        await turn.load_tools()
        rewaited = False
        for answer, call in pairs:
            rewaited |= await _apply(turn, answer, call)
        return await _go_on(turn, announce=rewaited)

    return await turn.guarded(work())


async def expire(turn: Turn) -> Outcome | None:
    """Fails every pending call whose wait has expired; None if none has."""
    calls = turn.state.expired(now())
    if not calls:
        return None

    async def work() -> Outcome:
        await turn.load_tools()
        config = turn.agent.tools
        for call in calls:
            if call.kind is WaitKind.CLIENT_TOOL:
                text = (
                    f"no result came from the client within {config.client_tool_timeout:,} seconds "
                    "(client_tool_timeout_seconds); the tool may or may not have run"
                )
            else:
                text = (
                    f"no approval decision came within {config.approval_timeout:,} seconds "
                    "(approval_timeout_seconds): the call was not run"
                )
            metrics.TURN_ANSWERS.labels("expired").inc()
            await _close(turn, call, FunctionOutcome(False, text))
        return await _go_on(turn)

    return await turn.guarded(work())


async def cancel_waiting(turn: Turn) -> TurnEnded:
    """Ends a waiting turn: its pending calls get a failed result, and it ends CANCELLED."""
    messages: list[Message] = []
    events: list[tuple[Body, str]] = []
    for call in turn.state.pending:
        result = prompt.function_result(False, "cancelled: the turn was cancelled before this call was answered", now())
        message = turn.new_message(Role.TOOL, content=result, tool_call_id=call.call_id, name=call.name)
        messages.append(message)
        events.append((FunctionReturned(call.call_id, call.name, False, result), message.id))
    end = TurnEnded(StopReason.CANCELLED, turn.state.usage, turn.state.step)
    await turn.end(end, *messages, events=events)
    return end


async def _apply(turn: Turn, answer: Answer, call: PendingCall) -> bool:
    """Stores one answer. True if the call now waits for something else (an approved client tool)."""
    if isinstance(answer, ToolResult):
        metrics.TURN_ANSWERS.labels("result").inc()
        await _close(turn, call, FunctionOutcome(answer.ok, answer.text))
        return False
    if not answer.approve:
        metrics.TURN_ANSWERS.labels("denial").inc()
        why = f": {answer.reason}" if answer.reason.strip() else ""
        await _close(turn, call, FunctionOutcome(False, f"the call was denied by the user{why}; it did not run"))
        return False
    metrics.TURN_ANSWERS.labels("approval").inc()
    if call.client_tool:
        turn.state.rewait(approved_client_tool(call, turn.agent.tools.client_tool_timeout))
        return True
    _done(turn.state, call)
    await turn.execute(call.call_id, call.name, call.arguments, call.heartbeat, record=True)
    return False


async def _close(turn: Turn, call: PendingCall, outcome: FunctionOutcome) -> None:
    _done(turn.state, call)
    await turn.record_result(call.call_id, call.name, call.heartbeat, outcome, record=True)


def _done(state: TurnState, call: PendingCall) -> None:
    """The call is answered for good; with nothing left pending the turn runs again (both are
    stored with the call's result)."""
    state.close(call.call_id)
    if not state.pending:
        state.resume()


async def _go_on(turn: Turn, *, announce: bool = False) -> Outcome:
    """After answers: wait on (saying so if what is pending changed), or run the next steps."""
    if turn.state.status is TurnStatus.WAITING:
        waiting = TurnWaiting(tuple(turn.state.pending), turn.state.usage, turn.state.step)
        if announce:
            await turn.commit(events=[(waiting, "")], record=True)
        return waiting
    return await turn.run_steps()
