"""Concurrency: turns serialized per agent, many streams at once, deadlines and cancels."""

from __future__ import annotations

import asyncio
import gc
import resource
import threading

import grpc
import pytest

from memsvc.v1 import agent_service_pb2, message_pb2, step_pb2
from tests.fakellm import Call, Reply, call, say
from tests.helpers import create_agent, send, user

pytestmark = pytest.mark.layouts


def slow(reply: Reply, delay: float) -> Reply:
    return Reply(thought=reply.thought, calls=reply.calls, delay=delay)


async def test_two_clients_on_one_agent_never_interleave(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    for i in range(8):
        fake_llm.script(
            model,
            slow(call("core_memory_append", label="human", content=f"fact {i}"), 0.02),
            slow(say(f"ok {i}"), 0.02),
        )
    results = await asyncio.gather(*(send(agents, agent.id, f"message {i}") for i in range(8)))
    assert all(r.stop_reason == step_pb2.STOP_REASON_END_TURN for r in results)
    assert fake_llm.max_in_flight[model] == 1
    listed = (await agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=agent.id))).messages
    turns = [m.turn_id for m in listed]
    # Each turn's messages are one contiguous run: user, call, result, heartbeat, call, result.
    runs = [t for i, t in enumerate(turns) if i == 0 or turns[i - 1] != t]
    assert len(runs) == len(set(runs)) == 8
    assert len(listed) == 8 * 6


@pytest.mark.slow
async def test_fifty_streams_on_fifty_agents(agents, fake_llm, model):
    ids = [(await create_agent(agents, fake_llm, model)).id for _ in range(50)]
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    async def converse(agent_id: str) -> list[int]:
        async def requests():
            for text in ("hello", "how are you?", "bye"):
                yield agent_service_pb2.StreamStepRequest(
                    agent_id=agent_id, input=agent_service_pb2.StepInput(messages=[user(text)])
                )

        return [
            r.event.turn_end.stop_reason
            async for r in agents.StreamStep(requests())
            if r.event.WhichOneof("event") == "turn_end"
        ]

    outcomes = await asyncio.gather(*(converse(i) for i in ids))
    assert outcomes == [[step_pb2.STOP_REASON_END_TURN] * 3] * 50
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    assert grown_mb < 300, f"peak memory grew by {grown_mb:.0f} MB for 150 turns"


async def test_a_client_deadline_stops_the_turn_at_a_step_boundary(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, *[slow(call("archival_memory_search", query=f"q{i}"), 0.15) for i in range(20)])
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await agents.SendMessage(
            agent_service_pb2.SendMessageRequest(agent_id=agent.id, messages=[user("search forever")]), timeout=0.4
        )
    assert info.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    await asyncio.sleep(0.6)  # the turn notices at its next step boundary
    calls_made = len(fake_llm.chat_requests(model))
    assert calls_made <= 5
    await asyncio.sleep(0.5)
    assert len(fake_llm.chat_requests(model)) == calls_made  # stopped, not running on
    # Consistent state: every call in the queue has its result, and the agent carries on.
    fake_llm.scripts[model].clear()
    fake_llm.script(model, say("Here I am."))
    reply = await send(agents, agent.id, "still there?")
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    queue = (
        await agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=agent.id, in_context_only=True))
    ).messages
    answered = {m.tool_call_id for m in queue if m.role == message_pb2.MESSAGE_ROLE_TOOL}
    assert all(c.id in answered for m in queue for c in m.tool_calls)


async def test_cancel_on_the_stream_stops_the_running_turn(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, *[slow(call("conversation_search", query=f"q{i}"), 0.1) for i in range(20)])
    queue: asyncio.Queue = asyncio.Queue()

    async def requests():
        yield agent_service_pb2.StreamStepRequest(
            agent_id=agent.id, input=agent_service_pb2.StepInput(messages=[user("go")])
        )
        await queue.get()
        yield agent_service_pb2.StreamStepRequest(cancel=agent_service_pb2.CancelTurn())

    ends = []
    async for response in agents.StreamStep(requests()):
        event = response.event
        if event.WhichOneof("event") == "function_result" and event.step == 2:
            queue.put_nowait("cancel")
        if event.WhichOneof("event") == "turn_end":
            ends.append(event.turn_end)
            break
    assert ends[0].stop_reason == step_pb2.STOP_REASON_CANCELLED
    assert ends[0].step_count <= 3


