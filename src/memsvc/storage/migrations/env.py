"""Alembic environment: runs the migrations against the URL memsvc passes in."""

from __future__ import annotations

from alembic import context

from memsvc.storage.schema import metadata
from memsvc.storage.sql import create_sql_engine

config = context.config
engine = config.attributes.get("engine") or create_sql_engine(config.get_main_option("sqlalchemy.url") or "")

with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=engine.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()
