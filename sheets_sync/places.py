"""Places as staff type them: parsing, comparing, and the venue↔address gazetteer. Pure.

A row's ``Location`` and ``Address`` cells become one :class:`Place`:

* an **address** — house number (a unit letter such as ``2510-C`` or ``Unit C`` is dropped: it is
  the same building), direction (``N``/``S``/``E``/``W``, part of the address: ``600 N Buchanan``
  and ``600 S Buchanan`` are two places, while a direction typed on one row only is a dropped
  direction), and the street's core words (suffixes folded, ``J.H. Franklin`` ≈
  ``John Hope Franklin``, ``NC Highway 751`` = ``Hwy 751``); city, state and ZIP are ignored; a
  ``PO Box`` is a mailing address and is no place at all;
* an **intersection** — two streets joined by ``at``, ``/``, ``&``, ``and`` (either order);
* a **block face** — ``<street> between <cross street> and <cross street>`` (also ``btwn``,
  ``b/w``, ``from <cross street> to <cross street>``), as street-closure and event permits and staff write a stretch of one street ("Main St
  between 3rd and 4th"); in a list of places (comma-separated) the first block face counts;
* a **venue** name (the rest of Location) and a **room** inside it: a parenthesised part, a
  ``Room at Venue`` prefix, or a ``Venue / Room`` suffix whose words name a part of a building
  (hall, auditorium, classroom, lounge, wing, suite, annex, field house, ...).

:func:`compare_places` grades two places (see :data:`PLACE_KINDS`). :class:`Gazetteer` learns
which venue stands at which address from the rows that give both (plus ``matching.places`` in
the config), so a row naming only the venue and a row giving only its street address can be
recognised as one place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Iterable, Mapping, Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein

from .model import unaccented

_SUFFIXES = {"street": "st", "str": "st", "avenue": "ave", "av": "ave", "road": "rd",
             "boulevard": "blvd", "drive": "dr", "lane": "ln", "court": "ct", "place": "pl",
             "parkway": "pkwy", "highway": "hwy", "north": "n", "south": "s", "east": "e",
             "west": "w", "saint": "st", "center": "ctr", "centre": "ctr", "sts": "st",
             "terrace": "ter", "circle": "cir", "square": "sq", "trail": "trl", "plaza": "plz",
             "mount": "mt", "expressway": "expy", "freeway": "fwy", "route": "hwy", "rte": "hwy",
             "building": "bldg", "recreation": "rec", "elementary": "elem", "hs": "high school",
             "ms": "middle school", "es": "elem school", "library": "lib", "department": "dept",
             "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
             "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th",
             "apts": "apartments", "apt": "apartments", "pk": "park", "gymnasium": "gym",
             "headquarters": "hq", "hdqtrs": "hq", "hdqrs": "hq", "stn": "station", "sta": "station",
             "mkt": "market", "mrkt": "market", "rm": "room", "conf": "conference", "mtg": "meeting",
             # (a fresh helper's set: "Finello Pav." beside "Finello Pavilion", "Lighthouse Pt" beside
             # "Lighthouse Point Park")
             "pav": "pavilion", "pt": "point",
             # (a helper's check in King County: "4501 Delridge Wy S.W." beside "4501 Delridge Way SW",
             # "22500 Southeast 248th St." beside "22500 SE 248th Street")
             "wy": "way", "northeast": "ne", "northwest": "nw", "southeast": "se", "southwest": "sw"}
#: the short forms places write words in ("n", "st", "ctr"): :func:`abbreviated_word`'s results
ABBREVIATED_FORMS = frozenset(_SUFFIXES.values())
_STREET_TYPES = ("st", "ave", "rd", "blvd", "dr", "ln", "ct", "pl", "pkwy", "hwy", "way", "ter",
                 "cir", "sq", "trl", "plz", "loop", "pike", "row", "walk", "path", "expy", "fwy")
_DIRECTIONS = frozenset("n s e w ne nw se sw".split())
#: the words by which a name is a neighbourhood's, a street's or a natural place's ("Heron
#: Point", "Tanager Ridge", "Tweed St."), folded, short and long forms: what makes the words a
#: title adds a place's name rather than its own ("Family Fun", "Summer", "Rain or Shine")
PLACE_NAME_WORDS = frozenset(_STREET_TYPES) | frozenset(_SUFFIXES) | frozenset("""point pointe creek ridge hill
    hills heights village woods lake lakes meadow meadows estates grove glen hollow valley springs landing
    crossing commons gardens manor farms acres bend shores harbor harbour bay island park court trace forest
    brook knoll vista pines oaks junction mill mills corner corners downtown uptown westside eastside
    northside southside block""".split())
PLACE_NAME_WORDS -= {
    # (not words a title uses of its own event: "Safety Walk", "Toy Drive", "Food Court", "Dr. Lee")
    "walk", "way", "row", "path", "loop", "place", "drive", "dr", "court", "trail", "trl", "circle", "route", "rte",
    "north", "south", "east", "west", "saint", "center", "centre",
    "building", "recreation", "elementary", "hs", "ms", "es", "library", "department", "first", "second",
    "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "headquarters", "hdqtrs",
    "hdqrs", "stn", "sta", "mkt", "mrkt", "rm", "conf", "mtg", "pav", "gymnasium", "apts", "apt"}
_UNIT = re.compile(r"\b(?:unit|apt|suite|ste|bldg|floor|fl)\b\.?\s*#?\s*[\w-]+|#\s*[\w-]+", re.I)
#: a city, state and ZIP after an address (:func:`_no_zip`): a city of up to three words after a
#: comma or a street type ("…, Cedar Point, OH 44870", "1200 Shoreline Dr  Cedar Point OH 44870"),
#: else of one word ("Central Library Cedar Point OH 44870" keeps "Cedar": the words before a
#: state are a venue's as often as a city's, an adversarial helper's check); a country closing it
#: ("…, USA"). A fresh city's check: "cedar" of "Cedar Point" had been read as a venue word.
_TYPE_WORD = r"(?:%s)\b" % "|".join(t.capitalize() for t in _STREET_TYPES)    # a street type, as typed
_CITY_WORD = r"(?!" + _TYPE_WORD + r")[A-Z][a-z]+"
_STATE_ZIP = r"\b(?:NC|N\.C\.|[A-Z]{2})\.?\s+\d{5}(?:-\d{4})?\b"
_ZIP = re.compile(r"(?P<street>\b" + _TYPE_WORD + r"\.?)\s+" + _CITY_WORD
                  + r"(?:\s+" + _CITY_WORD + r"){0,2}\s*,?\s*" + _STATE_ZIP
                  + r"|,\s*(?:(?:St|Ft|Mt)\.?\s+)?" + _CITY_WORD + r"(?:\s+" + _CITY_WORD + r"){0,2}\s*,?\s*"
                  + _STATE_ZIP
                  + r"|,?\s*\b(?:" + _CITY_WORD + r"\s*,?\s*)?" + _STATE_ZIP + r"|\b\d{5}(?:-\d{4})?\s*$|"
                  r",?\s*\b(?:USA|U\.S\.A\.?|United States(?: of America)?)\s*$")


def _no_zip(text: str) -> str:
    """``text`` without its city, state, ZIP and country (:data:`_ZIP`), a street type before
    them kept."""
    return _ZIP.sub(lambda m: f" {m.group('street') or ''} ", text)


_PO_BOX = re.compile(r"\bp\.?\s*o\.?\s*box\s*\d+|\bpost office box\s*\d+", re.I)
_STATES = ("al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm "
           "ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy us sr i state county")
#: A road named by its number, as :func:`normalise_place` writes it: ``"<system>hwy<number><suffix>
#: hwy"`` — the system ``i`` (Interstate), ``us``, ``s`` (a state's: "NC 54", "SR 37", "State Road
#: 37", "State Highway 22"), ``c`` (a county's: "County Road 5", "Co Rd 12", and "CR 500 N" after
#: a house number or "and" — "Main St & CR 5" —, or first before "and": "CR 5" alone may be a
#: conference room), ``t`` (township), ``fm`` (Texas farm-
#: or ranch-to-market), or none ("Highway 61", "Route 9", "Rt. 9"); the suffix a direction ending
#: the place ("CR 500 N"), after its banner (:data:`_BANNERS`: "US 15-501 Bus" →
#: ``ushwy15bus hwy``; a concurrent route's number, "-501", is left out: one road). The number is no house
#: number, and two roads are one only when number, system, banner and suffix agree
#: (:func:`_roads_alike`; an unnamed system or suffix agrees with any, a missing banner with none).
#: a route's banner, another road that shares its number ("US 15-501 Bus", "US 70 Bypass", "Alt 1A")
_BANNERS = {"business": "bus", "bus": "bus", "bypass": "byp", "byp": "byp", "alternate": "alt", "alt": "alt",
            "truck": "trk", "trk": "trk", "spur": "spur", "connector": "conn", "conn": "conn"}
_HIGHWAY = re.compile(
    r"(?:\b(?:(?P<pa>%s|interstate)\s+)?(?:hwy|highway|route|rte|rt)\s+(?P<na>\d+)\b"
    r"|\b(?P<pb>%s|interstate)\s*-?\s*(?P<nb>\d+)\b"
    r"|\b(?P<pc>state|county|co|township|twp|farm to market|ranch to market|ranch)\s+(?:road|rd)\s+(?P<nc>\d+)\b"
    r"|\b(?P<house>\d{1,6}\s+(?:[nsew]\s+)?|and\s+)(?P<pd>cr|fm|rm)\s*-?\s*(?P<nd>\d+)\b"
    r"|^(?P<pe>cr|fm)\s*-?\s*(?P<ne>\d+)(?=\s+(?:and|at)\s+\w)|\b(?P<pf>fm)\s*-?\s*(?P<nf>\d{2,4})\b"
    r"|(?:^|(?<=and )|(?<=at ))(?P<ng>\d{2,3})(?=\s+\d{3}(?:\s+(?:%s|and|at)\b|\s*$)))"   # a bare "15-501"
    r"(?P<con>\s+\d{2,4}(?=\s+(?:%s|and|at|[nsew])\b|\s*$))?"       # a concurrent route: "US 15-501"
    r"(?:\s+(?P<ban>%s)\b(?!\s+(?:stop|station|depot|terminal|shelter|barn|garage|lot)\b))?"
    r"(?:\s+(?P<sfx>[nsew])(?=\s*$))?"             # the direction ending the place: "CR 500 N"
    % ("|".join(_STATES.split()), "|".join(_STATES.split()), *(["|".join(sorted(_BANNERS, key=len, reverse=True))] * 3)))
_STATE_CODES = frozenset(_STATES.split()) - {"i", "state", "county"}
_DOTTED_SYSTEM = re.compile(r"\b([a-z]) ([a-z])\b(?= (?:hwy |highway |route |rte |rt )?\d)")
_SYSTEMS = {"i": "i", "interstate": "i", "us": "us", "county": "c", "co": "c", "cr": "c", "township": "t",
            "twp": "t", "farm to market": "fm", "ranch to market": "fm", "ranch": "fm", "fm": "fm", "rm": "fm"}


def _road_name(m: re.Match) -> str:
    prefix = m.group("pa") or m.group("pb") or m.group("pc") or m.group("pd") or m.group("pe") or m.group("pf") or ""
    number = m.group("na") or m.group("nb") or m.group("nc") or m.group("nd") or m.group("ne") or m.group("nf") \
        or m.group("ng")
    if m.group("pd") == "rm" and not m.group("house")[0].isdigit():
        return m.group(0)                  # "and Rm 5": a room
    if m.group("ng") and m.group("con") and 0 < int(m.group("con")) - int(m.group("ng")) < 50:
        return m.group(0)                  # "101-105": a range of rooms or numbers, not "15-501"
    system = _SYSTEMS.get(prefix, "s" if prefix else "")
    banner = _BANNERS.get(m.group("ban") or "", "")
    return f"{m.group('house') or ''}{system}hwy{number}{banner}{m.group('sfx') or ''} hwy"


# a street has a name before its type ("Pier 9 Plaza" is a venue), and a street word starts with a
# letter or is an ordinal ("5th"): "Medic 3 stop 140 Linden St" is 140 Linden St
_ADDRESS = re.compile(r"\b(\d{1,6})(?:\s*-\s*[a-z]\b|[a-z]\b)?\s+(block of\s+)?"
                      r"((?:(?:[a-z][a-z0-9']*|\d+(?:st|nd|rd|th))\s+){1,4}?(?:%s))\b" % "|".join(_STREET_TYPES))
_ZIP_END = re.compile(r"\b\d{5}(?:-\d{4})?\s*$")
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,6})(?:\s*-\s*[a-z]\b|[a-z]\b)?\s+(block of\s+)?([a-z][a-z0-9' ]*)")
#: one of :data:`_DIRECTIONS` in a pattern
_DIRECTION = r"(?:[nsew]|ne|nw|se|sw)"
#: a cell that is only a house number, a direction and a street's name without its type, or a
#: numbered street's: "1601 S Rogers", "812 W. 9th", "300 4th" (three fresh helpers' sets: read
#: as a venue's name, it stood apart from "1601 S Rogers St", the same park's address)
_TYPELESS_ADDRESS = re.compile(rf"^\s*(\d{{1,6}})\s+(block of\s+)?"
                               rf"({_DIRECTION}\s+(?:[a-z][a-z0-9']*|\d+(?:st|nd|rd|th))(?:\s+[a-z][a-z0-9']*)?"
                               r"|\d+(?:st|nd|rd|th))\s*$")
#: a quadrant after an address's street type ("4501 Delridge Way SW", Seattle's and Washington's
#: way: "… Ave NW" is not "… Ave SE"; a helper's check had the quadrant read as a venue word)
_QUADRANT_AFTER = re.compile(rf"\s+({_DIRECTION})(?=\s|$)")
#: (a direction before or after the street: "NE 65th St", "20th Ave NE" — Seattle's every street)
_STREET_PART = re.compile(rf"^(?:{_DIRECTION}\s+)?[a-z0-9']+(?:\s+[a-z0-9']+){{0,3}}?\s+(?:%s)"
                          rf"(?:\s+{_DIRECTION})?$" % "|".join(_STREET_TYPES))
_STREET_ONLY = re.compile(rf"^(?:{_DIRECTION}\s+)?[a-z0-9']+(?:\s+[a-z0-9']+){{0,2}}\s+(?:st|ave|rd|blvd|dr|ln|"
                          rf"ct|pkwy|hwy|way|ter|cir)(?:\s+{_DIRECTION})?$")
_JOINERS = re.compile(r"\s+(?:at|and|&)\s+|\s*/\s*|\s*@\s*")
# words naming a part of a building; the weak ones only inside "(...)" or after " / "
_ROOM_WORDS = frozenset("""room rm hall auditorium gym gymnasium cafeteria studio classroom lounge wing suite
    annex lobby kitchen chapel theater theatre lab conference boardroom fieldhouse atrium foyer
    ballroom basement multipurpose mpr chambers level floor""".split())
_ROOM = re.compile(r"^(?:\w+\s+){0,2}(?:%s)(?:\s+\w{1,3})?$" % "|".join(sorted(_ROOM_WORDS)))
#: a hall that is a building, never a room of one: "Fairview City Hall, Room #2" is Room 2 of
#: Fairview City Hall (v40 A2: it had been read as a room named "Fairview City Hall" of a
#: venue "Room 2", a venue apart from every other row at City Hall)
_CIVIC_HALL = re.compile(r"\b(?:city|town|village|county|borough|municipal|civic)\s+hall$")
_TRAILING_ROOM = re.compile(r"\b(?:(?:meeting|mtg|conference|conf|community|comm|class|multipurpose|training|trng|"
                            r"board|art)\.?\s+)?"
                            r"(?:room|rm|suite|classroom|lab)\s*[a-z0-9]{1,4}$|"
                            # a room named by its use alone: "EOC training rm" (v61; not "Time Check
                            # Community Room", a venue's name, v53, nor "Birch Conference Room")
                            r"\b(?:class|multipurpose|training|trng)\.?\s+(?:room|rm)$|"
                            # a school's sports ground: "ALHS football field" is not its auditorium
                            # (v61: a track meet's standby had joined a parents' talk; a park's
                            # fields are its areas, :data:`_PARK_AREAS`)
                            r"(?<!\bpark )(?<!\bpk )\b(?:football|soccer|softball|baseball|athletic|practice|track|"
                            r"ball) ?fields?$|"
                            # a fairground's hall, a lot by its side: "TC Fairgrounds Expo Hall", "VO
                            # Mall N. lot" (v62: read into the venue's name, apart from the same
                            # place typed with a dash)
                            r"\b(?:expo|exhibit|exhibition) hall$|"
                            r"\b(?:north|south|east|west|n|s|e|w|front|back|rear|side|upper|lower|overflow)\.? lot$|"
                            r"\b(?:gym|gymnasium|cafeteria|"
                            r"auditorium|lounge|annex|lobby|atrium|foyer|rotunda|studio|kitchen|chapel|library wing|"
                            # the grounds of a building: "Station 7 parking lot" is at Fire Station 7 (v38 FS3)
                            r"parking lot|front lawn|courtyard|apparatus bay|front steps|driveway)$")
#: a room named by its use, no number, after a building's kind: "City Hall Committee Room", "Town
#: Hall Council Chambers" (v38 CH1); or its plaza ("City Hall Plaza": a concert there and a workshop
#: in Room 104 are in two places, v38 CH4); group 1 is the room ("Lakewood Community Room" alone
#: is a venue)
_USE_ROOM = re.compile(r"\b(?:hall|center|centre|ctr|building|bldg|library|lib|station|school|church|courthouse|"
                       r"complex|annex|headquarters|hq|cc)(?:\s+#?\d{1,3}[a-z]?)?\s+((?:meeting|conference|community|"
                       r"committee|council|"
                       r"board|training|multipurpose|class|party|activity|banquet|fellowship|media|computer|"
                       r"fitness|game|art|craft|music|teen|senior|reading|study|break) (?:room|rm)|"
                       r"(?:council |commission |board )?chambers|plaza)$")
_WEAK_ROOM_WORDS = _ROOM_WORDS | frozenset("library field fields house court courts pavilion shelter stage "
                                           "deck office floor".split()) | frozenset(
    # outdoor parts of a place: "north beach / boardwalk" is the beach's boardwalk (a fresh
    # helper's set: read as a venue "north beach at boardwalk", the beach's patrol kept apart)
    "boardwalk pier dock lawn patio courtyard".split())
_PUNCT = re.compile(r"[^\w\s]|_")
_SLASH = re.compile(r"\s*/\s*(?!(?<=\d/)\d)")     # (not "US 15/501": one road's two numbers)
_UNIT_MARK = re.compile(r"\b(?:unit|apt|suite|ste)\b\.?\s*#?\s*([a-z0-9]{1,4})\b|#\s*([a-z0-9]{1,4})\b|"
                        r"\b\d{1,6}\s*-\s*([a-z])\b", re.I)
_UNIT_LETTER = re.compile(r"\b(\d{1,6})\s*-\s*([A-Za-z])\b")      # "2510-C Garrett Rd": unit C of 2510
_ROOM_BEFORE = re.compile(r"\b(?:room|rm|suite|ste)\.?\s*#?\s*$", re.I)


def _unit_letter(m: re.Match) -> str:
    """A house number's unit letter is left out ("2510-C Garrett Rd" is 2510); a room's is kept,
    joined ("Room 2-A" is room 2a, not the room 2b beside it: a helper's check)."""
    if _ROOM_BEFORE.search(m.string, 0, m.start()):
        return f"{m.group(1)}{m.group(2)}"
    return m.group(1)
# words that say what kind of place a venue is, not which one ("Sherwood Park Recreation Center")
GENERIC_VENUE_WORDS = frozenset("""the of at park parks ctr rec school elem middle high lib regional
    community bldg county city public hall plz center centre recreation library building st ave rd
    club church senior field fields area grounds campus station neighborhood neighbourhood
    get together apartments sq lib church stadium academy mall lot pool arena museum
    jr sr""".split())   # (a namesake's "Jr."/"Sr." is often left out: "MLK Center", v38 CC4)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents; punctuation becomes space (``&`` becomes ``and``). The one
    text-folding helper for matching and identity."""
    t = text.lower().replace("&", " and ")
    if not t.isascii():
        t = unaccented(t)
    return " ".join(_PUNCT.sub(" ", t).split())


#: a venue's initials, folded ("w d hill", "i r holmes" from "W.D. Hill", "I.R. Holmes"): written "WD",
#: "IR" as often, so they are one word (a street's initials are matched word by word: :func:`_streets_alike`)
_INITIALS = re.compile(r"\b([a-z]) (?=[a-z]\b)")


#: a quadrant typed with full stops ("S.W.", "N. E."): one word, as "SW"
_DOTTED_QUADRANT = re.compile(r"\b([NnSs])\.\s?([EeWw])\.(?!\w)")


@lru_cache(maxsize=1 << 16)
def normalise_place(text: str) -> str:
    """``"2416 Sarah St., Unit 516, Durham, NC 27701"`` → ``"2416 sarah st"``: case,
    punctuation, suffixes, units, city/state/ZIP."""
    t = fold(_UNIT.sub(" ", _no_zip(_UNIT_LETTER.sub(_unit_letter, _DOTTED_QUADRANT.sub(r"\1\2", text)))))
    if " " in t and re.search(r"\b[a-z] [a-z]\b", t):       # "U.S. 31", "N.C. 54": a dotted system
        t = _DOTTED_SYSTEM.sub(lambda m: m.group(1) + m.group(2) if f"{m.group(1)}{m.group(2)}" in _STATE_CODES
                               else m.group(0), t)
    if _HIGHWAY.search(t):
        t = _HIGHWAY.sub(_road_name, t)
    if "route" in t or "rte" in t:
        t = _EVENT_ROUTE.sub(r"\1", t)           # "Downtown parade route": the parade's way, no road
    if "fire" in t:
        t = _FIREHOUSE.sub("fire station", t)    # "Firehouse 14", "Fire Hall No. 7": a numbered station
    if "fs" in t:
        t = _FS.sub("fire station ", t)          # "FS1", "FS 1"
    if _SPANISH_PLACE_HINT.search(t):
        t = _SPANISH_PLACE.sub(lambda m: _SPANISH_PLACES[m.group(0)], t)
    t = _abbreviated(t)
    if "bl" in t and (street_first := _STREET_BLOCK.fullmatch(t)):
        t = f"{street_first.group(2)} block of {street_first.group(1)}"    # "Arch St (1400 blk)"
    t = _BLOCK_OF.sub(_block_of, t)
    return _BARE_ORDINAL.sub(_ordinal, t) if _NUMBERED_TYPE.search(t) else t


#: an event's way named "route", not a road ("Downtown parade route", "5K race route"; v56:
#: read as a road called Downtown Parade, every place beside it was another address)
_EVENT_ROUTE = re.compile(r"\b(parade|race|run|walk|walking|bike|ride|march|tour|procession|motorcade|relay|"
                          r"trail|trolley|bus|shuttle|evacuation|snow|delivery|candy|costume)\s+(?:route|rte)\b"
                          r"(?!\s*\d)")


#: the words of a place in Spanish, folded, as the English ones ("Bryan Park canchas de
#: baloncesto" beside "Bryan Park Basketball Courts": v48, a bilingual table kept apart)
_SPANISH_PLACES = {
    "canchas de baloncesto": "basketball courts", "cancha de baloncesto": "basketball court",
    "canchas de basquetbol": "basketball courts", "cancha de basquetbol": "basketball court",
    "canchas de futbol": "soccer fields", "cancha de futbol": "soccer field", "canchas": "courts",
    "cancha": "court", "parque": "park", "biblioteca": "library", "centro comunitario": "community center",
    "centro de recreacion": "recreation center", "estacion de bomberos": "fire station", "escuela": "school",
    "iglesia": "church", "alcaldia": "city hall", "ayuntamiento": "city hall", "piscina": "pool",
    "estacionamiento": "parking lot"}
_SPANISH_PLACE = re.compile(r"\b(?:%s)\b" % "|".join(sorted(map(re.escape, _SPANISH_PLACES), key=len, reverse=True)))
_SPANISH_PLACE_HINT = re.compile(r"\b(?:cancha|parque|biblioteca|centro|estacion|escuela|iglesia|alcaldia|"
                                 r"ayuntamiento|piscina|estacionamiento)")


_TYPES = r"(?:st|ave|rd|blvd|dr|ln|pl|ct|ter|way|pkwy)"
_NUMBERED_TYPE = re.compile(rf"\d {_TYPES}\b")
#: a numbered street typed without its ordinal ("49 S 22 St", "Carson St and 22 St"): after a
#: direction, a house number or "block of", or alone before the end or "and" (not "120 St Marys Rd")
_BARE_ORDINAL = re.compile(rf"(?:(?<=\b[nsew] )|(?<=\d )|(?<=\bof ))(\d{{1,3}})(?= {_TYPES}\b)"
                           rf"|(?:^|(?<= and ))(\d{{1,3}})(?= {_TYPES}(?:$| and ))")


def _ordinal(m: re.Match) -> str:
    return ordinal(m.group(1) or m.group(2))


def ordinal(n: str) -> str:
    """``"22"`` → ``"22nd"``, ``"11"`` → ``"11th"``, ``"3"`` → ``"3rd"``."""
    tail = "th" if int(n) % 100 in (11, 12, 13) else {"1": "st", "2": "nd", "3": "rd"}.get(n[-1], "th")
    return n + tail


def abbreviated_word(word: str) -> str:
    """One folded word as places write it (``"street"`` → ``"st"``, ``"avenue"`` → ``"ave"``)."""
    return _SUFFIXES.get(word, word)


def street_word(word: str) -> str:
    """One word of a street's name as places are compared: a number as its ordinal, a spelled
    ordinal as its digits (``"22"``, ``"second"`` → ``"22nd"``, ``"2nd"``)."""
    if word.isdigit():
        return ordinal(word)
    spelled = _SUFFIXES.get(word, word)
    return spelled if spelled[:1].isdigit() else word


#: a numbered firehouse or fire hall (folded), which is the fire station of that number ("Firehouse 14"
#: = "Fire Station 14", v29 D16; "FS1", "FS 1", v34); an unnumbered "Old Firehouse Teen Center" stays its own name (v30 N6)
_FIREHOUSE = re.compile(r"\bfire ?(?:house|hall)(?= (?:no |number )?\d)")
_FS = re.compile(r"\bfs ?(?=\d{1,3}\b)")


#: a word that may open a block face's cross streets (:data:`_BETWEEN`)
_FACE_HINT = re.compile(r"betw|btwn|b/w|\bfrom\b", re.I)
#: "1100 blk Hoover Rd", "1100 block Hoover Rd", "1100 blk of …" → "1100 block of …"; a
#: block range, "1100-1200 blk" (folded "1100 1200 blk"), "1100 to 1200 block of", reads from
#: its first block: "1100 block of …"
_BLOCK_OF = re.compile(r"\b(\d{1,6})(?: (?:to |thru |through )?(\d{1,6}))? (?:block|blk)(?: of)? ")


#: a block written street first ("Arch St (1400 blk)", "Arch Street, 1400 block"), folded: read as
#: "1400 block of Arch St" (a fresh verifier's block party kept apart from its drop-by)
_STREET_BLOCK = re.compile(r"((?:[nsew] )?[a-z0-9']+(?: [a-z0-9']+){0,3}? (?:%s)) (\d{1,6}) (?:block|blk)" % "|".join(_STREET_TYPES))


def _block_of(m: re.Match) -> str:
    first, last = m.group(1), m.group(2)
    if last is not None and int(last) < int(first):     # "12 1100 blk": not a range; keep the number
        return f"{first} {last} block of "
    return f"{first} block of "


@dataclass(frozen=True)
class Place:
    """A parsed place. ``number``/``direction``/``street``: an address (may be blank; ``block``
    for "1400 block of"); ``crossing``: the two streets of an intersection; ``venue`` and
    ``room``: normalised names; ``via``: how the address or venue was completed from the
    gazetteer (``""`` when typed)."""
    number: str = ""
    street: str = ""
    block: bool = False
    venue: str = ""
    direction: str = ""
    crossing: frozenset = frozenset()
    room: str = ""
    via: str = ""
    unit: str = ""                   # "c" of "2510-C Garrett Rd" / "Unit C", "a" of "Suite A"
    between: frozenset = frozenset()  # a block face: the two cross streets (bare names) of ``street``
    initials: frozenset = frozenset()  # words of 3-5 capitals typed in Location ("ATT", "LCC"), folded
    many: str = ""                   # the kind of place a Location naming many of it names ("station": _many_of)
    hybrid: bool = False             # held online too ("Council Chambers + Zoom": hybrid_split)
    platform: str = ""               # the meeting tool of a place online ("zoom", "teams": meeting_platform)

    @property
    def blank(self) -> bool:
        return not (self.number or self.venue or self.crossing)

    @cached_property
    def address_key(self) -> str:
        """``"600 n buchanan"``: number, direction and street name (no type), or ``""``.
        Worked out once per place (issue 17: asked for every candidate pair and day table)."""
        if not self.number or self.block:
            return ""
        return " ".join(p for p in (self.number, self.direction, _bare_street(self.street)) if p)

    @cached_property
    def areas(self) -> frozenset:
        """The kinds of part of a park its venue and room name (:func:`park_areas`), worked
        out once per place (asked for most candidate pairs)."""
        return park_areas(f"{self.venue} {self.room}") if self.venue else frozenset()

    @cached_property
    def room_alone(self) -> bool:
        """Its venue is only a room's name, typed with no building ("Hayes Conference Room",
        "Council Chambers"; not a civic hall, a building), and no room is given. Worked out
        once per place (asked for most pairs at one address)."""
        return (bool(self.venue) and not self.room and bool(_ROOM.match(self.venue))
                and not _CIVIC_HALL.search(self.venue))

    @cached_property
    def booking_key(self) -> str:
        """The place a booking holds: address (else venue, else block face) and room; ``""``
        for none (:meth:`sheets_sync.matching.DayContext.bookings`). Worked out once per place
        (issue 17, p17ae: asked twice for most pairs the matcher would join)."""
        where = self.address_key or self.venue or (str(self) if self.between else "")
        return f"{where}/{self.room}" if where else ""

    def __str__(self) -> str:
        if self.between:
            address = " ".join(p for p in (self.direction, self.street) if p) + \
                f" between {' & '.join(sorted(self.between))}"
        elif self.number:
            address = " ".join(p for p in (self.number, "block of" if self.block else "", self.direction,
                                           self.street) if p)
        else:
            address = " & ".join(sorted(self.crossing))
        return ", ".join(p for p in (self.venue + (f" ({self.room})" if self.room else ""), address) if p)


def _street_core(street: str) -> tuple[str, str]:
    """``"n buchanan blvd"`` → ``("n", "buchanan blvd")``."""
    words = street.split()
    if len(words) > 1 and words[0] in _DIRECTIONS:
        return words[0], " ".join(words[1:])
    return "", street


def _street_type(street: str) -> str:
    """A street's type, its last word when it is one (``"w 11th pl"`` → ``"pl"``), else ``""``."""
    words = street.split()
    return words[-1] if len(words) > 1 and words[-1] in _STREET_TYPES else ""


