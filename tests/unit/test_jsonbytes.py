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


# -- text: json.dumps's one-line text from msgspec (issue 17, p17ab: the record's JSON columns)
#: Floats whose text msgspec and json.dumps share: 0 and 1e-4 <= |x| < 1e16.
SHARED_FLOATS = st.one_of(st.just(0.0), st.floats(1e-4, 1e16, exclude_max=True),
                          st.floats(-1e16, -1e-4, exclude_min=True))
TEXT_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(-2 ** 80, 2 ** 80), SHARED_FLOATS,
                         TEXT, st.sampled_from(["", "\u2028", "\x00\x1f\x7f", 'a"b\\c\n\t', "é—\U0001f692",
                                                "</script>"]))
TEXT_VALUES = st.recursive(TEXT_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.tuples(inner, inner),
    st.dictionaries(TEXT, inner, max_size=5)), max_leaves=40)


@seed(17)
@settings(max_examples=400, deadline=None)
@given(TEXT_VALUES, st.booleans(), st.booleans())
def test_text_is_json_dumps(value, sort_keys, ensure_ascii):
    from sheets_sync.jsonbytes import text
    assert text(value, sort_keys=sort_keys, ensure_ascii=ensure_ascii) == \
        json.dumps(value, sort_keys=sort_keys, ensure_ascii=ensure_ascii)


def test_text_known_cases():
    from sheets_sync.jsonbytes import text
    value = {"b": ["Policía", 1, None], "a": {"y": True, "x": []}, "c": "say \"hi\"\n"}
    assert text(value, sort_keys=True, ensure_ascii=False) == \
        '{"a": {"x": [], "y": true}, "b": ["Policía", 1, null], "c": "say \\"hi\\"\\n"}'
    assert text(value) == '{"b": ["Polic\\u00eda", 1, null], "a": {"y": true, "x": []}, "c": "say \\"hi\\"\\n"}'
    assert text({2: "b", 10: "a"}, sort_keys=True) == '{"2": "b", "10": "a"}'    # json.dumps's number order
    assert text([2 ** 70]) == "[1180591620717411303424]"                          # past msgspec's 64 bits
    assert text(["\ud800"], ensure_ascii=False) == '["\ud800"]'                   # json.dumps's, as before
    with pytest.raises(TypeError):
        text({"when": object()})


def test_text_floats_elsewhere_read_back_equal():
    """Outside 1e-4 <= |x| < 1e16 the text differs from json.dumps's, the number does not."""
    from sheets_sync.jsonbytes import text
    floats = [1e16, -1.5e300, 9.999e-05, 5e-324, 1.2345678901234568e+17]
    assert json.loads(text(floats)) == floats
    assert text([1e16]) == "[1e16]" and json.dumps([1e16]) == "[1e+16]"