async def test_calls_in_one_reply_all_get_results(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(
        model,
        Reply(
            calls=[
                Call("core_memory_append", {"label": "human", "content": "a"}),
                Call("send_message", {"message": "hi"}),
            ]
        ),
    )
    reply = await send(agents, agent.id, "two at once")
    results = [e.function_result.name for e in reply.events if e.WhichOneof("event") == "function_result"]
    assert results == ["core_memory_append", "send_message"]


async def llm_call_in_flight(fake_llm, model: str) -> None:
    """Waits until the fake LLM holds a request of the model (a condition, not a time)."""
    while not fake_llm.in_flight[model]:  # noqa: ASYNC110 (the fake LLM runs in threads of its own)
        await asyncio.sleep(0.01)


@pytest.mark.regression("issue 11 #5: a cancel took effect only after the hung LLM call returned (as LLM_ERROR)")
async def test_cancel_interrupts_the_llm_call_in_flight(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    hung = say("too late")
    hung.hold = threading.Event()
    fake_llm.script(model, hung)
    cancel: asyncio.Queue = asyncio.Queue()

    async def requests():
        yield agent_service_pb2.StreamStepRequest(
            agent_id=agent.id, input=agent_service_pb2.StepInput(messages=[user("go")])
        )
        await cancel.get()
        yield agent_service_pb2.StreamStepRequest(cancel=agent_service_pb2.CancelTurn())

    try:
        ends = []
        async for response in agents.StreamStep(requests()):
            if response.event.WhichOneof("event") == "input_received":
                await llm_call_in_flight(fake_llm, model)
                cancel.put_nowait("now")
            if response.event.WhichOneof("event") == "turn_end":
                ends.append(response.event.turn_end)
                break
        assert not hung.hold.is_set()  # the LLM never answered: the call was interrupted
        assert ends[0].stop_reason == step_pb2.STOP_REASON_CANCELLED
        fake_llm.script(model, say("Here again."))
        assert (await send(agents, agent.id, "still there?")).stop_reason == step_pb2.STOP_REASON_END_TURN
    finally:
        hung.hold.set()


@pytest.mark.regression("issue 11 #5: a client whose deadline expired left the agent busy until the LLM call ended")
@pytest.mark.parametrize("server_changes", [{"llm_timeout_seconds": 600}], ids=["llm-timeout-600s"])
async def test_an_expired_client_deadline_frees_the_agent_at_once(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    hung = say("too late")
    hung.hold = threading.Event()
    fake_llm.script(model, hung, say("Here I am."))
    try:
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await agents.SendMessage(
                agent_service_pb2.SendMessageRequest(agent_id=agent.id, messages=[user("are you there?")]), timeout=1.0
            )
        assert info.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
        # The next turn runs while the abandoned call still hangs (it would otherwise wait up to 600 s).
        reply = await send(agents, agent.id, "hello?")
        assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
        assert not hung.hold.is_set()
    finally:
        hung.hold.set()


@pytest.mark.embedded_only  # it watches the server's event loop, in this process
@pytest.mark.regression("issue 11 #11: 'Task exception was never retrieved' when a turn failed after its client left")
async def test_a_turn_failing_after_its_client_left_leaves_no_unretrieved_exception(agents, fake_llm, model):
    unretrieved: list[dict] = []
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda _, context: unretrieved.append(context))
    try:
        agent = await create_agent(agents, fake_llm, model, llm={"context_window": 4096})
        hung = say("done at last")
        hung.hold = threading.Event()
        fake_llm.script(model, hung)
        first = asyncio.ensure_future(send(agents, agent.id, "first"))
        await llm_call_in_flight(fake_llm, model)
        too_long = " ".join(f"word{i}" for i in range(3_400))  # under 32,000 characters, over the 3,072-token budget
        with pytest.raises(grpc.aio.AioRpcError) as info:  # it waits for the agent, then its client gives up
            await agents.SendMessage(
                agent_service_pb2.SendMessageRequest(agent_id=agent.id, messages=[user(too_long)]), timeout=0.5
            )
        assert info.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
        hung.hold.set()
        await first
        fake_llm.script(model, say("next"))
        await send(agents, agent.id, "next")  # the abandoned turn (refused: too large) has ended by now
        gc.collect()
        await asyncio.sleep(0)
        assert [c.get("message") for c in unretrieved] == []
    finally:
        loop.set_exception_handler(None)
