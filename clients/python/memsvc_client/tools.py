"""Client tools from Python: define them from functions, answer the calls a turn waits for.

    def get_weather(city: str) -> str:
        "The current weather in a city."
        return "sunny, 21 C"

    agent = await client.create_agent(..., client_tools=[client_tool(get_weather)])
    turn = await client.run_turn(agent.id, "Weather in Paris?", tools={"get_weather": get_weather})

A turn that calls a client tool pauses (TurnWaiting, or stop reason WAITING_FOR_CLIENT);
`answer` runs the tool (sync or async; its return value, as text or JSON, is the
output, an exception is a failed result) or asks `approve` about a call that needs
approval, and gives the ToolResult or ApprovalDecision to send back.
"""

from __future__ import annotations

import inspect
import json
import types
import typing
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Union

from memsvc.v1 import step_pb2, tool_pb2, turn_pb2

ToolFunction = Callable[..., Any]
# Decides a call waiting for approval: True/False, or (decision, reason); may be async.
Approver = Callable[[step_pb2.PendingCall], "bool | tuple[bool, str] | Awaitable[bool | tuple[bool, str]]"]
Answer = turn_pb2.ToolResult | turn_pb2.ApprovalDecision

_JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean"}


def client_tool(
    fn: ToolFunction, *, name: str | None = None, description: str | None = None, parameters: Mapping | None = None
) -> tool_pb2.ClientTool:
    """A ClientTool from a Python function: its name, its docstring's first paragraph, and a JSON
    Schema of its parameters from their annotations (str, int, float, bool, list[...] and
    Optional), unless `parameters` gives the schema."""
    if parameters is None:
        properties: dict[str, Any] = {}
        required: list[str] = []
        hints = typing.get_type_hints(fn)
        for param in inspect.signature(fn).parameters.values():
            properties[param.name] = _schema_of(hints.get(param.name, str))
            if param.default is inspect.Parameter.empty:
                required.append(param.name)
        parameters = {"type": "object", "properties": properties, "required": required}
    doc = (inspect.getdoc(fn) or "").split("\n\n")[0].strip()
    return tool_pb2.ClientTool(
        name=name or fn.__name__, description=description or doc, parameters=json.dumps(dict(parameters))
    )


def _schema_of(hint: Any) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _schema_of(inner[0]) if len(inner) == 1 else {}
    if origin in (list, tuple, set):
        args = typing.get_args(hint)
        return {"type": "array", "items": _schema_of(args[0]) if args else {}}
    return {"type": _JSON_TYPES[hint]} if hint in _JSON_TYPES else {}


def tool_output(call_id: str, output: str) -> turn_pb2.ToolResult:
    """A client tool's successful result."""
    return turn_pb2.ToolResult(call_id=call_id, output=output)


def tool_error(call_id: str, error: str) -> turn_pb2.ToolResult:
    """A client tool's failure: the LLM gets a failed result with this text."""
    return turn_pb2.ToolResult(call_id=call_id, error=error)


def approval(call_id: str, approve: bool, reason: str = "") -> turn_pb2.ApprovalDecision:
    """A decision on a call waiting for approval (a denial's reason is shown to the LLM)."""
    return turn_pb2.ApprovalDecision(call_id=call_id, approve=approve, reason=reason)


async def answer(
    call: step_pb2.PendingCall, tools: Mapping[str, ToolFunction], approve: Approver | None
) -> Answer | None:
    """The answer to a pending call, or None if nothing here can answer it."""
    if call.kind == step_pb2.PENDING_CALL_KIND_APPROVAL:
        if approve is None:
            return None
        decided = approve(call)
        if inspect.isawaitable(decided):
            decided = await decided
        ok, reason = decided if isinstance(decided, tuple) else (bool(decided), "")
        return approval(call.call_id, ok, reason)
    fn = tools.get(call.name)
    if fn is None:
        return None
    try:
        value = fn(**json.loads(call.arguments or "{}"))
        if inspect.isawaitable(value):
            value = await value
    except Exception as exc:  # the tool failed: the LLM is told and may recover
        return tool_error(call.call_id, f"{type(exc).__name__}: {exc}")
    return tool_output(call.call_id, value if isinstance(value, str) else json.dumps(value, default=str))
