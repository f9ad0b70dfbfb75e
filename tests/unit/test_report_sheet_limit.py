"""A report tab longer than an Excel sheet (1,048,576 rows) continues in "<title> (2)", "(3)"…
(issue 17, p17i): no line is dropped, each sheet has the bold frozen header, the fills and the
dropdown of its lines, and the continuation sheets are replaced — not kept as staff tabs — by
the next write. Tested with a small injected sheet size, the expected sheets worked out by hand."""
from __future__ import annotations

import logging

import openpyxl
import pytest

from sheets_sync.backends import Table
from sheets_sync.backends.workbook import WorkbookBackend, continued_tabs, kept_tabs
from sheets_sync.backends.xlsx_report import (
    EXCEL_MAX_ROWS,
    StreamedReport,
    continued_title,
    is_continuation,
    sheet_titles,
    write_report,
)

pytestmark = pytest.mark.usefixtures("report_writer")   # both writers


def test_sheet_titles_by_hand():
    # 4 rows a sheet = header + 3 lines; 7 lines → 3 + 3 + 1
    assert sheet_titles("Drill", 8, max_rows=4) == ["Drill", "Drill (2)", "Drill (3)"]
    assert sheet_titles("Drill", 7, max_rows=4) == ["Drill", "Drill (2)"]       # 6 lines: 3 + 3
    assert sheet_titles("Drill", 1, max_rows=4) == ["Drill"]                   # header only
    # Excel's own limit: 1,048,575 lines fit one sheet, one more needs a second
    assert sheet_titles("T", EXCEL_MAX_ROWS) == ["T"]
    assert sheet_titles("T", EXCEL_MAX_ROWS + 1) == ["T", "T (2)"]
    # a 31-character title is cut so the name stays within Excel's 31 characters
    long = "Metrics - Drill-down by section"
    assert len(long) == 31 and continued_title(long, 12) == "Metrics - Drill-down by se (12)"
    assert is_continuation("Drill (2)", ["Drill"]) and is_continuation(continued_title(long, 12), [long])
    assert not is_continuation("Drill (1)", ["Drill"]) and not is_continuation("Notes (2)", ["Drill"])
    with pytest.raises(ValueError):
        sheet_titles("T", 5, max_rows=1)


def _values(ws):
    return [tuple(c.value for c in row) for row in ws.iter_rows()]


def test_a_long_tab_continues_in_numbered_sheets(tmp_path):
    report = tmp_path / "report.xlsx"
    header = ("Decision", "Line")
    lines = [(None, f"line {i}") for i in range(1, 8)]                   # 7 lines
    table = Table("Review", (header, *lines), highlights=((5, "bad"),),   # row 5 = "line 5"
                  dropdowns=((0, ("same", "different")),))
    small = Table("Notes", (("A",), ("b",)))
    write_report(report, [table, small], max_rows=4)
    wb = openpyxl.load_workbook(report)
    assert wb.sheetnames == ["Review", "Review (2)", "Review (3)", "Notes"]
    assert _values(wb["Review"]) == [header, *lines[0:3]]
    assert _values(wb["Review (2)"]) == [header, *lines[3:6]]
    assert _values(wb["Review (3)"]) == [header, lines[6]]
    for name in ("Review", "Review (2)", "Review (3)"):
        ws = wb[name]
        assert ws.freeze_panes == "A2" and [c.font.b for c in ws[1]] == [True, True]
        (dv,) = ws.data_validations.dataValidation
        # one cell: Excel writes "A2"
        assert str(dv.sqref) == {"Review": "A2:A4", "Review (2)": "A2:A4", "Review (3)": "A2"}[name]
    # "line 5" is the second line of the second sheet: sheet row 3, filled; its neighbours are not
    ws = wb["Review (2)"]
    assert ws["B3"].value == "line 5" and ws["B3"].fill.fgColor.rgb[2:] == "F8D7DA"
    assert {c.fill.fill_type for c in (*ws[2], *ws[4])} == {None}


def test_rows_beyond_what_the_report_was_opened_for_raise(tmp_path):
    report = StreamedReport(tmp_path / "r.xlsx", ["T"], {"T": 7}, max_rows=4)    # room for 3 + 3 lines
    with pytest.raises(ValueError, match="more than the report was opened for"):
        report.begin(Table("T", ()), 8)
    report.begin(Table("T", ()), 7)
    report.rows("T", 0, [("h",), *[(i,) for i in range(6)]])
    with pytest.raises(ValueError, match="more rows"):
        report.rows("T", 7, [(6,)])
    report.close()


def test_a_shorter_tab_next_time_leaves_no_stale_continuation(tmp_path):
    report = tmp_path / "report.xlsx"
    write_report(report, [Table("Drill", (("n",), *[(i,) for i in range(5)]))], max_rows=3)
    wb = openpyxl.load_workbook(report)
    assert wb.sheetnames == ["Drill", "Drill (2)", "Drill (3)"]
    wb.create_sheet("Drill notes")          # a tab staff added is kept
    wb.save(report)
    assert [t for t, _ in kept_tabs(report, {"Drill"}, max_rows=3)] == ["Drill notes"]
    write_report(report, [Table("Drill", (("n",), (1,)))], kept_tabs(report, {"Drill"}, max_rows=3), max_rows=3)
    assert openpyxl.load_workbook(report).sheetnames == ["Drill", "Drill notes"]


def test_a_continued_tab_is_logged_with_where_its_lines_are(caplog):
    with caplog.at_level(logging.WARNING, logger="safety_events"):
        assert continued_tabs({"Metrics - Drill-down": 2_500_000, "Validation": 10}) == {
            "Metrics - Drill-down": ["Metrics - Drill-down", "Metrics - Drill-down (2)", "Metrics - Drill-down (3)"]}
    assert "2,499,999 lines" in caplog.text and "'Metrics - Drill-down (3)'" in caplog.text


def test_a_staff_copy_named_like_a_continuation_is_kept(tmp_path):
    """Excel names a copied sheet "<name> (2)" (Move or Copy › Create a copy): a manager's
    annotated copy of "Combined Events" is a tab staff added, not a continuation — only a
    sheet that follows a full one (an Excel sheet's 1,048,576 rows) is."""
    report = tmp_path / "report.xlsx"
    header, rows = ("UID", "Title"), [(f"u{i}", f"Event {i}") for i in range(3)]
    backend = WorkbookBackend(tmp_path / "intake.xlsx", report)
    backend.write_tabs([Table("Combined Events", (header, *rows))])
    wb = openpyxl.load_workbook(report)
    copy = wb.copy_worksheet(wb["Combined Events"])
    copy.title = "Combined Events (2)"
    copy["C1"], copy["C2"] = "Manager notes", "call Fire about this one"
    wb.save(report)
    assert [t for t, _ in kept_tabs(report, {"Combined Events"})] == ["Combined Events (2)"]
    backend.write_tabs([Table("Combined Events", (header, *rows[:2]))])
    wb = openpyxl.load_workbook(report)
    assert wb.sheetnames == ["Combined Events", "Combined Events (2)"]
    assert wb["Combined Events (2)"]["C2"].value == "call Fire about this one"
