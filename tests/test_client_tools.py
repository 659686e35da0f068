"""Client tools: defined on the agent, called by the LLM, run by the client, answered on the
stream or with ResumeTurn; bad definitions, bad answers and silent clients."""

from __future__ import annotations

import asyncio
import json

import grpc
import pytest
from google.protobuf.field_mask_pb2 import FieldMask

from memsvc.v1 import agent_pb2, agent_service_pb2, step_pb2, tool_pb2, turn_pb2
from tests.fakellm import Call, Reply, call, say
from tests.helpers import Stream, create_agent, error_reason, events_of, send, weather_tool

pytestmark = pytest.mark.layouts
WAITING = step_pb2.STOP_REASON_WAITING_FOR_CLIENT
CLIENT_TOOL = step_pb2.PENDING_CALL_KIND_CLIENT_TOOL


def result(call_id: str, output: str | None = None, error: str | None = None) -> turn_pb2.ToolResult:
    if error is not None:
        return turn_pb2.ToolResult(call_id=call_id, error=error)
    return turn_pb2.ToolResult(call_id=call_id, output=output or "")


async def resume(
    agents, agent_id: str, *results: turn_pb2.ToolResult, **kwargs
) -> agent_service_pb2.ResumeTurnResponse:
    return await agents.ResumeTurn(
        agent_service_pb2.ResumeTurnRequest(agent_id=agent_id, tool_results=list(results), **kwargs)
    )


async def weather_agent(agents, fake_llm, model, **kwargs) -> agent_pb2.Agent:
    return await create_agent(agents, fake_llm, model, client_tools=[weather_tool()], **kwargs)


async def test_a_client_tool_answered_on_the_stream_chains_into_send_message(agents, fake_llm, model):
    agent = await weather_agent(agents, fake_llm, model)
    fake_llm.script(model, call("get_weather", thought="Ask the client.", city="Paris"), say("Sunny in Paris, 21 C."))
    stream = Stream(agents, agent.id)
    await stream.input("What is the weather in Paris?")
    before = await stream.until("turn_waiting")
    assert [e.WhichOneof("event") for e in before] == [
        "input_received",
        "inner_thought",
        "function_call",
        "turn_waiting",
    ]
    (pending,) = before[-1].turn_waiting.pending_calls
    assert (pending.name, json.loads(pending.arguments), pending.kind) == (
        "get_weather",
        {"city": "Paris"},
        CLIENT_TOOL,
    )
    assert pending.expire_time.ToSeconds() - pending.wait_start_time.ToSeconds() == 300  # the default timeout
    await stream.send(tool_result=result(pending.call_id, "sunny, 21 C"))
    after = await stream.until("turn_end")
    await stream.close()
    assert [e.WhichOneof("event") for e in after] == [
        "function_result",
        "heartbeat",
        "function_call",
        "assistant_message",
        "function_result",
        "turn_end",
    ]
    first = after[0].function_result
    assert first.ok
    assert first.call_id == pending.call_id
    assert json.loads(first.result)["message"] == "sunny, 21 C"
    assert after[-1].turn_end.stop_reason == step_pb2.STOP_REASON_END_TURN
    events = stream.events
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))  # one turn, no gaps
    assert len({e.turn_id for e in events}) == 1
    # The LLM saw the client's result as the call's result.
    second = fake_llm.chat_requests(model)[1]["messages"]
    tool = next(m for m in second if m["role"] == "tool" and m["tool_call_id"] == pending.call_id)
    assert json.loads(tool["content"]) == {
        "status": "OK",
        "message": "sunny, 21 C",
        "time": json.loads(tool["content"])["time"],
    }


