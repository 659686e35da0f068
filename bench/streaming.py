"""Token streaming: how soon a streamed LLM reply's first text reaches a StreamStep client.

The headline is the time from the fake LLM writing the first byte of its streamed reply
(`Reply.first_byte_time`, stamped in the fake's thread just before the write) to the
client reading the first TextDelta of that step (the same clock: `time.perf_counter`,
system-wide monotonic, so it compares across processes too). It covers what memsvc adds
between the model and the user: the `openai` client reading and parsing the server-sent
chunks (the role chunk, the call's header and the arguments up to the first characters
of the thoughts: four chunks with the default 16-character pieces), the partial-JSON
reader (deltas.py), the event's way to the stream, protobuf and gRPC to the client.

Side by side, the same one-step turn over StreamStep with tokens streamed and with
`stream_tokens=false` (the LLM call then is not streamed): what streaming costs a turn.
Measured against the all-in-one server as its own process, and the split deployment (the
three servers as processes); the client and the fake LLM run in the bench process. (Not
in-process: there the fake's writing thread, the server and the client would share one
GIL, which measures Python's thread switching rather than memsvc.)
"""

from __future__ import annotations

import asyncio
import os
import time

import grpc
from tests.fakellm import FakeLLM, say
from tests.procs import SplitDeployment

from bench.core import Context, Result, ms, percentile, scenario
from bench.turns import NO_RECALL_INDEXING, REPO, AgentPool, server_process
from memsvc.v1 import agent_service_pb2, agent_service_pb2_grpc, message_pb2

GOAL_MS = 2.0
REPLY = "Hangzhou has fine dumplings too; tell me which street you miss and I will look for a place like it."
THOUGHT = "The user misses Beijing's dumplings; answer warmly and offer help."


class _Stream:
    """One StreamStep call, read event by event."""

    def __init__(self, stub: agent_service_pb2_grpc.AgentServiceStub) -> None:
        self.queue: asyncio.Queue[agent_service_pb2.StreamStepRequest | None] = asyncio.Queue()
        self.call = stub.StreamStep(self._requests())

    async def _requests(self):
        while (request := await self.queue.get()) is not None:
            yield request

    async def turn(self, agent_id: str, text: str, stream_tokens: bool) -> tuple[float, float]:
        """(perf_counter when the first TextDelta arrived, or 0; the turn's latency in seconds)."""
        message = message_pb2.MessageInput(role=message_pb2.MESSAGE_ROLE_USER, content=text)
        step_input = agent_service_pb2.StepInput(messages=[message], stream_tokens=stream_tokens)
        started = time.perf_counter()
        await self.queue.put(agent_service_pb2.StreamStepRequest(agent_id=agent_id, input=step_input))
        first = 0.0
        while True:
            response = await self.call.read()
            if response is grpc.aio.EOF:
                raise RuntimeError("the stream ended before the turn did")
            kind = response.event.WhichOneof("event")
            if kind == "text_delta" and not first:
                first = time.perf_counter()
            if kind == "turn_end":
                if response.event.turn_end.stop_reason != 1:
                    raise RuntimeError(f"turn did not end normally: {response.event.turn_end}")
                return first, time.perf_counter() - started

    def close(self) -> None:
        self.call.cancel()


async def _measure(address: str, fake: FakeLLM, ctx: Context, result: Result, where: str) -> None:
    reps = ctx.reps(ctx.sizes.turns)
    first_delta: list[float] = []
    turns: dict[bool, list[float]] = {True: [], False: []}
    async with grpc.aio.insecure_channel(address) as chan:
        stub = agent_service_pb2_grpc.AgentServiceStub(chan)
        pool = AgentPool(stub, fake, ctx.sizes.turns_per_agent)
        streams: dict[str, _Stream] = {}  # a stream drives one agent
        try:
            for i in range(ctx.sizes.warmup_turns + reps):
                for streamed in (True, False):  # interleaved, so both see the same machine
                    agent_id, model = await pool.next()
                    if agent_id not in streams:
                        for old in streams.values():
                            old.close()
                        streams = {agent_id: _Stream(stub)}
                    reply = say(REPLY, thought=THOUGHT)
                    fake.script(model, reply)
                    first, latency = await streams[agent_id].turn(agent_id, f"I miss the dumplings ({i})", streamed)
                    if i < ctx.sizes.warmup_turns:
                        continue
                    turns[streamed].append(ms(latency))
                    if streamed:
                        if not first or not reply.first_byte_time:
                            raise RuntimeError("no TextDelta arrived, or the fake did not stream")
                        first_delta.append(ms(first - reply.first_byte_time))
        finally:
            for stream in streams.values():
                stream.close()
    result.add(f"{where}: LLM's first streamed byte → first TextDelta at the client", "ms", first_delta, GOAL_MS)
    result.add(f"{where}: one-step turn over StreamStep, tokens streamed", "ms", turns[True])
    result.add(f"{where}: the same turn, stream_tokens=false (unary LLM call)", "ms", turns[False])
    result.note(
        f"{where}: first byte → first delta p99 {percentile(first_delta, 99):.2f} ms over {len(first_delta)} turns "
        f"(after {ctx.sizes.warmup_turns} warm-up turns); streaming adds "
        f"{percentile(turns[True], 50) - percentile(turns[False], 50):+.2f} ms to a turn's p50"
    )


@scenario("token_streaming", "StreamStep token streaming: LLM's first streamed byte to the client's first TextDelta")
async def token_streaming(ctx: Context, result: Result) -> None:
    server = server_process(ctx, "all-in-one").start()
    try:
        await _measure(server.address, ctx.fake, ctx, result, "all-in-one")
    finally:
        server.terminate()
    pythonpath = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    split = SplitDeployment(ctx.workdir / "split", extra_env={"PYTHONPATH": pythonpath, **NO_RECALL_INDEXING})
    split.start()
    try:
        await _measure(split.agent_address, ctx.fake, ctx, result, "split")
    finally:
        split.stop()
    result.note(
        "the fake LLM writes its chunks back to back (no token delay), in a thread of the bench process, as does "
        "the gRPC client; the servers are processes of their own (all-in-one: one; split: three)"
    )
