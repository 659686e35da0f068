"""Stored messages in the chat-completions format an OpenAI-compatible LLM reads (and tokens are
counted on): used by the loop's prompt and by the memory server where it counts imported messages."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from memsvc.models import Message, Role


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")


def to_openai(message: Message) -> dict[str, Any]:
    """One stored message in the chat-completions format."""
    if message.role is Role.USER:
        return {"role": "user", "content": message.content}
    if message.role is Role.SYSTEM:
        packed = {"type": message.name or "system_alert", "message": message.content, "time": iso(message.create_time)}
        return {"role": "user", "content": json.dumps(packed, ensure_ascii=False)}
    if message.role is Role.TOOL:
        return {"role": "tool", "tool_call_id": message.tool_call_id, "content": message.content}
    out: dict[str, Any] = {"role": "assistant", "content": message.content or None}
    if message.tool_calls:
        out["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in message.tool_calls
        ]
    return out