async def test_the_unary_path_returns_the_pending_calls_and_resume_continues_the_turn(agents, fake_llm, model):
    agent = await weather_agent(agents, fake_llm, model)
    fake_llm.script(model, call("get_weather", city="Oslo"), say("Snow in Oslo."))
    first = await send(agents, agent.id, "Weather in Oslo?")
    assert first.stop_reason == WAITING
    (pending,) = first.pending_calls
    assert pending.name == "get_weather"
    assert first.turn_id
    assert first.events[-1].WhichOneof("event") == "turn_waiting"
    turn = (await agents.GetTurn(agent_service_pb2.GetTurnRequest(agent_id=agent.id, turn_id=first.turn_id))).turn
    assert turn.status == turn_pb2.TURN_STATUS_WAITING
    assert [p.call_id for p in turn.pending_calls] == [pending.call_id]
    assert turn.last_sequence == first.events[-1].sequence

    done = await resume(agents, agent.id, result(pending.call_id, "snow, -3 C"), turn_id=first.turn_id)
    assert done.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert done.turn_id == first.turn_id
    assert events_of(done.events, "assistant_message")[0].content == "Snow in Oslo."
    assert done.events[0].sequence == first.events[-1].sequence + 1
    assert not done.pending_calls
    turn = (await agents.GetTurn(agent_service_pb2.GetTurnRequest(agent_id=agent.id, turn_id=first.turn_id))).turn
    assert turn.status == turn_pb2.TURN_STATUS_ENDED
    assert turn.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert turn.step_count == 2


async def test_unknown_and_duplicate_results_are_refused_and_the_turn_keeps_waiting(agents, fake_llm, model):
    agent = await weather_agent(agents, fake_llm, model)
    fake_llm.script(model, call("get_weather", city="Rome"), say("Warm."))
    first = await send(agents, agent.id, "Rome?")
    (pending,) = first.pending_calls
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await resume(agents, agent.id, result("call_nobody_made", "x"))
    assert info.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert error_reason(info.value) == "UNKNOWN_TOOL_CALL"
    # A batch is taken whole or not at all: the good result beside a bad one is not kept.
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await resume(agents, agent.id, result(pending.call_id, "warm"), result("call_nobody_made", "x"))
    assert error_reason(info.value) == "UNKNOWN_TOOL_CALL"
    done = await resume(agents, agent.id, result(pending.call_id, "warm"))
    assert done.stop_reason == step_pb2.STOP_REASON_END_TURN
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await resume(agents, agent.id, result(pending.call_id, "warm again"))
    assert info.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert error_reason(info.value) == "TOOL_CALL_ALREADY_ANSWERED"
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await resume(agents, agent.id, result(pending.call_id, "x"), turn_id=first.turn_id)
    assert error_reason(info.value) == "TOOL_CALL_ALREADY_ANSWERED"
    with pytest.raises(grpc.aio.AioRpcError) as info:  # a result without an outcome
        await resume(agents, agent.id, turn_pb2.ToolResult(call_id=pending.call_id))
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT


async def test_a_duplicate_result_on_the_stream_is_refused_with_the_reason(agents, fake_llm, model):
    agent = await weather_agent(agents, fake_llm, model)
    fake_llm.script(model, call("get_weather", city="Lima"), say("Cloudy."))
    stream = Stream(agents, agent.id)
    await stream.input("Lima?")
    (pending,) = (await stream.until("turn_waiting"))[-1].turn_waiting.pending_calls
    await stream.send(tool_result=result(pending.call_id, "cloudy"))
    await stream.until("turn_end")
    await stream.send(tool_result=result(pending.call_id, "cloudy"))
    refused = (await stream.until("answer_refused"))[-1].answer_refused  # the stream stays open
    assert (refused.call_id, refused.reason) == (pending.call_id, "TOOL_CALL_ALREADY_ANSWERED")
    await stream.close()


