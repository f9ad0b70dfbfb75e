"""Issue 17 (p17m): a published file that cannot be written on the release's writer thread
(disk full) fails the sync the way a failed write always did — the sync raises it (the CLI's
sentence names the file), the record keeps the failed run, the last good release is still
served, no staging directory is left — and the next sync publishes everything. Real .xlsx
workbooks, the real SQLite record and release."""
from __future__ import annotations

import errno
import sqlite3
import threading
from datetime import datetime, timedelta, timezone

import pytest

from public_feed import release
from public_feed.calendars import CALENDARS_FILE, validators
from sheets_sync.cli import _error_message
from sheets_sync.pipeline import run_sync

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility", "Status"]


def _rows(n: int, day: int) -> dict:
    return {"Police": [H, *([f"Canvass {i}", f"2025-08-{day + i % 20:02d}", "10am", "1pm", f"Park {i}", "Public", ""]
                            for i in range(n))]}


NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)


def _served(out) -> dict[str, bytes]:
    root = (out / "public").resolve()
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_a_disk_full_on_the_writer_thread_fails_the_sync_and_keeps_the_last_release(
        config, make_workbook, monkeypatch):
    out = config.out_dir
    make_workbook(_rows(3, 5))
    run_sync(config, now=NOW)
    good = _served(out)
    assert len(validators(out / CALENDARS_FILE)) == 3       # each event's own calendar (p17p: a table)

    make_workbook(_rows(60, 3))                    # 57 new events: every feed file changes
    real, threads, calls = release._write_new, set(), []

    def fills_up(target, data, seconds):
        threads.add(threading.current_thread().name)
        calls.append(target)
        if len(calls) == 5:
            raise OSError(errno.ENOSPC, "No space left on device", target)
        real(target, data, seconds)
    monkeypatch.setattr(release, "_write_new", fills_up)
    with pytest.raises(OSError) as failed:
        run_sync(config, now=NOW + timedelta(hours=1))
    message = _error_message(failed.value)               # what `safety-events sync` prints
    assert message == f"No space left on device ({calls[4]}); check the paths and permissions in config.yaml"
    assert threads == {"release-writer"} and len(calls) == 5        # nothing written after it
    assert _served(out) == good
    assert list((out / release.RELEASES).glob("*.tmp")) == []
    with sqlite3.connect(out / "record.sqlite") as db:
        outcome, error = db.execute("SELECT outcome, error FROM syncs ORDER BY id DESC").fetchone()
    assert outcome == "failed" and "No space left on device" in error

    monkeypatch.setattr(release, "_write_new", real)
    again = run_sync(config, now=NOW + timedelta(hours=2))
    assert again["created"] == 57 and again["tabs_error"] is None
    assert len(validators(out / CALENDARS_FILE)) == 60


def test_a_sync_failing_while_files_are_queued_ends_the_writer_and_leaves_no_staging(
        config, make_workbook, monkeypatch):
    """The sync itself fails after the feeds were handed to the writer (here: building the
    site indexes): the queued files are dropped, the thread ends, the staging directory goes."""
    from sheets_sync import pipeline
    make_workbook(_rows(40, 3))

    def broken(*args, **kwargs):
        raise RuntimeError("site index failed (injected)")
    monkeypatch.setattr(pipeline, "site_indexes", broken)
    with pytest.raises(RuntimeError, match="injected"):
        run_sync(config, now=NOW)
    assert not [t for t in threading.enumerate() if t.name == "release-writer"]
    assert list((config.out_dir / release.RELEASES).glob("*")) == []
    assert not (config.out_dir / "public").exists()


def test_a_real_disk_full_names_the_file_that_could_not_be_written(config, make_workbook, monkeypatch):
    """On a full disk it is ``os.write`` that fails, and the kernel's error carries no file
    name (``OSError(28, 'No space left on device')``): the CLI's sentence must still say which
    published file could not be written, not ``No space left on device ()``."""
    make_workbook(_rows(3, 5))
    run_sync(config, now=NOW)
    make_workbook(_rows(20, 3))
    real_write, writes = release.os.write, []

    def full_disk(fd, data):
        writes.append(fd)
        if len(writes) == 5:
            raise OSError(errno.ENOSPC, "No space left on device")   # as the kernel gives it
        return real_write(fd, data)
    monkeypatch.setattr(release.os, "write", full_disk)
    with pytest.raises(OSError) as failed:
        run_sync(config, now=NOW + timedelta(hours=1))
    monkeypatch.setattr(release.os, "write", real_write)
    message = _error_message(failed.value)
    assert message.startswith("No space left on device (")
    named = message[len("No space left on device ("):message.index(")")]
    assert named and str(config.out_dir / release.RELEASES) in named
    assert list((config.out_dir / release.RELEASES).glob("*.tmp")) == []
