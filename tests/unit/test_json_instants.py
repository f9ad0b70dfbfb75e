"""Issue 17 (p17t): the instants of one build written once per distinct value
(:class:`sheets_sync.timeutil.JsonInstants`) read as each value alone would."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from sheets_sync.timeutil import JsonInstants

NY = ZoneInfo("America/New_York")


def test_the_repeated_fall_back_hour_keeps_both_instants():
    """01:30 on 2025-11-02 happens twice in New York (EDT, then EST): Python compares the two
    equal (same tzinfo, fold ignored), yet they are an hour apart."""
    first, second = datetime(2025, 11, 2, 1, 30, tzinfo=NY), datetime(2025, 11, 2, 1, 30, fold=1, tzinfo=NY)
    assert first == second
    texts = JsonInstants()
    assert [texts(first), texts(second), texts(first)] == \
        ["2025-11-02T05:30:00Z", "2025-11-02T06:30:00Z", "2025-11-02T05:30:00Z"]


def test_equal_instants_in_other_zones_and_other_values():
    texts = JsonInstants()
    utc = datetime(2026, 3, 5, 23, 0, 59, 999_999, tzinfo=timezone.utc)
    local = utc.astimezone(NY)
    plus = utc.astimezone(timezone(timedelta(hours=5, minutes=30)))
    assert [texts(utc), texts(local), texts(plus)] == ["2026-03-05T23:00:59Z"] * 3
    assert texts(date(2026, 3, 5)) == "2026-03-05"          # a date is a day, not an instant
    assert texts(datetime(2026, 3, 5, tzinfo=timezone.utc)) == "2026-03-05T00:00:00Z"
    assert [texts(None), texts("x"), texts(3)] == [None, "x", 3]
    with pytest.raises(ValueError):
        texts(datetime(2026, 3, 5, 12, 0))                  # naive: names no instant
