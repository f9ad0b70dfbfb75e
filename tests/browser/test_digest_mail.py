"""The HTML digest mail in real headless Chromium: axe-core WCAG 2.1 AA, reflow on a phone, and
screenshots to look at (test-artifacts/screenshots/digest-*.png)."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from sheets_sync.config import config_from_dict
from sheets_sync.delivery import save_digests
from sheets_sync.pipeline import run_sync
from tests.browser.conftest import VIEWPORTS
from tests.browser.test_site_browser import AXE_RUN, AXE_TAGS
from tests.conftest import ROOT, base_config_dict
from tests.e2e.test_board_sections import _tabs


@pytest.fixture(scope="module")
def synced(tmp_path_factory):
    from tests.conftest import write_workbook
    tmp = tmp_path_factory.mktemp("digest")
    write_workbook(tmp / "intake.xlsx", _tabs())
    data = base_config_dict(tmp)
    data["coordination"] = {"capabilities": {"Fire": ["fire engine tour"], "Police": ["traffic control"]}}
    config = config_from_dict(data, base_dir=tmp)
    run_sync(config, now=datetime(2025, 9, 1, 12, tzinfo=timezone.utc))
    return config


@pytest.fixture(scope="module")
def digest_html(synced, tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("saved")
    return {p.name.split(".")[0]: p.read_text() for p in save_digests(synced, folder) if p.suffix == ".html"}


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_digest_mail_passes_axe_and_reflows(browser, axe_source, artifacts, digest_html, viewport):
    page = browser.new_page(viewport=VIEWPORTS[viewport])
    problems = {}
    try:
        for who in ("police", "fire", "coordinators"):
            page.set_content(digest_html[who])
            page.add_script_tag(content=axe_source)
            assert page.evaluate("document.documentElement.lang") == "en"
            assert page.title().startswith("Safety events week 2025-W36")
            page.screenshot(path=str(artifacts / f"digest-{who}-{viewport}.png"), full_page=True)
            found = page.evaluate(AXE_RUN, AXE_TAGS)
            if found:
                problems[who] = found
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= VIEWPORTS[viewport]["width"], (who, width)
    finally:
        page.close()
    assert problems == {}, json.dumps(problems, indent=1)


def test_axe_catches_a_broken_mail(browser, axe_source, digest_html):
    """The check can fail: the same mail without its language and with a faint colour."""
    page = browser.new_page()
    try:
        broken = digest_html["police"].replace('<html lang="en">', "<html>").replace("#1a1a1a", "#c8c8c8")
        page.set_content(broken)
        page.add_script_tag(content=axe_source)
        ids = {v["id"] for v in page.evaluate(AXE_RUN, AXE_TAGS)}
        assert {"html-has-lang", "color-contrast"} <= ids
    finally:
        page.close()


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_staff_board_pages_pass_axe(browser, axe_source, artifacts, synced, viewport):
    from tests.browser.test_site_browser import check_pages
    from tests.sitedata import STAFF_TOKEN, make_app, serve
    with serve(make_app(synced)) as base:
        check_pages(browser, axe_source, base, {"board": f"/staff/{STAFF_TOKEN}/board",
                                                "board-police": f"/staff/{STAFF_TOKEN}/board/police"},
                    viewport, "en", artifacts, "staff-")


CARD_JS = ROOT / "tests" / "browser" / "node_modules" / "adaptivecards" / "dist" / "adaptivecards.min.js"
RENDER_CARD = """(card) => {
  const c = new AdaptiveCards.AdaptiveCard();
  c.hostConfig = new AdaptiveCards.HostConfig({fontFamily: "Segoe UI, Arial, sans-serif"});
  const parse = new AdaptiveCards.SerializationContext();
  c.parse(card, parse);
  const el = c.render();
  document.getElementById('card').appendChild(el);
  return {parseEvents: parse.eventCount, validation: c.validateProperties().validationEvents.map(e => e.message),
          text: el.innerText};
}"""


def test_teams_card_renders_with_microsofts_renderer(browser, artifacts, synced, tmp_path):
    """The Fire card through Microsoft's own Adaptive Cards JS renderer (npm ``adaptivecards``):
    no parse or validation events, the request and its capability visible; a screenshot to look at."""
    from sheets_sync.delivery import load_board
    from sheets_sync.digest import adaptive_card, make_digest
    if not CARD_JS.exists():
        pytest.fail(f"{CARD_JS} is missing: run `npm ci --prefix tests/browser`")
    card = adaptive_card(make_digest(load_board(synced), "Fire"), "https://docs.example/sheet")
    page = browser.new_page(viewport={"width": 520, "height": 900})
    try:
        page.set_content('<!doctype html><html lang="en"><head><title>card</title></head>'
                         '<body><main id="card"></main></body></html>')
        page.add_script_tag(content=CARD_JS.read_text(encoding="utf-8"))
        result = page.evaluate(RENDER_CARD, card)
        page.screenshot(path=str(artifacts / "digest-fire-teams-card.png"), full_page=True)
    finally:
        page.close()
    assert result["parseEvents"] == 0 and result["validation"] == []
    assert "Fire: week 2025-W36" in result["text"]
    assert "you can bring: fire engine tour" in result["text"]
    assert "Open the spreadsheet" in result["text"]
