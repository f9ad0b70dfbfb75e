"""Issue 17 (p17j): the published-files stage's faster paths give exactly what the plain ones
gave — each feed's events (one pass instead of one test per event and feed), an over-bound
feed measured instead of rebuilt, the site index's memoised cells and option lists, the
Review tab with each pair's key computed once."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from public_feed.feedset import FeedSpec, all_specs, select, select_all
from public_feed.feedsize import bounded_feed
from public_feed.ics import FeedInfo, build_feed, feed_parts
from public_feed.query import options
from public_feed.siteindex import _distinct
from sheets_sync.model import CombinedEvent, Status, Visibility

NY = ZoneInfo("America/New_York")
DEPARTMENTS = ("Fire", "Police", "Parks and Recreation", "Library")
TYPES = ("CPR Class", "cpr class", "Town Hall", "Bike Rodeo", "", "Other Thing")


def _events(n: int, seed: int) -> list[CombinedEvent]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        departments = tuple(rng.sample(DEPARTMENTS + ("Unlisted Dept",), rng.randint(1, 3)))
        start = datetime(2025, 1, 1, 9, tzinfo=NY) + timedelta(days=rng.randint(0, 400), hours=rng.randint(0, 9))
        out.append(CombinedEvent(
            title=f"Event {i}", start=start, end=start + timedelta(hours=2), all_day=False,
            departments=departments, lead=departments[0], rows=(), visibility=Visibility.PUBLIC,
            status=Status.SCHEDULED, event_type=rng.choice(TYPES), uid=f"{i:04d}@speed.test",
            description="x" * rng.randint(0, 400),
            created=datetime(2025, 1, 1, tzinfo=timezone.utc), last_modified=datetime(2025, 1, 1, tzinfo=timezone.utc)))
    return out


def test_select_all_equals_select_for_every_spec():
    events = _events(300, seed=17)
    # "other-thing"'s feed also holds "town-hall" (a type alias), as typefeeds.type_feeds does
    specs = all_specs({d: d.lower().replace(" ", "-") for d in DEPARTMENTS},
                      {"cpr-class": "CPR Class", "town-hall": "Town Hall", "bike-rodeo": "Bike Rodeo",
                       "other-thing": "Other Thing", "never-used": "Never Used"},
                      {"other-thing": frozenset({"town-hall"})})
    assert len(specs) == 5 * 6 * 2
    fast = select_all(events, specs)
    plain = [select(events, spec) for spec in specs]
    assert [[e.uid for e in f] for f in fast] == [[e.uid for e in p] for p in plain]
    assert sum(map(len, plain)) > 1000                      # the lists are not trivially empty
    assert select_all([], specs) == [[] for _ in specs]
    # an event of a department no feed has is in the any-department feeds only
    lone = [e for e in events if e.departments == ("Unlisted Dept",)]
    assert lone and all(lone[0] not in f for f, s in zip(fast, specs) if s.department)


def test_duplicate_specs_each_get_the_events():
    events = _events(40, seed=3)
    spec = FeedSpec("Fire", "fire")
    a, b = select_all(events, [spec, spec])
    assert a == b == select(events, spec) and a is not b


def test_measured_bounded_feed_equals_the_rebuilding_one():
    events = sorted(_events(400, seed=5), key=lambda e: (e.start, e.uid))
    info = FeedInfo("Speed", "All", "-//speed//EN", "America/New_York", 60, "https://speed.test/calendar.ics")
    today = date(2025, 9, 1)
    for bound in (10**9, 120_000, 60_000, 2_000):          # under; trims some; trims most; all past out
        cache: dict[str, bytes] = {}
        builds = []

        def build(chosen):
            builds.append(len(chosen))
            return build_feed(chosen, info, cache)

        def measure(chosen):
            return sum(map(len, feed_parts(chosen, info, cache)))
        old = bounded_feed(events, today, build, lambda e: len(cache[e.uid]), bound)
        old_builds, builds[:] = list(builds), []
        new = bounded_feed(events, today, build, lambda e: len(cache[e.uid]), bound, measure)
        assert new[0] == old[0] and [e.uid for e in new[1]] == [e.uid for e in old[1]]
        assert len(builds) == 1                             # measured, then built once
        if bound < 10**9:
            assert len(old_builds) >= 2 and old[1]          # the plain path rebuilt and trimmed
    assert len(old[0]) >= 2_000                             # future events are never left out


def test_feed_parts_join_to_the_feed():
    events = _events(30, seed=9)
    info = FeedInfo("Speed", "All", "-//speed//EN", "America/New_York")
    assert b"".join(feed_parts(events, info, {})) == build_feed(events, info, {})


def test_options_of_distinct_values_equal_options_of_all():
    rng = random.Random(11)
    spellings = ["Youth", "youth", "Seniors", "Youth, Seniors", "Familias; Youth", "", None, "Niños"]
    events = [{"audience": rng.choice(spellings), "departments": rng.sample(list(DEPARTMENTS), 2)}
              for _ in range(200)]
    for key, split in (("audience", True), ("departments", False)):
        assert options(_distinct(events, key), key, split) == options(events, key, split)
    assert len(_distinct(events, "audience")) == len(set(spellings))


def _site_calendar():
    from tests.unit.test_site_index import calendar
    public = calendar(21, 120)
    staff = [{**e, "visibility": "Public", "sources": [f"Police!{k + 2}"]} for k, e in enumerate(public)]
    staff += [{**e, "uid": f"internal-{e['uid']}", "visibility": "Internal", "sources": []}
              for e in calendar(22, 30)]
    staff = [{k: v for k, v in e.items() if k != "previous_start"} for e in staff]
    return public, staff


def test_staff_index_with_the_public_ones_columns_is_the_same_file():
    import json

    from public_feed.siteindex import RowMemo, build_index
    from sheets_sync.model import slugify
    from tests.unit.test_site_index import ALIASES, TZ, published
    public, staff = _site_calendar()
    public[3]["previous_start"] = "2025-01-01T15:00:00+00:00"       # a public-only field differs
    staff[5]["title"] = staff[5]["title"] + " (staff copy)"          # an indexed field differs
    staff[6]["start"], staff[6]["end"] = staff[7]["start"], staff[7]["end"]
    memo = RowMemo()
    first = build_index(published(public), TZ, slugify, ALIASES, memo=memo)
    second = build_index(published(staff), TZ, slugify, ALIASES, memo=memo)
    assert first == build_index(published(public), TZ, slugify, ALIASES)
    assert second == build_index(published(staff), TZ, slugify, ALIASES)
    # the memo answered for the unchanged events, not for the changed ones
    assert memo.get(json.loads(published([staff[10]]))[0]) is not None
    assert "staff copy" in memo.get(staff[5])[-2]        # the changed event's own search text
    changed = {**staff[10], "description": "Something else entirely"}
    assert memo.get(changed) is None
    # other settings start afresh: an index with other type aliases is not built from these columns
    other = build_index(published(staff), TZ, slugify, {}, memo=memo)
    assert other == build_index(published(staff), TZ, slugify, {})
    assert other != second


def test_spans_give_the_plain_days():
    from public_feed.ics import Spans, _tz_range, series_last_day
    events = _events(50, seed=4)
    spans = Spans()
    assert _tz_range(events, spans) == _tz_range(events)
    assert all(spans(e) == (e.start_date, series_last_day(e)) for e in events)
    assert _tz_range([]) is None


def test_a_spec_without_a_type_ignores_members_as_matches_does():
    events = _events(60, seed=8)
    odd = FeedSpec("Fire", "fire", None, None, False, frozenset({"town-hall"}))
    assert select_all(events, [odd]) == [select(events, odd)] and select(events, odd)