def _bare_street(street: str) -> str:
    """A street's name without direction and type: ``"w markham ave"`` → ``"markham"``."""
    words = [w for w in street.split() if w not in _DIRECTIONS]
    if len(words) > 1 and words[-1] in _STREET_TYPES:
        words = words[:-1]
    return " ".join(words)


def _room_part(text: str) -> bool:
    """A part of a Location set off by a comma names a room (:data:`_ROOM`), not a building:
    not a civic hall (:data:`_CIVIC_HALL`)."""
    folded = fold(text).strip()
    return bool(_ROOM.match(folded)) and not _CIVIC_HALL.search(folded)


#: a house number opening a Location: "2 Library Plaza", "1 City Hall Plaza" are street addresses,
#: not a building's plaza (a fresh city's check: Police's expo at "2 Library Plaza" had been
#: "similar venue" to the library the sheet gives that address)
_HOUSE_NUMBER = re.compile(r"\s*\d{1,6}[a-z]?\s+[A-Za-z]")


def _split_room(loc: str) -> tuple[str, str]:
    """``"weaver st rec ctr (multipurpose hall)"`` → venue, room (both folded later). A
    ``"Park: Soccer-10"`` part after a colon is the room (a field, a court)."""
    room = ""
    venue, colon, part = loc.partition(":")
    if colon and part.strip() and venue.strip() and not re.search(r"\d{1,2}:\d\d", loc):
        # (a label naming what follows is no venue: "Site: Site 4", "Station: Station 5" — a
        # README-only check had each merged with the next site)
        loc, room = (part, "") if _names_what_follows(venue, part) else (venue, part)
    m = re.search(r"\(([^)]*)\)", loc)
    while m:
        inner = m.group(1)
        if _WEAK_ROOM_WORDS.intersection(fold(inner).split()) and not re.search(r"\d{2,}\s+\w", inner):
            room = room or inner
            loc = (loc[:m.start()] + " " + loc[m.end():]).strip()
        else:
            loc = (loc[:m.start()] + ", " + inner + loc[m.end():]).strip()
        m = re.search(r"\(([^)]*)\)", loc)
    parts = re.split(r"\s+/\s+|\s*-\s+", loc, maxsplit=1)    # ("Eastgate Center- Multi Purpose Room")
    if len(parts) == 2 and _WEAK_ROOM_WORDS.intersection(fold(parts[1]).split()) and not re.search(r"\d{2,}", parts[1]):
        loc, room = parts[0], room or parts[1]
    m = re.match(r"^\s*([^,]{1,40}?)\s+(?:at|in|@)\s+(.+)$", loc, re.I)
    if m and _ROOM_WORDS.intersection(fold(m.group(1)).split()) and not re.search(r"\d{2,}", m.group(1)):
        loc, room = m.group(2), room or m.group(1)
    first, _, rest = loc.partition(",")
    # (not when what follows is the room: "Veterans Memorial Hall, Lower Level")
    if rest and _room_part(first) and not _room_part(rest):
        loc, room = rest, room or first       # "Conference Suite 1, County Public Safety Building"
        # … and a building before the room, an address after: "City Hall Room 201, 1 Civic Plaza"
        # is City Hall's Room 201 (a fresh city's check: it had been a room of no building)
        building = fold(first)
        if (inner := _TRAILING_ROOM.search(building)) and inner.start() > 0 and _HOUSE_NUMBER.match(rest):
            loc, room = f"{building[:inner.start()]}, {rest}", inner.group(0)
    head, comma, last = loc.rpartition(",")
    if comma and head.strip() and _room_part(last):
        loc, room = head, room or last        # "Central Library, Meeting Room A"
    m = _TRAILING_ROOM.search(fold(loc))
    if m and m.start() > 0 and not room:
        loc, room = fold(loc)[:m.start()], m.group(0)   # "Lincoln High School Room 101", "... Gym"
    elif not room and (m := _USE_ROOM.search(fold(loc))) and not _HOUSE_NUMBER.match(loc):
        loc, room = fold(loc)[:m.start(1)], m.group(1)  # "City Hall Committee Room"
    return loc, fold(room)


