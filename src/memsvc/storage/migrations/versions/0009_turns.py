"""Turns as persisted state machines (running, waiting, ended) and their stored events;
agents' client tools and approval settings.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("agents", sa.Column("tool_config", sa.Text, nullable=False, server_default=""))
    op.add_column("agents", sa.Column("last_event_seq", sa.BigInteger, nullable=False, server_default="0"))
    op.add_column("agents", sa.Column("open_turn_id", sa.String(36), nullable=False, server_default=""))
    op.add_column("agents", sa.Column("turn_event_seq", sa.Integer, nullable=False, server_default="0"))
    op.create_table(
        "turns",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("agent_id", sa.String(36), sa.ForeignKey("agents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("due_us", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("request_id", sa.String(128), nullable=False, server_default=""),
        sa.Column("state_json", sa.Text, nullable=False),
        sa.Column("create_us", sa.BigInteger, nullable=False),
        sa.Column("update_us", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_turns_agent_created", "turns", ["agent_id", "create_us", "id"])
    waiting = sa.text("status = 'waiting'")
    running = sa.text("status = 'running'")
    op.create_index("ix_turns_waiting_due", "turns", ["due_us"], sqlite_where=waiting, postgresql_where=waiting)
    op.create_index("ix_turns_running", "turns", ["agent_id"], sqlite_where=running, postgresql_where=running)
    op.create_table(
        "turn_events",
        sa.Column("agent_id", sa.String(36), sa.ForeignKey("agents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("agent_seq", sa.BigInteger, primary_key=True),
        sa.Column("turn_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_turn_events_turn_seq", "turn_events", ["turn_id", "seq"], unique=True)


def downgrade() -> None:
    op.drop_table("turn_events")
    op.drop_table("turns")
    with op.batch_alter_table("agents") as batch:
        batch.drop_column("turn_event_seq")
        batch.drop_column("open_turn_id")
        batch.drop_column("last_event_seq")
        batch.drop_column("tool_config")
