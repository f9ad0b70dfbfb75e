"""Record linkage: rows that describe the same event → one combined event. Pure.

1. **Blocking** (:mod:`sheets_sync.blocking`): candidate pairs share a start date and
   overlapping or close times; never all pairs.
2. **Scoring** (:mod:`sheets_sync.matching`): each candidate pair gets ``merge``, ``apart``
   or ``review`` with a score and the fields that matched.
3. **Staff decisions** from the Review tab (``"same"``/``"different"``, keyed by
   :func:`pair_key`) override the matcher, for any two rows, candidate pair or not.
4. **Clustering** with constraints: merge links are applied strongest first (staff
   decisions, then matcher links by score); a link is refused when it would put two rows in
   one event that must stay apart (a staff ``different`` decision, or a confident ``apart``
   because of disjoint times, different addresses or different Event IDs in one tab). A
   refused matcher link becomes a pair for review. Plain union-find would chain two block
   parties through one ambiguous row; this cannot. Two partners' visits at different hours,
   each linked inside one host's hours (:func:`_visit_hours`), are not kept apart by their
   disjoint times: both join the host's event; nor are two rows of one tab with different
   titles that are each linked as a part of one host's event (a visit inside its hours,
   coverage around them), by the matcher or by staff.

Merged-field rules (:func:`combine`): departments = union of every row's tab department,
lead and partners (lead first); attendance = the largest report, with a Validation warning
when reports differ by more than ``matching.attendance_margin``; title, start, place and
text come from the event's own row (:func:`lead_classes`: not a partner's part — a unit, a
thing it brings, a staffing shift — nor a visit inside another row's hours), among those the
earliest-created (``order``: first seen by the combined record, see
:mod:`sheets_sync.seen`; rows new in this sync: the longest first — the host's event rather
than a partner's visit to it, timed before all-day — then the tab's department, start,
title, place, row; never the tab's spelling), and
a different start time of day between timed rows (not for a row whose hours lie inside the
first row's and last at most 60% as long: a partner's visit) or place in another row is a
Validation warning; end = the latest end of the event's own rows taking part; Public when any
row is Public (the public files show :func:`public_view`, the Public rows alone); status = the common status, else the event's own rows' when they all say Cancelled (or all
Postponed) and only partners' parts say otherwise (:func:`_host_called_off`: the host called
it off), else Scheduled if any row is (each row saying otherwise
gets a Validation warning, and a department whose rows all say Cancelled while the event goes
ahead is not among its departments, even when another row names it; when that is the lead's,
the first row taking part that names a lead gives it). A row that would join two
events that must stay apart, scoring within one bit of each, is asked about both instead
(:func:`_ask_when_torn`). The result never depends on the order of rows or tabs, and which rows form an event
never depends on the first-seen order either (it only picks each event's first row), so a
resync with nothing changed forms the same events.
"""
from __future__ import annotations

import gc
import json
import re
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from itertools import chain
from typing import Callable, Collection, Mapping, Sequence

from .blocking import candidate_pairs
from .config import Config
from .matching import (AT_WHAT, GENERIC_TITLE_WORDS, DayContext, Features, Normaliser, PairScore, at_words, booked_for,
                       title_part, title_places, town_part, street_names,
                       compare_places, compare_times, coverage_word, hours_said,
                       covers_hours, covers_most, day_context, features, names_a_role, names_area, names_the_other,
                       normalise_title, score_pair, starts_at_setup, without_date_note)
from .corrections import corrected, new_dates
from .moved import WINDOW_DAYS, calendar_moves, moved_away, moved_pairs, names_a_move
from .event_kinds import BUILT_IN
from .mentions import MASCOTS
from .places import (GENERIC_VENUE_WORDS, ONLINE, Gazetteer, common_area, fold as _fold, normalise_place,
                     parse_place, venue_words)
from .model import (CALLED_OFF, CombinedEvent, EventRow, MergeEvidence, RowIssue, Severity, Status, Visibility,
                    sent_order)
from .recurrence import union_series
from . import day_names
from .series_visits import (called_off_copies, called_off_sessions, later_series, moved_to, session_features,
                            session_issues, session_lookalikes, session_meetings, session_rows, session_visits,
                            typed_out_sessions)
from .timeutil import iso_text, iso_texts_kept, typed_date

__all__ = ["CandidatePair", "MergeResult", "combine", "merge_rows", "normalise_place", "public_view",
           "normalise_title", "pair_key", "row_key", "default_order"]

# apart verdicts that also forbid joining the two rows through a third (a tent linked to two of
# one department's programmes must not make them one event)
_STRONG_APART = {"times disjoint", "different addresses", "different places", "different Event IDs in one tab",
                 "different titles in one tab", "one tab, places of different kinds",
                 "one row says it is no part of the other"}


def own_part(row: EventRow) -> bool:
    """``row``'s title names a department's own part of an event rather than the event: a
    unit, a thing it brings or does (:func:`sheets_sync.matching.title_part`: "Engine 12",
    "tent", "drop-by", "officers") or a staffing assignment ("detail", "standby", "shift",
    "patrol", "traffic control"). A unit that only names the row's own place is not a part
    ("Station 26 Open House" at Fire Station 26 is the station's event), as in
    :meth:`sheets_sync.matching.Normaliser.texts`."""
    return _own_part(row.title, row.location)


@lru_cache(maxsize=1 << 16)     # issue 17: asked of every row when sorting rows; titles and places repeat
def _own_part(title: str, location: str) -> bool:
    if coverage_word(title) or MASCOTS.match(title):
        return True     # (a mascot's visit: "Sparky & Fire Safety House - Kids Expo")
    folded, place = _fold(title), set(_fold(location).split())
    part = title_part(folded)
    if not part and (" - " in title or " \u2013 " in title or ": " in title):
        # each part of a title in two on its own: "HEART info table - expo" (folded, "table expo"
        # reads as a programme's name, v60: the table had led the expo)
        part = next((p for seg in re.split(r"\s[-\u2013\u2014]+\s|:\s", title) if (p := title_part(_fold(seg)))), "")
    if part and place.issuperset(part.split()):
        # a unit naming the row's own place is no part, but a thing it brings there still is
        # ("Dispatch tour table @ Station 1" at Station 1, v60: it had led the station's open house)
        part = title_part(re.sub(rf"\b{re.escape(part)}\b", " ", folded))
    return bool(part) and not place.issuperset(part.split())


def lead_classes(group: Sequence[EventRow], parts: Collection[int] = ()) -> list[tuple[bool, bool, bool, bool]]:
    """For each row of one event, ``(hidden, visit, own part, extends)``: an Internal row of an
    event that has a Public row (the published event is the Public rows', :func:`public_view`,
    and the staff see the same title and start); a visit — hours inside another row's, lasting
    at most 60% as long (:func:`_visit`), or a timed row with a title of its own on the day of
    an all-day row (a drop-by at a picnic) — where that other row is not coverage around the
    event (a police detail's hours are not the event's) nor a booking of its place for it, and its title is not this row's with
    words added ("Road Closure Homecoming Parade" 9–1 names the parade 10–12 it is around, which
    is no visit to it); :func:`own_part`; and a title that
    is another row's title with words added, other than its own place's ("Fall Festival first
    aid" beside "Fall Festival") or a booking of its place for another row's event
    (:func:`_books_for`). The lowest class leads, so a host whose title names its own unit ("Engine 9
    Pancake Breakfast") still leads over a visit to it; the classes depend on the rows'
    contents alone, never on their order or tabs. ``parts``: the positions in ``group`` of rows
    known to be a partner's part by other means (their words name the host's event,
    :func:`_at_hosts_event`): own parts, and no row is a visit inside their hours (the EOC's
    activation for Parks' First Night holds the fireworks' hours, v61)."""
    shown = any(r.visibility is Visibility.PUBLIC for r in group)
    books = [_books_for(r, group) for r in group]
    hosts = [h for n, (h, booking) in enumerate(zip(group, books))
             if not booking and not coverage_word(h.title) and n not in parts]
    words = [_title_words(r) for r in group]
    return [(shown and r.visibility is not Visibility.PUBLIC,
             any(h is not r and (_visit(r, h) or _drop_in(r, h)) and not _adds_words(h, r) for h in hosts),
             own_part(r) or _at_another(r, group) or n in parts,
             books[n] or any(k != n and len(w) >= 2 and w < words[n] for k, w in enumerate(words)))
            for n, r in enumerate(group)]


def _at_hosts_event(feats: Sequence[Features], group: Sequence[EventRow]) -> dict[int, str]:
    """``{position: host department}`` for the rows of one event whose words name another
    department's event (:attr:`~sheets_sync.matching.Features.hosts`, "at"), that department's
    row here with those words in its title or description ("attending CSD's listening session"
    beside Community Safety's "Neighborhood Safety Listening Session"; not Parks' film night
    saying "Community Safety's Spanish-language outreach team will have a table", v48)."""
    return {n: dept for n, (f, r) in enumerate(zip(feats, group)) for dept, words, how in f.hosts
            if how == "at" and dept != r.department and
            any(o.department == dept and words <= feats[k].about for k, o in enumerate(group))}


def moved_online(row: EventRow) -> bool:
    """``row`` meets online (:func:`~sheets_sync.places.online`) and its words say the event moved
    there ("Heat Safety Briefing - NOW VIRTUAL", "Virtual (moved from Linwood Rec Center)", "Moved
    to Zoom - the community room is closed"): it leads the event, which is published online, not
    at the room a partner's row still names (v66: three such events were published at the room)."""
    said = f"{row.title}\n{row.location}\n{row.description}"
    if parse_place(row.location, row.address).venue == ONLINE:
        return bool(_MOVED_ONLINE.search(said))
    # (or its title or notes say so while its Location still names the room: Parks' "NOW
    # VIRTUAL: this meeting moved to Zoom" at the school, beside Police's row there, a
    # README-only check: Police's row had led)
    return bool(_NOW_ONLINE.search(f"{row.title}\n{row.description}"))


#: words saying an event moved online that cannot mean a room (:func:`moved_online`)
_NOW = (r"now (?:virtual|online|on zoom)|moved (?:online|to (?:zoom|teams|virtual|online|webex))"
        r"|(?:switched|changed) to (?:virtual|online|zoom)")
_NOW_ONLINE = re.compile(rf"\b(?:{_NOW})\b", re.I)
#: … and, beside an online place, words that say where it moved from
_MOVED_ONLINE = re.compile(rf"\b(?:{_NOW}|moved from|(?:virtual|online) (?:now|instead))\b", re.I)


def _at_another(row: EventRow, group: Sequence[EventRow]) -> bool:
    """``row``'s title says it is at another row's event: two words or more after its "at" or
    "@", none of them its own place's, all in that row's title ("Mounted at tree lighting" beside
    Parks' "Holiday Tree Lighting", v59: the unit's row had led the event, its 5:45 start and
    title published; not "Movie Night at Bryan Park" at Bryan Park)."""
    m = AT_WHAT.search(row.title) if "@" in row.title or " at " in row.title.lower() else None
    if m is None:
        return False
    said = {w for w in _words_less_place(m.group(1), f"{row.location} {row.address}") - GENERIC_TITLE_WORDS
            if len(w) > 1}      # (not "w" of "w/": "HEART staff at Coffee w/ a Cop", v60)
    return len(said) >= 2 and any(o is not row and said <= _title_words(o) for o in group)


def _books_for(row: EventRow, group: Sequence[EventRow]) -> bool:
    """``row`` books its place for another row's event: what it is held for
    (:func:`sheets_sync.matching.booked_for`) is a phrase of that row's title, or that title is
    a phrase of it ("Shelter reservation - National Night Out" beside Police's "National Night
    Out Block Party"): the booking is a partner's part, not the event."""
    held = booked_for(row.title)
    if not held:
        return False
    mine = f" {held} "
    return any(o is not row and not booked_for(o.title) and (mine in f" {_fold(o.title)} " or
                                                          f" {_fold(o.title)} " in mine) for o in group)


def _title_abbreviations(config: Config) -> Mapping[str, str]:
    """``matching.abbreviations``, plus each department alias written with a digit ("911"), as
    that department's name: "911 table at Kids Fun Fest" had been read as a title naming the
    number 911, kept apart from "Friday the 13th Kids Fun Fest" (titles naming different
    numbers), in a city whose config (as ``init`` writes it) lists no such abbreviation (a
    fresh verifier's finding); and the common ones every sheet holds
    (:data:`~sheets_sync.citysetup.COMMON_ABBREVIATIONS`: "Wx", "Wk", "Mo."). A configured
    abbreviation wins."""
    from .citysetup import COMMON_ABBREVIATIONS
    numbered = {a.strip().lower(): d.name for d in config.departments for a in d.aliases
                if any(c.isdigit() for c in a) and " " not in a.strip()}
    return {**COMMON_ABBREVIATIONS, **numbered, **config.matching.abbreviations}


def event_kinds(config: Config) -> dict[str, tuple[str, ...]]:
    """The kinds of event and their phrases: :data:`~sheets_sync.event_kinds.BUILT_IN`, plus
    ``matching.event_kinds`` (a kind's phrases added to its built-in ones)."""
    out = dict(BUILT_IN)
    for kind, phrases in config.matching.event_kinds.items():
        out[kind] = (*out.get(kind, ()), *phrases)
    return out


def _title_words(row: EventRow) -> frozenset[str]:
    """A title's words, less those naming the row's own place ("Walltown smoke alarm canvass" at
    Walltown Park adds nothing to "Smoke alarm canvass")."""
    return _words_less_place(row.title, row.location)


@lru_cache(maxsize=1 << 14)     # issue 17: asked of each row of an event, per row of it
def _words_less_place(title: str, location: str) -> frozenset[str]:
    return frozenset(_fold(without_date_note(title)).split()) - frozenset(_fold(location).split())


def _adds_words(row: EventRow, other: EventRow) -> bool:
    """``row``'s title is ``other``'s with words added ("Road Closure Homecoming Parade",
    "Fall Festival first aid" beside "Homecoming Parade", "Fall Festival"): a part of it. Words
    naming either row's place are no added words ("Hope Valley Community Safety Fair" at
    Trinity Community Center is the same title, typed with no place, in another tab)."""
    return _title_adds_words(row.title, row.location, other.title, other.location)


