"""SQLite: index messages for full-text search with a trigger, inside the insert itself.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


CREATE_TRIGGER = (
    "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages WHEN new.search_text != '' BEGIN "
    "INSERT INTO messages_fts (search_text, agent_id, message_id) "
    "VALUES (new.search_text, new.agent_id, new.id); END"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(CREATE_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS messages_fts_insert")
