"""What every outgoing call carries: metadata added by one function, for every kind of call.

grpc.aio files a client interceptor under the first kind it is an instance of (an
`if/elif isinstance` chain), so one class that subclasses several interceptor kinds
only ever sees unary-unary calls and its streaming calls leave bare. `interceptors()`
returns one instance per kind instead; use it for every channel memsvc opens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import grpc

Metadata = Sequence[tuple[str, str]]


class _Adds:
    def __init__(self, extra: Callable[[], Metadata], wait_for_ready: bool | None) -> None:
        self.extra = extra
        self.wait_for_ready = wait_for_ready

    def _details(self, details: grpc.aio.ClientCallDetails) -> grpc.aio.ClientCallDetails:
        metadata = grpc.aio.Metadata(*(details.metadata or ()), *self.extra())
        wait = details.wait_for_ready if self.wait_for_ready is None else self.wait_for_ready
        return grpc.aio.ClientCallDetails(details.method, details.timeout, metadata, details.credentials, wait)


class _UnaryUnary(_Adds, grpc.aio.UnaryUnaryClientInterceptor):
    async def intercept_unary_unary(self, continuation: Any, details: Any, request: Any) -> Any:
        return await continuation(self._details(details), request)


class _UnaryStream(_Adds, grpc.aio.UnaryStreamClientInterceptor):
    async def intercept_unary_stream(self, continuation: Any, details: Any, request: Any) -> Any:
        return await continuation(self._details(details), request)


class _StreamUnary(_Adds, grpc.aio.StreamUnaryClientInterceptor):
    async def intercept_stream_unary(self, continuation: Any, details: Any, requests: Any) -> Any:
        return await continuation(self._details(details), requests)


class _StreamStream(_Adds, grpc.aio.StreamStreamClientInterceptor):
    async def intercept_stream_stream(self, continuation: Any, details: Any, requests: Any) -> Any:
        return await continuation(self._details(details), requests)


def interceptors(
    extra: Callable[[], Metadata], *, wait_for_ready: bool | None = None
) -> list[grpc.aio.ClientInterceptor]:
    """Interceptors that add `extra()` to the metadata of every call, whatever its kind.

    `wait_for_ready=True`: a call made while the peer restarts waits for it (within the
    call's deadline) instead of failing at once while the channel is in reconnect backoff.
    """
    return [kind(extra, wait_for_ready) for kind in (_UnaryUnary, _UnaryStream, _StreamUnary, _StreamStream)]


def bearer(key: str) -> Callable[[], Metadata]:
    """The metadata of an API key (for clients, tests and tools)."""
    pair = (("authorization", f"Bearer {key}"),)
    return lambda: pair
