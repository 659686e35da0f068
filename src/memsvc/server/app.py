"""Builds and runs the servers: all three in one process (the embedded default), or
each role alone on its own port, pointed at the others by address.

Every server has gRPC health checking, server reflection, the error interceptor and
message-size limits, and stops gracefully on SIGTERM (docker sends it).
"""

from __future__ import annotations

import asyncio
import signal
import socket
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import grpc
import structlog
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from memsvc import tracing
from memsvc.server.admission import Admission
from memsvc.server.auth import Authenticator
from memsvc.server.interceptor import TRANSPORT_HEADROOM, RpcInterceptor
from memsvc.settings import Settings

if TYPE_CHECKING:
    from memsvc.agent.runtime import AgentRuntime
    from memsvc.memory.store import MemoryStore
    from memsvc.storage.vectors import VectorIndex

log = structlog.get_logger("memsvc.server")
ROLES = ("all", "agent", "memory", "executor")
# New points in an embedded vector index before its search graphs are rebuilt in the background.
OPTIMIZE_AFTER = 10_000

# Each role imports only what it runs (the executor needs neither the LLM client nor
# the storage engines), so a server starts, and restarts after a crash, quickly.


def open_memory_store(settings: Settings) -> MemoryStore:
    """The store on this machine: SQL (migrated) + Qdrant (server or embedded)."""
    from memsvc.memory.embeddings import Embedders
    from memsvc.memory.store import MemoryStore
    from memsvc.storage import migrate
    from memsvc.storage.sql import SqlStore, create_sql_engine

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_sql_engine(settings.sql_url(), synced=settings.durability == "power")
    if engine.dialect.name == "sqlite":
        migrate.upgrade(engine)  # the embedded default needs no separate step
    else:
        migrate.require_current(engine)
    index = _vector_index(settings, "passages")
    recall = _vector_index(settings, "messages") if settings.recall_vectors else None
    return MemoryStore(SqlStore(engine), index, Embedders(settings), settings, recall)


def _vector_index(settings: Settings, kind: str) -> VectorIndex:
    """A Qdrant server (the scale path), or Qdrant's engine in-process (the embedded default;
    only this process opens the directory): one for archival passages, one for recall messages."""
    if settings.qdrant_url:
        from memsvc.storage.qdrant import QdrantIndex

        return QdrantIndex(url=settings.qdrant_url, api_key=settings.qdrant_api_key, prefix=f"memsvc_{kind}_")
    from memsvc.storage.qdrant_edge import QdrantEdgeIndex

    # Search graphs are built in the background, in a child process, as agents grow.
    path = settings.data_dir / ("qdrant-edge" if kind == "passages" else "qdrant-edge-recall")
    return QdrantEdgeIndex(path, optimize_after=OPTIMIZE_AFTER, sync_writes=settings.durability == "power")


@dataclass
class Running:
    """A started server: its port, and how to stop it."""

    server: grpc.aio.Server
    port: int
    role: str
    closers: list[Any] = field(default_factory=list)
    metrics_port: int = 0

    async def stop(self, grace: float = 5.0) -> None:
        await self.server.stop(grace)
        for close in reversed(self.closers):
            result = close()
            if asyncio.iscoroutine(result):
                await result


@dataclass
class Peer:
    """Another memsvc server this one needs."""

    channel: grpc.aio.Channel
    address: str
    # A method of its internal service: with keys, it must refuse a caller without one.
    internal_method: str


async def _accepts_anyone(peer: Peer) -> bool:
    """Whether the peer answers its internal service without a key (it was started without keys)."""
    async with grpc.aio.insecure_channel(peer.address) as bare:
        call = bare.unary_unary(peer.internal_method, request_serializer=bytes, response_deserializer=bytes)
        try:
            await call(b"", timeout=5)
        except grpc.aio.AioRpcError as exc:
            return exc.code() not in (
                grpc.StatusCode.UNAUTHENTICATED,
                grpc.StatusCode.UNAVAILABLE,
                grpc.StatusCode.DEADLINE_EXCEEDED,
            )
        return True


