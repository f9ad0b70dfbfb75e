"""Feed routes and calendar links: serves what the sync published, never builds a feed.

Routes (all ``GET``/``HEAD``; ics-rules R13–R16):

``/calendar.ics``                 all public events, or any filter combination through
                                  ``?department=<slug>&type=<slug>&joint=1``
``/departments/<slug>.ics``       one department (the same bytes as ``?department=<slug>``);
                                  an alias's slug (a renamed department's old name) answers
                                  ``301`` to the department's own URL
``/types/<slug>.ics``             one event type; an alias's slug (a renamed type's old
                                  name) or a type the Other feed holds answers ``301`` to
                                  the feed holding it (:mod:`.typefeeds`)
``/joint.ics``                    joint events only
``/events/<uid>.ics``             one event ("add this event to my calendar")
``/updates.atom``                 new and changed events as Atom (:mod:`public_feed.atom`)

Every response is ``text/calendar; charset=utf-8`` whatever the ``Accept`` header says, with
``Cache-Control: public, max-age=300`` and the validators nginx sends for the same published
file (so a client may revalidate against either): the strong ETag ``"<mtime hex>-<size hex>"``
and ``Last-Modified`` = the file's mtime, which the release step moves, by at least a second,
exactly when the bytes change (:mod:`public_feed.release`). ``304 Not Modified`` on a matching
``If-None-Match`` (weak comparison, RFC 9110 §13.1.2), or, when there is no ``If-None-Match``,
on an ``If-Modified-Since`` at or after ``Last-Modified`` (§13.1.3, precedence §13.2.2).
``/events/<uid>.ics`` is no file (issue 17, p17p): it is answered from the release's table of
per-event calendars (:mod:`public_feed.calendars`) with the same rules, its strong ETag a hash
of the bytes and its ``Last-Modified`` the sync that last changed them.

An unknown parameter or value (``?department=nope``) is a ``404`` whose plain-text body
names the problem and the values that exist: a typo must not silently subscribe someone to
the wrong feed. A known filter that matches no event today is an empty, valid calendar.
"""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from typing import Mapping
from urllib.parse import quote, urlencode

from flask import Blueprint, Response, abort, current_app, redirect, request, url_for
from werkzeug.wsgi import wrap_file

from sheets_sync.model import slugify

from .feedset import alias_slugs, feed_key
from .publish import event_file
from .query import TRACKING
from .store import Blob

bp = Blueprint("feeds", __name__)

MAX_AGE_SECONDS = 300
#: Answers at least this large (bytes) are sent from the published file through the server's
#: ``wsgi.file_wrapper`` (PEP 3333; waitress then streams the file instead of copying the
#: bytes into its output buffer, and past 1 MB into a temporary file).
FILE_WRAPPER_MIN = 64 * 1024
CALENDAR_TYPE = "text/calendar; charset=utf-8"
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"", "0", "false", "no", "off"}
GOOGLE_DETAILS_MAX = 1000   # characters of description in an "add to Google" link


class FeedNotFound(Exception):
    """A feed request names a filter that does not exist; the message says which."""


def _store():
    return current_app.extensions["store"]


def _config():
    return current_app.config["SAFETY_EVENTS_CONFIG_OBJ"]


def site_base() -> str:
    """The address links on pages start with (no trailing slash): ``site.base_url``; or, when
    the app was started with ``BASE_URL_FROM_REQUEST`` (``serve --host 0.0.0.0`` while
    ``site.base_url`` is still a loopback address), the address the browser used — so a
    wildcard bind address such as ``0.0.0.0`` never appears in a link."""
    if current_app.config.get("BASE_URL_FROM_REQUEST"):
        return request.host_url.rstrip("/")
    return _config().site.base_url.rstrip("/")


