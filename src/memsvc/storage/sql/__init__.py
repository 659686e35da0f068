"""SqlStore: agents, blocks, messages (recall) and passage records in SQLite or PostgreSQL.

Synchronous SQLAlchemy Core; the async memory store runs it in worker threads. Every
method is one transaction. Writes that read first (block edits, sequence numbers)
are serialized: by a process lock on SQLite (one writer at a time anyway), by row
locks (SELECT ... FOR UPDATE) on PostgreSQL. One module per part of the store.
"""

from __future__ import annotations

from memsvc.storage.sql.agents import AgentsMixin
from memsvc.storage.sql.base import AGENT_FIELDS, BLOCK_FIELDS
from memsvc.storage.sql.blocks import BlocksMixin, apply_edit, check_block_limit
from memsvc.storage.sql.context import ContextMixin
from memsvc.storage.sql.engine import create_sql_engine
from memsvc.storage.sql.passages import PassagesMixin
from memsvc.storage.sql.portable import PortableMixin
from memsvc.storage.sql.recall import RecallMixin, RecallRankingMixin, RecallVectorsMixin
from memsvc.storage.sql.turns import turn_not_found

__all__ = [
    "AGENT_FIELDS",
    "BLOCK_FIELDS",
    "SqlStore",
    "apply_edit",
    "check_block_limit",
    "create_sql_engine",
    "turn_not_found",
]


class SqlStore(
    AgentsMixin,
    ContextMixin,
    BlocksMixin,
    RecallMixin,
    RecallRankingMixin,
    RecallVectorsMixin,
    PassagesMixin,
    PortableMixin,
):
    """The whole SQL store."""
