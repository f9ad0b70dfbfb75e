"""Past calendar events are carried, not removed, once they age out of the read window.

A ``source.calendars`` file is read only inside the feed window (today − ``feed.past_days`` …
today + ``feed.future_days``). An event an earlier sync recorded from it whose occurrence lies
wholly before the window's first day is carried forward exactly as the record has it
(:func:`sheets_sync.identity.carried`): same UID, SEQUENCE, fields, departments and joint
status — so past months' joint counts do not shrink — whether the file still holds it or an
AutoArchive cleared it. Inside the window, an event deleted from the file is still removed.

Real .xlsx (openpyxl), real .ics files (icalendar) written in tmp, a real SQLite record, the
clock pinned. The expected values (UIDs, months, counts) are written out by hand from the
fixtures below, not taken from the code under test.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import openpyxl

from sheets_sync.config import config_from_dict
from sheets_sync.pipeline import run_sync
from sheets_sync.record import stored_entries
from tests.conftest import base_config_dict, write_workbook

NY = ZoneInfo("America/New_York")
D = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
PAST_DAYS = 60
#: D + past_days + 30: the read window now starts on 2025-08-31, after every August event
LATER = D + timedelta(days=PAST_DAYS + 30)

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Description", "Visibility"]
POLICE = [H,
          ["National Night Out", "8/20/2025", "6pm", "8pm", "Central Park", "Block party", "Public"],
          ["Bike Patrol Demo", "8/6/2025", "10am", "11am", "City Hall", "Bikes", "Public"]]

#: (UID, title, start, end, place, description) of the Fire calendar's events (New York time)
NNO = ("nno-2025@fire.example", "National Night Out", datetime(2025, 8, 20, 18, tzinfo=NY),
       datetime(2025, 8, 20, 20, tzinfo=NY), "Central Park", "Block party")
DRILL = ("drill-0812@fire.example", "Fire Drill", datetime(2025, 8, 12, 14, tzinfo=NY),
         datetime(2025, 8, 12, 15, tzinfo=NY), "Station 1", "Monthly drill")
HYDRANT = ("hydrant@fire.example", "Hydrant Check", datetime(2025, 8, 25, 9, tzinfo=NY),
           datetime(2025, 8, 25, 11, tzinfo=NY), "Main St", "Flushing")
SMOKE = ("smoke@fire.example", "Smoke Alarm Day", datetime(2025, 11, 10, 10, tzinfo=NY),
         datetime(2025, 11, 10, 14, tzinfo=NY), "Station 2", "Free alarms")
TALK = ("talk@fire.example", "Winter Safety Talk", datetime(2025, 11, 15, 18, tzinfo=NY),
        datetime(2025, 11, 15, 19, tzinfo=NY), "Library", "Heaters")
AUGUST = (NNO, DRILL, HYDRANT)


def _write_calendar(tmp_path, events) -> dict:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//test//calendar aging//EN")
    cal.add("version", "2.0")
    for uid, title, start, end, place, description in events:
        ev = icalendar.Event()
        ev.add("uid", uid)
        ev.add("dtstamp", datetime(2025, 7, 1, tzinfo=timezone.utc))
        ev.add("summary", title)
        ev.add("dtstart", start)
        ev.add("dtend", end)
        ev.add("location", place)
        ev.add("description", description)
        cal.add_component(ev)
    (tmp_path / "fire.ics").write_bytes(cal.to_ical())
    return {"file": str(tmp_path / "fire.ics"), "department": "Fire", "visibility": "Public"}


def _config(tmp_path, calendars):
    data = base_config_dict(tmp_path)
    data["source"]["calendars"] = list(calendars)
    data["feed"]["past_days"] = PAST_DAYS
    data["feed"]["future_days"] = 365
    return config_from_dict(data, base_dir=tmp_path)


def _tab(config, title: str) -> list[tuple]:
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    rows = [tuple(r) for r in wb[title].iter_rows(values_only=True)]
    wb.close()
    return rows


def _combined(config) -> dict[str, dict]:
    """Combined Events tab: Title → the row as a dict."""
    header, *rows = _tab(config, "Combined Events")
    return {r[1]: dict(zip(header, r)) for r in rows}


def _monthly_joint(config) -> dict[str, int]:
    header, *rows = _tab(config, "Metrics - Monthly")
    month, joint = header.index("Month"), header.index("Joint Events")
    return {r[month]: r[joint] for r in rows if r[month]}


def _entries(config) -> dict[str, object]:
    """The record's entries by their snapshot's title."""
    return {e.snapshot["title"]: e for e in stored_entries(config.record_path)}


#: the events before the read window at LATER (and the Police tab's own event, read as ever)
CARRIED = ("National Night Out", "Fire Drill", "Hydrant Check", "Bike Patrol Demo")


def _same_but_calendar_rows(after: dict, before: dict) -> bool:
    """The same entries (UID, SEQUENCE, hash, published fields), but for the row numbers of
    the calendar's events still read: a calendar's rows are numbered in the order its read
    yields them, so those after the events that left the window move up (as before)."""
    def key(e):
        snapshot = {k: v for k, v in e.snapshot.items() if k != "sources"}
        return e.uid, e.sequence, e.hash, e.keys, e.removed_at, snapshot, [
            {k: v for k, v in c.items() if k != "row"} for c in e.contents]
    return {t: key(e) for t, e in after.items()} == {t: key(e) for t, e in before.items()}


def _without_sources(combined: dict, *leave_out: str) -> dict:
    return {t: {k: v for k, v in r.items() if k != "Sources"} for t, r in combined.items() if t not in leave_out}


def _feed_summaries(config) -> list[str]:
    cal = icalendar.Calendar.from_ical((config.out_dir / "public" / "calendar.ics").read_bytes())
    return sorted(str(e["SUMMARY"]) for e in cal.walk("VEVENT"))


def _first_sync(tmp_path, events=(*AUGUST, SMOKE, TALK)):
    write_workbook(tmp_path / "intake.xlsx", {"Police": POLICE})
    config = _config(tmp_path, [_write_calendar(tmp_path, events)])
    summary = run_sync(config, now=D)
    return config, summary


def test_first_sync_merges_the_joint_event(tmp_path):
    config, summary = _first_sync(tmp_path)
    combined = _combined(config)
    nno = combined["National Night Out"]
    # the two rows tie on length: the lead is the first by department name (merge.default_order)
    assert (nno["Departments"], nno["Joint"]) == ("Fire, Police", "yes")
    assert nno["Merged Because"]                     # the Police row and the calendar's merged
    assert summary["months"]["2025-08"] == {"events": 4, "joint_events": 1}
    assert summary["months"]["2025-11"] == {"events": 2, "joint_events": 0}


def test_aged_out_calendar_events_are_carried_unchanged(tmp_path):
    config, first = _first_sync(tmp_path)
    entries, combined, monthly = _entries(config), _combined(config), _monthly_joint(config)
    assert monthly["2025-08"] == 1
    # the same files, 90 days later: August is before the read window (2025-08-31 on)
    summary = run_sync(_config(tmp_path, [_write_calendar(tmp_path, (*AUGUST, SMOKE, TALK))]), now=LATER)
    assert (summary["created"], summary["updated"], summary["removed"]) == (0, 0, 0)
    assert summary["unchanged"] == 6 and summary["held_tabs"] == []
    assert summary["months"]["2025-08"] == {"events": 4, "joint_events": 1}
    assert summary["months"] == first["months"]
    assert _monthly_joint(config)["2025-08"] == 1
    after = _entries(config)
    for title in CARRIED:                            # UIDs, SEQUENCE, hashes, snapshots, rows
        assert after[title] == entries[title]
        assert after[title].removed_at is None and after[title].sequence == 0
    assert after["National Night Out"].snapshot["departments"] == ["Fire", "Police"]
    assert _same_but_calendar_rows(after, entries)
    now_combined = _combined(config)
    for title in CARRIED:
        assert now_combined[title] == combined[title]    # every cell, Merged Because included
    assert _without_sources(now_combined) == _without_sources(combined)
    # the feed still publishes only its window: no August event, none cancelled
    assert _feed_summaries(config) == ["Smoke Alarm Day", "Winter Safety Talk"]
    assert b"STATUS:CANCELLED" not in (config.out_dir / "public" / "calendar.ics").read_bytes()
    # and again the next day: still carried, nothing moves
    summary = run_sync(_config(tmp_path, [_write_calendar(tmp_path, (*AUGUST, SMOKE, TALK))]),
                       now=LATER + timedelta(days=1))
    assert (summary["updated"], summary["removed"]) == (0, 0) and _entries(config) == after


def test_archived_past_events_stay_and_a_deleted_window_event_is_removed(tmp_path):
    """AutoArchive clears August from the export, and staff delete one November event."""
    config, first = _first_sync(tmp_path)
    entries, combined = _entries(config), _combined(config)
    summary = run_sync(_config(tmp_path, [_write_calendar(tmp_path, (TALK,))]), now=LATER)
    assert (summary["removed"], summary["updated"], summary["unchanged"]) == (1, 0, 5)
    assert summary["months"]["2025-08"] == {"events": 4, "joint_events": 1}
    assert summary["months"]["2025-11"] == {"events": 1, "joint_events": 0}
    after = _entries(config)
    for title in CARRIED:
        assert after[title] == entries[title]
    assert _same_but_calendar_rows({t: e for t, e in after.items() if t != "Smoke Alarm Day"},
                                   {t: e for t, e in entries.items() if t != "Smoke Alarm Day"})
    smoke = after["Smoke Alarm Day"]
    assert smoke.uid == entries["Smoke Alarm Day"].uid and smoke.removed_at == LATER
    assert smoke.sequence == 1                       # published as cancelled
    now_combined = _combined(config)
    assert now_combined["Smoke Alarm Day"]["Status"] == "Removed from sheet"
    for title in CARRIED:
        assert now_combined[title] == combined[title]
    assert _without_sources(now_combined, "Smoke Alarm Day") == _without_sources(combined, "Smoke Alarm Day")
    assert _feed_summaries(config) == ["Smoke Alarm Day", "Winter Safety Talk"]
    feed = icalendar.Calendar.from_ical((config.out_dir / "public" / "calendar.ics").read_bytes())
    assert {str(e["SUMMARY"]): str(e.get("STATUS", "")) for e in feed.walk("VEVENT")}["Smoke Alarm Day"] == "CANCELLED"


def test_a_calendar_left_with_only_past_events_is_not_held(tmp_path):
    """Every event of the file is before the window now (the file still holds them): the
    calendar has no row this time, yet nothing it gave is lost, so the guard holds nothing.
    One warning says the file holds events and none in the window (a new city's check: last
    year's export had read as nothing with no word); no error."""
    config, first = _first_sync(tmp_path, AUGUST)
    entries = _entries(config)
    summary = run_sync(_config(tmp_path, [_write_calendar(tmp_path, AUGUST)]), now=LATER)
    assert summary["held_tabs"] == [] and summary["gone_sources"] == []
    assert (summary["removed"], summary["updated"]) == (0, 0)
    assert _entries(config) == entries
    header, *rows = _tab(config, "Validation")
    lines = [dict(zip(header, r)) for r in rows if r[header.index("Tab")] == "fire.ics"]
    assert [(v["Severity"], v["Row"], v["Column"]) for v in lines] == [("warning", 1, "(calendar)")]
    assert lines[0]["Problem"].startswith("the file holds ") and "none was read" in lines[0]["Problem"]


def test_a_look_alike_new_event_does_not_take_over_a_carried_one(tmp_path):
    """The next monthly drill, a new UID with the same title, place and description (one core
    field apart), is a new event: the carried August drill keeps its UID and its month."""
    config, _ = _first_sync(tmp_path)
    entries = _entries(config)
    september = ("drill-1112@fire.example", "Fire Drill", datetime(2025, 11, 12, 14, tzinfo=NY),
                 datetime(2025, 11, 12, 15, tzinfo=NY), "Station 1", "Monthly drill")
    summary = run_sync(_config(tmp_path, [_write_calendar(tmp_path, (*AUGUST, SMOKE, TALK, september))]),
                       now=LATER)
    assert (summary["created"], summary["removed"], summary["updated"]) == (1, 0, 0)
    drills = [e for e in stored_entries(config.record_path) if e.snapshot["title"] == "Fire Drill"]
    old = entries["Fire Drill"]
    assert len(drills) == 2 and old in drills
    assert {e.snapshot["start"][:10] for e in drills} == {"2025-08-12", "2025-11-12"}
    assert summary["months"]["2025-08"]["events"] == 4


def test_a_calendar_taken_out_of_config_has_its_past_events_removed(tmp_path):
    """Not configured any more: nothing is carried; its past events are removed as before (the
    guard holds only a gone calendar with events in the window), and the joint event keeps
    only the Police row's department."""
    config, _ = _first_sync(tmp_path, AUGUST)
    entries = _entries(config)
    summary = run_sync(_config(tmp_path, []), now=LATER)
    assert summary["held_tabs"] == [] and summary["gone_sources"] == []
    assert (summary["removed"], summary["updated"]) == (2, 1)
    after = _entries(config)
    assert after["Fire Drill"].removed_at == LATER and after["Hydrant Check"].removed_at == LATER
    nno = after["National Night Out"]
    assert nno.uid == entries["National Night Out"].uid and nno.snapshot["departments"] == ["Police"]
    assert summary["months"]["2025-08"]["joint_events"] == 0


def test_the_window_edge_an_event_ending_at_the_first_days_midnight_is_carried(tmp_path):
    """The read window of LATER starts on 2025-08-31 (city time). An event ending at 00:00 that
    day does not take place on it (a timed end at local midnight is exclusive): carried. One
    ending at 00:30 that day is read, so deleting it removes it. (The export still holds an
    event on the window's first day, so it still covers that day: an export whose earliest
    event is later is taken as no longer covering the dates before it, whose past events are
    carried too — tests/identity/test_export_range.py.)"""
    first_day = date(2025, 8, 31)
    assert (LATER.astimezone(NY).date() - timedelta(days=PAST_DAYS)) == first_day
    to_midnight = ("late@fire.example", "Late Shift", datetime(2025, 8, 30, 22, tzinfo=NY),
                   datetime(2025, 8, 31, 0, tzinfo=NY), "Station 3", "Night")
    past_midnight = ("later@fire.example", "Later Shift", datetime(2025, 8, 30, 23, tzinfo=NY),
                     datetime(2025, 8, 31, 0, 30, tzinfo=NY), "Station 4", "Night")
    open_house = ("open@fire.example", "Open House", datetime(2025, 8, 31, 10, tzinfo=NY),
                  datetime(2025, 8, 31, 12, tzinfo=NY), "Station 1", "Tours")
    config, _ = _first_sync(tmp_path, (to_midnight, past_midnight, open_house, TALK))
    entries = _entries(config)
    summary = run_sync(_config(tmp_path, [_write_calendar(tmp_path, (open_house, TALK))]), now=LATER)
    after = _entries(config)
    assert after["Late Shift"] == entries["Late Shift"]
    assert after["Later Shift"].removed_at == LATER
    assert summary["removed"] == 1


def test_an_emptied_calendar_is_still_held_for_an_event_the_window_still_reads(tmp_path):
    """A three-day event from 2025-08-30 to 2025-09-02 overlaps the window of LATER (it starts
    on 2025-08-31), so the calendar still reads it: an export that comes back empty would
    remove it, and the guard holds the file (only events wholly before the window are
    carried)."""
    camp = ("camp@fire.example", "Fire Camp", datetime(2025, 8, 30, 9, tzinfo=NY),
            datetime(2025, 9, 2, 17, tzinfo=NY), "Camp Site", "Cadets")
    config, _ = _first_sync(tmp_path, (camp, DRILL))
    entries = _entries(config)
    summary = run_sync(_config(tmp_path, [_write_calendar(tmp_path, ())]), now=LATER)
    assert summary["held_tabs"] == ["fire.ics"] and summary["removed"] == 0
    assert _entries(config) == entries
    header, *rows = _tab(config, "Validation")
    (line,) = [r for r in rows if r[header.index("Tab")] == "fire.ics"]
    assert "its 1 published event stays as it was" in line[header.index("Problem")]


def test_the_rule_carried(tmp_path):
    from dataclasses import replace

    from sheets_sync.identity import carried
    config, _ = _first_sync(tmp_path)
    entries = _entries(config)
    windows = {"fire.ics": date(2025, 8, 31)}
    nno, drill, smoke, bike = (entries[t] for t in ("National Night Out", "Fire Drill", "Smoke Alarm Day",
                                                       "Bike Patrol Demo"))
    assert carried(nno, windows) and carried(drill, windows)
    assert carried(nno, windows, {"Police"})              # continued by its Police row only
    assert not carried(nno, windows, {"Police", "fire.ics"})   # the calendar still gives it
    assert not carried(drill, {})                          # the calendar is not configured
    assert not carried(drill, {"fire.ics": date(2025, 8, 12)})   # its day is the window's first
    assert carried(drill, {"fire.ics": date(2025, 8, 13)})
    assert not carried(smoke, windows)                     # inside the window
    assert not carried(bike, windows)                      # a workbook row: read every time
    assert not carried(replace(drill, removed_at=D), windows)   # removed before: stays removed


def test_an_edit_to_the_workbook_row_of_a_carried_joint_event_waits(tmp_path):
    """The Police row of the August joint event is edited (one field) after its calendar part
    aged out: the row still continues the carried event (no second, Police-only event in
    August), which stays exactly as it was — joint, same SEQUENCE — as a held tab's would."""
    config, first = _first_sync(tmp_path)
    entries = _entries(config)
    edited = [H, ["National Night Out", "8/20/2025", "6pm", "8pm", "Central Park", "Block party, games", "Public"],
              POLICE[2]]
    write_workbook(tmp_path / "intake.xlsx", {"Police": edited})
    summary = run_sync(_config(tmp_path, [_write_calendar(tmp_path, (*AUGUST, SMOKE, TALK))]), now=LATER)
    assert (summary["created"], summary["updated"], summary["removed"]) == (0, 0, 0)
    assert summary["months"]["2025-08"] == {"events": 4, "joint_events": 1}
    assert _entries(config)["National Night Out"] == entries["National Night Out"]


def test_an_accepted_offer_on_a_carried_calendar_event_stays_counted_without_a_warning(tmp_path):
    """Police accepted to help at the Fire calendar's Hydrant Check (an Assistance Offers row
    naming its UID): joint by the offer. Once the event is carried, the offer is still counted
    (the month keeps both joint events), the Combined Events row is unchanged and the offer row
    gets no Validation line."""
    config, _ = _first_sync(tmp_path)
    uid = _entries(config)["Hydrant Check"].uid
    offers = [["Event UID or Event ID", "Offering Department", "What We Can Bring", "Status"],
              [uid, "Police", "Traffic control", "Accepted"]]
    write_workbook(tmp_path / "intake.xlsx", {"Police": POLICE, "Assistance Offers": offers})
    summary = run_sync(_config(tmp_path, [_write_calendar(tmp_path, (*AUGUST, SMOKE, TALK))]),
                       now=D + timedelta(days=1))
    assert summary["months"]["2025-08"] == {"events": 4, "joint_events": 2}
    entries, combined = _entries(config), _combined(config)
    assert combined["Hydrant Check"]["Partners by Accepted Offer"] == "Police"
    assert combined["Hydrant Check"]["Departments"] == "Fire, Police"
    summary = run_sync(_config(tmp_path, [_write_calendar(tmp_path, (*AUGUST, SMOKE, TALK))]), now=LATER)
    assert summary["months"]["2025-08"] == {"events": 4, "joint_events": 2}
    assert (summary["updated"], summary["removed"]) == (0, 0)
    assert _entries(config)["Hydrant Check"] == entries["Hydrant Check"]
    assert _combined(config)["Hydrant Check"] == combined["Hydrant Check"]
    header, *rows = _tab(config, "Validation")
    assert [r for r in rows if r[header.index("Tab")] == "Assistance Offers"] == []


def test_a_new_offer_on_a_carried_event_is_not_counted_and_says_why(tmp_path):
    config, first = _first_sync(tmp_path)
    entries = _entries(config)
    offers = [["Event UID or Event ID", "Offering Department", "What We Can Bring", "Status"],
              [entries["Fire Drill"].uid, "Police", "Cones", "Accepted"]]
    write_workbook(tmp_path / "intake.xlsx", {"Police": POLICE, "Assistance Offers": offers})
    summary = run_sync(_config(tmp_path, [_write_calendar(tmp_path, (*AUGUST, SMOKE, TALK))]), now=LATER)
    assert summary["months"]["2025-08"] == first["months"]["2025-08"]
    assert _entries(config)["Fire Drill"] == entries["Fire Drill"]
    header, *rows = _tab(config, "Validation")
    (line,) = [dict(zip(header, r)) for r in rows if r[header.index("Tab")] == "Assistance Offers"]
    assert line["Severity"] == "warning"
    assert "'Fire Drill' is before its calendar's read window" in line["Problem"]


def test_a_carried_event_whose_record_kept_no_reasons_still_says_what_merged(tmp_path):
    """A fresh verifier: an old record (written before it kept merge reasons) showed a blank
    Merged Because for a carried joint event until the event was saved again. The report now
    names the rows the record says were merged, and that their reasons were not recorded."""
    import json
    import sqlite3
    config, _ = _first_sync(tmp_path)
    db = sqlite3.connect(config.record_path)
    (text,) = db.execute("SELECT snapshot FROM events WHERE title = 'National Night Out'").fetchone()
    snapshot = json.loads(text)
    assert snapshot.pop("evidence")                  # as a record written before reasons were kept
    db.execute("UPDATE events SET snapshot = ? WHERE title = 'National Night Out'",
               (json.dumps(snapshot, sort_keys=True),))
    db.commit()
    db.close()
    run_sync(_config(tmp_path, [_write_calendar(tmp_path, (*AUGUST, SMOKE, TALK))]), now=LATER)
    nno = _combined(config)["National Night Out"]
    assert nno["Sources"] == "fire.ics!3, Police!2"   # the rows the record kept (the tab's 2nd row)
    assert nno["Merged Because"] == "fire.ics!3 + Police!2: merged at an earlier sync (the reasons were not recorded)"
    assert _combined(config)["Fire Drill"]["Merged Because"] is None     # one row: nothing merged


def _renamed_calendar(tmp_path, events, name: str) -> dict:
    """The export written under a new file name (``fire.ics`` → ``name``), the old one gone."""
    entry = _write_calendar(tmp_path, events)
    (tmp_path / "fire.ics").rename(tmp_path / name)
    return {**entry, "file": str(tmp_path / name)}


def test_a_renamed_calendar_file_keeps_its_carried_events(tmp_path):
    """Staff rename the export (and its config entry) after August aged out: the past events
    are still carried — same UIDs and SEQUENCE, August still 4 events and 1 joint — on the
    sync that sees the rename and on every later one (the record relabels them)."""
    config, first = _first_sync(tmp_path)
    before = _entries(config)
    run_sync(config, now=LATER)
    renamed = _config(tmp_path, [_renamed_calendar(tmp_path, (*AUGUST, SMOKE, TALK), "fire-2027.ics")])
    for days in (1, 2, 3):
        summary = run_sync(renamed, now=LATER + timedelta(days=days))
        assert (summary["created"], summary["updated"], summary["removed"]) == (0, 0, 0), days
        assert summary["held_tabs"] == [] and summary["gone_sources"] == []
        assert summary["months"]["2025-08"] == {"events": 4, "joint_events": 1}
        after = _entries(renamed)
        assert {t: (e.uid, e.sequence, e.removed_at) for t, e in after.items()} == \
            {t: (e.uid, e.sequence, None) for t, e in before.items()}
    # every calendar row is now recorded under the new file name
    assert {t for e in after.values() for t in e.tabs} == {"Police", "fire-2027.ics"}
    assert after["National Night Out"].snapshot["departments"] == ["Fire", "Police"]
    assert _feed_summaries(renamed) == ["Smoke Alarm Day", "Winter Safety Talk"]
    assert b"STATUS:CANCELLED" not in (renamed.out_dir / "public" / "calendar.ics").read_bytes()


def test_another_calendar_is_not_taken_for_a_renamed_one(tmp_path):
    """The old file's events are not in the new one (another export of Fire's, no UID in
    common): the old calendar was taken out of the config, and with events still in the read
    window it is held as a gone source ("A source that comes back empty"), not followed."""
    config, _ = _first_sync(tmp_path)
    run_sync(config, now=LATER)
    other = ("other@fire.example", "Open House", datetime(2025, 11, 20, 10, tzinfo=NY),
             datetime(2025, 11, 20, 12, tzinfo=NY), "Station 3", "Tours")
    summary = run_sync(_config(tmp_path, [_renamed_calendar(tmp_path, (other,), "fire-other.ics")]),
                       now=LATER + timedelta(days=1))
    assert summary["gone_sources"] == ["fire.ics"] and summary["held_tabs"] == ["fire.ics"]
    assert summary["created"] == 1 and summary["removed"] == 0
    assert {t for e in _entries(config).values() for t in e.tabs} == {"Police", "fire.ics", "fire-other.ics"}

