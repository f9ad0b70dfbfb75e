"""A row that says it corrects an earlier entry of its event: that entry is read as it. Pure.

A shared form cannot be edited once sent (unless the city allows it), so staff who typed a
wrong time send it again: "Resubmitting - my first one had the wrong time. It's 10-1, not 1-4"
(a fresh helper's set, v55: the two responses were published as two events, at two times,
and a partner's demo inside the right hours joined neither). A tab's clerk may do the same,
adding a row below instead of editing the first.

A *correction row* says so in its Title, Description or Internal Notes (:data:`_SAYS`:
"resubmitting", "corrected time", "wrong time", "use this one instead", "replaces my earlier
submission", "2nd submission - fixed the times", "disregard the first one") and not that it adds
a session (:data:`_ADDS`: "Resubmitting for the second session at 1 pm", "the 9am one stays").
Its *earlier entry* is the nearest row sent before it in its tab (by the tab's Timestamp
column where it has one, else the row above: rows are read oldest first, as a form appends
them; :func:`~sheets_sync.model.sent_order`) of the same department (its Lead Department, else
its tab's) and a title of
the same words (folded, small words aside; one title's words holding the other's), on the same
day and at the same place (or either place blank) — on another day within :data:`DAYS` when it
speaks of the date ("wrong date", "date change"), at another place when it speaks of the place
("location changed").

That entry is read as the correction row says (its date, hours, place, departments, status
and texts: "I checked Fire by mistake" leaves Fire out), keeping only its own place in the
sheet (its identity), so the two are one event as a double entry is; it gets a Validation
warning naming the row that corrected it. A chain of corrections ends at the last one.
"""
from __future__ import annotations

import re
from dataclasses import fields, replace
from functools import lru_cache
from typing import Sequence

from .model import CALLED_OFF, EventRow, RowIssue, Severity, Status, sent_order
from .moved import destination, named_original, says_it_moved
from .places import fold, normalise_place

#: Most days between a correction row and the entry whose date it corrects.
DAYS = 31

#: what a row says when it corrects or replaces an earlier entry of its event
_SAYS = re.compile(
    r"\b(?:re-?submit(?:ting|ted|s)?|re-?submission|re-?sending|re-?sent|(?:2nd|second)\s+submission|"
    r"correct(?:ed|ing|ion)(?:\s+(?:to\s+)?(?:the\s+)?(?:time|times|hours|start|end|entry|submission|version))?"
    r"(?=\W|$)|(?:wrong|incorrect)\s+(?:time|times|hours|start(?:\s+time)?|end(?:\s+time)?|date|day|location|"
    r"place|venue)\b|(?:right|correct)\s+(?:hours|times?|date|day|location|place|venue|start(?:\s+time)?)\b|"
    r"(?:replaces?|supersedes?)\s+(?:my|the|our|this)?\s*(?:earlier|first|previous|prior|original|other|old|"
    r"submission|entry|response|form)\b|"
    # (not "Disregard the first slide deck", "Ignore the first parking lot on the map": a README-only check)
    r"(?:disregard|ignore)\s+(?:my|the|our|this)?\s*(?:(?:earlier|first|previous|prior|original|other|old)"
    r"(?:\s+(?:one|submission|entry|response|form|version|row|post))?|submission|entry|response|form)"
    r"(?!\s+(?-i:[a-z]))|"
    r"instead\s+of\s+(?:my|the|our)\s+(?:earlier|first|previous|prior|original|other|old)\b|"
    r"use\s+this\s+(?:one|row|entry|response|submission|version)\b|"
    r"(?:updated|fix(?:ed|ing)?)\s+(?:the\s+)?(?:time|times|hours|date|location|place)\b(?!\s+(?:on|in)\b)|"
    r"(?:time|date|location|venue)\s+(?:change|changed)\b|"
    r"(?:time|times|hours|date|day|location|place)\s+(?:was|were|is)\s+wrong\b|"
    r"sent\s+(?:this|it)\s+(?:earlier|before)\b|"
    # ("Sending this again - I put the hours in wrong", "go by this one", "the date on my earlier
    # submission was off. Ignore that one.": a README-only check)
    r"send(?:ing)?\s+(?:this|it)\s+again\b|go\s+by\s+this\s+one\b|"
    r"(?:time|times|hours|date|day|location|place)\s+(?:in\s+)?wrong\b|"
    r"(?:time|times|hours|date|day|location|place)\s+(?:on|in|of)\s+(?:my|the|our)\s+(?:earlier|first|previous|other|"
    r"original)\s+(?:one|submission|entry|response|form)\s+(?:was|were|is)\s+(?:off|wrong)\b|"
    r"ignore\s+(?:that|the\s+(?:earlier|first|previous|other))\s+one\b)", re.I)
#: ... unless it says it adds a session: "Resubmitting for the second session at 1 pm",
#: "adding the 1pm session (the 9am one stays)" (a README-only check: the morning class was lost)
_ADDS = re.compile(r"\b(?:second|another|extra|additional|2nd|new|afternoon|morning|evening)\s+"
                   r"(?:session|class|time\s*slot|slot|showing|group|day)s?\b|\badd(?:s|ing|ed)?\b|"
                   r"\bstays?\b|\bas\s+well\b|\btwice\b|\bseparate\b|\bnot\s+a\s+correction\b", re.I)
