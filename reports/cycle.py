"""The coordinated cycle for managers and staff: schedule tab, charts, dashboard data. Pure.

:func:`build_cycle` turns this sync's events and metrics into

- the ``Joint Schedule`` tab (next six months of joint events against the target, gaps,
  the current quarter's outlook, the next all-department event, assistance requests and
  open offers) and the ``Snapshots`` tab (:mod:`reports.snapshots`);
- the chart numbers (:mod:`reports.chart_data`) and their PNGs (:mod:`reports.charts`),
  placed on the metric tabs of the report workbook (:func:`with_chart_images`) and
  published as ``private/charts/<name>.png``;
- ``private/dashboard.json``: everything the staff dashboard page shows, so the web app
  reads only published files.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timezone
from typing import Mapping, Sequence

from sheets_sync.a1 import column_letter
from sheets_sync.model import CombinedEvent, Table
from sheets_sync.timeutil import json_instant, json_value

from .chart_data import ChartData, chart_data
from .metrics import Metrics
from .snapshots import snapshots_table
from .tabs import COLLABORATION, DEPARTMENTS, JOINT_SCHEDULE, MONTHLY, QUARTERLY
from .targets import Outlook, Schedule, joint_schedule, quarter_outlook

#: chart name → (tab it is placed on, its slot from the top: 0, 1, 2 …)
CHART_PLACES = {"joint_rolling_12": (MONTHLY, 0), "joint_fiscal_year": (MONTHLY, 1),
                "joint_share": (MONTHLY, 2), "all_department_quarters": (QUARTERLY, 0),
                "departments": (DEPARTMENTS, 0), "collaboration": (COLLABORATION, 0)}
_ROWS_PER_SLOT = 20          # a 360-px chart spans about 18 default-height rows


def with_chart_images(tables: Sequence[Table], pngs: Mapping[str, bytes]) -> list[Table]:
    """Attach each chart PNG to its metric tab, two columns right of the tab's data."""
    out = []
    for t in tables:
        width = max((len(r) for r in t.rows), default=0)
        placed = [(slot, name) for name, (tab, slot) in CHART_PLACES.items() if tab == t.title and name in pngs]
        images = tuple((f"{column_letter(width + 2)}{2 + slot * _ROWS_PER_SLOT}", pngs[name])
                       for slot, name in sorted(placed))
        out.append(replace(t, images=t.images + images) if images else t)
    return out


def joint_schedule_table(schedule: Schedule, outlook: Outlook) -> Table:
    """The ``Joint Schedule`` tab: sections separated by a blank row; shortfalls are ``bad``."""
    width = 7
    rows: list[tuple] = [("Month", "Joint Events Planned", "Target", "Gap", "Joint Event Titles",
                          "Joint Event UIDs", "")]
    marks: list[tuple[int, str]] = []

    def add(*cells, mark: str = "") -> None:
        rows.append(tuple(cells) + ("",) * (width - len(cells)))
        if mark:
            marks.append((len(rows) - 1, mark))

    for m in schedule.months:
        add(m["month"], m["joint_events"], m["target"], m["gap"], "; ".join(m["titles"]),
            ", ".join(m["joint_uids"]), mark="bad" if m["gap"] else "good")
    add()
    add("Current quarter", outlook.quarter, outlook.status, f"{outlook.weeks_left} week(s) left",
        outlook.detail, mark="bad" if outlook.status == "at risk" else "good")
    nxt = schedule.next_all_department
    if nxt is None:
        add("Next all-department event", "none scheduled", "", "", "schedule one with every core department",
            mark="bad")
    else:
        add("Next all-department event", nxt.start_date.isoformat(), "", "", nxt.title, nxt.uid)
    add()
    add("Assistance wanted: Event UID", "Title", "Start", "Lead Department", "Help Wanted",
        "Offers (department: status — what they bring)", "State")
    for r in schedule.requests:
        offers = "; ".join(f"{o['department']}: {o['status']} — {o['bring']}" for o in r.offers)
        add(r.uid, r.title, r.start.isoformat(), r.lead, r.wanted, offers, r.state,
            mark="bad" if r.state == "open" else "")
    if not schedule.requests:
        add("(no upcoming event asks for assistance)")
    add()
    add("Open offers: Event UID", "Title", "Start", "Offering Department", "What We Can Bring", "Offer Row")
    for o in schedule.open_offers:
        add(o["uid"], o["title"], o["start"].isoformat(), o["department"], o["bring"], o["source"])
    if not schedule.open_offers:
        add("(no offer is waiting for the lead's answer)")
    return Table(JOINT_SCHEDULE, tuple(rows), tuple(marks))


@dataclass(frozen=True)
class Cycle:
    """What :func:`build_cycle` makes: extra tabs, charts (numbers and PNGs), published files."""
    tables: tuple[Table, ...]
    charts: dict[str, ChartData]
    pngs: dict[str, bytes]
    files: dict[str, bytes]
    outlook: Outlook
    schedule: Schedule


