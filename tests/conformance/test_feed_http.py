"""Feeds over HTTP (R13–R16) and the links the site offers, through Flask's test client on
the tricky workbook's published files."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qs, quote, urlsplit

import icalendar
import pytest

from public_feed.app import create_app
from public_feed.feeds import google_event_link

ALL_TITLES = {"CPR Class", "Hands-Only CPR with Police", "Smoke Alarm Day", "Youth Fire Academy",
              "Open House at Station 1", "Overnight Ride-along", "Spring Forward Drill",
              "Public Safety Week", "Neighborhood Watch Meeting", "Cancelled Cookout",
              "Town Hall: Fire, Police; and You", "Farmers Market Safety Booth",
              "Seguridad en español 🚒", "Emergency Preparedness Briefing"}


@pytest.fixture(scope="module")
def client(published):
    config, _ = published
    return create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "TESTING": True}).test_client()


def titles(response) -> set[str]:
    assert response.status_code == 200, response.get_data(as_text=True)
    return {str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(response.data).walk("VEVENT")}


# Filters named by hand from the workbook in conftest.tricky_workbook.
EXPECTED = {
    "/calendar.ics": ALL_TITLES,
    "/departments/fire.ics": {"CPR Class", "Hands-Only CPR with Police", "Smoke Alarm Day",
                              "Youth Fire Academy", "Open House at Station 1", "Overnight Ride-along",
                              "Spring Forward Drill", "Public Safety Week", "Town Hall: Fire, Police; and You",
                              "Seguridad en español 🚒"},
    "/types/cpr-class.ics": {"CPR Class", "Hands-Only CPR with Police"},
    "/joint.ics": {"Hands-Only CPR with Police", "Smoke Alarm Day", "Youth Fire Academy",
                   "Public Safety Week", "Town Hall: Fire, Police; and You", "Seguridad en español 🚒"},
    "/calendar.ics?department=fire&type=cpr-class&joint=1": {"Hands-Only CPR with Police"},
    "/calendar.ics?department=fire&type=cpr-class": {"CPR Class", "Hands-Only CPR with Police"},
    "/calendar.ics?department=police&joint=1": {"Hands-Only CPR with Police", "Smoke Alarm Day",
                                                "Public Safety Week", "Town Hall: Fire, Police; and You"},
    "/calendar.ics?type=safety-education&joint=1": {"Seguridad en español 🚒"},
    "/calendar.ics?department=parks-and-recreation": {"Youth Fire Academy", "Public Safety Week"},
    "/calendar.ics?department=emergency-communications&type=cpr-class": set(),
    "/departments/fire.ics?type=open-house": {"Open House at Station 1"},
    "/calendar.ics?department=DFD&type=CPR+Class&joint=yes": {"Hands-Only CPR with Police"},
}


@pytest.mark.parametrize("url", sorted(EXPECTED))
def test_filtered_feeds_hold_exactly_the_named_events(client, url):
    assert titles(client.get(url)) == EXPECTED[url]


def test_every_manifest_feed_holds_exactly_its_filter(client, published):
    """Each of the published combinations, checked against events.json's own fields."""
    config, _ = published
    manifest = json.loads((config.out_dir / "public/feeds.json").read_text())
    events = json.loads((config.out_dir / "public/events.json").read_text())
    slug = {d.name: d.slug for d in config.departments}
    assert len(manifest["feeds"]) == 7 * (len(manifest["types"]) + 1) * 2
    for f in manifest["feeds"]:
        want = {e["title"] for e in events
                if (not f["department"] or f["department"] in {slug[d] for d in e["departments"]})
                and (not f["type"] or f["type"] == (e["event_type"] or "").lower().replace(" ", "-"))
                and (not f["joint"] or len(e["departments"]) >= 2)}
        got = titles(client.get(f["path"]))
        assert got == want, f["path"]
        assert f["events"] == len(want)
        cal = icalendar.Calendar.from_ical((config.out_dir / f["file"]).read_bytes())
        assert str(cal["X-WR-CALNAME"]) == f["name"] and str(cal["DESCRIPTION"]) == f["description"]


