"""Target status and the joint-event schedule. Pure: metrics + events + today in, values out.

The city's measure (DESIGN.md): ``targets.joint_events_per_month`` joint events a month and
``targets.all_department_events_per_quarter`` all-department events a fiscal quarter. Every
figure here is read from :class:`~reports.metrics.Metrics` (the numbers on the metric tabs):
events held so far *and* events already scheduled later in the period, cancelled and removed
events left out.

**Current-quarter outlook** (:func:`quarter_outlook`). The fiscal quarter holding ``today``
is *on track* when the events held so far plus those already scheduled for its remaining
weeks give (a) at least the all-department target for the quarter and (b) at least the
joint-event target in each of its three months; otherwise it is *at risk*, and every
shortfall is named (``2025-09: 1 joint event held or scheduled, target 2``). A quarter whose
targets are already met by events *held* (start before today) says so in ``detail``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Mapping, Sequence

from sheets_sync.model import CombinedEvent

from .measures import counted, event_uid
from .metrics import Metrics, fiscal_quarter, is_all_department, month_key


def add_months(day: date, n: int) -> date:
    """First day of the month ``n`` months after ``day``'s month (``n`` may be negative)."""
    index = day.year * 12 + day.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def month_range(first: date, count: int) -> list[str]:
    """``count`` consecutive ``YYYY-MM`` keys starting with ``first``'s month."""
    return [month_key(add_months(first, i)) for i in range(count)]


def quarter_months(day: date, fiscal_start_month: int) -> list[str]:
    """The three ``YYYY-MM`` keys of the fiscal quarter holding ``day``."""
    offset = (day.month - fiscal_start_month) % 3
    return month_range(add_months(day, -offset), 3)


def fiscal_year_months(day: date, fiscal_start_month: int) -> list[str]:
    """The twelve ``YYYY-MM`` keys of the fiscal year holding ``day`` (July–June for Durham)."""
    offset = (day.month - fiscal_start_month) % 12
    return month_range(add_months(day, -offset), 12)


def month_figure(metrics: Metrics, month: str, joint_target: int) -> dict:
    """A month's row as on ``Metrics - Monthly``; months without events are zeros."""
    v = metrics.months.get(month)
    if v is None:
        return {"events": 0, "joint_events": 0, "target": joint_target, "met": joint_target == 0,
                "uids": [], "joint_uids": []}
    return v


def quarter_figure(metrics: Metrics, quarter: str, all_department_target: int) -> dict:
    """A fiscal quarter's row as on ``Metrics - Quarterly``; empty quarters are zeros."""
    v = metrics.quarters.get(quarter)
    if v is None:
        return {"events": 0, "joint_events": 0, "all_department_events": 0, "uids": [],
                "joint_uids": [], "all_department_uids": [], "target": all_department_target,
                "met": all_department_target == 0}
    return v


@dataclass(frozen=True)
class Outlook:
    """The current fiscal quarter: ``status`` is ``"on track"`` or ``"at risk"``."""
    quarter: str
    status: str
    weeks_left: int
    all_department_events: int
    all_department_target: int
    months: tuple[tuple[str, int, int], ...]        # (month, joint events, target)
    shortfalls: tuple[str, ...]
    detail: str


