"""While a tab is held (a header typo), a new row that lies inside one of its held multi-day
events (a truck visit added on day 2 in another tab) waits unpublished with a Validation
line, then joins the event when the tab reads again: never published, then cancelled."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import openpyxl

from sheets_sync.pipeline import run_sync

H = ["Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address", "Visibility"]
NOW = datetime(2026, 12, 1, 12, tzinfo=timezone.utc)


def day(d: str) -> list:
    return ["Winter Youth Camp", d, "9am", "", "3pm", "Rec Center", "12 Gym Rd", "Public"]


def intake(police_header: list, visit: bool) -> dict:
    fire = [H, day("12/28/2026"), day("12/29/2026"), day("12/30/2026"),
            ["Smoke Alarm Blitz", "1/10/2027", "10am", "", "1pm", "Eastside", "30 East St", "Public"]]
    if visit:
        fire.append(["Winter Youth Camp - fire truck visit", "12/29/2026", "10am", "", "11am", "Rec Center",
                     "12 Gym Rd", "Public"])
    return {"Police": [police_header,
                       ["Winter Youth Camp", "12/28/2026", "9am", "12/30/2026", "3pm", "Rec Center", "12 Gym Rd",
                        "Public"]],
            "Fire": fire}


def uids(config) -> dict[str, bool]:
    """Every uid the public feed file lists → cancelled."""
    return {e["uid"]: e["cancelled"] for e in json.loads((config.out_dir / "public" / "events.json").read_text())}


def test_new_row_inside_a_held_event_waits_then_joins(config, make_workbook):
    make_workbook(intake(H, visit=False))
    run_sync(config, now=NOW)
    before = uids(config)
    assert len(before) == 2 and not any(before.values())

    make_workbook(intake(["Titel", *H[1:]], visit=True))       # Police's header typo; Fire adds a visit
    held = run_sync(config, now=NOW)
    assert held["held_tabs"] == ["Police"] and held["created"] == 0
    assert uids(config) == before
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    lines = [r for r in wb["Validation"].iter_rows(min_row=2, values_only=True)
             if r[1] == "Fire" and r[2] == 6 and "not published until that source reads again" in str(r)]
    assert len(lines) == 1 and lines[0][0] == "warning"

    make_workbook(intake(H, visit=True))                        # the header is fixed
    fixed = run_sync(config, now=NOW)
    assert (fixed["created"], fixed["removed"]) == (0, 0)
    assert uids(config) == before                                # nothing published then cancelled


def test_an_evening_event_at_a_held_camps_place_is_published(config, make_workbook):
    """The camp runs 9–3 each day; a class another department adds at the camp's place one
    evening inside the camp's dates is an event of its own, not a part the held camp would
    absorb: published at once, not withheld while the camp's tab is held (a fresh verifier's
    finding)."""
    make_workbook(intake(H, visit=False))
    run_sync(config, now=NOW)
    before = uids(config)
    wb = intake(["Titel", *H[1:]], visit=False)
    wb["Fire"].append(["Hands-only CPR for residents", "12/29/2026", "6pm", "", "8pm", "Rec Center", "12 Gym Rd",
                       "Public"])
    make_workbook(wb)
    held = run_sync(config, now=NOW)
    assert held["held_tabs"] == ["Police"] and held["created"] == 1
    assert set(uids(config)) > set(before) and len(uids(config)) == len(before) + 1


def test_a_shift_wrapping_a_held_camps_hours_waits(config, make_workbook):
    """A first-aid shift from 8:30 to 3:30 around the held camp's 9–3 on one of its days is the
    camp's too: it waits (published now, it would be cancelled when the tab reads again)."""
    make_workbook(intake(H, visit=False))
    run_sync(config, now=NOW)
    before = uids(config)
    wb = intake(["Titel", *H[1:]], visit=False)
    wb["Fire"].append(["Winter Youth Camp first aid", "12/29/2026", "8:30am", "", "3:30pm", "Rec Center",
                       "12 Gym Rd", "Public"])
    make_workbook(wb)
    held = run_sync(config, now=NOW)
    assert (held["held_tabs"], held["created"]) == (["Police"], 0) and uids(config) == before
