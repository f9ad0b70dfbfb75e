"""A row that says it corrects an earlier entry of its event: that entry takes its hours. Pure.

A shared form cannot be edited once sent (unless the city allows it), so staff who typed a
wrong time send it again: "Resubmitting - my first one had the wrong time. It's 10-1, not 1-4"
(a fresh helper's set, v55: the two responses were published as two events, at two times,
and a partner's demo inside the right hours joined neither). A tab's clerk may do the same,
adding a row below instead of editing the first.

A *correction row* says so in its Title, Description or Internal Notes (:data:`_SAYS`:
"resubmitting", "corrected time", "wrong time", "replaces my earlier entry", "disregard the
first one"). Its *earlier entry* is the nearest row above it in its tab with the same
department, on the same day, at the same place (or either place blank) and with a title of
the same words (folded, small words aside; one title's words holding the other's). That row
is read with the correction row's hours (so the two are one event, as a double entry is), and
gets a Validation warning naming the row that corrected it. Nothing else of it changes.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from .model import EventRow, RowIssue, Severity
from .places import fold, normalise_place

#: what a row says when it corrects or replaces an earlier entry of its event
_SAYS = re.compile(
    r"\b(?:re-?submit(?:ting|ted|s)?|re-?submission|re-?sending|re-?sent|"
    r"correct(?:ed|ing|ion)(?:\s+(?:to\s+)?(?:the\s+)?(?:time|times|hours|start|end|entry|submission|version))?"
    r"(?=\W|$)|(?:wrong|incorrect)\s+(?:time|times|hours|start(?:\s+time)?|end(?:\s+time)?)\b|"
    r"(?:replaces?|supersedes?|disregard|ignore)\s+(?:my|the|our|this)?\s*(?:earlier|first|previous|prior|"
    r"original|other|old)\b|updated\s+(?:time|times|hours)\b|time\s+(?:was|is)\s+wrong\b)", re.I)
#: words a title's likeness ignores
_SMALL = frozenset("a an and at for in of on the to with".split())


def says_it_corrects(row: EventRow) -> bool:
    """``row``'s Title, Description or Internal Notes say it corrects an earlier entry (:data:`_SAYS`)."""
    return any(_says(text) for text in (row.title, row.description, row.internal_notes) if text)


@lru_cache(maxsize=1 << 14)     # issue 17: asked of every row, whose texts repeat
def _says(text: str) -> bool:
    return _SAYS.search(text) is not None


def _words(title: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[\w']+", fold(title)) if w not in _SMALL)


def _entry_of(row: EventRow, rows: Sequence[EventRow]) -> EventRow | None:
    """The earlier entry ``row`` corrects (module doc) among ``rows`` (its tab's, of its day), or ``None``."""
    place = normalise_place(f"{row.location} {row.address}")
    words = _words(row.title)
    best = None
    for other in rows:
        if (other.source.row >= row.source.row or other.department != row.department
                or (best is not None and other.source.row <= best.source.row)):
            continue
        theirs = normalise_place(f"{other.location} {other.address}")
        alike = _words(other.title)
        if (not place or not theirs or place == theirs) and words and alike and (words <= alike or alike <= words):
            best = other
    return best


def corrected(rows: Sequence[EventRow]) -> tuple[list[EventRow], list[RowIssue]]:
    """``(rows, issues)``: ``rows`` with each earlier entry a correction row corrects read with
    that row's hours (module doc), in the same order, and a Validation warning on each such entry."""
    fixing = [r for r in rows if says_it_corrects(r)]
    if not fixing:
        return list(rows), []
    days = {(r.source.tab, r.start_date) for r in fixing}
    same_day: dict[tuple, list[EventRow]] = {}
    for r in rows:
        if (r.source.tab, r.start_date) in days:
            same_day.setdefault((r.source.tab, r.start_date), []).append(r)
    by_source: dict = {}
    issues: list[RowIssue] = []
    for row in sorted(fixing, key=lambda r: (r.source.tab, r.source.row)):
        entry = _entry_of(row, same_day[(row.source.tab, row.start_date)])
        if entry is None or says_it_corrects(entry) or entry.source in by_source:
            continue
        if (entry.start, entry.end, entry.all_day) == (row.start, row.end, row.all_day):
            continue
        by_source[entry.source] = replace(entry, start=row.start, end=row.end, all_day=row.all_day)
        was = "all day" if entry.all_day else f"{entry.start:%H:%M}–{entry.end:%H:%M}"
        issues.append(RowIssue(
            entry.source.tab, entry.source.row, "Start Time", was,
            f"{row.source} (\u201c{row.title}\u201d) says it corrects an earlier entry: this row is read as the "
            f"same event, with that row's hours; its own ({was}) are not used",
            "delete this row, or type the right hours in it, so the sheet says what is published",
            Severity.WARNING))
    return [by_source.get(r.source, r) for r in rows], issues
