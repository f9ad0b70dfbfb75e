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
