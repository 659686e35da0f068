"""Background memory consolidation ("sleep-time"): a turn of its own kind that reviews recent
messages and memory and corrects memory (issue 12 #4)."""

from __future__ import annotations

import asyncio
import json
import threading

import grpc
import pytest
from google.protobuf.field_mask_pb2 import FieldMask

from memsvc.v1 import (
    agent_pb2,
    agent_service_pb2,
    agent_service_pb2_grpc,
    memory_service_pb2,
    memory_service_pb2_grpc,
    step_pb2,
    turn_pb2,
)
from tests.conftest import llm_config
from tests.fakellm import Reply, call, say
from tests.helpers import create_agent, error_reason, send

pytestmark = pytest.mark.layouts

CONSOLIDATION = step_pb2.TURN_KIND_CONSOLIDATION
CONVERSATION = step_pb2.TURN_KIND_CONVERSATION


def done(note: str = "Memory is up to date.") -> Reply:
    """A consolidation reply that calls nothing: the run ends."""
    return Reply(content=note)


async def consolidate(agents, agent_id: str) -> turn_pb2.Turn:
    reply = await agents.ConsolidateAgent(agent_service_pb2.ConsolidateAgentRequest(agent_id=agent_id))
    return reply.turn


async def attach(agents, agent_id: str, turn_id: str) -> list[step_pb2.StepEvent]:
    """Every event of the turn, up to its end (StreamStep attach: no polling)."""

    async def requests():
        yield agent_service_pb2.StreamStepRequest(
            agent_id=agent_id, attach=agent_service_pb2.AttachTurn(turn_id=turn_id)
        )
        await asyncio.Event().wait()  # keep the stream open until the end is read

    events = []
    call_ = agents.StreamStep(requests())
    try:
        async with asyncio.timeout(30):
            async for response in call_:
                events.append(response.event)
                if response.event.WhichOneof("event") == "turn_end":
                    break
    finally:
        call_.cancel()
    return events


async def ended(agents, agent_id: str, turn_id: str) -> turn_pb2.Turn:
    """The turn once it has ended."""
    await attach(agents, agent_id, turn_id)
    reply = await agents.GetTurn(agent_service_pb2.GetTurnRequest(agent_id=agent_id, turn_id=turn_id))
    assert reply.turn.status == turn_pb2.TURN_STATUS_ENDED
    return reply.turn


async def turns_of(agents, agent_id: str) -> list[turn_pb2.Turn]:
    return list((await agents.ListTurns(agent_service_pb2.ListTurnsRequest(agent_id=agent_id))).turns)


async def test_a_requested_run_is_a_turn_of_its_own_kind(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    await send(agents, agent.id, "Hi, I am Xiaoming.")
    fake_llm.script(model, call("archival_memory_search", query="Xiaoming"), done())
    started = await consolidate(agents, agent.id)
    assert started.kind == CONSOLIDATION
    assert started.status == turn_pb2.TURN_STATUS_RUNNING
    turn = await ended(agents, agent.id, started.id)
    assert turn.kind == CONSOLIDATION
    assert turn.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert turn.step_count == 2
    assert turn.usage.total_tokens > 0
    listed = await turns_of(agents, agent.id)
    assert [(t.id, t.kind) for t in listed] == [(started.id, CONSOLIDATION), (listed[1].id, CONVERSATION)]
    watch = agents.WatchAgent(agent_service_pb2.WatchAgentRequest(agent_id=agent.id, after_agent_sequence=0))
    seen = []
    async with asyncio.timeout(30):
        async for response in watch:
            seen.append(response.event)
            if response.event.turn_id == started.id and response.event.WhichOneof("event") == "turn_end":
                break
    watch.cancel()
    mine = [e for e in seen if e.turn_id == started.id]
    assert {e.turn_kind for e in mine} == {CONSOLIDATION}
    assert {e.turn_kind for e in seen if e.turn_id != started.id} == {CONVERSATION}
    assert [e.WhichOneof("event") for e in mine] == [
        "input_received",
        "function_call",
        "function_result",
        "inner_thought",
        "turn_end",
    ]
    assert "requested (ConsolidateAgent): 3 new message(s) to review" in mine[0].input_received.content
    # Nothing of the run is added to the agent's messages; its LLM saw no send_message.
    messages = await agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=agent.id))
    assert all(m.turn_id != started.id for m in messages.messages)
    request = fake_llm.chat_requests(model)[-2]
    names = {t["function"]["name"] for t in request["tools"]}
    assert "send_message" not in names
    assert {"archival_memory_update", "archival_memory_delete", "core_memory_replace"} <= names
    assert "Hi, I am Xiaoming." in request["messages"][1]["content"]
    # Nothing came since that run finished: the next one ends at once, without an LLM call.
    calls = len(fake_llm.chat_requests(model))
    again = await ended(agents, agent.id, (await consolidate(agents, agent.id)).id)
    assert (again.stop_reason, again.step_count, again.usage.total_tokens) == (step_pb2.STOP_REASON_END_TURN, 0, 0)
    assert len(fake_llm.chat_requests(model)) == calls
    first = (await attach(agents, agent.id, again.id))[0]
    assert "0 new message(s) to review since the last run finished" in first.input_received.content
    # The next run reads only what came after the last one.
    fake_llm.script(model, say("Noted."), done())
    await send(agents, agent.id, "I moved to Lisbon.")
    await ended(agents, agent.id, (await consolidate(agents, agent.id)).id)
    transcript = fake_llm.chat_requests(model)[-1]["messages"][1]["content"]
    assert "I moved to Lisbon." in transcript
    assert "Hi, I am Xiaoming." not in transcript


