"""`python -m bench`: runs the benchmark scenarios against memsvc and writes the table.

    python -m bench                                   # every scenario, full sizes
    python -m bench --sizes small                     # a smoke run (under a minute)
    python -m bench --scenarios turn_embedded,rss --repeat 100

The table is printed and written, with the machine and the git revision, to
bench/results/<date>-<revision>.md (or --out DIR).
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
import time
import traceback
import warnings
from dataclasses import replace
from pathlib import Path

from tests.fakellm import FakeLLM

from bench import (
    client_tools,
    components,
    databases,
    durability,
    embedding,
    growth,
    ingest,
    retrieval,
    streaming,
    turns,
    wakeups,
)
from bench.core import SCENARIOS, SIZES, Context, Result
from bench.report import git_revision, load_average, table, utc_now, write

RESULTS = Path(__file__).resolve().parent / "results"
_REGISTERED = (
    client_tools,
    components,
    databases,
    durability,
    embedding,
    growth,
    ingest,
    retrieval,
    streaming,
    turns,
    wakeups,
)  # importing them registers their scenarios
ORDER = (
    "turn_embedded",
    "turn_split",
    "turn_two_step",
    "client_tool",
    "token_streaming",
    "turns_by_database",
    "durability",
    "growth",
    "concurrent_4",
    "archival_search_1agent",
    "archival_search_100agents",
    "archival_insert",
    "recall_search",
    "prompt_assembly",
    "embedder",
    "document_ingest",
    "cold_start",
    "rss",
    "retrieval",
    "wakeups_pending",
)


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description="memsvc benchmarks (zero-latency fake LLM)")
    parser.add_argument("--scenarios", default=",".join(ORDER), help="comma-separated, from: " + ", ".join(ORDER))
    parser.add_argument("--sizes", choices=sorted(SIZES), default="full", help="small: a smoke test; full: the issue")
    parser.add_argument(
        "--repeat", type=int, default=0, help="measured repetitions of latency figures (default: per size)"
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="directory of the results file")
    parser.add_argument(
        "--growth-sizes", default="", help="growth: items per step, e.g. 1000,10000 (default: per size)"
    )
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.scenarios.split(",") if n.strip()]
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(unknown)}; choose from {', '.join(ORDER)}")
    args.names = names
    return args


async def run_all(args: argparse.Namespace, workdir: Path, revision: tuple[str, bool]) -> list[Result]:
    fake = FakeLLM().start()
    results: list[Result] = []
    try:
        for name in args.names:
            description, fn = SCENARIOS[name]
            print(f"== {name}: {description}", flush=True)
            result = Result(name)
            scenario_dir = workdir / name
            scenario_dir.mkdir()
            sizes = SIZES[args.sizes]
            if args.growth_sizes:
                sizes = replace(sizes, growth=tuple(int(n) for n in args.growth_sizes.split(",")))
            ctx = Context(sizes, args.repeat or None, scenario_dir, fake)
            now_rev = git_revision()
            if now_rev != revision:  # another change landed: processes started from now on run it
                result.note(f"started at revision {now_rev[0]}{' plus changes' if now_rev[1] else ''}")
            started = time.perf_counter()
            try:
                await fn(ctx, result)
            except Exception as exc:
                traceback.print_exc()
                result.error = f"{type(exc).__name__}: {exc}"[:300]
            result.seconds = time.perf_counter() - started
            print(f"   done in {result.seconds:.1f} s", flush=True)
            results.append(result)
            shutil.rmtree(scenario_dir, ignore_errors=True)
    finally:
        fake.stop()
    return results


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    warnings.filterwarnings("ignore", message="Local mode is not recommended")
    started, load_before, revision = utc_now(), load_average(), git_revision()
    if load_before > 0.5:
        print(f"note: the 1-minute load average is {load_before:.2f}: other processes share the CPU", flush=True)
    options = " ".join(sys.argv[1:] if argv is None else argv)
    with tempfile.TemporaryDirectory(prefix="memsvc-bench-") as tmp:
        results = asyncio.run(run_all(args, Path(tmp), revision))
    print()
    print(table(results))
    path = write(results, options, started, (load_before, load_average()), revision, args.out)
    print(f"\nwritten to {path}")
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