@lru_cache(maxsize=1 << 14)     # issue 17: asked of each other row of every event
def _title_adds_words(title: str, location: str, other_title: str, other_location: str) -> bool:
    places = frozenset(_fold(f"{location} {other_location}").split())    # either row's place words
    mine = frozenset(_fold(without_date_note(title)).split()) - places
    theirs = frozenset(_fold(without_date_note(other_title)).split()) - places
    return len(theirs) >= 2 and theirs < mine


def _drop_in(row: EventRow, host: EventRow) -> bool:
    """``row`` is timed, on a day of the all-day ``host`` over several days, or on the one day
    of a one-day ``host``, under a title of its own — and, for a one-day host, the department
    columns do not say ``row``'s department hosts: ``row`` naming ``host``'s
    department a partner, or ``host`` naming ``row``'s its lead (a fresh city's check: Community
    Safety's session 6–8 pm, Partner Departments "OEM", was published all day under Emergency
    Management's row, typed with no time, as though the session were a drop-by at it)."""
    # (a host whose Start Time only named a part of the day, "evening", holds no day: a README-only
    # check had its row lead Police's 5:30 party as a drop-by at it)
    if not host.all_day or host.said_hours or row.all_day or _fold(row.title) == _fold(host.title):
        return False
    if host.end - host.start > timedelta(days=1):
        # a session on one day of an event typed all day over several ("CERT - fire suppression
        # module" 1–4 pm on day 1 of Emergency Management's two-day "CERT Basic Training"): the
        # event keeps its days, whoever hosts the session (v58: it was published 1–4 pm, one day)
        return _day(host.start) <= _day(row.start) and _day(row.end) < _day(host.end)
    return (_day(row.start) == _day(host.start)
            and host.department not in row.partners and not (host.lead and host.lead == (row.department or row.lead)))


def row_key(row: EventRow) -> tuple[str, str, str, str, str]:
    """A row's content key for review decisions: ``(tab, title, date, time, place)``, folded
    (case, accents, punctuation, street suffixes). Row numbers and every other column —
    description, status, visibility, contact, attendance, partners — are left out, so sorting
    the tab or editing those never loses a decision; nor does renaming the tab to another of
    its department's names (:func:`merge_rows` reads the tab through ``source_of``)."""
    when = iso_text(row.start)
    return (row.source.tab, _fold(row.title), when[:10], when[11:16] if len(when) > 10 else "",
            normalise_place(f"{row.location} {row.address}"))


def content_key(content: Mapping[str, str]) -> tuple[str, str, str, str, str]:
    """:func:`row_key` of a row as the record keeps it (:func:`sheets_sync.identity.row_content`:
    its ``tab``, ``title``, ``start`` and already normalised ``place``)."""
    start = content.get("start", "")
    return (content.get("tab", ""), _fold(content.get("title", "")), start[:10],
            start[11:16] if len(start) > 10 else "", content.get("place", ""))


def pair_key(a: EventRow | tuple, b: EventRow | tuple) -> str:
    """Order-free key of a pair: JSON of the two :func:`row_key` values, sorted."""
    ka = row_key(a) if isinstance(a, EventRow) else tuple(a)
    kb = row_key(b) if isinstance(b, EventRow) else tuple(b)
    return json.dumps(sorted([list(ka), list(kb)]), ensure_ascii=False)


def default_order(row: EventRow) -> tuple:
    """Deterministic order for rows the record has not seen: timed before all-day (a time says
    more), the host's row before a partner's own part (a title naming a tent, a booth, a unit:
    :func:`sheets_sync.matching.title_part`, or the coverage around it: a police shift,
    :func:`sheets_sync.matching.coverage_word`), a row starting when the public comes before one
    whose notes say its Start Time is its set-up (:func:`sheets_sync.matching.starts_at_setup`:
    "setup starts 9:30"), the longest first (the host's event, not a
    partner's half-hour visit to it), then
    the tab's department (its title when it names none: renaming a tab to another of its
    department's names never changes which row wins), start, title, place, description, the
    same texts as typed (so rows that differ only in case or spelling of a street suffix never
    fall through to the row number), row number and tab title (which only ever decide between
    identical rows)."""
    return (float("inf"), 0, row.all_day, own_part(row), starts_at_setup(row),
            -(row.end - row.start).total_seconds(), row.department or row.source.tab,
            iso_text(row.start),
            _fold(row.title), normalise_place(f"{row.location} {row.address}"), row.description,
            row.title, row.location, row.address, row.source.row, row.source.tab)


@dataclass(frozen=True)
class CandidatePair:
    """Two rows compared, the matcher's verdict and the staff decision (``""`` if none).
    For a pending question, ``stake`` says what answering "Same event" would change in the
    counts managers read, and ``rank`` orders questions (0: the all-department count, 1: the
    joint count, 2: neither)."""
    a: EventRow
    b: EventRow
    verdict: PairScore
    decision: str = ""
    stake: str = ""
    rank: int = 2

    @property
    def key(self) -> str:
        return pair_key(self.a, self.b)


@dataclass(frozen=True)
class MergeResult:
    """``events`` sorted by start; ``review`` = doubtful pairs with no decision that ended in
    different events (pending); ``merged`` = the links that joined rows (matcher or staff);
    ``decided`` = pairs with a staff decision whose rows both exist; ``pairs_compared`` =
    candidate pairs scored; ``followed`` = ``(stored pair key, the rows' pair key now)`` of
    decisions applied to an edited row (:func:`_decided_pairs`)."""
    events: tuple[CombinedEvent, ...]
    review: tuple[CandidatePair, ...]
    issues: tuple[RowIssue, ...]
    pairs_compared: int
    merged: tuple[CandidatePair, ...] = ()
    decided: tuple[CandidatePair, ...] = ()
    followed: tuple[tuple[str, str], ...] = ()
    #: the parse stage's Validation lines this merge replaced with its own (a row read on the
    #: day its day name gives: :mod:`sheets_sync.day_names`)
    superseded: tuple[RowIssue, ...] = ()


