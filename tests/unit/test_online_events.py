"""A held-out set of online and hybrid events (v66 Wrenfield): meetings on Zoom, Teams, Facebook
Live and YouTube typed as a link or with whose page they are on, rooms held online at once
("Council Chambers + Zoom"), and events a host moved online while a partner's row still names the
room. Each case is a capability the set found missing; the expected values are read off the rows."""
from __future__ import annotations

import pytest

from sheets_sync.backends import MemoryBackend
from sheets_sync.model import Severity
from sheets_sync.pipeline import analyse
from sheets_sync.places import ONLINE, compare_places, parse_place

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Address", "Description", "Visibility"]


@pytest.mark.parametrize("typed, venue", [
    ("https://zoom.us/j/86120034455", ONLINE),
    ("facebook.com/WrenfieldFire", ONLINE),
    ("Zoom (OEM's)", ONLINE),
    ("Facebook (CSD page)", ONLINE),
    ("YouTube - City of Wrenfield channel", ONLINE),
    ("Virtual (moved from Linwood Rec Center)", ONLINE),
    ("Zoom", ONLINE),                                       # (as before)
    ("Zoom - Council Chambers", "zoom"),    # a room after the platform: a place (its room Council Chambers)
    ("Linwood Rec Center", "linwood rec ctr"),
])
def test_online_places_typed_every_way(typed, venue):
    assert parse_place(typed, "").venue == venue


@pytest.mark.parametrize("a, b, kind", [
    # a room held online too is that room against a room, and online against a meeting online
    ("Council Chambers + Zoom", "City Hall - Council Chambers", "same venue"),
    ("City Hall / livestreamed", "City Hall", "same venue"),
    ("City Hall Room 201 + Zoom", "Zoom", "both online"),
    ("https://zoom.us/j/86120034455", "Zoom (OEM's)", "both online"),
    ("Council Chambers", "Zoom", "places not comparable"),      # (as before)
    ("Smith Hall / Jones Hall", "Smith Hall", "same venue"),     # two rooms: no meeting online
])
def test_hybrid_and_online_places_compared(a, b, kind):
    assert compare_places(parse_place(a, ""), parse_place(b, ""))[0] == kind
    assert not parse_place("Smith Hall / Jones Hall", "").hybrid and parse_place("Council Chambers + Zoom", "").hybrid


def _row(title, place, description="", address=""):
    return [title, "3/19/2026", "6pm", "7:30pm", place, address, description, "Public"]


def test_an_event_moved_online_is_published_online_with_a_warning_on_the_row_left_at_the_room(config):
    """Community Safety moved its listening session online; Police's row, attending it, still
    names the library room: the event had been published at the room (Police's row led it)."""
    a = analyse(MemoryBackend(tabs={
        "Community Safety": [H, _row("Neighborhood Safety Listening Session - Eastside", "Virtual",
                                     "Moved online - the Eastgate Branch Library meeting room is unavailable.")],
        "Police": [H, _row("Eastside listening session", "Eastgate Branch Library - Meeting Room",
                           "Capt. Reyes attending CSD's listening session", "3120 Eastgate Blvd")],
    }).read_tabs(), config)
    event, = a.merge.events
    assert (event.location, str(event.sources[0])) == ("Virtual", "Community Safety!2")
    told = [(i.tab, i.row, i.column, i.severity) for i in a.issues if i.column == "Location"]
    assert told == [("Police", 2, "Location", Severity.WARNING)]


def test_a_heading_saying_now_virtual_leads_over_the_rooms_rows(config):
    a = analyse(MemoryBackend(tabs={
        "Emergency Management": [H, _row("Heat Safety Community Briefing - NOW VIRTUAL",
                                         "Virtual (moved from Linwood Rec Center)")],
        "Community Safety": [H, _row("Heat safety briefing", "Linwood Rec Ctr")],
    }).read_tabs(), config)
    event, = a.merge.events
    assert event.location == "Virtual (moved from Linwood Rec Center)"


def test_a_departments_programme_at_its_own_building_keeps_the_department_in_its_title(config):
    """"Citizens Police Academy - Info Night" at Police Headquarters had lost "Police" from its
    title as a word of its place, and merged with Fire's "Citizens Fire Academy - Info Night" on
    Zoom at the same hour (a README-only check); a venue's own name still leaves the title
    ("Tai Chi Easy at Switchyard Park" at Switchyard Park)."""
    def row(title, place):
        return [title, "8/26/2026", "6pm", "7:30pm", place, "", "", "Public"]
    a = analyse(MemoryBackend(tabs={
        "Police": [H, row("Citizens Police Academy - Info Night", "Police Headquarters")],
        "Fire": [H, row("Citizens Fire Academy - Info Night", "Zoom")],
    }).read_tabs(), config)
    assert len(a.merge.events) == 2 and not a.merge.review


