"""Feed filters, the feed window and the publisher's file writing."""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from public_feed.feedset import FeedSpec, all_specs, feed_key, known_types, select
from public_feed.ics import in_window, last_touched_day, series_last_day
from public_feed import release
from sheets_sync.model import CombinedEvent, Status, Visibility

NY = ZoneInfo("America/New_York")


def event(title, departments=("Fire",), event_type="", start=date(2025, 9, 6), rrule="", all_day=True):
    end = start + timedelta(days=1) if all_day else start + timedelta(hours=1)
    return CombinedEvent(title=title, start=start, end=end, all_day=all_day, departments=departments,
                         lead=departments[0], rows=(), visibility=Visibility.PUBLIC,
                         status=Status.SCHEDULED, event_type=event_type, rrule=rrule, uid=title)


def test_feed_key_is_canonical():
    assert feed_key(None, None, False) == ""
    assert feed_key("fire", "cpr-class", True) == "department=fire&type=cpr-class&joint=1"
    assert feed_key(None, "cpr-class", True) == "type=cpr-class&joint=1"


def test_spec_paths_and_files():
    fire = FeedSpec("Fire", "fire")
    assert (fire.file, fire.path) == ("public/departments/fire.ics", "/departments/fire.ics")
    assert FeedSpec(joint=True).path == "/joint.ics"
    assert FeedSpec(event_type="CPR Class", type_slug="cpr-class").file == "public/types/cpr-class.ics"
    combo = FeedSpec("Fire", "fire", "CPR Class", "cpr-class", True)
    assert combo.file == "public/feeds/department-fire.type-cpr-class.joint.ics"
    assert combo.path == "/calendar.ics?department=fire&type=cpr-class&joint=1"
    assert combo.label() == "Fire · CPR Class · Joint events"
    assert FeedSpec().name("City") == "City" and fire.name("City") == "Fire — City"


def test_spellings_of_one_type_are_one_feed():
    events = [event("a", event_type="CPR class"), event("b", event_type="CPR Class"),
              event("c", event_type="Bike Rodeo")]
    types = known_types(["CPR Class", "Town Hall"], events)
    assert types == {"cpr-class": "CPR Class", "town-hall": "Town Hall", "bike-rodeo": "Bike Rodeo"}
    spec = FeedSpec(event_type="CPR Class", type_slug="cpr-class")
    assert [e.title for e in select(events, spec)] == ["a", "b"]


def test_all_specs_cover_every_combination_once():
    specs = all_specs({"Fire": "fire", "Police": "police"}, {"cpr-class": "CPR Class"})
    assert len(specs) == 3 * 2 * 2 == len({s.key for s in specs}) == len({s.file for s in specs})
    assert [s.key for s in specs[:5]] == ["", "department=fire", "department=police", "type=cpr-class",
                                          "joint=1"]
    joint_fire = FeedSpec("Fire", "fire", joint=True)
    evs = [event("solo"), event("pair", ("Fire", "Police")), event("police", ("Police",))]
    assert [e.title for e in select(evs, joint_fire)] == ["pair"]


def test_window_keeps_series_that_still_have_occurrences():
    today = date(2025, 8, 15)
    old_open = event("open", start=date(2020, 1, 4), rrule="FREQ=WEEKLY")
    old_until = event("until", start=date(2020, 1, 4), rrule="FREQ=WEEKLY;UNTIL=20260101")
    old_done = event("done", start=date(2020, 1, 4), rrule="FREQ=WEEKLY;COUNT=5")
    timed = event("timed", start=datetime(2020, 1, 6, 18, tzinfo=NY), rrule="FREQ=MONTHLY;COUNT=100",
                  all_day=False)
    later = event("later", start=date(2030, 1, 1))
    kept = in_window([old_open, old_until, old_done, timed, later], today, past_days=30, future_days=400)
    assert [e.title for e in kept] == ["open", "until", "timed"]
    assert series_last_day(old_done) == date(2020, 2, 2)          # 5 Saturdays, all-day, inclusive end
    assert series_last_day(timed) == date(2028, 4, 6)
    assert series_last_day(old_open) is None


def test_publishing_keeps_unchanged_files_and_drops_stale_ones(tmp_path):
    """Each sync's files are one release: unchanged bytes keep their file (and mtime), a file
    the sync no longer builds is gone (public/feeds/b.ics), and so is anything put there by hand."""
    files = {"public/feeds/a.ics": b"A", "public/feeds/b.ics": b"B", "public/calendar.ics": b"C"}
    release.switch(tmp_path, release.stage(tmp_path, files))
    past = 1_000_000_000
    os.utime(tmp_path / "public/feeds/a.ics", (past, past))
    (tmp_path / "public/other.txt").write_text("not ours")
    release.switch(tmp_path, release.stage(tmp_path, {"public/feeds/a.ics": b"A", "public/calendar.ics": b"C2"}))
    assert (tmp_path / "public/feeds/a.ics").stat().st_mtime == past        # same bytes: the same file
    assert not (tmp_path / "public/feeds/b.ics").exists()                    # stale: gone
    assert (tmp_path / "public/calendar.ics").read_bytes() == b"C2"
    assert sorted(p.name for p in (tmp_path / "public").rglob("*")) == ["a.ics", "calendar.ics", "feeds"]


def test_window_starts_on_its_first_day_for_exclusive_ends():
    """An all-day event's end date and a timed end at midnight are exclusive (RFC 5545 §3.6.1):
    an event that took place only on the day before the window's first day is not published
    (found by v8: a one-day event on 2025-10-28 was published in a window from 2025-10-29)."""
    today = date(2025, 8, 15)
    first = today - timedelta(days=30)                   # 2025-07-16, the window's first day
    day_before = first - timedelta(days=1)

    def timed(title, start, end):
        return replace(event(title, start=start, all_day=False), end=end)
    cases = {
        "all-day, the day before": (event("a", start=day_before), False),
        "all-day, the first day": (event("b", start=first), True),
        "all-day over two days": (replace(event("c", start=day_before), end=first + timedelta(days=1)), True),
        "ends at midnight": (timed("d", datetime(2025, 7, 15, 22, tzinfo=NY), datetime(2025, 7, 16, tzinfo=NY)), False),
        "ends after midnight": (timed("e", datetime(2025, 7, 15, 23, tzinfo=NY), datetime(2025, 7, 16, 0, 30, tzinfo=NY)), True),
        "weekly, last on the day before": (event("f", start=day_before - timedelta(days=7), rrule="FREQ=WEEKLY;COUNT=2"), False),
        "weekly, last on the first day": (event("g", start=first - timedelta(days=7), rrule="FREQ=WEEKLY;COUNT=2"), True),
    }
    kept = {e.uid for e in in_window([e for e, _ in cases.values()], today, past_days=30, future_days=400)}
    assert {name: e.uid in kept for name, (e, _) in cases.items()} == {name: want for name, (_, want) in cases.items()}
    assert last_touched_day(cases["all-day over two days"][0]) == first
    assert last_touched_day(cases["weekly, last on the day before"][0]) == day_before
