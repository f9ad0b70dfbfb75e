"""End-to-end sync cost against a naive baseline, in one run (issue 17).

For each size: a synthetic intake workbook (:mod:`bench.workbook`), then, each in a fresh
process measured with ``wait4`` (wall time, CPU time, peak RSS):

* ``sync``      — ``safety-events sync --json`` (first run into an empty output folder);
* ``resync``    — the same command again with nothing changed (``resync 2``: once more, the
  steady state: a first sync's month snapshot or review state can still change the tabs once);
* ``baseline``  — a naive stack on the same workbook: openpyxl read (read-only mode), one
  icalendar feed of every row, an openpyxl (normal mode) write of the rows.

Plus ``safety-events --help`` CPU against a bare ``python -c pass``. Prints the figures and
the ratios product/baseline. Timings on a shared machine are noisy: the load average is
printed with them; compare ratios.

Run: ``PYTHONPATH=. python -m bench.sync_scale 5000 10000 100000`` (default 5000 10000).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BASELINE = r"""
import sys, uuid
from datetime import datetime, timedelta
import icalendar, openpyxl
path, out = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
rows = [(ws.title, r) for ws in wb.worksheets for r in list(ws.iter_rows(values_only=True))[1:]]
wb.close()
cal = icalendar.Calendar()
cal.add("PRODID", "-//baseline//EN"); cal.add("VERSION", "2.0")
for tab, r in rows:
    ev = icalendar.Event()
    ev.add("UID", str(uuid.uuid4())); ev.add("SUMMARY", r[1] or "")
    day = datetime.fromisoformat(str(r[2])[:10])
    ev.add("DTSTART", day); ev.add("DTEND", day + timedelta(hours=1)); ev.add("DTSTAMP", day)
    ev.add("LOCATION", r[6] or "")
    cal.add_component(ev)
open(out + "/calendar.ics", "wb").write(cal.to_ical())
report = openpyxl.Workbook(); ws = report.active
for tab, r in rows:
    ws.append([tab, *r])
report.save(out + "/report.xlsx")
"""


def measure(args: list[str], cwd: Path) -> dict:
    """Run ``args`` in a fresh process; wall seconds, CPU seconds, peak RSS (MB), output."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if proc.returncode:
        raise SystemExit(f"{args} exited {proc.returncode}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
            "stdout": out}


def row(label: str, m: dict, base: dict | None = None) -> str:
    ratio = (f"  ×{m['wall'] / base['wall']:.2f} wall, ×{m['cpu'] / base['cpu']:.2f} CPU, "
             f"×{m['rss_mb'] / base['rss_mb']:.2f} memory") if base else ""
    return f"  {label:<9} {m['wall']:7.2f} s wall {m['cpu']:7.2f} s CPU {m['rss_mb']:7.0f} MB peak{ratio}"


def one_size(n: int, folder: Path) -> None:
    from bench.workbook import write_workbook
    write_workbook(n, folder, date.today())
    cli = [sys.executable, "-m", "sheets_sync.cli", "sync", "--json"]
    first = measure(cli, folder)
    again = measure(cli, folder)
    steady = measure(cli, folder)
    summary = json.loads(again["stdout"])
    (folder / "baseline").mkdir()
    base = measure([sys.executable, "-c", BASELINE, str(folder / "intake.xlsx"), str(folder / "baseline")], folder)
    print(f"{n:,} rows → {summary['events']:,} events; out/ {summary.get('out_bytes', 0) / 1e6:,.1f} MB "
          f"in {summary.get('out_files', 0):,} files")
    print(row("baseline", base))
    print(row("sync", first, base))
    print(row("resync", again, base))
    print(row("resync 2", steady, base))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rows", type=int, nargs="*", default=[5000, 10000])
    args = ap.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}; "
          f"{os.cpu_count()} CPUs")
    bare = measure([sys.executable, "-c", "pass"], ROOT)
    helped = measure([sys.executable, "-m", "sheets_sync.cli", "--help"], ROOT)
    print(f"safety-events --help: {helped['cpu']:.2f} s CPU (bare python: {bare['cpu']:.2f} s; "
          f"goal ≤0.3 s)")
    for n in args.rows:
        with tempfile.TemporaryDirectory(prefix=f"bench-{n}-") as tmp:
            one_size(n, Path(tmp))
    print(f"load average after: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")


if __name__ == "__main__":
    main()
