"""Pages of a long list (issue 17: a page costs what it shows, not what matches). Pure.

The month page and the upcoming list show at most ``site.page_size`` events a page (default
50, as Localist's and Mobilizon's lists page a fixed number of events with previous/next
links). This module turns one page of items — events and occurrences in the order of
:func:`public_feed.query.upcoming` — into what the templates show:

* :func:`month_cells`: the month grid for one page: each day lists at most
  :data:`MONTH_DAY_MAX` of this page's items touching it, with the day's count over every
  page (:func:`day_counts`), so a day whose events are on another page still says how many
  it has and links to them. When the whole month fits in one page, the grid is exactly
  :func:`public_feed.query.month_grid`'s (a test compares them).
* :func:`continues`: whether a page's first day heading continues the previous page's last
  day (the page then says so, instead of repeating the heading as if it were a new day).

Days are city days; an item touches the days from its local start day to
:func:`public_feed.query.last_day` (all-day ends exclusive, RFC 5545 §3.6.1).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Mapping
from zoneinfo import ZoneInfo
import calendar

from .query import last_day, local_day

#: Event titles shown in one day of the month grid; the rest are a "N more" link to the day.
MONTH_DAY_MAX = 4


def touched(e: Mapping, tz: ZoneInfo, first: date, last: date) -> list[date]:
    """The days of ``[first, last]`` that event or occurrence ``e`` touches, in order."""
    day, end = max(local_day(e["start"], tz), first), min(last_day(e, tz), last)
    out = []
    while day <= end:
        out.append(day)
        day += timedelta(days=1)
    return out


def day_counts(items: Iterable[Mapping], tz: ZoneInfo, first: date, last: date) -> dict[date, int]:
    """``{day: how many of items touch it}`` for the days ``first`` … ``last`` (days with none left out)."""
    counts: dict[date, int] = {}
    for e in items:
        for day in touched(e, tz, first, last):
            counts[day] = counts.get(day, 0) + 1
    return counts


@dataclass(frozen=True)
class Cell:
    """One day of the month grid: ``day`` (``None`` outside the month); ``items``, at most
    :data:`MONTH_DAY_MAX` of this page's items touching it, in page order; ``count``, the
    items touching it on every page."""
    day: date | None
    items: list
    count: int = 0

    @property
    def more(self) -> int:
        """Items of this day not listed in the cell (on this page or another)."""
        return self.count - len(self.items)


def month_cells(page_items: Iterable[Mapping], counts: Mapping[date, int], year: int, month: int,
                tz: ZoneInfo, first_weekday: int = 6) -> list[list[Cell]]:
    """Weeks of :class:`Cell` for ``year``-``month`` (``first_weekday`` as :mod:`calendar`:
    0 Monday … 6 Sunday) from one page of the month's items and :func:`day_counts` of all of them."""
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    by_day: dict[date, list] = {}
    for e in page_items:
        for day in touched(e, tz, first, last):
            by_day.setdefault(day, []).append(e)
    weeks = calendar.Calendar(first_weekday).monthdatescalendar(year, month)
    return [[Cell(d, by_day.get(d, [])[:MONTH_DAY_MAX], counts.get(d, 0)) if d.month == month else Cell(None, [])
             for d in week] for week in weeks]


def continues(previous: Mapping | None, first: Mapping | None, tz: ZoneInfo, since: date) -> bool:
    """Does a page whose first item is ``first`` open under the same day heading as the item
    before it (``previous``, the last of the previous page)? Headings are
    :func:`public_feed.query.group_by_day`'s: the local start day, or ``since`` for an
    event still on since an earlier day."""
    if previous is None or first is None:
        return False
    return max(local_day(previous["start"], tz), since) == max(local_day(first["start"], tz), since)
