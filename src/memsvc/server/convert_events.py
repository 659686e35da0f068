"""Turns and their events, tools and function outcomes <-> protobuf messages (the StreamStep,
WatchAgent, GetTurn and ListTools side of the API, and the executor's replies)."""

from __future__ import annotations

from memsvc.agent import events as ev
from memsvc.agent.deltas import MESSAGE, THOUGHT, Delta
from memsvc.agent.toolset import Toolset
from memsvc.agent.turn_state import TurnStatus
from memsvc.agent.turns import TurnView
from memsvc.models import FunctionOutcome, FunctionSchema
from memsvc.server.convert import ROLE_TO_PB, ts
from memsvc.server.errors import status_proto
from memsvc.v1 import executor_service_pb2, step_pb2, tool_pb2, turn_pb2

# ----- executor --------------------------------------------------------------------------


def schema_to_pb(s: FunctionSchema) -> executor_service_pb2.FunctionSchema:
    return executor_service_pb2.FunctionSchema(name=s.name, description=s.description, parameters=s.parameters)


def outcome_to_pb(o: FunctionOutcome) -> executor_service_pb2.ExecuteFunctionResponse:
    return executor_service_pb2.ExecuteFunctionResponse(
        ok=o.ok, result=o.result, message_to_user=o.message_to_user, memory_changed=o.memory_changed
    )


# ----- step events -----------------------------------------------------------------------

_STOP = {
    ev.StopReason.END_TURN: step_pb2.STOP_REASON_END_TURN,
    ev.StopReason.MAX_STEPS: step_pb2.STOP_REASON_MAX_STEPS,
    ev.StopReason.NO_TOOL_CALL: step_pb2.STOP_REASON_NO_TOOL_CALL,
    ev.StopReason.LLM_ERROR: step_pb2.STOP_REASON_LLM_ERROR,
    ev.StopReason.CANCELLED: step_pb2.STOP_REASON_CANCELLED,
    ev.StopReason.CONTEXT_WINDOW_EXCEEDED: step_pb2.STOP_REASON_CONTEXT_WINDOW_EXCEEDED,
    ev.StopReason.ERROR: step_pb2.STOP_REASON_ERROR,
    ev.StopReason.WAITING_FOR_CLIENT: step_pb2.STOP_REASON_WAITING_FOR_CLIENT,
    ev.StopReason.MAX_TOKENS: step_pb2.STOP_REASON_MAX_TOKENS,
}
TURN_KIND = {
    ev.TurnKind.CONVERSATION: step_pb2.TURN_KIND_CONVERSATION,
    ev.TurnKind.CONSOLIDATION: step_pb2.TURN_KIND_CONSOLIDATION,
}
_WAIT_KIND = {
    ev.WaitKind.CLIENT_TOOL: step_pb2.PENDING_CALL_KIND_CLIENT_TOOL,
    ev.WaitKind.APPROVAL: step_pb2.PENDING_CALL_KIND_APPROVAL,
}
_ALERT = {
    ev.AlertKind.MEMORY_PRESSURE: step_pb2.SYSTEM_ALERT_KIND_MEMORY_PRESSURE,
    ev.AlertKind.CONTEXT_FLUSHED: step_pb2.SYSTEM_ALERT_KIND_CONTEXT_FLUSHED,
    ev.AlertKind.CALL_INTERRUPTED: step_pb2.SYSTEM_ALERT_KIND_CALL_INTERRUPTED,
}


def stop_reason_to_pb(reason: ev.StopReason) -> int:
    return _STOP[reason]


def usage_to_pb(u: ev.Usage) -> step_pb2.Usage:
    return step_pb2.Usage(
        prompt_tokens=u.prompt_tokens, completion_tokens=u.completion_tokens, total_tokens=u.total_tokens
    )


def pending_to_pb(p: ev.PendingCall) -> step_pb2.PendingCall:
    return step_pb2.PendingCall(
        call_id=p.call_id,
        name=p.name,
        arguments=p.arguments,
        kind=_WAIT_KIND[p.kind],
        wait_start_time=ts(p.since),
        expire_time=ts(p.until),
    )


