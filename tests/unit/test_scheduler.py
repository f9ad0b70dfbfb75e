"""The schedule loop: runs on an interval, survives failing runs, never overlaps.

No test waits on the real clock: a fake ``sleep`` marks the scheduler's jobs due (the
scheduler is passed in), and the overlap test orders its two runs with events."""
import datetime
import threading

import click
import pytest
import schedule

from sheets_sync.lock import sync_lock
from sheets_sync.scheduler import parse_interval, run_forever

GENEROUS = 60.0     # seconds; only reached if the code under test is broken


def fast_clock():
    """``(scheduler, sleep)``: each ``sleep`` makes every job due, as if the interval passed."""
    scheduler = schedule.Scheduler()

    def sleep(_seconds):
        for job in scheduler.jobs:
            job.next_run = datetime.datetime.now() - datetime.timedelta(seconds=1)
    return scheduler, sleep


def test_failing_runs_are_logged_and_the_loop_goes_on(caplog):
    calls = []

    def job():
        calls.append(len(calls))
        if len(calls) == 2:
            raise OSError("sheet unreadable")
        return {"events": 1}

    scheduler, sleep = fast_clock()
    runs = run_forever(job, 3600, max_runs=4, sleep=sleep, scheduler=scheduler)
    assert runs == 4 and calls == [0, 1, 2, 3]
    assert any("sync 2 failed: OSError: sheet unreadable" in r.message for r in caplog.records)


def test_runs_never_overlap(tmp_path, caplog):
    """Two schedule loops (as two `safety-events schedule` processes would be) start a sync
    while the other's is still running: the sync lock turns the second into a logged
    "another sync is running" failure. Without the lock both would be inside at once
    (peak 2) — checked by replacing ``fcntl.flock`` with a no-op."""
    active, peak = 0, 0
    counter = threading.Lock()
    first_inside, second_tried = threading.Event(), threading.Event()

    def synced(body):
        def job():
            nonlocal active, peak
            try:
                with sync_lock(tmp_path):
                    with counter:
                        active += 1
                        peak = max(peak, active)
                    try:
                        body()
                    finally:
                        with counter:
                            active -= 1
            finally:
                if body is not hold:
                    second_tried.set()
        return job

    def hold():                   # the first run stays inside until the second has tried
        first_inside.set()
        assert second_tried.wait(GENEROUS)

    first = threading.Thread(target=run_forever, args=(synced(hold), 3600),
                             kwargs={"max_runs": 1, "sleep": lambda s: None})
    first.start()
    assert first_inside.wait(GENEROUS)
    run_forever(synced(lambda: None), 3600, max_runs=1, sleep=lambda s: None)
    first.join(GENEROUS)
    assert not first.is_alive()
    assert peak == 1
    assert any("sync 1 failed: SyncBusy: another sync is running" in r.message for r in caplog.records)


@pytest.mark.parametrize("text, seconds", [("30s", 30), ("15m", 900), ("1h", 3600), ("5", 300)])
def test_intervals(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["0m", "soon", "-5m"])
def test_bad_intervals(text):
    with pytest.raises(click.BadParameter):
        parse_interval(text)
