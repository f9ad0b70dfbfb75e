"""Public feed routes and /healthz (the pages are in :mod:`public_feed.pages`)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

from flask import Blueprint, Response, abort, current_app, request

bp = Blueprint("public", __name__)


def _store():
    return current_app.extensions["store"]


def _config():
    return current_app.config["SAFETY_EVENTS_CONFIG_OBJ"]


def _local_day(value) -> date:
    return value.astimezone(_config().tz).date() if isinstance(value, datetime) else value


def _end_day(e: dict) -> date:
    end = e["end"]
    if isinstance(end, datetime):
        return end.astimezone(_config().tz).date()
    return end - timedelta(days=1)  # all-day DTEND is exclusive


def subscribe_links(path: str) -> dict[str, str]:
    """https, webcal and Google one-click links for a feed path (ics-rules R15)."""
    base = _config().site.base_url.rstrip("/")
    https = f"{base}{path}"
    webcal = "webcal://" + https.split("://", 1)[1]
    return {"https": https, "webcal": webcal,
            "google": "https://calendar.google.com/calendar/render?cid=" + quote(webcal, safe="")}


def _serve_feed(rel: str) -> Response:
    blob = _store().blob(rel)
    if blob is None:
        abort(404)
    headers = {"ETag": f'"{blob.etag}"', "Cache-Control": "public, max-age=300",
               "Last-Modified": format_datetime(datetime.fromtimestamp(int(blob.mtime), timezone.utc),
                                                usegmt=True)}
    if blob.etag in {t.strip().strip('"').removeprefix('W/"') for t in
                     request.headers.get("If-None-Match", "").split(",")}:
        return Response(status=304, headers=headers)
    return Response(blob.data, content_type="text/calendar; charset=utf-8", headers=headers)


@bp.get("/calendar.ics")
def calendar_feed():
    return _serve_feed("public/calendar.ics")


@bp.get("/departments/<slug>.ics")
def department_feed(slug: str):
    if "/" in slug or slug.startswith("."):
        abort(404)
    return _serve_feed(f"public/departments/{slug}.ics")


@bp.get("/healthz")
def healthz():
    status = _store().status()
    cfg = _config()
    if status is None:
        return {"ok": False, "last_success": None, "stale": True, "error": "no sync has published yet"}, 503
    last = datetime.fromisoformat(status["last_success"])
    stale = datetime.now(timezone.utc) - last > timedelta(minutes=cfg.feed.stale_after_minutes)
    return {"ok": not stale, "last_success": status["last_success"], "stale": stale}, (200 if not stale else 503)
