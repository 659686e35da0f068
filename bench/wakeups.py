"""What 10,000 pending wake-ups cost the scheduler: its per-poll query, and an idle server's CPU.

Every agent server polls once a second (MEMSVC_SCHEDULER_INTERVAL_SECONDS) for due
wake-ups; the query reads only due rows (a partial index on the due time), so pending
ones that are not due should cost nothing. Measured side by side:
- the per-poll query (the store's due_wakeups, as the scheduler calls it) on a database
  with 10,000 pending wake-ups (due in an hour or more) and on an empty one, on SQLite
  and on PostgreSQL;
- the CPU an idle all-in-one server process uses per second with 10,000 pending
  wake-ups and with none, both running over the same seconds (utime + stime from /proc).
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path
from statistics import median

import grpc
from tests.procs import ServerProcess, free_port

from bench.core import Context, Result, ms, scenario
from bench.databases import postgres_database
from memsvc import wakeup_rules
from memsvc.models import Agent, LlmConfig, now
from memsvc.settings import Settings
from memsvc.storage import migrate
from memsvc.storage.sql import SqlStore, create_sql_engine
from memsvc.v1 import agent_service_pb2, agent_service_pb2_grpc

PENDING = 10_000
POLL_GOAL_MS = 1.0  # a poll with 10,000 pending: at most a millisecond
CPU_GOAL_MS = 10.0  # an idle server with 10,000 pending: at most 1 % of a core


def _fill(store: SqlStore, pending: int) -> None:
    """`pending` wake-ups over as many agents as the per-agent cap needs, due in an hour or more."""
    agents = max(1, -(-pending // wakeup_rules.MAX_PENDING))
    for a in range(agents):
        agent = store.create_agent(
            Agent(
                id=f"00000000-0000-4000-8000-{a:012d}",
                name=f"bench-{a}",
                llm_config=LlmConfig(model="m", context_window=16384),
            )
        )
        for i in range(min(wakeup_rules.MAX_PENDING, pending - a * wakeup_rules.MAX_PENDING)):
            store.schedule_wakeup(agent.id, now() + 3600 + i, f"task {i}", "client")


def _polls(store: SqlStore, count: int) -> list[float]:
    times = []
    for _ in range(count):
        started = time.perf_counter()
        due = store.due_wakeups(now(), 100)
        times.append(ms(time.perf_counter() - started))
        assert not due
    return times


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _schedule(address: str, pending: int, fake_url: str) -> None:
    async with grpc.aio.insecure_channel(address) as channel:
        stub = agent_service_pb2_grpc.AgentServiceStub(channel)
        for a in range(max(1, -(-pending // wakeup_rules.MAX_PENDING))):
            config = agent_service_pb2.CreateAgentRequest(name=f"bench-{a}")
            config.llm_config.model, config.llm_config.model_endpoint = "bench", fake_url
            config.llm_config.context_window = 16384
            agent = (await stub.CreateAgent(config)).agent
            count = min(wakeup_rules.MAX_PENDING, pending - a * wakeup_rules.MAX_PENDING)
            for start in range(0, count, 50):
                await asyncio.gather(
                    *(
                        stub.ScheduleWakeup(
                            agent_service_pb2.ScheduleWakeupRequest(
                                agent_id=agent.id, reason=f"task {i}", delay_seconds=3600 + i
                            )
                        )
                        for i in range(start, min(count, start + 50))
                    )
                )


@scenario("wakeups_pending", "the scheduler's cost with 10,000 pending wake-ups: per-poll query and idle CPU")
async def wakeups_pending(ctx: Context, result: Result) -> None:
    pending = PENDING if ctx.sizes.name == "full" else 2_000
    polls = ctx.reps(500 if ctx.sizes.name == "full" else 50)
    # The per-poll query, in this process, on each database: pending ones vs none.
    with postgres_database() as full_pg, postgres_database() as empty_pg:
        sqlite_dir = ctx.workdir / "wakeups-sqlite"
        sqlite_dir.mkdir(parents=True, exist_ok=True)
        urls = {
            "SQLite": (f"sqlite:///{sqlite_dir / 'full.db'}", f"sqlite:///{sqlite_dir / 'empty.db'}"),
            "PostgreSQL": (full_pg, empty_pg),
        }
        for label, (full_url, empty_url) in urls.items():
            stores = []
            for url, count in ((full_url, pending), (empty_url, 0)):
                engine = create_sql_engine(url)
                if label == "SQLite":
                    migrate.upgrade(engine)
                store = SqlStore(engine)
                _fill(store, count)
                stores.append(store)
            full_times, empty_times = [], []
            for _ in range(5):  # alternating rounds: both see the same load
                full_times += _polls(stores[0], polls // 5)
                empty_times += _polls(stores[1], polls // 5)
            goal = POLL_GOAL_MS if label == "SQLite" else None
            result.add(f"due-wake-up poll, {pending:,} pending, {label}", "ms", full_times, goal)
            result.add(f"due-wake-up poll, none pending, {label}", "ms", empty_times)
            result.add(
                f"poll p50, {pending:,} pending ÷ none, {label}", "x", [median(full_times) / median(empty_times)]
            )
            for store in stores:
                store.engine.dispose()

    # An idle server's CPU, with the pending wake-ups and without, over the same seconds.
    servers = {}
    for label in ("pending", "none"):
        data_dir = ctx.workdir / f"wakeups-{label}"
        data_dir.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "MEMSVC_DATA_DIR": str(data_dir), "MEMSVC_RECALL_VECTORS": "false"}
        env.pop("MEMSVC_DATABASE_URL", None)
        servers[label] = ServerProcess("all", free_port(), env, data_dir / "server.log")
    try:
        for server in servers.values():
            await asyncio.to_thread(server.start)
        await _schedule(servers["pending"].address, pending, ctx.fake.base_url)
        await asyncio.sleep(3)  # let the scheduling settle
        seconds = 30 if ctx.sizes.name == "full" else 6
        samples: dict[str, list[float]] = {label: [] for label in servers}
        before = {label: _cpu_seconds(s.proc.pid) for label, s in servers.items()}  # type: ignore[union-attr]
        for _ in range(seconds):
            await asyncio.sleep(1.0)
            for label, server in servers.items():
                cpu = _cpu_seconds(server.proc.pid)  # type: ignore[union-attr]
                samples[label].append(ms(cpu - before[label]))
                before[label] = cpu
    finally:
        for server in servers.values():
            server.terminate()
    # /proc counts CPU in ticks (10 ms): the headline is the mean over the whole window.
    mean = {label: sum(values) / len(values) for label, values in samples.items()}
    result.add(f"idle server CPU per second (mean), {pending:,} pending", "ms", [mean["pending"]], CPU_GOAL_MS)
    result.add("idle server CPU per second (mean), none pending", "ms", [mean["none"]])
    result.add(f"idle server CPU per second, {pending:,} pending (1 s samples)", "ms", samples["pending"])
    result.add("idle server CPU per second, none pending (1 s samples)", "ms", samples["none"])
    result.note(
        f"per-poll: {polls} calls of SqlStore.due_wakeups(now, 100) (the scheduler's query) per database and size, "
        f"in 5 alternating rounds, in this process; {pending:,} pending wake-ups over "
        f"{max(1, -(-pending // wakeup_rules.MAX_PENDING))} agents, due in an hour or more (none due). Idle CPU: "
        f"two all-in-one servers (SQLite, default 1 s scheduler interval), one with {pending:,} pending wake-ups "
        f"(scheduled through AgentService.ScheduleWakeup), one with none, sampled every second for {seconds} s "
        f"from /proc (utime + stime), over the same seconds (interval {Settings().scheduler_interval_seconds} s)"
    )
