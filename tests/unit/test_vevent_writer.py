"""The direct VEVENT writer (public_feed.vevent, issue 17) gives icalendar's bytes.

The oracle is icalendar itself: ``component_bytes(build_vevent(event, url))``, the
serialisation the feeds used before the writer. Checked on generated events with hostile
text (a seeded hypothesis property) and on every event of the shipped config's sync (the
sample workbook plus its calendar files) and of each real calendar export in tests/data/realdata.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, seed, settings, strategies as st

from public_feed import vevent
from public_feed.fold import component_bytes
from public_feed.ics import FeedInfo, build_vevent, icalendar_feed_lines, _head_plan, _PER_FEED
from public_feed.ics import vevent_bytes as ics_vevent_bytes
from sheets_sync.model import CombinedEvent, Status, Visibility
from tests.conftest import ROOT

NY = ZoneInfo("America/New_York")


def oracle(event: CombinedEvent, url: str = "") -> bytes:
    return component_bytes(build_vevent(event, url))


# Text a resident or a department might type, plus what breaks writers: TEXT specials,
# line breaks of every kind, a typed "\N", non-ASCII, emoji, and escapes placed at fold cuts.
HOSTILE = st.one_of(
    st.lists(st.sampled_from(list("ab ,;:\\\"^\n\r\té—ñ") + ["\U0001f692", "\\N", "\r\n"]),
             max_size=120).map("".join),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=80),
    st.builds(lambda n, tail: "x" * n + tail, st.integers(60, 80),
              st.sampled_from(["", ",", "\\", ";", "é", "\U0001f692", "\n", "ab"])),
)
ZONES = st.sampled_from([NY, ZoneInfo("Europe/London"), ZoneInfo("Australia/Lord_Howe"),
                         ZoneInfo("UTC"), timezone.utc])
# Local wall-clock times around New York's 2026 changes: 02:30 on 8 March does not exist,
# 01:30 on 1 November happens twice (fold 0 and 1).
EDGE_TIMES = st.sampled_from([datetime(2026, 3, 8, 2, 30), datetime(2026, 11, 1, 1, 30),
                              datetime(2026, 11, 1, 1, 30, fold=1), datetime(2026, 7, 4, 21, 0),
                              datetime(2026, 12, 31, 23, 59, 59)])
RULES = st.sampled_from(["", "FREQ=WEEKLY;BYDAY=TU", "freq=monthly;bymonthday=1;count=6",
                         "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20270101T045959Z",
                         "FREQ=DAILY;UNTIL=20261231"])
STAMPS = st.one_of(st.none(), st.datetimes(datetime(2000, 1, 1), datetime(2030, 1, 1),
                                            timezones=st.sampled_from([timezone.utc, NY])))


@st.composite
def events(draw) -> CombinedEvent:
    all_day = draw(st.booleans())
    rrule = draw(RULES)
    if all_day:
        start = draw(st.dates(date(2020, 1, 1), date(2030, 12, 31)))
        end = start + timedelta(days=draw(st.integers(-1, 3)))
    else:
        zone = draw(ZONES)
        base = draw(st.one_of(EDGE_TIMES, st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1))))
        start = base.replace(tzinfo=zone)
        end = (base + timedelta(minutes=draw(st.integers(0, 600)))).replace(tzinfo=zone)
    exdates = tuple(draw(st.lists(st.dates(date(2026, 1, 1), date(2027, 1, 1)), max_size=3))) if rrule else ()
    return CombinedEvent(
        title=draw(HOSTILE), start=start, end=end, all_day=all_day,
        departments=tuple(draw(st.lists(HOSTILE.filter(bool), max_size=3, unique=True))),
        lead=None, rows=(), visibility=draw(st.sampled_from(list(Visibility))),
        status=draw(st.sampled_from(list(Status))), location=draw(HOSTILE), address=draw(HOSTILE),
        event_type=draw(HOSTILE), description=draw(HOSTILE), accessibility=draw(HOSTILE),
        registration_url=draw(HOSTILE), rrule=rrule, exdates=exdates,
        uid=draw(st.one_of(st.just("0123abcd@events.example"), HOSTILE)),
        sequence=draw(st.integers(0, 2 ** 31 - 1)), created=draw(STAMPS), last_modified=draw(STAMPS),
        removed=draw(st.booleans()))


URLS = st.one_of(st.just(""), st.just("https://events.example/events/a%40b"),
                 st.text(st.sampled_from(list("az/:;,\\é%")), max_size=90).map(lambda s: "https://x/" + s))


@seed(17)
@settings(max_examples=400, deadline=None)
@given(events(), URLS)
def test_writer_gives_icalendars_bytes(event, url):
    direct = vevent.vevent_bytes(event, url)
    assert direct is not None                   # every generated event is one the writer covers
    assert direct == oracle(event, url)


def _event(**changes) -> CombinedEvent:
    base = dict(title="Town Hall", start=datetime(2026, 5, 1, 18, tzinfo=NY),
                end=datetime(2026, 5, 1, 19, tzinfo=NY), all_day=False, departments=("Police",),
                lead="Police", rows=(), visibility=Visibility.PUBLIC, status=Status.SCHEDULED,
                uid="u1@x.example", created=datetime(2026, 1, 1, tzinfo=timezone.utc),
                last_modified=datetime(2026, 1, 2, tzinfo=timezone.utc))
    return CombinedEvent(**{**base, **changes})


@pytest.mark.parametrize("length", [73, 74, 75, 76, 149, 150])
def test_lines_of_74_75_76_octets(length):
    """RFC 5545 §3.1: a line of 75 octets or more is folded; SUMMARY: is 8 octets."""
    for fill in ("a", "é", "\U0001f692"):
        title = (fill * length)[: max(1, (length - 8) // len(fill.encode()))]
        event = _event(title=title)
        assert vevent.vevent_bytes(event) == oracle(event)
    expected = b"SUMMARY:" + b"a" * 66 + b"\r\n " + b"a"       # 75 octets: 74 + 1
    assert expected in vevent.vevent_bytes(_event(title="a" * 67))


def test_known_forms():
    """Hand-written expectations (RFC 5545 §3.3.4, §3.3.5, §3.3.11), not read from either side."""
    event = _event(title="A, b; c\\d\nnew", rrule="freq=weekly;byday=tu,th", exdates=(date(2026, 5, 5),),
                   sequence=3)
    out = vevent.vevent_bytes(event, "https://x.example/e/1?a=1,2").decode()
    assert "SUMMARY:A\\, b\\; c\\\\d\\nnew\r\n" in out
    assert "DTSTART;TZID=America/New_York:20260501T180000\r\n" in out
    assert "RRULE:FREQ=WEEKLY;BYDAY=TU,TH\r\n" in out
    assert "EXDATE;TZID=America/New_York:20260505T180000\r\n" in out
    assert "SEQUENCE:3\r\n" in out and "URL:https://x.example/e/1?a=1,2\r\n" in out
    day = vevent.vevent_bytes(_event(start=date(2026, 5, 1), end=date(2026, 5, 1), all_day=True)).decode()
    assert "DTSTART;VALUE=DATE:20260501\r\nDTEND;VALUE=DATE:20260502\r\n" in day
    # the second 01:30 of 1 November 2026 (EST) can only be written in UTC
    late = _event(start=datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NY), end=datetime(2026, 11, 1, 3, tzinfo=NY))
    assert "DTSTART:20261101T063000Z\r\n" in vevent.vevent_bytes(late).decode()


@pytest.mark.parametrize("changes", [
    dict(start=datetime(2026, 5, 1, 18), end=datetime(2026, 5, 1, 19), rrule="FREQ=WEEKLY"),  # floating
    dict(start=datetime(2026, 5, 1, 18, tzinfo=timezone(timedelta(hours=-5))),
         end=datetime(2026, 5, 1, 19, tzinfo=timezone(timedelta(hours=-5)))),              # fixed offset
    dict(sequence=2 ** 31),
])
def test_uncovered_events_fall_back_to_icalendar(changes):
    """What the writer does not cover: it says so (``None``) and the feed still gets
    icalendar's bytes, or icalendar's own error."""
    event = _event(**changes)
    assert vevent.vevent_bytes(event) is None
    try:
        expected = oracle(event)
    except ValueError as exc:
        with pytest.raises(ValueError, match=str(exc)[:20]):
            ics_vevent_bytes(event)
    else:
        assert ics_vevent_bytes(event) == expected


HEAD_TEXT = st.lists(st.sampled_from(list("ab ,;:\\\"^é") + ["\U0001f692", "\\N"]), max_size=160).map("".join)


@seed(17)
@settings(max_examples=200, deadline=None)
@given(HEAD_TEXT, HEAD_TEXT, st.one_of(st.just(""), HEAD_TEXT.map(lambda s: "https://x/" + s)))
def test_head_lines_give_icalendars_bytes(name, description, url):
    info = FeedInfo(name, description, "-//x//EN", "America/New_York", 60, url)
    plan = _head_plan(info.prodid, info.timezone, info.refresh_minutes, bool(info.url))
    names = [item for item in plan if isinstance(item, str)]
    direct = vevent.head_lines(names, {n: getattr(info, _PER_FEED[n]) for n in names})
    assert direct == icalendar_feed_lines(plan, info)


def _synced_events() -> list[tuple[str, CombinedEvent]]:
    """Every event (public or not) of the shipped config's sources — the sample workbook and
    its calendar files — and of each real calendar export, merged and given identities."""
    from sheets_sync.backends.ics_source import read_calendar
    from sheets_sync.backends.workbook import WorkbookBackend
    from sheets_sync.config import load_config
    from sheets_sync.identity import reconcile
    from sheets_sync.pipeline import analyse, read_sources

    config = load_config(ROOT / "config.yaml")
    now = datetime(2026, 6, 1, 12, tzinfo=timezone.utc)
    batches = [read_sources(config, WorkbookBackend.from_config(config), now)]
    dept = config.departments[0].name
    for path in sorted((ROOT / "tests" / "data" / "realdata").glob("*.ics")):
        batches.append([read_calendar(path, dept, config.tz, window=(date(2015, 1, 1), date(2028, 1, 1)))])
    out = []
    for tabs in batches:
        merged = analyse(tabs, config).merge.events
        for e in reconcile(merged, [], now, "events.example", timedelta(days=30)).events:
            out.append((f"https://events.example/events/{e.uid}", e))
    return out


def test_every_event_of_real_syncs():
    events = _synced_events()
    assert len(events) > 500
    covered = 0
    for url, event in events:
        direct = vevent.vevent_bytes(event, url)
        if direct is not None:
            covered += 1
            assert direct == oracle(event, url), event.uid
        assert ics_vevent_bytes(event, url) == oracle(event, url)
    assert covered == len(events)
