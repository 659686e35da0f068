"""Bad input gets the right status and a message that says what to fix."""

from __future__ import annotations

import json
import uuid

import grpc
import pytest

from memsvc.v1 import agent_pb2, agent_service_pb2, memory_service_pb2, message_pb2, step_pb2
from tests.fakellm import call, say
from tests.helpers import create_agent, error_reason, send, user

pytestmark = pytest.mark.layouts

NOBODY = str(uuid.uuid4())


async def expect(code: grpc.StatusCode, reason: str, coro) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as info:
        await coro
    assert info.value.code() == code, info.value.details()
    assert error_reason(info.value) == reason, info.value.details()
    return info.value


async def test_unknown_agent_is_not_found_everywhere(agents, memory):
    nf, reason = grpc.StatusCode.NOT_FOUND, "AGENT_NOT_FOUND"
    err = await expect(nf, reason, agents.GetAgent(agent_service_pb2.GetAgentRequest(agent_id=NOBODY)))
    assert NOBODY in err.details()
    await expect(nf, reason, send(agents, NOBODY, "hello"))
    await expect(nf, reason, agents.DeleteAgent(agent_service_pb2.DeleteAgentRequest(agent_id=NOBODY)))
    await expect(nf, reason, agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=NOBODY)))
    await expect(nf, reason, memory.ListMemoryBlocks(memory_service_pb2.ListMemoryBlocksRequest(agent_id=NOBODY)))
    await expect(
        nf,
        reason,
        memory.InsertArchivalMemory(memory_service_pb2.InsertArchivalMemoryRequest(agent_id=NOBODY, content="x")),
    )

    async def requests():
        yield agent_service_pb2.StreamStepRequest(
            agent_id=NOBODY, input=agent_service_pb2.StepInput(messages=[user("hi")])
        )

    async def drain():
        async for _ in agents.StreamStep(requests()):
            pass

    await expect(nf, reason, drain())


async def test_empty_blank_and_oversized_messages_are_invalid(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    ia = grpc.StatusCode.INVALID_ARGUMENT
    err = await expect(ia, "INVALID_ARGUMENT", send(agents, agent.id, ""))
    assert "must not be empty" in err.details()
    await expect(ia, "INVALID_ARGUMENT", send(agents, agent.id, "   \n\t "))
    err = await expect(ia, "MESSAGE_TOO_LARGE", send(agents, agent.id, "x" * 40_000))
    assert "32,000" in err.details()
    await expect(ia, "INVALID_ARGUMENT", agents.SendMessage(agent_service_pb2.SendMessageRequest(agent_id=agent.id)))
    bad_role = message_pb2.MessageInput(role=message_pb2.MESSAGE_ROLE_TOOL, content="x")
    await expect(
        ia,
        "INVALID_ARGUMENT",
        agents.SendMessage(agent_service_pb2.SendMessageRequest(agent_id=agent.id, messages=[bad_role])),
    )
    await expect(ia, "INVALID_ARGUMENT", send(agents, agent.id, "nul \x00 byte"))
    # Nothing was stored by the refused calls.
    listed = await agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=agent.id))
    assert list(listed.messages) == []
    assert fake_llm.chat_requests(model) == []


async def test_block_over_its_limit_is_refused_on_every_path(agents, memory, fake_llm, model):
    ia = grpc.StatusCode.INVALID_ARGUMENT
    too_long = [agent_pb2.MemoryBlock(label="human", value="x" * 101, limit=100)]
    err = await expect(ia, "BLOCK_LIMIT_EXCEEDED", create_agent(agents, fake_llm, model, blocks=too_long))
    assert "over its limit of 100" in err.details()

    agent = await create_agent(
        agents, fake_llm, model, blocks=[agent_pb2.MemoryBlock(label="human", value="Ann", limit=20)]
    )
    update = memory_service_pb2.UpdateMemoryBlockRequest(
        agent_id=agent.id, block=agent_pb2.MemoryBlock(label="human", value="y" * 21)
    )
    await expect(ia, "BLOCK_LIMIT_EXCEEDED", memory.UpdateMemoryBlock(update))
    append = memory_service_pb2.EditMemoryBlockRequest(
        agent_id=agent.id, label="human", append=memory_service_pb2.AppendText(content="z" * 30)
    )
    await expect(ia, "BLOCK_LIMIT_EXCEEDED", memory.EditMemoryBlock(append))

    # Through the LLM's function: a failed result it can act on, and the block is unchanged.
    fake_llm.script(model, call("core_memory_append", label="human", content="w" * 30), say("ok"))
    reply = await send(agents, agent.id, "remember a lot")
    result = next(e.function_result for e in reply.events if e.WhichOneof("event") == "function_result")
    assert not result.ok
    assert "over its limit of 20" in json.loads(result.result)["message"]
    block = (
        await memory.GetMemoryBlock(memory_service_pb2.GetMemoryBlockRequest(agent_id=agent.id, label="human"))
    ).block
    assert block.value == "Ann"


