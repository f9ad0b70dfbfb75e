"""CPU seconds per sync stage (issue 17, p17f): ``python -m bench.stage_cpu ROWS [--runs N]``.

Writes a synthetic workbook (:mod:`bench.workbook`, dated for 2026-12-01) in a temporary
folder and runs a *first* sync on a fresh copy of it ``--runs`` times, each in a new process
with the clock pinned, timing every stage the pipeline announces (:mod:`sheets_sync.progress`)
with ``time.process_time`` (CPU of this process, not wall time: the machine is shared).
Prints one line per run and the per-stage median: read, parse, merge, reconcile, reports,
write tabs, publish, plus ``start-up`` (imports before the sync), ``total`` (which also
holds staging the release, between reports and write tabs) and ``of which gc`` (CPU inside
the cyclic garbage collector, all stages), and the process's peak resident memory in MB, also
as it stood at the end of each stage (issue 17, p17q: which stage raised it). ``--code DIR`` times another
checkout (e.g. ``git worktree add /tmp/base main``) on the same workbook; ``--against DIR``
times ``DIR`` too, run by run in turn with ``--code`` (issue 17, p17s: on a shared machine a
change of load then weighs on both), and prints the medians of each. Each stage's wall time
is printed too (work a forked child shares, parsing, shows only there).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOW = "2026-12-01T12:00:00+00:00"

RUN = r"""
import gc, json, sys, time
t0 = time.process_time()
collecting = [0.0, 0.0]
def collected(phase, info):             # the cyclic garbage collector's share
    if phase == "start":
        collecting[1] = time.process_time()
    else:
        collecting[0] += time.process_time() - collecting[1]
gc.callbacks.append(collected)
from datetime import datetime
from sheets_sync.config import load_config
from sheets_sync.pipeline import run_sync
from sheets_sync.progress import listening
marks, cpu = {}, {}
import resource
peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # KB on Linux
def listener(event, name):
    if event == "started":
        marks[name] = time.process_time(), time.perf_counter()
    else:
        started, wall = marks.pop(name)
        cpu[name] = cpu.get(name, 0.0) + time.process_time() - started
        cpu["wall " + name] = cpu.get("wall " + name, 0.0) + time.perf_counter() - wall
        cpu["peak MB by end of " + name] = peak()
cpu["start-up"] = time.process_time() - t0
w0 = time.perf_counter()
with listening(listener):
    run_sync(load_config("config.yaml"), now=datetime.fromisoformat(sys.argv[1]))
cpu["total"] = time.process_time() - t0
cpu["wall total"] = time.perf_counter() - w0
cpu["of which gc"] = collecting[0]
cpu["peak MB"] = peak()
print(json.dumps(cpu))
"""

STAGES = ("read", "parse", "merge", "reconcile", "reports", "write tabs", "publish")
ORDER = ("start-up", *STAGES, "total", "of which gc", "peak MB")
#: Issue 17 (p17q): the process's peak resident memory (``ru_maxrss``) as each stage ends, so
#: the stage that raised it shows (the site-index thread's work ends inside ``write tabs``).
PEAKS = tuple(f"peak MB by end of {n}" for n in STAGES)
#: Wall seconds of each stage and of the sync (issue 17: a stage whose work a forked child
#: shares, parsing, shows its gain only in wall time; ``total`` leaves out the start-up).
WALLS = tuple(f"wall {n}" for n in (*STAGES, "total"))


def run_script(script: str, args: list[str], folder: Path, code: Path = ROOT) -> dict[str, float]:
    """Run ``script`` (``python -c``) with ``args`` in ``folder`` on the checkout ``code``, in a
    new process; its last stdout line, decoded as JSON. ``SystemExit`` with its stderr on failure."""
    proc = subprocess.run([sys.executable, "-c", script, *args], cwd=folder,
                          env={**os.environ, "PYTHONPATH": str(code)}, capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(proc.stderr[-2000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_once(folder: Path, code: Path = ROOT) -> dict[str, float]:
    return run_script(RUN, [NOW], folder, code)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rows", type=int, nargs="?", default=5000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout to time (default: this one)")
    ap.add_argument("--against", type=Path, default=None,
                    help="another checkout timed in turn with --code, run by run on the same workbook "
                         "(a shared machine's load then weighs on both alike)")
    args = ap.parse_args()
    from bench.workbook import write_workbook
    codes = {"": args.code.resolve()} if args.against is None else {
        "against ": args.against.resolve(), "code ": args.code.resolve()}
    with tempfile.TemporaryDirectory(prefix="stage-cpu-") as tmp:
        source = Path(tmp) / "workbook"
        write_workbook(args.rows, source, date(2026, 12, 1))
        results: dict[str, list[dict[str, float]]] = {label: [] for label in codes}
        for k in range(args.runs):
            for label, code in codes.items():
                folder = Path(tmp) / f"run{k}{label.strip()}"
                shutil.copytree(source, folder)
                results[label].append(run_once(folder, code))
                got = results[label][-1]
                print(f"{label}run", k + 1, " ".join(f"{n}={got.get(n, 0):.2f}" for n in ORDER), flush=True)
                shutil.rmtree(folder)
    for label, code in codes.items():
        runs = results[label]
        print(f"median CPU s (peak MB) of {args.runs} first syncs at {args.rows:,} rows"
              f"{f' ({label.strip()}: {code})' if label else ''}:")
        for n in ORDER:
            print(f"  {n:<11} {statistics.median(r.get(n, 0.0) for r in runs):6.2f}")
        print("median wall s (the machine's load weighs on these):")
        for n in WALLS:
            print(f"  {n.removeprefix('wall '):<11} {statistics.median(r.get(n, 0.0) for r in runs):6.2f}")
        print("median peak resident memory (MB, this process; not the report worker) by the end of:")
        for n in PEAKS:
            print(f"  {n.removeprefix('peak MB by end of '):<11} {statistics.median(r.get(n, 0.0) for r in runs):6.0f}")

if __name__ == "__main__":
    main()
