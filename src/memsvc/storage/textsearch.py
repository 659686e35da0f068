"""Full-text search helpers shared by the SQL backends.

What a message is found by (`searchable`), and how text is prepared for the
index and for queries. CJK scripts have no spaces between words, so every CJK
character is indexed as its own token and a CJK query becomes a phrase of them:
"小明" finds "我是小明" in SQLite FTS5 and PostgreSQL alike.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache

import snowballstemmer

from memsvc.models import Message, Role

_CJK = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])")
_TERM = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 32


def searchable(m: Message) -> str:
    """The text a message is found by: what was said, not the plumbing."""
    if m.role is not Role.ASSISTANT:
        return m.content
    parts = [m.content] if m.content else []
    for call in m.tool_calls:
        if call.name == "send_message":
            parts.append(said(call.arguments))
    return "\n".join(parts)


def embeddable(m: Message) -> bool:
    """Whether a message goes into the recall vector index: what users and agents said."""
    return m.role in (Role.USER, Role.ASSISTANT) and bool(searchable(m).strip())


def said(arguments: str) -> str:
    """The text a send_message call sent, from its JSON arguments (the raw text if they do not parse)."""
    try:
        text = str(json.loads(arguments).get("message", ""))
    except (ValueError, AttributeError, RecursionError):
        text = arguments
    return text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates from a JSON escape


def index_text(text: str) -> str:
    return _CJK.sub(r" \1 ", text)


# Words too common to find anything by (a question's "when did ... the ..."): dropped from a
# query that has other words, so ranking and speed follow the words that matter.
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "before",
        "being",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "me",
        "my",
        "no",
        "not",
        "of",
        "on",
        "or",
        "our",
        "she",
        "so",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "us",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
    ]
)


def query_terms(query: str) -> list[str]:
    """The query's words (CJK runs split into characters), stopwords dropped, at most MAX_TERMS."""
    terms: list[str] = []
    for word in _TERM.findall(query):
        piece = _CJK.sub(r" \1 ", word).split()
        term = " ".join(piece)
        if term and term not in terms:
            terms.append(term)
    meaningful = [t for t in terms if t.lower() not in STOPWORDS]
    return (meaningful or terms)[:MAX_TERMS]


def fts5_query(terms: list[str]) -> str:
    """An FTS5 MATCH expression: any of the terms (each a quoted phrase), ranked by bm25."""
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)


def tsquery(terms: list[str], *, prefix: bool = True) -> str:
    """A PostgreSQL to_tsquery(...) expression with the same meaning.

    With `prefix`, a word of three or more letters also matches as a prefix ("trip"
    finds "trips"); the store ORs this 'simple' query with an 'english' (stemmed) one.
    """
    out = []
    for term in terms:
        words = term.split()
        quoted = ["'" + w.replace("'", "''").replace("\\", "\\\\") + "'" for w in words]
        if prefix and len(words) == 1 and len(words[0]) >= 3:
            quoted[0] += ":*"
        out.append("(" + " <-> ".join(quoted) + ")")
    return " | ".join(out)


# ----- the analyzer of the per-agent term index (storage/sql/terms.py) ---------------------

_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
# Function characters of Chinese too common to find anything by, as single characters
# (they still count inside bigrams: "什么" is a term).
CJK_STOPCHARS = frozenset("的了是在我你他她它们吗呢吧啊和也都就不有这那个一么")
MAX_TERM_CHARS = 64
_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=20_000)  # ~200 bytes each: a vocabulary's worth
def _stem(word: str) -> str:
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return _stemmer.stemWord(word)[:MAX_TERM_CHARS]


def analyze(text: str) -> list[str]:
    """The terms of a text, with repeats: words lowercased, stopwords dropped, English stems
    ("trips" -> "trip"); CJK runs as single characters and overlapping bigrams ("小明" ->
    小, 明, 小明), since CJK writes no spaces between words."""
    out: list[str] = []
    for word in _TERM.findall(text.lower()):
        if not _CJK.search(word):
            if word not in STOPWORDS and (len(word) > 1 or word.isdigit()):
                out.append(_stem(word))
            continue
        at = 0
        for run in _CJK_RUN.finditer(word):
            before = word[at : run.start()]
            if before and before not in STOPWORDS:
                out.append(_stem(before))
            chars = run.group()
            out += [c for c in chars if c not in CJK_STOPCHARS]
            out += [chars[i : i + 2] for i in range(len(chars) - 1)]
            at = run.end()
        if word[at:] and word[at:] not in STOPWORDS:
            out.append(_stem(word[at:]))
    return out


# The only words that never carry a fact: "The meeting is on Tuesday" restates "Meeting is on Tuesday".
ARTICLES = frozenset({"a", "an", "the"})


def fact_terms(text: str) -> frozenset[str]:
    """The words a statement is made of, for telling a restatement from a new fact: every word
    lowercased and stemmed ("teas" -> "tea"), numbers and one-letter words too, negations and
    prepositions kept ("not", "before": they change a fact), only articles dropped; CJK runs as
    characters and bigrams, none dropped ("不" is a negation)."""
    out: set[str] = set()
    for word in _TERM.findall(text.lower()):
        at = 0
        for run in _CJK_RUN.finditer(word):
            out.add(word[at : run.start()])
            chars = run.group()
            out.update(chars)
            out.update(chars[i : i + 2] for i in range(len(chars) - 1))
            at = run.end()
        out.add(word[at:])
    return frozenset(_stem(w) if not _CJK.search(w) else w for w in out if w and w not in ARTICLES)


def term_counts(text: str) -> tuple[Counter[str], int]:
    """A document's term frequencies and its length in terms."""
    terms = analyze(text)
    return Counter(terms), len(terms)
