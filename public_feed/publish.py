"""What the sync publishes for the site and subscribers: feed files and page data. Pure
builders plus one atomic writer.

Layout under the output directory (the Flask app reads only these files):

``public/calendar.ics``                all public events
``public/departments/<slug>.ics``      one feed per department
``public/types/<slug>.ics``            one feed per event type
``public/joint.ics``                   joint events only
``public/feeds/<filters>.ics``         every combination of the three (see :mod:`.feedset`)
``public/feeds.json``                  the feed manifest: path, name, filters, event count,
                                       newest LAST-MODIFIED of each feed
``public/events/<uid>.ics``            one calendar per event ("add this event")
``public/events.json``                 public events for the pages (public fields only)
``public/status.json``                 last successful sync, counts (read by /healthz)
``private/calendar.ics``, ``private/events.json``   every event, for the staff-only calendar

``public/`` may be served by a static web server as is (it is a symlink into the current
release; see :mod:`public_feed.release`, which writes these files all at once and drops any
file a sync no longer builds); ``private/`` must never be. Every feed is built once per sync
from VEVENTs serialised once per event (never per request).
"""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Callable, Iterable, Mapping, Sequence
from urllib.parse import quote

from sheets_sync.model import CombinedEvent

from .feedset import all_specs, known_types, select
from .ics import FeedInfo, build_feed, feed_last_modified

PUBLIC_FIELDS = ("uid", "title", "title_es", "start", "end", "all_day", "location", "address",
                 "departments", "lead", "event_type", "description", "description_es", "audience",
                 "language", "accessibility", "registration_url", "status", "cancelled", "joint",
                 "rrule", "exdates", "sequence", "last_modified")


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
        "joint": e.is_joint, "rrule": e.rrule,
        "exdates": [d.isoformat() for d in e.exdates], "sequence": e.sequence,
        "last_modified": _iso(e.last_modified),
    }




def event_file(uid: str) -> str:
    """Relative path of one event's own calendar (``public/events/<uid>.ics``), the UID
    percent-encoded so that no UID can name a path outside the folder."""
    return f"public/events/{quote(uid, safe='@-_')}.ics"


def build_public_files(events: Sequence[CombinedEvent], *, site_title: str, prodid: str,
                       timezone: str, refresh_minutes: int, department_slugs: Mapping[str, str],
                       event_types: Iterable[str], event_url: Callable[[CombinedEvent], str],
                       internal: Sequence[CombinedEvent] = (), base_url: str = "",
                       cache: dict[str, bytes] | None = None) -> dict[str, bytes]:
    """Relative path → bytes for every published file (no status file; see :func:`status_json`).

    ``events`` are the public events in the feed window; ``internal`` every event (for the
    staff-only calendar); ``department_slugs`` name → slug; ``base_url`` the site's public
    URL (for each feed's SOURCE); ``cache`` UID → VEVENT bytes, reused and filled (one
    serialisation per event for every feed, the staff calendar included; a caller may
    pre-fill it, :mod:`.vcache`). Deterministic.
    """
    cache = {} if cache is None else cache
    base = base_url.rstrip("/")

    def info(name: str, description: str, path: str = "") -> FeedInfo:
        return FeedInfo(name, description, prodid, timezone, refresh_minutes,
                        f"{base}{path}" if base and path else "")

    types = known_types(event_types, events)
    files: dict[str, bytes] = {}
    manifest = []
    for spec in all_specs(department_slugs, types):
        chosen = select(events, spec)
        files[spec.file] = build_feed(chosen, info(spec.name(site_title), spec.description(site_title),
                                                   spec.path), cache, event_url)
        newest = feed_last_modified(chosen)
        manifest.append({"key": spec.key, "path": spec.path, "file": spec.file,
                         "name": spec.name(site_title), "label": spec.label(),
                         "description": spec.description(site_title),
                         "department": spec.department_slug, "type": spec.type_slug,
                         "joint": spec.joint, "events": len(chosen),
                         "last_modified": newest.isoformat() if newest else None})
    files["public/feeds.json"] = _json({"feeds": manifest,
                                        "departments": {s: n for n, s in department_slugs.items()},
                                        "types": types})
    for e in events:
        path = event_file(e.uid)
        files[path] = build_feed([e], info(e.title, f"{e.title} — {site_title}",
                                           "/" + path.removeprefix("public/")), cache, event_url)
    files["public/events.json"] = _json([event_json(e) for e in events])
    files["private/calendar.ics"] = build_feed(
        internal, FeedInfo(f"Staff — {site_title}", "All events, including internal ones. Do not share.",
                           prodid, timezone, refresh_minutes), cache, event_url)
    files["private/events.json"] = _json([
        {**event_json(e), "visibility": e.visibility.value,
         "sources": list(e.source_labels)} for e in internal])
    return files


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def status_json(last_success: datetime, counts: Mapping[str, int]) -> bytes:
    """``{"last_success": ISO 8601 UTC, "counts": {...}}``, published with the feeds it describes."""
    return _json({"last_success": last_success.isoformat(), "counts": dict(counts)})
