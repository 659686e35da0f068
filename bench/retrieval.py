"""Retrieval quality: recall@k and MRR of recall and archival search on the project's own corpus.

`python -m bench --scenarios retrieval` imports each conversation of bench/retrieval_corpus.py
into its own agent through the public gRPC API, on SQLite and on PostgreSQL (when one
answers on 127.0.0.1:5432), with the built-in embedding model:

- recall: every turn through `AppendRecallMessages` ("Name: text", the first speaker as
  the user, the second as the assistant, with the turn's original time);
- archival: every turn as a passage through `BatchInsertArchivalMemories` (with its time);

waits until the recall index has caught up, then asks every question (the question text
as the query, page size 10) with `SearchRecallMessages` and `SearchArchivalMemory`.
recall@k is the share of a question's evidence turns in the top k, averaged over the
questions; MRR is the mean reciprocal rank of the first evidence turn (0 past rank 10).
A plain bm25 over the same turns (per conversation, Porter-free, stopwords kept) is the
reference line, as in the independent evaluation. Latency is each RPC as the client sees
it, query embedding included.
"""

from __future__ import annotations

import asyncio
import math
import re
import socket
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from bench.core import Context, Result, ms, percentile, scenario
from bench.retrieval_corpus import Conversation, corpus
from bench.turns import production_logs
from memsvc.server.app import start
from memsvc.settings import Settings
from memsvc.storage import migrate
from memsvc.storage.sql import create_sql_engine
from memsvc.v1 import (
    agent_pb2,
    agent_service_pb2,
    agent_service_pb2_grpc,
    memory_service_pb2,
    memory_service_pb2_grpc,
    message_pb2,
)

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
KS = (1, 5, 10)
KINDS = ("single", "adjacent", "paraphrase", "temporal", "multi-hop", "chinese")
ROLES = (message_pb2.MESSAGE_ROLE_USER, message_pb2.MESSAGE_ROLE_ASSISTANT)


def stamp(seconds: float) -> Timestamp:
    ts = Timestamp()
    ts.FromNanoseconds(int(seconds * 1e9))
    return ts


