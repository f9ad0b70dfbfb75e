"""A one-off row on a session of another row's repeating series. Pure.

A department logs a weekly programme once, with a Repeats rule ("Daytime Yoga", weekly until
10/27); a partner logs the sessions it joins as rows of their own — every week typed out, or
a calendar export whose RRULE was expanded into occurrences, or the one session it drops in
on. Blocking compares rows by their own start, so such a row never meets the series (whose row
starts on its first session): both were published, each session showed twice in every
calendar, and only the first session counted as joint (a fresh verifier: September 1 joint
instead of 5). :func:`session_visits` gives each such pair (:func:`session_features`: the
hours meet, at the series' place or none; :func:`titled_for`: its title is the series' or
names it) to the scorer with the series row
moved to that session (as :func:`later_series` does for two series), so the row joins the
series as a visit on its own day: the event is published once, by the series' rule, and each
session counts the departments of the rows on its day
(:func:`reports.measures._sessions_of`). A row of the series' own tab on one of its sessions
is no visit: Cancelled or Postponed it calls that session off (:func:`called_off_sessions`),
else the pair is reported on the one-off row (:func:`session_issues`), as is a partner's row
the scorer does not join, with the edit that makes it one joint event.

A pair is reported (:func:`session_rows`) when the one-off row has the series' title (similarity ≥
:data:`TITLE_AT`, :func:`sheets_sync.matching.compare_titles`), its place (same address or
venue, :func:`sheets_sync.matching.compare_places`; or no place typed) and the start of one of
its sessions (same day, within ``matching.time_tolerance_minutes``; or the one-off typed all
day), and the session is not an exception date of the series.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from typing import Callable, Iterator, Mapping, Sequence

from .matching import GENERIC_TITLE_WORDS, Features, compare_places, compare_times, compare_titles, one_tab
from .model import CALLED_OFF, EventRow, RowIssue, Severity
from .parsing import status_word
from .recurrence import MAX_COUNT, endless, occurrences, occurrences_days, union_series
from .timeutil import typed_date

#: the title similarity (0–100) from which a one-off row is taken for one of the series' sessions
TITLE_AT = 90.0


#: a one-off row meeting a later session of a series: ``(series, one_off, day, the session's start)``
Meeting = tuple[int, int, date, "datetime | date"]


def session_meetings(rows: Sequence[EventRow], feats: Sequence[Features], tolerance: float) -> list[Meeting]:
    """Each one-off row that meets a later session of a series that is not an except date —
    their hours overlap (within ``tolerance`` minutes; or either is typed all day), at a place
    that may be the series' (:func:`_meets`) — whatever its tab or title. The one walk over
    the series' sessions: :func:`session_rows` and :func:`session_features` read it."""
    return list(_on_sessions(rows, feats, tolerance))


def session_rows(feats: Sequence[Features], meetings: Sequence[Meeting], tolerance: float
                 ) -> list[tuple[int, int, date]]:
    """``(series, one_off, day)`` of ``meetings`` whose one-off row is that session: its title,
    place and hour (:func:`_same_session`; module doc). ``tolerance`` in minutes."""
    return [(i, j, day) for i, j, day, when in meetings if _same_session(feats[i], feats[j], when, tolerance)]


def session_features(rows: Sequence[EventRow], feats: Sequence[Features], meetings: Sequence[Meeting]
                     ) -> dict[tuple[int, int], Features]:
    """``{(series, one_off): the series row's features moved to that session}`` for each of
    ``meetings`` whose session is not (now) an except date of the series
    (:func:`called_off_sessions` may have added it): the pair is scored, and kept apart, as two
    rows of that day are (:func:`sheets_sync.matching.score_pair`; "Fire safety lesson - Fun
    Friday" 10:30–11:30 at a weekly "Fun Friday for Home Schoolers" 10–12, "CERT Basic Training
    - Day 2" on the second of four Saturdays; and Parks' own "Performing Arts Series" at the
    market's place on a market Tuesday, which stays another event)."""
    return {(i, j): moved_to(feats[i], day) for i, j, day, _ in meetings if day not in rows[i].exdates}


