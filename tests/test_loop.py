"""Function chaining: heartbeats, recovery from failed calls, the step limit."""

from __future__ import annotations

import json

import pytest

from memsvc.v1 import agent_service_pb2, memory_service_pb2, step_pb2
from tests.fakellm import Call, Reply, call, say
from tests.helpers import create_agent, kinds, send, user

pytestmark = pytest.mark.layouts


async def test_three_heartbeat_chained_calls_then_reply(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(
        model,
        call("core_memory_append", label="human", content="Likes green tea."),
        call("archival_memory_insert", content="Alibaba drinks green tea every morning.", tags=["drinks"]),
        call("archival_memory_search", query="green tea"),
        say("Noted: green tea."),
    )
    reply = await send(agents, agent.id, "I love green tea")

    names = [e.function_call.name for e in reply.events if e.WhichOneof("event") == "function_call"]
    assert names == ["core_memory_append", "archival_memory_insert", "archival_memory_search", "send_message"]
    assert kinds(reply.events).count("heartbeat") == 3
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert [e.step for e in reply.events if e.WhichOneof("event") == "function_call"] == [1, 2, 3, 4]
    results = [e.function_result for e in reply.events if e.WhichOneof("event") == "function_result"]
    assert all(r.ok for r in results)
    found = json.loads(json.loads(results[2].result)["message"])
    assert found["results"][0]["content"] == "Alibaba drinks green tea every morning."
    block = (
        await memory.GetMemoryBlock(memory_service_pb2.GetMemoryBlockRequest(agent_id=agent.id, label="human"))
    ).block
    assert block.value.endswith("\nLikes green tea.")
    # Each heartbeat put the previous result in front of the LLM.
    requests = fake_llm.chat_requests(model)
    assert len(requests) == 4
    assert requests[3]["messages"][-2]["role"] == "tool"
    assert "heartbeat" in requests[3]["messages"][-1]["content"]


async def test_failed_call_returns_control_and_the_llm_recovers(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(
        model,
        # Bad arguments, and no heartbeat asked: a failure still returns control.
        Reply(calls=[Call("core_memory_replace", {"label": "human", "old_content": "Nobody"}, heartbeat=False)]),
        Reply(
            calls=[
                Call(
                    "core_memory_replace",
                    {"label": "human", "old_content": "Nobody", "new_content": "X"},
                    heartbeat=False,
                )
            ]
        ),
        Reply(calls=[Call("core_memory_append", {"label": "human", "content": "Plays go."}, heartbeat=True)]),
        say("Saved."),
    )
    reply = await send(agents, agent.id, "I play go")

    results = [e.function_result for e in reply.events if e.WhichOneof("event") == "function_result"]
    assert [r.ok for r in results] == [False, False, True, True]
    first = json.loads(results[0].result)
    assert first["status"] == "Failed"
    assert "needs the argument 'new_content'" in first["message"]
    assert "not found in memory block 'human'" in json.loads(results[1].result)["message"]
    heartbeats = [e.heartbeat.reason for e in reply.events if e.WhichOneof("event") == "heartbeat"]
    assert heartbeats[0].endswith("Function call failed, returning control")
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    # The LLM saw the failure message in its next call.
    second_prompt = fake_llm.chat_requests(model)[1]["messages"]
    assert any(m["role"] == "tool" and "new_content" in m["content"] for m in second_prompt)


async def test_malformed_json_and_unknown_function_go_back_to_the_llm(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(
        model,
        Reply(calls=[Call("core_memory_append", raw_arguments='{"label": "human", "content": ')]),
        Reply(calls=[Call("delete_everything", {})]),
        say("Sorry, all good now."),
    )
    reply = await send(agents, agent.id, "hello")
    results = [e.function_result for e in reply.events if e.WhichOneof("event") == "function_result"]
    assert [r.ok for r in results] == [False, False, True]
    assert "not a JSON object" in results[0].result
    assert "There is no function 'delete_everything'" in results[1].result
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN


async def test_turn_stops_at_max_steps(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model, max_steps=3)
    fake_llm.script(model, *[call("archival_memory_search", query=f"q{i}") for i in range(5)])
    reply = await send(agents, agent.id, "loop forever")
    assert reply.stop_reason == step_pb2.STOP_REASON_MAX_STEPS
    assert len(fake_llm.chat_requests(model)) == 3
    assert reply.events[-1].turn_end.step_count == 3
    assert kinds(reply.events).count("heartbeat") == 2
    # A per-turn override of max_steps.
    reply = await send(agents, agent.id, "again", max_steps=1)
    assert reply.stop_reason == step_pb2.STOP_REASON_MAX_STEPS
    assert len(fake_llm.chat_requests(model)) == 4


async def test_reply_without_function_call_ends_turn_and_keeps_text_as_thought(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model, llm={"put_inner_thoughts_in_kwargs": False})
    fake_llm.script(model, Reply(content="Just thinking out loud."))
    reply = await send(agents, agent.id, "hi")
    assert reply.stop_reason == step_pb2.STOP_REASON_NO_TOOL_CALL
    assert kinds(reply.events) == ["input_received", "inner_thought", "turn_end"]
    assert reply.events[1].inner_thought.text == "Just thinking out loud."


@pytest.mark.regression("issue 11 #16: a tool call written as JSON text in content ended the turn with NO_TOOL_CALL")
@pytest.mark.parametrize(
    "content",
    [
        '{"name": "send_message", "arguments": {"message": "Hello from text.", "request_heartbeat": false}}',
        '```json\n{"name": "send_message", "parameters": {"message": "Hello from text."}}\n```',
        '<tool_call>\n{"name": "send_message", "arguments": "{\\"message\\": \\"Hello from text.\\"}"}\n</tool_call>',
        '[{"type": "function", "function": {"name": "send_message", "arguments": {"message": "Hello from text."}}}]',
    ],
    ids=["bare", "fenced-parameters", "tool-call-tags", "openai-list"],
)
async def test_a_call_written_as_text_is_run(agents, fake_llm, model, content):
    agent = await create_agent(agents, fake_llm, model, llm={"put_inner_thoughts_in_kwargs": False})
    fake_llm.script(model, Reply(content=content))
    reply = await send(agents, agent.id, "hi")
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert kinds(reply.events) == [
        "input_received",
        "function_call",
        "assistant_message",
        "function_result",
        "turn_end",
    ]
    assert reply.events[2].assistant_message.content == "Hello from text."
    # JSON that is no call stays what it was: the reply's text.
    fake_llm.script(model, Reply(content='{"answer": 42}'))
    other = await send(agents, agent.id, "and now?")
    assert other.stop_reason == step_pb2.STOP_REASON_NO_TOOL_CALL
    assert other.events[1].inner_thought.text == '{"answer": 42}'


@pytest.mark.regression("a reply of ``` and whitespace took the call-as-text regex cubic time (35 s for 4,000 spaces)")
@pytest.mark.parametrize("opening", ["```json", "```", "<tool_call>"])
async def test_a_reply_of_a_fence_and_whitespace_is_text_at_once(agents, fake_llm, model, opening):
    agent = await create_agent(agents, fake_llm, model, llm={"put_inner_thoughts_in_kwargs": False})
    content = opening + " \n" * 10_000 + "x"
    fake_llm.script(model, Reply(content=content))
    request = agent_service_pb2.SendMessageRequest(agent_id=agent.id, messages=[user("hi")])
    reply = await agents.SendMessage(request, timeout=120)  # a hang guard, not a measurement
    assert reply.stop_reason == step_pb2.STOP_REASON_NO_TOOL_CALL
    assert reply.events[1].inner_thought.text == content


async def test_inner_thoughts_from_content_and_reasoning_content(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model, llm={"put_inner_thoughts_in_kwargs": False})
    fake_llm.script(
        model,
        Reply(reasoning="Deep reasoning.", thought="Surface thought.", calls=[Call("send_message", {"message": "Hi"})]),
    )
    reply = await send(agents, agent.id, "hi")
    thought = next(e.inner_thought.text for e in reply.events if e.WhichOneof("event") == "inner_thought")
    assert thought == "Deep reasoning.\nSurface thought."
    tools = fake_llm.chat_requests(model)[0]["tools"]
    assert all("inner_thoughts" not in t["function"]["parameters"]["properties"] for t in tools)
    # reasoning_content is never sent back to the provider (DeepSeek rejects it).
    fake_llm.script(model, say("again"))
    await send(agents, agent.id, "more")
    assert all("reasoning_content" not in m for m in fake_llm.chat_requests(model)[1]["messages"])


async def test_every_message_is_in_recall_with_in_context_flag(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, call("core_memory_append", label="human", content="x"), say("done"))
    reply = await send(agents, agent.id, "go")
    listed = (await agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=agent.id))).messages
    assert [m.sequence for m in listed] == list(range(1, len(listed) + 1))
    assert all(m.in_context for m in listed)
    assert {e.message_id for e in reply.events if e.message_id} == {m.id for m in listed}
    paged = await agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=agent.id, page_size=2))
    assert len(paged.messages) == 2
    assert paged.next_page_token
    rest = await agents.ListMessages(
        agent_service_pb2.ListMessagesRequest(agent_id=agent.id, page_token=paged.next_page_token)
    )
    assert [m.id for m in paged.messages] + [m.id for m in rest.messages] == [m.id for m in listed]
