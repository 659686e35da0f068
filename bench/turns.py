"""Scenarios over real gRPC servers: turns (embedded, split, two steps), concurrency, cold start, RSS.

Every turn goes through `AgentService.SendMessage` against the scripted zero-latency
LLM (tests/fakellm.py, in a thread of the bench process). Overhead of a turn is its
client-observed latency minus the time memsvc spent inside its LLM and embedding calls
(see bench/probes.py); the fake server's own handling time is reported beside it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import grpc
import structlog
from grpc_health.v1 import health_pb2, health_pb2_grpc
from tests.fakellm import FakeLLM, call, say
from tests.procs import ServerProcess, SplitDeployment, free_port

from bench.core import Context, Result, ms, scenario
from bench.probes import Probe, Record, load, seconds_in
from memsvc.logging import configure_logging
from memsvc.server.app import start
from memsvc.settings import Settings
from memsvc.v1 import agent_pb2, agent_service_pb2, agent_service_pb2_grpc, message_pb2, step_pb2

REPO = Path(__file__).resolve().parent.parent
BLOCKS = [
    agent_pb2.MemoryBlock(label="human", value="My name is Xiaoming, I am a product manager"),
    agent_pb2.MemoryBlock(label="persona", value="You are Letta, my assistant"),
]
EMBED_DIM = 384
_turn_numbers = itertools.count(1)  # every turn's text is unique, so no archival insert is deduplicated
USER_TEXT = "I moved to Hangzhou last spring and I still miss the dumplings from my old street in Beijing"


# ----- agents and turns ---------------------------------------------------------------


def create_request(fake: FakeLLM, model: str, *, local_embedder: bool = False) -> agent_service_pb2.CreateAgentRequest:
    request = agent_service_pb2.CreateAgentRequest(
        name=f"bench-{model}",
        llm_config=agent_pb2.LlmConfig(
            model=model,
            model_endpoint=fake.base_url,
            model_endpoint_type="openai",
            context_window=16384,
            put_inner_thoughts_in_kwargs=True,
        ),
        memory_blocks=BLOCKS,
    )
    if not local_embedder:
        request.embedding_config.CopyFrom(
            agent_pb2.EmbeddingConfig(
                embedding_model=f"hash-{EMBED_DIM}",
                embedding_endpoint=fake.base_url,
                embedding_endpoint_type="openai",
                embedding_dim=EMBED_DIM,
            )
        )
    return request


class AgentPool:
    """Agents created on demand; each serves `per_agent` turns, so none reaches the memory-pressure warning."""

    def __init__(self, stub: agent_service_pb2_grpc.AgentServiceStub, fake: FakeLLM, per_agent: int) -> None:
        self.stub, self.fake, self.per_agent = stub, fake, per_agent
        self.current: tuple[str, str] = ("", "")
        self.used = per_agent
        self.created = 0

    async def new(self) -> tuple[str, str]:
        self.created += 1
        model = f"bench-{os.getpid()}-{time.monotonic_ns()}-{self.created}"
        agent = (await self.stub.CreateAgent(create_request(self.fake, model))).agent
        return agent.id, model

    async def next(self) -> tuple[str, str]:
        """(agent id, model) for the next turn."""
        if self.used >= self.per_agent:
            self.current, self.used = await self.new(), 0
        self.used += 1
        return self.current


async def send(stub: agent_service_pb2_grpc.AgentServiceStub, agent_id: str, text: str) -> int:
    """One SendMessage turn; returns its number of steps. Fails loudly unless the turn ended normally."""
    reply = await stub.SendMessage(
        agent_service_pb2.SendMessageRequest(
            agent_id=agent_id,
            messages=[message_pb2.MessageInput(role=message_pb2.MESSAGE_ROLE_USER, content=text)],
        )
    )
    end = reply.events[-1]
    if end.WhichOneof("event") != "turn_end" or end.turn_end.stop_reason != step_pb2.STOP_REASON_END_TURN:
        raise RuntimeError(f"turn did not end normally: {end}")
    return end.turn_end.step_count


@dataclass
class TurnSample:
    start: float  # time.monotonic()
    end: float
    service: float  # the fake LLM's handling time of this turn's requests, seconds


async def wait_for_requests(fake: FakeLLM, count: int) -> None:
    """The fake records a request's time just after replying: wait until it has (outside any timing)."""
    deadline = time.monotonic() + 2.0
    while len(fake.service_times) < count and time.monotonic() < deadline:  # noqa: ASYNC110 - a thread appends
        await asyncio.sleep(0.0002)


