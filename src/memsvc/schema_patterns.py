"""Regular expressions in tenants' JSON Schemas: checked when registered, matched under a deadline.

A client tool's schema may carry `pattern` and `patternProperties` regexes, which
python-jsonschema matches with Python's `re` (in its `pattern`, `patternProperties`,
`additionalProperties` and `unevaluatedProperties` keywords). A backtracking engine
takes exponential time on patterns like `^(a|a)*$` against "aaaa…!", so a tenant
could pin a server's CPU with one tool schema and one LLM reply.

Here jsonschema's keyword modules are given a `re` whose `search` is the `regex`
package's (mrab-regex: Python's syntax, plus a `timeout`), bounded by the deadline of
`bounded()`; outside one, each search has DEFAULT_SEARCH_SECONDS. A search past its
deadline raises PatternTimeout, which the caller turns into a failed result for the LLM.
`regex` (not RE2) because it matches what `re` accepts, so no schema that validated
before is refused now; it is already installed as tiktoken's dependency.
tests/test_client_tools_redos.py proves every keyword above is bounded, so a jsonschema
release that moves its `re` use fails the suite instead of reopening the hole.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

import jsonschema._keywords
import jsonschema._legacy_keywords
import jsonschema._utils
import regex

MAX_PATTERN_CHARS = 1000
DEFAULT_SEARCH_SECONDS = 0.1
_deadline: ContextVar[float | None] = ContextVar("schema_pattern_deadline", default=None)
# Keys whose values are data, not schemas: a "pattern" key inside them is no regex.
_DATA_KEYWORDS = frozenset({"const", "enum", "default", "examples"})


class PatternTimeout(Exception):
    """A schema's regex did not finish matching before the deadline."""


@contextlib.contextmanager
def bounded(seconds: float) -> Iterator[None]:
    """Every schema regex matched inside takes, in all, at most about `seconds`."""
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def _search(pattern: str, string: str, flags: int = 0) -> Any:
    deadline = _deadline.get()
    remaining = DEFAULT_SEARCH_SECONDS if deadline is None else deadline - time.monotonic()
    if remaining <= 0:
        raise PatternTimeout(pattern)
    try:
        return regex.search(pattern, string, flags, timeout=remaining)
    except TimeoutError:
        raise PatternTimeout(pattern) from None


class _BoundedRe:
    """`re` as jsonschema's keyword modules see it: `search` bounded, the rest Python's own."""

    search = staticmethod(_search)

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)


def _install() -> None:
    for module in (jsonschema._keywords, jsonschema._utils, jsonschema._legacy_keywords):
        if getattr(module, "re", None) is not re and not isinstance(getattr(module, "re", None), _BoundedRe):
            raise ImportError(f"{module.__name__} no longer matches regexes with `re`: review memsvc.schema_patterns")
        module.re = _BoundedRe()  # type: ignore[attr-defined]


_install()


def pattern_problem(schema: Any) -> tuple[str, str] | None:
    """(where, what is wrong) for the first regex of a schema that is too long or that the
    bounded engine cannot compile; None if every one is fine."""
    for where, pattern in _patterns(schema, ""):
        if len(pattern) > MAX_PATTERN_CHARS:
            return where, f"has {len(pattern):,} characters (at most {MAX_PATTERN_CHARS:,})"
        try:
            regex.compile(pattern)
        except (regex.error, RecursionError, OverflowError) as exc:
            return where, f"is not a regular expression ({exc})"
    return None


def _patterns(node: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from _patterns(item, f"{path}/{i}")
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        here = f"{path}/{key}"
        if key == "pattern" and isinstance(value, str):
            yield here, value
        elif key == "patternProperties" and isinstance(value, dict):
            for name, sub in value.items():
                yield f"{here}/{name[:80]}", name
                yield from _patterns(sub, f"{here}/{name[:80]}")
        elif key not in _DATA_KEYWORDS:
            yield from _patterns(value, here)
