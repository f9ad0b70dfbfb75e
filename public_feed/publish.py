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
``private/event-calendars.sqlite``     one calendar per event ("add this event"), one row each,
                                       served by the app as ``/events/<uid>.ics``
                                       (:mod:`.calendars`; issue 17, p17p: no file per event)
``public/events.json``                 public events for the pages (public fields only; events
                                       merged into another one are left out, see :func:`merged_away`)
``public/updates.atom``               Atom feed of new and changed events (:mod:`.atom`)
``public/merged.json``                 ``{merged-away uid: the uid it was merged into}``
``public/status.json``                 last successful sync, counts, held sources (read by /healthz)
``private/calendar.ics``, ``private/events.json``   every event, for the staff-only calendar

``public/`` may be served by a static web server as is (it is a symlink into the current
release; see :mod:`public_feed.release`, which writes these files all at once and drops any
file a sync no longer builds); ``private/`` must never be. Every feed is built once per sync
from VEVENTs serialised once per event (never per request).
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from urllib.parse import quote

from sheets_sync.jsonbytes import indented
from sheets_sync.media import media_of
from sheets_sync.model import CombinedEvent, merged_away
from sheets_sync.timeutil import JsonInstants, json_instant, json_value

from .feedset import all_specs, known_types, select_all
from .atom import build_atom
from .feedsize import FEED_MAX_BYTES, PastOrder, bounded_feed
from .ics import FeedInfo, HeadLines, Spans, build_feed, feed_last_modified, feed_parts, feed_size
from .typefeeds import TypeFeeds

PUBLIC_FIELDS = ("uid", "title", "title_es", "start", "end", "all_day", "location", "address",
                 "departments", "lead", "event_type", "description", "description_es", "audience",
                 "language", "accessibility", "registration_url", "status", "cancelled", "joint",
                 "rrule", "exdates", "sequence", "last_modified", "previous_start", "image_url",
                 "image_alt", "latitude", "longitude")


def _iso(v):
    return json_value(v)      # one ISO 8601 form for instants in every published JSON


def event_json(e: CombinedEvent, previous_start: str | None = None,
               iso: Callable[[object], object] = _iso) -> dict:
    """The public JSON shape of one event (documented in README "events.json");
    ``previous_start`` is the start (ISO 8601) the event had before it was last moved;
    ``iso`` writes its instants (:func:`sheets_sync.timeutil.json_value`, or a
    :class:`~sheets_sync.timeutil.JsonInstants` shared by a build: issue 17, p17t)."""
    start = iso(e.start)
    return {
        "uid": e.uid, "title": e.title, "title_es": e.title_es, "start": start,
        "end": iso(e.end), "all_day": e.all_day, "location": e.location, "address": e.address,
        "departments": list(e.departments), "lead": e.lead, "event_type": e.event_type,
        "description": e.description, "description_es": e.description_es, "audience": e.audience,
        "language": e.language, "accessibility": e.accessibility,
        "registration_url": e.registration_url,
        "status": "Cancelled" if e.is_cancelled else e.status.value, "cancelled": e.is_cancelled,
        "joint": e.is_joint, "rrule": e.rrule,
        "exdates": [d.isoformat() for d in e.exdates], "sequence": e.sequence,
        "last_modified": iso(e.last_modified),
        "previous_start": _moved_from(e, previous_start, start),
        **_media_json(e),
    }


def _moved_from(e: CombinedEvent, previous_start: str | None, start: str | None = None) -> str | None:
    """``previous_start`` when the event has moved from it, else ``None``; ``start`` is
    ``_iso(e.start)`` when the caller has it."""
    if not previous_start:
        return None
    return previous_start if previous_start != (_iso(e.start) if start is None else start) else None


def _media_json(e: CombinedEvent) -> dict:
    image, point = media_of(e)
    return {"image_url": image[0] if image else None, "image_alt": image[1] if image else None,
            "latitude": point[0] if point else None, "longitude": point[1] if point else None}




def event_file(uid: str) -> str:
    """Relative path ``public/events/<uid>.ics`` of one event's own calendar as releases
    before issue 17 (p17p) held it, the UID percent-encoded so that no UID can name a path
    outside the folder; its part after ``public`` is the address the site serves it at."""
    return f"public/events/{quote(uid, safe='@-_')}.ics"


