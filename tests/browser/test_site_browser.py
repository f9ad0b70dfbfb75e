"""The public site in real headless Chromium: axe-core WCAG 2.1 AA checks, keyboard-only use,
script/HTML payloads from every text column, and screenshots of each page type.

The app is served by werkzeug on 127.0.0.1 in a thread (tests/sitedata.serve) from
calendars built by the real sync.
"""
from __future__ import annotations

import json
import re

import pytest

from tests.browser.conftest import VIEWPORTS
from tests.sitedata import (PRIVATE_COLUMNS, SHOWN_COLUMNS, STAFF_TOKEN, payload)

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
AXE_RUN = """async (tags) => {
  const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
  return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || ''))}));
}"""


def uid(config, title):
    return next(e["uid"] for e in json.loads((config.out_dir / "public/events.json").read_text())
                if e["title"] == title)


def site_pages(config) -> dict[str, str]:
    """Page type → path on the varied site (every page type the issue names, and more)."""
    return {
        "list": "/", "filtered": "/?department=fire&joint=1", "search": "/?q=rcp",
        "empty-result": "/?q=underwater+basket&department=police", "month": "/month/2025-08",
        "event": f"/events/{uid(config, 'National Night Out Block Party')}",
        "event-cancelled": f"/events/{uid(config, 'Cancelled Cookout')}",
        "event-postponed": f"/events/{uid(config, 'Smoke Alarm Blitz')}",
        "not-found": "/events/no-such-event@example", "embed": "/embed",
        "staff": f"/staff/{STAFF_TOKEN}/",
    }


def new_context(browser, axe_source, viewport: str, lang: str, base: str, **kw):
    ctx = browser.new_context(viewport=VIEWPORTS[viewport], **kw)
    ctx.add_init_script(script=axe_source)           # injected by the browser, not a page script
    ctx.add_cookies([{"name": "lang", "value": lang, "url": base}])
    return ctx


def axe_violations(page) -> list[dict]:
    return page.evaluate(AXE_RUN, AXE_TAGS)


def check_pages(browser, axe_source, base, pages, viewport, lang, artifacts, prefix):
    ctx = new_context(browser, axe_source, viewport, lang, base)
    page = ctx.new_page()
    csp_errors: list[str] = []
    page.on("console", lambda m: csp_errors.append(m.text) if "Content Security Policy" in m.text else None)
    problems = {}
    try:
        for name, path in pages.items():
            response = page.goto(base + path)
            assert response.status == (404 if name == "not-found" else 200), (name, response.status)
            assert page.evaluate("document.documentElement.lang") == lang
            page.screenshot(path=str(artifacts / f"{prefix}{name}-{lang}-{viewport}.png"), full_page=True)
            found = axe_violations(page)
            if found:
                problems[name] = found
            # nothing may stick out sideways on a phone (WCAG 1.4.10 reflow)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= VIEWPORTS[viewport]["width"], (name, width)
    finally:
        ctx.close()
    assert problems == {}, json.dumps(problems, indent=1)
    assert csp_errors == []


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_axe_zero_violations(browser, axe_source, artifacts, site_url, site_config, viewport, lang):
    check_pages(browser, axe_source, site_url, site_pages(site_config), viewport, lang, artifacts, "")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_axe_empty_and_two_thousand_event_calendars(browser, axe_source, artifacts, big_url, empty_url,
                                                    viewport):
    for lang in ("en", "es"):
        check_pages(browser, axe_source, big_url, {"list": "/", "last-page": "/?page=40",
                                                   "month": "/month/2025-08", "embed": "/embed"},
                    viewport, lang, artifacts, "big-")
        check_pages(browser, axe_source, empty_url, {"list": "/", "month": "/month/", "embed": "/embed"},
                    viewport, lang, artifacts, "empty-")


def test_axe_finds_a_real_problem(browser, axe_source, site_url):
    """The harness is live: a page with an unlabelled field and low contrast fails."""
    ctx = new_context(browser, axe_source, "desktop", "en", site_url)
    page = ctx.new_page()
    page.goto(site_url + "/")
    page.evaluate("""() => { document.querySelector('details.filter-box').open = true;
                         document.getElementById('f-q').removeAttribute('id');
                         document.querySelector('h1').style.color = '#ddd'; }""")
    ids = {v["id"] for v in axe_violations(page)}
    ctx.close()
    assert {"label", "color-contrast"} <= ids


