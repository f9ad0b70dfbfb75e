"""Is a write of generated tabs the same as the last one? (issue 17: a sync where nothing
changed writes nothing.) Pure digests plus a small sidecar record of the last write.

Two writes are the same when every tab has the same title, cells, fills, pictures and
dropdowns, ignoring only rows labelled in :data:`VOLATILE_LABELS` — the sync's own clock
(Data Quality's ``Last sync (UTC)``), which differs at every run and is also published in
``status.json`` and the record.
"""
from __future__ import annotations

import hashlib
import json
import os
import zlib
from pathlib import Path
from typing import Sequence

from .model import Table

VOLATILE_LABELS = frozenset({"Last sync (UTC)"})


#: Rows whose text is hashed at a time by :func:`tables_digest` (issue 17, p17q).
DIGEST_ROWS = 1000


def tables_digest(tables: Sequence[Table]) -> str:
    """SHA-256 (hex) of ``tables`` in order, rows labelled in :data:`VOLATILE_LABELS` left out:
    for each table, the UTF-8 of ``repr((title, rows, highlights, dropdowns))`` (``rows`` a
    tuple), then each picture's anchor and the SHA-256 of its PNG. The text is hashed
    :data:`DIGEST_ROWS` rows at a time (issue 17, p17q: a 76,000-row tab's whole text, about
    100 MB with its encoding, is never built), to the same digest."""
    h = hashlib.sha256()
    for t in tables:
        h.update(f"({t.title!r}, ".encode())
        _hash_tuple_repr(h, (r for r in t.rows if not (r and r[0] in VOLATILE_LABELS)))
        h.update(f", {t.highlights!r}, {t.dropdowns!r})".encode())
        for anchor, png in t.images:
            h.update(anchor.encode() + hashlib.sha256(png).digest())
    return h.hexdigest()


def _hash_tuple_repr(h, items) -> None:
    """``h.update(repr(tuple(items)).encode())``, :data:`DIGEST_ROWS` items at a time."""
    h.update(b"(")
    count, batch = 0, []
    for item in items:
        batch.append(item)
        if len(batch) == DIGEST_ROWS:
            h.update(((", " if count else "") + ", ".join(map(repr, batch))).encode())
            count, batch = count + len(batch), []
    if batch:
        h.update(((", " if count else "") + ", ".join(map(repr, batch))).encode())
        count += len(batch)
    h.update(b",)" if count == 1 else b")")


class StreamedDigest:
    """:func:`tables_digest` of tables received in pieces (issue 17, p17z: the report worker
    takes it as the rows arrive, not the sync's own thread). ``titles``: the tables' order
    (the digest's); each table is given as :meth:`begin` (its head: title, highlights,
    dropdowns and images, rows ignored; ``rows`` its number of rows), then :meth:`rows`
    until that many are given. Tables may come in any order, each whole before the next:
    the text of one that comes before an earlier title is done is kept zlib-compressed
    (about a tenth of its size) until then. :meth:`hexdigest` once every table is in;
    raises ``ValueError`` for a title not in ``titles`` or given twice, or for a digest
    asked before every table is whole."""

    def __init__(self, titles: Sequence[str]):
        self._order = list(titles)
        self._next = 0                      # index in _order of the first table not yet hashed
        self._h = hashlib.sha256()
        self._tables: dict[str, list] = {}  # title → [head, rows left, items so far, sink, zlib, parts]

    def begin(self, head: Table, rows: int) -> None:
        if head.title not in self._order or head.title in self._tables or any(
                t[1] is not None for t in self._tables.values()):
            raise ValueError(f"unexpected table {head.title!r} (unknown, given twice, or another is not whole)")
        direct = self._order[self._next] == head.title
        z = None if direct else zlib.compressobj(1)
        parts: list[bytes] = []
        sink = self._h.update if direct else (lambda b: parts.append(z.compress(b)))
        self._tables[head.title] = [head, rows, 0, sink, z, parts]
        sink(f"({head.title!r}, (".encode())
        if rows == 0:
            self._close(head.title)

    def rows(self, title: str, rows: Sequence[tuple]) -> None:
        t = self._tables[title]
        kept = [r for r in rows if not (r and r[0] in VOLATILE_LABELS)]
        if kept:
            t[3](((", " if t[2] else "") + ", ".join(map(repr, kept))).encode())
            t[2] += len(kept)
        t[1] -= len(rows)
        if t[1] <= 0:
            self._close(title)

    def _close(self, title: str) -> None:
        head, _, count, sink, z, parts = self._tables[title]
        sink(b",)" if count == 1 else b")")
        sink(f", {head.highlights!r}, {head.dropdowns!r})".encode())
        for anchor, png in head.images:
            sink(anchor.encode() + hashlib.sha256(png).digest())
        self._tables[title][1] = None       # whole
        if z is not None:
            parts.append(z.flush())
        self._advance()

    def _advance(self) -> None:
        """Hash every whole table kept compressed that is next in order."""
        while self._next < len(self._order) and (t := self._tables.get(self._order[self._next])) is not None \
                and t[1] is None:
            if t[4] is not None:
                d = zlib.decompressobj()
                for part in t[5]:
                    self._h.update(d.decompress(part))
                t[5].clear()
            self._next += 1

    def hexdigest(self) -> str:
        if self._next < len(self._order):
            raise ValueError(f"the table {self._order[self._next]!r} is not whole yet")
        return self._h.hexdigest()


def _sidecar(target: Path) -> Path:
    return target.with_name(f".{target.name}.written")


def same_as_last(target: Path, digest: str) -> bool:
    """True when ``target`` is, byte for byte as far as size and modification time tell, the
    file the last :func:`remember` described with this ``digest``."""
    try:
        last = json.loads(_sidecar(target).read_text())
        st = target.stat()
    except (OSError, ValueError):
        return False
    return last == {"digest": digest, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def remember(target: Path, digest: str) -> None:
    """Note that ``target`` was just written from tables with ``digest``."""
    st = target.stat()
    side = _sidecar(target)
    tmp = side.with_name(f"{side.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"digest": digest, "size": st.st_size, "mtime_ns": st.st_mtime_ns}))
    os.replace(tmp, side)
