"""Staff dashboard: ``/staff/<token>/dashboard`` and its chart images (behind the staff token).

Reads only what the sync published: ``private/dashboard.json`` (target status, the joint
schedule, assistance requests and offers, snapshots, data-quality figures, the chart
numbers) and ``private/charts/<name>.png``. Nothing here calls the sheet or the record.
"""
from __future__ import annotations

import json
import re

from flask import Blueprint, Response, abort, current_app, make_response, render_template

from .staff import require_staff, staff_headers

bp = Blueprint("dashboard", __name__)
_CHART_NAME = re.compile(r"[a-z0-9_]{1,64}")


def _published(rel: str):
    return current_app.extensions["store"].blob(rel)


def period_status(actual, target, period: str | None, failure: str) -> tuple[str, str]:
    """``(row class, status text)`` of one period of a target chart, as the chart draws it
    (``period``: ``before``/``ended``/``current``/``future`` from ``dashboard.json``): only an
    ended period under target is a failure; the current one is ``in progress`` until met, a
    future one ``scheduled so far``, one before the record ``before the record``."""
    if actual >= target:
        return "met", "met"
    return {"current": ("current", "in progress"), "future": ("future", "scheduled so far"),
            "before": ("before", "before the record")}.get(period or "ended", ("under", failure))


@bp.get("/staff/<token>/dashboard")
def dashboard(token: str):
    require_staff(token)
    blob = _published("private/dashboard.json")
    data = json.loads(blob.data) if blob else None
    cfg = current_app.config["SAFETY_EVENTS_CONFIG_OBJ"]
    page = render_template("dashboard.html", d=data, token=token, site_title=cfg.site.title,
                           period_status=period_status)
    return staff_headers(make_response(page, 200 if data else 503))


@bp.get("/staff/<token>/charts/<name>.png")
def chart(token: str, name: str):
    require_staff(token)
    if not _CHART_NAME.fullmatch(name):
        abort(404)
    blob = _published(f"private/charts/{name}.png")
    if blob is None:
        abort(404)
    return staff_headers(Response(blob.data, content_type="image/png", headers={"ETag": f'"{blob.etag}"'}))
