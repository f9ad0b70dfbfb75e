"""The residents' pages through Flask's test client, on calendars built by the real sync."""
from __future__ import annotations

import html
import json
import re
from urllib.parse import parse_qs, unquote, urlsplit

import icalendar
import pytest

from public_feed.publish import PUBLIC_FIELDS
from tests.sitedata import (INTERNAL_CONTACT, INTERNAL_NOTE, INTERNAL_TITLE, PUBLIC_CONTACT,
                            PUBLIC_NOTE, STAFF_TOKEN, make_app)


@pytest.fixture(scope="module")
def client(site_config):
    return make_app(site_config).test_client()


def events_of(config, private=False):
    return json.loads((config.out_dir / ("private" if private else "public") / "events.json").read_text())


def uid_of(config, title):
    return next(e["uid"] for e in events_of(config) if e["title"] == title)


def text(response) -> str:
    """The page with entities decoded and CLDR's thin/narrow no-break spaces as plain spaces."""
    body = html.unescape(response.get_data(as_text=True))
    return body.replace("\u2009", " ").replace("\u202f", " ").replace("\xa0", " ")


def titles_listed(body: str) -> list[str]:
    return [html.unescape(t) for t in re.findall(r'<a class="title" href="[^"]+">([^<]+)</a>', body)]


def test_upcoming_list_grouped_by_day(client):
    r = client.get("/")
    body = r.get_data(as_text=True)
    assert r.status_code == 200
    assert titles_listed(body) == ["National Night Out Block Party", "Coffee with a Cop", "Cancelled Cookout",
                                   "Hands-only CPR Class", "Smoke Alarm Blitz", "Junior Fire Marshal Camp",
                                   "Public Safety Day"]
    days = re.findall(r'<h3 class="day">([^<]+)</h3>', body)
    assert days[:3] == ["Tuesday, August 5, 2025", "Thursday, August 7, 2025", "Saturday, August 9, 2025"]
    assert "7 events" in body and "Spring Safety Walk" not in body       # past event not upcoming
    assert re.search(r"Cancelled Cookout</a>\s*<strong class=\"badge badge-cancelled\">Cancelled</strong>", body)
    assert re.search(r"Smoke Alarm Blitz</a>\s*<strong class=\"badge badge-postponed\">Postponed</strong>", body)
    # start–end times (issue 15): National Night Out runs 6–8 PM
    assert re.search(r'<span class="time">6:00\s?–\s?8:00\s?PM</span>', text(r))


def test_filters_are_in_the_url_and_the_subscribe_links(client):
    r = client.get("/?department=fire&joint=1")
    body = r.get_data(as_text=True)
    assert titles_listed(body) == ["National Night Out Block Party", "Smoke Alarm Blitz",
                                   "Junior Fire Marshal Camp", "Public Safety Day"]
    assert '<option value="fire" selected>Fire</option>' in body
    assert 'id="f-joint" type="checkbox" name="joint" value="1" checked' in body
    hrefs = [html.unescape(h) for h in re.findall(r'href="([^"]+)"', body)]
    assert "webcal://127.0.0.1:5000/calendar.ics?department=fire&joint=1" in hrefs
    assert "http://127.0.0.1:5000/calendar.ics?department=fire&joint=1" in hrefs
    google = next(h for h in hrefs if h.startswith("https://calendar.google.com/calendar/render?cid="))
    assert unquote(google.split("cid=", 1)[1]) == "webcal://127.0.0.1:5000/calendar.ics?department=fire&joint=1"
    assert "/events.json?department=fire&joint=1" in hrefs
    # a department alone subscribes to that department's published feed
    only = [html.unescape(h) for h in re.findall(r'href="([^"]+)"', client.get("/?department=fire").get_data(as_text=True))]
    assert "http://127.0.0.1:5000/departments/fire.ics" in only


