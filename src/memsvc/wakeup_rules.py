"""What a wake-up may be: the checks every entry point shares (the agent's built-in
functions, AgentService.ScheduleWakeup, the store's per-agent cap) and the text of the
system event a wake-up turn starts with.

The rules (README, "Scheduled wake-ups"):
- exactly one of a time (RFC 3339, UTC; an offset is converted, none means UTC) or a
  delay in seconds (a finite number from 0 to the horizon);
- a time up to PAST_GRACE_SECONDS in the past fires at once (clocks differ a little);
  further in the past is INVALID_ARGUMENT, reason WAKEUP_IN_THE_PAST;
- at most HORIZON_SECONDS ahead (366 days): INVALID_ARGUMENT, reason WAKEUP_TOO_FAR;
- NaN, infinite or negative delays: INVALID_ARGUMENT, reason WAKEUP_DELAY_INVALID;
- a reason of 1 to MAX_REASON_CHARS characters: INVALID_ARGUMENT;
- at most MAX_PENDING pending wake-ups per agent: RESOURCE_EXHAUSTED, reason TOO_MANY_WAKEUPS.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime

from memsvc import validation
from memsvc.errors import InvalidArgument, ResourceExhausted

MAX_PENDING = 1000
HORIZON_SECONDS = 366 * 86_400
PAST_GRACE_SECONDS = 60.0
MAX_REASON_CHARS = 1000


def iso(ts: float) -> str:
    """A time as RFC 3339 UTC, to the second: 2026-12-01T09:00:00Z."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(value: str, field: str) -> float:
    """An RFC 3339 time (Z or an offset; none means UTC) as seconds since the epoch."""
    try:
        parsed = datetime.fromisoformat(value.strip().replace("z", "Z").replace("Z", "+00:00"))
    except (ValueError, OverflowError):
        raise InvalidArgument(
            f"{field} must be an RFC 3339 time in UTC like 2026-12-01T09:00:00Z; got {value[:60]!r}", field=field
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def due_time(
    at: float | None, delay_seconds: float | None, current: float, *, at_field: str, delay_field: str
) -> float:
    """When a wake-up asked for at `current` is due; INVALID_ARGUMENT (with a stable reason) if never."""
    if (at is None) == (delay_seconds is None):
        raise InvalidArgument(
            f"give exactly one of {at_field} (a UTC time) or {delay_field} (seconds from now)", field=at_field
        )
    if delay_seconds is not None:
        if not math.isfinite(delay_seconds) or delay_seconds < 0:
            raise InvalidArgument(
                f"{delay_field} must be a finite number of seconds from 0 to {HORIZON_SECONDS:,}; "
                f"got {delay_seconds!r}",
                reason="WAKEUP_DELAY_INVALID",
                field=delay_field,
            )
        at, where = current + delay_seconds, delay_field
    else:
        where = at_field
    assert at is not None
    if not math.isfinite(at):
        raise InvalidArgument(f"{where} is not a time", reason="WAKEUP_DELAY_INVALID", field=where)
    if at > current + HORIZON_SECONDS:
        ahead = _span(at - current) if at - current < 100 * 365 * 86_400 else "more than 100 years"
        raise InvalidArgument(
            f"{where} is {ahead} ahead; wake-ups can be at most {HORIZON_SECONDS // 86_400} days "
            f"ahead (until {iso(current + HORIZON_SECONDS)}): schedule a nearer one and reschedule from it",
            reason="WAKEUP_TOO_FAR",
            field=where,
        )
    if at < current - PAST_GRACE_SECONDS:
        raise InvalidArgument(
            f"{where} ({iso(at)}) is {_span(current - at)} in the past (now is {iso(current)}, UTC); times up to "
            f"{PAST_GRACE_SECONDS:.0f} s past fire at once, older ones are refused: check the time zone",
            reason="WAKEUP_IN_THE_PAST",
            field=where,
        )
    return max(at, current)  # a time just past fires now


def reason(value: str, field: str = "reason") -> str:
    value = validation.text(value, field, max_chars=MAX_REASON_CHARS)
    return value.strip()


def too_many(agent_id: str, pending: int) -> ResourceExhausted:
    return ResourceExhausted(
        f"agent {agent_id} has {pending:,} pending wake-ups, the most an agent may have ({MAX_PENDING:,}): "
        "cancel some (CancelWakeup, cancel_wakeup) or let them fire first",
        reason="TOO_MANY_WAKEUPS",
        metadata={"limit": str(MAX_PENDING)},
    )


def event_text(wakeup_id: str, wakeup_reason: str, due: float, fired: float, late: bool) -> str:
    """The system event a wake-up turn starts with (what the agent reads)."""
    text = (
        f"[Scheduled wake-up {wakeup_id}] It is {iso(fired)} (UTC). The wake-up scheduled for {iso(due)} is due. "
        f"Reason: {wakeup_reason}"
    )
    return text + (late_note(due, fired) if late else "")


def late_note(due: float, fired: float) -> str:
    return (
        f"\nThis wake-up fires late, {_span(fired - due)} after its time: no agent server could run it then. "
        "Decide whether it still matters."
    )


def document_event_text(name: str, tag: str, chunks: int, created: int, document_id: str) -> str:
    """The system event of an ingested document (IngestDocument's notify_agent), stored as its
    wake-up's reason: at most about 700 characters (a name has at most 200)."""
    new = "all new" if created == chunks else f"{created} new, {chunks - created} you had already"
    return (
        f"[Document ingested] The document {json.dumps(name, ensure_ascii=False)} arrived in your archival memory: "
        f"{chunks} chunk{'s' if chunks != 1 else ''} ({new}), document id {document_id[:16]}. Read it with "
        f"archival_memory_search and tags {json.dumps([tag], ensure_ascii=False)} (page through the results), "
        "then save what matters: a short summary in archival memory, key facts in your core memory."
    )


def _span(seconds: float) -> str:
    seconds = abs(seconds)
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    if seconds < 2 * 86_400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86_400:,.0f} days"
