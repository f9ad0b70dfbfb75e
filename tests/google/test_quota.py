"""Quota budget: a sync costs at most 2 reads and 2 writes, whatever the tabs and rows.

Counted twice: by the backend (``backend.requests``, what ``sync --json`` reports) and by
the fake (what actually reached the "API"). Each sync uses a new backend, as the CLI does.
"""
from __future__ import annotations

from collections import Counter

import gc
import math
from datetime import date, timedelta

import pytest

from reports.metrics import compute_metrics
from reports.sheets_charts import CHARTS
from reports.sheets_formats import RULES
from reports.snapshots import snapshots_table
from reports.tabs import all_tables
from sheets_sync.backends import Table
from sheets_sync.backends.google_write import STATE_TITLE
from tests.fake_sheets.fixtures import SHEET_KEY

DEPARTMENTS = ["Police", "Fire", "Community Safety", "911 Emergency Communications",
               "Emergency Management", "Parks and Recreation", "Library", "Transportation",
               "Housing", "Public Works", "Water Management", "Neighborhood Improvement"]
INTAKE_HEADER = ["Event ID", "Title", "Start Date", "Start Time", "End Time", "Location",
                 "Lead Department", "Partner Departments", "Event Type", "Visibility",
                 "Status", "Expected Attendance"]


def intake_rows(dept: str, n: int) -> list[list]:
    day0 = date(2024, 7, 1)
    rows = [INTAKE_HEADER]
    for i in range(n):
        rows.append([f"{i:05d}", f"{dept} event {i}", day0 + timedelta(days=i % 365),
                     "6:00 PM", 0.8125, f"Park {i % 40}", dept, "Police, Fire",
                     "Community meeting", "Public" if i % 3 else "Internal", "Scheduled",
                     25 + i % 200])
    return rows


def generated_tables(count: int, n: int) -> list[Table]:
    """Realistic generated tabs: combined events, metrics, validation, review..."""
    header = ("UID", "Title", "Start", "End", "Departments", "Joint", "Sources", "Status")
    tables = []
    for t in range(count):
        rows = tuple((f"evt-{t}-{i:06d}@safety-events.example.gov", f"Event {i}",
                      f"2024-{1 + i % 12:02d}-{1 + i % 28:02d} 18:00", "2024-01-01 20:00",
                      "Police; Fire", i % 2 == 0, f"Police!{i + 2}", "Scheduled")
                     for i in range(n))
        tables.append(Table(f"Generated {t + 1}", (header,) + rows))
    return tables


def metric_tables() -> list[Table]:
    """The real metric, validation and snapshot tabs (their charts and status rules)."""
    m = compute_metrics([], departments=DEPARTMENTS, core=DEPARTMENTS, fiscal_start_month=7,
                        joint_target=2, all_department_target=1)
    return all_tables([], [], m, {"Rows read": 0}) + [snapshots_table([], m, 2)]


def decorated(fake) -> tuple[int, int]:
    """(charts, conditional formats) in the spreadsheet."""
    sheets = fake.book(SHEET_KEY).sheets
    return sum(len(s.charts) for s in sheets), sum(len(s.conditional_formats) for s in sheets)


# A request-count test must not count retries: a short client timeout on a loaded machine
# makes the client retry, and every retry reaches the fake as one more request.
GENEROUS_TIMEOUT = 300.0


def sync(make_backend, tables):
    backend = make_backend(timeout=GENEROUS_TIMEOUT)
    tabs = backend.read_tabs()
    backend.write_tabs(tables)
    return backend, tabs


def test_budget_one_tab_ten_rows(fake, sa_key, make_backend):
    fake.create_spreadsheet(SHEET_KEY, {"Police": intake_rows("Police", 10)},
                            editors=[sa_key.email])
    tables = generated_tables(1, 10)

    first, tabs = sync(make_backend, tables)        # creates the generated tab
    assert len(tabs) == 1 and len(tabs[0].rows) == 10
    assert first.requests == Counter({"read": 2, "write": 2})
    assert fake.endpoints == {"token": 1, "get": 1, "values.batchGet": 1, "batchUpdate": 1,
                              "values.batchUpdate": 1}

    fake.reset_counters()
    second, tabs = sync(make_backend, tables)       # nothing changed: nothing written
    assert second.requests == Counter({"read": 2, "write": 0})
    assert fake.requests == {"token": 1, "read": 2}

    fake.reset_counters()
    changed = [Table(t.title, t.rows[:-1] + (("changed",) + t.rows[-1][1:],)) for t in tables]
    steady, _ = sync(make_backend, changed)         # steady state: values only
    assert steady.requests == Counter({"read": 2, "write": 1})
    assert fake.values(SHEET_KEY, "Generated 1")[-1][0] == "changed"

    fake.reset_counters()
    third, _ = sync(make_backend, generated_tables(1, 3))   # fewer rows: values, then shrink
    assert third.requests == Counter({"read": 2, "write": 2})
    assert fake.snapshot(SHEET_KEY)["Generated 1"]["grid"] == (4, 8)