async def run_turns(
    stub: agent_service_pb2_grpc.AgentServiceStub,
    fake: FakeLLM,
    pool: AgentPool,
    count: int,
    *,
    two_step: bool = False,
) -> list[TurnSample]:
    samples: list[TurnSample] = []
    requests_per_turn = 3 if two_step else 1  # chat (+ embedding + chat)
    for _ in range(count):
        agent_id, model = await pool.next()
        text = f"{USER_TEXT} (turn {next(_turn_numbers)})"
        if two_step:
            fake.script(
                model,
                call("archival_memory_insert", thought="Worth keeping.", content=f"The user said: {text}"),
                say("Noted, I will remember that.", thought="Saved; tell them."),
            )
        before = len(fake.service_times)
        start = time.monotonic()
        steps = await send(stub, agent_id, text)
        end = time.monotonic()
        if steps != (2 if two_step else 1):
            raise RuntimeError(f"expected {2 if two_step else 1} step(s), the turn took {steps}")
        await wait_for_requests(fake, before + requests_per_turn)
        samples.append(TurnSample(start, end, sum(fake.service_times[before : before + requests_per_turn])))
    return samples


def turn_figures(result: Result, samples: list[TurnSample], records: list[Record], goal: float) -> None:
    turn = [ms(s.end - s.start) for s in samples]
    llm = [ms(seconds_in(records, "llm", s.start, s.end)) for s in samples]
    embed = [ms(seconds_in(records, "embed", s.start, s.end)) for s in samples]
    service = [ms(s.service) for s in samples]
    if not any(llm):
        raise RuntimeError("the probe saw no LLM call inside memsvc: overhead cannot be computed")
    result.add(
        "overhead = turn − model calls seen by memsvc",
        "ms",
        [t - a - b for t, a, b in zip(turn, llm, embed, strict=True)],
        goal,
    )
    result.add("turn latency (SendMessage, client)", "ms", turn)
    result.add("LLM calls as memsvc sees them", "ms", llm)
    if any(embed):
        result.add("embedding calls as memsvc sees them", "ms", embed)
    result.add("fake model's own handling time", "ms", service)
    result.add("strict overhead = turn − fake's handling", "ms", [t - s for t, s in zip(turn, service, strict=True)])


_devnull: list[TextIO] = []


@contextlib.contextmanager
def production_logs() -> Iterator[None]:
    """In-process servers log at the production level (info, JSON), into /dev/null instead of the table.

    structlog caches loggers on first use, so the file stays open for the rest of the process.
    """
    if not _devnull:
        _devnull.append(Path(os.devnull).open("w"))  # noqa: SIM115
    saved = structlog.get_config()
    with contextlib.redirect_stdout(_devnull[0]):
        configure_logging("info", "json")
    try:
        yield
    finally:
        structlog.configure(**saved)


# "Embedding time excluded": recall indexing (embedding what users and agents say, in the
# background) is embedding work, so the turn and throughput scenarios run without it;
# the recall_search scenario measures recall with it.
NO_RECALL_INDEXING = {"MEMSVC_RECALL_VECTORS": "false"}


def embedded_settings(data_dir: Path) -> Settings:
    return Settings(
        data_dir=data_dir, listen="127.0.0.1:0", llm_max_retries=0, llm_timeout_seconds=30, recall_vectors=False
    )


async def embedded_turns(ctx: Context, result: Result, *, two_step: bool, goal: float) -> None:
    with production_logs():
        probe = Probe().install()
        running = await start("all", embedded_settings(ctx.workdir / result.scenario))
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as chan:
                stub = agent_service_pb2_grpc.AgentServiceStub(chan)
                pool = AgentPool(stub, ctx.fake, ctx.sizes.turns_per_agent)
                await run_turns(stub, ctx.fake, pool, ctx.sizes.warmup_turns, two_step=two_step)
                samples = await run_turns(stub, ctx.fake, pool, ctx.reps(ctx.sizes.turns), two_step=two_step)
        finally:
            await running.stop(0)
            probe.uninstall()
    turn_figures(result, samples, probe.records, goal)
    result.note(
        f"{len(samples)} turns after {ctx.sizes.warmup_turns} warm-up turns, over {pool.created} agents "
        f"(a fresh agent every {ctx.sizes.turns_per_agent} turns)"
    )


@scenario("turn_embedded", "one user turn, one step (send_message), all-in-one server in-process, via gRPC")
async def turn_embedded(ctx: Context, result: Result) -> None:
    await embedded_turns(ctx, result, two_step=False, goal=5.0)


