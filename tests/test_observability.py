"""Observability: Prometheus metrics and one structured log line per RPC."""

from __future__ import annotations

import asyncio
import json
import os
import re
import threading
import urllib.request

import grpc
import pytest

from memsvc.server.app import start
from memsvc.v1 import agent_service_pb2, agent_service_pb2_grpc
from tests.conftest import make_settings
from tests.fakellm import call, say
from tests.helpers import create_agent, send, user
from tests.procs import ServerProcess, free_port


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one metric sample in Prometheus text format (0 if absent)."""
    want = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text.splitlines():
        match = re.match(r"^(\w+)(?:\{(.*)\})? (\S+)$", line)
        if match and match.group(1) == name:
            got = ",".join(sorted((match.group(2) or "").split(","))) if match.group(2) else ""
            if got == want:
                return float(match.group(3))
    return 0.0


async def scrape(port: int) -> str:
    return await asyncio.to_thread(
        lambda: urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read().decode()
    )


async def test_metrics_count_turns_steps_functions_and_rpcs(tmp_path, fake_llm, model):
    running = await start("all", make_settings(tmp_path / "data", metrics_listen="127.0.0.1:0"))
    try:
        before = await scrape(running.metrics_port)
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as chan:
            agents = agent_service_pb2_grpc.AgentServiceStub(chan)
            agent = await create_agent(agents, fake_llm, model)
            fake_llm.script(model, call("core_memory_append", label="human", content="x"), say("ok"))
            await send(agents, agent.id, "hello")
        after = await scrape(running.metrics_port)
    finally:
        await running.stop(0)

    def delta(name: str, **labels: str) -> float:
        return sample(after, name, **labels) - sample(before, name, **labels)

    assert delta("memsvc_turns_total", stop_reason="end_turn") == 1
    assert delta("memsvc_steps_total") == 2
    assert delta("memsvc_function_calls_total", function="core_memory_append", ok="true") == 1
    assert delta("memsvc_rpc_requests_total", method="SendMessage", code="OK") == 1
    assert delta("memsvc_llm_request_duration_seconds_count") == 2
    assert delta("memsvc_llm_tokens_total", kind="completion") == 20


async def test_one_json_log_line_per_rpc(tmp_path, fake_llm, model):
    env = {**os.environ, "MEMSVC_DATA_DIR": str(tmp_path / "data"), "MEMSVC_LOG_LEVEL": "info"}
    server = ServerProcess("all", free_port(), env, tmp_path / "server.log").start()
    try:
        async with grpc.aio.insecure_channel(server.address) as chan:
            agents = agent_service_pb2_grpc.AgentServiceStub(chan)
            agent = await create_agent(agents, fake_llm, model)
            fake_llm.script(model, say("hi"))
            await agents.SendMessage(
                agent_service_pb2.SendMessageRequest(agent_id=agent.id, messages=[user("hello")]),
                metadata=(("x-request-id", "req-42"),),
            )
    finally:
        server.terminate()
    lines = [json.loads(line) for line in (tmp_path / "server.log").read_text().splitlines() if line.startswith("{")]
    rpcs = [e for e in lines if e["event"] == "rpc"]
    assert [(e["rpc_method"], e["code"]) for e in rpcs] == [("CreateAgent", "OK"), ("SendMessage", "OK")]
    assert rpcs[1]["request_id"] == "req-42"
    assert all(e["duration_ms"] >= 0 and e["level"] == "info" and "timestamp" in e for e in rpcs)
    assert any(e["event"] == "serving" for e in lines)


@pytest.mark.regression("issue 11 #11: cancelled and deadline-exceeded RPCs were neither logged nor counted")
async def test_cancelled_and_expired_calls_are_counted(tmp_path, fake_llm, model):
    running = await start("all", make_settings(tmp_path / "data", metrics_listen="127.0.0.1:0"))
    hung = say("too late")
    hung.hold = threading.Event()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as chan:
            agents = agent_service_pb2_grpc.AgentServiceStub(chan)
            agent = await create_agent(agents, fake_llm, model)
            before = await scrape(running.metrics_port)
            fake_llm.script(model, hung, hung)  # held: one call's deadline expires, the other is cancelled
            request = agent_service_pb2.SendMessageRequest(agent_id=agent.id, messages=[user("hello?")])
            with pytest.raises(grpc.aio.AioRpcError) as info:
                await agents.SendMessage(request, timeout=0.5)
            assert info.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
            call = agents.SendMessage(request)
            while fake_llm.in_flight[model] < 2:  # noqa: ASYNC110 (the fake LLM runs in threads of its own)
                await asyncio.sleep(0.01)
            call.cancel()
            with pytest.raises(asyncio.CancelledError):
                await call
            after = before
            while sample(after, "memsvc_rpc_requests_total", method="SendMessage", code="CANCELLED") == sample(
                before, "memsvc_rpc_requests_total", method="SendMessage", code="CANCELLED"
            ):  # the server notices the cancel a moment after the client: wait for the count
                after = await scrape(running.metrics_port)
        for code in ("DEADLINE_EXCEEDED", "CANCELLED"):
            grown = sample(after, "memsvc_rpc_requests_total", method="SendMessage", code=code) - sample(
                before, "memsvc_rpc_requests_total", method="SendMessage", code=code
            )
            assert grown == 1, code
    finally:
        hung.hold.set()
        await running.stop(0)