@pytest.fixture
def no_cyclic_gc():
    """Millions of live cells make every cyclic-GC pass slow; counts, not speed, are tested."""
    gc.disable()
    yield
    gc.enable()


MB = 1_000_000          # "2 MB" as 2,000,000 bytes, as the backend splits (REQUEST_BYTES)


@pytest.mark.parametrize("n", [800, 20_000])
def test_budget_twelve_tabs(fake, sa_key, make_backend, no_cyclic_gc, n):
    """Acceptance (issue 17): every request ≤ 2 MB, reads ≤ 2, writes ≤ 2 + ⌈payload/2 MB⌉,
    a no-change resync sends no values write."""
    fake.create_spreadsheet(SHEET_KEY, {d: intake_rows(d, n) for d in DEPARTMENTS},
                            editors=[sa_key.email], fit=True)
    tables = generated_tables(12, n) + metric_tables()

    first, tabs = sync(make_backend, tables)
    assert [t.title for t in tabs] == DEPARTMENTS
    assert all(len(t.rows) == n for t in tabs)
    serial = (date(2024, 7, 1) - date(1899, 12, 30)).days + 123
    assert tabs[5].rows[123][:5] == ("00123", "Parks and Recreation event 123", serial,
                                     "6:00 PM", 0.8125)
    sent = [c for c in fake.calls if c.kind in ("read", "write")]
    assert all(c.status == 200 for c in sent)
    assert max(c.size for c in sent) <= 2 * MB
    payload = sum(c.size for c in sent if c.endpoint == "values.batchUpdate")
    assert first.requests["read"] == 2
    assert first.requests["write"] <= 2 + math.ceil(payload / (2 * MB))
    book = fake.book(SHEET_KEY)
    assert book.cell_count() <= 10_000_000
    for t in range(12):                              # every tab whole, staging tabs gone
        tab = book.sheet_by_title(f"Generated {t + 1}")
        assert (tab.rows, tab.cols) == (n + 1, 8)
        assert tab.cell(n, 0) == tables[t].rows[n][0] and tab.cell(1, 1) == "Event 0"
    assert [s.title for s in book.sheets if s.hidden] == [STATE_TITLE]
    assert decorated(fake) == (len(CHARTS), len(RULES) + 1)     # charts, status rules, heat map

    fake.reset_counters()
    again, _ = sync(make_backend, tables)            # nothing changed: no values write
    assert again.requests == Counter({"read": 2, "write": 0})
    assert fake.endpoints["values.batchUpdate"] == 0


def test_charts_and_rules_ride_in_the_one_structural_batch(fake, sa_key, make_backend):
    fake.create_spreadsheet(SHEET_KEY, {"Police": intake_rows("Police", 10)},
                            editors=[sa_key.email])
    tables = metric_tables()
    first, _ = sync(make_backend, tables)            # tabs, charts and rules: one batchUpdate
    assert first.requests == Counter({"read": 2, "write": 2})
    assert fake.endpoints["batchUpdate"] == 1
    assert decorated(fake) == (len(CHARTS), len(RULES) + 1)

    fake.reset_counters()
    second, _ = sync(make_backend, tables)           # all present, nothing changed: no write
    assert second.requests == Counter({"read": 2, "write": 0})
    assert decorated(fake) == (len(CHARTS), len(RULES) + 1)

    # only a chart is missing (a staff member deleted it): the structural batch is for it alone
    chart_id = fake.book(SHEET_KEY).sheet_by_title("Metrics - Quarterly").charts[0]["chartId"]
    book = fake.book(SHEET_KEY).clone()
    book.apply([{"deleteEmbeddedObject": {"objectId": chart_id}}])
    fake.spreadsheets[SHEET_KEY] = book
    grids = {s.title: (s.rows, s.cols) for s in book.sheets}
    fake.reset_counters()
    third, _ = sync(make_backend, tables)            # values unchanged: the chart alone
    assert third.requests == Counter({"read": 2, "write": 1})
    assert fake.endpoints["batchUpdate"] == 1 and fake.endpoints["values.batchUpdate"] == 0
    assert decorated(fake) == (len(CHARTS), len(RULES) + 1)
    assert {s.title: (s.rows, s.cols) for s in fake.book(SHEET_KEY).sheets} == grids
