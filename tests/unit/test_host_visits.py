"""Partners' visits inside a host's event and coverage around it (fresh verifiers' findings):
the joint count is the headline, so each visit inside the host's hours joins the host's event,
in words, places and units of neither development set."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from sheets_sync.matching import coverage_word
from sheets_sync.merge import merge_rows, pair_key
from tests.unit.event_rows import groups, row

DAY = date(2027, 5, 22)


def test_visits_at_different_hours_of_a_safety_day_all_join_it(config):
    """Three partners drop by a 10–2 fair at different hours, each at the fair's place: one joint
    event of four departments. The visits need not be mergeable with each other (their hours do
    not overlap), only with the host, and they are not "different bookings" of the place."""
    host = row("Community Safety", 2, "Hillcrest Preparedness Fair", DAY, "10:00", "14:00",
               location="Hillcrest Recreation Center")
    visits = [row("Fire", 3, "Ladder 2 visit", DAY, "10:30", "11:00", location="Hillcrest Recreation Center"),
              row("Police", 4, "Mounted unit demo", DAY, "12:00", "12:30", location="Hillcrest Recreation Center"),
              row("Emergency Management", 5, "Go-kit booth", DAY, "13:00", "13:30",
                  location="Hillcrest Recreation Center")]
    result = merge_rows([host, *visits], config)
    assert groups(result) == {frozenset({"Community Safety!2", "Fire!3", "Police!4", "Emergency Management!5"})}
    (event,) = result.events
    assert event.title == "Hillcrest Preparedness Fair" and not result.review


def test_two_visits_at_different_hours_of_a_block_party_do_not_block_each_other(config):
    """Both visits score a merge with the party; that they cannot overlap each other is no
    reason to keep either out (before: both became questions)."""
    party = row("Community Safety", 2, "Poplar Row Block Party", DAY, "17:00", "20:00", location="Poplar St & 8th St")
    early = row("Fire", 2, "Engine 14 drop-by", DAY, "17:30", "18:00", location="Poplar St & 8th St")
    late = row("Police", 2, "Officers meet the neighbors", DAY, "19:00", "19:30", location="Poplar St & 8th St")
    result = merge_rows([party, early, late], config)
    assert groups(result) == {frozenset({"Community Safety!2", "Fire!2", "Police!2"})}


def test_two_events_of_one_place_at_different_hours_stay_apart(config):
    """A morning class and an evening meeting at one station are two events (no host's hours
    around them): the visits rule needs a host."""
    cls = row("Fire", 2, "Stop the Bleed class", DAY, "09:00", "11:00", location="Fire Station 12", address="75 Kerr Ave")
    meeting = row("Police", 2, "Beat 9 community meeting", DAY, "18:00", "20:00", location="Fire Station 12",
                  address="75 Kerr Ave")
    assert groups(merge_rows([cls, meeting], config)) == {frozenset({"Fire!2"}), frozenset({"Police!2"})}


def test_a_visit_with_no_place_joins_the_only_event_its_title_names(config):
    """"Medic 4 harvest social stop" with no place, inside the hours of the only harvest social
    that day: joined. With a second harvest social that evening the title names neither alone,
    and the visit joins neither (two parties named alike stay a question: test_merge_rules)."""
    social = row("Parks and Recreation", 2, "Autumn Harvest Social", DAY, "16:00", "19:00",
                 location="Larkspur Commons", address="300 Larkspur Way")
    visit = row("Fire", 6, "Medic 4 harvest social stop", DAY, "17:00", "17:30")
    assert groups(merge_rows([social, visit], config)) == {frozenset({"Parks and Recreation!2", "Fire!6"})}
    other = row("Parks and Recreation", 3, "Autumn Harvest Social", DAY, "16:00", "19:00",
                location="Juniper Green", address="12 Juniper Ct")
    assert frozenset({"Fire!6"}) in groups(merge_rows([social, other, visit], config))


def test_a_police_shift_around_a_concert_at_its_place_is_coverage_of_it(config):
    """A shift that starts before a concert and ends after it at the same place, its title
    naming coverage work, is the police part of the concert: one joint event under the
    concert's title. A row of its own there (no coverage named) or coverage elsewhere stays apart."""
    concert = row("Parks and Recreation", 4, "Twilight Strings on the Lawn", DAY, "19:00", "21:00",
                  location="Bellamy Park Bandshell", address="9 Bellamy Dr")
    detail = row("Police", 7, "Crowd control detail", DAY, "18:00", "22:00", location="Bellamy Park Bandshell")
    result = merge_rows([concert, detail], config)
    assert groups(result) == {frozenset({"Parks and Recreation!4", "Police!7"})}
    assert result.events[0].title == "Twilight Strings on the Lawn"
    own = replace(detail, title="Police Explorers meeting")
    assert frozenset({"Police!7"}) in groups(merge_rows([concert, own], config))
    elsewhere = replace(detail, location="Dorsey Field", address="400 Dorsey Rd")
    assert frozenset({"Police!7"}) in groups(merge_rows([concert, elsewhere], config))


def test_a_station_open_house_leads_over_a_partners_coffee_at_the_station(config):
    """A title naming a unit that is the row's own place ("Station 26 Open House" at Fire Station
    26) is the host's event, not a partner's part: it leads the joint event and sets its hours,
    whichever row the record saw first (before: "Coffee with a Cop" 10–14 was published)."""
    coffee = row("Police", 2, "Coffee with a Cop", DAY, "10:00", "11:00", location="Fire Station 26")
    house = row("Fire", 2, "Station 26 Open House", DAY, "10:00", "14:00", location="Fire Station 26")
    for rows in ([coffee, house], [house, coffee]):
        result = merge_rows(rows, config)
        (event,) = result.events
        assert (event.title, event.start.hour, event.end.hour) == ("Station 26 Open House", 10, 14)


def test_an_all_day_host_leads_over_a_timed_visit_and_takes_visits_at_several_hours(config):
    """An all-day festival with partners' visits at different hours at its place: one joint
    event, published all day under the festival's title (before: a visit's title and hour, or
    each visit counted as another booking of the place and none joined)."""
    fest = row("Parks and Recreation", 2, "Juneteenth Festival", DAY, location="Freedom Plaza")
    visits = [row("Fire", 2, "Engine 7 visit", DAY, "11:00", "11:30", location="Freedom Plaza"),
              row("Police", 2, "K9 demo", DAY, "14:00", "14:30", location="Freedom Plaza"),
              row("Emergency Management", 2, "Preparedness info table", DAY, "12:00", "16:00",
                  location="Freedom Plaza")]
    result = merge_rows([*visits, fest], config)
    (event,) = result.events
    assert (event.title, event.all_day, len(event.departments)) == ("Juneteenth Festival", True, 4)
    coffee = row("Police", 3, "Coffee with a Cop", DAY, "13:00", "14:00", location="Freedom Plaza")
    (event,) = merge_rows([coffee, fest], config).events
    assert (event.title, event.all_day) == ("Juneteenth Festival", True)


def test_a_timed_row_naming_the_all_day_rows_department_its_partner_leads(config):
    """A fresh city's check: Community Safety's session 6–8 pm, Partner Departments naming
    Emergency Management, beside Emergency Management's row of it typed with no time: published
    all day under the partner's title, as though the host's session were a drop-by at the
    partner's. The department columns say who hosts: the timed row leads, whichever way they
    say it (the host naming its partner, or the partner naming its lead) and in any order. A
    timed row naming no one is still a drop-by at the all-day row (the festival above)."""
    centre = dict(location="Holton Career and Resource Center", address="401 N Driver St")
    host = row("Community Safety", 2, "Safer Streets Learning Session", DAY, "18:00", "20:00",
               partners=("Emergency Management",), **centre)
    typed = row("Emergency Management", 2, "Safer Streets session (violence reduction)", DAY, location="Holton Center")
    led = replace(typed, lead="Community Safety")
    plain = replace(host, partners=())
    for rows, title in (([host, typed], host.title), ([typed, host], host.title),
                        ([plain, led], host.title), ([plain, typed], typed.title)):
        (event,) = merge_rows(rows, config).events
        assert (event.title, event.all_day) == (title, title == typed.title), rows


def test_a_host_whose_title_names_its_unit_leads_over_a_visit(config):
    """"Engine 9 Pancake Breakfast" names Fire's own unit, yet it is the event: a partner's
    hour inside it does not take the title, wherever the Location puts it."""
    host = row("Fire", 2, "Engine 9 Pancake Breakfast", DAY, "08:00", "11:00", location="55 Birch Ln")
    coffee = row("Police", 2, "Coffee with a Cop", DAY, "09:00", "10:00", location="55 Birch Ln")
    for rows in ([coffee, host], [host, coffee]):
        (event,) = merge_rows(rows, config).events
        assert (event.title, event.start.hour, event.end.hour) == ("Engine 9 Pancake Breakfast", 8, 11)


def test_a_partner_title_that_adds_words_to_the_hosts_does_not_lead(config):
    """Same hours, "Fall Festival first aid" beside "Fall Festival": the festival is the event,
    whichever department's name sorts first."""
    host = row("Parks and Recreation", 2, "Fall Festival", DAY, "11:00", "16:00", location="Memorial Park")
    aid = row("Fire", 2, "Fall Festival first aid", DAY, "11:00", "16:00", location="Memorial Park")
    (event,) = merge_rows([aid, host], config).events
    assert event.title == "Fall Festival"
    # words naming the row's own place add nothing: neither row is the other's with words added
    from sheets_sync.merge import lead_classes
    plain = row("Police", 3, "Smoke alarm canvass", DAY, "10:00", "12:00", location="Walltown Park")
    named = row("Fire", 3, "Walltown smoke alarm canvass", DAY, "10:00", "12:00", location="Walltown Park")
    assert [c[3] for c in lead_classes([plain, named])] == [False, False]
    assert [c[3] for c in lead_classes([host, aid])] == [False, True]


COVER_PLACE = dict(location="Harborview Amphitheater", address="2 Quay St")


def _concert(n: int = 2, start: str = "19:00", end: str = "21:00", title: str = "Sunset Brass Quintet"):
    return row("Parks and Recreation", n, title, DAY, start, end, **COVER_PLACE)


def test_coverage_named_in_other_words_joins_the_event_it_wraps(config):
    """A shift around a concert at its place, whatever words name the work — "on site", "on
    scene", "on call", "OT" (overtime), "off-duty", "fire watch", "posted" (fresh verifiers:
    "Officers on site" and "Fireworks OT" stayed separate public events) — is part of the
    concert: one joint event under the concert's title and hours. Rows whose titles name no
    coverage stay apart: an event of their own at that place and hour."""
    for title in ("Officers on site", "Deputies on scene", "Medics on call", "Fireworks OT", "Off-duty officers",
                  "Fire watch", "Officers posted"):
        result = merge_rows([_concert(), row("Police", 5, title, DAY, "17:00", "23:00", **COVER_PLACE)], config)
        assert groups(result) == {frozenset({"Parks and Recreation!2", "Police!5"})}, title
        (event,) = result.events
        assert (event.title, event.start.hour, event.end.hour) == ("Sunset Brass Quintet", 19, 21), title
    for title in ("Fireworks show", "Neighborhood Watch meeting", "Police Explorers meeting"):
        result = merge_rows([_concert(), row("Police", 5, title, DAY, "17:00", "23:00", **COVER_PLACE)], config)
        assert frozenset({"Police!5"}) in groups(result), title


