"""The plain ISO date and 24-hour clock fast paths (issue 17) read exactly what dateutil
reads, and leave anything else (and every error) to it."""
from __future__ import annotations

from datetime import date, datetime, time

import pytest
from dateutil import parser as du_parser

from sheets_sync.parsing import CellError, parse_date, parse_datetime_text, parse_time


@pytest.mark.parametrize("text", ["2025-08-05", "2024-02-29", "1999-12-31", "2025-01-01"])
def test_iso_date_as_dateutil_reads_it(text):
    assert parse_datetime_text(text) == du_parser.parse(text, default=datetime(2000, 1, 1))
    assert parse_date(text) == (date.fromisoformat(text), None)


@pytest.mark.parametrize("text", ["0:00", "9:05", "18:00", "23:59", "07:30"])
def test_clock_as_dateutil_reads_it(text):
    assert parse_time(text) == du_parser.parse(text, default=datetime(2000, 1, 1)).time()


def test_impossible_values_still_get_dateutils_errors():
    with pytest.raises(CellError, match="could not read"):
        parse_datetime_text("2025-02-30")
    with pytest.raises(CellError, match="could not read"):
        parse_time("25:00")


def test_not_plain_forms_go_to_dateutil():
    assert parse_time("6:30 pm") == time(18, 30)
    assert parse_date("2025-08-05 18:30") == (date(2025, 8, 5), time(18, 30))
    assert parse_date("8/5/2025") == (date(2025, 8, 5), None)
