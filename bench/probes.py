"""Timing probes inside memsvc: how long its LLM and embedding calls take, as memsvc sees them.

`Probe().install()` wraps `LlmClient.complete` and `Embedders.embed` (the only places
memsvc waits on a model) and records, per call, its kind, its start on the system-wide
monotonic clock and its duration. A turn's model time is the sum of the calls that
started inside the turn's window, so records made in another process (a split
deployment) are matched the same way as in-process ones.

`python -m bench.probes serve agent ...` runs memsvc with the probe installed and,
when it exits, writes the records as JSON to $BENCH_PROBE_OUT (without it, runs memsvc as is).
"""

from __future__ import annotations

import atexit
import functools
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from memsvc.agent.llm import LlmClient
from memsvc.memory.embeddings import Embedders

Record = tuple[str, float, float]  # (kind "llm" | "embed", start on time.monotonic(), seconds)


class Probe:
    def __init__(self) -> None:
        self.records: list[Record] = []
        self._originals: list[tuple[type, str, Callable[..., Any]]] = []

    def install(self) -> Probe:
        self._wrap(LlmClient, "complete", "llm")
        self._wrap(Embedders, "embed", "embed")
        return self

    def uninstall(self) -> None:
        for owner, name, original in reversed(self._originals):
            setattr(owner, name, original)
        self._originals.clear()

    def _wrap(self, owner: type, name: str, kind: str) -> None:
        original = getattr(owner, name)
        records = self.records

        @functools.wraps(original)
        async def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.monotonic()
            try:
                return await original(*args, **kwargs)
            finally:
                records.append((kind, start, time.monotonic() - start))

        self._originals.append((owner, name, original))
        setattr(owner, name, timed)


def seconds_in(records: list[Record], kind: str, start: float, end: float) -> float:
    """Total duration of the calls of this kind that started within [start, end]."""
    return sum(d for k, s, d in records if k == kind and start <= s <= end)


def load(path: Path) -> list[Record]:
    return [(str(k), float(s), float(d)) for k, s, d in json.loads(path.read_text())]


def main() -> int:
    out = os.environ.get("BENCH_PROBE_OUT")
    if out:
        probe = Probe().install()
        atexit.register(lambda: Path(out).write_text(json.dumps(probe.records)))
    from memsvc.__main__ import main as memsvc_main

    return memsvc_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
