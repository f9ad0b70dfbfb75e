"""The fake's charts, conditional formats, ``fields`` masks and request-shape checks behave as
the Sheets API v4 reference documents them (real HTTP, real google-auth, no gspread)."""
from __future__ import annotations

import pytest

from tests.fake_sheets.client import RawApi
from tests.fake_sheets.fixtures import SHEET_KEY
from tests.google.test_fake_fidelity import error, ok

PINK = {"red": 0.97, "green": 0.84, "blue": 0.85}


@pytest.fixture
def api(fake, loopback, sa_key):
    fake.create_spreadsheet(SHEET_KEY, {"Data": [["Month", "Events", "Joint"], ["2025-07", 3, 1]],
                                        "Other": [["x"]]},
                            editors=[sa_key.email], fit=True)
    ok(RawApi(sa_key.info, loopback).batch_update(SHEET_KEY, [{"updateSheetProperties": {
        "properties": {"sheetId": 0, "gridProperties": {"rowCount": 20, "columnCount": 8}},
        "fields": "gridProperties.rowCount,gridProperties.columnCount"}}]))
    return RawApi(sa_key.info, loopback)


def column(col: int, sheet: int = 0, **bounds) -> dict:
    return {"sheetId": sheet, "startRowIndex": 0, "startColumnIndex": col,
            "endColumnIndex": col + 1, **bounds}


def chart(*, domain=None, series=None, anchor=(1, 4), **extra) -> dict:
    return {"addChart": {"chart": {
        "spec": {"title": "Joint events", "basicChart": {
            "chartType": "COLUMN", "headerCount": 1,
            "domains": [{"domain": {"sourceRange": {"sources": [domain or column(0)]}}}],
            "series": [{"series": {"sourceRange": {"sources": [series or column(2)]}},
                        "targetAxis": "LEFT_AXIS"}]}},
        "position": {"overlayPosition": {"anchorCell": {"sheetId": 0, "rowIndex": anchor[0],
                                                        "columnIndex": anchor[1]}}},
        **extra}}}


def shade(formula: str, sheet: int = 0, **rng) -> dict:
    return {"addConditionalFormatRule": {"index": 0, "rule": {
        "ranges": [{"sheetId": sheet, "startRowIndex": 1, **rng}],
        "booleanRule": {"condition": {"type": "CUSTOM_FORMULA",
                                      "values": [{"userEnteredValue": formula}]},
                        "format": {"backgroundColor": PINK}}}}}


def gradient(sheet: int = 0) -> dict:
    return {"addConditionalFormatRule": {"rule": {
        "ranges": [{"sheetId": sheet, "startRowIndex": 1, "startColumnIndex": 1}],
        "gradientRule": {"minpoint": {"type": "NUMBER", "value": "0", "color": PINK},
                         "maxpoint": {"type": "MAX", "color": PINK}}}}}


def test_charts_and_rules_are_stored_per_tab_and_listed_in_metadata(api, fake):
    body = ok(api.batch_update(SHEET_KEY, [chart(), shade('=$C2<1'), gradient()],
                               includeSpreadsheetInResponse=True))
    made = body["replies"][0]["addChart"]["chart"]
    assert isinstance(made["chartId"], int) and made["spec"]["title"] == "Joint events"
    assert body["replies"][1:] == [{}, {}]          # addConditionalFormatRule has no reply
    data = ok(api.get(SHEET_KEY))["sheets"][0]
    assert data == body["updatedSpreadsheet"]["sheets"][0]
    assert data["charts"] == [made]
    assert data["charts"][0]["position"]["overlayPosition"]["anchorCell"] == {
        "sheetId": 0, "rowIndex": 1, "columnIndex": 4}
    # index 0 inserts in front: the gradient added last comes first
    assert [next(k for k in r if k != "ranges") for r in data["conditionalFormats"]] == [
        "gradientRule", "booleanRule"]
    other = ok(api.get(SHEET_KEY))["sheets"][1]
    assert "charts" not in other and "conditionalFormats" not in other   # empty lists omitted


def test_fields_mask_returns_only_what_is_asked(api):
    ok(api.batch_update(SHEET_KEY, [chart(), shade('=$C2<1')]))
    meta = ok(api.get(SHEET_KEY, fields="sheets(properties(sheetId,title),charts(chartId,spec(title)),"
                                         "conditionalFormats)"))
    assert set(meta) == {"sheets"}
    first, second = meta["sheets"]
    assert first["properties"] == {"sheetId": 0, "title": "Data"}
    assert [set(c) for c in first["charts"]] == [{"chartId", "spec"}]
    assert first["charts"][0]["spec"] == {"title": "Joint events"}
    assert first["conditionalFormats"][0]["booleanRule"]["condition"]["type"] == "CUSTOM_FORMULA"
    assert second == {"properties": {"sheetId": 1, "title": "Other"}}
    slashed = ok(api.get(SHEET_KEY, fields="sheets/properties/title,spreadsheetId"))
    assert slashed == {"spreadsheetId": SHEET_KEY,
                       "sheets": [{"properties": {"title": "Data"}}, {"properties": {"title": "Other"}}]}


