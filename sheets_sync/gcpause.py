"""Fewer garbage-collector passes during a sync (issue 17).

A sync allocates millions of small objects that live to its end (rows, events, JSON values,
table cells) and very few reference cycles. CPython's cyclic collector runs a young pass every
700 net allocations and a full pass over every tracked object each time the heap has grown by
a quarter, so at 100,000 rows it spent 15.5 s of a 173 s sync re-scanning objects that
were never garbage (5,000 rows: 0.46 s; with :data:`SYNC_THRESHOLDS` 2.9 s and 0.17 s, peak
memory 2% higher). :func:`roomier_collector` raises the thresholds
(``gc.set_threshold``, https://docs.python.org/3/library/gc.html#gc.set_threshold) for the
duration of the block and puts the old ones back after it; the collector still runs, so a
cycle is still freed, only later.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

#: (young pass every N net allocations, middle pass every N young passes, full pass every N
#: middle passes); CPython's defaults are (700, 10, 10).
SYNC_THRESHOLDS = (10_000, 10, 100)


@contextmanager
def roomier_collector(thresholds: tuple[int, int, int] = SYNC_THRESHOLDS) -> Iterator[None]:
    """Run the block with the collector's ``thresholds``; the previous ones are restored
    afterwards, also when the block raises. Usable as a decorator."""
    before = gc.get_threshold()
    gc.set_threshold(*thresholds)
    try:
        yield
    finally:
        gc.set_threshold(*before)
