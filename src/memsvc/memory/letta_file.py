"""Letta Agent Files (.af) into memsvc's agent file (AgentExport), with a list of what could
not be mapped.

Two shapes are read, both as Letta writes them: the current one (Letta's
`AgentFileSchema`: top-level `agents`, `blocks`, `tools`, `files`, `sources`, `groups`,
`mcp_servers`; an agent names its blocks and tools by id and lists its
`in_context_message_ids`), and the earlier single-agent one (`core_memory`, `messages`,
`in_context_message_indices`, `tools`).

What maps: name, system prompt, LLM and embedding configs, blocks (value, limit,
description, read-only), every message with its tool calls and tool returns and time,
the in-context window (messages before it are evicted; a summary alert at its start
becomes the recursive summary), Letta's heartbeats and alerts (memsvc system messages),
and the base memory tools (memsvc has them all). Archival passages are read from an
agent's `passages` (or `archival_memory`) list when a file carries one (Letta's own
export does not). What does not map (custom tools with source code, tool rules, files
and sources, groups, MCP servers, images, extra agents) is reported, one line each.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from memsvc.chat_format import to_openai
from memsvc.errors import FailedPrecondition, InvalidArgument, MemsvcError
from memsvc.models import (
    AGENT_FILE_VERSION,
    DEFAULT_SYSTEM,
    LOCAL_EMBEDDING_DIM,
    LOCAL_EMBEDDING_MODEL,
    Agent,
    AgentExport,
    Block,
    ContextConfig,
    ContextState,
    EmbeddingConfig,
    LlmConfig,
    Message,
    Passage,
    Role,
    ToolCall,
    now,
)
from memsvc.tokens import TokenCounter

# Letta's base tools that memsvc's executor has under the same name.
MAPPED_TOOLS = frozenset(
    {
        "send_message",
        "core_memory_append",
        "core_memory_replace",
        "archival_memory_insert",
        "archival_memory_search",
        "conversation_search",
        "conversation_search_date",
    }
)
# Embedding endpoints memsvc can call (OpenAI-compatible /embeddings), besides its local model.
OPENAI_COMPATIBLE = frozenset({"openai", "ollama", "vllm", "lmstudio", "together", "deepseek", "local"})
SYSTEM_KINDS = frozenset({"heartbeat", "system_alert", "login", "system_message"})
MAX_FILE_BYTES = 64 * 1024 * 1024


def convert(raw: bytes) -> tuple[AgentExport, list[str]]:
    """A Letta .af file's bytes -> (the agent file to import, what could not be mapped)."""
    if len(raw) > MAX_FILE_BYTES:
        raise InvalidArgument("letta_agent_file is over 64 MiB", field="letta_agent_file")
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise InvalidArgument("letta_agent_file is not JSON", field="letta_agent_file") from None
    if not isinstance(data, dict):
        raise InvalidArgument("letta_agent_file is not a JSON object", field="letta_agent_file")
    unmapped: list[str] = []
    if isinstance(data.get("agents"), list):
        agent_data, blocks_data, tools_data, context_ids = _current(data, unmapped)
    elif "core_memory" in data or "messages" in data:
        agent_data, blocks_data, tools_data, context_ids = _earlier(data)
    else:
        raise _unknown_format(data)
    return _agent_export(agent_data, blocks_data, tools_data, context_ids, unmapped), unmapped


def _unknown_format(data: dict[str, Any]) -> MemsvcError:
    """A JSON object in neither format: say which formats are read, and its version if it has one."""
    readable = (
        f"memsvc reads its own agent files of format_version {AGENT_FILE_VERSION} (from ExportAgent, "
        "`memsvc export`) and Letta Agent Files (.af: `agents`, or the earlier single-agent form with "
        "`core_memory` and `messages`)"
    )
    version = data.get("format_version", data.get("formatVersion", data.get("version")))
    if version is not None and not isinstance(version, dict | list):
        return FailedPrecondition(
            f"the file's format version {str(version)[:40]} is not supported: {readable}", reason="AGENT_FILE_VERSION"
        )
    return InvalidArgument(f"the file is not an agent file this server reads: {readable}", field="letta_agent_file")


def _current(data: dict[str, Any], unmapped: list[str]) -> tuple[dict, list, list, set]:  # type: ignore[type-arg]
    agents = [a for a in data["agents"] if isinstance(a, dict)]
    if not agents:
        raise InvalidArgument("letta_agent_file has no agents", field="letta_agent_file")
    agent = agents[0]
    for other in agents[1:]:
        unmapped.append(f"agent {other.get('name') or other.get('id')!r}: one agent per import (the first was taken)")
    by_id = {b.get("id"): b for b in data.get("blocks") or () if isinstance(b, dict)}
    block_ids = agent.get("block_ids") or list(by_id)
    blocks = [by_id[i] for i in block_ids if i in by_id] + list(agent.get("memory_blocks") or ())
    tools_by_id = {t.get("id"): t for t in data.get("tools") or () if isinstance(t, dict)}
    tool_ids = agent.get("tool_ids") or list(tools_by_id)
    tools = [tools_by_id[i] for i in tool_ids if i in tools_by_id]
    for key, what in (
        ("files", "file"),
        ("sources", "source (a data source for file search)"),
        ("groups", "group (multi-agent)"),
        ("mcp_servers", "MCP server"),
    ):
        for item in data.get(key) or ():
            name = item.get("file_name") or item.get("name") or item.get("server_name") or item.get("id")
            unmapped.append(f"{what} {name!r}: memsvc agents have no {key.replace('_', ' ')}")
    context_ids = set(agent.get("in_context_message_ids") or ())
    return agent, blocks, tools, context_ids


