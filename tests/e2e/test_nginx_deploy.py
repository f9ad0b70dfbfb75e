"""Acceptance (issue 12): real nginx with deploy/'s site over a real sync's output.

A new city is set up (`init`), filled and synced as in test_new_city; the app runs under
`serve` (waitress); deploy/nginx-safety-events.conf is rendered for this folder (its root,
a free loopback port, the app's port) inside a minimal nginx.conf whose pid, logs and temp
directories are under a tmp prefix, so nginx runs as an ordinary process. Then, over real
HTTP: `nginx -t` passes; a feed is 200, `text/calendar` and the very bytes the sync wrote
(and the app serves) with the same ETag and Last-Modified as the app's, each honouring the
other's in `If-None-Match`/`If-Modified-Since` (304); gzip when asked; a filtered
feed and /healthz reach the app; `private/`, the record and the lock are unreachable, even
when someone links them under public/ by mistake.

nginx must be installed (scripts/test.sh installs Debian's); without it this test fails.
"""
from __future__ import annotations

import gzip
import json
import os
import pwd
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.e2e.test_new_city import BASE_URL, _cli, _fill, _free_port

SITE = ROOT / "deploy" / "nginx-safety-events.conf"
DEPLOY_ROOT = "root /srv/safety-events/out/public;"


def nginx_binary() -> str:
    # Debian puts it in /usr/sbin, which an ordinary user's PATH may lack
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
    if not found:
        pytest.fail("nginx is not installed: run scripts/test.sh (it installs Debian's nginx) "
                    "or `apt-get install -y nginx`", pytrace=False)
    return found


def render_site(public: Path, port: int, app_port: int) -> str:
    """deploy/'s site for this folder; every replaced line must exist, so a changed deploy file
    fails here instead of being tested half-rendered."""
    site = SITE.read_text()
    replacements = {
        "listen 80;": f"listen 127.0.0.1:{port};",
        DEPLOY_ROOT: f"root {public};",
        "proxy_pass http://127.0.0.1:8080;": f"proxy_pass http://127.0.0.1:{app_port};",
    }
    for old, new in replacements.items():
        assert old in site, f"{old!r} is no longer in {SITE.name}: update this test's rendering"
        site = site.replace(old, new)
    return site


