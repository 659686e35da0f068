"""A turn's state machine: where a paused turn lives.

    RUNNING --(a client tool or an approval is needed)--> WAITING
    WAITING --(every pending call answered, or its wait expired)--> RUNNING
    RUNNING | WAITING --(end of turn, cancel, error)--> ENDED

A RUNNING turn's steps run on the agent server that holds the agent's turn lease. A
WAITING turn runs nowhere: its state is in the store (the `turns` table, written in
the same transaction as the messages and events of each transition), so it survives
restarts of every server and continues on whichever agent server gets its answers.
Each pending call waits for one thing (a client tool's result, or an approval
decision) until a deadline; an approved client tool then waits for its result.

The loop (loop.py) drives the transitions; this module only says which are allowed
and keeps what a resumed turn needs: the step it was in, its usage, the heartbeat
the step has earned, and which calls were answered (to tell a duplicate answer from
an unknown call).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from memsvc.agent.events import (
    PendingCall,
    StopReason,
    TurnKind,
    Usage,
    WaitKind,
    pending_from_json,
    pending_to_json,
)
from memsvc.errors import Code, FailedPrecondition, Internal, MemsvcError, error_for
from memsvc.models import TurnRecord, now


class TurnStatus(Enum):
    RUNNING = "running"
    WAITING = "waiting"
    ENDED = "ended"


class Heartbeat(Enum):
    """What the step's function results earned: chaining rules, kept across a pause."""

    NONE = ""  # no call asked to be called again: the turn ends after this step
    REQUESTED = "requested"  # a call asked for a heartbeat
    FAILED = "failed"  # a call failed: control returns to the LLM


