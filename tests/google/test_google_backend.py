"""GoogleBackend against the loopback fake: reads, writes, template, errors, config."""
from __future__ import annotations

from collections import Counter

import subprocess
import sys
from datetime import date

import pytest

from sheets_sync.backends import Backend, SourceError, Table
from sheets_sync.backends.google import GoogleBackend, load_credentials, make_google_backend
from sheets_sync.backends.google_plan import GENERATED_KEY, PROTECTION_DESCRIPTION
from sheets_sync.config import config_from_dict
from sheets_sync.model import CANONICAL_COLUMNS
from sheets_sync.backends.google_write import STATE_KEY
from tests.fake_sheets import Formula
from tests.fake_sheets.fixtures import SHEET_KEY

INTAKE = {
    "Police": [["Title", "Start Date", "Event ID", "Notes"],
               ["National Night Out", date(2024, 8, 6), "00123", "=IMPORTXML(x)"],
               [],
               ["CPR class", 45352.75, 7, ""]],
    "A2": [["Title"], ["Open house"]],
    "Jon's": [["Title"]],
}


@pytest.fixture
def book(fake, sa_key):
    return fake.create_spreadsheet(SHEET_KEY, INTAKE, editors=[sa_key.email])


def metrics(n: int, width: int = 3) -> Table:
    header = tuple(f"col {c}" for c in range(width))
    return Table("Metrics", (header,) + tuple(tuple(f"r{r}c{c}" for c in range(width))
                                              for r in range(n)))


def test_is_a_backend(make_backend):
    assert isinstance(make_backend(), Backend)


def test_read_tabs_typed_rows_in_sheet_order(book, make_backend, fake):
    backend = make_backend()
    tabs = {t.title: t for t in backend.read_tabs()}
    assert list(tabs) == ["Police", "A2", "Jon's"]
    police = tabs["Police"]
    assert police.header == ("Title", "Start Date", "Event ID", "Notes")
    assert police.rows == (("National Night Out", 45510, "00123", "=IMPORTXML(x)"),
                           (),
                           ("CPR class", 45352.75, 7))
    assert tabs["A2"].rows == (("Open house",),) and tabs["Jon's"].rows == ()
    # metadata + values, + the Event ID column as shown (it holds a number, 7)
    assert backend.requests == Counter({"read": 3})
    assert fake.granted_scopes == ["https://www.googleapis.com/auth/spreadsheets"]


def test_read_tabs_skips_generated_tabs_even_renamed(book, make_backend, fake):
    backend = make_backend()
    backend.write_tabs([metrics(2)])
    sheet_id = fake.book(SHEET_KEY).sheet_by_title("Metrics").sheet_id
    book = fake.book(SHEET_KEY).clone()
    book.apply([{"updateSheetProperties": {"properties": {"sheetId": sheet_id,
                                                          "title": "Renamed by staff"},
                                           "fields": "title"}}])
    fake.spreadsheets[SHEET_KEY] = book
    assert [t.title for t in make_backend().read_tabs()] == ["Police", "A2", "Jon's"]
    backend = make_backend()
    backend.read_tabs()
    backend.write_tabs([metrics(1)])
    snap = fake.snapshot(SHEET_KEY)
    assert "Metrics" not in snap                      # written into the renamed tab
    assert snap["Renamed by staff"]["values"] == [["col 0", "col 1", "col 2"],
                                                  ["r0c0", "r0c1", "r0c2"]]


def test_write_creates_tagged_protected_frozen_tabs_sized_to_data(book, make_backend, fake):
    backend = make_backend()
    backend.write_tabs([metrics(3), Table("Validation", (("x", "y"),))])
    snap = fake.snapshot(SHEET_KEY)
    assert snap["Metrics"] == {"grid": (4, 3), "frozen": 1, "tag": "Metrics", "protected": 1,
                               "values": [list(r) for r in metrics(3).rows]}
    assert snap["Validation"]["grid"] == (2, 2)        # a frozen row needs one more row
    prot = fake.book(SHEET_KEY).sheet_by_title("Metrics").protected[0]
    assert prot["warningOnly"] is True and prot["description"] == PROTECTION_DESCRIPTION
    assert prot["range"] == {"sheetId": fake.book(SHEET_KEY).sheet_by_title("Metrics").sheet_id}
    md = fake.book(SHEET_KEY).metadata
    assert {m["metadataKey"] for m in md} == {GENERATED_KEY, STATE_KEY}   # + the hidden state tab
    assert snap["Police"]["values"][0] == list(INTAKE["Police"][0])   # intake untouched


def test_rewrite_smaller_leaves_no_stale_rows_and_shrinks(book, make_backend, fake):
    backend = make_backend()
    backend.write_tabs([metrics(50, width=5)])
    backend.write_tabs([metrics(2, width=2)])
    snap = fake.snapshot(SHEET_KEY)["Metrics"]
    assert snap["values"] == [list(r) for r in metrics(2, width=2).rows]
    assert snap["grid"] == (3, 2)


