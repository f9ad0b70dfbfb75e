"""Issue 15: the Atom feed of newly announced and changed events reads back with feedparser
(a real feed parser), with announcement dates, the event date in each title, and changes."""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone

import feedparser

from sheets_sync.pipeline import run_sync
from tests.sitedata import make_app

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility", "Description"]
FIRST = datetime(2025, 9, 1, 12, tzinfo=timezone.utc)
LATER = datetime(2025, 9, 3, 15, 30, tzinfo=timezone.utc)


def rows(cpr_time="6pm"):
    return {"Fire": [H, ["CPR Class", "9/10/2025", cpr_time, "8pm", "Station 1", "Public", "Learn CPR & AED"],
                     ["Open House", "10/4/2025", "", "", "Station 5", "Public", ""],
                     ["Staff Drill", "9/12/2025", "9am", "10am", "Station 2", "Internal", ""]]}


def test_atom_lists_new_and_changed_events(config, make_workbook):
    make_workbook(rows())
    run_sync(config, now=FIRST)
    make_workbook(rows(cpr_time="5pm"))               # staff move the CPR class an hour earlier
    run_sync(config, now=LATER)
    client = make_app(config, SAFETY_EVENTS_TODAY="2025-09-03").test_client()
    r = client.get("/updates.atom")
    assert r.status_code == 200 and r.mimetype == "application/atom+xml"
    parsed = feedparser.parse(r.data)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    titles = [e.title for e in parsed.entries]
    assert titles == ["Changed: Wed, Sep 10, 2025, 5:00 PM — CPR Class", "Sat, Oct 4, 2025 — Open House"]
    cpr, house = parsed.entries
    assert cpr.published_parsed[:6] == (2025, 9, 1, 12, 0, 0)      # announced at the first sync
    assert cpr.updated_parsed[:6] == (2025, 9, 3, 15, 30, 0)       # changed at the second
    assert house.updated_parsed[:6] == (2025, 9, 1, 12, 0, 0)
    uid = next(e["uid"] for e in json.loads((config.out_dir / "public/events.json").read_text())
               if e["title"] == "CPR Class")
    assert cpr.link == f"{config.site.base_url.rstrip('/')}/events/{uid}" == cpr.id
    assert "Learn CPR & AED" in cpr.summary and "Station 1" in cpr.summary
    assert parsed.feed.updated_parsed[:6] == (2025, 9, 3, 15, 30, 0)
    assert "Staff Drill" not in r.get_data(as_text=True)             # internal events never
    assert client.get("/updates.atom", headers={"If-None-Match": r.headers["ETag"]}).status_code == 304
    assert client.get("/updates.atom?department=fire").status_code == 404
    assert 'type="application/atom+xml"' in client.get("/").get_data(as_text=True)


def test_moved_event_jsonld_rescheduled_with_previous_start(config, make_workbook):
    make_workbook(rows())
    run_sync(config, now=FIRST)
    make_workbook(rows(cpr_time="5pm"))
    run_sync(config, now=LATER)
    run_sync(config, now=LATER)                  # a quiet sync later: the move is still known
    events = {e["title"]: e for e in json.loads((config.out_dir / "public/events.json").read_text())}
    assert events["CPR Class"]["previous_start"] == "2025-09-10T18:00:00-04:00"
    assert events["Open House"]["previous_start"] is None
    client = make_app(config, SAFETY_EVENTS_TODAY="2025-09-03").test_client()
    body = client.get(f"/events/{events['CPR Class']['uid']}").get_data(as_text=True)
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S).group(1))
    assert data["eventStatus"] == "https://schema.org/EventRescheduled"
    assert data["previousStartDate"] == "2025-09-10T18:00:00-04:00"
    assert data["startDate"] == "2025-09-10T17:00:00-04:00"
    base = config.site.base_url.rstrip("/")
    assert data["organizer"] == [{"@type": "GovernmentOrganization", "name": "Fire",
                                  "url": f"{base}/?department=fire"}]
