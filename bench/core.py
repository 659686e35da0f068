"""What every scenario shares: sizes, figures (p50/p95/max against a goal), the registry."""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Sizes:
    """How big each scenario runs. `small` is a smoke test; `full` is the issue's sizes."""

    name: str
    turns: int  # measured turns per turn scenario
    warmup_turns: int
    turns_per_agent: int  # a fresh agent after this many turns, so no turn hits the memory-pressure warning
    concurrent_turns: int  # turns per agent per round in concurrent_4
    concurrent_rounds: int
    passages: int  # archival_search_* (one agent, and spread over 100 agents)
    recall_messages: int
    searches: int  # measured searches per search scenario (before the time cap)
    search_seconds: float  # time cap on the searches of one search figure
    inserts: int  # archival_insert: inserts through the memory store, per repetition
    insert_rounds: int
    prompt_reps: int
    embed_sentences: int
    embed_queries: int
    cold_starts: int
    rss_agents: int
    growth: tuple[int, ...] = (1_000,)  # items in one agent, per growth step


SIZES = {
    "small": Sizes(
        name="small",
        turns=15,
        warmup_turns=5,
        turns_per_agent=20,
        concurrent_turns=5,
        concurrent_rounds=2,
        passages=1_000,
        recall_messages=1_000,
        searches=20,
        search_seconds=5.0,
        inserts=20,
        insert_rounds=2,
        prompt_reps=50,
        embed_sentences=64,
        embed_queries=10,
        cold_starts=1,
        rss_agents=30,
    ),
    "full": Sizes(
        name="full",
        turns=300,
        warmup_turns=30,
        turns_per_agent=25,
        concurrent_turns=20,
        concurrent_rounds=5,
        passages=100_000,
        recall_messages=100_000,
        searches=200,
        search_seconds=60.0,
        inserts=100,
        insert_rounds=3,
        prompt_reps=500,
        embed_sentences=1_024,
        embed_queries=200,
        cold_starts=5,
        rss_agents=1_000,
        growth=(1_000, 10_000, 100_000),
    ),
}


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass
class Figure:
    """One measured figure: its samples and, for the scenario's headline, the goal."""

    scenario: str
    name: str
    unit: str  # "ms", "/s", "x", "MB", "s"
    values: list[float]
    goal: float | None = None
    at_least: bool = False  # the goal is a minimum (throughput) rather than a maximum (latency)

    @property
    def p50(self) -> float:
        return percentile(self.values, 50)

    @property
    def p95(self) -> float:
        return percentile(self.values, 95)

    @property
    def max(self) -> float:
        return max(self.values)

    @property
    def ratio(self) -> float | None:
        """p50 / goal: at most 1 meets a latency goal, at least 1 meets a throughput goal."""
        if self.goal is None or not self.values:
            return None
        return self.p50 / self.goal

    @property
    def met(self) -> bool | None:
        ratio = self.ratio
        if ratio is None:
            return None
        return ratio >= 1 if self.at_least else ratio <= 1


@dataclass
class Result:
    """What one scenario produced: figures, and notes for the results file."""

    scenario: str
    figures: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)  # Markdown tables of their own (e.g. retrieval quality)
    seconds: float = 0.0
    error: str = ""

    def add(self, name: str, unit: str, values: list[float], goal: float | None = None, *, at_least: bool = False):
        self.figures.append(Figure(self.scenario, name, unit, list(values), goal, at_least))

    def note(self, text: str) -> None:
        print(f"  [{self.scenario}] {text}", flush=True)
        self.notes.append(text)


@dataclass
class Context:
    """Handed to every scenario."""

    sizes: Sizes
    repeat: int | None  # --repeat: measured repetitions of latency figures
    workdir: Any  # a Path for temporary data (removed afterwards)
    fake: Any  # the FakeLLM, running in a thread of this process

    def reps(self, default: int) -> int:
        return self.repeat if self.repeat else default


Scenario = Callable[[Context, Result], Awaitable[None]]
SCENARIOS: dict[str, tuple[str, Scenario]] = {}


def scenario(name: str, description: str) -> Callable[[Scenario], Scenario]:
    def register(fn: Scenario) -> Scenario:
        SCENARIOS[name] = (description, fn)
        return fn

    return register


def ms(seconds: float) -> float:
    return seconds * 1000.0


def timed_reps(reps: int, cap_seconds: float, minimum: int = 3) -> Iterator[int]:
    """Repetition indexes: `reps` of them, or fewer once `cap_seconds` have passed (at least `minimum`)."""
    start = time.perf_counter()
    for i in range(reps):
        if i >= minimum and time.perf_counter() - start > cap_seconds:
            return
        yield i