#: what a correction row says it corrects besides the hours
_FIXED = r"(?:wrong|incorrect|right|correct|new|changed?|fix(?:ed)?|updated)\s+(?:the\s+)?"
_WRONG = (r"\s+(?:change|changed|was\s+wrong|is\s+wrong|in\s+wrong|"
          r"(?:on|in|of)\s+(?:my|the|our)\s+[\w\s]{0,30}?(?:was|were)\s+off)")
_DATE = re.compile(rf"\b(?:{_FIXED}(?:date|day)|(?:date|day){_WRONG})\b", re.I)
_PLACE = re.compile(rf"\b(?:{_FIXED}(?:location|place|venue|address|site)|(?:location|place|venue|address|site)"
                    rf"{_WRONG}|moved\s+(?:it\s+)?to)\b", re.I)
#: words a title's likeness ignores
_SMALL = frozenset("a an and at for in of on the to with".split())


def says_it_corrects(row: EventRow) -> bool:
    """``row``'s Title, Description or Internal Notes say it corrects an earlier entry and none
    says it adds a session (:data:`_SAYS`, :data:`_ADDS`)."""
    texts = [t for t in (row.title, row.description, row.internal_notes) if t]
    return any(_says(t) for t in texts) and not any(_ADDS.search(t) for t in texts)


@lru_cache(maxsize=1 << 14)     # issue 17: asked of every row, whose texts repeat
def _says(text: str) -> bool:
    return _SAYS.search(text) is not None


