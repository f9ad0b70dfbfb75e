"""Comparing two intake rows: do they describe the same event? Pure.

Record-linkage vocabulary: each row is reduced once to :class:`Features` (normalised title,
parsed place, time span); a *candidate pair* (from :mod:`sheets_sync.blocking`) is compared
field by field and gets a :class:`PairScore` with one of three outcomes — ``merge``
(confident), ``apart`` (confident) or ``review`` (doubtful: staff decide in the Review tab).

Field comparisons
-----------------
* **Title** — lower case, accents and punctuation removed, configured abbreviations expanded
  (``matching.abbreviations``: ``NNO`` → National Night Out, ``Comm.`` → Community), Spanish
  words translated through the small glossary ``matching.translations`` and stop words dropped;
  then rapidfuzz ``token_sort_ratio`` (0–100), or ``token_set_ratio`` when every word of one
  title is in the other; titles that name different numbers (10U / 12U) score 0. A row's
  ``Title (Spanish)`` is compared too and the best score is used.
* **Place** — an address (house number + street, from Address, else found inside Location)
  and a venue name (the rest of Location), both normalised (case, punctuation, street
  suffixes, unit numbers). Both rows with an address: *same address* (number equal, or inside
  a ``1400 block of`` range, and streets alike) or *different address*. Otherwise the venue
  names are compared: *same venue* (≥ 90), *similar venue* (≥ 70), *different venue*; when one row
  has no place *unknown place*, when neither has one *no place on either*.
* **Time** — two timed rows are *close* when their starts are at most
  ``matching.time_tolerance_minutes`` apart, *inside* when one lies within the other (a Fire
  visit 18:00–18:30 to a 17:00–20:00 block party), *overlap* when they only partly overlap and
  *disjoint* otherwise (two sessions of one class). All-day rows are *same day*; an all-day row
  against a timed one is *all-day vs timed*.
* **Departments** — *same department* (two rows of one tab: a double entry), *names the other*
  (one row lists the other row's department as lead or partner), or *different departments*.

Outcome (first rule that applies)
---------------------------------
1. Same calendar UID, or the same ``Event ID`` on the same day with times that are not
   disjoint → **merge** (staff can force a merge by typing one Event ID in both rows).
2. Two different ``Event ID`` values in one tab → **apart** (the department says so).
3. Times disjoint → **apart**; different addresses → **apart**.
4. Title ≥ ``title_threshold`` (85), place same address/venue, time close/inside/same day →
   **merge**; the same with no place on either row needs a title ≥ 95; an all-day row against a
   timed one with otherwise merge-worthy fields → **review**.
   *Inside* counts only between different departments (a partner's visit to the host's event);
   inside one tab it means a programme within opening hours, not a second copy (**apart**
   unless the titles are near-identical, ≥ 95, then **review**).
5. Title ≥ threshold with a weaker place or time (similar or unknown place, partial overlap) →
   **review**; with a different venue → **review** only when the title is near-identical (≥ 95)
   and the starts are close, else **apart**.
6. Title below the threshold in one tab → **apart** (a double entry repeats its title; two
   programmes of one department can share a room and an hour). Across tabs, a title between 60
   and the threshold, or any title when exactly one row is Spanish (the ``Language`` column or
   Spanish stop words) — the bilingual case: **review** when the place is the same and the
   starts are close, else **apart**.
7. Anything else → **apart**.

The numeric ``score`` (0–1) = 0.45·title + 0.35·place + 0.20·time similarity; it ranks merges
in clustering and is shown to staff, while the rules above decide.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Mapping, NamedTuple

from rapidfuzz import fuzz

from .model import EventRow

_SUFFIXES = {"street": "st", "str": "st", "avenue": "ave", "av": "ave", "road": "rd",
             "boulevard": "blvd", "drive": "dr", "lane": "ln", "court": "ct", "place": "pl",
             "parkway": "pkwy", "highway": "hwy", "north": "n", "south": "s", "east": "e",
             "west": "w", "saint": "st", "center": "ctr", "centre": "ctr", "sts": "st",
             "terrace": "ter", "circle": "cir", "square": "sq", "trail": "trl", "plaza": "plz",
             "mount": "mt", "expressway": "expy", "freeway": "fwy"}
_STREET_TYPES = ("st", "ave", "rd", "blvd", "dr", "ln", "ct", "pl", "pkwy", "hwy", "way", "ter",
                 "cir", "sq", "trl", "plz", "loop", "pike", "row", "walk", "path", "expy", "fwy")
_UNIT = re.compile(r"\b(?:unit|apt|suite|ste|room|rm|bldg|floor|fl)\.?\s*[\w-]+|#\s*[\w-]+", re.I)
_ADDRESS = re.compile(r"\b(\d{1,6})[a-z]?\s+(block of\s+)?((?:[a-z0-9']+\s+){0,4}?(?:%s))\b"
                      % "|".join(_STREET_TYPES))
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,6})[a-z]?\s+(block of\s+)?([a-z][a-z0-9' ]*)")
_STOP = frozenset("the a an of for and at in on to with de del la el los las para y en con por al "
                  "un una".split())
_SPANISH_HINTS = frozenset("de del la el los las para y con por una".split())


_PUNCT = re.compile(r"[^\w\s]|_")


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """Lower case without accents; punctuation becomes space (``&`` becomes ``and``)."""
    t = text.lower().replace("&", " and ")
    if not t.isascii():
        t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    return " ".join(_PUNCT.sub(" ", t).split())


@lru_cache(maxsize=1 << 16)
def normalise_place(text: str) -> str:
    """``"2416 Sarah St., Unit 516"`` → ``"2416 sarah st"``: case, punctuation, suffixes, units."""
    t = _fold(_UNIT.sub(" ", text))
    return " ".join(_SUFFIXES.get(w, w) for w in t.split())


class _Phrases:
    """Replace configured words and phrases (folded) by their expansions, longest first."""

    def __init__(self, mapping: Mapping[str, str]):
        table = {_fold(k): _fold(v) for k, v in mapping.items() if _fold(k)}
        self.words = {k: v for k, v in table.items() if " " not in k}
        phrases = sorted((k for k in table if " " in k), key=lambda k: (-len(k), k))
        self.firsts = {k.split()[0] for k in phrases}
        self.table = table
        self.pattern = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, phrases))) if phrases else None

    def __call__(self, text: str) -> str:
        if self.pattern is not None and self.firsts.intersection(text.split()):
            text = self.pattern.sub(lambda m: self.table[m.group(0)], text)
        return " ".join(self.words.get(w, w) for w in text.split())


class Normaliser:
    """Title and place normalisation for one config, memoised (titles and places repeat)."""

    def __init__(self, abbreviations: Mapping[str, str], translations: Mapping[str, str] | None = None):
        self.abbreviations, self.translations = _Phrases(abbreviations), _Phrases(translations or {})
        self._titles: dict[str, str] = {}
        self._words: dict[str, tuple[frozenset, frozenset]] = {}
        self._places: dict[tuple[str, str], Place] = {}

    def title(self, text: str) -> str:
        """``"NNO - Cleveland-Holloway"`` → ``"national night out cleveland holloway"``;
        ``"Expo de Seguridad"`` → ``"expo safety"`` with the glossary; stop words dropped."""
        out = self._titles.get(text)
        if out is None:
            t = self.translations(self.abbreviations(_fold(text)))
            out = self._titles[text] = " ".join(w for w in t.split() if w not in _STOP)
        return out

    def words(self, title: str) -> tuple[frozenset, frozenset]:
        """A normalised title's words, and those of them with a digit ("10u", "2")."""
        out = self._words.get(title)
        if out is None:
            words = frozenset(title.split())
            out = self._words[title] = (words, frozenset(w for w in words if any(c.isdigit() for c in w)))
        return out

    def place(self, location: str, address: str) -> "Place":
        out = self._places.get((location, address))
        if out is None:
            out = self._places[(location, address)] = parse_place(location, address)
        return out


