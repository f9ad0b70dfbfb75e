"""Paged month and list pages in headless Chromium (issue 17): the previous/next page links
work by keyboard alone and keep the filters, a day cut by a page break is announced in its
heading, and the paged pages pass axe-core (WCAG 2.1 AA) in English and Spanish, on a desktop
and a phone. The 2,000-event calendar of tests/sitedata (eight events a day) is served with
20 events a page."""
from __future__ import annotations

import json

import pytest

from tests.browser.test_site_browser import _tab_to, check_pages, new_context
from tests.sitedata import make_app, serve

SIZE = 20


@pytest.fixture(scope="module")
def paged_url(big_config):
    with serve(make_app(big_config, PAGE_SIZE=SIZE)) as base:
        yield base


def august_cpr_classes(config) -> int:
    """CPR classes starting in August 2025, counted from the published events.json."""
    return sum(1 for e in json.loads((config.out_dir / "public/events.json").read_text())
               if e["event_type"] == "CPR Class" and e["start"][:7] == "2025-08")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_month_pages_by_keyboard_keep_the_filter(browser, axe_source, paged_url, big_config, viewport):
    pages = -(-august_cpr_classes(big_config) // SIZE)
    assert pages >= 2
    ctx = new_context(browser, axe_source, viewport, "en", paged_url)
    page = ctx.new_page()
    page.goto(paged_url + "/month/2025-08?type=cpr-class")
    pager = page.get_by_role("navigation", name="Pages")
    assert pager.count() == 1 and f"Page 1 of {pages}" in pager.inner_text()
    _tab_to(page, lambda f: f["tag"] == "A" and f["text"] == "Next page →", limit=400)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == paged_url + "/month/2025-08?type=cpr-class&page=2"
    assert f"Page 2 of {pages}" in page.get_by_role("navigation", name="Pages").inner_text()
    assert page.title().startswith(f"August 2025 (page 2 of {pages})")
    _tab_to(page, lambda f: f["tag"] == "A" and f["text"] == "← Previous page", limit=400)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == paged_url + "/month/2025-08?type=cpr-class&page=1"
    ctx.close()


@pytest.mark.parametrize("lang, continued", [("en", "(continued from the previous page)"),
                                             ("es", "(continúa de la página anterior)")])
def test_a_day_cut_by_a_page_break_says_so(browser, axe_source, paged_url, lang, continued):
    """Eight events a day, 20 a page: page 2 opens in the middle of the third day."""
    ctx = new_context(browser, axe_source, "desktop", lang, paged_url)
    page = ctx.new_page()
    page.goto(paged_url + "/?page=2")
    headings = page.locator("h3.day").all_inner_texts()
    assert continued in headings[0] and all(continued not in h for h in headings[1:])
    page.goto(paged_url + "/?page=3")               # 40 = 5 × 8: page 3 opens a new day
    assert all(continued not in h for h in page.locator("h3.day").all_inner_texts())
    ctx.close()


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_paged_pages_pass_axe(browser, axe_source, artifacts, paged_url, viewport):
    for lang in ("en", "es"):
        check_pages(browser, axe_source, paged_url,
                    {"month-page-2": "/month/2025-08?type=cpr-class&page=2", "list-page-2": "/?page=2",
                     "search-more-than": "/?q=block", "search-last": "/?q=block+99&page=2"},
                    viewport, lang, artifacts, "paged-")