def _words(title: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[\w']+", fold(title)) if w not in _SMALL)


def _entry_of(row: EventRow, rows: Sequence[EventRow]) -> EventRow | None:
    """The earlier entry ``row`` corrects (module doc) among ``rows`` (its tab's), or ``None``."""
    texts = " ".join((row.title, row.description, row.internal_notes))
    any_day, any_place = bool(_DATE.search(texts)), bool(_PLACE.search(texts))
    place = normalise_place(f"{row.location} {row.address}")
    words = _words(row.title)
    best = None
    for other in rows:
        if (sent_order(other) >= sent_order(row) or _whose(other) != _whose(row) or other.external_uid
                or (best is not None and sent_order(other) <= sent_order(best))):
            continue
        days = abs((other.start_date - row.start_date).days)
        if days > (DAYS if any_day else 0):
            continue
        theirs = normalise_place(f"{other.location} {other.address}")
        alike = _words(other.title)
        if (any_place or not place or not theirs or place == theirs) and words and alike and (
                words <= alike or alike <= words):
            best = other
    return best


def _whose(row: EventRow) -> str | None:
    """The department a row is (a form's responses tab is no department's: its Lead Department's)."""
    return row.lead or row.department


def _said(row: EventRow) -> tuple:
    """What an entry corrected to ``row`` would change: every field but its place in the sheet."""
    return tuple(getattr(row, f.name) for f in fields(row) if f.name not in ("source", "sent_rank"))


def _tabs_of(rows: Sequence[EventRow], some: Sequence[EventRow]) -> dict[str, list[EventRow]]:
    """``{tab: its rows of rows}`` for each tab holding one of ``some``, in ``rows``' order."""
    tabs = {r.source.tab for r in some}
    by_tab: dict[str, list[EventRow]] = {}
    for r in rows:
        if r.source.tab in tabs:
            by_tab.setdefault(r.source.tab, []).append(r)
    return by_tab


def corrected(rows: Sequence[EventRow]) -> tuple[list[EventRow], list[RowIssue]]:
    """``(rows, issues)``: ``rows`` with each earlier entry a correction row corrects read as
    that row (module doc; a chain of corrections as its last), in the same order, and a
    Validation warning on each such entry."""
    fixing = [r for r in rows if says_it_corrects(r)]
    if not fixing:
        return list(rows), []
    by_tab = _tabs_of(rows, fixing)
    by_source: dict = {}
    issues: list[RowIssue] = []
    for row in sorted(fixing, key=lambda r: (r.source.tab, sent_order(r)), reverse=True):    # the last first
        entry = _entry_of(row, by_tab[row.source.tab])
        if entry is None or entry.source in by_source:
            continue
        final = by_source.get(row.source, row)          # (a correction corrected in turn: the last one's)
        if _said(entry) == _said(final):
            continue
        by_source[entry.source] = replace(final, source=entry.source, sent_rank=entry.sent_rank)
        was = "all day" if entry.all_day else f"{entry.start:%H:%M}–{entry.end:%H:%M}"
        issues.append(RowIssue(
            entry.source.tab, entry.source.row, "Title", entry.title,
            f"{row.source} (\u201c{row.title}\u201d) says it corrects an earlier entry: this row is read as that "
            f"one (its date, hours, place and departments; this row has {entry.start_date:%m/%d/%Y} {was})",
            "delete this row, or make it say what the correction says, so the sheet says what is published",
            Severity.WARNING))
    return [by_source.get(r.source, r) for r in rows], issues


#: a move marker set off at a title's start or end ("RESCHEDULED - Bucket Brigade Race",
#: "Sparky Story Hour - NEW DATE", "Helmet Giveaway (rain date)"), taken out of the title of the
#: row giving its event a new date (:func:`new_dates`)
_MOVED = r"(?:re-?scheduled|new\s+date|rain\s+date|moved|postponed)"
_MOVE_MARKER = re.compile(r"^\W*" + _MOVED + r"\b\s*[-:|)\]\u2013\u2014]*\s*|"
                          r"\s*[-:|(\[,\u2013\u2014]+\s*" + _MOVED + r"\W*$", re.I)
#: the words a title's move marker adds (:func:`new_dates` compares titles without them)
_MOVE_WORDS = frozenset("rescheduled re scheduled new date rain moved postponed".split())


def new_dates(rows: Sequence[EventRow]) -> tuple[list[EventRow], list[RowIssue]]:
    """``(rows, issues)``: each row that gives an earlier entry a new date read as the event on
    that date, and that entry as postponed to it (its Status Postponed, its note naming the new
    date: :func:`sheets_sync.moved.moved_away` then links the two, one event on the new date), in
    the same order, with a Validation warning on the entry. A README-only check: a form's later
    response "POSTPONED - Junior Firefighter Day" on 5/23 beside the first one on 5/16 was
    published Postponed on 5/23 and Scheduled, counted, on 5/16 — the move inverted; so were
    "RESCHEDULED - Bucket Brigade Race", "Sparky Story Hour - NEW DATE", "Helmet Giveaway (rain
    date)", each two counted events.

    The row giving a new date says it moved (Status Postponed from its title's marker, not
    typed, or a move said in its cells: :func:`~sheets_sync.moved.says_it_moved`, not a rain date
    alone); its entry is the one row of its tab sent before it
    (:func:`~sheets_sync.model.sent_order`) of the same department (:func:`_whose`), title words
    (the marker's aside) and place (or either blank),
    on another day within :data:`DAYS`, not itself called off; not a row naming another date
    than its own as the one the event moved to, nor one adding a session (:data:`_ADDS`). The
    move marker leaves its title."""
    movers = [r for r in rows if not r.status_typed and not r.external_uid
              and (r.status is Status.POSTPONED or (r.status is Status.SCHEDULED and says_it_moved(r)))
              # (nor one adding a session: "adding a second breakfast, the 4/10 one stays", "Added a
              # second derby a week later": a README-only check had the first one moved away)
              and not any(t and _ADDS.search(t) for t in (r.title, r.description, r.internal_notes))
              # (not one naming another date it moved to: "moving it to 9/12" typed on 9/5)
              and all(destination(t, r.start_date, called_off=True) in (None, r.start_date)
                      for t in (r.title, r.description, r.internal_notes) if t)]
    if not movers:
        return list(rows), []
    by_tab = _tabs_of(rows, movers)
    by_source: dict = {}
    issues: list[RowIssue] = []
    for row in movers:
        entries = [o for o in by_tab[row.source.tab] if _new_date_of(o, row)]
        if len(entries) != 1 or entries[0].source in by_source or row.source in by_source:
            continue
        (entry,) = entries
        day = row.start_date
        by_source[entry.source] = replace(entry, status=Status.POSTPONED,
                                          status_note=f"Postponed to {day:%m/%d/%Y}")
        title = _MOVE_MARKER.sub("", row.title) or row.title
        by_source[row.source] = replace(row, status=Status.SCHEDULED, title=title)
        issues.append(RowIssue(
            entry.source.tab, entry.source.row, "Start Date", f"{entry.start_date:%m/%d/%Y}",
            f"{row.source} (\u201c{row.title}\u201d), sent later, gives this event a new date, {day:%m/%d/%Y}: "
            "this row is read as postponed to it, and the event is published on the new date",
            "set Status to Postponed here (or delete this row), so the sheet says what is published",
            Severity.WARNING))
    return [by_source.get(r.source, r) for r in rows], issues


def _new_date_of(entry: EventRow, row: EventRow) -> bool:
    """``row`` may give ``entry`` a new date (:func:`new_dates`): not a row naming another date
    than ``entry``'s as the one it moved from ("RAINED OUT 8/6, moved to 8/20" is no 8/13 row's)."""
    days = abs((row.start_date - entry.start_date).days)      # (moved up a week, too: a README-only check)
    if entry is row or not 0 < days <= DAYS or entry.status in CALLED_OFF or entry.external_uid \
            or sent_order(entry) >= sent_order(row) or _whose(entry) != _whose(row):
        return False
    mine, theirs = _words(row.title) - _MOVE_WORDS, _words(entry.title) - _MOVE_WORDS
    if not mine or not theirs or not (mine <= theirs or theirs <= mine):
        return False
    here, there = (normalise_place(f"{r.location} {r.address}") for r in (row, entry))
    return (not here or not there or here == there) and named_original(row) in (None, entry.start_date)
