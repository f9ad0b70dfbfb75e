"""Time zone abbreviations typed after a time (``6:30 PM EST``, ``18:30 CT``, ``7pm ET``). Pure.

A time cell is wall-clock time in the city's zone (``timezone`` in config.yaml). Staff often
add the zone's abbreviation anyway; one that names the city's own zone is dropped, one that
names another zone means the time must be converted.

The city's own abbreviations come from the IANA database itself (:mod:`zoneinfo`): the names
its zone uses in January and July (``EST``/``EDT`` for America/New_York, ``MST`` alone for
America/Phoenix) plus the generic form without the S/D letter (``ET``). Other abbreviations
are read from :data:`US_ZONES`, a small table of the North American abbreviations staff type
mapped to the IANA zone they name (dateutil's parser knows only ``UTC``/``GMT`` and the local
machine's names, and abbreviations are ambiguous worldwide — ``CST`` is also China — so no
world list is guessed). A standard-time name typed in summer (``EST`` in July) is read, as
staff mean it, as that region's local time. Outlook's copy of an event pastes its zone's
Windows display name after the time, "(UTC-05:00) Eastern Time (US & Canada)"
(:func:`display_zone` reads it: icalendar's Windows-to-IANA table, else a city of the label
that is an IANA zone, either only where its standard offset is the one in the brackets).
Anything else is not a zone here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

#: Abbreviation → the IANA zone it names (US and Canada, plus UTC). Source: the abbreviations
#: the IANA tz database (tzdata ``northamerica``) uses for these zones, with the generic
#: ``ET``/``CT``/``MT``/``PT``/``AKT``/``HT`` forms of US usage.
US_ZONES: dict[str, str] = {
    **dict.fromkeys(("EST", "EDT", "ET"), "America/New_York"),
    **dict.fromkeys(("CST", "CDT", "CT"), "America/Chicago"),
    **dict.fromkeys(("MST", "MDT", "MT"), "America/Denver"),
    **dict.fromkeys(("PST", "PDT", "PT"), "America/Los_Angeles"),
    **dict.fromkeys(("AKST", "AKDT", "AKT"), "America/Anchorage"),
    **dict.fromkeys(("HST", "HDT", "HT"), "Pacific/Honolulu"),
    **dict.fromkeys(("AST", "ADT", "AT"), "America/Halifax"),
    **dict.fromkeys(("NST", "NDT", "NT"), "America/St_Johns"),
    **dict.fromkeys(("UTC", "GMT", "Z"), "UTC"),
}

#: A trailing abbreviation (letters, optionally in brackets) after a time; several may occur
#: in a range (``6 PM EST - 8 PM EST``).
_TOKEN = re.compile(r"(?<=[\d\s.mM)])\s*\(?\b([A-Za-z]{1,4})\b\)?(?=\s*(?:$|-|–|—|\bto\b|\buntil\b))")


@dataclass(frozen=True)
class TypedZone:
    """An abbreviation found in a time cell: ``abbreviation`` as typed (upper case) and
    ``zone`` the IANA zone it names, ``None`` when it is the city's own zone."""
    abbreviation: str
    zone: ZoneInfo | None


def own_abbreviations(tz: ZoneInfo, year: int = 2025) -> set[str]:
    """The abbreviations of ``tz`` itself: its January and July names and their generic form
    (``{"EST", "EDT", "ET"}`` for America/New_York)."""
    names = {datetime(year, month, 1, 12, tzinfo=tz).tzname() or "" for month in (1, 7)}
    names = {n for n in names if n.isalpha()}
    return names | {n[:-2] + "T" for n in names if len(n) >= 3 and n[-2] in "SD" and n.endswith("T")}


#: A Windows time zone display name ending a time cell, as Outlook pastes it: "(UTC-05:00)
#: Eastern Time (US & Canada)", "(GMT+10:00) Canberra, Melbourne, Sydney", "(UTC) Coordinated
#: Universal Time" (its label: words and at most one bracketed part).
_DISPLAY = re.compile(r"\s*(?P<name>\((?:UTC|GMT)\s*(?:(?P<sign>[+-])(?P<h>\d{1,2}):(?P<m>\d{2}))?\)"
                      r"\s*(?P<label>[^()\d]*(?:\([^()]*\))?[^()\d]*))$", re.I)


def standard_offset(zone: ZoneInfo) -> timedelta:
    """The zone's UTC offset in January or July, whichever has no daylight saving."""
    for month in (1, 7):
        moment = datetime(2021, month, 15, 12, tzinfo=zone)
        if not moment.dst():
            return moment.utcoffset()
    return datetime(2021, 1, 15, 12, tzinfo=zone).utcoffset()


