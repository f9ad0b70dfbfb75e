"""`safety-events doctor` (issue 12): a deployment checked end to end, each finding saying what
to fix, exit 0/1. Real config files, a real init + sync, a real record, the real sync lock and
the real site under `serve` on a loopback port."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import os
from datetime import date, datetime, timedelta, timezone

import pytest

from sheets_sync.config import load_config
from sheets_sync.doctor import FAIL, OK, WARN, check_site, diagnose, exit_code
from sheets_sync.lock import sync_lock
from tests.conftest import ROOT
from tests.e2e.test_new_city import _cli, _fill, _free_port
from tests.e2e.test_nginx_deploy import stop, wait_for


def levels(findings, area):
    return [f.level for f in findings if f.area == area]


def said(findings, area) -> str:
    return " | ".join(f.message for f in findings if f.area == area)


@pytest.fixture
def city(tmp_path):
    """A city set up with init, filled and synced once; its site's port is free."""
    folder = tmp_path / "springfield"
    folder.mkdir()
    port = _free_port()
    _cli(folder, "init", "--city", "Springfield", "--timezone", "America/Chicago",
         "--department", "Police:SPD", "--department", "Fire:SFD", "--base-url", f"http://127.0.0.1:{port}")
    _fill(folder / "intake.xlsx", date.today())
    _cli(folder, "sync")
    return folder, port


def test_no_config_says_which_command_creates_one(tmp_path):
    done = _cli(tmp_path, "doctor", check=False)
    assert done.returncode == 1
    assert "FAIL  config:" in done.stdout and "safety-events init" in done.stdout


def test_every_config_problem_is_its_own_finding(tmp_path):
    (tmp_path / "config.yaml").write_text("timezone: Mars/Olympus\nfiscal_year_start_month: 13\n"
                                          "departments:\n  - name: Police\n")
    findings = diagnose(tmp_path / "config.yaml", site=False)
    messages = [f.message for f in findings]
    assert [f.level for f in findings] == [FAIL] * len(findings) and len(findings) >= 2
    assert any("timezone" in m for m in messages) and any("fiscal_year_start_month" in m for m in messages)
    assert exit_code(findings) == 1


def test_a_synced_city_with_its_site_running_is_all_ok_but_the_loopback_url(city, tmp_path):
    folder, port = city
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        app = subprocess.Popen([sys.executable, "-m", "sheets_sync.cli", "serve", "--port", str(port)],
                               cwd=folder, env=env, stdin=subprocess.DEVNULL, stdout=out,
                               stderr=subprocess.STDOUT)
    try:
        wait_for(f"http://127.0.0.1:{port}/healthz", app, log, "serve")
        done = _cli(folder, "doctor", "--json", check=False)
    finally:
        stop(app)
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["exit"] == 0, done.stdout
    by_area = {}
    for f in report["findings"]:
        by_area.setdefault(f["area"], []).append(f)
    assert set(by_area) == {"config", "source", "output", "record", "sync", "lock", "site"}
    # the only warning: base_url is loopback (this test's site); everything else ok
    warnings = [f for f in report["findings"] if f["level"] != OK]
    assert [(f["level"], f["area"]) for f in warnings] == [(WARN, "config")]
    assert "site.base_url" in warnings[0]["message"]
    assert any("intake workbook" in f["message"] and "opens" in f["message"] for f in by_area["source"])
    assert by_area["site"][0]["message"].endswith("/healthz answers 200")
    record_events = sqlite3.connect(folder / "out/record.sqlite").execute("SELECT COUNT(*) FROM events").fetchone()[0]
    assert f"reads: {record_events} events" in by_area["record"][0]["message"] and record_events == 3   # _fill: 3 rows, 3 events

    # the site stopped: a loopback site that does not answer is a warning, not a failure
    findings = diagnose(folder / "config.yaml")
    assert levels(findings, "site") == [WARN] and "does not answer" in said(findings, "site")
    assert exit_code(findings) == 0


def test_stale_failed_running_and_damaged_are_reported(city):
    folder, _ = city
    config = folder / "config.yaml"
    stale = load_config(config).feed.stale_after_minutes
    later = datetime.now(timezone.utc) + timedelta(minutes=stale + 5)
    findings = diagnose(config, now=later, site=False)
    assert levels(findings, "sync") == [FAIL] and "feed.stale_after_minutes" in said(findings, "sync")

    with sync_lock(folder / "out"):                         # a sync running right now
        running = diagnose(config, site=False)
    assert levels(running, "lock") == [WARN] and f"pid {os.getpid()}" in said(running, "lock")
    assert levels(diagnose(config, site=False), "lock") == [OK]     # released with the lock

    (folder / "intake.xlsx").write_bytes(b"not a workbook")   # the next sync fails
    assert _cli(folder, "sync", check=False).returncode == 1
    findings = diagnose(config, site=False)
    assert levels(findings, "source") == [FAIL, OK] and "not a readable .xlsx" in said(findings, "source")
    assert levels(findings, "sync") == [FAIL] and "failed" in said(findings, "sync")
    assert _cli(folder, "doctor", "--no-site", check=False).returncode == 1

    record = folder / "out/record.sqlite"
    record.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert levels(diagnose(config, site=False), "record") == [FAIL]


def test_a_public_site_that_does_not_answer_fails(city):
    folder, _ = city
    config = load_config(folder / "config.yaml")
    public = config.model_copy(update={"site": config.site.model_copy(
        update={"base_url": "https://events.springfield.example"})})

    def unreachable(url, timeout):
        raise OSError("Name or service not known")
    (finding,) = check_site(public, get=unreachable)
    assert finding.level == FAIL and finding.message.startswith(
        "https://events.springfield.example/healthz does not answer")
    (finding,) = check_site(public, get=lambda url, timeout: 503)
    assert finding.level == FAIL and "stale" in finding.message


def test_doctor_leaves_nothing_beside_the_record(city):
    """doctor reads the record: no ``record.sqlite-wal``/``-shm`` left in out/ after it."""
    folder, _ = city
    out = folder / "out"
    assert not list(out.glob("record.sqlite-*"))             # the sync closed it cleanly
    findings = diagnose(folder / "config.yaml", site=False)
    assert levels(findings, "record")[0] == OK
    assert not list(out.glob("record.sqlite-*"))
