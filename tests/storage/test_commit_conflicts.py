"""A turn's commit that breaks a constraint says which one and writes nothing, on each database
(on PostgreSQL the commit's inserts are pipelined, so a violation is reported late: the
error must still name the right cause)."""

from __future__ import annotations

import time
import uuid

import grpc
import pytest

from memsvc.errors import Aborted, AlreadyExists
from memsvc.models import LEASE_TTL_SECONDS, EventRecord, Message, Role
from memsvc.server.app import open_memory_store, start
from memsvc.v1 import agent_service_pb2_grpc
from tests.conftest import make_settings
from tests.helpers import create_agent


def said(text: str, id_: str = "") -> Message:
    return Message(id=id_ or str(uuid.uuid4()), role=Role.USER, content=text, turn_id="t", create_time=time.time())


@pytest.fixture
async def store_and_agent(tmp_path, fake_llm, model):
    settings = make_settings(tmp_path / "data")
    running = await start("all", settings)
    async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as chan:
        agent = await create_agent(agent_service_pb2_grpc.AgentServiceStub(chan), fake_llm, model)
    await running.stop(0)
    store = open_memory_store(settings)
    yield store.sql, agent.id
    store.close()


def test_a_request_seen_before_is_reported_as_such_and_nothing_is_written(store_and_agent):
    sql, agent = store_and_agent
    sql.commit_context(agent, [said("first")], request=("req-1", "turn-1"))
    before = sql.load_context(agent)
    with pytest.raises(AlreadyExists) as raised:
        sql.commit_context(
            agent,
            [said("again"), said("and more")],
            request=("req-1", "turn-2"),
            events=[EventRecord(turn_id="turn-2", data="{}")],
        )
    assert raised.value.reason == "REQUEST_ALREADY_SEEN"
    after = sql.load_context(agent)
    assert after.recall_count == before.recall_count
    assert [m.content for m in after.messages] == [m.content for m in before.messages]


def test_a_message_id_taken_is_reported_as_such_and_nothing_is_written(store_and_agent):
    sql, agent = store_and_agent
    taken = str(uuid.uuid4())
    sql.commit_context(agent, [said("first", taken)])
    before = sql.load_context(agent)
    with pytest.raises(AlreadyExists) as raised:
        sql.commit_context(agent, [said("other"), said("same id", taken)], request=("req-2", "turn-2"))
    assert raised.value.reason == "MESSAGE_ALREADY_EXISTS"
    assert sql.load_context(agent).recall_count == before.recall_count
    # The request was not recorded either: the same request id commits now.
    sql.commit_context(agent, [said("other")], request=("req-2", "turn-2"))
    assert sql.load_context(agent).recall_count == before.recall_count + 1


def test_a_commit_under_a_lost_lease_fails_and_the_store_keeps_working(store_and_agent):
    sql, agent = store_and_agent
    sql.load_context(agent, ("server-a:1/turn", LEASE_TTL_SECONDS))
    with pytest.raises(Aborted) as raised:
        sql.commit_context(agent, [said("late")], lease_holder="server-b:1/turn")
    assert raised.value.reason == "LEASE_LOST"
    stored = sql.commit_context(agent, [said("on time")], lease_holder="server-a:1/turn")
    assert stored[0].sequence == sql.load_context(agent).recall_count
    sql.release_lease(agent, "server-a:1/turn")
    assert sql.acquire_lease(agent, "server-b:1/turn", LEASE_TTL_SECONDS)
