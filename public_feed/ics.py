"""iCalendar feeds from combined events (RFC 5545, RFC 7986). Pure: events in, bytes out.

Rules from ``shared/docs/ics-rules.md`` that this module owns:
R1 stable UID (from the record); R2 DTSTAMP = the event's LAST-MODIFIED in UTC and no
METHOD, so unchanged input gives byte-identical output; R3 SEQUENCE/LAST-MODIFIED from the
record; R4 cancelled/removed → ``STATUS:CANCELLED``; R5/R6 timed DTSTART/DTEND with a TZID
and a matching VTIMEZONE (never floating, never UTC for recurring events; UNTIL in UTC);
R7 X-WR-CALNAME and NAME; R8 REFRESH-INTERVAL and X-PUBLISHED-TTL; R9 all-day as
VALUE=DATE with an exclusive DTEND; R10/R11 folding, CRLF and TEXT escaping left to
:mod:`icalendar`; R12 VERSION and PRODID; R17 daylight-saving edges (see :func:`_timed`).

Each event's VEVENT is serialised once (:func:`vevent_bytes`) and spliced into every feed it
belongs to, so building many filtered feeds costs little more than one.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Callable, Iterable, Mapping, Sequence

import icalendar

from sheets_sync.model import CombinedEvent, Status
from sheets_sync.recurrence import occurrences

from .fold import component_bytes, line_bytes
from .query import last_day
from .vevent import head_lines
from .vevent import vevent_bytes as _direct_vevent

_STATUS = {Status.SCHEDULED: "CONFIRMED", Status.TENTATIVE: "TENTATIVE",
           Status.POSTPONED: "TENTATIVE", Status.CANCELLED: "CANCELLED"}
_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)
_OPEN_SERIES_YEARS = 10      # VTIMEZONE coverage for a series with no end
_LAST_TZ_YEAR = 2037         # compiled tz data ends here


@dataclass(frozen=True)
class FeedInfo:
    """Calendar-level properties of one feed: NAME/X-WR-CALNAME, DESCRIPTION/X-WR-CALDESC,
    PRODID, X-WR-TIMEZONE (IANA name), REFRESH-INTERVAL/X-PUBLISHED-TTL in minutes and the
    feed's own https URL (SOURCE)."""
    name: str
    description: str
    prodid: str
    timezone: str
    refresh_minutes: int = 60
    url: str = ""


def _utc(value: datetime | None) -> datetime:
    return (value or _EPOCH).astimezone(timezone.utc).replace(microsecond=0)


def event_description(event: CombinedEvent) -> str:
    """Public DESCRIPTION text: the description plus who runs it (never contacts/notes)."""
    parts = [event.description.strip()] if event.description.strip() else []
    if event.departments:
        parts.append("Departments: " + ", ".join(event.departments))
    if event.event_type:
        parts.append("Type: " + event.event_type)
    if event.registration_url:
        parts.append("Register: " + event.registration_url)
    if event.accessibility:
        parts.append("Accessibility: " + event.accessibility)
    return "\n\n".join(parts)


def event_categories(event: CombinedEvent) -> list[str]:
    """CATEGORIES values (RFC 5545 §3.8.1.2): the event type, then each department (Outlook
    colours events by category, so a resident can colour each department's events)."""
    out = [event.event_type] if event.event_type else []
    return out + [d for d in event.departments if d not in out]


def event_location(event: CombinedEvent) -> str:
    """LOCATION text: the place name, then the address when it adds something."""
    if event.location and event.address and event.address not in event.location:
        return f"{event.location}, {event.address}"
    return event.location or event.address


def _timed(value: datetime, recurring: bool) -> datetime:
    """The DTSTART/DTEND value to write for an aware local datetime (R5, R6, R17).

    A series keeps its wall-clock time with its TZID, and RFC 5545 §3.3.5 then reads an
    occurrence in the spring-forward gap with the offset before the gap and a repeated
    fall-back time as the first one. A single event is written as the instant it is: a time
    in the gap becomes the real wall-clock time (02:30 → 03:30 EDT, the same instant RFC 5545
    gives it), and the *second* of two equal wall-clock times, which no TZID time can name,
    is written in UTC.
    """
    if recurring:
        return value.replace(fold=0)
    real = value.astimezone(timezone.utc).astimezone(value.tzinfo)
    if real.fold:
        return value.astimezone(timezone.utc)
    return real


