"""The calendar head built once per setting and filled per feed (issue 17) is byte for byte
what icalendar writes for the whole set of calendar properties."""
from __future__ import annotations

from datetime import timedelta

import icalendar
import pytest

from public_feed.ics import FeedInfo, calendar_head


def _reference(info: FeedInfo) -> bytes:
    cal = icalendar.Calendar()
    for name, value in (("PRODID", info.prodid), ("VERSION", "2.0"), ("CALSCALE", "GREGORIAN"),
                        ("X-WR-CALNAME", info.name), ("NAME", info.name),
                        ("X-WR-CALDESC", info.description), ("DESCRIPTION", info.description),
                        ("X-WR-TIMEZONE", info.timezone)):
        cal.add(name, value)
    cal.add("REFRESH-INTERVAL", icalendar.vDuration(timedelta(minutes=info.refresh_minutes)),
            parameters={"VALUE": "DURATION"})
    ttl = icalendar.vDuration(timedelta(minutes=info.refresh_minutes))
    ttl.params.pop("VALUE", None)
    cal.add("X-PUBLISHED-TTL", ttl)
    if info.url:
        cal.add("SOURCE", info.url, parameters={"VALUE": "URI"})
    return cal.to_ical().removesuffix(b"END:VCALENDAR\r\n")


@pytest.mark.parametrize("info", [
    FeedInfo("All", "Every event", "-//x//EN", "America/New_York"),
    FeedInfo("Fire, CPR; \u201cclass\u201d \U0001f692 " * 6, "Año \\ nuevo, sí; " * 10, "-//y//ES",
             "Europe/Madrid", 15, "https://x.example/feeds/a,b;c.ics?q=1&r=%20" + "z" * 90),
    FeedInfo("x", "", "-//z//EN", "UTC", 1440, "https://x.example/e/1.ics"),
])
def test_head_matches_icalendar(info):
    assert calendar_head(info, []) == _reference(info)


def test_head_differs_per_feed_on_shared_settings():
    a = calendar_head(FeedInfo("A", "a", "-//x//EN", "UTC", 60, "https://x/a.ics"), [])
    b = calendar_head(FeedInfo("B", "b", "-//x//EN", "UTC", 60, "https://x/b.ics"), [])
    assert b"NAME:A\r\n" in a and b"NAME:B\r\n" in b and b"SOURCE;VALUE=URI:https://x/b.ics\r\n" in b


@pytest.mark.parametrize("info", [
    FeedInfo("Town Hall", "Town Hall — City events", "-//x//EN", "America/New_York", 60,
             "https://x.example/events/a%40x.ics"),
    FeedInfo("Fire, CPR; \u201cclass\u201d " * 5, "Año \\ nuevo, sí; " * 8, "-//y//ES", "Europe/Madrid"),
])
def test_head_lines_kept_between_syncs_give_the_same_bytes(tmp_path, info):
    """Issue 17: a per-event calendar's own head lines are kept in the VEVENT store
    (``vcache.Heads``); taken from there, or rebuilt after a damaged entry, the head is
    still icalendar's."""
    from public_feed import vcache
    first = vcache.Heads({})
    assert calendar_head(info, [], first) == _reference(info)
    assert len(first.used) == 1
    vcache.save(tmp_path, first.used)
    again = vcache.Heads(vcache.load(tmp_path))
    lines = again.get((info.name, info.description, info.url))
    assert lines is not None and all(line in _reference(info) for line in lines)
    assert calendar_head(info, [], again) == _reference(info)
    planted = vcache.Heads({name: tuple(b"X-N:%d\r\n" % i for i in range(len(lines))) for name in first.used})
    assert b"X-N:0\r\n" in calendar_head(info, [], planted)     # the stored lines are what is used
    damaged = vcache.Heads({name: "not lines" for name in first.used})
    assert damaged.get((info.name, info.description, info.url)) is None
    assert calendar_head(info, [], damaged) == _reference(info)
