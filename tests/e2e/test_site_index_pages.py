"""The pages answer from the date index with the same bytes as from events.json (issue 17):
one real sync (varied calendar, a weekly series, 400 busy-city events), then every page type
and filter fetched through the Flask test client with the index, and again from a fresh app
after the index file is gone (the pages then walk events.json, as before issue 17)."""
from __future__ import annotations

import json

from public_feed.siteindex import INDEX_FILE
from tests.sitedata import build_site, busy_site_tabs, fresh_config, make_app

URLS = ["/", "/?page=2", "/?page=9", "/?page=999", "/?department=fire", "/?department=fire&joint=1",
        "/?type=cpr-class", "/?q=cpr", "/?q=block+9", "/?audience=adults", "/?language=spanish",
        "/?from=2025-08-10", "/?from=2025-08-10&to=2025-08-20", "/?from=2025-09-01&to=2025-08-01",
        "/?from=2026-06-01", "/?lang=es", "/month/2025-08", "/month/2025-09?department=police",
        "/month/2025-12", "/events.json", "/events.json?limit=7", "/events.json?limit=3&from=2025-08-20",
        "/events.json?from=2025-08-05&to=2025-08-06", "/events.json?to=2025-07-01",
        "/events.json?q=cpr&limit=20", "/embed", "/embed?limit=20&department=police", "/map",
        "/?department=nowhere", "/events.json?type=nothing", "/events/nope@example.org",
        "/events/nope@example.org.ics"]


def test_every_page_has_the_same_bytes_with_and_without_the_index(tmp_path):
    tabs = busy_site_tabs(400)
    config = build_site(fresh_config(tmp_path), tabs)
    index_path = config.out_dir / INDEX_FILE
    assert index_path.is_file()
    events = json.loads((config.out_dir / "public/events.json").read_text())
    assert any(e["rrule"] for e in events) and len(events) > 400
    urls = [*URLS, *(f"/events/{e['uid']}" for e in events[::37]), *(f"/events/{e['uid']}.ics" for e in events[::91])]

    def fetch_all():
        client = make_app(config).test_client()
        out = {}
        for url in urls:
            response = client.get(url)
            out[url] = (response.status_code, response.headers.get("Content-Type"), response.get_data())
        return client, out

    client, indexed = fetch_all()
    assert client.application.extensions["store"].index() is not None
    index_path.unlink()
    client, walked = fetch_all()
    assert client.application.extensions["store"].index() is None
    assert [u for u in urls if indexed[u] != walked[u]] == []
    assert sum(1 for status, _, _ in indexed.values() if status == 200) > 30
    listing = json.loads(indexed["/events.json"][2])
    assert listing["total"] > 300 and listing["count"] == listing["total"]   # under the 5,000 cap
