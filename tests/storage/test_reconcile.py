"""After a crash, the vector index is made to match the passage records at start-up."""

from __future__ import annotations

import asyncio
import uuid

import grpc
import pytest

from memsvc.server.app import open_memory_store, start
from memsvc.storage.vectors import VectorPoint
from memsvc.v1 import memory_service_pb2, memory_service_pb2_grpc, message_pb2
from tests.conftest import make_settings
from tests.helpers import create_agent


async def test_orphan_points_are_deleted_and_lost_vectors_rebuilt(tmp_path, fake_llm, model):
    settings = make_settings(tmp_path / "data")
    running = await start("all", settings)
    async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as chan:
        from memsvc.v1 import agent_service_pb2_grpc

        agent = await create_agent(agent_service_pb2_grpc.AgentServiceStub(chan), fake_llm, model)
        memory = memory_service_pb2_grpc.MemoryServiceStub(chan)
        kept = await memory.InsertArchivalMemory(
            memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent.id, content="kept")
        )
        lost = await memory.InsertArchivalMemory(
            memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent.id, content="lost vector")
        )
    await running.stop(0)

    # Simulate both halves of a crash: a point without a record, and a record without a point.
    store = open_memory_store(settings)
    orphan = str(uuid.uuid4())
    store.index.upsert(64, [VectorPoint(orphan, [1.0] + [0.0] * 63, agent.id, (), 0)])
    store.index.delete(64, [lost.passage.id])
    assert orphan in store.index.point_ids(agent.id)
    store.close()

    running = await start("all", settings)  # reconciles before serving
    await running.stop(0)
    store = open_memory_store(settings)
    try:
        assert store.index.point_ids(agent.id) == {kept.passage.id, lost.passage.id}
    finally:
        store.close()


async def recall_indexed(memory, agent_id: str) -> None:
    """Waits (a condition, bounded by the test timeout) until every message is in the recall index."""
    search = memory_service_pb2.SearchRecallMessagesRequest(agent_id=agent_id, query="tea")
    while (await memory.SearchRecallMessages(search)).unindexed_messages:  # noqa: ASYNC110 (another process)
        await asyncio.sleep(0.05)


@pytest.mark.regression("issue 11: recall vectors lost (an OS crash before the index flushed) were never rebuilt")
async def test_lost_recall_vectors_are_rebuilt_at_start_up(tmp_path, fake_llm, model):
    settings = make_settings(tmp_path / "data")
    running = await start("all", settings)
    async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as chan:
        from memsvc.v1 import agent_service_pb2_grpc

        agent = await create_agent(agent_service_pb2_grpc.AgentServiceStub(chan), fake_llm, model)
        memory = memory_service_pb2_grpc.MemoryServiceStub(chan)
        said = [message_pb2.MessageInput(content=f"I like tea number {i}") for i in range(5)]
        stored = await memory.AppendRecallMessages(
            memory_service_pb2.AppendRecallMessagesRequest(agent_id=agent.id, messages=said)
        )
        await recall_indexed(memory, agent.id)
    await running.stop(0)

    store = open_memory_store(settings)  # the loss: two vectors gone, their messages still marked embedded
    lost = [stored.messages[1].id, stored.messages[3].id]
    store.recall.index.delete(agent.embedding_config.embedding_dim, lost)
    assert not set(lost) & store.recall.index.point_ids(agent.id)
    store.close()

    running = await start("all", settings)  # reconciles before serving; the indexer embeds them again
    async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as chan:
        await recall_indexed(memory_service_pb2_grpc.MemoryServiceStub(chan), agent.id)
    await running.stop(0)
    store = open_memory_store(settings)
    try:
        assert {m.id for m in stored.messages} <= store.recall.index.point_ids(agent.id)
    finally:
        store.close()
