"""The per-agent term index (bm25 with each agent's own statistics) for recall and archival, filled from what is stored.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import json
from collections import Counter

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BATCH = 2000


def upgrade() -> None:
    def agent_fk() -> sa.ForeignKey:
        return sa.ForeignKey("agents.id", ondelete="CASCADE")

    op.create_table(
        "text_terms",
        sa.Column("agent_id", sa.String(36), agent_fk(), nullable=False),
        sa.Column("source", sa.SmallInteger, nullable=False),
        sa.Column("term", sa.String(64), nullable=False),
        sa.Column("impact", sa.Float, nullable=False),
        sa.Column("doc", sa.String(36), nullable=False),
        sa.Column("tf", sa.Integer, nullable=False),
        sa.Column("dl", sa.Integer, nullable=False),
    )
    op.create_index("ix_text_terms_rank", "text_terms", ["agent_id", "source", "term", "impact", "doc", "tf", "dl"])
    op.create_index("ix_text_terms_doc", "text_terms", ["doc"])
    op.create_table(
        "text_term_stats",
        sa.Column("agent_id", sa.String(36), agent_fk(), primary_key=True),
        sa.Column("source", sa.SmallInteger, primary_key=True),
        sa.Column("term", sa.String(64), primary_key=True),
        sa.Column("df", sa.Integer, nullable=False),
    )
    op.create_table(
        "text_stats",
        sa.Column("agent_id", sa.String(36), agent_fk(), primary_key=True),
        sa.Column("source", sa.SmallInteger, primary_key=True),
        sa.Column("docs", sa.BigInteger, nullable=False),
        sa.Column("tokens", sa.BigInteger, nullable=False),
    )
    _backfill()


def _backfill() -> None:
    """Indexes what users and agents said, and every passage, as the store would have."""
    from memsvc.models import Message, Role, ToolCall
    from memsvc.storage import textsearch
    from memsvc.storage.sql.terms import ARCHIVAL, RECALL, impact

    conn = op.get_bind()
    docs: dict[tuple[str, int], list[tuple[str, str]]] = {}
    rows = conn.execute(
        sa.text("SELECT id, agent_id, role, content, tool_calls FROM messages WHERE role IN ('user', 'assistant')")
    )
    for r in rows:
        calls = tuple(ToolCall(*c) for c in json.loads(r.tool_calls)) if r.tool_calls else ()
        m = Message(id=r.id, role=Role(r.role), content=r.content, tool_calls=calls)
        if textsearch.embeddable(m):
            docs.setdefault((r.agent_id, RECALL), []).append((r.id, textsearch.searchable(m)))
    for r in conn.execute(sa.text("SELECT id, agent_id, content FROM passages")):
        docs.setdefault((r.agent_id, ARCHIVAL), []).append((r.id, r.content))
    postings = sa.table(
        "text_terms", *(sa.column(c) for c in ("agent_id", "source", "term", "impact", "doc", "tf", "dl"))
    )
    term_stats = sa.table("text_term_stats", *(sa.column(c) for c in ("agent_id", "source", "term", "df")))
    stats = sa.table("text_stats", *(sa.column(c) for c in ("agent_id", "source", "docs", "tokens")))
    for (agent_id, source), items in docs.items():
        df: Counter[str] = Counter()
        tokens = indexed = 0
        batch: list[dict[str, object]] = []
        for doc, text in items:
            counts, length = textsearch.term_counts(text)
            if not counts:
                continue
            indexed += 1
            tokens += length
            df.update(counts.keys())
            batch += [
                {"agent_id": agent_id, "source": source, "term": t, "impact": impact(tf, length), "doc": doc}
                | {"tf": tf, "dl": length}
                for t, tf in counts.items()
            ]
            if len(batch) >= BATCH:
                conn.execute(postings.insert(), batch)
                batch = []
        if batch:
            conn.execute(postings.insert(), batch)
        if indexed:
            rows_ = [{"agent_id": agent_id, "source": source, "term": t, "df": n} for t, n in df.items()]
            for start in range(0, len(rows_), BATCH):
                conn.execute(term_stats.insert(), rows_[start : start + BATCH])
            conn.execute(stats.insert(), [{"agent_id": agent_id, "source": source, "docs": indexed, "tokens": tokens}])


def downgrade() -> None:
    op.drop_table("text_stats")
    op.drop_table("text_term_stats")
    op.drop_index("ix_text_terms_doc", table_name="text_terms")
    op.drop_index("ix_text_terms_rank", table_name="text_terms")
    op.drop_table("text_terms")
