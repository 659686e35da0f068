"""Tasks whose outcome nobody may be left holding.

A task whose exception is never retrieved makes asyncio print "Task exception was never
retrieved" with a traceback when it is collected: noise that hides real failures (a turn
finishing after its client went away, a side search that failed while the main one did
too). `watched()` retrieves the outcome of such a task when it ends and logs a failure as
one structured line instead.
"""

from __future__ import annotations

import asyncio
from typing import Any, TypeVar

import structlog

from memsvc.errors import MemsvcError

log = structlog.get_logger("memsvc.tasks")
T = TypeVar("T")


def watched(task: asyncio.Future[T], what: str) -> asyncio.Future[T]:
    """`task`, whose exception (if it ends with one nobody awaited) is logged, not left lying."""
    task.add_done_callback(lambda done: _retrieve(done, what))
    return task


def _retrieve(task: asyncio.Future[Any], what: str) -> None:
    if task.cancelled():
        return
    exc = task.exception()  # marks it retrieved
    if exc is None:
        return
    if isinstance(exc, MemsvcError):
        log.info("task_failed", task=what, reason=exc.reason, error=exc.message)
    else:
        log.warning("task_failed", task=what, exc_info=exc)
