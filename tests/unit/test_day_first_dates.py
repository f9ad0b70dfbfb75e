"""A date read day first (``13/5/2026``: there is no month 13) in a tab whose other dates are
read month first (``4/5/2026`` is April 5) is published with a Validation warning on its row."""
from __future__ import annotations

from datetime import date

from sheets_sync.model import RawTab, Severity
from sheets_sync.parsing import read_day_first
from sheets_sync.validate import parse_tab

H = ("Title", "Start Date", "Start Time", "End Time", "Visibility")


def test_day_first_row_is_warned_and_month_first_row_is_not(config):
    rows, issues = parse_tab(RawTab("Police", H, (("A", "4/5/2026", "6pm", None, "Public"),
                                                  ("B", "13/5/2026", "6pm", None, "Public"))), config)
    assert [r.start.date() for r in rows] == [date(2026, 4, 5), date(2026, 5, 13)]
    [warning] = [i for i in issues if i.column == "Start Date"]
    assert (warning.row, warning.severity) == (3, Severity.WARNING)
    assert "read day first, as May 13, 2026" in warning.problem and "2026-05-13" in warning.action


def test_which_texts_are_read_day_first():
    assert read_day_first("13/5/2026") and read_day_first("31.12.25") and read_day_first(" 25-1-2027")
    assert not read_day_first("4/5/2026") and not read_day_first("12/13/2026")
    assert not read_day_first("2026-05-13") and not read_day_first("May 13, 2026")
    assert not read_day_first(None) and not read_day_first(45000)
