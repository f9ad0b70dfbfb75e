"""Month pages and searches are paged (issue 17: a request costs what it shows).

A synthetic calendar is published as a release (``events.json`` and its date index, as the
sync publishes them) and the pages are read through Flask's test client, following their own
previous/next links. Every expectation is computed here from the published ``events.json``
with a few lines of plain Python (which events touch a day, in what order), not with the
site's query functions; each check runs with the date index and again with it removed (the
pages then walk ``events.json``).
"""
from __future__ import annotations

import json
import random
import re
from datetime import date, datetime, timedelta
from html import unescape
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest

from public_feed import release
from public_feed.pages import COUNT_PAGES
from public_feed.siteindex import INDEX_FILE, STAFF_INDEX_FILE, build_index
from tests.sitedata import TODAY, fresh_config, make_app

TZ = ZoneInfo("America/New_York")       # tests/conftest.py's city
KINDS = ("CPR Class", "Town Hall", "Open House")
DEPARTMENTS = ("Police", "Fire")


def calendar(n: int = 260, seed: int = 5) -> list[dict]:
    """``n`` public events in the published shape, most in September 2025 (ties in start and
    title on purpose, all-day ones of 1–3 days, a few before TODAY and in October)."""
    rnd = random.Random(seed)
    out = []
    for k in range(n):
        day = date(2025, 9, 1) + timedelta(days=rnd.randrange(-5, 35))
        if k % 9 == 0:
            start, end = day.isoformat(), (day + timedelta(days=rnd.choice((1, 1, 3)))).isoformat()
        else:
            local = datetime(day.year, day.month, day.day, rnd.choice((9, 9, 18)), 0, tzinfo=TZ)
            start, end = local.isoformat(), (local + timedelta(hours=2)).isoformat()
        kind = rnd.choice(KINDS)
        departments = rnd.sample(DEPARTMENTS, rnd.choice((1, 1, 2)))
        out.append({"uid": f"p{k:04d}@test", "title": f"{kind} {rnd.choice('AB')}", "title_es": "",
                    "start": start, "end": end, "all_day": "T" not in start, "location": "Hall", "address": "",
                    "departments": departments, "lead": departments[0], "event_type": kind, "description": "",
                    "description_es": "", "audience": "", "language": "", "accessibility": "",
                    "registration_url": "", "status": "Scheduled", "cancelled": False,
                    "joint": len(departments) > 1, "rrule": "", "exdates": [], "sequence": 0,
                    "last_modified": None, "previous_start": None, "image_url": None, "image_alt": None,
                    "latitude": None, "longitude": None})
    return out


EVENTS = calendar()


@pytest.fixture(scope="module", params=["index", "walk"])
def site(request, tmp_path_factory):
    """A published release of :data:`EVENTS`; ``walk``: the same without the date indexes."""
    config = fresh_config(tmp_path_factory.mktemp(f"paged-{request.param}"))
    public = json.dumps(EVENTS).encode()
    files = {"public/events.json": public, "private/events.json": public}
    if request.param == "index":
        files[INDEX_FILE] = build_index(public, config.tz, config.slug_of)
        files[STAFF_INDEX_FILE] = build_index(public, config.tz, config.slug_of)
    release.switch(config.out_dir, release.stage(config.out_dir, files))
    return config


# -- the expectations, from events.json alone ------------------------------------------------

def _start(e: dict) -> datetime:
    if "T" in e["start"]:
        return datetime.fromisoformat(e["start"]).astimezone(TZ).replace(tzinfo=None)
    return datetime.fromisoformat(e["start"])


def _days(e: dict) -> tuple[date, date]:
    """First and last city day the event touches (an all-day end is the day after)."""
    if "T" in e["start"]:
        return _start(e).date(), datetime.fromisoformat(e["end"]).astimezone(TZ).date()
    return date.fromisoformat(e["start"]), date.fromisoformat(e["end"]) - timedelta(days=1)


