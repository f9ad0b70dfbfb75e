"""Every reported figure comes from one measures table (issue 13).

- Every metric cell of every ``Metrics - …`` tab equals its drill-down lines, on the sample
  and both development sets (the walk is generic: a new metric tab or column is checked too).
- ``sync --json`` months and quarters equal the tabs.
- The counting policy: an internal-only joint meeting is internal joint work, not a joint
  community event; ``metrics.count_internal_joint`` counts it; rows that disagree about
  Visibility get a warning saying what is published and what is counted.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone

import icalendar
import openpyxl
import pytest

from reports.measures import event_uid
from sheets_sync.config import config_from_dict, load_config
from sheets_sync.pipeline import run_sync
from tests.conftest import ROOT, base_config_dict
from tests.e2e.cycle_helpers import H, r, tab_rows

DATA = ROOT / "tests" / "data"
NOT_COUNTS = {"Target"}          # the only number on a metric tab that is not a count of events


def _sample(tmp):
    config = load_config(ROOT / "config.yaml")
    return config.model_copy(update={"output": config.output.model_copy(update={"dir": tmp / "out"})})


def _dev(tmp):
    data = base_config_dict(tmp)
    data["source"]["workbook"] = str(DATA / "dedupe_dev" / "intake.xlsx")
    return config_from_dict(data, base_dir=tmp)


def _dev2(tmp):
    data = base_config_dict(tmp)
    data["source"]["workbook"] = str(DATA / "dedupe_dev2" / "intake.xlsx")
    data["source"]["calendars"] = [{"file": str(DATA / "dedupe_dev2" / "em_outlook.ics"),
                                    "department": "Emergency Management", "visibility": "Public",
                                    "event_type": "Safety Education"}]
    return config_from_dict(data, base_dir=tmp)


CASES = {"sample": (_sample, datetime(2025, 9, 15, 14, tzinfo=timezone.utc)),
         "dedupe_dev": (_dev, datetime(2025, 6, 15, 14, tzinfo=timezone.utc)),
         "dedupe_dev2": (_dev2, datetime(2025, 7, 1, 12, tzinfo=timezone.utc))}


@pytest.fixture(scope="module", params=sorted(CASES))
def synced(request, tmp_path_factory):
    make, now = CASES[request.param]
    config = make(tmp_path_factory.mktemp(request.param))
    return request.param, config, run_sync(config, now=now)


def test_every_metric_cell_of_every_tab_equals_its_drilldown_rows(synced):
    name, config, _ = synced
    checked, nonzero = walk_every_metric_cell(config.report_path, name)
    assert checked > 60 and nonzero > 20, (checked, nonzero)


def walk_every_metric_cell(report, name: str = "") -> tuple[int, int]:
    """Every count on every ``Metrics - …`` tab == its drill-down lines; (cells, non-zero cells)."""
    wb = openpyxl.load_workbook(report, read_only=True)
    _, *drill = list(wb["Metrics - Drill-down"].iter_rows(values_only=True))
    lines = defaultdict(list)
    for tab, label, column, value, uid, *_ in drill:
        lines[(tab, label, column)].append((value, uid))
    combined = {row[0] for row in wb["Combined Events"].iter_rows(min_row=2, values_only=True)}
    metric_tabs = [t for t in wb.sheetnames if t.startswith("Metrics - ") and t != "Metrics - Drill-down"]
    assert len(metric_tabs) >= 4
    checked, nonzero, cells = 0, 0, set()
    for tab in metric_tabs:
        header, *rows = list(wb[tab].iter_rows(values_only=True))
        for row in rows:
            for column, value in zip(header[1:], row[1:]):
                # (a number, whole or not: the report stores every number as an Excel double, 3.0; p17i)
                if column in NOT_COUNTS or isinstance(value, bool) or not isinstance(value, (int, float)):
                    continue
                found = lines.get((tab, row[0], column), [])
                assert len(found) == value, (name, tab, row[0], column)
                assert all(v == value and event_uid(uid) in combined for v, uid in found), (tab, row[0], column)
                assert len({uid for _, uid in found}) == value            # no event counted twice
                cells.add((tab, row[0], column))
                checked += 1
                nonzero += value > 0
    assert set(lines) <= cells          # every drill-down line belongs to a cell of a tab
    return checked, nonzero


def test_sync_json_months_and_quarters_equal_the_tabs(synced):
    _, config, summary = synced
    monthly = tab_rows(config.report_path, "Metrics - Monthly")
    got = {row[0]: dict(zip(monthly[0], row)) for row in monthly[1:]}
    assert {m: (v["events"], v["joint_events"]) for m, v in summary["months"].items()} == {
        m: (v["Events"], v["Joint Events"]) for m, v in got.items()}
    assert summary["joint_events"] == sum(v["Joint Events"] for v in got.values())
    assert summary["internal_joint_work"] == sum(v["Internal Joint Work"] for v in got.values())
    quarterly = tab_rows(config.report_path, "Metrics - Quarterly")
    q = {row[0]: dict(zip(quarterly[0], row)) for row in quarterly[1:]}
    assert {k: v["all_department_events"] for k, v in summary["fiscal_quarters"].items()} == {
        k: v["All-Department Events"] for k, v in q.items()}


# --- the counting policy, on a hand-counted workbook ------------------------------------------

NOW = datetime(2025, 9, 20, 12, tzinfo=timezone.utc)


def _policy_workbook() -> dict[str, list[list]]:
    """September 2025, by hand: 4 events (not cancelled), of which
    - Block Party (Police+Fire, Public): a joint community event;
    - Quarterly Joint Events Planning Meeting (Police+Fire+Parks, Internal): internal joint work;
    - Smoke Alarm Blitz (Fire alone, Public): neither;
    - Joint Drill, logged by Police (Public) and by Fire (Internal): joint, counted (not every
      row is Internal) and published from Police's row alone, with a Visibility warning on the
      Fire row (Fire!3).
    Cancelled Town Hall (Police+Parks, Public) is counted nowhere.
    """
    return {"Police": [H,
                       r(title="Block Party", start_date="9/6/2025", start_time="6pm", location="Walltown Park",
                         partner_departments="Fire", visibility="Public"),
                       r(title="Quarterly Joint Events Planning Meeting", start_date="9/9/2025",
                         start_time="2pm", location="City Hall", partner_departments="Fire; Parks",
                         visibility="Internal"),
                       r(title="Joint Drill", start_date="9/24/2025", start_time="9am", location="Station 4",
                         visibility="Public"),
                       r(title="Town Hall", start_date="9/25/2025", start_time="7pm", location="Library",
                         partner_departments="Parks", visibility="Public", status="Cancelled")],
            "Fire": [H,
                     r(title="Smoke Alarm Blitz", start_date="9/13/2025", start_time="9am", location="Walltown",
                       visibility="Public"),
                     r(title="Joint Drill", start_date="9/24/2025", start_time="9am", location="Station 4",
                       visibility="Internal")]}


def _policy_sync(tmp_path, make_workbook, count_internal_joint=None):
    make_workbook(_policy_workbook())
    data = base_config_dict(tmp_path)
    if count_internal_joint is not None:
        data["metrics"] = {"count_internal_joint": count_internal_joint}
    config = config_from_dict(data, base_dir=tmp_path)
    summary = run_sync(config, now=NOW)
    monthly = tab_rows(config.report_path, "Metrics - Monthly")
    return config, summary, dict(zip(monthly[0], monthly[1]))


def test_internal_only_joint_meeting_is_internal_joint_work_not_a_joint_event(tmp_path, make_workbook):
    config, s, september = _policy_sync(tmp_path, make_workbook)
    assert september["Month"] == "2025-09"
    assert (september["Events"], september["Joint Events"], september["Internal Joint Work"]) == (4, 2, 1)
    combined = {row[1]: row[0] for row in tab_rows(config.report_path, "Combined Events")[1:]}
    meeting = combined["Quarterly Joint Events Planning Meeting"]
    assert meeting not in september["Joint Event UIDs"]
    drill = tab_rows(config.report_path, "Metrics - Drill-down")
    assert [(row[2], row[5]) for row in drill if row[4] == meeting and row[0] == "Metrics - Monthly"] == [
        ("Events", "Quarterly Joint Events Planning Meeting"),
        ("Internal Joint Work", "Quarterly Joint Events Planning Meeting")]
    quality = dict(tab_rows(config.report_path, "Data Quality")[1:])
    assert quality["Joint events"] == 2 and quality["Internal joint work"] == 1
    assert "are not joint community events" in quality["Counting policy"]
    assert s["joint_events"] == 2 and s["internal_joint_work"] == 1


def test_the_policy_switch_counts_internal_joint_work(tmp_path, make_workbook):
    _, s, september = _policy_sync(tmp_path, make_workbook, count_internal_joint=True)
    assert (september["Events"], september["Joint Events"], september["Internal Joint Work"]) == (4, 3, 1)
    assert s["joint_events"] == 3


def test_rows_disagreeing_about_visibility_get_a_warning(tmp_path, make_workbook):
    config, _, _ = _policy_sync(tmp_path, make_workbook)
    validation = tab_rows(config.report_path, "Validation")
    found = [row for row in validation[1:] if row[3] == "Visibility" and "disagree" in (row[5] or "")]
    assert [(row[0], row[1], row[2], row[4]) for row in found] == [("warning", "Fire", 3, "Internal")]
    assert "Police!4 says Public" in found[0][5]
    assert "published from the Public rows only" in found[0][5]
    assert "counted as a joint community event" in found[0][5]
    cal = icalendar.Calendar.from_ical((config.out_dir / "public/calendar.ics").read_bytes())
    shown = {str(v["SUMMARY"]): v["CATEGORIES"].to_ical() for v in cal.walk("VEVENT")}
    assert shown["Joint Drill"] == b"Police" and "Block Party" in " ".join(shown)   # nothing of Fire's row


# --- a series counts once per session ---------------------------------------------------------

SERIES_H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Partner Departments", "Visibility",
            "Repeats"]


def test_a_series_counts_once_a_session_in_each_sessions_month(tmp_path, make_workbook):
    """A fresh verifier's finding: Police's weekly "Coffee with a Cop" with Community Safety, 13
    sessions from September to November, counted one joint event, in September; October and
    November showed none. By hand (Wednesdays of 2026): Sep 2, 9, 16, 23, 30; Oct 7, 21, 28
    (Oct 14 excepted); Nov 4, 11, 18, 25 — 5, 3 and 4 joint sessions. Fire's monthly "Senior
    Safety Chat" with Parks has no end: it counts through the last month the sheet plans
    (December, the Parks coat drive), on Sep 1, Oct 1, Nov 1 and Dec 1."""
    make_workbook({
        "Police": [SERIES_H, ["Coffee with a Cop", "9/2/2026", "8am", "9am", "Cocoa Cinnamon", "Community Safety",
                              "Public", "weekly until 11/25/2026 except 10/14/2026"]],
        "Fire": [SERIES_H, ["Senior Safety Chat", "9/1/2026", "2pm", "3pm", "Station 4", "Parks", "Public",
                            "monthly"]],
        "Parks and Recreation": [SERIES_H, ["Winter Coat Drive", "12/12/2026", "10am", "2pm", "Walltown Park", "",
                                            "Public", ""]]})
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    summary = run_sync(config, now=datetime(2026, 8, 20, 12, tzinfo=timezone.utc))
    monthly = tab_rows(config.report_path, "Metrics - Monthly")
    got = {row[0]: dict(zip(monthly[0], row)) for row in monthly[1:]}
    assert {m: (v["Events"], v["Joint Events"]) for m, v in got.items()} == {
        "2026-09": (6, 6), "2026-10": (4, 4), "2026-11": (5, 5), "2026-12": (2, 1)}
    assert summary["joint_events"] == 16
    assert summary["joint_from_columns"] + summary["joint_from_merging"] == 16
    drill = [row for row in tab_rows(config.report_path, "Metrics - Drill-down")[1:]
             if row[0] == "Metrics - Monthly" and row[1] == "2026-10" and row[2] == "Joint Events"]
    coffee = sorted((row[4][-10:], row[6]) for row in drill if row[5] == "Coffee with a Cop")
    assert coffee == [("2026-10-07", "2026-10-07 08:00"), ("2026-10-21", "2026-10-21 08:00"),
                      ("2026-10-28", "2026-10-28 08:00")]
    walk_every_metric_cell(config.report_path)


def test_a_class_typed_a_row_a_week_with_weekly_in_every_row_counts_its_typed_sessions(tmp_path, make_workbook):
    """v45's first build: each Tuesday of Parks' Tai Chi typed as a row, "Weekly (Tue)" copied
    into every Repeats cell, Community Safety at the 10/20 class. Each row had been a series
    with no end: November and December showed Tai Chi every Tuesday, never typed. By hand
    (Tuesdays of Oct 2026: 6, 13, 20, 27): October 4 events, 1 joint; November none;
    December Fire's toy drive alone. Two rows a week apart (Police's Coffee with a Cop) stay
    one series, and the warning speaks of one tab's rows, not of two departments."""
    make_workbook({
        "Parks and Recreation": [SERIES_H] + [["Tai Chi in the Park", f"10/{d}/2026", "9am", "10am",
                                               "Greystone Park Pavilion", "", "Public", "Weekly (Tue)"]
                                              for d in (6, 13, 20, 27)],
        "Community Safety": [SERIES_H, ["Tai Chi in the Park", "10/20/2026", "9am", "10am", "Greystone Park Pavilion",
                                        "", "Public", ""]],
        "Police": [SERIES_H, *[["Coffee with a Cop", f"12/{d}/2026", "8am", "9am", "Cocoa Cinnamon", "", "Public",
                                "weekly until 12/23/2026"] for d in (2, 9)]],
        "Fire": [SERIES_H, ["Holiday Toy Drive", "12/28/2026", "10am", "2pm", "Northgate Mall", "", "Public", ""]]})
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    summary = run_sync(config, now=datetime(2026, 9, 20, 12, tzinfo=timezone.utc))
    assert {m: (v["events"], v["joint_events"]) for m, v in summary["months"].items()} == {
        "2026-10": (4, 1), "2026-11": (0, 0), "2026-12": (5, 0)}    # Dec: Coffee 2, 9, 16, 23; the drive
    flagged = [row for row in tab_rows(config.report_path, "Validation")[1:] if row[3] == "Repeats"]
    assert [(row[1], row[2]) for row in flagged] == [("Parks and Recreation", 2), ("Police", 3)]
    assert "rows 3, 4, 5 of this tab are the sessions" in flagged[0][5]
    assert "clear its Repeats cell" in flagged[1][6] and "both departments" not in flagged[1][6]