async def test_a_second_request_while_a_run_is_under_way_returns_that_run(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    await send(agents, agent.id, "Hi, I am Xiaoming.")
    hung = done()
    hung.hold = threading.Event()
    fake_llm.script(model, hung)
    try:
        first = await consolidate(agents, agent.id)
        while not fake_llm.in_flight[model]:  # noqa: ASYNC110 (the fake LLM runs in threads of its own)
            await asyncio.sleep(0.01)
        twice = await asyncio.gather(consolidate(agents, agent.id), consolidate(agents, agent.id))
    finally:
        hung.hold.set()
    assert [t.id for t in twice] == [first.id, first.id]
    turn = await ended(agents, agent.id, first.id)
    assert (turn.stop_reason, turn.step_count) == (step_pb2.STOP_REASON_END_TURN, 1)
    assert [t.kind for t in await turns_of(agents, agent.id)] == [CONSOLIDATION, CONVERSATION]
    assert len(fake_llm.chat_requests(model)) == 2


async def test_a_contradicted_fact_is_updated_not_duplicated(agents, memory, fake_llm, model):
    sleeper = f"{model}-sleep"  # a model of its own for consolidation (a cheaper one, in real life)
    config = agent_pb2.ConsolidationConfig(llm_config=llm_config(fake_llm, sleeper))
    agent = await create_agent(agents, fake_llm, model, consolidation_config=config)
    assert agent.consolidation_config.llm_config.model == sleeper
    fake_llm.script(
        model,
        call("archival_memory_insert", content="The user lives in Paris."),
        say("Paris is lovely!"),
        say("Berlin, how exciting!"),  # the agent does not correct its memory in the moment
    )
    await send(agents, agent.id, "I live in Paris.")
    await send(agents, agent.id, "I moved to Berlin last month.")
    found = await memory.SearchArchivalMemory(
        memory_service_pb2.SearchArchivalMemoryRequest(agent_id=agent.id, query="Where does the user live?")
    )
    assert [h.passage.content for h in found.hits] == ["The user lives in Paris."]
    stale = found.hits[0].passage.id
    fake_llm.script(
        sleeper,
        call("archival_memory_search", query="where the user lives"),
        call("archival_memory_update", id=stale, content="The user lives in Berlin (moved from Paris)."),
        call("core_memory_append", label="human", content="Lives in Berlin."),
        done("Moved the user from Paris to Berlin."),
    )
    turn = await ended(agents, agent.id, (await consolidate(agents, agent.id)).id)
    assert turn.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert turn.step_count == 4
    prompt = fake_llm.chat_requests(sleeper)[0]["messages"]
    assert "I moved to Berlin last month." in prompt[1]["content"]
    assert "Berlin, how exciting!" in prompt[1]["content"]
    results = [json.loads(m["content"]) for m in fake_llm.chat_requests(sleeper)[1]["messages"] if m["role"] == "tool"]
    assert stale in results[0]["message"]  # the search gave the run the passage's id
    found = await memory.SearchArchivalMemory(
        memory_service_pb2.SearchArchivalMemoryRequest(agent_id=agent.id, query="Where does the user live?")
    )
    assert [(h.passage.id, h.passage.content) for h in found.hits] == [
        (stale, "The user lives in Berlin (moved from Paris).")
    ]
    versions = await memory.ListArchivalMemoryVersions(
        memory_service_pb2.ListArchivalMemoryVersionsRequest(agent_id=agent.id, passage_id=stale)
    )
    assert [v.content for v in versions.versions] == ["The user lives in Paris."]
    got = await agents.GetAgent(agent_service_pb2.GetAgentRequest(agent_id=agent.id))
    human = next(b for b in got.agent.memory_blocks if b.label == "human")
    assert human.value.endswith("Lives in Berlin.")
    # The agent's own model was not used by the run.
    assert len(fake_llm.chat_requests(model)) == 3


async def test_consolidation_config_is_checked_and_changed_with_update_agent(agents, fake_llm, model):
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await create_agent(agents, fake_llm, model, consolidation_config=agent_pb2.ConsolidationConfig(enabled=True))
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "needs a trigger" in info.value.details()
    agent = await create_agent(agents, fake_llm, model)
    assert not agent.HasField("consolidation_config")
    wanted = agent_pb2.ConsolidationConfig(enabled=True, every_n_turns=3, idle_seconds=600)
    updated = await agents.UpdateAgent(
        agent_service_pb2.UpdateAgentRequest(
            agent=agent_pb2.Agent(id=agent.id, consolidation_config=wanted),
            update_mask=FieldMask(paths=["consolidation_config"]),
        )
    )
    shown = updated.agent.consolidation_config
    assert (shown.enabled, shown.every_n_turns, shown.idle_seconds) == (True, 3, 600)
    assert (shown.max_steps, shown.max_tokens) == (10, 100_000)  # the defaults, filled in
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await agents.UpdateAgent(
            agent_service_pb2.UpdateAgentRequest(
                agent=agent_pb2.Agent(id=agent.id, consolidation_config=agent_pb2.ConsolidationConfig(max_tokens=100)),
                update_mask=FieldMask(paths=["consolidation_config"]),
            )
        )
    assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "consolidation_config.max_tokens" in info.value.details()


async def test_a_run_that_would_loop_forever_stops_at_its_bounds(agents, fake_llm, model):
    config = agent_pb2.ConsolidationConfig(max_steps=3)
    agent = await create_agent(agents, fake_llm, model, consolidation_config=config)
    fake_llm.script(model, *[call("archival_memory_search", query=f"q{i}") for i in range(20)])
    turn = await ended(agents, agent.id, (await consolidate(agents, agent.id)).id)
    assert (turn.stop_reason, turn.step_count) == (step_pb2.STOP_REASON_MAX_STEPS, 3)
    # A token bound stops it before a call that could pass it.
    budget = 6_000
    await agents.UpdateAgent(
        agent_service_pb2.UpdateAgentRequest(
            agent=agent_pb2.Agent(
                id=agent.id, consolidation_config=agent_pb2.ConsolidationConfig(max_steps=100, max_tokens=budget)
            ),
            update_mask=FieldMask(paths=["consolidation_config"]),
        )
    )
    turn = await ended(agents, agent.id, (await consolidate(agents, agent.id)).id)
    assert turn.stop_reason == step_pb2.STOP_REASON_MAX_TOKENS
    assert 1 <= turn.step_count < 100
    assert turn.usage.total_tokens <= budget
    # Too small for even the instructions and blocks: refused, nothing stored.
    await agents.UpdateAgent(
        agent_service_pb2.UpdateAgentRequest(
            agent=agent_pb2.Agent(
                id=agent.id,
                consolidation_config=agent_pb2.ConsolidationConfig(max_tokens=2_048),
            ),
            update_mask=FieldMask(paths=["consolidation_config"]),
        )
    )
    before = await turns_of(agents, agent.id)
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await consolidate(agents, agent.id)
    assert info.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert error_reason(info.value) == "CONSOLIDATION_BUDGET_TOO_SMALL"
    assert len(await turns_of(agents, agent.id)) == len(before)


async def test_a_run_waits_for_the_running_turn_and_never_overlaps_it(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    hung = say("Done at last.")
    hung.hold = threading.Event()
    fake_llm.script(model, hung, done())
    try:
        first = asyncio.ensure_future(send(agents, agent.id, "A long question."))
        while not fake_llm.in_flight[model]:  # noqa: ASYNC110 (the fake LLM runs in threads of its own)
            await asyncio.sleep(0.01)
        requested = asyncio.ensure_future(consolidate(agents, agent.id))
        await asyncio.sleep(0.3)  # not a race: whatever the timing, the run must wait
        assert not requested.done()
        hung.hold.set()
        reply = await first
        started = await requested
        turn = await ended(agents, agent.id, started.id)
    finally:
        hung.hold.set()
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert turn.stop_reason == step_pb2.STOP_REASON_END_TURN
    conversation = (await turns_of(agents, agent.id))[1]
    assert conversation.kind == CONVERSATION
    assert turn.create_time.ToNanoseconds() >= conversation.update_time.ToNanoseconds()
    assert fake_llm.max_in_flight[model] == 1


async def test_a_run_is_refused_while_a_turn_waits_for_the_client(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model, tools_requiring_approval=["archival_memory_insert"])
    fake_llm.script(model, call("archival_memory_insert", content="A fact."))
    waiting = await send(agents, agent.id, "Remember a fact.")
    assert waiting.stop_reason == step_pb2.STOP_REASON_WAITING_FOR_CLIENT
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await consolidate(agents, agent.id)
    assert info.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert error_reason(info.value) == "AGENT_AWAITING_CLIENT"


async def test_every_n_turns_starts_a_run_by_itself(agents, fake_llm, model):
    sleeper = f"{model}-sleep"
    config = agent_pb2.ConsolidationConfig(enabled=True, every_n_turns=2, llm_config=llm_config(fake_llm, sleeper))
    agent = await create_agent(agents, fake_llm, model, consolidation_config=config)
    fake_llm.script(sleeper, done("First review."), done("Second review."))
    await send(agents, agent.id, "one")
    assert [t.kind for t in await turns_of(agents, agent.id)] == [CONVERSATION]
    await send(agents, agent.id, "two")
    run = await next_consolidation(agents, agent.id, 1)
    turn = await ended(agents, agent.id, run.id)
    assert turn.stop_reason == step_pb2.STOP_REASON_END_TURN
    first = fake_llm.chat_requests(sleeper)[0]["messages"][1]["content"]
    assert "user: one" in first
    assert "user: two" in first
    await send(agents, agent.id, "three")
    await send(agents, agent.id, "four")
    second = await next_consolidation(agents, agent.id, 2)
    await ended(agents, agent.id, second.id)
    transcript = fake_llm.chat_requests(sleeper)[1]["messages"][1]["content"]
    assert "user: four" in transcript
    assert "user: two" not in transcript
    kinds = [t.kind for t in reversed(await turns_of(agents, agent.id))]
    assert kinds == [CONVERSATION, CONVERSATION, CONSOLIDATION, CONVERSATION, CONVERSATION, CONSOLIDATION]


async def next_consolidation(agents, agent_id: str, count: int) -> turn_pb2.Turn:
    """Waits for the agent's `count`-th consolidation turn (the scheduler checks once a second)."""
    async with asyncio.timeout(30):
        while True:
            runs = [t for t in await turns_of(agents, agent_id) if t.kind == CONSOLIDATION]
            if len(runs) >= count:
                return runs[0]
            await asyncio.sleep(0.1)


async def test_a_message_to_the_agent_stops_its_run(agents, fake_llm, model):
    sleeper = f"{model}-sleep"
    config = agent_pb2.ConsolidationConfig(llm_config=llm_config(fake_llm, sleeper))
    agent = await create_agent(agents, fake_llm, model, consolidation_config=config)
    hung = call("archival_memory_search", query="anything")
    hung.hold = threading.Event()
    fake_llm.script(sleeper, hung)
    try:
        started = await consolidate(agents, agent.id)
        while not fake_llm.in_flight[sleeper]:  # noqa: ASYNC110 (the fake LLM runs in threads of its own)
            await asyncio.sleep(0.01)
        fake_llm.script(model, say("I am here."))
        reply = await send(agents, agent.id, "Are you there?")
        assert not hung.hold.is_set()  # the user did not wait for the run's LLM call
    finally:
        hung.hold.set()
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    turn = await ended(agents, agent.id, started.id)
    assert turn.stop_reason == step_pb2.STOP_REASON_CANCELLED


async def test_an_idle_agent_is_consolidated(agents, fake_llm, model):
    config = agent_pb2.ConsolidationConfig(enabled=True, idle_seconds=1)
    agent = await create_agent(agents, fake_llm, model, consolidation_config=config)
    await send(agents, agent.id, "I like green tea.")
    fake_llm.script(model, call("archival_memory_insert", content="The user likes green tea."), done())
    run = await next_consolidation(agents, agent.id, 1)
    turn = await ended(agents, agent.id, run.id)
    assert turn.stop_reason == step_pb2.STOP_REASON_END_TURN
    conversation = (await turns_of(agents, agent.id))[1]
    assert turn.create_time.ToNanoseconds() >= conversation.update_time.ToNanoseconds() + 1_000_000_000
    events = await attach(agents, agent.id, run.id)
    assert "after idle_seconds without a conversation turn" in events[0].input_received.content


async def test_the_config_travels_with_an_exported_agent(agents, memory, fake_llm, model):
    config = agent_pb2.ConsolidationConfig(enabled=True, every_n_turns=7, max_steps=4)
    agent = await create_agent(agents, fake_llm, model, consolidation_config=config)
    exported = await memory.ExportAgent(memory_service_pb2.ExportAgentRequest(agent_id=agent.id))
    assert exported.agent_file.agent.consolidation_config.every_n_turns == 7
    imported = await memory.ImportAgent(
        memory_service_pb2.ImportAgentRequest(agent_file=exported.agent_file, assign_new_id=True)
    )
    kept = imported.agent.consolidation_config
    assert (kept.enabled, kept.every_n_turns, kept.max_steps) == (True, 7, 4)


@pytest.mark.layouts(private=True)
async def test_a_run_cut_off_by_a_restart_ends_and_keeps_what_it_did(deployment, agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    hung = call("archival_memory_search", query="more")
    hung.hold = threading.Event()
    fake_llm.script(model, call("archival_memory_insert", content="The user plays chess."), hung)
    try:
        started = await consolidate(agents, agent.id)
        # The second call hangs (its reply taken from the script, and not answered): the first is done.
        while fake_llm.pending(model) or not fake_llm.in_flight[model]:  # noqa: ASYNC110 (the fake LLM's threads)
            await asyncio.sleep(0.01)
        await deployment.restart()  # embedded: a shutdown (the run is stopped); split: kill -9 of every server
    finally:
        hung.hold.set()
    agents = agent_service_pb2_grpc.AgentServiceStub(deployment.channel())
    memory = memory_service_pb2_grpc.MemoryServiceStub(deployment.channel())
    fake_llm.script(model, say("Still here."))
    reply = await send(agents, agent.id, "Hello again.")  # ends a run its server left behind
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    turn = (await agents.GetTurn(agent_service_pb2.GetTurnRequest(agent_id=agent.id, turn_id=started.id))).turn
    assert turn.status == turn_pb2.TURN_STATUS_ENDED
    assert turn.kind == CONSOLIDATION
    if deployment.layout == "split":
        assert turn.stop_reason == step_pb2.STOP_REASON_ERROR
        assert "stopped before the turn ended" in turn.error.message
    else:
        assert turn.stop_reason == step_pb2.STOP_REASON_CANCELLED
    listed = await memory.ListArchivalMemories(memory_service_pb2.ListArchivalMemoriesRequest(agent_id=agent.id))
    assert [p.content for p in listed.passages] == ["The user plays chess."]


async def test_a_run_merges_duplicate_passages(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    ids = []
    for text in ("The user has a dog named Rex.", "Rex, the user's pet, is a golden retriever."):
        inserted = await memory.InsertArchivalMemory(
            memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent.id, content=text)
        )
        assert inserted.created
        ids.append(inserted.passage.id)
    fake_llm.script(
        model,
        call("archival_memory_search", query="user's dog Rex"),
        call("archival_memory_update", id=ids[0], content="The user has a golden retriever named Rex."),
        call("archival_memory_delete", id=ids[1]),
        done("Merged the two passages about Rex."),
    )
    turn = await ended(agents, agent.id, (await consolidate(agents, agent.id)).id)
    assert (turn.stop_reason, turn.step_count) == (step_pb2.STOP_REASON_END_TURN, 4)
    listed = await memory.ListArchivalMemories(memory_service_pb2.ListArchivalMemoriesRequest(agent_id=agent.id))
    assert [(p.id, p.content) for p in listed.passages] == [(ids[0], "The user has a golden retriever named Rex.")]
    gone = await memory.ListArchivalMemoryVersions(
        memory_service_pb2.ListArchivalMemoryVersionsRequest(agent_id=agent.id, passage_id=ids[1])
    )
    assert [(v.content, v.ended_by) for v in gone.versions] == [
        ("Rex, the user's pet, is a golden retriever.", "delete")
    ]
    assert not gone.HasField("current")
