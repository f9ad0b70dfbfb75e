"""Google's limits (issue 17): the fake enforces them, the backend stays inside them.

Fidelity tests go through real HTTP and google-auth (no gspread); backend tests through the
real gspread stack. Request sizes are the bodies' Content-Length as the fake received them.
"""
from __future__ import annotations

import json
import math
from collections import Counter

import pytest

from sheets_sync.backends import SourceError, Table, TabsNotWritten
from sheets_sync.backends.google_plan import raw_cell
from sheets_sync.backends.google_write import (
    STAGING_KEY,
    STATE_TITLE,
    capped,
    content_hash,
    plan_sync_write,
)
from sheets_sync.review import read_decisions
from tests.fake_sheets import Fault
from tests.fake_sheets.client import RawApi
from tests.fake_sheets.fixtures import SHEET_KEY
from tests.fake_sheets.server import PAYLOAD_LIMIT

INTAKE = {"Police": [["Title", "Start Date"], ["National Night Out", 45510]]}


@pytest.fixture
def book(fake, sa_key):
    return fake.create_spreadsheet(SHEET_KEY, INTAKE, editors=[sa_key.email])


@pytest.fixture
def api(book, loopback, sa_key):
    return RawApi(sa_key.info, loopback)


def table(title: str, n: int, width: int = 3, tag: str = "") -> Table:
    header = tuple(f"{title} {c}" for c in range(width))
    return Table(title, (header,) + tuple(tuple(f"{tag}{r}.{c}" for c in range(width))
                                          for r in range(n)))


def live(fake, title: str) -> list[list]:
    return fake.values(SHEET_KEY, title)


def rows(t: Table) -> list[list]:
    return [list(r) for r in t.rows]


def writes(fake) -> list:
    return [c for c in fake.calls if c.kind == "write"]


# -- the fake enforces Google's limits -------------------------------------------------------

def _body_of(size: int) -> dict:
    """A values:batchUpdate body of about ``size`` bytes (cells of 40,000 characters)."""
    cell = "x" * 40_000
    n = size // (len(cell) + 4)
    return [{"range": f"'Big'!A1:A{n}", "majorDimension": "ROWS", "values": [[cell]] * n}]


def test_payload_over_10_mib_is_refused_whole_and_just_under_is_applied(api, fake):
    assert api.batch_update(SHEET_KEY, [{"addSheet": {"properties": {
        "title": "Big", "gridProperties": {"rowCount": 300, "columnCount": 1}}}}]).status_code == 200
    over = _body_of(PAYLOAD_LIMIT + 50_000)
    assert len(json.dumps({"valueInputOption": "RAW", "data": over})) > PAYLOAD_LIMIT
    response = api.write(SHEET_KEY, over)
    assert response.status_code == 400
    assert response.json()["error"] == {
        "code": 400, "status": "INVALID_ARGUMENT",
        "message": "Request payload size exceeds the limit: 10485760 bytes."}
    assert live(fake, "Big") == []                       # nothing applied
    assert fake.calls[-1].size > PAYLOAD_LIMIT and fake.calls[-1].status == 400

    under = _body_of(PAYLOAD_LIMIT - 100_000)
    assert api.write(SHEET_KEY, under).status_code == 200
    assert len(live(fake, "Big")) == len(under[0]["values"])
    assert PAYLOAD_LIMIT - 200_000 < fake.calls[-1].size <= PAYLOAD_LIMIT


def test_ten_million_cells_exactly_fits_one_more_row_does_not(api, fake):
    have = fake.book(SHEET_KEY).cell_count()             # 1000 × 26 from create_spreadsheet
    rows_ = (10_000_000 - have) // 10
    assert have + rows_ * 10 == 10_000_000
    add = {"addSheet": {"properties": {"title": "Fill", "gridProperties": {
        "rowCount": rows_ + 1, "columnCount": 10}}}}
    refused = api.batch_update(SHEET_KEY, [add])
    assert refused.status_code == 400
    assert "above the limit of 10000000 cells" in refused.json()["error"]["message"]
    add["addSheet"]["properties"]["gridProperties"]["rowCount"] = rows_
    assert api.batch_update(SHEET_KEY, [add]).status_code == 200
    assert fake.book(SHEET_KEY).cell_count() == 10_000_000


