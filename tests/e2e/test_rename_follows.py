"""A running site follows a department rename at the next sync, pages as well as feeds
(issue 16 leftover, issue 17): the app was started with the old config object and is never
restarted; the sync that renames Fire "Fire Rescue" (its old name kept in ``aliases``, README
"Renaming a department keeps its feed address") is run with the new config, as
``safety-events sync`` would run beside ``serve``.
"""
from __future__ import annotations

import copy
import re
from datetime import datetime, timezone
from html import unescape

from public_feed.app import create_app
from sheets_sync.config import config_from_dict
from sheets_sync.pipeline import run_sync
from tests.sitedata import H, TODAY, row

NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
FIRE_TITLES = {"Hands-only CPR Class", "Smoke Alarm Walk", "Open House with Police"}


def tabs() -> dict:
    return {"Police": [H,
                       row(title="Coffee with a Cop", start_date="8/7/2025", start_time="9am", visibility="Public"),
                       row(title="Open House with Police", start_date="8/9/2025", start_time="10am",
                           partner_departments="Fire", visibility="Public")],
            "Fire": [H,
                     row(title="Hands-only CPR Class", start_date="8/14/2025", start_time="6pm", visibility="Public"),
                     row(title="Smoke Alarm Walk", start_date="8/21/2025", start_time="10am", visibility="Public")]}


def listed(response) -> set[str]:
    assert response.status_code == 200, response.status_code
    return {unescape(t) for t in re.findall(r'class="title" href="[^"]+">([^<]+)</a>', response.get_data(as_text=True))}


def test_pages_follow_a_rename_without_a_restart(config_dict, make_workbook, tmp_path):
    make_workbook(tabs())
    before = config_from_dict(copy.deepcopy(config_dict), base_dir=tmp_path)
    run_sync(before, now=NOW)
    client = create_app({"SAFETY_EVENTS_CONFIG_OBJ": before, "TESTING": True,
                         "SAFETY_EVENTS_TODAY": TODAY}).test_client()
    assert listed(client.get("/?department=fire")) == FIRE_TITLES
    assert client.get("/?department=fire-rescue").status_code == 404       # not a department yet

    fire = next(d for d in config_dict["departments"] if d["name"] == "Fire")
    fire["name"], fire["aliases"] = "Fire Rescue", [*fire.get("aliases", []), "Fire"]
    run_sync(config_from_dict(config_dict, base_dir=tmp_path), now=NOW)

    # the same app, never restarted: the new slug and name, and the old slug as an alias
    assert listed(client.get("/?department=fire-rescue")) == FIRE_TITLES
    assert listed(client.get("/?department=fire")) == FIRE_TITLES
    page = client.get("/").get_data(as_text=True)
    assert '<option value="fire-rescue">Fire Rescue</option>' in page
    assert '<option value="fire">' not in page
    month = client.get("/month/2025-08?department=fire-rescue")
    assert month.status_code == 200 and "3 events in August 2025" in month.get_data(as_text=True)
    data = client.get("/events.json?department=fire-rescue&from=2025-08-01").get_json()
    assert {e["title"] for e in data["events"]} == FIRE_TITLES and data["filters"] == {"department": "fire-rescue"}
    assert client.get("/departments/fire.ics").status_code == 301              # as the feed routes did
