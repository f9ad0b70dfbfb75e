"""A Start Date whose day name disagrees with its date (v60, held out: Emergency Management's
"Go-kit giveaway @ Twin Lakes", typed "Sat 9/26/2025" — a Friday — for the Safety Expo on
Saturday 9/27). The dates and weekdays below are read off a calendar of 2025."""
from __future__ import annotations

from datetime import date

import pytest

from sheets_sync.backends import MemoryBackend
from sheets_sync.day_names import named_day
from sheets_sync.pipeline import analyse

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Description", "Visibility"]
EXPO = ["Safety Expo", "9/27/2025", "10:00 AM", "3:00 PM", "Twin Lakes Recreation Center", "", "Public"]
GIVEAWAY = ["Go-kit giveaway @ Twin Lakes", "Sat 9/26/2025", "10am", "2pm", "Twin Lakes Rec",
            "Free go-kits while they last (expo).", "Public"]


def _analysed(config, tabs):
    return analyse(MemoryBackend(tabs={t: [H, *rows] for t, rows in tabs.items()}).read_tabs(), config)


def _day_lines(a):
    return [i for i in a.issues if i.column == "Start Date"]


@pytest.mark.parametrize("day, weekday, expected", [
    (date(2025, 9, 26), 5, date(2025, 9, 27)),      # a Friday named Saturday: the next day
    (date(2025, 9, 26), 3, date(2025, 9, 25)),      # named Thursday: the day before
    (date(2025, 9, 26), 0, date(2025, 9, 29)),      # named Monday: three days on
    (date(2025, 9, 26), 1, date(2025, 9, 23)),      # named Tuesday: three days back
    (date(2025, 12, 31), 3, date(2026, 1, 1)),      # a Wednesday named Thursday: across the year
])
def test_the_named_day_is_the_nearest_date_with_that_name(day, weekday, expected):
    assert day.weekday() == 4 or day == date(2025, 12, 31)
    assert named_day(day, weekday) == expected
    assert expected.weekday() == weekday


def test_a_partners_row_on_the_named_day_settles_it(config):
    """The giveaway merges with Parks' expo on Saturday 9/27; its line says it was read that day
    and names the expo's row, in place of the "published on Friday" line."""
    a = _analysed(config, {"Parks and Recreation": [EXPO], "Emergency Management": [GIVEAWAY]})
    (event,) = a.merge.events
    assert event.start_date == date(2025, 9, 27)
    assert set(event.departments) == {"Parks and Recreation", "Emergency Management"}
    (line,) = _day_lines(a)
    assert (line.tab, line.row, line.value) == ("Emergency Management", 2, "Sat 9/26/2025")
    assert "read as Saturday 09/27/2025" in line.problem and "Parks and Recreation!2" in line.problem
    assert "published on Friday" not in line.problem


def test_without_a_partner_that_day_the_date_stands(config):
    """Alone, or beside a different event on the named day, the row keeps its typed date, with
    the warning saying so."""
    other = ["Tai Chi Easy", "9/27/2025", "9:00 AM", "10:00 AM", "Switchyard Park", "", "Public"]
    for tabs in ({"Emergency Management": [GIVEAWAY]},
                 {"Emergency Management": [GIVEAWAY], "Parks and Recreation": [other]}):
        a = _analysed(config, tabs)
        giveaway = next(e for e in a.merge.events if e.title.startswith("Go-kit"))
        assert giveaway.start_date == date(2025, 9, 26)
        (line,) = _day_lines(a)
        assert "09/26/2025 is a Friday, not a Saturday" in line.problem
        assert "published on Friday 09/26/2025" in line.problem


def test_the_named_day_of_ones_own_tab_settles_nothing(config):
    """The expo typed by the same department on Saturday is another row of its own tab: the
    giveaway stays on Friday (one department's two rows are not a partner's)."""
    a = _analysed(config, {"Emergency Management": [EXPO, GIVEAWAY]})
    assert sorted(e.start_date for e in a.merge.events) == [date(2025, 9, 26), date(2025, 9, 27)]


def test_a_row_that_meets_its_event_on_its_own_date_stays(config):
    """When the expo is on the typed Friday too, the day name was the slip: the giveaway merges
    there and keeps the Friday warning."""
    friday_expo = [EXPO[0], "9/26/2025", *EXPO[2:]]
    saturday_walk = ["Go-kit giveaway", "9/27/2025", "10:00 AM", "2:00 PM", "Twin Lakes Recreation Center", "",
                     "Public"]
    a = _analysed(config, {"Parks and Recreation": [friday_expo], "Emergency Management": [GIVEAWAY],
                           "Fire": [saturday_walk]})
    giveaway = next(e for e in a.merge.events if any(s.tab == "Emergency Management" for s in e.sources))
    assert giveaway.start_date == date(2025, 9, 26)
    assert "Parks and Recreation" in giveaway.departments
    assert "published on Friday 09/26/2025" in _day_lines(a)[0].problem


def test_a_row_naming_its_dates_own_day_keeps_it(config):
    """911's table typed "Sat 9/26/2025" whose notes say "Friday's senior resource morning - our
    own table" stays on Friday beside the Saturday expo (a README-only check: it had been moved
    into the expo): the words name the date's own day, so the day name was the slip."""
    table = ["Tabling", "Sat 9/26/2025", "10am", "1pm", "Twin Lakes Rec",
             "Friday's senior resource morning - our own table", "Public"]
    a = _analysed(config, {"Parks and Recreation": [EXPO], "911 Emergency Communications": [table]})
    assert sorted(e.start_date for e in a.merge.events) == [date(2025, 9, 26), date(2025, 9, 27)]
    assert "published on Friday 09/26/2025" in _day_lines(a)[0].problem
