"""QdrantEdgeIndex (a VectorIndex, see vectors.py): archival vectors in Qdrant Edge, embedded in this process.

The embedded default. qdrant-client's local mode is a pure-Python brute-force
store (≈1.25 s per filtered search at 100k points, ~1k persisted upserts/s, seconds
to reopen); qdrant-edge-py runs Qdrant's own Rust engine in-process: the same
filtered search over payload indexes, a write-ahead log, tens of thousands of
upserts per second. A real Qdrant server (QdrantIndex) remains the scale path.

Layout: one Edge shard per vector dimension, `<path>/passages_<dim>/` (the
counterpart of one collection per dimension), cosine distance. Each point carries
`agent_id` (keyword, the tenant), `tags` (keyword list) and `create_us` (integer),
all payload-indexed, so every filter runs inside the search and `limit` results
come back whenever that many points match.

Durability: `update()` appends the operation to the shard's WAL (a memory-mapped
file) before applying it, and loading a shard replays the WAL. Once `upsert` or
`delete` returns, the write survives the process being killed (kill -9); like
SQLite in WAL mode with synchronous=NORMAL (our SQL store), it is not fsynced, so
an OS crash or power loss can drop the last writes. `sync_writes=True` flushes
(fsyncs WAL and segments) on every write for that too, at ~5-8 ms per call. The
WAL is only truncated by flush(), so we flush every `flush_every` written points:
that bounds its size and the replay time after a crash (~35k points/s).

Optimization: in the background, in another process. EdgeShard.optimize() holds the
GIL for its whole run (1.5 s for 100k points over 100 agents, ~1 min when one agent has
100k), which would freeze the gRPC server. Without it every point stays in appendable
segments and an agent's search is an exact scan of its points (~10 ms for an agent with
100k). So once `optimize_after` points have been written to a shard since its last
optimization, a background thread copies the shard (flushed, under the lock: well under a
second per 100k points), runs `python -m memsvc.storage.edge_optimize` on the copy at low
CPU priority (it builds per-agent HNSW graphs: m=0, payload_m=16, no global graph, since
every search is scoped to one agent; agents below the full-scan threshold stay exact), and
swaps the optimized copy in, replaying the writes made meanwhile. Searches are served
throughout (they wait only for the copy and the swap). A crash mid-way leaves the live
shard as it was (or, after the swap's rename, the optimized one without the replayed
writes: the start-up reconciliation re-indexes those passages). `optimize()` does the same
in-process, for maintenance (`memsvc optimize`).

Processes and threads: a directory belongs to one process (we hold an exclusive
lock on `<path>/.lock`; the shards also lock their WALs). EdgeShard calls are
internally synchronized and hold the GIL while they run, so calls from several
threads are safe but serialized; this class adds a lock for its own state.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import IO

import structlog
from qdrant_edge import (
    Distance,
    EdgeConfig,
    EdgeShard,
    EdgeVectorParams,
    FieldCondition,
    Filter,
    HnswIndexConfig,
    IntegerIndexParams,
    KeywordIndexParams,
    MatchAny,
    MatchValue,
    Point,
    Query,
    QueryRequest,
    RangeFloat,
    ScrollRequest,
    UpdateOperation,
)

from memsvc.storage.vectors import VectorPoint

SHARD_PREFIX = "passages_"
CONFIG_FILE = "edge_config.json"  # written by EdgeShard.create: its presence means "load"
WORK_DIR = ".optimizing"  # the copy being optimized by the child process
REPLACED = ".replaced-"  # the live shard moved aside during a swap
OPTIMIZED_MARK = ".optimized-"  # holds the point count of a shard's last optimization
log = structlog.get_logger("memsvc.vectors")


class QdrantEdgeIndex:
    def __init__(
        self, path: Path, *, sync_writes: bool = False, flush_every: int = 10_000, optimize_after: int = 0
    ) -> None:
        path.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.sync_writes = sync_writes
        self.flush_every = flush_every
        # Optimize in the background after this many new points (0: never; the server sets it).
        self.optimize_after = optimize_after
        self._closing = threading.Event()
        self._lock = threading.Lock()
        self._lock_file: IO[bytes] | None = _lock_directory(path)
        self._shards: dict[int, EdgeShard] = {}
        self._unflushed: dict[int, int] = {}
        self._unoptimized: dict[int, int] = {}  # points written since the last optimization
        self._replay: dict[int, list[UpdateOperation]] = {}  # writes made while a copy is optimized
        self._optimizer: threading.Thread | None = None
        self._child: subprocess.Popen[bytes] | None = None
        try:
            _recover_swap(path)
            for child in sorted(path.glob(f"{SHARD_PREFIX}*")):
                dim = int(child.name.removeprefix(SHARD_PREFIX))
                shard = self._shards[dim] = _open_shard(child, dim)
                self._unflushed[dim] = 0
                self._unoptimized[dim] = max(0, shard.info().points_count - _optimized_count(path, dim))
        except BaseException:
            self.close()
            raise
        self._maybe_optimize()

    def close(self) -> None:
        self._closing.set()
        optimizer = self._optimizer
        while optimizer is not None and optimizer.is_alive():
            child = self._child
            if child is not None and child.poll() is None:
                child.kill()  # the copy is thrown away; the next start optimizes again
            optimizer.join(timeout=0.1)
        with self._lock:
            for shard in self._shards.values():
                shard.flush()
                shard.close()
            self._shards.clear()
            if self._lock_file is not None:
                self._lock_file.close()  # releases the flock
                self._lock_file = None

    def optimize(self) -> bool:
        """Builds the per-agent HNSW graphs and vacuums deleted points, in every shard.

        Blocking, and it holds the GIL throughout (seconds to minutes): call it only
        when nothing else needs this process, e.g. from a maintenance command.
        """
        with self._lock:
            changed = [shard.optimize() for shard in self._shards.values()]
            for dim, shard in self._shards.items():
                shard.flush()
                self._mark_optimized(dim, shard)
            return any(changed)

    # ----- background optimization (see the module docstring) ------------------------------

    def optimizing(self) -> bool:
        optimizer = self._optimizer
        return optimizer is not None and optimizer.is_alive()

    def _maybe_optimize(self) -> None:
        """Starts the background optimizer for the first shard with enough new points (caller: any)."""
        if self.optimize_after <= 0 or self.optimizing() or self._closing.is_set():
            return
        due = [dim for dim, n in self._unoptimized.items() if n >= self.optimize_after]
        if due:
            self._optimizer = threading.Thread(
                target=self._optimize_in_child, args=(due[0],), name="edge-optimizer", daemon=True
            )
            self._optimizer.start()

    def _optimize_in_child(self, dim: int) -> None:
        name = f"{SHARD_PREFIX}{dim}"
        work = self.path / WORK_DIR
        try:
            shutil.rmtree(work, ignore_errors=True)
            with self._lock:
                shard = self._existing(dim)
                if shard is None:
                    return
                shard.flush()
                self._unflushed[dim] = 0
                shutil.copytree(self.path / name, work / name)
                self._replay[dim] = []
                self._unoptimized[dim] = 0
            if self._closing.is_set():
                raise RuntimeError("the index is closing")
            command = [sys.executable, "-m", "memsvc.storage.edge_optimize", str(work / name), str(dim)]
            self._child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            _, err = self._child.communicate()
            if self._child.returncode != 0:
                raise RuntimeError(f"edge_optimize exited with {self._child.returncode}: {err.decode()[-500:]}")
            with self._lock:
                self._check_open()
                self._swap(dim, work / name)
            log.info("vector_index_optimized", path=str(self.path / name))
        except Exception as exc:  # never fatal: searches stay exact, and the next writes retry
            log.warning("vector_index_optimize_failed", path=str(self.path / name), error=str(exc)[:500])
            with self._lock:
                ops = self._replay.pop(dim, [])
                self._unoptimized[dim] = self._unoptimized.get(dim, 0) + len(ops) + self.optimize_after // 2
        finally:
            self._child = None
            shutil.rmtree(work, ignore_errors=True)

    def _swap(self, dim: int, optimized: Path) -> None:
        """Puts the optimized copy in place of the live shard and replays the writes made meanwhile (lock held)."""
        live = self.path / f"{SHARD_PREFIX}{dim}"
        aside = self.path / f"{REPLACED}{SHARD_PREFIX}{dim}"
        self._shards.pop(dim).close()
        live.rename(aside)
        optimized.rename(live)
        shard = self._shards[dim] = _open_shard(live, dim)
        ops = self._replay.pop(dim, [])
        for op in ops:
            shard.update(op)
        shard.flush()
        self._mark_optimized(dim, shard, pending=len(ops))
        shutil.rmtree(aside, ignore_errors=True)

    def _mark_optimized(self, dim: int, shard: EdgeShard, pending: int = 0) -> None:
        count = shard.info().points_count
        (self.path / f"{OPTIMIZED_MARK}{dim}").write_text(str(max(0, count - pending)))
        self._unoptimized[dim] = pending

    def _check_open(self) -> None:
        if self._lock_file is None:
            raise RuntimeError("the vector index is closed")

    def _existing(self, dim: int) -> EdgeShard | None:
        self._check_open()
        return self._shards.get(dim)

    def _ensure(self, dim: int) -> EdgeShard:
        shard = self._existing(dim)
        if shard is None:
            shard = self._shards[dim] = _open_shard(self.path / f"{SHARD_PREFIX}{dim}", dim)
            self._unflushed[dim] = 0
            self._unoptimized[dim] = 0
        return shard

    def _written(self, dim: int, shard: EdgeShard, count: int, operation: UpdateOperation) -> None:
        # The WAL already makes the write survive a killed process; flushing persists the
        # segments and truncates the WAL (so it stays small and quick to replay).
        self._unflushed[dim] += count
        if self.sync_writes or self._unflushed[dim] >= self.flush_every:
            shard.flush()
            self._unflushed[dim] = 0
        if dim in self._replay:
            self._replay[dim].append(operation)
        self._unoptimized[dim] = self._unoptimized.get(dim, 0) + count
        self._maybe_optimize()

    def upsert(self, dim: int, points: Sequence[VectorPoint]) -> None:
        if not points:
            return
        structs = [
            Point(p.id, list(p.vector), {"agent_id": p.agent_id, "tags": list(p.tags), "create_us": p.create_us})
            for p in points
        ]
        operation = UpdateOperation.upsert_points(structs)
        with self._lock:
            shard = self._ensure(dim)
            shard.update(operation)
            self._written(dim, shard, len(structs), operation)

    def search(
        self,
        dim: int,
        agent_id: str,
        vector: Sequence[float],
        *,
        limit: int,
        offset: int = 0,
        tags: Sequence[str] = (),
        match_all_tags: bool = False,
        start_us: int | None = None,
        end_us: int | None = None,
    ) -> list[tuple[str, float]]:
        must: list[FieldCondition] = [FieldCondition("agent_id", match=MatchValue(agent_id))]
        if tags and match_all_tags:
            must += [FieldCondition("tags", match=MatchValue(t)) for t in tags]
        elif tags:
            must.append(FieldCondition("tags", match=MatchAny(list(tags))))
        if start_us is not None or end_us is not None:
            # Microseconds since the epoch stay below 2**53, so the float range is exact.
            must.append(FieldCondition("create_us", range=RangeFloat(gte=start_us, lt=end_us)))
        request = QueryRequest(
            limit=limit,
            offset=offset,
            query=Query.Nearest(list(vector)),
            filter=Filter(must=must),
            with_payload=False,
            with_vector=False,
        )
        with self._lock:
            shard = self._existing(dim)
            found = shard.query(request) if shard is not None else []
        return [(str(p.id), float(p.score)) for p in found]

    def delete(self, dim: int, point_ids: Sequence[str]) -> None:
        if not point_ids:
            return
        with self._lock:
            shard = self._existing(dim)
            if shard is not None:
                operation = UpdateOperation.delete_points(list(point_ids))
                shard.update(operation)
                self._written(dim, shard, len(point_ids), operation)

    def delete_agent(self, agent_id: str) -> None:
        with self._lock:
            self._check_open()
            for dim, shard in self._shards.items():
                operation = UpdateOperation.delete_points_by_filter(_agent_filter(agent_id))
                shard.update(operation)
                self._written(dim, shard, 1, operation)

    def all_points(self) -> list[tuple[str, int]]:
        """(point id, dimension) of every point, for reconciling with the passage records."""
        out: list[tuple[str, int]] = []
        with self._lock:
            self._check_open()
            for dim, shard in self._shards.items():
                offset = None
                while True:
                    records, offset = shard.scroll(
                        ScrollRequest(offset=offset, limit=1000, with_payload=False, with_vector=False)
                    )
                    out += [(str(r.id), dim) for r in records]
                    if offset is None:
                        break
        return out

    def point_ids(self, agent_id: str) -> set[str]:
        ids: set[str] = set()
        with self._lock:
            self._check_open()
            for shard in self._shards.values():
                offset = None
                while True:
                    records, offset = shard.scroll(
                        ScrollRequest(
                            offset=offset,
                            limit=1000,
                            filter=_agent_filter(agent_id),
                            with_payload=False,
                            with_vector=False,
                        )
                    )
                    ids.update(str(r.id) for r in records)
                    if offset is None:
                        break
        return ids


def _config(dim: int) -> EdgeConfig:
    return EdgeConfig(
        vectors=EdgeVectorParams(size=dim, distance=Distance.Cosine),
        # Every search is scoped to one agent: no global graph (m=0), one graph per agent
        # (payload_m) for agents above the full-scan threshold; smaller ones are scanned exactly.
        hnsw_config=HnswIndexConfig(m=0, ef_construct=100, full_scan_threshold=10_000, payload_m=16),
        wal_enabled=True,
    )


def _open_shard(path: Path, dim: int) -> EdgeShard:
    if (path / CONFIG_FILE).exists():
        shard = EdgeShard.load(str(path), _config(dim))
    else:
        shard = EdgeShard.create(str(path), _config(dim))
    # Idempotent: also completes a shard whose creation was interrupted.
    indexes = {
        "agent_id": KeywordIndexParams(is_tenant=True),  # co-locates each agent's points
        "tags": KeywordIndexParams(enable_hnsw=False),  # a filter within an agent: no graphs of its own
        "create_us": IntegerIndexParams(lookup=False, range=True, enable_hnsw=False),
    }
    existing = shard.info().payload_schema
    for field, params in indexes.items():
        if field not in existing:
            shard.update(UpdateOperation.create_field_index(field, params))
    return shard


def optimize_directory(path: Path, dim: int) -> bool:
    """Optimizes a shard directory no other process has open (the child's work)."""
    with contextlib.suppress(OSError):
        os.nice(10)  # below the server's priority: serving comes first
    with contextlib.suppress(OSError, AttributeError):  # Linux: die with the server (kill -9 included)
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    shard = _open_shard(path, dim)
    try:
        changed = shard.optimize()
        shard.flush()
        return changed
    finally:
        shard.close()


def _recover_swap(path: Path) -> None:
    """Finishes or undoes a swap cut off by a crash, and drops an unfinished copy."""
    shutil.rmtree(path / WORK_DIR, ignore_errors=True)
    for aside in path.glob(f"{REPLACED}{SHARD_PREFIX}*"):
        live = path / aside.name.removeprefix(REPLACED)
        if live.exists():
            shutil.rmtree(aside)  # the optimized copy is in place
        else:
            aside.rename(live)  # cut off between the two renames: the old shard is whole


def _optimized_count(path: Path, dim: int) -> int:
    try:
        return int((path / f"{OPTIMIZED_MARK}{dim}").read_text())
    except (OSError, ValueError):
        return 0


def _agent_filter(agent_id: str) -> Filter:
    return Filter(must=[FieldCondition("agent_id", match=MatchValue(agent_id))])


def _lock_directory(path: Path) -> IO[bytes]:
    lock_file = (path / ".lock").open("ab")
    try:
        fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock_file.close()
        raise RuntimeError(f"{path} is open in another process (one process per vector index directory)") from None
    return lock_file