def _on_sessions(rows: Sequence[EventRow], feats: Sequence[Features], tolerance: float) -> Iterator[Meeting]:
    if not any(r.rrule for r in rows):
        return                  # most syncs: no series, nothing to index
    one_offs: dict[date, list[int]] = {}
    for j, r in enumerate(rows):
        if not r.rrule:
            one_offs.setdefault(feats[j].day, []).append(j)
    if not one_offs:
        return
    last = max(one_offs)
    for i, series in enumerate(rows):
        if not series.rrule or feats[i].day > last:
            continue
        skip = set(series.exdates)
        for when in occurrences(series.rrule, series.start, until=last, limit=MAX_COUNT):
            day = when.date() if isinstance(when, datetime) else when
            if day == feats[i].day or day in skip:
                continue        # the first session is the series row's own day: blocking sees it
            for j in one_offs.get(day, ()):
                if _meets(feats[i], feats[j], when, tolerance):
                    yield i, j, day, when


def later_series(rows: Sequence[EventRow], feats: Sequence[Features], tolerance: float
                 ) -> Iterator[tuple[int, int, Features]]:
    """Yield ``(earlier, later, shifted)`` for two rows repeating by one pattern (the same FREQ,
    INTERVAL and days: :func:`sheets_sync.recurrence.union_series`) whose later row starts on a
    session of the earlier one — one weekly programme that one department logged from its first
    week and another from the week it joined. ``shifted``: the earlier row's features moved to
    the later row's first session, so the pair is scored as rows of one day are
    (:func:`sheets_sync.matching.score_pair`). Blocking compares rows by their first session
    only, so the two had never met: every shared session was published twice. Blocked here by
    normalised title (the scoring then decides)."""
    by_title: dict[str, list[int]] = {}      # blocking: one normalised title (a calendar holds hundreds of series)
    for i, r in enumerate(rows):
        if r.rrule:
            by_title.setdefault(feats[i].titles[0], []).append(i)
    pairs = ((i, j) for block in by_title.values() if len(block) > 1
             for x, i in enumerate(block) for j in block[x + 1:])
    for i, j in pairs:
        a, b = (i, j) if feats[i].day < feats[j].day else (j, i)
        fa, fb = feats[a], feats[b]
        if fa.day == fb.day or fa.all_day != fb.all_day or \
                abs(fa.start % 1440 - fb.start % 1440) > tolerance or \
                union_series([(rows[a].rrule, ()), (rows[b].rrule, ())], rows[a].start) is None:
            continue
        if fb.day not in rows[a].exdates and \
                fb.day in occurrences_days(rows[a].rrule, rows[a].start, until=fb.day, limit=MAX_COUNT):
            yield a, b, moved_to(fa, fb.day)


def session_visits(rows: Sequence[EventRow], feats: Sequence[Features],
                   on_session: Mapping[tuple[int, int], Features]) -> Iterator[tuple[int, int]]:
    """``(series, one_off)`` for each pair of ``on_session`` (:func:`session_features`) of two
    tabs whose one-off row is not called off and is titled for the series (:func:`titled_for`,
    module doc): the candidate pairs the scorer judges, as rows of one day."""
    for (i, j), shifted in on_session.items():
        if _partners_row(rows, i, j) and titled_for(shifted, feats[j]):
            yield i, j


def _partners_row(rows: Sequence[EventRow], series: int, one_off: int) -> bool:
    """The one-off row is another tab's, not called off: a partner's row on a session."""
    return not one_tab(rows[one_off], rows[series]) and rows[one_off].status not in CALLED_OFF


