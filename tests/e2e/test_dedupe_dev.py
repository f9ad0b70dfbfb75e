"""The full sync on the labelled development workbook, against its expected figures."""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime, timezone
from itertools import combinations

import openpyxl
import pytest

from sheets_sync.config import config_from_dict
from sheets_sync.pipeline import run_sync
from sheets_sync.record import Record
from tests.conftest import ROOT, SHARED, base_config_dict

DEV = ROOT / "tests" / "data" / "dedupe_dev"      # copied from shared/dedupe-dev
EXPECTED = json.loads((DEV / "expected.json").read_text())


@pytest.fixture(scope="module")
def dev_sync(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dev")
    data = base_config_dict(tmp)
    data["source"]["workbook"] = str(DEV / "intake.xlsx")
    config = config_from_dict(data, base_dir=tmp)
    summary = run_sync(config, now=datetime(2025, 7, 15, 12, tzinfo=timezone.utc))
    return config, summary


def test_counts_match_expected(dev_sync):
    _, s = dev_sync
    assert (s["events"], s["joint_events"], s["public_events"], s["cancelled_events"]) == (
        EXPECTED["events"], EXPECTED["joint_events"], EXPECTED["public_events"], EXPECTED["cancelled_events"])
    assert (s["events"], s["joint_events"], s["public_events"], s["cancelled_events"]) == (384, 43, 366, 3)
    assert s["rows_read"] == EXPECTED["rows"] == 464
    assert s["rows_rejected"] == EXPECTED["invalid_rows"] == 5
    assert s["rows_merged"] == 459 - 384
    assert s["review_pairs"] == 0


def test_monthly_and_quarterly_figures_match_expected(dev_sync):
    _, s = dev_sync
    assert s["months"] == EXPECTED["months"]
    assert s["fiscal_quarters"] == EXPECTED["fiscal_quarters"]


def test_every_duplicate_pair_and_no_other(dev_sync):
    """Pairwise precision and recall of 1.0 on the labelled pairs, read from the report tab."""
    config, _ = dev_sync
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    header, *rows = list(wb["Combined Events"].iter_rows(values_only=True))
    sources = header.index("Sources")
    merged = {frozenset(p) for r in rows for p in combinations(r[sources].split(", "), 2)}
    assert merged == {frozenset(p) for p in EXPECTED["duplicate_pairs"]}


def test_rejected_rows_are_the_invalid_ones(dev_sync):
    config, _ = dev_sync
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    errors = {(r[1], r[2]) for r in wb["Validation"].iter_rows(min_row=2, values_only=True) if r[0] == "error"}
    invalid = {(line.split(",")[0], int(line.split(",")[1])) for line in
               (DEV / "truth.csv").read_text().splitlines()[1:] if line.strip().endswith(",no")}
    assert errors == invalid
    reversed_times = next(r for r in wb["Validation"].iter_rows(min_row=2, values_only=True)
                          if r[1:3] == ("Police", 3))
    assert reversed_times[3:6] == ("End Time", "3 PM", "the end time 15:00 is before the start time 17:00")


def test_nothing_internal_is_published(dev_sync):
    config, _ = dev_sync
    public = config.out_dir / "public"
    # measures.xlsx (zipped) holds only the figures of measures.csv, which is read here
    text = "\n".join(p.read_text(encoding="utf-8") for p in public.rglob("*")
                     if p.is_file() and p.suffix != ".xlsx")
    for secret in EXPECTED["internal_titles"] + EXPECTED["internal_markers"]:
        assert secret not in text


def test_every_metric_cell_drills_down_to_its_events(dev_sync):
    config, _ = dev_sync
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    _, *drill = list(wb["Metrics - Drill-down"].iter_rows(values_only=True))
    lines = defaultdict(list)
    for tab, label, column, value, uid, *_ in drill:
        lines[(tab, label, column)].append((value, uid))
    combined = {r[0] for r in wb["Combined Events"].iter_rows(min_row=2, values_only=True)}
    checked = 0
    for tab in ("Metrics - Monthly", "Metrics - Quarterly", "Metrics - Departments", "Metrics - Collaboration"):
        header, *rows = list(wb[tab].iter_rows(values_only=True))
        for r in rows:
            for column, value in zip(header[1:], r[1:]):
                if isinstance(value, bool) or not isinstance(value, (int, float)) or column in ("Target",):
                    continue
                found = lines.get((tab, r[0], column), [])
                assert len(found) == value, (tab, r[0], column)
                assert all(v == value and uid in combined for v, uid in found)
                checked += 1
    # months (Events, Joint Events, Internal Joint Work), quarters (+ All-Department), departments, pairs
    assert checked == 12 * 3 + 4 * 4 + 6 * 3 + 6 * 5
    monthly = {r[0]: r for r in wb["Metrics - Monthly"].iter_rows(min_row=2, values_only=True)}
    assert monthly["2024-08"][2] == 15 and len(lines[("Metrics - Monthly", "2024-08", "Joint Events")]) == 15


def test_data_quality_confidence_figures(dev_sync):
    config, s = dev_sync
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    quality = {r[0]: r[1] for r in wb["Data Quality"].iter_rows(min_row=2, values_only=True)}
    assert quality["Rows rejected"] == 5
    assert quality["Rows merged into another row's event"] == 75
    assert quality["Pairs pending review (Review Duplicates tab)"] == 0
    share_merge = quality["Joint events made joint only by merging rows (share)"]
    share_column = quality["Joint events joint without merging: one row's Lead/Partner Departments, the "
                           "partners its text names, or an accepted offer (share)"]
    assert share_merge + share_column == pytest.approx(1.0)
    assert s["joint_from_merging"] + s["joint_from_columns"] == 43
    assert share_merge == round(s["joint_from_merging"] / 43, 3)
    # the joint events that only merging makes joint: every one has rows from two or more tabs
    header, *rows = list(wb["Combined Events"].iter_rows(values_only=True))
    multi_tab = sum(1 for r in rows if r[header.index("Joint")] == "yes"
                    and len({src.split("!")[0] for src in r[header.index("Sources")].split(", ")}) > 1)
    assert multi_tab >= s["joint_from_merging"] > 0


def test_resync_keeps_everything_and_stores_no_decisions(dev_sync):
    config, _ = dev_sync
    again = run_sync(config, now=datetime(2025, 7, 15, 13, tzinfo=timezone.utc))
    assert (again["created"], again["updated"], again["removed"], again["unchanged"]) == (0, 0, 0, 384)
    with Record(config.record_path) as record:
        assert record.decisions() == {}


def test_dev_copy_matches_shared(dev_sync):
    shared = SHARED / "dedupe-dev"           # CI has a copy of shared/ beside the clone
    assert shared.exists(), f"{shared} is missing: the copy in tests/data cannot be checked"
    for name in ("intake.xlsx", "truth.csv", "expected.json"):
        assert (DEV / name).read_bytes() == (shared / name).read_bytes()
