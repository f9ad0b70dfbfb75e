"""Which new rows wait for a held event (:func:`sheets_sync.identity._inside_held`): during one
of its rows' hours at its place — an all-day row's end is the day after (RFC 5545 DTEND), so a
row on that next day is not inside it; a multi-day timed row holds only its daily hours."""
from __future__ import annotations

from datetime import datetime, timezone

from sheets_sync.identity import RecordEntry, _inside_held, _spans

T = datetime(2026, 12, 1, tzinfo=timezone.utc)


def held(*whens: str) -> list:
    contents = tuple({"when": w, "place": "rec center"} for w in whens)
    return _spans([RecordEntry("u1", 0, T, T, "", (), contents, ("Police",), {})])


def draft(start: str, end: str, place: str = "rec center") -> list[dict]:
    return [{"start": start, "when": f"{start}/{end}", "place": place}]


def test_an_all_day_held_event_holds_its_own_day_only():
    spans = held("2026-12-28/2026-12-29")
    assert _inside_held(draft("2026-12-28T10:00:00-05:00", "2026-12-28T11:00:00-05:00"), spans) == "u1"
    assert _inside_held(draft("2026-12-29T10:00:00-05:00", "2026-12-29T11:00:00-05:00"), spans) is None
    assert _inside_held(draft("2026-12-28T10:00:00-05:00", "2026-12-28T11:00:00-05:00", "library"), spans) is None


def test_a_multi_day_timed_event_holds_its_daily_hours():
    spans = held("2026-12-28T09:00:00-05:00/2026-12-30T15:00:00-05:00")
    wraps = draft("2026-12-29T08:30:00-05:00", "2026-12-29T15:30:00-05:00")
    evening = draft("2026-12-29T18:00:00-05:00", "2026-12-29T20:00:00-05:00")
    assert (_inside_held(wraps, spans), _inside_held(evening, spans)) == ("u1", None)
