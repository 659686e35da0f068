"""The Python client (clients/python/memsvc_client) against an in-process all-in-one server."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import grpc
import pytest

from memsvc.server.app import Running, start
from memsvc.v1 import memory_service_pb2, step_pb2
from memsvc_client import MemsvcClient, MemsvcRPCError, event_kind
from tests.conftest import make_settings
from tests.fakellm import Call, FakeLLM, Reply, call, say
from tests.layouts import TEST_ENDPOINTS

BLOCKS = {"human": "My name is Xiaoming, I am a product manager", "persona": "You are Letta, my assistant"}


@pytest.fixture
async def client(server: Running) -> AsyncIterator[MemsvcClient]:
    async with MemsvcClient(f"127.0.0.1:{server.port}", timeout=30) as memsvc:
        yield memsvc


async def new_agent(client: MemsvcClient, fake: FakeLLM, model: str, **kwargs: object):
    embedding = {
        "embedding_model": "hash-64",
        "embedding_endpoint": fake.base_url,
        "embedding_endpoint_type": "openai",
        "embedding_dim": 64,
    }
    return await client.create_agent(
        model, 16384, model_endpoint=fake.base_url, blocks=BLOCKS, embedding=embedding, **kwargs
    )


async def test_create_send_read_and_delete(client, fake_llm, model):
    agent = await new_agent(client, fake_llm, model, name="py-client", request_id=f"create-{model}")
    assert agent.name == "py-client"
    assert {b.label: b.value for b in agent.memory_blocks} == BLOCKS
    # The same request_id returns the same agent.
    again = await new_agent(client, fake_llm, model, name="py-client", request_id=f"create-{model}")
    assert again.id == agent.id

    fake_llm.script(
        model,
        Reply(
            thought="The user corrects their name.",
            calls=[
                Call(
                    "core_memory_replace", {"label": "human", "old_content": "Xiaoming", "new_content": "Alibaba"}, True
                )
            ],
        ),
        say("Nice to meet you, Alibaba!"),
    )
    turn = await client.send_message(agent.id, "I'm not Xiaoming, my name is Alibaba")
    assert turn.replies == ["Nice to meet you, Alibaba!"]
    assert turn.stop_reason == "END_TURN"
    assert turn.step_count == 2
    assert turn.usage.total_tokens == turn.usage.prompt_tokens + turn.usage.completion_tokens > 0
    assert turn.turn_id
    assert turn.error is None
    assert [event_kind(e) for e in turn.events][:4] == [
        "input_received",
        "inner_thought",
        "function_call",
        "function_result",
    ]

    block = await client.get_block(agent.id, "human")
    assert block.value == "My name is Alibaba, I am a product manager"
    block = await client.update_block(agent.id, "human", "My name is Alibaba", description="who the user is")
    assert (block.value, block.description) == ("My name is Alibaba", "who the user is")
    assert [b.label for b in await client.list_blocks(agent.id)] == ["human", "persona"]

    assert (await client.get_agent(agent.id)).id == agent.id
    assert agent.id in [a.id async for a in client.list_agents(page_size=1)]
    messages = [m async for m in client.list_messages(agent.id, page_size=2)]
    assert messages[0].content == "I'm not Xiaoming, my name is Alibaba"
    assert [m.sequence for m in messages] == list(range(1, len(messages) + 1))
    found = await client.search_recall(agent.id, "Alibaba", roles=["user"])
    assert found.hits[0].message.content == "I'm not Xiaoming, my name is Alibaba"

    window = await client.get_context_window(agent.id)
    assert window.context_window == 16384
    assert window.prompt_budget_tokens == 16384 - window.reply_reserve_tokens
    assert window.message_count == len(messages)
    assert window.total_tokens >= window.messages_tokens > 0

    await client.delete_agent(agent.id)
    with pytest.raises(MemsvcRPCError) as info:
        await client.get_agent(agent.id)
    assert info.value.reason == "AGENT_NOT_FOUND"


async def test_background_consolidation_is_configured_and_started(client, fake_llm, model):
    agent = await new_agent(client, fake_llm, model, consolidation={"enabled": True, "every_n_turns": 50})
    assert (agent.consolidation_config.enabled, agent.consolidation_config.every_n_turns) == (True, 50)
    fake_llm.script(model, Reply(content="Nothing to change."))
    run = await client.consolidate(agent.id)
    async for event in client.watch(agent.id, after_agent_sequence=0):
        if event.turn_id == run.id and event_kind(event) == "turn_end":
            break
    turn = await client.get_turn(agent.id, run.id)
    assert (turn.kind, turn.stop_reason) == (step_pb2.TURN_KIND_CONSOLIDATION, step_pb2.STOP_REASON_END_TURN)


async def test_stream_two_turns_and_a_cancel(client, fake_llm, model):
    agent = await new_agent(client, fake_llm, model)
    fake_llm.script(
        model,
        say("Hello there!", thought="Greet the user."),
        # The second turn: a slow first step that asks for a heartbeat; the cancel lands during it.
        Reply(calls=[Call("core_memory_append", {"label": "human", "content": "Likes tea."}, True)], delay=1.0),
        say("Back again."),
    )
    async with client.stream_step(agent.id) as stream:
        first = await stream.turn("Hi")
        assert first.replies == ["Hello there!"]
        assert first.stop_reason == "END_TURN"

        await stream.send("Remember that I like tea")
        events = []
        async for event in stream:
            events.append(event)
            if event_kind(event) == "input_received":
                await stream.cancel()
            if event_kind(event) == "turn_end":
                break
        assert events[-1].turn_end.stop_reason == 5  # STOP_REASON_CANCELLED
        assert events[0].turn_id != first.turn_id
        assert "assistant_message" not in [event_kind(e) for e in events]

        # The stream goes on after a cancelled turn.
        third = await stream.turn("Still there?")
        assert third.replies == ["Back again."]
        assert third.stop_reason == "END_TURN"
    assert fake_llm.pending(model) == 0


async def test_stream_ends_after_end_and_reports_unknown_agents(client, fake_llm, model):
    agent = await new_agent(client, fake_llm, model)
    stream = client.stream_step(agent.id)
    await stream.send("one")
    await stream.send("two")
    await stream.end()
    ends = [e async for e in stream if event_kind(e) == "turn_end"]
    assert len(ends) == 2  # both queued turns ran, then the stream ended

    nobody = client.stream_step(str(uuid.uuid4()))
    await nobody.send("hello")
    with pytest.raises(MemsvcRPCError) as info:
        async for _ in nobody:
            pass
    assert (info.value.code, info.value.reason) == (grpc.StatusCode.NOT_FOUND, "AGENT_NOT_FOUND")


async def test_errors_are_decoded(client, fake_llm, model, server):
    nobody = str(uuid.uuid4())
    with pytest.raises(MemsvcRPCError) as info:
        await client.send_message(nobody, "hello")
    err = info.value
    assert (err.code, err.reason) == (grpc.StatusCode.NOT_FOUND, "AGENT_NOT_FOUND")
    assert nobody in err.message
    assert str(err).endswith("(NOT_FOUND AGENT_NOT_FOUND)")
    assert err.retry_delay is None

    with pytest.raises(MemsvcRPCError) as info:
        await client.create_agent(model, 100, model_endpoint=fake_llm.base_url)
    err = info.value
    assert (err.code, err.reason) == (grpc.StatusCode.INVALID_ARGUMENT, "INVALID_ARGUMENT")
    assert [v.field for v in err.field_violations] == ["llm_config.context_window"]
    assert "2048" in err.field_violations[0].description

    agent = await new_agent(client, fake_llm, model)
    with pytest.raises(MemsvcRPCError) as info:
        await client.send_message(agent.id, "   ")
    assert info.value.field_violations
    with pytest.raises(MemsvcRPCError) as info:
        await client.update_block(agent.id, "human", "x" * 6000)
    assert info.value.reason == "BLOCK_LIMIT_EXCEEDED"

    # A turn whose LLM is down fails with UNAVAILABLE and a retry hint.
    fake_llm.script(model, Reply(status=503))
    with pytest.raises(MemsvcRPCError) as info:
        await client.send_message(agent.id, "are you there?")
    assert (info.value.code, info.value.reason) == (grpc.StatusCode.UNAVAILABLE, "LLM_UNAVAILABLE")

    # No server at all: the transport's status, without a reason.
    await server.stop(0)
    with pytest.raises(MemsvcRPCError) as info:
        await client.get_agent(agent.id)
    assert info.value.code == grpc.StatusCode.UNAVAILABLE
    assert info.value.reason == ""


async def test_ingest_reports_progress_then_the_result(client, fake_llm, model, tmp_path):
    agent = await new_agent(client, fake_llm, model)
    notes = tmp_path / "notes.md"
    paragraphs = [f"Section {i}. The tea plantation number {i} grows oolong on hill {i}." for i in range(40)]
    notes.write_text("# Notes\n\n" + "\n\n".join(paragraphs), encoding="utf-8")

    events = [e async for e in client.ingest_document(agent.id, notes, tags=["tea"], chunk_size=64)]
    progress, result = events[:-1], events[-1]
    assert isinstance(result, memory_service_pb2.IngestResult)
    assert progress
    assert all(isinstance(p, memory_service_pb2.IngestProgress) for p in progress)
    assert [p.chunks_done for p in progress] == sorted(p.chunks_done for p in progress)
    assert progress[-1].chunks_done == progress[-1].chunks_total == result.chunks_total > 1
    assert result.chunks_created == result.chunks_total
    assert result.document_tag == "document:notes.md"

    hits = await client.search_archival(
        agent.id, "oolong hill 7", tags=["tea", result.document_tag], match_all_tags=True
    )
    assert hits.hits
    assert "oolong" in hits.hits[0].passage.content
    inserted = await client.insert_archival(agent.id, "Alibaba prefers green tea.", tags=["tea"])
    assert inserted.created

    # The same bytes again: nothing new.
    again = [e async for e in client.ingest_document(agent.id, notes.read_bytes(), name="notes.md", chunk_size=64)]
    assert again[-1].chunks_existing == result.chunks_total
    assert again[-1].chunks_created == 0

    with pytest.raises(MemsvcRPCError) as info:
        async for _ in client.ingest_document(agent.id, b"", name="empty.txt"):
            pass
    assert info.value.code == grpc.StatusCode.INVALID_ARGUMENT


async def test_api_key_is_sent_on_every_call(tmp_path, fake_llm, model):
    keyed = await start(
        "all", make_settings(tmp_path / "keyed", api_keys={"sk-acme": "acme"}, allowed_endpoints=TEST_ENDPOINTS)
    )
    address = f"127.0.0.1:{keyed.port}"
    try:
        async with MemsvcClient(address, api_key="sk-acme") as acme:
            agent = await new_agent(acme, fake_llm, model)
            fake_llm.script(model, call("core_memory_append", label="human", content="Has a key."), say("Done."))
            assert (await acme.send_message(agent.id, "remember my key")).replies == ["Done."]
            async with acme.stream_step(agent.id) as stream:
                assert (await stream.turn("hi")).stop_reason == "END_TURN"
            progress = [e async for e in acme.ingest_document(agent.id, b"Tea notes.", name="tea.txt")]
            assert progress[-1].chunks_created == 1
        async with MemsvcClient(address) as anonymous:
            with pytest.raises(MemsvcRPCError) as info:
                await anonymous.get_agent(agent.id)
            assert (info.value.code, info.value.reason) == (grpc.StatusCode.UNAUTHENTICATED, "API_KEY_MISSING")
        async with MemsvcClient(address, api_key="sk-wrong") as wrong:
            with pytest.raises(MemsvcRPCError) as info:
                async for _ in wrong.stream_step(agent.id):
                    pass
            assert info.value.reason == "API_KEY_INVALID"
    finally:
        await keyed.stop(0)