@scenario("turn_two_step", "archival_memory_insert + heartbeat + send_message, embedded")
async def turn_two_step(ctx: Context, result: Result) -> None:
    await embedded_turns(ctx, result, two_step=True, goal=10.0)
    result.note(
        "embedding excluded: the time memsvc spent inside Embedders.embed (an HTTP call to the fake's "
        f"hash embeddings, {EMBED_DIM} dimensions) is subtracted like the LLM calls; the vector upsert and SQL "
        "writes of the insert stay in the overhead"
    )


# ----- split deployment -------------------------------------------------------------------


class ProbedServerProcess(ServerProcess):
    """A server process run through bench.probes (which records model calls when $BENCH_PROBE_OUT is set)."""

    def start(self) -> ProbedServerProcess:
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.probes", "serve", self.role, "--listen", self.address],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_until_serving(self.proc, self.port, self.log_path)
        return self


@scenario("turn_split", "one user turn, one step, the three servers as separate processes")
async def turn_split(ctx: Context, result: Result) -> None:
    probe_out = ctx.workdir / "split-probe.json"
    pythonpath = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    split = SplitDeployment(ctx.workdir / "split", extra_env={"PYTHONPATH": pythonpath, **NO_RECALL_INDEXING})
    for role, server in split.servers.items():
        env = {**server.env, "BENCH_PROBE_OUT": str(probe_out)} if role == "agent" else server.env
        split.servers[role] = ProbedServerProcess(role, server.port, env, server.log_path)
    started = time.monotonic()
    split.start()
    result.note(f"three processes SERVING in {time.monotonic() - started:.1f} s")
    try:
        async with grpc.aio.insecure_channel(split.agent_address) as chan:
            stub = agent_service_pb2_grpc.AgentServiceStub(chan)
            pool = AgentPool(stub, ctx.fake, ctx.sizes.turns_per_agent)
            await run_turns(stub, ctx.fake, pool, ctx.sizes.warmup_turns)
            samples = await run_turns(stub, ctx.fake, pool, ctx.reps(ctx.sizes.turns))
    finally:
        split.stop()
    turn_figures(result, samples, load(probe_out), 10.0)
    result.note(
        f"{len(samples)} turns after {ctx.sizes.warmup_turns} warm-up turns; the agent server's LLM calls were "
        "timed inside its process (python -m bench.probes) and matched to turns on the monotonic clock"
    )


# ----- concurrency ------------------------------------------------------------------------


def server_process(ctx: Context, name: str) -> ServerProcess:
    data_dir = ctx.workdir / name
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "MEMSVC_DATA_DIR": str(data_dir), "MEMSVC_LLM_MAX_RETRIES": "0", **NO_RECALL_INDEXING}
    return ServerProcess("all", free_port(), env, data_dir / "server.log")


async def drive(stub: agent_service_pb2_grpc.AgentServiceStub, agent_id: str, turns: int) -> None:
    for i in range(turns):
        await send(stub, agent_id, f"{USER_TEXT} ({i})")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, all its threads."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@scenario("concurrent_4", "4 agents driven concurrently: throughput against one agent's")
async def concurrent_4(ctx: Context, result: Result) -> None:
    server = server_process(ctx, "concurrent").start()
    assert server.proc is not None
    pid = server.proc.pid
    turns, rounds = ctx.sizes.concurrent_turns, ctx.sizes.concurrent_rounds
    one: list[float] = []
    four: list[float] = []
    cpu_per_turn: list[float] = []
    busy: list[float] = []
    try:
        async with grpc.aio.insecure_channel(server.address) as chan:
            stub = agent_service_pb2_grpc.AgentServiceStub(chan)
            pool = AgentPool(stub, ctx.fake, turns)
            agents = [(await pool.new())[0] for _ in range(4)]
            await asyncio.gather(*(drive(stub, a, 3) for a in agents))  # warm-up
            for _ in range(rounds):
                agent_id, _model = await pool.new()
                started, cpu = time.monotonic(), cpu_seconds(pid)
                await drive(stub, agent_id, turns)
                one.append(turns / (time.monotonic() - started))
                cpu_per_turn.append(ms((cpu_seconds(pid) - cpu) / turns))
                agents = [(await pool.new())[0] for _ in range(4)]
                started, cpu = time.monotonic(), cpu_seconds(pid)
                await asyncio.gather(*(drive(stub, a, turns) for a in agents))
                elapsed = time.monotonic() - started
                four.append(4 * turns / elapsed)
                busy.append(100 * (cpu_seconds(pid) - cpu) / elapsed)
    finally:
        server.terminate()
    result.add(
        "throughput, 4 agents ÷ 1 agent", "x", [f / o for f, o in zip(four, one, strict=True)], 1.6, at_least=True
    )
    result.add("throughput, 1 agent", "turns/s", one)
    result.add("throughput, 4 agents concurrently", "turns/s", four)
    result.add("server CPU per turn (1 agent)", "ms", cpu_per_turn)
    result.add("server CPU use with 4 agents (100 = one core)", "%", busy)
    result.note(
        f"{rounds} rounds of {turns} one-step turns per agent; all-in-one server as its own process, "
        "clients and the fake LLM in the bench process; server CPU from /proc/<pid>/stat"
    )


