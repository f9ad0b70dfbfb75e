"""Same outputs from two versions of the code (issue 17: speed work must change no byte).

``python -m bench.same_output 5000 --base main`` writes a synthetic workbook
(:mod:`bench.workbook`), then for the working tree and for ``--base`` (a git revision,
extracted with ``git archive`` into a temporary folder) runs a first sync and a no-change
resync on its own copy, each in a fresh process with the clock pinned, and compares after
each run a digest of everything the sync leaves: every published file (the served release),
each tab of the report and intake workbooks (cell values), each table of the record (the
``syncs`` table without its finish time) and the chart cache. Prints the differences and the
CPU seconds of each run; exits 1 when an output differs. ``.vevents.cache`` (keyed by the
serialiser's own source, so it changes with the code) and ``.report.xlsx.written`` (file
identity) are reported apart, not counted as differences; so are the record's
``record_writes`` and ``sync_reuse`` tables (:mod:`sheets_sync.steady`'s write counter and
the state it keeps to skip a sync with nothing changed, which holds paths and a random epoch).
Each row of the per-event calendars table (``private/event-calendars.sqlite``, issue 17,
p17p) is also digested under the ``public/events/<uid>.ics`` name its file had before, so
those bytes are compared with an older version's files.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOW = "2026-12-01T12:00:00+00:00"
EXPECTED_TO_DIFFER = {"out/.vevents.cache", "out/.report.xlsx.written",
                      "out/record.sqlite::record_writes", "out/record.sqlite::sync_reuse"}

RUN = r"""
import json, sys, time
from datetime import datetime, timedelta
from sheets_sync.config import load_config
from sheets_sync.pipeline import run_sync
now = datetime.fromisoformat(sys.argv[1]) + timedelta(minutes=int(sys.argv[2]))
started = time.process_time()
summary = run_sync(load_config("config.yaml"), now=now)
print(json.dumps({"cpu": time.process_time() - started, "events": summary["events"]}))
"""


def digest(folder: Path) -> dict[str, str]:
    """``{name: short SHA-256}`` of everything a sync leaves in ``folder`` (see module doc)."""
    import sqlite3

    import openpyxl

    from public_feed.calendars import CALENDARS_FILE
    from public_feed.publish import event_file

    def h(data: bytes) -> str:
        return hashlib.sha256(data).hexdigest()[:16]
    current = (folder / "out" / "current").resolve()
    paths = [p for p in folder.rglob("*") if ".releases" not in p.parts]
    paths += list(current.rglob("*"))
    out = {}
    for p in sorted(paths):
        if not p.is_file() or p.is_symlink():
            continue
        name = str(p.relative_to(current) if current in p.parents else p.relative_to(folder))
        if p.suffix == ".xlsx":
            wb = openpyxl.load_workbook(p, read_only=True, data_only=True)
            for ws in wb.worksheets:
                out[f"{name}::{ws.title}"] = h(repr(list(ws.iter_rows(values_only=True))).encode())
            wb.close()
        elif p.suffix == ".sqlite":
            db = sqlite3.connect(p)
            for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'"):
                rows = sorted(db.execute(f"SELECT * FROM {table}"), key=repr)
                if table == "syncs":
                    rows = [r[:2] + r[3:] for r in rows]      # the finish time is the wall clock
                out[f"{name}::{table}"] = h(repr(rows).encode())
            if name == CALENDARS_FILE:      # issue 17 (p17p): each row is the file an older release held
                out.update((event_file(uid), h(body)) for uid, body in db.execute("SELECT uid, body FROM calendars"))
            db.close()
        else:
            out[name] = h(p.read_bytes())
    return out


def runs(code: Path, folder: Path) -> list[tuple[float, dict[str, str]]]:
    """First sync and no-change resync with ``code`` on ``folder``: (CPU seconds, digest)."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = []
    for k in range(2):
        proc = subprocess.run([sys.executable, "-c", RUN, NOW, str(k)], cwd=folder, env=env,
                              capture_output=True, text=True)
        if proc.returncode:
            raise SystemExit(f"sync with {code} failed:\n{proc.stderr[-2000:]}")
        done.append((json.loads(proc.stdout.strip().splitlines()[-1])["cpu"], digest(folder)))
    return done


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rows", type=int, nargs="?", default=2000)
    ap.add_argument("--base", default="main", help="git revision to compare with (default: main)")
    args = ap.parse_args()
    from bench.workbook import write_workbook
    with tempfile.TemporaryDirectory(prefix="same-output-") as tmp:
        tmp = Path(tmp)
        base_code = tmp / "base-code"
        base_code.mkdir()
        archive = subprocess.run(["git", "archive", args.base], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base_code)], input=archive, check=True)
        write_workbook(args.rows, tmp / "workbook", date(2026, 12, 1))
        results = {}
        for label, code in (("base", base_code), ("this", ROOT)):
            shutil.copytree(tmp / "workbook", tmp / label)
            results[label] = runs(code, tmp / label)
        differ = 0
        for k, run in enumerate(("first sync", "no-change resync")):
            (cpu_a, a), (cpu_b, b) = results["base"][k], results["this"][k]
            names = sorted(set(a) | set(b))
            changed = [n for n in names if a.get(n) != b.get(n) and n not in EXPECTED_TO_DIFFER]
            differ += len(changed)
            print(f"{run}: {len(names):,} outputs compared, {len(changed)} differ "
                  f"(CPU {cpu_a:.2f} s {args.base} → {cpu_b:.2f} s this tree)")
            for n in changed[:20]:
                print(f"  differs: {n}")
        raise SystemExit(1 if differ else 0)


if __name__ == "__main__":
    main()