def _ordered(events) -> list[dict]:
    return sorted(events, key=lambda e: (_start(e), e["title"], e["uid"]))


def touching(lo: date, hi: date, department: str = "") -> list[dict]:
    """Events touching a day of ``[lo, hi]`` (of ``department``), in page order."""
    return _ordered(e for e in EVENTS if _days(e)[1] >= lo and _days(e)[0] <= hi
                    and (not department or department in [d.lower() for d in e["departments"]]))


def on_day(day: date, events) -> list[str]:
    return [e["uid"] for e in events if _days(e)[0] <= day <= _days(e)[1]]


# -- reading the pages ----------------------------------------------------------------------

def _uids(html: str) -> list[str]:
    return re.findall(r'href="/events/([^"/]+)"', html)


def _next(html: str) -> str | None:
    found = re.search(r'<a href="([^"]+)" rel="next">(?:Next page|Página siguiente)', html)
    return unescape(found.group(1)) if found else None


def _cells(html: str) -> dict[date, tuple[list[str], int]]:
    """``{day: (event uids listed, the N of its "N more" / "N events" link)}`` of a month grid."""
    out = {}
    for cell in re.findall(r"<td class=\"[^\"]*\"[^>]*>(.*?)</td>", html, re.S):
        day = re.search(r'from=(\d{4}-\d\d-\d\d)', cell)
        if day:
            more = re.search(r'class="more"><a [^>]+>(\d+) ', cell)
            out[date.fromisoformat(day.group(1))] = (_uids(cell), int(more.group(1)) if more else 0)
    return out


def pages(client, url: str) -> list[str]:
    """The HTML of ``url`` and of every page its next links lead to."""
    out = []
    while url:
        response = client.get(url)
        assert response.status_code == 200, url
        out.append(response.get_data(as_text=True))
        url = _next(out[-1])
        assert len(out) < 100
    return out


# -- the month ------------------------------------------------------------------------------

def test_a_month_that_fits_one_page_is_the_whole_grid(site):
    """Page size 500: one page, each day listing its first four events and "N more"."""
    html = make_app(site, PAGE_SIZE=500).test_client().get("/month/2025-09").get_data(as_text=True)
    september = touching(date(2025, 9, 1), date(2025, 9, 30))
    assert f"{len(september)} events in September 2025" in html
    assert 'class="pager"' not in html
    cells = _cells(html)
    for k in range(30):
        day = date(2025, 9, 1) + timedelta(days=k)
        expected = on_day(day, september)
        assert cells.get(day, ([], 0)) == (expected[:4], max(0, len(expected) - 4)), day


