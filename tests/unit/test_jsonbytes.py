"""sheets_sync.jsonbytes.indented writes json.dumps(indent=1, sort_keys=True)'s bytes (issue 17)."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, seed, settings, strategies as st

from sheets_sync.jsonbytes import indented

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(-2 ** 80, 2 ** 80),
                    st.floats(allow_nan=True, allow_infinity=True), TEXT,
                    st.sampled_from(["", "\u2028", "\x00\x1f\x7f", 'a"b\\c\n\t', "é—\U0001f692", "</script>"]))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.tuples(inner, inner),
    st.dictionaries(TEXT, inner, max_size=5)), max_leaves=40)


def reference(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


@seed(17)
@settings(max_examples=300, deadline=None)
@given(VALUES)
def test_same_bytes_as_json_dumps(value):
    assert indented(value) == reference(value)


def test_known_layout():
    value = {"b": [1, 2.5, {}], "a": "x", "c": [], "d": {"z": None, "y": True}}
    assert indented(value) == (b'{\n "a": "x",\n "b": [\n  1,\n  2.5,\n  {}\n ],\n "c": [],\n'
                               b' "d": {\n  "y": true,\n  "z": null\n }\n}')


def test_errors_are_json_dumps_errors():
    with pytest.raises(TypeError):
        indented({"when": object()})
    with pytest.raises(UnicodeEncodeError):
        indented(["\ud800"])