def test_a_rain_date_is_published_but_not_counted(tmp_path, make_workbook):
    """Bloomington's Parks calendar carries "Touch a Truck" and "Touch a Truck (Rain Date)" a
    week apart; Fire copied both: two joint events for one (a fresh verifier's finding). The
    rain date is published, not counted, and its rows say so; an event naming its rain date
    ("Movie in the Park (rain date 6/12)") is the event itself and counts."""
    h = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility"]
    make_workbook({
        "Parks and Recreation": [h, ["Touch a Truck", "5/16/2026", "10am", "12pm", "Switchyard Park", "Public"],
                                 ["Touch a Truck (Rain Date)", "5/23/2026", "10am", "12pm", "Switchyard Park", "Public"],
                                 ["Movie in the Park (rain date 6/12)", "6/5/2026", "8pm", "10pm", "Bryan Park",
                                  "Public"]],
        "Fire": [h, ["Touch a Truck - Engine 1", "5/16/2026", "10am", "12pm", "Switchyard Park", "Public"],
                 ["Touch a Truck - Engine 1 (rain date)", "5/23/2026", "10am", "12pm", "Switchyard Park", "Public"],
                 ["Movie in the Park", "6/5/2026", "8pm", "10pm", "Bryan Park", "Public"]]})
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    summary = run_sync(config, now=datetime(2026, 5, 1, 12, tzinfo=timezone.utc))
    assert {m: (v["events"], v["joint_events"]) for m, v in summary["months"].items()} == {
        "2026-05": (1, 1), "2026-06": (1, 1)}
    warned = [(row[1], row[2]) for row in tab_rows(config.report_path, "Validation")[1:]
              if row[3] == "Title" and "reads as the rain date" in (row[5] or "")]
    assert sorted(warned) == [("Fire", 3), ("Parks and Recreation", 3)]
    cal = icalendar.Calendar.from_ical((config.out_dir / "public/calendar.ics").read_bytes())
    assert "Touch a Truck (Rain Date)" in {str(v["SUMMARY"]) for v in cal.walk("VEVENT")}


