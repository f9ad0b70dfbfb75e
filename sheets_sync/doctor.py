"""``safety-events doctor``: check a deployment end to end and say what to fix.

Each check returns :class:`Finding` values; :func:`diagnose` runs them in order (config,
source access, calendar files, output folder, record, last sync, lock, site) and
:func:`exit_code` turns them into 0 (nothing failed) or 1. A check never raises: whatever goes wrong becomes a
``fail`` finding with what to do. Nothing is written except a temporary probe file in
``output.dir`` (removed at once); the record is opened read-only.

Levels: ``ok`` (fine), ``warn`` (works, but a person should look: a loopback base_url, no
sync yet, a sync running), ``fail`` (the deployment does not work until it is fixed).
Source access comes from the backend's ``check_access()`` — a list of ``(ok: bool,
message: str)`` — when the backend has one.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import sqlite3
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterable

from .config import Config, ConfigError, MissingConfig, config_warnings, is_loopback_url, load_config
from .lock import LOCK_NAME

OK, WARN, FAIL = "ok", "warn", "fail"
MIN_FREE_MB = 100           # below this a sync may fail half-way through writing a release


@dataclass(frozen=True)
class Finding:
    """One line of the doctor's report: ``level`` (ok/warn/fail), ``area`` (config, source,
    output, record, sync, lock, site) and ``message`` (what was found and what to do)."""
    level: str
    area: str
    message: str


def check_config(path: Path | str) -> tuple[Config | None, list[Finding]]:
    """Load ``config.yaml``: every problem as its own finding (and ``None``), or the config
    with its warnings (a loopback ``site.base_url``)."""
    try:
        config = load_config(path)
    except MissingConfig as exc:
        return None, [Finding(FAIL, "config", str(exc))]
    except ConfigError as exc:
        problems = exc.problems or [str(exc)]
        return None, [Finding(FAIL, "config", f"{p} — fix it in {path}") for p in problems]
    found = [Finding(OK, "config", f"{path} is valid: {len(config.departments)} departments, "
                                   f"source {config.source.kind}")]
    found += [Finding(WARN, "config", w) for w in config_warnings(config)]
    return config, found


def check_source(backend) -> list[Finding]:
    """The backend's own ``check_access()`` findings; a backend without one is reported as
    not checked (its problems show at the next sync)."""
    probe = getattr(backend, "check_access", None)
    if probe is None:
        return [Finding(WARN, "source", f"the {getattr(backend, 'name', 'configured')} source "
                                        "cannot be checked without a sync; run `safety-events check`")]
    try:
        results = list(probe())
    except Exception as exc:            # a backend's bug must not hide the other checks
        return [Finding(FAIL, "source", f"checking the source failed ({type(exc).__name__}: {exc})")]
    return [Finding(OK if ok else FAIL, "source", message) for ok, message in results]


def check_calendars(config: Config) -> list[Finding]:
    """Each ``source.calendars`` file: ``fail`` when it cannot be read, is cut short or damaged,
    or is not iCalendar (RFC 5545; every sync would stop on it, so nothing would be published;
    :func:`sheets_sync.backends.ics_source.parse_calendar` says which), ``warn`` when it
    holds no VEVENT (an export that failed half-way?), else ``ok`` with its VEVENT count."""
    from .backends.ics_source import CalendarUnreadable, parse_calendar
    found = []
    for i, cal in enumerate(config.source.calendars):
        path = config.path(cal.file)
        where = f"source.calendars.{i} ({cal.department}): {path}"
        try:
            data = path.read_bytes()
        except OSError as exc:
            found.append(Finding(FAIL, "source", f"{where} cannot be read ({exc.strerror or exc}); every "
                                                 "sync stops on it until the file is there: export the "
                                                 "calendar again or fix source.calendars in the config"))
            continue
        try:
            events = len(parse_calendar(data, where).walk("VEVENT"))
        except CalendarUnreadable as exc:   # (plain words first; the parser's detail short, last)
            detail = f" (parser: {exc.detail})" if exc.detail else ""
            found.append(Finding(FAIL, "source", f"{where}: {exc.problem}; every sync stops on it until "
                                                 f"then{detail}"))
            continue
        if events:
            found.append(Finding(OK, "source", f"{where} holds {events:,} events"))
        else:
            found.append(Finding(WARN, "source", f"{where} holds no events; if the export failed, "
                                                 "export the calendar again before the next sync"))
    return found


def _existing(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def check_output(config: Config, min_free_mb: int = MIN_FREE_MB) -> list[Finding]:
    """``output.dir`` can be written (a probe file is created and removed) and has at least
    ``min_free_mb`` MB free; ``public/`` has been published."""
    out = config.out_dir
    found = []
    try:
        if out.exists():
            with tempfile.NamedTemporaryFile(dir=out, prefix=".doctor-", delete=True):
                pass
            found.append(Finding(OK, "output", f"{out} can be written"))
        elif os.access(_existing(out.parent), os.W_OK | os.X_OK):
            found.append(Finding(OK, "output", f"{out} does not exist yet; the first sync creates it"))
        else:
            found.append(Finding(FAIL, "output", f"{out} does not exist and {_existing(out.parent)} "
                                                 "cannot be written; create the folder for this user "
                                                 "or change output.dir"))
    except OSError as exc:
        found.append(Finding(FAIL, "output", f"{out} cannot be written ({exc.strerror or exc}); fix "
                                             "its owner or permissions (the sync runs as this user)"))
    free_mb = shutil.disk_usage(_existing(out)).free // 2**20
    if free_mb < min_free_mb:
        found.append(Finding(FAIL, "output", f"only {free_mb} MB free on the disk of {out} (at least "
                                             f"{min_free_mb} MB needed); free space or move output.dir"))
    else:
        found.append(Finding(OK, "output", f"{free_mb:,} MB free on the disk of {out}"))
    if not (out / "public" / "calendar.ics").is_file():
        found.append(Finding(WARN, "output", f"nothing is published in {out / 'public'} yet; run "
                                             "`safety-events sync`"))
    return found


def check_record(config: Config, now: datetime) -> list[Finding]:
    """The record opens read-only and passes SQLite's ``quick_check``; the last sync
    succeeded and is at most ``feed.stale_after_minutes`` old."""
    path = config.record_path
    if not path.is_file():
        return [Finding(WARN, "record", f"no record at {path} yet; the first `safety-events sync` "
                                        "creates it")]
    from .record import open_read_only
    try:
        db = open_read_only(path, timeout=5)         # leaves no -wal/-shm beside it
        try:
            check = db.execute("PRAGMA quick_check").fetchone()[0]
            rows = db.execute("SELECT outcome, finished, error FROM syncs WHERE outcome != 'running' "
                              "ORDER BY id DESC LIMIT 20").fetchall()
            events, gone = db.execute("SELECT COUNT(*), COUNT(removed_at) FROM events").fetchone()
        finally:
            db.close()
    except sqlite3.Error as exc:
        return [Finding(FAIL, "record", f"the record {path} cannot be read ({exc}); check its "
                                        "permissions, or restore it from a backup")]
    if check != "ok":
        return [Finding(FAIL, "record", f"the record {path} is damaged ({check}); restore it from a "
                                        "backup before the next sync")]
    kept = (f", and {gone} no longer in the sheet (deleted, or merged into another event) kept with their "
            "history" if gone else "")
    found = [Finding(OK, "record", f"the record {path} reads: {events - gone} events{kept}")]
    return found + _last_sync(rows, now, timedelta(minutes=config.feed.stale_after_minutes))


def _last_sync(rows: list[tuple], now: datetime, stale_after: timedelta) -> list[Finding]:
    """``rows``: ``(outcome, finished, error)`` of finished syncs, newest first."""
    if not rows:
        return [Finding(WARN, "sync", "no sync has finished yet; run `safety-events sync`")]
    outcome, finished, error = rows[0]
    success = next((datetime.fromisoformat(f) for o, f, _ in rows if o == "ok" and f), None)
    if outcome != "ok":
        return [Finding(FAIL, "sync", f"the last sync ({finished}) failed: {error}; fix that and run "
                                      "`safety-events sync`")]
    age = now - success
    minutes = int(age.total_seconds() // 60)
    if age > stale_after:
        return [Finding(FAIL, "sync", f"the last successful sync was {minutes} minutes ago (more than "
                                      f"feed.stale_after_minutes, {int(stale_after.total_seconds() // 60)}); "
                                      "check the timer: systemctl list-timers safety-events-sync.timer")]
    if error:                           # an ok run that left something undone (steady.held_note, tabs)
        return [Finding(WARN, "sync", f"the last sync succeeded {minutes} minutes ago, but {error}")]
    return [Finding(OK, "sync", f"the last sync succeeded {minutes} minutes ago")]


def check_lock(config: Config) -> list[Finding]:
    """Is a sync running now? Probed with a shared, non-blocking ``flock`` on the lock file,
    released at once (see :mod:`sheets_sync.lock`)."""
    path = config.out_dir / LOCK_NAME
    if not path.exists():
        return [Finding(OK, "lock", "no sync is running")]
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as exc:
        return [Finding(FAIL, "lock", f"the lock file {path} cannot be opened ({exc.strerror}); the "
                                      "sync and this check must run as the same user")]
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return [Finding(OK, "lock", "no sync is running")]
    except BlockingIOError:
        holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
        return [Finding(WARN, "lock", f"a sync is running now ({holder}); if it is still running "
                                      "after several minutes, look at the sync's log")]
    finally:
        os.close(fd)


def _get(url: str, timeout: float) -> int:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            return answer.status
    except urllib.error.HTTPError as exc:
        return exc.code


def check_site(config: Config, timeout: float = 10.0,
               get: Callable[[str, float], int] = _get) -> list[Finding]:
    """``<site.base_url>/healthz`` answers: 200 is fine, 503 means reachable but stale (or
    nothing published), anything else or no answer fails — or, for a loopback base_url, a
    warning (the site may simply not be started on this machine)."""
    url = config.site.base_url.rstrip("/") + "/healthz"
    local = is_loopback_url(config.site.base_url)
    try:
        status = get(url, timeout)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        what = (f"{url} does not answer ({reason}); start the site (`safety-events serve`, or "
                "systemctl start safety-events-site) and check the web server and DNS")
        return [Finding(WARN if local else FAIL, "site", what)]
    if status == 200:
        return [Finding(OK, "site", f"{url} answers 200")]
    if status == 503:
        return [Finding(FAIL, "site", f"{url} answers 503: the site runs but its calendar is stale or "
                                      "unpublished; run `safety-events sync` and check the timer")]
    return [Finding(FAIL, "site", f"{url} answers HTTP {status}; check that the web server passes "
                                  "requests to the app (deploy/nginx-safety-events.conf)")]


def diagnose(config_path: Path | str, *, now: datetime | None = None, site: bool = True,
             make_backend: Callable[[Config], object] | None = None) -> list[Finding]:
    """Every check, in order; stops after the config when it cannot be loaded.
    ``make_backend`` builds the source backend (default: the sync's)."""
    now = now or datetime.now(timezone.utc)
    config, found = check_config(config_path)
    if config is None:
        return found
    if make_backend is None:
        from .pipeline import make_backend
    try:
        backend = make_backend(config)
    except Exception as exc:           # e.g. source.spreadsheet_key missing
        found.append(Finding(FAIL, "source", str(exc)))
    else:
        found += check_source(backend)
    found += check_calendars(config)
    found += check_output(config)
    found += check_record(config, now)
    found += check_lock(config)
    if site:
        found += check_site(config)
    return found


def exit_code(findings: Iterable[Finding]) -> int:
    """1 when any finding failed, else 0."""
    return 1 if any(f.level == FAIL for f in findings) else 0
