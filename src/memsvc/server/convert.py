"""Domain dataclasses <-> protobuf messages, in one place."""

from __future__ import annotations

from collections.abc import Iterable

from google.protobuf.timestamp_pb2 import Timestamp

from memsvc.errors import InvalidArgument
from memsvc.models import (
    Agent,
    ArchivalHit,
    Block,
    ClientTool,
    ConsolidationConfig,
    ContextConfig,
    ContextState,
    DocumentInput,
    EmbeddingConfig,
    IngestProgress,
    IngestResult,
    LlmConfig,
    Message,
    MessageInput,
    Passage,
    PassageVersion,
    RecallHit,
    Role,
    ToolCall,
    ToolConfig,
    TurnRecord,
)
from memsvc.v1 import (
    agent_pb2,
    agent_store_service_pb2,
    memory_pb2,
    memory_service_pb2,
    message_pb2,
    tool_pb2,
)

# ----- time ------------------------------------------------------------------------------


def timestamp(seconds: float) -> Timestamp:
    out = Timestamp()
    out.FromNanoseconds(int(seconds * 1e9))
    return out


def ts(seconds: float) -> Timestamp | None:
    """For output-only times: unset when unknown (0)."""
    return timestamp(seconds) if seconds else None


MIN_SECONDS, MAX_SECONDS = -62_135_596_800, 253_402_300_799  # 0001-01-01 .. 9999-12-31 (UTC)


def _valid(stamp: Timestamp) -> bool:
    return MIN_SECONDS <= stamp.seconds <= MAX_SECONDS and 0 <= stamp.nanos < 1_000_000_000


def seconds(stamp: Timestamp, present: bool, field: str = "time") -> float | None:
    """A time given by a client, checked; None when not set."""
    if not present:
        return None
    if not _valid(stamp):
        raise InvalidArgument(
            f"{field} is not a valid timestamp: seconds must be within 0001-01-01..9999-12-31 and nanos "
            f"within 0..999,999,999",
            field=field,
        )
    return stamp.seconds + stamp.nanos / 1e9


def output_seconds(stamp: Timestamp) -> float:
    """An output-only time a client may have filled in anyway: ignored unless valid."""
    return stamp.seconds + stamp.nanos / 1e9 if _valid(stamp) else 0.0


# ----- roles -----------------------------------------------------------------------------

ROLE_TO_PB = {
    Role.USER: message_pb2.MESSAGE_ROLE_USER,
    Role.ASSISTANT: message_pb2.MESSAGE_ROLE_ASSISTANT,
    Role.TOOL: message_pb2.MESSAGE_ROLE_TOOL,
    Role.SYSTEM: message_pb2.MESSAGE_ROLE_SYSTEM,
}
ROLE_FROM_PB = {v: k for k, v in ROLE_TO_PB.items()}


def role_from_pb(value: int, *, default: Role | None = None, field: str = "role") -> Role:
    if value == message_pb2.MESSAGE_ROLE_UNSPECIFIED and default is not None:
        return default
    role = ROLE_FROM_PB.get(value)
    if role is None:
        raise InvalidArgument(f"{field} has an unknown value {value}", field=field)
    return role


def inputs_from_pb(items: Iterable[message_pb2.MessageInput]) -> list[MessageInput]:
    return [
        MessageInput(
            role_from_pb(i.role, default=Role.USER, field="messages.role"),
            i.content,
            seconds(i.create_time, i.HasField("create_time"), "messages.create_time"),
        )
        for i in items
    ]


# ----- agents ----------------------------------------------------------------------------


def llm_config_to_pb(c: LlmConfig) -> agent_pb2.LlmConfig:
    out = agent_pb2.LlmConfig(
        model=c.model,
        model_endpoint=c.model_endpoint,
        model_endpoint_type=c.model_endpoint_type,
        context_window=c.context_window,
        put_inner_thoughts_in_kwargs=c.put_inner_thoughts_in_kwargs,
        max_tokens=c.max_tokens,
    )
    if c.temperature is not None:
        out.temperature = c.temperature
    return out


def llm_config_from_pb(c: agent_pb2.LlmConfig) -> LlmConfig:
    return LlmConfig(
        model=c.model,
        context_window=c.context_window,
        model_endpoint=c.model_endpoint,
        model_endpoint_type=c.model_endpoint_type,
        put_inner_thoughts_in_kwargs=c.put_inner_thoughts_in_kwargs
        if c.HasField("put_inner_thoughts_in_kwargs")
        else True,
        temperature=round(c.temperature, 6) if c.HasField("temperature") else None,
        max_tokens=c.max_tokens,
    )


