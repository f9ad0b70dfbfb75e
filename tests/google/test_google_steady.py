"""Reuse by content hash on Google Sheets (issue 17, :mod:`sheets_sync.steady`), through the
production factory, the real gspread stack and the loopback fake: once a sync changed
nothing, the next one is skipped after its 2 reads (no write, no file); a generated tab
deleted by staff, or a decision typed in the Review tab, breaks the skip and the full sync
puts things right."""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

import pytest

from public_feed.release import current_release
from sheets_sync import pipeline, steady
from sheets_sync.backends.google import make_google_backend
from sheets_sync.config import config_from_dict
from sheets_sync.pipeline import run_sync
from tests.fake_sheets.client import RawApi
from tests.fake_sheets.fixtures import FAST_RETRY, SHEET_KEY

NOW = datetime(2025, 8, 4, 14, tzinfo=timezone.utc)
H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Lead Department", "Visibility"]
INTAKE = {"Police": [H, ["Smoke Alarm Canvass", "2025-08-10", "10am", "1pm", "Walltown Park", "Police", "Public"],
                     ["Town Hall", "2025-08-14", "6pm", "8pm", "City Hall", "Police", "Public"]],
          "Fire": [H, ["Smoke alarm canvass", "2025-08-10", "10:15 AM", "1pm", "Walltown Park", "Fire", "Public"],
                   ["Open House", "2025-08-16", "10am", "2pm", "Station 1", "Fire", "Public"]]}


@pytest.fixture
def google(tmp_path, fake, sa_key, loopback, key_file, config_dict, monkeypatch):
    config_dict["source"] = {"kind": "google", "spreadsheet_key": SHEET_KEY,
                             "credentials_file": str(key_file), "calendars": [],
                             "column_aliases": config_dict["source"]["column_aliases"]}
    monkeypatch.setattr(pipeline, "make_backend", lambda cfg: make_google_backend(
        cfg, transport=loopback, timeout=30, retry=FAST_RETRY))
    fake.create_spreadsheet(SHEET_KEY, INTAKE, editors=[sa_key.email])
    return config_from_dict(config_dict, base_dir=tmp_path)


