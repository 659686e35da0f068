"""The per-agent term index: bm25 with each agent's own statistics, the same on SQLite and PostgreSQL.

Recall messages (what users and agents said) and archival passages are analyzed in
Python (textsearch.analyze: stems, stopwords, CJK characters and bigrams) and stored as
postings, one row per (document, term), in the same transaction as the document itself.
Each agent has its own document frequencies and lengths, so one agent's writes never
change another's ranking, and a word that fills an agent's history (a participant's
name) weighs what it is worth there.

Ranking reads, for each query term, only its best `depth` postings (the ranking index is
ordered by `impact`, the term's bm25 weight in a document of reference length), then
scores the union exactly with the agent's current statistics. The cost of a search is
bounded by terms x depth, however many documents contain a common word; a document
outside a common term's best postings loses only that term's small share of its score.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from memsvc.storage import textsearch
from memsvc.storage.schema import text_stats, text_term_stats, text_terms
from memsvc.storage.sql.base import SqlBase

RECALL, ARCHIVAL = 0, 1
K1, B = 1.2, 0.75
REFERENCE_LENGTH = 12.0  # terms: the document length `impact` is computed at
DEPTH = 200  # postings read per query term


def impact(tf: int, dl: int, avgdl: float = REFERENCE_LENGTH) -> float:
    return tf * (K1 + 1) / (tf + K1 * (1 - B + B * dl / avgdl))


def idf(df: int, docs: int) -> float:
    return math.log(1 + (docs - df + 0.5) / (df + 0.5))


class TermsMixin(SqlBase):
    def _insert(self) -> Any:
        return sqlite_insert if self.is_sqlite else postgresql_insert

    def _index_docs(self, conn: Connection, agent_id: str, source: int, docs: Sequence[tuple[str, str]]) -> None:
        """Adds documents (id, text) to the agent's term index, inside the caller's transaction."""
        rows: list[dict[str, Any]] = []
        df: Counter[str] = Counter()
        tokens = 0
        for doc, text in docs:
            counts, length = textsearch.term_counts(text)
            if not counts:
                continue
            tokens += length
            df.update(counts.keys())
            rows += [
                {"agent_id": agent_id, "source": source, "term": term, "impact": impact(tf, length), "doc": doc}
                | {"tf": tf, "dl": length}
                for term, tf in counts.items()
            ]
        if not rows:
            return
        conn.execute(text_terms.insert(), rows)
        self._count(conn, agent_id, source, df, len({r["doc"] for r in rows}), tokens)

    def _unindex_docs(self, conn: Connection, agent_id: str, source: int, doc_ids: Sequence[str]) -> None:
        """Removes documents from the agent's term index (their statistics too)."""
        if not doc_ids:
            return
        found = conn.execute(
            select(text_terms.c.doc, text_terms.c.term, text_terms.c.dl).where(
                text_terms.c.doc.in_(list(doc_ids)), text_terms.c.agent_id == agent_id, text_terms.c.source == source
            )
        ).all()
        if not found:
            return
        conn.execute(
            delete(text_terms).where(
                text_terms.c.doc.in_(list(doc_ids)), text_terms.c.agent_id == agent_id, text_terms.c.source == source
            )
        )
        lengths = {r.doc: r.dl for r in found}
        df = Counter(r.term for r in found)
        self._count(
            conn, agent_id, source, Counter({t: -n for t, n in df.items()}), -len(lengths), -sum(lengths.values())
        )

    def _count(self, conn: Connection, agent_id: str, source: int, df: Counter[str], docs: int, tokens: int) -> None:
        insert = self._insert()
        upsert = insert(text_term_stats)
        conn.execute(
            upsert.on_conflict_do_update(
                index_elements=["agent_id", "source", "term"], set_={"df": text_term_stats.c.df + upsert.excluded.df}
            ),
            [{"agent_id": agent_id, "source": source, "term": t, "df": n} for t, n in sorted(df.items())],
        )
        if any(n < 0 for n in df.values()):
            conn.execute(
                delete(text_term_stats).where(
                    text_term_stats.c.agent_id == agent_id,
                    text_term_stats.c.source == source,
                    text_term_stats.c.df <= 0,
                )
            )
        stats = insert(text_stats).values(agent_id=agent_id, source=source, docs=docs, tokens=tokens)
        conn.execute(
            stats.on_conflict_do_update(
                index_elements=["agent_id", "source"],
                set_={
                    "docs": text_stats.c.docs + stats.excluded.docs,
                    "tokens": text_stats.c.tokens + stats.excluded.tokens,
                },
            )
        )

    def rank_terms(
        self, conn: Connection, agent_id: str, source: int, query: str, *, depth: int = DEPTH, where: Any = None
    ) -> dict[str, float]:
        """bm25 scores (agent's statistics) of the documents that the query's terms find best.

        `where` (a function of the postings table giving extra SQL conditions, e.g. a join on
        messages for a date range) narrows each term's postings inside the scan.
        """
        terms = list(dict.fromkeys(textsearch.analyze(query)))[: textsearch.MAX_TERMS]
        if not terms:
            return {}
        row = conn.execute(
            select(text_stats.c.docs, text_stats.c.tokens).where(
                text_stats.c.agent_id == agent_id, text_stats.c.source == source
            )
        ).first()
        if row is None or row.docs <= 0:
            return {}
        docs, avgdl = row.docs, max(row.tokens / row.docs, 1.0)
        df = dict(
            conn.execute(
                select(text_term_stats.c.term, text_term_stats.c.df).where(
                    text_term_stats.c.agent_id == agent_id,
                    text_term_stats.c.source == source,
                    text_term_stats.c.term.in_(terms),
                )
            ).all()
        )
        scores: dict[str, float] = {}
        for term in terms:
            if not df.get(term):
                continue
            weight = idf(df[term], docs)
            query_ = (
                select(text_terms.c.doc, text_terms.c.tf, text_terms.c.dl)
                .where(text_terms.c.agent_id == agent_id, text_terms.c.source == source, text_terms.c.term == term)
                .order_by(text_terms.c.impact.desc())
                .limit(depth)
            )
            if where is not None:
                query_ = where(query_)
            for doc, tf, dl in conn.execute(query_):
                scores[doc] = scores.get(doc, 0.0) + weight * impact(tf, dl, avgdl)
        return scores
