"""Agent files (AgentFile) <-> AgentExport, both ways (the agent server forwards ExportAgent and
ImportAgent to the memory server in a split deployment). Times in a file are checked like
any client-given time."""

from __future__ import annotations

from memsvc.models import AgentExport, ContextConfig, ContextState, ImportOutcome
from memsvc.server import convert
from memsvc.v1 import agent_file_pb2, memory_service_pb2


def file_to_pb(e: AgentExport) -> agent_file_pb2.AgentFile:
    return agent_file_pb2.AgentFile(
        format_version=e.format_version,
        exporter=e.exporter,
        export_time=convert.ts(e.export_time),
        agent=convert.agent_to_pb(e.agent),
        messages=[convert.message_to_pb(m) for m in e.messages],
        queue_state=agent_file_pb2.QueueState(
            summary=e.state.summary,
            summary_token_count=e.state.summary_token_count,
            summary_pending=e.state.summary_pending,
            warned=e.state.warned,
            evicted_through_sequence=e.state.evicted_through_sequence,
            summarized_through_sequence=e.state.summarized_through_sequence,
        ),
        passages=[convert.passage_to_pb(p) for p in e.passages],
    )


def _time(stamp: object, present: bool, field: str) -> float:
    return convert.seconds(stamp, present, field) or 0.0  # type: ignore[arg-type]


def file_from_pb(f: agent_file_pb2.AgentFile) -> AgentExport:
    agent = convert.agent_from_pb(f.agent)
    agent.context_config = agent.context_config or ContextConfig()
    agent.create_time = _time(f.agent.create_time, f.agent.HasField("create_time"), "agent_file.agent.create_time")
    agent.update_time = _time(f.agent.update_time, f.agent.HasField("update_time"), "agent_file.agent.update_time")
    for block, pb in zip(agent.blocks, f.agent.memory_blocks, strict=True):
        block.update_time = _time(pb.update_time, pb.HasField("update_time"), "agent_file.agent.memory_blocks")
    messages = []
    for m in f.messages:
        message = convert.message_from_pb(m)
        message.create_time = _time(m.create_time, m.HasField("create_time"), "agent_file.messages.create_time")
        messages.append(message)
    passages = []
    for p in f.passages:
        passage = convert.passage_from_pb(p)
        passage.create_time = _time(p.create_time, p.HasField("create_time"), "agent_file.passages.create_time")
        passages.append(passage)
    q = f.queue_state
    state = ContextState(
        q.summary,
        q.summary_token_count,
        q.summary_pending,
        q.warned,
        q.evicted_through_sequence,
        q.summarized_through_sequence,
    )
    export_time = _time(f.export_time, f.HasField("export_time"), "agent_file.export_time")
    return AgentExport(agent, messages, state, passages, f.format_version, f.exporter, export_time)


def outcome_to_pb(o: ImportOutcome) -> memory_service_pb2.ImportAgentResponse:
    return memory_service_pb2.ImportAgentResponse(
        agent=convert.agent_to_pb(o.agent),
        message_count=o.message_count,
        passage_count=o.passage_count,
        unmapped=o.unmapped,
    )


def outcome_from_pb(r: memory_service_pb2.ImportAgentResponse) -> ImportOutcome:
    return ImportOutcome(convert.stored_agent_from_pb(r.agent), r.message_count, r.passage_count, list(r.unmapped))
