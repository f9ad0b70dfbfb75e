"""Issue 17 (p17m): the published-files stage's cheaper paths give the bytes the plain ones
gave — a feed's size from its head and its cached VEVENTs' lengths (``ics.feed_size``), an
over-bound feed measured once (``publish._bounded``), open-data rows from a cell list
(``opendata.export_cells``)."""
from __future__ import annotations

import csv
import io
import random
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from public_feed.feedsize import bounded_feed
from public_feed.ics import FeedInfo, Spans, build_feed, feed_size
from public_feed.publish import _bounded
from reports.opendata import FIELDS, export_cells, export_row, open_data_files
from tests.unit.test_published_stage_speed import _events

NY = ZoneInfo("America/New_York")
INFO = FeedInfo("Speed", "All — a feed", "-//speed//EN", "America/New_York", 60, "https://speed.test/calendar.ics")


def _mixed(n: int, seed: int):
    """Timed events over 2025–2026, some all-day, some weekly series (bounded and open)."""
    rng = random.Random(seed)
    out = []
    for e in _events(n, seed):
        kind = rng.random()
        if kind < 0.2:
            day = e.start.date()
            e = replace(e, all_day=True, start=day, end=day + timedelta(days=rng.randint(1, 3)))
        elif kind < 0.3:
            e = replace(e, rrule="FREQ=WEEKLY;COUNT=30")
        elif kind < 0.35:
            e = replace(e, rrule="FREQ=MONTHLY")                 # no end: 10 years of VTIMEZONE
        out.append(e)
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_feed_size_is_the_built_feeds_length(seed):
    events = _mixed(120, seed)
    cache: dict[str, bytes] = {}
    build_feed(events, INFO, cache)                               # every VEVENT cached
    rng = random.Random(seed)
    subsets = [events, [], [e for e in events if e.all_day], *(rng.sample(events, k) for k in (1, 2, 7, 60))]
    for chosen in subsets:
        assert feed_size(chosen, INFO, cache, Spans()) == len(build_feed(chosen, INFO, cache))
    with pytest.raises(KeyError):
        feed_size(events, INFO, {})


@pytest.mark.parametrize("bound", [10**9, 90_000, 40_000, 1_500])   # under; trims; trims most; all past out
def test_bounded_feed_measured_once_equals_the_rebuilding_one(bound):
    events = sorted(_mixed(300, seed=9), key=lambda e: (e.start_date, e.uid))
    today = date(2025, 9, 1)
    plain_cache: dict[str, bytes] = {}
    expected = bounded_feed(events, today, lambda chosen: build_feed(chosen, INFO, plain_cache),
                            lambda e: len(plain_cache[e.uid]), bound)    # builds every candidate
    cache: dict[str, bytes] = {}
    data, left_out = _bounded(events, INFO, cache, lambda e: "", today, bound, Spans())
    assert data == expected[0] and [e.uid for e in left_out] == [e.uid for e in expected[1]]
    assert (len(left_out) > 0) == (bound < 10**9)                 # the bounds really trim
    assert cache == plain_cache


def test_open_data_cells_are_the_rows_columns_in_order():
    departments = [("Fire", "fire"), ("Police", "police"), ("Library", "library")]
    events = _mixed(80, seed=4)
    events[0] = replace(events[0], title="=HYPERLINK(\"http://evil.example\")", location="-5",
                        start=datetime(2025, 3, 9, 1, 30, 5, tzinfo=NY), end=datetime(2025, 3, 9, 3, 45, tzinfo=NY))
    names = [f[0] for f in FIELDS] + ["dept_fire", "dept_police", "dept_library"]
    for e in events:
        row = export_row(e, NY, "America/New_York", ("Fire", "Police"), departments)
        assert list(row) == names
        assert export_cells(e, NY, "America/New_York", ("Fire", "Police"), departments) == list(row.values())
    files = open_data_files(events, tz=NY, timezone_name="America/New_York", core=("Fire", "Police"),
                            site_title="Speed", base_url="https://speed.test", departments=departments)
    rows = list(csv.DictReader(io.StringIO(files["public/open-data/combined-events.csv"].decode(), newline="")))
    assert len(rows) == 80
    first = next(r for r in rows if r["uid"] == events[0].uid)
    # written independently: strftime of the local times; the formula-like title made inert
    assert (first["start_date"], first["start_time"]) == ("2025-03-09", "01:30:05")
    assert (first["end_date"], first["end_time"]) == ("2025-03-09", "03:45:00")
    assert first["title"] == "'=HYPERLINK(\"http://evil.example\")" and first["location"] == "-5"
    for r, e in ((r, next(e for e in events if e.uid == r["uid"])) for r in rows):
        if not e.all_day:
            local = e.start.astimezone(NY)
            assert r["start_time"] == local.strftime("%H:%M:%S") and r["start_date"] == local.date().isoformat()
        assert r["dept_fire"] == ("true" if "Fire" in e.departments else "false")
        assert r["last_modified"] == e.last_modified.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_feed_last_modified_is_the_newest_converted_instant():
    from public_feed.ics import feed_last_modified
    base = _events(30, seed=6)
    stamps = [datetime(2025, 5, 1, 12, 0, 0, 900_000, tzinfo=NY),              # 16:00:00.9Z
              datetime(2025, 5, 1, 16, 0, 0, 100_000, tzinfo=timezone.utc),    # same second
              datetime(2025, 5, 1, 15, 59, 59, tzinfo=timezone(timedelta(hours=-1))),   # 16:59:59Z
              None]
    events = [replace(e, last_modified=stamps[i % len(stamps)]) for i, e in enumerate(base)]
    expected = datetime(2025, 5, 1, 16, 59, 59, tzinfo=timezone.utc)            # worked by hand
    assert feed_last_modified(events) == expected and feed_last_modified(iter(events)) == expected
    assert feed_last_modified([]) is None
    assert feed_last_modified([events[3]]) == datetime(2000, 1, 1, tzinfo=timezone.utc)   # none → the epoch
    assert feed_last_modified(events[:2]) == datetime(2025, 5, 1, 16, 0, 0, tzinfo=timezone.utc)
    naive = replace(base[0], last_modified=datetime(2030, 1, 1))   # a naive value: compared converted
    assert feed_last_modified([*events, naive]) == datetime(2030, 1, 1).astimezone(timezone.utc).replace(microsecond=0)


def test_the_vevent_cache_key_is_unchanged_by_the_faster_field_read():
    """The key is a SHA-256 of the serialiser's tag and the ``repr`` of every field but rows,
    evidence and extra, plus the URL: worked out here field by field, so a store written by
    an older sync is still found, and any field's change still changes the key."""
    import hashlib
    from dataclasses import fields

    from public_feed import vcache
    events = _mixed(20, seed=8)
    for e in events:
        values = tuple(getattr(e, f.name) for f in fields(e) if f.name not in ("rows", "evidence", "extra"))
        url = f"https://speed.test/events/{e.uid}"
        expected = hashlib.sha256(vcache._serialiser_tag() + repr((values, url)).encode()).hexdigest()
        assert vcache.event_key(e, url) == expected
    e = events[0]
    assert vcache.event_key(replace(e, location="Elsewhere"), "u") != vcache.event_key(e, "u")
    assert vcache.event_key(replace(e, extra={"note": "not serialised"}), "u") == vcache.event_key(e, "u")
