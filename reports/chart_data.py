"""The numbers behind every chart, taken from the metric tables. Pure.

Each chart is one :class:`ChartData` value: a title, the category labels (``x``) and named
series of numbers, each series the same length as ``x``. The renderer
(:mod:`reports.charts`) draws only what is here, and the tests compare these numbers with the
rows of the metric tabs, so a picture can always be traced to a tab.

Charts (names are also the PNG file names, ``<name>.png``):

- ``joint_rolling_12``: joint events per month for the 12 months ending with the current
  month, with the monthly target (``Metrics - Monthly``: Joint Events, Target).
- ``joint_fiscal_year``: the same for the twelve months of the current fiscal year.
- ``all_department_quarters``: all-department events per fiscal quarter for the previous and
  the current fiscal year, with the quarterly target (``Metrics - Quarterly``).
- ``departments``: joint events taken part in per department (``Metrics - Departments``:
  Joint Events Taken Part In) — bounded by the joint events, so one department importing
  hundreds of single-department events does not flatten the others.
- ``collaboration``: department × department shared events (``Metrics - Collaboration``);
  the diagonal is 0 (a department does not share an event with itself).
- ``joint_share``: the share of events that are joint per month, rolling 12 months
  (Joint Events ÷ Events of ``Metrics - Monthly``; ``None`` for a month with fewer events than
  the policy's ``joint_share_min_events``, where one event would read as 0% or 100%).

Bar charts over periods carry ``periods``: ``before`` (earlier than the first counted event:
no records), ``ended``, ``current`` or ``future`` for each ``x`` (``today``'s month or quarter
is current), so the renderer draws as a failure only an ended period the record covers.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .metrics import Metrics, fiscal_quarter, month_key
from .targets import add_months, fiscal_year_months, month_figure, month_range, quarter_figure


@dataclass(frozen=True)
class ChartData:
    """One chart: ``series`` maps a legend label to values aligned with ``x``."""
    name: str
    title: str
    x: tuple[str, ...]
    series: dict[str, tuple]
    kind: str                       # "bar+target" | "barh" | "heatmap" | "line"
    y_label: str = ""
    periods: tuple[str, ...] = ()   # per x: "ended" | "current" | "future" (bar+target charts)

    def as_dict(self) -> dict:
        return {"name": self.name, "title": self.title, "x": list(self.x), "kind": self.kind,
                "y_label": self.y_label, "series": {k: list(v) for k, v in self.series.items()},
                "periods": list(self.periods)}


def _when(key: str, current: str, first: str | None) -> str:
    """``"before"`` (earlier than the record's first event: no data, not a miss), ``"ended"``,
    ``"current"`` or ``"future"``; keys of one kind compare as text (YYYY-MM, FYyy-Qn)."""
    if first is None or key < first:
        return "before" if key < current else "future" if key > current else "current"
    return "current" if key == current else "ended" if key < current else "future"


def _monthly(name: str, title: str, months: list[str], metrics: Metrics, target: int, today: date) -> ChartData:
    rows = [month_figure(metrics, m, target) for m in months]
    return ChartData(name, title, tuple(months),
                     {"Joint events": tuple(r["joint_events"] for r in rows),
                      "Target": tuple(r["target"] for r in rows)}, "bar+target", "joint events",
                     tuple(_when(m, month_key(today), min(metrics.months, default=None)) for m in months))


def chart_data(metrics: Metrics, today: date, *, fiscal_start_month: int, joint_target: int,
               all_department_target: int) -> dict[str, ChartData]:
    """Every chart's numbers for a sync run on local date ``today``; see the module docstring."""
    rolling = month_range(add_months(today, -11), 12)
    fy_months = fiscal_year_months(today, fiscal_start_month)
    fy = fiscal_quarter(date.fromisoformat(fy_months[0] + "-01"), fiscal_start_month).split("-")[0]
    last_year = fiscal_year_months(add_months(today, -12), fiscal_start_month)
    quarters: list[str] = []
    for m in (*last_year, *fy_months):
        q = fiscal_quarter(date.fromisoformat(m + "-01"), fiscal_start_month)
        if q not in quarters:
            quarters.append(q)
    qrows = [quarter_figure(metrics, q, all_department_target) for q in quarters]
    names = tuple(metrics.departments)
    share_rows = [month_figure(metrics, m, joint_target) for m in rolling]
    least = metrics.policy.joint_share_min_events
    this_quarter = fiscal_quarter(today, fiscal_start_month)
    charts = [
        _monthly("joint_rolling_12", f"Joint events per month, {rolling[0]} to {rolling[-1]}",
                 rolling, metrics, joint_target, today),
        _monthly("joint_fiscal_year", f"Joint events per month, fiscal year {fy}", fy_months,
                 metrics, joint_target, today),
        ChartData("all_department_quarters", "All-department events per fiscal quarter",
                  tuple(quarters), {"All-department events": tuple(r["all_department_events"] for r in qrows),
                                    "Target": tuple(r["target"] for r in qrows)},
                  "bar+target", "all-department events",
                  tuple(_when(q, this_quarter, min(metrics.quarters, default=None)) for q in quarters)),
        ChartData("departments", "Joint events each department took part in", names,
                  {"Joint events taken part in": tuple(metrics.departments[d]["joint"] for d in names)},
                  "barh", "joint events"),
        ChartData("collaboration", "Joint events shared between departments", names,
                  {a: tuple(0 if a == b else metrics.collaboration.get((a, b), 0) for b in names)
                   for a in names}, "heatmap"),
        ChartData("joint_share", f"Share of events that are joint, {rolling[0]} to {rolling[-1]} "
                  f"(months with {least}+ events)", tuple(rolling),
                  {"Joint share": tuple(round(r["joint_events"] / r["events"], 4)
                                        if r["events"] >= least else None for r in share_rows),
                   "Events": tuple(r["events"] for r in share_rows),
                   "Joint events": tuple(r["joint_events"] for r in share_rows)}, "line", "share of events"),
    ]
    return {c.name: c for c in charts}
