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
from functools import cache
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select, text

from memsvc.storage import textsearch
from memsvc.storage.schema import text_terms
from memsvc.storage.sql.base import SqlBase

RECALL, ARCHIVAL = 0, 1
K1, B = 1.2, 0.75
REFERENCE_LENGTH = 12.0  # terms: the document length `impact` is computed at
DEPTH = 200  # postings read per query term


# PostgreSQL: postings, document frequencies and the agent's totals in one statement.
INDEX_DOCS_PG = text(
    "WITH postings AS ("
    " INSERT INTO text_terms (agent_id, source, term, impact, doc, tf, dl)"
    " SELECT :agent, :source, u.term, u.impact, u.doc, u.tf, u.dl FROM unnest("
    "CAST(:terms AS varchar[]), CAST(:impacts AS float8[]), CAST(:docs AS varchar[]), CAST(:tfs AS int[]),"
    " CAST(:dls AS int[])) AS u(term, impact, doc, tf, dl)"
    "), frequencies AS ("
    " INSERT INTO text_term_stats (agent_id, source, term, df)"
    " SELECT :agent, :source, u.term, u.df FROM unnest(CAST(:df_terms AS varchar[]), CAST(:df_counts AS int[]))"
    " AS u(term, df)"
    " ON CONFLICT (agent_id, source, term) DO UPDATE SET df = text_term_stats.df + excluded.df"
    ") INSERT INTO text_stats (agent_id, source, docs, tokens) VALUES (:agent, :source, :n_docs, :tokens)"
    " ON CONFLICT (agent_id, source) DO UPDATE SET docs = text_stats.docs + excluded.docs,"
    " tokens = text_stats.tokens + excluded.tokens"
)


