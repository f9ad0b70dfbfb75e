"""The combined record: a SQLite file (stdlib ``sqlite3``, WAL mode) — the system of record.

Tables: ``events`` (one row per combined event ever seen, removed ones included: UID,
SEQUENCE, CREATED, LAST-MODIFIED, title, start, status, when it was removed or cancelled,
departments, source rows, and the snapshot of its published fields — with, for an event the
public files show otherwise, its public view's fields, SEQUENCE and LAST-MODIFIED), ``history`` (what
changed, when, from which sync), ``syncs`` (start, end, outcome, counts, API requests, error
message) and ``decisions`` (staff review decisions on candidate pairs).

Times are UTC ISO 8601 text. WAL lets the web app read while a sync writes. A sync's changes
are written in one transaction (:meth:`Record.saving`), so a failed sync leaves the record as
it was. Older files are upgraded in place when opened (missing columns are added).
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from .identity import RecordEntry
from .jsonbytes import text as json_text
from .timeutil import same_zone

SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
  uid TEXT PRIMARY KEY, sequence INTEGER NOT NULL, created TEXT NOT NULL,
  last_modified TEXT NOT NULL, status TEXT NOT NULL, removed_at TEXT,
  departments TEXT NOT NULL, sources TEXT NOT NULL, hash TEXT NOT NULL,
  keys TEXT NOT NULL, contents TEXT NOT NULL, tabs TEXT NOT NULL, snapshot TEXT NOT NULL,
  cancelled_at TEXT, title TEXT NOT NULL DEFAULT '', start TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS history (
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL, sync_id INTEGER, at TEXT NOT NULL,
  change TEXT NOT NULL, fields TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS history_uid ON history(uid);
CREATE TABLE IF NOT EXISTS syncs (
  id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, outcome TEXT NOT NULL,
  counts TEXT, requests TEXT, error TEXT);
CREATE TABLE IF NOT EXISTS decisions (
  pair_key TEXT PRIMARY KEY, decision TEXT NOT NULL, decided_at TEXT NOT NULL, detail TEXT);
"""
#: Columns added after the first release: (table, column, declaration) for in-place upgrades.
ADDED_COLUMNS = (("events", "cancelled_at", "TEXT"),
                 ("events", "title", "TEXT NOT NULL DEFAULT ''"),
                 ("events", "start", "TEXT NOT NULL DEFAULT ''"),
                 ("syncs", "timezone", "TEXT"))       # config.yaml's timezone at a sync that succeeded
EVENT_COLUMNS = ("uid", "sequence", "created", "last_modified", "status", "removed_at", "departments",
                 "sources", "hash", "keys", "contents", "tabs", "snapshot", "cancelled_at", "title",
                 "start")

#: The record connection's ``PRAGMA temp_store`` (issue 17, p17u). Every write to a counted
#: table fires :mod:`sheets_sync.steady`'s counting trigger, so each INSERT of a sync's
#: ``executemany`` is a statement that may have to undo part of itself and SQLite keeps a
#: *statement journal* for it (https://sqlite.org/tempfiles.html, "Statement Journal
#: Files"). With the default file storage the journal spills past 64 KiB into an unnamed
#: ``etilqs_*`` file in ``TMPDIR`` and then stays a file for the whole transaction: a 100,000-row
#: first sync wrote it 733,000 times (1.5 GB of ``pwrite64``, most of the record's wall time).
#: ``MEMORY`` keeps statement journals (and any transient index or sort of this connection)
#: in memory (pager.c: a transaction begun with ``temp_store=MEMORY`` opens its
#: sub-journals in memory). A statement journal only rolls back one failed statement inside
#: a transaction and is never read for crash recovery (tempfiles.html), so durability is
#: unchanged: the WAL and ``synchronous=FULL`` still make a commit survive a power cut and a
#: failed sync roll back. Its size is the pages one statement touches (a few pages here).
TEMP_STORE = "MEMORY"


#: ``json.dumps(v, ensure_ascii=False, default=str)`` with its encoder made once
#: (``json.dumps`` builds a new ``JSONEncoder`` per call when given any option; issue 17).
_history_json = json.JSONEncoder(ensure_ascii=False, default=str).encode


def _ts(value: datetime | None) -> str | None:
    return value.astimezone(timezone.utc).isoformat() if value else None


