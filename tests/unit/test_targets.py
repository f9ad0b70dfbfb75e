"""Target status rules: the current quarter's outlook, the joint schedule, snapshot months."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from reports.snapshots import month_to_freeze, previous_month
from reports.targets import fiscal_year_months, joint_schedule, quarter_months, quarter_outlook
from sheets_sync.backends import MemoryBackend
from sheets_sync.identity import reconcile
from sheets_sync.pipeline import analyse, metrics_for

H = ["Title", "Start Date", "Start Time", "Location", "Partner Departments", "Status", "Assistance Wanted",
     "Visibility"]
ALL = "Fire; DCSD; 911; Emergency Management; DPR"


def _events(config, rows):
    tabs = MemoryBackend(tabs={"Police": [H, *rows]}).read_tabs()
    a = analyse(tabs, config)
    assert not [i for i in a.issues if i.severity.value == "error"], a.issues
    r = reconcile(a.merge.events, [], datetime(2025, 8, 1, tzinfo=timezone.utc), "t", timedelta(days=30))
    return r.events, metrics_for(r.events, config)


def _outlook(config, rows, today):
    events, m = _events(config, rows)
    return quarter_outlook(m, events, today, fiscal_start_month=7, joint_target=2, all_department_target=1,
                           core=config.core_departments)


GOOD_QUARTER = [
    ["Walk 1", "7/3/2025", "5pm", "A", "Fire", "", "", "Public"],
    ["Walk 2", "7/9/2025", "5pm", "B", "Fire", "", "", "Public"],
    ["Walk 3", "8/3/2025", "5pm", "C", "DCSD", "", "", "Public"],
    ["Walk 4", "8/9/2025", "5pm", "D", "DCSD", "", "", "Public"],
    ["Walk 5", "9/3/2025", "5pm", "E", "DPR", "", "", "Public"],
    ["Safety Day", "9/27/2025", "11am", "Plaza", ALL, "", "", "Public"],
]


def test_on_track_when_scheduled_events_cover_every_target(config):
    o = _outlook(config, GOOD_QUARTER, date(2025, 8, 20))
    assert (o.quarter, o.status, o.shortfalls) == ("FY26-Q1", "on track", ())
    assert o.months == (("2025-07", 2, 2), ("2025-08", 2, 2), ("2025-09", 2, 2))
    assert o.detail == "targets met by events held and already scheduled"
    assert o.weeks_left == 6                      # Aug 20 → Oct 1 is 42 days
    done = _outlook(config, GOOD_QUARTER, date(2025, 9, 29))
    assert done.status == "on track" and done.detail == "targets already met by events held"


def test_at_risk_names_each_shortfall(config):
    rows = [list(r) for r in GOOD_QUARTER]
    rows[5][5] = "Cancelled"                      # the all-department event is called off
    rows[4][4] = ""                               # September's walk is Police only now
    o = _outlook(config, rows, date(2025, 8, 20))
    assert o.status == "at risk"
    assert o.shortfalls == (
        "FY26-Q1: 0 all-department event(s) held or scheduled before 2025-09-30, target 1",
        "2025-09: 0 joint event(s) held or scheduled, target 2")


def test_joint_schedule_gaps_next_all_department_and_requests(config):
    rows = [*GOOD_QUARTER,
            ["Past ask", "8/1/2025", "9am", "F", "", "", "Parks: chairs", "Public"],
            ["Later ask", "12/5/2025", "9am", "G", "", "", "Fire: a truck", "Public"],
            ["Soon ask", "8/25/2025", "9am", "H", "", "", "911: a dispatcher demo", "Public"],
            ["Cancelled ask", "8/26/2025", "9am", "I", "", "Cancelled", "Fire: help", "Public"]]
    events, m = _events(config, rows)
    s = joint_schedule(m, events, date(2025, 8, 20), joint_target=2, core=config.core_departments)
    assert [(x["month"], x["joint_events"], x["gap"]) for x in s.months] == [
        ("2025-08", 2, 0), ("2025-09", 2, 0), ("2025-10", 0, 2), ("2025-11", 0, 2), ("2025-12", 0, 2),
        ("2026-01", 0, 2)]
    assert s.gaps == ("2025-10", "2025-11", "2025-12", "2026-01")
    assert s.next_all_department.title == "Safety Day"
    assert [(r.title, r.wanted, r.state) for r in s.requests] == [
        ("Soon ask", "911: a dispatcher demo", "open"), ("Later ask", "Fire: a truck", "open")]
    later = joint_schedule(m, events, date(2025, 9, 28), joint_target=2, core=config.core_departments)
    assert later.next_all_department is None


def test_calendar_helpers():
    assert quarter_months(date(2025, 8, 20), 7) == ["2025-07", "2025-08", "2025-09"]
    assert quarter_months(date(2026, 1, 2), 7) == ["2026-01", "2026-02", "2026-03"]
    assert fiscal_year_months(date(2026, 2, 1), 7)[0] == "2025-07"
    assert fiscal_year_months(date(2026, 2, 1), 1) == [f"2026-{m:02d}" for m in range(1, 13)]
    assert previous_month(date(2026, 1, 1)) == "2025-12"
    assert month_to_freeze(date(2025, 8, 1), ["2025-06"]) == "2025-07"
    assert month_to_freeze(date(2025, 8, 31), ["2025-07"]) is None