def _jsonable(value):
    if isinstance(value, (date, datetime)):
        return json_value(value)
    if isinstance(value, CombinedEvent):
        return {"uid": value.uid, "title": value.title, "start": value.start_date.isoformat(),
                "departments": list(value.departments)}
    raise TypeError(type(value).__name__)


def _utc_texts(row: Mapping) -> dict:
    """A tab row's ``... (UTC)`` cells (``2025-08-15 12:00:00``, as staff read them in the
    sheet) in the one instant form of published JSON (``2025-08-15T12:00:00Z``)."""
    out = dict(row)
    for key, value in row.items():
        if str(key).endswith("(UTC)") and isinstance(value, str) and value:
            try:
                out[key] = json_instant(datetime.fromisoformat(value).replace(tzinfo=timezone.utc))
            except ValueError:
                pass
    return out


def dashboard_json(*, now: datetime, today: date, metrics: Metrics, outlook: Outlook,
                   schedule: Schedule, charts: Mapping[str, ChartData], quality: Mapping,
                   snapshots: Table, targets: Mapping[str, int]) -> bytes:
    """``private/dashboard.json``: the staff dashboard's data (deterministic for equal inputs)."""
    data = {
        "generated_at": json_instant(now), "today": today.isoformat(), "targets": dict(targets),
        "outlook": asdict(outlook),
        "months": [{"month": k, **{f: v[f] for f in ("events", "joint_events", "target", "met")}}
                   for k, v in metrics.months.items()],
        "quarters": [{"quarter": k, **{f: v[f] for f in ("events", "joint_events", "all_department_events",
                                                          "target", "met")}}
                     for k, v in metrics.quarters.items()],
        "schedule": {"months": list(schedule.months), "gaps": list(schedule.gaps),
                     "next_all_department": schedule.next_all_department},
        "requests": [asdict(r) for r in schedule.requests],
        "open_offers": list(schedule.open_offers),
        "charts": [{**c.as_dict(), "file": f"charts/{c.name}.png"} for c in charts.values()],
        "snapshots": [_utc_texts(dict(zip(snapshots.rows[0], row))) for row in snapshots.rows[1:]],
        "data_quality": _utc_texts(dict(quality)),
    }
    return json.dumps(data, default=_jsonable, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def build_cycle(events: Sequence[CombinedEvent], metrics: Metrics, *, now: datetime, today: date,
                offers: Mapping[str, Sequence], snapshots: Sequence[dict], quality: Mapping,
                fiscal_start_month: int, joint_target: int, all_department_target: int,
                core: Sequence[str], render: bool = True,
                charts: Mapping[str, ChartData] | None = None) -> Cycle:
    """Everything of the module docstring for one sync (``today`` = local date of ``now``).

    ``render=False`` skips matplotlib (the chart numbers are still computed). ``charts``: the
    chart numbers when the caller already has them (:func:`reports.chart_data.chart_data` of
    the same ``metrics`` and ``today``; issue 17: the sync computes them first, so its report
    worker draws them while the tabs are made), else computed here.
    """
    outlook = quarter_outlook(metrics, events, today, fiscal_start_month=fiscal_start_month,
                              joint_target=joint_target, all_department_target=all_department_target,
                              core=core)
    schedule = joint_schedule(metrics, events, today, offers=offers, joint_target=joint_target, core=core)
    if charts is None:
        charts = chart_data(metrics, today, fiscal_start_month=fiscal_start_month, joint_target=joint_target,
                            all_department_target=all_department_target)
    charts = dict(charts)
    pngs: dict[str, bytes] = {}
    if render:
        from .charts import render_charts
        pngs = render_charts(charts)
    snap = snapshots_table(snapshots, metrics, joint_target)
    files = {f"private/charts/{name}.png": png for name, png in pngs.items()}
    cycle = Cycle((joint_schedule_table(schedule, outlook), snap), charts, pngs, files, outlook, schedule)
    files["private/dashboard.json"] = cycle_dashboard(cycle, now=now, today=today, metrics=metrics,
                                                      quality=quality, joint_target=joint_target,
                                                      all_department_target=all_department_target)
    return cycle


def cycle_dashboard(cycle: Cycle, *, now: datetime, today: date, metrics: Metrics, quality: Mapping,
                    joint_target: int, all_department_target: int) -> bytes:
    """``private/dashboard.json`` of ``cycle`` with the Data Quality figures ``quality`` (the
    sync makes it again once the published files' sizes are known). Pure."""
    return dashboard_json(now=now, today=today, metrics=metrics, outlook=cycle.outlook,
                          schedule=cycle.schedule, charts=cycle.charts, quality=quality,
                          snapshots=cycle.tables[1],
                          targets={"joint_events_per_month": joint_target,
                                   "all_department_events_per_quarter": all_department_target})
