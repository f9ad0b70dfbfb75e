"""One sync at a time: an exclusive ``flock(2)`` on ``<out>/.sync.lock``.

The kernel drops a ``flock`` when the process holding it exits for any reason (a crash,
``kill -9``, a reboot), so a dead run never leaves the lock stuck and there is no stale-lock
clean-up to get wrong. While held, the file names the holder (pid, host, since) for the
message the next run prints. Locks are per open file, so two opens in one process exclude
each other too. ``flock`` is not reliable on NFS: keep the output directory on a local disk.
"""
from __future__ import annotations

import fcntl
import os
import socket
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

LOCK_NAME = ".sync.lock"


class SyncBusy(Exception):
    """Another sync holds the lock; the message names it and says what to do."""


@contextmanager
def sync_lock(out_dir: Path) -> Iterator[None]:
    """Hold the exclusive, non-blocking sync lock of ``out_dir`` for the ``with`` block.

    Raises :class:`SyncBusy` at once (never waits) if another run holds it.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / LOCK_NAME
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
            raise SyncBusy(f"another sync is running ({holder}; lock {path}); wait for it to "
                           "finish — a run that died releases the lock by itself") from None
        since = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()} since {since}".encode(), 0)
        except OSError as exc:              # a full disk: the kernel's error names no file
            if exc.filename is None:
                exc.filename = str(path)
            raise
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)
