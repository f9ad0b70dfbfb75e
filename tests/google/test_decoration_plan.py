"""The pure planner's charts and status rules: made once, after the tabs they sit on, with
room in the grid, out-of-date rules replaced and staff rules left alone.

Plans are applied to the fake's spreadsheet state directly (no HTTP), which checks them the way
the fake checks every ``batchUpdate`` (discovery-document shapes, ids, grid limits).
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from reports.metrics import compute_metrics
from reports.sheets_charts import CHARTS
from reports.sheets_formats import RULES, status_format_requests
from reports.snapshots import snapshots_table
from reports.tabs import all_tables
from sheets_sync.backends.google_plan import grid_room, plan_tabs
from tests.fake_sheets.schema import check_body
from tests.fake_sheets.state import Sheet, Spreadsheet

DEPARTMENTS = ["Police", "Fire", "Parks"]


def tables(months: int = 0):
    m = compute_metrics([], departments=DEPARTMENTS, core=DEPARTMENTS, fiscal_start_month=7,
                        joint_target=2, all_department_target=1)
    out = all_tables([], [], m, {"Rows read": 0}) + [snapshots_table([], m, 2)]
    if months:      # a Monthly tab with `months` rows, all under target
        monthly = next(t for t in out if t.title == "Metrics - Monthly")
        rows = monthly.rows + tuple((f"2025-{i:02d}", 1, 0, 2, "no", "") for i in range(1, months + 1))
        out = [replace(t, rows=rows) if t is monthly else t for t in out]
    return out


def apply(book: Spreadsheet, requests) -> Spreadsheet:
    check_body({"requests": list(requests)})
    twin = book.clone()
    twin.apply(requests)
    return twin


def kind(request: dict) -> str:
    return next(iter(request))


@pytest.fixture
def made() -> Spreadsheet:
    """A spreadsheet after the first write's structural batch."""
    return apply(Spreadsheet("k", sheets=[Sheet(0, "Police")]),
                 plan_tabs(Spreadsheet("k", sheets=[Sheet(0, "Police")]).to_json(), tables()).before)


def test_first_plan_adds_tabs_then_charts_and_rules_reading_them():
    book = Spreadsheet("k", sheets=[Sheet(0, "Police")])
    plan = plan_tabs(book.to_json(), tables())
    kinds = [kind(r) for r in plan.before]
    n_tabs = len(tables())
    assert kinds[:3 * n_tabs] == ["addSheet", "createDeveloperMetadata", "addProtectedRange"] * n_tabs
    assert sorted(kinds[3 * n_tabs:]) == sorted(["addConditionalFormatRule"] * (len(RULES) + 1)
                                                + ["addChart"] * len(CHARTS))
    added = {r["addSheet"]["properties"]["title"]: r["addSheet"]["properties"]["sheetId"]
             for r in plan.before if kind(r) == "addSheet"}
    assert added == dict(plan.sheet_ids)
    room = grid_room(plan.before[3 * n_tabs:])
    assert set(room) <= set(added.values())
    grid = {r["addSheet"]["properties"]["title"]: r["addSheet"]["properties"]["gridProperties"]
            for r in plan.before if kind(r) == "addSheet"}
    # the second Monthly chart is anchored at row 22 right of the 7 data columns (Month, Events,
        # Joint Events, Target, Met, Internal Joint Work, Joint Event UIDs)
    assert (grid["Metrics - Monthly"]["rowCount"], grid["Metrics - Monthly"]["columnCount"]) == (22, 8)
    assert room[added["Metrics - Monthly"]] == (22, 8)
    after = apply(book, plan.before)      # valid for the fake, in this order
    assert [s.title for s in after.sheets] == ["Police", *[t.title for t in tables()]]