def quarter_outlook(metrics: Metrics, events: Sequence[CombinedEvent], today: date, *,
                    fiscal_start_month: int, joint_target: int, all_department_target: int,
                    core: Sequence[str]) -> Outlook:
    """The on-track / at-risk rule of the module docstring for the quarter holding ``today``.

    ``today`` is the local date. ``events`` are only used to tell held from scheduled in
    ``detail``; the status itself follows the metric figures.
    """
    quarter = fiscal_quarter(today, fiscal_start_month)
    months = quarter_months(today, fiscal_start_month)
    end = add_months(date.fromisoformat(months[-1] + "-01"), 1)
    q = quarter_figure(metrics, quarter, all_department_target)
    shortfalls = []
    if q["all_department_events"] < all_department_target:
        shortfalls.append(f"{quarter}: {q['all_department_events']} all-department event(s) held or "
                          f"scheduled before {end - timedelta(days=1)}, target {all_department_target}")
    rows = []
    for m in months:
        v = month_figure(metrics, m, joint_target)
        rows.append((m, v["joint_events"], joint_target))
        if v["joint_events"] < joint_target:
            shortfalls.append(f"{m}: {v['joint_events']} joint event(s) held or scheduled, target {joint_target}")
    held = [e for e in events if counted(e) and e.start_date < today
            and fiscal_quarter(e.start_date, fiscal_start_month) == quarter]
    held_all = sum(1 for e in held if is_all_department(e, core))
    if not shortfalls:
        detail = ("targets already met by events held" if held_all >= all_department_target and all(
            sum(1 for e in held if e.is_joint and month_key(e.start_date) == m) >= joint_target
            for m in months) else "targets met by events held and already scheduled")
    else:
        detail = "; ".join(shortfalls)
    return Outlook(quarter, "on track" if not shortfalls else "at risk", max(0, -(-(end - today).days // 7)),
                   q["all_department_events"], all_department_target, tuple(rows), tuple(shortfalls),
                   detail)


@dataclass(frozen=True)
class AssistanceRequest:
    """An upcoming event whose lead asked for help, with the offers made so far."""
    uid: str
    title: str
    start: date
    lead: str
    wanted: str
    offers: tuple[dict, ...]            # {"department", "bring", "status", "source"}
    state: str                          # "open" | "offer pending" | "accepted"


@dataclass(frozen=True)
class Schedule:
    """The next ``len(months)`` months of joint events (from the current month)."""
    months: tuple[dict, ...]      # {"month", "joint_events", "target", "gap", "joint_uids", "titles"}
    next_all_department: CombinedEvent | None
    requests: tuple[AssistanceRequest, ...]
    open_offers: tuple[dict, ...]   # offers still "Offered", with the event title and date
    first: str = ""
    last: str = ""
    gaps: tuple[str, ...] = field(default=())


def _request_state(offers: Sequence[dict]) -> str:
    statuses = {o["status"] for o in offers}
    if "Accepted" in statuses:
        return "accepted"
    return "offer pending" if "Offered" in statuses else "open"


def joint_schedule(metrics: Metrics, events: Sequence[CombinedEvent], today: date, *,
                   offers: Mapping[str, Sequence] = {}, months: int = 6, joint_target: int,
                   core: Sequence[str]) -> Schedule:
    """Joint events planned per month for ``months`` months from ``today``'s month.

    ``offers`` maps event UID → :class:`sheets_sync.offers.Offer`-like objects (attributes
    ``department``, ``bring``, ``status``, ``source``). Assistance requests are every
    upcoming (start ≥ ``today``), not cancelled event with an ``Assistance Wanted`` value,
    soonest first, whatever month they fall in.
    """
    titles = {e.uid: e.title for e in events}
    rows = []
    for m in month_range(today, months):
        v = month_figure(metrics, m, joint_target)
        rows.append({"month": m, "joint_events": v["joint_events"], "target": joint_target,
                     "gap": max(0, joint_target - v["joint_events"]), "joint_uids": list(v["joint_uids"]),
                     "titles": [titles.get(event_uid(u), "") for u in v["joint_uids"]]})
    live = sorted((e for e in events if counted(e) and e.start_date >= today),
                  key=lambda e: (e.start_date, e.start.isoformat(), e.title))
    nxt = next((e for e in live if is_all_department(e, core)), None)
    requests, open_offers = [], []
    for e in live:
        made = [{"department": o.department, "bring": o.bring, "status": o.status,
                 "source": str(o.source)} for o in offers.get(e.uid, ())]
        if e.assistance_wanted:
            requests.append(AssistanceRequest(e.uid, e.title, e.start_date, e.lead or "",
                                              e.assistance_wanted, tuple(made), _request_state(made)))
        open_offers.extend({**o, "uid": e.uid, "title": e.title, "start": e.start_date}
                           for o in made if o["status"] == "Offered")
    return Schedule(tuple(rows), nxt, tuple(requests), tuple(open_offers), rows[0]["month"],
                    rows[-1]["month"], tuple(r["month"] for r in rows if r["gap"]))
