"""Rain dates: a row titled as an event's rain date is not counted; an event naming its rain
date is the event (a fresh verifier's finding on Bloomington's "Touch a Truck (Rain Date)")."""
from datetime import date

import pytest

from reports.measures import rain_date
from sheets_sync.merge import merge_rows
from tests.unit.event_rows import row


@pytest.mark.parametrize("title, is_rain_date", [
    ("Touch a Truck (Rain Date)", True),
    ("Rain Date: Touch a Truck", True),
    ("Touch a Truck - Engine 1 (rain date)", True),
    ("Movie Night - backup date", True),
    ("Raindate - Fall Festival", True),
    # an event naming its rain date, and titles that only share a word
    ("Movie in the Park (rain date 6/12)", False),
    ("Movie Night - Rain date: June 12", False),
    ("Movie Night (rain date is 6/12)", False),
    ("Rain Garden Workshop", False),
    ("Rain or Shine 5K", False),
    ("Severe Weather Day", False),
])
def test_rain_date_titles(title, is_rain_date):
    assert rain_date(title) is is_rain_date


def test_a_title_naming_its_rain_date_matches_the_same_event_without_the_note(config):
    day = date(2026, 6, 5)
    parks = row("Parks and Recreation", 2, "Movie in the Park (rain date 6/12)", day, "20:00", "22:00",
                location="Bryan Park")
    fire = row("Fire", 2, "Movie in the Park", day, "20:00", "22:00", location="Bryan Park")
    (event,) = merge_rows([parks, fire], config).events
    assert set(event.departments) == {"Parks and Recreation", "Fire"} and event.is_joint
