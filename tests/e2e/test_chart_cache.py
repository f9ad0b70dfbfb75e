"""Charts are redrawn only when their data changed (issue 13), measured by counting the calls to
the drawing function over real syncs."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

import reports.charts
from tests.e2e.cycle_helpers import cycle_workbook, dashboard
from sheets_sync.pipeline import run_sync

NOW = datetime(2025, 9, 15, 14, tzinfo=timezone.utc)
ALL = {"joint_rolling_12", "joint_fiscal_year", "all_department_quarters", "departments", "collaboration",
       "joint_share"}


@pytest.fixture
def drawn(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = reports.charts.render_chart

    def counting(chart):
        calls.append(chart.name)
        return real(chart)
    monkeypatch.setattr(reports.charts, "render_chart", counting)
    return calls


def _pngs(config) -> dict[str, bytes]:
    return {name: (config.out_dir / f"private/charts/{name}.png").read_bytes() for name in ALL}


def test_no_change_sync_draws_no_chart_and_a_changed_month_redraws_only_what_changed(config, make_workbook, drawn):
    tabs = cycle_workbook()
    make_workbook(tabs)
    run_sync(config, now=NOW)
    assert sorted(drawn) == sorted(ALL)                       # first sync: every chart drawn once
    first, charts_before = _pngs(config), {c["name"]: c for c in dashboard(config.out_dir)["charts"]}

    drawn.clear()
    run_sync(config, now=NOW.replace(hour=15), reuse=False)              # nothing changed
    assert drawn == []
    assert _pngs(config) == first                             # and the same pictures are published

    tabs["Fire"][1][1] = "Smoke Alarm Blitz (Walltown)"        # a title edit changes no figure
    make_workbook(tabs)
    run_sync(config, now=NOW.replace(hour=16))
    assert drawn == []

    bike = next(row for row in tabs["Police"] if row[1] == "Bike Patrol Demo")
    bike[7] = "Fire"                                          # July gains a joint event (Police + Fire)
    make_workbook(tabs)
    run_sync(config, now=NOW.replace(hour=17))
    charts_after = {c["name"]: c for c in dashboard(config.out_dir)["charts"]}
    changed = {n for n in ALL if charts_after[n] != charts_before[n]}
    # by hand: July's joint count (both monthly charts, the share chart's Joint events series),
    # Police's and Fire's joint counts and their pair; the quarters' all-department count is unchanged
    assert changed == ALL - {"all_department_quarters"}
    assert sorted(drawn) == sorted(changed)
    after = _pngs(config)
    assert after["all_department_quarters"] == first["all_department_quarters"]
    # the share chart's data changed (July's joint count) but July has 3 events, fewer than the
    # 4 a share needs, so its picture is the same; every other changed chart looks different
    assert after["joint_share"] == first["joint_share"]
    assert all(after[n] != first[n] for n in changed - {"joint_share"})
