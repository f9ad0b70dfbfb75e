"""Shared helpers for the coordinated-cycle tests: a hand-counted workbook and tab readers."""
from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from reports.chart_data import ChartData
from tests.conftest import ROOT

ARTIFACTS = ROOT / "test-artifacts"
H = ["Event ID", "Title", "Start Date", "Start Time", "End Time", "Location", "Lead Department",
     "Partner Departments", "Visibility", "Status", "Assistance Wanted", "Contact", "Internal Notes"]
OFFER_HEADER = ["Event UID or Event ID", "Offering Department", "What We Can Bring", "Status"]


def r(**kw) -> list:
    return [kw.get(h.lower().replace(" ", "_")) for h in H]


def cycle_workbook() -> dict[str, list[list]]:
    """Figures by hand (cancelled/removed none):

    2025-07: 3 events, 1 joint (Block Party Planning: Police+Fire)
    2025-08: 2 events, 1 joint (National Night Out: Police+Parks)
    2025-09: 4 events, 1 joint (Neighborhood Walk: Police+CS) and 1 internal joint work (Secret
             Huddle: Police+Fire, every row Internal: not a joint community event by default)
    2025-10: 1 event, 1 joint, all-department (Public Safety Day)
    Assistance wanted: Youth Safety Fair (Police, Sep 13, Event ID YSF-2025), Fire Station
    Open House (Fire, Sep 27).
    """
    return {
        "Police": [H,
            r(title="Block Party Planning", start_date="7/10/2025", start_time="6pm", location="City Hall",
              partner_departments="Fire", visibility="Public"),
            r(title="Bike Patrol Demo", start_date="7/15/2025", start_time="10am", location="Central Park",
              visibility="Public"),
            r(title="Coffee with a Cop", start_date="8/5/2025", start_time="8am", location="Cocoa Cinnamon",
              visibility="Public"),
            r(title="National Night Out", start_date="8/5/2025", start_time="6pm", location="Walltown Park",
              partner_departments="Parks", visibility="Public"),
            r(event_id="YSF-2025", title="Youth Safety Fair", start_date="9/13/2025", start_time="11am",
              location="Durham Armory", visibility="Public",
              assistance_wanted="Fire: an engine and crew for a kids' tour"),
            r(title="Neighborhood Walk", start_date="9/20/2025", start_time="5pm", location="East End",
              partner_departments="HEART", visibility="Public"),
            r(title="Secret Planning Huddle", start_date="9/2/2025", start_time="2pm", partner_departments="DFD",
              visibility="Internal", contact="Sgt. Example 919-555-0199", internal_notes="NOTE-XYZZY"),
            r(title="Public Safety Day", start_date="10/18/2025", start_time="11am", location="CCB Plaza",
              partner_departments="Fire; DCSD; 911; Emergency Management; DPR", visibility="Public"),
        ],
        "Fire": [H,
            r(title="Smoke Alarm Blitz", start_date="7/26/2025", start_time="9am", location="Walltown",
              visibility="Public"),
            r(title="Fire Station Open House", start_date="9/27/2025", start_time="10am",
              location="Station 1", visibility="Public", assistance_wanted="Police: traffic control"),
        ],
    }


def tab_rows(path: Path, title: str) -> list[tuple]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in wb[title].iter_rows(values_only=True)]
    finally:
        wb.close()


def dashboard(out: Path) -> dict:
    return json.loads((out / "private/dashboard.json").read_text())


def charts_of(out: Path) -> dict[str, ChartData]:
    """The chart numbers the sync published, as :class:`ChartData` again."""
    return {c["name"]: ChartData(c["name"], c["title"], tuple(c["x"]),
                                 {k: tuple(v) for k, v in c["series"].items()}, c["kind"], c["y_label"],
                                 tuple(c.get("periods", ())))
            for c in dashboard(out)["charts"]}


def assert_charts_match_tabs(report: Path, charts: dict[str, ChartData]) -> int:
    """Every number behind every chart equals the metric tabs; returns how many were compared."""
    monthly = tab_rows(report, "Metrics - Monthly")
    mh = monthly[0]
    months = {row[0]: dict(zip(mh, row)) for row in monthly[1:]}
    first, last = min(months), max(months)
    compared = 0
    for name in ("joint_rolling_12", "joint_fiscal_year", "joint_share"):
        c = charts[name]
        for i, month in enumerate(c.x):
            tab = months.get(month)
            if tab is None:   # outside the tab's range: no events that month
                assert not first <= month <= last, (name, month)
                tab = {"Events": 0, "Joint Events": 0, "Target": 2}
            if name == "joint_share":
                assert c.series["Events"][i] == tab["Events"]
                assert c.series["Joint events"][i] == tab["Joint Events"]
                expected = round(tab["Joint Events"] / tab["Events"], 4) if tab["Events"] >= 4 else None
                assert c.series["Joint share"][i] == expected, (month, c.series["Joint share"][i])
            else:
                assert c.series["Joint events"][i] == tab["Joint Events"], (name, month)
                assert c.series["Target"][i] == tab["Target"], (name, month)
            compared += 1
    quarterly = tab_rows(report, "Metrics - Quarterly")
    qh = quarterly[0]
    quarters = {row[0]: dict(zip(qh, row)) for row in quarterly[1:]}
    c = charts["all_department_quarters"]
    for i, q in enumerate(c.x):
        tab = quarters.get(q, {"All-Department Events": 0, "Target": 1})
        if q not in quarters:
            assert not min(quarters) <= q <= max(quarters), q
        assert c.series["All-department events"][i] == tab["All-Department Events"], q
        assert c.series["Target"][i] == tab["Target"], q
        compared += 1
    departments = tab_rows(report, "Metrics - Departments")
    dh = departments[0]
    c = charts["departments"]
    assert list(c.x) == [row[0] for row in departments[1:]]
    assert list(c.series) == ["Joint events taken part in"]
    for i, row in enumerate(departments[1:]):
        v = dict(zip(dh, row))
        assert c.series["Joint events taken part in"][i] == v["Joint Events Taken Part In"]
        compared += 1
    collab = tab_rows(report, "Metrics - Collaboration")
    c = charts["collaboration"]
    assert tuple(collab[0][1:]) == c.x
    for row in collab[1:]:
        assert tuple(0 if v in (None, "") else v for v in row[1:]) == c.series[row[0]], row[0]
        compared += len(row) - 1
    return compared
