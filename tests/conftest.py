"""Shared fixtures: the scripted LLM, an in-process all-in-one server, typed stubs."""

from __future__ import annotations

import itertools
import os
import socket
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import grpc
import pytest

from memsvc.config import Settings
from memsvc.logging import configure_logging
from memsvc.server.app import Running, start
from memsvc.storage import migrate
from memsvc.storage.sql import create_sql_engine
from memsvc.v1 import agent_pb2, agent_service_pb2_grpc, memory_service_pb2_grpc
from tests.fakellm import FakeLLM

configure_logging("warning")
_models = itertools.count(1)
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--database",
        choices=["sqlite", "postgres"],
        default=os.environ.get("MEMSVC_TEST_DATABASE", "sqlite"),
        help="the SQL backend every server in the suite uses (postgres: the server on 127.0.0.1:5432)",
    )


def require_postgres() -> None:
    """Skips when no PostgreSQL answers, unless MEMSVC_TEST_REQUIRE_POSTGRES is set (CI sets it)."""
    try:
        socket.create_connection(("127.0.0.1", 5432), 2).close()
    except OSError:
        if os.environ.get("MEMSVC_TEST_REQUIRE_POSTGRES"):
            raise
        pytest.skip("no PostgreSQL on 127.0.0.1:5432")


@pytest.fixture(scope="session")
def pg_template(request: pytest.FixtureRequest) -> Iterator[str]:
    """A migrated PostgreSQL database that each test copies (CREATE DATABASE ... TEMPLATE)."""
    require_postgres()
    name = f"memsvc_tpl_{os.getpid()}"
    admin = create_sql_engine(PG_ADMIN + "?pool=none").execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    engine = create_sql_engine(f"postgresql://postgres@127.0.0.1:5432/{name}?pool=none")
    migrate.upgrade(engine)
    engine.dispose()
    yield name
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(autouse=True)
def database_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """The test's own database: "" (SQLite in the data dir) or a fresh PostgreSQL copy.

    Exported as MEMSVC_TEST_DATABASE_URL so servers started in-process (make_settings)
    and as processes (tests/procs.py) use it.
    """
    if request.config.getoption("--database") != "postgres":
        yield ""
        return
    template = request.getfixturevalue("pg_template")
    name = f"memsvc_t_{uuid.uuid4().hex[:12]}"
    admin = create_sql_engine(PG_ADMIN + "?pool=none").execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {template}")
    url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    os.environ["MEMSVC_TEST_DATABASE_URL"] = url
    yield url
    os.environ.pop("MEMSVC_TEST_DATABASE_URL", None)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def fake_llm() -> Iterator[FakeLLM]:
    fake = FakeLLM().start()
    yield fake
    fake.stop()


@pytest.fixture
def model() -> str:
    """A model name of its own, so each test's LLM script is its own."""
    return f"scripted-{next(_models)}-{uuid.uuid4().hex[:6]}"


def make_settings(data_dir: Path, **changes: object) -> Settings:
    base = Settings(
        data_dir=data_dir,
        database_url=os.environ.get("MEMSVC_TEST_DATABASE_URL", ""),
        listen="127.0.0.1:0",
        llm_max_retries=0,
        llm_timeout_seconds=10,
    )
    return base.with_(**changes)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path / "data")


@pytest.fixture
async def server(settings: Settings) -> AsyncIterator[Running]:
    running = await start("all", settings)
    yield running
    await running.stop(0)


@pytest.fixture
async def channel(server: Running) -> AsyncIterator[grpc.aio.Channel]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{server.port}") as chan:
        yield chan


@pytest.fixture
def agents(channel: grpc.aio.Channel) -> agent_service_pb2_grpc.AgentServiceStub:
    return agent_service_pb2_grpc.AgentServiceStub(channel)


@pytest.fixture
def memory(channel: grpc.aio.Channel) -> memory_service_pb2_grpc.MemoryServiceStub:
    return memory_service_pb2_grpc.MemoryServiceStub(channel)


def llm_config(fake: FakeLLM, model: str, **changes: object) -> agent_pb2.LlmConfig:
    config = agent_pb2.LlmConfig(
        model=model, model_endpoint=fake.base_url, model_endpoint_type="openai", context_window=16384
    )
    for key, value in changes.items():
        setattr(config, key, value)
    return config


def embedding_config(fake: FakeLLM, dim: int = 256) -> agent_pb2.EmbeddingConfig:
    return agent_pb2.EmbeddingConfig(
        embedding_model=f"hash-{dim}",
        embedding_endpoint=fake.base_url,
        embedding_endpoint_type="openai",
        embedding_dim=dim,
    )


WALKTHROUGH_BLOCKS = [
    agent_pb2.MemoryBlock(label="human", value="My name is Xiaoming, I am a product manager"),
    agent_pb2.MemoryBlock(label="persona", value="You are Letta, my assistant"),
]
