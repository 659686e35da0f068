"""MemoryService and the internal AgentStoreService: thin adapters to MemoryStore."""

from __future__ import annotations

from collections.abc import AsyncIterator

import grpc

from memsvc.errors import InvalidArgument, NotFound, ResourceExhausted
from memsvc.memory.store import MemoryStore
from memsvc.models import (
    AgentExport,
    ArchivalQuery,
    BlockEdit,
    EventRecord,
    PassageInput,
    RecallQuery,
    WakeupFiring,
)
from memsvc.ports import Memory
from memsvc.server import convert, convert_context, convert_portable, convert_wakeups
from memsvc.storage.sql import AGENT_FIELDS, BLOCK_FIELDS
from memsvc.v1 import agent_store_service_pb2 as spb
from memsvc.v1 import agent_store_service_pb2_grpc, memory_pb2, memory_service_pb2_grpc
from memsvc.v1 import memory_service_pb2 as pb

Context = grpc.aio.ServicerContext


class MemoryServicer(memory_service_pb2_grpc.MemoryServiceServicer):
    """Serves the memory store itself (memory server), or forwards to it (agent server)."""

    def __init__(self, store: Memory, max_message_bytes: int = 16 * 1024 * 1024) -> None:
        self.store = store
        self.max_message_bytes = max_message_bytes  # what this server may send (ExportAgent checks it)

    async def ListMemoryBlocks(
        self, request: pb.ListMemoryBlocksRequest, context: Context
    ) -> pb.ListMemoryBlocksResponse:
        blocks = await self.store.list_blocks(request.agent_id)
        return pb.ListMemoryBlocksResponse(blocks=[convert.block_to_pb(b) for b in blocks])

    async def GetMemoryBlock(self, request: pb.GetMemoryBlockRequest, context: Context) -> pb.GetMemoryBlockResponse:
        block = await self.store.get_block(request.agent_id, request.label)
        return pb.GetMemoryBlockResponse(block=convert.block_to_pb(block))

    async def UpdateMemoryBlock(
        self, request: pb.UpdateMemoryBlockRequest, context: Context
    ) -> pb.UpdateMemoryBlockResponse:
        fields = frozenset(request.update_mask.paths) or frozenset({"value"})
        if not fields <= BLOCK_FIELDS:
            raise InvalidArgument(
                f"update_mask may name only {', '.join(sorted(BLOCK_FIELDS))}; "
                f"got {', '.join(sorted(fields - BLOCK_FIELDS))}",
                field="update_mask",
            )
        block = await self.store.update_block(request.agent_id, convert.block_from_pb(request.block), fields)
        return pb.UpdateMemoryBlockResponse(block=convert.block_to_pb(block))

    async def EditMemoryBlock(self, request: pb.EditMemoryBlockRequest, context: Context) -> pb.EditMemoryBlockResponse:
        kind = request.WhichOneof("edit")
        if kind == "append":
            edit = BlockEdit(new=request.append.content)
        elif kind == "replace":
            edit = BlockEdit(new=request.replace.new_content, old=request.replace.old_content)
        else:
            raise InvalidArgument("set either append or replace", field="edit")
        block = await self.store.edit_block(
            request.agent_id, request.label, edit, respect_read_only=request.respect_read_only
        )
        return pb.EditMemoryBlockResponse(block=convert.block_to_pb(block))

    async def AppendRecallMessages(
        self, request: pb.AppendRecallMessagesRequest, context: Context
    ) -> pb.AppendRecallMessagesResponse:
        stored = await self.store.append_recall(request.agent_id, convert.inputs_from_pb(request.messages))
        return pb.AppendRecallMessagesResponse(messages=[convert.message_to_pb(m) for m in stored])

    async def ListRecallMessages(
        self, request: pb.ListRecallMessagesRequest, context: Context
    ) -> pb.ListRecallMessagesResponse:
        page = await self.store.list_recall(
            request.agent_id, request.page_size, request.page_token, in_context_only=request.in_context_only
        )
        return pb.ListRecallMessagesResponse(
            messages=[convert.message_to_pb(m) for m in page.items], next_page_token=page.next_page_token
        )

    async def SearchRecallMessages(
        self, request: pb.SearchRecallMessagesRequest, context: Context
    ) -> pb.SearchRecallMessagesResponse:
        query = RecallQuery(
            query=request.query,
            roles=tuple(convert.role_from_pb(r, field="roles") for r in request.roles),
            start_time=convert.seconds(request.start_time, request.HasField("start_time"), "start_time"),
            end_time=convert.seconds(request.end_time, request.HasField("end_time"), "end_time"),
            page_size=request.page_size,
            page_token=request.page_token,
        )
        page = await self.store.search_recall(request.agent_id, query)
        return pb.SearchRecallMessagesResponse(
            hits=[convert.recall_hit_to_pb(h) for h in page.items],
            next_page_token=page.next_page_token,
            total_size=page.total_size,
            unindexed_messages=page.unindexed,
        )

    async def InsertArchivalMemory(
        self, request: pb.InsertArchivalMemoryRequest, context: Context
    ) -> pb.InsertArchivalMemoryResponse:
        passage, created, similarity = await self.store.insert_archival_checked(
            request.agent_id, request.content, tuple(request.tags)
        )
        return pb.InsertArchivalMemoryResponse(
            passage=convert.passage_to_pb(passage), created=created, similarity=similarity
        )

    async def BatchInsertArchivalMemories(
        self, request: pb.BatchInsertArchivalMemoriesRequest, context: Context
    ) -> pb.BatchInsertArchivalMemoriesResponse:
        items = [
            PassageInput(
                p.content,
                tuple(p.tags),
                convert.seconds(p.create_time, p.HasField("create_time"), "passages.create_time"),
            )
            for p in request.passages
        ]
        results = await self.store.insert_archival_batch(request.agent_id, items)
        return pb.BatchInsertArchivalMemoriesResponse(
            results=[pb.InsertedPassage(passage=convert.passage_to_pb(p), created=c) for p, c in results]
        )

    async def IngestDocument(
        self, request: pb.IngestDocumentRequest, context: Context
    ) -> AsyncIterator[pb.IngestDocumentResponse]:
        document = convert.document_from_pb(request)
        async for event in self.store.ingest_document(request.agent_id, document):
            yield convert.ingest_event_to_pb(event)

    async def SearchArchivalMemory(
        self, request: pb.SearchArchivalMemoryRequest, context: Context
    ) -> pb.SearchArchivalMemoryResponse:
        if request.tag_match_mode not in memory_pb2.TagMatchMode.values():
            raise InvalidArgument(
                f"tag_match_mode has an unknown value {request.tag_match_mode}", field="tag_match_mode"
            )
        query = ArchivalQuery(
            query=request.query,
            tags=tuple(request.tags),
            match_all_tags=request.tag_match_mode == memory_pb2.TAG_MATCH_MODE_ALL,
            start_time=convert.seconds(request.start_time, request.HasField("start_time"), "start_time"),
            end_time=convert.seconds(request.end_time, request.HasField("end_time"), "end_time"),
            page_size=request.page_size,
            page_token=request.page_token,
        )
        page = await self.store.search_archival(request.agent_id, query)
        return pb.SearchArchivalMemoryResponse(
            hits=[convert.archival_hit_to_pb(h) for h in page.items], next_page_token=page.next_page_token
        )

    async def ListArchivalMemories(
        self, request: pb.ListArchivalMemoriesRequest, context: Context
    ) -> pb.ListArchivalMemoriesResponse:
        page = await self.store.list_archival(request.agent_id, request.page_size, request.page_token)
        return pb.ListArchivalMemoriesResponse(
            passages=[convert.passage_to_pb(p) for p in page.items], next_page_token=page.next_page_token
        )

    async def GetContextBlock(self, request: pb.GetContextBlockRequest, context: Context) -> pb.GetContextBlockResponse:
        block = await self.store.context_block(request.agent_id, convert_context.query_from_pb(request))
        return convert_context.block_to_pb(block)

    async def ExportAgent(self, request: pb.ExportAgentRequest, context: Context) -> pb.ExportAgentResponse:
        exported = await self.store.export_agent(request.agent_id)
        response = pb.ExportAgentResponse(agent_file=convert_portable.file_to_pb(exported))
        size = response.ByteSize()
        if size > self.max_message_bytes:
            raise ResourceExhausted(
                f"agent {request.agent_id}'s file has {size:,} bytes, over this server's message limit of "
                f"{self.max_message_bytes:,}: raise MEMSVC_GRPC_MAX_MESSAGE_BYTES on the servers (and the "
                "client's limit) to export it",
                reason="AGENT_FILE_TOO_LARGE",
            )
        return response

    async def ImportAgent(self, request: pb.ImportAgentRequest, context: Context) -> pb.ImportAgentResponse:
        kind = request.WhichOneof("source")
        if kind == "agent_file":
            source: AgentExport | bytes = convert_portable.file_from_pb(request.agent_file)
        elif kind == "letta_agent_file":
            source = request.letta_agent_file
        else:
            raise InvalidArgument("set agent_file or letta_agent_file", field="source")
        outcome = await self.store.import_agent(source, assign_new_id=request.assign_new_id)
        return convert_portable.outcome_to_pb(outcome)

    async def UpdateArchivalMemory(
        self, request: pb.UpdateArchivalMemoryRequest, context: Context
    ) -> pb.UpdateArchivalMemoryResponse:
        fields = set(request.update_mask.paths) or {"content"}
        unknown = fields - {"content", "tags"}
        if unknown:
            raise InvalidArgument(
                f"update_mask may name content and tags; not {', '.join(sorted(unknown))}", field="update_mask"
            )
        if "content" not in fields:
            raise InvalidArgument(
                "update_mask must include content (the text is what an update replaces)", field="update_mask"
            )
        tags = tuple(request.tags) if "tags" in fields else None
        passage = await self.store.update_archival(request.agent_id, request.passage_id, request.content, tags)
        return pb.UpdateArchivalMemoryResponse(passage=convert.passage_to_pb(passage))

    async def ListArchivalMemoryVersions(
        self, request: pb.ListArchivalMemoryVersionsRequest, context: Context
    ) -> pb.ListArchivalMemoryVersionsResponse:
        versions, current = await self.store.list_archival_versions(request.agent_id, request.passage_id)
        response = pb.ListArchivalMemoryVersionsResponse(versions=[convert.passage_version_to_pb(v) for v in versions])
        if current is not None:
            response.current.CopyFrom(convert.passage_to_pb(current))
        return response

    async def DeleteArchivalMemory(
        self, request: pb.DeleteArchivalMemoryRequest, context: Context
    ) -> pb.DeleteArchivalMemoryResponse:
        await self.store.delete_archival(request.agent_id, request.passage_id)
        return pb.DeleteArchivalMemoryResponse()


