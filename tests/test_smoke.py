from __future__ import annotations

import pytest

from tests.fakellm import say
from tests.helpers import create_agent, kinds, send

pytestmark = pytest.mark.layouts


async def test_one_turn_round_trip(agents, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    fake_llm.script(model, say("Hello!", thought="Greet them."))
    reply = await send(agents, agent.id, "hi")
    assert kinds(reply.events) == [
        "input_received",
        "inner_thought",
        "function_call",
        "assistant_message",
        "function_result",
        "turn_end",
    ]
    assert reply.events[3].assistant_message.content == "Hello!"
