"""`memsvc chat AGENT_ID`: talk to an agent, watching every event of its turns as it happens.

Each line read from stdin is one turn on a StreamStep stream. Inner thoughts, function
calls and results, heartbeats, system alerts and the agent's messages are printed as
they arrive: coloured on a terminal, plain text otherwise. The thoughts and the agent's
message are printed token by token as the LLM writes them (TextDelta events;
`--no-stream-tokens` waits for each whole). When a turn waits for the
client, the person is asked about calls that need approval, and the demo client tool
(`--demo-tool`) is run here (chat_tools.py). `--attach` first re-attaches to the
agent's turn that has not ended, if any. Ctrl-C during a turn cancels it (a second
Ctrl-C quits); at the prompt it drops the line, as shells do; Ctrl-D (end of input)
exits.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import queue
import re
import signal
import sys
import threading

from rich.console import Console
from rich.text import Text

from memsvc.cli.chat_tools import Answerer, register_demo_tool
from memsvc.cli.common import CliError, add_connection_args, console, run
from memsvc.v1 import step_pb2, turn_pb2
from memsvc_client import MemsvcClient, MemsvcRPCError, StepStream, event_kind, stop_reason_name

_PREVIEW = 300  # characters of arguments, results and alerts shown
_AUTOMATED = re.compile(r"^\[[^\]]*\]\s*")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    chat = sub.add_parser("chat", help="chat with an agent, streaming its thoughts, calls and replies (client)")
    chat.add_argument("agent_id", metavar="AGENT_ID")
    chat.add_argument(
        "--demo-tool",
        action="store_true",
        help="give the agent the client tool local_time (run here) to try client tools with",
    )
    chat.add_argument(
        "--attach", action="store_true", help="first re-attach to the agent's turn that has not ended, if any"
    )
    chat.add_argument(
        "--no-stream-tokens",
        dest="stream_tokens",
        action="store_false",
        help="print thoughts and replies whole, once stored, instead of token by token",
    )
    add_connection_args(chat)
    chat.set_defaults(cli=lambda args: run(args, _chat))


def _short(text: str, limit: int = _PREVIEW) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _result_message(result: str) -> str:
    """The `message` of a function result (a JSON object with status, message, time)."""
    try:
        parsed = json.loads(result)
    except ValueError:
        return result
    return str(parsed.get("message", result)) if isinstance(parsed, dict) else result


class LineReader:
    """Reads one stdin line per request on a daemon thread, so a blocked read never holds up exit."""

    def __init__(self) -> None:
        self._requests: queue.SimpleQueue[tuple[asyncio.AbstractEventLoop, asyncio.Future[str | None]]]
        self._requests = queue.SimpleQueue()
        threading.Thread(target=self._serve, name="memsvc-chat-stdin", daemon=True).start()

    def _serve(self) -> None:
        while True:
            loop, future = self._requests.get()
            try:
                line: str | None = sys.stdin.readline() or None  # "" is end of input
            except (OSError, ValueError):
                line = None
            with contextlib.suppress(RuntimeError):  # the loop may be closed by now
                loop.call_soon_threadsafe(lambda f=future, v=line: f.done() or f.set_result(v))

    async def readline(self) -> str | None:
        """The next line, or None at end of input."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[str | None] = loop.create_future()
        self._requests.put((loop, future))
        return await future


