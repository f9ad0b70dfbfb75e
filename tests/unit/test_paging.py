"""The paged month and the bounded count (issue 17) equal the whole-list functions.

Generated calendars of tests/unit/test_site_index.py (ties, DST, all-day, multi-day and long
events, weekly series with EXDATEs): the index's month pages, day counts and capped counts
are compared with :func:`public_feed.query.month_grid` and :func:`public_feed.query.upcoming`
applied to every event.
"""
from __future__ import annotations

import calendar as cal
from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from public_feed.paging import MONTH_DAY_MAX, continues, day_counts, month_cells
from public_feed.query import collapse_series, local_day, matches, month_grid, upcoming
from sheets_sync.model import slugify
from tests.unit.test_site_index import ALIASES, BASE, TZ, calendar, filters, open_index


def month_items(chosen, year, month):
    lo, hi = date(year, month, 1), date(year, month, cal.monthrange(year, month)[1])
    return [e for e in upcoming(chosen, TZ, lo, (hi - lo).days) if local_day(e["start"], TZ) <= hi], lo, hi


@settings(max_examples=25, deadline=None, derandomize=True)
@given(st.integers(0, 10**6), filters, st.integers(0, 9), st.sampled_from([3, 10, 1000]), st.integers(1, 6))
def test_month_pages_equal_the_grid(tmp_path_factory, seed, f, shift, size, page_number):
    index, everything = open_index(tmp_path_factory.mktemp("ix"), calendar(seed, 300))
    year, month = (BASE + timedelta(days=31 * shift)).year, (BASE + timedelta(days=31 * shift)).month
    chosen = [e for e in everything if matches(e, f, slugify, ALIASES)]
    grid = month_grid(chosen, year, month, TZ)
    items, lo, hi = month_items(chosen, year, month)
    selection = index.select(f, lo, (hi - lo).days, hi)
    assert selection.total == len(items)
    assert selection.events == len({e["uid"] for e in items})
    counts = index.day_counts(f, lo, hi, selection)
    assert counts == {d: len(evs) for week in grid for d, evs in week if d and evs}
    assert counts == day_counts(items, TZ, lo, hi)
    offset = (page_number - 1) * size
    page = items[offset:offset + size]
    cells = month_cells(selection.slice(offset, size), counts, year, month, TZ)
    for week, grid_week in zip(cells, grid, strict=True):
        for cell, (day, evs) in zip(week, grid_week, strict=True):
            assert cell.day == day and cell.count == len(evs)
            assert cell.items == [e for e in evs if e in page][:MONTH_DAY_MAX], day
            if offset == 0 and size >= len(items):                  # one page: the grid as before
                assert cell.items == evs[:MONTH_DAY_MAX]


@settings(max_examples=25, deadline=None, derandomize=True)
@given(st.integers(0, 10**6), filters, st.integers(-40, 300), st.integers(0, 60))
def test_a_capped_count_stops_at_the_cap_and_pages_are_unchanged(tmp_path_factory, seed, f, day, cap):
    index, everything = open_index(tmp_path_factory.mktemp("ix"), calendar(seed, 300))
    since = BASE + timedelta(days=day)
    listed = collapse_series(upcoming([e for e in everything if matches(e, f, slugify, ALIASES)], TZ, since))
    capped = index.select(f, since, collapse=True, count_max=cap)
    assert capped.total == (min(len(listed), cap + 1) if f.active else len(listed))     # unfiltered: exact
    assert capped.capped == (f.active and len(listed) > cap)
    for offset in (0, 3, cap, len(listed) - 2):
        offset = max(offset, 0)
        assert capped.slice(offset, 5) == listed[offset:offset + 5]


def test_a_common_word_reads_the_range_a_rare_word_its_hits(tmp_path):
    """Which rows a bounded search reads: a word in most events scans the date range in page
    order (it stops after the page), a word in few reads the trigram index's hits."""
    events = calendar(11, 300)
    for k, e in enumerate(events):
        e["title"] = "Safety walk" if k % 50 else "Zebra crossing day"
    index, _ = open_index(tmp_path, events)
    from public_feed.query import Filters
    assert index._source(Filters(q="walk"), lambda: 250, needed=20)[0] == "events"
    assert index._source(Filters(q="zebra"), lambda: 250, needed=20)[0].startswith("(SELECT rowid")
    assert index._source(Filters(q="walk"), lambda: 1000)[0].startswith("(SELECT rowid")   # an exact count
    assert index._source(Filters(q="walk"), lambda: 1000, needed=20)[0] == "events"


def test_continues_compares_the_day_headings():
    from datetime import datetime
    a = {"start": datetime(2025, 8, 5, 9, tzinfo=TZ)}
    b = {"start": datetime(2025, 8, 5, 18, tzinfo=TZ)}
    c = {"start": datetime(2025, 8, 6, 9, tzinfo=TZ)}
    earlier = {"start": date(2025, 7, 30)}           # still on: listed under `since`
    assert continues(a, b, TZ, date(2025, 8, 1)) and not continues(b, c, TZ, date(2025, 8, 1))
    assert continues(earlier, {"start": date(2025, 8, 1)}, TZ, date(2025, 8, 1))
    assert not continues(None, a, TZ, date(2025, 8, 1))