def session_lookalikes(rows: Sequence[EventRow], feats: Sequence[Features],
                       on_session: Mapping[tuple[int, int], Features], tolerance: float) -> Iterator[tuple[int, int]]:
    """``(series, one_off)`` for each pair of ``on_session`` that :func:`session_visits` does
    not give because the one-off row is not titled for the series (:func:`titled_for`), yet is
    a partner's row (another tab, not called off) at the series' own place (same address or
    venue) and hours (the same, or starting within ``tolerance`` minutes) whose title shares a
    word with the series' that is not common in event names: Parks' "Wightman Park walk" on a
    Tuesday of Community Safety's weekly "Walk and Talk - Wightman Park" (a fresh city's check:
    each such Tuesday was published twice, unasked; as two one-off rows they merge). The merge
    asks these, never merges them: a long series meets every row held at its place and hours."""
    for (i, j), shifted in on_session.items():
        one_off = feats[j]
        if not _partners_row(rows, i, j) or titled_for(shifted, one_off) \
                or not (shifted.words[0] & one_off.words[0]) - GENERIC_TITLE_WORDS:
            continue
        if compare_places(shifted.place, one_off.place)[0] in ("same address", "same venue") and \
                compare_times(shifted, one_off, tolerance)[0] in ("same times", "close"):
            yield i, j


def titled_for(series: Features, one_off: Features) -> bool:
    """``one_off``'s title is the series' own or names it: title similarity ≥ :data:`NAMED_AT`
    (:func:`~sheets_sync.matching.compare_titles`: "CERT Basic Training - Day 2" for "CERT
    Basic Training"), two or more words of the series' title that are not common in event
    names ("Fire safety lesson - Fun Friday" for "Fun Friday for Home Schoolers"), or one and a
    session's number (:data:`_NUMBERED_SESSION`: "CERT Day 3 (Fire Suppression)"), or the
    series' initials in capitals (:func:`_initials_of`: "CPA - fire ops session"). A booth,
    detail or lesson that names no session of the series ("Fire Prevention Booth @ Bull City
    Race Fest", "Traffic control" or "Water Rescue Lesson for Lifeguards" at a weekly market
    or class) is not taken for one: on a single day the matcher may join such a row to the
    event at its place and hours, but a long series meets every row held at its place during
    its hours (a fresh verifier's false merges)."""
    one_off = _as_typed(series, one_off)
    shared = series.words[0] & one_off.words[0] - GENERIC_TITLE_WORDS
    return compare_titles(series, one_off)[0] >= NAMED_AT or len(shared) >= 2 or \
        (bool(shared) and _NUMBERED_SESSION.search(one_off.titles[0]) is not None) or \
        _initials_of(series) in one_off.caps


def _initials_of(series: Features) -> str:
    """The initials of the series' title, typed in capitals in a partner's row naming it
    ("CPA - fire ops session" on a session of the weekly "Citizens Police Academy": a fresh
    city's check, never joined); ``""`` for a title of fewer than three such words."""
    words = [w for w in series.folded.split() if w not in _INITIALS_SKIP]
    return "".join(w[0] for w in words) if len(words) >= 3 else ""


#: words a title's initials skip ("Citizens Academy of the Police" → "CAP")
_INITIALS_SKIP = frozenset("the of and a an for &".split())


def _as_typed(series: Features, one_off: Features) -> Features:
    """``one_off`` with its title's words as typed when the series' title is only its place's
    name ("Bloomington Community Farmers' Market" held at that Location, whose title therefore
    keeps its words, :meth:`~sheets_sync.matching.Normaliser.texts`): the one-off's words naming
    that place are then the series' name, not just its place ("Farmers Market traffic detail",
    "CANCELLED Bloomington Community Farmers' Market" at the market — before, read as "traffic
    detail" and "cancelled", they named no session of it: a fresh verifier's v25 M1 and W2).
    Else ``one_off`` unchanged. A row is that session itself (:func:`_same_session`) only when
    its title adds no word to the series' but a status marker's: "CANCELLED Youth Day at the
    Bloomington Community Farmers' Market" and "Farmers Market Live Music - CANCELLED" are
    Parks' own events at the market, whose calling off leaves the market's day alone (v26)."""
    if not series.words[0] or not series.words[0] <= frozenset(series.place.venue.split()):
        return one_off
    return one_off._replace(titles=(" ".join(sorted(one_off.raw_words)), *one_off.titles[1:]),
                            words=(one_off.raw_words, *one_off.words[1:]))


