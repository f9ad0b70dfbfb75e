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
    """Freshness of the published calendar (rules in :mod:`public_feed.health`)."""
    from .health import health, last_attempt
    cfg = _config()
    return health(_store().status(), datetime.now(timezone.utc),
                  timedelta(minutes=cfg.feed.stale_after_minutes), last_attempt(cfg.record_path))


@bp.app_template_global("static_url")
def static_url(name: str) -> str:
    return url_for("static", filename=name)