def test_coverage_whose_hours_start_close_to_the_events_still_wraps_it(config):
    """"Police presence" 5:30–8:30 around a 6–8 concert (a start within the time tolerance is
    "close", not "inside") and presence at the concert's own hours join it, as 5–9 did
    (a fresh verifier's finding: 5:30–8:30 became two public events with no question)."""
    for start, end in (("17:30", "20:30"), ("17:45", "20:15"), ("18:00", "20:00"), ("17:00", "21:00")):
        presence = row("Police", 3, "Police presence", DAY, start, end, **COVER_PLACE)
        result = merge_rows([_concert(start="18:00", end="20:00"), presence], config)
        (event,) = result.events
        assert (event.title, event.start.hour, event.end.hour) == ("Sunset Brass Quintet", 18, 20), start
    # a shift leaving before the concert ends covers it when it holds its start and at least
    # half its hours (a verifier's case: traffic control 6:30–9:30 left apart from a movie its
    # host moved to 8–10, with no question); one holding less than half is not coverage
    early = row("Police", 3, "Police presence", DAY, "17:30", "19:30", **COVER_PLACE)
    (event,) = merge_rows([_concert(start="18:00", end="20:00"), early], config).events
    assert (event.title, event.start.hour, event.end.hour) == ("Sunset Brass Quintet", 18, 20)
    late = row("Police", 3, "Police presence", DAY, "19:00", "23:00", **COVER_PLACE)
    (event,) = merge_rows([_concert(start="18:00", end="20:00"), late], config).events
    assert (event.title, event.start.hour, event.end.hour) == ("Sunset Brass Quintet", 18, 20)
    brief = row("Police", 3, "Police presence", DAY, "16:00", "18:45", **COVER_PLACE)
    assert len(merge_rows([_concert(start="18:00", end="20:00"), brief], config).events) == 2


def test_coverage_of_one_of_two_concerts_at_a_place_joins_that_one_only(config):
    """Two concerts at one bandshell that day (two bookings of the place) and a detail around
    the evening one: it joins the evening concert (before: a question, as the busy place
    weakened "same place"), never the noon one. A detail around both concerts' hours could be
    either's: staff are asked about both and the two concerts stay two events."""
    noon = _concert(3, "12:00", "14:00", "Noon Jazz Trio")
    evening = _concert(2, "18:00", "20:00")
    detail = row("Police", 4, "Concert security detail", DAY, "17:30", "20:30", **COVER_PLACE)
    result = merge_rows([noon, evening, detail], config)
    assert groups(result) == {frozenset({"Parks and Recreation!2", "Police!4"}), frozenset({"Parks and Recreation!3"})}
    assert not result.review
    all_day = replace(detail, start=detail.start.replace(hour=11, minute=0))
    result = merge_rows([noon, evening, all_day], config)
    assert groups(result) == {frozenset({"Parks and Recreation!2"}), frozenset({"Parks and Recreation!3"}),
                              frozenset({"Police!4"})}
    assert {frozenset((str(p.a.source), str(p.b.source))) for p in result.review} == {
        frozenset({"Parks and Recreation!2", "Police!4"}), frozenset({"Parks and Recreation!3", "Police!4"})}


def test_one_tab_logging_two_parts_of_a_host_event_joins_both(config):
    """One department logs two parts of another's event in its tab — a booth inside the host's
    hours and a parking detail around them, at the host's place (a fresh verifier's finding:
    the rule keeping two rows of one tab with different titles apart split one part off, or
    staff were asked twice): both join the host's event, which leads."""
    fair = row("Library", 2, "Teen Tech Fair", DAY, "13:00", "17:00", location="Eastgate Library")
    booth = row("Police", 6, "Bike registration booth", DAY, "14:00", "15:00", location="Eastgate Library")
    parking = row("Police", 7, "Parking control", DAY, "12:00", "18:00", location="Eastgate Library")
    result = merge_rows([fair, booth, parking], config)
    assert groups(result) == {frozenset({"Library!2", "Police!6", "Police!7"})}
    (event,) = result.events
    assert (event.title, event.start.hour, event.end.hour) == ("Teen Tech Fair", 13, 17) and not result.review
    # two programmes of that department's own at the place, neither a part of the fair, stay apart
    talk = row("Police", 8, "Scam awareness talk", DAY, "14:00", "15:00", location="Eastgate Library")
    assert frozenset({"Police!8"}) in groups(merge_rows([fair, booth, parking, talk], config))
    # v17 F7: a unit's hour and a display lasting most of the host's hours (too long to be a
    # visit) were both asked about against the host; each names its part, so both join
    bash = row("Parks and Recreation", 2, "Back to School Bash", DAY, "12:00", "16:00", location="Peoples Park")
    engine = row("Fire", 2, "Engine 1 crew", DAY, "13:00", "14:00", location="Peoples Park")
    ladder = row("Fire", 3, "Ladder truck display", DAY, "12:00", "15:00", location="Peoples Park")
    result = merge_rows([bash, engine, ladder], config)
    assert groups(result) == {frozenset({"Parks and Recreation!2", "Fire!2", "Fire!3"})} and not result.review


def test_staff_answering_same_event_for_two_parts_of_one_tab_honours_both(config):
    """Two rows of one tab with no place, each asked about against the host (the matcher is not
    sure): staff answer Same event to both, and both join the host — before, only one did and
    the other drew "other decisions or facts keep them apart"."""
    from sheets_sync.merge import pair_key
    fair = row("Library", 2, "Teen Tech Fair", DAY, "13:00", "17:00", location="Eastgate Library")
    booth = row("Police", 6, "Bike registration", DAY, "14:00", "15:00")
    parking = row("Police", 7, "Parking control", DAY, "12:00", "18:00")
    assert len(merge_rows([fair, booth, parking], config).events) == 3
    decisions = {pair_key(fair, booth): "same", pair_key(fair, parking): "same"}
    result = merge_rows([fair, booth, parking], config, decisions=decisions)
    assert groups(result) == {frozenset({"Library!2", "Police!6", "Police!7"})}
    assert not [i for i in result.issues if i.column == "Review decision"]


def test_visits_at_different_hours_inside_a_detail_join_it_with_no_host_logged(config):
    """A traffic detail 9–4 at a library with an engine visit at 10 and a first-aid tent at 1
    there, the host's own row not typed yet: the visits name their parts, so their disjoint
    hours do not keep them apart and all three are one event (the coverage clue the detail
    gives each pair must not hide that they are visits)."""
    where = dict(location="Northgate Branch Library", address="88 Birch Rd")
    detail = row("Police", 3, "Traffic control detail", DAY, "09:00", "16:00", **where)
    engine = row("Fire", 2, "Engine 3 visit", DAY, "10:00", "10:30", **where)
    tent = row("Emergency Management", 2, "First aid tent", DAY, "13:00", "14:00", **where)
    result = merge_rows([detail, engine, tent], config)
    assert groups(result) == {frozenset({"Police!3", "Fire!2", "Emergency Management!2"})} and not result.review


def test_an_event_named_with_a_coverage_word_is_an_event_not_a_shift(config):
    """A fresh verifier's finding: a host whose title holds a coverage-like word before the
    event it names ("Night Shift Appreciation Dinner", "Security Guard Job Fair") was read as
    a staffing shift, so another department's 30-minute row inside its hours took over the
    published title and hours. Such a title names an event; "Standby - Turkey Trot 5K" and
    "Detail for the Jazz Festival" still name coverage (the event is after a separator)."""
    from sheets_sync.matching import coverage_word
    for title in ("Night Shift Appreciation Dinner", "Security Guard Job Fair", "Patrol Division Awards Banquet",
                  "Posted Speed Limit Town Hall", "Standby Generator Safety Workshop", "On Call Nurse Line launch"):
        assert coverage_word(title) == "", title
        host = row("Police", 2, title, DAY, "18:00", "21:00", location="VFW Hall", address="12 Pine St")
        drop = row("Community Safety", 3, "Violence interrupters welcome", DAY, "18:30", "19:00",
                   location="VFW Hall", address="12 Pine St")
        for event in merge_rows([host, drop], config).events:
            if "Police!2" in {str(s) for s in event.sources}:
                assert (event.title, event.start.hour, event.end.hour) == (title, 18, 21), title
    assert [coverage_word(t) for t in ("EMS standby - Turkey Trot 5K", "Detail for the Jazz Festival",
                                       "Officers on site (Summer Concert)", "Concert security detail")] == \
        ["standby", "detail", "on site", "security"]
    # a department, role or overtime word before the coverage word makes it a staffing phrase
    # whatever event follows (a second verifier's finding: these had been read as event names)
    assert [coverage_word(t) for t in ("EMS Standby Football Game", "Police Presence Homecoming Parade",
                                       "OT Detail Jazz Fest", "EMS standby Turkey Trot 5K")] == \
        ["standby", "presence", "ot", "standby"]
    parade = row("Parks and Recreation", 2, "Homecoming Parade", DAY, "18:00", "19:30", **COVER_PLACE)
    shift = row("Police", 3, "Police Presence Homecoming Parade", DAY, "17:00", "20:00", **COVER_PLACE)
    (event,) = merge_rows([parade, shift], config).events
    assert (event.title, event.start.hour, event.end.hour, event.end.minute) == ("Homecoming Parade", 18, 19, 30)


def test_a_shift_around_its_own_departments_event_too_is_asked_not_merged(config):
    """A fresh verifier's finding: Police logs its National Night Out 5–8 and its own "OT
    detail" 4–9 at a park; Parks' soccer practice 5:30–6:30 is there too. The detail may be
    the coverage of Police's own event: it is asked about, and the practice is not a joint
    event nobody logged. A booth of the shift's own tab inside its hours (a part, not an
    event of its own) does not count: a parking detail and a booth at a fair both join it."""
    park = dict(location="Maple Park", address="10 Maple Ave")
    nno = row("Police", 2, "National Night Out", DAY, "17:00", "20:00", **park)
    detail = row("Police", 3, "OT detail", DAY, "16:00", "21:00", **park)
    soccer = row("Parks and Recreation", 2, "Youth Soccer Practice", DAY, "17:30", "18:30", **park)
    result = merge_rows([nno, detail, soccer], config)
    assert groups(result) == {frozenset({"Police!2"}), frozenset({"Police!3"}), frozenset({"Parks and Recreation!2"})}
    assert {frozenset((str(p.a.source), str(p.b.source))) for p in result.review} == {
        frozenset({"Police!3", "Parks and Recreation!2"})}
    # Police's own event only partly inside the shift's hours (NNO 4–8, detail 5–10): asked too
    early = row("Police", 2, "National Night Out", DAY, "16:00", "20:00", **park)
    late = row("Police", 3, "OT detail", DAY, "17:00", "22:00", **park)
    assert len(merge_rows([early, late, soccer], config).events) == 3
    # without Police's own event there, the detail is the practice's coverage
    assert groups(merge_rows([detail, soccer], config)) == {frozenset({"Police!3", "Parks and Recreation!2"})}



