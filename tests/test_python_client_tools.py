"""The Python client's client tools, approvals, turn control and watch (clients/python/memsvc_client)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest

from memsvc.server.app import Running
from memsvc_client import MemsvcClient, approval, client_tool, tool_output
from tests.fakellm import call, say
from tests.test_python_client import new_agent


@pytest.fixture
async def client(server: Running) -> AsyncIterator[MemsvcClient]:
    async with MemsvcClient(f"127.0.0.1:{server.port}", timeout=30) as memsvc:
        yield memsvc


CALLS: list[dict] = []


def get_weather(city: str, unit: str = "C") -> str:
    """The current weather in a city.

    Longer notes that the LLM does not need."""
    CALLS.append({"city": city, "unit": unit})
    return f"sunny in {city}, 21 {unit}"


async def lookup_order(number: int) -> dict:
    """An order by its number."""
    await asyncio.sleep(0)
    if number < 0:
        raise ValueError("no such order")
    return {"number": number, "status": "shipped"}


def test_client_tool_builds_the_definition_from_a_function():
    tool = client_tool(get_weather)
    assert tool.name == "get_weather"
    assert tool.description == "The current weather in a city."
    assert json.loads(tool.parameters) == {
        "type": "object",
        "properties": {"city": {"type": "string"}, "unit": {"type": "string"}},
        "required": ["city"],
    }


async def test_a_stream_turn_runs_client_tools_and_asks_for_approvals(client: MemsvcClient, fake_llm, model):
    agent = await new_agent(
        client,
        fake_llm,
        model,
        client_tools=[client_tool(get_weather), client_tool(lookup_order)],
        tools_requiring_approval=["lookup_order"],
    )
    tools = [t.name for t in await client.list_tools(agent.id)]
    assert tools[-2:] == ["get_weather", "lookup_order"]
    fake_llm.script(
        model,
        call("get_weather", city="Paris"),
        call("lookup_order", number=-1),
        say("Sunny in Paris; that order does not exist."),
    )
    asked = []
    async with client.stream_step(agent.id) as stream:
        turn = await stream.turn(
            "Weather in Paris, and my order -1?",
            tools={"get_weather": get_weather, "lookup_order": lookup_order},
            approve=lambda call: asked.append(call.name) or True,
        )
    assert turn.stop_reason == "END_TURN"
    assert turn.replies == ["Sunny in Paris; that order does not exist."]
    assert asked == ["lookup_order"]
    results = [e.function_result for e in turn.events if e.WhichOneof("event") == "function_result"]
    assert [r.ok for r in results] == [True, False, True]
    assert "ValueError: no such order" in results[1].result


async def test_run_turn_drives_the_unary_path_and_a_watcher_sees_it(client: MemsvcClient, fake_llm, model):
    agent = await new_agent(client, fake_llm, model, client_tools=[client_tool(lookup_order)])
    seen = []

    async def watch() -> None:
        async for event in client.watch(agent.id):
            seen.append(event)
            if event.WhichOneof("event") == "turn_end":
                return

    watcher = asyncio.create_task(watch())
    await asyncio.sleep(0.3)
    fake_llm.script(model, call("lookup_order", number=7), say("Order 7 has shipped."))
    turn = await client.run_turn(agent.id, "Where is order 7?", tools={"lookup_order": lookup_order})
    await asyncio.wait_for(watcher, 30)
    assert turn.replies == ["Order 7 has shipped."]
    assert [e.sequence for e in turn.events] == list(range(1, len(turn.events) + 1))
    assert seen == turn.events
    assert (await client.get_turn(agent.id, turn.turn_id)).step_count == 2
    assert [t.id async for t in client.list_turns(agent.id)] == [turn.turn_id]


async def test_without_a_handler_the_turn_is_left_waiting(client: MemsvcClient, fake_llm, model):
    agent = await new_agent(client, fake_llm, model, tools_requiring_approval=["core_memory_append"])
    fake_llm.script(model, call("core_memory_append", label="human", content="Likes jazz."), say("Saved."))
    turn = await client.run_turn(agent.id, "I like jazz")
    assert turn.waiting
    (pending,) = turn.pending_calls
    done = await client.resume_turn(agent.id, [approval(pending.call_id, True)])
    assert done.stop_reason == "END_TURN"
    assert (await client.get_block(agent.id, "human")).value.endswith("Likes jazz.")
    assert tool_output("x", "y").output == "y"