def _exdate_values(event: CombinedEvent) -> list[date | datetime]:
    if isinstance(event.start, datetime):
        return [datetime.combine(d, event.start.time().replace(fold=0), tzinfo=event.start.tzinfo)
                for d in event.exdates]
    return list(event.exdates)


def build_vevent(event: CombinedEvent, event_url: str = "") -> icalendar.Event:
    """One VEVENT with every property set explicitly (never ``Event.new()`` defaults)."""
    ev = icalendar.Event()
    ev.add("UID", event.uid)
    ev.add("DTSTAMP", _utc(event.last_modified))
    ev.add("CREATED", _utc(event.created))
    ev.add("LAST-MODIFIED", _utc(event.last_modified))
    ev.add("SEQUENCE", event.sequence)
    title = event.title
    if event.status is Status.POSTPONED:
        title = f"POSTPONED: {title}"
    ev.add("SUMMARY", title)
    if event.all_day:
        start = event.start if not isinstance(event.start, datetime) else event.start.date()
        end = event.end if not isinstance(event.end, datetime) else event.end.date()
        if end <= start:
            end = start + timedelta(days=1)
        ev.add("DTSTART", start)
        ev.add("DTEND", end)
    else:
        recurring = bool(event.rrule)
        ev.add("DTSTART", _timed(event.start, recurring))
        ev.add("DTEND", _timed(event.end, recurring))
    if event.rrule:
        ev.add("RRULE", icalendar.vRecur.from_ical(event.rrule))
        if event.exdates:
            ev.add("EXDATE", _exdate_values(event))
    description = event_description(event)
    if description:
        ev.add("DESCRIPTION", description)
    location = event_location(event)
    if location:
        ev.add("LOCATION", location)
    categories = event_categories(event)
    if categories:
        ev.add("CATEGORIES", categories)
    ev.add("STATUS", "CANCELLED" if event.is_cancelled else _STATUS[event.status])
    ev.add("CLASS", "PUBLIC" if event.is_public else "PRIVATE")
    ev.add("TRANSP", "TRANSPARENT")
    if event_url:
        ev.add("URL", event_url)
    return ev


def vevent_bytes(event: CombinedEvent, event_url: str = "") -> bytes:
    """``BEGIN:VEVENT`` … ``END:VEVENT\\r\\n``, folded, ready to splice into a calendar:
    written directly by :func:`.vevent.vevent_bytes`, or by icalendar from
    :func:`build_vevent` for what that writer does not cover (issue 17)."""
    blob = _direct_vevent(event, event_url)
    return blob if blob is not None else component_bytes(build_vevent(event, event_url))


def series_last_day(event: CombinedEvent) -> date | None:
    """Local date of the event's last day: the end day for a single event, the last
    occurrence's end day for a bounded series, ``None`` for a series with no end."""
    end = event.end.date() if isinstance(event.end, datetime) else event.end
    if not event.all_day and isinstance(event.end, datetime):
        end = event.end.astimezone(event.start.tzinfo).date()
    if not event.rrule:
        return end
    if "UNTIL=" not in event.rrule and "COUNT=" not in event.rrule:
        return None
    starts = occurrences(event.rrule, event.start, limit=5000)
    length = end - event.start_date
    return (starts[-1].date() if isinstance(starts[-1], datetime) else starts[-1]) + length


def last_touched_day(event: CombinedEvent) -> date | None:
    """Local date of the last day the event (a series: its last occurrence) takes place on,
    ``None`` for a series with no end: :func:`series_last_day` less the day an exclusive end
    adds — an all-day event's end date (RFC 5545 §3.6.1: a one-day event on 2025-08-05 ends
    2025-08-06) or a timed end at local midnight after the start day — counted by the pages'
    own rule, :func:`public_feed.query.last_day`, on the event's first occurrence."""
    last = series_last_day(event)
    if last is None:
        return None
    zone = event.start.tzinfo if isinstance(event.start, datetime) else None
    end_day = event.end.astimezone(zone).date() if isinstance(event.end, datetime) else event.end
    return last - (end_day - last_day({"start": event.start, "end": event.end}, zone))


