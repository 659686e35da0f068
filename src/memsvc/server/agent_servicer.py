"""AgentService: thin adapter from the protos to AgentRuntime."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import grpc

from memsvc import validation
from memsvc.agent import answers
from memsvc.agent.events import Event, StopReason, TurnEnded, TurnWaiting
from memsvc.agent.loop import Outcome
from memsvc.agent.runtime import AgentRuntime
from memsvc.server import convert, convert_events, convert_wakeups
from memsvc.server.step_stream import StepStream, tool_result_from_pb
from memsvc.v1 import agent_service_pb2 as pb
from memsvc.v1 import agent_service_pb2_grpc

Context = grpc.aio.ServicerContext
_FAILED = (StopReason.LLM_ERROR, StopReason.ERROR, StopReason.CONTEXT_WINDOW_EXCEEDED)


class AgentServicer(agent_service_pb2_grpc.AgentServiceServicer):
    def __init__(self, runtime: AgentRuntime) -> None:
        self.runtime = runtime

    async def CreateAgent(self, request: pb.CreateAgentRequest, context: Context) -> pb.CreateAgentResponse:
        agent = convert.agent_from_pb(
            convert.agent_pb2.Agent(
                name=request.name,
                system=request.system,
                llm_config=request.llm_config if request.HasField("llm_config") else None,
                embedding_config=request.embedding_config if request.HasField("embedding_config") else None,
                context_config=request.context_config if request.HasField("context_config") else None,
                memory_blocks=request.memory_blocks,
                max_steps=request.max_steps,
                client_tools=request.client_tools,
                tools_requiring_approval=request.tools_requiring_approval,
                client_tool_timeout_seconds=request.client_tool_timeout_seconds,
                approval_timeout_seconds=request.approval_timeout_seconds,
                enable_wakeups=request.enable_wakeups,
                consolidation_config=request.consolidation_config if request.HasField("consolidation_config") else None,
            )
        )
        created = await self.runtime.create_agent(agent, request.request_id)
        return pb.CreateAgentResponse(agent=convert.agent_to_pb(created))

    async def GetAgent(self, request: pb.GetAgentRequest, context: Context) -> pb.GetAgentResponse:
        return pb.GetAgentResponse(agent=convert.agent_to_pb(await self.runtime.get_agent(request.agent_id)))

    async def ListAgents(self, request: pb.ListAgentsRequest, context: Context) -> pb.ListAgentsResponse:
        page = await self.runtime.list_agents(request.page_size, request.page_token)
        return pb.ListAgentsResponse(
            agents=[convert.agent_to_pb(a) for a in page.items], next_page_token=page.next_page_token
        )

    async def UpdateAgent(self, request: pb.UpdateAgentRequest, context: Context) -> pb.UpdateAgentResponse:
        validation.agent_id(request.agent.id, "agent.id")
        agent = convert.agent_from_pb(request.agent)
        updated = await self.runtime.update_agent(agent, frozenset(request.update_mask.paths))
        return pb.UpdateAgentResponse(agent=convert.agent_to_pb(updated))

    async def DeleteAgent(self, request: pb.DeleteAgentRequest, context: Context) -> pb.DeleteAgentResponse:
        await self.runtime.delete_agent(request.agent_id)
        return pb.DeleteAgentResponse()

    async def ListMessages(self, request: pb.ListMessagesRequest, context: Context) -> pb.ListMessagesResponse:
        page = await self.runtime.list_messages(
            request.agent_id, request.page_size, request.page_token, in_context_only=request.in_context_only
        )
        return pb.ListMessagesResponse(
            messages=[convert.message_to_pb(m) for m in page.items], next_page_token=page.next_page_token
        )

    async def AppendConversation(
        self, request: pb.AppendConversationRequest, context: Context
    ) -> pb.AppendConversationResponse:
        events: list[Event] = []

        async def collect(event: Event) -> None:
            events.append(event)

        stored, end = await self.runtime.append_conversation(
            request.agent_id,
            convert.inputs_from_pb(request.messages),
            collect,
            extract=request.extract_facts,
            max_steps=request.max_steps,
        )
        if end is not None and end.error is not None:
            end.error.message += " (the messages are stored, and the facts saved before the failure)"
            raise end.error
        return pb.AppendConversationResponse(
            messages=[convert.message_to_pb(m) for m in stored],
            events=[convert_events.event_to_pb(e) for e in events],
            usage=convert_events.usage_to_pb(end.usage) if end is not None else None,
        )

    async def GetContextWindow(
        self, request: pb.GetContextWindowRequest, context: Context
    ) -> pb.GetContextWindowResponse:
        r = await self.runtime.context_window(request.agent_id)
        return pb.GetContextWindowResponse(
            context_window=r.limits.window,
            reply_reserve_tokens=r.limits.reply_reserve,
            prompt_budget_tokens=r.limits.budget,
            warning_tokens=r.limits.warning,
            flush_tokens=r.limits.flush,
            total_tokens=r.measure.total,
            system_instructions_tokens=r.system_instructions,
            working_context_tokens=r.measure.system - r.system_instructions,
            summary_tokens=r.measure.summary,
            messages_tokens=r.measure.messages,
            function_schemas_tokens=r.measure.tools,
            message_count=r.message_count,
            recall_count=r.recall_count,
            archival_count=r.archival_count,
            summary=r.state.summary,
            summary_pending=r.state.summary_pending,
            warned=r.state.warned,
            tokenizer=r.tokenizer,
        )

    async def SendMessage(self, request: pb.SendMessageRequest, context: Context) -> pb.SendMessageResponse:
        events: list[Event] = []

        async def collect(event: Event) -> None:
            events.append(event)

        outcome = await self.runtime.send(
            request.agent_id,
            convert.inputs_from_pb(request.messages),
            collect,
            max_steps=request.max_steps,
            request_id=request.request_id,
            cancel_on_disconnect=True,  # a unary call's deadline or cancel stops its turn at a step boundary
        )
        return pb.SendMessageResponse(**_turn_reply(outcome, events))

    async def ResumeTurn(self, request: pb.ResumeTurnRequest, context: Context) -> pb.ResumeTurnResponse:
        given: list[answers.Answer] = [tool_result_from_pb(r) for r in request.tool_results]
        given += [answers.Decision(d.call_id, d.approve, d.reason) for d in request.approvals]
        events: list[Event] = []

        async def collect(event: Event) -> None:
            events.append(event)

        outcome = await self.runtime.turns.resume(
            request.agent_id, request.turn_id, given, collect, cancel_on_disconnect=True
        )
        reply = _turn_reply(outcome, events)
        reply["turn_id"] = reply["turn_id"] or request.turn_id
        return pb.ResumeTurnResponse(**reply)

    async def GetTurn(self, request: pb.GetTurnRequest, context: Context) -> pb.GetTurnResponse:
        return pb.GetTurnResponse(
            turn=convert_events.turn_to_pb(await self.runtime.turns.get(request.agent_id, request.turn_id))
        )

    async def ListTurns(self, request: pb.ListTurnsRequest, context: Context) -> pb.ListTurnsResponse:
        page = await self.runtime.turns.list(request.agent_id, request.page_size, request.page_token)
        return pb.ListTurnsResponse(
            turns=[convert_events.turn_to_pb(t) for t in page.items], next_page_token=page.next_page_token
        )

    async def CancelTurn(self, request: pb.CancelTurnRequest, context: Context) -> pb.CancelTurnResponse:
        view = await self.runtime.turns.cancel(request.agent_id, request.turn_id)
        return pb.CancelTurnResponse(turn=convert_events.turn_to_pb(view))

    async def WatchAgent(self, request: pb.WatchAgentRequest, context: Context) -> AsyncIterator[pb.WatchAgentResponse]:
        after = request.after_agent_sequence if request.HasField("after_agent_sequence") else None
        async for event in self.runtime.turns.watch(request.agent_id, after):
            yield pb.WatchAgentResponse(event=convert_events.event_to_pb(event))

    async def ConsolidateAgent(
        self, request: pb.ConsolidateAgentRequest, context: Context
    ) -> pb.ConsolidateAgentResponse:
        return pb.ConsolidateAgentResponse(
            turn=convert_events.turn_to_pb(await self.runtime.consolidate(request.agent_id))
        )

    async def ListTools(self, request: pb.ListToolsRequest, context: Context) -> pb.ListToolsResponse:
        return pb.ListToolsResponse(
            tools=convert_events.tools_list_to_pb(await self.runtime.list_tools(request.agent_id))
        )

    def StreamStep(
        self, request_iterator: AsyncIterator[pb.StreamStepRequest], context: Context
    ) -> AsyncIterator[pb.StreamStepResponse]:
        """See step_stream.py: inputs, answers, attaches and cancels on one stream."""
        return StepStream(self.runtime).run(request_iterator)

    # ----- scheduled wake-ups (agent/wakeups.py) --------------------------------------------

    async def ScheduleWakeup(self, request: pb.ScheduleWakeupRequest, context: Context) -> pb.ScheduleWakeupResponse:
        which = request.WhichOneof("when")
        at = convert.seconds(request.at, which == "at", "at")
        delay = request.delay_seconds if which == "delay_seconds" else None
        wakeup = await self.runtime.wakeups.schedule(request.agent_id, request.reason, at, delay)
        return pb.ScheduleWakeupResponse(wakeup=convert_wakeups.wakeup_to_pb(wakeup))

    async def ListWakeups(self, request: pb.ListWakeupsRequest, context: Context) -> pb.ListWakeupsResponse:
        states = convert_wakeups.states_from_pb(list(request.states))
        page = await self.runtime.wakeups.list(request.agent_id, states, request.page_size, request.page_token)
        return pb.ListWakeupsResponse(
            wakeups=[convert_wakeups.wakeup_to_pb(w) for w in page.items], next_page_token=page.next_page_token
        )

    async def CancelWakeup(self, request: pb.CancelWakeupRequest, context: Context) -> pb.CancelWakeupResponse:
        wakeup = await self.runtime.wakeups.cancel(request.agent_id, request.wakeup_id)
        return pb.CancelWakeupResponse(wakeup=convert_wakeups.wakeup_to_pb(wakeup))


def _turn_reply(outcome: Outcome, events: list[Event]) -> dict[str, Any]:
    """What SendMessage and ResumeTurn return for a turn that ended or waits."""
    if isinstance(outcome, TurnEnded) and outcome.stop_reason in _FAILED and outcome.error is not None:
        # The input and every step before the failure are stored; say so.
        outcome.error.message += f" (turn stopped after {outcome.step_count} step(s); what was done before is stored)"
        raise outcome.error
    waiting = isinstance(outcome, TurnWaiting)
    return {
        "events": [convert_events.event_to_pb(e) for e in events],
        "turn_id": events[0].turn_id if events else "",
        "stop_reason": convert_events.stop_reason_to_pb(
            StopReason.WAITING_FOR_CLIENT if waiting else outcome.stop_reason
        ),
        "usage": convert_events.usage_to_pb(outcome.usage),
        "pending_calls": [convert_events.pending_to_pb(p) for p in outcome.pending] if waiting else [],
    }
