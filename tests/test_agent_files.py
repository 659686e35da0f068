"""Agent files: ExportAgent / ImportAgent round trips, field by field, across SQLite and PostgreSQL;
and `memsvc export` / `memsvc import` on the command line."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
import uuid
from pathlib import Path

import grpc
import pytest
from google.protobuf import json_format
from google.protobuf.timestamp_pb2 import Timestamp

from memsvc.server.app import start
from memsvc.storage.sql import create_sql_engine
from memsvc.v1 import agent_file_pb2, memory_service_pb2_grpc, message_pb2, step_pb2
from memsvc.v1 import agent_service_pb2 as apb
from memsvc.v1 import memory_service_pb2 as mpb
from tests.conftest import PG_ADMIN, make_settings, require_postgres
from tests.fakellm import Call, Reply, say
from tests.helpers import create_agent, error_reason, send, weather_tool

pytestmark = pytest.mark.layouts


def stamp(seconds: float) -> Timestamp:
    out = Timestamp()
    out.FromNanoseconds(int(seconds * 1e9))
    return out


@pytest.fixture
async def other_memory(request, tmp_path, database_url, deployment):
    """A second deployment on the other SQL backend: PostgreSQL when the test's is SQLite
    (skipped if none answers), SQLite when it is PostgreSQL (the split layout always is)."""
    url, name = "", ""
    if not database_url and deployment.layout != "split":
        require_postgres()
        template = request.getfixturevalue("pg_template")
        name = f"memsvc_t_{uuid.uuid4().hex[:12]}"
        admin = create_sql_engine(PG_ADMIN + "?pool=none").execution_options(isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {template}")
        url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    running = await start("all", make_settings(tmp_path / "other", database_url=url))
    async with grpc.aio.insecure_channel(f"127.0.0.1:{running.port}") as chan:
        yield memory_service_pb2_grpc.MemoryServiceStub(chan)
    await running.stop(0)
    if name:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


async def lived_in_agent(agents, memory, fake_llm, model):
    """An agent with some of everything: edited blocks, tool calls and results, heartbeats, a flushed
    queue with its summary, history with its own times, archival passages with tags and times."""
    agent = await create_agent(agents, fake_llm, model, llm={"context_window": 4096})
    fake_llm.script(
        model,
        Reply(
            thought="Correct the name.",
            calls=[
                Call(
                    "core_memory_replace",
                    {"label": "human", "old_content": "Xiaoming", "new_content": "Alibaba"},
                    heartbeat=True,
                )
            ],
        ),
        Reply(calls=[Call("archival_memory_insert", {"content": "Alibaba is a product manager"}, heartbeat=True)]),
        say("Got it, Alibaba!"),
    )
    await send(agents, agent.id, "I'm not Xiaoming, my name is Alibaba")
    for i in range(30):  # long turns until the queue is flushed and summarized
        reply = await send(agents, agent.id, f"Story part {i}: " + "the quick brown fox jumps " * 60)
        flushed = any(
            e.WhichOneof("event") == "system_alert"
            and e.system_alert.kind == step_pb2.SYSTEM_ALERT_KIND_CONTEXT_FLUSHED
            for e in reply.events
        )
        if flushed:
            break
    assert flushed
    then = time.time() - 7 * 86400
    history = [
        message_pb2.MessageInput(role=message_pb2.user, content="Old chat about tea", create_time=stamp(then)),
        message_pb2.MessageInput(role=message_pb2.assistant, content="Tea is nice", create_time=stamp(then + 1.5)),
    ]
    await agents.AppendConversation(apb.AppendConversationRequest(agent_id=agent.id, messages=history))
    await memory.BatchInsertArchivalMemories(
        mpb.BatchInsertArchivalMemoriesRequest(
            agent_id=agent.id,
            passages=[
                mpb.PassageInput(content="Alibaba likes Longjing tea", tags=["tea", "likes"], create_time=stamp(then)),
                mpb.PassageInput(content="Alibaba's sister is Lin", tags=["family"]),
            ],
        )
    )
    return agent


def as_dict(agent_file: agent_file_pb2.AgentFile) -> dict:
    out = json_format.MessageToDict(agent_file, preserving_proto_field_name=True)
    out.pop("export_time")
    return out


async def test_round_trip_across_sqlite_and_postgres_is_exact(agents, memory, other_memory, fake_llm, model):
    agent = await lived_in_agent(agents, memory, fake_llm, model)
    first = (await memory.ExportAgent(mpb.ExportAgentRequest(agent_id=agent.id))).agent_file
    assert first.format_version == 1
    assert first.queue_state.summary
    assert first.queue_state.evicted_through_sequence > 0
    assert any(m.tool_calls for m in first.messages)
    assert any(not m.in_context for m in first.messages)
    assert len(first.passages) == 3

    imported = await other_memory.ImportAgent(mpb.ImportAgentRequest(agent_file=first))
    assert imported.agent.id == agent.id
    assert (imported.message_count, imported.passage_count) == (len(first.messages), 3)
    assert not imported.unmapped
    second = (await other_memory.ExportAgent(mpb.ExportAgentRequest(agent_id=agent.id))).agent_file
    one, two = as_dict(first), as_dict(second)
    # Import counts every message's tokens itself; memsvc leaves history stored with AppendConversation
    # uncounted (0: it never enters the prompt), so the import's count is the one difference.
    for before, after in zip(one["messages"], two["messages"], strict=True):
        if "token_count" not in before:
            assert after.pop("token_count") > 0, after
    for key in one:  # field by field, so a difference names its place
        assert one[key] == two[key], key
    assert one == two

    # The imported agent's memory works there: passages were embedded again and are found.
    hits = await other_memory.SearchArchivalMemory(mpb.SearchArchivalMemoryRequest(agent_id=agent.id, query="tea"))
    assert hits.hits[0].passage.content == "Alibaba likes Longjing tea"

    # Again into the same deployment: refused, unless with a new id.
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await other_memory.ImportAgent(mpb.ImportAgentRequest(agent_file=first))
    assert error_reason(exc.value) == "AGENT_ALREADY_EXISTS"
    copy = await other_memory.ImportAgent(mpb.ImportAgentRequest(agent_file=first, assign_new_id=True))
    assert copy.agent.id != agent.id
    third = as_dict((await other_memory.ExportAgent(mpb.ExportAgentRequest(agent_id=copy.agent.id))).agent_file)
    assert [m.get("content") for m in third["messages"]] == [m.get("content") for m in one["messages"]]
    assert {m["id"] for m in third["messages"]}.isdisjoint({m["id"] for m in one["messages"]})


async def test_an_imported_agent_carries_on(agents, memory, fake_llm, model):
    agent = await lived_in_agent(agents, memory, fake_llm, model)
    exported = (await memory.ExportAgent(mpb.ExportAgentRequest(agent_id=agent.id))).agent_file
    copy = (await memory.ImportAgent(mpb.ImportAgentRequest(agent_file=exported, assign_new_id=True))).agent
    fake_llm.script(model, say("Still Alibaba."))
    reply = await send(agents, copy.id, "Who am I?")
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    prompt = fake_llm.chat_requests(model)[-1]["messages"]
    assert "My name is Alibaba" in prompt[0]["content"]
    assert exported.queue_state.summary in json.dumps(prompt, ensure_ascii=False)


@pytest.mark.regression("newcomer #13: ImportAgent dropped client tools, approval requirements and wait timeouts")
async def test_client_tools_approvals_and_timeouts_survive_export_and_import(agents, memory, fake_llm, model):
    agent = await create_agent(
        agents,
        fake_llm,
        model,
        client_tools=[weather_tool()],
        tools_requiring_approval=["get_weather", "core_memory_replace"],
        client_tool_timeout_seconds=2,
        approval_timeout_seconds=3,
    )
    exported = (await memory.ExportAgent(mpb.ExportAgentRequest(agent_id=agent.id))).agent_file
    copy = (await memory.ImportAgent(mpb.ImportAgentRequest(agent_file=exported, assign_new_id=True))).agent
    got = (await agents.GetAgent(apb.GetAgentRequest(agent_id=copy.id))).agent
    assert [(t.name, t.description, t.parameters) for t in got.client_tools] == [
        (t.name, t.description, t.parameters) for t in agent.client_tools
    ]
    assert list(got.tools_requiring_approval) == ["get_weather", "core_memory_replace"]
    assert (got.client_tool_timeout_seconds, got.approval_timeout_seconds) == (2, 3)
    # The approval gate works on the copy: the turn waits instead of running core_memory_replace.
    fake_llm.script(
        model, Reply(calls=[Call("core_memory_replace", {"label": "human", "old_content": "a", "new_content": "b"})])
    )
    reply = await send(agents, copy.id, "change it")
    assert reply.stop_reason == step_pb2.STOP_REASON_WAITING_FOR_CLIENT


async def test_bad_files_are_refused(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    exported = (await memory.ExportAgent(mpb.ExportAgentRequest(agent_id=agent.id))).agent_file
    newer = agent_file_pb2.AgentFile()
    newer.CopyFrom(exported)
    newer.format_version = 2
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await memory.ImportAgent(mpb.ImportAgentRequest(agent_file=newer, assign_new_id=True))
    assert error_reason(exc.value) == "AGENT_FILE_VERSION"
    for raw in (b"not json", b"[]", b'{"something": "else"}'):
        with pytest.raises(grpc.aio.AioRpcError) as exc:
            await memory.ImportAgent(mpb.ImportAgentRequest(letta_agent_file=raw))
        assert exc.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await memory.ImportAgent(mpb.ImportAgentRequest())
    assert exc.value.code() == grpc.StatusCode.INVALID_ARGUMENT


def file_with_messages(exported: agent_file_pb2.AgentFile, *contents: str, **fields) -> agent_file_pb2.AgentFile:
    """A copy of `exported` holding these user messages, all in context, with the given fields."""
    out = agent_file_pb2.AgentFile()
    out.CopyFrom(exported)
    del out.messages[:]
    out.queue_state.Clear()
    for i, content in enumerate(contents):
        out.messages.add(
            id=str(uuid.uuid4()),
            role=message_pb2.MESSAGE_ROLE_USER,
            content=content,
            sequence=i + 1,
            in_context=True,
            create_time=stamp(time.time() - 3600 + i),
            **fields,
        )
    return out


LOREM = "lorem ipsum dolor sit amet " * 1100  # 29,700 characters, 5,502 tokens (cl100k)


@pytest.mark.regression("black-box #1: ImportAgent trusted the file's token_count; the LLM got 135k tokens")
async def test_an_imported_agent_is_counted_again_and_its_window_fits_the_prompt(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    exported = (await memory.ExportAgent(mpb.ExportAgentRequest(agent_id=agent.id))).agent_file
    lied = file_with_messages(exported, *(f"{i} {LOREM}" for i in range(5)), token_count=1)
    imported = await memory.ImportAgent(mpb.ImportAgentRequest(agent_file=lied, assign_new_id=True))
    assert imported.message_count == 5
    copy = imported.agent.id
    listed = (await agents.ListMessages(apb.ListMessagesRequest(agent_id=copy))).messages
    assert all(m.token_count > 5000 for m in listed), [m.token_count for m in listed]
    # The window (27,500 tokens in the file) is cut to what fits; the rest is in recall, summary pending.
    window = await agents.GetContextWindow(apb.GetContextWindowRequest(agent_id=copy))
    assert window.total_tokens <= window.warning_tokens, window
    assert 1 <= window.message_count < 5
    assert window.messages_tokens == sum(m.token_count for m in listed if m.in_context)
    assert window.summary_pending
    assert window.recall_count == 5

    fake_llm.script(model, say("Hello!"))
    reply = await send(agents, copy, "hello")
    assert reply.stop_reason == step_pb2.STOP_REASON_END_TURN
    assert reply.usage.prompt_tokens < window.context_window  # the scripted LLM counts 4 characters a token
    prompt = json.dumps(fake_llm.chat_requests(model)[-1]["messages"])
    assert "4 lorem ipsum" in prompt
    assert "0 lorem ipsum" not in prompt
    after = await agents.GetContextWindow(apb.GetContextWindowRequest(agent_id=copy))
    assert not after.summary_pending
    assert after.summary


@pytest.mark.regression("black-box #1: ImportAgent took a 540,000-character message (and a 1 MB one)")
async def test_an_imported_message_over_the_message_limit_is_refused_naming_it(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    exported = (await memory.ExportAgent(mpb.ExportAgentRequest(agent_id=agent.id))).agent_file
    for size in (32_001, 540_000, 1_000_000):
        big = file_with_messages(exported, "hi", "x" * size)
        with pytest.raises(grpc.aio.AioRpcError) as exc:
            await memory.ImportAgent(mpb.ImportAgentRequest(agent_file=big, assign_new_id=True))
        assert exc.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert error_reason(exc.value) == "MESSAGE_TOO_LARGE"
        assert exc.value.details().startswith(f"agent_file.messages[1].content (message 2, user) has {size:,} char")
        assert "MEMSVC_MAX_MESSAGE_CHARS" in exc.value.details()
    # An assistant message is bounded by the agent's prompt budget (16,384 minus the reply's 1,024), in tokens.
    said = file_with_messages(exported, "hi", LOREM * 3)
    said.messages[1].role = message_pb2.MESSAGE_ROLE_ASSISTANT
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await memory.ImportAgent(mpb.ImportAgentRequest(agent_file=said, assign_new_id=True))
    assert error_reason(exc.value) == "MESSAGE_TOO_LARGE"
    assert "agent_file.messages[1] (message 2, assistant) has 16,50" in exc.value.details()
    # The same in a Letta file.
    data = json.loads(LETTA_FILE.read_bytes())
    data["agents"][0]["messages"][1]["content"] = [{"type": "text", "text": "x" * 40_000}]
    with pytest.raises(grpc.aio.AioRpcError) as exc:
        await memory.ImportAgent(mpb.ImportAgentRequest(letta_agent_file=json.dumps(data).encode()))
    assert error_reason(exc.value) == "MESSAGE_TOO_LARGE"
    assert exc.value.details().startswith("letta_agent_file.messages[")


@pytest.mark.regression("black-box #4: ImportAgent took turn_id 'not-a-uuid' and messages from years 1 and 9999")
async def test_imported_message_turn_ids_and_times_are_checked(agents, memory, fake_llm, model):
    agent = await create_agent(agents, fake_llm, model)
    exported = (await memory.ExportAgent(mpb.ExportAgentRequest(agent_id=agent.id))).agent_file
    bad = {
        "turn_id": [("not-a-uuid", "agent_file.messages[0].turn_id")],
        "create_time": [
            (Timestamp(seconds=-62_135_596_800), "agent_file.messages[0].create_time"),  # 0001-01-01
            (Timestamp(seconds=253_402_300_799), "agent_file.messages[0].create_time"),  # 9999-12-31
        ],
    }
    for name, cases in bad.items():
        for value, field in cases:
            broken = file_with_messages(exported, "hi")
            if name == "turn_id":
                broken.messages[0].turn_id = value
            else:
                broken.messages[0].create_time.CopyFrom(value)
            with pytest.raises(grpc.aio.AioRpcError) as exc:
                await memory.ImportAgent(mpb.ImportAgentRequest(agent_file=broken, assign_new_id=True))
            assert exc.value.code() == grpc.StatusCode.INVALID_ARGUMENT, (name, value)
            assert exc.value.details().startswith(field), exc.value.details()
    fine = file_with_messages(exported, "hi")
    fine.messages[0].turn_id = str(uuid.uuid4())
    await memory.ImportAgent(mpb.ImportAgentRequest(agent_file=fine, assign_new_id=True))


async def test_export_and_import_on_the_command_line(deployment, agents, memory, fake_llm, model, tmp_path):
    agent = await create_agent(agents, fake_llm, model)
    await memory.InsertArchivalMemory(mpb.InsertArchivalMemoryRequest(agent_id=agent.id, content="A fact"))
    path = tmp_path / "agent.json"
    address = deployment.address
    key = ["--api-key", deployment.api_key] if deployment.api_key else []

    async def memsvc(*args: str) -> str:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "memsvc",
            *args,
            "--address",
            address,
            *key,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env={**os.environ, "NO_COLOR": "1"},
        )
        out, err = await proc.communicate()
        assert proc.returncode == 0, err.decode()
        return out.decode()

    await memsvc("export", agent.id, "-o", str(path))
    saved = json.loads(path.read_text())
    assert saved["format_version"] == 1
    assert saved["agent"]["id"] == agent.id
    out = await memsvc("import", str(path), "--new-id")
    new_id = out.split()[0]
    assert new_id != agent.id
    assert "1 passages" in out
    copy = await memory.ListArchivalMemories(mpb.ListArchivalMemoriesRequest(agent_id=new_id))
    assert [p.content for p in copy.passages] == ["A fact"]


@pytest.mark.regression("black-box #5: `memsvc import` said assign_new_id (not --new-id); version 999 blamed Letta")
async def test_import_on_the_command_line_says_what_to_do_in_its_own_terms(
    deployment, agents, memory, fake_llm, model, tmp_path
):
    agent = await create_agent(agents, fake_llm, model)
    exported = (await memory.ExportAgent(mpb.ExportAgentRequest(agent_id=agent.id))).agent_file
    path = tmp_path / "agent.json"
    path.write_text(json_format.MessageToJson(exported, preserving_proto_field_name=True))
    key = ["--api-key", deployment.api_key] if deployment.api_key else []

    async def memsvc_import(file: Path) -> str:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "memsvc",
            "import",
            str(file),
            "--address",
            deployment.address,
            *key,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env={**os.environ, "NO_COLOR": "1"},
        )
        out, err = await proc.communicate()
        assert proc.returncode == 1, out.decode()
        return err.decode()

    err = await memsvc_import(path)
    assert f"agent {agent.id} already exists here: run `memsvc import {path} --new-id`" in err
    assert "assign_new_id" not in err
    newer = tmp_path / "newer.json"
    newer.write_text('{"version": 999}')
    err = await memsvc_import(newer)
    assert "format version 999 is not supported" in err
    assert "format_version 1" in err
    assert "letta_agent_file" not in err


LETTA_FILE = Path(__file__).resolve().parent / "data/letta_agent.af"


async def test_a_letta_agent_file_is_imported_with_what_could_not_be_mapped(agents, memory):
    """tests/data/letta_agent.af follows Letta's AgentFileSchema (letta/schemas/agent_file.py)."""
    res = await memory.ImportAgent(mpb.ImportAgentRequest(letta_agent_file=LETTA_FILE.read_bytes()))
    agent = res.agent
    assert agent.name == "alibaba-assistant"
    assert agent.system.startswith("You are Letta, the latest version of Limnal Corporation's digital companion")
    assert (agent.llm_config.model, agent.llm_config.model_endpoint_type) == ("deepseek-chat", "deepseek")
    assert (agent.llm_config.context_window, agent.llm_config.max_tokens) == (16384, 4096)
    assert agent.embedding_config.embedding_model == "glm-4.6"
    assert agent.embedding_config.embedding_dim == 1024
    blocks = {b.label: b for b in agent.memory_blocks}
    assert blocks["human"].value == "My name is Alibaba, I am a product manager"
    assert (blocks["persona"].limit, blocks["persona"].read_only) == (4000, True)
    assert res.message_count == 10  # the rendered system message is not kept

    messages = (await agents.ListMessages(apb.ListMessagesRequest(agent_id=agent.id))).messages
    roles = [message_pb2.MessageRole.Name(m.role).removeprefix("MESSAGE_ROLE_").lower() for m in messages]
    assert roles == ["user", "assistant", "tool", "system", "user", "assistant", "tool", "system", "assistant", "tool"]
    assert messages[0].content == "Hi, I'm Xiaoming"
    assert messages[0].create_time.ToJsonString() == "2026-11-01T10:00:05Z"
    assert messages[1].inner_thoughts == "Greet the user warmly."
    assert (messages[1].tool_calls[0].id, messages[1].tool_calls[0].name) == ("call-1", "send_message")
    assert (messages[2].tool_call_id, messages[2].name) == ("call-1", "send_message")
    assert messages[5].inner_thoughts == "The user corrects their name."
    assert json.loads(messages[5].tool_calls[0].arguments)["new_content"] == "Alibaba"
    assert json.loads(messages[6].content)["status"] == "OK"  # from Letta's tool_returns
    assert messages[7].name == "heartbeat"
    assert all(m.token_count > 0 for m in messages)
    # Letta's context window: the messages after its summary alert; the alert is the summary.
    in_context = [m.sequence for m in messages if m.in_context]
    assert in_context == [5, 6, 7, 8, 9, 10]
    window = await agents.GetContextWindow(apb.GetContextWindowRequest(agent_id=agent.id))
    assert window.message_count == 6
    assert window.summary.endswith("Xiaoming said hello.")

    unmapped = "\n".join(res.unmapped)
    for expected in (
        "tool 'get_weather' (custom)",
        "tool_rules (1)",
        "file 'handbook.pdf'",
        "source (a data source for file search) 'handbook'",
        "tags",
        "1 message part(s) that are not text",
        "1 rendered system message(s)",
    ):
        assert expected in unmapped, (expected, res.unmapped)
    assert "send_message" not in unmapped  # memsvc has Letta's base tools


