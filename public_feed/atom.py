"""An Atom feed (RFC 4287) of newly announced and changed events: ``public/updates.atom``.

Feed readers and city newsletters follow it to learn what is new without subscribing a
calendar. One entry per public event, newest change first (at most :data:`MAX_ENTRIES`):

* ``id``        the event page's URL (stable: the event's UID never changes);
* ``published`` when the event was first announced (its record ``created`` time, RFC 3339 UTC);
* ``updated``   its last change (``last_modified``, the iCalendar LAST-MODIFIED);
* ``title``     the event's date (and start time) then its title, marked ``Changed:`` once it
  was edited after it was announced (SEQUENCE > 0), ``Cancelled:`` or ``Postponed:`` when so;
* ``content``   plain text: when, where, the description.

Pure: events in, bytes out; written with :mod:`xml.etree.ElementTree` (escaping is its job).
Unchanged events give byte-identical output.
"""
from __future__ import annotations

import heapq
from datetime import datetime, timezone
from typing import Callable, Sequence
from xml.etree import ElementTree as ET

from sheets_sync.model import CombinedEvent, Status
from sheets_sync.timeutil import text_key

from .ics import event_location

ATOM = "http://www.w3.org/2005/Atom"
MAX_ENTRIES = 100
_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)


def _stamp(value: datetime | None) -> str:
    return (value or _EPOCH).astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _stamps() -> Callable[[datetime | None], str]:
    """:func:`_stamp`, each distinct datetime's text kept (issue 17, p17af: the newest-first
    order wrote ~76,000 stamps at 100,000 rows, nearly all of one instant), found by
    :func:`sheets_sync.timeutil.text_key` (tzinfo and fold in the key: the two 01:30s of a
    fall-back night are an hour apart)."""
    kept: dict = {}

    def stamp(value: datetime | None) -> str:
        key = None if value is None else text_key(value)
        text = kept.get(key)
        if text is None:
            text = kept[key] = _stamp(value)
        return text
    return stamp


def when_text(e: CombinedEvent) -> str:
    """``"Wed, Sep 10, 2025, 6:00 PM"`` (timed, local) or ``"Sat, Oct 4, 2025"`` (all-day)."""
    day = e.start_date
    text = f"{day:%a, %b} {day.day}, {day.year}"
    if isinstance(e.start, datetime) and not e.all_day:
        text += f", {e.start.strftime('%I:%M %p').lstrip('0')}"
    return text


def entry_title(e: CombinedEvent) -> str:
    """The event date first, then the title, with its state (see the module docstring)."""
    if e.is_cancelled:
        mark = "Cancelled: "
    elif e.status is Status.POSTPONED:
        mark = "Postponed: "
    elif e.sequence > 0:
        mark = "Changed: "
    else:
        mark = ""
    return f"{mark}{when_text(e)} — {e.title}"


def build_atom(events: Sequence[CombinedEvent], *, title: str, site_url: str, feed_url: str,
               event_url: Callable[[CombinedEvent], str]) -> bytes:
    """UTF-8 Atom XML: ``events`` (public ones) newest ``last_modified`` first, at most
    :data:`MAX_ENTRIES`; ``site_url`` the calendar's home page, ``feed_url`` this feed's own
    address (``rel="self"``), ``event_url(e)`` each event page."""
    ET.register_namespace("", ATOM)
    # issue 17 (p17af): each distinct last change written once (a first sync's events share one),
    # and only the newest MAX_ENTRIES kept in order (heapq.nlargest: sorted(..., reverse=True)[:n])
    stamp = _stamps()
    chosen = heapq.nlargest(MAX_ENTRIES, events, key=lambda e: (stamp(e.last_modified), e.uid))
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = feed_url or site_url or "urn:safety-events:updates"
    ET.SubElement(feed, f"{{{ATOM}}}title").text = f"{title}: new and changed events"
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _stamp(chosen[0].last_modified if chosen else None)
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = title
    if site_url:
        ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=site_url)
    if feed_url:
        ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", type="application/atom+xml", href=feed_url)
    for e in chosen:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        url = event_url(e)
        ET.SubElement(entry, f"{{{ATOM}}}id").text = url or f"urn:uid:{e.uid}"
        ET.SubElement(entry, f"{{{ATOM}}}title").text = entry_title(e)
        ET.SubElement(entry, f"{{{ATOM}}}published").text = _stamp(e.created)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _stamp(e.last_modified)
        if url:
            ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=url)
        for d in e.departments:
            ET.SubElement(entry, f"{{{ATOM}}}category", term=d)
        lines = [when_text(e), event_location(e), e.description.strip()]
        ET.SubElement(entry, f"{{{ATOM}}}content", type="text").text = "\n\n".join(x for x in lines if x)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"