def test_a_shift_around_its_own_departments_event_titled_with_a_unit_or_demo_is_asked(config):
    """A third fresh verifier's finding: Police "Staffing" 6–11 around its own "Cops & Cones Ice
    Cream Social" 6:30–8 and Parks' movie 8:30–10:30, or Fire's "Fire watch" 5–11 around its own
    "Fireworks Safety Demo" 6–7 and Parks' fireworks 9:30: the own event names a unit ("Cops")
    or a demo, yet lies outside the other event's hours, so it is no part of that event: asked.
    A booth of the shift's tab during the other event's hours is still its part."""
    park = dict(location="Bryan Park", address="1001 S Henderson St")
    movie = row("Parks and Recreation", 2, "Movie in the Park", DAY, "20:30", "22:30", **park)
    staffing = row("Police", 2, "Police Staffing", DAY, "18:00", "23:00", **park)
    social = row("Police", 3, "Cops & Cones Ice Cream Social", DAY, "18:30", "20:00", **park)
    result = merge_rows([movie, staffing, social], config)
    assert len(result.events) == 3
    assert {frozenset((str(p.a.source), str(p.b.source))) for p in result.review} == {
        frozenset({"Police!2", "Parks and Recreation!2"})}
    demo = row("Fire", 3, "Sparkler Safety Demo", DAY, "18:00", "19:00", **park)
    watch = row("Fire", 2, "Fire watch", DAY, "17:00", "23:00", **park)
    assert len(merge_rows([movie, watch, demo], config).events) == 3
    booth = row("Police", 3, "Cops & Kids booth", DAY, "21:00", "22:00", **park)
    assert frozenset({"Parks and Recreation!2", "Police!2", "Police!3"}) in groups(
        merge_rows([movie, staffing, booth], config))


def test_a_units_number_is_not_a_number_the_event_names(config):
    """A fresh verifier's finding: "Medic 3 standby" around "Turkey Trot 5K", or "Engine 3
    visit" inside "Station 5 Open House", stayed apart with no question — the titles "named
    different numbers", though the 3 is the unit's. Two titles naming different numbers of
    their own ("Session 1" / "Session 2") still do."""
    field = dict(location="Riverside Fields", address="55 Mill Rd")
    for host, partner, start, end in (("Turkey Trot 5K", "Medic 3 standby", "07:30", "10:30"),
                                      ("Turkey Trot 5K", "Engine 3 visit", "08:30", "09:30"),
                                      ("Station 5 Open House", "Engine 3 visit", "08:30", "09:30"),
                                      ("Senior Walk 2026", "Engine 3 visit", "08:30", "09:30")):
        rows = [row("Parks and Recreation", 2, host, DAY, "08:00", "10:00", **field),
                row("Fire", 2, partner, DAY, start, end, **field)]
        result = merge_rows(rows, config)
        assert groups(result) == {frozenset({"Parks and Recreation!2", "Fire!2"})}, (host, partner)
        assert result.events[0].title == host
    one = row("Parks and Recreation", 2, "CPR Session 1", DAY, "08:00", "10:00", **field)
    two = row("Fire", 2, "CPR Session 2", DAY, "08:00", "10:00", **field)
    assert len(merge_rows([one, two], config).events) == 2
    # the same unit with another number is another unit's event (a second verifier's finding)
    for a, b in (("Beat 3 Community Meeting", "Beat 5 Community Meeting"),
                 ("District 3 Community Meeting", "District 5 Community Meeting"),
                 ("Station 3 Open House", "Station 5 Open House"), ("Ladder 3 CPR Class", "Ladder 7 CPR Class")):
        rows = [row("Police", 2, a, DAY, "18:00", "20:00", **field), row("Fire", 2, b, DAY, "18:00", "20:00", **field)]
        assert len(merge_rows(rows, config).events) == 2, (a, b)


def test_a_shift_at_an_all_day_events_place_stays_apart_until_one_event_id_joins_them(config):
    """The all-day coverage rule was reverted (it took notices such as "Burn ban in effect" in
    as joint events): a shift at the all-day festival's place stays an event of its own, with no
    question; the README tells staff to type one Event ID into both rows, which joins them under
    the festival's title."""
    day = date(2027, 10, 2)
    fest = row("Parks and Recreation", 2, "Harvest Festival", day, location="Riverside Park")
    shift = row("Police", 3, "Police presence", day, "10:00", "16:00", location="Riverside Park")
    apart = merge_rows([fest, shift], config)
    assert groups(apart) == {frozenset({"Parks and Recreation!2"}), frozenset({"Police!3"})} and not apart.review
    joined = merge_rows([replace(fest, event_id="HF-27"), replace(shift, event_id="HF-27")], config)
    assert groups(joined) == {frozenset({"Parks and Recreation!2", "Police!3"})}
    (event,) = joined.events
    assert event.title == "Harvest Festival" and event.all_day


@pytest.mark.parametrize("shift", ["Paramedic Standby Homecoming Parade", "Sheriff's Office Detail Homecoming Parade",
                                   "Extra Duty Homecoming Parade", "Road Closure Homecoming Parade",
                                   "Crowd Management Homecoming Parade", "Motor unit escort Homecoming Parade",
                                   "Engine 5 standby Homecoming Parade"])
def test_a_shift_titled_with_the_event_it_covers_never_leads_it(config, shift):
    """A 9–1 row whose title is the 10–12 parade's with words added is a part of the parade,
    not the host of a parade "visiting" it: residents see the parade's title and hours (a third
    fresh verifier's finding: 9 of 13 phrasings published the shift's title and 9–1)."""
    parks = row("Parks and Recreation", 2, "Homecoming Parade", DAY, "10:00", "12:00", location="Courthouse Square")
    other = row("Police", 2, shift, DAY, "09:00", "13:00", location="Courthouse Square")
    for order in ([parks, other], [other, parks]):
        (event,) = merge_rows(order, config).events
        assert (event.title, event.start, event.end) == ("Homecoming Parade", parks.start, parks.end)
        assert event.is_joint


@pytest.mark.parametrize("title, word", [("Cyber Security for Seniors", ""), ("Home Safety Patrol for Kids", ""),
                                         ("Fire Watch Training", ""), ("Fire watch", "fire watch"),
                                         ("Security for the Harvest Fair", "security"),
                                         ("EMS Standby Football Game", "standby"),
                                         # a fourth verifier's variations
                                         ("Security Awareness for Small Business Owners", ""),
                                         ("EMS Standby Procedures Workshop", ""),
                                         ("Patrol Ride-Along Info Session", ""),
                                         ("Security for the Seniors Picnic", "security"),
                                         ("Police Presence at CPR Class", "presence")])
def test_coverage_words_in_a_programmes_title(title, word):
    """A title naming who it is for names a programme; a department word inside the coverage
    phrase ("fire watch") does not make a staffing phrase of the class after it."""
    assert coverage_word(title) == word


def test_a_programme_with_a_coverage_word_is_not_coverage_of_another_departments_event(config):
    """Police's "Cyber Security for Seniors" 10–12 and Parks' "Senior Bingo" 10:30–11:30 at one
    centre: two programmes, neither joint (a third fresh verifier's finding: merged as coverage)."""
    cyber = row("Police", 2, "Cyber Security for Seniors", DAY, "10:00", "12:00", location="Banneker Community Center")
    bingo = row("Parks and Recreation", 2, "Senior Bingo", DAY, "10:30", "11:30", location="Banneker Community Center")
    result = merge_rows([cyber, bingo], config)
    assert groups(result) == {frozenset({"Police!2"}), frozenset({"Parks and Recreation!2"})}


def test_two_booths_placing_a_market_in_their_own_words_both_join_it(config):
    """A third fresh verifier's finding: Parks' farmers' market 8–1 on Showers Common; Fire's
    giveaway booth "at Farmers Market" and Emergency Management's table at "Showers Plaza" each
    joined it alone, but together neither did (the two booths' places differ by name, which
    kept them apart and tore both from the market): two parts of one host's event join it."""
    market = row("Parks and Recreation", 2, "Community Farmers' Market", DAY, "08:00", "13:00",
                 location="Showers Common", address="401 N Morton St")
    booth = row("Fire", 2, "Smoke alarm giveaway booth", DAY, "08:00", "13:00", location="Farmers Market")
    table = row("Emergency Management", 2, "Preparedness table", DAY, "08:00", "12:00", location="Showers Plaza")
    for alone in (booth, table):
        assert len(merge_rows([market, alone], config).events) == 1
    result = merge_rows([market, booth, table], config)
    assert groups(result) == {frozenset({"Parks and Recreation!2", "Fire!2", "Emergency Management!2"})}
    assert not result.review


def test_staff_answering_same_event_joins_rows_the_matcher_keeps_apart_by_place(config):
    """"Same event joins any two rows": staff answer Same event between a fair and each of two
    rows at other addresses (which the matcher keeps apart from each other): all three are one
    event — before, the second answer was overruled ("other decisions or facts keep them
    apart")."""
    from sheets_sync.merge import pair_key
    fair = row("Parks and Recreation", 2, "Westside Safety Fair", DAY, "10:00", "14:00",
               location="Westside Park", address="100 Elm St")
    fire = row("Fire", 2, "Smoke alarm sign-ups", DAY, "10:00", "14:00", address="220 Oak St")
    em = row("Emergency Management", 2, "Go-kit giveaway", DAY, "10:00", "14:00", address="315 Pine St")
    decisions = {pair_key(fair, fire): "same", pair_key(fair, em): "same"}
    result = merge_rows([fair, fire, em], config, decisions=decisions)
    assert groups(result) == {frozenset({"Parks and Recreation!2", "Fire!2", "Emergency Management!2"})}
    assert not [i for i in result.issues if i.column == "Review decision"]


def test_a_title_typed_without_the_place_words_another_row_drops_is_no_part(config):
    """Fire's "Hope Valley Community Safety Fair" at Trinity Community Center and Community
    Safety's same title typed with no place, 15 minutes later: the same event logged twice,
    neither a part of the other, so the start they disagree on is warned about (a part's is
    not; the words "community" of the place are no words added to the title; the synthetic
    bench caught it), and the event keeps the first row's hours (a row starting at another
    time gives no end: a fresh city's check, below)."""
    fire = row("Fire", 2, "Hope Valley Community Safety Fair", DAY, "19:30", "21:30",
               location="Trinity Community Center", address="1779 E Holloway St")
    cs = row("Community Safety", 2, "hope valley community safety fair", DAY, "19:45", "21:45",
             address="1779 E Holloway St")
    result = merge_rows([fire, cs], config)
    (event,) = result.events
    assert (event.start, event.end) == (fire.start, fire.end)
    assert [(i.tab, i.column) for i in result.issues] == [("Community Safety", "Start Time")]


def test_a_row_starting_at_another_time_gives_the_event_no_end(config):
    """A fresh city's check: Emergency Communications' row of a CPR class 6:00–7:30 and Fire's
    session moved to 7:00–8:30, merged, were published 6:00–8:30, a class neither listed. The
    event keeps the first row's hours and the other row's start is warned about; a row
    starting at the same time still gives its later end."""
    ec = row("Emergency Communications", 2, "Hands-Only CPR Class", DAY, "18:00", "19:30", location="Fire Station 2")
    fire = row("Fire", 2, "Hands-Only CPR Class", DAY, "19:00", "20:30", location="Fire Station 2")
    late = row("Fire", 3, "Hands-Only CPR Class", DAY, "18:00", "20:00", location="Fire Station 2")
    for rows, end in (([ec, fire], ec.end), ([ec, late], late.end)):
        result = merge_rows(rows, config, decisions={pair_key(*rows): "same"})
        (event,) = result.events
        assert (event.start, event.end) == (ec.start, end)