def test_audience_language_type_and_search_filters(client):
    assert titles_listed(client.get("/?language=spanish").get_data(as_text=True)) == [
        "National Night Out Block Party", "Hands-only CPR Class", "Public Safety Day"]
    assert titles_listed(client.get("/?audience=teens").get_data(as_text=True)) == ["Hands-only CPR Class"]
    assert titles_listed(client.get("/?type=festival").get_data(as_text=True)) == [
        "Cancelled Cookout", "Public Safety Day"]
    # search reaches the Spanish title, ignores accents and case
    assert titles_listed(client.get("/?q=RCP+solo").get_data(as_text=True)) == ["Hands-only CPR Class"]
    assert titles_listed(client.get("/?q=musica").get_data(as_text=True)) == ["National Night Out Block Party"]
    empty = client.get("/?q=underwater+basket")
    assert empty.status_code == 200 and titles_listed(empty.get_data(as_text=True)) == []
    assert "No upcoming events match these filters." in text(empty)
    assert 'value="underwater basket"' in empty.get_data(as_text=True)


def test_paging_keeps_filters(site_config):
    client = make_app(site_config, PAGE_SIZE=3).test_client()
    first = client.get("/?language=english")
    body = first.get_data(as_text=True)
    assert titles_listed(body) == ["National Night Out Block Party", "Coffee with a Cop", "Public Safety Day"]
    assert "Page 1 of 1" not in body
    all_pages = client.get("/").get_data(as_text=True)
    assert "Page 1 of 3" in all_pages
    assert 'href="/?page=2" rel="next"' in all_pages
    page3 = client.get("/?page=3").get_data(as_text=True)
    assert titles_listed(page3) == ["Public Safety Day"] and 'href="/?page=2" rel="prev"' in page3
    filtered = client.get("/?joint=1&page=1").get_data(as_text=True)
    assert 'href="/?joint=1&amp;page=2"' in filtered


def test_month_grid(client):
    body = client.get("/month/2025-08").get_data(as_text=True)
    assert "<h1>August 2025</h1>" in body
    assert "6 events in August 2025" in body
    cells = re.findall(r'<span class="full">([^<]+)</span></a></p>\s*<ul>(.*?)</ul>', body, re.S)
    by_day = {day: titles for day, titles in ((d, re.findall(r"</span> ([^<]+)</a>", ul)) for d, ul in cells)}
    assert by_day["Saturday, August 16, 2025"] == ["Smoke Alarm Blitz"]
    assert by_day["Sunday, August 17, 2025"] == ["Smoke Alarm Blitz"]
    assert by_day["Tuesday, August 5, 2025"] == ["National Night Out Block Party"]
    assert len(by_day) == 7
    assert body.index('<span class="visually-hidden">Sunday</span>') < body.index('<span class="visually-hidden">Monday</span>')
    assert 'href="/month/2025-07"' in body and 'href="/month/2025-09"' in body
    assert client.get("/month/").get_data(as_text=True).count("<h1>August 2025</h1>") == 1   # TODAY's month
    assert client.get("/month/2025-13").status_code == 404
    assert client.get("/month/2025-8").status_code == 404
    fire = client.get("/month/2025-09?department=fire").get_data(as_text=True)
    assert "1 event in September 2025" in fire and 'href="/month/2025-10?department=fire"' in fire


def test_spanish_month_starts_on_sunday_with_spanish_names(client):
    body = client.get("/month/2025-08?lang=es").get_data(as_text=True)
    assert '<html lang="es">' in body and "<h1>agosto de 2025</h1>" in body
    assert "6 eventos en agosto de 2025" in body
    assert '<span class="visually-hidden">domingo</span>' in body


def _jsonld(body: str) -> dict:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_event_page(client, site_config):
    uid = uid_of(site_config, "National Night Out Block Party")
    r = client.get(f"/events/{uid}")
    body, plain = r.get_data(as_text=True), text(r)
    assert r.status_code == 200
    assert "<h1>National Night Out Block Party</h1>" in body
    assert re.search(r"Tuesday, August 5, 2025, 6:00\s?–\s?8:00\s?PM", plain)
    assert "Walltown Park" in plain and "1308 W Club Blvd, Durham, NC" in plain
    assert "https://www.openstreetmap.org/search?query=Walltown+Park%2C+1308+W+Club+Blvd%2C+Durham%2C+NC" in body
    assert "Police, Fire" in plain and "Joint event" in plain
    assert "National Night Out" in plain and "All ages" in plain and "English, Spanish" in plain
    assert "Wheelchair accessible; ASL on request" in plain
    assert '<a href="https://example.org/nno">Register for this event</a>' in body
    assert f'href="http://127.0.0.1:5000/events/{uid}.ics"' in body
    google = html.unescape(re.search(r'href="(https://calendar.google.com/calendar/render\?action=TEMPLATE[^"]+)"', body).group(1))
    assert parse_qs(urlsplit(google).query)["dates"] == ["20250805T220000Z/20250806T000000Z"]
    assert PUBLIC_CONTACT not in plain and PUBLIC_NOTE not in plain
    data = _jsonld(body)
    assert data["name"] == "National Night Out Block Party"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["startDate"] == "2025-08-05T18:00:00-04:00"
    assert [o["name"] for o in data["organizer"]] == ["Police", "Fire"]
    assert data["location"]["address"] == "1308 W Club Blvd, Durham, NC"