def _bracket_offset(m: re.Match) -> timedelta:
    """The UTC offset in a :data:`_DISPLAY` match's brackets ("(UTC-05:00)"; "(UTC)" is 0)."""
    sign = -1 if m.group("sign") == "-" else 1
    return sign * timedelta(hours=int(m.group("h") or 0), minutes=int(m.group("m") or 0))


@lru_cache(maxsize=1)
def _zone_keys() -> tuple[str, ...]:
    """Every IANA key this machine's tz database holds, sorted (read once)."""
    from zoneinfo import available_timezones
    return tuple(sorted(available_timezones()))


@lru_cache(maxsize=1)
def _by_city() -> dict[str, tuple[str, ...]]:
    """Folded last part of an IANA key ("phoenix", "new_york") → the keys ending so, sorted."""
    out: dict[str, list[str]] = {}
    for key in _zone_keys():
        if "/" in key:
            out.setdefault(key.rsplit("/", 1)[-1].lower(), []).append(key)
    return {city: tuple(keys) for city, keys in out.items()}


@lru_cache(maxsize=256)         # (asked per time cell holding a display name; they repeat)
def display_zone(name: str) -> str | None:
    """The IANA key a Windows display name names ("(UTC-05:00) Eastern Time (US & Canada)" →
    ``"America/New_York"``, "(GMT+10:00) Canberra, Melbourne, Sydney" → ``"Australia/Canberra"``),
    else ``None``: a Windows zone ID of icalendar's Windows-to-IANA table (``WINDOWS_TO_OLSON``,
    from CLDR's windowsZones) whose name, less "Standard Time", the label holds or begins
    ("Alaskan" for "Alaska"), else the label's first city that is an IANA zone — each only
    where that zone's standard offset is the one in the brackets (so a city that exists in two
    places cannot pick the wrong one)."""
    m = _DISPLAY.fullmatch(name.strip())
    if m is None:
        return None
    wanted = _bracket_offset(m)
    label = " ".join(m.group("label").split())
    fits = lambda key: standard_offset(ZoneInfo(key)) == wanted    # noqa: E731
    try:
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
    except ImportError:                     # pragma: no cover (icalendar is a dependency)
        WINDOWS_TO_OLSON = {}
    first = label.split(" ", 1)[0].lower()
    shorts = [(key.replace(" Standard Time", ""), zone) for key, zone in WINDOWS_TO_OLSON.items()]
    for short, zone in (*((s, z) for s, z in shorts if s and s in label),        # the label holds it, else
                        *((s, z) for s, z in shorts if len(first) >= 4 and s.lower().startswith(first))):
        if fits(zone):
            return zone
    if label.lower() in ("coordinated universal time", "utc"):
        return "UTC"
    for city in re.split(r"\s*,\s*|\s+and\s+", label):
        zone = _by_city().get(city.strip().replace(" ", "_").lower(), (None,))[-1]
        if zone and fits(zone):
            return zone
    # a region a zone's path holds ("(UTC-05:00) Indiana (East)": America/Indiana/Indianapolis)
    return next((z for z in _zone_keys() if z.count("/") == 2
                 and z.split("/")[1].lower() == first and fits(z)), None)


#: A US or Canadian region's time written out after a time: "6pm Mountain Time", "6:00 PM Central",
#: "Eastern Daylight Time", "7pm Arizona time", Google's "(Mountain Time - Denver)" (a README-only
#: check: each was an error) → the IANA zone it names (the same regions as :data:`US_ZONES`).
_LONG = re.compile(r"\s*\(?\s*(?P<name>(?:(?P<region>eastern|central|mountain|pacific|alaska|hawaii(?:an)?|atlantic)"
                   r"(?:\s+(?:standard|daylight))?(?:\s+time)?|(?P<az>arizona|az)\s+time)"
                   r"(?:\s*-\s*(?P<city>[a-z][a-z .'-]{1,30}))?)\s*\)?\s*$", re.I)
_LONG_ZONES = {"eastern": "America/New_York", "central": "America/Chicago", "mountain": "America/Denver",
               "pacific": "America/Los_Angeles", "alaska": "America/Anchorage", "hawaii": "Pacific/Honolulu",
               "hawaiian": "Pacific/Honolulu", "atlantic": "America/Halifax"}