def embedding_config_to_pb(c: EmbeddingConfig) -> agent_pb2.EmbeddingConfig:
    return agent_pb2.EmbeddingConfig(
        embedding_model=c.embedding_model,
        embedding_endpoint=c.embedding_endpoint,
        embedding_endpoint_type=c.embedding_endpoint_type,
        embedding_dim=c.embedding_dim,
        embedding_chunk_size=c.embedding_chunk_size,
    )


def embedding_config_from_pb(c: agent_pb2.EmbeddingConfig) -> EmbeddingConfig:
    return EmbeddingConfig(
        embedding_model=c.embedding_model,
        embedding_endpoint=c.embedding_endpoint,
        embedding_endpoint_type=c.embedding_endpoint_type,
        embedding_dim=c.embedding_dim,
        embedding_chunk_size=c.embedding_chunk_size,
    )


def context_config_to_pb(c: ContextConfig) -> agent_pb2.ContextConfig:
    return agent_pb2.ContextConfig(
        warning_threshold=c.warning_threshold, flush_threshold=c.flush_threshold, evict_fraction=c.evict_fraction
    )


def context_config_from_pb(c: agent_pb2.ContextConfig) -> ContextConfig:
    # float32 on the wire: round so 0.7 stays 0.7.
    return ContextConfig(round(c.warning_threshold, 6), round(c.flush_threshold, 6), round(c.evict_fraction, 6))


def block_to_pb(b: Block) -> agent_pb2.MemoryBlock:
    return agent_pb2.MemoryBlock(
        label=b.label,
        value=b.value,
        limit=b.limit,
        description=b.description,
        read_only=b.read_only,
        update_time=ts(b.update_time),
    )


def block_from_pb(b: agent_pb2.MemoryBlock) -> Block:
    return Block(
        label=b.label,
        value=b.value,
        limit=b.limit,
        description=b.description,
        read_only=b.read_only,
        update_time=output_seconds(b.update_time),  # kept on the hop from the memory server; stores set it
    )


def tools_to_pb(c: ToolConfig) -> dict[str, object]:
    """The tool fields of Agent (and CreateAgentRequest), as keyword arguments."""
    return {
        "client_tools": [
            tool_pb2.ClientTool(name=t.name, description=t.description, parameters=t.parameters) for t in c.client_tools
        ],
        "tools_requiring_approval": list(c.requiring_approval),
        "client_tool_timeout_seconds": c.client_tool_timeout,
        "approval_timeout_seconds": c.approval_timeout,
        "enable_wakeups": c.wakeups,
    }


def tools_from_pb(a: agent_pb2.Agent | object) -> ToolConfig:
    """The tool fields of an Agent or CreateAgentRequest (timeouts 0: the defaults, filled in later)."""
    return ToolConfig(
        client_tools=tuple(ClientTool(t.name, t.description, t.parameters) for t in a.client_tools),  # type: ignore[attr-defined]
        requiring_approval=tuple(a.tools_requiring_approval),  # type: ignore[attr-defined]
        client_tool_timeout=a.client_tool_timeout_seconds,  # type: ignore[attr-defined]
        approval_timeout=a.approval_timeout_seconds,  # type: ignore[attr-defined]
        wakeups=a.enable_wakeups,  # type: ignore[attr-defined]
    )


def agent_to_pb(a: Agent) -> agent_pb2.Agent:
    """An agent, or the part of one an update names (configs left out stay unset)."""
    return agent_pb2.Agent(
        id=a.id,
        name=a.name,
        system=a.system,
        llm_config=llm_config_to_pb(a.llm_config) if a.llm_config is not None else None,
        embedding_config=embedding_config_to_pb(a.embedding_config) if a.embedding_config is not None else None,
        memory_blocks=[block_to_pb(b) for b in a.blocks],
        context_config=context_config_to_pb(a.context_config) if a.context_config is not None else None,
        create_time=ts(a.create_time),
        update_time=ts(a.update_time),
        max_steps=a.max_steps,
        consolidation_config=consolidation_to_pb(a.consolidation) if a.consolidation is not None else None,
        **tools_to_pb(a.tools),  # type: ignore[arg-type]
    )


