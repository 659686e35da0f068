"""A new archival fact close in meaning to a stored one is kept unless it restates it in the same
words: a changed number, day or "not" is a new fact (memsvc.memory.duplicates.restates).

The built-in embedding model gives the real similarities: "Alice's phone number is 555-1234"
and "... 555-9876" are 0.98 apart in meaning, above the default 0.95.
"""

from __future__ import annotations

import uuid

import pytest

from memsvc.memory.duplicates import restates
from memsvc.models import Agent, LlmConfig
from memsvc.server.app import open_memory_store
from memsvc.v1 import agent_service_pb2, memory_service_pb2
from tests.conftest import llm_config, make_settings

CONTRADICTIONS = [
    ("Alice's phone number is 555-1234.", "Alice's phone number is 555-9876."),
    ("The meeting is on Tuesday.", "The meeting is on Thursday."),
    ("Bob is not coming to the party.", "Bob is coming to the party."),
    ("Bob is coming to the party.", "Bob isn't coming to the party."),
    ("The price is 3.50 dollars.", "The price is 3.75 dollars."),
    ("Alice used to live in Paris.", "Alice lives in Paris."),
    ("会议在星期二", "会议在星期四"),
    ("我喜欢茶", "我不喜欢茶"),
]
RESTATEMENTS = [
    ("Alibaba likes green tea.", "Alibaba likes the green teas"),
    ("Alibaba likes green tea.", "Green tea: Alibaba likes."),
    ("The meeting is on Tuesday.", "the  MEETING is on tuesday!"),
]


@pytest.mark.parametrize(("old", "new"), CONTRADICTIONS + RESTATEMENTS)
def test_a_restatement_has_the_same_words(old, new):
    assert restates(new, old) == ((old, new) in RESTATEMENTS)


@pytest.mark.regression("black-box tester: near-duplicate folding dropped a newer, contradicting fact")
async def test_the_store_keeps_a_contradicting_fact_and_folds_a_restatement(tmp_path):
    # A low threshold, so every pair here is "close in meaning": only the words tell them apart.
    store = open_memory_store(make_settings(tmp_path / "data", archival_duplicate_similarity=0.8))
    try:
        agent = await store.create_agent(
            Agent(str(uuid.uuid4()), "facts", LlmConfig(model="m", context_window=16384, max_tokens=512), system="You.")
        )
        for old, new in CONTRADICTIONS[:3]:
            first, created, _ = await store.insert_archival_checked(agent.id, old, ())
            assert created
            second, created, similarity = await store.insert_archival_checked(agent.id, new, ())
            assert (created, similarity) == (True, 0.0), (old, new)
            assert second.id != first.id
        kept, created, _ = await store.insert_archival_checked(agent.id, "Alibaba likes green tea.", ())
        assert created
        again, created, similarity = await store.insert_archival_checked(agent.id, "Alibaba likes the green teas", ())
        assert not created
        assert again.id == kept.id
        assert similarity >= 0.8
    finally:
        store.close()


@pytest.mark.layouts
@pytest.mark.regression("black-box tester: a new phone number was folded into the old one and lost")
async def test_a_corrected_fact_is_stored_beside_the_old_one(agents, memory, fake_llm, model):
    # The built-in model (no embedding_config), so the similarities are real meaning.
    agent = (
        await agents.CreateAgent(agent_service_pb2.CreateAgentRequest(llm_config=llm_config(fake_llm, model)))
    ).agent

    async def insert(content: str) -> memory_service_pb2.InsertArchivalMemoryResponse:
        request = memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent.id, content=content)
        return await memory.InsertArchivalMemory(request)

    old = await insert("Alice's phone number is 555-1234.")
    new = await insert("Alice's phone number is 555-9876.")
    assert new.created
    assert new.passage.id != old.passage.id
    same = await insert("Alice's phone number is: 555-1234")
    assert not same.created
    assert same.passage.id == old.passage.id
    assert same.similarity >= 0.95
    listed = await memory.ListArchivalMemories(memory_service_pb2.ListArchivalMemoriesRequest(agent_id=agent.id))
    assert sorted(p.content for p in listed.passages) == [
        "Alice's phone number is 555-1234.",
        "Alice's phone number is 555-9876.",
    ]
