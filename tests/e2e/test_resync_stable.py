"""A resync with nothing changed changes nothing (issue 17): 5,000 synthetic rows through the
real pipeline (.xlsx in, SQLite record, published files) twice, same events and UIDs.

Before the fix, the merge broke ties between equal scores by the rows' positions, and those
positions came from the record's first-seen order on a resync but from the rows' contents on
the first sync; this workbook (seed 0) then regrouped one row between two events.
"""
from __future__ import annotations

import sqlite3
from datetime import date, datetime, timezone

from bench.workbook import write_workbook
from sheets_sync.config import load_config
from sheets_sync.pipeline import run_sync

NOW = datetime(2025, 6, 2, 12, tzinfo=timezone.utc)


def _events(record_path) -> dict[str, tuple]:
    """``{uid: [sequence, sources, row contents, published hash]}`` of the live events in the
    record, read with SQL."""
    with sqlite3.connect(record_path) as db:
        tables = {t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "events" in tables, tables
        rows = db.execute("SELECT uid, sequence, sources, contents, hash FROM events "
                          "WHERE removed_at IS NULL").fetchall()
    return {uid: rest for uid, *rest in rows}


def test_no_change_resync_keeps_every_event_and_uid(tmp_path):
    write_workbook(5000, tmp_path, date(2025, 6, 1), seed=0)
    config = load_config(tmp_path / "config.yaml")
    first = run_sync(config, now=NOW)
    before = _events(config.record_path)
    again = run_sync(config, now=NOW.replace(hour=13), reuse=False)   # the merge runs again
    after = _events(config.record_path)
    assert first["created"] == len(before) > 3000
    assert (again["created"], again["updated"], again["removed"], again["restored"]) == (0, 0, 0, 0)
    assert again["unchanged"] == len(before) == again["events"] == first["events"]
    assert after == before
