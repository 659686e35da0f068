"""Micro-benchmark of the VectorIndex implementations: `python -m bench.vector_index`.

    python -m bench.vector_index                  # edge to 100k points, local mode capped at 10k
    python -m bench.vector_index --local-cap 0    # edge only

For each implementation, on files in a temporary directory: upserts/s in batches
of 256 and one by one; search latency p50/p95 (top 10, filtered by agent) at 10k
and 100k points spread over 100 agents; the time to reopen the directory and run
a first search. Vectors are random unit vectors (384-d), built outside the timings.
qdrant-client's local mode is a brute-force Python store: it stops at --local-cap
points (10k by default) so that its run stays under two minutes.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from memsvc.storage.qdrant import QdrantIndex
from memsvc.storage.qdrant_edge import QdrantEdgeIndex
from memsvc.storage.vectors import VectorIndex, VectorPoint

DIM = 384
AGENTS = 100
BATCH = 256
SIZES = (10_000, 100_000)


@dataclass
class Row:
    name: str
    batch_rate: float = 0.0
    single_rate: float = 0.0
    search_ms: dict[int, tuple[float, float]] = field(default_factory=dict)  # size -> (p50, p95)
    reopen_s: float = 0.0
    points: int = 0


def vectors(rng: np.random.Generator, n: int) -> np.ndarray:
    v = rng.standard_normal((n, DIM), dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def points(rng: np.random.Generator, start: int, n: int) -> list[VectorPoint]:
    return [
        VectorPoint(str(uuid.uuid4()), v.tolist(), f"agent-{(start + i) % AGENTS}", (f"t{i % 5}",), start + i)
        for i, v in enumerate(vectors(rng, n))
    ]


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def search_latency(index: VectorIndex, rng: np.random.Generator, queries: int) -> tuple[float, float]:
    samples = []
    for i, q in enumerate(vectors(rng, queries)):
        query = q.tolist()
        t = time.perf_counter()
        index.search(DIM, f"agent-{i % AGENTS}", query, limit=10)
        samples.append((time.perf_counter() - t) * 1e3)
    return percentile(samples, 0.5), percentile(samples, 0.95)


def run(name: str, open_index: Callable[[Path], VectorIndex], cap: int, queries: int, root: Path) -> Row:
    rng = np.random.default_rng(0)
    row = Row(name)

    single = open_index(root / "single")
    one_by_one = points(rng, 0, 1000 if cap > 10_000 else 300)
    t = time.perf_counter()
    for p in one_by_one:
        single.upsert(DIM, [p])
    row.single_rate = len(one_by_one) / (time.perf_counter() - t)
    single.close()

    index = open_index(root / "main")
    spent = 0.0
    for size in SIZES:
        if size > cap:
            break
        while row.points < size:
            batch = points(rng, row.points, min(BATCH, size - row.points))
            t = time.perf_counter()
            index.upsert(DIM, batch)
            spent += time.perf_counter() - t
            row.points += len(batch)
        row.search_ms[size] = search_latency(index, rng, queries)
        p50, p95 = row.search_ms[size]
        print(f"  {name}: {row.points} points, search p50/p95 {p50:.2f}/{p95:.2f} ms")
    row.batch_rate = row.points / spent
    index.close()

    t = time.perf_counter()
    index = open_index(root / "main")
    index.search(DIM, "agent-0", vectors(rng, 1)[0].tolist(), limit=10)
    row.reopen_s = time.perf_counter() - t
    index.close()
    return row


def table(rows: list[Row]) -> str:
    def search(row: Row, size: int) -> str:
        return "{:.2f} / {:.2f}".format(*row.search_ms[size]) if size in row.search_ms else "(capped)"

    header = ["index", "points", "upserts/s batch 256", "upserts/s one by one"]
    header += [f"search p50/p95 ms @{size // 1000}k" for size in SIZES] + ["reopen s"]
    lines = [header, ["---"] * len(header)]
    for r in rows:
        lines.append(
            [r.name, f"{r.points:,}", f"{r.batch_rate:,.0f}", f"{r.single_rate:,.0f}"]
            + [search(r, size) for size in SIZES]
            + [f"{r.reopen_s:.2f}"]
        )
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--local-cap", type=int, default=10_000, help="points for qdrant-client local mode (0: skip)")
    parser.add_argument("--queries", type=int, default=200, help="searches per size")
    args = parser.parse_args()

    candidates: list[tuple[str, Callable[[Path], VectorIndex], int]] = [
        ("qdrant-edge (embedded)", QdrantEdgeIndex, max(SIZES)),
        ("qdrant-client local mode", lambda path: QdrantIndex(path=path), args.local_cap),
    ]
    rows = []
    for name, open_index, cap in candidates:
        if cap <= 0:
            continue
        root = Path(tempfile.mkdtemp(prefix="memsvc-bench-vectors-"))
        try:
            started = time.perf_counter()
            rows.append(run(name, open_index, cap, args.queries, root))
            print(f"  {name}: {time.perf_counter() - started:.0f} s in all")
        finally:
            shutil.rmtree(root, ignore_errors=True)
    print()
    print(f"{DIM}-d random unit vectors, {AGENTS} agents, searches top 10 filtered by agent")
    print(table(rows))
    if 0 < args.local_cap < max(SIZES):
        print(f"\nlocal mode capped at {args.local_cap:,} points (it is brute force in Python).")


if __name__ == "__main__":
    main()
