"""The date index answers exactly what the pages computed from the whole events.json
(issue 17): generated calendars (ties, DST, all-day, multi-day, long spans, weekly series
with EXDATEs, accents, type aliases, map places) and random requests, each answer compared with
the functions of :mod:`public_feed.query` applied to every event."""
from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings, strategies as st

from public_feed.query import (Filters, collapse_series, last_day, local_day, matches, month_grid, options,
                               paginate, to_local, upcoming)
import pytest

from public_feed import siteindex
from public_feed.siteindex import OPTION_KEYS, SiteIndex, build_index, index_bytes, source_hash
from public_feed.store import _parse
from sheets_sync.model import slugify

TZ = ZoneInfo("America/New_York")
UTC = ZoneInfo("UTC")
DEPARTMENTS = ("Police", "Fire", "Parks and Recreation", "Emergency Management")
TITLES = ("CPR Class", "Coffee with a Cop", "Fiesta de Seguridad", "Clase de RCP — Policía", "Open House", "")
TYPES = ("CPR Class", "Community Meeting", "", "Festival")
AUDIENCES = ("", "Adults", "Adults; Teens", "All ages")
LANGUAGES = ("", "English", "English, Spanish", "Spanish")
#: feeds.json's type_aliases: a renamed type's old name, and a free-text type held by Other
ALIASES = {"community-meeting": "town-hall", "festival": "other"}
BASE = date(2025, 3, 1)          # the spring DST change (March 9) and the autumn one fall inside


def calendar(seed: int, n: int) -> list[dict]:
    """``n`` events in the published ``events.json`` shape."""
    rnd = random.Random(seed)
    out = []
    for k in range(n):
        day = BASE + timedelta(days=rnd.randrange(300))
        kind = rnd.random()
        if kind < 0.15:                                       # all-day, 1–3 days or a long campaign
            span = rnd.choice([1, 1, 2, 3, 45])
            start, end = day.isoformat(), (day + timedelta(days=span)).isoformat()
        else:
            hour = rnd.choice([0, 9, 9, 18, 23])              # ties on purpose; 23:00 crosses midnight
            local = datetime(day.year, day.month, day.day, hour, rnd.choice([0, 30]), tzinfo=TZ)
            length = timedelta(hours=rnd.choice([1, 2, 3, 26]))
            start, end = local.astimezone(UTC).isoformat(), (local + length).astimezone(UTC).isoformat()
        rrule = "FREQ=WEEKLY;COUNT=6" if rnd.random() < 0.05 else ""
        out.append({
            "uid": f"e{k:04d}@test", "title": rnd.choice(TITLES), "title_es": "", "start": start, "end": end,
            "all_day": "T" not in start, "location": rnd.choice(["Walltown Park", "Biblioteca Central"]),
            "address": "", "departments": rnd.sample(DEPARTMENTS, rnd.choice([1, 1, 2])), "lead": None,
            "event_type": rnd.choice(TYPES), "description": rnd.choice(["", "Bring water.", "Comida y música"]),
            "description_es": "", "audience": rnd.choice(AUDIENCES), "language": rnd.choice(LANGUAGES),
            "accessibility": "", "registration_url": "", "status": "Scheduled", "cancelled": False,
            "joint": rnd.random() < 0.3, "rrule": rrule,
            "exdates": [(day + timedelta(weeks=2)).isoformat()] if rrule and "T" not in start else [],
            "sequence": 0, "last_modified": None, "previous_start": None, "image_url": None, "image_alt": None,
            "latitude": 36.0 if rnd.random() < 0.3 else None, "longitude": -78.9 if rnd.random() < 0.9 else None})
    for e in out:
        e["joint"] = e["joint"] or len(e["departments"]) > 1
    return out


def published(events: list[dict]) -> bytes:
    return json.dumps(events, ensure_ascii=False, indent=1, sort_keys=True).encode()


def open_index(tmp_path, events) -> tuple[SiteIndex, list[dict]]:
    path = tmp_path / "index.sqlite"
    path.write_bytes(build_index(published(events), TZ, slugify, ALIASES))
    everything = to_local([_parse(e) for e in json.loads(published(events))], TZ)
    return SiteIndex(path, TZ, slugify), everything


