"""A workbook sync read with python-calamine never loads openpyxl (issue 17, p17o).

openpyxl (with numpy, which it imports) cost a sync about 0.17 s of CPU at start-up, pulled in
only for column letters (``reports.cycle``, ``sheets_sync.board``) and for the small
``measures.xlsx`` open-data file. (numpy itself still comes with matplotlib where this process
draws the charts, i.e. a sync too small for the report worker.) Checked by the modules a fresh interpreter holds after a
whole first sync, not by timing; the same probe on a workbook whose Event IDs carry a
zero-padding number format (read with openpyxl, for the formats) shows the probe can fail and
that a sync that needs openpyxl still gets it.
"""
from __future__ import annotations

import json
import subprocess
import sys

import openpyxl
import yaml

from tests.conftest import ROOT, write_workbook

LAZY = ("openpyxl", "et_xmlfile", "pandas")

PROBE = """
import json, sys
from datetime import datetime
from sheets_sync.config import load_config
from sheets_sync.pipeline import run_sync
summary = run_sync(load_config("config.yaml"), now=datetime.fromisoformat("2025-08-04T14:00:00+00:00"))
print(json.dumps({"created": summary["created"], "modules": sorted(sys.modules)}))
"""

H = ["Event ID", "Title", "Start Date", "Start Time", "End Time", "Location", "Lead Department",
     "Partner Departments", "Visibility"]
TABS = {"Police": [H, [101, "Town Hall", "2025-08-14", "6pm", "8pm", "City Hall", "Police", "Fire", "Public"],
                   [102, "Coffee with a Cop", "2025-08-20", "9am", "10am", "Cafe", "Police", "", "Public"]],
        "Fire": [H, [201, "Town hall", "2025-08-14", "6pm", "8pm", "City Hall", "Fire", "", "Public"],
                 [202, "CPR Class", "2025-08-21", "6pm", "8pm", "Station 2", "Fire", "", "Public"]]}


def _city(folder, zero_padded: bool = False):
    path = write_workbook(folder / "intake.xlsx", TABS)
    if zero_padded:                           # Event IDs shown as 00101: read with openpyxl
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            for (cell,) in ws.iter_rows(min_row=2, max_col=1):
                cell.number_format = "00000"
        wb.save(path)
    data = yaml.safe_load((ROOT / "config.yaml").read_text())
    data["source"].update(calendars=[], workbook="intake.xlsx", kind="workbook")
    data["output"]["dir"] = "out"
    (folder / "config.yaml").write_text(yaml.safe_dump(data))
    return folder


def _sync_in_fresh_process(folder) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=folder, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "TZ": "UTC"},
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _loaded(modules: list[str], names=LAZY) -> list[str]:
    return sorted({m.split(".")[0] for m in modules if m.split(".")[0] in names})


def test_a_calamine_workbook_sync_loads_no_openpyxl(tmp_path):
    folder = _city(tmp_path)
    got = _sync_in_fresh_process(folder)
    assert got["created"] == 3                       # the two town halls are one event
    assert "python_calamine" in got["modules"]       # it did read with calamine
    assert _loaded(got["modules"]) == []
    # the files that used to need openpyxl are still written, with the same cells
    measures = openpyxl.load_workbook(folder / "out/current/public/open-data/measures.xlsx", read_only=True)
    rows = list(measures["measures"].iter_rows(values_only=True))
    csv_rows = (folder / "out/current/public/open-data/measures.csv").read_text().splitlines()
    assert len(rows) == len(csv_rows) and rows[0] == tuple(csv_rows[0].split(","))


def test_a_sync_that_needs_openpyxl_still_loads_it(tmp_path):
    folder = _city(tmp_path, zero_padded=True)
    got = _sync_in_fresh_process(folder)
    assert got["created"] == 3
    assert _loaded(got["modules"], ("openpyxl",)) == ["openpyxl"]
