"""The TypeScript client (clients/typescript): the README's walk-through, run by Node.

The compiled walk-through (dist/walkthrough.js) talks to a real server on a real port,
whose LLM calls go to the scripted fake. Node runs as a child process of the test's
event loop (never a blocking subprocess: the server runs on that loop).
"""

from __future__ import annotations

import asyncio
import filecmp
import json
import os
import shutil
import uuid
from pathlib import Path

import pytest

from memsvc.server.app import start
from tests.conftest import make_settings
from tests.fakellm import Call, Reply, say

CLIENT = Path(__file__).resolve().parent.parent / "clients/typescript"
WALKTHROUGH_KINDS = [
    "input_received",
    "inner_thought",
    "function_call",
    "function_result",
    "heartbeat",
    "inner_thought",
    "function_call",
    "assistant_message",
    "function_result",
    "turn_end",
]


def node() -> str:
    """The node binary, once the client is installed and built; fails (never skips) otherwise."""
    found = shutil.which("node")
    missing = [p.name for p in (CLIENT / "node_modules", CLIENT / "dist/walkthrough.js") if not p.exists()]
    if found is None or missing:
        pytest.fail(
            f"the TypeScript client is not installed and built ({', '.join(missing) or 'node'} missing):"
            " run scripts/install test (npm ci and npm run build in clients/typescript)"
        )
    return found


async def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        *args,
        cwd=CLIENT,
        env={**os.environ, **(env or {})},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


@pytest.fixture
async def operator_server(tmp_path, fake_llm):
    """A server set up like the user's: the LLM base URL comes from the environment."""
    running = await start("all", make_settings(tmp_path / "data", llm_base_url=fake_llm.base_url))
    yield running
    await running.stop(0)


async def test_walkthrough_with_the_typescript_client(operator_server, fake_llm, model):
    node_bin = node()
    fake_llm.script(
        model,
        Reply(
            thought="The user corrects their name: update the human block.",
            calls=[
                Call(
                    "core_memory_replace",
                    {"label": "human", "old_content": "Xiaoming", "new_content": "Alibaba"},
                    heartbeat=True,
                )
            ],
        ),
        say("Nice to meet you, Alibaba!", thought="Greet the user by their real name."),
    )
    env = {"MEMSVC_ADDRESS": f"127.0.0.1:{operator_server.port}", "MEMSVC_MODEL": model}
    code, out, err = await run(node_bin, "dist/walkthrough.js", env=env)

    assert code == 0, f"walkthrough failed:\n{out}\n{err}"
    lines = out.strip().splitlines()
    result = json.loads(lines[-1])
    assert result["events"] == WALKTHROUGH_KINDS
    assert result["human"] == "My name is Alibaba, I am a product manager"
    assert result["reply"] == "Nice to meet you, Alibaba!"
    assert result["streamed"] == result["reply"]  # token streaming: the deltas make up the reply
    uuid.UUID(result["agent_id"])
    # Each event kind was printed as it arrived, before the result.
    assert [line.split(": ")[-1] for line in lines if line.startswith("event ")] == WALKTHROUGH_KINDS
    # Both LLM calls went to the operator's endpoint with the body's model, and the
    # script was used up.
    assert len(fake_llm.chat_requests(model)) == 2
    assert fake_llm.pending(model) == 0


async def test_walkthrough_reports_a_failed_turn(operator_server, fake_llm, model):
    node_bin = node()
    fake_llm.script(model, Reply(status=400))
    env = {"MEMSVC_ADDRESS": f"127.0.0.1:{operator_server.port}", "MEMSVC_MODEL": model}
    code, out, err = await run(node_bin, "dist/walkthrough.js", env=env)

    assert code == 1, out
    assert "walkthrough failed: the turn ended with STOP_REASON_LLM_ERROR" in err
    assert "LLM_REJECTED" in err


