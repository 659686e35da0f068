"""How words and meaning make one ranking: score fusion and adjacent turns.

Reciprocal rank fusion (1/(60 + rank) from each list) gives an item found by both lists
at mediocre ranks more than an item one list ranks first; in conversations those items
are short turns that match only a name ("Sure, John!"). Here each list's *scores* are
scaled to [0, 1] within the query (bm25 by the best bm25; similarity between the
list's lowest and highest) and added with weights, so an item must be good in a list to
gain from it.

In a conversation the answer is often the turn after the one that shares the question's
words ("How long have you done yoga?" -> "Six years now"). Each of the best items lends
its neighbouring turns a share of its score, so the answer ranks next to the question.

All the constants were tuned on the project's own corpus (bench/retrieval_corpus.py), not
on any other benchmark.
"""

from __future__ import annotations

from collections.abc import Mapping

LEXICAL_WEIGHT = 0.3  # the rest goes to meaning
NEIGHBOUR_SHARE = 0.3  # of a hit's score that its adjacent turns get
NEIGHBOUR_SOURCES = 10  # the best items that lend to their neighbours


def scaled_lexical(scores: Mapping[str, float]) -> dict[str, float]:
    top = max(scores.values(), default=0.0)
    return {k: v / top for k, v in scores.items()} if top > 0 else {}


def scaled_similarity(scores: Mapping[str, float], floor: float) -> dict[str, float]:
    """Similarities above `floor`, scaled so the lowest kept is near 0 and the highest 1."""
    kept = {k: v for k, v in scores.items() if v >= floor}
    if not kept:
        return {}
    low, high = min(kept.values()), max(kept.values())
    if high - low < 1e-6:
        low = floor
    span = max(high - low, 1e-6)
    return {k: (v - low) / span for k, v in kept.items()}


def fuse(lexical: Mapping[str, float], semantic: Mapping[str, float], lexical_weight: float) -> dict[str, float]:
    """Weighted sum of the scaled scores (an item missing from a list gets 0 from it)."""
    out: dict[str, float] = {}
    for key, value in lexical.items():
        out[key] = lexical_weight * value
    for key, value in semantic.items():
        out[key] = out.get(key, 0.0) + (1 - lexical_weight) * value
    return out


def with_neighbours(
    scores: Mapping[str, float], neighbours: Mapping[str, tuple[str, ...]], share: float = NEIGHBOUR_SHARE
) -> dict[str, float]:
    """Each item gets `share` of its best neighbour's score on top of its own."""
    out = dict(scores)
    for key, near in neighbours.items():
        lent = max((scores.get(n, 0.0) for n in near), default=0.0)
        if lent > 0:
            out[key] = out.get(key, 0.0) + share * lent
    return out


def ordered(scores: Mapping[str, float], tiebreak: Mapping[str, int] | None = None) -> list[str]:
    """Best first; ties by `tiebreak` (higher first, e.g. newer), then by key, so every page agrees."""
    rank = tiebreak or {}
    return sorted(scores, key=lambda k: (-round(scores[k], 9), -rank.get(k, 0), k))
