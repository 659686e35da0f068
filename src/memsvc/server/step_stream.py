"""One StreamStep stream: the bidirectional protocol between a client and an agent's turns.

Requests are read as they come. Inputs and attaches are queued and served in order,
one turn at a time: an input runs a turn, whose events come straight from the loop;
if the turn waits for the client, the stream follows it in the store (turns.follow)
until it ends, whoever continues it (this stream's answers, another client's, an
expired wait, another agent server). Answers (tool results, approval decisions) are
handled at once, in order, beside the turn. The same event can reach the stream both
ways (straight from a turn this server continues, and from the store): `Delivery`
passes each stored event exactly once, in sequence order.

A stream that goes away leaves its turn running (or waiting), unless the input asked
for `cancel_on_disconnect`.

Token streaming: unless the input sets `stream_tokens` false, the turns this stream runs
(its inputs, and the steps its answers continue) stream their LLM calls, and their
TextDelta events (never stored, sequence 0) come straight to this stream only.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from memsvc import validation
from memsvc.agent import answers
from memsvc.agent.events import Event, TurnEnded, TurnWaiting
from memsvc.agent.runtime import AgentRuntime
from memsvc.errors import FailedPrecondition, InvalidArgument, MemsvcError
from memsvc.server import convert, convert_events
from memsvc.tasks import watched
from memsvc.v1 import agent_service_pb2 as pb
from memsvc.v1 import step_pb2, turn_pb2

_KINDS = "input, tool_result, approval, attach or cancel"


class Delivery:
    """Passes a turn's events to the stream exactly once, in order, from any of its sources."""

    def __init__(self, out: asyncio.Queue[Event | MemsvcError | None]) -> None:
        self.out = out
        self.turn_id = ""  # "" until the turn's first event names it
        self.last = 0
        self.ended = asyncio.Event()

    def begin(self, turn_id: str = "", after: int = 0) -> None:
        self.turn_id, self.last = turn_id, after
        self.ended = asyncio.Event()

    async def __call__(self, event: Event) -> None:
        if not self.turn_id and event.sequence in (0, self.last + 1):
            self.turn_id = event.turn_id
        if event.turn_id != self.turn_id or self.ended.is_set():
            return
        if event.sequence == 0:  # not stored: a TextDelta, or a TurnEnd the store could not take
            pass
        elif event.sequence == self.last + 1:
            self.last = event.sequence
        else:
            return  # seen already, or ahead of the store's copy, which brings it in order
        await self.out.put(event)
        if isinstance(event.body, TurnEnded):
            self.ended.set()


@dataclass(slots=True)
class _Attach:
    turn_id: str
    after: int


