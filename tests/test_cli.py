"""The `memsvc agents|chat|ingest` commands, run as subprocesses against an in-process server.

The server runs on the test's event loop, so the CLI runs with asyncio subprocesses.
Its output is not a terminal here, so it prints plain text.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import sys
import threading
import uuid

import pytest

from memsvc.server.app import Running, start
from memsvc_client import MemsvcClient
from tests.conftest import make_settings
from tests.fakellm import Call, FakeLLM, Reply, say
from tests.layouts import TEST_ENDPOINTS

NO_TTY_HINTS = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "MEMSVC_API_KEY", "MEMSVC_ADDRESS", "COLUMNS")


def cli_env(port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in NO_TTY_HINTS}
    return {**env, "MEMSVC_ADDRESS": f"127.0.0.1:{port}", "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"}


async def memsvc(port: int, *args: str, stdin: str = "", **env: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "memsvc",
        *args,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**cli_env(port), **env},
    )
    out, err = await asyncio.wait_for(proc.communicate(stdin.encode()), 90)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def interactive_chat(port: int, agent_id: str) -> asyncio.subprocess.Process:
    """`memsvc chat AGENT_ID` as a person would run it, its input and output piped to the test."""
    return await asyncio.create_subprocess_exec(
        *[sys.executable, "-m", "memsvc", "chat", agent_id],
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=cli_env(port),
    )


def embedding_args(fake: FakeLLM) -> list[str]:
    return ["--embedding-endpoint", fake.base_url, "--embedding-model", "hash-64", "--embedding-dim", "64"]


async def create_agent(port: int, fake: FakeLLM, model: str) -> str:
    code, out, err = await memsvc(
        port,
        *["agents", "create", "--model", model, "--context-window", "16384", "--endpoint", fake.base_url],
        *["--human", "My name is Xiaoming, I am a product manager", "--persona", "You are Letta, my assistant"],
        *embedding_args(fake),
    )
    assert code == 0, err
    return out.strip()


async def test_agents_create_list_and_show(server: Running, fake_llm, model):
    port = server.port
    code, out, err = await memsvc(
        port,
        *["agents", "create", "--model", model, "--context-window", "16384", "--endpoint", fake_llm.base_url],
        *["--name", "cli-agent", "--human", "My name is Xiaoming\nI am a product manager", "--persona", "Letta"],
        *embedding_args(fake_llm),
    )
    assert code == 0, err
    agent_id = out.strip()
    assert uuid.UUID(agent_id)

    code, out, err = await memsvc(port, "agents", "list", "--address", f"127.0.0.1:{port}", "--api-key", "sk-x")
    assert code == 0, err
    header, *rows = out.splitlines()
    assert header.split() == ["ID", "NAME", "MODEL", "CONTEXT", "CREATED"]
    assert any(row.split()[:4] == [agent_id, "cli-agent", model, "16384"] for row in rows)

    code, out, err = await memsvc(port, "agents", "show", agent_id)
    assert code == 0, err
    assert f"agent cli-agent  {agent_id}" in out
    assert f"{model} (openai) at {fake_llm.base_url}" in out
    assert "hash-64 (openai, 64 dimensions)" in out
    assert "human (42/5000 chars)" in out
    assert "    My name is Xiaoming\n    I am a product manager\n" in out
    assert "context window (" in out
    for section in ("system instructions", "working context", "messages (0)", "function schemas", "total"):
        assert re.search(rf"^  {re.escape(section)} +[\d,]+", out, re.MULTILINE), section
    assert re.search(r"^  total +[\d,]+ of 15,360 \(\d+% of the budget\)$", out, re.MULTILINE)

    nobody = str(uuid.uuid4())
    code, out, err = await memsvc(port, "agents", "show", nobody)
    assert code == 1
    assert re.search(rf"^error: .*{nobody}.* \(NOT_FOUND AGENT_NOT_FOUND\)$", err, re.MULTILINE), err

    code, _, err = await memsvc(port, "agents", "create", "--model", model, "--context-window", "100")
    assert code == 1
    assert "(INVALID_ARGUMENT INVALID_ARGUMENT)" in err


async def test_agents_create_takes_the_whole_letta_body(server: Running, fake_llm, model, tmp_path):
    body = tmp_path / "agent.json"
    body.write_text(
        """{"llm_config": {"model": "deepseek-chat", "model_endpoint_type": "deepseek", "context_window": 16384,
                "model_endpoint": "https://api.deepseek.com/v1", "put_inner_thoughts_in_kwargs": true},
 "embedding_config": {"embedding_model": "glm-4.6", "embedding_endpoint_type": "ollama", "embedding_dim": 1024},
 "memory_blocks": [{"label": "human", "value": "My name is Xiaoming, I am a product manager"},
                   {"label": "persona", "value": "You are Letta, my assistant"}]}"""
    )
    code, out, err = await memsvc(server.port, "agents", "create", "--json", f"@{body}", "--name", "from-letta")
    assert code == 0, err
    async with MemsvcClient(f"127.0.0.1:{server.port}") as client:
        agent = await client.get_agent(out.strip())
    assert agent.name == "from-letta"
    assert (agent.llm_config.model_endpoint_type, agent.llm_config.put_inner_thoughts_in_kwargs) == ("deepseek", True)
    assert (agent.embedding_config.embedding_endpoint_type, agent.embedding_config.embedding_dim) == ("ollama", 1024)
    assert [b.label for b in agent.memory_blocks] == ["human", "persona"]

    # The same as options, with another block and the flags the body has.
    code, out, err = await memsvc(
        server.port,
        *["agents", "create", "--model", model, "--context-window", "8192", "--no-put-inner-thoughts-in-kwargs"],
        *["--embedding-endpoint-type", "local", "--block", "notes=Likes tea", "--human", "Ali"],
    )
    assert code == 0, err
    async with MemsvcClient(f"127.0.0.1:{server.port}") as client:
        agent = await client.get_agent(out.strip())
    assert agent.llm_config.put_inner_thoughts_in_kwargs is False
    assert agent.embedding_config.embedding_endpoint_type == "local"
    assert {b.label: b.value for b in agent.memory_blocks} == {"human": "Ali", "notes": "Likes tea"}
    code, _, err = await memsvc(server.port, "agents", "create", "--json", "{not json")
    assert code == 1
    assert "--json is not JSON" in err


async def test_chat_prints_each_turn_as_it_streams(server: Running, fake_llm, model):
    agent_id = await create_agent(server.port, fake_llm, model)
    fake_llm.script(
        model,
        Reply(
            thought="The user corrects their name.",
            calls=[
                Call(
                    "core_memory_replace", {"label": "human", "old_content": "Xiaoming", "new_content": "Alibaba"}, True
                )
            ],
        ),
        say("Nice to meet you, Alibaba!", thought="Confirm the change."),
        # Second turn: a failed call (missing argument), then the reply.
        Reply(calls=[Call("core_memory_replace", {"label": "human", "old_content": "Nobody"}, False)]),
        say("Your name is Alibaba."),
        # Third turn: the LLM is down.
        Reply(status=503),
    )
    stdin = "I'm not Xiaoming, my name is Alibaba\n\nWhat is my name?\nhello?\n"
    code, out, err = await memsvc(server.port, "chat", agent_id, stdin=stdin)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("chatting with agent-")
    assert lines[1:8] == [
        "you: I'm not Xiaoming, my name is Alibaba",
        "  thought: The user corrects their name.",
        '  call: core_memory_replace({"label": "human", "old_content": "Xiaoming", "new_content": "Alibaba"})',
        lines[4],
        "  heartbeat: Function called using request_heartbeat=true, returning control",
        "  thought: Confirm the change.",
        "agent: Nice to meet you, Alibaba!",
    ]
    assert lines[4].startswith("  result: core_memory_replace ok: ")
    assert re.fullmatch(r"  \(2 steps, [\d,]+ tokens\)", lines[8])
    assert lines[9] == "you: What is my name?"
    assert lines[10].startswith("  call: core_memory_replace(")
    assert lines[11].startswith("  result: core_memory_replace failed: ")
    assert "new_content" in lines[11]
    assert lines[12] == "  heartbeat: Function call failed, returning control"
    assert lines[13] == "agent: Your name is Alibaba."
    assert lines[15] == "you: hello?"
    assert re.fullmatch(
        r"  turn stopped: llm error \(1 step, 0 tokens\): .*HTTP 503 \(UNAVAILABLE LLM_UNAVAILABLE\)", lines[16]
    )
    assert len(lines) == 17

    async with MemsvcClient(f"127.0.0.1:{server.port}") as client:
        block = await client.get_block(agent_id, "human")
    assert block.value == "My name is Alibaba, I am a product manager"


async def test_chat_ctrl_c_cancels_the_running_turn(server: Running, fake_llm, model):
    agent_id = await create_agent(server.port, fake_llm, model)
    fake_llm.script(
        model,
        Reply(calls=[Call("core_memory_append", {"label": "human", "content": "Likes tea."}, True)], delay=1.5),
        say("never said: the turn is cancelled before this step"),
        say("Still here."),
    )
    proc = await interactive_chat(server.port, agent_id)
    assert proc.stdin is not None
    assert proc.stdout is not None

    async def line_starting(prefix: str) -> str:
        while line := (await asyncio.wait_for(proc.stdout.readline(), 30)).decode():
            if line.startswith(prefix):
                return line.rstrip("\n")
        pytest.fail(f"no line starting with {prefix!r}")

    try:
        await line_starting("chatting with")  # the SIGINT handler is in place from here on
        proc.stdin.write(b"Remember that I like tea\n")
        await proc.stdin.drain()
        await line_starting("you: Remember")  # the turn runs; its first LLM call takes 1.5 s
        proc.send_signal(signal.SIGINT)
        assert (await line_starting("  (cancelling")).endswith("Ctrl-C again quits)")
        stopped = await line_starting("  turn stopped")
        assert re.fullmatch(r"  turn stopped: cancelled \(1 step, [\d,]+ tokens\)", stopped)
        fake_llm.scripts[model].popleft()  # the reply the cancelled step never asked for

        # Ctrl-C at the idle prompt does not quit (the banner says Ctrl-D does).
        proc.send_signal(signal.SIGINT)
        assert await line_starting("(Ctrl-D exits)") == "(Ctrl-D exits)"
        assert proc.returncode is None

        # The chat goes on after a cancelled turn.
        proc.stdin.write(b"Are you there?\n")
        await proc.stdin.drain()
        assert await line_starting("agent: ") == "agent: Still here."
        proc.stdin.close()
        assert await asyncio.wait_for(proc.wait(), 30) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def test_chat_prints_the_reply_token_by_token(server: Running, fake_llm, model):
    agent_id = await create_agent(server.port, fake_llm, model)
    reply = say("Hello there, piece by piece.", thought="Greet them.")
    arguments = json.dumps({"inner_thoughts": "Greet them.", "message": "Hello there, piece by piece."})
    # One character per chunk; the stream stalls right after "Hello" until the test has seen it.
    reply.pieces, reply.hold, reply.hold_after = list, threading.Event(), 2 + arguments.index("Hello") + 5
    fake_llm.script(model, reply)
    proc = await interactive_chat(server.port, agent_id)
    assert proc.stdin is not None
    assert proc.stdout is not None
    try:
        proc.stdin.write(b"hi\n")
        await proc.stdin.drain()
        seen = b""
        while not seen.endswith(b"agent: Hello"):  # printed while the LLM is still writing
            seen += await asyncio.wait_for(proc.stdout.read(1), 30)
        assert b"  thought: Greet them.\n" in seen
        reply.hold.set()
        rest = (await asyncio.wait_for(proc.stdout.readline(), 30)).decode()
        assert rest == " there, piece by piece.\n"
        proc.stdin.close()
        out = (await asyncio.wait_for(proc.stdout.read(), 30)).decode()
        assert "agent: " not in out  # the stored message is not printed twice
        assert await asyncio.wait_for(proc.wait(), 30) == 0
    finally:
        reply.hold.set()
        if proc.returncode is None:
            proc.kill()
            await proc.wait()

    fake_llm.script(model, say("Whole.", thought="At once."))
    code, out, err = await memsvc(server.port, "chat", agent_id, "--no-stream-tokens", stdin="again\n")
    assert code == 0, err
    assert out.splitlines()[1:4] == ["you: again", "  thought: At once.", "agent: Whole."]
    assert "stream" not in fake_llm.chat_requests(model)[-1]


async def test_ingest_shows_progress_then_the_result(server: Running, fake_llm, model, tmp_path):
    agent_id = await create_agent(server.port, fake_llm, model)
    notes = tmp_path / "notes.md"
    paragraphs = [f"Section {i}. The tea plantation number {i} grows oolong on hill {i}." for i in range(40)]
    notes.write_text("# Notes\n\n" + "\n\n".join(paragraphs), encoding="utf-8")

    args = ["ingest", agent_id, str(notes), "--tag", "tea", "--tag", "notes", "--chunk-size", "64"]
    code, out, err = await memsvc(server.port, *args)
    assert code == 0, err
    *progress, result = out.splitlines()
    done = [tuple(map(int, re.fullmatch(r"progress: (\d+)/(\d+) chunks", p).groups())) for p in progress]  # type: ignore[union-attr]
    total = done[-1][1]
    assert total > 1
    assert done[-1] == (total, total)
    assert [d for d, _ in done] == sorted(d for d, _ in done)
    assert re.fullmatch(
        rf"ingested notes\.md: {total} chunks \({total} new, 0 already stored\), tag document:notes\.md,"
        r" document [0-9a-f]{12}",
        result,
    )

    code, out, err = await memsvc(server.port, *args)
    assert code == 0, err
    assert f"({0} new, {total} already stored)" in out.splitlines()[-1]

    async with MemsvcClient(f"127.0.0.1:{server.port}") as client:
        hits = await client.search_archival(agent_id, "oolong hill", tags=["tea", "notes"], match_all_tags=True)
    assert len(hits.hits) > 0

    code, out, err = await memsvc(server.port, "ingest", agent_id, str(tmp_path / "missing.md"))
    assert code == 1
    assert err.startswith("error: ")
    assert "is not a file" in err


async def test_chat_shows_system_alerts(server: Running, fake_llm, model):
    code, out, err = await memsvc(
        server.port,
        *["agents", "create", "--model", model, "--context-window", "4096", "--endpoint", fake_llm.base_url],
        *embedding_args(fake_llm),
    )
    assert code == 0, err
    agent_id = out.strip()
    long_line = " ".join(f"note{i}" for i in range(250))  # past the 70 % warning, under the flush
    fake_llm.script(model, say("Noted."))
    code, out, err = await memsvc(server.port, "chat", agent_id, stdin=long_line + "\n")
    assert code == 0, err
    lines = out.splitlines()
    alert = next(line for line in lines if line.startswith("  system ("))
    assert alert.startswith("  system (memory pressure): ")
    assert lines.index(alert) < lines.index("agent: Noted.")


async def test_api_key_from_the_option_or_the_environment(tmp_path, fake_llm, model):
    keyed = await start(
        "all", make_settings(tmp_path / "keyed", api_keys={"sk-acme": "acme"}, allowed_endpoints=TEST_ENDPOINTS)
    )
    try:
        create = ["agents", "create", "--model", model, "--context-window", "16384", "--endpoint", fake_llm.base_url]
        code, out, err = await memsvc(keyed.port, *create, "--name", "keyed", "--api-key", "sk-acme")
        assert code == 0, err
        code, out, err = await memsvc(keyed.port, "agents", "list", MEMSVC_API_KEY="sk-acme")
        assert code == 0, err
        assert "keyed" in out
        code, out, err = await memsvc(keyed.port, "agents", "list")
        assert code == 1
        assert err.rstrip().endswith("(UNAUTHENTICATED API_KEY_MISSING)")
    finally:
        await keyed.stop(0)
