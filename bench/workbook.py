"""A synthetic intake workbook (.xlsx, a tab per department) and its config, for end-to-end
speed runs: ``python -m bench.workbook ROWS FOLDER`` writes ``FOLDER/intake.xlsx`` and
``FOLDER/config.yaml`` (rows from :func:`bench.synthetic.synthetic_rows`, dated so the five
years end about a year after ``--today``; every event inside the feed window).
"""
from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

from bench.synthetic import DEPARTMENTS, synthetic_rows
from sheets_sync.model import CANONICAL_COLUMNS

CONFIG = """\
timezone: America/New_York
fiscal_year_start_month: 7
departments:
{departments}
source:
  kind: workbook
  workbook: intake.xlsx
  max_rows: 1000000
output:
  dir: out
feed:
  past_days: 2000
  future_days: 800
  max_removed_share: 1
site:
  title: Bench City Community Safety Events
  base_url: https://events.bench.example
  uid_domain: events.bench.example
"""


def write_workbook(n: int, folder: Path, today: date, seed: int = 7) -> Path:
    """Write ``intake.xlsx`` (``n`` rows of :func:`bench.synthetic.synthetic_rows` with
    ``seed``, openpyxl write-only) and ``config.yaml`` in ``folder``; return the workbook's path."""
    import openpyxl
    from openpyxl.utils import get_column_letter
    folder.mkdir(parents=True, exist_ok=True)
    rows, _ = synthetic_rows(n, seed=seed, start=today - timedelta(days=4 * 365))
    by_tab: dict[str, list] = {d: [] for d in DEPARTMENTS}
    for r in rows:
        by_tab[r.source.tab].append(r)
    col = {c: i for i, c in enumerate(CANONICAL_COLUMNS)}
    wb = openpyxl.Workbook(write_only=True)
    for tab, tab_rows in by_tab.items():
        ws = wb.create_sheet(tab)
        ref = f"A1:{get_column_letter(len(CANONICAL_COLUMNS))}{len(tab_rows) + 1}"
        ws.calculate_dimension = lambda ref=ref: ref    # declared, as Excel and Sheets write it
        ws.append(list(CANONICAL_COLUMNS))
        for r in sorted(tab_rows, key=lambda r: r.source.row):
            cells: list = [None] * len(CANONICAL_COLUMNS)
            cells[col["Title"]] = r.title
            if r.all_day:
                cells[col["Start Date"]] = r.start.isoformat()
                last = r.end - timedelta(days=1)
                cells[col["End Date"]] = last.isoformat() if last != r.start else None
            else:
                cells[col["Start Date"]] = r.start.date().isoformat()
                cells[col["Start Time"]] = r.start.strftime("%H:%M")
                cells[col["End Date"]] = r.end.date().isoformat()
                cells[col["End Time"]] = r.end.strftime("%H:%M")
            cells[col["Location"]] = r.location or None
            cells[col["Address"]] = r.address or None
            cells[col["Lead Department"]] = r.lead
            cells[col["Visibility"]] = "Public"
            ws.append(cells)
    path = folder / "intake.xlsx"
    wb.save(path)
    (folder / "config.yaml").write_text(CONFIG.format(departments="\n".join(
        f"  - name: {d}" for d in DEPARTMENTS)), encoding="utf-8")
    return path


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("rows", type=int)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--today", type=date.fromisoformat, default=date.today())
    args = ap.parse_args()
    print(write_workbook(args.rows, args.folder, args.today))
