"""Crash safety: kill -9 of each server (agent, executor, memory) at random points inside turns.

One split deployment (tests/procs.py: the three servers as processes on one data dir)
serves the whole test. Each trial creates an agent of its own, so its LLM script, its
queue and its checks are its own: the scripted replies an interrupted turn never asked
for cannot leak into another trial, a violation names exactly one trial, and every
trial starts from the same small, clean queue. A trial runs a turn of five LLM calls
over StreamStep (core_memory_append, archival_memory_insert, one reply with two calls,
conversation_search, send_message; 20-60 ms per reply, so a turn lasts ~0.3-0.4 s),
kills the target server (round-robin over the three) with kill -9 after a delay drawn
from a seeded RNG, restarts it at once as a supervisor would (ServerProcess.start waits
for health SERVING) while the turn ends (an error TurnEnd or a broken stream; or, if the
servers wait for each other, the turn carries on), then checks:

1. every message whose event reached the client (StreamStep `message_id`, or a unary
   SendMessage that returned) is in recall storage (ListMessages); and every
   core_memory_append / archival_memory_insert whose OK result reached the client is in
   its block / in archival storage;
2. after one more turn, the in-context queue has no function call without exactly one
   result after it, a call closed by a later turn says "interrupted", and the prompt the
   LLM got for that turn pairs every call with its result;
3. the first turn after the restart ends with STOP_REASON_END_TURN and the reply (strict:
   a failure is a violation; the test then retries until the deployment recovers, to
   measure how long that takes, and carries on with the next trial).

At the end every message the client ever saw is checked again, every server is killed
once more, and the files are checked as the crash left them: 4. SQLite
`PRAGMA integrity_check` is "ok" (with foreign keys, gap-free message sequences, one FTS
row per searchable message), and every passage record has a point in the embedded vector
index. Orphan points (a vector without a record) are counted, not failed: the design
allows them; the memory server deletes them at start-up, so those are counted from its
log too (a record it had to re-embed there is a violation).

Violations are collected over all trials and reported together at the end; the figures
go to stdout and to tests/.crash-stats.json. MEMSVC_CRASH_SEED and MEMSVC_CRASH_TRIALS
(trials per target, default 20) change the run.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import sqlite3
import statistics
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from sqlalchemy import create_engine
from sqlalchemy import text as sql_text

from memsvc.storage.qdrant_edge import QdrantEdgeIndex
from memsvc.v1 import (
    agent_service_pb2,
    agent_service_pb2_grpc,
    memory_service_pb2,
    memory_service_pb2_grpc,
    message_pb2,
    step_pb2,
)
from tests import procs
from tests.fakellm import Call, FakeLLM, Reply
from tests.helpers import create_agent, user
from tests.procs import ServerProcess, SplitDeployment

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

TARGETS = ("agent", "executor", "memory")
SEED = int(os.environ.get("MEMSVC_CRASH_SEED", "20261125"))
TRIALS_PER_TARGET = int(os.environ.get("MEMSVC_CRASH_TRIALS", "20"))
# The kill comes this long after the turn's request is sent. A turn takes ~0.3-0.4 s
# here, so most kills land inside it and some after it ended (the idle case).
KILL_DELAY = (0.0, 0.42)
REPLY_DELAY = (0.02, 0.06)
RPC_TIMEOUT = 15.0
TURN_END_TIMEOUT = 45.0  # after the restart, the interrupted turn must be over (ended, broken) within this
# A liveness bound, not a performance goal: generous, so a loaded machine does not fail the run.
RESTART_TIMEOUT = 90.0
RECOVERY_TIMEOUT = 30.0  # retries of the follow-up turn after a failed first one
SLOW_RESTART = 5.0  # a restart slower than this is counted in the statistics (not a failure: timings vary with load)
STATS_PATH = Path(__file__).with_name(".crash-stats.json")
END_TURN = step_pb2.STOP_REASON_END_TURN
ROLE_TOOL = message_pb2.MESSAGE_ROLE_TOOL
INTERRUPTED = "interrupted"


def wait_serving_promptly(address: str, timeout: float = 30.0) -> None:
    """procs.wait_serving, with a channel that retries its connection every 20-100 ms.

    procs.wait_serving's channel starts polling while the server is still starting, so
    its first connection is refused and gRPC's reconnect backoff (1 s, then 1.6 s, ...)
    makes every restart look ~0.7-1 s slower than it is.
    """
    options = [
        ("grpc.initial_reconnect_backoff_ms", 20),
        ("grpc.min_reconnect_backoff_ms", 20),
        ("grpc.max_reconnect_backoff_ms", 100),
    ]
    deadline = time.monotonic() + timeout
    with grpc.insecure_channel(address, options=options) as chan:
        stub = health_pb2_grpc.HealthStub(chan)
        while True:
            with contextlib.suppress(grpc.RpcError):
                status = stub.Check(health_pb2.HealthCheckRequest(), timeout=1).status
                if status == health_pb2.HealthCheckResponse.SERVING:
                    return
            if time.monotonic() > deadline:
                raise TimeoutError(f"no server SERVING at {address} after {timeout}s")
            time.sleep(0.02)


# ----- records --------------------------------------------------------------------------


@dataclass
class TurnLog:
    """What the client saw of one StreamStep turn."""

    events: list[step_pb2.StepEvent] = field(default_factory=list)
    outcome: str = ""  # "end:<stop reason>" or "stream:<status code>"
    error: str = ""

    @property
    def ended(self) -> bool:
        return bool(self.outcome)


@dataclass
class Trial:
    index: int
    target: str
    agent_id: str = ""
    kill_delay: float = 0.0
    landed_mid_turn: bool = False
    events_before_kill: int = 0
    last_event_before_kill: str = ""
    turn_outcome: str = ""
    turn_error: str = ""
    turn_events: int = 0
    restart_seconds: float = 0.0
    first_turn_ok: bool = False
    first_turn_error: str = ""
    follow_up_attempts: int = 0
    recovery_seconds: float = 0.0
    messages_checked: int = 0
    closed_by_next_turn: int = 0
    closed_in_turn: int = 0
    interrupted_in_follow_ups: int = 0
    interrupted_but_applied: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass
class Run:
    fake: FakeLLM
    split: SplitDeployment
    model: str
    rng: random.Random
    trials: list[Trial] = field(default_factory=list)
    # agent id -> {message id: (event kind, trial)} of every message the client saw
    seen: dict[str, dict[str, tuple[str, int]]] = field(default_factory=lambda: defaultdict(dict))
    violations: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    lost_messages: int = 0
    crashes: int = 0

    def violate(self, prop: str, trial: Trial | None, detail: str) -> None:
        where = f"trial {trial.index} (kill -9 {trial.target} at {trial.kill_delay:.3f}s)" if trial else "final"
        self.violations[prop].append(f"{where}: {detail}")
        if trial is not None:
            trial.problems.append(f"{prop}: {detail}")


# ----- client helpers -------------------------------------------------------------------


def turn_script(tag: str, rng: random.Random) -> list[Reply]:
    """Five chained LLM replies; every stored passage and fact is this trial's own."""

    def delay() -> float:
        return round(rng.uniform(*REPLY_DELAY), 3)

    return [
        Reply(
            thought=f"{tag}: keep a fact about the user",
            calls=[Call("core_memory_append", {"label": "human", "content": f"{tag} likes crash tests"}, True)],
            delay=delay(),
        ),
        Reply(
            thought=f"{tag}: archive a note",
            calls=[Call("archival_memory_insert", {"content": f"{tag} note one {uuid.uuid4()}", "tags": [tag]}, True)],
            delay=delay(),
        ),
        Reply(
            thought=f"{tag}: two things at once",
            calls=[
                Call("core_memory_append", {"label": "persona", "content": f"{tag} stays calm"}, True),
                Call("archival_memory_insert", {"content": f"{tag} note two {uuid.uuid4()}"}, True),
            ],
            delay=delay(),
        ),
        Reply(
            thought=f"{tag}: look back", calls=[Call("conversation_search", {"query": "crash"}, True)], delay=delay()
        ),
        Reply(
            thought=f"{tag}: answer",
            calls=[Call("send_message", {"message": f"{tag}: all noted"}, False)],
            delay=delay(),
        ),
    ]


