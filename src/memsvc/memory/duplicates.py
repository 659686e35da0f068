"""When two archival passages say the same: the normalized text they are known by, and restatements.

"Alibaba likes green tea." and "alibaba likes  green tea" are one fact: case, Unicode
forms, runs of spaces and final punctuation do not make a passage new. A passage close
in meaning (by its vector, in the store) is a duplicate only if it also `restates` the
other: the same words. "Alice's phone number is 555-9876" is close in meaning to
"Alice's phone number is 555-1234" but is a new fact (maybe a correction), and so are
"The meeting is on Thursday" after "... on Tuesday" and "Bob is coming" after "Bob is not
coming": they are stored, and the agent can update or delete the stale one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from memsvc.storage.textsearch import fact_terms

_SPACES = re.compile(r"\s+")
_FINAL = ".!?;:,。！？；：，…"


def normalized(text: str) -> str:
    text = _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()
    return text.rstrip(_FINAL + " ")


def normalized_hash(text: str) -> str:
    return hashlib.sha256(normalized(text).encode()).hexdigest()


def restates(new: str, old: str) -> bool:
    """Whether `new` says what `old` says in the same words (textsearch.fact_terms: stems,
    numbers, negations; order, inflection and articles aside). Not a subset: leaving a
    word out can change a fact as much as adding one ("not", "used to", "before")."""
    return fact_terms(normalized(new)) == fact_terms(normalized(old))
