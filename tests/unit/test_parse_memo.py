"""Intake parsing keeps each distinct cell text's parse (issue 17) without changing a row or
a Validation line: the same tab parsed with the kept parsers and with the plain ones gives
equal rows and issues, and a cell repeated in many rows still gets its warning or error on
every row."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from sheets_sync import parsing, richtext, validate, zones
from sheets_sync.model import RawTab, Severity

HEADER = ("Title", "Start Date", "Start Time", "End Date", "End Time", "Lead Department",
          "Description", "Visibility")
ROW_KINDS = [
    ("CPR Class", "8/5/2025", "6pm", "", "8pm", "Fire", "With Police officers", "Public"),
    ("Town Hall", "Tue 8/5/2025", "6:30 PM PST", "", "", "Police", "", "Public"),   # wrong weekday, other zone
    ("Night Out", "2025-08-05", "4:30 - 7 PM", "", "9 :30 PM", "Police", "", "Public"),  # range + End Time
    ("Broken date", "8/45/2025", "6pm", "", "", "Fire", "", "Public"),               # error
    ("Two zones", "8/6/2025", "6pm EST PST", "", "", "Fire", "", "Public"),          # error
    ("Garbled", "8/7/2025", "noon", "", "", "Fire", "Caf\u00c3\u00a9 &amp; <b>talk</b>", "Public"),
    ("Typed date", datetime(2025, 8, 8, 18, 0), "", date(2025, 8, 8), "", "Fire", "", "Public"),
    ("Bad end", "8/9/2025", "6pm", "someday", "", "Fire", "", "Public"),              # warning
]


def _tab() -> RawTab:
    rows = [row for _ in range(3) for row in ROW_KINDS]         # every kind three times
    return RawTab("Fire", HEADER, tuple(rows))


def _plain(monkeypatch) -> None:
    """The parsers as they are, without kept results."""
    monkeypatch.setattr(validate, "_date_of", parsing.parse_date)
    monkeypatch.setattr(validate, "_time_of", parsing.parse_time)
    monkeypatch.setattr(validate, "_time_range_of", parsing.parse_time_range)
    monkeypatch.setattr(validate, "_zone_of", zones.split_zone)
    monkeypatch.setattr(validate, "_weekday_of", parsing.named_weekday)
    monkeypatch.setattr(validate, "_cleaned", richtext.staff_text)


def test_kept_parses_give_the_same_rows_and_issues(config, monkeypatch):
    kept_rows, kept_issues = validate.parse_tab(_tab(), config)
    again_rows, again_issues = validate.parse_tab(_tab(), config)     # now every text is kept
    with monkeypatch.context() as m:
        _plain(m)
        plain_rows, plain_issues = validate.parse_tab(_tab(), config)
    assert kept_rows == again_rows == plain_rows
    assert kept_issues == again_issues == plain_issues
    assert len(plain_rows) == 3 * 6 and len({r.source.row for r in plain_rows}) == 18


def test_a_repeated_cell_is_reported_on_every_row(config):
    rows, issues = validate.parse_tab(_tab(), config)
    by_kind = {}
    for issue in issues:
        by_kind.setdefault((issue.column, issue.severity), set()).add(issue.row)
    # ROW_KINDS rows 4 and 5 (sheet rows 5, 6, then +8 and +16) are errors each time they appear
    errors = sorted(r for (col, sev), found in by_kind.items() if sev is Severity.ERROR for r in found)
    assert errors == [5, 6, 13, 14, 21, 22]
    zone_rows = sorted(i.row for i in issues if i.value == "6:30 PM PST" and i.severity is Severity.WARNING)
    assert zone_rows == [3, 11, 19]
    end_rows = sorted(i.row for i in issues if i.column == "End Date")
    assert end_rows == [9, 17, 25]


@pytest.mark.parametrize("value", ["8/5/2025", datetime(2025, 8, 5, 18), 45874.0])
def test_only_text_is_kept(value):
    """A typed date or a number goes to the parser every time; text is kept."""
    calls = []

    def parse(v, *args):
        calls.append(v)
        return v
    kept = validate._by_text(parse)
    kept(value, "x")
    kept(value, "x")
    assert len(calls) == (1 if isinstance(value, str) else 2)
