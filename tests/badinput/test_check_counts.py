"""`check` counts every combined event in its month figures and joint totals, as the sync does.

Before a sync the events have no UID yet; the measures table counted UIDs, so every event of a
month collapsed into one and `check` said "1 joint" where the sync then said 3."""
from __future__ import annotations

from datetime import datetime, timezone

from sheets_sync.pipeline import run_check, run_sync

H = ["Title", "Start Date", "Start Time", "Location", "Partner Departments", "Visibility"]
NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
TABS = {"Police": [H,
                   ["Coffee with a Cop", "8/9/2025", "9am", "Bakery on Main", "Fire", "Public"],
                   ["Bike Rodeo", "8/16/2025", "10am", "Lincoln School", "Fire", "Public"],
                   ["Town Hall", "8/20/2025", "6pm", "City Hall", "Fire", "Public"],
                   ["Neighborhood Walk", "8/23/2025", "5pm", "Elm Park", "", "Public"],
                   ["Shred Day", "9/6/2025", "9am", "Library lot", "", "Public"]]}


def test_check_counts_match_the_sync(config, make_workbook):
    make_workbook(TABS)
    _, checked = run_check(config, now=NOW)
    # three rows name Fire as partner: three joint events in August; five events in two months
    assert checked["joint_events"] == 3
    assert checked["months"]["2025-08"] == {"events": 4, "joint_events": 3}
    assert checked["months"]["2025-09"] == {"events": 1, "joint_events": 0}
    synced = run_sync(config, now=NOW)
    for key in ("events", "joint_events", "months", "fiscal_quarters", "all_department_events"):
        assert checked[key] == synced[key], key


def test_check_holds_a_tab_that_lost_its_start_time_column_as_the_sync_does(config, make_workbook):
    """``check`` previews what the next sync will do: a tab whose published events have times
    and that arrives without its Start Time column is held by the sync (issue 16), so the
    preview must hold it too — not count its rows as new all-day events (and lose the
    department from a joint event it shares), and not write the record."""
    header = ["Title", "Start Date", "Start Time", "Location", "Visibility"]
    nno = ["National Night Out", "8/5/2025", "6pm", "Central Park", "Public"]
    walk = ["Safety Walk", "8/21/2025", "5pm", "Main St", "Public"]
    make_workbook({"Police": [header, nno, walk], "Fire": [header, nno]})
    synced = run_sync(config, now=NOW)
    assert synced["joint_events"] == 1
    timeless = [0, 1, 3, 4]                                  # the Start Time column deleted
    make_workbook({"Police": [[r[i] for i in timeless] for r in (header, nno, walk)], "Fire": [header, nno]})
    before = config.record_path.read_bytes()
    analysis, checked = run_check(config, now=NOW)
    assert config.record_path.read_bytes() == before
    assert checked["joint_events"] == 1
    police = [i for i in analysis.issues if i.tab == "Police"]
    assert [(i.row, i.severity.value) for i in police] == [(1, "error")]
    assert "Police" in analysis.held_tabs
    assert (checked["created"], checked["removed"]) == (0, 0)       # nothing new, nothing deleted
    assert run_sync(config, now=NOW)["joint_events"] == checked["joint_events"]


def test_check_on_the_command_line_says_what_a_sync_would_do_and_writes_nothing(config, make_workbook,
                                                                                  tmp_path):
    from click.testing import CliRunner

    from sheets_sync.cli import main
    make_workbook(TABS)
    config_file = tmp_path / "config.yaml"
    config_file.write_text(f"departments: [{{name: Police}}, {{name: Fire}}]\n"
                           f"source: {{kind: workbook, workbook: {config.source.workbook}}}\n"
                           f"output: {{dir: {config.out_dir}}}\n")
    result = CliRunner().invoke(main, ["check", "--config", str(config_file)])
    assert result.exit_code == 0, result.output
    # five rows, none known yet: a sync would create five events
    assert "A sync now would leave the record with: 5 created, 0 updated, 0 unchanged, 0 removed." in result.output
    assert "Published to" not in result.output
    assert "Not read" not in result.output
    assert not config.out_dir.exists()
    # a tab that cannot be read (a header typo): the summary says its rows are not in the counts
    make_workbook({**TABS, "Fire": [["Tilte", "Start Date", "Start Time"], ["Hydrant Day", "8/9/2025", "9am"]]})
    result = CliRunner().invoke(main, ["check", "--config", str(config_file)])
    assert result.exit_code == 0, result.output
    assert result.output.rstrip().endswith("Not read (see the errors above; a sync holds their events as "
                                           "they are): Fire."), result.output


def test_check_after_a_sync_adds_no_file_to_the_output_folder(config, make_workbook):
    """``check`` reads the record without writing anything: no ``record.sqlite-wal`` or
    ``-shm`` left beside it (a read-only SQLite connection to a WAL-mode file creates both and,
    unable to checkpoint, leaves them behind), every file's bytes unchanged."""
    make_workbook(TABS)
    run_sync(config, now=NOW)
    def files():
        return {p: p.read_bytes() for p in config.out_dir.rglob("*") if p.is_file() and not p.is_symlink()}
    before = files()
    assert not [p for p in before if p.name.endswith(("-wal", "-shm"))]     # the sync closed cleanly
    _, checked = run_check(config, now=NOW)
    assert checked["unchanged"] == 5
    assert files() == before
