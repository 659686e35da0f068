"""Wake-ups and document events from the clients people use: the Python client's
schedule_wakeup / list_wakeups / cancel_wakeup, create_agent(enable_wakeups=) and
ingest_document(notify_agent=), and the CLI's `agents create --enable-wakeups` and
`ingest --notify-agent`, against both layouts."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import grpc
import pytest

from memsvc.v1 import memory_service_pb2, wakeup_pb2
from memsvc_client import MemsvcClient, MemsvcRPCError
from tests.fakellm import FakeLLM, say
from tests.layouts import Deployment
from tests.test_cli import NO_TTY_HINTS

pytestmark = pytest.mark.layouts

MEMO = "# Field memo\n\nThe night shift moves the ice cores to freezer 7 every Thursday."
WAKEUP_FUNCTIONS = {"schedule_wakeup", "list_wakeups", "cancel_wakeup"}


@pytest.fixture
async def client(deployment: Deployment) -> AsyncIterator[MemsvcClient]:
    async with MemsvcClient(deployment.address, api_key=deployment.api_key or None, timeout=30) as memsvc:
        yield memsvc


def embedding(fake: FakeLLM) -> dict[str, object]:
    return {
        "embedding_model": "hash-64",
        "embedding_endpoint": fake.base_url,
        "embedding_endpoint_type": "openai",
        "embedding_dim": 64,
    }


async def until_fired(client: MemsvcClient, agent_id: str, wakeup_id: str) -> wakeup_pb2.Wakeup:
    """The wake-up once it fired and its turn ended (polled, at most 30 s)."""
    async with asyncio.timeout(30):
        while True:
            fired = {w.id: w async for w in client.list_wakeups(agent_id, states=["fired"])}
            if wakeup_id in fired and (await client.get_turn(agent_id, fired[wakeup_id].turn_id)).stop_reason:
                return fired[wakeup_id]
            await asyncio.sleep(0.1)


async def test_the_python_client_schedules_lists_and_cancels_wakeups(client, fake_llm, model):
    agent = await client.create_agent(model, 16384, model_endpoint=fake_llm.base_url, embedding=embedding(fake_llm))
    assert not agent.enable_wakeups
    assert not {t.name for t in await client.list_tools(agent.id)} & WAKEUP_FUNCTIONS
    able = await client.create_agent(
        model, 16384, model_endpoint=fake_llm.base_url, embedding=embedding(fake_llm), enable_wakeups=True
    )
    assert able.enable_wakeups
    assert {t.name for t in await client.list_tools(able.id)} >= WAKEUP_FUNCTIONS

    tomorrow = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    later = await client.schedule_wakeup(agent.id, "water the plants", at=tomorrow)
    sooner = await client.schedule_wakeup(agent.id, "check the oven", delay=timedelta(hours=1))
    by_seconds = await client.schedule_wakeup(agent.id, "call back", delay=7200)
    assert later.due_time.ToDatetime(tzinfo=UTC) == tomorrow
    assert (later.state, later.origin) == (wakeup_pb2.WAKEUP_STATE_PENDING, wakeup_pb2.WAKEUP_ORIGIN_CLIENT)
    # A naive datetime is UTC.
    naive = await client.schedule_wakeup(agent.id, "naive", at=tomorrow.replace(tzinfo=None) + timedelta(hours=1))
    assert naive.due_time.ToDatetime(tzinfo=UTC) == tomorrow + timedelta(hours=1)
    # One page at a time (regression: a page token made ListWakeups fail with INTERNAL).
    listed = [w.id async for w in client.list_wakeups(agent.id, page_size=1)]
    assert listed == [sooner.id, by_seconds.id, later.id, naive.id]
    first = await client.list_wakeups_page(agent.id, page_size=2)
    with pytest.raises(MemsvcRPCError) as exc:  # a token pages through its own list only
        await client.list_wakeups_page(able.id, page_size=2, page_token=first.next_page_token)
    assert (exc.value.code, exc.value.reason) == (grpc.StatusCode.INVALID_ARGUMENT, "PAGE_TOKEN_MISMATCH")

    cancelled = await client.cancel_wakeup(agent.id, naive.id)
    assert cancelled.state == wakeup_pb2.WAKEUP_STATE_CANCELLED
    assert [w.id async for w in client.list_wakeups(agent.id, states=["cancelled"])] == [naive.id]
    both = [w.id async for w in client.list_wakeups(agent.id, states=["pending", wakeup_pb2.WAKEUP_STATE_CANCELLED])]
    assert len(both) == 4

    with pytest.raises(MemsvcRPCError) as exc:
        await client.schedule_wakeup(agent.id, "too late", at=datetime.now(UTC) - timedelta(hours=1))
    assert (exc.value.code, exc.value.reason) == (grpc.StatusCode.INVALID_ARGUMENT, "WAKEUP_IN_THE_PAST")
    with pytest.raises(MemsvcRPCError) as exc:
        await client.schedule_wakeup(agent.id, "never", delay=float("nan"))
    assert exc.value.reason == "WAKEUP_DELAY_INVALID"
    with pytest.raises(ValueError, match="exactly one"):
        await client.schedule_wakeup(agent.id, "when?")
    with pytest.raises(ValueError, match="unknown wake-up state"):
        [w async for w in client.list_wakeups(agent.id, states=["sleeping"])]

    # A wake-up due now fires: its turn's input names the reason, and a fired one cannot be cancelled.
    fake_llm.script(model, say("Time to stretch!"))
    now = await client.schedule_wakeup(agent.id, "remind Xiaoming to stretch", delay=0)
    await until_fired(client, agent.id, now.id)
    messages = [m.content async for m in client.list_messages(agent.id)]
    assert any(f"[Scheduled wake-up {now.id}]" in m and "Reason: remind Xiaoming to stretch" in m for m in messages)
    with pytest.raises(MemsvcRPCError) as exc:
        await client.cancel_wakeup(agent.id, now.id)
    assert (exc.value.code, exc.value.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "WAKEUP_ALREADY_FIRED")


async def test_the_python_client_ingests_a_document_that_notifies_the_agent(client, fake_llm, model):
    agent = await client.create_agent(model, 16384, model_endpoint=fake_llm.base_url, embedding=embedding(fake_llm))
    quiet = [e async for e in client.ingest_document(agent.id, MEMO.encode(), name="quiet.md")][-1]
    assert isinstance(quiet, memory_service_pb2.IngestResult)
    assert not quiet.wakeup_id

    fake_llm.script(model, say("A memo about freezer 7 arrived."))
    events = client.ingest_document(agent.id, MEMO.encode() + b"!", name="memo.md", notify_agent=True)
    done = [e async for e in events][-1]
    assert isinstance(done, memory_service_pb2.IngestResult)
    assert done.wakeup_id
    fired = await until_fired(client, agent.id, done.wakeup_id)
    assert fired.origin == wakeup_pb2.WAKEUP_ORIGIN_DOCUMENT
    assert '"memo.md"' in fired.reason
    messages = [m.content async for m in client.list_messages(agent.id)]
    assert any(m.startswith("[Document ingested]") and "document:memo.md" in m for m in messages)


async def cli(deployment: Deployment, *args: str) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if k not in NO_TTY_HINTS}
    env |= {"MEMSVC_ADDRESS": deployment.address, "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"}
    if deployment.api_key:
        env["MEMSVC_API_KEY"] = deployment.api_key
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "memsvc", *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=env
    )
    out, err = await asyncio.wait_for(proc.communicate(), 90)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def test_the_cli_creates_an_agent_with_wakeups_and_ingests_with_notify_agent(
    deployment, client, fake_llm, model, tmp_path: Path
):
    create = ["agents", "create", "--model", model, "--context-window", "16384", "--endpoint", fake_llm.base_url]
    emb = ["--embedding-endpoint", fake_llm.base_url, "--embedding-model", "hash-64", "--embedding-dim", "64"]
    code, out, err = await cli(deployment, *create, *emb, "--enable-wakeups")
    assert code == 0, err
    agent_id = out.strip()
    assert (await client.get_agent(agent_id)).enable_wakeups
    code, out, err = await cli(deployment, "agents", "show", agent_id)
    assert code == 0, err
    assert "schedule_wakeup" in out
    code, out, err = await cli(deployment, *create, *emb)
    assert code == 0, err
    assert not (await client.get_agent(out.strip())).enable_wakeups

    memo = tmp_path / "memo.md"
    memo.write_text(MEMO)
    fake_llm.script(model, say("Read it."))
    code, out, err = await cli(deployment, "ingest", agent_id, str(memo), "--notify-agent")
    assert code == 0, err
    assert "ingested memo.md: 1 chunks" in out
    wakeup_id = out.rsplit("(wake-up ", 1)[1].split(")")[0]
    fired = await until_fired(client, agent_id, wakeup_id)
    assert fired.origin == wakeup_pb2.WAKEUP_ORIGIN_DOCUMENT
    code, out, err = await cli(deployment, "ingest", agent_id, str(memo))
    assert code == 0, err
    assert "notified" not in out