#: a session of a programme numbered in a title ("CERT Day 3 (Fire Suppression)", "Week 2", "Session 4")
_NUMBERED_SESSION = re.compile(r"\b(?:day|week|session|class|part|module|night|lesson)\s*#?\d{1,2}\b")


#: the title similarity (0–100) from which a one-off row is titled for a series (:func:`titled_for`)
NAMED_AT = 70.0


def moved_to(f: Features, day: date) -> Features:
    """``f`` (a series row's features) on its session of ``day``: its hours moved by whole days."""
    shift = (day - f.day).days * 1440
    return f._replace(day=day, start=f.start + shift, end=f.end + shift,
                      public_start=None if f.public_start is None else f.public_start + shift,
                      setup_start=None if f.setup_start is None else f.setup_start + shift)


def _meets(fs: Features, fo: Features, when: datetime | date, tolerance: float) -> bool:
    """The one-off row's hours (``fo``) overlap the series' (``fs``) session starting ``when``,
    within ``tolerance`` minutes (either typed all day meets it), at a place that may be the
    series' (the same or a similar one, or none typed on either)."""
    if not (fs.all_day or fo.all_day):
        start = when.hour * 60 + when.minute
        own = fo.start % 1440
        if not (own < start + (fs.end - fs.start) + tolerance and own + (fo.end - fo.start) > start - tolerance):
            return False
    return fs.place.blank or fo.place.blank or compare_places(fs.place, fo.place)[0] not in _ELSEWHERE


#: places that are not the series' (:func:`sheets_sync.places.compare_places`)
_ELSEWHERE = ("different venue", "different address")


def _same_session(fs: Features, fo: Features, when: datetime | date, tolerance: float) -> bool:
    """The one-off row (``fo``) is the series' (``fs``) session starting ``when``: its title,
    and its hour (or no hour: typed all day) and its place (or none typed)."""
    if fs.all_day and not fo.all_day:
        return False
    if not fo.all_day and abs((when.hour * 60 + when.minute) - fo.start % 1440) > tolerance:
        return False
    typed = _as_typed(fs, fo)
    if typed is not fo and not all(status_word(w) for w in typed.words[0] - fs.words[0]):
        return False        # "CANCELLED Youth Day at the … Farmers' Market": another event there
    return (compare_titles(fs, typed)[0] >= TITLE_AT
            and (fo.place.blank or compare_places(fs.place, fo.place)[0] in ("same address", "same venue")))


def called_off_sessions(rows: list[EventRow], sessions: Sequence[tuple[int, int, date]]) -> None:
    """A department's one-off row calling off a session of its own series ("Walking with Ease
    CANCELLED" or Status Cancelled on 9/15, beside its weekly row; a :func:`session_rows` pair of
    one tab): that session is an exception date of the series row (an RFC 5545 EXDATE), so it
    is neither published nor counted as held by that department — before, the series still
    showed and counted the session as joint. A row with no time typed is left alone: it may
    be either of two sessions that day ("Line Dance (PM) CANCELLED" beside AM and PM series).
    Replaces the series rows in ``rows``."""
    for i, j, day in sessions:
        if rows[j].status in CALLED_OFF and rows[j].source.tab == rows[i].source.tab \
                and not rows[j].all_day and day not in rows[i].exdates:    # (all day: which session? v22)
            rows[i] = replace(rows[i], exdates=tuple(sorted({*rows[i].exdates, day})))


