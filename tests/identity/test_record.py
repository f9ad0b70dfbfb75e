"""The combined record (real SQLite file), `sync --json` counts and /healthz."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
import yaml
from click.testing import CliRunner

from public_feed.app import create_app
from public_feed.health import health
from sheets_sync.backends import SourceError
from sheets_sync.cli import main
from sheets_sync.pipeline import run_sync
from sheets_sync.record import Record

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility", "Status", "Partner Departments"]
NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
ONE = {"Police": [H, ["Town Hall", "2025-08-14", "6pm", "8pm", "City Hall", "Public", "", ""],
                  ["Bike Rodeo", "2025-08-20", "9am", "noon", "Armory", "Public", "", ""],
                  ["Coffee with a Cop", "2025-08-22", "8am", "9am", "Cup A Joe", "Public", "", ""]]}
TWO = {"Police": [H, ["Coffee with a Cop", "2025-08-22", "8am", "9am", "Cup A Joe", "Public", "", ""],
                  ["Town Hall", "2025-08-14", "6pm", "8pm", "City Hall", "Public", "", "Fire"],
                  ["Safety Fair", "2025-08-30", "noon", "4pm", "CCB Plaza", "Public", "", ""]]}
# TWO: Coffee unchanged (moved up), Town Hall gains a partner, Bike Rodeo deleted, Safety Fair new.


def _cli_sync(tmp_path, config_dict, *extra):
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config_dict))
    result = CliRunner().invoke(main, ["sync", "--config", str(path), "--json", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_sync_json_reports_created_updated_unchanged_removed_restored(tmp_path, config_dict, make_workbook):
    make_workbook(ONE)
    counts = ("created", "updated", "unchanged", "removed", "restored")
    first = _cli_sync(tmp_path, config_dict)
    assert {k: first[k] for k in counts} == dict(created=3, updated=0, unchanged=0, removed=0, restored=0)
    assert first["events"] == 3
    make_workbook(TWO)
    second = _cli_sync(tmp_path, config_dict)
    assert {k: second[k] for k in counts} == dict(created=1, updated=1, unchanged=1, removed=1, restored=0)
    assert second["events"] == 3 and second["joint_events"] == 1
    again = _cli_sync(tmp_path, config_dict)
    assert {k: again[k] for k in counts} == dict(created=0, updated=0, unchanged=3, removed=0, restored=0)
    make_workbook({"Police": [*TWO["Police"], ONE["Police"][2]]})        # Bike Rodeo typed back
    back = _cli_sync(tmp_path, config_dict)
    assert {k: back[k] for k in counts} == dict(created=0, updated=0, unchanged=3, removed=0, restored=1)
    with sqlite3.connect(tmp_path / "out/record.sqlite") as db:
        runs = db.execute("SELECT outcome, counts FROM syncs ORDER BY id").fetchall()
    assert [o for o, _ in runs] == ["ok"] * 4
    assert json.loads(runs[1][1]) == dict(created=1, updated=1, unchanged=1, removed=1, restored=0)
    human = CliRunner().invoke(main, ["sync", "--config", str(tmp_path / "config.yaml")])
    assert "Record: 0 created, 0 updated, 4 unchanged, 0 removed." in human.output
    make_workbook(TWO)                                        # Bike Rodeo deleted again …
    assert _cli_sync(tmp_path, config_dict)["removed"] == 1
    make_workbook({"Police": [*TWO["Police"], ONE["Police"][2]]})        # … and typed back: said so
    human = CliRunner().invoke(main, ["sync", "--config", str(tmp_path / "config.yaml")])
    assert "Record: 0 created, 1 restored, 0 updated, 3 unchanged, 0 removed." in human.output


def test_record_rows_history_and_syncs(config, make_workbook):
    make_workbook(ONE)
    run_sync(config, now=NOW)
    make_workbook(TWO)
    run_sync(config, now=NOW + timedelta(hours=1))
    db = sqlite3.connect(config.record_path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    rows = {r[0]: r for r in db.execute(
        "SELECT title, uid, sequence, created, last_modified, status, removed_at, departments, sources "
        "FROM events")}
    assert set(rows) == {"Town Hall", "Bike Rodeo", "Coffee with a Cop", "Safety Fair"}
    hall, rodeo, coffee = rows["Town Hall"], rows["Bike Rodeo"], rows["Coffee with a Cop"]
    assert hall[2:6] == (1, NOW.isoformat(), (NOW + timedelta(hours=1)).isoformat(), "Scheduled")
    assert json.loads(hall[7]) == ["Police", "Fire"] and json.loads(hall[8]) == ["Police!3"]
    assert rodeo[2] == 1 and rodeo[6] == (NOW + timedelta(hours=1)).isoformat()
    assert json.loads(rodeo[8]) == ["Police!3"]                     # the row it last had
    assert coffee[2] == 0 and coffee[6] is None and json.loads(coffee[8]) == ["Police!2"]
    history = db.execute("SELECT uid, sync_id, change, fields FROM history ORDER BY id").fetchall()
    assert [(h[1], h[2]) for h in history] == [(1, "created")] * 3 + [(2, "updated"), (2, "created"), (2, "removed")]
    updated = next(h for h in history if h[2] == "updated")
    assert updated[0] == hall[1]
    assert json.loads(updated[3]) == {"departments": [["Police"], ["Police", "Fire"]]}
    syncs = db.execute("SELECT id, started, finished, outcome, requests, error FROM syncs").fetchall()
    assert [(s[0], s[1], s[3], json.loads(s[4]), s[5]) for s in syncs] == [
        (1, NOW.isoformat(), "ok", {}, None), (2, (NOW + timedelta(hours=1)).isoformat(), "ok", {}, None)]
    assert all(s[2] for s in syncs)
    contents = json.loads(db.execute("SELECT contents FROM events WHERE title='Town Hall'").fetchone()[0])
    assert "contact" not in contents[0] and "internal_notes" not in contents[0]


def test_readers_see_the_last_commit_while_a_sync_writes(config, make_workbook):
    """WAL: the web app can read while a sync holds the write transaction open."""
    make_workbook(ONE)
    run_sync(config, now=NOW)
    with Record(config.record_path) as writer:
        entries = writer.entries()
        with writer.saving(99, entries[:1], [], NOW):
            reader = sqlite3.connect(f"file:{config.record_path}?mode=ro", uri=True, timeout=0.1)
            assert reader.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 3
            reader.close()
        reader = sqlite3.connect(config.record_path)
        assert reader.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 1
        reader.close()


def test_a_record_from_the_first_release_is_upgraded(tmp_path):
    path = tmp_path / "record.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE events (uid TEXT PRIMARY KEY, sequence INTEGER NOT NULL, created TEXT NOT NULL,
          last_modified TEXT NOT NULL, status TEXT NOT NULL, removed_at TEXT, departments TEXT NOT NULL,
          sources TEXT NOT NULL, hash TEXT NOT NULL, keys TEXT NOT NULL, contents TEXT NOT NULL,
          tabs TEXT NOT NULL, snapshot TEXT NOT NULL);
        INSERT INTO events VALUES ('u1@x', 4, '2025-01-01T00:00:00+00:00', '2025-01-02T00:00:00+00:00',
          'Scheduled', NULL, '[]', '[]', 'h', '[]', '[]', '[]', '{}');""")
    db.commit()
    db.close()
    with Record(path) as record:
        (entry,) = record.entries()
    assert (entry.uid, entry.sequence, entry.cancelled_at) == ("u1@x", 4, None)