def test_copy_paste_values_blanks_clear_and_the_grid_bounds_it(api, fake):
    assert api.batch_update(SHEET_KEY, [
        {"addSheet": {"properties": {"sheetId": 7, "title": "Src", "gridProperties": {
            "rowCount": 3, "columnCount": 2}}}},
        {"addSheet": {"properties": {"sheetId": 8, "title": "Dst", "gridProperties": {
            "rowCount": 3, "columnCount": 2}}}}]).status_code == 200
    assert api.write(SHEET_KEY, [
        {"range": "'Src'!A1:B2", "values": [["a", "b"], ["", "d"]]},
        {"range": "'Dst'!A1:B3", "values": [["old", "old"], ["old", "old"], ["keep", "keep"]]},
    ]).status_code == 200
    box = {"startRowIndex": 0, "endRowIndex": 2, "startColumnIndex": 0, "endColumnIndex": 2}
    paste = {"copyPaste": {"source": {"sheetId": 7, **box}, "destination": {"sheetId": 8, **box},
                           "pasteType": "PASTE_VALUES", "pasteOrientation": "NORMAL"}}
    assert api.batch_update(SHEET_KEY, [paste]).status_code == 200
    assert live(fake, "Dst") == [["a", "b"], [None, "d"], ["keep", "keep"]]
    wide = {"startRowIndex": 0, "endRowIndex": 3, "startColumnIndex": 0, "endColumnIndex": 2}
    far = {"copyPaste": {"source": {"sheetId": 7, **wide},
                         "destination": {"sheetId": 8, **{**wide, "startRowIndex": 1}},
                         "pasteType": "PASTE_VALUES"}}
    assert "exceeds grid limits" in api.batch_update(SHEET_KEY, [far]).json()["error"]["message"]


# -- values writes split into requests of ≤ the limit, atomic for readers -----------------------

LIMIT = 3_000       # bytes: small, so a few short tables need several requests


def test_split_write_every_request_under_the_limit_tabs_whole(book, make_backend, fake):
    tables = [table("Small", 3), table("Big", 120), table("Also big", 80, width=5)]
    backend = make_backend(request_bytes=LIMIT)
    backend.read_tabs()
    backend.write_tabs(tables)
    values = [c for c in writes(fake) if c.endpoint == "values.batchUpdate"]
    assert len(values) >= 3 and all(c.size <= LIMIT for c in values)
    payload = sum(c.size for c in values)
    assert backend.requests["write"] <= 2 + math.ceil(payload / LIMIT)
    for t in tables:
        assert live(fake, t.title) == rows(t)
    assert set(backend.last_write["staged"]) == {"Small", "Big", "Also big"}   # all or none
    book_ = fake.book(SHEET_KEY)
    assert [s.title for s in book_.sheets] == ["Police", "Small", "Big", "Also big", STATE_TITLE]
    assert not [m for m in book_.metadata if m["metadataKey"] == STAGING_KEY]


def test_a_write_that_dies_before_the_paste_leaves_live_tabs_as_they_were(book, make_backend, fake):
    good = [table("Big", 100)]
    first = make_backend(request_bytes=LIMIT)
    first.read_tabs()
    first.write_tabs(good)
    # the values reach the staging tab, then the paste batch keeps failing
    fake.inject(Fault(endpoint="batchUpdate", status=500, times=99, skip=1))
    second = make_backend(request_bytes=LIMIT)
    second.read_tabs()
    with pytest.raises(TabsNotWritten, match="putting the written tabs in place"):
        second.write_tabs([table("Big", 100, tag="new.")])
    assert live(fake, "Big") == rows(good[0])            # never half new
    fake.faults.clear()
    # a mid-way values failure: the same
    fake.inject(Fault(endpoint="values.batchUpdate", status=400, times=1, skip=1))
    third = make_backend(request_bytes=LIMIT)
    third.read_tabs()
    with pytest.raises(TabsNotWritten):
        third.write_tabs([table("Big", 100, tag="new.")])
    assert live(fake, "Big") == rows(good[0])
    # ...and the next write completes, deleting the leftover staging tab first
    assert any(s.hidden and s.title != STATE_TITLE for s in fake.book(SHEET_KEY).sheets)
    fourth = make_backend(request_bytes=LIMIT)
    assert [t.title for t in fourth.read_tabs()] == ["Police"]   # staging is never intake
    fourth.write_tabs([table("Big", 100, tag="new.")])
    assert live(fake, "Big") == rows(table("Big", 100, tag="new."))
    assert [s.title for s in fake.book(SHEET_KEY).sheets if s.hidden] == [STATE_TITLE]


