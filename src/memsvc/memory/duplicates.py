"""When two archival passages say the same: the normalized text they are known by.

"Alibaba likes green tea." and "alibaba likes  green tea" are one fact: case, Unicode
forms, runs of spaces and final punctuation do not make a passage new. (Passages close in
meaning are caught by their vectors, in the store.)
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACES = re.compile(r"\s+")
_FINAL = ".!?;:,。！？；：，…"


def normalized(text: str) -> str:
    text = _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()
    return text.rstrip(_FINAL + " ")


def normalized_hash(text: str) -> str:
    return hashlib.sha256(normalized(text).encode()).hexdigest()
