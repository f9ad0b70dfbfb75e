"""CPU cost of :mod:`sheets_sync.guard`'s checks on every sync with a record:
``python -m bench.guard_cost ROWS [--scale K]``.

Writes a synthetic workbook (:mod:`bench.workbook`, dated 2026-12-01) in a temporary folder,
runs a first sync with the clock pinned, then times (``time.process_time``, best of 3) the
per-source checks a resync runs over the record — :func:`~sheets_sync.guard.empty_sources`,
:func:`~sheets_sync.guard.moved_tabs` — with the record's entries repeated ``--scale`` times
(a record ``K`` times larger), and the per-tab checks (:func:`~sheets_sync.guard.missing_columns`,
:func:`~sheets_sync.guard.blank_header_issues`) over the tabs as read. Prints one line each.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

NOW = datetime(2026, 12, 1, 12, tzinfo=timezone.utc)


def _best(f, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        f()
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args()
    from bench.workbook import write_workbook
    from sheets_sync.config import load_config
    from sheets_sync.guard import blank_header_issues, calendar_titles, empty_sources, missing_columns, moved_tabs
    from sheets_sync.pipeline import make_backend, read_sources, run_sync
    from sheets_sync.record import stored_entries
    with tempfile.TemporaryDirectory() as folder:
        write_workbook(args.rows, Path(folder), date(2026, 12, 1))
        config = load_config(Path(folder) / "config.yaml")
        run_sync(config, now=NOW)
        entries = stored_entries(config.record_path) * args.scale
        tabs = read_sources(config, make_backend(config), NOW)
    lookup = config.department_lookup()
    today = NOW.date()
    window = (today - timedelta(days=config.feed.past_days), today + timedelta(days=config.feed.future_days))
    rows = sum(len(t.rows) for t in tabs)
    print(f"record entries {len(entries):,}, {len(tabs)} tabs, {rows:,} rows")
    print(f"empty_sources        {_best(lambda: empty_sources(entries, tabs, {}, calendar_titles(config), window)):.3f} s CPU")
    print(f"moved_tabs           {_best(lambda: moved_tabs(entries, tabs, {}, lambda t: lookup.get(t.strip().lower()), config, lambda t: True)):.3f} s CPU")
    print(f"missing_columns      {_best(lambda: [missing_columns(t, config) for t in tabs]):.4f} s CPU")
    print(f"blank_header_issues  {_best(lambda: [blank_header_issues(t) for t in tabs]):.4f} s CPU")


if __name__ == "__main__":
    main()
