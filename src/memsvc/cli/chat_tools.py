"""What `memsvc chat` does when a turn waits for it: runs its demo client tool, asks the person.

`memsvc chat AGENT_ID --demo-tool` registers `local_time` on the agent (a client tool:
the current date and time in an IANA time zone, run here, in the CLI). When a turn
waits, each pending call is answered: `local_time` by running it; a call that needs
approval by asking the person (y approves; anything else denies, the text as reason).
A client tool this CLI does not know is left waiting for the client that runs it.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rich.console import Console
from rich.text import Text

from memsvc.v1 import agent_pb2, agent_service_pb2, step_pb2
from memsvc_client import MemsvcClient, client_tool
from memsvc_client.stream import StepStream

ReadLine = Callable[[], Awaitable[str | None]]


def local_time(timezone: str = "UTC") -> str:
    """The current date and time in a time zone (an IANA name such as Europe/Paris or Asia/Shanghai)."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {timezone!r}; use an IANA name such as Europe/Paris") from None
    return datetime.now(UTC).astimezone(zone).strftime("%A %Y-%m-%d %H:%M:%S %Z")


DEMO_TOOLS = {"local_time": local_time}


async def register_demo_tool(client: MemsvcClient, agent: agent_pb2.Agent) -> None:
    """Adds (or refreshes) the demo tool among the agent's client tools."""
    tools = [t for t in agent.client_tools if t.name not in DEMO_TOOLS] + [client_tool(local_time)]
    request = agent_service_pb2.UpdateAgentRequest(
        agent=agent_pb2.Agent(id=agent.id, client_tools=tools), update_mask={"paths": ["client_tools"]}
    )
    await client._unary(client.agents.UpdateAgent, request)


class Answerer:
    """Answers the calls a waiting turn lists, each once."""

    def __init__(self, stream: StepStream, out: Console, readline: ReadLine, demo: bool) -> None:
        self.stream = stream
        self.out = out
        self.readline = readline
        self.tools = DEMO_TOOLS if demo else {}
        self.answered: set[tuple[str, int]] = set()

    async def waiting(self, event: step_pb2.TurnWaiting) -> None:
        for call in event.pending_calls:
            if (call.call_id, call.kind) in self.answered:
                continue
            self.answered.add((call.call_id, call.kind))
            shown = f"{call.name}({_args(call.arguments)})"
            if call.kind == step_pb2.PENDING_CALL_KIND_APPROVAL:
                await self._ask(call, shown)
            elif call.name in self.tools:
                await self._run(call, shown)
            else:
                self.out.print(Text(f"  waiting for the client that runs {shown} (Ctrl-C cancels)", style="yellow"))

    async def _ask(self, call: step_pb2.PendingCall, shown: str) -> None:
        self.out.print(Text(f"  approve {shown}? [y/N, or a reason to deny] ", style="bold yellow"), end="")
        line = (await self.readline() or "").strip()
        if not self.out.is_terminal:
            self.out.print(line)
        if line.lower() in ("y", "yes"):
            await self.stream.approve(call.call_id)
        else:
            reason = "" if line.lower() in ("", "n", "no") else line
            await self.stream.deny(call.call_id, reason)

    async def _run(self, call: step_pb2.PendingCall, shown: str) -> None:
        try:
            output = self.tools[call.name](**json.loads(call.arguments or "{}"))
        except (TypeError, ValueError) as exc:
            self.out.print(Text(f"  ran {shown}: failed: {exc}", style="red"))
            await self.stream.tool_result(call.call_id, error=str(exc))
            return
        self.out.print(Text(f"  ran {shown} -> {output}", style="cyan"))
        await self.stream.tool_result(call.call_id, output)


def _args(arguments: str) -> str:
    return " ".join(arguments.split())[:200]
