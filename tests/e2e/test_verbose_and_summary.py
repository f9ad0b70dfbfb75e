"""`-v` logs every stage of a sync with its time; the end-of-run line says what needs a person
and where; `--version` (issue 12)."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date, timedelta

import openpyxl
import yaml

from sheets_sync import __version__
from sheets_sync.cli import attention_line
from sheets_sync.model import CANONICAL_COLUMNS
from tests.conftest import ROOT, base_config_dict

STAGES = ["read", "parse", "merge", "reconcile", "reports", "write tabs", "publish"]


def _workbook(tmp_path):
    data = base_config_dict(tmp_path)
    data["site"]["base_url"] = "https://events.example.gov"
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(data))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Police"
    ws.append(list(CANONICAL_COLUMNS))
    day = date.today() + timedelta(days=7)
    for values in ({"Title": "Coffee with a Cop", "Start Date": day, "Start Time": "9am", "Visibility": "Public"},
                   {"Title": "No date given", "Visibility": "Public"},                     # an error
                   {"Title": "Bike Rodeo", "Start Date": day, "Start Time": "3pm"}):       # blank Visibility
        ws.append([values.get(c) for c in CANONICAL_COLUMNS])
    wb.save(tmp_path / "intake.xlsx")


def _run(tmp_path, *args):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "sheets_sync.cli", *args], cwd=tmp_path, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300)


def test_verbose_sync_logs_each_stage_with_its_time_and_says_what_needs_a_person(tmp_path):
    _workbook(tmp_path)
    done = _run(tmp_path, "-v", "sync")
    assert done.returncode == 0, done.stderr
    logged = re.findall(r"INFO stage ([a-z ]+):\s+(\d+\.\d\d) s", done.stderr)
    assert [name for name, _ in logged] == STAGES
    assert all(float(seconds) < 300 for _, seconds in logged)
    report = tmp_path / "out" / "report.xlsx"
    assert done.stdout.splitlines()[-1] == (
        f"Needs a person: 1 row needs fixing (left out until fixed) and 1 warning to look at — "
        f"Validation tab in {report}.")
    validation = openpyxl.load_workbook(report)["Validation"]
    severities = [r[-1] for r in validation.iter_rows(min_row=2, values_only=True)]
    assert len(severities) == 2                              # the two lines the summary counts
    quiet = _run(tmp_path, "sync")
    assert "stage" not in quiet.stderr                       # without -v, no stage lines


def test_attention_line_names_each_tab_and_where_it_is():
    where = "out/report.xlsx"
    assert attention_line({"rows_rejected": 3, "warnings": 0, "review_pairs": 2, "tabs_written_to": where}) == (
        "Needs a person: 3 rows need fixing (left out until fixed) — Validation tab in out/report.xlsx; "
        "2 questions about possible duplicates — Review Duplicates tab in out/report.xlsx.")
    assert attention_line({"rows_rejected": 0, "warnings": 0, "review_pairs": 0}) == "Nothing needs a person."
    assert "1 question about" in attention_line({"review_pairs": 1, "tabs_written_to": where})


def test_version(tmp_path):
    done = _run(tmp_path, "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"safety-events, version {__version__}"
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_a_tab_held_for_its_header_is_named_in_the_last_line(tmp_path):
    """A department tab whose row 1 lost its Title header is an error on its row 1 and its
    events are held as the last sync left them: the end-of-run line must say so, not
    "Nothing needs a person." (seen on a city where Parks typed 'Titel')."""
    _workbook(tmp_path)
    wb = openpyxl.load_workbook(tmp_path / "intake.xlsx")
    fire = wb.create_sheet("Fire")
    fire.append(["Titel" if c == "Title" else c for c in CANONICAL_COLUMNS])
    fire.append(["Smoke Alarm Blitz" if c == "Title" else None for c in CANONICAL_COLUMNS])
    police = wb["Police"]
    police.delete_rows(3, 2)                                 # only the good, public row is left
    wb.save(tmp_path / "intake.xlsx")
    done = _run(tmp_path, "sync")
    assert done.returncode == 0, done.stderr
    report = tmp_path / "out" / "report.xlsx"
    assert done.stdout.splitlines()[-1] == (
        "Needs a person: 1 tab not read (its row 1 is named in Validation; events "
        f"kept as the last sync left them): 'Fire' — Validation tab in {report}.")
    as_json = _run(tmp_path, "sync", "--json")
    import json
    assert json.loads(as_json.stdout)["held_tabs"] == ["Fire"]


def test_public_events_outside_the_feed_window_are_counted_in_the_summary(tmp_path):
    """A city loading old events saw "3 public." and an empty site: the summary must say how
    many public events the feed window (feed.past_days / feed.future_days of today) leaves out."""
    data = base_config_dict(tmp_path)
    data["site"]["base_url"] = "https://events.example.gov"
    data["feed"] = {**data.get("feed", {}), "past_days": 400, "future_days": 800}
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(data))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Police"
    ws.append(list(CANONICAL_COLUMNS))
    today = date.today()
    for title, offset in (("Coffee with a Cop", 7), ("Last year's block party", -600), ("Far-off fair", 900)):
        values = {"Title": title, "Start Date": today + timedelta(days=offset), "Start Time": "9am",
                  "Visibility": "Public"}
        ws.append([values.get(c) for c in CANONICAL_COLUMNS])
    wb.save(tmp_path / "intake.xlsx")
    done = _run(tmp_path, "sync")
    assert done.returncode == 0, done.stderr
    published = json.loads((tmp_path / "out" / "public" / "events.json").read_text())
    assert [e["title"] for e in published] == ["Coffee with a Cop"]
    assert done.stdout.splitlines()[1] == (
        "3 combined events, 0 joint, 3 public (2 of them outside the feed window, so not in the feeds "
        "or on the site: raise feed.past_days or feed.future_days in config.yaml to publish them).")
    as_json = json.loads(_run(tmp_path, "sync", "--json").stdout)
    assert (as_json["public_events"], as_json["published_events"]) == (3, len(published))
