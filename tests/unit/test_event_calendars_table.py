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
