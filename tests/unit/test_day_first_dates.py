"""A date read day first (``13/5/2026``: there is no month 13) in a tab whose other dates are
read month first (``4/5/2026`` is April 5) is published with a Validation warning on its row."""
from __future__ import annotations

from datetime import date

import pytest

from sheets_sync.model import RawTab, Severity
from sheets_sync.parsing import day_first_by_weekday, date_order, read_day_first
from sheets_sync.validate import parse_tab

H = ("Title", "Start Date", "Start Time", "End Time", "Visibility")


def test_day_first_row_is_warned_and_month_first_row_is_not(config):
    rows, issues = parse_tab(RawTab("Police", H, (("A", "4/5/2026", "6pm", None, "Public"),
                                                  ("B", "13/5/2026", "6pm", None, "Public"))), config)
    assert [r.start.date() for r in rows] == [date(2026, 4, 5), date(2026, 5, 13)]
    [warning] = [i for i in issues if i.column == "Start Date" and i.problem.startswith("read day first")]
    assert (warning.row, warning.severity) == (3, Severity.WARNING)
    # the tab's only one-way date is day first: 4/5/2026 is warned too (below)
    assert [i.row for i in issues if i.column == "Start Date"] == [3, 2]
    assert "read day first, as May 13, 2026" in warning.problem and "2026-05-13" in warning.action


def test_which_texts_are_read_day_first():
    assert read_day_first("13/5/2026") and read_day_first("31.12.25") and read_day_first(" 25-1-2027")
    assert not read_day_first("4/5/2026") and not read_day_first("12/13/2026")
    assert not read_day_first("2026-05-13") and not read_day_first("May 13, 2026")
    assert not read_day_first(None) and not read_day_first(45000)


def _tab(*dates: str) -> RawTab:
    return RawTab("Police", H, tuple((f"Event {n}", d, "6pm", None, "Public") for n, d in enumerate(dates)))


def test_a_date_that_reads_either_way_is_warned_in_a_tab_that_writes_day_first(config):
    rows, issues = parse_tab(_tab("13/5/2026", "4/5/2026", "20/6/2026", "5/5/2026", "6/14/2026"), config)
    # dates are read as before: 4/5/2026 stays April 5
    assert [r.start.date() for r in rows] == [date(2026, 5, 13), date(2026, 4, 5), date(2026, 6, 20),
                                             date(2026, 5, 5), date(2026, 6, 14)]
    tab_wide = [i for i in issues if i.column == "Start Date" and "this tab writes its dates day first" in i.problem]
    [warning] = tab_wide                          # 5/5/2026 reads the same either way
    assert (warning.row, warning.value, warning.severity) == (3, "4/5/2026", Severity.WARNING)
    assert "as April 5" in warning.problem and "May 4 may be meant" in warning.problem
    assert "row 2: 13/5/2026; row 4: 20/6/2026" in warning.problem and "1 only month first" in warning.problem
    assert "May 4" in warning.action
    # the two day-first rows keep their own warning
    assert sorted(i.row for i in issues if i.problem.startswith("read day first")) == [2, 4]


@pytest.mark.parametrize("dates", [
    ("13/5/2026", "6/14/2026", "4/5/2026"),           # as many month-first as day-first: no lean
    ("13/5/2026", "6/14/2026", "7/15/2026", "4/5/2026"),
    ("4/5/2026", "2026-05-13", "May 14, 2026"),       # nothing that reads only one way
])
def test_no_tab_wide_warning_unless_most_one_way_dates_are_day_first(config, dates):
    _, issues = parse_tab(_tab(*dates), config)
    assert not [i for i in issues if "this tab writes its dates day first" in i.problem]


def test_the_warning_names_three_rows_and_counts_the_rest(config):
    _, issues = parse_tab(_tab("13/5/2026", "14/5/2026", "15/5/2026", "16/5/2026", "3/2/2026"), config)
    [warning] = [i for i in issues if "this tab writes its dates day first" in i.problem]
    assert "row 2: 13/5/2026; row 3: 14/5/2026; row 4: 15/5/2026; and 1 more" in warning.problem
    assert "as March 2" in warning.problem and "February 3 may be meant" in warning.problem


def test_which_way_a_numeric_date_reads():
    assert [date_order(v) for v in ("13/5/2026", "5/13/2026", "4/5/2026", "5/5/2026", "13/13/2026",
                                    "2026-05-13", "May 4, 2026", None, 45000)] == \
        ["day", "month", "either", None, None, None, None, None, None]


def test_a_day_name_before_the_date_does_not_hide_the_order():
    # "Sun 14/5/2028" is read day first by dateutil (14 May 2028 is a Sunday): it is warned too
    assert read_day_first("Sun 14/5/2028") and read_day_first("Thu., 13/5/2027")
    assert date_order("Sun 4/5/2028") == "either" and date_order("Tue 5/14/2028") == "month"
    assert not read_day_first("Sunday May 14, 2028")


def test_an_end_date_read_day_first_is_warned(config):
    head = (*H, "End Date")
    rows, issues = parse_tab(RawTab("Parks", head, (("Camp", "4/10/2028", "9am", "3pm", "Public", "14/4/2028"),)),
                             config)
    assert rows[0].end.date() == date(2028, 4, 14)
    [warning] = [i for i in issues if i.column == "End Date"]
    assert (warning.row, warning.value, warning.severity) == (2, "14/4/2028", Severity.WARNING)
    assert "read day first, as April 14, 2028" in warning.problem


