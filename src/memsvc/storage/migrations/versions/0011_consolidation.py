"""Background memory consolidation: an agent's consolidation config, what its last run read,
conversation turns since, and when the next run is due (indexed for the scheduler).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("agents", sa.Column("consolidation_config", sa.Text, nullable=False, server_default=""))
    op.add_column("agents", sa.Column("consolidated_through", sa.BigInteger, nullable=False, server_default="0"))
    op.add_column("agents", sa.Column("turns_since_consolidation", sa.Integer, nullable=False, server_default="0"))
    op.add_column("agents", sa.Column("consolidation_due_us", sa.BigInteger, nullable=False, server_default="0"))
    op.create_index(
        "ix_agents_consolidation_due",
        "agents",
        ["consolidation_due_us"],
        sqlite_where=sa.text("consolidation_due_us > 0"),
        postgresql_where=sa.text("consolidation_due_us > 0"),
    )


def downgrade() -> None:
    op.drop_index("ix_agents_consolidation_due", table_name="agents")
    with op.batch_alter_table("agents") as batch:
        batch.drop_column("consolidation_due_us")
        batch.drop_column("turns_since_consolidation")
        batch.drop_column("consolidated_through")
        batch.drop_column("consolidation_config")
