"""Two fresh helpers' sets of one King County city (v57, v58, Cedar Ridge), held out: three of
its six departments keep Outlook, Exchange or Apple calendars, the others type tabs. Rooms typed
short ("Library Mtg Rm A"), a canvass's meeting point ("Meet at Ridgewood Elementary"), set-up
times in the notes, a police post on a race's route, a session on one day of a two-day training.
Each case is a capability the sets found missing; the expected values are read off the rows."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import icalendar

from sheets_sync.backends.ics_source import read_calendar
from sheets_sync.counting import visibility_disagreements
from sheets_sync.invitees import invitee_reader
from sheets_sync.merge import lead_classes, merge_rows
from sheets_sync.model import RawTab, Visibility
from sheets_sync.places import compare_places, meeting_point, parse_place
from sheets_sync.validate import parse_tab
from tests.unit.event_rows import groups, row


def _kind(a: tuple[str, str], b: tuple[str, str]) -> str:
    return compare_places(parse_place(*a), parse_place(*b))[0]


def test_a_room_typed_short_is_the_room_typed_in_full():
    """"Library Mtg Rm A" (the 911 center's tab) is the Emergency Management calendar's "Cedar
    Ridge Library - Meeting Room A"; "Station 71 community room" is "Fire Station 71 - Community
    Room". Both had been read as other venues: two classes, same title and hour, kept apart
    with no question. Another room of the building stays another."""
    full = ("Cedar Ridge Library - Meeting Room A", "")
    assert parse_place("Library Mtg Rm A", "").room == "meeting room a"
    assert _kind(("Library Mtg Rm A", ""), full) == "same venue"
    assert _kind(("Cedar Ridge Library Mtg Rm A", ""), full) == "same venue"
    assert _kind(("Library Mtg Rm B", ""), full) == "different rooms"
    assert parse_place("Station 71 community room", "").room == "community room"
    assert _kind(("Station 71 community room", ""), ("Fire Station 71 - Community Room", "")) == "same venue"
    assert _kind(("Station 71 community room", ""), ("Station 72 community room", "")) != "same venue"
    assert parse_place("Lakewood Community Room", "").room == ""       # a venue's name, no building before it


def test_where_a_group_meets_is_the_place():
    """Fire's Address "Meet at Ridgewood Elementary, 18030 162nd Pl SE" and Community Safety's
    Location "Ridgewood Elementary (meet-up)" name one school; the words say a canvass sets off
    there. The published cell keeps them (they tell residents where to go)."""
    assert meeting_point("Meet at Ridgewood Elementary, 18030 162nd Pl SE") == \
        "Ridgewood Elementary, 18030 162nd Pl SE"
    assert meeting_point("Ridgewood Elementary (meet-up)") == "Ridgewood Elementary"
    assert meeting_point("Lot B - staging area") == "Lot B"
    assert meeting_point("Meeting in front of City Hall") == "City Hall"
    for name in ("Meeting Room A", "Meetinghouse", "Gathering Place Park", "Stage at Bryan Park", "Meet at"):
        assert meeting_point(name) == name
    assert _kind(("", "Meet at Ridgewood Elementary, 18030 162nd Pl SE"),
                 ("Ridgewood Elementary (meet-up)", "")) == "same venue"


def test_a_venue_before_an_address_on_a_place_or_court_is_kept():
    """An Address cell "Ridgewood Elementary, 18030 SE 162nd Pl" had lost its venue (a street
    typed "Pl", not "St"), so the school named on another row was "not comparable" to it."""
    place = parse_place("", "Ridgewood Elementary, 18030 SE 162nd Pl")
    assert (place.venue, place.number, place.street) == ("ridgewood elem", "18030", "162nd pl")
    assert parse_place("", "Suite 200, 1020 Main Pl").venue == ""      # a suite is no venue
    assert parse_place("Gathering Place", "").venue == "gathering pl"  # no house number: a name


def test_one_natural_area_and_a_spot_in_it_by_its_name_are_alike():
    """"Griffy Lake boathouse lot" is in "Griffy Lake Nature Preserve", and "Lake Wilderness
    Lodge" at "Lake Wilderness Park - swim beach"'s park (v56, v57): alike, so a pair agreeing
    otherwise is asked rather than kept apart. A school or a golf course of that name is
    another place."""
    assert _kind(("Griffy Lake boathouse lot", ""), ("Griffy Lake Nature Preserve", "")) == "similar venue"
    assert _kind(("Lake Wilderness Lodge", ""), ("Lake Wilderness Park - swim beach", "")) == "similar venue"
    assert _kind(("Lake Wilderness Park", ""), ("Lake Wilderness Elementary", "")) == "different venue"
    assert _kind(("Lake Wilderness Lodge", ""), ("Lake Wilderness Golf Course", "")) == "different venue"
    assert _kind(("Eastgate Lodge", ""), ("Westgate Lodge", "")) == "different venue"


def test_a_short_talk_starting_into_a_meeting_in_its_room_is_part_of_it(config):
    """The 911 center's "Quake ready mtg - when to call 911 talk" 10:30–11:00 in "Library Mtg Rm
    A", inside Emergency Management's "Earthquake Ready Neighborhoods" 10–12 in that room: its
    start is half an hour in ("close", not "inside"), and "quake" is the word's short form. One
    event; a talk naming another topic there stays apart."""
    day = date(2026, 3, 21)
    meeting = row("Emergency Management", 13, "Earthquake Ready Neighborhoods", day, "10:00", "12:00",
                  location="Cedar Ridge Library - Meeting Room A")
    talk = row("Emergency Communications", 12, "Quake ready mtg - when to call 911 talk", day, "10:30", "11:00",
               location="Library Mtg Rm A")
    other = replace(talk, title="Text-to-911 talk")
    assert frozenset({"Emergency Management!13", "Emergency Communications!12"}) in groups(
        merge_rows([meeting, talk], config))
    assert frozenset({"Emergency Management!13", "Emergency Communications!12"}) not in groups(
        merge_rows([meeting, other], config))


def test_a_post_on_the_route_covers_the_race_at_its_park(config):
    """Police's "Turkey Trot traffic control" 7:00–10:30 at "SE 248th St & 225th Ave SE" ("Staging
    7am, race starts 8.") and Parks' "Turkey Trot 5K" 8:00–10:30 at Lake Wilderness Park: a post
    at a corner of the course, the race at its park. One event; a second race that morning with
    those words, or a row at the corner that is no coverage, is not joined so."""
    day = date(2025, 11, 27)
    race = row("Parks and Recreation", 13, "Turkey Trot 5K", day, "08:00", "10:30", location="Lake Wilderness Park")
    post = row("Police", 23, "Turkey Trot traffic control", day, "07:00", "10:30",
               location="SE 248th St & 225th Ave SE", description="Staging 7am, race starts 8.")
    pair = frozenset({"Parks and Recreation!13", "Police!23"})
    assert pair in groups(merge_rows([race, post], config))
    other = row("Community Safety", 4, "Turkey Trot Kids Dash", day, "08:30", "09:30", location="Cedar Park")
    result = merge_rows([race, post, other], config)      # a post around two: asked about both
    assert pair not in groups(result)
    assert {frozenset((str(q.a.source), str(q.b.source))) for q in result.review} >= {
        pair, frozenset({"Community Safety!4", "Police!23"})}
    walk = replace(post, title="Turkey Trot water station")
    assert pair not in groups(merge_rows([race, walk], config))
    # the event named in one part of a title in two (v59, a README-only check), and by a
    # three-letter word ("MLK")
    for title in ("Motor Unit - Turkey Trot traffic control", "Route detail - Turkey Trot"):
        assert pair in groups(merge_rows([race, replace(post, title=title)], config)), title
    parade = row("Parks and Recreation", 3, "MLK Day Parade", date(2027, 1, 18), "11:00", "12:30",
                 location="Courthouse Square")
    detail = row("Police", 5, "MLK Day Parade traffic control", date(2027, 1, 18), "10:00", "13:00",
                 location="College Ave & 4th St")
    assert frozenset({"Parks and Recreation!3", "Police!5"}) in groups(merge_rows([parade, detail], config))


def test_a_row_starting_at_its_set_up_time_does_not_give_the_start(config):
    """Parks' "Prep Fair @ Lake Wilderness" 9:30–2:00 with "setup starts 9:30" in its notes,
    Emergency Management's calendar event 10–2: the fair opens at 10 (it had been published from
    9:30, the longer row leading). Without the note the longer row still leads."""
    day = date(2025, 9, 13)
    parks = row("Parks and Recreation", 9, "Prep Fair @ Lake Wilderness", day, "09:30", "14:00",
                location="Lake Wilderness Lodge", internal_notes="setup starts 9:30")
    em = row("em.ics", 2, "Emergency Preparedness Fair", day, "10:00", "14:00", location="Lake Wilderness Lodge",
             department="Emergency Management")
    result = merge_rows([parks, em], config)
    [event] = result.events
    assert (event.title, event.start.hour, event.start.minute) == ("Emergency Preparedness Fair", 10, 0)
    # (its start is its set-up, as its notes say: no line asking to correct either row's)
    assert [i for i in result.issues if i.column == "Start Time"] == []
    [event] = merge_rows([replace(parks, internal_notes=""), em], config).events
    assert (event.title, event.start.hour, event.start.minute) == ("Prep Fair @ Lake Wilderness", 9, 30)
    # "Setup at 4:45" (no am/pm) against a 4:45 pm start, in the description
    police = row("Police", 26, "Trunk or Treat", date(2025, 10, 31), "16:45", "20:00", location="Commons Park",
                 description="Candy from patrol cars. Setup at 4:45.")
    parks2 = row("Parks and Recreation", 12, "Trunk or Treat", date(2025, 10, 31), "17:00", "20:00",
                 location="Commons Park")
    [event] = merge_rows([police, parks2], config).events
    assert (event.start.hour, event.start.minute) == (17, 0)


def test_a_session_on_one_day_of_a_two_day_training_keeps_its_days(config):
    """Emergency Management's calendar: "CERT Basic Training (2 days)", all day 3/14–3/15; Fire's
    "CERT - fire suppression module" 1–4 pm on 3/14. The event had been published 1–4 pm on 3/14
    under Fire's title, its second day gone."""
    training = row("em_outlook.ics", 12, "CERT Basic Training (2 days)", date(2026, 3, 14),
                   location="Fire Station 71 Training Room", department="Emergency Management")
    training = replace(training, end=training.start + timedelta(days=2))
    module = row("Fire", 24, "CERT - fire suppression module", date(2026, 3, 14), "13:00", "16:00",
                 location="Station 71")
    event = next(e for e in merge_rows([training, module], config).events if len(e.sources) == 2)
    assert (event.title, event.all_day, event.start, event.end) == (
        "CERT Basic Training (2 days)", True, date(2026, 3, 14), date(2026, 3, 16))