def test_a_rain_date_that_is_held_counts(tmp_path, make_workbook):
    """A third verifier's finding: the rain date of an event that was rained out, or moved onto
    it, was left out too. Held, it counts: Sep — "Touch a Truck - RAINED OUT" (Cancelled) on the
    6th and its rain date with Fire's ladder truck on the 13th: one joint event; Oct — Parks moved
    "Harvest Festival" to its rain date (its row retitled, Fire's row still on the 4th, merged as
    a moved event): one joint event."""
    h = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility", "Description", "Status"]
    make_workbook({
        "Parks and Recreation": [h, ["Touch a Truck - RAINED OUT", "9/6/2026", "10am", "12pm", "Switchyard Park",
                                     "Public", "", ""],
                                 ["Touch a Truck (Rain Date)", "9/13/2026", "10am", "12pm", "Switchyard Park",
                                  "Public", "", ""],
                                 ["Harvest Festival (RAIN DATE)", "10/11/2026", "11am", "4pm", "Bryan Park", "Public",
                                  "originally 10/4 - rained out", ""]],
        "Fire": [h, ["Touch a Truck", "9/6/2026", "10am", "12pm", "Switchyard Park", "Public", "", "Cancelled"],
                 ["Ladder truck display - Touch a Truck", "9/13/2026", "10am", "12pm", "Switchyard Park", "Public", "",
                  ""],
                 ["Harvest Festival", "10/4/2026", "11am", "4pm", "Bryan Park", "Public", "", ""]]})
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    first = run_sync(config, now=datetime(2026, 8, 1, 12, tzinfo=timezone.utc))
    assert first["months"]["2026-09"]["joint_events"] == 1
    assert first["months"]["2026-10"]["joint_events"] == 1
    assert not [row for row in tab_rows(config.report_path, "Validation")[1:] if "rain date" in (row[5] or "")]


