"""Outlook-shaped calendar exports for the calendar-source tests: one park, Public events."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import icalendar


def parks_export(path: Path, events, stamp: datetime, rrule: dict | None = None) -> dict:
    """Write ``events`` — ``(UID, title, start, end)`` — as an Outlook export at ``path`` (each
    at Switchyard Park, CLASS:PUBLIC, DTSTAMP ``stamp``; ``rrule``: UID → its RRULE) and return
    its ``source.calendars`` entry (Parks and Recreation, Public)."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    cal.add("version", "2.0")
    for uid, title, start, end in events:
        ev = icalendar.Event()
        ev.add("uid", uid)
        ev.add("dtstamp", stamp)
        ev.add("summary", title)
        ev.add("dtstart", start)
        ev.add("dtend", end)
        ev.add("location", "Switchyard Park, 1601 S Rogers St")
        ev.add("class", "PUBLIC")
        if rrule and uid in rrule:
            ev.add("rrule", rrule[uid])
        cal.add_component(ev)
    path.write_bytes(cal.to_ical())
    return {"file": str(path), "department": "Parks and Recreation", "visibility": "Public"}