def test_a_shift_over_two_events_in_one_hall_joins_neither_and_is_asked(config):
    """A security detail over a forum and a listening session in one hall that evening (their
    titles and hours differ: their own pair scores apart). Before, the detail chained all three
    into one joint event; now each link is a question and the forum and the session stay two
    events, whether the detail holds both whole (5–11) or most of each (6:30–9)."""
    hall = dict(location="Eastgate Library", address="900 N Union St")
    forum = row("Parks and Recreation", 2, "Community Forum", DAY, "18:00", "20:00", **hall)
    session = row("Community Safety", 2, "Council Listening Session", DAY, "19:00", "22:00", **hall)
    for start, end in (("17:00", "23:00"), ("18:30", "21:00")):
        detail = row("Police", 2, "Security detail", DAY, start, end, **hall)
        result = merge_rows([forum, session, detail], config)
        assert groups(result) == {frozenset({"Parks and Recreation!2"}), frozenset({"Community Safety!2"}),
                                  frozenset({"Police!2"})}, start
        asked = {frozenset((str(q.a.source), str(q.b.source))) for q in result.review}
        assert asked == {frozenset({"Police!2", "Parks and Recreation!2"}),
                         frozenset({"Police!2", "Community Safety!2"})}, start
    # the detail over the session alone is its coverage: one joint event, the session's
    (event,) = merge_rows([session, row("Police", 2, "Security detail", DAY, "18:30", "21:00", **hall)],
                          config).events
    assert (event.title, event.departments) == ("Council Listening Session", ("Community Safety", "Police"))


def test_traffic_control_over_most_of_a_moved_movie_joins_it(config):
    """v12 #6: a movie its host moved from 7–9 to 8–10; Police's "Traffic control" 6:30–9:30
    still holds its start and 90 of its 120 minutes. Before, the two stayed apart with no
    question (and the partners' rows became a joint "Traffic control" event)."""
    park = dict(location="Peoples Park", address="501 E Kirkwood Ave")
    movie = row("Parks and Recreation", 2, "Movie in the Park: Coco", DAY, "20:00", "22:00", **park)
    traffic = row("Police", 2, "Traffic control", DAY, "18:30", "21:30", **park)
    (event,) = merge_rows([movie, traffic], config).events
    assert (event.title, event.start.hour, event.end.hour) == ("Movie in the Park: Coco", 20, 22)
    assert event.departments == ("Parks and Recreation", "Police")
    # with Fire's crew row 7–8 (ending as the movie starts) too, the crew and the movie cannot be
    # one event by their hours: the traffic link to the movie is asked about, not dropped
    crew = row("Fire", 2, "Engine 1 crew", DAY, "19:00", "20:00", **park)
    result = merge_rows([movie, crew, traffic], config)
    assert any({str(q.a.source), str(q.b.source)} == {"Parks and Recreation!2", "Police!2"} for q in result.review)


def test_a_shift_joins_the_event_it_holds_whole_over_one_it_holds_in_part(config):
    """The README's "Officers on site" 7–11 joins a 6–8 concert alone (it holds its end and half
    its hours); with a 9–11 movie at the park too, which it holds whole, it joins the movie
    (v16 had it join silently where a question was promised; asking instead, v17 found, made
    an everyday detail around a concert with a yoga class right after, 5:30–8:30 over the
    8–9 class's first half, a question and no joint event): a shift holding one event whole
    is that event's, with no question."""
    park = dict(location="Bryan Park")
    shift = row("Police", 2, "Officers on site", DAY, "19:00", "23:00", **park)
    concert = row("Parks and Recreation", 2, "Sunday Concert in Bryan Park", DAY, "18:00", "20:00", **park)
    movie = row("Parks and Recreation", 3, "Movie in the Park", DAY, "21:00", "23:00", **park)
    (event,) = merge_rows([shift, concert], config).events
    assert event.departments == ("Parks and Recreation", "Police")
    result = merge_rows([shift, concert, movie], config)
    assert groups(result) == {frozenset({"Parks and Recreation!2"}), frozenset({"Parks and Recreation!3", "Police!2"})}
    assert not result.review
    detail = row("Police", 2, "Concert detail", DAY, "17:30", "20:30", **park)
    yoga = row("Parks and Recreation", 3, "Sunset Yoga", DAY, "20:00", "21:00", **park)
    result = merge_rows([detail, concert, yoga], config)
    assert groups(result) == {frozenset({"Parks and Recreation!2", "Police!2"}), frozenset({"Parks and Recreation!3"})}
    assert not result.review


def test_a_shift_joins_the_event_its_title_names_or_shares_most_hours_with(config):
    """v18: holding one event whole is no reason when the shift's title names the other: Fire's
    "Fireworks detail" 7–10 had joined the 7:30–9 concert it holds whole, not the 9:30–10:30
    fireworks it was staffed for; "Festival security" 11–6 the gospel hour inside the
    festival. An "Evening detail" 4–10 names neither: it joins the 5–10:30 celebration whose
    hours it shares most, not the bike parade it holds whole (holding both whole, it is asked)."""
    park = dict(location="Bryan Park")
    concert = row("Parks and Recreation", 2, "Summer Pops Concert", DAY, "19:30", "21:00", **park)
    fireworks = row("Parks and Recreation", 3, "Fireworks Show", DAY, "21:30", "22:30", **park)
    detail = row("Fire", 2, "Fireworks detail", DAY, "19:00", "22:00", **park)
    result = merge_rows([concert, fireworks, detail], config)
    assert groups(result) == {frozenset({"Parks and Recreation!2"}), frozenset({"Parks and Recreation!3", "Fire!2"})}
    assert not result.review
    festival = row("Parks and Recreation", 2, "Juneteenth Festival", DAY, "12:00", "20:00", **park)
    gospel = row("Parks and Recreation", 3, "Gospel Hour on the Main Stage", DAY, "14:00", "15:00", **park)
    security = row("Police", 2, "Festival security", DAY, "11:00", "18:00", **park)
    assert _joined(config, festival, gospel, security)
    assert _evening_detail_joins_the_celebration(config, "Kids Bike Parade", park)


def test_a_shared_word_of_when_or_where_is_no_event_named(config):
    """v19: one shared word had counted as the shift's title naming an event: "Day shift" 7–3
    joined a 2-hour "Kids Field Day" over the 10–6 festival it shares most hours with, and
    "Evening detail" 4–10 the "Evening Bike Parade" over the celebration. Words of when a shift
    works, and of the place, name no event."""
    park = dict(location="Central Park", address="500 W Main St")
    festival = row("Parks and Recreation", 2, "Spring Festival", DAY, "10:00", "18:00", **park)
    field_day = row("Parks and Recreation", 3, "Kids Field Day", DAY, "11:00", "13:00", **park)
    shift = row("Police", 2, "Day shift", DAY, "07:00", "15:00", **park)
    assert _joined(config, festival, field_day, shift)
    assert _evening_detail_joins_the_celebration(config, "Evening Bike Parade", park)
    market = row("Parks and Recreation", 2, "Summer Night Market", DAY, "17:00", "20:00", **park)
    movie = row("Parks and Recreation", 3, "Central Park Movie Night", DAY, "20:30", "22:30", **park)
    detail = row("Police", 2, "Central Park detail", DAY, "16:30", "23:00", **park)   # holds both whole: asked
    result = merge_rows([market, movie, detail], config)
    assert all(len(g) == 1 for g in groups(result)) and len(result.review) == 2


def test_a_park_named_in_a_shift_title_names_no_event_when_location_is_an_address(config):
    """v19 E2c: with Location typed as the address only, "Bryan Park detail" 4:30–10:30 joined
    "Bryan Park Movie Night" by the word "bryan" and left the 5–10 night market it also holds
    whole alone, silently. A name before a kind of place ("Bryan Park") is a place: both are
    asked about, as when Location names the park."""
    address = dict(address="1001 S Henderson St")
    market = row("Parks and Recreation", 2, "Summer Night Market", DAY, "17:00", "22:00", **address)
    movie = row("Parks and Recreation", 3, "Bryan Park Movie Night", DAY, "20:30", "22:30", **address)
    detail = row("Police", 2, "Bryan Park detail", DAY, "16:30", "22:30", **address)
    result = merge_rows([market, movie, detail], config)
    assert all(len(g) == 1 for g in groups(result)) and len(result.review) == 2


def test_a_shift_titled_for_an_event_held_elsewhere_is_asked_about(config):
    """v19 G2: Police's "Juneteenth Festival security" 11–6, typed at Peoples Park, joined Parks'
    story time there while the festival was at Switchyard Park: June counted 2 joint events,
    not 1. So did "Fireworks detail" at Bryan Park with the concert there, the fireworks being at
    Switchyard. A shift whose title names another event that day at another place, and not
    the one it covers, is asked about."""
    switchyard, peoples = dict(location="Switchyard Park"), dict(location="Peoples Park")
    festival = row("Parks and Recreation", 2, "Juneteenth Festival", DAY, "12:00", "20:00", **switchyard)
    story = row("Parks and Recreation", 3, "Library Story Time", DAY, "13:00", "15:00", **peoples)
    security = row("Police", 2, "Juneteenth Festival security", DAY, "11:00", "18:00", **peoples)
    result = merge_rows([festival, story, security], config)
    assert all(len(g) == 1 for g in groups(result))
    assert [(q.a.title, q.b.title) for q in result.review] in (
        [("Library Story Time", "Juneteenth Festival security")], [("Juneteenth Festival security", "Library Story Time")])
    # at the festival's own place it is the festival's, with no question
    here = row("Police", 2, "Juneteenth Festival security", DAY, "11:00", "18:00", **switchyard)
    result = merge_rows([festival, story, here], config)
    assert frozenset({"Parks and Recreation!2", "Police!2"}) in groups(result) and not result.review
    concert = row("Parks and Recreation", 4, "Summer Pops Concert", DAY, "19:30", "21:00", location="Bryan Park")
    fireworks = row("Parks and Recreation", 5, "Fireworks Show", DAY, "21:30", "22:30", **switchyard)
    detail = row("Fire", 2, "Fireworks detail", DAY, "19:00", "22:00", location="Bryan Park")
    result = merge_rows([concert, fireworks, detail], config)
    assert all(len(g) == 1 for g in groups(result)) and len(result.review) == 1


def test_people_an_event_honours_are_no_partner_part(config):
    """v19 G3: "911 Dispatcher Appreciation Lunch" (Emergency Communications, Internal) inside
    Fire's "Fire Station 9 Open House" merged as the dispatchers' own part of it: April counted a
    joint event that was a staff lunch. A role or unit followed by what honours it
    ("Appreciation", "Recognition", "Awards") names an event of its own; "Dispatcher booth" is
    still a part."""
    station = dict(location="Fire Station 9")
    house = row("Fire", 2, "Fire Station 9 Open House", DAY, "10:00", "14:00", **station)
    for title in ("911 Dispatcher Appreciation Lunch", "Telecommunicator Appreciation Lunch",
                  "Firefighter Recognition Lunch"):
        lunch = row("Emergency Communications", 2, title, DAY, "11:30", "13:00", **station)
        assert len(merge_rows([house, lunch], config).events) == 2, title
    booth = row("Emergency Communications", 2, "Dispatcher booth", DAY, "11:30", "13:00", **station)
    assert len(merge_rows([house, booth], config).events) == 1


