"""A sync's progress on a terminal (``safety-events -v sync``), drawn with ``rich``.

The pipeline announces each stage as it starts and ends (:func:`announce`, called by
:func:`sheets_sync.pipeline.stage`); whoever listens draws it. :func:`terminal_progress`
listens with a rich progress bar — stage name, stages done of :data:`STAGES`, elapsed time —
on the terminal's stderr, and :func:`log_handler` prints the ``-v`` stage lines above that
bar. Only on a terminal: piped or redirected (cron, systemd, CI), ``-v`` writes plain log
lines without colour codes and draws nothing. rich also honours ``NO_COLOR`` and
``TERM=dumb``.
"""
from __future__ import annotations

import logging
import sys
import time
from contextlib import contextmanager
from typing import Callable, Iterator

#: The stages of one sync, in order (the names ``-v`` logs).
STAGES = ("read", "parse", "merge", "reconcile", "reports", "write tabs", "publish")

_listeners: list[Callable[[str, str], None]] = []


def announce(event: str, name: str) -> None:
    """Tell every listener that stage ``name`` has ``"started"`` or ``"finished"``."""
    for listener in list(_listeners):
        listener(event, name)


@contextmanager
def stage(name: str, detail=None):
    """Log ``stage <name>: <seconds> s`` at INFO when the block ends (``safety-events -v``);
    ``detail`` (a callable returning text) adds what the stage did. Announced to listeners
    (:func:`announce`) as it starts and ends."""
    started = time.perf_counter()
    announce("started", name)       # a terminal's progress bar
    yield
    announce("finished", name)
    extra = f" ({detail()})" if detail is not None else ""
    logging.getLogger("safety_events").info("stage %-11s %6.2f s%s", name + ":",
                                             time.perf_counter() - started, extra)


@contextmanager
def listening(listener: Callable[[str, str], None]) -> Iterator[None]:
    """Call ``listener(event, stage name)`` for every announcement inside the block."""
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)


def on_terminal(stream=None) -> bool:
    """True when ``stream`` (default stderr) is an interactive terminal."""
    stream = sys.stderr if stream is None else stream
    return hasattr(stream, "isatty") and stream.isatty()


def console():
    """The rich console on stderr that the progress bar and the log lines share."""
    from rich.console import Console
    return Console(stderr=True)


def log_handler(shared) -> logging.Handler:
    """A logging handler printing through ``shared`` (a rich console) above the bar."""
    from rich.logging import RichHandler
    return RichHandler(console=shared, show_time=False, show_path=False, markup=False)


@contextmanager
def terminal_progress(shared) -> Iterator[None]:
    """Draw the stages announced inside the block as a progress bar on ``shared``; the bar
    is removed when the block ends (the stage lines stay)."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                               TimeElapsedColumn)
    bar = Progress(SpinnerColumn(), TextColumn("sync: {task.description:<11}"), BarColumn(),
                   MofNCompleteColumn(), TimeElapsedColumn(), console=shared, transient=True)
    task = bar.add_task("starting", total=len(STAGES))

    def draw(event: str, name: str) -> None:
        if event == "started":
            bar.update(task, description=name, refresh=True)
        elif name in STAGES:
            bar.update(task, advance=1, refresh=True)

    with bar, listening(draw):
        yield
