"""Schema migrations (alembic), run by `memsvc migrate` or, for SQLite, at start-up."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from memsvc.errors import FailedPrecondition

MIGRATIONS = Path(__file__).parent / "migrations"


def _config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    return ScriptDirectory(str(MIGRATIONS)).get_current_head() or ""


def current_revision(engine: Engine) -> str:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision() or ""


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(_config(engine), revision)


def require_current(engine: Engine) -> None:
    """Refuses to serve a database whose schema is not at the newest migration."""
    current, head = current_revision(engine), head_revision()
    if current != head:
        raise FailedPrecondition(
            f"the database schema is at revision {current or 'none'}, but this memsvc needs {head}: "
            "run `memsvc migrate` (with the same MEMSVC_DATABASE_URL) and start again",
            reason="DATABASE_NOT_MIGRATED",
        )