def render_main(prefix: Path, site: Path) -> str:
    """A minimal nginx.conf around the site (what Debian's /etc/nginx/nginx.conf provides)."""
    user = ""
    if os.geteuid() == 0:   # as root, workers would drop to `nobody`, who cannot read tmp_path
        user = f"user {pwd.getpwuid(os.getuid()).pw_name};\n"
    temps = "\n".join(f"    {kind}_temp_path {prefix / ('tmp-' + kind)};"
                      for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return (f"{user}worker_processes 1;\npid {prefix / 'nginx.pid'};\n"
            f"error_log {prefix / 'error.log'} warn;\n"
            "events { worker_connections 64; }\n"
            "http {\n"
            f"    access_log {prefix / 'access.log'};\n"
            f"{temps}\n"
            "    default_type application/octet-stream;\n"
            f"    include {site};\n"
            "}\n")


def request(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


def wait_for(url: str, process: subprocess.Popen, log: Path, what: str) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            request(url)
            return
        except (urllib.error.URLError, ConnectionError, OSError):
            assert process.poll() is None, f"{what} exited: " + log.read_text()
            assert time.monotonic() < deadline, f"{what} did not answer in 60 s: " + log.read_text()
            time.sleep(0.2)


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=30)


@contextmanager
def app_and_nginx(city: Path, tmp_path: Path, nginx_cmd: list[str], port: int, app_port: int):
    """``serve`` on ``app_port`` in ``city`` and nginx (``nginx_cmd``, not daemonised) on
    ``port``, each logging to a file in ``tmp_path``; yields ``(app, nginx)`` once both answer
    and stops both after the block."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    app_log, nginx_log = tmp_path / "serve.log", tmp_path / "nginx.out"
    with app_log.open("w") as log:
        app = subprocess.Popen([sys.executable, "-m", "sheets_sync.cli", "serve", "--host", "127.0.0.1",
                                "--port", str(app_port)], cwd=city, env=env,
                               stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    with nginx_log.open("w") as log:
        nginx = subprocess.Popen([*nginx_cmd, "-g", "daemon off;"], stdin=subprocess.DEVNULL,
                                 stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(f"http://127.0.0.1:{app_port}/healthz", app, app_log, "serve")
        wait_for(f"http://127.0.0.1:{port}/calendar.ics", nginx, nginx_log, "nginx")
        yield app, nginx
    finally:
        stop(nginx)
        stop(app)


@pytest.fixture
def synced_city(tmp_path) -> Path:
    folder = tmp_path / "springfield"
    folder.mkdir()
    _cli(folder, "init", "--city", "Springfield", "--timezone", "America/Chicago",
         "--department", "Police:SPD", "--department", "Fire:SFD", "--department", "Parks",
         "--base-url", BASE_URL)
    _fill(folder / "intake.xlsx", date.today())
    _cli(folder, "sync", "--strict")
    return folder


def test_real_nginx_serves_a_real_sync_with_the_deploy_site(synced_city, tmp_path):
    nginx = nginx_binary()
    out = synced_city / "out"
    public, private = out / "public", out / "private"
    assert (public / "calendar.ics").is_file() and (private / "events.json").is_file()
    assert (out / "record.sqlite").is_file()

    prefix = tmp_path / "nginx"
    prefix.mkdir()
    port, app_port = _free_port(), _free_port()
    site = prefix / "site.conf"
    site.write_text(render_site(public, port, app_port))
    conf = prefix / "nginx.conf"
    conf.write_text(render_main(prefix, site))
    base_cmd = [nginx, "-p", str(prefix), "-e", str(prefix / "error.log"), "-c", str(conf)]

    tested = subprocess.run([*base_cmd, "-t"], capture_output=True, text=True, timeout=60, check=False)
    assert tested.returncode == 0, tested.stderr
    assert "syntax is ok" in tested.stderr and "test is successful" in tested.stderr
    assert "[warn]" not in tested.stderr and "[emerg]" not in tested.stderr, tested.stderr

    with app_and_nginx(synced_city, tmp_path, base_cmd, port, app_port):
        base = f"http://127.0.0.1:{port}"

        # the feed: nginx's own static file answer, the bytes the sync wrote and the app serves
        status, headers, body = request(f"{base}/calendar.ics")
        assert status == 200
        assert headers["content-type"] == "text/calendar; charset=utf-8"
        assert "nginx" in headers["server"]
        assert body == (public / "calendar.ics").read_bytes()
        assert body.count(b"BEGIN:VEVENT") == 2 and b"Command Staff" not in body
        app_status, app_headers, app_body = request(f"http://127.0.0.1:{app_port}/calendar.ics")
        assert (app_status, app_body) == (200, body)
        assert headers["content-type"] == app_headers["content-type"]
        assert headers["cache-control"] == "public, max-age=300"
        assert headers["x-content-type-options"] == "nosniff"
        etag = headers["etag"]
        st = (public / "calendar.ics").stat()
        assert etag == f'"{int(st.st_mtime):x}-{st.st_size:x}"', etag     # nginx's static-file ETag
        # ... and the app's: the same validators for the same file, honoured across the two
        assert app_headers["etag"] == etag
        assert app_headers["last-modified"] == headers["last-modified"]
        assert parsedate_to_datetime(headers["last-modified"]).timestamp() == int(st.st_mtime)
        for one, other in ((base, f"http://127.0.0.1:{app_port}"), (f"http://127.0.0.1:{app_port}", base)):
            first = request(f"{one}/calendar.ics")[1]
            assert request(f"{other}/calendar.ics", {"If-None-Match": first["etag"]})[0] == 304
            assert request(f"{other}/calendar.ics", {"If-Modified-Since": first["last-modified"]})[0] == 304
        for rel in ("open-data/combined-events.csv", "departments/police.ics", "updates.atom", "feeds.json",
                    "open-data/measures.xlsx", "open-data/measures.csv"):
            (code, served, body), (app_code, proxied, app_body) = (
                request(f"{base}/{rel}"), request(f"http://127.0.0.1:{app_port}/{rel}"))
            assert (code, app_code) == (200, 200) and body == app_body == (public / rel).read_bytes(), rel
            assert "nginx" in served["server"] and "nginx" not in proxied.get("server", "")
            assert (served["etag"], served["last-modified"]) == (proxied["etag"], proxied["last-modified"]), rel
            assert served["content-type"] == proxied["content-type"], rel

        # an event's own calendar is no file (issue 17, p17p): nginx passes it to the app, which
        # answers from out/private/event-calendars.sqlite with the table's validators
        uid = json.loads((public / "events.json").read_bytes())[0]["uid"]
        assert not (public / "events").exists()
        (code, served, body), (app_code, direct, app_body) = (
            request(f"{base}/events/{uid}.ics"), request(f"http://127.0.0.1:{app_port}/events/{uid}.ics"))
        assert (code, app_code) == (200, 200) and body == app_body and f"UID:{uid}".encode() in body
        assert (served["etag"], served["last-modified"]) == (direct["etag"], direct["last-modified"])
        assert served["content-type"] == direct["content-type"] == "text/calendar; charset=utf-8"
        assert request(f"{base}/events/{uid}.ics", {"If-None-Match": served["etag"]})[0] == 304
        assert request(f"{base}/events/nope@example.org.ics")[0] == 404

        status, headers, body = request(f"{base}/calendar.ics", {"If-None-Match": etag})
        assert (status, body) == (304, b"")
        assert headers["etag"] == etag
        status, _, body = request(f"{base}/calendar.ics", {"If-None-Match": '"0-0"'})
        assert status == 200 and body == (public / "calendar.ics").read_bytes()

        status, headers, body = request(f"{base}/calendar.ics", {"Accept-Encoding": "gzip"})
        assert status == 200 and headers["content-encoding"] == "gzip"
        assert "Accept-Encoding" in headers["vary"]
        assert gzip.decompress(body) == (public / "calendar.ics").read_bytes()
        # a gzipped answer's ETag turns weak; it still revalidates
        status, _, body = request(f"{base}/calendar.ics", {"Accept-Encoding": "gzip",
                                                           "If-None-Match": headers["etag"]})
        assert (status, body) == (304, b"")

        # /events.json is the app's documented answer (an object with the upcoming events), the
        # same behind nginx as from the app, with or without a query string; the published file
        # (a list of every public event, for the pages) is not what a script fetching it expects
        status, headers, body = request(f"{base}/events.json")
        app_status, app_headers, app_body = request(f"http://127.0.0.1:{app_port}/events.json")
        assert (status, app_status) == (200, 200) and headers["content-type"].startswith("application/json")
        assert body == app_body
        answer = json.loads(body)
        assert set(answer) >= {"timezone", "from", "to", "filters", "count", "total", "events"}
        assert headers["access-control-allow-origin"] == "*"
        filtered = json.loads(request(f"{base}/events.json?department=police")[2])
        assert type(filtered) is type(answer) and filtered["count"] <= answer["count"]

        # the app behind it: pages, /healthz, a filtered feed (its query string) and 404s
        status, headers, _ = request(f"{base}/healthz")
        assert status == 200
        status, _, page = request(f"{base}/")
        assert status == 200 and b"Neighborhood Watch Kickoff" in page
        status, headers, filtered = request(f"{base}/calendar.ics?department=police")
        assert status == 200 and headers["content-type"].startswith("text/calendar")
        # the app answers it from departments/police.ics: that file's validators
        assert headers["etag"] == request(f"{base}/departments/police.ics")[1]["etag"]
        assert b"SUMMARY:Neighborhood Watch Kickoff" in filtered
        assert b"Smoke Alarm" not in filtered

        # never reachable: private/, the record, the lock, the release folders
        hidden = ["/private/events.json", "/private/calendar.ics", "/record.sqlite",
                  "/out/record.sqlite", "/../record.sqlite", "/../private/events.json",
                  "/.sync.lock", "/.releases/", "/report.xlsx"]
        answers = {path: request(base + path)[0] for path in hidden}
        assert all(code in (400, 403, 404) for code in answers.values()), answers

        # ... even when someone links them under public/ by mistake
        (public / "private").symlink_to(private.resolve(), target_is_directory=True)
        shutil.copy(out / "record.sqlite", public / "record.sqlite")
        shutil.copy(out / "record.sqlite", public / "copy.sqlite-wal")
        try:
            assert (public / "private" / "events.json").is_file()
            answers = {path: request(base + path) for path in
                       ["/private/events.json", "/private/", "/record.sqlite", "/copy.sqlite-wal"]}
            assert {p: a[0] for p, a in answers.items()} == dict.fromkeys(answers, 404)
            assert not any(b"SQLite format" in a[2] or b"Command Staff" in a[2] for a in answers.values())
        finally:
            (public / "private").unlink()
            (public / "record.sqlite").unlink()
            (public / "copy.sqlite-wal").unlink()
    errors = (prefix / "error.log").read_text() if (prefix / "error.log").exists() else ""
    assert "[emerg]" not in errors and "[crit]" not in errors, errors