def test_a_long_month_is_paged_and_its_links_keep_the_filters(site):
    """Page size 10 and ``?department=fire``: the next links lead through ⌈n/10⌉ pages; page
    k's grid lists, on each day, the first four of the k-th ten events touching it, and every
    day says how many it has over all pages (listed + "N more")."""
    client = make_app(site, PAGE_SIZE=10).test_client()
    expected = touching(date(2025, 9, 1), date(2025, 9, 30), "fire")
    assert len(expected) > 30
    html_pages = pages(client, "/month/2025-09?department=fire")
    assert len(html_pages) == -(-len(expected) // 10)
    for number, html in enumerate(html_pages, 1):
        assert f"Page {number} of {len(html_pages)}" in html
        assert f"{len(expected)} events in September 2025" in html
        for link in re.findall(r'href="([^"]+)" rel="(?:next|prev)"', html):
            query = parse_qs(urlsplit(unescape(link)).query)
            assert query["department"] == ["fire"] and urlsplit(link).path in ("/month/2025-09", "/month/2025-10",
                                                                              "/month/2025-08")
        this_page = expected[10 * (number - 1): 10 * number]
        cells = _cells(html)
        for k in range(30):
            day = date(2025, 9, 1) + timedelta(days=k)
            listed, more = cells.get(day, ([], 0))
            assert listed == on_day(day, this_page)[:4], (number, day)
            assert more + len(listed) == len(on_day(day, expected)), (number, day)


# -- the list and its search ----------------------------------------------------------------

def upcoming(q: str = "") -> list[dict]:
    words = q.lower().split()
    return [e for e in _ordered(EVENTS) if _days(e)[1] >= TODAY
            and all(w in f"{e['title']} {e['location']} {e['event_type']} {' '.join(e['departments'])}".lower()
                    for w in words)]


def test_a_common_search_is_paged_with_a_bounded_count_and_continued_days(site):
    """``?q=cpr`` at 5 a page: the count stops COUNT_PAGES pages past the one shown ("more than"),
    the next links lead through every match once in order, the last page counts exactly, and a
    day cut by a page break is headed "(continued from the previous page)" on the next page."""
    client = make_app(site, PAGE_SIZE=5).test_client()
    expected = upcoming("cpr")
    cap = 5 * (1 + COUNT_PAGES)                   # counted on page 1: itself and COUNT_PAGES more
    assert len(expected) > cap + 5
    html_pages = pages(client, "/?q=cpr")
    assert f"more than {cap} events" in html_pages[0] and f"Page 1 of {cap // 5 + 1} or more" in html_pages[0]
    assert f"{len(expected)} events" in html_pages[-1] and " or more<" not in html_pages[-1]
    assert f"Page {len(html_pages)} of {len(html_pages)}<" in html_pages[-1]
    listed = [uid for html in html_pages for uid in _uids(html)]
    assert listed == [e["uid"] for e in expected]
    for k, html in enumerate(html_pages[1:], 1):
        before, first = expected[5 * k - 1], expected[5 * k]
        same_day = max(_start(before).date(), TODAY) == max(_start(first).date(), TODAY)
        assert ("(continued from the previous page)" in html) == same_day, k
        assert html.count("(continued from the previous page)") <= 1
    assert any("(continued from the previous page)" in html for html in html_pages)


def test_a_search_that_fits_one_page_is_unchanged(site):
    client = make_app(site, PAGE_SIZE=500).test_client()
    html = client.get("/?q=town+hall+a").get_data(as_text=True)
    expected = upcoming("town hall a")
    assert _uids(html) == [e["uid"] for e in expected]
    assert f"{len(expected)} events" in html and 'class="pager"' not in html


def test_list_rows_link_as_url_for_does(site):
    """The list rows' event links (``event_url``: the route's prefix once a request, the UID
    quoted by the route's converter) are ``url_for``'s, for UIDs that need quoting too."""
    from flask import g, url_for

    from public_feed.pages import event_url
    from tests.sitedata import STAFF_TOKEN
    app = make_app(site)
    uids = [EVENTS[0]["uid"], "a b@x", "Policía #1?x=1&y", "100%/..", "ü\u00e9+;=@:,"]
    with app.test_request_context("/"):
        assert [event_url(u) for u in uids] == [url_for("pages.event_page", uid=u) for u in uids]
    with app.test_request_context(f"/staff/{STAFF_TOKEN}/"):
        g.staff_token = STAFF_TOKEN
        assert [event_url(u, True) for u in uids] == [url_for("staff.event_page", uid=u) for u in uids]
        assert event_url(uids[0], True).startswith(f"/staff/{STAFF_TOKEN}/events/")


@pytest.mark.parametrize("url", ["/month/2025-09?department=fire&lang=es", "/?q=cpr&lang=es"])
def test_a_reader_who_came_by_a_spanish_link_keeps_spanish_while_paging(site, url):
    """``?lang=es`` (no cookie) is carried on by the previous/next page links: every page the
    next links lead to is in Spanish ("Página k de n"), not only the first."""
    client = make_app(site, PAGE_SIZE=10).test_client()
    html_pages = pages(client, url)
    assert len(html_pages) > 1
    for number, html in enumerate(html_pages, 1):
        assert re.search(rf"Página {number} de \d+", html), number
        assert f"Page {number} of" not in html
