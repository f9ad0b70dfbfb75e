"""Metric tables managers read. Pure: combined events in, plain rows out.

Definitions (DESIGN.md): a *joint event* has two or more distinct departments; an
*all-department event* includes every core department. Cancelled and removed events are
not counted in the monthly/quarterly/department figures (they did not happen) but are
counted in ``events_total``. Months are ``YYYY-MM`` and fiscal quarters ``FY25-Q1`` in the
configured timezone, the fiscal year named by the calendar year it ends in (with a July
start, FY25 = July 2024 – June 2025 and FY25-Q1 = July–September 2024).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Sequence

from sheets_sync.model import CombinedEvent


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def fiscal_quarter(day: date, start_month: int) -> str:
    """``date(2024, 7, 1), 7`` → ``"FY25-Q1"``."""
    offset = (day.month - start_month) % 12
    fy = day.year + (1 if start_month > 1 and day.month >= start_month else 0)
    return f"FY{fy % 100:02d}-Q{offset // 3 + 1}"


def _months_between(first: date, last: date) -> list[str]:
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def counted(events: Iterable[CombinedEvent]) -> list[CombinedEvent]:
    """Events that count in the figures: not cancelled, not removed."""
    return [e for e in events if not e.is_cancelled]


def is_all_department(event: CombinedEvent, core: Sequence[str]) -> bool:
    return bool(core) and set(core) <= set(event.departments)


@dataclass(frozen=True)
class Metrics:
    """Everything the metric tabs, charts and ``sync --json`` show, as plain values.

    ``months``: ``{"2025-08": {"events", "joint_events", "target", "met", "uids", "joint_uids"}}``;
    ``quarters``: ``{"FY25-Q1": {"events", "joint_events", "all_department_events", "met", ...}}``;
    ``departments``: ``{name: {"led", "events", "joint", "partners": {other: n},
    "led_uids", "event_uids", "joint_uids"}}``;
    ``collaboration``: ``{(a, b): n}`` for a ≠ b (symmetric); ``collaboration_uids``: the UIDs
    behind each of those numbers.
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


def compute_metrics(events: Sequence[CombinedEvent], *, departments: Sequence[str],
                    core: Sequence[str], fiscal_start_month: int, joint_target: int,
                    all_department_target: int) -> Metrics:
    """Compute every figure from combined events (UIDs kept so each cell can be traced)."""
    live = counted(events)
    months: dict[str, dict] = {}
    quarters: dict[str, dict] = {}
    if live:
        days = [e.start_date for e in live]
        for key in _months_between(min(days), max(days)):
            months[key] = {"events": 0, "joint_events": 0, "uids": [], "joint_uids": []}
    for e in live:
        m = months[month_key(e.start_date)]
        q = quarters.setdefault(fiscal_quarter(e.start_date, fiscal_start_month),
                                {"events": 0, "joint_events": 0, "all_department_events": 0,
                                 "uids": [], "joint_uids": [], "all_department_uids": []})
        m["events"] += 1
        m["uids"].append(e.uid)
        q["events"] += 1
        q["uids"].append(e.uid)
        if e.is_joint:
            m["joint_events"] += 1
            m["joint_uids"].append(e.uid)
            q["joint_events"] += 1
            q["joint_uids"].append(e.uid)
        if is_all_department(e, core):
            q["all_department_events"] += 1
            q["all_department_uids"].append(e.uid)
    for m in months.values():
        m["target"] = joint_target
        m["met"] = m["joint_events"] >= joint_target
    for key in list(quarters):
        quarters[key]["target"] = all_department_target
        quarters[key]["met"] = quarters[key]["all_department_events"] >= all_department_target
    if live:  # quarters with no events still show (as not met)
        day = min(days)
        while day <= max(days):
            quarters.setdefault(fiscal_quarter(day, fiscal_start_month),
                                {"events": 0, "joint_events": 0, "all_department_events": 0,
                                 "uids": [], "joint_uids": [], "all_department_uids": [],
                                 "target": all_department_target, "met": all_department_target == 0})
            day = date(day.year + (day.month + 2) // 12, (day.month + 2) % 12 + 1, 1)
    quarters = dict(sorted(quarters.items()))

    names = list(departments) + sorted({d for e in live for d in e.departments} - set(departments))
    per: dict[str, dict] = {d: {"led": 0, "events": 0, "joint": 0, "partners": Counter(), "led_uids": [],
                                "event_uids": [], "joint_uids": []} for d in names}
    collab: dict[tuple[str, str], int] = defaultdict(int)
    collab_uids: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in live:
        if e.lead in per:
            per[e.lead]["led"] += 1
            per[e.lead]["led_uids"].append(e.uid)
        for d in e.departments:
            per[d]["events"] += 1
            per[d]["event_uids"].append(e.uid)
            if e.is_joint:
                per[d]["joint"] += 1
                per[d]["joint_uids"].append(e.uid)
            for other in e.departments:
                if other != d:
                    per[d]["partners"][other] += 1
                    collab[(d, other)] += 1
                    collab_uids[(d, other)].append(e.uid)
    return Metrics(
        months=months, quarters=quarters,
        departments={d: {**v, "partners": dict(v["partners"].most_common())} for d, v in per.items()},
        collaboration=dict(collab), events_total=len(events),
        joint_events=sum(1 for e in live if e.is_joint),
        all_department_events=sum(1 for e in live if is_all_department(e, core)),
        cancelled_events=sum(1 for e in events if e.is_cancelled),
        collaboration_uids=dict(collab_uids),
    )
