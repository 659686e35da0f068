"""What an imported agent file must be (portable.py), and its messages made to fit the agent.

A file is checked as if memsvc itself had written it: the agent as CreateAgent checks it,
user and system messages no longer than a client may send (MEMSVC_MAX_MESSAGE_CHARS), turn
ids that are UUIDs, times that have happened. Nothing the file says about tokens is trusted:
every message and the summary are counted again with the agent's own tokenizer, and if the
in-context window would not leave room in the agent's prompt, its oldest messages are evicted
to recall storage, with the summary pending (the next turn writes it), as the queue manager
would have done.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from memsvc import validation
from memsvc.chat_format import to_openai
from memsvc.errors import InvalidArgument
from memsvc.memory import checks
from memsvc.models import Agent, AgentExport, ContextState, Message, Role, now
from memsvc.storage.sql import check_block_limit
from memsvc.tokens import TokenCounter

# Message times in a file are times messages were said: not in the future (a day of clock skew allowed).
FUTURE_SKEW_SECONDS = 86_400
# Roles whose content a client writes (SendMessage, AppendConversation): MEMSVC_MAX_MESSAGE_CHARS applies.
CLIENT_ROLES = (Role.USER, Role.SYSTEM)


def check_file(exported: AgentExport, agent_id: str, source: str, max_message_chars: int) -> None:
    """What is imported must be what memsvc itself could have written. `source` names the
    request field the file came in (agent_file or letta_agent_file), for error fields."""
    agent = exported.agent
    validation.object_id(agent_id, f"{source}.agent.id", "agent")
    checks.check_agent(agent, checks.ALL_AGENT_FIELDS)
    checks.check_blocks(agent.blocks, f"{source}.agent.memory_blocks")
    for block in agent.blocks:
        check_block_limit(block)
    last = 0
    latest = now() + FUTURE_SKEW_SECONDS
    for i, m in enumerate(exported.messages):
        check_message(m, f"{source}.messages[{i}]", max_message_chars, latest)
        if m.sequence <= last:
            raise InvalidArgument(
                f"{source}.messages must be in increasing sequence order, from 1", field=f"{source}.messages"
            )
        last = m.sequence
    state = exported.state
    if not 0 <= state.summarized_through_sequence <= state.evicted_through_sequence <= last:
        raise InvalidArgument(
            "queue_state: summarized_through <= evicted_through <= the last message's sequence must hold",
            field=f"{source}.queue_state",
        )
    validation.text(state.summary, f"{source}.queue_state.summary", max_chars=1_000_000, required=False)
    for p in exported.passages:
        validation.text(p.content, f"{source}.passages.content", max_chars=max_message_chars)


def check_message(m: Message, field: str, max_message_chars: int, latest: float) -> None:
    checks.check_message(m)
    what = f"message {m.sequence}, {m.role.value}"
    if m.role in CLIENT_ROLES and len(m.content) > max_message_chars:
        raise InvalidArgument(
            f"{field}.content ({what}) has {len(m.content):,} characters; this server takes messages of at most "
            f"{max_message_chars:,} (MEMSVC_MAX_MESSAGE_CHARS): shorten it, or raise the limit on the server",
            reason="MESSAGE_TOO_LARGE",
            field=f"{field}.content",
        )
    if m.turn_id:
        try:
            uuid.UUID(m.turn_id)
        except ValueError:
            raise InvalidArgument(
                f"{field}.turn_id ({what}) must be a UUID (the turn that wrote it) or empty; got {m.turn_id[:40]!r}",
                field=f"{field}.turn_id",
            ) from None
    if not 0 <= m.create_time <= latest:
        raise InvalidArgument(
            f"{field}.create_time ({what}) must be a time the message was said: from 1970-01-01 to now",
            field=f"{field}.create_time",
        )


def counted(agent: Agent, messages: list[Message], state: ContextState, source: str) -> ContextState:
    """Counts every message and the summary with the agent's tokenizer (whatever the file says), and
    refuses a message larger than the agent's whole prompt budget: memsvc never writes one."""
    counter = TokenCounter(agent.llm_config.model)
    budget = agent.llm_config.context_window - agent.llm_config.max_tokens
    for i, m in enumerate(messages):
        m.token_count = counter.message(to_openai(m))
        if m.token_count > max(budget, agent.llm_config.max_tokens):
            raise InvalidArgument(
                f"{source}.messages[{i}] (message {m.sequence}, {m.role.value}) has {m.token_count:,} tokens, more "
                f"than this agent's whole prompt budget of {budget:,} (context_window "
                f"{agent.llm_config.context_window:,} minus max_tokens {agent.llm_config.max_tokens:,}): shorten it, "
                "or raise llm_config.context_window in the file",
                reason="MESSAGE_TOO_LARGE",
                field=f"{source}.messages[{i}].content",
            )
    return replace(state, summary_token_count=counter.text(state.summary))


def fitted(agent: Agent, messages: list[Message], state: ContextState) -> ContextState:
    """The queue state with the in-context window cut, oldest first, until it fits the agent's
    prompt below the memory-pressure warning threshold (beside the system prompt, blocks and
    summary; the function schemas have the rest). Evicted messages stay in recall storage; the
    summary of them is pending, written at the agent's next turn. A tool result leaves with its call."""
    counter = TokenCounter(agent.llm_config.model)
    budget = agent.llm_config.context_window - agent.llm_config.max_tokens
    fixed = counter.text(agent.system) + sum(counter.text(b.value) for b in agent.blocks) + state.summary_token_count
    room = int(budget * agent.context_config.warning_threshold) - fixed
    window = [m for m in messages if m.in_context and m.sequence > state.evicted_through_sequence]
    total = sum(m.token_count for m in window)
    cut = 0
    i = 0
    while total > room and i < len(window):
        total -= window[i].token_count
        cut = window[i].sequence
        i += 1
        while i < len(window) and window[i].role is Role.TOOL:
            total -= window[i].token_count
            cut = window[i].sequence
            i += 1
    if not cut:
        return state
    for m in messages:
        if m.sequence <= cut:
            m.in_context = False
    return replace(state, evicted_through_sequence=cut, summary_pending=True, warned=False)
