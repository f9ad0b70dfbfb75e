"""One background thread that runs file writes in order while the caller goes on (issue 17).

Creating a file costs the kernel 0.02–0.3 ms of CPU on this kind of ext4 VM (more while
another process writes to the same file system, as the report worker does during a first
sync); ``os.open``/``os.write``/``os.close`` release the GIL, so the release's files
(:class:`public_feed.release.Staging`, in batches of files) are written on this thread while
the sync builds the next ones on the other core.

:class:`Writer` takes callables and runs them one at a time, first in first out, on one
daemon thread. The queue is bounded (:data:`QUEUE_ITEMS` items), so a caller faster than the
disk waits instead of holding every file in memory. The first exception a job raises is kept;
the jobs after it are skipped (never run), and the caller gets that exception from its next
:meth:`Writer.submit` or from :meth:`Writer.close`. :meth:`Writer.abandon` skips everything
still queued and ends the thread without raising (for a release being discarded).
"""
from __future__ import annotations

import queue
import threading
from typing import Any, Callable

#: Jobs waiting at most, by default (:class:`~public_feed.release.Staging` queues batches of
#: files, :data:`~public_feed.release.BATCHES_QUEUED` at most).
QUEUE_ITEMS = 64

_STOP = object()


class Writer:
    """Run ``fn(*args)`` jobs in order on one background thread (started at the first job).

    Raises, from :meth:`submit` or :meth:`close`, the first exception a job raised (any
    ``BaseException``, e.g. ``OSError`` for a full disk or a folder without write permission);
    once one has, no later job runs."""

    def __init__(self, name: str = "release-writer", size: int = QUEUE_ITEMS):
        self._queue: queue.Queue = queue.Queue(maxsize=size)
        self._name = name
        self._thread: threading.Thread | None = None
        self._skip = False              # set by abandon(): queued jobs are dropped
        self.error: BaseException | None = None

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            if self.error is None and not self._skip:
                fn, args = item
                try:
                    fn(*args)
                except BaseException as exc:    # kept for the caller's thread, which re-raises it
                    self.error = exc

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error

    def submit(self, fn: Callable[..., Any], *args: Any) -> None:
        """Queue ``fn(*args)``; waits while :data:`QUEUE_ITEMS` jobs are queued. Raises the
        first exception an earlier job raised, and ``RuntimeError`` after :meth:`close`."""
        self._raise()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
            self._thread.start()
        elif not self._thread.is_alive():
            raise RuntimeError("the writer is closed")
        self._queue.put((fn, args))

    def _stop(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join()

    def close(self) -> None:
        """Wait until every queued job has run, end the thread, and raise the first
        exception a job raised, if any."""
        self._stop()
        self._raise()

    def abandon(self) -> None:
        """Drop the jobs still queued (the one running finishes), end the thread; raises
        nothing."""
        self._skip = True
        self._stop()
