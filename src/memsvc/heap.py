"""The C heap: giving its free pages back to the operating system.

glibc keeps the memory of freed large, short-lived buffers (gRPC messages, embedding
batches) in its arenas, so a process's RSS would stay at its busiest moment's peak.
"""

from __future__ import annotations

import ctypes
import functools
from typing import Any


def release_free_memory() -> None:
    """Returns the C heap's free pages to the system (glibc's malloc_trim; elsewhere nothing)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def available() -> bool:
    return _malloc_trim() is not None


@functools.cache
def _malloc_trim() -> Any:
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None
