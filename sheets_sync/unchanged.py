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
