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
