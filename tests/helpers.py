"""Helpers for tests: creating agents, reading events, asserting statuses."""

from __future__ import annotations

from collections.abc import Sequence

import grpc
from google.rpc import error_details_pb2, status_pb2

from memsvc.v1 import agent_pb2, agent_service_pb2, message_pb2, step_pb2
from tests.conftest import WALKTHROUGH_BLOCKS, embedding_config, llm_config
from tests.fakellm import FakeLLM


async def create_agent(
    agents, fake: FakeLLM, model: str, blocks: Sequence[agent_pb2.MemoryBlock] = WALKTHROUGH_BLOCKS, **kwargs
) -> agent_pb2.Agent:
    llm_changes = kwargs.pop("llm", {})
    req = agent_service_pb2.CreateAgentRequest(
        name=kwargs.pop("name", "test-agent"),
        llm_config=llm_config(fake, model, **llm_changes),
        embedding_config=embedding_config(fake),
        memory_blocks=list(blocks),
        **kwargs,
    )
    return (await agents.CreateAgent(req)).agent


def user(text: str) -> message_pb2.MessageInput:
    return message_pb2.MessageInput(role=message_pb2.MESSAGE_ROLE_USER, content=text)


async def send(agents, agent_id: str, text: str, **kwargs) -> agent_service_pb2.SendMessageResponse:
    return await agents.SendMessage(
        agent_service_pb2.SendMessageRequest(agent_id=agent_id, messages=[user(text)], **kwargs)
    )


def kinds(events: Sequence[step_pb2.StepEvent]) -> list[str]:
    return [e.WhichOneof("event") for e in events]


def error_reason(exc: grpc.aio.AioRpcError) -> str:
    for key, value in exc.trailing_metadata() or ():
        if key == "grpc-status-details-bin":
            status = status_pb2.Status.FromString(value)
            for detail in status.details:
                if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                    info = error_details_pb2.ErrorInfo()
                    detail.Unpack(info)
                    return info.reason
    return ""