def test_a_partners_drop_by_on_a_series_first_session_makes_that_session_joint_only(tmp_path, make_workbook):
    """A second verifier's finding: Fire's "Engine 7 drop-by at Coffee with a Cop" on the
    weekly series' first Tuesday merged with the series row, and every one of its 13 sessions
    counted joint. By hand (Tuesdays of 2026): Sep 1, 8, 15, 22, 29; Oct 6, 13, 20, 27; Nov 3,
    10, 17, 24 — Police's; Fire takes part on Sep 1 only. An endless daily series is counted
    no further than the feed window (800 days after the sync), however far away another row is."""
    make_workbook({
        "Police": [SERIES_H, ["Coffee with a Cop", "9/1/2026", "8am", "9am", "Cocoa Cinnamon", "", "Public",
                              "weekly until 11/24/2026"]],
        "Fire": [SERIES_H, ["Engine 7 drop-by at Coffee with a Cop", "9/1/2026", "8:30am", "9am", "Cocoa Cinnamon",
                            "", "Public", ""]]})
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    summary = run_sync(config, now=datetime(2026, 8, 20, 12, tzinfo=timezone.utc))
    assert {m: (v["events"], v["joint_events"]) for m, v in summary["months"].items()} == {
        "2026-09": (5, 1), "2026-10": (4, 0), "2026-11": (4, 0)}
    combined = tab_rows(config.report_path, "Combined Events")
    joint = dict(zip(combined[0], combined[1]))["Joint"]
    assert joint == "yes"                        # the tab agrees with the figure that counts it


