"""Growth, end to end: search latency through gRPC (query embedding included) and server memory,
at 1k / 10k / 100k items in one agent, on SQLite and on PostgreSQL.

For each database and size: one agent's passages and messages are bulk-loaded through the
store's own batch paths (MemoryStore.insert_archival_batch, SqlStore.commit_context and the
recall indexer) with random unit vectors, so loading takes seconds, not an hour of model
time; then an all-in-one server process opens that data as it would after a restart and
every search goes through gRPC, its query embedded by the agent's built-in model
(all-MiniLM-L6-v2). The embedded vector index builds its search graphs in the background
(a child process, see storage/qdrant_edge.py): archival and recall searches are timed while
it runs (right after start) and again once it is done. Queries are one or two words:
"specific" ones drawn uniformly from the 5,000-word vocabulary (a name, a topic), "common"
ones by frequency (they match a large share of the messages). Every query of the run is new
(FreshQueries), so none is answered from the server's query-embedding cache: each measured
search includes its query's embedding.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from pathlib import Path

import grpc
import numpy as np

from bench.components import (
    Words,
    load_messages,
    load_passages,
    new_agent,
    unit_vectors,
    use_vectors,
)
from bench.core import Context, Result, ms, scenario
from bench.databases import database_server, postgres_database
from bench.turns import rss_mb
from memsvc.server.app import OPTIMIZE_AFTER, open_memory_store
from memsvc.settings import Settings
from memsvc.v1 import memory_service_pb2, memory_service_pb2_grpc

GOAL_MS = 10.0
GRAPH_WAIT_SECONDS = 900.0


async def load(data_dir: Path, database_url: str, size: int, result: Result) -> str:
    """One agent with `size` passages and `size` messages (all in the recall vector index)."""
    store = open_memory_store(Settings(data_dir=data_dir, database_url=database_url))
    for index in (store.index, store.recall.index if store.recall else None):
        if index is not None and hasattr(index, "optimize_after"):
            index.optimize_after = 0  # the server builds the graphs, not this loader
    try:
        agent = new_agent(store, "bench-growth").id
        await load_passages(store, [agent], size, result)
        load_messages(store, agent, size, Words(5), result)
        if store.recall is not None:
            use_vectors(store, unit_vectors(np.random.default_rng(8), size))
            while await store.recall.index_pending():
                pass
        return agent
    finally:
        store.close()


def graphs_built(data_dir: Path, size: int) -> bool:
    """Whether the server's background optimizer is done (below its threshold it never starts)."""
    dirs = [data_dir / "qdrant-edge", data_dir / "qdrant-edge-recall"]
    if size < OPTIMIZE_AFTER:
        return True
    return all((d / ".optimized-384").exists() and not (d / ".optimizing").exists() for d in dirs if d.exists())


class FreshQueries:
    """Queries never sent before in this run, so the server's query cache never answers one.

    "specific": one or two words drawn uniformly from the vocabulary (redrawn on a repeat);
    "common": one or two words drawn by frequency, made unique when needed by appending words
    drawn uniformly from the vocabulary (the common word still matches a large share of messages).
    """

    def __init__(self, words: Words, seed: int) -> None:
        self.words = words
        self.pick = random.Random(seed)
        self.seen: set[str] = set()

    def _new(self, text: str) -> str:
        while text in self.seen:
            text = f"{text} {self.pick.choice(self.words.words)}"
        self.seen.add(text)
        return text

    def specific(self, count: int) -> list[str]:
        out = []
        for _ in range(count):
            text = " ".join(self.pick.sample(self.words.words, self.pick.randint(1, 2)))
            while text in self.seen:
                text = " ".join(self.pick.sample(self.words.words, self.pick.randint(1, 2)))
            out.append(self._new(text))
        return out

    def common(self, count: int) -> list[str]:
        return [self._new(self.words.query()) for _ in range(count)]


async def searches(
    stub: memory_service_pb2_grpc.MemoryServiceStub, agent: str, queries: list[str], kind: str
) -> list[float]:
    took = []
    for text in queries:
        started = time.perf_counter()
        if kind == "archival":
            await stub.SearchArchivalMemory(memory_service_pb2.SearchArchivalMemoryRequest(agent_id=agent, query=text))
        else:
            await stub.SearchRecallMessages(memory_service_pb2.SearchRecallMessagesRequest(agent_id=agent, query=text))
        took.append(ms(time.perf_counter() - started))
    return took


@scenario("growth", "search p50 through gRPC (query embedding included) and RSS at 1k/10k/100k, both databases")
async def growth(ctx: Context, result: Result) -> None:
    queries = FreshQueries(Words(5), seed=9)
    count = ctx.reps(ctx.sizes.searches) if ctx.sizes.name == "full" else ctx.reps(10)
    rows: dict[str, list[float]] = {}
    for size in ctx.sizes.growth:
        for label, base_url in (("SQLite", ""), ("PostgreSQL", "pg")):
            with postgres_database() if base_url else contextlib.nullcontext("") as url:
                name = f"{label.lower()}-{size}"
                data_dir = ctx.workdir / name
                agent = await load(data_dir, url or "", size, result)
                server = database_server(ctx, name, url or "", {"MEMSVC_RECALL_VECTORS": "true"}).start()
                assert server.proc is not None
                try:
                    async with grpc.aio.insecure_channel(server.address) as channel:
                        stub = memory_service_pb2_grpc.MemoryServiceStub(channel)
                        await searches(stub, agent, queries.specific(3), "archival")  # loads the model
                        key = f"{size // 1000}k, {label}"
                        during = not graphs_built(data_dir, size)
                        rows[f"archival, {key}, right after start"] = await searches(
                            stub, agent, queries.specific(count), "archival"
                        )
                        started = time.monotonic()
                        # The server process writes the marker files: poll them.
                        while not graphs_built(data_dir, size) and time.monotonic() - started < GRAPH_WAIT_SECONDS:  # noqa: ASYNC110
                            await asyncio.sleep(1.0)
                        built = graphs_built(data_dir, size)
                        waited = time.monotonic() - started
                        suffix = "graphs built" if built else "graphs NOT built yet"
                        rows[f"archival, {key}, {suffix}"] = await searches(
                            stub, agent, queries.specific(count), "archival"
                        )
                        rows[f"recall, {key}, specific words"] = await searches(
                            stub, agent, queries.specific(count), "recall"
                        )
                        rows[f"recall, {key}, common words"] = await searches(
                            stub, agent, queries.common(count), "recall"
                        )
                        rss = rss_mb(server.proc.pid)
                        rows[f"server RSS after these searches, {key}"] = [rss]
                        result.note(
                            f"{key}: background graph build {'running' if during else 'not needed'} at start; "
                            f"{'done' if built else 'not done'} {waited:.0f} s later"
                        )
                finally:
                    server.terminate()
    for name, values in rows.items():
        unit = "MB" if name.startswith("server RSS") else "ms"
        goal = 500.0 if unit == "MB" and "100k" in name else (GOAL_MS if unit == "ms" and "100k" in name else None)
        result.add(name, unit, values, goal)
    result.note(
        f"{count} searches per row (top 10), each a gRPC call from request to response including the query's "
        "embedding by the built-in model: every query of the run is one the server has not seen (no row "
        "repeats another's queries), so none is answered from the query-embedding cache; "
        "RSS from /proc/<pid>/status of the server process"
    )
