"""Issue 16: one ISO 8601 form for instants in every published JSON — the files the sync
publishes (public and private: events, feeds, status, dashboard, open data), the site's
JSON answers (/events.json, /healthz) and `sync --json`. The form: UTC, whole seconds, ``Z``
(``2025-09-10T22:00:00Z``, RFC 3339 §5.6); dates stay ``YYYY-MM-DD``."""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone

from public_feed.app import create_app

# anything that looks like a date with a time of day, in any of the forms ISO 8601 allows
INSTANT_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
ONE_FORM = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def strings(value, path=""):
    """Every string value in a JSON document, with its path."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from strings(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from strings(v, f"{path}[{i}]")
    elif isinstance(value, str):
        yield path, value


def instants(doc) -> list[tuple[str, str]]:
    return [(p, s) for p, s in strings(doc) if INSTANT_LIKE.match(s)]


def test_every_published_json_writes_instants_one_way(published):
    config, summary = published
    docs = {str(p.relative_to(config.out_dir)): json.loads(p.read_bytes())
            for p in sorted(config.out_dir.rglob("*.json")) if not p.is_symlink()}
    client = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "TESTING": True}).test_client()
    for url in ("/events.json?from=2025-01-01", "/healthz"):
        response = client.get(url)
        assert response.status_code in (200, 503) and response.is_json, url   # 503: stale (old sync)
        docs[url] = response.get_json()
    docs["sync --json"] = summary
    names = {n.rsplit("/", 1)[-1] for n in docs}
    assert {"events.json", "feeds.json", "status.json", "dashboard.json", "datapackage.json"} <= names

    found = {name: instants(doc) for name, doc in docs.items()}
    # a Validation problem's ``value`` quotes the cell as staff typed it ("2025-11-02 01:30"):
    # text, not an instant the tool writes
    typed = re.compile(r"^\.problems\[\d+\]\.value$")
    wrong = [(name, p, s) for name, pairs in found.items() for p, s in pairs
             if not ONE_FORM.match(s) and not (name.endswith("board.json") and typed.match(p))]
    assert wrong == [], "\n".join(map(str, wrong))
    # the walk really saw instants in each kind of file (so this test can fail)
    for name in ("public/events.json", "private/events.json", "public/feeds.json", "public/status.json",
                 "private/board.json",
                 "/events.json?from=2025-01-01", "/healthz", "sync --json"):
        assert any(n.endswith(name) for n, pairs in found.items() if pairs), name


def test_the_site_and_the_file_agree_on_each_instant(published):
    """The same event's start is the same string in the published file and on the site,
    including the spring-forward time (02:30 on 2026-03-08 is 07:30Z) and the repeated
    fall-back hour (01:30 EDT on 2025-11-02 is 05:30Z)."""
    config, _ = published
    published_events = {e["uid"]: e for e in json.loads((config.out_dir / "public/events.json").read_bytes())}
    client = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "TESTING": True}).test_client()
    site = client.get("/events.json?from=2025-01-01").get_json()["events"]
    single = [e for e in site if not e["occurrence"]]
    assert single
    for e in single:
        assert (e["start"], e["end"], e["last_modified"]) == (
            published_events[e["uid"]]["start"], published_events[e["uid"]]["end"],
            published_events[e["uid"]]["last_modified"])
    by_title = {e["title"]: e for e in published_events.values()}
    assert by_title["Spring Forward Drill"]["start"] == "2026-03-08T07:30:00Z"
    assert by_title["Overnight Ride-along"]["start"] == "2025-11-02T05:30:00Z"
    assert datetime.fromisoformat(by_title["Overnight Ride-along"]["start"]).tzinfo == timezone.utc
