"""Per-request CPU of the public pages at 100 / 10,000 / 100,000 events (issue 17), in one run.

For each size: a calendar of public events in the published ``events.json`` shape (five years
ending about a year after the pinned today, 8% all-day, a few weekly series, a third with a
map place) plus one internal event for ten public ones (the staff calendar) is published as a
release (``public/events.json``, ``private/events.json`` and their date indexes
``private/site-index.sqlite`` and ``private/staff-index.sqlite``, :mod:`public_feed.siteindex`),
then each request is timed through Flask's test client (no network) in CPU seconds of this
process:

* ``index``  — the app as shipped (answers from the indexes);
* ``walk``   — the same app after the index files are removed: every request walks the whole
  ``events.json`` (the behaviour before issue 17, the baseline).

Also the first page after start-up (``create_app`` + ``GET /``) for both. Prints ms of CPU per
request and the ratio to the 100-event figure. ``/events.json`` without ``limit`` answers up
to 5,000 events, so its cost grows with the answer up to that cap; a text search (``q``) reads
the rows it matches.

Run: ``PYTHONPATH=. python -m bench.site_scale`` (sizes: ``100 10000 100000`` by default).
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import random
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from bench import require_test_extras
from zoneinfo import ZoneInfo

TODAY = date(2025, 8, 1)
TZ = ZoneInfo("America/New_York")
DEPARTMENTS = ("Police", "Fire", "Community Safety", "Emergency Communications", "Emergency Management",
               "Parks and Recreation")
KINDS = ("CPR Class", "Town Hall", "Open House", "Coffee with a Cop", "Smoke Alarm Blitz", "Bike Rodeo")


def events(n: int, seed: int = 17) -> list[dict]:
    """``n`` public events in the published ``events.json`` shape."""
    rnd = random.Random(seed)
    first = TODAY - timedelta(days=4 * 365)
    out = []
    for k in range(n):
        day = first + timedelta(days=rnd.randrange(5 * 365))
        if rnd.random() < 0.08:
            start, end = day.isoformat(), (day + timedelta(days=1)).isoformat()
        else:
            local = datetime(day.year, day.month, day.day, rnd.randint(8, 19), rnd.choice((0, 30)), tzinfo=TZ)
            start, end = local.isoformat(), (local + timedelta(hours=rnd.choice((1, 2, 3)))).isoformat()
        departments = rnd.sample(DEPARTMENTS, rnd.choice((1, 1, 1, 2)))
        kind = rnd.choice(KINDS)
        out.append({"uid": f"{k:06d}@bench.example", "title": f"{kind} #{k}", "title_es": "", "start": start,
                    "end": end, "all_day": "T" not in start, "location": f"Site {k % 600}", "address": "",
                    "departments": departments, "lead": departments[0], "event_type": kind,
                    "description": "", "description_es": "", "audience": rnd.choice(("", "Adults", "All ages")),
                    "language": rnd.choice(("", "English", "English, Spanish")), "accessibility": "",
                    "registration_url": "", "status": "Scheduled", "cancelled": False,
                    "joint": len(departments) > 1, "rrule": "FREQ=WEEKLY;COUNT=8" if rnd.random() < 0.001 else "",
                    "exdates": [], "sequence": 0, "last_modified": None, "previous_start": None,
                    "image_url": None, "image_alt": None,
                    "latitude": 35.9 + (k % 97) / 1000 if k % 3 == 0 else None,
                    "longitude": -78.9 - (k % 89) / 1000 if k % 3 == 0 else None})
    return out


def staff_events(items: list[dict]) -> list[dict]:
    """The staff calendar's ``private/events.json``: every public event and one internal event
    for ten public ones (a copy a day later), with ``visibility`` and ``sources``."""
    out = [{**e, "visibility": "Public", "sources": [f"{e['lead']}!{k + 2}"]} for k, e in enumerate(items)]
    for k, e in enumerate(items[::10]):
        later = {key: (_day_later(e[key]) if key in ("start", "end") else value) for key, value in e.items()}
        out.append({**later, "uid": f"internal-{k:06d}@bench.example", "title": f"Staff drill #{k}",
                    "visibility": "Internal", "sources": [f"{e['lead']}!{k + 2}"]})
    return out


def _day_later(value: str) -> str:
    if "T" in value:
        return (datetime.fromisoformat(value) + timedelta(days=1)).isoformat()
    return (date.fromisoformat(value) + timedelta(days=1)).isoformat()


def publish(out_dir: Path, config, items: list[dict]) -> tuple[float, float]:
    """Publish ``items`` (and :func:`staff_events` of them) as a release; returns the CPU
    seconds of building the public index, and of finding it unchanged on the next sync
    (:func:`public_feed.siteindex.index_bytes` with the served release's index)."""
    from public_feed import release
    from public_feed.siteindex import INDEX_FILE, STAFF_INDEX_FILE, build_index, index_bytes
    files = {"public/events.json": json.dumps(items, ensure_ascii=False, indent=1, sort_keys=True).encode(),
             "private/events.json": json.dumps(staff_events(items), ensure_ascii=False, indent=1,
                                               sort_keys=True).encode()}
    departments = {d.name: d.slug for d in config.departments}
    started = time.process_time()
    files[INDEX_FILE] = index_bytes(files["public/events.json"], config.tz, config.slug_of, {}, departments, None)
    built = time.process_time() - started
    files[STAFF_INDEX_FILE] = build_index(files["private/events.json"], config.tz, config.slug_of)
    release.switch(out_dir, release.stage(out_dir, files))
    started = time.process_time()
    again = index_bytes(files["public/events.json"], config.tz, config.slug_of, {}, departments, out_dir / INDEX_FILE)
    reused = time.process_time() - started
    assert again == files[INDEX_FILE]
    return built, reused


def requests(items: list[dict]) -> dict[str, str]:
    from tests.sitedata import STAFF_TOKEN
    uid = items[len(items) // 2]["uid"]
    return {"list": "/", "list page 5": "/?page=5", "department": "/?department=fire&joint=1",
            "month": "/month/2025-09", "event": f"/events/{uid}", "json 50": "/events.json?limit=50",
            "json week": "/events.json?from=2025-08-04&to=2025-08-10", "embed": "/embed",
            "json (≤5,000)": "/events.json", "search": "/?q=cpr+class", "search (rare)": "/?q=%2312345",
            "map": "/map", "map (department)": "/map?department=fire",
            "staff list": f"/staff/{STAFF_TOKEN}/", "staff list page 5": f"/staff/{STAFF_TOKEN}/?page=5",
            "staff search": f"/staff/{STAFF_TOKEN}/?q=drill", "staff event": f"/staff/{STAFF_TOKEN}/events/{uid}"}


def cpu_per_request(client, path: str, runs: int) -> tuple[float, int]:
    """(CPU seconds per request, bytes of the answer)."""
    response = client.get(path)
    assert response.status_code == 200, path
    started = time.process_time()
    for _ in range(runs):
        client.get(path)
    return (time.process_time() - started) / runs, len(response.get_data())


def measure(n: int, runs: int) -> dict[str, dict[str, tuple[float, int]]]:
    from tests.sitedata import fresh_config, make_app
    from public_feed.siteindex import INDEX_FILE, STAFF_INDEX_FILE
    out: dict[str, dict[str, tuple[float, int]]] = {"index": {}, "walk": {}}
    with tempfile.TemporaryDirectory(prefix=f"site-{n}-") as tmp:
        config = fresh_config(Path(tmp))
        items = events(n)
        built, reused = publish(config.out_dir, config, items)
        out["index"]["build index (publish)"] = built, 0
        out["index"]["unchanged: reuse index"] = reused, 0
        paths = requests(items)
        del items               # the bench's own 100,000 dicts would make every GC pass of the app's
        gc.collect()            # requests walk them: a server holds only what the app loaded
        for mode in ("index", "walk"):
            if mode == "walk":
                (config.out_dir / INDEX_FILE).unlink()
                (config.out_dir / STAFF_INDEX_FILE).unlink()
            started = time.process_time()
            client = make_app(config).test_client()
            assert client.get("/").status_code == 200
            out[mode]["first page after start"] = time.process_time() - started, 0
            for name, path in paths.items():
                slow = mode == "walk" and n >= 10000
                out[mode][name] = cpu_per_request(client, path, max(2, runs // 10) if slow else runs)
    return out


def main() -> None:
    require_test_extras()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", type=int, nargs="*", default=[100, 10_000, 100_000])
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {os.cpu_count()} CPUs")
    results = {n: measure(n, args.runs) for n in args.sizes}
    small = results[args.sizes[0]]
    for mode, label in (("index", "with the date index (shipped)"), ("walk", "walking events.json (before)")):
        print(f"\nms of CPU per request, {label}; × = ratio to {args.sizes[0]:,} events; "
              "(KB of the answer)")
        names = list(small[mode])
        print(f"  {'request':<26}" + "".join(f"{n:>16,} events  " for n in args.sizes))
        for name in names:
            cells = []
            for n in args.sizes:
                v, size = results[n][mode][name]
                base = small[mode][name][0]
                cells.append(f"{v * 1000:9.2f} " + (f"×{v / base:5.1f}" if base > 0 else "     —") +
                             (f" ({size / 1000:6.1f})" if size else " " * 9))
            print(f"  {name:<26}" + "  ".join(cells))
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
