"""Helpers for tests: creating agents, reading events, asserting statuses."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence

import grpc
from google.rpc import error_details_pb2, status_pb2

from memsvc.v1 import agent_pb2, agent_service_pb2, message_pb2, step_pb2, tool_pb2
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


def weather_tool(**changes) -> tool_pb2.ClientTool:
    """A client tool for the tests: the client looks up the weather of a city."""
    fields = {
        "name": "get_weather",
        "description": "The current weather in a city.",
        "parameters": json.dumps(
            {"type": "object", "properties": {"city": {"type": "string", "minLength": 1}}, "required": ["city"]}
        ),
    }
    fields.update(changes)
    return tool_pb2.ClientTool(**fields)


def events_of(events: Sequence[step_pb2.StepEvent], kind: str) -> list:
    return [getattr(e, kind) for e in events if e.WhichOneof("event") == kind]


class Stream:
    """Drives one StreamStep call: `send` a request, `until` an event kind arrives.

    TextDelta events (token streaming, never stored) are kept apart in `deltas`, as a client
    that ignores them would; `until("text_delta")` returns them like any other event."""

    def __init__(self, agents, agent_id: str) -> None:
        self.agent_id = agent_id
        self.requests: asyncio.Queue = asyncio.Queue()
        self.call = agents.StreamStep(self._requests())
        self.events: list[step_pb2.StepEvent] = []
        self.deltas: list[step_pb2.StepEvent] = []
        self.arrivals: list[step_pb2.StepEvent] = []  # everything read, deltas too, in order

    async def _requests(self):
        while (request := await self.requests.get()) is not None:
            yield request

    async def send(self, **request) -> None:
        await self.requests.put(agent_service_pb2.StreamStepRequest(agent_id=self.agent_id, **request))

    async def input(self, text: str, **fields) -> None:
        await self.send(input=agent_service_pb2.StepInput(messages=[user(text)], **fields))

    async def until(self, kind: str, within: float = 30.0) -> list[step_pb2.StepEvent]:
        """The events read up to and including the next one of `kind` (at most `within` seconds)."""
        got: list[step_pb2.StepEvent] = []
        async with asyncio.timeout(within):
            while True:
                response = await self.call.read()
                if response is grpc.aio.EOF:
                    raise AssertionError(f"the stream ended before a {kind} event; got {kinds(got)}")
                is_delta = response.event.WhichOneof("event") == "text_delta"
                (self.deltas if is_delta else self.events).append(response.event)
                self.arrivals.append(response.event)
                if not is_delta or kind == "text_delta":
                    got.append(response.event)
                if response.event.WhichOneof("event") == kind:
                    return got

    async def close(self) -> None:
        self.call.cancel()
