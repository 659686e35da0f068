"""AgentService's agent records: create, update, get, list, delete, in both layouts."""

from __future__ import annotations

import pytest
from google.protobuf.field_mask_pb2 import FieldMask

from memsvc.v1 import agent_pb2, agent_service_pb2
from tests.conftest import llm_config
from tests.helpers import create_agent

pytestmark = pytest.mark.layouts


@pytest.mark.regression("issue 11 #1: a partial agent was serialized whole between servers (INTERNAL)")
async def test_update_names_only_the_masked_fields(agents, fake_llm, model):
    created = (
        await agents.CreateAgent(
            agent_service_pb2.CreateAgentRequest(llm_config=agent_pb2.LlmConfig(model=model, context_window=16384))
        )
    ).agent
    update = agent_service_pb2.UpdateAgentRequest(
        agent=agent_pb2.Agent(id=created.id, name="renamed"), update_mask=FieldMask(paths=["name"])
    )
    updated = (await agents.UpdateAgent(update)).agent
    assert updated.name == "renamed"
    assert updated.llm_config == created.llm_config
    assert updated.embedding_config == created.embedding_config
    assert updated.context_config == created.context_config
    got = (await agents.GetAgent(agent_service_pb2.GetAgentRequest(agent_id=created.id))).agent
    assert got == updated

    # Each updatable field alone, the others untouched.
    other = await create_agent(agents, fake_llm, model)
    config = llm_config(fake_llm, model, context_window=8192)
    update = agent_service_pb2.UpdateAgentRequest(
        agent=agent_pb2.Agent(id=other.id, llm_config=config), update_mask=FieldMask(paths=["llm_config"])
    )
    updated = (await agents.UpdateAgent(update)).agent
    assert updated.llm_config.context_window == 8192
    assert updated.name == other.name
    assert updated.embedding_config == other.embedding_config
    update = agent_service_pb2.UpdateAgentRequest(
        agent=agent_pb2.Agent(id=other.id, max_steps=7), update_mask=FieldMask(paths=["max_steps"])
    )
    updated = (await agents.UpdateAgent(update)).agent
    assert (updated.max_steps, updated.llm_config.context_window) == (7, 8192)
