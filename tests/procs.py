"""Running memsvc servers as real processes (for split deployments and kill -9 tests)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_serving(address: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    # Short reconnect backoff: the first tries are refused while the server starts.
    options = [
        ("grpc.initial_reconnect_backoff_ms", 20),
        ("grpc.min_reconnect_backoff_ms", 20),
        ("grpc.max_reconnect_backoff_ms", 100),
    ]
    with grpc.insecure_channel(address, options=options) as chan:
        stub = health_pb2_grpc.HealthStub(chan)
        while True:
            try:
                if (
                    stub.Check(health_pb2.HealthCheckRequest(), timeout=1).status
                    == health_pb2.HealthCheckResponse.SERVING
                ):
                    return
            except grpc.RpcError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"no server SERVING at {address} after {timeout}s")
            time.sleep(0.05)


@dataclass
class ServerProcess:
    role: str
    port: int
    env: dict[str, str]
    log_path: Path
    proc: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0, *, wait: bool = True) -> ServerProcess:
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "memsvc", "serve", self.role, "--listen", self.address],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        if not wait:
            return self
        try:
            wait_serving(self.address, timeout)
        except TimeoutError:
            self.kill()
            raise TimeoutError(f"{self.role} server did not start; log:\n{self.log_path.read_text()[-3000:]}") from None
        return self

    def kill(self) -> None:
        """kill -9: no shutdown code runs."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def terminate(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(15)


@dataclass
class SplitDeployment:
    """The three servers as separate processes, sharing one data directory."""

    data_dir: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    agent_replicas: int = 1
    # The SQL database; None means the test's own (MEMSVC_TEST_DATABASE_URL, or SQLite in data_dir).
    database_url: str | None = None
    servers: dict[str, ServerProcess] = field(default_factory=dict)

    def __post_init__(self) -> None:
        ports = {role: free_port() for role in ("memory", "executor", "agent")}
        env = {
            **os.environ,
            "MEMSVC_DATA_DIR": str(self.data_dir),
            "MEMSVC_MEMORY_ADDRESS": f"127.0.0.1:{ports['memory']}",
            "MEMSVC_EXECUTOR_ADDRESS": f"127.0.0.1:{ports['executor']}",
            "MEMSVC_LLM_MAX_RETRIES": "0",
            "MEMSVC_LLM_TIMEOUT_SECONDS": "10",
            "MEMSVC_DATABASE_URL": (
                os.environ.get("MEMSVC_TEST_DATABASE_URL", "") if self.database_url is None else self.database_url
            ),
            "MEMSVC_LOG_LEVEL": "info",
            **self.extra_env,
        }
        self.data_dir.mkdir(parents=True, exist_ok=True)
        for role, port in ports.items():
            self.servers[role] = ServerProcess(role, port, env, self.data_dir / f"{role}.log")
        for i in range(2, self.agent_replicas + 1):  # more agent servers: agent2, agent3, ...
            self.servers[f"agent{i}"] = ServerProcess("agent", free_port(), env, self.data_dir / f"agent{i}.log")

    @property
    def agent_address(self) -> str:
        return self.servers["agent"].address

    def start(self) -> SplitDeployment:
        for server in self.servers.values():  # memory first: the others connect to it
            server.start()
        return self

    def kill(self) -> None:
        for server in self.servers.values():
            server.kill()

    def dead(self) -> list[str]:
        """The servers that are not running (crashed), with their exit codes."""
        return [
            f"{name} (exit {s.proc.poll() if s.proc else 'never started'})"
            for name, s in self.servers.items()
            if s.proc is None or s.proc.poll() is not None
        ]

    def log_tail(self, chars: int = 3000) -> str:
        return "\n".join(
            f"--- {name}.log\n{s.log_path.read_text(errors='replace')[-chars:]}"
            for name, s in self.servers.items()
            if s.log_path.exists()
        )

    def stop(self) -> None:
        for server in reversed(self.servers.values()):  # the agent servers first: they call the others
            server.terminate()