async def test_new_input_while_the_agent_waits_is_refused(agents, fake_llm, model):
    agent = await weather_agent(agents, fake_llm, model)
    fake_llm.script(model, call("get_weather", city="Cairo"))
    first = await send(agents, agent.id, "Cairo?")
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await send(agents, agent.id, "hello?")
    assert info.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert error_reason(info.value) == "AGENT_AWAITING_CLIENT"
    assert first.pending_calls[0].call_id in info.value.details()
    # Cancelling the waiting turn frees the agent; the LLM later sees the call closed.
    cancelled = await agents.CancelTurn(agent_service_pb2.CancelTurnRequest(agent_id=agent.id, turn_id=first.turn_id))
    assert cancelled.turn.status == turn_pb2.TURN_STATUS_ENDED
    assert cancelled.turn.stop_reason == step_pb2.STOP_REASON_CANCELLED
    fake_llm.script(model, say("Hello again."))
    again = await send(agents, agent.id, "hello?")
    assert again.stop_reason == step_pb2.STOP_REASON_END_TURN
    prompt = fake_llm.chat_requests(model)[-1]["messages"]
    closed = next(m for m in prompt if m.get("tool_call_id") == first.pending_calls[0].call_id)
    assert "cancelled" in json.loads(closed["content"])["message"]


async def test_a_client_that_never_answers_times_out_and_the_llm_is_told(agents, fake_llm, model):
    agent = await weather_agent(agents, fake_llm, model, client_tool_timeout_seconds=1)
    fake_llm.script(model, call("get_weather", city="Quito"), say("The weather service did not answer."))
    first = await send(agents, agent.id, "Quito?")
    assert first.stop_reason == WAITING
    watch = agents.WatchAgent(agent_service_pb2.WatchAgentRequest(agent_id=agent.id, after_agent_sequence=0))
    seen = []
    async with asyncio.timeout(30):
        async for response in watch:
            seen.append(response.event)
            if response.event.WhichOneof("event") == "turn_end":
                break
    watch.cancel()
    timed_out = [r for r in events_of(seen, "function_result") if r.name == "get_weather"]
    assert not timed_out[0].ok
    assert "no result came from the client within 1 seconds" in json.loads(timed_out[0].result)["message"]
    assert seen[-1].turn_end.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert [e.agent_sequence for e in seen] == list(range(1, len(seen) + 1))
    heartbeat = events_of(seen, "heartbeat")[0].reason
    assert heartbeat.endswith("Function call failed, returning control")


async def test_arguments_that_break_the_schema_go_back_to_the_llm_not_to_the_client(agents, fake_llm, model):
    agent = await weather_agent(agents, fake_llm, model)
    fake_llm.script(model, call("get_weather", city=""), call("get_weather", town="Bern"), say("Which city?"))
    reply = await send(agents, agent.id, "Weather?")
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    results = events_of(reply.events, "function_result")
    assert [r.ok for r in results[:2]] == [False, False]
    assert "do not match its parameters" in results[0].result
    assert "city" in results[0].result
    assert "'city' is a required property" in results[1].result
    assert not events_of(reply.events, "turn_waiting")


async def test_a_client_error_result_returns_control_to_the_llm(agents, fake_llm, model):
    agent = await weather_agent(agents, fake_llm, model)
    fake_llm.script(model, Reply(calls=[Call("get_weather", {"city": "Atlantis"})]), say("No such city."))
    first = await send(agents, agent.id, "Atlantis?")
    done = await resume(agents, agent.id, result(first.pending_calls[0].call_id, error="unknown city"))
    failed = events_of(done.events, "function_result")[0]
    assert not failed.ok
    assert json.loads(failed.result) | {"time": ""} == {
        "status": "Failed",
        "message": "unknown city",
        "time": "",
    }
    assert done.stop_reason == step_pb2.STOP_REASON_END_TURN  # the failure chained into the reply


async def test_parallel_client_calls_wait_together_and_builtins_beside_them_run(agents, fake_llm, model, memory):
    agent = await weather_agent(agents, fake_llm, model)
    fake_llm.script(
        model,
        Reply(
            calls=[
                Call("get_weather", {"city": "Paris"}, heartbeat=True),
                Call("core_memory_append", {"label": "human", "content": "Travels a lot."}, heartbeat=True),
                Call("get_weather", {"city": "Nice"}, heartbeat=True),
            ]
        ),
        say("Paris sunny, Nice warm."),
    )
    first = await send(agents, agent.id, "Paris and Nice?")
    assert [json.loads(p.arguments)["city"] for p in first.pending_calls] == ["Paris", "Nice"]
    assert [r.name for r in events_of(first.events, "function_result")] == ["core_memory_append"]
    a, b = first.pending_calls
    partial = await resume(agents, agent.id, result(b.call_id, "warm"))
    assert partial.stop_reason == WAITING
    assert [p.call_id for p in partial.pending_calls] == [a.call_id]
    done = await resume(agents, agent.id, result(a.call_id, "sunny"))
    assert done.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert events_of(done.events, "assistant_message")[0].content == "Paris sunny, Nice warm."