#: what stands before a zone written out: a clock ("6pm", "18:00", "noon")
_CLOCK_BEFORE = re.compile(r"\d|\bnoon\b|\bmidnight\b", re.I)


def _long_key(said: re.Match) -> str:
    """The IANA key of a :data:`_LONG` match: its city's zone where it names one of the region's
    standard offset (Google's "(Mountain Time - Phoenix)" is America/Phoenix, not Denver: a
    README-only check), else the region's."""
    key = "America/Phoenix" if said.group("az") else _LONG_ZONES[said.group("region").lower()]
    if said.group("city"):
        named = _by_city().get("_".join(said.group("city").split()).lower())
        if named and standard_offset(ZoneInfo(named[0])) == standard_offset(ZoneInfo(key)):
            return named[0]
    return key


def zone_suffix(text: str) -> int | None:
    """Where a time zone written out ends ``text`` after a digit — a Windows display name
    ("(UTC-07:00) Mountain Time (US & Canada)") or a region's time (:data:`_LONG`: "(Mountain
    Time - Denver)") — else ``None``: the hours before it are read as hours, the zone with them."""
    for pattern in (_DISPLAY, _LONG):
        if (m := pattern.search(text)) is not None and _CLOCK_BEFORE.search(text[:m.start()]):
            return m.start()
    return None


def _written_zone(text: str, tz: ZoneInfo) -> tuple[str, str, str] | None:
    """``(the text before it, the name as typed, its IANA key)`` of a zone written out ending
    ``text``: a Windows display name (:func:`display_zone`; one naming no zone known here is
    ``tz`` when its offset is ``tz``'s standard offset, else ``ValueError``) or, after a clock,
    a region's time (:data:`_LONG`); else ``None``."""
    if (shown := _DISPLAY.search(text)) is not None and shown.start() > 0:
        name = shown.group("name").strip()
        key = display_zone(name)
        if key is None:
            if _bracket_offset(shown) != standard_offset(tz):
                raise ValueError(f"{name!r} names no time zone known here")
            key = tz.key
        return text[:shown.start()].strip(), name, key
    if (said := _LONG.search(text)) is not None and _CLOCK_BEFORE.search(text[:said.start()]):
        return text[:said.start()], " ".join(said.group("name").split()), _long_key(said)
    return None


def split_zone(text: str, tz: ZoneInfo) -> tuple[str, TypedZone | None]:
    """A time cell's text → ``(text without the abbreviation, the zone it named or None)``.

    Only known abbreviations are taken (:func:`own_abbreviations` of ``tz``, :data:`US_ZONES`),
    a region's time written out ending the cell (:data:`_LONG`), or a Windows display name
    ending the cell (:func:`display_zone`; one naming no zone known
    here is read as the city's own when its offset is the city's standard offset); other
    letters stay in the text (and the time parser reports them as today). Raises
    ``ValueError`` when two different zones are typed in one cell, or for a display name of
    another offset that names no zone known here."""
    if (written := _written_zone(text, tz)) is not None:
        rest, name, key = written
        inner, typed = split_zone(rest, tz)
        if typed is not None and (typed.zone or tz).key != key:
            raise ValueError(f"{typed.abbreviation} and {name} name different time zones")
        return inner, TypedZone(name, None if key == tz.key else ZoneInfo(key))
    own = own_abbreviations(tz)
    found: list[str] = []

    def take(m: re.Match) -> str:
        word = m.group(1).upper()
        if word in own or word in US_ZONES:
            found.append(word)
            return ""
        return m.group(0)

    rest = _TOKEN.sub(take, text)
    if not found:
        return text, None
    if (said := _LONG.search(rest)) is not None and _CLOCK_BEFORE.search(rest[:said.start()]):
        # ("6pm Pacific Standard Time (PST)": the region's name written out beside its abbreviation)
        key = _long_key(said)
        found.append(key)
        rest = rest[:said.start()]
    zones = {None if w in own or w == tz.key else US_ZONES.get(w, w) for w in found}
    if len(zones) > 1:
        raise ValueError(f"{' and '.join(dict.fromkeys(found))} name different time zones")
    (name,) = zones
    return rest.strip(), TypedZone(found[0], None if name is None else ZoneInfo(name))


def to_city(day: date, clock: time, zone: ZoneInfo, tz: ZoneInfo) -> tuple[date, time]:
    """Wall-clock ``clock`` on ``day`` in ``zone`` → the same instant's day and clock in ``tz``."""
    moved = datetime.combine(day, clock, zone).astimezone(tz)
    return moved.date(), moved.time().replace(tzinfo=None)
