"""Reuse by content hash (issue 17, :mod:`sheets_sync.steady`): a sync with nothing changed
is skipped, and every input it depends on breaks the skip with exactly the full sync's outputs.

Each test keeps a twin of the whole folder (intake .xlsx, record, report, releases) and runs
a full sync (``reuse=False``) on the twin next to the reusing sync on the original; the two
folders must then hold the same outputs (bench.same_output's digest: every published file's
bytes, each workbook tab's cells, each record table), so a skipped run is proven equal to a
full one and a broken skip is proven to be a full one.
"""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import openpyxl
import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from bench.same_output import EXPECTED_TO_DIFFER, digest
from public_feed.release import current_release
from sheets_sync import steady
from sheets_sync.config import config_from_dict
from sheets_sync.pipeline import run_sync
from sheets_sync.record import Record
from tests.conftest import ROOT, write_workbook

NOW = datetime(2025, 8, 4, 14, tzinfo=timezone.utc)         # a Monday, 10:00 in New York
H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Lead Department",
     "Partner Departments", "Visibility"]
ROWS = {"Police": [H, ["Smoke Alarm Canvass", "2025-08-10", "10am", "1pm", "Walltown Park", "Police", "", "Public"],
                   ["Town Hall", "2025-08-14", "6pm", "8pm", "City Hall", "Police", "Fire", "Public"],
                   ["Coffee with a Cop", "2025-07-20", "9am", "10am", "Cafe", "Police", "", "Public"],
                   ["Staff Drill", "2025-08-15", "9am", "10am", "HQ", "Police", "", "Internal"]],
        "Fire": [H, ["Smoke alarm canvass", "2025-08-10", "10:15 AM", "1pm", "Walltown Park", "Fire", "", "Public"],
                 ["Open House", "2025-08-16", "10am", "2pm", "Station 1", "Fire", "", "Public"],
                 ["CPR Class", "2025-08-21", "6pm", "8pm", "Station 2", "Fire", "Police", "Public"]]}
NOT_OUTPUTS = {"out/.sync.lock", "out/record.sqlite-wal", "out/record.sqlite-shm"}


def _config(folder: Path, **changes):
    data = yaml.safe_load((ROOT / "config.yaml").read_text())
    data["source"].update(calendars=[], workbook="intake.xlsx", kind="workbook")
    data["output"]["dir"] = "out"
    data.update(changes)
    return config_from_dict(data, base_dir=folder)


@pytest.fixture
def city(tmp_path):
    """A folder with an intake workbook and one full sync done; returns ``(folder, config)``."""
    folder = tmp_path / "city"
    write_workbook(folder / "intake.xlsx", ROWS)
    config = _config(folder)
    first = run_sync(config, now=NOW)
    assert first["created"] == 6 and "skipped" not in first
    return folder, config


def _twin(folder: Path) -> Path:
    twin = folder.with_name(folder.name + "-twin")
    shutil.rmtree(twin, ignore_errors=True)
    shutil.copytree(folder, twin, symlinks=True)
    return twin


def _outputs(folder: Path) -> dict[str, str]:
    return {k: v for k, v in digest(folder).items()
            if k not in EXPECTED_TO_DIFFER and k not in NOT_OUTPUTS}


def _files(config) -> dict[str, tuple[int, str]]:
    """``{path: (mtime ns, SHA-256)}`` of the served release and the report workbook."""
    served = current_release(config.out_dir)
    paths = {str(p.relative_to(served)): p for p in served.rglob("*") if p.is_file()}
    paths["report.xlsx"] = config.report_path
    return {k: (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest()) for k, p in paths.items()}


def _sync_both(folder: Path, now: datetime, change=None, **kwargs) -> tuple[dict, dict]:
    """Apply ``change(folder)`` to the folder and to a twin of it, then sync the folder
    (reusing) and the twin (``reuse=False``); assert equal outputs; the two summaries."""
    twin = _twin(folder)
    if change is not None:
        change(folder)
        change(twin)
    reused = run_sync(_config(folder, **kwargs), now=now)
    full = run_sync(_config(twin, **kwargs), now=now, reuse=False)
    assert "skipped" not in full
    mine, theirs = _outputs(folder), _outputs(twin)
    assert mine.keys() == theirs.keys()
    assert {k for k in mine if mine[k] != theirs[k]} == set()
    return reused, full


def _same_summary(reused: dict, full: dict) -> None:
    """The summaries agree but for where and when the run was (and ``skipped``)."""
    ignore = {"skipped", "out_dir", "tabs_written_to", "out_bytes", "out_files", "synced_at"}
    assert {k: v for k, v in reused.items() if k not in ignore} == \
        {k: v for k, v in full.items() if k not in ignore}