_DELTA_KIND = {
    THOUGHT: step_pb2.TEXT_DELTA_KIND_INNER_THOUGHT,
    MESSAGE: step_pb2.TEXT_DELTA_KIND_ASSISTANT_MESSAGE,
}


def event_to_pb(e: ev.Event) -> step_pb2.StepEvent:
    out = step_pb2.StepEvent(
        turn_id=e.turn_id,
        step=e.step,
        sequence=e.sequence,
        message_id=e.message_id,
        create_time=ts(e.time),
        agent_sequence=e.agent_sequence,
        turn_kind=TURN_KIND[e.turn_kind],
    )
    b = e.body
    if isinstance(b, Delta):
        kind = _DELTA_KIND[b.kind]
        out.text_delta.CopyFrom(step_pb2.TextDelta(kind=kind, text=b.text, call_id=b.call_id))
    elif isinstance(b, ev.InputReceived):
        out.input_received.CopyFrom(step_pb2.InputReceived(role=ROLE_TO_PB[b.role], content=b.content))
    elif isinstance(b, ev.InnerThought):
        out.inner_thought.text = b.text
    elif isinstance(b, ev.FunctionCalled):
        out.function_call.CopyFrom(
            step_pb2.FunctionCall(
                call_id=b.call_id, name=b.name, arguments=b.arguments, request_heartbeat=b.request_heartbeat
            )
        )
    elif isinstance(b, ev.FunctionReturned):
        out.function_result.CopyFrom(step_pb2.FunctionResult(call_id=b.call_id, name=b.name, ok=b.ok, result=b.result))
    elif isinstance(b, ev.HeartbeatSent):
        out.heartbeat.reason = b.reason
    elif isinstance(b, ev.AssistantSaid):
        out.assistant_message.content = b.content
    elif isinstance(b, ev.SystemAlerted):
        out.system_alert.CopyFrom(step_pb2.SystemAlert(kind=_ALERT[b.kind], message=b.message))
    elif isinstance(b, ev.TurnEnded):
        out.turn_end.CopyFrom(
            step_pb2.TurnEnd(
                stop_reason=_STOP[b.stop_reason],
                usage=usage_to_pb(b.usage),
                step_count=b.step_count,
                error=status_proto(b.error) if b.error else None,
            )
        )
    elif isinstance(b, ev.TurnWaiting):
        out.turn_waiting.CopyFrom(step_pb2.TurnWaiting(pending_calls=[pending_to_pb(p) for p in b.pending]))
    return out


_TURN_STATUS = {
    TurnStatus.RUNNING: turn_pb2.TURN_STATUS_RUNNING,
    TurnStatus.WAITING: turn_pb2.TURN_STATUS_WAITING,
    TurnStatus.ENDED: turn_pb2.TURN_STATUS_ENDED,
}


def turn_to_pb(view: TurnView) -> turn_pb2.Turn:
    st = view.state
    return turn_pb2.Turn(
        id=st.id,
        agent_id=st.agent_id,
        status=_TURN_STATUS[st.status],
        pending_calls=[pending_to_pb(p) for p in st.pending],
        stop_reason=_STOP[st.stop_reason] if st.stop_reason else step_pb2.STOP_REASON_UNSPECIFIED,
        step_count=st.step,
        usage=usage_to_pb(st.usage),
        last_sequence=view.last_sequence,
        request_id=st.request_id,
        create_time=ts(st.create_time),
        update_time=ts(st.update_time),
        error=status_proto(st.error) if st.error else None,
        kind=TURN_KIND[st.kind],
    )


def tools_list_to_pb(toolset: Toolset) -> list[tool_pb2.Tool]:
    out = []
    for schema in toolset.schemas:
        client = toolset.client_tool(schema.name) is not None
        out.append(
            tool_pb2.Tool(
                name=schema.name,
                description=schema.description,
                parameters=schema.parameters,
                kind=tool_pb2.TOOL_KIND_CLIENT if client else tool_pb2.TOOL_KIND_BUILT_IN,
                requires_approval=toolset.needs_approval(schema.name),
            )
        )
    return out