class Scores:
    """recall@k and MRR per question kind, and the search latencies."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, dict[int, float], float]] = []  # (kind, recall@k, reciprocal rank)
        self.latency: list[float] = []

    def add(self, kind: str, ranked: Sequence[set[int]], evidence: list[int]) -> None:
        """ranked: per rank, the turn indexes that hit stands for (a passage can stand for equal turns)."""
        recall = {}
        for k in KS:
            found = set().union(*ranked[:k]) if ranked[:k] else set()
            recall[k] = sum(1 for e in evidence if e in found) / len(evidence)
        rr = next((1 / (i + 1) for i, turns in enumerate(ranked[:10]) if turns & set(evidence)), 0.0)
        self.rows.append((kind, recall, rr))

    def summary(self, kind: str | None = None) -> tuple[dict[int, float], float, int]:
        rows = [r for r in self.rows if kind is None or r[0] == kind]
        if not rows:
            return {k: float("nan") for k in KS}, float("nan"), 0
        return (
            {k: 100 * sum(r[1][k] for r in rows) / len(rows) for k in KS},
            100 * sum(r[2] for r in rows) / len(rows),
            len(rows),
        )


# ----- the reference line: plain bm25 ----------------------------------------------------------


def _tokens(text: str) -> list[str]:
    text = re.sub(r"([\u4e00-\u9fff])", r" \1 ", text.lower())
    return re.findall(r"\w+", text)


def bm25_ranking(conv: Conversation, query: str, k1: float = 1.2, b: float = 0.75) -> list[int]:
    docs = [Counter(_tokens(t.content())) for t in conv.turns]
    n = len(docs)
    avgdl = sum(sum(d.values()) for d in docs) / n
    df = Counter(term for d in docs for term in d)
    scores = []
    for i, d in enumerate(docs):
        dl = sum(d.values())
        s = 0.0
        for term in set(_tokens(query)):
            if term in d:
                idf = math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5))
                s += idf * d[term] * (k1 + 1) / (d[term] + k1 * (1 - b + b * dl / avgdl))
        scores.append((s, i))
    return [i for s, i in sorted(scores, key=lambda x: -x[0]) if s > 0][:10]


# ----- one database --------------------------------------------------------------------------


async def load(
    memory, agents, conv: Conversation, embedding_model: str = ""
) -> tuple[str, dict[str, int], dict[str, set[int]]]:
    """Creates the conversation's agent; returns its id, message id -> turn, passage id -> turns.

    With `embedding_model`, the agent uses that built-in model (else the default one)."""
    request = agent_service_pb2.CreateAgentRequest(
        name=f"retrieval-{conv.name}", llm_config=agent_pb2.LlmConfig(model="unused", context_window=16384)
    )
    if embedding_model:
        request.embedding_config.CopyFrom(
            agent_pb2.EmbeddingConfig(
                embedding_model=embedding_model, embedding_endpoint_type="local", embedding_dim=384
            )
        )
    agent = (await agents.CreateAgent(request)).agent
    messages: dict[str, int] = {}
    for start_ in range(0, len(conv.turns), 100):
        chunk = conv.turns[start_ : start_ + 100]
        inputs = []
        for turn in chunk:
            message = message_pb2.MessageInput(role=ROLES[conv.speakers.index(turn.speaker)], content=turn.content())
            if "create_time" in message_pb2.MessageInput.DESCRIPTOR.fields_by_name:
                message.create_time.CopyFrom(stamp(turn.time))  # type: ignore[attr-defined]
            inputs.append(message)
        reply = await memory.AppendRecallMessages(
            memory_service_pb2.AppendRecallMessagesRequest(agent_id=agent.id, messages=inputs)
        )
        for i, stored in enumerate(reply.messages):
            messages[stored.id] = start_ + i
    passages: dict[str, set[int]] = {}
    for start_ in range(0, len(conv.turns), 500):
        chunk = conv.turns[start_ : start_ + 500]
        request = memory_service_pb2.BatchInsertArchivalMemoriesRequest(
            agent_id=agent.id,
            passages=[memory_service_pb2.PassageInput(content=t.content(), create_time=stamp(t.time)) for t in chunk],
        )
        reply = await memory.BatchInsertArchivalMemories(request)
        for i, result in enumerate(reply.results):
            passages.setdefault(result.passage.id, set()).add(start_ + i)
    return agent.id, messages, passages


async def wait_indexed(url: str, deadline_seconds: float = 900) -> float:
    """Seconds until no message waits for the recall index (read from the database)."""
    engine = create_sql_engine(url + ("&" if "?" in url else "?") + "pool=none") if "postgresql" in url else None
    engine = engine or create_sql_engine(url)
    started = time.perf_counter()
    try:
        while time.perf_counter() - started < deadline_seconds:
            with engine.connect() as conn:
                waiting = conn.exec_driver_sql("SELECT count(*) FROM messages WHERE NOT embedded").scalar_one()
            if not waiting:
                break
            await asyncio.sleep(0.5)
    finally:
        engine.dispose()
    return time.perf_counter() - started


async def evaluate(data_dir: Path, database_url: str, conversations: list[Conversation], result: Result, label: str):
    settings = Settings(data_dir=data_dir, database_url=database_url, listen="127.0.0.1:0")
    with production_logs():
        running = await start("all", settings)
    recall, archival = Scores(), Scores()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as channel:
            agents = agent_service_pb2_grpc.AgentServiceStub(channel)
            memory = memory_service_pb2_grpc.MemoryServiceStub(channel)
            started = time.perf_counter()
            loaded = [await load(memory, agents, conv) for conv in conversations]
            load_seconds = time.perf_counter() - started
            index_seconds = await wait_indexed(settings.sql_url())
            turns = sum(len(c.turns) for c in conversations)
            result.note(
                f"{label}: {turns:,} turns imported in {load_seconds:.1f} s (archival passages embedded on insert); "
                f"recall index caught up {index_seconds:.1f} s later"
            )
            for conv, (agent_id, messages, passages) in zip(conversations, loaded, strict=True):
                for q in conv.questions:
                    t0 = time.perf_counter()
                    found = await memory.SearchRecallMessages(
                        memory_service_pb2.SearchRecallMessagesRequest(agent_id=agent_id, query=q.text, page_size=10)
                    )
                    recall.latency.append(ms(time.perf_counter() - t0))
                    recall.add(q.kind, [{messages.get(h.message.id, -1)} for h in found.hits], q.evidence)
                    t0 = time.perf_counter()
                    hits = await memory.SearchArchivalMemory(
                        memory_service_pb2.SearchArchivalMemoryRequest(agent_id=agent_id, query=q.text, page_size=10)
                    )
                    archival.latency.append(ms(time.perf_counter() - t0))
                    archival.add(q.kind, [passages.get(h.passage.id, set()) for h in hits.hits], q.evidence)
    finally:
        await running.stop(0)
    return recall, archival


def row(name: str, scores: Scores) -> str:
    recall, mrr, n = scores.summary()
    kinds = [scores.summary(k)[0][10] for k in KINDS]
    latency = f"{percentile(scores.latency, 50):.1f} / {percentile(scores.latency, 95):.1f}" if scores.latency else ""
    cells = [f"{recall[k]:.1f}" for k in KS] + [f"{mrr:.1f}"] + [f"{v:.0f}" for v in kinds] + [latency]
    return f"| {name} | {n} | " + " | ".join(cells) + " |"


def postgres_available() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 5432), 2).close()
        return True
    except OSError:
        return False


@scenario("retrieval", "retrieval quality (recall@k, MRR) and latency of recall and archival search, both databases")
async def retrieval(ctx: Context, result: Result) -> None:
    conversations = corpus()
    questions = sum(len(c.questions) for c in conversations)
    reference = Scores()
    for conv in conversations:
        for q in conv.questions:
            reference.add(q.kind, [{i} for i in bm25_ranking(conv, q.text)], q.evidence)
    header = (
        "| search | questions | R@1 | R@5 | R@10 | MRR | "
        + " | ".join(f"R@10 {k}" for k in KINDS)
        + " | p50 / p95 ms |\n|---|--:|"
        + "--:|" * (4 + len(KINDS))
        + "--:|"
    )
    lines = [header, row("plain bm25 over the turns (reference, in the bench)", reference)]
    databases = [("SQLite", "")]
    if postgres_available():
        databases.append(("PostgreSQL", "postgres"))
    else:
        result.note("no PostgreSQL on 127.0.0.1:5432: SQLite only")
    for label, kind in databases:
        url = ""
        admin = None
        name = f"memsvc_bench_{uuid.uuid4().hex[:10]}"
        if kind == "postgres":
            admin = create_sql_engine(PG_ADMIN + "?pool=none").execution_options(isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.exec_driver_sql(f"CREATE DATABASE {name}")
            url = f"postgresql://postgres@127.0.0.1:5432/{name}"
            engine = create_sql_engine(url + "?pool=none")
            migrate.upgrade(engine)
            engine.dispose()
        try:
            data_dir = ctx.workdir / f"retrieval-{label.lower()}"
            recall, archival = await evaluate(data_dir, url, conversations, result, label)
        finally:
            if admin is not None:
                with admin.connect() as conn:
                    conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        lines.append(row(f"SearchRecallMessages, {label}", recall))
        lines.append(row(f"SearchArchivalMemory, {label}", archival))
        result.add(f"SearchRecallMessages p50, {label} (query embedding included)", "ms", recall.latency, 10.0)
        result.add(f"SearchArchivalMemory p50, {label} (query embedding included)", "ms", archival.latency, 10.0)
    counts = Counter(q.kind for c in conversations for q in c.questions)
    result.note(
        f"corpus: {len(conversations)} conversations, {sum(len(c.turns) for c in conversations):,} turns, "
        f"{questions} questions ({', '.join(f'{counts[k]} {k}' for k in KINDS)}); embedding model: the built-in one"
    )
    result.tables.append("\n".join(lines))
    print("\n".join(lines), flush=True)
