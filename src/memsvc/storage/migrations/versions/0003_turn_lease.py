"""Turn leases: one agent's turns run on one agent server at a time.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("agents", sa.Column("lease_holder", sa.String(200), nullable=False, server_default=""))
    op.add_column("agents", sa.Column("lease_until_us", sa.BigInteger, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("agents") as batch:
        batch.drop_column("lease_until_us")
        batch.drop_column("lease_holder")
