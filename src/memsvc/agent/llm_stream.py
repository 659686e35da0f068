"""A streamed chat completion: the LLM's reply read chunk by chunk (`stream: true`), its
deltas sent on as they come (deltas.StreamedReply), then put together into the same
ChatCompletion the unary call returns, so everything after the call is unchanged.

LlmClient (llm.py) runs this within its per-attempt deadline and cancel; once a delta
went out (`TokenStream.sent`) a failed attempt is not retried: the client has seen
text that a second reply would contradict.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import openai
from openai.types.chat import ChatCompletion

from memsvc.agent.deltas import Delta, StreamedReply


class StreamBroken(Exception):
    """The streamed reply was cut off after it began (the connection broke or closed early)."""


@dataclass(slots=True)
class TokenStream:
    """Where a streamed call's deltas go, and how to read them.

    `kwargs_mode` is the agent's put_inner_thoughts_in_kwargs; `streams_message(name)` says
    whether a call of that function streams its `message` (send_message, unless it needs
    approval); `send` gets each batch of deltas as a chunk brings them.
    """

    kwargs_mode: bool
    streams_message: Callable[[str], bool]
    send: Callable[[list[Delta]], Awaitable[None]]
    sent: bool = False  # whether a delta went out in this call (then it is not retried)

    async def deliver(self, deltas: list[Delta]) -> None:
        if deltas:
            self.sent = True
            await self.send(deltas)


async def streamed_completion(
    client: openai.AsyncOpenAI,
    body: dict[str, Any],
    tokens: TokenStream,
    text_calls: Callable[[str], list[Any]] | None = None,
) -> ChatCompletion:
    """One streamed request, read to its end; the reply as a ChatCompletion. `text_calls` reads
    function calls a model wrote as text (llm.calls_in_text), so their deltas match."""
    reply = StreamedReply(tokens.kwargs_mode, tokens.streams_message, text_calls)
    body = {**body, "stream": True, "stream_options": {"include_usage": True}}
    stream = await client.post(
        "/chat/completions",
        body=body,
        cast_to=ChatCompletion,
        stream=True,
        stream_cls=openai.AsyncStream[object],  # each chunk as parsed JSON (StreamedReply.feed)
    )
    chose = False  # whether any chunk had a choice (none at all is an invalid reply)
    model = ""
    async with stream:
        try:
            async for chunk in stream:
                if isinstance(chunk, dict):
                    chose = chose or bool(chunk.get("choices"))
                    model = model or str(chunk.get("model") or "")
                await tokens.deliver(reply.feed(chunk))
        except (openai.APIConnectionError, httpx.TransportError) as exc:
            raise StreamBroken(type(exc.__cause__ or exc).__name__) from exc
    await tokens.deliver(reply.finish())
    return completion(reply, model, chose)


def completion(reply: StreamedReply, model: str, chose: bool) -> ChatCompletion:
    """The streamed reply as the ChatCompletion a unary call would have returned."""
    message: dict[str, Any] = {"role": "assistant", "content": reply.content or None}
    if reply.reasoning:
        message["reasoning_content"] = reply.reasoning
    calls = [
        {"id": call.id, "type": "function", "function": {"name": call.name, "arguments": call.arguments}}
        for _, call in sorted(reply.calls.items())
    ]
    if calls:
        message["tool_calls"] = calls
    choices = [{"index": 0, "message": message, "finish_reason": reply.finish_reason or "stop"}] if chose else []
    usage = reply.usage
    return ChatCompletion.construct(
        id="streamed", object="chat.completion", created=0, model=model, choices=choices, usage=usage
    )