async def _watch_peers(peers: list[Peer], health_servicer: Any, names: list[str], *, keyed: bool) -> None:
    """Health follows the peers: NOT_SERVING while a server this one needs cannot be reached, or
    (with API keys) while it accepts calls without a key: then anyone who reaches it can read
    every tenant's memory, so this server says so and will not serve."""
    serving: bool | None = None
    while True:
        states = [peer.channel.get_state(try_to_connect=True) for peer in peers]
        up = all(s == grpc.ChannelConnectivity.READY for s in states)
        if up and keyed and serving is not True:
            open_peers = [p.address for p in peers if await _accepts_anyone(p)]
            if open_peers:
                up = False
                log.error(
                    "peer_without_keys",
                    peers=open_peers,
                    detail="a server this one calls accepts calls without a key: start every server with the "
                    "same MEMSVC_API_KEYS (or _FILE) and MEMSVC_INTERNAL_KEY; until then this one is NOT_SERVING",
                )
        if up != serving:
            serving = up
            status = health_pb2.HealthCheckResponse.SERVING if up else health_pb2.HealthCheckResponse.NOT_SERVING
            for name in names:
                await health_servicer.set(name, status)
            log.info("peers", serving=up, states=[s.name for s in states])
        changes = [
            asyncio.ensure_future(p.channel.wait_for_state_change(s)) for p, s in zip(peers, states, strict=True)
        ]
        try:
            await asyncio.wait(changes, timeout=5.0, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for change in changes:
                change.cancel()


async def _reconcile(store: MemoryStore) -> None:
    try:
        await store.reconcile()
    except Exception:  # best effort: serving matters more; the next start tries again
        log.exception("reconcile_failed")


async def start(role: str, settings: Settings) -> Running:
    if role not in ROLES:
        raise SystemExit(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    options = [
        ("grpc.max_send_message_length", settings.grpc_max_message_bytes),
        # Read up to twice the limit, so a request over it is refused with an ErrorInfo (interceptor.py).
        ("grpc.max_receive_message_length", settings.grpc_max_message_bytes * TRANSPORT_HEADROOM),
        ("grpc.so_reuseport", 0),
        # Other memsvc servers ping every 30 s on idle channels (keepalive); allow it.
        ("grpc.http2.min_ping_interval_without_data_ms", 10_000),
        ("grpc.keepalive_permit_without_calls", 1),
    ]
    auth = Authenticator(settings.api_keys, settings.internal_key)
    if auth.development_mode:
        log.warning("auth_disabled", detail="no MEMSVC_API_KEYS: development mode, every caller is one tenant")
    elif role != "all" and not settings.internal_key:
        raise SystemExit("with MEMSVC_API_KEYS set, a split deployment needs MEMSVC_INTERNAL_KEY on every server")
    admission = Admission(auth, settings.max_calls_per_tenant)
    tracing.configure(role, settings.otel)
    interceptors = [*tracing.server_interceptors(), RpcInterceptor(admission, settings.grpc_max_message_bytes)]
    server = grpc.aio.server(interceptors=interceptors, options=options)
    closers: list[Any] = [tracing.flush]
    peers: list[Peer] = []  # the other memsvc servers this one needs
    names: list[str] = []
    store: Any = None
    runtime: AgentRuntime | None = None

    if role in ("all", "memory"):
        from memsvc.server.memory_servicer import AgentStoreServicer, MemoryServicer
        from memsvc.v1 import agent_store_service_pb2_grpc, memory_service_pb2_grpc

        store = open_memory_store(settings)
        closers.append(store.close)
        closers.append(store.stop_background)
        if not settings.qdrant_url:
            # The embedded index: match it to the records after a crash, before serving
            # (a concurrent insert would look like an orphan).
            await _reconcile(store)
        memory_service_pb2_grpc.add_MemoryServiceServicer_to_server(
            MemoryServicer(store, settings.grpc_max_message_bytes), server
        )
        agent_store_service_pb2_grpc.add_AgentStoreServiceServicer_to_server(AgentStoreServicer(store), server)
        names += ["memsvc.v1.MemoryService", "memsvc.v1.AgentStoreService"]
    memory: Any = store
    if role in ("agent", "executor"):
        from memsvc.server.remote import RemoteMemory, channel

        memory_channel = channel(settings.memory_address, settings.grpc_max_message_bytes, settings.internal_key)
        closers.append(memory_channel.close)
        peers.append(Peer(memory_channel, settings.memory_address, "/memsvc.v1.AgentStoreService/ListAgentRecords"))
        memory = RemoteMemory(memory_channel)
    executor: Any = None
    if role in ("all", "executor"):
        from memsvc.executor.executor import FunctionExecutor
        from memsvc.server.executor_servicer import ExecutorServicer
        from memsvc.v1 import executor_service_pb2_grpc

        executor = FunctionExecutor(memory)
        executor_service_pb2_grpc.add_ExecutorServiceServicer_to_server(ExecutorServicer(executor), server)
        names.append("memsvc.v1.ExecutorService")
    if role in ("all", "agent"):
        from memsvc.agent.llm import LlmClient
        from memsvc.agent.runtime import AgentRuntime
        from memsvc.server.agent_servicer import AgentServicer
        from memsvc.v1 import agent_service_pb2_grpc

        if role == "agent":
            from memsvc.server.memory_servicer import MemoryServicer
            from memsvc.server.remote import RemoteExecutor, channel
            from memsvc.v1 import memory_service_pb2_grpc

            executor_channel = channel(
                settings.executor_address, settings.grpc_max_message_bytes, settings.internal_key
            )
            closers.append(executor_channel.close)
            peers.append(Peer(executor_channel, settings.executor_address, "/memsvc.v1.ExecutorService/ListFunctions"))
            executor = RemoteExecutor(executor_channel)
            # One address for clients: MemoryService is forwarded to the memory server.
            memory_service_pb2_grpc.add_MemoryServiceServicer_to_server(
                MemoryServicer(memory, settings.grpc_max_message_bytes), server
            )
            names.append("memsvc.v1.MemoryService")
        from memsvc.agent.scheduler import Scheduler

        llm = LlmClient(settings)
        closers.append(llm.close)
        runtime = AgentRuntime(memory, executor, llm, settings)
        closers.append(runtime.drain)
        scheduler = Scheduler(
            runtime.turns,
            memory,
            settings.scheduler_interval_seconds,
            wakeups=runtime.wakeups,
            consolidator=runtime.consolidator,
        )
        agent_service_pb2_grpc.add_AgentServiceServicer_to_server(AgentServicer(runtime), server)
        names.append("memsvc.v1.AgentService")

    health_servicer = health.aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    reflection.enable_server_reflection([*names, health.SERVICE_NAME, reflection.SERVICE_NAME], server)
    port = server.add_insecure_port(settings.listen_address(role))
    if port == 0:
        raise SystemExit(f"cannot listen on {settings.listen_address(role)}: is the port taken?")
    if runtime is not None and not settings.instance_id:
        runtime.holder = f"{socket.gethostname()}:{port}"  # stable across restarts of this server
    await server.start()
    if store is not None:
        store.start_background()
    if runtime is not None:
        scheduler.start()
        closers.insert(0, scheduler.stop)
    if peers:
        watcher = asyncio.create_task(
            _watch_peers(peers, health_servicer, ["", *names], keyed=not auth.development_mode)
        )
        closers.insert(0, watcher.cancel)
    else:
        for name in ["", *names]:
            await health_servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
    metrics_port = 0
    if settings.metrics_listen:
        from memsvc.metrics import serve_metrics

        metrics_port = serve_metrics(settings.metrics_listen)
    log.info(
        "serving", role=role, port=port, services=names, metrics_port=metrics_port, data_dir=str(settings.data_dir)
    )
    return Running(server, port, role, closers, metrics_port)


async def serve(role: str, settings: Settings) -> None:
    """Runs until SIGTERM or SIGINT, then stops gracefully."""
    running = await start(role, settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    log.info("stopping", role=role)
    await running.stop()
