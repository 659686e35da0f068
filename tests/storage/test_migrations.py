"""Migrations: up and down on SQLite and PostgreSQL, the schema they make matches the code,
and a server refuses a database that is not migrated, saying what to run."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from memsvc.storage import migrate
from memsvc.storage.schema import metadata
from memsvc.storage.sql import create_sql_engine
from tests.conftest import PG_ADMIN, require_postgres


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request, tmp_path):
    if request.param == "sqlite":
        eng = create_sql_engine(f"sqlite:///{tmp_path / 'm.db'}")
        yield eng
        eng.dispose()
        return
    require_postgres()
    name = f"memsvc_mig_{uuid.uuid4().hex[:10]}"
    admin = create_sql_engine(PG_ADMIN + "?pool=none").execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    eng = create_sql_engine(f"postgresql://postgres@127.0.0.1:5432/{name}?pool=none")
    yield eng
    eng.dispose()
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def tables(engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def test_up_down_up(engine):
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert {"agents", "blocks", "messages", "passages"} <= tables(engine)
    migrate.downgrade(engine, "0001")
    assert "lease_holder" not in {c["name"] for c in inspect(engine).get_columns("agents")}
    migrate.downgrade(engine, "base")
    assert tables(engine) == set()
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()


def test_migrated_schema_matches_the_code(engine):
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)

    def ours(diff) -> bool:
        # Dialect-specific full-text objects live only in the migrations (see schema.py).
        text = repr(diff)
        return "messages_fts" not in text and "search_tsv" not in text

    assert [d for d in diffs if ours(d)] == []


def test_server_refuses_an_unmigrated_database(engine, tmp_path):
    if engine.dialect.name == "sqlite":
        pytest.skip("the embedded SQLite default migrates itself at start-up")
    env = {
        **os.environ,
        "MEMSVC_DATABASE_URL": engine.url.render_as_string(hide_password=False).replace("+psycopg", ""),
        "MEMSVC_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "memsvc", "serve", "memory", "--listen", "127.0.0.1:0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "run `memsvc migrate`" in result.stderr
    migrated = subprocess.run(
        [sys.executable, "-m", "memsvc", "migrate"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert migrated.returncode == 0, migrated.stderr
    assert f"revision {migrate.head_revision()}" in migrated.stdout
