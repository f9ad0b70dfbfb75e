"""Every page type answers from the two site indexes (public and staff) with the same bytes as
from the whole events.json (issue 17), on a synthetic 2,000-event city synced the real way:
a third of the events placed on the map (more than the map shows), one in eleven internal
(staff calendar only), a renamed event type whose old name is an alias and free-text types
past ``feed.max_unlisted_types`` (held by the Other feed). Each URL is fetched through the
Flask test client from a fresh app with both indexes, then from a fresh app after both
index files are gone (the pages then walk events.json, as before issue 17)."""
from __future__ import annotations

import json
import re

from public_feed.pages import MAP_MAX
from public_feed.siteindex import INDEX_FILE, STAFF_INDEX_FILE
from sheets_sync.config import config_from_dict
from tests.conftest import base_config_dict
from tests.sitedata import H, STAFF_TOKEN, big_tabs, build_site, make_app, row

EXTRA = ["Latitude", "Longitude"]
FREE_TYPES = ("Bike Rodeo", "Pet Safety Fair", "Kite Day")


def city(tmp_path):
    data = base_config_dict(tmp_path)
    data["event_types"] = ["Safety Class" if t == "Safety Education" else t for t in data["event_types"]]
    data["event_type_aliases"] = {"Safety Class": ["Safety Education"]}
    data["feed"] = {**data.get("feed", {}), "max_unlisted_types": 1}
    config = config_from_dict(data, base_dir=tmp_path)
    tabs = {}
    k = 0
    for tab, rows in big_tabs(2000).items():
        out = [H + EXTRA]
        for r in rows[1:]:
            k += 1
            r = list(r)
            if k % 11 == 0:
                r[H.index("Visibility")] = "Internal"
            if k % 13 == 0:
                r[H.index("Event Type")] = FREE_TYPES[k % 3]
            place = [35.99 + (k % 50) / 1000, -78.90 - (k % 37) / 1000] if k % 3 == 0 else [None, None]
            out.append(r + place)
        tabs[tab] = out
    tabs["Fire"].append(row(title="Hands-only CPR, every Tuesday", start_date="8/5/2025", start_time="6pm",
                            end_time="7pm", location="Station 1", event_type="CPR Class", visibility="Public",
                            repeats="weekly until 12/16/2025") + [35.994, -78.899])
    return build_site(config, tabs)


def test_every_page_type_has_the_same_bytes_with_and_without_the_indexes(tmp_path):
    config = city(tmp_path)
    out = config.out_dir
    public = json.loads((out / "public/events.json").read_text())
    staff = json.loads((out / "private/events.json").read_text())
    aliases = json.loads((out / "public/feeds.json").read_text())["type_aliases"]
    # the calendar is what this test is about: big, mapped beyond MAP_MAX, aliased types, internal events
    assert len(public) > 1700 and len(staff) > len(public) + 150
    assert sum(1 for e in public if e["latitude"] is not None) > 2 * MAP_MAX
    assert aliases.get("safety-education") == "safety-class" and "other" in aliases.values()
    internal = [e["uid"] for e in staff if e["visibility"] == "Internal"]
    s = f"/staff/{STAFF_TOKEN}"
    urls = ["/", "/?page=7", "/?page=40", "/?department=fire&joint=1", "/?type=safety-class",
            "/?type=safety-education", "/?type=other", "/?q=block+9", "/?q=rodeo", "/?from=2025-10-01&to=2025-10-09",
            "/month/2025-08", "/month/2025-10?type=other", "/month/2026-02?department=police",
            "/map", "/map?department=fire", "/map?type=safety-class", "/map?type=other", "/map?q=site+3",
            "/map?lang=es", "/events.json?limit=50", "/events.json?from=2025-09-01&limit=50&type=other",
            "/events.json?from=2025-09-03&to=2025-09-04", "/embed?department=police",
            f"{s}/", f"{s}/?page=12", f"{s}/?department=police&q=block", f"{s}/?type=other",
            f"{s}/?type=safety-class&from=2025-11-01", f"{s}/events/nope@example.org",
            *(f"/events/{e['uid']}" for e in public[::211]), *(f"{s}/events/{uid}" for uid in internal[::23])]

    def fetch_all():
        client = make_app(config).test_client()
        answers = {}
        for url in urls:
            response = client.get(url)
            answers[url] = (response.status_code, response.headers.get("Content-Type"), response.get_data())
        return client.application.extensions["store"], answers

    store, indexed = fetch_all()
    assert store.index() is not None and store.index(private=True) is not None
    assert store.index(private=True).total == len(staff)
    (out / INDEX_FILE).unlink()
    (out / STAFF_INDEX_FILE).unlink()
    store, walked = fetch_all()
    assert store.index() is None and store.index(private=True) is None
    assert [u for u in urls if indexed[u] != walked[u]] == []

    assert [u for u in urls if indexed[u][0] != 200] == [f"{s}/events/nope@example.org"]
    page = indexed["/map"][2].decode()
    located = [e for e in public if e["latitude"] is not None and e["end"] >= "2025-08-01"]
    assert len(re.findall(r'<circle class="pin"', page)) == MAP_MAX
    shown_beyond = int(re.search(r"(\d+) more upcoming events with a map location are not on this map", page)[1])
    assert shown_beyond == len(located) - MAP_MAX          # one series counts once: it has one event
    staff_page = indexed[f"{s}/events/{internal[0]}"][2].decode()
    assert next(e["title"] for e in staff if e["uid"] == internal[0]) in staff_page