def event_calendars(events: Iterable[CombinedEvent], info: Callable[[str, str, str], FeedInfo],
                    site_title: str, cache: dict[str, bytes], event_url: Callable[[CombinedEvent], str],
                    heads: HeadLines | None = None, spans: Spans | None = None) -> Iterator[tuple[str, bytes]]:
    """``(uid, bytes)`` of each event's own calendar ("add this event"), in order, built as it
    is read: :func:`.ics.build_feed` of the one event, named after it, its SOURCE the address
    the site answers it at (``/events/<uid>.ics``, :func:`event_file`'s path under ``public/``).
    ``info(name, description, path)`` makes the :class:`.ics.FeedInfo`; ``cache``, ``heads``
    and ``spans`` as in :func:`build_public_files`."""
    heads = HeadLines() if heads is None else heads
    for e in events:
        path = "/" + event_file(e.uid).removeprefix("public/")
        yield e.uid, build_feed([e], info(e.title, f"{e.title} — {site_title}", path), cache, event_url, heads, spans)


def build_public_files(events: Sequence[CombinedEvent], *, site_title: str, prodid: str,
                       timezone: str, refresh_minutes: int, department_slugs: Mapping[str, str],
                       event_types: Iterable[str], event_url: Callable[[CombinedEvent], str],
                       internal: Sequence[CombinedEvent] = (), base_url: str = "",
                       type_feeds: TypeFeeds | None = None, today: date | None = None,
                       max_feed_bytes: int = FEED_MAX_BYTES,
                       previous_starts: Mapping[str, str] = {},
                       cache: dict[str, bytes] | None = None,
                       heads: HeadLines | None = None,
                       department_aliases: Mapping[str, str] = {},
                       files: MutableMapping[str, bytes] | None = None,
                       json_lists: MutableMapping[str, list] | None = None,
                       calendars: Callable[[Iterator[tuple[str, bytes]]], object] | None = None,
                       ) -> MutableMapping[str, bytes]:
    """Relative path → bytes for every published file (no status file; see :func:`status_json`),
    set into ``files`` as each is built (default a new dict; a
    :class:`public_feed.release.Staging` writes each one to disk at once, issue 17) and returned.

    ``events`` are the public events in the feed window; ``internal`` every event (for the
    staff-only calendar; an event there may differ from the public one of its UID, which shows
    only its Public rows: :func:`sheets_sync.merge.public_view`); ``department_slugs`` name → slug; ``base_url`` the site's public
    URL (for each feed's SOURCE); ``type_feeds`` which types have feeds (default: every
    listed type and every type an event carries, unbounded; see :mod:`.typefeeds`). With
    ``today`` (the city's date) every feed over ``max_feed_bytes`` leaves out its oldest past
    events (:mod:`.feedsize`); the manifest gives each feed's ``bytes`` and ``trimmed`` count.
    ``cache`` UID → VEVENT bytes, reused and filled (one serialisation per event for every
    feed, the staff calendar included; a caller may pre-fill it, :mod:`.vcache`); ``heads``
    the :class:`.ics.HeadLines` of the per-event calendars (default a new one: each distinct
    title's head lines folded once; issue 17, p17t).
    ``json_lists``, when given, receives the lists ``public/events.json`` and
    ``private/events.json`` encode, by path (their objects shared with each other: read only;
    issue 17, p17l: the site indexes are built from them, not from the bytes decoded again).
    ``calendars``, when given, is called once with :func:`event_calendars` of ``events`` (a
    generator: each event's own calendar built as it is read; the sync writes them into one
    table, :mod:`.calendars`); without it no per-event calendar is built (issue 17, p17p: they
    are no files). Deterministic.
    """
    cache = {} if cache is None else cache
    base = base_url.rstrip("/")

    def info(name: str, description: str, path: str = "") -> FeedInfo:
        return FeedInfo(name, description, prodid, timezone, refresh_minutes,
                        f"{base}{path}" if base and path else "")

    spans = Spans()          # each event's days once for every feed it is in (issue 17)
    past = _LazyPastOrder(events, today, spans)     # sorted once for every feed (issue 17, p17t)
    tf = type_feeds or TypeFeeds(known_types(event_types, events))
    types = tf.names
    files = {} if files is None else files
    manifest = []
    specs = all_specs(department_slugs, types, tf.members)
    for spec, chosen in zip(specs, select_all(events, specs)):   # issue 17: one pass, not one per feed
        feed_info = info(spec.name(site_title), spec.description(site_title), spec.path)
        data, left_out = _bounded(chosen, feed_info, cache, event_url, today, max_feed_bytes, spans, past)
        files[spec.file] = data
        gone = {e.uid for e in left_out}
        newest = feed_last_modified([e for e in chosen if e.uid not in gone] if gone else chosen)
        manifest.append({"key": spec.key, "path": spec.path, "file": spec.file,
                         "name": spec.name(site_title), "label": spec.label(),
                         "description": spec.description(site_title),
                         "department": spec.department_slug, "type": spec.type_slug,
                         "joint": spec.joint, "events": len(chosen) - len(left_out),
                         "trimmed": len(left_out), "bytes": len(data),
                         "last_modified": json_instant(newest) if newest else None})
    files["public/feeds.json"] = _json({"feeds": manifest,
                                        "departments": {s: n for n, s in department_slugs.items()},
                                        "types": types, "type_aliases": tf.redirects,
                                        # alias slug → department slug, so a running site
                                        # follows a rename without a restart (issue 16)
                                        "department_aliases": dict(sorted(department_aliases.items()))})
    if calendars is not None:       # issue 17 (p17p): one table, not one file per event
        calendars(event_calendars(events, info, site_title, cache, event_url, heads, spans))
    gone = merged_away([*internal, *events])
    shapes: dict[int, tuple[CombinedEvent, dict]] = {}      # each event's event_json once (issue 17)
    iso = JsonInstants()            # each distinct instant written once (issue 17, p17t)

    def shape(e: CombinedEvent) -> dict:
        found = shapes.get(id(e))
        if found is None or found[0] is not e:
            found = shapes[id(e)] = (e, event_json(e, iso=iso))
        return found[1]

    def public_shape(e: CombinedEvent) -> dict:             # event_json(e, its previous start)
        moved = _moved_from(e, previous_starts.get(e.uid), shape(e)["start"])
        return {**shape(e), "previous_start": moved} if moved else shape(e)
    listed = [public_shape(e) for e in events if e.uid not in gone]
    files["public/events.json"] = _json(listed)
    files["public/updates.atom"] = build_atom(
        [e for e in events if e.uid not in gone], title=site_title, site_url=f"{base}/" if base else "",
        feed_url=f"{base}/updates.atom" if base else "", event_url=event_url)
    public_uids = {e.uid for e in events}
    files["public/merged.json"] = _json({old: new for old, new in gone.items() if old in public_uids})
    # an event with Internal rows is published as its public view under the same UID: the staff
    # calendar serialises the whole event apart, so neither copy is ever taken for the other
    shown = {e.uid: e for e in events}
    whole = {e.uid for e in internal if shown.get(e.uid, e) is not e}
    staff_cache = {u: b for u, b in cache.items() if u not in whole} if whole else cache
    files["private/calendar.ics"], _ = _bounded(
        internal, FeedInfo(f"Staff — {site_title}", "All events, including internal ones. Do not share.",
                           prodid, timezone, refresh_minutes), staff_cache, event_url, today, max_feed_bytes,
        spans, past)
    if whole:
        cache.update((u, b) for u, b in staff_cache.items() if u not in whole and u not in cache)
    staff = [{**shape(e), "visibility": e.visibility.value,
              "sources": list(e.source_labels)} for e in internal if e.uid not in gone]
    files["private/events.json"] = _json(staff)
    if json_lists is not None:
        json_lists.update({"public/events.json": listed, "private/events.json": staff})
    return files