@bp.app_template_global("subscribe_links")
def subscribe_links(path: str) -> dict[str, str]:
    """``{"https", "webcal", "google", "outlook"}`` links for a feed path such as
    ``/joint.ics`` (R15): the feed address, the same with the ``webcal://`` scheme that opens
    calendar apps, Google Calendar's one-click ``render?cid=`` link with the url-encoded webcal
    address, and Outlook.com's ``addfromweb?url=`` link with the https address."""
    base = site_base()
    https = f"{base}{path}"
    webcal = "webcal://" + https.split("://", 1)[1]
    return {"https": https, "webcal": webcal,
            "google": "https://calendar.google.com/calendar/render?cid=" + quote(webcal, safe=""),
            "outlook": "https://outlook.live.com/calendar/0/addfromweb?url=" + quote(https, safe="")}


def _manifest() -> dict:
    return _store().feeds() or {"feeds": [], "departments": {}, "types": {}, "by_key": {}}


@bp.app_template_global("feed_list")
def feed_list(max_dimensions: int = 1) -> list[dict]:
    """Published feeds (entries of ``feeds.json``) with at most ``max_dimensions`` filters:
    by default all events, one per department, one per event type and joint events."""
    return [f for f in _manifest()["feeds"]
            if sum((bool(f["department"]), bool(f["type"]), f["joint"])) <= max_dimensions]


@bp.app_template_global("tr_label")
def translated_label(entry: Mapping) -> str:
    """A ``feeds.json`` entry's label in the page's language: ``Bomberos · Clase de RCP ·
    Eventos conjuntos`` (department and type names through :func:`public_feed.i18n.term`)."""
    from flask_babel import gettext

    from .i18n import term
    manifest = _manifest()
    parts = [term(manifest["departments"].get(entry["department"], entry["department"]))
             if entry.get("department") else "",
             term(manifest["types"].get(entry["type"], entry["type"])) if entry.get("type") else ""]
    parts = [p for p in parts if p]
    if entry.get("joint"):
        parts.append(gettext("Joint events"))
    return " · ".join(parts) or gettext("All events")


@bp.app_template_global("feed_for")
def feed_for(filters: Mapping[str, str]) -> dict | None:
    """The feed entry for page filters (``department``, ``type``, ``joint``), or ``None``."""
    try:
        return resolve(filters, _manifest())
    except FeedNotFound:
        return None


def resolve(args: Mapping[str, str], manifest: dict) -> dict:
    """Query parameters → the feed entry of ``feeds.json``. Raises :class:`FeedNotFound`."""
    getlist = getattr(args, "getlist", lambda k: [args[k]])
    unknown = sorted(k for k in set(args) - {"department", "type", "joint"}
                     if k != "lang" and not TRACKING.fullmatch(k))   # the language switch, link tracking
    if unknown:
        raise FeedNotFound(f"unknown filter {unknown[0]!r}: feeds filter by department, type and joint "
                           "(e.g. /calendar.ics?department=fire&type=cpr-class&joint=1)")
    for key in ("department", "type", "joint"):
        if key in args and len(getlist(key)) > 1:
            raise FeedNotFound(f"give one {key}, not several")
    department = _department_slug(str(args.get("department", "")).strip(), manifest)
    type_text = str(args.get("type", "")).strip()
    type_slug = slugify(type_text) if type_text else None
    if type_slug not in manifest["types"]:           # an old name, or a type the Other feed holds
        type_slug = manifest.get("type_aliases", {}).get(type_slug, type_slug)
    if type_text and type_slug not in manifest["types"]:
        raise FeedNotFound(f"no event type {type_text!r}; types are: {', '.join(sorted(manifest['types']))}")
    joint_text = str(args.get("joint", "")).strip().lower()
    if joint_text not in _TRUE | _FALSE:
        raise FeedNotFound(f"joint={joint_text!r} is not understood; use joint=1 or leave it out")
    entry = manifest["by_key"].get(feed_key(department, type_slug, joint_text in _TRUE))
    if entry is None:
        raise FeedNotFound("no feed has been published yet; run a sync first")
    return entry


def _department_slug(text: str, manifest: dict) -> str | None:
    if not text:
        return None
    known = manifest["departments"]
    if slugify(text) in known:
        return slugify(text)
    name = _config().department_lookup().get(text.lower())   # names and aliases: DFD → Fire
    for slug, display in known.items():
        if display == name:
            return slug
    raise FeedNotFound(f"no department {text!r}; departments are: {', '.join(sorted(known))}")


