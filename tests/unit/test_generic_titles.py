"""Two held-out sets of staff who title rows by what they do there (v61 Ashford Lake, v62 Tamsin):
"Presentation", "Tabling", "Event support", "Standby", "Booth", and name the host's event only
in the place or the notes ("at OEM's prep fair"); and the date slips of the same sets. Each case
is a capability the sets found missing; the expected values are read off the rows."""
from __future__ import annotations

from datetime import date

import pytest

from sheets_sync.backends import MemoryBackend
from sheets_sync.hosts import named_hosts
from sheets_sync.matching import bare_title
from sheets_sync.pipeline import analyse
from sheets_sync.places import compare_places, parse_place

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Description", "Internal Notes", "Visibility"]


def _events(config, tabs):
    a = analyse(MemoryBackend(tabs={t: [H, *rows] for t, rows in tabs.items()}).read_tabs(), config)
    return a, [sorted(s.tab for s in e.sources) for e in a.merge.events]


def _row(title, day, start, end, place, description="", notes="", visibility="Public"):
    return [title, day, start, end, place, description, notes, visibility]


@pytest.mark.parametrize("title, bare", [
    ("Presentation", True), ("Tabling", True), ("Event support", True), ("Community mtg", True),
    ("Booth", True), ("Standby", True), ("Police presence", True),
    ("Hands-only CPR", False), ("Turkey Trot 5K", False), ("Egg hunt", False), ("Teen night", False),
    # generic words that still name an event, and a class
    ("Open House", False), ("Senior Safety Talk", False), ("National Night Out", False), ("CERT class", False),
])
def test_a_title_of_role_and_generic_words_names_no_event(config, title, bare):
    from sheets_sync.matching import Normaliser
    from sheets_sync.merge import _title_abbreviations, event_kinds
    norm = Normaliser(_title_abbreviations(config), config.matching.translations, config.department_units(),
                      config.department_lookup(), event_kinds(config))
    words = norm.texts(title, "", "", "")[1][0]
    departments = frozenset(w for w, _ in norm.department_words(words))
    assert bare_title(words, departments) is bare


def test_a_slot_titled_by_its_role_inside_a_meeting_or_a_hosting_event_joins_it(config):
    """EM's "Presentation" 7:15–8 at the HOA clubhouse during Police's "Community mtg" 7–8:30
    there (v61), 911's "Tours" during EM's open house: each had been scored −2 for titles that
    share no word. Inside a class or a league it may be a programme of its own in another room
    (a README-only check: a vaping talk for the PTO in the media centre during the gym's
    basketball league), so it is asked about; so is 911's "Presentation" in Fire's CPR class."""
    a, events = _events(config, {
        "Police": [_row("Community mtg", "10/16/2025", "7pm", "8:30pm", "Lakeshore Clubhouse"),
                   _row("Presentation", "11/5/2025", "6:30pm", "7:15pm", "North High")],
        "Emergency Management": [_row("Presentation", "10/16/2025", "7:15 PM", "8:00 PM", "Lakeshore Clubhouse"),
                                 _row("Open House", "4/16/2026", "4pm", "7pm", "EOC")],
        "911 Emergency Communications": [_row("Tours", "4/16/2026", "4:30pm", "5:30pm", "EOC"),
                                         _row("Presentation", "2/10/2026", "10:30", "11:00", "Senior Center")],
        "Fire": [_row("Hands-only CPR", "2/10/2026", "10am", "11:30am", "Senior Center")],
        "Parks and Recreation": [_row("Youth Basketball League", "11/5/2025", "6pm", "8pm", "North High")],
    })
    assert sorted(events) == [["911 Emergency Communications"],
                              ["911 Emergency Communications", "Emergency Management"],
                              ["Emergency Management", "Police"], ["Fire"], ["Parks and Recreation"], ["Police"]]
    assert len(a.merge.review) == 2         # the CPR class's and the league's slots are asked about
    # a tournament hosts teams, not a talk (a README-only check: "Presentation" noted "at the town
    # hall" had joined the gym's basketball tournament)
    _, events = _events(config, {
        "Parks and Recreation": [_row("Youth Basketball Tournament", "2/11/2027", "5pm", "9pm", "Brashear High")],
        "Fire": [_row("Presentation", "2/11/2027", "6:30pm", "7pm", "Brashear High")]})
    assert len(events) == 2


