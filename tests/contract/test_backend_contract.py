"""One contract, every backend (vdirsyncer's habit): Memory, Workbook (.xlsx), Google (fake),
Microsoft 365 (Graph fake).

A *harness* wraps each backend with what the contract needs from outside the protocol:
seeding intake tabs the way staff would have typed them, reading back the generated tabs by
independent means (the fake's state, openpyxl, the memory dict) and making the next write
fail the way that backend really fails (injected write error, a save that raises, a
connection reset on every attempt).
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from sheets_sync.backends import Backend, MemoryBackend, SourceError, Table
from sheets_sync.backends.workbook import WorkbookBackend
from sheets_sync.model import CANONICAL_COLUMNS
from sheets_sync.parsing import parse_date
from tests.fake_sheets import Fault
from tests.fake_sheets.fixtures import SHEET_KEY

Rows = list[list[Any]]


def trim(rows) -> Rows:
    out = [list(r) for r in rows]
    for r in out:
        while r and r[-1] in (None, ""):
            r.pop()
    while out and not out[-1]:
        out.pop()
    return out


class MemoryHarness:
    def __init__(self) -> None:
        self.backend = MemoryBackend()

    def seed(self, tabs: dict[str, Rows]) -> None:
        self.backend.tabs = {t: [list(r) for r in rows] for t, rows in tabs.items()}

    def generated(self) -> dict[str, Rows]:
        return {t: trim(table.rows) for t, table in self.backend.written.items()}

    def fail_next_write(self) -> None:
        self.backend.fail_next_write = True

    def recover(self) -> None:
        pass


class WorkbookHarness:
    def __init__(self, tmp_path, monkeypatch) -> None:
        self.intake = tmp_path / "intake.xlsx"
        self.report = tmp_path / "out" / "report.xlsx"
        self.backend = WorkbookBackend(self.intake, self.report)
        self.monkeypatch = monkeypatch

    def seed(self, tabs: dict[str, Rows]) -> None:
        import openpyxl
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for title, rows in tabs.items():
            ws = wb.create_sheet(title)
            for r, row in enumerate(rows, start=1):
                for c, value in enumerate(row, start=1):
                    if value is None:
                        continue
                    cell = ws.cell(row=r, column=c, value=value)
                    if isinstance(value, str) and value.startswith("="):
                        cell.data_type = "s"          # typed as text (a leading apostrophe)
                        cell.quotePrefix = True
        if not tabs:
            wb.create_sheet("Sheet1")
        wb.save(self.intake)

    def generated(self) -> dict[str, Rows]:
        import openpyxl
        if not self.report.exists():
            return {}
        wb = openpyxl.load_workbook(self.report)
        return {ws.title: trim(ws.iter_rows(values_only=True)) for ws in wb.worksheets}

    def fail_next_write(self) -> None:
        from rvgsrust_xlsxwriter import Workbook        # the report writer (issue 17)
        real_close = Workbook.close

        def failing_close(wb, path=None):
            with open(wb.path, "wb") as fh:        # half a file, then the disk fills up
                fh.write(b"PK\x03\x04 partial")
            self.monkeypatch.setattr(Workbook, "close", real_close)
            raise OSError(28, "No space left on device")
        self.monkeypatch.setattr(Workbook, "close", failing_close)

    def recover(self) -> None:
        pass


class GoogleHarness:
    def __init__(self, fake, sa_key, make_backend) -> None:
        self.fake, self.sa_key = fake, sa_key
        self.backend = make_backend()

    def seed(self, tabs: dict[str, Rows]) -> None:
        self.fake.create_spreadsheet(SHEET_KEY, tabs or {"Sheet1": []},
                                     editors=[self.sa_key.email])

    def generated(self) -> dict[str, Rows]:
        from sheets_sync.backends.google_write import STATE_TITLE   # the hidden state tab
        return {s["tag"]: s["values"] for t, s in self.fake.snapshot(SHEET_KEY).items()
                if s["tag"] and t != STATE_TITLE}

    def fail_next_write(self) -> None:
        self.fake.inject(Fault(endpoint="values.batchUpdate", reset="before", times=99))

    def recover(self) -> None:
        self.fake.faults.clear()


class MicrosoftHarness:
    """The intake is a file in a SharePoint library of the Graph fake (saved as staff would);
    the generated tabs are read back from the report file's bytes in the fake with openpyxl."""

    def __init__(self, graph, site_id, make_ms_backend, tmp_path, monkeypatch) -> None:
        from tests.fake_graph.fixtures import INTAKE_PATH
        self.graph, self.site, self.path = graph, site_id, INTAKE_PATH
        self.local = WorkbookHarness(tmp_path / "staff", monkeypatch)
        (tmp_path / "staff").mkdir()
        self.backend = make_ms_backend()

    def seed(self, tabs: dict[str, Rows]) -> None:
        self.local.seed(tabs)
        self.graph.put_file(self.site, self.path, self.local.intake.read_bytes())

    def generated(self) -> dict[str, Rows]:
        import io

        import openpyxl
        report = self.graph.file(self.site, self.path.rsplit("/", 1)[0] + "/" + self.backend.settings.report_name)
        if report is None:
            return {}
        wb = openpyxl.load_workbook(io.BytesIO(report.content))
        return {ws.title: trim(ws.iter_rows(values_only=True)) for ws in wb.worksheets}

    def fail_next_write(self) -> None:
        from tests.fake_graph import Fault
        self.graph.inject(Fault(method="PUT", status=503, retry_after="0", times=99))

    def recover(self) -> None:
        self.graph.faults.clear()


