"""`memsvc optimize`: builds the embedded index's graphs offline; refuses while a server runs."""

from __future__ import annotations

import os
import subprocess
import sys

import grpc

from memsvc.v1 import agent_service_pb2_grpc, memory_service_pb2, memory_service_pb2_grpc
from tests.helpers import create_agent
from tests.procs import ServerProcess, free_port


def optimize(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "memsvc", "optimize", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


async def test_optimize_offline_and_search_after(tmp_path, fake_llm, model):
    env = {**os.environ, "MEMSVC_DATA_DIR": str(tmp_path / "data")}
    server = ServerProcess("all", free_port(), env, tmp_path / "server.log").start()
    try:
        async with grpc.aio.insecure_channel(server.address) as chan:
            agent = await create_agent(agent_service_pb2_grpc.AgentServiceStub(chan), fake_llm, model)
            memory = memory_service_pb2_grpc.MemoryServiceStub(chan)
            passages = [memory_service_pb2.PassageInput(content=f"note {i} about the orchard") for i in range(300)]
            await memory.BatchInsertArchivalMemories(
                memory_service_pb2.BatchInsertArchivalMemoriesRequest(agent_id=agent.id, passages=passages)
            )
        busy = optimize(env)
        assert busy.returncode == 2
        assert "stop the memory server first" in busy.stderr
    finally:
        server.terminate()
    # --data-dir names the directory without the environment.
    env_without = {k: v for k, v in env.items() if k != "MEMSVC_DATA_DIR"}
    done = optimize(env_without, "--data-dir", str(tmp_path / "data"))
    assert done.returncode == 0, done.stderr
    assert "optimized" in done.stdout or "already optimal" in done.stdout
    server.start()
    try:
        async with grpc.aio.insecure_channel(server.address) as chan:
            memory = memory_service_pb2_grpc.MemoryServiceStub(chan)
            hits = (
                await memory.SearchArchivalMemory(
                    memory_service_pb2.SearchArchivalMemoryRequest(
                        agent_id=agent.id, query="note 7 about the orchard", page_size=5
                    )
                )
            ).hits
            assert len(hits) == 5
    finally:
        server.terminate()
