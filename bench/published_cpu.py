"""CPU of building the published files alone (issue 17, p17aa):
``python -m bench.published_cpu ROWS [--runs N] [--against DIR]``.

Writes the synthetic workbook of :mod:`bench.stage_cpu` (dated 2026-12-01), runs one *first*
sync on it with the clock pinned and keeps the arguments it gave
:func:`sheets_sync.pipeline.published_files` (pickled in the temporary folder). Then, in a new
process per checkout, calls ``published_files`` on them ``--runs`` times into a dict (no disk:
the per-event calendars are collected, not written to SQLite) with the sync's collector
thresholds (:mod:`sheets_sync.gcpause`) and prints the CPU seconds of each run, their median
and a SHA-256 over every file and calendar, so two checkouts' outputs can be compared too.
``--against DIR`` times another checkout (e.g. ``git worktree add --detach /tmp/base main``)
in turn with this one, N times each: on a shared machine the load then weighs on both alike.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
from datetime import date
from pathlib import Path

from bench.stage_cpu import NOW, ROOT, run_script

CAPTURE = r"""
import json, pickle, sys
from datetime import datetime
from sheets_sync import pipeline
from sheets_sync.config import load_config
plain = pipeline.published_files
def keep(events, config, now, previous_starts=None, store=None, **rest):
    with open(sys.argv[2], "wb") as f:
        pickle.dump((list(events), now, previous_starts, store), f, protocol=5)
    return plain(events, config, now, previous_starts=previous_starts, store=store, **rest)
pipeline.published_files = keep
pipeline.run_sync(load_config("config.yaml"), now=datetime.fromisoformat(sys.argv[1]))
print(json.dumps({}))
"""

TIME = r"""
import hashlib, json, pickle, sys, time
from sheets_sync.config import load_config
from sheets_sync.gcpause import roomier_collector
from sheets_sync.pipeline import published_files
config = load_config("config.yaml")
with open(sys.argv[1], "rb") as f:
    events, now, previous, store = pickle.load(f)
cpu, digest = [], None
for _ in range(int(sys.argv[2])):
    own = {}
    with roomier_collector():
        start = time.process_time()
        files, _ = published_files(events, config, now, previous_starts=previous, store=store,
                                   json_lists={}, calendars=own.update)
        cpu.append(time.process_time() - start)
    h = hashlib.sha256()
    for name in sorted(files):
        h.update(name.encode() + b"\0" + bytes(files[name]))
    for uid in sorted(own):
        h.update(uid.encode() + b"\0" + own[uid])
    digest = h.hexdigest()
print(json.dumps({"cpu": cpu, "sha256": digest, "files": len(files), "calendars": len(own)}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rows", type=int, nargs="?", default=5000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--against", type=Path, default=None, help="another checkout, timed in turn")
    args = ap.parse_args()
    from bench.workbook import write_workbook
    codes = {"this": ROOT} if args.against is None else {"against": args.against.resolve(), "this": ROOT}
    with tempfile.TemporaryDirectory(prefix="published-cpu-") as tmp:
        folder = Path(tmp) / "workbook"
        write_workbook(args.rows, folder, date(2026, 12, 1))
        kept = Path(tmp) / "published_files.pickle"
        run_script(CAPTURE, [NOW, str(kept)], folder)
        for label, code in codes.items():
            got = run_script(TIME, [str(kept), str(args.runs)], folder, code)
            print(f"{label}: published_files CPU s {' '.join(f'{c:.2f}' for c in got['cpu'])}, "
                  f"median {statistics.median(got['cpu']):.2f}; {got['files']} files, "
                  f"{got['calendars']:,} calendars, sha256 {got['sha256'][:16]} ({code})", flush=True)


if __name__ == "__main__":
    main()
