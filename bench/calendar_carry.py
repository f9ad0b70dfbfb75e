"""What carrying aged-out calendar events costs (issue 17, calwin), and what it keeps.

A calendar export of ``--events`` one-hour events, one every few hours from 120 days before the
first sync to 240 days after, next to a Police tab of 200 rows (every tenth calendar event is
also in the tab: a joint event); ``feed.past_days`` 60. A first sync at day D, then a sync 90
days later with the same files (most of the first sync's calendar events are now before the
read window), each in this process with the clock pinned; the second with
``--allow-removals``, so code that removes the aged-out events (before calwin: about a quarter
of the calendar, which the mass-removal guard stops) finishes too. Prints, for the second sync, its
wall and CPU seconds, the reconcile stage's seconds (``identified``), the counts, and the
events and joint events of D's month as each sync counted them. Run it with the code to
measure on ``PYTHONPATH`` (the script uses only ``run_sync``, so it runs against an older
checkout too)::

    PYTHONPATH=. python -m bench.calendar_carry --events 3000
    PYTHONPATH=OTHER_CHECKOUT python bench/calendar_carry.py --events 3000
"""
from __future__ import annotations

import argparse
import logging
import os
import re
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

ROOT = Path(__file__).resolve().parents[1]
NY = ZoneInfo("America/New_York")
D = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
LATER = D + timedelta(days=90)
H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Description", "Visibility"]


def _starts(n: int) -> list[datetime]:
    first = datetime(2025, 4, 3, 8, tzinfo=NY)           # D − 120 days
    step = timedelta(days=360) / n
    return [(first + i * step).replace(minute=0, second=0, microsecond=0) for i in range(n)]


def write_inputs(folder: Path, n: int) -> Path:
    """The calendar, the workbook and config.yaml in ``folder``; the config's path."""
    import icalendar
    import openpyxl
    cal = icalendar.Calendar()
    cal.add("prodid", "-//bench//calendar carry//EN")
    cal.add("version", "2.0")
    rows = [H]
    for i, start in enumerate(_starts(n)):
        ev = icalendar.Event()
        ev.add("uid", f"ev-{i}@fire.example")
        ev.add("dtstamp", datetime(2025, 1, 1, tzinfo=timezone.utc))
        ev.add("summary", f"Fire event {i}")
        ev.add("dtstart", start)
        ev.add("dtend", start + timedelta(hours=1))
        ev.add("location", f"Station {i % 7}")
        cal.add_component(ev)
        if i % 10 == 0 and len(rows) <= 200:
            rows.append([f"Fire event {i}", start.strftime("%m/%d/%Y"), start.strftime("%I:%M %p"),
                         (start + timedelta(hours=1)).strftime("%I:%M %p"), f"Station {i % 7}", "", "Public"])
    (folder / "fire.ics").write_bytes(cal.to_ical())
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Police"
    for r in rows:
        ws.append(r)
    wb.save(folder / "intake.xlsx")
    data = yaml.safe_load((ROOT / "config.yaml").read_text())
    data["source"]["workbook"] = str(folder / "intake.xlsx")
    data["source"]["calendars"] = [{"file": str(folder / "fire.ics"), "department": "Fire"}]
    data["output"]["dir"] = str(folder / "out")
    data["feed"]["past_days"], data["feed"]["future_days"] = 60, 365
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


class _Stages(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.seconds: dict[str, float] = {}

    def emit(self, record: logging.LogRecord) -> None:
        found = re.match(r"stage (\S+):\s+([\d.]+) s", record.getMessage())
        if found:
            self.seconds[found.group(1)] = float(found.group(2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=3000)
    args = parser.parse_args()
    from sheets_sync.config import load_config
    from sheets_sync.pipeline import run_sync
    stages = _Stages()
    log = logging.getLogger("safety_events")
    log.addHandler(stages)
    log.setLevel(logging.INFO)
    with tempfile.TemporaryDirectory() as tmp:
        config = load_config(write_inputs(Path(tmp), args.events))
        first = run_sync(config, now=D)
        stages.seconds.clear()
        wall, cpu = time.perf_counter(), os.times()
        second = run_sync(config, now=LATER, reuse=False, allow_removals=True)
        wall, done = time.perf_counter() - wall, os.times()
    cpu = (done.user - cpu.user) + (done.system - cpu.system)
    print(f"calendar of {args.events} events, Police tab of 200 rows; load {open('/proc/loadavg').read().split()[:3]}")
    print(f"second sync (D + 90 days): {wall:.2f} s wall, {cpu:.2f} s CPU, reconcile {stages.seconds.get('reconcile', 0):.3f} s")
    print("counts:", {k: second[k] for k in ("created", "updated", "unchanged", "removed", "restored")})
    for name, summary in (("first", first), ("second", second)):
        print(f"{name} sync: 2025-08 {summary['months'].get('2025-08')}, 2025-05 {summary['months'].get('2025-05')}")


if __name__ == "__main__":
    main()
