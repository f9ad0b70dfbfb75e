"""Fixtures for the ICS conformance suite: a tricky workbook synced for real, Mozilla's
ical.js run with node, and a Radicale CalDAV server on 127.0.0.1."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from sheets_sync.config import config_from_dict
from sheets_sync.model import CANONICAL_COLUMNS
from sheets_sync.pipeline import run_sync
from tests.conftest import ROOT, base_config_dict, write_workbook

NOW = datetime(2025, 8, 15, 12, tzinfo=timezone.utc)
JS = ROOT / "tests" / "js"
LONG = ("Aprenda a usar un extintor, a revisar las alarmas de humo y a planear la salida de su "
        "casa — ¡traiga a su familia! 🚒🔥 Learn to use an extinguisher; check smoke alarms, "
        "plan two ways out. ")
LONG_DESCRIPTION = (LONG * 20)[:2000]
COMMA_URL = "https://example.org/register?ids=1,2,3&lang=es;x=a,b"


def row(**values) -> list:
    return [values.get(c.lower().replace(" ", "_").replace("(", "").replace(")", "")) for c in CANONICAL_COLUMNS]


def tricky_workbook() -> dict[str, list[list]]:
    """Every shape of event a feed must survive. Titles are unique so tests can find them."""
    header = list(CANONICAL_COLUMNS)
    return {
        "Fire": [header,
            row(event_id="F-1", title="CPR Class", start_date="9/10/2025", start_time="6pm", end_time="8pm",
                location="Station 1", event_type="CPR Class", visibility="Public"),
            row(event_id="F-2", title="Hands-Only CPR with Police", start_date="9/17/2025", start_time="6pm",
                end_time="7:30pm", partner_departments="Police", event_type="CPR Class",
                visibility="Public", location="Station 4"),
            row(event_id="F-3", title="Smoke Alarm Day", start_date="10/4/2025", partner_departments="Police",
                event_type="Smoke Alarm Install", visibility="Public", location="Walltown"),
            row(event_id="F-4", title="Youth Fire Academy", start_date="9/6/2025", start_time="10am",
                end_time="noon", partner_departments="Parks and Recreation", event_type="Youth Program",
                repeats="every 2 weeks for 6 times", visibility="Public"),
            row(event_id="F-5", title="Open House at Station 1", start_date="9/15/2025", start_time="4pm",
                end_time="6pm", event_type="Open House", repeats="monthly on the 15th until 6/15/2026",
                visibility="Public", registration_url=COMMA_URL),
            row(event_id="F-6", title="Overnight Ride-along", start_date="11/2/2025", start_time="1:30 AM",
                end_time="2:45 AM", visibility="Public", event_type="Other"),
            row(event_id="F-7", title="Spring Forward Drill", start_date="3/8/2026", start_time="2:30 AM",
                end_time="4:00 AM", visibility="Public", event_type="Other"),
        ],
        "Police": [header,
            row(event_id="P-1", title="Public Safety Week", start_date="10/6/2025", end_date="10/10/2025",
                partner_departments="Fire; DCSD; 911; Emergency Management; DPR", visibility="Public",
                event_type="Festival"),
            row(event_id="P-2", title="Neighborhood Watch Meeting", start_date="9/2/2025", start_time="7pm",
                end_time="8pm", repeats="first Tuesday of each month for 12 times",
                event_type="Community Meeting", visibility="Public"),
            row(event_id="P-3", title="Cancelled Cookout", start_date="9/20/2025", start_time="5pm",
                status="Cancelled", visibility="Public", event_type="Other"),
            row(event_id="P-4", title="Town Hall: Fire, Police; and You", start_date="9/25/2025",
                start_time="6:30pm", end_time="8pm", location="City Hall, Room 2A; 101 City Hall Plaza",
                description="Line one\nLine two, with commas; and semicolons\\ and a backslash",
                event_type="Town Hall", visibility="Public", partner_departments="Fire"),
            row(event_id="P-5", title="Staff Planning Huddle", start_date="9/3/2025", start_time="9am",
                visibility="Internal", contact="Sgt. Example 919-555-0199", internal_notes="NOTE-XYZZY"),
            row(event_id="P-6", title="Farmers Market Safety Booth", start_date="9/6/2025",
                repeats="every Saturday for 10 times except 10/4/2025", visibility="Public",
                event_type="Safety Education"),
        ],
        "Community Safety": [header,
            row(event_id="C-1", title="Seguridad en español 🚒", title_spanish="Seguridad en español 🚒",
                start_date="9/2/2025", start_time="6pm", end_time="7:30pm",
                repeats="every Tuesday until 12/30/2025 except 11/25/2025 and 12/23/2025",
                partner_departments="Fire", event_type="Safety Education", language="Español",
                description="Clases en español: ¿cómo prevenir incendios? Niños y niñas bienvenidos. 👩‍🚒",
                location="Biblioteca Sur, Sala B", visibility="Public"),
            row(event_id="C-2", title="Emergency Preparedness Briefing", start_date="11/12/2025",
                start_time="10am", end_time="11am", description=LONG_DESCRIPTION, visibility="Public",
                event_type="Safety Education"),
        ],
    }


def sync_into(folder: Path, tabs: dict, now: datetime = NOW):
    config = config_from_dict(base_config_dict(folder), base_dir=folder)
    write_workbook(folder / "intake.xlsx", tabs)
    summary = run_sync(config, now=now)
    return config, summary


@pytest.fixture(scope="package")
def published(tmp_path_factory):
    """The tricky workbook synced once: ``(config, summary)``."""
    return sync_into(tmp_path_factory.mktemp("tricky"), tricky_workbook())


def public_ics_files(config) -> list[Path]:
    return sorted((config.out_dir / "public").rglob("*.ics"))


def run_icaljs(path: Path, start: datetime, end: datetime) -> list[dict]:
    """Occurrences from Mozilla's ical.js (tests/js/expand.mjs) starting in [start, end)."""
    if not (JS / "node_modules" / "ical.js").exists():
        raise AssertionError("ical.js is not installed: run scripts/test.sh (it runs npm ci in tests/js)")
    out = subprocess.run(["node", str(JS / "expand.mjs"), str(path),
                          start.strftime("%Y-%m-%dT%H:%M:%SZ"), end.strftime("%Y-%m-%dT%H:%M:%SZ")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="package")
def radicale(tmp_path_factory):
    """A Radicale CalDAV server on 127.0.0.1 (no auth, temp storage); yields its base URL."""
    folder = tmp_path_factory.mktemp("radicale")
    port = _free_port()
    log = open(folder / "radicale.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "radicale", "--config", "",
                             "--server-hosts", f"127.0.0.1:{port}",
                             "--storage-filesystem-folder", str(folder / "collections"),
                             "--auth-type", "none", "--rights-type", "authenticated"],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise AssertionError("Radicale did not start: " + (folder / "radicale.log").read_text())
            time.sleep(0.1)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


def caldav_put(url: str, data: bytes) -> int:
    """PUT a whole calendar into a new collection as user ``tester``; the HTTP status."""
    request = urllib.request.Request(url, data=data, method="PUT", headers={
        "Content-Type": "text/calendar; charset=utf-8",
        "Authorization": "Basic dGVzdGVyOng="})           # tester:x (auth type none)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))   # never a proxy
    try:
        with opener.open(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def window(days: int = 365) -> tuple[datetime, datetime]:
    return NOW, NOW + timedelta(days=days)


def utc_key(value) -> str:
    """A start value as ical.js prints it: UTC ``YYYYMMDDTHHMMSSZ`` or a ``YYYYMMDD`` date."""
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    assert isinstance(value, date)
    return value.strftime("%Y%m%d")
