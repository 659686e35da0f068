"""One interceptor for every RPC: authentication, errors to statuses, one log line.

For each call: the caller is authenticated (auth.py) and its tenant set for the
call's context; a MemsvcError becomes its status (errors.py); anything else becomes
INTERNAL with a request id, the traceback logged and never sent; and one canonical
line is logged (method, code, duration, request id, tenant).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
import structlog

from memsvc import metrics
from memsvc.errors import InvalidArgument, MemsvcError
from memsvc.server.auth import Authenticator
from memsvc.server.errors import grpc_status
from memsvc.tenancy import current_tenant

log = structlog.get_logger("memsvc.rpc")


class RpcInterceptor(grpc.aio.ServerInterceptor):
    def __init__(self, auth: Authenticator) -> None:
        self.auth = auth

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(details)
        if handler is None or details.method.startswith(("/grpc.health", "/grpc.reflection")):
            return handler
        call = _Call(self.auth, details.method)
        parse = _tolerant(handler.request_deserializer)
        if handler.unary_unary:
            return grpc.unary_unary_rpc_method_handler(
                call.unary(handler.unary_unary),
                request_deserializer=parse,
                response_serializer=handler.response_serializer,
            )
        if handler.stream_stream:
            return grpc.stream_stream_rpc_method_handler(
                call.stream(handler.stream_stream, streaming_requests=True),
                request_deserializer=parse,
                response_serializer=handler.response_serializer,
            )
        if handler.unary_stream:
            return grpc.unary_stream_rpc_method_handler(
                call.stream(handler.unary_stream),
                request_deserializer=parse,
                response_serializer=handler.response_serializer,
            )
        return handler


class _Undecodable:
    """A request that did not parse (e.g. a string field that is not UTF-8)."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def refuse(self) -> InvalidArgument:
        return InvalidArgument(
            f"the request is not a valid protobuf message of this method ({self.error}); "
            "string fields must be valid UTF-8",
            reason="MALFORMED_REQUEST",
        )


def _tolerant(deserializer: Callable[[bytes], Any] | None) -> Callable[[bytes], Any] | None:
    """A deserializer that never fails: gRPC would turn its exception into INTERNAL."""
    if deserializer is None:
        return None

    def parse(data: bytes) -> Any:
        try:
            return deserializer(data)
        except Exception as exc:  # any parse failure is the caller's: INVALID_ARGUMENT
            return _Undecodable(exc)

    return parse


async def _checked(requests: AsyncIterator[Any]) -> AsyncIterator[Any]:
    async for request in requests:
        if isinstance(request, _Undecodable):
            raise request.refuse()
        yield request


class _Call:
    """What every RPC of one method does around its handler."""

    def __init__(self, auth: Authenticator, method: str) -> None:
        self.auth = auth
        self.full_method = method
        self.method = method.rsplit("/", 1)[-1]

    def _begin(self, context: grpc.aio.ServicerContext) -> tuple[str, float]:
        metadata = context.invocation_metadata() or ()
        request_id = next((v for k, v in metadata if k == "x-request-id" and isinstance(v, str)), "")[:128]
        principal = self.auth.authenticate(self.full_method, metadata)
        current_tenant.set(principal.tenant)
        structlog.contextvars.bind_contextvars(rpc_method=self.method, request_id=request_id or uuid.uuid4().hex[:16])
        return request_id, time.perf_counter()

    def unary(self, behavior: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        async def wrapped(request: Any, context: grpc.aio.ServicerContext) -> Any:
            started = time.perf_counter()
            try:
                self._begin(context)
                if isinstance(request, _Undecodable):
                    raise request.refuse()
                response = await behavior(request, context)
            except grpc.aio.AbortError:
                self._log(started, "ABORTED")
                raise
            except Exception as exc:  # every failure leaves as a status, never as a crash
                self._log(started, _code_of(exc))
                await self._fail(context, exc)
                raise
            self._log(started, "OK")
            return response

        return wrapped

    def stream(
        self, behavior: Callable[..., AsyncIterator[Any]], *, streaming_requests: bool = False
    ) -> Callable[..., AsyncIterator[Any]]:
        async def wrapped(request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
            started = time.perf_counter()
            try:
                self._begin(context)
                if streaming_requests:
                    request = _checked(request)
                elif isinstance(request, _Undecodable):
                    raise request.refuse()
                async for response in behavior(request, context):
                    yield response
            except grpc.aio.AbortError:
                self._log(started, "ABORTED")
                raise
            except Exception as exc:
                self._log(started, _code_of(exc))
                await self._fail(context, exc)
                raise
            self._log(started, "OK")

        return wrapped

    async def _fail(self, context: grpc.aio.ServicerContext, exc: BaseException) -> None:
        if isinstance(exc, MemsvcError):
            await context.abort_with_status(grpc_status(exc))
        if isinstance(exc, NotImplementedError) and str(exc) == "Method not implemented!":  # grpc's base servicer
            await context.abort(grpc.StatusCode.UNIMPLEMENTED, f"{self.method} is not implemented by this server")
        request_id = structlog.contextvars.get_contextvars().get("request_id", "")
        log.error("rpc_crashed", exc_info=exc)
        await context.abort(
            grpc.StatusCode.INTERNAL, f"internal error in {self.method}; it was logged with request id {request_id}"
        )

    def _log(self, started: float, code: str) -> None:
        elapsed = time.perf_counter() - started
        metrics.RPCS.labels(self.method, code).inc()
        metrics.RPC_SECONDS.labels(self.method).observe(elapsed)
        log.info("rpc", code=code, tenant=current_tenant.get(), duration_ms=round(elapsed * 1000, 2))


def _code_of(exc: BaseException) -> str:
    return exc.code.value if isinstance(exc, MemsvcError) else "INTERNAL"
