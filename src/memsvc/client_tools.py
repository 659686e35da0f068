"""Client tools: their definitions checked, shown to the LLM, and the LLM's arguments checked.

A client tool is a function the client runs itself. Its parameters are a JSON Schema,
checked with python-jsonschema against the schema's own metaschema (draft 2020-12
unless `$schema` names another), plus the rules LLM providers enforce on function
definitions (a name of [A-Za-z0-9_-]{1,64}, a description of at most 1,024
characters, an object schema at the top, at most 128 tools in all), so that an agent
can never be given a tool its LLM would refuse. Every refusal says what to fix.

Used where an agent is created or changed (the agent server, which knows the
built-in names) and again where it is stored (the memory server).
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterator
from typing import Any

import jsonschema
import referencing
import referencing.exceptions
import referencing.jsonschema
from jsonschema.exceptions import SchemaError, ValidationError, best_match

from memsvc import schema_patterns
from memsvc.errors import InvalidArgument
from memsvc.models import DEFAULT_APPROVAL_TIMEOUT, DEFAULT_CLIENT_TOOL_TIMEOUT, ClientTool, ToolConfig

NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
# OpenAI accepts at most 128 tools per request; the built-in functions take some of them.
MAX_TOOLS_PER_REQUEST = 128
MAX_CLIENT_TOOLS = 100
MAX_DESCRIPTION_CHARS = 1024
MAX_SCHEMA_BYTES = 64 * 1024
MAX_CLIENT_TOOL_TIMEOUT = 86_400
MAX_APPROVAL_TIMEOUT = 30 * 86_400
# memsvc adds these to every function; a client schema may not declare them.
RESERVED_PARAMETERS = ("request_heartbeat", "inner_thoughts", "thinking")
# Keywords OpenAI refuses at the top of a function's parameters (it needs one object schema).
TOP_LEVEL_REFUSED = ("anyOf", "oneOf", "allOf", "enum", "not")
EMPTY_SCHEMA = '{"type": "object", "properties": {}}'
# How long checking one call's arguments may spend matching the schema's regexes, in all.
ARGUMENT_CHECK_SECONDS = 0.25


def _refuse(message: str, field: str) -> InvalidArgument:
    return InvalidArgument(message, reason="INVALID_TOOL", field=field)


def check_tool_config(config: ToolConfig, builtin_names: frozenset[str] | None, prefix: str = "") -> ToolConfig:
    """The config checked, with its defaults filled in.

    `builtin_names` are the built-in functions' names; None where they are not known
    (the store), which then skips the checks that need them.
    """
    tools = config.client_tools
    builtin = builtin_names or frozenset()
    most = min(MAX_CLIENT_TOOLS, MAX_TOOLS_PER_REQUEST - len(builtin))
    if len(tools) > most:
        raise _refuse(
            f"an agent may have at most {most} client tools (LLM providers accept {MAX_TOOLS_PER_REQUEST} tools per "
            f"request, and the {len(builtin)} built-in functions are among them); got {len(tools)}",
            f"{prefix}client_tools",
        )
    seen: set[str] = set()
    checked = []
    for i, tool in enumerate(tools):
        field = f"{prefix}client_tools[{i}]"
        checked.append(check_client_tool(tool, field))
        if tool.name in builtin:
            raise _refuse(
                f"{field}.name {tool.name!r} is the name of a built-in function; choose another name",
                f"{field}.name",
            )
        if tool.name in seen:
            raise _refuse(f"{field}.name {tool.name!r} is used by another client tool; names must be unique", field)
        seen.add(tool.name)
    approval = _check_approval_names(config.requiring_approval, seen, builtin_names, prefix)
    client_timeout = config.client_tool_timeout or DEFAULT_CLIENT_TOOL_TIMEOUT
    if not 1 <= client_timeout <= MAX_CLIENT_TOOL_TIMEOUT:
        raise InvalidArgument(
            f"client_tool_timeout_seconds must be between 1 and {MAX_CLIENT_TOOL_TIMEOUT:,} (0 for "
            f"{DEFAULT_CLIENT_TOOL_TIMEOUT}); got {config.client_tool_timeout}",
            field=f"{prefix}client_tool_timeout_seconds",
        )
    approval_timeout = config.approval_timeout or DEFAULT_APPROVAL_TIMEOUT
    if not 1 <= approval_timeout <= MAX_APPROVAL_TIMEOUT:
        raise InvalidArgument(
            f"approval_timeout_seconds must be between 1 and {MAX_APPROVAL_TIMEOUT:,} (0 for "
            f"{DEFAULT_APPROVAL_TIMEOUT:,}); got {config.approval_timeout}",
            field=f"{prefix}approval_timeout_seconds",
        )
    return ToolConfig(tuple(checked), approval, client_timeout, approval_timeout, config.wakeups)


def _check_approval_names(
    names: tuple[str, ...], client: set[str], builtin: frozenset[str] | None, prefix: str
) -> tuple[str, ...]:
    field = f"{prefix}tools_requiring_approval"
    if len(names) > MAX_TOOLS_PER_REQUEST:
        raise _refuse(f"{field} may name at most {MAX_TOOLS_PER_REQUEST} tools", field)
    out: list[str] = []
    for name in names:
        if not NAME.match(name):
            raise _refuse(f"{field} names {name[:80]!r}, which is not a tool name", field)
        if builtin is not None and name not in builtin and name not in client:
            known = ", ".join(sorted(builtin | client))
            raise _refuse(
                f"{field} names {name!r}, which is neither a built-in function nor a client tool: {known}", field
            )
        if name not in out:
            out.append(name)
    return tuple(out)


def check_client_tool(tool: ClientTool, field: str) -> ClientTool:
    if not NAME.match(tool.name):
        raise _refuse(
            f"{field}.name must be 1 to 64 characters from A-Z, a-z, 0-9, '_' and '-' (what LLM providers accept); "
            f"got {tool.name[:80]!r}",
            f"{field}.name",
        )
    if len(tool.description) > MAX_DESCRIPTION_CHARS:
        raise _refuse(
            f"{field}.description has {len(tool.description):,} characters; LLM providers accept at most "
            f"{MAX_DESCRIPTION_CHARS:,}: shorten it (put details in the parameters' descriptions)",
            f"{field}.description",
        )
    if "\x00" in tool.description:
        raise _refuse(f"{field}.description contains a NUL character (\\x00); remove it", f"{field}.description")
    parameters = tool.parameters.strip() or EMPTY_SCHEMA
    check_schema(parameters, f"{field}.parameters")
    return ClientTool(tool.name, tool.description, parameters)


def check_schema(text: str, field: str) -> dict[str, Any]:
    """A client tool's parameters schema, parsed and checked; INVALID_ARGUMENT saying what to fix."""
    if len(text.encode("utf-8", "replace")) > MAX_SCHEMA_BYTES:
        raise _refuse(f"{field} is over {MAX_SCHEMA_BYTES // 1024} KiB of JSON; simplify the schema", field)
    try:
        schema = json.loads(text, parse_constant=_NotFinite, parse_float=_finite_float)
    except (ValueError, RecursionError) as exc:
        raise _refuse(f"{field} is not valid JSON: {exc}", field) from None
    try:
        found = _not_finite(schema)
    except RecursionError:
        raise _refuse(f"{field} is nested too deeply", field) from None
    if found is not None:
        literal, where = found
        raise _refuse(
            f"{field} has the number {literal[:40]} at {where}, which is not a finite number: JSON has no NaN or "
            "Infinity, and LLM providers refuse them; use a finite number (or leave the keyword out)",
            field,
        )
    if not isinstance(schema, dict):
        raise _refuse(
            f'{field} must be a JSON Schema object such as {{"type": "object", "properties": {{...}}}}', field
        )
    try:
        validator = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
        validator.check_schema(schema)
    except SchemaError as exc:
        where = "/".join(str(p) for p in exc.path) or "the top level"
        raise _refuse(f"{field} is not a valid JSON Schema: {exc.message} (at {where})", field) from None
    except RecursionError:
        raise _refuse(f"{field} is nested too deeply", field) from None
    if schema.get("type") != "object":
        raise _refuse(
            f'{field} must have "type": "object" at the top (LLM providers take a function\'s parameters as one '
            f'object); got "type": {json.dumps(schema.get("type"))}',
            field,
        )
    refused = [k for k in TOP_LEVEL_REFUSED if k in schema]
    if refused:
        raise _refuse(
            f"{field} may not use {', '.join(refused)} at the top level (LLM providers refuse it): move the choice "
            "into a property",
            field,
        )
    properties = schema.get("properties", {})
    reserved = [name for name in RESERVED_PARAMETERS if name in properties]
    if reserved:
        raise _refuse(
            f"{field} declares {', '.join(reserved)}, which memsvc adds to every tool itself: remove it", field
        )
    refs = list(_refs(schema))
    remote = next((ref for ref in refs if not ref.startswith("#")), None)
    if remote is not None:
        raise _refuse(f"{field} refers to {remote[:200]!r}: only local references ($ref: '#/...') are allowed", field)
    if refs:
        resolver = referencing.Registry().with_resource(_BASE, _resource(schema)).resolver(base_uri=_BASE)
        for ref in refs:
            try:
                resolver.lookup(ref)
            except referencing.exceptions.Unresolvable:
                raise _refuse(f"{field} refers to {ref[:200]!r}, which is not in the schema", field) from None
    problem = schema_patterns.pattern_problem(schema)
    if problem is not None:
        where, what = problem
        raise _refuse(f"{field}: the regular expression at {where} {what}", field)
    return schema