def test_every_request_of_a_real_write_is_under_two_mb(book, make_backend, fake):
    n = 16_000
    big = Table("Drill", (("UID", "Title", "Departments"),) + tuple(
        (f"uid-{i:06d}@city.example", f"Neighbourhood event number {i} " * 3, "Police; Fire")
        for i in range(n)))
    backend = make_backend()
    backend.read_tabs()
    backend.write_tabs([big])
    values = [c for c in writes(fake) if c.endpoint == "values.batchUpdate"]
    payload = sum(c.size for c in values)
    assert payload > 2_000_000 and len(values) == math.ceil(payload / 2_000_000)
    assert all(c.size <= 2_000_000 for c in fake.calls)
    assert backend.requests["write"] <= 2 + math.ceil(payload / 2_000_000)
    assert live(fake, "Drill")[n] == list(big.rows[n])


# -- no change, no write ---------------------------------------------------------------------

def quality(when: str, rows_read: int) -> Table:
    return Table("Data Quality", (("Measure", "Value"), ("Last sync (UTC)", when),
                                  ("Rows read", rows_read)))


def test_only_the_sync_time_differing_writes_nothing_a_real_change_writes(book, make_backend, fake):
    first = make_backend()
    first.read_tabs()
    first.write_tabs([quality("2025-08-01 12:00:00", 10), table("T", 3)])
    fake.reset_counters()
    second = make_backend()
    second.read_tabs()
    second.write_tabs([quality("2025-08-01 13:00:00", 10), table("T", 3)])
    assert second.requests == Counter({"read": 2, "write": 0})
    assert second.last_write["unchanged"] == ["Data Quality", "T"]
    fake.reset_counters()
    third = make_backend()
    third.read_tabs()
    third.write_tabs([quality("2025-08-01 14:00:00", 11), table("T", 3)])
    assert third.requests == Counter({"read": 2, "write": 1})
    assert live(fake, "Data Quality")[1:] == [["Last sync (UTC)", "2025-08-01 14:00:00"],
                                              ["Rows read", 11]]
    assert third.last_write["unchanged"] == ["T"]


def test_content_hash_ignores_only_the_timestamp_row():
    assert content_hash(quality("a", 1)) == content_hash(quality("b", 1))
    assert content_hash(quality("a", 1)) != content_hash(quality("a", 2))
    assert content_hash(table("T", 2)) != content_hash(table("U", 2))     # title counts
    # text "1" and number 1 are different cells in a RAW write
    assert content_hash(Table("X", (("a",), ("1",)))) != content_hash(Table("X", (("a",), (1,))))


def test_staff_deleting_a_generated_tab_gets_it_back_though_nothing_changed(book, make_backend, fake):
    first = make_backend()
    first.read_tabs()
    first.write_tabs([table("T", 3)])
    sid = fake.book(SHEET_KEY).sheet_by_title("T").sheet_id
    twin = fake.book(SHEET_KEY).clone()
    twin.apply([{"deleteSheet": {"sheetId": sid}}])
    fake.spreadsheets[SHEET_KEY] = twin
    second = make_backend()
    second.read_tabs()
    second.write_tabs([table("T", 3)])
    assert live(fake, "T") == rows(table("T", 3))


# -- reads ≤ 2 whatever the duration ----------------------------------------------------------

def test_a_sync_of_an_hour_still_reads_metadata_once(book, make_backend, fake, monkeypatch):
    import sheets_sync.backends.google as google
    clock = [1000.0]
    monkeypatch.setattr(google.time, "monotonic", lambda: clock[0])
    backend = make_backend()
    backend.read_tabs()
    clock[0] += 3600
    backend.write_tabs([table("T", 3)])
    assert backend.requests["read"] == 2
    assert fake.endpoints["get"] == 1


# -- cell budget before the values are read ---------------------------------------------------

