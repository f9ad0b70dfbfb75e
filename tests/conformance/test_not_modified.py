"""304s for published files before Flask's dispatch (issue 17, :mod:`public_feed.conditional`).

On the tricky workbook's real sync, every kind of published file the app serves (the full
calendar, joint, a department, a type, one event, the Atom feed, an open-data file) is asked
with the conditional headers of RFC 9110 §13 — ``If-None-Match`` strong, weak (``W/``), in a
list, ``*``, not matching (then ``If-Modified-Since`` must be ignored), ``If-Modified-Since``
alone at, after and before Last-Modified — by ``GET`` and ``HEAD``. The status and every
header (but Date) must equal the app's answer with the layer switched off, and the 304s must
not reach Flask (a ``before_request`` hook counts what does). An alias, a query string, an
unknown UID and a release switch go through Flask or follow the new file.
"""
from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone

import pytest

from public_feed import release
from public_feed.app import create_app
from public_feed.release import current_release
from werkzeug.http import http_date


def make(config, layer: bool):
    app = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "TESTING": True, "NOT_MODIFIED_LAYER": layer})
    app.extensions["dispatched"] = []

    @app.before_request
    def count():
        from flask import request
        app.extensions["dispatched"].append(request.path)
    return app


@pytest.fixture(scope="module")
def apps(published):
    config, _ = published
    return make(config, True), make(config, False)


def urls(config) -> list[str]:
    manifest = json.loads((config.out_dir / "public" / "feeds.json").read_bytes())
    events = json.loads((config.out_dir / "public" / "events.json").read_bytes())
    department = sorted(manifest["departments"])[0]
    kind = sorted(manifest["types"])[0]
    return ["/calendar.ics", "/joint.ics", f"/departments/{department}.ics", f"/types/{kind}.ics",
            f"/events/{events[0]['uid']}.ics", "/updates.atom", "/feeds.json", "/open-data/combined-events.csv"]


def answer(app, method: str, url: str, headers: dict) -> tuple[int, dict, bytes]:
    response = app.test_client().open(url, method=method, headers=headers)
    return response.status_code, {k: v for k, v in response.headers.items() if k != "Date"}, response.data


def conditions(etag: str, last_modified: str) -> list[tuple[dict, int]]:
    """(conditional headers, the status RFC 9110 §13 gives)."""
    moment = datetime.strptime(last_modified, "%a, %d %b %Y %H:%M:%S GMT").replace(tzinfo=timezone.utc)
    return [({"If-None-Match": etag}, 304),
            ({"If-None-Match": "W/" + etag}, 304),                         # weak comparison
            ({"If-None-Match": f'"nope", {etag}'}, 304),
            ({"If-None-Match": "*"}, 304),
            ({"If-None-Match": '"nope"', "If-Modified-Since": last_modified}, 200),   # INM decides alone
            ({"If-Modified-Since": last_modified}, 304),
            ({"If-Modified-Since": http_date(moment + timedelta(hours=1))}, 304),
            ({"If-Modified-Since": http_date(moment - timedelta(seconds=1))}, 200),
            ({"If-Modified-Since": "not a date"}, 200)]


def test_the_layer_answers_as_flask_does_without_dispatching(apps, published):
    fast, full = apps
    config, _ = published
    for url in urls(config):
        status, plain, body = answer(full, "GET", url, {})
        assert status == 200 and body, url
        for method in ("GET", "HEAD"):
            for headers, expected in conditions(plain["ETag"], plain["Last-Modified"]):
                before = len(fast.extensions["dispatched"])
                got, want = answer(fast, method, url, headers), answer(full, method, url, headers)
                assert got == want, (method, url, headers)
                assert got[0] == expected, (method, url, headers)
                reached = len(fast.extensions["dispatched"]) - before
                assert reached == (0 if expected == 304 else 1), (method, url, headers)
        not_modified = answer(fast, "GET", url, {"If-None-Match": plain["ETag"]})[1]
        assert not_modified["ETag"] == plain["ETag"] and not_modified["Cache-Control"] == "public, max-age=300"
        assert "Last-Modified" not in not_modified and "Content-Type" not in not_modified
        assert ("Access-Control-Allow-Origin" in not_modified) == url.startswith("/open-data/")


def test_what_the_layer_leaves_to_flask(apps, published):
    fast, full = apps
    config, _ = published
    etag = answer(full, "GET", "/calendar.ics", {})[1]["ETag"]
    department = sorted(json.loads((config.out_dir / "public" / "feeds.json").read_bytes())["departments"])[0]
    alias_file = next((p.stem for p in (config.out_dir / "public" / "departments").glob("*.ics")
                       if p.stem not in json.loads((config.out_dir / "public" / "feeds.json").read_bytes())["departments"]),
                      None)
    cases = [("/calendar.ics?department=" + department, {"If-None-Match": "*"}),   # a query string
             ("/events/nope@example.ics", {"If-None-Match": "*"}),                  # not an event: 404
             ("/departments/nope.ics", {"If-None-Match": "*"}),
             ("/calendar.ics", {})]                                                 # not conditional
    if alias_file:
        cases.append((f"/departments/{alias_file}.ics", {"If-None-Match": "*"}))    # an alias: 301
    for url, headers in cases:
        before = len(fast.extensions["dispatched"])
        assert answer(fast, "GET", url, headers) == answer(full, "GET", url, headers), url
        assert len(fast.extensions["dispatched"]) == before + 1, url
    assert answer(fast, "POST", "/calendar.ics", {"If-None-Match": etag})[0] == 405


def test_a_release_switch_is_followed_at_once(published, tmp_path):
    """A new release with a changed calendar.ics: the old ETag gets the new file (200), the new
    one a 304 from the layer, with no restart."""
    config, _ = published
    fast = make(config, True)
    old = answer(fast, "GET", "/calendar.ics", {})[1]["ETag"]
    served = current_release(config.out_dir)
    files = {str(p.relative_to(served)): p.read_bytes() for p in served.rglob("*") if p.is_file()}
    original = files["public/calendar.ics"]
    files["public/calendar.ics"] = original.replace(b"END:VCALENDAR", b"X-TEST:1\r\nEND:VCALENDAR")
    try:
        release.switch(config.out_dir, release.stage(config.out_dir, files))
        status, headers, body = answer(fast, "GET", "/calendar.ics", {"If-None-Match": old})
        assert status == 200 and b"X-TEST:1" in body and headers["ETag"] != old
        st = os.stat(config.out_dir / "public" / "calendar.ics")
        assert headers["ETag"] == f'"{int(st.st_mtime):x}-{st.st_size:x}"'
        before = len(fast.extensions["dispatched"])
        assert answer(fast, "GET", "/calendar.ics", {"If-None-Match": headers["ETag"]})[0] == 304
        assert len(fast.extensions["dispatched"]) == before
    finally:
        files["public/calendar.ics"] = original                  # the fixture's bytes back (a later mtime)
        release.switch(config.out_dir, release.stage(config.out_dir, files))
