"""Suggested partners, matched capabilities and clashes on the Joint Schedule tab and in the
digests; Validation problems with a link to the cell (Google Sheets)."""
from __future__ import annotations

from datetime import datetime, timezone

from sheets_sync.board import cell_link
from sheets_sync.config import config_from_dict
from sheets_sync.delivery import save_digests
from sheets_sync.model import RawTab, RowIssue, Severity
from sheets_sync.pipeline import run_sync
from tests.conftest import base_config_dict
from tests.e2e.cycle_helpers import cycle_workbook, r, tab_rows

MON = datetime(2025, 9, 1, 12, tzinfo=timezone.utc)


def _tabs():
    tabs = cycle_workbook()
    tabs["Police"] += [
        # same kind as August's National Night Out (Police + Parks): Parks is suggested
        r(title="National Night Out Kickoff", start_date="9/15/2025", start_time="6pm", location="Walltown Park",
          visibility="Public"),
        # a row with a bad start time: a Validation line for Police
        r(title="Bike Rodeo", start_date="9/16/2025", start_time="25 o'clock", visibility="Public"),
        # Police double-booked with the Youth Safety Fair (Sep 13, 11am)
        r(title="Coffee at the Armory", start_date="9/13/2025", start_time="11:30am", location="Durham Armory",
          visibility="Public"),
    ]
    return tabs


def test_sections_on_the_joint_schedule_tab_and_in_digests(tmp_path, make_workbook):
    make_workbook(_tabs())
    data = base_config_dict(tmp_path)
    data["coordination"] = {"capabilities": {"Fire": ["fire engine tour"], "Police": ["traffic control"]}}
    config = config_from_dict(data, base_dir=tmp_path)
    run_sync(config, now=MON)
    rows = tab_rows(config.report_path, "Joint Schedule")
    firsts = [row[0] for row in rows]
    s = firsts.index("Suggested partners: Event UID")
    assert rows[s + 1][1:6] == ("National Night Out Kickoff", "2025-09-15", "Police", "Parks and Recreation (1)",
                                "National Night Out")
    m = firsts.index("Capabilities matched: Event UID")
    assert [row[1] for row in rows[m + 1:m + 3]] == ["Youth Safety Fair", "Fire Station Open House"]
    assert rows[m + 1][5] == "Fire: fire engine tour" and rows[m + 2][5] == "Police: traffic control"
    c = firsts.index("Clashes: Kind")
    assert rows[c + 1][:4] == ("double-booked", "2025-09-13T11:00:00-04:00", "Youth Safety Fair",
                               "Coffee at the Armory")
    assert len(rows) == c + 2                                         # one clash only (the tab's last row)

    digests = {p.name: p.read_text() for p in save_digests(config, tmp_path / "d") if p.suffix == ".txt"}
    police = digests["police.txt"]
    assert "National Night Out Kickoff (2025-09-15, Police): Parks and Recreation joined 1 such event(s)" in police
    assert "double-booked: Youth Safety Fair / Coffee at the Armory" in police
    assert "Police!" in police.split("## Problems in your tab\n")[1] and "Start Time" in police
    parks = digests["parks-and-recreation.txt"]
    assert "National Night Out Kickoff" in parks.split("## Suggested partners\n")[1].split("##")[0]
    assert "double-booked" not in parks                               # Parks is in neither event
    assert "## Problems in your tab\n  (none)" in digests["fire.txt"]


def test_cell_link_for_google_sheets(tmp_path):
    data = base_config_dict(tmp_path)
    data["source"] = {"kind": "google", "spreadsheet_key": "KEY123"}
    config = config_from_dict(data, base_dir=tmp_path)
    tab = RawTab("Police", ("Title", "Start Date", "Start Time"), ())
    issue = RowIssue("Police", 7, "Start Time", "25", "not a time", "type 6pm", Severity.ERROR)
    assert cell_link(issue, {"Police": tab}, config, {"Police": 1234}) == (
        "C7", "https://docs.google.com/spreadsheets/d/KEY123/edit#gid=1234&range=C7")
    # a tab the metadata does not name: the reference only
    assert cell_link(issue, {"Police": tab}, config, {}) == ("C7", "")
    workbook = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    assert cell_link(issue, {"Police": tab}, workbook, {"Police": 1234}) == ("C7", "")