def agent_from_pb(a: agent_pb2.Agent) -> Agent:
    return Agent(
        id=a.id,
        name=a.name,
        system=a.system,
        llm_config=llm_config_from_pb(a.llm_config) if a.HasField("llm_config") else None,  # type: ignore[arg-type]
        embedding_config=embedding_config_from_pb(a.embedding_config) if a.HasField("embedding_config") else None,  # type: ignore[arg-type]
        context_config=context_config_from_pb(a.context_config) if a.HasField("context_config") else None,  # type: ignore[arg-type]
        max_steps=a.max_steps,
        blocks=[block_from_pb(b) for b in a.memory_blocks],
        create_time=output_seconds(a.create_time),
        update_time=output_seconds(a.update_time),
        tools=tools_from_pb(a),
        consolidation=consolidation_from_pb(a.consolidation_config)
        if a.HasField("consolidation_config")
        else ConsolidationConfig(),
    )


def consolidation_to_pb(c: ConsolidationConfig) -> agent_pb2.ConsolidationConfig | None:
    """A consolidation config (unset when it is all defaults: off)."""
    if c == ConsolidationConfig():
        return None
    return agent_pb2.ConsolidationConfig(
        enabled=c.enabled,
        every_n_turns=c.every_n_turns,
        idle_seconds=c.idle_seconds,
        llm_config=llm_config_to_pb(c.llm_config) if c.llm_config is not None else None,
        max_steps=c.max_steps,
        max_tokens=c.max_tokens,
    )


def consolidation_from_pb(c: agent_pb2.ConsolidationConfig) -> ConsolidationConfig:
    """A given consolidation config (0s stand for the defaults, filled in by the checks)."""
    return ConsolidationConfig(
        enabled=c.enabled,
        every_n_turns=c.every_n_turns,
        idle_seconds=c.idle_seconds,
        llm_config=llm_config_from_pb(c.llm_config) if c.HasField("llm_config") else None,
        max_steps=c.max_steps,
        max_tokens=c.max_tokens,
    )


def stored_agent_from_pb(a: agent_pb2.Agent) -> Agent:
    """An agent as the store returns it: every config present."""
    agent = agent_from_pb(a)
    agent.llm_config = agent.llm_config or LlmConfig("", 0)
    agent.embedding_config = agent.embedding_config or EmbeddingConfig()
    agent.context_config = agent.context_config or ContextConfig()
    for block, pb in zip(agent.blocks, a.memory_blocks, strict=True):
        block.update_time = output_seconds(pb.update_time)
    return agent


# ----- messages --------------------------------------------------------------------------


def message_to_pb(m: Message) -> message_pb2.Message:
    return message_pb2.Message(
        id=m.id,
        agent_id=m.agent_id,
        sequence=m.sequence,
        role=ROLE_TO_PB[m.role],
        content=m.content,
        inner_thoughts=m.inner_thoughts,
        tool_calls=[message_pb2.ToolCall(id=c.id, name=c.name, arguments=c.arguments) for c in m.tool_calls],
        tool_call_id=m.tool_call_id,
        name=m.name,
        in_context=m.in_context,
        token_count=m.token_count,
        turn_id=m.turn_id,
        create_time=ts(m.create_time),
    )


def message_from_pb(m: message_pb2.Message) -> Message:
    return Message(
        id=m.id,
        role=role_from_pb(m.role),
        content=m.content,
        inner_thoughts=m.inner_thoughts,
        tool_calls=tuple(ToolCall(c.id, c.name, c.arguments) for c in m.tool_calls),
        tool_call_id=m.tool_call_id,
        name=m.name,
        token_count=m.token_count,
        turn_id=m.turn_id,
        in_context=m.in_context,
        agent_id=m.agent_id,
        sequence=m.sequence,
        create_time=output_seconds(m.create_time),
    )


def state_to_pb(s: ContextState) -> agent_store_service_pb2.ContextState:
    return agent_store_service_pb2.ContextState(
        summary=s.summary,
        summary_token_count=s.summary_token_count,
        summary_pending=s.summary_pending,
        warned=s.warned,
        evicted_through_sequence=s.evicted_through_sequence,
        summarized_through_sequence=s.summarized_through_sequence,
        consolidated_through_sequence=s.consolidated_through_sequence,
        turns_since_consolidation=s.turns_since_consolidation,
        consolidation_due_time=ts(s.consolidation_due_time),
    )


def state_from_pb(s: agent_store_service_pb2.ContextState) -> ContextState:
    return ContextState(
        s.summary,
        s.summary_token_count,
        s.summary_pending,
        s.warned,
        s.evicted_through_sequence,
        s.summarized_through_sequence,
        s.consolidated_through_sequence,
        s.turns_since_consolidation,
        output_seconds(s.consolidation_due_time),
    )


