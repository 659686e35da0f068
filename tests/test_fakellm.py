"""The scripted LLM itself speaks the OpenAI protocol the real client expects."""

from __future__ import annotations

import json

import openai
import pytest

from tests.fakellm import Call, Reply

pytestmark = pytest.mark.nodb  # left out of the PostgreSQL pass


async def test_streaming_and_plain_tool_calls_through_the_openai_client(fake_llm, model):
    client = openai.AsyncOpenAI(base_url=fake_llm.base_url, api_key="x", max_retries=0)
    tools = [{"type": "function", "function": {"name": "f", "parameters": {"type": "object", "properties": {}}}}]
    reply = Reply(thought="hmm", calls=[Call("f", {"a": "b" * 40}, heartbeat=True)])
    fake_llm.script(model, reply, reply)
    plain = await client.chat.completions.create(model=model, messages=[{"role": "user", "content": "x"}], tools=tools)
    assert plain.choices[0].message.tool_calls[0].function.name == "f"
    stream = await client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": "x"}], tools=tools, stream=True
    )
    args, content = "", ""
    async for chunk in stream:
        delta = chunk.choices[0].delta if chunk.choices else None
        if delta and delta.content:
            content += delta.content
        for tc in (delta.tool_calls if delta else None) or ():
            args += tc.function.arguments or ""
    assert json.loads(args) == {"a": "b" * 40, "request_heartbeat": True}
    assert content == "hmm"
    emb = await client.embeddings.create(model="hash-16", input=["a b", "c"])
    assert [len(d.embedding) for d in emb.data] == [16, 16]
    await client.close()
