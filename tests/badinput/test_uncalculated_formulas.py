"""Issue 16 (verifier gap 4): a cell holding a formula saved without its calculated value (by
openpyxl or another tool that does not calculate) reads as empty; its Validation line says so
and what to do, instead of only "blank". A calculated formula is read as its value."""
from __future__ import annotations

import zipfile
from datetime import datetime, timezone

import openpyxl
import pytest

from sheets_sync.backends.workbook import WorkbookBackend
from sheets_sync.config import config_from_dict
from sheets_sync.model import Severity
from sheets_sync.validate import parse_tab
from tests.conftest import base_config_dict

H = ["Event ID", "Title", "Start Date", "Start Time", "Visibility"]


def police_sheet(*rows):
    """An openpyxl workbook (not saved) whose one tab, Police, holds the header ``H`` and ``rows``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Police"
    for row in (H, *rows):
        ws.append(row)
    return wb, ws


def formula_workbook(path, zero_padded_id=False):
    """Row 2: Start Date is ``=B5+1`` (no value); row 3: Title is ``=UPPER(B7)`` (no value);
    row 4 is typed. Saved by openpyxl, which does not calculate."""
    wb, ws = police_sheet([1, "CPR class", "=B5+1", "6pm", "Public"],
                          [2, "=UPPER(B7)", "8/6/2025", "6pm", "Public"],
                          [3, "Walk", "8/7/2025", "6pm", "Public"])
    if zero_padded_id:                  # a format that sends the reader down the openpyxl path
        ws["A2"].number_format = "00000"
    wb.save(path)
    return path


def issues_of(tmp_path, path):
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    (tab,) = WorkbookBackend(path).read_tabs()
    return parse_tab(tab, config)


@pytest.mark.parametrize("zero_padded_id", [False, True], ids=["calamine", "openpyxl"])
def test_uncalculated_formula_is_named_with_what_to_do(tmp_path, zero_padded_id):
    rows, issues = issues_of(tmp_path, formula_workbook(tmp_path / "intake.xlsx", zero_padded_id))
    assert [r.title for r in rows] == ["Walk"]
    by_place = {(i.row, i.column): i for i in issues if i.severity is Severity.ERROR}
    date_issue, title_issue = by_place[(2, "Start Date")], by_place[(3, "Title")]
    for issue, formula in ((date_issue, "=B5+1"), (title_issue, "=UPPER(B7)")):
        assert f"holds the formula {formula} but no calculated value" in issue.problem
        assert "save it" in issue.action and "type the value" in issue.action
    assert "the date is blank" in date_issue.problem        # the plain reason stays at the end


def test_a_truly_blank_cell_and_a_calculated_formula_are_not_called_formulas(tmp_path):
    path = formula_workbook(tmp_path / "intake.xlsx")
    with zipfile.ZipFile(path) as archive:
        parts = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    # row 2's date as Excel saves it: the formula with its cached serial (45874 = 2025-08-05);
    # row 3's title a formula whose calculated result is empty text (t="str", empty <v>)
    sheet = sheet.replace('<c r="C2"><f>B5+1</f><v /></c>', '<c r="C2"><f>B5+1</f><v>45874</v></c>')
    sheet = sheet.replace('<c r="B3"><f>UPPER(B7)</f><v /></c>', '<c r="B3" t="str"><f>UPPER(B7)</f><v></v></c>')
    assert "45874" in sheet and 't="str"' in sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    rows, issues = issues_of(tmp_path, path)
    assert sorted(r.title for r in rows) == ["CPR class", "Walk"]
    (title,) = [i for i in issues if i.severity is Severity.ERROR]
    assert title.row == 3 and title.problem == "the title is blank"


def test_sync_reports_it_on_the_validation_tab(config, tmp_path):
    formula_workbook(config.path(config.source.workbook))
    from sheets_sync.pipeline import run_sync
    summary = run_sync(config, now=datetime(2025, 8, 1, 12, tzinfo=timezone.utc))
    assert summary["rows_rejected"] == 2
    wb = openpyxl.load_workbook(config.report_path)
    lines = [tuple(c.value for c in r) for r in wb["Validation"].iter_rows(min_row=2)]
    assert any("formula =B5+1 but no calculated value" in str(v) for line in lines for v in line)


def test_the_formula_lookup_hashes_the_same_until_a_formula_changes(tmp_path):
    """A no-change sync is skipped by a hash of what it read (sheets_sync.steady), tab fields
    included: the lookup must hash the same on every read of an unchanged workbook (it once
    carried its memory address, so no sync was ever skipped), and differently once a formula
    without a value is edited (its message names the formula)."""
    path = formula_workbook(tmp_path / "intake.xlsx")
    (first,) = WorkbookBackend(path).read_tabs()
    (again,) = WorkbookBackend(path).read_tabs()
    assert repr(first.formula_at) == repr(again.formula_at)
    wb = openpyxl.load_workbook(path)
    wb["Police"]["C2"] = "=B5+2"
    wb.save(path)
    (edited,) = WorkbookBackend(path).read_tabs()
    assert edited.rows == first.rows                       # the values read are the same
    assert repr(edited.formula_at) != repr(first.formula_at)


def _events(config) -> dict:
    import json
    return {e["title"]: e for e in json.loads((config.out_dir / "public" / "events.json").read_text())}


def test_an_uncalculated_time_or_row_holds_the_event_it_was(config):
    """Issue 16 leftovers: an unsaved formula in Start Time used to publish the event as
    all-day (moving it for subscribers) with no line, and a row whose Title and Start Date are
    unsaved formulas read as blank spacing, so its published event was removed silently."""
    from sheets_sync.pipeline import run_sync
    path = config.path(config.source.workbook)
    now = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
    wb, ws = police_sheet([1, "CPR class", "8/5/2025", "6pm", "Public"], [2, "Walk", "8/6/2025", "5pm", "Public"])
    wb.save(path)
    run_sync(config, now=now)
    before = _events(config)
    assert before["CPR class"]["start"] == "2025-08-05T22:00:00Z"      # 6 pm EDT
    ws["D2"] = "=TEXT(F2,\"h AM/PM\")"                  # the time now computed, not saved
    for column in "ABCDE":                              # row 3: every cell a formula, none saved
        ws[f"{column}3"] = f"=K{ord(column)}"
    wb.save(path)
    run_sync(config, now=now)
    after = _events(config)
    assert {t: (e["start"], e["sequence"]) for t, e in after.items()} == \
        {t: (e["start"], e["sequence"]) for t, e in before.items()}
    wb = openpyxl.load_workbook(config.report_path)
    lines = {(r[2].value, r[3].value): r[5].value for r in wb["Validation"].iter_rows(min_row=2)}
    assert "formula =TEXT(F2" in lines[(2, "Start Time")] and "start time is unknown" in lines[(2, "Start Time")]
    assert "formula =K66 but no calculated value" in lines[(3, "Title")]
    assert "every cell of this row reads empty" in lines[(3, "Title")]


def test_an_uncalculated_formula_in_an_optional_column_is_a_warning(tmp_path):
    """Second verifier on input edits, finding 2: Location, Description, Event Type (any
    column but the required ones) lost their value without a word. Each such cell now has a
    warning naming tab, row, column and the formula; the row is still published."""
    path = tmp_path / "intake.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Police"
    for row in (["Title", "Start Date", "Start Time", "Location", "Description", "Event Type", "Visibility",
                 "Notes to self"],                  # (not an intake column: never read, never named)
                ["CPR class", "8/5/2025", "6pm", '=A9&" Park"', "=UPPER(A2)", "Training", "Public", "=A1"],
                ["Walk", "8/6/2025", "5pm", "Station 1", "Typed", "=VLOOKUP(A3,Z:Z,1)", "Public", ""]):
        ws.append(row)
    wb.save(path)
    rows, issues = issues_of(tmp_path, path)
    assert [(r.title, r.location, r.description, r.event_type) for r in rows] == \
        [("CPR class", "", "", "Training"), ("Walk", "Station 1", "Typed", "")]
    found = {(i.tab, i.row, i.column): i for i in issues}
    formulas = {("Police", 2, "Location"): '=A9&" Park"', ("Police", 2, "Description"): "=UPPER(A2)",
                ("Police", 3, "Event Type"): "=VLOOKUP(A3,Z:Z,1)"}
    assert sorted(found) == sorted(formulas)
    for (tab, row, column), formula in formulas.items():
        issue = found[(tab, row, column)]
        assert issue.severity is Severity.WARNING
        assert f"holds the formula {formula} but no calculated value" in issue.problem
        assert f"gets no {column}" in issue.problem
        assert "LibreOffice" in issue.action and "type the value" in issue.action
