"""Which row was entered first: the order used for "earliest-created row wins". Pure.

The combined record keeps, for every event, when it was created and the contents of its rows
in the order they were merged (earliest first). A row is matched to that content — exactly on
(source, title, start, place, description), else on two of title, start and place within one
of the event's sources (one field was edited) — and ranked by (event created, position in the
event). A row's *source* is its tab's department (``source_of``), so a tab renamed to another
of its department's names ("Police " → "Police", "Fire" → "Fire Dept") keeps its rows' ranks. Rows the record has never seen
rank after all seen rows, in :func:`sheets_sync.merge.default_order`. So a Fire row added to a
Police event last week never takes over the event's title and time (the merge ranks a partner's
part or visit after the event's own rows first, :func:`sheets_sync.merge.lead_classes`, so a
host's row typed after a partner's drop-by does lead), and the ranking does not
depend on the order of rows or tabs in the sheet.
"""
from __future__ import annotations

from typing import Callable, Mapping, Sequence

from .identity import RecordEntry, row_place, row_text
from .merge import default_order
from .model import EventRow
from .timeutil import iso_text

_FIELDS = ("title", "start", "place")
_EXACT = ("tab", "title", "start", "place", "description")


def first_seen_order(entries: Sequence[RecordEntry],
                     source_of: Callable[[str], str] | None = None) -> Callable[[EventRow], tuple]:
    """``entries`` (from ``Record.entries()``) → an ``order`` function for
    :func:`sheets_sync.merge.merge_rows` returning ``(created timestamp, position, ...)``.

    ``source_of``: a tab title, as the record or this read has it → the key its rows are
    ranked under (:func:`source_key`); default: the title itself."""
    if source_of is None:
        source_of = str
    exact: dict[tuple, tuple[float, int]] = {}
    near: dict[tuple, tuple[float, int]] = {}
    for entry in entries:
        if entry.removed_at is not None or entry.created is None:
            continue
        created = entry.created.timestamp()
        for position, content in enumerate(entry.contents):
            values = tuple(content.get(f, "") for f in _FIELDS)
            rank = (created, position)
            full = (source_of(content.get("tab", "")), *(content.get(f, "") for f in _EXACT[1:]))
            exact[full] = min(exact.get(full, rank), rank)
            for tab in {source_of(t) for t in entry.tabs}:
                for drop in range(3):
                    k = (tab, drop, *values[:drop], *values[drop + 1:])
                    near[k] = min(near.get(k, rank), rank)
    if not exact:
        return default_order       # nothing seen before (a first sync): the same ranks, cheaper

    def order(row: EventRow) -> tuple:
        # the :func:`row_content` values of _EXACT, without the other fields (issue 17)
        values = (row_text(row.title), iso_text(row.start), row_place(row))
        source = source_of(row.source.tab)
        rank = exact.get((source, *values, row_text(row.description)))
        if rank is None:
            found = [near[k] for drop in range(3)
                     if (k := (source, drop, *values[:drop], *values[drop + 1:])) in near]
            rank = min(found) if found else None
        base = default_order(row)
        return (*rank, *base[2:]) if rank else base

    return order


def source_key(lookup: Mapping[str, str], renamed: Mapping[str, str] = {}) -> Callable[[str], str]:
    """``lookup`` (``Config.department_lookup()``) and ``renamed`` (``{old title: new title}``,
    :func:`sheets_sync.identity.renamed_tabs` and followed moves) → a ``source_of`` for
    :func:`first_seen_order`: a title → the department it names (case and surrounding spaces
    ignored), else its current title. Pure."""
    def source_of(title: str) -> str:
        title = renamed.get(title, title)
        return lookup.get(title.strip().lower()) or title
    return source_of