def test_a_calendar_event_is_not_told_to_fill_a_column_it_has_not(config, tmp_path):
    """Fire's Exchange calendar "Shop w/ a Cop" counts Police from its title; a calendar has no
    Partner Departments column, so the line does not ask to fill one (v57). A tab's row still
    is."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//test//EN")
    cal.add("version", "2.0")
    ev = icalendar.Event()
    ev.add("uid", "shop-1")
    ev.add("summary", "Shop w/ a Cop")
    ev.add("dtstart", datetime(2025, 12, 13, 9, tzinfo=config.tz))
    ev.add("dtend", datetime(2025, 12, 13, 12, tzinfo=config.tz))
    cal.add_component(ev)
    (tmp_path / "fire.ics").write_bytes(cal.to_ical())
    rows, issues = parse_tab(read_calendar(tmp_path / "fire.ics", "Fire", config.tz), config)
    assert rows[0].departments == ("Fire", "Police")
    assert [(i.column, i.problem, i.action) for i in issues] == [(
        "Title", "Police named in the event's title ('w/ a Cop') is counted as a partner",
        "nothing to do if Police takes part; if not, reword the event's title in the calendar")]
    rows, issues = parse_tab(RawTab("Fire", ("Title", "Start Date", "Start Time", "End Time", "Visibility"),
                                    (("Shop w/ a Cop", "12/13/2025", "9am", "12pm", "Public"),)), config)
    assert [i.action for i in issues] == [
        "add it to Partner Departments to confirm, or reword the text if Police does not take part"]


def test_an_accepted_invitation_says_who_takes_part(config, tmp_path):
    """Emergency Management's Outlook calendar (v58): its "Wildfire Smoke Ready Workshop" names
    Fire only as an ATTENDEE that accepted (``fire-outreach@…``); a meeting another department
    organised sits in its calendar too. Who accepted takes part (RFC 5545 PARTSTAT=ACCEPTED),
    each with a warning naming the attendee; who declined, has not answered or answered
    tentatively does not, nor a room booked for it, a person (a README-only check: "Em Hollis",
    "Fire, Tom", parks.jane@…, em@gmail.com), another body ("IU Police Department") or the
    calendar itself."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//test//EN")
    cal.add("version", "2.0")

    def person(address: str, partstat: str | None = None, cn: str | None = None, cutype: str | None = None,
               role: str | None = None):
        who = icalendar.vCalAddress(f"mailto:{address}")
        for key, value in (("PARTSTAT", partstat), ("CN", cn), ("CUTYPE", cutype), ("ROLE", role)):
            if value:
                who.params[key] = value
        return who

    events = [
        ("ws", "Wildfire Smoke Ready Workshop", person("oem@city.gov", cn="Emergency Management"),
         [person("fire-outreach@city.gov", "ACCEPTED"), person("jordan.lee@city.gov", "ACCEPTED", "Jordan Lee")]),
        ("pf", "Preparedness Fair", None,
         [person("x@city.gov", "DECLINED", "Police Community Engagement"), person("911-ed@city.gov", "NEEDS-ACTION"),
          person("parks-events@city.gov", "TENTATIVE"),
          person("cal@group.calendar.google.com", "ACCEPTED", "Department Events"),
          person("room1@city.gov", "ACCEPTED", "Fire Station 1 Training Room", "ROOM"),
          person("em.hollis@city.gov", "ACCEPTED", "Em Hollis"), person("em@gmail.com", "ACCEPTED", "Em"),
          person("parks.jane@city.gov", "ACCEPTED"), person("tom@city.gov", "ACCEPTED", "Fire, Tom"),
          person("iupd@iu.edu", "ACCEPTED", "IU Police Department"),
          person("efd@ellettsville.in.us", "ACCEPTED", "Ellettsville Fire Department"),
          person("ema@co.monroe.in.us", "ACCEPTED", "Monroe County Emergency Management Agency"),
          person("parksconf@city.gov", "ACCEPTED", "Parks Admin Conf Rm"),
          # (a second README-only check: a place, a person behind a title, a thing, nonprofits)
          person("bay@city.gov", "ACCEPTED", "Fire Station 1 Apparatus Bay"),
          person("dana.ruiz@city.gov", "ACCEPTED", "Fire Marshal Dana Ruiz"),
          person("fsh@city.gov", "ACCEPTED", "Fire Safety House trailer"),
          person("pal@durhampal.org", "ACCEPTED", "Police Athletic League"),
          person("info@policefoundation.org", "ACCEPTED", "Police Foundation"),
          person("ptc@city.gov", "ACCEPTED", "Police Training Center")]),
        ("cc", "Community Conversation", person("community-engagement@city.gov", cn="Police Community Engagement"),
         [person("ema@county.gov", "ACCEPTED", "Emergency Mgmt"),
          person("parks@city.gov", "ACCEPTED", "Parks", role="NON-PARTICIPANT")]),
    ]
    for uid, summary, organizer, attendees in events:
        ev = icalendar.Event()
        ev.add("uid", uid)
        ev.add("summary", summary)
        ev.add("dtstart", datetime(2025, 8, 27, 18, tzinfo=config.tz))
        ev.add("dtend", datetime(2025, 8, 27, 20, tzinfo=config.tz))
        if organizer is not None:
            ev.add("organizer", organizer)
        for a in attendees:
            ev.add("attendee", a)
        cal.add_component(ev)
    (tmp_path / "em.ics").write_bytes(cal.to_ical())
    tab = read_calendar(tmp_path / "em.ics", "Fire", config.tz, who=invitee_reader(config))
    rows, issues = parse_tab(tab, config)
    assert {r.title: (r.lead, set(r.departments)) for r in rows} == {
        "Wildfire Smoke Ready Workshop": ("Emergency Management", {"Emergency Management", "Fire"}),
        "Preparedness Fair": ("Fire", {"Fire"}),
        "Community Conversation": ("Police", {"Police", "Fire", "Emergency Management"})}
    row_of = {r.title: r.source.row for r in rows}
    said = sorted((i.row, i.column, i.value) for i in tab.notes if "counted as taking part" in i.problem)
    assert said == sorted([(row_of["Wildfire Smoke Ready Workshop"], "Lead Department", "Emergency Management"),
                           (row_of["Community Conversation"], "Lead Department", "Police Community Engagement"),
                           (row_of["Community Conversation"], "Partner Departments", "Emergency Mgmt")])
    # without a reader of names (the call's default) the file's own department alone
    rows, _ = parse_tab(read_calendar(tmp_path / "em.ics", "Fire", config.tz), config)
    assert {r.departments for r in rows} == {("Fire",)}


