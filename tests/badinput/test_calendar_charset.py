"""A fresh city's check: a department re-saved its calendar export on a Windows machine. Saved
as "ANSI" (Windows-1252) every accented letter, dash and curly quote had been published as
U+FFFD with no word, raising SEQUENCE so every subscriber took the garbled text; saved as
"Unicode" (UTF-16) the sync refused it as "not an iCalendar file (a web page …?)". RFC 5545
(3.1.4) says calendar files are UTF-8; the others are read now, the Windows code page with a
warning. Real Bloomington export, real icalendar."""
from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from sheets_sync.backends.ics_source import read_calendar
from tests.conftest import ROOT

REAL = ROOT / "tests" / "data" / "realdata" / "gcal_bloomington_in_gov_department_events.ics"
TEXT = REAL.read_bytes().decode("utf-8")


def read(folder, data: bytes):
    path = folder / "events.ics"
    path.write_bytes(data)
    return read_calendar(path, "Community Safety", ZoneInfo("America/Indiana/Indianapolis"),
                         window=(date(2024, 1, 1), date(2028, 1, 1)))


def cells(tab, column: str) -> list[str]:
    at = tab.header.index(column)
    return [row[at] for row in tab.rows]


def test_a_unicode_export_reads_as_the_utf8_one(tmp_path):
    original = read(tmp_path, TEXT.encode("utf-8"))
    for codec in ("utf-16", "utf-16-be", "utf-32", "utf-16-le"):     # (the last with no byte-order mark)
        data = b"\xfe\xff" + TEXT.encode(codec) if codec == "utf-16-be" else TEXT.encode(codec)
        again = read(tmp_path, data)
        assert again.rows == original.rows, codec
        assert [i.problem for i in again.notes] == [i.problem for i in original.notes]


def test_a_windows_1252_export_keeps_its_accents_and_says_so(tmp_path):
    # (the file's few characters Windows-1252 lacks, a stray U+FEFF and "●", are dropped first)
    kept = TEXT.encode("cp1252", errors="ignore").decode("cp1252")
    assert "Morgenstern Books & Café" in kept and "–" in kept and "’" in kept
    original = read(tmp_path, kept.encode("utf-8"))
    again = read(tmp_path, kept.encode("cp1252"))
    assert again.rows == original.rows
    locations = cells(again, "Location")
    assert any("Morgenstern Books & Café" in loc for loc in locations)
    assert not any("\ufffd" in str(cell) for row in again.rows for cell in row)
    new = [i for i in again.notes if i not in original.notes]
    assert [(i.row, i.column, i.value) for i in new] == [(1, "(calendar)", "Windows-1252")]
    assert "not UTF-8" in new[0].problem and "UTF-8" in new[0].action


def test_a_file_with_no_event_in_the_feed_window_says_so(tmp_path, make_workbook):
    """A new city's check: Apple's real export (4 events, 2022) read as no row and no word in
    a 2027 sync, while ``doctor`` counted its events. Now one warning names the window."""
    import icalendar
    import openpyxl

    from sheets_sync.config import config_from_dict
    from sheets_sync.pipeline import run_sync
    from datetime import datetime, timezone
    from tests.conftest import base_config_dict
    real = (ROOT / "tests" / "data" / "realdata" / "tentative-apple-calendar.ics").read_bytes()
    held = len(icalendar.Calendar.from_ical(real).walk("VEVENT"))
    (tmp_path / "apple.ics").write_bytes(real)
    make_workbook({"Police": [["Title", "Start Date", "Start Time"], ["Walk", "8/6/2027", "5pm"]]})
    data = base_config_dict(tmp_path)
    data["source"]["calendars"] = [{"file": str(tmp_path / "apple.ics"), "department": "Fire"}]
    data["feed"]["past_days"] = 400                 # (the default: its events are of 2022)
    config = config_from_dict(data, base_dir=tmp_path)
    run_sync(config, now=datetime(2027, 8, 1, 12, tzinfo=timezone.utc))
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    header, *rows = list(wb["Validation"].iter_rows(values_only=True))
    lines = [v for v in (dict(zip(header, r)) for r in rows) if v["Tab"] == "apple.ics"]
    assert len(lines) == 1 and lines[0]["Value"] == f"{held} events"
    assert f"the file holds {held} events but none from " in lines[0]["Problem"]
    assert "feed.past_days" in lines[0]["What to do"]