class Spans:
    """Each event's ``(first day, last day)`` — ``event.start_date`` and
    :func:`series_last_day` — worked out once and remembered for the events it was asked
    about (issue 17: one build of every feed asked it 1.1 million times for 76,000 events).
    Callable on an event; keeps the events it was asked about alive, so an ``id`` is never
    reused while remembered. :meth:`tz_range` is :func:`_tz_range` of a feed's events from
    the remembered days (issue 17, p17aa: looked up with C-level maps, not an event at a time)."""

    def __init__(self) -> None:
        self._seen: dict[int, tuple[CombinedEvent, date, date | None]] = {}
        self._timed: dict[int, tuple[date, date] | tuple[()]] = {}    # () for an all-day event

    def __call__(self, event: CombinedEvent) -> tuple[date, date | None]:
        found = self._seen.get(id(event))
        if found is None or found[0] is not event:
            found = self._seen[id(event)] = (event, *event_span(event))
        return found[1], found[2]

    def tz_range(self, events: Sequence[CombinedEvent]) -> tuple[date, date] | None:
        """:func:`_tz_range` of ``events`` with these spans."""
        if len(events) == 1:            # an event's own calendar: no maps for one event
            days = self._timed_days(events[0])
            return _year_bounds(*days) if days else None
        known = list(map(self._timed.get, map(id, events)))
        if None in known:               # an event not met before (an id met is that event: kept alive)
            known = list(map(self._timed_days, events))
        timed = list(filter(None, known))
        if not timed:
            return None
        return _year_bounds(min(map(_first, timed)), max(map(_last, timed)))

    def _timed_days(self, event: CombinedEvent) -> tuple[date, date] | tuple[()]:
        found = self._timed.get(id(event))
        if found is None:
            found = self._timed[id(event)] = () if event.all_day else _tz_days(*self(event))
        return found


_first, _last = itemgetter(0), itemgetter(1)


def event_span(event: CombinedEvent) -> tuple[date, date | None]:
    """``(event.start_date, series_last_day(event))``, worked out each time (:class:`Spans`
    remembers them)."""
    return event.start_date, series_last_day(event)


def _tz_days(start: date, day: date | None) -> tuple[date, date]:
    """A timed event's first day and the last day its VTIMEZONE must cover (an open series:
    :data:`_OPEN_SERIES_YEARS` on, at most to the end of :data:`_LAST_TZ_YEAR`)."""
    return start, day if day is not None else date(min(start.year + _OPEN_SERIES_YEARS, _LAST_TZ_YEAR), 12, 31)


def _year_bounds(first: date, last: date) -> tuple[date, date]:
    last = max(last, first)
    return date(first.year, 1, 1), date(min(last.year + 1, _LAST_TZ_YEAR + 1), 1, 1)


def _tz_range(events: Sequence[CombinedEvent], spans: Callable = event_span) -> tuple[date, date] | None:
    if isinstance(spans, Spans):
        return spans.tz_range(events)
    first = last = None
    for e in events:
        if e.all_day:
            continue
        start, day = _tz_days(*spans(e))
        first = start if first is None or start < first else first
        last = day if last is None or day > last else last
    if first is None:
        return None
    return _year_bounds(first, last)


def _calendar(info: FeedInfo) -> icalendar.Calendar:
    """The VCALENDAR's own properties for ``info`` (no components)."""
    cal = icalendar.Calendar()
    cal.add("PRODID", info.prodid)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("X-WR-CALNAME", info.name)
    cal.add("NAME", info.name)
    cal.add("X-WR-CALDESC", info.description)
    cal.add("DESCRIPTION", info.description)
    cal.add("X-WR-TIMEZONE", info.timezone)
    refresh = timedelta(minutes=info.refresh_minutes)
    cal.add("REFRESH-INTERVAL", icalendar.vDuration(refresh), parameters={"VALUE": "DURATION"})
    ttl = icalendar.vDuration(refresh)   # an X- property: the DURATION type must be explicit
    ttl.params.pop("VALUE", None)        # and written as Outlook does: X-PUBLISHED-TTL:PT1H
    cal.add("X-PUBLISHED-TTL", ttl)
    if info.url:
        cal.add("SOURCE", info.url, parameters={"VALUE": "URI"})
    return cal


#: The head's properties that differ from feed to feed (the rest is built once per setting).
_PER_FEED = {"X-WR-CALNAME": "name", "NAME": "name", "X-WR-CALDESC": "description",
             "DESCRIPTION": "description", "SOURCE": "url"}


@lru_cache(maxsize=32)
def _head_plan(prodid: str, tzid: str, refresh_minutes: int, with_url: bool) -> tuple:
    """The head's content lines in icalendar's order: folded bytes for a property shared by
    every feed with these settings, the property's name for one that is per feed."""
    cal = _calendar(FeedInfo("-", "-", prodid, tzid, refresh_minutes, "-" if with_url else ""))
    plan = []
    for name, value in cal.property_items(sorted=True):
        if name == "END":
            break
        plan.append(name if name in _PER_FEED else line_bytes(cal.content_line(name, value)) + b"\r\n")
    return tuple(plan)