def test_a_partners_part_logged_internal_is_not_a_disagreement(config):
    """v58: eight "rows disagree about Visibility" lines, one per police detail or fire standby
    logged Internal beside the host's Public event — each saying "nothing to do if only your
    department's part is internal", which is what the row's title already says. A row of the
    event itself logged Internal still gets the line."""
    day = date(2025, 11, 27)
    race = row("Parks and Recreation", 13, "Turkey Trot 5K", day, "08:00", "10:30", location="Lake Wilderness Park")
    post = row("Police", 23, "Turkey Trot traffic control", day, "07:00", "10:30",
               location="SE 248th St & 225th Ave SE", visibility=Visibility.INTERNAL)
    copy = row("Police", 24, "Turkey Trot 5K", day, "08:00", "10:30", location="Lake Wilderness Park",
               visibility=Visibility.INTERNAL)
    events = merge_rows([race, post], config).events
    assert [len(e.rows) for e in events] == [2] and visibility_disagreements(events) == []
    events = merge_rows([race, copy], config).events
    assert [(i.tab, i.row, i.column) for i in visibility_disagreements(events)] == [("Police", 24, "Visibility")]


def test_a_row_typed_for_another_department_does_not_make_its_tab_a_partner(config):
    """v59: Parks' "CERT Basic Training - corrected start 6:30pm", Lead Department "Emergency
    Management", notes "EM asked us to post the time fix, their tab is protected": the CERT
    class had been counted joint, Parks a partner. Typed for another department (as its text
    says), the row counts for its lead alone, with a line saying so; with no such words, or with
    Parks among its partners, Parks takes part as before."""
    h = ("Title", "Start Date", "Start Time", "End Time", "Lead Department", "Partner Departments",
         "Internal Notes", "Visibility")
    typed = ("CERT Basic Training - corrected start 6:30pm", "11/4/2025", "6:30pm", "9pm", "Emergency Management",
             "", "EM asked us to post the time fix, their tab is protected", "Public")
    rows, issues = parse_tab(RawTab("Parks and Recreation", h, (
        typed, (*typed[:6], "typed here by Dep. Wills, Police tab was locked", "Public"),
        (*typed[:6], "Parks will host the class", "Public"),
        (*typed[:5], "Parks and Recreation", typed[6], "Public"))), config)
    assert [r.departments for r in rows] == [("Emergency Management",), ("Emergency Management",),
                                             ("Parks and Recreation", "Emergency Management"),
                                             ("Parks and Recreation", "Emergency Management")]
    assert [(i.row, i.column) for i in issues if "typed in this tab for" in i.problem] == [
        (2, "Lead Department"), (3, "Lead Department")]
    em = row("Emergency Management", 7, "CERT Basic Training", date(2025, 11, 4), "18:30", "21:00",
             location="Harbor County EOC")
    [event] = [e for e in merge_rows([em, replace(rows[0], location="Harbor County EOC")], config).events
               if len(e.sources) == 2]
    assert event.departments == ("Emergency Management",) and not event.is_joint
    # a department posting its own people at another's event takes part (a README-only check);
    # "entered for …, their sheet is locked" is typed for another
    for note, counted in (("Parks asked us to post our dive team at the beach", True),
                          ("Parks asked us to put 2 officers on the trail", True),
                          ("Entered for Emergency Management - their sheet is locked for editing", False),
                          # (a second README-only check: its own part said in the first person or by
                          # a unit of its own; other words for typing it in)
                          ("EM's tab was locked, so we're adding our officers here", True),
                          ("Typed here for EM, their tab is protected. K9 unit will do a demo.", True),
                          ("Putting this in for OEM - they can't get into the sheet right now", False),
                          ("Added for EM per Sgt. Lee email.", False)):
        [r], _ = parse_tab(RawTab("Police", h, ((*typed[:6], note, "Public"),)), config)
        assert ("Police" in r.departments) is counted, note


