"""The pure planner: A1 quoting, RAW cell values, and the order of a write."""
from __future__ import annotations

import math
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sheets_sync.backends import SourceError, Table
from sheets_sync.backends.google_plan import (
    GENERATED_KEY, SheetInfo, a1_range, column_letter, generated_by_tag, new_sheet_id,
    parse_sheets, plan_template, plan_write, quote_title, raw_cell)
from tests.fake_sheets import a1


@pytest.mark.parametrize("title,quoted", [("Police", "'Police'"), ("A2", "'A2'"),
                                          ("Jon's", "'Jon''s'"), ("a:b!c", "'a:b!c'"),
                                          ("''", "''''''")])
def test_quote_title(title, quoted):
    assert quote_title(title) == quoted


@given(st.text(min_size=1, max_size=30))
def test_every_title_round_trips_through_the_fakes_a1_parser(title):
    ref = a1.parse(a1_range(title, 3, 2))
    assert (ref.sheet, ref.row0, ref.row1, ref.col0, ref.col1) == (title, 0, 3, 0, 2)


@pytest.mark.parametrize("n,letters", [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"),
                                       (702, "ZZ"), (703, "AAA"), (18278, "ZZZ")])
def test_column_letter(n, letters):
    assert column_letter(n) == letters
    assert a1.col_number(letters) == n


def test_raw_cell_values():
    assert raw_cell(None) == ""
    assert raw_cell(True) is True and raw_cell(3) == 3 and raw_cell(2.5) == 2.5
    assert raw_cell(Decimal("1.25")) == 1.25
    assert raw_cell(math.nan) == "nan" and raw_cell(math.inf) == "inf"   # JSON has no NaN
    assert raw_cell(date(2024, 8, 6)) == "2024-08-06"
    assert raw_cell(datetime(2024, 8, 6, 18, 30)) == "2024-08-06T18:30:00"
    assert raw_cell("=1+1") == "=1+1"
    assert len(raw_cell("x" * 60_000)) == 50_000


def sheet(sid, title, rows, cols, tag=None, protected=True, index=0):
    return SheetInfo(sid, title, index, rows, cols, "GRID", tag, protected)


def test_new_tab_is_added_tagged_and_protected_before_the_values():
    plan = plan_write([sheet(0, "Police", 1000, 26)], [Table("A2", (("h",), ("x",), ("y",)))])
    kinds = [next(iter(r)) for r in plan.before]
    assert kinds == ["addSheet", "createDeveloperMetadata", "addProtectedRange"]
    add = plan.before[0]["addSheet"]["properties"]
    assert add["title"] == "A2" and add["gridProperties"] == {
        "rowCount": 3, "columnCount": 1, "frozenRowCount": 1}
    assert plan.before[1]["createDeveloperMetadata"]["developerMetadata"]["metadataKey"] == \
        GENERATED_KEY
    assert plan.data() == [{"range": "'A2'!A1:A3", "majorDimension": "ROWS",
                            "values": [["h"], ["x"], ["y"]]}]
    assert plan.after == ()


def test_growing_tab_resizes_before_shrinking_tab_resizes_after():
    sheets = [sheet(1, "Metrics", 11, 3, tag="Metrics"), sheet(2, "Review", 3, 1, tag="Review")]
    grow = plan_write(sheets, [Table("Review", (("h",),) * 10)])
    assert [next(iter(r)) for r in grow.before] == ["updateSheetProperties"]
    assert grow.after == ()
    shrink = plan_write(sheets, [Table("Metrics", (("a", "b"), ("1", "2")))])
    assert shrink.before == ()
    assert shrink.after[0]["updateSheetProperties"]["properties"]["gridProperties"] == {
        "rowCount": 2, "columnCount": 2}
    # the values cover the old extent: stale cells are blanked in the same request
    values = shrink.data()[0]["values"]
    assert shrink.data()[0]["range"] == "'Metrics'!A1:C11"
    assert values[:2] == [["a", "b", ""], ["1", "2", ""]] and values[2:] == [["", "", ""]] * 9


def test_unprotected_generated_tab_gets_protection_again():
    plan = plan_write([sheet(1, "Metrics", 2, 1, tag="Metrics", protected=False)],
                      [Table("Metrics", (("h",), ("x",)))])
    assert [next(iter(r)) for r in plan.before] == ["addProtectedRange"]