# The same on SQLite (3.24+) and PostgreSQL; fixed text, so a turn's commit builds no expressions.
ADD_POSTINGS = text(
    "INSERT INTO text_terms (agent_id, source, term, impact, doc, tf, dl) "
    "VALUES (:agent_id, :source, :term, :impact, :doc, :tf, :dl)"
)
COUNT_TERMS = text(
    "INSERT INTO text_term_stats (agent_id, source, term, df) VALUES (:agent_id, :source, :term, :df) "
    "ON CONFLICT (agent_id, source, term) DO UPDATE SET df = text_term_stats.df + excluded.df"
)
COUNT_DOCS = text(
    "INSERT INTO text_stats (agent_id, source, docs, tokens) VALUES (:agent_id, :source, :docs, :tokens) "
    "ON CONFLICT (agent_id, source) DO UPDATE SET docs = text_stats.docs + excluded.docs, "
    "tokens = text_stats.tokens + excluded.tokens"
)
ADD_POSTINGS_SQLITE = (
    "INSERT INTO text_terms (agent_id, source, term, impact, doc, tf, dl) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
COUNT_TERMS_SQLITE = (
    "INSERT INTO text_term_stats (agent_id, source, term, df) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (agent_id, source, term) DO UPDATE SET df = text_term_stats.df + excluded.df"
)
COUNT_DOCS_SQLITE = (
    "INSERT INTO text_stats (agent_id, source, docs, tokens) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (agent_id, source) DO UPDATE SET docs = text_stats.docs + excluded.docs, "
    "tokens = text_stats.tokens + excluded.tokens"
)
DROP_UNUSED = text("DELETE FROM text_term_stats WHERE agent_id = :agent_id AND source = :source AND df <= 0")


def impact(tf: int, dl: int, avgdl: float = REFERENCE_LENGTH) -> float:
    return tf * (K1 + 1) / (tf + K1 * (1 - B + B * dl / avgdl))


def idf(df: int, docs: int) -> float:
    return math.log(1 + (docs - df + 0.5) / (df + 0.5))


class TermsMixin(SqlBase):
    def _index_docs(self, conn: Connection, agent_id: str, source: int, docs: Sequence[tuple[str, str]]) -> None:
        """Adds documents (id, text) to the agent's term index, inside the caller's transaction."""
        rows: list[dict[str, Any]] = []
        df: Counter[str] = Counter()
        tokens = 0
        for doc, said in docs:
            counts, length = textsearch.term_counts(said)
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
        docs_count = len({r["doc"] for r in rows})
        if not self.is_sqlite:  # one round trip instead of three (a turn commits this twice)
            conn.execute(
                INDEX_DOCS_PG,
                {
                    "agent": agent_id,
                    "source": source,
                    "terms": [r["term"] for r in rows],
                    "impacts": [r["impact"] for r in rows],
                    "docs": [r["doc"] for r in rows],
                    "tfs": [r["tf"] for r in rows],
                    "dls": [r["dl"] for r in rows],
                    "df_terms": sorted(df),
                    "df_counts": [df[t] for t in sorted(df)],
                    "n_docs": docs_count,
                    "tokens": tokens,
                },
            )
            return
        # SQLite: straight to the driver (qmark parameters), no per-row parameter processing.
        conn.exec_driver_sql(
            ADD_POSTINGS_SQLITE, [(agent_id, source, r["term"], r["impact"], r["doc"], r["tf"], r["dl"]) for r in rows]
        )
        conn.exec_driver_sql(COUNT_TERMS_SQLITE, [(agent_id, source, t, n) for t, n in df.items()])
        conn.exec_driver_sql(COUNT_DOCS_SQLITE, (agent_id, source, docs_count, tokens))

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
        conn.execute(
            COUNT_TERMS,
            [{"agent_id": agent_id, "source": source, "term": t, "df": n} for t, n in sorted(df.items())],
        )
        if any(n < 0 for n in df.values()):
            conn.execute(DROP_UNUSED, {"agent_id": agent_id, "source": source})
        conn.execute(COUNT_DOCS, {"agent_id": agent_id, "source": source, "docs": docs, "tokens": tokens})

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
        if where is None:
            # One round trip: the statistics and each term's best postings in one statement
            # (fixed text per number of terms, compiled once).
            params: dict[str, Any] = {"agent": agent_id, "source": source, "depth": depth}
            params |= {f"t{i}": t for i, t in enumerate(terms)}
            found_rows = conn.execute(_ranking(len(terms)), params).all()
            stats = [(r.term, r.a, r.b) for r in found_rows if r.kind == 0]
            rows: Any = [(r.term, r.doc, r.a, r.b) for r in found_rows if r.kind == 1]
        else:
            stats = [tuple(r) for r in conn.execute(STATS, {"agent": agent_id, "source": source, "terms": terms})]
        docs_row = next((r for r in stats if r[0] == ""), None)
        if docs_row is None or docs_row[1] <= 0:
            return {}
        docs, avgdl = docs_row[1], max(docs_row[2] / docs_row[1], 1.0)
        df = {term: n for term, n, _ in stats if term and n > 0}
        found = [t for t in terms if t in df]
        if not found:
            return {}
        weight = {t: idf(df[t], docs) for t in found}
        if where is not None:
            rows = []
            for term in found:
                query_ = (
                    select(text_terms.c.term, text_terms.c.doc, text_terms.c.tf, text_terms.c.dl)
                    .where(text_terms.c.agent_id == agent_id, text_terms.c.source == source, text_terms.c.term == term)
                    .order_by(text_terms.c.impact.desc())
                    .limit(depth)
                )
                rows += conn.execute(where(query_)).all()
        scores: dict[str, float] = {}
        for term, doc, tf, dl in rows:
            if term not in weight:  # (no document frequency: not counted)
                continue
            scores[doc] = scores.get(doc, 0.0) + weight[term] * impact(tf, dl, avgdl)
        return scores


STATS = text(
    "SELECT '' AS term, docs AS n, tokens FROM text_stats WHERE agent_id = :agent AND source = :source "
    "UNION ALL SELECT term, df AS n, 0 AS tokens FROM text_term_stats "
    "WHERE agent_id = :agent AND source = :source AND term IN :terms"
).bindparams(bindparam("terms", expanding=True))


@cache
def _ranking(count: int) -> Any:
    """In one statement, for `count` query terms: the agent's totals (kind 0, term '', a = documents,
    b = tokens), each term's document frequency (kind 0, a = df) and each term's best `depth`
    postings (kind 1, a = tf, b = dl)."""
    names = ", ".join(f":t{i}" for i in range(count))
    parts = [
        "SELECT 0 AS kind, CAST('' AS varchar(64)) AS term, CAST(NULL AS varchar(36)) AS doc, docs AS a, tokens AS b "
        "FROM text_stats WHERE agent_id = :agent AND source = :source",
        "SELECT 0, term, CAST(NULL AS varchar(36)), df, 0 FROM text_term_stats "
        f"WHERE agent_id = :agent AND source = :source AND term IN ({names})",
        *(
            f"SELECT * FROM (SELECT 1, term, doc, tf, dl FROM text_terms WHERE agent_id = :agent "
            f"AND source = :source AND term = :t{i} ORDER BY impact DESC LIMIT :depth) AS p{i}"
            for i in range(count)
        ),
    ]
    return text(" UNION ALL ".join(parts))
