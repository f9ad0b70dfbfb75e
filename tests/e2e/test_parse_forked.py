"""Intake rows parsed half in a forked child (issue 17, :mod:`sheets_sync.forked`,
:func:`sheets_sync.validate.parse_tabs`): the same rows and Validation lines as one process
reading them all, on labelled data and on a tab whose rows need the whole tab in view (its
day-first dates, a year left off); the same published files and record from a whole sync;
a child that fails or dies leaves its part to the parent; a cancelled one is ended. The
candidate pairs of a merge scored half in a forked child (:func:`sheets_sync.merge._kept_verdicts`):
the same events and questions."""
from __future__ import annotations

import logging
import os
import pickle
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import fields
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import yaml

from bench.workbook import write_workbook as write_bench_workbook
from sheets_sync import forked
from sheets_sync.config import config_from_dict, load_config
from sheets_sync.identity import RecordEntry
from sheets_sync.model import CombinedEvent, EventRow, RawTab, RowIssue, Severity, SourceRef
from sheets_sync.pipeline import make_backend, read_sources, run_sync
from sheets_sync import merge, pipeline, validate
from sheets_sync.merge import merge_rows
from sheets_sync.progress import listening
from sheets_sync.validate import is_intake_header, parse_tab, parse_tabs
from tests.conftest import ROOT, base_config_dict
from tests.e2e.test_report_worker import _published, _record

DATA = ROOT / "tests" / "data"
NOW = datetime(2025, 7, 1, 12, tzinfo=timezone.utc)
HEADER = ("Title", "Start Date", "Start Time", "End Time", "Location", "Lead Department",
          "Partner Departments", "Visibility")


def _spy(pids: set[int], real=forked.map_shared):
    """:func:`forked.map_shared` that notes the processes the work ran in. When the items are
    shared, this process waits in its first item until the child has taken one (bounded,
    generously), so both take part however loaded the machine is: a CI run had this process take
    every item before the child started, and a test counting the processes failed."""
    def shared(fn, items):
        parent, flag = os.getpid(), Path(tempfile.mkdtemp()) / "child"
        waiting = [2 <= len(items) <= forked.MAX_ITEMS]

        def work(item):
            if os.getpid() != parent:
                flag.touch()
            elif waiting[0]:
                waiting[0] = False
                _wait_for(flag)
            return os.getpid(), fn(item)
        done = real(work, items)
        pids.update(pid for pid, _ in done)
        return [result for _, result in done]
    return shared


@pytest.mark.parametrize("data", ["dedupe_dev", "dedupe_dev2"])
def test_the_same_rows_and_lines_either_way(tmp_path, data):
    cfg = base_config_dict(tmp_path)
    cfg["source"]["workbook"] = str(DATA / data / "intake.xlsx")
    config = config_from_dict(cfg, base_dir=tmp_path)
    tabs = [t for t in read_sources(config, make_backend(config), NOW) if is_intake_header(t.header, config)]
    pids: set[int] = set()
    two = parse_tabs(tabs, config, _spy(pids))
    one = [parse_tab(t, config) for t in tabs]
    assert two == one
    assert len(pids) == 2 and os.getpid() in pids       # parts were read in another process too
    assert sum(len(rows) for rows, _ in one) > 200 and sum(len(found) for _, found in one) >= 5


@pytest.mark.parametrize("data", ["dedupe_dev", "dedupe_dev2"])
def test_the_same_merge_with_pairs_scored_by_two(tmp_path, monkeypatch, data):
    cfg = base_config_dict(tmp_path)
    cfg["source"]["workbook"] = str(DATA / data / "intake.xlsx")
    one = config_from_dict({**cfg, "performance": {"score_min_pairs": None}}, base_dir=tmp_path)
    two = config_from_dict({**cfg, "performance": {"score_min_pairs": 0, "parse_workers": 2}}, base_dir=tmp_path)
    tabs = [t for t in read_sources(one, make_backend(one), NOW) if is_intake_header(t.header, one)]
    rows = [r for found, _ in parse_tabs(tabs, one) for r in found]
    alone = merge_rows(rows, one)
    pids: set[int] = set()
    monkeypatch.setattr(forked, "map_shared", _spy(pids))
    monkeypatch.setattr(merge, "_PAIRS_PER_ITEM", 10)       # (a hundred or more pairs: many runs)
    shared = merge_rows(rows, two)
    assert len(pids) == 2 and os.getpid() in pids       # pairs were scored in another process too
    assert shared == alone
    assert alone.pairs_compared > 100 and sum(len(e.rows) > 1 for e in alone.events) > 20


def _tab(rows: list[tuple]) -> RawTab:
    return RawTab("Police", HEADER, tuple(rows))


