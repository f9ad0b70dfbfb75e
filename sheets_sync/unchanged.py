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
from itertools import chain
from pathlib import Path
from typing import Sequence

from .model import Table

VOLATILE_LABELS = frozenset({"Last sync (UTC)"})


#: Rows encoded at a time by :func:`tables_digest` (issue 17, p17q: a 76,000-row tab is
#: never encoded whole).
DIGEST_ROWS = 1000

#: Cell types whose msgpack encoding (msgspec) tells every two unequal cells apart: each its
#: own msgpack family (string, integer, float64, boolean, nil), the exact type, not a subclass.
PLAIN_CELLS = frozenset({str, int, float, bool, type(None)})


def tables_digest(tables: Sequence[Table]) -> str:
    """SHA-256 (hex) of ``tables`` in order, rows labelled in :data:`VOLATILE_LABELS` left out:
    equal for two writes exactly when every tab has the same title, rows, highlights,
    dropdowns and pictures (a PNG, or a chart's stand-in, :func:`sheets_sync.chart_cache.stand_ins`,
    issue 17, p17y: equal stand-ins give equal PNGs).

    For each table: its head — ``repr((title, number of rows kept, highlights, dropdowns, [(anchor,
    SHA-256 of the picture)]))`` — then its rows :data:`DIGEST_ROWS` at a time, each batch
    msgspec's msgpack of the rows (https://jcristharif.com/msgspec/api.html#msgspec.msgpack.Encoder;
    issue 17, p17ab: about half the CPU of the ``repr`` hashed before) when every cell of the
    batch is of a :data:`PLAIN_CELLS` type, else (a date, a subclass, anything msgpack
    would write like a string) or where msgspec refuses a cell (an ``int`` past 64 bits, a lone
    surrogate) the batch's ``repr``; each piece tagged and length-prefixed, so the hashed bytes
    decode back to the tables. A digest of main before p17ab (the ``repr`` of each table) is
    not this one: the first sync after upgrading writes the report once more."""
    import msgspec
    encode = msgspec.msgpack.Encoder().encode
    h = hashlib.sha256(b"tables digest 2\n")
    for t in tables:
        rows = t.rows
        if any(r and r[0] in VOLATILE_LABELS for r in rows):
            rows = tuple(r for r in rows if not (r and r[0] in VOLATILE_LABELS))
        pictures = [(anchor, hashlib.sha256(png).hexdigest()) for anchor, png in t.images]
        _piece(h, b"t", repr((t.title, len(rows), t.highlights, t.dropdowns, pictures)).encode())
        for start in range(0, len(rows), DIGEST_ROWS):
            batch = rows[start:start + DIGEST_ROWS]
            try:        # the batch's cells checked just before it is encoded: still in the CPU's cache
                if set(map(type, chain.from_iterable(batch))) <= PLAIN_CELLS:
                    _piece(h, b"m", encode(batch))
                    continue
            except (OverflowError, UnicodeEncodeError):
                pass
            _piece(h, b"r", repr(batch).encode())
    return h.hexdigest()


def _piece(h, tag: bytes, data: bytes) -> None:
    """Hash ``tag`` (one byte), the length of ``data`` (8 bytes, big-endian) and ``data``."""
    h.update(tag + len(data).to_bytes(8, "big"))
    h.update(data)


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
