"""`doctor` checks each `source.calendars` file (verifier's finding, stop 27): a missing or
unreadable export stops every sync, so doctor fails on it; an export with no event is a warning.
Real config files and real .ics exports (Durham's, from tests/data/realdata)."""
from __future__ import annotations

import shutil

import icalendar

from sheets_sync.doctor import FAIL, OK, WARN, check_calendars
from sheets_sync.config import load_config
from tests.conftest import ROOT

DURHAM = ROOT / "tests" / "data" / "realdata" / "durham_parks_rec.ics"


def _config(folder, files):
    lines = ["timezone: America/New_York", "departments:", "  - name: Police",
             "  - name: Parks and Recreation", "source:", "  kind: workbook",
             "  workbook: intake.xlsx", "  calendars:" if files else "  calendars: []"]
    for name in files:
        lines += [f"    - file: {name}", "      department: Parks and Recreation"]
    (folder / "config.yaml").write_text("\n".join(lines) + "\n")
    return load_config(folder / "config.yaml")


def test_each_calendar_file_is_checked_and_named(tmp_path):
    shutil.copy(DURHAM, tmp_path / "parks.ics")
    (tmp_path / "empty.ics").write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
                                         b"END:VCALENDAR\r\n")
    (tmp_path / "page.ics").write_text("<html><body>Sign in</body></html>")
    (tmp_path / "binary.ics").write_bytes(bytes(range(256)) * 40)
    config = _config(tmp_path, ["parks.ics", "missing.ics", "empty.ics", "page.ics", "binary.ics"])
    found = check_calendars(config)
    assert [f.level for f in found] == [OK, FAIL, WARN, FAIL, FAIL]
    assert all(f.area == "source" for f in found)
    expected = len(icalendar.Calendar.from_ical(DURHAM.read_bytes()).walk("VEVENT"))
    assert f"holds {expected:,} events" in found[0].message and "parks.ics" in found[0].message
    assert "source.calendars.1" in found[1].message and "missing.ics" in found[1].message
    assert "cannot be read" in found[1].message
    assert "holds no events" in found[2].message and "empty.ics" in found[2].message
    assert "not an iCalendar file" in found[3].message and "page.ics" in found[3].message
    assert "not an iCalendar file" in found[4].message and found[4].message.isprintable()
    assert len(found[4].message) < 400         # the file's bytes are not echoed to the terminal


def test_no_calendars_no_finding(tmp_path):
    assert check_calendars(_config(tmp_path, [])) == []
