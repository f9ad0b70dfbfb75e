"""The local report workbook written on a second core while the sync builds the feed (issue 17).

A first sync spends about a third of its time streaming the report workbook
(:mod:`sheets_sync.backends.xlsx_report`) and drawing the charts it embeds; neither needs the
published files, the record or the feed. :class:`ReportJob` hands both to one worker process:

* the worker is a fresh interpreter (``python -m sheets_sync.report_process``, fork + exec
  with :mod:`subprocess`, talking over two pipes with :mod:`multiprocessing.connection`): it
  inherits no open SQLite connection, no logging lock and no scheduler thread, and — unlike
  multiprocessing's ``spawn`` — does not import the sync's own ``__main__`` again; it can
  never touch the record (it is given only file paths, chart numbers and table rows);
* it draws the changed charts into the chart cache (:func:`sheets_sync.chart_cache.cached_pngs`,
  content-addressed files, harmless before the sync commits) and sends the PNGs back; then it
  writes each table to a temporary file next to the report as the sync sends it, in row
  chunks of :data:`CHUNK_ROWS` (memory bounded by a chunk, not by the Drill-down tab), the
  tabs in their final order whatever order they arrive in, and the tabs staff added to the
  last report after them;
* the sync then replaces the report with that file (one ``os.replace``, done by the parent,
  inside the record's transaction as :meth:`WorkbookBackend.write_tabs` does), or leaves the
  report alone when its tables equal the last write's (:mod:`sheets_sync.unchanged`).

Tabs and feed fail separately: when the worker raises or dies, :meth:`ReportJob.finish`
returns a sentence (the sync's ``tabs_error``) and the feed and the record still move on; the
next sync writes the report again (its content hash was not remembered). A sync that fails
or is interrupted (Ctrl-C) ends the worker and deletes its temporary file
(:meth:`ReportJob.close`); a parent killed outright (``SIGTERM``/``SIGKILL``) is noticed by the
worker as the end of its pipe (at its next read or write, within one chunk of rows; it then
deletes its temporary file), and a temporary file left behind anyway is removed by the next
sync (:func:`sheets_sync.steady.clean_leftovers`).

One worker is used only where it pays: ``performance.report_workers`` (default: 2 when the
process may use two CPUs, else 1) and at least ``performance.parallel_min_events`` combined
events (:func:`use_worker`); otherwise the sync writes the report itself, as before. The
worker process is started right after the read (:func:`early_worker`, when there are at least
that many intake rows), so its ~0.6 s of imports overlap parsing on the other core; a sync
that turns out to have fewer events ends it unused.
"""
from __future__ import annotations

import logging
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Mapping, Sequence

from .model import Table

log = logging.getLogger("safety_events")
_ROOT = str(Path(__file__).resolve().parents[1])    # the worker imports this same code

#: Rows per message to the worker (about 1 MB pickled for a Drill-down chunk).
CHUNK_ROWS = 2000
#: Seconds :meth:`ReportJob.close` waits for the worker to end before killing it.
JOIN_S = 10.0


def available_cpus() -> int:
    """CPUs this process may run on (``sched_getaffinity``; ``os.cpu_count()`` elsewhere)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:                      # pragma: no cover (not Linux)
        return os.cpu_count() or 1


def use_worker(workers: int | None, min_events: int, events: int, cpus: int | None = None) -> bool:
    """Whether the report is written by a worker process: ``workers`` (``None`` = as many as
    ``cpus``, capped at 2) is 2 or more and the sync has at least ``min_events`` events. Pure."""
    workers = min(2, cpus if cpus is not None else available_cpus()) if workers is None else workers
    return workers >= 2 and events >= min_events


def peak_kb() -> int:
    """This process's peak resident memory in KiB (``VmHWM``: unlike ``ru_maxrss``, not
    inherited across ``exec`` from the forked copy of the sync); 0 where unknown."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _warm() -> None:
    """Import what the worker will need (the report writer, the chart renderer and matplotlib's
    Agg canvas: about 0.6 s of CPU), so a worker started early (:func:`early_worker`) has done
    it while the sync reads, parses and merges on the other core."""
    from .backends.xlsx_fallback import writer
    writer()                        # rvgsrust-xlsxwriter, or XlsxWriter where it has no wheel
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: F401
    from matplotlib.figure import Figure  # noqa: F401

    from reports import cycle  # noqa: F401

    from . import chart_cache  # noqa: F401
    from .backends import workbook  # noqa: F401


