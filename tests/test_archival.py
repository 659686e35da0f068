"""Archival storage at size: many agents in one collection, filters inside the search."""

from __future__ import annotations

import random

import grpc
import pytest
from google.protobuf.timestamp_pb2 import Timestamp

from memsvc.v1 import memory_pb2, memory_service_pb2
from tests.helpers import create_agent, error_reason

pytestmark = pytest.mark.layouts

DAY = 86_400
T0 = 1_700_000_000  # 2023-11-14
TOPICS = ["garden", "travel", "music", "cooking", "finance"]


def stamp(seconds: float) -> Timestamp:
    ts = Timestamp()
    ts.FromSeconds(int(seconds))
    return ts


@pytest.mark.slow
@pytest.mark.embedded_only
async def test_ten_thousand_passages_across_twenty_agents(agents, memory, fake_llm, model):
    rng = random.Random(7)
    owners = {}
    agent_ids = []
    for a in range(20):
        agent = await create_agent(agents, fake_llm, model, name=f"agent-{a}")
        agent_ids.append(agent.id)
        passages = []
        for i in range(500):
            topic = TOPICS[i % 5]
            day = i % 50
            text = f"{topic} note {i} of agent {a}: " + " ".join(rng.choice(TOPICS) for _ in range(6))
            passages.append(
                memory_service_pb2.PassageInput(content=text, tags=[topic], create_time=stamp(T0 + day * DAY))
            )
        for start in range(0, 500, 250):
            req = memory_service_pb2.BatchInsertArchivalMemoriesRequest(
                agent_id=agent.id, passages=passages[start : start + 250]
            )
            results = (await memory.BatchInsertArchivalMemories(req)).results
            assert all(r.created for r in results)
            for r in results:
                owners[r.passage.id] = agent.id

    for agent_id in agent_ids[::3]:
        # Only the asking agent's passages, with the requested top-k.
        hits = (
            await memory.SearchArchivalMemory(
                memory_service_pb2.SearchArchivalMemoryRequest(
                    agent_id=agent_id, query="garden travel music", page_size=25
                )
            )
        ).hits
        assert len(hits) == 25
        assert {owners[h.passage.id] for h in hits} == {agent_id}
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
        # A tag filter inside the search: top-k all carry the tag, even for a query about another topic.
        tagged = (
            await memory.SearchArchivalMemory(
                memory_service_pb2.SearchArchivalMemoryRequest(
                    agent_id=agent_id, query="music music music", tags=["finance"], page_size=20
                )
            )
        ).hits
        assert len(tagged) == 20
        assert all(list(h.passage.tags) == ["finance"] for h in tagged)
        # A date range: days 10..14 only (50 passages of this agent), top-k honoured.
        dated = (
            await memory.SearchArchivalMemory(
                memory_service_pb2.SearchArchivalMemoryRequest(
                    agent_id=agent_id,
                    query="cooking",
                    page_size=30,
                    start_time=stamp(T0 + 10 * DAY),
                    end_time=stamp(T0 + 15 * DAY),
                )
            )
        ).hits
        assert len(dated) == 30
        assert all(T0 + 10 * DAY <= h.passage.create_time.seconds < T0 + 15 * DAY for h in dated)
        # Tags and dates together, "all" tags mode; fewer match than asked: all of them come back.
        both = (
            await memory.SearchArchivalMemory(
                memory_service_pb2.SearchArchivalMemoryRequest(
                    agent_id=agent_id,
                    query="anything",
                    tags=["garden"],
                    tag_match_mode=memory_pb2.TAG_MATCH_MODE_ALL,
                    start_time=stamp(T0),
                    end_time=stamp(T0 + 5 * DAY),
                    page_size=100,
                )
            )
        ).hits
        assert len(both) == 10  # days 0..4 and topic garden: i % 5 == 0 and i % 50 < 5 -> 10 passages
        assert all(owners[h.passage.id] == agent_id for h in both)


async def test_paging_through_search_results(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    passages = [memory_service_pb2.PassageInput(content=f"fact number {i} about tea") for i in range(25)]
    await memory.BatchInsertArchivalMemories(
        memory_service_pb2.BatchInsertArchivalMemoriesRequest(agent_id=agent.id, passages=passages)
    )
    seen, token = [], ""
    while True:
        res = await memory.SearchArchivalMemory(
            memory_service_pb2.SearchArchivalMemoryRequest(
                agent_id=agent.id, query="tea", page_size=10, page_token=token
            )
        )
        seen += [h.passage.id for h in res.hits]
        token = res.next_page_token
        if not token:
            break
    assert len(seen) == 25
    assert len(set(seen)) == 25


async def test_batch_insert_dedupes_and_checks_everything_first(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    same = memory_service_pb2.PassageInput(content="The sky is blue.")
    res = await memory.BatchInsertArchivalMemories(
        memory_service_pb2.BatchInsertArchivalMemoriesRequest(agent_id=agent.id, passages=[same, same])
    )
    assert [r.created for r in res.results] == [True, False]
    assert res.results[0].passage.id == res.results[1].passage.id
    bad = [memory_service_pb2.PassageInput(content="fine"), memory_service_pb2.PassageInput(content="  ")]
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await memory.BatchInsertArchivalMemories(
            memory_service_pb2.BatchInsertArchivalMemoriesRequest(agent_id=agent.id, passages=bad)
        )
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    listed = await memory.ListArchivalMemories(memory_service_pb2.ListArchivalMemoriesRequest(agent_id=agent.id))
    assert [p.content for p in listed.passages] == ["The sky is blue."]  # "fine" was not written half-way
    too_many = [memory_service_pb2.PassageInput(content=f"x{i}") for i in range(1001)]
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await memory.BatchInsertArchivalMemories(
            memory_service_pb2.BatchInsertArchivalMemoriesRequest(agent_id=agent.id, passages=too_many)
        )
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert error_reason(info.value) == "INVALID_ARGUMENT"
