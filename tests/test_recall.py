"""Recall storage: ranked full-text search, dates, paging, CJK; from gRPC and from the LLM."""

from __future__ import annotations

import asyncio
import json
import time

import grpc
import pytest
from google.protobuf.timestamp_pb2 import Timestamp

from memsvc.v1 import agent_service_pb2, memory_service_pb2, message_pb2
from tests.fakellm import call, say
from tests.helpers import create_agent, error_reason, send

pytestmark = pytest.mark.layouts


def stamp(seconds: float) -> Timestamp:
    ts = Timestamp()
    ts.FromNanoseconds(int(seconds * 1e9))
    return ts


async def append(memory, agent_id: str, *texts: str) -> None:
    msgs = [message_pb2.MessageInput(content=t) for t in texts]
    await memory.AppendRecallMessages(memory_service_pb2.AppendRecallMessagesRequest(agent_id=agent_id, messages=msgs))


async def search(memory, agent_id: str, query: str = "", **kwargs) -> memory_service_pb2.SearchRecallMessagesResponse:
    return await memory.SearchRecallMessages(
        memory_service_pb2.SearchRecallMessagesRequest(agent_id=agent_id, query=query, **kwargs)
    )


async def test_ranked_by_relevance_not_recency(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    await append(
        memory,
        agent.id,
        "We talked about the mountain cabin trip and the mountain lake and mountain trails",
        "Shopping list: milk, eggs",
        "The mountain was nice",
        "Unrelated chatter about football",
    )
    found = await search(memory, agent.id, "mountain lake trails")
    contents = [h.message.content for h in found.hits]
    assert contents[0].startswith("We talked about the mountain cabin")
    assert "The mountain was nice" in contents[1:3]  # after the best match (its neighbour may rank with it)
    assert found.hits[0].score > found.hits[1].score
    # Stemming: "trips" finds "trip".
    assert (await search(memory, agent.id, "trips")).hits[0].message.content.startswith("We talked about")


async def test_date_ranges_and_paging(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    await append(memory, agent.id, *(f"early message {i} about tea" for i in range(5)))
    await asyncio.sleep(0.05)
    middle = time.time()
    await asyncio.sleep(0.05)
    await append(memory, agent.id, *(f"late message {i} about tea" for i in range(7)))
    late = await search(memory, agent.id, "tea", start_time=stamp(middle), page_size=100)
    assert {h.message.content.split()[0] for h in late.hits} == {"late"}
    assert late.total_size == 7
    early = await search(memory, agent.id, "", end_time=stamp(middle), page_size=100)
    assert [h.message.content for h in early.hits] == [f"early message {i} about tea" for i in reversed(range(5))]
    pages, token = [], ""
    while True:
        res = await search(memory, agent.id, "tea", page_size=5, page_token=token)
        pages.append([h.message.id for h in res.hits])
        token = res.next_page_token
        if not token:
            break
    assert [len(p) for p in pages] == [5, 5, 2]
    assert len({i for p in pages for i in p}) == 12


async def test_chinese_text_is_found_by_substring(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    await append(memory, agent.id, "我是小明，我是一名产品经理", "今天天气很好", "I'm not Xiaoming, my name is Alibaba")
    # Best first (the rest of a page may be neighbouring turns or matches by meaning).
    assert (await search(memory, agent.id, "小明")).hits[0].message.content == "我是小明，我是一名产品经理"
    assert (await search(memory, agent.id, "天气")).hits[0].message.content == "今天天气很好"
    assert (await search(memory, agent.id, "产品经理是谁")).hits[0].message.content == "我是小明，我是一名产品经理"
    assert (await search(memory, agent.id, "xiaoming")).hits[0].message.content.startswith("I'm not Xiaoming")


async def test_search_finds_what_the_agent_said_and_ignores_plumbing(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, say("Your dentist appointment is on Friday."))
    await send(agents, agent.id, "When is my appointment?")
    found = await search(memory, agent.id, "dentist")
    assert found.hits[0].message.role == message_pb2.MESSAGE_ROLE_ASSISTANT
    assert "dentist" in found.hits[0].message.tool_calls[0].arguments.lower()
    assert all(
        h.message.role in (message_pb2.MESSAGE_ROLE_USER, message_pb2.MESSAGE_ROLE_ASSISTANT) for h in found.hits
    )
    # Tool results and heartbeats are not user/assistant messages: not in the default search.
    assert (await search(memory, agent.id, "successfully")).total_size == 0


async def test_llm_conversation_search_and_date_search(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, say("Noted."), say("Noted."))
    await send(agents, agent.id, "My passport number ends in 4411")
    await send(agents, agent.id, "Also I like jazz")
    fake_llm.script(
        model,
        call("conversation_search", query="passport"),
        call("conversation_search_date", start_date="2000-01-01", end_date="2999-12-31", limit=2),
        call("conversation_search", query="passport", roles=["robot"]),
        say("Found it."),
    )
    reply = await send(agents, agent.id, "What was my passport number?")
    results = [e.function_result for e in reply.events if e.WhichOneof("event") == "function_result"]
    by_text = json.loads(json.loads(results[0].result)["message"])
    assert "My passport number ends in 4411" in [r["content"] for r in by_text["results"]]
    by_date = json.loads(json.loads(results[1].result)["message"])
    assert len(by_date["results"]) == 2
    assert by_date["more"]
    assert not results[2].ok
    assert "must be one of" in results[2].result


async def test_search_by_meaning_finds_what_shares_no_word(agents, memory, fake_llm, model):
    """Recall fuses full-text ranking with meaning (the offline embedding model, in the background)."""
    from memsvc.v1 import agent_service_pb2
    from tests.conftest import llm_config

    agent = (
        await agents.CreateAgent(agent_service_pb2.CreateAgentRequest(llm_config=llm_config(fake_llm, model)))
    ).agent
    await append(
        memory,
        agent.id,
        "I adopted a golden retriever last spring",
        "The quarterly report is due on Monday",
        "We should repaint the kitchen blue",
    )
    deadline = asyncio.get_running_loop().time() + 30
    while True:  # the messages are embedded off the write path
        found = await search(memory, agent.id, "What pets does she have?")
        if found.hits or asyncio.get_running_loop().time() > deadline:
            break
        await asyncio.sleep(0.1)
    assert found.hits[0].message.content == "I adopted a golden retriever last spring"
    # Words still rank first when they match.
    found = await search(memory, agent.id, "kitchen")
    assert found.hits[0].message.content == "We should repaint the kitchen blue"


async def test_history_keeps_its_original_times_and_roles(agents, memory, fake_llm, model):
    """The write side of an external loop: user and assistant messages, at the times they were said."""
    agent = await create_agent(agents, fake_llm, model)
    day = 24 * 3600.0
    then = time.time() - 30 * day
    said = [
        message_pb2.MessageInput(
            role=message_pb2.MESSAGE_ROLE_USER, content="I moved to Hangzhou", create_time=stamp(then)
        ),
        message_pb2.MessageInput(
            role=message_pb2.MESSAGE_ROLE_ASSISTANT, content="Hangzhou is lovely", create_time=stamp(then + 60)
        ),
    ]
    stored = await memory.AppendRecallMessages(
        memory_service_pb2.AppendRecallMessagesRequest(agent_id=agent.id, messages=said)
    )
    assert [m.create_time.ToSeconds() for m in stored.messages] == [int(then), int(then + 60)]
    assert [m.role for m in stored.messages] == [message_pb2.MESSAGE_ROLE_USER, message_pb2.MESSAGE_ROLE_ASSISTANT]
    found = await search(memory, agent.id, "Hangzhou", start_time=stamp(then - day), end_time=stamp(then + day))
    assert {h.message.content for h in found.hits} == {"I moved to Hangzhou", "Hangzhou is lovely"}
    assert not (await search(memory, agent.id, "Hangzhou", start_time=stamp(then + day))).hits


async def test_a_turn_input_with_a_time_or_a_tool_role_in_history_is_refused(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    dated = message_pb2.MessageInput(content="hi", create_time=stamp(time.time() - 60))
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await agents.SendMessage(agent_service_pb2.SendMessageRequest(agent_id=agent.id, messages=[dated]))
    assert exc.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert error_reason(exc.value) == "INVALID_ARGUMENT"
    tool = message_pb2.MessageInput(role=message_pb2.MESSAGE_ROLE_TOOL, content="{}")
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await memory.AppendRecallMessages(
            memory_service_pb2.AppendRecallMessagesRequest(agent_id=agent.id, messages=[tool])
        )
    assert exc.value.code() == grpc.StatusCode.INVALID_ARGUMENT


async def _local_agent(agents, fake_llm, model, **embedding):
    from memsvc.v1 import agent_pb2, agent_service_pb2
    from tests.conftest import llm_config

    request = agent_service_pb2.CreateAgentRequest(llm_config=llm_config(fake_llm, model))
    if embedding:
        request.embedding_config.CopyFrom(agent_pb2.EmbeddingConfig(**embedding))
    return (await agents.CreateAgent(request)).agent


async def test_index_catch_up_status(agents, memory, fake_llm, model):
    """unindexed_messages says how many messages wait for the meaning index; 0 once caught up."""
    agent = await _local_agent(agents, fake_llm, model)
    await append(memory, agent.id, "I adopted a golden retriever last spring", "The report is due on Monday")
    deadline = asyncio.get_running_loop().time() + 60
    while (status := await search(memory, agent.id, page_size=1)).unindexed_messages:
        assert status.unindexed_messages <= 2
        assert asyncio.get_running_loop().time() < deadline
        await asyncio.sleep(0.1)
    # Caught up: found by meaning alone.
    assert (await search(memory, agent.id, "Which pets?")).hits[0].message.content.startswith("I adopted")
    # An embedding endpoint that is down: the messages wait, and the status says so (words still find them).
    down = await _local_agent(
        agents,
        fake_llm,
        model,
        embedding_model="m",
        embedding_endpoint="http://127.0.0.1:9/v1",
        embedding_endpoint_type="openai",
        embedding_dim=8,
    )
    await append(memory, down.id, "one message about tea", "another about coffee", "a third about juice")
    await asyncio.sleep(1.5)  # past the indexer's batching delay: it has tried and failed
    found = await search(memory, down.id, "coffee")
    assert found.unindexed_messages == 3
    assert found.hits[0].message.content == "another about coffee"


async def test_imported_messages_keep_their_times_for_date_search(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    day = 86_400
    t0 = 1_600_000_000  # September 2020
    msgs = [
        message_pb2.MessageInput(content=f"imported note {i} about the garden", create_time=stamp(t0 + i * day))
        for i in range(6)
    ]
    await memory.AppendRecallMessages(memory_service_pb2.AppendRecallMessagesRequest(agent_id=agent.id, messages=msgs))
    await append(memory, agent.id, "a note about the garden written today")
    found = await search(memory, agent.id, "garden", start_time=stamp(t0 + 2 * day), end_time=stamp(t0 + 4 * day))
    assert sorted(h.message.content for h in found.hits) == [
        "imported note 2 about the garden",
        "imported note 3 about the garden",
    ]
    assert all(t0 + 2 * day <= h.message.create_time.seconds < t0 + 4 * day for h in found.hits)
    listed = await search(memory, agent.id, "", end_time=stamp(t0 + 10 * day), page_size=100)
    assert [h.message.content for h in listed.hits] == [f"imported note {i} about the garden" for i in range(5, -1, -1)]


async def test_every_page_is_a_slice_of_one_ranking(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    texts = [
        f"entry {i}: " + " ".join(["garden"] * (1 + i % 4)) + f" and tomatoes {'very ' * (i % 7)}ripe"
        for i in range(60)
    ]
    await append(memory, agent.id, *texts)
    deadline = asyncio.get_running_loop().time() + 60
    while (await search(memory, agent.id, page_size=1)).unindexed_messages:  # the ranking settles once indexed
        assert asyncio.get_running_loop().time() < deadline
        await asyncio.sleep(0.1)
    whole = await search(memory, agent.id, "garden tomatoes", page_size=100)
    pages, token = [], ""
    while True:
        page = await search(memory, agent.id, "garden tomatoes", page_size=7, page_token=token)
        pages += [h.message.id for h in page.hits]
        assert page.total_size == whole.total_size
        token = page.next_page_token
        if not token:
            break
    assert pages == [h.message.id for h in whole.hits]
    assert len(pages) == len(set(pages)) == whole.total_size >= 60


async def test_chinese_found_by_meaning_with_the_multilingual_model(agents, memory, fake_llm, model):
    """multilingual-e5-small (built in): Chinese found by meaning, in recall and archival."""
    agent = await _local_agent(
        agents, fake_llm, model, embedding_model="multilingual-e5-small", embedding_endpoint_type="local"
    )
    assert agent.embedding_config.embedding_dim == 384
    texts = ["我叫小明，是一名产品经理。", "今天天气很好，我们去公园散步了。", "上周我们家领养了一只小猫。"]
    await append(memory, agent.id, *texts)
    for text in texts:
        await memory.InsertArchivalMemory(
            memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent.id, content=text)
        )
    deadline = asyncio.get_running_loop().time() + 120
    while (await search(memory, agent.id, page_size=1)).unindexed_messages:
        assert asyncio.get_running_loop().time() < deadline
        await asyncio.sleep(0.2)
    # No word (character pair) in common with the answer: by meaning alone.
    found = await search(memory, agent.id, "他的职业是什么？")
    assert found.hits[0].message.content == texts[0]
    found = await search(memory, agent.id, "宠物")
    assert found.hits[0].message.content == texts[2]
    archival = await memory.SearchArchivalMemory(
        memory_service_pb2.SearchArchivalMemoryRequest(agent_id=agent.id, query="他的职业是什么？")
    )
    assert archival.hits[0].passage.content == texts[0]