def test_healthz_fresh_stale_and_last_attempt(config, make_workbook, monkeypatch):
    make_workbook(ONE)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    run_sync(config, now=now - timedelta(minutes=5))
    client = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "TESTING": True}).test_client()
    fresh = client.get("/healthz")
    assert fresh.status_code == 200
    assert fresh.json["ok"] is True and fresh.json["stale"] is False
    assert fresh.json["last_success"] == (now - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert fresh.json["last_attempt"]["outcome"] == "ok"
    assert 4 <= fresh.json["age_minutes"] <= 6
    # a failed run afterwards: the last success stays, the attempt says failed, no error text leaks
    config.source.workbook.unlink()
    with pytest.raises(SourceError, match="does not exist"):
        run_sync(config)
    failed = client.get("/healthz").json
    assert failed["last_attempt"]["outcome"] == "failed" and "error" not in failed["last_attempt"]
    assert failed["last_success"] == fresh.json["last_success"]
    # (still serving a fresh calendar, 200, but a monitor that checks "ok" sees the sync failing:
    # a fresh city's check, where it had said ok until the calendar went stale)
    assert (failed["ok"], failed["status"], failed["last_attempt_failed"]) == (False, "degraded", True)
    assert client.get("/healthz").status_code == 200
    # files only (no record next to them): still answers from status.json
    config.record_path.unlink()
    files_only = client.get("/healthz").json
    assert files_only["ok"] is True and "last_attempt" not in files_only


def test_health_rules():
    now = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
    limit = timedelta(minutes=120)
    body, code = health({"last_success": "2025-08-01T10:00:00+00:00"}, now, limit)
    assert (code, body["ok"], body["stale"], body["age_minutes"]) == (200, True, False, 120)
    body, code = health({"last_success": "2025-08-01T09:59:00+00:00"}, now, limit)
    assert (code, body["ok"], body["stale"], body["age_minutes"]) == (503, False, True, 121)
    body, code = health(None, now, limit)
    assert (code, body["stale"], body["error"]) == (503, True, "no sync has published yet")


def test_a_corrupt_record_is_a_sentence_not_a_traceback(tmp_path, config_dict, make_workbook):
    make_workbook(ONE)
    (tmp_path / "out").mkdir()
    (tmp_path / "out/record.sqlite").write_bytes(b"this is not a database" * 100)
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config_dict))
    result = CliRunner().invoke(main, ["sync", "--config", str(path)])
    assert result.exit_code == 1
    assert result.output == ("Error: the combined record could not be used (file is not a database); check "
                             "that output.record in config.yaml is a SQLite file on a local disk with free space\n")


