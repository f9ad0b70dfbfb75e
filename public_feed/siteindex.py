"""The public events indexed by date, built at publish time, so a page costs what it shows.

The pages used to parse the whole ``public/events.json`` at start-up and walk every event on
each request (0.4 s of CPU a request and a 2.9 s first page at 100,000 events, issue 17).
:func:`build_index` turns the published ``events.json`` (its bytes, or the list the sync
encoded into them: issue 17, p17l) into a small SQLite database
(``private/site-index.sqlite``, written with the release, never served) and
:class:`SiteIndex` answers from it, opened read-only:

* ``events``: one row per published event — ``id`` (its position in UID order); ``uid``; ``sort`` (the order of the pages:
  city-local start, title, UID, as one text key); ``first_day``/``last_day`` (the city days
  it touches, ISO dates; all-day ends exclusive, RFC 5545 §3.6.1, see
  :func:`public_feed.query.last_day`); ``long`` (1 for a repeating event or one touching more
  than :data:`LONG_DAYS` days); ``rank`` (a short event's position in page order, so an
  unfiltered count needs no scan); ``through`` (the last day a repeating series touches); the
  filter values (department slugs; ``type``, the slug of the type whose feed holds the event —
  the typed type resolved through ``feeds.json``'s ``type_aliases`` once, at build time; joint,
  audience and language slugs, folded search text); ``located`` (1 when the event has a
  latitude and a longitude, for the map); ``body`` (the event's JSON as published);
* ``words``: an FTS5 trigram index of the search text (``rowid`` = ``id``; filled in rowid
  order, so one segment: issue 17, p17n);
* ``meta``: the event count, the filter options of the whole calendar, the format
  :data:`VERSION` and ``source``, a hash of what the index was built from
  (:func:`source_hash`): :func:`index_bytes` reuses the served release's index when it is equal.

Two indexes are published: :data:`INDEX_FILE` of ``public/events.json`` (the residents' pages)
and :data:`STAFF_INDEX_FILE` of ``private/events.json`` (the staff calendar).

Short events are read by a range of the ``sort`` index (an event that ends on or after a day
starts at most :data:`LONG_DAYS` days before it) with ``LIMIT``; the few long and repeating
ones are held in memory and expanded by :mod:`public_feed.query`, then merged in order.
The ``sort`` index holds every filter column, the search text included (format 4), so a count
or a filtered page is an index-only range scan; only the rows shown are read.
Every answer equals what the same functions give on the whole list (tests/unit/test_site_index.py).
Costs: a page of the list, an event page, the map and ``/events.json?limit=…`` read the rows
they show plus an index-only count of the upcoming events; a month reads the rows of the month;
a text search (``q``) reads its trigram hits or its date range, whichever is fewer
(:meth:`SiteIndex._source`), then the rows it matches.
"""
from __future__ import annotations

import hashlib
import json
import math
import sqlite3
import threading
from dataclasses import dataclass, replace
from datetime import date, timedelta
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence
from urllib.parse import quote
from zoneinfo import ZoneInfo

from sheets_sync.model import slugify

from .query import (MAX_OCCURRENCES, Filters, collapse_series, occurrences, facet_values, fold, last_day, local_day, matches, options,
                    search_text, to_local, upcoming, _sort_start)
from .paging import day_counts
from .store import _parse

#: Published path of the index (under ``private/``: the app reads it, no web server serves it).
INDEX_FILE = "private/site-index.sqlite"
#: The same index of ``private/events.json`` (every event in the feed window), for the staff calendar.
STAFF_INDEX_FILE = "private/staff-index.sqlite"
#: Format of the index; an index of another format is not read (the pages then walk events.json).
VERSION = 4
#: Events touching more days than this are held in memory with the repeating ones.
LONG_DAYS = 31
#: The option lists the pages show: (published key, split cells).
OPTION_KEYS = (("departments", False), ("event_type", False), ("audience", True), ("language", True))
_SEP = "\x1f"
#: About how many ``sort`` index entries one trigram hit costs (its row read) — measured at
#: 100,000 events: ~0.3 µs an index entry, ~3 µs a row.
HIT_COST = 10