@pytest.fixture(params=["memory", "workbook", "google", "microsoft"])
def harness(request, tmp_path, monkeypatch):
    if request.param == "memory":
        return MemoryHarness()
    if request.param == "workbook":
        return WorkbookHarness(tmp_path, monkeypatch)
    if request.param == "microsoft":
        return MicrosoftHarness(*(request.getfixturevalue(f) for f in ("graph", "site_id", "make_ms_backend")),
                                tmp_path, monkeypatch)
    return GoogleHarness(request.getfixturevalue("fake"), request.getfixturevalue("sa_key"),
                         request.getfixturevalue("make_backend"))


HEADER = ["Event ID", "Title", "Start Date", "Expected Attendance", "Notes"]
INTAKE = {
    "Police": [HEADER,
               ["00123", "National Night Out", date(2024, 8, 6), 40, "=SUM(A1:A2)"],
               ["7", "CPR class", datetime(2024, 3, 1, 18, 30), 12.5, None],
               [None, "Smoke alarms", date(2024, 10, 5), None, "door to door"]],
    "A2": [["Title", "Start Date"], ["Open house", date(2024, 5, 4)]],
    "Jon's": [["Title"], ["Town hall"]],
}


def tabs_by_title(backend: Backend):
    return {t.title: t for t in backend.read_tabs()}


def table(title: str, n: int, width: int = 3) -> Table:
    return Table(title, (tuple(f"h{c}" for c in range(width)),)
                 + tuple(tuple(f"{title}:{r}:{c}" for c in range(width)) for r in range(n)))


def test_is_a_backend(harness):
    assert isinstance(harness.backend, Backend)
    assert harness.backend.name in ("memory", "workbook", "google", "microsoft")


def test_reads_typed_values(harness):
    harness.seed(INTAKE)
    police = tabs_by_title(harness.backend)["Police"]
    assert list(police.header) == HEADER
    first, second, third = (trim([r])[0] if trim([r]) else [] for r in police.rows)
    assert first[0] == "00123" and type(first[0]) is str           # leading zeros kept
    assert first[1] == "National Night Out"
    assert parse_date(first[2]) == (date(2024, 8, 6), None)        # date cell, any encoding
    assert first[3] == 40 and not isinstance(first[3], str)
    assert first[4] == "=SUM(A1:A2)" and type(first[4]) is str     # typed as text: text
    assert parse_date(second[2])[0] == date(2024, 3, 1)
    assert second[3] == 12.5
    assert third[0] is None and third[3] is None                   # blanks are None
    assert third[4] == "door to door"


def test_tabs_named_like_cells_or_with_quotes_are_read(harness):
    harness.seed(INTAKE)
    tabs = tabs_by_title(harness.backend)
    assert set(tabs) >= {"Police", "A2", "Jon's"}
    assert trim(tabs["Jon's"].rows) == [["Town hall"]]
    assert tabs["A2"].rows[0][0] == "Open house"
    assert parse_date(tabs["A2"].rows[0][1]) == (date(2024, 5, 4), None)


