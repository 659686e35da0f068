"""Hostile input, property-based: every RPC of every memsvc service, fed by hypothesis.

What is checked
---------------
Every RPC of AgentService, MemoryService, AgentStoreService and ExecutorService is found
from the service descriptors of the memsvc.v1 modules (a new RPC, or a new service, is
picked up by itself; `test_every_rpc_has_a_strategy` fails while one has no strategy in
SPECS). For each, hypothesis generates requests: random and hostile strings (astral,
combining and RTL characters, NUL and lone control characters, up to 1 MB, empty),
edge integers (-1, 0, 10,000, 2**31-1, -2**31, ...), malformed ids (not UUIDs, UUIDs of
nothing, other agents' ids, ids spelled differently), unknown enum numbers (99 as a
role, a tag_match_mode, in repeated roles), crafted page tokens (base64 JSON cursors of
the wrong types), bad field masks, huge repeated fields (5,000 tags, 2,000 passages,
1,000 messages), bad timestamps (negative, year 9999 and past it, nanos out of range,
end before start), unset oneofs, hostile PDFs and JSON. Real ids of agents created by
the module's fixture are mixed in so that deep paths run (turns against the scripted
LLM, archival search, paging over real data); one agent points at a dead LLM and
embedding endpoint (http://127.0.0.1:9/v1) for UNAVAILABLE.

For every call (`World.check`):
- the status code is one memsvc documents: OK, INVALID_ARGUMENT, NOT_FOUND,
  FAILED_PRECONDITION, ALREADY_EXISTS, ABORTED, RESOURCE_EXHAUSTED; UNAVAILABLE only on
  the RPCs that reach the LLM or the embedding endpoint, with an LLM_* / EMBEDDING_*
  reason; UNAUTHENTICATED / PERMISSION_DENIED only on the keyed server. Never UNKNOWN,
  INTERNAL, UNIMPLEMENTED or DEADLINE_EXCEEDED (the client deadline is a generous 30 s);
- an error has a non-empty message and a google.rpc.Status in grpc-status-details-bin
  with the same code and an ErrorInfo (domain "memsvc") with a reason;
- a turn that ends with an error inside a stream (TurnEnd.error) obeys the same rules,
  and a function the executor ran never failed "with an internal error";
- after every example the server still answers a health check and a GetAgent of the
  module's agent.
RPCs that change an agent get a fresh "scratch" agent per example (never the module's
agents, so examples stay independent); when such a call succeeds, the agent is probed
(GetAgent, GetContextWindow, LoadContext, ListMessages, a turn): hostile state must not
break the reads and turns that follow. The raw-bytes test sends bytes that are not valid
protobuf or not valid UTF-8 to every method (`request_serializer=lambda b: b`); the keyed
test runs the same strategies against a server with API keys, with missing, wrong,
client and internal keys.

How the server runs (hypothesis and pytest-asyncio do not mix)
-------------------------------------------------------------
Hypothesis calls the test body many times (examples, then shrinking), while an async
function-scoped fixture is set up once per test, on the loop pytest-asyncio runs that
test on; an async @given test would share one server and one loop between examples
that hypothesis drives from outside that loop. So nothing here is async: one all-in-one
server per module runs on its own asyncio loop in a daemon thread (`BackgroundServer`:
asyncio.run_coroutine_threadsafe starts and stops it), and the tests call it with
grpcio's *synchronous* client from the test thread. The test thread has no event loop,
so none is shared, leaked or closed under a running call; the server sees an ordinary
network client. Each hypothesis test is an inner @given function built in the pytest
test (one per RPC, with that RPC's example budget), so the pytest test itself only
takes module-scoped fixtures. derandomize=True draws from a fixed seed, not the clock,
so CI never flakes on a new random input (which example hits a bug still moves when the
budgets or the code change: the focused tests at the end pin each bug found, one by one,
as strict xfails). With `--database=postgres` the module's server gets its own database, copied from the
migrated template like every other test's.

Requests are built by `blend`: a valid request with one, two or all of its fields made
hostile (or none), so that most examples get past the first check and the code behind it
runs; every hostile value still reaches every field.

Knobs: MEMSVC_HOSTILE_SCALE multiplies every example budget (10 for a long hunt, 0.1 for
a smoke run); MEMSVC_HOSTILE_SHRINK=0 reports the first failing example unshrunk (much
quicker while bugs are open: shrinking replays a stateful server many times).

Statistics
----------
At the end of the module the number of examples per RPC (primary calls, also those tried
while shrinking) and the status codes of every call (probes included) are written to
tests/.hostile-stats.json (git-ignored) and printed, for the README's "inputs tried".
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import json
import logging
import os
import pkgutil
import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.protobuf import message_factory
from google.protobuf.field_mask_pb2 import FieldMask
from google.protobuf.message import DecodeError
from google.protobuf.message import Message as Proto
from google.protobuf.timestamp_pb2 import Timestamp
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_health.v1 import health_pb2
from hypothesis import HealthCheck, Phase, assume, given, note
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

import memsvc.v1
from memsvc.executor.functions import FUNCTIONS
from memsvc.server.app import Running, start
from memsvc.v1 import agent_file_pb2, agent_pb2, memory_pb2, message_pb2, step_pb2, tool_pb2, turn_pb2
from memsvc.v1 import agent_service_pb2 as apb
from memsvc.v1 import agent_store_service_pb2 as spb
from memsvc.v1 import executor_service_pb2 as epb
from memsvc.v1 import memory_service_pb2 as mpb
from tests.conftest import PG_ADMIN, make_settings
from tests.fakellm import Call, FakeLLM, Reply
from tests.layouts import TEST_ENDPOINTS, create_database, drop_database, split_env, tenant_keys
from tests.procs import SplitDeployment

DEAD = "http://127.0.0.1:9/v1"
DEADLINE = 30.0
NIL = str(uuid.UUID(int=0))
STATS_FILE = Path(__file__).parent / ".hostile-stats.json"
MAX_REQUEST_BYTES = 15 * 2**20  # the server takes 16 MiB; bigger requests are tested on their own
SC = grpc.StatusCode

# ----- the RPCs, from the descriptors --------------------------------------------------------


def _services() -> list[Any]:
    found = []
    for info in pkgutil.iter_modules(memsvc.v1.__path__):
        if info.name.endswith("_pb2"):
            module = importlib.import_module(f"memsvc.v1.{info.name}")
            found += module.DESCRIPTOR.services_by_name.values()
    return sorted(found, key=lambda s: s.full_name)


@dataclass(frozen=True)
class Rpc:
    path: str
    name: str
    service: str
    request: type[Proto]
    response: type[Proto]
    client_streaming: bool
    server_streaming: bool


RPCS: dict[str, Rpc] = {
    f"/{s.full_name}/{m.name}": Rpc(
        f"/{s.full_name}/{m.name}",
        m.name,
        s.name,
        message_factory.GetMessageClass(m.input_type),
        message_factory.GetMessageClass(m.output_type),
        m.client_streaming,
        m.server_streaming,
    )
    for s in _services()
    for m in s.methods
}
PATHS = sorted(RPCS)
INTERNAL_SERVICES = {"AgentStoreService", "ExecutorService"}
# Server streams that stay open until the client leaves: called with a short deadline.
OPEN_ENDED = {"WatchAgent", "WatchTurnEvents"}
WATCH_SECONDS = 1.0
# RPCs that reach the LLM or the embedding endpoint: the only ones that may be UNAVAILABLE.
ENDPOINT_RPCS = {
    "SendMessage",
    "StreamStep",
    "ResumeTurn",
    "InsertArchivalMemory",
    "BatchInsertArchivalMemories",
    "IngestDocument",
    "SearchArchivalMemory",
}
DOCUMENTED = {
    SC.OK,
    SC.INVALID_ARGUMENT,
    SC.NOT_FOUND,
    SC.FAILED_PRECONDITION,
    SC.ALREADY_EXISTS,
    SC.ABORTED,
    SC.RESOURCE_EXHAUSTED,
}
AUTH_CODES = {SC.UNAUTHENTICATED, SC.PERMISSION_DENIED}
NEVER = {"UNKNOWN", "INTERNAL", "UNIMPLEMENTED", "DEADLINE_EXCEEDED"}


def p(service: str, name: str) -> str:
    return f"/memsvc.v1.{service}/{name}"


GET_AGENT = p("AgentService", "GetAgent")
SEND = p("AgentService", "SendMessage")

# ----- statistics ------------------------------------------------------------------------------

EXAMPLES: Counter[str] = Counter()
CODES: defaultdict[str, Counter[str]] = defaultdict(Counter)


def write_stats() -> str:
    rpcs = {
        key: {"examples": EXAMPLES[key], "codes": dict(sorted(CODES[key].items()))}
        for key in sorted(set(EXAMPLES) | set(CODES))
    }
    stats = {
        "examples": sum(EXAMPLES.values()),
        "calls": sum(sum(c.values()) for c in CODES.values()),
        "rpcs": rpcs,
    }
    STATS_FILE.write_text(json.dumps(stats, indent=1) + "\n")
    return f"hostile input: {stats['examples']:,} examples, {stats['calls']:,} calls; per RPC in {STATS_FILE}"


# ----- the server, in a thread of its own ------------------------------------------------------


class BackgroundServer:
    """An all-in-one server on its own event loop, in a daemon thread."""

    def __init__(self, data_dir: Path, **changes: object) -> None:
        self.settings = make_settings(data_dir, **changes)
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="hostile-server", daemon=True)
        self.running: Running | None = None

    def __enter__(self) -> BackgroundServer:
        self.thread.start()
        self.running = asyncio.run_coroutine_threadsafe(start("all", self.settings), self.loop).result(120)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.running is not None:
            asyncio.run_coroutine_threadsafe(self.running.stop(0), self.loop).result(120)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(30)
        self.loop.close()

    @property
    def port(self) -> int:
        assert self.running is not None
        return self.running.port


@dataclass
class Outcome:
    code: grpc.StatusCode
    details: str
    trailers: tuple[tuple[str, Any], ...]
    responses: list[Any]


def rich_status(trailers: Any) -> status_pb2.Status | None:
    for key, value in trailers or ():
        if key == "grpc-status-details-bin":
            return status_pb2.Status.FromString(value)
    return None


def error_info(status: status_pb2.Status | None) -> error_details_pb2.ErrorInfo:
    """The status's ErrorInfo, or an empty one."""
    info = error_details_pb2.ErrorInfo()
    for detail in status.details if status is not None else ():
        if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
            detail.Unpack(info)
    return info


@dataclass
class World:
    """A running server, a client channel, and the agents the strategies use."""

    channel: grpc.Channel
    fake: FakeLLM
    metadata: tuple[tuple[str, str], ...] = ()
    keyed: bool = False
    main: str = ""  # the module's agent: never reconfigured or deleted
    other: str = ""  # another agent (its ids and passages are "other agents'")
    dead: str = ""  # LLM and embeddings at a dead endpoint
    local: str = ""  # the offline embedding model
    scratch: str = ""  # a fresh agent, per example of an RPC that changes agents
    passages: list[str] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)
    seeded_events: str = ""  # what the store recorded for the scratch agent's request "seeded"
    variant: str = ""
    turn: str = ""  # the scratch agent's turn waiting for a client tool's result and an approval (Spec.waiting)
    calls: tuple[str, ...] = ()  # its pending calls: the client tool's, then the one needing approval
    split: bool = False  # three processes: the internal services are not at the client's address

    # ----- calls -----------------------------------------------------------------------

    def call(
        self, path: str, request: Any, *, metadata: tuple[tuple[str, str], ...] | None = None, raw: bool = False
    ) -> Outcome:
        rpc = RPCS[path]
        serialize = (lambda b: b) if raw else (lambda m: m.SerializeToString())
        kwargs = {"request_serializer": serialize, "response_deserializer": rpc.response.FromString}
        md = self.metadata if metadata is None else metadata
        responses: list[Any] = []
        try:
            if rpc.client_streaming:
                stream = self.channel.stream_stream(path, **kwargs)(iter(request), timeout=DEADLINE, metadata=md)
                responses.extend(stream)
            elif rpc.name in OPEN_ENDED:  # a watch runs until the client leaves: watch for a moment
                call = self.channel.unary_stream(path, **kwargs)(request, timeout=WATCH_SECONDS, metadata=md)
                try:
                    responses.extend(call)
                except grpc.RpcError as exc:
                    if exc.code() != SC.DEADLINE_EXCEEDED:
                        raise
            elif rpc.server_streaming:
                responses.extend(self.channel.unary_stream(path, **kwargs)(request, timeout=DEADLINE, metadata=md))
            else:
                responses.append(self.channel.unary_unary(path, **kwargs)(request, timeout=DEADLINE, metadata=md))
        except grpc.RpcError as exc:
            return Outcome(exc.code(), exc.details() or "", tuple(exc.trailing_metadata() or ()), responses)
        return Outcome(SC.OK, "", (), responses)

    def check(self, path: str, out: Outcome, *, auth: bool = False, variant: str | None = None) -> Outcome:
        """The property every call must have; counts the call."""
        rpc = RPCS[path]
        CODES[(self.variant if variant is None else variant) + path].update([out.code.name])
        where = f"{rpc.service}.{rpc.name} -> {out.code.name}: {out.details[:500]!r}"
        allowed = set(DOCUMENTED)
        if rpc.name in ENDPOINT_RPCS:
            allowed.add(SC.UNAVAILABLE)
        if auth:
            allowed |= AUTH_CODES
        assert out.code in allowed, f"undocumented status: {where}"
        if out.code != SC.OK:
            assert out.details.strip(), f"an error without a message: {where}"
            status = rich_status(out.trailers)
            assert status is not None, f"no grpc-status-details-bin trailer: {where}"
            assert status.code == out.code.value[0], f"the rich status has code {status.code}: {where}"
            info = error_info(status)
            assert info.reason, f"no ErrorInfo reason: {where}"
            assert info.domain == "memsvc", f"ErrorInfo domain {info.domain!r}: {where}"
            if out.code == SC.UNAVAILABLE:
                assert info.reason.startswith(("LLM_", "EMBEDDING_")), f"UNAVAILABLE with {info.reason}: {where}"
        for response in out.responses:
            check_response(rpc, response)
        return out

    def run(self, path: str, request: Any) -> Outcome:
        return self.check(path, self.call(path, request))

    # ----- agents -------------------------------------------------------------------------

    def new_agent(
        self, *, endpoint: str = "", embedding: str = "fake", name: str = "hostile", model: str = "hostile"
    ) -> str:
        endpoint = endpoint or self.fake.base_url
        if embedding == "local":
            emb = agent_pb2.EmbeddingConfig(embedding_endpoint_type="local")
        else:
            emb = agent_pb2.EmbeddingConfig(
                embedding_model="hash-64",
                embedding_endpoint=DEAD if embedding == "dead" else self.fake.base_url,
                embedding_endpoint_type="openai",
                embedding_dim=64,
            )
        request = apb.CreateAgentRequest(
            name=name,
            llm_config=agent_pb2.LlmConfig(model=model, model_endpoint=endpoint, context_window=16384),
            embedding_config=emb,
            memory_blocks=[
                agent_pb2.MemoryBlock(label="human", value="My name is Xiaoming, I am a product manager"),
                agent_pb2.MemoryBlock(label="persona", value="You are Letta, my assistant"),
                agent_pb2.MemoryBlock(label="notes", value="read only", read_only=True),
            ],
        )
        out = self.call(p("AgentService", "CreateAgent"), request)
        assert out.code == SC.OK, out.details
        return out.responses[0].agent.id

    def delete(self, agent_id: str) -> None:
        out = self.call(p("AgentService", "DeleteAgent"), apb.DeleteAgentRequest(agent_id=agent_id))
        assert out.code in (SC.OK, SC.NOT_FOUND, SC.INVALID_ARGUMENT), out.details

    def alive(self) -> None:
        health = self.channel.unary_unary(
            "/grpc.health.v1.Health/Check",
            request_serializer=health_pb2.HealthCheckRequest.SerializeToString,
            response_deserializer=health_pb2.HealthCheckResponse.FromString,
        )
        assert health(health_pb2.HealthCheckRequest(), timeout=10).status == health_pb2.HealthCheckResponse.SERVING
        out = self.call(GET_AGENT, apb.GetAgentRequest(agent_id=self.main))
        assert out.code == SC.OK, f"GetAgent of the module's agent after the example: {out.code.name} {out.details}"
        assert out.responses[0].agent.id == self.main

    def settle(self) -> None:
        """Keeps the fake LLM's request log from growing over the module."""
        with self.fake.lock:
            self.fake.requests.clear()
            self.fake.embedding_requests.clear()
            self.fake.service_times.clear()