#: a road named by its number, as :func:`normalise_place` writes it ("Route 9" → "hwy9 hwy")
_ROAD = re.compile(r"\b(?:i|us|s|c|t|fm)?hwy\d+(?:bus|byp|alt|trk|spur|conn)?[nsew]? hwy\b")
#: the road of a street's bare name (:func:`_bare_street`): system, number, suffix, and the other words
_ROAD_PARTS = re.compile(r"^(.*?)\b(i|us|s|c|t|fm)?hwy(\d+)(bus|byp|alt|trk|spur|conn)?([nsew]?)\b(.*)$")


def _corner_direction(text: str) -> str:
    """The direction an intersection's streets share, typed before or after them: "NE 65th St &
    20th Ave NE" → ``"ne"`` (Seattle's quadrants: NW 65th St is another street, a helper's
    check); ``""`` when none is typed or they differ ("N Duke St & W Main St")."""
    found = {w for part in _JOINERS.split(text) if (words := part.split())
             for w in (words[0], words[-1]) if w in _DIRECTIONS and len(words) > 1}
    return found.pop() if len(found) == 1 else ""


def _roads_alike(a: str, b: str) -> bool | None:
    """Two bare street names as roads named by number: ``None`` when neither is one; else one
    road when the numbers agree, the systems (and suffixes) agree or one names none, and the
    other words agree ("Old Route 9" is not "Route 9"): "State Road 37" / "SR 37" and "Route 9"
    / "County Route 9" are one road, "County Road 12" / "State Road 12", "CR 500 N" / "CR 500 S"
    and "US 70" / "NC 70" are two."""
    ma, mb = _ROAD_PARTS.match(a), _ROAD_PARTS.match(b)
    if not (ma or mb):
        return None
    if not (ma and mb):
        return False
    (pa, sa, na, ba, da, ra), (pb, sb, nb, bb, db, rb) = ma.groups(), mb.groups()
    return (na == nb and (sa == sb or not sa or not sb) and ba == bb and (da == db or not da or not db)
            and " ".join(f"{pa} {ra}".split()) == " ".join(f"{pb} {rb}".split()))


def _crossing(text: str) -> frozenset:
    """Two street names of an intersection typed with at, /, &, and (either order), or a numbered
    road next to a street ("Route 9 - Main St", "Main St, US 31")."""
    t = re.sub(r"\b(?:intersection|corner of|corner)\b", " ", text).strip()
    parts = [p.strip() for p in _JOINERS.split(t) if p.strip()]
    if len(parts) == 1 and (road := _ROAD.search(t)) and (road.start() == 0 or road.end() == len(t)):
        rest = (t[:road.start()] + t[road.end():]).strip()       # "Route 9 - Main St", its dash folded
        if _STREET_PART.match(rest):
            parts = [road.group(0), rest]
    if len(parts) != 2:
        return frozenset()
    # (a numbered street is a street without its type: "11th & Pike", a helper's check)
    typed = [bool(_STREET_PART.match(p) or _ORDINAL_STREET.fullmatch(p)) for p in parts]
    short = all(len(p.split()) <= 3 for p in parts)
    plain = not any(GENERIC_VENUE_WORDS.intersection(p.split()[:-1] if typed[k] else p.split())
                    for k, p in enumerate(parts))
    # "Ninth St at Hillsborough Rd"; "Markham and LaSalle intersection"; "Anita & Fernwald Sts"
    if all(typed) or (t != text and short) or (any(typed) and short and plain):
        return frozenset(_bare_street(p) for p in parts)
    return frozenset()


_ORDINAL_STREET = re.compile(rf"(?:{_DIRECTION} )?\d{{1,3}}(?:st|nd|rd|th)")
_BETWEEN = re.compile(r"^(?P<street>.+?)\s+(?:between|btwn|betw|b w|from)\s+(?P<a>.+?)\s+(?:and|to)\s+(?P<b>.+)$")


def _a_street(name: str, cross: tuple[str, str]) -> bool:
    """The part before "between" names a street: it has a street type ("Main St", "Washington
    Sq N": a trailing direction is allowed), or it is a short name that is no venue ("Broadway")
    and a cross street has a type or is numbered ("between Hancock St and Weirfield St")."""
    bare = re.sub(rf"\s+{_DIRECTION}$", "", name)
    if _STREET_PART.match(bare):
        return True
    words = name.split()
    # (one word that names no kind of place is a street: "Middle, between Foreland & Emlin Sts.")
    named = not GENERIC_VENUE_WORDS.intersection(words) or (len(words) == 1 and words[0] not in _VENUE_KINDS)
    return len(words) <= 3 and named and any(
        _STREET_PART.match(c) or re.match(r"^(?:[nsew] )?\d+(?:st|nd|rd|th)?\b", c) for c in cross)


#: a block face with its cross streets in brackets: "Lorenz Ave (Chartiers to Lakewood)" (a
#: helper's check; Pittsburgh's own list writes "Lorenz Ave (from Chartiers to Lakewood)")
_BRACKETED_SPAN = re.compile(r"^(?P<street>[^()]+?)\s*\(\s*(?:from\s+)?(?P<a>[^()]+?)\s+(?:to|thru|through|-|\u2013)\s+"
                             r"(?P<b>[^()]+?)\s*\)\s*$", re.I)


_CLOCK_OR_NUMBER = re.compile(r"^\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?$|^(?:noon|midnight)$", re.I)


def _bracketed_face(text: str) -> str:
    """``text`` with a block face written with its cross streets in brackets ("Lorenz Ave
    (Chartiers to Lakewood)") as one written out ("Lorenz Ave between Chartiers and Lakewood");
    anything else as it is ("Bryan Park (Shelter 1 to 3)": no street before the brackets)."""
    m = _BRACKETED_SPAN.match(text)
    if m is None or any(_CLOCK_OR_NUMBER.match(m.group(x)) for x in ("a", "b")) or not _a_street(
            normalise_place(m.group("street")), (normalise_place(m.group("a")), normalise_place(m.group("b")))):
        return text
    return f"{m.group('street')} between {m.group('a')} and {m.group('b')}"


_VENUE_KINDS = frozenset("""park center centre ctr school library hall field fields plaza church station pool
gym arena stadium pavilion shelter lot garden gardens green commons square market museum""".split())


