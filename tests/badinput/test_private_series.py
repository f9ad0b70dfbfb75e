"""A moved occurrence of a private calendar series stays private (a fresh verifier's finding).

Outlook and Google write a moved session of a series as a second VEVENT with the series' UID
and a RECURRENCE-ID, often without the series' ``CLASS:PRIVATE`` line. It is an occurrence of
the same series (RFC 5545 §3.8.4.4), so it stays Internal like the rest: no word of it may reach
a public file. The fixture (``tests/data/calendars/private_series_override.ics``, an Outlook
shape) marks every private text with ``SECRET``: a weekly private series with one moved
session lacking CLASS, a ``CLASS:confidential`` event, and "Coffee with a Cop" marked private
only by Outlook's ``X-MICROSOFT-CDO-SENSITIVITY:2`` (OlSensitivity: 2 Private, 3 Confidential).
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from sheets_sync.config import config_from_dict
from sheets_sync.pipeline import run_sync
from tests.conftest import base_config_dict, write_workbook

FIXTURE = Path(__file__).parents[1] / "data" / "calendars" / "private_series_override.ics"
H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility"]


def test_a_moved_session_without_class_of_a_private_series_reaches_no_public_file(tmp_path):
    text = FIXTURE.read_text(encoding="utf-8")
    assert "RECURRENCE-ID" in text and text.count("SECRET") == 5      # the fixture is what it says
    write_workbook(tmp_path / "intake.xlsx", {"Police": [H, ["Bike Patrol Demo", "1/8/2027", "10am", "11am",
                                                           "City Hall", "Public"]]})
    data = base_config_dict(tmp_path)
    data["source"]["calendars"] = [{"file": str(FIXTURE), "department": "Police", "visibility": "Public"}]
    config = config_from_dict(data, base_dir=tmp_path)
    summary = run_sync(config, now=datetime(2027, 1, 1, 12, tzinfo=timezone.utc))
    public = [p for p in (config.out_dir / "public").rglob("*") if p.is_file()]
    assert public and summary["events"] == 7          # 4 private sessions, 1 confidential, 1 Outlook-private, 1 public
    leaked = [p.name for p in public if b"SECRET" in p.read_bytes()]
    assert leaked == []
    feed = (config.out_dir / "public" / "calendar.ics").read_text(encoding="utf-8")
    assert "Bike Patrol Demo" in feed
    assert not [p.name for p in public if b"Coffee with a Cop" in p.read_bytes()]


@pytest.mark.parametrize("marker", ["CLASS:X-PERSONAL", "CLASS:SECRET-ISH", "X-MICROSOFT-CDO-SENSITIVITY:Private",
                                    "X-MICROSOFT-CDO-SENSITIVITY:3"])
def test_an_unknown_class_or_outlook_private_marker_keeps_the_event_internal(tmp_path, marker):
    """RFC 5545 §3.8.1.3: a CLASS value not recognised is treated as PRIVATE (a third fresh
    verifier: CLASS:X-PERSONAL was published); Outlook's sensitivity word or number too."""
    cal = tmp_path / "parks.ics"
    cal.write_text("\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
        "BEGIN:VEVENT", "UID:moose@example.org", "DTSTAMP:20261201T000000Z",
        "DTSTART;VALUE=DATE:20270114", "SUMMARY:MOOSE walk", marker, "END:VEVENT",
        "BEGIN:VEVENT", "UID:open@example.org", "DTSTAMP:20261201T000000Z",
        "DTSTART;VALUE=DATE:20270115", "SUMMARY:Open walk", "CLASS:PUBLIC", "END:VEVENT",
        "END:VCALENDAR", ""]), encoding="utf-8")
    write_workbook(tmp_path / "intake.xlsx", {"Police": [H]})
    data = base_config_dict(tmp_path)
    data["source"]["calendars"] = [{"file": str(cal), "department": "Parks and Recreation", "visibility": "Public"}]
    config = config_from_dict(data, base_dir=tmp_path)
    run_sync(config, now=datetime(2027, 1, 1, 12, tzinfo=timezone.utc))
    public = [p for p in (config.out_dir / "public").rglob("*") if p.is_file()]
    assert not [p.name for p in public if b"MOOSE" in p.read_bytes()]
    assert "Open walk" in (config.out_dir / "public" / "calendar.ics").read_text(encoding="utf-8")
