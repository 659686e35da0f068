"""Scheduled wake-ups: durable, each fired once (agent/wakeups.py).

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "wakeups",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("agent_id", sa.String(36), sa.ForeignKey("agents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("due_us", sa.BigInteger, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("created_by", sa.String(16), nullable=False),
        sa.Column("create_us", sa.BigInteger, nullable=False),
        sa.Column("done_us", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("turn_id", sa.String(36), nullable=False, server_default=""),
        sa.Column("late", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    pending = sa.text("status = 'pending'")
    op.create_index("ix_wakeups_pending_due", "wakeups", ["due_us"], sqlite_where=pending, postgresql_where=pending)
    op.create_index("ix_wakeups_agent_status_due", "wakeups", ["agent_id", "status", "due_us", "id"])


def downgrade() -> None:
    op.drop_table("wakeups")
