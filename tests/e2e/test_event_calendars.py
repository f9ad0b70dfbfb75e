"""Issue 17 (p17p): each event's own calendar ("add this event", ``/events/<uid>.ics``) is one
row of a SQLite table in the release (``private/event-calendars.sqlite``), not one file per
event. The app answers it with the bytes the file held — checked against ``build_feed`` of
the one event built here, as the sync built the file — a strong ETag of those bytes and a
Last-Modified that stays put while they do, so a calendar re-polling an unchanged event gets
304s across syncs; a merged-away event keeps its CANCELLED calendar; an unknown UID is a 404.
Real .xlsx workbooks, the real sync and release, the app through Flask's test client (with
and without the WSGI 304 layer, :mod:`public_feed.conditional`)."""
from __future__ import annotations

import hashlib
import os
from datetime import datetime, timedelta, timezone
from urllib.parse import quote

import icalendar
import pytest
from werkzeug.http import http_date

from public_feed.ics import FeedInfo, build_feed
from sheets_sync import pipeline
from sheets_sync.pipeline import public_in_window, run_sync
from tests.e2e.test_review_decisions import decide, intake
from tests.sitedata import make_app

NOW = datetime(2025, 10, 1, 12, tzinfo=timezone.utc)
H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Lead Department", "Visibility"]
TABS = {"Police": [H, ["Smoke Alarm Canvass", "2025-10-10", "10am", "1pm", "Walltown Park", "Police", "Public"],
                   ["Town Hall; Q&A, \"open\"", "2025-10-14", "6pm", "8pm", "City Hall", "Police", "Public"],
                   ["Staff Drill", "2025-10-15", "9am", "10am", "HQ", "Police", "Internal"]],
        "Fire": [H, ["Open House", "2025-10-16", "10am", "2pm", "Station 1", "Fire", "Public"]]}


@pytest.fixture
def synced_events(monkeypatch):
    """The events each sync handed to the published files (the last sync's last)."""
    seen: list = []
    real = pipeline.published_files
    monkeypatch.setattr(pipeline, "published_files", lambda events, *a, **k: seen.append(events) or real(events, *a, **k))
    return seen


def own_calendar(e, config) -> bytes:
    """The calendar ``public/events/<uid>.ics`` held before p17p, built here as the sync built
    it: ``build_feed`` of the one event, named after it, its SOURCE the event's own address."""
    base = config.site.base_url.rstrip("/")
    info = FeedInfo(e.title, f"{e.title} — {config.site.title}", config.site.prodid, config.timezone,
                    config.feed.refresh_minutes, f"{base}/events/{quote(e.uid, safe='@-_')}.ics")
    return build_feed([e], info, {}, lambda ev: f"{base}/events/{ev.uid}")


def expected(events, config, now) -> dict[str, bytes]:
    return {e.uid: own_calendar(e, config) for e in public_in_window(events, config, now)}


def clients(config):
    return [make_app(config, SAFETY_EVENTS_TODAY=NOW.date().isoformat(), NOT_MODIFIED_LAYER=layer).test_client()
            for layer in (True, False)]


def validators(client, uid: str) -> tuple[str, str]:
    r = client.get(f"/events/{uid}.ics")
    assert r.status_code == 200
    return r.headers["ETag"], r.headers["Last-Modified"]


def test_each_calendar_is_served_from_the_table_with_the_bytes_the_file_held(config, make_workbook, synced_events):
    make_workbook(TABS)
    run_sync(config, now=NOW)
    release = (config.out_dir / "current").resolve()
    assert not (release / "public" / "events").exists()          # no file per event
    assert (release / "private" / "event-calendars.sqlite").is_file()
    want = expected(synced_events[-1], config, NOW)
    assert len(want) == 3                                         # the internal drill is not public
    for client in clients(config):
        for uid, body in want.items():
            r = client.get(f"/events/{uid}.ics")
            assert r.status_code == 200 and r.data == body
            assert r.headers["Content-Type"] == "text/calendar; charset=utf-8"
            assert r.headers["Cache-Control"] == "public, max-age=300"
            assert r.headers["ETag"] == f'"{hashlib.sha256(body).hexdigest()[:32]}"'   # strong, of the bytes
            assert r.headers["Last-Modified"] == http_date(NOW)                      # the sync that made it
            assert [str(v["UID"]) for v in icalendar.Calendar.from_ical(r.data).walk("VEVENT")] == [uid]
            head = client.head(f"/events/{uid}.ics")
            assert head.status_code == 200 and head.headers["ETag"] == r.headers["ETag"]
        drill = next(e.uid for e in synced_events[-1] if e.title == "Staff Drill")
        for unknown in (drill, "nope@example.org", "../calendar"):
            assert client.get(f"/events/{unknown}.ics").status_code == 404
            assert client.get(f"/events/{unknown}.ics", headers={"If-None-Match": "*"}).status_code == 404


