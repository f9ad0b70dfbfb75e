"""Issue 16: a department renamed in config, its old name kept as an alias, keeps its old feed
URL: the site redirects ``/departments/<old-slug>.ics`` to the new one (same feed), and the
published files hold a copy under the old name, so static hosting answers too."""
from __future__ import annotations

from datetime import datetime, timezone

import icalendar

from public_feed.app import create_app
from sheets_sync.config import config_from_dict
from sheets_sync.pipeline import run_sync
from tests.conftest import base_config_dict

H = ["Title", "Start Date", "Start Time", "Lead Department", "Visibility"]
NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
TABS = {"Police": [H, ["Coffee with a Cop", "8/9/2025", "10am", "Police", "Public"]],
        "Fire": [H, ["Hands-only CPR", "8/10/2025", "10am", "Fire", "Public"]]}


def uids(ics: bytes) -> set[str]:
    return {str(e["UID"]) for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")}


def renamed(tmp_path):
    data = base_config_dict(tmp_path)
    police = next(d for d in data["departments"] if d["name"] == "Police")
    police["name"] = "City Police"
    police["aliases"] = [a for a in police.get("aliases", []) if a != "Police"] + ["Police"]
    return config_from_dict(data, base_dir=tmp_path)


def test_old_department_url_still_answers_after_a_rename(tmp_path, config, make_workbook):
    make_workbook(TABS)
    run_sync(config, now=NOW)
    old = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "TESTING": True}).test_client()
    before = old.get("/departments/police.ics")
    assert before.status_code == 200
    assert len(uids(before.data)) == 1

    config = renamed(tmp_path)
    run_sync(config, now=NOW.replace(hour=13))
    client = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "TESTING": True}).test_client()
    new = client.get("/departments/city-police.ics")
    assert new.status_code == 200 and uids(new.data) == uids(before.data)

    moved = client.get("/departments/police.ics?x=1")
    assert moved.status_code == 301
    assert moved.headers["Location"].endswith("/departments/city-police.ics?x=1")
    followed = client.get("/departments/police.ics", follow_redirects=True)
    assert followed.status_code == 200 and followed.data == new.data
    assert client.get("/departments/dpd.ics", follow_redirects=True).data == new.data   # any alias
    assert client.get("/departments/nope.ics").status_code == 404

    public = config.out_dir / "public"
    assert (public / "departments/police.ics").read_bytes() == (public / "departments/city-police.ics").read_bytes()
    assert (public / "departments/fire.ics").read_bytes() != new.data
    feeds = (public / "feeds.json").read_bytes()
    assert b"departments/city-police.ics" in feeds and b"departments/police.ics" not in feeds


def test_accented_names_get_readable_slugs_and_their_earlier_address_redirects(tmp_path, make_workbook):
    """A Spanish-speaking city: "Policía Municipal" and the type "Reunión Comunitaria" get the
    slugs policia-municipal and reunion-comunitaria (earlier: polic-a-municipal, reuni-n-...);
    the earlier addresses answer 301, and the static copies exist, so subscriptions survive."""
    from sheets_sync.model import legacy_slug, slugify
    assert slugify("Policía Municipal") == "policia-municipal" and legacy_slug("Policía Municipal") == "polic-a-municipal"
    assert slugify("Protección Civil / Bomberos") == "proteccion-civil-bomberos"
    assert slugify(slugify("Niñez y Señales")) == slugify("Niñez y Señales") == "ninez-y-senales"
    data = base_config_dict(tmp_path)
    police = next(d for d in data["departments"] if d["name"] == "Police")
    police["name"] = "Policía Municipal"
    police["aliases"] = [*police.get("aliases", []), "Police"]
    data["event_types"] = [*data.get("event_types", []), "Reunión Comunitaria"]
    config = config_from_dict(data, base_dir=tmp_path)
    tabs = {"Police": [H + ["Event Type"], ["Café con la Policía", "8/9/2025", "10am", "Policía", "Public",
                                            "Reunión Comunitaria"]]}
    make_workbook(tabs)
    run_sync(config, now=NOW)
    assert next(d.slug for d in config.departments if d.name == "Policía Municipal") == "policia-municipal"
    client = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "TESTING": True}).test_client()
    feed = client.get("/departments/policia-municipal.ics")
    assert feed.status_code == 200 and len(uids(feed.data)) == 1
    moved = client.get("/departments/polic-a-municipal.ics")
    assert moved.status_code == 301 and moved.headers["Location"].endswith("/departments/policia-municipal.ics")
    typed = client.get("/types/reunion-comunitaria.ics")
    assert typed.status_code == 200 and uids(typed.data) == uids(feed.data)
    old_type = client.get("/types/reuni-n-comunitaria.ics")
    assert old_type.status_code == 301 and old_type.headers["Location"].endswith("/types/reunion-comunitaria.ics")
    public = config.out_dir / "public"
    assert (public / "departments/polic-a-municipal.ics").read_bytes() == feed.data


def test_a_running_site_follows_a_rename_without_a_restart(tmp_path, config, make_workbook):
    """The site started before config.yaml renamed Police; the next sync renames it: the old
    URL must keep answering the same events (a real server is not restarted by a sync)."""
    make_workbook(TABS)
    run_sync(config, now=NOW)
    running = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "TESTING": True}).test_client()
    before = running.get("/departments/police.ics")
    assert before.status_code == 200 and len(uids(before.data)) == 1

    run_sync(renamed(tmp_path), now=NOW.replace(hour=13))       # the same site keeps running
    followed = running.get("/departments/police.ics", follow_redirects=True)
    assert followed.status_code == 200 and uids(followed.data) == uids(before.data)
    assert running.get("/departments/city-police.ics").status_code == 200
    assert running.get("/departments/nope.ics").status_code == 404
