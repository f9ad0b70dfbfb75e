"""The report workbook written by a worker process while the sync builds the feed (issue 17,
:mod:`sheets_sync.report_process`): the same bytes as the sync writing it itself, a worker
failure reported as ``tabs_error`` with the feed still published, and no worker left
running when the sync fails, is interrupted or is killed."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import yaml

from bench.workbook import write_workbook
from sheets_sync.config import load_config
from sheets_sync.model import Table
from sheets_sync.pipeline import run_sync
from sheets_sync.report_process import ReportJob, use_worker

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
# the report's tabs, in the order staff see them (reports.tabs and reports.cycle)
TAB_ORDER = ["Combined Events", "Validation", "Metrics - Monthly", "Metrics - Quarterly", "Metrics - Departments",
             "Metrics - Collaboration", "Data Quality", "Joint Schedule", "Snapshots", "Review Duplicates",
             "Metrics - Drill-down"]


def _city(folder: Path, rows: int, workers: int) -> Path:
    """A synthetic city of ``rows`` intake rows whose config sets ``performance``."""
    write_workbook(rows, folder, date(2026, 12, 1))
    data = yaml.safe_load((folder / "config.yaml").read_text())
    data["performance"] = {"report_workers": workers, "parallel_min_events": 0}
    (folder / "config.yaml").write_text(yaml.safe_dump(data))
    return folder / "config.yaml"


def _sync(config_path: Path, now: datetime = NOW, **kw) -> dict:
    return run_sync(load_config(config_path), now=now, **kw)


def _xlsx_parts(path: Path) -> dict[str, bytes]:
    """Every part of a .xlsx but its creation time (``docProps/core.xml``)."""
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def _published(out: Path) -> dict[str, object]:
    """Every served file's bytes (an .xlsx's parts: its zip entries carry the wall clock)."""
    current = (out / "current").resolve()
    return {str(p.relative_to(current)): _xlsx_parts(p) if p.suffix == ".xlsx" else p.read_bytes()
            for p in sorted(current.rglob("*")) if p.is_file()}


def _record(out: Path) -> dict[str, list]:
    db = sqlite3.connect(out / "record.sqlite")
    try:
        tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        # the syncs table's third column is the wall-clock finish time; sync_reuse holds paths
        return {t: sorted((r[:2] + r[3:] if t == "syncs" else r) for r in db.execute(f"SELECT * FROM {t}"))
                for t in tables if t not in ("sync_reuse", "record_writes")}
    finally:
        db.close()


@pytest.mark.parametrize("workers, cpus, events, expected", [
    (None, 2, 5000, True),      # default: two CPUs → a worker
    (None, 1, 5000, False),     # one CPU → the sync writes the report itself
    (None, 8, 5000, True),
    (1, 8, 5000, False),        # the setting says one
    (2, 1, 5000, True),         # the setting says two, whatever the machine
    (2, 2, 999, False),         # below parallel_min_events (1000)
    (2, 2, 1000, True),
])
def test_when_a_worker_is_used(workers, cpus, events, expected):
    assert use_worker(workers, 1000, events, cpus=cpus) is expected


def test_the_worker_writes_what_the_sync_writes_itself(tmp_path):
    serial = _city(tmp_path / "serial", 400, workers=1)
    parallel = _city(tmp_path / "parallel", 400, workers=2)
    a, b = _sync(serial), _sync(parallel)
    # (out_bytes: the report's zipped creation time and the record's own path vary by a byte or two)
    assert a == {**b, "out_dir": a["out_dir"], "tabs_written_to": a["tabs_written_to"], "out_bytes": a["out_bytes"]}
    assert a["tabs_error"] is None and b["tabs_error"] is None
    report_a, report_b = (p.parent / "out" / "report.xlsx" for p in (serial, parallel))
    assert _xlsx_parts(report_a) == _xlsx_parts(report_b)         # cells, styles, pictures, order
    with zipfile.ZipFile(report_b) as z:
        assert sum(1 for n in z.namelist() if n.startswith("xl/media/")) == 6    # the six charts
    assert _published(serial.parent / "out") == _published(parallel.parent / "out")
    assert _record(serial.parent / "out") == _record(parallel.parent / "out")
    charts = sorted(p.name for p in (parallel.parent / "out" / ".chart-cache").iterdir())
    assert charts == sorted(p.name for p in (serial.parent / "out" / ".chart-cache").iterdir())
    assert len(charts) == 6

    import openpyxl
    wb = openpyxl.load_workbook(report_b, read_only=True)
    assert wb.sheetnames == TAB_ORDER
    quality = {r[0]: r[1] for r in wb["Data Quality"].iter_rows(min_row=2, values_only=True)}
    intake = openpyxl.load_workbook(parallel.parent / "intake.xlsx", read_only=True)
    typed = sum(1 for ws in intake.worksheets for r in ws.iter_rows(min_row=2, values_only=True) if any(r))
    assert quality["Rows read"] == typed > 400         # filled before the files were built
    assert quality["Feeds that left out their oldest past events to stay under 1,000 KB"] == "none"  # after
    assert not _workers_of(os.getpid())
    assert not list((parallel.parent / "out").glob(".report.xlsx.*.tmp"))


def test_a_failing_worker_still_publishes_the_feed(tmp_path, monkeypatch):
    config = _city(tmp_path, 300, workers=2)
    out = tmp_path / "out"
    assert _sync(config)["tabs_error"] is None
    report_before = (out / "report.xlsx").read_bytes()
    feed_before = (out / "current" / "public" / "calendar.ics").read_bytes()

    import reports.drilldown
    real = reports.drilldown.drilldown_table

    def unwritable(events, m):     # a cell Excel cannot hold: the worker raises TypeError
        t = real(events, m)
        return Table(t.title, (*t.rows, (datetime(2026, 1, 1, tzinfo=timezone.utc),)))
    monkeypatch.setattr("sheets_sync.pipeline.drilldown_table", unwritable)
    _add_event(tmp_path / "intake.xlsx", "Worker Failure Night")
    summary = _sync(config, datetime(2026, 12, 2, 12, 0, tzinfo=timezone.utc))
    assert "report.xlsx could not be written (TypeError" in summary["tabs_error"]
    assert "the feed was published" in summary["tabs_error"]
    assert (out / "report.xlsx").read_bytes() == report_before              # the last good report
    feed = (out / "current" / "public" / "calendar.ics").read_bytes()
    assert feed != feed_before and b"SUMMARY:Worker Failure Night" in feed  # the feed moved on
    assert '"2026-12-02T12:00:00Z"' in (out / "current" / "public" / "status.json").read_text()
    assert not _workers_of(os.getpid())
    assert not list(out.glob(".report.xlsx.*.tmp"))

    monkeypatch.setattr("sheets_sync.pipeline.drilldown_table", real)
    again = _sync(config, datetime(2026, 12, 3, 12, 0, tzinfo=timezone.utc))   # not skipped: tabs lag
    assert again["tabs_error"] is None
    import openpyxl
    wb = openpyxl.load_workbook(out / "report.xlsx", read_only=True)
    assert "Worker Failure Night" in {c for r in wb["Combined Events"].iter_rows(values_only=True) for c in r}


def _add_event(intake: Path, title: str) -> None:
    """One public evening event typed at the end of the intake's first tab."""
    import openpyxl
    wb = openpyxl.load_workbook(intake)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    cells = {"Title": title, "Start Date": "2026-12-20", "Start Time": "18:00", "End Time": "20:00",
             "Lead Department": ws.title, "Visibility": "Public"}
    ws.append([cells.get(h) for h in header])
    wb.save(intake)


