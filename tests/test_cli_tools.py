"""`memsvc chat` with a client tool it runs itself (--demo-tool) and approvals asked of the person."""

from __future__ import annotations

import json
import re

from memsvc.server.app import Running
from memsvc_client import MemsvcClient
from tests.fakellm import call, say
from tests.test_cli import embedding_args, memsvc


async def test_chat_runs_its_demo_tool_and_asks_before_a_call_that_needs_approval(server: Running, fake_llm, model):
    code, out, err = await memsvc(
        server.port,
        *["agents", "create", "--model", model, "--context-window", "16384", "--endpoint", fake_llm.base_url],
        *["--human", "My name is Xiaoming", "--require-approval", "core_memory_append"],
        *embedding_args(fake_llm),
    )
    assert code == 0, err
    agent_id = out.strip()
    fake_llm.script(
        model,
        call("local_time", timezone="Europe/Paris"),
        say("It is evening in Paris."),
        call("core_memory_append", label="human", content="Likes tea."),
        say("Saved."),
        call("core_memory_append", label="human", content="Hates tea."),
        say("I will not save that."),
    )
    stdin = "What time is it in Paris?\nRemember I like tea\ny\nRemember I hate tea\nthat is wrong\n"
    code, out, err = await memsvc(server.port, "chat", agent_id, "--demo-tool", stdin=stdin)
    assert code == 0, err
    lines = out.splitlines()
    ran = next(line for line in lines if line.startswith("  ran local_time"))
    assert re.fullmatch(r'  ran local_time\(\{"timezone": "Europe/Paris"\}\) -> \w+ \d{4}-\d\d-\d\d .*', ran)
    assert "agent: It is evening in Paris." in lines
    asked = [line for line in lines if line.startswith("  approve core_memory_append(")]
    assert asked[0].endswith("[y/N, or a reason to deny] y")
    assert asked[1].endswith("[y/N, or a reason to deny] that is wrong")
    assert "agent: Saved." in lines
    denied = next(line for line in lines if line.startswith("  result: core_memory_append failed"))
    assert "denied by the user: that is wrong" in denied
    async with MemsvcClient(f"127.0.0.1:{server.port}") as client:
        agent = await client.get_agent(agent_id)
        assert [t.name for t in agent.client_tools] == ["local_time"]
        assert json.loads(agent.client_tools[0].parameters)["properties"] == {"timezone": {"type": "string"}}
        assert (await client.get_block(agent_id, "human")).value == "My name is Xiaoming\nLikes tea."
    # The tool result the LLM saw came from the CLI.
    second = fake_llm.chat_requests(model)[1]["messages"]
    shown = ran.split(" -> ", 1)[1]
    assert json.loads(next(m for m in second if m["role"] == "tool")["content"])["message"] == shown