def test_a_row_is_read_with_its_whole_tab_in_view(config, monkeypatch):
    # the first half writes its dates day first (13/5/2026 can be read no other way); the later
    # half holds a date that reads either way and one typed without its year
    first = [(f"Class {n}", f"{13 + n}/5/2026", "6pm", "7pm", "Hall", "Police", "", "Public") for n in range(6)]
    later = [("Ride-along", "4/5/2026", "6pm", "7pm", "Hall", "Police", "", "Public"),
             ("Open house", "8/3", "6pm", "7pm", "Hall", "Police", "", "Public"),
             *[(f"Talk {n}", f"{13 + n}/6/2026", "6pm", "7pm", "Hall", "Police", "", "Public") for n in range(4)]]
    tab = _tab([*first, *later])
    pids: set[int] = set()
    monkeypatch.setattr(validate, "PART_ROWS", 6)       # two parts: the first six rows, the rest
    (rows, issues), = parse_tabs([tab], config, _spy(pids))
    assert len(pids) == 2
    assert (rows, issues) == parse_tab(tab, config)
    either = [i for i in issues if i.row == 8 and i.column == "Start Date" and i.severity is Severity.WARNING]
    assert any("day first" in i.problem and "May 4" in i.problem for i in either), either
    yearless = next(r for r in rows if r.title == "Open house")
    assert yearless.start.date() == date(2026, 8, 3)      # the year of the rows around it


def test_a_tab_split_between_the_processes_keeps_its_row_order(config, monkeypatch):
    monkeypatch.setattr(validate, "PART_ROWS", 2)
    tabs = [RawTab(dept, HEADER, tuple((f"{dept} event {n}", f"7/{1 + n % 28}/2026", "10am", "11am", "Hall",
                                        dept, "", "Public") for n in range(rows)))
            for dept, rows in (("Police", 7), ("Fire", 5), ("Parks and Recreation", 0), ("Community Safety", 2))]
    pids: set[int] = set()
    (police, _), (fire, _), (parks, _), (safety, _) = parse_tabs(tabs, config, _spy(pids))
    assert len(pids) == 2
    assert [r.source.row for r in police] == list(range(2, 9))
    assert [r.source.row for r in fire] == list(range(2, 7))
    assert parks == [] and [r.title for r in safety] == ["Community Safety event 0", "Community Safety event 1"]


def _slow_in_child():
    """A function to map that, in a forked child, waits (so the parent takes most items)."""
    parent = os.getpid()

    def fn(item):
        if os.getpid() != parent:
            time.sleep(0.05)
        return item * 2
    return fn


def test_the_items_come_back_in_order_whoever_took_them():
    items = list(range(200))
    pids: set[int] = set()
    assert _spy(pids)(lambda k: k * k, items) == [k * k for k in items]
    assert forked.map_shared(_slow_in_child(), items) == [k * 2 for k in items]
    assert forked.map_shared(str, [7]) == ["7"] and forked.map_shared(str, []) == []


def _wait_for(marker) -> None:
    deadline = time.monotonic() + 120       # generous: the child's start is not what is tested
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.02)


def test_a_child_that_fails_leaves_its_part_to_the_parent(caplog, tmp_path):
    parent, marker = os.getpid(), tmp_path / "child"

    def fn(item):
        if os.getpid() != parent:
            marker.write_text("took one")
            raise RuntimeError("only in the child")
        _wait_for(marker)               # (the child takes an item before the parent is done)
        return item + 1
    with caplog.at_level(logging.WARNING, logger="safety_events"):
        assert forked.map_shared(fn, list(range(50))) == list(range(1, 51))
    assert "exit 1" in caplog.text


def test_a_child_killed_midway_leaves_its_part_to_the_parent(caplog, tmp_path):
    parent, marker = os.getpid(), tmp_path / "child"

    def fn(item):
        if os.getpid() != parent:
            marker.write_text("took one")
            os.kill(os.getpid(), signal.SIGKILL)
        _wait_for(marker)
        return -item
    with caplog.at_level(logging.WARNING, logger="safety_events"):
        assert forked.map_shared(fn, list(range(50))) == [-k for k in range(50)]
    assert "exit -9" in caplog.text


def test_a_parent_that_raises_ends_and_reaps_the_child(tmp_path):
    marker = tmp_path / "child"
    parent = os.getpid()

    def fn(item):
        if os.getpid() != parent:
            (tmp_path / "writing").write_text(str(os.getpid()))
            os.replace(tmp_path / "writing", marker)        # (whole when seen: the parent kills us then)
            time.sleep(3600)
        _wait_for(marker)
        raise MemoryError("the parent's item")
    with pytest.raises(MemoryError):
        forked.map_shared(fn, [1, 2, 3])
    child = int(marker.read_text())
    with pytest.raises(ChildProcessError):          # ended and reaped: no longer this process's child
        os.waitpid(child, os.WNOHANG)