# ----- process start and memory -------------------------------------------------------------


def serving(port: int) -> bool:
    """One quick health check over a fresh channel (a reused one would wait out gRPC's reconnect backoff)."""
    with socket.socket() as sock:
        if sock.connect_ex(("127.0.0.1", port)) != 0:
            return False
    with grpc.insecure_channel(f"127.0.0.1:{port}") as chan:
        try:
            reply = health_pb2_grpc.HealthStub(chan).Check(health_pb2.HealthCheckRequest(), timeout=1)
        except grpc.RpcError:
            return False
    return reply.status == health_pb2.HealthCheckResponse.SERVING


def wait_until_serving(proc: subprocess.Popen[bytes], port: int, log: Path, timeout: float = 60.0) -> None:
    started = time.monotonic()
    while not serving(port):
        if proc.poll() is not None or time.monotonic() - started > timeout:
            raise RuntimeError(f"the server did not start; see {log}:\n{log.read_text()[-2000:]}")
        time.sleep(0.005)


def time_to_serving(data_dir: Path, log: Path) -> float:
    port = free_port()
    env = {**os.environ, "MEMSVC_DATA_DIR": str(data_dir)}
    with log.open("ab") as out:
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "memsvc", "serve", "all", "--listen", f"127.0.0.1:{port}"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_serving(proc, port, log)
            return time.monotonic() - started
        finally:
            proc.terminate()
            proc.wait(15)


def cold_starts(ctx: Context) -> tuple[list[float], list[float], list[float]]:
    fresh: list[float] = []
    again: list[float] = []
    imports: list[float] = []
    for i in range(ctx.sizes.cold_starts):
        data_dir = ctx.workdir / f"cold-{i}"
        fresh.append(time_to_serving(data_dir, ctx.workdir / "cold.log"))
        again.append(time_to_serving(data_dir, ctx.workdir / "cold.log"))
        started = time.monotonic()
        subprocess.run([sys.executable, "-c", "import memsvc.server.app"], check=True)
        imports.append(time.monotonic() - started)
    return fresh, again, imports


@scenario("cold_start", "all-in-one server process, from exec until health says SERVING")
async def cold_start(ctx: Context, result: Result) -> None:
    fresh, again, imports = await asyncio.to_thread(cold_starts, ctx)
    result.add("new data directory (creates SQLite + Qdrant)", "s", fresh, 2.0)
    result.add("existing data directory", "s", again, 2.0)
    result.add("for comparison: `python -c 'import memsvc.server.app'`", "s", imports)
    result.note("polled every 5 ms: a TCP connect, then grpc.health.v1 Check over a fresh channel")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


@scenario("rss", "resident memory of the idle all-in-one server process, and per 1,000 agents")
async def rss(ctx: Context, result: Result) -> None:
    server = server_process(ctx, "rss").start()
    assert server.proc is not None
    pid = server.proc.pid
    count = ctx.sizes.rss_agents
    try:
        await asyncio.sleep(1.0)
        idle = rss_mb(pid)
        async with grpc.aio.insecure_channel(server.address) as chan:
            stub = agent_service_pb2_grpc.AgentServiceStub(chan)
            pool = AgentPool(stub, ctx.fake, 1)
            agent_id, _ = await pool.new()
            for _ in range(3):
                await send(stub, agent_id, USER_TEXT)
            warm = rss_mb(pid)
            for _ in range(count):
                agent_id, _ = await pool.new()
                await send(stub, agent_id, USER_TEXT)
            after = rss_mb(pid)
            model = "bench-local-embedder"
            local = (await stub.CreateAgent(create_request(ctx.fake, model, local_embedder=True))).agent
            ctx.fake.script(model, call("archival_memory_insert", content=USER_TEXT), say("Saved."))
            await send(stub, local.id, USER_TEXT)
            embedder = rss_mb(pid)
    finally:
        server.terminate()
    result.add("idle, just started", "MB", [idle])
    result.add("idle, after a first turn", "MB", [warm])
    result.add(
        f"growth per 1,000 agents (measured over {count:,}, one turn each)", "MB", [(after - warm) / count * 1000]
    )
    result.add("after the offline embedder's first use", "MB", [embedder])
