"""``/healthz`` and template helpers (pages: :mod:`public_feed.pages`; feeds: :mod:`public_feed.feeds`)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, url_for

bp = Blueprint("public", __name__)


def _store():
    return current_app.extensions["store"]


def _config():
    return current_app.config["SAFETY_EVENTS_CONFIG_OBJ"]


@bp.get("/healthz")
def healthz():
    status = _store().status()
    cfg = _config()
    if status is None:
        return {"ok": False, "last_success": None, "stale": True, "error": "no sync has published yet"}, 503
    last = datetime.fromisoformat(status["last_success"])
    stale = datetime.now(timezone.utc) - last > timedelta(minutes=cfg.feed.stale_after_minutes)
    return {"ok": not stale, "last_success": status["last_success"], "stale": stale}, (200 if not stale else 503)


@bp.app_template_global("static_url")
def static_url(name: str) -> str:
    return url_for("static", filename=name)
