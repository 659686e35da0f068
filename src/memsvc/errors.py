"""Domain errors: each carries a canonical status code and a stable reason.

Domain code raises these; the server layer turns them into gRPC statuses with a
google.rpc.ErrorInfo detail (server/errors.py), and the gRPC client adapters turn
such statuses back into these, so an error keeps its reason across every hop.
"""

from __future__ import annotations

from enum import Enum
from typing import ClassVar


class Code(Enum):
    """The canonical codes memsvc uses (the names of grpc.StatusCode)."""

    INVALID_ARGUMENT = "INVALID_ARGUMENT"
    NOT_FOUND = "NOT_FOUND"
    ALREADY_EXISTS = "ALREADY_EXISTS"
    FAILED_PRECONDITION = "FAILED_PRECONDITION"
    RESOURCE_EXHAUSTED = "RESOURCE_EXHAUSTED"
    UNAVAILABLE = "UNAVAILABLE"
    DEADLINE_EXCEEDED = "DEADLINE_EXCEEDED"
    ABORTED = "ABORTED"
    CANCELLED = "CANCELLED"
    INTERNAL = "INTERNAL"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    PERMISSION_DENIED = "PERMISSION_DENIED"


class MemsvcError(Exception):
    """An error with a status code, a stable UPPER_SNAKE reason and a message for people."""

    code: ClassVar[Code] = Code.INTERNAL
    default_reason: ClassVar[str] = "INTERNAL"

    def __init__(
        self,
        message: str,
        *,
        reason: str | None = None,
        field: str | None = None,
        metadata: dict[str, str] | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason or self.default_reason
        self.field = field
        self.metadata = metadata or {}
        self.retry_after = retry_after

    def __str__(self) -> str:
        return self.message


class InvalidArgument(MemsvcError):
    code = Code.INVALID_ARGUMENT
    default_reason = "INVALID_ARGUMENT"


class NotFound(MemsvcError):
    code = Code.NOT_FOUND
    default_reason = "NOT_FOUND"


class AlreadyExists(MemsvcError):
    code = Code.ALREADY_EXISTS
    default_reason = "ALREADY_EXISTS"


class FailedPrecondition(MemsvcError):
    code = Code.FAILED_PRECONDITION
    default_reason = "FAILED_PRECONDITION"


class ResourceExhausted(MemsvcError):
    code = Code.RESOURCE_EXHAUSTED
    default_reason = "RESOURCE_EXHAUSTED"


class Unavailable(MemsvcError):
    code = Code.UNAVAILABLE
    default_reason = "UNAVAILABLE"


class DeadlineExceeded(MemsvcError):
    code = Code.DEADLINE_EXCEEDED
    default_reason = "DEADLINE_EXCEEDED"


class Aborted(MemsvcError):
    code = Code.ABORTED
    default_reason = "ABORTED"


class Cancelled(MemsvcError):
    code = Code.CANCELLED
    default_reason = "CANCELLED"


class Internal(MemsvcError):
    code = Code.INTERNAL
    default_reason = "INTERNAL"


class Unauthenticated(MemsvcError):
    code = Code.UNAUTHENTICATED
    default_reason = "UNAUTHENTICATED"


class PermissionDenied(MemsvcError):
    code = Code.PERMISSION_DENIED
    default_reason = "PERMISSION_DENIED"


_BY_CODE: dict[Code, type[MemsvcError]] = {
    cls.code: cls
    for cls in (
        InvalidArgument,
        NotFound,
        AlreadyExists,
        FailedPrecondition,
        ResourceExhausted,
        Unavailable,
        DeadlineExceeded,
        Aborted,
        Cancelled,
        Internal,
        Unauthenticated,
        PermissionDenied,
    )
}


def error_for(code: Code, message: str, **kwargs: object) -> MemsvcError:
    """Builds the error class for a code (used when an error crosses a gRPC hop)."""
    return _BY_CODE.get(code, Internal)(message, **kwargs)  # type: ignore[arg-type]


def agent_not_found(agent_id: str) -> NotFound:
    return NotFound(
        f"agent {agent_id!r} does not exist; list agents with AgentService.ListAgents",
        reason="AGENT_NOT_FOUND",
        metadata={"agent_id": agent_id},
    )