def _not_found(message: str) -> Response:
    return Response(f"Not found: {message}\n", status=404, content_type="text/plain; charset=utf-8")


def _serve(rel: str) -> Response:
    blob = _store().blob(rel)
    if blob is None:
        return _not_found("this calendar has not been published; run a sync first")
    return static_answer(blob, CALENDAR_TYPE)


def static_answer(blob, content_type: str) -> Response:
    """A published file (:class:`public_feed.store.Blob`) answered as nginx answers it: the
    bytes, ``ETag``/``Last-Modified`` from its mtime and size, ``Cache-Control: public,
    max-age=300`` and ``304`` on a matching conditional request (see the module's docstring)."""
    response = _body(blob, content_type)
    response.set_etag(blob.etag)
    response.cache_control.public = True
    response.cache_control.max_age = MAX_AGE_SECONDS
    response.last_modified = datetime.fromtimestamp(blob.mtime, timezone.utc)
    if request.if_none_match:
        unchanged = request.if_none_match.contains_weak(blob.etag)   # RFC 9110 §13.1.2: weak
    else:
        since = request.if_modified_since
        unchanged = since is not None and since.timestamp() >= blob.mtime
    if unchanged:
        if response.direct_passthrough:
            response.close()                           # the opened file
            response.direct_passthrough = False
        response.status_code = 304
        response.set_data(b"")
        response.headers.pop("Content-Type", None)
    return response


def _body(blob, content_type: str) -> Response:
    """A 200 response with ``blob``'s bytes: from its file through ``wsgi.file_wrapper`` when
    it is large and the file still is the version ``blob`` holds (same size and mtime; a sync
    may have switched releases since), else from memory."""
    if len(blob.data) >= FILE_WRAPPER_MIN and blob.path is not None and request.method == "GET":
        try:
            handle = open(blob.path, "rb")
        except OSError:
            handle = None
        if handle is not None:
            st = os.fstat(handle.fileno())
            if st.st_size == len(blob.data) and int(st.st_mtime) == blob.mtime:
                response = Response(wrap_file(request.environ, handle), content_type=content_type,
                                    direct_passthrough=True)
                response.content_length = st.st_size
                return response
            handle.close()
    return Response(blob.data, content_type=content_type)


def _serve_filtered(fixed: Mapping[str, str]) -> Response:
    args = {k: request.args.getlist(k) for k in request.args}
    for key, value in fixed.items():
        if key in args and [value] != args[key]:
            return _not_found(f"{key} is already given by the address")
        args[key] = [value]
    try:
        entry = resolve(_Args(args), _manifest())
    except FeedNotFound as exc:
        return _not_found(str(exc))
    return _serve(entry["file"])


class _Args(dict):
    def get(self, key, default=None):
        values = super().get(key)
        return values[0] if values else default

    def getlist(self, key):
        return super().get(key, [])


@bp.get("/calendar.ics")
def calendar_feed():
    return _serve_filtered({})


@bp.get("/departments/<slug>.ics")
def department_feed(slug: str):
    if slug not in _manifest()["departments"]:
        config = _config()
        # the published aliases first: config.yaml may have changed since the site started
        canonical = (_manifest().get("department_aliases", {}).get(slug)
                     or alias_slugs((d.name, d.slug, d.aliases) for d in config.departments).get(slug))
        if canonical is not None and canonical in _manifest()["departments"]:
            target = url_for("feeds.department_feed", slug=canonical)
            query = request.query_string.decode("latin-1")
            return redirect(f"{target}?{query}" if query else target, code=301)
    return _serve_filtered({"department": slug})


@bp.get("/types/<slug>.ics")
def type_feed(slug: str):
    manifest = _manifest()
    canonical = manifest.get("type_aliases", {}).get(slug)
    if slug not in manifest["types"] and canonical in manifest["types"]:
        target = url_for("feeds.type_feed", slug=canonical)   # a renamed or Other-held type
        query = request.query_string.decode("latin-1")
        return redirect(f"{target}?{query}" if query else target, code=301)
    return _serve_filtered({"type": slug})


