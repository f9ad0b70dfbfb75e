"""Issue 15: HTML typed or pasted in sheet text is published as the same plain text in the
feed, events.json and JSON-LD (line breaks and link addresses kept) and shown escaped on the
page; mojibake is repaired and reported in Validation."""
from __future__ import annotations

import html
import json
import re
from datetime import datetime, timezone

import icalendar
import openpyxl

from sheets_sync.pipeline import run_sync
from tests.sitedata import make_app

NOW = datetime(2025, 10, 1, 12, tzinfo=timezone.utc)
H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility", "Description"]
HTML_DESC = '<b>Free</b> hands-only CPR<br>Bring water<br><a href="https://example.org/cpr">Sign up</a>'
PLAIN_DESC = "Free hands-only CPR\nBring water\nSign up (https://example.org/cpr)"
GARBLED = "CPR Ã¢â‚¬â€œ CafÃ© Night"


def test_html_and_mojibake_published_as_meant(config, make_workbook):
    make_workbook({"Fire": [H, [GARBLED, "10/9/2025", "6pm", "8pm", "Station 1", "Public", HTML_DESC]]})
    run_sync(config, now=NOW)
    [event] = json.loads((config.out_dir / "public" / "events.json").read_text())
    assert event["title"] == "CPR – Café Night"
    assert event["description"] == PLAIN_DESC

    cal = icalendar.Calendar.from_ical((config.out_dir / "public" / "calendar.ics").read_bytes())
    [vevent] = cal.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "CPR – Café Night"
    assert str(vevent["DESCRIPTION"]).startswith(PLAIN_DESC + "\n\n")
    assert "<" not in str(vevent["DESCRIPTION"])

    client = make_app(config, SAFETY_EVENTS_TODAY="2025-10-01").test_client()
    body = client.get(f"/events/{event['uid']}").get_data(as_text=True)
    assert "<b>" not in body and "&lt;b&gt;" not in body        # converted, so nothing to escape
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S).group(1))
    assert data["description"] == PLAIN_DESC and data["name"] == "CPR – Café Night"
    assert "Sign up (https://example.org/cpr)" in html.unescape(body)

    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    rows = [r for r in wb["Validation"].iter_rows(min_row=2, values_only=True)]
    repaired = [r for r in rows if r[1:4] == ("Fire", 2, "Title")]
    assert len(repaired) == 1 and repaired[0][0] == "warning"
    assert repaired[0][4] == GARBLED                      # the value as typed
    assert "repaired" in repaired[0][5] and "CPR – Café Night" in repaired[0][5]
    assert not [r for r in rows if r[3] == "Description"]  # HTML is converted without a warning


def test_text_that_only_looks_odd_stays_escaped_on_the_page(config, make_workbook):
    desc = "Ages 5 < 12 > toddlers & <your> family"
    make_workbook({"Fire": [H, ["Kids <Safety> Day", "10/9/2025", "6pm", "8pm", "Station 1", "Public", desc]]})
    run_sync(config, now=NOW)
    [event] = json.loads((config.out_dir / "public" / "events.json").read_text())
    assert event["description"] == desc and event["title"] == "Kids <Safety> Day"
    client = make_app(config, SAFETY_EVENTS_TODAY="2025-10-01").test_client()
    body = client.get(f"/events/{event['uid']}").get_data(as_text=True)
    assert "&lt;your&gt;" in body and "<your>" not in body.split("application/ld+json")[0]


def test_data_quality_tab_reports_feed_sizes(config, make_workbook):
    make_workbook({"Fire": [H, ["CPR", "10/9/2025", "6pm", "8pm", "Station 1", "Public", ""]]})
    run_sync(config, now=NOW)
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    rows = {r[0]: r[1] for r in wb["Data Quality"].iter_rows(values_only=True) if r and r[0]}
    assert rows["Feeds that left out their oldest past events to stay under 1,000 KB"] == "none"
    assert rows["Feeds still over 1,000 KB (upcoming events alone; Google stops refreshing them)"] == "none"
