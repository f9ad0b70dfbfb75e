"""Issue 17 (p17t): the oldest-past-first order sorted once for every feed of a build
(:class:`public_feed.feedsize.PastOrder`) leaves out what each feed sorted alone left out."""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from public_feed.feedsize import PastOrder, _past_oldest_first, bounded_feed
from public_feed.ics import Spans, build_feed
from public_feed.publish import _bounded
from tests.unit.test_published_files_p17m import INFO, _mixed

TODAY = date(2025, 9, 1)


@pytest.mark.parametrize("seed", [4, 5])
def test_each_feeds_past_events_in_the_order_sorted_alone(seed):
    events = _mixed(200, seed)
    rng = random.Random(seed)
    order = PastOrder(events, TODAY, Spans())
    subsets = [events, [], events[::3], [e for e in events if e.all_day],
               *(sorted(rng.sample(events, k), key=events.index) for k in (1, 5, 80))]
    for chosen in subsets:
        expected = _past_oldest_first(chosen, TODAY)
        assert [e.uid for e in order(chosen)] == [e.uid for e in expected]
        assert all(a is b for a, b in zip(order(chosen), expected))
    assert len(order(events)) > 50                    # the fixture has many past events


def test_a_feed_with_an_event_it_was_not_given_is_sorted_alone():
    events = _mixed(60, 6)
    order = PastOrder(events[:40], TODAY, Spans())
    stranger = replace(events[0], uid="stranger@x")   # equal days, another object
    for chosen in (events, [stranger, *events[:40]]):
        assert [e.uid for e in order(chosen)] == [e.uid for e in _past_oldest_first(chosen, TODAY)]


@pytest.mark.parametrize("bound", [90_000, 40_000, 1_500])
def test_bounded_feeds_with_one_shared_order_equal_each_sorted_alone(bound):
    events = sorted(_mixed(300, seed=9), key=lambda e: (e.start_date, e.uid))
    spans = Spans()
    order = PastOrder(events, TODAY, spans)
    for chosen in (events, events[1::2], [e for e in events if not e.all_day]):
        plain: dict[str, bytes] = {}
        expected = bounded_feed(chosen, TODAY, lambda c: build_feed(c, INFO, plain), lambda e: len(plain[e.uid]), bound)
        data, left_out = _bounded(chosen, INFO, {}, lambda e: "", TODAY, bound, spans, order)
        assert data == expected[0] and [e.uid for e in left_out] == [e.uid for e in expected[1]]
        assert left_out