# How the executor tells the LLM that a function raised something unexpected (executor.py).
CRASHED = "failed with an internal error; try again or do something else."


def check_response(rpc: Rpc, response: Any) -> None:
    """Turn errors inside responses obey the same rules as call errors."""
    events = []
    if rpc.name == "SendMessage":
        events = list(response.events)
    elif rpc.name in ("StreamStep", "WatchAgent"):
        events = [response.event]
    elif rpc.name == "ResumeTurn":
        events = list(response.events)
    for event in events:
        if event.WhichOneof("event") == "function_result":
            result = event.function_result
            assert CRASHED not in result.result, f"{rpc.name}: the function {result.name} crashed: {result.result!r}"
        if event.WhichOneof("event") == "turn_end" and event.turn_end.HasField("error"):
            status = event.turn_end.error
            name = code_pb2.Code.Name(status.code)
            assert name not in NEVER, f"{rpc.name}: a turn ended with {name}: {status.message!r}"
            assert status.message.strip(), f"{rpc.name}: a turn error without a message"
            info = error_info(status)
            assert info.reason, f"{rpc.name}: a turn error without ErrorInfo: {status.message!r}"
    if rpc.name == "ExecuteFunction" and not response.ok:
        assert CRASHED not in response.result, f"ExecuteFunction crashed inside: {response.result!r}"


# ----- strategies: values --------------------------------------------------------------------


class Long(str):
    """A long string that hypothesis reports in a few words (the reports would be megabytes)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Long({str.__repr__(self[:12])} ... {len(self):,} characters)"


class LongBytes(bytes):
    __slots__ = ()

    def __repr__(self) -> str:
        return f"LongBytes({bytes.__repr__(self[:12])} ... {len(self):,} bytes)"


class Bulk(list):
    """A long list that hypothesis reports in a few words."""

    def __repr__(self) -> str:
        return f"Bulk([{self[0]!r}, ...] {len(self):,} items)" if self else "Bulk([])"


# fmt: off
SPECIAL_TEXT = (
    "", " ", " \t\n\r ", "\x00", "a\x00b", "\x00" * 64, "\x01", "\x07", "\x1b[2J", "\x7f", "\x85", "\u2028",
    "\ufeff", "\ufffd", "\uffff", "\U0010ffff", "\U0001f600", "\U0001f469\u200d\U0001f469\u200d\U0001f467",
    "e\u0301" + "\u0301" * 300,  # combining marks
    "\u202e\u0645\u0631\u062d\u0628\u0627\u202c", "\u200f\u200e\u2066",  # right-to-left, bidi controls
    "我是小明", "İıßǅ", "'; DROP TABLE agents; --", "' OR '1'='1", '"', '""', "*", "NEAR(a b)", "a OR b AND NOT c",
    "-x", "x:*", "^", "{}", "{0}{words}", "%s%n%x", "${jndi:ldap://x}", "../../../../etc/passwd", "null", "[]",
    '{"a":', "\\u0000", "<script>alert(1)</script>", "human", "persona", "document:x", "You said", "hello",
)
# fmt: on
LONG_TEXT = tuple(
    Long(text)
    for text in (
        "x" * 32_000,
        "x" * 32_001,
        "é" * 40_000,
        "\U0001f600" * 32_000,  # 32,000 characters, 128 KB
        "word " * 20_000,
        "\u0301" * 100_000,
        "a\x00" * 50_000,
        "y" * 1_000_000,
    )
)
# fmt: off
INT32_EDGES = (
    0, 1, -1, 2, 16, 31, 32, 33, 50, 100, 101, 1000, 1001, 2047, 2048, 3600, 3601, 8192, 10_000, 65_536,
    10_000_000, 10_000_001, 2**31 - 1, -(2**31),
)
# fmt: on
INT64_EDGES = (0, 1, -1, 2, 2**31, 2**53 + 1, 2**62, 2**63 - 1, -(2**63))
ENUM_EDGES = (0, 1, 2, 3, 4, 5, 6, 99, -1, 2**31 - 1, -(2**31))
FLOAT_EDGES = (0.0, -0.0, 0.5, 0.7, 1.0, 1.0000001, 0.9999999, 2.0, -0.1, float("nan"), float("inf"), float("-inf"))
# fmt: off
SECONDS_EDGES = (
    0, -1, 1_700_000_000,
    -62_135_596_800, -62_135_596_801,  # 0001-01-01 and the second before
    253_402_300_799, 253_402_300_800,  # 9999-12-31T23:59:59 and the second after
    2**62, 2**63 - 1, -(2**63),
)
# fmt: on
NANOS_EDGES = (0, 1, 999_999_999, 1_000_000_000, -1, 2**31 - 1, -(2**31))

small_text = st.one_of(
    st.sampled_from(SPECIAL_TEXT),
    st.text(max_size=40),
    st.text(st.characters(codec="ascii"), max_size=20),
)


def long_text(index: int) -> str:
    return LONG_TEXT[index]


def odd_document(index: int) -> bytes:
    return ODD_DOCUMENTS[index]


# Indexes, not the values: a strategy's repr holds its constants, and these are megabytes.
hostile_text = st.one_of(small_text, small_text, small_text, st.integers(0, len(LONG_TEXT) - 1).map(long_text))
int32s = st.one_of(st.sampled_from(INT32_EDGES), st.integers(-(2**31), 2**31 - 1))
int64s = st.one_of(st.sampled_from(INT64_EDGES), st.integers(-(2**63), 2**63 - 1))
enums = st.one_of(st.sampled_from(ENUM_EDGES), int32s)
float32s = st.one_of(st.sampled_from(FLOAT_EDGES), st.floats(width=32))
timestamps = st.one_of(
    st.integers(0, 2_000_000_000).map(lambda s: Timestamp(seconds=s)),
    st.builds(
        Timestamp,
        seconds=st.one_of(st.sampled_from(SECONDS_EDGES), st.integers(-(2**63), 2**63 - 1)),
        nanos=st.one_of(st.sampled_from(NANOS_EDGES), st.integers(-(2**31), 2**31 - 1)),
    ),
)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), int64s, st.integers(), st.floats(), small_text),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=6,
)


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


# Cursors of the right shape (c, i, s, o are the keys the stores use) with values of any JSON type.
cursors = st.one_of(
    st.fixed_dictionaries({"c": json_values, "i": json_values}),
    st.fixed_dictionaries({"s": json_values}),
    st.fixed_dictionaries({"o": json_values}),
    st.fixed_dictionaries({}, optional={k: json_values for k in ("c", "i", "s", "o")}),
)
# fmt: off
MASK_PATHS = (
    "name", "system", "llm_config", "embedding_config", "context_config", "max_steps", "value", "limit",
    "description", "read_only", "label", "id", "memory_blocks", "create_time", "update_time", "llm_config.model",
    "agent.name", "*", "", "name,system", " name", "NAME",
)
# fmt: on
field_masks = st.one_of(
    st.none(),
    st.lists(st.one_of(st.sampled_from(MASK_PATHS), small_text), max_size=6).map(lambda ps: FieldMask(paths=ps)),
)
LABELS = ("human", "persona", "notes", "a" * 64, "a" * 65, "", "bad label!", "ümlaut", "-", "_", "x" * 1000, "human\n")
labels = st.one_of(st.sampled_from(LABELS), st.sampled_from(LABELS), small_text)
TAGS = ("t", "document:x", "a" * 64, "a" * 65, "", " ", "\x00", "\U0001f600", "T", "t ")
tag_lists = st.one_of(
    st.lists(st.one_of(st.sampled_from(TAGS), small_text), max_size=5),
    st.sampled_from((32, 33, 5000)).map(lambda n: Bulk(f"t{i}" for i in range(n))),
    st.just(Bulk(["same"] * 40)),
)
FUNCTION_NAMES = tuple(FUNCTIONS)
PARAMS = {param.name: param.type for f in FUNCTIONS.values() for param in f.params}
DATES = ("2024-05-31", "2024-05-31T14:00", "2024-02-30", "9999-12-31", "0001-01-01", "0001-01-01T00:00:00+23:59")
PARAM_VALUES = {
    "string": st.one_of(st.sampled_from(("human", "persona", "notes", "any", "all", "", *DATES)), hostile_text),
    "integer": st.one_of(int64s, st.sampled_from((1.5, 1e308, -0.0, 50, 51, 0))),
    # Wake-up delays: hostile, or at least a day away (a wake-up that fired would start a turn).
    "number": st.one_of(
        st.sampled_from((-1, -0.0, 1e308, 86_400.5, 31_622_400, 31_622_401, 10**400, float("nan"))),
        st.floats(min_value=86_400, allow_infinity=True),
    ),
    "boolean": st.one_of(st.booleans(), json_values),
    "array": st.one_of(
        st.lists(st.one_of(st.sampled_from(("user", "assistant", "tool", "system")), small_text)), json_values
    ),
}
function_arguments = st.one_of(
    st.fixed_dictionaries(
        {}, optional={name: st.one_of(PARAM_VALUES[kind], json_values) for name, kind in PARAMS.items()}
    ).map(json.dumps),
    st.sampled_from(
        (
            "",
            "{}",
            "null",
            "[]",
            "1e999",
            "not json",
            Long("[" * 100_000),
            Long('{"a":' * 50_000),
            '{"label": 1}',
            '{"label": "human", "content": "\\ud800"}',  # a lone surrogate, as JSON can spell it
            '{"content": "\\udfff", "tags": ["\\ud83d"]}',
            '{"query": "\\ud800", "message": "\\ud800"}',
        )
    ),
    hostile_text,
)


# A PDF with a correct xref table, so pypdf reaches the pages instead of failing on the layout.
def make_pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def page_pdf(
    content: bytes = b"BT /F1 12 Tf (hello) Tj ET",
    stream_filter: bytes = b"",
    font: bytes = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    page_extra: bytes = b"",
) -> bytes:
    stream = b"<< /Length %d %s >>\nstream\n" % (len(content), stream_filter) + content + b"\nendstream"
    return make_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> "
            b"/MediaBox [0 0 612 792] " + page_extra + b">>",
            stream,
            font,
        ]
    )


PDF_FILTERS = (
    b"",
    b"/Filter /FlateDecode",
    b"/Filter /LZWDecode",
    b"/Filter /ASCII85Decode",
    b"/Filter /ASCIIHexDecode",
    b"/Filter /RunLengthDecode",
    b"/Filter /DCTDecode",
    b"/Filter /JBIG2Decode",
    b"/Filter /NoSuchDecode",
    b"/Filter /FlateDecode /DecodeParms << /Predictor 99 /Columns -1 >>",
)
PDF_FONTS = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    b"<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /DescendantFonts 7 >>",
    b"<< /Type /Font /Subtype /Type1 /Encoding << /Differences [ -5 /a 999999999 /c ] >> >>",
    b"<< /Type /Font /Subtype /Type3 /FontMatrix [0 0 0 0 0 0] /Widths [] /FirstChar 0 >>",
    b"<< /Type /Font /Subtype /TrueType /FirstChar 99999999999 /Widths [1 2 3] /ToUnicode 4 0 R >>",
)
PDF_CONTENT = (
    b"BT /F1 12 Tf (hello) Tj ET",
    b"BT /F1 12 Tf [1 2 (a) <zz>] TJ ET",
    b"BT /F1 1e999 Tf 1e308 Tz 1e308 TL T* (x) ' ET",
    b"q q q Q Q Q Q Q BT /F9 12 Tf (x) Tj ET",
    b"BT /F1 12 Tf 1 2 3 Tm (x) Tj ET",
)
ROOT_RECOVERY_PDF = b"%PDF-1.4\ntrailer\n<< /Root 1 0 R /Size 99999999999 >>\nstartxref\n9\n%%EOF"
pdfs = st.one_of(
    st.builds(
        page_pdf,
        content=st.one_of(st.sampled_from(PDF_CONTENT), st.binary(max_size=80)),
        stream_filter=st.sampled_from(PDF_FILTERS),
        font=st.sampled_from(PDF_FONTS),
        page_extra=st.sampled_from((b"", b"/Rotate 45 ", b"/Rotate (x) ", b"/MediaBox [0 0 (a)] ")),
    ),
    st.sampled_from((b"%PDF-1.4\n", ROOT_RECOVERY_PDF, page_pdf()[:-40], b"%PDF-" + bytes(range(256)))),
    st.binary(max_size=200).map(lambda b: b"%PDF-1.7\n" + b),
)
ODD_DOCUMENTS = (
    b"",
    LongBytes(b"\x00" * 1000),
    b"\xef\xbb\xbf",
    "\ufeff".encode() * 10,
    b"\xff\xfe\xfd",
    LongBytes(("lorem ipsum dolor sit amet. " * 3000).encode()),
    LongBytes(("小明" * 20_000).encode()),
    LongBytes(b"x" * (8 * 2**20 + 1)),  # one byte over the limit
)
documents = st.one_of(
    st.binary(max_size=300),
    hostile_text.map(lambda t: LongBytes(t.encode()) if len(t) > 1000 else t.encode()),
    pdfs,
    pdfs,
    st.integers(0, len(ODD_DOCUMENTS) - 1).map(odd_document),
)


# ----- strategies: a sane request, then one, two or all of its fields made hostile -------------


def blend(cls: type[Proto], **fields: tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """`cls` built from (sane, hostile) strategies per field: all sane, one or two fields hostile, or all hostile.

    All-hostile requests rarely pass the first check; one hostile field in an otherwise valid
    request reaches the code behind it.
    """
    names = sorted(fields)

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        how_many = draw(st.sampled_from((0, 1, 1, 1, 2, len(names))), label="hostile fields")
        bad = draw(st.sets(st.sampled_from(names), min_size=min(how_many, len(names)), max_size=how_many))
        return draw(st.builds(cls, **{n: fields[n][1] if n in bad else fields[n][0] for n in names}))

    return build()


SANE_TEXT = ("hello", "I like trips to Paris", "我是小明", "Straße ✓ \U0001f600", "مرحبا بك", "e\u0301", "two\nlines")
sane_text = st.one_of(
    st.sampled_from(SANE_TEXT), st.text(min_size=1, max_size=30).filter(lambda t: bool(t.strip()) and "\x00" not in t)
)
sane_page_sizes = st.sampled_from((0, 1, 2, 10, 100))
sane_labels = st.sampled_from(("human", "persona", "notes"))
sane_tags = st.lists(st.sampled_from(("t", "work", "ideas", "document:x", "ünï")), max_size=3, unique=True)
sane_times = st.one_of(st.none(), st.integers(1_600_000_000, 2_000_000_000).map(lambda s: Timestamp(seconds=s)))
sane_inputs = st.lists(
    st.builds(message_pb2.MessageInput, role=st.sampled_from((0, 1, 4)), content=sane_text), min_size=1, max_size=3
)
sane_max_steps = st.sampled_from((0, 1, 2, 5))
SANE_DATES = ("2024-05-31", "2024-05-31T14:00", "2026-01-01", "2020-02-29T23:59:59+02:00")


# ----- strategies: ids -----------------------------------------------------------------------


def real_ids(w: World) -> st.SearchStrategy[str]:
    return st.sampled_from((w.main, w.main, w.other, w.dead, w.local))


def read_ids(w: World) -> st.SearchStrategy[str]:
    """Ids for RPCs that cannot break an agent: the real agents, spelled every way, and nonsense."""
    variants = [
        w.main.upper(),
        "{" + w.main + "}",
        "urn:uuid:" + w.main,
        w.main.replace("-", ""),
        " " + w.main,
        w.main + "\x00",
        NIL,
        "x" * 129,
        "agent-does-not-exist",
    ]
    return st.one_of(real_ids(w), st.sampled_from(variants), st.uuids().map(str), st.just(""), small_text)


def write_ids(w: World) -> st.SearchStrategy[str]:
    """Ids for RPCs that reconfigure or delete: the example's scratch agent, and nonsense."""
    return st.one_of(
        st.just(w.scratch),
        st.sampled_from((w.scratch.upper(), "{" + w.scratch + "}", NIL, "", "not-a-uuid", "x" * 129)),
        st.uuids().map(str),
        small_text,
    )


