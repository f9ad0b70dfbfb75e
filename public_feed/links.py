"""Outbound links and machine-readable data for one event page. Pure functions of an event
dict (the published ``events.json`` shape with parsed ``start``/``end``).

- :func:`google_add_event_link` — Google Calendar's "add this event" template link.
- :func:`map_link` — an OpenStreetMap search for the place (no API key, no tracking script).
- :func:`event_jsonld` — schema.org ``Event`` data for search engines.
- :func:`single_event_ics` — one VEVENT cut out of the published feed, for "Add to calendar".

Issue 6 owns single-event downloads and Google links for feeds; these helpers are named for
what they do so the two can be reconciled.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Mapping
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import icalendar

_GOOGLE_DETAILS_MAX = 1200     # Google's template link is a GET URL; keep it well under 8 KB

SCHEMA_STATUS = {"Cancelled": "https://schema.org/EventCancelled",
                 "Postponed": "https://schema.org/EventPostponed",
                 "Tentative": "https://schema.org/EventScheduled",
                 "Scheduled": "https://schema.org/EventScheduled"}


def place_text(e: Mapping) -> str:
    """``"Walltown Park, 1308 W Club Blvd"`` (the address only once)."""
    location, address = (e.get("location") or "").strip(), (e.get("address") or "").strip()
    if location and address and address not in location:
        return f"{location}, {address}"
    return location or address


_NOT_A_PLACE = re.compile(r"^\s*(virtual|online|zoom|microsoft teams|teams|webex|tbd|tba|to be announced)\b",
                          re.IGNORECASE)


def map_link(e: Mapping) -> str:
    """OpenStreetMap search URL for the event's place, or ``""`` without a findable one
    (no place, or one like "Virtual"/"Online"/"TBD" with no street address)."""
    place = place_text(e)
    if not (e.get("address") or "").strip() and _NOT_A_PLACE.match(place):
        return ""
    return "https://www.openstreetmap.org/search?" + urlencode({"query": place}) if place else ""


def _utc_stamp(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def google_add_event_link(e: Mapping, tz: ZoneInfo, page_url: str = "", title: str = "",
                          description: str = "") -> str:
    """Google Calendar "add event" URL (``action=TEMPLATE``): ``dates`` in UTC for timed
    events, ``YYYYMMDD/YYYYMMDD`` with an exclusive end for all-day ones, ``ctz`` the city's
    timezone. ``title``/``description`` override the English ones (Spanish pages)."""
    start, end = e["start"], e["end"]
    if isinstance(start, datetime):
        dates = f"{_utc_stamp(start)}/{_utc_stamp(end)}"
    else:
        last = end if isinstance(end, date) and end > start else start + timedelta(days=1)
        dates = f"{start:%Y%m%d}/{last:%Y%m%d}"
    details = (description or e.get("description") or "").strip()
    if len(details) > _GOOGLE_DETAILS_MAX:
        details = details[:_GOOGLE_DETAILS_MAX].rstrip() + "…"
    if page_url:
        details = f"{details}\n\n{page_url}".strip()
    params = {"action": "TEMPLATE", "text": title or e.get("title") or "", "dates": dates,
              "details": details, "location": place_text(e), "ctz": str(tz)}
    return "https://calendar.google.com/calendar/render?" + urlencode(params)


def event_jsonld(e: Mapping, url: str, tz: ZoneInfo, title: str = "", description: str = "",
                 language: str = "en") -> dict:
    """schema.org ``Event`` (https://schema.org/Event): name, start/end (ISO 8601 with the
    city's UTC offset; dates for all-day events, end inclusive), ``eventStatus`` (cancelled /
    postponed / scheduled), ``location`` as a ``Place`` with its address, ``organizer`` = the
    departments as ``GovernmentOrganization`` values. Render with Jinja's ``tojson`` (which
    escapes ``<``, ``>``, ``&`` and ``'``) inside ``<script type="application/ld+json">``."""
    start, end = e["start"], e["end"]
    if isinstance(start, datetime):
        start_s, end_s = start.astimezone(tz).isoformat(), end.astimezone(tz).isoformat()
    else:
        last = end - timedelta(days=1) if isinstance(end, date) and end > start else start
        start_s, end_s = start.isoformat(), last.isoformat()
    status = "Cancelled" if e.get("cancelled") else (e.get("status") or "Scheduled")
    data: dict = {
        "@context": "https://schema.org", "@type": "Event", "name": title or e.get("title") or "",
        "startDate": start_s, "endDate": end_s, "url": url,
        "eventStatus": SCHEMA_STATUS.get(status, SCHEMA_STATUS["Scheduled"]),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "inLanguage": language,
        "organizer": [{"@type": "GovernmentOrganization", "name": d} for d in e.get("departments") or ()],
    }
    text = description or e.get("description") or ""
    if text:
        data["description"] = text
    if e.get("location") or e.get("address"):
        place: dict = {"@type": "Place", "name": e.get("location") or e.get("address")}
        if e.get("address"):
            place["address"] = e["address"]
        data["location"] = place
    if e.get("audience"):
        data["audience"] = {"@type": "Audience", "audienceType": e["audience"]}
    if e.get("registration_url"):
        data["offers"] = {"@type": "Offer", "url": e["registration_url"]}
    return data


_BLOCK = re.compile(rb"BEGIN:(VEVENT|VTIMEZONE)\r\n.*?END:\1\r\n", re.DOTALL)
_UID = re.compile(rb"^UID:(.*)$", re.MULTILINE)


@lru_cache(maxsize=4)
def _index_feed(feed: bytes) -> tuple[bytes, dict[str, bytes]]:
    """``(all VTIMEZONE blocks, {UID: VEVENT block})`` of a published feed, bytes untouched.
    Cached per feed (the store hands out the same bytes object until the file changes)."""
    timezones, events = [], {}
    for m in _BLOCK.finditer(feed):
        block = m.group(0)
        if m.group(1) == b"VTIMEZONE":
            timezones.append(block)
            continue
        unfolded = block.replace(b"\r\n ", b"").replace(b"\r\n\t", b"").replace(b"\r\n", b"\n")
        uid = _UID.search(unfolded)
        if uid:
            events.setdefault(uid.group(1).decode("utf-8").strip(), block)
    return b"".join(timezones), events


def single_event_ics(feed: bytes, uid: str, prodid: str) -> bytes | None:
    """A VCALENDAR holding only the VEVENT ``uid`` from a published feed, with the feed's
    VTIMEZONE blocks and ``METHOD:PUBLISH`` (RFC 5546 §3.2.1, what calendar apps expect from
    an import file); ``None`` if the feed has no such event. The VEVENT bytes are the feed's
    own (already folded and escaped by :mod:`icalendar`)."""
    timezones, events = _index_feed(feed)
    block = events.get(uid)
    if block is None:
        return None
    cal = icalendar.Calendar()
    cal.add("PRODID", prodid)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", "PUBLISH")
    head = cal.to_ical()
    end = b"END:VCALENDAR\r\n"
    return head[: -len(end)] + timezones + block + end