def test_a_second_sync_with_nothing_changed_is_skipped_and_equals_a_full_one(city):
    folder, config = city
    before = _files(config)
    reused, full = _sync_both(folder, NOW + timedelta(hours=1))
    assert reused["skipped"] == steady.SKIPPED
    _same_summary(reused, full)
    assert (reused["created"], reused["updated"], reused["unchanged"], reused["removed"]) == (0, 0, 6, 0)
    after = _files(config)
    clock = set(steady.CLOCK_FILES)
    assert {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)} == clock
    assert all(after[k][0] >= before[k][0] + 10**9 for k in clock)      # a later whole second: a new ETag
    with sqlite3.connect(config.record_path) as db:
        last = db.execute("SELECT outcome, counts FROM syncs ORDER BY id DESC LIMIT 1").fetchone()
    assert last == ("ok", '{"created": 0, "updated": 0, "unchanged": 6, "removed": 0, "restored": 0}')


def test_the_skip_holds_run_after_run(city):
    folder, config = city
    for hours in (1, 2, 3):
        reused, _ = _sync_both(folder, NOW + timedelta(hours=hours))
        assert reused.get("skipped") == steady.SKIPPED


def _edit_cell(folder: Path) -> None:
    tabs = {k: [list(r) for r in v] for k, v in ROWS.items()}
    tabs["Fire"][2][3] = "3pm"                                       # Open House ends later
    write_workbook(folder / "intake.xlsx", tabs)


def _type_review_decision(folder: Path) -> None:
    path = folder / "out" / "report.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Review Duplicates"]
    assert ws.max_row >= 2, "the fixture has a pair for review or a merged pair"
    ws.cell(row=2, column=1).value = "Different events"
    wb.save(path)


def _type_name_in_snapshots(folder: Path, name: str) -> None:
    """Type ``name`` in Signed Off By of the Snapshots tab's first month, as a manager would."""
    path = folder / "out" / "report.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Snapshots"]
    header = [c.value for c in ws[1]]
    assert ws.max_row >= 2, "the first sync froze July"
    ws.cell(row=2, column=header.index("Signed Off By") + 1).value = name
    wb.save(path)


def _type_signoff(folder: Path) -> None:
    _type_name_in_snapshots(folder, "Pat Manager")


def _delete_published_file(folder: Path) -> None:
    (folder / "out" / "public" / "calendar.ics").unlink()


def _edit_published_file(folder: Path) -> None:
    path = folder / "out" / "public" / "events.json"
    path.write_bytes(path.read_bytes().replace(b"Town Hall", b"Town Hell"))


def _store_decision_elsewhere(folder: Path) -> None:
    with Record(folder / "out" / "record.sqlite") as record:   # another process or command
        record.save_decisions({'[["x"],["y"]]': ("different", "by hand")}, NOW)


@pytest.mark.parametrize("change", [_edit_cell, _type_review_decision, _type_signoff, _delete_published_file,
                                    _edit_published_file, _store_decision_elsewhere])
def test_each_input_breaks_the_skip_with_the_full_syncs_outputs(city, change):
    folder, _ = city
    reused, full = _sync_both(folder, NOW + timedelta(hours=1), change)
    assert "skipped" not in reused
    _same_summary(reused, full)


def test_a_config_edit_breaks_the_skip(city):
    folder, _ = city
    reused, full = _sync_both(folder, NOW + timedelta(hours=1), site={
        **yaml.safe_load((ROOT / "config.yaml").read_text())["site"], "title": "Another title"})
    assert "skipped" not in reused
    assert (reused["created"], reused["updated"], reused["unchanged"]) == (0, 0, 6)


def test_the_next_day_breaks_the_skip(city):
    folder, _ = city
    reused, _ = _sync_both(folder, NOW + timedelta(hours=3))       # 13:00 in New York: same day
    assert reused.get("skipped") == steady.SKIPPED
    reused, _ = _sync_both(folder, NOW + timedelta(hours=11))      # the next day in UTC, 21:00 there
    assert reused.get("skipped") == steady.SKIPPED                 # the city's date is what counts
    reused, _ = _sync_both(folder, NOW + timedelta(hours=15))      # 01:00 the next day there
    assert "skipped" not in reused


def test_a_signoff_by_command_breaks_the_next_skip(city):
    folder, config = city
    signed = run_sync(config, now=NOW + timedelta(hours=1), snapshot_month="2025-07", sign="Pat Manager")
    assert "skipped" not in signed                                 # a sign-off always runs in full
    reused, full = _sync_both(folder, NOW + timedelta(hours=2))
    assert "skipped" not in reused                                 # it stored a sign-off: one more full run
    again, _ = _sync_both(folder, NOW + timedelta(hours=3))
    assert again.get("skipped") == steady.SKIPPED


