"""StepStream: one AgentService.StreamStep call, driven from Python.

stream = client.stream_step(agent_id)
await stream.send("What is my name?")
async for event in stream:          # events of every turn, as they happen
    if event.WhichOneof("event") == "turn_end":
        break                       # iterating again later resumes where it left off
await stream.close()
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from types import TracebackType

import grpc

from memsvc.v1 import agent_service_pb2, message_pb2, step_pb2
from memsvc_client.errors import MemsvcRPCError
from memsvc_client.results import TurnResult, event_kind


def to_inputs(text: str | Sequence[message_pb2.MessageInput]) -> list[message_pb2.MessageInput]:
    """A user message from a string, or the given MessageInputs as they are."""
    if isinstance(text, str):
        return [message_pb2.MessageInput(role=message_pb2.MESSAGE_ROLE_USER, content=text)]
    return list(text)


class StepStream:
    """An async iterator of StepEvents; `send` starts a turn, `cancel` stops the running one.

    Inputs sent while a turn runs wait their turn on the server. `end()` says no more
    input is coming (iteration ends once the queued turns have run); `close()` drops the
    call at once. Use it as an async context manager to close it on the way out.
    """

    def __init__(self, call: grpc.aio.StreamStreamCall, agent_id: str) -> None:
        self._call = call
        self._agent_id = agent_id
        self._write_lock = asyncio.Lock()  # one write at a time (send and cancel may race)
        self._closed = False

    @property
    def agent_id(self) -> str:
        return self._agent_id

    async def send(
        self, text: str | Sequence[message_pb2.MessageInput], *, max_steps: int = 0, request_id: str = ""
    ) -> None:
        """Queues one turn with this input (a user message, or MessageInputs)."""
        step_input = agent_service_pb2.StepInput(messages=to_inputs(text), max_steps=max_steps, request_id=request_id)
        await self._write(agent_service_pb2.StreamStepRequest(agent_id=self._agent_id, input=step_input))

    async def cancel(self) -> None:
        """Stops the running turn at its next step boundary (it ends with stop reason CANCELLED)."""
        await self._write(
            agent_service_pb2.StreamStepRequest(agent_id=self._agent_id, cancel=agent_service_pb2.CancelTurn())
        )

    async def end(self) -> None:
        """No more input: the server ends the stream after the queued turns have run."""
        async with self._write_lock:
            if not self._call.done():
                await self._call.done_writing()

    async def close(self) -> None:
        """Drops the call now; a running turn is cancelled by the server."""
        self._closed = True
        self._call.cancel()

    async def turn(
        self, text: str | Sequence[message_pb2.MessageInput], *, max_steps: int = 0, request_id: str = ""
    ) -> TurnResult:
        """Sends one input and collects the events up to its TurnEnd."""
        await self.send(text, max_steps=max_steps, request_id=request_id)
        events: list[step_pb2.StepEvent] = []
        async for event in self:
            events.append(event)
            if event_kind(event) == "turn_end":
                break
        return TurnResult.from_events(events)

    async def _write(self, request: agent_service_pb2.StreamStepRequest) -> None:
        async with self._write_lock:
            try:
                await self._call.write(request)
            except grpc.aio.AioRpcError as exc:
                raise MemsvcRPCError.from_rpc_error(exc) from exc
            except asyncio.InvalidStateError:
                # The call has already finished: report how it ended.
                raise await self._final_error() from None

    async def _final_error(self) -> MemsvcRPCError:
        code = await self._call.code()
        if code == grpc.StatusCode.OK:
            return MemsvcRPCError(grpc.StatusCode.FAILED_PRECONDITION, "", "the stream has ended")
        return MemsvcRPCError.from_parts(code, await self._call.details(), await self._call.trailing_metadata())

    def __aiter__(self) -> StepStream:
        return self

    async def __anext__(self) -> step_pb2.StepEvent:
        if self._closed:
            raise StopAsyncIteration
        try:
            response = await self._call.read()
        except grpc.aio.AioRpcError as exc:
            if self._closed and exc.code() == grpc.StatusCode.CANCELLED:
                raise StopAsyncIteration from None
            raise MemsvcRPCError.from_rpc_error(exc) from exc
        except asyncio.CancelledError:
            # read() raises CancelledError for a call we closed; a cancelled task still propagates.
            task = asyncio.current_task()
            if self._closed and not (task and task.cancelling()):
                raise StopAsyncIteration from None
            raise
        if response is grpc.aio.EOF:
            raise StopAsyncIteration
        return response.event

    async def __aenter__(self) -> StepStream:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
