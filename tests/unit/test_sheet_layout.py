"""A held-out set of tabs laid out for people (v64 Quillmont): an instructions row above the column
names, month headings and totals between the rows, a day's date typed once with ditto marks or
blank cells below it, and continuation rows holding a second department's part. Each case is a
capability the set found missing; the expected values are read off the rows."""
from __future__ import annotations

from datetime import date, datetime, timezone

from sheets_sync.backends import MemoryBackend
from sheets_sync.model import Severity
from sheets_sync.pipeline import analyse, read_sources

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Description", "Visibility"]
NOW = datetime(2026, 1, 15, tzinfo=timezone.utc)


def _analysed(config, tabs):
    return analyse(read_sources(config, MemoryBackend(tabs=tabs), NOW), config)


def _row(title, day, place="Millrace Park", description="", start="6pm", end="8pm"):
    return [title, day, start, end, place, description, "Public"]


def _errors(a):
    return [(i.tab, i.row, i.column) for i in a.issues if i.severity is Severity.ERROR]


def test_the_column_names_below_an_instructions_row(config):
    """911's tab opened with a row of instructions, its column names in row 2: none of its rows
    had been read. They are now, each by its own sheet row, with one warning on the header."""
    a = _analysed(config, {"911": [["Instructions: one row per event; dates as mm/dd/yyyy"], H,
                                   _row("Telecommunicators Week open house", "4/14/2026", "911 Center")]})
    assert [(str(r.source), r.title) for r in a.rows] == [("911!3", "Telecommunicators Week open house")]
    told = [i for i in a.issues if i.column == "(header)"]
    assert [(i.row, i.severity) for i in told] == [(2, Severity.WARNING)]
    assert "row 2" in told[0].problem and "row 1" in told[0].problem


def test_a_days_date_typed_once_with_ditto_marks_below(config):
    a = _analysed(config, {"Police": [H, _row("Coffee with a Cop", "3/3/2026", "Bean There"),
                                      _row("Bike patrol", "same", "Millrace Park"),
                                      _row("Foot patrol", '"', "Main St"),
                                      _row("Park walk", "\u3003", "Hollins Park")]})
    assert sorted(r.start.date() for r in a.rows) == [date(2026, 3, 3)] * 4
    assert _errors(a) == []
    assert sorted(i.row for i in a.issues if i.column == "Start Date") == [3, 4, 5]


def test_a_blank_date_below_a_dated_row_only_in_a_tab_that_types_dates_once(config):
    """A tab leaving three or more titled rows' dates blank under a dated row types a day's date
    once; elsewhere a blank date is forgotten, an error as before (fourteen earlier sets had such
    a row, each labelled an error by the README)."""
    habit = [H, _row("NNO - Elm St", "8/4/2026"), _row("NNO - Oak St", ""), _row("NNO - Pine St", ""),
             _row("NNO - Ash St", ""), [], _row("Smoke alarm installs", "8/8/2026"), _row("CPR class", "")]
    a = _analysed(config, {"Fire": habit})
    assert sorted((r.source.row, r.start.date()) for r in a.rows) == [
        (2, date(2026, 8, 4)), (3, date(2026, 8, 4)), (4, date(2026, 8, 4)), (5, date(2026, 8, 4)),
        (7, date(2026, 8, 8)), (8, date(2026, 8, 8))]
    once = _analysed(config, {"Fire": [H, _row("NNO - Elm St", "8/4/2026"), _row("NNO - Oak St", "")]})
    assert [r.source.row for r in once.rows] == [2] and _errors(once) == [("Fire", 3, "Start Date")]


def test_a_spacer_row_or_a_heading_ends_a_days_block(config):
    a = _analysed(config, {"Police": [H, _row("Coffee with a Cop", "3/3/2026"), [],
                                      _row("Bike patrol", "same")]})
    assert [r.source.row for r in a.rows] == [2] and _errors(a) == [("Police", 4, "Start Date")]


def test_a_continuation_row_holds_a_second_departments_part(config):
    """Parks' "↳ Fire: water rescue demo 2pm" under its beach day, Fire's "+" with "Parks: senior
    center staff door-knocking" under its installs: each had been an error, and the joint event
    with it. Now each is the event above again, naming the department that takes part."""
    a = _analysed(config, {
        "Parks and Recreation": [H, _row("Beach Safety Day", "7/11/2026", "Lake Quill Beach"),
                                 ["\u21b3 Fire: water rescue demo 2pm", "", "2:00 PM", "", "", "", ""]],
        "Fire": [H, _row("Smoke alarm installs", "11/8/2026", "Eastgate"),
                 ["+", "", "", "", "", "Parks: senior center staff door-knocking w/ crews", ""]],
    })
    events = sorted((sorted(str(s) for s in e.sources), sorted(e.departments)) for e in a.merge.events)
    assert events == [(["Fire!2", "Fire!3"], ["Fire", "Parks and Recreation"]),
                      (["Parks and Recreation!2", "Parks and Recreation!3"], ["Fire", "Parks and Recreation"])]
    assert _errors(a) == []


def test_a_note_under_an_event_with_no_mark_stays_an_error(config):
    a = _analysed(config, {"Police": [H, _row("Saving Our Streets NNO", "8/4/2026"),
                                      ["", "", "", "", "", "call Sgt. Ruiz back re: fall academy", ""]]})
    assert [r.source.row for r in a.rows] == [2]
    assert ("Police", 3, "Title") in _errors(a)