TUESDAYS = ["9/1/2026", "9/8/2026", "9/15/2026", "9/22/2026", "9/29/2026", "10/6/2026", "10/13/2026",
            "10/20/2026", "10/27/2026"]     # every Tuesday from 9/1 to 10/27/2026, by a 2026 calendar


def _yoga_vevents(config) -> list:
    cal = icalendar.Calendar.from_ical((config.out_dir / "public/calendar.ics").read_bytes())
    return [v for v in cal.walk("VEVENT") if str(v["SUMMARY"]) == "Daytime Yoga"]


def test_a_series_beside_a_partners_row_for_each_session_is_joint_every_week(tmp_path, make_workbook):
    """A fresh verifier's finding (s36): Community Safety logs "Daytime Yoga" once, weekly until
    10/27; Parks types each Tuesday as a row of its own. Blocking compares first sessions, so
    only 9/1 merged: September counted 1 joint event instead of 5, October none instead of 4,
    and calendars showed eight sessions twice. By hand: September's 5 Tuesdays and October's 4,
    each held by both. The calendar holds one VEVENT, with Community Safety's rule."""
    make_workbook({
        "Community Safety": [SERIES_H, ["Daytime Yoga", "9/1/2026", "11am", "12pm", "Edison Johnson Recreation Center",
                                        "", "Public", "weekly until 10/27/2026"]],
        "Parks and Recreation": [SERIES_H] + [["Daytime Yoga", day, "11am", "12pm", "Edison Johnson Recreation Center",
                                               "", "Public", ""] for day in TUESDAYS]})
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    summary = run_sync(config, now=datetime(2026, 8, 20, 12, tzinfo=timezone.utc))
    assert {m: (v["events"], v["joint_events"]) for m, v in summary["months"].items()} == {
        "2026-09": (5, 5), "2026-10": (4, 4)}
    (yoga,) = _yoga_vevents(config)
    assert "RRULE" in yoga and yoga["DTSTART"].dt.date().isoformat() == "2026-09-01"
    warned = [row for row in tab_rows(config.report_path, "Validation")[1:] if "twice" in (row[5] or "")]
    assert warned == []