def called_off_copies(rows: list[EventRow]) -> list[RowIssue]:
    """A department's row calling off one of its own events typed twice in its tab — the same
    title (its status marker left out), start and end: "Tai Chi in the Park CANCELLED" beside
    that day's occurrence of the weekly "Tai Chi in the Park" in a calendar export, where each
    occurrence is a row of its own (v35 S1, V6: Bloomington's export style) — calls that copy
    off too, as :func:`called_off_sessions` does for a series row: the department is not
    counted as holding it, whatever a partner's stale copy still says. A series row (its first
    session at those hours) is :func:`called_off_sessions`' to settle. Replaces rows in
    ``rows``; returns a Validation warning for each such copy typed in a tab (a calendar
    file's occurrence is the export's own: it gets none), naming the row that calls it off —
    a pasted duplicate left Scheduled beside the cancelled row had been cancelled silently (a
    fresh city's check). Where a row of the tab says the event is back on (``EventRow.back_on``)
    nothing is called off here: that row undoes the calling off (:func:`sheets_sync.merge.combine`)."""
    called_off: dict[tuple, EventRow] = {}
    for r in rows:
        if r.status in CALLED_OFF:
            called_off.setdefault((r.source.tab, r.title.casefold(), r.start, r.end), r)
    if not called_off:
        return []
    revived = {(r.source.tab, r.title.casefold(), r.start, r.end) for r in rows if r.back_on}
    issues = []
    for k, r in enumerate(rows):
        if r.status not in CALLED_OFF and not r.rrule and (key := (r.source.tab, r.title.casefold(), r.start, r.end)) \
                not in revived and (off := called_off.get(key)):
            rows[k] = replace(r, status=off.status)
            if not r.external_uid:
                issues.append(RowIssue(
                    r.source.tab, r.source.row, "Status", r.status.value,
                    f"{off.source}, the same event in this tab, says {off.status.value}: this copy is taken "
                    f"as {off.status.value} too", f"delete this row if it is a duplicate of {off.source}; "
                    f"if the event goes ahead, set Status to {r.status.value} in {off.source}", Severity.WARNING))
    return issues


def session_issues(rows: Sequence[EventRow], sessions: Sequence[tuple[int, int, date]],
                   joined: Callable[[int, int], bool] = lambda i, j: False) -> list[RowIssue]:
    """One Validation warning per :func:`session_rows` pair, on the one-off row, unless
    ``joined(series, one_off)`` (the row is the series' visit on that session, one event)."""
    out = []
    for i, j, day in sessions:
        if joined(i, j):
            continue
        series, one_off = rows[i], rows[j]
        typed = typed_date(day)
        if day in series.exdates:           # (:func:`called_off_sessions`; another tab's session is not shown)
            if one_off.source.tab != series.source.tab:
                continue
            out.append(RowIssue(
                one_off.source.tab, one_off.source.row, "Status", one_off.status.value,
                f"calls off the {day.isoformat()} session of {series.source}'s repeating \u201c{series.title}\u201d: "
                "that session is left out of the series",
                f"to keep the calendar plain, type 'except {typed}' in the Repeats cell of {series.source} "
                "and delete this row", Severity.WARNING))
            continue
        out.append(RowIssue(
            one_off.source.tab, one_off.source.row, "Start Date", day.isoformat(),
            f"the same day, time and place as the {day.isoformat()} session of {series.source}'s "
            f"repeating \u201c{series.title}\u201d: both are published, so that session shows twice "
            "in calendars",
            f"if it is that session, type 'except {typed}' in the Repeats cell of {series.source} and "
            f"log {typed} as a row of its own in the {series.source.tab} tab: it merges with this row "
            "into one joint event; if it is a different event, give it a title of its own",
            Severity.WARNING))
    return out


#: a run of a department's rows is taken for the sessions typed out from this many rows
TYPED_OUT_ROWS = 3


