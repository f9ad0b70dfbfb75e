"""The staff-only token shared by every ``/staff/<token>/...`` route.

The token comes from ``SAFETY_EVENTS_STAFF_TOKEN`` (app config ``STAFF_TOKEN``). With no
token configured every staff route is a 404, as is a wrong token: a guess cannot tell a
staff page exists. Tokens are compared with :func:`hmac.compare_digest` (constant time).

Because the token sits in the URL, staff responses are sent with ``Referrer-Policy:
no-referrer`` (a click on an outside link never carries it away), ``Cache-Control:
private, no-store`` and ``X-Robots-Tag: noindex``: use :func:`staff_headers`.
"""
from __future__ import annotations

import hmac

from flask import abort, current_app


def token_ok(token: str) -> bool:
    """True when a staff token is configured and ``token`` equals it."""
    expected = current_app.config.get("STAFF_TOKEN") or ""
    return bool(expected) and hmac.compare_digest(token.encode("utf-8"), expected.encode("utf-8"))


def require_staff(token: str) -> None:
    """``abort(404)`` unless :func:`token_ok`."""
    if not token_ok(token):
        abort(404)


def staff_headers(response):
    """Set the no-leak headers of the module docstring on a staff response and return it."""
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response
