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


def tables_digest(tables: Sequence[Table]) -> str:
    """SHA-256 (hex) of ``tables`` in order, rows labelled in :data:`VOLATILE_LABELS` left out."""
    h = hashlib.sha256()
    for t in tables:
        rows = tuple(r for r in t.rows if not (r and r[0] in VOLATILE_LABELS))
        h.update(repr((t.title, rows, t.highlights, t.dropdowns)).encode())
        for anchor, png in t.images:
            h.update(anchor.encode() + hashlib.sha256(png).digest())
    return h.hexdigest()


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
