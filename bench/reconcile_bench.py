"""How long identity reconciliation takes as the record grows (prints figures; not a test).

    PYTHONPATH=. python bench/reconcile_bench.py [N ...]

For N events: the first sync (empty record), an unchanged re-sync, a re-sync after one core
field of 10% of the events was edited and the tab reversed, and the ratio of the last to
the first (blocking keeps rule 3 linear: the ratio should stay near 1 as N grows).
"""
from __future__ import annotations

import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml  # noqa: E402

from sheets_sync.backends import MemoryBackend  # noqa: E402
from sheets_sync.config import config_from_dict  # noqa: E402
from sheets_sync.identity import reconcile  # noqa: E402
from sheets_sync.pipeline import analyse  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Description", "Visibility"]
NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)


def rows(n: int, edited: bool = False) -> list[list]:
    out = []
    for k in range(n):
        day = date(2025, 1, 1) + timedelta(days=k % 730)
        hour = 6 + k // 730                      # rows on one day are an hour apart: never merged
        title = f"Community event {k}" + (" (updated)" if edited and k % 10 == 0 else "")
        out.append([title, day.isoformat(), f"{hour}:00", f"{hour}:30", f"{k} Main St",
                    f"Description {k}", "Public"])
    return out


def timed(fn):
    t = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t


def main(sizes: list[int]) -> None:
    data = yaml.safe_load((ROOT / "config.yaml").read_text())
    data["source"]["calendars"] = []
    config = config_from_dict(data, base_dir=ROOT)
    print(f"{'events':>8} {'first s':>9} {'unchanged s':>12} {'10% edited s':>13} {'edited/first':>13}")
    for n in sizes:
        drafts = analyse(MemoryBackend({"Police": [H, *rows(n)]}).read_tabs(), config).merge.events
        edited = analyse(MemoryBackend({"Police": [H, *reversed(rows(n, edited=True))]}).read_tabs(),
                         config).merge.events
        first, t_first = timed(lambda: reconcile(drafts, [], NOW, "x.gov", timedelta(days=30)))
        _, t_same = timed(lambda: reconcile(drafts, first.entries, NOW, "x.gov", timedelta(days=30)))
        r, t_edit = timed(lambda: reconcile(edited, first.entries, NOW, "x.gov", timedelta(days=30)))
        assert r.counts["created"] == 0 and r.counts["updated"] == n // 10 + (n % 10 > 0), r.counts
        print(f"{n:>8} {t_first:>9.3f} {t_same:>12.3f} {t_edit:>13.3f} {t_edit / t_first:>13.2f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 4000, 12000])
