"""Checks on input shared by every entry point (RPCs and the LLM's functions)."""

from __future__ import annotations

import re
import uuid

from memsvc.errors import InvalidArgument

_LABEL = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
MAX_ID_CHARS = 128
SHOWN_ID_CHARS = 40  # of a malformed id, quoted back in its error
MAX_TAGS = 32


def uuid_id(value: str, field: str) -> str:
    """Every id memsvc makes is a UUID (any spelling Python's uuid module reads, returned in its
    canonical form). Anything else is INVALID_ARGUMENT on every RPC, the same way, and the message
    quotes at most a short prefix of what was sent."""
    if not value:
        raise InvalidArgument(f"{field} is required", field=field)
    try:
        return str(uuid.UUID(value))
    except (ValueError, AttributeError, TypeError):
        shown = repr(value[:SHOWN_ID_CHARS]) + (f" ({len(value):,} characters)" if len(value) > SHOWN_ID_CHARS else "")
        raise InvalidArgument(
            f"{field} must be a UUID like 123e4567-e89b-42d3-a456-426614174000; got {shown}", field=field
        ) from None


def agent_id(value: str, field: str = "agent_id") -> str:
    """An agent id must be a UUID (INVALID_ARGUMENT); a well-formed one may still name no agent
    (NOT_FOUND, AGENT_NOT_FOUND, from the store)."""
    return uuid_id(value, field)


def object_id(value: str, field: str, what: str) -> str:
    return uuid_id(value, field)


def text(value: str, field: str, *, max_chars: int, required: bool = True) -> str:
    if required and not value.strip():
        raise InvalidArgument(f"{field} must not be empty or blank", field=field)
    if len(value) > max_chars:
        raise InvalidArgument(
            f"{field} has {len(value):,} characters; the limit is {max_chars:,}",
            reason="MESSAGE_TOO_LARGE" if field.endswith("content") else "INVALID_ARGUMENT",
            field=field,
        )
    if "\x00" in value:
        raise InvalidArgument(f"{field} contains a NUL character (\\x00); remove it", field=field)
    return value


def label(value: str, field: str = "label") -> str:
    if not _LABEL.match(value):
        raise InvalidArgument(
            f"{field} must be 1 to 64 characters from A-Z, a-z, 0-9, '_' and '-'; got {value[:80]!r}",
            field=field,
        )
    return value


def tags(values: tuple[str, ...] | list[str], field: str = "tags") -> tuple[str, ...]:
    if len(values) > MAX_TAGS:
        raise InvalidArgument(f"at most {MAX_TAGS} {field} are allowed; got {len(values)}", field=field)
    out: list[str] = []
    for tag in values:
        if not tag.strip() or len(tag) > 64 or "\x00" in tag:
            raise InvalidArgument(
                f"each of {field} must be 1 to 64 characters without NUL; got {tag[:80]!r}", field=field
            )
        if tag not in out:
            out.append(tag)
    return tuple(out)


def request_id(value: str) -> str:
    if len(value) > MAX_ID_CHARS or "\x00" in value:
        raise InvalidArgument(f"request_id must be at most {MAX_ID_CHARS} characters", field="request_id")
    return value
