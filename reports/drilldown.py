"""``Metrics - Drill-down``: every number in the metric tabs → the combined events behind it. Pure.

One line per (metric cell, event): the tab, the row label (month, fiscal quarter,
department), the column, the number shown in that cell, and the event's UID, title, start,
departments and source rows (``Tab!row``); a series counts once per session, whose line shows
``"<UID>#<YYYY-MM-DD>"`` and the session's start. Lines are read from the long measures table
(:mod:`reports.measures`), the same groups the metric tabs count, so filtering the tab on one
cell gives exactly as many lines as the number in that cell, and each line leads to its intake
rows: a manager can check any figure back to what staff typed. Cancelled, removed and postponed events are
not counted (:func:`reports.metrics.counted`), so they do not appear here either.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Iterator, Sequence

from sheets_sync.model import CombinedEvent, Table
from sheets_sync.timeutil import clock_text

from .measures import event_uid, groups, registry
from .metrics import Metrics
from .tabs import COLLABORATION, DEPARTMENTS, DRILLDOWN, MONTHLY, QUARTERLY

HEADER = ("Metric Tab", "Row", "Column", "Cell Value", "UID", "Title", "Start", "Departments",
          "Sources")
_TAB_ORDER = (MONTHLY, QUARTERLY, DEPARTMENTS, COLLABORATION)


def cells(m: Metrics) -> Iterator[tuple[str, str, str, list[str]]]:
    """``(tab, row label, column, uids)`` for every non-empty metric cell, tab by tab."""
    where = {(x.id, c.grain, c.dim_kind): c for x in registry(m.measures or None) for c in x.cells}
    out = []
    for (measure, grain, period, kind, dim), uids in groups(m.table).items():
        c = where[(measure, grain, kind)]
        if kind == "pair":
            label, column = dim.split("|", 1)
        else:
            label, column = (period if grain != "total" else dim), c.column
        out.append((c.tab, label, column, uids))
    order = {t: i for i, t in enumerate(_TAB_ORDER)}
    yield from sorted(out, key=lambda cell: order.get(cell[0], len(order)))


def _when(value: date | datetime) -> str:
    return clock_text(value) if isinstance(value, datetime) else value.isoformat()


def _session_start(e: CombinedEvent, key: str) -> date | datetime:
    """The start of the event or of the series' session ``key`` names (:func:`session_key`):
    the session's day at the series' local time."""
    if key == e.uid:
        return e.start
    day = date.fromisoformat(key[-10:])
    return datetime.combine(day, e.start.timetz()) if isinstance(e.start, datetime) else day


def drilldown_table(events: Sequence[CombinedEvent], metrics: Metrics) -> Table:
    """The drill-down tab for ``metrics`` computed from ``events`` (UIDs already assigned).

    Raises ``KeyError`` if a metric UID is not among ``events``.
    """
    by_uid = {e.uid: e for e in events}
    described: dict[str, tuple] = {}        # an event's last five cells, made once per event (p17i)
    rows: list[tuple] = [HEADER]
    for tab, label, column, uids in cells(metrics):
        for uid in uids:
            about = described.get(uid)
            if about is None:
                e = by_uid[event_uid(uid)]
                about = described[uid] = (uid, e.title, _when(_session_start(e, uid)), ", ".join(e.departments),
                                          ", ".join(e.source_labels))
            rows.append((tab, label, column, len(uids), *about))
    return Table(DRILLDOWN, tuple(rows))