async def test_client_tools_are_durable_listed_and_updatable(agents, fake_llm, model):
    agent = await weather_agent(agents, fake_llm, model, tools_requiring_approval=["core_memory_replace"])
    got = (await agents.GetAgent(agent_service_pb2.GetAgentRequest(agent_id=agent.id))).agent
    assert [t.name for t in got.client_tools] == ["get_weather"]
    assert got.client_tool_timeout_seconds == 300
    assert got.approval_timeout_seconds == 86_400
    tools = (await agents.ListTools(agent_service_pb2.ListToolsRequest(agent_id=agent.id))).tools
    assert tools[-1].name == "get_weather"
    assert tools[-1].kind == tool_pb2.TOOL_KIND_CLIENT
    assert "request_heartbeat" in json.loads(tools[-1].parameters)["properties"]
    assert "inner_thoughts" in json.loads(tools[-1].parameters)["properties"]
    builtin = {t.name: t for t in tools if t.kind == tool_pb2.TOOL_KIND_BUILT_IN}
    assert "send_message" in builtin
    assert builtin["core_memory_replace"].requires_approval
    # The LLM gets the client tool with the built-ins.
    fake_llm.script(model, say("hi"))
    await send(agents, agent.id, "hi")
    sent = [t["function"]["name"] for t in fake_llm.chat_requests(model)[-1]["tools"]]
    assert sent[-1] == "get_weather"
    assert "send_message" in sent
    # UpdateAgent replaces the client tools; the other tool fields stay.
    lookup = tool_pb2.ClientTool(name="lookup_order", description="An order by its number.")
    updated = await agents.UpdateAgent(
        agent_service_pb2.UpdateAgentRequest(
            agent=agent_pb2.Agent(id=agent.id, client_tools=[lookup]), update_mask=FieldMask(paths=["client_tools"])
        )
    )
    assert [t.name for t in updated.agent.client_tools] == ["lookup_order"]
    assert json.loads(updated.agent.client_tools[0].parameters) == {"type": "object", "properties": {}}
    assert list(updated.agent.tools_requiring_approval) == ["core_memory_replace"]


BAD_TOOLS = {
    "invalid schema": ([weather_tool(parameters='{"type": "objekt"}')], "not a valid JSON Schema"),
    "not JSON": ([weather_tool(parameters="{type: object}")], "not valid JSON"),
    "not an object schema": ([weather_tool(parameters='{"type": "string"}')], '"type": "object"'),
    "top-level anyOf": (
        [weather_tool(parameters='{"type": "object", "anyOf": [{"required": ["a"]}, {"required": ["b"]}]}')],
        "anyOf",
    ),
    "reserved parameter": (
        [weather_tool(parameters='{"type": "object", "properties": {"request_heartbeat": {"type": "boolean"}}}')],
        "request_heartbeat",
    ),
    "remote reference": (
        [weather_tool(parameters='{"type": "object", "properties": {"a": {"$ref": "https://example.com/s.json"}}}')],
        "only local references",
    ),
    "1,000 tools": ([tool_pb2.ClientTool(name=f"tool_{i}") for i in range(1000)], "at most"),
    "1 MB description": ([weather_tool(description="x" * 1_000_000)], "at most 1,024"),
    "duplicate names": ([weather_tool(), weather_tool()], "unique"),
    "built-in name": ([weather_tool(name="send_message")], "built-in function"),
    "bad name": ([weather_tool(name="get weather!")], "A-Z"),
    "huge schema": ([weather_tool(parameters=json.dumps({"type": "object", "description": "x" * 70_000}))], "KiB"),
}


