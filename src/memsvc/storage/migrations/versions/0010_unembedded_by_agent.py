"""An agent's messages still waiting for the recall vector index, counted without a scan (SearchRecallMessages'
unindexed_messages).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_messages_unembedded_agent",
        "messages",
        ["agent_id"],
        sqlite_where=sa.text("NOT embedded"),
        postgresql_where=sa.text("NOT embedded"),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_unembedded_agent", table_name="messages")
