"""gRPC clients that implement the ports, for a split deployment.

RemoteMemory speaks to the memory server (MemoryService + AgentStoreService) and
implements both `AgentStore` and `Memory`; RemoteExecutor speaks to the executor
server. Failed calls come back as the same MemsvcError the far side raised.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, ParamSpec, TypeVar

import grpc
from google.protobuf.field_mask_pb2 import FieldMask

from memsvc import tracing
from memsvc.models import (
    Agent,
    AgentExport,
    ArchivalHit,
    ArchivalQuery,
    Block,
    BlockEdit,
    Context,
    ContextBlock,
    ContextBlockQuery,
    ContextState,
    DocumentInput,
    DueConsolidation,
    DueTurn,
    DueWakeup,
    EventRecord,
    FunctionOutcome,
    FunctionSchema,
    ImportOutcome,
    IngestProgress,
    IngestResult,
    Message,
    MessageInput,
    Page,
    Passage,
    PassageInput,
    PassageVersion,
    RecallHit,
    RecallQuery,
    TurnRecord,
    Wakeup,
    WakeupFiring,
)
from memsvc.server import convert, convert_context, convert_portable, convert_wakeups, outgoing
from memsvc.server.errors import error_from_rpc
from memsvc.tenancy import REQUEST_ID_HEADER, TENANT_HEADER, current_request_id, current_tenant
from memsvc.v1 import (
    agent_store_service_pb2,
    agent_store_service_pb2_grpc,
    executor_service_pb2,
    executor_service_pb2_grpc,
    memory_pb2,
    memory_service_pb2,
    memory_service_pb2_grpc,
    message_pb2,
)

P = ParamSpec("P")
R = TypeVar("R")


def channel(address: str, max_message_bytes: int, internal_key: str = "") -> grpc.aio.Channel:
    """A channel to another memsvc server that forwards the caller's tenant on every call."""
    options = [
        ("grpc.max_send_message_length", max_message_bytes),
        ("grpc.max_receive_message_length", max_message_bytes),
        ("grpc.keepalive_time_ms", 30_000),
        ("grpc.enable_retries", 1),
        # Spread calls over every replica behind a name (several executors, say).
        ("grpc.lb_policy_name", "round_robin"),
        # Reconnect quickly after a peer restarts (gRPC's default backoff reaches 120 s).
        ("grpc.initial_reconnect_backoff_ms", 100),
        ("grpc.min_reconnect_backoff_ms", 100),
        ("grpc.max_reconnect_backoff_ms", 2000),
    ]
    auth = (("authorization", f"Bearer {internal_key}"),) if internal_key else ()

    def forwarded() -> tuple[tuple[str, str], ...]:  # the internal key, the caller's tenant and request id
        request_id = current_request_id.get()
        return (
            *auth,
            (TENANT_HEADER, current_tenant.get()),
            *(((REQUEST_ID_HEADER, request_id),) if request_id else ()),
        )

    interceptors = [*outgoing.interceptors(forwarded, wait_for_ready=True), *tracing.client_interceptors()]
    return grpc.aio.insecure_channel(address, options=options, interceptors=interceptors)


