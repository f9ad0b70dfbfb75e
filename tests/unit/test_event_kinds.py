"""One event named by two departments in other words (v34's synonyms, v31 E11), and a place
typed with a department's initials (v34 V1/V2/V4, v36 9/11 and CERT cases): each was kept as
two one-department events, most of them with no question, so the month lost a joint event.
And the reverse: two departments' own programmes whose titles differ only in the department
they name (v34 D1–D4, L13) were one false joint event."""
from __future__ import annotations

from datetime import date

import pytest

from sheets_sync.merge import merge_rows
from tests.unit.event_rows import groups, row

DAY = date(2027, 8, 3)
LOT = dict(location="Kessler Park", address="2200 Kessler Blvd")
BOTH = frozenset({"Police!2", "Parks and Recreation!2"})
APART = {frozenset({"Police!2"}), frozenset({"Parks and Recreation!2"})}


def _pair(config, a, b, place_a=LOT, place_b=LOT):
    """Police's row ``a`` and Parks' row ``b`` as ``(title, start, end)`` on one day."""
    return merge_rows([row("Police", 2, a[0], DAY, a[1], a[2], **place_a),
                       row("Parks and Recreation", 2, b[0], DAY, b[1], b[2], **place_b)], config)


@pytest.mark.parametrize("a, b", [
    (("National Night Out", "17:00", "21:00"), ("Kessler Park Block Party", "17:00", "21:30")),
    (("NNO", "18:00", "21:00"), ("Neighborhood Cookout", "18:00", "20:00")),
    (("Creek Clean-Up", "09:00", "12:00"), ("Litter Pickup", "09:00", "11:30")),
    (("Beautification Day", "08:00", "13:00"), ("Neighborhood Cleanup", "09:00", "12:00")),
    (("Sound the Alarm", "09:00", "15:00"), ("Free Smoke Detector Installs", "09:00", "14:00")),
    (("DEA Take Back Day", "10:00", "14:00"), ("Prescription Drug Disposal", "10:00", "14:00")),
    (("Shred Day", "09:00", "12:00"), ("Free Document Shredding", "09:00", "12:00")),
    (("Car Seat Check", "10:00", "13:00"), ("Child Passenger Safety Inspections", "10:00", "12:00")),
    (("Fraud Prevention Talk", "14:00", "15:00"), ("Scam Awareness for Seniors", "14:00", "15:00")),
    (("Limpieza del Parque", "09:00", "12:00"), ("Park Cleanup", "09:00", "12:00")),
])
def test_one_kind_of_event_in_other_words_at_one_place_and_hour_is_one_event(config, a, b):
    result = _pair(config, a, b)
    assert groups(result) == {BOTH} and not result.review, (a, b)


@pytest.mark.parametrize("a, b, place_b", [
    # one kind, two places: two parties on National Night Out
    (("National Night Out", "17:00", "21:00"), ("Block Party", "17:00", "21:00"),
     dict(location="Walltown Park", address="1308 W Club Blvd")),
    # one place, hours far apart
    (("Morning Cleanup", "08:00", "10:00"), ("Evening Cookout", "17:00", "19:00"), LOT),
    (("Park Cleanup", "08:00", "10:00"), ("Litter Pickup", "15:00", "17:00"), LOT),
    # a format is no kind: a CPR class and a CPR instructors' meeting; two boards' meetings
    (("Hands-Only CPR Class", "18:00", "20:00"), ("CPR Instructor Meeting", "19:00", "21:00"), LOT),
    # one title names a kind the other does not
    (("Movie Night", "19:00", "21:00"), ("Block Party", "19:00", "21:00"), LOT),
])
def test_different_kinds_or_places_or_hours_stay_apart(config, a, b, place_b):
    assert groups(_pair(config, a, b, place_b=place_b)) == APART, (a, b)


def test_a_city_adds_its_own_words_for_a_kind(config):
    """``matching.event_kinds``: "Adopt-a-Block Day" is a cleanup in this city."""
    a, b = ("Adopt-a-Block Day", "09:00", "12:00"), ("Neighborhood Cleanup", "09:00", "12:00")
    assert groups(_pair(config, a, b)) != {BOTH}
    kinds = config.model_copy(update={"matching": config.matching.model_copy(
        update={"event_kinds": {"cleanup": ["adopt-a-block"]}})})
    assert groups(_pair(kinds, a, b)) == {BOTH}


@pytest.mark.parametrize("venue, other", [
    ("DFD Station 1", dict(location="Fire Station 1", address="139 E Morgan St")),
    ("FS1", dict(location="Fire Station 1", address="139 E Morgan St")),
    ("Stn 1", dict(location="Fire Station 1")),
    ("DPD HQ", dict(location="Police Headquarters", address="602 E Main St")),
    ("DFD Training Center", dict(location="Durham Fire Training Center", address="2008 E Club Blvd")),
])
def test_a_place_typed_with_a_department_s_initials_is_that_place(config, venue, other):
    """"DFD" is an alias of Fire (config.yaml), so "DFD Station 1" is "Fire Station 1"; "FS1"
    and "Stn 1" are how a numbered fire station is shortened."""
    result = _pair(config, ("9/11 Remembrance Ceremony", "09:00", "10:00"),
                   ("Honor guard - 9/11 remembrance", "09:00", "10:00"), dict(location=venue), other)
    assert groups(result) == {BOTH} and not result.review, venue


