"""Who could join whom, and which events collide. Pure: events + config values in, values out.

Three rules feed the Joint Schedule tab, the weekly digest and the staff pages:

- **Suggested partners** (:func:`suggested_partners`): for each upcoming, not cancelled event
  with a single department, the other departments that took part in an earlier event *of the
  same kind* — same ``Event Type`` when both have one, otherwise titles alike (RapidFuzz
  ``token_set_ratio`` ≥ :data:`TITLE_ALIKE` on folded titles) — most often first. History is
  every event the combined record holds, removed ones included (the record keeps them).
- **Capabilities matched to requests** (:func:`capability_matches`): an ``Assistance
  Wanted`` text is compared with each department's configured capabilities; a capability
  matches when one of its content words (3+ letters, a plural ``s`` dropped, words like
  "demo" or "table" that say how rather than what left out; a 4+ letter word may begin the
  other: engine/engines) appears in the request; when none does but the
  request names the department (``Fire: …``), its first capability is given.
- **Clashes** (:func:`clashes`): two *large* public events (expected attendance ≥ a threshold)
  whose times overlap within the same hour, at one venue (:func:`sheets_sync.places.compare_places`)
  or within a distance (great-circle distance between configured venue coordinates); and a
  department taking part in two events whose times overlap (double-booked).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Mapping, Sequence

from rapidfuzz import fuzz, process

from .model import CombinedEvent
from .places import fold, parse_place, compare_places

TITLE_ALIKE = 80
_STOP = {"with", "from", "their", "they", "this", "that", "have", "will", "some", "need", "needs",
         "want", "wanted", "help", "please", "would", "could", "team", "staff", "table", "about",
         "for", "and", "the", "kids", "event", "our", "any", "can", "two", "one", "few", "all"}


def _kind(e: CombinedEvent) -> tuple[str, str]:
    return fold(e.event_type), fold(e.title)


def same_kind(a: CombinedEvent, b: CombinedEvent) -> bool:
    """The "same kind of event" rule of the module docstring."""
    (ta, na), (tb, nb) = _kind(a), _kind(b)
    if ta and tb:
        return ta == tb
    return bool(na and nb) and fuzz.token_set_ratio(na, nb) >= TITLE_ALIKE


def alike_titles(title: str, titles: Sequence[str]) -> set[str]:
    """The folded ``titles`` alike the folded ``title`` as :func:`same_kind` compares them
    (both non-empty, RapidFuzz ``token_set_ratio`` ≥ :data:`TITLE_ALIKE`): a set of strings,
    empty when ``title`` is. Each distinct title is scored once, in RapidFuzz's own loop
    (``process.extract``; issue 17: past events share titles, and the Python loop scored 2.3
    million pairs at 100,000 rows)."""
    if not title:
        return set()
    distinct = [t for t in dict.fromkeys(titles) if t]
    return {t for t, _, _ in process.extract(title, distinct, scorer=fuzz.token_set_ratio,
                                               score_cutoff=TITLE_ALIKE, limit=None)}


def _partners_of(own: str, kind: str, title: str, past: Sequence[CombinedEvent],
                 kinds: Sequence[tuple[str, str]], typed: Mapping[tuple[str, str], list[int]],
                 untyped: Mapping[str, list[int]], every: Mapping[str, list[int]]
                 ) -> tuple[dict[str, int], list[str]]:
    """For an upcoming event of ``own`` with folded type ``kind`` and title ``title``: how often
    each other department joined ``own`` in a past event of the same kind, and those events'
    titles (in ``past`` order). ``kinds``/``typed``/``untyped``/``every``: the index built in
    :func:`suggested_partners`."""
    pool = untyped.get(own, ()) if kind else every.get(own, ())
    alike = alike_titles(title, [kinds[i][1] for i in pool])
    matched = [i for i in pool if kinds[i][1] in alike]
    if kind:
        matched = sorted([*typed.get((own, kind), ()), *matched])
    counts: dict[str, int] = {}
    examples: list[str] = []
    for p in (past[i] for i in matched):
        for d in p.departments:
            if d != own:
                counts[d] = counts.get(d, 0) + 1
        if p.title not in examples:
            examples.append(p.title)
    return counts, examples


@dataclass(frozen=True)
class Suggestion:
    """``partners``: ``(department, times it joined that kind of event)``, most often first."""
    uid: str
    title: str
    start: date
    department: str
    partners: tuple[tuple[str, int], ...]
    examples: tuple[str, ...]          # titles of the earlier events, at most three


def suggested_partners(events: Sequence[CombinedEvent], today: date, *, until: date | None = None
                       ) -> list[Suggestion]:
    """Upcoming single-department events (``today`` ≤ start < ``until``) → suggestions,
    soonest first; events nobody joined before are left out."""
    past = [e for e in events if e.start_date < today and e.is_joint
            and not (e.status.value == "Cancelled")]
    # issue 17: an index instead of every upcoming event × every past one (quadratic: minutes
    # at 500,000 rows). Past events by (department, folded type); those without a type, and
    # every one for an upcoming event without a type, are compared by title as same_kind does.
    kinds = [_kind(p) for p in past]
    typed: dict[tuple[str, str], list[int]] = {}
    untyped: dict[str, list[int]] = {}
    every: dict[str, list[int]] = {}
    for i, p in enumerate(past):
        for d in dict.fromkeys(p.departments):
            every.setdefault(d, []).append(i)
            if kinds[i][0]:
                typed.setdefault((d, kinds[i][0]), []).append(i)
            else:
                untyped.setdefault(d, []).append(i)
    answers: dict[tuple[str, str, str], tuple[dict[str, int], list[str]]] = {}
    out = []
    for e in sorted(events, key=lambda e: (e.start_date, e.title)):
        if (e.is_cancelled or e.is_joint or not e.departments or e.start_date < today
                or (until and e.start_date >= until)):
            continue
        own = e.departments[0]
        kind, title = _kind(e)
        if (kind, title, own) not in answers:     # events of one kind and department: one answer
            answers[kind, title, own] = _partners_of(own, kind, title, past, kinds, typed, untyped, every)
        counts, examples = answers[kind, title, own]
        if counts:
            ranked = tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
            out.append(Suggestion(e.uid, e.title, e.start_date, own, ranked, tuple(examples[:3])))
    return out


#: Words that say how help is given, not what: they never make a match on their own.
GENERIC = {"demo", "demonstration", "info", "information", "booth", "class", "talk", "tour",
           "presentation", "display", "crew", "people", "person", "volunteer", "staffing"}


def _words(text: str) -> set[str]:
    """Content words: 3+ characters (``k-9`` kept whole), stop words and :data:`GENERIC`
    words dropped, a plural ``s`` removed."""
    words = {w[:-1] if w.endswith("s") and len(w) > 4 else w
             for w in (fold(t.replace("-", " ")).replace(" ", "-")
                       for t in re.findall(r"\w+(?:-\w+)*", text.lower()))}
    return {w for w in words if len(w) >= 3 and w not in _STOP and w not in GENERIC}


def _shares_word(capability: set[str], asked: set[str]) -> bool:
    """A word in both, or a 4+ letter word that begins another (demo / demonstration)."""
    return bool(capability & asked) or any(
        len(a) >= 4 and len(b) >= 4 and (a.startswith(b) or b.startswith(a)) for a in capability for b in asked)


def capability_matches(wanted: str, capabilities: Mapping[str, Sequence[str]],
                       lookup: Mapping[str, str]) -> dict[str, list[str]]:
    """``Assistance Wanted`` text → ``{department: [matching capabilities]}`` (departments in
    ``capabilities`` order). ``lookup`` maps lower-cased names and aliases to department names,
    so a request naming ``DFD`` matches every Fire capability it shares a word with, or Fire's
    first capability when none shares a word."""
    asked = _words(wanted) - {fold(s) for s in lookup}     # "Fire:" names a department, not a need
    named = {name for spelling, name in lookup.items()
             if re.search(rf"(?<![a-z0-9]){re.escape(spelling)}(?![a-z0-9])", wanted.lower())}
    out: dict[str, list[str]] = {}
    for dept, items in capabilities.items():
        hits = [c for c in items if _shares_word(_words(c), asked)]
        if not hits and dept in named and items:
            hits = [items[0]]
        if hits:
            out[dept] = hits
    return out


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle (haversine) distance in kilometres between two (latitude, longitude)
    points in degrees, on a sphere of radius 6371.0088 km (the IUGG mean Earth radius)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


@dataclass(frozen=True)
class Clash:
    """Two events that collide. ``kind``: ``"same venue"``, ``"nearby"`` or ``"double-booked"``."""
    kind: str
    uids: tuple[str, str]
    titles: tuple[str, str]
    start: datetime
    departments: tuple[str, ...]       # the double-booked department, or both events' departments
    detail: str


def _span(e: CombinedEvent) -> tuple[datetime, datetime]:
    end = e.end if isinstance(e.end, datetime) and e.end > e.start else e.start + timedelta(hours=1)
    return e.start, max(end, e.start + timedelta(hours=1))


def _overlap(a: CombinedEvent, b: CombinedEvent) -> bool:
    (sa, ea), (sb, eb) = _span(a), _span(b)
    return sa < eb and sb < ea


def expected_size(e: CombinedEvent) -> int:
    """Largest Expected Attendance of the event's rows (0 when none is given)."""
    return max([r.expected_attendance or 0 for r in e.rows] + [0])


