"""The agent's own alarm clock: built-in functions to schedule, list and cancel its wake-ups.

A wake-up fires once, as a turn whose input is a system event naming its reason
(agent/wakeups.py); what is allowed is in wakeup_rules.py.
"""

from __future__ import annotations

import json
from typing import Any

from memsvc import wakeup_rules
from memsvc.executor.declare import Function, Outcome, Param
from memsvc.models import now
from memsvc.ports import FunctionMemory

LISTED = 50


async def _schedule_wakeup(m: FunctionMemory, agent: str, a: dict[str, Any]) -> Outcome:
    current = now()
    at = wakeup_rules.parse_time(a["at"], "at") if "at" in a else None
    due = wakeup_rules.due_time(at, a.get("delay_seconds"), current, at_field="at", delay_field="delay_seconds")
    wakeup = await m.schedule_wakeup(agent, due, wakeup_rules.reason(a["reason"]), "agent")
    return Outcome(
        f"Wake-up {wakeup.id} scheduled for {wakeup_rules.iso(wakeup.due_time)} "
        f"(in {max(0, round(wakeup.due_time - current))} s; now is {wakeup_rules.iso(current)}). "
        "You will be woken then with its reason."
    )


async def _list_wakeups(m: FunctionMemory, agent: str, _a: dict[str, Any]) -> Outcome:
    page = await m.list_wakeups(agent, ("pending",), LISTED, "")
    items = [{"id": w.id, "due": wakeup_rules.iso(w.due_time), "reason": w.reason} for w in page.items]
    return Outcome(
        json.dumps(
            {"now": wakeup_rules.iso(now()), "pending": items, "more": bool(page.next_page_token)}, ensure_ascii=False
        )
    )


async def _cancel_wakeup(m: FunctionMemory, agent: str, a: dict[str, Any]) -> Outcome:
    wakeup = await m.cancel_wakeup(agent, a["id"])
    return Outcome(f"Wake-up {wakeup.id} ({wakeup.reason[:200]}) is cancelled; it will not fire.")


WAKEUP_FUNCTIONS: tuple[Function, ...] = (
    Function(
        "schedule_wakeup",
        "Schedules a wake-up: at that time you get a system event with the reason, and can act (e.g. remind "
        "the user, check back on something). Give either `at` or `delay_seconds`. Times are UTC.",
        (
            Param("reason", "string", "What to do when woken, in a sentence (at most 1,000 characters)."),
            Param(
                "at",
                "string",
                "When, as an RFC 3339 time in UTC, e.g. 2026-12-01T09:00:00Z (at most 366 days ahead).",
                required=False,
            ),
            Param("delay_seconds", "number", "Or: how many seconds from now.", required=False),
        ),
        _schedule_wakeup,
    ),
    Function(
        "list_wakeups",
        f"Lists your pending wake-ups, soonest first (up to {LISTED}), with their ids and reasons.",
        (),
        _list_wakeups,
    ),
    Function(
        "cancel_wakeup",
        "Cancels a pending wake-up by its id (from schedule_wakeup or list_wakeups).",
        (Param("id", "string", "The wake-up's id."),),
        _cancel_wakeup,
    ),
)
WAKEUP_FUNCTION_NAMES = frozenset(f.name for f in WAKEUP_FUNCTIONS)  # offered only with Agent.enable_wakeups
