"""The release's writer thread on and off, same code, same workbook (issue 17, p17m).

``python -m bench.release_writer ROWS [--pairs N]`` writes a synthetic workbook
(:mod:`bench.workbook`, dated for 2026-12-01) and runs ``--pairs`` pairs of first syncs, each
in a fresh process with the clock pinned: one with the published files written in the sync's
own thread (``Staging(background=False)``), one with them written by the background writer
(:mod:`public_feed.writer`, what the sync uses), alternating so both see the same machine load.
Prints per run the sync's wall time, user and system CPU of the whole process (all threads;
``getrusage``), the reports stage's wall time and the load average, then the medians. The
writer moves the kernel's file-creation time off the sync's thread; it lowers wall time only
when a core is free (compare the loads).
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
from datetime import date
from pathlib import Path

from bench.stage_cpu import NOW, run_script

RUN = r"""
import json, os, resource, sys, time
from datetime import datetime
from public_feed import release
from sheets_sync.config import load_config
from sheets_sync.pipeline import run_sync
from sheets_sync.progress import listening
background = sys.argv[2] == "1"
init = release.Staging.__init__
def staging(self, *args, **kwargs):
    init(self, *args, **{**kwargs, "background": background})
release.Staging.__init__ = staging
marks, walls = {}, {}
def listener(event, name):
    if event == "started":
        marks[name] = time.perf_counter()
    else:
        walls[name] = time.perf_counter() - marks.pop(name)
before = resource.getrusage(resource.RUSAGE_SELF)
started = time.perf_counter()
with listening(listener):
    run_sync(load_config("config.yaml"), now=datetime.fromisoformat(sys.argv[1]))
after = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"wall": time.perf_counter() - started, "user": after.ru_utime - before.ru_utime,
                  "sys": after.ru_stime - before.ru_stime, "reports": walls["reports"],
                  "load": os.getloadavg()[0]}))
"""
FIGURES = ("wall", "user", "sys", "reports", "load")


def run_once(folder: Path, background: bool) -> dict[str, float]:
    return run_script(RUN, [NOW, "1" if background else "0"], folder)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rows", type=int, nargs="?", default=5000)
    ap.add_argument("--pairs", type=int, default=3)
    args = ap.parse_args()
    from bench.workbook import write_workbook
    results: dict[bool, list[dict]] = {False: [], True: []}
    with tempfile.TemporaryDirectory(prefix="release-writer-") as tmp:
        source = Path(tmp) / "workbook"
        write_workbook(args.rows, source, date(2026, 12, 1))
        for k in range(args.pairs):
            for background in (False, True):
                folder = Path(tmp) / f"run{k}-{int(background)}"
                shutil.copytree(source, folder)
                r = run_once(folder, background)
                results[background].append(r)
                shutil.rmtree(folder)
                print(f"{'writer thread' if background else 'sync thread  '}  "
                      + "  ".join(f"{n} {r[n]:.2f}" for n in FIGURES), flush=True)
    print(f"medians of {args.pairs} first syncs at {args.rows:,} rows (s; load average):")
    for background in (False, True):
        print(f"  {'writer thread' if background else 'sync thread  '}  "
              + "  ".join(f"{n} {statistics.median(r[n] for r in results[background]):.2f}" for n in FIGURES))


if __name__ == "__main__":
    main()
