"""The user's own walk-through, in both layouts, through a restart of every server."""

from __future__ import annotations

import pytest

from memsvc.v1 import agent_service_pb2, agent_service_pb2_grpc, memory_service_pb2, memory_service_pb2_grpc
from tests.fakellm import Call, Reply, say
from tests.helpers import create_agent, kinds, user

pytestmark = pytest.mark.layouts(private=True)  # it restarts every server


async def stream_turn(stub, agent_id: str, text: str) -> list:
    async def requests():
        yield agent_service_pb2.StreamStepRequest(
            agent_id=agent_id, input=agent_service_pb2.StepInput(messages=[user(text)])
        )

    events = []
    call = stub.StreamStep(requests())
    async for response in call:
        events.append(response.event)
        if response.event.WhichOneof("event") == "turn_end":
            break
    call.cancel()
    return events


def text_of(deltas: list, kind: int) -> str:
    return "".join(d.text_delta.text for d in deltas if d.text_delta.kind == kind)


async def test_walkthrough_survives_restart_of_every_server(deployment, agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model, name="walkthrough", llm={"put_inner_thoughts_in_kwargs": True})
    fake_llm.script(
        model,
        Reply(
            thought="The user corrects their name: update the human block.",
            calls=[
                Call(
                    "core_memory_replace",
                    {"label": "human", "old_content": "Xiaoming", "new_content": "Alibaba"},
                    heartbeat=True,
                )
            ],
        ),
        say("Got it, Alibaba! I've updated my memory.", thought="Confirm the change to the user."),
    )
    streamed = await stream_turn(agents, agent.id, "I'm not Xiaoming, my name is Alibaba")
    # Token streaming: the thoughts and the reply as the LLM writes them, ahead of the stored events.
    deltas = [e for e in streamed if e.WhichOneof("event") == "text_delta"]
    events = [e for e in streamed if e.WhichOneof("event") != "text_delta"]
    assert text_of(deltas, 2) == "Got it, Alibaba! I've updated my memory."  # TEXT_DELTA_KIND_ASSISTANT_MESSAGE
    thoughts = "The user corrects their name: update the human block.Confirm the change to the user."
    assert text_of(deltas, 1) == thoughts  # TEXT_DELTA_KIND_INNER_THOUGHT, two steps

    assert kinds(events) == [
        "input_received",
        "inner_thought",
        "function_call",
        "function_result",
        "heartbeat",
        "inner_thought",
        "function_call",
        "assistant_message",
        "function_result",
        "turn_end",
    ]
    assert events[2].function_call.name == "core_memory_replace"
    assert events[2].function_call.request_heartbeat
    assert events[3].function_result.ok
    assert events[7].assistant_message.content == "Got it, Alibaba! I've updated my memory."
    assert events[-1].turn_end.stop_reason == 1  # STOP_REASON_END_TURN
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))

    await deployment.restart()  # split: kill -9 of every server

    agents = agent_service_pb2_grpc.AgentServiceStub(deployment.channel())
    got = (await agents.GetAgent(agent_service_pb2.GetAgentRequest(agent_id=agent.id))).agent
    human = next(b for b in got.memory_blocks if b.label == "human")
    assert human.value == "My name is Alibaba, I am a product manager"
    messages = (await agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=agent.id))).messages
    assert {e.message_id for e in events if e.message_id} <= {m.id for m in messages}
    assert [m.role for m in messages] == [1, 2, 3, 4, 2, 3]  # user, assistant, tool, heartbeat, assistant, tool
    # The memory server at its own address (split; the same server all-in-one).
    memory = memory_service_pb2_grpc.MemoryServiceStub(deployment.channel(deployment.memory_address))
    request = memory_service_pb2.GetMemoryBlockRequest(agent_id=agent.id, label="human")
    assert "Alibaba" in (await memory.GetMemoryBlock(request)).block.value

    # And the agent carries on normally after the restart.
    fake_llm.script(model, say("Yes, you are Alibaba."))
    reply = await agents.SendMessage(
        agent_service_pb2.SendMessageRequest(agent_id=agent.id, messages=[user("Who am I?")])
    )
    assert reply.events[-2].function_result.ok
    prompt = fake_llm.chat_requests(model)[-1]["messages"][0]["content"]
    assert "My name is Alibaba" in prompt
