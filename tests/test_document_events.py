"""Document events: IngestDocument with notify_agent gives the agent a turn about the document,
which it can read (archival_memory_search with the document's tag) and quote."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from memsvc.models import Agent, DocumentInput, EmbeddingConfig, IngestResult, LlmConfig
from memsvc.server.app import open_memory_store
from memsvc.v1 import agent_service_pb2 as pb
from memsvc.v1 import memory_service_pb2, message_pb2, step_pb2, wakeup_pb2
from tests.conftest import make_settings
from tests.fakellm import call, say
from tests.helpers import create_agent, events_of
from tests.test_wakeups import FIRED, PENDING, until_fired, wakeups

pytestmark = pytest.mark.layouts

MEMO = (
    "# Field memo\n\nThe night shift at the Glacier Archive moves the ice cores to freezer 7 every Thursday. "
    "Lars Eriksson signs the transfer log."
)
QUOTE = "The night shift at the Glacier Archive moves the ice cores to freezer 7 every Thursday."


async def ingest(memory, agent_id: str, **fields) -> memory_service_pb2.IngestResult:
    request = memory_service_pb2.IngestDocumentRequest(
        agent_id=agent_id, name="memo.md", content=MEMO.encode(), **fields
    )
    responses = [r async for r in memory.IngestDocument(request)]
    return responses[-1].result


async def test_an_ingested_document_starts_a_turn_whose_reply_quotes_its_chunk(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    watch = agents.WatchAgent(pb.WatchAgentRequest(agent_id=agent.id, after_agent_sequence=0))
    fake_llm.script(
        model,
        call("archival_memory_search", thought="A document arrived: read it.", query="memo", tags=["document:memo.md"]),
        say(f"The memo says: {QUOTE}", thought="Tell the user what it says."),
    )
    result = await ingest(memory, agent.id, notify_agent=True)
    assert result.chunks_created == 1
    assert result.document_tag == "document:memo.md"
    assert result.wakeup_id

    events: list[step_pb2.StepEvent] = []
    async with asyncio.timeout(30):
        async for response in watch:
            events.append(response.event)
            if response.event.WhichOneof("event") == "turn_end":
                break
    watch.cancel()
    received = events[0].input_received
    assert received.role == message_pb2.MESSAGE_ROLE_SYSTEM
    assert '"memo.md"' in received.content
    assert "1 chunk (all new)" in received.content
    assert '["document:memo.md"]' in received.content
    assert "archival_memory_search" in received.content
    found = events_of(events, "function_result")[0]
    assert found.ok
    assert "freezer 7" in found.result  # the chunk reached the agent
    assert events_of(events, "assistant_message")[0].content == f"The memo says: {QUOTE}"
    # What the LLM was shown: the event, then the chunk from its search.
    last = fake_llm.chat_requests(model)[-1]["messages"]
    assert any("[Document ingested]" in str(m.get("content")) for m in last)
    assert any("freezer 7" in str(m.get("content")) for m in last if m["role"] == "tool")

    fired = await until_fired(agents, agent.id, result.wakeup_id)
    assert fired.origin == wakeup_pb2.WAKEUP_ORIGIN_DOCUMENT
    assert fired.turn_id == events[0].turn_id


async def test_without_notify_agent_an_ingest_starts_no_turn(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    quiet = await ingest(memory, agent.id)
    assert not quiet.wakeup_id

    # Ingested again (nothing new) with notify_agent: nothing to tell, no turn.
    again = await ingest(memory, agent.id, notify_agent=True)
    assert (again.chunks_created, again.chunks_existing, again.wakeup_id) == (0, 1, "")
    assert await wakeups(agents, agent.id, PENDING) == []
    assert await wakeups(agents, agent.id, FIRED) == []
    assert (await agents.ListTurns(pb.ListTurnsRequest(agent_id=agent.id))).turns == []
    assert fake_llm.chat_requests(model) == []


@pytest.mark.embedded_only  # it injects a failure into the memory store, in this process
@pytest.mark.regression("a crash after a document's chunks were stored, before its notification, lost the notification")
async def test_a_crash_before_the_notification_is_stored_leaves_the_last_chunks_unstored(tmp_path, fake_llm):
    """The last batch of chunks and the document's wake-up are one transaction: a failure
    between them (a crash, as far as the database can tell) stores neither, so the ingest
    fails and a retry stores the rest of the chunks and the notification, once."""
    store = open_memory_store(make_settings(tmp_path / "data"))
    try:
        embedding = EmbeddingConfig("hash-64", fake_llm.base_url, "openai", 64)
        llm = LlmConfig(model="m", context_window=16384, max_tokens=512)
        agent = await store.create_agent(Agent(str(uuid.uuid4()), "reader", llm, "You.", embedding))
        text = "\n\n".join(f"Section {i}: the crane number {i} lifts containers at the harbour." for i in range(40))
        document = DocumentInput("cranes.txt", text.encode(), chunk_size=32, notify_agent=True)

        def crash(*args: object, **kwargs: object) -> str:
            raise RuntimeError("the memory server died here")

        store.sql.add_wakeup = crash  # type: ignore[method-assign]
        progress = []

        async def ingest_until_it_fails() -> None:
            async for event in store.ingest_document(agent.id, document):
                progress.append(event)

        with pytest.raises(RuntimeError, match="died here"):
            await ingest_until_it_fails()
        total = progress[0].chunks_total
        stored_before = progress[-1].chunks_done
        assert 0 < stored_before < total  # earlier batches were stored; the last one was not
        passages = await store.list_archival(agent.id, 1000, "")
        assert len(passages.items) == stored_before
        assert (await store.list_wakeups(agent.id, (), 100, "")).items == []

        del store.sql.add_wakeup  # the restarted server
        events = [e async for e in store.ingest_document(agent.id, document)]
        result = events[-1]
        assert isinstance(result, IngestResult)
        assert (result.chunks_total, result.chunks_existing) == (total, stored_before)
        assert len((await store.list_archival(agent.id, 1000, "")).items) == total
        (wakeup,) = (await store.list_wakeups(agent.id, (), 100, "")).items
        assert (wakeup.id, wakeup.status, wakeup.created_by) == (result.wakeup_id, "pending", "document")
        assert f"{total} chunks" in wakeup.reason
    finally:
        store.close()