def kind(event: step_pb2.StepEvent) -> str:
    return event.WhichOneof("event") or ""


async def stream_turn(agents: agent_service_pb2_grpc.AgentServiceStub, agent_id: str, text: str, log: TurnLog) -> None:
    async def requests():
        yield agent_service_pb2.StreamStepRequest(
            agent_id=agent_id, input=agent_service_pb2.StepInput(messages=[user(text)])
        )

    call = agents.StreamStep(requests())
    try:
        async for response in call:
            log.events.append(response.event)
            if kind(response.event) == "turn_end":
                end = response.event.turn_end
                log.outcome = f"end:{step_pb2.StopReason.Name(end.stop_reason)}"
                log.error = end.error.message
                break
    except grpc.aio.AioRpcError as exc:
        log.outcome, log.error = f"stream:{exc.code().name}", exc.details() or ""
    finally:
        call.cancel()
    if not log.outcome:
        log.outcome = "stream:ended without TurnEnd"


async def all_messages(
    agents: agent_service_pb2_grpc.AgentServiceStub, agent_id: str, *, in_context_only: bool = False
) -> list[message_pb2.Message]:
    out: list[message_pb2.Message] = []
    token = ""
    while True:
        page = await agents.ListMessages(
            agent_service_pb2.ListMessagesRequest(
                agent_id=agent_id, page_size=1000, page_token=token, in_context_only=in_context_only
            ),
            timeout=RPC_TIMEOUT,
        )
        out += page.messages
        token = page.next_page_token
        if not token:
            return out


