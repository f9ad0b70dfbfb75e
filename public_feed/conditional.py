"""``304 Not Modified`` for a published file before Flask's dispatch (issue 17).

Calendar apps poll their subscriptions with ``If-None-Match``/``If-Modified-Since``; almost
every answer is a 304. Through Flask a 304 costs a request context, routing, the feed
manifest and the hooks — the app answered them at 7–20% of nginx's rate. :class:`NotModified`
is a small WSGI layer in front of the Flask app that answers those 304s itself, and passes
everything else (and anything it is not sure of) to Flask unchanged.

It answers only when all of these hold, so its answer is the one Flask would give:

* ``GET`` or ``HEAD`` with no query string and a conditional header;
* the path names a published file the way :mod:`public_feed.feeds` and
  :mod:`public_feed.open_data` serve it: ``/calendar.ics``, ``/joint.ics``,
  ``/departments/<slug>.ics`` and ``/types/<slug>.ics`` for a slug listed in the current
  ``feeds.json`` (an alias answers 301 through Flask), ``/updates.atom``, ``/feeds.json``
  and ``/open-data/<name>`` for the served names;
* the file exists, and its validators — the nginx ETag ``"<mtime hex>-<size hex>"`` and
  Last-Modified of :func:`public_feed.release.static_etag`, read with one ``stat`` of the file
  through ``out/public`` at each request, so they follow ``current`` the moment a sync
  switches releases (or :func:`public_feed.release.refresh` replaces a file) — match;
* or the path is ``/events/<uid>.ics`` (no file since issue 17, p17p), the current release's
  table of per-event calendars (:mod:`public_feed.calendars`, reopened when a sync publishes
  a new one) has a row for the UID, and that row's validators — the ETag of its bytes and its
  Last-Modified, the ones :func:`public_feed.feeds.event_calendar` sends — match. (A release
  without the table is left to Flask.)

Matching follows RFC 9110 §13: ``If-None-Match`` is compared with the weak comparison
(§13.1.2; ``*`` matches any existing file) and, when present, decides alone;
``If-Modified-Since`` is used only without it (§13.2.2) and matches when the file's
modification time is not after it (§13.1.3). A 304 carries the headers the full answer's 304
carries (§15.4.5: ETag and Cache-Control; plus the site's security headers and, for open
data, CORS): :func:`headers` is the one list, and tests compare it with Flask's 304 and with
nginx's (which also repeats Last-Modified).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable

from werkzeug.http import parse_date, parse_etags

from sheets_sync.model import slugify

from .feeds import MAX_AGE_SECONDS
from .feedset import feed_key
from .open_data import FILES
from .release import static_etag

#: Cache-Control of every published file (as :func:`public_feed.feeds.static_answer` and nginx's site).
CACHE_CONTROL = f"public, max-age={MAX_AGE_SECONDS}"


def published_file(path: str, store) -> tuple[str, bool] | None:
    """``(file under the output directory, send CORS)`` that Flask would answer ``path`` (a
    URL path, percent-decoded) from, or ``None`` when this layer should leave it to Flask.
    Feeds are looked up in the current ``feeds.json`` as :func:`public_feed.feeds.resolve`
    does; ``store`` is the app's :class:`public_feed.store.PublishedStore`."""
    if path in ("/updates.atom", "/feeds.json"):
        return f"public{path}", False
    folder, _, name = path[1:].partition("/")
    if folder == "open-data":
        return (f"public/open-data/{name}", True) if name in FILES else None
    if path in ("/calendar.ics", "/joint.ics"):
        key = feed_key(None, None, path == "/joint.ics")
    elif folder in ("departments", "types") and name.endswith(".ics") and "/" not in name:
        slug = name[:-4]
        manifest = store.feeds()
        if manifest is None or slug not in manifest[folder] or slugify(slug) != slug:
            return None                     # an alias (301), an unknown slug (404): Flask answers
        key = feed_key(slug, None, False) if folder == "departments" else feed_key(None, slug, False)
    else:
        return None
    entry = (store.feeds() or {"by_key": {}})["by_key"].get(key)
    return (entry["file"], False) if entry else None


def event_validators(path: str, store) -> tuple[str, int] | None:
    """``(quoted ETag, Last-Modified in whole seconds)`` of ``/events/<uid>.ics`` (``path``, a
    URL path, percent-decoded) from the current release's per-event calendars
    (:meth:`public_feed.store.PublishedStore.calendars`), or ``None``: another path, an unknown
    UID, or no table (Flask answers)."""
    folder, _, name = path[1:].partition("/")
    if folder != "events" or not name.endswith(".ics") or "/" in name:
        return None
    table = store.calendars()
    found = table.validators(name[:-4]) if table is not None else None
    return (f'"{found[0]}"', found[1]) if found is not None else None


def headers(etag: str, csp: str, cors: bool) -> list[tuple[str, str]]:
    """The headers of a published file's 304, as the full answer's 304 has them: the ETag and
    caching (RFC 9110 §15.4.5; no Last-Modified or other representation metadata, which
    Werkzeug leaves out of a 304 too), the site's security headers
    (:func:`public_feed.app.create_app`) and, for open data, CORS."""
    out = [("ETag", etag), ("Cache-Control", CACHE_CONTROL), ("Content-Security-Policy", csp),
           ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "strict-origin-when-cross-origin")]
    if cors:
        out.append(("Access-Control-Allow-Origin", "*"))
    return out


def not_modified(environ: dict, etag: str, mtime: int) -> bool:
    """RFC 9110 §13.2.2: ``If-None-Match`` (weak comparison, ``*``) when present, else
    ``If-Modified-Since`` at or after ``mtime`` (whole seconds)."""
    inm = environ.get("HTTP_IF_NONE_MATCH")
    if inm is not None:
        return parse_etags(inm).contains_weak(etag.strip('"'))
    since = parse_date(environ.get("HTTP_IF_MODIFIED_SINCE"))
    return since is not None and since.timestamp() >= mtime


class NotModified:
    """WSGI middleware (PEP 3333) answering 304s for published files (module docstring);
    ``app`` is the Flask app's ``wsgi_app``, ``store`` its published store, ``config`` its
    config (``CSP``: the Content-Security-Policy, read at each answer)."""

    def __init__(self, app: Callable, store, config):
        self.app, self.store, self.config = app, store, config
        self.out_dir = Path(store.out_dir)

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if (environ.get("REQUEST_METHOD") in ("GET", "HEAD") and not environ.get("QUERY_STRING")
                and ("HTTP_IF_NONE_MATCH" in environ or "HTTP_IF_MODIFIED_SINCE" in environ)):
            path = environ.get("PATH_INFO", "").encode("latin-1", "replace").decode("utf-8", "replace")
            found = published_file(path, self.store)                   # PEP 3333: bytes as latin-1
            validators, cors = None, False
            if found is not None:
                try:
                    st = os.stat(self.out_dir / found[0])
                except OSError:
                    st = None
                if st is not None:
                    validators, cors = (static_etag(st.st_mtime, st.st_size), int(st.st_mtime)), found[1]
            else:
                validators = event_validators(path, self.store)
            if validators is not None and not_modified(environ, *validators):
                start_response("304 NOT MODIFIED", headers(validators[0], self.config["CSP"], cors))
                return []
        return self.app(environ, start_response)