filters = st.builds(Filters, department=st.sampled_from(["", "police", "fire"]),
                    type=st.sampled_from(["", "cpr-class", "town-hall", "other"]), joint=st.booleans(),
                    audience=st.sampled_from(["", "adults", "teens"]),
                    language=st.sampled_from(["", "spanish"]), q=st.sampled_from(["", "cpr", "policia class", "park", "de", "rcp de", "a\"b", "ma", "\x00%ff cpr", "pa\x00rk"]))
days = st.integers(-40, 330).map(lambda d: BASE + timedelta(days=d))


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.integers(0, 10**6), filters, days, st.one_of(st.none(), st.integers(-3, 90)), st.integers(1, 9),
       st.sampled_from([5, 50]))
def test_pages_and_json_equal_the_whole_list(tmp_path_factory, seed, f, since, to, page_number, size):
    index, everything = open_index(tmp_path_factory.mktemp("ix"), calendar(seed, 400))
    for chosen_filters in (f, Filters()):        # unfiltered requests count by rank, filtered ones by a scan
        check(index, everything, chosen_filters, since, to, page_number, size)
    assert index.find(everything[seed % 400]["uid"]) == everything[seed % 400]
    assert index.find("nope@test") is None


def check(index, everything, f, since, to, page_number, size):
    chosen = [e for e in everything if matches(e, f, slugify, ALIASES)]
    until = since + timedelta(days=to) if to is not None else None

    # /events.json: `until` as typed (it may be before `since`)
    horizon = (until - since).days if until and until >= since else 800
    items = upcoming(chosen, TZ, since, horizon_days=horizon)
    if until:
        items = [e for e in items if local_day(e["start"], TZ) <= until]
    selection = index.select(f, since, horizon, until)
    assert selection.total == len(items)
    assert selection.slice(0, 37) == items[:37]
    assert selection.slice(11, 5) == items[11:16]
    for offset in (len(items) // 2, max(len(items) - 3, 0)):     # past the long and repeating items
        assert selection.slice(offset, 7) == items[offset:offset + 7]

    # the list page: `until` only when on or after `since`, weekly series collapsed, paged
    until = until if until and until >= since else None
    listed = collapse_series([e for e in upcoming(chosen, TZ, since, (until - since).days if until else 800)
                              if not until or local_day(e["start"], TZ) <= until])
    expected = paginate(listed, page_number, size)
    selection = index.select(f, since, (until - since).days if until else 800, until, collapse=True)
    assert selection.total == len(listed)
    got = paginate(range(selection.total), page_number, size)
    assert selection.slice((got.number - 1) * size, size) == expected.items
    latest = max((e for e in chosen if last_day(e, TZ) < since), key=lambda e: (local_day(e["start"], TZ), e["uid"]),
                 default=None)
    assert index.latest_day(f, since) == (local_day(latest["start"], TZ) if latest else None)

    # the map: placeable events only, series collapsed
    placed = [e for e in listed if e["latitude"] is not None and e["longitude"] is not None]
    selection = index.select(f, since, (until - since).days if until else 800, until, collapse=True, located=True)
    assert selection.total == len(placed)
    assert selection.slice(0, 20) == placed[:20]

    # the month grid and an event page
    assert month_grid(index.touching(f, since.replace(day=1), since.replace(day=28) + timedelta(days=4)),
                      since.year, since.month, TZ) == month_grid(chosen, since.year, since.month, TZ)


def test_options_and_count_are_the_whole_calendars(tmp_path):
    index, everything = open_index(tmp_path, calendar(3, 300))
    assert index.total == 300
    for key, split in OPTION_KEYS:
        assert index.options(key, split) == options(everything, key, split)
    assert ("spanish", "Spanish") in index.options("language", True)


def test_the_same_events_give_the_same_bytes():
    events = calendar(5, 200)
    assert build_index(published(events), TZ) == build_index(published(list(reversed(events))), TZ)


def test_an_alias_is_its_types_at_build_time(tmp_path):
    index, everything = open_index(tmp_path, calendar(8, 300))
    town_halls = index.select(Filters(type="town-hall"), BASE, 400).slice(0, 1000)
    assert {e["event_type"] for e in town_halls} == {"Community Meeting"}    # no "Town Hall" typed in TYPES
    assert len(town_halls) == len(upcoming([e for e in everything if e["event_type"] == "Community Meeting"],
                                           TZ, BASE, 400))
    assert index.select(Filters(type="festival"), BASE, 400).total == 0     # held by Other


def test_an_unchanged_calendar_reuses_the_served_index(tmp_path, monkeypatch):
    body = published(calendar(4, 120))
    departments = {"Police": "police", "Fire": "fire"}
    served = tmp_path / "served.sqlite"
    served.write_bytes(index_bytes(body, TZ, slugify, ALIASES, departments, None))
    assert json.loads(sqlite_meta(served))["source"] == source_hash(body, TZ, ALIASES, departments)

    def no_build(*args, **kwargs):
        raise AssertionError("rebuilt an unchanged index")
    monkeypatch.setattr(siteindex, "build_index", no_build)
    assert index_bytes(body, TZ, slugify, ALIASES, departments, served) == served.read_bytes()
    for changed in ((published(calendar(4, 121)), ALIASES, departments), (body, {}, departments),
                    (body, ALIASES, {**departments, "Fire": "fire-rescue"})):
        with pytest.raises(AssertionError, match="rebuilt"):   # anything it was built from changed
            index_bytes(changed[0], TZ, slugify, changed[1], changed[2], served)


def sqlite_meta(path) -> str:
    import sqlite3
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT value FROM meta WHERE key = 'meta'").fetchone()[0]
    finally:
        db.close()


def test_a_text_search_reads_its_trigram_hits_or_its_range_whichever_is_fewer(tmp_path):
    index, everything = open_index(tmp_path, calendar(11, 400))
    late, early = BASE + timedelta(days=280), BASE - timedelta(days=40)
    # (words, since, expected): "biblioteca" is half the places, ~200 events, against ~70 rows from
    # `late`; "policia" is in one title of six, ~67, against all 400 from `early`; "e" has no trigram
    cases = [("biblioteca", late, "scan"), ("comida", late, "scan"), ("policia", early, "hits"),
             ("policia class", early, "hits"), ("e", early, "scan"), ('a"b', early, "hits"), ("\x00%ff", early, "hits")]   # NUL: not in the FTS query
    for q, since, expected in cases:
        f = Filters(q=q)
        source, _ = index._source(f, lambda: index._count((since - timedelta(days=31)).isoformat(), since, None))
        assert ("hits" if "MATCH" in source else "scan") == expected, q
        items = upcoming([e for e in everything if matches(e, f, slugify, ALIASES)], TZ, since)
        selection = index.select(f, since)
        assert (selection.total, selection.slice(0, len(items) + 5)) == (len(items), items), q
        assert index.latest_day(f, since) == max(
            (local_day(e["start"], TZ) for e in everything if matches(e, f, slugify, ALIASES) and last_day(e, TZ) < since),
            default=None)


def test_a_query_fts5_cannot_parse_is_answered_by_the_range(tmp_path, monkeypatch):
    index, everything = open_index(tmp_path, calendar(12, 200))
    f = Filters(q="policia")
    expected = upcoming([e for e in everything if matches(e, f, slugify, ALIASES)], TZ, BASE)
    monkeypatch.setattr(siteindex, "_fts_query", lambda f: '"unterminated')
    assert index._source(f, lambda: 10**6) == ("events", [])
    selection = index.select(f, BASE)
    assert (selection.total, selection.slice(0, 500)) == (len(expected), expected)


def test_the_trigram_index_is_filled_in_rowid_order(tmp_path):
    """FTS5 starts a new segment each time a rowid is not above the last one (issue 17, p17n:
    filled in page order it wrote 7 to 17 segments for these calendars, 3-10x the cost); in
    rowid order one segment holds them, and the answers are those of the whole list."""
    import sqlite3
    for seed, n in ((1, 400), (2, 3000)):
        db = sqlite3.connect(":memory:")
        try:
            db.deserialize(build_index(published(calendar(seed, n)), TZ, slugify, ALIASES))
            assert db.execute("SELECT COUNT(DISTINCT segid) FROM words_idx").fetchone()[0] == 1
            assert db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == n
        finally:
            db.close()
    index, everything = open_index(tmp_path, calendar(2, 3000))
    for q in ("policia", "park", "rcp de"):
        f = Filters(q=q)
        expected = upcoming([e for e in everything if matches(e, f, slugify, ALIASES)], TZ, BASE - timedelta(days=40))
        selection = index.select(f, BASE - timedelta(days=40))
        assert (selection.total, selection.slice(0, len(expected))) == (len(expected), expected), q