async def all_passages(memory: memory_service_pb2_grpc.MemoryServiceStub, agent_id: str) -> list[str]:
    out: list[str] = []
    token = ""
    while True:
        page = await memory.ListArchivalMemories(
            memory_service_pb2.ListArchivalMemoriesRequest(agent_id=agent_id, page_size=1000, page_token=token),
            timeout=RPC_TIMEOUT,
        )
        out += [p.content for p in page.passages]
        token = page.next_page_token
        if not token:
            return out


async def follow_up_turn(
    run: Run, agents: agent_service_pb2_grpc.AgentServiceStub, agent_id: str, model: str, text: str, reply: str
) -> tuple[bool, str, list[step_pb2.StepEvent]]:
    """One unary turn that should just answer `reply`: (ok, what went wrong, its events)."""
    with run.fake.lock:
        run.fake.scripts[model].clear()  # replies the interrupted turn never asked for
    run.fake.script(model, Reply(thought="carry on", calls=[Call("send_message", {"message": reply}, False)]))
    try:
        res = await agents.SendMessage(
            agent_service_pb2.SendMessageRequest(agent_id=agent_id, messages=[user(text)]), timeout=RPC_TIMEOUT
        )
    except grpc.aio.AioRpcError as exc:
        return False, f"SendMessage failed with {exc.code().name}: {exc.details()}", []
    said = [e.assistant_message.content for e in res.events if kind(e) == "assistant_message"]
    if res.stop_reason != END_TURN or reply not in said:
        end = res.events[-1].turn_end if res.events and kind(res.events[-1]) == "turn_end" else None
        why = f"{step_pb2.StopReason.Name(res.stop_reason)}, replies {said}"
        return False, why + (f", error {end.error.message!r}" if end and end.error.message else ""), list(res.events)
    return True, "", list(res.events)


@dataclass
class Closure:
    """One function call in the queue and how it was answered."""

    call: message_pb2.ToolCall
    call_turn: str
    answer_turn: str
    interrupted: bool