def test_combination_names_and_refresh_hints(client):
    cal = icalendar.Calendar.from_ical(client.get("/calendar.ics?department=fire&type=cpr-class&joint=1").data)
    assert str(cal["X-WR-CALNAME"]) == "Fire · CPR Class · Joint events — Durham Community Safety Events"
    assert str(cal["NAME"]) == str(cal["X-WR-CALNAME"])
    assert str(cal["X-WR-CALDESC"]) == ("All CPR Class events of Durham Community Safety Events with Fire, "
                                        "only those run jointly by two or more departments.")
    assert cal["REFRESH-INTERVAL"].dt.total_seconds() == 3600
    assert str(cal["SOURCE"]) == "http://127.0.0.1:5000/calendar.ics?department=fire&type=cpr-class&joint=1"


@pytest.mark.parametrize("url,message", [
    ("/calendar.ics?department=nope", "no department 'nope'; departments are: community-safety"),
    ("/departments/nope.ics", "no department 'nope'"),
    ("/types/bike-rodeo.ics", "no event type 'bike-rodeo'; types are: community-meeting, cpr-class, festival, "),
    ("/calendar.ics?joint=maybe", "joint='maybe' is not understood; use joint=1"),
    ("/calendar.ics?dept=fire", "unknown filter 'dept': feeds filter by department, type and joint"),
    ("/calendar.ics?department=fire&department=police", "give one department, not several"),
    ("/departments/fire.ics?department=police", "department is already given by the address"),
])
def test_unknown_filters_are_404_with_a_clear_message(client, url, message):
    response = client.get(url)
    assert response.status_code == 404
    assert response.content_type == "text/plain; charset=utf-8"
    assert message in response.get_data(as_text=True)


@pytest.mark.parametrize("accept", [None, "text/html", "application/json", "*/*"])
def test_feed_is_text_calendar_whatever_the_accept_header(client, accept):
    response = client.get("/calendar.ics", headers={"Accept": accept} if accept else {})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert response.data.startswith(b"BEGIN:VCALENDAR\r\n")


def test_caching_headers_etag_304_and_head(client, published):
    config, _ = published
    url = "/departments/police.ics"
    response = client.get(url)
    etag = response.headers["ETag"]
    path = config.out_dir / "public/departments/police.ics"
    st = path.stat()
    # nginx's validators for a static file: "<mtime hex>-<size hex>" and the mtime
    assert etag == f'"{int(st.st_mtime):x}-{st.st_size:x}"' and st.st_size == len(response.data)
    assert response.headers["Cache-Control"] == "public, max-age=300"
    assert parsedate_to_datetime(response.headers["Last-Modified"]).timestamp() == int(st.st_mtime)
    # a new file's mtime is the sync's (pinned) now, in whole seconds
    assert int(st.st_mtime) == datetime(2025, 8, 15, 12, tzinfo=timezone.utc).timestamp()
    assert response.data == path.read_bytes()
    for header in (etag, f"W/{etag}", f'"other", {etag}', "*"):
        cached = client.get(url, headers={"If-None-Match": header})
        assert cached.status_code == 304 and cached.data == b"", header
        assert cached.headers["ETag"] == etag
    assert client.get(url, headers={"If-None-Match": '"stale"'}).status_code == 200
    # If-Modified-Since: 304 at or after Last-Modified, unless an If-None-Match says otherwise
    assert client.get(url, headers={"If-Modified-Since": response.headers["Last-Modified"]}).status_code == 304
    assert client.get(url, headers={"If-Modified-Since": "Thu, 14 Aug 2025 12:00:00 GMT"}).status_code == 200
    assert client.get(url, headers={"If-Modified-Since": response.headers["Last-Modified"],
                                    "If-None-Match": '"stale"'}).status_code == 200
    head = client.head(url)
    assert head.status_code == 200 and head.data == b""
    assert head.headers["ETag"] == etag and int(head.headers["Content-Length"]) == len(response.data)
    assert client.get("/calendar.ics?department=police").headers["ETag"] == etag   # same bytes


def test_empty_feed_is_a_valid_calendar(client):
    response = client.get("/calendar.ics?department=emergency-communications&type=cpr-class")
    assert response.status_code == 200 and "Last-Modified" in response.headers   # as nginx sends it
    assert b"BEGIN:VEVENT" not in response.data and response.data.endswith(b"END:VCALENDAR\r\n")


