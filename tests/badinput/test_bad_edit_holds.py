"""Issue 16: a known published event never disappears because of a bad edit. When a row of
an event the combined record already holds becomes invalid, the event stays published as it
last was (same UID, same SEQUENCE), and the Validation tab says the edit is not applied;
only deleting the row removes it."""
from __future__ import annotations

from datetime import datetime, timezone

import icalendar
import openpyxl

from sheets_sync.pipeline import run_sync

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility"]
NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
CPR = ["Hands-only CPR", "8/9/2025", "10am", "noon", "Station 1", "Public"]
NNO = ["National Night Out", "8/5/2025", "6pm", "8pm", "Walltown Park", "Public"]


def feed_events(config) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical((config.out_dir / "public/calendar.ics").read_bytes())
    return {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}


def validation(config) -> list[tuple]:
    wb = openpyxl.load_workbook(config.report_path)
    return [tuple(c.value for c in row) for row in wb["Validation"].iter_rows(min_row=2)]


def test_end_before_start_typo_keeps_the_event_as_it_was(config, make_workbook):
    make_workbook({"Police": [H, NNO, CPR]})
    run_sync(config, now=NOW)
    before = feed_events(config)["Hands-only CPR"]
    assert str(before.get("STATUS", "CONFIRMED")) != "CANCELLED"

    typo = [*CPR[:3], "9am", *CPR[4:]]                 # ends before it starts
    make_workbook({"Police": [H, NNO, typo]})
    s = run_sync(config, now=NOW.replace(hour=13))
    after = feed_events(config)["Hands-only CPR"]
    assert str(after["UID"]) == str(before["UID"])
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"])
    assert str(after.get("STATUS", "CONFIRMED")) != "CANCELLED"
    assert after.decoded("DTEND") == before.decoded("DTEND")       # still noon, not 9am
    assert s["removed"] == 0 and s["rows_rejected"] == 1
    lines = [v for v in validation(config) if v[1:3] == ("Police", 3)]
    assert any(v[0] == "error" and "before the start time" in v[5] for v in lines)
    held = [v for v in lines if "not applied" in v[5]]
    assert len(held) == 1
    assert "Hands-only CPR" in held[0][5] and "as it was at the last sync" in held[0][5]

    make_workbook({"Police": [H, NNO, [*CPR[:3], "1pm", *CPR[4:]]]})    # fixed: a normal update
    s = run_sync(config, now=NOW.replace(hour=14))
    fixed = feed_events(config)["Hands-only CPR"]
    assert str(fixed["UID"]) == str(before["UID"])
    assert int(fixed["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert fixed.decoded("DTEND").hour == 13
    assert s["updated"] == 1 and s["rows_rejected"] == 0
    assert not [v for v in validation(config) if "not applied" in str(v[5])]


def test_unreadable_date_keeps_the_event_and_deleting_the_row_removes_it(config, make_workbook):
    make_workbook({"Police": [H, NNO, CPR]})
    run_sync(config, now=NOW)
    uid = str(feed_events(config)["National Night Out"]["UID"])

    make_workbook({"Police": [H, ["National Night Out", "8/55/2025", *NNO[2:]], CPR]})
    s = run_sync(config, now=NOW.replace(hour=13))
    nno = feed_events(config)["National Night Out"]
    assert str(nno["UID"]) == uid and str(nno.get("STATUS", "CONFIRMED")) != "CANCELLED"
    assert s["removed"] == 0 and s["events"] == 2
    assert any(v[1:3] == ("Police", 2) and "not applied" in v[5] for v in validation(config))

    make_workbook({"Police": [H, CPR]})                 # the row deleted: now it is removed
    s = run_sync(config, now=NOW.replace(hour=14))
    assert s["removed"] == 1
    assert str(feed_events(config)["National Night Out"]["STATUS"]) == "CANCELLED"


def test_a_new_row_that_is_invalid_holds_nothing(config, make_workbook):
    make_workbook({"Police": [H, CPR]})
    run_sync(config, now=NOW)
    make_workbook({"Police": [H, CPR, ["Bad new row", "8/10/2025", "6pm", "5pm", "", "Public"]]})
    s = run_sync(config, now=NOW.replace(hour=13))
    assert s["rows_rejected"] == 1 and s["unchanged"] == 1 and s["created"] == 0
    assert not [v for v in validation(config) if "not applied" in str(v[5])]


FIRE_CPR = ["Hands-only CPR", "8/9/2025", "10am", "noon", "Station 1", "Public"]


def test_a_bad_row_of_a_merged_event_holds_the_whole_event(config, make_workbook):
    """The same CPR class logged by Police and Fire is one joint event. A typo in Fire's row
    (end before start) must not turn it into a Police-only event (gone from Fire's feed, no
    longer joint): it stays as it last was, and Fire's row gets a "not applied" line naming
    what stays published."""
    make_workbook({"Police": [H, NNO, CPR], "Fire": [H, FIRE_CPR]})
    s = run_sync(config, now=NOW)
    assert s["joint_events"] == 1
    before = feed_events(config)["Hands-only CPR"]
    fire_feed = config.out_dir / "public/departments/fire.ics"
    assert "Hands-only CPR" in fire_feed.read_text()

    typo = [*FIRE_CPR[:3], "9am", *FIRE_CPR[4:]]
    police_edit = [*CPR[:4], "Station 2", CPR[5]]     # a valid edit in the other tab waits too
    make_workbook({"Police": [H, NNO, police_edit], "Fire": [H, typo]})
    s = run_sync(config, now=NOW.replace(hour=13))
    after = feed_events(config)["Hands-only CPR"]
    assert str(after["UID"]) == str(before["UID"]) and int(after["SEQUENCE"]) == int(before["SEQUENCE"])
    assert str(after["LOCATION"]) == str(before["LOCATION"])
    assert s["joint_events"] == 1 and s["removed"] == 0 and s["rows_rejected"] == 1
    assert "Hands-only CPR" in fire_feed.read_text()
    held = [v for v in validation(config) if "not applied" in str(v[5])]
    assert [(v[0], v[1], v[2]) for v in held] == [("error", "Fire", 2)]
    assert "stays published as it was at the last sync" in held[0][5]
    assert "its rows Police!3 wait too" in held[0][5]

    make_workbook({"Police": [H, NNO, police_edit], "Fire": [H, police_edit]})    # fixed, moved
    s = run_sync(config, now=NOW.replace(hour=14))
    fixed = feed_events(config)["Hands-only CPR"]
    assert str(fixed["UID"]) == str(before["UID"]) and s["rows_rejected"] == 0
    assert not [v for v in validation(config) if "not applied" in str(v[5])]
    assert s["joint_events"] == 1 and s["updated"] == 1
    assert str(fixed["LOCATION"]).startswith("Station 2")


HI = ["Event ID", *H]
HYDRANT = ["F-7", "Hydrant flushing info night", "8/20/2025", "6pm", "7pm", "Station 3", "Public"]


def test_a_bad_row_of_a_merged_event_holds_after_a_row_is_inserted_above_it(config, make_workbook):
    """Staff add a row at the top of Fire's tab in the same edit that breaks Fire's row of the
    joint CPR class (found by v3 verification): the broken row is now a row lower, so its old
    position no longer names it. Its Event ID still does: the joint event stays as it last was
    (Fire kept, still joint, same SEQUENCE), and the unrelated event that now sits at the old
    row number is not claimed by the broken row."""
    make_workbook({"Police": [HI, ["P-1", *CPR]], "Fire": [HI, HYDRANT, ["F-9", *FIRE_CPR]]})
    s = run_sync(config, now=NOW)
    assert s["joint_events"] == 1
    before = feed_events(config)["Hands-only CPR"]
    assert set(map(str, before["CATEGORIES"].cats)) >= {"Police", "Fire"}

    typo = ["F-9", *FIRE_CPR[:1], "TBD", *FIRE_CPR[2:]]               # unreadable date
    new = ["F-1", "Station open house", "8/23/2025", "1pm", "3pm", "Station 1", "Public"]
    make_workbook({"Police": [HI, ["P-1", *CPR]], "Fire": [HI, new, HYDRANT, typo]})
    s = run_sync(config, now=NOW.replace(hour=13))
    after = feed_events(config)["Hands-only CPR"]
    assert str(after["UID"]) == str(before["UID"]) and int(after["SEQUENCE"]) == int(before["SEQUENCE"])
    assert set(map(str, after["CATEGORIES"].cats)) >= {"Police", "Fire"}
    assert s["joint_events"] == 1 and s["removed"] == 0 and s["updated"] == 0
    assert s["created"] == 1 and s["rows_rejected"] == 1
    held = [v for v in validation(config) if "not applied" in str(v[5])]
    assert [(v[1], v[2]) for v in held] == [("Fire", 4)]                # the row where it is now
    assert "Hands-only CPR" in held[0][5] and "Hydrant" not in held[0][5]
    assert "its rows Police!2 wait too" in held[0][5] and "Fire!" not in held[0][5]


def test_a_new_invalid_row_typed_where_a_deleted_one_was_holds_nothing(config, make_workbook):
    """Found by v3 verification: staff delete a row and type a new event (its own Event ID)
    in its place with a typo. The new row is not the deleted event's row, so the deleted event
    is removed (not held "as it was"), and no line claims the new row's edit is "not applied"
    to an event it never was."""
    make_workbook({"Police": [HI, ["P-1", *NNO], ["P-2", *CPR]]})
    run_sync(config, now=NOW)
    make_workbook({"Police": [HI, ["P-1", *NNO], ["P-9", "Bike rodeo", "Sept 31, 2025", "10am",
                                                     "noon", "Station 4", "Public"]]})
    s = run_sync(config, now=NOW.replace(hour=13))
    assert s["removed"] == 1 and s["rows_rejected"] == 1
    assert str(feed_events(config)["Hands-only CPR"]["STATUS"]) == "CANCELLED"
    assert not [v for v in validation(config) if "not applied" in str(v[5])]
    assert any(v[1:4] == ("Police", 3, "Start Date") for v in validation(config))
