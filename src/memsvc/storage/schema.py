"""The SQL schema (SQLAlchemy Core). Migrations in storage/migrations create the same.

Not declared here, because they are dialect-specific: the FTS5 table messages_fts
(SQLite) and the generated column messages.search_tsv ('simple' and 'english'
tsvectors, with a GIN index) (PostgreSQL),
both made by migration 0002.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    false,
    text,
)

metadata = MetaData()

agents = Table(
    "agents",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("tenant", String(64), nullable=False, server_default=""),
    Column("name", String(256), nullable=False),
    Column("system", Text, nullable=False),
    Column("llm_config", Text, nullable=False),
    Column("embedding_config", Text, nullable=False),
    Column("context_config", Text, nullable=False),
    Column("max_steps", Integer, nullable=False),
    Column("request_id", String(128), nullable=True),
    Column("create_us", BigInteger, nullable=False),
    Column("update_us", BigInteger, nullable=False),
    # The last message sequence number handed out (messages get last_seq + 1, ...).
    Column("last_seq", BigInteger, nullable=False, server_default="0"),
    # The queue manager's state (ContextState).
    Column("summary", Text, nullable=False, server_default=""),
    Column("summary_tokens", Integer, nullable=False, server_default="0"),
    Column("summary_pending", Boolean, nullable=False, server_default="0"),
    Column("warned", Boolean, nullable=False, server_default="0"),
    Column("evicted_through", BigInteger, nullable=False, server_default="0"),
    Column("summarized_through", BigInteger, nullable=False, server_default="0"),
    # The turn lease: which agent server runs this agent's turns, and until when.
    Column("lease_holder", String(200), nullable=False, server_default=""),
    Column("lease_until_us", BigInteger, nullable=False, server_default="0"),
    # Client tools, tools needing approval, wait timeouts (ToolConfig as JSON; "" for none).
    Column("tool_config", Text, nullable=False, server_default=""),
    # The last turn-event sequence number handed out (events get last_event_seq + 1, ...).
    Column("last_event_seq", BigInteger, nullable=False, server_default="0"),
    # The agent's turn that has not ended (running or waiting), or "", and the last event
    # sequence number handed out within that turn.
    Column("open_turn_id", String(36), nullable=False, server_default=""),
    Column("turn_event_seq", Integer, nullable=False, server_default="0"),
    # Background consolidation: its config (ConsolidationConfig as JSON; "" for none), the
    # last message sequence its last run read, conversation turns since, and when the next
    # run is due (0: none is).
    Column("consolidation_config", Text, nullable=False, server_default=""),
    Column("consolidated_through", BigInteger, nullable=False, server_default="0"),
    Column("turns_since_consolidation", Integer, nullable=False, server_default="0"),
    Column("consolidation_due_us", BigInteger, nullable=False, server_default="0"),
    Index("ix_agents_tenant_request", "tenant", "request_id", unique=True),
    Index("ix_agents_tenant_created", "tenant", "create_us", "id"),
    Index(
        "ix_agents_consolidation_due",
        "consolidation_due_us",
        sqlite_where=text("consolidation_due_us > 0"),
        postgresql_where=text("consolidation_due_us > 0"),
    ),
)

blocks = Table(
    "blocks",
    metadata,
    Column("agent_id", String(36), ForeignKey("agents.id", ondelete="CASCADE"), primary_key=True),
    Column("label", String(64), primary_key=True),
    Column("value", Text, nullable=False),
    Column("limit_chars", Integer, nullable=False),
    Column("description", Text, nullable=False),
    Column("read_only", Boolean, nullable=False),
    Column("update_us", BigInteger, nullable=False),
)

messages = Table(
    "messages",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("agent_id", String(36), ForeignKey("agents.id", ondelete="CASCADE"), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("role", String(16), nullable=False),
    Column("content", Text, nullable=False),
    Column("inner_thoughts", Text, nullable=False),
    Column("tool_calls", Text, nullable=False),
    Column("tool_call_id", String(128), nullable=False),
    Column("name", String(128), nullable=False),
    Column("token_count", Integer, nullable=False),
    Column("turn_id", String(36), nullable=False),
    Column("in_context", Boolean, nullable=False),
    Column("create_us", BigInteger, nullable=False),
    # What the message is found by (textsearch.searchable), CJK-spaced; indexed by
    # FTS5 (table messages_fts) on SQLite, by a generated tsvector on PostgreSQL.
    Column("search_text", Text, nullable=False, server_default=""),
    # Whether the message is in the recall vector index (or never needs to be: only what
    # users and agents said is embedded).
    Column("embedded", Boolean, nullable=False, server_default=false()),
    Index(
        "ix_messages_unembedded", "create_us", sqlite_where=text("NOT embedded"), postgresql_where=text("NOT embedded")
    ),
    # An agent's messages waiting for the vector index (SearchRecallMessages.unindexed_messages).
    Index(
        "ix_messages_unembedded_agent",
        "agent_id",
        sqlite_where=text("NOT embedded"),
        postgresql_where=text("NOT embedded"),
    ),
    Index("ix_messages_agent_seq", "agent_id", "seq", unique=True),
    Index("ix_messages_agent_created", "agent_id", "create_us"),
)

passages = Table(
    "passages",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("agent_id", String(36), ForeignKey("agents.id", ondelete="CASCADE"), nullable=False),
    Column("content", Text, nullable=False),
    Column("tags", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("create_us", BigInteger, nullable=False),
    # 1 when stored; +1 at each update (the earlier texts are in passage_versions).
    Column("version", Integer, nullable=False, server_default="1"),
    Column("update_us", BigInteger, nullable=False, server_default="0"),
    Index("ix_passages_agent_hash", "agent_id", "content_hash", unique=True),
    Index("ix_passages_agent_created", "agent_id", "create_us", "id"),
)

# Earlier versions of archival passages: the text before each update, and the last text
# of a deleted passage, so nothing the agent once knew is silently lost.
passage_versions = Table(
    "passage_versions",
    metadata,
    Column("agent_id", String(36), ForeignKey("agents.id", ondelete="CASCADE"), nullable=False),
    Column("passage_id", String(36), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("content", Text, nullable=False),
    Column("tags", Text, nullable=False),
    Column("create_us", BigInteger, nullable=False),  # when this version was written
    Column("end_us", BigInteger, nullable=False),  # when it was replaced or deleted
    Column("ended_by", String(16), nullable=False),  # "update" or "delete"
)

# The per-agent term index of recall messages (source 0) and archival passages (source 1),
# ranked by bm25 with each agent's own statistics (storage/sql/terms.py). One row per
# (document, term); `impact` is the term's bm25 weight in the document at a reference
# length, so the best documents for a term are the first rows of the ranking index.
text_terms = Table(
    "text_terms",
    metadata,
    Column("agent_id", String(36), ForeignKey("agents.id", ondelete="CASCADE"), nullable=False),
    Column("source", SmallInteger, nullable=False),
    Column("term", String(64), nullable=False),
    Column("impact", Float, nullable=False),
    Column("doc", String(36), nullable=False),  # the message or passage id
    Column("tf", Integer, nullable=False),
    Column("dl", Integer, nullable=False),
    Index("ix_text_terms_rank", "agent_id", "source", "term", "impact", "doc", "tf", "dl"),
    Index("ix_text_terms_doc", "doc"),
)

# Document frequency of each term, per agent and source.
text_term_stats = Table(
    "text_term_stats",
    metadata,
    Column("agent_id", String(36), ForeignKey("agents.id", ondelete="CASCADE"), primary_key=True),
    Column("source", SmallInteger, primary_key=True),
    Column("term", String(64), primary_key=True),
    Column("df", Integer, nullable=False),
)

# Documents and terms in all, per agent and source (for the average document length).
text_stats = Table(
    "text_stats",
    metadata,
    Column("agent_id", String(36), ForeignKey("agents.id", ondelete="CASCADE"), primary_key=True),
    Column("source", SmallInteger, primary_key=True),
    Column("docs", BigInteger, nullable=False),
    Column("tokens", BigInteger, nullable=False),
)

# A client's request id (SendMessage, StreamStep) and the turn it ran: retries replay it.
turn_requests = Table(
    "turn_requests",
    metadata,
    Column("agent_id", String(36), ForeignKey("agents.id", ondelete="CASCADE"), primary_key=True),
    Column("request_id", String(128), primary_key=True),
    Column("turn_id", String(36), nullable=False),
    Column("create_us", BigInteger, nullable=False),
    Column("events_json", Text, nullable=False, server_default=""),
)

# Every turn: a persisted state machine (agent/turn_state.py) running -> waiting -> ... ->
# ended. A waiting turn lives here, on no server, until its answers come or its wait expires.
turns = Table(
    "turns",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("agent_id", String(36), ForeignKey("agents.id", ondelete="CASCADE"), nullable=False),
    Column("status", String(16), nullable=False),
    # While waiting: when the first pending call's wait expires (microseconds); else 0.
    Column("due_us", BigInteger, nullable=False, server_default="0"),
    Column("request_id", String(128), nullable=False, server_default=""),
    # The whole TurnState as JSON (pending calls, step, usage, stop reason).
    Column("state_json", Text, nullable=False),
    Column("create_us", BigInteger, nullable=False),
    Column("update_us", BigInteger, nullable=False),
    Index("ix_turns_agent_created", "agent_id", "create_us", "id"),
    Index(
        "ix_turns_waiting_due",
        "due_us",
        sqlite_where=text("status = 'waiting'"),
        postgresql_where=text("status = 'waiting'"),
    ),
    Index(
        "ix_turns_running",
        "agent_id",
        sqlite_where=text("status = 'running'"),
        postgresql_where=text("status = 'running'"),
    ),
)

# Every stored event of every turn, in the agent's event order: what re-attached
# streams and watchers read (token deltas are never stored).
turn_events = Table(
    "turn_events",
    metadata,
    Column("agent_id", String(36), ForeignKey("agents.id", ondelete="CASCADE"), primary_key=True),
    Column("agent_seq", BigInteger, primary_key=True),
    Column("turn_id", String(36), nullable=False),
    Column("seq", Integer, nullable=False),
    # The event in memsvc's JSON form (agent/events.py).
    Column("data", Text, nullable=False),
    Index("ix_turn_events_turn_seq", "turn_id", "seq", unique=True),
)

# Wake-ups agents scheduled for themselves (or clients for them): each fires once, as a
# turn whose input names its reason, moved from pending to fired in the same transaction
# as that input (agent/wakeups.py). The scheduler reads only the due ones (the partial
# index on due_us); an agent's pending ones are counted and listed by the agent index.
wakeups = Table(
    "wakeups",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("agent_id", String(36), ForeignKey("agents.id", ondelete="CASCADE"), nullable=False),
    Column("status", String(16), nullable=False),  # pending, fired, cancelled
    Column("due_us", BigInteger, nullable=False),
    Column("reason", Text, nullable=False),
    Column("created_by", String(16), nullable=False),  # agent or client
    Column("create_us", BigInteger, nullable=False),
    # When it fired or was cancelled; the turn it started; whether it fired late.
    Column("done_us", BigInteger, nullable=False, server_default="0"),
    Column("turn_id", String(36), nullable=False, server_default=""),
    Column("late", Boolean, nullable=False, server_default=false()),
    Index(
        "ix_wakeups_pending_due",
        "due_us",
        sqlite_where=text("status = 'pending'"),
        postgresql_where=text("status = 'pending'"),
    ),
    Index("ix_wakeups_agent_status_due", "agent_id", "status", "due_us", "id"),
    Index("ix_wakeups_done", "done_us"),  # the retention's deletes (migration 0013)
)
