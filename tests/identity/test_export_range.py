"""An export that no longer reaches back keeps its past events: they are carried, not removed.

Parks' Outlook export holds its October–December events; three are joint with a Police row
(two in October, one in November). The next export starts today (a scheduled "Save
calendar" with a date range), or is renamed to next year's file: its silence about the past
says nothing, so those past events stay as recorded — same UIDs, SEQUENCE, titles and
departments, so October keeps 2 joint events and November 1 — and a Validation warning names
the file and the date it now starts (a verifier's finding: the months had dropped to 0 with
no word, and the feed republished the events under the Police shifts' titles). A past event
deleted from inside the dates the export still covers is removed as before, and so is a
future one.

Real .xlsx and .ics files in tmp, a real SQLite record, real syncs, the clock pinned. The
expected values are written out by hand from the fixtures below.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import openpyxl

from sheets_sync.config import config_from_dict
from sheets_sync.export_range import covered_from
from sheets_sync.model import RawTab
from sheets_sync.pipeline import run_sync
from sheets_sync.record import stored_entries
from tests.conftest import base_config_dict, write_workbook
from tests.outlook_files import parks_export

NY = ZoneInfo("America/New_York")
TODAY = datetime(2026, 12, 4, 17, tzinfo=timezone.utc)        # 12:00 in New York


def _at(day: str, hour: int, minute: int = 0) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=NY)


#: (UID, title, start, end) of Parks' events, all at Switchyard Park
MOVIE = ("p1@parks", "Fall Movie Night", _at("2026-10-09", 19), _at("2026-10-09", 21))
HALLOWEEN = ("p2@parks", "Halloween Spooktacular", _at("2026-10-31", 17), _at("2026-10-31", 20))
WALK = ("p3@parks", "Veterans Day Walk", _at("2026-11-11", 10), _at("2026-11-11", 12))
TROT = ("p4@parks", "Turkey Trot 5K", _at("2026-11-26", 8), _at("2026-11-26", 11))
STROLL = ("d1@parks", "Holiday Lights Stroll", _at("2026-12-18", 18), _at("2026-12-18", 20))
COUNTDOWN = ("d2@parks", "New Year Noon Countdown", _at("2026-12-31", 11, 30), _at("2026-12-31", 12, 30))
CARNIVAL = ("n1@parks", "Winter Carnival", _at("2027-01-16", 12), _at("2027-01-16", 16))
PAST = (MOVIE, HALLOWEEN, WALK, TROT)
ALL_2026 = (*PAST, STROLL, COUNTDOWN)

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility"]
POLICE = [H,
          ["Police detail - movie night", "10/9/2026", "6:30 PM", "9:30 PM", "Switchyard Park", "Public"],
          ["Halloween patrol", "10/31/2026", "4:30 PM", "8:30 PM", "Switchyard Park", "Public"],
          ["Traffic control for Turkey Trot", "11/26/2026", "7:00 AM", "11:30 AM", "Switchyard Park", "Public"]]
JOINT = ("Fall Movie Night", "Halloween Spooktacular", "Turkey Trot 5K")


def _calendar(tmp_path, name: str, events) -> dict:
    return parks_export(tmp_path / name, events, datetime(2026, 9, 1, tzinfo=timezone.utc))


def _sync(tmp_path, files: dict[str, tuple], now=TODAY, allow_removals: bool = False):
    """``files``: file name → its events (each written, listed in source.calendars)."""
    write_workbook(tmp_path / "intake.xlsx", {"Police": POLICE})
    data = base_config_dict(tmp_path)
    data["source"]["calendars"] = [_calendar(tmp_path, name, events) for name, events in files.items()]
    data["feed"]["past_days"] = 400
    data["feed"]["future_days"] = 365
    config = config_from_dict(data, base_dir=tmp_path)
    return config, run_sync(config, now=now, allow_removals=allow_removals)


def _record(config) -> dict[str, object]:
    return {e.snapshot["title"]: e for e in stored_entries(config.record_path)}


def _validation(config, tab: str) -> list[dict]:
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    header, *rows = [tuple(r) for r in wb["Validation"].iter_rows(values_only=True)]
    wb.close()
    return [dict(zip(header, r)) for r in rows if r[header.index("Tab")] == tab]


def _feed(config) -> dict[str, tuple[str, str]]:
    """UID → (SUMMARY, STATUS) of the public feed."""
    cal = icalendar.Calendar.from_ical((config.out_dir / "public" / "calendar.ics").read_bytes())
    return {str(e["UID"]): (str(e["SUMMARY"]), str(e.get("STATUS", ""))) for e in cal.walk("VEVENT")}


def _first(tmp_path, name="parks.ics"):
    config, summary = _sync(tmp_path, {name: ALL_2026})
    assert summary["months"]["2026-10"] == {"events": 2, "joint_events": 2}
    assert summary["months"]["2026-11"] == {"events": 2, "joint_events": 1}
    before = _record(config)
    for title in JOINT:
        assert before[title].snapshot["departments"] == ["Parks and Recreation", "Police"]
    return config, before


def _kept(after: dict, before: dict, titles) -> None:
    for title in titles:
        a, b = after[title], before[title]
        assert (a.uid, a.sequence, a.hash, a.removed_at) == (b.uid, b.sequence, b.hash, None), title
        assert a.snapshot["departments"] == b.snapshot["departments"], title


def test_an_export_that_now_starts_today_keeps_past_joint_events(tmp_path):
    config, before = _first(tmp_path)
    # the next export starts today; Parks also deleted the Dec 18 stroll (a future event)
    config, summary = _sync(tmp_path, {"parks.ics": (COUNTDOWN, CARNIVAL)}, now=TODAY + timedelta(hours=1))
    assert summary["months"]["2026-10"] == {"events": 2, "joint_events": 2}
    assert summary["months"]["2026-11"] == {"events": 2, "joint_events": 1}
    assert (summary["created"], summary["removed"]) == (1, 1)          # the carnival; the stroll
    after = _record(config)
    _kept(after, before, [t for _, t, _, _ in PAST])
    assert after["Holiday Lights Stroll"].removed_at is not None       # a future event: removed
    feed = _feed(config)
    for _, title, _, _ in PAST:                                        # not the Police shifts' titles
        assert feed[before[title].uid] == (title, "CONFIRMED")
    assert feed[before["Holiday Lights Stroll"].uid] == ("Holiday Lights Stroll", "CANCELLED")
    (line,) = _validation(config, "parks.ics")
    assert line["Severity"] == "warning" and line["Value"] == "covers from 2026-12-04"
    assert ("the export no longer covers dates before December 4, 2026 (its earliest event, or today): "
            "its 4 past events from before then stay as the last sync") in line["Problem"]
    # and the next day, the same export: still kept, still said
    config, summary = _sync(tmp_path, {"parks.ics": (COUNTDOWN, CARNIVAL)}, now=TODAY + timedelta(days=1))
    assert (summary["created"], summary["removed"], summary["updated"]) == (0, 0, 0)
    _kept(_record(config), before, [t for _, t, _, _ in PAST])
    assert len(_validation(config, "parks.ics")) == 1


def test_a_past_event_deleted_inside_the_range_the_export_covers_is_removed(tmp_path):
    """The export now starts with Halloween (10/31): the movie night before it is carried; the
    Veterans Day Walk (11/11), missing from the dates the export still covers, is removed."""
    config, before = _first(tmp_path)
    config, summary = _sync(tmp_path, {"parks.ics": (HALLOWEEN, TROT, STROLL, COUNTDOWN)},
                            now=TODAY + timedelta(hours=1))
    assert summary["removed"] == 1
    assert summary["months"]["2026-10"] == {"events": 2, "joint_events": 2}
    after = _record(config)
    _kept(after, before, ["Fall Movie Night", "Halloween Spooktacular", "Turkey Trot 5K"])
    walk = after["Veterans Day Walk"]
    assert walk.uid == before["Veterans Day Walk"].uid and walk.removed_at is not None and walk.sequence == 1
    (line,) = _validation(config, "parks.ics")
    assert "no longer covers dates before October 31, 2026" in line["Problem"]
    assert "its 1 past event from before then stays" in line["Problem"]


def test_an_export_covering_its_whole_past_says_nothing(tmp_path):
    config, before = _first(tmp_path)
    config, summary = _sync(tmp_path, {"parks.ics": ALL_2026}, now=TODAY + timedelta(hours=1))
    assert (summary["created"], summary["removed"], summary["updated"]) == (0, 0, 0)
    assert _validation(config, "parks.ics") == []


def test_a_renamed_export_starting_later_keeps_past_joint_events(tmp_path):
    """parks-2026.ics → parks-2027.ics (its config entry too), holding December on: most of
    its events are the old file's, so it is followed, and the past stays under the new name."""
    config, before = _first(tmp_path, "parks-2026.ics")
    (tmp_path / "parks-2026.ics").unlink()
    config, summary = _sync(tmp_path, {"parks-2027.ics": (STROLL, COUNTDOWN, CARNIVAL)}, now=TODAY + timedelta(hours=1))
    assert summary["held_tabs"] == [] and summary["gone_sources"] == [] and summary["removed"] == 0
    assert summary["months"]["2026-10"] == {"events": 2, "joint_events": 2}
    assert summary["months"]["2026-11"] == {"events": 2, "joint_events": 1}
    _kept(_record(config), before, [t for _, t, _, _ in ALL_2026])
    (line,) = _validation(config, "parks-2027.ics")
    assert "its 4 past events from before then stay" in line["Problem"]


