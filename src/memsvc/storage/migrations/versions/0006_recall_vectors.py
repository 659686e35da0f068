"""Recall messages also searched by meaning: which ones are in the vector index yet.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("embedded", sa.Boolean, nullable=False, server_default=sa.false()))
    # Only what users and agents said is embedded; the rest never needs to be.
    op.execute("UPDATE messages SET embedded = (role NOT IN ('user', 'assistant') OR search_text = '')")
    op.create_index(
        "ix_messages_unembedded",
        "messages",
        ["create_us"],
        sqlite_where=sa.text("NOT embedded"),
        postgresql_where=sa.text("NOT embedded"),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_unembedded", table_name="messages")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("embedded")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite's batch mode rebuilt the table, dropping its trigger (0005): put it back.
        op.execute("DROP TRIGGER IF EXISTS messages_fts_insert")
        op.execute(
            "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages WHEN new.search_text != '' BEGIN "
            "INSERT INTO messages_fts (search_text, agent_id, message_id) "
            "VALUES (new.search_text, new.agent_id, new.id); END"
        )
