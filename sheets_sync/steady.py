"""Reuse by content hash (issue 17): a sync whose inputs are the last sync's is skipped.

Right after the read stage, :func:`sync_key` hashes everything a sync's outputs depend on
(SHA-256 over, in order):

* the tabs as read (``Backend.read_tabs``, the generated tabs left out as the sync leaves
  them out), and each ``source.calendars`` file's bytes;
* what staff typed in the generated tabs the sync reads back: the Review tab's Decision,
  Status and Pair Key cells (:func:`sheets_sync.review.read_decisions` reads only those) and
  the Snapshots tab's Month and Signed Off By cells
  (:func:`reports.snapshots.typed_signoffs` reads only those), each normalised as its reader
  does;
* the tab ids the backend reports (Google ``sheetId``: the staff board links to them);
* the record's state: a write counter kept by SQLite triggers on every table of the record
  except the run log (``syncs``), the digest's sent log (``digests_sent``, read by no sync
  output) and this module's own tables, plus a random epoch made with the counter, so a
  write by *any* process or command (``snapshot --sign``, an offer, a decision, a hand
  edit with the ``sqlite3`` shell) changes it — ``PRAGMA data_version`` only tells one
  connection about the others;
* the effective config (its canonical JSON dump and the resolved paths), the backend's name;
* the code: the package version, a hash of every file under ``sheets_sync/``,
  ``public_feed/`` and ``reports/`` (cached in the record by the files' sizes and mtimes),
  the Python version and the installed distributions (``*.dist-info`` names);
* the arguments: ``allow_removals`` (a run with ``sign`` or ``snapshot_month`` is never
  skipped: it exists to write the record);
* time, at the granularity the outputs depend on (see below).

**Time.** Every use of ``now`` in a sync, and what the key does with it:

* the city-local date (``config.tz``): the feed and calendar windows (``feed.past_days`` /
  ``future_days``), the metric tabs' current month and quarter, ``measures`` records and
  the catalogue's ``modified``, the staff board's and dashboard's ``today``/``until``, a
  month snapshot due at a month's first sync, "in progress"/ended months of sign-offs —
  **in the key**;
* ``feed.removed_grace_days``: a removed or cancelled event leaves the feeds when
  ``now - gone_since > grace`` (:func:`sheets_sync.identity.reconcile`), at any second of
  the day — the full sync stores the earliest such instant still ahead and a later run
  after it is never skipped (``valid_until``);
* CREATED / LAST-MODIFIED / history / snapshot times — written only when something changed,
  never on a skipped run (a run with such a change is not skipped);
* the run's own clock: ``status.json``'s ``last_success`` (what ``/health`` and monitors
  read), the staff board's and dashboard's ``generated_at`` ("From the sync of …") —
  **refreshed** by a skipped run, byte for byte as the full sync would write them, with the
  release's mtime rule (:func:`public_feed.release.refresh`); the Data Quality tab's
  ``Last sync (UTC)`` — left as last written (its copy in ``dashboard.json``'s
  ``data_quality`` is refreshed with ``generated_at``), as a full sync with no change already leaves
  it (:mod:`sheets_sync.unchanged`); ``sync --json``'s ``synced_at`` — the run's time.

**When a run is skipped.** Its key equals the one the last full sync stored *and* the last
outputs are provably intact: ``current`` still points at the release that sync switched to,
``public``/``private`` point through it, every file in it has the size, mtime and inode it
had (an edited or deleted file breaks the skip), the backend says its generated tabs are as
that sync left them (``outputs_intact``: the report workbook's stat; Google's state-tab
hashes and tabs by tag; Microsoft's report eTag), and ``now`` is before ``valid_until``.
A skipped run logs itself as ``ok`` in the record's ``syncs`` table with the counts of a
run with no change (``unchanged`` = the events the last full sync kept), refreshes the
clock files above, and returns the last full summary with this run's ``synced_at``,
``requests``, counts and ``out_*`` sizes, plus ``"skipped": "nothing changed"``.

**What the stored key describes.** The state *after* the last full sync: its read, the
record as it committed it, and the Review/Snapshots cells as it wrote them (so the second
run with nothing changed is skipped). That relies on a sync being idempotent — a sync over
the state a sync left gives the same outputs — which holds for created, updated, removed
and restored events (the record keeps what the feed shows) and for a month frozen at a
month's first sync. It does not hold for what a run reads in the generated tabs and then
overwrites: after a run that stored a sign-off or a staff decision, or whose Review or
Snapshots cells read otherwise than the ones it wrote (a name typed over a signed month, a
word that is no decision: its Validation warning goes at the next run), nothing is stored,
so the next run is a full one
(tests/e2e/test_steady.py compares skipped runs with full syncs of the same state).
A full sync that made or remade generated tabs (their Google ``sheetId`` is new: the staff
board it built links to the ids it read) stores nothing either: the next run is a full one
that links the new tabs. One that only resized tabs stores its state with the metadata the
structural batch returned, so the next run with nothing changed is skipped.
Anything unexpected (a backend without ``outputs_token``, an unreadable file, a table
without its triggers) means a full sync, never a wrong skip.

Nothing here imports pandas, openpyxl, icalendar or matplotlib: a skipped run never loads
them (the full sync is imported only when needed).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import sys
import sysconfig
import time
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Mapping, Sequence

from . import __version__
from .backends import Backend, SourceError
from .config import Config, config_warnings
from .gcpause import roomier_collector
from .lock import sync_lock
from .model import RawTab, Table
from .progress import stage
from .record import Record, timezone_changed
from .timeutil import json_instant

log = logging.getLogger("safety_events")

#: Tab titles as :mod:`reports.tabs` names them (imported there from here would pull the
#: report builders in); tests/unit/test_steady.py checks they agree.
REVIEW, SNAPSHOTS = "Review Duplicates", "Snapshots"
#: The record's tables whose writes do not count (see the module docstring).
UNCOUNTED = frozenset({"syncs", "digests_sent", "record_writes", "sync_reuse"})
#: Files of the served release whose bytes hold the run's clock, refreshed by a skipped run.
CLOCK_FILES = ("public/status.json", "private/board.json", "private/dashboard.json")
SKIPPED = "nothing changed"
_PACKAGES = ("sheets_sync", "public_feed", "reports")


# -- the read -----------------------------------------------------------------------------
@dataclass
class Reading:
    """One read of the sources (what :func:`sheets_sync.pipeline._sync` would read), and what
    the full sync then reports back for the stored state (``tables`` written, ``reconciled``,
    snapshots ``stored``, decision ``changes``, ``tabs_error``)."""
    tabs: list[RawTab]
    review: list[tuple] | None
    snapshots: list[tuple] | None
    tables: Sequence[Table] = ()
    reconciled: Any = None
    stored: Sequence[dict] = ()
    changes: dict = field(default_factory=dict)
    tabs_error: str | None = None
    done: bool = False

    digest: str | None = None       # of the tabs' rows (:meth:`rows_digest`), once computed

    def rows_digest(self) -> str:
        """SHA-256 (hex) of the intake tabs as read — each tab's fields with its row count,
        then its rows one by one (no copy of the whole tab as text), generated tabs left
        out — computed once, so the rows can be let go (:meth:`drop_rows`)."""
        if self.digest is None:
            from reports.tabs import GENERATED_TABS
            h = hashlib.sha256()
            for tab in self.tabs:
                if tab.title not in GENERATED_TABS:
                    h.update(b"tab\0" + repr([(f.name, getattr(tab, f.name) if f.name != "rows" else len(tab.rows))
                                               for f in fields(tab)]).encode() + b"\0")
                    for row in tab.rows:
                        h.update(repr(row).encode() + b"\n")
            self.digest = h.hexdigest()
        return self.digest

    def drop_rows(self) -> None:
        """Keep each tab's header only, its rows' digest taken first (issue 17: the cells
        are parsed by then, and held through the reports they cost ~0.7 KB a row)."""
        self.rows_digest()
        self.tabs = headers_only(self.tabs)

    def finished(self, *, tables, reconciled, stored, changes, tabs_error) -> None:
        self.tables, self.reconciled, self.stored = tables, reconciled, stored
        self.changes, self.tabs_error, self.done = dict(changes), tabs_error, True


def headers_only(tabs: Sequence[RawTab]) -> list[RawTab]:
    """``tabs`` with their header rows and no data rows (what is asked of a tab after the
    parse: :func:`sheets_sync.board.cell_link` reads headers only)."""
    return [replace(t, rows=()) for t in tabs]


def read(backend: Backend) -> Reading:
    """``backend.read_tabs()`` plus the Review and Snapshots tabs as staff left them.
    Raises :class:`~sheets_sync.backends.SourceError`."""
    tabs = backend.read_tabs()
    return Reading(tabs, backend.read_generated(REVIEW), backend.read_generated(SNAPSHOTS))


def _cell(value: Any) -> str:
    return str(value).strip() if value is not None else ""


def decision_cells(rows: Sequence[Sequence[Any]] | None) -> list:
    """What :func:`sheets_sync.review.read_decisions` reads of a Review tab: the header, and
    ``(row, Decision, Status, Pair Key)`` of every row where one of them is not blank, each
    as that reader normalises it. Pure."""
    if not rows:
        return []
    header = [str(c or "").strip().lower() for c in rows[0]]
    cols = [header.index(h) if h in header else None for h in ("decision", "status")]
    cols.append(next((i for i, h in enumerate(header) if h.startswith("pair key")), None))
    out: list = [header]
    for n, row in enumerate(rows[1:], start=2):
        cells = tuple(_cell(row[i]) if i is not None and i < len(row) else "" for i in cols)
        if any(cells):
            out.append((n, *cells))
    return out


def signoff_cells(rows: Sequence[Sequence[Any]] | None) -> list:
    """What :func:`reports.snapshots.typed_signoffs` reads of a Snapshots tab: ``(row, Month,
    Signed Off By)`` of every row with a name, as that reader normalises them (a tab without
    those columns, or without a name, gives ``[]``: the reader takes nothing from it). Pure."""
    if not rows or "Signed Off By" not in rows[0]:
        return []
    at, by = list(rows[0]).index("Month"), list(rows[0]).index("Signed Off By")
    out: list = []
    for n, row in enumerate(rows[1:], start=2):
        month = str(row[at] or "").strip() if len(row) > at else ""
        name = str(row[by] or "").strip() if len(row) > by else ""
        if name:
            out.append((n, month, name))
    return out


# -- the record's write counter -----------------------------------------------------------
_COUNTER = ("CREATE TABLE IF NOT EXISTS record_writes (id INTEGER PRIMARY KEY CHECK (id = 1), "
            "epoch TEXT NOT NULL, n INTEGER NOT NULL)")
_STATE = ("CREATE TABLE IF NOT EXISTS sync_reuse (id INTEGER PRIMARY KEY CHECK (id = 1), "
          "state TEXT NOT NULL)")


def record_version(db: sqlite3.Connection, strict: bool = True) -> str | None:
    """``"<epoch>:<writes>"`` of the record, making the counting triggers of any table that
    lacks them; with ``strict``, ``None`` when a table had none (its earlier writes were not
    counted). Right after a full sync, ``strict=False``: a table without triggers then is one
    that sync created (the month snapshots of a first sync), its rows that sync's own writes,
    which the outputs show (the sync lock keeps other syncs out meanwhile).
    Raises ``sqlite3.Error``."""
    db.execute(_COUNTER)
    db.execute("INSERT OR IGNORE INTO record_writes VALUES (1, lower(hex(randomblob(8))), 0)")
    have = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    tables = [n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    complete = True
    for table in (t for t in tables if t not in UNCOUNTED):
        for op in ("INSERT", "UPDATE", "DELETE"):
            name = f"record_writes_{table}_{op.lower()}"
            if name not in have:
                complete = False
                db.execute(f'CREATE TRIGGER IF NOT EXISTS "{name}" AFTER {op} ON "{table}" '
                           "BEGIN UPDATE record_writes SET n = n + 1 WHERE id = 1; END")
    epoch, n = db.execute("SELECT epoch, n FROM record_writes WHERE id = 1").fetchone()
    return f"{epoch}:{n}" if complete or not strict else None


def load_state(db: sqlite3.Connection) -> dict | None:
    db.execute(_STATE)
    row = db.execute("SELECT state FROM sync_reuse WHERE id = 1").fetchone()
    try:
        return json.loads(row[0]) if row else None
    except ValueError:
        return None


def save_state(db: sqlite3.Connection, state: dict | None) -> None:
    db.execute(_STATE)
    if state is None:
        db.execute("DELETE FROM sync_reuse")
    else:
        db.execute("INSERT OR REPLACE INTO sync_reuse VALUES (1, ?)", (json.dumps(state, sort_keys=True),))


# -- the code -----------------------------------------------------------------------------
def code_hash(cached: dict | None = None) -> tuple[str, dict]:
    """``(hash, cache)``: SHA-256 of every file of the three packages (paths and bytes), the
    package version, the Python version and the installed distributions. ``cached`` (the
    previous ``cache``) is reused while every file has the same size and mtime."""
    root = Path(__file__).resolve().parents[1]
    stats = hashlib.sha256()
    files = []
    for package in _PACKAGES:
        for folder, dirs, names in os.walk(root / package):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                if name.endswith((".pyc", ".pyo")):
                    continue
                path = Path(folder) / name
                st = path.stat()
                rel = path.relative_to(root).as_posix()
                files.append((rel, path))
                stats.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    dists = []
    for where in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}:
        try:
            dists += [n for n in os.listdir(where) if n.endswith(".dist-info")]
        except OSError:
            pass
    stats.update(repr((__version__, sys.version, sorted(dists))).encode())
    seen = stats.hexdigest()
    if cached and cached.get("stats") == seen and isinstance(cached.get("hash"), str):
        return cached["hash"], cached
    content = hashlib.sha256(repr((__version__, sys.version, sorted(dists))).encode())
    for rel, path in files:
        content.update(rel.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return content.hexdigest(), {"stats": seen, "hash": content.hexdigest()}


# -- the key ------------------------------------------------------------------------------
def sync_key(config: Config, backend: Backend, reading: Reading, review: list, signoffs: list,
             version: str, code: str, today: str, allow_removals: bool) -> str:
    """The SHA-256 (hex) of everything listed in the module docstring. ``review`` and
    ``signoffs``: :func:`decision_cells` / :func:`signoff_cells` of the tabs (as read, or
    as the last full sync wrote them). Raises ``OSError`` for an unreadable calendar file."""
    h = hashlib.sha256()

    def part(label: str, value: Any) -> None:
        h.update(label.encode() + b"\0" + repr(value).encode() + b"\0")

    part("tabs", reading.rows_digest())
    for cal in config.source.calendars:
        part("calendar", hashlib.sha256(config.path(cal.file).read_bytes()).hexdigest())
    part("review", review)
    part("signoffs", signoffs)
    part("sheet ids", sorted(getattr(backend, "sheet_ids", dict)().items()))
    part("record", version)
    part("config", config.model_dump_json())
    part("paths", [str(p) for p in (config.base_dir, config.out_dir, config.record_path, config.report_path)])
    part("backend", backend.name)
    part("code", code)
    part("today", today)
    part("allow_removals", bool(allow_removals))
    return h.hexdigest()


# -- the published release ----------------------------------------------------------------
def release_manifest(out_dir: Path) -> tuple[str, str] | None:
    """``(release name, SHA-256 of every file's path, size, mtime and inode)`` of the served
    release — of the :data:`CLOCK_FILES` only whether they are there (a skipped run rewrites
    them; :func:`clock_digest` covers their bytes) — ``None`` when there is none or
    ``public``/``private`` do not point through ``current``."""
    from public_feed.release import CURRENT, SERVED, current_release
    served = current_release(out_dir)
    if served is None:
        return None
    for top in SERVED:
        link = out_dir / top
        if not link.is_symlink() or Path(os.readlink(link)) != Path(CURRENT) / top:
            return None
    h = hashlib.sha256()

    def walk(folder: str, prefix: str) -> None:
        with os.scandir(folder) as found:
            entries = sorted(found, key=lambda e: e.name)
        for entry in entries:
            rel = prefix + entry.name
            if entry.is_dir(follow_symlinks=False):
                walk(entry.path, rel + "/")
            elif rel in CLOCK_FILES:
                h.update(f"{rel}\0clock\0".encode())
            else:
                st = entry.stat(follow_symlinks=False)
                h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}\0".encode())

    walk(str(served), "")
    return served.name, h.hexdigest()


def clock_digest(served: Path) -> dict[str, str]:
    """SHA-256 of each :data:`CLOCK_FILES` file in ``served`` (``""`` when missing)."""
    out = {}
    for rel in CLOCK_FILES:
        try:
            out[rel] = hashlib.sha256((served / rel).read_bytes()).hexdigest()
        except OSError:
            out[rel] = ""
    return out


def _dump(value: Any) -> bytes:
    """As :func:`public_feed.publish.status_json`, :func:`sheets_sync.board.board_json` and
    :func:`reports.cycle.dashboard_json` serialise (tests/unit/test_steady.py compares)."""
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _restamp(data: bytes, key: str, indent: int, stamp: str) -> tuple[bytes, str] | None:
    """``data`` (JSON as :func:`_dump` writes it) with the one string value of ``key`` at
    nesting ``indent`` replaced by ``stamp``, and the value it had; ``None`` unless there is
    exactly one. The same bytes as dumping the changed value again: an instant's text has
    nothing to escape and the keys keep their order."""
    pattern = re.compile(rb"\n" + b" " * indent + re.escape(json.dumps(key).encode())
                         + rb': "([0-9TZ:.+-]*)"(,?)\n')
    found = pattern.findall(data)
    if len(found) != 1:
        return None
    new = pattern.sub(lambda m: b"\n" + b" " * indent + json.dumps(key).encode() + b': "'
                      + stamp.encode() + b'"' + m.group(2) + b"\n", data)
    return new, found[0][0].decode()


def clock_files(served: Path, now: datetime, counts: dict, held: dict | None = None) -> dict[str, bytes] | None:
    """The :data:`CLOCK_FILES` as a full sync at ``now`` with ``counts`` (and ``held``,
    :func:`held_status`) would write them, from the served copies (which the caller checked
    are the ones the last run wrote); ``None`` when one does not have its clock where a full
    sync puts it."""
    stamp = json_instant(now)
    status = {"last_success": stamp, "counts": counts}
    if held:
        status["held"] = held
    out = {"public/status.json": _dump(status)}
    for rel in CLOCK_FILES[1:]:
        path = served / rel
        if not path.exists():
            continue
        try:
            data = path.read_bytes()
        except OSError:
            return None
        done = _restamp(data, "generated_at", 1, stamp)
        if done is None:
            return None
        data, old = done
        if b'\n "data_quality": {' in data:            # the dashboard's copy of Data Quality
            quality = _restamp(data, "Last sync (UTC)", 2, stamp)
            if quality is None or quality[1] != old:
                return None
            data = quality[0]
        out[rel] = data
    return out


# -- the run ------------------------------------------------------------------------------
def _no_change_counts(counts: dict) -> dict:
    """The counts a run with no change reports after a run that counted ``counts``: every
    event it kept is unchanged (removed ones are gone)."""
    kept = sum(counts.get(k, 0) for k in ("created", "updated", "unchanged", "restored"))
    return {"created": 0, "updated": 0, "unchanged": kept, "removed": 0, "restored": 0}


def valid_until(entries, grace: timedelta, now: datetime) -> str | None:
    """The earliest instant after ``now`` at which a removed or cancelled event of
    ``entries`` leaves the feeds (``now - gone_since > grace``), as UTC ISO 8601; ``None``
    when none will."""
    ahead = [since + grace for since in (e.gone_since() for e in entries)
             if since is not None and now - since <= grace]
    return min(ahead).astimezone(timezone.utc).isoformat() if ahead else None


def _skip(config: Config, backend: Backend, record: Record, state: dict, now: datetime) -> dict | None:
    """The summary of a skipped run after checking the last outputs (module docstring), or
    ``None`` when they are not provably intact (the caller runs the full sync)."""
    if state.get("valid_until") and now > datetime.fromisoformat(state["valid_until"]):
        return None
    intact = getattr(backend, "outputs_intact", None)
    if intact is None or not intact(state.get("tabs")):
        return None
    if release_manifest(config.out_dir) != tuple(state.get("release") or ()):
        return None
    from public_feed import release
    served = release.current_release(config.out_dir)
    if clock_digest(served) != state.get("clock"):
        return None
    files = clock_files(served, now, state["counts"], held_status(state["summary"].get("held_tabs") or (), config,
                                                                  state["summary"].get("held_from") or {}))
    if files is None:
        return None
    release.refresh(config.out_dir, files, now=now.timestamp())
    save_state(record.db, {**state, "clock": clock_digest(served)})
    from .disk import folder_size
    requests = {"read": backend.requests.get("read", 0), "write": backend.requests.get("write", 0)}
    return {**state["summary"], **state["counts"], "merged": 0, "snapshot": None, "tabs_error": None,
            "requests": requests, "synced_at": json_instant(now), **folder_size(config.out_dir), "skipped": SKIPPED}


def _after_full(config: Config, backend: Backend, record: Record, reading: Reading, summary: dict,
                parts: dict, now: datetime) -> dict | None:
    """The state to store after a full sync (module docstring), ``None`` when the next run
    must be a full one too."""
    token = getattr(backend, "outputs_token", None)
    if (not reading.done or reading.tabs_error or reading.changes
            or any(stored.get("signed_by") for stored in reading.stored)
            or token is None or summary.get("tabs_error")):
        return None
    version = record_version(record.db, strict=False)
    manifest = release_manifest(config.out_dir)
    tables = {t.title: t for t in reading.tables}
    tabs = token(reading.tables)
    if version is None or manifest is None or tabs is None:
        return None
    if getattr(backend, "sheet_ids", dict)() != parts["sheet ids"]:
        return None     # tabs made or remade: the staff board links to them by id, rebuilt next run
    written_review = tables[REVIEW].rows if REVIEW in tables else reading.review
    written_signoffs = tables[SNAPSHOTS].rows if SNAPSHOTS in tables else reading.snapshots
    from .review import read_decisions
    typed = signoff_cells(reading.snapshots)
    if (read_decisions(reading.review) != read_decisions(written_review)
            or typed != signoff_cells(written_signoffs) or (typed and reading.stored)):
        return None     # this run read cells it then overwrote (a name over a signed month, a
        #                 word that is no decision): the next run reads others, and says so
    review = decision_cells(written_review)
    signoffs = signoff_cells(written_signoffs)
    key = sync_key(config, backend, reading, review, signoffs, version, parts["code"], parts["today"],
                   parts["allow_removals"])
    r = reading.reconciled
    kept = {k: v for k, v in summary.items()
            if k not in ("created", "updated", "unchanged", "removed", "merged", "restored", "snapshot",
                         "tabs_error", "requests", "synced_at", "out_bytes", "out_files",
                         "config_warnings", "skipped")}
    from public_feed.release import current_release
    return {"key": key, "release": list(manifest), "clock": clock_digest(current_release(config.out_dir)),
            "tabs": tabs, "counts": _no_change_counts(r.counts),
            "valid_until": valid_until(r.entries, timedelta(days=config.feed.removed_grace_days), now),
            "summary": kept, "code": parts["code_cache"]}


def clean_leftovers(config: Config) -> list[str]:
    """Delete temporary files a killed run left behind: ``.<report>.*.tmp`` next to the report
    workbook and ``.<link>.*.tmp`` in ``output.dir`` (staged release directories are cleaned
    by :func:`public_feed.release.stage`). Call only while holding the sync lock. Returns the
    names removed."""
    removed = []
    report = config.report_path
    patterns = [(report.parent, f".{report.name}.*.tmp"), (config.out_dir, ".*.*.tmp")]
    for folder, pattern in patterns:
        if not folder.is_dir():
            continue
        for leftover in folder.glob(pattern):
            if leftover.is_file() or leftover.is_symlink():
                leftover.unlink(missing_ok=True)
                removed.append(leftover.name)
    return sorted(set(removed))


def make_backend(config: Config) -> Backend:
    """:func:`sheets_sync.pipeline.make_backend`, without importing the full sync for a
    local workbook."""
    if config.source.kind == "workbook":
        from .backends.workbook import WorkbookBackend
        return WorkbookBackend.from_config(config)
    from .pipeline import make_backend as configured
    return configured(config)


@roomier_collector()        # issue 17: see sheets_sync.gcpause
def run_sync(config: Config, *, backend: Backend | None = None, now: datetime | None = None,
             snapshot_month: str | None = None, allow_removals: bool = False,
             sign: str | None = None, reuse: bool = True, allow_timezone_change: bool = False) -> dict:
    """:func:`sheets_sync.pipeline.run_sync` (same arguments, errors and summary), skipping
    parse → publish when nothing changed (module docstring). ``reuse=False`` always runs the
    full sync (and still stores the state for the next run). Raises :class:`TimezoneChanged`
    when config.yaml's ``timezone`` is not the last successful sync's, unless
    ``allow_timezone_change``."""
    backend = backend or make_backend(config)
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    warnings = config_warnings(config)
    for warning in warnings:            # every run, so a forgotten setting is never silent
        log.warning("%s", warning)
    with sync_lock(config.out_dir), Record(config.record_path) as record:
        clean_leftovers(config)
        sync_id = record.start_sync(now)
        try:
            if not allow_timezone_change and (said := timezone_changed(record.last_timezone(), config.timezone)):
                raise TimezoneChanged(said)
            summary = _run(config, backend, record, sync_id, now, snapshot_month, allow_removals, sign, reuse)
        except BaseException as exc:
            try:
                record.finish_sync(sync_id, datetime.now(timezone.utc), "failed",
                                   requests=dict(backend.requests), error=f"{type(exc).__name__}: {exc}")
            except sqlite3.Error:
                pass            # the record itself is failing: the original error says more
            raise
        summary["config_warnings"] = warnings
        record.finish_sync(sync_id, datetime.now(timezone.utc), "ok",
                           counts={k: summary[k] for k in ("created", "updated", "unchanged", "removed",
                                                           "restored")}, timezone=config.timezone,
                           requests=dict(backend.requests), error=summary.get("tabs_error") or held_note(summary, _never_published(record, summary)))
        return summary


class TimezoneChanged(SourceError):
    """config.yaml's ``timezone`` is not the one the last successful sync used: every time typed
    in the sheet would move for subscribers; nothing was read or written."""


def _never_published(record: Record, summary: dict) -> bool:
    """No event the record holds ever came from a source this run held — and no record tab
    is missing from this read (a held tab may be a renamed one, its events under the old
    title): the hold keeps nothing published. Reads the record only when a source is held."""
    held = set(summary.get("held_tabs") or ())
    if not held:
        return False
    known = record.tab_titles()
    seen = held | set(summary.get("tabs") or ()) | set(summary.get("skipped_tabs") or ())
    return not (known & held) and known <= seen


def held_note(summary: dict, never_published: bool = False) -> str | None:
    """What a successful run left undone that monitoring should see (``doctor`` shows it):
    the sources it held (``held_tabs``: not read, their events kept as published — or, when
    ``never_published`` (a hold since the first sync), none published yet), or ``None``."""
    held = summary.get("held_tabs") or []
    if not held:
        return None
    names = ", ".join(repr(t) for t in held)
    fate = ("held since their first sync, so none of their events has been published: nothing from them "
            "is published" if never_published else "their events stay as published")
    return (f"{len(held)} source{'s' if len(held) > 1 else ''} held ({names}): not read, {fate} until fixed; "
            "the Validation tab's row 1 of each says what to do")


def held_status(held_tabs, config: Config, held_from: Mapping[str, str] | None = None) -> dict | None:
    """What ``status.json`` (public, read by ``/healthz``) says of the sources a run held
    (``held_tabs``, titles): ``{"sources": how many, "departments": [their departments' names,
    sorted]}``, or ``None`` when none was held. Only names the site already shows: a tab's
    department through the config's names and aliases, a calendar file's configured
    department; never a tab title or a file name (a source naming no department is counted,
    not named; a tab renamed to a title naming no department, ``held_from`` → the title it had,
    by that old title's department). Pure."""
    from .backends.ics_source import calendar_tab_title
    if not held_tabs:
        return None
    lookup = config.department_lookup()
    calendars = {calendar_tab_title(c.file): lookup.get(c.department.strip().lower())
                 for c in config.source.calendars}
    held_from = held_from or {}
    departments = {calendars.get(t) or lookup.get(t.strip().lower()) or lookup.get(held_from.get(t, "").strip().lower())
                   for t in held_tabs}
    return {"sources": len(held_tabs), "departments": sorted(d for d in departments if d)}


def _run(config: Config, backend: Backend, record: Record, sync_id: int, now: datetime,
         snapshot_month: str | None, allow_removals: bool, sign: str | None, reuse: bool) -> dict:
    with stage("read", lambda: f"{len(reading.tabs)} tabs, {dict(backend.requests) or 'local'}"):
        reading = read(backend)
    started = time.perf_counter()
    state = load_state(record.db)
    stored_code = (state or {}).get("code")
    code, code_cache = code_hash(stored_code)
    parts = {"code": code, "code_cache": code_cache, "allow_removals": allow_removals,
             "today": now.astimezone(config.tz).date().isoformat(),
             "sheet ids": getattr(backend, "sheet_ids", dict)()}     # as the outputs link them
    version = record_version(record.db)
    if (reuse and state and version is not None and sign is None and snapshot_month is None
            and getattr(backend, "outputs_intact", None) is not None):
        try:
            key = sync_key(config, backend, reading, decision_cells(reading.review),
                           signoff_cells(reading.snapshots), version, code, parts["today"], allow_removals)
        except OSError:
            key = None
        if key == state.get("key"):
            try:
                summary = _skip(config, backend, record, state, now)
            except (OSError, ValueError, KeyError, TypeError, sqlite3.Error) as exc:   # never a wrong skip
                log.warning("the last sync's outputs could not be checked (%s); syncing in full", exc)
                summary = None
            if summary is not None:
                log.info("stage %-11s %6.2f s (%s: the last sync's outputs stand)", "reuse:",
                         time.perf_counter() - started, SKIPPED)
                return summary
    save_state(record.db, None)         # the outputs are about to change
    from .pipeline import _sync
    summary = _sync(config, backend, record, sync_id, now, snapshot_month, allow_removals, sign,
                    reading=reading)
    try:
        save_state(record.db, _after_full(config, backend, record, reading, summary, parts, now))
    except (OSError, sqlite3.Error, KeyError) as exc:   # only the next run's shortcut is lost
        log.warning("the next sync cannot reuse this one's outputs: %s", exc)
    return summary
