"""Page sizes and opaque page tokens, checked the same way on every list and search."""

from __future__ import annotations

import base64
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


def encode_token(cursor: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(cursor, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_token(token: str, *keys: str) -> dict[str, Any] | None:
    """The cursor in a token this server issued, or None for the first page."""
    if not token:
        return None
    try:
        padded = token + "=" * (-len(token) % 4)
        cursor = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        if isinstance(cursor, dict) and all(k in cursor for k in keys):
            return cursor
    except (ValueError, UnicodeError):
        pass
    raise InvalidArgument(
        "page_token is not one this server issued: pass the next_page_token of the previous page, "
        "or leave it empty for the first page",
        field="page_token",
    )
