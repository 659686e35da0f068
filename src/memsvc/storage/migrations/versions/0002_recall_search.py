"""Recall full-text search (FTS5 on SQLite, tsvector on PostgreSQL) and summary bookkeeping.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("agents", sa.Column("summarized_through", sa.BigInteger, nullable=False, server_default="0"))
    op.add_column("messages", sa.Column("search_text", sa.Text, nullable=False, server_default=""))
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE messages_fts USING fts5("
            "search_text, agent_id UNINDEXED, message_id UNINDEXED, "
            "tokenize='porter unicode61 remove_diacritics 2')"
        )
    elif dialect == "postgresql":
        op.execute(
            "ALTER TABLE messages ADD COLUMN search_tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', search_text) || to_tsvector('english', search_text)) STORED"
        )
        op.execute("CREATE INDEX ix_messages_search_tsv ON messages USING gin (search_tsv)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE messages_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX ix_messages_search_tsv")
        op.execute("ALTER TABLE messages DROP COLUMN search_tsv")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("search_text")
    with op.batch_alter_table("agents") as batch:
        batch.drop_column("summarized_through")
