"""The README's grpcurl walk-through, run with `buf curl` against server reflection.

grpcurl itself cannot be installed here; `buf curl` speaks the same protocol with the
same JSON bodies, so these are the calls a newcomer makes by hand.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from memsvc.server.app import start
from tests.conftest import make_settings
from tests.fakellm import Call, Reply, say

BUF = Path(__file__).resolve().parent.parent / "clients/typescript/node_modules/.bin/buf"

# The user's Letta request body, as it is (only the message shape is proto JSON).
CREATE_AGENT = {
    "llm_config": {
        "model": "deepseek-chat",
        "model_endpoint_type": "deepseek",
        "context_window": 16384,
        "model_endpoint": "https://api.deepseek.com/v1",
        "put_inner_thoughts_in_kwargs": True,
    },
    "embedding_config": {"embedding_model": "glm-4.6", "embedding_endpoint_type": "ollama", "embedding_dim": 1024},
    "memory_blocks": [
        {"label": "human", "value": "My name is Xiaoming, I am a product manager"},
        {"label": "persona", "value": "You are Letta, my assistant"},
    ],
}


async def buf_curl(port: int, method: str, body: dict | None = None, *extra: str) -> dict:
    assert BUF.exists(), "buf is missing: run scripts/test (it runs npm ci in clients/typescript)"
    args = [str(BUF), "curl", "--protocol", "grpc", "--http2-prior-knowledge", *extra]
    if body is not None:
        args += ["-d", json.dumps(body)]
    args.append(f"http://127.0.0.1:{port}/{method}" if "/" in method else f"http://127.0.0.1:{port}")
    proc = await asyncio.create_subprocess_exec(*args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    text = out.decode()
    return json.loads(text) if text.strip().startswith("{") else {"text": text}


@pytest.fixture
async def operator_server(tmp_path, fake_llm):
    """A server set up like the user's: the LLM base URL comes from the environment."""
    running = await start("all", make_settings(tmp_path / "data", llm_base_url=fake_llm.base_url))
    yield running
    await running.stop(0)


async def test_reflection_lists_every_service(operator_server):
    listed = await buf_curl(operator_server.port, "", None, "--list-services")
    services = set(listed["text"].split())
    assert {
        "memsvc.v1.AgentService",
        "memsvc.v1.MemoryService",
        "memsvc.v1.ExecutorService",
        "grpc.health.v1.Health",
    } <= services


async def test_walkthrough_with_buf_curl(operator_server, fake_llm):
    port = operator_server.port
    fake_llm.scripts.pop("deepseek-chat", None)
    health = await buf_curl(port, "grpc.health.v1.Health/Check", {})
    assert health["status"] == "SERVING"

    agent = (await buf_curl(port, "memsvc.v1.AgentService/CreateAgent", CREATE_AGENT))["agent"]
    assert agent["llmConfig"]["contextWindow"] == 16384
    fake_llm.script(
        "deepseek-chat",
        Reply(
            thought="The user corrects their name.",
            calls=[
                Call(
                    "core_memory_replace",
                    {"label": "human", "old_content": "Xiaoming", "new_content": "Alibaba"},
                    heartbeat=True,
                )
            ],
        ),
        say("Nice to meet you, Alibaba!"),
    )
    sent = await buf_curl(
        port,
        "memsvc.v1.AgentService/SendMessage",
        # The user's Letta message body as it is (lowercase role, `stream`), plus the agent's id.
        {
            "agent_id": agent["id"],
            "messages": [{"role": "user", "content": "I'm not Xiaoming, my name is Alibaba"}],
            "stream": False,
        },
    )
    assert sent["stopReason"] == "STOP_REASON_END_TURN"
    said = [e["assistantMessage"]["content"] for e in sent["events"] if "assistantMessage" in e]
    assert said == ["Nice to meet you, Alibaba!"]

    block = await buf_curl(port, "memsvc.v1.MemoryService/GetMemoryBlock", {"agent_id": agent["id"], "label": "human"})
    assert block["block"]["value"] == "My name is Alibaba, I am a product manager"


async def test_walkthrough_against_the_unscripted_fake(operator_server, fake_llm):
    """The README's way to try memsvc without an API key: the fake LLM run as it is."""
    port = operator_server.port
    body = {**CREATE_AGENT, "llm_config": {**CREATE_AGENT["llm_config"], "model": "unscripted-walkthrough"}}
    agent = (await buf_curl(port, "memsvc.v1.AgentService/CreateAgent", body))["agent"]
    sent = await buf_curl(
        port,
        "memsvc.v1.AgentService/SendMessage",
        {"agent_id": agent["id"], "messages": [{"content": "I'm not Xiaoming, my name is Alibaba"}]},
    )
    said = [e["assistantMessage"]["content"] for e in sent["events"] if "assistantMessage" in e]
    assert said == ["Got it, Alibaba! I have updated my memory."]
    block = await buf_curl(port, "memsvc.v1.MemoryService/GetMemoryBlock", {"agent_id": agent["id"], "label": "human"})
    assert block["block"]["value"] == "My name is Alibaba, I am a product manager"
