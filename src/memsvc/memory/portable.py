"""Agent files: an agent with all of its memory, exported to one versioned file and imported
on any memsvc (SQLite or PostgreSQL), or imported from a Letta Agent File (letta_file.py).

Export reads the records in one transaction and the passages page by page. Import checks
everything first, writes the agent, its blocks, messages and queue state in one
transaction, then embeds and stores the passages with the agent's own embedding model
(vectors are never carried: the target's model may differ, and re-embedding is always
right). Recall vectors follow in the background, as for any new message.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import TYPE_CHECKING

from memsvc import agent_config, validation
from memsvc.errors import FailedPrecondition, InvalidArgument
from memsvc.memory import checks, letta_file
from memsvc.models import AGENT_FILE_VERSION, AgentExport, ImportOutcome, PassageInput, now
from memsvc.storage.sql import check_block_limit

if TYPE_CHECKING:
    from memsvc.memory.store import MemoryStore

EXPORTER = "memsvc 0.1.0"
PAGE = 1000


async def export_agent(store: MemoryStore, agent_id: str) -> AgentExport:
    agent_id = validation.agent_id(agent_id)
    agent, messages, state = await store.run_sql(store.sql.export_records, agent_id)
    passages = []
    token = ""
    while True:
        page = await store.run_sql(store.sql.list_passages, agent_id, PAGE, token)
        passages.extend(page.items)
        if not (token := page.next_page_token):
            break
    return AgentExport(agent, messages, state, passages, AGENT_FILE_VERSION, EXPORTER, now())


async def import_agent(
    store: MemoryStore, source: AgentExport | bytes, *, assign_new_id: bool = False
) -> ImportOutcome:
    unmapped: list[str] = []
    if isinstance(source, bytes):
        source, unmapped = letta_file.convert(source)
        assign_new_id = True
    exported = source
    if exported.format_version != AGENT_FILE_VERSION:
        raise FailedPrecondition(
            f"this server reads agent files of format version {AGENT_FILE_VERSION}; "
            f"the file has version {exported.format_version}",
            reason="AGENT_FILE_VERSION",
        )
    agent = exported.agent
    if assign_new_id:
        agent = replace(agent, id=str(uuid.uuid4()))
    _check(store, exported, agent.id)
    messages = [replace(m, id=str(uuid.uuid4()) if assign_new_id else m.id) for m in exported.messages]
    stored = await store.run_sql(store.sql.import_records, agent, messages, exported.state)
    count = 0
    for start in range(0, len(exported.passages), PAGE):
        batch = [PassageInput(p.content, p.tags, p.create_time) for p in exported.passages[start : start + PAGE]]
        results = await store.insert_archival_batch(stored.id, batch)
        count += sum(1 for _, created in results if created)
    if store.recall is not None and messages:
        store.recall.wake()
    return ImportOutcome(stored, len(messages), count, unmapped)


def _check(store: MemoryStore, exported: AgentExport, agent_id: str) -> None:
    """What is imported must be what memsvc itself could have written."""
    agent = exported.agent
    validation.object_id(agent_id, "agent_file.agent.id", "agent")
    checks.check_agent(agent, checks.ALL_AGENT_FIELDS)
    if len(agent.blocks) > agent_config.MAX_BLOCKS:
        raise InvalidArgument(f"an agent has at most {agent_config.MAX_BLOCKS} memory blocks", field="agent_file.agent")
    labels = [validation.label(b.label, "agent_file.agent.memory_blocks.label") for b in agent.blocks]
    for block in agent.blocks:
        check_block_limit(block)
    if len(set(labels)) != len(labels):
        raise InvalidArgument("memory block labels must be unique", field="agent_file.agent.memory_blocks")
    last = 0
    for m in exported.messages:
        checks.check_message(m)
        if m.sequence <= last:
            raise InvalidArgument(
                "agent_file.messages must be in increasing sequence order, from 1", field="agent_file.messages"
            )
        last = m.sequence
    state = exported.state
    if not 0 <= state.summarized_through_sequence <= state.evicted_through_sequence <= last:
        raise InvalidArgument(
            "queue_state: summarized_through <= evicted_through <= the last message's sequence must hold",
            field="agent_file.queue_state",
        )
    validation.text(state.summary, "agent_file.queue_state.summary", max_chars=1_000_000, required=False)
    for p in exported.passages:
        validation.text(p.content, "agent_file.passages.content", max_chars=store.settings.max_message_chars)