def _block_face(text: str) -> tuple[str, str, frozenset, str] | None:
    """``"Elm St between 3rd and 4th, Riverside"`` → ``("", "elm st", {"3rd", "4th"}, "riverside")``:
    direction, street and cross streets of the first comma-separated part that is a block face,
    and the other parts that name no address (a venue); ``None`` if no part is one."""
    parts: list[str] = []
    for p in text.split(","):
        if parts and _FACE_HINT.match(p.strip()):
            parts[-1] += " " + p        # "Middle, between Foreland & Emlin Sts.": one block face
        elif p.strip():
            parts.append(p)
    for k, part in enumerate(parts):
        m = _BETWEEN.match(normalise_place(part))
        if m and _a_street(m.group("street"), (m.group("a"), m.group("b"))):
            direction, street = _street_core(re.sub(rf"\s+{_DIRECTION}$", "", m.group("street")))
            cross = frozenset(_bare_street(m.group(x)) for x in ("a", "b"))
            rest = [normalise_place(p) for n, p in enumerate(parts) if n != k and not _BETWEEN.match(normalise_place(p))]
            venue = " ".join(p for p in rest if not re.match(r"^\d", p))
            return direction, street, cross, venue
    return None


#: "Shelter #3", "Fire Station #5", "Field #2": a ``#`` number after a word that is neither a
#: street type nor a unit word numbers the thing named (as "Shelter 3" does), where after a
#: street ("12 Main St #4") or "Suite #200" it is a unit of an address (:data:`_UNIT`)
_NAMED_NUMBER = re.compile(r"\b([A-Za-z][A-Za-z']*)\.?\s*#\s*(\d{1,4}[A-Za-z]?)\b")
_NOT_A_NAME = frozenset(_STREET_TYPES) | frozenset(_SUFFIXES) | frozenset(
    "unit apt apartment suite ste bldg floor fl box no number".split())
#: a further "#" number listed after a venue's number: "Shelter 3 & #4", "Fields 2 and #3"
_MORE_NUMBERS = re.compile(r"(\d)\s*(?:&|and|,|-|/|or)\s*#\s*(\d{1,4}[A-Za-z]?)\b")
#: "Fire Station No. 3", "Shelter Number 3": the same number as "Fire Station 3"
NUMBER_WORDS = "no|num|nbr|number"          # the words staff type before a number ("No. 3")
_NUMBER_WORD = re.compile(rf"\b(?:{NUMBER_WORDS})\.?\s*(?=\d)", re.I)


def _numbered_names(location: str) -> str:
    """``"Bryan Park Shelter #1"`` and ``"Bryan Park Shelter No. 1"`` → ``"Bryan Park Shelter 1"``;
    ``"12 Main St #4"`` unchanged."""
    if "#" in location:
        location = _NAMED_NUMBER.sub(lambda m: m.group(0) if m.group(1).lower() in _NOT_A_NAME
                                     else f"{m.group(1)} {m.group(2)}", location)
        location = _MORE_NUMBERS.sub(r"\1 \2", location)     # "Shelter 3 & #4", "Fields 2, #3"
    return _NUMBER_WORD.sub("", location)


#: a number spelled out after a name word, as staff write one of a kind ("Shelter One", "Pavilion Three")
SPELLED_NUMBERS = {w: str(n) for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve "
                                            "thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
                                            "twenty".split(), start=1)}

#: a name ending in a number (or a list of them: "Fields 1, 2 and 3"), closed by a bracket, a comma or
#: a dash before what follows: "Fire Station 1 (E 4th St)", "Station 3, Walnut St", "Station Three,
#: Walnut St", "Pavilion 1 - 200 Main St", "Station 1, 2, and 3 - Walnut St"
_NAMES_NUMBER = re.compile(rf"\b([A-Za-z]+)\.?\s+(\d{{1,4}}(?:\s*(?:,|&|/|and|or)\s*(?:and\s+|&\s*)?\d{{1,4}}\b)*|"
                           rf"(?i:{'|'.join(SPELLED_NUMBERS)}))\s*(?:[(\[,;]|\s[-\u2013\u2014]\s)")


_VENUE_THEN_STREET = re.compile(r"^\s*([^,()\d/]+?)\s*(?:\(([^)]+)\)|,\s*([^,()]+)|\s[-\u2013\u2014]\s*([^,()\-]+)|"
                                r"\s*/\s*([^,()/]+))\s*$")


def _plain_corner(text: str) -> frozenset:
    """Two street names without their types joined as a corner ("bigelow and bristol"), read so
    in an Address cell only (:func:`_crossing` wants a type where a venue could be meant): each
    one or two words, no kind of place, no number but an ordinal's."""
    parts = [p.strip() for p in _JOINERS.split(text) if p.strip()]
    if len(parts) != 2 or any(len(p.split()) > 2 or GENERIC_VENUE_WORDS.intersection(p.split())
                              or re.search(r"\d", p) and not _ORDINAL_STREET.fullmatch(p) for p in parts):
        return frozenset()
    return frozenset(_bare_street(p) for p in parts)


#: a venue's name, a comma, then a house number and a street's name without its type
_VENUE_THEN_NUMBER = re.compile(r"^\s*([^,\d][^,]*?),\s*(\d{1,6}\s+[A-Za-z][\w'.]*(?:\s+[A-Za-z][\w'.]*)?)\s*$")


def _venue_then_number(location: str) -> tuple[str, str] | None:
    """``"Bean There, 45 Main"`` → ``("Bean There", "45 Main")``: a venue's name, a comma, a
    house number and a street's name without its type (v51: read as one venue's name, a drop-by
    at the café was only asked about). Not a street's block ("Arch St, 1400 block") nor a name
    whose number is spelled after the figure ("Lot A, 7 Eleven"). ``None`` otherwise."""
    found = _VENUE_THEN_NUMBER.match(location) if "," in location else None
    if found is None or _STREET_ONLY.match(normalise_place(found.group(1))) or \
            re.match(r"\d+\s+(?:block|blk)\b", found.group(2), re.I) or \
            found.group(2).split()[1].lower() in SPELLED_NUMBERS:
        return None
    return found.group(1), found.group(2)


def _venue_then_face(location: str) -> tuple[str, str] | None:
    """``"Civic Plaza / 3rd Ave between Main St and Oak St"`` → ``("Civic Plaza", "3rd Ave between
    Main St and Oak St")``: a venue, a slash, then a block face (a fresh helper's set: the venue had
    been read into the block face's street, "civic plz 3rd ave", and a closure detail there was kept
    apart from the festival at "Civic Plaza"). ``None`` otherwise."""
    before, _, after = location.partition("/")
    if after and before.strip() and _FACE_HINT.search(after) and not _FACE_HINT.search(before) and _block_face(after):
        return before.strip(), after.strip()
    return None


def _typed_corner(text: str) -> frozenset:
    """:func:`_plain_corner` of a corner as typed ("Bigelow & Bristol")."""
    return _plain_corner(normalise_place(text))


def _marked_corner(text: str) -> frozenset:
    """:func:`_plain_corner` joined by "/" or "&" (not "and", which a venue's name may hold),
    read so after a venue in Location: "Hammer Field, Bristol/Bigelow" (v47: read as one
    venue, "different" from "Bud Hammer Field" at "Bigelow & Bristol")."""
    return _typed_corner(text.replace("/", " & ")) if re.search(r"/|&", text) else frozenset()


def _venue_then_street(location: str, corner=lambda where: frozenset()) -> tuple[str, str] | None:
    """``"Walmart (MLK Pkwy)"``, ``"Target, Hillsborough Rd"`` → ``("Walmart", "MLK Pkwy")``: a
    venue's name without a number, then the street it is on, without a house number (v31 E12:
    the whole was read as one street, "Walmart MLK Pkwy"), or the corner it is at ("Jones Park,
    NE 10th St & Harrington Ave NE": the venue had been read into the corner's first street;
    ``corner``: the text after the name, as typed → a corner of untyped streets, or none).
    ``None`` otherwise."""
    m = _VENUE_THEN_STREET.match(location)
    if m is None or _FACE_HINT.search(location):     # ("Middle, between Foreland & Emlin Sts.": a block face)
        return None
    # ("Senior Center - Rigsbee Ave", v50; "Courthouse Sq / Kirkwood Ave", v48)
    name, street = m.group(1), m.group(2) or m.group(3) or m.group(4) or m.group(5)
    where = normalise_place(street)
    if (_STREET_ONLY.match(where) or _crossing(where) or corner(street) or _ADDRESS.match(where)) \
            and not _STREET_ONLY.match(normalise_place(name)):
        return name, street     # (a house number, then a street of any type: "…, 18030 162nd Pl SE", v57)
    if _NUMBERED_STREET_ALONE.fullmatch(where) and not _STREET_ONLY.match(normalise_place(name)):
        return name, f"{street} St"      # "Butler Pk, W 9th": a numbered street, its type left out (v56)
    return None


#: a numbered street with no type, perhaps with its direction ("W 9th", "4th"), folded
_NUMBERED_STREET_ALONE = re.compile(r"(?:[nsew] )?\d{1,3}(?:st|nd|rd|th)")


def _named_number_split(location: str) -> tuple[str, str] | None:
    """``"Fire Station 1 (E 4th St)"`` → ``("Fire Station 1", "E 4th St")``: a name ending in a
    number (:data:`_NAMES_NUMBER`) and, after it, a street, an intersection or an address — the
    station's number is not a house number of the street after it. ``"Lot 5 (Walnut St
    garage)"`` → ``("Walnut St garage, Lot 5", "")``: what follows names a place on a street,
    which the number must not be read as the house number of. ``None`` when what follows names
    no street, the name is a numbered road ("US 31 - Walnut St": :func:`_crossing`) or the
    number is a unit's ("Suite 4, 200 Main St" keeps its suite)."""
    m = _NAMES_NUMBER.search(location)
    word = m.group(1).lower() if m else ""
    if _SUFFIXES.get(word) in _KIND_SPELLINGS:
        word = _SUFFIXES[word]          # a kind of place shortened names it: "Fire Sta. 3, Garnet St" (v63)
    if m is None or word in _NOT_A_NAME or word in _ROOM_WORDS or \
            _ROAD.search(normalise_place(m.group(0))):      # "US 31 - Walnut St": two roads
        return None
    rest = location[m.end():].strip(" )]")
    street = normalise_place(rest)
    if _ADDRESS.search(street) or _STREET_ONLY.match(street) or _crossing(street):
        return location[:m.end(2)], rest
    if _ADDRESS.match(normalise_place(f"{m.group(2)} {rest}")) and not _NAMES_NUMBER.search(rest):
        return f"{rest}, {location[:m.end(2)]}", ""     # "Lot 5 (Walnut St garage)": not 5 Walnut St
    return None


#: what staff type in Location or Address when the place is not known yet or not one place: no
#: place to compare ("TBD", "See flyer", "Various", "Same as last year", "N/A": a fresh city's
#: check, each kept a partner's visit apart from the event it named where a blank merged; and an
#: adversarial helper's: "TBD?", "TBD (Parks to confirm)", "Still TBD", "Varies", "Citywide",
#: "See attached flyer", "Same place as last year")
#: the venue of a meeting held online, whatever it was typed as (:func:`online`)
ONLINE = "online"
#: words that say a meeting is held online ("Zoom", "Online", "Microsoft Teams", "Virtual
#: (Webex)", "Google Meet", "Facebook Live"), and words that may stand beside them ("link TBA")
_ONLINE_WORDS = frozenset("zoom online virtual teams webex webinar livestream livestreamed remote facebook youtube "
                          "teleconference gotomeeting google".split())
_ONLINE_FILLER = frozenset("via on the a an microsoft ms meet live stream streamed meeting "
                           "link call event session only tbd tba to follow be will sent after registration "
                           "conference and or with by in moved now".split())   # ("Moved to Zoom", "now online")


def online(location: str, address: str) -> bool:
    """The Location says the meeting is online and no Address is typed ("Zoom", "Online",
    "Teams link TBA"): such rows meet at no shared place, so two of them are not "different
    venues" (v47: Emergency Management's "Winter Weather Prep" on Zoom and the 911 center's
    webinar "Online" were kept apart as two places). Also a meeting's link
    ("https://zoom.us/j/8612…") and a platform named with whose account or page it is on
    ("Zoom (OEM's)", "Facebook (CSD page)", "YouTube - City of Wrenfield channel": v66)."""
    if address.strip() or not location.strip():
        return False
    location = _WAS.sub(" ", location)      # "Virtual (moved from Linwood Rec Center)"
    if _LINK.fullmatch(location.strip()):
        return True
    words = re.findall(r"[a-z]+", location.lower())
    if bool(words) and any(w in _ONLINE_WORDS for w in words) and \
            all(w in _ONLINE_WORDS or w in _ONLINE_FILLER for w in words):
        return True
    owned = _OWNED.fullmatch(location.strip().lower())
    return bool(owned) and not _kinds_in(owned.group(2) or owned.group(3))


#: a meeting's link typed as its place
_LINK = re.compile(r"(?:https?://|www\.|(?:[\w-]+\.)+(?:com|org|gov|net|us|tv)/)\S*", re.I)
#: the place an online meeting was moved from, said beside it
_WAS = re.compile(r"\((?:moved from|was|formerly|previously|not)\b[^)]*\)", re.I)
#: a platform, then whose account, page or channel it is on: "Zoom (OEM's)", "YouTube - City channel"
_OWNED = re.compile(r"(zoom|teams|webex|facebook|youtube|instagram|twitch)(?: live)?\s*(?:\(([^)]*)\)|[-–:]\s*(.*))")


def _kinds_in(text: str | None) -> bool:
    """``text`` names a kind of building or room ("Council Chambers", "Room 201"): a place, not
    whose page a meeting is on."""
    return bool(text) and bool(set(re.findall(r"[a-z]+", text.lower())) & (_KINDS | _ROOM_WORDS))


