"""Wake-ups between their stored form (models.Wakeup) and protobuf (wakeup.proto)."""

from __future__ import annotations

from memsvc.errors import InvalidArgument
from memsvc.models import DueWakeup, Wakeup
from memsvc.server.convert import output_seconds, timestamp, ts
from memsvc.v1 import agent_store_service_pb2, wakeup_pb2

STATE_TO_PB = {
    "pending": wakeup_pb2.WAKEUP_STATE_PENDING,
    "fired": wakeup_pb2.WAKEUP_STATE_FIRED,
    "cancelled": wakeup_pb2.WAKEUP_STATE_CANCELLED,
}
STATE_FROM_PB = {v: k for k, v in STATE_TO_PB.items()}
ORIGIN_TO_PB = {
    "agent": wakeup_pb2.WAKEUP_ORIGIN_AGENT,
    "client": wakeup_pb2.WAKEUP_ORIGIN_CLIENT,
    "document": wakeup_pb2.WAKEUP_ORIGIN_DOCUMENT,
}
ORIGIN_FROM_PB = {v: k for k, v in ORIGIN_TO_PB.items()}


def wakeup_to_pb(w: Wakeup) -> wakeup_pb2.Wakeup:
    return wakeup_pb2.Wakeup(
        id=w.id,
        agent_id=w.agent_id,
        due_time=timestamp(w.due_time),
        reason=w.reason,
        state=STATE_TO_PB[w.status],
        origin=ORIGIN_TO_PB.get(w.created_by, wakeup_pb2.WAKEUP_ORIGIN_UNSPECIFIED),
        create_time=ts(w.create_time),
        done_time=ts(w.fire_time),
        turn_id=w.turn_id,
        late=w.late,
    )


def wakeup_from_pb(w: wakeup_pb2.Wakeup) -> Wakeup:
    return Wakeup(
        id=w.id,
        agent_id=w.agent_id,
        due_time=output_seconds(w.due_time),
        reason=w.reason,
        status=STATE_FROM_PB.get(w.state, "pending"),
        created_by=ORIGIN_FROM_PB.get(w.origin, "client"),
        create_time=output_seconds(w.create_time),
        fire_time=output_seconds(w.done_time),
        turn_id=w.turn_id,
        late=w.late,
    )


def states_from_pb(states: list[int], field: str = "states") -> tuple[str, ...]:
    out = []
    for state in states:
        if state not in STATE_FROM_PB:
            raise InvalidArgument(
                f"{field}: {state} is not a wake-up state; use WAKEUP_STATE_PENDING, _FIRED or _CANCELLED", field=field
            )
        out.append(STATE_FROM_PB[state])
    return tuple(dict.fromkeys(out))


def due_wakeup_to_pb(d: DueWakeup) -> agent_store_service_pb2.DueWakeup:
    return agent_store_service_pb2.DueWakeup(
        tenant=d.tenant,
        agent_id=d.agent_id,
        wakeup_id=d.wakeup_id,
        due_time=timestamp(d.due_time),
        reason=d.reason,
        create_time=ts(d.create_time),
        origin=ORIGIN_TO_PB.get(d.origin, wakeup_pb2.WAKEUP_ORIGIN_UNSPECIFIED),
    )


def due_wakeup_from_pb(w: agent_store_service_pb2.DueWakeup) -> DueWakeup:
    return DueWakeup(
        w.tenant,
        w.agent_id,
        w.wakeup_id,
        output_seconds(w.due_time),
        w.reason,
        output_seconds(w.create_time),
        ORIGIN_FROM_PB.get(w.origin, "client"),
    )
