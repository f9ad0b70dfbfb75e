"""``/healthz``: is the published calendar fresh?

**Source of truth.** ``last_success`` comes from ``public/status.json``, which every
successful sync publishes in the same release as the feeds (see :mod:`public_feed.release`),
so it always describes exactly the files being served, and the site still answers when only
the published files are deployed. When the combined record (SQLite) is readable next to them,
the last *attempt* is added from its ``syncs`` table (outcome and time only: error messages
may name internal paths and stay in the record and the sync log).

Status: 200 when the last successful sync is at most ``feed.stale_after_minutes`` old; 503
with ``"stale": true`` otherwise or before the first sync. ``"status"`` says it in one word
for monitors: ``"ok"``, ``"stale"``, or ``"degraded"`` — fresh, but the last sync *held*
sources (:mod:`sheets_sync.guard`: not read, their events kept as last published until staff
fix them); then ``"held_sources"`` (how many) and ``"held_departments"`` (their departments'
names) come from ``status.json``'s ``held`` — or the last attempt, after the last success,
failed (``"last_attempt_failed": true``: a fresh city's check, where ``/healthz`` said ok for
the two hours a broken sync took to make the calendar stale). ``"ok"`` is true only for ``"status": "ok"``
(a monitor that checks ``ok`` sees a held source); the HTTP status of a degraded answer stays
200, because the site itself is serving a fresh calendar and a container health check that
restarted it would not bring the held source back.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from sheets_sync.timeutil import json_instant


def last_attempt(record_path: Path) -> dict | None:
    """``{"outcome", "started", "finished"}`` of the newest finished sync run, read-only;
    None when there is no readable record (a files-only deployment)."""
    path = Path(record_path)
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
        try:
            row = db.execute("SELECT outcome, started, finished FROM syncs WHERE outcome != 'running' "
                             "ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    if not row:
        return None
    outcome, started, finished = row          # stored as isoformat; published as one form
    return {"outcome": outcome, "started": _instant(started), "finished": _instant(finished)}


def _instant(text: str | None) -> str | None:
    try:
        return json_instant(datetime.fromisoformat(text)) if text else None
    except ValueError:
        return text


def _failed_since(attempt: dict | None, last: datetime) -> bool:
    """The last attempt (:func:`last_attempt`) did not succeed and finished after ``last`` (the
    last success); ``False`` for a time it cannot read."""
    if not attempt or attempt.get("outcome") in ("ok", None) or not attempt.get("finished"):
        return False
    try:
        finished = datetime.fromisoformat(attempt["finished"])
        return finished.tzinfo is not None and finished > last
    except (TypeError, ValueError):
        return False


def health(status: dict | None, now: datetime, stale_after: timedelta,
           attempt: dict | None = None) -> tuple[dict, int]:
    """The ``/healthz`` body and HTTP status. ``status`` is the parsed ``status.json`` (or
    None), ``now`` an aware datetime, ``attempt`` from :func:`last_attempt`. Pure."""
    body: dict = {"stale_after_minutes": int(stale_after.total_seconds() // 60)}
    if attempt is not None:
        body["last_attempt"] = attempt
    if not status or not status.get("last_success"):
        return {**body, "ok": False, "status": "stale", "last_success": None, "stale": True,
                "error": "no sync has published yet"}, 503
    last = datetime.fromisoformat(status["last_success"])
    age = now - last
    stale = age > stale_after
    held = status.get("held") if isinstance(status.get("held"), dict) else None
    if held:
        body["held_sources"] = held.get("sources", 0)
        body["held_departments"] = list(held.get("departments", ()))
    failed = _failed_since(attempt, last)
    if failed:
        body["last_attempt_failed"] = True
    word = "stale" if stale else ("degraded" if held or failed else "ok")
    return {**body, "ok": word == "ok", "status": word,
            "last_success": status["last_success"], "stale": stale,
            "age_minutes": int(age.total_seconds() // 60)}, (503 if stale else 200)
