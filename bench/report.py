"""The table (terminal and Markdown), the machine it ran on, and the results file."""

from __future__ import annotations

import contextlib
import os
import platform
import subprocess
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from bench.core import Figure, Result

PACKAGES = ("grpcio", "qdrant-client", "SQLAlchemy", "openai", "tiktoken", "onnxruntime")

METHOD = """\
## How the figures are made

- Each figure is the p50 / p95 / max of its samples (nearest rank), measured after a warm-up;
  `n` is the sample count. The ratio is p50 ÷ goal: a latency goal is met at ≤ 1, a
  throughput goal at ≥ 1. Only a scenario's headline figure carries the goal; the rows
  under it say where the time goes.
- The LLM is the scripted zero-latency fake (tests/fakellm.py) in a thread of the bench
  process, reached over HTTP on 127.0.0.1 by memsvc's real `openai` client code.
- **Overhead of a turn** = the turn's latency as the gRPC client sees it (SendMessage,
  request sent to response received) − the time memsvc spent inside its LLM calls
  (`LlmClient.complete`) and embedding calls (`Embedders.embed`), timed by a probe inside
  the process that makes them (bench/probes.py; in the split deployment, inside the agent
  server process) and matched to the turn by the system-wide monotonic clock. This counts
  the HTTP round trip and the `openai` client's own work as model time, because any caller
  of the model pays them, with or without memsvc. The **strict overhead** row subtracts
  only the fake server's own handling time (`FakeLLM.service_times`), so it also charges
  memsvc with the HTTP client; the difference between the two is that client's cost.
- Turns rotate over fresh agents (a new one every few turns) so no measured turn reaches
  the memory-pressure warning or a flush: each is a plain one-step (or two-step) turn
  with a growing but moderate queue.
- turn_two_step excludes embedding by subtracting `Embedders.embed` (the HTTP call to the
  fake's hash embeddings) exactly like the LLM calls; the Qdrant upsert and the SQL writes
  of the insert remain in the overhead.
- Storage scenarios run on real SQLite and the vector index that `open_memory_store`
  opens (as the server does; the rows name the index class), loaded through the store's
  own batch path (`MemoryStore.insert_archival_batch`, messages through
  `SqlStore.commit_context`) with precomputed random unit vectors: the embedder is
  replaced by those vectors, so no model runs and "embedding excluded" is exact. Only
  when the index is qdrant-client's local mode do the archival searches keep their data
  on tmpfs (/dev/shm): that mode commits every point to its SQLite file separately
  (~12 ms per point with fsync on this disk), so loading 100k points on disk would take
  tens of minutes; it searches in memory either way. archival_insert measures disk and
  tmpfs side by side.
- In-process servers log at the production level (info, JSON) into /dev/null; server
  processes log into files.
"""


def run(*args: str) -> str:
    try:
        return subprocess.run(args, capture_output=True, text=True, check=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def git_revision() -> tuple[str, bool]:
    """The short revision of HEAD, and whether the work tree differs from it (read-only commands)."""
    rev = run("git", "rev-parse", "--short", "HEAD") or "norev"
    dirty = bool(run("git", "--no-optional-locks", "status", "--porcelain", "--untracked-files=no"))
    return rev, dirty


def machine() -> dict[str, str]:
    cpu = "unknown"
    ram = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = []
    for name in PACKAGES:
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions.append(f"{name} {metadata.version(name)}")
    return {
        "CPU": cpu,
        "cores": f"{os.cpu_count()} ({usable} usable by this process)",
        "RAM": ram,
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "OS": platform.platform(),
        "packages": ", ".join(versions),
    }


def number(value: float, unit: str) -> str:
    if unit in ("/s", "turns/s", "msg/s", "msgs"):
        return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"
    if unit == "x":
        return f"{value:.2f}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def goal_text(figure: Figure) -> str:
    if figure.goal is None:
        return ""
    return f"{'≥' if figure.at_least else '≤'} {number(figure.goal, figure.unit)}"


def table(results: list[Result]) -> str:
    lines = [
        "| scenario | figure | unit | n | p50 | p95 | max | goal | ratio | met |",
        "|---|---|---|--:|--:|--:|--:|---|--:|---|",
    ]
    for result in results:
        if result.error:
            lines.append(f"| {result.scenario} | FAILED: {result.error} | | | | | | | | |")
            continue
        for i, f in enumerate(result.figures):
            name = f.scenario if i == 0 else ""
            ratio = "" if f.ratio is None else f"{f.ratio:.2f}"
            met = {None: "", True: "yes", False: "**no**"}[f.met]
            lines.append(
                f"| {name} | {f.name} | {f.unit} | {len(f.values)} | {number(f.p50, f.unit)} | "
                f"{number(f.p95, f.unit)} | {number(f.max, f.unit)} | {goal_text(f)} | {ratio} | {met} |"
            )
    return "\n".join(lines)


def load_average() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0


def markdown(
    results: list[Result], options: str, started: datetime, loads: tuple[float, float], revision: tuple[str, bool]
) -> str:
    rev, dirty = revision
    end_rev, end_dirty = git_revision()
    moved = ""
    if (end_rev, end_dirty) != revision or dirty:
        moved = (
            f" (at the end: `{end_rev}`{' plus changes' if end_dirty else ''}. The tree was being edited: in-process "
            "scenarios ran the code imported at the start, server processes the code of the moment they started; "
            "see the notes)"
        )
    out = [
        f"# memsvc benchmark, {started:%Y-%m-%d %H:%M} UTC",
        "",
        f"- git revision at the start: `{rev}`"
        + (" plus uncommitted changes in tracked files" if dirty else "")
        + moved,
        f"- command: `python -m bench {options}`",
    ]
    out += [f"- {key}: {value}" for key, value in machine().items()]
    busy = " (other processes were using the CPU: figures are pessimistic)" if max(loads) > 0.5 else ""
    out.append(f"- 1-minute load average before / after the run: {loads[0]:.2f} / {loads[1]:.2f}{busy}")
    out += ["", table(results), ""]
    for result in results:
        for extra in result.tables:
            out += [f"### {result.scenario}", "", extra, ""]
    missed = [f for r in results for f in r.figures if f.met is False]
    if missed:
        out.append("Missed goals: " + ", ".join(f"{f.scenario} ({number(f.p50, f.unit)} {f.unit})" for f in missed))
        out.append("")
    out += ["## Notes per scenario", ""]
    for result in results:
        out.append(
            f"- **{result.scenario}** ({result.seconds:.0f} s)" + (f": FAILED {result.error}" if result.error else "")
        )
        out += [f"  - {note}" for note in result.notes]
    out += ["", METHOD]
    return "\n".join(out)


def write(
    results: list[Result],
    options: str,
    started: datetime,
    loads: tuple[float, float],
    revision: tuple[str, bool],
    out_dir: Path,
) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{started:%Y-%m-%d}-{revision[0]}.md"
    path.write_text(markdown(results, options, started, loads, revision))
    return path


def utc_now() -> datetime:
    return datetime.now(UTC)