_SCHEMA = """
CREATE TABLE events (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, sort TEXT NOT NULL, first_day TEXT NOT NULL,
  last_day TEXT NOT NULL, long INTEGER NOT NULL, rank INTEGER NOT NULL, through TEXT NOT NULL, departments TEXT NOT NULL, type TEXT NOT NULL,
  joint INTEGER NOT NULL, audience TEXT NOT NULL, language TEXT NOT NULL, search TEXT NOT NULL,
  located INTEGER NOT NULL, body TEXT NOT NULL);
CREATE VIRTUAL TABLE words USING fts5(search, content='', detail=none, tokenize='trigram');
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
#: The two wide indexes, created once the rows are in (issue 17, p17n: one sorted build of
#: each instead of 76,535 inserts into the middle of ``by_sort``; 1.33 → 1.06 s of SQLite
#: for the staff index at 100,000 rows).
_INDEXES = (
    "CREATE INDEX by_sort ON events(long, sort, rank, last_day, first_day, joint, type, departments, audience, "
    "language, located, search)",
    "CREATE INDEX by_day ON events(first_day, uid, last_day, joint, type, departments, audience, language)")


def sort_key(e: dict, tz: ZoneInfo) -> str:
    """One text that orders like :func:`public_feed.query.upcoming`'s key (local start,
    title, UID): fixed-width local time, then title and UID after a NUL each (SQLite compares
    text as UTF-8 bytes, which is code-point order, as Python does)."""
    start = _sort_start(e["start"], tz).isoformat(timespec="microseconds")
    return f"{start}\x00{e.get('title') or ''}\x00{e['uid']}"


def _tokens(values) -> str:
    return _SEP + _SEP.join(values) + _SEP if values else ""


def source_hash(events_json: bytes, tz: ZoneInfo, type_aliases: Mapping[str, str] = {},
                departments: Mapping[str, str] = {}) -> str:
    """SHA-256 (hex) of everything an index is built from: the events JSON bytes, the zone's
    key, the type aliases and the configured department name → slug map (``slug_of`` is that
    map, else :func:`sheets_sync.model.slugify`), and :data:`VERSION`."""
    digest = hashlib.sha256(json.dumps([VERSION, tz.key, dict(sorted(type_aliases.items())),
                                        dict(sorted(departments.items()))], ensure_ascii=False).encode())
    digest.update(b"\0")
    digest.update(events_json)
    return digest.hexdigest()


def index_bytes(events_json: "bytes | Sequence[Mapping]", tz: ZoneInfo, slug_of: Callable[[str], str],
                type_aliases: Mapping[str, str], departments: Mapping[str, str], previous: Path | None,
                memo: "RowMemo | None" = None, source: str | None = None) -> bytes:
    """:func:`build_index`'s bytes, or the bytes of ``previous`` (the served release's copy)
    when it was built from the same :func:`source_hash` — a sync that changed no published
    event rebuilds nothing (and the release hard-links the unchanged file). ``departments``
    is the configured name → slug map behind ``slug_of``; ``memo``: see :func:`build_index`.
    ``events_json`` is the published bytes, or the list they decode to (issue 17, p17l: the
    sync passes the list it encoded, not decoded again); with a list, ``source`` is
    :func:`source_hash` of the bytes (``ValueError`` without it)."""
    if source is None:
        if not isinstance(events_json, (bytes, bytearray)):
            raise ValueError("index_bytes of a decoded list needs the source hash of its bytes")
        source = source_hash(events_json, tz, type_aliases, departments)
    if previous is not None and _source_of(previous) == source:
        try:
            return Path(previous).read_bytes()
        except OSError:
            pass
    return build_index(events_json, tz, slug_of, type_aliases, source=source, memo=memo)


def _source_of(path: Path) -> str | None:
    """The ``source`` recorded in an index file's meta, or ``None`` (absent, unreadable, other format)."""
    try:
        db = sqlite3.connect(f"file:{quote(str(Path(path).resolve()))}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        meta = json.loads(db.execute("SELECT value FROM meta WHERE key = 'meta'").fetchone()[0])
        return meta.get("source") if meta.get("version") == VERSION else None
    except (sqlite3.Error, TypeError, ValueError, AttributeError):
        return None
    finally:
        db.close()


def build_index(events_json: "bytes | Sequence[Mapping]", tz: ZoneInfo, slug_of: Callable[[str], str] = slugify,
                type_aliases: Mapping[str, str] = {}, source: str = "", memo: "RowMemo | None" = None) -> bytes:
    """The index database's bytes for the published ``public/events.json`` (or
    ``private/events.json``) bytes, or for the list of JSON objects they decode to (issue 17,
    p17l: the sync's own list, read only, equal to ``json.loads`` of the bytes it wrote — the
    same index bytes, without decoding the file again). ``tz`` is the city's zone, ``slug_of`` the department name
    → slug of the config (as the pages filter), ``type_aliases`` ``feeds.json``'s typed type
    slug → the type whose feed holds it, ``source`` what :func:`source_hash` gave (recorded).
    Deterministic: the same events give the same bytes. One transaction, rows inserted in
    UID order with their rank known (no second pass, no VACUUM), each row's ``body`` encoded
    as it is inserted (not all held at once); ``words`` is an FTS5
    trigram index of the search text (https://sqlite.org/fts5.html#the_trigram_tokenizer).
    ``memo`` (a :class:`RowMemo` shared by the public and the staff index of one sync) reuses
    the columns of an event the other index already worked out. Raises ``ValueError`` for
    JSON that is not the published list."""
    raw = json.loads(events_json) if isinstance(events_json, (bytes, bytearray, str)) else events_json
    if not isinstance(raw, list):
        raise ValueError("events.json is not a list")
    slug = _memo(slugify)
    # issue 17 (p17j): a cell's tokens once per distinct cell (audiences, languages and
    # department lists repeat across thousands of events)
    departments = _memo(lambda names: _tokens(sorted({slug_of(d) for d in names})))
    facets = _memo(lambda text: _tokens(sorted({slug(v) for v in facet_values(text)})))
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
    known = memo.for_settings(tz, slug_of, type_aliases) if memo is not None else None
    ordered = sorted(raw, key=lambda e: e["uid"])
    rows = []
    for src in ordered:
        columns = known.get(src) if known is not None else None
        if columns is None:
            e = to_local([_parse(src)], tz)[0]
            first, last = local_day(e["start"], tz), last_day(e, tz)
            long = bool(e.get("rrule")) or (last - first).days > LONG_DAYS
            typed = slug(e.get("event_type") or "")
            columns = (e["uid"], sort_key(e, tz), first.isoformat(), last.isoformat(), int(long),
                       _through(e, tz, first, last), departments(tuple(e.get("departments") or ())),
                       type_aliases.get(typed, typed), int(bool(e.get("joint"))),
                       facets(e.get("audience")), facets(e.get("language")), search_text(e), int(_located(e)))
            if known is not None:
                known.put(src, columns)
        rows.append(columns)
    ranks = [-1] * len(rows)
    short = sorted((c[1], k) for k, c in enumerate(rows) if not c[4])    # rank: position in page order
    for k, (_, at) in enumerate(short):
        ranks[at] = k
    n_short = len(short)
    del short
    meta = {"total": len(raw), "short": n_short, "version": VERSION, "source": source,
            "options": [[key, split, options(_distinct(raw, key), key, split, slug)] for key, split in OPTION_KEYS]}
    inserted = ((k + 1, *columns[:5], ranks[k], *columns[5:], encode(src))
                for k, (columns, src) in enumerate(zip(rows, ordered)))
    db = sqlite3.connect(":memory:")
    try:
        db.executescript(_SCHEMA)
        with db:
            db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", inserted)
            for index in _INDEXES:
                db.execute(index)
            # in rowid order (issue 17, p17n): FTS5 flushes its pending terms to a new segment
            # whenever a rowid is not above the last one, and a plain SELECT here scans the
            # covering by_sort index (page order): one segment per few rows, 3-10x the cost
            db.execute("INSERT INTO words (rowid, search) SELECT id, search FROM events ORDER BY id")
            db.execute("INSERT INTO meta VALUES ('meta', ?)", (json.dumps(meta, ensure_ascii=False, sort_keys=True),))
        return db.serialize()
    finally:
        db.close()


def _memo(function: Callable[[Any], str]) -> Callable[[Any], str]:
    """``function`` (of one hashable argument) remembering its answers for one build (slugs
    and cells repeat across events)."""
    seen: dict[Any, str] = {}

    def memo(value) -> str:
        if value not in seen:
            seen[value] = function(value)
        return seen[value]
    return memo


#: Published fields no index column reads (they differ between ``public/events.json`` and
#: ``private/events.json`` for one event; ``body`` is encoded from each file's own JSON).
_NOT_INDEXED = frozenset({"previous_start", "visibility", "sources"})


class RowMemo:
    """The index columns (all but ``id``, ``rank`` and ``body``) of each event indexed so far,
    for the next index built with the same zone, ``slug_of`` and type aliases (issue 17: the
    staff index holds every event of the public one). An event's columns are reused only when
    every published field of it, but :data:`_NOT_INDEXED`, equals the one they were worked
    out from: they are a function of those fields and the settings."""

    def __init__(self) -> None:
        self._settings: tuple | None = None
        self._rows: dict[str, tuple[dict, tuple, tuple]] = {}
        self._shapes: dict[tuple, tuple] = {}       # issue 17 (p17ac): see _shape

    def for_settings(self, tz: ZoneInfo, slug_of: Callable, type_aliases: Mapping[str, str]) -> "RowMemo":
        settings = (tz.key, slug_of, tuple(sorted(type_aliases.items())))
        if settings != self._settings:
            self._settings, self._rows = settings, {}
        return self

    def _shape(self, src: Mapping) -> tuple[frozenset, Callable]:
        """``(the indexed field names, a getter of their values)`` of an event with ``src``'s
        keys in their order, worked out once per such order (the events of one file share a
        handful): the comparison is then a tuple compare in C (issue 17, p17ac)."""
        keys = tuple(src)
        shape = self._shapes.get(keys)
        if shape is None:
            fields = [k for k in keys if k not in _NOT_INDEXED]
            shape = self._shapes[keys] = (frozenset(fields), itemgetter(*fields) if fields else (lambda _: ()))
        return shape

    def get(self, src: Mapping) -> tuple | None:
        seen = self._rows.get(src.get("uid"))
        if seen is None:
            return None
        before, columns, (fields, indexed) = seen
        if self._shape(src)[0] != fields:
            return None
        return columns if indexed(before) == indexed(src) else None

    def put(self, src: Mapping, columns: tuple) -> None:
        self._rows[src["uid"]] = (src, columns, self._shape(src))


def _distinct(events: Sequence[Mapping], key: str) -> list[dict]:
    """``{key: value}`` for each distinct value of ``key`` in ``events``, in first-seen order
    (a list value as one tuple): :func:`public_feed.query.options` gives the same answer for
    them as for ``events`` (a later equal value adds no first spelling), at a fraction of
    the cost."""
    seen = {}
    for e in events:
        value = e.get(key)
        seen.setdefault(tuple(value) if isinstance(value, list) else value, None)
    return [{key: list(v) if isinstance(v, tuple) else v} for v in seen]


def _located(e: Mapping) -> bool:
    """Can the map place ``e``? (a latitude and a longitude, as :func:`public_feed.pages.map_page` asks)."""
    return e.get("latitude") is not None and e.get("longitude") is not None


def _through(e: dict, tz: ZoneInfo, first: date, last: date) -> str:
    """The last day any occurrence of ``e`` touches (ISO date; ``9999-12-31`` for a series
    without COUNT or UNTIL, or longer than :data:`public_feed.query.MAX_OCCURRENCES`)."""
    if not e.get("rrule"):
        return last.isoformat()
    rule = str(e["rrule"]).upper()
    if "COUNT=" not in rule and "UNTIL=" not in rule:
        return "9999-12-31"
    found = occurrences(e, tz, first, date(2999, 12, 31))
    if len(found) >= MAX_OCCURRENCES:
        return "9999-12-31"
    return max((last_day(o, tz) for o in found), default=date(1, 1, 1)).isoformat()


def _where(f: Filters, located: bool = False) -> tuple[str, list]:
    """SQL conditions equal to :func:`public_feed.query.matches` (with ``feeds.json``'s type
    aliases, resolved into the ``type`` column at build time) on the indexed columns, and
    only placeable events if ``located``."""
    clauses, args = [], []
    for column, value in (("departments", f.department), ("audience", f.audience), ("language", f.language)):
        if value:
            clauses.append(f"instr({column}, ?) > 0")
            args.append(_SEP + value + _SEP)
    if f.type:
        clauses.append("type = ?")
        args.append(f.type)
    if f.joint:
        clauses.append("joint = 1")
    if located:
        clauses.append("located = 1")
    for word in fold(f.q).split() if f.q else ():
        clauses.append("instr(search, ?) > 0")
        args.append(word)
    return "".join(f" AND {c}" for c in clauses), args


def _fts_query(f: Filters) -> str | None:
    """The FTS5 query for ``f``'s text search: every trigram of each word of three or more
    characters, ANDed (``None`` when there is none). It matches a superset of the events whose
    search text holds every word; :func:`_where`'s ``instr`` conditions keep the exact ones."""
    grams = sorted({word[k:k + 3] for word in (fold(f.q).split() if f.q else ()) for k in range(len(word) - 2)})
    grams = [g for g in grams if "\x00" not in g]        # FTS5 strings end at NUL; instr still checks
    return " AND ".join('"' + g.replace('"', '""') + '"' for g in grams) if grams else None


#: The ``FROM`` of a text search read through the trigram index: its hits, then their rows.
_HITS = "(SELECT rowid AS hit FROM words WHERE words MATCH ?) CROSS JOIN events ON events.id = hit"


@dataclass
class Selection:
    """The upcoming events of one request, not yet read: ``total`` items (the length of the
    list :func:`public_feed.query.upcoming` would give), read a slice at a time."""
    total: int
    _index: "SiteIndex"
    _from: str
    _where: str
    _args: list            # the FROM's, then the WHERE's
    _others: list          # long and repeating items, in order
    _keys: list            # their sort keys
    capped: bool = False   # ``total`` stopped at ``select``'s ``count_max + 1``

    @property
    def events(self) -> int:
        """How many distinct events ``total`` holds (a repeating event's occurrences once)."""
        return self.total - len(self._others) + len({e["uid"] for e in self._others})

    def slice(self, offset: int, size: int) -> list[dict]:
        """Items ``offset`` … ``offset + size - 1`` of the list, in order."""
        if size <= 0 or offset >= self.total and not self.capped:
            return []
        k = len(self._others)
        first_a = max(0, offset - k)
        rows = self._index._rows(f"SELECT sort, body FROM {self._from} WHERE long = 0{self._where} "
                                 "ORDER BY sort LIMIT ? OFFSET ?", [*self._args, size + k, first_a])
        exhausted = len(rows) < size + k
        # rows[0] is at first_a + (other items before it) ≤ offset; the other items before it
        # are listed first below, at positions before rows[0]'s, so before `offset`: not chosen
        position = first_a
        merged: list[tuple[str, object]] = []
        b = 0
        for key, body in rows:
            while b < k and self._keys[b] < key:
                merged.append((self._keys[b], self._others[b]))
                b += 1
            merged.append((key, body))
        if exhausted:
            merged.extend(zip(self._keys[b:], self._others[b:]))
        chosen = merged[offset - position: offset - position + size]
        return [self._index._event(item) if isinstance(item, str) else dict(item) for _, item in chosen]


class SiteIndex:
    """The read side: a read-only connection to one published index file (one release: a
    new sync publishes a new file, and :class:`public_feed.store.PublishedStore` opens it).
    Thread-safe (one lock around the connection)."""

    def __init__(self, path: Path, tz: ZoneInfo, slug_of: Callable[[str], str]):
        self.tz, self.slug_of = tz, slug_of
        resolved = Path(path).resolve()           # this release's file, even after a switch
        self._db = sqlite3.connect(f"file:{quote(str(resolved))}?mode=ro&immutable=1", uri=True,
                                   check_same_thread=False)
        self._lock = threading.Lock()
        meta = json.loads(self._rows("SELECT value FROM meta WHERE key = 'meta'", [])[0][0])
        if meta.get("version") != VERSION:
            self._db.close()
            raise ValueError(f"site index format {meta.get('version')!r}, this app reads {VERSION}")
        self.total: int = meta["total"]
        self._short: int = meta["short"]
        self._options = {(key, split): [tuple(o) for o in values] for key, split, values in meta["options"]}
        self._memo: dict = {}
        self._long = [(date.fromisoformat(through), kind, bool(located), self._event(body))
                      for through, kind, located, body in
                      self._rows("SELECT through, type, located, body FROM events WHERE long = 1 ORDER BY uid", [])]

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _rows(self, sql: str, args: Sequence) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, list(args)).fetchall()

    def _event(self, body: str) -> dict:
        return to_local([_parse(json.loads(body))], self.tz)[0]

    def options(self, key: str, split: bool = False) -> list[tuple[str, str]] | None:
        """:func:`public_feed.query.options` of the whole calendar (``None``: not indexed)."""
        return self._options.get((key, split))

    def find(self, uid: str) -> dict | None:
        """The event with ``uid`` (parsed, in the city's zone), or ``None``."""
        rows = self._rows("SELECT body FROM events WHERE uid = ?", [uid])
        return self._event(rows[0][0]) if rows else None

    def has(self, uid: str) -> bool:
        """Is an event with ``uid`` indexed? (one lookup of the UID index, no JSON read)"""
        return bool(self._rows("SELECT 1 FROM events WHERE uid = ?", [uid]))

    def _long_ones(self, f: Filters, since: date, located: bool = False) -> list[dict]:
        """The long and repeating events passing ``f`` (and placeable, if ``located``) that
        may touch ``since`` or a later day."""
        rest = replace(f, type="")                  # the type is compared resolved, as indexed
        return [e for through, kind, placed, e in self._long
                if through >= since and (not f.type or kind == f.type) and (placed or not located)
                and matches(e, rest, self.slug_of)]

    def _long_expanded(self, since: date, horizon_days: int) -> list[dict]:
        """``upcoming(every long or repeating event that may touch since or later, tz, since,
        horizon_days)``, remembered for the index's life (a few keys: today's requests share
        one; the RRULEs are not parsed again on each request). Items are shared: read only."""
        key = (since, horizon_days)
        found = self._memo.get(key)
        if found is None:
            found = upcoming([e for through, _, _, e in self._long if through >= since], self.tz, since, horizon_days)
            self._remember(key, found)
        return found

    def _long_passing(self, f: Filters, located: bool) -> frozenset[str]:
        """UIDs of the long and repeating events passing ``f`` (and placeable, if ``located``),
        remembered per filter."""
        key = (f, located)
        found = self._memo.get(key)
        if found is None:
            rest = replace(f, type="")              # the type is compared resolved, as indexed
            found = frozenset(e["uid"] for _, kind, placed, e in self._long
                              if (not f.type or kind == f.type) and (placed or not located)
                              and matches(e, rest, self.slug_of))
            self._remember(key, found)
        return found

    def _remember(self, key, value) -> None:
        if len(self._memo) >= 256:              # a bounded memo: forget all, start again
            self._memo.clear()
        self._memo[key] = value

    def select(self, f: Filters, since: date, horizon_days: int = 800, until: date | None = None,
               collapse: bool = False, located: bool = False, count_max: int | None = None) -> Selection:
        """What ``upcoming(filtered, tz, since, horizon_days)`` gives, then only items starting
        on or before ``until`` (if given), then ``collapse_series`` (if ``collapse``); only
        events with a latitude and a longitude if ``located`` (the map). With ``count_max``
        a filtered ``total`` is at most ``count_max + 1`` (``Selection.capped`` says it stopped
        there): it reads at most that many rows, however many match (an unfiltered count is
        exact: ranks give it without a scan)."""
        tz = self.tz
        passing = self._long_passing(f, located)
        others = [o for o in self._long_expanded(since, horizon_days) if o["uid"] in passing]
        if until:
            others = [e for e in others if local_day(e["start"], tz) <= until]
        if collapse:
            others = collapse_series(others)
        filtered, args = _where(f, located)
        low = (since - timedelta(days=LONG_DAYS)).isoformat()
        high = (until + timedelta(days=1)).isoformat() if until else None      # first_day <= until
        where = f" AND sort >= ? AND last_day >= ?{' AND sort < ?' if until else ''}{filtered}"
        source, source_args = self._source(f, lambda: self._rank(high) - self._rank(low), count_max)
        args = [*source_args, low, since.isoformat(), *([high] if until else []), *args]
        capped = False
        if not filtered:
            count = self._count(low, since, high)
        elif count_max is None:
            count = self._rows(f"SELECT COUNT(*) FROM {source} WHERE long = 0{where}", args)[0][0]
        else:
            count = self._rows(f"SELECT COUNT(*) FROM (SELECT 1 FROM {source} WHERE long = 0{where} LIMIT ?)",
                               [*args, max(0, count_max + 1 - len(others))])[0][0]
        if filtered and count_max is not None and count + len(others) > count_max:
            count, capped = count_max + 1 - len(others), True          # total: count_max + 1
        return Selection(count + len(others), self, source, where, args, others,
                         [sort_key(e, tz) for e in others], capped)

    def _source(self, f: Filters, range_rows: Callable[[], int], needed: int | None = None) -> tuple[str, list]:
        """``(FROM, its arguments)`` of a query over about ``range_rows()`` rows of the sort index:
        for a text search whose trigram index hits are no more than ``rows``, those hits
        (:data:`_HITS`), else ``events`` (a scan of the range). At most ``rows + 1`` hits are
        counted, so a search costs about the smaller of its hits and its range. With
        ``needed`` (only the first ``needed`` matches in page order are read), the range is
        scanned in order and stops early: it costs about ``needed × rows / hits`` entries of
        the ``sort`` index, which holds the search text, while a hit costs a row read, about
        :data:`HIT_COST` entries; so the range is taken once the hits pass
        ``√(needed × rows / HIT_COST)`` (and no more hits are counted)."""
        query = _fts_query(f)
        if query is None:
            return "events", []
        rows = range_rows()
        probe = rows + 1 if needed is None else \
            min(rows + 1, math.isqrt(max(needed, 1) * max(rows, 1) // HIT_COST) + 1)
        try:
            hits = self._rows("SELECT COUNT(*) FROM (SELECT rowid FROM words WHERE words MATCH ? LIMIT ?)",
                              [query, probe])[0][0]
        except sqlite3.Error:           # a query FTS5 cannot parse: the range answers, exactly
            return "events", []
        return (_HITS, [query]) if hits < probe else ("events", [])

    def _rank(self, key: str | None) -> int:
        """How many short events sort before ``key`` (all of them for ``None``)."""
        if key is None:
            return self._short
        found = self._rows("SELECT rank FROM events WHERE long = 0 AND sort >= ? ORDER BY sort LIMIT 1", [key])
        return found[0][0] if found else self._short

    def _count(self, low: str, since: date, high: str | None) -> int:
        """Short events with ``low <= sort < high`` and ``last_day >= since``, without a scan:
        ranks give the rows in the range; only those starting before ``since`` (at most
        :data:`LONG_DAYS` days of rows) are read to drop the ones that ended before it."""
        rank = self._rank
        ended = self._rows("SELECT COUNT(*) FROM events WHERE long = 0 AND sort >= ? AND sort < ? AND last_day < ?"
                           f"{' AND sort < ?' if high else ''}",
                           [low, since.isoformat(), since.isoformat(), *([high] if high else [])])[0][0]
        return max(0, rank(high) - rank(low)) - ended

    def latest_day(self, f: Filters, before: date) -> date | None:
        """The start day of the latest-starting event that ended before ``before`` (ties: the
        largest UID), as ``max(..., key=(start day, uid))`` over the filtered list."""
        where, args = _where(f)
        source, source_args = self._source(f, lambda: self._rank(before.isoformat()) + len(self._long))
        rows = self._rows(f"SELECT first_day FROM {source} WHERE first_day < ? AND last_day < ?{where} "
                          "ORDER BY first_day DESC, uid DESC LIMIT 1",
                          [*source_args, before.isoformat(), before.isoformat(), *args])
        return date.fromisoformat(rows[0][0]) if rows else None

    def touching(self, f: Filters, first: date, last: date) -> list[dict]:
        """The filtered events that can touch a day in ``[first, last]`` (every short event
        that does, plus every long or repeating one): enough for ``month_grid``."""
        where, args = _where(f)
        low, high = (first - timedelta(days=LONG_DAYS)).isoformat(), (last + timedelta(days=1)).isoformat()
        source, source_args = self._source(f, lambda: self._rank(high) - self._rank(low))
        rows = self._rows(f"SELECT body FROM {source} WHERE long = 0 AND sort >= ? AND last_day >= ? "
                          f"AND sort < ?{where} ORDER BY sort", [*source_args, low, first.isoformat(), high, *args])
        return [*(self._event(b) for (b,) in rows),
                *self._long_ones(f, first)]

    def day_counts(self, f: Filters, first: date, last: date, selection: Selection) -> dict[date, int]:
        """``{day: items touching it}`` for the days ``first`` … ``last`` of ``selection``
        (``select(f, first, until=last)``): :func:`public_feed.paging.day_counts` of its whole
        list, from a ``GROUP BY`` of the short events (index-only unless a text search) plus
        the long and repeating items it holds in memory."""
        where, args = _where(f)
        low, high = (first - timedelta(days=LONG_DAYS)).isoformat(), (last + timedelta(days=1)).isoformat()
        source, source_args = self._source(f, lambda: self._rank(high) - self._rank(low))
        groups = self._rows(f"SELECT first_day, last_day, COUNT(*) FROM {source} WHERE long = 0 AND sort >= ? "
                            f"AND last_day >= ? AND sort < ?{where} GROUP BY first_day, last_day",
                            [*source_args, low, first.isoformat(), high, *args])
        counts = day_counts(selection._others, self.tz, first, last)
        for lo, hi, n in groups:
            day, end = max(date.fromisoformat(lo), first), min(date.fromisoformat(hi), last)
            while day <= end:
                counts[day] = counts.get(day, 0) + n
                day += timedelta(days=1)
        return counts
