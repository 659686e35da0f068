"""Rows <-> domain dataclasses, and times as integer microseconds."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from sqlalchemy.engine import Row

from memsvc.models import (
    Agent,
    Block,
    ClientTool,
    ConsolidationConfig,
    ContextConfig,
    ContextState,
    EmbeddingConfig,
    LlmConfig,
    Message,
    Passage,
    Role,
    ToolCall,
    ToolConfig,
    TurnRecord,
    micros,
)
from memsvc.storage import textsearch


def us(seconds: float) -> int:
    return micros(seconds)


def s(micros: int) -> float:
    return micros / 1_000_000


def agent_from_row(row: Row[Any], agent_blocks: list[Block]) -> Agent:
    return Agent(
        id=row.id,
        name=row.name,
        system=row.system,
        llm_config=LlmConfig(**json.loads(row.llm_config)),
        embedding_config=EmbeddingConfig(**json.loads(row.embedding_config)),
        context_config=ContextConfig(**json.loads(row.context_config)),
        max_steps=row.max_steps,
        blocks=agent_blocks,
        create_time=s(row.create_us),
        update_time=s(row.update_us),
        tools=tool_config_from_json(row.tool_config),
        consolidation=consolidation_from_json(row.consolidation_config),
    )


def consolidation_json(config: ConsolidationConfig) -> str:
    if config == ConsolidationConfig():
        return ""
    return json.dumps(asdict(config), ensure_ascii=False)


def consolidation_from_json(text: str) -> ConsolidationConfig:
    if not text:
        return ConsolidationConfig()
    data = json.loads(text)
    llm = data.pop("llm_config", None)
    return ConsolidationConfig(**data, llm_config=LlmConfig(**llm) if llm else None)


def tool_config_json(config: ToolConfig) -> str:
    if config == ToolConfig():
        return ""
    return json.dumps(
        {
            "client_tools": [[t.name, t.description, t.parameters] for t in config.client_tools],
            "requiring_approval": list(config.requiring_approval),
            "client_tool_timeout": config.client_tool_timeout,
            "approval_timeout": config.approval_timeout,
            "wakeups": config.wakeups,
        },
        ensure_ascii=False,
    )


def tool_config_from_json(text: str) -> ToolConfig:
    if not text:
        return ToolConfig()
    data = json.loads(text)
    return ToolConfig(
        client_tools=tuple(ClientTool(*t) for t in data["client_tools"]),
        requiring_approval=tuple(data["requiring_approval"]),
        client_tool_timeout=data["client_tool_timeout"],
        approval_timeout=data["approval_timeout"],
        wakeups=bool(data.get("wakeups", False)),
    )


def turn_row(t: TurnRecord) -> dict[str, Any]:
    return {
        "id": t.id,
        "agent_id": t.agent_id,
        "status": t.status,
        "due_us": us(t.due_time),
        "request_id": t.request_id,
        "state_json": t.state_json,
        "create_us": us(t.create_time),
        "update_us": us(t.update_time),
    }


def turn_from_row(row: Row[Any]) -> TurnRecord:
    return TurnRecord(
        id=row.id,
        agent_id=row.agent_id,
        status=row.status,
        state_json=row.state_json,
        due_time=s(row.due_us),
        request_id=row.request_id,
        create_time=s(row.create_us),
        update_time=s(row.update_us),
        last_sequence=int(row._mapping.get("last_sequence") or 0),
    )


def block_from_row(row: Row[Any]) -> Block:
    return Block(
        label=row.label,
        value=row.value,
        limit=row.limit_chars,
        description=row.description,
        read_only=bool(row.read_only),
        update_time=s(row.update_us),
    )


def block_rows(agent_id: str, agent_blocks: list[Block], update_us: int | None = None) -> list[dict[str, Any]]:
    """Rows of an agent's blocks; `update_us` for all of them, else each block's own time."""
    return [
        {
            "agent_id": agent_id,
            "label": b.label,
            "value": b.value,
            "limit_chars": b.limit,
            "description": b.description,
            "read_only": b.read_only,
            "update_us": update_us if update_us is not None else round(b.update_time * 1_000_000),
        }
        for b in agent_blocks
    ]


def state_from_row(row: Row[Any]) -> ContextState:
    """The queue manager's state, kept in the agent's row."""
    return ContextState(
        summary=row.summary,
        summary_token_count=row.summary_tokens,
        summary_pending=bool(row.summary_pending),
        warned=bool(row.warned),
        evicted_through_sequence=row.evicted_through,
        summarized_through_sequence=row.summarized_through,
        consolidated_through_sequence=row.consolidated_through,
        turns_since_consolidation=row.turns_since_consolidation,
        consolidation_due_time=s(row.consolidation_due_us),
    )


def message_row(m: Message) -> dict[str, Any]:
    return {
        "id": m.id,
        "agent_id": m.agent_id,
        "seq": m.sequence,
        "role": m.role.value,
        "content": m.content,
        "inner_thoughts": m.inner_thoughts,
        "tool_calls": json.dumps([[c.id, c.name, c.arguments] for c in m.tool_calls]) if m.tool_calls else "",
        "tool_call_id": m.tool_call_id,
        "name": m.name,
        "token_count": m.token_count,
        "turn_id": m.turn_id,
        "in_context": m.in_context,
        "create_us": us(m.create_time),
        "search_text": textsearch.index_text(textsearch.searchable(m)),
        "embedded": not textsearch.embeddable(m),
    }


def message_from_row(row: Row[Any]) -> Message:
    return Message(
        id=row.id,
        role=Role(row.role),
        content=row.content,
        inner_thoughts=row.inner_thoughts,
        tool_calls=tuple(ToolCall(*c) for c in json.loads(row.tool_calls)) if row.tool_calls else (),
        tool_call_id=row.tool_call_id,
        name=row.name,
        token_count=row.token_count,
        turn_id=row.turn_id,
        in_context=bool(row.in_context),
        agent_id=row.agent_id,
        sequence=row.seq,
        create_time=s(row.create_us),
    )


def passage_from_row(row: Row[Any]) -> Passage:
    return Passage(
        id=row.id,
        agent_id=row.agent_id,
        content=row.content,
        tags=tuple(json.loads(row.tags)),
        create_time=s(row.create_us),
        version=row.version,
        update_time=s(row.update_us) if row.update_us else 0.0,
    )