@pytest.mark.parametrize("case", BAD_TOOLS)
async def test_bad_tool_definitions_are_refused_with_what_to_fix(agents, fake_llm, model, case):
    tools, message = BAD_TOOLS[case]
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await create_agent(agents, fake_llm, model, client_tools=tools)
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT, info.value.details()
    assert error_reason(info.value) == "INVALID_TOOL"
    assert message in info.value.details()


NOT_FINITE = {
    "NaN": '{"type": "object", "properties": {"s": {"type": "number", "maximum": NaN}}}',
    "-Infinity": '{"type": "object", "properties": {"s": {"type": "number", "enum": [1, -Infinity]}}}',
    "1e999": '{"type": "object", "properties": {"s": {"type": "number", "minimum": 1e999}}}',
}


@pytest.mark.regression("black-box #2: a schema with NaN, Infinity or 1e999 was stored; ListTools returned non-JSON")
async def test_a_schema_with_a_number_json_cannot_hold_is_refused_saying_where(agents, fake_llm, model):
    agent = await weather_agent(agents, fake_llm, model)
    where = {"NaN": "properties/s/maximum", "-Infinity": "properties/s/enum/1", "1e999": "properties/s/minimum"}
    for literal, parameters in NOT_FINITE.items():
        tool = weather_tool(name="measure", parameters=parameters)
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await create_agent(agents, fake_llm, model, client_tools=[tool])
        assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT, info.value.details()
        assert error_reason(info.value) == "INVALID_TOOL"
        assert f"client_tools[0].parameters has the number {literal} at {where[literal]}" in info.value.details()
        update = agent_service_pb2.UpdateAgentRequest(
            agent=agent_pb2.Agent(id=agent.id, client_tools=[tool]), update_mask=FieldMask(paths=["client_tools"])
        )
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await agents.UpdateAgent(update)
        assert error_reason(info.value) == "INVALID_TOOL"
    # A large but finite number is a number.
    fine = weather_tool(name="measure", parameters='{"type": "object", "properties": {"s": {"maximum": 1.5e300}}}')
    await create_agent(agents, fake_llm, model, client_tools=[fine])
    listed = await agents.ListTools(agent_service_pb2.ListToolsRequest(agent_id=agent.id))
    for listed_tool in listed.tools:
        assert "NaN" not in listed_tool.parameters
        assert "Infinity" not in listed_tool.parameters


async def test_bad_tool_settings_are_refused(agents, fake_llm, model):
    for kwargs, reason in (
        ({"tools_requiring_approval": ["no_such_tool"]}, "INVALID_TOOL"),
        ({"client_tool_timeout_seconds": -1}, "INVALID_ARGUMENT"),
        ({"approval_timeout_seconds": 10**9}, "INVALID_ARGUMENT"),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await create_agent(agents, fake_llm, model, **kwargs)
        assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert error_reason(info.value) == reason
    agent = await create_agent(agents, fake_llm, model)
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await agents.UpdateAgent(
            agent_service_pb2.UpdateAgentRequest(
                agent=agent_pb2.Agent(id=agent.id, client_tools=[weather_tool(name="core_memory_append")]),
                update_mask=FieldMask(paths=["client_tools"]),
            )
        )
    assert error_reason(info.value) == "INVALID_TOOL"


async def test_answers_for_an_agent_without_a_waiting_turn_are_refused(agents, fake_llm, model):
    agent = await weather_agent(agents, fake_llm, model)
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await resume(agents, agent.id, result("call_1", "x"))
    assert info.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert error_reason(info.value) == "TURN_NOT_WAITING"
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await resume(agents, agent.id, result("call_1", "x"), turn_id="00000000-0000-4000-8000-000000000000")
    assert info.value.code() == grpc.StatusCode.NOT_FOUND
    assert error_reason(info.value) == "TURN_NOT_FOUND"