def _translated(fn: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    @functools.wraps(fn)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return await fn(*args, **kwargs)
        except grpc.aio.AioRpcError as exc:
            raise error_from_rpc(exc) from None

    return wrapper


def _inputs(items: list[MessageInput]) -> list[message_pb2.MessageInput]:
    return [
        message_pb2.MessageInput(
            role=convert.ROLE_TO_PB[i.role],
            content=i.content,
            create_time=convert.timestamp(i.create_time) if i.create_time is not None else None,
        )
        for i in items
    ]


def _events_to_pb(events: list[EventRecord]) -> list[agent_store_service_pb2.StoredEvent]:
    return [agent_store_service_pb2.StoredEvent(turn_id=e.turn_id, data_json=e.data) for e in events]


def _event_from_pb(e: agent_store_service_pb2.StoredEvent) -> EventRecord:
    return EventRecord(e.turn_id, e.data_json, e.sequence, e.agent_sequence)


def _ts_kwargs(start: float | None, end: float | None, names: tuple[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if start is not None:
        out[names[0]] = convert.timestamp(start)
    if end is not None:
        out[names[1]] = convert.timestamp(end)
    return out


class RemoteMemory:
    def __init__(self, chan: grpc.aio.Channel, timeout: float = 60.0) -> None:
        self.channel = chan
        self.memory = memory_service_pb2_grpc.MemoryServiceStub(chan)
        self.agents = agent_store_service_pb2_grpc.AgentStoreServiceStub(chan)
        self.timeout = timeout

    # ----- AgentStore ---------------------------------------------------------------------

    @_translated
    async def create_agent(self, agent: Agent, request_id: str = "") -> Agent:
        req = agent_store_service_pb2.CreateAgentRecordRequest(agent=convert.agent_to_pb(agent), request_id=request_id)
        return convert.stored_agent_from_pb((await self.agents.CreateAgentRecord(req, timeout=self.timeout)).agent)

    @_translated
    async def get_agent(self, agent_id: str) -> Agent:
        req = agent_store_service_pb2.GetAgentRecordRequest(agent_id=agent_id)
        return convert.stored_agent_from_pb((await self.agents.GetAgentRecord(req, timeout=self.timeout)).agent)

    @_translated
    async def list_agents(self, page_size: int, page_token: str) -> Page[Agent]:
        req = agent_store_service_pb2.ListAgentRecordsRequest(page_size=page_size, page_token=page_token)
        res = await self.agents.ListAgentRecords(req, timeout=self.timeout)
        return Page([convert.stored_agent_from_pb(a) for a in res.agents], res.next_page_token)

    @_translated
    async def update_agent(self, agent: Agent, fields: frozenset[str]) -> Agent:
        req = agent_store_service_pb2.UpdateAgentRecordRequest(
            agent=convert.agent_to_pb(agent), update_mask=FieldMask(paths=sorted(fields))
        )
        return convert.stored_agent_from_pb((await self.agents.UpdateAgentRecord(req, timeout=self.timeout)).agent)

    @_translated
    async def delete_agent(self, agent_id: str) -> None:
        await self.agents.DeleteAgentRecord(
            agent_store_service_pb2.DeleteAgentRecordRequest(agent_id=agent_id), timeout=self.timeout
        )

    @_translated
    async def load_context(
        self, agent_id: str, lease: tuple[str, float] | None = None, known: tuple[int, int] | None = None
    ) -> Context:
        holder, ttl = lease or ("", 0)
        last, evicted = known or (0, 0)
        req = agent_store_service_pb2.LoadContextRequest(
            agent_id=agent_id,
            lease_holder=holder,
            lease_ttl_seconds=int(ttl),
            known_last_sequence=last,
            known_evicted_through=evicted,
        )
        res = await self.agents.LoadContext(req, timeout=self.timeout)
        return Context(
            agent=convert.stored_agent_from_pb(res.agent),
            state=convert.state_from_pb(res.state),
            messages=[convert.message_from_pb(m) for m in res.messages],
            recall_count=res.recall_count,
            archival_count=res.archival_count,
            unsummarized=[convert.message_from_pb(m) for m in res.unsummarized],
            messages_unchanged=res.messages_unchanged,
            open_turn=convert.turn_record_from_pb(res.open_turn, agent_id) if res.HasField("open_turn") else None,
        )

    @_translated
    async def commit_context(
        self,
        agent_id: str,
        messages: list[Message],
        evict_through_sequence: int = 0,
        state: ContextState | None = None,
        lease_holder: str = "",
        request: tuple[str, str] | None = None,
        events: list[EventRecord] | None = None,
        turn: TurnRecord | None = None,
        wakeup: WakeupFiring | None = None,
    ) -> list[Message]:
        request_id, turn_id = request or ("", "")
        req = agent_store_service_pb2.CommitContextRequest(
            request_id=request_id,
            turn_id=turn_id,
            agent_id=agent_id,
            messages=[convert.message_to_pb(m) for m in messages],
            evict_through_sequence=evict_through_sequence,
            state=convert.state_to_pb(state) if state is not None else None,
            lease_holder=lease_holder,
            events=_events_to_pb(events or []),
            turn=convert.turn_record_to_pb(turn) if turn is not None else None,
            wakeup=agent_store_service_pb2.WakeupFiring(wakeup_id=wakeup.wakeup_id, late=wakeup.late)
            if wakeup is not None
            else None,
        )
        res = await self.agents.CommitContext(req, timeout=self.timeout)
        for offset, event in enumerate(events or []):
            event.agent_sequence = res.last_agent_sequence - len(events or []) + 1 + offset
            event.sequence = res.last_sequence - len(events or []) + 1 + offset
        return [convert.message_from_pb(m) for m in res.messages]

    @_translated
    async def get_turn(self, agent_id: str, turn_id: str) -> TurnRecord:
        req = agent_store_service_pb2.GetTurnRecordRequest(agent_id=agent_id, turn_id=turn_id)
        res = await self.agents.GetTurnRecord(req, timeout=self.timeout)
        return convert.turn_record_from_pb(res.turn, agent_id)

    @_translated
    async def list_turns(self, agent_id: str, page_size: int, page_token: str) -> Page[TurnRecord]:
        req = agent_store_service_pb2.ListTurnRecordsRequest(
            agent_id=agent_id, page_size=page_size, page_token=page_token
        )
        res = await self.agents.ListTurnRecords(req, timeout=self.timeout)
        return Page([convert.turn_record_from_pb(t, agent_id) for t in res.turns], res.next_page_token)

    async def watch_events(
        self,
        agent_id: str,
        after_agent_sequence: int = 0,
        *,
        turn_id: str = "",
        after_sequence: int = 0,
        only_new: bool = False,
    ) -> AsyncIterator[list[EventRecord]]:
        req = agent_store_service_pb2.WatchTurnEventsRequest(
            agent_id=agent_id,
            after_agent_sequence=after_agent_sequence,
            turn_id=turn_id,
            after_sequence=after_sequence,
            only_new=only_new,
        )
        call = self.agents.WatchTurnEvents(req)
        try:
            async for res in call:
                yield [_event_from_pb(e) for e in res.events]
        except grpc.aio.AioRpcError as exc:
            raise error_from_rpc(exc) from None
        finally:
            call.cancel()

    @_translated
    async def due_turns(self, due_before: float, limit: int) -> list[DueTurn]:
        req = agent_store_service_pb2.ListDueTurnsRequest(due_before=convert.timestamp(due_before), page_size=limit)
        res = await self.agents.ListDueTurns(req, timeout=self.timeout)
        return [DueTurn(t.tenant, t.agent_id, t.turn_id, convert.output_seconds(t.due_time)) for t in res.turns]

    @_translated
    async def due_wakeups(self, due_before: float, limit: int) -> list[DueWakeup]:
        req = agent_store_service_pb2.ListDueWakeupsRequest(due_before=convert.timestamp(due_before), page_size=limit)
        res = await self.agents.ListDueWakeups(req, timeout=self.timeout)
        return [convert_wakeups.due_wakeup_from_pb(w) for w in res.wakeups]

    @_translated
    async def prune_wakeups(self, done_before: float, limit: int) -> int:
        req = agent_store_service_pb2.PruneWakeupRecordsRequest(done_before=convert.timestamp(done_before), limit=limit)
        return (await self.agents.PruneWakeupRecords(req, timeout=self.timeout)).deleted

    @_translated
    async def schedule_wakeup(self, agent_id: str, due_time: float, reason: str, created_by: str) -> Wakeup:
        req = agent_store_service_pb2.ScheduleWakeupRecordRequest(
            agent_id=agent_id,
            due_time=convert.timestamp(due_time),
            reason=reason,
            origin=convert_wakeups.ORIGIN_TO_PB.get(created_by, 0),
        )
        res = await self.agents.ScheduleWakeupRecord(req, timeout=self.timeout)
        return convert_wakeups.wakeup_from_pb(res.wakeup)

    @_translated
    async def list_wakeups(
        self, agent_id: str, statuses: tuple[str, ...], page_size: int, page_token: str
    ) -> Page[Wakeup]:
        req = agent_store_service_pb2.ListWakeupRecordsRequest(
            agent_id=agent_id,
            states=[convert_wakeups.STATE_TO_PB[s] for s in statuses],
            page_size=page_size,
            page_token=page_token,
        )
        res = await self.agents.ListWakeupRecords(req, timeout=self.timeout)
        return Page([convert_wakeups.wakeup_from_pb(w) for w in res.wakeups], res.next_page_token)

    @_translated
    async def cancel_wakeup(self, agent_id: str, wakeup_id: str) -> Wakeup:
        req = agent_store_service_pb2.CancelWakeupRecordRequest(agent_id=agent_id, wakeup_id=wakeup_id)
        res = await self.agents.CancelWakeupRecord(req, timeout=self.timeout)
        return convert_wakeups.wakeup_from_pb(res.wakeup)

    @_translated
    async def due_consolidations(self, due_before: float, limit: int) -> list[DueConsolidation]:
        req = agent_store_service_pb2.ListDueConsolidationsRequest(
            due_before=convert.timestamp(due_before), page_size=limit
        )
        res = await self.agents.ListDueConsolidations(req, timeout=self.timeout)
        return [DueConsolidation(a.tenant, a.agent_id, convert.output_seconds(a.due_time)) for a in res.agents]

    async def get_turn_request(self, agent_id: str, request_id: str) -> tuple[str, str] | None:
        req = agent_store_service_pb2.GetTurnRequestRequest(agent_id=agent_id, request_id=request_id)
        try:
            res = await self.agents.GetTurnRequest(req, timeout=self.timeout)
        except grpc.aio.AioRpcError as exc:
            error = error_from_rpc(exc)
            if error.reason == "REQUEST_NOT_FOUND":
                return None
            raise error from None
        return res.turn_id, res.events_json

    @_translated
    async def finish_turn_request(self, agent_id: str, request_id: str, events_json: str, turn_id: str = "") -> None:
        req = agent_store_service_pb2.FinishTurnRequestRequest(
            agent_id=agent_id, request_id=request_id, events_json=events_json, turn_id=turn_id
        )
        await self.agents.FinishTurnRequest(req, timeout=self.timeout)

    @_translated
    async def acquire_lease(self, agent_id: str, holder: str, ttl_seconds: float) -> bool:
        req = agent_store_service_pb2.AcquireTurnLeaseRequest(
            agent_id=agent_id, holder=holder, ttl_seconds=int(ttl_seconds)
        )
        return (await self.agents.AcquireTurnLease(req, timeout=self.timeout)).acquired

    @_translated
    async def release_lease(self, agent_id: str, holder: str) -> None:
        req = agent_store_service_pb2.ReleaseTurnLeaseRequest(agent_id=agent_id, holder=holder)
        await self.agents.ReleaseTurnLease(req, timeout=self.timeout)

    # ----- Memory -------------------------------------------------------------------------

    @_translated
    async def list_blocks(self, agent_id: str) -> list[Block]:
        res = await self.memory.ListMemoryBlocks(
            memory_service_pb2.ListMemoryBlocksRequest(agent_id=agent_id), timeout=self.timeout
        )
        return [convert.block_from_pb(b) for b in res.blocks]

    @_translated
    async def get_block(self, agent_id: str, label: str) -> Block:
        req = memory_service_pb2.GetMemoryBlockRequest(agent_id=agent_id, label=label)
        return convert.block_from_pb((await self.memory.GetMemoryBlock(req, timeout=self.timeout)).block)

    @_translated
    async def update_block(self, agent_id: str, block: Block, fields: frozenset[str]) -> Block:
        req = memory_service_pb2.UpdateMemoryBlockRequest(
            agent_id=agent_id, block=convert.block_to_pb(block), update_mask=FieldMask(paths=sorted(fields))
        )
        return convert.block_from_pb((await self.memory.UpdateMemoryBlock(req, timeout=self.timeout)).block)

    @_translated
    async def edit_block(self, agent_id: str, label: str, edit: BlockEdit, *, respect_read_only: bool = False) -> Block:
        req = memory_service_pb2.EditMemoryBlockRequest(
            agent_id=agent_id, label=label, respect_read_only=respect_read_only
        )
        if edit.old is None:
            req.append.content = edit.new
        else:
            req.replace.old_content, req.replace.new_content = edit.old, edit.new
        return convert.block_from_pb((await self.memory.EditMemoryBlock(req, timeout=self.timeout)).block)

    @_translated
    async def append_recall(self, agent_id: str, inputs: list[MessageInput]) -> list[Message]:
        req = memory_service_pb2.AppendRecallMessagesRequest(agent_id=agent_id, messages=_inputs(inputs))
        res = await self.memory.AppendRecallMessages(req, timeout=self.timeout)
        return [convert.message_from_pb(m) for m in res.messages]

    @_translated
    async def list_recall(
        self, agent_id: str, page_size: int, page_token: str, *, in_context_only: bool = False
    ) -> Page[Message]:
        req = memory_service_pb2.ListRecallMessagesRequest(
            agent_id=agent_id, page_size=page_size, page_token=page_token, in_context_only=in_context_only
        )
        res = await self.memory.ListRecallMessages(req, timeout=self.timeout)
        return Page([convert.message_from_pb(m) for m in res.messages], res.next_page_token)

    @_translated
    async def search_recall(self, agent_id: str, query: RecallQuery) -> Page[RecallHit]:
        req = memory_service_pb2.SearchRecallMessagesRequest(
            agent_id=agent_id,
            query=query.query,
            roles=[convert.ROLE_TO_PB[r] for r in query.roles],
            page_size=query.page_size,
            page_token=query.page_token,
            **_ts_kwargs(query.start_time, query.end_time, ("start_time", "end_time")),
        )
        res = await self.memory.SearchRecallMessages(req, timeout=self.timeout)
        return Page(
            [RecallHit(convert.message_from_pb(h.message), h.score) for h in res.hits],
            res.next_page_token,
            res.total_size,
            res.unindexed_messages,
        )

    async def insert_archival(self, agent_id: str, content: str, tags: tuple[str, ...]) -> tuple[Passage, bool]:
        passage, created, _ = await self.insert_archival_checked(agent_id, content, tags)
        return passage, created

    @_translated
    async def insert_archival_checked(
        self, agent_id: str, content: str, tags: tuple[str, ...]
    ) -> tuple[Passage, bool, float]:
        req = memory_service_pb2.InsertArchivalMemoryRequest(agent_id=agent_id, content=content, tags=list(tags))
        res = await self.memory.InsertArchivalMemory(req, timeout=self.timeout)
        return convert.passage_from_pb(res.passage), res.created, res.similarity

    @_translated
    async def list_archival_versions(
        self, agent_id: str, passage_id: str
    ) -> tuple[list[PassageVersion], Passage | None]:
        req = memory_service_pb2.ListArchivalMemoryVersionsRequest(agent_id=agent_id, passage_id=passage_id)
        res = await self.memory.ListArchivalMemoryVersions(req, timeout=self.timeout)
        current = convert.passage_from_pb(res.current) if res.HasField("current") else None
        return [convert.passage_version_from_pb(v) for v in res.versions], current

    @_translated
    async def insert_archival_batch(self, agent_id: str, items: list[PassageInput]) -> list[tuple[Passage, bool]]:
        passages = []
        for item in items:
            p = memory_service_pb2.PassageInput(content=item.content, tags=list(item.tags))
            if item.create_time is not None:
                p.create_time.CopyFrom(convert.timestamp(item.create_time))
            passages.append(p)
        req = memory_service_pb2.BatchInsertArchivalMemoriesRequest(agent_id=agent_id, passages=passages)
        res = await self.memory.BatchInsertArchivalMemories(req, timeout=self.timeout)
        return [(convert.passage_from_pb(r.passage), r.created) for r in res.results]

    async def ingest_document(
        self, agent_id: str, document: DocumentInput
    ) -> AsyncIterator[IngestProgress | IngestResult]:
        req = convert.document_to_pb(agent_id, document)
        try:
            async for response in self.memory.IngestDocument(req):
                yield convert.ingest_event_from_pb(response)
        except grpc.aio.AioRpcError as exc:
            raise error_from_rpc(exc) from None

    @_translated
    async def search_archival(self, agent_id: str, query: ArchivalQuery) -> Page[ArchivalHit]:
        req = memory_service_pb2.SearchArchivalMemoryRequest(
            agent_id=agent_id,
            query=query.query,
            tags=list(query.tags),
            tag_match_mode=memory_pb2.TAG_MATCH_MODE_ALL if query.match_all_tags else memory_pb2.TAG_MATCH_MODE_ANY,
            page_size=query.page_size,
            page_token=query.page_token,
            **_ts_kwargs(query.start_time, query.end_time, ("start_time", "end_time")),
        )
        res = await self.memory.SearchArchivalMemory(req, timeout=self.timeout)
        return Page([ArchivalHit(convert.passage_from_pb(h.passage), h.score) for h in res.hits], res.next_page_token)

    @_translated
    async def list_archival(self, agent_id: str, page_size: int, page_token: str) -> Page[Passage]:
        req = memory_service_pb2.ListArchivalMemoriesRequest(
            agent_id=agent_id, page_size=page_size, page_token=page_token
        )
        res = await self.memory.ListArchivalMemories(req, timeout=self.timeout)
        return Page([convert.passage_from_pb(p) for p in res.passages], res.next_page_token)

    @_translated
    async def update_archival(
        self, agent_id: str, passage_id: str, content: str, tags: tuple[str, ...] | None = None
    ) -> Passage:
        req = memory_service_pb2.UpdateArchivalMemoryRequest(agent_id=agent_id, passage_id=passage_id, content=content)
        if tags is not None:
            req.tags.extend(tags)
            req.update_mask.paths.extend(["content", "tags"])
        res = await self.memory.UpdateArchivalMemory(req, timeout=self.timeout)
        return convert.passage_from_pb(res.passage)

    @_translated
    async def delete_archival(self, agent_id: str, passage_id: str) -> None:
        req = memory_service_pb2.DeleteArchivalMemoryRequest(agent_id=agent_id, passage_id=passage_id)
        await self.memory.DeleteArchivalMemory(req, timeout=self.timeout)

    @_translated
    async def export_agent(self, agent_id: str) -> AgentExport:
        req = memory_service_pb2.ExportAgentRequest(agent_id=agent_id)
        res = await self.memory.ExportAgent(req, timeout=self.timeout)
        return convert_portable.file_from_pb(res.agent_file)

    @_translated
    async def import_agent(self, source: AgentExport | bytes, *, assign_new_id: bool = False) -> ImportOutcome:
        req = memory_service_pb2.ImportAgentRequest(assign_new_id=assign_new_id)
        if isinstance(source, bytes):
            req.letta_agent_file = source
        else:
            req.agent_file.CopyFrom(convert_portable.file_to_pb(source))
        # An import embeds every passage: as long as an ingest may take.
        return convert_portable.outcome_from_pb(await self.memory.ImportAgent(req, timeout=None))

    @_translated
    async def context_block(self, agent_id: str, request: ContextBlockQuery) -> ContextBlock:
        res = await self.memory.GetContextBlock(convert_context.query_to_pb(agent_id, request), timeout=self.timeout)
        return convert_context.block_from_pb(res)


class RemoteExecutor:
    def __init__(self, chan: grpc.aio.Channel, timeout: float = 120.0) -> None:
        self.channel = chan
        self.stub = executor_service_pb2_grpc.ExecutorServiceStub(chan)
        self.timeout = timeout
        self._schemas: dict[bool, list[FunctionSchema]] = {}

    @_translated
    async def list_functions(self, *, inner_thoughts_in_kwargs: bool) -> list[FunctionSchema]:
        if inner_thoughts_in_kwargs not in self._schemas:  # schemas are fixed per executor version
            req = executor_service_pb2.ListFunctionsRequest(put_inner_thoughts_in_kwargs=inner_thoughts_in_kwargs)
            res = await self.stub.ListFunctions(req, timeout=self.timeout)
            self._schemas[inner_thoughts_in_kwargs] = [
                FunctionSchema(f.name, f.description, f.parameters) for f in res.functions
            ]
        return self._schemas[inner_thoughts_in_kwargs]

    @_translated
    async def execute(self, agent_id: str, name: str, arguments: str) -> FunctionOutcome:
        req = executor_service_pb2.ExecuteFunctionRequest(agent_id=agent_id, name=name, arguments=arguments)
        res = await self.stub.ExecuteFunction(req, timeout=self.timeout)
        return FunctionOutcome(res.ok, res.result, res.message_to_user, res.memory_changed)
