"""Cell parsers on the formats staff type, including real values from shared/realdata."""
import csv
from datetime import date, datetime, time

import pytest

from sheets_sync.parsing import (CellError, day_range, parse_date, parse_departments, parse_int, parse_time,
                                 parse_time_range, strip_html)
from tests.conftest import REALDATA


@pytest.mark.parametrize("value, expected", [
    (date(2025, 8, 5), (date(2025, 8, 5), None)),
    (datetime(2025, 8, 5, 18, 30), (date(2025, 8, 5), time(18, 30))),
    (datetime(2025, 8, 5), (date(2025, 8, 5), None)),
    (45874, (date(2025, 8, 5), None)),                       # day serial from 1899-12-30
    (45874.75, (date(2025, 8, 5), time(18, 0))),             # serial with time fraction
    ("45874", (date(2025, 8, 5), None)),
    ("2025-08-05", (date(2025, 8, 5), None)),
    ("8/5/2025", (date(2025, 8, 5), None)),                  # US month first
    ("Aug 5, 2025", (date(2025, 8, 5), None)),
    ("Tuesday, August 5, 2025", (date(2025, 8, 5), None)),
    ("05/05/2022 09:00:00 AM", (date(2022, 5, 5), time(9, 0))),   # NYC permits export
    (1471086000, (date(2016, 8, 13), time(11, 0))),          # King County epoch seconds
    ("8/4/2026 (Tue)", (date(2026, 8, 4), None)),            # a weekday in brackets (a fresh city's check)
    ("Aug 1, 2026 (Sat.)", (date(2026, 8, 1), None)),
])
def test_dates(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value, problem", [
    ("Aug 5", "no year"), ("TBD", "could not read"), ("", "blank"), (None, "blank"), (True, "not a date"),
])
def test_bad_dates_say_what_to_do(value, problem):
    with pytest.raises(CellError) as err:
        parse_date(value)
    assert problem in err.value.problem
    assert "8/5/2025" in err.value.action


@pytest.mark.parametrize("value, expected", [
    ("6pm", time(18)), ("6 PM", time(18)), ("6:30 PM", time(18, 30)), ("18:00", time(18)),
    ("noon", time(12)), ("Noon", time(12)), ("midnight", time(0)), ("6.30pm", time(18, 30)),
    (time(9, 15), time(9, 15)), (0.75, time(18)), ("10:00 a.m.", time(10)),
    # the shorthand staff type (a fresh verifier's finding: each rejected its whole row)
    ("5:30p", time(17, 30)), ("9a", time(9)), ("9 a.", time(9)), ("1730", time(17, 30)), ("0930", time(9, 30)),
    # police and fire write a 24-hour clock with "hrs" (a fresh city's check: each dropped its row),
    # and staff add a word or a note that changes nothing
    ("1800 hrs", time(18)), ("18:00 hrs", time(18)), ("1800hrs", time(18)), ("1810 HRS", time(18, 10)),
    ("900 hrs", time(9)), ("18h00", time(18)), ("0930 hours", time(9, 30)),
    ("6 PM (set up 5)", time(18)), ("6 pm sharp", time(18)), ("6pm-ish", time(18)), ("approx. 6pm", time(18)),
    ("approx 6 PM", time(18)), ("appx. 6pm", time(18)), ("ca. 6pm", time(18)),
    # … joined to the time, a question mark, "abt" (a helper's check: each row was rejected)
    ("11:30ish", time(11, 30)), ("6pmish", time(18)), ("6pm?", time(18)), ("abt 6pm", time(18)),
    # … the part of the day said in words (a helper's check: the row was rejected)
    ("10 in the morning", time(10)), ("7 o'clock in the evening", time(19)), ("9 at night", time(21)),
    ("2:30 in the afternoon", time(14, 30)),
    # … or the hour spelled out (a third helper's check)
    ("six thirty pm", time(18, 30)), ("half past six pm", time(18, 30)), ("ten in the morning", time(10)),
    ("seven o'clock in the evening", time(19)),
])
def test_times(value, expected):
    assert parse_time(value) == expected


@pytest.mark.parametrize("value", ["6", "six", "6ish", "6 pm finish", "soon", "25:00", "2400", "930", "a", "2027",
                                   "13p", "0p", "13pm",
                                   "2 hours", "1 hr", "2400 hrs", "6 o'clock"])
def test_bad_times(value):
    with pytest.raises(CellError):
        parse_time(value)


@pytest.mark.parametrize("value, expected", [
    ("4:30 - 7 PM", (time(16, 30), time(19))),
    ("6 PM -9 :30 PM", (time(18), time(21, 30))),
    ("4 PM - & 7 PM", (time(16), time(19))),
    ("**12 PM - 7 PM**", (time(12), time(19))),
    ("11 - 2 pm", (time(11), time(14))),
    ("6pm to 8pm", (time(18), time(20))),
    ("18:00–20:00", (time(18), time(20))),
    ("6pm", (time(18), None)),
    ("5:30p-8p", (time(17, 30), time(20))), ("10a - 2p", (time(10), time(14))), ("1730-1900", (time(17, 30), time(19))),
    ("1800-2000 hrs", (time(18), time(20))), ("0910 hrs - 1125 hrs", (time(9, 10), time(11, 25))),
])
def test_time_ranges(value, expected):
    assert parse_time_range(value) == expected


