"""``Metrics - Drill-down``: every number in the metric tabs → the combined events behind it. Pure.

One line per (metric cell, event): the tab, the row label (month, fiscal quarter,
department), the column, the number shown in that cell, and the event's UID, title, start,
departments and source rows (``Tab!row``). Filtering the tab on one cell gives exactly as
many lines as the number in that cell, and each line leads to its intake rows, so a manager
can check any figure back to what staff typed. Cancelled and removed events are not counted
(:func:`reports.metrics.counted`), so they do not appear here either.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Iterator, Sequence

from sheets_sync.model import CombinedEvent, Table

from .metrics import Metrics
from .tabs import COLLABORATION, DEPARTMENTS, DRILLDOWN, MONTHLY, QUARTERLY

HEADER = ("Metric Tab", "Row", "Column", "Cell Value", "UID", "Title", "Start", "Departments",
          "Sources")


def _cells(m: Metrics) -> Iterator[tuple[str, str, str, list[str]]]:
    for month, v in m.months.items():
        yield MONTHLY, month, "Events", v["uids"]
        yield MONTHLY, month, "Joint Events", v["joint_uids"]
    for quarter, v in m.quarters.items():
        yield QUARTERLY, quarter, "Events", v["uids"]
        yield QUARTERLY, quarter, "Joint Events", v["joint_uids"]
        yield QUARTERLY, quarter, "All-Department Events", v["all_department_uids"]
    for name, v in m.departments.items():
        yield DEPARTMENTS, name, "Events Led", v.get("led_uids", [])
        yield DEPARTMENTS, name, "Events Taken Part In", v.get("event_uids", [])
        yield DEPARTMENTS, name, "Joint Events Taken Part In", v.get("joint_uids", [])
    for (a, b), uids in sorted(m.collaboration_uids.items()):
        yield COLLABORATION, a, b, uids


def _when(value: date | datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else value.isoformat()


def drilldown_table(events: Sequence[CombinedEvent], metrics: Metrics) -> Table:
    """The drill-down tab for ``metrics`` computed from ``events`` (UIDs already assigned).

    Raises ``KeyError`` if a metric UID is not among ``events``.
    """
    by_uid = {e.uid: e for e in events}
    rows: list[tuple] = [HEADER]
    for tab, label, column, uids in _cells(metrics):
        for uid in uids:
            e = by_uid[uid]
            rows.append((tab, label, column, len(uids), uid, e.title, _when(e.start),
                         ", ".join(e.departments), ", ".join(e.source_labels)))
    return Table(DRILLDOWN, tuple(rows))
