"""Issue 15: one answer to a wrong filter — /events.json, the pages and the feeds all answer
404 with the values that exist, for an unknown value or an unknown parameter."""
from __future__ import annotations

import html

import pytest

from tests.sitedata import make_app


@pytest.fixture(scope="module")
def client(site_config):
    return make_app(site_config).test_client()


@pytest.mark.parametrize("query,parameter", [("department=nope", "department"), ("type=nope", "type"),
                                             ("audience=martians", "audience"), ("language=klingon", "language"),
                                             ("joint=maybe", "joint"), ("deparment=fire", "deparment")])
def test_events_json_pages_and_feeds_agree(client, site_config, query, parameter):
    departments = sorted(d.slug for d in site_config.departments)
    body = client.get(f"/events.json?{query}")
    assert body.status_code == 404
    data = body.get_json()
    assert data["parameter"] == parameter
    if parameter == "department":
        assert data["valid"] == departments and data["value"] == "nope"
    if parameter == "deparment":                 # a typo'd parameter: the real ones are listed
        assert data["value"] == "" and {"department", "type", "joint", "from", "to"} <= set(data["valid"])
    for page in ("/", "/month/", "/embed"):
        r = client.get(f"{page}?{query}")
        assert r.status_code == 404, page
        assert parameter in html.unescape(r.get_data(as_text=True))
    if parameter in ("department", "type", "joint", "deparment"):
        assert client.get(f"/calendar.ics?{query}").status_code == 404


def test_page_lists_valid_departments_as_links(client, site_config):
    body = client.get("/?department=nope").get_data(as_text=True)
    for d in site_config.departments:
        assert f'href="/?department={d.slug}"' in body
    es = client.get("/?department=nope&lang=es").get_data(as_text=True)
    assert "Policía" in es and "Page not found" not in es


def test_known_filters_aliases_and_tracking_parameters_still_work(client):
    assert client.get("/events.json?department=fire").status_code == 200
    by_alias = client.get("/events.json?department=DFD").get_json()
    assert by_alias["filters"] == {"department": "fire"}
    assert by_alias["events"] == client.get("/events.json?department=fire").get_json()["events"]
    assert client.get("/?department=fire&utm_source=newsletter&fbclid=abc").status_code == 200
    assert client.get("/?lang=es&from=2025-08-01&page=2").status_code == 200
    assert client.get("/events.json?joint=1&limit=3&from=2025-08-01&to=2025-09-01").status_code == 200
