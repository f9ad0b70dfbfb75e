"""The site indexes built on a thread while the sync finishes (issue 17, p17n). I/O shell.

The pages' two date indexes (:mod:`public_feed.siteindex`; public ``private/site-index.sqlite``
and staff ``private/staff-index.sqlite``) need only the ``events.json`` lists, known once the
published files are built. Nothing after that point reads them: the sync's remaining work
(Data Quality, dashboard, staging flush, the record's transaction, waiting for the report
worker's workbook) goes on while one thread builds them, and :meth:`SiteIndexJob.into` puts
them in the staged release before the tabs are written (inside the record's transaction), so
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
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Callable, Mapping, MutableMapping

log = logging.getLogger("safety_events")


class SiteIndexJob:
    """``build()`` (``{release path: bytes}``) running on a thread owned by ``owned``: the
    thread is joined when ``owned`` closes, also when the sync fails. ``done`` (optional) runs
    on the thread once ``build`` returns or raises (the sync frees the lists the indexes
    were built from)."""

    def __init__(self, build: Callable[[], Mapping[str, bytes]], owned: ExitStack,
                 done: Callable[[], object] | None = None):
        pool = owned.enter_context(ThreadPoolExecutor(max_workers=1, thread_name_prefix="site-index"))
        self._future = pool.submit(_timed, build, done)

    def into(self, staging: MutableMapping[str, bytes]) -> int:
        """Wait for the indexes, set each into ``staging`` (a :class:`public_feed.release.Staging`:
        written to its directory) and flush it to disk, as :meth:`Staging.finish` flushed the
        other files; returns how many files. Raises what the build raised, and ``OSError``."""
        waited = time.perf_counter()
        files, seconds, cpu = self._future.result()
        self._future = None     # issue 17 (p17q): the index bytes are not held once staged
        log.info("site indexes built on a thread in %.2f s, %.2f s CPU (the sync waited %.2f s for them)",
                 seconds, cpu, time.perf_counter() - waited)
        folder = getattr(staging, "path", None)
        for rel, data in files.items():
            staging[rel] = data
            if folder is not None:
                _fsync(Path(folder) / rel)
        if folder is not None:
            for parent in sorted({(Path(folder) / rel).parent for rel in files}):
                _fsync(parent)
        return len(files)


def _timed(build: Callable[[], Mapping[str, bytes]], done: Callable[[], object] | None):
    started, cpu = time.perf_counter(), time.thread_time()
    try:
        return dict(build()), time.perf_counter() - started, time.thread_time() - cpu
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