def test_single_event_download(client, published):
    config, _ = published
    events = {e["title"]: e for e in json.loads((config.out_dir / "public/events.json").read_text())}
    spanish = events["Seguridad en español 🚒"]
    response = client.get(f"/events/{quote(spanish['uid'], safe='@')}.ics")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    cal = icalendar.Calendar.from_ical(response.data)
    (event,) = cal.walk("VEVENT")
    assert str(event["UID"]) == spanish["uid"] and event["RRULE"]["FREQ"] == ["WEEKLY"]
    assert len(event["EXDATE"].dts) == 2 and not cal.get_missing_tzids()
    assert str(cal["X-WR-CALNAME"]) == "Seguridad en español 🚒"
    assert client.get(f"/events/{spanish['uid']}.ics", headers={"If-None-Match": response.headers["ETag"]}
                      ).status_code == 304
    assert client.get("/events/not-an-event@x.ics").status_code == 404
    assert client.get(f"/events/{quote(spanish['uid'], safe='@')}").status_code == 200   # the page still works


def test_google_add_event_links(published, client):
    config, _ = published
    store = client.application.extensions["store"]
    events = {e["title"]: e for e in store.events()}
    timed = urlsplit(google_event_link(events["Town Hall: Fire, Police; and You"], config.tz, "https://x/e"))
    assert (timed.scheme, timed.netloc, timed.path) == ("https", "calendar.google.com", "/calendar/render")
    q = {k: v[0] for k, v in parse_qs(timed.query).items()}
    assert q["action"] == "TEMPLATE" and q["text"] == "Town Hall: Fire, Police; and You"
    assert q["dates"] == "20250925T223000Z/20250926T000000Z"
    assert q["ctz"] == "America/New_York"
    assert q["location"] == "City Hall, Room 2A; 101 City Hall Plaza"
    assert q["details"].startswith("Line one\nLine two, with commas;") and q["details"].endswith("https://x/e")
    all_day = {k: v[0] for k, v in parse_qs(urlsplit(google_event_link(
        events["Public Safety Week"], config.tz)).query).items()}
    assert all_day["dates"] == "20251006/20251011"
    recurring = {k: v[0] for k, v in parse_qs(urlsplit(google_event_link(
        events["Neighborhood Watch Meeting"], config.tz)).query).items()}
    assert recurring["recur"] == "RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=12"   # as staff-typed words gave it
    long = {k: v[0] for k, v in parse_qs(urlsplit(google_event_link(
        events["Emergency Preparedness Briefing"], config.tz)).query).items()}
    assert len(long["details"]) == 1000 and long["details"].endswith("…")


def test_event_page_offers_download_and_google_links(client, published):
    events = {e["title"]: e for e in client.application.extensions["store"].events()}
    uid = events["CPR Class"]["uid"]
    page = client.get(f"/events/{uid}").get_data(as_text=True)
    assert f'href="http://127.0.0.1:5000/events/{uid}.ics"' in page
    assert "https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=CPR%20Class" in page


def test_site_offers_https_webcal_and_google_links_for_every_feed(client, published):
    config, _ = published
    page = client.get("/").get_data(as_text=True)
    manifest = json.loads((config.out_dir / "public/feeds.json").read_text())["feeds"]
    standard = [f for f in manifest if sum((bool(f["department"]), bool(f["type"]), f["joint"])) <= 1]
    assert len(standard) == 1 + 6 + len(json.loads((config.out_dir / "public/feeds.json").read_text())["types"]) + 1
    for f in standard:
        https = f"http://127.0.0.1:5000{f['path']}"
        webcal = "webcal://127.0.0.1:5000" + f["path"]
        google = "https://calendar.google.com/calendar/render?cid=" + quote(webcal, safe="")
        for link in (https, webcal, google):
            assert f'href="{link}"' in page, link
    assert "only every 8–24 hours" in page
    filtered = client.get("/?department=fire&type=cpr-class").get_data(as_text=True)
    assert "<strong>Fire · CPR Class</strong>" in filtered
    assert 'href="webcal://127.0.0.1:5000/calendar.ics?department=fire&amp;type=cpr-class"' in filtered
