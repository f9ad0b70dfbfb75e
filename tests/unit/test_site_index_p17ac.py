"""The site index in less CPU (issue 17, p17ac): each ``body`` re-spaced from the published
``events.json`` bytes is ``json.dumps(event, ensure_ascii=False, sort_keys=True)``; the
index built with the published bytes is the index built without them, byte for byte; the
row memo and ``_distinct`` answer as before."""
from __future__ import annotations

import json
from zoneinfo import ZoneInfo

from hypothesis import given, seed, settings, strategies as st

from public_feed.siteindex import RowMemo, _bodies, _distinct, build_index
from sheets_sync.jsonbytes import indented

TZ = ZoneInfo("America/Chicago")
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
AWKWARD = st.sampled_from(["", "\n },\n {", '"}, {"', "\u2028", "\x00\x1f\x7f", "é—\U0001f692", "</script>"])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(-2 ** 80, 2 ** 80),
                    st.floats(allow_nan=False, allow_infinity=False), TEXT, AWKWARD)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(TEXT, inner, max_size=4)), max_leaves=20)
OBJECTS = st.dictionaries(st.one_of(TEXT, AWKWARD), VALUES, min_size=1, max_size=6)


def expected(events):
    return [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in events]


@seed(17)
@settings(max_examples=300, deadline=None)
@given(st.lists(OBJECTS, min_size=1, max_size=6))
def test_bodies_from_the_published_bytes_are_json_dumps(events):
    body = _bodies(events, indented(events))
    assert [body(k) for k in range(len(events))] == expected(events)


def test_bodies_known_cases():
    """Floats in both encoders' disputed ranges, a string holding the separator, nesting."""
    events = [{"uid": "b", "lat": 1e16, "lon": 5e-05, "nested": {"z": [], "a": {}}, "t": "\n },\n {"},
              {"uid": "a", "x": [1, {"y": None}], "big": 2 ** 70, "neg": -0.0}]
    body = _bodies(events, indented(events))
    assert body(0) == ('{"lat": 1e+16, "lon": 5e-05, "nested": {"a": {}, "z": []}, "t": "\\n },\\n {", '
                       '"uid": "b"}')
    assert body(1) == '{"big": 1180591620717411303424, "neg": -0.0, "uid": "a", "x": [1, {"y": null}]}'


def test_bodies_of_other_layouts_are_encoded():
    """Bytes not laid out as ``indented`` writes this list: each event encoded (the same text)."""
    events = [{"uid": "a", "n": 1}, {"uid": "b", "n": 2}]
    others = [json.dumps(events).encode(), json.dumps(events, indent=2).encode(), indented(events[:1]),
              indented([*events, {"uid": "c"}]), indented([events[0], {}, events[1]]), b"", None]
    for published in others:
        body = _bodies(events, published)
        assert [body(0), body(1)] == expected(events), published
    with_empty = [events[0], {}, events[1]]     # an empty object in the list: the split does not count it
    body = _bodies(with_empty, indented(with_empty))
    assert [body(0), body(1), body(2)] == expected(with_empty)
    nan = [{"uid": "a", "x": float("nan")}, {"uid": "b", "x": float("inf")}]
    body = _bodies(nan, indented(nan))          # msgspec cannot read NaN: json.dumps writes it
    assert [body(0), body(1)] == ['{"uid": "a", "x": NaN}', '{"uid": "b", "x": Infinity}']


def events(n: int) -> list[dict]:
    return [{"uid": f"e{k:03d}@test", "title": ["Open House", "Clase de RCP — Policía", ""][k % 3],
             "start": f"2026-03-{1 + k % 28:02d}T{k % 24:02d}:30:00+00:00",
             "end": f"2026-03-{1 + k % 28:02d}T{k % 24:02d}:45:00+00:00", "all_day": False,
             "departments": [["Police"], ["Fire", "Police"], []][k % 3], "event_type": "CPR Class",
             "audience": ["Adults; Teens", "", "All ages"][k % 3], "language": "English", "joint": k % 2 == 0,
             "rrule": "FREQ=WEEKLY;COUNT=3" if k % 7 == 0 else "", "latitude": 41.8781 if k % 2 else None,
             "longitude": -87.6298 if k % 2 else None, "description": 'say "hi"\n', "location": "Walltown Park"}
            for k in range(n)]


def test_the_index_is_the_same_with_the_published_bytes():
    listed = events(40)
    published = indented(listed)
    assert build_index(listed, TZ, published=published) == build_index(listed, TZ) == build_index(published, TZ)
    staff = [{**e, "visibility": "Public", "sources": ["Police!A2"]} for e in listed]
    memo = RowMemo()
    build_index(listed, TZ, memo=memo, published=published)
    assert build_index(staff, TZ, memo=memo, published=indented(staff)) == build_index(staff, TZ)


def test_row_memo_reuses_only_equal_indexed_fields():
    memo = RowMemo().for_settings(TZ, str, {})
    public = {"uid": "a", "title": "Open House", "departments": ["Police"], "previous_start": None}
    memo.put(public, ("columns",))
    assert memo.get({"uid": "b", "title": "Open House"}) is None                          # not indexed yet
    # the staff copy: other unindexed fields, other key order
    assert memo.get({"visibility": "Public", "departments": ["Police"], "uid": "a", "title": "Open House",
                     "sources": ["x"]}) == ("columns",)
    assert memo.get({"uid": "a", "title": "Open House!", "departments": ["Police"]}) is None   # a field differs
    assert memo.get({"uid": "a", "title": "Open House", "departments": ["Fire"]}) is None
    assert memo.get({"uid": "a", "title": "Open House"}) is None                          # a field missing
    assert memo.get({"uid": "a", "title": "Open House", "departments": ["Police"], "lead": None}) is None


def test_distinct_values_in_first_seen_order():
    rows = [{"k": ["Fire", "Police"]}, {"k": ["Fire", "Police"]}, {"k": []}, {"k": ["Fire"]}]
    assert _distinct(rows, "k") == [{"k": ["Fire", "Police"]}, {"k": []}, {"k": ["Fire"]}]
    rows = [{"k": "Adults"}, {}, {"k": None}, {"k": "Adults"}, {"k": ""}]
    assert _distinct(rows, "k") == [{"k": "Adults"}, {"k": None}, {"k": ""}]
    rows = [{"k": "Adults"}, {"k": ["Adults"]}, {"k": ("Adults",)}, {"k": ["Teens"]}]     # mixed: a list as a tuple
    assert _distinct(rows, "k") == [{"k": "Adults"}, {"k": ["Adults"]}, {"k": ["Teens"]}]