def test_every_real_pittsburgh_time_cell_parses_to_an_evening_range():
    with open(REALDATA / "pittsburgh_nno_2025_registered_events.csv", newline="", encoding="utf-8") as fh:
        cells = [r["time"] for r in csv.DictReader(fh) if r["time"].strip()]
    assert len(cells) >= 35
    for cell in cells:
        start, end = parse_time_range(cell)
        assert end is not None and start < end, cell
        assert time(10) <= start <= time(19), cell


LOOKUP = {"police": "Police", "dpd": "Police", "fire": "Fire", "dfd": "Fire", "heart": "Community Safety",
          "911": "Emergency Communications", "parks and recreation": "Parks and Recreation",
          "parks & recreation": "Parks and Recreation", "dpr": "Parks and Recreation"}


@pytest.mark.parametrize("value, known, unknown", [
    ("Police, Fire", ("Police", "Fire"), ()),
    ("DPD; DFD", ("Police", "Fire"), ()),
    ("Police/Fire", ("Police", "Fire"), ()),
    ("Police & Fire", ("Police", "Fire"), ()),
    ("Police and Fire", ("Police", "Fire"), ()),
    ("Parks and Recreation", ("Parks and Recreation",), ()),
    ("Fire and Parks & Recreation", ("Fire", "Parks and Recreation"), ()),
    ("HEART, 911", ("Community Safety", "Emergency Communications"), ()),
    ("Police, American Red Cross", ("Police",), ("american red cross",)),
    ("", (), ()),
])
def test_department_lists(value, known, unknown):
    assert parse_departments(value, LOOKUP) == (known, unknown)


def test_a_weekday_in_brackets_without_a_year_is_a_date_with_no_year():
    """"8/4 (Tue)" had been "could not read as a date" (a fresh city's check), dropping the row:
    now it has no year, which the tab's other rows give (validate), and its weekday is read."""
    from sheets_sync.parsing import NoYearError, named_weekday
    with pytest.raises(NoYearError):
        parse_date("8/4 (Tue)")
    assert named_weekday("8/4 (Tue)") == 1
    with pytest.raises(CellError, match="could not read"):
        parse_date("8/4/2026 (tbd)")              # (only a weekday is read so)


def test_html_locations_from_civicplus():
    assert strip_html("<p>Holton Career and Resource Center</p> - 401 N Driver St.  Durham NC 27701") == \
        "Holton Career and Resource Center - 401 N Driver St. Durham NC 27701"
    assert strip_html("A &amp; B") == "A & B"


def test_int():
    assert parse_int("1,200") == 1200
    assert parse_int(150.0) == 150
    assert parse_int("about 40") == 40
    with pytest.raises(CellError):
        parse_int("lots")


@pytest.mark.parametrize("text, first, last, days", [
    ("Oct 10-12, 2025", "10/10/2025", "10/12/2025", 2),       # (dateutil alone: 10 October 2012)
    ("October 10–12, 2025", "10/10/2025", "10/12/2025", 2),
    ("Oct 10th-12th 2025", "10/10/2025", "10/12/2025", 2),
    ("Oct 10 - Oct 12 2025", "10/10/2025", "10/12/2025", 2),
    ("9/5/2026 to 9/7/2026", "9/5/2026", "9/7/2026", 2),
    ("10/10-10/12/2025", "10/10/2025", "10/12/2025", 2),
    ("Dec 30 - Jan 2, 2026", "12/30/2025", "1/2/2026", 3),     # the year typed once, the first's the one before
    ("Sep 13-14", "Sep 13", "9/14", 1),                          # no year: read as the tab's (the caller)
])
def test_a_range_of_days_in_one_date_cell(text, first, last, days):
    found = day_range(text)
    assert (found.first, found.last, found.days) == (first, last, days)


@pytest.mark.parametrize("text", ["2025-10-10", "10-10-2025", "22-Apr-2026", "Oct 10, 2025", "Aug 5 - 3, 2025",
                                  "Oct 1 - Dec 31, 2025", "Mon - Fri, Oct 6, 2025"])
def test_no_range_of_days(text):
    """One date, a last day before the first, more than two months, or weekdays: no range."""
    assert day_range(text) is None


@pytest.mark.parametrize("text", ["Aug 5 - 3, 2025", "Oct 10-12, 2025"])
def test_a_date_cell_is_never_read_with_a_year_it_does_not_hold(text):
    """dateutil reads a stray number as the year ("Aug 5 - 3, 2025" as 5 August 2003): an error instead."""
    with pytest.raises(CellError):
        parse_date(text)