def _event_row(e: RecordEntry) -> tuple:
    """The ``events`` row of ``e`` (:data:`EVENT_COLUMNS` order). Its JSON columns hold the
    text they always held, character for character: ``json.dumps`` of ``departments``,
    ``sources``, ``keys`` and ``tabs``, ``ensure_ascii=False`` for ``contents`` and, with keys
    sorted, the ``snapshot`` — written by msgspec (:func:`sheets_sync.jsonbytes.text`; issue 17,
    p17ab: the rows of 76,535 events at 100,000 rows, 1.2–1.3 s of CPU → 0.7 s). So a
    record written before reads the same and an unchanged event still compares equal to its
    stored row (:meth:`Record._replace_events`). Their only floats are merge-evidence scores
    (:func:`sheets_sync.identity.snapshot_of`; row numbers and attendance are ints), finite
    numbers that read back equal (same text for 1e-4 ≤ score < 1e16)."""
    snapshot = e.snapshot
    return (e.uid, e.sequence, _ts(e.created), _ts(e.last_modified), snapshot.get("status", ""),
            _ts(e.removed_at), json_text(snapshot.get("departments", [])), json_text(snapshot.get("sources", [])),
            e.hash, json_text(e.keys), json_text(e.contents, ensure_ascii=False), json_text(e.tabs),
            json_text(snapshot, sort_keys=True, ensure_ascii=False), _ts(e.cancelled_at),
            snapshot.get("title", ""), snapshot.get("start", ""))


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def open_read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """The record at ``path`` opened for reading, writing nothing beside it (``check``, ``doctor``).

    A read-only connection to a WAL-mode file creates ``-wal`` and ``-shm`` next to it and,
    unable to checkpoint, leaves them there (and it cannot open at all where the folder is not
    writable). With no ``-wal`` file no sync has the record open (a sync's close checkpoints
    and removes it), so the file is opened ``immutable``: no lock, no side file. While a sync
    has it open, an ordinary read-only connection reads what that sync last committed."""
    busy = path.with_name(path.name + "-wal").exists()
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{'' if busy else '&immutable=1'}", uri=True,
                           timeout=timeout)


def stored_decisions(path: Path | str) -> dict[str, str]:
    """The review decisions in the record at ``path``, opened read-only (``{}`` when there is
    no record yet) — for ``safety-events check``, which writes nothing."""
    path = Path(path)
    if not path.exists():
        return {}
    db = open_read_only(path)
    try:
        return dict(db.execute("SELECT pair_key, decision FROM decisions").fetchall())
    except sqlite3.OperationalError:      # a record from before decisions were kept
        return {}
    finally:
        db.close()


def stored_timezone(path: Path | str) -> str | None:
    """:meth:`Record.last_timezone` of the record at ``path``, opened read-only (``None`` when
    there is no record yet, or no sync kept one) — for ``safety-events check``."""
    path = Path(path)
    if not path.exists():
        return None
    db = open_read_only(path)
    try:
        return _last_timezone(db)
    except sqlite3.OperationalError:      # a record from before the column
        return None
    finally:
        db.close()