def call_problems(messages: list[message_pb2.Message]) -> tuple[list[str], list[Closure]]:
    """Calls without exactly one result after them, or closed by a later turn without saying interrupted."""
    results: dict[str, list[message_pb2.Message]] = defaultdict(list)
    for m in messages:
        if m.role == ROLE_TOOL:
            results[m.tool_call_id].append(m)
    problems: list[str] = []
    closures: list[Closure] = []
    calls: set[str] = set()
    for m in messages:
        for c in m.tool_calls:
            calls.add(c.id)
            answers = results.get(c.id, [])
            if len(answers) != 1:
                problems.append(f"call {c.id} ({c.name}, message seq {m.sequence}) has {len(answers)} results")
                continue
            answer = answers[0]
            closures.append(Closure(c, m.turn_id, answer.turn_id, INTERRUPTED in answer.content))
            if answer.sequence < m.sequence:
                problems.append(
                    f"the result of call {c.id} (seq {answer.sequence}) precedes the call (seq {m.sequence})"
                )
            if answer.turn_id != m.turn_id and INTERRUPTED not in answer.content:
                problems.append(
                    f"call {c.id} ({c.name}) was closed by a later turn without saying interrupted: "
                    f"{answer.content[:200]!r}"
                )
    for call_id in results.keys() - calls:
        problems.append(f"a result answers call {call_id}, which no message in context made")
    return problems, closures


def prompt_problems(request: dict[str, Any]) -> list[str]:
    """The chat messages sent to the LLM: every assistant tool call directly followed by its result."""
    problems: list[str] = []
    msgs = request.get("messages", [])
    for i, m in enumerate(msgs):
        if m.get("role") != "assistant" or not m.get("tool_calls"):
            continue
        want = [c["id"] for c in m["tool_calls"]]
        got = [x.get("tool_call_id") for x in msgs[i + 1 : i + 1 + len(want)] if x.get("role") == "tool"]
        if sorted(got) != sorted(want):
            problems.append(f"prompt message {i}: calls {want} are followed by results for {got}")
    return problems


# ----- one trial ------------------------------------------------------------------------


def check_alive(run: Run, trial: Trial | None) -> None:
    """Only the kills stop a server: one that exited by itself is a crash (restarted, to carry on)."""
    for role, server in run.split.servers.items():
        code = server.proc.poll() if server.proc else "never started"
        if code is not None:
            run.crashes += 1
            tail = server.log_path.read_text(errors="replace")[-1500:] if server.log_path.exists() else ""
            run.violate("crash", trial, f"the {role} server exited by itself ({code}); its log ends: {tail}")
            server.start()