def _release(config) -> dict[str, tuple[int, str]]:
    served = current_release(config.out_dir)
    return {str(p.relative_to(served)): (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in served.rglob("*") if p.is_file()}


def _steady(config, fake, now) -> dict:
    """Sync until a run is skipped (at most 3 runs: the first ones create the tabs)."""
    for k in range(3):
        fake.reset_counters()
        summary = run_sync(config, now=now + timedelta(minutes=k))
        if summary.get("skipped"):
            return summary
    raise AssertionError("no run was skipped")


def test_a_no_change_sync_reads_twice_writes_nothing_and_publishes_nothing(google, fake):
    first = run_sync(google, now=NOW)
    assert first["created"] == 3
    second = run_sync(google, now=NOW + timedelta(minutes=5))
    before = _release(google)
    fake.reset_counters()
    third = run_sync(google, now=NOW + timedelta(minutes=10))
    # the first sync made the generated tabs: their sheetIds (the staff board links to them)
    # and the metadata are new to the second read, so the second sync runs in full
    assert "skipped" not in second and third["skipped"] == steady.SKIPPED
    fake.reset_counters()
    fourth = run_sync(google, now=NOW + timedelta(minutes=15))
    assert fourth["skipped"] == steady.SKIPPED
    assert fourth["requests"] == {"read": 2, "write": 0}
    assert [c.kind for c in fake.calls if c.kind != "token"] == ["read", "read"]
    assert (fourth["unchanged"], fourth["events"]) == (3, 3)
    after = _release(google)
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    assert changed <= set(steady.CLOCK_FILES)


def test_a_deleted_generated_tab_breaks_the_skip_and_comes_back(google, fake, sa_key, loopback):
    run_sync(google, now=NOW)
    _steady(google, fake, NOW + timedelta(minutes=5))
    book = fake.book(SHEET_KEY)
    rows = fake.values(SHEET_KEY, "Combined Events")
    gone = book.sheet_by_title("Combined Events").sheet_id
    resp = RawApi(sa_key.info, loopback).batch_update(SHEET_KEY, [{"deleteSheet": {"sheetId": gone}}])
    assert resp.status_code == 200, resp.text
    assert fake.book(SHEET_KEY).sheet_by_title("Combined Events") is None
    fake.reset_counters()
    again = run_sync(google, now=NOW + timedelta(minutes=20))
    assert "skipped" not in again
    assert again["requests"]["write"] >= 1
    assert fake.values(SHEET_KEY, "Combined Events") == rows
    assert _steady(google, fake, NOW + timedelta(minutes=30))["requests"]["write"] == 0


def test_a_decision_typed_in_the_review_tab_breaks_the_skip(google, fake, sa_key, loopback):
    run_sync(google, now=NOW)
    _steady(google, fake, NOW + timedelta(minutes=5))
    review = fake.values(SHEET_KEY, "Review Duplicates")
    assert len(review) >= 2 and review[0][0] == "Decision"
    resp = RawApi(sa_key.info, loopback).write(SHEET_KEY, [{"range": "'Review Duplicates'!A2",
                                                             "values": [["Different events"]]}])
    assert resp.status_code == 200, resp.text
    decided = run_sync(google, now=NOW + timedelta(minutes=20))
    assert "skipped" not in decided
    assert decided["kept_apart_by_staff"] == 1 and decided["events"] == 4


def test_after_a_sync_that_resized_the_tabs_the_next_no_change_sync_is_skipped(google, fake, sa_key, loopback):
    """A new row makes the generated tabs longer (a structural batch resizes them, no tab is
    made): the run after it, with nothing changed, is skipped (the metadata the batch returned
    is the one the next read finds), and what it leaves equals what a full sync makes."""
    run_sync(google, now=NOW)
    _steady(google, fake, NOW + timedelta(minutes=5))
    grid = {s.title: s.rows for s in fake.book(SHEET_KEY).sheets}
    ids = {s.title: s.sheet_id for s in fake.book(SHEET_KEY).sheets}
    resp = RawApi(sa_key.info, loopback).write(SHEET_KEY, [{"range": "Police!A4", "values": [
        ["Bike Rodeo", "2025-08-20", "9am", "11am", "Northgate Park", "Police", "Public"]]}])
    assert resp.status_code == 200, resp.text
    changed = run_sync(google, now=NOW + timedelta(minutes=20))
    assert "skipped" not in changed and changed["created"] == 1
    resized = {t for t, rows in grid.items() if fake.book(SHEET_KEY).sheet_by_title(t).rows != rows}
    assert "Combined Events" in resized                       # a structural batch ran
    assert {s.title: s.sheet_id for s in fake.book(SHEET_KEY).sheets if s.title in ids} == ids
    before = _release(google)
    fake.reset_counters()
    again = run_sync(google, now=NOW + timedelta(minutes=25))
    assert again["skipped"] == steady.SKIPPED
    assert again["requests"] == {"read": 2, "write": 0}
    skipped_files = _release(google)
    assert {k for k in before.keys() | skipped_files.keys()
            if before.get(k) != skipped_files.get(k)} <= set(steady.CLOCK_FILES)
    tabs = {s.title: fake.values(SHEET_KEY, s.title) for s in fake.book(SHEET_KEY).sheets}
    full = steady.run_sync(google, now=NOW + timedelta(minutes=25), reuse=False)   # what a full sync makes
    assert "skipped" not in full and (full["created"], full["updated"]) == (0, 0)
    assert {s.title: fake.values(SHEET_KEY, s.title) for s in fake.book(SHEET_KEY).sheets} == tabs
    rebuilt = _release(google)
    assert {k: v[1] for k, v in rebuilt.items() if k not in steady.CLOCK_FILES} == \
        {k: v[1] for k, v in skipped_files.items() if k not in steady.CLOCK_FILES}