def test_a_replaced_yearly_export_says_how_to_keep_its_past(tmp_path):
    """Next year's file shares too little with the old one to be a rename: the old file is
    held (as before), and the line says how to keep its past; doing so keeps the past joint
    events, and the December events both files hold are one event each."""
    config, before = _first(tmp_path, "parks-2026.ics")
    (tmp_path / "parks-2026.ics").unlink()
    y2027 = tuple((f"n{i}@parks", f"Program {i}", _at("2027-02-01", 10) + timedelta(days=7 * i),
                   _at("2027-02-01", 12) + timedelta(days=7 * i)) for i in range(8))
    config, summary = _sync(tmp_path, {"parks-2027.ics": (STROLL, COUNTDOWN, *y2027)}, now=TODAY + timedelta(hours=1))
    assert summary["held_tabs"] == ["parks-2026.ics"] and summary["removed"] == 0
    (line,) = _validation(config, "parks-2026.ics")
    assert line["Severity"] == "error"
    assert ("if a new export replaces it (next year's file) and its past events should stay counted, put the "
            "old file back and keep its entry in source.calendars next to the new one's") in line["What to do"]
    # staff follow it: both files listed
    config, summary = _sync(tmp_path, {"parks-2026.ics": ALL_2026, "parks-2027.ics": (STROLL, COUNTDOWN, *y2027)},
                            now=TODAY + timedelta(hours=2))
    assert summary["held_tabs"] == [] and summary["removed"] == 0
    assert summary["months"]["2026-10"] == {"events": 2, "joint_events": 2}
    assert summary["months"]["2026-11"] == {"events": 2, "joint_events": 1}
    assert summary["months"]["2026-12"] == {"events": 2, "joint_events": 0}
    after = _record(config)
    _kept(after, before, [t for _, t, _, _ in PAST])
    assert after["Holiday Lights Stroll"].uid == before["Holiday Lights Stroll"].uid


def test_covered_from():
    header = ("Title", "Start Date")
    today = date(2026, 12, 4)
    tabs = [RawTab("a.ics", header, (("x", datetime(2026, 12, 18, 18)), ("y", date(2027, 1, 2)))),
            RawTab("b.ics", header, (("x", datetime(2026, 10, 31, 17)), ("y", datetime(2026, 11, 2, 9)))),
            RawTab("c.ics", header, (("x", date(2025, 10, 1)),)),
            RawTab("d.ics", header, ()),
            RawTab("Police", header, (("x", date(2026, 12, 1)),))]
    windows = dict.fromkeys(("a.ics", "b.ics", "c.ics", "d.ics"), date(2025, 10, 30))
    assert covered_from(tabs, windows, today) == {"a.ics": today, "b.ics": date(2026, 10, 31)}
