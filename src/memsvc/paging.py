"""Page sizes and opaque page tokens, checked the same way on every list and search."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
from typing import Any

from memsvc.errors import InvalidArgument


def page_size(value: int, *, default: int, maximum: int, field: str = "page_size") -> int:
    """0 means the default; anything outside 1..maximum is refused (AIP-158 style)."""
    if value == 0:
        return default
    if value < 0 or value > maximum:
        raise InvalidArgument(
            f"{field} must be between 1 and {maximum} (or 0 for the default of {default}); got {value}",
            field=field,
        )
    return value


def scope(*parts: Any) -> str:
    """What a token pages through (a list of an agent, a search with its filters), as a short digest:
    a token is refused anywhere else, so it can never silently page through something else."""
    text = json.dumps(parts, default=str, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def search_scope(kind: str, agent_id: str, query: Any) -> str:
    """The scope of a search: the agent and every field of the query but the page size and token."""
    fields = {f.name: getattr(query, f.name) for f in dataclasses.fields(query)}
    fields.pop("page_size", None)
    fields.pop("page_token", None)
    return scope(kind, agent_id, sorted(fields.items()))


def encode_token(cursor: dict[str, Any], scope: str = "") -> str:
    data = {**cursor, "q": scope} if scope else cursor
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


def offset_token(offset: int, scope: str) -> str:
    """The token of the page that starts `offset` results into a ranking ("" for the first)."""
    return encode_token({"o": offset}, scope) if offset else ""


# What each cursor key may hold: c = a time in microseconds, i = an id, s = a sequence
# number, o = an offset into ranked results (deep offsets are refused: search again).
_KEYS: dict[str, tuple[type, int, int]] = {"c": (int, -(2**62), 2**62), "s": (int, 0, 2**62), "o": (int, 0, 100_000)}
MAX_TOKEN_CHARS = 512


def _valid(cursor: Any, keys: tuple[str, ...]) -> bool:
    if not isinstance(cursor, dict) or not all(k in cursor for k in keys):
        return False
    for key in keys:
        value = cursor[key]
        if key == "i":
            if not isinstance(value, str) or len(value) > 64:
                return False
        elif isinstance(value, bool) or not isinstance(value, int):
            return False
        else:
            _, low, high = _KEYS[key]
            if not low <= value <= high:
                return False
    return True


def decode_token(token: str, *keys: str, scope: str = "") -> dict[str, Any] | None:
    """The cursor in a token this server issued for this `scope`, or None for the first page."""
    if not token:
        return None
    cursor: Any = None
    try:
        if len(token) <= MAX_TOKEN_CHARS:
            padded = token + "=" * (-len(token) % 4)
            cursor = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, UnicodeError, RecursionError):
        pass
    if _valid(cursor, keys):
        if cursor.get("q", "") == scope:
            return cursor
        raise InvalidArgument(
            "page_token belongs to another list or search (another agent, query or filter): repeat the "
            "request that returned it, changing only page_token and page_size",
            reason="PAGE_TOKEN_MISMATCH",
            field="page_token",
        )
    raise InvalidArgument(
        "page_token is not one this server issued: pass the next_page_token of the previous page, "
        "or leave it empty for the first page",
        field="page_token",
    )


# A page's items are cut to about this many bytes, whatever page_size asked for, so a
# response always fits the gRPC message limit (a page of large items comes in several).
PAGE_BYTES = 4 * 1024 * 1024


def fitting(sizes: list[int], budget: int = PAGE_BYTES) -> int:
    """How many of the items (with these sizes in bytes) fit the budget; at least one."""
    total = 0
    for n, size in enumerate(sizes):
        total += size
        if total > budget:
            return max(n, 1)
    return len(sizes)


def text_bytes(*texts: str) -> int:
    return sum(len(t.encode("utf-8", "replace")) for t in texts) + 64
