"""A sync where nothing changed re-serialises no VEVENT and rewrites no feed file (issue 17):
every .ics keeps its inode, modification time and bytes; an edited event is serialised again,
and only it."""
from __future__ import annotations

import hashlib
import time
from datetime import datetime, timedelta, timezone

import pytest

from public_feed import ics, vcache
from public_feed.calendars import CALENDARS_FILE, EventCalendars, validators
from sheets_sync.pipeline import run_sync

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Lead Department", "Visibility"]
NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
TABS = {"Police": [H, ["Smoke Alarm Canvass", "2025-08-10", "10am", "1pm", "Walltown Park", "Police", "Public"],
                   ["Town Hall", "2025-08-14", "6pm", "8pm", "City Hall", "Police", "Public"],
                   ["Staff Drill", "2025-08-15", "9am", "10am", "HQ", "Police", "Internal"]],
        "Fire": [H, ["Open House", "2025-08-16", "10am", "2pm", "Station 1", "Fire", "Public"]]}


@pytest.fixture
def serialised(monkeypatch):
    """Titles of the events whose VEVENT is serialised, in order."""
    seen: list[str] = []
    real = ics.vevent_bytes

    def counting(event, url=""):
        seen.append(event.title)
        return real(event, url)
    monkeypatch.setattr(ics, "vevent_bytes", counting)
    return seen


def _ics_files(out) -> dict[str, tuple[int, int, str]]:
    """Every calendar file, and the table of per-event calendars (issue 17, p17p)."""
    return {str(p.relative_to(out)): (p.stat().st_ino, p.stat().st_mtime_ns,
                                      hashlib.sha256(p.read_bytes()).hexdigest())
            for top in ("public", "private") for p in sorted((out / top).rglob("*.ics"))
            + [out / CALENDARS_FILE]}


def test_no_change_resync_serialises_and_rewrites_nothing(config, make_workbook, serialised):
    make_workbook(TABS)
    run_sync(config, now=NOW)
    assert sorted(serialised) == ["Open House", "Smoke Alarm Canvass", "Staff Drill", "Town Hall"]  # once each
    before = _ics_files(config.out_dir)
    assert len(before) >= 8          # calendar, departments, joint, staff calendar, the per-event table
    serialised.clear()
    time.sleep(0.02)
    run_sync(config, now=NOW + timedelta(hours=1), reuse=False)
    assert serialised == []
    assert _ics_files(config.out_dir) == before

    edited = {**TABS, "Fire": [H, ["Open House", "2025-08-16", "11am", "2pm", "Station 1", "Fire", "Public"]]}
    make_workbook(edited)
    run_sync(config, now=NOW + timedelta(hours=2))
    assert serialised == ["Open House"]
    after = _ics_files(config.out_dir)
    changed = sorted(k for k in before if after.get(k) != before[k])
    assert "public/calendar.ics" in changed and "private/calendar.ics" in changed
    assert not any("town" in k.lower() or "canvass" in k.lower() for k in changed)
    assert CALENDARS_FILE in changed                         # the edited event's own calendar
    assert after["public/departments/police.ics"] == before["public/departments/police.ics"]


def test_a_foreign_or_broken_cache_is_an_empty_one(config, make_workbook, serialised):
    make_workbook(TABS)
    config.out_dir.mkdir(parents=True, exist_ok=True)
    (config.out_dir / vcache.CACHE_FILE).write_bytes(b"not marshal data")
    run_sync(config, now=NOW)
    assert len(serialised) == 4
    good = (config.out_dir / "public/calendar.ics").read_bytes()
    store = vcache.load(config.out_dir)
    # the four VEVENTs alone: each per-event calendar's own head lines are folded once per
    # title in each sync, no longer kept here (issue 17, p17t)
    assert len(store) == 4 and all(isinstance(v, bytes) for v in store.values())
    assert len(validators(config.out_dir / CALENDARS_FILE)) == 3
    (config.out_dir / vcache.CACHE_FILE).write_bytes(
        __import__("marshal").dumps({k: b"BEGIN:VEVENT\r\nEND:VEVENT\r\n" for k in ["x" * 64]}))
    serialised.clear()
    run_sync(config, now=NOW + timedelta(hours=1), reuse=False)      # the cache is no output
    assert len(serialised) == 4                     # keys that match nothing are not reused
    assert (config.out_dir / "public/calendar.ics").read_bytes() == good