def test_coverage_words_shortened_or_mistyped_are_read(config):
    """v20: a Police shift 8–11:45 around Parks' 9–11:30 movie was no coverage when titled
    "Traffic ctrl", "Trafic control", "Securty", "Crowd mgmt", "Barricades", "Parking
    enforcement" or "TCP": the movie was counted Parks' alone. Shortenings and typos of one or
    two letters are read; words a letter from other words ("Turkey Stuffing Workshop",
    "Employment Fair", "Retail Theft Talk") are not, nor "Sec." and "Det." (v21: a section, a
    detective) or "Barriers"."""
    from sheets_sync.matching import coverage_word
    park = dict(location="Switchyard Park")
    movie = row("Parks and Recreation", 2, "Movie in the Park", DAY, "21:00", "23:30", **park)
    for title in ("Traffic ctrl", "Trafic control", "Traffic cntrl", "Securty", "Crowd mgmt", "Barricades",
                  "Parking enforcement", "TCP", "Sec. detail"):
        shift = row("Police", 2, title, DAY, "20:00", "23:45", **park)
        assert coverage_word(title), title
        (event,) = merge_rows([movie, shift], config).events
        assert event.is_joint, title
    assert [coverage_word(t) for t in ("Turkey Stuffing Workshop", "Employment Fair", "Retail Theft Talk",
                                       "Secret Santa Drive", "Human Trafficking Awareness")] == [""] * 5
    # v21: a section, a detective, barriers to break name no coverage
    assert [coverage_word(t) for t in ("Swim Lessons - Sec. 2", "Sec. 8 Voucher Info Night", "Coffee with Det. Rivera",
                                       "Breaking Barriers: Youth Summit", "Water Aerobics Sec 1")] == [""] * 5


def test_a_visit_with_no_place_joins_the_one_event_its_title_says_it_is_at(config):
    """v20: "911 table at Kids Fun Fest" 5–8 with no Location beside Parks' real Durham "Friday
    the 13th Kids fun Fest" 5–8 was never joined (the host's date words left the visit naming
    too few of its words), nor "Fire truck at Bimbe Festival" 1–3 at "Bimbe Cultural Arts
    Festival 2026" 12–6. What a title says it is at, all in the other's title and the only
    event that day so named, places the visit at it. A second "Kids Fun Fest" that day leaves
    the visit unplaced."""
    centre = dict(location="I.R. Holmes Sr. Recreation Center")
    fest = row("Parks and Recreation", 2, "Friday the 13th Kids fun Fest", DAY, "17:00", "20:00", **centre)
    for department, title in (("Emergency Communications", "911 table at Kids Fun Fest"),
                              ("Fire", "Fire truck at Kids Fun Fest")):
        visit = row(department, 2, title, DAY, "17:00", "20:00")
        (event,) = merge_rows([fest, visit], config).events
        assert event.is_joint, title
    bimbe = row("Parks and Recreation", 3, "Bimbe Cultural Arts Festival 2026", DAY, "12:00", "18:00", **centre)
    truck = row("Fire", 3, "Fire truck at Bimbe Festival", DAY, "13:00", "15:00")
    (event,) = merge_rows([bimbe, truck], config).events
    assert event.is_joint
    other = row("Parks and Recreation", 4, "Kids Fun Fest", DAY, "17:00", "20:00", location="Walltown Park")
    visit = row("Fire", 2, "Fire truck at Kids Fun Fest", DAY, "17:00", "20:00")
    assert not any(e.is_joint and "Fire" in e.departments and "I.R. Holmes" in e.location
                   for e in merge_rows([fest, other, visit], config).events)


def test_a_shift_joins_the_event_it_names_over_one_inside_it(config):
    """v20 C11: "NNO detail" 4–9 over Parks' National Night Out party 5–8 and a soccer practice
    5:30–6:30 at the same park: both links were asked about (two rows inside the shift's hours
    were taken for one event's visits, though one tab's two titles keep them apart), so August
    counted no joint event. The shift joins the party its title names."""
    park = dict(location="Bryan Park", address="1001 S Henderson St")
    party = row("Parks and Recreation", 2, "National Night Out Block Party", DAY, "17:00", "20:00", **park)
    soccer = row("Parks and Recreation", 3, "Youth Soccer Practice", DAY, "17:30", "18:30", **park)
    for title in ("NNO detail", "National Night Out detail"):
        shift = row("Police", 2, title, DAY, "16:00", "21:00", **park)
        result = merge_rows([party, soccer, shift], config)
        assert frozenset({"Parks and Recreation!2", "Police!2"}) in groups(result) and not result.review, title


def test_a_shift_on_each_day_of_a_two_day_festival_covers_that_day(config):
    """v20 E4: Parks' "Bimbe Cultural Arts Festival" typed once, 5/16–5/17 9–3, and Police's
    "Bimbe Festival security" 8–4 on each day: both were asked about (a shift was compared with
    the festival's whole 30 hours). A shift holding the festival's hours on its own day covers
    it: one joint event, no question; a shift holding only part of that day's hours does not."""
    from datetime import datetime as dt
    place = dict(location="Rock Quarry Park")
    day1 = date(2026, 5, 16)
    fest = row("Parks and Recreation", 2, "Bimbe Cultural Arts Festival", day1, "09:00", "15:00", **place)
    fest = replace(fest, end=dt.combine(date(2026, 5, 17), fest.end.timetz()))
    shifts = [row("Police", 2 + n, "Bimbe Festival security", day1 + timedelta(days=n), "08:00", "16:00", **place)
              for n in range(2)]
    result = merge_rows([fest, *shifts], config)
    (event,) = result.events
    assert event.is_joint and not result.review
    short = row("Police", 2, "Bimbe Festival security", day1, "12:00", "16:00", **place)
    assert not any(e.is_joint for e in merge_rows([fest, short], config).events)


def test_a_copy_with_no_place_matches_a_title_that_names_the_host_s_place(config):
    """v20 E8: Police's "Movie in the Park" with no Location scored title 71 against Parks'
    "Movie in the Park" at Bryan Park (the park's words left out of Parks' title only), so it
    never joined, nor was it asked about when two parks showed a movie that night. One title as
    typed is one title: it joins the one showing, and with two it is asked about."""
    bryan = row("Parks and Recreation", 2, "Movie in the Park", DAY, "21:00", "23:00", location="Bryan Park")
    switchyard = row("Parks and Recreation", 3, "Movie in the Park", DAY, "21:00", "23:00", location="Switchyard Park")
    police = row("Police", 2, "Movie in the Park", DAY, "21:00", "23:00")
    (event,) = merge_rows([bryan, police], config).events
    assert event.is_joint
    result = merge_rows([bryan, switchyard, police], config)
    assert len(result.events) == 3 and len(result.review) == 2


def test_a_visit_at_an_event_is_not_at_a_shift_named_for_it(config):
    """v22 R1: with Parks' festival row deleted, Fire's "Fire truck at Bimbe Festival" (no
    place) joined Police's "Bimbe Festival security" as the only row so named that day: a new
    joint event made of the deleted festival's parts. A visit is at the event its title names,
    never at a shift named for it."""
    quarry = dict(location="Rock Quarry Park")
    truck = row("Fire", 2, "Fire truck at Bimbe Festival", DAY, "13:00", "15:00")
    security = row("Police", 2, "Bimbe Festival security", DAY, "11:00", "20:00", **quarry)
    assert len(merge_rows([truck, security], config).events) == 2


def _evening_detail_joins_the_celebration(config, parade: str, place: dict) -> bool:
    """Police's "Evening detail" 4–10 joins Parks' 5–10:30 "Fourth of July Celebration", not
    Fire's 5:30–6:30 ``parade`` inside it (both at ``place``)."""
    celebration = row("Parks and Recreation", 2, "Fourth of July Celebration", DAY, "17:00", "22:30", **place)
    return _joined(config, celebration, row("Fire", 2, parade, DAY, "17:30", "18:30", **place),
                   row("Police", 2, "Evening detail", DAY, "16:00", "22:00", **place))


def _joined(config, event, other, shift) -> bool:
    """``shift`` merges with ``event`` (not ``other``) among the three rows."""
    return frozenset({str(event.source), str(shift.source)}) in groups(merge_rows([event, other, shift], config))


@pytest.mark.parametrize("named_on", ["host", "part", "title"])
def test_a_part_tied_to_one_of_two_events_at_its_place_does_not_make_them_one(config, named_on):
    """v25 W1: a unit's visit inside the hours of two events at one place, whose own pair
    scores apart, joined both into one event (a weekly market published under a block party's
    title). Where one event's row lists the visiting department as a partner, the visit's row
    lists that event's department, or the visit's title names that event, the visit is that
    event's part only."""
    square = dict(location="Lincoln Square", address="200 W Lincoln Ave")
    trucks = row("Parks and Recreation", 2, "Thursday Food Truck Rally", DAY, "17:00", "20:00", **square)
    night = row("Community Safety", 2, "Westside Harvest Luau", DAY, "18:00", "21:00",
                partners=("Emergency Management",) if named_on == "host" else (), **square)
    trailer = row("Emergency Management", 2, "CERT trailer - Harvest Luau" if named_on == "title" else "CERT trailer",
                  DAY, "18:30", "19:30", partners=("Community Safety",) if named_on == "part" else (), **square)
    result = merge_rows([trucks, night, trailer], config)
    assert groups(result) == {frozenset({"Parks and Recreation!2"}),
                              frozenset({"Community Safety!2", "Emergency Management!2"})}
    # the two may still be one event logged twice: staff are asked about the other link
    assert [{str(p.a.source), str(p.b.source)} for p in result.review] == [
        {"Parks and Recreation!2", "Emergency Management!2"}]


def test_a_part_tied_to_one_of_two_rows_whose_hours_hold_the_others_joins_both(config):
    """v26 R1g: Police's "West Precinct Community Picnic" 4:30–8:30 (set-up hours included,
    listing Fire) and Parks' "National Night Out at Occidental Square" 5–8 are one event logged
    twice; Fire's ladder display 6–7 ties only to Police's row. One row's hours holding the
    other's, or both starting together, the part still joins both: one event of three
    departments, no question."""
    plaza = dict(location="Marion Square", address="80 Harbor Way")
    picnic = row("Police", 2, "Harbor Precinct Neighbors Picnic", DAY, "16:30", "20:30",
                 partners=("Fire",), **plaza)
    nno = row("Parks and Recreation", 2, "Night Out on Marion Square", DAY, "17:00", "20:00", **plaza)
    ladder = row("Fire", 2, "Ladder 6 display", DAY, "18:00", "19:00", **plaza)
    result = merge_rows([picnic, nno, ladder], config)
    assert groups(result) == {frozenset({"Police!2", "Parks and Recreation!2", "Fire!2"})}
    assert not result.review
    # v27: nor when both start together, one with clean-up hours (5–8 and 5:30–8:30)
    later = replace(nno, start=picnic.start.replace(hour=17, minute=30), end=picnic.end.replace(hour=21, minute=0))
    early = replace(picnic, start=picnic.start.replace(hour=17, minute=0), end=picnic.end.replace(hour=20, minute=0))
    result = merge_rows([early, later, ladder], config)
    assert groups(result) == {frozenset({"Police!2", "Parks and Recreation!2", "Fire!2"})}
    assert not result.review