def test_end_dates_count_towards_the_tabs_date_order(config):
    head = (*H, "End Date")
    _, issues = parse_tab(RawTab("Parks", head, (("Camp", "13/4/2028", "9am", "3pm", "Public", "17/4/2028"),
                                                 ("Clinic", "6/5/2028", "9am", "3pm", "Public", "7/5/2028"))),
                          config)
    tab_wide = sorted((i.row, i.column) for i in issues if "this tab writes its dates day first" in i.problem)
    assert tab_wide == [(3, "End Date"), (3, "Start Date")]
    [one] = [i for i in issues if (i.row, i.column) == (3, "End Date") and "day first" in i.problem]
    assert "2 of them can only be read day first" in one.problem and "row 2: 17/4/2028 (End Date)" in one.problem
    assert "as July 5" in one.problem and "May 7 may be meant" in one.problem


def test_a_day_name_that_agrees_with_the_day_first_reading_only_settles_the_date(config):
    """"Sun 4/6/2028" in a tab that writes day first: 4 June 2028 is a Sunday, April 6 a
    Thursday, so both signals say June (a third fresh verifier's finding: published on
    Thursday 6 April, and the partner's 6/4 row became an event of its own). A day name that
    agrees with the month-first reading, or with neither, changes nothing."""
    assert date(2028, 6, 4).weekday() == 6 and date(2028, 4, 6).weekday() == 3      # Sunday, Thursday
    assert day_first_by_weekday("Sun 4/6/2028") == date(2028, 6, 4)
    assert day_first_by_weekday("Thu 4/6/2028") is None and day_first_by_weekday("Mon 4/6/2028") is None
    assert day_first_by_weekday("4/6/2028") is None and day_first_by_weekday("Sun 14/5/2028") is None
    head = (*H, "End Date")
    rows, issues = parse_tab(RawTab("Parks", head, (("Camp", "13/4/2028", "9am", "3pm", "Public", ""),
                                                    ("Fair", "Sun 4/6/2028", "9am", "3pm", "Public", "Mon 5/6/2028"))),
                             config)
    assert rows[1].start.date() == date(2028, 6, 4) and rows[1].end.date() == date(2028, 6, 5)
    settled = sorted(i.column for i in issues if i.row == 3 and "the day its day name gives" in i.problem)
    assert settled == ["End Date", "Start Date"]
    assert not [i for i in issues if i.row == 3 and ("this tab writes its dates day first" in i.problem
                                                     or "not a Sunday" in i.problem)]


def test_a_start_date_typed_without_its_year_takes_the_year_of_the_rows_around_it(config):
    """A fresh city's check: "8/3", "Aug 3", "August 3" in a tab of August 2027 events were
    errors, their rows left out of the count. Each is read in the year that puts it nearest the
    tab's nearest dated row (December's "1/5" after "12/20/2027" is January 2028), with a
    warning asking for the year; a tab with no dated row keeps the error."""
    rows, issues = parse_tab(_tab("7/30/2027", "8/3", "Aug 3", "12/20/2027", "1/5"), config)
    assert [r.start.date() for r in rows] == [date(2027, 7, 30), date(2027, 8, 3), date(2027, 8, 3),
                                             date(2027, 12, 20), date(2028, 1, 5)]
    warned = [(i.row, i.severity, i.problem) for i in issues if i.column == "Start Date"]
    said = ": read as {}, the year of the tab's nearest dated row"
    assert warned == [(3, Severity.WARNING, "'8/3' has no year" + said.format("08/03/2027")),
                      (4, Severity.WARNING, "'Aug 3' has no year" + said.format("08/03/2027")),
                      (6, Severity.WARNING, "'1/5' has no year" + said.format("01/05/2028"))]
    # a day name typed with it settles the year ("Tuesday 8/3": 8/3/2027 is a Tuesday, 8/3/2026 a Monday)
    rows, issues = parse_tab(_tab("12/20/2026", "Tuesday 8/3"), config)
    assert rows[1].start.date() == date(2027, 8, 3)
    assert [i.problem for i in issues if i.column == "Start Date"] == [
        "'Tuesday 8/3' has no year: read as 08/03/2027, the year its day name agrees with"]
    # an End Date without its year is the first such day from the start (a helper's check: the
    # two-day event was taken to end the same day)
    two_days = RawTab("Police", ("Title", "Start Date", "End Date", "Visibility"),
                      (("Harvest Fair", "12/31/2027", "1/1", "Public"),))
    rows, issues = parse_tab(two_days, config)
    assert rows[0].end == date(2028, 1, 2)            # all day: the day after the last
    assert [i.problem for i in issues if i.column == "End Date"] == [
        "'1/1' has no year: read as 01/01/2028, the first such day from the start"]
    # … but not a year away: "9/19" after a start of 9/20/2027 is a typo, the event ends that day
    typo = RawTab("Police", ("Title", "Start Date", "End Date", "Visibility"),
                  (("Shred Day", "9/20/2027", "9/19", "Public"),))
    rows, issues = parse_tab(typo, config)
    assert rows[0].end == date(2027, 9, 21)
    assert [i.problem for i in issues if i.column == "End Date"] == [
        "'9/19' has no year; the event is taken to end the same day"]
    rows, issues = parse_tab(_tab("8/3"), config)
    assert rows == [] and [(i.severity, i.problem) for i in issues if i.column == "Start Date"] == [
        (Severity.ERROR, "'8/3' has no year")]