def touch_ids(w: World) -> st.SearchStrategy[str]:
    """Ids for RPCs that add to an agent (messages, passages, block edits): scratch or the readable ones."""
    return st.one_of(st.just(w.scratch), read_ids(w))


def page_tokens(w: World) -> st.SearchStrategy[str]:
    return st.one_of(
        st.just(""),
        st.sampled_from(w.tokens),
        small_text,
        st.sampled_from(("garbage!", "=", "e30", "W10", "bnVsbA", "MQ", "%%%%", Long("a" * 10_000))),
        cursors.map(lambda c: b64(json.dumps(c).encode())),
        cursors.map(lambda c: b64(json.dumps(c).encode())),
        st.binary(max_size=40).map(b64),
    )


def sane_tokens(w: World) -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), st.sampled_from(w.tokens))


def request_ids() -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), st.sampled_from(("rid-1", "rid-2", "r" * 128, "r" * 129, "\x00")), small_text)


sane_request_ids = st.one_of(st.just(""), st.uuids().map(str))

# ----- strategies: messages -------------------------------------------------------------------


def sane_llm(w: World) -> st.SearchStrategy[agent_pb2.LlmConfig]:
    return st.builds(
        agent_pb2.LlmConfig,
        model=st.sampled_from(("hostile", "gpt-4", "deepseek-chat")),
        model_endpoint=st.sampled_from((w.fake.base_url, w.fake.base_url, DEAD)),
        model_endpoint_type=st.sampled_from(("openai", "deepseek", "")),
        context_window=st.sampled_from((16384, 8192, 32768)),
        put_inner_thoughts_in_kwargs=st.one_of(st.none(), st.booleans()),
        temperature=st.one_of(st.none(), st.sampled_from((0.0, 0.7, 2.0))),
        max_tokens=st.sampled_from((0, 256, 1024)),
    )


def llm_configs(w: World) -> st.SearchStrategy[agent_pb2.LlmConfig]:
    endpoints = st.sampled_from(
        (
            DEAD,
            "",
            "http://127.0.0.1:99999/v1",
            "http://[::1/v1",
            f"{w.fake.base_url}\n",
            "http://x\x00/v1",
            "https://",
            "ftp://127.0.0.1/",
            f"{w.fake.base_url}/../nothing",
            "HTTP://127.0.0.1:9/v1",
        )
    )
    return blend(
        agent_pb2.LlmConfig,
        model=(st.sampled_from(("hostile", "gpt-4o")), small_text),
        model_endpoint=(st.just(w.fake.base_url), st.one_of(endpoints, small_text)),
        model_endpoint_type=(st.sampled_from(("openai", "ollama", "vllm")), small_text),
        context_window=(st.sampled_from((16384, 2048, 10_000_000)), st.one_of(st.sampled_from((2047, 0)), int32s)),
        put_inner_thoughts_in_kwargs=(st.none(), st.booleans()),
        temperature=(st.none(), float32s),
        max_tokens=(st.sampled_from((0, 1, 8192)), int32s),
    )


def sane_embedding(w: World) -> st.SearchStrategy[agent_pb2.EmbeddingConfig | None]:
    return st.sampled_from(
        (
            None,
            agent_pb2.EmbeddingConfig(embedding_endpoint_type="local"),
            agent_pb2.EmbeddingConfig(
                embedding_model="hash-64",
                embedding_endpoint=w.fake.base_url,
                embedding_endpoint_type="openai",
                embedding_dim=64,
            ),
        )
    )


def embedding_configs(w: World) -> st.SearchStrategy[agent_pb2.EmbeddingConfig]:
    return blend(
        agent_pb2.EmbeddingConfig,
        embedding_model=(st.sampled_from(("hash-64", "hash-384")), small_text),
        embedding_endpoint=(st.just(w.fake.base_url), st.one_of(st.sampled_from((DEAD, "")), small_text)),
        embedding_endpoint_type=(st.just("openai"), st.one_of(st.sampled_from(("local", "ollama", "")), small_text)),
        embedding_dim=(st.just(64), st.one_of(st.sampled_from((0, 384, 1, 65_536, 65_537, -1)), int32s)),
        embedding_chunk_size=(st.sampled_from((0, 16, 8192)), st.one_of(st.sampled_from((15, 8193)), int32s)),
    )


sane_context = st.one_of(
    st.none(),
    st.builds(
        agent_pb2.ContextConfig,
        warning_threshold=st.sampled_from((0.0, 0.5, 0.7)),
        flush_threshold=st.sampled_from((0.0, 0.8, 1.0)),
        evict_fraction=st.sampled_from((0.0, 0.3, 0.5)),
    ),
)
context_configs = st.builds(
    agent_pb2.ContextConfig, warning_threshold=float32s, flush_threshold=float32s, evict_fraction=float32s
)
blocks = blend(
    agent_pb2.MemoryBlock,
    label=(sane_labels, labels),
    value=(st.one_of(st.just(""), sane_text), hostile_text),
    limit=(st.sampled_from((0, 100, 5000)), st.one_of(st.sampled_from((1, 1_000_000, 2**31 - 1, -1)), int32s)),
    description=(st.one_of(st.just(""), sane_text), hostile_text),
    read_only=(st.booleans(), st.booleans()),
    update_time=(st.none(), timestamps),
)
sane_blocks = st.lists(
    st.builds(
        agent_pb2.MemoryBlock,
        label=sane_labels,
        value=st.one_of(st.just(""), sane_text),
        limit=st.sampled_from((0, 5000)),
        description=st.one_of(st.just(""), sane_text),
        read_only=st.booleans(),
    ),
    max_size=3,
    unique_by=lambda b: b.label,
)
block_lists = st.one_of(
    st.lists(blocks, max_size=3),
    st.integers(100, 300).map(lambda n: Bulk(agent_pb2.MemoryBlock(label=f"b{i}", value="v") for i in range(n))),
    st.just([agent_pb2.MemoryBlock(label="human"), agent_pb2.MemoryBlock(label="human")]),
)
message_inputs = st.builds(
    message_pb2.MessageInput, role=st.one_of(st.sampled_from((0, 1, 4)), enums), content=hostile_text
)
input_lists = st.one_of(
    st.lists(message_inputs, max_size=3),
    st.sampled_from((100, 1000)).map(lambda n: Bulk(message_pb2.MessageInput(content=f"m{i}") for i in range(n))),
)
AGENT_PATHS = ("name", "system", "llm_config", "embedding_config", "context_config", "max_steps")
sane_agent_masks = st.lists(st.sampled_from(AGENT_PATHS), min_size=1, max_size=3, unique=True).map(
    lambda ps: FieldMask(paths=ps)
)


def agents(w: World, ids: tuple[st.SearchStrategy[str], st.SearchStrategy[str]]) -> st.SearchStrategy[Any]:
    return blend(
        agent_pb2.Agent,
        id=ids,
        name=(sane_text, hostile_text),
        system=(st.one_of(st.just(""), sane_text), hostile_text),
        llm_config=(sane_llm(w), st.one_of(st.none(), llm_configs(w))),
        embedding_config=(sane_embedding(w), st.one_of(st.none(), embedding_configs(w))),
        memory_blocks=(sane_blocks, block_lists),
        context_config=(sane_context, context_configs),
        create_time=(st.none(), timestamps),
        update_time=(st.none(), timestamps),
        max_steps=(sane_max_steps, int32s),
    )


tool_calls = st.builds(
    message_pb2.ToolCall,
    id=st.one_of(st.sampled_from(("call_1", "call_2", "")), small_text),
    name=st.one_of(st.sampled_from(FUNCTION_NAMES), small_text),
    arguments=st.one_of(st.sampled_from(("{}", '{"message": "hi"}', "not json", "[]", Long("[" * 1000))), hostile_text),
)


def stored_messages(w: World) -> st.SearchStrategy[Any]:
    return blend(
        message_pb2.Message,
        id=(st.uuids().map(str), st.one_of(st.sampled_from(("", "dup")), small_text)),
        agent_id=(st.just(""), small_text),
        sequence=(st.just(0), int64s),
        role=(st.sampled_from((1, 2, 3, 4)), enums),
        content=(sane_text, hostile_text),
        inner_thoughts=(st.one_of(st.just(""), sane_text), hostile_text),
        tool_calls=(st.lists(tool_calls, max_size=2), st.lists(tool_calls, max_size=3)),
        tool_call_id=(st.sampled_from(("", "call_1", "call_2")), small_text),
        name=(st.sampled_from(("", "heartbeat", "system_alert", "event", *FUNCTION_NAMES)), small_text),
        in_context=(st.just(True), st.booleans()),
        token_count=(st.integers(0, 200), int32s),
        turn_id=(st.uuids().map(str), small_text),
        create_time=(st.none(), timestamps),
    )


context_states = blend(
    spb.ContextState,
    summary=(st.one_of(st.just(""), sane_text), hostile_text),
    summary_token_count=(st.integers(0, 100), int32s),
    summary_pending=(st.booleans(), st.booleans()),
    warned=(st.booleans(), st.booleans()),
    evicted_through_sequence=(st.integers(0, 5), int64s),
    summarized_through_sequence=(st.integers(0, 5), int64s),
)


def stream_requests(w: World) -> st.SearchStrategy[list[apb.StreamStepRequest]]:
    def build(agent_id: str, kind: str, step: apb.StepInput) -> apb.StreamStepRequest:
        if kind == "input":
            return apb.StreamStepRequest(agent_id=agent_id, input=step)
        if kind == "cancel":
            return apb.StreamStepRequest(agent_id=agent_id, cancel=apb.CancelTurn())
        return apb.StreamStepRequest(agent_id=agent_id)  # the oneof unset

    kinds = st.sampled_from(("input", "input", "cancel", "none"))
    inputs = blend(
        apb.StepInput,
        messages=(sane_inputs, input_lists),
        max_steps=(sane_max_steps, int32s),
        request_id=(sane_request_ids, request_ids()),
    )
    first = st.builds(build, st.sampled_from((w.main, w.main, w.dead)), kinds, inputs)
    later = st.builds(build, st.sampled_from(("", w.main)), kinds, inputs)
    sane = st.builds(lambda a, b: [a, *b], first, st.lists(later, max_size=3))
    hostile = st.lists(st.builds(build, st.one_of(st.just(""), read_ids(w)), kinds, inputs), max_size=5)
    return st.one_of(sane, sane, hostile)


# ----- strategies: function arguments --------------------------------------------------------------

SANE_PARAM_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "label": sane_labels,
    "old_content": st.sampled_from(("Xiaoming", "product manager", "Letta", "read only")),
    "new_content": st.one_of(st.just(""), sane_text),
    "page": st.integers(0, 3),
    "top_k": st.integers(1, 50),
    "limit": st.integers(1, 50),
    "tags": sane_tags,
    "tag_match_mode": st.sampled_from(("any", "all")),
    "roles": st.lists(st.sampled_from(("user", "assistant", "tool", "system")), max_size=2, unique=True),
    **{name: st.sampled_from(SANE_DATES) for name in ("start_date", "end_date", "start_datetime", "end_datetime")},
}
SANE_BY_TYPE = {
    "string": sane_text,
    "integer": st.integers(0, 5),
    "number": st.floats(86_400, 864_000),  # wake-ups a day or more away: none fires during the test
    "boolean": st.booleans(),
    "array": sane_tags,
}


def sane_arguments(name: str) -> st.SearchStrategy[str]:
    params = FUNCTIONS[name].params
    return st.fixed_dictionaries(
        {p.name: SANE_PARAM_VALUES.get(p.name, SANE_BY_TYPE[p.type]) for p in params if p.required},
        optional={p.name: SANE_PARAM_VALUES.get(p.name, SANE_BY_TYPE[p.type]) for p in params if not p.required},
    ).map(lambda args: json.dumps(args, ensure_ascii=False))


