"""A calendar file's event keeps the identity of its own VEVENT UID, not of its place in the file.

A ``source.calendars`` export's rows are numbered in the order its events sort (by start), so
deleting one event in Outlook and adding another moves a new VEVENT into the deleted one's row
number. The file's UIDs say these are two events: the deleted one is published as cancelled
and the new one gets a new published UID (a verifier's finding: "Veterans Day Walk" turned
into "Winter Carnival" under the walk's UID). A VEVENT moved or retitled in Outlook keeps its
UID, and so its published UID, whatever row it lands on.

Real .xlsx and .ics files written in tmp, a real SQLite record, real syncs, the clock pinned.
Expected values are written out by hand from the fixtures below.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar

from sheets_sync.config import config_from_dict
from sheets_sync.identity import vevent_uid
from sheets_sync.pipeline import run_sync
from sheets_sync.record import stored_entries
from tests.conftest import base_config_dict, write_workbook
from tests.outlook_files import parks_export

NY = ZoneInfo("America/New_York")
D = datetime(2025, 10, 1, 12, tzinfo=timezone.utc)

#: (UID, title, start, end) of the Parks calendar's events (New York time), all at one park
WALK = ("a@outlook", "Veterans Day Walk", datetime(2025, 11, 11, 10, tzinfo=NY), datetime(2025, 11, 11, 12, tzinfo=NY))
STROLL = ("b@outlook", "Holiday Lights Stroll", datetime(2025, 12, 18, 18, tzinfo=NY),
          datetime(2025, 12, 18, 20, tzinfo=NY))
CARNIVAL = ("c@outlook", "Winter Carnival", datetime(2025, 12, 4, 12, tzinfo=NY), datetime(2025, 12, 4, 16, tzinfo=NY))


def _calendar(tmp_path, events, rrule: dict | None = None) -> dict:
    return parks_export(tmp_path / "parks.ics", events, datetime(2025, 9, 1, tzinfo=timezone.utc), rrule)


def _sync(tmp_path, events, now=D, rrule=None) -> dict:
    write_workbook(tmp_path / "intake.xlsx", {"Police": [["Title", "Start Date", "Start Time", "Visibility"]]})
    data = base_config_dict(tmp_path)
    data["source"]["calendars"] = [_calendar(tmp_path, events, rrule)]
    data["feed"]["past_days"] = 60
    data["feed"]["future_days"] = 365
    config = config_from_dict(data, base_dir=tmp_path)
    return config, run_sync(config, now=now)


def _record(config) -> list:
    return sorted(stored_entries(config.record_path), key=lambda e: (e.snapshot["start"], e.uid))


def _feed(config) -> dict[str, tuple[str, str, int]]:
    """The public feed: UID → (SUMMARY, STATUS, SEQUENCE)."""
    cal = icalendar.Calendar.from_ical((config.out_dir / "public" / "calendar.ics").read_bytes())
    return {str(e["UID"]): (str(e["SUMMARY"]), str(e.get("STATUS", "")), int(e.get("SEQUENCE", 0)))
            for e in cal.walk("VEVENT")}


def test_vevent_uid():
    assert vevent_uid("a@outlook") == "a@outlook"
    assert vevent_uid("s@x#2025-10-02T18:00:00-04:00") == "s@x"      # a series occurrence
    assert vevent_uid("s@x#2025-10-02") == "s@x"                      # an all-day one
    assert vevent_uid("nouid-0123456789abcdef") == ""                # no UID in the file
    assert vevent_uid("") == ""
    assert vevent_uid("odd#uid") == "odd#uid"                         # a '#' of the UID's own


def _uids(config) -> dict[str, str]:
    return {e.snapshot["title"]: e.uid for e in _record(config)}


def test_a_new_vevent_in_a_deleted_ones_row_is_a_new_event(tmp_path):
    config, _ = _sync(tmp_path, (WALK, STROLL))
    first = _uids(config)
    assert len(set(first.values())) == 2
    # Parks deletes the walk and adds the carnival, which sorts into the walk's row (parks.ics!2)
    config, summary = _sync(tmp_path, (STROLL, CARNIVAL), now=D + timedelta(days=1))
    assert (summary["created"], summary["removed"], summary["updated"]) == (1, 1, 0)
    after = {e.snapshot["title"]: e for e in _record(config)}
    walk, carnival, stroll = after["Veterans Day Walk"], after["Winter Carnival"], after["Holiday Lights Stroll"]
    assert walk.uid == first["Veterans Day Walk"] and walk.removed_at is not None and walk.sequence == 1
    assert carnival.uid not in first.values() and carnival.sequence == 0
    assert stroll.uid == first["Holiday Lights Stroll"] and stroll.sequence == 0
    assert _feed(config) == {walk.uid: ("Veterans Day Walk", "CANCELLED", 1),
                             carnival.uid: ("Winter Carnival", "CONFIRMED", 0),
                             stroll.uid: ("Holiday Lights Stroll", "CONFIRMED", 0)}


def test_a_new_vevent_one_field_from_a_deleted_one_is_a_new_event(tmp_path):
    """The same title and place on another day under another UID (next year's walk typed as a
    new Outlook event while this year's is deleted) is another event, not this one moved."""
    config, _ = _sync(tmp_path, (WALK, STROLL))
    first = _uids(config)
    next_walk = ("d@outlook", "Veterans Day Walk", WALK[2] + timedelta(days=7), WALK[3] + timedelta(days=7))
    config, summary = _sync(tmp_path, (next_walk, STROLL), now=D + timedelta(days=1))
    assert (summary["created"], summary["removed"]) == (1, 1)
    walks = {e.snapshot["start"][:10]: e for e in _record(config) if e.snapshot["title"] == "Veterans Day Walk"}
    assert walks["2025-11-11"].uid == first["Veterans Day Walk"] and walks["2025-11-11"].removed_at is not None
    assert walks["2025-11-18"].uid not in first.values() and walks["2025-11-18"].removed_at is None


def test_a_vevent_moved_or_retitled_in_outlook_keeps_its_uid(tmp_path):
    config, _ = _sync(tmp_path, (WALK, STROLL, CARNIVAL))
    first = _uids(config)
    moved = (WALK[0], WALK[1], datetime(2025, 12, 20, 10, tzinfo=NY), datetime(2025, 12, 20, 12, tzinfo=NY))
    retitled = (CARNIVAL[0], "Holiday Winter Carnival", *CARNIVAL[2:])
    config, summary = _sync(tmp_path, (moved, STROLL, retitled), now=D + timedelta(days=1))
    assert (summary["created"], summary["removed"], summary["updated"]) == (0, 0, 2)
    assert _uids(config) == {"Veterans Day Walk": first["Veterans Day Walk"],
                             "Holiday Lights Stroll": first["Holiday Lights Stroll"],
                             "Holiday Winter Carnival": first["Winter Carnival"]}


def test_a_series_moved_to_another_hour_keeps_its_uids(tmp_path):
    """Every occurrence's key (its original start) changes when the series' DTSTART does; the
    occurrences are still the one VEVENT's, so each keeps its published UID (one field apart)."""
    series = ("s@outlook", "Saturday Park Walk", datetime(2025, 10, 4, 9, tzinfo=NY), datetime(2025, 10, 4, 10, tzinfo=NY))
    rule = {"s@outlook": {"freq": "weekly", "count": 3}}
    config, _ = _sync(tmp_path, (series,), rrule=rule)
    first = [(e.snapshot["start"][:10], e.uid) for e in _record(config)]
    assert [d for d, _ in first] == ["2025-10-04", "2025-10-11", "2025-10-18"]
    later = (series[0], series[1], series[2] + timedelta(hours=1), series[3] + timedelta(hours=1))
    config, summary = _sync(tmp_path, (later,), now=D + timedelta(days=1), rrule=rule)
    assert (summary["created"], summary["removed"], summary["updated"]) == (0, 0, 3)
    assert [(e.snapshot["start"][:10], e.uid) for e in _record(config)] == first
    assert {e.snapshot["start"][11:16] for e in _record(config)} == {"10:00"}


def test_a_record_written_before_rows_kept_their_uid(tmp_path):
    """A record whose contents have no ``uid`` (written by an earlier version) still knows each
    event's calendar UID from its keys: the carnival does not take the deleted walk's UID."""
    config, _ = _sync(tmp_path, (WALK, STROLL))
    first = _uids(config)
    db = sqlite3.connect(config.record_path)
    for uid, text in db.execute("SELECT uid, contents FROM events").fetchall():
        contents = json.loads(text)
        assert all(c.pop("uid") for c in contents)           # as an earlier version wrote them
        db.execute("UPDATE events SET contents = ? WHERE uid = ?", (json.dumps(contents), uid))
    db.commit()
    db.close()
    config, summary = _sync(tmp_path, (STROLL, CARNIVAL), now=D + timedelta(days=1))
    assert (summary["created"], summary["removed"], summary["updated"]) == (1, 1, 0)
    after = _uids(config)
    assert after["Winter Carnival"] not in first.values()
    assert after["Holiday Lights Stroll"] == first["Holiday Lights Stroll"]