async def run_trial(run: Run, index: int, target: str) -> None:
    trial = Trial(index, target)
    run.trials.append(trial)
    tag = f"t{index:03d}"
    model = f"{run.model}-{tag}"
    server: ServerProcess = run.split.servers[target]
    script = turn_script(tag, run.rng)
    trial.kill_delay = round(run.rng.uniform(*KILL_DELAY), 3)
    seen = run.seen
    opening = f"{tag}: please remember things"

    # The turn, and the kill.
    log = TurnLog()
    async with grpc.aio.insecure_channel(run.split.agent_address) as chan:
        agents = agent_service_pb2_grpc.AgentServiceStub(chan)
        agent = await create_agent(agents, run.fake, model, name=f"crash-{tag}")
        trial.agent_id = agent.id
        run.fake.script(model, *script)
        task = asyncio.create_task(stream_turn(agents, agent.id, opening, log))
        await asyncio.sleep(trial.kill_delay)
        trial.landed_mid_turn = not log.ended
        trial.events_before_kill = len(log.events)
        trial.last_event_before_kill = kind(log.events[-1]) if log.events else "(none)"
        await asyncio.to_thread(server.kill)
        # Restarted at once, as a supervisor would, while the turn ends (an error TurnEnd, a
        # broken stream) or, if the servers wait for each other, carries on after the restart.
        started = time.monotonic()
        try:
            await asyncio.to_thread(server.start, RESTART_TIMEOUT)
        except TimeoutError as exc:
            run.violate("restart", trial, f"{target} server did not restart: {str(exc)[-1500:]}")
            await asyncio.to_thread(server.start)  # once more, or the run cannot go on
        trial.restart_seconds = round(time.monotonic() - started, 3)
        try:
            await asyncio.wait_for(task, TURN_END_TIMEOUT)
        except TimeoutError:
            log.outcome = "hung"
            run.violate("turn-ends", trial, f"the turn was still running {TURN_END_TIMEOUT}s after the restart")
    trial.turn_outcome, trial.turn_error, trial.turn_events = log.outcome, log.error[:300], len(log.events)
    for event in log.events:
        if event.message_id:
            seen[agent.id][event.message_id] = (kind(event), index)

    async with grpc.aio.insecure_channel(run.split.agent_address) as chan:
        agents = agent_service_pb2_grpc.AgentServiceStub(chan)
        memory = memory_service_pb2_grpc.MemoryServiceStub(chan)

        # 3. The next turn, right after the restart, ends normally with the reply.
        recovery_started = time.monotonic()
        while True:
            trial.follow_up_attempts += 1
            n = trial.follow_up_attempts
            ok, why, events = await follow_up_turn(
                run, agents, agent.id, model, f"{tag}: are you still there? ({n})", f"{tag}: yes, still here ({n})"
            )
            for event in events:  # a unary SendMessage returned: its messages must be stored
                if event.message_id:
                    seen[agent.id][event.message_id] = (kind(event), index)
            if n == 1:
                trial.first_turn_ok, trial.first_turn_error = ok, why[:500]
                if not ok:
                    run.violate("3-next-turn", trial, f"the first turn after the restart failed: {why[:500]}")
            if ok:
                break
            if time.monotonic() - recovery_started > RECOVERY_TIMEOUT:
                run.violate("3-next-turn", trial, f"no turn succeeded within {RECOVERY_TIMEOUT}s: {why[:300]}")
                break
            await asyncio.sleep(0.1)
        trial.recovery_seconds = round(time.monotonic() - recovery_started, 3)
        prompt = run.fake.chat_requests(model)[-1] if ok else {}

        # 1. Every message the client saw is stored.
        stored_messages = await all_messages(agents, agent.id)
        stored = {m.id for m in stored_messages}
        trial.messages_checked = len(seen[agent.id])
        for message_id, (event_kind, _) in seen[agent.id].items():
            if message_id not in stored:
                run.lost_messages += 1
                run.violate("1-seen-is-stored", trial, f"message {message_id} ({event_kind} event) is not in recall")
        # ... and every memory edit or passage whose OK result the client saw.
        got = (await agents.GetAgent(agent_service_pb2.GetAgentRequest(agent_id=agent.id), timeout=RPC_TIMEOUT)).agent
        blocks = {b.label: b.value for b in got.memory_blocks}
        passages = await all_passages(memory, agent.id)

        def applied(call: Any) -> bool | None:
            args = json.loads(call.arguments)
            if call.name == "core_memory_append":
                return args["content"] in blocks.get(args["label"], "")
            if call.name == "archival_memory_insert":
                return args["content"] in passages
            return None

        calls = {e.function_call.call_id: e.function_call for e in log.events if kind(e) == "function_call"}
        results = [e.function_result for e in log.events if kind(e) == "function_result"]
        for call in (calls[r.call_id] for r in results if r.ok and r.call_id in calls):
            if applied(call) is False:
                run.violate("1-seen-is-stored", trial, f"the acknowledged {call.name}({call.arguments}) is not stored")

        # 2. No call without its result in the queue; interrupted ones say so; the LLM saw pairs.
        in_context = await all_messages(agents, agent.id, in_context_only=True)
        problems, closures = call_problems(in_context)
        for problem in problems:
            run.violate("2-calls-closed", trial, problem)
        for problem in prompt_problems(prompt):
            run.violate("2-calls-closed", trial, f"the next turn's LLM prompt: {problem}")
        # The crashed turn's calls: closed by the next turn, or in the turn itself (executor gone);
        # interrupted results of the failed follow-up attempts are counted apart. An interrupted
        # call may have done its work all the same (the crash came before its result was stored).
        crashed = {m.turn_id for m in stored_messages if m.content == opening}
        mine = [c for c in closures if c.call_turn in crashed and c.interrupted]
        trial.closed_by_next_turn = sum(c.answer_turn != c.call_turn for c in mine)
        trial.closed_in_turn = sum(c.answer_turn == c.call_turn for c in mine)
        trial.interrupted_but_applied = [c.call.name for c in mine if applied(c.call)]
        trial.interrupted_in_follow_ups = sum(c.call_turn not in crashed and c.interrupted for c in closures)
    check_alive(run, trial)


# ----- the end: every message again, then the files --------------------------------------