class StepStream:
    def __init__(self, runtime: AgentRuntime) -> None:
        self.runtime = runtime
        self.agent_id = ""
        self.work: asyncio.Queue[pb.StepInput | _Attach | MemsvcError | None] = asyncio.Queue()
        self.out: asyncio.Queue[Event | step_pb2.StepEvent | MemsvcError | None] = asyncio.Queue()
        self.delivery = Delivery(self.out)
        self.cancel = asyncio.Event()  # the current turn's, while this stream drives it
        self.cancel_on_disconnect = False
        self.stream_tokens = True  # the last input's choice (answers continue turns with it)
        self.answering = asyncio.Lock()  # answers go in the order they came
        self.tasks: set[asyncio.Task[None]] = set()
        self.started = False  # an input or attach was received: the stream has (or will have) a turn

    async def run(self, requests: AsyncIterator[pb.StreamStepRequest]) -> AsyncIterator[pb.StreamStepResponse]:
        reader = watched(asyncio.create_task(self._read(requests)), "StreamStep reader")
        runner = watched(asyncio.create_task(self._serve()), "StreamStep turns")
        try:
            while (item := await self.out.get()) is not None:
                if isinstance(item, MemsvcError):
                    raise item
                if isinstance(item, step_pb2.StepEvent):  # an answer refused; the stream goes on
                    yield pb.StreamStepResponse(event=item)
                    continue
                yield pb.StreamStepResponse(event=convert_events.event_to_pb(item))
            await runner  # re-raises a bad request or an unknown agent as its status
        finally:
            reader.cancel()
            for task in self.tasks:
                task.cancel()
            if not runner.done():
                self._disconnected()
                runner.cancel()

    def _disconnected(self) -> None:
        """The client went away with its turn not ended: the turn carries on, or is cancelled if
        its input said so."""
        if not self.cancel_on_disconnect:
            return
        self.cancel.set()
        if self.delivery.turn_id:
            turn_id = self.delivery.turn_id
            self.runtime.turns.spawn(_quietly(self.runtime.turns.cancel(self.agent_id, turn_id)))

    # ----- requests -----------------------------------------------------------------------

    async def _read(self, requests: AsyncIterator[pb.StreamStepRequest]) -> None:
        try:
            async for req in requests:
                self._check_agent(req)
                kind = req.WhichOneof("request")
                if kind == "input":
                    self.started = True
                    await self.work.put(req.input)
                elif kind == "attach":
                    if req.attach.after_sequence < 0:
                        raise InvalidArgument("attach.after_sequence must not be negative", field="attach")
                    self.started = True
                    await self.work.put(_Attach(req.attach.turn_id, req.attach.after_sequence))
                elif kind == "cancel":
                    self._cancel()
                elif kind in ("tool_result", "approval"):
                    self._answer(_answer_from_pb(req))
                else:
                    raise InvalidArgument(f"a StreamStep request must set one of {_KINDS}", field="request")
            # The client is done sending: its answers still get their outcome (a refusal's status)
            # before the stream ends.
            await asyncio.gather(*self.tasks, return_exceptions=True)
        except MemsvcError as exc:
            await self.work.put(exc)
        finally:
            await self.work.put(None)

    def _check_agent(self, req: pb.StreamStepRequest) -> None:
        if req.agent_id and self.agent_id and req.agent_id != self.agent_id:
            raise InvalidArgument(
                "a StreamStep stream drives one agent; open another stream for another agent", field="agent_id"
            )
        if not self.agent_id:
            if not req.agent_id:
                raise InvalidArgument("the first StreamStep request must set agent_id", field="agent_id")
            self.agent_id = validation.agent_id(req.agent_id)

    def _cancel(self) -> None:
        if not self.started:
            raise FailedPrecondition(
                "this StreamStep stream has no turn to cancel: `cancel` stops the turn of this stream's `input` "
                "or `attach`; cancel another turn with CancelTurn",
                reason="NO_TURN_TO_CANCEL",
            )
        self.cancel.set()
        if self.delivery.turn_id and not self.delivery.ended.is_set():
            turn_id = self.delivery.turn_id
            self.runtime.turns.spawn(_quietly(self.runtime.turns.cancel(self.agent_id, turn_id)))

    def _answer(self, answer: answers.Answer) -> None:
        task = watched(asyncio.create_task(self._resume(answer)), "StreamStep answer")
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _resume(self, answer: answers.Answer) -> None:
        async with self.answering:
            try:
                await self.runtime.turns.resume(
                    self.agent_id, self.delivery.turn_id, [answer], self.delivery, stream_tokens=self.stream_tokens
                )
            except FailedPrecondition as exc:
                if not self.delivery.turn_id:  # no turn on this stream: the answer answers nothing
                    await self.out.put(exc)
                    return
                # The stream's turn did not take it (and goes on as before): say why, keep the stream.
                refused = step_pb2.AnswerRefused(call_id=answer.call_id[:128], reason=exc.reason, message=exc.message)
                await self.out.put(step_pb2.StepEvent(turn_id=self.delivery.turn_id, answer_refused=refused))
            except MemsvcError as exc:  # a malformed answer, an unknown agent: the stream ends with the status
                await self.out.put(exc)

    # ----- turns ------------------------------------------------------------------------

    async def _serve(self) -> None:
        try:
            while (item := await self.work.get()) is not None:
                if isinstance(item, MemsvcError):
                    raise item
                if isinstance(item, _Attach):
                    self.cancel_on_disconnect = False
                    self.delivery.begin(item.turn_id, item.after)
                    await self._follow(item.turn_id, item.after)
                    continue
                self.cancel = asyncio.Event()
                self.cancel_on_disconnect = item.cancel_on_disconnect
                self.stream_tokens = item.stream_tokens if item.HasField("stream_tokens") else True
                self.delivery.begin()
                outcome = await self.runtime.send(
                    self.agent_id,
                    convert.inputs_from_pb(item.messages),
                    self.delivery,
                    max_steps=item.max_steps,
                    cancel=self.cancel,
                    request_id=item.request_id,
                    cancel_on_disconnect=item.cancel_on_disconnect,
                    stream_tokens=self.stream_tokens,
                )
                if isinstance(outcome, TurnWaiting):
                    await self._follow(self.delivery.turn_id, self.delivery.last)
        finally:
            await self.out.put(None)

    async def _follow(self, turn_id: str, after: int) -> None:
        """Passes the turn's stored events on until it ends (or its end came straight from a turn
        this server continued)."""

        async def follow() -> None:
            async for event in self.runtime.turns.follow(self.agent_id, turn_id, after):
                await self.delivery(event)

        following = watched(asyncio.create_task(follow()), "StreamStep follow")
        ended = asyncio.create_task(self.delivery.ended.wait())
        try:
            await asyncio.wait({following, ended}, return_when=asyncio.FIRST_COMPLETED)
            if following.done():
                following.result()  # a status (an unknown turn) ends the stream
        finally:
            following.cancel()
            ended.cancel()


def _answer_from_pb(req: pb.StreamStepRequest) -> answers.Answer:
    if req.WhichOneof("request") == "approval":
        return answers.Decision(req.approval.call_id, req.approval.approve, req.approval.reason)
    return tool_result_from_pb(req.tool_result)


def tool_result_from_pb(result: turn_pb2.ToolResult) -> answers.ToolResult:
    outcome = result.WhichOneof("outcome")
    if outcome is None:
        raise InvalidArgument(
            f"the tool result for call {result.call_id!r} needs `output` (the tool succeeded) or `error` (it failed)",
            field="tool_result.outcome",
        )
    return answers.ToolResult(result.call_id, outcome == "output", getattr(result, outcome))


async def _quietly(work: object) -> None:
    with contextlib.suppress(MemsvcError):
        await work  # type: ignore[misc]