def meeting_platform(location: str) -> str:
    """The one meeting tool a place online names ("Zoom", "MS Teams", "https://zoom.us/j/…",
    "Webex", "Google Meet"), folded, else ``""`` (a stream, "YouTube", "Facebook Live", may carry
    any of them; "Virtual" names none): one meeting is held on one tool, so a meeting on Zoom and
    one on Teams are two (a README-only check had merged two "Community Meeting" rows so)."""
    found = {name for name, pattern in _PLATFORMS if pattern.search(location)}
    return next(iter(found)) if len(found) == 1 else ""


_PLATFORMS = tuple((name, re.compile(pattern, re.I)) for name, pattern in (
    ("zoom", r"\bzoom\b|zoom\.us"), ("teams", r"\bteams\b|teams\.microsoft"), ("webex", r"\bwebex\b"),
    ("meet", r"\bgoogle meet\b|meet\.google"), ("gotomeeting", r"\bgotomeeting\b")))


def hybrid_split(location: str, address: str) -> str | None:
    """The room of a meeting held there and online at once ("Council Chambers + Zoom", "City
    Hall Room 201 + Zoom", "City Hall / livestreamed", "Library & online"): the Location's part
    before or after ``+``, ``/``, ``&`` or "and" that is no online place (:func:`online`), when
    the other part is one; else ``None`` (v66: such a row had been a different venue from the
    room, and no place to compare with the Zoom)."""
    parts = [t.strip() for t in _HYBRID.split(location) if t.strip()]
    if len(parts) != 2:
        return None
    first, second = (online(t, "") or t.lower() in ("in person", "in-person") for t in parts)
    if first == second:
        return None
    return parts[1] if first else parts[0]


_HYBRID = re.compile(r"\s+(?:\+|/|&|and|plus)\s+|\s*\+\s*")


_NO_PLACE = re.compile(
    r"\s*(?:(?:location|place|venue|address)\s*:?\s*)?(?:still\s+)?"
    r"(?:(?:tbd|tba|tbc)(?:\s*/\s*(?:tbd|tba|tbc))*(?:\s*\?+|\s*\([^)]*\)|\s+by\s+\w+(?:\s+\w+)?)?|"
    r"to be (?:determined|announced|confirmed)|n\.?\s*/?\s*a\.?|none|unknown|not (?:yet )?(?:known|decided|set)|"
    r"pending|(?:location\s+)?varies|various(?:\s+\w+)?|multiple (?:locations|sites|parks)|city-?wide|"
    r"see (?:the )?(?:attached )?(?:flyer|notes?|description|below|above|website|attached|email|eventbrite|link)|"
    r"same (?:place |location |venue )?as (?:last year|above|before|last time)|on[- ]?site|\?+|-+)\s*[.!]?\s*",
    re.I)


#: a place naming many of a kind: "All fire stations", "at all stations", "every branch library",
#: "all 5 rec centers" (v63; not "All Saints Church", "All Nations Park"): the kind is the group
_MANY_PLACES = re.compile(
    r"\s*(?:at\s+)?(?:all\s+(?:of\s+)?(?:the\s+|our\s+|\d+\s+)?(?:[a-z]+\s+){0,2}(?P<kinds>stations|fire\s*houses|"
    r"parks|libraries|branches|schools|centers|centres|pools|precincts|districts|campuses)|(?:every|each)\s+"
    r"(?:[a-z]+\s+){0,2}(?P<kind>station|fire\s*house|park|library|branch|school|center|centre|pool|precinct|"
    r"district|campus))\s*[.!]?\s*", re.I)
#: the singular of each kind :data:`_MANY_PLACES` names
_ONE_OF = {"stations": "station", "firehouses": "firehouse", "parks": "park", "libraries": "library",
           "branches": "branch", "schools": "school", "centers": "center", "centres": "centre", "pools": "pool",
           "precincts": "precinct", "districts": "district", "campuses": "campus"}


def _many_of(location: str, address: str) -> str:
    """The kind of place (normalised, singular: ``"station"``, ``"lib"``) a Location naming many
    of a kind names (:data:`_MANY_PLACES`), with no Address; ``""`` otherwise."""
    found = _MANY_PLACES.fullmatch(location) if location and not address.strip() else None
    if found is None:
        return ""
    kind = re.sub(r"\s+", "", (found.group("kinds") or found.group("kind")).lower())     # ("fire houses")
    return normalise_place(_ONE_OF.get(kind, kind))


#: a label pasted before a place, as calendars and e-mails copy one ("Where:", "Location:"; a
#: fresh helper's set: "Where: CRJ Public Library" was another venue than "Public Library")
_CELL_LABEL = re.compile(r"^\s*(?:where|location|loc|place|venue|address|addr|meeting place)\s*:\s*", re.I)


def _names_what_follows(label: str, rest: str) -> bool:
    """The words before a colon open the place after it: a label, no venue ("Site: Site 4")."""
    return fold(rest).startswith(fold(label) + " ")


def without_label(text: str) -> str:
    """A Location or Address cell without a label pasted before the place (``"Where: CRJ Public
    Library"`` → ``"CRJ Public Library"``: :data:`_CELL_LABEL`; ``"Site: Site 4"`` → ``"Site
    4"``, a label naming what follows); other text as it is."""
    if ":" not in text:
        return text
    label, _, rest = text.partition(":")
    if len(fold(label).split()) == 1 and _names_what_follows(label, rest):     # "Site: Site 4" is Site 4
        return rest.strip()
    return _CELL_LABEL.sub("", text)


#: where a walk, a canvass or a ride-along sets off, said before the place ("Meet at Ridgewood
#: Elementary", "Meeting in front of City Hall", "Staging at Lot B") or after it ("Ridgewood
#: Elementary (meet-up)", "Lot B - staging area"): the words say what happens there, not which
#: place (v57: one canvass typed both ways by two departments was kept apart)
_MEET_BEFORE = re.compile(r"^\s*(?:meet(?:ing)?(?:[\s-]*up)?|gather(?:ing)?|staging)\s+"
                          r"(?:at|in\s+front\s+of|outside(?:\s+of)?|by)\s+(?=\S)", re.I)
_MEET_AFTER = re.compile(r"\s*(?:\(\s*(?:meet(?:ing)?[\s-]*(?:up|point|spot|place)|staging(?:\s+area)?|"
                         r"rally\s+point|start(?:ing)?\s+point)\s*\)|\s[-\u2013\u2014]\s*(?:meet(?:ing)?[\s-]*"
                         r"(?:up|point|spot|place)|staging(?:\s+area)?|rally\s+point|start(?:ing)?\s+point))\s*$", re.I)


def meeting_point(text: str) -> str:
    """A Location or Address cell without the words saying a group meets there
    (:data:`_MEET_BEFORE`, :data:`_MEET_AFTER`): ``"Meet at Ridgewood Elementary, 18030 162nd Pl
    SE"`` → ``"Ridgewood Elementary, 18030 162nd Pl SE"``; ``"Ridgewood Elementary (meet-up)"`` →
    ``"Ridgewood Elementary"``; other text as it is (for comparing places: the published cell
    keeps the words, which tell residents where to go)."""
    if "meet" not in text.lower() and "stag" not in text.lower() and "gather" not in text.lower() and \
            "point" not in text.lower():
        return text
    return _MEET_AFTER.sub("", _MEET_BEFORE.sub("", text, count=1), count=1) or text


@lru_cache(maxsize=1 << 18)
def parse_place(location: str, address: str) -> Place:
    """Split Location/Address cells into address, block face, intersection, venue and room (module doc).
    A ``#`` number in Location after a name word is part of the venue's name (:func:`_numbered_names`),
    and so is a number closing a name before a street (:func:`_named_number_split`); a cell
    saying the place is not known (:data:`_NO_PLACE`: "TBD", "See flyer") is read as blank."""
    if online(location, address):
        return Place(venue=ONLINE, platform=meeting_platform(location))
    if (room := hybrid_split(location, address)) is not None:
        return replace(parse_place(room, address), hybrid=True)
    location, address = (meeting_point(without_label(t)) for t in (location, address))     # ("Where: CRJ Library")
    location, address = ("" if _NO_PLACE.fullmatch(t) else _bracketed_face(t) for t in (location, address))
    if many := _many_of(location, address):
        return Place(venue=normalise_place(location), many=many)
    location, address = _numbered_names(_PO_BOX.sub(" ", location)), _PO_BOX.sub(" ", address)
    if not address.strip() and (split := _named_number_split(location) or
                                _venue_then_street(location, corner=_marked_corner)):
        return parse_place(*split)        # "Fire Station 1 (E 4th St)": Station 1, on E 4th St
    if not location.strip() and (split := _venue_then_street(address, corner=_typed_corner)):
        return parse_place(*split)        # Address "Bud Hammer Field, Bigelow & Bristol": the field, at that corner
    if not address.strip() and (split := _venue_then_number(location) or _venue_then_face(location)):
        return parse_place(*split)        # "Bean There, 45 Main"; "Civic Plaza / 3rd Ave between Main St and Oak St"
    if _FACE_HINT.search(location) or _FACE_HINT.search(address):
        face = _block_face(address) or _block_face(location)
        if face and len(face[2]) == 2:
            direction, street, cross, venue = face
            if not venue and address.strip() and _block_face(address):
                venue = normalise_place(_split_room(location)[0]) if not _block_face(location) else ""
            return Place(street=street, direction=direction, venue=venue,
                         crossing=frozenset({_bare_street(street)}), between=cross)
    venue_text, room = _split_room(location)
    venue_text, address = _SLASH.sub(" at ", venue_text), _SLASH.sub(" at ", address)
    loc, addr = normalise_place(venue_text), normalise_place(address)
    number = street = trailing = ""
    block = False
    unit = ""
    for text, anywhere, raw in ((addr, False, address), (loc, True, venue_text)):
        # a Location that starts with a house number and ends with a ZIP is an address even
        # without a street type (Pittsburgh's "201 Chalfont, 15210" beside "201 Chalfont St, 15210")
        m = _ADDRESS.search(text) or (_LEADING_NUMBER.match(text) if not anywhere or _ZIP_END.search(raw) else None) \
            or _TYPELESS_ADDRESS.match(text)
        if m:
            number, block, street = m.group(1), bool(m.group(2)), m.group(3).strip()
            found = _UNIT_MARK.search(raw)
            unit = next((g for g in found.groups() if g), "").lower() if found else ""
            end = m.end()
            if (quadrant := _QUADRANT_AFTER.match(text, end)) is not None and m.re is _ADDRESS:
                trailing, end = quadrant.group(1), quadrant.end()
            if anywhere:
                loc = (loc[:m.start()] + " " + loc[end:]).strip()
            else:
                addr = ""
            break
    crossing = frozenset()
    direction = ""
    if not number:
        at_address = _crossing(addr) or _plain_corner(addr)
        crossing = at_address or _crossing(loc)
        if crossing:
            direction = _corner_direction(addr if at_address else loc)
            loc = "" if _crossing(loc) else loc
            addr = "" if at_address else addr
        else:                         # "Centre Ave": a street with no number, one "crossing" street
            for text in (addr, loc):
                if _STREET_ONLY.match(text):
                    crossing = frozenset({_bare_street(text)})
                    loc, addr = ("", addr) if text == loc else (loc, "")
                    break
    if number:
        direction, street = _street_core(street)
        direction = direction or trailing
    venue = re.sub(r"\s+", " ", re.sub(r"\b(?:behind|near|across from|corner of)\b", " ", f"{loc} {addr}")).strip()
    if " " in venue:
        venue = _INITIALS.sub(r"\1", venue)
    return Place(number, street, block, venue, direction, crossing, _abbreviated(fold(room)), unit=unit,
                 initials=typed_initials(location))


#: a word typed in capitals, three to five letters: perhaps initials ("ATT", "DPD", "CPA")
_CAPITALS = re.compile(r"\b[A-Z]{3,5}\b")


def typed_initials(text: str) -> frozenset:
    """The words of three to five letters ``text`` has typed in capitals, folded: perhaps a
    name's initials (``"ATT trailhead"`` → ``{"att"}``; :func:`initials_runs`)."""
    return frozenset(w.lower() for w in _CAPITALS.findall(text))


def initials_runs(initials: str, words: list[str]) -> list[list[str]]:
    """Each run of consecutive ``words`` whose first letters spell ``initials``:
    ``("cpa", ["citizens", "police", "academy", "weekend"])`` → ``[["citizens", "police",
    "academy"]]``."""
    return [words[k:k + len(initials)] for k in _run_starts(initials, words)]


def _run_starts(initials: str, words: Sequence[str]) -> list[int]:
    """Where each run of :func:`initials_runs` starts in ``words``."""
    n = len(initials)
    return [k for k in range(len(words) - n + 1) if all(x[0] == c for x, c in zip(words[k:k + n], initials))]


def _abbreviated(folded: str) -> str:
    """Folded words as :data:`_SUFFIXES` abbreviates them ("recreation center" → "rec ctr",
    "gymnasium" → "gym"), a kind word's typo first spelled right (:func:`_kind_spelling`);
    also a room's, whose numbers :func:`normalise_place` would drop."""
    return " ".join(_SUFFIXES.get(w) or _SUFFIXES.get(k := _kind_spelling(w), k) for w in folded.split())


#: the words naming a kind of place whose typos are read as the word (:func:`_kind_spelling`)
_KIND_SPELLINGS = ("library", "community", "center", "centre", "recreation", "pavilion", "amphitheater",
                   "auditorium", "gymnasium", "building", "station", "stadium", "elementary", "memorial",
                   "museum", "school", "church", "plaza", "fieldhouse", "neighborhood", "playground",
                   "shelter", "cafeteria", "chambers", "conference", "multipurpose")


