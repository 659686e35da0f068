"""Health follows the servers a server needs: an agent server cut off from memory says so."""

from __future__ import annotations

import time

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from tests.procs import SplitDeployment

SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING


def status(address: str) -> int:
    with grpc.insecure_channel(address) as chan:
        return health_pb2_grpc.HealthStub(chan).Check(health_pb2.HealthCheckRequest(), timeout=2).status


def wait_for(address: str, want: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while status(address) != want:
        assert time.monotonic() < deadline, (
            f"{address} never became {health_pb2.HealthCheckResponse.ServingStatus.Name(want)}"
        )
        time.sleep(0.05)


def test_agent_server_is_not_serving_while_memory_is_down(tmp_path):
    split = SplitDeployment(tmp_path / "split").start()
    try:
        agent, executor = split.servers["agent"].address, split.servers["executor"].address
        assert status(agent) == SERVING
        split.servers["memory"].kill()
        wait_for(agent, NOT_SERVING)
        wait_for(executor, NOT_SERVING)
        split.servers["memory"].start()
        wait_for(agent, SERVING)
        wait_for(executor, SERVING)
    finally:
        split.stop()
