"""The partial-JSON reader behind token deltas: any split of the arguments gives the same text."""

from __future__ import annotations

import itertools
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from memsvc.agent.deltas import MESSAGE, THOUGHT, JsonFields

HOSTILE = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from(['"', "\\", "/", "\n", "\t", "\u2028", "😀", "é", "小", "\x01"]),
    ),
    max_size=60,
)


def read(text: str, cuts: list[int]) -> dict[str, str]:
    fields = JsonFields({"inner_thoughts": THOUGHT, "message": MESSAGE})
    got = {THOUGHT: "", MESSAGE: ""}
    points = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    for start, end in itertools.pairwise(points):
        for kind, piece in fields.feed(text[start:end]):
            got[kind] += piece
    return got


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    thoughts=HOSTILE,
    message=HOSTILE,
    ascii_only=st.booleans(),
    cuts=st.lists(st.integers(0, 10_000), max_size=40),
    before=st.sampled_from([{}, {"n": [1, {"message": "nested, not it"}], "x": "y\\"}, {"z": None, "t": True}]),
)
def test_any_split_gives_the_values(thoughts, message, ascii_only, cuts, before):
    args = {**before, "inner_thoughts": thoughts, "message": message, "request_heartbeat": False}
    text = json.dumps(args, ensure_ascii=ascii_only)
    assert read(text, cuts) == {THOUGHT: thoughts, MESSAGE: message}


def test_lone_surrogates_read_as_question_marks_like_the_loop():
    text = '{"message": "a\\ud800b\\udc00c\\ud83d\\ude00"}'
    assert read(text, [5, 17, 18, 19, 30]) == {THOUGHT: "", MESSAGE: "a?b?c😀"}


def test_what_is_not_an_object_yields_nothing():
    for text in ('"message"', "[1, 2]", "", "{broken", '{"message": 5}'):
        assert read(text, [1, 3]) == {THOUGHT: "", MESSAGE: ""}
