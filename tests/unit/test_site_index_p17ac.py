"""The site index's row memo compares an event's indexed fields as one tuple (issue 17,
p17ac): the staff index reuses the public one's columns only for equal indexed fields, and
is the index built without the memo, byte for byte; ``_distinct`` keeps its answers."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from public_feed.siteindex import RowMemo, _distinct, build_index

TZ = ZoneInfo("America/Chicago")


def events(n: int) -> list[dict]:
    return [{"uid": f"e{k:03d}@test", "title": ["Open House", "Clase de RCP — Policía", ""][k % 3],
             "start": f"2026-03-{1 + k % 28:02d}T{k % 24:02d}:30:00+00:00",
             "end": f"2026-03-{1 + k % 28:02d}T{k % 24:02d}:45:00+00:00", "all_day": False,
             "departments": [["Police"], ["Fire", "Police"], []][k % 3], "event_type": "CPR Class",
             "audience": ["Adults; Teens", "", "All ages"][k % 3], "language": "English", "joint": k % 2 == 0,
             "rrule": "FREQ=WEEKLY;COUNT=3" if k % 7 == 0 else "", "latitude": 41.8781 if k % 2 else None,
             "longitude": -87.6298 if k % 2 else None, "description": 'say "hi"\n', "location": "Walltown Park"}
            for k in range(n)]


def test_the_staff_index_with_the_memo_is_the_index_without_it():
    listed = events(40)
    staff = [{**e, "visibility": "Public", "sources": ["Police!A2"]} for e in listed]
    staff[3] = {**staff[3], "title": "Changed"}             # not reused: a field differs
    memo = RowMemo()
    assert build_index(listed, TZ, memo=memo) == build_index(listed, TZ)
    assert build_index(staff, TZ, memo=memo) == build_index(staff, TZ)


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
