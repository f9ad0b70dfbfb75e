"""Monthly snapshots: a closed month's reported figure survives later edits, with the difference shown."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

import yaml
from click.testing import CliRunner

from sheets_sync.cli import main
from sheets_sync.pipeline import run_sync
from tests.e2e.cycle_helpers import cycle_workbook, dashboard, tab_rows

FIRST_OF_AUGUST = datetime(2025, 8, 1, 14, tzinfo=timezone.utc)   # 10:00 in Durham


def _stored(config) -> list[tuple]:
    db = sqlite3.connect(config.record_path)
    try:
        return db.execute("SELECT month, frozen_at, figures FROM metric_snapshots ORDER BY month").fetchall()
    finally:
        db.close()


def _snapshots(config) -> list[dict]:
    rows = tab_rows(config.report_path, "Snapshots")
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def test_closed_month_keeps_its_reported_figure(config, make_workbook):
    tabs = cycle_workbook()
    make_workbook(tabs)
    late_july = datetime(2025, 7, 30, 14, tzinfo=timezone.utc)
    s0 = run_sync(config, now=late_july)
    assert s0["snapshot"] is None                        # June: nothing logged up to its end, not frozen
    s1 = run_sync(config, now=FIRST_OF_AUGUST)           # first sync of August closes July
    assert s1["snapshot"] == "2025-07"
    assert s1["months"]["2025-07"] == {"events": 3, "joint_events": 1}
    stored = _stored(config)
    assert [m for m, *_ in stored] == ["2025-07"]
    july = _snapshots(config)[0]
    assert (july["Month"], july["Reported Joint Events"], july["Current Joint Events"],
            july["Joint Difference"], july["Reported Events"]) == ("2025-07", 1, 1, 0, 3)
    assert july["Frozen At (UTC)"] == "2025-08-01 14:00:00"

    # later edits to July: Bike Patrol Demo gets Fire as partner, a forgotten July event is added
    police = tabs["Police"]
    bike = next(row for row in police if row[1] == "Bike Patrol Demo")
    bike[7] = "Fire"
    police.append([None, "Late-logged Ride-along", "7/29/2025", "3pm", None, "HQ", None, None, "Internal"])
    make_workbook(tabs)
    s2 = run_sync(config, now=FIRST_OF_AUGUST.replace(day=2))
    assert s2["snapshot"] is None                        # July is frozen already; nothing new
    assert s2["months"]["2025-07"] == {"events": 4, "joint_events": 2}
    assert _stored(config) == stored                     # the record's snapshot is unchanged
    july = _snapshots(config)[0]
    assert (july["Reported Joint Events"], july["Current Joint Events"], july["Joint Difference"]) == (1, 2, 1)
    assert (july["Reported Events"], july["Current Events"], july["Events Difference"]) == (3, 4, 1)
    assert (july["Reported Met"], july["Current Met"]) == ("no", "yes")
    combined = {row[1]: row[0] for row in tab_rows(config.report_path, "Combined Events")[1:]}
    assert july["Joint UIDs Added Since"] == combined["Bike Patrol Demo"]
    assert july["Joint UIDs Dropped Since"] is None
    import openpyxl
    ws = openpyxl.load_workbook(config.report_path)["Snapshots"]
    assert ws["A2"].fill.fgColor.rgb[2:] == "F8D7DA"       # a changed closed month stands out
    assert ws["A3"].fill.fgColor.rgb[2:] != "F8D7DA"       # June did not change
    page = dashboard(config.out_dir)["snapshots"]
    assert page[0]["Month"] == "2025-07" and page[0]["Joint Difference"] == 1


def test_snapshot_command(tmp_path, config_dict, make_workbook):
    make_workbook(cycle_workbook())
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config_dict))
    runner = CliRunner()
    result = runner.invoke(main, ["snapshot", "--config", str(path), "--month", "2025-09"])
    assert result.exit_code == 0, result.output
    assert "Froze 2025-09: 1 joint events." in result.output
    again = runner.invoke(main, ["snapshot", "--config", str(path), "--month", "2025-09"])
    assert again.exit_code == 0
    assert "2025-09 was already frozen; its reported figures are kept" in again.output
    bad = runner.invoke(main, ["snapshot", "--config", str(path), "--month", "Sept"])
    assert bad.exit_code == 2 and "'Sept' is not a month like 2025-07" in bad.output
    db = sqlite3.connect(tmp_path / "out" / "record.sqlite")
    months = [m for (m,) in db.execute("SELECT month FROM metric_snapshots ORDER BY month")]
    db.close()
    assert "2025-09" in months


def test_a_first_sync_before_last_month_was_logged_freezes_no_month(config, make_workbook):
    """A new city's first sync, before anyone typed last month's rows (an empty sheet, or
    only upcoming events), froze last month at 0 joint events for good, so its rows typed a
    day later showed as a difference from what was "reported" (helpers' checks). Nothing is
    frozen while nothing is logged up to the month's end; the month is frozen at the first
    sync that has events in or before it."""
    full = cycle_workbook()
    headers_only = {tab: [rows[0]] for tab, rows in full.items()}
    upcoming = {tab: [rows[0], *(r for r in rows[1:] if "/2025" in str(r[2]) and not str(r[2]).startswith("7/"))]
                for tab, rows in full.items()}
    assert any(len(rows) > 1 for rows in upcoming.values())
    for first in (headers_only, upcoming):
        make_workbook(first)
        s0 = run_sync(config, now=FIRST_OF_AUGUST)
        assert (s0["snapshot"], _stored(config)) == (None, [])
        assert "2025-07" not in s0["months"]
    # asked for (`safety-events snapshot` passes the previous month): frozen as it stands, at 0
    asked = run_sync(config, now=FIRST_OF_AUGUST, snapshot_month="2025-06")
    assert asked["snapshot"] == "2025-06" and [m for m, *_ in _stored(config)] == ["2025-06"]
    make_workbook(full)
    s1 = run_sync(config, now=FIRST_OF_AUGUST.replace(hour=16))
    assert s1["snapshot"] == "2025-07"
    july = _snapshots(config)[0]
    assert (july["Month"], july["Reported Joint Events"], july["Reported Events"]) == ("2025-07", 1, 3)
