"""A sync that fails or is killed at any write step leaves the last good outputs; the next one completes.

Real .xlsx intake and report workbooks, the real SQLite record and published files.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timedelta, timezone

import icalendar
import pytest

from sheets_sync.backends import SourceError
from sheets_sync.pipeline import run_sync
from tests.conftest import ROOT

from .outputs import WRITE_STEPS, inject_failure, output_snapshot

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility", "Status"]
NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
FIRST = {"Police": [H, ["Smoke Alarm Canvass", "2025-08-10", "10am", "1pm", "Walltown Park", "Public", ""],
                    ["Town Hall", "2025-08-14", "6pm", "8pm", "City Hall", "Public", ""]],
         "Fire": [H, ["Open House", "2025-08-16", "10am", "2pm", "Station 1", "Public", ""]]}
SECOND = {"Police": [H, ["Town Hall", "2025-08-14", "7pm", "9pm", "City Hall", "Public", ""],   # moved an hour
                     ["Bike Rodeo", "2025-08-20", "9am", "noon", "Armory", "Public", ""]],      # new
          "Fire": [H, ["Open House", "2025-08-16", "10am", "2pm", "Station 1", "Public", "Cancelled"]]}
# SECOND also drops the canvass (removed).


def _feed(config) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical((config.out_dir / "public/calendar.ics").read_bytes())
    return {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}


@pytest.mark.parametrize("step", WRITE_STEPS)
def test_failure_at_a_write_step_keeps_the_last_good_outputs(config, make_workbook, step):
    make_workbook(FIRST)
    run_sync(config, now=NOW)
    good = output_snapshot(config)
    assert good["tabs"] and good["record"]["events"] and "public/calendar.ics" in good["files"]
    make_workbook(SECOND)
    with inject_failure(step), pytest.raises((OSError, SourceError, sqlite3.Error)):
        run_sync(config, now=NOW + timedelta(hours=1))
    after = output_snapshot(config)
    assert after["files"] == good["files"]            # feeds, events.json, status.json, private files
    assert after["tabs"] == good["tabs"]              # report.xlsx byte for byte
    assert after["record"] == good["record"]          # every events and history row
    assert not list((config.out_dir / ".releases").glob("*.tmp"))
    with sqlite3.connect(config.record_path) as db:
        outcome, error = db.execute("SELECT outcome, error FROM syncs ORDER BY id DESC").fetchone()
    assert outcome == "failed" and "injected" in error

    s = run_sync(config, now=NOW + timedelta(hours=2))
    assert {k: s[k] for k in ("created", "updated", "unchanged", "removed", "restored")} == \
        dict(created=1, updated=2, unchanged=0, removed=1, restored=0)
    feed = _feed(config)
    assert feed["Town Hall"].decoded("DTSTART").hour == 19 and feed["Town Hall"]["SEQUENCE"] == 1
    assert str(feed["Open House"]["STATUS"]) == "CANCELLED"
    assert str(feed["Smoke Alarm Canvass"]["STATUS"]) == "CANCELLED" and feed["Smoke Alarm Canvass"]["SEQUENCE"] == 1
    assert "Bike Rodeo" in feed


KILLED_SYNC = textwrap.dedent("""
    import sys, time
    from datetime import datetime, timezone
    from sheets_sync.backends.workbook import WorkbookBackend
    from sheets_sync.config import load_config
    from sheets_sync.pipeline import run_sync

    def slow_write(self, tables):
        print("writing tabs", flush=True)
        time.sleep(60)

    WorkbookBackend.write_tabs = slow_write
    run_sync(load_config(sys.argv[1]), now=datetime(2025, 8, 1, 13, tzinfo=timezone.utc))
""")


def test_a_killed_sync_leaves_everything_and_releases_the_lock(tmp_path, config_dict, config, make_workbook):
    """kill -9 while the tabs are being written (the record transaction is open, the release staged)."""
    import yaml
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config_dict))
    make_workbook(FIRST)
    run_sync(config, now=NOW)
    good = output_snapshot(config)
    make_workbook(SECOND)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", KILLED_SYNC, str(path)], stdout=subprocess.PIPE, env=env,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "writing tabs"
        assert list((config.out_dir / ".releases").glob("*.tmp"))      # it got as far as staging
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert output_snapshot(config) == good
    s = run_sync(config, now=NOW + timedelta(hours=2))               # not blocked by the dead run's lock
    assert (s["created"], s["updated"], s["removed"]) == (1, 2, 1)
    assert not list((config.out_dir / ".releases").glob("*.tmp"))
    with sqlite3.connect(config.record_path) as db:
        outcomes = [o for (o,) in db.execute("SELECT outcome FROM syncs ORDER BY id")]
    assert outcomes == ["ok", "interrupted", "ok"]


def test_published_files_are_one_release(config, make_workbook):
    """public/ and private/ point through one `current` link into the newest release; the
    previous release is kept for readers mid-request, older ones are pruned."""
    make_workbook(FIRST)
    for hour in range(4):
        run_sync(config, now=NOW + timedelta(hours=hour), reuse=False)   # a release each
    out = config.out_dir
    assert os.readlink(out / "public") == "current/public" and os.readlink(out / "private") == "current/private"
    current = (out / "current").resolve()
    assert current.parent == (out / ".releases").resolve()
    assert len([p for p in (out / ".releases").iterdir()]) == 2
    assert json.loads((out / "public/status.json").read_text())["last_success"] == (NOW + timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_unchanged_files_keep_their_modification_time(config, make_workbook):
    """Unchanged feeds are hard-linked from the served release: HTTP Last-Modified stays put."""
    make_workbook(FIRST)
    run_sync(config, now=NOW)
    feed = config.out_dir / "public/calendar.ics"
    before = feed.stat()
    time.sleep(0.02)
    run_sync(config, now=NOW + timedelta(hours=1))
    after = feed.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    status = config.out_dir / "public/status.json"
    assert status.stat().st_mtime_ns > before.st_mtime_ns
    make_workbook(SECOND)
    run_sync(config, now=NOW + timedelta(hours=2))
    assert feed.stat().st_ino != before.st_ino


def test_a_real_public_directory_from_an_older_version_is_replaced(config, make_workbook):
    out = config.out_dir
    (out / "public").mkdir(parents=True)
    (out / "public/calendar.ics").write_bytes(b"old")
    make_workbook(FIRST)
    run_sync(config, now=NOW)
    assert (out / "public").is_symlink()
    assert (out / "public/calendar.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_sorting_a_tab_with_one_event_typed_twice_changes_nothing(config):
    """Two rows of one event in one tab that differ only in letter case merge; which one's
    title shows must not depend on their row numbers (sorting the tab is not an edit)."""
    from sheets_sync.backends import MemoryBackend
    rows = [["Town Hall", "2025-08-14", "6pm", "8pm", "City Hall", "Public", ""],
            ["TOWN HALL", "2025-08-14", "6pm", "8pm", "City Hall", "Public", ""],
            ["Bike Rodeo", "2025-08-20", "9am", "noon", "Armory", "Public", ""]]
    backend = MemoryBackend({"Police": [H, *rows]})
    run_sync(config, backend=backend, now=NOW)
    first = (config.out_dir / "public/calendar.ics").read_bytes()
    for n, order in enumerate(([1, 0, 2], [2, 1, 0], [0, 2, 1]), start=1):
        backend.tabs = {"Police": [H, *(rows[i] for i in order)]}
        s = run_sync(config, backend=backend, now=NOW + timedelta(hours=n))
        assert (s["updated"], s["unchanged"]) == (0, 2)
        assert (config.out_dir / "public/calendar.ics").read_bytes() == first
