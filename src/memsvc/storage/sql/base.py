"""The store's shared base: transactions, and the one place tenants are kept apart."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    select,
)
from sqlalchemy.engine import Row
from sqlalchemy.exc import IntegrityError

from memsvc.errors import agent_not_found
from memsvc.models import (
    LEASE_TTL_SECONDS,
    Agent,
    Block,
)
from memsvc.storage.schema import blocks
from memsvc.storage.sql import statements as sql
from memsvc.storage.sql.rows import agent_from_row, block_from_row
from memsvc.tenancy import current_tenant

AGENT_FIELDS = frozenset(
    {"name", "system", "llm_config", "embedding_config", "context_config", "max_steps", "tools", "consolidation"}
)
BLOCK_FIELDS = frozenset({"value", "limit", "description", "read_only"})
MAX_UNSUMMARIZED = 2000
# Archival counts are counted up to this many (the system prompt shows "10,000+").
COUNT_CAP = 10_000
# Each commit under a lease extends it to at least this far ahead (the lease's own TTL, so a
# crashed server's lease lapses when documented, not later).
LEASE_EXTENSION = LEASE_TTL_SECONDS


class SqlBase:
    """The connection handling and the agent lookup every part of the store shares."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._write_lock = threading.Lock() if self.is_sqlite else None

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._write_lock or nullcontext(), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def _pipelined(self, conn: Connection) -> Iterator[None]:
        """PostgreSQL: statements run inside are sent without waiting for each reply (psycopg's
        pipeline mode) and their replies are read at the end, so a commit of several inserts
        is one round trip, not one per statement; a statement whose result is read (RETURNING)
        waits for its reply. A constraint violation is SQLAlchemy's IntegrityError either way."""
        if self.is_sqlite:
            yield
            return
        import psycopg

        try:
            with conn.connection.driver_connection.pipeline():
                yield
        except psycopg.IntegrityError as exc:  # reported when the replies are read, outside SQLAlchemy
            raise IntegrityError(None, None, exc) from exc

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def _one_statement(self) -> Iterator[Connection]:
        """For one statement that needs no transaction (a read, consistent by itself, or a lone
        write): on PostgreSQL it runs in autocommit, so it is one round trip, not three (BEGIN,
        the statement, and the ROLLBACK or COMMIT)."""
        with self.engine.connect() as conn:
            yield conn if self.is_sqlite else conn.execution_options(isolation_level="AUTOCOMMIT")

    @contextmanager
    def _agent_read(self, agent_id: str, *, checked: bool, one_statement: bool = True) -> Iterator[Connection]:
        """A connection to read an agent's rows. Unless the caller has just read the agent for the
        current tenant (`checked`), it is checked here first; a checked one-statement read runs
        in autocommit (`_one_statement`)."""
        with self._one_statement() if checked and one_statement else self._read() as conn:
            if not checked:
                self.require_agent(conn, agent_id)
            yield conn

    def require_agent(self, conn: Connection, agent_id: str, *, lock: bool = False) -> Row[Any]:
        """The agent's row, if it exists for the current tenant: the one place tenants are kept apart."""
        statement = sql.AGENT_FOR_UPDATE if lock and not self.is_sqlite else sql.AGENT
        row = conn.execute(statement, {"id": agent_id, "tenant": current_tenant.get()}).first()
        if row is None:
            raise agent_not_found(agent_id)
        return row

    def _agent(self, conn: Connection, agent_id: str) -> Agent:
        row = self.require_agent(conn, agent_id)
        return agent_from_row(row, self._blocks(conn, [agent_id]).get(agent_id, []))

    def _blocks(self, conn: Connection, agent_ids: list[str]) -> dict[str, list[Block]]:
        out: dict[str, list[Block]] = {}
        if not agent_ids:
            return out
        rows = conn.execute(select(blocks).where(blocks.c.agent_id.in_(agent_ids)).order_by(blocks.c.label))
        for r in rows:
            out.setdefault(r.agent_id, []).append(block_from_row(r))
        return out