def test_a_calendar_files_expanded_series_with_a_called_off_session_beside_a_workbook_series(tmp_path, make_workbook):
    """A fresh verifier's case (v22 I5): Parks' calendar export holds "Daytime Yoga" with a
    weekly RRULE (expanded into one row per occurrence) and a one-off "Daytime Yoga CANCELLED"
    on 9/15; Community Safety logs the series once in the workbook. By hand: every Tuesday
    9/1–10/27 is held by Community Safety; Parks takes part in each but 9/15 — September 5
    sessions, 4 joint; October 4, all joint (before: 1 joint in September, none in October)."""
    make_workbook({
        "Community Safety": [SERIES_H, ["Daytime Yoga", "9/1/2026", "11am", "12pm", "Edison Johnson Recreation Center",
                                        "", "Public", "weekly until 10/27/2026"]]})
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//parks//EN",
        "BEGIN:VEVENT", "UID:yoga@parks.example", "DTSTAMP:20260801T000000Z",
        "DTSTART;TZID=America/New_York:20260901T110000", "DTEND;TZID=America/New_York:20260901T120000",
        "RRULE:FREQ=WEEKLY;UNTIL=20261028T035959Z", "SUMMARY:Daytime Yoga",
        "LOCATION:Edison Johnson Recreation Center", "END:VEVENT",
        "BEGIN:VEVENT", "UID:yoga-off@parks.example", "DTSTAMP:20260801T000000Z",
        "DTSTART;TZID=America/New_York:20260915T110000", "DTEND;TZID=America/New_York:20260915T120000",
        "SUMMARY:Daytime Yoga CANCELLED", "LOCATION:Edison Johnson Recreation Center", "END:VEVENT",
        "END:VCALENDAR", ""])
    (tmp_path / "parks.ics").write_text(ics, encoding="utf-8")
    data = base_config_dict(tmp_path)
    data["source"]["calendars"] = [{"file": str(tmp_path / "parks.ics"), "department": "Parks and Recreation",
                                    "visibility": "Public"}]
    config = config_from_dict(data, base_dir=tmp_path)
    summary = run_sync(config, now=datetime(2026, 8, 20, 12, tzinfo=timezone.utc))
    assert {m: (v["events"], v["joint_events"]) for m, v in summary["months"].items()} == {
        "2026-09": (5, 4), "2026-10": (4, 4)}
    assert len([v for v in _yoga_vevents(config) if "RRULE" in v]) == 1


def test_a_departments_cancelled_row_on_a_series_first_session_leaves_it_there(tmp_path, make_workbook):
    """A fresh verifier's case (v22 S1): Police and Community Safety each log "Coffee with a Cop"
    weekly until 9/29; Community Safety's "Coffee with a Cop CANCELLED" on 9/1, the first
    session, merged with the series and 9/1 still counted joint. By hand: five Tuesdays in
    September, all held by Police, four (not 9/1) by Community Safety too."""
    make_workbook({
        "Police": [SERIES_H, ["Coffee with a Cop", "9/1/2026", "8am", "9am", "Cocoa Cinnamon", "", "Public",
                              "weekly until 9/29/2026"]],
        "Community Safety": [SERIES_H, ["Coffee with a Cop", "9/1/2026", "8am", "9am", "Cocoa Cinnamon", "", "Public",
                                        "weekly until 9/29/2026"],
                             ["Coffee with a Cop CANCELLED", "9/1/2026", "8am", "9am", "Cocoa Cinnamon", "", "Public",
                              ""]]})
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    summary = run_sync(config, now=datetime(2026, 8, 20, 12, tzinfo=timezone.utc))
    assert {m: (v["events"], v["joint_events"]) for m, v in summary["months"].items()} == {"2026-09": (5, 4)}


