"""MemsvcRPCError: one exception for every failed call, with memsvc's error details.

memsvc puts a `google.rpc.Status` in the `grpc-status-details-bin` trailer of every
error: an `ErrorInfo` (domain "memsvc", a stable `reason` such as AGENT_NOT_FOUND, and
metadata), a `BadRequest` naming the invalid field, and a `RetryInfo` when waiting
helps. `MemsvcRPCError` decodes them into plain attributes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import grpc
from google.rpc import error_details_pb2, status_pb2

STATUS_DETAILS_KEY = "grpc-status-details-bin"

# google.rpc.Code numbers are the gRPC status code numbers.
_CODES = {code.value[0]: code for code in grpc.StatusCode}


@dataclass(frozen=True)
class FieldViolation:
    """An invalid request field (from a `google.rpc.BadRequest`)."""

    field: str
    description: str


class MemsvcRPCError(Exception):
    """A failed memsvc call.

    `code` is the gRPC status code, `reason` the stable ErrorInfo reason ("" when the
    error did not come from memsvc, e.g. the server could not be reached), `message`
    what went wrong, `metadata` the ErrorInfo metadata, `field_violations` the invalid
    fields, `retry_delay` the seconds to wait before retrying (None if not given).
    """

    def __init__(
        self,
        code: grpc.StatusCode,
        reason: str,
        message: str,
        metadata: Mapping[str, str] | None = None,
        field_violations: Sequence[FieldViolation] = (),
        retry_delay: float | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason
        self.message = message
        self.metadata = dict(metadata or {})
        self.field_violations = list(field_violations)
        self.retry_delay = retry_delay

    def __str__(self) -> str:
        return f"{self.message} ({' '.join(filter(None, [self.code.name, self.reason]))})"

    def __repr__(self) -> str:
        return f"MemsvcRPCError({self.code.name}, {self.reason!r}, {self.message!r})"

    @classmethod
    def from_status(cls, status: status_pb2.Status) -> MemsvcRPCError:
        """The error a `google.rpc.Status` describes (also used for `TurnEnd.error`)."""
        reason, metadata, violations, retry = "", {}, [], None
        for detail in status.details:
            if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                info = error_details_pb2.ErrorInfo()
                detail.Unpack(info)
                reason, metadata = info.reason, dict(info.metadata)
            elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
                bad = error_details_pb2.BadRequest()
                detail.Unpack(bad)
                violations = [FieldViolation(v.field, v.description) for v in bad.field_violations]
            elif detail.Is(error_details_pb2.RetryInfo.DESCRIPTOR):
                retry_info = error_details_pb2.RetryInfo()
                detail.Unpack(retry_info)
                retry = retry_info.retry_delay.ToNanoseconds() / 1e9
        code = _CODES.get(status.code, grpc.StatusCode.UNKNOWN)
        return cls(code, reason, status.message, metadata, violations, retry)

    @classmethod
    def from_parts(cls, code: grpc.StatusCode, details: str | None, trailing_metadata: object | None) -> MemsvcRPCError:
        """The error of a finished call: its code, details and trailing metadata."""
        for key, value in trailing_metadata or ():  # type: ignore[attr-defined]
            if key == STATUS_DETAILS_KEY and isinstance(value, bytes):
                return cls.from_status(status_pb2.Status.FromString(value))
        return cls(code, "", details or code.name)

    @classmethod
    def from_rpc_error(cls, exc: grpc.RpcError) -> MemsvcRPCError:
        """Decodes a grpc error (sync or asyncio) into a MemsvcRPCError."""
        code = exc.code() if hasattr(exc, "code") else grpc.StatusCode.UNKNOWN
        details = exc.details() if hasattr(exc, "details") else str(exc)
        trailers = exc.trailing_metadata() if hasattr(exc, "trailing_metadata") else None
        return cls.from_parts(code, details, trailers)