@lru_cache(maxsize=1 << 14)
def _kind_spelling(word: str) -> str:
    """``word`` (folded), or the kind of place it misspells by one letter dropped, added,
    changed or two swapped (Damerau–Levenshtein distance 1, same first letter, six letters or
    more): "libary" → "library", "pavillion" → "pavilion", "comunity" → "community" (v38 LB2,
    PK6: "Eastside Libary" is the Eastside Branch Library)."""
    if len(word) < 6 or word in _KIND_SPELLINGS or not word.isalpha() or word[:-1] in _KIND_SPELLINGS:
        return word     # (a plural, "Shelters 3-4", is typed so on purpose)
    for kind in _KIND_SPELLINGS:
        if kind[0] == word[0] and abs(len(kind) - len(word)) <= 1 and DamerauLevenshtein.distance(word, kind) <= 1:
            return kind
    return word


@lru_cache(maxsize=1 << 16)
def venue_words(venue: str) -> frozenset:
    """The words that tell one venue from another of its kind (generic words left out)."""
    return frozenset(w for w in venue.split()
                     if w not in GENERIC_VENUE_WORDS and (len(w) > 1 or w in _DIRECTIONS))


def _streets_alike(a: str, b: str) -> bool:
    """Street names equal up to typos, suffix or initials (``j h franklin`` ≈ ``john hope franklin``);
    numbered names carry the same numbers ("Route 9" / "Route 12", "W 125th" / "W 126th")."""
    if a == b:
        return True
    ca, cb = _bare_street(a), _bare_street(b)
    if ("hwy" in ca or "hwy" in cb) and (roads := _roads_alike(ca, cb)) is not None:
        return roads
    if (ca != cb) and re.findall(r"\d+", ca) != re.findall(r"\d+", cb):
        return False
    if ca == cb and re.search(r"\d", ca) and _street_type(a) and _street_type(b) and _street_type(a) != _street_type(b):
        return False            # "22nd St" / "22nd Ave": numbered streets and avenues cross (a helper's check)
    if ca == cb or fuzz.ratio(ca, cb) >= 85:
        return True
    wa, wb = ca.split(), cb.split()
    if len(wa) == len(wb):
        return all(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
                   for x, y in zip(wa, wb))
    return _street_initials(wa, wb) or _street_initials(wb, wa)


#: words of a person's name a street's initials leave out ("MLK" for Martin Luther King Jr)
_NAME_SUFFIXES = frozenset("jr sr ii iii dr".split())


def _street_initials(a: list[str], b: list[str]) -> bool:
    """Street name ``a`` is one word of three or four letters, the initials of ``b``'s words
    (titles such as "Jr" left out): "mlk" and "martin luther king jr" (v31 E12: "Walmart (MLK
    Pkwy)" and "1010 Martin Luther King Jr Pkwy" were read as two addresses)."""
    letters = "".join(w[0] for w in b if w not in _NAME_SUFFIXES)
    return len(a) == 1 and 3 <= len(a[0]) <= 4 and a[0] == letters


def _spelled_out(a: str, b: str, initials: frozenset) -> str:
    """Venue ``a`` (folded) with each of its ``initials`` (words typed in capitals,
    :attr:`Place.initials`) that ``b`` lacks and whose letters are the initials of consecutive
    words of ``b`` replaced by those words: "att trailhead" against "american tobacco trl
    morehead ave trailhead" → "american tobacco trl trailhead", "dpd headquarters" against
    "durham police dept headquarters" → "durham police dept headquarters" (staff shorten a
    venue's name to its initials; a word typed in lower or title case, "The Arc", is a word).
    Words that are words of venues or streets of their own ("the", "ave", "ctr") are not read so."""
    wb = b.split()
    if len(wb) < 3 or not initials:
        return a
    out = []
    for w in a.split():
        if w in initials and w not in wb and w not in GENERIC_VENUE_WORDS and w not in _STREET_TYPES:
            # (the words joining a name's words have no letter in its initials: "HCRC" for "Holton
            # Career and Resource Center", a README-only check)
            runs = initials_runs(w, wb) or initials_runs(w, [x for x in wb if x not in _JOINING])
            if runs:
                out.extend(runs[0])
                continue
        out.append(w)
    return " ".join(out)


#: words joining the words of a name, left out of its initials
_JOINING = frozenset("and of the for &".split())


def _initials_of(a: str, b: str, ia: frozenset, ib: frozenset) -> bool:
    """Venues ``a`` and ``b`` (folded) are one venue once a word of initials is spelled out
    (:func:`_spelled_out`): the same words that tell venues apart, none left over on either
    side — the initials stand for the whole of the other's name ("LCC" / "Lakewood Community
    Center", "DPD Headquarters" / "Durham Police Department Headquarters"), not for part of a
    name with words of its own ("MCC Exhibit Hall" / "Monroe County Courthouse", "Stone Belt Arc"
    / "American Red Cross", "Pelham Bay Park" / "BBQ Area Yellow": a fresh verifier's v27); the
    part of town a branch is named by aside ("MCPL downtown" / "Monroe County Public Library",
    v56: two CPR classes there never joined Fire's rows)."""
    if _initials_in_short(a, b, ia, ib) or _initials_in_short(b, a, ib, ia):
        return True
    sa, sb = _spelled_out(a, b, ia), _spelled_out(b, a, ib)
    if sa == a and sb == b or not (wa := venue_words(sa) - _AREA_WORDS - _JOINING):
        return False
    wb = venue_words(sb) - _AREA_WORDS - _JOINING
    # (a room inside the building typed after its initials, "WHS Commons" / "Wexley High School",
    # "HMS" / "Hillcrest MS caf": v63, v62)
    return wa == wb or bool(wa & wb) and wa ^ wb <= _INSIDE_WORDS


def _initials_in_short(a: str, b: str, initials: frozenset, b_initials: frozenset = frozenset()) -> bool:
    """Venue ``a`` (folded) is one word of its ``initials`` (typed in capitals) spelling the
    whole of venue ``b``, whose words of two letters, or typed in capitals (``b_initials``), are
    initials of their own: "HCC" / "Hazelwood CC", "NHS" / "North HS" (v65: two rows of an
    all-department town hall kept apart, and so the other four held back), "HCRC" / "Holton CRC"
    (a README-only check). Not "of", "at" and the like."""
    wb = b.split()

    def short(w: str) -> bool:
        return bool(_SHORT_INITIALS(w)) or w in b_initials
    return a in initials and len(wb) >= 2 and any(short(w) for w in wb) and \
        a == "".join(w if short(w) else w[0] for w in wb)


_SHORT_INITIALS = re.compile(r"(?!of|at|on|in|by|to|an|and)[a-z]{2}").fullmatch


#: the rooms of a building that name no building of their own (a hall, a chapel may be one)
_INSIDE_WORDS = frozenset("commons cafeteria caf gym gymnasium auditorium aud lobby atrium foyer".split())


#: a school called by its level alone at the end of its name: "Ashford Lake High"
_HIGH = re.compile(r"(?<!\bjunior)(?<!\bsenior)(?<=\w) high$")


def _room_split_as(place: Place, other: Place) -> Place:
    """``place`` with the room ``other`` was read with split off the end of its venue, where its
    venue ends with it: "Vets Park Pavilion 1" beside "Veterans Memorial Park - Pavilion 1" (v62:
    the room read into one venue's name, so the venues differed)."""
    if other.room and not place.room and place.venue.endswith(f" {other.room}"):
        return replace(place, venue=place.venue[:-len(other.room) - 1], room=other.room)
    return place


