"""The site indexes are built from the lists the sync encoded, not from events.json decoded
again (issue 17, p17l), and they are the same files as before; the public index holds
nothing that is not public (it is served to anyone who asks the app).

One real sync of the varied calendar (an internal event with contact and notes, a weekly
series, 300 busy-city events); the indexes it published are compared with indexes built
independently from the published ``events.json`` bytes, decoded here."""
from __future__ import annotations

import json
import sqlite3

from public_feed.publish import PUBLIC_FIELDS
from public_feed.siteindex import INDEX_FILE, STAFF_INDEX_FILE, build_index, source_hash
from sheets_sync import pipeline
from tests.sitedata import (INTERNAL_CONTACT, INTERNAL_NOTE, INTERNAL_TITLE, PUBLIC_CONTACT, PUBLIC_NOTE,
                            build_site, busy_site_tabs, fresh_config)


def _synced(tmp_path, monkeypatch):
    seen: list[dict] = []
    real = pipeline.site_indexes

    def spy(files, config, redirects, lists=None):
        assert lists, "the sync passes the lists it encoded"
        # what the index is built from equals the published bytes, decoded independently here
        seen.append({path: (lists[path] == json.loads(files[path])) for path in lists})
        return real(files, config, redirects, lists)
    monkeypatch.setattr(pipeline, "site_indexes", spy)
    tabs = busy_site_tabs(300)
    config = build_site(fresh_config(tmp_path), tabs)
    return config, seen


def test_the_indexes_from_memory_are_the_indexes_of_the_published_bytes(tmp_path, monkeypatch):
    config, seen = _synced(tmp_path, monkeypatch)
    assert seen == [{"public/events.json": True, "private/events.json": True}]
    out = config.out_dir
    aliases = json.loads((out / "public/feeds.json").read_bytes())["type_aliases"]
    departments = {d.name: d.slug for d in config.departments}
    for index_file, source in ((INDEX_FILE, "public/events.json"), (STAFF_INDEX_FILE, "private/events.json")):
        data = (out / source).read_bytes()
        expected = build_index(data, config.tz, config.slug_of, aliases,
                               source=source_hash(data, config.tz, aliases, departments))
        assert (out / index_file).read_bytes() == expected, index_file


def test_the_public_index_holds_only_public_events_and_fields(tmp_path, monkeypatch):
    config, _ = _synced(tmp_path, monkeypatch)
    out = config.out_dir
    public = json.loads((out / "public/events.json").read_bytes())
    staff = json.loads((out / "private/events.json").read_bytes())
    internal = {e["uid"] for e in staff if e["visibility"] != "Public"}
    assert internal and len(public) > 300
    db = sqlite3.connect(f"file:{out / INDEX_FILE}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT uid, body FROM events").fetchall()
    finally:
        db.close()
    assert sorted(uid for uid, _ in rows) == sorted(e["uid"] for e in public)
    assert not internal & {uid for uid, _ in rows}
    for _, body in rows:
        assert set(json.loads(body)) <= set(PUBLIC_FIELDS)          # no visibility, no sources
    raw = (out / INDEX_FILE).read_bytes()
    labels = {label for e in staff for label in e["sources"]}
    assert labels and not [label for label in labels if label.encode() in raw]   # "Police!5": no sheet row
    for secret in (INTERNAL_TITLE, INTERNAL_CONTACT, INTERNAL_NOTE, PUBLIC_CONTACT, PUBLIC_NOTE):
        assert secret.encode() not in raw, secret
    # the staff index does hold the internal event (the test above would pass on an empty file)
    assert INTERNAL_TITLE.encode() in (out / STAFF_INDEX_FILE).read_bytes()
