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

from datetime import date, timedelta
from typing import Callable, Mapping, Sequence

from .identity import RecordEntry, row_place, row_text
from .matching import retitled, title_words
from .merge import content_key, default_order
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


def held_keys(entries: Sequence[RecordEntry],
              source_of: Callable[[str], str] | None = None) -> Callable[[tuple], bool] | None:
    """``entries`` → a function telling whether a row key (:func:`sheets_sync.merge.row_key`,
    its tab read through ``source_of``) was the key of a row of a live record event at the
    last sync, or ``None`` when the record holds no row (a first sync).

    Used by :func:`sheets_sync.merge.merge_rows`: a staff decision follows an edited row only
    on the sync that sees the edit — from a row that was there to one that was not. Pure."""
    if source_of is None:
        source_of = str
    live = [e for e in entries if e.removed_at is None and e.contents]
    if not live:
        return None
    held: set[tuple] = set()        # built on the first question (most syncs ask none: issue 17)

    def was_held(key: tuple) -> bool:
        if not held:
            held.update((source_of(k[0]), *k[1:]) for e in live for k in map(content_key, e.contents))
        return key in held

    return was_held


def previous_events(entries: Sequence[RecordEntry],
                    source_of: Callable[[str], str] | None = None
                    ) -> Callable[[EventRow], tuple[str, bool] | None]:
    """``entries`` → a function giving, for a row of this read, the live record event it was a
    row of at the last sync when that event had rows of two or more sources:
    ``(uid, within its published days)`` — the days of the event's first (leading) row, from
    its start to its end day (a day row of a multi-day event is within them) — or ``None``.

    A row is matched exactly on (source, title, start, place, description), else on its
    source, title and place alone when exactly one such event had them (its date was edited),
    else on its source and place when exactly one event had a row of that source there whose
    title the row's still is (:func:`sheets_sync.matching.retitled`: most of its words kept —
    the date and the title edited at once, "Harvest Festival" → "Harvest Festival (RAIN
    DATE)"). Used by :func:`sheets_sync.merge.merge_rows` to keep an event that one department moved
    to another day as one event until staff answer (:mod:`sheets_sync.merge`). Pure."""
    if source_of is None:
        source_of = str
    # every live event counts (a weekly session's other days are events of their own: the
    # one that merged with a visit is not what they were); only joint ones are answered
    # (an event of one source matters only where it shares a joint event's source, title and
    # place: the rest are left out, and a record with no joint event costs one pass)
    live = [e for e in entries if e.removed_at is None and e.contents]
    joint = {e.uid for e in live if len(e.tabs) >= 2 and len({source_of(t) for t in e.tabs}) >= 2}
    if not joint:
        return lambda row: None
    exact: dict[tuple, tuple[str, tuple[str, str] | None]] = {}
    loose: dict[tuple, set[tuple[str, tuple[str, str] | None]]] = {}
    # (source, place) → (uid, days, title) of the rows there: a row retitled and moved at once
    placed: dict[tuple, set[tuple[str, tuple[str, str] | None, str]]] = {}
    for entry in (e for e in live if e.uid in joint):
        start, _, end = str(entry.contents[0].get("when", "")).partition("/")
        last = (end or start)[:10]
        if end and "T" not in end and last > start[:10]:    # an all-day end is the day after (RFC 5545 DTEND)
            last = (date.fromisoformat(last) - timedelta(days=1)).isoformat()
        days = (start[:10], last)
        for content in entry.contents:
            source = source_of(content.get("tab", ""))
            exact[(source, *(content.get(f, "") for f in _EXACT[1:]))] = (entry.uid, days)
            loose.setdefault((source, content.get("title", ""), content.get("place", "")),
                             set()).add((entry.uid, days))
            placed.setdefault((source, content.get("place", "")), set()).add(
                (entry.uid, days, content.get("title", "")))
    titles = {k[1] for k in loose}
    places = {k[1] for k in placed}
    for entry in (e for e in live if e.uid not in joint):
        for content in entry.contents:
            title, place = content.get("title", ""), content.get("place", "")
            if title not in titles and place not in places:
                continue
            source = source_of(content.get("tab", ""))
            key = (source, title, place)
            if key in loose:
                exact[(source, *(content.get(f, "") for f in _EXACT[1:]))] = (entry.uid, None)
                loose[key].add((entry.uid, None))
            if (source, place) in placed:       # a look-alike of one source there: no longer one event
                placed[(source, place)].add((entry.uid, None, title))

    def previous(row: EventRow) -> tuple[str, bool] | None:
        source, start = source_of(row.source.tab), iso_text(row.start)
        title, place = row_text(row.title), row_place(row)
        found = exact.get((source, title, start, place, row_text(row.description)))
        if found is None:
            near = loose.get((source, title, place), ())
            found = next(iter(near)) if len(near) == 1 else None
        if found is None and (there := placed.get((source, place))):
            words = title_words(title)
            near = {(uid, days) for uid, days, old in there if retitled(title_words(old), words)}
            found = next(iter(near)) if len(near) == 1 else None
        if found is None or found[1] is None:
            return None
        return found[0], found[1][0] <= start[:10] <= found[1][1]

    return previous


def source_key(lookup: Mapping[str, str], renamed: Mapping[str, str] = {}) -> Callable[[str], str]:
    """``lookup`` (``Config.department_lookup()``) and ``renamed`` (``{old title: new title}``,
    :func:`sheets_sync.identity.renamed_tabs` and followed moves) → a ``source_of`` for
    :func:`first_seen_order`: a title → the department it names (case and surrounding spaces
    ignored), else its current title. Pure."""
    def source_of(title: str) -> str:
        title = renamed.get(title, title)
        return lookup.get(title.strip().lower()) or title
    return source_of