def _two_initials(a: str, b: str) -> tuple[str, str] | None:
    """The two words running in venue ``b`` (folded) whose initials are a word of two letters of
    venue ``a`` (:func:`_run_starts`), their other words the same, in order, or ``None``:
    "lakeview cc" / "lakeview country club" (a country club, not only a community center), "al
    high" / "ashford lake high" (v61). Two letters are too few to stand for a name with words of
    its own, so nothing may be left over (the other words may be shortened: "tc fgrnds" /
    "tamsin county fairgrounds", v62), nor may they be the whole name ("BP" is not "Bryan Park")."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2:
        return None
    return next((tuple(wb[i:i + 2]) for k, w in enumerate(wa) if len(w) == 2 and w.isalpha()
                 for i in _run_starts(w, wb) if _same_words(wa[:k] + wa[k + 1:], wb[:i] + wb[i + 2:])), None)


#: two-letter shortenings of a place's words that no rule of letters in order finds and
#: :data:`_SUFFIXES` does not already write one way ("mt", "pk", "ms" are normalised before)
_SHORT_WORDS = {"co": "county", "ft": "fort"}


def _same_words(xs: Sequence[str], ys: Sequence[str]) -> bool:
    """Two runs of folded words are one, word by word: equal, or one the other shortened (its
    letters in order from the same first letter, three or more: "fgrnds" / "fairgrounds"; or
    :data:`_SHORT_WORDS`: "co" / "county")."""
    return len(xs) == len(ys) and all(x == y or _SHORT_WORDS.get(x) == y or _SHORT_WORDS.get(y) == x
                                      or _abbreviates(frozenset((x,)), frozenset((y,))) for x, y in zip(xs, ys))


def _initials_at_street(crossing: frozenset, venue: str, initials: frozenset) -> bool:
    """A venue typed "at" its street with initials ("ATT trailhead at Morehead Ave", read as the
    corner of "att trailhead" and "morehead") is ``venue`` ("american tobacco trl morehead ave
    trailhead"): once the initials are spelled out (:func:`_spelled_out`), the two parts' words
    are all words of ``venue`` and name every word of it that tells venues apart but a street
    type."""
    typed = " ".join(sorted(crossing))
    words = set(spelled.split()) if (spelled := _spelled_out(typed, venue, initials)) != typed else set()
    return bool(words) and words <= set(venue.split()) and venue_words(venue) - set(_STREET_TYPES) <= words


def _run_together(a: str, b: str) -> str:
    """``a`` (folded) with each run of two or three of its words that ``b`` writes as one word
    joined: ``("valley com dispatch ctr", "valleycom")`` → ``"valleycom dispatch ctr"``."""
    words, others = a.split(), set(b.split())
    if len(words) < 2 or not others - set(words):
        return a
    out, i = [], 0
    while i < len(words):
        for n in (3, 2):
            if i + n <= len(words) and "".join(words[i:i + n]) in others:
                out.append("".join(words[i:i + n]))
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


#: the words naming a natural area (a preserve, a park) or a spot in one (its lodge, boathouse,
#: beach, trailhead), as :func:`venue_words` leaves them
_GROUNDS = frozenset("""preserve nature natural reserve sanctuary woods forest wilderness lodge boathouse boat
    launch ramp dock pier marina beach swim swimming trailhead trail trl overlook shelter pavilion picnic
    playground meadow lawn parking entrance gate visitor visitors""".split())


@lru_cache(maxsize=1 << 16)
def _venues(a: str, b: str, ia: frozenset = frozenset(), ib: frozenset = frozenset()) -> tuple[str, float]:
    """``(kind, similarity 0–1)`` of two venue names (folded); ``ia``/``ib``: the words typed in
    capitals in each (:attr:`Place.initials`), which may be the other's initials; two letters
    for two words of the other's name, its other words the same (:func:`_two_initials`: "TC
    Fgrnds" / "Tamsin County Fairgrounds", "AL High" / "Ashford Lake High"), make them one venue
    where the words alone would not — only alike when the two words name a kind of place, which
    two letters stand for many of ("Cascades CC": a church, a country club: a README-only check)."""
    kind = _venues_by_words(a, b, ia, ib)
    if kind[0] != "same venue" and (run := _two_initials(a, b) or _two_initials(b, a)) is not None:
        return ("similar venue", 0.8) if set(run) <= GENERIC_VENUE_WORDS | {"country", "college"} \
            else ("same venue", 1.0)
    if kind[0] == "different venue" and _shortened_name(a, b):
        return "similar venue", 0.7              # "Vets Park" / "Veterans Memorial Park" (v62)
    return kind


def _shortened_name(a: str, b: str) -> bool:
    """Venue names (folded) of two words or more whose words are the other's in order, each the
    same or shortened (:func:`_same_words`: "vets" / "veterans"), the longer one with at most
    one word more ("memorial"), and one shortened word at least: perhaps one venue, perhaps
    another ("East Park" / "Eastgate Park"), so the caller makes it only alike."""
    wa, wb = a.split(), b.split()
    if len(wa) > len(wb):
        wa, wb = wb, wa
    if len(wa) < 2 or len(wb) - len(wa) > 1 or wa == wb:
        return False
    k = 0
    for w in wa:
        while k < len(wb) and not _same_words((w,), (wb[k],)):
            k += 1
        if k == len(wb):
            return False
        k += 1
    return True


def _venues_by_words(a: str, b: str, ia: frozenset, ib: frozenset) -> tuple[str, float]:
    """:func:`_venues` but for two letters standing for two words."""
    if a.replace(" ", "") == b.replace(" ", ""):
        return "same venue", 1.0                 # "ValleyCom" / "Valley Com" (v29 S12)
    a, b = _HIGH.sub(" high school", a), _HIGH.sub(" high school", b)     # "AL High", "ALHS" (v61)
    a, b = _run_together(a, b), _run_together(b, a)     # "Valley Com Dispatch Center" / "ValleyCom" (v30 N1)
    wa, wb = venue_words(a), venue_words(b)
    r = fuzz.token_set_ratio(a, b)
    ma, mb = _marks(a), _marks(b)
    if ma != mb and ma and mb and not (ma < mb or mb < ma):
        return "different venue", r / 100        # "Fire Station 3" / "Fire Station 8", "Lot A" / "Lot B"
    if "hwy" in a and "hwy" in b and (ra := _ROAD.findall(a)) and (rb := _ROAD.findall(b)) and \
            not any(_roads_alike(x, y) for x in ra for y in rb):
        return "different venue", r / 100        # "US 15-501 Bus" / "US 15-501": two roads
    # (one naming several of a kind, "Shelters 3-4", holds the other's "Shelter 4")
    ka, kb = _KINDS.intersection(a.split()), _KINDS.intersection(b.split())
    if ka and kb and not (ka & kb):
        return "different venue", r / 100        # "Lincoln Park" / "Lincoln Square"
    if (ia or ib) and _initials_of(a, b, ia, ib):
        return "same venue", 1.0                 # "LCC" / "Lakewood Community Center"
    if ka & kb and r < 90 and (not wa - _AREA_WORDS or not wb - _AREA_WORDS) and "branch" not in wa | wb \
            and not (wa and wb and (wa <= wb or wb <= wa)):
        # a venue named only by its kind and the part of town ("Library (downtown)") beside one
        # of that kind by its name ("Monroe County Public Library"): perhaps it, perhaps a
        # branch (three fresh helpers' sets had them "different venues", a fair's table apart)
        return "similar venue", max(r, 70) / 100
    if wa and wb:
        la, lb = wa - wb, wb - wa                # "Riverbend Mobile Home Park" / "Sunnyside Mobile Home Park"
        if la and lb and not _alike(la, lb):
            if len(wa & wb) >= 2 and la | lb <= _GROUNDS and not (ka and kb):
                # one natural area by its name, a building or spot in it by the same name: "Griffy
                # Lake boathouse lot" / "Griffy Lake Nature Preserve", "Lake Wilderness Lodge" /
                # "Lake Wilderness Park - swim beach" (v56, v57: asked, not merged)
                return "similar venue", max(r, 70) / 100
            return "different venue", r / 100    # "Eastgate" / "Westgate"; a typo ("Garfeild") still agrees
        if wa <= wb or wb <= wa or r >= 90:
            return "same venue", max(r, 90) / 100
    elif r >= 90:
        return "same venue", r / 100
    return ("similar venue" if r >= 70 else "different venue"), r / 100


# kind → (strength, explanation); "apart" kinds keep rows apart whatever else agrees
PLACE_KINDS = {
    "same address": "house number and street agree",
    "same venue": "venue names agree",
    "same street": "one row names only the street (or an intersection on it) of the other's address",
    "similar venue": "venue names partly agree",
    "unknown place": "one row gives no place",
    "no place on either": "neither row gives a place",
    "both online": "both rows meet online (Zoom, Teams, a webinar): no place to compare",
    "places not comparable": "one row gives an address, the other only a venue the sheet never places",
    "venue names differ": "different venue names, and only one row gives an address",
    "different address": "different house numbers, streets or directions",
    "different venue": "different venues",
    "different rooms": "one building, different rooms",
    "different areas": "one park, different parts of it (a skate park, a dog park, a splash pad)",
}

#: the parts of a park, by kind: "Lincoln Park Splash Pad" and "Lincoln Park - Great Lawn" are
#: two places of one park (v40 B2, B3, B10: a helmet fitting at the skate park is not at the
#: bike rodeo in the lot); :func:`park_areas` (the patterns read names as :func:`normalise_place`
#: writes them: "plz", "ct", "trl")
_PARK_AREAS = tuple((re.compile(rf"\b(?:{pattern})\b"), kind) for pattern, kind in (
    (r"skate ?(?:park|plaza|plz)", "skate"), (r"dog park|dog run", "dog"),
    (r"splash ?pad|spray ?(?:ground|park|pad)|sprayground", "splash"), (r"playground|tot lot", "play"),
    (r"(?:great |front |main )?lawn|meadow", "lawn"),
    (r"ball ?fields?|(?:soccer|softball|baseball|football|athletic|multi ?purpose) fields?|diamonds?", "field"),
    (r"(?:tennis|basketball|pickleball|volleyball|bocce) (?:courts?|cts?)", "court"), (r"pool|aquatics?", "pool"),
    (r"amphithea(?:ter|tre)|band ?shell|outdoor stage", "stage"), (r"parking lot", "lot"),
    (r"trail ?head|trl head|greenway", "trail"), (r"gardens?", "garden"), (r"beach", "beach"),
    (r"boat (?:launch|ramp)|marina", "boat"), (r"pavilion|picnic shelter|shelter|picnic area", "shelter")))


@lru_cache(maxsize=1 << 14)
def park_areas(text: str) -> frozenset:
    """The kinds of part of a park a place's folded venue and room name (:data:`_PARK_AREAS`):
    ``"cedar hollow park skate park"`` → ``{"skate"}``; empty for none."""
    return frozenset(kind for pattern, kind in _PARK_AREAS if pattern.search(text))


@lru_cache(maxsize=1 << 14)
def _park_of(venue: str) -> str:
    """A venue's name without the parts of the park it names: ``"lincoln park great lawn"`` →
    ``"lincoln park"``."""
    for pattern, _ in _PARK_AREAS:
        venue = pattern.sub(" ", venue)
    return " ".join(venue.split())


#: kinds of park part a park has one of, named in several words ("splash pad", "spray ground";
#: "dog park", "dog run"): two names of one kind in one park are one place (not so for fields,
#: courts, lawns or shelters: a park has several, told apart by name)
_ONE_PER_PARK = frozenset({"splash", "dog", "skate", "play", "pool"})


def _areas_of_one_park(a: Place, b: Place) -> tuple[str, float] | None:
    """Two places naming different parts of one park (:func:`park_areas`): ``("different
    areas", 0)``; ``("same venue", 0.95)`` for one kind a park has one of
    (:data:`_ONE_PER_PARK`) typed in two ways; ``None`` when either names none, both name one
    kind (two shelters are compared by name), or the parks differ. One park: the same
    address, or, when not both give one, the same name once the parts are left out
    ("Lincoln Park Pavilion" / "Lincoln Park - Great Lawn": a helper's check, where a table at
    the pavilion had been at another venue than the festival on the lawn)."""
    areas, others = a.areas, b.areas
    if not (areas and others):
        return None
    if a.address_key and b.address_key:
        one_park = _same_site(a, b)
    else:
        pa, pb = _park_of(a.venue), _park_of(b.venue)
        one_park = bool(pa and pb) and _venues(pa, pb, a.initials, b.initials)[0] == "same venue"
    if not one_park:
        return None
    if areas == others and areas <= _ONE_PER_PARK and not (a.address_key and b.address_key):
        return "same venue", 0.95       # "Lyon Park Spray Pad" / "Lyon Park Splash Pad"
    return None if areas & others else ("different areas", 0.0)


#: a building's common areas, where a partner's table serves an event in any of its rooms
#: (:func:`common_area`)
_COMMON_AREAS = frozenset("lobby foyer atrium entrance entry hallway concourse parking driveway".split())


def _many_places(a: Place, b: Place) -> tuple[str, float]:
    """:func:`compare_places` where a place names many of a kind (:attr:`Place.many`): "All fire
    stations" is like any fire station ("Fire Sta. 3"), and no place of another kind (Police's
    "District 2 Substation": a README-only check had the week's open house join Police's);
    against a place with no venue named, or a group again (two storytimes "at every branch
    library", a README-only check), nothing is known."""
    if a.many and b.many:       # (two groups, or one, tie no two rows to one place)
        return "places not comparable", 0.5
    many, one = (a, b) if a.many else (b, a)
    if one.blank:
        return "unknown place", 0.5
    if not one.venue:
        return "places not comparable", 0.5
    return ("similar venue", 0.7) if many.many in one.venue.split() else ("different venue", 0.0)


def _typed_short(a: Place, b: Place) -> bool:
    """Place ``a`` is read as a venue that is ``b``'s house number and street name, its type
    left off ("1144 California" beside "1144 California Ave.": a README-only check, the two
    rows of one party asked at +2.5 as places not comparable)."""
    if a.number or a.room or not b.number or b.block or not a.venue.startswith(f"{b.number} "):
        return False
    return a.venue[len(b.number) + 1:] == _bare_street(b.street) != ""


def compare_places(a: Place, b: Place) -> tuple[str, float]:
    """``(kind, similarity 0–1)``; kinds in :data:`PLACE_KINDS`."""
    if a.venue == ONLINE or b.venue == ONLINE:     # (:func:`online`: no shared place, hybrid may be)
        if a.platform and b.platform and a.platform != b.platform:
            return "different venue", 0.0           # a meeting on Zoom and one on Teams (a README-only check)
        return ("both online", 0.5) if a.venue == b.venue or a.hybrid or b.hybrid else ("places not comparable", 0.5)
    if a.many or b.many:
        return _many_places(a, b)
    if _typed_short(a, b) or _typed_short(b, a):
        return "same address", 1.0                  # "1144 California" / "1144 California Ave."
    if bool(a.room) != bool(b.room):               # one room typed after a dash, one without
        a, b = _room_split_as(a, b), _room_split_as(b, a)
    if a.room and b.room and _rooms_differ(a.room, b.room) and _same_site(a, b) \
            and not (_room_named_in(a, b) or _room_named_in(b, a)):
        return "different rooms", 0.0
    if a.venue and b.venue and (parts := _areas_of_one_park(a, b)):
        return parts
    if a.venue and b.venue and (a.room or b.room) and not (a.room and b.room) and _room_alone(a, b):
        return "same venue", 0.9
    if a.between or b.between:
        kind = _compare_block_face(a, b) if a.between else _compare_block_face(b, a)
        if kind:
            return kind
    if a.number and b.number:
        if a.block or b.block:
            lo_a, lo_b = int(a.number), int(b.number)
            same_number = (lo_a // 100 == lo_b // 100) if (a.block and b.block) else (
                lo_b // 100 * 100 == lo_a if a.block else lo_a // 100 * 100 == lo_b)
        else:
            same_number = a.number == b.number
        if not same_number or (a.direction and b.direction and a.direction != b.direction):
            return "different address", 0.0
        if a.unit and b.unit and a.unit != b.unit:
            return "different address", 0.0      # Suite A / Suite C: two doors of one building
        if _streets_alike(a.street, b.street):
            ma, mb = _marks(a.venue), _marks(b.venue)
            if ma and mb and not (ma <= mb or mb <= ma):
                return "different venue", 0.0    # Shelter 1 / Shelter 3 of one park's address
            if a.room_alone and b.room_alone and _rooms_differ(a.venue, b.venue):
                # two rooms typed alone at the building's address: "Hayes Conference Room" and
                # "Lyon Conference Room", "Committee Room" and "Council Chambers" (a helper's check)
                return "different rooms", 0.0
            return "same address", 1.0
        return "different address", 0.0
    crossing = a.crossing or b.crossing
    if crossing:
        other = b if a.crossing else a
        streets = other.crossing or ({_bare_street(other.street)} if other.street else set())
        if streets:
            on = [s for s in crossing if any(_streets_alike(s, t) for t in streets)]
            shared = len(on)
            if not shared:
                return "different address", 0.0
            if len(crossing) >= 2 and len(streets) >= 2:      # two intersections: both streets agree
                if shared < 2 or (a.direction and b.direction and a.direction != b.direction):
                    return "different address", 0.0      # (NE 65th & 20th NE is not NW 65th & 20th NW)
                if a.venue and b.venue and (kind := _venues(a.venue, b.venue, a.initials, b.initials))[0] in (
                        "different venue", "venue names differ"):
                    return kind      # two places at one corner: "Rainier Beach Community Center" and "Safeway"
                return "same address", 1.0
            if a.venue and b.venue:          # "Station 3, Walnut St" / "Fire Station 3, 2210 S Walnut St"
                ma, mb = _marks(a.venue), _marks(b.venue)
                ka, kb = _KINDS.intersection(a.venue.split()), _KINDS.intersection(b.venue.split())
                if ma and mb and not (ka and kb and not ka & kb):   # numbered places of one kind on one
                    sim = fuzz.token_set_ratio(a.venue, b.venue) / 100     # street: the same number, the same
                    return ("same venue", max(sim, 0.9)) if ma <= mb or mb <= ma else ("different venue", sim)
                return _venues(a.venue, b.venue, a.initials, b.initials)     # a café and a fire station on one street: two places
            placed, plain = (a, b) if a.venue else (b, a)
            if placed.venue and len(placed.crossing) == 1 and (plain.number or len(plain.crossing) >= 2):
                return "places not comparable", 0.5  # "Lot 5, Walnut St" / 1200 S Walnut St or Walnut & 3rd
            if (other.number or len(crossing) != len(streets)) and all(_ROAD_PARTS.match(s) for s in on):
                return "places not comparable", 0.5  # "SR 45 - Pete Ellis Dr" / 2600 E SR 45: a road runs for miles
            return "same street", 0.7        # a street (or a crossing) on the street of the other
        if other.venue and set(other.venue.split()) - {"and", "at"} == set(crossing):
            return "same address", 1.0       # "Anita & Fernwald" typed without street types
        if other.venue and not streets and _initials_at_street(crossing, other.venue, (a if a.crossing else b).initials):
            return "same venue", 0.9         # "ATT trailhead at Morehead Ave": the venue at its street
    if a.venue and b.venue:
        kind, sim = _venues(a.venue, b.venue, a.initials, b.initials)
        typed = lambda p: bool(p.number) and p.via != "address from the sheet"  # noqa: E731
        if kind == "different venue" and typed(a) != typed(b):
            return "venue names differ", sim    # one place can go by two names; the address is on one row only
        return kind, sim
    if a.blank and b.blank:
        return "no place on either", 0.5
    if a.blank or b.blank:
        return "unknown place", 0.5
    return "places not comparable", 0.5      # an address on one row, only a venue name on the other


def _one_street(a: str, b: str, dir_a: str = "", dir_b: str = "") -> bool:
    """Two street names of one street: directions agree when both are typed, and
    :func:`_streets_alike` (numbered streets carry the same number: "E 37 St" / "E 38 St")."""
    if dir_a and dir_b and dir_a != dir_b:
        return False
    return _streets_alike(a, b)


def _cross_range(cross: frozenset) -> tuple[int, int] | None:
    numbers = [re.match(r"^(?:[nsew] )?(\d+)", c) for c in cross]
    if len(numbers) != 2 or not all(numbers):
        return None
    lo, hi = sorted(int(m.group(1)) for m in numbers)
    return lo, hi


def _inside(cross: str, between: frozenset) -> bool:
    """A numbered cross street lies within a block face's numbered cross streets: "11th" on "Pike
    St between 10th and 12th" (a fresh city's check: Fire's engine at the corner inside the
    closed block was "a corner elsewhere")."""
    span, m = _cross_range(between), re.match(r"^(?:[nsew] )?(\d+)(?:st|nd|rd|th)?$", cross)
    return bool(span and m) and span[0] < int(m.group(1)) < span[1]


def _compare_block_face(face: Place, other: Place) -> tuple[str, float] | None:
    """A block face against another place: ``("same address", 1.0)`` for one street's block faces
    whose cross streets are the same (either order) or whose numbered ranges overlap ("between
    2nd and 8th" / "between 5th and 6th"); ``("same street", 0.7)`` for an address, a street or a
    corner (the street and one of its cross streets, or a numbered street between them) on it;
    ``("different address", 0.0)`` for
    another street, another block of it, or a corner elsewhere; ``("venue names differ", 0.5)``
    against a venue name alone (one place can go by two names, so not a hard difference);
    ``None`` otherwise (venues are compared as usual)."""
    street = _bare_street(face.street)
    if other.between:
        if not _one_street(street, _bare_street(other.street), face.direction, other.direction):
            return "different address", 0.0
        if all(any(_one_street(x, y) for y in other.between) for x in face.between):
            return "same address", 1.0
        ra, rb = _cross_range(face.between), _cross_range(other.between)
        if ra and rb and min(ra[1], rb[1]) > max(ra[0], rb[0]):
            return "same address", 1.0
        return "different address", 0.0
    if other.number and other.street:
        same = _one_street(street, _bare_street(other.street), face.direction, other.direction)
        return ("same street", 0.7) if same else ("different address", 0.0)
    if other.crossing:
        on = [s for s in other.crossing if _one_street(street, s)]
        if not on or (face.direction and other.direction and face.direction != other.direction):
            return "different address", 0.0
        corners = set(other.crossing) - set(on)
        if corners and not all(any(_one_street(c, x) for x in face.between) or _inside(c, face.between)
                               for c in corners):
            return "different address", 0.0     # the street, but crossed at another block
        return "same street", 0.7
    if other.venue and not face.venue:
        return "venue names differ", 0.5     # a stretch of street against a named place elsewhere
    return None


def _alike(wa: frozenset, wb: frozenset) -> bool:
    """Two sets of name words that may be one name typed differently: close spelling (ratio ≥ 90),
    the same letters swapped ("garfeild"), or a shortening (:func:`_abbreviates`)."""
    if fuzz.ratio(" ".join(sorted(wa)), " ".join(sorted(wb))) >= 90:
        return True
    if any(sorted(x) == sorted(y) for x in wa for y in wb if len(x) > 3):
        return True
    return _abbreviates(wa, wb)


def _abbreviates(wa: frozenset, wb: frozenset) -> bool:
    """A word of one name is a shortening of a word of the other ("rvrside" / "riverside"):
    same first letter, its letters in order inside the other's."""
    def sub(x: str, y: str) -> bool:
        it = iter(y)
        return len(x) >= 3 and x[0] == y[0] and all(c in it for c in x)
    return any(sub(x, y) or sub(y, x) for x in wa for y in wb)


@lru_cache(maxsize=1 << 16)
def _marks(text: str) -> frozenset:
    """The numbers and single letters that tell one of a kind from another ("station 3", "lot b"),
    a number spelled out after another word as its digits ("shelter one" is "shelter 1"; not a
    name's first word: "one world center")."""
    words = text.split()
    return frozenset(SPELLED_NUMBERS[w] if k and w in SPELLED_NUMBERS else w for k, w in enumerate(words)
                     if w.isdigit() or (len(w) == 1 and w not in _DIRECTIONS) or (k and w in SPELLED_NUMBERS)
                     or _ROOM_CODE.fullmatch(w))


#: a room's number with its letter ("Conference Room 2A" is not "2B": a fresh verifier's false merge, v40 A6)
_ROOM_CODE = re.compile(r"\d{1,4}[a-z]|[a-z]\d{1,4}")


# what kind of place a venue is; two kinds never name one place ("Lincoln Park" / "Lincoln Sq")
#: words that say which part of town a venue named by its kind is in ("Library (downtown)")
_AREA_WORDS = frozenset("downtown uptown midtown".split())
_KINDS = frozenset("park sq plz school elem lib church station stadium hall bldg academy apartments mall lot pool "
                   "arena museum ctr".split())


@lru_cache(maxsize=1 << 12)
def common_area(room: str) -> bool:
    """``room`` (folded) is a common area of its building (:data:`_COMMON_AREAS`: "main lobby"):
    a partner's table there is in no other room than the event it serves (v38 CH1: "911 info
    table" in the City Hall lobby, the conversation in the Council Chambers); an event held
    there is in a room of its own (v40 A11: a fair in the atrium, a committee upstairs)."""
    return bool(_COMMON_AREAS.intersection(room.split()))


@lru_cache(maxsize=1 << 16)
def _rooms_differ(a: str, b: str) -> bool:
    """"conference suite 1" / "conference suite 2": rooms differ by name or by number/letter;
    "room 2" / "multi purpose room": one named by its number, the other by its use (v40 C1)."""
    da, db = _DIRECTIONS.intersection(a.split()), _DIRECTIONS.intersection(b.split())
    if da and db and da != db:
        return True         # the north lot is not the south lot
    if a.endswith("lot") and b.endswith("lot") and "parking lot" in (a, b):
        return False        # "n lot" is one of its parking lots ("VO Mall N. lot" / "… parking lot", v62)
    if fuzz.token_set_ratio(a, b) < 80 or bool(_marks(a) and _marks(b) and _marks(a) != _marks(b)):
        return True
    na, nb = set(a.split()) - _ROOM_NAME_WORDS, set(b.split()) - _ROOM_NAME_WORDS
    if na & nb and na & nb <= _ROOM_KIND_WORDS:     # "Hayes Conference Room" / "Lyon Conference Room"
        na, nb = na - _ROOM_KIND_WORDS, nb - _ROOM_KIND_WORDS
    return bool(na and nb) and not (na & nb) and not _alike(frozenset(na), frozenset(nb))


def _room_named_in(place: Place, other: Place) -> bool:
    """The own name of ``place``'s room (its words beyond :data:`_ROOM_NAME_WORDS`, all
    letters: no number or mark tells rooms apart) is in ``other``'s venue or room: "Hayes Rm,
    City Hall" beside "City Hall-1-Cityhall Hayes Conference Room (RM #135)", whose room was
    read as "room 135" (v40 A16); not "Soccer-01" in a permit's list of fields, nor a "room"
    that only repeats its own venue ("Highbridge Park: Highbridge Park", NYC permits)."""
    own = set(place.room.split()) - _ROOM_NAME_WORDS
    return (bool(own) and all(w.isalpha() for w in own) and any(len(w) > 2 for w in own)
            and not own <= set(place.venue.split()) and own <= set(f"{other.venue} {other.room}".split()))


#: what kind of room a room is, which its name may add to ("Hayes Conference Room"): two rooms
#: sharing only these words are named apart by the rest (a helper's check)
_ROOM_KIND_WORDS = frozenset("conference meeting community training board multi purpose multipurpose "
                             "activity activities class classroom party banquet break".split())

#: words any room's name may hold ("room 2" and "meeting room 2" may be one room)
_ROOM_NAME_WORDS = frozenset("room rm the main 1st 2nd 3rd floor fl".split())


def _room_alone(a: Place, b: Place) -> bool:
    """One place is only the name of the other's room, typed alone: "Council Chambers" or
    "Chambers" beside "Fairview City Hall, Council Chambers" (a helper's check: the 911 table
    typed so had been at another venue than the conversation); not a room every building has
    ("Community Room": :data:`_ROOM_ONLY_GENERIC`)."""
    alone, placed = (a, b) if b.room else (b, a)
    words = set(alone.venue.split())
    # (an address learned from the sheet's other rows is no address typed: "Fisher Pavilion",
    # given 305 Harrison St by another row, beside "Seattle Ctr - Fisher Pavilion": a helper's check)
    typed = alone.number and not (alone.via.startswith("address from") and placed.number in ("", alone.number))
    return (not typed and bool(words) and not _ROOM_ONLY_GENERIC.issuperset(words)
            and words <= set(placed.room.split()))


def _same_site(a: Place, b: Place) -> bool:
    if a.address_key and b.address_key:
        return a.number == b.number and _streets_alike(a.street, b.street)
    if a.venue and b.venue:
        return _venues(a.venue, b.venue, a.initials, b.initials)[0] == "same venue"
    return True


def _venue_key(venue: str) -> tuple[frozenset, frozenset]:
    """A venue's distinguishing words (:func:`venue_words`) and numbers or letters (:func:`_marks`)."""
    return venue_words(venue), _marks(venue)


def _venue_kinds(venue: str) -> frozenset:
    """The kinds of place a (folded) venue's name says it is (:data:`_KINDS`: "eastgate park" →
    park): a venue of another kind with the same name is another place."""
    return frozenset(venue.split()) & _KINDS


#: room words too common to place a room typed alone in one building ("Room", "Gym", "Lobby")
_ROOM_ONLY_GENERIC = frozenset("room rm gym gymnasium lobby kitchen cafeteria auditorium hall main multipurpose mpr "
                               "meeting conference community".split())


class Gazetteer:
    """Venue ↔ address pairs learned from places that give both (and from the config).

    ``Gazetteer(places, configured)``: ``places`` are parsed places of this sync; ``configured``
    maps a venue name to its street address (``matching.places``). A venue is known by its
    words and its numbers (:func:`_venue_key`: Fire Station 3 does not take Fire Station 1's
    address). A venue seen at two different addresses is ambiguous and left out. :meth:`complete` fills a place's missing address (from
    its venue) or missing venue (from its address), marking ``via``; a room seen in one building
    only, typed alone ("Council Chambers"), is placed in that building's room.
    """

    def __init__(self, places: Iterable[Place], configured: Mapping[str, str] | None = None):
        by_venue: dict[frozenset, set[tuple]] = {}
        names: dict[frozenset, str] = {}
        by_address: dict[tuple, set[frozenset]] = {}
        by_room: dict[tuple, set[tuple]] = {}
        learned = [parse_place(f"{v}, {addr}", "") for v, addr in (configured or {}).items()]
        ordered = sorted(places, key=lambda p: (p.venue, p.number, p.street, p.direction, p.room, p.via))
        for p in [*learned, *ordered]:          # sorted: the same gazetteer whatever the row order
            words = _venue_key(p.venue)
            if p.via or not p.address_key:
                continue
            key = (p.number, _bare_street(p.street), p.direction)
            if p.room and _venue_key(p.room)[0]:
                by_room.setdefault(_venue_key(p.room), set()).add((key, p.venue, p.room))
            if not words[0]:
                continue
            by_venue.setdefault(words, set()).add(key)
            names.setdefault(words, p.venue)
            by_address.setdefault(key, set()).add(words)
        self._venue = {w: next(iter(k)) for w, k in by_venue.items() if len(k) == 1}
        self._names = names
        self._address = {k: next(iter(w)) for k, w in by_address.items() if len(w) == 1}
        # a room seen in one building only: "Council Chambers" typed alone is City Hall's (v38 CH2)
        # (one building however its name is typed: "City Hall" and "Fairview City Hall" at one address)
        self._completed: dict[int, tuple[Place, Place]] = {}
        self._room = {r: min(k) for r, k in by_room.items()
                      if len({t[0] for t in k}) == 1 and r not in self._venue
                      and not _ROOM_ONLY_GENERIC.issuperset(r[0])}

    def _room_by_word(self, key: tuple[frozenset, frozenset]) -> tuple | None:
        """The one room whose name holds every word of ``key`` (a venue typed as the room's last
        word: "Chambers" for the Council Chambers, v40 A4), when one building holds such rooms."""
        words, marks = key
        if not words:
            return None
        found = [v for k, v in self._room.items() if words < k[0] and marks <= k[1]]
        return found[0] if len(found) == 1 else None

    def complete(self, p: Place) -> Place:
        """``p`` with what the gazetteer knows filled in (the class docstring), or ``p`` itself.
        Kept per place object, with the object (issue 17: asked per row, and rows share their
        place objects, :meth:`sheets_sync.matching.Normaliser.place`; a completed place is then
        one object too, which the matcher's place comparisons are kept by)."""
        kept = self._completed.get(id(p))
        if kept is None:
            kept = self._completed[id(p)] = (p, self._complete(p))
        return kept[1]

    def _complete(self, p: Place) -> Place:
        if p.number and not p.venue:
            words = self._address.get((p.number, _bare_street(p.street), p.direction))
            return replace(p, venue=self._names[words], via="venue from the sheet") if words else p
        if p.venue and not p.number and not p.crossing:
            words = _venue_key(p.venue)
            key = self._venue.get(words)
            # (not another kind of place of one name: "Eastgate Library" takes no address from
            # "Eastgate Park, 2300 Mercer Ave" — a fresh city's check, where it had kept the
            # library's booth apart from the fair at "… Library - Eastgate Branch, 2200 Mercer Ave")
            kinds = _venue_kinds(p.venue)
            if key and (learned := _venue_kinds(self._names[words])) and not kinds & learned:
                key = None      # (nor a bare name, perhaps a part of town: "Brookline" is no library, v65)
            if key:
                return replace(p, number=key[0], street=key[1], direction=key[2], via="address from the sheet")
            room = (self._room.get(_venue_key(p.venue)) or self._room_by_word(_venue_key(p.venue))) \
                if not p.room else None
            if room:
                key, venue, name = room
                return replace(p, venue=venue, room=name, number=key[0], street=key[1],
                               direction=key[2], via="address from the sheet")
        return p
