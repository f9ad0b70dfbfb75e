"""``safety-events schedule``: run the sync on an interval with the ``schedule`` library.

A failing run is logged and the loop goes on; runs never overlap (the job runs in the loop's
own thread, and the sync itself holds an exclusive lock against other processes).
"""
from __future__ import annotations

import logging
import re
import time
from typing import Callable

import schedule

log = logging.getLogger("safety_events.scheduler")


def parse_interval(text: str) -> int:
    """``"30s"``/``"15m"``/``"1h"`` → seconds. Raises ``click.BadParameter``-style ValueError."""
    match = re.fullmatch(r"\s*(\d+)\s*([smh]?)\s*", text.lower())
    if not match or int(match.group(1)) == 0:
        import click
        raise click.BadParameter(f"{text!r} is not an interval; use e.g. 30s, 15m or 1h", param_hint="--every")
    return int(match.group(1)) * {"s": 1, "": 60, "m": 60, "h": 3600}[match.group(2)]


def run_forever(job: Callable[[], object], seconds: int, *, max_runs: int | None = None,
                sleep: Callable[[float], None] = time.sleep,
                scheduler: schedule.Scheduler | None = None) -> int:
    """Run ``job`` now and then every ``seconds``; return the number of runs when
    ``max_runs`` is reached. Exceptions from ``job`` are logged, never propagated.
    ``sleep`` and ``scheduler`` are seams for tests (a ``sleep`` that marks the scheduler's
    jobs due stands in for the clock)."""
    runs = 0
    scheduler = scheduler if scheduler is not None else schedule.Scheduler()

    def guarded() -> None:
        nonlocal runs
        runs += 1
        try:
            result = job()
            log.info("sync %d ok: %s", runs, result if not isinstance(result, dict) else
                     {k: result.get(k) for k in ("events", "joint_events", "created", "updated")})
        except Exception as exc:  # the loop must survive any failing run
            log.error("sync %d failed: %s: %s", runs, type(exc).__name__, exc)

    scheduler.every(seconds).seconds.do(guarded)
    guarded()
    while max_runs is None or runs < max_runs:
        scheduler.run_pending()
        if max_runs is not None and runs >= max_runs:
            break
        sleep(min(1.0, max(0.01, scheduler.idle_seconds or 0.01)))
    return runs


def sync_and_digest(config, now=None) -> dict:
    """One scheduled run: the sync, then the weekly digest when it is due (issue 14;
    :func:`sheets_sync.delivery.weekly_digest`). A digest failure is logged; the sync's
    summary is returned either way."""
    from datetime import datetime, timezone

    from .delivery import NO_RECIPIENTS, DeliveryError, unreached, weekly_digest
    from .pipeline import run_sync
    now = now or datetime.now(timezone.utc)
    summary = run_sync(config, now=now)
    try:
        outcomes = weekly_digest(config, now)
        for o in outcomes:
            (log.error if o.status == "failed" else log.info)("digest %s by %s: %s %s", o.audience,
                                                              o.channel, o.status, o.detail)
        if any(o.status == "sent" for o in outcomes):      # once a week, when the digest goes out
            for name in unreached(config):
                log.warning("digest %s: no recipients — %s", name, NO_RECIPIENTS)
    except DeliveryError as exc:
        log.error("digest: %s", exc)
    return summary
