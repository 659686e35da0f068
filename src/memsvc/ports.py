"""The interfaces the three servers meet through.

In the all-in-one process each is a direct call into the owning object; in a split
deployment a gRPC client (server/remote.py) implements the same interface. The loop,
the executor and the stores never know which.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Protocol

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
    RecallHit,
    RecallQuery,
    TurnRecord,
    Wakeup,
    WakeupFiring,
)


class Wakeups(Protocol):
    """An agent's scheduled wake-ups, kept by the memory server (wakeup_rules.py says what is allowed)."""

    async def schedule_wakeup(self, agent_id: str, due_time: float, reason: str, created_by: str) -> Wakeup: ...
    async def list_wakeups(
        self, agent_id: str, statuses: tuple[str, ...], page_size: int, page_token: str
    ) -> Page[Wakeup]: ...
    async def cancel_wakeup(self, agent_id: str, wakeup_id: str) -> Wakeup: ...


class AgentStore(Wakeups, Protocol):
    """Durable agent state, kept by the memory server (AgentStoreService)."""

    async def create_agent(self, agent: Agent, request_id: str = "") -> Agent: ...
    async def get_agent(self, agent_id: str) -> Agent: ...
    async def list_agents(self, page_size: int, page_token: str) -> Page[Agent]: ...
    async def update_agent(self, agent: Agent, fields: frozenset[str]) -> Agent: ...
    async def delete_agent(self, agent_id: str) -> None: ...
    async def load_context(
        self, agent_id: str, lease: tuple[str, float] | None = None, known: tuple[int, int] | None = None
    ) -> Context: ...
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
    ) -> list[Message]: ...
    async def get_turn(self, agent_id: str, turn_id: str) -> TurnRecord: ...
    async def list_turns(self, agent_id: str, page_size: int, page_token: str) -> Page[TurnRecord]: ...
    def watch_events(
        self,
        agent_id: str,
        after_agent_sequence: int = 0,
        *,
        turn_id: str = "",
        after_sequence: int = 0,
        only_new: bool = False,
    ) -> AsyncIterator[list[EventRecord]]: ...
    async def due_turns(self, due_before: float, limit: int) -> list[DueTurn]: ...
    async def due_wakeups(self, due_before: float, limit: int) -> list[DueWakeup]: ...
    async def prune_wakeups(self, done_before: float, limit: int) -> int: ...
    async def due_consolidations(self, due_before: float, limit: int) -> list[DueConsolidation]: ...
    async def append_recall(self, agent_id: str, inputs: list[MessageInput]) -> list[Message]: ...
    async def get_turn_request(self, agent_id: str, request_id: str) -> tuple[str, str] | None: ...
    async def finish_turn_request(
        self, agent_id: str, request_id: str, events_json: str, turn_id: str = ""
    ) -> None: ...
    async def acquire_lease(self, agent_id: str, holder: str, ttl_seconds: float) -> bool: ...
    async def release_lease(self, agent_id: str, holder: str) -> None: ...
    async def list_recall(
        self, agent_id: str, page_size: int, page_token: str, *, in_context_only: bool = False
    ) -> Page[Message]: ...


class Memory(Protocol):
    """The memory tiers of an agent (MemoryService)."""

    async def list_blocks(self, agent_id: str) -> list[Block]: ...
    async def get_block(self, agent_id: str, label: str) -> Block: ...
    async def update_block(self, agent_id: str, block: Block, fields: frozenset[str]) -> Block: ...
    async def edit_block(
        self, agent_id: str, label: str, edit: BlockEdit, *, respect_read_only: bool = False
    ) -> Block: ...
    async def append_recall(self, agent_id: str, inputs: list[MessageInput]) -> list[Message]: ...
    async def list_recall(
        self, agent_id: str, page_size: int, page_token: str, *, in_context_only: bool = False
    ) -> Page[Message]: ...
    async def search_recall(self, agent_id: str, query: RecallQuery) -> Page[RecallHit]: ...
    async def insert_archival(self, agent_id: str, content: str, tags: tuple[str, ...]) -> tuple[Passage, bool]: ...
    async def insert_archival_batch(self, agent_id: str, items: list[PassageInput]) -> list[tuple[Passage, bool]]: ...
    def ingest_document(
        self, agent_id: str, document: DocumentInput
    ) -> AsyncIterator[IngestProgress | IngestResult]: ...
    async def search_archival(self, agent_id: str, query: ArchivalQuery) -> Page[ArchivalHit]: ...
    async def list_archival(self, agent_id: str, page_size: int, page_token: str) -> Page[Passage]: ...
    async def update_archival(
        self, agent_id: str, passage_id: str, content: str, tags: tuple[str, ...] | None = None
    ) -> Passage: ...
    async def delete_archival(self, agent_id: str, passage_id: str) -> None: ...
    async def context_block(self, agent_id: str, request: ContextBlockQuery) -> ContextBlock: ...
    async def export_agent(self, agent_id: str) -> AgentExport: ...
    async def import_agent(self, source: AgentExport | bytes, *, assign_new_id: bool = False) -> ImportOutcome: ...


class FunctionMemory(Memory, Wakeups, Protocol):
    """What the built-in functions reach: the memory tiers and the agent's wake-ups."""


class Executor(Protocol):
    """Runs the LLM's function calls (ExecutorService)."""

    async def list_functions(self, *, inner_thoughts_in_kwargs: bool) -> list[FunctionSchema]: ...
    async def execute(self, agent_id: str, name: str, arguments: str) -> FunctionOutcome: ...
