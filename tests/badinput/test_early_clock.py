"""A start time typed without am/pm whose hour is 1–6 ("6:30") is read as afternoon or
evening, with a Validation warning naming the morning reading (a fresh verifier's finding: a
6:30 pm meeting was published at 6:30 am without a word; v35 T15: read as morning with a
warning it still never met its partner's 18:30 row, and a community event rarely starts at
6:30 am). A leading zero ("06:30"), an am/pm, a 24-hour evening time or a real time cell
raise nothing.
"""
from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from sheets_sync.config import config_from_dict
from sheets_sync.model import RawTab, Severity
from sheets_sync.validate import parse_tab
from tests.conftest import base_config_dict

H = ("Title", "Start Date", "Start Time", "Visibility")
NY = ZoneInfo("America/New_York")


def _parse(tmp_path, cell):
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    return parse_tab(RawTab("Police", H, (("Walk", "8/5/2025", cell, "Public"),)), config)


def test_six_thirty_without_am_pm_is_evening_with_a_warning(tmp_path):
    (row,), issues = _parse(tmp_path, "6:30")
    assert row.start == datetime(2025, 8, 5, 18, 30, tzinfo=NY)
    (warning,) = issues
    assert (warning.tab, warning.row, warning.column, warning.value) == ("Police", 2, "Start Time", "6:30")
    assert warning.severity is Severity.WARNING
    assert "type 6:30 AM if the morning is meant" in warning.action


@pytest.mark.parametrize("cell,clock", [("06:30", time(6, 30)), ("6:30 am", time(6, 30)),
                                        ("6:30 PM", time(18, 30)), ("18:30", time(18, 30)),
                                        ("9:30", time(9, 30)), (time(6, 30), time(6, 30))])
def test_no_warning_when_the_clock_is_plain(tmp_path, cell, clock):
    (row,), issues = _parse(tmp_path, cell)
    assert issues == [] and row.start == datetime(2025, 8, 5, clock.hour, clock.minute, tzinfo=NY)


def test_an_unreadable_end_time_on_a_multi_day_row_is_an_error_not_a_moved_end(tmp_path):
    """A fresh verifier's case: End Time 'noonish' (read as noon since; 'lunchtime' here) on a
    four-day row was a warning and the published end moved to the last day's start time
    (splitting a day row off a joint event).
    Over several days no end can be guessed: the row is an error, so a published event is held
    as it was (rejected rows hold known events); on a one-day row it stays a warning."""
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    head = ("Title", "Start Date", "End Date", "Start Time", "End Time", "Visibility")
    rows, issues = parse_tab(RawTab("Fire", head, (
        ("Academy", "7/13/2026", "7/16/2026", "9am", "lunchtime", "Public"),
        ("Open house", "7/13/2026", "", "9am", "lunchtime", "Public"))), config)
    assert [r.title for r in rows] == ["Open house"]
    assert [(i.row, i.column, i.severity) for i in issues] == [
        (2, "End Time", Severity.ERROR), (3, "End Time", Severity.WARNING)]
