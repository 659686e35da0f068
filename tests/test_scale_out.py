"""Several agent-server replicas on one store: one agent's turns never interleave."""

from __future__ import annotations

import asyncio

import grpc

from memsvc.v1 import agent_service_pb2, agent_service_pb2_grpc, message_pb2
from tests.fakellm import Reply, say
from tests.helpers import create_agent, send
from tests.procs import SplitDeployment


async def test_two_agent_servers_serialize_one_agents_turns(tmp_path, fake_llm, model):
    split = SplitDeployment(tmp_path / "split", agent_replicas=2).start()
    try:
        async with (
            grpc.aio.insecure_channel(split.servers["agent"].address) as one,
            grpc.aio.insecure_channel(split.servers["agent2"].address) as two,
        ):
            replicas = [agent_service_pb2_grpc.AgentServiceStub(one), agent_service_pb2_grpc.AgentServiceStub(two)]
            agent = await create_agent(replicas[0], fake_llm, model)
            # Slow replies, so concurrent turns would overlap if they were not serialized.
            for i in range(10):
                reply = say(f"reply {i}")
                fake_llm.script(model, Reply(thought=reply.thought, calls=reply.calls, delay=0.05))
            results = await asyncio.gather(*(send(replicas[i % 2], agent.id, f"message {i}") for i in range(10)))
            assert all(r.stop_reason == 1 for r in results)
            assert fake_llm.max_in_flight[model] == 1
            listed = await replicas[1].ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=agent.id))
        messages = list(listed.messages)
        assert len(messages) == 30
        # Each turn's messages (user, assistant, tool) are contiguous: nothing interleaved.
        for start in range(0, 30, 3):
            turn = messages[start : start + 3]
            assert [m.role for m in turn] == [
                message_pb2.MESSAGE_ROLE_USER,
                message_pb2.MESSAGE_ROLE_ASSISTANT,
                message_pb2.MESSAGE_ROLE_TOOL,
            ]
            assert len({m.turn_id for m in turn}) == 1
        assert sorted(m.content for m in messages if m.role == message_pb2.MESSAGE_ROLE_USER) == sorted(
            f"message {i}" for i in range(10)
        )
    finally:
        split.stop()