def test_two_titles_naming_only_roles_are_asked_not_merged(config):
    """Fire's "Tabling" by the spray pad and Police's "Tabling" by the skate park, both 10–12 at
    Switchyard Park (a README-only check: merged on "title 100"): nothing names the event, so
    they are asked about, never merged on the titles; two role titles only partly overlapping at
    one park stay apart unasked."""
    a, events = _events(config, {
        "Fire": [_row("Tabling", "10/3/2026", "10am", "noon", "Switchyard Park"),
                 _row("Standby", "7/4/2026", "9pm", "11pm", "Lakefront Park")],
        "Police": [_row("Tabling", "10/3/2026", "10am", "noon", "Switchyard Park")],
        "Community Safety": [_row("Booth", "7/4/2026", "6pm", "10pm", "Lakefront Park")],
    })
    assert len(events) == 4
    assert [sorted((p.a.source.tab, p.b.source.tab)) for p in a.merge.review] == [["Fire", "Police"]]


def test_a_shift_around_two_events_in_one_building_joins_neither_through_a_role_title(config):
    """Fire's "Standby" 6–9 at the community center, Parks' "Teen Open Gym" 6–9 in its gym and
    Police's "Community mtg" 7–8:30 there (a README-only check: one four-department event)."""
    _, events = _events(config, {
        "Fire": [_row("Standby", "11/12/2026", "6pm", "9pm", "Banneker Community Center")],
        "Parks and Recreation": [_row("Teen Open Gym", "11/12/2026", "6pm", "9pm", "Banneker Community Center")],
        "Police": [_row("Community mtg", "11/12/2026", "7pm", "8:30pm", "Banneker Community Center")],
    })
    assert ["Parks and Recreation", "Police"] not in events and ["Fire", "Parks and Recreation", "Police"] not in events


def test_event_support_around_an_event_is_coverage(config):
    """Police's "Event support" 7–10:30 around Parks' "Turkey Trot 5K" 8–10 at Railyard Park."""
    _, events = _events(config, {
        "Parks and Recreation": [_row("Turkey Trot 5K", "11/27/2025", "8am", "10am", "Railyard Park")],
        "Police": [_row("Event support", "11/27/2025", "7am", "10:30am", "Railyard Park")],
    })
    assert events == [["Parks and Recreation", "Police"]]


@pytest.mark.parametrize("a, b, kind", [
    ("Lakeview CC", "Lakeview Country Club", "similar venue"),       # CC: a country club too, or a church
    ("AL High", "Ashford Lake High", "same venue"),                  # two letters for two words
    ("Lakeview CC", "Hillcrest Country Club", "different venue"),
    ("EOC training rm", "Emergency Ops Center - training room", "same venue"),   # a room by its use
    ("EOC training rm", "Emergency Ops Center - board room", "different rooms"),
    ("ALHS auditorium", "ALHS football field", "different rooms"),   # a school's field is not its hall
    ("Time Check Comm. Room", "Time Check Community Room", "same venue"),   # (a venue's name, v53)
    # v62: a county's fairgrounds and a mall typed short, a hall or a lot typed without a dash
    ("TC Fgrnds", "Tamsin County Fairgrounds", "same venue"),
    ("TC Fairgrounds Expo Hall", "Tamsin County Fairgrounds - Expo Hall", "same venue"),
    ("VO Mall N. lot", "Valley Oaks Mall - north lot", "same venue"),
    ("VO Mall N. lot", "Valley Oaks Mall parking lot", "same venue"),   # the north one of its lots
    ("Mall N. lot", "Mall S. lot", "different rooms"),
    ("Ashford Lake High", "ALHS", "same venue"),                        # a high school by its level
    ("Westside High", "Eastside High School", "different venue"),
    ("BP", "Bryan Park", "different venue"),                            # two letters are not a whole name
    # a name shortened word by word, one word left out: alike, not apart (v62); a room typed
    # without a dash split off as the other typed it
    ("Vets Park", "Veterans Memorial Park", "similar venue"),
    ("Vets Park Pav 1", "Veterans Memorial Park - Pavilion 1", "similar venue"),
    ("Vets Park Pav 2", "Veterans Memorial Park - Pavilion 1", "different venue"),
])
def test_places_typed_the_ways_the_sets_type_them(a, b, kind):
    assert compare_places(parse_place(a, ""), parse_place(b, ""))[0] == kind


