"""Metric figures managers read, as the dicts the tabs, charts and targets use. Pure.

Every figure here is read from the long measures table (:mod:`reports.measures`): a count is
the number of UIDs of its group, and the UID list beside it is that group. Definitions
(DESIGN.md): a *joint event* has two or more distinct departments; an *all-department event*
includes every core department; the counting policy (:class:`reports.measures.Policy`) decides
whether events whose every row is Internal count as joint community events. Cancelled,
removed and postponed events are not counted in the monthly/quarterly/department figures (they did not
happen) but are counted in ``events_total``. Months are ``YYYY-MM`` and fiscal quarters
``FY25-Q1`` in the configured timezone, the fiscal year named by the calendar year it ends in
(with a July start, FY25 = July 2024 – June 2025 and FY25-Q1 = July–September 2024).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Sequence

from sheets_sync.model import CombinedEvent

from .measures import (Measure, Policy, counted as counts, fiscal_quarter, groups,  # noqa: F401
                       is_all_department, measures_table, month_key, registry, session_days)


def _months_between(first: date, last: date) -> list[str]:
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def counted(events: Iterable[CombinedEvent]) -> list[CombinedEvent]:
    """Events that count in the figures: not cancelled, removed or postponed
    (:func:`reports.measures.counted`)."""
    return [e for e in events if counts(e)]


@dataclass(frozen=True)
class Metrics:
    """Everything the metric tabs, charts and ``sync --json`` show, as plain values.

    ``months``: ``{"2025-08": {"events", "joint_events", "internal_joint_work", "target", "met",
    "uids", "joint_uids", "internal_joint_uids"}}``; ``quarters``: ``{"FY25-Q1": {"events",
    "joint_events", "all_department_events", "internal_joint_work", "met", ...}}``;
    ``departments``: ``{name: {"led", "events", "joint", "partners": {other: n}, "led_uids",
    "event_uids", "joint_uids"}}``; ``collaboration``: ``{(a, b): n}`` for a ≠ b (symmetric,
    joint community events); ``collaboration_uids``: the UIDs behind each of those numbers.
    ``table``: the long measures table they were all read from; ``policy``: what counted.
    """
    months: dict[str, dict]
    quarters: dict[str, dict]
    departments: dict[str, dict]
    collaboration: dict[tuple[str, str], int]
    events_total: int
    joint_events: int
    all_department_events: int
    cancelled_events: int
    collaboration_uids: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    internal_joint_work: int = 0
    table: Any = field(default=None, compare=False, repr=False)
    policy: Policy = field(default_factory=Policy)
    measures: tuple[Measure, ...] = field(default=(), compare=False, repr=False)

    def joint_uids(self) -> frozenset[str]:
        """The UIDs of the joint events :attr:`joint_events` counts (its months' ``joint_uids``)."""
        return frozenset(u for v in self.months.values() for u in v.get("joint_uids", ()))


def _empty(grain: str, measures: Sequence[Measure]) -> dict:
    out: dict = {}
    for m in measures:
        for c in m.cells:
            if c.grain == grain and c.dim_kind == "":
                out[c.key], out[c.uids_key] = 0, []
    return out


def compute_metrics(events: Sequence[CombinedEvent], *, departments: Sequence[str],
                    core: Sequence[str], fiscal_start_month: int, joint_target: int,
                    all_department_target: int, count_internal_joint: bool = False,
                    joint_share_min_events: int = 4, measures: Sequence[Measure] | None = None,
                    until: date | None = None) -> Metrics:
    """Every figure from combined events (UIDs kept so each cell can be traced).

    ``count_internal_joint``: the counting policy switch (``metrics.count_internal_joint``);
    ``joint_share_min_events``: the joint share's minimum month (``metrics.joint_share_min_events``);
    ``measures``: the registry (default :data:`reports.measures.MEASURES`); ``until``: the
    last day an endless series' sessions are counted (:func:`reports.measures.session_days`).
    """
    measures = registry(measures)
    policy = Policy(tuple(core), count_internal_joint, joint_share_min_events)
    sessions = session_days(events, until)
    table = measures_table(events, policy, fiscal_start_month, measures, sessions)
    live = counted(events)
    months: dict[str, dict] = {}
    quarters: dict[str, dict] = {}
    if live:
        days = [d for e in live for d in sessions.get(e.uid, (e.start_date,))] or [e.start_date for e in live]
        for key in _months_between(min(days), max(days)):
            months[key] = _empty("month", measures)
        day = date(min(days).year, min(days).month, 1)
        while day <= max(days):      # quarters with no events still show (as not met)
            quarters.setdefault(fiscal_quarter(day, fiscal_start_month), _empty("quarter", measures))
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    names = list(departments) + sorted({d for e in live for d in e.departments} - set(departments))
    per: dict[str, dict] = {d: {"partners": {}} for d in names}
    for d in names:
        for m in measures:
            for c in m.cells:
                if c.grain == "total" and c.dim_kind in ("lead", "department"):
                    per[d][c.key], per[d][c.uids_key] = 0, []
    collab_uids: dict[tuple[str, str], list[str]] = {}
    cells = {(m.id, c.grain, c.dim_kind): c for m in measures for c in m.cells}
    grouped = groups(table)
    for (measure, grain, period, kind, dim), uids in grouped.items():
        c = cells[(measure, grain, kind)]
        if kind == "pair":
            a, b = dim.split("|", 1)
            collab_uids[(a, b)] = uids
            continue
        target = months[period] if grain == "month" else quarters[period] if grain == "quarter" else per[dim]
        target[c.key], target[c.uids_key] = len(uids), uids
    for v in months.values():
        v["target"] = joint_target
        v["met"] = v.get("joint_events", 0) >= joint_target
    for v in quarters.values():
        v["target"] = all_department_target
        v["met"] = v.get("all_department_events", 0) >= all_department_target
    for (a, b), uids in collab_uids.items():
        per[a]["partners"][b] = len(uids)
    for d in per.values():       # most shared first, ties in first-seen order (Counter.most_common)
        d["partners"] = dict(sorted(d["partners"].items(), key=lambda kv: -kv[1]))

    def total(measure_id: str, grain: str) -> int:
        return sum(len(u) for (m, g, *_), u in grouped.items() if m == measure_id and g == grain)
    return Metrics(
        months=months, quarters=dict(sorted(quarters.items())), departments=per,
        collaboration={k: len(v) for k, v in collab_uids.items()}, events_total=len(events),
        joint_events=total("joint_events", "month"),
        all_department_events=total("all_department_events", "quarter"),
        cancelled_events=sum(1 for e in events if e.is_cancelled),
        collaboration_uids=collab_uids, internal_joint_work=total("internal_joint_work", "month"),
        table=table, policy=policy, measures=measures)