@dataclass(slots=True)
class TurnState:
    id: str
    agent_id: str
    status: TurnStatus = TurnStatus.RUNNING
    request_id: str = ""
    step: int = 0
    max_steps: int = 0
    usage: Usage = field(default_factory=Usage)
    pending: list[PendingCall] = field(default_factory=list)
    answered: list[str] = field(default_factory=list)  # call ids answered by the client or by expiry
    heartbeat: Heartbeat = Heartbeat.NONE
    stop_reason: StopReason | None = None
    error: MemsvcError | None = None
    create_time: float = 0.0
    update_time: float = 0.0
    kind: TurnKind = TurnKind.CONVERSATION

    @classmethod
    def start(
        cls, agent_id: str, max_steps: int, request_id: str = "", kind: TurnKind = TurnKind.CONVERSATION
    ) -> TurnState:
        t = now()
        return cls(
            str(uuid.uuid4()),
            agent_id,
            request_id=request_id,
            max_steps=max_steps,
            create_time=t,
            update_time=t,
            kind=kind,
        )

    # ----- transitions ------------------------------------------------------------------

    def wait(self, calls: list[PendingCall]) -> None:
        """RUNNING -> WAITING on these calls (kept in call order)."""
        self._require(TurnStatus.RUNNING, "wait")
        if not calls:
            raise Internal("a turn can only wait for at least one call")
        self.pending = list(calls)
        self._move(TurnStatus.WAITING)

    def rewait(self, call: PendingCall) -> None:
        """A pending call changes what it waits for (an approved client tool now waits for its result)."""
        self.pending = [call if p.call_id == call.call_id else p for p in self.pending]
        self.update_time = now()

    def resume(self) -> None:
        """WAITING -> RUNNING, once nothing is pending."""
        self._require(TurnStatus.WAITING, "resume")
        if self.pending:
            raise Internal(f"turn {self.id} cannot resume with {len(self.pending)} calls pending")
        self._move(TurnStatus.RUNNING)

    def end(self, reason: StopReason, error: MemsvcError | None = None) -> None:
        """RUNNING | WAITING -> ENDED."""
        if self.status is TurnStatus.ENDED:
            raise Internal(f"turn {self.id} has ended already")
        self.stop_reason, self.error = reason, error
        self.answered += [p.call_id for p in self.pending]
        self.pending = []
        self._move(TurnStatus.ENDED)

    def _move(self, status: TurnStatus) -> None:
        self.status = status
        self.update_time = now()

    def _require(self, status: TurnStatus, what: str) -> None:
        if self.status is not status:
            raise Internal(f"turn {self.id} cannot {what}: it is {self.status.value}")

    # ----- answers ----------------------------------------------------------------------

    def pending_call(self, call_id: str, kind: WaitKind) -> PendingCall:
        """The pending call an answer is for; FAILED_PRECONDITION with a reason if there is none."""
        if call_id in self.answered:
            raise FailedPrecondition(
                f"call {call_id!r} of turn {self.id} was answered already", reason="TOOL_CALL_ALREADY_ANSWERED"
            )
        if self.status is not TurnStatus.WAITING:
            raise FailedPrecondition(
                f"turn {self.id} is not waiting for the client (it is {self.status.value})", reason="TURN_NOT_WAITING"
            )
        call = next((p for p in self.pending if p.call_id == call_id), None)
        if call is None:
            ids = ", ".join(p.call_id for p in self.pending)
            raise FailedPrecondition(
                f"turn {self.id} has no pending call {call_id[:128]!r}; it waits for: {ids}",
                reason="UNKNOWN_TOOL_CALL",
            )
        if call.kind is not kind:
            if kind is WaitKind.CLIENT_TOOL:
                raise FailedPrecondition(
                    f"call {call_id!r} ({call.name}) waits for approval, not for a result: approve or deny it first",
                    reason="TOOL_CALL_AWAITING_APPROVAL",
                )
            raise FailedPrecondition(
                f"call {call_id!r} ({call.name}) waits for the client's result, not for an approval",
                reason="TOOL_CALL_NOT_AWAITING_APPROVAL",
            )
        return call

    def close(self, call_id: str) -> None:
        """A pending call is answered for good (its result is stored)."""
        self.pending = [p for p in self.pending if p.call_id != call_id]
        self.answered.append(call_id)
        self.update_time = now()

    def expired(self, at: float) -> list[PendingCall]:
        """The pending calls whose wait has expired by `at`."""
        return [p for p in self.pending if p.until <= at]

    def note_result(self, ok: bool, heartbeat: bool) -> None:
        """A call of this step returned: a failure returns control to the LLM; else its heartbeat flag counts."""
        if not ok:
            self.heartbeat = Heartbeat.FAILED
        elif heartbeat and self.heartbeat is Heartbeat.NONE:
            self.heartbeat = Heartbeat.REQUESTED

    def next_step(self) -> None:
        self.step += 1
        self.heartbeat = Heartbeat.NONE

    @property
    def due_time(self) -> float:
        return min((p.until for p in self.pending), default=0.0) if self.status is TurnStatus.WAITING else 0.0

    # ----- persistence ------------------------------------------------------------------

    def record(self) -> TurnRecord:
        return TurnRecord(
            id=self.id,
            agent_id=self.agent_id,
            status=self.status.value,
            state_json=json.dumps(self._json(), ensure_ascii=False, separators=(",", ":")),
            due_time=self.due_time,
            request_id=self.request_id,
            create_time=self.create_time,
            update_time=self.update_time,
        )

    def _json(self) -> dict[str, Any]:
        error = self.error
        kind = {"kind": self.kind.value} if self.kind is not TurnKind.CONVERSATION else {}
        return kind | {
            "step": self.step,
            "max_steps": self.max_steps,
            "usage": [self.usage.prompt_tokens, self.usage.completion_tokens],
            "pending": [pending_to_json(p) for p in self.pending],
            "answered": self.answered[-1000:],
            "heartbeat": self.heartbeat.value,
            "stop_reason": self.stop_reason.value if self.stop_reason else None,
            "error": {"code": error.code.value, "message": error.message, "reason": error.reason} if error else None,
        }

    @classmethod
    def from_record(cls, record: TurnRecord) -> TurnState:
        try:
            return cls._from_record(record)
        except (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
            raise FailedPrecondition(
                f"turn {record.id}'s stored state is in a form this server cannot read", reason="TURN_STATE_UNREADABLE"
            ) from None

    @classmethod
    def _from_record(cls, record: TurnRecord) -> TurnState:
        data = json.loads(record.state_json)
        error = data["error"]
        return cls(
            id=record.id,
            agent_id=record.agent_id,
            status=TurnStatus(record.status),
            request_id=record.request_id,
            step=data["step"],
            max_steps=data["max_steps"],
            usage=Usage(*data["usage"]),
            pending=[pending_from_json(p) for p in data["pending"]],
            answered=list(data["answered"]),
            heartbeat=Heartbeat(data["heartbeat"]),
            stop_reason=StopReason(data["stop_reason"]) if data["stop_reason"] else None,
            error=error_for(Code(error["code"]), error["message"], reason=error["reason"]) if error else None,
            create_time=record.create_time,
            update_time=record.update_time,
            kind=TurnKind(data.get("kind", TurnKind.CONVERSATION.value)),
        )


def approved_client_tool(call: PendingCall, timeout: float) -> PendingCall:
    """An approved client tool's call: it now waits for the client's result."""
    t = now()
    return replace(call, kind=WaitKind.CLIENT_TOOL, since=t, until=t + timeout, client_tool=True)
