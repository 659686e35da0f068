"""The LLM misbehaving: rate limits, server errors, timeouts, refusals, huge replies."""

from __future__ import annotations

import json
import time

import grpc
import pytest

from memsvc.server.app import start
from memsvc.v1 import agent_service_pb2, agent_service_pb2_grpc, step_pb2
from tests.conftest import make_settings
from tests.fakellm import Call, Reply, say
from tests.helpers import create_agent, error_reason, kinds, send, user


@pytest.fixture
async def retrying(tmp_path):
    """A server whose LLM client retries twice (the default), with a short timeout."""
    running = await start("all", make_settings(tmp_path / "data", llm_max_retries=2, llm_timeout_seconds=1.0))
    async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as chan:
        yield agent_service_pb2_grpc.AgentServiceStub(chan)
    await running.stop(0)


async def test_rate_limit_honours_retry_after(retrying, fake_llm, model):
    agent = await create_agent(retrying, fake_llm, model)
    fake_llm.script(model, Reply(status=429, retry_after=0.7), say("Made it."))
    started = time.monotonic()
    reply = await send(retrying, agent.id, "hi")
    assert time.monotonic() - started >= 0.7
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert len(fake_llm.chat_requests(model)) == 2


async def test_server_errors_are_retried_with_backoff_then_reported(retrying, fake_llm, model):
    agent = await create_agent(retrying, fake_llm, model)
    fake_llm.script(model, Reply(status=502), Reply(status=503), say("Third time lucky."))
    assert (await send(retrying, agent.id, "hi")).stop_reason == step_pb2.STOP_REASON_END_TURN
    fake_llm.script(model, Reply(status=500), Reply(status=500), Reply(status=500))
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await send(retrying, agent.id, "again")
    assert info.value.code() == grpc.StatusCode.UNAVAILABLE
    assert error_reason(info.value) == "LLM_UNAVAILABLE"
    assert len(fake_llm.chat_requests(model)) == 1 + 2 + 3  # bounded: three tries, no more


async def test_a_slow_llm_times_out_and_is_retried(retrying, fake_llm, model):
    agent = await create_agent(retrying, fake_llm, model)
    slow = say("late")
    fake_llm.script(model, Reply(thought=slow.thought, calls=slow.calls, delay=1.5), say("On time."))
    reply = await send(retrying, agent.id, "hi")
    said = [e.assistant_message.content for e in reply.events if e.WhichOneof("event") == "assistant_message"]
    assert said == ["On time."]


async def test_stream_reports_llm_failure_and_stays_open(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, Reply(status=500), say("Recovered."))

    async def requests():
        for text in ("first", "second"):
            yield agent_service_pb2.StreamStepRequest(
                agent_id=agent.id,
                input=agent_service_pb2.StepInput(messages=[user(text)]),
            )

    ends = [r.event.turn_end async for r in agents.StreamStep(requests()) if r.event.WhichOneof("event") == "turn_end"]
    assert [e.stop_reason for e in ends] == [step_pb2.STOP_REASON_LLM_ERROR, step_pb2.STOP_REASON_END_TURN]
    assert ends[0].error.code == grpc.StatusCode.UNAVAILABLE.value[0]
    assert "HTTP 500" in ends[0].error.message


async def test_a_one_megabyte_reply_is_cut_and_the_server_carries_on(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    huge = "x" * 1_000_000
    fake_llm.script(
        model,
        Reply(content=huge),  # 1 MB of text and no call
        Reply(calls=[Call("core_memory_append", {"label": "human", "content": huge}, heartbeat=True)]),
        say("Sorry about that."),
    )
    first = await send(agents, agent.id, "say a lot")
    assert first.stop_reason == step_pb2.STOP_REASON_NO_TOOL_CALL
    thought = next(e.inner_thought.text for e in first.events if e.WhichOneof("event") == "inner_thought")
    assert len(thought) < 40_000
    assert "cut: the reply had 1,000,000 characters" in thought
    second = await send(agents, agent.id, "now store it")
    results = [e.function_result for e in second.events if e.WhichOneof("event") == "function_result"]
    assert not results[0].ok
    assert "the limit is 64,000 characters" in json.loads(results[0].result)["message"]
    assert second.stop_reason == step_pb2.STOP_REASON_END_TURN
    listed = await agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=agent.id))
    assert all(
        len(m.content) < 70_000 and all(len(c.arguments) <= 1_000 for c in m.tool_calls) for m in listed.messages
    )


@pytest.mark.regression(
    "issue 11 #12: a reply with 64,000-character arguments was stored verbatim and flushed the queue"
)
async def test_oversized_arguments_are_refused_and_not_kept(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)  # a 16,384-token window
    fake_llm.script(model, say("Hello."))
    await send(agents, agent.id, "remember this conversation")
    big = " ".join(f"w{i}" for i in range(10_000))  # ~60,000 characters, ~24,000 tokens: over the window
    assert len(big) < 64_000
    fake_llm.script(
        model,
        Reply(calls=[Call("archival_memory_insert", {"content": big}, heartbeat=True)]),
        say("I will write less."),
    )
    reply = await send(agents, agent.id, "store everything")
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert "system_alert" not in kinds(reply.events)  # nothing flushed
    result = next(e.function_result for e in reply.events if e.WhichOneof("event") == "function_result")
    assert not result.ok
    assert "write less per call" in json.loads(result.result)["message"]
    queue = (
        await agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=agent.id, in_context_only=True))
    ).messages
    assert queue[0].content == "remember this conversation"  # the conversation is still in the window
    assert all(len(c.arguments) < 1_000 for m in queue for c in m.tool_calls)


async def test_malformed_llm_response_body(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, Reply(body="{not json"), say("fine"))
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await send(agents, agent.id, "hi")
    assert info.value.code() in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.FAILED_PRECONDITION)
    assert error_reason(info.value).startswith("LLM_")
    assert (await send(agents, agent.id, "again")).stop_reason == step_pb2.STOP_REASON_END_TURN


@pytest.mark.regression("issue 11 #5: the LLM timeout bounded each read, so a trickling reply held a turn for minutes")
async def test_the_llm_timeout_is_a_deadline_for_the_whole_reply(tmp_path, fake_llm, model):
    running = await start("all", make_settings(tmp_path / "data", llm_max_retries=0, llm_timeout_seconds=1.0))
    async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as chan:
        agents = agent_service_pb2_grpc.AgentServiceStub(chan)
        agent = await create_agent(agents, fake_llm, model)
        trickling = say("a byte at a time")
        trickling.trickle = 0.08  # ~600 bytes: 50 s at this pace, each byte well within any read timeout
        fake_llm.script(model, trickling)
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await send(agents, agent.id, "hi")
        assert info.value.code() == grpc.StatusCode.UNAVAILABLE
        assert error_reason(info.value) == "LLM_UNAVAILABLE"
        assert "within 1 s (MEMSVC_LLM_TIMEOUT_SECONDS)" in info.value.details()
        assert 0 < trickling.sent_bytes < trickling.body_bytes  # cut off mid-reply
    await running.stop(0)