def test_event_page_in_spanish_uses_spanish_columns(client, site_config):
    uid = uid_of(site_config, "National Night Out Block Party")
    r = client.get(f"/events/{uid}?lang=es")
    body, plain = r.get_data(as_text=True), text(r)
    assert '<html lang="es">' in body
    assert "<h1>Fiesta de la Noche Nacional Contra el Crimen</h1>" in body
    assert "Comida, música y un camión de bomberos." in plain and "Food, music" not in plain
    assert re.search(r"martes, 5 de agosto de 2025, 6:00\s?–\s?8:00\s?p\.\s?m\.", plain)
    assert "Policía, Bomberos" in plain and "Inglés, Español" in plain
    assert "Agregar al calendario" in plain
    data = _jsonld(body)
    assert data["name"] == "Fiesta de la Noche Nacional Contra el Crimen" and data["inLanguage"] == "es"
    # no Spanish title in the sheet: the English one is used
    coffee = text(client.get(f"/events/{uid_of(site_config, 'Coffee with a Cop')}?lang=es"))
    assert "Coffee with a Cop" in coffee and "jueves, 7 de agosto de 2025" in coffee


@pytest.mark.parametrize("title,banner,status", [
    ("Cancelled Cookout", "CANCELLED", "https://schema.org/EventCancelled"),
    ("Smoke Alarm Blitz", "POSTPONED", "https://schema.org/EventPostponed")])
def test_cancelled_and_postponed_banners(client, site_config, title, banner, status):
    body = client.get(f"/events/{uid_of(site_config, title)}").get_data(as_text=True)
    assert f'<p class="banner banner-{banner.lower()}"><strong>{banner}</strong>' in body
    assert f"<title>{banner}: {title}" in body
    assert _jsonld(body)["eventStatus"] == status
    es = client.get(f"/events/{uid_of(site_config, title)}?lang=es").get_data(as_text=True)
    assert {"CANCELLED": "CANCELADO", "POSTPONED": "APLAZADO"}[banner] in es


def test_all_day_multi_day_when(client, site_config):
    plain = text(client.get(f"/events/{uid_of(site_config, 'Smoke Alarm Blitz')}"))
    assert "Sat, Aug 16 – Sun, Aug 17, 2025 (all day)" in plain


def test_single_event_download(client, site_config):
    uid = uid_of(site_config, "Hands-only CPR Class")
    r = client.get(f"/events/{uid}.ics")
    assert r.status_code == 200 and r.mimetype == "text/calendar"
    cal = icalendar.Calendar.from_ical(r.data)
    assert [str(c["UID"]) for c in cal.walk("VEVENT")] == [uid]
    assert client.get("/events/nope@x.ics").status_code == 404


def test_unknown_event_is_a_404_page(client):
    r = client.get("/events/nope@example")
    assert r.status_code == 404 and "Page not found" in text(r)
    es = client.get("/events/nope@example", headers={"Accept-Language": "es-MX,es;q=0.9"})
    assert es.status_code == 404 and "Página no encontrada" in text(es)


def test_language_switch_is_remembered_and_only_redirects_on_site(site_config):
    client = make_app(site_config).test_client()
    r = client.get("/lang/es?next=/month/2025-08?department=fire")
    assert r.status_code == 303 and r.headers["Location"] == "/month/2025-08?department=fire"
    cookie = r.headers["Set-Cookie"]
    assert cookie.startswith("lang=es;") and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Max-Age=31536000" in cookie
    assert "Próximos eventos" in text(client.get("/"))            # remembered
    assert "Upcoming events" in text(client.get("/?lang=en"))     # ?lang= wins for one page
    client.get("/lang/en")
    assert "Upcoming events" in text(client.get("/"))
    for evil in ("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"):
        assert client.get("/lang/es", query_string={"next": evil}).headers["Location"] == "/"
    assert client.get("/lang/fr").status_code == 404
    fresh = make_app(site_config).test_client()
    assert "Próximos eventos" in text(fresh.get("/", headers={"Accept-Language": "es-US,es;q=0.9,en;q=0.5"}))


