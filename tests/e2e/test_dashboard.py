"""The staff dashboard page behind the staff token, reading only published files."""
from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from bs4 import BeautifulSoup

from public_feed.app import create_app
from sheets_sync.pipeline import run_sync
from tests.e2e.cycle_helpers import OFFER_HEADER, cycle_workbook, dashboard

NOW = datetime(2025, 8, 20, 12, tzinfo=timezone.utc)
TOKEN = "staff-token-for-tests-7f3a"


@pytest.fixture
def published(config, make_workbook):
    tabs = cycle_workbook()
    tabs["Assistance Offers"] = [OFFER_HEADER, ["YSF-2025", "Fire", "Engine 5", "Offered"]]
    make_workbook(tabs)
    run_sync(config, now=NOW)
    return config


def _client(config, token=TOKEN):
    return create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "TESTING": True, "STAFF_TOKEN": token}).test_client()


def test_token_gate(published):
    assert _client(published, token="").get(f"/staff/{TOKEN}/dashboard").status_code == 404
    assert _client(published, token="").get("/staff//dashboard").status_code == 404
    client = _client(published)
    assert client.get("/staff/wrong/dashboard").status_code == 404
    assert client.get(f"/staff/{TOKEN}x/dashboard").status_code == 404
    assert client.get("/staff/wrong/charts/joint_rolling_12.png").status_code == 404
    page = client.get(f"/staff/{TOKEN}/dashboard")
    assert page.status_code == 200
    assert page.headers["Referrer-Policy"] == "no-referrer"          # the token never leaves in a Referer
    assert page.headers["Cache-Control"] == "private, no-store"


def test_page_shows_status_schedule_requests_charts_and_quality(published):
    client = _client(published)
    html = client.get(f"/staff/{TOKEN}/dashboard").get_data(as_text=True)
    soup = BeautifulSoup(html, "html.parser")
    outlook = soup.find(id="outlook").get_text(" ", strip=True)
    # FY26-Q1 (Jul–Sep 2025): no all-department event, July and August have 1 joint event each
    assert outlook.startswith("FY26-Q1: at risk")
    assert "2025-07: 1 joint event(s) held or scheduled, target 2" in outlook
    # September: 1 joint community event; the internal Police+Fire huddle is internal joint work
    assert "2025-09: 1 joint event(s) held or scheduled, target 2" in outlook
    assert "FY26-Q1: 0 all-department event(s) held or scheduled before 2025-09-30, target 1" in outlook
    months = {tr.th.get_text(strip=True): [td.get_text(strip=True) for td in tr.find_all("td")]
              for tr in soup.find(id="months-table").tbody.find_all("tr")}
    assert months["2025-07"] == ["1", "2", "under target"]
    assert list(months)[0] == "2024-09" and list(months)[-1] == "2025-08"   # rolling 12 months
    assert months["2025-06"] == ["0", "2", "before the record"]     # drawn as "–" on the chart
    # August 2025 is today's month: in progress, never a failure (as the chart draws it, issue 13)
    august = soup.find(id="months-table").tbody.find("th", string="2025-08").parent
    assert "under" not in august["class"] and august.find_all("td")[-1].get_text() == "in progress"
    quarters = {tr.th.get_text(strip=True): (tr["class"], tr.find_all("td")[-1].get_text())
                for tr in soup.find(id="quarters-table").tbody.find_all("tr")}
    assert quarters["FY26-Q1"] == (["current"], "in progress")      # today's quarter, none held yet
    assert quarters["FY26-Q2"] == (["met"], "met")                  # Public Safety Day is scheduled
    assert all(v == (["future"], "scheduled so far") for q, v in quarters.items() if q > "FY26-Q2")
    schedule = soup.find(id="joint-schedule")
    rows = {tr.th.get_text(strip=True): [td.get_text(strip=True) for td in tr.find_all("td")]
            for tr in schedule.tbody.find_all("tr")}
    assert list(rows) == ["2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01"]
    assert rows["2025-10"][:3] == ["1", "2", "1"] and rows["2025-10"][3] == "Public Safety Day"
    assert "Public Safety Day" in soup.find(id="next-all-department").get_text()
    assist = soup.find(id="assistance").get_text(" ", strip=True)
    assert "Youth Safety Fair" in assist and "Fire: Offered — Engine 5" in assist
    assert "Fire Station Open House" in assist and "Police: traffic control" in assist
    assert "Fire offers Engine 5 for Youth Safety Fair" in assist
    images = [img["src"] for img in soup.find(id="charts").find_all("img")]
    assert len(images) == 6
    for src in images:
        name = re.search(r"/charts/(\w+)\.png$", src).group(1)
        response = client.get(src)
        assert response.status_code == 200 and response.headers["Content-Type"] == "image/png"
        assert response.data == (published.out_dir / f"private/charts/{name}.png").read_bytes()
    quality = soup.find(id="data-quality").get_text(" ", strip=True)
    # 10 intake rows + the 1 Assistance Offers row (issue 16: offer rows count as read)
    assert "Rows read 11" in quality and "Rows accepted 11" in quality and "Joint events 4" in quality
    assert "Internal joint work 1" in quality
    assert "Counting policy A joint event is a combined event" in quality
    assert "are not joint community events" in quality


def test_page_reads_only_published_files(published):
    client = _client(published)
    published.record_path.unlink()                   # no record, no intake: the page still works
    published.source.workbook and published.path(published.source.workbook).unlink()
    assert client.get(f"/staff/{TOKEN}/dashboard").status_code == 200
    assert dashboard(published.out_dir)["outlook"]["status"] == "at risk"
    (published.out_dir / "private/dashboard.json").unlink()
    page = client.get(f"/staff/{TOKEN}/dashboard")
    assert page.status_code == 503 and "No sync has published the dashboard yet" in page.get_data(as_text=True)
    assert client.get(f"/staff/{TOKEN}/charts/..%2Fevents.png").status_code == 404
