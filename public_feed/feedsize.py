"""Keep every published calendar under the size calendar clients accept. Pure.

Google Calendar stops refreshing a subscribed feed larger than about 1 MB (roughly 1,100
events; ``shared/docs/ics-rules.md``), silently, for every subscriber. A feed over
:data:`FEED_MAX_BYTES` therefore leaves out its **oldest past events first** (by the local
day the event, or a bounded series' last occurrence, ends) until it fits; events that end
today or later, and series with no end, are never left out. What was left out is reported in
the feed manifest (``trimmed``) and on the Data Quality tab (:func:`quality_rows`).
"""
from __future__ import annotations

import json
from datetime import date
from itertools import accumulate, compress, islice
from operator import attrgetter, not_
from typing import Callable, Mapping, Sequence

from sheets_sync.model import CombinedEvent

from .ics import event_span

#: Bytes a published ``.ics`` file must stay under (1 MB, decimal; Google's limit is 1 MiB).
FEED_MAX_BYTES = 1_000_000


def _past_oldest_first(events: Sequence[CombinedEvent], today: date,
                       spans: Callable[[CombinedEvent], tuple[date, date | None]] = event_span) -> list[CombinedEvent]:
    ends = [(*spans(e), e) for e in events]
    return [e for _, _, e in sorted(((d, start, e) for start, d, e in ends if d is not None and d < today),
                                    key=lambda p: (p[0], p[1], p[2].uid))]


class PastOrder:
    """The oldest-past-first order of ``events`` (as :func:`bounded_feed` leaves them out)
    sorted once, for every feed made of some of them (issue 17, p17t: each feed over the
    bound sorted its own events again, 15 sorts of up to 76,000 events at 100,000 rows).
    Callable on a feed's events: their past events in that order, the same list as sorting
    them alone; a feed holding an event not among ``events`` is sorted alone. Keeps
    ``events`` alive (an ``id`` is not reused while remembered)."""

    def __init__(self, events: Sequence[CombinedEvent], today: date,
                 spans: Callable[[CombinedEvent], tuple[date, date | None]] = event_span):
        self.today, self.spans = today, spans
        self._past = [None, *_past_oldest_first(events, today, spans)]    # ranks from 1
        self._rank = {id(e): k for k, e in enumerate(self._past) if k}
        self._kept = list(events)       # alive while remembered: no id of theirs is reused
        self._ids = frozenset(map(id, self._kept))

    def __call__(self, events: Sequence[CombinedEvent]) -> list[CombinedEvent]:
        # issue 17 (p17aa): looked up with C-level maps, not a Python loop per event (15
        # over-bound feeds of up to 76,000 events at 100,000 rows). An event whose id is
        # known is the one remembered (it is alive, so no other object has its id).
        ids = list(map(id, events))
        if not self._ids.issuperset(ids):
            return _past_oldest_first(events, self.today, self.spans)
        ranks = sorted(filter(None, map(self._rank.get, ids)))     # (None: not a past event)
        return list(map(self._past.__getitem__, ranks))


_uid = attrgetter("uid")


def bounded_feed(events: Sequence[CombinedEvent], today: date,
                 build: Callable[[Sequence[CombinedEvent]], bytes],
                 size_of: Callable[[CombinedEvent], int],
                 max_bytes: int = FEED_MAX_BYTES,
                 measure: Callable[[Sequence[CombinedEvent]], int] | None = None,
                 spans: Callable[[CombinedEvent], tuple[date, date | None]] = event_span,
                 past: Callable[[Sequence[CombinedEvent]], list[CombinedEvent]] | None = None,
                 ) -> tuple[bytes, list[CombinedEvent]]:
    """``(feed bytes, events left out)``: ``build(events)`` if it is under ``max_bytes``,
    else ``build`` of ``events`` without the fewest oldest past events that bring it under
    (``today`` is the city's local date; ``size_of(e)`` the bytes ``e``'s VEVENT takes, known
    once ``build`` or ``measure`` has run). When even every past event left out is not enough, all past events
    are left out and the result stays over ``max_bytes`` (future events are never dropped).
    The order of ``events`` is kept. ``measure(events)``, when given, must equal
    ``len(build(events))``: the sizes are then measured and only the result is built (issue 17);
    ``spans`` gives an event's ``(start_date, series_last_day)`` (a shared :class:`.ics.Spans`);
    ``past`` a :class:`PastOrder` of a superset of ``events`` for the same ``today`` and ``spans``."""
    measure = measure or (lambda chosen: len(build(chosen)))
    size = measure(events)
    if size < max_bytes:
        return build(events), []
    past = past(events) if past is not None else _past_oldest_first(events, today, spans)
    dropped: set[str] = set()
    kept = events
    n = 0
    while size >= max_bytes and n < len(past):
        excess, start = size - max_bytes + 1, n
        # the fewest next past events whose VEVENTs add up to the excess (issue 17, p17aa:
        # summed by accumulate and checked once each, the sets and lists made in C)
        for n, covered in enumerate(accumulate(map(size_of, islice(past, start, None))), start + 1):
            if covered >= excess:
                break
        dropped.update(map(_uid, past[start:n]))
        kept = list(compress(events, map(not_, map(dropped.__contains__, map(_uid, events)))))
        size = measure(kept)
    return build(kept), past[:n]


def quality_rows(files: Mapping[str, bytes], max_bytes: int = FEED_MAX_BYTES) -> dict[str, str | int]:
    """Data Quality tab rows from the published manifest (``public/feeds.json``): how many
    feeds left out old past events to stay under ``max_bytes`` and which (path: count), and
    any feed still over it (only future events left; those are never dropped)."""
    manifest = json.loads(files.get("public/feeds.json", b"{}") or b"{}")
    feeds = manifest.get("feeds", [])
    trimmed = [f for f in feeds if f.get("trimmed")]
    over = [f["path"] for f in feeds if f.get("bytes", 0) >= max_bytes]
    return {
        f"Feeds that left out their oldest past events to stay under {max_bytes // 1000:,} KB":
            "; ".join(f"{f['path']} ({f['trimmed']} left out)" for f in trimmed) or "none",
        f"Feeds still over {max_bytes // 1000:,} KB (upcoming events alone; Google stops refreshing them)":
            "; ".join(over) or "none",
    }
