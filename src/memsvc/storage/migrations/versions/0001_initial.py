"""Initial schema: agents, blocks, messages, passages.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agents",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("tenant", sa.String(64), nullable=False, server_default=""),
        sa.Column("name", sa.String(256), nullable=False),
        sa.Column("system", sa.Text, nullable=False),
        sa.Column("llm_config", sa.Text, nullable=False),
        sa.Column("embedding_config", sa.Text, nullable=False),
        sa.Column("context_config", sa.Text, nullable=False),
        sa.Column("max_steps", sa.Integer, nullable=False),
        sa.Column("request_id", sa.String(128), nullable=True),
        sa.Column("create_us", sa.BigInteger, nullable=False),
        sa.Column("update_us", sa.BigInteger, nullable=False),
        sa.Column("last_seq", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("summary", sa.Text, nullable=False, server_default=""),
        sa.Column("summary_tokens", sa.Integer, nullable=False, server_default="0"),
        sa.Column("summary_pending", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("warned", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("evicted_through", sa.BigInteger, nullable=False, server_default="0"),
    )
    op.create_index("ix_agents_tenant_request", "agents", ["tenant", "request_id"], unique=True)
    op.create_index("ix_agents_tenant_created", "agents", ["tenant", "create_us", "id"])
    op.create_table(
        "blocks",
        sa.Column("agent_id", sa.String(36), sa.ForeignKey("agents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("label", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("limit_chars", sa.Integer, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("read_only", sa.Boolean, nullable=False),
        sa.Column("update_us", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "messages",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("agent_id", sa.String(36), sa.ForeignKey("agents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("inner_thoughts", sa.Text, nullable=False),
        sa.Column("tool_calls", sa.Text, nullable=False),
        sa.Column("tool_call_id", sa.String(128), nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("token_count", sa.Integer, nullable=False),
        sa.Column("turn_id", sa.String(36), nullable=False),
        sa.Column("in_context", sa.Boolean, nullable=False),
        sa.Column("create_us", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_messages_agent_seq", "messages", ["agent_id", "seq"], unique=True)
    op.create_index("ix_messages_agent_created", "messages", ["agent_id", "create_us"])
    op.create_table(
        "passages",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("agent_id", sa.String(36), sa.ForeignKey("agents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("tags", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("create_us", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_passages_agent_hash", "passages", ["agent_id", "content_hash"], unique=True)
    op.create_index("ix_passages_agent_created", "passages", ["agent_id", "create_us", "id"])


def downgrade() -> None:
    op.drop_table("passages")
    op.drop_table("messages")
    op.drop_table("blocks")
    op.drop_table("agents")