@lru_cache(maxsize=16)
def _normaliser(abbreviations: tuple, translations: tuple) -> Normaliser:
    return Normaliser(dict(abbreviations), dict(translations))


def normalise_title(text: str, abbreviations: Mapping[str, str],
                    translations: Mapping[str, str] | None = None) -> str:
    """Title → comparable words (see :meth:`Normaliser.title`)."""
    return _normaliser(tuple(sorted(abbreviations.items())),
                       tuple(sorted((translations or {}).items()))).title(text)


def looks_spanish(row: EventRow) -> bool:
    """The ``Language`` column says Spanish, or the title has two or more Spanish stop words."""
    if re.search(r"span|espa", row.language, re.I):
        return True
    return len(_SPANISH_HINTS.intersection(_fold(row.title).split())) >= 2


@dataclass(frozen=True)
class Place:
    """A parsed place: ``number``/``street`` of an address (may be blank) and the venue name."""
    number: str
    street: str
    block: bool
    venue: str

    @property
    def blank(self) -> bool:
        return not (self.number or self.venue)

    def __str__(self) -> str:
        address = f"{self.number} {'block of ' if self.block else ''}{self.street}".strip()
        return ", ".join(p for p in (self.venue, address) if p)


def parse_place(location: str, address: str) -> Place:
    """Split Location/Address cells into an address and a venue name (see module docstring)."""
    loc, addr = normalise_place(location), normalise_place(address)
    number = street = ""
    block = False
    for text, anywhere in ((addr, False), (loc, True)):
        m = _ADDRESS.search(text) or (None if anywhere else _LEADING_NUMBER.match(text))
        if m:
            number, block, street = m.group(1), bool(m.group(2)), m.group(3).strip()
            if anywhere:
                loc = (loc[:m.start()] + " " + loc[m.end():]).strip()
            else:
                addr = ""
            break
    venue = re.sub(r"\s+", " ", re.sub(r"\b(?:behind|near|across from|corner of)\b", " ", f"{loc} {addr}")).strip()
    return Place(number, street, block, venue)