@pytest.mark.parametrize("mask", ["sheets(charts(titel))", "sheetz", "sheets(", "sheets()"])
def test_bad_fields_mask_is_400(api, mask):
    assert "Invalid field selection" in error(api.get(SHEET_KEY, fields=mask), 400)


@pytest.mark.parametrize("request_,message", [
    (chart(series=column(2, endRowIndex=40)), "exceeds grid limits. Max rows: 20"),
    (chart(series=column(9)), "exceeds grid limits"),
    (chart(domain=column(0, sheet=77)), "No grid with id: 77"),
    (chart(series={"sheetId": 0, "startRowIndex": 0, "startColumnIndex": 1, "endColumnIndex": 3}),
     "ChartSourceRange ranges require all rows or all columns to have length of 1"),
    (chart(anchor=(20, 0)), "outside the grid"),
    (chart(chartId=5, spec={"title": "no kind"}), "basicChart"),
    (shade("$C2<1"), "formula starting with '='"),
    (shade("=$C2<1", startColumnIndex=8), "exceeds grid limits"),
    (shade("=$C2<1", sheet=9), "No grid with id: 9"),
    ({"addConditionalFormatRule": {"index": 3, "rule": gradient()["addConditionalFormatRule"]["rule"]}},
     "Invalid index 3"),
    ({"addConditionalFormatRule": {"rule": {"ranges": [{"sheetId": 0}, {"sheetId": 1}],
                                            "gradientRule": gradient()["addConditionalFormatRule"]
                                            ["rule"]["gradientRule"]}}}, "same sheet"),
    ({"addConditionalFormatRule": {"rule": {"ranges": [{"sheetId": 0}]}}},
     "Exactly one of booleanRule or gradientRule"),
    ({"deleteConditionalFormatRule": {"sheetId": 0, "index": 0}}, "No conditional format"),
    ({"deleteEmbeddedObject": {"objectId": 12345}}, "No object with id: 12345"),
])
def test_invalid_chart_or_rule_fails_the_whole_batch(api, fake, request_, message):
    before = fake.book(SHEET_KEY).to_json()
    # a valid chart first: the batch is atomic, so it must not be applied either
    msg = error(api.batch_update(SHEET_KEY, [chart(), request_]), 400)
    assert msg.startswith("Invalid requests[1].") and message in msg, msg
    assert fake.book(SHEET_KEY).to_json() == before


def test_unknown_fields_and_enum_values_are_refused_like_the_api(api, fake):
    bad = chart()
    bad["addChart"]["chart"]["spec"]["titel"] = "typo"
    assert error(api.batch_update(SHEET_KEY, [bad]), 400) == (
        'Invalid JSON payload received. Unknown name "titel" at '
        "'requests[0].add_chart.chart.spec': Cannot find field.")
    bad = chart()
    bad["addChart"]["chart"]["spec"]["basicChart"]["chartType"] = "DONUT"
    assert error(api.batch_update(SHEET_KEY, [bad]), 400) == (
        "Invalid value at 'requests[0].add_chart.chart.spec.basic_chart.chart_type', \"DONUT\"")
    bad = shade("=$C2<1")
    bad["addConditionalFormatRule"]["index"] = "0"
    assert "(TYPE_INT32)" in error(api.batch_update(SHEET_KEY, [bad]), 400)
    assert "charts" not in fake.book(SHEET_KEY).to_json()["sheets"][0]


def test_chart_ids_are_unique_and_given_ids_kept(api, fake):
    body = ok(api.batch_update(SHEET_KEY, [chart(chartId=4242), chart()]))
    ids = [r["addChart"]["chart"]["chartId"] for r in body["replies"]]
    assert ids[0] == 4242 and ids[1] != 4242
    assert "already exists" in error(api.batch_update(SHEET_KEY, [chart(chartId=4242)]), 400)


def test_delete_rule_by_index_and_chart_by_id(api, fake):
    ok(api.batch_update(SHEET_KEY, [shade('=$C2<1'), shade('=$C2>5'), chart(chartId=7)]))
    body = ok(api.batch_update(SHEET_KEY, [{"deleteConditionalFormatRule": {"sheetId": 0, "index": 1}},
                                           {"deleteEmbeddedObject": {"objectId": 7}}]))
    deleted = body["replies"][0]["deleteConditionalFormatRule"]["rule"]
    assert deleted["booleanRule"]["condition"]["values"] == [{"userEnteredValue": "=$C2<1"}]
    sheet = ok(api.get(SHEET_KEY))["sheets"][0]
    assert [r["booleanRule"]["condition"]["values"][0]["userEnteredValue"]
            for r in sheet["conditionalFormats"]] == ["=$C2>5"]
    assert "charts" not in sheet


def test_deleting_a_tab_removes_its_charts_and_rules(api, fake):
    ok(api.batch_update(SHEET_KEY, [chart(chartId=7), shade("=$C2<1")]))
    ok(api.batch_update(SHEET_KEY, [{"deleteSheet": {"sheetId": 0}}]))
    assert [s.title for s in fake.book(SHEET_KEY).sheets] == ["Other"]
    assert "No object with id: 7" in error(
        api.batch_update(SHEET_KEY, [{"deleteEmbeddedObject": {"objectId": 7}}]), 400)