async def test_archival_passages_in_a_letta_file_are_embedded_with_the_agents_model(agents, memory):
    data = json.loads(LETTA_FILE.read_bytes())
    data["agents"][0]["embedding_config"] = {"embedding_endpoint_type": "hugging-face", "embedding_model": "bge"}
    data["agents"][0]["passages"] = [
        {"text": "Alibaba likes Longjing tea", "tags": ["tea"], "created_at": "2026-10-01T08:00:00Z"}
    ]
    res = await memory.ImportAgent(mpb.ImportAgentRequest(letta_agent_file=json.dumps(data).encode()))
    assert res.passage_count == 1
    assert res.agent.embedding_config.embedding_endpoint_type == "local"
    assert any("'hugging-face' (bge)" in line for line in res.unmapped)
    hits = await memory.SearchArchivalMemory(mpb.SearchArchivalMemoryRequest(agent_id=res.agent.id, query="tea"))
    passage = hits.hits[0].passage
    assert (passage.content, list(passage.tags)) == ("Alibaba likes Longjing tea", ["tea"])
    assert passage.create_time.ToJsonString() == "2026-10-01T08:00:00Z"


async def test_the_earlier_single_agent_letta_file_is_read_too(agents, memory):
    """Letta's earlier .af form: one agent, `core_memory`, `in_context_message_indices`."""
    current = json.loads(LETTA_FILE.read_bytes())
    agent = current["agents"][0]
    messages = [{k: v for k, v in m.items() if k != "id"} for m in agent["messages"]]
    indices = [i for i, m in enumerate(agent["messages"]) if m["id"] in agent["in_context_message_ids"]]
    earlier = {
        "version": "0.6.5",
        "name": agent["name"],
        "system": agent["system"],
        "llm_config": agent["llm_config"],
        "embedding_config": agent["embedding_config"],
        "core_memory": current["blocks"],
        "messages": messages,
        "in_context_message_indices": indices,
        "tools": current["tools"],
    }
    res = await memory.ImportAgent(mpb.ImportAgentRequest(letta_agent_file=json.dumps(earlier).encode()))
    assert res.message_count == 10
    assert {b.label for b in res.agent.memory_blocks} == {"human", "persona"}
    listed = (await agents.ListMessages(apb.ListMessagesRequest(agent_id=res.agent.id))).messages
    assert [m.sequence for m in listed if m.in_context] == [5, 6, 7, 8, 9, 10]
    assert any("tool 'get_weather'" in line for line in res.unmapped)


class TestOverTheMessageLimit:
    @pytest.fixture
    def server_changes(self):
        return {"grpc_max_message_bytes": 200_000}

    async def test_an_export_over_the_limit_says_how_to_raise_it(self, agents, memory, fake_llm, model):
        agent = await create_agent(agents, fake_llm, model)
        for batch in range(6):
            said = [message_pb2.MessageInput(content=f"{batch}.{i} " + "words " * 200) for i in range(30)]
            await agents.AppendConversation(apb.AppendConversationRequest(agent_id=agent.id, messages=said))
        with pytest.raises(grpc.aio.AioRpcError) as exc:
            await memory.ExportAgent(mpb.ExportAgentRequest(agent_id=agent.id))
        assert exc.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        assert error_reason(exc.value) == "AGENT_FILE_TOO_LARGE"
        assert "MEMSVC_GRPC_MAX_MESSAGE_BYTES" in exc.value.details()
