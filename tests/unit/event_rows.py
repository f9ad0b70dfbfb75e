"""Build parsed intake rows (:class:`EventRow`) for matcher tests without a workbook."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sheets_sync.model import EventRow, SourceRef, Status, Visibility

TZ = ZoneInfo("America/New_York")


def row(tab: str, n: int, title: str, day: date, start: str | None = None, end: str | None = None, *,
        location: str = "", address: str = "", department: str | None = "", lead: str | None = None,
        partners: tuple[str, ...] = (), **kw) -> EventRow:
    """``start``/``end`` as ``"HH:MM"``; no ``start`` = all day. ``department`` defaults to the tab."""
    if start is None:
        when, until, all_day = day, day + timedelta(days=1), True
    else:
        when = datetime.combine(day, time.fromisoformat(start), TZ)
        until = datetime.combine(day, time.fromisoformat(end), TZ) if end else when + timedelta(hours=1)
        all_day = False
    dept = tab if department == "" else department
    kw.setdefault("visibility", Visibility.PUBLIC)
    kw.setdefault("status", Status.SCHEDULED)
    return EventRow(source=SourceRef(tab, n), title=title, start=when, end=until, all_day=all_day,
                    department=dept, lead=lead or dept, partners=partners, location=location, address=address,
                    **kw)


def groups(result) -> set[frozenset[str]]:
    """The partition a merge produced, as sets of ``"Tab!row"`` labels."""
    return {frozenset(str(s) for s in e.sources) for e in result.events}
