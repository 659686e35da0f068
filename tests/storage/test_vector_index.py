"""One contract for every VectorIndex: QdrantIndex (qdrant-client local mode) and QdrantEdgeIndex.

Real files in tmp_path, no mocks. Filters must run inside the search: the points
that match are placed far from the query, so filtering after a top-k would miss them.
"""

from __future__ import annotations

import math
import signal
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from memsvc.storage.qdrant import QdrantIndex
from memsvc.storage.qdrant_edge import QdrantEdgeIndex
from memsvc.storage.vectors import VectorIndex, VectorPoint

Opener = Callable[[Path], VectorIndex]
OPENERS: dict[str, Opener] = {
    "qdrant-local": lambda path: QdrantIndex(path=path),
    "qdrant-edge": QdrantEdgeIndex,
}
DIM = 8


@pytest.fixture(params=list(OPENERS))
def open_index(request: pytest.FixtureRequest) -> Opener:
    return OPENERS[request.param]


@pytest.fixture
def index(open_index: Opener, tmp_path: Path) -> Iterator[VectorIndex]:
    opened = open_index(tmp_path / "vectors")
    yield opened
    opened.close()


def new_id() -> str:
    return str(uuid.uuid4())


def unit(rng: np.random.Generator, dim: int = DIM) -> list[float]:
    v = rng.standard_normal(dim)
    return (v / np.linalg.norm(v)).tolist()


def near(target: list[float], rng: np.random.Generator, noise: float) -> list[float]:
    v = np.asarray(target) + noise * rng.standard_normal(len(target))
    return (v / np.linalg.norm(v)).tolist()


def point(agent: str, vector: list[float], tags: tuple[str, ...] = (), create_us: int = 0) -> VectorPoint:
    return VectorPoint(new_id(), vector, agent, tags, create_us)


def ids(found: list[tuple[str, float]]) -> list[str]:
    return [pid for pid, _ in found]


def test_search_orders_by_cosine(index: VectorIndex) -> None:
    query = [1.0] + [0.0] * (DIM - 1)
    slopes = [3.0, 0.0, 1.0, 0.25, 10.0]  # vector (1, s, 0, ...): cosine 1/sqrt(1+s^2)
    points = [point("a", [1.0, s] + [0.0] * (DIM - 2)) for s in slopes]
    index.upsert(DIM, points)
    found = index.search(DIM, "a", query, limit=10)
    expected = sorted(zip(slopes, points, strict=True), key=lambda sp: sp[0])
    assert ids(found) == [p.id for _, p in expected]
    for (_, score), (s, _) in zip(found, expected, strict=True):
        assert score == pytest.approx(1 / math.sqrt(1 + s * s), abs=1e-4)


def test_agents_are_isolated(index: VectorIndex) -> None:
    rng = np.random.default_rng(1)
    query = unit(rng)
    owned: dict[str, set[str]] = {}
    points = []
    for a in range(20):
        agent = f"agent-{a}"
        mine = [point(agent, near(query, rng, 0.3 * (a + 1))) for _ in range(15)]
        owned[agent] = {p.id for p in mine}
        points += mine
    index.upsert(DIM, points)
    for agent, mine in owned.items():
        top = index.search(DIM, agent, query, limit=10)
        assert len(top) == 10
        assert set(ids(top)) <= mine
        assert set(ids(index.search(DIM, agent, query, limit=100))) == mine
    assert index.search(DIM, "nobody", query, limit=10) == []


def test_tag_filter_any_returns_the_requested_top_k(index: VectorIndex) -> None:
    rng = np.random.default_rng(2)
    query = unit(rng)
    far = [-x for x in query]
    # 170 untagged points close to the query, 30 tagged far from it: a top-k then filter finds none.
    close = [point("a", near(query, rng, 0.05), ("other",)) for _ in range(170)]
    tagged = [point("a", near(far, rng, 0.5), (f"t{i % 3}", "keep")) for i in range(30)]
    decoys = [point("b", near(query, rng, 0.01), ("keep",)) for _ in range(20)]
    index.upsert(DIM, close + tagged + decoys)
    found = index.search(DIM, "a", query, limit=10, tags=["keep"])
    assert len(found) == 10
    assert set(ids(found)) <= {p.id for p in tagged}
    found = index.search(DIM, "a", query, limit=10, tags=["nothing", "t0"])
    assert len(found) == 10
    assert set(ids(found)) == {p.id for p in tagged[0::3]}


