"""Google Sheets requests of a whole sync, against the project's loopback fake of the API.

For each size: synthetic intake rows (:mod:`bench.synthetic`, one tab per department) in a
fake spreadsheet, then ``run_sync`` with a ``source.kind: google`` config through the real
gspread + google-auth stack, three times: the first sync, a second with nothing changed but
the clock (a full sync: the first one made the generated tabs, whose new sheetIds the staff
board must link), and a third ("steady": skipped, :mod:`sheets_sync.steady`). Prints
read/write requests, values requests, the values payload, the biggest request body against
Google's 10 MiB limit and the 2 MB target, and the time, as the fake measured them.

    PYTHONPATH=. python -m bench.google_requests                 # 1k, 10k, 100k rows
    PYTHONPATH=. python -m bench.google_requests --sizes 1000,10000

Not a test: nothing is asserted; run it on a quiet machine for the times.
"""
from __future__ import annotations

import argparse
import math
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

from bench.synthetic import DEPARTMENTS, TZ, synthetic_rows
from sheets_sync import pipeline
from sheets_sync.backends.google import RetryPolicy, make_google_backend
from sheets_sync.backends.google_write import REQUEST_BYTES
from sheets_sync.config import config_from_dict
from bench import require_test_extras  # noqa: E402

require_test_extras("gspread")

from tests.fake_sheets import FakeSheets, LoopbackAdapter, make_service_account_key  # noqa: E402
from tests.fake_sheets.server import PAYLOAD_LIMIT  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KEY = "bench-google-requests"
HEADER = ["Title", "Start Date", "Start Time", "End Time", "Location", "Address",
          "Lead Department", "Partner Departments", "Visibility"]
MB = 1_000_000


def intake(n: int) -> dict[str, list[list]]:
    """One tab per department: ``n`` synthetic rows as staff would type them."""
    rows, _ = synthetic_rows(n)
    tabs: dict[str, list[list]] = {d: [HEADER] for d in DEPARTMENTS}
    for r in rows:
        if r.all_day or not isinstance(r.start, datetime):
            day = r.start.date() if isinstance(r.start, datetime) else r.start
            start, end = "", ""
        else:
            local = r.start.astimezone(TZ) if r.start.tzinfo else r.start
            day, start = local.date(), local.strftime("%H:%M")
            stop = r.end.astimezone(TZ) if isinstance(r.end, datetime) and r.end.tzinfo else r.end
            end = stop.strftime("%H:%M") if isinstance(stop, datetime) else ""
        tabs[r.department].append([r.title, day, start, end, r.location, r.address, r.lead,
                                   ", ".join(r.partners), "Public"])
    return tabs


def measure(fake: FakeSheets, run) -> dict:
    fake.reset_counters()
    started = time.perf_counter()
    summary = run()
    seconds = time.perf_counter() - started
    sent = [c for c in fake.calls if c.kind in ("read", "write")]
    values = [c.size for c in sent if c.endpoint == "values.batchUpdate"]
    return {"reads": sum(c.kind == "read" for c in sent),
            "writes": sum(c.kind == "write" for c in sent), "values": len(values),
            "payload": sum(values), "biggest": max((c.size for c in sent), default=0),
            "failed": sum(c.status != 200 for c in sent), "seconds": seconds,
            "events": summary["events"], "rows_read": summary["rows_read"], "tabs_error": summary.get("tabs_error")}


def run_size(n: int, workdir: Path) -> tuple[dict, dict, dict]:
    key = make_service_account_key()
    fake = FakeSheets().start()
    try:
        fake.add_service_account(key.email, key.public_key)
        fake.create_spreadsheet(KEY, intake(n), editors=[key.email], fit=True)
        data = yaml.safe_load((ROOT / "config.yaml").read_text())
        data["source"] = {"kind": "google", "spreadsheet_key": KEY, "calendars": [],
                          "credentials_file": str(key.write(workdir / "key.json")),
                          "column_aliases": data["source"].get("column_aliases", {})}
        data["output"]["dir"] = str(workdir / "out")
        data["site"]["base_url"] = "https://events.example.gov"
        config = config_from_dict(data, base_dir=workdir)
        adapter = LoopbackAdapter(fake.base_url)
        pipeline.make_backend = lambda cfg: make_google_backend(
            cfg, transport=adapter, timeout=170, retry=RetryPolicy(attempts=2, initial=0.1))
        now = datetime(2026, 1, 15, 12, tzinfo=timezone.utc)
        first = measure(fake, lambda: pipeline.run_sync(config, now=now))
        again = measure(fake, lambda: pipeline.run_sync(config, now=now + timedelta(hours=1)))
        steady = measure(fake, lambda: pipeline.run_sync(config, now=now + timedelta(hours=2)))
        return first, again, steady
    finally:
        fake.stop()


def main() -> None:
    import logging
    logging.getLogger("safety_events").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000",
                        help="comma-separated intake row counts")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    print(f"{'asked':>8} {'rows read':>9} {'events':>7} {'sync':>9} {'reads':>5} {'writes':>6} {'values':>6} "
          f"{'payload MB':>10} {'biggest MB':>10} {'≤2+⌈p/2MB⌉':>10} {'of 10 MiB':>9} {'s':>6}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            first, again, steady = run_size(n, Path(tmp))
        for label, m in (("first", first), ("no change", again), ("steady", steady)):
            budget = 2 + math.ceil(m["payload"] / REQUEST_BYTES)      # 2 MB = 2,000,000 bytes
            print(f"{n:>8,} {m['rows_read']:>9,} {m['events']:>7,} {label:>9} {m['reads']:>5} {m['writes']:>6} "
                  f"{m['values']:>6} {m['payload'] / MB:>10.2f} {m['biggest'] / MB:>10.2f} "
                  f"{'yes' if m['writes'] <= budget else 'NO':>10} "
                  f"{m['biggest'] / PAYLOAD_LIMIT:>9.0%} {m['seconds']:>6.1f}"
                  + (f"  tabs not written: {m['tabs_error']}" if m["tabs_error"] else "")
                  + (f"  {m['failed']} refused" if m["failed"] else ""))


if __name__ == "__main__":
    main()