@bp.get("/joint.ics")
def joint_feed():
    return _serve_filtered({"joint": "1"})


@bp.get("/updates.atom")
def updates_feed():
    """New and changed events as Atom (:mod:`public_feed.atom`)."""
    blob = _store().blob("public/updates.atom")
    if blob is None:
        return _not_found("this feed has not been published; run a sync first")
    unknown = sorted(k for k in request.args if k != "lang" and not TRACKING.fullmatch(k))
    if unknown:             # ?lang= (the site's language switch) and link tracking are not filters
        return _not_found(f"unknown filter {unknown[0]!r}: the updates feed takes no filters")
    return static_answer(blob, "application/atom+xml; charset=utf-8")


@bp.get("/feeds.json")
def feeds_index():
    """The published list of feeds (``public/feeds.json``: names, event counts, newest change),
    answered as nginx answers the file (:func:`static_answer`), so ``serve`` alone gives what
    the deploy site gives."""
    blob = _store().blob("public/feeds.json")
    if blob is None:
        return _not_found("no feed has been published yet; run a sync first")
    return static_answer(blob, "application/json; charset=utf-8")


@bp.get("/events/<uid>.ics")
def event_calendar(uid: str):
    """One event's own calendar from the release's table (issue 17, p17p: not one file per
    event, :mod:`public_feed.calendars`): every event of the feed window has one, a cancelled
    or merged-away one its CANCELLED calendar; validators from the table (a strong ETag of the
    bytes, a Last-Modified that moves only when they change). A release without the table
    (published before p17p) is answered from its ``public/events/<uid>.ics`` file."""
    table = _store().calendars()
    if table is None:
        return _serve(event_file(uid))
    found = table.get(uid)
    if found is None:
        abort(404)
    return static_answer(Blob(found.data, found.etag, found.modified), CALENDAR_TYPE)


def google_event_link(e: Mapping, tz, page_url: str = "") -> str:
    """Google Calendar's "add this event" link for a published event (``events.json`` shape
    with ``start``/``end`` parsed): ``render?action=TEMPLATE`` with ``text``, ``dates``
    (UTC ``YYYYMMDDTHHMMSSZ/…`` for timed events, ``YYYYMMDD/YYYYMMDD`` with an exclusive end
    for all-day ones), ``details`` (description, cut to 1,000 characters, plus the event
    page), ``location``, ``ctz`` (the city's IANA zone) and ``recur`` (the RRULE; Google's
    link has no way to carry cancelled occurrences, the .ics download does)."""
    if e["all_day"]:
        end = e["end"] if e["end"] > e["start"] else e["start"] + timedelta(days=1)
        dates = f"{e['start']:%Y%m%d}/{end:%Y%m%d}"
    else:
        dates = "/".join(v.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ") for v in (e["start"], e["end"]))
    details = (e.get("description") or "").strip()
    if len(details) > GOOGLE_DETAILS_MAX:
        details = details[:GOOGLE_DETAILS_MAX - 1].rstrip() + "…"
    if page_url:
        details = f"{details}\n\n{page_url}".strip()
    params = {"action": "TEMPLATE", "text": e["title"], "dates": dates, "details": details,
              "location": ", ".join(x for x in (e.get("location"), e.get("address")) if x),
              "ctz": str(tz)}
    if e.get("rrule"):
        params["recur"] = "RRULE:" + e["rrule"]
    return "https://calendar.google.com/calendar/render?" + urlencode(params, quote_via=quote)


@bp.app_template_global("event_links")
def event_links(e: Mapping) -> dict[str, str]:
    """``{"ics", "google"}`` for an event page: the single-event download and Google's
    "add this event" link."""
    base = site_base()
    page = f"{base}/events/{quote(e['uid'], safe='@')}"
    return {"ics": f"{page}.ics", "google": google_event_link(e, _config().tz, page)}