_LINES = icalendar.Calendar()      # only its content_line() is used: it keeps no state


def _per_feed_lines(plan: tuple, info: FeedInfo) -> tuple[bytes, ...]:
    """The folded per-feed lines of ``plan`` for ``info``, in the plan's order."""
    names = [item for item in plan if isinstance(item, str)]
    direct = head_lines(names, {name: getattr(info, _PER_FEED[name]) for name in names})
    return direct if direct is not None else icalendar_feed_lines(plan, info)   # issue 17


def icalendar_feed_lines(plan: tuple, info: FeedInfo) -> tuple[bytes, ...]:
    """:func:`_per_feed_lines` serialised by icalendar (the fallback, and the tests' oracle)."""
    out = []
    for item in plan:
        if isinstance(item, str):
            params = {"VALUE": "URI"} if item == "SOURCE" else None
            value = icalendar.Calendar._encode(item, getattr(info, _PER_FEED[item]), params)
            out.append(line_bytes(_LINES.content_line(item, value)) + b"\r\n")
    return tuple(out)


class HeadLines:
    """Per-feed head lines (:func:`calendar_head`) folded once per distinct feed name and
    description for many feeds that differ in SOURCE alone: each event's own calendar is
    named after the event, so events with the same title share their name and description
    lines and only the SOURCE line is folded per calendar (issue 17, p17t: 76,000 per-event
    heads at 100,000 rows were folded, and hashed into the VEVENT store, one by one).
    Keeps the head of every name it was asked about, joined up to and after its SOURCE
    line (issue 17, p17aa: a head is then three pieces, not a join of fourteen): one per build."""

    def __init__(self) -> None:
        self._named: dict[tuple, tuple[bytes, bytes | None]] = {}

    def head(self, plan: tuple, info: FeedInfo) -> bytes:
        """The calendar's properties of ``plan`` for ``info`` (no VTIMEZONE): the plan's
        shared lines with its per-feed lines in their places, as :func:`calendar_head` joins them."""
        if "\r" in info.url or "\n" in info.url:
            return b"".join(_parts(plan, _per_feed_lines(plan, info)))   # icalendar decides (rare: never memoised)
        key = (plan, info.name, info.description)
        named = self._named.get(key)
        if named is None:
            parts = _parts(plan, _per_feed_lines(plan, info))
            at = next((k for k, item in enumerate(plan) if isinstance(item, str) and item == "SOURCE"), len(plan))
            named = self._named[key] = (b"".join(parts[:at]), b"".join(parts[at + 1:]) if at < len(plan) else None)
        before, after = named
        if after is None:                # a head without SOURCE
            return before
        return before + line_bytes(_SOURCE + info.url) + b"\r\n" + after


def _parts(plan: tuple, own: Iterable[bytes]) -> list[bytes]:
    """``plan``'s lines in order, its per-feed lines taken from ``own`` in order."""
    lines = iter(own)
    return [item if isinstance(item, bytes) else next(lines) for item in plan]


_SOURCE = "SOURCE;VALUE=URI:"      # as .vevent.head_lines writes it (a URI is not escaped)


def calendar_head(info: FeedInfo, events: Sequence[CombinedEvent], heads: HeadLines | None = None,
                  spans: Callable[[CombinedEvent], tuple[date, date | None]] = event_span) -> bytes:
    """``BEGIN:VCALENDAR`` and the calendar properties plus a VTIMEZONE covering every timed
    event and series in ``events`` (without ``END:VCALENDAR``). The same bytes as
    icalendar's ``Calendar.to_ical()`` of those properties; only the per-feed lines (names,
    description, SOURCE) are serialised per call, or by ``heads`` (a :class:`HeadLines`
    shared by calendars that differ in SOURCE alone); ``spans`` a :class:`Spans` shared by
    the feeds of one build."""
    plan = _head_plan(info.prodid, info.timezone, info.refresh_minutes, bool(info.url))
    head = heads.head(plan, info) if heads is not None else b"".join(_parts(plan, _per_feed_lines(plan, info)))
    span = _tz_range(events, spans)
    return head + vtimezone_bytes(info.timezone, *span) if span else head


