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
staff mean it, as that region's local time. Anything else is not a zone here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
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


def split_zone(text: str, tz: ZoneInfo) -> tuple[str, TypedZone | None]:
    """A time cell's text → ``(text without the abbreviation, the zone it named or None)``.

    Only known abbreviations are taken (:func:`own_abbreviations` of ``tz``, :data:`US_ZONES`);
    other letters stay in the text (and the time parser reports them as today). Raises
    ``ValueError`` when two different zones are typed in one cell."""
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
    zones = {None if w in own else US_ZONES[w] for w in found}
    if len(zones) > 1:
        raise ValueError(f"{' and '.join(dict.fromkeys(found))} name different time zones")
    (name,) = zones
    return rest.strip(), TypedZone(found[0], None if name is None else ZoneInfo(name))


def to_city(day: date, clock: time, zone: ZoneInfo, tz: ZoneInfo) -> tuple[date, time]:
    """Wall-clock ``clock`` on ``day`` in ``zone`` → the same instant's day and clock in ``tz``."""
    moved = datetime.combine(day, clock, zone).astimezone(tz)
    return moved.date(), moved.time().replace(tzinfo=None)
