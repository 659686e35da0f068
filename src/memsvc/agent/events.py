"""What a turn reports as it runs. server/convert.py maps these to StepEvent protos.

Every event is stored (as JSON, with the messages it reports) before it is sent, so
re-attached streams and watchers read exactly what the first client saw.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from memsvc.agent.deltas import Delta
from memsvc.errors import Code, FailedPrecondition, MemsvcError, error_for
from memsvc.models import EventRecord, Role


class StopReason(Enum):
    END_TURN = "end_turn"
    MAX_STEPS = "max_steps"
    NO_TOOL_CALL = "no_tool_call"
    LLM_ERROR = "llm_error"
    CANCELLED = "cancelled"
    CONTEXT_WINDOW_EXCEEDED = "context_window_exceeded"
    ERROR = "error"
    # Not an end: the turn paused, waiting for the client (SendMessage / ResumeTurn only).
    WAITING_FOR_CLIENT = "waiting_for_client"
    # A consolidation run stopped before a call that could pass its token bound.
    MAX_TOKENS = "max_tokens"


class TurnKind(Enum):
    """What a turn is for."""

    CONVERSATION = "conversation"  # an answer to input
    CONSOLIDATION = "consolidation"  # background memory consolidation (consolidation.py)


class AlertKind(Enum):
    MEMORY_PRESSURE = "memory_pressure"
    CONTEXT_FLUSHED = "context_flushed"
    CALL_INTERRUPTED = "call_interrupted"


@dataclass(slots=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def add(self, other: Usage) -> None:
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens


@dataclass(slots=True, frozen=True)
class InputReceived:
    role: Role
    content: str


@dataclass(slots=True, frozen=True)
class InnerThought:
    text: str


@dataclass(slots=True, frozen=True)
class FunctionCalled:
    call_id: str
    name: str
    arguments: str
    request_heartbeat: bool


@dataclass(slots=True, frozen=True)
class FunctionReturned:
    call_id: str
    name: str
    ok: bool
    result: str


@dataclass(slots=True, frozen=True)
class HeartbeatSent:
    reason: str


@dataclass(slots=True, frozen=True)
class AssistantSaid:
    content: str


@dataclass(slots=True, frozen=True)
class SystemAlerted:
    kind: AlertKind
    message: str


class WaitKind(Enum):
    """What a pending call waits for."""

    CLIENT_TOOL = "client_tool"  # the client runs it and sends the result
    APPROVAL = "approval"  # the client approves or denies it


@dataclass(slots=True, frozen=True)
class PendingCall:
    """A function call the turn waits for (turn_state.py keeps the list)."""

    call_id: str
    name: str
    arguments: str
    kind: WaitKind
    heartbeat: bool  # whether the LLM asked to be called again after it
    since: float
    until: float
    client_tool: bool = False  # an approval of a client tool: once approved, the client runs it


@dataclass(slots=True, frozen=True)
class TurnWaiting:
    pending: tuple[PendingCall, ...]
    usage: Usage = field(default_factory=Usage)  # the turn's so far (not shown in the event)
    step_count: int = 0


@dataclass(slots=True)
class TurnEnded:
    stop_reason: StopReason
    usage: Usage
    step_count: int
    error: MemsvcError | None = None


Body = (
    InputReceived
    | InnerThought
    | FunctionCalled
    | FunctionReturned
    | HeartbeatSent
    | AssistantSaid
    | SystemAlerted
    | TurnEnded
    | TurnWaiting
)


@dataclass(slots=True)
class Event:
    turn_id: str
    step: int
    sequence: int  # within the turn, from 1 (set when stored)
    body: Body | Delta  # a Delta (token streaming) is never stored: sequence 0
    message_id: str = ""
    time: float = field(default=0.0)
    agent_sequence: int = 0  # within the agent's event log (set when stored)
    turn_kind: TurnKind = TurnKind.CONVERSATION

    def record(self) -> EventRecord:
        """The event as the store keeps it (the store numbers it)."""
        return EventRecord(self.turn_id, json.dumps(_encode(self), ensure_ascii=False, separators=(",", ":")))

    @staticmethod
    def from_record(record: EventRecord) -> Event:
        try:
            event = _decode(json.loads(record.data))
        except (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
            raise FailedPrecondition(
                f"event {record.sequence} of turn {record.turn_id} is stored in a form this server cannot read",
                reason="EVENT_UNREADABLE",
            ) from None
        event.sequence, event.agent_sequence = record.sequence, record.agent_sequence
        return event


# ----- a turn's events as JSON, to replay a retried request (SendMessage request_id) -----

_BODIES = {
    cls.__name__: cls
    for cls in (
        InputReceived,
        InnerThought,
        FunctionCalled,
        FunctionReturned,
        HeartbeatSent,
        AssistantSaid,
        SystemAlerted,
        TurnEnded,
        TurnWaiting,
    )
}


def encode_events(events: list[Event]) -> str:
    return json.dumps([_encode(e) for e in events], ensure_ascii=False, separators=(",", ":"))


def decode_events(text: str) -> list[Event]:
    return [_decode(item) for item in json.loads(text)]


def _encode(event: Event) -> dict[str, Any]:
    body = event.body
    fields: dict[str, Any] = {}
    for name in body.__dataclass_fields__:
        value = getattr(body, name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, Usage):
            value = [value.prompt_tokens, value.completion_tokens]
        elif isinstance(value, MemsvcError):
            value = {"code": value.code.value, "message": value.message, "reason": value.reason}
        elif name == "pending":
            value = [pending_to_json(p) for p in value]
        fields[name] = value
    out = {
        "turn_id": event.turn_id,
        "step": event.step,
        "sequence": event.sequence,
        "message_id": event.message_id,
        "time": event.time,
        "type": type(body).__name__,
        "fields": fields,
    }
    if event.turn_kind is not TurnKind.CONVERSATION:
        out["turn_kind"] = event.turn_kind.value
    return out


def _decode(item: dict[str, Any]) -> Event:
    cls = _BODIES[item["type"]]
    fields = dict(item["fields"])
    if "role" in fields:
        fields["role"] = Role(fields["role"])
    if "kind" in fields:
        fields["kind"] = AlertKind(fields["kind"])
    if "pending" in fields:
        fields["pending"] = tuple(pending_from_json(p) for p in fields["pending"])
    if "usage" in fields:
        fields["usage"] = Usage(*fields["usage"])
    if "stop_reason" in fields:
        fields["stop_reason"] = StopReason(fields["stop_reason"])
        error = fields.get("error")
        fields["error"] = error_for(Code(error["code"]), error["message"], reason=error["reason"]) if error else None
    body = cls(**fields)
    kind = TurnKind(item.get("turn_kind", TurnKind.CONVERSATION.value))
    return Event(
        item["turn_id"], item["step"], item.get("sequence", 0), body, item["message_id"], item["time"], turn_kind=kind
    )


def pending_to_json(p: PendingCall) -> list[Any]:
    return [p.call_id, p.name, p.arguments, p.kind.value, p.heartbeat, p.since, p.until, p.client_tool]


def pending_from_json(item: list[Any]) -> PendingCall:
    call_id, name, arguments, kind, heartbeat, since, until, client_tool = item
    return PendingCall(call_id, name, arguments, WaitKind(kind), heartbeat, since, until, client_tool)
