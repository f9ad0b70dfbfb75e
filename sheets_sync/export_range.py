"""The dates a calendar export still covers: past events it no longer holds are carried. Pure.

A calendar file (``source.calendars``) is read inside the feed window (today −
``feed.past_days`` on), and an event the record has from it that lies wholly before that
window is carried as recorded (:func:`sheets_sync.identity.carried`). An export need not
reach back that far: a scheduled Outlook "Save calendar" with a date range starting today, or
next year's export renamed into place, holds no past events at all. Its silence about those
dates says nothing about them — so, as for the window, a past event the record has from the
file that lies wholly before the export's **earliest event** (and before today) is carried:
same UID, SEQUENCE, departments and so joint count, rather than cancelled and its month's
joint count lowered. A past event missing from inside the dates the export still covers (on
or after its earliest event) is removed as a deleted row's is; so is any future event.

The one thing this cannot tell apart: deleting the earliest past events of an export (and
nothing earlier is left in it) looks the same as an export that starts later; those events are
carried, and a Validation warning on the file names the date and how many events it carried.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Iterable, Mapping, Sequence

from .identity import RecordEntry, before_window
from .model import RawTab, RowIssue, Severity


def _day(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def covered_from(tabs: Sequence[RawTab], windows: Mapping[str, date], today: date) -> dict[str, date]:
    """``{calendar tab title: first city date its events are known from}`` for each calendar
    file of ``windows`` (tab title → its read window's first day) read this time whose
    earliest event starts after that first day: ``min(earliest Start Date, today)`` — never
    after today, so only past dates are ever taken as not covered. A file with no event this
    time is not in the result (:func:`sheets_sync.guard.empty_sources` holds it).

    ``tabs``: this read's tabs (calendar tabs as
    :func:`~sheets_sync.backends.ics_source.read_calendar` gives them: a ``Start Date`` column
    of dates or naive datetimes). Raises nothing."""
    out: dict[str, date] = {}
    for tab in tabs:
        if tab.title not in windows or "Start Date" not in tab.header:
            continue
        at = tab.header.index("Start Date")
        days = [d for r in tab.rows if at < len(r) and (d := _day(r[at])) is not None]
        if days and (first := min(min(days), today)) > windows[tab.title]:
            out[tab.title] = first
    return out


def uncovered(entries: Iterable[RecordEntry], tab: str, first: date, window_first: date,
              other_titles: Iterable[str] = ()) -> list[RecordEntry]:
    """The live record events with a row from calendar tab ``tab`` (or one of its earlier
    titles, ``other_titles``: a renamed file) that lie wholly before ``first`` (the date the
    export is known from, :func:`covered_from`) but not before ``window_first`` (the read
    window's first day, where events are carried anyway): what this sync carries only because
    the export no longer covers their dates."""
    titles = {tab, *other_titles}
    return [e for e in entries if e.removed_at is None and titles & set(e.tabs)
            and before_window(e, first) and not before_window(e, window_first)]


def uncovered_issue(tab: str, first: date, events: Sequence[RecordEntry]) -> RowIssue:
    """The warning on calendar file ``tab`` whose export starts at ``first`` while the record
    has ``events`` (non-empty) from it before then, carried as they were."""
    n = len(events)
    return RowIssue(
        tab, 1, "(calendar)", f"covers from {first.isoformat()}",
        f"the export no longer covers dates before {first:%B} {first.day}, {first.year} (its earliest event, or "
        f"today): its {n} past event{'s' if n != 1 else ''} from before then "
        f"{'stays' if n == 1 else 'stay'} as the last sync that read {'it' if n == 1 else 'them'} recorded "
        f"({'its' if n == 1 else 'their'} UID, departments and joint count kept), not cancelled",
        "nothing, if the export's date range changed on purpose; to change or remove one of those events, "
        "export a range that covers its date again (README: \"Set up for your city\", calendar files)",
        Severity.WARNING)
