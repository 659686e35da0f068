"""The domain's data: plain dataclasses shared by the loop, the executor and the stores.

None of this knows about gRPC or protobuf; server/convert.py maps it to the protos.
Times are seconds since the epoch (UTC) as floats.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")

DEFAULT_BLOCK_LIMIT = 5000
DEFAULT_MAX_TOKENS = 1024
DEFAULT_CHUNK_SIZE = 300
LOCAL_EMBEDDING_MODEL = "all-MiniLM-L6-v2"
LOCAL_EMBEDDING_DIM = 384
# A turn lease lapses this long after it was taken or last extended (by the renewal loop, or by a
# commit): a crashed agent server's turns resume elsewhere after at most this.
LEASE_TTL_SECONDS = 30.0


def now() -> float:
    return time.time()


def micros(seconds: float) -> int:
    """Seconds as integer microseconds, rounded (truncating a float product loses one now and then)."""
    return round(seconds * 1_000_000)


@dataclass(slots=True)
class LlmConfig:
    model: str
    context_window: int
    model_endpoint: str = ""
    model_endpoint_type: str = "openai"
    put_inner_thoughts_in_kwargs: bool = True
    temperature: float | None = None
    max_tokens: int = DEFAULT_MAX_TOKENS


@dataclass(slots=True)
class EmbeddingConfig:
    embedding_model: str = LOCAL_EMBEDDING_MODEL
    embedding_endpoint: str = ""
    embedding_endpoint_type: str = "local"
    embedding_dim: int = LOCAL_EMBEDDING_DIM
    embedding_chunk_size: int = DEFAULT_CHUNK_SIZE


@dataclass(slots=True)
class ContextConfig:
    warning_threshold: float = 0.7
    flush_threshold: float = 1.0
    evict_fraction: float = 0.5


@dataclass(slots=True)
class Block:
    label: str
    value: str = ""
    limit: int = DEFAULT_BLOCK_LIMIT
    description: str = ""
    read_only: bool = False
    update_time: float = 0.0


@dataclass(slots=True, frozen=True)
class ClientTool:
    """A tool the client runs itself (client_tools.py checks it)."""

    name: str
    description: str = ""
    parameters: str = ""  # JSON Schema object, as JSON text; "" for no parameters


DEFAULT_CLIENT_TOOL_TIMEOUT = 300
DEFAULT_APPROVAL_TIMEOUT = 86_400


@dataclass(slots=True)
class ToolConfig:
    """An agent's client tools, the tools that need approval, and how long a turn waits for each."""

    client_tools: tuple[ClientTool, ...] = ()
    requiring_approval: tuple[str, ...] = ()
    client_tool_timeout: int = DEFAULT_CLIENT_TOOL_TIMEOUT  # seconds
    approval_timeout: int = DEFAULT_APPROVAL_TIMEOUT  # seconds
    wakeups: bool = False  # the LLM gets the wake-up functions (Agent.enable_wakeups)

    def client_tool(self, name: str) -> ClientTool | None:
        return next((t for t in self.client_tools if t.name == name), None)


DEFAULT_CONSOLIDATION_STEPS = 10
DEFAULT_CONSOLIDATION_TOKENS = 100_000


@dataclass(slots=True)
class ConsolidationConfig:
    """When and how an agent's memory is consolidated in the background (agent.proto)."""

    enabled: bool = False
    every_n_turns: int = 0  # 0: not by count
    idle_seconds: int = 0  # 0: not by idleness
    llm_config: LlmConfig | None = None  # None: the agent's own
    max_steps: int = DEFAULT_CONSOLIDATION_STEPS
    max_tokens: int = DEFAULT_CONSOLIDATION_TOKENS

    def due_after_turn(self, turns_since: int, at: float) -> float:
        """When a run is due after a conversation turn ended at `at`, the `turns_since`-th since
        the last run (0.0: none is)."""
        if not self.enabled:
            return 0.0
        if self.every_n_turns and turns_since >= self.every_n_turns:
            return at
        return at + self.idle_seconds if self.idle_seconds else 0.0


@dataclass(slots=True)
class Agent:
    id: str
    name: str
    llm_config: LlmConfig
    system: str = ""
    embedding_config: EmbeddingConfig = field(default_factory=EmbeddingConfig)
    context_config: ContextConfig = field(default_factory=ContextConfig)
    max_steps: int = 0
    blocks: list[Block] = field(default_factory=list)
    create_time: float = 0.0
    update_time: float = 0.0
    tools: ToolConfig = field(default_factory=ToolConfig)
    consolidation: ConsolidationConfig = field(default_factory=ConsolidationConfig)

    def block(self, label: str) -> Block | None:
        return next((b for b in self.blocks if b.label == label), None)


class Role(StrEnum):
    USER = "user"
    ASSISTANT = "assistant"
    TOOL = "tool"
    SYSTEM = "system"