def test_a_spreadsheet_that_cannot_fit_is_refused_after_the_metadata_read(fake, sa_key, make_backend):
    book_ = fake.create_spreadsheet(SHEET_KEY, INTAKE, editors=[sa_key.email])
    book_.sheets[0].rows = 380_000                    # 380,000 × 26 = 9.88M cells, mostly empty
    backend = make_backend()
    with pytest.raises(SourceError) as caught:
        backend.read_tabs()
    message = str(caught.value)
    assert "10,000,000-cell limit" in message and "9,880,000 cells" in message
    assert "source.max_generated_rows" in message and "delete the empty rows" in message
    assert fake.endpoints["get"] == 1 and fake.endpoints["values.batchGet"] == 0
    assert backend.requests == Counter({"read": 1, "write": 0})


def test_capping_the_generated_rows_keeps_a_big_intake_within_the_limit(fake, sa_key, make_backend):
    book_ = fake.create_spreadsheet(SHEET_KEY, INTAKE, editors=[sa_key.email])
    book_.sheets[0].rows = 200_000                    # 5.2M cells of intake grid
    with pytest.raises(SourceError, match="max_generated_rows in config.yaml to"):
        make_backend(max_rows=None).read_tabs()       # uncapped: 5 drill-down rows per row...
    assert [t.title for t in make_backend(max_rows=20_000).read_tabs()] == ["Police"]


# -- bounded tabs -----------------------------------------------------------------------------

def test_capped_table_keeps_the_first_rows_and_says_how_many_are_left_out():
    t = table("Metrics - Drill-down", 20)
    cut = capped(t, 5)
    assert cut.rows[:6] == t.rows[:6] and len(cut.rows) == 7
    assert cut.rows[6][0] == "" and cut.rows[6][1].startswith("… 15 more rows are not shown")
    assert "source.max_generated_rows" in cut.rows[6][1]
    assert capped(t, 20) is t and capped(t, None) is t


def test_a_capped_review_tab_reads_back_without_warnings():
    from sheets_sync.review import HEADER
    review = Table("Review Duplicates", (HEADER,) + tuple(("", "Pending") + ("x",) * (len(HEADER) - 2)
                                                          for _ in range(4)))
    decisions, issues = read_decisions([tuple(raw_cell(c) for c in r)
                                        for r in capped(review, 2).rows])
    assert decisions == {} and issues == []


def test_backend_caps_what_it_writes(book, make_backend, fake):
    backend = make_backend(max_rows=10)
    backend.read_tabs()
    backend.write_tabs([table("Combined Events", 25)])
    got = live(fake, "Combined Events")
    assert got[:11] == rows(table("Combined Events", 25))[:11] and len(got) == 12
    assert got[11][1].startswith("… 15 more rows")


def test_plan_is_pure_and_its_pieces_cover_every_row_once():
    meta = {"sheets": [{"properties": {"sheetId": 0, "title": "Police", "index": 0,
                                       "gridProperties": {"rowCount": 10, "columnCount": 3}}}]}
    tables = [table("A", 50), table("B", 7)]
    plan = plan_sync_write(meta, tables, None, 1_500)
    assert plan == plan_sync_write(meta, tables, None, 1_500)
    seen: dict[str, list] = {}
    for request in plan.values:
        assert len(json.dumps({"valueInputOption": "RAW", "data": list(request),
                               "includeValuesInResponse": False})) <= 1_500
        for vr in request:
            seen.setdefault(vr["range"].split("!")[0], []).extend(vr["values"])
    assert seen["'~A (being written)'"] == rows(table("A", 50))
    assert seen["'~B (being written)'"] == rows(table("B", 7))
    assert plan.staged == ("A", "B")
    one = plan_sync_write(meta, tables, None, 100_000)      # fits one request: written in place
    assert one.staged == () and len(one.values) == 1
    assert [vr["range"] for vr in one.values[0]][:2] == ["'A'!A1:C51", "'B'!A1:C8"]


def test_paste_applied_but_answer_lost_is_not_sent_twice(book, make_backend, fake):
    fake.inject(Fault(endpoint="batchUpdate", reset="after", skip=1))   # the paste batch
    backend = make_backend(request_bytes=LIMIT)
    backend.read_tabs()
    backend.write_tabs([table("Big", 300)])
    assert live(fake, "Big") == rows(table("Big", 300))
    assert backend.last_write["staged"] == ["Big"]
    pastes = [c.status for c in fake.calls if c.endpoint == "batchUpdate"]
    assert pastes == [200, 0]                            # applied once, then found applied
    assert [s.title for s in fake.book(SHEET_KEY).sheets if s.hidden] == [STATE_TITLE]
