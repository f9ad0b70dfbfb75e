"""A pure function mapped over a list by this process and a forked child together (issue 17). I/O shell.

Parsing the intake rows (:func:`sheets_sync.validate.parse_tabs`) is pure and the largest
part of a sync's first half, while the second core idled. A child made by ``os.fork`` has
the rows already (copy-on-write: nothing is sent to it); in :func:`map_shared` this process
takes items from the front and the child from the back, one at a time, each taking a token
from one queue (a pipe holding a token per item, written before the fork) until it is
empty, so the split follows how fast each process really goes (the second core is shared
with the report worker's start-up), and the child writes back only its results, pickled,
over a second pipe. :func:`use_child` says when the sync uses it. The merge scores its
candidate pairs so too (:func:`sheets_sync.merge._kept_verdicts`), from 30,000 pairs on: below
that (20,000 rows give 15,600) the child's start and the pages it copies eat what sharing
saves; at 100,000 rows (200,000 pairs) the merge took 8.4–9.2 s against 10.6–10.8.

The child touches nothing it inherited beyond the work: the cyclic collector is off in it
(it does not walk, and so copy, the parent's heap), and it ends with ``os._exit`` (no
``atexit`` hook, no buffered output written twice, no SQLite connection closed). When the
child cannot be made, raises, dies or is killed, this process maps the items it had taken
itself and logs why: the answer is the same, only later. When this process raises, the
child is killed and reaped. A parent that dies first (killed alone) leaves the child to stop
before its next item (it is no longer the parent's child) and end without a word. Only the forking thread goes on in the child; a lock another thread held
at the fork stays held there, which is why the child runs pure code only (the sync starts
its report worker's threads after the parse; Python 3.12 and later warn when a process with
other threads forks).
"""
from __future__ import annotations

import gc
import logging
import os
import pickle
import signal
import struct
import sys
from contextlib import suppress
from typing import Callable, Sequence, TypeVar

log = logging.getLogger("safety_events")
T = TypeVar("T")
R = TypeVar("R")
_TOKEN = struct.Struct("=I")    # one item to take, in the queue pipe
#: The most items :func:`map_shared` shares: the queue is written whole before the fork, and
#: every pipe holds at least ``PIPE_BUF`` (4,096 bytes on Linux) without a reader; a longer
#: list is mapped by this process alone.
MAX_ITEMS = 4096 // _TOKEN.size


def map_shared(fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``[fn(x) for x in items]`` (``fn`` pure, its results picklable), worked out by this
    process and a forked child together: this process takes items from the front, the child
    from the back (each process sees neighbouring items: a tab's rows and what they share),
    one at a time until they meet. Falls back to this process alone where ``os.fork`` is
    missing or fails, and for fewer than two or more than :data:`MAX_ITEMS` items. Raises what
    ``fn`` raises here (the child is then ended)."""
    if not 2 <= len(items) <= MAX_ITEMS or not hasattr(os, "fork"):
        return [fn(x) for x in items]
    queue_out, queue_in = os.pipe()                 # a token per item, taken by both
    os.write(queue_in, _TOKEN.pack(0) * len(items))
    os.close(queue_in)                              # (an empty queue then reads as its end)
    read_end, write_end = os.pipe()                 # the child's results
    parent = os.getpid()
    try:
        pid = os.fork()
    except OSError as exc:
        for fd in (queue_out, read_end, write_end):
            os.close(fd)
        log.info("could not start a second process (%s); one process does the work", exc)
        return [fn(x) for x in items]
    if pid == 0:                                    # the child
        status = 1
        try:
            os.close(read_end)
            gc.disable()
            done = {}
            for k in _taken(queue_out):
                if os.getppid() != parent:          # the sync is gone (killed alone): stop here,
                    os._exit(1)                     # not parse on holding its lock
                done[len(items) - 1 - k] = fn(items[len(items) - 1 - k])
            payload = pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as out:
                out.write(payload)
            status = 0
        except BaseException:                       # noqa: BLE001 (the parent redoes its part)
            pass
        finally:
            os._exit(status)
    os.close(write_end)
    results: dict[int, R] = {}
    pipe = os.fdopen(read_end, "rb")
    try:
        for k in _taken(queue_out):
            results[k] = fn(items[k])
        payload = pipe.read()
        _, status = os.waitpid(pid, 0)
    except BaseException:                           # (Ctrl-C here too: the child is not left behind)
        with suppress(ProcessLookupError, ChildProcessError):      # (unless already reaped)
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        raise
    finally:
        os.close(queue_out)
        pipe.close()
    theirs = pickle.loads(payload) if status == 0 and payload else None
    if theirs is None:
        log.warning("the second process ended without its results (exit %s); this one does its part",
                    os.waitstatus_to_exitcode(status))
        theirs = {k: fn(items[k]) for k in range(len(items)) if k not in results}
    results.update(theirs)
    return [results[k] for k in range(len(items))]


def _taken(queue: int):
    """0, 1, 2, ...: one more for each token this process takes from ``queue`` (a pipe of as
    many tokens as items) until it is empty. Each ``read`` of one token is atomic (the kernel
    reads a pipe under its lock), so the two processes take ``n`` tokens between them: this
    process's ``i`` items from the front and the child's ``j`` from the back are every item
    once. A process that dies holds nothing up."""
    taken = 0
    while os.read(queue, _TOKEN.size):
        yield taken
        taken += 1


def use_child(workers: int | None, min_rows: int | None, rows: int, cpus: int) -> bool:
    """Whether the sync parses its ``rows`` with a forked child (:func:`map_shared`):
    ``workers`` (``performance.parse_workers``; ``None`` = 2 when ``cpus`` ≥ 2) is 2, there
    are at least ``min_rows`` rows (``performance.parse_min_rows``; ``None`` = never: a child
    costs about as much as it saves on fewer), and the system forks as Linux does (not
    macOS, whose system libraries are not safe to use after ``fork``)."""
    wanted = workers if workers is not None else (2 if cpus >= 2 else 1)
    return wanted >= 2 and min_rows is not None and rows >= min_rows and sys.platform.startswith("linux")