class _NotFinite(str):
    """A number JSON cannot hold, as written: NaN, Infinity, -Infinity, or a float too large (1e999)."""


def _finite_float(literal: str) -> float | _NotFinite:
    value = float(literal)
    return value if math.isfinite(value) else _NotFinite(literal)


def _not_finite(node: Any, path: str = "") -> tuple[str, str] | None:
    """The first non-finite number in a parsed schema and where it is ("properties/s/maximum")."""
    if isinstance(node, _NotFinite):
        return str(node), path or "the top level"
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        found = _not_finite(value, f"{path}/{key}" if path else str(key))
        if found is not None:
            return found
    return None


_BASE = "urn:memsvc:client-tool"


def _resource(schema: dict[str, Any]) -> referencing.Resource[Any]:
    return referencing.jsonschema.specification_with(
        schema.get("$schema", ""), default=referencing.jsonschema.DRAFT202012
    ).create_resource(schema)


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("$ref", "$dynamicRef") and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


@functools.lru_cache(maxsize=1024)
def _validator(schema_text: str) -> jsonschema.protocols.Validator:
    schema = json.loads(schema_text)
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    return cls(schema)


def argument_error(tool: ClientTool, arguments: dict[str, Any]) -> str:
    """Why the LLM's arguments do not fit the tool's schema (for the LLM to fix), or ""."""
    try:
        with schema_patterns.bounded(ARGUMENT_CHECK_SECONDS):
            error = best_match(_validator(tool.parameters).iter_errors(arguments))
    except schema_patterns.PatternTimeout as exc:
        return (
            f"the arguments of {tool.name} could not be checked: the pattern {str(exc)[:200]!r} of its schema took "
            f"over {ARGUMENT_CHECK_SECONDS:g} s to match; the call was not made (the tool's schema needs a simpler "
            "pattern)"
        )
    except (referencing.exceptions.Unresolvable, RecursionError) as exc:
        return f"the arguments of {tool.name} could not be checked ({type(exc).__name__}); the tool's schema is broken"
    if error is None:
        return ""
    return f"the arguments of {tool.name} do not match its parameters: {_describe(error)}"


def _describe(error: ValidationError) -> str:
    where = "/".join(str(p) for p in error.absolute_path)
    return f"{error.message[:500]}" + (f" (at {where})" if where else "")


def llm_parameters(tool: ClientTool, *, inner_thoughts: dict[str, Any] | None, heartbeat: dict[str, Any]) -> str:
    """The tool's parameters as the LLM sees them: memsvc's own arguments added."""
    schema = json.loads(tool.parameters)
    properties = dict(schema.get("properties", {}))
    required = list(schema.get("required", []))
    if inner_thoughts is not None:
        properties = {"inner_thoughts": inner_thoughts, **properties}
        required.insert(0, "inner_thoughts")
    properties["request_heartbeat"] = heartbeat
    required.append("request_heartbeat")
    schema["properties"] = properties
    schema["required"] = required
    return json.dumps(schema, ensure_ascii=False)
