"""MemsvcClient: an asyncio client for memsvc's AgentService and MemoryService.

Methods take plain Python values and return the generated protobuf messages (typed by
the `memsvc.v1` stubs), or small dataclasses for turns. Every failure raises
`MemsvcRPCError`. `client.agents` and `client.memory` are the raw stubs, for anything
not wrapped here.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import grpc
from google.protobuf import field_mask_pb2, timestamp_pb2

from memsvc.v1 import (
    agent_file_pb2,
    agent_pb2,
    agent_service_pb2,
    agent_service_pb2_grpc,
    memory_pb2,
    memory_service_pb2,
    memory_service_pb2_grpc,
    message_pb2,
    step_pb2,
    tool_pb2,
    turn_pb2,
)
from memsvc_client.errors import MemsvcRPCError
from memsvc_client.results import TurnResult
from memsvc_client.stream import StepStream, to_inputs
from memsvc_client.tools import Approver, ToolFunction, answer
from memsvc_client.wakeups import WakeupsMixin

Response = TypeVar("Response")
IngestEvent = memory_service_pb2.IngestProgress | memory_service_pb2.IngestResult

_MAX_MESSAGE_BYTES = 64 * 1024 * 1024
_ROLES = {
    "user": message_pb2.MESSAGE_ROLE_USER,
    "assistant": message_pb2.MESSAGE_ROLE_ASSISTANT,
    "tool": message_pb2.MESSAGE_ROLE_TOOL,
    "system": message_pb2.MESSAGE_ROLE_SYSTEM,
}


def _timestamp(value: datetime | None) -> timestamp_pb2.Timestamp | None:
    if value is None:
        return None
    stamp = timestamp_pb2.Timestamp()
    stamp.FromDatetime(value)
    return stamp


def _role(role: str | int) -> int:
    return role if isinstance(role, int) else _ROLES[role.lower()]


class MemsvcClient(WakeupsMixin):
    """A memsvc client over one gRPC channel.

        async with MemsvcClient("localhost:50051") as client:
            agent = await client.create_agent("deepseek-chat", 16384, blocks={"human": "..."})
            turn = await client.send_message(agent.id, "Hello")

    `timeout` is the deadline in seconds of each unary call (None: no deadline);
    `turn_timeout` that of `send_message`, which runs a whole turn. With `api_key`,
    every call carries the metadata `authorization: Bearer <key>`.
    """

    def __init__(
        self,
        address: str,
        *,
        api_key: str | None = None,
        timeout: float | None = 60.0,
        turn_timeout: float | None = 600.0,
        credentials: grpc.ChannelCredentials | None = None,
    ) -> None:
        options = [
            ("grpc.max_send_message_length", _MAX_MESSAGE_BYTES),
            ("grpc.max_receive_message_length", _MAX_MESSAGE_BYTES),
        ]
        if credentials is not None:
            self._channel = grpc.aio.secure_channel(address, credentials, options=options)
        else:
            self._channel = grpc.aio.insecure_channel(address, options=options)
        self.address = address
        self.timeout = timeout
        self.turn_timeout = turn_timeout
        self._metadata: tuple[tuple[str, str], ...] = (("authorization", f"Bearer {api_key}"),) if api_key else ()
        self.agents = agent_service_pb2_grpc.AgentServiceStub(self._channel)
        self.memory = memory_service_pb2_grpc.MemoryServiceStub(self._channel)

    async def close(self) -> None:
        await self._channel.close()

    async def __aenter__(self) -> MemsvcClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def _unary(
        self, method: Callable[..., Awaitable[Response]], request: Any, deadline: float | None = None
    ) -> Response:
        """Calls a unary RPC with the deadline and metadata; errors become MemsvcRPCError."""
        try:
            return await method(request, timeout=deadline or self.timeout, metadata=self._metadata)
        except grpc.aio.AioRpcError as exc:
            raise MemsvcRPCError.from_rpc_error(exc) from exc

    # ----- agents ----------------------------------------------------------------------

    async def create_agent(
        self,
        model: str,
        context_window: int,
        *,
        model_endpoint: str = "",
        model_endpoint_type: str = "",
        blocks: Mapping[str, str] | None = None,
        name: str = "",
        system: str = "",
        embedding: agent_pb2.EmbeddingConfig | Mapping[str, Any] | None = None,
        put_inner_thoughts_in_kwargs: bool | None = None,
        temperature: float | None = None,
        max_tokens: int = 0,
        max_steps: int = 0,
        request_id: str = "",
        client_tools: Sequence[tool_pb2.ClientTool] = (),
        tools_requiring_approval: Sequence[str] = (),
        client_tool_timeout_seconds: int = 0,
        approval_timeout_seconds: int = 0,
        consolidation: agent_pb2.ConsolidationConfig | Mapping[str, Any] | None = None,
        enable_wakeups: bool = False,
    ) -> agent_pb2.Agent:
        """Creates an agent. `blocks` maps label -> value (e.g. "human", "persona");
        `embedding` is an EmbeddingConfig or a dict of its fields (None: the offline model).
        `client_tools` are tools this client runs (see memsvc_client.client_tool);
        `tools_requiring_approval` names tools whose calls wait for an approval.
        `consolidation` is a ConsolidationConfig or a dict of its fields (None: no background
        consolidation by itself; see `consolidate`). `enable_wakeups` gives the agent's LLM the
        functions schedule_wakeup, list_wakeups and cancel_wakeup (about 410 prompt tokens per
        call); clients schedule wake-ups either way (`schedule_wakeup`)."""
        llm = agent_pb2.LlmConfig(
            model=model,
            context_window=context_window,
            model_endpoint=model_endpoint,
            model_endpoint_type=model_endpoint_type,
            max_tokens=max_tokens,
        )
        if put_inner_thoughts_in_kwargs is not None:
            llm.put_inner_thoughts_in_kwargs = put_inner_thoughts_in_kwargs
        if temperature is not None:
            llm.temperature = temperature
        if isinstance(embedding, Mapping):
            embedding = agent_pb2.EmbeddingConfig(**embedding)
        if isinstance(consolidation, Mapping):
            consolidation = agent_pb2.ConsolidationConfig(**consolidation)
        request = agent_service_pb2.CreateAgentRequest(
            name=name,
            system=system,
            llm_config=llm,
            embedding_config=embedding,
            memory_blocks=[agent_pb2.MemoryBlock(label=k, value=v) for k, v in (blocks or {}).items()],
            max_steps=max_steps,
            request_id=request_id,
            client_tools=list(client_tools),
            tools_requiring_approval=list(tools_requiring_approval),
            client_tool_timeout_seconds=client_tool_timeout_seconds,
            approval_timeout_seconds=approval_timeout_seconds,
            consolidation_config=consolidation,
            enable_wakeups=enable_wakeups,
        )
        return (await self._unary(self.agents.CreateAgent, request)).agent

    async def get_agent(self, agent_id: str) -> agent_pb2.Agent:
        request = agent_service_pb2.GetAgentRequest(agent_id=agent_id)
        return (await self._unary(self.agents.GetAgent, request)).agent

    async def list_agents_page(
        self, *, page_size: int = 50, page_token: str = ""
    ) -> agent_service_pb2.ListAgentsResponse:
        """One page of agents, newest first."""
        request = agent_service_pb2.ListAgentsRequest(page_size=page_size, page_token=page_token)
        return await self._unary(self.agents.ListAgents, request)

    async def list_agents(self, *, page_size: int = 50) -> AsyncIterator[agent_pb2.Agent]:
        """Every agent, newest first, fetching one page of `page_size` at a time."""
        token = ""
        while True:
            page = await self.list_agents_page(page_size=page_size, page_token=token)
            for agent in page.agents:
                yield agent
            if not (token := page.next_page_token):
                return

    async def delete_agent(self, agent_id: str) -> None:
        await self._unary(self.agents.DeleteAgent, agent_service_pb2.DeleteAgentRequest(agent_id=agent_id))

    # ----- turns -----------------------------------------------------------------------

    async def send_message(
        self,
        agent_id: str,
        text: str | Sequence[message_pb2.MessageInput],
        *,
        max_steps: int = 0,
        request_id: str = "",
        deadline: float | None = None,
    ) -> TurnResult:
        """Runs one turn to completion (SendMessage) and returns its events and replies.

        `deadline` (seconds) overrides the client's `turn_timeout` for this call."""
        request = agent_service_pb2.SendMessageRequest(
            agent_id=agent_id, messages=to_inputs(text), max_steps=max_steps, request_id=request_id
        )
        reply = await self._unary(self.agents.SendMessage, request, deadline or self.turn_timeout)
        return TurnResult.from_reply(reply)

    async def resume_turn(
        self,
        agent_id: str,
        answers: Sequence[turn_pb2.ToolResult | turn_pb2.ApprovalDecision],
        *,
        turn_id: str = "",
        deadline: float | None = None,
    ) -> TurnResult:
        """Answers pending calls of the agent's waiting turn (ResumeTurn; build the answers with
        tool_output, tool_error and approval) and returns what the turn did next: up to its end, or
        its next pause (stop_reason WAITING_FOR_CLIENT)."""
        request = agent_service_pb2.ResumeTurnRequest(
            agent_id=agent_id,
            turn_id=turn_id,
            tool_results=[a for a in answers if isinstance(a, turn_pb2.ToolResult)],
            approvals=[a for a in answers if isinstance(a, turn_pb2.ApprovalDecision)],
        )
        reply = await self._unary(self.agents.ResumeTurn, request, deadline or self.turn_timeout)
        return TurnResult.from_reply(reply)

    async def run_turn(
        self,
        agent_id: str,
        text: str | Sequence[message_pb2.MessageInput],
        *,
        tools: Mapping[str, ToolFunction] | None = None,
        approve: Approver | None = None,
        max_steps: int = 0,
        request_id: str = "",
    ) -> TurnResult:
        """SendMessage, then ResumeTurn as long as the turn waits for calls this client can answer:
        client tools by the function of that name in `tools`, approvals by `approve`. The result
        holds every event of the turn; it still waits if some call had no one here to answer it."""
        result = await self.send_message(agent_id, text, max_steps=max_steps, request_id=request_id)
        events = list(result.events)
        while result.waiting:
            given = [await answer(call, tools or {}, approve) for call in result.pending_calls]
            if any(g is None for g in given):
                break
            result = await self.resume_turn(agent_id, [g for g in given if g is not None], turn_id=result.turn_id)
            events += result.events
        result.events = events
        result.replies = [e.assistant_message.content for e in events if e.WhichOneof("event") == "assistant_message"]
        return result

    async def get_turn(self, agent_id: str, turn_id: str) -> turn_pb2.Turn:
        """A turn: its status (RUNNING, WAITING, ENDED), pending calls, stop reason, usage."""
        request = agent_service_pb2.GetTurnRequest(agent_id=agent_id, turn_id=turn_id)
        return (await self._unary(self.agents.GetTurn, request)).turn

    async def list_turns(self, agent_id: str, *, page_size: int = 50) -> AsyncIterator[turn_pb2.Turn]:
        """The agent's turns, newest first, a page at a time."""
        token = ""
        while True:
            request = agent_service_pb2.ListTurnsRequest(agent_id=agent_id, page_size=page_size, page_token=token)
            page = await self._unary(self.agents.ListTurns, request)
            for turn in page.turns:
                yield turn
            token = page.next_page_token
            if not token:
                return

    async def consolidate(self, agent_id: str) -> turn_pb2.Turn:
        """Starts a background memory consolidation run now and returns its turn (RUNNING, kind
        TURN_KIND_CONSOLIDATION); follow it with `watch` or `get_turn`."""
        request = agent_service_pb2.ConsolidateAgentRequest(agent_id=agent_id)
        return (await self._unary(self.agents.ConsolidateAgent, request)).turn

    async def cancel_turn(self, agent_id: str, turn_id: str) -> turn_pb2.Turn:
        """Cancels a turn: a waiting one ends now, a running one at its next step."""
        request = agent_service_pb2.CancelTurnRequest(agent_id=agent_id, turn_id=turn_id)
        return (await self._unary(self.agents.CancelTurn, request)).turn

    async def watch(
        self, agent_id: str, *, after_agent_sequence: int | None = None
    ) -> AsyncIterator[step_pb2.StepEvent]:
        """Every event of every turn of the agent as it is stored, whoever started the turn, until
        you stop iterating. With `after_agent_sequence`, the stored events after it come first."""
        request = agent_service_pb2.WatchAgentRequest(agent_id=agent_id)
        if after_agent_sequence is not None:
            request.after_agent_sequence = after_agent_sequence
        call = self.agents.WatchAgent(request, metadata=self._metadata)
        try:
            async for response in call:
                yield response.event
        except grpc.aio.AioRpcError as exc:
            raise MemsvcRPCError.from_rpc_error(exc) from exc
        finally:
            call.cancel()

    async def list_tools(self, agent_id: str) -> list[tool_pb2.Tool]:
        """Every tool the agent's LLM may call: built-in functions and client tools."""
        request = agent_service_pb2.ListToolsRequest(agent_id=agent_id)
        return list((await self._unary(self.agents.ListTools, request)).tools)

    def stream_step(self, agent_id: str) -> StepStream:
        """Opens a StreamStep call for the agent (no deadline); see StepStream."""
        call = self.agents.StreamStep(metadata=self._metadata)
        return StepStream(call, agent_id)

    async def list_messages(
        self, agent_id: str, *, in_context_only: bool = False, page_size: int = 100
    ) -> AsyncIterator[message_pb2.Message]:
        """Every message of the agent's recall storage, oldest first, a page at a time."""
        token = ""
        while True:
            request = agent_service_pb2.ListMessagesRequest(
                agent_id=agent_id, page_size=page_size, page_token=token, in_context_only=in_context_only
            )
            page = await self._unary(self.agents.ListMessages, request)
            for message in page.messages:
                yield message
            if not (token := page.next_page_token):
                return

    async def get_context_window(self, agent_id: str) -> agent_service_pb2.GetContextWindowResponse:
        """What is in the agent's main context now, in tokens per section."""
        request = agent_service_pb2.GetContextWindowRequest(agent_id=agent_id)
        return await self._unary(self.agents.GetContextWindow, request)

    # ----- memory ----------------------------------------------------------------------

    async def list_blocks(self, agent_id: str) -> list[agent_pb2.MemoryBlock]:
        request = memory_service_pb2.ListMemoryBlocksRequest(agent_id=agent_id)
        return list((await self._unary(self.memory.ListMemoryBlocks, request)).blocks)

    async def get_block(self, agent_id: str, label: str) -> agent_pb2.MemoryBlock:
        request = memory_service_pb2.GetMemoryBlockRequest(agent_id=agent_id, label=label)
        return (await self._unary(self.memory.GetMemoryBlock, request)).block

    async def update_block(
        self,
        agent_id: str,
        label: str,
        value: str | None = None,
        *,
        limit: int | None = None,
        description: str | None = None,
        read_only: bool | None = None,
    ) -> agent_pb2.MemoryBlock:
        """Sets the given fields of a block (only those not None)."""
        changes = {"value": value, "limit": limit, "description": description, "read_only": read_only}
        changes = {k: v for k, v in changes.items() if v is not None}
        request = memory_service_pb2.UpdateMemoryBlockRequest(
            agent_id=agent_id,
            block=agent_pb2.MemoryBlock(label=label, **changes),
            update_mask=field_mask_pb2.FieldMask(paths=list(changes)),
        )
        return (await self._unary(self.memory.UpdateMemoryBlock, request)).block

    async def edit_block(
        self, agent_id: str, label: str, *, append: str | None = None, old: str | None = None, new: str = ""
    ) -> agent_pb2.MemoryBlock:
        """Appends `append` to a block (on a new line), or replaces every `old` in it with `new`."""
        request = memory_service_pb2.EditMemoryBlockRequest(agent_id=agent_id, label=label)
        if append is not None:
            request.append.content = append
        elif old is not None:
            request.replace.old_content = old
            request.replace.new_content = new
        return (await self._unary(self.memory.EditMemoryBlock, request)).block

    async def get_context_block(
        self,
        agent_id: str,
        query: str = "",
        *,
        recent: Sequence[tuple[str | int, str]] = (),
        token_budget: int = 0,
        recall_limit: int | None = None,
        archival_limit: int | None = None,
    ) -> memory_service_pb2.GetContextBlockResponse:
        """The agent's memory, prompt-ready within `token_budget` tokens, for a query (or the
        `recent` (role, content) messages, or else the agent's latest stored ones)."""
        request = memory_service_pb2.GetContextBlockRequest(
            agent_id=agent_id,
            query=query,
            recent_messages=[message_pb2.MessageInput(role=_role(r), content=c) for r, c in recent],
            token_budget=token_budget,
            recall_limit=recall_limit,
            archival_limit=archival_limit,
        )
        return await self._unary(self.memory.GetContextBlock, request)

    async def append_conversation(
        self,
        agent_id: str,
        messages: Sequence[tuple[str | int, str, datetime | None]],
        *,
        extract_facts: bool = False,
        max_steps: int = 0,
    ) -> agent_service_pb2.AppendConversationResponse:
        """Stores an external loop's (role, content, time) messages; with `extract_facts`, the
        agent's LLM saves what is worth keeping from them into archival memory and blocks."""
        request = agent_service_pb2.AppendConversationRequest(
            agent_id=agent_id,
            messages=[
                message_pb2.MessageInput(role=_role(r), content=c, create_time=_timestamp(when))
                for r, c, when in messages
            ],
            extract_facts=extract_facts,
            max_steps=max_steps,
        )
        return await self._unary(self.agents.AppendConversation, request, self.turn_timeout)

    async def export_agent(self, agent_id: str) -> agent_file_pb2.AgentFile:
        """The agent with all of its memory, as one versioned AgentFile."""
        request = memory_service_pb2.ExportAgentRequest(agent_id=agent_id)
        return (await self._unary(self.memory.ExportAgent, request, self.turn_timeout)).agent_file

    async def import_agent(
        self,
        agent_file: agent_file_pb2.AgentFile | None = None,
        *,
        letta_agent_file: bytes | None = None,
        assign_new_id: bool = False,
    ) -> memory_service_pb2.ImportAgentResponse:
        """Imports a memsvc AgentFile, or a Letta .af file's bytes (what could not be mapped is in `unmapped`)."""
        request = memory_service_pb2.ImportAgentRequest(assign_new_id=assign_new_id)
        if agent_file is not None:
            request.agent_file.CopyFrom(agent_file)
        elif letta_agent_file is not None:
            request.letta_agent_file = letta_agent_file
        return await self._unary(self.memory.ImportAgent, request, self.turn_timeout)

    async def search_recall(
        self,
        agent_id: str,
        query: str = "",
        *,
        roles: Sequence[str | int] = (),
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        page_size: int = 0,
        page_token: str = "",
    ) -> memory_service_pb2.SearchRecallMessagesResponse:
        """Full-text search of recall storage; roles are "user", "assistant", "tool", "system"."""
        request = memory_service_pb2.SearchRecallMessagesRequest(
            agent_id=agent_id,
            query=query,
            roles=[_role(r) for r in roles],
            start_time=_timestamp(start_time),
            end_time=_timestamp(end_time),
            page_size=page_size,
            page_token=page_token,
        )
        return await self._unary(self.memory.SearchRecallMessages, request)

    async def insert_archival(
        self, agent_id: str, content: str, *, tags: Sequence[str] = ()
    ) -> memory_service_pb2.InsertArchivalMemoryResponse:
        """Stores a passage; `created` is False if the agent already had this content."""
        request = memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent_id, content=content, tags=tags)
        return await self._unary(self.memory.InsertArchivalMemory, request)

    async def update_archival(
        self, agent_id: str, passage_id: str, content: str, *, tags: Sequence[str] | None = None
    ) -> memory_pb2.Passage:
        """Rewrites a passage (re-embedded, same id; the text before is kept as a version); `tags`
        replaces its tags when given."""
        request = memory_service_pb2.UpdateArchivalMemoryRequest(
            agent_id=agent_id,
            passage_id=passage_id,
            content=content,
            tags=tags or (),
            update_mask=field_mask_pb2.FieldMask(paths=["content", "tags"] if tags is not None else ["content"]),
        )
        return (await self._unary(self.memory.UpdateArchivalMemory, request)).passage

    async def search_archival(
        self,
        agent_id: str,
        query: str,
        *,
        tags: Sequence[str] = (),
        match_all_tags: bool = False,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        page_size: int = 0,
        page_token: str = "",
    ) -> memory_service_pb2.SearchArchivalMemoryResponse:
        """Searches archival storage by meaning, closest first."""
        request = memory_service_pb2.SearchArchivalMemoryRequest(
            agent_id=agent_id,
            query=query,
            tags=tags,
            tag_match_mode=memory_pb2.TAG_MATCH_MODE_ALL if match_all_tags else memory_pb2.TAG_MATCH_MODE_ANY,
            start_time=_timestamp(start_time),
            end_time=_timestamp(end_time),
            page_size=page_size,
            page_token=page_token,
        )
        return await self._unary(self.memory.SearchArchivalMemory, request)

    async def ingest_document(
        self,
        agent_id: str,
        source: str | Path | bytes,
        *,
        name: str | None = None,
        mime_type: str = "",
        tags: Sequence[str] = (),
        chunk_size: int = 0,
        chunk_overlap: int = 0,
        notify_agent: bool = False,
        deadline: float | None = None,
    ) -> AsyncIterator[IngestEvent]:
        """Ingests a document (a file path, or bytes with `name`) into archival storage.

        Yields IngestProgress messages as batches are stored, then one IngestResult.
        With `notify_agent`, the agent gets a turn about the document once it is stored
        (a system event naming it, its chunks and its tag; the result's `wakeup_id`).
        There is no deadline unless `deadline` (seconds) is given.
        """
        if isinstance(source, bytes):
            if not name:
                raise ValueError("ingest_document needs a name when given bytes")
            content = source
        else:
            path = Path(source)
            content = await asyncio.to_thread(path.read_bytes)
            name = name or path.name
        request = memory_service_pb2.IngestDocumentRequest(
            agent_id=agent_id,
            name=name,
            content=content,
            mime_type=mime_type,
            tags=tags,
            chunk_size=chunk_size,
            chunk_overlap=chunk_overlap,
            notify_agent=notify_agent,
        )
        call = self.memory.IngestDocument(request, timeout=deadline, metadata=self._metadata)
        try:
            async for response in call:
                kind = response.WhichOneof("event")
                if kind == "progress":
                    yield response.progress
                elif kind == "result":
                    yield response.result
        except grpc.aio.AioRpcError as exc:
            raise MemsvcRPCError.from_rpc_error(exc) from exc
        finally:
            call.cancel()  # a no-op once the call is done; drops it if the caller stopped early
