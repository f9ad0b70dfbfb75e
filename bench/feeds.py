"""Feed publishing cost: every filter combination for N events, against one plain feed.

Prints the time to build one all-events feed with icalendar (the baseline in
shared/docs/performance.md: ~0.2 ms per event) and the time to build *every* published file
(all combinations of 6 departments × 11 types × joint, plus one calendar per event), and
their ratio. Run: ``python bench/feeds.py [N [RUNS]]`` (default 2000 events, 1 run; issue 17,
p17t: the median wall and CPU seconds of RUNS builds, feeds bounded on a pinned day).
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from public_feed.ics import FeedInfo, build_feed
from public_feed.publish import build_public_files
from sheets_sync.model import CombinedEvent, Status, Visibility

DEPARTMENTS = ["Police", "Fire", "Community Safety", "Emergency Communications", "Emergency Management",
               "Parks and Recreation"]
TYPES = ["National Night Out", "Smoke Alarm Install", "CPR Class", "Town Hall", "Open House",
         "Community Meeting", "Youth Program", "Safety Education", "Festival", "Recreation Program", "Other"]


def events(n: int) -> list[CombinedEvent]:
    tz = ZoneInfo("America/New_York")
    now = datetime(2025, 8, 1, tzinfo=timezone.utc)
    out = []
    for i in range(n):
        start = datetime(2025, 8, 1, 9, tzinfo=tz) + timedelta(hours=7 * i)
        depts = tuple(DEPARTMENTS[(i + k) % 6] for k in range(1 + i % 3))
        out.append(CombinedEvent(
            title=f"Event {i} — Seguridad 🚒", start=start, end=start + timedelta(hours=2), all_day=False,
            departments=depts, lead=depts[0], rows=(), visibility=Visibility.PUBLIC,
            status=Status.SCHEDULED, event_type=TYPES[i % len(TYPES)], description="Bring water; " * 20,
            rrule="FREQ=WEEKLY;COUNT=4" if i % 10 == 0 else "", uid=f"{i:08d}@bench", created=now,
            last_modified=now))
    return out


def build_all(evs: list[CombinedEvent]) -> tuple[dict, dict]:
    """Every published file of ``evs`` and each event's own calendar, as the sync builds them
    (SOURCE and URL links, feeds bounded on a pinned day)."""
    own: dict[str, bytes] = {}       # each event's own calendar (issue 17, p17p: rows of a table)
    files = build_public_files(evs, site_title="Bench", prodid="-//bench//EN", timezone="America/New_York",
                               refresh_minutes=60, department_slugs={d: d.lower().replace(" ", "-") for d in DEPARTMENTS},
                               event_types=TYPES, event_url=lambda e: f"https://bench.example/events/{e.uid}",
                               internal=evs, base_url="https://bench.example", today=date(2026, 1, 1),
                               calendars=own.update)
    return files, own


def main(n: int, runs: int = 1) -> None:
    evs = events(n)
    t0 = time.perf_counter()
    build_feed(evs, FeedInfo("All", "All", "-//bench//EN", "America/New_York"))
    one = time.perf_counter() - t0
    walls, cpus = [], []
    for _ in range(runs):            # issue 17 (p17t): CPU next to wall, median of --runs
        t0, c0 = time.perf_counter(), time.process_time()
        files, own = build_all(evs)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    every = statistics.median(walls)
    size = sum(len(v) for v in files.values()) + sum(len(v) for v in own.values())
    print(f"events: {n}")
    print(f"one all-events feed: {one:.2f} s ({one / n * 1000:.3f} ms/event; baseline ~0.2 ms/event)")
    print(f"every published file ({len(files)} files and {len(own)} per-event calendars, {size / 1e6:.1f} MB): "
          f"{every:.2f} s wall, {statistics.median(cpus):.2f} s CPU (median of {runs}; load {os.getloadavg()[0]:.1f})")
    print(f"ratio every/one: {every / one:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000, int(sys.argv[2]) if len(sys.argv) > 2 else 1)