def _worker(jobs, results) -> None:
    """The worker process's main loop (see the module doc); never touches the record.
    ``jobs``/``results``: the read end and the write end of two pipes whose other ends only
    the sync holds, so the sync's death is an ``EOFError``/``BrokenPipeError`` here."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the sync's to handle; it ends us
    # ... with SIGTERM: exit through the handlers below, so the pictures' folder is removed
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    from .backends.xlsx_report import StreamedReport
    _warm()                                         # while the sync reads and parses (started early)
    report = tmp = None
    try:
        while True:
            job = jobs.recv()
            kind = job[0]
            if kind == "open":
                _, tmp, report_path, titles, charts, chart_folder, sizes = job
                pngs, drawn = {}, []
                if charts:
                    from .chart_cache import cached_pngs
                    pngs, drawn = cached_pngs(charts, Path(chart_folder))
                results.send(("pngs", pngs, drawn))
                report = StreamedReport(tmp, titles, sizes)
            elif kind == "begin":                   # (head, rows, widest row): pictures go right of it
                from dataclasses import replace

                from reports.cycle import with_chart_images
                head, n_rows, width = job[1:]
                placed = with_chart_images([replace(head, rows=(("",) * width,))], pngs)[0]
                report.begin(replace(head, images=placed.images), n_rows)
            elif kind == "rows":
                report.rows(job[1], job[2], job[3])
            elif kind == "end":
                from .backends.workbook import kept_tabs
                for title, rows in kept_tabs(Path(report_path), set(titles)):
                    report.kept(title, rows)
                report.close()
                import resource
                cpu = resource.getrusage(resource.RUSAGE_SELF)
                results.send(("done", peak_kb(), cpu.ru_utime + cpu.ru_stime))
                return
    except (EOFError, BrokenPipeError):             # the sync ended or was killed: leave no file
        if tmp:
            Path(tmp).unlink(missing_ok=True)
    except BaseException as exc:                    # reported to the sync, which goes on
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        try:
            results.send(("error", f"{type(exc).__name__}: {exc}"))
        except OSError:
            pass
    finally:
        if report is not None:                      # its temporary folder of chart pictures
            report.pictures.cleanup()


class WorkerProcess:
    """A started worker interpreter (``python -m sheets_sync.report_process``, fork + exec)
    and the sync's ends of its two pipes; it imports what it needs, then waits for a
    :class:`ReportJob`. :meth:`close` ends and reaps it (``SIGTERM``, then ``SIGKILL`` after
    :data:`JOIN_S`); a sync that dies is noticed by the worker as the end of its pipe."""

    def __init__(self):
        # a fresh interpreter (fork + exec): no inherited SQLite handle, lock or thread, and
        # unlike multiprocessing's spawn, the sync's own __main__ is not imported again
        jobs_in, jobs_out = os.pipe()
        results_in, results_out = os.pipe()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (_ROOT, os.environ.get("PYTHONPATH")) if p)}
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", __name__, str(jobs_in), str(results_out)], pass_fds=(jobs_in, results_out),
                stdin=subprocess.DEVNULL, env=env)
        except BaseException:
            for fd in (jobs_out, results_in):
                os.close(fd)
            raise
        finally:
            os.close(jobs_in)                       # the worker's ends: its death is EOF here
            os.close(results_out)
        self.jobs = Connection(jobs_out, readable=False)
        self.results = Connection(results_in, writable=False)

    def __enter__(self) -> "WorkerProcess":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def wait(self, seconds: float) -> int | None:
        """The worker's exit code (negative: killed by that signal) once it ends within
        ``seconds``, else ``None``; reaps it."""
        try:
            return self.process.wait(seconds)
        except subprocess.TimeoutExpired:
            return None

    def stop(self) -> None:
        """End the worker if it is still running (``SIGTERM``, then ``SIGKILL``) and reap it."""
        if self.process.poll() is None:
            self.process.terminate()
            if self.wait(JOIN_S) is None:           # pragma: no cover (a worker ignoring SIGTERM)
                self.process.kill()
                self.process.wait()

    def close(self) -> None:
        """:meth:`stop`, then close the pipes. Safe to call twice."""
        self.stop()
        self.jobs.close()
        self.results.close()


def early_worker(workers: int | None, min_events: int, rows: int, cpus: int | None = None) -> WorkerProcess | None:
    """A :class:`WorkerProcess` started now, before the sync parses (issue 17: its imports
    overlap parsing on the other core), when a report worker is likely to be used: as
    :func:`use_worker` with ``rows`` intake rows standing in for the combined events (merging
    makes fewer, a recurring row more). A sync that turns out to have too few events closes
    it; one with enough events but few rows starts its worker later, as before. ``None``
    otherwise. Raises ``OSError``."""
    return WorkerProcess() if use_worker(workers, min_events, rows, cpus) else None


class ReportJob:
    """The report workbook at ``report_path`` written by one worker process (module doc).

    Use as a context manager; inside it: :meth:`send` each table (any order; the tab order is
    ``titles``; ``sizes``: rows per title, for a tab longer than an Excel sheet, see
    :class:`sheets_sync.backends.xlsx_report.StreamedReport`; the worker closes the file once
    every title is sent), :meth:`pngs` for the charts the worker drew, then :meth:`finish`.
    Two threads move the messages, so neither side waits on a full pipe. ``charts`` maps
    chart name → :class:`reports.chart_data.ChartData`; each PNG is attached to its tab
    as :func:`reports.cycle.with_chart_images` places it. Raises ``OSError`` when the report's
    folder cannot be written (before any worker starts)."""

    def __init__(self, report_path: Path, titles: Sequence[str], charts: Mapping[str, Any],
                 chart_folder: Path, sizes: Mapping[str, int] | None = None,
                 worker: WorkerProcess | None = None):
        self.report_path = Path(report_path)
        self.titles = list(titles)
        self.report_path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.report_path.name}.", suffix=".tmp",
                                        dir=self.report_path.parent)
        os.fchmod(fd, 0o644)
        os.close(fd)
        self.worker = worker or WorkerProcess()     # one started early (early_worker), or now
        self.process = self.worker.process
        self._jobs, self._results = self.worker.jobs, self.worker.results
        self._pngs: tuple[dict[str, bytes], list[str]] | None = None
        self._failure: tuple | None = None
        self._done = False
        self.peak_kb, self.cpu_s = 0, 0.0        # the worker's, once it is done
        self._outbox: queue.SimpleQueue = queue.SimpleQueue()
        self._sender = threading.Thread(target=self._send_all, name="report-sender", daemon=True)
        self._sender.start()
        # the worker's messages are read as they come (the PNGs, ~230 KB, are more than a pipe
        # holds: unread, they would stall the worker until the sync asks for them)
        self._inbox: queue.SimpleQueue = queue.SimpleQueue()
        self._receiver = threading.Thread(target=self._receive_all, name="report-receiver", daemon=True)
        self._receiver.start()
        self._sent: set[str] = set()
        self._ended = False
        self._put(("open", self.tmp, str(self.report_path), self.titles, dict(charts), str(chart_folder),
                   dict(sizes or {})))

    def __enter__(self) -> "ReportJob":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _put(self, message) -> None:
        self._outbox.put(message)

    def _send_all(self) -> None:
        """The sender thread: pickles and writes each queued message (the sync's own thread
        never waits for the worker to catch up); stops at ``None`` or when the worker is gone."""
        while (message := self._outbox.get()) is not None:
            try:
                self._jobs.send(message)
            except OSError:
                return

    def _receive_all(self) -> None:
        """The receiver thread: queues each message of the worker; ``None`` at the end of its pipe."""
        while True:
            try:
                message = self._results.recv()
            except (EOFError, OSError):
                self._inbox.put(None)
                return
            self._inbox.put(message)
            if message[0] in ("done", "error"):
                return

    def send(self, table: Table) -> None:
        """Queue ``table`` for the worker (returns at once); once every title has been sent,
        the worker is told to finish the file (while the sync goes on with the record)."""
        head = Table(table.title, (), table.highlights, table.images, table.dropdowns, table.stamps)
        self._put(("begin", head, len(table.rows), max((len(r) for r in table.rows), default=0)))
        for start in range(0, len(table.rows), CHUNK_ROWS):
            self._put(("rows", table.title, start, table.rows[start:start + CHUNK_ROWS]))
        self._sent.add(table.title)
        if self._sent >= set(self.titles):
            self._end()

    def _end(self) -> None:
        if not self._ended:
            self._ended = True
            self._put(("end",))

    def _result(self):
        """The worker's next message; ``("error", why)`` when it ended without one."""
        message = self._inbox.get()
        if message is None:
            self._inbox.put(None)                   # the end of the pipe, for a later call too
            return ("error", f"the report worker ended (exit code {self._wait(JOIN_S)})")
        return message

    def _wait(self, seconds: float) -> int | None:
        return self.worker.wait(seconds)

    def pngs(self) -> tuple[dict[str, bytes], list[str]] | None:
        """``({chart name: PNG}, [names drawn this time])``, as :func:`cached_pngs` gives them;
        ``None`` when the worker failed before drawing (its error comes from :meth:`finish`;
        the caller draws the charts itself)."""
        if self._pngs is None and self._failure is None:
            message = self._result()
            if message[0] == "pngs":
                self._pngs = (message[1], message[2])
            else:
                self._failure = message
        return self._pngs

    def finish(self) -> str | None:
        """Wait for the worker; ``None`` when the report is written to the temporary file, else
        the error as a sentence (the temporary file is then gone)."""
        self.pngs()
        message = self._failure
        if message is None:
            self._end()
            message = self._result()
        if message[0] == "done":
            self.peak_kb, self.cpu_s, self._done = message[1], message[2], True
            log.info("report worker: %s written, %.2f s CPU, peak memory %.0f MB", self.report_path.name,
                     self.cpu_s, self.peak_kb / 1024)
            return None
        Path(self.tmp).unlink(missing_ok=True)
        return message[1]

    def replace(self) -> None:
        """Rename the written temporary file over the report (after :meth:`finish` said ``None``)."""
        os.replace(self.tmp, self.report_path)

    def discard(self) -> None:
        Path(self.tmp).unlink(missing_ok=True)

    def close(self) -> None:
        """End the worker (if still running: ``SIGTERM``, then ``SIGKILL`` after :data:`JOIN_S`),
        reap it, stop the sender thread and delete the temporary file if it is still there.
        Safe to call twice."""
        if self._done:
            self._wait(JOIN_S)                      # it has said its last word and is exiting
        self.worker.stop()                          # the worker is gone: a blocked send fails,
        self._receiver.join(JOIN_S)                 # a blocked read ends
        self.worker.close()
        self._put(None)
        self._sender.join(JOIN_S)
        self.discard()


if __name__ == "__main__":          # the worker: python -m sheets_sync.report_process JOBS_FD RESULTS_FD
    _worker(Connection(int(sys.argv[1]), writable=False), Connection(int(sys.argv[2]), readable=False))
    # issue 17: its files are closed and its pictures' folder removed; the sync waits for this
    # process to end, and an interpreter's teardown (every module of pandas, matplotlib and
    # the writer freed one by one) took 0.1-0.3 s of that wait at 5,000 rows
    import logging
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