def test_the_page_shows_a_removed_event_as_cancelled_until_the_grace_period_ends(config, make_workbook):
    make_workbook(ONE)
    run_sync(config, now=NOW)
    client = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "TESTING": True}).test_client()
    uid = next(e["uid"] for e in json.loads((config.out_dir / "public/events.json").read_text())
               if e["title"] == "Bike Rodeo")
    assert "banner-cancelled" not in client.get(f"/events/{uid}").get_data(as_text=True)
    make_workbook({"Police": [r for r in ONE["Police"] if r[0] != "Bike Rodeo"]})
    run_sync(config, now=NOW + timedelta(days=1))
    page = client.get(f"/events/{uid}").get_data(as_text=True)
    assert '<p class="banner banner-cancelled"><strong>CANCELLED</strong>' in page and "Bike Rodeo" in page
    listing = client.get("/?from=2025-08-01").get_data(as_text=True)
    assert '<strong class="badge badge-cancelled">Cancelled</strong>' in listing
    run_sync(config, now=NOW + timedelta(days=1 + config.feed.removed_grace_days, minutes=1))
    assert client.get(f"/events/{uid}").status_code == 404
    assert "Bike Rodeo" not in client.get("/calendar.ics").get_data(as_text=True)
    with Record(config.record_path) as record:
        kept = {e.uid: e for e in record.entries()}[uid]
    assert kept.removed_at == NOW + timedelta(days=1) and kept.snapshot["title"] == "Bike Rodeo"


def _entry(uid: str, title: str, sequence: int = 0):
    from sheets_sync.identity import RecordEntry
    return RecordEntry(uid, sequence, NOW, NOW, f"h-{title}", (f"k-{uid}",), ({"title": title},),
                       ("Police",), {"title": title, "status": "Scheduled", "start": "2025-08-14"})


def _events_table(path):
    with sqlite3.connect(path) as db:
        return sorted(db.execute("SELECT * FROM events").fetchall())


def test_saving_writes_only_changed_events_and_ends_as_a_full_rewrite_would(tmp_path):
    """Issue 17: an unchanged event's row is left alone (same rowid), a changed one replaced,
    a vanished one deleted; the table then equals a fresh record saved with the new entries."""
    before = [_entry("a@x", "Town Hall"), _entry("b@x", "Bike Rodeo"), _entry("c@x", "Coffee")]
    after = [_entry("a@x", "Town Hall"), _entry("c@x", "Coffee Chat", 1), _entry("d@x", "Safety Fair")]
    with Record(tmp_path / "r.sqlite") as record:
        record.save(record.start_sync(NOW), before, [], NOW)
        sync_id = record.start_sync(NOW)
        changes = record.db.total_changes
        record.save(sync_id, after, [], NOW)
        changed = record.db.total_changes - changes
    with Record(tmp_path / "fresh.sqlite") as fresh:
        fresh.save(fresh.start_sync(NOW), after, [], NOW)
    assert _events_table(tmp_path / "r.sqlite") == _events_table(tmp_path / "fresh.sqlite")
    assert changed == 4     # b and the old c deleted, the new c and d inserted; a untouched
    with Record(tmp_path / "r.sqlite") as record:
        assert [e.snapshot["title"] for e in record.entries()] == ["Town Hall", "Coffee Chat", "Safety Fair"]
        with pytest.raises(sqlite3.IntegrityError):     # a UID twice is refused, nothing saved
            record.save(record.start_sync(NOW), [*after, _entry("d@x", "Twin")], [], NOW)
    assert _events_table(tmp_path / "r.sqlite") == _events_table(tmp_path / "fresh.sqlite")