def test_tag_filter_all(index: VectorIndex) -> None:
    rng = np.random.default_rng(3)
    query = unit(rng)
    both = [point("a", unit(rng), ("x", "y", "z")) for _ in range(15)]
    only_x = [point("a", unit(rng), ("x",)) for _ in range(15)]
    only_y = [point("a", unit(rng), ("y",)) for _ in range(15)]
    index.upsert(DIM, both + only_x + only_y + [point("a", unit(rng), ("w",)) for _ in range(100)])
    found = index.search(DIM, "a", query, limit=10, tags=["x", "y"], match_all_tags=True)
    assert len(found) == 10
    assert set(ids(found)) <= {p.id for p in both}
    found = index.search(DIM, "a", query, limit=100, tags=["y", "x"], match_all_tags=True)
    assert set(ids(found)) == {p.id for p in both}
    found = index.search(DIM, "a", query, limit=100, tags=["x", "y"])
    assert set(ids(found)) == {p.id for p in both + only_x + only_y}


def test_date_range_is_start_inclusive_end_exclusive(index: VectorIndex) -> None:
    rng = np.random.default_rng(4)
    query = unit(rng)
    base = 1_700_000_000_000_000  # microseconds since the epoch, as stored
    points = [point("a", unit(rng), (), base + i * 1000) for i in range(200)]
    index.upsert(DIM, points)
    start, end = base + 50_000, base + 80_000
    inside = {p.id for p in points[50:80]}
    found = index.search(DIM, "a", query, limit=10, start_us=start, end_us=end)
    assert len(found) == 10
    assert set(ids(found)) <= inside
    assert set(ids(index.search(DIM, "a", query, limit=100, start_us=start, end_us=end))) == inside
    assert len(index.search(DIM, "a", query, limit=500, start_us=start)) == 150
    assert len(index.search(DIM, "a", query, limit=500, end_us=end)) == 80
    both = index.search(DIM, "a", query, limit=500, start_us=start, end_us=end, tags=["none"])
    assert both == []


def test_offset_pages_do_not_overlap(index: VectorIndex) -> None:
    rng = np.random.default_rng(5)
    query = unit(rng)
    index.upsert(DIM, [point("a", unit(rng)) for _ in range(50)])
    index.upsert(DIM, [point("b", unit(rng)) for _ in range(50)])
    pages = [index.search(DIM, "a", query, limit=10, offset=o) for o in (0, 10, 20)]
    flat = [hit for page in pages for hit in page]
    assert [len(page) for page in pages] == [10, 10, 10]
    assert ids(flat) == ids(index.search(DIM, "a", query, limit=30))
    scores = [score for _, score in flat]
    assert scores == sorted(scores, reverse=True)
    assert len(index.search(DIM, "a", query, limit=10, offset=45)) == 5


def test_delete_and_delete_agent(index: VectorIndex) -> None:
    rng = np.random.default_rng(6)
    query = unit(rng)
    a8 = [point("a", unit(rng)) for _ in range(10)]
    a16 = [point("a", unit(rng, 16)) for _ in range(10)]
    b8 = [point("b", unit(rng)) for _ in range(10)]
    index.upsert(DIM, a8 + b8)
    index.upsert(16, a16)
    gone = [p.id for p in a8[:3]]
    index.delete(DIM, gone)
    index.delete(DIM, [])
    index.delete(32, [new_id()])  # a dimension never written: nothing to do
    assert index.point_ids("a") == {p.id for p in a8[3:] + a16}
    assert set(gone).isdisjoint(ids(index.search(DIM, "a", query, limit=100)))
    index.delete_agent("a")
    assert index.point_ids("a") == set()
    assert index.search(DIM, "a", query, limit=10) == []
    assert index.search(16, "a", unit(rng, 16), limit=10) == []
    assert index.point_ids("b") == {p.id for p in b8}
    index.delete_agent("nobody")