def test_the_host_departments_event_named_by_its_possessive():
    names = {"oem": "Emergency Management", "911": "Emergency Communications", "parks": "Parks and Recreation",
             "parks and rec": "Parks and Recreation", "fire": "Fire", "pd": "Police"}
    assert named_hosts(["extinguisher demo at OEM's prep fair. Bring cones"], names) == \
        (("Emergency Management", "prep fair", "at"),)
    assert named_hosts(["EOC tours during 911\u2019s open house"], names) == \
        (("Emergency Communications", "open house", "at"),)
    assert named_hosts(["traffic for Parks' Turkey Trot on River Rd"], names) == \
        (("Parks and Recreation", "turkey trot", "at"),)
    assert named_hosts(["escorting Fire's Santa run into the mall"], names) == (("Fire", "santa run", "at"),)
    assert named_hosts(["at the Parks and Rec's fair"], names) == (("Parks and Recreation", "fair", "at"),)
    assert named_hosts(["HEART presents at the Chief's town hall", "Kim's idea", "PD said no"], names) == ()
    # … a denial is read as one (v61: a weather table inside the mall, "not Parks' touch-a-truck"
    # in its lot, had joined the truck show; a README-only check: "Not at Parks' thing", "Police's
    # Shop with a Cop is inside at Target; not connected")
    assert named_hosts(["the mall's own wellness fair inside; not Parks' touch-a-truck"], names) == \
        (("Parks and Recreation", "touch-a-truck", "not at"),)
    assert named_hosts(["Not at Parks' thing; our own outreach"], names) == \
        (("Parks and Recreation", "thing", "not at"),)
    assert named_hosts(["PD's shop night is inside at Target; not connected"], names) == \
        (("Police", "shop night", "not at"),)
    assert named_hosts(["OEM's prep fair is upstairs; we're not in it"], names) == \
        (("Emergency Management", "prep fair", "not at"),)
    # … and none where the words place the row beside it or are about planning it
    assert named_hosts(["Volunteers meet after PD's Coffee with a Cop wraps up", "Parks' Pumpkin Launch is across town",
                        "Planning mtg for Parks' Turkey Trot", "Parks' Trail already has Police; we go to the rink"],
                       names) == ()


def test_a_row_naming_its_hosts_event_joins_it_at_a_place_typed_another_way(config):
    """Fire's "Booth" at "ALPL" whose notes say "extinguisher demo at EM's prep fair" joins
    EM's "Preparedness fair" at "Main Library" ("prep" shortens "preparedness"); EM's "EOC
    monitoring" from the EOC joins Parks' First Night by its notes. Police's table naming Parks'
    fair joins neither (its words name another department's other event)."""
    _, events = _events(config, {
        "Emergency Management": [
            _row("Preparedness fair", "9/12/2026", "10am", "2pm", "Main Library"),
            _row("EOC monitoring", "12/31/2025", "8 PM", "11:59 PM", "EOC",
                 notes="partial activation for Parks' First Night fireworks", visibility="Internal")],
        "Fire": [_row("Booth", "9/12/2026", "10am", "2pm", "ALPL", "extinguisher demo at EM's prep fair")],
        "Parks and Recreation": [_row("First Night", "12/31/2025", "9pm", "11:30pm", "Lakefront Park")],
        "Police": [_row("Info table", "9/12/2026", "10am", "2pm", "Eastside Walmart", "cones for Parks' harvest fair")],
    })
    assert sorted(events) == [["Emergency Management", "Fire"], ["Emergency Management", "Parks and Recreation"],
                              ["Police"]]