def _two(config, host, partner):
    """One event typed by Community Safety (``host``) and Police (``partner``): (title, place,
    status) of what is published."""
    header = ["Title", "Start Date", "Start Time", "End Time", "Location", "Address", "Description", "Status",
              "Visibility"]
    a = analyse(MemoryBackend(tabs={"Community Safety": [header, host], "Police": [header, partner]}).read_tabs(),
                config)
    event, = a.merge.events
    return event.title, event.location, event.address, event.status.value


def _meeting(title, place, address="", description="", status=""):
    return [title, "12/15/2026", "6pm", "7:30pm", place, address, description, status, "Public"]


def test_a_host_cancelling_the_event_a_partner_attends_cancels_it(config):
    """Police's captain "attending CSD's listening session", still Scheduled, had kept Community
    Safety's cancelled session going as Police's own event."""
    got = _two(config, _meeting("Community Safety Listening Session - Northeast", "Hive", status="Cancelled"),
               _meeting("Listening session - Northeast", "Hive", description="attending CSD's listening session"))
    assert got[0] == "Community Safety Listening Session - Northeast" and got[3] == "Cancelled"


def test_the_room_held_online_too_leads_over_a_row_only_online(config):
    got = _two(config, _meeting("City-County Community Conversation on Violence Reduction Plan",
                                "Committee Room, City Hall + Zoom", "401 N Morton St"),
               _meeting("Violence Reduction Plan conversation", "https://zoom.us/j/89284542780"))
    assert got[:2] == ("City-County Community Conversation on Violence Reduction Plan",
                       "Committee Room, City Hall + Zoom")


def test_an_event_moved_online_takes_no_address_of_the_room_it_left(config):
    """"Moved to Zoom" typed as the place is online; the room's address of the partner's row is
    not published beside it."""
    got = _two(config, _meeting("Park Safety Forum - NOW VIRTUAL", "Moved to Zoom"),
               _meeting("Park Safety Forum", "Switchyard Park Pavilion", "1601 S Rogers St"))
    assert got[1:3] == ("Moved to Zoom", "")


@pytest.mark.parametrize("a, b, kind", [
    ("Zoom", "MS Teams", "different venue"),              # one meeting is held on one tool
    ("Zoom", "https://zoom.us/j/86120034455", "both online"),
    ("Teams", "teams.microsoft.com/l/meetup-join/19", "both online"),
    ("Zoom", "Virtual", "both online"),                   # "Virtual" names no tool
    ("Zoom", "YouTube - City channel", "both online"),    # a stream may carry any meeting
])
def test_meetings_on_two_tools_are_two(a, b, kind):
    assert compare_places(parse_place(a, ""), parse_place(b, ""))[0] == kind


def test_two_meetings_online_titled_as_any_meeting_are_asked(config):
    """"Community Meeting" on Zoom at 7pm in two tabs, their notes about two different things: had
    merged at +4 (a README-only check); asked now, not merged."""
    def row(description):
        return ["Community Meeting", "1/14/2027", "7pm", "8pm", "Zoom", "", description, "Public"]
    a = analyse(MemoryBackend(tabs={
        "Community Safety": [H, row("HEART expansion to District 5")],
        "Fire": [H, row("Station 17 construction update for Treyburn residents")],
    }).read_tabs(), config)
    assert len(a.merge.events) == 2 and len(a.merge.review) == 1


def test_an_internal_support_row_does_not_keep_a_cancelled_festival_going(config):
    """Parks cancelled its festival; Fire's truck visit and Emergency Management's Internal
    weather watch at the festival's hours still said Scheduled: it had been counted as going
    ahead, Fire's and EM's (a README-only check)."""
    header = ["Title", "Start Date", "Start Time", "End Time", "Location", "Status", "Visibility"]
    a = analyse(MemoryBackend(tabs={
        "Parks and Recreation": [header, ["Bimbe Cultural Arts Festival", "5/16/2026", "11am", "7pm",
                                          "Rock Quarry Park", "Cancelled - severe weather", "Public"]],
        "Fire": [header, ["Fire truck at Bimbe", "5/16/2026", "1pm", "2pm", "Rock Quarry Park", "", "Public"]],
        "Emergency Management": [header, ["Bimbe - weather monitoring", "5/16/2026", "11am", "7pm",
                                          "Rock Quarry Park", "", "Internal"]],
    }).read_tabs(), config)
    event, = a.merge.events
    assert event.status.value == "Cancelled" and len(event.sources) == 3


def test_a_row_whose_notes_say_now_virtual_leads_though_its_location_names_the_room(config):
    got = _two(config, _meeting("Public Meeting: East End and Long Meadow Parks Redevelopment",
                                "Eastway Elementary School (Cafeteria)", "610 N Alston Avenue",
                                "NOW VIRTUAL: this meeting moved to Zoom; the link is on the Parks website."),
               _meeting("East End / Long Meadow Parks public meeting", "Eastway Elementary School",
                        "610 N Alston Ave", "District 1 officers will answer questions about park safety."))
    assert got[0] == "Public Meeting: East End and Long Meadow Parks Redevelopment"
