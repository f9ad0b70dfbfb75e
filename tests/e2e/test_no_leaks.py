"""No internal event, contact or note reaches any public route.

Two calendars, each synced for real: the labelled dedupe-dev workbook (its expected.json
lists ``internal_titles`` and ``internal_markers``) and our own site workbook. Every public
route is requested — every list page, month, event page in both languages, single-event
download, feed, filter, search, JSON and embed — and every body is scanned.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone


from sheets_sync.pipeline import run_sync
from tests.conftest import DEDUPE_DEV
from tests.sitedata import (INTERNAL_CONTACT, INTERNAL_NOTE, INTERNAL_TITLE, PUBLIC_CONTACT,
                            PUBLIC_NOTE, fresh_config, make_app)


def public_paths(config) -> list[str]:
    public = json.loads((config.out_dir / "public/events.json").read_text())
    private = json.loads((config.out_dir / "private/events.json").read_text())
    months = sorted({e["start"][:7] for e in public + private})
    paths = ["/", "/?from=2000-01-01", "/month/", "/embed?limit=50", "/embed?from=2000-01-01",
             "/events.json", "/events.json?from=2000-01-01", "/calendar.ics", "/healthz",
             "/?from=2000-01-01&joint=1", "/events.json?from=2000-01-01&joint=1"]
    paths += [f"/month/{m}" for m in months] + [f"/month/{m}?lang=es" for m in months]
    for e in public:
        paths += [f"/events/{e['uid']}", f"/events/{e['uid']}?lang=es", f"/events/{e['uid']}.ics"]
    for e in private:     # internal events' URLs must be plain 404s
        paths += [f"/events/{e['uid']}", f"/events/{e['uid']}.ics"]
    depts = {d.slug for d in config.departments}
    for slug in depts:
        paths += [f"/?from=2000-01-01&department={slug}", f"/departments/{slug}.ics",
                  f"/events.json?from=2000-01-01&department={slug}", f"/embed?department={slug}"]
    for e in private:     # searching for an internal event's words finds nothing
        for word in e["title"].split()[:3]:
            paths += [f"/?from=2000-01-01&q={word}", f"/events.json?from=2000-01-01&q={word}"]
    return sorted(set(paths))


def scan(config, needles: list[str]) -> int:
    """Request every public path; assert no needle in any body (raw, JSON- or HTML-escaped),
    internal events' URLs are 404s and public ones 200s. Returns the number of paths."""
    client = make_app(config, PAGE_SIZE=100000).test_client()
    paths = public_paths(config)
    public = {e["uid"] for e in json.loads((config.out_dir / "public/events.json").read_text())}
    leaks = []
    for path in paths:
        r = client.get(path)
        if path.startswith("/events/"):
            uid = re.sub(r"(\.ics)?(\?lang=es)?$", "", path[len("/events/"):])
            assert r.status_code == (200 if uid in public else 404), (path, r.status_code)
        else:
            assert r.status_code in (200, 503), (path, r.status_code)     # 503: /healthz when stale
        body = r.get_data(as_text=True)
        for needle in needles:
            for form in {needle, json.dumps(needle)[1:-1], needle.replace("&", "&amp;").replace("'", "&#39;")}:
                if form in body:
                    leaks.append((path, needle))
    assert leaks == []
    return len(paths)


def test_dedupe_dev_internal_events_never_leak(tmp_path):
    expected = json.loads((DEDUPE_DEV / "expected.json").read_text())
    config = fresh_config(tmp_path)
    config = config.model_copy(update={"source": config.source.model_copy(
        update={"workbook": DEDUPE_DEV / "intake.xlsx"})})
    run_sync(config, now=datetime(2024, 10, 1, tzinfo=timezone.utc))
    private = json.loads((config.out_dir / "private/events.json").read_text())
    internal = {e["title"] for e in private if e["visibility"] == "Internal"}
    assert set(expected["internal_titles"]) <= internal            # the sync kept them privately
    needles = expected["internal_titles"] + expected["internal_markers"]
    assert len(needles) == 54
    scanned = scan(config, needles)
    assert scanned > 1000


def test_own_workbook_internal_event_and_private_columns_never_leak(site_config):
    private = json.loads((site_config.out_dir / "private/events.json").read_text())
    assert INTERNAL_TITLE in {e["title"] for e in private}
    scan(site_config, [INTERNAL_TITLE, INTERNAL_CONTACT, INTERNAL_NOTE, PUBLIC_CONTACT, PUBLIC_NOTE,
                       "919-555-0123", "919-555-0177", "NOTE-QUUX", "NOTE-PLUGH"])