class Renderer:
    """Prints a turn's events; plain text when stdout is not a terminal."""

    def __init__(self, out: Console, echo_input: bool) -> None:
        self.out = out
        self.echo_input = echo_input  # print the user's line too (stdin is not a terminal)
        self.live = 0  # the kind of TextDelta whose line is being printed (0: none)
        self.live_text = ""
        self.shown: list[tuple[int, str]] = []  # streamed texts not yet confirmed by a stored event

    def delta(self, delta: step_pb2.TextDelta) -> None:
        """A piece of a thought or of the agent's message, printed on its line as it comes."""
        if delta.kind != self.live:
            self.end_line()
            self.live = delta.kind
            if delta.kind == step_pb2.TEXT_DELTA_KIND_ASSISTANT_MESSAGE:
                self.out.print(Text("agent: ", style="bold magenta"), end="")
            else:
                self.out.print(Text("  thought: ", style="dim italic"), end="")
        style = "bold" if delta.kind == step_pb2.TEXT_DELTA_KIND_ASSISTANT_MESSAGE else "dim italic"
        self.out.print(Text(delta.text, style=style), end="")
        self.live_text += delta.text

    def end_line(self) -> None:
        if self.live:
            self.out.print()
            self.shown.append((self.live, self.live_text))
            self.live, self.live_text = 0, ""

    def _streamed(self, kind: int, text: str) -> bool:
        """Whether this stored text was printed already, token by token."""
        if (kind, text) in self.shown:
            self.shown.remove((kind, text))
            return True
        return False

    def event(self, event: step_pb2.StepEvent) -> None:
        kind = event_kind(event)
        if kind == "text_delta":
            self.delta(event.text_delta)
            return
        self.end_line()
        if kind == "input_received" and self.echo_input:
            self.out.print(Text.assemble(("you: ", "bold green"), event.input_received.content))
        elif kind == "inner_thought":
            if not self._streamed(step_pb2.TEXT_DELTA_KIND_INNER_THOUGHT, event.inner_thought.text):
                self.out.print(Text(f"  thought: {event.inner_thought.text}", style="dim italic"))
        elif kind == "function_call" and event.function_call.name != "send_message":
            call = event.function_call
            self.out.print(Text(f"  call: {call.name}({_short(call.arguments)})", style="cyan"))
        elif kind == "function_result":
            self._result(event.function_result)
        elif kind == "heartbeat":
            reason = _AUTOMATED.sub("", event.heartbeat.reason)  # the LLM-facing "[automated ...]" tag
            self.out.print(Text(f"  heartbeat: {reason}", style="dim"))
        elif kind == "system_alert":
            alert = event.system_alert
            name = step_pb2.SystemAlertKind.Name(alert.kind) if alert.kind in step_pb2.SystemAlertKind.values() else ""
            label = name.removeprefix("SYSTEM_ALERT_KIND_").replace("_", " ").lower() or "alert"
            self.out.print(Text(f"  system ({label}): {_short(alert.message)}", style="yellow"))
        elif kind == "assistant_message":
            content = event.assistant_message.content
            if not self._streamed(step_pb2.TEXT_DELTA_KIND_ASSISTANT_MESSAGE, content):
                self.out.print(Text.assemble(("agent: ", "bold magenta"), (content, "bold")))
        elif kind == "turn_end":
            self.shown.clear()  # streamed text no stored event confirmed (a failed step) stays as printed
            self._end(event.turn_end)
        # Other kinds (and kinds newer than this client) are not shown.

    def _result(self, result: step_pb2.FunctionResult) -> None:
        if result.name == "send_message" and result.ok:
            return  # the agent's message was shown already
        status = Text("ok", style="green") if result.ok else Text("failed", style="bold red")
        message = _short(_result_message(result.result))
        self.out.print(Text.assemble(Text(f"  result: {result.name} ", style="cyan"), status, f": {message}"))

    def _end(self, end: step_pb2.TurnEnd) -> None:
        steps = f"{end.step_count} step{'s' if end.step_count != 1 else ''}, {end.usage.total_tokens:,} tokens"
        if end.stop_reason == step_pb2.STOP_REASON_END_TURN:
            self.out.print(Text(f"  ({steps})", style="dim"))
            return
        reason = stop_reason_name(end.stop_reason).replace("_", " ").lower()
        error = f": {MemsvcRPCError.from_status(end.error)}" if end.HasField("error") else ""
        style = "red" if error else "yellow"
        self.out.print(Text(f"  turn stopped: {reason} ({steps}){error}", style=style))


