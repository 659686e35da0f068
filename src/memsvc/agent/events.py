"""What a turn reports as it runs. server/convert.py maps these to StepEvent protos."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from memsvc.errors import MemsvcError
from memsvc.models import Role


class StopReason(Enum):
    END_TURN = "end_turn"
    MAX_STEPS = "max_steps"
    NO_TOOL_CALL = "no_tool_call"
    LLM_ERROR = "llm_error"
    CANCELLED = "cancelled"
    CONTEXT_WINDOW_EXCEEDED = "context_window_exceeded"
    ERROR = "error"


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
)


@dataclass(slots=True)
class Event:
    turn_id: str
    step: int
    sequence: int
    body: Body
    message_id: str = ""
    time: float = field(default=0.0)
