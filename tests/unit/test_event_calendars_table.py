"""Issue 17 (p17p): the table of per-event calendars (:mod:`public_feed.calendars`) and the
release step that stages a file a library writes itself (:meth:`release.Staging.write_file`).

A row keeps its Last-Modified while its bytes are unchanged, takes the sync's time when new
and a later second when changed; the table file is hard-linked from the served release when
nothing in it changed, so a no-change sync rewrites nothing."""
from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest

from public_feed import calendars, release

T0 = 1_750_000_000


def stage_table(out, rows, now):
    """Stage and switch a release holding only the table of ``rows`` (``{uid: bytes}``)."""
    staging = release.Staging(out, now=now)
    previous = calendars.validators(out / calendars.CALENDARS_FILE)
    staging.write_file(calendars.CALENDARS_FILE,
                       lambda path: calendars.write_table(path, iter(rows.items()), previous, staging.stamp))
    return release.switch(out, staging.finish())


def table(out) -> dict[str, tuple[bytes, str, int]]:
    with sqlite3.connect(out / calendars.CALENDARS_FILE) as db:
        return {uid: (bytes(body), etag, modified) for uid, body, etag, modified
                in db.execute("SELECT uid, body, etag, modified FROM calendars")}


def test_rows_keep_their_last_modified_while_their_bytes_do(tmp_path):
    out = tmp_path / "out"
    stage_table(out, {"a@x": b"AAAA", "b@x": b"BBBB"}, T0 + 0.6)
    first = table(out)
    assert first == {"a@x": (b"AAAA", hashlib.sha256(b"AAAA").hexdigest()[:32], T0),
                     "b@x": (b"BBBB", hashlib.sha256(b"BBBB").hexdigest()[:32], T0)}
    path = out / calendars.CALENDARS_FILE
    inode, mtime = path.stat().st_ino, path.stat().st_mtime

    stage_table(out, {"a@x": b"AAAA", "b@x": b"BBBB"}, T0 + 3600)       # nothing changed
    assert table(out) == first
    assert (path.stat().st_ino, path.stat().st_mtime) == (inode, mtime)  # the served file, linked

    stage_table(out, {"a@x": b"AAAA", "b@x": b"CCCC", "c@x": b"new"}, T0)   # a change in the same second
    now = table(out)
    assert now["a@x"] == first["a@x"]
    assert now["b@x"][1:] == (hashlib.sha256(b"CCCC").hexdigest()[:32], T0 + 1)
    assert now["c@x"][2] == T0
    assert path.stat().st_ino != inode

    stage_table(out, {"b@x": b"DDDD"}, T0 + 7200)                       # a later change: the sync's time
    assert table(out) == {"b@x": (b"DDDD", hashlib.sha256(b"DDDD").hexdigest()[:32], T0 + 7200)}


def test_the_reader_answers_rows_and_unknown_uids(tmp_path):
    out = tmp_path / "out"
    stage_table(out, {"a@x": b"AAAA"}, T0)
    reader = calendars.EventCalendars(out / calendars.CALENDARS_FILE)
    assert reader.get("a@x") == calendars.Calendar(b"AAAA", hashlib.sha256(b"AAAA").hexdigest()[:32], T0)
    assert reader.validators("a@x") == (hashlib.sha256(b"AAAA").hexdigest()[:32], T0)
    assert reader.get("b@x") is None and reader.validators("b@x") is None
    reader.close()
    with pytest.raises(sqlite3.Error):
        calendars.EventCalendars(out / "public")          # no table there
    assert calendars.validators(tmp_path / "absent.sqlite") == {}


def test_write_file_follows_the_release_rules_without_hard_links(tmp_path, monkeypatch):
    def no_link(*_):
        raise OSError("no hard links on this file system")
    monkeypatch.setattr(os, "link", no_link)
    out = tmp_path / "out"

    def put(data, now):
        staging = release.Staging(out, now=now)
        staging.write_file("private/blob.bin", lambda path: open(path, "xb").write(data))
        assert staging["private/blob.bin"] == data and len(staging) == 1
        with pytest.raises(ValueError):
            staging.write_file("private/blob.bin", lambda path: None)       # staged already
        with pytest.raises(ValueError):
            staging.write_file("elsewhere/x", lambda path: None)
        release.switch(out, staging.finish())
        return (out / "private/blob.bin").stat().st_mtime
    assert put(b"one", T0) == T0
    assert put(b"one", T0 + 60) == T0                  # a copy with the served file's mtime
    assert put(b"two", T0) == T0 + 1
    assert [p.name for p in (release.current_release(out) / "private").iterdir()] == ["blob.bin"]


def test_the_table_uses_its_page_size(tmp_path):
    calendars.write_table(tmp_path / "t.sqlite", iter([("a@x", b"A" * 1500)]), {}, T0)
    with sqlite3.connect(tmp_path / "t.sqlite") as db:
        assert db.execute("PRAGMA page_size").fetchone()[0] == calendars.PAGE_SIZE == 16384


def test_a_failing_iterator_commits_nothing_and_leaves_no_thread(tmp_path):
    """Issue 17 (p17t): the rows are inserted on a thread of their own, several batches
    (``BATCH_ROWS``) at a time; an error while the calendars are read (the sync builds them
    as they are read) reaches the caller, no row is committed and that thread has ended."""
    import threading

    def failing():
        for k in range(calendars.BATCH_ROWS * 3 + 5):
            yield f"{k}@x", b"X" * (k % 7)
        raise ValueError("a calendar could not be built")
    path = tmp_path / "t.sqlite"
    with pytest.raises(ValueError, match="could not be built"):
        calendars.write_table(path, failing(), {}, T0)
    assert not [t for t in threading.enumerate() if t.name == "event-calendars"]
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM calendars").fetchone()[0] == 0


def test_many_batches_keep_order_and_the_last_bytes_of_a_uid(tmp_path):
    n = calendars.BATCH_ROWS * 5 + 3
    rows = [(f"{k % (n - 10)}@x", b"%d" % k) for k in range(n)]     # the last ten repeat a UID
    path = tmp_path / "t.sqlite"
    assert calendars.write_table(path, iter(rows), {}, T0) == n - 10
    expected = dict(rows)
    with sqlite3.connect(path) as db:
        got = {uid: (bytes(body), etag) for uid, body, etag in db.execute("SELECT uid, body, etag FROM calendars")}
    assert got == {uid: (body, hashlib.sha256(body).hexdigest()[:32]) for uid, body in expected.items()}


def test_a_database_error_reaches_the_caller_who_stops_reading(tmp_path, monkeypatch):
    """The inserting thread fails (here: the schema cannot be created): the caller gets that
    error, stops reading the calendars soon after, and no thread is left."""
    import threading
    read = []

    def counted():
        for k in range(calendars.BATCH_ROWS * (calendars.BATCHES_QUEUED + 20)):
            read.append(k)
            yield f"{k}@x", b"X"
    monkeypatch.setattr(calendars, "_SCHEMA", "CREATE TABLE calendars (uid TEXT PRIMARY KEY);")
    with pytest.raises(sqlite3.Error):
        calendars.write_table(tmp_path / "t.sqlite", counted(), {}, T0)
    assert len(read) < calendars.BATCH_ROWS * (calendars.BATCHES_QUEUED + 20)
    assert not [t for t in threading.enumerate() if t.name == "event-calendars"]