def test_events_json(client, site_config):
    r = client.get("/events.json")
    data = r.get_json()
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert data["timezone"] == "America/New_York" and data["from"] == "2025-08-01"
    assert [e["title"] for e in data["events"]] == [
        "National Night Out Block Party", "Coffee with a Cop", "Cancelled Cookout", "Hands-only CPR Class",
        "Smoke Alarm Blitz", "Junior Fire Marshal Camp", "Public Safety Day"]
    assert data["count"] == data["total"] == 7
    first = data["events"][0]
    assert set(first) == set(PUBLIC_FIELDS) | {"url", "ics_url", "occurrence"}
    assert first["start"] == "2025-08-05T22:00:00Z" and first["title_es"].startswith("Fiesta")
    assert first["url"] == f"http://127.0.0.1:5000/events/{first['uid']}"
    filtered = client.get("/events.json?department=fire&joint=1&to=2025-08-31&limit=2").get_json()
    assert filtered["filters"] == {"department": "fire", "joint": "1"}
    assert [e["title"] for e in filtered["events"]] == ["National Night Out Block Party", "Smoke Alarm Blitz"]
    assert filtered["total"] == 3 and filtered["count"] == 2
    past = client.get("/events.json?from=2025-01-01&to=2025-04-30").get_json()
    assert [e["title"] for e in past["events"]] == ["Spring Safety Walk"]
    assert client.get("/events.json?q=cookout").get_json()["events"][0]["cancelled"] is True


def test_embed_widget_can_be_framed_and_other_pages_cannot(client):
    r = client.get("/embed?department=fire&limit=2&lang=es")
    body = r.get_data(as_text=True)
    assert "frame-ancestors *" in r.headers["Content-Security-Policy"]
    assert len(re.findall(r'target="_blank" rel="noopener">', body)) == 3          # 2 events + "all events"
    assert "Fiesta de la Noche Nacional Contra el Crimen" in body and '<html lang="es">' in body
    assert 'href="/?department=fire"' in body
    for path in ("/", "/month/2025-08", "/events.json"):
        assert "frame-ancestors 'self'" in client.get(path).headers["Content-Security-Policy"]