def _earlier(data: dict[str, Any]) -> tuple[dict, list, list, set]:  # type: ignore[type-arg]
    messages = data.get("messages") or []
    indices = data.get("in_context_message_indices")
    if indices is None:
        context = {m.get("id") for m in messages if isinstance(m, dict)}
    else:
        context = {messages[i].get("id", i) for i in indices if isinstance(i, int) and 0 <= i < len(messages)}
    # Messages without ids are named by their index.
    for i, m in enumerate(messages):
        if isinstance(m, dict) and "id" not in m:
            m["id"] = i
    return data, list(data.get("core_memory") or ()), list(data.get("tools") or ()), context


def _time(value: Any) -> float:
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return 0.0
    return 0.0


def _llm(config: dict[str, Any], unmapped: list[str]) -> LlmConfig:
    endpoint_type = str(config.get("model_endpoint_type") or "openai")
    if endpoint_type in ("anthropic", "google_ai", "google_vertex", "bedrock"):
        unmapped.append(
            f"llm_config.model_endpoint_type {endpoint_type!r} is not OpenAI-compatible: kept, but point the agent "
            "(UpdateAgent) or MEMSVC_LLM_BASE_URL at an OpenAI-compatible endpoint"
        )
    inner = config.get("put_inner_thoughts_in_kwargs")
    return LlmConfig(
        model=str(config.get("model") or ""),
        context_window=int(config.get("context_window") or 8192),
        model_endpoint=str(config.get("model_endpoint") or ""),
        model_endpoint_type=endpoint_type,
        put_inner_thoughts_in_kwargs=True if inner is None else bool(inner),
        temperature=config.get("temperature"),
        max_tokens=int(config.get("max_tokens") or 1024),
    )


def _embedding(config: dict[str, Any], unmapped: list[str]) -> EmbeddingConfig:
    endpoint_type = str(config.get("embedding_endpoint_type") or "local")
    if endpoint_type not in OPENAI_COMPATIBLE:
        unmapped.append(
            f"embedding_config {endpoint_type!r} ({config.get('embedding_model')}) is not an OpenAI-compatible "
            f"endpoint memsvc can call: the agent uses the built-in {LOCAL_EMBEDDING_MODEL} instead"
        )
        return EmbeddingConfig()
    if endpoint_type == "local":
        return EmbeddingConfig()
    return EmbeddingConfig(
        embedding_model=str(config.get("embedding_model") or ""),
        embedding_endpoint=str(config.get("embedding_endpoint") or ""),
        embedding_endpoint_type=endpoint_type,
        embedding_dim=int(config.get("embedding_dim") or LOCAL_EMBEDDING_DIM),
        embedding_chunk_size=int(config.get("embedding_chunk_size") or 300),
    )


def _text(content: Any) -> tuple[str, str, int]:
    """(text, reasoning, parts that are neither) of a Letta message content (a string or parts)."""
    if isinstance(content, str):
        return content, "", 0
    texts, reasoning, other = [], [], 0
    for part in content or ():
        if not isinstance(part, dict):
            continue
        kind = part.get("type")
        if kind == "text":
            texts.append(str(part.get("text") or ""))
        elif kind in ("reasoning", "omitted_reasoning"):
            reasoning.append(str(part.get("reasoning") or ""))
        elif kind in ("tool_call", "tool_return"):
            continue  # carried by tool_calls / tool_returns
        else:
            other += 1
    return "\n".join(t for t in texts if t), "\n".join(r for r in reasoning if r), other


def _packed(text: str) -> dict[str, Any] | None:
    """Letta's JSON-packed user messages: {"type": "user_message" | "heartbeat" | ..., "message": ...}."""
    if not text.startswith("{"):
        return None
    try:
        packed = json.loads(text)
    except ValueError:
        return None
    return packed if isinstance(packed, dict) and isinstance(packed.get("type"), str) else None