def test_point_ids_pages_through_every_point(index: VectorIndex) -> None:
    rng = np.random.default_rng(7)
    mine = [point("a", unit(rng, 4)) for _ in range(1100)]  # more than one scroll page
    index.upsert(4, mine)
    index.upsert(4, [point("b", unit(rng, 4)) for _ in range(10)])
    assert index.point_ids("a") == {p.id for p in mine}
    assert index.point_ids("nobody") == set()


def test_upsert_replaces_a_point(index: VectorIndex) -> None:
    rng = np.random.default_rng(8)
    query = unit(rng)
    first = point("a", [-x for x in query], ("old",))
    index.upsert(DIM, [first])
    index.upsert(DIM, [VectorPoint(first.id, query, "a", ("new",), 5)])
    [(pid, score)] = index.search(DIM, "a", query, limit=10, tags=["new"])
    assert pid == first.id
    assert score == pytest.approx(1.0, abs=1e-4)
    assert index.search(DIM, "a", query, limit=10, tags=["old"]) == []


def test_two_dimensions_side_by_side(index: VectorIndex) -> None:
    rng = np.random.default_rng(9)
    small = [point("a", unit(rng)) for _ in range(20)]
    large = [point("a", unit(rng, 16)) for _ in range(20)]
    index.upsert(DIM, small)
    index.upsert(16, large)
    assert set(ids(index.search(DIM, "a", unit(rng), limit=50))) == {p.id for p in small}
    assert set(ids(index.search(16, "a", unit(rng, 16), limit=50))) == {p.id for p in large}
    assert index.search(32, "a", unit(rng, 32), limit=10) == []
    assert index.point_ids("a") == {p.id for p in small + large}


def test_reopen_keeps_the_points(open_index: Opener, tmp_path: Path) -> None:
    rng = np.random.default_rng(10)
    query = unit(rng)
    small = [point("a", unit(rng), ("t",), i) for i in range(30)]
    large = [point("a", unit(rng, 16)) for _ in range(5)]
    first = open_index(tmp_path / "vectors")
    first.upsert(DIM, small)
    first.upsert(16, large)
    first.delete(DIM, [small[0].id])
    before = first.search(DIM, "a", query, limit=10, tags=["t"], start_us=5)
    first.close()
    again = open_index(tmp_path / "vectors")
    try:
        assert again.point_ids("a") == {p.id for p in small[1:] + large}
        after = again.search(DIM, "a", query, limit=10, tags=["t"], start_us=5)
        assert ids(after) == ids(before)
        assert [s for _, s in after] == pytest.approx([s for _, s in before])
        more = point("a", unit(rng))
        again.upsert(DIM, [more])
        assert more.id in again.point_ids("a")
    finally:
        again.close()


CHILD = """
import sys, uuid
from pathlib import Path
from memsvc.storage.qdrant_edge import QdrantEdgeIndex
from memsvc.storage.vectors import VectorPoint

n = int(sys.argv[2])
index = QdrantEdgeIndex(Path(sys.argv[1]))
points = [
    VectorPoint(str(uuid.uuid5(uuid.NAMESPACE_OID, str(i))), [1.0, float(i), 0.5, -1.0], f"agent-{i % 3}", ("t",), i)
    for i in range(n)
]
index.upsert(4, points[: n // 2])  # one batch, then one by one
for p in points[n // 2 :]:
    index.upsert(4, [p])
index.delete(4, [points[0].id])
print("done", flush=True)
sys.stdin.read()  # never returns: the test kills us first
"""