def test_write_then_read_back_generated_tabs(harness):
    harness.seed(INTAKE)
    tables = [table("Metrics", 5), table("Validation", 2, width=6)]
    harness.backend.write_tabs(tables)
    assert harness.generated() == {t.title: [list(r) for r in t.rows] for t in tables}
    assert {t for t in tabs_by_title(harness.backend)} == set(INTAKE)   # intake only
    assert trim(tabs_by_title(harness.backend)["Police"].rows)[0][0] == "00123"


def test_generated_tabs_named_like_cells_or_with_quotes(harness):
    harness.seed(INTAKE)
    tables = [table("C3", 2), table("Jon's report", 1)]
    harness.backend.write_tabs(tables)
    assert harness.generated() == {t.title: [list(r) for r in t.rows] for t in tables}


def test_rewriting_smaller_tables_leaves_no_stale_rows(harness):
    harness.seed(INTAKE)
    harness.backend.write_tabs([table("Metrics", 30, width=5)])
    harness.backend.write_tabs([table("Metrics", 2, width=2)])
    assert harness.generated()["Metrics"] == [list(r) for r in table("Metrics", 2, width=2).rows]


def test_rewriting_one_tab_keeps_the_others(harness):
    harness.seed(INTAKE)
    harness.backend.write_tabs([table("Metrics", 3), table("Validation", 2)])
    harness.backend.write_tabs([table("Metrics", 1)])
    assert harness.generated()["Validation"] == [list(r) for r in table("Validation", 2).rows]


def test_formula_looking_text_is_written_as_text(harness):
    harness.seed(INTAKE)
    row = ('=HYPERLINK("http://x","y")', "00123", "+1 919 555 0100", "-5", "@home", 3, True)
    harness.backend.write_tabs([Table("Metrics", (("a", "b", "c", "d", "e", "f", "g"), row))])
    written = harness.generated()["Metrics"][1]
    assert written == list(row)
    assert all(type(v) is str for v in written[:5])


def test_failed_write_leaves_the_previous_generated_tabs(harness):
    harness.seed(INTAKE)
    good = [table("Metrics", 10), table("Validation", 3)]
    harness.backend.write_tabs(good)
    before = harness.generated()
    harness.fail_next_write()
    with pytest.raises(SourceError):    # every backend says what to do, as one exception type
        harness.backend.write_tabs([table("Metrics", 2), table("Validation", 40)])
    harness.recover()
    assert harness.generated() == before
    harness.backend.write_tabs([table("Metrics", 2)])       # and the next run works
    assert harness.generated()["Metrics"] == [list(r) for r in table("Metrics", 2).rows]


DROPDOWNS = {"Lead Department": ["Police", "Fire"], "Partner Departments": ["Police", "Fire"],
             "Visibility": ["Public", "Internal"], "Status": ["Scheduled", "Cancelled"]}


def test_create_template_makes_canonical_tabs_and_is_idempotent(harness):
    harness.seed({})
    backend = harness.backend
    wanted = [("Police", CANONICAL_COLUMNS), ("Fire", CANONICAL_COLUMNS)]
    assert backend.create_template(wanted, DROPDOWNS) == ["Police", "Fire"]
    tabs = tabs_by_title(backend)
    for title in ("Police", "Fire"):
        assert tuple(tabs[title].header) == CANONICAL_COLUMNS
        assert trim(tabs[title].rows) == []
    assert backend.create_template(wanted, DROPDOWNS) == []
    assert {t: (tuple(v.header), trim(v.rows)) for t, v in tabs_by_title(backend).items()} == \
        {t: (tuple(v.header), trim(v.rows)) for t, v in tabs.items()}


def test_create_template_leaves_existing_tabs_alone(harness):
    harness.seed(INTAKE)
    made = harness.backend.create_template([("Police", CANONICAL_COLUMNS),
                                            ("Fire", CANONICAL_COLUMNS)], DROPDOWNS)
    assert made == ["Fire"]
    police = tabs_by_title(harness.backend)["Police"]
    assert list(police.header) == HEADER and police.rows[0][0] == "00123"


def test_check_access_contract(harness):
    """`doctor`'s contract: a backend may offer ``check_access() -> list[(ok: bool, message:
    str)]``; on a readable, seeded source every pair is ok and names something checked."""
    harness.seed(INTAKE)
    probe = getattr(harness.backend, "check_access", None)
    if harness.backend.name == "memory":
        assert probe is None                 # nothing to check: doctor says so
        return
    found = probe()
    assert isinstance(found, list) and found
    assert all(type(ok) is bool and isinstance(message, str) and message for ok, message in found)
    assert all(ok for ok, _ in found), found
