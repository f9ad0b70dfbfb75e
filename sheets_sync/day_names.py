"""A Start Date whose day name disagrees with its date ("Sat 9/26/2025": 9/26/2025 is a
Friday). Pure.

Staff slip either way: the number ("Sat 9/26" for the expo on Saturday the 27th) or the name.
The row is published on its date, with a Validation warning (:func:`disagreement`), unless a
partner's row on the day its name points to is the same event and nothing on its own date is:
then the name was right, and the row is read on that day (:func:`day_name_moves`, called by
:func:`sheets_sync.merge.merge_rows`, which warns with :func:`moved_issue` in place of the
first warning). A held-out set (v60): Emergency Management's "Go-kit giveaway @ Twin Lakes",
typed "Sat 9/26/2025", had been left a day before the Safety Expo it was part of, so the expo
counted one department fewer.
"""
from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Callable, Iterator, Mapping, Sequence

from .model import EventRow, RowIssue, Severity

#: the Validation column the day name is read from
COLUMN = "Start Date"


def named_day(day: date, weekday: int) -> date:
    """The date nearest ``day`` that falls on ``weekday`` (0 = Monday): at most 3 days before
    or after it (a week has an odd number of days, so there is never a tie)."""
    ahead = (weekday - day.weekday()) % 7
    return day + timedelta(days=ahead) if ahead <= 3 else day - timedelta(days=7 - ahead)


def disagreement(day: date, weekday: int) -> tuple[str, str]:
    """``(problem, action)`` of the Validation warning on a Start Date ``day`` typed with the
    name of ``weekday`` (0 = Monday), published on ``day``."""
    return (f"{day:%m/%d/%Y} is a {day:%A}, not a {calendar.day_name[weekday]}; "
            f"the event is published on {day:%A} {day:%m/%d/%Y}",
            "correct the date or the day name so they agree")


def first_issue(row: EventRow) -> RowIssue:
    """The warning the parse stage gave ``row`` (one with :attr:`EventRow.day_named`), as it gave it."""
    (named, typed), day = row.day_named, row.start_date
    return RowIssue(row.source.tab, row.source.row, COLUMN, typed, *disagreement(day, named.weekday()),
                    Severity.WARNING)


def moved_issue(row: EventRow, partner: EventRow) -> RowIssue:
    """The warning on ``row`` read on its day name's date, where ``partner``'s row is the same event."""
    (named, typed), day = row.day_named, row.start_date
    return RowIssue(row.source.tab, row.source.row, COLUMN, typed,
                    f"{day:%m/%d/%Y} is a {day:%A}, not a {named:%A}: read as {named:%A} {named:%m/%d/%Y}, "
                    f"the day its name gives, as {partner.source} (\u201c{partner.title}\u201d) that day "
                    "is the same event",
                    "correct the date so it agrees with the day name", Severity.WARNING)


def redated(row: EventRow) -> EventRow:
    """``row`` moved, by whole days, to the date its day name gives (its hours as typed)."""
    shift = timedelta(days=(row.day_named[0] - row.start_date).days)
    return replace(row, start=row.start + shift, end=row.end + shift)


def day_name_moves(rows: Sequence[EventRow], feats: Sequence, verdicts: Mapping[tuple[int, int], object],
                   score: Callable[[int, int, date], object]) -> Iterator[tuple[int, list[tuple[int, object]]]]:
    """``(i, found)`` for each one-day, non-repeating row ``rows[i]`` whose day name points to
    another date (:attr:`EventRow.day_named`), that merges with no row on its own date (no
    ``"merge"`` among ``verdicts``, pair → a verdict with an ``outcome``) and that ``score``
    (``(i, j, day)`` → a verdict: ``rows[i]`` scored against ``rows[j]`` as though on ``day``)
    merges with a row of another tab on that date. ``feats``: each row's
    :class:`~sheets_sync.matching.Features` (its ``day``); ``found``: ``(j, verdict)`` of each row
    that day scored other than ``"apart"``. The merges and the rows of the named dates are
    looked up only when some row has a day name to check (issue 17: 100,000 rows have none)."""
    slipped = [i for i, r in enumerate(rows) if r.day_named is not None and not r.rrule and _one_day(r)]
    if not slipped:
        return
    merged = {k for pair, v in verdicts.items() if v.outcome == "merge" for k in pair}
    slipped = [i for i in slipped if i not in merged]
    wanted = {rows[i].day_named[0] for i in slipped}
    on: Mapping[date, list[int]] = {}
    for j, f in enumerate(feats):
        if f.day in wanted:
            on.setdefault(f.day, []).append(j)
    for i in slipped:
        day = rows[i].day_named[0]
        found = [(j, v) for j in on.get(day, ()) if rows[j].source.tab != rows[i].source.tab
                 and (v := score(i, j, day)).outcome != "apart"]
        if any(v.outcome == "merge" for _, v in found):
            yield i, found


def _one_day(row: EventRow) -> bool:
    last = row.end - timedelta(days=1) if row.all_day else row.end
    return (last.date() if isinstance(last, datetime) else last) <= row.start_date
