"""Charts on real workbooks: the numbers behind each chart equal the metric tabs, the PNGs are
drawn from exactly those numbers, and they sit on the metric tabs of the report workbook."""
from __future__ import annotations

import shutil
from datetime import datetime, timezone

import openpyxl
import pytest

from reports.charts import render_chart
from sheets_sync.config import load_config
from sheets_sync.pipeline import run_sync
from tests.conftest import DEDUPE_DEV, ROOT
from tests.e2e.cycle_helpers import ARTIFACTS, assert_charts_match_tabs, charts_of, tab_rows

CASES = {
    # the shipped config with its calendar files, on the sample workbook, mid-September 2025
    "sample": (None, datetime(2025, 9, 15, 14, tzinfo=timezone.utc)),
    # the labelled development workbook (FY25), at the end of its fiscal year
    "dedupe-dev": (DEDUPE_DEV / "intake.xlsx", datetime(2025, 6, 15, 14, tzinfo=timezone.utc)),
}


@pytest.fixture(scope="module", params=sorted(CASES))
def synced(request, tmp_path_factory):
    workbook, now = CASES[request.param]
    config = load_config(ROOT / "config.yaml")
    out = tmp_path_factory.mktemp(request.param) / "out"
    source = config.source if workbook is None else config.source.model_copy(
        update={"workbook": workbook, "calendars": []})
    config = config.model_copy(update={"source": source,
                                       "output": config.output.model_copy(update={"dir": out})})
    summary = run_sync(config, now=now)
    return request.param, config, summary


def test_chart_numbers_equal_the_metric_tabs(synced):
    name, config, _ = synced
    charts = charts_of(config.out_dir)
    assert set(charts) == {"joint_rolling_12", "joint_fiscal_year", "all_department_quarters",
                           "departments", "collaboration", "joint_share"}
    compared = assert_charts_match_tabs(config.report_path, charts)
    assert compared > 60
    monthly = {row[0]: row for row in tab_rows(config.report_path, "Metrics - Monthly")[1:]}
    rolling = charts["joint_rolling_12"]
    if name == "dedupe-dev":   # FY25 exactly: July 2024 – June 2025, every month in the tab
        assert rolling.x == tuple(f"{y}-{m:02d}" for y, m in [(2024, m) for m in range(7, 13)] +
                                  [(2025, m) for m in range(1, 7)])
        assert charts["joint_fiscal_year"].x == rolling.x
        assert all(m in monthly for m in rolling.x)
        assert charts["all_department_quarters"].series["All-department events"][-4:] == (1, 1, 1, 1)
    else:                      # rolling window ends with the sync's month; FY26 = Jul 2025 – Jun 2026
        assert rolling.x[-1] == "2025-09" and rolling.x[0] == "2024-10"
        assert charts["joint_fiscal_year"].x[0] == "2025-07" and charts["joint_fiscal_year"].x[-1] == "2026-06"
    assert sum(rolling.series["Joint events"]) == sum(monthly[m][2] for m in rolling.x if m in monthly)


def test_pngs_are_drawn_from_those_numbers_and_saved(synced):
    name, config, _ = synced
    charts = charts_of(config.out_dir)
    folder = ARTIFACTS / "charts" / name
    folder.mkdir(parents=True, exist_ok=True)
    for chart_name, chart in charts.items():
        published = (config.out_dir / f"private/charts/{chart_name}.png").read_bytes()
        assert published[:8] == b"\x89PNG\r\n\x1a\n"
        assert render_chart(chart) == published, chart_name   # same numbers → same picture
        shutil.copyfile(config.out_dir / f"private/charts/{chart_name}.png", folder / f"{chart_name}.png")


def test_charts_sit_on_the_metric_tabs_of_the_report_workbook(synced):
    _, config, _ = synced
    wb = openpyxl.load_workbook(config.report_path)
    placed = {title: len(wb[title]._images) for title in wb.sheetnames}
    assert placed["Metrics - Monthly"] == 3
    assert placed["Metrics - Quarterly"] == placed["Metrics - Departments"] == 1
    assert placed["Metrics - Collaboration"] == 1
    assert placed["Combined Events"] == placed["Validation"] == 0
    monthly = wb["Metrics - Monthly"]
    anchors = sorted(img.anchor._from.row for img in monthly._images)
    assert anchors == [1, 21, 41]          # stacked, not overlapping
    assert all(img.anchor._from.col >= monthly.max_column for img in monthly._images)   # right of the data
    shutil.copyfile(config.report_path, ARTIFACTS / "charts" / f"{config.out_dir.parent.name}-report.xlsx")


def test_months_under_target_stand_out(synced):
    _, config, _ = synced
    wb = openpyxl.load_workbook(config.report_path)
    ws = wb["Metrics - Monthly"]
    for row in ws.iter_rows(min_row=2):
        under = row[4].value == "no"
        assert (row[0].fill.fgColor.rgb[2:] == "F8D7DA") == under, row[0].value
    ws = wb["Metrics - Quarterly"]
    for row in ws.iter_rows(min_row=2):
        assert (row[0].fill.fgColor.rgb[2:] == "F8D7DA") == (row[5].value == "no"), row[0].value
