"""Issue 15: a 5,000-event calendar publishes feeds that every client accepts — each file under
1 MB (Google Calendar stops refreshing bigger subscriptions), oldest past events left out
first, every future event kept — and department names in CATEGORIES."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import pytest

from public_feed.feedsize import FEED_MAX_BYTES, quality_rows
from public_feed.publish import build_public_files
from sheets_sync.model import CombinedEvent, Status, Visibility

TZ = ZoneInfo("America/New_York")
TODAY = date(2025, 8, 15)
NOW = datetime(2025, 8, 1, tzinfo=timezone.utc)
DEPARTMENTS = ["Police", "Fire", "Community Safety", "Parks and Recreation"]
TYPES = ["CPR Class", "Town Hall", "Open House"]
N_PAST, N_FUTURE = 4000, 1000


def _event(i: int, start: datetime, departments: tuple[str, ...]) -> CombinedEvent:
    return CombinedEvent(
        title=f"Neighbourhood safety walk {i}", start=start, end=start + timedelta(hours=2),
        all_day=False, departments=departments, lead=departments[0], rows=(),
        visibility=Visibility.PUBLIC, status=Status.SCHEDULED, event_type=TYPES[i % 3],
        location=f"Station {i % 17}", address=f"{100 + i} Main St, Durham, NC",
        description="Meet your neighbours and the officers who patrol your street. " * 3,
        uid=f"{i:05d}@size.test", created=NOW, last_modified=NOW)


@pytest.fixture(scope="module")
def calendar():
    events = []
    for i in range(N_PAST):       # one every ~2.4 hours over the 400 days before today
        start = datetime.combine(TODAY - timedelta(days=400), datetime.min.time(), TZ) + timedelta(minutes=144 * i)
        events.append(_event(i, start.replace(hour=18), ("Police",) if i % 2 else ("Police", DEPARTMENTS[i % 4])))
    for j in range(N_FUTURE):     # one or two a day from tomorrow
        start = datetime.combine(TODAY + timedelta(days=1 + j // 2), datetime.min.time(), TZ).replace(hour=10 + j % 2 * 6)
        events.append(_event(N_PAST + j, start, ("Police", DEPARTMENTS[j % 4]) if j % 3 else ("Police",)))
    events.sort(key=lambda e: (e.start, e.uid))
    own: dict[str, bytes] = {}          # each event's own calendar (issue 17, p17p: table rows, no files)
    files = build_public_files(
        events, site_title="Size City", prodid="-//size//EN", timezone="America/New_York",
        refresh_minutes=60, department_slugs={d: d.lower().replace(" ", "-") for d in DEPARTMENTS},
        event_types=TYPES, event_url=lambda e: f"https://size.test/events/{e.uid}", internal=events,
        base_url="https://size.test", today=TODAY, calendars=own.update)
    return events, {**files, **{f"/events/{uid}.ics": body for uid, body in own.items()}}


def _uids(blob: bytes) -> set[str]:
    return {str(c["UID"]) for c in icalendar.Calendar.from_ical(blob).walk("VEVENT")}


def test_every_feed_is_under_1_mb(calendar):
    events, files = calendar
    feeds = {p: b for p, b in files.items() if p.endswith(".ics")}
    assert len(feeds) > 5000                       # every filter feed plus one per event
    sizes = {p: len(b) for p, b in feeds.items()}
    assert max(sizes.values()) < 1_000_000, max(sizes.items(), key=lambda kv: kv[1])
    # without trimming, the all-events feed would be several MB: the bound is doing the work
    untrimmed = build_public_files(
        events[:1500], site_title="Size City", prodid="-//size//EN", timezone="America/New_York",
        refresh_minutes=60, department_slugs={"Police": "police"}, event_types=[],
        event_url=lambda e: "")["public/calendar.ics"]
    assert len(untrimmed) > 1_000_000


@pytest.mark.parametrize("path,department", [("public/calendar.ics", None),
                                             ("public/departments/police.ics", "Police"),
                                             ("private/calendar.ics", None)])
def test_every_future_event_kept_oldest_past_left_out(calendar, path, department):
    events, files = calendar
    mine = [e for e in events if department is None or department in e.departments]
    kept = _uids(files[path])
    future = {e.uid for e in mine if e.end.astimezone(TZ).date() >= TODAY}
    assert len(future) == N_FUTURE
    assert future <= kept
    past = [e for e in mine if e.uid not in future]
    dropped = [e for e in past if e.uid not in kept]
    assert dropped, "a 5,000-event feed must have left some past events out"
    newest_dropped = max(e.end for e in dropped)
    oldest_kept = min(e.end for e in past if e.uid in kept)
    assert newest_dropped <= oldest_kept           # oldest first
    # close to the limit: one more past event would not have fitted by much
    assert len(files[path]) > FEED_MAX_BYTES - 2_000


def test_manifest_and_quality_tab_report_trimmed_feeds(calendar):
    events, files = calendar
    manifest = {f["path"]: f for f in json.loads(files["public/feeds.json"])["feeds"]}
    whole = manifest["/calendar.ics"]
    assert whole["trimmed"] == N_PAST + N_FUTURE - len(_uids(files["public/calendar.ics"]))
    assert whole["events"] == len(_uids(files["public/calendar.ics"]))
    assert whole["bytes"] == len(files["public/calendar.ics"])
    small = manifest["/departments/fire.ics"]
    assert small["trimmed"] == 0
    rows = quality_rows(files)
    trimmed_row = next(v for k, v in rows.items() if k.startswith("Feeds that left out"))
    assert f"/calendar.ics ({whole['trimmed']} left out)" in trimmed_row
    assert "/departments/fire.ics" not in trimmed_row
    assert next(v for k, v in rows.items() if k.startswith("Feeds still over")) == "none"


def test_departments_in_categories(calendar):
    events, files = calendar
    cal = icalendar.Calendar.from_ical(files["public/departments/fire.ics"])
    ev = next(iter(cal.walk("VEVENT")))
    source = next(e for e in events if e.uid == str(ev["UID"]))
    cats = [str(c) for c in ev["CATEGORIES"].cats]
    assert cats == [source.event_type, *source.departments]
    assert "Fire" in cats and "Police" in cats