def test_renamed_generated_tab_is_written_under_its_new_title():
    plan = plan_write([sheet(1, "Old metrics", 2, 1, tag="Metrics")],
                      [Table("Metrics", (("h",), ("x",)))])
    assert plan.before == () and plan.data()[0]["range"] == "'Old metrics'!A1:A2"


def test_duplicate_table_titles_are_refused():
    with pytest.raises(SourceError, match="two generated tables are both titled 'metrics'"):
        plan_write([], [Table("Metrics", ()), Table("metrics", ())])


def test_duplicated_generated_tab_prefers_the_one_still_carrying_its_title():
    copy = sheet(1, "Copy of Metrics", 2, 1, tag="Metrics", index=0)
    original = sheet(2, "Metrics", 2, 1, tag="Metrics", index=1)
    assert generated_by_tag([copy, original])["Metrics"] is original


def test_parse_sheets_reads_tags_protection_and_grid():
    meta = {"sheets": [{
        "properties": {"sheetId": 7, "title": "Metrics", "index": 0,
                       "gridProperties": {"rowCount": 5, "columnCount": 2}},
        "developerMetadata": [{"metadataKey": GENERATED_KEY, "metadataValue": "Metrics",
                               "location": {"locationType": "SHEET", "sheetId": 7}}],
        "protectedRanges": [{"range": {"sheetId": 7}, "warningOnly": True}]}, {
        "properties": {"sheetId": 8, "title": "Police", "index": 1,
                       "gridProperties": {"rowCount": 5, "columnCount": 2}},
        "protectedRanges": [{"range": {"sheetId": 8, "startRowIndex": 0, "endRowIndex": 1}}]}]}
    metrics, police = parse_sheets(meta)
    assert (metrics.tag, metrics.protected, metrics.cells) == ("Metrics", True, 10)
    assert (police.tag, police.protected) == (None, False)      # a header-only protection


def test_new_sheet_ids_are_stable_and_unused():
    used = {0}
    first = new_sheet_id("Metrics", used)
    assert first == new_sheet_id("Metrics", {0}) and first in used
    assert new_sheet_id("Metrics", used) != first


def test_template_skips_existing_titles_case_insensitively_and_loosens_partners():
    requests, made = plan_template(
        [sheet(0, "police", 1000, 26)],
        [("Police", ("Title", "Lead Department")), ("Fire", ("Title", "Partner Departments"))],
        {"Lead Department": ["Police"], "Partner Departments": ["Police", "Fire"]})
    assert made == ["Fire"]
    kinds = [next(iter(r)) for r in requests]
    assert kinds == ["addSheet", "updateCells", "setDataValidation"]
    rule = requests[2]["setDataValidation"]
    assert rule["rule"]["strict"] is False and rule["range"]["startColumnIndex"] == 1


def test_metadata_fields_is_the_mask_tree_as_the_fakes_parser_reads_it():
    from sheets_sync.backends.google_plan import METADATA_FIELDS, METADATA_MASK
    from tests.fake_sheets.schema import parse_mask
    assert parse_mask(METADATA_FIELDS) == METADATA_MASK


def test_masked_is_what_a_masked_get_returns_with_empty_fields_left_out(fake, sa_key):
    """The fake's ``spreadsheets.get`` with the ``fields`` mask (its own parser and selector)
    against :func:`masked` of the whole resource; a tab with a chart, a protected range and
    tags, and one without (its empty lists are left out, as proto3 JSON leaves them out)."""
    from sheets_sync.backends.google_plan import METADATA_FIELDS, METADATA_MASK, masked
    from tests.fake_sheets.schema import select
    book = fake.create_spreadsheet("mask-check", {"Police": [["Title"]], "Fire": [["Title"]]},
                                   editors=[sa_key.email])
    police = book.sheet_by_title("Police")
    police.protected.append({"protectedRangeId": 7, "range": {"sheetId": police.sheet_id},
                             "description": "generated"})
    whole = book.to_json()

    def pruned(value):
        if isinstance(value, list):
            return [p for p in map(pruned, value) if p not in ({}, [])]
        if isinstance(value, dict):
            return {k: p for k, p in ((k, pruned(v)) for k, v in value.items()) if p not in ({}, [])}
        return value
    expected = pruned(select(whole, METADATA_FIELDS))
    assert masked(whole, METADATA_MASK) == expected
    assert expected["sheets"][0]["protectedRanges"] == [{"range": {"sheetId": police.sheet_id}}]
    assert "description" not in str(expected) and "spreadsheetId" not in expected
