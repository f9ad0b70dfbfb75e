"""Issue 16, the small ones: temp files cleaned at the next sync, token redaction for any
path form, no 500 on any ``next``."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from public_feed.app import create_app
from public_feed.staff import TokenRedactingFilter, redact
from sheets_sync.pipeline import run_sync
from tests.conftest import write_workbook

TOKEN = "s3cret-token-0123456789"


def test_temp_files_left_by_a_killed_run_are_removed_at_the_next_sync(config, tmp_path):
    write_workbook(tmp_path / "intake.xlsx", {"Police": [["Title", "Start Date", "Visibility"],
                                                         ["Walk", "8/5/2025", "Public"]]})
    out = config.out_dir
    out.mkdir(parents=True)
    leftovers = [out / ".report.xlsx.abc123.tmp", out / ".current.4242.tmp"]
    for path in leftovers:
        path.write_text("partial")
    keep = out / "notes.tmp.txt"
    keep.write_text("mine")
    run_sync(config, now=datetime(2025, 8, 1, 12, tzinfo=timezone.utc))
    assert [p.exists() for p in leftovers] == [False, False]
    assert keep.exists() and (out / "report.xlsx").exists()


def test_token_is_redacted_for_every_path_form():
    for path in (f"//staff/{TOKEN}/", f"/staff//{TOKEN}/", f"/%73taff/{TOKEN}", f"/STAFF/{TOKEN}",
                 f"/staff%2F{TOKEN}", f"/./staff/{TOKEN}", f"/staff\\{TOKEN}",
                 f"/lang/es?next=%2F%2Fstaff%2F%2F{TOKEN}%2F"):
        line = redact(f'"GET {path} HTTP/1.1" 404 -')
        assert TOKEN not in line and "[redacted]" in line, line
    record = logging.LogRecord("werkzeug", logging.INFO, __file__, 1, '"GET %s HTTP/1.1" %s -',
                               (f"/%73taff/{TOKEN}/", "404"), None)
    TokenRedactingFilter().filter(record)
    assert TOKEN not in record.getMessage()


def test_language_switch_with_control_characters_in_next_redirects_home(site_config):
    client = create_app({"TESTING": True, "SAFETY_EVENTS_CONFIG_OBJ": site_config}).test_client()
    for evil in ("/x\r\nSet-Cookie: a=b", "/x\nLocation: //evil", "/x\x00", "/month/\t2025-08"):
        response = client.get("/lang/es", query_string={"next": evil})
        assert response.status_code == 303 and response.headers["Location"] == "/"
        assert "a=b" not in response.headers.get_all("Set-Cookie")[0]
    assert client.get("/lang/es?next=/month/2025-08").headers["Location"] == "/month/2025-08"


def test_control_characters_or_overlong_query_values_answer_400_on_every_page(site_config):
    """Fresh verifier: ``/?type=%00`` answered 200 (the NUL slugified to nothing, read as "every
    type"). Every page, feed and /events.json now answers 400 — a short page, JSON, or plain
    text — for a control character or an overlong name or value in any parameter, never 500."""
    client = create_app({"TESTING": True, "SAFETY_EVENTS_CONFIG_OBJ": site_config}).test_client()
    paths = ("/", "/month/", "/map", "/embed", "/events.json", "/calendar.ics", "/updates.atom")
    params = ("department", "type", "audience", "language", "joint", "q", "from", "to", "page", "limit",
              "lang", "utm_source")
    bad_values = ("\x00", "fire\x00", "\x1f", "\x7f", "a\nb", "\u0085", "x" * 1001)
    for path in paths:
        for param in params:
            for value in bad_values:
                response = client.get(path, query_string={param: value})
                assert response.status_code == 400, (path, param, value, response.status_code)
        assert client.get(path, query_string={"x" * 1001: "1"}).status_code == 400
    page = client.get("/?type=%00")
    assert page.status_code == 400 and page.mimetype == "text/html"
    assert b"Address not understood" in page.data and b"type" in page.data
    body = client.get("/events.json?q=%00").get_json()
    assert body == {"error": "query parameter 'q' has a control character or is too long", "parameter": "q"}
    # /healthz answers monitors in JSON; a 400 page never echoes the overlong value back
    assert client.get("/healthz?x=%00").get_json()["parameter"] == "x"
    overlong = client.get("/", query_string={"q": "z" * 5000})
    assert overlong.status_code == 400 and b"z" * 1001 not in overlong.data
    feed = client.get("/calendar.ics?department=%0d%0a")
    assert feed.mimetype == "text/plain" and feed.data.startswith(b"Bad request: query parameter 'department'")
    # what a reader may type still reads: a long search (cut to 200), accents, a tab-free blank
    assert client.get("/", query_string={"q": "é" * 1000}).status_code == 200
    assert client.get("/events.json", query_string={"q": "Café con la policía"}).status_code == 200
