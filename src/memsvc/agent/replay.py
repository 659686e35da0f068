"""A retried request whose turn ended but was never marked finished: recognised and replayed.

A turn commits every message before reporting it, then, at its end, records its events
with the request (`finish_turn_request`). A crash (or a lost memory server) between the
two leaves a request whose turn ended with no recorded events. Running it again would
call the LLM with no new input and answer twice; instead its stored messages tell
whether another step was due, and, if not, they are the turn, told again.
"""

from __future__ import annotations

import json
from typing import Any

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
from memsvc.executor.functions import HEARTBEAT, INNER_THOUGHTS
from memsvc.models import Message, Role, now


def ended_turn(messages: list[Message], turn_id: str, max_steps: int) -> list[Event] | None:
    """The events of turn `turn_id` if its stored messages show it ended; None if a step was due
    (or none ran), so the turn must go on. `messages` is the queue, oldest first."""
    mine = [m for m in messages if m.turn_id == turn_id]
    replies = [m for m in mine if m.role is Role.ASSISTANT]
    if not replies:
        return None  # the input was stored, the LLM never answered: run it
    last = replies[-1]
    after = mine[mine.index(last) + 1 :]
    if not last.tool_calls:
        reason = StopReason.NO_TOOL_CALL
    else:
        results = {m.tool_call_id: m for m in after if m.role is Role.TOOL}
        if any(c.id not in results for c in last.tool_calls) or any(m.role is Role.SYSTEM for m in after):
            return None  # cut off among its calls, or the next step had begun
        chained = any(_heartbeat(c.arguments) or not _ok(results[c.id].content) for c in last.tool_calls)
        if chained and len(replies) < max_steps:
            return None  # a heartbeat was due: the turn goes on
        reason = StopReason.MAX_STEPS if chained else StopReason.END_TURN
    return _events(mine, turn_id, TurnEnded(reason, Usage(), len(replies)))


def _events(mine: list[Message], turn_id: str, end: TurnEnded) -> list[Event]:
    bodies: list[tuple[Body, str, int]] = []
    step = 0
    calls: dict[str, str] = {}  # call id -> arguments, for send_message's text
    for m in mine:
        if m.role is Role.ASSISTANT:
            step += 1
            if m.inner_thoughts:
                bodies.append((InnerThought(m.inner_thoughts), m.id, step))
            for c in m.tool_calls:
                args = _arguments(c.arguments)
                calls[c.id] = c.arguments
                visible = json.dumps(args, ensure_ascii=False) if args is not None else c.arguments
                bodies.append((FunctionCalled(c.id, c.name, visible, _heartbeat(c.arguments)), m.id, step))
        elif m.role is Role.TOOL:
            args = _arguments(calls.get(m.tool_call_id, "")) or {}
            if m.name == "send_message" and _ok(m.content) and isinstance(args.get("message"), str):
                bodies.append((AssistantSaid(args["message"]), m.id, step))
            bodies.append((FunctionReturned(m.tool_call_id, m.name, _ok(m.content), m.content), m.id, step))
        elif m.role is Role.SYSTEM and m.name == "heartbeat":
            bodies.append((HeartbeatSent(m.content), m.id, step))
        elif m.role is Role.SYSTEM and m.name == "system_alert":
            bodies.append((SystemAlerted(AlertKind.MEMORY_PRESSURE, m.content), m.id, step))
        else:
            bodies.append((InputReceived(m.role, m.content), m.id, step))
    bodies.append((end, "", step))
    return [Event(turn_id, s, i, body, mid, now()) for i, (body, mid, s) in enumerate(bodies, 1)]


def _arguments(raw: str) -> dict[str, Any] | None:
    try:
        args = json.loads(raw or "{}")
    except (ValueError, RecursionError):
        return None
    if not isinstance(args, dict):
        return None
    args.pop(INNER_THOUGHTS, None)
    args.pop(HEARTBEAT, None)
    return args


def _heartbeat(raw: str) -> bool:
    try:
        args = json.loads(raw or "{}")
    except (ValueError, RecursionError):
        return False
    flag = args.get(HEARTBEAT, False) if isinstance(args, dict) else False
    return flag.strip().lower() == "true" if isinstance(flag, str) else bool(flag)


def _ok(result: str) -> bool:
    try:
        return json.loads(result).get("status") == "OK"
    except (ValueError, AttributeError, RecursionError):
        return not result.startswith(prompt.INTERRUPTED)