def test_a_worker_that_dies_is_reported_and_reaped(tmp_path):
    report = tmp_path / "report.xlsx"
    with ReportJob(report, ["Big"], {}, tmp_path / "charts") as job:
        job.send(Table("Big", tuple((f"row {i}", i) for i in range(20_000))))
        assert job.pngs() == ({}, [])                # the worker is up
        os.kill(job.process.pid, signal.SIGKILL)
        error = job.finish()
    assert "the report worker ended (exit code -9)" == error
    assert job.process.returncode == -signal.SIGKILL     # reaped: an exit code, no zombie
    assert not _running(job.process.pid)
    assert not report.exists() and not list(tmp_path.glob(".report.xlsx.*.tmp"))


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(c) for c in text.split()]


def _is_worker(pid: int) -> bool:
    try:
        return b"sheets_sync.report_process" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _workers_of(pid: int) -> list[int]:
    return [c for c in _children(pid) if _is_worker(c) and _running(c)]


def _running(pid: int) -> bool:
    """``pid`` exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_no_worker_outlives_an_interrupted_sync(tmp_path, sig):
    config = _city(tmp_path, 1500, workers=2)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # Ctrl-C as at a terminal: a shell starts a background job (``nohup … &``, as CI may be run)
    # with SIGINT ignored, which the sync, like any program, inherits and keeps (it then ends 0)
    proc = subprocess.Popen([sys.executable, "-m", "sheets_sync.cli", "sync", "--json"], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while not workers and proc.poll() is None and time.monotonic() < deadline:
        workers = _workers_of(proc.pid)
        time.sleep(0.02)
    assert workers, "the sync ended before its report worker was seen"
    # freeze the sync while the signal is sent, so it cannot finish between seeing its worker and
    # the signal; the signal is delivered when it continues
    proc.send_signal(signal.SIGSTOP)
    proc.send_signal(sig)                # Ctrl-C (to the sync only) or a service manager's stop
    proc.send_signal(signal.SIGCONT)
    proc.wait(timeout=60)
    assert proc.returncode != 0, proc.stderr.read().decode(errors="replace")[-3000:]
    gone_by = time.monotonic() + 30      # SIGTERM: the worker notices at the end of its pipe
    while any(_running(w) for w in workers) and time.monotonic() < gone_by:
        time.sleep(0.1)
    assert not any(_running(w) for w in workers)
    if sig == signal.SIGINT:             # the sync itself cleaned up; SIGTERM: the next sync does
        assert not list((tmp_path / "out").glob(".report.xlsx.*.tmp"))
    assert not (tmp_path / "out" / "report.xlsx").exists()      # nothing half-written in its place
    done = subprocess.run([sys.executable, "-m", "sheets_sync.cli", "sync", "--json"], cwd=tmp_path, env=env,
                          capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert not list((tmp_path / "out").glob(".report.xlsx.*.tmp"))
    assert (tmp_path / "out" / "report.xlsx").exists()
    assert config.exists()


def test_an_interrupted_worker_leaves_no_picture_folder(tmp_path, monkeypatch):
    """The worker writes the chart pictures to a temporary folder for the writer to read; a
    sync interrupted while the report is being written (Ctrl-C: the sync ends the worker with
    SIGTERM) must not leave that folder behind in the temporary directory."""
    from reports.chart_data import ChartData
    from reports.cycle import COLLABORATION
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))              # the worker's own temporary directory
    labels = ("Police", "Fire")
    chart = ChartData("collaboration", "Shared events", labels,
                      {"Police": (0, 3), "Fire": (3, 0)}, "heatmap")
    with ReportJob(tmp_path / "report.xlsx", [COLLABORATION, "Never sent"], {"collaboration": chart},
                   tmp_path / "charts") as job:
        job.send(Table(COLLABORATION, (("Department", "Shared"), ("Police", 3))))
        assert job.pngs()[1] == ["collaboration"]
        deadline = time.monotonic() + 120               # until the worker has placed the picture
        while not list(tmp.glob(".report-pictures-*/*.png")) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert list(tmp.glob(".report-pictures-*/*.png")), "the worker placed no picture"
        pid = job.process.pid
    assert not _running(pid)                            # ended by close(), as on Ctrl-C
    assert list(tmp.iterdir()) == []


@pytest.mark.parametrize("workers", [1, 2])
def test_a_report_folder_that_cannot_be_written_still_publishes_the_feed(tmp_path, workers):
    """The report's folder cannot be written (here a file stands where the folder should be;
    elsewhere a read-only share, a full disk): with or without a worker, only the tabs fail —
    the record and the feed move on and ``tabs_error`` says why (issue 17: tabs and feed fail
    separately)."""
    config = _city(tmp_path, 300, workers=workers)
    data = yaml.safe_load(config.read_text())
    data["output"] = {**data.get("output", {}), "report_workbook": "blocked/report.xlsx"}
    config.write_text(yaml.safe_dump(data))
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "blocked").write_text("a file, not a folder")
    _add_event(tmp_path / "intake.xlsx", "Blocked Report Night")
    summary = _sync(config)
    assert "the feed was published" in summary["tabs_error"]
    assert "blocked" in summary["tabs_error"]
    feed = (tmp_path / "out" / "current" / "public" / "calendar.ics").read_bytes()
    assert b"SUMMARY:Blocked Report Night" in feed
    assert not _workers_of(os.getpid())


def test_the_worker_writes_the_report_where_rvgsrust_is_not_installed(tmp_path, monkeypatch):
    """rvgsrust-xlsxwriter has no wheel for Linux aarch64 or an Intel Mac, so it is not
    installed there; the worker (a fresh interpreter) must write the report with XlsxWriter
    as the sync itself does, not die importing it."""
    blocker = tmp_path / "site"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(   # as on a machine without the wheel
        "import sys\nsys.modules['rvgsrust_xlsxwriter'] = None\n")
    monkeypatch.setenv("PYTHONPATH", str(blocker))
    report = tmp_path / "report.xlsx"
    with ReportJob(report, ["Counts"], {}, tmp_path / "charts") as job:
        job.send(Table("Counts", (("Department", "Events"), ("Police", 3))))
        assert job.finish() is None
        job.replace()
    import openpyxl
    ws = openpyxl.load_workbook(report)["Counts"]
    assert (ws["A2"].value, ws["B2"].value) == ("Police", 3)
    with zipfile.ZipFile(report) as z:                  # XlsxWriter's whole number, not 3.0
        assert b"<v>3</v>" in z.read("xl/worksheets/sheet1.xml")