def turn_record_to_pb(t: TurnRecord) -> agent_store_service_pb2.TurnRecord:
    return agent_store_service_pb2.TurnRecord(
        id=t.id,
        status=t.status,
        due_time=ts(t.due_time),
        request_id=t.request_id,
        create_time=ts(t.create_time),
        update_time=ts(t.update_time),
        state_json=t.state_json,
        last_sequence=t.last_sequence,
    )


def turn_record_from_pb(t: agent_store_service_pb2.TurnRecord, agent_id: str) -> TurnRecord:
    return TurnRecord(
        id=t.id,
        agent_id=agent_id,
        status=t.status,
        state_json=t.state_json,
        due_time=output_seconds(t.due_time),
        request_id=t.request_id,
        create_time=output_seconds(t.create_time),
        update_time=output_seconds(t.update_time),
        last_sequence=t.last_sequence,
    )


# ----- memory ----------------------------------------------------------------------------


def passage_to_pb(p: Passage) -> memory_pb2.Passage:
    out = memory_pb2.Passage(
        id=p.id, agent_id=p.agent_id, content=p.content, tags=list(p.tags), create_time=ts(p.create_time)
    )
    out.version = p.version
    if p.update_time:
        out.update_time.CopyFrom(ts(p.update_time))
    return out


def passage_from_pb(p: memory_pb2.Passage) -> Passage:
    updated = output_seconds(p.update_time) if p.HasField("update_time") else 0.0
    return Passage(p.id, p.agent_id, p.content, tuple(p.tags), output_seconds(p.create_time), p.version or 1, updated)


def passage_version_to_pb(v: PassageVersion) -> memory_pb2.PassageVersion:
    return memory_pb2.PassageVersion(
        passage_id=v.passage_id,
        version=v.version,
        content=v.content,
        tags=list(v.tags),
        create_time=ts(v.create_time),
        end_time=ts(v.end_time),
        ended_by=v.ended_by,
    )


def passage_version_from_pb(v: memory_pb2.PassageVersion) -> PassageVersion:
    return PassageVersion(
        v.passage_id,
        v.version,
        v.content,
        tuple(v.tags),
        output_seconds(v.create_time),
        output_seconds(v.end_time),
        v.ended_by,
    )


def archival_hit_to_pb(h: ArchivalHit) -> memory_pb2.ArchivalHit:
    return memory_pb2.ArchivalHit(passage=passage_to_pb(h.passage), score=h.score)


def recall_hit_to_pb(h: RecallHit) -> memory_pb2.RecallHit:
    return memory_pb2.RecallHit(message=message_to_pb(h.message), score=h.score)


def document_from_pb(r: memory_service_pb2.IngestDocumentRequest) -> DocumentInput:
    return DocumentInput(
        name=r.name,
        content=r.content,
        mime_type=r.mime_type,
        tags=tuple(r.tags),
        chunk_size=r.chunk_size,
        chunk_overlap=r.chunk_overlap,
        notify_agent=r.notify_agent,
    )


def document_to_pb(agent_id: str, d: DocumentInput) -> memory_service_pb2.IngestDocumentRequest:
    return memory_service_pb2.IngestDocumentRequest(
        agent_id=agent_id,
        name=d.name,
        content=d.content,
        mime_type=d.mime_type,
        tags=list(d.tags),
        chunk_size=d.chunk_size,
        chunk_overlap=d.chunk_overlap,
        notify_agent=d.notify_agent,
    )


def ingest_event_to_pb(event: IngestProgress | IngestResult) -> memory_service_pb2.IngestDocumentResponse:
    if isinstance(event, IngestProgress):
        progress = memory_service_pb2.IngestProgress(chunks_done=event.chunks_done, chunks_total=event.chunks_total)
        return memory_service_pb2.IngestDocumentResponse(progress=progress)
    result = memory_service_pb2.IngestResult(
        document_id=event.document_id,
        chunks_total=event.chunks_total,
        chunks_created=event.chunks_created,
        chunks_existing=event.chunks_existing,
        document_tag=event.document_tag,
        wakeup_id=event.wakeup_id,
    )
    return memory_service_pb2.IngestDocumentResponse(result=result)


def ingest_event_from_pb(response: memory_service_pb2.IngestDocumentResponse) -> IngestProgress | IngestResult:
    if response.WhichOneof("event") == "progress":
        return IngestProgress(response.progress.chunks_done, response.progress.chunks_total)
    r = response.result
    return IngestResult(r.document_id, r.chunks_total, r.chunks_created, r.chunks_existing, r.document_tag, r.wakeup_id)