async def recheck_all(run: Run) -> int:
    async with grpc.aio.insecure_channel(run.split.agent_address) as chan:
        agents = agent_service_pb2_grpc.AgentServiceStub(chan)
        checked = 0
        for agent_id, ids in run.seen.items():
            stored = {m.id for m in await all_messages(agents, agent_id)}
            checked += len(ids)
            for message_id, (event_kind, index) in ids.items():
                if message_id not in stored:
                    run.lost_messages += 1
                    run.violate("1-seen-is-stored", None, f"trial {index}'s {event_kind} message {message_id} is gone")
    return checked


def sql_query(database_url: str, data_dir: Path):
    """A read-only query function on the store's database: SQLite opened with mode=ro, or PostgreSQL."""
    if not database_url:
        conn = sqlite3.connect(f"file:{data_dir / 'memsvc.db'}?mode=ro", uri=True)
        return (lambda sql: conn.execute(sql).fetchall()), conn.close
    engine = create_engine(database_url.replace("postgresql://", "postgresql+psycopg://", 1))

    def query(sql: str) -> list[Any]:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sql_text(sql))]

    return query, engine.dispose


def check_storage(run: Run, database_url: str, agent_ids: list[str]) -> dict[str, Any]:
    """After the servers are killed: SQL integrity, then records against vector points."""
    data_dir = run.split.data_dir
    figures: dict[str, Any] = {}
    query, close = sql_query(database_url, data_dir)
    try:
        if not database_url:
            integrity = [r[0] for r in query("PRAGMA integrity_check")]
            figures["sqlite_integrity_check"] = integrity
            if integrity != ["ok"]:
                run.violate("4-integrity", None, f"PRAGMA integrity_check: {integrity[:20]}")
            fk = query("PRAGMA foreign_key_check")
            if fk:
                run.violate("4-integrity", None, f"PRAGMA foreign_key_check: {fk[:20]}")
            [(searchable,)] = query("SELECT count(*) FROM messages WHERE search_text != ''")
            [(fts,)] = query("SELECT count(*) FROM messages_fts")
            if searchable != fts:
                run.violate("4-integrity", None, f"{searchable} searchable messages but {fts} full-text rows")
        seqs = query(
            "SELECT a.id, a.last_seq, count(m.id), coalesce(max(m.seq), 0) FROM agents a "
            "LEFT JOIN messages m ON m.agent_id = a.id GROUP BY a.id, a.last_seq"
        )
        records: dict[str, set[str]] = defaultdict(set)
        for passage_id, agent_id in query("SELECT id, agent_id FROM passages"):
            records[agent_id].add(passage_id)
    finally:
        close()
    for agent_id, last_seq, count, top in seqs:
        if not last_seq == count == top:
            run.violate("4-integrity", None, f"agent {agent_id}: last_seq {last_seq}, {count} messages, max seq {top}")
    index = QdrantEdgeIndex(data_dir / "qdrant-edge")
    try:
        points = {agent_id: index.point_ids(agent_id) for agent_id in {*agent_ids, *records}}
    finally:
        index.close()
    missing = orphans = 0
    for agent_id, ids in points.items():
        lost = records.get(agent_id, set()) - ids
        missing += len(lost)
        orphans += len(ids - records.get(agent_id, set()))
        for passage_id in sorted(lost):
            run.violate("4-archival", None, f"passage {passage_id} of agent {agent_id} has a record but no vector")
    figures.update(passage_records=sum(len(r) for r in records.values()), records_without_point=missing)
    figures["orphan_points_at_end"] = orphans
    # What the memory server repaired at its start-ups (it reconciles the embedded index),
    # by start: 0 is the first, k the restart after the k-th memory trial's kill.
    reconciled: dict[str, Any] = {"orphan_points_deleted": 0, "passages_reindexed": 0, "reconcile_failed": 0}
    memory_trials = [t.index for t in run.trials if t.target == "memory"]
    by_trial: dict[str, Any] = {}
    starts = 0
    log_path = data_dir / "memory.log"
    for line in log_path.read_text(errors="replace").splitlines() if log_path.exists() else []:
        with contextlib.suppress(ValueError):
            entry = json.loads(line)
            event = entry.get("event")
            trial_name = f"trial {memory_trials[starts - 1]}" if 0 < starts <= len(memory_trials) else f"start {starts}"
            if event == "serving":
                starts += 1
            elif event == "vectors_reconciled":
                reconciled["orphan_points_deleted"] += int(entry.get("orphan_points_deleted", 0))
                reconciled["passages_reindexed"] += int(entry.get("passages_reindexed", 0))
                by_trial[trial_name] = {k: entry.get(k) for k in ("orphan_points_deleted", "passages_reindexed")}
            elif event == "reconcile_failed":
                reconciled["reconcile_failed"] += 1
                run.violate("restart", None, f"the memory server's reconcile failed at its start after {trial_name}")
    reconciled["by_trial"] = by_trial
    figures["server_logs"] = {role: log_findings(server.log_path) for role, server in run.split.servers.items()}
    if reconciled["passages_reindexed"]:
        run.violate(
            "4-archival",
            None,
            f"at its start-ups the memory server found {reconciled['passages_reindexed']} passage record(s) "
            "without a vector (and embedded them again)",
        )
    figures["reconciled_at_start_up"] = reconciled
    return figures


