"""A published feed of FILE_WRAPPER_MIN bytes or more is sent from its file through the
server's ``wsgi.file_wrapper`` (issue 17: waitress otherwise copies a large answer into its
output buffer, past 1 MB into a temporary file): the same bytes, Content-Length, ETag and
Last-Modified as the file's, and still a 304 on a matching If-None-Match — through Flask's test
client and through waitress itself on loopback, built as ``safety-events serve`` builds it
(with a 1 MB send buffer a connection)."""
from __future__ import annotations

import threading
import urllib.error
import urllib.request
from email.utils import parsedate_to_datetime

import http.client

from public_feed.feeds import FILE_WRAPPER_MIN
from public_feed.server import SEND_BUFFER, waitress_server
from tests.sitedata import big_tabs, build_site, fresh_config, make_app


def request(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=60) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


def test_a_large_feed_is_the_files_bytes_through_the_file_wrapper(tmp_path):
    config = build_site(fresh_config(tmp_path), big_tabs(400))
    path = config.out_dir / "public" / "calendar.ics"
    data, st = path.read_bytes(), path.stat()
    assert len(data) >= 2 * FILE_WRAPPER_MIN                         # the case under test
    etag = f'"{int(st.st_mtime):x}-{st.st_size:x}"'                  # nginx's, for the same file
    app = make_app(config)

    response = app.test_client().get("/calendar.ics")
    assert response.status_code == 200 and response.is_streamed        # the file, not bytes in memory
    assert response.get_data() == data and response.headers["ETag"] == etag
    assert int(response.headers["Content-Length"]) == len(data)
    response.close()                                                 # closes the file, as a server does

    server = waitress_server(app, "127.0.0.1", 0, threads=2)          # as `safety-events serve` runs it
    stopping = threading.Event()

    def run():                           # waitress's loop a turn at a time, closed in its own thread
        while not stopping.is_set():
            server.asyncore.loop(timeout=0.1, map=server._map, count=1)
        server.close()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.effective_port}"
        status, headers, body = request(f"{base}/calendar.ics")
        assert (status, body) == (200, data)
        assert int(headers["content-length"]) == len(data) and headers["etag"] == etag
        assert parsedate_to_datetime(headers["last-modified"]).timestamp() == int(st.st_mtime)
        assert headers["content-type"] == "text/calendar; charset=utf-8"
        status, headers, body = request(f"{base}/calendar.ics", {"If-None-Match": etag})
        assert (status, body) == (304, b"") and headers["etag"] == etag
        status, _, body = request(f"{base}/calendar.ics", {"If-None-Match": '"0-0"'})
        assert (status, body) == (200, data)
        # each connection may take SEND_BUFFER bytes a send (Linux reports twice what was set)
        connection = http.client.HTTPConnection("127.0.0.1", server.effective_port, timeout=60)
        connection.request("GET", "/calendar.ics")
        assert connection.getresponse().read() == data
        # (the earlier connections' channels may still be open under load: every channel counts)
        buffers = [c.sendbuf_len >= SEND_BUFFER for c in list(server.active_channels.values())]
        assert buffers and all(buffers)
        connection.close()
    finally:
        stopping.set()
        thread.join(timeout=30)
