"""The site indexes built on a thread while the sync finishes (issue 17, p17n). I/O shell.

The pages' two date indexes (:mod:`public_feed.siteindex`; public ``private/site-index.sqlite``
and staff ``private/staff-index.sqlite``) need only the ``events.json`` lists, known once the
published files are built. Nothing after that point reads them: the sync's remaining work
(Data Quality, dashboard, staging flush, the record's transaction, waiting for the report
worker's workbook) goes on while one thread builds them and, once the other files are
staged, sets each in the staged release as it is built (p17q); :meth:`SiteIndexJob.into`
waits for them before the tabs are written (inside the record's transaction), so
a failed build fails the sync exactly as before: the error is raised, the record rolls back,
no tab is written and the staging directory is removed.

Why a thread (measured, docs/performance.md, "Performance: site indexes"): on this 2-core machine the other
core runs the report worker process while this process mostly waits for it, so the thread
gets the interpreter most of the time, and SQLite releases the GIL while it builds the B-trees
and the FTS5 index. A forked process (lists inherited copy-on-write, index bytes pickled back)
competed with the report worker for the same two cores and paid copy-on-write faults: the
sync waited 0.2–0.3 s at 5,000 rows and 6.3 s at 100,000 for it, against 0–0.3 s and 0.5 s
for the thread.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import ExitStack
from pathlib import Path
from typing import Callable, Iterable, Mapping, MutableMapping

log = logging.getLogger("safety_events")


class SiteIndexJob:
    """``build()`` (``{release path: bytes}``, or an iterable of ``(release path, bytes)``
    pairs) running on a thread owned by ``owned``: the thread is joined when ``owned``
    closes, also when the sync fails. ``done`` (optional) runs on the thread once ``build``
    returns or raises (the sync frees the lists the indexes were built from).

    Issue 17 (p17q): once the sync has handed the staging over (:meth:`hand_over`, after
    :meth:`Staging.finish`, when no other thread sets files in it), the thread stages each
    file itself as soon as it is built, so the public index is on disk (and freed) before
    the staff index is serialised, and the job holds no file once staged."""

    def __init__(self, build: Callable[[], "Mapping[str, bytes] | Iterable[tuple[str, bytes]]"],
                 owned: ExitStack, done: Callable[[], object] | None = None):
        self._staging: MutableMapping[str, bytes] | None = None
        self._handed = threading.Event()
        self._cancelled = False
        self._paths: list[str] = []
        pool = owned.enter_context(ThreadPoolExecutor(max_workers=1, thread_name_prefix="site-index"))
        self._future = pool.submit(self._run, build, done)
        owned.callback(self._stop)      # before the pool's join (LIFO): a thread never left waiting

    def hand_over(self, staging: MutableMapping[str, bytes]) -> None:
        """Let the thread set each file into ``staging`` as it is built (the caller sets no
        file there any more until :meth:`into` returns). Returns at once."""
        if self._staging is None:
            self._staging = staging
            self._handed.set()

    def into(self, staging: MutableMapping[str, bytes]) -> int:
        """Wait for the indexes, each set into ``staging`` (a :class:`public_feed.release.Staging`:
        written to its directory; :meth:`hand_over` if not done yet) and flush them to disk,
        as :meth:`Staging.finish` flushed the other files; returns how many files. Raises what
        the build raised (files staged before stay; the caller discards the staging), and
        ``OSError``."""
        waited = time.perf_counter()
        self.hand_over(staging)
        seconds, cpu = self._future.result()
        log.info("site indexes built on a thread in %.2f s, %.2f s CPU (the sync waited %.2f s for them)",
                 seconds, cpu, time.perf_counter() - waited)
        folder = getattr(staging, "path", None)
        if folder is not None:
            for rel in self._paths:
                _fsync(Path(folder) / rel)
            for parent in sorted({(Path(folder) / rel).parent for rel in self._paths}):
                _fsync(parent)
        return len(self._paths)

    def cancel(self) -> None:
        """Stop staging files and wait for the thread to end (the sync failed: its staging is
        about to be removed). Never raises the build's error."""
        self._stop()
        wait([self._future])

    def _stop(self) -> None:
        self._cancelled = True
        self._handed.set()

    def _run(self, build, done: Callable[[], object] | None) -> tuple[float, float]:
        started, cpu, idle = time.perf_counter(), time.thread_time(), 0.0
        try:
            built = build()
            for rel, data in built.items() if isinstance(built, Mapping) else built:
                waiting = time.perf_counter()
                self._handed.wait()
                idle += time.perf_counter() - waiting       # not counted as building
                if self._cancelled:
                    break
                self._staging[rel] = data
                self._paths.append(rel)
                del data            # issue 17 (p17q): on disk now, not held while the next is built
            return time.perf_counter() - started - idle, time.thread_time() - cpu
        finally:
            if done is not None:
                done()


def _fsync(path: Path) -> None:
    """``fsync`` one file or folder (a hard link to the served copy is already on disk; an
    fsync of it costs nothing)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