def test_an_endless_series_is_counted_no_further_than_the_feed_window(tmp_path, make_workbook):
    make_workbook({
        "Police": [SERIES_H, ["Morning Patrol Walk", "9/1/2026", "7am", "8am", "Central Park", "Fire", "Public",
                              "daily"]],
        "Parks and Recreation": [SERIES_H, ["Time Capsule Opening", "10/3/2099", "10am", "11am", "Central Park",
                                            "", "Public", ""]]})
    data = base_config_dict(tmp_path)
    data["feed"] = {"future_days": 30}
    config = config_from_dict(data, base_dir=tmp_path)
    summary = run_sync(config, now=datetime(2026, 8, 20, 12, tzinfo=timezone.utc))
    # Aug 20 + 30 days = Sep 19: the daily walk's sessions Sep 1..19
    assert summary["joint_events"] == 19
    assert summary["months"]["2026-09"]["joint_events"] == 19


@pytest.mark.parametrize("police_first", [True, False])
def test_one_series_logged_by_two_departments_with_other_ends_holds_every_session(tmp_path, make_workbook,
                                                                                   police_first):
    """A second verifier's finding: Police's weekly series until 11/24 and Community Safety's
    copy until 9/29 (except 9/15) merged, and only the first row's rule was published and
    counted. Now every session either rule holds is published, and each session is joint only
    when both rules hold it. By hand (Tuesdays of 2026): Community Safety's sessions Sep 1, 8,
    22, 29; Police's Sep 1 … Nov 24 — Sep 5 sessions (4 joint: not Sep 15), Oct 4 (0 joint),
    Nov 4 (0 joint), whichever tab comes first. The row whose rule was not taken whole says so."""
    police = ("Police", [SERIES_H, ["Coffee with a Cop", "9/1/2026", "8am", "9am", "Cocoa Cinnamon", "", "Public",
                                    "weekly until 11/24/2026"]])
    safety = ("Community Safety", [SERIES_H, ["Coffee with a Cop", "9/1/2026", "8am", "9am", "Cocoa Cinnamon", "",
                                              "Public", "weekly until 9/29/2026 except 9/15/2026"]])
    make_workbook(dict([police, safety] if police_first else [safety, police]))
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    summary = run_sync(config, now=datetime(2026, 8, 20, 12, tzinfo=timezone.utc))
    assert {m: (v["events"], v["joint_events"]) for m, v in summary["months"].items()} == {
        "2026-09": (5, 4), "2026-10": (4, 0), "2026-11": (4, 0)}
    cal = icalendar.Calendar.from_ical((config.out_dir / "public/calendar.ics").read_bytes())
    (coffee,) = [v for v in cal.walk("VEVENT") if str(v["SUMMARY"]) == "Coffee with a Cop"]
    until = coffee["RRULE"]["UNTIL"][0].astimezone(config.tz)       # (UTC in the file: RFC 5545 §3.3.10)
    assert (until.year, until.month, until.day) == (2026, 11, 24) and "EXDATE" not in coffee
    flagged = [row for row in tab_rows(config.report_path, "Validation")[1:] if row[3] == "Repeats"]
    assert len(flagged) == 1 and flagged[0][0] == "warning"
    assert "weekly until 11/24/2026" in flagged[0][5] and "weekly until 9/29/2026" in flagged[0][5]
    assert "every session either rule holds is published" in flagged[0][5]
    walk_every_metric_cell(config.report_path)


def test_an_endless_series_keeps_its_except_dates_when_sessions_are_counted(tmp_path, make_workbook):
    """v15: Police's "weekly except 9/15" with no end beside Community Safety's "weekly until
    9/29" counted 9/15 joint (an endless rule was taken to hold every day). By hand (Tuesdays
    of 2026): both hold 9/1, 8, 22, 29; 9/15 is Community Safety's alone; the Holiday Toy
    Drive on 11/28 carries the endless series to November: Sep 5 sessions, 4 joint; Oct 4 and
    Nov 4 Police's alone (and Nov's drive: 5 events)."""
    make_workbook({
        "Police": [SERIES_H, ["Neighborhood Safety Walk", "9/1/2026", "6pm", "7pm", "Walltown Park", "", "Public",
                              "weekly except 9/15/2026"]],
        "Community Safety": [SERIES_H, ["Neighborhood Safety Walk", "9/1/2026", "6pm", "7pm", "Walltown Park", "",
                                        "Public", "weekly until 9/29/2026"]],
        "Parks and Recreation": [SERIES_H, ["Holiday Toy Drive", "11/28/2026", "10am", "2pm", "Northgate Mall", "",
                                            "Public", ""]]})
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    summary = run_sync(config, now=datetime(2026, 8, 20, 12, tzinfo=timezone.utc))
    assert {m: (v["events"], v["joint_events"]) for m, v in summary["months"].items()} == {
        "2026-09": (5, 4), "2026-10": (4, 0), "2026-11": (5, 0)}


