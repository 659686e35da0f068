"""The functions the LLM calls to manage its memory, with their JSON schemas.

Each function is declared once, as data: its parameters give both the schema shown
to the LLM and the checks on what the LLM sends. Every function also takes
`request_heartbeat` (and, with put_inner_thoughts_in_kwargs, `inner_thoughts`); the
agent server takes those two out before a call reaches the executor.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from memsvc import paging
from memsvc.errors import InvalidArgument
from memsvc.executor.declare import (
    HEARTBEAT,
    HEARTBEAT_DESCRIPTION,
    INNER_THOUGHTS,
    INNER_THOUGHTS_DESCRIPTION,
    MAX_PAGE,
    Function,
    Outcome,
    Param,
)
from memsvc.executor.wakeup_functions import WAKEUP_FUNCTIONS
from memsvc.models import ArchivalQuery, BlockEdit, RecallQuery, Role
from memsvc.ports import Memory
from memsvc.storage.textsearch import said

# The agent server's names for what every function takes, kept here with the functions.
__all__ = [
    "FUNCTIONS",
    "HEARTBEAT",
    "HEARTBEAT_DESCRIPTION",
    "INNER_THOUGHTS",
    "INNER_THOUGHTS_DESCRIPTION",
    "parse_time",
]


def parse_time(value: str, field: str, *, end: bool = False) -> float:
    """ISO 8601 date or date-time; naive means UTC. A bare end date includes that whole day."""
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        if end and len(value.strip()) <= 10:
            parsed += timedelta(days=1)
        return parsed.timestamp()
    except (ValueError, OverflowError):
        raise InvalidArgument(
            f"{field} must be an ISO 8601 date like 2024-05-31 or 2024-05-31T14:00 (years 1-9999); got {value[:40]!r}"
        ) from None


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")


# ----- the functions -------------------------------------------------------------------


async def _send_message(_m: Memory, _agent: str, a: dict[str, Any]) -> Outcome:
    return Outcome("Sent message successfully.", message_to_user=a["message"])


async def _core_memory_append(m: Memory, agent: str, a: dict[str, Any]) -> Outcome:
    block = await m.edit_block(agent, a["label"], BlockEdit(new=a["content"]), respect_read_only=True)
    return Outcome(
        f"Appended to memory block {block.label!r} ({len(block.value)}/{block.limit} characters).", memory_changed=True
    )


async def _core_memory_replace(m: Memory, agent: str, a: dict[str, Any]) -> Outcome:
    edit = BlockEdit(new=a["new_content"], old=a["old_content"])
    block = await m.edit_block(agent, a["label"], edit, respect_read_only=True)
    return Outcome(
        f"Replaced text in memory block {block.label!r} ({len(block.value)}/{block.limit} characters).",
        memory_changed=True,
    )


async def _archival_memory_insert(m: Memory, agent: str, a: dict[str, Any]) -> Outcome:
    passage, created = await m.insert_archival(agent, a["content"], tuple(a.get("tags", ())))
    if created:
        return Outcome(f"Stored in archival memory (id {passage.id}).")
    return Outcome(f"Already in archival memory (id {passage.id}); nothing new was stored.")


async def _archival_memory_update(m: Memory, agent: str, a: dict[str, Any]) -> Outcome:
    passage = await m.update_archival(agent, a["id"], a["content"])
    return Outcome(f"Updated archival passage {passage.id} (now version {passage.version}; earlier versions are kept).")


async def _archival_memory_delete(m: Memory, agent: str, a: dict[str, Any]) -> Outcome:
    await m.delete_archival(agent, a["id"])
    return Outcome(f"Deleted archival passage {a['id']} (its text is kept in its version history).")


async def _archival_memory_search(m: Memory, agent: str, a: dict[str, Any]) -> Outcome:
    top_k = a.get("top_k", 5)
    page = a.get("page", 0)
    if not 1 <= top_k <= 50 or not 0 <= page <= MAX_PAGE:
        raise InvalidArgument(f"archival_memory_search: top_k must be 1 to 50 and page 0 to {MAX_PAGE}")
    query = ArchivalQuery(
        query=a["query"],
        tags=tuple(a.get("tags", ())),
        match_all_tags=a.get("tag_match_mode") == "all",
        start_time=parse_time(a["start_datetime"], "start_datetime") if "start_datetime" in a else None,
        end_time=parse_time(a["end_datetime"], "end_datetime", end=True) if "end_datetime" in a else None,
        page_size=top_k,
    )
    query = replace(query, page_token=paging.offset_token(page * top_k, paging.search_scope("archival", agent, query)))
    found = await m.search_archival(agent, query)
    results = [
        {
            "id": h.passage.id,
            "timestamp": _iso(h.passage.create_time),
            "content": h.passage.content,
            "tags": list(h.passage.tags),
        }
        for h in found.items
    ]
    return Outcome(
        json.dumps({"page": page, "more": bool(found.next_page_token), "results": results}, ensure_ascii=False)
    )


async def _conversation_search(m: Memory, agent: str, a: dict[str, Any]) -> Outcome:
    return await _recall(m, agent, a, a.get("query", ""))


async def _conversation_search_date(m: Memory, agent: str, a: dict[str, Any]) -> Outcome:
    return await _recall(m, agent, a, "")


async def _recall(m: Memory, agent: str, a: dict[str, Any], text: str) -> Outcome:
    page, limit = a.get("page", 0), a.get("limit", 10)
    if not 1 <= limit <= 50 or not 0 <= page <= MAX_PAGE:
        raise InvalidArgument(f"limit must be 1 to 50 and page 0 to {MAX_PAGE}")
    query = RecallQuery(
        query=text,
        roles=tuple(Role(r) for r in a.get("roles", ())),
        start_time=parse_time(a["start_date"], "start_date") if "start_date" in a else None,
        end_time=parse_time(a["end_date"], "end_date", end=True) if "end_date" in a else None,
        page_size=limit,
    )
    query = replace(query, page_token=paging.offset_token(page * limit, paging.search_scope("recall", agent, query)))
    found = await m.search_recall(agent, query)
    results = [
        {"timestamp": _iso(h.message.create_time), "role": h.message.role.value, "content": _recall_text(h.message)}
        for h in found.items
    ]
    return Outcome(
        json.dumps(
            {"page": page, "total": found.total_size, "more": bool(found.next_page_token), "results": results},
            ensure_ascii=False,
        )
    )


def _recall_text(message: Any) -> str:
    if message.content:
        return message.content
    for call in message.tool_calls:
        if call.name == "send_message":
            return said(call.arguments)
    return message.inner_thoughts


_LABEL = Param("label", "string", "The memory block to edit, e.g. 'human' or 'persona'.")
_PAGE = Param("page", "integer", "Which page of results, from 0 (the default).", required=False)
_ROLES = Param(
    "roles",
    "array",
    "Only messages with these roles. Default: user and assistant.",
    required=False,
    enum=tuple(r.value for r in Role),
)

FUNCTIONS: dict[str, Function] = {
    f.name: f
    for f in (
        Function(
            "send_message",
            "Sends a message to the user. This is the only way the user sees anything you say.",
            (Param("message", "string", "The message, in the user's language."),),
            _send_message,
        ),
        Function(
            "core_memory_append",
            "Appends text to a block of your working context (core memory), on a new line. Blocks are always "
            "in your context; keep them short and current.",
            (_LABEL, Param("content", "string", "The text to append.")),
            _core_memory_append,
        ),
        Function(
            "core_memory_replace",
            "Replaces text in a block of your working context. old_content must match exactly; an empty "
            "new_content deletes old_content.",
            (
                _LABEL,
                Param("old_content", "string", "The exact text to replace, copied from the block."),
                Param("new_content", "string", "The new text; empty to delete."),
            ),
            _core_memory_replace,
        ),
        Function(
            "archival_memory_insert",
            "Stores a passage in archival memory, an unbounded store searched by meaning. Write self-contained "
            "passages that will make sense when found later.",
            (
                Param("content", "string", "The passage to store."),
                Param("tags", "array", "Optional labels to filter searches by.", required=False),
            ),
            _archival_memory_insert,
        ),
        Function(
            "archival_memory_update",
            "Replaces the text of an archival passage, by the id that archival_memory_search returned: use it "
            "when a stored fact changed or was wrong, instead of inserting a contradicting one. The earlier text "
            "is kept in the passage's history.",
            (
                Param("id", "string", "The passage's id, from archival_memory_search."),
                Param("content", "string", "The passage's new, complete text."),
            ),
            _archival_memory_update,
        ),
        Function(
            "archival_memory_delete",
            "Deletes an archival passage by its id (from archival_memory_search), e.g. a duplicate or a fact that "
            "no longer holds. Its text is kept in its history.",
            (Param("id", "string", "The passage's id, from archival_memory_search."),),
            _archival_memory_delete,
        ),
        Function(
            "archival_memory_search",
            "Searches archival memory by meaning, optionally filtered by tags and by when passages were stored.",
            (
                Param("query", "string", "What to look for, in words."),
                _PAGE,
                Param("top_k", "integer", "How many results per page, 1 to 50 (default 5).", required=False),
                Param("tags", "array", "Only passages with these tags.", required=False),
                Param(
                    "tag_match_mode",
                    "string",
                    "'any' (default) or 'all' of the tags.",
                    required=False,
                    enum=("any", "all"),
                ),
                Param(
                    "start_datetime", "string", "Only passages stored at or after this ISO 8601 time.", required=False
                ),
                Param("end_datetime", "string", "Only passages stored before this ISO 8601 time.", required=False),
            ),
            _archival_memory_search,
        ),
        Function(
            "conversation_search",
            "Searches the whole past conversation (recall storage, including messages no longer in your "
            "context) by words, best matches first.",
            (
                Param("query", "string", "Words to search for."),
                _PAGE,
                Param("limit", "integer", "How many results per page, 1 to 50 (default 10).", required=False),
                _ROLES,
                Param("start_date", "string", "Only messages from this ISO 8601 date or time on.", required=False),
                Param(
                    "end_date", "string", "Only messages up to this ISO 8601 date (inclusive) or time.", required=False
                ),
            ),
            _conversation_search,
        ),
        Function(
            "conversation_search_date",
            "Lists past messages (recall storage) between two dates, newest first.",
            (
                Param("start_date", "string", "ISO 8601 date or time to start from, e.g. 2024-05-01."),
                Param("end_date", "string", "ISO 8601 date (inclusive) or time to end at, e.g. 2024-05-31."),
                _PAGE,
                Param("limit", "integer", "How many results per page, 1 to 50 (default 10).", required=False),
            ),
            _conversation_search_date,
        ),
        *WAKEUP_FUNCTIONS,
    )
}