def function_calls(w: World) -> st.SearchStrategy[Any]:
    ids = (st.sampled_from((w.scratch, w.scratch, w.main, w.dead, w.local)), touch_ids(w))

    def call(name: st.SearchStrategy[str], sane: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
        return blend(epb.ExecuteFunctionRequest, agent_id=ids, name=(name, name), arguments=(sane, function_arguments))

    known = [call(st.just(name), sane_arguments(name)) for name in FUNCTION_NAMES]
    return st.one_of(*known, call(small_text, st.just("{}")))


# ----- the strategy of every RPC --------------------------------------------------------------


def _create_agent(w: World) -> st.SearchStrategy[Any]:
    return blend(
        apb.CreateAgentRequest,
        name=(st.one_of(st.just(""), sane_text), hostile_text),
        system=(st.one_of(st.just(""), sane_text), hostile_text),
        llm_config=(sane_llm(w), st.one_of(st.none(), llm_configs(w))),
        embedding_config=(sane_embedding(w), embedding_configs(w)),
        memory_blocks=(sane_blocks, block_lists),
        context_config=(sane_context, context_configs),
        max_steps=(sane_max_steps, int32s),
        request_id=(sane_request_ids, request_ids()),
        client_tools=(sane_client_tools, tool_lists),
        tools_requiring_approval=(st.just([]), approval_names),
        client_tool_timeout_seconds=(st.sampled_from((0, 1, 300)), int32s),
        approval_timeout_seconds=(st.sampled_from((0, 60)), int32s),
    )


def _update_agent(cls: type[Proto]) -> Callable[[World], st.SearchStrategy[Any]]:
    def build(w: World) -> st.SearchStrategy[Any]:
        agent = agents(w, (st.just(w.scratch), write_ids(w)))
        return blend(cls, agent=(agent, st.one_of(st.none(), agent)), update_mask=(sane_agent_masks, field_masks))

    return build


def _send_message(w: World) -> st.SearchStrategy[Any]:
    return blend(
        apb.SendMessageRequest,
        agent_id=(real_ids(w), read_ids(w)),
        messages=(sane_inputs, input_lists),
        max_steps=(sane_max_steps, st.one_of(st.sampled_from((1000, 1001)), int32s)),
        request_id=(sane_request_ids, request_ids()),
    )


def _list(cls: type[Proto], agent: bool = True, in_context: bool = False) -> Callable[[World], Any]:
    def build(w: World) -> st.SearchStrategy[Any]:
        fields: dict[str, Any] = {
            "page_size": (sane_page_sizes, int32s),
            "page_token": (sane_tokens(w), page_tokens(w)),
        }
        if agent:
            fields["agent_id"] = (real_ids(w), read_ids(w))
        if in_context:
            fields["in_context_only"] = (st.booleans(), st.booleans())
        return blend(cls, **fields)

    return build


def _by_agent(cls: type[Proto], ids: str = "read", **more: Any) -> Callable[[World], Any]:
    def build(w: World) -> st.SearchStrategy[Any]:
        choice = {
            "read": (real_ids(w), read_ids(w)),
            "write": (st.just(w.scratch), write_ids(w)),
            "touch": (st.sampled_from((w.scratch, w.scratch, w.main)), touch_ids(w)),
        }[ids]
        extra = {name: make(w) if callable(make) else make for name, make in more.items()}
        return blend(cls, agent_id=choice, **extra)

    return build


def _edit_block(w: World) -> st.SearchStrategy[Any]:
    def build(agent_id: str, label: str, kind: str, a: str, b: str, respect: bool) -> mpb.EditMemoryBlockRequest:
        request = mpb.EditMemoryBlockRequest(agent_id=agent_id, label=label, respect_read_only=respect)
        if kind == "append":
            request.append.content = a
        elif kind == "replace":
            request.replace.CopyFrom(mpb.ReplaceText(old_content=a, new_content=b))
        return request

    sane_old = st.sampled_from(("Xiaoming", "My name", "manager", "read only"))
    return st.one_of(
        st.builds(
            build,
            st.sampled_from((w.scratch, w.scratch, w.main)),
            sane_labels,
            st.sampled_from(("append", "replace")),
            st.one_of(sane_old, sane_text),
            sane_text,
            st.booleans(),
        ),
        st.builds(
            build,
            touch_ids(w),
            labels,
            st.sampled_from(("append", "replace", "unset")),
            st.one_of(sane_old, hostile_text),
            hostile_text,
            st.booleans(),
        ),
    )


def _batch_insert(w: World) -> st.SearchStrategy[Any]:
    passage = blend(
        mpb.PassageInput,
        content=(sane_text, hostile_text),
        tags=(sane_tags, tag_lists),
        create_time=(sane_times, timestamps),
    )
    many = st.sampled_from((1000, 1001, 2000)).map(
        lambda n: Bulk(mpb.PassageInput(content=f"passage {i}") for i in range(n))
    )
    return blend(
        mpb.BatchInsertArchivalMemoriesRequest,
        agent_id=(st.sampled_from((w.main, w.dead, w.local)), read_ids(w)),
        passages=(st.lists(passage, min_size=1, max_size=4), st.one_of(st.lists(passage, max_size=4), many)),
    )


SANE_DOCUMENTS = (
    b"# Notes\n\nI like trips to Paris. " * 20,
    "我是小明。我喜欢旅行。".encode() * 30,
    page_pdf(),
    b"plain text, one line",
)


def _ingest(w: World) -> st.SearchStrategy[Any]:
    return blend(
        mpb.IngestDocumentRequest,
        agent_id=(st.sampled_from((w.main, w.main, w.dead, w.local)), read_ids(w)),
        name=(
            st.sampled_from(("notes.md", "a.pdf", "x.txt", "no-suffix")),
            st.one_of(st.sampled_from(("n" * 201, "")), small_text),
        ),
        content=(st.sampled_from(SANE_DOCUMENTS), documents),
        mime_type=(st.sampled_from(("", "text/plain", "text/markdown; charset=utf-8", "application/pdf")), small_text),
        tags=(sane_tags, tag_lists),
        chunk_size=(st.sampled_from((0, 32, 100, 2048)), int32s),
        chunk_overlap=(st.sampled_from((0, 1, 16)), int32s),
    )


def _search_recall(w: World) -> st.SearchStrategy[Any]:
    return blend(
        mpb.SearchRecallMessagesRequest,
        agent_id=(real_ids(w), read_ids(w)),
        query=(st.one_of(st.just(""), sane_text), hostile_text),
        roles=(
            st.lists(st.sampled_from((1, 2, 3, 4)), max_size=3),
            st.one_of(st.lists(enums, max_size=5), st.just(Bulk([1] * 5000))),
        ),
        start_time=(sane_times, timestamps),
        end_time=(sane_times, timestamps),
        page_size=(sane_page_sizes, int32s),
        page_token=(sane_tokens(w), page_tokens(w)),
    )


def _search_archival(w: World) -> st.SearchStrategy[Any]:
    return blend(
        mpb.SearchArchivalMemoryRequest,
        agent_id=(st.sampled_from((w.main, w.main, w.dead, w.local)), read_ids(w)),
        query=(sane_text, hostile_text),
        tags=(sane_tags, tag_lists),
        tag_match_mode=(st.sampled_from((0, 1, 2)), enums),
        start_time=(sane_times, timestamps),
        end_time=(sane_times, timestamps),
        page_size=(sane_page_sizes, int32s),
        page_token=(sane_tokens(w), page_tokens(w)),
    )


def _commit_context(w: World) -> st.SearchStrategy[Any]:
    dup = [message_pb2.Message(id="dup", role=1, content="x")] * 2
    return blend(
        spb.CommitContextRequest,
        agent_id=(st.just(w.scratch), write_ids(w)),
        messages=(
            st.lists(stored_messages(w), max_size=4),
            st.one_of(st.lists(stored_messages(w), max_size=4), st.just(dup)),
        ),
        evict_through_sequence=(st.integers(0, 10), int64s),
        state=(st.one_of(st.none(), context_states), context_states),
        lease_holder=(st.just(""), small_text),
        request_id=(sane_request_ids, request_ids()),
        turn_id=(st.uuids().map(str), small_text),
        events=(st.just([]), st.lists(stored_events, max_size=3)),
        turn=(st.none(), st.one_of(st.none(), turn_records)),
    )


stored_events = st.builds(
    spb.StoredEvent,
    turn_id=st.one_of(st.uuids().map(str), small_text),
    sequence=int32s,
    agent_sequence=int64s,
    data_json=st.one_of(
        st.sampled_from(
            ("", "{}", "[]", '{"type": "Nope", "fields": {}}', '{"type": "InnerThought", "fields": {"text": 1}}')
        ),
        hostile_text,
    ),
)
turn_records = st.builds(
    spb.TurnRecord,
    id=st.one_of(st.uuids().map(str), small_text),
    status=st.one_of(st.sampled_from(("running", "waiting", "ended", "paused")), small_text),
    due_time=timestamps,
    request_id=small_text,
    state_json=st.one_of(
        st.sampled_from(("", "{}", '{"step": 1, "pending": []}', '{"step": "x", "pending": 7}')), hostile_text
    ),
)


WEATHER_SCHEMA = '{"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}'
HOSTILE_SCHEMAS = (
    '{"type": "objekt"}',
    "[]",
    "null",
    '{"type": "string"}',
    '{"type": "object", "anyOf": []}',
    '{"type": "object", "properties": {"a": {"$ref": "https://example.com/x.json"}}}',
    '{"type": "object", "properties": {"a": {"$ref": "#/nope"}}}',
    '{"type": "object", "properties": {"a": {"type": "string", "pattern": "("}}}',
    '{"type": "object", "properties": {"request_heartbeat": {"type": "boolean"}}}',
    '{"$schema": "http://example.com/unknown", "type": "object"}',
    '{"type": "object", "properties": {"a": {"$ref": "#"}}, "dependentSchemas": {"a": {"$ref": "#"}}}',
    '{"type": "object", "properties": ' + "{" * 5000,
)
client_tools = st.builds(
    tool_pb2.ClientTool,
    name=st.one_of(st.sampled_from(("get_weather", "lookup", "send_message", "a b", "x" * 65)), small_text),
    description=st.one_of(st.just(""), sane_text, hostile_text),
    parameters=st.one_of(st.sampled_from(("", WEATHER_SCHEMA, *HOSTILE_SCHEMAS)), hostile_text),
)
sane_client_tools = st.sampled_from(
    ([], [tool_pb2.ClientTool(name="get_weather", description="The weather.", parameters=WEATHER_SCHEMA)])
)
tool_lists = st.one_of(
    st.lists(client_tools, max_size=4),
    st.sampled_from((128, 1000)).map(lambda n: Bulk(tool_pb2.ClientTool(name=f"tool_{i}") for i in range(n))),
)
approval_names = st.lists(
    st.one_of(st.sampled_from(("core_memory_append", "get_weather", "send_message", "nope")), small_text), max_size=4
)


def turn_ids(w: World) -> tuple[st.SearchStrategy[str], st.SearchStrategy[str]]:
    sane = st.sampled_from((w.turn, w.turn, "")) if w.turn else st.just("")
    variants = (NIL, "x" * 129, "not-a-uuid", (w.turn or NIL).upper(), " " + (w.turn or NIL))
    return sane, st.one_of(st.sampled_from(variants), st.uuids().map(str), small_text)


def call_ids(w: World) -> tuple[st.SearchStrategy[str], st.SearchStrategy[str]]:
    sane = st.sampled_from(w.calls) if w.calls else st.just("call_1")
    return sane, st.one_of(st.sampled_from(("", "call_nobody_made", "c" * 129)), small_text)


def _resume_turn(w: World) -> st.SearchStrategy[Any]:
    sane_calls, hostile_calls = call_ids(w)
    result = st.one_of(
        blend(turn_pb2.ToolResult, call_id=(sane_calls, hostile_calls), output=(sane_text, hostile_text)),
        blend(turn_pb2.ToolResult, call_id=(sane_calls, hostile_calls), error=(sane_text, hostile_text)),
        st.builds(turn_pb2.ToolResult, call_id=sane_calls),  # no outcome
    )
    decision = blend(
        turn_pb2.ApprovalDecision,
        call_id=(sane_calls, hostile_calls),
        approve=(st.booleans(), st.booleans()),
        reason=(st.one_of(st.just(""), sane_text), hostile_text),
    )
    many = st.sampled_from((129, 2000)).map(
        lambda n: Bulk(turn_pb2.ToolResult(call_id=f"c{i}", output="x") for i in range(n))
    )
    return blend(
        apb.ResumeTurnRequest,
        agent_id=(st.just(w.scratch), touch_ids(w)),
        turn_id=turn_ids(w),
        tool_results=(st.lists(result, max_size=2), st.one_of(st.lists(result, max_size=4), many)),
        approvals=(st.lists(decision, max_size=1), st.lists(decision, max_size=4)),
    )


def _watch_turn_events(w: World) -> st.SearchStrategy[Any]:
    return blend(
        spb.WatchTurnEventsRequest,
        agent_id=(st.just(w.scratch), touch_ids(w)),
        after_agent_sequence=(st.integers(0, 5), int64s),
        turn_id=turn_ids(w),
        after_sequence=(st.integers(0, 5), int32s),
        only_new=(st.booleans(), st.booleans()),
    )


def _watch_agent(w: World) -> st.SearchStrategy[Any]:
    def build(agent_id: str, after: int | None) -> apb.WatchAgentRequest:
        request = apb.WatchAgentRequest(agent_id=agent_id)
        if after is not None:
            request.after_agent_sequence = after
        return request

    return st.one_of(
        st.builds(build, real_ids(w), st.one_of(st.none(), st.integers(0, 5))),
        st.builds(build, read_ids(w), st.one_of(st.none(), int64s)),
    )


LETTA_FILE = (Path(__file__).resolve().parent / "data/letta_agent.af").read_bytes()


def _import_agent(w: World) -> st.SearchStrategy[Any]:
    agent_files = st.builds(
        agent_file_pb2.AgentFile,
        format_version=st.one_of(st.just(1), int32s),
        agent=agents(w, (st.uuids().map(str), small_text)),
        messages=st.lists(st.builds(message_pb2.Message, id=st.uuids().map(str), sequence=int64s), max_size=3),
        queue_state=st.builds(agent_file_pb2.QueueState, summary=hostile_text, evicted_through_sequence=int64s),
        passages=st.lists(st.builds(memory_pb2.Passage, content=hostile_text, create_time=timestamps), max_size=2),
    )
    letta = st.one_of(
        st.just(LETTA_FILE),
        st.binary(max_size=64),
        st.sampled_from((b"{}", b'{"agents": []}', b'{"agents": [{"messages": [1, {"role": 5}]}]}')),
    )
    return st.one_of(
        st.builds(mpb.ImportAgentRequest, letta_agent_file=letta),
        st.builds(mpb.ImportAgentRequest, agent_file=agent_files, assign_new_id=st.booleans()),
    )


# Wake-ups: sane ones are a day or more away (one that fired would start a turn mid-test);
# hostile ones are refused (nothing non-negative below a day is drawn).
sane_delays = st.floats(86_400, 864_000)
hostile_delays = st.one_of(
    st.sampled_from((float("nan"), float("inf"), float("-inf"), -1.0, 1e308, 31_622_401.0)),
    st.floats(max_value=-1e-9),
    st.floats(min_value=86_400, allow_infinity=True),
)
sane_due_times = st.integers(86_400, 864_000).map(lambda d: Timestamp(seconds=int(time.time()) + d))
wakeup_states = (st.lists(st.sampled_from((1, 2, 3)), max_size=3), st.lists(enums, max_size=5))


def wakeup_ids(w: World) -> tuple[st.SearchStrategy[str], st.SearchStrategy[str]]:
    return st.uuids().map(str), st.one_of(st.sampled_from(("", NIL, "x" * 129, "not-a-uuid")), small_text)


def _list_wakeups(cls: type[Proto]) -> Callable[[World], st.SearchStrategy[Any]]:
    def build(w: World) -> st.SearchStrategy[Any]:
        return blend(
            cls,
            agent_id=(real_ids(w), read_ids(w)),
            states=wakeup_states,
            page_size=(sane_page_sizes, int32s),
            page_token=(sane_tokens(w), page_tokens(w)),
        )

    return build


@dataclass(frozen=True)
class Spec:
    """How to attack one RPC."""

    build: Callable[[World], st.SearchStrategy[Any]]
    examples: int = 40
    scratch: bool = False  # the example gets a fresh agent (w.scratch)
    probe: bool = False  # after OK, the scratch agent is read and run
    waiting: bool = False  # the scratch agent has a turn waiting for the client (w.turn, w.calls)


SPECS: dict[str, Spec] = {
    # AgentService
    p("AgentService", "CreateAgent"): Spec(_create_agent, 60),
    p("AgentService", "GetAgent"): Spec(_by_agent(apb.GetAgentRequest), 30),
    p("AgentService", "ListAgents"): Spec(_list(apb.ListAgentsRequest, agent=False)),
    p("AgentService", "UpdateAgent"): Spec(_update_agent(apb.UpdateAgentRequest), 60, scratch=True, probe=True),
    p("AgentService", "DeleteAgent"): Spec(_by_agent(apb.DeleteAgentRequest, "write"), 20, scratch=True),
    p("AgentService", "SendMessage"): Spec(_send_message, 60),
    p("AgentService", "StreamStep"): Spec(stream_requests, 50),
    p("AgentService", "ListMessages"): Spec(_list(apb.ListMessagesRequest, in_context=True)),
    p("AgentService", "GetContextWindow"): Spec(_by_agent(apb.GetContextWindowRequest), 25),
    p("AgentService", "ResumeTurn"): Spec(_resume_turn, 60, scratch=True, probe=True, waiting=True),
    p("AgentService", "GetTurn"): Spec(
        _by_agent(apb.GetTurnRequest, "touch", turn_id=turn_ids), 25, scratch=True, waiting=True
    ),
    p("AgentService", "ListTurns"): Spec(_list(apb.ListTurnsRequest)),
    p("AgentService", "CancelTurn"): Spec(
        _by_agent(apb.CancelTurnRequest, "touch", turn_id=turn_ids), 30, scratch=True, probe=True, waiting=True
    ),
    p("AgentService", "WatchAgent"): Spec(_watch_agent, 15),
    p("AgentService", "ListTools"): Spec(_by_agent(apb.ListToolsRequest), 20),
    p("AgentService", "ConsolidateAgent"): Spec(_by_agent(apb.ConsolidateAgentRequest, "write"), 15, scratch=True),
    p("AgentService", "AppendConversation"): Spec(
        _by_agent(
            apb.AppendConversationRequest,
            "touch",
            messages=(sane_inputs, input_lists),
            extract_facts=(st.just(False), st.booleans()),
            max_steps=(sane_max_steps, int32s),
        ),
        30,
        scratch=True,
    ),
    p("AgentService", "ScheduleWakeup"): Spec(
        _by_agent(
            apb.ScheduleWakeupRequest,
            "touch",
            reason=(sane_text, hostile_text),
            delay_seconds=(sane_delays, hostile_delays),
        ),
        30,
        scratch=True,
    ),
    p("AgentService", "ListWakeups"): Spec(_list_wakeups(apb.ListWakeupsRequest), 20),
    p("AgentService", "CancelWakeup"): Spec(_by_agent(apb.CancelWakeupRequest, "touch", wakeup_id=wakeup_ids), 20),
    # MemoryService
    p("MemoryService", "ListMemoryBlocks"): Spec(_by_agent(mpb.ListMemoryBlocksRequest), 25),
    p("MemoryService", "GetMemoryBlock"): Spec(_by_agent(mpb.GetMemoryBlockRequest, label=(sane_labels, labels))),
    p("MemoryService", "UpdateMemoryBlock"): Spec(
        _by_agent(
            mpb.UpdateMemoryBlockRequest,
            "touch",
            block=(blocks, st.one_of(st.none(), blocks)),
            update_mask=(
                st.lists(st.sampled_from(("value", "limit", "description", "read_only")), max_size=2, unique=True).map(
                    lambda ps: FieldMask(paths=ps)
                ),
                field_masks,
            ),
        ),
        40,
        scratch=True,
        probe=True,
    ),
    p("MemoryService", "EditMemoryBlock"): Spec(_edit_block, 40, scratch=True, probe=True),
    p("MemoryService", "AppendRecallMessages"): Spec(
        _by_agent(mpb.AppendRecallMessagesRequest, "touch", messages=(sane_inputs, input_lists)),
        30,
        scratch=True,
        probe=True,
    ),
    p("MemoryService", "ListRecallMessages"): Spec(_list(mpb.ListRecallMessagesRequest, in_context=True)),
    p("MemoryService", "SearchRecallMessages"): Spec(_search_recall, 60),
    p("MemoryService", "InsertArchivalMemory"): Spec(
        lambda w: blend(
            mpb.InsertArchivalMemoryRequest,
            agent_id=(st.sampled_from((w.main, w.dead, w.local)), read_ids(w)),
            content=(sane_text, hostile_text),
            tags=(sane_tags, tag_lists),
        )
    ),
    p("MemoryService", "BatchInsertArchivalMemories"): Spec(_batch_insert, 30),
    p("MemoryService", "IngestDocument"): Spec(_ingest, 50),
    p("MemoryService", "SearchArchivalMemory"): Spec(_search_archival, 60),
    p("MemoryService", "ListArchivalMemories"): Spec(_list(mpb.ListArchivalMemoriesRequest)),
    p("MemoryService", "ExportAgent"): Spec(_by_agent(mpb.ExportAgentRequest), 20),
    p("MemoryService", "ImportAgent"): Spec(_import_agent, 30),
    p("MemoryService", "GetContextBlock"): Spec(
        _by_agent(
            mpb.GetContextBlockRequest,
            query=(sane_text, hostile_text),
            recent_messages=(sane_inputs, input_lists),
            token_budget=(st.sampled_from((0, 64, 500)), int32s),
            recall_limit=(st.sampled_from((0, 1, 5)), int32s),
            archival_limit=(st.sampled_from((0, 1, 5)), int32s),
        ),
        40,
    ),
    p("MemoryService", "UpdateArchivalMemory"): Spec(
        _by_agent(
            mpb.UpdateArchivalMemoryRequest,
            "touch",
            passage_id=lambda w: (
                st.sampled_from(w.passages),
                st.one_of(st.uuids().map(str), st.sampled_from(("", NIL)), small_text),
            ),
            content=(sane_text, hostile_text),
            tags=(sane_tags, tag_lists),
            update_mask=(st.sampled_from((FieldMask(), FieldMask(paths=["content", "tags"]))), field_masks),
        ),
        25,
        scratch=True,
    ),
    p("MemoryService", "ListArchivalMemoryVersions"): Spec(
        _by_agent(
            mpb.ListArchivalMemoryVersionsRequest,
            passage_id=lambda w: (
                st.sampled_from(w.passages),
                st.one_of(st.uuids().map(str), st.sampled_from(("", NIL)), small_text),
            ),
        ),
        25,
    ),
    p("MemoryService", "DeleteArchivalMemory"): Spec(
        _by_agent(
            mpb.DeleteArchivalMemoryRequest,
            "touch",
            passage_id=lambda w: (
                st.sampled_from(w.passages),
                st.one_of(st.uuids().map(str), st.sampled_from(("", NIL)), small_text),
            ),
        ),
        25,
        scratch=True,
    ),
    # AgentStoreService (internal)
    p("AgentStoreService", "CreateAgentRecord"): Spec(
        lambda w: blend(
            spb.CreateAgentRecordRequest,
            agent=(
                agents(w, (st.uuids().map(str), st.one_of(st.just(w.scratch), small_text))),
                st.one_of(st.none(), agents(w, (st.uuids().map(str), small_text))),
            ),
            request_id=(sane_request_ids, request_ids()),
        ),
        30,
        scratch=True,
    ),
    p("AgentStoreService", "GetAgentRecord"): Spec(_by_agent(spb.GetAgentRecordRequest), 25),
    p("AgentStoreService", "ListAgentRecords"): Spec(_list(spb.ListAgentRecordsRequest, agent=False)),
    p("AgentStoreService", "UpdateAgentRecord"): Spec(
        _update_agent(spb.UpdateAgentRecordRequest), 60, scratch=True, probe=True
    ),
    p("AgentStoreService", "DeleteAgentRecord"): Spec(
        _by_agent(spb.DeleteAgentRecordRequest, "write"), 20, scratch=True
    ),
    p("AgentStoreService", "LoadContext"): Spec(_by_agent(spb.LoadContextRequest), 25),
    p("AgentStoreService", "CommitContext"): Spec(_commit_context, 50, scratch=True, probe=True),
    p("AgentStoreService", "AcquireTurnLease"): Spec(
        _by_agent(
            spb.AcquireTurnLeaseRequest,
            "write",
            holder=(st.sampled_from(("holder", "another:50051")), st.one_of(st.just("h" * 201), small_text)),
            ttl_seconds=(st.sampled_from((1, 30, 3600)), st.one_of(st.sampled_from((0, 3601)), int32s)),
        ),
        25,
        scratch=True,
        probe=True,
    ),
    p("AgentStoreService", "ReleaseTurnLease"): Spec(
        _by_agent(spb.ReleaseTurnLeaseRequest, "write", holder=(st.just("holder"), small_text)), 20, scratch=True
    ),
    p("AgentStoreService", "GetTurnRequest"): Spec(
        _by_agent(spb.GetTurnRequestRequest, "touch", request_id=(st.just("seeded"), request_ids())), 25, scratch=True
    ),
    p("AgentStoreService", "FinishTurnRequest"): Spec(
        _by_agent(
            spb.FinishTurnRequestRequest,
            "write",
            request_id=(st.just("seeded"), request_ids()),
            events_json=lambda w: (
                st.just(w.seeded_events),
                st.one_of(st.sampled_from(("", "[]", "{}", "null", "[1]", '[{"x": 1}]')), hostile_text),
            ),
        ),
        30,
        scratch=True,
        probe=True,
    ),
    p("AgentStoreService", "GetTurnRecord"): Spec(
        _by_agent(spb.GetTurnRecordRequest, "touch", turn_id=turn_ids), 25, scratch=True, waiting=True
    ),
    p("AgentStoreService", "ListTurnRecords"): Spec(_list(spb.ListTurnRecordsRequest)),
    p("AgentStoreService", "WatchTurnEvents"): Spec(_watch_turn_events, 15, scratch=True, waiting=True),
    p("AgentStoreService", "ListDueTurns"): Spec(
        lambda w: blend(
            spb.ListDueTurnsRequest, due_before=(sane_times, timestamps), page_size=(sane_page_sizes, int32s)
        ),
        20,
    ),
    p("AgentStoreService", "ScheduleWakeupRecord"): Spec(
        _by_agent(
            spb.ScheduleWakeupRecordRequest,
            "touch",
            reason=(sane_text, hostile_text),
            due_time=(sane_due_times, timestamps.filter(lambda t: not 0 <= t.seconds - time.time() < 86_400)),
            origin=(st.sampled_from((1, 2)), enums),
        ),
        30,
        scratch=True,
    ),
    p("AgentStoreService", "ListWakeupRecords"): Spec(_list_wakeups(spb.ListWakeupRecordsRequest), 20),
    p("AgentStoreService", "CancelWakeupRecord"): Spec(
        _by_agent(spb.CancelWakeupRecordRequest, "touch", wakeup_id=wakeup_ids), 20
    ),
    p("AgentStoreService", "ListDueWakeups"): Spec(
        lambda w: blend(
            spb.ListDueWakeupsRequest, due_before=(sane_times, timestamps), page_size=(sane_page_sizes, int32s)
        ),
        20,
    ),
    p("AgentStoreService", "ListDueConsolidations"): Spec(
        lambda w: blend(
            spb.ListDueConsolidationsRequest, due_before=(sane_times, timestamps), page_size=(sane_page_sizes, int32s)
        ),
        20,
    ),
    p("AgentStoreService", "PruneWakeupRecords"): Spec(
        lambda w: blend(
            spb.PruneWakeupRecordsRequest, done_before=(sane_times, timestamps), limit=(sane_page_sizes, int32s)
        ),
        20,
        scratch=True,
    ),
    # ExecutorService (internal)
    p("ExecutorService", "ListFunctions"): Spec(
        lambda w: st.builds(epb.ListFunctionsRequest, put_inner_thoughts_in_kwargs=st.booleans()), 5
    ),
    p("ExecutorService", "ExecuteFunction"): Spec(function_calls, 80, scratch=True),
}


# ----- what runs around a call ------------------------------------------------------------------


def reachable(config: agent_pb2.LlmConfig) -> bool:
    """False when a turn would go to a public provider (an empty endpoint means its default URL)."""
    return bool(config.model_endpoint) or config.model_endpoint_type == "ollama"


def probe(w: World, agent_id: str) -> None:
    """Reads and runs an agent that a hostile call changed: nothing may break afterwards."""
    got = w.run(GET_AGENT, apb.GetAgentRequest(agent_id=agent_id))
    if got.code != SC.OK:
        return
    w.run(p("AgentService", "GetContextWindow"), apb.GetContextWindowRequest(agent_id=agent_id))
    if not w.split:
        w.run(p("AgentStoreService", "LoadContext"), spb.LoadContextRequest(agent_id=agent_id))
    w.run(p("AgentService", "ListMessages"), apb.ListMessagesRequest(agent_id=agent_id, page_size=1000))
    w.run(p("MemoryService", "ListMemoryBlocks"), mpb.ListMemoryBlocksRequest(agent_id=agent_id))
    w.run(p("MemoryService", "SearchRecallMessages"), mpb.SearchRecallMessagesRequest(agent_id=agent_id, query="hi"))
    if reachable(got.responses[0].agent.llm_config):
        message = message_pb2.MessageInput(content="Hello after the hostile call")
        w.run(SEND, apb.SendMessageRequest(agent_id=agent_id, messages=[message]))


def prepare(w: World, path: str, spec: Spec) -> None:
    w.settle()
    w.scratch = w.new_agent(name="scratch") if spec.scratch else w.main
    w.turn, w.calls = "", ()
    if spec.waiting:
        wait_for_the_client(w)
    if spec.scratch and RPCS[path].name in ("FinishTurnRequest", "GetTurnRequest"):
        # A request id the store knows, so the call reaches the stored turn.
        message = message_pb2.MessageInput(content="seeding a request id")
        out = w.run(SEND, apb.SendMessageRequest(agent_id=w.scratch, messages=[message], request_id="seeded"))
        assert out.code == SC.OK, out.details
        seen = w.run(
            p("AgentStoreService", "GetTurnRequest"), spb.GetTurnRequestRequest(agent_id=w.scratch, request_id="seeded")
        )
        assert seen.code == SC.OK, seen.details
        w.seeded_events = seen.responses[0].events_json


def wait_for_the_client(w: World) -> None:
    """Gives the scratch agent a client tool and a turn that waits for its result and for an approval."""
    tool = tool_pb2.ClientTool(name="get_weather", description="The weather.", parameters=WEATHER_SCHEMA)
    update = apb.UpdateAgentRequest(
        agent=agent_pb2.Agent(id=w.scratch, client_tools=[tool], tools_requiring_approval=["core_memory_append"]),
        update_mask=FieldMask(paths=["client_tools", "tools_requiring_approval"]),
    )
    assert w.run(p("AgentService", "UpdateAgent"), update).code == SC.OK
    calls = [
        Call("get_weather", {"city": "Paris"}, True),
        Call("core_memory_append", {"label": "human", "content": "x"}),
    ]
    w.fake.script("hostile", Reply(calls=calls))
    message = message_pb2.MessageInput(content="weather?")
    out = w.run(SEND, apb.SendMessageRequest(agent_id=w.scratch, messages=[message]))
    assert out.code == SC.OK, out.details
    assert out.responses[0].stop_reason == step_pb2.STOP_REASON_WAITING_FOR_CLIENT, out.responses[0]
    w.turn = out.responses[0].turn_id
    w.calls = tuple(c.call_id for c in out.responses[0].pending_calls)


def after(w: World, path: str, spec: Spec, request: Any, out: Outcome, *, probes: bool = True) -> None:
    """Probes what a successful call changed, cleans up, and checks that the server still serves."""
    name = RPCS[path].name
    if probes and out.code == SC.OK and spec.probe:
        probe(w, w.scratch)
        if name == "FinishTurnRequest":  # a retry with the request id replays what was recorded
            message = message_pb2.MessageInput(content="seeding a request id")
            w.run(SEND, apb.SendMessageRequest(agent_id=w.scratch, messages=[message], request_id=request.request_id))
    if probes and out.code == SC.OK and name in ("CreateAgent", "CreateAgentRecord"):
        created = out.responses[0].agent.id
        got = w.run(GET_AGENT, apb.GetAgentRequest(agent_id=created))
        assert got.code == SC.OK, f"{name} returned agent {created!r}, which GetAgent cannot read: {got.details}"
        probe(w, created)
        w.run(p("AgentService", "ListAgents"), apb.ListAgentsRequest(page_size=1000))
        w.delete(created)
    if spec.scratch:
        w.delete(w.scratch)
    w.alive()


def run_example(
    w: World, path: str, data: st.DataObject, *, metadata: tuple[tuple[str, str], ...] | None = None
) -> tuple[Any, Outcome]:
    """Draws a request for the RPC, sends it, and checks the status."""
    spec = SPECS[path]
    rpc = RPCS[path]
    prepare(w, path, spec)
    request = data.draw(spec.build(w), label="request")
    size = sum(r.ByteSize() for r in request) if rpc.client_streaming else request.ByteSize()
    assume(size < MAX_REQUEST_BYTES)
    EXAMPLES[w.variant + path] += 1
    out = w.call(path, request, metadata=metadata)
    note(f"{rpc.name} ({size:,} bytes) -> {out.code.name} {out.details[:300]!r}")
    w.check(path, out, auth=w.keyed)
    return request, out


COMMON: dict[str, Any] = {
    "deadline": None,
    "derandomize": True,
    "database": None,
    "print_blob": False,
    "suppress_health_check": list(HealthCheck),
}
if os.environ.get("MEMSVC_HOSTILE_SHRINK") == "0":  # report the first failing example as found (quicker)
    COMMON["phases"] = [Phase.explicit, Phase.reuse, Phase.generate]
# MEMSVC_HOSTILE_SCALE multiplies every example budget (e.g. 10 for a long run; 0.1 for a smoke run).
SCALE = float(os.environ.get("MEMSVC_HOSTILE_SCALE", "1"))
KEYED_EXAMPLES = 8
RAW_EXAMPLES = 15


def budget(examples: int) -> int:
    return max(1, round(examples * SCALE))


# ----- the module's servers ---------------------------------------------------------------------


@contextmanager
def own_database(request: pytest.FixtureRequest) -> Iterator[str]:
    """The server's database URL: empty (SQLite in its data dir), or with --database=postgres a fresh copy of the
    migrated template."""
    if request.config.getoption("--database") != "postgres":
        yield ""
        return
    from memsvc.storage.sql import create_sql_engine

    template = request.getfixturevalue("pg_template")
    name = f"memsvc_hostile_{uuid.uuid4().hex[:12]}"
    admin = create_sql_engine(PG_ADMIN + "?pool=none").execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {template}")
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def populate(w: World) -> None:
    """The agents, messages, passages and page tokens the strategies mix in."""
    w.main = w.new_agent(name="main")
    w.other = w.new_agent(name="other")
    w.dead = w.new_agent(endpoint=DEAD, embedding="dead", name="dead")
    w.local = w.new_agent(embedding="local", name="local")
    for text in ("hello there", "I am Xiaoming, I like trips", "我是小明"):
        message = message_pb2.MessageInput(content=text)
        assert w.run(SEND, apb.SendMessageRequest(agent_id=w.main, messages=[message])).code == SC.OK
    insert = p("MemoryService", "InsertArchivalMemory")
    for agent_id in (w.main, w.main, w.other, w.local):
        content = f"a passage of {agent_id} number {len(w.passages)}"
        out = w.run(insert, mpb.InsertArchivalMemoryRequest(agent_id=agent_id, content=content, tags=["t"]))
        assert out.code == SC.OK, out.details
        w.passages.append(out.responses[0].passage.id)
    firsts = [
        (p("AgentService", "ListAgents"), apb.ListAgentsRequest(page_size=1)),
        (p("AgentService", "ListMessages"), apb.ListMessagesRequest(agent_id=w.main, page_size=1)),
        (p("MemoryService", "ListArchivalMemories"), mpb.ListArchivalMemoriesRequest(agent_id=w.main, page_size=1)),
        (p("MemoryService", "SearchRecallMessages"), mpb.SearchRecallMessagesRequest(agent_id=w.main, page_size=1)),
        (
            p("MemoryService", "SearchArchivalMemory"),
            mpb.SearchArchivalMemoryRequest(agent_id=w.main, query="passage", page_size=1),
        ),
    ]
    for path, request in firsts:
        out = w.run(path, request)
        assert out.code == SC.OK, (path, out.details)
        assert out.responses[0].next_page_token, path
        w.tokens.append(out.responses[0].next_page_token)


def client_channel(port: int) -> grpc.Channel:
    # No client-side size limits: what the server may send is what is tested.
    options = [("grpc.max_receive_message_length", -1), ("grpc.max_send_message_length", -1)]
    return grpc.insecure_channel(f"127.0.0.1:{port}", options=options)


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeLLM]:
    """The module's own scripted LLM (its request log is cleared between examples)."""
    llm = FakeLLM().start()
    yield llm
    llm.stop()


