"""Whether a call is taken at all, decided from its metadata before its request is read.

gRPC reads a unary request whole (up to MEMSVC_GRPC_MAX_MESSAGE_BYTES) before a handler
runs. A call refused here gets a handler that never reads it (interceptor.py), so:
- a caller without a valid key makes the server hold nothing of what it sends;
- one tenant holds at most MEMSVC_MAX_CALLS_PER_TENANT calls in flight (each with a
  request of up to MEMSVC_GRPC_MAX_MESSAGE_BYTES); more are RESOURCE_EXHAUSTED with
  RetryInfo, until some end.
Memory freed after a burst of large messages is handed back to the operating system
(`release_memory`), so the server's footprint returns to what it holds.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import time
from collections import Counter
from collections.abc import Sequence

import structlog

from memsvc.errors import ResourceExhausted
from memsvc.server.auth import Authenticator
from memsvc.tenancy import Principal

log = structlog.get_logger("memsvc.admission")
LARGE_MESSAGE_BYTES = 1024 * 1024  # a message this big (or bigger) leaves memory worth giving back
TRIM_INTERVAL_SECONDS = 2.0
TRIM_DELAY_SECONDS = 0.5


class Ticket:
    """An admitted call: counted for its tenant from admission (before its request is read)
    until `release()` (its handler ended, or the call was dropped before the handler ran)."""

    def __init__(self, admission: Admission, principal: Principal) -> None:
        self.admission = admission
        self.principal = principal
        self.released = False

    def release(self) -> None:
        if not self.released:
            self.released = True
            self.admission._release(self.principal.tenant)


class Admission:
    def __init__(self, auth: Authenticator, calls_per_tenant: int) -> None:
        self.auth = auth
        self.calls_per_tenant = calls_per_tenant
        self.in_flight: Counter[str] = Counter()
        self._trim = _Trimmer()

    def admit(self, method: str, metadata: Sequence[tuple[str, str | bytes]]) -> Ticket:
        """The call's ticket, if it is taken (else UNAUTHENTICATED, PERMISSION_DENIED or RESOURCE_EXHAUSTED).
        Calls between memsvc servers (with the internal key) are not counted: the client's call they
        serve was. In development mode every caller is the one tenant, counted as such."""
        principal = self.auth.authenticate(method, metadata)
        if principal.internal and not self.auth.development_mode:  # another memsvc server, with the internal key
            ticket = Ticket(self, principal)
            ticket.released = True
            return ticket
        if self.in_flight[principal.tenant] >= self.calls_per_tenant:
            raise ResourceExhausted(
                f"this tenant has {self.calls_per_tenant} calls in flight, the most one tenant may have "
                "(MEMSVC_MAX_CALLS_PER_TENANT); try again when some have ended",
                reason="TOO_MANY_CALLS",
                retry_after=1.0,
            )
        self.in_flight[principal.tenant] += 1
        return Ticket(self, principal)

    def _release(self, tenant: str) -> None:
        self.in_flight[tenant] -= 1
        if self.in_flight[tenant] <= 0:
            del self.in_flight[tenant]

    def released_large_message(self) -> None:
        """A call that read or sent a large message ended: give the memory back."""
        self._trim.soon()


class _Trimmer:
    """gc + malloc_trim(0), at most every TRIM_INTERVAL_SECONDS, after large messages: glibc keeps
    the freed memory of large, short-lived buffers in its arenas, so RSS would stay at a burst's
    peak (measured: 24 x 15.6 MB requests, 3 rounds, left 1.6 GB held; with this, 232 MB)."""

    def __init__(self) -> None:
        try:
            self._libc: ctypes.CDLL | None = ctypes.CDLL("libc.so.6")
            self._libc.malloc_trim  # noqa: B018 (glibc only: elsewhere, nothing to do)
        except (OSError, AttributeError):
            self._libc = None
        self._pending = False
        self._last = 0.0

    def soon(self) -> None:
        if self._libc is None or self._pending:
            return
        self._pending = True
        with contextlib.suppress(RuntimeError):  # no running loop: nothing to schedule on
            loop = asyncio.get_running_loop()
            # A moment after the call: gRPC frees its messages only once the handler has returned.
            delay = max(TRIM_DELAY_SECONDS, self._last + TRIM_INTERVAL_SECONDS - time.monotonic())
            loop.call_later(delay, lambda: loop.run_in_executor(None, self._trim))
            return
        self._pending = False

    def _trim(self) -> None:
        self._pending = False
        self._last = time.monotonic()
        assert self._libc is not None
        gc.collect()  # large messages caught in reference cycles (an exception's frames) go first
        self._libc.malloc_trim(0)
