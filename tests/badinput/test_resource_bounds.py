"""Issue 16 acceptance: hostile files are refused or bounded within 10 s and 500 MB.

Each file goes through the real sync in a fresh Python process, which reports its own CPU
time (``resource.getrusage``) and peak resident memory (``VmHWM``) — CPU seconds, not wall-clock, so a
loaded machine does not fail the test, and the limits are generous (a refusal costs well
under a second and ~100 MB, mostly imports). Files: a 5 KB .xlsx declaring ``A1:XFD1048576``
(read: a declared size alone is not refused), one with a value at XFD1048576 (refused),
an .xlsx holding one shared string of 1 GiB (4 MB compressed), and a 244-byte .ics with
``RRULE:FREQ=MINUTELY``.
"""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.badinput.test_bounded_reader import rewrite_sheet, set_dimension
from tests.conftest import ROOT, base_config_dict, write_workbook

CPU_SECONDS = 10
PEAK_MB = 500
H = ["Title", "Start Date", "Start Time", "Visibility"]

CHILD = r"""
import json, resource, sys
from datetime import datetime, timezone
from sheets_sync.backends import SourceError
from sheets_sync.config import config_from_dict
from sheets_sync.pipeline import run_sync
data = json.loads(sys.argv[1])
config = config_from_dict(data, base_dir=__import__("pathlib").Path(sys.argv[2]))
try:
    summary = run_sync(config, now=datetime(2025, 8, 1, 12, tzinfo=timezone.utc))
    outcome = {"outcome": "synced", "rows_rejected": summary["rows_rejected"]}
except SourceError as exc:
    outcome = {"outcome": "refused", "message": str(exc)}
usage = resource.getrusage(resource.RUSAGE_SELF)
# this process's own peak (VmHWM): Linux carries ru_maxrss over from the process that
# started it (a large pytest process)
from sheets_sync.report_process import peak_kb
outcome.update(cpu=usage.ru_utime + usage.ru_stime, peak_mb=peak_kb() / 1024)
print(json.dumps(outcome))
"""


def measured(tmp_path: Path, data: dict) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(data), str(tmp_path)],
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def huge_dimension(path: Path) -> Path:
    write_workbook(path, {"Police": [H, ["A", "8/5/2025", "6pm", "Public"]]})
    return rewrite_sheet(path, set_dimension("A1:XFD1048576"))


def far_value(path: Path) -> Path:
    """A value typed at XFD1048576 under a dimension that claims A1:D2 (python-calamine would
    build a dense 1,048,576 × 16,384 grid: the process aborts asking for 512 GB)."""
    write_workbook(path, {"Police": [H, ["A", "8/5/2025", "6pm", "Public"]]})
    return rewrite_sheet(path, lambda xml: set_dimension("A1:D2")(xml).replace(
        "</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'))


def gigabyte_string(path: Path) -> Path:
    """A real .xlsx whose sharedStrings part holds one 1 GiB string (deflated to ~4 MB)."""
    source = write_workbook(path.with_suffix(".src.xlsx"), {"Police": [H, ["A", "8/5/2025", "6pm", "Public"]]})
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as new:
        for info in old.infolist():
            if info.filename != "xl/sharedStrings.xml":
                new.writestr(info.filename, old.read(info.filename))
        with new.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
                       b'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>')
            chunk = b"a" * (16 << 20)
            for _ in range(64):
                part.write(chunk)
            part.write(b"</t></si></sst>")
    assert path.stat().st_size < 10 << 20
    return path


MINUTELY = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\nUID:m@x\r\n"
            "DTSTAMP:20250701T000000Z\r\nDTSTART:20250801T000000Z\r\nRRULE:FREQ=MINUTELY\r\n"
            "SUMMARY:Every minute\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


@pytest.mark.parametrize("kind", ["huge dimension", "far value", "1 GiB string", "minutely ics"])
def test_hostile_file_is_refused_or_bounded_in_10_s_and_500_mb(tmp_path, kind):
    data = base_config_dict(tmp_path)
    workbook = Path(data["source"]["workbook"])
    if kind == "huge dimension":
        huge_dimension(workbook)
    elif kind == "far value":
        far_value(workbook)
    elif kind == "1 GiB string":
        gigabyte_string(workbook)
    else:
        write_workbook(workbook, {"Police": [H, ["Walk", "8/5/2025", "6pm", "Public"]]})
        ics = tmp_path / "minutely.ics"
        ics.write_text(MINUTELY, newline="")
        assert len(MINUTELY) < 300
        data["source"]["calendars"] = [{"file": str(ics), "department": "Fire"}]
    result = measured(tmp_path, data)
    assert result["cpu"] < CPU_SECONDS and result["peak_mb"] < PEAK_MB, result
    if kind == "minutely ics":
        assert result == {**result, "outcome": "synced", "rows_rejected": 1}
    elif kind == "huge dimension":          # a declared size alone is no reason to refuse
        assert result == {**result, "outcome": "synced", "rows_rejected": 0}
    else:
        assert result["outcome"] == "refused" and "source.max_" in result["message"], result