@pytest.mark.parametrize("both", [True, False])
def test_a_session_a_department_calls_off_with_a_row_of_its_own_is_not_counted(tmp_path, make_workbook, both):
    """v20: Police and Community Safety each log "Walking with Ease" weekly until 9/29; for
    9/15 Police adds "Walking with Ease CANCELLED" and Community Safety a row with Status
    Cancelled. The series still published and counted 9/15 as a joint session: September 5
    joint, not 4. A department's own called-off row on a session of its series leaves that
    session out of its rule (an EXDATE). By hand (Tuesdays of 2026): Sep 1, 8, 22, 29 joint;
    9/15 held by neither (not published in the series), or, when only Police calls it off,
    held by Community Safety alone (published, not joint)."""
    walk = ["Walking with Ease", "9/1/2026", "9am", "10am", "Bryan Park", "", "Public", "weekly until 9/29/2026", ""]
    safety = [SERIES_H + ["Status"], walk]
    if both:
        safety.append(["Walking with Ease", "9/15/2026", "9am", "10am", "Bryan Park", "", "Public", "", "Cancelled"])
    make_workbook({"Police": [SERIES_H + ["Status"], walk,
                              ["Walking with Ease CANCELLED", "9/15/2026", "9am", "10am", "Bryan Park", "", "Public",
                               "", ""]],
                   "Community Safety": safety})
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    summary = run_sync(config, now=datetime(2026, 8, 20, 12, tzinfo=timezone.utc))
    assert summary["months"]["2026-09"]["joint_events"] == 4
    cal = icalendar.Calendar.from_ical((config.out_dir / "public/calendar.ics").read_bytes())
    (series,) = [v for v in cal.walk("VEVENT") if "RRULE" in v]
    found = series.get("EXDATE")
    found = found if isinstance(found, list) else [found] if found is not None else []
    exdates = {d.dt.astimezone(config.tz).date() for x in found for d in x.dts}
    assert (datetime(2026, 9, 15).date() in exdates) is both


@pytest.mark.parametrize("police_first", [True, False])
def test_one_programme_logged_from_its_first_week_and_from_a_later_one_is_one_series(tmp_path, make_workbook,
                                                                                    police_first):
    """v15: Police logs its weekly walk from 9/1, Community Safety from 9/8 (the week it joined),
    both until 11/24. Before, the two series never met (blocking compares first sessions): 9/8
    to 11/24 was published twice and no session was joint. Now one series from 9/1 (by hand,
    Tuesdays of 2026: Sep 1 Police's alone; Sep 8–29, Oct and Nov both): Sep 5 sessions, 4
    joint; Oct 4/4; Nov 4/4; one VEVENT, DTSTART 9/1, UNTIL 11/24, no EXDATE."""
    police = ("Police", [SERIES_H, ["Neighborhood Safety Walk", "9/1/2026", "6pm", "7pm", "Walltown Park", "",
                                    "Public", "weekly until 11/24/2026"]])
    safety = ("Community Safety", [SERIES_H, ["Neighborhood Safety Walk", "9/8/2026", "6pm", "7pm", "Walltown Park",
                                              "", "Public", "weekly until 11/24/2026"]])
    make_workbook(dict([police, safety] if police_first else [safety, police]))
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    summary = run_sync(config, now=datetime(2026, 8, 20, 12, tzinfo=timezone.utc))
    assert {m: (v["events"], v["joint_events"]) for m, v in summary["months"].items()} == {
        "2026-09": (5, 4), "2026-10": (4, 4), "2026-11": (4, 4)}
    cal = icalendar.Calendar.from_ical((config.out_dir / "public/calendar.ics").read_bytes())
    (walk,) = [v for v in cal.walk("VEVENT") if str(v["SUMMARY"]) == "Neighborhood Safety Walk"]
    start, end = walk.decoded("DTSTART"), walk.decoded("DTEND")
    until = walk["RRULE"]["UNTIL"][0].astimezone(config.tz)
    assert (start.month, start.day, start.hour, end.hour) == (9, 1, 18, 19)
    assert (until.month, until.day) == (11, 24) and "EXDATE" not in walk
    walk_every_metric_cell(config.report_path)
