"""Staff coordination pages behind the staff token: ``/staff/<token>/board`` (the assistance
board, suggested partners, clashes, problems per department) and ``/staff/<token>/board/<slug>``
(one department: its Validation problems with a link to each cell when the source is Google
Sheets, its review questions with both rows side by side, requests it could help with and
offers waiting for its answer).

They replace opening the report workbook; deciding stays in the sheet, so every item says
which tab and cell to edit. Reads only ``private/board.json`` (:mod:`sheets_sync.board`).
Contacts and internal notes are never shown here (the digest's privacy rule with no sharing).
"""
from __future__ import annotations

import json

from flask import Blueprint, abort, current_app, make_response, redirect, render_template, url_for

from sheets_sync.board import COORDINATORS, localised
from sheets_sync.digest import make_digest, month_line, when_text

from .feedset import alias_slugs
from .staff import require_staff, staff_headers

bp = Blueprint("staff_board", __name__)


def _board() -> dict | None:
    blob = current_app.extensions["store"].blob("private/board.json")
    return localised(json.loads(blob.data)) if blob else None


def _render(token: str, audience: str | None):
    require_staff(token)
    cfg = current_app.config["SAFETY_EVENTS_CONFIG_OBJ"]
    board = _board()
    digest = make_digest(board, audience or COORDINATORS) if board else None
    counts = {}
    if board:
        for p in board["problems"]:
            counts[p["department"]] = counts.get(p["department"], 0) + 1
    page = render_template("staff_board.html", b=board, d=digest, audience=audience, token=token,
                           site_title=cfg.site.title, counts=counts, when=when_text, month_line=month_line,
                           departments=[(d.name, d.slug) for d in cfg.departments])
    return staff_headers(make_response(page, 200 if board else 503))


@bp.get("/staff/<token>/board")
def board(token: str):
    return _render(token, None)


@bp.get("/staff/<token>/board/<slug>")
def department(token: str, slug: str):
    cfg = current_app.config["SAFETY_EVENTS_CONFIG_OBJ"]
    name = next((d.name for d in cfg.departments if d.slug == slug), None)
    if name is None:
        require_staff(token)
        # a renamed department keeps its page: its old name (kept in aliases) and other aliases
        # answer 301 to its own address, as /departments/<alias-slug>.ics does for its feed
        canonical = alias_slugs((d.name, d.slug, d.aliases) for d in cfg.departments).get(slug)
        if canonical is None:
            abort(404)
        return staff_headers(redirect(url_for("staff_board.department", token=token, slug=canonical), 301))
    return _render(token, name)