async def test_bad_agent_configs_are_invalid(agents, fake_llm, model):
    ia = grpc.StatusCode.INVALID_ARGUMENT
    err = await expect(ia, "INVALID_ARGUMENT", agents.CreateAgent(agent_service_pb2.CreateAgentRequest(name="x")))
    assert "llm_config is required" in err.details()
    err = await expect(ia, "INVALID_ARGUMENT", create_agent(agents, fake_llm, model, llm={"context_window": 100}))
    assert "context_window" in err.details()
    blocks = [agent_pb2.MemoryBlock(label="human"), agent_pb2.MemoryBlock(label="human")]
    await expect(ia, "INVALID_ARGUMENT", create_agent(agents, fake_llm, model, blocks=blocks))
    await expect(
        ia,
        "INVALID_ARGUMENT",
        create_agent(agents, fake_llm, model, blocks=[agent_pb2.MemoryBlock(label="bad label!")]),
    )


async def test_llm_down_is_unavailable_and_loses_nothing(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model, llm={"model_endpoint": "http://127.0.0.1:9/v1"})
    err = await expect(grpc.StatusCode.UNAVAILABLE, "LLM_UNAVAILABLE", send(agents, agent.id, "are you there?"))
    assert "cannot be reached" in err.details()
    listed = (await agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=agent.id))).messages
    assert [m.content for m in listed] == ["are you there?"]
    # The endpoint comes back: the next turn sees the earlier input too.
    update = agent_service_pb2.UpdateAgentRequest(
        agent=agent_pb2.Agent(
            id=agent.id,
            llm_config=agent_pb2.LlmConfig(model=model, model_endpoint=fake_llm.base_url, context_window=16384),
        ),
    )
    update.update_mask.paths.append("llm_config")
    await agents.UpdateAgent(update)
    fake_llm.script(model, say("Yes, I'm here."))
    await send(agents, agent.id, "hello again")
    prompt = fake_llm.chat_requests(model)[-1]["messages"]
    assert [m["content"] for m in prompt if m["role"] == "user"][-2:] == ["are you there?", "hello again"]


async def test_llm_errors_mid_turn_keep_earlier_steps(agents, memory, fake_llm, model):
    from tests.fakellm import Reply

    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, call("core_memory_append", label="human", content="Has a cat."), Reply(status=500))
    await expect(grpc.StatusCode.UNAVAILABLE, "LLM_UNAVAILABLE", send(agents, agent.id, "I have a cat"))
    block = (
        await memory.GetMemoryBlock(memory_service_pb2.GetMemoryBlockRequest(agent_id=agent.id, label="human"))
    ).block
    assert block.value.endswith("Has a cat.")
    listed = (await agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=agent.id))).messages
    assert [m.role for m in listed] == [1, 2, 3, 4]  # user, assistant call, tool result, heartbeat


async def test_rejected_llm_request_is_failed_precondition(agents, fake_llm, model):
    from tests.fakellm import Reply

    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, Reply(status=401))
    err = await expect(grpc.StatusCode.FAILED_PRECONDITION, "LLM_REJECTED", send(agents, agent.id, "hi"))
    assert "HTTP 401" in err.details()