@pytest.mark.parametrize("workers, min_rows, rows, cpus, expected", [
    (None, 2000, 5000, 2, True),        # default: two CPUs and enough rows
    (None, 2000, 5000, 1, False),       # one CPU
    (None, 2000, 1999, 2, False),       # too few rows
    (None, None, 10 ** 6, 8, False),    # never
    (1, 0, 5000, 8, False),             # the setting says one
    (2, 0, 10, 1, True),                # the setting says two, whatever the machine
])
def test_when_the_rows_are_parsed_by_two(workers, min_rows, rows, cpus, expected):
    assert forked.use_child(workers, min_rows, rows, cpus) is expected


def test_the_models_pickle_as_they_were():
    when = datetime(2026, 7, 1, 18, tzinfo=timezone.utc)
    row = EventRow(source=SourceRef("Fire", 12), title="CPR", start=when, end=when, all_day=False,
                   department="Fire", lead="Fire", partners=("Police",), text_partners=("Parks and Recreation",),
                   exdates=(date(2026, 7, 8),), point=(36.0, -78.9))
    issue = RowIssue("Fire", 12, "Title", "CPR", "p", "a", Severity.ERROR)
    for value in (row, row.source, issue):
        back = pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == value and type(back) is type(value)
        assert all(getattr(back, f.name) == getattr(value, f.name) for f in fields(value))
    back = pickle.loads(pickle.dumps(row))
    assert back.departments == ("Fire", "Police", "Parks and Recreation") and back.source.label == "Fire!12"
    assert CombinedEvent.__reduce__ is not object.__reduce__ and RecordEntry.__reduce__ is not object.__reduce__


def _city(folder, workers: int, report_workers: int = 1) -> object:
    write_bench_workbook(3000, folder, date(2026, 12, 1))
    data = yaml.safe_load((folder / "config.yaml").read_text())
    data["performance"] = {"parse_workers": workers, "parse_min_rows": 0, "report_workers": report_workers}
    (folder / "config.yaml").write_text(yaml.safe_dump(data))
    return load_config(folder / "config.yaml")


def test_a_whole_sync_publishes_the_same_either_way(tmp_path, monkeypatch):
    started = []
    real = forked.map_shared
    monkeypatch.setattr(forked, "map_shared", lambda fn, items: started.append(len(items)) or real(fn, items))
    now = datetime(2026, 12, 1, 12, tzinfo=timezone.utc)
    one, two = _city(tmp_path / "one", 1), _city(tmp_path / "two", 2)
    a = run_sync(one, now=now)
    assert not started
    b = run_sync(two, now=now)
    assert len(started) == 1 and started[0] >= 6      # 3,000 rows in six tabs: a part or more each
    assert _published(one.out_dir) == _published(two.out_dir)
    assert _record(one.out_dir) == _record(two.out_dir)
    drop = ("out_dir", "tabs_written_to", "timings", "out_bytes", "out_files")
    assert {k: v for k, v in a.items() if k not in drop} == {k: v for k, v in b.items() if k not in drop}


@pytest.mark.parametrize("workers, between", [(2, ("finished parse", "started merge")),
                                              (1, ("started read", "started parse"))])
def test_the_report_worker_starts_once_a_forked_parse_is_done(tmp_path, monkeypatch, workers, between):
    # (its start-up would take the core the forked child parses on; with one process parsing,
    # it overlaps the parse as before)
    events = []
    real = pipeline._early_worker
    monkeypatch.setattr(pipeline, "_early_worker", lambda *args: events.append("worker") or real(*args))
    config = _city(tmp_path, workers, report_workers=2)
    with listening(lambda event, name: events.append(f"{event} {name}")):
        run_sync(config, now=datetime(2026, 12, 1, 12, tzinfo=timezone.utc))
    assert events.count("worker") == 1
    assert events.index(between[0]) < events.index("worker") < events.index(between[1])


ORPHAN = """
import os, sys, time
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from sheets_sync import forked
parent, marker = os.getpid(), Path(sys.argv[1])
def fn(item):
    if os.getpid() != parent and not marker.exists():
        (marker.parent / "writing").write_text(str(os.getpid()))
        os.replace(marker.parent / "writing", marker)
    time.sleep(0.2)
    return item
forked.map_shared(fn, list(range(1000)))       # 100 s of items each, were nobody to stop
"""


def test_a_child_whose_sync_is_killed_alone_stops(tmp_path):
    marker = tmp_path / "child"
    sync = subprocess.Popen([sys.executable, "-c", ORPHAN, str(marker), str(ROOT)])
    try:
        _wait_for(marker)
        child = int(marker.read_text())
        os.kill(sync.pid, signal.SIGKILL)          # the sync alone, not its process group
        sync.wait(timeout=120)
        deadline = time.monotonic() + 60           # one item is 0.2 s; all of them would be 100 s
        while time.monotonic() < deadline and _alive(child):
            time.sleep(0.1)
        assert not _alive(child)
    finally:
        sync.kill()


def _alive(pid: int) -> bool:
    """``pid`` runs (not a zombie: an orphan is reaped by init, but a subreaper may hold it)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
