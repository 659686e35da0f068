"""After a crash, the vector index is made to match the passage records at start-up."""

from __future__ import annotations

import uuid

import grpc

from memsvc.server.app import open_memory_store, start
from memsvc.storage.vectors import VectorPoint
from memsvc.v1 import memory_service_pb2, memory_service_pb2_grpc
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