async def test_errors_carry_the_code_and_reason(operator_server):
    """A failed call rejects with a MemsvcError read from the grpc-status-details-bin trailer."""
    node_bin = node()
    script = """
        import { MemsvcClient } from "./dist/index.js";
        const client = new MemsvcClient(process.env.MEMSVC_ADDRESS);
        const errors = [];
        for (const call of [() => client.getAgent(process.argv[1]), () => client.sendMessage(process.argv[1], " ")]) {
          try { await call(); errors.push(null); } catch (e) {
            errors.push({ name: e.name, code: e.code, codeName: e.codeName, reason: e.reason, domain: e.domain,
                          fields: e.fieldViolations.map((v) => v.field), message: e.message });
          }
        }
        client.close();
        console.log(JSON.stringify(errors));
    """
    missing = str(uuid.uuid4())
    env = {"MEMSVC_ADDRESS": f"127.0.0.1:{operator_server.port}"}
    code, out, err = await run(node_bin, "--input-type=module", "-e", script, missing, env=env)

    assert code == 0, err
    not_found, invalid = json.loads(out)
    assert not_found["name"] == "MemsvcError"
    assert (not_found["code"], not_found["codeName"], not_found["reason"]) == (5, "NOT_FOUND", "AGENT_NOT_FOUND")
    assert not_found["domain"] == "memsvc"
    assert not_found["message"].startswith("NOT_FOUND AGENT_NOT_FOUND: ")
    assert (invalid["codeName"], invalid["reason"]) == ("INVALID_ARGUMENT", "INVALID_ARGUMENT")
    assert invalid["fields"]


async def test_generated_types_are_fresh(tmp_path):
    """src/generated is what scripts/generate.sh makes from the protos as they are now."""
    node()
    fresh = tmp_path / "generated"
    proc = await asyncio.create_subprocess_exec(
        "sh", "scripts/generate.sh", str(fresh), cwd=CLIENT, stderr=asyncio.subprocess.PIPE
    )
    _, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    committed = CLIENT / "src/generated"
    fresh_files = sorted(str(p.relative_to(fresh)) for p in fresh.rglob("*.ts"))
    committed_files = sorted(str(p.relative_to(committed)) for p in committed.rglob("*.ts"))
    assert fresh_files == committed_files, "stale TypeScript types: run scripts/generate"
    _, mismatch, errors = filecmp.cmpfiles(fresh, committed, fresh_files, shallow=False)
    assert not mismatch, f"stale TypeScript types {mismatch}: run scripts/generate"
    assert not errors, f"unreadable TypeScript types {errors}"


async def test_client_tools_and_approvals_from_typescript(operator_server, fake_llm, model):
    """A TypeScript client runs a client tool on the stream and answers an approval on the unary path."""
    node_bin = node()
    script = """
        import { MemsvcClient } from "./dist/index.js";
        const [model] = process.argv.slice(1);
        const client = new MemsvcClient(process.env.MEMSVC_ADDRESS);
        const parameters = JSON.stringify(
          { type: "object", properties: { city: { type: "string" } }, required: ["city"] });
        const agent = await client.createAgent({
          llm_config: { model, context_window: 16384 },
          memory_blocks: [{ label: "human", value: "My name is Xiaoming" }],
          client_tools: [{ name: "get_weather", description: "The weather in a city.", parameters }],
          tools_requiring_approval: ["core_memory_append"],
        });
        const tools = (await client.listTools(agent.id)).map((t) => [t.name, t.kind, t.requires_approval]);
        const stream = client.streamStep(agent.id);
        const weather = ({ city }) => `sunny in ${city}`;
        const streamed = await stream.turn("Weather in Paris?", { tools: { get_weather: weather } });
        stream.close();
        const asked = [];
        const approve = (call) => (asked.push(call.name), true);
        const unary = await client.runTurn(agent.id, "I like tea", { approve });
        const turn = await client.getTurn(agent.id, unary.turnId);
        const watched = [];
        for await (const event of client.watch(agent.id, 0)) {
          watched.push(event.agent_sequence);
          if (watched.length === streamed.events.length + unary.events.length) break;
        }
        client.close();
        console.log(JSON.stringify({
          tools, asked, watched,
          streamed: streamed.events.map((e) => e.event), streamedStop: streamed.stopReason,
          unary: unary.events.map((e) => e.event), unaryStop: unary.stopReason,
          status: turn.status,
          result: streamed.events.find((e) => e.event === "function_result").function_result.result,
        }));
    """
    fake_llm.script(
        model,
        Reply(calls=[Call("get_weather", {"city": "Paris"}, heartbeat=True)]),
        say("Sunny in Paris."),
        Reply(calls=[Call("core_memory_append", {"label": "human", "content": "Likes tea."}, heartbeat=True)]),
        say("Saved."),
    )
    env = {"MEMSVC_ADDRESS": f"127.0.0.1:{operator_server.port}"}
    code, out, err = await run(node_bin, "--input-type=module", "-e", script, model, env=env)
    assert code == 0, err
    got = json.loads(out)
    assert got["tools"][-1] == ["get_weather", "TOOL_KIND_CLIENT", False]
    assert ["core_memory_append", "TOOL_KIND_BUILT_IN", True] in got["tools"]
    assert got["streamed"][:4] == ["input_received", "function_call", "turn_waiting", "function_result"]
    assert got["streamedStop"] == "STOP_REASON_END_TURN"
    assert json.loads(got["result"])["message"] == "sunny in Paris"
    assert got["asked"] == ["core_memory_append"]
    assert got["unary"][-1] == "turn_end"
    assert got["unaryStop"] == "STOP_REASON_END_TURN"
    assert got["status"] == "TURN_STATUS_ENDED"
    assert got["watched"] == [str(i) for i in range(1, len(got["watched"]) + 1)]  # int64: strings in JS


