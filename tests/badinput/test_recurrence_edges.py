"""Issue 16: ``yearly`` from Feb 29 and ``monthly`` from the 29th–31st. The rule is kept as
RFC 5545 §3.3.10 reads it (every calendar app skips a month or year without that date), and
staff get a Validation warning naming the skipped months/years and the wording that means
"the last day of the month" instead."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sheets_sync.model import RawTab
from sheets_sync.recurrence import occurrences, parse_recurrence, recurrence_warnings
from sheets_sync.validate import parse_tab

NY = ZoneInfo("America/New_York")
JAN31 = datetime(2026, 1, 31, 10, tzinfo=NY)


def days(rule, start):
    return [d.date() if isinstance(d, datetime) else d for d in occurrences(rule, start)]


def test_monthly_from_the_31st_skips_short_months_and_says_which():
    rec = parse_recurrence("monthly until 12/31/2026", JAN31)
    # RFC 5545: Jan, Mar, May, Jul, Aug, Oct, Dec have a 31st; the other months are skipped
    assert days(rec.rrule, JAN31) == [date(2026, m, 31) for m in (1, 3, 5, 7, 8, 10, 12)]
    (warning,) = recurrence_warnings(rec, JAN31, NY)
    assert "the 31st" in warning
    assert "Feb 2026, Apr 2026, Jun 2026, Sep 2026, Nov 2026" in warning
    assert "last day of each month" in warning


def test_monthly_on_the_30th_from_january_skips_february_only():
    start = datetime(2026, 1, 30, 18, tzinfo=NY)
    rec = parse_recurrence("monthly on the 30th for 3 months", start)
    assert days(rec.rrule, start) == [date(2026, 1, 30), date(2026, 3, 30)]
    (warning,) = recurrence_warnings(rec, start, NY)
    assert "Feb 2026" in warning and "Mar 2026" not in warning and "Jan 2026" not in warning


def test_long_lists_of_skipped_months_are_cut_with_a_count():
    rec = parse_recurrence("monthly", JAN31)               # no end: the next five years are named
    (warning,) = recurrence_warnings(rec, JAN31, NY)
    # 5 skipped a year (Feb, Apr, Jun, Sep, Nov) for 2026–2030, Jan 2031 has a 31st → 25
    assert "Feb 2026, Apr 2026, Jun 2026, Sep 2026, Nov 2026, Feb 2027 and 19 more" in warning


def test_yearly_from_february_29_happens_in_leap_years_only():
    start = date(2028, 2, 29)
    rec = parse_recurrence("yearly for 3 times", start)
    assert rec.rrule == "FREQ=YEARLY;COUNT=3"
    assert days(rec.rrule, start) == [date(2028, 2, 29), date(2032, 2, 29), date(2036, 2, 29)]
    (warning,) = recurrence_warnings(rec, start, NY)
    assert "Feb 29" in warning and "2029, 2030, 2031, 2033, 2034, 2035" in warning


def test_last_day_of_each_month_is_understood():
    rec = parse_recurrence("last day of each month for 4 times", JAN31)
    assert rec.rrule == "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4"
    assert days(rec.rrule, JAN31) == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]
    assert recurrence_warnings(rec, JAN31, NY) == []


def test_days_every_month_has_get_no_warning():
    for start in (datetime(2026, 1, 28, 9, tzinfo=NY), datetime(2026, 3, 15, 9, tzinfo=NY)):
        assert recurrence_warnings(parse_recurrence("monthly", start), start, NY) == []
    leap_free = date(2027, 3, 1)
    assert recurrence_warnings(parse_recurrence("yearly", leap_free), leap_free, NY) == []


def test_the_validation_tab_carries_the_warning(config):
    header = ("Title", "Start Date", "Start Time", "Visibility", "Repeats")
    tab = RawTab("Police", header, (("Budget town hall", "1/31/2026", "7pm", "Public", "monthly for 4 times"),))
    rows, issues = parse_tab(tab, config)
    assert rows[0].rrule == "FREQ=MONTHLY;COUNT=4"        # kept: the row is published
    (issue,) = [i for i in issues if i.column == "Repeats"]
    assert issue.severity.value == "warning" and issue.row == 2
    # COUNT=4 from Jan 31: Jan, Mar, May, Jul 31 → Feb, Apr, Jun skipped
    assert "Feb 2026, Apr 2026, Jun 2026" in issue.problem and "Sep 2026" not in issue.problem
