"""The open-data export: a valid Frictionless Data Package, public fields of public events only,
the same UIDs as the public feed."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import frictionless
import icalendar
import pytest

from public_feed.app import create_app
from reports.opendata import FIELDS
from sheets_sync.pipeline import run_sync
from tests.conftest import DEDUPE_DEV
from tests.e2e.cycle_helpers import cycle_workbook

NOW = datetime(2025, 8, 20, 12, tzinfo=timezone.utc)
FRICTIONLESS = Path(sys.executable).parent / "frictionless"


def _export(out: Path) -> tuple[list[dict], dict]:
    folder = out / "public/open-data"
    text = (folder / "combined-events.csv").read_bytes().decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline=""))), json.loads((folder / "datapackage.json").read_text())


def _feed_uids(out: Path) -> set[str]:
    cal = icalendar.Calendar.from_ical((out / "public/calendar.ics").read_bytes())
    return {str(c["UID"]) for c in cal.walk("VEVENT")}


def _check(out: Path, internal_texts: list[str]) -> list[dict]:
    package = out / "public/open-data/datapackage.json"
    report = frictionless.validate(str(package))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])
    assert report.stats["tasks"] == 2          # combined-events and measures (issue 13)
    cli = subprocess.run([str(FRICTIONLESS), "validate", str(package)], capture_output=True, text=True,
                         timeout=120)
    assert cli.returncode == 0, cli.stdout + cli.stderr
    rows, meta = _export(out)
    assert list(rows[0])[:len(FIELDS)] == [f[0] for f in FIELDS]
    assert all(name.startswith("dept_") for name in list(rows[0])[len(FIELDS):])   # one per department
    schema = meta["resources"][0]["schema"]
    assert schema["primaryKey"] == ["uid"]
    assert all(f.get("description") and f.get("type") for f in schema["fields"])
    forbidden = {"contact", "internal_notes", "visibility", "sources", "notes"}
    assert not forbidden & {f["name"] for f in schema["fields"]}
    uids = [r["uid"] for r in rows]
    assert len(uids) == len(set(uids))
    assert set(uids) == _feed_uids(out)
    published = json.loads((out / "public/events.json").read_text())
    assert set(uids) == {e["uid"] for e in published}
    blob = (out / "public/open-data/combined-events.csv").read_text(encoding="utf-8")
    for text in internal_texts:
        assert text not in blob, text
    private = json.loads((out / "private/events.json").read_text())
    internal_uids = {e["uid"] for e in private if e["visibility"] == "Internal"}
    assert internal_uids and not internal_uids & set(uids)
    return rows


def test_export_on_the_hand_workbook(config, make_workbook):
    make_workbook(cycle_workbook())
    run_sync(config, now=NOW)
    rows = _check(config.out_dir, ["Secret Planning Huddle", "919-555-0199", "NOTE-XYZZY"])
    by_title = {r["title"]: r for r in rows}
    assert len(rows) == 9                                   # 10 events, one internal
    fair = by_title["Youth Safety Fair"]
    assert (fair["start_date"], fair["start_time"], fair["end_time"], fair["all_day"]) == (
        "2025-09-13", "11:00:00", "12:00:00", "false")
    assert fair["timezone"] == "America/New_York" and fair["joint"] == "false"
    day = by_title["Public Safety Day"]
    assert (day["joint"], day["all_departments"], day["department_count"]) == ("true", "true", "6")
    assert day["departments"].startswith("Police; Fire; ")


def test_export_on_the_dedupe_dev_workbook(config, tmp_path):
    expected = json.loads((DEDUPE_DEV / "expected.json").read_text())
    cfg = config.model_copy(update={"source": config.source.model_copy(
        update={"workbook": DEDUPE_DEV / "intake.xlsx"})})
    run_sync(cfg, now=datetime(2025, 6, 15, 14, tzinfo=timezone.utc))
    rows = _check(cfg.out_dir, expected["internal_titles"] + expected["internal_markers"])
    assert len(rows) > 300
    assert all(r["status"] in ("Scheduled", "Tentative", "Postponed", "Cancelled") for r in rows)


def test_open_data_routes(config, make_workbook):
    make_workbook(cycle_workbook())
    run_sync(config, now=NOW)
    client = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "TESTING": True}).test_client()
    csv_page = client.get("/open-data/combined-events.csv")
    assert csv_page.status_code == 200 and csv_page.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert csv_page.data == (config.out_dir / "public/open-data/combined-events.csv").read_bytes()
    assert client.get("/open-data/datapackage.json").json["resources"][0]["path"] == "combined-events.csv"
    for bad in ("../private/events.json", "events.json", "..%2Fstatus.json"):
        assert client.get(f"/open-data/{bad}").status_code == 404


@pytest.mark.parametrize("broken", ["not-a-date", ""])
def test_the_validator_would_catch_a_bad_row(config, make_workbook, broken):
    """The export check can fail: a bad start_date or a missing required value is reported."""
    make_workbook(cycle_workbook())
    run_sync(config, now=NOW)
    path = config.out_dir / "public/open-data/combined-events.csv"
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8"), newline="")))
    rows[1][rows[0].index("start_date")] = broken
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8"))
    report = frictionless.validate(str(config.out_dir / "public/open-data/datapackage.json"))
    assert not report.valid
