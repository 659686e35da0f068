"""One interceptor for every RPC: admission, errors to statuses, size limits, one log line.

For each call: the caller is admitted from its metadata before its request is read
(admission.py: key, tenant, calls in flight; a refused call's request is never read);
its tenant is set for the call's context; a request or response over
MEMSVC_GRPC_MAX_MESSAGE_BYTES is RESOURCE_EXHAUSTED with an ErrorInfo; a MemsvcError
becomes its status (errors.py); anything else becomes INTERNAL with a request id, the
traceback logged and never sent; and one canonical line is logged and counted (method,
code, duration, request id, tenant), for cancelled calls and expired deadlines too.
"""

from __future__ import annotations

import asyncio
import time
import uuid
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
import structlog
from google.protobuf.message import Message as Proto

from memsvc import metrics
from memsvc.errors import InvalidArgument, MemsvcError, ResourceExhausted
from memsvc.server.admission import LARGE_MESSAGE_BYTES, Admission, Ticket
from memsvc.server.errors import grpc_status
from memsvc.tenancy import REQUEST_ID_HEADER, Principal, current_request_id, current_tenant

log = structlog.get_logger("memsvc.rpc")
# What gRPC itself takes in, as a multiple of MEMSVC_GRPC_MAX_MESSAGE_BYTES: a request between the
# two is read and refused here with an ErrorInfo; only a bigger one gets gRPC's bare status.
TRANSPORT_HEADROOM = 2


class RpcInterceptor(grpc.aio.ServerInterceptor):
    def __init__(self, admission: Admission, max_message_bytes: int) -> None:
        self.admission = admission
        self.max_message_bytes = max_message_bytes

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(details)
        if handler is None or details.method.startswith(("/grpc.health", "/grpc.reflection")):
            return handler
        call = _Call(self, details.method)
        try:  # from the metadata, before any request message is read
            call.admitted(self.admission.admit(details.method, details.invocation_metadata or ()))
        except MemsvcError as refused:
            # A handler that never reads the request: whoever is refused here makes the server
            # take in (and hold) nothing of what it sends.
            return grpc.stream_stream_rpc_method_handler(
                call.refuse(refused), response_serializer=handler.response_serializer
            )
        parse = call.parser(handler.request_deserializer)
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


class _Refused:
    """A request that is not taken: it did not parse, or it is too large."""

    def __init__(self, error: MemsvcError) -> None:
        self.error = error


async def _checked(requests: AsyncIterator[Any]) -> AsyncIterator[Any]:
    async for request in requests:
        if isinstance(request, _Refused):
            raise request.error
        yield request