class Features(NamedTuple):
    """What the matcher needs from one row, computed once (see :func:`features`). A named
    tuple rather than a frozen dataclass: 100,000 of them are built per run."""
    titles: tuple[str, ...]          # normalised title, then normalised Title (Spanish)
    words: tuple[frozenset, ...]     # the words of each title
    numbers: tuple[frozenset, ...]   # the words with a digit in them ("10u", "2")
    event_id: str                    # Event ID, trimmed and lower-cased
    place: Place
    start: float                     # minutes since the epoch (timed) or days*1440 (all-day)
    end: float
    all_day: bool
    day: date
    spanish: bool


_EPOCH = datetime(1970, 1, 1)


def _minutes(value: date | datetime) -> float:
    """Local wall-clock minutes since 1970 (a date counts from its midnight), so all-day and
    timed rows share one scale; daylight-saving shifts do not matter for matching."""
    if isinstance(value, datetime):
        return (value.replace(tzinfo=None) - _EPOCH).total_seconds() / 60
    return (value - _EPOCH.date()).days * 1440.0


def features(row: EventRow, norm: Normaliser) -> Features:
    """One row's :class:`Features` (``norm``: a :class:`Normaliser` built from the config)."""
    titles = tuple(t for t in (norm.title(row.title), norm.title(row.title_es) if row.title_es else "") if t)
    titles = titles or ("",)
    split = [norm.words(t) for t in titles]
    words, numbers = tuple(s[0] for s in split), tuple(s[1] for s in split)
    day = row.start.date() if isinstance(row.start, datetime) else row.start
    return Features(titles, words, numbers, row.event_id.strip().lower(),
                    norm.place(row.location, row.address), _minutes(row.start), _minutes(row.end),
                    row.all_day, day, looks_spanish(row))


@dataclass(frozen=True)
class PairScore:
    """A candidate pair's verdict: ``outcome`` is ``merge``, ``apart`` or ``review``;
    ``score`` in [0, 1]; ``matched`` lists the field findings shown to staff; ``reason`` is the
    rule that decided (module docstring)."""
    outcome: str
    score: float
    matched: tuple[str, ...]
    reason: str = ""


