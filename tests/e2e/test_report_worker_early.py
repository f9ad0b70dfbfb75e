"""The report worker started right after the read (issue 17, p17i: its imports overlap parsing
on the other core): only where a worker may be used, adopted by the report job, and ended —
not left running — when the sync turns out too small for a worker."""
from __future__ import annotations

import os
import zipfile
from datetime import date

import openpyxl
import pytest
import yaml

from bench.workbook import write_workbook
from reports.charts import chart_key
from sheets_sync.backends.xlsx_report import _at_96_dpi
from sheets_sync import report_process
from sheets_sync.config import load_config
from sheets_sync.pipeline import run_sync
from sheets_sync.report_process import early_worker

from .test_report_worker import NOW, _running, _workers_of


@pytest.mark.parametrize("workers, cpus, rows, started", [
    (None, 2, 5000, True),
    (None, 1, 5000, False),     # one CPU: never a second process
    (1, 8, 5000, False),
    (2, 2, 999, False),         # fewer rows than parallel_min_events (1000) cannot make enough events
    (2, 2, 1000, True),
])
def test_an_early_worker_only_where_a_worker_may_be_used(workers, cpus, rows, started):
    worker = early_worker(workers, 1000, rows, cpus)
    assert (worker is not None) == started
    if worker is not None:
        pid = worker.process.pid
        assert _running(pid)
        worker.close()
        worker.close()                                   # twice is harmless
        assert worker.process.returncode is not None and not _running(pid)


def _city(folder, rows, min_events):
    write_workbook(rows, folder, date(2026, 12, 1))
    data = yaml.safe_load((folder / "config.yaml").read_text())
    data["performance"] = {"report_workers": 2, "parallel_min_events": min_events}
    (folder / "config.yaml").write_text(yaml.safe_dump(data))
    return folder / "config.yaml"


def test_the_early_worker_writes_the_report(tmp_path, monkeypatch):
    adopted = []
    real = report_process.ReportJob.__init__

    def spy(self, *args, **kw):
        real(self, *args, **kw)
        adopted.append(args[5] if len(args) > 5 else kw.get("worker"))
    monkeypatch.setattr(report_process.ReportJob, "__init__", spy)
    summary = run_sync(load_config(_city(tmp_path, 300, 0)), now=NOW)
    assert summary["tabs_error"] is None
    assert len(adopted) == 1 and adopted[0] is not None          # the one started after the read
    assert adopted[0].process.returncode == 0                    # it ended by itself, reaped
    assert "Metrics - Drill-down" in openpyxl.load_workbook(tmp_path / "out" / "report.xlsx").sheetnames
    assert _workers_of(os.getpid()) == []


def test_a_sync_smaller_than_it_looked_ends_its_early_worker(tmp_path, monkeypatch):
    started = []
    real = report_process.early_worker

    def spy(*args, **kw):
        worker = real(*args, **kw)
        started.append(worker)
        return worker
    monkeypatch.setattr(report_process, "early_worker", spy)
    # 1,500 rows merge into fewer than 1,500 events: enough rows to start a worker, too few
    # events to use it
    summary = run_sync(load_config(_city(tmp_path, 1500, 1500)), now=NOW)
    assert summary["events"] < 1500 and summary["tabs_error"] is None
    (worker,) = started
    assert worker is not None and worker.process.returncode is not None     # ended and reaped
    assert _workers_of(os.getpid()) == []
    assert (tmp_path / "out" / "report.xlsx").exists()                       # written by the sync itself


def test_the_worker_never_waits_for_the_sync_to_read_its_charts(tmp_path):
    """The worker's PNGs are more than a pipe holds; they are read as they come, so the worker
    writes and closes the report (once every title is sent) before the sync asks for them."""
    import fcntl

    from reports.chart_data import ChartData
    from sheets_sync.model import Table
    from sheets_sync.report_process import ReportJob
    labels = tuple(f"Department {i}" for i in range(12))
    chart = ChartData("collaboration", "Shared events", labels,
                      {label: tuple((i * 7 + j * 3) % 50 for j in range(12)) for i, label in enumerate(labels)},
                      "heatmap")
    report = tmp_path / "report.xlsx"
    with ReportJob(report, ["Collaboration"], {"collaboration": chart}, tmp_path / "charts") as job:
        job.send(Table("Collaboration", (("Department", "Shared"), ("Police", 3))))
        assert job.process.wait(timeout=120) == 0          # done and exited, nobody read its PNGs yet
        pngs, drawn = job.pngs()
        assert drawn == ["collaboration"]
        assert len(pngs["collaboration"]) > fcntl.fcntl(job._results.fileno(), fcntl.F_GETPIPE_SZ)
        assert job.finish() is None
        job.replace()
    assert openpyxl.load_workbook(report)["Collaboration"]["A2"].value == "Police"


