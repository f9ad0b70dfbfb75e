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


def test_head_lines_shared_by_calendars_that_differ_in_source_give_icalendars_bytes():
    """Issue 17 (p17t): one :class:`HeadLines` folds each distinct name and description once
    for the per-event calendars and only their SOURCE line per calendar; every head it
    fills is still icalendar's, whatever order the names come in, and a name folded for one
    SOURCE never carries that SOURCE into another calendar's head."""
    from public_feed.ics import HeadLines
    names = [("Town Hall", "Town Hall — City events"),
             ("Fire, CPR; \u201cclass\u201d \U0001f692 " * 6, "Año \\ nuevo, sí; " * 10),
             ("Town Hall", "Town Hall — Other city")]
    urls = ["https://x.example/events/a%40x.ics", "https://x.example/events/" + "b" * 90 + ".ics",
            "https://x.example/events/c.ics\r\nX-EVIL:1", ""]
    heads = HeadLines()
    for _ in range(2):
        for name, description in names:
            for url in urls:
                info = FeedInfo(name, description, "-//x//EN", "America/New_York", 60, url)
                if "\r" in url:       # a SOURCE icalendar refuses: the same error as without heads
                    with pytest.raises(Exception) as without:
                        calendar_head(info, [])
                    with pytest.raises(type(without.value)):
                        calendar_head(info, [], heads)
                    continue
                assert calendar_head(info, [], heads) == _reference(info)
