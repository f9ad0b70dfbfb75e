"""Read-side of what the sync published: events JSON and feed bytes, reloaded on change.

Each file is cached with its mtime and size and re-read when either changes, so a sync
that renames new files into place is picked up on the next request without a restart.
"""
from __future__ import annotations

import json
import logging
import sqlite3
import threading
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .release import static_etag

log = logging.getLogger("safety_events.site")


@dataclass(frozen=True)
class Blob:
    """A published file: ``data``; ``etag`` unquoted, ``<mtime hex>-<size hex>`` as nginx
    computes it (:func:`public_feed.release.static_etag`), or for an event's own calendar the
    hash of its bytes (:func:`public_feed.calendars.calendar_etag`); ``mtime`` in whole
    seconds since the epoch (the HTTP Last-Modified); ``path`` the file it was read from
    (a large answer is sent from the file: :func:`public_feed.feeds.static_answer`), ``None``
    for a calendar read from the table."""
    data: bytes
    etag: str
    mtime: int
    path: Path | None = None


@dataclass(frozen=True)
class Departments:
    """Departments as published: ``names`` slug → name (config order), ``aliases`` another
    spelling's slug → slug (:func:`public_feed.feedset.alias_slugs`), ``slugs`` name → slug."""
    names: dict[str, str]
    aliases: dict[str, str]
    slugs: dict[str, str]

    def slug_of(self, name: str) -> str:
        """A department name's URL slug (as :meth:`sheets_sync.config.Config.slug_of`)."""
        from sheets_sync.model import slugify
        return self.slugs.get(name) or slugify(name)


class PublishedStore:
    def __init__(self, out_dir: Path, config: Any):
        self.out_dir = Path(out_dir)
        self.config = config
        self._cache: dict[str, tuple[tuple[float, int], Any]] = {}
        self._lock = threading.Lock()

    def _load(self, rel: str, parse, kind: str = "parsed"):
        """``parse(bytes, mtime)`` of the published file ``rel``, cached per ``(rel, kind)``
        until its mtime or size changes (``kind`` keeps a file's bytes apart from its parsed
        form: ``feeds.json`` is both); ``None`` when absent or unreadable."""
        path = self.out_dir / rel
        slot = f"{kind}:{rel}"
        try:
            st = path.stat()
        except OSError:
            return None
        key = (st.st_mtime, st.st_size)
        with self._lock:
            hit = self._cache.get(slot)
            if hit and hit[0] == key:
                return hit[1]
        try:
            value = parse(path.read_bytes(), st.st_mtime)
        except (OSError, ValueError) as exc:   # unreadable or corrupt: as if not published
            log.error("cannot read published file %s: %s", path, exc)
            return None
        with self._lock:
            self._cache[slot] = (key, value)
        return value

    def blob(self, rel: str) -> Blob | None:
        """A published file's bytes with the strong ETag and Last-Modified a static server
        (nginx) sends for the same file, from its mtime and size."""
        return self._load(rel, lambda b, m: Blob(b, static_etag(m, len(b)).strip('"'), int(m), self.out_dir / rel),
                          "bytes")

    def events(self, private: bool = False) -> list[dict]:
        """Published events (public ones unless ``private``), ``start``/``end`` parsed."""
        rel = "private/events.json" if private else "public/events.json"
        return self._load(rel, lambda b, m: [_parse(e) for e in json.loads(b)]) or []

    def feeds(self) -> dict | None:
        """The feed manifest (``public/feeds.json``) plus ``by_key``: canonical filter key →
        feed entry (see :mod:`public_feed.feedset`); ``None`` before the first sync."""
        return self._load("public/feeds.json", lambda b, m: _index_feeds(json.loads(b)))

    def departments(self) -> "Departments":
        """The departments of the release being served: ``feeds.json``'s ``departments`` and
        ``department_aliases`` (what the sync's config said), so a rename reaches the pages
        with the sync that publishes it, as it reaches the feed routes; the app's config
        before the first sync (or for a manifest without them)."""
        manifest = self.feeds()
        key = id(manifest)
        with self._lock:
            hit = self._cache.get("departments")
            if hit and hit[0] == key and hit[1][0] is manifest:
                return hit[1][1]
        from .feedset import alias_slugs
        configured = self.config.departments
        if manifest and manifest.get("departments"):
            names = dict(manifest["departments"])
        else:
            names = {d.slug: d.name for d in configured}
        aliases = (manifest or {}).get("department_aliases")
        if aliases is None:
            aliases = alias_slugs((d.name, d.slug, d.aliases) for d in configured)
        value = Departments(names, dict(aliases), {name: slug for slug, name in names.items()})
        with self._lock:
            self._cache["departments"] = (key, (manifest, value))
        return value

    def merged(self) -> dict[str, str]:
        """``{merged-away uid: surviving uid}`` (``public/merged.json``; empty if absent)."""
        return self._load("public/merged.json", lambda b, m: json.loads(b)) or {}

    def index(self, private: bool = False):
        """The date index (:class:`public_feed.siteindex.SiteIndex`) of the public events — of
        every event for ``private`` (the staff calendar) — of the current release, reopened
        when a sync publishes a new one; ``None`` when absent (published before issue 17),
        of another format or unreadable: the pages then read ``events.json``."""
        from .siteindex import INDEX_FILE, STAFF_INDEX_FILE, SiteIndex
        return self._opened(STAFF_INDEX_FILE if private else INDEX_FILE,
                            lambda path: SiteIndex(path, self.config.tz, self.departments().slug_of))

    def calendars(self):
        """Each event's own calendar (:class:`public_feed.calendars.EventCalendars`) of the
        current release, reopened when a sync publishes a new table; ``None`` when absent
        (a release published before issue 17, p17p, held one file per event) or unreadable."""
        from .calendars import CALENDARS_FILE, EventCalendars
        return self._opened(CALENDARS_FILE, EventCalendars)

    def _opened(self, rel: str, open_):
        """``open_(path)`` of the published file ``rel`` (a SQLite file the app queries),
        cached until the file's mtime, size or inode changes (a sync publishes a new one);
        ``None`` when absent, or when ``open_`` raises ``OSError``, ``ValueError``,
        ``KeyError``, ``IndexError`` or ``sqlite3.Error`` (logged)."""
        path = self.out_dir / rel
        try:
            st = path.stat()
        except OSError:
            return None
        key = (st.st_mtime, st.st_size, st.st_ino)
        with self._lock:
            hit = self._cache.get(rel)
            if hit and hit[0] == key:
                return hit[1]
        try:
            value = open_(path)
        except (OSError, ValueError, KeyError, IndexError, sqlite3.Error) as exc:
            log.error("cannot read published file %s: %s", path, exc)
            value = None
        with self._lock:
            self._cache[rel] = (key, value)
        return value

    def status(self) -> dict | None:
        return self._load("public/status.json", lambda b, m: json.loads(b))


def _index_feeds(manifest: dict) -> dict:
    return {**manifest, "by_key": {f["key"]: f for f in manifest["feeds"]}}


def _parse(e: dict) -> dict:
    def when(v: str):
        return datetime.fromisoformat(v) if "T" in v else date.fromisoformat(v)
    return {**e, "start": when(e["start"]), "end": when(e["end"]),
            "last_modified": datetime.fromisoformat(e["last_modified"]) if e.get("last_modified") else None}
