"""The fake behaves as docs/sheets-api.md documents the real Sheets API v4.

These go through real HTTP and the real google-auth JWT flow (no gspread), so a fake that
drifted from the documented behaviour fails here before it can flatter the backend.
"""
from __future__ import annotations

import json
from datetime import date, datetime, time

import pytest
import requests

from tests.fake_sheets import FORMULA_RESULT, Fault, Formula, rate_limited, server_error_html
from tests.fake_sheets.client import RawApi
from tests.fake_sheets.fixtures import SHEET_KEY
from tests.fake_sheets.transport import make_service_account_key

INTAKE = {
    "Police": [
        ["Event ID", "Title", "Start Date", "Attendance", "Public", "Notes", "Start"],
        ["00123", "National Night Out", date(2024, 3, 1), 40, True, "", time(18, 30)],
        [],
        ["7", "CPR class", datetime(2020, 1, 1, 12, 0), 12.5, False, "=SUM(A1:A2)"],
        [None, None, None],
    ],
    "A2": [["only"]],
    "Jon's": [["Title"], ["Town hall"]],
    "Empty": [],
}


@pytest.fixture
def api(fake, loopback, sa_key):
    fake.create_spreadsheet(SHEET_KEY, INTAKE, editors=[sa_key.email])
    return RawApi(sa_key.info, loopback)


def ok(response: requests.Response) -> dict:
    assert response.status_code == 200, response.text
    return response.json()


