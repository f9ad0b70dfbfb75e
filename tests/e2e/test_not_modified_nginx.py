"""The app's early 304s (public_feed/conditional.py) next to real nginx serving the same files
with deploy/'s site (issue 17): for each kind of published file, the app under ``serve``
(waitress) and nginx answer the same conditional requests with the same status, ETag,
Cache-Control, X-Content-Type-Options and CORS, each honouring the other's validators.
An event's own calendar (``/events/<uid>.ics``) is no file since issue 17 (p17p): nginx passes
it to the app, and its answers through nginx must equal the app's.

The real sync, ``serve`` and nginx are started as tests/e2e/test_nginx_deploy.py starts them
(nginx must be installed; scripts/test.sh installs Debian's).
"""
from __future__ import annotations

import json
from datetime import timedelta
from email.utils import format_datetime, parsedate_to_datetime

from tests.e2e.test_nginx_deploy import (app_and_nginx, nginx_binary, render_main, render_site, request,
                                         synced_city)  # noqa: F401
from tests.e2e.test_new_city import _free_port

#: Headers both must send alike on a 304 (nginx adds Server, Date, Connection; it also repeats
#: Last-Modified, which Werkzeug leaves out of a 304: RFC 9110 §15.4.5 does not require it).
SAME = ("etag", "cache-control", "x-content-type-options", "access-control-allow-origin")


def later(http_date: str) -> str:
    """The HTTP-date one hour after ``http_date``."""
    return format_datetime(parsedate_to_datetime(http_date) + timedelta(hours=1), usegmt=True)


def test_app_304s_match_nginx(synced_city, tmp_path):  # noqa: F811 (the imported fixture)
    public = synced_city / "out" / "public"
    prefix = tmp_path / "nginx"
    prefix.mkdir()
    port, app_port = _free_port(), _free_port()
    (prefix / "site.conf").write_text(render_site(public, port, app_port))
    (prefix / "nginx.conf").write_text(render_main(prefix, prefix / "site.conf"))
    nginx_cmd = [nginx_binary(), "-p", str(prefix), "-e", str(prefix / "error.log"), "-c", str(prefix / "nginx.conf")]
    with app_and_nginx(synced_city, tmp_path, nginx_cmd, port, app_port):
        nginx_base, app_base = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{app_port}"
        uid = json.loads((public / "events.json").read_bytes())[0]["uid"]
        paths = ["/calendar.ics", "/joint.ics", "/departments/police.ics", f"/events/{uid}.ics",
                 "/updates.atom", "/open-data/combined-events.csv", "/open-data/data.json"]
        for path in paths:
            file, own = public / path[1:], path.startswith("/events/")
            assert file.is_file() != own, path          # issue 17 (p17p): an event's own calendar is no
            code, full, body = request(nginx_base + path)     # file; nginx passes it to the app
            assert code == 200 and "nginx" in full["server"], path
            assert body == (request(app_base + path)[2] if own else file.read_bytes()), path
            etag, modified = full["etag"], full["last-modified"]
            for headers, expected in (({"If-None-Match": etag}, 304), ({"If-None-Match": f"W/{etag}"}, 304),
                                      ({"If-None-Match": "*"}, 304), ({"If-Modified-Since": modified}, 304),
                                      ({"If-None-Match": '"0-0"', "If-Modified-Since": modified}, 200),
                                      # a client's date later than the file's (a copy fetched
                                      # elsewhere, or a clock ahead): not modified since, for both
                                      ({"If-Modified-Since": later(modified)}, 304),
                                      ({"If-Modified-Since": "not a date"}, 200),
                                      ({"If-None-Match": f'"0-0", W/{etag}'}, 304),
                                      ({"If-None-Match": f"garbage{etag}"}, 200)):
                (n_code, n_headers, n_body), (a_code, a_headers, a_body) = (
                    request(nginx_base + path, headers), request(app_base + path, headers))
                assert (n_code, a_code) == (expected, expected), (path, headers, n_code, a_code)
                if expected == 304:
                    assert n_body == a_body == b""
                    assert {h: n_headers.get(h) for h in SAME} == {h: a_headers.get(h) for h in SAME}, (path, headers)
                    assert "nginx" not in a_headers.get("server", "")
            assert "access-control-allow-origin" in request(nginx_base + path)[1] or not path.startswith("/open-data/")
