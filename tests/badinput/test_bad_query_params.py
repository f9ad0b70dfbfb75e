"""Issue 16 (verifier gap 3): a numeric or date query parameter that cannot be read answers
404 with the site's normal wrong-filter answer (the JSON error on ``/events.json``, the 404
page elsewhere) — as a wrong ``department`` does — never 200 with a silent default, never 500."""
from __future__ import annotations

import html

import pytest

from tests.sitedata import make_app


@pytest.fixture(scope="module")
def client(site_config):
    return make_app(site_config).test_client()


BAD = [("/events.json", "from", "garbage"), ("/events.json", "from", "2027-13-45"),
       ("/events.json", "to", "2025-02-30"), ("/events.json", "limit", "abc"),
       ("/events.json", "limit", "-3"), ("/events.json", "from", "12025-01-01"),
       ("/", "page", "abc"), ("/", "page", "-1"), ("/", "page", "0"), ("/", "page", "1.5"),
       ("/", "from", "garbage"), ("/", "to", "2027-13-45"),
       ("/embed", "limit", "abc"), ("/embed", "limit", "0"), ("/embed", "from", "tomorrow")]


@pytest.mark.parametrize("path,parameter,value", BAD)
def test_unreadable_number_or_date_answers_404_naming_it(client, path, parameter, value):
    r = client.get(f"{path}?{parameter}={value}")
    assert r.status_code == 404, (path, parameter, value, r.status_code)
    if path.endswith(".json"):
        data = r.get_json()
        assert (data["parameter"], data["value"]) == (parameter, value)
        assert data["valid"] and data["valid"][0] not in ("", value)
    else:
        body = html.unescape(r.get_data(as_text=True))
        assert f"“{value}”" in body and f"({parameter})" in body


def test_the_value_offered_on_the_404_page_works(client):
    """The 404 lists a working value; following it answers 200."""
    data = client.get("/events.json?from=garbage").get_json()
    assert client.get(f"/events.json?from={data['valid'][0]}").status_code == 200
    page = client.get("/events.json?limit=abc").get_json()["valid"][0]
    assert client.get(f"/events.json?limit={page}").status_code == 200


TAKES = {"/": {"page", "from", "to"}, "/events.json": {"from", "to", "limit"}, "/embed": {"from", "limit"}}


@pytest.mark.parametrize("query", ["page=2", "page=999", "from=2025-08-01&to=2025-09-01", "page=",
                                   "limit=1000000", "from=2025-08-01"])
def test_good_or_blank_values_still_answer(client, query):
    names = {part.split("=")[0] for part in query.split("&")}
    for path, takes in TAKES.items():
        if names <= takes:
            assert client.get(f"{path}?{query}", follow_redirects=True).status_code == 200, (path, query)
    big = client.get("/events.json?limit=1000000").get_json()   # a big limit is capped, not refused
    assert big["count"] == min(big["total"], 5000)           # JSON_MAX