async def test_wakeups_from_typescript(operator_server, fake_llm, model):
    """scheduleWakeup (a Date or a delay), listWakeups and cancelWakeup; enable_wakeups on createAgent."""
    node_bin = node()
    script = """
        import { MemsvcClient } from "./dist/index.js";
        const [model] = process.argv.slice(1);
        const client = new MemsvcClient(process.env.MEMSVC_ADDRESS);
        const agent = await client.createAgent({ llm_config: { model, context_window: 16384 }, enable_wakeups: true });
        const tools = (await client.listTools(agent.id)).map((t) => t.name);
        const at = new Date(Date.now() + 86_400_000);
        at.setUTCMilliseconds(250);
        const later = await client.scheduleWakeup(agent.id, "water the plants", { at });
        const sooner = await client.scheduleWakeup(agent.id, "check the oven", { delaySeconds: 3600 });
        const pending = (await client.listWakeups(agent.id)).wakeups.map((w) => w.id);
        const cancelled = await client.cancelWakeup(agent.id, sooner.id);
        const listed = (await client.listWakeups(agent.id, ["WAKEUP_STATE_CANCELLED"])).wakeups.map((w) => w.id);
        let refused = null;
        try { await client.scheduleWakeup(agent.id, "x", { delaySeconds: -1 }); } catch (e) { refused = e.reason; }
        client.close();
        console.log(JSON.stringify({
          enabled: agent.enable_wakeups, tools, pending, listed, refused,
          ids: [sooner.id, later.id], state: cancelled.state, origin: later.origin,
          due: [later.due_time.seconds, later.due_time.nanos], expected: [Math.floor(at.getTime() / 1000), 250e6],
        }));
    """
    env = {"MEMSVC_ADDRESS": f"127.0.0.1:{operator_server.port}"}
    code, out, err = await run(node_bin, "--input-type=module", "-e", script, model, env=env)
    assert code == 0, err
    got = json.loads(out)
    assert got["enabled"] is True
    assert {"schedule_wakeup", "list_wakeups", "cancel_wakeup"} <= set(got["tools"])
    sooner, later = got["ids"]
    assert got["pending"] == [sooner, later]  # soonest first
    assert got["listed"] == [sooner]
    assert got["state"] == "WAKEUP_STATE_CANCELLED"
    assert got["origin"] == "WAKEUP_ORIGIN_CLIENT"
    assert int(got["due"][0]) == got["expected"][0]  # the Date, to the millisecond (the store keeps microseconds)
    assert abs(got["due"][1] - got["expected"][1]) < 1000
    assert got["refused"] == "WAKEUP_DELAY_INVALID"