def test_a_row_saying_it_is_not_at_a_departments_event_stays_off_it(config):
    """A table whose notes say "Not at Parks' thing; our own outreach" beside Parks' nature talk
    at the same park and hour (a README-only check: merged as the talk's part)."""
    _, events = _events(config, {
        "Community Safety": [_row("Tabling", "5/2/2026", "10am", "noon", "Peoples Park",
                                  notes="Not at Parks' thing; our own outreach")],
        "Parks and Recreation": [_row("Nature Talk", "5/2/2026", "10am", "11am", "Peoples Park")],
    })
    assert sorted(events) == [["Community Safety"], ["Parks and Recreation"]]


def test_last_years_year_typed_in_january_among_this_years_rows(config):
    """"1/10/2025" between rows of December 2025 and February 2026 is 1/10/2026, with a line
    saying so; a January row of last year among last year's rows stays."""
    a, _ = _events(config, {"Emergency Management": [
        _row("Holiday drive", "12/13/2025", "10am", "noon", "EOC"),
        _row("Presentation", "1/10/2025", "10am", "11:30am", "Main Library"),
        _row("Shelter drill", "2/7/2026", "9am", "noon", "EOC"),
    ], "Police": [
        _row("Winter walk", "12/2/2024", "6pm", "7pm", "Park"),
        _row("Cocoa", "1/19/2025", "6pm", "7pm", "Park"),
        _row("Spring walk", "3/2/2025", "6pm", "7pm", "Park"),
    ]})
    days = {e.title: e.start_date for e in a.merge.events}
    assert days["Presentation"] == date(2026, 1, 10)
    assert days["Cocoa"] == date(2025, 1, 19)
    # … nor one whose words or day name say the year is meant (a README-only check)
    for meant in (_row("Warming center - Jan 2025 ice storm (late entry)", "1/6/2025", "8am", "8pm", "EOC"),
                  _row("Warming center", "Mon 1/6/2025", "8am", "8pm", "EOC"),
                  _row("Warming center", "1/6/2025", "8am", "8pm", "EOC", notes="last year's cold snap")):
        b, _ = _events(config, {"Emergency Management": [_row("Holiday drive", "12/13/2025", "10am", "noon", "EOC"),
                                                         meant, _row("Drill", "2/7/2026", "9am", "noon", "EOC")]})
        assert {e.title: e.start_date for e in b.merge.events}[meant[0]] == date(2025, 1, 6)
    (line,) = [i for i in a.issues if i.column == "Start Date"]
    assert (line.tab, line.row) == ("Emergency Management", 3) and "Read as 01/10/2026" in line.problem


def test_a_day_name_far_from_the_tabs_year_is_the_slip(config):
    """"Sat 3/13" among rows of March 2026 is read in 2026 (3/13/2026 is a Friday), not in 2027
    whose 3/13 is a Saturday; Police's row on Saturday 3/14 at the same hall then settles it."""
    a, events = _events(config, {
        "Community Safety": [_row("Walk", "3/2/2026", "6pm", "7pm", "Park"),
                             _row("Presentation", "Sat 3/13", "9:15am", "11am", "ALHS auditorium",
                                  "co-presenting w/ PD, parent workshop")],
        "Police": [_row("Parent workshop", "3/14/2026", "9am", "11am", "ALHS auditorium")],
    })
    days = {e.title: (e.start_date, len(e.sources)) for e in a.merge.events}
    assert (date(2026, 3, 14), 2) in days.values()