def test_another_station_s_number_is_another_place(config):
    result = _pair(config, ("Station Open House", "10:00", "14:00"), ("Open House", "10:00", "14:00"),
                   dict(location="FS2"), dict(location="Fire Station 1", address="139 E Morgan St"))
    assert groups(result) == APART


@pytest.mark.parametrize("a, b", [
    (("Police", "Police Explorers Post Meeting"), ("Fire", "Fire Explorers Post Meeting")),
    (("Police", "Citizens Police Academy"), ("Fire", "Citizens Fire Academy")),
    (("Emergency Communications", "911 Dispatcher Hiring Info Session"),
     ("Police", "Police Officer Hiring Info Session")),
    (("Parks and Recreation", "Parks Volunteer Orientation"), ("Emergency Management", "CERT Volunteer Orientation")),
])
def test_titles_that_name_different_departments_are_each_department_s_own(config, a, b):
    place = dict(location="Public Safety Training Center", address="3200 Concord Rd")
    result = merge_rows([row(a[0], 2, a[1], DAY, "18:00", "20:00", **place),
                         row(b[0], 2, b[1], DAY, "18:00", "20:00", **place)], config)
    assert len(result.events) == 2 and not any(e.is_joint for e in result.events), (a, b)


@pytest.mark.parametrize("a, b", [
    # an event that hosts others takes another department's part named for that department
    (("Police", "Police NNO Party"), ("Fire", "Fire at NNO Party")),
    # one department's programme, logged by a partner under the same title
    (("Police", "Police Explorers Post Meeting"), ("Fire", "Police Explorers Post Meeting")),
])
def test_a_title_naming_a_department_may_still_be_a_joint_event(config, a, b):
    place = dict(location="Public Safety Training Center", address="3200 Concord Rd")
    result = merge_rows([row(a[0], 2, a[1], DAY, "18:00", "20:00", **place),
                         row(b[0], 2, b[1], DAY, "18:00", "20:00", **place)], config)
    (event,) = result.events
    assert event.is_joint


def test_9_1_1_is_911(config):
    """v36 S7: "9-1-1 Day" and "911 Day" are one day's name; the SRO's tour at the dispatch
    center joins it."""
    day = date(2027, 9, 9)
    result = merge_rows([
        row("Emergency Communications", 2, "9-1-1 Day: Kids Call Center Tours", day, "10:00", "12:00",
            location="Central Emergency Dispatch - Justice Building, 3rd floor", address="301 N College Ave"),
        row("Police", 2, "SRO - 911 Day tour w/ Summit Elementary 4th grade", day, "10:00", "11:00",
            location="Justice Bldg", address="301 N. College Ave")], config)
    (event,) = result.events
    assert event.is_joint and not result.review


def test_two_meetings_on_their_own_topics_are_not_one_event_by_their_kind(config):
    """v39 C14: "Chief's Community Forum" 6–8 and "Community Conversation: Flood Buyout Program"
    6:30–8 in one center are two meetings; one kind (a town hall) names both, but each names a
    topic of its own, so the kind alone does not merge them (it is asked)."""
    center = dict(location="Booker Washington Center", address="524 Kent St")
    result = merge_rows([row("Police", 2, "Chief's Community Forum", DAY, "18:00", "20:00", **center),
                         row("Emergency Management", 2, "Community Conversation: Flood Buyout Program", DAY,
                             "18:30", "20:00", **center)], config)
    assert len(result.events) == 2


def test_two_boards_in_one_building_stay_two(config):
    """A new city's finding: "Board of Police Commissioners" (retitled) merged with "Board of
    Park Commissioners Meeting" at City Hall's hour; the titles differ in the department each
    names ("park" is Parks' word)."""
    hall = dict(address="401 N Morton St")
    result = merge_rows([row("Police", 6, "Board of Police Commissioners", DAY, "17:00", "19:00", **hall),
                         row("Parks and Recreation", 2, "Board of Park Commissioners Meeting", DAY, "17:00", "19:00",
                             **hall)], config)
    assert len(result.events) == 2


def test_the_host_s_row_leads_among_equals_and_a_mascot_s_visit_never_does(config):
    """A new city's findings: after Police (whose row lists Fire and Parks as partners) retitled
    its National Night Out and moved its start to 5:30, Fire's row "NNO Bryan Park" 6–8, typed
    first, led the event (title and time); and Fire's "Sparky & Fire Safety House - Kids Expo"
    led Parks' "Children's Expo"."""
    park = dict(location="Bryan Park", address="1001 S Henderson St")
    fire = row("Fire", 10, "NNO Bryan Park", DAY, "18:00", "20:00", **park)
    police = row("Police", 11, "Night Out Block Party - Bryan Park", DAY, "17:30", "20:00",
                 partners=("Fire", "Parks and Recreation"), **park)
    (event,) = merge_rows([fire, police], config).events
    assert (event.title, event.start.hour, event.start.minute) == ("Night Out Block Party - Bryan Park", 17, 30)
    center = dict(location="Banneker Community Center", address="930 W 7th St")
    sparky = row("Fire", 7, "Sparky & Fire Safety House - Kids Expo", DAY, "10:00", "13:00", **center)
    expo = row("Parks and Recreation", 3, "Children's Expo", DAY, "10:00", "13:00", **center)
    (event,) = merge_rows([sparky, expo], config).events
    assert event.title == "Children's Expo" and event.is_joint
