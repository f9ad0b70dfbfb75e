"""The staff-only token shared by every ``/staff/<token>/...`` route, and the staff calendar.

The token is ``SAFETY_EVENTS_STAFF_TOKEN`` (``STAFF_TOKEN`` in the app config); with no
token, one shorter than :data:`MIN_TOKEN_LENGTH`, or a wrong one, every staff route is a 404:
a guess cannot tell a staff page exists. Tokens are compared with :func:`hmac.compare_digest`
(constant time) and never logged: :func:`install_log_redaction` rewrites ``/staff/<anything>``
to ``/staff/[redacted]`` in every record of the ``werkzeug`` request log and the app's logger.

Because the token sits in the URL, staff responses are sent with ``Referrer-Policy:
no-referrer`` (a click on an outside link never carries it away), ``Cache-Control: private,
no-store`` and ``X-Robots-Tag: noindex`` (:func:`staff_headers`), and may not be framed.

Routes: blueprint ``staff`` (prefix ``/staff/<token>``) holds the staff calendar — ``/``,
``/events/<uid>`` and ``/calendar.ics`` over ``out/private/``; other staff pages (the
dashboard) use :func:`require_staff` and :func:`staff_headers`.
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
#: Any separator run (``//``, ``\``, ``%2F``, ``%5C``) and ``staff`` spelt with percent-escapes
#: (``%73taff``): werkzeug routes or logs all of these, so all are redacted.
_SEP = r"(?:/|\\|%2f|%5c)+"
_STAFF = r"(?:s|%73)(?:t|%74)(?:a|%61)(?:f|%66)(?:f|%66)"
_TOKEN_IN_PATH = re.compile(rf"({_SEP}){_STAFF}({_SEP})(?:(?!%2f|%5c)[^/\\\s?&#\"'])+", re.IGNORECASE)


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
        lowered = message.lower()
        if "staff" in lowered or "%7" in lowered or "%6" in lowered:
            record.msg, record.args = redact(message), ()
        return True


def install_log_redaction(app) -> None:
    """Attach the filter (once) to the ``werkzeug`` logger and to ``app.logger``."""
    for logger in (logging.getLogger("werkzeug"), app.logger):
        if not any(isinstance(f, TokenRedactingFilter) for f in logger.filters):
            logger.addFilter(TokenRedactingFilter())


def token_ok(given: str) -> bool:
    """True when a staff token of at least :data:`MIN_TOKEN_LENGTH` characters is configured
    and ``given`` equals it (constant-time comparison)."""
    expected = current_app.config.get("STAFF_TOKEN") or ""
    if len(expected) < MIN_TOKEN_LENGTH:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def require_staff(token: str) -> None:
    """``abort(404)`` unless :func:`token_ok`."""
    if not token_ok(token):
        abort(404)


def staff_headers(response):
    """Set the no-leak headers of the module docstring on a staff response and return it."""
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    response.headers["Content-Security-Policy"] = re.sub(
        r"frame-ancestors [^;]*", "frame-ancestors 'none'", current_app.config["CSP"])
    return response


@bp.url_value_preprocessor
def _check_token(endpoint, values):
    given = (values or {}).pop("token", "")
    require_staff(given)
    g.staff_token = given


@bp.url_defaults
def _add_token(endpoint, values):
    if "token" not in values and getattr(g, "staff_token", None):
        values["token"] = g.staff_token


@bp.after_request
def _private_headers(response: Response) -> Response:
    return staff_headers(response)


@bp.get("/", merge_slashes=False, strict_slashes=False)
def calendar_page():
    """Every event the sync published to ``private/`` (public and internal), upcoming first."""
    from .pages import render_list
    return render_list(private=True)


@bp.get("/events/<uid>", merge_slashes=False)
def event_page(uid: str):
    from .pages import render_event
    store = current_app.extensions["store"]
    index = store.index(private=True)                # issue 17: no walk over every event
    e = (index.find(uid) if index is not None
         else next((e for e in store.events(private=True) if e["uid"] == uid), None))
    if e is None:
        abort(404)
    return render_event(e, private=True)


@bp.get("/calendar.ics", merge_slashes=False)
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
