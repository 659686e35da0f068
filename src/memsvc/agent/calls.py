"""The function calls of an LLM reply: parsed into what the loop runs, and bounded, so no call's
arguments and no function's result can ever fill the context window (each gets at most a fifth
of the prompt budget; the loop and consolidation runs use the same rules)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import tiktoken

from memsvc.agent.llm import LlmToolCall
from memsvc.agent.queue import Limits
from memsvc.executor.functions import HEARTBEAT, INNER_THOUGHTS
from memsvc.models import Agent

MAX_ARGUMENT_CHARS = 64_000


@dataclass(slots=True)
class ParsedCall:
    """One function call of an LLM reply, parsed."""

    id: str
    name: str
    arguments: str  # JSON without inner thoughts / heartbeat, or the raw text if unparseable
    heartbeat: bool
    thoughts: str
    error: str = ""
    stored: str = ""  # what the assistant message keeps of the arguments (kept_arguments)


def cap_for(agent: Agent) -> int:
    """The most tokens one call's arguments or one function's result may take: a fifth of the budget."""
    return max(256, Limits.of(agent).budget // 5)


def arguments_too_long(arguments: str, cap: int, encoding: tiktoken.Encoding) -> str:
    """Why a call's arguments are too long ("" if not): over MAX_ARGUMENT_CHARS, or over `cap` tokens."""
    if len(arguments) > MAX_ARGUMENT_CHARS:
        return f"have {len(arguments):,} characters; the limit is {MAX_ARGUMENT_CHARS:,} characters and {cap:,} tokens"
    if len(arguments) <= cap:  # a token is at least one character
        return ""
    tokens = len(encoding.encode(arguments, disallowed_special=()))
    return f"have {tokens:,} tokens; the limit is {cap:,} (a fifth of the prompt budget)" if tokens > cap else ""


def kept_arguments(arguments: str, too_long: bool) -> str:
    """What is stored (and shown to the LLM again) of a call's arguments: refused ones as a note,
    so one oversized reply can never fill the window and flush the conversation."""
    if not too_long:
        return arguments
    return json.dumps({"arguments_not_kept": f"{len(arguments):,} characters, over the limit"})


def parse_calls(raw_calls: Sequence[LlmToolCall], cap: int, encoding: tiktoken.Encoding) -> list[ParsedCall]:
    """Each call's JSON arguments, without the inner thoughts and heartbeat the loop reads from them;
    a call that cannot run carries the `error` the LLM is told."""
    calls: list[ParsedCall] = []
    for raw in raw_calls:
        too_long = arguments_too_long(raw.arguments, cap, encoding)
        if too_long:
            error = f"the arguments of {raw.name} {too_long}: write less per call"
            calls.append(ParsedCall(raw.id, raw.name, "{}", False, "", error, kept_arguments(raw.arguments, True)))
            continue
        try:
            args = json.loads(raw.arguments or "{}")
            if not isinstance(args, dict):
                raise ValueError
            # A JSON escape of a lone surrogate ("\ud800") parses but cannot be stored: replace it.
            text = json.dumps(args, ensure_ascii=False)
            if not text.isascii():
                args = json.loads(text.encode("utf-8", "replace").decode("utf-8"))
        except (ValueError, RecursionError, UnicodeError):
            error = f"the arguments of {raw.name} are not a JSON object: {raw.arguments[:200]!r}"
            calls.append(ParsedCall(raw.id, raw.name, raw.arguments, False, "", error, raw.arguments))
            continue
        thoughts = args.pop(INNER_THOUGHTS, None) or args.pop("thinking", None) or ""
        heartbeat = args.pop(HEARTBEAT, False)
        if isinstance(heartbeat, str):
            heartbeat = heartbeat.strip().lower() == "true"
        arguments = json.dumps(args, ensure_ascii=False)
        calls.append(ParsedCall(raw.id, raw.name, arguments, bool(heartbeat), str(thoughts), "", raw.arguments))
    return calls


def bounded_result(text: str, cap: int, encoding: tiktoken.Encoding) -> str:
    """A function result cut to `cap` tokens, saying how much was cut."""
    if len(text) <= cap:  # a token is at least one character: it fits without counting
        return text
    tokens = encoding.encode(text, disallowed_special=())
    if len(tokens) <= cap:
        return text
    kept = encoding.decode(tokens[:cap])
    return f"{kept} [... truncated: the result had {len(tokens):,} tokens; ask for less, e.g. a smaller page]"