def test_second_plan_adds_nothing_and_shrinking_keeps_room(made):
    again = plan_tabs(made.to_json(), tables())
    assert again.before == () and again.after == ()
    longer = plan_tabs(made.to_json(), tables(months=30))
    assert [kind(r) for r in longer.before] == ["updateSheetProperties"]      # grow only
    grown = apply(made, longer.before)
    shorter = plan_tabs(grown.to_json(), tables(months=3))
    assert shorter.before == ()
    (shrink,) = shorter.after
    assert shrink["updateSheetProperties"]["properties"]["gridProperties"] == {
        "rowCount": 22, "columnCount": 8}           # not 4 rows: the chart anchor stays inside


def _monthly_formats(book: Spreadsheet) -> list[str]:
    sheet = book.sheet_by_title("Metrics - Monthly")
    return [r["booleanRule"]["condition"]["values"][0]["userEnteredValue"]
            for r in sheet.conditional_formats]


def test_out_of_date_rule_is_replaced_and_staff_rules_kept(made):
    sheet_id = made.sheet_by_title("Metrics - Monthly").sheet_id
    (ours,) = _monthly_formats(made)
    old = ours.replace("$E2", "$D2")                   # an older layout: Met was column D
    staff = '=$B2>10'
    book = apply(made, [
        {"deleteConditionalFormatRule": {"sheetId": sheet_id, "index": 0}},
        {"addConditionalFormatRule": {"index": 0, "rule": {
            "ranges": [{"sheetId": sheet_id, "startRowIndex": 1}],
            "booleanRule": {"condition": {"type": "CUSTOM_FORMULA", "values": [{"userEnteredValue": old}]},
                            "format": {"textFormat": {"bold": True}}}}}},
        {"addConditionalFormatRule": {"index": 0, "rule": {
            "ranges": [{"sheetId": sheet_id, "startRowIndex": 1}],
            "booleanRule": {"condition": {"type": "CUSTOM_FORMULA", "values": [{"userEnteredValue": staff}]},
                            "format": {"textFormat": {"italic": True}}}}}}])
    assert _monthly_formats(book) == [staff, old]
    plan = plan_tabs(book.to_json(), tables())
    assert [kind(r) for r in plan.before] == ["deleteConditionalFormatRule", "addConditionalFormatRule"]
    assert plan.before[0]["deleteConditionalFormatRule"] == {"sheetId": sheet_id, "index": 1}
    fixed = apply(book, plan.before)
    assert _monthly_formats(fixed) == [ours, staff]
    assert plan_tabs(fixed.to_json(), tables()).before == ()


def test_duplicated_rules_are_cut_to_one_highest_index_deleted_first():
    monthly = next(t for t in tables() if t.title == "Metrics - Monthly")
    rule = next(r for r in RULES if r.tab == monthly.title)
    want = rule.formula(monthly.rows[0])

    def fmt(formula):
        return {"booleanRule": {"condition": {"type": "CUSTOM_FORMULA",
                                              "values": [{"userEnteredValue": formula}]}}}
    existing = {monthly.title: [fmt(want.replace("$E2", "$C2")), fmt("=$A2=1"), fmt(want), fmt(want)]}
    assert status_format_requests([monthly], {monthly.title: 9}, existing) == [
        {"deleteConditionalFormatRule": {"sheetId": 9, "index": 3}},
        {"deleteConditionalFormatRule": {"sheetId": 9, "index": 0}}]


def test_renamed_collaboration_tab_keeps_its_one_heat_map(made):
    sheet = made.sheet_by_title("Metrics - Collaboration")
    renamed = apply(made, [{"updateSheetProperties": {
        "properties": {"sheetId": sheet.sheet_id, "title": "Who works with whom"}, "fields": "title"}}])
    assert plan_tabs(renamed.to_json(), tables()).before == ()


def test_a_table_named_like_a_metric_tab_but_laid_out_otherwise_gets_no_decoration():
    odd = [replace(t, rows=(("Something", "Else"),)) for t in tables()
           if t.title in ("Metrics - Monthly", "Validation")]
    plan = plan_tabs(Spreadsheet("k", sheets=[Sheet(0, "Police")]).to_json(), odd)
    assert [kind(r) for r in plan.before] == ["addSheet", "createDeveloperMetadata",
                                              "addProtectedRange"] * 2