@pytest.mark.parametrize("nno_hours, activity, nno_title", [
    (("18:00", "20:00"), "Senior Bingo Night", "National Night Out - Lyon Park"),
    (("17:30", "20:30"), "Senior Bingo Night", "National Night Out - Lyon Park"),
    # v32 A18, A19, E1: the party named first, as most are; a craft night, an open gym
    (("18:00", "20:00"), "Senior Bingo Night", "Near Westside National Night Out"),
    (("18:00", "20:00"), "Family Craft Night", "Near Westside National Night Out"),
    (("18:00", "20:00"), "Teen Open Gym", "Summer Safety Kickoff"),
    # a league is an activity of its own (a fresh city's check: "Youth Basketball League" in the gym)
    (("18:00", "20:00"), "Youth Basketball League", "Near Westside National Night Out"),
])
def test_a_part_tied_to_an_event_is_not_also_a_programmes_at_its_hours(config, nno_hours, activity, nno_title):
    """v31 E1: Parks' "Senior Bingo Night" 6–8 at the Lyon Park Community Center and Police's
    "National Night Out - Lyon Park" 6–8 there (or 5:30–8:30, listing the other partners) are
    two events; Fire's "Engine 9 visit - NNO" 6:30–7 names the National Night Out, yet joined
    both: one event published as the bingo night, and with the NNO's other partners a false
    all-department event. A class or activity of its own is no event logged twice with the
    one the part names: the part is that event's, and the other link is a question."""
    center = dict(location="Lyon Park Community Center", address="1309 Halley St")
    bingo = row("Parks and Recreation", 2, activity, DAY, "18:00", "20:00", **center)
    nno = row("Police", 2, nno_title, DAY, *nno_hours, address="1309 Halley St",
              partners=("Community Safety", "Emergency Communications", "Emergency Management"))
    visit = row("Fire", 2, "Engine 9 visit - NNO", DAY, "18:30", "19:00", location="Lyon Park")
    result = merge_rows([bingo, nno, visit], config)
    assert groups(result) == {frozenset({"Parks and Recreation!2"}), frozenset({"Police!2", "Fire!2"})}
    assert sorted(len(e.departments) for e in result.events) == [1, 5]     # no all-department event
    # the visit's row listing Police ties it by naming too (v31 E1d)
    listed = replace(visit, partners=("Police",))
    assert groups(merge_rows([bingo, nno, listed], config)) == groups(result)


def test_a_row_at_a_park_is_not_at_another_event_held_there(config):
    """v25 W4: "Bike Safety Rodeo at Switchyard Park", no place typed, 2–5, joined Parks'
    "Tai Chi Easy at Switchyard Park" 3–4 as its partner's part: what it said it was at, the
    park, was read as the class's event. A place's name after "at" names where a row is, not
    an event; what names an event still does (a table at a fest, below)."""
    yoga = row("Parks and Recreation", 2, "Gentle Yoga at Garfield Park", DAY, "14:00", "15:00",
               location="Garfield Park", address="2345 Pagoda Dr")
    drive = row("Police", 2, "Bicycle Registration Drive at Garfield Park", DAY, "13:00", "17:00")
    result = merge_rows([yoga, drive], config)
    assert groups(result) == {frozenset({"Parks and Recreation!2"}), frozenset({"Police!2"})}
    fest = row("Parks and Recreation", 3, "Garfield Kite Festival", DAY, "13:00", "17:00",
               location="Garfield Park", address="2345 Pagoda Dr")
    table = row("Emergency Communications", 2, "911 table at the Garfield Kite Festival", DAY, "14:00", "15:00")
    result = merge_rows([fest, table], config)
    assert groups(result) == {frozenset({"Parks and Recreation!3", "Emergency Communications!2"})}
    # an event named like a place ("… in the Park", v26 R3h/R3i) is still an event
    jazz = row("Parks and Recreation", 4, "Jazz in the Park", DAY, "19:00", "21:00")
    tent = row("Emergency Management", 2, "Cooling tent at Jazz in the Park", DAY, "19:00", "21:00",
               location="Garfield Park", address="2345 Pagoda Dr")
    assert groups(merge_rows([jazz, tent], config)) == {frozenset({"Parks and Recreation!4", "Emergency Management!2"})}


def test_a_programme_with_people_is_no_part_of_another_programme_there(config):
    """v27 O2: Bloomington's weekly "Fitness with a Firefighter" (Parks, listing Fire) and
    Police's safety walk (listing Community Safety) at one park and hour, two joint events,
    were merged into one: "firefighter" was read as a partner's part. A row naming the people
    it is "with" is a partner's part of an event that hosts others (an open house, a
    kickoff), not of a programme of its own such as a walk or a class (the controls)."""
    park = dict(location="Riverside Park", address="40 Riverside Dr")
    walk = row("Police", 2, "Neighborhood watch walk", DAY, "19:00", "20:30", partners=("Community Safety",), **park)
    for title in ("Bootcamp with a Firefighter", "Stretch & Stroll with the Firefighters"):
        bootcamp = row("Parks and Recreation", 2, title, DAY, "19:00", "20:00", partners=("Fire",), **park)
        result = merge_rows([bootcamp, walk], config)
        assert groups(result) == {frozenset({"Parks and Recreation!2"}), frozenset({"Police!2"})}, title
        assert sum(e.is_joint for e in result.events) == 2
    house = row("Fire", 3, "Station 9 Open House", DAY, "10:00", "14:00", location="Fire Station 9")
    police = row("Police", 3, "Coffee with a Cop", DAY, "10:00", "11:00", location="Fire Station 9")
    assert groups(merge_rows([police, house], config)) == {frozenset({"Police!3", "Fire!3"})}
    fire = row("Fire", 4, "Story time with a Firefighter", DAY, "10:30", "11:00", **park)
    fair = row("Parks and Recreation", 4, "Riverside Summer Kickoff", DAY, "10:00", "13:00", **park)
    assert groups(merge_rows([fire, fair], config)) == {frozenset({"Fire!4", "Parks and Recreation!4"})}



def test_a_programme_with_people_beside_a_programme_at_its_hours_is_its_own(config):
    """v29 B2, V1, B5: Police's "Coffee with a Cop" 6–7:30 beside Parks' Zumba class 6–7 in the
    same park, Fire's "Hands-only CPR with a firefighter" at the hours of a Tai Chi class there,
    and Police's walk "with BPD Downtown Resource Officers" at the hours of Parks' story time
    "with a Firefighter" were each merged into one joint event through the role: each is a
    programme of its own beside another programme."""
    park = dict(location="Switchyard Park", address="1601 S Rogers St")
    pairs = [(row("Parks and Recreation", 2, "Pop-Up Fitness: ZUMBA with Darrelyn", DAY, "18:00", "19:00", **park),
              row("Police", 2, "Coffee with a Cop", DAY, "18:00", "19:30", **park)),
             (row("Parks and Recreation", 2, "Pop-Up Fitness: Tai Chi with Jennifer", DAY, "09:00", "10:00", **park),
              row("Fire", 2, "Hands-only CPR with a firefighter", DAY, "09:00", "10:00", **park)),
             (row("Parks and Recreation", 2, "Story Time with a Firefighter", DAY, "10:00", "11:00", **park),
              row("Police", 2, "Neighborhood Walk with BPD Downtown Resource Officers", DAY, "10:00", "11:00", **park))]
    for a, b in pairs:
        for rows in ([a, b], [b, a]):
            result = merge_rows(rows, config)
            assert len(result.events) == 2, (a.title, b.title)
    # inside a longer event's hours it is still that department's part of it
    coffee = row("Police", 3, "Coffee with a Cop", DAY, "18:00", "18:45", **park)
    fest = row("Parks and Recreation", 3, "Switchyard Summer Fest", DAY, "17:00", "21:00", **park)
    assert groups(merge_rows([coffee, fest], config)) == {frozenset({"Police!3", "Parks and Recreation!3"})}
    # a pop-up naming a programme is one; a part word before "library" still is a part
    # (dedupe-dev2's "Reflective vest tent - library open house", once lost to a wider rule)
    library = dict(location="South Regional Library", address="4505 Carpenter Fletcher Rd")
    house = row("Emergency Communications", 4, "Community Readiness Open House", DAY, "10:00", "14:00", **library)
    tent = row("Parks and Recreation", 4, "Reflective vest tent - library open house", DAY, "11:00", "13:00",
               location="South Regional Library")
    assert groups(merge_rows([tent, house], config)) == {frozenset({"Emergency Communications!4",
                                                                    "Parks and Recreation!4"})}
    popup = row("Parks and Recreation", 4, "Pop-Up Storytime", DAY, "11:00", "12:00", **library)
    walk = row("Police", 4, "Library safety walk", DAY, "11:00", "12:30", **library)
    assert len(merge_rows([popup, walk], config).events) == 2


VISITS_WITH_PEOPLE = [
    # (host tab, host title, host hours, partner tab, partner title, partner hours, one event?)
    # v30: a unit or role a row is "with", at an event that hosts others, is its part there ...
    ("Parks and Recreation", "Bryan Park Spring Fling", ("12:00", "16:00"),
     "Fire", "Meet & Greet with Engine 7", ("12:00", "16:00"), True),
    ("Parks and Recreation", "Holiday Tree Lighting", ("17:00", "19:00"),
     "Fire", "Santa visit with Engine 3", ("17:00", "19:00"), True),
    ("Parks and Recreation", "Central Park Fall Festival", ("10:00", "13:00"),
     "Fire", "Meet & Greet with Ladder 4", ("10:00", "13:30"), True),
    ("Fire", "Fire Station 1 Open House", ("10:00", "14:00"),
     "Parks and Recreation", "Story Time with a Firefighter", ("11:00", "11:30"), True),
    ("Police", "Kids Safety Day", ("10:00", "14:00"),
     "Parks and Recreation", "Touch-a-Truck with Engine 7", ("11:00", "12:00"), True),
    ("Parks and Recreation", "Walltown Summer Camp Field Day", ("13:00", "16:00"),
     "Police", "Popsicles with Police", ("14:00", "15:00"), True),          # a department's name (X2)
    # ... and no part of a class or an activity of its own at its place and hours
    ("Parks and Recreation", "Yoga in the Park", ("14:00", "15:00"),
     "Police", "Popsicles with Police", ("14:00", "15:00"), False),
    ("Parks and Recreation", "Pop-Up Fitness: Jazzercise with Kris", ("18:00", "19:00"),
     "Police", "Coffee w/ a Cop", ("18:00", "19:00"), False),
    ("Parks and Recreation", "Yoga in the Park", ("18:00", "19:00"),
     "Police", "Chat with a Cop", ("18:00", "19:00"), False),
    ("Parks and Recreation", "Yoga in the Park", ("10:00", "11:00"),
     "Emergency Management", "Emergency Kit Basics with CERT Volunteers", ("10:00", "11:00"), False),
    ("Parks and Recreation", "Pop-Up Fitness: Tai Chi with Jennifer", ("10:00", "11:00"),
     "Police", "Bike Rodeo with the Bloomington Police Department Community Resource Officers",
     ("10:00", "11:00"), False),
    ("Emergency Management", "Wilderness first aid class", ("09:00", "12:00"),
     "Parks and Recreation", "Hike with a Ranger", ("09:00", "10:30"), False),
    # ... and, a programme itself, a part only of an event that hosts others (v30 W5, W4)
    ("Police", "Bike Registration Drive", ("12:00", "13:00"),
     "Parks and Recreation", "Lunchtime Workout with Firefighters", ("12:15", "12:45"), False),
    # v33: a tournament hosts others; an activity on a holiday is still a class
    ("Parks and Recreation", "Youth Chess Tournament", ("10:00", "15:00"),
     "Police", "Pizza with Police", ("12:00", "13:00"), True),
    ("Parks and Recreation", "Valentine's Day Zumba", ("10:00", "11:00"),
     "Police", "Coffee with a Cop", ("10:00", "11:00"), False),
    # ... an activity open to all takes it as a visit inside its longer hours, a class never;
    # a graduation hosts its guests (v33 B2, B8; v32 E6)
    ("Parks and Recreation", "Holiday Skate Night", ("18:00", "21:00"),
     "Police", "Cocoa with a Cop", ("19:00", "20:00"), True),
    ("Parks and Recreation", "Lifeguard Training - Day 1", ("09:00", "12:00"),
     "Police", "Coffee with a Cop", ("10:00", "11:00"), False),
    ("Police", "Citizens Academy Graduation", ("18:00", "20:00"),
     "Community Safety", "Q&A with Care Navigators", ("18:30", "19:00"), True),
    # a pop-up is a part unless it names an activity of its own (v30 P1, P3)
    ("Police", "NNO Fun Night", ("17:00", "20:00"),
     "Parks and Recreation", "Pop-Up Playground", ("17:30", "19:30"), True),
    ("Fire", "Hands-only CPR class", ("09:00", "10:00"),
     "Parks and Recreation", "Pop-Up Tai Chi", ("09:00", "10:00"), False),
    # v36 S2: a CPR pop-up names a class: a programme of its own beside a walking group's hour
    ("Parks and Recreation", "Walking with Ease", ("09:00", "10:00"),
     "Fire", "Hands-Only CPR Pop-Up", ("09:30", "10:30"), False),
]


