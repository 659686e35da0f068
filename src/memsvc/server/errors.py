"""Domain errors <-> gRPC statuses (the interceptor in interceptor.py applies them to every RPC).

A MemsvcError becomes its canonical code with a google.rpc.Status carrying
ErrorInfo(reason, domain="memsvc", metadata), plus BadRequest for a field and
RetryInfo where waiting helps. Anything else becomes INTERNAL with a request id;
the traceback goes to the log, never to the client. The client side
(`error_from_rpc`) rebuilds the same MemsvcError, so reasons survive every hop.
"""

from __future__ import annotations

from typing import Any

import grpc
import structlog
from google.protobuf import any_pb2, duration_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from memsvc.errors import Code, MemsvcError, error_for

DOMAIN = "memsvc"
log = structlog.get_logger("memsvc.rpc")


def _pack(message: Any) -> any_pb2.Any:
    out = any_pb2.Any()
    out.Pack(message)
    return out


def status_proto(error: MemsvcError) -> status_pb2.Status:
    details = [_pack(error_details_pb2.ErrorInfo(reason=error.reason, domain=DOMAIN, metadata=error.metadata))]
    if error.field:
        violation = error_details_pb2.BadRequest.FieldViolation(field=error.field, description=error.message)
        details.append(_pack(error_details_pb2.BadRequest(field_violations=[violation])))
    if error.retry_after is not None:
        delay = duration_pb2.Duration()
        delay.FromNanoseconds(int(error.retry_after * 1e9))
        details.append(_pack(error_details_pb2.RetryInfo(retry_delay=delay)))
    return status_pb2.Status(code=code_pb2.Code.Value(error.code.value), message=error.message, details=details)


def grpc_status(error: MemsvcError) -> grpc.Status:
    return rpc_status.to_status(status_proto(error))


def error_from_status(status: status_pb2.Status) -> MemsvcError:
    """The MemsvcError a google.rpc.Status describes."""
    reason, metadata, field, retry = None, {}, None, None
    for detail in status.details:
        if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
            info = error_details_pb2.ErrorInfo()
            detail.Unpack(info)
            reason, metadata = info.reason, dict(info.metadata)
        elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad = error_details_pb2.BadRequest()
            detail.Unpack(bad)
            field = bad.field_violations[0].field if bad.field_violations else None
        elif detail.Is(error_details_pb2.RetryInfo.DESCRIPTOR):
            info_retry = error_details_pb2.RetryInfo()
            detail.Unpack(info_retry)
            retry = info_retry.retry_delay.ToNanoseconds() / 1e9
    name = code_pb2.Code.Name(status.code)
    code = Code(name) if name in Code.__members__ else Code.INTERNAL
    return error_for(code, status.message, reason=reason, field=field, metadata=metadata, retry_after=retry)


def error_from_rpc(exc: grpc.aio.AioRpcError) -> MemsvcError:
    """Rebuilds the domain error from a failed call to another memsvc server."""
    for key, value in exc.trailing_metadata() or ():
        if key == "grpc-status-details-bin":
            status = status_pb2.Status.FromString(value)
            return error_from_status(status)
    name = exc.code().name
    if name in ("UNAVAILABLE", "DEADLINE_EXCEEDED"):
        return error_for(
            Code(name),
            f"a memsvc server could not be reached: {exc.details()}",
            reason="BACKEND_UNAVAILABLE",
            retry_after=1.0,
        )
    code = Code(name) if name in Code.__members__ else Code.INTERNAL
    return error_for(code, exc.details() or name)