def test_headings_totals_and_the_header_again_are_the_tabs_layout(config):
    """Month headings, a TOTAL row, a second header line and the header pasted again had each been
    one or two error lines (82 in one sheet) and counted as rejected rows: now one warning a tab."""
    a = _analysed(config, {"Community Safety": [
        H, ["", "(mm/dd/yyyy)", "(e.g. 6:00 PM)", "", "", "(optional)", ""],
        ["", "=== MARCH 2026 ===", "", "", "", "", ""],
        _row("HEART info table", "3/12/2026"),
        ["APRIL", "", "", "", "", "", ""],
        H,
        _row("Narcan training", "4/2/2026"),
        ["TOTAL events: 2", "", "", "", "", "", ""]]})
    assert [r.source.row for r in a.rows] == [4, 7]
    assert _errors(a) == [] and a.rows_rejected == 0
    (told,) = [i for i in a.issues if i.column == "(row)"]
    assert (told.row, told.value, told.severity) == (2, "2, 3, 5, 6, 8", Severity.WARNING)


def test_a_column_of_staffs_own_marking_rows_cancelled(config):
    """Parks kept cancellations in a column of its own, "X=cxl": the kickball game marked X had
    been counted as held. An unticked checkbox (FALSE) or "no" is no mark."""
    header = [*H, "X=cxl"]
    a = _analysed(config, {"Parks and Recreation": [
        header, [*_row("Cops vs. Kids Kickball", "6/13/2026"), "X"],
        [*_row("Movie in the Park", "6/20/2026"), "FALSE"], [*_row("Pool opening", "6/6/2026"), ""]]})
    assert sorted((r.title, r.status.value) for r in a.rows) == [
        ("Cops vs. Kids Kickball", "Cancelled"), ("Movie in the Park", "Scheduled"), ("Pool opening", "Scheduled")]
    assert [(i.row, i.value) for i in a.issues if i.severity is Severity.WARNING and "Cancelled" in i.problem] == \
        [(2, "X")]


def test_only_a_mark_saying_so_cancels(config):
    """A README-only check: "maybe", "?", "TBD", "not cancelled", "No - moved indoors" had each
    cancelled the row (and its partners'). Only a mark saying so does: X, yes, TRUE, a tick."""
    marks = ["X", "yes - rain", "TRUE", "\u2713", "cancelled", "maybe", "?", "TBD", "not cancelled",
             "No - moved indoors", "pending", "FALSE"]
    rows = [[*_row(f"Walk {k}", f"3/{k + 2}/2026"), m] for k, m in enumerate(marks)]
    a = _analysed(config, {"Police": [[*H, "Cancelled?"], *rows]})
    off = {r.title for r in a.rows if r.status.value == "Cancelled"}
    assert off == {f"Walk {k}" for k, m in enumerate(marks) if m in ("X", "yes - rain", "TRUE", "\u2713", "cancelled")}


def test_notes_and_headings_typed_otherwise_are_layout_too_and_end_a_days_block(config):
    """A README-only check: "=== MAY – JULY 2026 ===", "** Remember: NNO is 8/4 **", "Summer 2026"
    and "Subtotal (Q3): 2 events" became events in a tab typing dates once, each on the date of a
    row above them; counted as rows of the habit, they also gave a forgotten date the day above.
    Events whose titles begin so are still events."""
    a = _analysed(config, {"Fire": [
        H, _row("NNO - Elm St", "8/4/2026"), _row("NNO - Oak St", ""), _row("NNO - Pine St", ""),
        _row("NNO - Ash St", ""),
        ["=== MAY \u2013 JULY 2026 ===", "", "", "", "", "", ""],
        ["** Remember: NNO is 8/4 - all stations send a crew **", "", "", "", "", "", ""],
        ["Summer 2026", "", "", "", "", "", ""], ["Subtotal (Q3): 2 events", "", "", "", "", "", ""],
        _row("Remembering When", ""),
        _row("Total Eclipse Viewing Party", "4/8/2026"), _row("Notes from the Chief town hall", "4/9/2026")]})
    assert [r.title for r in sorted(a.rows, key=lambda r: r.source.row)] == [
        "NNO - Elm St", "NNO - Oak St", "NNO - Pine St", "NNO - Ash St", "Total Eclipse Viewing Party",
        "Notes from the Chief town hall"]
    assert _errors(a) == [("Fire", 10, "Start Date")]          # the forgotten date, after the notes
    (told,) = [i for i in a.issues if i.column == "(row)"]
    assert told.value == "6, 7, 8, 9"


def test_layout_rows_are_no_rows_read(config):
    """The README's contract, rows_read = rows_accepted + rows_rejected: a fresh city's check read
    94 rows, 84 accepted and 0 rejected, its 10 headings counted as read."""
    a = _analysed(config, {"Police": [H, ["", "=== MARCH 2026 ===", "", "", "", "", ""],
                                      _row("Coffee with a Cop", "3/3/2026"), _row("Bike patrol", "bad date"),
                                      ["TOTAL events: 2", "", "", "", "", "", ""]]})
    assert (a.rows_read, len(a.rows), a.rows_rejected) == (2, 1, 1)
