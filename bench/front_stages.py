"""Parse, merge and reconcile alone, stage by stage (issue 17, p17ae).

``python -m bench.front_stages FOLDER [--runs N]``: ``FOLDER`` holds an intake workbook and
its ``config.yaml`` (:mod:`bench.workbook`). The sources are read once, then
:func:`sheets_sync.pipeline.identified` — parse, merge and reconcile of a first sync, an
empty record — runs ``--runs`` times with the sync's collector thresholds
(:func:`sheets_sync.gcpause.roomier_collector`), printing each stage's CPU seconds
(``time.process_time``) and the number of events.

On a shared machine CPU seconds move with the load; an instruction count does not. Under
valgrind (``--tool=callgrind --dump-before=time_process_time``) every ``process_time`` call
starts a new dump, so with ``--runs 1`` the dumps numbered 3, 5 and 7 hold the
instructions of parse, merge and reconcile; ``python -m bench.front_stages --dumps PREFIX``
prints them from the files ``PREFIX.<n>`` (the commands: docs/performance.md, p17ae).
"""
from __future__ import annotations

import argparse
import gc
import os
import re
import time
from datetime import datetime
from pathlib import Path

NOW = "2026-12-04T12:00:00+00:00"


def stages(folder: Path, runs: int) -> None:
    """Read ``folder``'s sources once, then time ``identified`` ``runs`` times (CPU s per stage)."""
    os.chdir(folder)
    from sheets_sync.config import load_config
    from sheets_sync.gcpause import roomier_collector
    from sheets_sync.pipeline import identified, make_backend, read_sources
    from sheets_sync.progress import listening
    config = load_config("config.yaml")
    now = datetime.fromisoformat(NOW)
    tabs = read_sources(config, make_backend(config), now)
    for _ in range(runs):
        cpu: dict[str, float] = {}
        marks: dict[str, float] = {}

        def listener(event: str, name: str) -> None:
            if event == "started":
                marks[name] = time.process_time()
            else:
                cpu[name] = cpu.get(name, 0.0) + time.process_time() - marks.pop(name)
        gc.collect()
        with roomier_collector(), listening(listener):
            start = time.process_time()
            _, _, reconciled = identified(tabs, [], {}, [], now, config)
            total = time.process_time() - start
        print(" ".join(f"{k} {v:.2f}" for k, v in cpu.items()), f"total {total:.2f} s CPU,",
              len(reconciled.events), "events", flush=True)
        del reconciled


def dumps(prefix: str) -> None:
    """Instructions of parse, merge and reconcile from callgrind's dumps ``prefix.3/.5/.7``."""
    def count(n: int) -> int:
        text = Path(f"{prefix}.{n}").read_text(errors="replace")
        return int(re.search(r"^summary: (\d+)", text, re.M).group(1))
    parse, merge, reconcile = count(3), count(5), count(7)
    print(f"parse {parse:,}  merge {merge:,}  reconcile {reconcile:,}  together {parse + merge + reconcile:,} "
          "instructions")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, nargs="?")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--dumps", help="callgrind's output file prefix (…/callgrind.out.PID)")
    args = ap.parse_args()
    if args.dumps:
        dumps(args.dumps)
    elif args.folder is not None:
        stages(args.folder.resolve(), args.runs)
    else:
        ap.error("a FOLDER or --dumps")


if __name__ == "__main__":
    main()
