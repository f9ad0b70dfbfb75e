"""Comparing two intake rows: do they describe the same event? Pure.

Record-linkage vocabulary: each row is reduced once to :class:`Features` (normalised titles,
parsed place, time span, the clues a partner's own row carries); a *candidate pair* (from
:mod:`sheets_sync.blocking`) is compared field by field. Each field comparison lands on a
*level* and every level carries a **match weight** in bits (log2 of how much more often the
level is seen for two rows of one event than for two rows of different events — the
Fellegi–Sunter model, as in ``splink``). The weights add up; the sum decides:

* ``merge`` when the total reaches :data:`MERGE_AT` bits, ``review`` (staff decide in the
  Review tab) from :data:`REVIEW_AT`, ``apart`` below;
* some levels are **hard**: they keep rows apart whatever else agrees — times that cannot
  overlap, different addresses (house number, street or direction), different venues,
  different rooms of one building, two Event IDs in one tab — unless everything else is
  identical: a form's double submission or two bookings of one field and hour, which staff are
  asked about.

Levels and weights (:data:`WEIGHTS` is the one table; ``PairScore.matched`` shows each finding
with its weight, so every merge is explained in ``Merged Because`` and the Review tab):

* **place** — same address / same venue, also when completed from the sheet's own
  venue↔address pairs (+4; minus log2 k when the place holds k different bookings that day,
  k = the most rows there whose hours do not overlap, a row inside another's hours there whose
  title names a partner's own part not counted (a visit is part of the host's booking): a court or a meeting room booked at
  several hours is weaker evidence, as a common title is); a venue named in the other row's
  title (+3); the only address that day on the street an intersection or a street name points
  to (+3.5; also an address, a street or a corner on a block face "Elm St between 3rd and
  4th", see :mod:`sheets_sync.places`); a row with no place, in another tab, whose short hours
  lie inside the other's and whose title names the other's event, the only row that day
  besides the two naming it ("Engine 7 block party visit" during the only block party that
  evening: +3.5, as the only address on a street); a part of town typed as one row's place
  ("NNO - Greenfield" at "Greenfield") against the other's place, where the other's title names
  that part of town (+3.5 when the rows naming it that day are at one place, +2 at a few), the
  row's notes name the other's place (+3.5), or both titles name one event no other row that
  day names (+3.5); similar venue (+1); one row or neither
  without a place (0: a missing value says nothing); different venue names when only one row
  gives an address (−2: one place can go by two names); an address against a venue the sheet never places (−0.5).
* **time** — same start and end (+2.5); starts within ``matching.time_tolerance_minutes``
  (+2); one inside the other (+1.5 across departments: a partner's slot inside the host's
  hours; −3 in one tab: a programme during opening hours); set-up before the public start that
  a row's description names (+2), or a set-up crew's row naming the event, ending as it
  starts (+2); all-day against timed on that day (+1); partial overlap (+0.5); a day of
  another tab's multi-day row (+2 with a title ≥85, else +1.5) only where the places agree or
  one is unknown (two given places the sheet never ties keep the rows apart).
* **title** — rapidfuzz similarity of the normalised titles (abbreviations expanded, Spanish
  glossary applied, typos tolerated: words run together or split are compared without spaces):
  ≥95 → +5, ≥85 → +3.5, ≥70 → +1.5, ≥50 → 0, else −2; titles naming different numbers
  (10U / 12U) −4. Term frequency matters: when every word two titles share is used that day
  at three or more places ("National Night Out"), agreement is worth at most +1. A
  partner's **own part** — a title naming what it brings (tent, kiosk, booth, info point,
  handout, ...), one of its units (Truck 26, Beat 214) or a short slot inside the host's
  hours whose title shares a distinctive word with the host's — raises the title level to at
  least +1.5 across departments (never for two identical titles, and a word used at three or
  more places that day is not distinctive); **coverage** around the other's hours — a row
  starting no later and ending no earlier, on one day, whose title as typed names coverage work
  (:func:`coverage_word`: security, patrol, detail, traffic or crowd control, standby, shift,
  overtime/OT, presence, on site, on scene, off duty, ...) — raises it to at least +2.5 (a
  shift wrapping an event at its place merges even where the place holds two bookings that
  day); words naming the row's own place are left out of its title
  ("Toy Time at the Banneker Center"); a Spanish title against
  an English one is neutral (0) unless the glossary covers most of its words (then the
  translated titles are compared as usual), +1 when two words look alike ("fraudes"/"fraud"),
  but not when one of the two names a class and the other does not (v39: "Zumba en Español"
  had merged with a senior safety talk at that hour, a vigil with sunset yoga); two departments' titles naming
  one **kind of event** (:mod:`sheets_sync.event_kinds`) at hours that agree or one inside the
  other count +3; titles alike but for the department each names ("Citizens Police Academy" /
  "Citizens Fire Academy") −4, as different numbers.
* **departments** — one tab (0; a title below 85 in one tab keeps the rows apart: a double
  entry repeats its title, while one department's two programmes can share a room and an hour),
  a row naming the other row's department (+1.5), different tabs (+0.5).
* the **prior** −4 (most candidate pairs are different events).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Iterable, Mapping, NamedTuple, Sequence

from rapidfuzz import fuzz, process

from .event_kinds import TOPICAL
from .model import EventRow, slot_init
from .parsing import (CLOCK_IN_TITLE as _CLOCK_IN_TITLE, DASHED_DATE, DISOWNING, MONTH_NAME, RAIN_DATE_WORDS,
                      WEEKDAY_NAME)
from .recurrence import weekday_span
from .mentions import ORG_WORDS
from .places import (ABBREVIATED_FORMS, GENERIC_VENUE_WORDS, NUMBER_WORDS, PLACE_NAME_WORDS,  # noqa: F401
                     SPELLED_NUMBERS, Gazetteer,
                     Place, abbreviated_word, common_area, compare_places, fold, initials_runs, normalise_place,
                     park_areas, parse_place, street_word, typed_initials, venue_words)

_STOP = frozenset("the a an of for and at in on to with de del la el los las para y en con por al "
                  "un una".split())
# title words too common in safety-event names to tie two rows together on their own
GENERIC_TITLE_WORDS = frozenset("""safety community day night family event events program programs class
    classes fair festival open house meeting national night out neighborhood youth senior seniors kids
    public city county annual free workshop training session evening morning afternoon""".split())
_SPANISH_HINTS = frozenset("de del la el los las para y con por una sobre entre sin".split())
# what a partner's own row names: the thing it brings or the way it appears
_PART = re.compile(r"\b(?:tent|tents|booths?|tables?|tbls?|tabling|kiosk|"
                   r"info(?:rmation)? (?:point|table|tbl|desk|booth)|"
                   r"corner|lane|trailer|exhibit|display|demo|demonstration|handout|hand out|giveaway|"
                   r"drop ?off|drop ?by|drop ?in|drops? in|visit|walk ?through|appearance|bins?|stand|"
                   r"pop ?up|chat|lesson|role play|meet and greet|photo op|on site|staffing|support|"
                   r"shuttle|van|wagon|check ?ins?|navigators?|dispatchers?|firefighters?|officers?|rangers?|outreach|"
                   # an area of a fair a partner runs (a second helper's check: "Kids zone & bounce house")
                   r"(?:kids?|safety|activity|play|family) zone|bounce house|face painting|sign ?ups?|"
                   r"deputies|paramedics|crew|volunteers? team|"
                   # a service a partner gives there (v38 LB2, CC2, PK13)
                   r"help ?desk|q and a|first pitch|car seat (?:installs?|installations?|checks?|inspections?|"
                   r"fittings?)|helmet fittings?|guest speakers?|"
                   # a moment of the programme a partner gives (a fresh city's check: "Opening remarks -
                   # Chief Davis", "Ribbon cutting - Mayor O'Neal" at a festival)
                   r"(?:opening |welcome |closing )?remarks|ribbon cutting|colou?r guard|honou?r guard|"
                   r"national anthem|invocation|keynote|proclamation|"
                   # a crew's set-up or tear-down for the event (v40 A13: "Atrium teardown - Iftar")
                   r"set ?up|tear ?down|take ?down)\b")
_UNIT_WORDS = "engine|truck|ladder|tower|rescue|squad|medic|battalion|beat|district|unit|company|car|station"
_UNIT_NAMES = frozenset(_UNIT_WORDS.split("|"))
_UNIT = re.compile(rf"\b(?:{_UNIT_WORDS})\s*(?:(?:{NUMBER_WORDS})\s*)?\d{{1,3}}\b")
# a unit's number spelled out ("Station Three", "Engine Seven"): its digits, as staff also write it
_SPELLED_UNIT = re.compile(rf"\b({_UNIT_WORDS})\s+({'|'.join(SPELLED_NUMBERS)})\b")
#: a note of an event's rain date in its title, bracketed or after a separator to the end:
#: "(rain date 6/12)", "(Rain Date)", " - rain date: June 12"
_RAIN_NOTE = re.compile(rf"\s*[(\[]\s*{RAIN_DATE_WORDS}dates?\b[^)\]]*[)\]]"
                        rf"|\s+[-\u2013\u2014:|]\s*{RAIN_DATE_WORDS}dates?\b.*$", re.I)
_A_DATE = (rf"(?:{WEEKDAY_NAME}\.?,?\s*)?(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|" + DASHED_DATE + "|"
           rf"{MONTH_NAME}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)")
_MOVE_WORDS = r"(?:originally|rescheduled|re-scheduled|moved|postponed|pushed back)(?:\s+(?:from|to|for|until|on))?"
_UNDATED_MOVE = (r"(?:rescheduling|to be rescheduled|will be rescheduled|rescheduled|postponed|new date|date)"
                 r"[\s,:-]*(?:tbd|tba|to be (?:determined|announced)|pending|coming soon)")
#: a note that the event moved, naming the other date: bracketed ("(rescheduled from July 9)",
#: "(originally 10/4)"), after a separator to the end ("- moved to 8/20", "- RAINED OUT 8/13, moved
#: to 8/20") or opening the title ("RESCHEDULED from Feb. 15 Arctic Adventure")
_MOVE_NOTE = re.compile(rf"\s*[-\u2013\u2014:|,(\[]\s*(?:rained out|washed out|called off|cancell?ed|postponed)\s*"
                        rf"(?:(?:on\s*)?{_A_DATE}|[-\u2013\u2014:|,]?\s*{_MOVE_WORDS}\s*{_A_DATE}).*$"
                        # "- RAINED OUT 8/13, moved to 8/20", "- RAINED OUT, moved to 8/20": the date called off
                        rf"|\s*[(\[]\s*{_MOVE_WORDS}\s*{_A_DATE}[^)\]]*[)\]]"
                        rf"|\s*[-\u2013\u2014:|,]\s*{_MOVE_WORDS}\s*{_A_DATE}.*$"
                        rf"|^\s*{_MOVE_WORDS}\s*{_A_DATE}\s*[-\u2013\u2014:|,]?"
                        # "(Rescheduling TBD)", "- new date TBA": a move whose date is not known yet
                        rf"|\s*[(\[]\s*{_UNDATED_MOVE}\s*[)\]]|\s*[-\u2013\u2014:|,]\s*{_UNDATED_MOVE}\s*$", re.I)


@lru_cache(maxsize=1 << 16)     # asked of every merged row's title, which repeat (issue 17)
def without_date_note(title: str) -> str:
    """``title`` without a note of its rain date (:data:`_RAIN_NOTE`: "(rain date 6/12)") or of
    a move (:data:`_MOVE_NOTE`: "- moved to 8/20", "(rescheduled from July 9)"): a note names no
    other event, so titles are compared (and a title's added words counted) without it.
    (Issue 17: a title with no "ate" has no rain note, one with no digit no move note — every
    move note names a date, or says it is to be decided ("(Rescheduling TBD)"); most titles
    have neither, and are returned at once.)"""
    if "ate" in title and (note := _RAIN_NOTE.search(title)):
        title = f"{title[:note.start()]} {title[note.end():]}".strip()
    if (_DIGIT.search(title) or _UNDATED_HINT.search(title)) and (note := _MOVE_NOTE.search(title)):
        title = f"{title[:note.start()]} {title[note.end():]}".strip()
    return title


_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_UNDATED_HINT = re.compile(r"tb[ad]\b|to be |pending|soon", re.I)     # (a move note with no date names one of these)


# what a row covering another department's event names: the police or EMS work around it
# (matched in the folded title as typed, stop words kept: the normaliser drops "on" of "on site")
_COVERAGE = re.compile(r"\b(?:security|patrols?|patrolling|coverage|details?|"
                       r"(?:traffic|crowd|parking) (?:control|management|duty|posts?)|"
                       r"(?:fixed|officer|police|deputy) posts?|posted|"
                       r"stand ?by|standing by|shifts?|overtime|ot|(?:road|street|lane)s? (?:closures?|closed)|escorts?|"
                       r"(?:on|off|extra|special) duty|on (?:site|scene|call|hand|patrol|post)|onsite|"
                       r"assignments?|assigned|staffing|presence|deploy(?:ment|ed)|fire watch|perimeter|barricades|"
                       r"(?:traffic|parking) enforcement|"
                       # support given an event as a whole, around its hours ("Event support" 7–10:30
                       # around the Turkey Trot 8–10, v61)
                       r"event (?:support|staffing|assist|assistance))\b")
# what names an event of its own after a coverage-like word ("Night Shift Appreciation Dinner")
# a class: people come to learn ("EMS Standby Procedures Workshop" is one, nobody staffs it)
_CLASS_WORDS = r"workshop|class(?:es)?|course|training|seminar|webinar|academy|session|orientation|certification|lecture"
_EVENT_NOUNS = (r"dinner|banquet|breakfast|brunch|lunch|luncheon|supper|cookout|barbecue|bbq|potluck|"
                r"fair|festival|fest|expo|carnival|market|" + _CLASS_WORDS + r"|"
                r"town hall|forum|meeting|summit|conference|symposium|auction|launch|"
                r"softball|baseball|basketball|football|soccer|kickball|games?|tournament|race|5k|10k|"
                r"fun run|awards?|ceremony|gala|party|picnic|parade|concert|show|celebration|open house|"
                r"demo|demonstration|tour|exhibit|clinic|talk|presentation|screening|reception|social|"
                r"mixer|rally|vigil|camp|fundraiser|recital|graduation")
_EVENT_NOUN = re.compile(rf"\b(?:{_EVENT_NOUNS})\b")
# a staffing phrase: the coverage word right after a department, role or overtime word
# ("EMS standby", "Police presence", "OT detail"), or itself overtime
_STAFFED = re.compile(r"\b(?:police|pd|dpd|ems|fire|fd|dfd|sheriffs?|deput(?:y|ies)|officers?|medics?|k ?9|"
                      r"swat|cops?|ot|overtime) $")
# "Cyber Security for Seniors", "Home Safety Patrol for Kids": a title naming who it is for
# names a programme, not work around another event ("Detail for the Jazz Festival")
_FOR_AUDIENCE = re.compile(r"\bfor (?:[a-z']+ ){0,2}(?:seniors?|older adults|elders|kids|children|"
                           r"teens?|tweens?|youth|young people|famil(?:y|ies)|parents|caregivers|adults|women|men|"
                           r"girls|boys|beginners|residents|neighbors|neighbours|businesses|business owners|"
                           r"homeowners|renters|tenants|landlords|students|veterans|everyone|all ages|newcomers)\s*$")
# a class about the work after the coverage words ("Patrol Ride-Along Info Session")
_CLASS_NOUN = re.compile(r"\b(?:" + _CLASS_WORDS + r")\b")
# where a title's parts meet: "EMS standby - Turkey Trot 5K", "Detail for the Jazz Festival"
_SEGMENTS = re.compile(r"\s[-\u2013\u2014]\s|[:|(/@\u2013\u2014]|\s(?:for|at|during)\s", re.I)
#: a description saying its row is no part of another event (:data:`~.parsing.DISOWNING`:
#: "Separate HEART table, not part of Coffee with a Cop": a helper's check); the words after it,
#: to the next punctuation, name that event
_DISOWN = re.compile(DISOWNING + r"\s+(?:the\s+)?((?:(?!\s[-\u2013\u2014]\s)[^.;!?,()]){3,80})", re.I)
_SETUP_IN_TEXT = re.compile(r"\b(?:set ?up|setting up|load[- ]?in|staging|crews? arriv\w*|arriv\w*)"
                            r"\D{0,20}?(\d{1,2})(?::(\d\d))?\s*([ap]\.?m\.?)?", re.I)
_TIME_IN_TEXT = re.compile(r"\b(?:doors? open|open(?:s)? to the public|public (?:start|opens?)|"
                           # (not a set-up's start: "setup starts 9:30", v57)
                           r"(?<!setup )(?<!set up )(?<!set-up )(?<!load-in )(?<!staging )(?:starts?|begins?))"
                           r"\D{0,20}?(\d{1,2})(?::(\d\d))?\s*([ap]\.?m\.?)?", re.I)

WEIGHTS: dict[str, float] = {
    "same address": 4.0, "same venue": 4.0, "completed from the sheet": 4.0, "named in the title": 3.0,
    "same street": 3.5, "same street, shared": 0.5, "the only event named": 3.5, "one of few events named": 2.0,
    "similar venue": 1.0, "unknown place": 0.0, "names another street": -2.0,
    "no place on either": 0.0, "both online": 0.0, "places not comparable": -0.5, "venue names differ": -2.0,
    "same times": 2.5, "close": 2.0, "inside": 1.5, "inside, one tab": -3.0, "set-up time": 2.0,
    "all-day vs timed": 1.0, "within the hours said": 1.5, "same day": 1.5, "overlap": 0.5,
    "title ≥95": 5.0, "title ≥85": 3.5, "title ≥70": 1.5, "title ≥50": 0.0, "title <50": -2.0,
    "different numbers": -4.0, "common title": 1.0, "own part": 1.5, "coverage": 2.5, "bilingual": 0.0,
    "same kind": 3.0, "same kind, overlapping hours": 1.5,
    "cognates": 1.0,
    "same department": 0.0, "names the other": 1.5, "different departments": 0.5,
    "names its host's event": 5.0, "names its host": 2.5, "roles only": -0.5,
    "prior": -4.0,
}
MERGE_AT = 3.0
REVIEW_AT = 1.0
_HARD_PLACE = {"different address", "different venue", "different rooms", "different areas"}
_UNTIED_PLACES = {"places not comparable", "venue names differ"}    # both rows give a place, nothing ties them


#: what follows "at" or "@" in a title: the event (or place) a row is part of
AT_WHAT = re.compile(r"(?:\s*@\s*|\s+at\s+(?:the\s+)?)(\S.*)$", re.I)


class _Phrases:
    """Replace configured words and phrases (folded) by their expansions, longest first;
    ``plurals``: a word's Spanish plural too ("clases", "talleres", "reuniones": the glossary
    lists "clase", "taller", "reunion"; v34 X3)."""

    def __init__(self, mapping: Mapping[str, str], plurals: bool = False):
        table = {fold(k): fold(v) for k, v in mapping.items() if fold(k)}
        self.words = {k: v for k, v in table.items() if " " not in k}
        if plurals:
            for word, meaning in list(self.words.items()):
                for plural in (word + "s", word + "es"):
                    self.words.setdefault(plural, meaning)
        phrases = sorted((k for k in table if " " in k), key=lambda k: (-len(k), k))
        self.firsts = {k.split()[0] for k in phrases}
        self.table = table
        self.pattern = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, phrases))) if phrases else None

    def __call__(self, text: str) -> str:
        if self.pattern is not None and self.firsts.intersection(text.split()):
            text = self.pattern.sub(lambda m: self.table[m.group(0)], text)
        return " ".join(self.words.get(w, w) for w in text.split())


#: what follows a department's number alias ("911") in a place that names its building
_BUILDING_AFTER = r"(?=\s+(?i:center|centre|ctr|hq|headquarters|building|bldg|office|dispatch)\b)"


class Normaliser:
    """Title and place normalisation for one config, memoised (titles and places repeat)."""

    def __init__(self, abbreviations: Mapping[str, str], translations: Mapping[str, str] | None = None,
                 units: Mapping[str, Sequence[re.Pattern]] | None = None, names: Iterable[str] = (),
                 kinds: Mapping[str, Sequence[str]] | None = None):
        """``units``: department → its unit patterns (``Config.department_units()``); a title
        naming one ("Marine 4 at the regatta") is a partner's own part. ``names``: the
        departments' names and aliases (``Config.department_lookup()``). ``kinds``: kind of
        event → the phrases naming it (:data:`~sheets_sync.event_kinds.BUILT_IN` and
        ``matching.event_kinds``; :meth:`kinds`)."""
        self.abbreviations, self.translations = _Phrases(abbreviations), _Phrases(translations or {}, plurals=True)
        self.units = tuple(p for patterns in (units or {}).values() for p in patterns)
        # departments' names and aliases, folded, as whole words ("Popsicles with Police")
        folded = sorted({fold(n) for n in names if fold(n)}, key=len, reverse=True)
        self._names = re.compile(r"\b(?:" + "|".join(map(re.escape, folded)) + r")\b") if folded else None
        # a department's initials in a place ("BFD Station 1", "LPD HQ"): its name there instead
        lookup = names if isinstance(names, Mapping) else {}
        self._initialisms = {k.upper(): v for k, v in lookup.items() if re.fullmatch(r"[a-z]{2,5}|\d{3}", k)
                             and k != fold(v)}
        # (a number alias only before a building's word, never a street number: "911 center" is the
        # Emergency Communications Center, "911 Main St" an address: a fresh helper's set, v55)
        self._initialism = re.compile(r"\b(?:" + "|".join(
            re.escape(k) + (_BUILDING_AFTER if k.isdigit() else "")
            for k in sorted(self._initialisms, key=len, reverse=True)) + r")\b") if self._initialisms else None
        self._with: dict[str, str] = {}
        self._titles: dict[str, str] = {}
        self._words: dict[str, tuple[frozenset, frozenset]] = {}
        self._named: dict[str, frozenset] = {}
        self._part_of: dict[str, frozenset] = {}
        self._part_area: dict[str, frozenset] = {}
        self._places: dict[tuple[str, str], Place] = {}
        self._texts: dict[tuple, tuple] = {}
        self._free: dict[str, frozenset] = {}
        self._title_cache: dict[tuple, tuple] = {}
        self._facts: dict[str, tuple] = {}
        self._kinds_of: dict[tuple, tuple[frozenset, frozenset]] = {}
        self._named_departments: dict[frozenset, frozenset] = {}
        # each phrase normalised as a title is, so "Clean-Up", "Sound the Alarm" are found
        self._kind_of = {self.title(p): kind for kind, phrases in (kinds or {}).items() for p in phrases}
        self._kind_of.pop("", None)
        self._kinds = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(self._kind_of, key=len, reverse=True)))
                                 + r")\b") if self._kind_of else None
        # the words of departments' names and aliases, and the role words of their units
        # ("firefighters", "dispatcher"), each with the departments it may name (:func:`_named_apart`)
        vocabulary: dict[str, set[str]] = {}
        for spelling, department in lookup.items():
            for word in self.title(spelling).split():
                for form in (word, word[:-1] if len(word) > 4 and word.endswith("s") else word):
                    vocabulary.setdefault(form, set()).add(department)      # ("Board of Park Commissioners")
        for word in _PEOPLE | {"telecommunicator", "telecommunicators"}:
            for department, patterns in (units or {}).items():
                if any(p.fullmatch(word) for p in patterns):
                    vocabulary.setdefault(word, set()).add(department)
        self._department_words = {w: frozenset(d) for w, d in vocabulary.items()}

    def department_words(self, words: frozenset) -> frozenset:
        """``(word, department)`` for each of a title's ``words`` that names a department (its
        name, an alias, a role word of its units: "police", "ema", "firefighters")."""
        out = self._named_departments.get(words)
        if out is None:         # (issue 17: memoised, titles repeat)
            out = self._named_departments[words] = frozenset(
                (w, d) for w in words & self._department_words.keys() for d in self._department_words[w])
        return out

    def kinds(self, titles: Sequence[str]) -> tuple[frozenset, frozenset]:
        """The kinds of event normalised ``titles`` name (:mod:`sheets_sync.event_kinds`), and
        the words of the phrases naming them: ``("riverfront cleanup",)`` → ``({"cleanup"},
        {"cleanup"})``."""
        if self._kinds is None:
            return frozenset(), frozenset()
        out = self._kinds_of.get(titles)
        if out is None:         # (issue 17: memoised, titles repeat)
            found = [m.group(0) for t in titles for m in self._kinds.finditer(t)]
            out = self._kinds_of[titles] = (frozenset(self._kind_of[p] for p in found),
                                            frozenset(w for p in found for w in p.split()))
        return out

    def title(self, text: str) -> str:
        """``"NNO - Cleveland-Holloway"`` → ``"national night out cleveland holloway"``; a note
        on the entry itself in brackets left out (``"(resubmitted)"``, ``"(updated)"``: :data:`_ENTRY_NOTE`);
        ``"Expo de Seguridad"`` → ``"expo safety"`` with the glossary; stop words dropped; a
        unit's number spelled out as digits (``"Station Three"`` → ``"station 3"``); a rain-date
        or move note left out (``"Movie in the Park (rain date 6/12)"`` → ``"movie park"``);
        ``"9-1-1"`` → ``"911"``."""
        out = self._titles.get(text)
        if out is None:
            typed = _CLOCK_IN_TITLE.sub(" ", self._without_code(text)) if _DIGITS.search(text) else text
            t = fold(without_date_note(_ENTRY_NOTE.sub(" ", typed) if "(" in typed or "[" in typed else typed))
            if "9 1 1" in t:
                t = t.replace("9 1 1", "911")       # "9-1-1 Day" is "911 Day" (v36 S7)
            t = self.translations(self.abbreviations(t))
            if " " in t:
                t = _SPELLED_UNIT.sub(lambda m: f"{m.group(1)} {SPELLED_NUMBERS[m.group(2)]}", t)
            out = self._titles[text] = " ".join(w for w in t.split() if w not in _STOP)
        return out

    def _code(self, text: str) -> re.Match | None:
        """The code for the entry at the start of ``text`` (:data:`_TITLE_CODE`), unless it opens
        with a word the abbreviations know ("NNO-2025-08 Block Party"); ``None`` if none."""
        found = _TITLE_CODE.match(text)
        return None if found is None or fold(found.group(0).split("-")[0]) in self.abbreviations.words else found

    def _without_code(self, text: str) -> str:
        """``text`` without the code for the entry at its start (:meth:`_code`)."""
        found = self._code(text)
        return text if found is None else text[found.end():]

    def named(self, title: str) -> frozenset:
        """The normalised words of what a title says it is at (``"911 table at Kids Fun Fest"``,
        ``"Fire truck @ Bimbe Festival"`` → ``{"kids", "fun", "fest"}``), or the one of its two
        parts set off by a dash or a colon that names an event hosting others
        (:func:`_hosting_segment`: "Preparedness Fair - Kids' Go-Kit Craft" is at a preparedness
        fair, v36 S6); empty if it says none,
        or only a place (:data:`_PLACE_NAME`: "Bike Safety Rodeo at Switchyard Park" is at a
        park, not at another event there — a fresh verifier's false merge with "Tai Chi Easy at
        Switchyard Park")."""
        out = self._named.get(title)
        if out is None:
            m = AT_WHAT.search(title) if "@" in title or " at " in title.lower() else None
            named = m.group(1) if m else _hosting_segment(title)
            out = self._named[title] = self.words(self.title(named))[0] \
                if named and not _PLACE_NAME.fullmatch(fold(named)) else frozenset()
        return out

    def part_area(self, title: str) -> frozenset:
        """What the words after a partner's part's dash say of a place, as :func:`area_words`
        writes a place ("Engine 7 visit - ball fields" → ``{"ball", "area:field"}``, "Officer
        Kim - teen room" → ``{"teen"}``), for :func:`names_area`; empty if none."""
        out = self._part_area.get(title)
        if out is None:
            named = _part_segment(title) if any(c in title for c in "-:\u2013\u2014") else ""
            place = normalise_place(named) if named else ""
            out = self._part_area[title] = (venue_words(place) - _ROOM_WORDS_ALONE) | _area_tokens(park_areas(place)) \
                if place else frozenset()
        return out

    def part_of(self, title: str) -> frozenset:
        """The normalised words of the event a partner's part names after a dash or colon
        (:func:`_part_segment`: "911 info table - Community Conversation" →
        ``{"community", "conversation"}``), or after "for" ("Cooling tent setup for Bimbe
        Festival"); empty if none, or only a place."""
        out = self._part_of.get(title)
        if out is None:
            named = _part_segment(title) if any(c in title for c in "-:\u2013\u2014") else ""
            if not named and " for " in title:     # "Cooling tent setup for Bimbe Festival"
                before, _, after = title.rpartition(" for ")
                named = after if title_part(fold(before)) and not title_part(fold(after)) else ""
            out = self._part_of[title] = self.words(self.title(named))[0] \
                if named and not _PLACE_NAME.fullmatch(fold(named)) else frozenset()
        return out

    def words(self, title: str) -> tuple[frozenset, frozenset]:
        """A normalised title's words, and its numbers: the words with a digit ("10u", "2"),
        but a unit's number as ``unit#number`` ("medic#3", "station#5", a configured unit),
        which :func:`compare_titles` compares only with the same unit's number in the other
        title — "Medic 3 standby" names no other number than "Turkey Trot 5K", while "Beat 3
        Community Meeting" and "Beat 5 Community Meeting" differ."""
        out = self._words.get(title)
        if out is None:
            words = frozenset(title.split())
            numbers = frozenset(w for w in words if any(c.isdigit() for c in w))
            if numbers:
                units = set()
                for pattern in (_UNIT, *self.units):
                    for m in pattern.finditer(title):
                        digits = re.findall(r"\d+", m.group(0))
                        if digits:
                            numbers -= {t for t in m.group(0).split() if any(c.isdigit() for c in t)}
                            unit = " ".join(re.sub(rf"\b(?:{NUMBER_WORDS})\b|[\d#.]+", " ", m.group(0)).split())
                            units.add(f"{unit}#{digits[-1]}")
                numbers |= units
                for m in _KINDED_NUMBER.finditer(title):       # "ages 11 15", "3 days", "day 1"
                    kind = "ages" if m.group("ages") else "days" if m.group("days") else "day"
                    found = [d for d in (m.group("a1"), m.group("a2"), m.group("n"), m.group("d")) if d]
                    numbers = (numbers - set(found)) | {f"{kind}#{d}" for d in found}
            out = self._words[title] = (words, numbers)
        return out

    def place(self, location: str, address: str) -> Place:
        """The row's :class:`Place`, a department's initials typed in capitals in its Location
        read as the department's name ("BFD Station 1" is "Fire Station 1", "LPD HQ" is "Police
        HQ", "RFD Training Center" is "Fire Training Center": v34, v36), and its number before a
        building's word ("911 center" is "Emergency Communications center": v55)."""
        out = self._places.get((location, address))
        if out is None:
            named = self._initialism.sub(lambda m: self._initialisms[m.group(0)], location) \
                if self._initialism is not None and location else location
            out = self._places[(location, address)] = parse_place(named, address)
        return out

    def coverage(self, text: str) -> float:
        """Share (0–1) of a title's content words that the translation glossary knows."""
        words = [w for w in self.abbreviations(fold(text)).split() if w not in _STOP]
        known = set(self.translations.words) | {w for k in self.translations.table for w in k.split()}
        return sum(w in known for w in words) / len(words) if words else 0.0

    def text_words(self, text: str) -> frozenset:
        """Folded words of a free text (a description), memoised."""
        out = self._free.get(text)
        if out is None:
            out = self._free[text] = frozenset(fold(text).split())
        return out

    def texts(self, title: str, title_es: str, location: str, address: str) -> tuple:
        """Everything :func:`features` derives from a row's text cells, memoised: ``(titles,
        words, numbers, place, part, raw title words, coverage word, the place's own words left out
        of the title but the generic ones)``. Words naming the row's own place are
        left out of its first title ("Toy Time at the Banneker Center" → "toy time"; its numbers
        are the whole title's, so "Station 1 open house" at Fire Station 1 and "Station 5 open
        house" name different stations), and a part
        clue that only names that place is no clue ("Station 1 open house" at Fire Station 1); a row
        with no place takes an address typed in its title ("NNO drop-by 250 Proctor St")."""
        key = (title, title_es, location, address)
        out = self._texts.get(key)
        if out is None:
            titles, words, numbers, part, raw, cover = self._title_texts(title, title_es)
            where = self.text_words(location)       # the venue's words, not a street's ("1 Harbour Walk")
            if part and where.issuperset(part.split()):
                part = ""       # "Station 1 open house" at Fire Station 1 names its place, not a unit
            named_place = frozenset()
            # (a department's name in the venue's stays in the title when the title names no other
            # word of the venue: "Citizens Police Academy - Info Night" at Police Headquarters is
            # no "Citizens Academy", a README-only check; "Switchyard Park" is its place's name)
            own = {w for w in where if len(self._department_words.get(w, ())) != 1}
            own = where if own.intersection(titles[0].split()) else own
            if own.intersection(titles[0].split()):
                core = " ".join(w for w in titles[0].split() if w not in own)
                if core:        # the numbers stay the whole title's: "Station 5" is not "Station 1"
                    named_place = frozenset(titles[0].split()) & own - GENERIC_VENUE_WORDS
                    titles = (core, *titles[1:])
                    words = tuple(self.words(t)[0] for t in titles)
            place = self.place(location, address)
            # (or the place cells name an area, no address: "Engine 24 at 49 S 22nd St block party"
            # at Location "South Side", a helper's check; the area stays the venue)
            if not (place.number or place.street or place.crossing or place.between) \
                    and (in_title := title_address(title, part)) is not None:
                place = Place(in_title.number, in_title.street, in_title.block, place.venue, in_title.direction,
                              via="address in the title")
            out = self._texts[key] = (titles, words, numbers, place, part, raw, cover, named_place)
        return out

    def with_people(self, title: str) -> str:
        """The people, unit or department ``title`` names in the few words after "with" or
        "w/", folded: a role ("Coffee with a Cop" → ``"cop"``, "Bike Rodeo with the Bloomington
        Police Department Community Resource Officers"), a department's unit pattern ("Meet &
        Greet with Engine 7", "Kit Basics with CERT Volunteers") or a department's name or
        alias ("Popsicles with Police"); ``""`` when none. The row is a programme with them
        (:func:`_clue_toward`)."""
        out = self._with.get(title)
        if out is None:
            out = ""
            for w in _WITH_PEOPLE.finditer(title):
                words = fold(w.group(1))
                unit = next((m for p in self.units if (m := p.search(title, w.start(1), w.end()))), None)
                found = (unit and fold(unit.group(0))) or next((x for x in words.split() if x in _PEOPLE), "") or (
                    (m := self._names.search(words)) and m.group(0) if self._names else "")
                if found:
                    out = found
                    break
            self._with[title] = out
        return out

    def title_facts(self, title: str) -> tuple:
        """What :func:`features` reads from a title alone, memoised (issue 17: titles repeat):
        ``(with_people, named, title_kind, typed_capitals, folded, part_of, part_area, spanish,
        glossed)``; ``spanish``: the title reads as Spanish (:func:`spanish_title`, or a Spanish
        stop word and a word the glossary knows: "Charla sobre ..."), ``glossed``: it does and
        the glossary covers half its words or more."""
        out = self._facts.get(title)
        if out is None:
            folded = fold(title)
            raw = frozenset(folded.split())
            spanish = spanish_title(title) or (bool(_SPANISH_HINTS.intersection(raw)) and self.coverage(title) > 0)
            out = self._facts[title] = (self.with_people(title), self.named(title), title_kind(title),
                                        typed_capitals(title), folded, self.part_of(title), self.part_area(title),
                                        spanish, spanish and self.coverage(title) >= 0.5)
        return out

    def _title_texts(self, title: str, title_es: str) -> tuple:
        key = (title, title_es)
        out = self._title_cache.get(key)
        if out is None:
            titles = tuple(t for t in (self.title(title), self.title(title_es) if title_es else "") if t) or ("",)
            split = [self.words(t) for t in titles]
            if (code := self._code(title)) is not None:
                # the code left out of the title is one of its numbers, as a unit's is, of its
                # scheme (its letters): two codes of one scheme name two entries ("CRR-25-031" /
                # "CRR-25-032", "FEMA-IS-100" / "FEMA-IS-200": a README-only check had them
                # merged); two departments' schemes ("PKS-27-114" / "RPD-27-114") and a code
                # against none are no difference
                parts = fold(code.group(0)).split()
                scheme = "".join(p for p in parts if not p.isdigit())
                split[0] = (split[0][0], split[0][1] | {f"code {scheme}#{''.join(p for p in parts if p.isdigit())}"})
            folded = fold(title)
            part = title_part(folded) or next((m.group(0) for m in (u.search(title) for u in self.units)
                                               if m and not _HONOURED.match(title, m.end())
                                               and not _OWN_TRAINING_AFTER.match(" " + fold(title[m.end():]))), "")
            out = self._title_cache[key] = (titles, tuple(x[0] for x in split), tuple(x[1] for x in split),
                                            part, frozenset(folded.split()), coverage_word(title))
        return out


def normalise_title(text: str, abbreviations: Mapping[str, str],
                    translations: Mapping[str, str] | None = None) -> str:
    """Title → comparable words (see :meth:`Normaliser.title`)."""
    return Normaliser(abbreviations, translations).title(text)


#: a department's own code for the entry at the start of a title: "PEP-EVT-0823 Back to School
#: Bash", "CRR-25-031: Smoke alarm canvass" — three or four parts in capitals and digits joined
#: by hyphens, one of them digits (not "COVID-19 Testing", "I-95 Cleanup", "Text-to-911 info
#: session"); no part of the event's name (a fresh helper's set: "PEP-EVT-0823 Back to School
#: Bash" beside "B2S Bash")
_TITLE_CODE = re.compile(r"^\s*(?=[\w-]*\d)[A-Z]{2,6}(?:-[A-Z0-9]{2,6}){2,3}(?:\s*[:\u2013\u2014|]|\s+-)?\s+")


#: numbers of a kind, in a normalised title: an age or grade range ("ages 11 15"), a length in days
#: ("3 days"), a day of a programme ("day 1"): each compared only with the same kind in the other
#: title, as a unit's number is (a third helper's check: "Junior Fire Marshal Camp (ages 11-15)"
#: from 6/22 to 6/25 and "Jr. Fire Marshal Camp - Day 1" on 6/22 named "different numbers")
_KINDED_NUMBER = re.compile(r"\b(?P<ages>ages?|grades?)\s+(?P<a1>\d{1,2})(?:\s+(?:to\s+)?(?P<a2>\d{1,2}))?\b|"
                            r"\b(?P<n>\d{1,2})\s+(?P<days>days)\b|\bday\s+(?P<d>\d{1,2})\b")
#: a note in brackets on the sheet entry, not the event: "Open House (resubmitted)", "(updated)",
#: "[duplicate]" (a third helper's check: the resubmission stayed an event of its own)
_ENTRY_NOTE = re.compile(r"\s*[(\[]\s*(?:re-?submitted|re-?submission|duplicate|dupe?|copy|updated?|revised|"
                         r"corrected|re-?entered|(?:2nd|second) (?:submission|entry|copy)|new (?:id|entry))\s*[)\]]",
                         re.I)


# common words of Spanish event titles, to recognise the language (not to translate it)
_SPANISH_WORDS = frozenset("""charla taller feria clase dia noche seguridad comunidad comunitaria vecinos
    vecindario barrio jornada reunion salud familia familias ninos jovenes personas mayores fiesta
    prevencion incendios bomberos policia emergencia emergencias preparacion ayuda gratis evento
    tarde manana sesion capacitacion platica encuentro terremotos huracanes""".split())
_SPANISH_LANGUAGE = re.compile(r"span|espa", re.I)
_SPANISH_SPOKEN = re.compile(r"\bse habla espa|\ben espa", re.I)


def _spanish_said(row: EventRow) -> bool:
    """The ``Language`` column says Spanish, or the description says "se habla español" (a
    row is Spanish when so, or when its title is: :meth:`Normaliser.title_facts`)."""
    return bool((row.language and _SPANISH_LANGUAGE.search(row.language)) or (
        row.description and "espa" in row.description.lower() and _SPANISH_SPOKEN.search(row.description)))


@lru_cache(maxsize=1 << 16)     # issue 17: titles repeat
def spanish_title(title: str) -> bool:
    """The title has two or more Spanish stop words, or one and a Spanish letter (á, ñ, ...)."""
    words = fold(title).split()
    hints, common = len(_SPANISH_HINTS.intersection(words)), len(_SPANISH_WORDS.intersection(words))
    return hints + common >= 2 or (hints == 1 and any(c in "áéíóúñ¿¡" for c in title.lower()))


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
    part: str = ""                   # the clue that the row is a partner's own part ("tent", "truck 26")
    public_start: float | None = None   # a start time named in the description (set-up rows)
    raw_words: frozenset = frozenset()  # folded title words before abbreviations (places in titles)
    about: frozenset = frozenset()      # folded words of title and description ("at the Farmers Market")
    glossed: bool = False               # a Spanish title mostly covered by matching.translations
    setup_start: float | None = None    # a set-up time named in the description ("set up from 6:30")
    cover: str = ""                     # the words by which the title names coverage work ("on site", "OT")
    named: frozenset = frozenset()      # the words of the event a title places it at ("… at Kids Fun Fest")
    with_part: bool = False             # it names the people it is "with" ("Coffee with a Cop": Normaliser.with_people)
    programme: bool = False             # a class or activity of its own, hosting no one ("Yoga in the Park")
    hosting: bool = False               # an event that hosts others' parts ("Fall Festival", "Open House")
    closed: bool = False                # a class, closed to visitors ("Yoga in the Park"; not "Teen Open Gym")
    caps: frozenset = frozenset()       # folded words of 3–5 letters typed in capitals ("CPA": typed_capitals)
    folded: str = ""                    # the title folded, words in order (another row's initials are read in it)
    kinds: frozenset = frozenset()      # the kinds of event its titles name ("cleanup": Normaliser.kinds)
    kind_words: frozenset = frozenset()  # the words of the phrases naming them
    departments_named: frozenset = frozenset()   # (word, department) its title names (Normaliser.department_words)
    part_of: frozenset = frozenset()    # the words of the event a part's title names after a dash (Normaliser.part_of)
    part_area: frozenset = frozenset()  # what its dash says of a place, as area_words writes it (Normaliser.part_area)
    disowns: tuple = ()                 # per event its description disowns, its folded words in order (_DISOWN)
    named_place: frozenset = frozenset()   # its place's words its title names ("Heron Point" at Heron Point Park)
    copied: bool = False                # its notes say it is a copy of another row ("dup? Kim entered too": _COPY_NOTE)
    distinct: bool = False              # its notes say it is no copy ("not a duplicate - second group": _NOT_A_COPY)
    hosts: tuple = ()                   # (department, words, "at"/"not at") of events its words name by their host
    bare: bool = False                  # its title names no event, only a role there ("Tabling": bare_title)


_EPOCH = datetime(1970, 1, 1)
_EPOCH_DAY = _EPOCH.toordinal()


def _minutes(value: date | datetime) -> float:
    """Local wall-clock minutes since 1970 (a date counts from its midnight), so all-day and
    timed rows share one scale; daylight-saving shifts do not matter for matching."""
    days = value.toordinal() - _EPOCH_DAY
    if isinstance(value, datetime):     # (timedelta.total_seconds()'s arithmetic, without a datetime made: issue 17)
        return ((days * 86400 + value.hour * 3600 + value.minute * 60 + value.second) * 10**6
                + value.microsecond) / 10**6 / 60
    return days * 1440.0


def _public_start(row: EventRow, day_minutes: float, pattern: re.Pattern = _TIME_IN_TEXT) -> float | None:
    """The clock time a description names after ``pattern`` ("doors open at 9:00"), as
    minutes on the scale of :func:`_minutes`; ``None`` if none."""
    m = pattern.search(row.description or "")
    if not m:
        return None
    hour, minute, half = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").lower()
    if half.startswith("p") and hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        return None
    return day_minutes + hour * 60 + minute


#: a word every :data:`_SETUP_IN_TEXT` phrase opens with, looked for first (issue 17: asked of
#: every row when rows are ordered)
_SAYS_SETUP = re.compile(r"(?i)set|load|stag|crew|arriv")


def starts_at_setup(row: EventRow) -> bool:
    """``row``'s Start Time is the set-up time its Description or Internal Notes name
    (:data:`_SETUP_IN_TEXT`: "Setup at 4:45", "load-in 10", "setup starts 9:30", to 15 minutes,
    an hour without am/pm read either way), not when the public comes: a fresh helper's Parks
    row 9:30–2 with "setup starts 9:30" beside the host's 10–2 fair had been published from 9:30
    (v57, v58). ``False`` for an all-day row."""
    if row.all_day:
        return False
    start = row.start.hour * 60 + row.start.minute
    for text in (row.description, row.internal_notes):
        m = _SETUP_IN_TEXT.search(text) if text and _SAYS_SETUP.search(text) else None
        if m is None or int(m.group(1)) > 23 or int(m.group(2) or 0) > 59:
            continue
        typed = int(m.group(1)) * 60 + int(m.group(2) or 0)
        if (m.group(3) or "").lower().startswith("p") and typed < 720:
            typed += 720
        gap = abs(typed - start) if m.group(3) else min(abs(typed % 720 - start % 720),
                                                         720 - abs(typed % 720 - start % 720))
        if gap <= 15:
            return True
    return False


@lru_cache(maxsize=1 << 16)
def title_words(text: str) -> frozenset[str]:
    """A title's words as the matcher reads them: folded (:func:`fold`), stop words ("the",
    "of", "de") left out. ``"Harvest Festival (RAIN DATE)"`` → ``{"harvest", "festival",
    "rain", "date"}``."""
    return frozenset(w for w in fold(text).split() if w not in _STOP)


def retitled(old: frozenset[str], new: frozenset[str]) -> bool:
    """``new`` (:func:`title_words`) is still recognisably the title ``old``: it keeps at least
    two thirds of ``old``'s words, and two of them when ``old`` has two or more ("Harvest
    Festival" → "Harvest Festival (RAIN DATE)", "Fall Harvest Festival" → "Harvest Festival
    moved"; not "Harvest Festival" → "Pumpkin Festival"), and names no other number: not
    "Smoke Alarm Canvass 1" → "Smoke Alarm Canvass 9" (the sync's state machine: a new event
    typed where a partner's copy of canvass 1 had been was taken for that copy moved, and left
    out of the calendar)."""
    shared = len(old & new)
    numbers = [frozenset(w for w in words if any(c.isdigit() for c in w)) for words in (old, new)]
    return bool(old) and shared >= min(2, len(old)) and 3 * shared >= 2 * len(old) and \
        not (numbers[0] and numbers[1] and not numbers[0] & numbers[1])


#: people a part names ("Firefighters at the fair") that an event may honour instead, when one
#: of :data:`_HONOURED` follows: "911 Dispatcher Appreciation Lunch" is the dispatchers' event (so
#: is a department's unit named so: "Telecommunicator Appreciation Lunch")
_ROLES = frozenset("dispatcher dispatchers firefighter firefighters officer officers ranger rangers deputies "
                   "paramedics navigator navigators crew".split())
_HONOURED = re.compile(r"\s+(?:appreciation|recognition|awards?|honou?rs?|banquet|graduation|memorial|"
                       r"ceremony|pinning|promotion|retirement|swearing|week|of the (?:year|month|quarter))\b", re.I)


@lru_cache(maxsize=1 << 16)     # issue 17: asked of every row's title when sorting rows
def title_part(folded: str) -> str:
    """The clue that a title names a partner's own part: a unit ("truck 26") or a thing it
    brings or does ("tent", "drop by"); ``""`` if none. People an event honours are no part
    ("911 Dispatcher Appreciation Lunch", "Firefighter Recognition Dinner": :data:`_HONOURED`)."""
    found = _UNIT.search(folded) or next((m for m in _PART.finditer(folded)
                                          if (m.group(0) not in _ROLES or not _HONOURED.match(folded, m.end()))
                                          and not _PROGRAMME_AFTER.match(folded, m.end())
                                          and not (m.group(0) in ("pop up", "popup")
                                                   and (_CLASS_TITLE.search(folded)
                                                        or _ACTIVITY_TITLE.search(folded)))), None)
    return found.group(0) if found else ""


#: "with" or "w/" and the (at most eight) words after it that may name the people a programme is
#: with (:meth:`Normaliser.with_people`); group 1 is the words
_WITH_PEOPLE = re.compile(r"(?<![\w/])(?:with\b|w/)\s*((?:[\w'’.&-]+\s+){0,7}[\w'’.&-]+)", re.I)
#: people a programme may be "with", folded (a department's unit patterns name more)
_PEOPLE = _ROLES | frozenset("""deputy paramedic crews cop cops sheriff medic medics emts emt volunteers
    responders counselors troopers""".split())
#: what a title names when the row is a class of its own ("Pop-Up Fitness: ZUMBA with Darrelyn",
#: "Story Time", "CPR class"), unless it also names an event that hosts others (:data:`_HOSTING`)
_CLASS_TITLE = re.compile(r"\b(?:" + _CLASS_WORDS + r"|fitness|yoga|zumba|jazzercise|tai chi|qigong|quigong|"
                          r"pilates|aerobics|workouts?|exercise|boot ?camp|storytime|dance|lessons?|practice|"
                          r"cpr|rcp|first aid|primeros auxilios|aed|stop the bleed|narcan|self ?defen[cs]e|"
                          r"(?:story|toddler|tots?|craft|play|music|baby|lap|preschool) ?time|"
                          # a sport's clinic teaches it ("Junior Tennis Clinic"; a legal or vaccine
                          # clinic is a service, no class)
                          r"(?:tennis|basketball|soccer|baseball|softball|volleyball|football|lacrosse|golf|"
                          r"pickleball|swim|skate|track|wrestling|hockey|dribblers?) clinic)\b")
#: … or an activity open to all that comes ("Neighborhood watch walk", "Teen Open Gym", "Holiday
#: Skate Night", "Senior Bingo Night"): :func:`title_kind`
_ACTIVITY_TITLE = re.compile(r"\b(?:hike|walk|stroll|run club|bingo|crafts?|open gym|pickleball|kayak(?:ing)?|leagues?|"
                             r"canoe(?:ing)?|paddl(?:e|ing)|skat(?:e|ing)|swim(?:ming)?|knitting|chess|trivia|"
                             r"karaoke)\b")
#: an event that hosts others' parts: a festival, fair, open house, party, National Night Out,
#: tournament … (v33: "Chess Tournament", "Pickleball Tournament" are events, not classes)
_HOSTING = re.compile(r"\b(?:festival|fest|fair|expo|open house|party|night out|nno|celebration|carnival|"
                      r"picnic|cookout|bash|kick ?off|fling|lighting|parade|market|jamboree|rodeo|gala|"
                      r"fiesta|block party|tournament|tourney|championships?|meet|derby|regatta|races?|5k|"
                      r"graduation|ceremony|banquet|reception)\b")
#: "… Day", an event that hosts others ("Kids Safety Day") unless the title names an activity:
#: "Valentine's Day Zumba", "Earth Day Yoga", "Lifeguard Training - Day 1" are classes (v33)
_HOSTING_DAY = re.compile(r"\bday\b")


#: a word naming a programme of its own after a part word, which then only describes it ("Parent
#: Support Group", "Table Tennis League", "Family Tent Camping 101", "Teen Drop In Night",
#: "Police Officers Softball Game" — a fresh verifier's false merges: each had joined another
#: department's event in the same building as its part; "Drop-in Fitness: Run Club", v29)
#: a department's own training or test after its people's word ("Firefighter swim test", "Officer
#: training": v38 CC14), which names its programme, not its part of another event
_OWN_TRAINING = (r"(?:swim |fitness |physical |written |agility )?(?:tests?|testing|exams?|physicals?|"
                 r"trainings?|drills?|academy|certification|recruitment|hiring)\b")
_OWN_TRAINING_AFTER = re.compile(r"\s+" + _OWN_TRAINING)
_PROGRAMME_AFTER = re.compile(r"\s+(?:groups?|circles?|leagues?|clubs?|tennis|camping|nights?|series|network|"
                              r"services|programs?|programmes?|fitness|yoga|zumba|workouts?|exercise|boot ?camp|"
                              + _OWN_TRAINING + "|"
                              + _EVENT_NOUNS + r")\b")


#: how staff shorten the words of coverage work ("Traffic ctrl", "Crowd mgmt", "TCP"); not "Sec."
#: or "Det.", which as often mean a section ("Swim Lessons - Sec. 2", "Sec. 8 Voucher Info Night")
#: or a detective ("Coffee with Det. Rivera"), nor "barriers" ("Breaking Barriers: Youth Summit")
_COVERAGE_SHORT = {"ctrl": "control", "cntrl": "control", "cntl": "control", "ctl": "control", "mgmt": "management",
                   "mgt": "management", "tcp": "traffic control post", "enf": "enforcement", "enfc": "enforcement",
                   "barricade": "barricades", "barricading": "barricades"}
#: the words of coverage work a typo is matched to (:func:`_coverage_spelling`); not "staffing",
#: "deployment" or "perimeter", a letter or two from "stuffing", "employment" and "parameter"
_COVERAGE_SPELLED = ("security", "patrol", "patrolling", "coverage", "detail", "details", "traffic", "control",
                     "management", "overtime", "escort", "standby", "barricades", "enforcement")


@lru_cache(maxsize=1 << 14)
def _coverage_spelling(word: str) -> str:
    """A folded title word as the coverage vocabulary spells it: a shortening
    (:data:`_COVERAGE_SHORT`) or, for a word of six letters or more, a typo within one or two
    letters of one of :data:`_COVERAGE_SPELLED` ("trafic", "securty", "contorl" by rapidfuzz's
    ratio ≥ 88); other words as they are."""
    if word in _COVERAGE_SHORT:
        return _COVERAGE_SHORT[word]
    if len(word) < 6 or word in _COVERAGE_SPELLED:
        return word
    found = process.extractOne(word, _COVERAGE_SPELLED, scorer=fuzz.ratio, score_cutoff=88)
    return found[0] if found else word


@lru_cache(maxsize=1 << 16)
def coverage_word(title: str) -> str:
    """The word by which a title as typed names coverage work around an event ("concert
    security detail", "traffic control", "EMS standby", "Police shift", "Officers on site",
    "Fireworks OT", "Detail - Turkey Trot"); ``""`` if none, or if the word only describes an
    event named after it in the same part of the title ("Night Shift Appreciation Dinner",
    "Security Guard Job Fair", "Standby Generator Workshop": :data:`_EVENT_NOUN` after the
    word, which no department, role or overtime word just before it makes a staffing phrase
    — "EMS Standby Football Game", "Police Presence Homecoming Parade", "OT Detail Jazz Fest"
    name coverage, "Fire Watch Training" does not — with no separator — ``-``, ``:``, ``|``,
    ``(``, ``/``, ``@``, "for", "at", "during" — between them), or if the title names who it is
    for ("Cyber Security for Seniors": :data:`_FOR_AUDIENCE`), or a class follows the word in
    its part of the title ("EMS Standby Procedures Workshop": :data:`_CLASS_NOUN`)."""
    if _FOR_AUDIENCE.search(fold(title)):
        return ""
    for segment in _SEGMENTS.split(title):
        folded = " ".join(_coverage_spelling(w) for w in fold(segment).split())
        found = _COVERAGE.search(folded)
        if found and not _CLASS_NOUN.search(folded, found.end()) and (
                not _EVENT_NOUN.search(folded, found.end()) or found.group(0) in ("ot", "overtime")
                or _STAFFED.search(folded[:found.start()])):
            return found.group(0)
    return ""


#: a place booked, then what for: "Shelter reservation - National Night Out", "Pavilion rental (NNO
#: party)", "Shelter reserved for National Night Out"; the place word then the booking word
_BOOKED_FOR = re.compile(r"^\s*(?:[\w'.]+\s+){0,3}?(?:shelter|pavilion|park|field|room|facility|gym|space|venue|court|"
                         r"hall|site|area)s?\s+(?:reservations?|rentals?|bookings?|reserved|rented|booked|hold|permit)"
                         r"\s*(?:[-:(|\u2013\u2014]|\bfor\b)\s*(?:the\s+)?(.+?)\s*\)?\s*$", re.I)


@lru_cache(maxsize=1 << 12)
def booked_for(title: str) -> str:
    """What a booking row says its place is held for, folded: ``"Shelter reservation - National
    Night Out"`` → ``"national night out"``; ``""`` for a title that is not a booking of a place
    for something named after a separator or "for" ("Shelter Reservations Open for 2027" names
    a year, no event, and is read as it is by :func:`sheets_sync.merge.lead_classes`, which
    asks whether the rest names another row's event)."""
    found = _BOOKED_FOR.match(title)
    return fold(found.group(1)) if found else ""


def features(row: EventRow, norm: Normaliser, gazetteer: Gazetteer | None = None) -> Features:
    """One row's :class:`Features` (``norm``: a :class:`Normaliser` built from the config;
    ``gazetteer``: venue↔address pairs of this sync, to complete a half-given place)."""
    titles, words, numbers, place, part, raw, cover, named_place = norm.texts(row.title, row.title_es, row.location,
                                                                             row.address)
    whom, named, kind, caps, folded, part_of, part_area, spanish, glossed = norm.title_facts(row.title)
    with_part, part = bool(whom), part or whom     # "Popsicles with Police": Police's part (v30 X2)
    if gazetteer is not None:
        place = gazetteer.complete(place)
    day = row.start.date() if isinstance(row.start, datetime) else row.start
    public = setup = None
    if row.description and not row.all_day:
        public = _public_start(row, _minutes(day))
        setup = _public_start(row, _minutes(day), _SETUP_IN_TEXT)
    about = raw | norm.text_words(row.description) if row.description else raw
    departments_named = norm.department_words(words[0])
    if not spanish and _spanish_said(row):
        spanish, glossed = True, norm.coverage(row.title) >= 0.5
    start, end = _minutes(row.start), _minutes(row.end)
    if row.said_hours:          # "evening", "10ish": all day, at those hours for matching
        start, end = start + row.said_hours[0], start + row.said_hours[1]
    return Features(titles, words, numbers, row.event_id.strip().lower(), place, start,
                    end, row.all_day, day, spanish, part, public, raw, about,
                    glossed, setup, cover, named, with_part, *kind, caps, folded, *norm.kinds(titles),
                    departments_named, part_of, part_area,
                    tuple(tuple(fold(m.group(1)).split()) for m in _DISOWN.finditer(row.description))
                    if row.description else (), named_place, *_copy_notes(row),
                    tuple((d, frozenset(norm.text_words(w)), said) for d, w, said in row.named_hosts)
                    if row.named_hosts else (),
                    bare_title(words[0], frozenset(w for w, _ in departments_named)
                               if departments_named else _NO_WORDS))


_NO_WORDS: frozenset = frozenset()


def _copy_notes(row: EventRow) -> tuple[bool, bool]:
    """``(copied, distinct)``: the row's Internal Notes or Description say it is a copy of
    another row (:data:`_COPY_NOTE`), or that it is none (:data:`_NOT_A_COPY`)."""
    notes = f"{row.internal_notes}\n{row.description}" if row.internal_notes and row.description else \
        row.internal_notes or row.description
    if not notes:
        return False, False
    return bool(_COPY_NOTE.search(notes)), bool(_NOT_A_COPY.search(notes))


#: a note saying the row is a copy of another one typed in its tab: "dup? Kim entered too",
#: "duplicate of row 8", "double entry", "entered twice", "also entered by Parks" (v47)
#: a note saying the row is no copy of a row like it: "not a duplicate - second group" (a
#: README-only check: one department's teens' session merged into its first)
_NOT_A_COPY = re.compile(r"\b(?:not|isn't|is not|no)\s+(?:a\s+)?(?:dup(?:e|licate)?|double(?:\s+entry)?|copy)\b|"
                         r"\bseparate (?:event|session|group|class|program)\b", re.I)
_COPY_NOTE = re.compile(r"(?<!not )(?<!not a )(?<!no )(?<!isn't a )\b(?:dup(?:e|licate[sd]?)?\b|double[- ]?"
                        r"(?:entry|entered)|entered twice|(?:also|already) (?:entered|logged|added)\b)|"
                        r"\bentered (?:it )?too\b", re.I)


#: words that may stand beside an event's name after "not part of" and name no other thing
_DISOWNED_FILLER = frozenset("a an the our their its this that of with event events program programs "
                             "programme activity activities session".split())
#: words after an event's name that end it ("not part of the Winter Lantern Walk this year",
#: "... at Riverside Park", "... and the toy drive"), where a noun would go on naming a thing
#: of that event ("the Winter Fest raffle")
_DISOWNED_ENDS = frozenset("at on in this that and or but for because as since we they it which who where "
                           "when so next last nearby today tonight tomorrow year also held is are was were "
                           "will by near across from to here there each every all".split())


def disowns_the_other(a: Features, b: Features) -> bool:
    """One row's description says it is no part of the other row's event (:data:`_DISOWN`):
    the words saying what it is no part of hold most of the other title's words (two or more),
    and what follows them ends the name — "not part of Coffee with a Cop", "independent of
    DPD's Coffee with a Cop", "separate from the Winter Lantern Walk this year", not "not part
    of the Police-run Winter Fest raffle" beside Winter Fest (the raffle is named, not the fest)."""
    for x, y in ((a, b), (b, a)):
        if not x.disowns:
            continue
        target = {w for w in y.raw_words if len(w) > 2 and w not in GENERIC_TITLE_WORDS} or set(y.raw_words)
        for named in x.disowns:
            found = target.intersection(named)
            if found and len(found) >= min(2, len(target)) and len(found) >= 0.6 * len(target):
                last = max(k for k, w in enumerate(named) if w in found)
                # (words before the name may say whose it is: "Independent of DPD's Coffee with a
                # Cop"; after it, only words ending the name: "... this year", "... at the park")
                after = [w for w in named[last + 1:] if w not in _DISOWNED_FILLER and w not in y.raw_words]
                if not after or after[0] in _DISOWNED_ENDS or after[0][0].isdigit():
                    return True
    return False


@slot_init           # issue 17, p17ae: one per candidate pair (200,000 at 100k rows)
@dataclass(frozen=True, slots=True)
class PairScore:
    """A candidate pair's verdict: ``outcome`` is ``merge``, ``apart`` or ``review``;
    ``score`` in [0, 1] (the match weight as a probability, for ranking); ``matched`` lists the
    field findings shown to staff, each with its weight; ``reason`` names what decided."""
    outcome: str
    score: float
    matched: tuple[str, ...]
    reason: str = ""
    weight: float = 0.0


def hours_said(f: Features) -> bool:
    """``f`` is an all-day row's whose Start Time named a part of the day or an hour about so
    ("evening", "10ish"): its start and end are those hours (``EventRow.said_hours``), not a day."""
    return f.all_day and f.end - f.start < 1440


def compare_times(a: Features, b: Features, tolerance: float) -> tuple[str, float, float]:
    """``(kind, similarity 0–1, start difference in minutes)``. Kinds: ``same times``,
    ``close``, ``inside``, ``set-up time``, ``overlap``, ``disjoint``, ``same day``,
    ``all-day vs timed``, ``within the hours said`` (an all-day row whose Start Time named a
    part of the day, "evening", or an hour about so, "10ish", against a timed row meeting
    those hours; one missing them is ``disjoint``)."""
    if a.all_day and b.all_day:
        if (a.start, a.end) == (b.start, b.end):
            return "same times", 1.0, 0.0
        if a.start < b.end and b.start < a.end:
            return "same day", 0.8, 0.0
        return "disjoint", 0.0, abs(a.start - b.start)
    if a.all_day != b.all_day:
        day, timed = (a, b) if a.all_day else (b, a)
        if hours_said(day):
            met = day.start < timed.end and timed.start < day.end
            return ("within the hours said" if met else "disjoint"), (0.7 if met else 0.0), 0.0
        inside = day.start <= timed.start < day.end
        return ("all-day vs timed" if inside else "disjoint"), (0.5 if inside else 0.0), 0.0
    diff = abs(a.start - b.start)
    if diff <= 15 and abs(a.end - b.end) <= 15:
        return "same times", 1.0, diff
    early, late = (a, b) if a.start < b.start else (b, a)
    if (early.public_start is not None and abs(early.public_start - late.start) <= 15 and late.start < early.end) or (
            late.setup_start is not None and abs(late.setup_start - early.start) <= 15
            and late.start - 30 <= early.end <= late.end):
        return "set-up time", 0.8, diff      # "doors open at 9:00" on the crew's row, or "set up from 6:30" on the host's
    if min(a.end, b.end) <= max(a.start, b.start):
        if abs(early.end - late.start) <= 15 and (_crew_for(early, late, _SETUP_TITLE)
                                                   or _crew_for(late, early, _TEARDOWN_TITLE)):
            return "set-up time", 0.8, diff   # "Gym setup for Youth Safety Day" 8–11, the day 11–3
        return "disjoint", 0.0, diff          # back to back (5:00–5:45, 5:45–6:30): two sessions
    if diff <= tolerance:
        return "close", 1 - diff / (2 * tolerance) if tolerance else 1.0, diff
    slack = 15
    if (a.start <= b.start and b.end <= a.end + slack) or (b.start <= a.start and a.end <= b.end + slack):
        return "inside", 0.6, diff
    if min(a.end, b.end) > max(a.start, b.start):
        return "overlap", 0.3, diff
    return "disjoint", 0.0, diff


#: a title naming the set-up of an event ("Gym setup for Youth Safety Day", "Safety Day - field set-up")
_SETUP_TITLE = re.compile(r"\b(?:set ?up|setting up|load ?in)\b")
#: … or its tear-down after it ("Atrium teardown - Iftar", "Pavilion take-down - NNO"); not a cleanup,
#: which is an event of its own
_TEARDOWN_TITLE = re.compile(r"\b(?:tear ?down|tearing down|take ?down|break ?down|load ?out|strike)\b")


def _crew_for(crew: Features, event: Features, work: re.Pattern) -> bool:
    """``crew``'s title names the set-up or tear-down work ``work`` matches and names ``event``:
    two or more, and at least half, of the event title's words of three letters or more, or a
    word of four letters or more not common in titles ("Atrium teardown - Iftar" and "Community
    Iftar Dinner", v40 A13). A department's set-up crew just before another's event, or its
    tear-down crew just after, is its part of that event (v38 CC6, CC15; "Youth Safety Day" is
    all words common in titles, so none is left out of the first count)."""
    if not work.search(crew.folded):
        return False
    target = {w for w in event.words[0] if len(w) > 2}
    found = target & crew.words[0]
    return (len(found) >= 2 and len(found) >= 0.5 * len(target)) or \
        any(len(w) > 3 and w not in GENERIC_TITLE_WORDS for w in found)


def _squash(text: str) -> str:
    return text.replace(" ", "")


_YEAR = re.compile(r"(?:19|20)\d\d")


def _numbers_differ(nx: frozenset, ny: frozenset) -> bool:
    """Two titles' numbers (:meth:`Normaliser.words`) name different things: both name plain
    numbers and neither's are all in the other's ("10u" / "12u"; not "5k" / "5k 1": "Heroes 5K -
    traffic control" covers "Heroes 5K and 1-Mile Walk", a fresh city's check), or both name one
    unit with different numbers ("beat#3" / "beat#5"); a unit's number against a plain one
    ("medic#3" / "5k") does not."""
    if not (nx and ny):
        return False
    # (a year is no number of the event's own: a row copied from last year's sheet keeps "2026"
    # in its title, "Egg Hunt - Campus Hills Park 2026" beside a partner's "… 2027", a fresh
    # city's check; the rows' dates say the year)
    px, py = ({n for n in ns if "#" not in n and not _YEAR.fullmatch(n)} for ns in (nx, ny))
    if px and py and not (px <= py or py <= px):
        return True
    ux: dict[str, set[str]] = {}
    for n in nx - px:
        ux.setdefault(n.split("#")[0], set()).add(n)
    uy: dict[str, set[str]] = {}
    for n in ny - py:
        uy.setdefault(n.split("#")[0], set()).add(n)
    return any(ux[k] != uy[k] for k in ux.keys() & uy.keys())


def compare_titles(a: Features, b: Features) -> tuple[float, str]:
    """``(similarity 0–100, note)`` of two rows' normalised title variants (best pair).

    rapidfuzz ``token_sort_ratio`` (word order ignored; also compared with spaces removed, so
    "OutdoorField" = "Outdoor Field"), or ``token_set_ratio`` when the words of one title (two
    or more) are all in the other ("Pet Expo" / "Adoptable Dogs at the Pet Expo"). Titles
    naming different numbers ("10U" / "12U", "Session 1" / "Session 2") score 0.
    """
    found: list[tuple[float, str]] = []
    for x, wx, nx in zip(a.titles, a.words, a.numbers):
        for y, wy, ny in zip(b.titles, b.words, b.numbers):
            if _numbers_differ(nx, ny):
                shown = lambda n: " ".join(sorted(w.replace("#", " ") for w in n))  # noqa: E731
                score, why = 0.0, f"titles name different numbers ({shown(nx)} / {shown(ny)})"
            elif min(len(wx), len(wy)) >= 2 and (wx <= wy or wy <= wx):
                score, why = fuzz.token_set_ratio(x, y), "one title inside the other" if wx != wy else ""
            else:
                score = max(fuzz.token_sort_ratio(x, y), fuzz.ratio(_squash(x), _squash(y)))
                why = ""
            found.append((score, why))
    return max(found, key=lambda f: f[0])


def one_tab(a: EventRow, b: EventRow) -> bool:
    """Two rows one department typed in its tab: the same tab and, in a tab shared by several
    departments (one that names none: "Public Safety" holding Police's and Fire's rows, told
    apart by Lead Department), the same lead. A fresh city's check: Police's "Spring Safety
    Fair" and Fire's "Engine 7 visit" in a shared tab were kept apart as one department's."""
    return a.source.tab == b.source.tab and (a.department or a.lead) == (b.department or b.lead)


def compare_departments(a: EventRow, b: EventRow) -> str:
    if one_tab(a, b):
        return "same department"
    if (b.department and b.department in a.departments) or (a.department and a.department in b.departments):
        return "names the other"
    return "different departments"


class _RecentDays(dict):
    """A dict that keeps the ``size`` most recently added days (the oldest one goes first)."""

    def __init__(self, size: int = 32):
        super().__init__()
        self.size = size

    def __setitem__(self, day, value) -> None:
        if len(self) >= self.size and day not in self:
            del self[next(iter(self))]
        super().__setitem__(day, value)


class DayContext:
    """Term frequencies of one sync's rows, per day, built lazily for the days asked about: how
    many distinct places use a title word (:meth:`common`), how many rows name words in their
    title or venue (:meth:`rows_naming`), and how many house numbers a street has
    (:meth:`numbers_on`). So title agreement on a word every block party uses counts little,
    and a neighbourhood or street named by one row only counts much."""

    def __init__(self, feats):
        self.feats = feats
        self.by_day: dict[date, list[int]] = {}
        for i, f in enumerate(feats):
            self.by_day.setdefault(f.day, []).append(i)
        # issue 17: the tables of the last few days asked about (blocking asks day by day;
        # a day asked again is rebuilt, with the same counts), not of every day of the sheet
        self._places: dict[date, dict] = _RecentDays()
        self._naming: dict[date, dict] = _RecentDays()
        self._streets: dict[date, dict] = _RecentDays()
        self._bookings: dict[date, dict] = _RecentDays()
        self._titles: dict[tuple, tuple[float, str]] = {}
        self._compared: dict[tuple[int, int], tuple[Place, Place, tuple[str, float]]] = {}
        self._areas: dict[tuple, int] = {}

    def titles(self, a: Features, b: Features) -> tuple[float, str]:
        """:func:`compare_titles` of two rows, kept for their pair of titles (issue 17: a
        city's titles repeat, so most candidate pairs compare two titles compared before;
        the result depends on the normalised titles and their numbers alone: a title left
        without its place's words keeps its numbers, :meth:`Normaliser.texts`). At most 65,536
        are kept."""
        key = (a.titles, a.numbers, b.titles, b.numbers)
        out = self._titles.get(key)
        if out is None:
            if len(self._titles) >= 1 << 16:
                self._titles.clear()
            out = self._titles[key] = compare_titles(a, b)
        return out

    def places(self, a: Place, b: Place) -> tuple[str, float]:
        """:func:`~sheets_sync.places.compare_places` of two places, kept for the pair (issue
        17: a city's places repeat, so most candidate pairs compare two places compared
        before; most share the very objects, :meth:`Normaliser.place`). Kept by the places'
        identities, with the places themselves (so no identity is reused while it is kept); at
        most 65,536 pairs."""
        key = (id(a), id(b))
        kept = self._compared.get(key)
        if kept is None:
            if len(self._compared) >= 1 << 16:
                self._compared.clear()
            kept = self._compared[key] = (a, b, compare_places(a, b))
        return kept[2]

    def _day_places(self, day: date) -> dict:
        out = self._places.get(day)
        if out is None:
            out = self._places[day] = {}
            for i in self.by_day.get(day, ()):
                f = self.feats[i]
                where = f.place.address_key or f.place.venue
                if not where:
                    continue              # a row with no place tells nothing about how many places
                for w in f.words[0]:
                    if len(w) > 2:
                        out.setdefault(w, set()).add(where)
        return out

    def common(self, day: date, words: frozenset) -> bool:
        """Every one of ``words`` is in the titles of rows at three places or more that day."""
        if not words:
            return False
        places = self._places.get(day)
        if places is None:
            places = self._day_places(day)
        for w in words:             # (a loop, not min() over a generator: issue 17, asked per pair)
            if len(places.get(w, ())) < 3:
                return False
        return True

    def _rows_with(self, day: date, words: frozenset) -> set[int]:
        """The rows that day whose title or venue holds every one of ``words``."""
        naming = self._naming.get(day)
        if naming is None:
            naming = self._naming[day] = {}
            for i in self.by_day.get(day, ()):
                f = self.feats[i]
                for named in (f.raw_words, venue_words(f.place.venue)):
                    for w in named:
                        naming.setdefault(w, set()).add(i)
        sets = [naming.get(w, set()) for w in words]
        return set.intersection(*sets) if sets else set()

    def rows_naming(self, day: date, words: frozenset, at: Place | None = None) -> int:
        """How many rows that day name ``words`` in their title or venue; the rows at the
        address of ``at`` count as one (Parks' "Apple Tasting" at "Farmers' Market, 401 N
        Morton" is at the market, not another place of that name: Bloomington, 2017-10-07)."""
        rows = self._rows_with(day, words)
        key = at.address_key if at is not None else ""
        if not key:
            return len(rows)
        there = sum(1 for i in rows if self.feats[i].place.address_key == key)
        return len(rows) - there + (1 if there else 0)

    def hosts_naming(self, day: date, words: frozenset) -> int:
        """How many rows that day name ``words`` (:meth:`rows_naming`) as their own title, not
        as the event they say they are at (:func:`at_words`)."""
        return sum(1 for i in self._rows_with(day, words) if not words <= at_words(self.feats[i]))

    def places_naming(self, day: date, words: frozenset) -> int:
        """How many rows that day are at a place whose name or room holds every one of
        ``words`` (:func:`area_words`)."""
        key = (day, words)
        out = self._areas.get(key)
        if out is None:
            out = self._areas[key] = sum(1 for i in self.by_day.get(day, ()) if words <= area_words(self.feats[i]))
        return out

    def numbers_on(self, day: date, street: str) -> int:
        streets = self._streets.get(day)
        if streets is None:
            streets = self._streets[day] = {}
            for i in self.by_day.get(day, ()):
                p = self.feats[i].place
                if p.number and p.street:      # 300 N Elm and 300 S Elm are two addresses on Elm
                    streets.setdefault(_street_name(p.street), set()).add((p.number, p.direction))
        return len(streets.get(street, ()))

    def places_on_streets(self, day: date, names: frozenset, words: frozenset | None = None) -> int:
        """How many places that day are on a street of ``names`` (:func:`street_names`) —
        holding a row whose title has one of ``words``, when given. Memoised per arguments."""
        key = ("streets", day, names, words)
        out = self._areas.get(key)
        if out is None:
            out = self._areas[key] = len({f.place.booking_key for f in (self.feats[i] for i in self.by_day.get(day, ()))
                                          if names & street_names(f.place) and (words is None or words & f.words[0])})
        return out

    def bookings(self, day: date, place: Place, hours: tuple[float, float] | None = None) -> int:
        """How many different bookings ``place`` (address or venue, and room) holds on ``day``:
        the most rows there whose hours do not overlap one another (greedy interval scheduling,
        earliest end first), leaving out rows whose hours lie inside another row's there and
        whose title names a partner's own part (a visit to the host's event, :func:`_outermost`;
        an all-day row there holds the whole day, so a visit inside it is left out too). 1 for a place used once or by one set of
        overlapping hours. (Two
        events one tab logs there at overlapping hours are not counted: a city calendar lists
        one outing as two programmes of its own, as Bloomington's does.) ``hours``: ``(start,
        end)`` minutes, only the bookings meeting them (the hours an "evening" row stands for,
        :attr:`EventRow.said_hours`: the AM class beside a "morning" row, not the PM one, v56)."""
        slots = self._bookings.get(day)
        if slots is None:
            slots = self._bookings[day] = {}
            by_place: dict[str, list[tuple[float, float]]] = {}
            for i in self.by_day.get(day, ()):
                f = self.feats[i]
                key = f.place.booking_key
                if key:     # an all-day row holds the whole day: never a booking beside a timed one
                    by_place.setdefault(key, []).append((f.end, f.start, bool(f.part) and not f.all_day))
            for key, spans in by_place.items():
                ordered = sorted(_outermost(spans))
                slots[key] = (_booked(ordered), ordered)
        found = slots.get(place.booking_key)
        if found is None:
            return 1
        return found[0] if hours is None else max(_booked(found[1], hours), 1)


def _booked(spans: Sequence[tuple[float, float]], hours: tuple[float, float] | None = None) -> int:
    """How many of ``spans`` (``(end, start)`` minutes, earliest end first) do not overlap one
    another (greedy interval scheduling), among those meeting ``hours`` when given."""
    count, free = 0, float("-inf")
    for end, start in spans:
        if start >= free and (hours is None or (start < hours[1] and hours[0] < end)):
            count, free = count + 1, end
    return count


def _outermost(spans: Sequence[tuple[float, float, bool]]) -> list[tuple[float, float]]:
    """The ``(end, start, visit)`` spans (minutes; ``visit``: the row's title names a partner's
    own part, :func:`title_part`) as ``(end, start)``, leaving out each visit lying inside
    another span: a partner's visit during a host's hours (a K9 demo at noon, a CERT booth at
    one, inside a 10–2 safety day) is part of that booking, not a booking of its own. Two
    bookings of one field under booking titles stay two."""
    out, reach = [], float("-inf")
    for start, minus_end, visit in sorted((start, -end, visit) for end, start, visit in spans):
        if -minus_end <= reach and visit:     # inside the span reaching furthest among those starting earlier
            continue
        out.append((-minus_end, start))
        reach = max(reach, -minus_end)
    return out


def day_context(feats) -> DayContext:
    """:class:`DayContext` of a list of :class:`Features`."""
    return DayContext(feats)


def _street_name(street: str) -> str:
    words = street.split()
    return " ".join(words[:-1]) if len(words) > 1 else street


@lru_cache(maxsize=1 << 14)
def street_names(place: Place) -> frozenset:
    """The names of the streets a place is on, one word each, folded: its street's last word
    before the street type ("1200 hillcrest dr" → ``{"hillcrest"}``) and the streets of a
    corner (``{"maple", "3rd"}``)."""
    names = set(place.crossing)
    if place.street:
        named = _street_name(place.street).split()
        names.add(named[-1])
    return frozenset(names - _STREET_WORDS)


_STREET_IN_TITLE = re.compile(r"\b([a-z0-9][a-z0-9'.-]*) (st|street|ave|avenue|rd|road|blvd|dr|drive|ln|lane|"
                              r"way|pkwy|hwy|ct|pl)\b")


#: a street a title names with no street type: a block of it ("NNO visit - 1200 block W. 9th"),
#: or a corner with a numbered street ("NNO - Madison & 7th block party"; v56, two NNO visits
#: whose parties were typed so never joined them)
_BLOCK_IN_TITLE = re.compile(r"\b\d{2,5} (?:block|blk)\.? (?:of )?(?:[nsew]\.? )?([a-z0-9][a-z0-9']*)")
_CORNER_IN_TITLE = re.compile(r"\b([a-z][a-z']+|\d+(?:st|nd|rd|th)) ?(?:&|and|/|@) ?"
                              r"(\d+(?:st|nd|rd|th)|[a-z][a-z']+)\b")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


@lru_cache(maxsize=1 << 14)
def title_streets(folded: str) -> frozenset:
    """The streets a folded title names, one word each: the word before a street type
    ("engine 9 visit maple st block party" → ``{"maple"}``), the street of a block
    (:data:`_BLOCK_IN_TITLE`: "1200 block w 9th" → ``{"9th"}``), the two of a corner naming a
    numbered street (:data:`_CORNER_IN_TITLE`: "madison & 7th" → ``{"madison", "7th"}``)."""
    named = set(title_street_types(folded))
    if "bl" in folded:
        named.update(street_word(m.group(1)) for m in _BLOCK_IN_TITLE.finditer(folded))
    for m in _CORNER_IN_TITLE.finditer(folded) if any(c.isdigit() for c in folded) else ():
        if _ORDINAL.fullmatch(m.group(1)) or _ORDINAL.fullmatch(m.group(2)):
            named.update(street_word(w) for w in m.groups())
    return frozenset(named)


@lru_cache(maxsize=1 << 14)
def title_street_types(folded: str) -> Mapping[str, str]:
    """:func:`title_streets` → each one's type as places write it (``{"2nd": "st"}`` for
    "engine 13 visit second st"; a number as its ordinal: "s 22 st" → ``{"22nd": "st"}``)."""
    return {street_word(m.group(1)): abbreviated_word(m.group(2)) for m in _STREET_IN_TITLE.finditer(folded)}


def _streets_named(fa: Features, fb: Features) -> frozenset | None:
    """For a row with no place beside one on streets (:func:`street_names`), when the first's
    title names streets (:func:`title_streets`): those of them the other's place is on (empty:
    it names other streets; "Engine 9 visit - Maple St block party" beside a party at Oak Ave &
    5th St; also beside a venue on no street the sheet gives). ``None`` when the title names no
    street, or the other's place is on none and has no venue either."""
    x, y = (fa, fb) if fb.place.blank else (fb, fa)
    if not y.place.blank or x.place.blank:
        return None
    named = title_streets(y.folded)
    if not (ours := street_names(x.place)):
        # a venue on no street the sheet gives: a title naming a street is likelier elsewhere
        # ("NNO visit - 1200 block W. 9th" beside "NNO Lakeview Park": a README-only check, merged)
        return frozenset() if named and x.place.venue and not named <= title_streets(x.folded) else None
    if x.place.street and (kind := x.place.street.split()[-1]) in _STREET_WORDS:
        # a street of the address's name but another type is another street ("Second St" is not
        # 2nd Ave, "Lincoln St" not Lincoln Ave: a helper's check); a corner's types are not kept
        types = title_street_types(y.folded)
        ours = frozenset(n for n in ours if types.get(n, kind) == kind)
    if not named or named & ours:       # ("Engine 9 visit - Tweed St NNO", the party at 1223 Tweed Street)
        return (named & ours) or None
    return None if named <= title_streets(x.folded) else frozenset()   # ("Main Street Festival" both)


def _street_level(fa: Features, fb: Features, streets: frozenset, ctx: DayContext) -> tuple[str, float] | None:
    """The place level of a row with no place whose title names streets, beside a row on
    streets (``streets``: :func:`_streets_named`, those of them the other's place is on, empty
    when it names others), or ``None`` to weigh the pair as other placeless rows are."""
    if not streets:                     # a visit naming another street: "… Maple St" at Oak Ave & 5th St
        return "no place, its title names another street", WEIGHTS["names another street"]
    on_them = ctx.places_on_streets(fa.day, streets)
    if on_them <= 1:
        # "Engine 9 visit - Maple St block party" with no place, the party at Maple St & 3rd Ave
        return (f"no place, the only event that day on the street its title names ({' & '.join(sorted(streets))})",
                WEIGHTS["the only event named"])
    said = (fa if fa.place.blank else fb).words[0] - streets - _STREET_WORDS   # (words every party uses too: "nno")
    naming = ctx.places_on_streets(fa.day, streets, said)
    if shared := (fa.words[0] & fb.words[0]) - streets - _STREET_WORDS:
        # several places on the street it names: the one, or one of the few, its title also
        # names ("Engine 9 visit - Tweed St NNO", the NNO beside a garden club on Tweed St; a
        # helper's check)
        only = naming <= 1
        return (f"no place, {'the only' if only else 'one'} of the events on the street its title names that "
                f"its title names ({' & '.join(sorted(streets | shared))})",
                WEIGHTS["the only event named" if only else "one of few events named"])
    if on_them <= _FEW_NAMED and not naming:
        # … or none of them: one of the few places on that street, which staff are asked about
        # (a helper's check: a visit "- Larimer Ave" beside two parties there joined neither, unasked)
        return (f"no place, one of the few places on the street its title names ({' & '.join(sorted(streets))})",
                WEIGHTS["one of few events named"])
    return None


def _place_level(fa: Features, fb: Features, kind: str, ctx: DayContext | None) -> tuple[str, float]:
    """The place level of a pair that is not kept apart, with its weight and a note."""
    if kind in ("same address", "same venue"):
        via = fa.place.via or fb.place.via
        if via in ("address from the sheet", "venue from the sheet"):
            label, weight = f"{kind} ({via})", WEIGHTS["completed from the sheet"]
        else:
            label, weight = kind, WEIGHTS[kind]
        return label, weight
    if kind == "same street":
        crossing = fa.place if fa.place.crossing else fb.place
        other = fb.place if crossing is fa.place else fa.place
        if ctx is None or ctx.numbers_on(fa.day, _street_name(other.street)) <= 1:
            return f"same street ({' & '.join(sorted(crossing.crossing))}), the only address on it that day", \
                WEIGHTS["same street"]
        if named := names_the_other(fa, fb, ctx):
            # "Truck 16 - Avenue of Hope block party" at Larimer Ave, the party at 200 Larimer Ave
            # beside another at 100 Larimer Ave (a fresh city's check: it joined neither)
            return f"same street ({' & '.join(sorted(crossing.crossing))}), {named}", WEIGHTS["same street"]
        return "same street, other addresses on it that day", WEIGHTS["same street, shared"]
    if kind == "both online":               # (no place: "online" named in another row's place says nothing)
        return kind, WEIGHTS[kind]
    for x, y in ((fa, fb), (fb, fa)):       # "Bungalow Heights get-together" / "Bungalow Heights Front Yard Jam"
        named = venue_words(x.place.venue)
        # (a title's words as places write them too: "Old North Durham NNO" names "Old North Durham
        # neighborhood", folded "old n durham": a third helper's check; "Fire Station 1" is not
        # "Fire Station 2")
        if named and (not (missing := named - y.raw_words - venue_words(y.place.venue))
                      or (missing <= ABBREVIATED_FORMS and missing <= {abbreviated_word(w) for w in y.raw_words})) and \
                frozenset(_DIGITS.findall(x.place.venue)) <= frozenset(
                    _DIGITS.findall(" ".join((*y.raw_words, y.place.venue)))) and (
                ctx is None or ctx.rows_naming(fa.day, named, y.place) <= 2):
            via = f" ({x.place.via})" if x.place.via else ""     # a venue learned from another row
            return f"venue {x.place.venue!r}{via} named in the other row", WEIGHTS["named in the title"]
    return kind, WEIGHTS.get(kind, 0.0)


def _named_apart(fa: Features, fb: Features) -> str:
    """The words by which two titles that are otherwise one name different departments: "Police
    Explorers Post Meeting" / "Fire Explorers Post Meeting", "Citizens Police Academy" /
    "Citizens Fire Academy", "911 Dispatcher Hiring Info Session" / "Police Officer Hiring Info
    Session" — each department's own programme (v34 D1–D4, L13: merged into false joint
    events). Not an event that hosts others ("Police NNO" / "Fire at NNO") nor a row naming
    the people it is "with". ``""`` if not."""
    if fa.hosting or fb.hosting or fa.with_part or fb.with_part or not fa.departments_named or \
            not fb.departments_named:
        return ""
    wa, wb = fa.words[0], fb.words[0]
    only_a, only_b = wa - wb - GENERIC_TITLE_WORDS, wb - wa - GENERIC_TITLE_WORDS    # ("… Meeting")
    words_a = {w for w, _ in fa.departments_named}
    words_b = {w for w, _ in fb.departments_named}
    if not only_a or not only_b or not only_a <= words_a or not only_b <= words_b or len(wa & wb) < 2:
        return ""
    named_a = {d for w, d in fa.departments_named if w in only_a}
    named_b = {d for w, d in fb.departments_named if w in only_b}
    if named_a.isdisjoint(named_b):
        return f"titles name different departments ({' '.join(sorted(only_a))} / {' '.join(sorted(only_b))})"
    return ""


def _title_level(title: float, note: str, fa: Features, fb: Features, time_kind: str, cross: bool,
                 ctx: DayContext | None, clues: bool = True, same_place: bool = False) -> tuple[str, float]:
    """The title level and weight; ``clues``: look for a partner's part and bilingual titles
    (skipped when even their floor could not lift the pair to a question); ``same_place``: the
    rows give one venue or address."""
    if note.startswith("titles name different numbers"):
        return note, WEIGHTS["different numbers"]
    if cross and (named := _named_apart(fa, fb)):
        return f"title {title:.0f} ({named})", WEIGHTS["different numbers"]
    band = 95 if title >= 95 else 85 if title >= 85 else 70 if title >= 70 else 50 if title >= 50 else 0
    if band == 50 and cross and (fa.programme or fb.programme) and \
            not (fa.words[0] & fb.words[0]) - GENERIC_TITLE_WORDS:
        band = 0    # a class alike only in letters and generic words ("Senior Bingo Night" and "Westside
        # National Night Out", v32); two events' titles may be so ("Family Fun Night", "Night Out for Families")
    elif band == 70 and not (fa.words[0] & fb.words[0]) - GENERIC_TITLE_WORDS and \
            _distinct_topics(fa.words[0], fb.words[0]):
        band = 0    # "Stop the Bleed Workshop" / "Budget Workshop": alike only in a generic word, each
        # naming a topic of its own (a README-only check: one joint event at one hall and hour)
    label = f"title {title:.0f}" + (f" ({note})" if note else "")
    weight = WEIGHTS[f"title ≥{band}"] if band else WEIGHTS["title <50"]
    if weight > WEIGHTS["common title"] and ctx is not None and (shared := _shared(fa, fb)) and \
            not any("#" in n for n in fa.numbers[0] & fb.numbers[0]) and ctx.common(fa.day, shared):
        # (not when both name one unit's number)
        label, weight = label + ", words used at several places that day", WEIGHTS["common title"]
    if not clues:
        return label, weight
    if cross and fa.spanish != fb.spanish and not (fa.glossed or fb.glossed) and fa.closed == fb.closed:
        # a Spanish title the glossary barely covers against an English one: the titles cannot
        # be compared, so they count neither way (+1 when two words look alike: cognates); not
        # a class against an event that is none ("Zumba en Español" / "Senior Safety Talk")
        cognates = _cognates(fa.words[0], fb.words[0])
        bonus = WEIGHTS["cognates"] if cognates >= 2 else 0.0
        if weight < WEIGHTS["bilingual"] + bonus:
            label, weight = label + ", Spanish and English titles" + (
                f" sharing {cognates} word stems" if bonus else ""), WEIGHTS["bilingual"] + bonus
    roles = cross and names_a_role(fa) and names_a_role(fb)
    bare = cross and weight < 0 and not (fa.all_day or fb.all_day) and (fa.bare or fb.bare) and not roles
    if roles:
        # two titles naming only roles name no event to agree on, however alike ("Tabling" and
        # "Tabling" at one park, two departments' own tables: a README-only check): asked at one
        # place and hour, never merged on the titles
        label, weight = label + ", both titles name only a role", WEIGHTS["roles only"]
    elif bare:
        # a title of role words names no event to disagree with: it says nothing either way,
        # as a missing value ("Presentation" by EM at the HOA clubhouse during Police's meeting
        # there, v61)
        label, weight = label + ", a title naming no event of its own", 0.0
    if cross and (_for_another(fa, fb) or _for_another(fb, fa) or _parts_of_two_events(fa, fb)):
        return label, weight    # a booth at another event is no part of this one
    if cross and weight < WEIGHTS["coverage"] and fa.words[0] != fb.words[0] and not roles:
        # two identical titles share every word: the title level has scored them already; a
        # shift around another department's role ("Standby" 6–9 around a "Presentation" 7–8 in a
        # room of the centre: a README-only check) covers no event
        covers = _covers(fa, fb, time_kind)
        if covers:
            return label + f", {covers}", WEIGHTS["coverage"]
    if cross and weight < WEIGHTS["own part"] and fa.words[0] != fb.words[0] and not roles:
        clue = _part_clue(fa, fb, time_kind) or names_the_other(fa, fb, ctx)
        if not clue and (time_kind == "inside" or time_kind == "close" and _lies_inside(fa, fb)) and \
                _short_inside(fa, fb):
            # (a 30-minute talk starting half an hour into a 2-hour meeting is "close" and inside:
            # "Quake ready mtg - when to call 911 talk" 10:30–11 at "Earthquake Ready Neighborhoods"
            # 10–12 in one room, v57)
            named = {w for w in fa.words[0] & fb.words[0] if len(w) > 3 and w not in GENERIC_TITLE_WORDS
                     and not (ctx is not None and ctx.common(fa.day, frozenset((w,))))}
            # (two programmes sharing one word are two: "Firefighter swim test" during "Lap Swim",
            # v38 CC14; "CPR class - Citizens Academy wk 2" names the academy in two)
            clue = f"a short slot inside the other's hours, both name {' '.join(sorted(named))}" if named and (
                len(named) >= 2 or not (fa.programme and fb.programme)) else ""
        if not clue and bare and (time_kind == "inside" or time_kind == "close" and _lies_inside(fa, fb)):
            # a role slot inside the hours of a meeting or of an event hosting others ("Presentation"
            # during Police's "Community mtg", "Tours" during 911's open house, v61); inside a class,
            # a league or a game it may be a programme of its own in another room ("Presentation"
            # for the PTO in the media centre during the gym's basketball league: a README-only
            # check), so it is asked
            inner, outer = (fa, fb) if (fa.end - fa.start) < (fb.end - fb.start) else (fb, fa)
            if names_a_role(inner) and (outer.hosting or outer.words[0] & _GATHERING_WORDS) and \
                    not outer.words[0] & _SPORTS_WORDS:
                clue = "a slot inside the hours of a meeting or an event hosting others, its title naming no event"
        if clue:
            return label + f", a partner's own part ({clue})", WEIGHTS["own part"]
    overlap = time_kind == "overlap" and same_place and not fa.kinds & TOPICAL
    if cross and weight < WEIGHTS["same kind"] and fa.kinds and fa.kinds == fb.kinds and \
            (time_kind not in ("overlap", "same day") or overlap):
        # "National Night Out" / "Block Party", "Riverfront Cleanup" / "Litter Pick-Up": one kind
        # of event named in two departments' words, at hours that agree or one inside the other
        # (not when one names a kind the other does not: "Shred Day & Drug Take Back" beside
        # "Drug Take Back" may be two events; nor a forum 6–8 and a listening session 7–10)
        # … unless, for a kind whose events are told apart by their topic (a meeting), each also
        # names something of its own the other does not ("Chief's Community Forum" / "Community
        # Conversation: Flood Buyout", v39 C14): then the kind says nothing
        own_a, own_b = (_own_words(fa), _own_words(fb)) if fa.kinds & TOPICAL else ((), ())
        kind = WEIGHTS["same kind"] if not (own_a and own_b) or own_a & own_b else weight
        # … and at one place at hours that only overlap, a question ("Drug Take Back Day" 9–1 and
        # "Prescription Disposal Day" 10–2 at Police headquarters: a fresh city's check, neither
        # merged nor asked; not a topical kind: a forum 6–8, a listening session 7–10)
        kind = min(kind, WEIGHTS["same kind, overlapping hours"]) if overlap else kind
        if weight < kind:
            label, weight = label + f", both name one kind of event ({', '.join(sorted(fa.kinds))})", kind
    return label, weight


#: words a title may hold that name what a department does there, or for whom, but no event
#: (:func:`bare_title`); not a class's ("CERT class" is one), nor the generic words that still
#: name an event ("Senior Safety Talk", "National Night Out")
_ROLE_WORDS = _ROLES | frozenset("""booth booths table tables tabling tent tents kiosk info information display
    demo demos demonstration presentation presentations talk talks speaker speakers guest visit visits tour
    tours support staffing standby presence outreach volunteer volunteers volunteering attend attending help
    assist assisting team staff escort escorts traffic detail details security patrol patrols coverage
    monitoring appearance giveaway handout handouts services resources""".split())
#: … and the few words every event may carry, which a bare title may hold too ("Community mtg")
_GENERIC_EVENT_WORDS = frozenset("community event events meeting public program programs city county department "
                                 "dept our their".split())
#: a game or a tournament hosts teams, not another department's talk (a README-only check: a
#: fire-safety "Presentation" noted "at the town hall" had joined the gym's basketball tournament)
_SPORTS_WORDS = frozenset("""tournament league game games match jamboree scrimmage meet basketball soccer football
    baseball softball volleyball hockey lacrosse tennis pickleball""".split())
#: what a meeting or a gathering a guest speaks at is called (:func:`_title_level`)
_GATHERING_WORDS = frozenset("""meeting mtg forum summit conference assembly luncheon lunch breakfast dinner banquet
    convention rally vigil town hall hoa association""".split())


def names_a_role(f: Features) -> bool:
    """``f``'s title is bare (:attr:`Features.bare`) and names a role, not only generic words:
    "Presentation", "Tabling", not "Community mtg"."""
    return f.bare and not f.words[0].isdisjoint(_ROLE_WORDS)


@lru_cache(maxsize=1 << 12)
def bare_title(words: frozenset, departments: frozenset = frozenset()) -> bool:
    """A title's words (:attr:`Features.words`) name no event of their own: each names a role or
    part (:data:`_ROLE_WORDS`: "Booth", "Tabling", "Presentation", "Event support", "Standby"),
    is one of the few words every event may carry (:data:`_GENERIC_EVENT_WORDS`: "Community
    mtg"), or names a department (``departments``: the words :meth:`Normaliser.department_words`
    found, "Police presence"). Staff who title a row so name the event only in its place or
    notes (v61, held out)."""
    return bool(words) and all(w in _ROLE_WORDS or w in _GENERIC_EVENT_WORDS or w in departments for w in words)


def _distinct_topics(a: frozenset, b: frozenset) -> bool:
    """Two titles' words each hold words of four letters or more, not generic, that the other
    lacks: each names a topic of its own ("stop bleed workshop" / "budget workshop"; not "safety
    fair" / "community safety fair", where one adds nothing of its own)."""
    def own(x: frozenset, y: frozenset) -> bool:
        return any(len(w) > 3 and w not in GENERIC_TITLE_WORDS and not w[0].isdigit() for w in x - y)
    return own(a, b) and own(b, a)


def _own_words(x: Features) -> frozenset:
    """A title's distinctive words beyond the kind of event it names: four letters or more, not
    generic, not a word of its kind's phrase, not naming a department."""
    departments = {named for named, _ in x.departments_named}
    return frozenset(w for w in x.words[0] if len(w) > 3 and w not in GENERIC_TITLE_WORDS and w not in x.kind_words
                     and w not in departments)


#: what cannot lie between a street number and its street in a title: "Engine 9 visit - Maple
#: St block party" names Engine 9 and Maple St, not 9 Visit Maple St
_ADDRESS_BREAK = re.compile(r"[-\u2013\u2014,;:|/()@&+]|\s(?:at|to|for|on|near)\s", re.I)


def title_address(title: str, part: str = "") -> Place | None:
    """The street address typed in a title (``"NNO drop-by 250 Proctor St"`` → 250 Proctor St),
    or ``None``: :func:`~sheets_sync.places.parse_place` of the title, kept only when its
    number and street are typed together (no dash, comma or "at" between them) and the number
    is not a unit's (``part``, the row's unit clue: "Engine 9"). A helper's check: "Engine 9
    visit - Maple St block party" had been placed at "9 Visit Maple St", a different address
    from the party at Maple St & 3rd Ave."""
    found = parse_place(title, "")
    if not found.number:
        return _typeless_address(title)
    for m in re.finditer(rf"(?<![\w.-]){re.escape(found.number)}\b", title):
        before = title[:m.start()].split()
        if part and before and f"{fold(before[-1])} {found.number}" == part:
            continue                                    # "Engine 9": a unit, not a house number
        piece = _ADDRESS_BREAK.split(title[m.start():], maxsplit=1)[0]
        typed = parse_place(piece, "")
        if typed.number == found.number and typed.street == found.street:
            return found
    return None


#: a house number and a street's name without its type after "@" or "at", ending the title or a
#: part of it ("Ladder 11 walk-through @ 2700 California SW", "Medic 28 stop @ 4716 S Holly": a
#: second helper's check, each kept apart from its block party)
_AT_TYPELESS = re.compile(r"(?:@|\bat\b)\s*(\d{1,6})\s+(?:([NSEW])\.?\s+)?((?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)"
                          r"(?:\s+(NE|NW|SE|SW))?(?=\s*(?:$|[-\u2013\u2014,;(]))")


def _typeless_address(title: str) -> Place | None:
    """The address :data:`_AT_TYPELESS` finds in ``title``, its street's name folded, or ``None``."""
    m = _AT_TYPELESS.search(title)
    if m is None or fold(m.group(3)).split()[-1] in GENERIC_VENUE_WORDS | ORG_WORDS:
        return None          # ("at 7 Oaks Park", "at 10 Barrel Brewing": a place's or a business's name)
    return Place(m.group(1), fold(m.group(3)), False, "", (m.group(2) or m.group(4) or "").lower())


#: what a place named in a title is ("Bryan Park", "Peoples Park", "Fire Station 9")
_PLACE_KINDS = (r"park|center|centre|ctr|hall|field|fields|library|school|station|pool|arena|stadium|church|"
                r"plaza|square|gym|pavilion|commons?|green|gardens?|lake|trail|greenway")
_PLACE_KIND = re.compile(rf"\b([a-z][a-z'.-]*) ({_PLACE_KINDS})\b")
#: a place's name, whole: up to three words, then a kind of place ("Switchyard Park"); not a
#: name holding a word such as "in" or "the" ("Movie in the Park", "Shakespeare in the Park")
_PLACE_NAME = re.compile(rf"(?:(?!(?:in|the|on|at|of|or|and|by|to|under|for)\b)[a-z0-9][a-z0-9'.-]* ){{1,3}}"
                         rf"(?:{_PLACE_KINDS})")


def title_places(title: str) -> frozenset:
    """The words of the names of places a title holds: the word before a kind of
    place ("Bryan Park detail" → ``{"bryan"}``), for a place named only by its address in
    Location."""
    return frozenset(w for m in _PLACE_KIND.finditer(fold(title)) for w in m.group(1).split())


def _for_another(x: Features, y: Features) -> bool:
    """``x``'s title says it is at another event than ``y``'s: what it is at
    (:attr:`Features.named`: "Fire Prevention Booth @ Bull City Race Fest") holds two or more
    words not common in event names nor naming a place (a kind of place and the word before it,
    "@ Showers Common"; a street type), none of them in ``y``'s title, and two or more of them
    not in either row's place (a booth "at Durham Central Park" names its place; "Engine 2 at
    Hopewell Tuesday Market" names a market beside a concert at Hopewell Commons). A fresh verifier's false merge: the
    booth had joined a farmers market at that park and hour as a partner's part. (What a
    detail's title names after its coverage words is not read so: "Road closure - Kirkwood
    Ave" names the street it closes.)"""
    if len(x.named) < 2 or (x.hosting and not x.part):
        return False    # (an event hosting others, its title in two parts: "Bimbe Weekday Event: Block Party")
    places = {w for m in _PLACE_KIND.finditer(x.titles[0]) for w in m.groups()}    # ("… @ Showers Common")
    # (nor the other's street, nor words naming the kind of event both are: "Engine 9 visit -
    # Abbott St block party" is at "Park Place NNO", 7720 Abbott St; a helper's check)
    same_kind = x.kind_words if x.kinds and x.kinds == y.kinds else frozenset()
    target = {w for w in x.named if len(w) > 2 and w not in GENERIC_TITLE_WORDS and w not in places
              and w not in _STREET_WORDS and w not in same_kind} - street_names(y.place)
    if len(target) < 2 or target & y.words[0]:
        return False
    # what it names beyond either row's place: "at Hopewell Tuesday Market" beside a concert at
    # Hopewell Commons names the market (v36 S4); "at Durham Central Park" names only the place
    placed = frozenset(" ".join((x.place.venue, x.place.street, y.place.venue, y.place.street)).split())
    return len(target - placed) >= 2


def _parts_of_two_events(x: Features, y: Features) -> bool:
    """Two partners' parts each saying which event it is at (:func:`at_words`), with no word of
    it in common but words common in titles: "911 table - Budget Town Hall" and "Ready Durham
    table - Disparity Study Forum" in one lobby are parts of two events (a fresh city's check:
    joined as one event's two tables, they had made the two meetings one)."""
    if not (x.part and y.part):
        return False
    ax, ay = at_words(x) - GENERIC_TITLE_WORDS, at_words(y) - GENERIC_TITLE_WORDS
    return bool(ax and ay) and not (ax & ay)


#: street types, which name a place, not an event ("… at Kirkwood Ave")
_STREET_WORDS = frozenset("st street ave avenue rd road blvd dr drive ln lane way pkwy hwy ct pl sq".split())


def _cognates(a: frozenset, b: frozenset) -> int:
    """Words of two titles in two languages that look alike (``fraudes``/``fraud``,
    ``oficiales``/``officers``): rapidfuzz ratio ≥ 70 on words of five letters or more."""
    long_b = [y for y in b if len(y) >= 5]
    return sum(1 for x in a if len(x) >= 5 and any(fuzz.ratio(x, y) >= 70 for y in long_b))


def _shared(a: Features, b: Features) -> frozenset:
    return frozenset(w for w in a.words[0] & b.words[0] if len(w) > 2)


def names_the_other(a: Features, b: Features, ctx: DayContext | None = None) -> str:
    """One row's title or description names the other's event ("Adoptable Dogs at the
    Farmers Market", "held at the market"): two or more, and most, of the other title's
    distinctive words — words used at three or more places that day (``ctx``, term frequency:
    "Soccer", "Regulation" on a day of field bookings) are not distinctive; a word typed in
    capitals counts as the words whose initials it is ("CPA" for "Citizens Police Academy",
    :func:`_initials_in`) — or what its title
    says it is at, whole (:attr:`Features.named`: "Fire truck at Bimbe Festival" and "Bimbe
    Cultural Arts Festival 2026", "911 table at Kids Fun Fest" and "Friday the 13th Kids fun
    Fest")."""
    for x, y in ((a, b), (b, a)):
        target = {w for w in y.words[0] if len(w) > 2 and w not in GENERIC_TITLE_WORDS
                  and not (ctx is not None and ctx.common(y.day, frozenset((w,))))}
        spelled = _initials_in(x.caps, y.folded) if x.caps else frozenset()
        found = target & (x.about | spelled)
        if (len(found) >= 2 and len(found) >= 0.6 * len(target)) or (len(spelled) >= 3 and spelled & target):
            # (initials of three words or more are the name on their own, whichever of its words
            # are common: "CPA" for "Community Police Academy" on Police's tab, whose title
            # words leave out its own department and the common "community"; a fresh city's check)
            return f"names the other event ({' '.join(sorted(found | spelled))})"
        # "Fire truck at Bimbe Festival": what it is at, two words or more, all in the other's
        # title ("Bimbe Cultural Arts Festival 2026"), one of them distinctive there
        if _at_event(x, y) and (at_words(x) & target or _numbered_name(x, y, ctx) or (
                ctx is not None and ctx.hosts_naming(y.day, at_words(x)) == 1)):
            # (a name of common words, "Youth Day", held by one event only that day: v36 S5)
            return f"names the other event ({' '.join(sorted(at_words(x)))})"
        if names_area(x, y, ctx):
            return f"names the other event's place ({' '.join(sorted(x.part_area))})"
        # (less the words of the other's place its title left out: "Engine 15 visit - Avenue of
        # Hope" at "Avenue of Hope NNO", 200 Larimer Avenue; a helper's check)
        said_at = (at_words(x) if x.named else x.part_of) if ctx is not None else frozenset()
        if not said_at:
            continue
        part_of = said_at - (y.raw_words - y.words[0]) - (x.kind_words if x.kinds & y.kinds else frozenset()) \
            if len(said_at) > 1 else said_at          # (… and "block party" at an NNO)
        if len(part_of) == 1 and part_of <= target and len(next(iter(part_of))) > 3 \
                and ctx.hosts_naming(y.day, part_of) == 1:
            # one distinctive word after a part's dash, in one event's title only that day
            # ("Engine 7 visit - Bimbe" at the Bimbe Cultural Arts Festival: a fresh city's check)
            return f"names the other event ({next(iter(part_of))})"
    return ""


_WORD_NUMBER = re.compile(r"\b([a-z]+) (\d{1,4})\b")


def _numbered_name(x: Features, y: Features, ctx: DayContext | None) -> bool:
    """What ``x`` says it is at holds a word with its number that ``y``'s title holds too, the
    number at fewer than three places that day: "Truck 3 at Zone 3 NNO" and "Zone 3 PSC
    National Night Out" on a night of parties in several police zones (v29 P3, Pittsburgh's
    real list), where "zone" alone is common."""
    shared = ({m.groups() for m in _WORD_NUMBER.finditer(x.titles[0])}
              & {m.groups() for m in _WORD_NUMBER.finditer(y.titles[0])})
    at = at_words(x)
    return any(w in at and n in at and w not in GENERIC_TITLE_WORDS
               and not (ctx is not None and ctx.common(y.day, frozenset((n,)))) for w, n in shared)


def _only_event_named(a: Features, b: Features, ctx: DayContext, rows: int = 2) -> str:
    """The words by which the shorter row of a pair names the longer one's event when no other
    row that day names them ("Engine 7 block party visit" during the only "Winter Block Party"
    that evening): two or more, and most, of the longer title's distinctive words (as in
    :func:`names_the_other`), found in the shorter row's title or description, and in no row
    that day but these two — or, with ``rows``, in at most that many rows that day (the visit
    and the few events it may be at). ``""`` if not."""
    inner, outer = (a, b) if (a.end - a.start) < (b.end - b.start) else (b, a)
    target = {w for w in outer.words[0] if len(w) > 2 and w not in GENERIC_TITLE_WORDS
              and not ctx.common(outer.day, frozenset((w,)))}
    found = frozenset(target & inner.about)
    if len(found) >= 2 and len(found) >= 0.6 * len(target) and ctx.rows_naming(outer.day, found) <= rows:
        return " ".join(sorted(found))
    # … or, naming none of its distinctive words, by words every such event uses, on a day
    # they name few rows: "Engine 9 NNO visit" during the night's only National Night Out
    # party (a helper's check: it joined none); never a shift named for an event ("Bimbe
    # Festival security" is no "Bimbe Festival", v22 R1)
    if found or outer.cover:
        return ""
    wide = {w for w in outer.words[0] if len(w) > 2 and not ctx.common(outer.day, frozenset((w,)))}
    found = frozenset(wide & (inner.about | inner.words[0]))
    if len(found) >= 2 and len(found) >= 0.6 * len(wide) and ctx.rows_naming(outer.day, found) <= rows:
        return " ".join(sorted(found))
    return ""


#: rows that day naming what a visit with no place names, beyond which it is asked about none:
#: the visit and three events (two or three block parties that evening; not a whole National
#: Night Out, whose words every party shares)
_FEW_NAMED = 4


#: words naming an area, not which one ("Hilltop neighborhood")
_AREA_NOUNS = frozenset("neighborhood neighbourhood neighborhoods area community block district".split())


def _at_event(x: Features, y: Features) -> bool:
    """What ``x``'s title says it is at (:attr:`Features.named`), two words or more, is all in
    ``y``'s title, and ``y`` is an event, not a shift named for one (a visit "at Bimbe Festival"
    is not at "Bimbe Festival security")."""
    at = at_words(x)
    # (its place's words too, which ``y``'s title keeps in its raw words: "Ladder 11 at Delridge
    # Night Out" and "Night Out - Delridge" at Delridge CC, a fresh city's check; a word for an
    # area need not be there: "Ladder 2 drop-by - Hilltop neighborhood" at "National Night Out -
    # Hilltop Commons", a fourth helper's check)
    return len(at) >= 2 and bool(core := at - _AREA_NOUNS) and core <= (y.words[0] | y.raw_words) and not y.cover


def area_words(x: Features) -> frozenset:
    """The words telling ``x``'s place apart from others of its kind: its venue's
    (:func:`~sheets_sync.places.venue_words`: "Lincoln Park Splash Pad" → ``{"lincoln",
    "splash", "pad"}``) and its room's ("Teen Room" → ``{"teen"}``), and the kinds of part of a
    park it names as ``"area:<kind>"`` (:func:`~sheets_sync.places.park_areas`: "Lincoln Park
    Pool" → ``"area:pool"``, though "pool" is a word every pool has)."""
    return venue_words(x.place.venue) | venue_words(x.place.room) | _area_tokens(x.place.areas)


@lru_cache(maxsize=1 << 12)
def _area_tokens(kinds: frozenset) -> frozenset:
    """Kinds of part of a park (:func:`~sheets_sync.places.park_areas`) as ``"area:<kind>"``."""
    return frozenset(f"area:{kind}" for kind in kinds)


#: words any room's name may hold, which tell no room apart ("teen room" is told by "teen")
_ROOM_WORDS_ALONE = frozenset({"room", "rm"})


def names_area(x: Features, y: Features, ctx: DayContext | None) -> frozenset:
    """What the words after a part's dash say of a place (:attr:`Features.part_area`), when
    they name ``y``'s part of a place and no other row that day is at a place so named:
    "Engine 7 visit - splash pad" at Lincoln Park
    names the Splash Pad Grand Opening at "Lincoln Park Splash Pad", not the Little League
    ceremony at the park's ball fields (v40 B2); "- ball fields", "- pool", "- teen room" the
    same (a helper's check). Empty if not."""
    named = x.part_area if ctx is not None else frozenset()
    if not named or not named <= area_words(y):
        return frozenset()
    # (the part's own row typed at that place too is no other row there: "Officer Kim - teen
    # room" at "Eastgate Rec Teen Rm", v40 C16)
    return named if ctx.places_naming(y.day, named) - (named <= area_words(x)) == 1 else frozenset()


def at_words(x: Features) -> frozenset:
    """The words of the event ``x``'s title says it is at (:attr:`Features.named`), else of
    the one a part's title names after a dash (:attr:`Features.part_of`)."""
    return x.named or x.part_of


def _only_event_at(a: Features, b: Features, ctx: DayContext) -> str:
    """The words of the event one row's title says it is at (:attr:`Features.named`: "911
    table at Kids Fun Fest", "Fire truck at Bimbe Festival"), two or more, all in the other's
    title and one of them distinctive there (or a word with its number: :func:`_numbered_name`),
    the other row holding its hours (the same or longer), and no row that day but these two
    naming them. ``""`` if not."""
    for x, y in ((a, b), (b, a)):
        if not _at_event(x, y) or x.all_day != y.all_day or not (y.start <= x.start and x.end <= y.end):
            continue
        core = at_words(x) - _AREA_NOUNS
        if (any(len(w) > 2 and w not in GENERIC_TITLE_WORDS and not ctx.common(y.day, frozenset((w,)))
                for w in core) or _numbered_name(x, y, ctx)) and ctx.rows_naming(y.day, core) <= 2:
            return " ".join(sorted(core))
    return ""


def _part_clue(a: Features, b: Features, time_kind: str) -> str:
    """The own-part clue of a pair (:func:`title_part`). When one row's hours lie inside the
    other's longer ones, only the inner row can be the partner's part: the outer row is an
    event of its own that the other happens during ("CERT class" 9–4 at a fire station holds
    the station's open house 10–2; it is not a part of it), as is a row over several days
    against one on one of them (a six-week "CERT Basic Training" typed as one row is no part of
    a neighbourhood meeting on one of its days, v35 V1)."""
    if time_kind in ("inside", "within a multi-day event"):
        la, lb = a.end - a.start, b.end - b.start
        if la != lb:
            return _clue_toward(a, b) if la < lb else _clue_toward(b, a)
    return _clue_toward(a, b) or _clue_toward(b, a)


#: where initials in capitals stand as the name of the event a row is part of: before a dash or
#: colon ("CPA - fire ops session"), after "at", "@", "for" or "during" ("Fire ops night at the
#: CPA"), or opening a title that names a session ("CPA fire ops session", "CERT week 3")
_NAMED_BY_INITIALS = (r"(?:\b(?i:at|for|during)\s+(?i:the\s+)?|@\s*){c}\b|\b{c}\s*(?:[-\u2013\u2014:|])",
                      r"^{c}\b.*\b(?i:session|sessions|week|wk|module|graduation|(?:day|class|night) \d+)\b")


@lru_cache(maxsize=1 << 16)     # issue 17: titles repeat
def typed_capitals(title: str) -> frozenset:
    """The words of three to five letters ``title`` has in capitals, folded, which may be
    another title's initials ("CPA - fire ops session" → ``{"cpa"}``) where they stand as the
    name of the event the row is part of (:data:`_NAMED_BY_INITIALS`); not those its own title
    spells ("SOS - Sound of Safety concert"), nor a class's ("CPR - adult and pediatric"), nor
    a name opening its own event's title ("CPA Tax Clinic", "PAL Basketball - youth": an
    adversarial helper's check, each had joined a "Community Police …" or "Parks Adventure
    League" at its place and hours); none in a title typed all in capitals."""
    if title.isupper():
        return frozenset()
    own = fold(title).split()
    return frozenset(c for c in typed_initials(title)
                     if any(re.search(p.format(c=re.escape(c.upper())), title) for p in _NAMED_BY_INITIALS)
                     and not initials_runs(c, [w for w in own if w != c]) and not _CLASS_TITLE.fullmatch(c))


def _initials_in(caps: frozenset, folded: str) -> frozenset:
    """The words of title ``folded`` (folded, in order) whose consecutive initials spell one of
    ``caps`` (:func:`typed_capitals`): ``({"cpa"}, "citizens police academy weekend")`` →
    ``{"citizens", "police", "academy"}`` (v31 B4: "CPA - fire ops session" at the Citizens
    Police Academy was counted apart)."""
    words = folded.split()
    return frozenset(w for cap in caps for run in initials_runs(cap, words) for w in run)


#: what sets off the parts of a title that names an event and a part of it ("NNO - Engine 9 visit")
_DASHED = re.compile(r"\s[-\u2013\u2014]+\s|:\s")


def _hosting_segment(title: str) -> str:
    """Of a title in two parts set off by a dash or a colon, the one naming an event that hosts
    others (:func:`title_kind`) when the other does not: "Preparedness Fair - Kids' Go-Kit
    Craft" → "Preparedness Fair", "Engine 9 visit - NNO" → "NNO"; ``""`` otherwise."""
    parts = _DASHED.split(title)
    if len(parts) != 2:
        return ""
    # (a partner's part hosts no one: "Meet & greet - Officer Reyes and K9 Duke" is at no
    # meet and greet, v40 B3)
    hosting = [p for p in parts if title_kind(p)[1] and not title_part(fold(p))]
    return hosting[0].strip() if len(hosting) == 1 else ""


@lru_cache(maxsize=1 << 16)     # (asked for Features.part_of and Features.part_area of each title)
def _part_segment(title: str) -> str:
    """Of a title in two parts set off by a dash or a colon, neither naming an event that hosts
    others, the one naming no partner's part when the other does (:func:`title_part`): "911
    info table - Community Conversation" → "Community Conversation", "Officers on site -
    Oversight Board" → "Oversight Board"; not a person ("First pitch - Chief Harris":
    :data:`_PERSON`); ``""`` otherwise. It may name the event the part is at, or only its topic
    ("Know when to call 911 - kids booth"), so it ties a part to an event whose title holds it
    and never says the part is at another (:attr:`Features.part_of`)."""
    parts = _DASHED.split(title)
    if len(parts) != 2 or any(title_kind(p)[1] for p in parts):
        return ""
    plain = [p for p in parts if not title_part(fold(p))]
    return plain[0].strip() if len(plain) == 1 and not _PERSON.match(fold(plain[0])) else ""


#: a person named by rank or office and name ("First pitch - Chief Harris", "Mayor Lee"), who is
#: no event a part is at
_PERSON = re.compile(r"(?:(?:deputy|assistant|fire|police|city|county) )?(?:chief|mayor|sheriff|sgt|sergeant|officer|"
                     r"ofc|capt|captain|lt|lieutenant|commissioner|council ?member|councilor|councilwoman|"
                     r"councilman|alderman|alderwoman|director|marshal|judge|dr|mr|mrs|ms)(?: [a-z'-]+){1,2}$")


@lru_cache(maxsize=1 << 16)     # issue 17: titles repeat
def title_kind(title: str) -> tuple[bool, bool, bool]:
    """``(programme, hosting, closed)``: ``title`` names a class (:data:`_CLASS_TITLE`: "Yoga in
    the Park", "CPR class") or an activity (:data:`_ACTIVITY_TITLE`: "Neighborhood watch walk",
    "Teen Open Gym") of its own and no event that hosts others' parts; such an event
    (:data:`_HOSTING`: "Kids Safety Day", "Fall Festival 5K walk", "Citizens Academy
    Graduation"); a class, closed to visitors."""
    folded = fold(title)
    closed = bool(_CLASS_TITLE.search(folded))
    activity = closed or bool(_ACTIVITY_TITLE.search(folded))
    hosting = bool(_HOSTING.search(folded)) or (not activity and bool(_HOSTING_DAY.search(folded)))
    return activity and not hosting, hosting, closed and not hosting


def _clue_toward(x: Features, y: Features) -> str:
    """``x``'s part clue toward ``y``. When ``x`` names the people it is "with", none when ``y``
    is a programme of its own (v29, v30: "Coffee with a Cop" beside a Zumba class, "Story Time
    with a Firefighter" beside a Police walk are programmes of their own; "Meet & Greet with
    Engine 7" at a festival, "Coffee with a Cop" at an open house are parts), and when ``x`` is
    a programme itself, only toward an event that hosts others ("Story Time with a Firefighter"
    at a station's open house is part of it; "Lunchtime Workout with Firefighters" during a
    bike registration drive is not). An activity open to all that comes takes such a row as a
    visit inside its longer hours ("Cocoa with a Cop" 7–8 at a skate night 6–9, "Hoops with Cops"
    at an open gym: v33), a class never."""
    if x.with_part and ((y.programme and (y.closed or not _visit_inside(x, y)))
                        or (x.programme and not y.hosting)):
        return ""
    return x.part


def _visit_inside(x: Features, y: Features) -> bool:
    """``x``'s hours lie inside ``y``'s longer ones on one day."""
    return y.start <= x.start and x.end <= y.end and x.end - x.start < y.end - y.start


def _covers(a: Features, b: Features, time_kind: str) -> str:
    """The coverage clue of a pair: one timed row's hours hold the other's on one day — it
    starts no later and ends no earlier, however close its start (``time_kind`` may be
    ``inside``, ``close`` or ``same times``) — and its title names coverage work
    (:attr:`Features.cover`, :func:`coverage_word` of the title as typed: "Officers on site",
    "Fireworks OT"): a police shift or an EMS standby around another department's concert or
    festival. Overlapping hours (``time_kind`` ``overlap`` or ``close``) are coverage when the coverage row
    holds the other's start or end and at least half its hours (:func:`covers_most`: "Traffic
    control" 6:30–9:30 around a movie moved to 8–10). ``""`` if not (a row of its own there,
    "Fireworks show", names no coverage)."""
    if time_kind == "all-day vs timed":
        # a shift on a day of a multi-day event typed all day, whose title names it, all its title
        # or a distinctive word ("Fair traffic detail" 5–10 pm on two days of the "Monroe County
        # Fair" 7/26–7/31, at its address: a fresh city's check)
        for outer, inner in ((a, b), (b, a)):
            if outer.cover and not outer.all_day and inner.all_day and inner.end - inner.start > 1440 and (
                    (bool(inner.words[0]) and inner.words[0] <= outer.words[0])
                    or any(len(w) > 3 and w not in GENERIC_TITLE_WORDS for w in outer.words[0] & inner.words[0])):
                return f"coverage on a day of the other's days ({outer.cover})"
        return ""
    if time_kind not in ("inside", "close", "same times", "overlap", "within a multi-day event", "set-up time"):
        return ""       # (a shift on one day of a festival's days: its hours that day, a fresh city's check)
    for outer, inner in ((a, b), (b, a)):
        if outer.cover and (window := _day_window(inner, outer)) is not None and \
                outer.start <= window[0] and window[1] <= outer.end:
            return f"coverage around the other's hours that day ({outer.cover})"
    for outer, inner in ((a, b), (b, a)):
        if outer.cover and time_kind != "overlap" and covers_hours(outer, inner):
            return f"coverage around the other's hours ({outer.cover})"
    for outer, inner in ((a, b), (b, a)):
        if outer.cover and time_kind in ("overlap", "close") and not inner.cover and covers_most(outer, inner):
            return f"coverage over most of the other's hours ({outer.cover})"
    return ""


def _shift_for(a: Features, b: Features, ctx: DayContext, titles: tuple[str, str]) -> tuple[str, int]:
    """``(words, rows naming them that day)`` by which a coverage row (:attr:`Features.cover`:
    "traffic control", "detail") names the other row's event when it holds that event's hours
    (:func:`covers_hours`, set-up time included): two or more words of three letters or more,
    not generic and not its coverage words, all in the other's title. In a title of parts set
    off by a dash or colon (``titles``: the two as typed), the words of one part, the others'
    left out: "Motor Unit - Turkey Trot traffic control" names "turkey trot", "Route detail -
    St. Patrick's Day Parade" "patrick parade" (v57, v59, a README-only check). ``("", 0)`` if
    not."""
    for (x, y), title in zip(((a, b), (b, a)), titles):
        if not x.cover or y.cover or not covers_hours(x, y):
            continue
        covering = frozenset(fold(x.cover).split())
        parts = _DASHED.split(title)
        for n in range(len(parts)) if len(parts) > 1 else (0,):
            others = frozenset().union(*(title_words(p) for k, p in enumerate(parts) if k != n))
            named = frozenset(w for w in x.words[0] - others if len(w) > 2 and w not in GENERIC_TITLE_WORDS
                              and w not in covering)
            if len(named) >= 2 and named <= y.words[0]:
                return " ".join(sorted(named)), ctx.rows_naming(y.day, named)
    return "", 0


def _day_window(event: Features, shift: Features) -> tuple[float, float] | None:
    """The hours on ``shift``'s day (one timed day) of ``event``, a timed row over several days
    with daily hours ("Bimbe Cultural Arts Festival" 5/16–5/17, 9–3), as minutes on the scale of
    :func:`_minutes`; ``None`` for any other pair."""
    if event.all_day or shift.all_day or event.end - event.start <= 1440 or shift.end - shift.start > 1440:
        return None
    opens, closes = event.start % 1440, event.end % 1440
    base = (shift.day - _EPOCH.date()).days * 1440
    if closes <= opens or not event.start <= base + opens or not base + closes <= event.end:
        return None
    return base + opens, base + closes


def covers_most(outer: Features, inner: Features) -> bool:
    """``outer``'s hours hold ``inner``'s start or end and at least half of ``inner``'s hours,
    on one day, both timed and ``outer`` at most a day long: a police or EMS shift that starts
    before an event and leaves before its end (or comes later and stays to the end)."""
    if outer.all_day or inner.all_day or inner.day != outer.day or outer.end - outer.start > 1440:
        return False
    held = min(outer.end, inner.end) - max(outer.start, inner.start)
    return (outer.start <= inner.start < outer.end or outer.start < inner.end <= outer.end) and \
        held >= 0.5 * (inner.end - inner.start)


def covers_hours(outer: Features, inner: Features) -> bool:
    """``outer``'s hours hold ``inner``'s on one day — it starts no later and ends no earlier —
    both rows timed and ``outer`` at most a day long: the hours of a police or EMS shift
    around another department's event."""
    return (not outer.all_day and not inner.all_day and inner.day == outer.day
            and outer.start <= inner.start and inner.end <= outer.end and outer.end - outer.start <= 1440)


def _lies_inside(a: Features, b: Features) -> bool:
    """The shorter row's hours lie within the longer's (both timed, one day)."""
    inner, outer = (a, b) if (a.end - a.start) < (b.end - b.start) else (b, a)
    return outer.start <= inner.start and inner.end <= outer.end


def _short_inside(a: Features, b: Features) -> bool:
    inner, outer = (a, b) if (a.end - a.start) < (b.end - b.start) else (b, a)
    return (inner.end - inner.start) <= 0.6 * (outer.end - outer.start) and outer.end - outer.start <= 1440


#: places a row's words naming its host's event overcome (:func:`hosted_by`); not two addresses
_HOST_PLACES = frozenset({"different venue", "different rooms", "different areas", "venue names differ"})
#: words naming an event too vaguely to tell which ("Parks' thing", "at Parks' bash")
_VAGUE_EVENT = frozenset("thing things event events bash party deal stuff gig program programs one".split())


def hosted_by(a: EventRow, b: EventRow, fa: Features, fb: Features) -> str:
    """One row's words name the other's event by its host department's possessive
    (:attr:`Features.hosts`, :func:`sheets_sync.hosts.named_hosts`), the other row being that
    department's (its tab's or its lead): ``"its words name <dept>'s <words>"`` when a word of
    the event's name, not generic, is among the other row's title or description words (or
    shortens one: "prep" for "preparedness"), at least half of such words; ``"its words place
    it at an event of <dept>'s"`` when they name it only in generic words ("Parks' thing",
    "911's open house"); :data:`DISOWNED_HOST` when they say the row is not at that event ("not
    Parks' touch-a-truck", "Not at Parks' thing": any of its rows then); ``""`` if none. Two
    held-out sets (v61, v62): "at OEM's prep fair", "for Parks' Turkey Trot", "EOC tours during
    911's open house" had been left apart."""
    for (x, fx), (y, fy) in (((a, fa), (b, fb)), ((b, fb), (a, fa))):
        for department, words, said in fx.hosts:
            if department not in (y.department, y.lead):
                continue
            named = [w for w in words if len(w) > 2 and w not in GENERIC_TITLE_WORDS and w not in _VAGUE_EVENT
                     and w not in _ROLE_WORDS and w not in _GENERIC_EVENT_WORDS]
            found = [w for w in named if w in fy.about or (len(w) >= 4 and any(
                len(v) >= 4 and (v.startswith(w) or w.startswith(v)) for v in fy.about))]
            if said != "at":
                if not named or found:
                    return DISOWNED_HOST
                continue
            if not named:
                return f"its words place it at an event of {department}'s"
            if found and 2 * len(found) >= len(named):
                return f"{NAMES_HOSTS_EVENT} {department}'s {' '.join(sorted(found))}"
    return ""


#: :func:`hosted_by` of a row whose words say it is not at the other's event
DISOWNED_HOST = "its words say it is not at the other's event"
#: how :func:`hosted_by` opens when the row's words name the other's event (not only its host)
NAMES_HOSTS_EVENT = "its words name"


_NOTICE_APART = PairScore("apart", 0.0, ("a closure notice",), "a notice that a place is closed is no event to join")
#: a title saying a place is closed: the word first ("CLOSED Frank Southern Ice Arena", not "Closed
#: POD Exercise", "Closed Course Bike Rodeo"), or last, or before a separator or a reason ("Mills
#: Pool Closed", "Pool closure", "Lawn Closure for Maintenance", "… CLOSED - Thanksgiving"), or a
#: burn ban: a notice, not an event. "Behind Closed Doors: …" is no notice, nor is an advisory "in
#: effect" ("Heat Advisory in Effect" names a cooling centre's reason to open)
_NOTICE = re.compile(r"^\s*(?:closed|closures?)\b(?!\s+(?:pod|course|doors?|caption\w*|session|meeting|loop)\b)"
                     r"|\b(?:closed|closures?)\s*(?:$|[-:\u2013\u2014|,()\[\]]|\b(?:for|today|tonight|until|thru|"
                     r"through|due|on)\b)|\bburn ban\b", re.I)
#: a road, street or crossing closed before the word, in its part of the title: a police part of an
#: event ("Street closed for Turkey Trot", "Intersection closures - 4th of July Parade": :data:`_COVERAGE`)
_NOT_A_NOTICE = re.compile(r"\b(?:roads?|streets?|st|lanes?|ramps?|bridges?|intersections?|traffic|trails?|"
                           r"sidewalks?|highway|hwy|avenue|ave|blvd|boulevard|block)\b[^-:\u2013\u2014|,]*?"
                           r"\b(?:closed|closures?)\b", re.I)


@lru_cache(maxsize=1 << 12)
def notice_word(title: str) -> str:
    """The word by which a title says it is a notice that a place is closed (:data:`_NOTICE`),
    folded; ``""`` if none. :func:`score_pair` keeps such a row apart from any row whose title is
    not its own: Fire's "Water Safety Demo" 1–2 pm is no drop-in to "Mills Pool Closed" all day."""
    found = _NOTICE.search(title)
    return fold(found.group(0)) or "closed" if found and not _NOT_A_NOTICE.search(title) else ""


_DIFFERENT_IDS = PairScore("apart", 0.0, ("different Event IDs",), "different Event IDs in one tab")
_DISJOINT = PairScore("apart", 0.0, ("times do not overlap",), "times disjoint")
#: each title names its own place and not the other's ("Heron Point NNO Block Party" at Heron
#: Point Park, "Willow Bend NNO Block Party" on the 1200 block of Willow Bend Rd: a fresh city's
#: check, one party with the place words left out of both titles) where the places themselves
#: cannot be compared (a venue and a street address)
_TWO_PLACES_NAMED = PairScore("apart", 0.0, ("each title names its own place",), "titles naming two places")
_ONE_TAB_TITLES = PairScore("apart", 0.0, ("different titles", "same department"), "different titles in one tab")
_SAID_DISTINCT = PairScore("apart", 0.0, ("one row's notes say it is no copy", "same department"),
                           "one tab, a row noted as no copy")
_DISOWNED = PairScore("apart", 0.0, ("one row says it is no part of the other's event",),
                      "one row says it is no part of the other")


def another_place_named(p: Features, q: Features) -> frozenset:
    """The words by which a row (``p``: with no place, or a place its title does not name)
    names, in its title, another place than the one ``q``'s title names as its own: q's title
    named q's place ("Gull Creek NNO Block Party" at Gull Creek Park; "NNO - Kingston Village
    Block Party" at Kingston Village), p's does not and has words beyond q's other words
    ("Heron Point NNO Block Party", no Location; "National Night Out - Czech Village Block
    Party" at a corner, a fresh helper's set) — not a department, a unit, a part, a number or a word every
    event title uses ("Annual"), and among them a word of a place's name
    (:data:`~.places.PLACE_NAME_WORDS`: "Point"; not "Family Fun", "Summer"). ``frozenset()``
    otherwise. One title then sits inside the other only because q's place words were left out
    of q's: :func:`score_pair` asks rather than merges (a fresh city's check: two
    neighbourhoods' parties that evening became one, even in one tab). Not when p's title names
    every word of q's place ("Kingston Village" is not named by "Czech Village")."""
    if not q.named_place or q.place.blank or q.named_place <= p.raw_words or \
            p.part or p.with_part:      # a partner's part names its unit or its table ("Engine 9 visit")
        return frozenset()
    own = {w for w, _ in p.departments_named}
    extra = frozenset(w for w in p.words[0] - q.words[0] - GENERIC_TITLE_WORDS - _STOP - own
                      if not any(c.isdigit() for c in w) and not _PART.fullmatch(w) and w not in _UNIT_NAMES)
    # (only a name that reads as a place's: "Family Fun", "Summer", "Rain or Shine" add none,
    # an adversarial helper's check; "block" is every block party's)
    return extra if extra & PLACE_NAME_WORDS - p.kind_words - q.kind_words else frozenset()


#: place kinds a part of town typed as the place leaves open (:func:`town_part_named`)
_AREA_APART = frozenset({"different address", "different venue", "venue names differ", "places not comparable"})


def town_part_named(p: Features, q: Features) -> frozenset:
    """The words of ``p``'s place where that place is only words its own title names, no kind of
    venue, no address or room ("NNO - Greenfield" at "Greenfield": a part of town, not a venue)
    and ``q`` is placed otherwise, its title or description naming them too ("Greenfield Community
    NNO" at Bud Hammer Field) or ``p``'s notes naming ``q``'s place ("Lorenz Ave party" beside "Lorenz Ave
    (Chartiers to Lakewood)"); v65: Police typed each block party it visited so, and none joined
    the party's other rows. ``frozenset()`` otherwise."""
    venue = town_part(p)
    if not venue or venue <= venue_words(q.place.venue) or not (venue <= q.about or notes_name_place(p, q)):
        return frozenset()
    return venue


def town_part(p: Features) -> frozenset:
    """The words of ``p``'s place where it is only a name ``p``'s title gives, with no kind of
    venue, no address typed, no room ("NNO - Greenfield" at "Greenfield"), else ``frozenset()``."""
    if not p.named_place or (p.place.number or p.place.street) and not p.place.via or p.place.crossing \
            or p.place.room:        # (an address the gazetteer gave a venue of that name is not typed)
        return frozenset()
    venue = frozenset(p.place.venue.split())
    return venue if venue == p.named_place else frozenset()


def notes_name_place(p: Features, q: Features) -> bool:
    """``p``'s description names ``q``'s place: every word of its venue's distinguishing words or
    its street's name in ``p``'s words, and some of its words in the description ("Zone 5
    officers at the Baxter Park party" beside Baxter Park; "Lorenz Ave party" beside "Lorenz Ave
    (Chartiers to Lakewood)"), and no word there denying it."""
    notes = p.about - p.raw_words
    if notes & _DENIAL:
        return False        # "Stopping by the Trinity Park party afterwards is not planned" (a README-only check)
    named = venue_words(q.place.venue) or frozenset(_street_name(q.place.street).split())
    typed = frozenset(q.place.venue.split()) or frozenset(q.place.street.split())
    # (its words all in the row's words, some of them in its notes: "Officers at the Lakewood
    # Park cookout" beside Lakewood Park, "Lakewood" in the title too)
    return bool(named) and named <= p.about and bool(typed & notes)


#: words of notes that may deny what they name
_DENIAL = frozenset("not no never nor without instead cancelled canceled isn't won't isnt wont".split())


def _notes_elsewhere(p: Features, q: Features, ctx: DayContext) -> bool:
    """Two or more words of ``p``'s notes, not of its title nor ``q``'s, name another row that
    day in its title or venue ("Zone 3 car stopping by the Drill Way potluck": a README-only
    check, where "NNO - Carrick" had joined the one party whose title names Carrick; one word,
    "officers at the Zone 3 PSC party", names no other)."""
    said = {w for w in p.about - p.raw_words if len(w) > 2 and w not in GENERIC_TITLE_WORDS and w not in _STOP}
    if len(said := said - q.raw_words - venue_words(q.place.venue)) < 2:
        return False
    return any(f is not p and len(said & (f.raw_words | venue_words(f.place.venue))) >= 2
               for f in (ctx.feats[i] for i in ctx.by_day.get(p.day, ())))


def _area_places(ctx: DayContext, day: date, area: frozenset) -> int:
    """How many places the rows of ``day`` naming ``area`` (:func:`town_part_named`) in their
    title, venue or description are at, leaving out the rows placed by those
    words alone; rows at one place (the same address or venue, :meth:`DayContext.places`) count
    once: Greenfield's party at "Bud Hammer Field" and at "Bud Hammer Fld" is one place,
    Homewood's two parties are two, as are two parties "(Carrick)" by their notes (a README-only
    check)."""
    places: list = []
    for i in ctx.by_day.get(day, ()):
        f = ctx.feats[i]
        if not (area <= f.about or area <= venue_words(f.place.venue)):
            continue
        if f.place.blank or frozenset(f.place.venue.split()) == area or \
                any(ctx.places(f.place, q)[0] in ("same address", "same venue") for q in places):
            continue
        places.append(f.place)
    return len(places)


def _off_its_weekdays(a: EventRow, b: EventRow, fa: Features, fb: Features) -> bool:
    """Of two rows on different days, the earlier (a multi-day row reaching the other's day) names
    a span of weekdays (:func:`~sheets_sync.recurrence.weekday_span`: "Summer Day Camp
    Mondays-Fridays") that leaves out the later row's weekday."""
    first, later = (a, fb) if fa.day < fb.day else (b, fa)
    span = weekday_span(first.title)
    return bool(span) and later.day.weekday() not in span


def score_pair(a: EventRow, b: EventRow, fa: Features, fb: Features, *, title_threshold: float = 85,
               tolerance: float, context: DayContext | None = None) -> PairScore:
    """Compare one candidate pair (rows plus their :func:`features`); ``context``: the sync's
    :func:`day_context` (term frequencies; without it titles count at face value). Pure;
    levels and weights in the module docstring. ``title_threshold`` is kept for callers; the
    title bands are fixed."""
    if a.external_uid and a.external_uid == b.external_uid:
        return PairScore("merge", 1.0, ("same calendar UID",), "same calendar UID", 10.0)
    time_kind, time_sim, diff = compare_times(fa, fb, tolerance)
    same_tab = one_tab(a, b)
    if fa.event_id and fa.event_id == fb.event_id and time_kind != "disjoint" and fa.day == fb.day:
        return PairScore("merge", 1.0, (f"same Event ID {a.event_id}", time_kind), "same Event ID", 10.0)
    if time_kind == "disjoint":
        return _DISJOINT
    if fa.day != fb.day and _off_its_weekdays(a, b, fa, fb):
        return _DISJOINT        # a "Mon-Fri" camp's Saturday
    if (fa.disowns or fb.disowns) and disowns_the_other(fa, fb):
        return _DISOWNED
    if time_kind == "inside" and (fa.day != fb.day or max(fa.end - fa.start, fb.end - fb.start) > 1440):
        time_kind = "within a multi-day event"
    place_kind, place_sim = compare_places(fa.place, fb.place) if context is None else \
        context.places(fa.place, fb.place)
    hosted = hosted_by(a, b, fa, fb) if (fa.hosts or fb.hosts) and not same_tab else ""
    if hosted == DISOWNED_HOST:
        return _DISOWNED
    if hosted.startswith(NAMES_HOSTS_EVENT) and place_kind in _HOST_PLACES:
        # a row saying whose event it is part of, at a place typed another way or watched from
        # elsewhere ("extinguisher demo at OEM's prep fair" at "ALPL", the fair at "Main
        # Library"; the EOC's "partial activation for Parks' First Night fireworks", v61), at
        # hours that agree or lie inside the event's; else the places keep them apart, as its
        # words may say where it is not as well ("Parks' Trail has Police; we go to the rink",
        # "Police's Shop with a Cop is inside at Target; not connected": a README-only check)
        if time_kind not in ("same times", "close", "inside"):
            return PairScore("apart", 0.0, (place_kind,), "different places")
        place_kind = "places not comparable"
    if place_kind in ("different rooms", "different areas") and (
            (fa.part and common_area(fa.place.room)) or (fb.part and common_area(fb.place.room))
            or (place_kind == "different areas" and ((fa.hosting and not fa.part) or (fb.hosting and not fb.part)))):
        # a partner's table in the lobby, the event upstairs; a festival spread over the park
        place_kind = "same venue"
    elif place_kind == "different areas" and fa.part and fb.part:
        # two partners' parts in two parts of a park tell nothing of each other: the parts of
        # one festival (resource tables at the pavilion, a trailer on the lawn), or of two
        # events (a helmet fitting at the skate park, a K9 meet and greet at the dog park)
        place_kind = "places not comparable"
    area, event, few, said = frozenset(), "", False, False
    if place_kind in _AREA_APART and not same_tab and context is not None:
        # one row placed only by the part of town its title names, the other's title naming it
        # too ("NNO - Greenfield" at "Greenfield", "Greenfield Community NNO" at Bud Hammer Field)
        p, q = (fa, fb) if (area := town_part_named(fa, fb)) else (fb, fa)
        if area or (area := town_part_named(fb, fa)):
            place_kind = "places not comparable"
            if not (said := notes_name_place(p, q)) and _notes_elsewhere(p, q, context):
                area = frozenset()      # its notes name another party ("stopping by the Drill Way potluck")
        elif bool(town_part(fa)) != bool(town_part(fb)) and (event := _only_event_named(fa, fb, context)):
            # … or naming it nowhere: a part of town holds the other's place or does not, so the
            # titles decide where they name one event that day and no other row does ("Larimer
            # NNO (Avenue of Hope)" at "Larimer", "E5 - Avenue of Hope NNO" at 200 Larimer Ave)
            place_kind = "places not comparable"
    crowded = place_kind == "same venue" and not same_tab and context is not None and \
        bool(bare := town_part(fa) or town_part(fb)) and not notes_name_place(fa, fb) and \
        not notes_name_place(fb, fa) and _area_places(context, fa.day, bare) > 1
    # (a bare name like the venue's, "NNO - Lakewood" at "Lakewood" beside Lakewood Park or
    # another such row, on an evening another place is named so, the Lakewood Ave block party:
    # asked at most unless its notes name the place, a README-only check)
    if place_kind in _HARD_PLACE:
        return PairScore("apart", 0.0, (place_kind,),
                         "different addresses" if place_kind == "different address" else "different places")
    title, title_note = compare_titles(fa, fb) if context is None else context.titles(fa, fb)
    if title < 100 and fa.place.blank != fb.place.blank and fa.raw_words == fb.raw_words:
        title, title_note = 100.0, ""       # one title as typed, one row's place words left out of it
    if place_kind == "places not comparable" and fa.named_place and fb.named_place and not hosted and not area and \
            not (fa.named_place & fb.raw_words) and not (fb.named_place & fa.raw_words):
        return _TWO_PLACES_NAMED
    if title < title_threshold and (notice_word(a.title) or notice_word(b.title)):
        return _NOTICE_APART      # "Mills Pool Closed" all day: no event a demo there that day joins
    two_ids = fa.event_id and fb.event_id and fa.event_id != fb.event_id and same_tab
    if two_ids and not (title >= 95 and time_kind == "same times" and place_kind in ("same address", "same venue")
                        and not (context and context.common(fa.day, _shared(fa, fb)))):
        return _DIFFERENT_IDS     # a booking title every field uses that day ("Soccer") is no copy
    departments = "same department" if same_tab else compare_departments(a, b)
    cross = not same_tab
    if same_tab and (fa.distinct or fb.distinct):
        return _SAID_DISTINCT
    if same_tab and (fa.copied or fb.copied) and time_kind in ("same times", "close") and fa.day == fb.day:
        # a row's note says it is a copy typed in this tab: the titles need not agree
        outcome = "merge" if title >= 50 else "review"
        return PairScore(outcome, 0.9, (f"title {title:.0f}", f"place: {place_kind}", f"time: {time_kind}",
                                        "one row's notes say it is a copy"), "one tab, a row noted as a copy", 5.0)
    if same_tab and title < title_threshold and fa.spanish == fb.spanish:
        return _ONE_TAB_TITLES
    if same_tab and place_kind in ("places not comparable", "venue names differ"):
        # one department types its own place one way twice; the sheet never ties these two together
        return PairScore("apart", 0.0, (place_kind, "same department"), "one tab, places of different kinds")
    if time_kind == "within a multi-day event" and place_kind in _UNTIED_PLACES and not hosted:
        # a day of a multi-day row says "one event" only where the places agree (or one is unknown)
        return PairScore("apart", 0.0, (place_kind, time_kind), "a multi-day event at a place not tied to this one")
    place_label, place_w = _place_level(fa, fb, place_kind, context)
    if place_kind in _UNTIED_PLACES and cross and context is not None and \
            (shift := _shift_for(fa, fb, context, (a.title, b.title)))[0] and shift[1] <= _FEW_NAMED:
        # a post on the route, the event at its park ("Turkey Trot traffic control" at a corner
        # beside "Turkey Trot 5K" at Lake Wilderness Park, v57): coverage is where the event needs
        # it; around two events it names that day (the 5K and the kids' dash), asked about both
        only = shift[1] <= 2
        place_label = f"{place_kind}, a shift for {'the only event' if only else 'one of the few events'} that " \
                      f"day its title names ({shift[0]})"
        place_w = WEIGHTS["the only event named" if only else "one of few events named"]
    n = _area_places(context, fa.day, area) if area and not said else 0
    only = bool(area) and (said or n == 1)
    few = bool(area) and not only       # (then asked at most, whatever the titles say: a README-only check)
    if area and (only or n <= _FEW_NAMED - 1):
        town = " ".join(sorted(area))
        place_label = f"its place a part of town ({town}), its notes naming the other's place" if said else \
            f"its place the part of town the other's title names ({town}), " \
            f"{'the only event' if only else 'one of the few events'} that day named so"
        place_w = WEIGHTS["the only event named" if only else "one of few events named"]
    elif event:
        place_label = f"a part of town against a place, the only event that day named in its title ({event})"
        place_w = WEIGHTS["the only event named"]
    streets = _streets_named(fa, fb) if place_kind == "unknown place" and cross and context is not None and \
        title_streets((fa if fa.place.blank else fb).folded) else None       # (issue 17: most titles name none)
    if streets is not None and (level := _street_level(fa, fb, streets, context)) is not None:
        place_label, place_w = level
    elif place_kind in ("unknown place", "no place on either") and cross and context is not None:
        named = (_only_event_named(fa, fb, context) if time_kind == "inside" and _short_inside(fa, fb) else "") \
            or _only_event_at(fa, fb, context)
        if named:
            place_label, place_w = f"no place, the only event that day named in its title ({named})", \
                WEIGHTS["the only event named"]
        elif time_kind == "inside" and _short_inside(fa, fb) and (
                few := _only_event_named(fa, fb, context, _FEW_NAMED)):
            # "Engine 9 block party visit" with no place, on an evening of two "Winter Block
            # Party" rows at two places: one of them, which one staff know (a helper's check:
            # it joined the only one, and joined none, unasked, once a second was typed)
            place_label, place_w = f"no place, one of the few events that day named in its title ({few})", \
                WEIGHTS["one of few events named"]
    if time_kind == "within a multi-day event":      # a day row against the range row of the event
        time_label = time_kind
        time_w = WEIGHTS["close"] if title >= title_threshold else (
            WEIGHTS["inside"] if cross else -2.0)
    elif time_kind == "inside" and same_tab:
        time_label, time_w = "one inside the other, one tab", WEIGHTS["inside, one tab"]
    else:
        time_label = (f"start {diff:.0f} min apart" if time_kind == "close" else
                      "one inside the other" if time_kind == "inside" else time_kind)
        time_w = WEIGHTS[time_kind]
    if hosted and departments == "different departments":
        departments = "names the other"         # (its words name the host department)
    dept_w = WEIGHTS[departments]
    rest = WEIGHTS["prior"] + place_w + time_w + dept_w
    if rest + WEIGHTS["title ≥95"] < REVIEW_AT:     # no title could lift it: skip the title levels
        return PairScore("apart", 0.0, (place_label, time_kind, departments), "match weight too low", rest)
    title_label, title_w = _title_level(title, title_note, fa, fb, time_kind, cross, context,
                                        clues=rest + WEIGHTS["coverage"] >= REVIEW_AT,
                                        same_place=place_kind in ("same address", "same venue"))
    if hosted and title_w < (host_w := WEIGHTS["names its host's event" if hosted.startswith(NAMES_HOSTS_EVENT)
                                              else "names its host"]):
        title_label, title_w = f"{title_label}, {hosted}", host_w
    total = rest + title_w
    if total >= REVIEW_AT and context is not None and place_kind in ("same address", "same venue"):
        # term frequency: a court or room holding k different bookings that day makes "same
        # place" k times likelier for two different events (splink's term-frequency adjustment);
        # applied last, as it only lowers a total that could be a merge or a question
        # — unless one row's title names the other's event, which tells the bookings apart
        # ("Preparedness Fair - Kids' Go-Kit Craft" beside a yoga class in the same park, v36 S6)
        said = (fa if fa.all_day else fb) if time_kind == "within the hours said" else None
        hours = (said.start, said.end) if said is not None else None
        k = min(context.bookings(fa.day, fa.place, hours), context.bookings(fb.day, fb.place, hours))
        # (a set-up crew's hours are another booking of the place by design: "Bandshell setup
        # for Movie Night" 7–8:30 before the 8:30 movie, after a 5–7 open mic, v40 B9)
        if k > 1 and time_kind != "set-up time" and not names_the_other(fa, fb, context):
            cut = round(math.log2(k), 1)
            place_label, place_w, total = f"{place_label}, {k} different bookings there that day", place_w - cut, total - cut
    score = round(1 / (1 + 2 ** -total), 3)
    if total < REVIEW_AT:       # most candidate pairs: keep it cheap
        return PairScore("apart", score, (title_label, place_label, time_label, departments),
                         f"match weight {total:+.1f} bits", total)
    findings = (f"{title_label} ({title_w:+g})", f"place: {place_label} ({place_w:+g})",
                f"time: {time_label} ({time_w:+g})", f"{departments} ({dept_w:+g})")
    if two_ids:     # a form's double submission, or two bookings of one field and hour: staff know
        return PairScore("review", score, findings + ("two Event IDs on identical rows: a double submission?",),
                         "one tab, identical rows with two Event IDs", total)
    if total >= MERGE_AT and place_kind not in ("same address", "same venue") and (
            elsewhere := another_place_named(fa, fb) or another_place_named(fb, fa)):
        named = " ".join(sorted(elsewhere))
        return PairScore("review", score, findings + (f"one title names another place than the other ({named})",),
                         f"match weight {total:+.1f} bits, but one title names another place ({named})", total)
    if total >= MERGE_AT and place_kind == "both online" and not hosted and \
            not (fa.words[0] & fb.words[0]) - GENERIC_TITLE_WORDS:
        # two meetings online at one hour whose titles share only words every meeting uses
        # ("Community Meeting" on Zoom, Police's and Fire's: a README-only check)
        return PairScore("review", score, findings, f"match weight {total:+.1f} bits, but two meetings online "
                         "with titles any meeting could have", total)
    if total >= MERGE_AT and (few or crowded):
        return PairScore("review", score, findings, f"match weight {total:+.1f} bits, but its part of town holds "
                         "other such events that day", total)
    if total >= MERGE_AT:
        outcome, reason = "merge", f"match weight {total:+.1f} bits"
    else:
        outcome, reason = "review", f"match weight {total:+.1f} bits: not sure"
    return PairScore(outcome, score, findings + (f"match weight {total:+.1f}",), reason, total)
