"""The release step's file mtimes, which are the HTTP validators nginx and the app both send
(issue 12): new files get the sync's time, unchanged ones keep theirs, changed ones move by
at least a whole second, so "<mtime hex>-<size hex>" changes exactly when the bytes do."""
from __future__ import annotations

import os

import pytest

from public_feed import release

T0 = 1_750_000_000          # 2025-06-15T15:06:40Z = 0x684ee180


def publish(out, files, now):
    return release.switch(out, release.stage(out, files, now=now))


def mtime(path) -> float:
    return path.stat().st_mtime


def test_static_etag_is_nginx_format():
    # ngx_http_set_etag: "%xT-%xO" — hex seconds, hex length
    assert release.static_etag(T0, 255) == '"684ee180-ff"'
    assert release.static_etag(T0 + 0.9, 0) == '"684ee180-0"'


@pytest.mark.parametrize("hard_links", [True, False])
def test_mtimes_follow_the_bytes(tmp_path, monkeypatch, hard_links):
    if not hard_links:
        def no_link(*_):
            raise OSError("no hard links on this file system")
        monkeypatch.setattr(os, "link", no_link)
    out = tmp_path / "out"
    publish(out, {"public/a.ics": b"AAAA", "public/b.ics": b"BBBB"}, T0 + 0.7)
    a, b = out / "public/a.ics", out / "public/b.ics"
    assert mtime(a) == mtime(b) == T0                      # the sync's time, whole seconds

    # nothing changed, an hour later: validators stay
    publish(out, {"public/a.ics": b"AAAA", "public/b.ics": b"BBBB"}, T0 + 3600)
    assert mtime(a) == mtime(b) == T0

    # b changes to bytes of the same size within the same second: still a later second
    publish(out, {"public/a.ics": b"AAAA", "public/b.ics": b"CCCC", "public/c.ics": b"new"}, T0)
    assert mtime(a) == T0 and mtime(b) == T0 + 1 and mtime(out / "public/c.ics") == T0
    assert release.static_etag(mtime(b), 4) != release.static_etag(T0, 4)

    # a later change takes the sync's time
    publish(out, {"public/a.ics": b"AAAAA", "public/b.ics": b"CCCC"}, T0 + 7200)
    assert mtime(a) == T0 + 7200 and mtime(b) == T0 + 1


def test_a_staged_file_set_twice_follows_its_last_bytes(tmp_path):
    """Issue 17: the sync sets files into :class:`release.Staging` as it builds them, and a
    later step may set one again (the dashboard once Data Quality is complete): the release
    holds the last bytes, with the mtime rule applied to them."""
    out = tmp_path / "out"
    publish(out, {"public/a.ics": b"AAAA", "private/d.json": b"{1}"}, T0)
    served_a = out / "public/a.ics"
    inode = served_a.stat().st_ino
    staging = release.Staging(out, now=T0 + 3600)
    staging["private/d.json"] = b"{1}"            # equal to the served copy: linked...
    staging["private/d.json"] = b"{2}"            # ...then replaced: written, the sync's time
    staging["public/a.ics"] = b"AAAA"
    assert staging["private/d.json"] == b"{2}" and len(staging) == 2 and sorted(staging) == [
        "private/d.json", "public/a.ics"]
    release.switch(out, staging.finish())
    assert (out / "private/d.json").read_bytes() == b"{2}" and mtime(out / "private/d.json") == T0 + 3600
    assert mtime(served_a) == T0 and served_a.stat().st_ino == inode        # hard-linked, kept
    with pytest.raises(ValueError):
        release.Staging(out)["elsewhere/x"] = b""


def test_a_discarded_staging_leaves_the_served_release(tmp_path):
    out = tmp_path / "out"
    publish(out, {"public/a.ics": b"AAAA"}, T0)
    staging = release.Staging(out, now=T0 + 60)
    staging["public/a.ics"] = b"NEW!"
    staging.discard()
    assert (out / "public/a.ics").read_bytes() == b"AAAA"
    assert sorted(p.name for p in (out / ".releases").iterdir()) == [release.current_release(out).name]
