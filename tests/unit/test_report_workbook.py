"""The report workbook streamed (issue 17: openpyxl write-only, then XlsxWriter) keeps what the
normal-mode writer gave staff: a bold, frozen header, row fills, a Decision dropdown,
formula-looking text stored as text, and every tab it does not replace."""
from __future__ import annotations

import openpyxl

from sheets_sync.backends import Table
from sheets_sync.backends.workbook import WorkbookBackend


def _write(path, tables):
    WorkbookBackend(path.parent / "intake.xlsx", path).write_tabs(tables)


def test_styles_text_and_dropdowns_survive_write_only(tmp_path):
    report = tmp_path / "report.xlsx"
    rows = (("Title", "Decision", "Count"), ("=1+1", None, 3), ("-5 C", "same", 4.5), ("ok", "", 0))
    _write(report, [Table("Review Duplicates", rows, highlights=((1, "bad"), (3, "good")),
                          dropdowns=((1, ("same", "different")),))])
    wb = openpyxl.load_workbook(report)
    ws = wb["Review Duplicates"]
    assert [[c.value for c in r] for r in ws.iter_rows()] == [
        ["Title", "Decision", "Count"], ["=1+1", None, 3], ["-5 C", "same", 4.5], ["ok", None, 0]]
    assert ws["A2"].data_type == "s" and ws["A2"].quotePrefix      # text, not a formula
    assert ws["A3"].data_type == "s"
    assert [c.font.b for c in ws[1]] == [True, True, True]
    assert not ws["A2"].font.b
    assert ws.freeze_panes == "A2"
    # ARGB: the colour is the last six digits (openpyxl wrote alpha 00, XlsxWriter FF; Excel ignores it)
    assert ws["A2"].fill.fgColor.rgb[2:] == "F8D7DA" and ws["C4"].fill.fgColor.rgb[2:] == "D4EDDA"
    assert ws["A3"].fill.fill_type is None
    assert [(str(dv.sqref), dv.formula1) for dv in ws.data_validations.dataValidation] == [
        ("B2:B4", '"same,different"')]
    # the size is declared, so a read-only reader need not parse the sheet to learn it
    assert openpyxl.load_workbook(report, read_only=True)["Review Duplicates"].calculate_dimension() == "A1:C4"


def test_replaced_tabs_are_rewritten_and_other_tabs_kept(tmp_path):
    report = tmp_path / "report.xlsx"
    _write(report, [Table("Validation", (("Tab", "Row"), ("Police", 2)))])
    wb = openpyxl.load_workbook(report)                 # staff add a tab of their own
    notes = wb.create_sheet("Notes")
    notes.append(["Who", "Note"])
    notes.append(["Ana", "=not a formula"])
    notes["B2"].data_type = "s"
    wb.save(report)
    _write(report, [Table("Validation", (("Tab", "Row"), ("Fire", 7), ("Fire", 9)))])
    wb = openpyxl.load_workbook(report)
    assert wb.sheetnames == ["Validation", "Notes"]
    assert [[c.value for c in r] for r in wb["Validation"].iter_rows()] == [
        ["Tab", "Row"], ["Fire", 7], ["Fire", 9]]
    assert [[c.value for c in r] for r in wb["Notes"].iter_rows()] == [
        ["Who", "Note"], ["Ana", "=not a formula"]]
    assert wb["Notes"]["B2"].data_type == "s"
