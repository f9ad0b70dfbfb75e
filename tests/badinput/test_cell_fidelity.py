"""Issue 16, cell fidelity: what staff see is what is read."""
from __future__ import annotations

from datetime import date, datetime, timezone

import openpyxl

from sheets_sync.backends.workbook import WorkbookBackend
from sheets_sync.model import RawTab, Severity, Status
from sheets_sync.pipeline import analyse, run_sync
from sheets_sync.validate import other_dates, parse_tab
from tests.e2e.cycle_helpers import OFFER_HEADER

H = ("Event ID", "Title", "Start Date", "Start Time", "Location", "Visibility")


def test_whitespace_only_rows_are_not_read_rows(config):
    tab = RawTab("Police", H, (("", "Walk", "8/5/2025", "6pm", "Park", "Public"),
                               ("  ", " ", None, "\t", "   ", "")))
    a = analyse([tab], config)
    assert (a.rows_read, len(a.rows), a.rows_rejected) == (1, 1, 0)


def zero_padded_workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Police"
    ws.append(list(H))
    ws.append([456, "Youth Safety Fair", "8/23/2025", "10am", "Central Park", "Public"])
    ws["A2"].number_format = "00000"
    offers = wb.create_sheet("Assistance Offers")
    offers.append(list(OFFER_HEADER))
    offers.append([456, "Fire", "Engine 5", "Accepted"])
    offers["A2"].number_format = "00000"
    wb.save(path)
    return path


def test_zero_padded_event_id_is_read_as_shown_and_offers_to_it_are_accepted(config, tmp_path):
    path = zero_padded_workbook(tmp_path / "intake.xlsx")
    police, offers = WorkbookBackend(path).read_tabs()
    assert police.rows[0][0] == "00456" and offers.rows[0][0] == "00456"
    summary = run_sync(config, now=datetime(2025, 8, 1, 12, tzinfo=timezone.utc))
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    combined = [r for r in wb["Combined Events"].iter_rows(values_only=True)]
    validation = [r for r in wb["Validation"].iter_rows(values_only=True)][1:]
    wb.close()
    header = combined[0]
    fair = dict(zip(header, combined[1]))
    assert fair["Departments"] == "Police, Fire" and fair["Partners by Accepted Offer"] == "Fire"
    assert not [v for v in validation if v[1] == "Assistance Offers"]
    assert summary["joint_events"] == 1


def test_a_second_date_in_location_or_title_is_a_warning(config):
    tab = RawTab("Police", H, (
        ("", "Movie Night", "7/24/2025", "6pm", "SPECIAL: Thursday July 31", "Public"),
        ("", "Rain date 8/12 Block Party", "8/5/2025", "6pm", "Park", "Public"),
        ("", "National Night Out August 5", "8/5/2025", "6pm", "1400 Block of Arch St", "Public")))
    rows, issues = parse_tab(tab, config)
    assert len(rows) == 3                                   # warnings keep the rows
    assert [(i.row, i.column, i.severity) for i in issues] == [
        (2, "Location", Severity.WARNING), (3, "Title", Severity.WARNING)]
    assert "names another date (July 31) than the row's Start Date (07/24/2025)" in issues[0].problem
    assert "8/12" in issues[1].problem


def test_other_dates():
    assert other_dates("SPECIAL: Thursday July 31", date(2025, 7, 24), date(2025, 7, 24)) == ["July 31"]
    assert other_dates("Aug. 5th - 7th", date(2025, 8, 5), date(2025, 8, 7)) == []
    assert other_dates("Suite 12/B, 2510-C Garrett Rd", date(2025, 8, 5), date(2025, 8, 5)) == []
    assert other_dates("moved from 10/4/2025", date(2025, 10, 11), date(2025, 10, 11)) == []
    assert other_dates("Fair (originally Saturday 10/4)", date(2025, 10, 11), date(2025, 10, 11)) == []
    assert other_dates("Fair, also 10/18", date(2025, 10, 11), date(2025, 10, 11)) == ["10/18"]
    # the date a called-off row moved to explains the move; on a row still going ahead it does not
    moved = "Movie in the Park - RAINED OUT, moved to 8/20"
    assert other_dates(moved, date(2026, 8, 13), date(2026, 8, 13), called_off=True) == []
    assert other_dates(moved, date(2026, 8, 13), date(2026, 8, 13)) == ["8/20"]
    assert other_dates("Fair, also 10/18", date(2025, 10, 11), date(2025, 10, 11), called_off=True) == ["10/18"]


def test_a_called_off_row_naming_its_new_date_draws_no_second_date_warning(config):
    """A verifier's row: "Movie in the Park - RAINED OUT, moved to 8/20" had been told its title
    names another date and 'the event is published on 08/13', though the row is Postponed and
    the event is published on 8/20. Called off in Status too, or by the note alone ("Movie in the
    Park, moved to 8/20" with Status blank: v17 M3); a row going ahead is still warned."""
    tab = RawTab("Police", (*H, "Status"), (
        ("", "Movie in the Park - RAINED OUT, moved to 8/20", "8/13/2026", "7pm", "Bryan Park", "Public", ""),
        ("", "Movie in the Park, moved to 8/20", "8/13/2026", "7pm", "Bryan Park", "Public", "Postponed"),
        ("", "Movie in the Park, moved to 8/20", "8/13/2026", "7pm", "Bryan Park", "Public", ""),
        ("", "Movie in the Park, also 8/20", "8/13/2026", "7pm", "Bryan Park", "Public", "")))
    rows, issues = parse_tab(tab, config)
    assert [r.status for r in rows] == [Status.POSTPONED, Status.POSTPONED, Status.POSTPONED, Status.SCHEDULED]
    assert [(i.row, i.column) for i in issues if "names another date" in i.problem] == [(5, "Title")]


