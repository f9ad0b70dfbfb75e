"""The intake workbook read through python-calamine gives the values openpyxl gives (issue 17),
and openpyxl still reads a workbook whose cell formats matter (zero-padded IDs)."""
from __future__ import annotations

from datetime import datetime, time

import openpyxl
import pytest

from sheets_sync.backends.workbook import WorkbookBackend

ROWS = [["Event ID", "Title", "Start Date", "Start Time", "Expected Attendance", "Cost", "Public?", "Notes"],
        [17, "Walk", datetime(2025, 8, 5), time(18, 0), 40, 2.5, True, None],
        [None, "Fair", datetime(2025, 8, 6, 10, 30), "10am", None, None, False, "=not a formula"],
        [],
        ["", "  ", "8/7/2025", None, 0, -3, None, "naïve 🚒 text"],
        [None, None, None, None, None, None, None, "only a note, far right"]]


def _write(path, number_format=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Police"
    for r in ROWS:
        ws.append(r)
    ws["H3"].data_type = "s"
    ws.column_dimensions["C"].width = 14
    ws["C2"].number_format = "yyyy-mm-dd"
    if number_format:
        ws["A2"].number_format = number_format
    wb.create_sheet("Empty")
    wb.save(path)
    return path


def _openpyxl_rows(path):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        out = {}
        for ws in wb.worksheets:
            ws.reset_dimensions()
            out[ws.title] = [tuple(c.value for c in r) for r in ws.iter_rows()]
        return out
    finally:
        wb.close()


def _trimmed(rows):
    """Trailing empty cells and rows dropped; a whitespace-only text cell counts as empty
    (python-calamine reads it as empty; to the sync both are blank)."""
    out = []
    for r in rows:
        r = [None if isinstance(c, str) and not c.strip() else c for c in r]
        while r and r[-1] is None:
            r.pop()
        out.append(tuple(r))
    while out and not out[-1]:
        out.pop()
    return out


def test_calamine_values_equal_openpyxl_values(tmp_path, monkeypatch):
    path = _write(tmp_path / "intake.xlsx")
    expected = _openpyxl_rows(path)
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("openpyxl was used"))
    tabs = WorkbookBackend(path).read_tabs()
    assert [t.title for t in tabs] == ["Police", "Empty"]
    police = tabs[0]
    assert _trimmed([police.header, *police.rows]) == _trimmed(expected["Police"])
    assert police.rows[0][:4] == (17, "Walk", datetime(2025, 8, 5), time(18, 0))
    assert type(police.rows[0][0]) is int and type(police.rows[0][5]) is float
    assert police.rows[3][1] is None                     # "  " typed alone
    assert tabs[1].rows == () and tabs[1].header == ()


def test_zero_padding_format_is_read_with_openpyxl(tmp_path):
    path = _write(tmp_path / "intake.xlsx", number_format='"ID-"0000')
    police = WorkbookBackend(path).read_tabs()[0]
    assert police.rows[0][0] == "ID-0017"