def test_the_rows_saved_are_not_held_while_the_tabs_are_written(tmp_path):
    """Issue 17 (p17q): the rows made of the entries (their JSON text, ~1.5 KB an event) were
    held through the whole ``saving`` block — the report's write and the site indexes' wait
    at 100,000 rows. Inside the block, the Python memory left allocated by ``saving`` is a
    small part of those rows' text, and what was saved is all there at the commit."""
    import tracemalloc
    long = "A long description of the event, repeated. " * 40          # ~1.7 KB
    entries = [replace(_entry(f"e{k}@x", f"Town Hall {k}"),
                       snapshot={"title": f"Town Hall {k}", "status": "Scheduled", "start": "2025-08-14",
                                 "description": f"{long}{k}"}) for k in range(2000)]
    text = sum(len(json.dumps(e.snapshot)) for e in entries)
    tracemalloc.start()
    try:
        with Record(tmp_path / "r.sqlite") as record:
            sync_id = record.start_sync(NOW)
            before = tracemalloc.get_traced_memory()[0]
            with record.saving(sync_id, entries, [], NOW):
                held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < text / 4, (held, text)
    with Record(tmp_path / "r.sqlite") as record:
        saved = {e.uid: e.snapshot["description"] for e in record.entries()}
    assert saved == {e.uid: e.snapshot["description"] for e in entries}


def _open_temporary_files() -> list[str]:
    """The unnamed SQLite temporary files (``etilqs_*``, unlinked once open) this process holds."""
    import os
    return [target for target in (os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")
                                  if os.path.exists(f"/proc/self/fd/{fd}"))
            if "etilqs_" in target]


def test_a_large_save_under_the_write_counter_opens_no_temporary_file(tmp_path):
    """Issue 17 (p17u): each INSERT of a sync fires the write counter's trigger
    (:func:`sheets_sync.steady.record_version`), so SQLite keeps a statement journal for it;
    stored in a temporary file, a 100,000-row first sync wrote that file 733,000 times. The
    record keeps statement journals in memory: a save of 60,000 events with history (about
    120 MB; with file storage the journal outgrew its 64 KiB of memory from about 40,000 such
    events on) opens no temporary file, and everything saved is there after the commit."""
    from sheets_sync.steady import record_version
    long = "A long description of the event, repeated. " * 40          # ~1.7 KB
    import hashlib
    uids = [hashlib.sha1(str(k).encode()).hexdigest() + "@x" for k in range(60000)]   # scattered, as UIDs are
    entries = [replace(_entry(uid, f"Town Hall {k}"),
                       snapshot={"title": f"Town Hall {k}", "status": "Scheduled", "start": "2025-08-14",
                                 "description": f"{long}{k}"}) for k, uid in enumerate(uids)]
    history = [(e.uid, "created", {"title": e.snapshot["title"]}) for e in entries]
    with Record(tmp_path / "r.sqlite") as record:
        counted = record_version(record.db)
        sync_id = record.start_sync(NOW)
        with record.saving(sync_id, entries, history, NOW):
            opened = _open_temporary_files()
        assert record_version(record.db) != counted        # the triggers did count the writes
    assert opened == []
    with Record(tmp_path / "r.sqlite") as record:
        assert {e.uid: e.snapshot["description"] for e in record.entries()} == \
            {e.uid: e.snapshot["description"] for e in entries}
        assert len(record.history(uids[42])) == 1