def test_security_headers(client):
    for path in ("/", "/month/2025-08", "/embed", "/nope"):
        h = client.get(path).headers
        csp = h["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "object-src 'none'" in csp and "base-uri 'none'" in csp
        assert h["X-Content-Type-Options"] == "nosniff"
        assert h["Referrer-Policy"] == "strict-origin-when-cross-origin"
    body = client.get("/").get_data(as_text=True)
    assert "<script" not in body and " style=" not in body and "onclick" not in body


def test_empty_calendar(empty_config, tmp_path):
    client = make_app(empty_config).test_client()
    body = text(client.get("/"))
    assert "No events have been published yet." in body and "0 events" in body
    assert "0 events in August 2025" in text(client.get("/month/"))
    assert client.get("/events.json").get_json()["events"] == []
    assert "No upcoming events." in text(client.get("/embed"))
    # before any sync has published at all
    from tests.sitedata import fresh_config
    never = make_app(fresh_config(tmp_path)).test_client()
    assert never.get("/").status_code == 200 and "No events have been published yet." in text(never.get("/"))
    assert never.get("/month/2025-08").status_code == 200


def test_two_thousand_events(big_config):
    client = make_app(big_config).test_client()
    body = client.get("/").get_data(as_text=True)
    assert "2000 events" in body and "Page 1 of 40" in body
    assert len(titles_listed(body)) == 50
    last = client.get("/?page=40").get_data(as_text=True)
    assert len(titles_listed(last)) == 50 and "Page 40 of 40" in last
    month = client.get("/month/2025-08").get_data(as_text=True)
    assert "248 events in August 2025" in month          # Aug 1–31: 31 days × 8
    assert month.count('class="more"') == 31
    data = client.get("/events.json").get_json()
    assert data["total"] == 2000 and len({e["uid"] for e in data["events"]}) == 2000


# -- staff calendar ------------------------------------------------------------------------

def test_staff_routes_need_the_token(site_config):
    assert make_app(site_config, STAFF_TOKEN="").test_client().get("/staff/anything/").status_code == 404
    weak = make_app(site_config, STAFF_TOKEN="short")
    assert weak.test_client().get("/staff/short/").status_code == 404
    client = make_app(site_config).test_client()
    assert client.get("/staff/wrong-token-0123456789abcdef/").status_code == 404
    assert client.get(f"/staff/{STAFF_TOKEN}x/").status_code == 404
    r = client.get(f"/staff/{STAFF_TOKEN}/")
    body = text(r)
    assert r.status_code == 200 and INTERNAL_TITLE in body and "Internal" in body
    assert r.headers["Referrer-Policy"] == "no-referrer" and "no-store" in r.headers["Cache-Control"]
    assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
    assert INTERNAL_CONTACT not in body and INTERNAL_NOTE not in body       # never published at all
    internal_uid = next(e["uid"] for e in events_of(site_config, private=True) if e["title"] == INTERNAL_TITLE)
    assert f'href="/staff/{STAFF_TOKEN}/events/{internal_uid}"' in r.get_data(as_text=True)
    page = client.get(f"/staff/{STAFF_TOKEN}/events/{internal_uid}")
    assert page.status_code == 200 and INTERNAL_TITLE in text(page)
    feed = client.get(f"/staff/{STAFF_TOKEN}/calendar.ics")
    summaries = {str(c["SUMMARY"]) for c in icalendar.Calendar.from_ical(feed.data).walk("VEVENT")}
    assert INTERNAL_TITLE in summaries and "Coffee with a Cop" in summaries
    assert feed.headers["Cache-Control"] == "private, no-store"
    assert client.get(f"/events/{internal_uid}").status_code == 404


def test_staff_token_never_reaches_the_request_log(site_config, caplog):
    """A real werkzeug server (the same request handler ``safety-events serve`` uses)."""
    import logging
    import urllib.request
    from tests.sitedata import serve
    app = make_app(site_config)
    caplog.set_level(logging.INFO)
    with serve(app) as base:
        for path in (f"/staff/{STAFF_TOKEN}/", f"/staff/{STAFF_TOKEN}/calendar.ics",
                     f"/staff/{STAFF_TOKEN}/?department=fire", f"/staff/{STAFF_TOKEN}/events/x",
                     f"/lang/es?next=/staff/{STAFF_TOKEN}/", f"/lang/es?next=%2Fstaff%2F{STAFF_TOKEN}%2F"):
            try:
                urllib.request.urlopen(base + path).read()
            except urllib.error.HTTPError as exc:      # the unknown staff event is a 404
                assert exc.code == 404
    messages = [r.getMessage() for r in caplog.records if r.name == "werkzeug"]
    assert len([m for m in messages if "GET " in m]) >= 6
    assert not [m for m in messages if STAFF_TOKEN in m]
    assert sum("/staff/[redacted]" in m for m in messages) >= 4
    assert any("next=/staff/[redacted]/" in m for m in messages)


def test_redaction_filter_on_any_record():
    import logging
    from public_feed.staff import TokenRedactingFilter, redact
    assert redact("GET /lang/es?next=%2Fstaff%2Fs3cret-token%2F%3Fq%3D1") == \
        "GET /lang/es?next=%2Fstaff%2F[redacted]%2F%3Fq%3D1"
    record = logging.LogRecord("public_feed.app", logging.ERROR, __file__, 1,
                               "Exception on %s [%s]", (f"/staff/{STAFF_TOKEN}/events/x", "GET"), None)
    assert TokenRedactingFilter().filter(record) is True
    assert record.getMessage() == "Exception on /staff/[redacted]/events/x [GET]"


def test_form_submissions_redirect_to_the_short_url(client):
    r = client.get("/?q=&department=fire&type=&audience=&language=&joint=1")
    assert r.status_code == 302 and r.headers["Location"] == "/?department=fire&joint=1"
    r = client.get("/month/2025-08?q=&department=")
    assert r.status_code == 302 and r.headers["Location"] == "/month/2025-08"
    assert client.get("/?department=fire").status_code == 200