@pytest.mark.parametrize("host_tab, host_title, host_hours, tab, title, hours, one", VISITS_WITH_PEOPLE)
def test_a_row_with_people_or_a_pop_up_is_a_part_of_a_hosting_event_only(config, host_tab, host_title,
                                                                         host_hours, tab, title, hours, one):
    """Fresh verifiers' v30 cases: "with" people or a pop-up at the place and hours of an event
    that hosts others (a fling, a tree lighting, a festival, an open house, a safety day, a
    National Night Out) is a partner's part of it, hours a little off or not; beside a class or
    an activity of its own ("Yoga in the Park", a Jazzercise pop-up, a first aid class) it is a
    programme of its own. The rows share the place; each order gives the same result."""
    place = dict(location="Peoples Park", address="501 E Kirkwood Ave")
    host = row(host_tab, 2, host_title, DAY, *host_hours, **place)
    other = row(tab, 3, title, DAY, *hours, location="Peoples Park")
    for rows in ([host, other], [other, host]):
        assert len(merge_rows(rows, config).events) == (1 if one else 2), (host_title, title)


def test_a_visit_naming_a_numbered_event_goes_to_it_on_a_day_of_many(config):
    """v29 P3, from Pittsburgh's real 2025 National Night Out list: on a night of many NNO
    parties, several naming police zones, Fire's "Truck 3 at Zone 3 NNO" (no place) inside the
    hours of "Zone 3 PSC National Night Out" was counted apart: "zone" is in titles at three
    places that evening, so no word named that party. A word with its number ("Zone 3"),
    the number used at fewer than three places that day, names it; "Zone 4" names another."""
    day = date(2026, 8, 4)
    party = row("Police", 2, "Zone 3 PSC National Night Out", day, "19:00", "21:00",
                location="Dollar Bank parking lot on Manton Way")
    others = [row("Parks and Recreation", 2, "Arlington National Night Out", day, "18:00", "20:00",
                  address="2319 Arlington Ave"),
              row("Police", 3, "Zone 3 officers visit Arlington NNO", day, "18:30", "19:00",
                  address="2319 Arlington Avenue"),
              row("Community Safety", 2, "South Oakland National Night Out", day, "17:00", "20:30",
                  location="Finello Oakland Pavilion", address="3206 Niagara St"),
              row("Police", 4, "Zone 4 officers", day, "17:00", "20:30", address="3206 Niagara Street"),
              row("Community Safety", 3, "Zone 2 block watch NNO", day, "18:00", "20:00", address="2217 Bedford Ave")]
    truck = row("Fire", 2, "Truck 3 at Zone 3 NNO", day, "19:30", "20:30")
    result = merge_rows([party, *others, truck], config)
    assert frozenset({"Police!2", "Fire!2"}) in groups(result)
    wrong = row("Fire", 2, "Truck 3 at Zone 5 NNO", day, "19:30", "20:30")
    assert frozenset({"Fire!2"}) in groups(merge_rows([party, *others, wrong], config))


def test_a_session_typed_with_the_events_initials_is_its_part(config):
    """v31 B4b: Fire's "CPA - fire ops session" 1–3 at Durham Police Headquarters, inside
    Police's "Citizens Police Academy Weekend" 9–4 there, was counted apart: "CPA", typed in
    capitals, is the Academy's initials, so the row names that event. Capitals that are not
    the other title's initials ("EMS") name nothing."""
    day = date(2028, 9, 10)
    hq = dict(location="Durham Police Headquarters", address="602 E Main St")
    academy = row("Police", 2, "Citizens Police Academy Weekend", day, "09:00", "16:00", **hq)
    session = row("Fire", 2, "CPA - fire ops session", day, "13:00", "15:00", location="Durham Police Headquarters")
    assert groups(merge_rows([academy, session], config)) == {frozenset({"Police!2", "Fire!2"})}
    other = row("Fire", 2, "EMS - fire ops session", day, "13:00", "15:00", location="Durham Police Headquarters")
    assert len(merge_rows([academy, other], config).events) == 2


def test_two_events_with_titles_alike_only_in_generic_words_still_merge(config):
    """v33 T2: Parks' "Family Fun Night" and Police's "Night Out for Families" 6–8 at one
    community center are one event, though their titles share only generic words; only a
    class or activity so alike is not ("Senior Bingo Night" beside a National Night Out)."""
    center = dict(location="Delridge Community Center", address="4501 Delridge Way SW")
    fun = row("Parks and Recreation", 2, "Family Fun Night", DAY, "18:00", "20:00", **center)
    out = row("Police", 2, "Night Out for Families", DAY, "18:00", "20:00", location="Delridge Community Center")
    assert groups(merge_rows([fun, out], config)) == {frozenset({"Parks and Recreation!2", "Police!2"})}


def test_a_part_named_after_the_host_event_joins_it_at_a_busy_place(config):
    """v36 S6: "Preparedness Fair - Kids' Go-Kit Craft" names the fair in the part of its title
    before the dash; the park also holds a yoga class that morning, so "same address" alone is
    two bookings — the title says which one. Before: a question, and the city's all-department
    event of the quarter was lost. The yoga class stays apart."""
    park = dict(location="Switchyard Park", address="1601 S Rogers St")
    fair = row("Emergency Management", 2, "Ready Bloomington Preparedness Fair", DAY, "10:00", "14:00",
               location="Switchyard Park Pavilion", address="1601 S Rogers St")
    craft = row("Parks and Recreation", 2, "Preparedness Fair - Kids' Go-Kit Craft", DAY, "11:00", "13:00", **park)
    yoga = row("Parks and Recreation", 3, "Switchyard Park Pop-Up Fitness: Yoga", DAY, "09:00", "10:00", **park)
    result = merge_rows([fair, craft, yoga], config)
    assert groups(result) == {frozenset({"Emergency Management!2", "Parks and Recreation!2"}),
                              frozenset({"Parks and Recreation!3"})}
    assert not result.review


