"""Issue 16: an event at 2:30 AM on the spring-forward day (America/New_York, 2025-03-09,
clocks jump 02:00 EST → 03:00 EDT) must not be published with zero length.

RFC 5545 §3.3.5: a local time in the gap is read with the UTC offset from before the gap, so
02:30 is 07:30Z = 03:30 EDT — and a typed end of 03:30 is the same instant. The sync keeps the
typed length after the moved start (03:30–04:30 EDT) and says so in a warning; an end still
after the moved start is kept as typed. Checked with three independent parsers."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import icalendar
import openpyxl
import vobject
from ical.calendar_stream import IcsCalendarStream

from sheets_sync.pipeline import run_sync

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility"]
NOW = datetime(2025, 3, 1, 12, tzinfo=timezone.utc)
Z = timezone.utc
# title → (start, end) in UTC, worked out by hand from the offsets: EST = UTC-5, EDT = UTC-4
EXPECTED = {
    "Gap start, end at 3:30": (datetime(2025, 3, 9, 7, 30, tzinfo=Z), datetime(2025, 3, 9, 8, 30, tzinfo=Z)),
    "Gap start, no end": (datetime(2025, 3, 9, 7, 30, tzinfo=Z), datetime(2025, 3, 9, 8, 30, tzinfo=Z)),
    "Gap start, end at 4:00": (datetime(2025, 3, 9, 7, 30, tzinfo=Z), datetime(2025, 3, 9, 8, 0, tzinfo=Z)),
    "Before the gap": (datetime(2025, 3, 9, 6, 30, tzinfo=Z), datetime(2025, 3, 9, 7, 30, tzinfo=Z)),
}


def test_spring_forward_events_have_a_defined_length(config, make_workbook):
    make_workbook({"Police": [H,
        ["Gap start, end at 3:30", "3/9/2025", "2:30 AM", "3:30 AM", "Station 1", "Public"],
        ["Gap start, no end", "3/9/2025", "2:30 AM", None, "Station 2", "Public"],
        ["Gap start, end at 4:00", "3/9/2025", "2:30 AM", "4:00 AM", "Station 3", "Public"],
        ["Before the gap", "3/9/2025", "1:30 AM", "2:30 AM", "Station 4", "Public"]]})
    run_sync(config, now=NOW)
    data = (config.out_dir / "public/calendar.ics").read_bytes()

    cal = icalendar.Calendar.from_ical(data)
    got = {str(e["SUMMARY"]): (e.decoded("DTSTART").astimezone(Z), e.decoded("DTEND").astimezone(Z))
           for e in cal.walk("VEVENT")}
    assert got == EXPECTED

    parsed = vobject.readOne(data.decode("utf-8"))
    got = {e.summary.value: (e.dtstart.value.astimezone(Z), e.dtend.value.astimezone(Z))
           for e in parsed.vevent_list}
    assert got == EXPECTED

    stream = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    got = {e.summary: (e.dtstart.astimezone(Z), e.end.astimezone(Z)) for e in stream.timeline}
    assert got == EXPECTED
    assert all(end - start > timedelta(0) for start, end in got.values())

    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    lines = [r for r in wb["Validation"].iter_rows(values_only=True)][1:]
    wb.close()
    length = {r[2]: r[5] for r in lines if "as long as typed" in str(r[5])}
    assert set(length) == {2, 3}                       # the two rows that would last no time
    assert "published 03:30–04:30" in length[2] and "published 03:30–04:30" in length[3]
    gap = [r[2] for r in lines if r[3] == "Start Time" and "does not exist" in str(r[5])]
    assert sorted(gap) == [2, 3, 4]


def test_the_zero_length_warning_shows_the_cell_as_typed(config, make_workbook):
    """The Validation line names the cell staff typed and its value (v3 verification): the End
    Time as typed ("3:30 AM"), or the Start Time when there is no End Time — not a computed
    "2025-03-09 02:30" under End Time for a row whose End Time is blank."""
    make_workbook({"Police": [H,
        ["Gap start, end at 3:30", "3/9/2025", "2:30 AM", "3:30 AM", "Station 1", "Public"],
        ["Gap start, no end", "3/9/2025", "2:30 AM", None, "Station 2", "Public"]]})
    run_sync(config, now=NOW)
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    lines = [r for r in wb["Validation"].iter_rows(values_only=True)][1:]
    wb.close()
    cells = {r[2]: (r[3], r[4]) for r in lines if "as long as typed" in str(r[5])}
    assert cells == {2: ("End Time", "3:30 AM"), 3: ("Start Time", "2:30 AM")}