def _message(m: dict[str, Any], unmapped_parts: list[int]) -> Message | None:
    """One Letta message as memsvc's, or None for the rendered system prompt."""
    role = str(m.get("role") or "")
    text, reasoning, other = _text(m.get("content"))
    unmapped_parts[0] += other
    created = _time(m.get("created_at"))
    if role == "system":
        return None
    if role == "user":
        packed = _packed(text)
        if packed is not None and packed["type"] in SYSTEM_KINDS:
            body = str(packed.get("message") or packed.get("reason") or text)
            return Message("", Role.SYSTEM, content=body, name=packed["type"], create_time=created)
        if packed is not None and packed["type"] == "user_message":
            text = str(packed.get("message") or "")
        return Message("", Role.USER, content=text, create_time=created)
    if role == "assistant":
        calls = tuple(
            ToolCall(
                str(c.get("id") or ""),
                str((c.get("function") or {}).get("name") or ""),
                str((c.get("function") or {}).get("arguments") or "{}"),
            )
            for c in m.get("tool_calls") or ()
            if isinstance(c, dict)
        )
        thoughts = "\n".join(t for t in (reasoning, text) if t)
        return Message("", Role.ASSISTANT, inner_thoughts=thoughts, tool_calls=calls, create_time=created)
    if role == "tool":
        if not text:
            returns = m.get("tool_returns") or [{}]
            text = str(returns[0].get("func_response") or "") if isinstance(returns[0], dict) else ""
        return Message(
            "",
            Role.TOOL,
            content=text,
            tool_call_id=str(m.get("tool_call_id") or ""),
            name=str(m.get("name") or ""),
            create_time=created,
        )
    return None


def _agent_export(
    data: dict[str, Any], blocks: list[Any], tools: list[Any], context_ids: set[Any], unmapped: list[str]
) -> AgentExport:
    llm = _llm(data.get("llm_config") or {}, unmapped)
    embedding = _embedding(data.get("embedding_config") or {}, unmapped)
    stamp = now()
    agent = Agent(
        id=str(uuid.uuid4()),
        name=str(data.get("name") or "letta-agent")[:256],
        llm_config=llm,
        system=str(data.get("system") or ""),
        embedding_config=embedding,
        context_config=ContextConfig(),
        blocks=[
            Block(
                label=str(b.get("label") or ""),
                value=str(b.get("value") or ""),
                limit=int(b.get("limit") or 5000),
                description=str(b.get("description") or ""),
                read_only=bool(b.get("read_only")),
                update_time=stamp,
            )
            for b in blocks
            if isinstance(b, dict)
        ],
        create_time=_time(data.get("created_at")) or stamp,
        update_time=stamp,
    )
    if not agent.system:
        agent.system = DEFAULT_SYSTEM
        unmapped.append("system: the file has no system prompt; memsvc's MemGPT instructions are used")
    for tool in tools:
        if isinstance(tool, dict) and tool.get("name") not in MAPPED_TOOLS:
            kind = tool.get("tool_type") or ("custom, with source code" if tool.get("source_code") else "custom")
            unmapped.append(f"tool {tool.get('name')!r} ({kind}): memsvc has no such function")
    if data.get("tool_rules"):
        unmapped.append(f"tool_rules ({len(data['tool_rules'])}): memsvc chains by heartbeat only")
    for key in ("tags", "metadata", "description", "tool_exec_environment_variables"):
        if data.get(key):
            unmapped.append(f"{key}: memsvc agents have no {key.replace('_', ' ')}")
    messages, state = _messages(data.get("messages") or [], context_ids, llm, unmapped)
    passages = [
        Passage(
            "", "", str(p.get("text") or p.get("content") or ""), tuple(p.get("tags") or ()), _time(p.get("created_at"))
        )
        for p in (data.get("passages") or data.get("archival_memory") or ())
        if isinstance(p, dict) and (p.get("text") or p.get("content"))
    ]
    return AgentExport(agent, messages, state, passages)


def _messages(
    raw: list[Any], context_ids: set[Any], llm: LlmConfig, unmapped: list[str]
) -> tuple[list[Message], ContextState]:
    counter = TokenCounter(llm.model)
    parts = [0]
    out: list[Message] = []
    in_context: list[bool] = []
    skipped_system = 0
    for m in raw:
        if not isinstance(m, dict):
            continue
        message = _message(m, parts)
        if message is None:
            skipped_system += m.get("role") == "system"
            continue
        message.id = str(uuid.uuid4())
        message.sequence = len(out) + 1
        message.token_count = counter.message(to_openai(message))
        out.append(message)
        in_context.append(m.get("id") in context_ids)
    if parts[0]:
        unmapped.append(f"{parts[0]} message part(s) that are not text (images, files): left out")
    if skipped_system:
        unmapped.append(
            f"{skipped_system} rendered system message(s): not kept as messages (memsvc renders the system "
            "message from `system` and the blocks at every step)"
        )
    state = ContextState()
    first = next((i for i, flag in enumerate(in_context) if flag), len(out))
    # A summary alert at the start of the window is Letta's recursive summary.
    if first < len(out) and out[first].role is Role.SYSTEM and out[first].name == "system_alert":
        state.summary = out[first].content
        state.summary_token_count = counter.text(state.summary)
        in_context[first] = False
        first += 1
    state.evicted_through_sequence = state.summarized_through_sequence = first
    for message, flag in zip(out, in_context, strict=True):
        message.in_context = flag and message.sequence > first
    return out, state