def compare_places(a: Place, b: Place) -> tuple[str, float]:
    """``(kind, similarity 0–1)``; kinds as in the module docstring."""
    if a.number and b.number:
        if not (a.block or b.block) and a.number != b.number:
            return "different address", 0.0
        if a.block or b.block:
            lo_a, lo_b = int(a.number), int(b.number)
            same_number = (lo_a // 100 == lo_b // 100) if (a.block and b.block) else (
                lo_b // 100 * 100 == lo_a if a.block else lo_a // 100 * 100 == lo_b)
        else:
            same_number = a.number == b.number
        streets = max(fuzz.ratio(a.street, b.street), fuzz.ratio(_undirected(a.street), _undirected(b.street)))
        if same_number and streets >= 80:
            return "same address", 1.0
        return "different address", 0.0
    if a.venue and b.venue:
        r = fuzz.token_set_ratio(a.venue, b.venue)
        if r >= 90:
            return "same venue", r / 100
        return ("similar venue" if r >= 70 else "different venue"), r / 100
    if a.blank and b.blank:
        return "no place on either", 0.5
    if a.blank or b.blank:
        return "unknown place", 0.5
    return "places not comparable", 0.5      # an address on one row, only a venue name on the other


def _undirected(street: str) -> str:
    return re.sub(r"^[nsew]\s+", "", street)


def compare_times(a: Features, b: Features, tolerance: float) -> tuple[str, float, float]:
    """``(kind, similarity 0–1, start difference in minutes)``; kinds as in the module docstring."""
    if a.all_day and b.all_day:
        if a.start < b.end and b.start < a.end:
            return "same day", (1.0 if (a.start, a.end) == (b.start, b.end) else 0.8), 0.0
        return "disjoint", 0.0, abs(a.start - b.start)
    if a.all_day != b.all_day:
        inside = a.start <= b.start < a.end if a.all_day else b.start <= a.start < b.end
        return ("all-day vs timed" if inside else "disjoint"), (0.5 if inside else 0.0), 0.0
    diff = abs(a.start - b.start)
    if diff <= tolerance:
        return "close", 1 - diff / (2 * tolerance) if tolerance else 1.0, diff
    slack = 15
    if (a.start <= b.start and b.end <= a.end + slack) or (b.start <= a.start and a.end <= b.end + slack):
        return "inside", 0.6, diff
    if min(a.end, b.end) > max(a.start, b.start):
        return "overlap", 0.3, diff
    return "disjoint", 0.0, diff


def compare_titles(a: Features, b: Features) -> tuple[float, str]:
    """``(similarity 0–100, note)`` of two rows' normalised title variants (best pair).

    rapidfuzz ``token_sort_ratio`` (word order ignored), or ``token_set_ratio`` when the words
    of one title (two or more) are all in the other ("Pet Expo" / "Adoptable Dogs at the Pet
    Expo"). Titles naming different numbers ("10U" / "12U", "Session 1" / "Session 2") score 0.
    """
    found: list[tuple[float, str]] = []
    for x, wx, nx in zip(a.titles, a.words, a.numbers):
        for y, wy, ny in zip(b.titles, b.words, b.numbers):
            if nx and ny and nx != ny:
                score, why = 0.0, f"titles name different numbers ({' '.join(sorted(nx))} / {' '.join(sorted(ny))})"
            elif min(len(wx), len(wy)) >= 2 and (wx <= wy or wy <= wx):
                score, why = fuzz.token_set_ratio(x, y), "one title inside the other" if wx != wy else ""
            else:
                score, why = fuzz.token_sort_ratio(x, y), ""
            found.append((score, why))
    return max(found, key=lambda f: f[0])


def compare_departments(a: EventRow, b: EventRow) -> str:
    if a.source.tab == b.source.tab:
        return "same department"
    if (b.department and b.department in a.departments) or (a.department and a.department in b.departments):
        return "names the other"
    return "different departments"


_DIFFERENT_IDS = PairScore("apart", 0.0, ("different Event IDs",), "different Event IDs in one tab")


def score_pair(a: EventRow, b: EventRow, fa: Features, fb: Features, *, title_threshold: float,
               tolerance: float) -> PairScore:
    """Compare one candidate pair (rows plus their :func:`features`). Pure; rules above."""
    if a.external_uid and a.external_uid == b.external_uid:
        return PairScore("merge", 1.0, ("same calendar UID",), "same calendar UID")
    if fa.event_id and fb.event_id and fa.event_id != fb.event_id and a.source.tab == b.source.tab:
        return _DIFFERENT_IDS
    time_kind, time_sim, diff = compare_times(fa, fb, tolerance)
    if fa.event_id and fa.event_id == fb.event_id and time_kind != "disjoint" and fa.day == fb.day:
        return PairScore("merge", 1.0, (f"same Event ID {a.event_id}", time_kind), "same Event ID")
    if time_kind == "disjoint":
        return PairScore("apart", 0.0, (f"start {diff:.0f} min apart, times do not overlap",), "times disjoint")
    place_kind, place_sim = compare_places(fa.place, fb.place)
    if place_kind == "different address":
        return PairScore("apart", 0.0, (f"different address ({fa.place.number} vs {fb.place.number} "
                                        f"{fb.place.street})",), "different addresses")
    title, title_note = compare_titles(fa, fb)
    departments = compare_departments(a, b)
    shared = sum(1 for w in fa.words[0] & fb.words[0] if len(w) > 2)
    outcome, reason = _decide(title, shared, place_kind, time_kind, departments, fa.spanish != fb.spanish,
                              title_threshold)
    score = round(0.45 * title / 100 + 0.35 * place_sim + 0.20 * time_sim, 3)
    if outcome == "apart":   # most pairs: keep it cheap
        return PairScore(outcome, score, (f"title {title:.0f}", place_kind, time_kind, departments), reason)
    timing = (f"start {diff:.0f} min apart" if time_kind == "close" else
              "one inside the other" if time_kind == "inside" else time_kind)
    place_note = place_kind + (f" ({fa.place})" if place_kind in ("same address", "same venue") else "")
    matched = (f"title {title:.0f}" + (f" ({title_note})" if title_note else ""), place_note, timing,
               departments)
    return PairScore(outcome, score, matched, reason)


def _decide(title: float, shared: int, place_kind: str, time_kind: str, departments: str,
            bilingual: bool, title_threshold: float) -> tuple[str, str]:
    """Rules 4–8 of the module docstring → ``(outcome, reason)``."""
    same_tab = departments == "same department"
    strong_place = place_kind in ("same address", "same venue")
    # one inside the other: a partner's short visit to the host's event, never a department's
    # own programme inside its opening hours (Pickleball during "Recreation Center OPEN")
    good_time = time_kind in ("close", "same day") or (time_kind == "inside" and not same_tab)
    if place_kind == "different venue":
        return "apart", "different places"
    if title >= title_threshold:
        if strong_place and good_time:
            return "merge", "same title, place and time"
        if place_kind == "no place on either" and title >= 95 and good_time:
            return "merge", "same title and time, neither row gives a place"
        if strong_place and time_kind == "all-day vs timed":
            return "review", "one row is all-day, the other timed"
        if same_tab and time_kind == "inside":
            return ("review", "same title, one inside the other") if title >= 95 else (
                "apart", "a different programme during the same department's event")
        if same_tab and place_kind == "places not comparable":
            return "apart", "one tab, one row gives an address and the other a different kind of place"
        return "review", "same title; place or time uncertain"
    if same_tab and not bilingual:
        return "apart", "different titles in one tab"
    if place_kind == "same address" and good_time and (title >= 60 or shared >= 2):
        return "merge", "same address and time, titles partly alike"
    if (title >= 60 or bilingual) and strong_place and time_kind == "close":
        return "review", "same place and time; titles differ" + (" (Spanish/English)" if bilingual else "")
    return "apart", "different titles"
