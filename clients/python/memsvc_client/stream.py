"""StepStream: one AgentService.StreamStep call, driven from Python.

stream = client.stream_step(agent_id)
await stream.send("What is my name?")
async for event in stream:          # events of every turn, as they happen
    if event.WhichOneof("event") == "turn_end":
        break                       # iterating again later resumes where it left off
await stream.close()

Token streaming: while the LLM writes a step's reply, `text_delta` events (not stored,
sequence 0) carry its inner thoughts and the message to the user piece by piece, ahead of
the stored `inner_thought` / `assistant_message` events that confirm them. `send(...,
stream_tokens=False)` turns them off; `turn(..., on_delta=fn)` passes each to `fn`.

A turn that calls a client tool pauses with a `turn_waiting` event: answer its pending
calls with `tool_result` / `approve` / `deny` on the same stream, or let `turn(text,
tools=..., approve=...)` do it (an answer the turn does not take comes back as an
`answer_refused` event; `turn` and `collect` raise it as FAILED_PRECONDITION). A turn
outlives its stream: `attach(turn_id, n)` on a new stream gets its events after sequence n.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType

import grpc

from memsvc.v1 import agent_service_pb2, message_pb2, step_pb2, turn_pb2
from memsvc_client.errors import MemsvcRPCError
from memsvc_client.results import TurnResult, event_kind
from memsvc_client.tools import Approver, ToolFunction, answer


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
        self,
        text: str | Sequence[message_pb2.MessageInput],
        *,
        max_steps: int = 0,
        request_id: str = "",
        cancel_on_disconnect: bool = False,
        stream_tokens: bool = True,
    ) -> None:
        """Queues one turn with this input (a user message, or MessageInputs). The turn carries on
        if this stream goes away, unless `cancel_on_disconnect`. With `stream_tokens` (the
        default) its steps' `text_delta` events come on this stream too."""
        step_input = agent_service_pb2.StepInput(
            messages=to_inputs(text),
            max_steps=max_steps,
            request_id=request_id,
            cancel_on_disconnect=cancel_on_disconnect,
            stream_tokens=stream_tokens,
        )
        await self._write(agent_service_pb2.StreamStepRequest(agent_id=self._agent_id, input=step_input))

    async def tool_result(self, call_id: str, output: str | None = None, *, error: str | None = None) -> None:
        """Answers a client tool call of the waiting turn: its output, or (error=...) why it failed."""
        if error is not None:
            result = turn_pb2.ToolResult(call_id=call_id, error=error)
        else:
            result = turn_pb2.ToolResult(call_id=call_id, output=output or "")
        await self._write(agent_service_pb2.StreamStepRequest(agent_id=self._agent_id, tool_result=result))

    async def approve(self, call_id: str, reason: str = "") -> None:
        """Approves a call waiting for approval (a client tool then waits for its result)."""
        await self.answer(turn_pb2.ApprovalDecision(call_id=call_id, approve=True, reason=reason))

    async def deny(self, call_id: str, reason: str = "") -> None:
        """Denies a call waiting for approval; the LLM gets a failed result with the reason."""
        await self.answer(turn_pb2.ApprovalDecision(call_id=call_id, approve=False, reason=reason))

    async def answer(self, given: turn_pb2.ToolResult | turn_pb2.ApprovalDecision) -> None:
        """Sends a ToolResult or an ApprovalDecision."""
        if isinstance(given, turn_pb2.ToolResult):
            request = agent_service_pb2.StreamStepRequest(agent_id=self._agent_id, tool_result=given)
        else:
            request = agent_service_pb2.StreamStepRequest(agent_id=self._agent_id, approval=given)
        await self._write(request)

    async def attach(self, turn_id: str = "", after_sequence: int = 0) -> None:
        """Re-attaches to a turn (by default the agent's turn that has not ended): its events after
        `after_sequence` come on this stream, then its live ones, up to its TurnEnd."""
        attach = agent_service_pb2.AttachTurn(turn_id=turn_id, after_sequence=after_sequence)
        await self._write(agent_service_pb2.StreamStepRequest(agent_id=self._agent_id, attach=attach))

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
        self,
        text: str | Sequence[message_pb2.MessageInput],
        *,
        max_steps: int = 0,
        request_id: str = "",
        tools: Mapping[str, ToolFunction] | None = None,
        approve: Approver | None = None,
        on_delta: Callable[[step_pb2.TextDelta], object] | None = None,
    ) -> TurnResult:
        """Sends one input and collects the events up to its TurnEnd.

        When the turn waits, each pending call is answered here: a client tool by the function
        of that name in `tools`, a call needing approval by `approve`. If some call has no one
        here to answer it, the result is the waiting turn (stop_reason WAITING_FOR_CLIENT).
        With `on_delta`, the turn streams tokens and each TextDelta is passed to it as it comes
        (e.g. to print the reply as it is written); the result holds the stored events only.
        """
        await self.send(text, max_steps=max_steps, request_id=request_id, stream_tokens=on_delta is not None)
        return await self.collect(tools=tools, approve=approve, on_delta=on_delta)

    async def collect(
        self,
        *,
        tools: Mapping[str, ToolFunction] | None = None,
        approve: Approver | None = None,
        on_delta: Callable[[step_pb2.TextDelta], object] | None = None,
    ) -> TurnResult:
        """The events of the turn under way up to its TurnEnd, answering pending calls (see `turn`).
        TextDeltas go to `on_delta`, if given, and are not among the result's events."""
        events: list[step_pb2.StepEvent] = []
        answered: set[tuple[str, int]] = set()
        async for event in self:
            kind = event_kind(event)
            if kind == "text_delta":
                if on_delta is not None:
                    on_delta(event.text_delta)
                continue
            if kind == "answer_refused":  # an answer given here was refused; the turn still waits
                refused = event.answer_refused
                raise MemsvcRPCError(grpc.StatusCode.FAILED_PRECONDITION, refused.reason, refused.message)
            events.append(event)
            if kind == "turn_end":
                break
            if kind != "turn_waiting":
                continue
            for call in event.turn_waiting.pending_calls:
                if (call.call_id, call.kind) in answered:
                    continue
                given = await answer(call, tools or {}, approve)
                if given is None:
                    return TurnResult.from_events(events)  # nobody here can answer it: the turn waits
                answered.add((call.call_id, call.kind))
                await self.answer(given)
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
