"""VEVENT bytes kept from one sync to the next, keyed by what they are made of (issue 17).

A sync where nothing changed serialises no VEVENT: each event's bytes are looked up by a
content key — a SHA-256 of every :class:`CombinedEvent` field that :func:`.ics.build_vevent`
reads (all but ``rows``, ``evidence``, ``extra``), the event's URL, and the serialiser
itself (the source of :mod:`public_feed.ics`, :mod:`public_feed.fold` and :mod:`public_feed.vevent`, icalendar's version), so a changed event,
link or serialiser never reuses stale bytes. The store is one file in the output directory
(``.vevents.cache``, Python ``marshal`` of ``{key: bytes}``), written atomically; a missing,
unreadable or foreign file is an empty cache. Only the events of the last sync are kept
(issue 17, p17t: each per-event calendar's own head lines are no longer kept here; folding
them once per distinct title, :class:`public_feed.ics.HeadLines`, costs less than hashing a
key for each).
"""
from __future__ import annotations

import hashlib
import marshal
import os
from dataclasses import fields
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Callable, Iterable

from sheets_sync.model import CombinedEvent

CACHE_FILE = ".vevents.cache"
_NOT_SERIALISED = {"rows", "evidence", "extra"}     # fields build_vevent never reads


@lru_cache(maxsize=1)
def _serialiser_tag() -> bytes:
    import icalendar

    from . import fold, ics, vevent
    source = b"".join(Path(m.__file__).read_bytes() for m in (ics, fold, vevent))
    return hashlib.sha256(source + icalendar.__version__.encode()).digest()


@lru_cache(maxsize=1)
def _key_fields() -> tuple[str, ...]:
    return tuple(f.name for f in fields(CombinedEvent) if f.name not in _NOT_SERIALISED)


@lru_cache(maxsize=1)
def _key_values() -> Callable[[CombinedEvent], tuple]:
    """``event`` → the tuple of its :func:`_key_fields` values (one C call; issue 17, p17m)."""
    return attrgetter(*_key_fields())       # (many fields: attrgetter gives a tuple)


def event_key(event: CombinedEvent, url: str) -> str:
    """The content key of ``event``'s VEVENT with link ``url`` (hex SHA-256)."""
    values = _key_values()(event)
    return hashlib.sha256(_serialiser_tag() + repr((values, url)).encode()).hexdigest()


def load(out_dir: Path) -> dict[str, bytes]:
    """The stored ``{key: VEVENT bytes}``, or ``{}`` when there is none or it is unreadable."""
    try:
        data = marshal.loads((Path(out_dir) / CACHE_FILE).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def save(out_dir: Path, store: dict[str, bytes]) -> None:
    """Replace the stored cache with ``store`` (temp file + rename; the temp name matches the
    ``.*.*.tmp`` leftovers that :func:`sheets_sync.pipeline.clean_leftovers` removes)."""
    path = Path(out_dir) / CACHE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{CACHE_FILE}.{os.getpid()}.tmp")
    tmp.write_bytes(marshal.dumps(store))
    os.replace(tmp, path)


def prefill(events: Iterable[CombinedEvent], store: dict[str, bytes],
            event_url: Callable[[CombinedEvent], str]) -> tuple[dict[str, bytes], dict[str, str]]:
    """``(cache, keys)``: ``cache`` maps UID → stored VEVENT bytes for each event whose
    content key is in ``store`` (the form :func:`.ics.build_feed` takes as ``cache``);
    ``keys`` maps every event's UID → its content key, for :func:`collect`."""
    cache, keys = {}, {}
    for e in events:
        key = keys[e.uid] = event_key(e, event_url(e))
        blob = store.get(key)
        if blob is not None:
            cache[e.uid] = blob
    return cache, keys


def collect(keys: dict[str, str], cache: dict[str, bytes]) -> dict[str, bytes]:
    """The store to save after a build: content key → bytes for each UID the build cached."""
    return {key: cache[uid] for uid, key in keys.items() if uid in cache}