@pytest.fixture(scope="module")
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, fake: FakeLLM) -> Iterator[World]:
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # a hostile PDF logs thousands of warnings
    data_dir = tmp_path_factory.mktemp("hostile") / "data"
    with (
        own_database(request) as url,
        BackgroundServer(data_dir, database_url=url, lease_wait_seconds=0.25) as server,
        client_channel(server.port) as channel,
    ):
        w = World(channel, fake)
        populate(w)
        yield w


@pytest.fixture(scope="module", autouse=True)
def stats(request: pytest.FixtureRequest) -> Iterator[None]:
    """Writes what the module tried to tests/.hostile-stats.json when it ends, and says so on the terminal."""
    EXAMPLES.clear()
    CODES.clear()
    yield
    line = write_stats()
    terminal = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if terminal is not None:
        with capture.global_and_fixture_disabled() if capture is not None else nullcontext():
            terminal.write_line(f"\n{line}")


@pytest.fixture(scope="module")
def split_world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, fake: FakeLLM
) -> Iterator[World]:
    """The production layout: three processes with API keys and an internal key on PostgreSQL;
    the world is a tenant calling the agent server's address with its key."""
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    database = create_database(request.getfixturevalue("pg_template"), "memsvc_hostile")
    keys = tenant_keys(1)
    [(_, key)] = keys.items()
    env = split_env(keys, {"lease_wait_seconds": 0.25})
    split = SplitDeployment(tmp_path_factory.mktemp("hostile-split"), env, database_url=database)
    try:
        split.start()
        with client_channel(split.servers["agent"].port) as channel:
            w = World(channel, fake, metadata=(("authorization", f"Bearer {key}"),), variant="split ", split=True)
            populate(w)
            yield w
    finally:
        split.stop()
        drop_database(database)


