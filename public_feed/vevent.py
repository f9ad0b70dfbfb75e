"""VEVENT and calendar-head lines written straight to bytes (issue 17).

:func:`.ics.build_vevent` builds an ``icalendar.Event`` and lets icalendar serialise it;
that costs about 0.3 ms per event, most of a first sync's feed building. :func:`vevent_bytes`
writes the same VEVENT directly: the same bytes as
``fold.component_bytes(ics.build_vevent(event, url))`` for icalendar 7.3 (the oracle in
``tests/unit/test_vevent_writer.py``, a seeded hypothesis property plus real calendars).

What the writer reproduces, property by property, in icalendar's order (``Event.canonical_order``
first — SUMMARY, DTSTART, DTEND, DTSTAMP, UID, SEQUENCE, RRULE, EXDATE — then the rest
alphabetically):

* TEXT values (SUMMARY, UID, DESCRIPTION, LOCATION, each CATEGORIES value): RFC 5545 §3.3.11
  escaping — ``\\`` → ``\\\\``, ``;`` → ``\\;``, ``,`` → ``\\,``, a line break → ``\\n`` — after
  icalendar's own normalisations (a typed ``\\N`` is read as a line break; CRLF and a lone CR
  are line breaks); CATEGORIES values joined by ``,`` (RFC 5545 §3.8.1.2).
* DATE (``VALUE=DATE:YYYYMMDD``, RFC 5545 §3.3.4), DATE-TIME with ``TZID=`` (the id icalendar
  gives the tzinfo) or in UTC with ``Z`` (§3.3.5); DTSTAMP/CREATED/LAST-MODIFIED in UTC.
* SEQUENCE as an INTEGER; RRULE as icalendar normalises it (``vRecur.from_ical(...).to_ical()``,
  computed once per distinct rule text); EXDATE as one line of comma-separated values with the
  start's TZID or ``VALUE=DATE``; URL verbatim (a URI is not TEXT-escaped).
* Folding: :func:`.fold.line_bytes` (RFC 5545 §3.1, 75 octets, icalendar's cuts).

Not covered — :func:`vevent_bytes` returns ``None`` and the caller serialises with
icalendar (:func:`.ics.build_vevent`): a timed start, end or EXDATE that, as written (after
:func:`.ics._timed`), is not an aware ``datetime`` whose tzinfo is a ``zoneinfo.ZoneInfo`` or ``datetime.timezone`` (naive/floating
times, dateutil, pytz), a tzinfo icalendar cannot name or whose name it would quote, a start
that is a ``date`` on an event that is not all-day, a SEQUENCE outside INTEGER's range
(-2³¹ … 2³¹-1), and a URL containing CR or LF.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

from sheets_sync.model import Status
from sheets_sync.timeutil import text_key

from . import ics
from .fold import line_bytes, lines_bytes

_TZ_TYPES = (ZoneInfo, timezone)
_SAFE_TZID = re.compile(r"[A-Za-z0-9/_+\-.]+\Z")     # a parameter value icalendar writes unquoted
_INT_MIN, _INT_MAX = -2 ** 31, 2 ** 31 - 1
_CRLF = b"\r\n"


def escape_text(value: str) -> str:
    """TEXT escaping of RFC 5545 §3.3.11 exactly as icalendar 7 applies it (its
    ``_escape_char``): ``\\N`` is first read as a line break, then ``\\`` ``;`` ``,`` are
    backslash-escaped and CRLF, LF and a lone CR become ``\\n``."""
    return (value.replace("\\N", "\n").replace("\\", "\\\\").replace(";", "\\;")
            .replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


#: :func:`escape_text` remembered per distinct text, for the texts events share (titles,
#: places, descriptions, categories; issue 17, p17aa), not for UIDs (each its own).
_escaped = lru_cache(maxsize=4096)(escape_text)


@lru_cache(maxsize=64)
def _tzid(tzinfo) -> str | None:
    """The TZID icalendar writes for ``tzinfo`` (``"UTC"`` for UTC), or ``None`` when the
    writer does not cover it (icalendar would name it per instant, or quote it)."""
    from icalendar.timezone.tzid import tzid_from_tzinfo
    tzid = tzid_from_tzinfo(tzinfo)
    if tzid is None or (tzid != "UTC" and not _SAFE_TZID.match(tzid)):
        return None
    return tzid


def _stamp(value: datetime) -> str:
    """``YYYYMMDDTHHMMSS`` of a datetime's wall-clock fields (RFC 5545 §3.3.5)."""
    return f"{value.year:04}{value.month:02}{value.day:02}T{value.hour:02}{value.minute:02}{value.second:02}"


def _day(value: date) -> str:
    return f"{value.year:04}{value.month:02}{value.day:02}"


def _date_time(name: str, value) -> str | None:
    """``NAME;TZID=…:…``, ``NAME:…Z`` or ``NAME;VALUE=DATE:…`` for a DTSTART/DTEND value,
    ``None`` when not covered."""
    if not isinstance(value, datetime):
        return f"{name};VALUE=DATE:{_day(value)}"
    tz = value.tzinfo
    if not isinstance(tz, _TZ_TYPES):
        return None
    tzid = _tzid(tz)
    if tzid is None:
        return None
    if tzid == "UTC":
        return f"{name}:{_stamp(value)}Z"
    return f"{name};TZID={tzid}:{_stamp(value)}"


