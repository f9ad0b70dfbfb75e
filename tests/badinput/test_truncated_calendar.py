"""Second verifier on input edits, finding 3: a calendar file cut short (a download or export
that stopped half-way) used to stop the sync with icalendar's own text, which quotes the file's
bytes and says nothing staff can act on. The error now says what the file is, what is wrong in
plain words and what to do, with the parser's detail short at the end; a file the parser
accepts although it is cut inside an event is caught too. Real icalendar, real files."""
from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import icalendar
import pytest

from sheets_sync.backends import SourceError
from sheets_sync.backends.ics_source import CalendarUnreadable, read_calendar
from sheets_sync.config import config_from_dict
from sheets_sync.doctor import FAIL, check_calendars
from sheets_sync.pipeline import run_sync
from tests.conftest import ROOT, base_config_dict

REAL = ROOT / "tests" / "data" / "realdata" / "durham_parks_rec.ics"
WHOLE = REAL.read_bytes()
CUT = "it may have been cut short while downloading or exporting; export it again"


def cut_mid_event(data: bytes) -> bytes:
    """The file up to the middle of its last VEVENT (after its BEGIN line and one more)."""
    begin = data.rindex(b"BEGIN:VEVENT")
    return data[:data.index(b"\n", data.index(b"\n", begin) + 1) + 1]


def read_calendar_at(folder, data: bytes):
    """``data`` saved as ``parks.ics`` in ``folder``, read as a sync reads it."""
    path = folder / "parks.ics"
    path.write_bytes(data)
    return read_calendar(path, "Parks and Recreation", ZoneInfo("America/New_York"),
                         window=(date(2000, 1, 1), date(2100, 1, 1)))


def test_the_real_file_is_whole(tmp_path):
    assert len(read_calendar_at(tmp_path, WHOLE).rows) > 0


@pytest.mark.parametrize("cut,problem", [
    (lambda d: d[:d.rindex(b"END:VCALENDAR")], "the file ends before END:VCALENDAR \u2014 " + CUT),
    (cut_mid_event, "the file ends in the middle of an event (the one begun on line"),
    (lambda d: b"", "the file is empty \u2014 " + CUT),
])
def test_a_file_cut_short_says_so_in_plain_words(tmp_path, cut, problem):
    data = cut(WHOLE)
    with pytest.raises(ValueError):                  # icalendar refuses it, with its own text
        icalendar.Calendar.from_ical(data)
    with pytest.raises(CalendarUnreadable) as caught:
        read_calendar_at(tmp_path, data)
    message = str(caught.value)
    assert message.startswith("calendar file ") and "parks.ics: " in message
    assert problem in caught.value.problem and caught.value.problem.endswith(CUT)
    # the parser's detail is last and short, without the file's bytes it quotes
    assert message.endswith(f"(parser: {caught.value.detail})") and 0 < len(caught.value.detail) <= 80
    assert "BEGIN:VCALENDAR" not in caught.value.detail


@pytest.mark.parametrize("edit,problem", [
    (lambda d: d.rstrip()[:-3], "the file ends before END:VCALENDAR"),                  # ... END:VCALEN
    (lambda d: d[:d.rindex(b"END:VEVENT") + 7] + b"\r\nEND:VCALENDAR\r\n",             # ... END:VEV
     "reads END:VEV where END:VEVENT was expected, so the file is damaged"),
])
def test_a_file_the_parser_accepts_leniently_is_caught_too(tmp_path, edit, problem):
    data = edit(WHOLE)
    icalendar.Calendar.from_ical(data)               # the parser reads it without a word
    with pytest.raises(CalendarUnreadable) as caught:
        read_calendar_at(tmp_path, data)
    assert problem in caught.value.problem and caught.value.problem.endswith(CUT)
    assert caught.value.detail == "" and "(parser:" not in str(caught.value)


def test_an_event_never_ended_is_named_by_its_line(tmp_path):
    data = cut_mid_event(WHOLE) + b"END:VCALENDAR\r\n"
    begun = WHOLE[:WHOLE.rindex(b"BEGIN:VEVENT")].count(b"\n") + 1
    with pytest.raises(CalendarUnreadable) as caught:
        read_calendar_at(tmp_path, data)
    assert f"the file ends in the middle of an event (the one begun on line {begun})" in caught.value.problem


def calendar_config(tmp_path):
    data = base_config_dict(tmp_path)
    data["source"]["calendars"] = [{"file": str(tmp_path / "parks.ics"), "department": "Parks and Recreation"}]
    return config_from_dict(data, base_dir=tmp_path)


def test_doctor_and_sync_both_show_it(tmp_path, make_workbook):
    make_workbook({"Police": [["Title", "Start Date", "Start Time"], ["Walk", "8/6/2025", "5pm"]]})
    (tmp_path / "parks.ics").write_bytes(WHOLE[:WHOLE.rindex(b"END:VCALENDAR")])
    config = calendar_config(tmp_path)
    (finding,) = check_calendars(config)
    assert finding.level == FAIL and "parks.ics" in finding.message and "source.calendars.0" in finding.message
    assert "the file ends before END:VCALENDAR \u2014 " + CUT in finding.message
    assert finding.message.index("export it again") < finding.message.index("(parser: ")
    with pytest.raises(SourceError) as caught:
        run_sync(config, now=datetime(2025, 8, 1, 12, tzinfo=timezone.utc))
    assert "parks.ics: the file ends before END:VCALENDAR \u2014 " + CUT in str(caught.value)
