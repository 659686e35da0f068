"""Wake-up retention: an index on when a wake-up fired or was cancelled, so the scheduler's
deletes of expired ones (MEMSVC_WAKEUP_RETENTION_DAYS) read only those rows.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_wakeups_done", "wakeups", ["done_us"])


def downgrade() -> None:
    op.drop_index("ix_wakeups_done", "wakeups")
