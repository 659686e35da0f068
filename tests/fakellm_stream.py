"""The fake LLM's streamed replies (fakellm.py): OpenAI's server-sent chunks, cut where a
streaming parser trips if the test asks."""

from __future__ import annotations

import itertools
import json
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.fakellm import Reply


def write_stream(h: Any, model: str, message: dict[str, Any], usage: dict[str, int] | None, reply: Reply) -> None:
    """Answers a streamed request: the reply's message as server-sent chunks (see fakellm.py)."""
    cut = reply.pieces or (lambda text: [text[i : i + 16] for i in range(0, len(text), 16)])
    chunks: list[dict[str, Any]] = [{"role": "assistant", "content": ""}]
    chunks += [{"reasoning_content": piece} for piece in cut(message.get("reasoning_content") or "")]
    chunks += [{"content": piece} for piece in cut(message.get("content") or "")]
    for i, tc in enumerate(message.get("tool_calls", [])):
        function = {"name": tc["function"]["name"], "arguments": ""}
        chunks.append({"tool_calls": [{"index": i, "id": tc["id"], "type": "function", "function": function}]})
        for piece in cut(tc["function"]["arguments"]):
            chunks.append({"tool_calls": [{"index": i, "function": {"arguments": piece}}]})
    finish = "tool_calls" if message.get("tool_calls") else "stop"
    events = [chunk(model, [{"index": 0, "delta": delta, "finish_reason": None}]) for delta in chunks]
    events.append(chunk(model, [{"index": 0, "delta": {}, "finish_reason": finish}]))
    if usage is not None:
        events.append(chunk(model, [], usage))
    h.send_response(200)
    h.send_header("content-type", "text/event-stream")
    h.send_header("transfer-encoding", "chunked")
    h.end_headers()
    h.wfile.flush()

    def write(raw: bytes) -> None:
        if not reply.first_byte_time:
            reply.first_byte_time = time.perf_counter()
        h.wfile.write(f"{len(raw):x}\r\n".encode() + raw + b"\r\n")
        h.wfile.flush()
        reply.sent_bytes += len(raw)

    reply.body_bytes = sum(len(f"data: {e}\n\n".encode()) for e in [*events, "[DONE]"])
    for n, event in enumerate([*events, "[DONE]"]):
        if n and reply.chunk_delay:
            time.sleep(reply.chunk_delay)
        if reply.hold is not None and reply.hold_after and n == reply.hold_after:
            reply.hold.wait(900)  # longer than any test may run (pytest-timeout)
        if reply.break_after and n == reply.break_after:
            h.close_connection = True  # no terminating chunk: the client sees the body cut off
            return
        raw = f"data: {event}\n\n".encode()
        step = reply.wire or len(raw)
        for start in range(0, len(raw), step):
            write(raw[start : start + step])
    h.wfile.write(b"0\r\n\r\n")


def chunk(model: str, choices: list[dict[str, Any]], usage: dict[str, int] | None = None) -> str:
    """One server-sent chat.completion.chunk, as OpenAI sends it (UTF-8, not escaped)."""
    payload: dict[str, Any] = {
        "id": "chatcmpl-s",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": choices,
    }
    if usage is not None:
        payload["usage"] = usage
    return json.dumps(payload, ensure_ascii=False)


def awkward(text: str, every: int = 3) -> list[str]:
    """`text` cut where a streaming parser trips: right after each backslash, inside each
    \\uXXXX escape and between the two escapes of a surrogate pair, before and after each
    non-ASCII character, and every `every` characters between."""
    cuts = {0, len(text)}
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            cuts.add(i + 1)
            if text[i + 1 : i + 2] == "u":
                cuts.update((i + 3, i + 6))  # \\u12|34| and after: a pair's halves arrive apart
                i += 6
                continue
            i += 2
            continue
        if not ch.isascii():
            cuts.update((i, i + 1))
        if i % every == 0:
            cuts.add(i)
        i += 1
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    return [text[a:b] for a, b in itertools.pairwise(points) if b > a]
