"""Which row was entered first: the order used for "earliest-created row wins". Pure.

The combined record keeps, for every event, when it was created and the contents of its rows
in the order they were merged (earliest first). A row is matched to that content — exactly on
(tab, title, start, place, description), else on two of title, start and place within one of
the event's tabs (one field was edited) — and ranked by (event created, position in the event). Rows the record has never seen
rank after all seen rows, in :func:`sheets_sync.merge.default_order`. So a Fire row added to a
Police event last week never takes over the event's title and time, and the ranking does not
depend on the order of rows or tabs in the sheet.
"""
from __future__ import annotations

from typing import Callable, Sequence

from .identity import RecordEntry, row_place, row_text
from .merge import default_order
from .model import EventRow
from .timeutil import iso_text

_FIELDS = ("title", "start", "place")
_EXACT = ("tab", "title", "start", "place", "description")


def first_seen_order(entries: Sequence[RecordEntry]) -> Callable[[EventRow], tuple]:
    """``entries`` (from ``Record.entries()``) → an ``order`` function for
    :func:`sheets_sync.merge.merge_rows` returning ``(created timestamp, position, ...)``."""
    exact: dict[tuple, tuple[float, int]] = {}
    near: dict[tuple, tuple[float, int]] = {}
    for entry in entries:
        if entry.removed_at is not None or entry.created is None:
            continue
        created = entry.created.timestamp()
        for position, content in enumerate(entry.contents):
            values = tuple(content.get(f, "") for f in _FIELDS)
            rank = (created, position)
            full = tuple(content.get(f, "") for f in _EXACT)
            exact[full] = min(exact.get(full, rank), rank)
            for tab in entry.tabs:
                for drop in range(3):
                    k = (tab, drop, *values[:drop], *values[drop + 1:])
                    near[k] = min(near.get(k, rank), rank)
    if not exact:
        return default_order       # nothing seen before (a first sync): the same ranks, cheaper

    def order(row: EventRow) -> tuple:
        # the :func:`row_content` values of _EXACT, without the other fields (issue 17)
        values = (row_text(row.title), iso_text(row.start), row_place(row))
        rank = exact.get((row.source.tab, *values, row_text(row.description)))
        if rank is None:
            found = [near[k] for drop in range(3)
                     if (k := (row.source.tab, drop, *values[:drop], *values[drop + 1:])) in near]
            rank = min(found) if found else None
        base = default_order(row)
        return (*rank, *base[2:]) if rank else base

    return order
