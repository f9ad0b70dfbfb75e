"""Issue 15 in real Chromium, phone and desktop, English and Spanish: the first event is on
the first phone screen, filters sit behind one button, one
Subscribe control, a weekly series listed once, a merged-away row absent; axe finds nothing.
Screenshots land in test-artifacts/screenshots/phone-first-*.png."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from sheets_sync.pipeline import run_sync
from tests.browser.conftest import VIEWPORTS
from tests.browser.test_site_browser import axe_violations, new_context
from tests.conftest import write_workbook
from tests.e2e.test_review_decisions import decide
from tests.sitedata import fresh_config, make_app, serve

NOW = datetime(2025, 10, 1, 12, tzinfo=timezone.utc)
H = ["Title", "Title (Spanish)", "Start Date", "Start Time", "End Time", "Location", "Address", "Visibility",
     "Description", "Repeats", "Partner Departments", "Latitude", "Longitude"]
SERIES = "Hands-only CPR, every Tuesday"


def tabs():
    return {
        "Police": [H,
            ["Community Safety Fair", "Feria de Seguridad Comunitaria", "10/4/2025", "10am", "1pm", "Walltown Park",
             "1308 W Club Blvd", "Public", "", "", "", "36.0157", "-78.9180"],
            ["Fire Station Open House", "Puertas abiertas de la estación", "10/11/2025", "10am", "2pm",
             "Fire Station 5", "3868 S Main St", "Public", "", "", ""],
            ["National Night Out", "Noche Nacional Contra el Crimen", "10/7/2025", "5pm", "8pm", "Trinity Park",
             "1891 Mangum St", "Public", "", "", "Fire", "36.0086", "-78.8990"]],
        "Fire": [H,
            [SERIES, "RCP solo con las manos, cada martes", "10/7/2025", "6pm", "7pm", "Station 1", "", "Public",
             "Learn hands-only CPR in an hour.", "weekly until 12/16/2025", "", "35.9940", "-78.8986"],
            # Fire still shows the first date; Police typed the new one: a doubtful pair
            ["Fire Station Open House", "Puertas abiertas de la estación", "10/4/2025", "10am", "2pm",
             "Fire Station 5", "3868 S Main St", "Public", "Postponed (storm)", "", ""]],
    }


@pytest.fixture(scope="module")
def phone_site(tmp_path_factory):
    config = fresh_config(tmp_path_factory.mktemp("phone"))
    write_workbook(config.source.workbook, tabs())
    run_sync(config, now=NOW)
    before = {e["uid"] for e in json.loads((config.out_dir / "public/events.json").read_text())
              if e["title"] == "Fire Station Open House"}
    decide(config, {("Fire!3", "Police!3"): "Same event"})    # staff: one event after all
    run_sync(config, now=NOW)
    merged = json.loads((config.out_dir / "public/merged.json").read_text())
    assert len(before) == 2 and set(merged) < before
    with serve(make_app(config, SAFETY_EVENTS_TODAY="2025-10-01")) as base:
        yield base, merged


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_list_page_phone_first(browser, axe_source, artifacts, phone_site, viewport, lang):
    base, merged = phone_site
    ctx = new_context(browser, axe_source, viewport, lang, base)
    page = ctx.new_page()
    try:
        page.goto(base + "/")
        page.screenshot(path=str(artifacts / f"phone-first-list-{lang}-{viewport}.png"))   # first screen only
        height = VIEWPORTS[viewport]["height"]
        first = page.locator("li.event").first
        box = first.bounding_box()
        assert box is not None and box["y"] + box["height"] <= height, box     # whole first event on screen 1
        assert first.is_visible()

        titles = page.locator("li.event a.title").all_inner_texts()
        series_title = "RCP solo con las manos, cada martes" if lang == "es" else SERIES
        assert titles.count(series_title) == 1                  # 11 Tuesdays, listed once
        series = page.locator("li.event.is-series .series").inner_text()
        if lang == "en":
            assert series.startswith("Weekly on Tuesdays, 6:00") and "until Dec 16, 2025" in series
            assert "next: Tuesday, October 7, 2025" in series
        else:
            assert series.startswith("Cada semana, los martes, 6:00") and "próxima: martes, 7 de octubre de 2025" in series
        open_house = "Puertas abiertas de la estación" if lang == "es" else "Fire Station Open House"
        assert titles.count(open_house) == 1                    # the merged-away copy is gone
        html = page.content()
        for uid in merged:
            assert uid not in html
        assert page.locator(".is-cancelled").count() == 0

        # filters: behind one button (on a desktop too: no script, and a closed <details>
        # is what assistive technology is told, so it is not forced open by CSS)
        search = page.locator("#f-q")
        assert not search.is_visible()
        page.locator("details.filter-box > summary").click()
        assert search.is_visible()
        # one Subscribe control with every way to subscribe
        menu = page.locator("details.subscribe-menu")
        assert page.locator("details.subscribe-menu").count() == 1
        menu.locator("summary").click()
        hrefs = menu.locator(".sub-links a").evaluate_all("els => els.map(e => e.href)")
        assert [h.split(":", 1)[0] for h in hrefs[:4]] == ["webcal", "https", "https", "http"]
        assert "calendar.google.com" in hrefs[1] and "outlook.live.com" in hrefs[2]
        page.screenshot(path=str(artifacts / f"phone-first-menus-{lang}-{viewport}.png"), full_page=True)
        assert axe_violations(page) == []
        assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS[viewport]["width"]

        # quick ranges: this week = Oct 1 (Wed) to Oct 4 (Sat): only the fair (the open house
        # kept the date Police typed, Oct 11; the series starts Oct 7)
        page.get_by_role("link", name="Esta semana" if lang == "es" else "This week").click()
        page.wait_for_load_state()
        assert "from=2025-10-01" in page.url and "to=2025-10-04" in page.url
        week = page.locator("li.event a.title").all_inner_texts()
        assert week == ["Feria de Seguridad Comunitaria" if lang == "es" else "Community Safety Fair"]
        page.get_by_role("link", name="Este mes" if lang == "es" else "This month").click()
        page.wait_for_load_state()
        assert "to=2025-10-31" in page.url
        assert page.locator("li.event a.title").all_inner_texts().count(series_title) == 1
        assert axe_violations(page) == []
    finally:
        ctx.close()


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_map_page(browser, axe_source, artifacts, phone_site, viewport, lang):
    base, _ = phone_site
    ctx = new_context(browser, axe_source, viewport, lang, base)
    page = ctx.new_page()
    external: list[str] = []
    page.on("request", lambda req: external.append(req.url) if not req.url.startswith(base) else None)
    try:
        page.goto(base + "/map")
        page.screenshot(path=str(artifacts / f"phone-first-map-{lang}-{viewport}.png"), full_page=True)
        assert page.locator("svg circle.pin").count() == 3          # fair, night out, the series once
        assert page.locator("ol.map-list li").count() == 3
        assert external == []                                        # no tile server configured
        assert axe_violations(page) == []
        assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS[viewport]["width"]
        page.locator("svg a").first.click()
        page.wait_for_load_state()
        assert "/events/" in page.url
    finally:
        ctx.close()
