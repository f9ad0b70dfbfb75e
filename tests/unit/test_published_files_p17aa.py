"""Issue 17 (p17aa): the UTC stamps of a VEVENT remembered per distinct instant, and a
feed's oldest-past-first order looked up with C-level maps, give what the plain code gives."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from public_feed.feedsize import PastOrder, _past_oldest_first
from public_feed.ics import Spans
from public_feed.vevent import _utc_stamp
from sheets_sync.model import CombinedEvent, Status, Visibility

NY = ZoneInfo("America/New_York")


def test_utc_stamp_keeps_the_two_fall_back_half_past_ones_apart():
    # 2025-11-02 01:30 happens twice in New York: EDT (UTC-4) first, then EST (UTC-5)
    first = datetime(2025, 11, 2, 1, 30, tzinfo=NY)
    second = first.replace(fold=1)
    assert first == second                   # why a plain dict key would mix them up
    for order in ((first, second), (second, first)):
        stamps = {v.fold: _utc_stamp(v) for v in order}
        assert stamps == {0: "20251102T053000Z", 1: "20251102T063000Z"}


def test_utc_stamp_of_one_instant_in_two_zones_and_of_none():
    noon_utc = datetime(2026, 12, 1, 12, 0, 0, 999, tzinfo=timezone.utc)
    in_ny = noon_utc.astimezone(NY)
    assert _utc_stamp(in_ny) == _utc_stamp(noon_utc) == "20261201T120000Z"
    assert _utc_stamp(None) == "20000101T000000Z"
    assert _utc_stamp(datetime(2026, 12, 1, 7, 0, tzinfo=timezone(timedelta(hours=-5)))) == "20261201T120000Z"


def _event(k: int, day: date, rrule: str = "") -> CombinedEvent:
    start = datetime.combine(day, datetime.min.time(), tzinfo=NY).replace(hour=9)
    return CombinedEvent(title=f"E{k}", start=start, end=start + timedelta(hours=1), all_day=False,
                         departments=("Police",), lead="Police", rows=(), visibility=Visibility.PUBLIC,
                         status=Status.SCHEDULED, event_type="Other", rrule=rrule, uid=f"{k:03d}@t")


def test_past_order_of_subsets_equals_sorting_each_alone():
    today = date(2026, 1, 10)
    days = [date(2026, 1, 1) + timedelta(days=(k * 7) % 20) for k in range(40)]
    events = [_event(k, d, "FREQ=DAILY;COUNT=3" if k % 9 == 0 else "") for k, d in enumerate(days)]
    spans = Spans()
    order = PastOrder(events, today, spans)
    subsets = [events, events[::3], list(reversed(events[5:30])), [], [events[4], events[4]]]
    for chosen in subsets:
        expected = _past_oldest_first(chosen, today, spans)
        assert order(chosen) == expected
    stranger = _event(99, date(2026, 1, 2))            # not among the events sorted: sorted alone
    chosen = [events[1], stranger, events[2]]
    assert order(chosen) == _past_oldest_first(chosen, today, spans)
    assert stranger in order(chosen)


def test_past_order_worked_by_hand():
    today = date(2026, 1, 10)
    b, c, a, later = (_event(2, date(2026, 1, 5)), _event(3, date(2026, 1, 2)), _event(1, date(2026, 1, 2)),
                      _event(4, date(2026, 1, 12)))
    order = PastOrder([later, b, c, a], today, Spans())
    # oldest last day first; the same day and start by UID; an event still to come is never past
    assert [e.uid for e in order([later, b, c, a])] == ["001@t", "003@t", "002@t"]
    assert [e.uid for e in order([b, later])] == ["002@t"]


def _all_day(k: int, day: date) -> CombinedEvent:
    return CombinedEvent(title=f"A{k}", start=day, end=day + timedelta(days=1), all_day=True,
                         departments=("Fire",), lead="Fire", rows=(), visibility=Visibility.PUBLIC,
                         status=Status.SCHEDULED, event_type="Other", uid=f"a{k:03d}@t")


def test_spans_tz_range_equals_the_plain_one_and_by_hand():
    from public_feed.ics import _tz_range
    timed = _event(1, date(2026, 1, 5))
    open_series = _event(2, date(2030, 3, 1), "FREQ=WEEKLY")            # no end: ten years on, capped
    counted = _event(3, date(2027, 12, 30), "FREQ=DAILY;COUNT=5")      # its last day is in 2028
    whole_days = [_all_day(4, date(2020, 1, 1)), _all_day(5, date(2040, 1, 1))]
    spans = Spans()
    assert spans.tz_range([timed, *whole_days]) == (date(2026, 1, 1), date(2027, 1, 1))
    assert spans.tz_range([timed, open_series]) == (date(2026, 1, 1), date(2038, 1, 1))
    assert spans.tz_range([counted, timed]) == (date(2026, 1, 1), date(2029, 1, 1))
    assert spans.tz_range(whole_days) is None and spans.tz_range([]) is None
    feeds = [[timed], [open_series, *whole_days], [counted], [timed, counted, timed], whole_days[::-1],
             [whole_days[0]], [open_series]]          # (one event: an event's own calendar)
    for chosen in feeds:                          # the same with a fresh Spans, and the plain loop
        assert spans.tz_range(chosen) == Spans().tz_range(chosen) == _tz_range(chosen)
    assert _tz_range([timed, counted], spans) == _tz_range([timed, counted])


def test_feed_parts_of_cached_vevents_and_a_repeated_uid():
    from public_feed.ics import FeedInfo, feed_parts, vevent_bytes
    events = [_event(1, date(2026, 1, 5)), _all_day(2, date(2026, 1, 6)), _event(3, date(2026, 1, 7))]
    info = FeedInfo("F", "f", "-//t//EN", "America/New_York")
    url = lambda e: f"https://t.example/events/{e.uid}"  # noqa: E731
    plain = feed_parts(events, info, None, url)
    assert plain[1:-1] == [vevent_bytes(e, url(e)) for e in events]
    cache = {events[1].uid: b"STORED\r\n"}          # a VEVENT from the store is used as it is
    parts = feed_parts([*events, events[0]], info, cache, url)
    assert parts[1:-1] == [plain[1], b"STORED\r\n", plain[3], plain[1]]
    assert cache == {events[0].uid: plain[1], events[1].uid: b"STORED\r\n", events[2].uid: plain[3]}
    assert feed_parts(events, info, cache, url)[1:-1] == [plain[1], b"STORED\r\n", plain[3]]


def _bounded_by_hand(events, today, build, size_of, max_bytes):
    """The rule as the loop before p17aa wrote it: drop the oldest past events one at a time
    until their VEVENTs cover the excess, measure again, repeat."""
    size = len(build(events))
    if size < max_bytes:
        return build(events), []
    past = _past_oldest_first(events, today)
    dropped, kept, n = set(), events, 0
    while size >= max_bytes and n < len(past):
        excess = size - max_bytes + 1
        while excess > 0 and n < len(past):
            excess -= size_of(past[n])
            dropped.add(past[n].uid)
            n += 1
        kept = [e for e in events if e.uid not in dropped]
        size = len(build(kept))
    return build(kept), past[:n]


def test_bounded_feed_drops_what_the_one_at_a_time_loop_drops():
    from public_feed.feedsize import bounded_feed
    from public_feed.ics import FeedInfo, build_feed
    today = date(2026, 3, 1)
    events = [_event(k, date(2024, 1, 1) + timedelta(days=11 * k), "FREQ=DAILY;COUNT=2" if k % 7 == 0 else "")
              for k in range(80)]
    events += [_all_day(100 + k, date(2025, 6, 1) + timedelta(days=5 * k)) for k in range(30)]
    info = FeedInfo("F", "f", "-//t//EN", "America/New_York")
    cache: dict[str, bytes] = {}
    build = lambda chosen: build_feed(chosen, info, cache)  # noqa: E731
    size_of = lambda e: len(cache[e.uid])                   # noqa: E731
    whole = len(build(events))
    for bound in (whole + 1, whole, whole - 1, whole - 900, whole // 2, 20_000, 3_000, 100):
        got = bounded_feed(events, today, build, size_of, bound)
        want = _bounded_by_hand(events, today, build, size_of, bound)
        assert got[0] == want[0] and [e.uid for e in got[1]] == [e.uid for e in want[1]]
    assert bounded_feed(events, today, build, size_of, whole)[1]          # (at the bound: over it)
    assert len(bounded_feed(events, today, build, size_of, 100)[1]) == len(_past_oldest_first(events, today))
