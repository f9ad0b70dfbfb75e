"""The schedule loop: runs on an interval, survives failing runs, never overlaps."""
import threading

import click
import pytest

from sheets_sync.scheduler import parse_interval, run_forever


def test_failing_runs_are_logged_and_the_loop_goes_on(caplog):
    calls = []

    def job():
        calls.append(len(calls))
        if len(calls) == 2:
            raise OSError("sheet unreadable")
        return {"events": 1}

    runs = run_forever(job, 1, max_runs=4, sleep=lambda s: None)
    assert runs == 4 and calls == [0, 1, 2, 3]
    assert any("sync 2 failed: OSError: sheet unreadable" in r.message for r in caplog.records)


def test_runs_never_overlap():
    active, peak = 0, 0
    lock = threading.Lock()

    def job():
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        with lock:
            active -= 1

    run_forever(job, 1, max_runs=3, sleep=lambda s: None)
    assert peak == 1


@pytest.mark.parametrize("text, seconds", [("30s", 30), ("15m", 900), ("1h", 3600), ("5", 300)])
def test_intervals(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["0m", "soon", "-5m"])
def test_bad_intervals(text):
    with pytest.raises(click.BadParameter):
        parse_interval(text)
