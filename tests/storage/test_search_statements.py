"""The statements a search runs (memory/search.py), on each database: the agent with its
indexing backlog, the term ranking in one statement, the best messages with their neighbours."""

from __future__ import annotations

import time
import uuid

import grpc
import pytest

from memsvc.errors import NotFound
from memsvc.models import Message, RecallQuery, Role
from memsvc.server.app import open_memory_store, start
from memsvc.v1 import agent_service_pb2_grpc
from tests.conftest import make_settings
from tests.helpers import create_agent


def message(text: str, role: Role = Role.USER, at: float = 0.0) -> Message:
    return Message(id=str(uuid.uuid4()), role=role, content=text, turn_id="t", create_time=at or time.time())


@pytest.fixture
async def store_and_agents(tmp_path, fake_llm, model):
    settings = make_settings(tmp_path / "data")
    running = await start("all", settings)
    async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as chan:
        stub = agent_service_pb2_grpc.AgentServiceStub(chan)
        first = await create_agent(stub, fake_llm, model)
        second = await create_agent(stub, fake_llm, model)
    await running.stop(0)
    store = open_memory_store(settings)
    yield store.sql, first.id, second.id
    store.close()


def test_the_agent_comes_with_its_indexing_backlog(store_and_agents):
    sql, agent, _ = store_and_agents
    _, before = sql.agent_for_search(agent, count_unindexed=True)
    sql.append_recall(agent, [message("one"), message("two")])
    found, waiting = sql.agent_for_search(agent, count_unindexed=True)
    assert found.id == agent
    assert waiting == before + 2 == sql.unembedded_count(agent)
    with pytest.raises(NotFound):
        sql.agent_for_search("no-such-agent", count_unindexed=True)


def test_the_ranking_reads_statistics_and_postings_together(store_and_agents):
    sql, agent, other = store_and_agents
    twice, once, unrelated = message("kayak kayak trip"), message("kayak boat trip"), message("mountain hike")
    sql.append_recall(agent, [twice, once, unrelated])
    sql.append_recall(other, [message("kayak")])
    scores = sql.rank_recall(agent, RecallQuery(query="kayak"), checked=True)
    assert set(scores) == {twice.id, once.id}
    assert scores[twice.id] > scores[once.id] > 0
    assert sql.rank_recall(agent, RecallQuery(query="nowhere"), checked=True) == {}
    # Several terms, one of them unknown: each known term's postings count.
    both = sql.rank_recall(agent, RecallQuery(query="kayak hike nowhere"), checked=True)
    assert set(both) == {twice.id, once.id, unrelated.id}


def test_the_best_messages_come_with_their_nearest_said_neighbours(store_and_agents):
    sql, agent, other = store_and_agents
    t = time.time()
    stored = sql.append_recall(
        agent,
        [
            message("before", at=t),
            message("tool output", Role.TOOL, at=t + 1),
            message("source", Role.ASSISTANT, at=t + 2),
            message("after", at=t + 3),
            message("far after", at=t + 4),
        ],
    )
    before, _, source, after, far = stored
    foreign = sql.append_recall(other, [message("another agent's")])[0]
    neighbours, rows = sql.recall_around(agent, [source.id, foreign.id], RecallQuery(query="x"))
    assert neighbours == {source.id: (before.id, after.id)}
    assert set(rows) == {before.id, source.id, after.id}
    assert rows[source.id].content == "source"
    # The query's date range bounds the neighbours too.
    dated = RecallQuery(query="x", start_time=t + 1.5)
    neighbours, rows = sql.recall_around(agent, [source.id], dated)
    assert neighbours == {source.id: (after.id,)}
    assert far.id not in rows
