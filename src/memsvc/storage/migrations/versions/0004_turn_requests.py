"""Client request ids of SendMessage/StreamStep: a retried request is processed once.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "turn_requests",
        sa.Column("agent_id", sa.String(36), sa.ForeignKey("agents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("request_id", sa.String(128), primary_key=True),
        sa.Column("turn_id", sa.String(36), nullable=False),
        sa.Column("create_us", sa.BigInteger, nullable=False),
        sa.Column("events_json", sa.Text, nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_table("turn_requests")
