"""`memsvc mcp`, driven by the MCP SDK's own client, over stdio and over streamable HTTP.

The MCP server runs as its own process, a client of the gRPC API under test (as a coding
assistant starts it), so everything it does goes through the public API.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters

from memsvc.v1 import memory_service_pb2 as mpb
from tests.helpers import create_agent
from tests.procs import free_port

pytestmark = pytest.mark.layouts

TOOLS = {
    "list_memory_blocks",
    "core_memory_append",
    "core_memory_replace",
    "set_memory_block",
    "conversation_search",
    "archival_memory_insert",
    "archival_memory_search",
    "archival_memory_update",
    "get_memory_context",
    "remember_conversation",
}


def payload(result: Any) -> Any:
    """A tool's result as JSON (structured content, else the text)."""
    assert not result.is_error, result.content[0].text
    data = result.structured_content
    if isinstance(data, dict) and set(data) == {"result"}:
        return data["result"]
    if data is not None:
        return data
    text = result.content[0].text
    try:
        return json.loads(text)
    except ValueError:
        return text


def command(address: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "memsvc", "mcp", "--address", address, *args]


@pytest.fixture
def address(deployment) -> str:
    return deployment.address


@pytest.fixture
def key_args(deployment) -> list[str]:
    """The tenant's key in the split layout (API keys on), as `memsvc mcp --api-key`."""
    return ["--api-key", deployment.api_key] if deployment.api_key else []


@contextlib.contextmanager
def http_mcp(address: str, key_args: list[str]) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        command(address, "--transport", "http", "--port", str(port), *key_args),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "MEMSVC_AGENT_ID": ""},
    )
    try:
        deadline = time.monotonic() + 30
        while True:  # wait until it accepts connections
            with contextlib.suppress(OSError):
                import socket

                socket.create_connection(("127.0.0.1", port), 0.5).close()
                break
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "memsvc mcp --transport http did not start"
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        proc.terminate()
        proc.wait(10)


async def test_stdio_tools_and_resources_for_the_configured_agent(address, key_args, agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    args = command(address, "--agent-id", agent.id, *key_args)[1:]
    params = StdioServerParameters(command=sys.executable, args=args)
    async with Client(params) as client:
        tools = {t.name for t in (await client.list_tools()).tools}
        assert tools >= TOOLS

        blocks = payload(await client.call_tool("list_memory_blocks", {}))
        assert {b["label"]: b["value"] for b in blocks}["human"] == "My name is Xiaoming, I am a product manager"
        changed = payload(
            await client.call_tool(
                "core_memory_replace", {"label": "human", "old_content": "Xiaoming", "new_content": "Alibaba"}
            )
        )
        assert changed["value"] == "My name is Alibaba, I am a product manager"
        stored = await memory.GetMemoryBlock(mpb.GetMemoryBlockRequest(agent_id=agent.id, label="human"))
        assert stored.block.value == "My name is Alibaba, I am a product manager"  # through the gRPC API

        inserted = payload(
            await client.call_tool("archival_memory_insert", {"content": "Alibaba drinks Longjing tea", "tags": ["t"]})
        )
        assert inserted["created"] is True
        hits = payload(await client.call_tool("archival_memory_search", {"query": "Longjing tea"}))
        assert hits[0]["content"] == "Alibaba drinks Longjing tea"
        assert hits[0]["id"] == inserted["passage"]["id"]

        updated = payload(
            await client.call_tool(
                "archival_memory_update",
                {"passage_id": inserted["passage"]["id"], "content": "Alibaba drinks Longjing tea, no sugar"},
            )
        )
        assert (updated["id"], updated["content"]) == (
            inserted["passage"]["id"],
            "Alibaba drinks Longjing tea, no sugar",
        )
        hits = payload(await client.call_tool("archival_memory_search", {"query": "Longjing tea sugar"}))
        assert hits[0]["content"] == "Alibaba drinks Longjing tea, no sugar"

        context = payload(await client.call_tool("get_memory_context", {"query": "tea"}))
        assert context.startswith("<memory>")
        assert "My name is Alibaba" in context
        assert "Alibaba drinks Longjing tea, no sugar" in context

        failed = await client.call_tool("core_memory_append", {"label": "no-such-block", "content": "x"})
        assert failed.is_error
        assert "BLOCK_NOT_FOUND" in failed.content[0].text

        resources = {str(r.uri) for r in (await client.list_resources()).resources}
        uri = f"memsvc://agents/{agent.id}/blocks/human"
        assert uri in resources
        read = await client.read_resource(uri)
        assert read.contents[0].text == "My name is Alibaba, I am a product manager"
        templates = [t.uri_template for t in (await client.list_resource_templates()).resource_templates]
        assert "memsvc://agents/{agent_id}/blocks/{label}" in templates


async def test_streamable_http_with_the_agent_named_per_call(address, key_args, agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    with http_mcp(address, key_args) as url:
        async with Client(url) as client:
            assert {t.name for t in (await client.list_tools()).tools} >= TOOLS
            unnamed = await client.call_tool("list_memory_blocks", {})
            assert unnamed.is_error
            assert "no agent" in unnamed.content[0].text

            remembered = payload(
                await client.call_tool(
                    "remember_conversation",
                    {
                        "agent_id": agent.id,
                        "messages": [
                            {"role": "user", "content": "My cat Mochi turned three", "time": "2026-11-30T10:00:00Z"},
                            {"role": "assistant", "content": "Happy birthday to Mochi!"},
                        ],
                    },
                )
            )
            assert remembered == {"stored": 2, "memory_calls": []}
            found = payload(await client.call_tool("conversation_search", {"agent_id": agent.id, "query": "Mochi"}))
            assert {h["content"] for h in found} == {"My cat Mochi turned three", "Happy birthday to Mochi!"}
            said = next(h for h in found if h["role"] == "user")
            assert said["time"] == "2026-11-30T10:00:00Z"

            await client.call_tool("set_memory_block", {"agent_id": agent.id, "label": "persona", "value": "Helpful"})
            read = await client.read_resource(f"memsvc://agents/{agent.id}/blocks/persona")
            assert read.contents[0].text == "Helpful"
