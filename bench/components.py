"""Scenarios over memsvc's parts: archival and recall storage, prompt assembly, the offline embedder.

Storage is real (SQLite + the vector index, opened by `open_memory_store` as the server
does) and loaded in bulk through the store's batch paths with precomputed random unit
vectors; the embedder is replaced by those vectors, so "embedding excluded" means no
model runs at all. Timed: the store's own methods (what an RPC or LLM function runs,
minus gRPC) and, beside them, the raw index calls.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import shutil
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bench.core import Context, Result, ms, scenario, timed_reps
from memsvc.agent import prompt
from memsvc.agent.llm import LlmClient
from memsvc.agent.loop import LoopDeps, Turn
from memsvc.agent.queue import Limits
from memsvc.agent.runtime import AgentRuntime
from memsvc.agent.turn_state import TurnState
from memsvc.executor.executor import FunctionExecutor
from memsvc.memory.archival import MAX_BATCH
from memsvc.memory.store import MemoryStore
from memsvc.models import (
    DEFAULT_SYSTEM,
    Agent,
    ArchivalQuery,
    Block,
    ContextState,
    LlmConfig,
    Message,
    MessageInput,
    PassageInput,
    RecallQuery,
    Role,
    ToolCall,
    now,
)
from memsvc.models import (
    Context as AgentContext,
)
from memsvc.server.app import open_memory_store
from memsvc.settings import Settings
from memsvc.storage.vectors import VectorPoint

DIM = 384  # the offline embedder's dimension, the embedded default
LOAD_BATCH = 2_000  # messages per SqlStore.commit_context when loading recall
LOAD_CAP_SECONDS = 300.0  # per bulk load; what got loaded by then is what is measured


# ----- data --------------------------------------------------------------------------------


class Words:
    """A deterministic vocabulary with Zipf-like frequencies, for text that search can rank."""

    def __init__(self, seed: int = 7, size: int = 5_000) -> None:
        self.rng = random.Random(seed)
        letters = "abcdefghijklmnopqrstuvwxyz"
        self.words = list(
            dict.fromkeys("".join(self.rng.choices(letters, k=self.rng.randint(3, 9))) for _ in range(size))
        )
        self.weights = [1 / (rank + 1) ** 1.1 for rank in range(len(self.words))]

    def sentence(self, low: int = 8, high: int = 25) -> str:
        return " ".join(self.rng.choices(self.words, self.weights, k=self.rng.randint(low, high)))

    @classmethod
    def english(cls, seed: int) -> Words:
        """Words of memsvc's own system prompt, for text an English model tokenizes like prose."""
        words = cls(seed, size=0)
        words.words = list(dict.fromkeys(re.findall(r"[a-z]+", DEFAULT_SYSTEM.lower())))
        words.weights = [1.0] * len(words.words)
        return words

    def query(self) -> str:
        """One or two words, drawn by frequency like the text (so some match many messages)."""
        return " ".join(self.rng.choices(self.words, self.weights, k=self.rng.randint(1, 2)))