def test_an_engine_medic_or_ladder_by_its_letter_is_fire(config):
    """"E-14, M3" in Parks' Partner Departments (v59) is Fire's engine and medic: in a column of
    departments a letter and number can be nothing else, and the line says how it was read. In
    text it can (a README-only check found 19 false joint events: "booths E1 through E14", a
    "BMW M3", "Fields M1 and M2", "youth sizes M2 and L2"), so there it counts only with a unit's
    word after it ("E14 crew did a truck tour", v56)."""
    h = ("Title", "Start Date", "Start Time", "End Time", "Partner Departments", "Description", "Visibility")
    rows, issues = parse_tab(RawTab("Parks and Recreation", h, (
        ("Summer Splash Kickoff", "7/12/2025", "10am", "2pm", "E-14, M3", "", "Public"),
        ("Tree Lighting", "12/5/2025", "6pm", "8pm", "", "E14 crew did a truck tour", "Public"),
        ("Vendor Fair", "12/6/2025", "9am", "11am", "", "booths E1 through E14; BMW M3 owners club", "Public"),
        ("Youth Soccer Day", "12/7/2025", "9am", "11am", "", "Fields M1 and M2; youth sizes M2 and L2; "
         "Booth E14 crew please arrive by 4:45; the M3 unit owners asked for it", "Public"),
        ("Splash Pad Opening", "12/8/2025", "9am", "11am", "E911", "Meet in Room E14", "Public"))), config)
    assert [r.departments for r in rows] == [
        ("Parks and Recreation", "Fire"), ("Parks and Recreation", "Fire"), ("Parks and Recreation",),
        ("Parks and Recreation",), ("Parks and Recreation", "Emergency Communications")]
    assert [(i.row, i.value, i.problem) for i in issues if i.column == "Partner Departments" and i.row == 2] == [
        (2, "E-14, M3", "'E-14' is read as Fire (a short form)"),
        (2, "E-14, M3", "'M3' is read as Fire (a short form)")]


