"""The pieces of reuse by content hash (:mod:`sheets_sync.steady`): what its key reads of the
generated tabs, the record's write counter, the code hash, the clock files' bytes, and a
skipped run that loads none of the heavy libraries."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone

import pytest
import yaml
from hypothesis import given, settings, strategies as st
from openpyxl.utils.cell import range_boundaries

from public_feed.publish import status_json
from reports import tabs
from reports.snapshots import typed_signoffs
from sheets_sync import steady
from sheets_sync.backends.workbook import _far_corner
from sheets_sync.board import board_json
from sheets_sync.record import Record
from sheets_sync.review import DECIDED, HEADER, PENDING, read_decisions
from tests.conftest import ROOT, write_workbook

KEY = json.dumps([["Police", "Town Hall", "2025-08-14", "18:00", "City Hall"],
                  ["Fire", "Town hall", "2025-08-14", "18:00", "City Hall"]])


def test_tab_titles_agree_with_the_report_builders():
    assert (steady.REVIEW, steady.SNAPSHOTS) == (tabs.REVIEW, tabs.SNAPSHOTS)


def test_clock_json_is_written_as_the_full_sync_writes_it():
    now = datetime(2025, 8, 4, 14, 5, 9, tzinfo=timezone.utc)
    counts = {"created": 0, "updated": 0, "unchanged": 7, "removed": 0, "restored": 0}
    assert steady._dump({"last_success": "2025-08-04T14:05:09Z", "counts": counts}) == status_json(now, counts)
    board = {"generated_at": "2025-08-04T14:05:09Z", "today": "2025-08-04", "rows": [1.5, "Día"]}
    assert steady._dump(board) == board_json(board)


CELL = st.one_of(st.none(), st.sampled_from(["", " ", "Same event", "different", "maybe", PENDING, DECIDED,
                                             KEY, "x", 3, 0]))


@settings(max_examples=200, derandomize=True)
@given(st.lists(st.lists(CELL, min_size=0, max_size=len(HEADER)), max_size=6),
       st.lists(st.tuples(st.integers(0, 5), st.integers(0, len(HEADER) - 1), CELL), max_size=4))
def test_review_cells_that_read_alike_give_the_same_decisions(rows, edits):
    """Where :func:`steady.decision_cells` sees no difference, the reader sees none either."""
    a = [HEADER, *rows]
    b = [list(HEADER), *[list(r) for r in rows]]
    for n, c, value in edits:
        if n < len(rows):
            b[n + 1] = [*b[n + 1], *([None] * (c + 1 - len(b[n + 1])))]
            b[n + 1][c] = value
    if steady.decision_cells(a) == steady.decision_cells(b):
        assert read_decisions(a) == read_decisions(b)


def test_review_cells_ignore_other_columns_and_see_a_typed_decision():
    row = ["", PENDING, "Police!2", "Fire!2", *[""] * (len(HEADER) - 5), KEY]
    typed = ["Different events", *row[1:]]
    other = [*row[:4], "Town Hall (edited)", *row[5:]]
    assert steady.decision_cells([HEADER, row]) == steady.decision_cells([HEADER, other])
    assert steady.decision_cells([HEADER, row]) != steady.decision_cells([HEADER, typed])
    assert read_decisions([HEADER, row]) != read_decisions([HEADER, typed])


def test_signoff_cells_see_names_only():
    header = ("Month", "Frozen At (UTC)", "Signed Off By")
    plain = [header, ("2025-07", "2025-08-01 04:00", None)]
    signed = [header, ("2025-07", "2025-08-01 04:00", "Pat")]
    moved = [header, ("2025-07", "2025-08-02 04:00", None)]
    assert steady.signoff_cells(plain) == steady.signoff_cells(moved)
    assert steady.signoff_cells(plain) != steady.signoff_cells(signed)
    frozen = [{"month": "2025-07", "figures": {}, "signed_by": None}]
    issues: list = []
    assert typed_signoffs(moved, frozen, None, "t", 2, issues=issues) == [] and issues == []


def test_the_record_counts_every_write_but_the_run_log(tmp_path):
    path = tmp_path / "record.sqlite"
    with Record(path) as record:
        first = steady.record_version(record.db)
        assert first is None                         # triggers made now: earlier writes unknown
        counted = steady.record_version(record.db)
        assert counted is not None and steady.record_version(record.db) == counted
        record.start_sync(datetime(2025, 8, 4, tzinfo=timezone.utc))     # the run log: not counted
        assert steady.record_version(record.db) == counted
    other = sqlite3.connect(path)                    # another process, another connection
    with other:
        other.execute("INSERT INTO decisions VALUES ('k', 'same', '2025-08-04', '')")
    other.close()
    with Record(path) as record:
        bumped = steady.record_version(record.db)
        assert bumped != counted and bumped.split(":")[0] == counted.split(":")[0]
        record.db.execute("CREATE TABLE later (x)")
        assert steady.record_version(record.db) is None          # a table nobody counted yet
        assert steady.record_version(record.db, strict=False) is not None


def test_code_hash_is_cached_by_file_stats():
    value, cache = steady.code_hash(None)
    assert steady.code_hash(cache) == (value, cache)
    assert steady.code_hash({"stats": "other files", "hash": "stale"})[0] == value


@pytest.mark.parametrize("ref", ["A1:XFD1048576", "A1", "B2:C10", "$A$1:$Z$9", "A1:AA100", "a1:zz3"])
def test_dimension_corner_as_openpyxl_reads_it(ref):
    assert _far_corner(ref) == range_boundaries(ref.upper())[2:]


def test_a_skipped_sync_loads_no_heavy_library(tmp_path):
    H = ["Title", "Start Date", "Start Time", "Location", "Visibility"]
    write_workbook(tmp_path / "intake.xlsx", {"Police": [H, ["Town Hall", "2025-08-14", "6pm", "City Hall", "Public"]]})
    data = yaml.safe_load((ROOT / "config.yaml").read_text())
    data["source"]["calendars"] = []
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(data))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cli = [sys.executable, "-m", "sheets_sync.cli", "sync", "--workbook", "intake.xlsx", "--out", "out", "--json"]
    probe = ("import sys\n"
             "sys.argv = ['safety-events', *sys.argv[1:]]\n"
             "from sheets_sync.cli import main\n"     # (not run(): it ends the process at once)
             "try:\n    main()\n"
             "except SystemExit:\n    pass\n"
             "heavy = sorted(m for m in ('openpyxl', 'pandas', 'icalendar', 'matplotlib', 'numpy') if m in sys.modules)\n"
             "print('HEAVY', heavy, file=sys.stderr)\n")
    loaded = []
    for _ in range(3):                              # the first sync, then until one is skipped
        done = subprocess.run([sys.executable, "-c", probe, *cli[3:]], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        summary = json.loads(done.stdout)
        assert "error" not in summary, summary
        loaded.append((summary.get("skipped"), done.stderr.strip().splitlines()[-1]))
    # the probe sees a full sync's libraries (icalendar for the feeds; openpyxl no longer, issue 17 p17o)
    assert loaded[0][0] is None and "'icalendar'" in loaded[0][1]
    assert (steady.SKIPPED, "HEAVY []") in loaded


@pytest.mark.parametrize("value", [
    {"generated_at": "2025-08-04T14:00:00Z", "today": "2025-08-04", "rows": [{"a": 1.25, "b": "Día"}]},
    {"a": [1, 2], "generated_at": "2025-08-04T14:00:00Z"},                                  # the last key
    {"data_quality": {"Last sync (UTC)": "2025-08-04T14:00:00Z", "Rows read": 3},
     "generated_at": "2025-08-04T14:00:00Z", "today": "2025-08-04"}])
def test_clock_files_restamp_as_a_full_dump(tmp_path, value):
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "board.json").write_bytes(steady._dump(value))
    now = datetime(2025, 8, 4, 16, 30, 1, tzinfo=timezone.utc)
    files = steady.clock_files(tmp_path, now, {"unchanged": 1})
    fresh = {**value, "generated_at": "2025-08-04T16:30:01Z"}
    if "data_quality" in value:
        fresh["data_quality"] = {**value["data_quality"], "Last sync (UTC)": "2025-08-04T16:30:01Z"}
    assert files["private/board.json"] == steady._dump(fresh)
    assert files["public/status.json"] == status_json(now, {"unchanged": 1})


def test_clock_files_refuse_a_file_without_its_clock(tmp_path):
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "board.json").write_bytes(steady._dump({"today": "2025-08-04"}))
    assert steady.clock_files(tmp_path, datetime(2025, 8, 4, tzinfo=timezone.utc), {}) is None