def typed_out_sessions(rows: list[EventRow], feats: Sequence[Features]) -> list[RowIssue]:
    """A weekly class typed one row per session in a department's tab, with the Repeats cell
    copied into every row ("Weekly (Tue)" beside 10/6, 10/13, 10/20, 10/27): each row had been
    a series of its own with no end, so every session after the first was published and
    counted again by each earlier row, past the last row too (a fresh helper's set: 36 events
    that were never typed). Rows of one tab (:func:`sheets_sync.matching.one_tab`), none from
    a calendar file, with one title, start time, place and Repeats rule (RRULE and except
    dates) that has no end (:func:`~sheets_sync.recurrence.endless`), at least
    :data:`TYPED_OUT_ROWS` of them on sessions of the first one's rule with at most one
    session between neighbours, are the sessions typed out: each is read as the one session it
    is (its RRULE and EXDATEs dropped). Replaces rows in ``rows``; returns one Validation
    warning per run, on its first row, naming the others. Two rows, or rows weeks apart (a
    programme logged again each month), are left as typed: the merge reads those as one series
    (:func:`later_series`)."""
    groups: dict[tuple, list[int]] = {}
    for k, r in enumerate(rows):
        if r.rrule and not r.external_uid and endless(r.rrule):
            f = feats[k]
            groups.setdefault((r.source.tab, r.department or r.lead, f.titles[0], f.all_day, f.start % 1440,
                               r.rrule, r.exdates), []).append(k)
    issues = []
    for block in groups.values():
        block.sort(key=lambda k: feats[k].day)
        for run in _session_runs(rows, feats, block):
            issues.append(_typed_out_issue([rows[k] for k in run]))
            for k in run:
                rows[k] = replace(rows[k], rrule="", exdates=())
    return issues


def _session_runs(rows: Sequence[EventRow], feats: Sequence[Features], block: Sequence[int]) -> Iterator[list[int]]:
    """Runs of ``block`` (row indexes in day order) of :data:`TYPED_OUT_ROWS` or more rows at
    one place, each on a session of the run's first rule, at most one session between two."""
    k = 0
    while k + TYPED_OUT_ROWS <= len(block):
        first = rows[block[k]]
        last_day = feats[block[-1]].day
        sessions = {d: n for n, d in enumerate(
            d for d in occurrences_days(first.rrule, first.start, until=last_day, limit=MAX_COUNT)
            if d not in first.exdates)}
        run = [block[k]]
        for j in block[k + 1:]:
            at = sessions.get(feats[j].day)
            same_place = (feats[j].place.blank and feats[run[0]].place.blank) or \
                compare_places(feats[run[0]].place, feats[j].place)[0] in ("same address", "same venue")
            if at is None or not same_place or at - sessions[feats[run[-1]].day] not in (1, 2):
                break
            run.append(j)
        if len(run) >= TYPED_OUT_ROWS:
            yield run
        k += len(run)


def _typed_out_issue(run: Sequence[EventRow]) -> RowIssue:
    first, last = run[0], run[-1]
    others = ", ".join(str(r.source.row) for r in run[1:])
    every = len(run) == len(occurrences_days(first.rrule, first.start, until=last.start_date, limit=MAX_COUNT))
    # (the rule's own words hold these sessions only when none was skipped: "Lap Swim" every
    # other Tuesday typed "Weekly (Tue)", a README-only check)
    keep = (f"keep one row and type its last session in its Repeats cell "
            f"(\u2018{first.repeats or 'weekly'} until <the last date>\u2019)" if every else
            "keep one row and type the rule that holds these sessions and its end in its Repeats cell "
            "(e.g. \u2018every 2 weeks until <the last date>\u2019)")
    return RowIssue(
        first.source.tab, first.source.row, "Repeats", first.repeats or first.rrule,
        f"this row and rows {others} of this tab are the sessions of \u201c{first.title}\u201d typed one row each "
        f"({typed_date(first.start)} to {typed_date(last.start)}), "
        f"and each repeats \u201c{first.repeats or first.rrule}\u201d: "
        "each row is published and counted as the one session it is, not as a series that goes on",
        f"clear the Repeats cells of these rows; if the sessions go on after {typed_date(last.start)}, add their "
        f"rows, or {keep}",
        Severity.WARNING)
