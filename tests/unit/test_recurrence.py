"""The Repeats column in words → RRULE + EXDATE, and what staff are told about it."""
from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from sheets_sync.model import RawTab
from sheets_sync.recurrence import (EXAMPLES, Recurrence, RepeatError, occurrences, parse_recurrence,
                                    recurrence_warnings)
from sheets_sync.validate import parse_tab

NY = ZoneInfo("America/New_York")
TUE = datetime(2025, 9, 2, 18, tzinfo=NY)        # the first Tuesday of September 2025


@pytest.mark.parametrize("words,rule", [
    ("weekly", "FREQ=WEEKLY"),
    ("Every week", "FREQ=WEEKLY"),
    ("every 2 weeks", "FREQ=WEEKLY;INTERVAL=2"),
    ("biweekly", "FREQ=WEEKLY;INTERVAL=2"),
    ("every other week", "FREQ=WEEKLY;INTERVAL=2"),
    ("every Tuesday", "FREQ=WEEKLY;BYDAY=TU"),
    ("every other Tuesday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"),
    ("Tuesdays and Thursdays", "FREQ=WEEKLY;BYDAY=TU,TH"),
    ("weekdays", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ("daily", "FREQ=DAILY"),
    ("monthly", "FREQ=MONTHLY"),
    ("every 3 months", "FREQ=MONTHLY;INTERVAL=3"),
    ("monthly on the 2nd", "FREQ=MONTHLY;BYMONTHDAY=2"),
    ("the 2nd of each month", "FREQ=MONTHLY;BYMONTHDAY=2"),
    ("first Tuesday of each month", "FREQ=MONTHLY;BYDAY=1TU"),
    ("monthly on the 1st Tuesday", "FREQ=MONTHLY;BYDAY=1TU"),
    ("every other month on the first Tuesday", "FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU"),
    ("yearly", "FREQ=YEARLY"),
    ("weekly until 12/31/2025", "FREQ=WEEKLY;UNTIL=20260101T045959Z"),
    ("every Tuesday through Dec 30, 2025", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20251231T045959Z"),
    # a fresh city's check: each was published as one event ("did not understand '.'")
    ("Every Tues. thru Dec 30, 2025", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20251231T045959Z"),
    ("Weekly (Tues) to 12/30/2025", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20251231T045959Z"),
    ("Weekly (Tues) to Dec 30", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20251231T045959Z"),
    # an end typed without its year: the first such day from the series' start (Sep 2, 2025)
    ("weekly until 12/31", "FREQ=WEEKLY;UNTIL=20260101T045959Z"),
    ("every Tue until Dec 30", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20251231T045959Z"),
    ("weekly until 3/1", "FREQ=WEEKLY;UNTIL=20260302T045959Z"),
    ("every 2 weeks for 6 times", "FREQ=WEEKLY;INTERVAL=2;COUNT=6"),
    ("weekly x6", "FREQ=WEEKLY;COUNT=6"),
    ("first Tuesday monthly, 12 times", "FREQ=MONTHLY;BYDAY=1TU;COUNT=12"),
    ("weekly for 8 weeks", "FREQ=WEEKLY;UNTIL=20251028T035959Z"),      # Sep 2 … Oct 21: 8 Tuesdays
    ("FREQ=WEEKLY;COUNT=4", "FREQ=WEEKLY;COUNT=4"),
    ("RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=3", "FREQ=MONTHLY;BYDAY=1TU;COUNT=3"),
    ("FREQ=WEEKLY;UNTIL=20251231", "FREQ=WEEKLY;UNTIL=20260101T045959Z"),   # RFC 5545: UTC for a TZID start
    ("FREQ=WEEKLY;UNTIL=20251231T050000Z", "FREQ=WEEKLY;UNTIL=20251231T050000Z"),
])
def test_words_become_rrules(words, rule):
    assert parse_recurrence(words, TUE) == Recurrence(rule)


def test_all_day_series_ends_on_a_date():
    assert parse_recurrence("every Saturday until 11/29/2025", date(2025, 9, 6)).rrule == \
        "FREQ=WEEKLY;BYDAY=SA;UNTIL=20251129"


def test_exceptions_become_exdates():
    rec = parse_recurrence("every Tuesday until 12/30/2025 except 11/25/2025 and 12/23/2025", TUE)
    assert rec == Recurrence("FREQ=WEEKLY;BYDAY=TU;UNTIL=20251231T045959Z",
                             (date(2025, 11, 25), date(2025, 12, 23)))
    assert parse_recurrence("weekly except Dec 23, 2025, Dec 30, 2025", TUE).exdates == (
        date(2025, 12, 23), date(2025, 12, 30))
    # an exception date without its year: the first such day from the series' start (a helper's check)
    assert parse_recurrence("every Tue until Dec 30 except 11/25 and Dec 23", TUE).exdates == (
        date(2025, 11, 25), date(2025, 12, 23))
    assert parse_recurrence("weekly, skip 10/7/2025; 10/14/2025 for 10 times", TUE) == Recurrence(
        "FREQ=WEEKLY;COUNT=10", (date(2025, 10, 7), date(2025, 10, 14)))


@pytest.mark.parametrize("words,problem", [
    ("sometimes", "could not understand the repeat rule 'sometimes' (did not understand 'sometimes')"),
    ("weekly on blursday", "did not understand 'blursday'"),
    ("weekly until 13/45", "could not read the end date '13/45' (type it with the year"),
    ("weekly until 1/1/2020", "the repeat ends (01/01/2020) before the event starts"),
    ("weekly until 12/31/2025 for 3 times", "give either an end date or a number of times, not both"),
    ("every tuesday except 2/30", "could not read the exception date '2/30'"),
    ("monthly on the 40th", "'the 40th' needs a monthly repeat and a day 1–31"),
    ("weekly on the first Tuesday", "'first/last <day>' only works with a monthly repeat"),
    ("FREQ=SOMETIMES", "not a valid RRULE"),
    ("FREQ=WEEKLY;COUNT=3;UNTIL=20251231T000000Z", "an RRULE cannot have both COUNT and UNTIL"),
])
def test_words_that_cannot_be_understood_get_a_clear_message(words, problem):
    with pytest.raises(RepeatError) as exc:
        parse_recurrence(words, TUE)
    assert problem in exc.value.problem
    assert exc.value.action == EXAMPLES


def test_occurrences_count_dtstart_first():
    """RFC 5545 §3.8.5.3: DTSTART is the first occurrence and counts toward COUNT."""
    wednesday = datetime(2025, 9, 3, 18, tzinfo=NY)
    got = occurrences("FREQ=MONTHLY;BYDAY=1TU;COUNT=3", wednesday)
    assert [d.date() for d in got] == [date(2025, 9, 3), date(2025, 10, 7), date(2025, 11, 4)]
    assert all(d.time() == time(18) and d.tzinfo is NY for d in got)
    weekly = occurrences("FREQ=WEEKLY;UNTIL=20250917T035959Z", TUE)
    assert [d.day for d in weekly] == [2, 9, 16]


def test_warnings_for_rules_that_parse_but_surprise():
    wednesday = datetime(2025, 9, 3, 18, tzinfo=NY)
    (off_rule,) = recurrence_warnings(parse_recurrence("first Tuesday of each month", wednesday), wednesday, NY)
    assert off_rule.startswith("the start date Wed 09/03/2025 is not one of the days the rule names")
    assert "(the first is Tue 10/07/2025)" in off_rule
    (bad_exception,) = recurrence_warnings(parse_recurrence("every Tuesday except 11/26/2025", TUE), TUE, NY)
    assert bad_exception == ("the exception 11/26/2025 is not one of the dates this event repeats on; "
                             "nothing is cancelled for it")
    late = datetime(2025, 10, 26, 1, 30, tzinfo=NY)      # a Sunday; the next one is fall-back day
    (dst,) = recurrence_warnings(parse_recurrence("weekly", late), late, NY)
    assert dst.startswith("the repeat on 11/02/2025: 01:30 happens twice on 2025-11-02")
    assert recurrence_warnings(parse_recurrence("every Tuesday except 11/25/2025", TUE), TUE, NY) == []


def _tab(repeats: str, start_date="9/3/2025") -> RawTab:
    header = ("Title", "Start Date", "Start Time", "Visibility", "Repeats")
    return RawTab("Police", header, (("Watch meeting", start_date, "7pm", "Public", repeats),))


def test_validation_tab_names_the_row_for_repeats_it_cannot_read(config):
    rows, issues = parse_tab(_tab("every blue moon"), config)
    assert rows[0].rrule == "" and rows[0].exdates == ()         # kept, as a single event
    (issue,) = [i for i in issues if i.column == "Repeats"]
    assert (issue.tab, issue.row, issue.value, issue.severity.value) == ("Police", 2, "every blue moon", "warning")
    assert issue.problem == ("could not understand the repeat rule 'every blue moon' (did not understand "
                             "'blue moon'); published as a single event")
    assert issue.action == EXAMPLES


def test_validation_tab_warns_about_an_off_rule_start_and_keeps_the_rule(config):
    rows, issues = parse_tab(_tab("first Tuesday of each month except 10/7/2025"), config)
    assert rows[0].rrule == "FREQ=MONTHLY;BYDAY=1TU" and rows[0].exdates == (date(2025, 10, 7),)
    (issue,) = [i for i in issues if i.column == "Repeats"]
    assert issue.row == 2 and "the start date Wed 09/03/2025 is not one of the days" in issue.problem
    assert issue.action == "check the Repeats rule and the Start Date"


@pytest.mark.parametrize("text, problem", [
    ("FREQ=DAILY;INTERVAL=0", "at least 1"),          # dateutil would loop forever on this
    ("FREQ=MINUTELY", "repeats within a day"),
    ("RRULE:FREQ=SECONDLY;COUNT=100000", "repeats within a day"),
])
def test_raw_rules_that_would_hang_or_flood_are_refused(text, problem):
    with pytest.raises(RepeatError, match=problem):
        parse_recurrence(text, datetime(2027, 9, 7, 10, tzinfo=ZoneInfo("America/New_York")))


def test_union_series_holds_every_session_either_rule_holds():
    """Two rows of one weekly programme that differ only in their end and except dates: the
    longer rule, with the except days no rule holds (dates by hand, Tuesdays of 2026); rules
    that differ otherwise have no union; "every Tuesday" from a Tuesday is "weekly" (v15)."""
    from datetime import date as d
    from sheets_sync.recurrence import union_series
    start = d(2026, 9, 1)
    assert union_series([("FREQ=WEEKLY;UNTIL=20260929", (d(2026, 9, 15),)),
                         ("FREQ=WEEKLY;UNTIL=20261124", (d(2026, 9, 8), d(2026, 10, 13)))], start) == \
        ("FREQ=WEEKLY;UNTIL=20261124", (d(2026, 10, 13),))
    assert union_series([("FREQ=WEEKLY;COUNT=4", (d(2026, 9, 15),)), ("FREQ=WEEKLY", (d(2026, 9, 15),))], start) == \
        ("FREQ=WEEKLY", (d(2026, 9, 15),))
    assert union_series([("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261124", ()), ("FREQ=WEEKLY;UNTIL=20260929", ())], start) == \
        ("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261124", ())
    assert union_series([("FREQ=WEEKLY;BYDAY=TH", ()), ("FREQ=WEEKLY", ())], start) is None
    assert union_series([("FREQ=WEEKLY;INTERVAL=2", ()), ("FREQ=WEEKLY", ())], start) is None


def test_union_series_of_count_rules_from_different_weeks_keeps_the_later_last_session():
    """v17: Fire's "weekly for 12 times" from 9/1 and Parks' the same from 9/8 (the week it
    joined) lost Parks' last session, 11/24: the united rule, from 9/1, ends on 11/24 (UNTIL,
    its local day's end in UTC: 11/25 04:59:59Z in New York)."""
    from datetime import date as d
    from sheets_sync.recurrence import union_series
    tz = ZoneInfo("America/New_York")
    first, later = datetime(2026, 9, 1, 18, tzinfo=tz), datetime(2026, 9, 8, 18, tzinfo=tz)
    rule, ex = union_series([("FREQ=WEEKLY;COUNT=12", ()), ("FREQ=WEEKLY;COUNT=12", ())], first, [first, later])
    assert (rule, ex) == ("FREQ=WEEKLY;UNTIL=20261125T045959Z", ())
    days = [o.date() for o in occurrences(rule, first)]
    assert (len(days), days[0], days[-1]) == (13, d(2026, 9, 1), d(2026, 11, 24))
