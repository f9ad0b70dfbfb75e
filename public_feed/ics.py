"""iCalendar feeds from combined events (RFC 5545, RFC 7986). Pure: events in, bytes out.

Rules from ``shared/docs/ics-rules.md`` that this module owns:
R1 stable UID (from the record); R2 DTSTAMP = the event's LAST-MODIFIED in UTC and no
METHOD, so unchanged input gives byte-identical output; R3 SEQUENCE/LAST-MODIFIED from the
record; R4 cancelled/removed → ``STATUS:CANCELLED``; R5/R6 timed DTSTART/DTEND with a TZID
and a matching VTIMEZONE (never floating, never UTC for recurring events); R7 X-WR-CALNAME
and NAME; R8 REFRESH-INTERVAL and X-PUBLISHED-TTL; R9 all-day as VALUE=DATE with an
exclusive DTEND; R10/R11 folding, CRLF and TEXT escaping left to :mod:`icalendar`; R12
VERSION and PRODID.

Each event's VEVENT is serialised once (:func:`vevent_bytes`) and spliced into every feed it
belongs to, so building many filtered feeds costs little more than one.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Iterable, Sequence

import icalendar

from sheets_sync.model import CombinedEvent, Status

_STATUS = {Status.SCHEDULED: "CONFIRMED", Status.TENTATIVE: "TENTATIVE",
           Status.POSTPONED: "TENTATIVE", Status.CANCELLED: "CANCELLED"}
_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class FeedInfo:
    """Calendar-level properties of one feed."""
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


def event_location(event: CombinedEvent) -> str:
    if event.location and event.address and event.address not in event.location:
        return f"{event.location}, {event.address}"
    return event.location or event.address


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
        ev.add("DTSTART", event.start)
        ev.add("DTEND", event.end)
    if event.rrule:
        ev.add("RRULE", icalendar.vRecur.from_ical(event.rrule))
    description = event_description(event)
    if description:
        ev.add("DESCRIPTION", description)
    location = event_location(event)
    if location:
        ev.add("LOCATION", location)
    if event.event_type:
        ev.add("CATEGORIES", [event.event_type])
    ev.add("STATUS", "CANCELLED" if event.is_cancelled else _STATUS[event.status])
    ev.add("CLASS", "PUBLIC" if event.is_public else "PRIVATE")
    ev.add("TRANSP", "TRANSPARENT")
    if event_url:
        ev.add("URL", event_url)
    return ev


def vevent_bytes(event: CombinedEvent, event_url: str = "") -> bytes:
    return build_vevent(event, event_url).to_ical()


def _years(events: Sequence[CombinedEvent]) -> tuple[date, date]:
    timed = [e for e in events if not e.all_day]
    if not timed:
        return date(2000, 1, 1), date(2000, 1, 2)
    first = min(e.start for e in timed).date()
    last = max(e.end for e in timed).date()
    recurring = any(e.rrule for e in timed)
    return date(first.year, 1, 1), date(last.year + (3 if recurring else 1), 1, 1)


def build_feed(events: Sequence[CombinedEvent], info: FeedInfo,
               cache: dict[str, bytes] | None = None,
               event_url=lambda e: "") -> bytes:
    """A whole VCALENDAR as bytes (CRLF, folded). ``cache`` maps UID → VEVENT bytes to reuse."""
    cal = icalendar.Calendar()
    cal.add("PRODID", info.prodid)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("X-WR-CALNAME", info.name)
    cal.add("NAME", info.name)
    cal.add("X-WR-CALDESC", info.description)
    cal.add("DESCRIPTION", info.description)
    cal.add("X-WR-TIMEZONE", info.timezone)
    cal.add("REFRESH-INTERVAL", timedelta(minutes=info.refresh_minutes), parameters={"VALUE": "DURATION"})
    cal.add("X-PUBLISHED-TTL", timedelta(minutes=info.refresh_minutes))
    if info.url:
        cal.add("SOURCE", info.url, parameters={"VALUE": "URI"})
    if any(not e.all_day for e in events):
        first, last = _years(events)
        cal.add_component(icalendar.Timezone.from_tzid(info.timezone, first_date=first, last_date=last))
    head = cal.to_ical()
    end = b"END:VCALENDAR\r\n"
    assert head.endswith(end)
    parts = [head[: -len(end)]]
    for e in events:
        blob = cache.get(e.uid) if cache is not None else None
        if blob is None:
            blob = vevent_bytes(e, event_url(e))
            if cache is not None:
                cache[e.uid] = blob
        parts.append(blob)
    parts.append(end)
    return b"".join(parts)


def in_window(events: Iterable[CombinedEvent], today: date, past_days: int,
              future_days: int) -> list[CombinedEvent]:
    """Events that start within ``[today - past_days, today + future_days]`` (recurring:
    those that started before the window end and may still have occurrences)."""
    lo, hi = today - timedelta(days=past_days), today + timedelta(days=future_days)
    out = []
    for e in events:
        d = e.start_date
        if d <= hi and (d >= lo or (e.rrule and "UNTIL" not in e.rrule and "COUNT" not in e.rrule)
                        or (isinstance(e.end, (date, datetime)) and
                            (e.end.date() if isinstance(e.end, datetime) else e.end) >= lo)):
            out.append(e)
    return out
