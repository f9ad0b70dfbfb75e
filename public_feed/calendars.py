"""Each event's own calendar ("add this event") in one SQLite table, not one file per event
(issue 17, p17p).

A sync used to write ``public/events/<uid>.ics`` for every event in the feed window: 76,535
files at 100,000 rows, each a file to create (0.02–1 ms of kernel time) and a disk block to
fill. The same bytes now go into one table of :data:`CALENDARS_FILE`, written with the release
and never served by a web server (it is under ``private/``); ``GET /events/<uid>.ics``
(:func:`public_feed.feeds.event_calendar`) answers from it, and nginx passes that address to
the app because no file has that name (``try_files $uri @app``).

Why a file of its own rather than a table of ``private/site-index.sqlite``: the site index is
rebuilt on a thread from ``events.json`` only when that changes (its ``source`` hash), while a
calendar's bytes also follow the feed heads and VEVENTs; and its own file is hard-linked from
the served release when no calendar changed (:meth:`public_feed.release.Staging.write_file`),
so a no-change resync rewrites nothing.

Table ``calendars``: ``uid`` (TEXT, unique), ``etag`` (TEXT: :func:`calendar_etag` of the
bytes), ``modified`` (INTEGER: the HTTP Last-Modified, whole seconds since the epoch),
``body`` (BLOB: the calendar's bytes, exactly what ``public/events/<uid>.ics`` held). A row's
``modified`` is carried from the served release's table while its ``etag`` is unchanged, else
it is the sync's time (at least one second after the one it replaces): a calendar client
re-polling an unchanged event gets ``304`` across syncs.
"""
from __future__ import annotations

import hashlib
import queue
import sqlite3
import threading
from pathlib import Path
from typing import Iterable, Iterator, Mapping, NamedTuple
from urllib.parse import quote

#: Published path of the table (under ``private/``: the app reads it, no web server serves it).
CALENDARS_FILE = "private/event-calendars.sqlite"

#: SQLite page size of the table (bytes). A calendar is ~1.5 KB: 4 KB pages hold two and
#: left the file 37% larger than the calendars at 100,000 rows (157 MB for 115 MB), 16 KB
#: pages 13% (130 MB), and the build took 0.60 s of CPU instead of 0.84 s (docs/performance.md, p17p).
PAGE_SIZE = 16384

_SCHEMA = """
CREATE TABLE calendars (uid TEXT PRIMARY KEY, etag TEXT NOT NULL, modified INTEGER NOT NULL,
  body BLOB NOT NULL);
"""


class Calendar(NamedTuple):
    """One event's calendar as served: ``data`` (bytes), ``etag`` (unquoted strong ETag),
    ``modified`` (Last-Modified, whole seconds since the epoch)."""
    data: bytes
    etag: str
    modified: int


def calendar_etag(data: bytes) -> str:
    """The strong ETag (unquoted) of a calendar's bytes: the first 32 hex digits of their
    SHA-256, so equal bytes have equal ETags in every release."""
    return hashlib.sha256(data).hexdigest()[:32]


def _uri(path: Path) -> str:
    return f"file:{quote(str(Path(path).resolve()))}?mode=ro&immutable=1"


def validators(path: Path) -> dict[str, tuple[str, int]]:
    """``{uid: (etag, modified)}`` of the table at ``path`` (the served release's), or ``{}``
    when it is absent or unreadable (then every calendar counts as new)."""
    if not Path(path).is_file():
        return {}
    try:
        db = sqlite3.connect(_uri(path), uri=True)
    except sqlite3.Error:
        return {}
    try:
        return {uid: (etag, modified) for uid, etag, modified in
                db.execute("SELECT uid, etag, modified FROM calendars")}
    except sqlite3.Error:
        return {}
    finally:
        db.close()


#: Issue 17 (p17t): calendars handed to the inserting thread at a time, and batches queued
#: at most (the caller waits beyond that, so the bytes are never all in memory).
BATCH_ROWS = 256
BATCHES_QUEUED = 8

_DONE, _ABORT = object(), object()


class _Aborted(Exception):
    """The caller's iterator failed: the inserting thread stops without committing."""


