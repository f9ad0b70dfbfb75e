"""Issue 16 (verifier gap 5): a time zone abbreviation typed after a time is read. The city's
own zone (config ``timezone``) is dropped — the time is local; another zone is converted to
the city's with a Validation warning; unknown letters stay an error."""
from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from sheets_sync.config import config_from_dict
from sheets_sync.model import RawTab, Severity
from sheets_sync.validate import parse_tab
from sheets_sync.zones import own_abbreviations, split_zone
from tests.conftest import base_config_dict

H = ("Title", "Start Date", "Start Time", "End Time", "Visibility")


def parsed(tmp_path, start_time, end_time="", city="America/New_York"):
    data = base_config_dict(tmp_path)
    data["timezone"] = city
    config = config_from_dict(data, base_dir=tmp_path)
    rows, issues = parse_tab(RawTab("Police", H, (("Walk", "8/5/2025", start_time, end_time, "Public"),)), config)
    return rows, issues, ZoneInfo(city)


@pytest.mark.parametrize("cell,start,end", [
    ("6:30 PM-8:00 PM EST", time(18, 30), time(20)),
    ("6:30 PM EDT", time(18, 30), None),
    ("7pm ET", time(19), None),
    ("6 PM EST - 8 PM EST", time(18), time(20)),
    ("6:30 PM (EDT)", time(18, 30), None),
])
def test_the_city_zone_is_dropped_without_a_word(tmp_path, cell, start, end):
    rows, issues, tz = parsed(tmp_path, cell)
    assert issues == []
    (row,) = rows
    assert row.start == datetime(2025, 8, 5, start.hour, start.minute, tzinfo=tz)
    if end is not None:
        assert row.end == datetime(2025, 8, 5, end.hour, end.minute, tzinfo=tz)


def test_chicago_city_drops_ct(tmp_path):
    rows, issues, tz = parsed(tmp_path, "18:30 CT", city="America/Chicago")
    assert issues == [] and rows[0].start == datetime(2025, 8, 5, 18, 30, tzinfo=tz)


@pytest.mark.parametrize("cell,zone", [("18:30 CT", "America/Chicago"), ("5pm PT", "America/Los_Angeles"),
                                      ("6:30 PM-8:00 PM MST", "America/Denver")])
def test_another_zone_is_converted_with_a_warning(tmp_path, cell, zone):
    rows, issues, tz = parsed(tmp_path, cell)
    (row,) = rows
    # the instant typed, computed here with zoneinfo directly
    clock = {"18:30 CT": (18, 30), "5pm PT": (17, 0), "6:30 PM-8:00 PM MST": (18, 30)}[cell]
    typed = datetime(2025, 8, 5, *clock, tzinfo=ZoneInfo(zone))
    assert row.start == typed and row.start.astimezone(tz).tzinfo is tz
    assert row.start.astimezone(tz).hour == typed.astimezone(tz).hour
    (warning,) = issues
    assert warning.severity is Severity.WARNING and warning.column == "Start Time"
    assert zone in warning.problem and "America/New_York" in warning.problem and "converted" in warning.problem
    if "8:00" in cell:                          # the end is converted too: 8 PM Mountain = 10 PM Eastern
        assert row.end == datetime(2025, 8, 5, 20, tzinfo=ZoneInfo(zone))


def test_end_time_cell_with_a_zone(tmp_path):
    rows, issues, tz = parsed(tmp_path, "6pm", "8pm EDT")
    assert issues == [] and rows[0].end == datetime(2025, 8, 5, 20, tzinfo=tz)
    rows, issues, tz = parsed(tmp_path, "6pm", "7pm CDT")
    assert rows[0].end == datetime(2025, 8, 5, 19, tzinfo=ZoneInfo("America/Chicago"))
    assert [i.column for i in issues] == ["End Time"]


@pytest.mark.parametrize("cell", ["6:30 PM XYZ", "7pm QQ", "6pm EST - 8pm PST"])
def test_unknown_letters_or_two_zones_stay_an_error(tmp_path, cell):
    rows, issues, _ = parsed(tmp_path, cell)
    assert rows == [] and [i.severity for i in issues] == [Severity.ERROR]
    assert issues[0].column == "Start Time" and issues[0].value == cell


def test_own_abbreviations_come_from_the_iana_zone():
    assert own_abbreviations(ZoneInfo("America/New_York")) == {"EST", "EDT", "ET"}
    assert own_abbreviations(ZoneInfo("America/Phoenix")) == {"MST", "MT"}     # no daylight time
    assert own_abbreviations(ZoneInfo("Pacific/Honolulu")) == {"HST", "HT"}
    assert split_zone("7pm MST", ZoneInfo("America/Phoenix"))[1].zone is None
    assert split_zone("6 pm", ZoneInfo("America/New_York")) == ("6 pm", None)
