"""Agent files: an agent with all of its memory, exported to one versioned file and imported
on any memsvc (SQLite or PostgreSQL), or imported from a Letta Agent File (letta_file.py).

Export reads the records in one transaction and the passages page by page. Import checks
everything first, writes the agent, its blocks, messages and queue state in one
transaction, then embeds and stores the passages with the agent's own embedding model
(vectors are never carried: the target's model may differ, and re-embedding is always
right). Recall vectors follow in the background, as for any new message.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import replace
from typing import TYPE_CHECKING

from memsvc import validation
from memsvc.errors import AlreadyExists, FailedPrecondition, NotFound
from memsvc.memory import import_checks, letta_file
from memsvc.models import AGENT_FILE_VERSION, AgentExport, ImportOutcome, PassageInput, now

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
    field = "agent_file"
    if isinstance(source, bytes):
        source, unmapped = letta_file.convert(source)
        assign_new_id = True
        field = "letta_agent_file"
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
    import_checks.check_file(exported, agent.id, field, store.settings.max_message_chars)
    messages = [replace(m, id=str(uuid.uuid4()) if assign_new_id else m.id) for m in exported.messages]
    state = await asyncio.to_thread(import_checks.counted, agent, messages, exported.state, field)
    state = import_checks.fitted(agent, messages, state)
    try:
        stored = await store.run_sql(store.sql.import_records, agent, messages, state)
    except AlreadyExists:
        if assign_new_id or await _visible(store, agent.id):
            raise AlreadyExists(
                f"agent {agent.id} already exists: import with a new id to import a copy beside it "
                "(ImportAgentRequest.assign_new_id)",
                reason="AGENT_ALREADY_EXISTS",
            ) from None
        # An id in the file is taken by an agent the caller cannot see (another tenant's, or one
        # whose message ids it copied): the file is imported under new ids, as with assign_new_id,
        # so nothing says whose the id is.
        agent = replace(agent, id=str(uuid.uuid4()))
        for m in messages:
            m.id = str(uuid.uuid4())
        stored = await store.run_sql(store.sql.import_records, agent, messages, state)
    count = 0
    for start in range(0, len(exported.passages), PAGE):
        batch = [PassageInput(p.content, p.tags, p.create_time) for p in exported.passages[start : start + PAGE]]
        results = await store.insert_archival_batch(stored.id, batch)
        count += sum(1 for _, created in results if created)
    if store.recall is not None and messages:
        store.recall.wake()
    return ImportOutcome(stored, len(messages), count, unmapped)


async def _visible(store: MemoryStore, agent_id: str) -> bool:
    """Whether the caller's tenant has an agent with this id."""
    try:
        await store.run_sql(store.sql.get_agent, agent_id)
    except NotFound:
        return False
    return True