KEYS = {"key-acme": "acme", "key-beta": "beta"}
INTERNAL_KEY = "key-internal"
AUTH: dict[str, tuple[tuple[tuple[str, str], ...], str]] = {
    # what the call carries, and what the server must make of it
    "no key": ((), "unauthenticated"),
    "unknown key": ((("authorization", "Bearer key-nobody"),), "unauthenticated"),
    "basic scheme": ((("authorization", "Basic key-acme"),), "unauthenticated"),
    "empty bearer": ((("authorization", "Bearer "),), "unauthenticated"),
    "tenant header only": ((("x-memsvc-tenant", "acme"),), "unauthenticated"),
    "acme": ((("authorization", "Bearer key-acme"),), "client"),
    "beta": ((("authorization", "Bearer key-beta"),), "client"),
    "lowercase bearer": ((("authorization", "bearer key-acme"),), "client"),
    "x-api-key": ((("x-api-key", "key-acme"),), "client"),
    "client naming a tenant": ((("authorization", "Bearer key-beta"), ("x-memsvc-tenant", "acme")), "client"),
    "internal for acme": ((("authorization", f"Bearer {INTERNAL_KEY}"), ("x-memsvc-tenant", "acme")), "internal"),
    "internal for beta": ((("authorization", f"Bearer {INTERNAL_KEY}"), ("x-memsvc-tenant", "beta")), "internal"),
    "internal, no tenant": ((("authorization", f"Bearer {INTERNAL_KEY}"),), "internal"),
}


@pytest.fixture(scope="module")
def keyed_world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, fake: FakeLLM
) -> Iterator[World]:
    """A server with API keys; by default the world acts for tenant acme through the internal key."""
    data_dir = tmp_path_factory.mktemp("hostile-keyed") / "data"
    with (
        own_database(request) as url,
        BackgroundServer(
            data_dir,
            api_keys=KEYS,
            internal_key=INTERNAL_KEY,
            database_url=url,
            lease_wait_seconds=0.25,
            allowed_endpoints=TEST_ENDPOINTS,
        ) as server,
        client_channel(server.port) as channel,
    ):
        w = World(channel, fake, metadata=AUTH["internal for acme"][0], keyed=True, variant="keyed ")
        populate(w)
        yield w


# ----- the properties ----------------------------------------------------------------------------


def rpc_id(path: str) -> str:
    return path.rsplit(".", 1)[-1]


def test_every_rpc_has_a_strategy() -> None:
    services = {rpc.service for rpc in RPCS.values()}
    assert {"AgentService", "MemoryService", "AgentStoreService", "ExecutorService"} <= services
    missing = sorted(set(PATHS) - set(SPECS))
    assert not missing, f"RPCs without a hostile-input strategy in SPECS: {missing}"
    assert not set(SPECS) - set(PATHS), f"strategies for RPCs that do not exist: {sorted(set(SPECS) - set(PATHS))}"


@pytest.mark.timeout(900)  # shrinking a failure replays many examples against the server
@pytest.mark.parametrize("path", PATHS, ids=rpc_id)
def test_rpc_survives_hostile_requests(world: World, path: str) -> None:
    spec = SPECS.get(path)
    assert spec is not None, f"{path} has no strategy in SPECS"

    @hyp_settings(max_examples=budget(spec.examples), **COMMON)
    @given(data=st.data())
    def attack(data: st.DataObject) -> None:
        request, out = run_example(world, path, data)
        after(world, path, spec, request, out)

    attack()


PUBLIC_PATHS = [path for path in PATHS if RPCS[path].service not in INTERNAL_SERVICES]