def _coords(e: CombinedEvent, venues: Mapping[str, tuple[float, float]]) -> tuple[float, float] | None:
    folded = {fold(k): v for k, v in venues.items()}
    for text in (e.location, e.address):
        if text and fold(text) in folded:
            return folded[fold(text)]
    return None


def clashes(events: Sequence[CombinedEvent], today: date, until: date, *, large_attendance: int,
            distance_limit_km: float, venues: Mapping[str, tuple[float, float]]) -> list[Clash]:
    """Clashes among timed, not cancelled events starting in ``[today, until)``, soonest first."""
    live = sorted((e for e in events if not e.is_cancelled and not e.all_day
                   and isinstance(e.start, datetime) and today <= e.start_date < until),
                  key=lambda e: (e.start, e.title))
    out: list[Clash] = []
    for i, a in enumerate(live):
        for b in live[i + 1:]:
            if b.start >= _span(a)[1]:
                break
            if not _overlap(a, b):
                continue
            pair = (a.uid, b.uid), (a.title, b.title)
            if (a.is_public and b.is_public and expected_size(a) >= large_attendance
                    and expected_size(b) >= large_attendance):
                pa, pb = parse_place(a.location, a.address), parse_place(b.location, b.address)
                verdict = compare_places(pa, pb)[0] if (a.location or a.address) and (b.location or b.address) else ""
                ca, cb = _coords(a, venues), _coords(b, venues)
                both = tuple(dict.fromkeys((*a.departments, *b.departments)))
                if verdict in ("same address", "same venue"):
                    out.append(Clash("same venue", *pair, a.start, both,
                                     f"both at {a.location or a.address}, {expected_size(a)} and "
                                     f"{expected_size(b)} expected"))
                elif ca and cb and distance_km(ca, cb) <= distance_limit_km:
                    out.append(Clash("nearby", *pair, a.start, both,
                                     f"{distance_km(ca, cb):.1f} km apart, {expected_size(a)} and "
                                     f"{expected_size(b)} expected"))
            for d in a.departments:
                if d in b.departments:
                    out.append(Clash("double-booked", *pair, a.start, (d,),
                                     f"{d} takes part in both at {a.start:%H:%M}–{_span(a)[1]:%H:%M} "
                                     f"and {b.start:%H:%M}–{_span(b)[1]:%H:%M}"))
    return out