class _Call:
    """What one RPC does around its handler."""

    def __init__(self, interceptor: RpcInterceptor, method: str) -> None:
        self.admission = interceptor.admission
        self.max_bytes = interceptor.max_message_bytes
        self.full_method = method
        self.method = method.rsplit("/", 1)[-1]
        self.ticket: Ticket | None = None
        self.principal = Principal("")
        self.large = False  # a large message went through: memory to give back when it ends

    def admitted(self, ticket: Ticket) -> None:
        self.ticket, self.principal = ticket, ticket.principal
        # Released when the handler ends, or, if the call is dropped before it runs (the client
        # went away mid-request), when gRPC lets go of this call's handler.
        weakref.finalize(self, ticket.release)

    def parser(self, deserializer: Callable[[bytes], Any] | None) -> Callable[[bytes], Any] | None:
        """A deserializer that never fails (gRPC would make its exception INTERNAL) and checks the size."""
        if deserializer is None:
            return None

        def parse(data: bytes) -> Any:
            self.large = self.large or len(data) >= LARGE_MESSAGE_BYTES
            if len(data) > self.max_bytes:
                return _Refused(
                    ResourceExhausted(
                        f"the request has {len(data):,} bytes; this server takes at most {self.max_bytes:,} "
                        "(MEMSVC_GRPC_MAX_MESSAGE_BYTES): send less per call (documents in parts, passages "
                        "in batches)",
                        reason="REQUEST_TOO_LARGE",
                        metadata={"limit": str(self.max_bytes), "size": str(len(data))},
                    )
                )
            try:
                return deserializer(data)
            except Exception as exc:  # any parse failure is the caller's: INVALID_ARGUMENT
                return _Refused(
                    InvalidArgument(
                        f"the request is not a valid protobuf message of this method ({exc}); "
                        "string fields must be valid UTF-8",
                        reason="MALFORMED_REQUEST",
                    )
                )

        return parse

    def _begin(self, context: grpc.aio.ServicerContext) -> None:
        metadata = context.invocation_metadata() or ()
        given = next((v for k, v in metadata if k == REQUEST_ID_HEADER and isinstance(v, str)), "")[:128]
        request_id = given or uuid.uuid4().hex[:16]
        current_tenant.set(self.principal.tenant)
        current_request_id.set(request_id)
        structlog.contextvars.bind_contextvars(rpc_method=self.method, request_id=request_id)

    def _sized(self, response: Any) -> Any:
        """The response, if it fits what gRPC may send (else RESOURCE_EXHAUSTED with an ErrorInfo)."""
        if isinstance(response, Proto):
            size = response.ByteSize()
            self.large = self.large or size >= LARGE_MESSAGE_BYTES
            if size > self.max_bytes:
                raise ResourceExhausted(
                    f"the response would have {size:,} bytes; this server sends at most {self.max_bytes:,} "
                    "(MEMSVC_GRPC_MAX_MESSAGE_BYTES): ask for less per call (fewer messages per turn, smaller pages)",
                    reason="RESPONSE_TOO_LARGE",
                    metadata={"limit": str(self.max_bytes), "size": str(size)},
                )
        return response

    def unary(self, behavior: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        async def wrapped(request: Any, context: grpc.aio.ServicerContext) -> Any:
            started = time.perf_counter()
            try:
                self._begin(context)
                if isinstance(request, _Refused):
                    raise request.error
                response = self._sized(await behavior(request, context))
            except grpc.aio.AbortError:
                self._log(started, "ABORTED")
                raise
            except asyncio.CancelledError:
                self._log(started, _gone(context))
                raise
            except Exception as exc:  # every failure leaves as a status, never as a crash
                self._log(started, _code_of(exc))
                await self._fail(context, exc)
                raise
            finally:
                self._ended()
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
                elif isinstance(request, _Refused):
                    raise request.error
                async for response in behavior(request, context):
                    yield self._sized(response)
            except grpc.aio.AbortError:
                self._log(started, "ABORTED")
                raise
            except (asyncio.CancelledError, GeneratorExit):
                self._log(started, _gone(context))
                raise
            except Exception as exc:
                self._log(started, _code_of(exc))
                await self._fail(context, exc)
                raise
            finally:
                self._ended()
            self._log(started, "OK")

        return wrapped

    def refuse(self, error: MemsvcError) -> Callable[..., AsyncIterator[Any]]:
        """A behavior that fails the call with `error` without reading its requests."""

        async def refused(requests: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
            self._begin(context)
            self._log(time.perf_counter(), _code_of(error))
            await context.abort_with_status(grpc_status(error))
            yield  # an async generator: it never gets here

        return refused

    def _ended(self) -> None:
        if self.ticket is not None:
            self.ticket.release()
        if self.large:
            self.admission.released_large_message()

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


def _gone(context: grpc.aio.ServicerContext) -> str:
    """Why a call stopped without an answer: its deadline passed, or its client cancelled it."""
    remaining = context.time_remaining()
    return "DEADLINE_EXCEEDED" if remaining is not None and remaining <= 0 else "CANCELLED"


def _code_of(exc: BaseException) -> str:
    return exc.code.value if isinstance(exc, MemsvcError) else "INTERNAL"
