"""AgentService: thin adapter from the protos to AgentRuntime."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import grpc

from memsvc import validation
from memsvc.agent.events import Event, StopReason
from memsvc.agent.runtime import AgentRuntime
from memsvc.errors import InvalidArgument, MemsvcError
from memsvc.server import convert
from memsvc.tasks import watched
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
            events=[convert.event_to_pb(e) for e in events],
            usage=convert.usage_to_pb(end.usage) if end is not None else None,
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

        end = await self.runtime.send(
            request.agent_id,
            convert.inputs_from_pb(request.messages),
            collect,
            max_steps=request.max_steps,
            request_id=request.request_id,
        )
        if end.stop_reason in _FAILED and end.error is not None:
            # The input and every step before the failure are stored; say so.
            end.error.message += f" (turn stopped after {end.step_count} step(s); what was done before is stored)"
            raise end.error
        return pb.SendMessageResponse(
            events=[convert.event_to_pb(e) for e in events],
            turn_id=events[0].turn_id if events else "",
            stop_reason=convert.stop_reason_to_pb(end.stop_reason),
            usage=convert.usage_to_pb(end.usage),
        )

    async def StreamStep(
        self, request_iterator: AsyncIterator[pb.StreamStepRequest], context: Context
    ) -> AsyncIterator[pb.StreamStepResponse]:
        """Reads requests concurrently with running turns; turns run in arrival order."""
        pending: asyncio.Queue[pb.StepInput | MemsvcError | None] = asyncio.Queue()
        events: asyncio.Queue[Event | None] = asyncio.Queue()
        state: dict[str, object] = {"agent_id": "", "cancel": None}

        async def read() -> None:
            try:
                async for req in request_iterator:
                    if req.agent_id and state["agent_id"] and req.agent_id != state["agent_id"]:
                        raise InvalidArgument(
                            "a StreamStep stream drives one agent; open another stream for another agent",
                            field="agent_id",
                        )
                    if not state["agent_id"]:
                        if not req.agent_id:
                            raise InvalidArgument("the first StreamStep request must set agent_id", field="agent_id")
                        state["agent_id"] = validation.agent_id(req.agent_id)
                    kind = req.WhichOneof("request")
                    if kind == "input":
                        await pending.put(req.input)
                    elif kind == "cancel" and isinstance(state["cancel"], asyncio.Event):
                        state["cancel"].set()
            except MemsvcError as exc:
                await pending.put(exc)
            finally:
                await pending.put(None)

        async def run_turns() -> None:
            try:
                while (item := await pending.get()) is not None:
                    if isinstance(item, MemsvcError):
                        raise item
                    cancel = asyncio.Event()
                    state["cancel"] = cancel
                    await self.runtime.send(
                        str(state["agent_id"]),
                        convert.inputs_from_pb(item.messages),
                        events.put,
                        max_steps=item.max_steps,
                        cancel=cancel,
                        request_id=item.request_id,
                    )
            finally:
                await events.put(None)

        reader = watched(asyncio.create_task(read()), "StreamStep reader")
        runner = watched(asyncio.create_task(run_turns()), "StreamStep turns")
        try:
            while (event := await events.get()) is not None:
                yield pb.StreamStepResponse(event=convert.event_to_pb(event))
            await runner  # re-raises a bad request or an unknown agent as its status
        finally:
            reader.cancel()
            if not runner.done():
                if isinstance(state["cancel"], asyncio.Event):
                    state["cancel"].set()
                runner.cancel()