def test_an_edited_report_is_rewritten(city):
    folder, config = city

    def scribble(folder: Path) -> None:
        path = folder / "out" / "report.xlsx"
        wb = openpyxl.load_workbook(path)
        wb["Data Quality"]["B3"] = "scribbled"
        wb.save(path)
    reused, _ = _sync_both(folder, NOW + timedelta(hours=1), scribble)
    assert "skipped" not in reused
    cells = [c for row in openpyxl.load_workbook(config.report_path)["Data Quality"].iter_rows(values_only=True)
             for c in row]
    assert "scribbled" not in cells


def test_a_removed_event_leaves_the_feed_when_its_grace_ends_even_within_a_day(city):
    folder, config = city
    tabs = {k: [list(r) for r in v] for k, v in ROWS.items()}
    del tabs["Police"][3]                                          # Coffee with a Cop deleted
    write_workbook(folder / "intake.xlsx", tabs)
    removed = run_sync(config, now=NOW + timedelta(hours=1))
    assert removed["removed"] == 1
    expiry = NOW + timedelta(hours=1) + timedelta(days=config.feed.removed_grace_days)
    calendar = lambda: (current_release(config.out_dir) / "public" / "calendar.ics").read_bytes()  # noqa: E731
    reused, _ = _sync_both(folder, expiry - timedelta(hours=2))   # that day's first sync: in full
    assert "skipped" not in reused and b"Coffee with a Cop" in calendar()
    reused, _ = _sync_both(folder, expiry)                       # the last instant it is shown
    assert reused.get("skipped") == steady.SKIPPED and b"Coffee with a Cop" in calendar()
    reused, _ = _sync_both(folder, expiry + timedelta(seconds=1))  # same day, grace over
    assert "skipped" not in reused and b"Coffee with a Cop" not in calendar()


def _mutate(where: Path, step: str, k: int) -> None:
    """One change a day of staff work makes (``nothing``, ``hour`` and ``day`` change none)."""
    if step == "decide":
        _type_review_decision(where)
        return
    if step not in ("edit", "add", "delete"):
        return
    path = where / "intake.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Fire"]
    if step == "edit":
        wb["Police"]["A2"] = f"Smoke Alarm Canvass {k}"
    elif step == "add":
        ws.append([f"Block party {k}", "2025-08-30", "5pm", "9pm", "Park", "Fire", "Police", "Public"])
    elif ws.max_row > 2:
        ws.delete_rows(ws.max_row)
    wb.save(path)


@settings(max_examples=6, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.sampled_from(["nothing", "edit", "add", "delete", "decide", "hour", "day"]),
                      min_size=2, max_size=3))
def test_skip_or_not_never_changes_the_outputs(tmp_path_factory, steps):
    """Sync; then per step: mutate, sync reusing, and compare with a full sync of a twin."""
    folder = tmp_path_factory.mktemp("prop") / "city"
    write_workbook(folder / "intake.xlsx", ROWS)
    now = NOW
    run_sync(_config(folder), now=now)
    for k, step in enumerate(steps):
        now += timedelta(days=1) if step == "day" else timedelta(minutes=30)
        reused, full = _sync_both(folder, now, lambda where, step=step, k=k: _mutate(where, step, k))
        _same_summary(reused, full)


def test_outputs_that_cannot_be_checked_mean_a_full_sync(city, monkeypatch):
    folder, _ = city

    def vanished(out_dir):
        raise FileNotFoundError("a file vanished while the release was checked")
    monkeypatch.setattr(steady, "release_manifest", vanished)
    reused = run_sync(_config(folder), now=NOW + timedelta(hours=1))
    assert "skipped" not in reused and reused["unchanged"] == 6


def _type_no_decision(folder: Path) -> None:
    path = folder / "out" / "report.xlsx"
    wb = openpyxl.load_workbook(path)
    wb["Review Duplicates"].cell(row=2, column=1).value = "maybe"
    wb.save(path)


def _type_over_a_signed_month(folder: Path) -> None:
    _type_name_in_snapshots(folder, "Bo Someone")


@pytest.mark.parametrize("change", [_type_no_decision, _type_over_a_signed_month])
def test_cells_a_run_overwrites_are_not_taken_as_read_by_the_next(city, change):
    """The run that reads them warns (Validation) and rewrites the tab; the next run reads the
    rewritten tab, so it runs in full and the warning goes; the one after is skipped."""
    folder, config = city
    run_sync(config, now=NOW + timedelta(minutes=10), snapshot_month="2025-07", sign="Ana Díaz")
    _sync_both(folder, NOW + timedelta(minutes=20))                      # after a sign-off: in full
    warned, _ = _sync_both(folder, NOW + timedelta(minutes=30), change)
    assert "skipped" not in warned
    cleared, full = _sync_both(folder, NOW + timedelta(minutes=40))
    assert "skipped" not in cleared and cleared["warnings"] == warned["warnings"] - 1
    again, _ = _sync_both(folder, NOW + timedelta(minutes=50))
    assert again["skipped"] == steady.SKIPPED
