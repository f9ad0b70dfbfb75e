"""The site indexes are built on a thread while the sync goes on (issue 17, p17n), and a
failed build still fails the sync as it did when they were built in line: the error is
raised, nothing the sync writes moves on (record, report tabs, published release) and no
staging directory is left; the next sync completes.

Real .xlsx intake and report workbooks, the real SQLite record and published files."""
from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta

import pytest

from public_feed.query import Filters
from public_feed.siteindex import INDEX_FILE, STAFF_INDEX_FILE, SiteIndex
from sheets_sync import pipeline
from sheets_sync.pipeline import run_sync

from .outputs import output_snapshot
from .test_interrupted_sync import FIRST, NOW, SECOND

#: Generous: only reached when the build does not overlap the sync (the test then fails).
WAIT = 60


def test_the_indexes_are_built_while_the_sync_goes_on(config, make_workbook, monkeypatch):
    make_workbook(FIRST)
    real_build, real_dashboard = pipeline.site_indexes, pipeline.dashboard_file
    dashboard_made = threading.Event()
    seen = {}

    def build(*args, **kwargs):
        seen["thread"] = threading.current_thread()
        # the sync's later work (the dashboard file) happens while this build is running
        seen["overlapped"] = dashboard_made.wait(WAIT)
        return real_build(*args, **kwargs)

    def dashboard(*args, **kwargs):
        dashboard_made.set()
        return real_dashboard(*args, **kwargs)
    monkeypatch.setattr(pipeline, "site_indexes", build)
    monkeypatch.setattr(pipeline, "dashboard_file", dashboard)
    run_sync(config, now=NOW)
    assert seen["thread"] is not threading.main_thread()
    assert seen["overlapped"] is True
    assert not [t for t in threading.enumerate() if t.name.startswith("site-index")]   # joined
    for name in (INDEX_FILE, STAFF_INDEX_FILE):            # published with the release, readable
        index = SiteIndex(config.out_dir / name, config.tz, config.slug_of)
        try:
            assert index.total == 3                       # FIRST's three public events
        finally:
            index.close()


@pytest.mark.parametrize("error", [sqlite3.OperationalError("out of memory (injected)"),
                                   ValueError("events.json is not a list (injected)")])
def test_a_failed_index_build_keeps_the_last_good_outputs(config, make_workbook, monkeypatch, error):
    make_workbook(FIRST)
    run_sync(config, now=NOW)
    good = output_snapshot(config)
    assert good["tabs"] and good["record"]["events"] and INDEX_FILE in good["files"]
    make_workbook(SECOND)

    def broken(*args, **kwargs):
        raise error
    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "site_indexes", broken)
        with pytest.raises(type(error), match="injected"):
            run_sync(config, now=NOW + timedelta(hours=1))
    after = output_snapshot(config)
    assert after["files"] == good["files"]
    assert after["tabs"] == good["tabs"]                  # report.xlsx byte for byte: no tab written
    assert after["record"] == good["record"]              # the record's transaction rolled back
    assert not list((config.out_dir / ".releases").glob("*.tmp"))
    with sqlite3.connect(config.record_path) as db:
        outcome, message = db.execute("SELECT outcome, error FROM syncs ORDER BY id DESC").fetchone()
    assert outcome == "failed" and "injected" in message

    s = run_sync(config, now=NOW + timedelta(hours=2))    # the next sync publishes SECOND's changes
    assert {k: s[k] for k in ("created", "updated", "removed")} == dict(created=1, updated=2, removed=1)
    index = SiteIndex(config.out_dir / INDEX_FILE, config.tz, config.slug_of)
    try:
        events = {e["title"]: e for e in index.select(Filters(), NOW.date(), 800).slice(0, 50)}
    finally:
        index.close()
    assert sorted(events) == ["Bike Rodeo", "Open House", "Smoke Alarm Canvass", "Town Hall"]
    assert events["Town Hall"]["start"].hour == 19 and events["Open House"]["cancelled"]
