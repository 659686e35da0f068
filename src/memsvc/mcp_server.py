"""`memsvc mcp`: memsvc's memory over the Model Context Protocol, for any agent.

A client of memsvc's gRPC API (memsvc_client), so it serves the memory of any deployment
(all-in-one or split, with an API key or without) to any MCP host: coding assistants
(Claude Code, Cursor, ...) over stdio, or remote agents over streamable HTTP. Built on
the official MCP Python SDK (`mcp`, MCPServer).

Tools: the working-context blocks (list, append, replace, set), recall search, archival
insert, search and update, the context block (prompt-ready memory for a query within a token
budget) and the write side (remember a conversation, optionally extracting facts). Each
tool takes an optional `agent_id`; without one, the agent given at start-up
(`--agent-id` / MEMSVC_AGENT_ID) is used. Resources: each block as
`memsvc://agents/{agent_id}/blocks/{label}` (the start-up agent's blocks are listed).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated, Any, Literal

import grpc
from google.protobuf import json_format
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceError, ToolError
from mcp.server.mcpserver.resources import FunctionResource
from pydantic import BaseModel, Field

from memsvc.v1 import memory_service_pb2, memory_service_pb2_grpc, message_pb2
from memsvc_client import MemsvcClient, MemsvcRPCError

INSTRUCTIONS = """\
Long-term memory for this conversation, kept by memsvc. Memory blocks hold the key \
facts about the user (`human`) and about you (`persona`): keep them current with \
core_memory_replace / core_memory_append. Save durable facts with archival_memory_insert \
(search first to avoid duplicates) and find them again with archival_memory_search; \
search earlier conversations with conversation_search. At the start of a task, \
get_memory_context gives what memory knows about it, within a token budget."""

AgentId = Annotated[str, Field(description="The agent whose memory to use; empty: the server's default agent.")]


class ChatMessage(BaseModel):
    """One message of a conversation to remember."""

    role: Literal["user", "assistant", "system"] = "user"
    content: str
    time: datetime | None = Field(default=None, description="When it was said (ISO 8601); empty: now.")


@dataclass
class Memory:
    """The gRPC client, opened on first use (inside the MCP server's event loop)."""

    address: str
    api_key: str | None
    default_agent: str
    _client: MemsvcClient | None = field(default=None, init=False)

    def agent(self, agent_id: str) -> str:
        chosen = agent_id or self.default_agent
        if not chosen:
            raise ToolError("no agent: pass agent_id, or start `memsvc mcp` with --agent-id (MEMSVC_AGENT_ID)")
        return chosen

    @property
    def client(self) -> MemsvcClient:
        if self._client is None:
            self._client = MemsvcClient(self.address, api_key=self.api_key)
        return self._client


def _dict(message: Any) -> dict[str, Any]:
    return json_format.MessageToDict(message, preserving_proto_field_name=True)


def _block(block: Any) -> dict[str, Any]:
    return {
        "label": block.label,
        "value": block.value,
        "limit": block.limit,
        "description": block.description,
        "read_only": block.read_only,
    }


def _failed(exc: MemsvcRPCError) -> ToolError:
    return ToolError(f"memsvc: {exc.message} ({exc.code.name}{' ' + exc.reason if exc.reason else ''})")


def build(address: str, *, api_key: str | None = None, agent_id: str = "") -> MCPServer:
    """The MCP server; `address` is memsvc's agent server (host:port)."""
    memory = Memory(address, api_key, agent_id)
    server = MCPServer(name="memsvc", instructions=INSTRUCTIONS)

    @server.tool()
    async def list_memory_blocks(agent_id: AgentId = "") -> list[dict[str, Any]]:
        """Lists the agent's memory blocks (working context): label, value, character limit, description."""
        try:
            return [_block(b) for b in await memory.client.list_blocks(memory.agent(agent_id))]
        except MemsvcRPCError as exc:
            raise _failed(exc) from exc

    @server.tool()
    async def core_memory_append(label: str, content: str, agent_id: AgentId = "") -> dict[str, Any]:
        """Appends a line to a memory block (e.g. label "human" for facts about the user). Returns the block."""
        try:
            return _block(await memory.client.edit_block(memory.agent(agent_id), label, append=content))
        except MemsvcRPCError as exc:
            raise _failed(exc) from exc

    @server.tool()
    async def core_memory_replace(
        label: str, old_content: str, new_content: str, agent_id: AgentId = ""
    ) -> dict[str, Any]:
        """Replaces text in a memory block (old_content must occur in it; empty new_content deletes it)."""
        try:
            block = await memory.client.edit_block(memory.agent(agent_id), label, old=old_content, new=new_content)
        except MemsvcRPCError as exc:
            raise _failed(exc) from exc
        return _block(block)

    @server.tool()
    async def set_memory_block(label: str, value: str, agent_id: AgentId = "") -> dict[str, Any]:
        """Sets a memory block's whole value (within its character limit). Returns the block."""
        try:
            return _block(await memory.client.update_block(memory.agent(agent_id), label, value))
        except MemsvcRPCError as exc:
            raise _failed(exc) from exc

    @server.tool()
    async def conversation_search(
        query: str = "",
        roles: Sequence[Literal["user", "assistant", "system", "tool"]] = (),
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        limit: int = 10,
        agent_id: AgentId = "",
    ) -> list[dict[str, Any]]:
        """Searches every earlier message (recall memory) by words and meaning, best first; without a
        query, lists the time range newest first. Times are ISO 8601."""
        try:
            found = await memory.client.search_recall(
                memory.agent(agent_id), query, roles=roles, start_time=start_time, end_time=end_time, page_size=limit
            )
        except MemsvcRPCError as exc:
            raise _failed(exc) from exc
        return [
            {
                "id": h.message.id,
                "role": message_pb2.MessageRole.Name(h.message.role).removeprefix("MESSAGE_ROLE_").lower(),
                "content": h.message.content,
                "time": h.message.create_time.ToJsonString(),
                "score": round(h.score, 4),
            }
            for h in found.hits
        ]

    @server.tool()
    async def archival_memory_insert(content: str, tags: Sequence[str] = (), agent_id: AgentId = "") -> dict[str, Any]:
        """Stores a durable fact or note in archival memory (one self-contained fact per call)."""
        try:
            res = await memory.client.insert_archival(memory.agent(agent_id), content, tags=tags)
        except MemsvcRPCError as exc:
            raise _failed(exc) from exc
        return {"passage": _dict(res.passage), "created": res.created}

    @server.tool()
    async def archival_memory_search(
        query: str,
        tags: Sequence[str] = (),
        match_all_tags: bool = False,
        top_k: int = 5,
        agent_id: AgentId = "",
    ) -> list[dict[str, Any]]:
        """Searches archival memory by meaning, closest first (each hit has the passage id)."""
        try:
            res = await memory.client.search_archival(
                memory.agent(agent_id), query, tags=tags, match_all_tags=match_all_tags, page_size=top_k
            )
        except MemsvcRPCError as exc:
            raise _failed(exc) from exc
        return [{**_dict(h.passage), "score": round(h.score, 4)} for h in res.hits]

    @server.tool()
    async def archival_memory_update(
        passage_id: str, content: str, tags: Sequence[str] | None = None, agent_id: AgentId = ""
    ) -> dict[str, Any]:
        """Rewrites an archival passage by its id (from archival_memory_search), e.g. a fact that changed;
        the text before is kept as a version. Give tags to replace its tags too."""
        try:
            passage = await memory.client.update_archival(memory.agent(agent_id), passage_id, content, tags=tags)
        except MemsvcRPCError as exc:
            raise _failed(exc) from exc
        return _dict(passage)

    @server.tool()
    async def get_memory_context(
        query: str = "",
        token_budget: int = 2000,
        recall_limit: int = 5,
        archival_limit: int = 5,
        agent_id: AgentId = "",
    ) -> str:
        """Returns what memory knows about `query` (or, without one, about the latest messages), ready to
        read: memory blocks, the summary of older conversation, and the most relevant earlier messages and
        archival facts, each marked with its source, within token_budget tokens."""
        try:
            res = await memory.client.get_context_block(
                memory.agent(agent_id),
                query,
                token_budget=token_budget,
                recall_limit=recall_limit,
                archival_limit=archival_limit,
            )
        except MemsvcRPCError as exc:
            raise _failed(exc) from exc
        return res.text or "<memory>\n</memory>"

    @server.tool()
    async def remember_conversation(
        messages: list[ChatMessage], extract_facts: bool = False, agent_id: AgentId = ""
    ) -> dict[str, Any]:
        """Stores messages of this conversation in recall memory (with their times); with extract_facts, the
        agent's LLM also saves the durable facts in them to archival memory and the memory blocks."""
        try:
            res = await memory.client.append_conversation(
                memory.agent(agent_id),
                [(m.role, m.content, m.time) for m in messages],
                extract_facts=extract_facts,
            )
        except MemsvcRPCError as exc:
            raise _failed(exc) from exc
        calls = [
            {"function": e.function_call.name, "arguments": json.loads(e.function_call.arguments or "{}")}
            for e in res.events
            if e.WhichOneof("event") == "function_call"
        ]
        return {"stored": len(res.messages), "memory_calls": calls}

    _add_block_resources(server, memory)
    return server


def _add_block_resources(server: MCPServer, memory: Memory) -> None:
    @server.resource(
        "memsvc://agents/{agent_id}/blocks/{label}",
        name="memory block",
        description="A memory block's current value",
        mime_type="text/plain",
    )
    async def block(agent_id: str, label: str) -> str:
        try:
            return (await memory.client.get_block(agent_id, label)).value
        except MemsvcRPCError as exc:
            raise ResourceError(f"memsvc: {exc.message}") from exc

    if not memory.default_agent:
        return
    # The start-up agent's blocks are listed (read once, synchronously, before serving).
    metadata = (("authorization", f"Bearer {memory.api_key}"),) if memory.api_key else ()
    with grpc.insecure_channel(memory.address) as channel:
        stub = memory_service_pb2_grpc.MemoryServiceStub(channel)
        try:
            blocks = stub.ListMemoryBlocks(
                memory_service_pb2.ListMemoryBlocksRequest(agent_id=memory.default_agent), timeout=10, metadata=metadata
            ).blocks
        except grpc.RpcError as exc:
            raise SystemExit(f"memsvc mcp: cannot read agent {memory.default_agent}'s blocks: {exc.details()}") from exc
    for b in blocks:
        agent, label = memory.default_agent, b.label

        async def read(agent: str = agent, label: str = label) -> str:
            return (await memory.client.get_block(agent, label)).value

        server.add_resource(
            FunctionResource(
                uri=f"memsvc://agents/{agent}/blocks/{label}",
                name=label,
                description=b.description or f"the {label} memory block",
                mime_type="text/plain",
                fn=read,
            )
        )