def _exdate(values: list) -> str | None:
    """The EXDATE line for :func:`.ics._exdate_values` (one line, values joined by ``,``)."""
    if not isinstance(values[0], datetime):
        if any(isinstance(v, datetime) for v in values):
            return None
        return "EXDATE;VALUE=DATE:" + ",".join(_day(v) for v in values)
    tzids = set()
    for v in values:
        if not isinstance(v, datetime) or not isinstance(v.tzinfo, _TZ_TYPES):
            return None
        tzids.add(_tzid(v.tzinfo))
    if len(tzids) != 1 or None in tzids:
        return None
    tzid = tzids.pop()
    if tzid == "UTC":
        return "EXDATE:" + ",".join(_stamp(v) + "Z" for v in values)
    return f"EXDATE;TZID={tzid}:" + ",".join(_stamp(v) for v in values)


@lru_cache(maxsize=1024)
def rrule_text(rule: str) -> str:
    """``rule`` as icalendar writes it (``vRecur.from_ical(rule).to_ical()``: parts in its
    order, names upper-cased); raises what icalendar raises for a rule it cannot read."""
    import icalendar
    return icalendar.vRecur.from_ical(rule).to_ical().decode("utf-8")


def _utc_stamp(value: datetime | None) -> str:
    """``YYYYMMDDTHHMMSSZ`` of ``value`` in UTC (``None``: the epoch of :func:`.ics._utc`),
    written once per distinct instant (issue 17, p17aa: DTSTAMP, CREATED and LAST-MODIFIED
    are the same few instants for most events; 1.6 µs a stamp, 0.15 µs a remembered one)."""
    return _stamp_of(None if value is None else text_key(value))


@lru_cache(maxsize=4096)
def _stamp_of(key: tuple | None) -> str:
    """:func:`_utc_stamp` of the datetime :func:`sheets_sync.timeutil.text_key` made ``key``
    (its tzinfo and fold in the key: the two 01:30s of a fall-back night are an hour apart)."""
    return _stamp(ics._utc(None if key is None else key[0])) + "Z"


def vevent_bytes(event, event_url: str = "") -> bytes | None:
    """``BEGIN:VEVENT`` … ``END:VEVENT\\r\\n`` for a :class:`~sheets_sync.model.CombinedEvent`
    (folded, CRLF), byte-identical to ``component_bytes(build_vevent(event, event_url))``;
    ``None`` for what this writer does not cover (see the module docstring). Raises what
    icalendar raises for an RRULE it cannot read."""
    if not _INT_MIN <= event.sequence <= _INT_MAX or "\r" in event_url or "\n" in event_url:
        return None
    if event.all_day:
        start = event.start if not isinstance(event.start, datetime) else event.start.date()
        end = event.end if not isinstance(event.end, datetime) else event.end.date()
        if end <= start:
            end = start + timedelta(days=1)
        dtstart, dtend = f"DTSTART;VALUE=DATE:{_day(start)}", f"DTEND;VALUE=DATE:{_day(end)}"
    else:
        if not isinstance(event.start, datetime) or not isinstance(event.end, datetime):
            return None
        recurring = bool(event.rrule)
        dtstart = _date_time("DTSTART", ics._timed(event.start, recurring))
        dtend = _date_time("DTEND", ics._timed(event.end, recurring))
        if dtstart is None or dtend is None:
            return None
    modified = _utc_stamp(event.last_modified)
    title = f"POSTPONED: {event.title}" if event.status is Status.POSTPONED else event.title
    lines = ["BEGIN:VEVENT", "SUMMARY:" + _escaped(title), dtstart, dtend, "DTSTAMP:" + modified,
             "UID:" + escape_text(event.uid), f"SEQUENCE:{event.sequence}"]
    if event.rrule:
        lines.append("RRULE:" + rrule_text(event.rrule))
        if event.exdates:
            exdate = _exdate(ics._exdate_values(event))
            if exdate is None:
                return None
            lines.append(exdate)
    categories = ics.event_categories(event)
    if categories:
        lines.append("CATEGORIES:" + ",".join(map(_escaped, categories)))
    lines.append("CLASS:PUBLIC" if event.is_public else "CLASS:PRIVATE")
    lines.append("CREATED:" + _utc_stamp(event.created))
    description = ics.event_description(event)
    if description:
        lines.append("DESCRIPTION:" + _escaped(description))
    lines.append("LAST-MODIFIED:" + modified)
    location = ics.event_location(event)
    if location:
        lines.append("LOCATION:" + _escaped(location))
    lines.append("STATUS:" + ("CANCELLED" if event.is_cancelled else ics._STATUS[event.status]))
    lines.append("TRANSP:TRANSPARENT")
    if event_url:
        lines.append("URL:" + event_url)
    lines.append("END:VEVENT")
    return lines_bytes(lines)


#: How each per-feed head property's value is written: TEXT-escaped (DESCRIPTION), or as
#: icalendar 7.2+ writes an UNKNOWN (X-WR-CALNAME, NAME, X-WR-CALDESC) or URI (SOURCE) value:
#: verbatim.
_HEAD_LINE = {"X-WR-CALNAME": "X-WR-CALNAME:", "NAME": "NAME:", "X-WR-CALDESC": "X-WR-CALDESC:",
              "DESCRIPTION": "DESCRIPTION:", "SOURCE": "SOURCE;VALUE=URI:"}


def head_lines(names: list[str], values: dict[str, str]) -> tuple[bytes, ...] | None:
    """The folded per-feed head lines (each ending CRLF) for property ``names`` in order,
    ``values`` mapping each name to its text; ``None`` when a verbatim value holds CR or LF
    (icalendar refuses or passes those; :func:`.ics.calendar_head` then asks icalendar)."""
    out = []
    for name in names:
        value = values[name]
        if name == "DESCRIPTION":
            value = escape_text(value)
        elif "\r" in value or "\n" in value:
            return None
        out.append(line_bytes(_HEAD_LINE[name] + value) + _CRLF)
    return tuple(out)
