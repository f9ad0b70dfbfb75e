"""Status-shading rules: the exact formulas, valid Sheets API JSON, clear failures."""
from __future__ import annotations

import pytest

from reports.metrics import compute_metrics
from reports.sheets_formats import BAD, RULES, StatusRule, status_format_requests
from reports.snapshots import snapshots_table
from reports.tabs import all_tables
from tests.fake_sheets.schema import check_body


def _tables():
    m = compute_metrics([], departments=["Police", "Fire"], core=["Police", "Fire"],
                        fiscal_start_month=7, joint_target=2, all_department_target=1)
    return all_tables([], [], m, {"Rows read": 0}) + [snapshots_table([], m, 2)]


def test_formulas_point_at_the_columns_of_the_real_tabs():
    headers = {t.title: t.rows[0] for t in _tables()}
    got = {r.tab: r.formula(headers[r.tab]) for r in RULES}
    assert got == {
        "Metrics - Monthly": '=AND($E2="no",N("safety-events: month under the joint-event target")=0)',
        "Metrics - Quarterly":
            '=AND($F2="no",N("safety-events: quarter under the all-department target")=0)',
        "Validation": '=AND($A2="error",N("safety-events: intake row excluded by an error")=0)',
        "Snapshots": '=AND(OR($L2<>"",$M2<>"",$H2<>0),'
                     'N("safety-events: month changed since it was reported")=0)',
    }
    assert headers["Metrics - Monthly"][4] == "Met" and headers["Snapshots"][7] == "Events Difference"


def test_requests_are_valid_sheets_api_json_and_shade_below_the_header():
    ids = {r.tab: n for n, r in enumerate(RULES, start=10)}
    requests = status_format_requests(_tables(), ids)
    assert len(requests) == len(RULES)
    check_body({"requests": requests})
    for request, rule in zip(requests, RULES):
        body = request["addConditionalFormatRule"]
        assert body["index"] == 0
        assert body["rule"]["ranges"] == [{"sheetId": ids[rule.tab], "startRowIndex": 1,
                                           "startColumnIndex": 0}]          # open-ended
        assert body["rule"]["booleanRule"]["format"] == {"backgroundColor": BAD}
    assert round(BAD["red"] * 255) == 0xF8 and round(BAD["blue"] * 255) == 0xDA   # the workbook's fill


def test_text_is_quoted_as_a_sheets_string_and_a_missing_column_is_an_error():
    rule = StatusRule("T", "x", (("A", "=", 'say "hi"'), ("B", "<>", 2.5)))
    assert rule.formula(["A", "B"]) == '=AND(OR($A2="say ""hi""",$B2<>2.5),N("safety-events: x")=0)'
    with pytest.raises(ValueError):
        rule.formula(["A"])


def test_tabs_not_written_or_without_an_id_are_skipped():
    assert status_format_requests(_tables(), {}) == []
    assert status_format_requests([], {"Validation": 1}) == []
