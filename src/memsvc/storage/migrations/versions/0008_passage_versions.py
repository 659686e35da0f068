"""Archival passages keep their earlier versions (updates and deletes).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("passages", sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    op.add_column("passages", sa.Column("update_us", sa.BigInteger, nullable=False, server_default="0"))
    op.create_table(
        "passage_versions",
        sa.Column("agent_id", sa.String(36), sa.ForeignKey("agents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("passage_id", sa.String(36), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("tags", sa.Text, nullable=False),
        sa.Column("create_us", sa.BigInteger, nullable=False),
        sa.Column("end_us", sa.BigInteger, nullable=False),
        sa.Column("ended_by", sa.String(16), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("passage_versions")
    with op.batch_alter_table("passages") as batch:
        batch.drop_column("update_us")
        batch.drop_column("version")
