"""Shortcuts of issue 17, p17o (start-up and the core), each against the plain computation."""
from __future__ import annotations

import io

import openpyxl
from openpyxl.utils import get_column_letter

from reports.measures_export import FIELDS, measures_xlsx
from sheets_sync.a1 import column_letter


def test_column_letter_is_openpyxls_for_every_column_excel_has():
    assert [column_letter(n) for n in range(1, 16385)] == [get_column_letter(n) for n in range(1, 16385)]


def test_measures_xlsx_holds_the_records_cell_for_cell():
    names = [f[0] for f in FIELDS]
    records = [dict.fromkeys(names, ""), dict(zip(names, range(1, len(names) + 1)))]
    records[0].update(measure_id="joint_monthly", measure_name="=1+1 joint events", period="2025-07", actual=0)
    wb = openpyxl.load_workbook(io.BytesIO(measures_xlsx(records)))
    assert wb.sheetnames == ["measures"]
    got = [list(r) for r in wb["measures"].iter_rows(values_only=True)]
    width = len(names)
    assert got[0] == names
    assert got[1] == ["joint_monthly", "=1+1 joint events", "2025-07"] + [None] * 2 + [0] + [None] * (width - 6)
    assert wb["measures"]["B2"].data_type == "s"          # text, never a formula
    assert got[2] == list(range(1, width + 1)) and all(type(v) is int for v in got[2])
