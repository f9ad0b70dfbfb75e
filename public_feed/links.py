"""The map link and machine-readable data of one event page. Pure functions of an event
dict (the published ``events.json`` shape with parsed ``start``/``end``).

- :func:`map_link` — an OpenStreetMap search for the place (no API key, no tracking script).
- :func:`event_jsonld` — schema.org ``Event`` data for search engines.

("Add to calendar" links — the single-event .ics and Google's template link — are
:func:`public_feed.feeds.event_links`.)
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Callable, Mapping
from urllib.parse import urlencode
from zoneinfo import ZoneInfo


SCHEMA_STATUS = {"Cancelled": "https://schema.org/EventCancelled",
                 "Rescheduled": "https://schema.org/EventRescheduled",
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


def _iso_local(text: str, tz: ZoneInfo) -> str:
    value = datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
    return value.astimezone(tz).isoformat() if isinstance(value, datetime) and value.tzinfo else value.isoformat()


def event_jsonld(e: Mapping, url: str, tz: ZoneInfo, title: str = "", description: str = "",
                 language: str = "en", organizer_url: Callable[[str], str] = lambda name: "") -> dict | None:
    """schema.org ``Event`` (https://schema.org/Event), or ``None`` for an event with no
    place (Google's event rich results require ``location``; an Event without one is
    invalid markup): name, start/end (ISO 8601 with the city's UTC offset; dates for all-day
    events, end inclusive), ``eventStatus`` (cancelled / postponed / rescheduled when the
    start moved / scheduled) with ``previousStartDate`` for a moved event, ``location`` as a
    ``Place`` with its address, ``organizer`` = the departments as ``GovernmentOrganization``
    values with their ``url`` (``organizer_url(name)``), ``image`` when the event has one.
    Render with Jinja's ``tojson`` (which escapes ``<``, ``>``, ``&`` and ``'``) inside
    ``<script type="application/ld+json">``."""
    if not (e.get("location") or e.get("address")):
        return None
    start, end = e["start"], e["end"]
    if isinstance(start, datetime):
        start_s, end_s = start.astimezone(tz).isoformat(), end.astimezone(tz).isoformat()
    else:
        last = end - timedelta(days=1) if isinstance(end, date) and end > start else start
        start_s, end_s = start.isoformat(), last.isoformat()
    status = "Cancelled" if e.get("cancelled") else (e.get("status") or "Scheduled")
    previous = e.get("previous_start")
    if previous and status in ("Scheduled", "Tentative"):
        status = "Rescheduled"
    data: dict = {
        "@context": "https://schema.org", "@type": "Event", "name": title or e.get("title") or "",
        "startDate": start_s, "endDate": end_s, "url": url,
        "eventStatus": SCHEMA_STATUS.get(status, SCHEMA_STATUS["Scheduled"]),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "inLanguage": language,
        "organizer": [{"@type": "GovernmentOrganization", "name": d, **({"url": organizer_url(d)}
                       if organizer_url(d) else {})} for d in e.get("departments") or ()],
    }
    if previous:
        data["previousStartDate"] = _iso_local(previous, tz)
    if e.get("image_url"):
        data["image"] = [e["image_url"]]
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