def test_no_change_resync_leaves_the_report_workbook_alone(config, make_workbook):
    import openpyxl
    make_workbook(TABS)
    run_sync(config, now=NOW)
    report = config.report_path
    before = report.stat()
    time.sleep(0.02)
    run_sync(config, now=NOW + timedelta(hours=1), reuse=False)         # only the sync's clock differs
    assert (report.stat().st_ino, report.stat().st_mtime_ns) == (before.st_ino, before.st_mtime_ns)

    wb = openpyxl.load_workbook(report)                         # staff edit the report
    wb.create_sheet("Notes").append(["call Fire"])
    wb.save(report)
    run_sync(config, now=NOW + timedelta(hours=2))
    wb = openpyxl.load_workbook(report, read_only=True)
    assert "Notes" in wb.sheetnames                             # kept, and the tabs rewritten
    quality = {r[0]: r[1] for r in wb["Data Quality"].iter_rows(values_only=True)}
    assert quality["Last sync (UTC)"] == (NOW + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S")
    wb.close()

    written = report.stat()
    make_workbook({**TABS, "Fire": [H, ["Open House", "2025-08-16", "11am", "2pm", "Station 1", "Fire", "Public"]]})
    run_sync(config, now=NOW + timedelta(hours=3))
    assert report.stat().st_mtime_ns != written.st_mtime_ns



def test_published_files_is_a_pure_builder(config, make_workbook, serialised, monkeypatch):
    """The VEVENT store is read and saved by the sync's I/O shell next to the release; the
    builder itself (:func:`sheets_sync.pipeline.published_files`) touches no file."""
    from sheets_sync import pipeline
    calls = []
    real = pipeline.published_files
    monkeypatch.setattr(pipeline, "published_files", lambda events, *a, **k: calls.append(events) or real(events, *a, **k))
    make_workbook(TABS)
    run_sync(config, now=NOW)
    (events,) = calls
    saved = vcache.load(config.out_dir)
    listing = sorted(config.out_dir.rglob("*"))
    touched: list[str] = []
    monkeypatch.setattr(vcache, "save", lambda *a: touched.append("save"))
    monkeypatch.setattr(vcache, "load", lambda *a: touched.append("load") or {})
    serialised.clear()
    own: dict[str, bytes] = {}                           # each event's own calendar (issue 17, p17p)
    files, store = real(events, config, NOW, store=saved, calendars=own.update)
    assert touched == [] and serialised == []            # every VEVENT from the given store
    assert sorted(config.out_dir.rglob("*")) == listing
    assert store == saved                                # what the sync saved is what it returns
    assert files["public/calendar.ics"] == (config.out_dir / "public/calendar.ics").read_bytes()
    table = EventCalendars(config.out_dir / CALENDARS_FILE)
    assert own and {uid: table.get(uid).data for uid in own} == own      # what the sync published
    _, fresh = real(events, config, NOW, calendars=own.update)   # no store: every VEVENT serialised again
    assert sorted(serialised) == ["Open House", "Smoke Alarm Canvass", "Staff Drill", "Town Hall"]
    assert fresh == saved


def test_published_bytes_go_to_disk_as_built(config, make_workbook, monkeypatch):
    """Issue 17 (memory): each published file is written to the staging directory as it is
    built (:class:`public_feed.release.Staging`), so the sync never holds them all (at 100,000
    rows they are ~0.5 GB); they are on disk before the tabs and the record are written."""
    import public_feed.publish
    from public_feed import release
    from sheets_sync import pipeline
    given: list = []
    real_build, real_write = public_feed.publish.build_public_files, pipeline._write_tabs

    def build(*args, **kwargs):
        given.append(kwargs["files"])
        return real_build(*args, **kwargs)
    monkeypatch.setattr("sheets_sync.pipeline.build_public_files", build)
    on_disk_at_write: list[list[str]] = []

    def write(backend, tables, *job_and_digest):
        on_disk_at_write.append(sorted(str(p.relative_to(given[0].path))
                                       for p in given[0].path.rglob("*.ics") if "events" not in p.parts))
        return real_write(backend, tables, *job_and_digest)
    monkeypatch.setattr(pipeline, "_write_tabs", write)
    make_workbook(TABS)
    run_sync(config, now=NOW)
    assert len(given) == 1 and isinstance(given[0], release.Staging)
    assert "public/calendar.ics" in on_disk_at_write[0] and "private/calendar.ics" in on_disk_at_write[0]
    assert not given[0].path.exists()            # renamed into place by the switch
    assert (config.out_dir / "public/calendar.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