def test_a_save_counts_as_one_write_and_every_other_write_still_counts(tmp_path):
    """Issue 17: the write counter's triggers ran once per row a save wrote (two ``UPDATE``s
    per new event at a first sync). A save is now one write of the counter: it moves by one
    when the save changed a row, not at all when it changed none, and the triggers are all
    back afterwards — a write by another connection still counts, and a save that fails
    leaves counter and triggers as they were."""
    from sheets_sync.steady import record_version
    path = tmp_path / "r.sqlite"
    triggers = lambda db: sorted(db.execute("SELECT name, sql FROM sqlite_master "          # noqa: E731
                                            "WHERE type='trigger'").fetchall())
    writes = lambda db: db.execute("SELECT n FROM record_writes").fetchone()[0]            # noqa: E731
    entries = [_entry(f"e{k}@x", f"Town Hall {k}") for k in range(50)]
    history = [(e.uid, "created", {"title": e.snapshot["title"]}) for e in entries]
    with Record(path) as record:
        assert record_version(record.db) is None                 # triggers made now
        counted, made = record_version(record.db), triggers(record.db)
        assert {name for name, _ in made} >= {f"record_writes_{t}_{op}" for t in ("events", "history")
                                              for op in ("insert", "update", "delete")}
        n = writes(record.db)
        record.save(record.start_sync(NOW), entries, history, NOW)
        assert writes(record.db) == n + 1 and triggers(record.db) == made
        saved = record_version(record.db)
        assert saved != counted
        record.save(record.start_sync(NOW), entries, [], NOW)      # nothing changed
        assert record_version(record.db) == saved
        with pytest.raises(RuntimeError):
            with record.saving(record.start_sync(NOW), entries[:10], history[:10], NOW):
                raise RuntimeError("the tabs could not be written")
        assert record_version(record.db) == saved and triggers(record.db) == made
        assert len(record.entries()) == 50
    other = sqlite3.connect(path)
    with other:
        other.execute("UPDATE events SET title='Hand edit' WHERE uid='e3@x'")
    other.close()
    with Record(path) as record:
        assert record_version(record.db) not in (None, saved)
        assert writes(record.db) == n + 2


def _stdlib_row(e) -> tuple:
    """An ``events`` row as the record wrote it before issue 17's p17ab (the stdlib's
    ``json.dumps``): the reference the msgspec-written rows must equal."""
    ts = lambda t: t.astimezone(timezone.utc).isoformat() if t else None      # noqa: E731
    s = e.snapshot
    return (e.uid, e.sequence, ts(e.created), ts(e.last_modified), s.get("status", ""), ts(e.removed_at),
            json.dumps(s.get("departments", [])), json.dumps(s.get("sources", [])), e.hash,
            json.dumps(list(e.keys)), json.dumps(list(e.contents), ensure_ascii=False),
            json.dumps(list(e.tabs)), json.dumps(s, ensure_ascii=False, sort_keys=True),
            ts(e.cancelled_at), s.get("title", ""), s.get("start", ""))


def _varied_entries():
    from sheets_sync.identity import RecordEntry
    later = NOW + timedelta(days=3)
    snap = {"title": "Café con la Policía \"Norte\"", "status": "Cancelled", "start": "2025-08-14T18:00:00-04:00",
            "departments": ["Policía", "Fire"], "sources": ["Policía!5", "Fire!7"], "attendance": 40,
            "tzid": "America/New_York", "removed": True, "all_day": False, "lead": "Policía",
            "description": "Line one\nline two\ttab \x7f \u2028 🚒 </script>",
            "evidence": [["Policía", 5, "Fire", 7, 0.8731, ["title", "start"], "rules"]],
            "exdates": ["2025-08-21"]}
    return [RecordEntry("b@x", 3, NOW, later, "h1", ("k-1", "ké-2"),
                        ({"title": "Café", "row": 5, "tab": "Policía"}, {"title": "Cafe", "row": 7, "tab": "Fire"}),
                        ("Policía", "Fire"), snap, removed_at=later, cancelled_at=NOW),
            RecordEntry("a@x", 0, NOW, NOW, "h2", (), (), (), {"title": "Plain", "status": "Scheduled"})]


def test_a_record_written_by_the_stdlib_json_reads_back_and_is_not_rewritten(tmp_path):
    """Issue 17 (p17ab): the record's JSON columns are written by msgspec now. A record whose
    rows were written as before (stdlib ``json.dumps``, ``_stdlib_row``) reads back to the
    same entries, a save of those entries finds every row unchanged (the same text, so no
    event is rewritten), and a fresh save writes exactly the old rows."""
    entries = _varied_entries()
    path = tmp_path / "old.sqlite"
    with Record(path) as record:            # the schema; the rows as the previous version wrote them
        record.db.executemany(f"INSERT INTO events VALUES ({', '.join('?' * 16)})", map(_stdlib_row, entries))
    with Record(path) as record:
        assert sorted(record.entries(), key=lambda e: e.uid) == sorted(entries, key=lambda e: e.uid)
        changes = record.db.total_changes
        record.save(record.start_sync(NOW), entries, [], NOW)
        assert record.db.total_changes - changes == 1     # the syncs row only: no event touched
    with Record(tmp_path / "new.sqlite") as fresh:
        fresh.save(fresh.start_sync(NOW), entries, [], NOW)
    assert _events_table(tmp_path / "new.sqlite") == sorted(map(_stdlib_row, entries))
    assert _events_table(path) == _events_table(tmp_path / "new.sqlite")
