"""Whole syncs (``run_sync``, the production Google factory) against the fake (issue 17):
12 tabs × 800 rows within Google's request limits, a no-change resync that writes nothing,
and generated tabs that fail without holding back the feed."""
from __future__ import annotations

import math
import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from sheets_sync import pipeline
from sheets_sync.backends.google import make_google_backend
from sheets_sync.config import config_from_dict
from sheets_sync.pipeline import run_sync
from tests.fake_sheets import Fault
from tests.fake_sheets.fixtures import FAST_RETRY, SHEET_KEY

NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
MB = 1_000_000          # "2 MB" as 2,000,000 bytes, as the backend splits (REQUEST_BYTES)
DEPARTMENTS = ["Police", "Fire", "Community Safety", "Emergency Communications",
               "Emergency Management", "Parks and Recreation"]
TABS = DEPARTMENTS + [f"{d} (north)" for d in DEPARTMENTS]
HEADER = ["Title", "Start Date", "Start Time", "End Time", "Location", "Lead Department",
          "Event Type", "Visibility", "Status"]


def intake(n: int) -> dict[str, list[list]]:
    day0 = date(2025, 1, 1)
    tabs = {}
    for t, title in enumerate(TABS):
        lead = DEPARTMENTS[t % len(DEPARTMENTS)]
        tabs[title] = [HEADER] + [
            [f"{title} gathering {i}", day0 + timedelta(days=(i * 7 + t) % 540), "6:00 PM",
             "8:00 PM", f"Park {i % 40}", lead, "Community meeting",
             "Public" if i % 3 else "Internal", "Scheduled"] for i in range(n)]
    return tabs


@pytest.fixture
def google(tmp_path, fake, sa_key, loopback, key_file, config_dict, monkeypatch):
    config_dict["source"] = {"kind": "google", "spreadsheet_key": SHEET_KEY,
                             "credentials_file": str(key_file), "calendars": [],
                             "column_aliases": config_dict["source"]["column_aliases"]}
    config = config_from_dict(config_dict, base_dir=tmp_path)
    monkeypatch.setattr(pipeline, "make_backend", lambda cfg: make_google_backend(
        cfg, transport=loopback, timeout=30, retry=FAST_RETRY))
    return config


def test_twelve_tabs_of_800_rows_sync_within_the_limits_and_resync_writes_nothing(google, fake, sa_key):
    n = 800
    fake.create_spreadsheet(SHEET_KEY, intake(n), editors=[sa_key.email], fit=True)
    first = run_sync(google, now=NOW)
    assert first["rows_read"] == 12 * n and first["tabs_error"] is None
    sent = [c for c in fake.calls if c.kind in ("read", "write")]
    assert all(c.status == 200 for c in sent)
    assert max(c.size for c in sent) <= 2 * MB
    payload = sum(c.size for c in sent if c.endpoint == "values.batchUpdate")
    assert first["requests"]["read"] == 2
    assert first["requests"]["write"] <= 2 + math.ceil(payload / (2 * MB))
    combined = fake.values(SHEET_KEY, "Combined Events")
    assert len(combined) == 1 + first["events"]
    assert (google.out_dir / "public/calendar.ics").is_file()

    fake.reset_counters()
    again = run_sync(google, now=NOW + timedelta(hours=1), reuse=False)    # only the sync time differs
    assert again["requests"] == {"read": 2, "write": 0}
    assert fake.endpoints["values.batchUpdate"] == 0 and fake.endpoints["batchUpdate"] == 0
    assert again["unchanged"] == first["created"]


INTAKE = {"Police": [HEADER, ["Town Hall", date(2025, 8, 14), "6:00 PM", "8:00 PM", "City Hall",
                              "Police", "Community meeting", "Public", "Scheduled"]]}


def test_the_feed_is_published_when_the_tabs_cannot_be_written(google, fake, sa_key):
    fake.create_spreadsheet(SHEET_KEY, INTAKE, editors=[sa_key.email])
    fake.inject(Fault(endpoint="batchUpdate", status=500, times=99))
    summary = run_sync(google, now=NOW)
    assert "the generated tabs were not written, the feed was published" in summary["tabs_error"]
    assert "HTTP 500" in summary["tabs_error"]
    assert b"SUMMARY:Town Hall" in (google.out_dir / "public/calendar.ics").read_bytes()
    assert summary["created"] == 1
    with sqlite3.connect(google.record_path) as db:
        outcome, error = db.execute("SELECT outcome, error FROM syncs ORDER BY id DESC").fetchone()
        events = db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    assert outcome == "ok" and "HTTP 500" in error and events == 1
    assert [s.title for s in fake.book(SHEET_KEY).sheets] == ["Police"]

    fake.faults.clear()
    later = run_sync(google, now=NOW + timedelta(hours=1))       # the tabs catch up
    assert later["tabs_error"] is None and later["unchanged"] == 1
    assert fake.values(SHEET_KEY, "Combined Events")[1][1] == "Town Hall"


def test_cli_exits_1_and_says_so_when_only_the_tabs_failed(google, fake, sa_key, tmp_path):
    import yaml

    from sheets_sync.cli import main
    fake.create_spreadsheet(SHEET_KEY, INTAKE, editors=[sa_key.email])
    fake.inject(Fault(endpoint="batchUpdate", status=500, times=99))
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(google.model_dump(mode="json")))
    result = CliRunner().invoke(main, ["sync", "--config", str(path)])
    assert result.exit_code == 1
    assert "the generated tabs were not written, the feed was published" in result.output
    assert (google.out_dir / "public/calendar.ics").is_file()