@pytest.mark.layouts("split")
@pytest.mark.timeout(900)
@pytest.mark.parametrize("path", PUBLIC_PATHS, ids=rpc_id)
def test_public_rpc_survives_hostile_requests_in_the_split_layout(layout: str, split_world: World, path: str) -> None:
    """A third of each public RPC's examples, against the three servers (every hop: agent server to
    memory and executor servers, with the internal key and the tenant)."""
    spec = SPECS[path]

    @hyp_settings(max_examples=budget(max(1, spec.examples // 3)), **COMMON)
    @given(data=st.data())
    def attack(data: st.DataObject) -> None:
        request, out = run_example(split_world, path, data)
        after(split_world, path, spec, request, out)

    attack()


@pytest.mark.timeout(900)  # shrinking a failure replays many examples against the server
@pytest.mark.parametrize("path", PATHS, ids=rpc_id)
def test_keyed_server_checks_keys_on_every_rpc(keyed_world: World, path: str) -> None:
    w, spec, rpc = keyed_world, SPECS[path], RPCS[path]

    @hyp_settings(max_examples=budget(KEYED_EXAMPLES), **COMMON)
    @given(data=st.data(), kind=st.sampled_from(sorted(AUTH)))
    def attack(data: st.DataObject, kind: str) -> None:
        metadata, role = AUTH[kind]
        _, out = run_example(w, path, data, metadata=metadata)
        if role == "unauthenticated":
            assert out.code == SC.UNAUTHENTICATED, f"{kind}: {out.code.name} {out.details}"
        elif role == "client" and rpc.service in INTERNAL_SERVICES:
            assert out.code == SC.PERMISSION_DENIED, f"{kind} on {rpc.service}: {out.code.name} {out.details}"
        else:
            assert out.code not in AUTH_CODES, f"{kind}: {out.code.name} {out.details}"
        after(w, path, spec, None, out, probes=False)
        # Tenants stay apart whatever was sent: beta never sees acme's agent, even naming acme.
        for other in ("beta", "client naming a tenant"):
            seen = w.call(GET_AGENT, apb.GetAgentRequest(agent_id=w.main), metadata=AUTH[other][0])
            assert seen.code == SC.NOT_FOUND, f"{other} reads acme's agent: {seen.code.name}"

    attack()


# ----- raw bytes -------------------------------------------------------------------------------


def varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def not_utf8(descriptor: Any, depth: int = 0) -> list[bytes]:
    """Encodings of the message with one string field (at any depth up to 3) that is not UTF-8."""
    out = []
    for f in descriptor.fields:
        key = varint((f.number << 3) | 2)
        if f.type == f.TYPE_STRING:
            out += [key + b"\x03\xff\xfe\xc0", key + b"\x03\xed\xa0\x80", key + b"\x02\xc3("]
        elif f.type == f.TYPE_MESSAGE and depth < 3:
            out += [key + varint(len(inner)) + inner for inner in not_utf8(f.message_type, depth + 1)]
    return out


MALFORMED = (
    b"\x00",  # field number 0
    b"\x08",  # a varint key without its value
    b"\x08\x80",  # a truncated varint
    b"\x0a\xff\xff\xff\xff\x0f",  # a length past the end
    b"\x0a\x05abc",  # a string shorter than its length
    b"\x0b",  # a group that never ends
    b"\x0c",  # the end of a group that never began
    b"\x0b" * 200 + b"\x0c" * 200,  # nesting past the parser's limit
    b"\x0f",  # wire type 7
    b"\xff" * 11,  # a varint longer than 10 bytes
)


def raw_requests(w: World, rpc: Rpc) -> st.SearchStrategy[bytes]:
    # Field 1 is the agent id almost everywhere: a real one where the call changes nothing.
    reads = rpc.name.startswith(("Get", "List", "Search", "Load"))
    valid = apb.GetAgentRequest(agent_id=w.main if reads else str(uuid.UUID(int=1))).SerializeToString()
    return st.one_of(
        st.binary(max_size=300),
        st.sampled_from(MALFORMED),
        st.sampled_from(not_utf8(rpc.request.DESCRIPTOR) or [b"\x0a\x01\xff"]),
        st.binary(max_size=30).map(lambda tail: valid + tail),
    )


def parses(rpc: Rpc, data: bytes) -> bool:
    try:
        rpc.request.FromString(data)
    except DecodeError:
        return False
    return True


@pytest.mark.timeout(900)  # shrinking a failure replays many examples against the server
@pytest.mark.parametrize("path", PATHS, ids=rpc_id)
def test_rpc_refuses_bytes_that_are_not_its_request(world: World, path: str) -> None:
    rpc = RPCS[path]

    @hyp_settings(max_examples=budget(RAW_EXAMPLES), **COMMON)
    @given(data=st.data())
    def attack(data: st.DataObject) -> None:
        world.settle()
        one = raw_requests(world, rpc)
        payload = data.draw(st.lists(one, min_size=1, max_size=3) if rpc.client_streaming else one, label="bytes")
        EXAMPLES["raw " + path] += 1
        out = world.call(path, payload, raw=True)
        note(f"-> {out.code.name} {out.details[:300]!r}")
        world.check(path, out, variant="raw ")
        if not rpc.client_streaming and not parses(rpc, payload):
            assert out.code == SC.INVALID_ARGUMENT, f"undecodable request: {out.code.name} {out.details}"
            assert error_info(rich_status(out.trailers)).reason == "MALFORMED_REQUEST", out.details
        world.alive()

    attack()


# ----- focused cases: the nastiest inputs found, one by one -----------------------------------
# Each is a plain test, so it names its bug; the cases that fail today are strict xfails (they
# start failing when the bug is fixed: then drop the mark).

PATH_OF = {rpc.name: path for path, rpc in RPCS.items()}


def bug(reason: str) -> pytest.MarkDecorator:
    """Names the bug a case was written for (all fixed: the case now guards against its return)."""
    return pytest.mark.regression(reason)


def bug_on_postgres(request: pytest.FixtureRequest, reason: str) -> None:
    """Names a bug that was PostgreSQL-only (fixed)."""


def token(cursor: dict[str, Any]) -> str:
    return b64(json.dumps(cursor).encode())


def paged(w: World, name: str, page_token: str) -> Any:
    return {
        "ListAgents": lambda: apb.ListAgentsRequest(page_token=page_token),
        "ListAgentRecords": lambda: spb.ListAgentRecordsRequest(page_token=page_token),
        "ListMessages": lambda: apb.ListMessagesRequest(agent_id=w.main, page_token=page_token),
        "ListRecallMessages": lambda: mpb.ListRecallMessagesRequest(agent_id=w.main, page_token=page_token),
        "ListArchivalMemories": lambda: mpb.ListArchivalMemoriesRequest(agent_id=w.main, page_token=page_token),
        "SearchRecallMessages": lambda: mpb.SearchRecallMessagesRequest(
            agent_id=w.main, query="hello", page_token=page_token
        ),
        "SearchArchivalMemory": lambda: mpb.SearchArchivalMemoryRequest(
            agent_id=w.main, query="passage", page_token=page_token
        ),
    }[name]()


@pytest.mark.parametrize(
    ("name", "cursor"),
    [
        pytest.param(
            "ListAgents", {"c": [1], "i": "x"}, marks=bug("a list in the cursor reaches SQL"), id="agents-list"
        ),
        pytest.param(
            "ListAgents", {"c": 10**30, "i": "x"}, marks=bug("a 100-bit int overflows SQLite"), id="agents-big"
        ),
        pytest.param(
            "ListAgentRecords", {"c": {}, "i": 1}, marks=bug("a dict in the cursor reaches SQL"), id="records"
        ),
        pytest.param("ListMessages", {"s": "abc"}, marks=bug("int('abc') raises ValueError"), id="messages-str"),
        pytest.param("ListMessages", {"s": 10**30}, marks=bug("a 100-bit int overflows SQLite"), id="messages-big"),
        pytest.param("ListRecallMessages", {"s": [1]}, marks=bug("int([1]) raises TypeError"), id="recall-list"),
        pytest.param("ListArchivalMemories", {"c": {}, "i": []}, marks=bug("a dict reaches SQL"), id="archival-dict"),
        pytest.param("SearchRecallMessages", {"o": 10**30}, marks=bug("offset overflows SQLite"), id="recall-search"),
        pytest.param("SearchArchivalMemory", {"o": -5}, marks=bug("negative offset into Qdrant"), id="archival-neg"),
        pytest.param("SearchArchivalMemory", {"o": "x"}, marks=bug("int('x') raises ValueError"), id="archival-str"),
        pytest.param("SearchRecallMessages", {"o": -5}, id="recall-search-negative"),
        pytest.param("ListAgents", {"c": None, "i": None}, marks=bug("SQLAlchemy: `< None`"), id="agents-nulls"),
    ],
)
def test_crafted_page_tokens_are_refused(
    request: pytest.FixtureRequest, world: World, name: str, cursor: dict[str, Any]
) -> None:
    """A base64 JSON cursor with the right keys and values of the wrong type is INVALID_ARGUMENT, not INTERNAL."""
    if cursor == {"o": -5} and name == "SearchRecallMessages":
        bug_on_postgres(request, "a negative OFFSET reaches PostgreSQL (SQLite takes it as 0)")
    out = world.run(PATH_OF[name], paged(world, name, token(cursor)))
    assert out.code in (SC.OK, SC.INVALID_ARGUMENT), out.details


FAR = Timestamp(seconds=2**62)
BAD_NANOS = Timestamp(seconds=1_700_000_000, nanos=-5)


def timed(w: World, name: str, stamp: Timestamp) -> Any:
    agent = agent_pb2.Agent(id=w.main, name="renamed", create_time=stamp)
    return {
        "SearchRecallMessages": lambda: mpb.SearchRecallMessagesRequest(agent_id=w.main, start_time=stamp),
        "SearchArchivalMemory": lambda: mpb.SearchArchivalMemoryRequest(agent_id=w.main, query="x", end_time=stamp),
        "BatchInsertArchivalMemories": lambda: mpb.BatchInsertArchivalMemoriesRequest(
            agent_id=w.main, passages=[mpb.PassageInput(content=f"at {stamp}", create_time=stamp)]
        ),
        "UpdateAgent": lambda: apb.UpdateAgentRequest(agent=agent, update_mask=FieldMask(paths=["name"])),
        "CommitContext": lambda: spb.CommitContextRequest(
            agent_id=w.scratch,
            messages=[message_pb2.Message(id=str(uuid.uuid4()), role=1, content="x", create_time=stamp)],
        ),
    }[name]()


@pytest.mark.parametrize(
    ("name", "stamp"),
    [
        pytest.param(
            name, stamp, marks=bug(f"{name} converts the Timestamp unchecked (ValueError)"), id=f"{name}-{label}"
        )
        for name in ("SearchRecallMessages", "SearchArchivalMemory", "BatchInsertArchivalMemories", "UpdateAgent")
        for label, stamp in (("far", FAR), ("nanos", BAD_NANOS))
    ]
    + [pytest.param("CommitContext", FAR, marks=bug("CommitContext converts create_time unchecked"), id="commit")],
)
def test_out_of_range_timestamps_are_refused(world: World, name: str, stamp: Timestamp) -> None:
    """Seconds past year 9999 or nanos outside 0..999,999,999 are INVALID_ARGUMENT (UpdateAgent may ignore them:
    create_time is output only)."""
    world.scratch = world.new_agent(name="timestamps")
    try:
        out = world.run(PATH_OF[name], timed(world, name, stamp))
        assert out.code in ((SC.OK, SC.INVALID_ARGUMENT) if name == "UpdateAgent" else (SC.INVALID_ARGUMENT,))
    finally:
        world.delete(world.scratch)


def test_edges_of_time_that_are_valid(world: World) -> None:
    first, last = Timestamp(seconds=-62_135_596_800), Timestamp(seconds=253_402_300_799, nanos=999_999_999)
    search = world.run(
        PATH_OF["SearchRecallMessages"],
        mpb.SearchRecallMessagesRequest(agent_id=world.main, start_time=first, end_time=last),
    )
    assert search.code == SC.OK
    backwards = world.run(
        PATH_OF["SearchArchivalMemory"],
        mpb.SearchArchivalMemoryRequest(agent_id=world.main, query="x", start_time=last, end_time=first),
    )
    assert backwards.code == SC.INVALID_ARGUMENT


def execute(w: World, name: str, arguments: str) -> Outcome:
    return w.run(
        PATH_OF["ExecuteFunction"], epb.ExecuteFunctionRequest(agent_id=w.main, name=name, arguments=arguments)
    )


@bug("json.loads raises RecursionError (not ValueError) on deep nesting: ExecuteFunction is INTERNAL")
def test_deeply_nested_function_arguments_are_invalid(world: World) -> None:
    out = execute(world, "send_message", "[" * 100_000)
    assert out.code == SC.INVALID_ARGUMENT


@pytest.mark.parametrize(
    ("name", "arguments"),
    [
        pytest.param(
            "conversation_search_date",
            '{"start_date": "0001-01-01", "end_date": "9999-12-31"}',
            marks=bug("parse_time adds a day past year 9999: OverflowError, not ValueError"),
            id="end-of-time",
        ),
        pytest.param(
            "archival_memory_search",
            '{"query": "x", "page": 100000000000000000000}',
            marks=bug("a huge page becomes an offset Qdrant cannot take"),
            id="huge-page",
        ),
        pytest.param(
            "conversation_search",
            '{"query": "x", "page": 100000000000000000000}',
            marks=bug("a huge page becomes an offset SQLite cannot take (OverflowError)"),
            id="recall-huge-page",
        ),
        pytest.param("archival_memory_search", '{"query": "x", "top_k": 1e308}', id="huge-float-top-k"),
    ],
)
def test_functions_never_crash_inside(world: World, name: str, arguments: str) -> None:
    """A function that fails on the LLM's arguments says why; it never reports an internal error."""
    execute(world, name, arguments)  # check_response refuses "... failed with an internal error"


def ingest(w: World, content: bytes, name: str = "doc.pdf") -> Outcome:
    request = mpb.IngestDocumentRequest(agent_id=w.main, name=name, content=content, mime_type="application/pdf")
    return w.run(PATH_OF["IngestDocument"], request)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(page_pdf(stream_filter=b"/Filter /JBIG2Decode"), marks=bug("pypdf DependencyError"), id="jbig2"),
        pytest.param(
            page_pdf(stream_filter=b"/Filter /NoSuchDecode"),
            marks=bug("pypdf raises NotImplementedError, which the interceptor maps to UNIMPLEMENTED"),
            id="unknown-filter",
        ),
        pytest.param(ROOT_RECOVERY_PDF, marks=bug("pypdf LimitReachedError (a PyPdfError)"), id="root-recovery"),
        pytest.param(b"%PDF-1.4\n", id="header-only"),
        pytest.param(page_pdf(content=b"BT /F1 12 Tf [1 2 (a) <zz>] TJ ET"), id="bad-hex-string"),
    ],
)
def test_unreadable_pdfs_are_invalid_argument(world: World, content: bytes) -> None:
    out = ingest(world, content)
    assert out.code == SC.INVALID_ARGUMENT, out.details


def test_a_readable_pdf_is_ingested(world: World) -> None:
    out = ingest(world, page_pdf(), name="hello.pdf")
    assert out.code == SC.OK
    assert out.responses[-1].WhichOneof("event") == "result"


@bug("issue 11 #11: size-limit errors carried no ErrorInfo (gRPC refused before memsvc saw the request)")
def test_a_request_over_the_message_limit_is_resource_exhausted(world: World) -> None:
    """Refused with an ErrorInfo that says what to do; the server carries on."""
    message = message_pb2.MessageInput(content="x" * (17 * 2**20))
    out = world.check(SEND, world.call(SEND, apb.SendMessageRequest(agent_id=world.main, messages=[message])))
    assert out.code == SC.RESOURCE_EXHAUSTED
    assert error_info(rich_status(out.trailers)).reason == "REQUEST_TOO_LARGE"
    assert "MEMSVC_GRPC_MAX_MESSAGE_BYTES" in out.details
    world.alive()


@bug("pages are bounded in items, not bytes: a page over MEMSVC_GRPC_MAX_MESSAGE_BYTES cannot be sent")
def test_a_page_over_the_message_limit_is_still_answered(world: World) -> None:
    """140 messages of 32,000 astral characters (128 KB each) are 18 MB: the page must be cut to fit, or refused
    with an ErrorInfo that says so, never a bare RESOURCE_EXHAUSTED from the transport."""
    agent_id = world.new_agent(name="big-pages")
    try:
        content = "\U0001f600" * 32_000
        append = PATH_OF["AppendRecallMessages"]
        for _ in range(10):
            messages = [message_pb2.MessageInput(content=content)] * 14
            assert (
                world.run(append, mpb.AppendRecallMessagesRequest(agent_id=agent_id, messages=messages)).code == SC.OK
            )
        out = world.run(PATH_OF["ListRecallMessages"], mpb.ListRecallMessagesRequest(agent_id=agent_id, page_size=1000))
        assert out.code == SC.OK
    finally:
        world.delete(agent_id)
        world.alive()


@pytest.mark.parametrize(
    "endpoint",
    [
        pytest.param("http://127.0.0.1:9/v1\n", id="newline"),
        pytest.param("http://127.0.0.1:9/v1\x00", id="nul"),
        pytest.param("http://127.0.0.1:99999/v1", id="port-out-of-range"),
        pytest.param("http://[::1/v1", id="unclosed-bracket"),
    ],
)
@bug("model_endpoint is only checked for an http(s):// prefix: a URL that can never work is accepted")
def test_an_endpoint_that_is_not_a_url_is_refused_at_creation(world: World, endpoint: str) -> None:
    config = agent_pb2.LlmConfig(model="hostile", model_endpoint=endpoint, context_window=16384)
    out = world.run(PATH_OF["CreateAgent"], apb.CreateAgentRequest(llm_config=config))
    if out.code == SC.OK:
        world.delete(out.responses[0].agent.id)
    assert out.code == SC.INVALID_ARGUMENT


@pytest.mark.parametrize("endpoint", ["O\x01/I6|", "ftp://x/v1", "http://[::1/v1", "http://127.0.0.1:9/v1\n"])
@bug("issue 11 (found by the split layout's sample): embedding_endpoint was never checked; a search then crashed")
def test_an_embedding_endpoint_that_is_not_a_url_is_refused_at_creation(world: World, endpoint: str) -> None:
    llm = agent_pb2.LlmConfig(model="hostile", context_window=16384)
    embedding = agent_pb2.EmbeddingConfig(
        embedding_model="hash-64", embedding_endpoint=endpoint, embedding_endpoint_type="openai", embedding_dim=64
    )
    out = world.run(PATH_OF["CreateAgent"], apb.CreateAgentRequest(llm_config=llm, embedding_config=embedding))
    if out.code == SC.OK:
        world.delete(out.responses[0].agent.id)
    assert out.code == SC.INVALID_ARGUMENT
    assert "embedding_config.embedding_endpoint must be an http(s) URL" in out.details


@bug("CreateAgentRecord stores an agent without a (UUID) id; no RPC can read or delete it, ListAgents lists it")
def test_an_agent_record_needs_an_id(world: World) -> None:
    out = world.run(PATH_OF["CreateAgentRecord"], spb.CreateAgentRecordRequest(agent=agent_pb2.Agent(name="no id")))
    assert out.code == SC.INVALID_ARGUMENT


@pytest.mark.parametrize("events_json", ["[]", "not json", '[{"x": 1}]'])
@bug("a retry replays the recorded events unchecked: decode_events raises, SendMessage is INTERNAL")
def test_a_retry_survives_a_bad_recorded_turn(world: World, events_json: str) -> None:
    agent_id = world.new_agent(name="replay")
    try:
        message = message_pb2.MessageInput(content="hello")
        request = apb.SendMessageRequest(agent_id=agent_id, messages=[message], request_id="retry-me")
        assert world.run(SEND, request).code == SC.OK
        finish = spb.FinishTurnRequestRequest(agent_id=agent_id, request_id="retry-me", events_json=events_json)
        assert world.run(PATH_OF["FinishTurnRequest"], finish).code in (SC.OK, SC.INVALID_ARGUMENT)
        world.run(SEND, request)
    finally:
        world.delete(agent_id)


def test_another_agents_passage_cannot_be_deleted(world: World) -> None:
    others = world.passages[2]  # inserted for world.other
    out = world.run(
        PATH_OF["DeleteArchivalMemory"], mpb.DeleteArchivalMemoryRequest(agent_id=world.main, passage_id=others)
    )
    assert out.code == SC.NOT_FOUND
    listed = world.run(PATH_OF["ListArchivalMemories"], mpb.ListArchivalMemoriesRequest(agent_id=world.other))
    assert others in [passage.id for passage in listed.responses[0].passages]


def stream(w: World, *requests: apb.StreamStepRequest) -> Outcome:
    return w.run(PATH_OF["StreamStep"], list(requests))


def test_stream_step_sequences(world: World) -> None:
    hello = apb.StepInput(messages=[message_pb2.MessageInput(content="hello")])
    main, other = world.main, world.other
    first_without_agent = stream(world, apb.StreamStepRequest(input=hello))
    assert first_without_agent.code == SC.INVALID_ARGUMENT
    switching = stream(
        world, apb.StreamStepRequest(agent_id=main, input=hello), apb.StreamStepRequest(agent_id=other, input=hello)
    )
    assert switching.code == SC.INVALID_ARGUMENT
    cancel_first = stream(
        world, apb.StreamStepRequest(agent_id=main, cancel=apb.CancelTurn()), apb.StreamStepRequest(input=hello)
    )
    # A cancel before the stream has a turn cancels nothing, and says so (it was silently dropped).
    assert cancel_first.code == SC.FAILED_PRECONDITION
    assert "no turn to cancel" in cancel_first.details
    nothing = stream(world, apb.StreamStepRequest(agent_id=main), apb.StreamStepRequest(agent_id=main))
    assert (nothing.code, nothing.responses) == (SC.INVALID_ARGUMENT, [])  # a request that asks for nothing
    dead = stream(world, apb.StreamStepRequest(agent_id=world.dead, input=hello))
    assert dead.code == SC.OK  # an LLM failure ends the turn, not the stream
    assert dead.responses[-1].event.turn_end.stop_reason == 4  # STOP_REASON_LLM_ERROR


def test_unknown_enum_numbers_are_invalid(world: World) -> None:
    role_99 = message_pb2.MessageInput(role=99, content="hi")
    cases = [
        (SEND, apb.SendMessageRequest(agent_id=world.main, messages=[role_99])),
        (PATH_OF["AppendRecallMessages"], mpb.AppendRecallMessagesRequest(agent_id=world.main, messages=[role_99])),
        (PATH_OF["SearchRecallMessages"], mpb.SearchRecallMessagesRequest(agent_id=world.main, roles=[1, 99])),
        (
            PATH_OF["SearchArchivalMemory"],
            mpb.SearchArchivalMemoryRequest(agent_id=world.main, query="x", tag_match_mode=99),
        ),
    ]
    for path, request in cases:
        out = world.run(path, request)
        assert out.code == SC.INVALID_ARGUMENT, path
        assert "99" in out.details


def test_huge_repeated_fields_are_refused_before_any_work(world: World) -> None:
    tags = [f"t{i}" for i in range(5000)]
    passages = [mpb.PassageInput(content=f"p{i}") for i in range(2000)]
    cases = [
        (PATH_OF["InsertArchivalMemory"], mpb.InsertArchivalMemoryRequest(agent_id=world.main, content="x", tags=tags)),
        (PATH_OF["SearchArchivalMemory"], mpb.SearchArchivalMemoryRequest(agent_id=world.main, query="x", tags=tags)),
        (
            PATH_OF["BatchInsertArchivalMemories"],
            mpb.BatchInsertArchivalMemoriesRequest(agent_id=world.main, passages=passages),
        ),
    ]
    for path, request in cases:
        assert world.run(path, request).code == SC.INVALID_ARGUMENT, path


def test_bytes_that_are_not_utf8_deep_in_a_request_are_malformed(world: World) -> None:
    path = PATH_OF["CreateAgent"]
    for payload in not_utf8(RPCS[path].request.DESCRIPTOR):
        out = world.check(path, world.call(path, payload, raw=True), variant="raw ")
        assert out.code == SC.INVALID_ARGUMENT
        assert error_info(rich_status(out.trailers)).reason == "MALFORMED_REQUEST"
    world.alive()


@pytest.mark.parametrize(
    ("mask", "agent"),
    [
        pytest.param(
            "context_config",
            agent_pb2.Agent(context_config=agent_pb2.ContextConfig(warning_threshold=float("nan"))),
            id="nan-threshold",
        ),
        pytest.param(
            "context_config",
            agent_pb2.Agent(context_config=agent_pb2.ContextConfig(warning_threshold=1e16, flush_threshold=1e16)),
            id="huge-thresholds",
        ),
    ],
)
@bug("UpdateAgentRecord stores configs unchecked; GetContextWindow then fails (int(NaN), int32 overflow)")
def test_an_agent_record_update_is_checked(world: World, mask: str, agent: agent_pb2.Agent) -> None:
    """The internal store refuses a config the agent server would refuse, or the agent stays readable."""
    agent_id = world.new_agent(name="record-update")
    try:
        agent.id = agent_id
        update = spb.UpdateAgentRecordRequest(agent=agent, update_mask=FieldMask(paths=[mask]))
        if world.run(PATH_OF["UpdateAgentRecord"], update).code == SC.OK:
            world.run(PATH_OF["GetContextWindow"], apb.GetContextWindowRequest(agent_id=agent_id))
            world.run(
                SEND, apb.SendMessageRequest(agent_id=agent_id, messages=[message_pb2.MessageInput(content="hi")])
            )
    finally:
        world.delete(agent_id)


@bug("CommitContext takes any token_count; GetContextWindow then overflows its int32 fields")
def test_committed_token_counts_cannot_break_the_context_window(world: World) -> None:
    agent_id = world.new_agent(name="token-counts")
    try:
        big = [
            message_pb2.Message(id=str(uuid.uuid4()), role=1, content="x", in_context=True, token_count=2**31 - 1)
            for _ in range(2)
        ]
        commit = spb.CommitContextRequest(agent_id=agent_id, messages=big)
        if world.run(PATH_OF["CommitContext"], commit).code == SC.OK:
            world.run(PATH_OF["GetContextWindow"], apb.GetContextWindowRequest(agent_id=agent_id))
    finally:
        world.delete(agent_id)


@bug("CreateAgent does not check block descriptions (UpdateMemoryBlock refuses NUL); PostgreSQL text cannot hold NUL")
def test_a_nul_in_a_new_blocks_description_is_refused(world: World) -> None:
    config = agent_pb2.LlmConfig(model="hostile", model_endpoint=world.fake.base_url, context_window=16384)
    block = agent_pb2.MemoryBlock(label="human", value="Ann", description="likes \x00 bytes")
    out = world.run(PATH_OF["CreateAgent"], apb.CreateAgentRequest(llm_config=config, memory_blocks=[block]))
    if out.code == SC.OK:
        world.delete(out.responses[0].agent.id)
    assert out.code == SC.INVALID_ARGUMENT


def nul_requests(w: World) -> dict[str, tuple[str, Any]]:
    def commit(**kwargs: Any) -> spb.CommitContextRequest:
        return spb.CommitContextRequest(agent_id=w.scratch, **kwargs)

    message = message_pb2.Message(id=str(uuid.uuid4()), role=1, content="a\x00b")
    return {
        "lease-holder": (
            "AcquireTurnLease",
            spb.AcquireTurnLeaseRequest(agent_id=w.scratch, holder="h\x00", ttl_seconds=5),
        ),
        "release-holder": ("ReleaseTurnLease", spb.ReleaseTurnLeaseRequest(agent_id=w.scratch, holder="h\x00")),
        "message-content": ("CommitContext", commit(messages=[message])),
        "summary": ("CommitContext", commit(state=spb.ContextState(summary="a\x00b"))),
        "turn-id": ("CommitContext", commit(request_id="r", turn_id="\x00")),
        "events-json": (
            "FinishTurnRequest",
            spb.FinishTurnRequestRequest(agent_id=w.scratch, request_id="r", events_json="\x00"),
        ),
        "record-name": (
            "CreateAgentRecord",
            spb.CreateAgentRecordRequest(agent=agent_pb2.Agent(id=str(uuid.uuid4()), name="a\x00b")),
        ),
        "record-update": (
            "UpdateAgentRecord",
            spb.UpdateAgentRecordRequest(
                agent=agent_pb2.Agent(id=w.scratch, name="a\x00b"), update_mask=FieldMask(paths=["name"])
            ),
        ),
    }


@pytest.mark.parametrize(
    "case",
    [
        "lease-holder",
        "release-holder",
        "message-content",
        "summary",
        "turn-id",
        "events-json",
        "record-name",
        "record-update",
    ],
)
def test_nul_in_internal_text_fields(request: pytest.FixtureRequest, world: World, case: str) -> None:
    """The internal store takes text from another memsvc server; a NUL in it is refused or stored, never INTERNAL."""
    bug_on_postgres(request, "internal RPCs store text unchecked and PostgreSQL text cannot hold NUL")
    world.scratch = world.new_agent(name="nul")
    try:
        name, message = nul_requests(world)[case]
        out = world.run(PATH_OF[name], message)
        assert out.code in (SC.OK, SC.INVALID_ARGUMENT)
    finally:
        world.delete(world.scratch)


LLM_BUG = bug("json.loads raises RecursionError (not ValueError) on deep nesting: the turn is INTERNAL")


@pytest.mark.parametrize(
    ("arguments", "fails"),
    [
        pytest.param("[" * 50_000, True, marks=LLM_BUG, id="nested-arrays"),
        pytest.param('{"message":' * 10_000, True, marks=LLM_BUG, id="nested-objects"),
        pytest.param(
            '{"message": "\\ud800 lone surrogate"}',
            False,
            marks=bug(
                "a lone surrogate (JSON \\ud800) the LLM sends reaches SQL: UnicodeEncodeError, the turn is INTERNAL"
            ),
            id="lone-surrogate-escape",
        ),
        pytest.param('{"message": 1e999}', True, id="infinite-number"),
        pytest.param('{"message": "hi", "request_heartbeat": {"a": []}}', False, id="heartbeat-object"),
        pytest.param('{"message": "hi"} trailing', True, id="trailing-text"),
    ],
)
def test_a_turn_survives_what_the_llm_writes(world: World, arguments: str, fails: bool) -> None:
    """Whatever a (misbehaving) LLM writes as a function call's arguments, the turn goes on: a call that
    cannot run comes back to the LLM as a failed result it can fix."""
    model = f"hostile-{uuid.uuid4().hex[:8]}"
    agent_id = world.new_agent(name="llm-arguments", model=model)
    try:
        world.fake.script(model, Reply(calls=[Call("send_message", raw_arguments=arguments)]))
        message = message_pb2.MessageInput(content="hi")
        out = world.run(SEND, apb.SendMessageRequest(agent_id=agent_id, messages=[message]))
        assert out.code == SC.OK
        events = out.responses[0].events
        results = [e.function_result for e in events if e.WhichOneof("event") == "function_result"]
        assert [r.ok for r in results[:1]] == [not fails]
    finally:
        world.delete(agent_id)


@bug("block values were bounded in characters only (1,000,000 = 4 MB of astral text each), responses by 16 MiB")
def test_an_agent_with_huge_blocks_stays_readable(world: World) -> None:
    """Block limits are capped (100,000 characters, 32 blocks) and all blocks together to half the prompt
    budget, so even an agent whose blocks are as full of four-byte characters as it allows (about 10 MB)
    stays readable, never a bare RESOURCE_EXHAUSTED on GetAgent; the write past the budget is refused with
    INVALID_ARGUMENT naming the block."""
    config = agent_pb2.LlmConfig(model="hostile", model_endpoint=world.fake.base_url, context_window=10_000_000)
    too_big = world.run(
        PATH_OF["CreateAgent"],
        apb.CreateAgentRequest(llm_config=config, memory_blocks=[agent_pb2.MemoryBlock(label="big", limit=1_000_000)]),
    )
    assert too_big.code == SC.INVALID_ARGUMENT
    labels = [f"big{i}" for i in range(32)]
    blocks = [agent_pb2.MemoryBlock(label=label, limit=100_000) for label in labels]
    created = world.run(PATH_OF["CreateAgent"], apb.CreateAgentRequest(llm_config=config, memory_blocks=blocks))
    assert created.code == SC.OK, created.details
    agent_id = created.responses[0].agent.id
    try:
        value = "\U0001f600" * 100_000
        filled = []
        for label in labels:
            block = agent_pb2.MemoryBlock(label=label, value=value)
            out = world.run(PATH_OF["UpdateMemoryBlock"], mpb.UpdateMemoryBlockRequest(agent_id=agent_id, block=block))
            if out.code == SC.INVALID_ARGUMENT and "working context" in out.details:
                assert repr(label) in out.details, out.details
                break
            assert out.code == SC.OK, out.details
            filled.append(label)
        assert len(filled) >= 16, filled
        got = world.run(GET_AGENT, apb.GetAgentRequest(agent_id=agent_id))
        assert got.code == SC.OK, got.details
        values = {b.label: b.value for b in got.responses[0].agent.memory_blocks}
        assert all(values[label] == value for label in filled)
        listed = world.run(PATH_OF["ListAgents"], apb.ListAgentsRequest(page_size=1000))
        assert listed.code == SC.OK, listed.details
    finally:
        world.delete(agent_id)
        world.alive()


SURROGATE = bug("a lone surrogate (a valid JSON escape, not valid UTF-8) reaches SQL or the response: INTERNAL")


@pytest.mark.parametrize(
    ("name", "arguments"),
    [
        pytest.param("core_memory_append", '{"label": "human", "content": "\\ud800"}', marks=SURROGATE, id="append"),
        pytest.param("archival_memory_insert", '{"content": "\\udfff"}', marks=SURROGATE, id="insert"),
        pytest.param("send_message", '{"message": "\\ud800"}', marks=SURROGATE, id="send"),
        pytest.param("conversation_search", '{"query": "\\ud800"}', id="search"),
    ],
)
def test_lone_surrogates_in_function_arguments(world: World, name: str, arguments: str) -> None:
    world.scratch = world.new_agent(name="surrogates")
    try:
        out = world.run(
            PATH_OF["ExecuteFunction"],
            epb.ExecuteFunctionRequest(agent_id=world.scratch, name=name, arguments=arguments),
        )
        assert out.code in (SC.OK, SC.INVALID_ARGUMENT)
    finally:
        world.delete(world.scratch)