def log_findings(path: Path) -> dict[str, int]:
    """Error-level log lines by event, failed RPCs by method and code, and tracebacks outside the JSON lines."""
    found: Counter[str] = Counter()
    for line in path.read_text(errors="replace").splitlines() if path.exists() else []:
        try:
            entry = json.loads(line)
        except ValueError:
            if line.startswith("Traceback"):
                found["(traceback outside the log)"] += 1
            continue
        if not isinstance(entry, dict):
            continue
        if entry.get("level") in ("error", "critical", "exception"):
            found[f"{entry.get('level')}: {entry.get('event')}"] += 1
        elif entry.get("event") == "rpc" and entry.get("code") != "OK":
            found[f"rpc {entry.get('rpc_method')} {entry.get('code')}"] += 1
    return dict(sorted(found.items()))


def summarize(run: Run, figures: dict[str, Any], rechecked: int, seconds: float) -> dict[str, Any]:
    by_target: dict[str, Any] = {}
    for target in TARGETS:
        mine = [t for t in run.trials if t.target == target]
        restarts = [t.restart_seconds for t in mine] or [0.0]
        by_target[target] = {
            "trials": len(mine),
            "kills_mid_turn": sum(t.landed_mid_turn for t in mine),
            "kills_after_turn_end": sum(not t.landed_mid_turn for t in mine),
            "turn_outcomes": dict(Counter(t.turn_outcome for t in mine)),
            "last_event_before_kill": dict(Counter(t.last_event_before_kill for t in mine)),
            "restart_seconds_median": round(statistics.median(restarts), 3),
            "restart_seconds_max": max(restarts),
            f"restarts_over_{SLOW_RESTART:g}s": sum(r > SLOW_RESTART for r in restarts),
            "first_turn_after_restart_failed": sum(not t.first_turn_ok for t in mine),
            "recovery_seconds_max": max([t.recovery_seconds for t in mine] or [0.0]),
            "closed_by_next_turn": sum(t.closed_by_next_turn for t in mine),
            "closed_in_turn": sum(t.closed_in_turn for t in mine),
            "interrupted_in_follow_up_attempts": sum(t.interrupted_in_follow_ups for t in mine),
            "interrupted_but_applied": dict(Counter(n for t in mine for n in t.interrupted_but_applied)),
        }
    return {
        "seed": SEED,
        "seconds": round(seconds, 1),
        "trials": len(run.trials),
        "faults_injected": len(run.trials) + len(TARGETS),  # the trials' kills, and the final kill of each server
        "kills_mid_turn": sum(t.landed_mid_turn for t in run.trials),
        "kills_after_turn_end": sum(not t.landed_mid_turn for t in run.trials),
        "messages_checked": rechecked,
        "messages_lost": run.lost_messages,
        "interrupted_calls_closed": sum(t.closed_by_next_turn + t.closed_in_turn for t in run.trials),
        "crashes": run.crashes,
        "failed_restarts": len(run.violations.get("restart", [])),
        "by_target": by_target,
        "storage": figures,
        "violations": {k: len(v) for k, v in run.violations.items()},
        "violation_details": dict(run.violations),
        "trial_records": [asdict(t) for t in run.trials],
    }