class ChatSession:
    """The read-a-line, stream-a-turn loop, with Ctrl-C mapped to a cancel."""

    def __init__(
        self, stream: StepStream, out: Console, *, demo_tool: bool = False, stream_tokens: bool = True
    ) -> None:
        self.stream = stream
        self.stream_tokens = stream_tokens
        self.out = out
        self.renderer = Renderer(out, echo_input=not sys.stdin.isatty())
        self.reader = LineReader()
        self.answerer = Answerer(stream, out, self.reader.readline, demo_tool)
        self.in_turn = False
        self.cancel_sent = False
        self.task: asyncio.Task[int] | None = None

    def on_interrupt(self) -> None:
        """Ctrl-C: cancel the running turn (a second time quits); at the prompt, drop the line (Ctrl-D exits)."""
        if not self.in_turn:
            self.out.print()
            self.out.print(Text("(Ctrl-D exits)", style="dim"))
            if sys.stdin.isatty():
                self.out.print(Text("you> ", style="bold green"), end="")
        elif not self.cancel_sent:
            self.cancel_sent = True
            self.out.print(Text("  (cancelling: the turn stops at its next step; Ctrl-C again quits)", style="yellow"))
            asyncio.get_running_loop().create_task(self.stream.cancel())
        elif self.task is not None:
            self.task.cancel()

    async def run(self, attach_to: str = "") -> int:
        """The chat; with `attach_to`, first the rest of that turn (one that has not ended)."""
        self.task = asyncio.current_task()  # type: ignore[assignment]
        loop = asyncio.get_running_loop()
        with contextlib.suppress(NotImplementedError, RuntimeError):  # no loop signal handlers: Ctrl-C quits
            loop.add_signal_handler(signal.SIGINT, self.on_interrupt)
        try:
            if attach_to:
                self.in_turn, self.cancel_sent = True, False
                await self.stream.attach(attach_to)
                await self._events()
            return await self._loop()
        except asyncio.CancelledError:
            self.out.print()
            return 130 if self.in_turn else 0
        finally:
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(signal.SIGINT)
            await self.stream.close()

    async def _loop(self) -> int:
        prompt = sys.stdin.isatty()
        while True:
            if prompt:
                self.out.print(Text("you> ", style="bold green"), end="")
            line = await self.reader.readline()
            if line is None:
                if prompt:
                    self.out.print()
                return 0
            if not line.strip():
                continue
            await self._turn(line.rstrip("\n"))

    async def _turn(self, text: str) -> None:
        self.in_turn, self.cancel_sent = True, False
        await self.stream.send(text, stream_tokens=self.stream_tokens)
        await self._events()

    async def _events(self) -> None:
        async for event in self.stream:
            self.renderer.event(event)
            kind = event_kind(event)
            if kind == "turn_waiting":
                await self.answerer.waiting(event.turn_waiting)
            if kind == "turn_end":
                self.in_turn = False
                return
        raise CliError("the server ended the stream before the turn ended")


async def _chat(client: MemsvcClient, args: argparse.Namespace) -> int:
    agent = await client.get_agent(args.agent_id)  # fails early, with AGENT_NOT_FOUND, for a wrong id
    if args.demo_tool:
        await register_demo_tool(client, agent)
    out = console()
    out.print(
        Text(f"chatting with {agent.name} ({agent.id}); Ctrl-C cancels a turn, Ctrl-D exits", style="dim"),
    )
    attach_to = ""
    if args.attach:
        async for turn in client.list_turns(agent.id, page_size=1):
            if turn.status != turn_pb2.TURN_STATUS_ENDED:
                attach_to = turn.id
            break
        out.print(Text(f"attaching to turn {attach_to}" if attach_to else "no turn to attach to", style="dim"))
    async with client.stream_step(agent.id) as stream:
        session = ChatSession(stream, out, demo_tool=args.demo_tool, stream_tokens=args.stream_tokens)
        return await session.run(attach_to)