class AgentStoreServicer(agent_store_service_pb2_grpc.AgentStoreServiceServicer):
    def __init__(self, store: MemoryStore) -> None:
        self.store = store

    async def CreateAgentRecord(
        self, request: spb.CreateAgentRecordRequest, context: Context
    ) -> spb.CreateAgentRecordResponse:
        agent = await self.store.create_agent(convert.stored_agent_from_pb(request.agent), request.request_id)
        return spb.CreateAgentRecordResponse(agent=convert.agent_to_pb(agent))

    async def GetAgentRecord(self, request: spb.GetAgentRecordRequest, context: Context) -> spb.GetAgentRecordResponse:
        return spb.GetAgentRecordResponse(agent=convert.agent_to_pb(await self.store.get_agent(request.agent_id)))

    async def ListAgentRecords(
        self, request: spb.ListAgentRecordsRequest, context: Context
    ) -> spb.ListAgentRecordsResponse:
        page = await self.store.list_agents(request.page_size, request.page_token)
        return spb.ListAgentRecordsResponse(
            agents=[convert.agent_to_pb(a) for a in page.items], next_page_token=page.next_page_token
        )

    async def UpdateAgentRecord(
        self, request: spb.UpdateAgentRecordRequest, context: Context
    ) -> spb.UpdateAgentRecordResponse:
        fields = frozenset(request.update_mask.paths)
        if not fields <= AGENT_FIELDS:
            raise InvalidArgument(f"update_mask may name only {', '.join(sorted(AGENT_FIELDS))}", field="update_mask")
        agent = await self.store.update_agent(convert.stored_agent_from_pb(request.agent), fields)
        return spb.UpdateAgentRecordResponse(agent=convert.agent_to_pb(agent))

    async def DeleteAgentRecord(
        self, request: spb.DeleteAgentRecordRequest, context: Context
    ) -> spb.DeleteAgentRecordResponse:
        await self.store.delete_agent(request.agent_id)
        return spb.DeleteAgentRecordResponse()

    async def LoadContext(self, request: spb.LoadContextRequest, context: Context) -> spb.LoadContextResponse:
        lease = (request.lease_holder, request.lease_ttl_seconds) if request.lease_holder else None
        known = (request.known_last_sequence, request.known_evicted_through) if request.known_last_sequence else None
        ctx = await self.store.load_context(request.agent_id, lease, known)
        return spb.LoadContextResponse(
            agent=convert.agent_to_pb(ctx.agent),
            state=convert.state_to_pb(ctx.state),
            messages=[convert.message_to_pb(m) for m in ctx.messages],
            recall_count=ctx.recall_count,
            archival_count=ctx.archival_count,
            unsummarized=[convert.message_to_pb(m) for m in ctx.unsummarized],
            messages_unchanged=ctx.messages_unchanged,
            open_turn=convert.turn_record_to_pb(ctx.open_turn) if ctx.open_turn is not None else None,
        )

    async def CommitContext(self, request: spb.CommitContextRequest, context: Context) -> spb.CommitContextResponse:
        for m in request.messages:  # set by the agent server: out of range is a bug to refuse, not to drop
            convert.seconds(m.create_time, m.HasField("create_time"), "messages.create_time")
        messages = [convert.message_from_pb(m) for m in request.messages]
        state = convert.state_from_pb(request.state) if request.HasField("state") else None
        client_request = (request.request_id, request.turn_id) if request.request_id else None
        events = [EventRecord(e.turn_id, e.data_json) for e in request.events]
        turn = convert.turn_record_from_pb(request.turn, request.agent_id) if request.HasField("turn") else None
        wakeup = WakeupFiring(request.wakeup.wakeup_id, request.wakeup.late) if request.HasField("wakeup") else None
        stored = await self.store.commit_context(
            request.agent_id,
            messages,
            request.evict_through_sequence,
            state,
            request.lease_holder,
            client_request,
            events,
            turn,
            wakeup,
        )
        return spb.CommitContextResponse(
            messages=[convert.message_to_pb(m) for m in stored],
            last_agent_sequence=events[-1].agent_sequence if events else 0,
            last_sequence=events[-1].sequence if events else 0,
        )

    async def GetTurnRecord(self, request: spb.GetTurnRecordRequest, context: Context) -> spb.GetTurnRecordResponse:
        turn = await self.store.get_turn(request.agent_id, request.turn_id)
        return spb.GetTurnRecordResponse(turn=convert.turn_record_to_pb(turn))

    async def ListTurnRecords(
        self, request: spb.ListTurnRecordsRequest, context: Context
    ) -> spb.ListTurnRecordsResponse:
        page = await self.store.list_turns(request.agent_id, request.page_size, request.page_token)
        return spb.ListTurnRecordsResponse(
            turns=[convert.turn_record_to_pb(t) for t in page.items], next_page_token=page.next_page_token
        )

    async def WatchTurnEvents(
        self, request: spb.WatchTurnEventsRequest, context: Context
    ) -> AsyncIterator[spb.WatchTurnEventsResponse]:
        batches = self.store.watch_events(
            request.agent_id,
            request.after_agent_sequence,
            turn_id=request.turn_id,
            after_sequence=request.after_sequence,
            only_new=request.only_new,
        )
        async for batch in batches:
            yield spb.WatchTurnEventsResponse(
                events=[
                    spb.StoredEvent(
                        turn_id=e.turn_id, sequence=e.sequence, agent_sequence=e.agent_sequence, data_json=e.data
                    )
                    for e in batch
                ]
            )

    async def ListDueTurns(self, request: spb.ListDueTurnsRequest, context: Context) -> spb.ListDueTurnsResponse:
        before = convert.seconds(request.due_before, request.HasField("due_before"), "due_before") or 0.0
        due = await self.store.due_turns(before, request.page_size or 100)
        return spb.ListDueTurnsResponse(
            turns=[
                spb.DueTurn(tenant=d.tenant, agent_id=d.agent_id, turn_id=d.turn_id, due_time=convert.ts(d.due_time))
                for d in due
            ]
        )

    async def ListDueWakeups(self, request: spb.ListDueWakeupsRequest, context: Context) -> spb.ListDueWakeupsResponse:
        before = convert.seconds(request.due_before, request.HasField("due_before"), "due_before") or 0.0
        due = await self.store.due_wakeups(before, request.page_size or 100)
        return spb.ListDueWakeupsResponse(wakeups=[convert_wakeups.due_wakeup_to_pb(d) for d in due])

    async def PruneWakeupRecords(
        self, request: spb.PruneWakeupRecordsRequest, context: Context
    ) -> spb.PruneWakeupRecordsResponse:
        before = convert.seconds(request.done_before, request.HasField("done_before"), "done_before") or 0.0
        deleted = await self.store.prune_wakeups(before, request.limit or 1000)
        return spb.PruneWakeupRecordsResponse(deleted=deleted)

    async def ScheduleWakeupRecord(
        self, request: spb.ScheduleWakeupRecordRequest, context: Context
    ) -> spb.ScheduleWakeupRecordResponse:
        due = convert.seconds(request.due_time, request.HasField("due_time"), "due_time")
        if due is None:
            raise InvalidArgument("due_time is required", field="due_time")
        origin = convert_wakeups.ORIGIN_FROM_PB.get(request.origin, "")
        wakeup = await self.store.schedule_wakeup(request.agent_id, due, request.reason, origin)
        return spb.ScheduleWakeupRecordResponse(wakeup=convert_wakeups.wakeup_to_pb(wakeup))

    async def ListWakeupRecords(
        self, request: spb.ListWakeupRecordsRequest, context: Context
    ) -> spb.ListWakeupRecordsResponse:
        states = convert_wakeups.states_from_pb(list(request.states))
        page = await self.store.list_wakeups(request.agent_id, states, request.page_size, request.page_token)
        return spb.ListWakeupRecordsResponse(
            wakeups=[convert_wakeups.wakeup_to_pb(w) for w in page.items], next_page_token=page.next_page_token
        )

    async def CancelWakeupRecord(
        self, request: spb.CancelWakeupRecordRequest, context: Context
    ) -> spb.CancelWakeupRecordResponse:
        wakeup = await self.store.cancel_wakeup(request.agent_id, request.wakeup_id)
        return spb.CancelWakeupRecordResponse(wakeup=convert_wakeups.wakeup_to_pb(wakeup))

    async def ListDueConsolidations(
        self, request: spb.ListDueConsolidationsRequest, context: Context
    ) -> spb.ListDueConsolidationsResponse:
        before = convert.seconds(request.due_before, request.HasField("due_before"), "due_before") or 0.0
        due = await self.store.due_consolidations(before, request.page_size or 100)
        return spb.ListDueConsolidationsResponse(
            agents=[
                spb.DueConsolidation(tenant=d.tenant, agent_id=d.agent_id, due_time=convert.ts(d.due_time)) for d in due
            ]
        )

    async def GetTurnRequest(self, request: spb.GetTurnRequestRequest, context: Context) -> spb.GetTurnRequestResponse:
        found = await self.store.get_turn_request(request.agent_id, request.request_id)
        if found is None:
            raise NotFound(f"request {request.request_id!r} was never received", reason="REQUEST_NOT_FOUND")
        return spb.GetTurnRequestResponse(turn_id=found[0], events_json=found[1])

    async def FinishTurnRequest(
        self, request: spb.FinishTurnRequestRequest, context: Context
    ) -> spb.FinishTurnRequestResponse:
        await self.store.finish_turn_request(request.agent_id, request.request_id, request.events_json, request.turn_id)
        return spb.FinishTurnRequestResponse()

    async def AcquireTurnLease(
        self, request: spb.AcquireTurnLeaseRequest, context: Context
    ) -> spb.AcquireTurnLeaseResponse:
        acquired = await self.store.acquire_lease(request.agent_id, request.holder, request.ttl_seconds)
        return spb.AcquireTurnLeaseResponse(acquired=acquired)

    async def ReleaseTurnLease(
        self, request: spb.ReleaseTurnLeaseRequest, context: Context
    ) -> spb.ReleaseTurnLeaseResponse:
        await self.store.release_lease(request.agent_id, request.holder)
        return spb.ReleaseTurnLeaseResponse()