def test_growing_tab_and_new_tab_in_one_write(book, make_backend, fake):
    backend = make_backend()
    backend.write_tabs([metrics(2)])
    backend.write_tabs([metrics(10, width=4), Table("Review", (("pair",), ("a|b",)))])
    snap = fake.snapshot(SHEET_KEY)
    assert snap["Metrics"]["values"] == [list(r) for r in metrics(10, width=4).rows]
    assert snap["Metrics"]["grid"] == (11, 4)
    assert snap["Review"]["values"] == [["pair"], ["a|b"]]


def test_one_grows_one_shrinks_values_exact_grid_shrinks_next_time(book, make_backend, fake):
    backend = make_backend()
    backend.write_tabs([metrics(10), Table("Review", (("h",), ("1",)))])
    small = metrics(2)
    big = Table("Review", (("h",),) + tuple((str(i),) for i in range(20)))
    backend.write_tabs([small, big])
    snap = fake.snapshot(SHEET_KEY)
    assert snap["Metrics"]["values"] == [list(r) for r in small.rows]     # no stale rows
    assert snap["Metrics"]["grid"] == (11, 3)      # shrink waits: budget is 2 writes
    assert snap["Review"]["grid"] == (21, 1)
    backend.write_tabs([small, big])
    assert fake.snapshot(SHEET_KEY)["Metrics"]["grid"] == (3, 3)


def test_text_that_looks_like_a_formula_or_number_stays_text(book, make_backend, fake):
    table = Table("Metrics", (("link", "id", "n", "none", "flag"),
                              ('=HYPERLINK("http://x","y")', "00123", 4.5, None, True)))
    make_backend().write_tabs([table])
    row = fake.values(SHEET_KEY, "Metrics")[1]
    assert row == ['=HYPERLINK("http://x","y")', "00123", 4.5, None, True]
    assert not any(isinstance(v, Formula) for v in row) and type(row[1]) is str


def test_refuses_to_overwrite_a_staff_tab_with_the_same_title(book, make_backend, fake):
    before = fake.snapshot(SHEET_KEY)
    with pytest.raises(SourceError, match="'A2' exists but was not made by safety-events"):
        make_backend().write_tabs([Table("a2", (("x",),))])
    assert fake.snapshot(SHEET_KEY) == before
    assert fake.requests["write"] == 0


def test_tabs_named_like_cells_or_with_quotes_can_be_generated(book, make_backend, fake):
    tables = [Table("B7", (("x",), ("1",))), Table("Jon's report", (("y",), ("2",))),
              Table("a:b!c", (("z",), ("3",)))]
    make_backend().write_tabs(tables)
    for t in tables:
        assert fake.values(SHEET_KEY, t.title) == [list(r) for r in t.rows]


def test_ten_million_cell_limit_checked_before_writing(book, make_backend, fake):
    with pytest.raises(SourceError, match="over Google's 10,000,000-cell limit"):
        make_backend().write_tabs([Table("Huge", ((("x",) * 400),) * 30_000)])
    assert fake.requests["write"] == 0


# -- create_template -----------------------------------------------------------------------

DROPDOWNS = {"Lead Department": ["Police", "Fire"], "Partner Departments": ["Police", "Fire"],
             "Visibility": ["Public", "Internal"]}


def test_create_template_tabs_headers_frozen_dropdowns(book, make_backend, fake):
    backend = make_backend()
    made = backend.create_template([("Fire", CANONICAL_COLUMNS), ("Police", CANONICAL_COLUMNS)],
                                   DROPDOWNS)
    assert made == ["Fire"]
    assert backend.requests == Counter({"read": 1, "write": 1})
    fire = fake.book(SHEET_KEY).sheet_by_title("Fire")
    assert fire.trimmed() == [list(CANONICAL_COLUMNS)]
    assert fire.frozen_rows == 1 and (fire.rows, fire.cols) == (1000, len(CANONICAL_COLUMNS))
    rules = {v["range"]["startColumnIndex"]: v for v in fire.validations}
    lead = CANONICAL_COLUMNS.index("Lead Department")
    partners = CANONICAL_COLUMNS.index("Partner Departments")
    visibility = CANONICAL_COLUMNS.index("Visibility")
    assert set(rules) == {lead, partners, visibility}
    assert rules[lead]["rule"]["strict"] is True
    assert rules[partners]["rule"]["strict"] is False
    assert rules[visibility]["rule"]["condition"] == {
        "type": "ONE_OF_LIST", "values": [{"userEnteredValue": "Public"},
                                          {"userEnteredValue": "Internal"}]}
    assert rules[lead]["range"]["startRowIndex"] == 1          # header row is free
    assert fake.values(SHEET_KEY, "Police") == fake.snapshot(SHEET_KEY)["Police"]["values"]
    assert fake.values(SHEET_KEY, "Police")[0] == list(INTAKE["Police"][0])


