"""Main context assembly: system instructions + working context + summary + queue.

The prompt is a list of OpenAI chat messages:
  1. one system message: the instructions, then the working-context blocks and
     memory metadata (rendered anew only when they change, so the prefix stays
     stable for provider prompt caching);
  2. the recursive summary of evicted messages, as an automated message;
  3. the FIFO queue, oldest first. Each function result is placed right after the
     call it answers; a call without a result (the server died mid-call) gets an
     "interrupted" result, so the LLM always sees well-formed history.
System-role queue messages (heartbeats, alerts, events) go to the LLM as user-role
JSON, as MemGPT does, because many models ignore system messages mid-conversation.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from typing import Any

from memsvc.chat_format import iso, to_openai
from memsvc.models import Agent, ContextState, Message, Role

HEARTBEAT_REQUESTED = (
    "[This is an automated system message hidden from the user] "
    "Function called using request_heartbeat=true, returning control"
)
HEARTBEAT_FAILED = "[This is an automated system message hidden from the user] Function call failed, returning control"
INTERRUPTED = (
    "interrupted: the call may or may not have taken effect (a server stopped or the turn was cancelled); "
    "check before trying it again"
)


def function_result(ok: bool, message: str, ts: float) -> str:
    """A function result as the LLM sees it (Letta's shape)."""
    return json.dumps({"status": "OK" if ok else "Failed", "message": message, "time": iso(ts)}, ensure_ascii=False)


def render_system(agent: Agent, recall_count: int, archival_count: int, *, block_chars: int | None = None) -> str:
    """The system message. With `block_chars`, each block's value is cut to its share of that many
    characters, with a note: an agent whose blocks outgrew its window can still run, and fix them."""
    memory_edited = max((b.update_time for b in agent.blocks), default=agent.create_time)
    total = sum(len(b.value) for b in agent.blocks) or 1
    lines = [agent.system, "", "<memory_blocks>"]
    for block in agent.blocks:
        lines.append(f"<{block.label}>")
        if block.description:
            lines.append(f"<description>{block.description}</description>")
        flags = " read_only=true" if block.read_only else ""
        value = block.value
        if block_chars is not None and total > block_chars:
            shown = block_chars * len(value) // total
            value = (
                f"{value[:shown]}\n[... {len(value) - shown:,} more characters not shown: the memory blocks "
                "outgrew their share of the context window; shorten this block with core_memory_replace, "
                "moving details to archival memory]"
            )
        lines += [
            f"<metadata>chars_current={len(block.value)} chars_limit={block.limit}{flags}</metadata>",
            f"<value>\n{value}\n</value>",
            f"</{block.label}>",
        ]
    lines += [
        "</memory_blocks>",
        "<memory_metadata>",
        f"agent_id: {agent.id}",
        f"memory last edited: {iso(memory_edited)}",
        f"messages in recall storage: {about(recall_count)} (search with conversation_search)",
        f"passages in archival storage: {about(archival_count)} (search with archival_memory_search)",
        "</memory_metadata>",
    ]
    return "\n".join(lines)


def about(n: int) -> str:
    """A count rounded down to its leading digit ("40+", "1,000+"), so the system prompt,
    the start of every request, stays the same for many turns (providers cache it)."""
    if n < 10:
        return str(n)
    scale = 10 ** (len(str(n)) - 1)
    return f"{n // scale * scale:,}+"


def summary_message(state: ContextState) -> dict[str, Any] | None:
    if not state.summary and not state.summary_pending:
        return None
    text = state.summary or "(no summary yet)"
    if state.summary_pending:
        text += (
            "\n[Some older messages were evicted but not yet summarized; they remain in recall storage "
            "(conversation_search).]"
        )
    note = "Note: prior messages have been hidden from view due to context limits. Summary of them:\n"
    return {"role": "user", "content": json.dumps({"type": "system_alert", "message": note + text}, ensure_ascii=False)}


def queue_to_openai(messages: list[Message]) -> list[dict[str, Any]]:
    """The queue as chat messages, each function result right after its call."""
    results = {m.tool_call_id: m for m in messages if m.role is Role.TOOL}
    out: list[dict[str, Any]] = []
    for m in messages:
        if m.role is Role.TOOL:
            continue  # placed after its call below; orphans (call evicted) are dropped
        out.append(_rendered(m))
        for call in m.tool_calls:
            result = results.get(call.id)
            if result is not None:
                out.append(_rendered(result))
            else:
                content = function_result(False, INTERRUPTED, m.create_time)
                out.append({"role": "tool", "tool_call_id": call.id, "content": content})
    return out


_RENDER_CACHE: OrderedDict[str, dict[str, Any]] = OrderedDict()
_RENDER_CACHE_SIZE = 2_000  # ~1 KB each: a few agents' queues


def _rendered(message: Message) -> dict[str, Any]:
    """to_openai, remembered by message id: stored messages never change, and a long queue
    would otherwise be rendered again at every step."""
    out = _RENDER_CACHE.get(message.id)
    if out is None:
        out = _RENDER_CACHE[message.id] = to_openai(message)
        if len(_RENDER_CACHE) > _RENDER_CACHE_SIZE:
            _RENDER_CACHE.popitem(last=False)
    return out


def tools_for_llm(schemas: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "type": "function",
            "function": {"name": s.name, "description": s.description, "parameters": json.loads(s.parameters)},
        }
        for s in schemas
    ]
