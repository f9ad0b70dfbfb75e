"""Issue 17 (p17af): the tabs' wall-clock texts without ``strftime``, the same text."""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from sheets_sync.timeutil import clock_text

CHICAGO = ZoneInfo("America/Chicago")


def _cases():
    yield datetime(2026, 12, 4, 9, 5)
    yield datetime(2026, 11, 1, 1, 30, tzinfo=CHICAGO)                  # the fall-back hour
    yield datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=CHICAGO)
    yield datetime(2026, 3, 8, 2, 30, tzinfo=CHICAGO)                   # in the spring-forward gap
    yield datetime(2026, 7, 4, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-4)))
    yield datetime(2026, 1, 1, 0, 0, tzinfo=timezone.utc)
    for year in (1, 9, 99, 999, 1000, 1999, 2037, 9999):               # strftime pads none below 1000
        yield datetime(year, 2, 3, 4, 5, 6)
    rng = random.Random(17)
    for _ in range(2000):
        yield datetime(rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                       rng.randint(0, 59), rng.randint(0, 59), rng.choice((0, rng.randint(0, 999999))),
                       tzinfo=rng.choice((None, CHICAGO, timezone.utc)), fold=rng.randint(0, 1))


@pytest.mark.parametrize("seconds", [False, True])
def test_clock_text_is_strftimes_text(seconds):
    form = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    for value in _cases():
        assert clock_text(value, seconds=seconds) == value.strftime(form), value


def test_a_datetime_subclass_goes_to_its_own_strftime():
    class Stamp(datetime):
        def strftime(self, form):
            return "own " + form
    assert clock_text(Stamp(2026, 12, 4, 9, 5)) == "own %Y-%m-%d %H:%M"
    assert clock_text(Stamp(2026, 12, 4, 9, 5), seconds=True) == "own %Y-%m-%d %H:%M:%S"


# -- the Atom feed's newest-first order: each distinct last change written once -----------
def _atom_event(k: int, last_modified):
    from sheets_sync.model import CombinedEvent, Status, Visibility
    start = datetime(2026, 1, 1 + k % 28, 9, tzinfo=CHICAGO)
    return CombinedEvent(title=f"E{k}", start=start, end=start + timedelta(hours=1), all_day=False,
                         departments=("Police",), lead="Police", rows=(), visibility=Visibility.PUBLIC,
                         status=Status.SCHEDULED, event_type="Other", uid=f"{k:04d}@t",
                         last_modified=last_modified, sequence=k % 3)


def _old_atom(events, **kw):
    """build_atom as it chose its entries before p17af (``_stamp`` per event, a full sort)."""
    from public_feed import atom
    chosen = sorted(events, key=lambda e: (atom._stamp(e.last_modified), e.uid), reverse=True)[:atom.MAX_ENTRIES]
    return [e.uid for e in chosen]


def test_atom_chooses_the_entries_the_full_sort_chose():
    import re

    from public_feed.atom import MAX_ENTRIES, build_atom
    fall_back = datetime(2026, 11, 1, 1, 30, tzinfo=CHICAGO)
    instants = [None, fall_back, fall_back.replace(fold=1), fall_back.astimezone(timezone.utc),
                datetime(2026, 12, 1, 12, 0, 0, 999, tzinfo=timezone.utc),
                datetime(2026, 12, 1, 12, 0, 0, tzinfo=timezone.utc), datetime(2026, 12, 1, 6, tzinfo=CHICAGO)]
    rng = random.Random(4)
    events = [_atom_event(k, rng.choice(instants)) for k in range(3 * MAX_ENTRIES)]
    for chosen in (events, events[:7], list(reversed(events)), []):
        got = build_atom(chosen, title="City", site_url="https://x.example", feed_url="",
                         event_url=lambda e: f"https://x.example/events/{e.uid}")
        ids = re.findall(rb"<id>https://x.example/events/([^<]+)</id>", got)
        assert [i.decode() for i in ids] == _old_atom(chosen)


def test_atom_stamps_keep_the_two_fall_back_half_past_ones_apart():
    from public_feed.atom import _stamp, _stamps
    first = datetime(2026, 11, 1, 1, 30, tzinfo=CHICAGO)
    stamp = _stamps()
    for value in (first, first.replace(fold=1), first, None, first.astimezone(timezone.utc)):
        assert stamp(value) == _stamp(value)
    assert stamp(first) != stamp(first.replace(fold=1))
