"""Issue 16, fourth verification: careless edits staff really make.

- a department tab whose ``Start Time`` column was deleted silently turned every timed event
  of that tab into an all-day event (pushed to every subscriber) with no Validation line;
- a Status or Visibility typed in Spanish (``Cancelado``, ``Público``) was "unknown":
  a cancelled event was published as Scheduled, a public one kept Internal.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sheets_sync.config import config_from_dict
from sheets_sync.pipeline import run_sync
from tests.badinput.test_hostile_cells import validation_rows
from tests.conftest import base_config_dict, write_workbook

NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)


def _sync(tmp_path, tabs):
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    write_workbook(tmp_path / "intake.xlsx", tabs)
    run_sync(config, now=NOW)
    return config


def test_deleted_start_time_column_holds_the_tab_with_its_times(tmp_path):
    with_times = [["Title", "Start Date", "Start Time", "End Time", "Visibility"],
                  ["Block Party", "8/20/2025", "6pm", "8pm", "Public"],
                  ["Safety Walk", "8/21/2025", "5pm", "7pm", "Public"]]
    config = _sync(tmp_path, {"Police": with_times})
    assert [v for v in validation_rows(config) if v["Row"] == 1] == []
    before = _published(config)
    without = [[c for i, c in enumerate(r) if i != 2] for r in with_times]   # column C deleted
    without.append(["New Walk", "8/22/2025", "8pm", "Public"])               # typed meanwhile
    config = _sync(tmp_path, {"Police": without})
    lines = [v for v in validation_rows(config) if v["Tab"] == "Police" and v["Row"] == 1]
    assert len(lines) == 1, lines
    line = lines[0]
    assert line["Severity"] == "error" and line["Column"] == "(header)"
    assert "Start Time" in line["Problem"] and "2 published events (2 with a time)" in line["Problem"]
    assert "Start Time" in line["What to do"]
    after = _published(config)
    # 6 pm and 5 pm Eastern (EDT, UTC-4) on the days typed: the times subscribers already have
    assert after["Block Party"]["start"] == "2025-08-20T22:00:00Z"
    assert after["Safety Walk"]["start"] == "2025-08-21T21:00:00Z"
    assert {t: (e["start"], e["sequence"]) for t, e in after.items()} == \
        {t: (e["start"], e["sequence"]) for t, e in before.items()}
    assert "New Walk" not in after                 # the tab's new rows wait for the column
    config = _sync(tmp_path, {"Police": [*with_times, ["New Walk", "8/22/2025", "6pm", "8pm", "Public"]]})
    assert _published(config)["New Walk"]["start"] == "2025-08-22T22:00:00Z"
    assert [v for v in validation_rows(config) if v["Row"] == 1] == []


def test_an_unreadable_tab_keeps_its_department_on_joint_events(tmp_path):
    """A header typo (or a deleted Start Time column) on one department's tab must not drop
    that department from the events it logged with others: the joint count would fall."""
    header = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility"]
    nno = ["National Night Out", "8/20/2025", "6pm", "8pm", "Central Park", "Public"]
    walk = ["Safety Walk", "8/21/2025", "5pm", "7pm", "Main St", "Public"]
    config = _sync(tmp_path, {"Police": [header, nno, walk], "Fire": [header, nno]})
    assert _published(config)["National Night Out"]["departments"] == ["Fire", "Police"]
    for police_header in (["Titel", *header[1:]],                       # a typo in Title
                          [c for c in header if c != "Start Time"]):    # Start Time deleted
        police = [police_header, *([c for c, h in zip(r, header) if h in police_header or
                                    police_header[0] == "Titel"] for r in (nno, walk))]
        config = _sync(tmp_path, {"Police": police, "Fire": [header, nno]})
        after = _published(config)
        assert after["National Night Out"]["departments"] == ["Fire", "Police"], police_header
        assert after["National Night Out"]["start"] == "2025-08-20T22:00:00Z"
        assert after["Safety Walk"]["departments"] == ["Police"]
        assert [v["Severity"] for v in validation_rows(config) if v["Tab"] == "Police"] == ["error"]


def test_a_tab_that_never_had_times_says_nothing(tmp_path):
    rows = [["Title", "Start Date", "Visibility"], ["Block Party", "8/20/2025", "Public"]]
    _sync(tmp_path, {"Police": rows})
    config = _sync(tmp_path, {"Police": rows})
    assert [v for v in validation_rows(config) if v["Row"] == 1] == []


def _published(config) -> dict:
    """The published events.json, by title."""
    import json
    return {e["title"]: e for e in json.loads((config.out_dir / "public" / "events.json").read_text())}


def test_spanish_status_and_visibility_are_understood(tmp_path):
    config = _sync(tmp_path, {"Police": [
        ["Title", "Start Date", "Start Time", "Visibility", "Status"],
        ["Feria de seguridad", "8/20/2025", "6pm", "Público", "Cancelado"],
        ["Caminata", "8/21/2025", "6pm", "Publico", "Programado"],
        ["Reunión interna", "8/22/2025", "6pm", "Interno", "Tentativo"],
    ]})
    published = _published(config)
    assert published["Feria de seguridad"]["status"] == "Cancelled"
    assert published["Caminata"]["status"] == "Scheduled"
    assert "Reunión interna" not in published
    problems = [v for v in validation_rows(config) if v["Column"] in ("Status", "Visibility")]
    assert problems == []


def test_weekday_spellings_staff_type_are_read_and_a_wrong_one_is_named(tmp_path):
    config = _sync(tmp_path, {"Police": [
        ["Title", "Start Date", "Start Time", "Visibility"],
        ["Thurs walk", "Thurs 9/3/2026", "6pm", "Public"],      # Sept 3, 2026 is a Thursday
        ["Tues talk", "Tues 9/1/2026", "6pm", "Public"],        # a Tuesday
        ["Wrong day", "Thu 9/4/2026", "6pm", "Public"],         # Sept 4, 2026 is a Friday
    ]})
    published = _published(config)
    assert published["Thurs walk"]["start"] == "2026-09-03T22:00:00Z"     # 6 pm EDT
    assert published["Tues talk"]["start"] == "2026-09-01T22:00:00Z"
    assert published["Wrong day"]["start"] == "2026-09-04T22:00:00Z"
    lines = [v for v in validation_rows(config) if v["Column"] == "Start Date"]
    assert [(v["Row"], v["Severity"]) for v in lines] == [(4, "warning")], lines
    assert "09/04/2026 is a Friday, not a Thursday" in lines[0]["Problem"]


def test_a_status_with_a_reason_keeps_its_word(tmp_path):
    config = _sync(tmp_path, {"Police": [
        ["Title", "Start Date", "Start Time", "Visibility", "Status"],
        ["Rained out", "8/20/2025", "6pm", "Public", "Cancelled - rain"],
        ["Later", "8/21/2025", "6pm", "Public", "Postponed to 10/5"],
        ["Odd", "8/22/2025", "6pm", "Public", "maybe"],
    ]})
    published = _published(config)
    assert published["Rained out"]["status"] == "Cancelled"
    assert published["Later"]["status"] == "Postponed"
    assert published["Odd"]["status"] == "Scheduled"
    lines = {v["Row"]: v["Problem"] for v in validation_rows(config) if v["Column"] == "Status"}
    assert lines == {2: "read as Cancelled", 3: "read as Postponed", 4: "unknown status; taken as Scheduled"}


def test_an_unknown_calendar_wide_time_zone_is_a_warning_not_an_aborted_sync(tmp_path):
    from tests.badinput.test_hostile_cells import assert_site_answers, ics_file, sync
    cal = ics_file(tmp_path, {"uid": "fine", "summary": "Fine Drill"})
    path = tmp_path / "calendar.ics"
    path.write_bytes(path.read_bytes().replace(b"VERSION:2.0\r\n", b"VERSION:2.0\r\nX-WR-TIMEZONE:Mars/Olympus\r\n"))
    assert b"Mars/Olympus" in path.read_bytes()
    config, summary = sync(tmp_path, [], calendars=[cal])
    lines = [v for v in validation_rows(config) if v["Tab"] == "calendar.ics"]
    assert [(v["Severity"], v["Row"], v["Value"]) for v in lines] == [("warning", 1, "Mars/Olympus")]
    assert "not a time zone" in lines[0]["Problem"]
    assert "Fine Drill" in assert_site_answers(config)


def test_a_windows_calendar_wide_time_zone_is_mapped(tmp_path):
    from tests.badinput.test_hostile_cells import ics_file, sync
    cal = ics_file(tmp_path, {"uid": "fine", "summary": "Fine Drill"})
    path = tmp_path / "calendar.ics"
    path.write_bytes(path.read_bytes().replace(b"VERSION:2.0\r\n",
                                                b"VERSION:2.0\r\nX-WR-TIMEZONE:Eastern Standard Time\r\n"))
    assert b"X-WR-TIMEZONE" in path.read_bytes()
    config, summary = sync(tmp_path, [], calendars=[cal])
    assert [v for v in validation_rows(config) if v["Tab"] == "calendar.ics"] == []


def test_a_monthly_weekday_ordinal_past_five_is_one_validation_line(tmp_path):
    from tests.badinput.test_hostile_cells import assert_site_answers, ics_file, sync
    cal = ics_file(tmp_path, {"uid": "bad-rule", "summary": "Ninth Monday", "extra": "RRULE:FREQ=MONTHLY;BYDAY=9MO\r\n"},
                   {"uid": "fine", "summary": "Fine Drill"})
    config, summary = sync(tmp_path, [], calendars=[cal])
    lines = [v for v in validation_rows(config) if v["Tab"] == "calendar.ics"]
    assert [(v["Severity"], v["Column"], v["Value"]) for v in lines] == [
        ("error", "Repeats", "RRULE:FREQ=MONTHLY;BYDAY=9MO")]
    titles = assert_site_answers(config)
    assert "Fine Drill" in titles and "Ninth Monday" not in titles


def test_a_monthly_repeat_typed_in_a_sheet_with_a_ninth_weekday_is_an_error(tmp_path):
    from sheets_sync.recurrence import RepeatRejected, check_rrule_parts
    import pytest
    with pytest.raises(RepeatRejected, match="at most 5 times"):
        check_rrule_parts("FREQ=MONTHLY;BYDAY=9MO")
    with pytest.raises(RepeatRejected, match="at most 5 times"):
        check_rrule_parts("FREQ=YEARLY;BYMONTH=2;BYDAY=-7FR")
    check_rrule_parts("FREQ=MONTHLY;BYDAY=-1FR")           # the last Friday is fine
    check_rrule_parts("FREQ=YEARLY;BYDAY=20MO")            # the 20th Monday of the year is fine


def test_an_unreadable_exdate_keeps_the_series_with_a_warning(tmp_path):
    from tests.badinput.test_hostile_cells import assert_site_answers, ics_file, sync
    cal = ics_file(tmp_path, {"uid": "weekly", "summary": "Weekly Drill",
                              "extra": "RRULE:FREQ=WEEKLY;COUNT=3\r\nEXDATE:garbage\r\n"},
                   {"uid": "fine", "summary": "Fine Drill"})
    config, summary = sync(tmp_path, [], calendars=[cal])
    lines = [v for v in validation_rows(config) if v["Tab"] == "calendar.ics"]
    assert [(v["Severity"], v["Row"]) for v in lines] == [("warning", 1)], lines
    assert "EXDATE" in lines[0]["Problem"] and "EXDATE:garbage" in lines[0]["Value"]
    titles = assert_site_answers(config)
    assert titles.count("Weekly Drill") == 3 and "Fine Drill" in titles


def test_a_refused_long_cell_is_named_by_its_cell_and_column(tmp_path):
    import pytest
    from sheets_sync.backends import SourceError
    from sheets_sync.backends.workbook import ReadLimits, WorkbookBackend
    header = ["Title", "Start Date", "Start Time", "Description"]
    path = write_workbook(tmp_path / "in.xlsx", {"Police": [
        header, ["Walk", "8/5/2025", "6pm", "short"], ["Talk", "8/6/2025", "6pm", "d" * 1500]]})
    with pytest.raises(SourceError, match=r"cell D3 \(column 'Description'\) of 'Police' holds 1,500 characters"):
        WorkbookBackend(path, limits=ReadLimits(max_cell_chars=1000)).read_tabs()


def test_a_calendar_event_ending_before_it_starts_is_named(tmp_path):
    from tests.badinput.test_hostile_cells import ics_file, sync
    cal = ics_file(tmp_path, {"uid": "rev", "summary": "Backwards Drill"}, {"uid": "fine", "summary": "Fine Drill"})
    path = tmp_path / "calendar.ics"
    body = path.read_bytes()
    first = body.index(b"DTEND;TZID=America/New_York:20250823T110000")
    body = body[:first] + b"DTEND;TZID=America/New_York:20250823T090000" + body[first + 44:]
    path.write_bytes(body)
    config, summary = sync(tmp_path, [], calendars=[cal])
    lines = [v for v in validation_rows(config) if v["Tab"] == "calendar.ics"]
    assert [(v["Severity"], v["Row"]) for v in lines] == [("warning", 1)], lines
    assert "ends before it starts" in lines[0]["Problem"] and "Backwards Drill" in lines[0]["Value"]


def test_two_different_ends_in_one_row_are_named(tmp_path):
    config = _sync(tmp_path, {"Police": [
        ["Title", "Start Date", "Start Time", "End Time", "Visibility"],
        ["Two ends", "8/20/2025", "5:30 - 7:30 PM", "1am", "Public"],
        ["Same end", "8/21/2025", "5:30 - 7:30 PM", "7:30 PM", "Public"],
    ]})
    lines = [v for v in validation_rows(config) if v["Column"] == "End Time"]
    assert [(v["Row"], v["Severity"]) for v in lines] == [(2, "warning")], lines
    assert "ends at 19:30 but End Time says 01:00" in lines[0]["Problem"]


def test_a_series_ending_before_it_starts_is_named(tmp_path):
    """``RRULE:...;UNTIL=`` before ``DTSTART``: the expander yields no occurrence, so the
    series would vanish from every feed without a word; one warning names it (the other
    events of the file are published)."""
    from tests.badinput.test_hostile_cells import assert_site_answers, ics_file, sync
    cal = ics_file(tmp_path, {"uid": "gone", "summary": "Vanishing Drill",
                              "extra": "RRULE:FREQ=WEEKLY;UNTIL=20200101T000000Z\r\n"},
                   {"uid": "ok", "summary": "Kept Drill", "extra": "RRULE:FREQ=WEEKLY;UNTIL=20250907T000000Z\r\n"})
    config, summary = sync(tmp_path, [], calendars=[cal])
    lines = [v for v in validation_rows(config) if v["Tab"] == "calendar.ics"]
    assert [(v["Severity"], v["Row"]) for v in lines] == [("warning", 1)], lines
    assert "ends (UNTIL) before it starts" in lines[0]["Problem"] and "Vanishing Drill" in lines[0]["Value"]
    titles = assert_site_answers(config)
    assert "Vanishing Drill" not in titles and titles.count("Kept Drill") == 3


def test_an_event_type_of_only_emoji_or_punctuation_is_named(tmp_path):
    """An Event Type with no letter or digit (``🚒🚒``, ``.``) names no type feed: the event
    is published in the calendar (and its department's feed), and a Validation warning says
    why it is in no type feed, instead of nothing."""
    import icalendar
    header = ["Title", "Start Date", "Start Time", "Visibility", "Event Type"]
    config = _sync(tmp_path, {"Fire": [header, ["Engine Visit", "8/23/2025", "10am", "Public", "🚒🚒"],
                                       ["Dot Talk", "8/24/2025", "10am", "Public", "."],
                                       ["CPR Class", "8/25/2025", "10am", "Public", "CPR Class"]]})
    lines = [v for v in validation_rows(config) if v["Column"] == "Event Type"]
    assert sorted((v["Row"], v["Value"]) for v in lines) == [(2, "🚒🚒"), (3, ".")]
    assert all(v["Severity"] == "warning" and "no type feed" in v["Problem"] for v in lines)
    cal = icalendar.Calendar.from_ical((config.out_dir / "public" / "calendar.ics").read_bytes())
    assert sorted(str(e["SUMMARY"]) for e in cal.walk("VEVENT")) == ["CPR Class", "Dot Talk", "Engine Visit"]


def test_a_range_of_days_in_start_date_is_read_with_a_warning(tmp_path):
    """A multi-day event typed in one Start Date cell is published over its days, with a
    warning saying how it was read and where the last day goes: ``9/5/2026 - 9/7/2026``, a dash
    of any kind, and ``Oct 10-12, 2025``, which dateutil alone read as 10 October 2012 (a
    helper's check); an End Date typed too is used, with a warning where they disagree. Two
    dates that are no range (``Aug 5 - 3, 2025``), and an unreadable part, are errors."""
    header = ["Title", "Start Date", "Start Time", "End Date", "Visibility"]
    config = _sync(tmp_path, {"Fire": [header, ["Muster", "9/5/2026 - 9/7/2026", "10am", "", "Public"],
                                       ["Drill", "9/5/2026 – 9/7/2026", "", "", "Public"],
                                       ["Talk", "soon - 9/7/2026", "10am", "", "Public"],
                                       ["Fair", "Oct 10-12, 2026", "", "", "Public"],
                                       ["Camp", "Oct 10-12, 2026", "", "10/11/2026", "Public"],
                                       ["Swap", "Aug 5 - 3, 2026", "", "", "Public"]]})
    lines = {v["Row"]: v for v in validation_rows(config) if v["Column"] == "Start Date"}
    assert sorted(lines) == [2, 3, 4, 5, 6, 7]
    assert [lines[r]["Severity"] for r in range(2, 8)] == ["warning", "warning", "error", "warning", "warning",
                                                            "error"]
    assert "read as 09/05/2026 to 09/07/2026" in lines[2]["Problem"]
    assert "(9/5/2026) in Start Date and the last (9/7/2026) in End Date" in lines[2]["What to do"]
    assert "read as 10/10/2026 to 10/12/2026" in lines[5]["Problem"]
    assert "End Date says 10/11/2026; End Date is used" in lines[6]["Problem"]
    assert "has no year 2003 in it" in lines[7]["Problem"]
    published = _published(config)
    assert sorted(published) == ["Camp", "Drill", "Fair", "Muster"]
    assert (published["Muster"]["start"], published["Muster"]["end"]) == ("2026-09-05T14:00:00Z",
                                                                          "2026-09-07T14:00:00Z")
    assert (published["Drill"]["start"], published["Drill"]["end"]) == ("2026-09-05", "2026-09-08")
    assert (published["Fair"]["start"], published["Fair"]["end"]) == ("2026-10-10", "2026-10-13")
    assert (published["Camp"]["start"], published["Camp"]["end"]) == ("2026-10-10", "2026-10-12")


def test_a_tab_renamed_and_stripped_of_start_time_in_one_edit_is_held(tmp_path):
    """Issue 16 leftover: renaming a tab (back) and deleting its Start Time column in the same
    edit used to read every row as a new all-day event and trip the mass-removal stop."""
    header = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility"]
    rows = [[f"Walk {i}", f"8/{i + 1}/2025", "6pm", "8pm", f"{i} Main St", "Public"] for i in range(1, 9)]
    config = _sync(tmp_path, {"Police": [header, *rows]})
    config = _sync(tmp_path, {"Police Department": [header, *rows]})
    before = _published(config)
    config = _sync(tmp_path, {"Police": [[c for i, c in enumerate(r) if i != 2] for r in [header, *rows]]})
    after = _published(config)
    assert {t: (e["start"], e["sequence"]) for t, e in after.items()} == \
        {t: (e["start"], e["sequence"]) for t, e in before.items()}
    assert after["Walk 1"]["start"] == "2025-08-02T22:00:00Z"     # 6 pm EDT, as typed
    (line,) = [v for v in validation_rows(config) if v["Row"] == 1]
    assert line["Tab"] == "Police" and "8 published events (8 with a time)" in line["Problem"]


def test_a_tab_renamed_to_no_department_and_stripped_of_start_time_is_held(tmp_path):
    """Issue 17 verification: ``Parks and Recreation`` renamed ``Summer 2027`` (a title naming
    no department) with its Start Time column deleted in the same edit turned its timed events
    into all-day ones (SEQUENCE up) and published rows left out before; it is held instead, and
    the joint event it logged with Police keeps Parks."""
    header = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility"]
    rows = [[f"Walk {i}", f"8/{i + 1}/2025", "6pm", "8pm", f"{i} Main St", "Public"] for i in range(1, 6)]
    joint = ["National Night Out", "8/20/2025", "6pm", "8pm", "Central Park", "Public"]
    police = [header, joint]
    config = _sync(tmp_path, {"Police": police, "Parks and Recreation": [header, *rows, joint]})
    before = _published(config)
    assert sorted(before["National Night Out"]["departments"]) == ["Parks and Recreation", "Police"]
    stripped = [[c for i, c in enumerate(r) if i != 2] for r in [header, *rows, joint]]
    config = _sync(tmp_path, {"Police": police, "Summer 2027": stripped})
    after = _published(config)
    assert {t: (e["start"], e["sequence"], e["departments"]) for t, e in after.items()} == \
        {t: (e["start"], e["sequence"], e["departments"]) for t, e in before.items()}
    assert after["Walk 1"]["start"] == "2025-08-02T22:00:00Z"     # 6 pm EDT, as typed
    (line,) = [v for v in validation_rows(config) if v["Row"] == 1]
    assert line["Tab"] == "Summer 2027" and "6 published events (6 with a time)" in line["Problem"]
    # put back under its own name with the column: read as before, nothing moves
    config = _sync(tmp_path, {"Police": police, "Parks and Recreation": [header, *rows, joint]})
    assert {t: (e["start"], e["sequence"]) for t, e in _published(config).items()} == \
        {t: (e["start"], e["sequence"]) for t, e in before.items()}


def test_a_tab_renamed_to_no_department_with_a_header_typo_is_held(tmp_path):
    """Issue 17 verification: ``Police`` renamed ``Zone 4`` with ``Title`` mistyped ``Titel``
    in the same edit cancelled every Police event (SEQUENCE up) and dropped Police from the
    joint event; a header typo never cancels a department's events."""
    header = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility"]
    rows = [[f"Walk {i}", f"8/{i + 1}/2025", "6pm", "8pm", f"{i} Main St", "Public"] for i in range(1, 6)]
    joint = ["National Night Out", "8/20/2025", "6pm", "8pm", "Central Park", "Public"]
    fire = [header, joint]
    offers = [["Event UID or Event ID", "Offering Department", "What We Can Bring", "Status"]]  # not a candidate
    config = _sync(tmp_path, {"Police": [header, *rows, joint], "Fire": fire, "Assistance Offers": offers})
    before = _published(config)
    config = _sync(tmp_path, {"Zone 4": [["Titel", *header[1:]], *rows, joint], "Fire": fire,
                              "Assistance Offers": offers})
    after = _published(config)
    assert {t: (e["start"], e["sequence"], e.get("status"), sorted(e["departments"])) for t, e in after.items()} == \
        {t: (e["start"], e["sequence"], e.get("status"), sorted(e["departments"])) for t, e in before.items()}
    assert sorted(after["National Night Out"]["departments"]) == ["Fire", "Police"]
    (line,) = [v for v in validation_rows(config) if v["Row"] == 1]
    assert line["Tab"] == "Zone 4" and "Title" in line["Problem"]


def test_times_typed_in_a_start_date_time_column_are_not_a_lost_column(tmp_path):
    """A tab whose times are typed in its date column ("Start Date/Time", aliased to Start
    Date — the bundled sample's NYC Permits tab) has no Start Time column and never had one:
    the second full sync must read it, not hold it as a tab that lost its Start Time column
    (found re-syncing the demo after the first sync)."""
    data = base_config_dict(tmp_path)
    data.setdefault("source", {})["column_aliases"] = {"Start Date": ["Start Date/Time"]}
    config = config_from_dict(data, base_dir=tmp_path)
    header = ["Title", "Start Date/Time", "Visibility"]
    rows = [["Street Fair", "08/20/2025 06:00:00 PM", "Public"], ["Block Party", "08/21/2025 05:30:00 PM", "Public"]]
    for tabs in ({"Police": [header, *rows]},                                        # first sync
                 {"Police": [header, *rows, ["Night Walk", "08/22/2025 07:00:00 PM", "Public"]]}):  # an edit
        write_workbook(tmp_path / "intake.xlsx", tabs)
        run_sync(config, now=NOW)
    assert [v for v in validation_rows(config) if v["Row"] == 1] == []
    published = _published(config)
    # 6 pm, 5:30 pm and 7 pm Eastern (EDT, UTC-4): the times typed in the date column
    assert {t: e["start"] for t, e in published.items()} == {
        "Street Fair": "2025-08-20T22:00:00Z", "Block Party": "2025-08-21T21:30:00Z",
        "Night Walk": "2025-08-22T23:00:00Z"}
