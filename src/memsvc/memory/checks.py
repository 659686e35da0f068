"""What the memory store accepts, whoever calls it: the agent server completes and checks what it
sends, and the memory server checks it again here, so the internal API can never store what the
public one would refuse."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence

from memsvc import agent_config, client_tools, validation
from memsvc.errors import InvalidArgument
from memsvc.memory.embeddings import check_embedding_config
from memsvc.models import Agent, Block, ContextState, EventRecord, Message, TurnRecord

TURN_STATUSES = ("running", "waiting", "ended")
# What CreateAgent / ImportAgent store of an agent, all checked.
ALL_AGENT_FIELDS = frozenset(
    {"name", "system", "llm_config", "embedding_config", "context_config", "max_steps", "tools", "consolidation"}
)


def check_agent(agent: Agent, fields: frozenset[str]) -> None:
    """The store checks what it stores, whoever calls it (the agent server has completed it)."""
    if "name" in fields:
        validation.text(agent.name, "agent.name", max_chars=256)
    if "system" in fields:
        validation.text(agent.system, "agent.system", max_chars=100_000)
    if "llm_config" in fields:
        agent.llm_config = agent_config.check_llm_config(agent.llm_config)
    if "embedding_config" in fields:
        if agent.embedding_config is None:
            raise InvalidArgument("embedding_config is required", field="embedding_config")
        check_embedding_config(agent.embedding_config)
    if "context_config" in fields:
        agent.context_config = agent_config.check_context_config(agent.context_config)
    if "max_steps" in fields:
        agent_config.check_max_steps(agent.max_steps)
    if "tools" in fields:
        agent.tools = client_tools.check_tool_config(agent.tools, None)
    if "consolidation" in fields:
        agent.consolidation = agent_config.check_consolidation_config(agent.consolidation)


def check_blocks(blocks: list[Block], field: str) -> None:
    """An agent's blocks as a whole: how many, and labels unique."""
    if len(blocks) > agent_config.MAX_BLOCKS:
        raise InvalidArgument(f"an agent has at most {agent_config.MAX_BLOCKS} memory blocks", field=field)
    labels = [validation.label(b.label, f"{field}.label") for b in blocks]
    if len(set(labels)) != len(labels):
        raise InvalidArgument("memory block labels must be unique within an agent", field=field)


def check_turn_id(value: str) -> str:
    return validation.uuid_id(value, "turn_id")


def check_event(event: EventRecord) -> None:
    check_turn_id(event.turn_id)
    validation.text(event.data, "events.data_json", max_chars=8_000_000)
    json_object(event.data, "events.data_json", ("type", str), ("fields", dict))


def json_object(text: str, field: str, *keys: tuple[str, type]) -> None:
    """Internal JSON the agent server reads back: at least an object with these keys."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        value = None
    if not isinstance(value, dict) or any(not isinstance(value.get(k), t) for k, t in keys):
        names = ", ".join(k for k, _ in keys)
        raise InvalidArgument(f"{field} must be a JSON object with {names}", field=field)


def check_turn(turn: TurnRecord) -> None:
    check_turn_id(turn.id)
    if turn.status not in TURN_STATUSES:
        raise InvalidArgument(f"turn.status must be one of {', '.join(TURN_STATUSES)}", field="turn")
    validation.text(turn.state_json, "turn.state_json", max_chars=8_000_000)
    json_object(turn.state_json, "turn.state_json", ("step", int), ("pending", list))
    validation.request_id(turn.request_id)


MAX_TOKENS = 100_000_000


def check_message(m: Message) -> None:
    """Messages from the agent server: what the store holds must be storable and sane."""
    try:
        uuid.UUID(m.id)
    except (ValueError, TypeError):
        raise InvalidArgument("messages.id must be a UUID", field="messages.id") from None
    for name, value, limit in (
        ("content", m.content, 1_000_000),
        ("inner_thoughts", m.inner_thoughts, 1_000_000),
        ("tool_call_id", m.tool_call_id, 128),
        ("name", m.name, 128),
        ("turn_id", m.turn_id, 36),
    ):
        validation.text(value, f"messages.{name}", max_chars=limit, required=False)
    for call in m.tool_calls:
        validation.text(call.id, "messages.tool_calls.id", max_chars=128, required=False)
        validation.text(call.name, "messages.tool_calls.name", max_chars=128, required=False)
        validation.text(call.arguments, "messages.tool_calls.arguments", max_chars=1_000_000, required=False)
    if not 0 <= m.token_count <= MAX_TOKENS:
        raise InvalidArgument("messages.token_count is out of range", field="messages.token_count")


def check_lease(holder: str, ttl_seconds: float) -> None:
    validation.text(holder, "holder", max_chars=200)
    if not 1 <= ttl_seconds <= 3600:
        raise InvalidArgument("a lease needs a holder (1 to 200 characters) and a ttl of 1 to 3600 seconds")


def check_range(start: float | None, end: float | None) -> None:
    if start is not None and end is not None and end <= start:
        raise InvalidArgument("end_time must be after start_time", field="end_time")


def check_commit(
    messages: Sequence[Message],
    state: ContextState | None,
    request: tuple[str, str] | None,
    events: Sequence[EventRecord],
    turn: TurnRecord | None,
) -> None:
    """A step's commit: its messages, the queue's state, the request it answers, events and turn record."""
    if request is not None:
        validation.request_id(request[0])
        validation.text(request[1], "turn_id", max_chars=36, required=False)
    for event in events:
        check_event(event)
    if turn is not None:
        check_turn(turn)
    for m in messages:
        check_message(m)
    if state is not None:
        validation.text(state.summary, "state.summary", max_chars=1_000_000, required=False)
        if not 0 <= state.summary_token_count <= MAX_TOKENS:
            raise InvalidArgument("state.summary_token_count is out of range", field="state.summary_token_count")
