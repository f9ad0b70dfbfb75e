"""What the sync publishes for the site and subscribers: feed files and page data. Pure
builders plus one atomic writer.

Layout under the output directory (the Flask app reads only these files):

``public/calendar.ics``                all public events
``public/departments/<slug>.ics``      one feed per department
``public/types/<slug>.ics``            one feed per event type
``public/joint.ics``                   joint events only
``public/events.json``                 public events for the pages (public fields only)
``public/status.json``                 last successful sync, counts (read by /healthz)
``private/calendar.ics``, ``private/events.json``   every event, for the staff-only calendar

``public/`` may be served by a static web server as is (it is a symlink into the current
release; see :mod:`public_feed.release`); ``private/`` must never be.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Callable, Iterable, Mapping, Sequence

from sheets_sync.model import CombinedEvent, slugify

from .ics import FeedInfo, build_feed

PUBLIC_FIELDS = ("uid", "title", "title_es", "start", "end", "all_day", "location", "address",
                 "departments", "lead", "event_type", "description", "description_es", "audience",
                 "language", "accessibility", "registration_url", "status", "cancelled", "joint",
                 "rrule", "sequence", "last_modified")


def _iso(v):
    return v.isoformat() if isinstance(v, (date, datetime)) else v


def event_json(e: CombinedEvent) -> dict:
    """The public JSON shape of one event (documented in README "events.json")."""
    return {
        "uid": e.uid, "title": e.title, "title_es": e.title_es, "start": _iso(e.start),
        "end": _iso(e.end), "all_day": e.all_day, "location": e.location, "address": e.address,
        "departments": list(e.departments), "lead": e.lead, "event_type": e.event_type,
        "description": e.description, "description_es": e.description_es, "audience": e.audience,
        "language": e.language, "accessibility": e.accessibility,
        "registration_url": e.registration_url,
        "status": "Cancelled" if e.is_cancelled else e.status.value, "cancelled": e.is_cancelled,
        "joint": e.is_joint, "rrule": e.rrule, "sequence": e.sequence,
        "last_modified": _iso(e.last_modified),
    }




def build_public_files(events: Sequence[CombinedEvent], *, site_title: str, prodid: str,
                       timezone: str, refresh_minutes: int, department_slugs: Mapping[str, str],
                       event_types: Iterable[str], event_url: Callable[[CombinedEvent], str],
                       internal: Sequence[CombinedEvent] = ()) -> dict[str, bytes]:
    """Relative path → bytes for every published file (no status file; see :func:`status_json`).

    ``events`` are the public events in the feed window; ``internal`` every event (for the
    staff-only calendar). Pure and deterministic.
    """
    cache: dict[str, bytes] = {}

    def feed(evs, name, desc):
        return build_feed(evs, FeedInfo(name, desc, prodid, timezone, refresh_minutes), cache, event_url)

    files = {"public/calendar.ics": feed(events, site_title, f"All public events — {site_title}")}
    for dept, slug in department_slugs.items():
        evs = [e for e in events if dept in e.departments]
        files[f"public/departments/{slug}.ics"] = feed(evs, f"{dept} — {site_title}",
                                                       f"Public events with {dept}")
    types = sorted(set(event_types) | {e.event_type for e in events if e.event_type})
    for t in types:
        evs = [e for e in events if e.event_type == t]
        files[f"public/types/{slugify(t)}.ics"] = feed(evs, f"{t} — {site_title}", f"{t} events")
    files["public/joint.ics"] = feed([e for e in events if e.is_joint], f"Joint events — {site_title}",
                                     "Events run by two or more departments")
    files["public/events.json"] = _json([event_json(e) for e in events])
    private_cache: dict[str, bytes] = {}
    files["private/calendar.ics"] = build_feed(
        internal, FeedInfo(f"Staff — {site_title}", "All events, including internal ones. Do not share.",
                           prodid, timezone, refresh_minutes), private_cache, event_url)
    files["private/events.json"] = _json([
        {**event_json(e), "visibility": e.visibility.value,
         "sources": list(e.source_labels)} for e in internal])
    return files


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def status_json(last_success: datetime, counts: Mapping[str, int]) -> bytes:
    """``{"last_success": ISO 8601 UTC, "counts": {...}}``, published with the feeds it describes."""
    return _json({"last_success": last_success.isoformat(), "counts": dict(counts)})
