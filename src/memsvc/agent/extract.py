"""Fact extraction: the agent's LLM reads a conversation that ran outside memsvc and saves
what is worth keeping, through the same memory functions its own turns use.

The write side of external loops (AgentService.AppendConversation). It is not a turn of
the agent: nothing it says is stored in recall storage or the message queue; only its
function calls change memory, and they come back to the caller as events. Bounded by
`max_steps` LLM calls. The hygiene rules are in the instructions and in the store:
search before inserting (the store also refuses exact and near duplicates), correct a
block rather than append a contradiction, update a stale passage by its id where the
executor offers `archival_memory_update`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from memsvc.agent.events import (
    Body,
    Event,
    FunctionCalled,
    FunctionReturned,
    InnerThought,
    StopReason,
    TurnEnded,
    Usage,
)
from memsvc.agent.llm import LlmClient
from memsvc.agent.prompt import function_result, tools_for_llm
from memsvc.chat_format import iso
from memsvc.errors import MemsvcError
from memsvc.executor.functions import HEARTBEAT, INNER_THOUGHTS
from memsvc.models import Agent, FunctionOutcome, Message, now
from memsvc.ports import Executor

Emit = Callable[[Event], Awaitable[None]]
DEFAULT_STEPS = 8
MAX_STEPS = 20
# What extraction may call: memory edits and archival search; never send_message.
FUNCTIONS = (
    "core_memory_append",
    "core_memory_replace",
    "archival_memory_insert",
    "archival_memory_search",
    "archival_memory_update",
)

INSTRUCTIONS = """\
You maintain the long-term memory of an AI assistant. You are shown its memory blocks \
and a conversation it had elsewhere. Save what will still matter in later conversations, \
using the functions; say nothing to anyone.

Rules:
- Durable facts only: who the user is, preferences, relationships, plans, decisions, \
commitments, corrections. Skip small talk, greetings and things true only for a moment.
- One fact per archival passage, written as a self-contained sentence that names who it \
is about, with a date when the conversation gives one.
- Before inserting a fact, search archival memory for it. If it is already there, do not \
insert it again. If a stored passage is contradicted, update that passage (by its id, if \
archival_memory_update exists) instead of adding a second, conflicting one.
- The `human` block holds the key facts about the user, the `persona` block who the \
assistant is. Correct them with core_memory_replace when the conversation changes a fact \
they hold; append only what is new and important. Keep blocks short.
- When everything worth keeping is saved, reply with a one-line note of what you saved \
and call no function.
"""


def without_heartbeat(tool: dict[str, Any]) -> dict[str, Any]:
    """Extraction always continues until the LLM calls nothing: no `request_heartbeat` to ask for."""
    parameters = tool["function"]["parameters"]
    parameters["properties"].pop(HEARTBEAT, None)
    parameters["required"] = [r for r in parameters["required"] if r != HEARTBEAT]
    return tool


def _blocks(agent: Agent) -> str:
    parts = [f'<block label="{b.label}" limit="{b.limit}">\n{b.value}\n</block>' for b in agent.blocks]
    return "\n".join(parts) or "(no blocks)"


def _transcript(messages: list[Message]) -> str:
    return "\n".join(f"[{iso(m.create_time)}] {m.role.value}: {m.content}" for m in messages)


class Extraction:
    """One extraction run over stored messages; emits its thoughts, calls and results."""

    def __init__(self, llm: LlmClient, executor: Executor, agent: Agent, emit: Emit) -> None:
        self.llm = llm
        self.executor = executor
        self.agent = agent
        self._emit = emit
        self.turn_id = str(uuid.uuid4())
        self.step = 0
        self.sequence = 0

    async def emit(self, body: Body) -> None:
        self.sequence += 1
        await self._emit(Event(self.turn_id, self.step, self.sequence, body, time=now()))

    async def run(self, messages: list[Message], max_steps: int) -> TurnEnded:
        schemas = await self.executor.list_functions(inner_thoughts_in_kwargs=False)
        tools = [without_heartbeat(t) for t in tools_for_llm([s for s in schemas if s.name in FUNCTIONS])]
        prompt: list[dict[str, Any]] = [
            {"role": "system", "content": INSTRUCTIONS},
            {
                "role": "user",
                "content": f"Memory blocks now:\n{_blocks(self.agent)}\n\nThe conversation:\n{_transcript(messages)}",
            },
        ]
        usage = Usage()
        config = self.agent.llm_config
        for self.step in range(1, max_steps + 1):
            try:
                reply = await self.llm.complete(config, prompt, tools)
            except MemsvcError as exc:
                end = TurnEnded(StopReason.LLM_ERROR, usage, self.step, exc)
                await self.emit(end)
                return end
            usage.add(reply.usage)
            thought = "\n".join(t for t in (reply.reasoning, reply.content) if t)
            if thought:
                await self.emit(InnerThought(thought))
            if not reply.tool_calls:
                end = TurnEnded(StopReason.END_TURN, usage, self.step)
                await self.emit(end)
                return end
            prompt.append(
                {
                    "role": "assistant",
                    "content": reply.content or None,
                    "tool_calls": [
                        {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
                        for c in reply.tool_calls
                    ],
                }
            )
            for call in reply.tool_calls:
                await self.emit(FunctionCalled(call.id, call.name, call.arguments, request_heartbeat=True))
                outcome = await self._execute(call.name, call.arguments)
                result = function_result(outcome.ok, outcome.result, now())
                await self.emit(FunctionReturned(call.id, call.name, outcome.ok, result))
                prompt.append({"role": "tool", "tool_call_id": call.id, "content": result})
        end = TurnEnded(StopReason.MAX_STEPS, usage, max_steps)
        await self.emit(end)
        return end

    async def _execute(self, name: str, arguments: str) -> FunctionOutcome:
        if name not in FUNCTIONS:
            return FunctionOutcome(False, f"{name} is not available here; use one of {', '.join(FUNCTIONS)}")
        try:
            args = json.loads(arguments or "{}")
            if not isinstance(args, dict):
                raise ValueError
        except (ValueError, RecursionError):
            return FunctionOutcome(False, "the arguments must be a JSON object")
        for extra in (HEARTBEAT, INNER_THOUGHTS, "thinking"):  # chaining is implicit here
            args.pop(extra, None)
        try:
            return await self.executor.execute(self.agent.id, name, json.dumps(args, ensure_ascii=False))
        except MemsvcError as exc:
            if exc.reason == "AGENT_NOT_FOUND":
                raise
            return FunctionOutcome(False, f"{name} failed: {exc.message}")