def test_edge_writes_survive_kill_9(tmp_path: Path) -> None:
    n = 400
    path = tmp_path / "vectors"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(n)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "done"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    expected = [str(uuid.uuid5(uuid.NAMESPACE_OID, str(i))) for i in range(n)]
    index = QdrantEdgeIndex(path)
    try:
        found: set[str] = set()
        for a in range(3):
            found |= index.point_ids(f"agent-{a}")
        assert found == set(expected[1:])
        assert len(index.search(4, "agent-1", [1.0, 0.0, 0.0, 0.0], limit=500)) == len(expected[1::3])
    finally:
        index.close()


def test_edge_directory_belongs_to_one_process(tmp_path: Path) -> None:
    first = QdrantEdgeIndex(tmp_path / "vectors")
    with pytest.raises(RuntimeError, match="another process"):
        QdrantEdgeIndex(tmp_path / "vectors")
    first.close()
    with pytest.raises(RuntimeError, match="closed"):
        first.search(DIM, "a", [1.0] * DIM, limit=1)
    QdrantEdgeIndex(tmp_path / "vectors").close()


def test_edge_optimize_keeps_results(tmp_path: Path) -> None:
    rng = np.random.default_rng(11)
    query = unit(rng)
    index = QdrantEdgeIndex(tmp_path / "vectors")
    try:
        mine = [point("a", unit(rng), ("t",) if i % 2 else (), i) for i in range(300)]
        index.upsert(DIM, mine)
        index.delete(DIM, [p.id for p in mine[:100]])
        before = index.search(DIM, "a", query, limit=20, tags=["t"], start_us=150)
        index.optimize()
        after = index.search(DIM, "a", query, limit=20, tags=["t"], start_us=150)
        assert ids(after) == ids(before)
        assert index.point_ids("a") == {p.id for p in mine[100:]}
    finally:
        index.close()


def test_edge_optimizes_in_the_background_and_keeps_every_write(tmp_path: Path) -> None:
    """Past `optimize_after` new points, a child process optimizes a copy; writes made meanwhile
    survive the swap, and searches are answered all along (by this process, never blocked)."""
    rng = np.random.default_rng(12)
    query = unit(rng)
    path = tmp_path / "vectors"
    index = QdrantEdgeIndex(path, optimize_after=500)
    try:
        first = [point("a", unit(rng), (), i) for i in range(600)]
        index.upsert(DIM, first)
        assert index.optimizing()
        during = [point("a", unit(rng), ("late",), 1000 + i) for i in range(50)]
        index.upsert(DIM, during)
        index.delete(DIM, [first[0].id])
        answered = 0
        while index.optimizing():
            assert len(index.search(DIM, "a", query, limit=5)) == 5
            answered += 1
        assert answered > 0
        assert (path / ".optimized-8").exists()
        assert not (path / ".optimizing").exists()
        assert index.point_ids("a") == {p.id for p in first[1:] + during}
        expected = sorted(during, key=lambda p: -float(np.dot(p.vector, query)))
        assert ids(index.search(DIM, "a", query, limit=100, tags=["late"])) == [p.id for p in expected]
    finally:
        index.close()
    # Reopened: nothing new to optimize, the marker remembers the last optimization.
    again = QdrantEdgeIndex(path, optimize_after=500)
    try:
        assert not again.optimizing()
        assert len(again.point_ids("a")) == 649
    finally:
        again.close()


def test_edge_recovers_a_swap_cut_off_by_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "vectors"
    index = QdrantEdgeIndex(path)
    index.upsert(DIM, [point("a", unit(np.random.default_rng(13)), (), 1)])
    index.close()
    (path / f"passages_{DIM}").rename(path / f".replaced-passages_{DIM}")  # between the two renames
    (path / ".optimizing").mkdir()
    index = QdrantEdgeIndex(path)
    try:
        assert len(index.point_ids("a")) == 1
        assert not (path / ".optimizing").exists()
    finally:
        index.close()