def _real_titles_with_ordinals() -> list[str]:
    """Every title in the shared real calendars and permit lists holding an ordinal ("5th")."""
    import csv
    import re

    from tests.conftest import REALDATA
    titles: set[str] = set()
    for path in REALDATA.glob("*.ics"):
        text = re.sub(r"\r?\n[ \t]", "", path.read_text(encoding="utf-8", errors="replace"))  # unfold
        titles |= {line.split(":", 1)[1] for line in text.splitlines() if line.startswith("SUMMARY")}
    for name, column in (("NYC_Permitted_Event_Information.csv", "Event Name"),
                         ("pittsburgh_nno_2025_registered_events.csv", "event_name"),
                         ("kingcounty_afis_community_events_vcj4-3vp9.csv", "event_title")):
        with open(REALDATA / name, newline="", encoding="utf-8") as handle:
            titles |= {row[column] for row in csv.DictReader(handle)}
    return sorted(t for t in titles if re.search(r"\b\d{1,3}(?:st|nd|rd|th)\b", t, re.I))


def test_an_ordinal_that_counts_a_noun_is_not_a_date():
    """A fresh verifier: "Maya 2nd Birthday" was read as naming May 2 ("Maya" began like
    "May"). No real title with an ordinal names a date — nor with a month-like word before it,
    nor with a month before an ordinal that counts the next word (2nd Birthday, 3rd Annual,
    2nd Street) — while a date written with an ordinal still is one."""
    day = date(2025, 8, 9)
    real = _real_titles_with_ordinals()
    assert "Maya 2nd Birthday" in real and len(real) >= 15
    assert [(t, other_dates(t, day, day)) for t in real if other_dates(t, day, day)] == []
    made = [f"{word} {title}" for word in ("Maya", "Mayor", "Junior", "Market", "Marching", "Augusta", "Decker")
            for title in ("2nd Birthday", "3rd Annual Block Party", "2nd Street Fair", "5th Grade Field Day")]
    made += ["May 2nd Birthday", "June 3rd Annual Block Party", "Oct 2nd Street Fair", "Sept 5th Grade Field Day",
             "March 31st Ward NNO Celebration", "Dec. 1st Birthday Party"]
    assert [t for t in made if other_dates(t, day, day)] == []
    assert other_dates("National Night Out Aug 5th at 6pm", day, day) == ["Aug 5th"]
    assert other_dates("July 4th Fireworks (rain date)", day, day) == ["July 4th"]
    assert other_dates("Sept. 3rd, 2025 Annual Meeting", day, day) == ["Sept. 3rd, 2025"]
    assert other_dates("Town Hall September 20th", day, day) == ["September 20th"]


def formula_error_workbook(path):
    """A workbook as Excel saves one whose formulas broke: each cell keeps its formula and
    its cached error (``t="e"``), which is what staff see in the cell."""
    import re
    import zipfile
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Police"
    ws.append(list(H))
    ws.append(["P-1", "Ref broke", "X", "10am", "Central Park", "Public"])
    ws.append(["P-2", "Lookup broke", "8/23/2025", "X", "Central Park", "Public"])
    ws.append(["P-3", "Fine", "8/24/2025", "10am", "Central Park", "Public"])
    wb.save(path.with_suffix(".tmp"))
    cells = {"C2": ("#REF!+1", "#REF!"), "D3": ("VLOOKUP(A3,Times!A:B,2,0)", "#N/A")}
    with zipfile.ZipFile(path.with_suffix(".tmp")) as src, zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                for ref, (formula, error) in cells.items():
                    text = re.sub(rf'<c r="{ref}"[^>]*>.*?</c>',
                                  f'<c r="{ref}" t="e"><f>{formula}</f><v>{error}</v></c>', text)
                data = text.encode()
            out.writestr(item, data)
    return path


def test_a_formula_error_is_reported_not_read_as_blank(config, tmp_path):
    """Found by v3 verification: the fast reader (python-calamine) reads an error cell as
    blank, so ``#N/A`` in Start Time published an all-day event without a word and ``#REF!``
    in Start Date was reported as "the date is blank". The cell is read as staff see it."""
    path = formula_error_workbook(tmp_path / "intake.xlsx")
    tab = next(t for t in WorkbookBackend(path).read_tabs() if t.title == "Police")
    assert [r[2] for r in tab.rows] == ["#REF!", "8/23/2025", "8/24/2025"]
    assert tab.rows[1][3] == "#N/A"
    rows, issues = parse_tab(tab, config)
    assert [r.title for r in rows] == ["Fine"]
    found = {(i.row, i.column, i.value) for i in issues if i.severity is Severity.ERROR}
    assert found == {(2, "Start Date", "#REF!"), (3, "Start Time", "#N/A")}
