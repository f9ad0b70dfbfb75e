"""The staff-only calendar: every event, internal ones included, behind a secret URL.

Routes live under ``/staff/<token>/`` (blueprint ``staff``; other staff pages register on
the same blueprint). The token is ``SAFETY_EVENTS_STAFF_TOKEN`` (``STAFF_TOKEN`` in the app
config); with no token, or one shorter than :data:`MIN_TOKEN_LENGTH`, every staff route is a
404. Tokens are compared with :func:`hmac.compare_digest` (constant time) and never logged:
:func:`install_log_redaction` rewrites ``/staff/<anything>`` to ``/staff/[redacted]`` in
every record of the ``werkzeug`` request log and the app's own logger. Staff responses send
``Referrer-Policy: no-referrer`` (so the URL never leaks to a linked site),
``Cache-Control: no-store`` and ``X-Robots-Tag: noindex``, and may not be framed.
"""
from __future__ import annotations

import hmac
import logging
import re
from datetime import datetime, timezone

from flask import Blueprint, Response, abort, current_app, g

bp = Blueprint("staff", __name__, url_prefix="/staff/<token>")

MIN_TOKEN_LENGTH = 16
#: ``/staff/<token>`` plain or percent-encoded (``next=%2Fstaff%2F<token>`` in a query string).
_TOKEN_IN_PATH = re.compile(r"(/|%2f)staff(/|%2f)(?:(?!%2f)[^/\s?&#\"'])+", re.IGNORECASE)


def redact(text: str) -> str:
    """``"GET /staff/s3cret/ HTTP/1.1"`` → ``"GET /staff/[redacted]/ HTTP/1.1"`` (also inside
    percent-encoded query values)."""
    return _TOKEN_IN_PATH.sub(lambda m: f"{m.group(1)}staff{m.group(2)}[redacted]", text)


class TokenRedactingFilter(logging.Filter):
    """Rewrites a log record's message so no staff token survives formatting."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:       # a broken record is logging's problem, not ours
            return True
        if "staff" in message.lower():
            record.msg, record.args = redact(message), ()
        return True


def install_log_redaction(app) -> None:
    """Attach the filter (once) to the ``werkzeug`` logger and to ``app.logger``."""
    for logger in (logging.getLogger("werkzeug"), app.logger):
        if not any(isinstance(f, TokenRedactingFilter) for f in logger.filters):
            logger.addFilter(TokenRedactingFilter())


def token_ok(given: str, expected: str) -> bool:
    """Constant-time comparison; an unset or too-short expected token never matches."""
    if len(expected) < MIN_TOKEN_LENGTH:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


@bp.url_value_preprocessor
def _check_token(endpoint, values):
    given = (values or {}).pop("token", "")
    if not token_ok(given, current_app.config.get("STAFF_TOKEN") or ""):
        abort(404)
    g.staff_token = given


@bp.url_defaults
def _add_token(endpoint, values):
    if "token" not in values and getattr(g, "staff_token", None):
        values["token"] = g.staff_token


@bp.after_request
def _private_headers(response: Response) -> Response:
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    response.headers["Content-Security-Policy"] = re.sub(
        r"frame-ancestors [^;]*", "frame-ancestors 'none'", current_app.config["CSP"])
    return response


@bp.get("/")
def calendar_page():
    """Every event the sync published to ``private/`` (public and internal), upcoming first."""
    from .pages import render_list
    return render_list(private=True)


@bp.get("/events/<uid>")
def event_page(uid: str):
    from .pages import render_event
    e = next((e for e in current_app.extensions["store"].events(private=True) if e["uid"] == uid), None)
    if e is None:
        abort(404)
    return render_event(e, private=True)


@bp.get("/calendar.ics")
def calendar_feed():
    blob = current_app.extensions["store"].blob("private/calendar.ics")
    if blob is None:
        abort(404)
    return Response(blob.data, content_type="text/calendar; charset=utf-8",
                    headers={"Last-Modified": datetime.fromtimestamp(int(blob.mtime), timezone.utc)
                             .strftime("%a, %d %b %Y %H:%M:%S GMT")})


def warn_if_weak(app) -> None:
    token = app.config.get("STAFF_TOKEN") or ""
    if token and len(token) < MIN_TOKEN_LENGTH:
        app.logger.warning("SAFETY_EVENTS_STAFF_TOKEN is shorter than %d characters; the staff "
                           "calendar is off. Use a long random value (e.g. `python -c \"import "
                           "secrets; print(secrets.token_urlsafe(32))\"`).", MIN_TOKEN_LENGTH)