def test_the_early_worker_draws_the_charts_before_the_tabs_are_made(tmp_path, monkeypatch):
    """Issue 17 (p17y): the early worker is given the chart numbers as soon as the metrics
    exist, draws them while the sync makes the tabs (never in the sync's own process), and the
    sync publishes the very PNGs it drew."""
    import reports.charts
    from sheets_sync import pipeline
    order = []
    real_draw, real_tables = report_process.WorkerProcess.draw, pipeline.all_tables

    def draw(self, charts, folder):
        order.append(("draw", sorted(charts)))
        return real_draw(self, charts, folder)

    def tables(*args, **kw):
        order.append(("tables",))
        return real_tables(*args, **kw)

    def drawn_here(chart):
        raise AssertionError(f"{chart.name} drawn in the sync's own process")
    monkeypatch.setattr(report_process.WorkerProcess, "draw", draw)
    monkeypatch.setattr(pipeline, "all_tables", tables)
    monkeypatch.setattr(reports.charts, "render_chart", drawn_here)
    summary = run_sync(load_config(_city(tmp_path, 300, 0)), now=NOW)
    assert summary["tabs_error"] is None
    names = ["all_department_quarters", "collaboration", "departments", "joint_fiscal_year", "joint_rolling_12",
             "joint_share"]
    assert order == [("draw", names), ("tables",)]
    cache = {p.name.rsplit("-", 1)[0]: p.read_bytes() for p in (tmp_path / "out" / ".chart-cache").glob("*.png")}
    charts = tmp_path / "out" / "current" / "private" / "charts"
    assert sorted(cache) == names
    assert {p.stem: p.read_bytes() for p in charts.glob("*.png")} == cache
    with zipfile.ZipFile(tmp_path / "out" / "report.xlsx") as z:
        media = sorted(z.read(n) for n in z.namelist() if n.startswith("xl/media/"))
    assert media == sorted(_at_96_dpi(png) for png in cache.values())
    assert _workers_of(os.getpid()) == []


def test_an_early_worker_gone_before_drawing_is_replaced(tmp_path, monkeypatch):
    """The early worker died before it was told to draw (killed, out of memory): it is
    reaped and the report job starts another worker; the tabs and the feed are written."""
    import signal
    killed = []
    real = report_process.early_worker

    def dead(*args, **kw):
        worker = real(*args, **kw)
        os.kill(worker.process.pid, signal.SIGKILL)
        worker.process.wait()
        killed.append(worker)
        return worker
    monkeypatch.setattr(report_process, "early_worker", dead)
    summary = run_sync(load_config(_city(tmp_path, 300, 0)), now=NOW)
    assert len(killed) == 1 and summary["tabs_error"] is None
    with zipfile.ZipFile(tmp_path / "out" / "report.xlsx") as z:
        assert sum(1 for n in z.namelist() if n.startswith("xl/media/")) == 6
    assert len(list((tmp_path / "out" / "current" / "private" / "charts").glob("*.png"))) == 6
    assert _workers_of(os.getpid()) == []


def test_a_job_on_a_worker_told_to_draw_does_not_draw_again(tmp_path):
    """:meth:`WorkerProcess.draw` then a :class:`ReportJob` on that worker: one drawing, its
    PNG given by the job and placed in the report (a second "charts" message would be a
    second answer, which ``finish`` takes for the worker's failure)."""
    from reports.chart_data import ChartData
    from sheets_sync.model import Table
    from sheets_sync.report_process import ReportJob, WorkerProcess
    chart = ChartData("collaboration", "Shared events", ("Police", "Fire"), {"Police": (0, 3), "Fire": (3, 0)},
                      "heatmap")
    report = tmp_path / "report.xlsx"
    worker = WorkerProcess()
    worker.draw({"collaboration": chart}, tmp_path / "charts")
    with ReportJob(report, ["Metrics - Collaboration"], {"collaboration": chart}, tmp_path / "charts",
                   worker=worker) as job:
        assert job.keys() == {"collaboration": chart_key(chart)}      # the digest's stand-in, before any PNG
        job.send(Table("Metrics - Collaboration", (("Department", "Shared"), ("Police", 3))))
        assert job.finish() is None
        pngs, drawn = job.pngs()
        job.replace()
    assert drawn == ["collaboration"]
    assert [p.name for p in (tmp_path / "charts").iterdir()] == [f"collaboration-{chart_key(chart)[:32]}.png"]
    with zipfile.ZipFile(report) as z:
        assert [z.read(n) for n in z.namelist() if n.startswith("xl/media/")] == [_at_96_dpi(pngs["collaboration"])]
    assert worker.process.returncode == 0