def _last_timezone(db: sqlite3.Connection) -> str | None:
    row = db.execute("SELECT timezone FROM syncs WHERE outcome='ok' ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else None


def timezone_changed(before: str | None, now: str) -> str | None:
    """What a sync refuses, and ``check`` warns, when config.yaml's ``timezone`` (``now``) is not
    the last successful sync's (``before``: a new city's check: changing it had moved every
    published event by the zones' difference, reported only as "436 updated"); ``None`` when it
    is, or no sync kept one — or names the same zone another way (:func:`~.timeutil.same_zone`:
    "US/Central" for "America/Chicago", a fresh city's check)."""
    if before is None or same_zone(before, now):
        return None
    return (f"timezone in config.yaml is {now} but the last sync used {before}: every time typed in the "
            "sheet would move by the difference for everyone subscribed, so a sync publishes nothing. If "
            f"{before} is right, set timezone back; if the city's time zone was wrong, run "
            "`safety-events sync --allow-timezone-change` once")


def stored_entries(path: Path | str) -> list[RecordEntry]:
    """The event entries of the record at ``path``, opened read-only (``[]`` when there is no
    record yet) — for ``safety-events check``, which holds the same tabs as a sync would
    (a tab that lost its Start Time column) without writing anything."""
    path = Path(path)
    if not path.exists():
        return []
    db = open_read_only(path)
    try:
        return _entries(db)
    except sqlite3.OperationalError:      # an empty or foreign file: nothing known yet
        return []
    finally:
        db.close()


def _entries(db: sqlite3.Connection) -> list[RecordEntry]:
    rows = db.execute(
        "SELECT uid, sequence, created, last_modified, hash, keys, contents, tabs, snapshot, "
        "removed_at, cancelled_at FROM events ORDER BY uid").fetchall()
    return [RecordEntry(uid, seq, _dt(created), _dt(modified), h, tuple(json.loads(keys)),
                        tuple(json.loads(contents)), tuple(json.loads(tabs)), json.loads(snap),
                        _dt(removed), _dt(cancelled)) for uid, seq, created, modified, h, keys,
            contents, tabs, snap, removed, cancelled in rows]


class Record:
    """The combined record at ``path``. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")     # a commit survives a power cut: the feed follows it
        self.db.execute(f"PRAGMA temp_store={TEMP_STORE}")
        self.db.executescript(SCHEMA)
        for table, column, declaration in ADDED_COLUMNS:
            have = {row[1] for row in self.db.execute(f"PRAGMA table_info({table})")}
            if column not in have:
                self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")

    def __enter__(self) -> "Record":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # -- events ---------------------------------------------------------------------------
    def entries(self) -> list[RecordEntry]:
        return _entries(self.db)

    def start_sync(self, started: datetime) -> int:
        """Log a sync run as ``running``; runs still ``running`` from before (a process that
        was killed; the caller holds the sync lock) are marked ``interrupted``."""
        self.db.execute("UPDATE syncs SET outcome='interrupted' WHERE outcome='running'")
        cur = self.db.execute("INSERT INTO syncs (started, outcome) VALUES (?, 'running')",
                              (_ts(started),))
        return int(cur.lastrowid)

    def finish_sync(self, sync_id: int, finished: datetime, outcome: str, counts: dict | None = None,
                    requests: dict | None = None, error: str | None = None, timezone: str | None = None) -> None:
        """Ends sync ``sync_id``; ``timezone``: config.yaml's, kept for :meth:`last_timezone`."""
        self.db.execute("UPDATE syncs SET finished=?, outcome=?, counts=?, requests=?, error=?, timezone=? "
                        "WHERE id=?",
                        (_ts(finished), outcome, json.dumps(counts or {}), json.dumps(requests or {}),
                         error, timezone, sync_id))

    @contextmanager
    def saving(self, sync_id: int, entries: Iterable[RecordEntry],
               history: Iterable[tuple[str, str, dict]], at: datetime) -> Iterator[None]:
        """Replace the events with ``entries`` and append ``history`` in one transaction that
        commits when the ``with`` block ends without an exception and rolls back otherwise.

        The pipeline writes the tabs inside the block, so the record moves on only once the
        tabs are written; the rows made of ``entries`` and ``history`` are not held through the
        block (issue 17: about 1.5 KB an event). Raises ``sqlite3.Error``.
        """
        rows = [_event_row(e) for e in entries]
        when = _ts(at)
        self.db.execute("BEGIN IMMEDIATE")
        try:
            with self._counted_once(("events", "history")):
                self._replace_events(rows)
                del rows            # issue 17 (p17q): in SQLite now, not held while the tabs are written
                self.db.executemany(
                    "INSERT INTO history (uid, sync_id, at, change, fields) VALUES (?,?,?,?,?)",
                    [(uid, sync_id, when, change, _history_json(fields)) for uid, change, fields in history])
            yield
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    @contextmanager
    def _counted_once(self, tables: tuple[str, ...]) -> Iterator[None]:
        """Bulk writes to ``tables`` counted as *one* write by the record's write counter
        (:func:`sheets_sync.steady.record_version`). Its triggers on ``tables`` (SQLite has
        only ``FOR EACH ROW`` triggers, https://sqlite.org/lang_createtrigger.html) are dropped
        for the block, the counter bumped once if any row changed, and the triggers made again
        from their stored SQL, so a write by any other process still counts. Call inside a
        transaction: an exception rolls the drop back with the rest (SQLite's DDL is
        transactional). Issue 17: at 100,000 rows the triggers ran about 153,000 ``UPDATE``s
        per first sync (its write-tabs stage about 0.6 s of CPU less, docs/performance.md).
        Raises ``sqlite3.Error``."""
        marks = ",".join("?" * len(tables))
        triggers = self.db.execute(f"SELECT name, sql FROM sqlite_master WHERE type='trigger' "
                                   f"AND tbl_name IN ({marks}) AND name LIKE 'record_writes_%'",
                                   tables).fetchall()
        for name, _ in triggers:
            self.db.execute(f'DROP TRIGGER "{name}"')
        before = self.db.total_changes
        yield
        if triggers and self.db.total_changes != before:
            self.db.execute("UPDATE record_writes SET n = n + 1 WHERE id = 1")
        for _, sql in triggers:
            self.db.execute(sql)

    def _replace_events(self, rows: list[tuple]) -> None:
        """Make the ``events`` table hold exactly ``rows`` (tuples in :data:`EVENT_COLUMNS`
        order), writing only the difference: rows whose UID is gone and changed rows are
        deleted, new and changed rows inserted (a UID twice in ``rows`` raises
        ``sqlite3.IntegrityError`` as a plain insert would); an unchanged row is not touched
        (issue 17: a no-change sync rewrites no event). Call inside a transaction."""
        fresh = {row[0]: row for row in rows}
        unchanged: set[str] = set()
        gone: list[tuple[str]] = []
        if len(fresh) < len(rows):       # a UID twice: every row is inserted, so the insert fails
            self.db.execute("DELETE FROM events")
        else:                            # streamed: the old rows are compared, not kept
            for row in self.db.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events"):
                if fresh.get(row[0]) == row:
                    unchanged.add(row[0])
                else:
                    gone.append((row[0],))
        self.db.executemany("DELETE FROM events WHERE uid=?", gone)
        self.db.executemany(
            f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join('?' * len(EVENT_COLUMNS))})",
            [row for row in rows if row[0] not in unchanged])

    def save(self, sync_id: int, entries: Iterable[RecordEntry],
             history: Iterable[tuple[str, str, dict]], at: datetime) -> None:
        """:meth:`saving` with nothing else inside the transaction."""
        with self.saving(sync_id, entries, history, at):
            pass

    def history(self, uid: str) -> list[dict]:
        rows = self.db.execute("SELECT sync_id, at, change, fields FROM history WHERE uid=? ORDER BY id",
                               (uid,)).fetchall()
        return [{"sync": s, "at": at, "change": c, "fields": json.loads(f)} for s, at, c, f in rows]

    def previous_starts(self) -> dict[str, str]:
        """``{uid: start (ISO 8601) before the event's latest move}`` from the history, for
        every event whose start was ever changed (schema.org ``previousStartDate``)."""
        rows = self.db.execute("SELECT uid, fields FROM history WHERE fields LIKE '%\"start\"%' ORDER BY id")
        out: dict[str, str] = {}
        for uid, fields in rows:
            change = json.loads(fields).get("start")
            if isinstance(change, list) and len(change) == 2 and change[0] and change[0] != change[1]:
                out[uid] = change[0]
        return out

    def syncs(self, limit: int = 20) -> list[dict]:
        rows = self.db.execute("SELECT id, started, finished, outcome, counts, requests, error FROM syncs "
                               "ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [{"id": i, "started": s, "finished": f, "outcome": o, "counts": json.loads(c or "{}"),
                 "requests": json.loads(r or "{}"), "error": e} for i, s, f, o, c, r, e in rows]

    def last_attempt(self) -> dict | None:
        """The most recent finished run: ``{"id", "started", "finished", "outcome", "error"}``."""
        row = self.db.execute("SELECT id, started, finished, outcome, error FROM syncs "
                              "WHERE outcome != 'running' ORDER BY id DESC LIMIT 1").fetchone()
        return dict(zip(("id", "started", "finished", "outcome", "error"), row)) if row else None

    def tab_titles(self) -> set[str]:
        """Every tab title an event in the record (live or removed) has rows from."""
        return {t for (tabs,) in self.db.execute("SELECT DISTINCT tabs FROM events") for t in json.loads(tabs)}

    def last_timezone(self) -> str | None:
        """The ``timezone`` of config.yaml at the last sync that succeeded; ``None`` before any
        (or when that sync was run by a version that did not keep it)."""
        return _last_timezone(self.db)

    def last_success(self) -> datetime | None:
        row = self.db.execute("SELECT MAX(finished) FROM syncs WHERE outcome='ok'").fetchone()
        return _dt(row[0]) if row and row[0] else None

    # -- review decisions -----------------------------------------------------------------
    def decisions(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT pair_key, decision FROM decisions").fetchall())

    def save_decisions(self, decisions: dict[str, tuple[str, str]], at: datetime) -> None:
        """``{pair_key: (decision, detail)}`` → stored (a later decision replaces an earlier one)."""
        self.db.executemany(
            "INSERT INTO decisions VALUES (?,?,?,?) ON CONFLICT(pair_key) DO UPDATE SET "
            "decision=excluded.decision, decided_at=excluded.decided_at, detail=excluded.detail",
            [(k, d, _ts(at), detail) for k, (d, detail) in decisions.items()])

    def delete_decisions(self, keys: Iterable[str]) -> None:
        """Forget withdrawn decisions (the Decision cell was cleared in the Review tab)."""
        self.db.executemany("DELETE FROM decisions WHERE pair_key=?", [(k,) for k in keys])
