"""What holds a sync's memory (issue 17, p17k): ``python -m bench.holders ROWS [--at STAGE] [--top N]``.

Writes a synthetic workbook (:mod:`bench.workbook`, dated for 2026-12-01) in a temporary
folder and runs one *first* sync on it in a new process under ``tracemalloc`` (one frame
per allocation), printing the memory Python holds (traced, MB) and the process's resident
peak (``VmHWM``, MB, tracemalloc's own tables included) at every stage the pipeline announces (:mod:`sheets_sync.progress`).
At the end of stage ``--at`` (default ``reconcile``: what read, parse, merge and reconcile
leave for the rest of the sync) it prints the ``--top`` holders by ``file:line``; with
``--at peak`` a watcher thread snapshots at each new high of traced memory (every 64 MB,
checked each second) and the holders of the highest one are printed. ``--stop`` ends the
sync after stage ``--at`` (quicker; nothing is written). ``tracemalloc`` makes the run about
three times slower; the counts and sizes are Python's own, not the resident size.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOW = "2026-12-01T12:00:00+00:00"

RUN = r"""
import sys, threading, tracemalloc
from datetime import datetime
at, top, stop = sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
tracemalloc.start(1)
from sheets_sync.config import load_config
from sheets_sync.pipeline import run_sync
from sheets_sync.progress import listening
MB = 1 << 20
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) // 1024
    return 0
class Stop(Exception):
    pass
highest = {"size": 0, "snapshot": None, "where": ""}
where = ["start"]
def show(snapshot, title):
    print(title)
    for stat in snapshot.statistics("lineno")[:top]:
        frame = stat.traceback[0]
        print(f"  {stat.size / MB:8.1f} MB {stat.count:>9,}  {frame.filename.replace(sys.argv[5], '.')}:{frame.lineno}")
def listener(event, name):
    where[0] = f"{event} {name}"
    print(f"{event:>8} {name:<11} traced {tracemalloc.get_traced_memory()[0] / MB:7.0f} MB   VmHWM {hwm():6,} MB",
          flush=True)
    if event == "finished" and name == at:
        show(tracemalloc.take_snapshot(), f"holders at the end of {at}:")
        if stop:
            raise Stop
done = threading.Event()
def watch():
    while not done.wait(1.0):
        now = tracemalloc.get_traced_memory()[0]
        if now > highest["size"] + 64 * MB:
            highest["snapshot"] = None
            highest.update(snapshot=tracemalloc.take_snapshot(), size=now, where=where[0])
if at == "peak":
    threading.Thread(target=watch, daemon=True).start()
try:
    with listening(listener):
        run_sync(load_config("config.yaml"), now=datetime.fromisoformat(sys.argv[1]))
except Stop:
    pass
done.set()
print(f"traced peak {tracemalloc.get_traced_memory()[1] / MB:.0f} MB, VmHWM {hwm():,} MB")
if at == "peak" and highest["snapshot"] is not None:
    show(highest["snapshot"], f"holders at the highest snapshot ({highest['size'] / MB:.0f} MB, {highest['where']}):")
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rows", type=int, nargs="?", default=10_000)
    ap.add_argument("--at", default="reconcile", help="a stage name (read, parse, merge, reconcile, "
                    "reports, write tabs, publish) or 'peak'")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--stop", action="store_true", help="end the sync after stage --at")
    args = ap.parse_args()
    from bench.workbook import write_workbook
    with tempfile.TemporaryDirectory(prefix="holders-") as tmp:
        write_workbook(args.rows, Path(tmp), date(2026, 12, 1))
        proc = subprocess.run([sys.executable, "-c", RUN, NOW, args.at, str(args.top),
                               "1" if args.stop and args.at != "peak" else "0", str(ROOT)],
                              cwd=tmp, env={**os.environ, "PYTHONPATH": str(ROOT)})
    raise SystemExit(proc.returncode)


if __name__ == "__main__":
    main()
