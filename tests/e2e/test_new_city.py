"""Acceptance (issue 12): from an empty folder to a live calendar under the production server.

`init` with flags and no terminal → staff fill rows in the generated template (openpyxl) →
`sync --strict` → `serve` (waitress) in its own process on a free loopback port → `/`, a
feed and `/healthz` answer — and nothing of the Durham configuration shipped with the
project appears in the generated config or in any output.
"""
from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import yaml

from tests.conftest import ROOT

BASE_URL = "https://events.springfield.example"


def durham_values() -> list[str]:
    """Every city-specific value of the shipped (Durham) config.yaml, read from it."""
    shipped = yaml.safe_load((ROOT / "config.yaml").read_text())
    values = {"durham", shipped["site"]["title"], shipped["site"]["uid_domain"],
              shipped["source"]["workbook"]}
    values |= {c["file"] for c in shipped["source"].get("calendars", [])}
    for dept in shipped["departments"]:
        # the local abbreviations (DPD, DFD, DCSD, DECC) and every "Durham ..." spelling
        values |= {a for a in dept["aliases"] if "durham" in a.lower() or re.fullmatch(r"D[A-Z]{2,3}", a)}
    return sorted(values, key=str.lower)


def _find_durham(text: str, where: str) -> list[str]:
    found = []
    for value in durham_values():
        pattern = re.escape(value) if len(value) > 4 else rf"\b{re.escape(value)}\b"
        if re.search(pattern, text, re.IGNORECASE):
            found.append(f"{value!r} in {where}")
    return found


def _cli(folder: Path, *args: str, check=True) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SAFETY_EVENTS_CONFIG", None)
    done = subprocess.run([sys.executable, "-m", "sheets_sync.cli", *args], cwd=folder, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300)
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


def _fill(workbook: Path, today: date) -> None:
    wb = openpyxl.load_workbook(workbook)

    def add(tab: str, **values):
        ws = wb[tab]
        header = [c.value for c in ws[1]]
        ws.append([values.get(h) for h in header])

    add("Police", **{"Title": "Neighborhood Watch Kickoff", "Start Date": today + timedelta(days=5),
                     "Start Time": "6pm", "End Time": "8pm", "Location": "Lincoln Park Shelter",
                     "Partner Departments": "SFD", "Visibility": "Public", "Event Type": "Community Meeting"})
    add("Fire", **{"Title": "Smoke Alarm Install Day", "Start Date": today + timedelta(days=12),
                   "Start Time": "9:00 AM", "Location": "Oak Street Firehouse", "Visibility": "Public",
                   "Event Type": "Smoke Alarm Install"})
    add("Fire", **{"Title": "Command Staff Tabletop", "Start Date": today + timedelta(days=3),
                   "Start Time": "2pm", "Visibility": "Internal", "Contact": "Chief Marker 555-0100"})
    wb.save(workbook)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def _texts(out: Path) -> dict[str, str]:
    """Every output file as text (workbooks cell by cell, the SQLite record as bytes)."""
    texts = {}
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        if path.suffix == ".xlsx":
            wb = openpyxl.load_workbook(path)
            texts[str(path)] = "\n".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True)
                                         for v in row if v is not None)
        elif path.suffix != ".png":
            texts[str(path)] = path.read_bytes().decode("utf-8", "replace")
    return texts


def test_a_new_city_from_an_empty_folder_to_a_served_calendar(tmp_path):
    folder = tmp_path / "springfield"
    folder.mkdir()
    init = _cli(folder, "init", "--city", "Springfield", "--timezone", "America/Chicago",
                "--fiscal-year-start", "10", "--department", "Police:SPD,Springfield Police",
                "--department", "Fire:SFD", "--department", "Parks:Parks Dept", "--base-url", BASE_URL)
    assert "Created tabs: Police, Fire, Parks, Assistance Offers" in init.stdout
    assert sorted(p.name for p in folder.iterdir()) == ["config.yaml", "intake.xlsx"]
    config_text = (folder / "config.yaml").read_text()
    assert _find_durham(config_text, "config.yaml") == []

    today = date.today()
    _fill(folder / "intake.xlsx", today)
    assert "error" not in _cli(folder, "check").stdout.lower()        # the Lists tab is not reported
    sync = _cli(folder, "sync", "--strict", "--json")
    summary = json.loads(sync.stdout)
    assert (summary["rows_read"], summary["events"], summary["joint_events"], summary["public_events"]) \
        == (3, 3, 1, 2)
    assert summary["config_warnings"] == [] and "WARNING" not in sync.stderr

    port = _free_port()
    log_path = tmp_path / "serve.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with log_path.open("w") as log:
        server = subprocess.Popen([sys.executable, "-m", "sheets_sync.cli", "serve", "--host", "127.0.0.1",
                                   "--port", str(port)], cwd=folder, env=env, stdin=subprocess.DEVNULL,
                                  stdout=log, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                status, _, body = _get(f"{base}/healthz")
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                assert server.poll() is None, log_path.read_text()
                assert time.monotonic() < deadline, "server did not answer in 60 s: " + log_path.read_text()
                time.sleep(0.3)
        assert status == 200, body
        status, headers, page = _get(f"{base}/")
        html = page.decode()
        assert status == 200
        assert "Springfield Community Safety Events" in html
        assert "Neighborhood Watch Kickoff" in html and "Smoke Alarm Install Day" in html
        assert "Command Staff Tabletop" not in html and "Chief Marker" not in html
        assert f"{BASE_URL}/calendar.ics" in html
        status, headers, feed = _get(f"{base}/calendar.ics")
        assert status == 200 and headers["Content-Type"].startswith("text/calendar")
        ics = feed.decode()
        assert ics.count("BEGIN:VEVENT") == 2 and "SUMMARY:Neighborhood Watch Kickoff" in ics
        assert "TZID=America/Chicago" in ics and "Command Staff" not in ics
        assert (folder / "out" / "public" / "calendar.ics").read_bytes() == feed
        served = {"/": html, "/calendar.ics": ics}
    finally:
        server.terminate()
        server.wait(timeout=30)
    output = log_path.read_text()
    assert "waitress" in output
    assert "development server" not in output.lower() and "\x1b[" not in output
    problems = [p for where, text in {**served, **_texts(folder / "out"), "server log": output}.items()
                for p in _find_durham(text, where)]
    assert problems == []


def test_the_durham_check_finds_durham_values():
    """The leak check above can fail: it finds the shipped config's own values."""
    text = (ROOT / "config.yaml").read_text()
    found = _find_durham(text, "shipped config")
    assert any("'durham'" in f for f in found) and any("'DPD'" in f for f in found)
    assert _find_durham("Springfield; SPD; MDPDX", "x") == []
