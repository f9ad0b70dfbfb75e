"""Native Sheets chart requests: checked against the real Sheets API v4 discovery document.

The discovery document ships inside google-api-python-client; every key of every request
must be a property of the schema it sits in, and every enum value one the API lists.
"""
from __future__ import annotations

import json
from pathlib import Path

import googleapiclient
import pytest

from reports.metrics import compute_metrics
from reports.sheets_charts import CHARTS, chart_requests, existing_chart_keys, heatmap_key
from reports.tabs import all_tables

DISCOVERY = Path(googleapiclient.__file__).parent / "discovery_cache/documents/sheets.v4.json"


@pytest.fixture(scope="module")
def schemas() -> dict:
    return json.loads(DISCOVERY.read_text())["schemas"]


def check(value, schema: dict, schemas: dict, path: str) -> None:
    """Walk ``value`` against a discovery schema; raise AssertionError naming the path."""
    if "$ref" in schema:
        schema = schemas[schema["$ref"]]
    kind = schema.get("type")
    if kind == "object":
        assert isinstance(value, dict), path
        props = schema.get("properties", {})
        for key, sub in value.items():
            assert key in props, f"{path}.{key} is not a field of the API schema"
            check(sub, props[key], schemas, f"{path}.{key}")
    elif kind == "array":
        assert isinstance(value, list), path
        for i, item in enumerate(value):
            check(item, schema["items"], schemas, f"{path}[{i}]")
    elif kind == "string":
        assert isinstance(value, str), path
        if "enum" in schema:
            assert value in schema["enum"], f"{path}={value!r} not in {schema['enum']}"
    elif kind == "integer":
        assert isinstance(value, int) and not isinstance(value, bool), path
    elif kind == "number":
        assert isinstance(value, (int, float)), path
    elif kind == "boolean":
        assert isinstance(value, bool), path


def _tables():
    m = compute_metrics([], departments=["Police", "Fire", "Parks"], core=["Police", "Fire", "Parks"],
                        fiscal_start_month=7, joint_target=2, all_department_target=1)
    return all_tables([], [], m, {"Rows read": 0})


SHEET_IDS = {"Metrics - Monthly": 11, "Metrics - Quarterly": 12, "Metrics - Departments": 13,
             "Metrics - Collaboration": 14}


def test_requests_are_valid_sheets_api_json(schemas):
    requests = chart_requests(_tables(), SHEET_IDS)
    assert len(requests) == len(CHARTS) + 1
    body = {"requests": requests}
    check(body, {"$ref": "BatchUpdateSpreadsheetRequest"}, schemas, "batchUpdate")
    json.dumps(body)   # plain JSON all the way down


def test_charts_read_the_tab_columns_by_header(schemas):
    tables = {t.title: t for t in _tables()}
    requests = chart_requests(list(tables.values()), SHEET_IDS)
    monthly = requests[0]["addChart"]["chart"]
    spec = monthly["spec"]["basicChart"]
    header = list(tables["Metrics - Monthly"].rows[0])
    domain = spec["domains"][0]["domain"]["sourceRange"]["sources"][0]
    assert domain == {"sheetId": 11, "startRowIndex": 0, "startColumnIndex": header.index("Month"),
                      "endColumnIndex": header.index("Month") + 1}    # no endRowIndex: open-ended
    series = [s["series"]["sourceRange"]["sources"][0]["startColumnIndex"] for s in spec["series"]]
    assert series == [header.index("Joint Events"), header.index("Target")]
    assert [s["type"] for s in spec["series"]] == ["COLUMN", "LINE"]
    assert spec["headerCount"] == 1
    anchor = monthly["position"]["overlayPosition"]["anchorCell"]
    assert anchor["sheetId"] == 11 and anchor["columnIndex"] == len(header)   # right of the data
    quarterly = requests[2]["addChart"]["chart"]["spec"]["basicChart"]
    qheader = list(tables["Metrics - Quarterly"].rows[0])
    assert [s["series"]["sourceRange"]["sources"][0]["startColumnIndex"] for s in quarterly["series"]] == [
        qheader.index("All-Department Events"), qheader.index("Target")]
    heat = requests[-1]["addConditionalFormatRule"]["rule"]
    assert heat["ranges"] == [{"sheetId": 14, "startRowIndex": 1, "startColumnIndex": 1}]


def test_created_once(schemas):
    tables = _tables()
    first = chart_requests(tables, SHEET_IDS)
    # what spreadsheets.get returns after the first batch was applied
    metadata = {"sheets": [
        {"properties": {"sheetId": 11, "title": "Metrics - Monthly"},
         "charts": [r["addChart"]["chart"] for r in first[:2]]},
        {"properties": {"sheetId": 12, "title": "Metrics - Quarterly"},
         "charts": [first[2]["addChart"]["chart"]]},
        {"properties": {"sheetId": 14, "title": "Metrics - Collaboration"},
         "conditionalFormats": [first[-1]["addConditionalFormatRule"]["rule"]]},
    ]}
    keys = existing_chart_keys(metadata)
    assert heatmap_key("Metrics - Collaboration") in keys
    again = chart_requests(tables, SHEET_IDS, keys)
    assert [r["addChart"]["chart"]["spec"]["title"] for r in again] == [CHARTS[3][1]]   # only the missing one
    assert chart_requests(tables, SHEET_IDS, keys | {CHARTS[3][1]}) == []


def test_missing_column_is_an_error():
    from dataclasses import replace
    tables = _tables()
    broken = [replace(t, rows=(("Month", "Events"),)) if t.title == "Metrics - Monthly" else t for t in tables]
    with pytest.raises(ValueError):
        chart_requests(broken, SHEET_IDS)


def test_the_checker_catches_a_wrong_field_or_enum(schemas):
    with pytest.raises(AssertionError, match="titel"):
        check({"requests": [{"addChart": {"chart": {"spec": {"titel": "x"}}}}]},
              {"$ref": "BatchUpdateSpreadsheetRequest"}, schemas, "batchUpdate")
    with pytest.raises(AssertionError, match="DONUT"):
        check({"chartType": "DONUT"}, {"$ref": "BasicChartSpec"}, schemas, "spec")
