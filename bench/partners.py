"""CPU of the staff board's suggested partners on synthetic events (issue 17, p17r; prints
figures, not a test): ``python -m bench.partners [ROWS] [--runs N]``.

Merges ``ROWS`` synthetic intake rows (:func:`bench.synthetic.synthetic_rows`, the last four
years before 2026-12-01, as :mod:`bench.workbook` writes them) into combined events, then times
:func:`sheets_sync.partnering.suggested_partners` on them (today 2026-12-01, three weeks ahead:
``digest.weeks_ahead``'s default) ``--runs`` times with ``time.process_time``; prints each run,
how many suggestions and a digest of them, so two checkouts can be compared on the same
events: ``PYTHONPATH=OTHER python PATH/TO/bench/partners.py``.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))     # bench.* when run as a script

TODAY = date(2026, 12, 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rows", type=int, nargs="?", default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    from bench.synthetic import synthetic_rows
    from bench.workbook import write_workbook
    from sheets_sync.config import load_config
    from sheets_sync.merge import merge_rows
    from sheets_sync.partnering import suggested_partners
    with tempfile.TemporaryDirectory(prefix="partners-") as tmp:
        write_workbook(10, Path(tmp), TODAY)           # for its config.yaml
        config = load_config(Path(tmp) / "config.yaml")
    rows, _ = synthetic_rows(args.rows, start=TODAY - timedelta(days=4 * 365))
    events = merge_rows(rows, config).events
    for run in range(args.runs):
        started = time.process_time()
        found = suggested_partners(events, TODAY, until=TODAY + timedelta(weeks=3))
        cpu = time.process_time() - started
        digest = hashlib.sha256(repr([(s.title, s.start, s.department, s.partners, s.examples)
                                      for s in found]).encode()).hexdigest()[:12]
        print(f"{args.rows:,} rows → {len(events):,} events: suggested_partners {cpu:.2f} s CPU, "
              f"{len(found):,} suggestions (digest {digest})")


if __name__ == "__main__":
    main()
