"""The sample workbook is current whenever it is built (issue 12): its illustrative rows are
dated relative to the build day, its real rows keep their real dates. Built here for a pinned
day far from every real row (Friday 14 February 2031, FY31 Q3 in Durham's July fiscal year)
and synced with the shipped config at that moment."""
from __future__ import annotations

import importlib.util
from datetime import date, datetime, timezone

import openpyxl

from sheets_sync.config import load_config
from sheets_sync.pipeline import run_sync
from tests.conftest import ROOT

DAY = date(2031, 2, 14)                                   # a Friday


def _build_sample():
    spec = importlib.util.spec_from_file_location("build_sample", ROOT / "examples" / "build_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(path):
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb:
        if ws.title == "README":
            continue
        header = [c.value for c in ws[1]]
        out[ws.title] = [dict(zip(header, r)) for r in ws.iter_rows(min_row=2, values_only=True)]
    return out


def _date(value):
    return value.date() if isinstance(value, datetime) else value


def test_illustrative_rows_follow_the_build_day_and_real_rows_do_not(tmp_path):
    build = _build_sample().build
    tabs = _rows(build(tmp_path / "a.xlsx", today=DAY))
    later = _rows(build(tmp_path / "b.xlsx", today=date(2033, 9, 1)))

    def real(t):
        return {tab: [r for r in rows if not str(r.get("Sample Origin", "")).startswith("illustrative")]
                for tab, rows in t.items()}
    assert real(tabs) == real(later)                                  # the real rows never move
    police = tabs["Police"]
    nno = [r["Start Date"] for r in police if str(r["Sample Origin"]).startswith("real: Pittsburgh")]
    assert len(nno) == 41 and set(nno) == {"8/5/2025", "July 31, 2025"}   # NNO 2025, one on Thursday
    assert len(tabs["NYC Permits"]) == 300

    by_title = {r["Title"]: r for rows in tabs.values() for r in rows if r.get("Title")}
    start = {t: _date(r["Start Date"]) for t, r in by_title.items()}
    # upcoming, on the right weekday, in the formats staff type
    assert start["Hands-only CPR Class"] == date(2031, 2, 22)           # Saturday after 3 days
    assert start["Coffee with a Cop"] == date(2031, 2, 26)              # Wednesday after a week
    assert start["Community Town Hall: Crisis Response in the Bull City"] == date(2031, 3, 4)
    assert start["CERT Basic Training"] == date(2031, 4, 26)
    # the Police/Fire duplicate: the Saturday just past, typed two ways
    assert by_title["Smoke Alarm Canvass - Walltown"]["Start Date"] == "2/8/2031"
    assert start["Walltown smoke alarm canvass"] == date(2031, 2, 8)
    assert by_title["Quarterly Joint Events Planning Meeting"]["Start Date"] == "2031-02-04"
    # one Public Safety Day in each of the last four fiscal quarters, the current one last
    assert start["Public Safety Day"] == date(2030, 5, 18)               # FY30 Q4
    assert start["Public Safety Day - Summer"] == date(2030, 8, 17)      # FY31 Q1
    assert by_title["Public Safety Day - Fall"]["Start Date"] == "Nov 16, 2030"          # FY31 Q2
    assert by_title["Public Safety Day (Winter, Fire booth)"]["Start Date"] == "Feb 15, 2031"  # Q3
    # the mistakes stay mistakes
    assert any(r["Title"] in ("", None) and r["Start Date"] == "8/5/2025" for r in police)
    assert by_title["Remembering When: fall and fire safety for seniors"]["Start Date"] == "Aug 5"


def test_a_sync_on_the_built_sample_has_a_live_month_quarter_and_upcoming_events(tmp_path):
    workbook = _build_sample().build(tmp_path / "sample.xlsx", today=DAY)
    config = load_config(ROOT / "config.yaml")
    config = config.model_copy(update={
        "source": config.source.model_copy(update={"workbook": workbook}),
        "output": config.output.model_copy(update={"dir": tmp_path / "out"})})
    summary = run_sync(config, now=datetime(2031, 2, 14, 17, tzinfo=timezone.utc))
    # February 2031: the canvass (Police + Fire rows merged), the planning meeting, the
    # Public Safety Day, the CPR class, Coffee with a Cop; the canvass and the Public Safety Day
    # are joint community events, the Internal planning meeting is internal joint work (issue 13)
    assert summary["months"]["2031-02"] == {"events": 5, "joint_events": 2}
    assert summary["internal_joint_work"] >= 1
    quarters = summary["fiscal_quarters"]
    assert [quarters[q]["all_department_events"] for q in ("FY30-Q4", "FY31-Q1", "FY31-Q2", "FY31-Q3")] \
        == [1, 1, 1, 1]
    upcoming = [m for m in summary["months"] if m > "2031-02"]
    # the Community Police Academy, weekly for 6 times from the first Tuesday 40 days on (Apr 1),
    # counts once a session: its last, May 6, is in May; the seniors' talk typed "Aug 5" without
    # its year is read in the year of its tab's nearest dated row, 2031, with a warning
    assert upcoming == ["2031-03", "2031-04", "2031-05", "2031-06", "2031-07", "2031-08"]
    assert summary["months"]["2031-05"]["events"] == 1
    assert summary["months"]["2031-06"]["events"] == summary["months"]["2031-07"]["events"] == 0
    assert summary["months"]["2031-08"] == {"events": 1, "joint_events": 0}