def test_validators_hold_across_a_no_change_resync_and_move_with_an_edit(config, make_workbook, synced_events):
    make_workbook(TABS)
    run_sync(config, now=NOW)
    table = config.out_dir / "private" / "event-calendars.sqlite"
    first = table.stat()
    want = expected(synced_events[-1], config, NOW)
    client, plain = clients(config)
    before = {uid: validators(client, uid) for uid in want}

    run_sync(config, now=NOW + timedelta(hours=1), reuse=False)       # nothing changed
    again = table.stat()
    assert (again.st_ino, again.st_mtime_ns) == (first.st_ino, first.st_mtime_ns)   # hard-linked, not rewritten
    for c in (client, plain):
        assert {uid: validators(c, uid) for uid in want} == before
        for uid, (etag, modified) in before.items():
            assert c.get(f"/events/{uid}.ics", headers={"If-None-Match": etag}).status_code == 304
            assert c.get(f"/events/{uid}.ics", headers={"If-Modified-Since": modified}).status_code == 304
            assert c.get(f"/events/{uid}.ics", headers={"If-None-Match": '"other"',
                                                        "If-Modified-Since": modified}).status_code == 200

    later = NOW + timedelta(hours=2)
    make_workbook({**TABS, "Fire": [H, ["Open House", "2025-10-16", "11am", "2pm", "Station 1", "Fire", "Public"]]})
    run_sync(config, now=later)
    now_want = expected(synced_events[-1], config, later)
    edited = next(e.uid for e in synced_events[-1] if e.title == "Open House")
    for c in (client, plain):
        for uid, (etag, modified) in before.items():
            r = c.get(f"/events/{uid}.ics", headers={"If-None-Match": etag})
            if uid == edited:
                assert r.status_code == 200 and r.data == now_want[uid] != want[uid]
                assert r.headers["ETag"] != etag and r.headers["Last-Modified"] == http_date(later)
            else:
                assert r.status_code == 304
                assert validators(c, uid) == (etag, modified)


def test_a_merged_away_event_keeps_its_cancelled_calendar(config, make_workbook, synced_events):
    make_workbook(intake())
    run_sync(config, now=NOW)
    decide(config, {("Fire!3", "Police!3"): "Same event"})
    run_sync(config, now=NOW)
    events = synced_events[-1]
    merged = {e.uid for e in events if e.removed and e.title == "Fire Station Open House"}
    assert len(merged) == 1
    (gone,) = merged
    body = expected(events, config, NOW)[gone]
    for client in clients(config):
        r = client.get(f"/events/{gone}.ics")
        assert r.status_code == 200 and r.data == body
        assert r.headers["ETag"] == f'"{hashlib.sha256(body).hexdigest()[:32]}"'   # a row of the table
        (vevent,) = icalendar.Calendar.from_ical(r.data).walk("VEVENT")
        assert str(vevent["STATUS"]) == "CANCELLED"
        assert client.get(f"/events/{gone}.ics", headers={"If-None-Match": r.headers["ETag"]}).status_code == 304


def test_a_release_from_before_the_table_is_still_answered_from_its_files(config, make_workbook, synced_events):
    """Between an upgrade and the first sync the served release still has one file per event
    and no table: the app answers from the file (its nginx validators), 404 for no file."""
    make_workbook(TABS)
    run_sync(config, now=NOW)
    release = (config.out_dir / "current").resolve()
    (release / "private" / "event-calendars.sqlite").unlink()
    uid = next(e.uid for e in synced_events[-1] if e.title == "Open House")
    old = release / "public" / "events" / f"{quote(uid, safe='@-_')}.ics"
    old.parent.mkdir()
    old.write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    os.utime(old, (NOW.timestamp(), NOW.timestamp()))
    for client in clients(config):
        r = client.get(f"/events/{uid}.ics")
        assert r.status_code == 200 and r.data == old.read_bytes()
        assert r.headers["ETag"] == f'"{int(NOW.timestamp()):x}-{len(r.data):x}"'
        assert client.get(f"/events/{uid}.ics", headers={"If-None-Match": r.headers["ETag"]}).status_code == 304
        assert client.get("/events/nope@example.org.ics").status_code == 404
