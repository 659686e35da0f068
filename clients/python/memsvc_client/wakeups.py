"""Scheduled wake-ups from a client: schedule, list and cancel an agent's wake-ups.

Mixed into MemsvcClient. A wake-up gives the agent a turn at a time, whose input is a
system event naming the reason; `watch` shows that turn. Times are UTC: an aware
datetime is converted, a naive one is taken as UTC.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from memsvc.v1 import agent_service_pb2, agent_service_pb2_grpc, wakeup_pb2

_STATES = {
    "pending": wakeup_pb2.WAKEUP_STATE_PENDING,
    "fired": wakeup_pb2.WAKEUP_STATE_FIRED,
    "cancelled": wakeup_pb2.WAKEUP_STATE_CANCELLED,
}


def _state(state: str | int) -> int:
    if isinstance(state, int):
        return state
    try:
        return _STATES[state.lower()]
    except KeyError:
        raise ValueError(f"unknown wake-up state {state!r}: use one of {', '.join(_STATES)}") from None


class WakeupsMixin:
    """MemsvcClient's wake-up methods."""

    agents: agent_service_pb2_grpc.AgentServiceStub
    _unary: Callable[..., Awaitable[Any]]

    async def schedule_wakeup(
        self,
        agent_id: str,
        reason: str,
        *,
        at: datetime | None = None,
        delay: float | timedelta | None = None,
    ) -> wakeup_pb2.Wakeup:
        """Schedules a wake-up `at` a time (UTC; at most 366 days ahead) or after `delay`
        (seconds or a timedelta): exactly one of the two. Returns it, PENDING. Hostile
        schedules raise MemsvcRPCError with reason WAKEUP_IN_THE_PAST, WAKEUP_TOO_FAR,
        WAKEUP_DELAY_INVALID or TOO_MANY_WAKEUPS."""
        if (at is None) == (delay is None):
            raise ValueError("schedule_wakeup needs exactly one of at= or delay=")
        request = agent_service_pb2.ScheduleWakeupRequest(agent_id=agent_id, reason=reason)
        if at is not None:
            request.at.FromDatetime(at)
        elif isinstance(delay, timedelta):
            request.delay_seconds = delay.total_seconds()
        elif delay is not None:
            request.delay_seconds = float(delay)
        return (await self._unary(self.agents.ScheduleWakeup, request)).wakeup

    async def list_wakeups_page(
        self, agent_id: str, *, states: Sequence[str | int] = (), page_size: int = 50, page_token: str = ""
    ) -> agent_service_pb2.ListWakeupsResponse:
        """One page of the agent's wake-ups, soonest due first."""
        request = agent_service_pb2.ListWakeupsRequest(
            agent_id=agent_id, states=[_state(s) for s in states], page_size=page_size, page_token=page_token
        )
        return await self._unary(self.agents.ListWakeups, request)

    async def list_wakeups(
        self, agent_id: str, *, states: Sequence[str | int] = (), page_size: int = 50
    ) -> AsyncIterator[wakeup_pb2.Wakeup]:
        """The agent's wake-ups in `states` ("pending", "fired", "cancelled"; none: the pending
        ones), soonest due first. Fired and cancelled ones are kept for the server's retention
        (MEMSVC_WAKEUP_RETENTION_DAYS, 30 by default)."""
        token = ""
        while True:
            page = await self.list_wakeups_page(agent_id, states=states, page_size=page_size, page_token=token)
            for wakeup in page.wakeups:
                yield wakeup
            if not (token := page.next_page_token):
                return

    async def cancel_wakeup(self, agent_id: str, wakeup_id: str) -> wakeup_pb2.Wakeup:
        """Cancels a pending wake-up (it never fires); returns it, CANCELLED. A fired one raises
        MemsvcRPCError FAILED_PRECONDITION (reason WAKEUP_ALREADY_FIRED)."""
        request = agent_service_pb2.CancelWakeupRequest(agent_id=agent_id, wakeup_id=wakeup_id)
        return (await self._unary(self.agents.CancelWakeup, request)).wakeup
