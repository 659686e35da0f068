"""Per-turn cost on each database: the embedded default (SQLite) and PostgreSQL, side by side.

Two all-in-one server processes, one per database, each with the embedded vector index
(qdrant-edge) in its own data directory; the PostgreSQL one on a fresh database on
127.0.0.1:5432 (migrated with `memsvc migrate`, dropped afterwards). Rounds alternate
between the two servers, so both see the same machine load, and every row reports the
PostgreSQL ÷ SQLite ratio of its p50. What a client sees through gRPC: SendMessage from
request to response, against the zero-latency scripted LLM (its time is included).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from statistics import median

import grpc
from tests.fakellm import FakeLLM, call, say
from tests.procs import ServerProcess, free_port

from bench.core import Context, Result, ms, scenario
from bench.turns import NO_RECALL_INDEXING, USER_TEXT, AgentPool, send
from memsvc.storage.sql import create_sql_engine
from memsvc.v1 import agent_service_pb2_grpc

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
GOAL_RATIO = 1.5
POWER = "SQLite (MEMSVC_DURABILITY=power)"


@contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database; dropped afterwards."""
    name = f"memsvc_bench_{uuid.uuid4().hex[:10]}"
    admin = create_sql_engine(PG_ADMIN + "?pool=none").execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    try:
        env = {**os.environ, "MEMSVC_DATABASE_URL": url}
        subprocess.run([sys.executable, "-m", "memsvc", "migrate"], env=env, check=True, capture_output=True)
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


def database_server(
    ctx: Context, name: str, database_url: str = "", extra: dict[str, str] | None = None
) -> ServerProcess:
    data_dir = ctx.workdir / name
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "MEMSVC_DATA_DIR": str(data_dir), "MEMSVC_LLM_MAX_RETRIES": "0", **NO_RECALL_INDEXING}
    env.pop("MEMSVC_DATABASE_URL", None)
    if database_url:
        env["MEMSVC_DATABASE_URL"] = database_url
    env.update(extra or {})
    return ServerProcess("all", free_port(), env, data_dir / "server.log")


class Target:
    """One server and what was measured on it."""

    def __init__(self, label: str, server: ServerProcess, fake: FakeLLM, per_agent: int) -> None:
        self.label, self.server = label, server
        self.channel = grpc.aio.insecure_channel(server.address)
        self.stub = agent_service_pb2_grpc.AgentServiceStub(self.channel)
        self.pool = AgentPool(self.stub, fake, per_agent)
        self.fake = fake
        self.one: list[float] = []
        self.two: list[float] = []
        self.four: list[float] = []

    async def one_step(self, count: int, keep: bool = True) -> None:
        for _ in range(count):
            agent_id, _model = await self.pool.next()
            started = time.perf_counter()
            await send(self.stub, agent_id, f"{USER_TEXT} ({uuid.uuid4().hex[:8]})")
            if keep:
                self.one.append(ms(time.perf_counter() - started))

    async def two_step(self, count: int) -> None:
        for _ in range(count):
            agent_id, model = await self.pool.next()
            text = f"{USER_TEXT} ({uuid.uuid4().hex[:8]})"
            self.fake.script(
                model,
                call("archival_memory_insert", thought="Worth keeping.", content=f"The user said: {text}"),
                say("Noted, I will remember that.", thought="Saved; tell them."),
            )
            started = time.perf_counter()
            await send(self.stub, agent_id, text)
            self.two.append(ms(time.perf_counter() - started))

    async def concurrent(self, turns: int) -> None:
        agents = [(await self.pool.new())[0] for _ in range(4)]

        async def drive(agent_id: str) -> None:
            for i in range(turns):
                await send(self.stub, agent_id, f"{USER_TEXT} ({i})")

        started = time.perf_counter()
        await asyncio.gather(*(drive(a) for a in agents))
        self.four.append(4 * turns / (time.perf_counter() - started))


@scenario("turns_by_database", "per-turn latency and throughput through gRPC: PostgreSQL ÷ SQLite, side by side")
async def turns_by_database(ctx: Context, result: Result) -> None:
    sizes = ctx.sizes
    rounds = 10 if sizes.name == "full" else 2
    per_round = max(3, ctx.reps(sizes.turns) // rounds)
    with postgres_database() as url:
        servers = {
            "SQLite": database_server(ctx, "sqlite"),
            "PostgreSQL": database_server(ctx, "postgres", url),
            # The same durability as PostgreSQL's default: every commit flushed to disk.
            POWER: database_server(ctx, "sqlite-power", "", {"MEMSVC_DURABILITY": "power"}),
        }
        targets: dict[str, Target] = {}
        try:
            for label, server in servers.items():
                server.start()
                targets[label] = Target(label, server, ctx.fake, sizes.turns_per_agent)
            for target in targets.values():
                await target.one_step(sizes.warmup_turns, keep=False)
            for _ in range(rounds):
                for target in targets.values():
                    await target.one_step(per_round)
                    await target.two_step(per_round)
                    await target.concurrent(sizes.concurrent_turns)
        finally:
            for target in targets.values():
                await target.channel.close()
            for server in servers.values():
                server.terminate()
    lite, pg, power = targets["SQLite"], targets["PostgreSQL"], targets[POWER]
    result.add("one-step message p50, PostgreSQL ÷ SQLite", "x", [median(pg.one) / median(lite.one)], GOAL_RATIO)
    result.add("two-step message p50, PostgreSQL ÷ SQLite", "x", [median(pg.two) / median(lite.two)], GOAL_RATIO)
    result.add(
        "4 agents concurrently, SQLite ÷ PostgreSQL throughput",
        "x",
        [median(lite.four) / median(pg.four)],
        GOAL_RATIO,
    )
    for kind, values in (("one-step", "one"), ("two-step", "two")):
        ratio = median(getattr(pg, values)) / median(getattr(power, values))
        result.add(f"{kind} message p50, PostgreSQL ÷ {POWER}", "x", [ratio])
    for label, target in targets.items():
        result.add(f"one-step message (SendMessage), {label}", "ms", target.one)
        result.add(f"two-step message (archival insert + reply), {label}", "ms", target.two)
        result.add(f"4 agents concurrently, {label}", "msg/s", target.four)
    result.note(
        f"{rounds} alternating rounds of {per_round} one-step turns, {per_round} two-step turns and 4 agents × "
        f"{sizes.concurrent_turns} concurrent turns per server, after {sizes.warmup_turns} warm-up turns each; "
        "latency as the gRPC client sees it, the zero-latency fake LLM's time included; agents use the fake's "
        "embeddings endpoint, recall indexing off (embedding time is another scenario's). SQLite runs as "
        "deployed by default (MEMSVC_DURABILITY=process: a commit survives a crash of the server process) and "
        "with MEMSVC_DURABILITY=power (every commit flushed to disk, as PostgreSQL does by default)"
    )
