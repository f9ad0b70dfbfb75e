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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

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


@dataclass
class _Part:
    """One table of a :class:`StreamedDigest` while it is given: its head, the rows still to
    come (``None`` once whole), the rows hashed so far, and where its text goes (the digest
    itself, or ``kept``, zlib-compressed by ``packer``, when an earlier table is not in yet)."""
    head: Table
    left: int | None
    count: int
    write: Callable[[bytes], None]
    packer: Any = None
    kept: list[bytes] = field(default_factory=list)


class StreamedDigest:
    """:func:`tables_digest` of tables received in pieces (issue 17, p17z: the report worker
    takes it as the rows arrive, not the sync's own thread). ``titles``: the tables' order
    (the digest's); each table is given as :meth:`begin` (its head: title, highlights,
    dropdowns and images, rows ignored; ``rows`` its number of rows), then :meth:`rows`
    until that many are given. Tables may come in any order, each whole before the next:
    the text of one that comes before an earlier title is done is kept zlib-compressed
    (about a tenth of its size) until then. :meth:`hexdigest` once every table is in;
    raises ``ValueError`` for a title not in ``titles``, given twice or begun while another
    is not whole, or for a digest asked before every table is whole."""

    def __init__(self, titles: Sequence[str]):
        self._order = list(titles)
        self._next = 0                      # index in _order of the first table not yet hashed
        self._h = hashlib.sha256()
        self._parts: dict[str, _Part] = {}

    def begin(self, head: Table, rows: int) -> None:
        if head.title not in self._order or head.title in self._parts or any(
                p.left is not None for p in self._parts.values()):
            raise ValueError(f"unexpected table {head.title!r} (unknown, given twice, or another is not whole)")
        if self._order[self._next] == head.title:
            part = _Part(head, rows, 0, self._h.update)
        else:
            packer = zlib.compressobj(1)
            part = _Part(head, rows, 0, lambda b: part.kept.append(packer.compress(b)), packer)
        self._parts[head.title] = part
        part.write(f"({head.title!r}, (".encode())
        if rows == 0:
            self._close(part)

    def rows(self, title: str, rows: Sequence[tuple]) -> None:
        part = self._parts[title]
        kept = [r for r in rows if not (r and r[0] in VOLATILE_LABELS)]
        if kept:
            part.write(((", " if part.count else "") + ", ".join(map(repr, kept))).encode())
            part.count += len(kept)
        part.left -= len(rows)
        if part.left <= 0:
            self._close(part)

    def _close(self, part: _Part) -> None:
        head = part.head
        part.write(b",)" if part.count == 1 else b")")
        part.write(f", {head.highlights!r}, {head.dropdowns!r})".encode())
        for anchor, png in head.images:
            part.write(anchor.encode() + hashlib.sha256(png).digest())
        part.left = None
        if part.packer is not None:
            part.kept.append(part.packer.flush())
        while self._next < len(self._order) and (p := self._parts.get(self._order[self._next])) is not None \
                and p.left is None:             # every whole table next in order, hashed now
            if p.packer is not None:
                unpack = zlib.decompressobj()
                for piece in p.kept:
                    self._h.update(unpack.decompress(piece))
                p.kept.clear()
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
