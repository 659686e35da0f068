"""The SQLAlchemy engine: WAL SQLite, or pooled PostgreSQL through psycopg 3."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Engine,
    create_engine,
    event,
)
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.pool import NullPool


def create_sql_engine(url: str, *, synced: bool = False) -> Engine:
    """An engine tuned for the store: WAL SQLite, or pooled PostgreSQL via psycopg 3.

    SQLite: WAL with synchronous=NORMAL, a committed write survives a crash of the process
    (kill -9); `synced` (MEMSVC_DURABILITY=power) makes it FULL, the WAL fsynced at every
    commit, so a commit also survives an OS crash or power loss. PostgreSQL's durability is
    its server's (fsync and synchronous_commit, both on by default).
    """
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        synchronous = "FULL" if synced else "NORMAL"

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA synchronous={synchronous}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgres://")
    if "pool=none" in url:  # for one-shot tools (migrations)
        return create_engine(url.replace("?pool=none", ""), poolclass=NullPool)
    # No pre-ping (a round trip on every checkout, ~10 per turn): a connection the driver
    # knows is broken is replaced at checkout instead, and one that fails in use is
    # invalidated with the rest of the pool (SQLAlchemy's disconnect handling).
    engine = create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=False, pool_recycle=1800)

    @event.listens_for(engine, "checkout")
    def _drop_broken(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        if dbapi_conn.closed or dbapi_conn.broken:
            raise DisconnectionError("the pooled PostgreSQL connection is closed")

    return engine
