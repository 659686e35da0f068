"""Turn leases in the store: taken, extended by commits, and lapsing when the README says."""

from __future__ import annotations

import time
import uuid

import grpc
import pytest
from sqlalchemy import select

from memsvc.models import LEASE_TTL_SECONDS, Message, Role
from memsvc.server.app import open_memory_store, start
from memsvc.storage.schema import agents as agents_table
from memsvc.v1 import agent_service_pb2_grpc
from tests.conftest import make_settings
from tests.helpers import create_agent


@pytest.mark.regression("issue 11 #10: a commit extended the lease to 60 s, so a crashed server's lease lasted ~60 s")
async def test_a_commit_extends_the_lease_by_its_ttl_only(tmp_path, fake_llm, model):
    settings = make_settings(tmp_path / "data")
    running = await start("all", settings)
    async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as chan:
        agent = await create_agent(agent_service_pb2_grpc.AgentServiceStub(chan), fake_llm, model)
    await running.stop(0)
    store = open_memory_store(settings)
    try:
        sql = store.sql
        holder = "server-a:1/turn"
        sql.load_context(agent.id, (holder, LEASE_TTL_SECONDS))
        message = Message(id=str(uuid.uuid4()), role=Role.USER, content="hi", turn_id="t", create_time=time.time())
        before = time.time()
        sql.commit_context(agent.id, [message], lease_holder=holder)
        after = time.time()
        with sql.engine.connect() as conn:
            row = conn.execute(select(agents_table.c.lease_holder, agents_table.c.lease_until_us)).one()
        assert row.lease_holder == holder
        until = row.lease_until_us / 1e6
        assert before + LEASE_TTL_SECONDS <= until <= after + LEASE_TTL_SECONDS  # a value, not a timing
    finally:
        store.close()