def test_a_visit_naming_a_market_joins_the_market_not_a_concert_at_its_place(config):
    """v36 S4: "Engine 2 at Hopewell Tuesday Market" named the market (a weekly calendar series
    with no place, as Bloomington's real feed types it), but joined a concert that day at
    Hopewell Commons, whose name shares only the place's word "Hopewell"."""
    market = row("Parks and Recreation", 2, "Tuesday Market at Hopewell Commons", date(2027, 9, 7), "16:00",
                 "19:00", rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=4")
    concert = row("Parks and Recreation", 3, "Performing Arts Series: Gravy Bird at Hopewell Commons",
                  date(2027, 9, 21), "16:30", "18:00", location="Hopewell Commons")
    visit = row("Fire", 2, "Engine 2 at Hopewell Tuesday Market", date(2027, 9, 21), "16:30", "18:00",
                location="Hopewell Commons")
    result = merge_rows([market, concert, visit], config)
    assert groups(result) == {frozenset({"Parks and Recreation!2", "Fire!2"}), frozenset({"Parks and Recreation!3"})}


def test_a_visit_at_an_event_named_in_common_words_joins_the_one_event_so_named(config):
    """v36 S5: "Bike registration @ Youth Day" by the address only, on the morning the farmers
    market holds "Youth Day at the Bloomington Community Farmers' Market": "Youth Day" is two
    common words, but one event that day is so named (the visit was a question). The market
    itself stays its own event."""
    day = date(2027, 9, 25)
    morton = "401 N Morton St, Bloomington, IN 47404, USA"
    market = row("Parks and Recreation", 2, "Bloomington Community Farmers' Market", day, "08:00", "12:30",
                 address=morton)
    youth = row("Parks and Recreation", 3, "Youth Day at the Bloomington Community Farmers' Market", day,
                "09:00", "12:30", location="City of Bloomington", address=morton)
    bikes = row("Police", 2, "Bike registration @ Youth Day", day, "09:00", "12:00", address="401 N. Morton St.")
    result = merge_rows([market, youth, bikes], config)
    assert frozenset({"Parks and Recreation!3", "Police!2"}) in groups(result)
    assert frozenset({"Parks and Recreation!2"}) in groups(result)


def test_a_service_a_partner_gives_is_its_part_and_its_own_test_is_not(config):
    """v38 LB2, CC14: "Record sealing help desk" at a reentry fair is Police's part of it; Fire's
    "Firefighter swim test" at the pool during Lap Swim is Fire's own (a role word followed by
    a training or test names a programme, as "Police Officers Softball Game" does)."""
    day = date(2027, 9, 14)
    library = dict(location="Eastside Library", address="2100 E Main St")
    fair = row("Community Safety", 2, "Reentry Resource Fair", day, "10:00", "14:00", **library)
    desk = row("Police", 2, "Record sealing help desk", day, "11:00", "13:00", **library)
    assert groups(merge_rows([fair, desk], config)) == {frozenset({"Community Safety!2", "Police!2"})}
    pool = dict(location="Lakewood Aquatic Center", address="500 Pool Rd")
    swim = row("Parks and Recreation", 3, "Lap Swim", day, "06:00", "09:00", **pool)
    test = row("Fire", 3, "Firefighter swim test", day, "07:00", "08:00", **pool)
    result = merge_rows([swim, test], config)
    assert not any(e.is_joint for e in result.events)


def test_a_role_word_before_a_challenge_or_a_unit_before_a_tour_is_still_a_part(config):
    """Guards of the 'own training' rule (v30 P10, v34 A11): "Firefighter Fitness Challenge" at a
    summer fest and "Emergency Operations Center Tour" at the EOC's open house are parts; only a
    training or test after the people's word names a programme of its own."""
    plaza = dict(location="Schenley Plaza", address="4100 Forbes Ave")
    fest = row("Parks and Recreation", 7, "Schenley Plaza Summer Fest", DAY, "12:00", "18:00", **plaza)
    challenge = row("Fire", 4, "Firefighter Fitness Challenge", DAY, "13:00", "15:00", **plaza)
    (event,) = merge_rows([fest, challenge], config).events
    assert event.is_joint
    eoc = dict(address="2300 Concord Rd")
    house = row("Emergency Management", 3, "EOC Open House", DAY, "10:00", "13:00", location="EOC", **eoc)
    tour = row("Emergency Communications", 3, "Emergency Operations Center Tour", DAY, "10:00", "13:00",
               location="Emergency Operations Center", **eoc)
    (event,) = merge_rows([house, tour], config).events
    assert event.is_joint


@pytest.mark.parametrize("room, asked", [(" Committee Room", False), ("", True)])
def test_a_part_whose_title_names_one_meeting_after_a_dash_is_not_another_meetings(config, room, asked):
    """v38 CH1: a busy civic building at one hour. Community Safety's "Neighborhood Listening
    Session on Youth Violence" 6–8 in the auditorium; 911's "Text-to-911 table - Listening
    Session" 5:30–8 in the lobby names it after the dash; Emergency Management's "Hazard
    Mitigation Plan Committee" 5:30–7 starts with the table. Both meetings' hours hold the
    table's start, and the meetings score apart: the table's title says whose it is, so it
    joins the listening session only. With the committee in a room of its own the two meetings
    cannot be one event logged twice, so nothing is asked; with no room typed, the committee's
    link is a question (as in v25 W1)."""
    session = row("Community Safety", 3, "Neighborhood Listening Session on Youth Violence", DAY, "18:00", "20:00",
                  location="Eastside Municipal Building - Auditorium", address="410 Grove Ave")
    table = row("Emergency Communications", 3, "Text-to-911 table - Listening Session", DAY, "17:30", "20:00",
                location="Eastside Municipal Building lobby")
    committee = row("Emergency Management", 3, "Hazard Mitigation Plan Committee", DAY, "17:30", "19:00",
                    location="Eastside Municipal Building" + room)
    result = merge_rows([session, table, committee], config)
    assert groups(result) == {frozenset({"Community Safety!3", "Emergency Communications!3"}),
                              frozenset({"Emergency Management!3"})}
    assert [{str(p.a.source), str(p.b.source)} for p in result.review] == (
        [{"Emergency Communications!3", "Emergency Management!3"}] if asked else [])


@pytest.mark.parametrize("title", [
    "Know your 911 address - kids booth",       # what the booth is about, not another event (v36 S6)
    "First pitch - Chief Alvarez",              # a person, not an event (v38 PK1)
])
def test_what_follows_a_parts_dash_that_names_no_event_keeps_it_at_the_host(config, title):
    """The words after a part's dash may be its topic or a person: they tie it to no other
    event, so the part still joins the one event it is inside."""
    fair = row("Emergency Management", 2, "Ready Westfield Preparedness Expo", DAY, "09:00", "13:00",
               location="Westfield Commons", address="77 Mercer Rd")
    booth = row("Emergency Communications", 2, title, DAY, "10:00", "11:00", location="Westfield Commons")
    assert groups(merge_rows([fair, booth], config)) == {frozenset({"Emergency Management!2",
                                                                    "Emergency Communications!2"})}


def test_a_patrol_on_a_buildings_plaza_covers_the_plaza_event_not_a_workshop_inside(config):
    """v38 CH4: Parks' "Noon Jazz on the Plaza" 12–1 at "Civic Center Plaza", Emergency
    Management's "Renters' Insurance Workshop" 12–1 in "Civic Center - Room 210" and Police's
    "Plaza patrol" 11:30–1:30 at "Civic Center Plaza". The plaza and the room are two places of
    one building, so the patrol covers the concert only: one joint event, the workshop alone."""
    jazz = row("Parks and Recreation", 2, "Noon Jazz on the Plaza", DAY, "12:00", "13:00",
               location="Civic Center Plaza", address="300 Oak St")
    workshop = row("Emergency Management", 2, "Renters' Insurance Workshop", DAY, "12:00", "13:00",
                   location="Civic Center - Room 210")
    patrol = row("Police", 2, "Plaza patrol", DAY, "11:30", "13:30", location="Civic Center Plaza")
    result = merge_rows([jazz, workshop, patrol], config)
    assert groups(result) == {frozenset({"Parks and Recreation!2", "Police!2"}), frozenset({"Emergency Management!2"})}


def test_a_set_up_crew_naming_the_event_just_before_it_is_its_part(config):
    """v38 CC6: Parks' "Field setup for Eastside Kids Safety Day" 7–10 at the center, then
    Police's "Eastside Kids Safety Day" 10–2 there: the set-up crew names the event and ends as
    it starts, so it is Parks' part of it (one joint event), though their hours do not
    overlap; so is a tear-down crew just after an event it names. A crew naming no event ("Gym
    setup") just before, or a class in the next hour, stays apart."""
    center = dict(location="Eastside Community Center", address="88 Birch Rd")
    day = row("Police", 4, "Eastside Kids Safety Day", DAY, "10:00", "14:00", **center)
    crew = row("Parks and Recreation", 6, "Field setup for Eastside Kids Safety Day", DAY, "07:00", "10:00",
               location="Eastside Community Center")
    assert groups(merge_rows([day, crew], config)) == {frozenset({"Police!4", "Parks and Recreation!6"})}
    unnamed = replace(crew, title="Gym setup")
    assert len(merge_rows([day, unnamed], config).events) == 2
    class_after = row("Parks and Recreation", 7, "Kids Karate class", DAY, "14:00", "15:00", **center)
    assert groups(merge_rows([day, class_after], config)) == {frozenset({"Police!4"}),
                                                            frozenset({"Parks and Recreation!7"})}
    # a tear-down crew just after it, naming it by one word of its own (v40 A13)
    teardown = row("Parks and Recreation", 8, "Atrium teardown - Kids Day", DAY, "14:00", "15:30",
                   location="Eastside Community Center")
    iftar = row("Community Safety", 3, "Community Iftar Dinner", DAY, "18:00", "21:00", **center)
    after = replace(teardown, title="Atrium teardown - Iftar", start=iftar.end, end=iftar.end + timedelta(hours=1))
    assert groups(merge_rows([iftar, after], config)) == {frozenset({"Community Safety!3", "Parks and Recreation!8"})}
    assert len(merge_rows([iftar, replace(after, title="Riverfront Cleanup")], config).events) == 2


@pytest.mark.parametrize("address", ["", "1 Shore Dr"])
def test_a_visit_naming_an_event_by_one_word_of_its_title_is_that_events(config, address):
    """v38 PK11: Fire's "Ladder 4 visit - Concert Night" 7:45–8:15 at Lakeside Park, between
    Parks' "Concert in the Park: The Blue Notes" 8–10 at the bandshell and Police's "Late Night
    Hoops" 7–10 on the courts. "Night" is a word of when; "Concert" is in the concert's title
    only: the visit is the concert's (a joint event). The bandshell and the courts are two
    places of the park, so no question is left about the hoops; with the concert's address
    typed, the two places' names no longer tell them apart, and the other link is a question."""
    concert = row("Parks and Recreation", 15, "Concert in the Park: The Blue Notes", DAY, "20:00", "22:00",
                  location="Lakeside Park Bandshell", address=address)
    hoops = row("Police", 10, "Late Night Hoops", DAY, "19:00", "22:00", location="Lakeside Park courts")
    visit = row("Fire", 10, "Ladder 4 visit - Concert Night", DAY, "19:45", "20:15", location="Lakeside Park")
    result = merge_rows([concert, hoops, visit], config)
    assert groups(result) == {frozenset({"Parks and Recreation!15", "Fire!10"}), frozenset({"Police!10"})}
    assert [{str(p.a.source), str(p.b.source)} for p in result.review] == (
        [{"Police!10", "Fire!10"}] if address else [])


def test_a_booth_at_a_market_typed_mkt_is_the_markets(config):
    """v38 PK12: "Heat safety info @ Thursday Mkt" 5–7, no place typed, during the "Thursday
    Market" 4–7: "Mkt" is how staff shorten "Market" (the abbreviations ``init`` writes)."""
    market = row("Parks and Recreation", 16, "Thursday Market", DAY, "16:00", "19:00", location="Northgate Commons")
    booth = row("Emergency Management", 4, "Heat safety info @ Thursday Mkt", DAY, "17:00", "19:00")
    assert groups(merge_rows([market, booth], config)) == {frozenset({"Parks and Recreation!16",
                                                                     "Emergency Management!4"})}


def test_a_detail_naming_part_of_the_park_covers_the_event_held_there(config):
    """v38 PK3: Police's "Bandshell detail" 6:30–9:30, typed at Lakeside Park, holds both Parks'
    "Summer Sounds: The Porch Lights" 7–9 at the park's bandshell and Parks' "Sunset Tai Chi"
    7–8 at its pavilion. Its title names the bandshell, a word of the concert's place the tai
    chi's lacks: the concert's coverage (one joint event), no question."""
    concert = row("Parks and Recreation", 4, "Summer Sounds: The Porch Lights", DAY, "19:00", "21:00",
                  location="Lakeside Park Bandshell")
    tai_chi = row("Parks and Recreation", 5, "Sunset Tai Chi", DAY, "19:00", "20:00", location="Lakeside Park Pavilion")
    detail = row("Police", 4, "Bandshell detail", DAY, "18:30", "21:30", location="Lakeside Park")
    result = merge_rows([concert, tai_chi, detail], config)
    assert groups(result) == {frozenset({"Parks and Recreation!4", "Police!4"}), frozenset({"Parks and Recreation!5"})}
    assert not result.review


def test_two_lobby_tables_naming_two_meetings_are_two_events_parts(config):
    """A fresh city's check: 911's "911 table - Budget Town Hall" 5:30–8 and Emergency
    Management's "Ready Durham table - Disparity Study Forum" 5:45–7, both in the City Hall
    lobby, while the town hall meets in the Council Chambers and the forum in the Committee
    Room. Each table names its own meeting: joined as one event's two tables, they had made the
    two meetings one (and the forum lost its partner)."""
    hall = row("Police", 2, "Budget Town Hall", DAY, "18:00", "20:00", location="Oakdale City Hall Council Chambers",
               address="100 Main St")
    forum = row("Community Safety", 2, "Disparity Study Community Forum", DAY, "18:00", "19:00",
                location="Oakdale City Hall Committee Room")
    t911 = row("Emergency Communications", 2, "911 table - Budget Town Hall", DAY, "17:30", "20:00",
               location="Oakdale City Hall Lobby")
    ready = row("Emergency Management", 2, "Ready Oakdale table - Disparity Study Forum", DAY, "17:45", "19:00",
                location="Oakdale City Hall Lobby")
    result = merge_rows([hall, forum, t911, ready], config)
    assert groups(result) == {frozenset({"Police!2", "Emergency Communications!2"}),
                              frozenset({"Community Safety!2", "Emergency Management!2"})}


def test_a_festivals_set_up_crew_remarks_and_a_visit_naming_it_by_one_word_all_join_it(config):
    """A fresh city's check: Parks' "Harvest Arts Festival" 1–7 at Oak Ridge Park, Emergency
    Management's "Cooling tent setup for Harvest Arts Festival" 10–1 just before, Police's
    "Opening remarks - Chief Davis" 1–1:15 and Fire's "Engine 7 visit - Harvest" 2–3, with
    Parks' soccer clinic on a field that morning. The crew before the festival and the remarks
    at its start are both its parts (their hours do not meet, which no longer keeps them
    apart), and "Harvest" names the one event that day: one event of four departments."""
    park = dict(location="Oak Ridge Park", address="2500 Ridge Rd")
    fest = row("Parks and Recreation", 10, "Harvest Arts Festival", DAY, "13:00", "19:00", **park)
    crew = row("Emergency Management", 5, "Cooling tent setup for Harvest Arts Festival", DAY, "10:00", "13:00", **park)
    remarks = row("Police", 9, "Opening remarks - Chief Davis", DAY, "13:00", "13:15", **park)
    visit = row("Fire", 5, "Engine 7 visit - Harvest", DAY, "14:00", "15:00", **park)
    clinic = row("Parks and Recreation", 11, "Youth Soccer Clinic", DAY, "09:00", "11:00",
                 location="Oak Ridge Park - Field 2")
    result = merge_rows([fest, crew, remarks, visit, clinic], config)
    assert frozenset({"Parks and Recreation!10", "Emergency Management!5", "Police!9", "Fire!5"}) in groups(result)