@dataclass(slots=True, frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: str


@dataclass(slots=True)
class Message:
    """One message of recall storage (and, while `in_context`, of the FIFO queue)."""

    id: str
    role: Role
    content: str = ""
    inner_thoughts: str = ""
    tool_calls: tuple[ToolCall, ...] = ()
    tool_call_id: str = ""
    name: str = ""
    token_count: int = 0
    turn_id: str = ""
    in_context: bool = True
    agent_id: str = ""
    sequence: int = 0
    create_time: float = 0.0


@dataclass(slots=True)
class ContextState:
    summary: str = ""
    summary_token_count: int = 0
    summary_pending: bool = False
    warned: bool = False
    evicted_through_sequence: int = 0
    summarized_through_sequence: int = 0
    # Background consolidation (agent/consolidation.py): the last message the last run read,
    # conversation turns since, and when the next run is due (0.0: none is).
    consolidated_through_sequence: int = 0
    turns_since_consolidation: int = 0
    consolidation_due_time: float = 0.0


@dataclass(slots=True)
class TurnRecord:
    """A turn as the store keeps it. The agent server's turn_state.TurnState is the state
    machine; the store sees the few fields it indexes and the rest as JSON."""

    id: str
    agent_id: str
    status: str  # "running" | "waiting" | "ended"
    state_json: str  # the whole TurnState
    due_time: float = 0.0  # while waiting: when the first pending call's wait expires
    request_id: str = ""
    create_time: float = 0.0
    update_time: float = 0.0
    last_sequence: int = 0  # the turn's last stored event (filled in by the store on reads)


@dataclass(slots=True)
class EventRecord:
    """A stored turn event: memsvc's JSON form of it (agent/events.py), and where it sits. The
    store numbers events when it stores them, within the turn and within the agent."""

    turn_id: str
    data: str
    sequence: int = 0
    agent_sequence: int = 0


@dataclass(slots=True, frozen=True)
class DueTurn:
    """A turn an agent server must see to: a wait that expired, or a turn whose server stopped."""

    tenant: str
    agent_id: str
    turn_id: str
    due_time: float


@dataclass(slots=True, frozen=True)
class DueConsolidation:
    """An agent whose background consolidation is due (scheduler.py)."""

    tenant: str
    agent_id: str
    due_time: float


@dataclass(slots=True)
class Wakeup:
    """A wake-up an agent scheduled for itself (or a client for it): a turn at a time (wakeups.py)."""

    id: str
    agent_id: str
    due_time: float
    reason: str
    status: str  # "pending", "fired" or "cancelled"
    created_by: str  # "agent", "client" or "document" (IngestDocument's notify_agent)
    create_time: float
    fire_time: float = 0.0  # when it fired, or was cancelled
    turn_id: str = ""  # the turn it started
    late: bool = False  # it fired more than the late threshold after due_time


@dataclass(frozen=True, slots=True)
class DocumentEvent:
    """IngestDocument's notify_agent: the wake-up (due at once) that tells the agent a document
    arrived, stored in the transaction of the document's last chunks, so neither is stored
    without the other."""

    wakeup_id: str
    text: str


@dataclass(frozen=True, slots=True)
class WakeupFiring:
    """What a turn started by a wake-up stores with its input, in the same transaction: the
    wake-up moves from pending to fired, or the turn is refused (WAKEUP_NOT_PENDING)."""

    wakeup_id: str
    late: bool


@dataclass(frozen=True, slots=True)
class DueWakeup:
    """A pending wake-up whose time has come, of an agent with no open turn."""

    tenant: str
    agent_id: str
    wakeup_id: str
    due_time: float
    reason: str
    create_time: float
    origin: str = "agent"  # "agent", "client" or "document"


@dataclass(slots=True)
class Context:
    """What the agent server loads to build an agent's main context."""

    agent: Agent
    state: ContextState
    messages: list[Message]
    recall_count: int = 0
    archival_count: int = 0
    # Evicted messages not yet in the summary (when state.summary_pending).
    unsummarized: list[Message] = field(default_factory=list)
    # True when the store skipped `messages` because the caller's cached queue is current.
    messages_unchanged: bool = False
    # The agent's turn that has not ended (running or waiting), if any.
    open_turn: TurnRecord | None = None


@dataclass(slots=True)
class Passage:
    id: str
    agent_id: str
    content: str
    tags: tuple[str, ...] = ()
    create_time: float = 0.0
    version: int = 1
    update_time: float = 0.0


@dataclass(slots=True, frozen=True)
class PassageVersion:
    """An earlier text of a passage (before an update, or when it was deleted)."""

    passage_id: str
    version: int
    content: str
    tags: tuple[str, ...]
    create_time: float
    end_time: float
    ended_by: str  # "update" | "delete"


@dataclass(slots=True)
class ArchivalHit:
    passage: Passage
    score: float


@dataclass(slots=True)
class RecallHit:
    message: Message
    score: float


@dataclass(slots=True)
class Page(Generic[T]):
    items: list[T]
    next_page_token: str = ""
    total_size: int = 0
    # Recall searches: the agent's messages not yet in the meaning index (0: caught up).
    unindexed: int = 0


@dataclass(slots=True, frozen=True)
class RecallQuery:
    query: str = ""
    roles: tuple[Role, ...] = ()
    start_time: float | None = None
    end_time: float | None = None
    page_size: int = 0
    page_token: str = ""


@dataclass(slots=True, frozen=True)
class ArchivalQuery:
    query: str
    tags: tuple[str, ...] = ()
    match_all_tags: bool = False
    start_time: float | None = None
    end_time: float | None = None
    page_size: int = 0
    page_token: str = ""


@dataclass(slots=True, frozen=True)
class MessageInput:
    role: Role
    content: str
    create_time: float | None = None  # for history written elsewhere first; None means now


@dataclass(slots=True, frozen=True)
class PassageInput:
    content: str
    tags: tuple[str, ...] = ()
    create_time: float | None = None  # for imports; None means now


@dataclass(slots=True, frozen=True)
class DocumentInput:
    name: str
    content: bytes
    mime_type: str = ""
    tags: tuple[str, ...] = ()
    chunk_size: int = 0
    chunk_overlap: int = 0
    notify_agent: bool = False  # when ingested, the agent gets a turn saying so (a document event)


@dataclass(slots=True, frozen=True)
class IngestProgress:
    chunks_done: int
    chunks_total: int


@dataclass(slots=True, frozen=True)
class IngestResult:
    document_id: str
    chunks_total: int
    chunks_created: int
    chunks_existing: int
    document_tag: str
    wakeup_id: str = ""  # with notify_agent: the wake-up that starts the agent's turn


@dataclass(slots=True, frozen=True)
class BlockEdit:
    """An append (`old` is None) or a replace of `old` by `new`."""

    new: str
    old: str | None = None


@dataclass(slots=True, frozen=True)
class FunctionSchema:
    name: str
    description: str
    parameters: str  # JSON Schema object, as JSON text


@dataclass(slots=True, frozen=True)
class FunctionOutcome:
    ok: bool
    result: str
    message_to_user: str = ""
    memory_changed: bool = False


@dataclass(slots=True, frozen=True)
class ContextBlockQuery:
    """What GetContextBlock is asked: a query (or recent messages to make one) and a budget."""

    query: str = ""
    recent: tuple[MessageInput, ...] = ()
    token_budget: int = 0
    recall_limit: int | None = None
    archival_limit: int | None = None


class ContextSource(StrEnum):
    BLOCK = "block"
    SUMMARY = "summary"
    RECALL = "recall"
    ARCHIVAL = "archival"


@dataclass(slots=True)
class ContextItem:
    source: ContextSource
    ref: str
    content: str
    token_count: int = 0
    score: float = 0.0
    role: Role | None = None
    create_time: float = 0.0
    tags: tuple[str, ...] = ()


@dataclass(slots=True)
class ContextBlock:
    text: str
    items: list[ContextItem]
    token_count: int
    token_budget: int
    query: str
    omitted_count: int
    tokenizer: str


AGENT_FILE_VERSION = 1


@dataclass(slots=True)
class AgentExport:
    """An agent with all of its memory (an AgentFile): what export writes and import reads."""

    agent: Agent
    messages: list[Message]
    state: ContextState
    passages: list[Passage]
    format_version: int = AGENT_FILE_VERSION
    exporter: str = ""
    export_time: float = 0.0


@dataclass(slots=True)
class ImportOutcome:
    agent: Agent
    message_count: int
    passage_count: int
    unmapped: list[str] = field(default_factory=list)


# The system prompt of an agent created without one (or imported from a file without one).
DEFAULT_SYSTEM = """\
You are a conversational agent with a memory system, built on MemGPT. Your context window is \
limited, so your memory is managed like an operating system's: what you see now is your main \
context; more lives in external storage that you reach through functions.

Control flow: you run in short bursts. An event (a user message, a system message, a heartbeat) \
wakes you; you think, then act by calling functions. Every function takes request_heartbeat: set \
it to true to be called again right after the function returns (to chain functions); otherwise \
you sleep until the next event. If a function fails you are called again so you can recover.

Inner thoughts: before acting, think privately (in the inner_thoughts argument, or in your message \
content). The user never sees your thoughts. The only way to speak to the user is send_message.

Memory tiers:
- Working context (core memory): the blocks below, always in your context. Keep key facts about \
the user (human) and about yourself (persona) there, up to date. Edit them with \
core_memory_append and core_memory_replace. Blocks have size limits.
- Recall storage: every message ever exchanged, also those no longer in your context. Search it \
with conversation_search (by words) and conversation_search_date (by date).
- Archival storage: an unbounded store of passages searched by meaning. Save durable facts and \
notes there with archival_memory_insert; find them with archival_memory_search.

When old messages are evicted from your context, a summary of them stays at the start of the \
conversation. When you are warned about memory pressure, save what matters before it is evicted.\
"""
