"""Issue 17 (p17m): the release's files are written on a background thread
(:class:`public_feed.writer.Writer` inside :class:`public_feed.release.Staging`) while the sync
builds the next one. Same files, same order, same mtime rule; a failed write (disk full) is
raised in the caller's thread and leaves no staging directory; ``discard()`` writes nothing
more and removes everything."""
from __future__ import annotations

import errno
import os
import threading

import pytest

from public_feed import release
from public_feed.writer import Writer

T0 = 1_750_000_000
DISK_FULL = OSError(errno.ENOSPC, "No space left on device (injected)")


def test_writer_runs_jobs_in_order_on_another_thread():
    seen: list[tuple[int, str]] = []
    w = Writer(size=2)                                   # a small queue: submit() waits, in order
    for i in range(50):
        w.submit(lambda i: seen.append((i, threading.current_thread().name)), i)
    w.close()
    assert [i for i, _ in seen] == list(range(50))
    assert {name for _, name in seen} == {"release-writer"}
    with pytest.raises(RuntimeError):
        w.submit(print, "closed")


def test_writer_raises_the_first_failure_and_runs_nothing_after_it():
    ran: list[int] = []

    def job(i):
        if i == 3:
            raise DISK_FULL
        ran.append(i)
    w = Writer()
    gate = threading.Event()
    w.submit(gate.wait)                                  # hold the thread until all are queued
    for i in range(8):
        w.submit(job, i)
    gate.set()
    with pytest.raises(OSError) as caught:
        w.close()
    assert caught.value is DISK_FULL and ran == [0, 1, 2]
    with pytest.raises(OSError):                         # later submits get it too
        w.submit(job, 9)


def test_writer_abandon_drops_queued_jobs():
    ran: list[int] = []
    w = Writer()
    gate = threading.Event()
    w.submit(gate.wait)
    for i in range(5):
        w.submit(ran.append, i)
    threading.Timer(0.05, gate.set).start()
    w.abandon()
    assert ran == []


def _tree(root) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_background_staging_writes_what_the_plain_one_writes(tmp_path):
    files = {f"public/events/{i:03d}@x.ics": f"BEGIN:VCALENDAR {i}\r\n".encode() * (i % 7 + 1) for i in range(300)}
    files |= {"public/calendar.ics": b"all", "private/events.json": b"[]"}
    trees, mtimes = [], []
    for background in (False, True):
        out = tmp_path / f"out-{background}"
        staging = release.Staging(out, now=T0 + 0.5, background=background)
        for rel, data in files.items():
            staging[rel] = data
        staging["public/calendar.ics"] = b"all, set again"      # the last bytes win
        del staging["private/events.json"]
        served = release.switch(out, staging.finish())
        trees.append(_tree(served))
        mtimes.append({os.stat(served / rel).st_mtime for rel in files if rel != "private/events.json"})
    assert trees[0] == trees[1]
    assert trees[1]["public/calendar.ics"] == b"all, set again" and "private/events.json" not in trees[1]
    assert len(trees[1]) == 301 and mtimes[1] == {T0}


def test_a_file_not_yet_written_reads_back_from_memory(tmp_path, monkeypatch):
    gate = threading.Event()
    real = release._write_new

    def held(path, data, seconds):
        gate.wait(30)
        real(path, data, seconds)
    monkeypatch.setattr(release, "_write_new", held)
    staging = release.Staging(tmp_path / "out", now=T0, background=True)
    staging["public/feeds.json"] = b'{"feeds": []}'
    assert not (staging.path / "public/feeds.json").exists()       # still queued
    assert staging["public/feeds.json"] == b'{"feeds": []}' and staging.get("public/none.ics") is None
    gate.set()
    staged = staging.finish()
    assert (staged / "public/feeds.json").read_bytes() == b'{"feeds": []}'
    assert staging["public/feeds.json"] == b'{"feeds": []}'        # now from the disk


def test_a_failed_write_is_raised_in_the_caller_and_discard_leaves_nothing(tmp_path, monkeypatch):
    out = tmp_path / "out"
    release.switch(out, release.stage(out, {"public/calendar.ics": b"good"}, now=T0))
    real, calls = release._write_new, []

    def fills_up(path, data, seconds):
        calls.append(path)
        if len(calls) == 40:
            raise DISK_FULL
        real(path, data, seconds)
    monkeypatch.setattr(release, "_write_new", fills_up)
    staging = release.Staging(out, now=T0 + 60, background=True)
    with pytest.raises(OSError) as caught:
        for i in range(500):                     # the error comes back from a later set ...
            staging[f"public/events/{i:03d}.ics"] = b"x" * 5000
        staging.finish()                         # ... or at the latest from finish()
    assert caught.value.errno == errno.ENOSPC
    staging.discard()
    assert len(calls) == 40                      # nothing written after the failure
    assert list((out / release.RELEASES).glob("*.tmp")) == []
    assert (out / "public/calendar.ics").read_bytes() == b"good"


def test_discard_while_files_are_queued_removes_everything(tmp_path, monkeypatch):
    gate = threading.Event()
    real, written = release._write_new, []

    def held(path, data, seconds):
        gate.wait(30)
        written.append(path)
        real(path, data, seconds)
    monkeypatch.setattr(release, "_write_new", held)
    staging = release.Staging(tmp_path / "out", now=T0, background=True)
    for i in range(20):
        staging[f"public/events/{i}.ics"] = b"queued"
    threading.Timer(0.05, gate.set).start()
    staging.discard()
    assert len(written) <= 1                     # at most the one being written when discarded
    assert not staging.path.exists() and list((tmp_path / "out" / release.RELEASES).iterdir()) == []


@pytest.mark.parametrize("rel", ["/public/a.ics", "public/../../a.ics", "other/a.ics", ""])
def test_paths_outside_the_release_are_refused_at_once(tmp_path, rel):
    staging = release.Staging(tmp_path / "out", now=T0, background=True)
    with pytest.raises(ValueError):
        staging[rel] = b"x"
    staging.discard()


def test_a_path_with_doubled_slashes_is_the_same_file(tmp_path):
    staging = release.Staging(tmp_path / "out", now=T0, background=True)
    staging["public//events/./a.ics"] = b"x"
    assert (staging.finish() / "public/events/a.ics").read_bytes() == b"x"


def test_a_file_set_after_finish_is_on_disk_at_once(tmp_path):
    """A step that adds files once the rest are flushed (the site indexes, p17n) sets them and
    fsyncs them at once: after ``finish()`` a set writes in the caller's thread."""
    staging = release.Staging(tmp_path / "out", now=T0, background=True)
    staging["public/calendar.ics"] = b"feed"
    staged = staging.finish()
    staging["private/site-index.sqlite"] = b"index"
    assert (staged / "private/site-index.sqlite").read_bytes() == b"index"
    assert os.stat(staged / "private/site-index.sqlite").st_mtime == T0
    assert not [t for t in threading.enumerate() if t.name == "release-writer"]
    served = release.switch(tmp_path / "out", staged)
    assert _tree(served) == {"public/calendar.ics": b"feed", "private/site-index.sqlite": b"index"}
