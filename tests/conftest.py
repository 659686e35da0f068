"""Shared fixtures: the scripted LLM, the deployments tests run against, typed stubs.

LAYOUTS: how a public-API test runs against both deployments (read before writing one)
------------------------------------------------------------------------------------
Talk to memsvc only through the `channel`, `agents` and `memory` fixtures (or `deployment`),
and opt in with the `layouts` marker, on a module or on one test:

    pytestmark = pytest.mark.layouts

The test then runs twice, with ids ending in [embedded] and [split]:
  embedded  the all-in-one server in this process, development mode (no keys), on the
            suite's database (--database: SQLite by default): the embedded default.
  split     memory, executor and agent servers as three processes with MEMSVC_API_KEYS and
            MEMSVC_INTERNAL_KEY, on PostgreSQL (127.0.0.1:5432): what docker-compose runs.
            The `channel` carries the test's own tenant key on every call (an interceptor),
            so stubs made from it need nothing more.
Split tests share one deployment per session and each gets a tenant of its own (why that
is safe: tests/layouts.py, SharedSplit). A test that needs a deployment of its own asks:
  - other server settings: override `server_changes` (Settings fields; in split they are
    passed as MEMSVC_* variables), e.g.
        @pytest.fixture
        def server_changes(): return {"max_steps": 3}
  - restarts (`await deployment.restart()`; split: kill -9 of every server):
        @pytest.mark.layouts(private=True)
A test meaningful in one layout only names it: `@pytest.mark.layouts("split")`.
`deployment.channel(address)` opens more channels with the key (e.g. to
`deployment.memory_address`); `deployment.metadata` is the key for tools (CLI, grpcurl).
`--layouts=embedded` (or split, or none) narrows a run. Tests without the marker run
against the embedded server only (`server`, `settings`), as before, on each database in turn;
so do tests marked `embedded_only` in a layouts module: long tests of storage or algorithms (a
thousand turns, ten thousand passages) that would prove nothing more in the split layout, and tests
that reach into the server's process (fault injection, a fixed clock).

Databases: `scripts/test` runs the suite, then the tests that exercise SQL storage again on
PostgreSQL (`--database=postgres --layouts=none`): layouts tests are not repeated there
(their split run is on PostgreSQL already), nor tests marked `nodb`.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

import grpc
import pytest

from memsvc.logging import configure_logging
from memsvc.server.app import Running, start
from memsvc.settings import Settings
from memsvc.storage import migrate
from memsvc.storage.sql import create_sql_engine
from memsvc.v1 import agent_pb2, agent_service_pb2_grpc, memory_service_pb2_grpc
from tests.fakellm import FakeLLM
from tests.layouts import (
    EMBEDDED,
    LAYOUTS,
    PG_ADMIN,
    SPLIT,
    Deployment,
    SharedSplit,
    create_database,
    drop_database,
    settings_env,
    split_env,
    tenant_keys,
)
from tests.procs import SplitDeployment

configure_logging("warning")
_models = itertools.count(1)
_LAYOUTS = pytest.StashKey[list]()
_NOT_RUN = pytest.mark.skip(reason="not in the layouts chosen by --layouts")
_EMBEDDED = pytest.StashKey[list]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--database",
        choices=["sqlite", "postgres"],
        default=os.environ.get("MEMSVC_TEST_DATABASE", "sqlite"),
        help="the SQL backend of the embedded server and of tests without the layouts marker "
        "(postgres: the server on 127.0.0.1:5432); the split layout is always on PostgreSQL",
    )
    parser.addoption(
        "--layouts",
        default=",".join(LAYOUTS),
        help="the layouts that tests marked `layouts` run in: embedded,split (default), one of them, or none",
    )


def pytest_configure(config: pytest.Config) -> None:
    wanted = config.getoption("--layouts").replace(" ", "")
    chosen = [] if wanted == "none" else [w for w in wanted.split(",") if w]
    unknown = set(chosen) - set(LAYOUTS)
    if unknown:
        raise pytest.UsageError(f"--layouts: unknown {', '.join(sorted(unknown))}; choose from {', '.join(LAYOUTS)}")
    config.stash[_LAYOUTS] = chosen


def _in_layouts(item: pytest.Item | pytest.Function) -> bool:
    return item.get_closest_marker("layouts") is not None and item.get_closest_marker("embedded_only") is None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if not _in_layouts(metafunc.definition):
        return
    if "layout" not in metafunc.fixturenames:
        raise pytest.UsageError(f"{metafunc.definition.nodeid}: a layouts test must use channel, agents or memory")
    only = metafunc.definition.get_closest_marker("layouts").args  # layouts("split"): that one only
    chosen = [name for name in metafunc.config.stash[_LAYOUTS] if not only or name in only]
    metafunc.parametrize("layout", chosen or [pytest.param("", marks=_NOT_RUN)], indirect=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The PostgreSQL pass leaves out what does not touch a database (marked nodb),
    and `--layouts=none` the layouts tests."""
    postgres = config.getoption("--database") == "postgres"
    keep, drop = [], []
    for item in items:
        unrun = _in_layouts(item) and not config.stash[_LAYOUTS]
        (drop if unrun or (postgres and item.get_closest_marker("nodb")) else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


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
def server_changes() -> dict[str, object]:
    """Settings every server of the test runs with (override it in a test module); none by default."""
    return {}


@pytest.fixture
def settings(tmp_path: Path, server_changes: dict[str, object]) -> Settings:
    return make_settings(tmp_path / "data", **server_changes)


@pytest.fixture
def layout(request: pytest.FixtureRequest) -> str:
    """embedded or split (tests marked `layouts`); embedded for every other test."""
    return getattr(request, "param", EMBEDDED)


@pytest.fixture
async def server(settings: Settings, layout: str, request: pytest.FixtureRequest) -> AsyncIterator[Running | None]:
    """The all-in-one server in this process (the embedded layout; None in the split layout,
    so layouts tests reach memsvc through channel/agents/memory/deployment only)."""
    if layout != EMBEDDED:
        yield None
        return
    running = [await start("all", settings)]
    request.node.stash[_EMBEDDED] = running  # deployment.restart() appends the restarted server
    yield running[0]
    await running[-1].stop(0)


@pytest.fixture(scope="session")
def shared_split(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[SharedSplit]:
    shared = SharedSplit(tmp_path_factory.mktemp("split"), request.getfixturevalue("pg_template"))
    yield shared
    shared.stop()


@pytest.fixture
async def deployment(
    layout: str, server: Running | None, request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[Deployment]:
    """memsvc in the test's layout: its address, the tenant's key, channels, restart()."""
    if server is not None:
        found = _embedded(request)
        yield found
        await found.close()
        return
    require_postgres()
    marker = request.node.get_closest_marker("layouts")
    changes = request.getfixturevalue("server_changes")
    if changes or (marker and marker.kwargs.get("private")):
        async for found in _private_split(request, tmp_path, changes):
            yield found
        return
    split, tenant, key = request.getfixturevalue("shared_split").take()
    found = _split_deployment(split, key, tenant)
    yield found
    await found.close()
    dead = split.dead()
    if dead:
        pytest.fail(f"the shared split deployment lost {', '.join(dead)} during this test:\n{split.log_tail()}")


def _embedded(request: pytest.FixtureRequest) -> Deployment:
    running: list[Running] = request.node.stash[_EMBEDDED]
    address = f"127.0.0.1:{running[-1].port}"

    async def restart(down_for: float) -> None:
        await running[-1].stop(0)
        await asyncio.sleep(down_for)
        running.append(await start("all", request.getfixturevalue("settings").with_(listen=address)))

    env = settings_env(request.getfixturevalue("server_changes"))
    return Deployment(EMBEDDED, address, address, restart_hook=restart, executor_address=address, server_env=env)


async def _private_split(
    request: pytest.FixtureRequest, tmp_path: Path, changes: dict[str, object]
) -> AsyncIterator[Deployment]:
    template = request.getfixturevalue("pg_template")
    database = create_database(template, "memsvc_t")
    keys = tenant_keys(1)
    ((tenant, key),) = keys.items()
    split = SplitDeployment(tmp_path / "split", split_env(keys, changes), database_url=database).start()

    async def restart(down_for: float) -> None:
        await asyncio.to_thread(split.kill)
        await asyncio.sleep(down_for)
        await asyncio.to_thread(split.start)

    found = _split_deployment(split, key, tenant, restart)
    try:
        yield found
    finally:
        await found.close()
        split.stop()
        drop_database(database)


def _split_deployment(
    split: SplitDeployment, key: str, tenant: str, restart: Callable[[float], Awaitable[None]] | None = None
) -> Deployment:
    """What a test sees of a split deployment: the agent server's address, the tenant's key."""
    return Deployment(
        SPLIT,
        split.agent_address,
        split.servers["memory"].address,
        key,
        tenant,
        restart,
        executor_address=split.servers["executor"].address,
        server_env=_server_env(split),
    )


def _server_env(split: SplitDeployment) -> dict[str, str]:
    env = split.servers["agent"].env
    return {k: v for k, v in env.items() if k.startswith("MEMSVC_")}


@pytest.fixture
async def channel(deployment: Deployment) -> AsyncIterator[grpc.aio.Channel]:
    """A client channel to memsvc; in the split layout every call carries the tenant's key."""
    async with deployment.channel() as chan:
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