@lru_cache(maxsize=64)
def vtimezone_bytes(tzid: str, first: date, last: date) -> bytes:
    """A VTIMEZONE for ``tzid`` with every transition from ``first`` to ``last`` (icalendar's
    generator from the zoneinfo data), serialised once per span and reused across feeds.

    Each observance that lists its later onsets in RDATE lists its DTSTART there too: RFC
    5545 counts DTSTART as the first onset anyway (a repeated instant counts once), but
    Mozilla's ical.js (Thunderbird) ignores DTSTART when RDATE is present and would put the
    whole first summer an hour off.
    """
    vtimezone = icalendar.Timezone.from_tzid(tzid, first_date=first, last_date=last)
    for observance in vtimezone.subcomponents:
        if "RDATE" in observance:
            observance.add("RDATE", observance["DTSTART"].dt)
    return vtimezone.to_ical()


_END = b"END:VCALENDAR\r\n"


def build_feed(events: Sequence[CombinedEvent], info: FeedInfo,
               cache: dict[str, bytes] | None = None,
               event_url: Callable[[CombinedEvent], str] = lambda e: "",
               heads: HeadLines | None = None,
               spans: Callable[[CombinedEvent], tuple[date, date | None]] = event_span) -> bytes:
    """A whole VCALENDAR as bytes (CRLF, folded). ``cache`` maps UID → VEVENT bytes to reuse
    across feeds built from the same events; ``heads`` the per-feed head lines and ``spans``
    the events' days (see :func:`calendar_head`)."""
    return b"".join(feed_parts(events, info, cache, event_url, heads, spans))


def feed_parts(events: Sequence[CombinedEvent], info: FeedInfo, cache: dict[str, bytes] | None = None,
               event_url: Callable[[CombinedEvent], str] = lambda e: "",
               heads: HeadLines | None = None,
               spans: Callable[[CombinedEvent], tuple[date, date | None]] = event_span) -> list[bytes]:
    """The pieces :func:`build_feed` joins, in order (the head, each VEVENT, ``END:VCALENDAR``):
    their total length is the feed's size without building it (issue 17: a feed over its size
    bound is measured, not built, until it fits). The VEVENTs not in ``cache`` are serialised
    into it."""
    parts = [calendar_head(info, events, heads, spans)]
    cached = list(map(cache.get, map(_uid, events))) if cache is not None else [None] * len(events)
    if None in cached:          # issue 17 (p17aa): a feed of cached VEVENTs gathered in C
        for k, e in enumerate(events):
            if cached[k] is None:
                blob = cache.get(e.uid) if cache is not None else None    # (a UID met earlier in the feed)
                if blob is None:
                    blob = vevent_bytes(e, event_url(e))
                    if cache is not None:
                        cache[e.uid] = blob
                cached[k] = blob
    parts += cached
    parts.append(_END)
    return parts


_uid = attrgetter("uid")


def feed_size(events: Sequence[CombinedEvent], info: FeedInfo, cache: Mapping[str, bytes],
              spans: Callable[[CombinedEvent], tuple[date, date | None]] = event_span) -> int:
    """``len(build_feed(events, info, cache, spans=spans))`` in bytes, from the head and the
    lengths of the VEVENTs in ``cache`` (every event's UID must be there, else ``KeyError``):
    nothing is joined (issue 17, p17m: a feed over its size bound is measured this way)."""
    return len(calendar_head(info, events, spans=spans)) + sum(map(len, map(cache.__getitem__, map(_uid, events)))) + len(_END)


def in_window(events: Iterable[CombinedEvent], today: date, past_days: int,
              future_days: int) -> list[CombinedEvent]:
    """Events with a day inside ``[today - past_days, today + future_days]``: an event that
    starts on or before the window's last day and whose last day (:func:`last_touched_day`:
    a series' last occurrence; none for an open series) is on or after its first."""
    lo, hi = today - timedelta(days=past_days), today + timedelta(days=future_days)
    out = []
    for e in events:
        if e.start_date > hi:
            continue
        last = last_touched_day(e)
        if last is None or last >= lo:
            out.append(e)
    return out


def feed_last_modified(events: Iterable[CombinedEvent]) -> datetime | None:
    """The newest LAST-MODIFIED among ``events`` (UTC, whole seconds), ``None`` for no events
    (R14). Issue 17 (p17m): the newest instant is found first and only it is converted (the
    conversion keeps the order); a naive value among aware ones is compared converted."""
    values = [e.last_modified or _EPOCH for e in events]
    if not values:
        return None
    try:
        return _utc(max(values))
    except TypeError:                   # naive and aware mixed: compare each converted
        return max(map(_utc, values))