def test_create_template_is_idempotent(book, make_backend, fake):
    tabs = [("Fire", CANONICAL_COLUMNS), ("Parks and Recreation", CANONICAL_COLUMNS)]
    assert make_backend().create_template(tabs, DROPDOWNS) == ["Fire", "Parks and Recreation"]
    before = fake.snapshot(SHEET_KEY)
    second = make_backend()
    assert second.create_template(tabs, DROPDOWNS) == []
    assert second.requests == Counter({"read": 1})
    assert fake.snapshot(SHEET_KEY) == before


# -- errors a city admin can act on ------------------------------------------------------------

def test_403_says_share_with_the_service_account_as_editor(fake, make_backend, sa_key):
    fake.create_spreadsheet(SHEET_KEY, INTAKE, editors=["clerk@city.gov"])
    with pytest.raises(SourceError) as err:
        make_backend().read_tabs()
    assert f"share the sheet with {sa_key.email} as editor" in str(err.value)


def test_viewer_can_read_but_write_says_share_as_editor(fake, make_backend, sa_key):
    fake.create_spreadsheet(SHEET_KEY, INTAKE, viewers=[sa_key.email])
    backend = make_backend()
    assert len(backend.read_tabs()) == 3
    with pytest.raises(SourceError, match=f"share the sheet with {sa_key.email} as editor"):
        backend.write_tabs([metrics(1)])


def test_404_names_the_key_and_where_to_find_it(fake, make_backend):
    with pytest.raises(SourceError) as err:
        make_backend("1WrongKey").read_tabs()
    assert str(err.value).startswith("no spreadsheet with key '1WrongKey' (HTTP 404)")
    assert "source.spreadsheet_key" in str(err.value)


def test_missing_credentials_say_how_to_set_the_variable(monkeypatch, tmp_path, make_backend):
    monkeypatch.delenv("GOOGLE_APPLICATION_CREDENTIALS", raising=False)
    with pytest.raises(SourceError, match="export GOOGLE_APPLICATION_CREDENTIALS=/path/to/key.json"):
        make_backend(credentials_file=None).read_tabs()
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(tmp_path / "missing.json"))
    with pytest.raises(SourceError, match=r"key file .*missing\.json does not exist"):
        make_backend(credentials_file=None).read_tabs()


def test_credentials_that_are_not_a_service_account_key(tmp_path):
    user = tmp_path / "client_secret.json"
    user.write_text('{"installed": {"client_id": "x"}}')
    with pytest.raises(SourceError, match="is not a service-account key"):
        load_credentials(user)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(SourceError, match="is not a readable JSON key file"):
        load_credentials(broken)


def test_environment_variable_is_used_when_config_has_no_path(book, fake, loopback, key_file,
                                                              monkeypatch):
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(key_file))
    backend = GoogleBackend(SHEET_KEY, transport=loopback, timeout=5)
    assert len(backend.read_tabs()) == 3


def test_make_google_backend_from_config(tmp_path, key_file):
    cfg = config_from_dict({"departments": [{"name": "Police"}], "source": {
        "kind": "google", "spreadsheet_key": SHEET_KEY,
        "credentials_file": "secrets/key.json"}}, base_dir=tmp_path)
    backend = make_google_backend(cfg)
    assert isinstance(backend, GoogleBackend) and backend.name == "google"
    assert backend.spreadsheet_key == SHEET_KEY
    assert backend.credentials_file == tmp_path / "secrets" / "key.json"
    assert dict(backend.requests) == {"read": 0, "write": 0}     # both keys for sync --json
    cfg = config_from_dict({"departments": [{"name": "Police"}], "source": {
        "kind": "google", "spreadsheet_key": SHEET_KEY}}, base_dir=tmp_path)
    assert make_google_backend(cfg).credentials_file is None
    assert make_google_backend(cfg, timeout=3.0).timeout == 3.0


def test_make_google_backend_reads_through_the_fake(book, tmp_path, key_file, loopback):
    cfg = config_from_dict({"departments": [{"name": "Police"}], "source": {
        "kind": "google", "spreadsheet_key": SHEET_KEY,
        "credentials_file": str(key_file)}}, base_dir=tmp_path)
    backend = make_google_backend(cfg, transport=loopback, timeout=5)
    assert [t.title for t in backend.read_tabs()] == ["Police", "A2", "Jon's"]


def test_gspread_is_imported_lazily():
    code = ("import sys, sheets_sync.backends, sheets_sync.backends.workbook, "
            "sheets_sync.backends.google; "
            "assert 'gspread' not in sys.modules and 'google.auth' not in sys.modules, "
            "sorted(m for m in sys.modules if 'google' in m or 'gspread' in m)")
    subprocess.run([sys.executable, "-c", code], check=True)
