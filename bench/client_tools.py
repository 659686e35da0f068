"""The cost of a client-tool round trip, over a real StreamStep stream (all-in-one, in-process).

A turn whose LLM calls a client tool pauses (its state is stored), the client gets a
TurnWaiting event and answers on the stream, and the turn resumes on the server (lease,
context load, the result stored) and goes on to its next step. The headline is the time
from the client sending its result to the client receiving the stored result event, minus
"the network": a gRPC health check's round trip on the same channel, measured beside each
answer. The whole turn is also compared with the same turn shape that calls a built-in
function (conversation_search) instead, where no pause, no answer and no resume happen.
"""

from __future__ import annotations

import asyncio
import json
import time

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from tests.fakellm import FakeLLM, call, say

from bench.core import Context, Result, ms, scenario
from bench.probes import Probe, seconds_in
from bench.turns import create_request, embedded_settings, production_logs
from memsvc.server.app import start as start_server
from memsvc.v1 import agent_service_pb2, agent_service_pb2_grpc, message_pb2, tool_pb2, turn_pb2

WEATHER = tool_pb2.ClientTool(
    name="get_weather",
    description="The current weather in a city.",
    parameters=json.dumps({"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}),
)
TURNS_PER_AGENT = 20


class _Stream:
    def __init__(self, stub: agent_service_pb2_grpc.AgentServiceStub, agent_id: str) -> None:
        self.agent_id = agent_id
        self.queue: asyncio.Queue[agent_service_pb2.StreamStepRequest | None] = asyncio.Queue()
        self.call = stub.StreamStep(self._requests())

    async def _requests(self):
        while (request := await self.queue.get()) is not None:
            yield request

    async def send(self, **fields: object) -> None:
        await self.queue.put(agent_service_pb2.StreamStepRequest(agent_id=self.agent_id, **fields))

    async def until(self, kind: str) -> agent_service_pb2.StreamStepResponse:
        while True:
            response = await self.call.read()
            if response is grpc.aio.EOF:
                raise RuntimeError(f"the stream ended before {kind}")
            if response.event.WhichOneof("event") == kind:
                return response

    def close(self) -> None:
        self.call.cancel()


async def _one_turn(stream: _Stream, fake: FakeLLM, model: str, client_tool: bool) -> tuple[float, float, float]:
    """(turn start, turn end, answer -> stored result) for one turn on the stream."""
    if client_tool:
        fake.script(model, call("get_weather", city="Paris"), say("Sunny in Paris."))
    else:
        fake.script(model, call("conversation_search", query="Paris"), say("Sunny in Paris."))
    message = message_pb2.MessageInput(role=message_pb2.MESSAGE_ROLE_USER, content="Weather in Paris?")
    start = time.monotonic()
    await stream.send(input=agent_service_pb2.StepInput(messages=[message]))
    answer = 0.0
    if client_tool:
        waiting = await stream.until("turn_waiting")
        call_id = waiting.event.turn_waiting.pending_calls[0].call_id
        sent = time.monotonic()
        await stream.send(tool_result=turn_pb2.ToolResult(call_id=call_id, output="sunny, 21 C"))
        await stream.until("function_result")
        answer = time.monotonic() - sent
    await stream.until("turn_end")
    return start, time.monotonic(), answer


@scenario("client_tool", "client-tool round trip on StreamStep (pause, answer, resume), all-in-one, via gRPC")
async def client_tool_round_trip(ctx: Context, result: Result) -> None:
    reps = ctx.reps(ctx.sizes.turns)
    answers: list[float] = []
    rtts: list[float] = []
    overhead: dict[bool, list[float]] = {True: [], False: []}
    with production_logs():
        probe = Probe().install()
        running = await start_server("all", embedded_settings(ctx.workdir / result.scenario))
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as chan:
                stub = agent_service_pb2_grpc.AgentServiceStub(chan)
                health = health_pb2_grpc.HealthStub(chan)
                for turn in range(ctx.sizes.warmup_turns + reps):
                    if turn % TURNS_PER_AGENT == 0:  # fresh agents, so the queue stays short
                        streams = []
                        for client_tool in (True, False):
                            model = f"bench-tool-{time.monotonic_ns()}-{client_tool}"
                            request = create_request(ctx.fake, model)
                            if client_tool:
                                request.client_tools.append(WEATHER)
                            agent = (await stub.CreateAgent(request)).agent
                            streams.append((_Stream(stub, agent.id), model, client_tool))
                    for stream, model, client_tool in streams:  # side by side, alternating
                        start, end, answer = await _one_turn(stream, ctx.fake, model, client_tool)
                        if turn < ctx.sizes.warmup_turns:
                            continue
                        llm = seconds_in(probe.records, "llm", start, end)
                        overhead[client_tool].append(ms(end - start - llm))
                        if client_tool:
                            answers.append(ms(answer))
                            before = time.monotonic()
                            await health.Check(health_pb2.HealthCheckRequest())
                            rtts.append(ms(time.monotonic() - before))
                    if turn % TURNS_PER_AGENT == TURNS_PER_AGENT - 1:
                        for stream, _, _ in streams:
                            stream.close()
        finally:
            await running.stop(0)
            probe.uninstall()
    network = sorted(rtts)[len(rtts) // 2]
    result.add(
        "answer → stored result back at the client, minus the network", "ms", [a - network for a in answers], 2.0
    )
    result.add("answer → stored result back at the client", "ms", answers)
    result.add("the network: gRPC health check round trip, same channel", "ms", rtts)
    result.add("client-tool turn overhead (turn − LLM calls)", "ms", overhead[True])
    result.add("same turn with a built-in call instead (conversation_search)", "ms", overhead[False])
    diff = [a - b for a, b in zip(overhead[True], overhead[False], strict=True)]
    result.add("client-tool turn − built-in turn (pause + answer + resume)", "ms", diff)
    result.note(
        f"{len(answers)} client-tool turns and as many built-in ones, alternating, after {ctx.sizes.warmup_turns} "
        f"warm-up pairs; a fresh pair of agents every {TURNS_PER_AGENT} turns; the client answers as soon as it "
        "reads TurnWaiting; the network figure is subtracted at its median"
    )
