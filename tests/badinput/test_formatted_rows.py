"""Issue 16 (verifier gap 1): a tab formatted (fill, border, number format) down to row
1,048,576 — staff select whole columns and colour them — is read like any other: only rows
that hold values are rows, whichever reader reads it; a tab whose values really pass the
limits is still refused."""
from __future__ import annotations

import time
from datetime import datetime, timezone
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Border, PatternFill, Side

from sheets_sync.backends import SourceError
from sheets_sync.backends.workbook import ReadLimits, WorkbookBackend
from sheets_sync.config import config_from_dict
from sheets_sync.pipeline import run_sync
from tests.badinput.test_bounded_reader import rewrite_sheet, set_dimension
from tests.conftest import base_config_dict

H = ["Title", "Start Date", "Start Time", "Visibility", "Location"]
ROWS = [["Walk", "8/5/2025", "6pm", "Public", "Park"], ["CPR", "8/6/2025", "10am", "Public", "Station 1"]]


def formatted_workbook(path: Path, declared: str, styled_rows: int = 3000, more_rows: int = 0,
                       far_value: bool = False) -> Path:
    """A real .xlsx (openpyxl) with two event rows, then ``styled_rows`` rows of formatted
    empty cells and a formatted empty cell in row 1,048,576, as Excel saves a coloured
    column; ``declared`` is the ``<dimension>`` written."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Police"
    for row in [H, *ROWS]:
        ws.append(row)
    fill, edge = PatternFill("solid", fgColor="FFF2CC"), Side(style="thin")
    for row in range(2, 4 + styled_rows):
        for col in (1, 2, 5):
            cell = ws.cell(row, col)
            cell.fill, cell.border = fill, Border(left=edge, right=edge)
    ws.cell(1_048_576, 5).fill = fill
    for n in range(4, 4 + more_rows):
        for col, value in enumerate(["More", "8/7/2025", "6pm", "Public", f"Place {n}"], start=1):
            ws.cell(n, col, value)
    if far_value:                       # a value typed in the sheet's last cell
        ws.cell(1_048_576, 16_384, "x")
    wb.save(path)
    assert openpyxl.load_workbook(path, read_only=True)["Police"].max_row == 1_048_576
    return rewrite_sheet(path, set_dimension(declared))


@pytest.mark.parametrize("declared", ["A1:E1048576", "A1:E3"], ids=["declared-huge", "declared-small"])
def test_formatted_empty_rows_are_not_rows(tmp_path, declared):
    path = formatted_workbook(tmp_path / "intake.xlsx", declared)
    began = time.process_time()
    (tab,) = WorkbookBackend(path).read_tabs()
    assert time.process_time() - began < 10
    assert tab.header == tuple(H)
    assert [tuple(r) for r in tab.rows] == [tuple(r) for r in ROWS]


def test_formatted_workbook_syncs(tmp_path):
    data = base_config_dict(tmp_path)
    formatted_workbook(Path(data["source"]["workbook"]), "A1:E1048576")
    summary = run_sync(config_from_dict(data, base_dir=tmp_path),
                       now=datetime(2025, 8, 1, 12, tzinfo=timezone.utc))
    assert (summary["rows_read"], summary["rows_rejected"], summary["events"]) == (2, 0, 2)


@pytest.mark.parametrize("declared", ["A1:E1048576", "A1:E3"], ids=["declared-huge", "declared-small"])
def test_values_past_the_row_limit_are_still_refused(tmp_path, declared):
    # 12 more event rows: 14 rows of values (rows 2-15), the limit is 10
    path = formatted_workbook(tmp_path / "intake.xlsx", declared, styled_rows=10, more_rows=12)
    with pytest.raises(SourceError, match=r"has more than 10 rows \(values in row 12\).*source\.max_"):
        WorkbookBackend(path, limits=ReadLimits(max_rows=10)).read_tabs()

# A value far from A1 under a small declared dimension (python-calamine would abort the
# process) is refused in a child process: tests/badinput/test_resource_bounds.py "far value".
