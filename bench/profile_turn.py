"""A profile of one-step turns on PostgreSQL: `python -m bench.profile_turn [--seconds 20] [--sqlite]`.

Starts an all-in-one server on a fresh PostgreSQL database (or SQLite), drives one-step
turns through gRPC against the zero-latency fake LLM, samples the server with py-spy
(`pip install py-spy`; it needs ptrace) and writes a summary to bench/results/: where the
server's samples go, by area (SQL driver, SQLAlchemy, gRPC, the openai client, ...) and by
function (inclusive), with the collapsed stacks beside it for a flame graph.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from tests.fakellm import FakeLLM

from bench.core import SIZES, Context
from bench.databases import Target, database_server, postgres_database
from bench.report import git_revision, load_average, utc_now

RESULTS = Path(__file__).resolve().parent / "results"
# Areas, by the first matching frame from the leaf up (file path fragments).
AREAS = (
    ("PostgreSQL driver (psycopg)", "psycopg"),
    ("SQLite driver", "sqlite3"),
    ("SQLAlchemy", "sqlalchemy"),
    ("openai + httpx client", ("openai", "httpx", "httpcore", "h11", "anyio")),
    ("gRPC", "grpc"),
    ("protobuf", "protobuf"),
    ("token counting (tiktoken)", "tiktoken"),
    ("logging (structlog)", "structlog"),
    ("memsvc storage", "memsvc/storage"),
    ("memsvc memory store", "memsvc/memory"),
    ("memsvc agent loop", "memsvc/agent"),
    ("memsvc servers", "memsvc/server"),
    ("asyncio event loop", "asyncio"),
    ("threads (worker pools)", ("concurrent/futures", "threading.py")),
)


def area(frames: list[str]) -> str:
    for frame in reversed(frames):
        for name, marks in AREAS:
            if any(m in frame for m in ((marks,) if isinstance(marks, str) else marks)):
                return name
    return "other"


def summarize(raw: Path, top: int = 30) -> tuple[list[tuple[str, int]], list[tuple[str, int]], int]:
    areas: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        n = int(count)
        frames = stack.split(";")
        if frames and frames[-1].startswith(("_worker (concurrent", "wait (threading", "select (selectors")):
            continue  # idle threads waiting for work
        total += n
        areas[area(frames)] += n
        for frame in set(frames):
            inclusive[frame] += n
    return areas.most_common(), inclusive.most_common(top), total


async def drive(ctx: Context, sqlite: bool, seconds: float, out_raw: Path) -> tuple[int, float]:
    with postgres_database() as url:
        server = database_server(ctx, "profiled", "" if sqlite else url).start()
        assert server.proc is not None
        target = Target("profiled", server, ctx.fake, 25)
        try:
            await target.one_step(30, keep=False)
            spy = subprocess.Popen(  # noqa: ASYNC220 - the sampler runs beside the turns
                [
                    shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy")),
                    "record",
                    "--pid",
                    str(server.proc.pid),
                    "--rate",
                    "400",
                    "--format",
                    "raw",
                    "--duration",
                    str(int(seconds)),
                    "--output",
                    str(out_raw),
                    "--threads",
                    "--nonblocking",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.STDOUT,
            )
            await asyncio.sleep(1.0)
            turns = 0
            started = time.perf_counter()
            while spy.poll() is None and time.perf_counter() - started < seconds + 30:
                await target.one_step(10)
                turns += 10
            spy.wait(60)
            return turns, target.one and sorted(target.one)[len(target.one) // 2]
        finally:
            await target.channel.close()
            server.terminate()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--sqlite", action="store_true", help="profile the embedded default instead")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    started, load, (rev, dirty) = utc_now(), load_average(), git_revision()
    database = "SQLite" if args.sqlite else "PostgreSQL"
    args.out.mkdir(parents=True, exist_ok=True)
    stem = f"{started:%Y-%m-%d}-{rev}-profile-{database.lower()}"
    raw = args.out / f"{stem}.collapsed.txt"
    fake = FakeLLM().start()
    try:
        with tempfile.TemporaryDirectory(prefix="memsvc-profile-") as tmp:
            ctx = Context(SIZES["small"], None, Path(tmp), fake)
            turns, p50 = asyncio.run(drive(ctx, args.sqlite, args.seconds, raw))
    finally:
        fake.stop()
    areas, inclusive, total = summarize(raw)
    lines = [
        f"# Profile of one-step turns on {database}, {started:%Y-%m-%d %H:%M} UTC",
        "",
        f"- git revision `{rev}`{' plus uncommitted changes' if dirty else ''}; command: "
        f"`python -m bench.profile_turn {'--sqlite ' if args.sqlite else ''}--seconds {args.seconds:g}`",
        f"- {turns} one-step turns through gRPC (SendMessage) against the zero-latency fake LLM, "
        f"p50 {p50:.1f} ms; all-in-one server sampled by py-spy at 400 Hz, all threads, idle waits left out",
        f"- 1-minute load average at the start / end: {load:.2f} / {load_average():.2f}",
        f"- collapsed stacks (for a flame graph): `{raw.name}`",
        "",
        "| area (innermost matching frame) | samples | share |",
        "|---|--:|--:|",
    ]
    lines += [f"| {name} | {n:,} | {100 * n / max(1, total):.1f} % |" for name, n in areas]
    lines += ["", "| function (inclusive) | samples | share |", "|---|--:|--:|"]
    lines += [f"| `{name[:110]}` | {n:,} | {100 * n / max(1, total):.1f} % |" for name, n in inclusive]
    path = args.out / f"{stem}.md"
    path.write_text("\n".join(lines) + "\n")
    print("\n".join(lines[:40]))
    print(f"\nwritten to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
