"""Small plain-Python results built from memsvc's protobuf messages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from memsvc.v1 import step_pb2
from memsvc_client.errors import MemsvcRPCError


def stop_reason_name(value: int) -> str:
    """A StopReason as a short name: "END_TURN", "CANCELLED", "LLM_ERROR", ..."""
    try:
        return step_pb2.StopReason.Name(value).removeprefix("STOP_REASON_")
    except ValueError:  # a reason newer than these stubs
        return str(value)


def event_kind(event: step_pb2.StepEvent) -> str:
    """Which arm of a StepEvent is set: "inner_thought", "turn_end", ... ("" if unknown)."""
    return event.WhichOneof("event") or ""


@dataclass(frozen=True)
class Usage:
    """Tokens used by a turn's LLM calls."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    @classmethod
    def from_pb(cls, usage: step_pb2.Usage) -> Usage:
        return cls(usage.prompt_tokens, usage.completion_tokens, usage.total_tokens)


@dataclass
class TurnResult:
    """One turn: every event in order, what the agent said, why it stopped, tokens used.

    A turn that paused for the client has stop_reason "WAITING_FOR_CLIENT" and its
    `pending_calls` (answer them with `MemsvcClient.resume_turn` or on a StepStream).
    """

    turn_id: str
    events: list[step_pb2.StepEvent]
    replies: list[str]
    stop_reason: str
    usage: Usage
    step_count: int = 0
    error: MemsvcRPCError | None = field(default=None)  # set when the turn stopped on an error
    pending_calls: list[step_pb2.PendingCall] = field(default_factory=list)

    @property
    def waiting(self) -> bool:
        """True if the turn paused for the client (tool results or approvals)."""
        return self.stop_reason == "WAITING_FOR_CLIENT"

    @classmethod
    def from_events(cls, events: Sequence[step_pb2.StepEvent]) -> TurnResult:
        """Builds the result from a turn's events (the last one its TurnEnd, or a TurnWaiting)."""
        replies = [e.assistant_message.content for e in events if event_kind(e) == "assistant_message"]
        last = event_kind(events[-1]) if events else ""
        end = events[-1].turn_end if last == "turn_end" else step_pb2.TurnEnd()
        waiting = list(events[-1].turn_waiting.pending_calls) if last == "turn_waiting" else []
        return cls(
            turn_id=events[0].turn_id if events else "",
            events=list(events),
            replies=replies,
            stop_reason="WAITING_FOR_CLIENT" if last == "turn_waiting" else stop_reason_name(end.stop_reason),
            usage=Usage.from_pb(end.usage),
            step_count=end.step_count,
            error=MemsvcRPCError.from_status(end.error) if end.HasField("error") else None,
            pending_calls=waiting,
        )

    @classmethod
    def from_reply(cls, reply: Any) -> TurnResult:
        """From a SendMessageResponse or ResumeTurnResponse."""
        result = cls.from_events(reply.events)
        result.turn_id = reply.turn_id or result.turn_id
        result.stop_reason = stop_reason_name(reply.stop_reason)
        result.usage = Usage.from_pb(reply.usage)
        result.pending_calls = list(reply.pending_calls)
        return result