def error(response: requests.Response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()["error"]
    assert body["code"] == status
    return body["message"]


# -- auth ----------------------------------------------------------------------------------

def test_token_grant_is_a_verified_jwt_with_the_requested_scope(api, fake):
    ok(api.get(SHEET_KEY))
    assert fake.requests["token"] == 1
    assert fake.granted_scopes == ["https://www.googleapis.com/auth/spreadsheets"]
    assert fake.calls[0].endpoint == "token" and fake.calls[0].status == 200


def test_token_signed_by_an_unknown_key_is_refused(fake, loopback, sa_key):
    impostor = make_service_account_key(email=sa_key.email)   # same email, other key
    from google.auth.exceptions import RefreshError
    with pytest.raises(RefreshError, match="invalid_grant"):
        RawApi(impostor.info, loopback).get(SHEET_KEY)


def test_missing_bearer_token_is_401(fake, loopback):
    fake.create_spreadsheet("k", {"T": []})
    session = requests.Session()
    session.mount("https://", loopback)
    r = session.get("https://sheets.googleapis.com/v4/spreadsheets/k", timeout=5)
    assert error(r, 401).startswith("Request had invalid authentication credentials")


def test_token_without_the_spreadsheets_scope_is_403(fake, loopback, sa_key):
    fake.create_spreadsheet("k", {"T": []}, editors=[sa_key.email])
    api = RawApi(sa_key.info, loopback, scopes=("https://www.googleapis.com/auth/drive.readonly",))
    assert "insufficient authentication scopes" in error(api.get("k"), 403)


def test_unknown_id_404_unshared_403_viewer_cannot_write(api, fake, sa_key):
    assert error(api.get("no-such-key"), 404) == "Requested entity was not found."
    fake.create_spreadsheet("theirs", {"T": [["x"]]}, editors=["someone@city.gov"])
    assert error(api.get("theirs"), 403) == "The caller does not have permission"
    fake.create_spreadsheet("viewable", {"T": [["x"]]}, viewers=[sa_key.email])
    ok(api.batch_get("viewable", ["'T'"]))
    r = api.write("viewable", [{"range": "'T'!A1", "values": [["y"]]}])
    assert error(r, 403) == "The caller does not have permission"
    assert fake.values("viewable", "T") == [["x"]]


# -- metadata ------------------------------------------------------------------------------

def test_metadata_lists_tabs_with_grid_properties(api):
    meta = ok(api.get(SHEET_KEY))
    props = [s["properties"] for s in meta["sheets"]]
    assert [p["title"] for p in props] == ["Police", "A2", "Jon's", "Empty"]
    assert [p["index"] for p in props] == [0, 1, 2, 3]
    assert props[0]["gridProperties"] == {"rowCount": 1000, "columnCount": 26}
    assert meta["properties"]["locale"] == "en_US"
    assert "developerMetadata" not in meta["sheets"][0]
    assert "protectedRanges" not in meta["sheets"][0]


# -- reading -------------------------------------------------------------------------------

def test_batch_get_unformatted_types_trimming_and_missing_values_key(api):
    body = ok(api.batch_get(SHEET_KEY, ["'Police'", "'Empty'", "'Jon''s'!A1:B5"]))
    police, empty, jons = body["valueRanges"]
    assert police["range"] == "Police!A1:Z1000"
    assert police["values"] == [
        ["Event ID", "Title", "Start Date", "Attendance", "Public", "Notes", "Start"],
        ["00123", "National Night Out", 45352, 40, True, "", 0.7708333333333334],
        [],                                        # interior empty row
        ["7", "CPR class", 43831.5, 12.5, False, "=SUM(A1:A2)"],
    ]                                              # trailing empty row and cells trimmed
    assert "values" not in empty and empty["range"] == "Empty!A1:Z1000"
    assert jons == {"range": "'Jon''s'!A1:B5", "majorDimension": "ROWS",
                    "values": [["Title"], ["Town hall"]]}


def test_serials_count_days_from_1899_12_30(api, fake, sa_key):
    fake.create_spreadsheet("d", {"T": [[date(2020, 1, 1), date(1899, 12, 31)]]},
                            editors=[sa_key.email])
    assert ok(api.batch_get("d", ["'T'"]))["valueRanges"][0]["values"] == [[43831, 1]]


def test_formatted_values_follow_the_spreadsheet_locale(api, fake, sa_key):
    row = [date(2024, 3, 1), 40, 12.5, True, datetime(2024, 3, 1, 18, 30)]
    fake.create_spreadsheet("us", {"T": [row]}, editors=[sa_key.email], locale="en_US")
    fake.create_spreadsheet("gb", {"T": [row]}, editors=[sa_key.email], locale="en_GB")
    us = ok(api.batch_get("us", ["'T'"], value="FORMATTED_VALUE"))["valueRanges"][0]["values"]
    gb = ok(api.batch_get("gb", ["'T'"], value="FORMATTED_VALUE"))["valueRanges"][0]["values"]
    assert us == [["3/1/2024", "40", "12.5", "TRUE", "3/1/2024 18:30:00"]]
    assert gb == [["01/03/2024", "40", "12.5", "TRUE", "01/03/2024 18:30:00"]]
    strings = ok(api.batch_get("us", ["'T'"], dt="FORMATTED_STRING"))["valueRanges"][0]["values"]
    assert strings == [["3/1/2024", 40, 12.5, True, "3/1/2024 18:30:00"]]


def test_values_get_single_range(api):
    body = ok(api.get(f"{SHEET_KEY}/values/'Police'!B1:C2", valueRenderOption="UNFORMATTED_VALUE"))
    assert body["values"] == [["Title", "Start Date"], ["National Night Out", 45352]]


# -- A1 notation ---------------------------------------------------------------------------

@pytest.mark.parametrize("bad", ["A2!A1:B2", "Jon's!A1", "a:b!A1", "Sheet 1!A1", "Nope!A1",
                                 "'Nope'", "'Police'!A1:B2:C3", "'Police'A1"])
def test_unparseable_ranges_are_400(api, bad):
    assert error(api.batch_get(SHEET_KEY, [bad]), 400) == f"Unable to parse range: {bad}"


def test_quoted_cell_like_titles_work_and_unquoted_cell_refs_hit_the_first_tab(api):
    body = ok(api.batch_get(SHEET_KEY, ["'A2'!A1:B2", "A2"]))
    quoted, unquoted = body["valueRanges"]
    assert quoted["values"] == [["only"]]
    # the pitfall: unquoted A2 is cell A2 of the first tab, silently
    assert unquoted == {"range": "Police!A2", "majorDimension": "ROWS", "values": [["00123"]]}


def test_range_past_the_grid_is_400(api, fake, sa_key):
    fake.create_spreadsheet("small", {"T": [["x"]]}, editors=[sa_key.email], fit=True)
    msg = error(api.batch_get("small", ["'T'!A1:B3"]), 400)
    assert msg == "Range ('T'!A1:B3) exceeds grid limits. Max rows: 1, max columns: 1"


# -- writing values ------------------------------------------------------------------------

def test_raw_keeps_text_user_entered_parses_it(api, fake):
    values = [["=HYPERLINK(\"http://x\",\"y\")", "00123", "TRUE", "2024-03-01", "'quoted"]]
    ok(api.write(SHEET_KEY, [{"range": "'Jon''s'!A3:E3", "values": values}], "RAW"))
    ok(api.write(SHEET_KEY, [{"range": "'Jon''s'!A4:E4", "values": values}], "USER_ENTERED"))
    raw, typed = fake.values(SHEET_KEY, "Jon's")[2:4]
    assert raw == values[0] and all(type(v) is str for v in raw)
    assert typed[0] == Formula('=HYPERLINK("http://x","y")') and isinstance(typed[0], Formula)
    assert typed[1:3] == [123, True] and typed[3] == 45352 and typed[4] == "quoted"
    read = ok(api.batch_get(SHEET_KEY, ["'Jon''s'!A3:A4"]))["valueRanges"][0]["values"]
    assert read == [['=HYPERLINK("http://x","y")'], [FORMULA_RESULT]]
    formulas = ok(api.batch_get(SHEET_KEY, ["'Jon''s'!A4"], value="FORMULA"))
    assert formulas["valueRanges"][0]["values"] == [['=HYPERLINK("http://x","y")']]


def test_empty_string_clears_null_skips(api, fake):
    ok(api.write(SHEET_KEY, [{"range": "'Jon''s'!A1:B2", "values": [["", None], [None, "x"]]}]))
    assert fake.values(SHEET_KEY, "Jon's") == [[], ["Town hall", "x"]]


def test_write_needs_value_input_option_and_fits_in_range_and_grid(api, fake, sa_key):
    msg = error(api.write(SHEET_KEY, [{"range": "'A2'!A1", "values": [["x"]]}], None), 400)
    assert msg == "'valueInputOption' is required but not specified"
    msg = error(api.write(SHEET_KEY, [{"range": "'A2'!A1:A1", "values": [["x"], ["y"]]}]), 400)
    assert msg.startswith("Requested writing within range ['A2'!A1:A1], but tried writing to row")
    fake.create_spreadsheet("small", {"T": [["x"]]}, editors=[sa_key.email], fit=True)
    msg = error(api.write("small", [{"range": "'T'!A1", "values": [["a", "b"]]}]), 400)
    assert "exceeds grid limits" in msg


def test_values_batch_update_is_all_or_nothing(api, fake):
    before = fake.snapshot(SHEET_KEY)
    r = api.write(SHEET_KEY, [{"range": "'A2'!A1", "values": [["changed"]]},
                              {"range": "Nope!A1", "values": [["x"]]}])
    assert error(r, 400) == "Unable to parse range: Nope!A1"
    assert fake.snapshot(SHEET_KEY) == before


def test_cell_text_over_50000_characters_is_400(api):
    r = api.write(SHEET_KEY, [{"range": "'A2'!A1", "values": [["x" * 50_001]]}])
    assert "maximum of 50000 characters" in error(r, 400)


# -- spreadsheets.batchUpdate --------------------------------------------------------------

def _add(sid, title, rows=10, cols=3, frozen=1):
    return {"addSheet": {"properties": {"sheetId": sid, "title": title, "gridProperties": {
        "rowCount": rows, "columnCount": cols, "frozenRowCount": frozen}}}}


def test_batch_update_is_atomic_duplicate_title_applies_nothing(api, fake):
    before = fake.snapshot(SHEET_KEY)
    r = api.batch_update(SHEET_KEY, [_add(500, "Metrics"), _add(501, "police")])
    assert error(r, 400) == ('Invalid requests[1].addSheet: A sheet with the name "police" '
                             "already exists. Please enter another name.")
    assert fake.snapshot(SHEET_KEY) == before


def test_add_tag_protect_validate_then_metadata_shows_them(api, fake):
    body = ok(api.batch_update(SHEET_KEY, [
        _add(500, "Metrics"),
        {"createDeveloperMetadata": {"developerMetadata": {
            "metadataKey": "k", "metadataValue": "Metrics", "location": {"sheetId": 500},
            "visibility": "DOCUMENT"}}},
        {"addProtectedRange": {"protectedRange": {"range": {"sheetId": 500},
                                                  "description": "d", "warningOnly": True}}},
        {"setDataValidation": {"range": {"sheetId": 500, "startRowIndex": 1, "endRowIndex": 10,
                                         "startColumnIndex": 0, "endColumnIndex": 1},
                               "rule": {"condition": {"type": "ONE_OF_LIST", "values": [
                                   {"userEnteredValue": "Police"}]}, "strict": False}}},
    ], includeSpreadsheetInResponse=True))
    assert body["replies"][0]["addSheet"]["properties"]["title"] == "Metrics"
    assert body["replies"][1]["createDeveloperMetadata"]["developerMetadata"]["metadataId"] > 0
    assert body["replies"][2:] == [body["replies"][2], {}]
    sheet = body["updatedSpreadsheet"]["sheets"][-1]
    assert sheet["properties"]["gridProperties"] == {"rowCount": 10, "columnCount": 3,
                                                     "frozenRowCount": 1}
    assert sheet["developerMetadata"][0]["location"] == {"locationType": "SHEET", "sheetId": 500}
    assert sheet["protectedRanges"][0]["warningOnly"] is True
    assert ok(api.get(SHEET_KEY))["sheets"][-1] == sheet
    rule = fake.book(SHEET_KEY).sheet_by_id(500).validations[0]["rule"]
    assert rule["strict"] is False and rule["condition"]["values"] == [{"userEnteredValue": "Police"}]


def test_rename_keeps_developer_metadata_and_resize_truncates(api, fake):
    ok(api.batch_update(SHEET_KEY, [_add(500, "Metrics"), {"createDeveloperMetadata": {
        "developerMetadata": {"metadataKey": "k", "metadataValue": "Metrics",
                              "location": {"sheetId": 500}, "visibility": "DOCUMENT"}}}]))
    ok(api.write(SHEET_KEY, [{"range": "'Metrics'!A1:C3",
                              "values": [["a", "b", "c"], [1, 2, 3], [4, 5, 6]]}]))
    ok(api.batch_update(SHEET_KEY, [
        {"updateSheetProperties": {"properties": {"sheetId": 500, "title": "Old metrics"},
                                   "fields": "title"}},
        {"updateSheetProperties": {"properties": {"sheetId": 500, "gridProperties": {
            "rowCount": 2, "columnCount": 2}},
            "fields": "gridProperties.rowCount,gridProperties.columnCount"}}]))
    sheet = ok(api.get(SHEET_KEY))["sheets"][-1]
    assert sheet["properties"]["title"] == "Old metrics"
    assert sheet["properties"]["gridProperties"] == {"rowCount": 2, "columnCount": 2,
                                                     "frozenRowCount": 1}
    assert sheet["developerMetadata"][0]["metadataValue"] == "Metrics"
    assert fake.values(SHEET_KEY, "Old metrics") == [["a", "b"], [1, 2]]


def test_cannot_freeze_every_row_or_pass_ten_million_cells_or_delete_last_tab(api, fake, sa_key):
    assert "You can't freeze all visible rows" in error(
        api.batch_update(SHEET_KEY, [_add(500, "X", rows=1, frozen=1)]), 400)
    assert "above the limit of 10000000 cells" in error(
        api.batch_update(SHEET_KEY, [_add(500, "X", rows=400_000, cols=26)]), 400)
    fake.create_spreadsheet("one", {"T": []}, editors=[sa_key.email])
    assert "can't remove all the sheets" in error(
        api.batch_update("one", [{"deleteSheet": {"sheetId": 0}}]), 400)
    ok(api.batch_update(SHEET_KEY, [{"deleteSheet": {"sheetId": 1}}]))
    assert [s.title for s in fake.book(SHEET_KEY).sheets] == ["Police", "Jon's", "Empty"]


def test_update_cells_string_value_is_never_a_formula(api, fake):
    ok(api.batch_update(SHEET_KEY, [{"updateCells": {
        "rows": [{"values": [{"userEnteredValue": {"stringValue": "=1+1"}}]}],
        "start": {"sheetId": 1, "rowIndex": 0, "columnIndex": 0}, "fields": "userEnteredValue"}}]))
    assert fake.values(SHEET_KEY, "A2") == [["=1+1"]]


def test_unknown_request_kind_is_400(api):
    assert "Unknown name \"mergeCells\"" in error(
        api.batch_update(SHEET_KEY, [{"mergeCells": {}}]), 400)


# -- counters and faults -------------------------------------------------------------------

def test_counters_by_kind(api, fake):
    ok(api.get(SHEET_KEY))
    ok(api.batch_get(SHEET_KEY, ["'Police'"]))
    ok(api.write(SHEET_KEY, [{"range": "'A2'!B1", "values": [["x"]]}]))
    ok(api.batch_update(SHEET_KEY, [_add(500, "M")]))
    assert fake.requests == {"token": 1, "read": 2, "write": 2}
    assert fake.endpoints == {"token": 1, "get": 1, "values.batchGet": 1,
                              "values.batchUpdate": 1, "batchUpdate": 1}


def test_fault_queue_429_burst_then_normal(api, fake):
    fake.inject(rate_limited("read", times=2))
    r1, r2, r3 = (api.get(SHEET_KEY) for _ in range(3))
    assert [r1.status_code, r2.status_code, r3.status_code] == [429, 429, 200]
    assert r1.json()["error"]["status"] == "RESOURCE_EXHAUSTED"


def test_500_with_html_body(api, fake):
    fake.inject(server_error_html())
    r = api.get(SHEET_KEY)
    assert r.status_code == 500 and r.headers["Content-Type"].startswith("text/html")
    with pytest.raises(json.JSONDecodeError):
        r.json()


def test_reset_before_apply_changes_nothing_after_apply_changes_state(api, fake):
    before = fake.snapshot(SHEET_KEY)
    fake.inject(Fault(kind="write", reset="before"))
    with pytest.raises(requests.ConnectionError):
        api.write(SHEET_KEY, [{"range": "'A2'!A1", "values": [["lost"]]}])
    assert fake.snapshot(SHEET_KEY) == before
    fake.inject(Fault(kind="write", reset="after"))
    with pytest.raises(requests.ConnectionError):
        api.write(SHEET_KEY, [{"range": "'A2'!A1", "values": [["applied"]]}])
    assert fake.values(SHEET_KEY, "A2") == [["applied"]]
    assert [c.status for c in fake.calls if c.kind == "write"] == [0, 0]


def test_slow_response_times_out_the_client(api, fake):
    fake.inject(Fault(kind="read", delay=0.6))
    with pytest.raises(requests.Timeout):
        api.session.get(f"https://sheets.googleapis.com/v4/spreadsheets/{SHEET_KEY}", timeout=0.2)
    ok(api.get(SHEET_KEY))


# -- the test harness itself cannot leave the machine ----------------------------------------

def test_adapter_refuses_hosts_other_than_the_two_google_apis(loopback):
    from tests.fake_sheets import NonLoopbackRequest
    session = requests.Session()
    session.mount("https://", loopback)
    with pytest.raises(NonLoopbackRequest):
        session.get("https://www.googleapis.com/drive/v3/files", timeout=1)
    assert loopback.violations == ["https://www.googleapis.com/drive/v3/files"]
    loopback.violations.clear()          # expected here; the fixture fails on leftovers


def test_sockets_and_dns_refuse_non_loopback_addresses():
    import socket
    from tests.fake_sheets import NonLoopbackRequest
    with pytest.raises(NonLoopbackRequest):
        socket.getaddrinfo("example.com", 443)
    with pytest.raises(NonLoopbackRequest):
        socket.create_connection(("192.0.2.1", 443), timeout=0.1)