def summary_line(stats: dict[str, Any]) -> str:
    t = stats["by_target"]
    per = ", ".join(f"{k} {v['trials']}" for k, v in t.items())
    restarts = ", ".join(f"{k} {v['restart_seconds_median']}/{v['restart_seconds_max']}s" for k, v in t.items())
    first = ", ".join(f"{k} {v['first_turn_after_restart_failed']}" for k, v in t.items())
    storage = stats["storage"]
    reconciled = storage.get("reconciled_at_start_up", {})
    return (
        f"crash-safety seed={stats['seed']}: {stats['trials']} trials ({per}); "
        f"kills mid-turn {stats['kills_mid_turn']}, after the turn ended {stats['kills_after_turn_end']}; "
        f"messages checked {stats['messages_checked']}, lost {stats['messages_lost']}; "
        f"interrupted calls closed {stats['interrupted_calls_closed']}; "
        f"orphan points {storage.get('orphan_points_at_end')} at the end + "
        f"{reconciled.get('orphan_points_deleted')} reconciled at start-ups; "
        f"records without vector {storage.get('records_without_point')}; "
        f"restart median/max {restarts}; first turn after restart failed: {first}; "
        f"violations {stats['violations'] or 'none'}; {stats['seconds']}s"
    )


async def test_kill_9_each_server_inside_turns(tmp_path, fake_llm, model, database_url, monkeypatch):
    monkeypatch.setattr(procs, "wait_serving", wait_serving_promptly)
    began = time.monotonic()
    split = SplitDeployment(tmp_path / "crash").start()
    run = Run(fake_llm, split, model, random.Random(SEED))
    figures: dict[str, Any] = {}
    try:
        # Two whole turns first: the deployment works, the agent server is warm (tokenizer,
        # LLM client), and the length of a turn here is known (it is in the figures).
        figures["warm_up_turn_seconds"] = await run_trial_warm_up(run)
        failed_in_a_row = 0
        for index in range(TRIALS_PER_TARGET * len(TARGETS)):
            target = TARGETS[index % len(TARGETS)]
            try:
                await run_trial(run, index, target)
                failed_in_a_row = 0
            except (grpc.aio.AioRpcError, TimeoutError) as exc:  # a check could not even run: say so, go on
                run.violate("trial-aborted", run.trials[-1], f"the trial's checks failed to run: {exc!r}"[:1500])
                failed_in_a_row += 1
                if failed_in_a_row == 3:
                    run.violate("trial-aborted", None, "three trials in a row could not be checked: the run stops")
                    break
        rechecked = await recheck_all(run)
        check_alive(run, None)
        split.kill()  # one last crash of every server, idle, then the files as they were left
        figures.update(check_storage(run, database_url, [t.agent_id for t in run.trials]))
    finally:
        split.stop()
    stats = summarize(run, figures, rechecked, time.monotonic() - began)
    STATS_PATH.write_text(json.dumps(stats, indent=2) + "\n")
    print("\n" + summary_line(stats))
    report = "\n".join(f"{prop}: {len(items)}\n  " + "\n  ".join(items[:15]) for prop, items in run.violations.items())
    assert not run.violations, f"{summary_line(stats)}\n{report}"


async def run_trial_warm_up(run: Run) -> float:
    """A whole turn without a kill: the deployment works, and how long a turn takes."""
    async with grpc.aio.insecure_channel(run.split.agent_address) as chan:
        agents = agent_service_pb2_grpc.AgentServiceStub(chan)
        model = f"{run.model}-warm"
        agent = await create_agent(agents, run.fake, model, name="crash-warm-up")
        durations = []
        for i in range(2):
            run.fake.script(model, *turn_script(f"warm{i}", random.Random(i)))
            log = TurnLog()
            started = time.monotonic()
            await stream_turn(agents, agent.id, "warm up", log)
            durations.append(round(time.monotonic() - started, 3))
            assert log.outcome == "end:STOP_REASON_END_TURN", (log.outcome, log.error)
    return durations[-1]