def _focused(page) -> dict:
    return page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e);
        const r = e.getBoundingClientRect();
        return {tag: e.tagName, id: e.id, cls: e.className, text: (e.innerText || '').trim(),
                outline: s.outlineStyle, width: parseFloat(s.outlineWidth), visible: r.width > 0 && r.height > 0}; }""")


def _tab_to(page, predicate, limit=60) -> dict:
    for _ in range(limit):
        page.keyboard.press("Tab")
        f = _focused(page)
        assert f["visible"], f"focused element is not visible: {f}"
        if f["tag"] != "MAIN":
            assert f["outline"] != "none" and f["width"] >= 2, f"no visible focus indicator: {f}"
        if predicate(f):
            return f
    raise AssertionError("never reached the element by Tab")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_keyboard_only_filter_and_open_an_event(browser, axe_source, site_url, viewport):
    ctx = new_context(browser, axe_source, viewport, "en", site_url)
    page = ctx.new_page()
    page.goto(site_url + "/")
    first = _tab_to(page, lambda f: True)
    assert first["text"] == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # the filters sit behind one button (issue 15)
    _tab_to(page, lambda f: f["tag"] == "SUMMARY" and f["text"] == "Filter events")
    page.keyboard.press("Enter")
    _tab_to(page, lambda f: f["id"] == "f-q")
    page.keyboard.type("camp")
    _tab_to(page, lambda f: f["id"] == "f-department")
    for _ in range(10):
        if page.evaluate("document.activeElement.value") == "fire":
            break
        page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.value") == "fire"
    _tab_to(page, lambda f: f["id"] == "f-joint")
    page.keyboard.press("Space")
    assert page.evaluate("document.getElementById('f-joint').checked") is True
    _tab_to(page, lambda f: f["tag"] == "BUTTON")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert page.url == site_url + "/?q=camp&department=fire&joint=1"
    found = _tab_to(page, lambda f: "title" in f["cls"].split())
    assert found["text"] == "Junior Fire Marshal Camp"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/events/" in page.url
    assert page.inner_text("h1") == "Junior Fire Marshal Camp"
    ctx.close()


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("csp", ["enforced", "bypassed"])
def test_payloads_from_every_text_column_are_shown_as_text(browser, axe_source, payload_url, payload_config,
                                                           lang, csp):
    """With the CSP switched off in the browser too, escaping alone must stop every payload."""
    events = json.loads((payload_config.out_dir / "public/events.json").read_text())
    assert len(events) == 3
    pages = ["/?from=2025-08-01", "/month/2025-08", "/embed?lang=" + lang, f"/staff/{STAFF_TOKEN}/",
             "/?from=2025-08-01&q=XSS-Title"] + [f"/events/{e['uid']}" for e in events]
    ctx = new_context(browser, axe_source, "desktop", lang, payload_url, bypass_csp=(csp == "bypassed"))
    page = ctx.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in pages:
        page.goto(payload_url + path)
        page.wait_for_load_state("load")
        ran = page.evaluate("Object.keys(window).filter(k => k.startsWith('xss'))")
        assert ran == [], (path, ran)
        live = page.evaluate("""() => document.querySelectorAll(
            'script:not([type="application/ld+json"]), img, svg, iframe, object, embed, [onerror], [onload], [onmouseover]').length""")
        assert live == 0, path
        assert page.evaluate("document.querySelectorAll('a[href^=\"javascript:\" i]').length") == 0, path
        body = page.inner_text("body")
        assert "XSS-Title" in body, path
    # the event page shows every public column's payload verbatim, as text
    page.goto(payload_url + f"/events/{events[0]['uid']}")
    body = page.inner_text("body")
    shown = [c for c in SHOWN_COLUMNS if not c.endswith("(Spanish)")] if lang == "en" else \
        [c for c in SHOWN_COLUMNS if c not in ("Title", "Description")]
    for column in shown:
        assert payload(column) in body, (column, lang)
    for column in PRIVATE_COLUMNS:
        assert f"XSS-{column.replace(' ', '')}" not in body
    ld = page.evaluate("JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)")
    assert ld["name"] == payload("Title (Spanish)" if lang == "es" else "Title")
    assert page.evaluate("document.querySelectorAll('script').length") == 1
    ctx.close()
    assert dialogs == []


def test_json_ld_cannot_close_its_script_element(payload_url, payload_config):
    import urllib.request
    events = json.loads((payload_config.out_dir / "public/events.json").read_text())
    body = urllib.request.urlopen(f"{payload_url}/events/{events[0]['uid']}").read().decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S).group(1)
    assert "<" not in block and ">" not in block
    assert json.loads(block)["name"] == payload("Title")