class _LazyPastOrder:
    """A :class:`.feedsize.PastOrder` of ``events``, sorted the first time a feed is over
    its bound (most builds have none)."""

    def __init__(self, events, today, spans):
        self._args, self._order = (events, today, spans), None

    def __call__(self, chosen):
        if self._order is None:
            self._order = PastOrder(*self._args)
        return self._order(chosen)


def _bounded(events, info, cache, event_url, today, max_bytes, spans, past=None):
    def build(chosen):
        return build_feed(chosen, info, cache, event_url, spans=spans)

    parts = feed_parts(events, info, cache, event_url, spans=spans)     # every VEVENT now cached
    size = sum(map(len, parts))
    if today is None or size < max_bytes:
        return b"".join(parts), []       # under the bound: built once (issue 17)
    del parts

    def measure(chosen):                 # issue 17 (p17m): the whole feed measured once, above;
        if chosen is events:             # a subset by its head and its VEVENTs' cached lengths
            return size
        return feed_size(chosen, info, cache, spans)
    return bounded_feed(events, today, build, lambda e: len(cache[e.uid]), max_bytes, measure, spans, past)


def _json(value) -> bytes:
    return indented(value)      # json.dumps(indent=1, sort_keys=True)'s bytes (issue 17)


def status_json(last_success: datetime, counts: Mapping[str, int], held: Mapping | None = None) -> bytes:
    """``{"last_success": ISO 8601 UTC, "counts": {...}}``, published with the feeds it
    describes, plus ``"held": {"sources": n, "departments": [...]}`` when the run held sources
    (:func:`sheets_sync.steady.held_status`: public names only; read by /healthz)."""
    status = {"last_success": json_instant(last_success), "counts": dict(counts)}
    if held:
        status["held"] = dict(held)
    return _json(status)
