"""How a built-in function is declared: its parameters (the schema the LLM sees and the
checks on what it sends) and what it returns to the executor."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from memsvc.errors import InvalidArgument
from memsvc.models import FunctionSchema
from memsvc.ports import FunctionMemory

INNER_THOUGHTS = "inner_thoughts"
MAX_PAGE = 1000
HEARTBEAT = "request_heartbeat"
HEARTBEAT_DESCRIPTION = (
    "Request an immediate heartbeat after function execution. Set to true if you want to send a "
    "follow-up message or run a follow-up function."
)
INNER_THOUGHTS_DESCRIPTION = "Your private inner thoughts before acting: reasoning the user does not see."


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: str  # "string" | "integer" | "number" | "boolean" | "array" (of strings)
    description: str
    required: bool = True
    enum: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a function returns to the executor."""

    result: str
    message_to_user: str = ""
    memory_changed: bool = False


Impl = Callable[[FunctionMemory, str, dict[str, Any]], Awaitable[Outcome]]


@dataclass(frozen=True, slots=True)
class Function:
    name: str
    description: str
    params: tuple[Param, ...]
    run: Impl

    def schema(self, *, inner_thoughts_in_kwargs: bool) -> FunctionSchema:
        properties: dict[str, Any] = {}
        required: list[str] = []
        if inner_thoughts_in_kwargs:
            properties[INNER_THOUGHTS] = {"type": "string", "description": INNER_THOUGHTS_DESCRIPTION}
            required.append(INNER_THOUGHTS)
        for p in self.params:
            spec: dict[str, Any] = {"type": p.type, "description": p.description}
            if p.type == "array":
                spec["items"] = {"type": "string"}
            if p.enum:
                spec["enum"] = list(p.enum)
            properties[p.name] = spec
            if p.required:
                required.append(p.name)
        properties[HEARTBEAT] = {"type": "boolean", "description": HEARTBEAT_DESCRIPTION}
        required.append(HEARTBEAT)
        parameters = {"type": "object", "properties": properties, "required": required}
        return FunctionSchema(self.name, self.description, json.dumps(parameters))

    def check(self, args: dict[str, Any]) -> dict[str, Any]:
        """The arguments, checked against the parameters; InvalidArgument says what to fix."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(args) - set(known))
        if unknown:
            raise InvalidArgument(
                f"{self.name} has no argument(s) {', '.join(unknown)}; its arguments are: {', '.join(known) or 'none'}"
            )
        out: dict[str, Any] = {}
        for p in self.params:
            if p.name not in args or args[p.name] is None:
                if p.required:
                    raise InvalidArgument(f"{self.name} needs the argument {p.name!r} ({p.type}): {p.description}")
                continue
            out[p.name] = _coerce(self.name, p, args[p.name])
        return out


def _coerce(function: str, p: Param, value: Any) -> Any:
    ok = {
        "string": isinstance(value, str),
        "integer": (isinstance(value, int) and not isinstance(value, bool))
        or (isinstance(value, float) and value.is_integer()),
        "number": isinstance(value, int | float) and not isinstance(value, bool),
        "boolean": isinstance(value, bool),
        "array": isinstance(value, list) and all(isinstance(v, str) for v in value),
    }[p.type]
    if not ok:
        kind = "an array of strings" if p.type == "array" else f"a {p.type}"
        raise InvalidArgument(f"{function}: argument {p.name!r} must be {kind}; got {json.dumps(value)[:100]}")
    if p.enum and any(v not in p.enum for v in (value if isinstance(value, list) else [value])):
        raise InvalidArgument(f"{function}: argument {p.name!r} must be one of {', '.join(p.enum)}; got {value!r}")
    if p.type == "number":
        try:
            return float(value)
        except OverflowError:
            raise InvalidArgument(f"{function}: argument {p.name!r} is too large a number") from None
    return int(value) if p.type == "integer" else value
