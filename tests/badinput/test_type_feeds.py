"""Issue 16: event types and their feed URLs.

- A renamed event type (old name kept under ``event_type_aliases``) keeps its old feed URL
  answering — like a renamed department (test_renamed_feed_urls.py).
- Free-text event types cannot multiply feed files: beyond ``feed.max_unlisted_types`` the
  unlisted types go to the Other feed, each with a Validation warning.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import icalendar
import openpyxl
import pytest

from public_feed.app import create_app
from public_feed.typefeeds import type_feeds
from sheets_sync.config import ConfigError, config_from_dict
from sheets_sync.model import CombinedEvent, Status, Visibility, slugify
from sheets_sync.pipeline import run_sync
from tests.conftest import base_config_dict

H = ["Title", "Start Date", "Start Time", "Lead Department", "Event Type", "Visibility"]
NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)


def uids(ics: bytes) -> set[str]:
    return {str(e["UID"]) for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")}


def client_for(config):
    return create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "TESTING": True}).test_client()



def renamed_cpr(data: dict, tmp_path, make_workbook):
    """``CPR Class`` renamed ``CPR Training`` in config (the old name its alias) and a Fire tab
    with one row typed each way: the config to sync."""
    data["event_types"] = ["CPR Training" if t == "CPR Class" else t for t in data["event_types"]]
    data["event_type_aliases"] = {"CPR Training": ["CPR Class"]}
    make_workbook({"Fire": [H, ["Hands-only CPR", "8/10/2025", "10am", "Fire", "CPR Class", "Public"],
                            ["Smoke alarms", "8/11/2025", "10am", "Fire", "Smoke Alarm Install", "Public"],
                            ["CPR for parents", "8/12/2025", "6pm", "Fire", "CPR Training", "Public"]]})
    return config_from_dict(data, base_dir=tmp_path)

def test_old_type_url_still_answers_after_a_rename(tmp_path, make_workbook):
    data = base_config_dict(tmp_path)
    config = config_from_dict(data, base_dir=tmp_path)
    make_workbook({"Fire": [H, ["Hands-only CPR", "8/10/2025", "10am", "Fire", "CPR Class", "Public"],
                            ["Smoke alarms", "8/11/2025", "10am", "Fire", "Smoke Alarm Install", "Public"]]})
    run_sync(config, now=NOW)
    before = client_for(config).get("/types/cpr-class.ics")
    assert before.status_code == 200 and len(uids(before.data)) == 1

    # renamed in config; the old row still says "CPR Class", a new row uses the new name
    config = renamed_cpr(data, tmp_path, make_workbook)
    run_sync(config, now=NOW.replace(hour=13))
    client = client_for(config)
    new = client.get("/types/cpr-training.ics")
    assert new.status_code == 200
    assert len(uids(new.data)) == 2 and uids(before.data) < uids(new.data)

    moved = client.get("/types/cpr-class.ics?x=1")
    assert moved.status_code == 301 and moved.headers["Location"].endswith("/types/cpr-training.ics?x=1")
    assert client.get("/types/cpr-class.ics", follow_redirects=True).data == new.data
    assert client.get("/calendar.ics?type=cpr-class").data == new.data
    assert client.get("/calendar.ics?type=CPR+Class&department=fire").data == \
        client.get("/calendar.ics?type=cpr-training&department=fire").data
    assert client.get("/types/cpr-nope.ics").status_code == 404

    public = config.out_dir / "public"
    assert (public / "types/cpr-class.ics").read_bytes() == (public / "types/cpr-training.ics").read_bytes()
    feeds = json.loads((public / "feeds.json").read_text())
    assert "cpr-training" in feeds["types"] and "cpr-class" not in feeds["types"]
    assert feeds["type_aliases"] == {"cpr-class": "cpr-training"}


def test_a_renamed_types_page_lists_what_its_feed_holds(tmp_path, make_workbook):
    """Found by v3 verification: after a rename the CPR Training feed held both rows, but the
    page and /events.json for ``type=cpr-training`` listed only the row typed the new way,
    ``type=cpr-class`` gave the other one, and the Type filter offered both. A page's list
    and its Subscribe feed must hold the same events, and the old name is one type."""
    data = base_config_dict(tmp_path)
    config = renamed_cpr(data, tmp_path, make_workbook)
    run_sync(config, now=NOW)
    client = client_for(config)
    feed = uids(client.get("/types/cpr-training.ics").data)
    assert len(feed) == 2
    for query in ("type=cpr-training", "type=cpr-class", "type=CPR+Class"):
        got = client.get(f"/events.json?from=2025-08-01&{query}")
        assert got.status_code == 200
        assert {e["uid"] for e in got.get_json()["events"]} == feed, query
    page = client.get("/?from=2025-08-01&type=cpr-class").get_data(as_text=True)
    assert "Hands-only CPR" in page and "CPR for parents" in page and "Smoke alarms" not in page
    assert "/types/cpr-training.ics" in page                     # its Subscribe link
    assert 'value="cpr-class"' not in page and page.count('value="cpr-training"') == 1


def test_type_aliases_are_checked_with_every_other_problem(tmp_path):
    data = base_config_dict(tmp_path)
    data["event_type_aliases"] = {"Bike Rodeo": ["Bicycle Rodeo"], "CPR Class": ["Town Hall", "CPR"],
                                  "Festival": ["cpr"]}
    data["feed"] = {**data.get("feed", {}), "max_unlisted_types": -1}
    with pytest.raises(ConfigError) as err:
        config_from_dict(data, base_dir=tmp_path)
    problems = err.value.problems
    assert "event_type_aliases.Bike Rodeo: not in event_types; list it there first" in problems
    assert "event_type_aliases.CPR Class.0: 'Town Hall' is itself in event_types; remove it from one " \
           "of the two" in problems
    assert "event_type_aliases.Festival.0: 'cpr' is also an alias of 'CPR Class'" in problems
    assert any(p.startswith("feed.max_unlisted_types") for p in problems)


def event(title: str, event_type: str) -> CombinedEvent:
    start = datetime(2025, 8, 5, 18, tzinfo=timezone.utc)
    return CombinedEvent(uid=title, title=title, start=start, end=start + timedelta(hours=1),
                         all_day=False, departments=("Police",), lead="Police", event_type=event_type,
                         rows=(), visibility=Visibility.PUBLIC, status=Status.SCHEDULED)


def test_unlisted_types_ranked_by_use_then_slug():
    events = [event(f"a{i}", "Bike Rodeo") for i in range(3)] + [event("b", "Movie Night"),
              event("c", "Art Walk"), event("d", "zumba"), event("e", "Zumba"),
              event("f", "CPR class"), event("g", "Old Name")]
    tf = type_feeds(["CPR Class", "Town Hall"], {"Town Hall": ["Old Name"]}, events, 2)
    # listed first; then the 2 most used unlisted (Bike Rodeo 3, Zumba 2); then Other
    assert tf.names == {"cpr-class": "CPR Class", "town-hall": "Town Hall", "bike-rodeo": "Bike Rodeo",
                        "zumba": "Zumba", "other": "Other"}
    assert tf.overflow == {"art-walk": "Art Walk", "movie-night": "Movie Night"}   # tie: by slug
    assert tf.members == {"town-hall": frozenset({"old-name"}),
                          "other": frozenset({"art-walk", "movie-night"})}
    assert tf.redirects == {"old-name": "town-hall", "art-walk": "other", "movie-night": "other"}
    assert type_feeds(["CPR Class"], {}, events, None).overflow == {}    # unbounded: no Other


def test_a_thousand_free_text_types_are_bounded(tmp_path, make_workbook):
    """1,000 rows, each with its own free-text type (issue 16 measured 14,168 feeds for this)."""
    data = base_config_dict(tmp_path)
    config = config_from_dict(data, base_dir=tmp_path)
    n, cap = 1000, config.feed.max_unlisted_types
    day0 = date(2025, 8, 4)
    rows = [[f"Gathering {i}", (day0 + timedelta(days=i % 300)).strftime("%m/%d/%Y"), "6pm", "Police",
             f"Custom kind {i:04d}", "Public"] for i in range(n)]
    rows[0][4] = rows[1][4] = rows[2][4] = "Custom kind 0999"      # the most used: kept
    make_workbook({"Police": [H, *rows]})
    s = run_sync(config, now=NOW)
    assert s["events"] == n

    public = config.out_dir / "public"
    feeds = json.loads((public / "feeds.json").read_text())
    listed = len({slugify(t) for t in data["event_types"]})
    types = listed + cap + (0 if "other" in {slugify(t) for t in data["event_types"]} else 1)
    departments = len(data["departments"])
    assert len(feeds["types"]) == types
    assert len(feeds["feeds"]) == (1 + departments) * (1 + types) * 2
    type_files = list((public / "types").glob("*.ics"))
    assert len(type_files) == types
    # every feed file is a manifest feed, or a renamed department's copy of its feed
    feed_files = {str(p.relative_to(config.out_dir)) for p in public.rglob("*.ics") if p.parent.name != "events"}
    manifest_files = {f["file"] for f in feeds["feeds"]}
    assert manifest_files <= feed_files
    department_feeds = {(config.out_dir / f).read_bytes() for f in manifest_files if "/departments/" in f}
    for extra in feed_files - manifest_files:
        assert "/departments/" in extra and (config.out_dir / extra).read_bytes() in department_feeds
    assert "custom-kind-0999" in feeds["types"]

    kept = {t for t in feeds["types"] if t.startswith("custom-kind-")}
    assert len(kept) == cap
    held = {slugify(f"Custom kind {i:04d}") for i in range(n)} - kept - {"custom-kind-0000",
                                                                         "custom-kind-0001", "custom-kind-0002"}
    other = icalendar.Calendar.from_ical((public / "types/other.ics").read_bytes())
    in_other = {str(e["SUMMARY"]) for e in other.walk("VEVENT")}
    assert len(in_other) == len(held) == n - 3 - cap

    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    lines = [r for r in wb["Validation"].iter_rows(values_only=True)][1:]
    wb.close()
    warned = [r for r in lines if r[3] == "Event Type" and "Other feed" in str(r[5])]
    assert len(warned) == len(held) and {slugify(r[4]) for r in warned} == held
    assert all(r[0] == "warning" and r[1] == "Police" for r in warned)

    client = client_for(config)
    some = sorted(held)[0]
    assert client.get(f"/types/{some}.ics").status_code == 301
    assert client.get(f"/types/{some}.ics", follow_redirects=True).data == (public / "types/other.ics").read_bytes()
    assert client.get(f"/types/{sorted(kept)[0]}.ics").status_code == 200
