"""`safety-events init` then `sync` against the loopback fake through the real CLI code path,
the real gspread + requests + google-auth stack, with a tab named `A2` and a formula-looking
title that must stay text."""
from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner

from sheets_sync import pipeline
from sheets_sync.backends.google import make_google_backend
from sheets_sync.cli import main
from sheets_sync.model import CANONICAL_COLUMNS
from tests.fake_sheets.client import RawApi
from tests.fake_sheets.fixtures import FAST_RETRY, SHEET_KEY

FORMULA_TITLE = '=HYPERLINK("http://x","y")'


@pytest.fixture
def google_cli(tmp_path, fake, loopback, key_file, config_dict, monkeypatch):
    config_dict["source"] = {"kind": "google", "spreadsheet_key": SHEET_KEY,
                             "credentials_file": str(key_file), "calendars": [],
                             "column_aliases": config_dict["source"]["column_aliases"]}
    config_dict["departments"].append({"name": "A2", "aliases": [], "core": False})
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config_dict))
    real = pipeline.make_backend

    def wired(config):  # the production factory, plus the loopback transport
        assert config.source.kind == "google"
        return make_google_backend(config, transport=loopback, timeout=5, retry=FAST_RETRY)

    monkeypatch.setattr(pipeline, "make_backend", wired)
    assert real is not wired

    def run(*args):
        return CliRunner().invoke(main, [*args, "--config", str(path)])
    return run


def col(name: str) -> int:
    return CANONICAL_COLUMNS.index(name)


def staff_row(**values) -> list:
    row = [""] * len(CANONICAL_COLUMNS)
    for k, v in values.items():
        row[col(k.replace("_", " "))] = v
    return row


def test_init_then_sync(google_cli, fake, sa_key, loopback):
    fake.create_spreadsheet(SHEET_KEY, {"Sheet1": []}, editors=[sa_key.email])
    result = google_cli("init")
    assert result.exit_code == 0, result.output
    tabs = {s.title for s in fake.book(SHEET_KEY).sheets}
    assert {"Police", "Fire", "A2"} <= tabs
    assert fake.values(SHEET_KEY, "A2")[0] == list(CANONICAL_COLUMNS)

    # staff type rows (RAW, as a value typed with a leading apostrophe would be stored)
    api = RawApi(sa_key.info, loopback)
    police = [staff_row(Title=FORMULA_TITLE, Start_Date="8/5/2025", Start_Time="6pm", Visibility="Public",
                        Partner_Departments="Fire"),
              staff_row(Title="Smoke alarm canvass", Start_Date="3/8/2025", Start_Time="10am",
                        Location="Walltown Park", Visibility="Public")]
    a2 = [staff_row(Title="Open House at A2", Start_Date="9/9/2025", Visibility="Public")]
    fire = [staff_row(Title="Walltown smoke alarm canvass", Start_Date="3/8/2025", Start_Time="10:15 AM",
                      Location="Walltown Park", Visibility="Public")]
    resp = api.write(SHEET_KEY, [{"range": "'Police'!A2", "values": police},
                                 {"range": "'A2'!A2", "values": a2},
                                 {"range": "'Fire'!A2", "values": fire}])
    assert resp.status_code == 200, resp.text
    fake.reset_counters()

    result = google_cli("sync", "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["requests"]["read"] <= 2 and summary["requests"]["write"] <= 2
    assert summary["requests"]["read"] >= 1 and summary["requests"]["write"] >= 1
    assert (summary["rows_read"], summary["rows_accepted"], summary["events"], summary["joint_events"]) == (4, 4, 3, 2)

    combined = fake.values(SHEET_KEY, "Combined Events")
    header = combined[0]
    rows = {r[header.index("Title")]: r for r in combined[1:]}
    assert set(rows) == {FORMULA_TITLE, "Open House at A2", "Walltown smoke alarm canvass"}
    formula_row = rows[FORMULA_TITLE]
    assert isinstance(formula_row[header.index("Title")], str)      # stored as text, not a Formula
    assert formula_row[header.index("Departments")] == "Police, Fire"
    assert rows["Open House at A2"][header.index("Sources")] == "A2!2"
    canvass = rows["Walltown smoke alarm canvass"]
    assert canvass[header.index("Sources")] == "Fire!2, Police!3"
    assert canvass[header.index("Joint")] == "yes"
    # a second, unchanged sync stays inside the budget and changes nothing
    fake.reset_counters()
    again = json.loads(google_cli("sync", "--json").output)
    assert again["requests"]["read"] <= 2 and again["requests"]["write"] <= 2
    assert again["unchanged"] == 3 and again["created"] == 0