def unit_vectors(rng: np.random.Generator, count: int, dim: int = DIM) -> np.ndarray:
    vectors = rng.standard_normal((count, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


class FixedEmbedders:
    """Stands in for the embedder: hands out precomputed vectors (as lists, like a real one), no model runs."""

    def __init__(self, vectors: np.ndarray) -> None:
        self.vectors: list[list[float]] = vectors.tolist()
        self.next = 0

    async def embed(self, config: Any, texts: list[str], **_options: Any) -> list[list[float]]:
        start, self.next = self.next, self.next + len(texts)
        return [self.vectors[i % len(self.vectors)] for i in range(start, self.next)]


def fast_dir(ctx: Context, name: str) -> tuple[Path, bool]:
    """A directory on tmpfs when there is one (see the archival notes), else in the work directory."""
    shm = Path("/dev/shm")
    if shm.is_dir():
        path = shm / f"memsvc-bench-{uuid.uuid4().hex[:8]}-{name}"
        path.mkdir()
        return path, True
    return ctx.workdir / name, False


def open_store(data_dir: Path) -> MemoryStore:
    return open_memory_store(Settings(data_dir=data_dir))


def new_agent(store: MemoryStore, name: str) -> Agent:
    agent = Agent(
        id=str(uuid.uuid4()),
        name=name,
        llm_config=LlmConfig(model="bench", context_window=16384),
        blocks=[Block("human", "My name is Xiaoming"), Block("persona", "You are Letta")],
        create_time=now(),
    )
    return store.sql.create_agent(agent)


def passage_inputs(start: int, count: int, words: Words) -> list[PassageInput]:
    return [PassageInput(f"passage {i}: {words.sentence()}") for i in range(start, start + count)]


def use_vectors(store: MemoryStore, vectors: np.ndarray) -> None:
    """From now on the store's "embedder" hands out these vectors."""
    store.embedders = FixedEmbedders(vectors)  # type: ignore[assignment]
    store.search.embedders = store.embedders  # type: ignore[assignment]
    if store.recall is not None:
        store.recall.embedders = store.embedders


async def insert_batch(store: MemoryStore, agent_id: str, items: list[PassageInput]) -> None:
    """One MemoryStore.insert_archival_batch (BatchInsertArchivalMemories); vectors from use_vectors."""
    results = await store.insert_archival_batch(agent_id, items)
    if not all(created for _, created in results):
        raise RuntimeError("a bench passage was not stored as new")


async def load_passages(store: MemoryStore, agent_ids: Sequence[str], total: int, result: Result) -> int:
    """`total` passages, evenly over the agents, in batches of up to MAX_BATCH per agent."""
    rng, words = np.random.default_rng(1), Words(1)
    per_agent = total // len(agent_ids)
    batch = min(MAX_BATCH, per_agent)
    started = time.perf_counter()
    loaded = 0
    for offset in range(0, per_agent, batch):
        if time.perf_counter() - started > LOAD_CAP_SECONDS:
            break
        for agent_id in agent_ids:
            count = min(batch, per_agent - offset)
            use_vectors(store, unit_vectors(rng, count))
            await insert_batch(store, agent_id, passage_inputs(loaded, count, words))
            loaded += count
    took = time.perf_counter() - started
    capped = " (stopped by the load-time cap)" if loaded < total else ""
    result.note(
        f"loaded {loaded:,} passages over {len(agent_ids)} agent(s) in {took:.1f} s ({loaded / took:,.0f}/s, "
        f"MemoryStore.insert_archival_batch of {batch:,}){capped}"
    )
    return loaded


# ----- archival search ------------------------------------------------------------------------


def open_search_store(ctx: Context, name: str) -> tuple[MemoryStore, Path, bool]:
    """The store on disk, or on tmpfs for qdrant-client's local mode (which fsyncs every point it loads)."""
    data_dir = ctx.workdir / name
    store = open_store(data_dir)
    if type(store.index).__name__ == "QdrantIndex" and getattr(store.index, "local", False):
        store.close()
        data_dir, tmpfs = fast_dir(ctx, name)
        return open_store(data_dir), data_dir, tmpfs
    return store, data_dir, False


async def archival_search(ctx: Context, result: Result, agent_count: int, *, then_optimize: bool = False) -> None:
    store, data_dir, tmpfs = open_search_store(ctx, result.scenario)
    index_name = type(store.index).__name__
    try:
        agents = [new_agent(store, f"bench-{i}").id for i in range(agent_count)]
        loaded = await load_passages(store, agents, ctx.sizes.passages, result)
        use_vectors(store, unit_vectors(np.random.default_rng(2), 256))
        reps, cap = ctx.reps(ctx.sizes.searches), ctx.sizes.search_seconds
        await store.search_archival(agents[0], ArchivalQuery("warm-up", page_size=10))
        full: list[float] = []
        hits: list[int] = []
        for i in timed_reps(reps, cap):
            started = time.perf_counter()
            page = await store.search_archival(agents[i % agent_count], ArchivalQuery(f"query {i}", page_size=10))
            full.append(ms(time.perf_counter() - started))
            hits.append(len(page.items))
        queries = unit_vectors(np.random.default_rng(3), 256)
        index: list[float] = []
        for i in timed_reps(reps, cap):
            started = time.perf_counter()
            store.index.search(DIM, agents[i % agent_count], queries[i % len(queries)].tolist(), limit=11)
            index.append(ms(time.perf_counter() - started))
        optimized: list[float] = []
        optimize_seconds = 0.0
        if then_optimize and hasattr(store.index, "optimize"):  # what `memsvc optimize` does, offline
            started = time.perf_counter()
            store.index.optimize()
            optimize_seconds = time.perf_counter() - started
            for i in timed_reps(reps, cap):
                started = time.perf_counter()
                await store.search_archival(agents[i % agent_count], ArchivalQuery(f"query {i}", page_size=10))
                optimized.append(ms(time.perf_counter() - started))
    finally:
        store.close()
        shutil.rmtree(data_dir, ignore_errors=True)
    per_agent = loaded // agent_count
    result.add(f"MemoryStore.search_archival, top 10 of {per_agent:,} ({loaded:,} in all)", "ms", full, 5.0)
    result.add(f"of which {index_name}.search (filtered by agent)", "ms", index)
    if optimized:
        label = f"same, after `memsvc optimize` (graph built offline in {optimize_seconds:.0f} s)"
        result.add(label, "ms", optimized)
    if min(hits) < 10:
        result.note(f"some searches returned fewer than 10 hits (min {min(hits)})")
    result.note(
        f"{len(full)} + {len(index)} searches (capped at {cap:.0f} s each); query embedding replaced by random "
        f"unit vectors ({DIM} dimensions); data on {'tmpfs' if tmpfs else 'disk'}"
    )


@scenario("archival_search_1agent", "archival search, N passages in one agent, top 10")
async def archival_search_1agent(ctx: Context, result: Result) -> None:
    await archival_search(ctx, result, 1, then_optimize=True)


@scenario("archival_search_100agents", "archival search, N passages over 100 agents, filtered by agent")
async def archival_search_100agents(ctx: Context, result: Result) -> None:
    await archival_search(ctx, result, 100)


# ----- archival insert -----------------------------------------------------------------------


async def insert_rates(ctx: Context, data_dir: Path, batch: int, rounds: int) -> tuple[dict[str, list[float]], str]:
    """passages/s of: batch inserts, the index alone, and MemoryStore.insert_archival one at a time."""
    store = open_store(data_dir)
    index_name = type(store.index).__name__
    rng, words = np.random.default_rng(4), Words(4)
    rates: dict[str, list[float]] = {"batch": [], "index": [], "single": []}
    try:
        agent = new_agent(store, "bench-insert").id
        use_vectors(store, unit_vectors(rng, 10))
        await insert_batch(store, agent, passage_inputs(0, 10, words))  # creates the collection
        done = 10
        for _ in range(rounds):
            items, vectors = passage_inputs(done, batch, words), unit_vectors(rng, batch)
            use_vectors(store, vectors)
            started = time.perf_counter()
            await insert_batch(store, agent, items)
            rates["batch"].append(batch / (time.perf_counter() - started))
            done += batch
            points = [VectorPoint(str(uuid.uuid4()), v.tolist(), agent, (), int(now() * 1e6)) for v in vectors]
            started = time.perf_counter()
            store.index.upsert(DIM, points)
            rates["index"].append(batch / (time.perf_counter() - started))
            use_vectors(store, unit_vectors(rng, ctx.sizes.inserts))
            texts = [f"note {done + i}: {words.sentence()}" for i in range(ctx.sizes.inserts)]
            started = time.perf_counter()
            for text in texts:
                await store.insert_archival(agent, text, ())
            rates["single"].append(len(texts) / (time.perf_counter() - started))
            done += len(texts)
    finally:
        store.close()
    return rates, index_name


@scenario("archival_insert", "archival insert throughput, embedding excluded")
async def archival_insert(ctx: Context, result: Result) -> None:
    batch = MAX_BATCH if ctx.sizes.name == "full" else 100
    rounds = ctx.sizes.insert_rounds
    disk, index_name = await insert_rates(ctx, ctx.workdir / "insert", batch, rounds)
    tmp_dir, tmpfs = fast_dir(ctx, "insert")
    try:
        fast = (await insert_rates(ctx, tmp_dir, batch, rounds))[0] if tmpfs else None
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)
    result.add(f"MemoryStore.insert_archival_batch of {batch:,}", "/s", disk["batch"], 10_000, at_least=True)
    result.add(f"vector index alone ({index_name}.upsert of {batch:,})", "/s", disk["index"])
    result.add("MemoryStore.insert_archival, one at a time", "/s", disk["single"])
    if fast is not None:
        result.add("insert_archival_batch, data on tmpfs (no fsync cost)", "/s", fast["batch"])
        result.add("insert_archival one at a time, data on tmpfs", "/s", fast["single"])
    result.note(
        f"{rounds} rounds of: {batch:,} passages in one MemoryStore.insert_archival_batch (the path of "
        "BatchInsertArchivalMemories), the same count through the vector index's upsert alone, and "
        f"{ctx.sizes.inserts} through MemoryStore.insert_archival (the archival_memory_insert function, "
        "InsertArchivalMemory); vectors precomputed, so no model runs"
    )


# ----- recall search -------------------------------------------------------------------------


def load_messages(store: MemoryStore, agent_id: str, total: int, words: Words, result: Result) -> int:
    started = time.perf_counter()
    loaded = 0
    while loaded < total and time.perf_counter() - started < LOAD_CAP_SECONDS:
        batch = []
        for i in range(loaded, min(total, loaded + LOAD_BATCH)):
            role = Role.USER if i % 2 == 0 else Role.ASSISTANT
            batch.append(Message(id=str(uuid.uuid4()), role=role, content=words.sentence(), in_context=False))
        store.sql.commit_context(agent_id, batch)
        loaded += len(batch)
    took = time.perf_counter() - started
    capped = " (stopped by the load-time cap)" if loaded < total else ""
    result.note(f"loaded {loaded:,} messages in {took:.1f} s through SqlStore.commit_context{capped}")
    return loaded


async def time_recall(
    store: MemoryStore, agent: str, queries: list[str], ctx: Context
) -> tuple[list[float], list[float]]:
    took: list[float] = []
    totals: list[float] = []
    for i in timed_reps(ctx.reps(ctx.sizes.searches), ctx.sizes.search_seconds):
        started = time.perf_counter()
        page = await store.search_recall(agent, RecallQuery(query=queries[i % len(queries)], page_size=10))
        took.append(ms(time.perf_counter() - started))
        totals.append(page.total_size)
    return took, totals


@scenario("recall_search", "recall text search over N messages of one agent")
async def recall_search(ctx: Context, result: Result) -> None:
    store = open_store(ctx.workdir / "recall")
    words = Words(5)
    try:
        agent = new_agent(store, "bench-recall").id
        loaded = load_messages(store, agent, ctx.sizes.recall_messages, words, result)
        pick = random.Random(9)
        specific = [" ".join(pick.sample(words.words, pick.randint(1, 2))) for _ in range(256)]
        common = [words.query() for _ in range(256)]
        use_vectors(store, unit_vectors(np.random.default_rng(7), 256))  # the query's embedding: excluded
        await store.search_recall(agent, RecallQuery(query=common[-1], page_size=10))
        took, totals = await time_recall(store, agent, specific, ctx)
        took_common, totals_common = await time_recall(store, agent, common, ctx)
        fused: list[float] = []
        if store.recall is not None:  # now with every message embedded: both sides of the fusion work
            started = time.perf_counter()
            while await store.recall.index_pending():
                pass
            embed_seconds = time.perf_counter() - started
            fused, _ = await time_recall(store, agent, specific, ctx)
    finally:
        store.close()
    result.add(f"MemoryStore.search_recall, top 10 of {loaded:,}: specific words", "ms", took, 5.0)
    result.add("messages matching it", "msgs", totals)
    result.add("same, common words (drawn by frequency)", "ms", took_common)
    result.add("messages matching it", "msgs", totals_common)
    if fused:
        label = f"specific words, fused with meaning (all messages in the vector index, built in {embed_seconds:.0f} s)"
        result.add(label, "ms", fused)
    result.note(
        f"{len(took)} + {len(took_common)} searches of one or two words (capped at {ctx.sizes.search_seconds:.0f} s "
        "each). The text is drawn Zipf-like from 5,000 words; 'specific' query words are drawn uniformly from the "
        "vocabulary (names, topics: what conversation_search is mostly asked), 'common' ones by their frequency "
        "in the text, so they match a large share of the messages (words are ORed and ranked by bm25)"
    )


# ----- prompt assembly -----------------------------------------------------------------------


def full_window(turn: Turn, budget: int) -> list[Message]:
    """Conversation messages (user, send_message call, its result) until the prompt nearly fills the budget."""
    words = Words(6)
    messages: list[Message] = []
    i = 0
    while True:
        thoughts = f"The user talks about {words.sentence(4, 8)}; I answer."
        args = {"inner_thoughts": thoughts, "message": words.sentence(15, 40), "request_heartbeat": False}
        call = ToolCall(f"call_{i}", "send_message", json.dumps(args))
        unit = [
            turn.new_message(Role.USER, content=words.sentence(10, 40)),
            turn.new_message(Role.ASSISTANT, inner_thoughts=thoughts, tool_calls=(call,)),
            turn.new_message(
                Role.TOOL, content=prompt.function_result(True, "None", now()), tool_call_id=call.id, name=call.name
            ),
        ]
        measure = turn.queue.measure(turn._system_text(), turn.ctx.state, [*messages, *unit], turn.tools_tokens)
        if measure.total > budget * 0.98:
            return messages
        messages += unit
        i += 1


@scenario("prompt_assembly", "prompt assembly + token count for a full 16k window")
async def prompt_assembly(ctx: Context, result: Result) -> None:
    settings = Settings(data_dir=ctx.workdir / "unused")
    llm = LlmClient(settings)
    executor = FunctionExecutor(None)  # type: ignore[arg-type] - only its schemas are used
    runtime = AgentRuntime(None, executor, llm, settings)  # type: ignore[arg-type]
    agent = runtime.complete(
        Agent(
            id="",
            name="bench",
            llm_config=LlmConfig(model="deepseek-chat", context_window=16384),
            blocks=[
                Block("human", "My name is Xiaoming, I am a product manager. " * 8),
                Block("persona", "You are Letta, my assistant. " * 8),
            ],
        )
    )
    deps = LoopDeps(None, executor, llm)  # type: ignore[arg-type]
    schemas = await executor.list_functions(inner_thoughts_in_kwargs=True)

    async def emit(_event: Any) -> None:
        return None

    def new_turn(context: AgentContext) -> Turn:
        """What Turn.run does before its first step, minus storing the input."""
        turn = Turn(deps, context, emit, TurnState.start(context.agent.id, 50), asyncio.Event())
        turn.tools = prompt.tools_for_llm(schemas)
        turn.tools_tokens = turn.counter.tools(turn.tools)
        turn._input_message(MessageInput(Role.USER, "What did I tell you about my trip last spring?"))
        return turn

    context = AgentContext(agent, ContextState(warned=True), [], recall_count=12_345, archival_count=678)
    budget = Limits.of(agent).budget
    context.messages = full_window(new_turn(context), budget)
    first: list[float] = []
    later: list[float] = []
    size = 0
    for _ in range(ctx.reps(ctx.sizes.prompt_reps)):
        started = time.perf_counter()
        turn = new_turn(context)
        messages = await turn._prepare_prompt()
        first.append(ms(time.perf_counter() - started))
        started = time.perf_counter()
        await turn._prepare_prompt()
        later.append(ms(time.perf_counter() - started))
        size = len(messages)
    measure = turn.queue.measure(turn._system_text(), context.state, context.messages, turn.tools_tokens)
    await llm.close()
    result.add("first step of a turn (counts system prompt, tools, input)", "ms", first, 2.0)
    result.add("a later step of the same turn (system count cached)", "ms", later)
    result.note(
        f"prompt of {measure.total:,} tokens (budget {budget:,}: window 16,384 minus max_tokens "
        f"{agent.llm_config.max_tokens:,}) in {size} chat messages; timed: new Turn, tool schemas and their "
        "token count, the input message's token count and size check, Turn._prepare_prompt"
    )
