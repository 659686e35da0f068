"""The context block (GetContextBlock) and its query <-> protobuf, both ways (the agent
server forwards the call to the memory server in a split deployment)."""

from __future__ import annotations

from memsvc.models import ContextBlock, ContextBlockQuery, ContextItem, ContextSource, MessageInput, Role
from memsvc.server.convert import ROLE_FROM_PB, ROLE_TO_PB, output_seconds, role_from_pb, ts
from memsvc.v1 import memory_service_pb2 as pb
from memsvc.v1 import message_pb2

SOURCE_TO_PB = {
    ContextSource.BLOCK: pb.CONTEXT_SOURCE_BLOCK,
    ContextSource.SUMMARY: pb.CONTEXT_SOURCE_SUMMARY,
    ContextSource.RECALL: pb.CONTEXT_SOURCE_RECALL,
    ContextSource.ARCHIVAL: pb.CONTEXT_SOURCE_ARCHIVAL,
}
SOURCE_FROM_PB = {v: k for k, v in SOURCE_TO_PB.items()}


def query_from_pb(request: pb.GetContextBlockRequest) -> ContextBlockQuery:
    recent = tuple(
        MessageInput(role_from_pb(m.role, default=Role.USER, field="recent_messages.role"), m.content)
        for m in request.recent_messages
    )
    return ContextBlockQuery(
        query=request.query,
        recent=recent,
        token_budget=request.token_budget,
        recall_limit=request.recall_limit if request.HasField("recall_limit") else None,
        archival_limit=request.archival_limit if request.HasField("archival_limit") else None,
    )


def query_to_pb(agent_id: str, query: ContextBlockQuery) -> pb.GetContextBlockRequest:
    out = pb.GetContextBlockRequest(
        agent_id=agent_id,
        query=query.query,
        recent_messages=[message_pb2.MessageInput(role=ROLE_TO_PB[m.role], content=m.content) for m in query.recent],
        token_budget=query.token_budget,
    )
    if query.recall_limit is not None:
        out.recall_limit = query.recall_limit
    if query.archival_limit is not None:
        out.archival_limit = query.archival_limit
    return out


def block_to_pb(block: ContextBlock) -> pb.GetContextBlockResponse:
    return pb.GetContextBlockResponse(
        text=block.text,
        items=[
            pb.ContextItem(
                source=SOURCE_TO_PB[i.source],
                ref=i.ref,
                content=i.content,
                token_count=i.token_count,
                score=i.score,
                role=ROLE_TO_PB[i.role] if i.role is not None else message_pb2.MESSAGE_ROLE_UNSPECIFIED,
                create_time=ts(i.create_time),
                tags=list(i.tags),
            )
            for i in block.items
        ],
        token_count=block.token_count,
        token_budget=block.token_budget,
        query=block.query,
        omitted_count=block.omitted_count,
        tokenizer=block.tokenizer,
    )


def block_from_pb(res: pb.GetContextBlockResponse) -> ContextBlock:
    items = [
        ContextItem(
            SOURCE_FROM_PB[i.source],
            i.ref,
            i.content,
            i.token_count,
            i.score,
            ROLE_FROM_PB.get(i.role),
            output_seconds(i.create_time),
            tuple(i.tags),
        )
        for i in res.items
    ]
    return ContextBlock(res.text, items, res.token_count, res.token_budget, res.query, res.omitted_count, res.tokenizer)