def write_table(path: str | Path, calendars: Iterable[tuple[str, bytes]],
                previous: Mapping[str, tuple[str, int]], stamp: int) -> int:
    """Create the SQLite file ``path`` (it must not exist) holding ``calendars`` (``(uid,
    bytes)`` pairs, read once, in order; a UID given twice keeps its last bytes) and return
    how many rows it has. ``previous`` is :func:`validators` of the served table, ``stamp``
    the sync's time (whole seconds since the epoch): a row whose ETag equals the previous one
    keeps its ``modified``, a changed row gets ``max(stamp, previous + 1)``, a new one
    ``stamp``. One transaction, one ``executemany`` over a generator (the bytes are never all
    in memory); no journal and no fsync (:meth:`public_feed.release.Staging.finish` flushes
    the release). Issue 17 (p17t): ``calendars`` is read in the caller's thread (it may
    build each calendar as it is read) and handed over in batches of :data:`BATCH_ROWS` to
    one thread that hashes and inserts them (SQLite releases the GIL while it works), so the
    caller builds the next calendars meanwhile; this returns once that thread has committed
    and ended. Deterministic: the same arguments give the same file. Raises what reading
    ``calendars`` raises (nothing is committed then), ``sqlite3.Error`` and ``OSError``."""
    if Path(path).exists():
        raise FileExistsError(path)
    batches: queue.Queue = queue.Queue(maxsize=BATCHES_QUEUED)
    outcome: dict[str, object] = {}

    def rows() -> Iterator[tuple[str, str, int, bytes]]:
        while True:
            batch = batches.get()
            if batch is _DONE or batch is _ABORT:
                outcome["ended"] = True
                if batch is _ABORT:
                    raise _Aborted
                return
            for uid, data in batch:
                etag = calendar_etag(data)
                old = previous.get(uid)
                if old is None:
                    modified = stamp
                elif old[0] == etag:
                    modified = old[1]
                else:
                    modified = max(stamp, old[1] + 1)
                yield uid, etag, modified, data

    def insert() -> None:
        try:
            outcome["count"] = _insert(path, rows())
        except BaseException as exc:       # kept for the caller's thread, which raises it
            outcome["error"] = exc
            while "ended" not in outcome:  # take what the caller still hands over
                if batches.get() in (_DONE, _ABORT):
                    break

    worker = threading.Thread(target=insert, name="event-calendars", daemon=True)
    worker.start()
    try:
        batch: list[tuple[str, bytes]] = []
        for pair in calendars:
            batch.append(pair)
            if len(batch) >= BATCH_ROWS:
                batches.put(batch)
                batch = []
                if "error" in outcome:
                    break
        batches.put(batch)
        batches.put(_DONE)
    except BaseException:
        batches.put(_ABORT)
        worker.join()
        raise
    worker.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["count"]


def _insert(path: str | Path, rows: Iterator[tuple[str, str, int, bytes]]) -> int:
    """Create the table at ``path`` and insert ``rows`` in one transaction; the row count."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute(f"PRAGMA page_size = {PAGE_SIZE}")      # before the first table
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.executescript(_SCHEMA)
        db.execute("BEGIN")
        db.executemany("INSERT OR REPLACE INTO calendars VALUES (?, ?, ?, ?)", rows)
        db.execute("COMMIT")
        return db.execute("SELECT count(*) FROM calendars").fetchone()[0]
    finally:
        db.close()


class EventCalendars:
    """The read side: a read-only connection to one release's table (a new sync publishes a
    new file and :meth:`public_feed.store.PublishedStore.calendars` opens it). Thread-safe
    (one lock around the connection). Raises ``sqlite3.Error`` when ``path`` is not a
    calendars table."""

    def __init__(self, path: Path):
        self._db = sqlite3.connect(_uri(path), uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        try:
            self._db.execute("SELECT uid, etag, modified, body FROM calendars LIMIT 0").fetchall()
        except sqlite3.Error:
            self._db.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def get(self, uid: str) -> Calendar | None:
        """The calendar of ``uid``, or ``None`` when the release has none."""
        with self._lock:
            row = self._db.execute("SELECT body, etag, modified FROM calendars WHERE uid = ?", (uid,)).fetchone()
        return Calendar(bytes(row[0]), row[1], row[2]) if row else None

    def validators(self, uid: str) -> tuple[str, int] | None:
        """``(etag, modified)`` of ``uid``'s calendar without its bytes, or ``None``."""
        with self._lock:
            row = self._db.execute("SELECT etag, modified FROM calendars WHERE uid = ?", (uid,)).fetchone()
        return (row[0], row[1]) if row else None
