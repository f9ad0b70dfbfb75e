"""Issue 15: optional Image URL + Image Alt Text and Latitude/Longitude columns."""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone

import openpyxl

from sheets_sync.pipeline import run_sync
from tests.sitedata import make_app

NOW = datetime(2025, 10, 1, 12, tzinfo=timezone.utc)
H = ["Title", "Start Date", "Start Time", "Location", "Visibility", "Image URL", "Image Alt Text",
     "Latitude", "Longitude"]
PIC = "https://images.example.org/nno.jpg"


def test_image_and_point_published_alt_text_required(config, make_workbook):
    make_workbook({"Police": [H,
        ["Night Out", "10/7/2025", "5pm", "Trinity Park", "Public", PIC, "Neighbors at a cookout", "35.9940", "-78.8986"],
        ["No Alt", "10/8/2025", "5pm", "Walltown Park", "Public", PIC, "", "", ""],
        ["Bad Coordinates", "10/9/2025", "5pm", "Station 1", "Public", "ftp://x/y.png", "", "95", "-78.9"],
        ["One Coordinate", "10/10/2025", "5pm", "Station 2", "Public", "", "", "35.99", ""]]})
    summary = run_sync(config, now=NOW)
    events = {e["title"]: e for e in json.loads((config.out_dir / "public/events.json").read_text())}
    assert set(events) == {"Night Out", "Bad Coordinates", "One Coordinate"}     # no alt text: rejected
    assert summary["rows_rejected"] == 1
    night = events["Night Out"]
    assert (night["image_url"], night["image_alt"]) == (PIC, "Neighbors at a cookout")
    assert (night["latitude"], night["longitude"]) == (35.994, -78.8986)
    assert events["Bad Coordinates"]["image_url"] is None and events["Bad Coordinates"]["latitude"] is None
    assert events["One Coordinate"]["latitude"] is None

    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    rows = {(r[1], r[2], r[3]): r for r in wb["Validation"].iter_rows(min_row=2, values_only=True)}
    assert rows[("Police", 3, "Image Alt Text")][0] == "error"
    assert rows[("Police", 4, "Image URL")][0] == "warning"
    assert rows[("Police", 4, "Latitude")][0] == "warning" and rows[("Police", 4, "Latitude")][4] == "95"
    assert rows[("Police", 5, "Longitude")][0] == "warning"

    client = make_app(config, SAFETY_EVENTS_TODAY="2025-10-01").test_client()
    r = client.get(f"/events/{night['uid']}")
    body = r.get_data(as_text=True)
    assert f'<img class="event-image" src="{PIC}" alt="Neighbors at a cookout"' in body
    assert "img-src 'self' data: https://images.example.org;" in r.headers["Content-Security-Policy"]
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S).group(1))
    assert data["image"] == [PIC]
    other = client.get(f"/events/{events['One Coordinate']['uid']}")
    assert "images.example.org" not in other.headers["Content-Security-Policy"]
    assert "<img" not in other.get_data(as_text=True)


def test_map_page_tiles_only_from_the_configured_server(config_dict, make_workbook, tmp_path):
    from sheets_sync.config import config_from_dict
    make_workbook({"Police": [H,
        ["Night Out", "10/7/2025", "5pm", "Trinity Park", "Public", "", "", "35.9940", "-78.8986"],
        ["Walk", "10/8/2025", "5pm", "Walltown Park", "Public", "", "", "36.0100", "-78.9300"],
        ["Town Hall", "10/9/2025", "5pm", "City Hall", "Public", "", "", "", ""]]})
    plain = config_from_dict(config_dict, base_dir=tmp_path)
    run_sync(plain, now=NOW)
    client = make_app(plain, SAFETY_EVENTS_TODAY="2025-10-01").test_client()
    r = client.get("/map")
    body = r.get_data(as_text=True)
    assert r.status_code == 200
    svg = body[body.index("<svg"):body.index("</svg>")]
    assert "<image" not in svg and "https://" not in svg and "http://" not in svg   # nothing external
    assert svg.count('class="pin"') == 2
    assert re.findall(r'<ol class="map-list">.*?</ol>', body, re.S)[0].count("<li>") == 2
    assert "1 more upcoming event has no map location" in body
    assert r.headers["Content-Security-Policy"].count("img-src 'self' data:;") == 1
    assert client.get("/map?department=nope").status_code == 404

    tiled = config_from_dict({**config_dict, "site": {**config_dict["site"],
                              "map_tiles": "https://tiles.example.org/{z}/{x}/{y}.png",
                              "map_attribution": "© Example Tiles"}}, base_dir=tmp_path)
    r = make_app(tiled, SAFETY_EVENTS_TODAY="2025-10-01").test_client().get("/map?lang=es")
    body = r.get_data(as_text=True)
    assert re.search(r'<image href="https://tiles\.example\.org/\d+/\d+/\d+\.png"', body)
    assert "img-src 'self' data: https://tiles.example.org;" in r.headers["Content-Security-Policy"]
    assert "© Example Tiles" in body and "Mapa de los próximos eventos" in body
