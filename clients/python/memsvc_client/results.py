"""Small plain-Python results built from memsvc's protobuf messages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

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
    """One turn: every event in order, what the agent said, why it stopped, tokens used."""

    turn_id: str
    events: list[step_pb2.StepEvent]
    replies: list[str]
    stop_reason: str
    usage: Usage
    step_count: int = 0
    error: MemsvcRPCError | None = field(default=None)  # set when the turn stopped on an error

    @classmethod
    def from_events(cls, events: Sequence[step_pb2.StepEvent]) -> TurnResult:
        """Builds the result from a turn's events (the last one should be its TurnEnd)."""
        replies = [e.assistant_message.content for e in events if event_kind(e) == "assistant_message"]
        end = events[-1].turn_end if events and event_kind(events[-1]) == "turn_end" else step_pb2.TurnEnd()
        return cls(
            turn_id=events[0].turn_id if events else "",
            events=list(events),
            replies=replies,
            stop_reason=stop_reason_name(end.stop_reason),
            usage=Usage.from_pb(end.usage),
            step_count=end.step_count,
            error=MemsvcRPCError.from_status(end.error) if end.HasField("error") else None,
        )
