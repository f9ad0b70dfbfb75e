"""An event moved to another date in one tab only (a rain date): candidate pairs across days. Pure.

Blocking compares rows of one day; an event that weather moved a week on is typed on the new
date by one department while its partner's row still shows the old one (sometimes marked
Postponed). Those rows must not become two events silently. A *clue row* says the event moved:
its title or description mentions the move ("originally 10/4", "rescheduled from", "rain date",
"backup date", "postponed") or its Status is Postponed. Each clue row is compared with the rows
up to :data:`WINDOW_DAYS` days away that have its title (similarity ≥ 90, or a clue row's title
holding every word of the other's: "Fall Festival (rain date, originally 10/10)"), its place
(same address or venue) and its time of day (starts within the tolerance; a row with its time
still to be decided, typed all day, only by the rule below):

* the new-date row names the other row's date as the original ("originally 9/27") → **merge**;
  the old-date row joins the event on the new date (:func:`sheets_sync.merge.combine`);
* otherwise → **review**, with both dates, for staff to settle (both timed or both all day),
  unless a row names its move's dates and they are not these two ("RAINED OUT 8/6" asks
  nothing of a 8/13 row) or both rows are one tab's and neither is Postponed; so is the
  department's own row at another place on the date its note names (moved indoors, or
  another showing elsewhere);
* never when either row's tab also has another row of that title on the other date: that
  department's programme runs on both days, nothing of it moved.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Callable, Iterator, Sequence

from .matching import (GENERIC_TITLE_WORDS, Features, PairScore, at_words, compare_places, compare_titles,
                       one_tab)
from .model import CALLED_OFF, EventRow, Status
from .parsing import CALLED_OFF_TO_WORDS, DASHED_DATE, MOVED_TO_WORDS
from .places import venue_words
from .series_visits import moved_to

WINDOW_DAYS = 28
_CLUE = re.compile(r"\b(?:originally|rescheduled|re-scheduled|mov(?:ed|ing) (?:(?:it|this) )?(?:to|from)|postponed|"
                   r"rain ?date|backup date|make-?up date|new date)\b", re.I)
#: a date as staff type it in a note: "10/4", "10/4/2026", "Aug. 20", "July 9th", "Thurs. 8/20",
#: "8-20" (:data:`~sheets_sync.parsing.DASHED_DATE`)
_WRITTEN = (r"(?:[a-z]+\.?,?\s*)??(?:(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/(?P<y>\d{2,4}))?|"
            r"(?P<dashed>" + DASHED_DATE + r")|"
            r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<md>\d{1,2})(?:st|nd|rd|th)?\b)")
_WRITTEN_ALONE = r"\b" + _WRITTEN
#: where a sentence ends in a description (not "Aug. 13": a full stop before a capital, or
#: before the end of the text read: the move note's sentence ends there)
_SENTENCE = re.compile(r"[;!?\n]|\.\s+(?=[A-Z]|$)")
_ORIGINAL = re.compile(r"\b(?:originally|orig\.?|(?:was|originally) (?:scheduled|planned|set) (?:for|on)|"
                       r"rescheduled from|moved from|postponed from|rain ?date from|instead of|was|rained out|"
                       r"washed out|called off|cancell?ed|postponed)\s*(?:on\s*)?"
                       + _WRITTEN, re.I)
#: the date an old-date row names as the one the event moved to ("RAINED OUT, moved to 8/20")
_DESTINATION = re.compile(r"\b" + MOVED_TO_WORDS + r"\s*(?:on\s*)?" + _WRITTEN, re.I)
#: the same on a row called off on its own date, in more words (:data:`~sheets_sync.parsing.CALLED_OFF_TO_WORDS`)
_CALLED_OFF_TO = re.compile(r"\b" + CALLED_OFF_TO_WORDS + r"\s*(?:on\s*)?" + _WRITTEN
                            # (not a date called off too: "The rain date 6/4 is also cancelled")
                            + r"(?!\s*(?:is|was|has been|have been)?\s*(?:also\s+)?(?:cancell?ed|called off|"
                              r"postponed|rained out|washed out))", re.I)
#: a plan, not a move: "If it rains, the movie will be moved to 8/20", "in case of storms … rescheduled for"
_CONDITIONAL = re.compile(r"\b(?:if|in case|in the event|should|will|would|may|might|could|can)\b[^.;!?]*$", re.I)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _original_date(row: EventRow, near: date) -> date | None:
    """The date a row's title or description names as the one the event moved from
    (:data:`_ORIGINAL`); year: the one closest to ``near``. A calendar occurrence moved to
    another day says it itself (:func:`calendar_moved_from`)."""
    if row.external_uid and (moved := calendar_moved_from(row)) is not None:
        return moved
    m = _ORIGINAL.search(_text(row))
    return _date_of(m, near) if m else None


def named_original(row: EventRow) -> date | None:
    """The date ``row`` names as the one its event moved from (:func:`_original_date`, in the
    year nearest its own date), or ``None``."""
    return _original_date(row, row.start_date)


def calendar_moved_from(row: EventRow) -> date | None:
    """The day a calendar file's occurrence was first on, when it moved to another: its
    RECURRENCE-ID (RFC 5545 §3.8.4.4, kept after "#" in ``external_uid`` by
    :func:`sheets_sync.backends.ics_source.read_calendar`) names another day than its DTSTART (a
    weekly walk moved from Tuesday 6/15 to 6/16; a fresh city's check: the partner's row left
    on 6/15 was an event of its own, unasked). ``None`` otherwise."""
    original = _recurrence_id(row)
    return original.date() if original is not None and original.date() != row.start_date else None


def _recurrence_id(row: EventRow) -> datetime | None:
    """The start a calendar file's occurrence was first at (its RECURRENCE-ID, kept after "#" in
    ``external_uid``, local wall clock as the file wrote it), or ``None``."""
    uid = row.external_uid
    if "#" not in uid:
        return None
    try:
        return datetime.fromisoformat(uid.rsplit("#", 1)[1])
    except ValueError:
        return None


def _moved_to(row: EventRow, near: date) -> date | None:
    """The date a row names as the one its event moved to (:func:`destination`): in its title,
    or in its description or Status cell ("Postponed to 6/10") when the row is called off on
    its own date (Postponed or Cancelled)."""
    if row.status in CALLED_OFF:
        return next((d for t in (row.title, row.description or "", status_move_text(row.status_note))
                     if (d := destination(t, near, called_off=True)) is not None), None)
    return destination(row.title, near)


#: a move word then a separator before a date, in a Status cell ("Rescheduled - 8/21", "Moved: 8/21")
_MOVED_THEN = re.compile(r"^\s*(moved|rescheduled|re-scheduled|postponed|pushed(?:\s+back)?)\s*[-:\u2013\u2014,]\s*", re.I)


def status_move_text(text: str) -> str:
    """A Status cell's text with a move word set off from its date by a separator read as "to"
    ("Rescheduled - 8/21" → "Rescheduled to 8/21"), as :func:`destination` reads a move."""
    return _MOVED_THEN.sub(r"\1 to ", text) if text else text


def moved_here(texts: Sequence[str], day: date) -> bool:
    """One of ``texts`` (a row's title, description, notes) says its event moved to ``day``, the
    row's own date ("POSTPONED - Touch a Truck" on 9/5 with the note "Rain forecast - moving it
    to 9/5": a later form response sent on the new date; stop 53's helpers, where it was
    published Postponed on 9/5 beside the first response, Scheduled on 8/29: two joint events
    for one). Not a plan (:func:`destination`)."""
    return any(t and destination(t, day) == day for t in texts)


def moved_away(row: EventRow) -> date | None:
    """The other date a called-off row (Postponed or Cancelled) names as the one its event
    moved to ("Postponed to 6/10" in Status, "Rescheduled for Friday, Aug. 20" in its
    description, "RAINED OUT - moved to 8/20" in its title); ``None`` for a row that names none
    or is not called off."""
    if row.status not in CALLED_OFF:
        return None
    day = row.start_date
    moved = _moved_to(row, day)
    return moved if moved != day else None


def destination(text: str, near: date, called_off: bool = False, *, free_text: bool = False) -> date | None:
    """The date ``text`` names as the one its event moved to ("RAINED OUT, moved to 8/20"), not
    in a plan ("will be moved to 8/20"); year: the one closest to ``near``. ``None`` if none.
    ``called_off``: the text is a called-off row's, where "new date 8/20", "now Aug 20" and
    "rain date 8/20" name the move too (:data:`_CALLED_OFF_TO`). ``free_text``: a description,
    where what moved may be something else ("Registration deadline moved to 8/20": :data:`_OTHER_THING`)."""
    m = next((m for m in _moves(text, _CALLED_OFF_TO if called_off else _DESTINATION)
              if not (free_text and _OTHER_THING.search(text[:m.start()]))), None)
    return _date_of(m, near) if m else None


def _moves(text: str, pattern: re.Pattern) -> Iterator[re.Match]:
    """The matches of ``pattern`` in ``text`` that state a move: not a plan
    (:data:`_CONDITIONAL`) nor a start time moved (:data:`_TIME_MOVED`) before them."""
    return (m for m in pattern.finditer(text)
            if not _CONDITIONAL.search(text[:m.start()]) and not _TIME_MOVED.search(text[:m.start()]))


#: a start time moved, not the date ("start moved to 9-30", "Doors moved to 6:30")
_TIME_MOVED = re.compile(r"\b(?:start|starts|start time|time|times|doors|kick-?off|tip-?off|gates)\s+"
                         r"(?:is\s+|has been\s+|have been\s+|was\s+)?$", re.I)


#: what else a description may say moved, in the sentence before the move ("Registration deadline
#: moved to 8/20", "Sign-ups are pushed to Aug. 1", "the rain date has been moved to 6/12")
_OTHER_THING = re.compile(r"\b(?:registration|deadline|sign[- ]?ups?|rsvps?|payments?|applications?|tickets?|"
                          r"early[- ]bird|rain[- ]?date|pick[- ]?up|drop[- ]?off|check[- ]?in)\b[^.;!?]*$", re.I)


def moved_note(title: str, day: date) -> bool:
    """``title`` carries a note, set off by a separator or first, that its event moved to a date
    other than ``day`` ("Movie in the Park - Rescheduled to 8/20 due to rain", "(moved to Aug.
    20)", "Postponed to 8/20: Town Hall"): the row shows the date the event moved from. A plan
    ("- will be moved to 8/20 if it rains") or a name ("Movie Night moved to Friday") is not."""
    for m in _DESTINATION.finditer(title):
        before = title[:m.start()].rstrip()
        if _CONDITIONAL.search(before) or (before and before[-1] not in "-\u2013\u2014:|(,[/"):
            continue
        moved = _date_of(m, day)
        return moved is not None and moved != day
    return False


def described_move(description: str, day: date) -> date | None:
    """The date other than ``day`` that a row's description says its event moved to, making
    the row the one left on the old date: said anywhere in it ("Rescheduled for Friday, Aug.
    21 at Bryan Park", "Due to inclement weather, this program is rescheduled for Friday, May
    16" — ten of Bloomington's real descriptions, each a move), or in a sentence opening with
    a status word in the wider words of a called-off row ("RAINED OUT - new date 8/20",
    "Co-hosted with the Fire Department. RAINED OUT - moved to 8/21."). Not
    a plan ("If it rains, the movie will be moved to 8/20"), nor another thing moved
    ("Registration deadline moved to 8/20"). ``None`` if none."""
    if not description or not any(c.isdigit() for c in description):
        return None
    moved = None
    for m in _moves(description, _DESTINATION):
        sentence = _SENTENCE.split(description[:m.start()])[-1]
        if not (_ABOUT_ITSELF.fullmatch(sentence) or _names_day(sentence, day)):
            continue                # another thing, session, showing or year moved ("the fireworks have been …")
        moved = _date_of(m, day)
        break
    if moved is None:
        starts = (0, *(m.end() for m in _SENTENCE.finditer(description)))
        lines = (description[k:].lstrip().split("\n", 1)[0] for k in starts)   # (the line from there on)
        moved = next((d for line in lines if _OPENS_MARKED.match(line)
                      and (d := destination(line, day, called_off=True, free_text=True)) is not None), None)
    return moved if moved != day else None


#: the words before a move in a description's sentence that make it the event's own: none
#: ("Rescheduled for Friday, Aug. 21"), or a reason, a label and the event itself ("Due to
#: inclement weather, this program is", "This performance has been", "UPDATE: the event is
#: tentatively") — not another thing ("the fireworks have been"), session ("The 9/22 class
#: is"), showing ("Next showing:") or year ("Last year's showing was")
_ABOUT_ITSELF = re.compile(r"\s*(?:(?:update|updated|notice|note|attention|important|please note)\s*[:!-]\s*)?"
                           r"(?:(?:due to|because of|owing to)\b[^,]*,\s*)?"
                           r"(?:(?:this|the|tonight'?s|today'?s|our)\s+)?"
                           r"(?:event|program|programme|performance|show|showing|class|session|meeting|concert|movie|"
                           r"film|festival|fair|game|walk|ride|race|party|celebration|it)?\s*"
                           r"(?:has been|have been|had been|is being|is|was|will be|has|are)?\s*(?:tentatively\s*)?",
                           re.I)


def _names_day(sentence: str, day: date) -> bool:
    """``sentence`` names ``day`` as the event's date before its move ("Art and fine craft fair
    scheduled for Saturday, June 13 is rescheduled for …" on 6/13)."""
    return any(_date_of(m, day) == day for m in re.finditer(_WRITTEN_ALONE, sentence, re.I))


#: a line that opens with a status word ("RAINED OUT - moved to 8/20", "Cancelled due to rain, new date 8/20")
_OPENS_MARKED = re.compile(r"^\W*(?:cancell?ed|postponed|rain(?:ed)?[\s-]*out|washed[\s-]+out|called[\s-]+off)\b", re.I)


def _date_of(m: re.Match, near: date) -> date | None:
    """The date a :data:`_WRITTEN` match names, in the year closest to ``near``."""
    if m.group("mon"):
        month, day, year = _MONTHS.index(m.group("mon").lower()) + 1, int(m.group("md")), None
    elif m.group("dashed"):
        month, day, *year = (int(n) for n in m.group("dashed").split("-"))
        year = str(year[0]) if year else None
    else:
        month, day, year = int(m.group("m")), int(m.group("d")), m.group("y")
    years = [int(year) + (2000 if len(year) == 2 else 0)] if year else [near.year - 1, near.year, near.year + 1]
    found = []
    for y in years:
        try:
            found.append(date(y, month, day))
        except ValueError:
            continue
    return min(found, key=lambda d: abs((d - near).days)) if found else None


def _text(row: EventRow) -> str:
    """Where staff type that an event moved: its title ("Fall Festival (rain date, originally
    10/10)"), its description, its Internal Notes ("moved from 10/30 - rain": v48's Trunk or
    Treat, never linked to the calendar's entry left on 10/30), or what its Status cell says
    besides the status ("Rained out - moved to June 3", read as Cancelled: a fresh verifier's
    rain-out was never linked to the host's row on June 3)."""
    return "\n".join(t for t in _texts(row) if t)


def _texts(row: EventRow) -> tuple[str, str, str, str]:
    """The cells of ``row`` where staff type that an event moved (:func:`_text`), each as typed."""
    return row.title, row.description, row.internal_notes, row.status_note


def calendar_moves(rows: Sequence[EventRow], feats: Sequence[Features],
                   score: Callable[[int, int, Features], PairScore]) -> Iterator[tuple[int, int, PairScore]]:
    """Yield ``(old, new, verdict)`` for each calendar occurrence ``new`` moved from another day
    (:func:`calendar_moved_from`) and each other tab's row ``old`` on that first day that the
    matcher (``score(new, old, features of new moved to that day)``) would join with it, or ask
    about, had the session stayed there: a partner's part left behind at its own hours ("Bike
    registration at the Market" 9–11 during the market moved from 6/12 to 6/13; a helper's
    check: only a copy at the session's own start had been taken along)."""
    moves = [(new, first) for new, row in enumerate(rows)
             if row.external_uid and (first := calendar_moved_from(row)) is not None]
    if not moves:
        return                  # most syncs: no calendar session moved (issue 17)
    by_day: dict[date, list[int]] = {}
    for i, f in enumerate(feats):
        by_day.setdefault(f.day, []).append(i)
    for new, first in moves:
        row = rows[new]
        shifted = _at_first_start(feats[new], row, first)
        for old in by_day.get(first, ()):
            if one_tab(rows[old], row):
                continue
            verdict = score(new, old, shifted)
            if verdict.outcome != "apart":
                yield old, new, verdict


def _at_first_start(f: Features, row: EventRow, first: date) -> Features:
    """A moved calendar occurrence's features (``f``) on the day it was first on (``first``),
    at the hour it was first at when its RECURRENCE-ID gives one (kept after "#" in
    ``external_uid``), for as long as it lasts now: the Thursday 6–9 pm CERT session moved to
    Saturday 9–12 met the 911 center's 7–8 pm slot left on Thursday only at 6 pm (v50), where
    its Saturday hours had been compared."""
    shifted = moved_to(f, first)
    original = _recurrence_id(row)
    if f.all_day or original is None or "T" not in row.external_uid.rsplit("#", 1)[1]:
        return shifted          # (a date alone says no hour)
    begin = (first - date(1970, 1, 1)).days * 1440 + original.hour * 60 + original.minute
    return shifted._replace(start=begin, end=begin + (f.end - f.start), public_start=None, setup_start=None)


def _is_clue(row: EventRow) -> bool:
    return row.status is Status.POSTPONED or names_a_move(row) or \
        (bool(row.external_uid) and calendar_moved_from(row) is not None)


def names_a_move(row: EventRow) -> bool:
    """``row``'s title or description says the event moved (:data:`_CLUE`: "originally 10/4",
    "rescheduled", "moved to", "rain date")."""
    for text in _texts(row):
        if text and _says_moved(text):
            return True
    return False


@lru_cache(maxsize=1 << 14)     # issue 17: asked of every row, whose texts repeat
def _says_moved(text: str) -> bool:
    """One of a row's texts names a move (:data:`_CLUE`, whose phrases never span two of them)."""
    return _CLUE.search(text) is not None


#: a move said in so many words, not a date held in reserve ("Bimbe Weekday Event (RAIN DATE)"
#: typed beside the first date is its backup, no move: a fresh helper's check)
_MOVED_SAID = re.compile(r"\b(?:re-?scheduled|new\s+date|moved|moving|postponed|pushed\s+back|"
                         r"pushing\s+(?:it\s+)?back|rained\s+out|washed\s+out)\b", re.I)


def says_it_moved(row: EventRow) -> bool:
    """``row``'s cells say in so many words that its event moved (:data:`_MOVED_SAID`; unlike
    :func:`names_a_move`, not a rain date held in reserve). Asked of every row, so a word each
    phrase holds is looked for first (issue 17)."""
    for text in _texts(row):
        folded = text.lower() if text else ""
        if ("sched" in folded or "date" in folded or "mov" in folded or "postpon" in folded or "push" in folded
                or " out" in folded) and _MOVED_SAID.search(text):
            return True
    return False


def moved_pairs(rows: Sequence[EventRow], feats: Sequence[Features], tolerance: float
                ) -> Iterator[tuple[int, int, PairScore]]:
    """Yield ``(old, new, verdict)``: ``rows[old]`` shows the date the event moved from,
    ``rows[new]`` the date it moved to (for ``review`` verdicts: the earlier and the later row —
    weather moves events later — which is how a staff "Same event" answer is applied).
    ``tolerance``: minutes between starts that still count as one time of day."""
    by_day: dict[date, list[int]] = {}
    days_of: dict[str, set] = {}
    for i, f in enumerate(feats):
        by_day.setdefault(f.day, []).append(i)
        days_of.setdefault(f.titles[0], set()).add(f.day)
    series = {t: len(d) for t, d in days_of.items()}     # a title's days in this sync
    seen: set[tuple[int, int]] = set()
    for i, row in enumerate(rows):
        if not _is_clue(row):
            continue
        fi = feats[i]
        for offset in range(-WINDOW_DAYS, WINDOW_DAYS + 1):
            if offset == 0:
                continue
            for j in by_day.get(date.fromordinal(fi.day.toordinal() + offset), ()):
                pair = (min(i, j), max(i, j))
                if pair in seen:
                    continue
                seen.add(pair)
                verdict = _compare(rows, feats, i, j, tolerance, series, by_day)
                if verdict is not None:
                    yield verdict


def _compare(rows, feats, i: int, j: int, tolerance: float, series: dict,
             by_day: dict[date, list[int]]) -> tuple[int, int, PairScore] | None:
    fi, fj = feats[i], feats[j]
    if (part := _part_on_new_date(rows, feats, i, j, tolerance)) is not None:
        return part
    # a row whose time is not known yet (TBD: all day) is linked only by a date named as the original
    hours = fi.all_day == fj.all_day
    if hours and not fi.all_day and abs(fi.start % 1440 - fj.start % 1440) > tolerance:
        # (a part starts at its own time within its host's hours: Fire's "Truck at Fall Fest"
        # 12–2 left on 9/13, the fest 11–4 "moved from 9/13 - rain", v47)
        return _part_left_behind(rows, feats, i, j, compare_places(fi.place, fj.place)[0], tolerance, by_day)
    if rows[i].event_id and rows[j].event_id and rows[i].event_id != rows[j].event_id \
            and rows[i].source.tab == rows[j].source.tab:
        return None
    title, _ = compare_titles(fi, fj)
    if title < 90 and (_title_holds(rows[i], fi, fj) or _title_holds(rows[j], fj, fi)):
        title = 100.0       # the clue row's title is the other's with the move named in it
    place, _ = compare_places(fi.place, fj.place)
    if title < 90:
        return _called_off_there(rows, feats, i, j, title, place) or \
            _part_left_behind(rows, feats, i, j, place, tolerance, by_day)
    early, late = (i, j) if fi.day < fj.day else (j, i)
    # a place named by its street only ("Lorenz Avenue": a walk) is enough where one row names the
    # other's date as the one it moved from (a helper's check: "RAIN DATE - was May 2.")
    if place == "same street" and any(_original_date(rows[new], feats[new].day) == feats[old].day
                                      for new, old in ((i, j), (j, i))):
        place = "same street, the date named"
    if place not in ("same address", "same venue", "same street, the date named"):
        # moved indoors too, or another showing elsewhere on that date: the department's own row
        # on the date its note names, the one row of that title there ("Movie in the Park -
        # RAINED OUT, moved to 8/6" and its 8/6 row at the community center) is asked about
        if rows[i].source.tab != rows[j].source.tab or \
                _runs_on_both(rows, feats, by_day, early, late) or _runs_on_both(rows, feats, by_day, late, early) or \
                not any(_moved_to(rows[old], feats[old].day) == feats[new].day
                        for old, new in ((early, late), (late, early))):
            return None
        found = (f"title {title:.0f}", f"place: {place}",
                 f"one row says it moved to {feats[late].day.isoformat()}, where this tab's row is at another place")
        return early, late, PairScore("review", 0.6, found, "moved to another date and place?", 2.0)
    for old, new in ((early, late), (late, early)):     # (weather moves events later, a clash earlier)
        if _moved_to(rows[old], feats[old].day) == feats[new].day:
            found = (f"title {title:.0f}", f"place: {place}",
                     f"{rows[old].source} says it moved from {feats[old].day.isoformat()} "
                     f"to {feats[new].day.isoformat()}")        # (its own tab's row on that date is the event)
            return old, new, PairScore("merge", 0.95, found, "moved to another date", 5.0)
    if _runs_on_both(rows, feats, by_day, early, late) or _runs_on_both(rows, feats, by_day, late, early):
        return None
    if max(series[fi.titles[0]], series[fj.titles[0]]) <= 2 and moved_here(_texts(rows[late]), feats[late].day) \
            and _original_date(rows[late], feats[late].day) in (None, feats[early].day):   # (not "… 8/6" for 8/13)
        found = (f"title {title:.0f}", f"place: {place}", f"{rows[late].source} says the event moved to "
                 f"{feats[late].day.isoformat()}, its own date; the other row is on {feats[early].day.isoformat()}")
        return early, late, PairScore("merge", 0.95, found, "moved to another date", 5.0)
    for new, old in ((i, j), (j, i)):
        if _original_date(rows[new], feats[new].day) == feats[old].day:
            found = (f"title {title:.0f}", f"place: {place}",
                     f"{rows[new].source} says it moved from {feats[old].day.isoformat()} "
                     f"to {feats[new].day.isoformat()}")
            return old, new, PairScore("merge", 0.95, found, "moved to another date", 5.0)
    own_tab = rows[i].source.tab == rows[j].source.tab and Status.POSTPONED not in (rows[i].status, rows[j].status)
    if not hours or own_tab or \
            any(_original_date(rows[k], feats[k].day) or _moved_to(rows[k], feats[k].day) for k in (i, j)):
        return None      # (a row naming its move's dates names another day: "RAINED OUT 8/6" is no 8/13 row's;
                         # one tab's two dates are its own to tell apart unless a note or Postponed links them)
    if max(series[fi.titles[0]], series[fj.titles[0]]) > 3:
        return None      # a repeating programme: only a date named as the original links two of its days
    found = (f"title {title:.0f}", f"place: {place}",
             f"one row on {feats[early].day.isoformat()}, the other on {feats[late].day.isoformat()}: "
             "moved to a rain date?")
    return early, late, PairScore("review", 0.6, found, "one row may show the date the event moved from", 2.0)


def _within_hours(outer: Features, inner: Features, tolerance: float) -> bool:
    """``inner`` starts, by the clock, within ``outer``'s hours (``tolerance`` minutes early at most)."""
    begins = outer.start % 1440
    return begins - tolerance <= inner.start % 1440 < begins + (outer.end - outer.start)


def _called_off_there(rows, feats, i: int, j: int, title: float, place: str) -> tuple[int, int, PairScore] | None:
    """Two rows of different tabs whose titles differ, one naming the other's date as the one
    its event moved from ("Movies Under the Stars: Moana", "Moved from Fri 8/22"), the other
    called off on that date (Police's Postponed "Movie night - Central Park"), at one address or
    venue and the same hours (a third helper's check: two events, neither joint): merged where
    the titles share a word's stem ("movies" / "movie"), else asked; ``None`` otherwise."""
    fi, fj = feats[i], feats[j]     # (their starts within the tolerance: :func:`_compare` saw to it)
    if one_tab(rows[i], rows[j]) or place not in ("same address", "same venue") or fi.all_day or fj.all_day:
        return None
    for new, old in ((i, j), (j, i)):
        if rows[old].status in CALLED_OFF and _original_date(rows[new], feats[new].day) == feats[old].day:
            stems = [{w[:5] for w in f.words[0] if len(w) > 3 and w not in GENERIC_TITLE_WORDS} for f in (fi, fj)]
            found = (f"title {title:.0f}", f"place: {place}", f"{rows[new].source} says it moved from "
                     f"{feats[old].day.isoformat()}, where {rows[old].source} is {rows[old].status.value}")
            if stems[0] & stems[1]:
                return old, new, PairScore("merge", 0.9, found, "moved to another date, called off on the first", 5.0)
            return old, new, PairScore("review", 0.6, found, "moved from the date the other row is called off?", 2.0)
    return None


def _part_left_behind(rows, feats, i: int, j: int, place: str, tolerance: float,
                      by_day: dict[date, list[int]]) -> tuple[int, int, PairScore] | None:
    """A partner's own part (:attr:`~sheets_sync.matching.Features.part`: "Community Block Party -
    HEART table"; or a title placing it at an event, :attr:`~sheets_sync.matching.Features.named`:
    "Truck at Fall Fest", v47) left on a date before the one its host's row says the event moved to (a rain
    date, "Bimbe Weekday Event: Community Block Party (RAIN DATE)" on 9/7, naming no date or the
    part's), at the host's address or venue and within its hours, the host's title holding every
    word the part says it is at, and no row of the host's title on the part's date: the part
    joins the event on the new date (a third helper's check: two events, neither joint)."""
    for part, host in ((i, j), (j, i)):
        fp, fh = feats[part], feats[host]
        if not (fp.part or fp.named) or fp.all_day or fh.all_day or one_tab(rows[part], rows[host]) \
                or fp.day >= fh.day or place not in ("same address", "same venue") or not names_a_move(rows[host]):
            continue
        if (named := _original_date(rows[host], fh.day)) is not None and named != fp.day:
            continue
        # what it says it is at: "… at Fall Fest", or the event its dash names ("Twn Hall - 911
        # info tbl": v49, the town hall its host moved two days on)
        said = {w for w in at_words(fp) or fp.part_of if len(w) > 3}
        # (its words as typed too: "Movie in the Park - Moana 2" at a park names "park", v50)
        if not said or not said <= fh.words[0] | fh.raw_words or not _within_hours(fh, fp, tolerance):
            continue
        if any(n != part and not one_tab(rows[n], rows[part]) and said <= feats[n].words[0]
               for n in by_day.get(fp.day, ())):
            continue                    # (the host's own row on that date: the part is there)
        found = (f"place: {place}", f"{rows[part].source} is a partner's part on {fp.day.isoformat()}, where "
                 f"{rows[host].source} says its event moved to {fh.day.isoformat()}")
        return part, host, PairScore("merge", 0.9, found, "a partner's part left on the first date", 5.0)
    return None


def _part_on_new_date(rows, feats, i: int, j: int, tolerance: float) -> tuple[int, int, PairScore] | None:
    """A partner's own part (a visit, a demo, a table: :attr:`~sheets_sync.matching.Features.part`)
    at a called-off row's place and within its hours, on the date that row names as its event's
    new one (:func:`moved_away`: "Rained out. Rain date Friday 7/2"), from another tab: the
    partner logged only the rain date ("Engine 8 visit" at the park on 7/2), the host none. The
    old row joins the part's date, so the event is there with both departments (a fresh city's
    check: the host's cancelled 6/25 movie and Fire's 7/2 visit were two events, neither joint)."""
    for old, new in ((i, j), (j, i)):
        fo, fn = feats[old], feats[new]
        if not fn.part or fo.all_day or fn.all_day or one_tab(rows[old], rows[new]) or \
                moved_away(rows[old]) != fn.day:
            continue
        if not _within_hours(fo, fn, tolerance):
            continue
        # what the part says it is at: the host's event, in its title or place words (not "Engine
        # 2 visit - Bryan Park Pool Glow Swim" beside the park's movie, a helper's check)
        said = {w for w in at_words(fn) if len(w) > 3 and w not in GENERIC_TITLE_WORDS}
        own = fo.words[0] | fo.raw_words | venue_words(fo.place.venue)
        if said - own:
            continue
        place, _ = compare_places(fo.place, fn.place)
        if place in ("same address", "same venue") or (fn.place.blank and said):   # ("Ladder 1 at Movie in the Park")
            found = (f"place: {place}", f"{rows[old].source} says its event moved from {fo.day.isoformat()} to "
                     f"{fn.day.isoformat()}, where {rows[new].source} is a partner's part at its place and hours")
            return old, new, PairScore("merge", 0.9, found, "moved to another date, a partner's part there", 5.0)
    return None


def _title_holds(row: EventRow, own: Features, other: Features) -> bool:
    """``row``'s title names the move ("Fall Festival (rain date, originally 10/10)") and
    holds every word of the other row's title: two words or more, or one when the move it names
    is between the two rows' dates ("Movie in the Park: Cars - RAINED OUT 8/6, moved to 8/20"
    on 8/20 and "Movie in the Park" on 8/6, whose place leaves one word)."""
    words = other.words[0]
    if not (words and bool(_CLUE.search(row.title)) and words <= own.words[0]):
        return False
    return len(words) >= 2 or other.day in (_original_date(row, own.day), _moved_to(row, own.day))


def _runs_on_both(rows, feats, by_day: dict[date, list[int]], k: int, other: int) -> bool:
    """``rows[k]``'s tab also has a row of its title (similarity ≥ 90) on ``rows[other]``'s day,
    ``rows[other]`` aside: that department's programme runs on both dates (a weekly session), so
    its row on the other date did not move — whatever another tab's row says ("Youth Basketball
    Night (moved from 1/8)"). Two rows of one tab are the move its own note names (Parks' 8/20
    "RAINED OUT 8/13, moved to 8/20" beside its 8/13 row, left as typed: v18 N4)."""
    return any(rows[n].source.tab == rows[k].source.tab and compare_titles(feats[n], feats[k])[0] >= 90
               for n in by_day.get(feats[other].day, ()) if n not in (k, other))
