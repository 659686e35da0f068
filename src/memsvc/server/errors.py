"""Domain errors <-> gRPC statuses, and the interceptor that maps them for every RPC.

A MemsvcError becomes its canonical code with a google.rpc.Status carrying
ErrorInfo(reason, domain="memsvc", metadata), plus BadRequest for a field and
RetryInfo where waiting helps. Anything else becomes INTERNAL with a request id;
the traceback goes to the log, never to the client. The client side
(`error_from_rpc`) rebuilds the same MemsvcError, so reasons survive every hop.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
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


class ErrorInterceptor(grpc.aio.ServerInterceptor):
    """Maps errors to statuses and logs one line per RPC (method, code, duration)."""

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(details)
        if handler is None or details.method.startswith(("/grpc.health", "/grpc.reflection")):
            return handler
        method = details.method.rsplit("/", 1)[-1]
        if handler.unary_unary:
            return grpc.unary_unary_rpc_method_handler(
                _wrap_unary(handler.unary_unary, method),
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        if handler.stream_stream:
            return grpc.stream_stream_rpc_method_handler(
                _wrap_stream(handler.stream_stream, method),
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        if handler.unary_stream:
            return grpc.unary_stream_rpc_method_handler(
                _wrap_stream(handler.unary_stream, method),
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        return handler


def _request_id(context: grpc.aio.ServicerContext) -> str:
    for key, value in context.invocation_metadata() or ():
        if key == "x-request-id" and isinstance(value, str):
            return value[:128]
    return uuid.uuid4().hex[:16]


async def _fail(context: grpc.aio.ServicerContext, exc: BaseException, method: str, request_id: str) -> None:
    if isinstance(exc, MemsvcError):
        await context.abort_with_status(grpc_status(exc))
    if isinstance(exc, NotImplementedError):
        await context.abort(grpc.StatusCode.UNIMPLEMENTED, f"{method} is not implemented by this server")
    log.error("rpc_crashed", rpc_method=method, request_id=request_id, exc_info=exc)
    await context.abort(
        grpc.StatusCode.INTERNAL, f"internal error in {method}; it was logged with request id {request_id}"
    )


def _log(method: str, request_id: str, started: float, code: str) -> None:
    log.info(
        "rpc",
        rpc_method=method,
        request_id=request_id,
        code=code,
        duration_ms=round((time.perf_counter() - started) * 1000, 2),
    )


def _code_of(exc: BaseException) -> str:
    if isinstance(exc, MemsvcError):
        return exc.code.value
    return "INTERNAL"


def _wrap_unary(behavior: Callable[..., Awaitable[Any]], method: str) -> Callable[..., Awaitable[Any]]:
    async def wrapped(request: Any, context: grpc.aio.ServicerContext) -> Any:
        request_id, started = _request_id(context), time.perf_counter()
        try:
            response = await behavior(request, context)
        except grpc.aio.AbortError:
            _log(method, request_id, started, context.code().name if context.code() else "ABORTED")
            raise
        except Exception as exc:  # every failure leaves as a status, never as a crash
            _log(method, request_id, started, _code_of(exc))
            await _fail(context, exc, method, request_id)
            raise
        _log(method, request_id, started, "OK")
        return response

    return wrapped


def _wrap_stream(behavior: Callable[..., AsyncIterator[Any]], method: str) -> Callable[..., AsyncIterator[Any]]:
    async def wrapped(request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        request_id, started = _request_id(context), time.perf_counter()
        try:
            async for response in behavior(request, context):
                yield response
        except grpc.aio.AbortError:
            _log(method, request_id, started, "ABORTED")
            raise
        except Exception as exc:
            _log(method, request_id, started, _code_of(exc))
            await _fail(context, exc, method, request_id)
            raise
        _log(method, request_id, started, "OK")

    return wrapped