async def test_page_sizes_and_tokens_are_checked(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    ia = grpc.StatusCode.INVALID_ARGUMENT
    await expect(ia, "INVALID_ARGUMENT", agents.ListAgents(agent_service_pb2.ListAgentsRequest(page_size=-1)))
    await expect(ia, "INVALID_ARGUMENT", agents.ListAgents(agent_service_pb2.ListAgentsRequest(page_size=10_000)))
    await expect(ia, "INVALID_ARGUMENT", agents.ListAgents(agent_service_pb2.ListAgentsRequest(page_token="garbage!")))
    search = memory_service_pb2.SearchArchivalMemoryRequest(agent_id=agent.id, query="x", page_size=10_000)
    err = await expect(ia, "INVALID_ARGUMENT", memory.SearchArchivalMemory(search))
    assert "between 1 and 100" in err.details()


@pytest.mark.regression("issue 11 #9: a page token of agent Y (or of another query) silently skipped X's messages")
async def test_a_page_token_works_only_where_it_was_issued(agents, memory, fake_llm, model):
    x, y = await create_agent(agents, fake_llm, model), await create_agent(agents, fake_llm, model)
    history = [message_pb2.MessageInput(content=f"trip number {i} to Hangzhou") for i in range(3)]
    for agent in (x, y):
        await memory.AppendRecallMessages(
            memory_service_pb2.AppendRecallMessagesRequest(agent_id=agent.id, messages=history)
        )
    listed = await memory.ListRecallMessages(memory_service_pb2.ListRecallMessagesRequest(agent_id=y.id, page_size=1))
    assert listed.next_page_token
    ia = grpc.StatusCode.INVALID_ARGUMENT
    err = await expect(
        ia,
        "PAGE_TOKEN_MISMATCH",
        memory.ListRecallMessages(
            memory_service_pb2.ListRecallMessagesRequest(agent_id=x.id, page_token=listed.next_page_token)
        ),
    )
    assert "another list or search" in err.details()
    # A search's token is bound to its query and filters too; the same search pages on.
    search = memory_service_pb2.SearchRecallMessagesRequest(agent_id=x.id, query="Hangzhou trip", page_size=1)
    first = await memory.SearchRecallMessages(search)
    assert first.next_page_token
    other = memory_service_pb2.SearchRecallMessagesRequest(
        agent_id=x.id, query="something else", page_token=first.next_page_token
    )
    await expect(ia, "PAGE_TOKEN_MISMATCH", memory.SearchRecallMessages(other))
    await expect(
        ia,
        "PAGE_TOKEN_MISMATCH",
        memory.SearchRecallMessages(
            memory_service_pb2.SearchRecallMessagesRequest(
                agent_id=y.id, query="Hangzhou trip", page_token=first.next_page_token
            )
        ),
    )
    search.page_token, search.page_size = first.next_page_token, 2
    rest = await memory.SearchRecallMessages(search)
    assert {h.message.id for h in rest.hits}.isdisjoint({h.message.id for h in first.hits})
    assert len(first.hits) + len(rest.hits) == 3


@pytest.mark.regression("issue 11 #7: no cap on inputs per turn (200,000 messages stored, a reply too large to send)")
async def test_a_turns_input_is_bounded(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model, llm={"context_window": 8192})
    many = agent_service_pb2.SendMessageRequest(agent_id=agent.id, messages=[user("x")] * 101, request_id="r-many")
    err = await expect(grpc.StatusCode.INVALID_ARGUMENT, "TOO_MANY_MESSAGES", agents.SendMessage(many))
    assert "at most 100 messages" in err.details()
    # Each fits alone, not all together.
    long = " ".join(f"word{i}" for i in range(1_000))
    together = agent_service_pb2.SendMessageRequest(agent_id=agent.id, messages=[user(long)] * 20, request_id="r-20")
    err = await expect(grpc.StatusCode.INVALID_ARGUMENT, "MESSAGE_TOO_LARGE", agents.SendMessage(together))
    assert "the 20 messages of this turn" in err.details()
    listed = await agents.ListMessages(agent_service_pb2.ListMessagesRequest(agent_id=agent.id))
    assert list(listed.messages) == []  # nothing stored: a retry gets the same answer
    fake_llm.script(model, say("Fine."))
    ok = agent_service_pb2.SendMessageRequest(agent_id=agent.id, messages=[user("x")] * 100)
    assert (await agents.SendMessage(ok)).stop_reason == step_pb2.STOP_REASON_END_TURN


async def test_a_malformed_id_is_invalid_on_every_rpc_and_is_never_echoed_whole(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    ia = grpc.StatusCode.INVALID_ARGUMENT
    apb = agent_service_pb2
    for bad in ("nope", "agent-does-not-exist", "x" * 1_000_000):
        calls = [
            agents.GetAgent(apb.GetAgentRequest(agent_id=bad)),
            agents.ScheduleWakeup(apb.ScheduleWakeupRequest(agent_id=bad, reason="r", delay_seconds=60)),
            agents.CancelWakeup(apb.CancelWakeupRequest(agent_id=agent.id, wakeup_id=bad)),
            agents.GetTurn(apb.GetTurnRequest(agent_id=agent.id, turn_id=bad)),
            agents.CancelTurn(apb.CancelTurnRequest(agent_id=agent.id, turn_id=bad)),
            memory.ListMemoryBlocks(memory_service_pb2.ListMemoryBlocksRequest(agent_id=bad)),
            memory.DeleteArchivalMemory(
                memory_service_pb2.DeleteArchivalMemoryRequest(agent_id=agent.id, passage_id=bad)
            ),
            attach(agents, agent.id, bad),
        ]
        for pending in calls:
            err = await expect(ia, "INVALID_ARGUMENT", pending)
            assert "must be a UUID" in err.details()
            assert len(err.details()) < 200, err.details()[:300]
    # A well-formed id of nothing is still NOT_FOUND.
    nobody = apb.ScheduleWakeupRequest(agent_id=NOBODY, reason="r", delay_seconds=60)
    await expect(grpc.StatusCode.NOT_FOUND, "AGENT_NOT_FOUND", agents.ScheduleWakeup(nobody))


async def attach(agents, agent_id: str, turn_id: str) -> None:
    async def requests():
        yield agent_service_pb2.StreamStepRequest(
            agent_id=agent_id, attach=agent_service_pb2.AttachTurn(turn_id=turn_id)
        )

    async for _ in agents.StreamStep(requests()):
        pass
