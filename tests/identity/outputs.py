"""Helpers for the identity tests: a snapshot of every output, and failures injected at a write step."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Iterator
from unittest import mock

from sheets_sync.backends import MemoryBackend
from sheets_sync.record import Record

WRITE_STEPS = ("tabs", "publish", "record")


def output_snapshot(config, backend=None) -> dict:
    """Everything a sync writes: published files (bytes), generated tabs, record rows."""
    out = config.out_dir
    files = {}
    for top in ("public", "private"):
        root = out / top
        if root.exists():
            files.update({str(p.relative_to(out)): p.read_bytes() for p in sorted(root.rglob("*"))
                          if p.is_file()})
    if isinstance(backend, MemoryBackend):
        tabs = {title: table.rows for title, table in backend.written.items()}
    else:
        tabs = config.report_path.read_bytes() if config.report_path.exists() else None
    record = {}
    if config.record_path.exists():
        with sqlite3.connect(config.record_path) as db:
            record = {"events": db.execute("SELECT * FROM events ORDER BY uid").fetchall(),
                      "history": db.execute("SELECT * FROM history ORDER BY id").fetchall()}
    return {"files": files, "tabs": tabs, "record": record}


def _fail_on_call(real, n: int, error: BaseException):
    """``real`` that raises ``error`` on its ``n``-th call only (so the step is half done)."""
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls == n:
            raise error
        return real(*args, **kwargs)
    return wrapper


@contextmanager
def inject_failure(step: str, backend=None) -> Iterator[None]:
    """Make the next sync fail part-way through one write step.

    ``tabs``: the backend's ``write_tabs`` raises; ``publish``: the first published file that
    changed cannot be written (disk full; unchanged ones are already linked); ``record``: the record's transaction fails after the old
    rows were deleted and the new ones inserted (before the tabs are written).
    """
    if step == "tabs" and isinstance(backend, MemoryBackend):
        backend.fail_next_write = True
        try:
            yield
        finally:
            backend.fail_next_write = False
        return
    disk_full = OSError(28, "No space left on device (injected)")
    if step == "tabs":
        patch = mock.patch("sheets_sync.backends.workbook.WorkbookBackend.write_tabs", side_effect=disk_full)
    elif step == "publish":
        patch = mock.patch("public_feed.release.open", _fail_on_call(open, 1, disk_full), create=True)
    elif step == "record":
        real_saving = Record.saving

        @contextmanager
        def broken_saving(self, *args, **kwargs):
            with real_saving(self, *args, **kwargs):
                raise sqlite3.OperationalError("disk I/O error (injected)")
            yield                                           # pragma: no cover
        patch = mock.patch.object(Record, "saving", broken_saving)
    else:
        raise ValueError(step)
    with patch:
        yield
