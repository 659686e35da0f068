"""The two deployments public-API tests run against (see the top of tests/conftest.py).

`Deployment` is what a test sees: an address, the tenant's API key (split only), channels
that carry the key, and `restart()`. `SharedSplit` is the one split deployment a test
session shares: three processes with API keys and an internal key on a PostgreSQL
database of their own, and a pool of tenants, one per test.
"""

from __future__ import annotations

import itertools
import secrets
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc

from memsvc.server import outgoing
from memsvc.settings import Settings
from memsvc.storage.sql import create_sql_engine
from tests.procs import SplitDeployment

EMBEDDED, SPLIT = "embedded", "split"
LAYOUTS = (EMBEDDED, SPLIT)
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
INTERNAL_KEY = "internal-" + secrets.token_hex(8)
TENANTS_PER_DEPLOYMENT = 1000  # keys are looked up by digest, so many cost nothing per call
# What servers with API keys let the tests' agents name: the scripted LLMs, on any port.
TEST_ENDPOINTS = ("http://127.0.0.1",)


@dataclass
class Deployment:
    """memsvc as one test sees it, in either layout."""

    layout: str
    address: str  # where clients call (the agent server: AgentService and MemoryService)
    memory_address: str  # the memory server's own address (the same as `address` embedded)
    api_key: str = ""  # the test's tenant key (split); "" in development mode (embedded)
    tenant: str = ""
    restart_hook: Callable[[float], Awaitable[None]] | None = None
    channels: list[grpc.aio.Channel] = field(default_factory=list)
    executor_address: str = ""  # the executor's own address (the same as `address` embedded)
    # The MEMSVC_* variables of the deployment's servers (split: keys included), for more of them.
    server_env: dict[str, str] = field(default_factory=dict)

    def channel(self, address: str | None = None, *, api_key: str | None = None) -> grpc.aio.Channel:
        """A channel whose every call carries the API key (closed after the test)."""
        key = self.api_key if api_key is None else api_key
        chan = grpc.aio.insecure_channel(
            address or self.address, interceptors=outgoing.interceptors(outgoing.bearer(key)) if key else None
        )
        self.channels.append(chan)
        return chan

    @property
    def metadata(self) -> tuple[tuple[str, str], ...]:
        """The key as call metadata, for clients built outside `channel()` (CLI, grpcurl, ...)."""
        return (("authorization", f"Bearer {self.api_key}"),) if self.api_key else ()

    async def restart(self, down_for: float = 0.0) -> None:
        """Every server stopped and started again on the same data (split: kill -9 of all three),
        after `down_for` seconds with none running."""
        if self.restart_hook is None:
            raise RuntimeError("restart() needs a deployment of the test's own: mark it layouts(private=True)")
        await self.restart_hook(down_for)

    async def close(self) -> None:
        for chan in self.channels:
            await chan.close()


def settings_env(changes: Mapping[str, Any]) -> dict[str, str]:
    """Settings changes as the MEMSVC_* variables a server process reads."""
    env = {}
    for name, value in changes.items():
        if name == "api_keys":
            env["MEMSVC_API_KEYS"] = ",".join(f"{tenant}:{key}" for key, tenant in value.items())
        elif name in Settings.__dataclass_fields__ and isinstance(value, tuple):
            env[f"MEMSVC_{name.upper()}"] = ",".join(value)
        elif name in Settings.__dataclass_fields__ and not isinstance(value, Mapping):
            env[f"MEMSVC_{name.upper()}"] = str(value).lower() if isinstance(value, bool) else str(value)
        else:
            raise ValueError(f"server_changes: {name!r} cannot be passed to a server process")
    return env


def create_database(template: str, prefix: str) -> str:
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_sql_engine(PG_ADMIN + "?pool=none").execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {template}")
    admin.dispose()
    return f"postgresql://postgres@127.0.0.1:5432/{name}"


def drop_database(url: str) -> None:
    name = url.rsplit("/", 1)[-1]
    admin = create_sql_engine(PG_ADMIN + "?pool=none").execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()


def split_env(keys: Mapping[str, str], changes: Mapping[str, Any] | None = None) -> dict[str, str]:
    """The production layout's security: tenants' API keys (with any the test adds, as
    {key: tenant} in changes["api_keys"]) and the servers' internal key. Agents may name the
    scripted LLM's endpoints (127.0.0.1), as an operator would allow its own LLM server."""
    changes = {"allowed_endpoints": TEST_ENDPOINTS, **(changes or {})}
    all_keys = {key: tenant for tenant, key in keys.items()} | dict(changes.pop("api_keys", {}))
    return {"MEMSVC_INTERNAL_KEY": INTERNAL_KEY, **settings_env({**changes, "api_keys": all_keys})}


def tenant_keys(count: int) -> dict[str, str]:
    """{tenant: key}: unguessable keys, so a test can only ever reach its own tenant."""
    return {f"tenant{i:04d}": f"sk-{i:04d}-{secrets.token_hex(12)}" for i in range(count)}


class SharedSplit:
    """One split deployment for the session; each test takes a tenant of its own.

    Why sharing is safe: every public read and write is scoped by the caller's tenant
    (tests/test_auth.py proves no cross-tenant read), each test has its own tenant and
    its own LLM script (its own model name), and tests run one at a time. What a test
    leaves behind (agents, background recall indexing) belongs to a tenant no later test
    uses. A server that dies fails the test it died in (with its log) and is restarted
    for the next one.
    """

    def __init__(self, root: Path, template: str) -> None:
        self.root, self.template = root, template
        self.generation = itertools.count(1)
        self.split: SplitDeployment | None = None
        self.database = ""
        self.free: list[tuple[str, str]] = []

    def _start(self) -> None:
        self.stop()
        keys = tenant_keys(TENANTS_PER_DEPLOYMENT)
        self.free = list(keys.items())
        self.database = create_database(self.template, "memsvc_split")
        gen = next(self.generation)
        self.split = SplitDeployment(self.root / f"shared-{gen}", split_env(keys), database_url=self.database).start()

    def take(self) -> tuple[SplitDeployment, str, str]:
        """The running deployment and a fresh (tenant, key)."""
        if self.split is None or not self.free or self.split.dead():
            self._start()
        assert self.split is not None
        tenant, key = self.free.pop(0)
        return self.split, tenant, key

    def stop(self) -> None:
        if self.split is not None:
            self.split.stop()
            self.split = None
        if self.database:
            drop_database(self.database)
            self.database = ""