def test_a_calendar_event_is_corrected_in_the_calendar_program(config):
    """A README-only check: "correct parks.ics!14" sent staff to an exported file, which the next
    export overwrites; the line says to correct the event in the calendar program."""
    day = date(2026, 4, 18)
    cal = row("parks.ics", 14, "Earth Day Cleanup", day, "09:00", "12:00", location="Bryan Park",
              department="Parks and Recreation", external_uid="earth-1")
    fire = row("Fire", 3, "Earth Day Cleanup", day, "09:30", "12:00", location="Bryan Park")
    lines = [i for i in merge_rows([cal, fire], config).issues if i.column == "Start Time"]
    assert [(i.tab, i.row) for i in lines] == [("Fire", 3)]
    assert "correct parks.ics!14 (its event in the calendar program)" in lines[0].action


def test_a_row_saying_it_is_at_another_rows_event_does_not_lead_it(config):
    """v59: Police's "Mounted at tree lighting" 5:45–8 pm and Parks' "Holiday Tree Lighting" 6–8 pm
    at Harbor Commons: the event was published under the unit's title from 5:45. The row that
    says it is at the other's event is a part of it; a title naming its own place after "at"
    ("Movie Night at Bryan Park") is the event."""
    day = date(2025, 12, 5)
    tree = row("Parks and Recreation", 24, "Holiday Tree Lighting", day, "18:00", "20:00",
               location="Harbor Commons Park")
    mounted = row("Police", 29, "Mounted at tree lighting", day, "17:45", "20:00", location="Harbor Commons")
    event = next(e for e in merge_rows([tree, mounted], config).events if len(e.sources) == 2)
    assert (event.title, event.start.hour, event.start.minute) == ("Holiday Tree Lighting", 18, 0)
    movie = row("Parks and Recreation", 31, "Movie Night at Bryan Park", day, "20:00", "22:00", location="Bryan Park")
    patrol = row("Police", 33, "Bryan Park movie night patrol", day, "19:45", "22:00", location="Bryan Park")
    assert [c[2] for c in lead_classes([movie, patrol])] == [False, True]