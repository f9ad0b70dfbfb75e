"""Issue 17 (p17s): the shortcuts that let parsing and identities skip repeated time work —
:func:`sheets_sync.timeutil.ordinary_day` (no daylight-saving check on a day without a change)
and :func:`sheets_sync.timeutil.iso_text` (a datetime's text kept within one sync) — give
what the full work gives."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from sheets_sync import timeutil
from sheets_sync.timeutil import dst_problem, gap_end, iso_text, iso_texts_kept, local_datetime, ordinary_day

# New York: changes at 02:00; Lord Howe: a half-hour change; Havana: changes at midnight;
# Santiago: changes at 24:00 (the next day's midnight does not exist)
ZONES = ("America/New_York", "Australia/Lord_Howe", "America/Havana", "America/Santiago", "UTC")
CLOCKS = [time(h, m) for h in range(24) for m in (0, 30)]


def _days(first: date, last: date):
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


@pytest.mark.parametrize("key", ZONES)
def test_an_ordinary_day_has_no_daylight_saving_time(key):
    tz = ZoneInfo(key)
    unusual = []
    for day in _days(date(2025, 1, 1), date(2026, 12, 31)):
        problems = [c for c in CLOCKS if dst_problem(day, c, tz)]
        if ordinary_day(day, tz):
            # every half hour of the day: no warning, and no event starting then moves
            assert problems == [], (day, problems)
            assert all(gap_end(local_datetime(day, c, tz), local_datetime(day, c, tz) + timedelta(minutes=30))
                       is None for c in CLOCKS), day
        else:
            unusual.append(day)
        if problems:
            assert not ordinary_day(day, tz), day
    # the days found unusual are the change days (and, where a change falls at 24:00, the
    # day before it): two a year where the zone changes, none in UTC
    per_year = {year: sum(d.year == year for d in unusual) for year in (2025, 2026)}
    if key == "UTC":
        assert per_year == {2025: 0, 2026: 0}
    else:
        assert all(2 <= n <= 4 for n in per_year.values()), per_year


def test_the_known_change_days_of_new_york():
    tz = ZoneInfo("America/New_York")
    assert not ordinary_day(date(2026, 3, 8), tz)        # spring forward
    assert not ordinary_day(date(2026, 11, 1), tz)       # fall back
    assert ordinary_day(date(2026, 3, 7), tz) and ordinary_day(date(2026, 3, 9), tz)
    assert not ordinary_day(date.max, tz)                # nothing after it to compare with


def test_iso_text_is_isoformat_outside_and_inside_a_block():
    ny, la = ZoneInfo("America/New_York"), ZoneInfo("America/Los_Angeles")
    values = [datetime(2026, 8, 4, 18, 0, tzinfo=ny), datetime(2026, 8, 4, 15, 0, tzinfo=la),
              datetime(2026, 8, 4, 22, 0, tzinfo=timezone.utc), datetime(2026, 8, 4, 18, 0),
              datetime(2026, 11, 1, 1, 30, tzinfo=ny), datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=ny),
              date(2026, 8, 4)]
    # the first three are one instant (equal), the two 1:30s are equal too
    assert values[0] == values[1] == values[2] and values[4] == values[5]
    expected = ["2026-08-04T18:00:00-04:00", "2026-08-04T15:00:00-07:00", "2026-08-04T22:00:00+00:00",
                "2026-08-04T18:00:00", "2026-11-01T01:30:00-04:00", "2026-11-01T01:30:00-05:00",
                "2026-08-04"]
    assert [iso_text(v) for v in values] == expected
    with iso_texts_kept():
        assert [iso_text(v) for v in values] == expected
        assert [iso_text(v) for v in reversed(values)] == expected[::-1]     # asked again: kept
        with iso_texts_kept():                                                # nested: shared
            assert [iso_text(v) for v in values] == expected


def test_kept_texts_end_with_the_block_also_when_it_raises():
    ny = ZoneInfo("America/New_York")
    with pytest.raises(RuntimeError):
        with iso_texts_kept():
            iso_text(datetime(2026, 8, 4, 18, 0, tzinfo=ny))
            assert timeutil._iso_kept             # (one text kept)
            raise RuntimeError("a failed sync")
    assert timeutil._iso_kept is None
    assert iso_text(datetime(2026, 8, 4, 18, 0, tzinfo=ny)) == "2026-08-04T18:00:00-04:00"