class _Clusters:
    """Union-find with cannot-link constraints between rows."""

    def __init__(self, n: int):
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {}    # roots of clusters with two or more rows
        self.cannot: dict[int, set[int]] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def forbid(self, i: int, j: int) -> None:
        self.cannot.setdefault(i, set()).add(j)
        self.cannot.setdefault(j, set()).add(i)

    def union(self, i: int, j: int) -> bool | None:
        """True when joined, None when already together, False when a constraint forbids it."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return None
        mi, mj = self.members.get(ri, [ri]), self.members.get(rj, [rj])
        (small, ms), (big, mb) = ((ri, mi), (rj, mj)) if (len(mi), ri) < (len(mj), rj) else ((rj, mj), (ri, mi))
        if self.cannot:
            for m in ms:
                if any(self.find(c) == big for c in self.cannot.get(m, ())):
                    return False
        self.parent[small] = big
        self.members[big] = mb + ms
        self.members.pop(small, None)
        return True


def _resolve(keys: Mapping[tuple, list[int]], near: Mapping[tuple, list[int]], key: list,
             last_keys: Callable[[tuple], bool] | None, folded: Sequence[tuple]) -> int | None:
    """A decision's row key → the row index: exact key, else the only row of that tab that
    agrees on three of title, date, time and place and may be its edited form: with the
    record's keys of the last sync (``last_keys``), only when that sync had the decided row and
    not this one (``folded``: each row's key)."""
    exact = keys.get(tuple(key))
    if exact:
        return exact[0]
    return _edited(near, key, last_keys, folded)


def _edited(near: Mapping[tuple, list[int]], key: list, last_keys: Callable[[tuple], bool] | None,
            folded: Sequence[tuple], besides: Collection[int] = ()) -> int | None:
    """The only row, ``besides`` those, that may be the decided row ``key`` edited: it agrees on
    all but one of tab, title, date, time and place (another tab: the row cut and pasted into
    the right department's tab, a fresh city's check), and — with the record's keys of the
    last sync (``last_keys``) — that sync had the decided row and not this one."""
    if last_keys is not None and not last_keys(tuple(key)):
        return None             # gone since before the last sync: it waits for its own row
    found = {i for drop in range(5) for i in near.get((drop, *key[:drop], *key[drop + 1:]), ())
             if i not in besides and (last_keys is None or not last_keys(folded[i]))}
    return found.pop() if len(found) == 1 else None


def _decided_pairs(rows: Sequence[EventRow], decisions: Mapping[str, str],
                   source_of: Callable[[str], str] | None = None,
                   last_keys: Callable[[tuple], bool] | None = None,
                   followed: dict[str, tuple[int, int]] | None = None) -> dict[tuple[int, int], str]:
    """Staff decisions → ``{(i, j): decision}`` between row indexes. A decision's row keys
    and the rows' are compared with each tab title read through ``source_of`` (its
    department), so renaming a tab to another of its department's names keeps them.

    A decision follows a row whose title, date, time or place was edited (one of them) — on
    the sync that sees the edit: ``last_keys`` (a key, folded so → the record had such a row at the
    last sync; ``None``: no record) must say the decided row was there and the edited one was
    not. So a row already there beside the decided one never takes its decision (Police's
    "Bike Rodeo" of 4 July deleted: the decision joining it to Parks' event does not move to
    Police's "Bike Rodeo" of 13 June), nor does a row typed or edited syncs later; the decision
    waits for its own row. Nor does "Same event" follow one row to another day (the two were
    one occasion; the matcher and its questions judge the move). ``followed`` (filled in):
    ``{stored key: (i, j)}`` of the decisions that followed an edited row, to be stored under
    the rows' keys now (:func:`sheets_sync.review.followed_decisions`)."""
    if not decisions:
        return {}
    fold = (lambda k: k) if source_of is None else (lambda k: (source_of(k[0]), *k[1:]))
    keys: dict[tuple, list[int]] = {}
    near: dict[tuple, list[int]] = {}
    folded = [fold(row_key(r)) for r in rows]
    for i, k in enumerate(folded):
        keys.setdefault(k, []).append(i)
        for drop in range(5):
            near.setdefault((drop, *k[:drop], *k[drop + 1:]), []).append(i)
    out: dict[tuple[int, int], str] = {}
    for key, decision in sorted(decisions.items()):
        try:
            ka, kb = json.loads(key)
            ka, kb = list(fold(ka)), list(fold(kb))
        except (ValueError, TypeError, IndexError):
            continue
        if ka == kb and decision in ("same", "different"):   # two identical rows: every copy of that key
            same = keys.get(tuple(ka), [])
            if len(same) == 1 and (other := _edited(near, ka, last_keys, folded, same)) is not None:
                same = [*same, other]       # one copy edited since (its title, time…): the decision follows it
                if followed is not None:
                    followed[key] = (min(same), max(same))
            out.update({(min(i, j), max(i, j)): decision for x, i in enumerate(same) for j in same[x + 1:]})
            continue
        i, j = _resolve(keys, near, ka, last_keys, folded), _resolve(keys, near, kb, last_keys, folded)
        if i is None or j is None or i == j or decision not in ("same", "different"):
            continue
        moved = tuple(ka) not in keys or tuple(kb) not in keys
        if moved and decision == "same" and ka[2] == kb[2] and folded[i][2] != folded[j][2]:
            continue            # one row moved to another day: no longer the occasion decided
        out[(min(i, j), max(i, j))] = decision
        if followed is not None and moved:
            followed[key] = (min(i, j), max(i, j))
    return out


def merge_rows(rows: Sequence[EventRow], config: Config, *,
               decisions: Mapping[str, str] | None = None,
               order: Callable[[EventRow], tuple] | None = None,
               source_of: Callable[[str], str] | None = None,
               previous: Callable[[EventRow], tuple[str, bool] | None] | None = None,
               last_keys: Callable[[tuple], bool] | None = None) -> MergeResult:
    """Cluster rows into combined events (module docstring).

    ``decisions``: ``{pair_key(a, b): "same" | "different"}`` from the Review tab (stored in
    the record), matched to rows with tab titles read through ``source_of`` (a title → its
    department, :func:`sheets_sync.seen.source_key`; default: the title). ``order``: rank of a row for "earliest-created wins" (default
    :func:`default_order`; :func:`sheets_sync.seen.first_seen_order` uses the record).
    Output is deterministic and independent of the order of ``rows``; which rows form an
    event does not depend on ``order`` either (ties between equal scores are broken by
    :func:`default_order`, the rows' contents), so a resync forms the same events.

    ``previous``: a row → ``(uid, within its published days)`` of the joint event the record
    had it in (:func:`sheets_sync.seen.previous_events`). A row of such an event now outside
    those days (one department moved it) and a row of another department still within them,
    which the matcher would split, with no staff decision: they stay one event (led by its own
    row as any event, :func:`lead_classes` — a partner's moved visit changes nothing, a host's
    move takes the event with it; between equals the row of the Lead Department they all name,
    else the row within them) and become a pending
    question with a Validation warning naming both rows — on every sync until staff answer.

    ``last_keys``: a row key (:func:`row_key`, its tab read through ``source_of``) → the record had
    such a row at the last sync (:func:`sheets_sync.seen.held_keys`): a decision follows an
    edited row only from a row that sync had to one it had not (:func:`_decided_pairs`).
    Default (no record): it follows any edit.
    """
    with _gc_paused(), iso_texts_kept():     # (a row's start is written as text to sort rows, then events)
        return _merge_rows(rows, config, decisions, order, source_of, previous, last_keys)


@contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector: merging allocates hundreds of thousands of small
    objects and no cycles, and generation-2 scans would cost a fifth of the run."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


#: Candidate pairs scored per item of :func:`sheets_sync.forked.map_shared` (its queue holds
#: at most 1,024 items: 100,000 rows give about 200,000 pairs)
_PAIRS_PER_ITEM = 400


def _kept_verdicts(score: Callable[[int, int], PairScore], pairs: Sequence[tuple[int, int]],
                   config: Config) -> dict[tuple[int, int], PairScore]:
    """``{(min(i, j), max(i, j)): score(i, j)}`` for the candidate ``pairs`` not scored
    "apart", in the order of ``pairs``. Scored by this process and a forked child together
    (:func:`sheets_sync.forked.map_shared`, runs of :data:`_PAIRS_PER_ITEM` pairs) from
    ``performance.score_min_pairs`` pairs on (issue 17: scoring is a third of a large merge;
    :func:`sheets_sync.forked.use_child` says when), else by this process; the same either way."""
    from . import forked
    from .report_process import available_cpus

    def kept(span: tuple[int, int]) -> list[tuple[tuple[int, int], PairScore]]:
        out = []
        for i, j in pairs[span[0]:span[1]]:
            v = score(i, j)
            if v.outcome != "apart":
                out.append(((min(i, j), max(i, j)), v))
        return out

    perf = config.performance
    if not forked.use_child(perf.parse_workers, perf.score_min_pairs, len(pairs), available_cpus()):
        return dict(kept((0, len(pairs))))
    spans = [(k, k + _PAIRS_PER_ITEM) for k in range(0, len(pairs), _PAIRS_PER_ITEM)]
    return {pair: v for run in forked.map_shared(kept, spans) for pair, v in run}


def _merge_rows(rows, config: Config, decisions, order, source_of=None, previous=None,
                last_keys=None) -> MergeResult:
    m = config.matching
    rows, corrections = corrected(rows)     # an entry a later row says it corrects takes its hours
    rows, moved_on = new_dates(rows)        # … or its new date, a later row on it says it moved
    corrections += moved_on
    # Rows are indexed in an order that depends on their contents alone, never on ``order``: the
    # index breaks ties between equal scores while clustering, and the record's first-seen order
    # differs between a first sync and a resync (with it, a resync of 100,000 rows regrouped a
    # few rows). ``order`` only chooses which row of an event comes first (:func:`combine`).
    keyed = sorted((default_order(r), n, r) for n, r in enumerate(rows))
    rows = [r for _, _, r in keyed]
    # (``default_order`` ranks as the index does: ``keyed`` is sorted by it)
    rank = [k if order is None or order is default_order else (order(r), k) for k, _, r in keyed]
    del keyed               # issue 17: a sort key per row, not held through the scoring
    norm = Normaliser(_title_abbreviations(config), m.translations, config.department_units(),
                      config.department_lookup(), event_kinds(config))
    gazetteer = Gazetteer({norm.place(r.location, r.address) for r in rows}, m.places)
    feats = [features(r, norm, gazetteer) for r in rows]
    typed_out = typed_out_sessions(rows, feats)      # a weekly class typed a row a session, each "Weekly"
    meetings = session_meetings(rows, feats, m.time_tolerance_minutes)
    sessions = session_rows(feats, meetings, m.time_tolerance_minutes)
    called_off_sessions(rows, sessions)
    copies_off = called_off_copies(rows)
    context = day_context(feats)
    # a one-off row on a later session of a series meets it there: the pair is scored (and kept
    # apart, :func:`_constraints`) as two rows of that day, the series moved to the session
    on_session = session_features(rows, feats, meetings)

    def score(i: int, j: int) -> PairScore:
        if on_session and ((i, j) in on_session or (j, i) in on_session):
            a, b = (i, j) if (i, j) in on_session else (j, i)
            return score_pair(rows[a], rows[b], on_session[(a, b)], feats[b], title_threshold=m.title_threshold,
                              tolerance=m.time_tolerance_minutes, context=context)
        return score_pair(rows[i], rows[j], feats[i], feats[j], title_threshold=m.title_threshold,
                          tolerance=m.time_tolerance_minutes, context=context)

    followed: dict[str, tuple[int, int]] = {}
    decided = _decided_pairs(rows, decisions or {}, source_of, last_keys, followed)
    verdicts: dict[tuple[int, int], PairScore] = {}   # merge/review verdicts (apart: not kept)
    compared = 0
    # (a tab shared by departments is each lead's own: :func:`sheets_sync.matching.one_tab`)
    pairs = list(candidate_pairs(feats, m.time_tolerance_minutes,
                                 [f"{r.source.tab}\n{r.department or r.lead}" for r in rows]))
    compared += len(pairs)
    verdicts.update(_kept_verdicts(score, pairs, config))
    def shifted_score(a: int, b: int, shifted: Features) -> PairScore:
        """``rows[a]`` (its features ``shifted`` to another day) against ``rows[b]``."""
        return score_pair(rows[a], rows[b], shifted, feats[b], title_threshold=m.title_threshold,
                          tolerance=m.time_tolerance_minutes, context=context)

    # a row whose day name gives another date, where a partner's row is the same event
    redated: list[tuple[RowIssue, RowIssue]] = []       # (the parse stage's line, its replacement)
    for i, found in list(day_names.day_name_moves(rows, feats, verdicts,
                                                  lambda a, b, day: shifted_score(a, b, moved_to(feats[a], day)))):
        met = rows[max(found, key=lambda f: f[1].score)[0]]
        redated.append((day_names.first_issue(rows[i]), day_names.moved_issue(rows[i], met)))
        rows[i], feats[i] = day_names.redated(rows[i]), moved_to(feats[i], rows[i].day_named[0])
        for pair in [p for p in verdicts if i in p]:
            del verdicts[pair]
        verdicts.update({(min(i, j), max(i, j)): v for j, v in found})

    for a, b, shifted in later_series(rows, feats, m.time_tolerance_minutes):
        compared += 1          # one programme logged from its first week and from a later one
        v = shifted_score(a, b, shifted)
        if v.outcome != "apart":
            verdicts[(min(a, b), max(a, b))] = v
    for a, b in session_visits(rows, feats, on_session):
        compared += 1          # a partner's row on a later session (each week typed out, a calendar's occurrences)
        v = score(a, b)
        if v.outcome != "apart":
            verdicts[(min(a, b), max(a, b))] = v
    for a, b in session_lookalikes(rows, feats, on_session, m.time_tolerance_minutes):
        compared += 1          # … titled only partly for it: asked, never merged
        v = score(a, b)
        if v.outcome != "apart":
            verdicts[(min(a, b), max(a, b))] = replace(v, outcome="review", reason=_SESSION_LOOKALIKE)
    moved: dict[int, int] = {}                         # a row left on the old date → the row on the new one
    for old, new, v in chain(moved_pairs(rows, feats, m.time_tolerance_minutes),
                             calendar_moves(rows, feats, shifted_score)):
        compared += 1
        pair = (min(old, new), max(old, new))
        verdicts[pair] = v
        if v.outcome == "merge" or decided.get(pair) == "same":   # staff confirmed the move
            moved[old] = new
    for pair in decided:
        if pair not in verdicts:
            verdicts[pair] = score(*pair)
    clusters = _Clusters(len(rows))
    for (i, j), decision in decided.items():
        if decision == "different":
            clusters.forbid(i, j)
    apart = _constraints(feats, verdicts, decided, score)
    for i, j in apart:
        clusters.forbid(i, j)
    _settle_coverage(verdicts, decided, score, rows, feats, apart)
    _settle_named_parts(verdicts, decided, score, feats, context, m.time_tolerance_minutes)
    _ask_when_torn(verdicts, decided, apart)
    _ask_when_own_event_inside(verdicts, decided, rows, feats)
    _merge_when_each_names_the_other(verdicts, decided, rows, feats)
    _ask_when_named_elsewhere(verdicts, decided, rows, feats, context.by_day)
    _ask_when_placeless_fits_others(verdicts, decided, rows, feats, context.by_day, score)
    # (the session warnings come once the events are known)
    issues: list[RowIssue] = corrections + typed_out + copies_off + \
        [moved for _, moved in redated]
    links = [(0, 0.0, i, j) for (i, j), d in decided.items() if d == "same"]
    links += [(1, -v.score, i, j) for (i, j), v in verdicts.items()
              if v.outcome == "merge" and (i, j) not in decided]
    merged: list[CandidatePair] = []
    refused: list[tuple[int, int, PairScore]] = []   # never joined later: their constraint stays
    evidence: dict[int, list[MergeEvidence]] = {}
    for kind, _, i, j in sorted(links):
        a, b, v = rows[i], rows[j], verdicts[(i, j)]
        joined = clusters.union(i, j)
        pair = CandidatePair(a, b, v, decided.get((i, j), ""))
        if joined is False:
            if kind == 0:
                issues.append(RowIssue(a.source.tab, a.source.row, "Review decision", str(b.source),
                                       f"staff said {a.source} and {b.source} are the same event, but other "
                                       "decisions or facts keep them apart", "check the Review Duplicates tab",
                                       Severity.WARNING))
            else:
                refused.append((i, j, replace(v, outcome="review", reason="would join rows that must stay apart")))
            continue
        merged.append(pair)
        if joined:
            evidence.setdefault(min(i, j), []).append(MergeEvidence(
                a.source, b.source, v.score if kind else 1.0, v.matched,
                "review" if kind == 0 else ("event id" if v.reason == "same Event ID" else "matcher")))
    issues += session_issues(rows, sessions, lambda i, j: clusters.find(i) == clusters.find(j))
    kept, trailing, far = _kept_together(rows, previous, clusters, decided, source_of or str)
    for i, j, _ in kept:
        issues.append(_kept_issue(rows[i], rows[j]))
    issues += [_far_issue(rows[i], rows[j]) for i, j, _ in far]
    issues += [_left_issue(rows[k], rows[j]) for _, j, left in far for k in left]
    groups: dict[int, list[int]] = {}
    for i in range(len(rows)):
        groups.setdefault(clusters.find(i), []).append(i)
    apart_days = trailing | {i for i, _, _ in kept}     # rows of an event one department moved
    left = _left_behind(moved, clusters, groups, feats)

    def lead_first(members: list[int], at_hosts: Mapping[int, str]) -> list[int]:
        # the event's own row leads, not a partner's part or visit (also when it is the row one
        # department moved: the event goes with its host); between rows of the event itself that
        # one department moved, the row of the Lead Department the rows name, then the row left
        # where it was; then the row of the department the rows say hosts (its row lists the
        # others as partners: a new city's NNO, whose lead had flipped to a partner's row after
        # the host edited its start); then the first seen
        if len(members) == 1:
            return members
        group = [rows[i] for i in members]
        # a row whose words say it is at another department's event, that department's row here,
        # is its part ("Capt. Reyes attending CSD's listening session": Police's row at the room
        # the session had moved online from had led it, its place published, v66)
        # … and so is a row placed only by a part of town ("NNO - Greenfield" at "Greenfield"):
        # the party's own row at Bud Hammer Field leads (a README-only check: 911's visit had);
        # not a venue's initials ("EOC activation drill" at "EOC", v47)
        # … and a row only online beside a row held in a room, unless it says the event moved
        # online ("Zoom" beside "Council Chambers + Zoom" or "McCloskey Room #135": the room's
        # row leads, a README-only check)
        roomed = any(not feats[i].place.blank and feats[i].place.venue != ONLINE for i in members)
        went_online = {i: moved_online(rows[i]) for i in members}
        classes = lead_classes(group, at_hosts.keys() |
                               {n for n, i in enumerate(members)
                                if town_part(feats[i]) - feats[i].place.initials or roomed and
                                feats[i].place.venue == ONLINE and not went_online[i]})
        named = _named_lead(group) if apart_days.intersection(members) else None
        host = _host(group)                     # (among equals, the row of the department hosting)
        _, visiting = _later_sessions(group)    # (a series leads its sessions' visits)
        return [i for _, i in sorted(((i in moved or i in left, rows[i].source in visiting and not rows[i].rrule,
                                       c[0], not went_online[i], *c[1:],
                                       named is not None and rows[i].department != named,
                                       host is not None and rows[i].department != host,
                                       i in trailing, rank[i]), i)
                                     for c, i in zip(classes, members))]

    def event_of(members: list[int]) -> CombinedEvent:
        if len(members) == 1 and members[0] not in left:
            return _alone(rows[members[0]], ())     # (most events: :func:`combine` of one row, issue 17)
        at_hosts = _at_hosts_event([feats[i] for i in members], [rows[i] for i in members])
        order = lead_first(members, at_hosts)
        # the leading row's day, only when a row of an event one department moved is here
        # (issue 17, p17ae: a date's text is not made for every event)
        day = _day(rows[order[0]].start) if apart_days and apart_days.intersection(members) else None
        return combine([rows[i] for i in order],
                       tuple(e for i in members for e in evidence.get(i, ())) if len(members) > 1 else (),
                       issues, m.attendance_margin,
                       frozenset(rows[i].source for i in members if i in left),
                       frozenset(rows[i].source for i in members if i in apart_days and _day(rows[i].start) != day),
                       {rows[members[n]].source: dept for n, dept in at_hosts.items()})

    events = [event_of(members)
              for members in groups.values()]
    events.sort(key=lambda e: (iso_text(e.start), e.title, e.rows[0].source.tab, e.rows[0].source.row))
    doubtful = [(i, j, v) for (i, j), v in verdicts.items() if v.outcome == "review" and (i, j) not in decided]
    pending = _questions(doubtful + refused, rows, clusters, groups, decided, config.core_departments)
    pending += [CandidatePair(rows[i], rows[j], v, stake="Different events splits the published event in two",
                              rank=1) for i, j, v in kept]
    decided_pairs = [CandidatePair(rows[i], rows[j], verdicts[(i, j)], d) for (i, j), d in decided.items()]
    by_key = lambda p: (p.a.source.tab, p.a.source.row, p.b.source.tab, p.b.source.row)  # noqa: E731
    return MergeResult(tuple(events), tuple(sorted(pending, key=by_key)), tuple(issues), compared,
                       tuple(sorted(merged, key=by_key)), tuple(sorted(decided_pairs, key=by_key)),
                       tuple(sorted((k, pair_key(rows[i], rows[j])) for k, (i, j) in followed.items())),
                       tuple(first for first, _ in redated))


def _kept_together(rows: Sequence[EventRow], previous, clusters: _Clusters, decided,
                   source_of: Callable[[str], str]
                   ) -> tuple[list[tuple[int, int, PairScore]], set[int], list[tuple[int, int, tuple[int, ...]]]]:
    """Rows the record had in one joint event, one within its published days and one now
    outside them, in different events, with no staff decision: joined (``clusters`` is
    updated) → ``([(row within the published days, the other row, review verdict)], rows
    outside, [(row within, row moved more than four weeks away: left apart, the rows of other
    tabs still on the old day)])``."""
    if previous is None:
        return [], set(), []
    by_uid: dict[str, list[tuple[int, bool]]] = {}
    uid_of: dict[int, str] = {}
    for i, r in enumerate(rows):
        if (found := previous(r)) is not None:
            by_uid.setdefault(found[0], []).append((i, found[1]))
            uid_of[i] = found[0]

    def only_its_rows(i: int, uid: str) -> bool:
        """``rows[i]``'s event holds rows of that record event alone (a moved row that
        merged with another event on its new day is not pulled back)."""
        root = clusters.find(i)
        return all(uid_of.get(m) == uid for m in clusters.members.get(root, [root]))
    kept: list[tuple[int, int, PairScore]] = []
    trailing: set[int] = set()
    far: list[tuple[int, int, tuple[int, ...]]] = []
    for uid, members in by_uid.items():
        leaders = [i for i, on_day in members if on_day]
        staying = {source_of(rows[i].source.tab) for i in leaders}
        for j, on_day in members:
            # a department whose row of the event is still on its day added a row elsewhere: not a move
            if on_day or not only_its_rows(j, uid) or source_of(rows[j].source.tab) in staying:
                continue
            for i in leaders:
                pair = (min(i, j), max(i, j))
                if decided.get(pair) == "same" and _day(rows[i].start) != _day(rows[j].start):
                    trailing.add(j)     # one event, as staff said: the moved row still sets no end
                    continue
                if pair in decided or source_of(rows[i].source.tab) == source_of(rows[j].source.tab) \
                        or _day(rows[i].start) == _day(rows[j].start):
                    continue
                if not _near(rows[i], rows[j]):
                    moved_tab = source_of(rows[j].source.tab)
                    far.append((i, j, tuple(k for k in leaders if source_of(rows[k].source.tab) != moved_tab
                                            and (min(k, j), max(k, j)) not in decided)))
                    break
                if not clusters.union(i, j):
                    continue
                found = (f"{rows[i].source} on {_day(rows[i].start)}, {rows[j].source} on {_day(rows[j].start)}",
                         "one event at the last sync")
                kept.append((i, j, PairScore("review", 0.5, found, "one department moved its row to another day")))
                trailing.add(j)
                break
    return kept, trailing, far


def _named_lead(group: Sequence[EventRow]) -> str | None:
    """The Lead Department every row of ``group`` gives (a blank cell is the row's own
    department), when they agree and one row is that department's; else ``None``."""
    leads = {r.lead for r in group}
    if len(leads) != 1 or None in leads:
        return None
    [lead] = leads
    return lead if any(r.department == lead for r in group) else None


def _near(a: EventRow, b: EventRow) -> bool:
    """``a`` and ``b`` start at most four weeks apart: a row retyped to a date further away is
    a new event, not the old one moved (as for a rain date's question, :mod:`sheets_sync.moved`)."""
    def day(v):
        return v.date() if isinstance(v, datetime) else v
    return abs((day(a.start) - day(b.start)).days) <= WINDOW_DAYS


def _kept_issue(a: EventRow, b: EventRow) -> RowIssue:
    """The Validation warning for a row moved to another day by one department only."""
    return RowIssue(b.source.tab, b.source.row, "Start Date", _day(b.start),
                    f"{b.source} moved its row of \u201c{b.title}\u201d to {_day(b.start)} while {a.source} "
                    f"still has {_day(a.start)}; they stay one event, on the event's own row's day, until staff "
                    "decide",
                    "answer the question in the Review Duplicates tab (Same event or Different events), "
                    "or type the same date in both rows", Severity.WARNING)


def _left_behind(moved: Mapping[int, int], clusters: "_Clusters", groups: Mapping[int, Sequence[int]],
                 feats: Sequence[Features]) -> set[int]:
    """The rows still showing the date an event moved from: each row ``moved`` links to its
    row on the new date (in one cluster), and every row of that cluster on the same old date
    — a partner's copy joined through it ("Movie in the Park" by Police on 8/13 beside Parks'
    "- RAINED OUT, moved to 8/20")."""
    old_days: dict[int, set] = {}
    for i, new in moved.items():
        if (root := clusters.find(i)) == clusters.find(new):
            old_days.setdefault(root, set()).add(feats[i].day)
    return {i for root, days in old_days.items() for i in groups[root] if feats[i].day in days}


def _left_issue(left: EventRow, moved: EventRow) -> RowIssue:
    """The Validation warning on a row left on the old day when another department moved its
    row of their joint event more than four weeks (:func:`_far_issue` warns the moved row)."""
    return RowIssue(left.source.tab, left.source.row, "Start Date", _day(left.start),
                    f"{moved.source} moved its row of this joint event (\u201c{moved.title}\u201d) to "
                    f"{_day(moved.start)}, more than four weeks away: this row is no longer part of it",
                    f"if your part moved too, type {_day(moved.start)} here; if it is off, set Status to "
                    f"Cancelled; if it still goes ahead on {_day(left.start)}, leave it", Severity.WARNING)


def _far_issue(a: EventRow, b: EventRow) -> RowIssue:
    """The Validation warning for a row of a joint event moved more than four weeks away by
    one department: two events now (the event, its UID, goes with its own row:
    :func:`sheets_sync.identity.match`)."""
    return RowIssue(b.source.tab, b.source.row, "Start Date", _day(b.start),
                    f"{b.source} moved its row of \u201c{b.title}\u201d to {_day(b.start)}, more than four weeks "
                    f"from {_day(a.start)}, which {a.source} still has: they are two events now",
                    f"if {a.source} takes part on the new date, type that date in {a.source} too; "
                    f"if its part on {_day(a.start)} is off, delete or cancel that row", Severity.WARNING)


def _questions(doubtful, rows, clusters: _Clusters, groups: Mapping[int, list[int]], decided,
               core: Sequence[str] = ()) -> list[CandidatePair]:
    """The doubtful pairs worth asking staff: one per pair of events (the best-scoring pair of
    rows between them), none between events a staff ``different`` decision already separates,
    and none where either event already holds another row of that day from the other row's tab
    (a tab logs an event once a day; a second copy would have merged with the first). Each says what a
    "Same event" answer would change (:attr:`CandidatePair.stake`). ``groups``: each event's
    root → its rows, as ``clusters`` stand (only the events asked about are read: issue 17)."""
    tabs: dict[int, dict[tuple, int]] = {}          # event → (tab, start day) → rows
    departments: dict[int, set[str]] = {}
    day = lambda r: r.start.date() if isinstance(r.start, datetime) else r.start  # noqa: E731
    roots = {clusters.find(k) for i, j, _ in doubtful for k in (i, j)}
    for root in roots:
        for i in groups[root]:
            r = rows[i]
            counts, key = tabs.setdefault(root, {}), (r.source.tab, day(r))
            counts[key] = counts.get(key, 0) + 1
            departments.setdefault(root, set()).update(r.departments)
    settled = {frozenset((clusters.find(i), clusters.find(j))) for (i, j), d in decided.items() if d == "different"}
    best: dict[frozenset, tuple] = {}
    for i, j, v in doubtful:
        ri, rj = clusters.find(i), clusters.find(j)
        ki, kj = (rows[i].source.tab, day(rows[i])), (rows[j].source.tab, day(rows[j]))
        own = 1 if ki == kj else 0
        # a tab logs an event once a day: the day rows of a multi-day event are still asked about
        if ri == rj or tabs[ri].get(kj, 0) > own or tabs[rj].get(ki, 0) > own:
            continue
        key = frozenset((ri, rj))
        if key not in settled and (key not in best or (-v.score, i, j) < best[key][:3]):
            best[key] = (-v.score, i, j, v)
    out = []
    for _, i, j, v in best.values():
        da, db = departments[clusters.find(i)], departments[clusters.find(j)]
        rank, stake = _stake(da, db, set(core))
        out.append(CandidatePair(rows[i], rows[j], v, stake=stake, rank=rank))
    return out


def _stake(da: set[str], db: set[str], core: set[str]) -> tuple[int, str]:
    """What joining two events with departments ``da`` and ``db`` changes: ``(rank, text)``."""
    both = da | db
    if core and core <= both and not (core <= da or core <= db):
        return 0, "Same event makes it an all-department event"
    if len(both) >= 2 and len(da) < 2 and len(db) < 2:
        return 1, "Same event makes it a joint event"
    if len(both) >= 2 and len(da) >= 2 and len(db) >= 2:
        return 1, "Same event makes two joint events one"
    if len(both) >= 2:
        return 2, f"Same event adds {', '.join(sorted(both - (da if len(da) >= 2 else db))) or 'no department'}"
    return 2, "Same event changes no joint count"


def _constraints(feats, verdicts, decided, score: Callable[[int, int], PairScore]) -> list[tuple[int, int]]:
    """Confident ``apart`` pairs that could end up in one event: only rows joined by two or
    more merge links can, so only the pairs inside such groups are scored (storing every apart
    verdict would cost memory on busy days; blocking skipped some of these pairs). Times that
    cannot overlap keep rows apart only on one day, and not when both rows are linked (by staff,
    or by the matcher on a partner's own part in the title) as visits inside one host's hours
    (:func:`_visit_hours`): the day rows of a multi-day event
    (joined through its range row), a row left on a rain date's old day and two partners'
    visits at different hours of one block party are one event. Two rows of one tab with
    different titles are not kept apart when both are linked as parts of one host's event — a
    visit inside its hours, coverage around them (:func:`~sheets_sync.matching.covers_hours`; a coffee hour and
    a parking detail one department logs at another's open house) or a row naming its part
    ("Engine 1 crew" 1–2 and "Ladder truck display" 12–3 at a 12–4 bash): one department's two
    parts of one event, not two programmes of its own. Nor are two rows staff answered Same
    event with one row (``Same event`` joins any two rows), or two rows naming a partner's part
    (a booth, a table, a unit), each linked as such to one host, whose places only differ in
    name ("Farmers Market" and "Showers Plaza" for booths at the market on Showers Common)."""
    links = _Clusters(len(feats))
    hosts: dict[int, set[int]] = {}        # a row → the rows it is linked to as a partner's visit inside their hours
    covered: dict[int, set[int]] = {}      # a row → the rows it is linked to as coverage around their hours
    answered: dict[int, set[int]] = {}     # a row → the rows staff said are the same event
    parts_of: dict[int, set[int]] = {}     # a row naming a part (booth, unit) → the hosts it is linked to as one
    linked = []
    for (i, j), v in verdicts.items():
        same = decided.get((i, j)) == "same"
        if same:
            answered.setdefault(i, set()).add(j)
            answered.setdefault(j, set()).add(i)
        if v.outcome == "merge" or same:
            links.union(i, j)
            linked.append((i, j, v, same))
    for i, j, v, same in linked:
        if len(links.members[links.find(i)]) >= 3:     # (only such groups are looked into below: issue 17)
            clue = same or any("a partner's own part" in m for m in v.matched)
            coverage = same or any("coverage around" in m or "coverage over most" in m for m in v.matched)
            setup = any(m.startswith("time: set-up time") for m in v.matched)
            for part, host in ((i, j), (j, i)):
                if setup and feats[part].part and not feats[host].part:
                    # a set-up crew just before the host's hours is its part like a visit inside
                    # them ("Cooling tent setup for Bimbe Festival" 10–1 and "Opening remarks" at 1)
                    hosts.setdefault(part, set()).add(host)
                # a visit naming its part ("Engine 3 visit") inside a detail's hours is a visit
                # to that detail's event, though the pair's title level names the coverage
                if _visit_hours(feats[part], feats[host]) and (clue or (coverage and feats[part].part)):
                    hosts.setdefault(part, set()).add(host)
                if coverage and (covers_hours(feats[part], feats[host]) or covers_most(feats[part], feats[host])):
                    covered.setdefault(part, set()).add(host)
                if clue and feats[part].part and not feats[host].part:
                    parts_of.setdefault(part, set()).add(host)
    out = []
    for members in links.members.values():
        if len(members) < 3:
            continue
        sub = sorted(members)
        for x, i in enumerate(sub):
            for j in sub[x + 1:]:
                if (i, j) in decided:
                    continue
                if (i, j) in verdicts:
                    # two events one shift holds, their own pair only a question (a title naming no
                    # event of its own: "Community mtg" in a room during the gym's open gym, both
                    # inside a 6–9 standby: a README-only check had all three one event)
                    # (not two partners' parts of it, "Booth" and "Tabling" at a safety day, v61)
                    if verdicts[(i, j)].outcome == "review" and _bridged(i, j, covered, feats) and \
                            not any(feats[k].part or names_a_role(feats[k]) for k in (i, j)):
                        out.append((i, j))
                    continue
                v = score(i, j)
                if v.outcome != "apart" or (v.reason not in _STRONG_APART and not _bridged(i, j, covered, feats)):
                    continue
                if answered.get(i, set()) & answered.get(j, set()):
                    continue        # staff said both are the same event as one row: one event
                if v.reason in ("different addresses", "different places") and parts_of.get(i, set()) & parts_of.get(j, set()):
                    continue        # two partners' parts of one host's event, placed in their own words
                if v.reason in ("different addresses", "different places") and \
                        (town_part(feats[i]) or town_part(feats[j])):
                    continue        # a part of town may hold the other's place (Police's "NNO - Greenfield" at
                    # "Greenfield" and Fire's "Engine 12 visit" at Bud Hammer Field: both at the party there)
                if v.reason == "times disjoint" and (feats[i].day != feats[j].day
                                                     or hosts.get(i, set()) & hosts.get(j, set())):
                    continue
                if v.reason == "different titles in one tab" and \
                        (hosts.get(i, set()) | covered.get(i, set()) | parts_of.get(i, set())) & \
                        (hosts.get(j, set()) | covered.get(j, set()) | parts_of.get(j, set())):
                    continue
                out.append((i, j))
    return out


def _bridged(i: int, j: int, covered: Mapping[int, set[int]], feats) -> bool:
    """Rows ``i`` and ``j``, neither of them coverage, are joined only as two events one
    coverage row is linked to (a security detail 6:30–9 over a forum 6–8 and a listening
    session 7–10 in one hall): their own pair scored apart, so the shift does not make them
    one event — the row is asked about instead (:func:`_ask_when_torn`)."""
    return not feats[i].cover and not feats[j].cover and \
        any(i in hosts and j in hosts for hosts in covered.values())


def _visit_hours(inner, outer) -> bool:
    """``inner``'s hours (:class:`~sheets_sync.matching.Features`, minutes) lie inside
    ``outer``'s on one day and last at most 60% as long, ``outer`` an event of at most a day
    (timed, or all day: a festival with drop-ins): a partner's visit to a host's event. Two such
    visits at different hours are both part of the host's event, so their disjoint hours do not keep them apart (a K9 demo at noon and a
    CERT booth at one during a 10–2 safety day)."""
    return (not inner.all_day and inner.day == outer.day and not hours_said(outer)
            and outer.start <= inner.start and inner.end <= outer.end
            and inner.end - inner.start <= 0.6 * (outer.end - outer.start) and outer.end - outer.start <= 1440)


#: match weights (bits) closer than this are a tie between two events a row could join
TORN_WITHIN = 1.0
_NO_LINK = PairScore("apart", 0.0, ())


def _ask_when_torn(verdicts: dict[tuple[int, int], PairScore], decided, apart: Sequence[tuple[int, int]]) -> None:
    """A row the matcher would merge with two rows that must stay apart (two block parties
    that evening) at match weights within :data:`TORN_WITHIN` bits: which one it belongs to
    is a coin toss (a visit "at the block party" with no place), so both links become review
    questions instead of the row joining whichever was indexed first (a shift linked as
    coverage to two events is settled before: :func:`_settle_coverage`). Only links within
    :data:`TORN_WITHIN` of the row's strongest one count; and the row's links to third rows
    linked to one of those events become questions too, unless that event is the likelier
    of the two (the row's one strongest link). Mutates ``verdicts``."""
    if not apart:
        return
    forbidden = {frozenset(p) for p in apart}
    links: dict[int, list[tuple[int, int]]] = {}
    for (i, j), v in verdicts.items():
        if v.outcome == "merge" and (i, j) not in decided:
            links.setdefault(i, []).append((i, j))
            links.setdefault(j, []).append((i, j))
    for row, pairs in links.items():
        if len(pairs) < 2:
            continue                # (most rows: one link tears nothing)
        torn = set()
        # (links much weaker than the row's strongest one do not tear it: a table named for
        # the safety fest that also reaches a clinic and a resource table by the hour, v40 B12)
        top = max(verdicts[p].weight for p in pairs)
        near = [p for p in pairs if top - verdicts[p].weight < TORN_WITHIN]
        for x, a in enumerate(near):
            for b in near[x + 1:]:
                other_a, other_b = a[0] + a[1] - row, b[0] + b[1] - row
                if frozenset((other_a, other_b)) in forbidden and \
                        abs(verdicts[a].weight - verdicts[b].weight) < TORN_WITHIN:
                    torn |= {a, b}
        if torn:
            # nor does it go, through a third row linked to it, with one it is no likelier to
            # be part of than another (a Police booth that went with the movie night): "Engine
            # 3 visit - Family Night" in the lot during both the family movie night and the
            # family game night (v40 C11); with the likeliest one it may (a candy handout 5–7
            # at the 5–7 trunk or treat, not the 5–8 haunted house, with the engine visiting
            # the trunk or treat, v38 CC8)
            best = max(verdicts[p].weight for p in torn)
            likeliest = [p for p in torn if verdicts[p].weight == best]
            hosts = {p[0] + p[1] - row for p in torn if len(likeliest) > 1 or p not in likeliest}
            torn |= {p for p in pairs if p not in torn and any(
                verdicts.get((min(o, h), max(o, h)), _NO_LINK).outcome == "merge"
                for o in (p[0] + p[1] - row,) for h in hosts)}
        for pair in torn:
            verdicts[pair] = replace(verdicts[pair], outcome="review",
                                     reason="as likely one event as another kept apart from it")


def _coverage_link(v: PairScore) -> str:
    """How the pair is linked as coverage: ``"around"`` (a shift holding the other's hours
    whole), ``"most"`` (holding its start or end and at least half), or ``""``."""
    for m in v.matched:
        if "coverage around" in m:
            return "around"
        if "coverage over most" in m:
            return "most"
    return ""


#: words of a shift's title that name its department or crew, not the event it covers
_CREW_WORDS = frozenset("police fire ems officer officers deputy deputies medic medics staff crew crews unit units "
                        "dept department team teams our the for at of and".split())


#: words of a shift's title that say when it works, not what it covers ("Day shift", "Evening detail")
_WHEN_WORDS = frozenset("day days night nights evening evenings morning mornings afternoon overnight weekend "
                        "daytime shift shifts am pm".split())


def _settle_coverage(verdicts: dict[tuple[int, int], PairScore], decided,
                     score: Callable[[int, int], PairScore], rows: Sequence[EventRow], feats,
                     apart: Sequence[tuple[int, int]]) -> None:
    """A shift linked as coverage (:func:`_coverage_link`) to two events that are not one
    event (kept apart, or their own pair scores apart), one link a merge and the other at least
    a question. It is that event's:

    1. whose title its own names, by a word the other's title lacks ("Fireworks detail" 7–10 is
       the 9:30 fireworks' coverage, not the 7:30–9 concert's it holds whole; "Festival
       security", the festival's, not the gospel hour's inside it) — words of its department
       or crew, of when it works ("Day shift", "Evening detail") and of the places left out,
       a place its title names too ("Bryan Park detail": :func:`~sheets_sync.matching.title_places`);
    2. else, whose place its title names, by a word of the place the other's lacks and its own
       place does not name ("Amphitheater detail" at Riverside Park: the concert in the park's
       amphitheater, not the yoga class in its pavilion);
    3. else, when it holds one whole and the other only in part, the one whose hours it shares
       most (a concert detail 5:30–8:30 and the 6–8 concert, not the 8–9 yoga class after it;
       an evening detail 4–10 and the 5–10:30 celebration, not the bike parade inside it);
    4. else (two it holds whole, 5–11 around two concerts; two in part, 6:30–9 over a forum
       6–8 and a listening session 7–10) it may be either's: both links are asked about.

    The chosen link merges and the other is dropped (no question left pending about it). Two
    partners' parts (a unit's visit, a tent: :attr:`Features.part`) or two visits inside the
    shift's hours are one event's, not two (:func:`_constraints`). Mutates ``verdicts``."""
    forbidden = {frozenset(p) for p in apart}
    links: dict[int, list[tuple[int, int]]] = {}
    for pair, v in verdicts.items():
        if v.outcome in ("merge", "review") and pair not in decided and _coverage_link(v):
            for row in pair:
                if feats[row].cover:
                    links.setdefault(row, []).append(pair)
    for row, pairs in links.items():
        if len(pairs) < 2 or not any(verdicts[p].outcome == "merge" for p in pairs):
            continue
        torn: set[tuple[int, int]] = set()
        for x, a in enumerate(pairs):
            for b in pairs[x + 1:]:
                if a not in verdicts or b not in verdicts or "merge" not in (verdicts[a].outcome, verdicts[b].outcome):
                    continue
                other_a, other_b = a[0] + a[1] - row, b[0] + b[1] - row
                if feats[other_a].part or feats[other_b].part:
                    continue
                if frozenset((other_a, other_b)) not in forbidden and (
                        (_visit_hours(feats[other_a], feats[row]) and _visit_hours(feats[other_b], feats[row]))
                        or score(min(other_a, other_b), max(other_a, other_b)).outcome != "apart"):
                    continue        # (two visits inside its hours are one event's, unless kept apart)
                won = _covered_event(feats, row, (a, other_a), (b, other_b), verdicts, title_places(rows[row].title))
                if won is None:
                    torn |= {a, b}
                    continue
                keep, drop = (a, b) if won == a else (b, a)
                del verdicts[drop]
                if verdicts[keep].outcome != "merge":
                    verdicts[keep] = replace(verdicts[keep], outcome="merge",
                                             reason="coverage of this event rather than another there")
        for pair in torn:
            if pair in verdicts:
                verdicts[pair] = replace(verdicts[pair], outcome="review",
                                         reason="as likely one event as another kept apart from it")


def _naming_words(feats, row: int, events: Sequence[int], named_places: frozenset) -> frozenset:
    """The words by which the shift ``row``'s title may name the event it covers: its words
    but those of coverage, its department or crew, when it works, and the places of the
    shift and of ``events`` (and ``named_places``, places its title names)."""
    shift = feats[row]
    places = named_places.union(*(venue_words(feats[x].place.venue) | set(feats[x].place.venue.split())
                                  for x in (row, *events)))
    return shift.words[0] - frozenset(shift.cover.split()) - _CREW_WORDS - _WHEN_WORDS - places - GENERIC_VENUE_WORDS


_NAMED_ELSEWHERE = "coverage whose title names another event that day, at another place"
_SESSION_LOOKALIKE = ("a partner's row at the place and hours of a session of a series, "
                      "its title only partly the series'")


def _ask_when_named_elsewhere(verdicts: dict[tuple[int, int], PairScore], decided, rows, feats,
                              by_day: Mapping) -> None:
    """A shift merged as coverage of an event its title does not name (not every one of its
    naming words), while its title names
    (every word of :func:`_naming_words`) another event that day at another place: "Juneteenth
    Festival security" 11–6 typed at Peoples Park, around Parks' story time there, while the
    festival is at Switchyard Park. A place typo or a detail near the festival, not the story
    time's partner: the merge becomes a review question. ``by_day``: day → row indexes
    (:attr:`sheets_sync.matching.DayContext.by_day`). Mutates ``verdicts``."""
    linked = [(pair, shift) for pair, v in verdicts.items() if v.outcome == "merge" and pair not in decided
              and _coverage_link(v) for shift in pair if feats[shift].cover]
    for pair, shift in linked:
        event = pair[0] + pair[1] - shift
        own = _naming_words(feats, shift, (event,), title_places(rows[shift].title))
        # (words it shares are not enough: "July 4th Parade - traffic control" around the
        # "Fourth of July Concert" shares the holiday, and the parade is the event it names)
        if not own or own <= feats[event].words[0]:
            continue
        if any(k not in pair and not feats[k].cover and own <= feats[k].words[0]
               and compare_places(feats[k].place, feats[shift].place)[0] not in ("same address", "same venue")
               for k in by_day[feats[shift].day]):
            verdicts[pair] = replace(verdicts[pair], outcome="review", reason=_NAMED_ELSEWHERE)


def _merge_when_each_names_the_other(verdicts: dict[tuple[int, int], PairScore], decided, rows, feats) -> None:
    """A question between two rows of two departments that each name the other as taking part
    (Lead/Partner Departments or text), at one address or venue, their hours meeting: one
    event each department logged as its own joint event ("Sound the Alarm - Bayview Homes",
    Partners "Community Safety", and Community Safety's "Home Safety Canvass - Bayview" naming
    Fire's crews: v52, asked, and counted as two joint events until answered). The question
    becomes a merge; a row called off keeps it a question. Mutates ``verdicts``."""
    for (i, j), v in list(verdicts.items()):
        if v.outcome != "review" or (i, j) in decided or v.reason == _SESSION_LOOKALIKE:
            continue
        a, b = rows[i], rows[j]
        if not (a.department and b.department) or a.department == b.department or \
                a.department not in b.departments or b.department not in a.departments or \
                a.status in CALLED_OFF or b.status in CALLED_OFF:
            continue
        fi, fj = feats[i], feats[j]
        if fi.day == fj.day and compare_places(fi.place, fj.place)[0] in ("same address", "same venue") and \
                compare_times(fi, fj, 0)[0] != "disjoint":
            verdicts[(i, j)] = replace(v, outcome="merge", reason="each row names the other's department, one place")


_PLACELESS_ELSEWHERE = "a visit with no place, as likely at another event that day whose title says the same"


def _ask_when_placeless_fits_others(verdicts: dict[tuple[int, int], PairScore], decided, rows, feats,
                                    by_day: Mapping, score: Callable[[int, int], PairScore]) -> None:
    """A partner's visit with no place (a row naming its part: "Engine 9 NNO visit" 6:30–7)
    merged with one event, while another event that day at another place, whose hours hold
    the visit's and whose title holds every word (two or more) the visit's title shares with
    the first ("National Night Out - Walltown" at Walltown Park, "National Night Out - Old West
    Durham" at Oval Park): which one it visits is a coin toss, though the first one's title
    agreed better (its place words left out of it) — unless the visit's title names the first
    one's event or place and not the other's. The merge becomes a review question, and
    so does the visit with each such event (a helper's check; :func:`_ask_when_torn` asks only
    where both scored alike). ``by_day``: day → row indexes. Mutates ``verdicts``."""
    linked = [(pair, visit) for pair, v in verdicts.items() if v.outcome == "merge" and pair not in decided
              for visit in pair if feats[visit].part and feats[visit].place.blank
              and not feats[pair[0] + pair[1] - visit].place.blank]
    for pair, visit in linked:
        f, host = feats[visit], pair[0] + pair[1] - visit
        shared = f.words[0] & feats[host].words[0]       # (words every party uses too: "night out")
        if len(shared) < 2:
            continue
        said = f.words[0] | f.raw_words
        named = (feats[host].raw_words | _place_words(feats[host].place)) & said

        def names_only_host(k: int) -> bool:
            """The visit's title names the host's event or place, not ``k``'s ("Engine 4 at
            Eastside NNO" beside the Westside party)."""
            return bool(named - feats[k].raw_words - _place_words(feats[k].place))
        others = [k for k in by_day[f.day] if k not in pair and not feats[k].place.blank
                  and rows[k].department != rows[visit].department
                  and feats[k].start <= f.start and f.end <= feats[k].end and shared <= feats[k].words[0]
                  and verdicts.get((min(k, host), max(k, host)), _NO_LINK).outcome != "merge"
                  and compare_places(feats[k].place, feats[host].place)[0] not in ("same address", "same venue")
                  and not names_only_host(k)]
        if not others:
            continue
        verdicts[pair] = replace(verdicts[pair], outcome="review", reason=_PLACELESS_ELSEWHERE)
        for k in others:
            other = (min(visit, k), max(visit, k))
            if other not in decided and verdicts.get(other, _NO_LINK).outcome != "merge":
                verdicts[other] = replace(verdicts.get(other) or score(*other), outcome="review",
                                          reason=_PLACELESS_ELSEWHERE)


def _covered_event(feats, row: int, a: tuple, b: tuple, verdicts,
                   named_places: frozenset = frozenset()) -> tuple[int, int] | None:
    """Which of two links ``(pair, event row)`` of the shift ``row`` :func:`_settle_coverage`
    keeps, or ``None`` to ask. ``named_places``: words of places the shift's title names."""
    shift = feats[row]
    own = _naming_words(feats, row, (a[1], b[1]), named_places)
    wa, wb = feats[a[1]].words[0], feats[b[1]].words[0]
    named = [bool(own & (wa - wb)), bool(own & (wb - wa))]     # a word only one of them has
    if named[0] != named[1]:
        return a[0] if named[0] else b[0]
    # … or names the part of the place one of them is at ("Amphitheater detail" at the park,
    # the concert in its amphitheater and a yoga class in its pavilion, v38 PK3)
    pa, pb = (_place_words(feats[x].place) - _place_words(shift.place) for x in (a[1], b[1]))
    named = [bool(shift.words[0] & (pa - pb)), bool(shift.words[0] & (pb - pa))]
    if named[0] != named[1]:
        return a[0] if named[0] else b[0]
    kinds = [_coverage_link(verdicts[pair]) for pair, _ in (a, b)]
    if kinds[0] != kinds[1]:
        shared = [min(shift.end, feats[other].end) - max(shift.start, feats[other].start) for _, other in (a, b)]
        if shared[0] != shared[1]:
            return a[0] if shared[0] > shared[1] else b[0]
    return None


def _place_words(place) -> frozenset:
    """The words of a place's venue and room that tell places apart (not "park", "hall"), and
    the names of its streets (:func:`~sheets_sync.matching.street_names`: "maple" at Maple St
    & 3rd Ave)."""
    return (frozenset(f"{place.venue} {place.room}".split()) - GENERIC_VENUE_WORDS) | street_names(place)


_OWN_EVENT_INSIDE = "coverage that may be of its own department's event there"
_NO_VERDICT = PairScore("apart", 0.0, (), "")


_TIED_ELSEWHERE = "a partner's part tied by naming to another event there"


def _hours_only_overlap(a: Features, b: Features, tolerance: float) -> bool:
    """The two rows' hours overlap on one day without one holding the other or both starting
    within ``tolerance`` minutes (:func:`~sheets_sync.matching.compare_times` kind
    ``overlap``): a market 4–7 and a block party 5–8, not a picnic 4:30–8:30 (set-up hours
    included) around a 5–8 National Night Out, nor 5–8 and 5:30–8:30 (clean-up hours)."""
    return compare_times(a, b, tolerance)[0] == "overlap"


def _tied(v: PairScore, part: Features, host: Features, context: DayContext) -> bool:
    """A part and a host are tied by naming: one row lists the other's department as a partner
    (the pair's "names the other", :func:`~sheets_sync.matching.compare_departments`), or the
    part's title or description names the host's event
    (:func:`~sheets_sync.matching.names_the_other`: "Engine 1 visit - National Night Out")."""
    return any(m.startswith("names the other") for m in v.matched) or bool(names_the_other(part, host, context))


def _settle_named_parts(verdicts: dict[tuple[int, int], PairScore], decided,
                        score: Callable[[int, int], PairScore], feats, context: DayContext,
                        tolerance: float) -> None:
    """A partner's part (a unit's visit, a booth: :attr:`~sheets_sync.matching.Features.part`)
    merged with two events that are not one (neither a part, their own pair scored apart),
    tied by naming (:func:`_tied`) to one and not the other, is that one's part: the other
    link becomes a review question (the two may still be one event logged twice in other
    words; Same event joins them), so the part does not silently make the two one event.
    "Engine 1 visit - National Night Out" 6–7 at Hopewell Commons is Police's block party's —
    the party's row lists Fire — not also the Tuesday Market's 4–7 there (v25 W1). Only where
    the two events' hours merely overlap or one is a class or activity of its own
    (:func:`_two_events`): where one holds the other's or both start together the links stay
    — a picnic 4:30–8:30, set-up hours included, and the 5–8 National Night Out it hosts, or
    5–8 and 5:30–8:30, logged by two departments, are one event (v26 R1g, v27). Untied both
    ways, the links stay too, unless one event is a class or activity of its own and another
    hosts others (a bingo night and a National Night Out): the part is the hosting event's (or,
    a part that is no class itself ("CPR class - CERT instructors"), names no people it is "with"
    nor what it is at ("Engine 7 visit - ball fields" may be at a league there) and is not in a
    common area, the event that is no class or activity: a guest speaker at the breakfast, not at
    bingo next door);
    else, when what its title says it is at shares a word (not of when, not common in titles)
    with one event's title only, it is that event's, and a link to another whose own pair with
    it scores apart is a question whatever the hours. Where the part's own title names one
    event and not the other, which names no kind of event in common with it
    (:func:`_named_not_other`), the other link is a question whatever the hours. Whatever ties
    the part to one event, the other link is dropped when the two events are in different rooms
    or places, which no one event logged twice is (a Police academy session in Room 2A, v38
    CH1; basketball on the courts beside a movie in the amphitheater, v38 PK11). A link staff
    answered is kept. ``tolerance``: minutes. Mutates ``verdicts``."""
    links: dict[int, list[tuple[int, int]]] = {}
    for pair, v in verdicts.items():
        if v.outcome == "merge" and pair not in decided:
            for row in pair:
                if feats[row].part and not feats[pair[0] + pair[1] - row].part:
                    links.setdefault(row, []).append(pair)
    for row, pairs in links.items():
        named = [p for p in pairs if _tied(verdicts[p], feats[row], feats[p[0] + p[1] - row], context)]
        by_word = False
        if not named or len(named) == len(pairs):
            # untied: linked to a class or activity of its own and to an event that hosts others
            # (a bingo night and a National Night Out at one center), it is the latter's (v31 E1)
            hosts = [feats[p[0] + p[1] - row] for p in pairs]
            named = [p for p, h in zip(pairs, hosts) if h.hosting] if any(h.programme for h in hosts) else []
            if not named and any(h.programme for h in hosts) and not feats[row].with_part \
                    and not feats[row].programme and not at_words(feats[row]) \
                    and not common_area(feats[row].place.room):
                # nor is a speaker (not "Cocoa with a Cop") at bingo when a breakfast is held in
                # the next room (v40 C7); a table in the lobby may serve either (C6)
                named = [p for p, h in zip(pairs, hosts) if not h.programme]
            if not named or len(named) == len(pairs):
                # what its title says it is at shares a word with one event's title only:
                # "Engine 2 visit - Movie Night" and "Movie in the Park: Encanto", not "Youth
                # Night Basketball" (v38 PK11; words of when, and words common in titles, aside)
                own = at_words(feats[row]) - GENERIC_TITLE_WORDS - _WHEN_WORDS
                named = [p for p, h in zip(pairs, hosts) if own & h.words[0]] if own else []
                if not named or len(named) == len(pairs):
                    continue
                by_word = True
        for pair in pairs:
            if pair in named:
                continue
            other = pair[0] + pair[1] - row
            owners = [(host, cache(lambda h=host: score(min(other, h), max(other, h))))
                      for host in (p[0] + p[1] - row for p in named)]
            if any(scored().reason in ("different places", "different addresses")
                   or names_area(feats[row], feats[host], context) for host, scored in owners):
                # tied to one event, the other elsewhere (or in another part of the park the
                # part's title names): not one event logged twice
                del verdicts[pair]
            elif any(_two_events(feats[other], feats[host], tolerance, scored)
                     or _named_not_other(feats[row], feats[host], feats[other], context, scored)
                     or (by_word and scored().outcome == "apart") for host, scored in owners):
                verdicts[pair] = replace(verdicts[pair], outcome="review", reason=_TIED_ELSEWHERE)


def _named_not_other(part: Features, host: Features, other: Features, context: DayContext,
                     scored: Callable[[], PairScore]) -> bool:
    """The part's own title names ``host``'s event and not ``other``'s
    (:func:`~sheets_sync.matching.names_the_other`: "911 info table - Community Conversation"
    in the lobby, and the Local Emergency Planning Committee meeting upstairs, v38 CH1), the
    two name no kind of event in common, ``other`` names no event it is at itself (as "Honor
    Guard - 9/11 ceremony" does, a part by another name: v38 CH5) and their own pair
    (``scored``) is apart: whatever their hours, the part is ``host``'s. (A part tied only by
    a row's Partner Departments, as in v26 R1g, does not say which of two rows logged for one
    event it visits.)"""
    return not at_words(other) and bool(names_the_other(part, host, context)) \
        and not names_the_other(part, other, context) and not (host.kinds & other.kinds) \
        and scored().outcome == "apart"


def _two_events(a: Features, b: Features, tolerance: float, scored: Callable[[], PairScore]) -> bool:
    """Two rows a part is linked to are two events, not one logged twice: their own pair
    (``scored``, asked only when needed) is apart and their hours merely overlap
    (:func:`_hours_only_overlap`), or one is a class or activity of its own
    (:attr:`~sheets_sync.matching.Features.programme`: "Senior Bingo Night" beside the
    National Night Out at one community center, v31 E1) and their pair is no merge."""
    if a.programme or b.programme:
        return scored().outcome != "merge"
    return _hours_only_overlap(a, b, tolerance) and scored().outcome == "apart"


def _ask_when_own_event_inside(verdicts: dict[tuple[int, int], PairScore], decided, rows, feats) -> None:
    """A shift the matcher merged as coverage around another department's event whose hours
    also meet an event of its own tab at the same place ("OT detail" 4–9 around Police's own
    National Night Out 5–8 and Parks' soccer practice 5:30–6:30 at one park) may be its own
    event's coverage: the merge becomes a review question rather than a joint event nobody
    logged. A row of its tab that is itself a part (a booth, a unit) during the other event's
    hours, or already merged with the other event, is no event of its own there; a part before
    or after them ("Cops & Cones Ice Cream Social" 6:30–8 before the 8:30 movie, inside Police's
    6–11 staffing) is. Mutates ``verdicts``."""
    covering = [(i, j) for (i, j), v in verdicts.items() if v.outcome == "merge" and (i, j) not in decided
                and any("coverage around" in m for m in v.matched)]
    if not covering:
        return
    by_tab_day: dict[tuple[str, object], list[int]] = {}
    for k, (r, f) in enumerate(zip(rows, feats)):
        by_tab_day.setdefault((r.source.tab, f.day), []).append(k)
    for i, j in covering:
        for outer, inner in ((i, j), (j, i)):
            fo = feats[outer]
            if not (fo.cover and covers_hours(fo, feats[inner])):
                continue
            for k in by_tab_day.get((rows[outer].source.tab, fo.day), ()):
                fk = feats[k]
                fi = feats[inner]
                if k in (outer, inner) or fk.cover or fk.all_day or not (fk.start < fo.end and fo.start < fk.end):
                    continue
                if fk.part and fk.start < fi.end and fi.start < fk.end:
                    continue        # a booth or unit during the other event: a part of it
                if verdicts.get((min(k, inner), max(k, inner)), _NO_VERDICT).outcome == "merge":
                    continue
                if compare_places(fk.place, fo.place)[0] in ("same address", "same venue"):
                    verdicts[(i, j)] = replace(verdicts[(i, j)], outcome="review", reason=_OWN_EVENT_INSIDE)
                    break


def _where(row: EventRow) -> str:
    """Where staff correct ``row``: its tab and row, or, for a calendar file's event (an export:
    edits there are overwritten), the calendar program (a README-only check)."""
    return f"{row.source} (its event in the calendar program)" if row.external_uid else str(row.source)


def _day(value) -> str:
    return value.strftime("%Y-%m-%d")


def _clock(value) -> str:
    return value.strftime("%H:%M") if isinstance(value, datetime) else "all day"


def _alone(row: EventRow, evidence: tuple[MergeEvidence, ...]) -> CombinedEvent:
    """:func:`combine` of a group of one row (most events, issue 17): every field is the
    row's, the lead first among its departments, and nothing to warn about."""
    departments = row.departments
    lead = row.lead or None
    if lead and lead in departments and departments[0] != lead:
        departments = (lead, *(d for d in departments if d != lead))
    return CombinedEvent(
        title=row.title, start=row.start, end=row.end, all_day=row.all_day,
        departments=departments, lead=lead, rows=(row,),
        visibility=Visibility.PUBLIC if row.visibility is Visibility.PUBLIC else Visibility.INTERNAL,
        status=row.status, location=row.location, address=row.address, event_type=row.event_type,
        description=row.description, audience=row.audience, language=row.language,
        accessibility=row.accessibility, registration_url=row.registration_url,
        assistance_wanted=row.assistance_wanted, attendance=row.actual_attendance, rrule=row.rrule,
        exdates=row.exdates if row.rrule else (), title_es=row.title_es,
        description_es=row.description_es, evidence=evidence,
        partner_departments_from_column=bool(row.partners),
    )


def _clock_differs(row: EventRow, first: EventRow) -> bool:
    """Two timed rows starting at different times of day (the day rows of a multi-day event
    start on other days at the same hour; an all-day row has no hour to agree on)."""
    return not (row.all_day or first.all_day) and row.start.timetz() != first.start.timetz()


def _visit(row: EventRow, host: EventRow) -> bool:
    """``row``'s hours lie inside ``host``'s and last at most 60% as long (the share
    :func:`sheets_sync.matching` calls a short slot): a partner's visit to the event, or one
    day of a multi-day event — a start of its own there is no disagreement to flag, while a
    copy typed a quarter-hour late still is."""
    return (row.all_day == host.all_day and host.start <= row.start and row.end <= host.end
            and (row.end - row.start) <= 0.6 * (host.end - host.start))


#: a host's Status that calls its event off: its partners' parts do not keep it going


def _host_called_off(group: Sequence[EventRow]) -> Status | None:
    """The Status that calls the event off (Cancelled or Postponed) when every one of the
    event's own rows says it — the rows :func:`lead_classes` does not class as a partner's
    visit, own part (a unit, a booth, a shift around the event) or a title with words added —
    and the rows still saying otherwise are all such parts, or rows of departments the host's
    row (:func:`_host`) lists as partners while every row of the host says it; else ``None``.
    A partner's table or police detail does not hold an event its host called off, nor a
    listed partner's copy of it; another department's row of the event itself (its own title
    and hours, not listed by the host) still does."""
    # (nor does an Internal row of staff support under a title of its own: "Bimbe - weather
    # monitoring", Internal, at the festival's hours had held Parks' cancelled festival, a
    # README-only check; an Internal row of the event itself, its title the same, still does)
    titles = [_title_words(r) for r in group]
    own = [r for n, (r, (hidden, visit, part, extends)) in enumerate(zip(group, lead_classes(group)))
           if not (visit or part or extends or hidden and titles[n] not in titles[:n] + titles[n + 1:])]
    said = {r.status for r in own}
    if len(said) == 1 and (status := next(iter(said))) in CALLED_OFF and len(own) < len(group):
        return status
    # … or when the host's rows call it off and the event's other rows saying otherwise are
    # those of departments the host's row lists as its partners: their copies of its event
    # ("National Night Out - Walltown" Postponed by Police, which lists Parks, beside Parks'
    # "NNO Block Party" still Scheduled: a helper's check had it published as going ahead)
    # (a host row naming the date it moved to moves the event instead: :func:`_stated_move`;
    # a host naming its partners only in its text lists them as well: :func:`_host_named`)
    # (all the host's rows, its title with words added too: Community Safety's Cancelled
    # "Community Resource Fair", listing Police, beside Police's "Resource fair - Ammons" still
    # Scheduled had been published as going ahead, Police's alone: a README-only check)
    host = _host_named(group)
    hosts = [r for r in group if r.department == host]
    said = {r.status for r in hosts}
    if len(said) == 1 and (status := next(iter(said))) in CALLED_OFF and not any(moved_away(r) for r in hosts):
        listed = {d for r in hosts for d in (*r.partners, *r.text_partners)}
        if all(r.department in listed for r in own if r.status is not status):
            return status
    return None


def _named_host_called_off(group: Sequence[EventRow], hosts_named: Mapping) -> Status | None:
    """The Status that calls the event off when its rows' words name one host department
    (``hosts_named``: source → department, "attending CSD's listening session"), every row of
    that department says it (Cancelled, Postponed), and every row saying otherwise names it so
    (a README-only check: Community Safety's cancelled listening session was published going
    ahead as Police's, from the row of the captain attending it); else ``None``."""
    named = {hosts_named.get(r.source) for r in group} - {None}
    if len(named) != 1:
        return None
    host = next(iter(named))
    said = {r.status for r in group if r.department == host}
    if len(said) != 1 or (status := next(iter(said))) not in CALLED_OFF:
        return None
    return status if all(r.source in hosts_named for r in group if r.department != host and r.status is not status) \
        else None


def _silent_copy_called_off(group: Sequence[EventRow]) -> Status | None:
    """The Status (Cancelled or Postponed) of an event two departments each logged as their own
    (rows :func:`lead_classes` classes as the event itself) when one department's rows all call
    it off and the other's are rows of a sheet whose Status is blank: a copy never updated, not
    a department going ahead alone; else ``None``. Three fresh helpers' sets: "Public Mtg -
    Future Police HQ" Cancelled by Police beside Community Safety's copy with no Status, and
    "Kids Bike Safety Day - CXL" beside Parks' copy, were published and counted as held. A
    Status typed on the other row ("Scheduled", "Confirmed"), a calendar's event, a third
    department, or a move the row names (:func:`_stated_move`) keeps the event going."""
    if len({r.department for r in group}) != 2:
        return None
    own = [r for r, (_, visit, part, extends) in zip(group, lead_classes(group)) if not (visit or part or extends)]
    off = {r.status for r in own if r.status in CALLED_OFF}
    if len(off) != 1:
        return None
    status = next(iter(off))
    quitting = {r.department for r in own if r.status is status}
    theirs = [r for r in group if r.department in quitting]
    rest = [r for r in group if r.department not in quitting]
    if len(quitting) == 1 and all(r.status is status and moved_away(r) is None for r in theirs) and rest and \
            all(r.status is Status.SCHEDULED and not r.status_typed and not r.external_uid for r in rest) and \
            any(r in own for r in rest):
        return status
    return None


def _called_off_below(group: Sequence[EventRow]) -> Status | None:
    """The Status (Cancelled or Postponed) of an event one department logged more than once in
    one tab when its rows calling it off all stand below the rows saying otherwise, and those
    say nothing of their status (no Status typed, no calendar's event): a newer entry, as a
    form's responses and a tab's added rows run; else ``None``. A fresh helper's set (v55):
    the form's second response "CANCELLED - Canine Field Day 8/23" ("Heat advisory - we're
    cancelling this one") beside the first was published as going ahead. A row naming the
    date it moved to moves the event instead (:func:`_stated_move`)."""
    if len({(r.lead or r.department, r.source.tab) for r in group}) != 1:    # (a form tab's: its submitter's)
        return None
    off = [r for r in group if r.status in CALLED_OFF]
    on = [r for r in group if r.status not in CALLED_OFF]
    if not off or not on or len({r.status for r in off}) != 1 or any(moved_away(r) for r in off):
        return None
    below = min(sent_order(r) for r in off)      # (sent later: by the tab's Timestamp where it orders them)
    if all(not r.status_typed and not r.external_uid and sent_order(r) < below for r in on):
        return off[0].status
    return None


def _back_on(group: Sequence[EventRow]) -> bool:
    """Every row of ``group`` calling the event off was sent before a row of the same
    department (its Lead Department in a form's tab) in the same tab saying the event is back
    on (``EventRow.back_on``: "BACK ON - Canine Field Day", sent after "CANCELLED - Canine Field
    Day"; stop 53's helpers, where the cancellation stood): the event goes ahead."""
    revived = [r for r in group if r.back_on]
    return bool(revived) and all(
        any((b.lead or b.department, b.source.tab) == (r.lead or r.department, r.source.tab)
            and sent_order(b) > sent_order(r) for b in revived)
        for r in group if r.status in CALLED_OFF)


def _stated_move(group: Sequence[EventRow]) -> tuple[EventRow, date] | None:
    """``(row, new date)``: the first row of the event itself (not a partner's visit, part or
    title with words added, :func:`lead_classes`) that is called off naming the date the event
    moved to (:func:`sheets_sync.moved.moved_away`), when no row of the event is on that date;
    else ``None``. :func:`combine` takes the move only from the host's row (:func:`_host`)."""
    days = {r.start.date() if isinstance(r.start, datetime) else r.start for r in group}
    for r, (_, visit, part, extends) in zip(group, lead_classes(group)):
        if visit or part or (day := moved_away(r)) is None or day in days:
            continue
        if not extends or all(_title_words(r) - _title_words(o) <= _MOVE_TITLE_WORDS for o in group if o is not r):
            return r, day           # (its words added only say the move: "RESCHEDULED Movie in the Park")
    return None


def _host(group: Sequence[EventRow]) -> str | None:
    """The department the rows say hosts the event: the one whose row lists the others as
    Partner Departments, or that a row of another department names as its Lead Department;
    ``None`` when the rows say no one department (each row's lead its own) or two."""
    # (a row's lead lists its partners: Fire's copy of Police's row, Lead Department Police,
    # Partner Departments Fire, names Police the host, not Fire: a fresh city's check)
    hosts = {r.lead or r.department for r in group if r.partners} | {r.lead for r in group
                                                                     if r.lead and r.lead != r.department}
    return next(iter(hosts)) if len(hosts) == 1 else None


def _host_named(group: Sequence[EventRow]) -> str | None:
    """:func:`_host`, or, when the department columns say none, :func:`_text_host` (a host
    naming its partners only in its text, "Co-hosted with the Fire Department")."""
    return _host(group) or _text_host(group)


def _text_host(group: Sequence[EventRow]) -> str | None:
    """The one department whose rows name other departments of the event only in their
    Title or Description (``EventRow.text_partners``), when no row says a host in the
    department columns (:func:`_host`); else ``None``."""
    if any(r.partners or (r.lead and r.lead != r.department) for r in group):
        return None
    present = {r.department for r in group}
    hosts = {r.department for r in group if set(r.text_partners) & (present - {r.department})}
    return next(iter(hosts)) if len(hosts) == 1 else None


#: the words a title adds to say its event moved ("RESCHEDULED Movie in the Park")
_MOVE_TITLE_WORDS = frozenset(("rescheduled", "re", "scheduled", "postponed", "moved", "rained", "out", "new", "date",
                               "cancelled", "canceled", "weather"))


def _status_issues(group: Sequence[EventRow], status: Status, departments: Sequence[str],
                   issues: list[RowIssue], host_off: bool = False,
                   away: tuple[EventRow, date] | None = None, silent: bool = False) -> None:
    """A Validation warning on each merged row whose Status differs from the event's
    ``status`` (:func:`combine`'s rule): what is published, whether the row's department is
    still counted as taking part, and what to type if the whole event changed. ``host_off``:
    the event's own rows called it off (:func:`_host_called_off`), so each partner's part still
    saying otherwise is told the host did. ``away``: a row of the event says it moved to
    another date (:func:`_stated_move`), so each row still saying otherwise is told so.
    ``silent``: the other department's rows say nothing of their status
    (:func:`_silent_copy_called_off`), and are told the event is taken as called off."""
    agree = [r for r in group if r.status is status]
    named = ", ".join(str(r.source) for r in agree[:3]) + (" …" if len(agree) > 3 else "")
    for r in group:
        if r.status is status:
            continue
        if away:
            said, day = away
            typed = typed_date(day)
            issues.append(RowIssue(
                r.source.tab, r.source.row, "Status", r.status.value,
                f"{said.source} says this event moved to {day.isoformat()}: it is published as "
                f"{status.value} on this date and not counted here",
                f"if your department goes to the new date, change this row's Start Date to {typed} "
                f"(or add a row on {typed}); if the event still happens on this date, correct {said.source}",
                Severity.WARNING))
            continue
        if silent:
            issues.append(RowIssue(
                r.source.tab, r.source.row, "Status", r.status.value if r.status_typed else "",
                f"{named} says {status.value} and this row's Status is blank: the event is taken as "
                f"{status.value} (not published as going ahead, not counted)",
                f"set Status to {status.value} here too; " + (
                    f"if the event goes ahead without {agree[0].department}, type Scheduled in this row's Status"
                    if agree[0].department and agree[0].department != r.department else
                    # (one department's rows, a form's responses: "without None", a README-only check)
                    "if it goes ahead after all, type Scheduled in this row's Status"), Severity.WARNING))
            continue
        if host_off:
            issues.append(RowIssue(
                r.source.tab, r.source.row, "Status", r.status.value,
                f"{named}, the event's own row, says {status.value}: the host called the event off, so "
                f"it is published as {status.value} and not counted; this row is a part of it "
                "(a visit, a booth or table, or coverage) or the copy of a partner the host lists",
                f"set Status to {status.value} here too; if your department still holds something "
                "there on its own, give the row a title of its own, or answer Different events for "
                "the pair in the Review tab", Severity.WARNING))
            continue
        counted = (f"; {r.department} is not counted as taking part" if r.status in CALLED_OFF
                   and r.department and r.department not in departments else "")
        issues.append(RowIssue(
            r.source.tab, r.source.row, "Status", r.status.value,
            f"merged with {named}, which says {status.value}: the event is published as "
            f"{status.value}{counted}",
            f"if the whole event is {r.status.value}, set Status to {r.status.value} in every "
            f"merged row; if only your department's part changed, leave this row as it is",
            Severity.WARNING))
    host = group[0]
    if host.status is not status and not away and not silent:   # its first row (its host) says otherwise: tell the rest
        for r in agree:
            issues.append(RowIssue(
                r.source.tab, r.source.row, "Status", r.status.value,
                f"{host.source}, the first row of this event, says {host.status.value}; the event "
                f"is published as {status.value} because this row says so",
                f"if the whole event is {host.status.value}, set Status to {host.status.value} here "
                "too; if your department's part still goes ahead, leave it", Severity.WARNING))


def combine(group: Sequence[EventRow], evidence: tuple[MergeEvidence, ...],
            issues: list[RowIssue], attendance_margin: float = 0.25,
            moved: frozenset = frozenset(), kept: frozenset = frozenset(),
            hosts_named: Mapping | None = None) -> CombinedEvent:
    """Merged-field rules for one cluster; ``group[0]`` leads (the event's own row, earliest
    created: :func:`lead_classes`) and wins; a partner's part after it sets no end.

    ``moved``: sources of rows still showing the date the event was moved from (a rain date
    typed in one tab only); they come last, never give the start or end, and get a warning.
    ``kept``: sources of rows of an event one department moved to another day, kept together
    until staff answer (:func:`_kept_together`, which gives their warning), that are not on the
    leading row's day; they never give the end and draw no start-time warning. ``hosts_named``:
    source → the department whose event that row's words say it is at (:func:`_at_hosts_event`).
    Appends Validation warnings to ``issues`` for a different start time or place in a
    merged row, for a row whose Status differs from the event's (a department whose rows all
    say Cancelled while the event goes ahead is left out of its departments) and for attendance reports that differ by more than ``attendance_margin``
    (a fraction of the largest report).
    """
    first = group[0]
    if len(group) == 1 and not moved:
        return _alone(first, evidence)
    shown_by, others = first, group[1:]     # (the row showing the new date, named in a moved row's warning)
    if moved and (host := _moved_host(group, moved)) is not None:
        first, others = host, group
    # a row left on the old date says nothing of the event's status on the new one: called off
    # there, it says the move; a partner's copy still Scheduled there does not outvote the host's
    # row on the new date (v22: "Postponed to 5/14" and the 5/14 row Cancelled were published
    # Scheduled, and counted, through Community Safety's copy left on 4/23)
    settled = ([r for r in group if r.source not in moved] or group) if moved else group
    statuses = {r.status for r in settled}
    revived = len(statuses) > 1 and _back_on(settled)
    host_off = (_host_called_off(settled) or _named_host_called_off(settled, hosts_named or {})) \
        if len(statuses) > 1 and not revived else None
    silent = (_silent_copy_called_off(settled) or _called_off_below(settled)) \
        if len(statuses) > 1 and host_off is None and not moved and not revived else None
    host_off = host_off or silent
    # the host's row saying the event moved to another date moves it, though a partner's copy
    # still says Scheduled (v22 R3: Parks' "Rescheduled for Friday, Aug. 20" and Police's copy
    # left on 5/21 had published the night as Police's, Scheduled); a partner's row saying so
    # moves only its own part (v24: Community Safety's "Postponed to 8/21" beside the host's bash)
    away = _stated_move(settled) if len(statuses) > 1 and host_off is None and not moved else None
    if away and away[0].department != _host_named(settled):
        away = None
    status = first.status if len(statuses) == 1 else host_off or (away and away[0].status) or (
        Status.SCHEDULED if Status.SCHEDULED in statuses else first.status)
    # a department whose rows all say Cancelled while the event goes ahead does not take part
    # (Postponed too: "Movie - RAINED OUT, moved to 8/20" beside a partner's copy still saying
    # Scheduled is no joint event on the old date; a row left there by a move takes part on
    # the new date when it is Postponed or names the move itself)
    taking_part = [r for r in group if r.status not in CALLED_OFF or status in CALLED_OFF
                   or (r.source in moved and (r.status is Status.POSTPONED or names_a_move(r)))]
    withdrawn = {r.department for r in group} - {r.department for r in taking_part}
    # (a department a row's note says is out counts from no row but its own: v55, a README-only check)
    withdrawn |= {d for r in group for d in r.held_out} - {r.department for r in taking_part}
    departments: list[str] = []
    for r in taking_part:
        for d in r.departments:
            if d not in departments and d not in withdrawn:     # named by another row, too
                departments.append(d)
    lead = first.lead or next((r.lead for r in group if r.lead), None)
    if len(statuses) > 1:
        _status_issues(settled, status, departments, issues, host_off is not None, away, silent is not None)
    if lead and lead not in departments:     # its rows say Cancelled: not taking part
        # the event goes ahead with the others: the first of their rows naming a lead leads
        # (a blank Lead Department had been shown), else the first department taking part
        lead = next((r.lead for r in taking_part if r.lead in departments), None) or next(iter(departments), None)
    if lead and lead in departments:
        departments.remove(lead)
        departments.insert(0, lead)
    first_place = parse_place(first.location, first.address) if len(group) > 1 else None
    # a partner's own part (a unit, a booth, a shift around the event, a title that is the
    # event's with words added) keeps its own hours: it neither sets the event's end nor
    # disagrees about its start, unless the event has only parts; nor does a booking of its
    # place for it (the shelter held 4–9 for a 5–8 party)
    extended = first.department not in withdrawn      # a withdrawn lead's title is no event's
    parts = set() if own_part(first) else {r.source for r in others
                                           if own_part(r) or (extended and _adds_words(r, first))
                                           or _books_for(r, group)}
    scored = None           # (the rows the matcher read as parts: looked up only for a start that differs)
    # a row starting at another time gives no end either: the event keeps the first row's hours
    # (a fresh city's check: EC's 6:00-7:30 row and Fire's session moved to 7:00-8:30 were
    # published 6:00-8:30, a class neither listed)
    differs: set = set()
    for r in others:
        if r.source in moved:
            if r.status is Status.CANCELLED and r not in taking_part or \
                    r.status in CALLED_OFF and any(o.source.tab == r.source.tab and o.source not in moved
                                                    for o in group):
                continue        # its part is off, or off on its date and its tab has the new one
            issues.append(RowIssue(r.source.tab, r.source.row, "Start Date", _day(r.start),
                                   f"this event moved to {_day(first.start)} ({shown_by.source} shows it there)",
                                   f"change the date to {_day(first.start)} (or mark the row Cancelled if your "
                                   "department no longer takes part)", Severity.WARNING))
            continue
        if r.source in kept:
            continue
        if _clock_differs(r, first) and not _visit(r, first) and r.source not in parts and \
                r.source not in (scored := scored if scored is not None else _scored_as_parts(first, evidence)):
            differs.add(r.source)
        if r.source in differs and not _later_slot(r, first, evidence) and not starts_at_setup(r):
            # (a row whose notes say its start is its set-up, "setup starts 9:30", says so already)
            issues.append(RowIssue(r.source.tab, r.source.row, "Start Time", _clock(r.start),
                                   f"merged with {first.source}, which starts at {_clock(first.start)}",
                                   f"if the event starts at {_clock(r.start)}, correct {_where(first)}; if only your "
                                   f"department's part starts then, leave it: the event is published from "
                                   f"{first.source}'s start, {_clock(first.start)}",
                                   Severity.WARNING))
        place = parse_place(r.location, r.address)
        if not place.blank and not first_place.blank and \
                (compare_places(place, first_place)[0] in ("different venue", "similar venue") or
                 (place.venue == ONLINE) != (first_place.venue == ONLINE) and not (place.hybrid or first_place.hybrid)):
            # (online against a room too: a partner's row left at the room its host moved online from, v66)
            issues.append(RowIssue(r.source.tab, r.source.row, "Location", r.location or r.address,
                                   f"merged with {first.source} at {first.location or first.address!r}",
                                   f"if the event is at {r.location or r.address!r}, correct {_where(first)}; if only "
                                   f"your department's part is there, leave it: the event is published at "
                                   f"{first.source}'s place",
                                   Severity.WARNING))
    reports = [r.actual_attendance for r in group if r.actual_attendance is not None]
    attendance = max(reports) if reports else None
    if len(reports) > 1 and min(reports) < attendance * (1 - attendance_margin):
        issues.append(RowIssue(first.source.tab, first.source.row, "Actual Attendance",
                               ", ".join(f"{r.source}: {r.actual_attendance}" for r in group
                                         if r.actual_attendance is not None),
                               f"merged rows report attendance more than {attendance_margin:.0%} apart; "
                               f"the largest ({attendance}) is used",
                               "agree on one count and correct the other rows", Severity.WARNING))
    visibility = (Visibility.PUBLIC if any(r.visibility is Visibility.PUBLIC for r in group)
                  else Visibility.INTERNAL)

    base, later = _later_sessions(group) if len(group) > 1 else (None, frozenset())
    if len(group) == 1:     # most events: every field is the one row's (issue 17)
        def pick(attr: str) -> str:
            return getattr(first, attr)
    else:
        def pick(attr: str) -> str:
            value = getattr(first, attr)
            if attr == "address" and first_place.venue == ONLINE:
                return value        # (no room's address beside "Zoom": a README-only check's "NOW VIRTUAL,
                # 890 W Gordon Pike", the room it moved from)
            return value or next((getattr(r, attr) for r in group if getattr(r, attr)), "")

    return CombinedEvent(
        title=first.title, start=(base or first).start,
        end=max((r.end for r in taking_part if r.all_day == first.all_day and r.source not in moved
                 and r.source not in parts and r.source not in kept and r.source not in later
                 and r.source not in differs),
                default=(base or first).end),
        all_day=first.all_day,
        departments=tuple(departments), lead=lead, rows=tuple(group), visibility=visibility,
        status=status, location=pick("location"), address=pick("address"),
        event_type=pick("event_type"), description=pick("description"), audience=pick("audience"),
        language=pick("language"), accessibility=pick("accessibility"),
        registration_url=pick("registration_url"), assistance_wanted=pick("assistance_wanted"),
        attendance=attendance, **_series_of(group),
        title_es=pick("title_es"),
        description_es=pick("description_es"), evidence=evidence,
        partner_departments_from_column=any(r.partners for r in group),
    )


def _later_slot(row: EventRow, first: EventRow, evidence: Sequence[MergeEvidence]) -> bool:
    """``row`` is another department's slot starting later inside ``first``'s hours, titled its
    own way (the matcher's title score for the two below 95, or the event's title with words
    added, :func:`_adds_words`):
    "Dispatch night for Community Police Academy" 6:30 at the 6–9 academy, "Extinguisher
    training - prep fair" 10:15 at the 10–2 fair. Its later start is its own, nothing to
    correct (two fresh helpers: the start-time warning on such rows read as a request to correct
    the host). A copy of the event's title typed a quarter-hour late is still told."""
    if row.department == first.department or not (first.start < row.start < first.end):
        return False
    for e in evidence:
        if {e.a, e.b} == {row.source, first.source}:
            said = next((m for m in e.matched if m.startswith("title ")), "")
            found = re.match(r"title (\d+)", said)
            return found is not None and (int(found.group(1)) < 95 or _adds_words(row, first))
    return False


def _scored_as_parts(first: EventRow, evidence: Sequence[MergeEvidence]) -> set:
    """The sources of the rows the matcher merged with ``first`` as a partner's own part of it or
    coverage around it (their evidence says so: "Coffee with a Cop" 9:15–11 at the dog park's
    "Fido Coffee Bark" 9–11, a fresh city's check, had drawn "agree on one start time")."""
    lead = first.source
    return {e.b if e.a == lead else e.a for e in evidence if lead in (e.a, e.b)
            and any("own part" in m or "coverage" in m for m in e.matched)}


def _moved_host(group: Sequence[EventRow], moved: frozenset) -> EventRow | None:
    """The event's own row left on the date it moved from, shifted to the new date, when the new
    date holds only partners' parts (:func:`own_part`: Fire's "Engine 8 visit" on the rain date
    the host's cancelled row names, :func:`sheets_sync.moved.moved_pairs`): the event keeps its
    title, place and hours there, with the Status of the rows on the new date. ``None`` when a
    row on the new date is the event itself (it leads) or no moved row is."""
    here = [r for r in group if r.source not in moved]
    if not here or not all(own_part(r) for r in here):
        return None
    host = next((r for r in group if r.source in moved and not own_part(r)), None)
    if host is None:
        return None
    shift = here[0].start_date - host.start_date
    return replace(host, start=host.start + shift, end=host.end + shift, status=here[0].status)


def _series_of(group: Sequence[EventRow]) -> dict:
    """The event's RRULE and EXDATE days: the first repeating row's; when its rows repeat
    differently only in their end, except dates or start (two departments logging one weekly
    programme, one through November, one through September; or one from the week it joined),
    every session any of them holds, from the earliest start
    (:func:`sheets_sync.recurrence.union_series`). Rules that differ otherwise keep the first's,
    or the earliest's (:func:`sheets_sync.counting.series_disagreements` warns)."""
    series = [r for r in group if r.rrule]
    if not series:
        return {"rrule": "", "exdates": ()}
    if len(series) > 1 and any((r.rrule, r.exdates, r.start) != (series[0].rrule, series[0].exdates, series[0].start)
                               for r in series[1:]):
        base = min(series, key=lambda r: r.start)      # (one programme logged from another week: the earliest)
        union = union_series([(r.rrule, r.exdates) for r in series], base.start, [r.start for r in series])
        if union is not None:
            return {"rrule": union[0], "exdates": union[1]}
        if base.start != series[0].start:
            return {"rrule": base.rrule, "exdates": base.exdates}
    return {"rrule": series[0].rrule, "exdates": series[0].exdates}


def _later_sessions(group: Sequence[EventRow]) -> tuple[EventRow | None, frozenset]:
    """The repeating row that starts first, and the sources of the rows on a later day: a
    repeating row whose first session is a later one of its sessions
    (:func:`sheets_sync.series_visits.later_series`) or a one-off row visiting a later session
    (:func:`sheets_sync.series_visits.session_visits`). The event starts with the first, and
    the later rows set neither its start nor its end, nor lead it. ``(None, frozenset())``
    when every row starts on the first one's day (most events) or none repeats."""
    if not any(r.rrule for r in group) or len({_day(r.start) for r in group}) == 1:
        return None, frozenset()
    base = min((r for r in group if r.rrule), key=lambda r: r.start)
    day = _day(base.start)
    return base, frozenset(r.source for r in group if _day(r.start) != day)


def public_view(event: CombinedEvent) -> CombinedEvent:
    """What the public files show of a Public ``event``: the event itself when every row is
    Public; when some rows are Internal (a department's staffing logged as Internal), the event
    :func:`combine` builds from its Public rows alone — their title, hours, place, text,
    status and departments, nothing of the Internal rows — with the event's identity (UID,
    SEQUENCE, created, last modified). The staff files and the counts use ``event`` itself.
    After reconciliation an event whose public view differs carries it (``event.shown``, with
    the public SEQUENCE and LAST-MODIFIED, which rise only when what the public files show
    changes: :func:`sheets_sync.identity.reconcile`), and that is returned — also for an event
    rebuilt from the record without rows (removed, or kept as it was while a source is held).
    Raises ``ValueError`` for an event with no Public row (it is not published)."""
    if event.shown is not None:
        return event.shown
    public = [r for r in event.rows if r.visibility is Visibility.PUBLIC]
    if len(public) == len(event.rows):
        return event
    if not public:
        raise ValueError(f"event {event.uid or event.title!r} has no Public row")
    sources = {r.source for r in public}
    shown = combine(public, tuple(e for e in event.evidence if e.a in sources and e.b in sources), [])
    offered = tuple(d for d in event.partners_from_offers if d not in shown.departments)
    return replace(shown, departments=(*shown.departments, *offered), uid=event.uid, sequence=event.sequence, created=event.created,
                   last_modified=event.last_modified, removed=event.removed,
                   partners_from_offers=event.partners_from_offers, extra=event.extra)
