"""Validation warnings about how an event is counted (the counting policy of
:mod:`reports.measures`). Pure: combined events and the config in, :class:`RowIssue` out.
"""
from __future__ import annotations

from typing import Sequence

from .matching import one_tab
from .merge import own_part
from .model import CombinedEvent, RowIssue, Severity, Visibility
from .recurrence import union_series
from .timeutil import typed_date


def series_disagreements(events: Sequence[CombinedEvent]) -> list[RowIssue]:
    """One warning per row of an event whose merged rows repeat differently (Repeats, or its
    ``except`` dates) — two departments logging one weekly programme, one until November and
    one until September (a fresh verifier's finding). Rules that differ only in their end or
    except dates are published as every session either holds, and each session counts the
    departments whose rule holds it (:func:`sheets_sync.merge._series_of`,
    :func:`reports.measures._sessions_of`); the warning says so. Rules that differ otherwise
    (another weekday, another frequency) are published and counted by the first row's rule,
    and the warning says another row's sessions are not."""
    out = []
    for e in events:
        series = [r for r in e.rows if r.rrule]
        if len(series) < 2:
            continue
        first = series[0]
        united = union_series([(r.rrule, r.exdates) for r in series], min(r.start for r in series),
                              [r.start for r in series]) is not None
        for r in series[1:]:
            if (r.rrule, r.exdates, r.start) == (first.rrule, first.exdates, first.start):
                continue
            here, there = r.repeats or r.rrule, first.repeats or first.rrule
            if r.start != first.start:
                here += f" from {typed_date(r.start)}"           # one programme logged from another week
                there += f" from {typed_date(first.start)}"
            differ = (f"this row and {first.source} are one event that repeats differently "
                      f"(\u201c{here}\u201d here, \u201c{there}\u201d there)")
            problem = (f"{differ}: every session either rule holds is published, and a session counts as "
                       "joint only with the departments whose rule holds it" if united
                       else f"{differ}: it is published and counted by {first.source}'s rule, so sessions or "
                       "except dates only this row has are not")
            action = (f"if this row is one session of {first.source}'s series, clear its Repeats cell; if it is "
                      "the series typed again, delete one of the two rows" if one_tab(r, first)
                      else "if both departments hold every session, make the Repeats cells of both rows the same "
                      "(the same end, the same except dates)")
            out.append(RowIssue(r.source.tab, r.source.row, "Repeats", r.repeats or r.rrule, problem, action,
                                Severity.WARNING))
    return out


def rain_dates(events: Sequence[CombinedEvent]) -> list[RowIssue]:
    """One warning per row of a rain date held in reserve (:func:`reports.measures.reserve_rain_dates`):
    it is published as typed and not counted while its first date stands."""
    from reports.measures import reserve_rain_dates
    return [RowIssue(r.source.tab, r.source.row, "Title", r.title,
                     f"\u201c{e.title}\u201d reads as the rain date of an event still on its first date: it is "
                     "published but not counted, so the event is not counted twice",
                     "if the first date is rained out, mark that row Cancelled (or \u201c- RAINED OUT\u201d): this "
                     "date then counts", Severity.WARNING)
            for e in reserve_rain_dates(events) for r in e.rows]


def visibility_disagreements(events: Sequence[CombinedEvent]) -> list[RowIssue]:
    """One warning per Internal row of an event whose rows disagree about Visibility.

    Such an event is published from its Public rows alone (nothing of an Internal row is shown,
    :func:`sheets_sync.merge.public_view`), and it counts as a community event under either
    counting policy, because not every row is Internal (:func:`reports.measures.internal_only`). The warning says both, so staff can make the rows agree. Cancelled events are
    skipped (neither published nor counted), and so is an Internal row whose title names a
    department's own part of the event — a police detail, a standby, a unit's visit
    (:func:`sheets_sync.merge.own_part`): only that part is internal, which is what it says.
    """
    out = []
    for e in events:
        kinds = {r.visibility for r in e.rows}
        if len(kinds) < 2 or e.is_cancelled:
            continue
        public = ", ".join(str(r.source) for r in e.rows if r.visibility is Visibility.PUBLIC)
        counted = ("counted as a joint community event" if e.is_joint else "counted as an event")
        for r in e.rows:
            if r.visibility is not Visibility.INTERNAL or own_part(r):
                continue        # (a detail, a standby, a unit's visit logged Internal: only that part is, v58)
            out.append(RowIssue(
                r.source.tab, r.source.row, "Visibility", r.visibility.value,
                f"the rows of \u201c{e.title}\u201d disagree: this row says Internal, {public} "
                f"say{'s' if ', ' not in public else ''} Public. The event is published from the Public "
                f"rows only (nothing of this row is shown to the public) and is {counted} (not every "
                f"row is Internal)",
                "nothing to do if only your department's part is internal; to keep the whole event "
                "off the public calendar, set Visibility to Internal in every department's row",
                Severity.WARNING))
    return out
