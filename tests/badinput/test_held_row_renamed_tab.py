"""Issue 16 (verifier gap 2): a held bad row keeps its hold when its tab is renamed in the
same change. A known event whose row turns invalid stays published as it last was ("edit not
applied"); renaming the department's tab to another of its names (config keeps the old one as
an alias, or the department itself was renamed in config) must not turn that into a removal."""
from __future__ import annotations

from datetime import datetime, timezone

import icalendar
import openpyxl
import pytest

from sheets_sync.config import config_from_dict
from sheets_sync.identity import renamed_tabs
from sheets_sync.pipeline import run_sync
from tests.conftest import base_config_dict

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility"]
NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
NNO = ["National Night Out", "8/5/2025", "6pm", "8pm", "Walltown Park", "Public"]
CPR = ["Hands-only CPR", "8/9/2025", "10am", "noon", "Station 1", "Public"]
TYPO = [*CPR[:3], "9am", *CPR[4:]]                     # ends before it starts


def feed(config) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical((config.out_dir / "public/calendar.ics").read_bytes())
    return {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}


def validation(config) -> list[tuple]:
    wb = openpyxl.load_workbook(config.report_path)
    return [tuple(c.value for c in row) for row in wb["Validation"].iter_rows(min_row=2)]


def renamed_config(tmp_path):
    """The department renamed in config, its old name kept as an alias."""
    data = base_config_dict(tmp_path)
    police = next(d for d in data["departments"] if d["name"] == "Police")
    police["aliases"] = ["Police", *police.get("aliases", [])]
    police["name"] = "Durham City Police"
    return config_from_dict(data, base_dir=tmp_path)


@pytest.mark.parametrize("new_title,config_renamed", [("Durham Police", False), ("DPD", False),
                                                      ("Durham City Police", True)])
def test_invalid_row_in_a_renamed_tab_still_holds_its_event(tmp_path, make_workbook, new_title,
                                                            config_renamed):
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    make_workbook({"Police": [H, NNO, CPR], "Fire": [H, ["Open House", "8/16/2025", "10am", "2pm",
                                                          "Station 5", "Public"]]})
    run_sync(config, now=NOW)
    before = feed(config)

    if config_renamed:
        config = renamed_config(tmp_path)
    make_workbook({new_title: [H, NNO, TYPO], "Fire": [H, ["Open House", "8/16/2025", "10am", "2pm",
                                                          "Station 5", "Public"]]})
    s = run_sync(config, now=NOW.replace(hour=13))
    after = feed(config)
    held = after["Hands-only CPR"]
    assert str(held["UID"]) == str(before["Hands-only CPR"]["UID"])
    assert int(held["SEQUENCE"]) == int(before["Hands-only CPR"]["SEQUENCE"])
    assert str(held.get("STATUS", "CONFIRMED")) != "CANCELLED"
    assert held.decoded("DTEND") == before["Hands-only CPR"].decoded("DTEND")
    assert s["removed"] == 0 and s["rows_rejected"] == 1
    lines = [v for v in validation(config) if v[1:3] == (new_title, 3)]
    assert any(v[0] == "error" and "before the start time" in v[5] for v in lines)
    assert any("not applied" in v[5] and "Hands-only CPR" in v[5] for v in lines)
    assert str(after["National Night Out"]["UID"]) == str(before["National Night Out"]["UID"])


def test_renamed_tabs_pairs_only_an_unambiguous_new_title():
    dept = {"police": "Police", "dpd": "Police", "durham police": "Police", "fire": "Fire",
            "dfd": "Fire"}.get

    def of(title):
        return dept(title.strip().lower())
    assert renamed_tabs({"Police", "Fire"}, {"DPD", "Fire"}, of) == {"Police": "DPD"}
    assert renamed_tabs({"Police", "Fire"}, {"DPD", "Durham Police", "Fire"}, of) == {}   # which one?
    assert renamed_tabs({"Police", "Fire"}, {"Police", "DPD", "Fire"}, of) == {}          # not gone
    assert renamed_tabs({"Police", "Notes"}, {"DFD", "Minutes"}, of) == {}              # other dept
