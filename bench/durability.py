"""What power-loss durability costs: MEMSVC_DURABILITY=power ÷ process, side by side.

Two all-in-one server processes on SQLite with the embedded vector index, one per setting,
rounds alternating between them so both see the same machine load. What a client sees
through gRPC: one-step and two-step turns (SendMessage, the zero-latency fake LLM's time
included) and archival inserts (InsertArchivalMemory, the fake's embeddings included; with
recall indexing on, as deployed, so its synced vector writes are part of the cost).
"""

from __future__ import annotations

import time
import uuid
from statistics import median

from bench.core import Context, Result, scenario
from bench.databases import Target, database_server
from memsvc.v1 import memory_service_pb2, memory_service_pb2_grpc

SETTINGS = ("process", "power")


async def inserts(target: Target, count: int, into: list[float]) -> None:
    memory = memory_service_pb2_grpc.MemoryServiceStub(target.channel)
    agent_id, _ = await target.pool.new()
    started = time.perf_counter()
    for i in range(count):
        content = f"Passage {i} ({uuid.uuid4().hex[:8]}): the user's cousin lives in town {i}."
        await memory.InsertArchivalMemory(
            memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent_id, content=content)
        )
    into.append(count / (time.perf_counter() - started))


@scenario("durability", "what MEMSVC_DURABILITY=power costs: turns and inserts, power ÷ process, side by side")
async def durability(ctx: Context, result: Result) -> None:
    sizes = ctx.sizes
    rounds = 10 if sizes.name == "full" else 2
    per_round = max(3, ctx.reps(sizes.turns) // rounds)
    servers = {s: database_server(ctx, f"durability-{s}", extra={"MEMSVC_DURABILITY": s}) for s in SETTINGS}
    targets: dict[str, Target] = {}
    rates: dict[str, list[float]] = {s: [] for s in SETTINGS}
    try:
        for setting, server in servers.items():
            server.env.pop("MEMSVC_RECALL_VECTORS", None)  # recall indexing on, as deployed
            server.start()
            targets[setting] = Target(setting, server, ctx.fake, sizes.turns_per_agent)
        for target in targets.values():
            await target.one_step(sizes.warmup_turns, keep=False)
        for _ in range(rounds):
            for setting, target in targets.items():
                await target.one_step(per_round)
                await target.two_step(per_round)
                await inserts(target, per_round * 4, rates[setting])
    finally:
        for target in targets.values():
            await target.channel.close()
        for server in servers.values():
            server.terminate()
    process, power = targets["process"], targets["power"]
    result.add("one-step message p50, power ÷ process", "x", [median(power.one) / median(process.one)])
    result.add("two-step message p50, power ÷ process", "x", [median(power.two) / median(process.two)])
    result.add("archival inserts, process ÷ power throughput", "x", [median(rates["process"]) / median(rates["power"])])
    for setting, target in targets.items():
        result.add(f"one-step message (SendMessage), {setting}", "ms", target.one)
        result.add(f"two-step message (archival insert + reply), {setting}", "ms", target.two)
        result.add(f"archival inserts one by one (InsertArchivalMemory), {setting}", "/s", rates[setting])
    result.note(
        f"{rounds} alternating rounds of {per_round} one-step turns, {per_round} two-step turns and "
        f"{per_round * 4} inserts per server, after {sizes.warmup_turns} warm-up turns each; SQLite and the "
        "embedded vector index in each server's own data directory, on this machine's disk; the fake LLM answers "
        "at once"
    )
