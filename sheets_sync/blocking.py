"""Blocking: which pairs of rows are worth comparing at all. Pure.

Rows are grouped by the local date they start on (a *block*). Inside a block:

* timed rows are sorted by start and each is compared only with the rows that start before
  it ends or within ``tolerance`` minutes of its start (a sorted-neighbourhood sweep), so two
  rows whose times cannot overlap are never a candidate pair;
* two rows whose addresses both carry a house number are compared only when the numbers are
  equal (different addresses are different events: the NNO block parties), and two rows of
  one tab with different ``Event ID`` values only when their titles are the same but for
  spaces and doubled letters (a form's double submission gives the copy a new ID; otherwise
  the department says they differ); rows
  without a house number are compared with every row their time reaches;
* all-day rows are compared with every row of the block that passes those two checks;
* a row that spans several days (an all-day campaign, a multi-day permit) is also compared
  with the rows that start on its later days, up to ``max_span_days``.

The number of candidate pairs therefore grows with the number of days times the square of the
rows that overlap in time and place on one day — linearly in the size of the sheet, never
with all pairs.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from datetime import timedelta
from typing import Iterator, Sequence

from .matching import Features


def _number(f: Features) -> str:
    """The house number a row can be blocked on ("" = none, or a "1400 block of" range)."""
    return "" if f.place.block else f.place.number


_REPEATED = re.compile(r"(.)\1+")


def _loose_title(title: str) -> str:
    """A normalised title with its spaces and doubled letters gone: two rows of one tab with two
    Event IDs are compared when these agree, a double submission typed with a typo in its title
    too ("Smoke Alarm Canvass" and "Canvas", "Open House" and "Openhouse": a third helper's check)."""
    return _REPEATED.sub(r"\1", title).replace(" ", "")


def candidate_pairs(feats: Sequence[Features], tolerance: float, tabs: Sequence[str] | None = None,
                    max_span_days: int = 14) -> Iterator[tuple[int, int]]:
    """Yield index pairs ``(i, j)``, ``i != j``, each unordered pair at most once.

    ``feats[k]`` describes row ``k`` (:func:`sheets_sync.matching.features`) and ``tabs[k]``
    names its tab (``None``: the Event ID check is skipped); ``tolerance`` is in minutes.
    """
    tabs = tabs if tabs is not None else [""] * len(feats)
    numbers = [_number(f) for f in feats]
    ids = [f.event_id for f in feats]
    loose: dict[int, str] = {}          # (made only for two Event IDs of one tab: issue 17)

    def titles_differ(i: int, j: int) -> bool:
        a, b = feats[i].titles[0], feats[j].titles[0]
        if a == b:
            return False
        for k, t in ((i, a), (j, b)):
            if k not in loose:
                loose[k] = _loose_title(t)
        return loose[i] != loose[j]

    def compatible(i: int, j: int) -> bool:
        ni, nj, ei, ej = numbers[i], numbers[j], ids[i], ids[j]
        return not ((ni and nj and ni != nj) or (ei and ej and ei != ej and tabs[i] == tabs[j]
                                                  and titles_differ(i, j)))

    natives: dict = defaultdict(list)
    visitors: dict = defaultdict(list)
    for i, f in enumerate(feats):
        natives[f.day].append(i)
        # the later calendar days a row reaches: a multi-day row, or 11:30 PM – 2 AM past midnight
        span = int((f.end - f.start) // 1440) if f.all_day else int((f.end - 1) // 1440 - f.start // 1440)
        for k in range(1, min(span, max_span_days) + 1):
            visitors[f.day + timedelta(days=k)].append(i)
    for day, members in natives.items():
        timed = sorted((i for i in members if not feats[i].all_day), key=lambda i: feats[i].start)
        starts = [feats[i].start for i in timed]
        buckets: dict[str, list[int]] = defaultdict(list)   # house number → positions in `timed`
        for pos, i in enumerate(timed):
            buckets[numbers[i]].append(pos)
        wild = buckets.get("", [])
        for x, i in enumerate(timed):
            fi = feats[i]
            hi = bisect_right(starts, max(fi.start + tolerance, fi.end), lo=x + 1)
            number = numbers[i]
            if number:
                own = buckets[number]
                positions = [*own[bisect_right(own, x):bisect_left(own, hi)],
                             *wild[bisect_right(wild, x):bisect_left(wild, hi)]]
            else:
                positions = range(x + 1, hi)
            ei = ids[i]
            for pos in positions:
                j = timed[pos]
                if not (ei and ids[j] and ei != ids[j] and tabs[i] == tabs[j] and titles_differ(i, j)):
                    yield i, j
        untimed = [i for i in members if feats[i].all_day]
        for x, i in enumerate(untimed):
            number = numbers[i]
            reach = [timed[p] for p in (*buckets[number], *wild)] if number else timed
            for j in (*untimed[x + 1:], *reach):
                if compatible(i, j):
                    yield i, j
        for i in visitors.get(day, ()):
            for j in members:
                if compatible(i, j):
                    yield i, j
