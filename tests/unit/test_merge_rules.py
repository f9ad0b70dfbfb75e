"""Duplicate detection: the situations staff actually create, through merge_rows."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from reports.measures import counted
from sheets_sync.blocking import candidate_pairs
from sheets_sync.matching import Normaliser, compare_places, features, parse_place
from sheets_sync.merge import merge_rows, pair_key, row_key
from sheets_sync.model import Severity, Status
from tests.unit.event_rows import groups, row

NNO = date(2025, 8, 5)


def test_nno_trap_block_parties_on_one_evening_stay_apart_and_fire_joins_only_its_own(config):
    parties = [row("Police", 2 + n, "National Night Out", NNO, "17:00", "20:00", location="Walltown",
                   address=f"{1400 + 10 * n} Driver St") for n in range(40)]
    fire = row("Fire", 2, "NNO", NNO, "18:00", "18:30", address="1430 DRIVER STREET")     # visits party 3
    result = merge_rows([*parties, fire], config)
    assert len(result.events) == 40
    assert frozenset({"Police!5", "Fire!2"}) in groups(result)
    joint = [e for e in result.events if e.is_joint]
    assert len(joint) == 1 and joint[0].departments == ("Police", "Fire")
    assert result.review == ()
    why = joint[0].evidence[0]
    assert why.decided_by == "matcher"
    assert why.matched[0].startswith("title 100")
    assert why.matched[1].startswith("place: same address (")
    assert why.matched[2].startswith("time: one inside the other")
    # blocking on house numbers: the 40 parties are never compared with each other
    assert result.pairs_compared == 1


def test_same_title_same_evening_different_address_is_a_different_event(config):
    a = row("Police", 2, "National Night Out - Old North Durham Ice Cream Social", NNO, "17:00", "20:00",
            address="1835 Hillandale Rd")
    b = row("Fire", 2, "NNO - Old North Durham Ice Cream Social", NNO, "17:30", "18:30",
            address="1934 Hillandale Rd")
    assert len(merge_rows([a, b], config).events) == 2


def test_weekly_class_on_different_days_is_different_events(config):
    weeks = [row("Fire", 2 + n, "Hands-only CPR Class", date(2025, 9, 2) + timedelta(weeks=n), "18:00", "19:30",
                 location="Fire Station 1", address="1459 S Holloway St") for n in range(6)]
    result = merge_rows(weeks, config)
    assert len(result.events) == 6 and result.review == ()


def test_two_sessions_of_a_class_at_10_and_14_are_different_events(config):
    day = date(2025, 9, 6)
    morning = row("Parks and Recreation", 2, "Line Dance", day, "10:00", "11:30", location="Edison Johnson Recreation Center")
    afternoon = row("Parks and Recreation", 3, "Line Dance", day, "14:00", "15:30", location="Edison Johnson Recreation Center")
    result = merge_rows([morning, afternoon], config)
    assert len(result.events) == 2 and result.review == ()


def test_double_entry_in_one_tab_is_one_event(config):
    day = date(2024, 11, 17)
    a = row("Community Safety", 14, "comm. safety town hall", day, "14:30", "16:00", location="Rock Quarry Park",
            address="2728 W Angier Ave")
    b = row("Community Safety", 55, "Community Safety Town Hall", day, "14:30", "16:00", location="Rock Quarry Park",
            address="2728 West Angier Avenue")
    result = merge_rows([a, b], config)
    assert groups(result) == {frozenset({"Community Safety!14", "Community Safety!55"})}
    assert not result.events[0].is_joint               # one department typed it twice
    assert result.events[0].evidence[0].matched[3] == "same department (+0)"


def test_police_fire_pair_abbreviated_title_fifteen_minutes_apart(config):
    day = date(2025, 8, 2)
    police = row("Police", 2, "Community Safety Fair", day, "10:00", "13:00", location="Walltown Park",
                 address="1308 W Club Blvd", actual_attendance=150)
    fire = row("Fire", 7, "Comm. Safety Fair", day, "10:15", "13:00", location="Walltown Park",
               address="1308 West Club Boulevard", actual_attendance=80)
    result = merge_rows([police, fire], config)
    (event,) = result.events
    assert event.departments == ("Police", "Fire") and event.is_joint
    assert event.title == "Community Safety Fair"      # new rows: the longer one (Police, 3 h) wins
    assert event.attendance == 150                     # the largest report
    warnings = {(i.tab, i.row, i.column): i for i in result.issues}
    assert warnings[("Fire", 7, "Start Time")].problem == "merged with Police!2, which starts at 10:00"
    assert warnings[("Fire", 7, "Start Time")].action == (
        "if the event starts at 10:15, correct Police!2; if only your department's part starts then, leave it: "
        "the event is published from Police!2's start, 10:00")
    attendance = warnings[("Police", 2, "Actual Attendance")]
    assert attendance.value == "Police!2: 150, Fire!7: 80"
    assert "more than 25% apart; the largest (150) is used" in attendance.problem
    assert all(i.severity is Severity.WARNING for i in result.issues)


def test_earliest_created_row_wins_when_the_record_has_seen_one(config):
    day = date(2025, 8, 2)
    police = row("Police", 2, "Community Safety Fair", day, "10:00", "13:00", address="1308 W Club Blvd")
    fire = row("Fire", 7, "Comm. Safety Fair", day, "10:15", "13:00", address="1308 W Club Blvd")
    seen_first = {str(fire.source): 0}                # the record saw the Fire row first
    result = merge_rows([fire, police], config,
                        order=lambda r: (seen_first.get(str(r.source), float("inf")), 0))
    assert result.events[0].title == "Comm. Safety Fair"
    assert result.events[0].start == fire.start


def test_spanish_and_english_titles_of_one_event_merge(config):
    day = date(2024, 8, 13)
    es = row("Community Safety", 8, "Expo de Seguridad para Personas Mayores", day, "17:15", "19:30",
             location="Holton Career and Resource Center, 361 E Alston Ave")
    en = row("Police", 14, "Senior Safety Expo", day, "17:00", "19:00", location="Holton Career and Resource Center",
             address="361 E Alston Ave", partners=("Community Safety",))
    result = merge_rows([es, en], config)
    assert groups(result) == {frozenset({"Community Safety!8", "Police!14"})}
    assert result.events[0].evidence[0].matched[0] == "title 100 (+5)"
    # without the glossary the title says nothing either way; one place and one time across two
    # departments still make it one event, and the evidence says why
    bare = config.model_copy(update={"matching": config.matching.model_copy(update={"translations": {}})})
    plain = merge_rows([es, en], bare)
    assert groups(plain) == {frozenset({"Community Safety!8", "Police!14"})}
    assert "Spanish and English titles" in plain.events[0].evidence[0].matched[0]


def test_a_spanish_title_is_not_neutral_against_a_class(config):
    """v39 B19, C16: a Spanish title the glossary barely covers counts neither way against an
    English one, so place and hour alone merged "Zumba en Español" with a senior safety talk
    and a vigil with sunset yoga. Against a class (or a class against an event) it is asked."""
    day, hall = date(2027, 6, 3), dict(location="Eastside Community Center", address="100 Main St")
    for spanish, english in (("Zumba en Español", "Senior Safety Talk"), ("Vigilia en Memoria", "Sunset Yoga")):
        result = merge_rows([row("Parks and Recreation", 2, spanish, day, "18:00", "19:00", **hall),
                             row("Police", 2, english, day, "18:00", "19:00", **hall)], config)
        assert len(result.events) == 2 and result.review, spanish


def test_title_spanish_column_is_compared_too(config):
    day = date(2025, 3, 1)
    a = row("Fire", 2, "Feria de Bomberos", day, "10:00", "12:00", location="Station 3", title_es="")
    b = row("Police", 2, "Open House at Station 3", day, "10:00", "12:00", location="Station 3",
            title_es="Feria de Bomberos")
    bare = config.model_copy(update={"matching": config.matching.model_copy(update={"translations": {}})})
    assert len(merge_rows([a, b], bare).events) == 1


def test_event_ids(config):
    day = date(2022, 3, 5)
    # one permit, one row per day (NYC export): one event per day
    days = [row("Permits", 2 + n, "Soccer - Regulation", date(2022, 3, 5 + n), "08:00", "17:00",
                location="Williamsbridge Oval", event_id="604168") for n in range(3)]
    assert len(merge_rows(days, config).events) == 3
    # two permits for the same field and hour stay two events (the department numbered them);
    # as every other cell agrees — a form's double submission looks the same — staff are asked
    other = row("Permits", 9, "Soccer - Regulation", day, "08:00", "17:00", location="Williamsbridge Oval",
                event_id="604999")
    two = merge_rows([days[0], other], config)
    assert len(two.events) == 2
    assert [p.verdict.reason for p in two.review] == ["one tab, identical rows with two Event IDs"]
    later = replace(other, start=other.start + timedelta(hours=1), end=other.end + timedelta(hours=1))
    assert len(merge_rows([days[0], later], config).events) == 2 and merge_rows([days[0], later], config).review == ()
    # staff force a merge across tabs by typing one Event ID in both rows
    fire = row("Fire", 3, "Field safety check", day, "09:00", "10:00", event_id="604168")
    result = merge_rows([days[0], fire], config)
    assert len(result.events) == 1 and result.events[0].evidence[0].decided_by == "event id"


def test_all_day_row_against_a_timed_row_is_one_event_with_the_hours(config):
    day = date(2025, 10, 4)
    a = row("Fire", 2, "Fire Station Open House", day, location="Fire Station 5", address="3868 S Main St")
    b = row("Police", 2, "Fire Station Open House", day, "10:00", "14:00", location="Fire Station 5",
            address="3868 S Main St")
    result = merge_rows([a, b], config)
    (event,) = result.events
    assert not event.all_day and event.start == b.start and event.end == b.end
    assert event.departments == ("Police", "Fire") and result.review == ()


def test_a_row_without_an_address_never_chains_two_block_parties(config):
    a = row("Police", 2, "National Night Out", NNO, "17:00", "20:00", location="Trinity Park", address="3336 Roxboro St")
    b = row("Police", 3, "National Night Out", NNO, "17:00", "20:00", location="Trinity Park", address="1891 Mangum St")
    fire = row("Fire", 2, "National Night Out", NNO, "17:00", "20:00", location="Trinity Park")
    result = merge_rows([a, b, fire], config)
    assert len(result.events) == 3 or all(len(g) < 3 for g in groups(result))
    assert not any({"Police!2", "Police!3"} <= g for g in groups(result))


def test_programme_during_opening_hours_of_the_same_department_is_not_a_copy(config):
    day = date(2020, 7, 6)
    open_hours = row("Parks and Recreation", 2, "Twin Lakes Recreation Center OPEN", day, "06:00", "22:00",
                     location="Twin Lakes Recreation Center, 1700 W Bloomfield Rd")
    pickleball = row("Parks and Recreation", 3, "Drop-in Pickleball at the Twin Lakes Recreation Center", day,
                     "09:30", "11:30", location="Twin Lakes Recreation Center, 1700 W Bloomfield Rd")
    toy = row("Parks and Recreation", 4, "Toy Time at Banneker", day, "09:00", "12:00", location="Banneker Community Center")
    baby = row("Parks and Recreation", 5, "Baby Time at Banneker", day, "11:00", "12:00", location="Banneker Community Center")
    result = merge_rows([open_hours, pickleball, toy, baby], config)
    assert len(result.events) == 4 and result.review == ()


def test_titles_naming_different_numbers_are_different_events(config):
    day = date(2017, 8, 4)
    a = row("Parks and Recreation", 2, "USA Girls' 10U Class B Fastpitch Northern Nationals", day, "08:00", "18:00",
            location="Twin Lakes Sports Park, 2350 W Bloomfield Rd")
    b = row("Parks and Recreation", 3, "USA Girls' 12U Class A Fastpitch Northern Nationals", day, "08:00", "18:00",
            location="Twin Lakes Sports Park, 2350 W Bloomfield Rd")
    assert len(merge_rows([a, b], config).events) == 2


def test_staff_decisions_override_the_matcher_and_follow_rows_through_edits(config):
    day = date(2025, 8, 2)
    police = row("Police", 2, "Community Safety Fair", day, "10:00", "13:00", address="1308 W Club Blvd")
    fire = row("Fire", 7, "Comm. Safety Fair", day, "10:15", "13:00", address="1308 W Club Blvd")
    assert len(merge_rows([police, fire], config).events) == 1
    split = merge_rows([police, fire], config, decisions={pair_key(police, fire): "different"})
    assert len(split.events) == 2 and [p.decision for p in split.decided] == ["different"]
    assert split.review == ()                          # decided pairs are not asked again
    # the decision survives edits to other columns and the row moving to another row number
    from dataclasses import replace
    moved = replace(fire, description="now with a description", source=fire.source.__class__("Fire", 40),
                    actual_attendance=12)
    assert len(merge_rows([police, moved], config, decisions={pair_key(police, fire): "different"}).events) == 2
    # ...and a fix to the title, while the row is still the only one of its tab at that time and place
    retitled = replace(fire, title="Community Safety Fair (Fire)")
    assert len(merge_rows([police, retitled], config, decisions={pair_key(police, fire): "different"}).events) == 2
    # "same" merges what the matcher keeps apart
    far = row("Fire", 8, "Engine visit", day, "15:00", "16:00", address="99 Other St")
    joined = merge_rows([police, far], config, decisions={pair_key(police, far): "same"})
    assert len(joined.events) == 1 and joined.events[0].evidence[0].decided_by == "review"


def test_a_decision_follows_a_row_pasted_into_another_tab_and_an_edited_copy(config):
    """A fresh city's check over weeks of use: Fire's "Smoke alarm sign-up - block party",
    answered Same event with Police's party, was cut and pasted into Community Safety's tab,
    and the answer was lost (asked again, the joint event uncounted); the same when one of two
    identical rows answered Same event (a double submission) had its title fixed. With the
    record's keys of the last sync, the decision follows the only row new since that agrees
    with the decided one in all but its tab, or all but one field."""
    from dataclasses import replace
    day = date(2027, 4, 15)
    party = row("Police", 2, "Community Block Party - Walltown", day, "17:00", "20:00", location="Walltown Park")
    signup = row("Fire", 2, "Smoke alarm sign-up - block party", day, "18:00", "19:00")
    decisions = {pair_key(party, signup): "same"}
    last = {row_key(party), row_key(signup)}
    pasted = replace(signup, source=signup.source.__class__("Community Safety", 2), department="Community Safety",
                     lead="Community Safety")
    result = merge_rows([party, pasted], config, decisions=decisions, last_keys=last.__contains__)
    assert len(result.events) == 1 and result.review == () and [p.decision for p in result.decided] == ["same"]
    session = row("Community Safety", 2, "HEART Listening Session", day, "18:00", "19:30", location="Holton Center")
    double = replace(session, source=session.source.__class__("Community Safety", 3))
    decisions = {pair_key(session, double): "same"}
    fixed = replace(double, title="HEART Listening Session (Spanish interpretation)")
    result = merge_rows([session, fixed], config, decisions=decisions, last_keys={row_key(session)}.__contains__)
    assert len(result.events) == 1 and [p.decision for p in result.decided] == ["same"]
    assert result.followed == ((pair_key(session, double), pair_key(session, fixed)),)


def test_review_lists_one_question_per_pair_of_events(config):
    day = date(2024, 8, 13)
    es = row("Community Safety", 8, "Expo de Seguridad para Personas Mayores", day, "17:15", "19:30",
             location="Holton Career and Resource Center")
    english = [row(tab, 5, "Senior Safety Expo", day, "17:00", "19:00", location="Holton Career and Resource Center")
               for tab in ("Police", "Fire", "Emergency Management")]
    bare = config.model_copy(update={"matching": config.matching.model_copy(update={"translations": {}})})
    result = merge_rows([es, *english], bare)
    assert len(result.events) == 2
    assert len(result.review) == 1                     # not three questions about one decision


@pytest.mark.parametrize("a, b, kind", [
    (("", "1308 W Club Blvd"), ("Walltown Park", "1308 West Club Boulevard"), "same address"),
    (("1400 Block of Arch Street", ""), ("", "1432 Arch St"), "same address"),
    (("", "1835 Hillandale Rd"), ("", "1934 Hillandale Rd"), "different address"),
    (("Holton Career and Resource Center, 361 E Alston Av", ""), ("", "361 E Alston Ave, Unit 5"), "same address"),
    (("Durham Central Park", ""), ("Durham Central Park", "501 Foster St"), "same venue"),
    (("Anita & Fernwald Sts., 15217", ""), ("Schenley Plaza", ""), "places not comparable"),   # a crossing
    (("Anita & Fernwald Sts., 15217", ""), ("", "5512 Fernwald St"), "same street"),
    (("Anita & Fernwald Sts., 15217", ""), ("", "600 Arch St"), "different address"),
    (("Schenley Plaza", ""), ("Frick Park", ""), "different venue"),
    (("", ""), ("Walltown Park", ""), "unknown place"),
    (("", "1223 Tweed St"), ("Bud Hammer Field", ""), "places not comparable"),
    # a verifier's real forms: "blk" for "block of", and a block face written "(from X to Y)"
    (("1100 Block of Hoover Rd", ""), ("1100 blk Hoover Road", ""), "same address"),
    (("", "1100 block Hoover Rd"), ("", "1100 blk. of Hoover Rd"), "same address"),
    # a block range reads from its first block, as "1100 block of Hoover Rd"
    (("1100-1200 blk Hoover Rd", ""), ("", "1100 Block of Hoover Road"), "same address"),
    (("", "1100 - 1200 block of Hoover Rd"), ("", "1145 Hoover Rd"), "same address"),
    (("", "1100 to 1200 blk Hoover Rd"), ("1100 blk. of Hoover Rd", ""), "same address"),
    (("", "1100-1200 blk Hoover Rd"), ("", "1345 Hoover Rd"), "different address"),
    (("", "1100-1200 blk Hoover Rd"), ("", "1100-1200 blk Elm St"), "different address"),
    (("Lorenz Ave (from Chartiers to Lakewood)", ""), ("Lorenz Ave between Chartiers and Lakewood", ""),
     "same address"),
    (("Lorenz Ave (from Chartiers to Lakewood)", ""), ("Lorenz Ave between Elm and Oak", ""),
     "different address"),
    # a "#" number after a name word numbers the venue (a verifier's Bloomington shelters and
    # fields); "No." / "Number" is the same number; after a street it is still an address's unit
    (("Bryan Park Shelter #1", ""), ("Bryan Park Shelter #3", ""), "different venue"),
    (("Field #2", ""), ("Field #4", ""), "different venue"),
    (("Fire Station #5", ""), ("Fire Station 5", ""), "same venue"),
    (("Fire Station No. 3", ""), ("Fire Station #3", ""), "same venue"),
    (("Shelter Number 2", ""), ("Shelter #4", ""), "different venue"),
    (("2416 Sarah St #516", ""), ("", "2416 Sarah Street"), "same address"),
    # a place naming two of a kind holds each ("Shelters #3-4", "Shelter #3 & #4"; a fourth verifier)
    (("Bryan Park Shelters #3-4", ""), ("Bryan Park Shelter #4", ""), "same venue"),
    (("Bryan Park Shelter #3 & #4", ""), ("Bryan Park Shelter #4", ""), "same venue"),
    (("Winslow Fields #2 and #3", ""), ("Winslow Field #3", ""), "same venue"),
    (("Bryan Park Shelters #3-4", ""), ("Bryan Park Shelter #1", ""), "different venue"),
    # a road named by its number is one street whatever its prefix, and its number is neither a
    # house number nor a venue's; a numbered road beside a street is where the two meet
    (("Route 9 - Main St", ""), ("Route 12 - Main St", ""), "different address"),
    (("US 31 - Walnut St", ""), ("SR 45, Walnut St", ""), "different address"),
    (("Route 9 - Main St", ""), ("Main St & Route 9", ""), "same address"),
    (("Hwy 61 - Main St", ""), ("Highway 61 at Main St", ""), "same address"),
    (("State Road 37 & Main St", ""), ("SR 37 and Main St", ""), "same address"),
    (("", "4500 State Road 46"), ("", "4500 SR 46"), "same address"),
    (("", "4500 State Road 46"), ("", "4500 SR 45"), "different address"),
    (("", "100 County Road 500 N"), ("", "100 CR 500 N"), "same address"),
    (("County Road 5 - Main St", ""), ("", "5 Main St"), "same street"),   # a corner of Main St, not No. 5
    (("", "1200 Route 9"), ("", "1200 Route 12"), "different address"),
    # a road's system is part of its name (a fresh verifier's findings): a county's road 12 is
    # not the state's, CR 500 N is not CR 500 S, US 70 is not NC 70; an unnamed system agrees
    (("", "1000 County Road 12"), ("", "1000 State Road 12"), "different address"),
    (("", "1000 CR 45"), ("", "1000 SR 45"), "different address"),
    (("", "4200 W CR 500 N"), ("", "4200 W CR 500 S"), "different address"),
    (("", "4200 W County Road 500 N"), ("", "4200 W CR 500 N"), "same address"),
    (("", "100 US 70"), ("", "100 NC 70"), "different address"),
    (("", "45 Rt. 9"), ("", "45 Route 9"), "same address"),
    (("", "3000 I 40"), ("", "3000 Interstate 40"), "same address"),
    (("", "3000 Highway 40"), ("", "3000 I-40"), "same address"),
    (("Old Route 9", ""), ("Route 9", ""), "different address"),
    # a second verifier's: farm-to-market and county roads at corners, either order; "U.S." dotted
    (("FM 1960 and Main St", ""), ("Farm to Market Road 1960 & Main St", ""), "same address"),
    (("FM 1960 & Main St", ""), ("Main St & FM 1960", ""), "same address"),
    (("FM 1960 & Main St", ""), ("Highway 1960 & Main St", ""), "same address"),
    (("Main St & CR 5", ""), ("CR 5 and Main St", ""), "same address"),
    (("U.S. 31 & Main St", ""), ("US 31 & Main St", ""), "same address"),
    (("", "4500 U.S. Hwy 31"), ("", "4500 US 31"), "same address"),
    (("", "4500 U.S. Hwy 31"), ("", "4500 NC 31"), "different address"),
    # a route's banner names another road: US 15-501 Business is not US 15-501 (a verifier's
    # finding), whether typed as the place, an address or a corner; Bus = Business, Byp = Bypass
    (("US 15-501 Bus", ""), ("US 15-501", ""), "different address"),
    (("US 15-501 Bus", ""), ("US 15-501 Business", ""), "same street"),      # as "US 70" / "US 70": a road
    # a concurrent route's second number is the one road, in either order at a corner (v15)
    (("US 15-501 Bus & Garrett Rd", ""), ("Garrett Rd / US 15-501 Bus", ""), "same address"),
    (("US 15-501 & Garrett Rd", ""), ("Garrett Rd / US 15/501", ""), "same address"),
    (("US 15-501 Bus & Garrett Rd", ""), ("Garrett Rd / US 15-501", ""), "different address"),
    # typed bare, the concurrent numbers still name the road (v16)
    (("15-501 & Garrett Rd", ""), ("US 15-501 & Garrett Rd", ""), "same address"),
    (("Garrett Rd & 15-501", ""), ("Hwy 15-501 & Garrett Rd", ""), "same address"),
    (("", "1200 Main St"), ("", "1200 Main St"), "same address"),
    (("", "1200 US 15-501 Bus"), ("", "1200 US 15-501"), "different address"),
    (("", "900 US 70 Bypass"), ("", "900 US 70 Byp"), "same address"),
    (("", "900 US 70 Bypass"), ("", "900 US 70"), "different address"),
    (("Main St & NC 54 Bus", ""), ("Main St & NC 54", ""), "different address"),
    (("NC 54 Bus - Main St", ""), ("Main St & NC 54 Business", ""), "same address"),
    (("Route 9 Bus Stop", ""), ("Route 9", ""), "places not comparable"),   # a bus stop on Route 9
    # "CR 5" alone is a conference room, not County Road 5
    (("CR 5", "City Hall, 401 N Morton St"), ("CR 6", "City Hall, 401 N Morton St"), "different venue"),
    # a corner of a numbered road, or the road alone, against an address on it: it runs for miles
    (("SR 45 - Pete Ellis Dr", ""), ("", "2600 E SR 45"), "places not comparable"),
    (("Route 9", ""), ("", "1200 Route 9"), "places not comparable"),
    # a venue's number before a place on a street, and a list of numbers, are the venue's
    (("Lot 5 (Walnut St garage)", ""), ("Lot 5, Walnut St", ""), "same venue"),
    (("Lot 5 (Walnut St garage)", ""), ("", "5 Walnut St"), "places not comparable"),
    (("Station 1, 2, and 3 - Walnut St", ""), ("Station 2 - Walnut St", ""), "same venue"),
    (("Fields 1, 2 and 3 - Main St", ""), ("Field 4, Main St", ""), "different venue"),
    (("Station 3 - Walnut St & 3rd St", ""), ("", "3 Walnut St"), "same street"),
    (("Station 3 - Walnut St & 3rd St", ""), ("Walnut St and 3rd St", ""), "same address"),
])
def test_places(a, b, kind):
    assert compare_places(parse_place(*a), parse_place(*b))[0] == kind


def test_blocking_never_pairs_rows_whose_times_cannot_overlap(config):
    day = date(2025, 9, 6)
    clock = [f"{8 + m // 60:02d}:{m % 60:02d}" for m in range(0, 600, 30)]     # 08:00, 08:30, ...
    rows = [row("Fire", 2 + n, f"Class {n}", day, clock[n], clock[n + 1][:3] + "50") for n in range(0, 20, 2)]
    rows += [row("Fire", 30 + n, f"Talk {n}", day, clock[n], clock[n][:3] + "20") for n in range(1, 20, 2)]
    norm = Normaliser({}, {})
    feats = [features(r, norm) for r in rows]
    pairs = set(candidate_pairs(feats, 45))
    # classes XX:00–XX:50 and talks XX:30–XX:20+: each class reaches only the talk starting
    # during it; two classes an hour apart (no overlap, starts > 45 min apart) are never paired
    assert {tuple(sorted((rows[i].title, rows[j].title))) for i, j in pairs} == {
        (f"Class {n}", f"Talk {n + 1}") for n in range(0, 20, 2)} | {
        (f"Class {n + 2}", f"Talk {n + 1}") for n in range(0, 18, 2)}


def test_rows_disagreeing_on_status_are_flagged_and_a_cancelled_department_does_not_count(config):
    """Two departments each log the event itself and one cancels (its rows all say Cancelled):
    the event stays published (the other department's own row still says Scheduled) but is no
    longer joint, and the disagreement is a Validation warning on the Status cell of each row."""
    day = date(2026, 11, 12)
    police = row("Police", 2, "Senior Safety Seminar", day, "10:00", "11:30", location="Holton Center",
                 status=Status.CANCELLED)      # the longer row: the event's first
    fire = row("Fire", 4, "Senior Safety Seminar", day, "10:00", "11:00", location="Holton Center",
               status_typed=True)       # (Scheduled typed: a blank Status is another case, below)
    result = merge_rows([police, fire], config)
    assert groups(result) == {frozenset({"Police!2", "Fire!4"})}
    (event,) = result.events
    assert event.status is Status.SCHEDULED
    assert event.departments == ("Fire",) and not event.is_joint
    flagged = sorted((i for i in result.issues if i.column == "Status"), key=lambda i: i.tab, reverse=True)
    assert [(i.tab, i.row, i.value) for i in flagged] == [("Police", 2, "Cancelled"), ("Fire", 4, "Scheduled")]
    assert "Police is not counted" in flagged[0].problem and "Fire!4" in flagged[0].problem
    assert "Police!2, the first row of this event, says Cancelled" in flagged[1].problem
    # Police named by Fire's row as a partner is still not counted, and its hours set no end
    named = replace(fire, partners=("Police",))
    (event,) = merge_rows([police, named], config).events
    assert event.departments == ("Fire",) and event.end == named.end


def test_a_department_calling_off_its_event_beside_the_others_copy_with_a_blank_status_calls_it_off(config):
    """Three fresh helpers' sets (v45-v47): Police's "Public Mtg - Future Police HQ" Cancelled,
    Community Safety's copy of the meeting with no Status; "Kids Bike Safety Day - CXL" beside
    Parks' copy. Each was published and counted as held by the other department alone. A copy
    saying nothing of its status is one never updated: with two departments, the event is
    called off and the silent row is told so. Typed "Scheduled" (above), a third department
    still holding it, or a calendar's event keeps it going."""
    day = date(2026, 2, 10)
    police = row("Police", 15, "Public Mtg - Future Police HQ", day, "18:00", "20:00",
                 location="City Hall McCloskey Room #135", status=Status.CANCELLED)
    safety = row("Community Safety", 7, "Future Police HQ public meeting", day, "18:00", "20:00",
                 location="McCloskey Rm 135, City Hall")
    result = merge_rows([police, safety], config)
    (event,) = result.events
    assert event.status is Status.CANCELLED and not counted(event)
    (told,) = [i for i in result.issues if i.column == "Status"]
    assert (told.tab, told.row) == ("Community Safety", 7)
    assert "Police!15 says Cancelled and this row's Status is blank" in told.problem and told.value == ""
    assert "goes ahead without Police, type Scheduled" in told.action
    parks = row("Parks and Recreation", 4, "Future Police HQ public meeting", day, "18:00", "20:00",
                location="McCloskey Rm 135, City Hall")
    for going in ([replace(safety, status_typed=True)], [safety, parks], [replace(safety, external_uid="u1")]):
        (event,) = merge_rows([police, *going], config).events
        assert event.status is Status.SCHEDULED and "Police" not in event.departments


def test_a_host_that_cancels_cancels_the_event_its_partners_parts_still_call_scheduled(config):
    """verify8 finding 10: the host's row says Cancelled, the partner's visit inside its hours
    (or its table, or a detail around it) still says Scheduled. The partner's part does not
    hold the event: it is Cancelled (published so, not counted), and the partner's row is told
    that the host called it off."""
    day = date(2026, 11, 12)
    police = row("Police", 2, "Senior Safety Seminar", day, "10:00", "11:00", location="Holton Center",
                 status=Status.CANCELLED)
    for fire in (row("Fire", 4, "Fire safety talk at Senior Safety Seminar", day, "10:30", "11:00",
                     location="Holton Center"),                      # a visit inside its hours
                 row("Fire", 4, "Smoke alarm table", day, "10:00", "11:00", location="Holton Center"),
                 row("Fire", 4, "EMS standby", day, "09:30", "11:30", location="Holton Center")):
        result = merge_rows([police, fire], config)
        assert groups(result) == {frozenset({"Police!2", "Fire!4"})}, fire.title
        (event,) = result.events
        assert event.status is Status.CANCELLED and event.is_cancelled, fire.title
        assert event.title == "Senior Safety Seminar"
        flagged = [i for i in result.issues if i.column == "Status"]
        assert [(i.tab, i.row, i.value) for i in flagged] == [("Fire", 4, "Scheduled")], fire.title
        assert "Police!2, the event's own row, says Cancelled: the host called the event off" in flagged[0].problem
        assert flagged[0].action.startswith("set Status to Cancelled here too")
    # a host that postponed is postponed too
    (event,) = merge_rows([replace(police, status=Status.POSTPONED), fire], config).events
    assert event.status is Status.POSTPONED
    # the partner withdrawing (its part Cancelled) only drops the partner, as before
    result = merge_rows([replace(police, status=Status.SCHEDULED), replace(fire, status=Status.CANCELLED)], config)
    (event,) = result.events
    assert (event.status, event.departments) == (Status.SCHEDULED, ("Police",))


def test_a_host_that_postpones_postpones_the_copy_of_a_partner_it_lists(config):
    """A helper's check: Police's row lists Parks as its partner and says Postponed; Parks'
    own row of the block party (its own words, the same hours) still says Scheduled. The event
    was published as going ahead (and counted, on a night it did not happen); the host's row
    decides now, and Parks' row is told so. A department the host does not list still holds
    the event with its own row, as before."""
    day = date(2026, 8, 4)
    police = row("Police", 2, "Block Party - Cedar Court", day, "17:00", "20:00", location="Cedar Court Green",
                 partners=("Parks and Recreation",), status=Status.POSTPONED)
    parks = row("Parks and Recreation", 3, "Cedar Court Block Party", day, "17:00", "20:00",
                location="Cedar Court Green", status_typed=True)
    result = merge_rows([police, parks], config)
    (event,) = result.events
    assert event.status is Status.POSTPONED and not counted(event)
    flagged = [i for i in result.issues if i.column == "Status"]
    assert [(i.tab, i.row, i.value) for i in flagged] == [("Parks and Recreation", 3, "Scheduled")]
    assert "the host called the event off" in flagged[0].problem
    # not listed by the host: Parks' row of the event itself still holds it
    (event,) = merge_rows([replace(police, partners=()), parks], config).events
    assert event.status is Status.SCHEDULED
    # a host row naming the date it moved to still moves the event, and Parks' row is told the date
    _assert_host_moves(config, police, parks, "Rescheduled for Tuesday, Aug. 11 because of storms", "2026-08-11")


def _assert_host_moves(config, host, copy, said: str, moved_to: str) -> None:
    """The ``host`` row saying ``said`` (the date its event moved to) moves the event beside the
    partner's ``copy`` still Scheduled, and the copy's row is told the date."""
    result = merge_rows([replace(host, description=said), copy], config)
    (event,) = result.events
    assert event.status is Status.POSTPONED
    (flag,) = [i for i in result.issues if i.column == "Status"]
    assert flag.tab == copy.source.tab and f"moved to {moved_to}" in flag.problem


def test_a_host_naming_its_partner_in_its_text_calls_off_the_partners_copy(config):
    """A helper's check left open last round: Police's row names Fire only in its description
    ("Co-hosted with the Fire Department") and says Postponed; Fire's copy of the event still
    says Scheduled. The host's text lists the partner as its column would, so the event is
    postponed; a Fire row naming Police back (each the other's partner) decides nothing."""
    day = date(2027, 8, 3)
    police = row("Police", 2, "Coffee with a Cop", day, "09:00", "11:00", location="Cocoa Cinnamon",
                 description="Co-hosted with the Fire Department", text_partners=("Fire",),
                 status=Status.POSTPONED)
    fire = row("Fire", 5, "Coffee with a Cop", day, "09:00", "11:00", location="Cocoa Cinnamon", status_typed=True)
    result = merge_rows([police, fire], config)
    (event,) = result.events
    assert event.status is Status.POSTPONED and not counted(event)
    flagged = [i for i in result.issues if i.column == "Status"]
    (told,) = [i for i in flagged if i.tab == "Fire"]
    assert told.row == 5 and "the host called the event off" in told.problem
    # Fire names Police back in its own text: no one host, Fire's row still holds the event
    both = replace(fire, description="With our Police partners", text_partners=("Police",))
    (event,) = merge_rows([police, both], config).events
    assert event.status is Status.SCHEDULED
    # a partner the host's text does not name still holds the event with its own row
    (event,) = merge_rows([replace(police, text_partners=("Parks and Recreation",)), fire], config).events
    assert event.status is Status.SCHEDULED
    # … and its row naming the date the event moved to moves it (a helper's check: Scheduled)
    _assert_host_moves(config, police, fire, "Co-hosted with the Fire Department. Rescheduled for Tuesday, Aug. 10.",
                       "2027-08-10")


def test_every_row_cancelled_cancels_the_joint_event_without_a_status_warning(config):
    day = date(2026, 11, 12)
    rows = [row(tab, 2, "Senior Safety Seminar", day, "10:00", "11:00", location="Holton Center",
                status=Status.CANCELLED) for tab in ("Police", "Fire")]
    (event,) = merge_rows(rows, config).events
    assert event.status is Status.CANCELLED and set(event.departments) == {"Police", "Fire"}
    assert not [i for i in merge_rows(rows, config).issues if i.column == "Status"]


def test_a_long_class_holding_a_station_open_house_is_not_its_part(config):
    """A verifier's case: Emergency Management's all-day CERT class at a fire station and the
    station's open house during it. "CERT" names one of Emergency Management's units, but the
    class is the longer event holding the open house's hours, not a part of the open house;
    a CERT tent inside the open house's hours still is."""
    day = date(2026, 10, 10)
    house = row("Fire", 2, "Station 1 open house", day, "10:00", "14:00", location="Fire Station 1",
                address="139 E Morgan St")
    cert_class = row("Emergency Management", 2, "CERT class", day, "09:00", "16:00",
                     location="Fire Station 1", address="139 E Morgan St")
    assert len(merge_rows([house, cert_class], config).events) == 2
    tent = replace(cert_class, title="CERT tent", end=cert_class.start.replace(hour=12),
                   start=cert_class.start.replace(hour=11))
    result = merge_rows([house, tent], config)
    assert groups(result) == {frozenset({"Fire!2", "Emergency Management!2"})}
    assert any("a partner's own part" in m for m in result.events[0].evidence[0].matched)


def test_a_partners_short_visit_and_the_days_of_a_multi_day_event_raise_no_start_time_warning(config):
    """A verifier's finding: "agree on one start time" on every drop-by inside the host's hours
    and on each day row of a multi-day event, though nothing disagrees there."""
    from datetime import datetime, time
    from tests.unit.event_rows import TZ
    day = date(2026, 11, 12)
    police = row("Police", 2, "Senior Safety Seminar", day, "10:00", "11:00", location="Holton Center")
    fire = row("Fire", 4, "Fire safety talk at Senior Safety Seminar", day, "10:30", "11:00",
               location="Holton Center")
    result = merge_rows([police, fire], config)
    assert len(result.events) == 1 and not [i for i in result.issues if i.column == "Start Time"]
    first = date(2026, 7, 13)
    academy = replace(row("Fire", 2, "Junior Fire Marshal Academy", first, "09:00", "12:00",
                          location="Station 5"),
                      end=datetime.combine(first + timedelta(days=3), time(12), TZ))
    days = [row("Parks and Recreation", 2 + n, "Junior Fire Marshal Academy", first + timedelta(days=n),
                "09:00", "12:00", location="Station 5") for n in range(4)]
    result = merge_rows([academy, *days], config)
    assert groups(result) == {frozenset({"Fire!2", *(f"Parks and Recreation!{2 + n}" for n in range(4))})}
    assert not [i for i in result.issues if i.column == "Start Time"]


def test_a_partners_slot_starting_later_inside_the_event_draws_no_start_time_warning(config):
    """v47, v50: Community Safety's "Smoke detector installs - Oak Hill" 9:30–1:30 at Fire's 9–2
    "Sound the Alarm" (and the 911 center's "Dispatch night for Community Police Academy" 6:30
    at Police's 6–9 academy) was told to correct the host's start. A slot titled its own way
    that starts later inside the event's hours keeps its start; a copy of the title a
    quarter-hour late is still told (above)."""
    day = date(2025, 10, 4)
    where = dict(location="Oak Hill Community Center", address="1200 Oak Hill Dr")
    host = row("Fire", 14, "Sound the Alarm", day, "09:00", "14:00", **where)
    slot = row("Community Safety", 7, "Smoke detector installs - Oak Hill", day, "09:30", "13:30", **where)
    result = merge_rows([host, slot], config)
    assert len(result.events) == 1 and not [i for i in result.issues if i.column == "Start Time"]


def test_a_partners_row_on_one_session_of_a_weekly_series_joins_the_series(config):
    """A verifier's case: Police's weekly "Coffee with a Cop" (6 sessions from Thu 10/1) and
    Fire's row for the 10/15 session. Blocking compares first sessions, so the two were
    published apart (that session twice in calendars) and counted apart; now Fire's row joins
    the series as a visit on its own day: one event, Police's rule and first session, Fire's
    hours setting nothing, and no "shows twice" warning. A row on a day the series skips (an
    except date, or no session), at another hour, after the series, Cancelled, or of Police's
    own tab stays apart; only the last gets the warning."""
    first = date(2026, 10, 1)
    series = row("Police", 5, "Coffee with a Cop", first, "08:00", "09:00", location="Beyu Caffe",
                 rrule="FREQ=WEEKLY;COUNT=6")
    fire = row("Fire", 2, "Coffee with a Cop", date(2026, 10, 15), "08:00", "09:30", location="Beyu Caffe")
    result = merge_rows([series, fire], config)
    (event,) = result.events
    assert [str(r.source) for r in event.rows] == ["Police!5", "Fire!2"]
    assert (event.start, event.end, event.rrule) == (series.start, series.end, "FREQ=WEEKLY;COUNT=6")
    assert event.departments == ("Police", "Fire")
    assert not [i for i in result.issues if i.column in ("Start Date", "Start Time")]
    apart = [replace(fire, start=fire.start.replace(hour=14), end=fire.end.replace(hour=15)),  # another hour
             replace(fire, start=fire.start + timedelta(days=1), end=fire.end + timedelta(days=1)),  # a Friday
             replace(fire, start=fire.start + timedelta(weeks=6), end=fire.end + timedelta(weeks=6)),  # after
             replace(fire, status=Status.CANCELLED)]
    for other in apart:
        assert len(merge_rows([series, other], config).events) == 2
    skipped = replace(series, exdates=(date(2026, 10, 15),))
    result = merge_rows([skipped, fire], config)
    assert len(result.events) == 2 and not [i for i in result.issues if i.column == "Start Date"]
    own = row("Police", 9, "Coffee with a Cop", date(2026, 10, 15), "08:00", "09:30", location="Beyu Caffe")
    result = merge_rows([series, own], config)
    assert len(result.events) == 2
    (warning,) = [i for i in result.issues if i.column == "Start Date"]
    assert (warning.tab, warning.row, warning.value) == ("Police", 9, "2026-10-15")
    assert "type 'except 10/15/2026' in the Repeats cell of Police!5" in warning.action


def test_a_partners_row_at_a_sessions_place_and_hours_sharing_a_word_is_asked(config):
    """A fresh city's check: Parks' "Harmon Green walk" on two Tuesdays of Community Safety's
    weekly "Walk and Talk - Harmon Green", same place and hours, was published beside each of
    those sessions, unasked (as two one-off rows the pair merges). It is not titled for the
    series (one shared word), so it is asked, never merged; at other hours, or sharing no
    word, it is left apart unasked, as before."""
    green = dict(location="Harmon Green")
    series = row("Community Safety", 2, "Walk and Talk - Harmon Green", date(2027, 4, 6), "09:00", "10:00",
                 rrule="FREQ=WEEKLY;COUNT=8", **green)
    walks = [row("Parks and Recreation", n, "Harmon Green walk", day, "09:00", "10:00", **green)
             for n, day in ((2, date(2027, 4, 13)), (3, date(2027, 4, 27)))]
    result = merge_rows([series, *walks], config)
    assert len(result.events) == 3
    asked = {frozenset((str(p.a.source), str(p.b.source))) for p in result.review}
    assert asked == {frozenset(("Community Safety!2", "Parks and Recreation!2")),
                     frozenset(("Community Safety!2", "Parks and Recreation!3"))}
    assert all(p.verdict.reason.startswith("a partner's row at the place and hours of a session")
               for p in result.review)
    later = replace(walks[0], start=walks[0].start.replace(hour=14), end=walks[0].end.replace(hour=15))
    other = replace(walks[0], title="Harmon Green cleanup")
    for row_ in (later, other):
        result = merge_rows([series, row_], config)
        assert len(result.events) == 2 and not result.review, row_.title


def test_a_partners_rows_titled_their_own_way_on_later_sessions_join_the_series(config):
    """v23: Emergency Management's "CERT Basic Training" 9–4, weekly for 4 times from Sat 9/11,
    and Fire's rows for its days ("CERT Basic Training - Day 2", "CERT Day 3 (Fire Suppression)",
    "CERT Day 4 - Disaster Sim", 8:30–4) only met on the first Saturday (blocking compares first
    sessions; the session check needed the series' own title): 1 joint session instead of 4.
    Fire's "Fire safety lesson - Fun Friday" inside three sessions of Parks' weekly "Fun Friday
    for Home Schoolers" joined none. Each such row, on a session it meets, is scored as on that
    day; a row on a session day at other hours (the evening) meets none."""
    from reports.measures import _sessions_of, session_days
    training = dict(location="Durham Fire Training Center", address="2008 E Club Blvd")
    cert = row("Emergency Management", 2, "CERT Basic Training", date(2027, 9, 11), "09:00", "16:00",
               rrule="FREQ=WEEKLY;COUNT=4", **training)
    days = [row("Fire", 2 + n, title, date(2027, 9, 11) + timedelta(weeks=n), "08:30", "16:00",
                location="Fire Training Ctr")
            for n, title in enumerate(("CERT Basic Training - Day 1", "CERT Basic Training - Day 2",
                                       "CERT Day 3 (Fire Suppression)", "CERT Day 4 - Disaster Sim"))]
    evening = row("Fire", 9, "CERT Team Potluck", date(2027, 9, 18), "18:00", "20:00", **training)
    result = merge_rows([cert, *days, evening], config)
    assert groups(result) == {frozenset({"Emergency Management!2", "Fire!2", "Fire!3", "Fire!4", "Fire!5"}),
                              frozenset({"Fire!9"})}
    (series,) = [replace(e, uid="u") for e in result.events if e.rrule]
    assert (series.start, series.end) == (cert.start, cert.end)
    held = session_days([series])["u"]
    assert [(d.isoformat(), ev.departments) for d, ev in _sessions_of(series, held)] == [
        (d, ("Emergency Management", "Fire")) for d in ("2027-09-11", "2027-09-18", "2027-09-25", "2027-10-02")]
    hill = dict(location="W.D. Hill Recreation Center", address="1308 Fayetteville Street")
    fun = row("Parks and Recreation", 2, "Fun Friday for Home Schoolers", date(2027, 9, 3), "10:00", "12:00",
              rrule="FREQ=WEEKLY;COUNT=9", **hill)
    lessons = [row("Fire", 2 + n, "Fire safety lesson - Fun Friday", date(2027, 9, 10) + timedelta(weeks=n),
                   "10:30", "11:30", location="WD Hill Rec Center") for n in range(3)]
    assert groups(merge_rows([fun, *lessons], config)) == {
        frozenset({"Parks and Recreation!2", "Fire!2", "Fire!3", "Fire!4"})}


def test_a_partners_session_row_naming_the_series_by_its_initials_joins_it(config):
    """A fresh city's check: Fire's "CPA - fire ops session" on the fourth Tuesday of Police's
    weekly "Citizens Police Academy", same room and hours, was an event of its own (the one-off
    row with those initials joined; on a later session it named the series by no word). Not a
    row with other capitals ("CPR - fire ops session")."""
    room = dict(location="Police HQ Training Room", address="300 Harlan Blvd")
    academy = row("Police", 2, "Citizens Police Academy", date(2026, 3, 10), "18:30", "21:00",
                  rrule="FREQ=WEEKLY;COUNT=6", **room)
    fire = row("Fire", 2, "CPA - fire ops session", date(2026, 3, 31), "18:30", "21:00",
               location="Police HQ Training Room")
    assert groups(merge_rows([academy, fire], config)) == {frozenset({"Police!2", "Fire!2"})}
    other = replace(fire, title="CPR - fire ops session")
    assert groups(merge_rows([academy, other], config)) == {frozenset({"Police!2"}), frozenset({"Fire!2"})}


@pytest.mark.parametrize("name, initials", [("Community Police Academy", "CPA"),
                                            ("Youth Police Academy", "YPA"),
                                            ("Neighborhood Fire Safety Institute", "NFSI")])
def test_initials_stand_for_a_name_whose_other_words_are_common(config, name, initials):
    """A fresh city's check: "CPA - fire ops session" beside Police's "Community Police
    Academy" at its hours and address was asked about, not joined, as a one-off row or a
    session: the Police row's title words leave out its own department and the common
    "community", which left one word for the initials to name. Initials of three words or more
    are the name. Not other capitals ("CPR")."""
    hq = dict(location="Police Department", address="220 E 3rd St")
    host = row("Police", 2, name, date(2027, 4, 20), "18:00", "21:00", **hq)
    guest = row("Fire", 2, f"{initials} - fire ops session", date(2027, 4, 20), "18:00", "21:00",
                address="220 E. 3rd St")
    result = merge_rows([host, guest], config)
    assert groups(result) == {frozenset({"Police!2", "Fire!2"})} and not result.review
    other = replace(guest, title="CPR - fire ops session")
    assert len(merge_rows([host, other], config).events) == 2


@pytest.mark.parametrize("host, other", [
    ("Community Police Academy", "CPA Tax Help Night"),            # initials opening an event's own name
    ("Parks Adventure League", "PAL Soccer - under 10"),
    ("Saving Our Streets Picnic", "SOS - Sounds of Summer jam"),    # its own name, spelled after the dash
    ("Community Police Relations", "CPR - infant and child"),       # a class's name
])
def test_capitals_that_name_a_rows_own_event_join_no_event_they_spell(config, host, other):
    """An adversarial helper's check: "CPA Tax Clinic" joined Police's "Community Police
    Academy" at its place and hours, "PAL Basketball - youth" a "Parks Adventure League",
    "SOS - Sound of Safety concert" a "Saving Our Streets Cookout", "CPR - adult and pediatric"
    a "Community Police Relations" forum — each read as the other's initials. Initials name the
    event a row is part of only where they stand as its name (before a dash, after "at"),
    not spelled by the row's own title, not a class's name: at most a question now."""
    hall = dict(location="Westgate Community Hall", address="88 Orchard Rd")
    a = row("Police", 2, host, date(2027, 6, 12), "18:00", "20:00", **hall)
    b = row("Fire", 2, other, date(2027, 6, 12), "18:00", "20:00", **hall)
    assert len(merge_rows([a, b], config).events) == 2


def test_a_series_takes_no_row_that_names_none_of_its_sessions(config):
    """v24 R1/R2: Parks' weekly "Durham Farmers Market" (Saturdays 8–12) absorbed, on its third
    Saturday, Fire's "Fire Prevention Booth @ Bull City Race Fest" — and through it Community
    Safety's race fest itself — and Police's "Traffic control - Bull City Race Fest"; Police's
    weekly patrol took a cleanup day, a weekly water aerobics class Fire's lifeguard lesson. A
    long series meets every row held at its place during its hours: a later session takes only
    a row titled for it. By hand: the market, the race fest with its booth and its detail."""
    park = dict(location="Durham Central Park", address="501 Foster St")
    sat = date(2027, 9, 4)
    market = row("Parks and Recreation", 2, "Durham Farmers Market", sat, "08:00", "12:00",
                 rrule="FREQ=WEEKLY;COUNT=4", partners=("Police",), **park)
    race = row("Community Safety", 2, "Bull City Race Fest", sat + timedelta(weeks=2), "07:00", "12:00", **park)
    booth = row("Fire", 2, "Fire Prevention Booth @ Bull City Race Fest", sat + timedelta(weeks=2), "08:00", "11:00",
                **park)
    detail = row("Police", 3, "Traffic control - Bull City Race Fest", sat + timedelta(weeks=2), "07:00", "12:00",
                 **park)
    result = merge_rows([market, race, booth, detail], config)
    assert groups(result) == {frozenset({"Parks and Recreation!2"}),
                              frozenset({"Community Safety!2", "Fire!2", "Police!3"})}
    patrol = row("Police", 2, "Park Walk & Talk Patrol", sat, "08:00", "12:00", rrule="FREQ=WEEKLY;COUNT=4", **park)
    cleanup = row("Community Safety", 2, "Community Cleanup Day", sat + timedelta(weeks=1), "09:00", "11:00", **park)
    assert len(merge_rows([patrol, cleanup], config).events) == 2
    at_market = row("Fire", 2, "Fire Prevention Booth @ Farmers Market", sat + timedelta(weeks=2), "08:00", "11:00",
                    **park)
    assert len(merge_rows([market, at_market], config).events) == 1


def test_a_series_titled_with_its_places_name_is_named_by_rows_naming_that_place(config):
    """v25 M1/W2: Parks' weekly "Bloomington Community Farmers' Market" held at the Location of
    that name. Rows at that Location lose the words naming it ("Farmers Market traffic detail"
    read as "traffic detail"), so Police's detail on a later Saturday named no session and stayed
    apart, and Parks' own "CANCELLED … Farmers' Market" row called off no session (counted and
    shown twice). Where the series' title is only its place's name, a row's words naming that
    place name the series; a row naming neither stays apart."""
    where = dict(location="Eastside Night Market", address="12 Depot St")
    thu = date(2027, 9, 2)
    market = row("Parks and Recreation", 2, "Eastside Night Market", thu, "17:00", "21:00",
                 rrule="FREQ=WEEKLY;COUNT=6", **where)
    detail = row("Police", 2, "Eastside Market traffic detail", thu + timedelta(weeks=2), "16:30", "21:30", **where)
    drive = row("Community Safety", 2, "Voter Registration Drive", thu + timedelta(weeks=1), "17:00", "20:00",
                **where)
    off = row("Parks and Recreation", 3, "CANCELLED Eastside Night Market", thu + timedelta(weeks=3), "17:00",
              "21:00", status=Status.CANCELLED, **where)
    # Parks' own event at the market, called off, calls no market day off (v26 R4a/R4c)
    chili = row("Parks and Recreation", 4, "Eastside Night Market Chili Cook-off - CANCELLED", thu + timedelta(weeks=4),
                "17:30", "19:00", status=Status.CANCELLED, **where)
    result = merge_rows([market, detail, drive, off, chili], config)
    assert groups(result) == {frozenset({"Parks and Recreation!2", "Police!2"}), frozenset({"Community Safety!2"}),
                              frozenset({"Parks and Recreation!3"}), frozenset({"Parks and Recreation!4"})}
    (series,) = [e for e in result.events if e.rrule]
    assert series.exdates == (thu + timedelta(weeks=3),)


def test_day_rows_at_the_same_hour_on_other_days_raise_no_start_time_warning(config):
    """A second verifier's case: an all-day three-day festival and a partner's row for each day,
    10–6: the day rows start at the same hour on other days, nothing to agree on."""
    first = date(2027, 1, 22)
    festival = replace(row("Police", 2, "Harbor Festival", first, location="Riverside Park"),
                       end=first + timedelta(days=3))
    days = [row("Fire", 2 + n, "Harbor Festival", first + timedelta(days=n), "10:00", "18:00",
                location="Riverside Park") for n in range(3)]
    result = merge_rows([festival, *days], config)
    assert len(result.events) == 1 and result.events[0].is_joint
    assert not [i for i in result.issues if i.column == "Start Time"]
    late = replace(days[1], start=days[1].start.replace(hour=11))      # one day typed at 11: still said
    flagged = [i for i in merge_rows([festival, days[0], late, days[2]], config).issues if i.column == "Start Time"]
    assert [(i.tab, i.row) for i in flagged] == [("Fire", 3)]


def test_a_visit_as_likely_at_either_of_two_parties_is_a_question_for_each(config):
    """A second verifier's case: "Engine 9 at the block party" with no place, inside the hours of
    two block parties that evening at different streets. It scores the same against both, and
    the two parties must stay apart: which one it visited is a coin toss, so staff are asked
    about both instead of it joining whichever came first. With a place it joins its own."""
    d = date(2027, 3, 9)
    maple = row("Community Safety", 4, "Maple Ave Block Party", d, "17:00", "20:00", location="Maple Ave & 3rd St")
    birch = row("Community Safety", 5, "Birch St Block Party", d, "17:00", "20:00", location="Birch St & 9th St")
    visit = row("Fire", 4, "Engine 9 at the block party", d, "18:30", "19:00")
    result = merge_rows([maple, birch, visit], config)
    assert len(result.events) == 3 and not any(e.is_joint for e in result.events)
    assert {frozenset((str(p.a.source), str(p.b.source))) for p in result.review} == {
        frozenset(("Community Safety!4", "Fire!4")), frozenset(("Community Safety!5", "Fire!4"))}
    placed = replace(visit, location="Maple Ave & 3rd St")
    assert frozenset({"Community Safety!4", "Fire!4"}) in groups(merge_rows([maple, birch, placed], config))


def test_a_partners_session_row_with_no_place_or_typed_all_day_joins_the_series_too(config):
    """A third verifier's case: the partner's row on a session day with no place typed, or typed
    all day at the series' place, is that session as much as a placed, timed row; a row at
    another place that day is another event."""
    series = row("Police", 5, "Neighborhood Chat", date(2026, 12, 2), "08:00", "09:00", location="Main Street Cafe",
                 address="50 Main St", rrule="FREQ=WEEKLY;COUNT=8")
    no_place = row("Fire", 2, "Neighborhood Chat", date(2026, 12, 30), "08:00", "09:00")
    all_day = row("Fire", 3, "Neighborhood Chat", date(2027, 1, 6), location="Main Street Cafe")
    elsewhere = row("Fire", 4, "Neighborhood Chat", date(2026, 12, 16), "08:00", "09:00", location="Station 5",
                    address="900 Oak Ave")
    result = merge_rows([series, no_place, all_day, elsewhere], config)
    assert groups(result) == {frozenset({"Police!5", "Fire!2", "Fire!3"}), frozenset({"Fire!4"})}
    (chat,) = [e for e in result.events if e.rrule]
    assert (chat.start, chat.end) == (series.start, series.end)
    assert not [i for i in result.issues if i.column == "Start Date"]


def test_the_hosts_row_leads_a_joint_event_whoever_logged_first(config):
    """A fresh verifier's finding: Fire's "Engine 9 at the block party" logged a week before the
    host's row became the published title and hours of the block party. The host's row leads
    whatever the first-seen order; the visit's hours neither start nor end the event."""
    day = date(2027, 3, 9)
    party = row("Community Safety", 2, "Maple Ave Block Party", day, "17:00", "20:00",
                location="Maple Ave & 3rd St")
    visit = row("Fire", 2, "Engine 9 at the block party", day, "18:30", "19:00",
                location="Maple Ave & 3rd St")
    for first in (party, visit):        # either row seen first by the record
        result = merge_rows([visit, party], config, order=lambda r: (0 if r is first else 1,))
        (event,) = result.events
        assert (event.title, event.start, event.end) == ("Maple Ave Block Party", party.start, party.end)
        assert event.rows[0] is party and not [i for i in result.issues if i.column == "Start Time"]


def test_an_all_day_host_stays_all_day_with_a_partners_timed_drop_by(config):
    """A timed partner's drop-by used to outrank the host's all-day row (a time says more):
    the picnic was published as "Engine 12 drop-by", 1–1:30 pm."""
    day = date(2027, 3, 10)
    picnic = row("Community Safety", 2, "Oak Ridge HOA Picnic", day, location="Oak Ridge Park")
    drop_by = row("Fire", 2, "Engine 12 drop-by", day, "13:00", "13:30", location="Oak Ridge Park")
    (event,) = merge_rows([drop_by, picnic], config).events
    assert event.is_joint and (event.title, event.all_day, event.start, event.end) == \
        ("Oak Ridge HOA Picnic", True, day, picnic.end)


def test_a_staffing_shift_around_the_event_gives_neither_its_title_nor_its_hours(config):
    """Police's 6–11 pm detail and Fire's 7–10:30 standby around the 8–10 pm fireworks: the
    longest row used to lead (the event published as "Fireworks detail", 6–11 pm)."""
    day = date(2027, 7, 4)
    show = row("Parks and Recreation", 3, "Fourth of July Fireworks", day, "20:00", "22:00",
               location="Riverfront Park")
    detail = row("Police", 3, "Fireworks detail", day, "18:00", "23:00", location="Riverfront Park")
    standby = row("Fire", 2, "Engine 4 standby", day, "19:00", "22:30", location="Riverfront Park")
    result = merge_rows([detail, standby, show], config)
    (event,) = result.events
    assert (event.title, event.start, event.end) == ("Fourth of July Fireworks", show.start, show.end)
    assert set(event.departments) == {"Parks and Recreation", "Police", "Fire"}
    assert not [i for i in result.issues if i.column == "Start Time"]
    # an event of parts only (no host row) still spans its rows
    (alone,) = merge_rows([detail, replace(standby, title="Fireworks standby")], config).events
    assert (alone.start, alone.end) == (detail.start, detail.end)


def test_a_public_row_leads_an_event_with_internal_rows(config):
    """Police's staffing of the block party logged Internal, longer than the party: the event
    keeps the Public row's title and start for everyone (the staff files too), and its public
    view shows the Public row alone."""
    from sheets_sync.merge import public_view
    from sheets_sync.model import Visibility
    day = date(2027, 3, 9)
    party = row("Community Safety", 2, "Maple Ave Block Party", day, "17:00", "20:00",
                location="Maple Ave & 3rd St")
    staffing = replace(row("Police", 2, "Maple Ave Block Party overtime", day, "15:00", "23:00",
                           location="Maple Ave & 3rd St", description="roster"),
                       visibility=Visibility.INTERNAL)
    (event,) = merge_rows([staffing, party], config).events
    assert event.is_public and event.departments == ("Community Safety", "Police")
    assert (event.title, event.start, event.rows[0]) == ("Maple Ave Block Party", party.start, party)
    shown = public_view(event)
    assert (shown.title, shown.start, shown.end, shown.departments, shown.description) == \
        ("Maple Ave Block Party", party.start, party.end, ("Community Safety",), "")
    alone = merge_rows([staffing], config).events[0]
    assert not alone.is_public
    with pytest.raises(ValueError):
        public_view(alone)


def test_a_lead_that_cancels_hands_the_lead_to_a_department_still_taking_part(config):
    """The host's Public row says Cancelled while Police's Internal row of the event itself
    (its own title and hours, not a part of it) still says Scheduled: for the staff the event
    goes ahead with Police alone, so Police leads (Combined Events had a blank Lead
    Department); the public view is the host's cancelled event. Police's staffing shift around
    the party, not an event of its own, does not keep it going (verify8 finding 10)."""
    from sheets_sync.merge import public_view
    from sheets_sync.model import Visibility
    day = date(2027, 3, 9)
    party = replace(row("Community Safety", 2, "Maple Ave Block Party", day, "17:00", "20:00",
                        location="Maple Ave & 3rd St"), status=Status.CANCELLED)
    police = replace(row("Police", 2, "Maple Ave Block Party", day, "17:00", "20:00",
                         location="Maple Ave & 3rd St", status_typed=True), visibility=Visibility.INTERNAL)
    (event,) = merge_rows([police, party], config).events
    assert (event.status, event.departments, event.lead) == (Status.SCHEDULED, ("Police",), "Police")
    shown = public_view(event)
    assert (shown.status, shown.departments, shown.lead) == (Status.CANCELLED, ("Community Safety",),
                                                             "Community Safety")
    # the same with two Public rows: Fire's row of the event goes ahead, so Fire leads
    fire = row("Fire", 3, "Maple Ave Block Party", day, "17:00", "20:00", location="Maple Ave & 3rd St",
               status_typed=True)
    (event,) = merge_rows([fire, party], config).events
    assert (event.status, event.departments, event.lead) == (Status.SCHEDULED, ("Fire",), "Fire")
    staffing = replace(row("Police", 2, "Maple Ave Block Party overtime", day, "15:00", "23:00",
                           location="Maple Ave & 3rd St"), visibility=Visibility.INTERNAL)
    (event,) = merge_rows([staffing, party], config).events
    assert (event.status, event.lead) == (Status.CANCELLED, "Community Safety")


def test_block_parties_at_two_numbered_shelters_of_one_park_stay_apart(config):
    """Police's and Community Safety's National Night Out parties at Shelter #1 and Shelter #3 of
    one park, same hours: two events, neither joint (the "#" number had been dropped as an
    address unit, so both read "Bryan Park Shelter" and merged at +4.5 bits with no question)."""
    day = date(2027, 8, 3)
    a = row("Police", 2, "National Night Out - Elm Heights", day, "17:00", "20:00", location="Bryan Park Shelter #1")
    b = row("Community Safety", 2, "National Night Out - Bryan Park Neighborhood", day, "17:00", "20:00",
            location="Bryan Park Shelter #3")
    result = merge_rows([a, b], config)
    assert groups(result) == {frozenset({"Police!2"}), frozenset({"Community Safety!2"})}
    assert not any(e.is_joint for e in result.events)


def test_a_visit_naming_one_stations_open_house_joins_that_station_only(config):
    """Fire Prevention Week: three stations hold open houses at the same hours. Police's "K9
    demo - Station #5 open house" with no place joins Station 5's (a third fresh verifier's
    finding: the station numbers had been dropped with the place's words, and "open house" at
    three places made the title too common to count, so it joined none and was published as
    a second open house)."""
    day = date(2027, 10, 9)
    stations = [row("Fire", 2 + n, f"Station {k} Open House", day, "10:00", "14:00", location=f"Fire Station {k}",
                    address=a) for n, (k, a) in enumerate([(1, "300 E 4th St"), (3, "2210 S Walnut St"),
                                                            (5, "1822 W 3rd St")])]
    # (a fourth verifier's variations; "Station Five", a fifth's)
    for spelled in ("Station #5", "Station No. 5", "Station Number 5", "Station Five"):
        k9 = row("Police", 2, f"K9 demo - {spelled} open house", day, "11:00", "12:00")
        result = merge_rows([*stations, k9], config)
        assert groups(result) == {frozenset({"Fire!2"}), frozenset({"Fire!3"}), frozenset({"Fire!4", "Police!2"})}
        assert not result.review


def test_a_shelters_number_spelled_out_tells_it_from_another_shelter(config):
    """"Bryan Park Shelter One" is Shelter 1, not Shelter #3: two neighbourhoods' National Night
    Out parties there at the same hours are two events, while "Shelter Three" is "Shelter #3"
    (a verifier's finding: the spelled-out number was ignored and the parties merged silently)."""
    day = date(2027, 8, 3)
    for one, three, joined in (("Bryan Park Shelter One", "Bryan Park Shelter #3", False),
                               ("Pavilion No. 1, Lower Cascades Park", "Pavilion Three, Lower Cascades Park", False),
                               ("Bryan Park Shelter Three", "Bryan Park Shelter #3", True)):
        a = row("Police", 2, "National Night Out - Elm Heights", day, "17:00", "20:00", location=one)
        b = row("Community Safety", 2, "National Night Out - Bryan Park Neighborhood", day, "17:00", "20:00",
                location=three)
        result = merge_rows([a, b], config)
        assert any(e.is_joint for e in result.events) is joined, (one, three)
    assert compare_places(parse_place("One World Center", ""), parse_place("One World Center Room 3", ""))[0] \
        == "same venue"                          # a name's first word is not a number


def test_a_stations_number_before_its_street_in_brackets_is_not_a_house_number(config):
    """"Fire Station 1 (E 4th St)" is Station 1 on East 4th Street, not 1 E 4th St: read as
    that address, the station's number was lost, and a K9 demo at "Fire Station #5" was asked
    about against the smoke-alarm table at Station 1 (a verifier's finding)."""
    assert parse_place("Fire Station 1 (E 4th St)", "").number == ""
    assert "1" in parse_place("Fire Station 1 (E 4th St)", "").venue.split()
    assert parse_place("Fire Station 1, 300 E 4th St", "").number == "300"      # a real address after it
    assert (parse_place("Fire Station 1, 1 E 4th St", "").number, parse_place("Fire Station 1, 1 E 4th St", "").street) == ("1", "4th st")
    assert parse_place("Engine 7 at 300 E 4th St", "").number == "300"
    assert parse_place("Suite 4, 200 Main St", "").number == "200"
    station3 = parse_place("Fire Station 3", "2210 S Walnut St")
    for spelled in ("Station 3, Walnut St", "Station 3 (Walnut St)", "Station 3 - Walnut St"):
        assert compare_places(parse_place(spelled, ""), station3)[0] == "same venue", spelled
    assert compare_places(parse_place("Station 5 (Walnut St)", ""), station3)[0] == "different venue"
    assert compare_places(parse_place("Station Three, Walnut St", ""), parse_place("Station 3, Walnut St", ""))[0] \
        == "same venue"                          # its number spelled out (a sixth verifier's finding)
    # (a sixth verifier's findings) one street, other buildings: not the station ...
    station1 = parse_place("Fire Station 1 (E 4th St)", "")
    assert compare_places(station1, parse_place("Starbucks", "120 E 4th St"))[0] == "different venue"
    assert compare_places(station1, parse_place("", "300 E 4th St"))[0] == "places not comparable"
    assert compare_places(parse_place("Station 3, Walnut St", ""), parse_place("Walnut St & 3rd St", ""))[0] \
        == "places not comparable"
    assert compare_places(parse_place("Lot 5, Walnut St", ""), parse_place("Building 5, Walnut St", ""))[0] \
        == "different venue"
    # ... and the station by another name, its number and street the same, still is
    for other in ("BFD Station 1, E 4th St", "Estación de Bomberos 1 (E 4th St)"):
        assert compare_places(station1, parse_place(other, ""))[0] == "same venue", other
    # two numbered venues at one address are two places; one naming both holds each
    assert compare_places(parse_place("Pavilion 1 - 200 Main St", ""), parse_place("Pavilion 2 - 200 Main St", ""))[0] \
        == "different venue"
    assert compare_places(parse_place("Shelters 3-4", "1001 S Henderson St"),
                          parse_place("Shelter #4", "1001 S Henderson St"))[0] == "same address"
    day = date(2027, 10, 9)
    stations = [row("Fire", 2 + n, f"Station {k} Open House", day, "10:00", "14:00", location=f"Fire Station {k}",
                    address=a) for n, (k, a) in enumerate([(1, "300 E 4th St"), (5, "1822 W 3rd St")])]
    k9 = row("Police", 2, "K9 demo", day, "11:00", "12:00", location="Fire Station #5")
    smoke = row("Community Safety", 2, "Smoke alarm sign-ups", day, "10:00", "14:00",
                location="Fire Station 1 (E 4th St)")
    result = merge_rows([*stations, k9, smoke], config)
    assert frozenset({"Fire!3", "Police!2"}) in groups(result)
    assert not any({"Police!2", "Community Safety!2"} == {str(p.a.source), str(p.b.source)} for p in result.review)


def test_a_venue_learned_with_its_address_lends_it_only_to_the_same_numbered_venue(config):
    """The sheet gives "Fire Station 1, 1 E 4th St" once: "Fire Station 3" (no address) is not
    at 1 E 4th St, so its open house and the smoke-alarm table at "Station 3, Walnut St" are
    still one event (a fresh verifier's finding: the learned address kept every station apart)."""
    rows = []
    for k, (fire, other) in enumerate([("Fire Station 1, 1 E 4th St", "1 E 4th St"),
                                       ("Station 3, Walnut St", "Fire Station 3"),
                                       ("Station 3 (Walnut St)", "Fire Station 3")]):
        day = date(2027, 10, k + 1)
        rows.append(row("Fire", 2 + k, "Fire Station Open House", day, "10:00", "14:00", location=fire))
        rows.append(row("Community Safety", 2 + k, "Smoke alarm sign-up table", day, "11:00", "13:00",
                        location=other))
    assert groups(merge_rows(rows, config)) == {frozenset({f"Fire!{k}", f"Community Safety!{k}"}) for k in (2, 3, 4)}


def test_numbered_roads_keep_their_numbers_and_meet_the_streets_beside_them(config):
    """A road named by its number (Route 9, US 31, State Road 37, County Road 5, CR 500) is a
    street name: "Route 9 - Main St" and "Route 12 - Main St" were one street, "hwy9 hwy main",
    merged with each other; "County Road 5 - Main St" was 5 Main St; "SR 37 and Main St" missed
    "State Road 37 & Main St" (a verifier's open finding). One open house and one coffee a day."""
    pairs = [("Route 9 - Main St", "Route 12 - Main St", False),
             ("US 31 - Walnut St", "SR 45, Walnut St", False),
             ("State Road 37 & Main St", "SR 37 and Main St", True),
             ("Hwy 61 - Main St", "Highway 61 at Main St", True),
             ("Lot 5 (Walnut St garage)", "Lot 5, Walnut St", True),
             ("Station 1, 2, and 3 - Walnut St", "Station 2 - Walnut St", True)]
    rows, expected = [], set()
    for k, (fire_at, police_at, same) in enumerate(pairs):
        day = date(2027, 10, 1 + k)
        rows.append(row("Fire", 2 + k, "Safety Open House", day, "10:00", "14:00", location=fire_at))
        rows.append(row("Police", 2 + k, "Coffee with a Cop", day, "11:00", "12:00", location=police_at))
        fire, police = f"Fire!{2 + k}", f"Police!{2 + k}"
        expected |= {frozenset({fire, police})} if same else {frozenset({fire}), frozenset({police})}
    result = merge_rows(rows, config)
    assert groups(result) == expected
    assert not [p for p in result.review if {str(p.a.source), str(p.b.source)} in
                ({"Fire!2", "Police!2"}, {"Fire!3", "Police!3"})]


def test_a_booking_of_the_place_for_another_departments_event_does_not_lead_it(config):
    """Parks logs the shelter it holds 4–9 for Police's 5–8 National Night Out party as
    "Shelter reservation - National Night Out": the party is Police's, so its title and hours
    are published, and Police cancelling cancels it (the reservation had led, showing
    "Shelter reservation - …" 4–9, and outvoted Police's cancellation: v9 finding 7). A booking
    naming no event of the group ("Shelter Reservations Open for 2027", "… - Johnson family
    reunion") is Parks' own and stays apart, as before."""
    day = date(2027, 8, 3)
    at = dict(location="Bryan Park Shelter #2", address="1001 S Henderson St")
    party = row("Police", 2, "National Night Out Block Party", day, "17:00", "20:00", **at)
    for booking in ("Shelter reservation - National Night Out", "Shelter reserved for National Night Out",
                    "Pavilion Rental: National Night Out"):
        held = row("Parks and Recreation", 2, booking, day, "16:00", "21:00", **at)
        for order in ([party, held], [held, party]):
            (event,) = merge_rows(order, config).events
            assert (event.title, event.start, event.end) == (party.title, party.start, party.end), booking
            assert event.status is Status.SCHEDULED and event.departments == ("Police", "Parks and Recreation")
        result = merge_rows([held, replace(party, status=Status.CANCELLED)], config)
        (event,) = result.events
        assert event.status is Status.CANCELLED, booking
        assert [(i.tab, i.value) for i in result.issues if i.column == "Status"] == [
            ("Parks and Recreation", "Scheduled")]
    for own in ("Shelter Reservations Open for 2027", "Shelter reservation - Johnson family reunion"):
        held = row("Parks and Recreation", 2, own, day, "16:00", "21:00", **at)
        assert groups(merge_rows([party, held], config)) == {frozenset({"Police!2"}),
                                                               frozenset({"Parks and Recreation!2"})}, own


def test_a_closure_notice_is_no_event_to_join(config):
    """Parks' all-day "Mills Pool Closed" (Bloomington's calendars carry such notices: "Frank
    Southern Ice Arena CLOSED" seventeen times) took Fire's "Water Safety Demo" 1–2 pm there as
    a drop-in: one joint event published all day as "Mills Pool Closed", the demo gone from the
    feed (a fresh verifier's finding). A notice stays apart from any row not titled as it; the
    same notice in two tabs is still one, and a road closure around a parade is still its part."""
    day = date(2026, 7, 11)
    pool = dict(location="Mills Pool", address="1100 W 14th St")
    rink = dict(location="Frank Southern Ice Arena", address="2100 S Henderson St")
    cases = [(row("Parks and Recreation", 2, "Mills Pool Closed", day, **pool),
              row("Fire", 2, "Water Safety Demo", day, "13:00", "14:00", **pool)),
             (row("Parks and Recreation", 3, "Frank Southern Ice Arena CLOSED", day, **rink),
              row("Police", 3, "Skate with a Cop", day, "18:00", "20:00", **rink)),
             (row("Parks and Recreation", 4, "CLOSED Frank Southern Ice Arena", day + timedelta(days=1), **rink),
              row("Fire", 4, "Engine 5 open skate drop-by", day + timedelta(days=1), "18:00", "18:30", **rink))]
    for notice, event in cases:
        result = merge_rows([notice, event], config)
        assert groups(result) == {frozenset({str(notice.source)}), frozenset({str(event.source)})}, notice.title
        assert not result.review
    both = [row(tab, 5, "Mills Pool Closed", day + timedelta(days=2), **pool) for tab in ("Parks and Recreation", "Fire")]
    assert len(merge_rows(both, config).events) == 1
    # (a third verifier's) a street closed for a race, "Behind Closed Doors", a closed POD drill and a
    # closed-course rodeo are events (or their parts), not notices
    for k, (event, part) in enumerate([("Turkey Trot 5K", "Street closed for Turkey Trot"),
                                       ("Behind Closed Doors: Domestic Violence Awareness Night", "Victim advocate table"),
                                       ("Closed POD Exercise", "Engine 3 standby"),
                                       ("Closed Course Bike Rodeo", "Bike helmet fitting booth")]):
        held = row("Community Safety", 10 + k, event, day + timedelta(days=3 + k), "08:00", "10:00",
                   location="Switchyard Park")
        helper = row("Police", 10 + k, part, day + timedelta(days=3 + k), "07:30", "10:30", location="Switchyard Park")
        (merged,) = merge_rows([held, helper], config).events
        assert merged.title == event, event          # the street closed around the race is its part
    # an advisory "in effect" is no closure: the cooling centre and its water station are one event
    centre = row("Emergency Management", 7, "Cooling Center Open - Heat Advisory in Effect", day, "10:00", "18:00",
                 location="Twin Lakes Recreation Center")
    water = row("Parks and Recreation", 7, "Cooling Center water station", day, "10:00", "18:00",
                location="Twin Lakes Recreation Center")
    assert len(merge_rows([centre, water], config).events) == 1
    parade = row("Parks and Recreation", 6, "Homecoming Parade", day, "10:00", "12:00", location="Kirkwood Ave")
    closure = row("Police", 6, "Road Closure - Homecoming Parade", day, "09:00", "13:00", location="Kirkwood Ave")
    assert len(merge_rows([parade, closure], config).events) == 1


def test_times_and_number_ranges_in_a_place_are_no_road():
    """v17: since a bare "15-501" reads as the road "US 15-501" names, "Meet at 9:30", "Shelter
    2 at 5:30", "101-105" and "10-12" had read as numbered roads too; a concurrency is two
    numbers of two and three digits far apart."""
    from sheets_sync.places import normalise_place
    for text in ("Meet at 9:30", "Shelter 2 at 5:30", "101-105", "Rooms 101-105", "10-12", "1-95", "at 10:30"):
        assert "hwy" not in normalise_place(text), text
    assert normalise_place("15-501 & Garrett Rd") == "hwy15 hwy and garrett rd"


@pytest.mark.parametrize("location", [
    "Lakeside Park Pavilion - 1200 Shoreline Dr, Cedar Point, OH 44870",
    "Lakeside Park Pavilion - 1200 Shoreline Dr  Cedar Point OH 44870",       # (CivicPlus: no commas)
])
def test_a_city_of_two_words_and_a_country_after_an_address_are_no_venue_words(config, location):
    """A fresh city's check (calendar exports): "… 1200 Shoreline Dr, Cedar Point, OH 44870" had
    read "cedar" as a venue word, so the sync never learned that the pavilion is at 1200
    Shoreline Dr, and Fire's visit typed at "1200 Shoreline Dr, Cedar Point, OH 44870, USA"
    stayed apart from Police's National Night Out at the pavilion (a question, or no link)."""
    from sheets_sync.places import parse_place
    assert str(parse_place(location, "")) == "lakeside park pavilion, 1200 shoreline dr"
    assert str(parse_place("1200 Shoreline Dr, Cedar Point, OH 44870, USA", "")) == "1200 shoreline dr"
    assert str(parse_place("1200 Shoreline Dr OH 44870", "")) == "1200 shoreline dr"   # (its street type kept)
    day = date(2026, 8, 4)
    nno = row("Police", 2, "National Night Out", day, "17:00", "20:00", location="Lakeside Park Pavilion")
    visit = row("Fire", 2, "NNO - Engine 3 visit", day, "17:00", "18:00",
                location="1200 Shoreline Dr, Cedar Point, OH 44870, USA")
    derby = row("Parks and Recreation", 2, "Fishing Derby", date(2026, 9, 12), "09:00", "11:00", location=location)
    result = merge_rows([nno, visit, derby], config)
    assert groups(result) == {frozenset({"Police!2", "Fire!2"}), frozenset({"Parks and Recreation!2"})}


@pytest.mark.parametrize("placeholder", ["TBD", "TBA", "See flyer", "Various", "Same as last year", "On site",
                                         "N/A", "?", "Location TBD",
                                         # (an adversarial helper's check)
                                         "TBD?", "TBD (Parks to confirm)", "Still TBD", "TBD/TBA", "TBD by Parks",
                                         "N.A.", "Not yet known", "Pending", "Location varies", "Various parks",
                                         "Citywide", "See attached flyer", "Same place as last year"])
def test_a_place_not_known_yet_is_no_place(config, placeholder):
    """A fresh city's check: Fire's "Engine 4 visit - Pumpkin Patch Party" at Location "TBD"
    stayed apart from Parks' party at the library (and nothing was asked), where a blank
    Location merged: such a cell says the place is not known, so there is none to compare."""
    from sheets_sync.places import parse_place
    assert parse_place(placeholder, "").blank
    for place in ("TBD Park", "Various Artists Hall", "TBD Brewing Co", "Pendleton Park", "Citywide Plaza"):
        assert not parse_place(place, "").blank, place
    day = date(2026, 10, 10)
    party = row("Parks and Recreation", 2, "Pumpkin Patch Party", day, "14:00", "17:00",
                location="Harbor Falls Public Library")
    visit = row("Fire", 2, "Engine 4 visit - Pumpkin Patch Party", day, "15:00", "16:00", location=placeholder)
    assert groups(merge_rows([party, visit], config)) == {frozenset({"Parks and Recreation!2", "Fire!2"})}


def test_a_house_number_before_a_plaza_is_a_street_address(config):
    """A fresh city's check: "2 Library Plaza" typed in Location was read as the plaza of a
    building "2 Library" (as "City Hall Plaza" is City Hall's plaza), so Police's expo there was
    only "similar venue" to Fire's trailer at the library the sheet gives that address, and the
    two stayed apart. With a house number it is a street address."""
    from sheets_sync.places import parse_place
    assert (parse_place("2 Library Plaza", "").number, parse_place("2 Library Plaza", "").street) == ("2", "lib plz")
    assert (parse_place("City Hall Plaza", "").venue, parse_place("City Hall Plaza", "").room) == ("city hall", "plz")
    day = date(2026, 9, 19)
    trailer = row("Fire", 2, "Preparedness Fair - Fire Safety Trailer", day, None, None,
                  location="Cedar Point Public Library")
    expo = row("Police", 2, "Emergency Preparedness Expo", day, "10:00", "14:00", location="2 Library Plaza")
    session = row("Emergency Communications", 2, "Text-to-911 Info Session", date(2026, 9, 29), "18:30", "19:30",
                  location="Cedar Point Public Library", address="2 Library Plaza")
    assert frozenset({"Fire!2", "Police!2"}) in groups(merge_rows([trailer, expo, session], config))


@pytest.mark.parametrize("typed, other, kind", [
    ("1601 S Rogers", ("Switchyard Park", "1601 S Rogers St"), "same address"),
    ("812 W. 9th", ("Rev. Ernest D. Butler Park", "812 W 9th St"), "same address"),
    ("930 W 7th", ("", "930 W 7th St"), "same address"),
    ("300 4th", ("", "300 4th Ave"), "same address"),
    ("1601 N Rogers", ("", "1601 S Rogers St"), "different address"),
    ("812 W 10th", ("", "812 W 9th St"), "different address")])
def test_a_house_number_and_direction_before_a_street_with_no_type_is_an_address(typed, other, kind):
    """Three fresh helpers' sets: Fire's "1601 S Rogers" in Location beside the park's "1601 S
    Rogers St" was read as a venue's name ("venue names differ"), so Fire's part of the
    all-department Public Safety Day stayed apart. A cell that is only a house number, a
    direction and a street's name (or a numbered street) is an address; a name after a number
    alone ("24 Hour Fitness") stays a venue."""
    from sheets_sync.places import compare_places, parse_place
    assert compare_places(parse_place(typed, ""), parse_place(*other))[0] == kind
    assert parse_place("24 Hour Fitness", "").venue == "24 hour fitness"


def test_a_holiday_typed_its_several_ways_is_one_title_and_a_parade_detail_is_not_the_concerts(config):
    """v46 and v48: "July 4th Parade - traffic control" (Police, 8:30–12 at Kirkwood & College)
    beside Parks' "Fourth of July Parade" (10–11:30, Courthouse Square) and "Fourth of July
    Concert" (9–9:45, 100 W Kirkwood Ave): the titles read 57 apart, and the detail was merged
    into the concert as its coverage (the only address on its street). The holiday's forms read
    as one ("Independence Day"); the detail's hours hold the parade's and its title names the
    parade, the only one that day, so it is the parade's post on the route (v57: "Turkey Trot
    traffic control" at a corner of the course) — never the concert's."""
    day = date(2025, 7, 4)
    parade = row("Parks and Recreation", 3, "Fourth of July Parade", day, "10:00", "11:30",
                 location="Downtown - Courthouse Square")
    concert = row("Parks and Recreation", 2, "Fourth of July Concert: Community Band", day, "09:00", "09:45",
                  location="Courthouse lawn, 100 W Kirkwood Ave")
    detail = row("Police", 2, "July 4th Parade - traffic control", day, "08:30", "12:00",
                 location="Kirkwood Ave & College Ave")
    result = merge_rows([parade, concert, detail], config)
    assert groups(result) == {frozenset({"Parks and Recreation!3", "Police!2"}), frozenset({"Parks and Recreation!2"})}
    fire = row("Fire", 2, "Engine 3 in July 4 parade", day, "10:00", "11:30", location="Downtown - Courthouse Square")
    assert frozenset({"Parks and Recreation!3", "Fire!2"}) in groups(merge_rows([parade, concert, fire], config))


@pytest.mark.parametrize("typed, other, kind", [
    (("Library (downtown)", ""), ("Monroe County Public Library", "303 E Kirkwood Ave"), "similar venue"),
    (("the library", ""), ("Durham County Main Library", ""), "similar venue"),
    (("Main Library", ""), ("Southwest Branch Library", ""), "different venue"),
    # (a name, not a part of town: NYC's permits, two celebrations at two parks had been merged)
    (("Central Park: Ladies' Pavilion", ""), ("Fort Tryon Park: Linden Terrace", ""), "different venue"),
    (("Lincoln Park", ""), ("Lincoln Square", ""), "different venue"),
    (("Rec Center", ""), ("Walltown Recreation Center", ""), "same venue")])
def test_a_venue_named_by_its_kind_alone_is_like_one_of_that_kind(typed, other, kind):
    """Three fresh helpers' sets: Community Safety's table at "Library (downtown)" beside the
    fair at "Monroe County Public Library" (and "Library - Downtown" beside "HS Public
    Library") were "different venues", kept apart whatever else agreed. A venue named only by
    its kind and its part of town is like a named one of that kind: a similar venue (evidence,
    not proof: a city has branches); a named branch stays another venue."""
    from sheets_sync.places import compare_places, parse_place
    assert compare_places(parse_place(*typed), parse_place(*other))[0] == kind


def test_a_venue_then_its_corner_typed_with_a_slash_in_location(config):
    """v47: Parks' "Hammer Field, Bristol/Bigelow" was read as one venue's name, "different"
    from Fire's "Bud Hammer Field" at "Bigelow & Bristol", so the all-department Public Safety
    Day lost Parks' row. A venue, a comma and two untyped streets joined by "/" or "&" is the
    venue at that corner; "and" stays a name's ("Parks and Rec"), and "Smith & Wesson Arena" a
    venue."""
    from sheets_sync.places import compare_places, parse_place
    typed = parse_place("Hammer Field, Bristol/Bigelow", "")
    assert (typed.venue, typed.crossing) == ("hammer field", frozenset({"bristol", "bigelow"}))
    assert compare_places(typed, parse_place("Bud Hammer Field", "Bigelow & Bristol"))[0] == "same address"
    assert parse_place("Smith & Wesson Arena", "").crossing == frozenset()


@pytest.mark.parametrize("spanish, english, kind", [
    ("Bryan Park canchas de baloncesto", "Bryan Park Basketball Courts", "same venue"),
    ("Parque Walltown", "Walltown Park", "same venue"),
    ("Centro Comunitario Holton", "Holton Community Center", "same venue"),
    ("Parque Walltown", "Walltown Library", "different venue")])
def test_a_place_typed_in_spanish_is_the_place_in_english(spanish, english, kind):
    """v48: Community Safety's "Noche de cine: Encanto - mesa de recursos" at "Bryan Park canchas
    de baloncesto" beside Parks' movie at "Bryan Park Basketball Courts" were "venue names
    differ", kept apart: a few words of place are read in Spanish as in English."""
    from sheets_sync.places import compare_places, parse_place
    assert compare_places(parse_place(spanish, ""), parse_place(english, ""))[0] == kind


@pytest.mark.parametrize("typed, other", [
    ("Sound the Alarm - smoke alarm installs 9am-2pm", "Sound The Alarm 9-2"),
    ("Engine 1 at Open Streets 12-1pm", "Open Streets"),
    ("First aid tent - County Fair (10a-10p daily)", "County Fair - first aid tent"),
    ("Hands-Only CPR class 6pm", "Hands-Only CPR class 6:30 PM")])
def test_a_time_of_day_typed_in_a_title_is_not_its_name(config, typed, other):
    """v49: a clerk who types the hours in the title ("Sound the Alarm - smoke alarm installs
    9am-2pm" beside "Sound The Alarm 9-2", "Engine 1 at Open Streets 12-1pm" beside "Open
    Streets on 12th"): "9am 2pm" / "9 2" read as titles naming different numbers, so the
    double entry and the visit stayed apart. Times of day are left out of the title compared;
    "Ages 5-12", "Grades 9-12" and "9/11" stay."""
    from sheets_sync.matching import compare_titles, features
    from sheets_sync.merge import _title_abbreviations, event_kinds
    norm = Normaliser(_title_abbreviations(config), config.matching.translations, config.department_units(),
                      config.department_lookup(), event_kinds(config))
    day = date(2026, 4, 18)
    a, b = (features(row("Fire", 2, t, day, "09:00", "14:00"), norm) for t in (typed, other))
    assert compare_titles(a, b)[0] >= 85
    kept = [features(row("Fire", 2, t, day, "09:00"), norm).titles[0] for t in ("Ages 5-12 Soccer", "9/11 Remembrance")]
    assert kept == ["ages 5 12 soccer", "9 11 remembrance"]


def test_a_venue_then_its_street_after_a_dash(config):
    """v50: Community Safety's "Senior Center - Rigsbee Ave" was read as one street, "senior ctr
    rigsbee", a different address from the talk's "406 Rigsbee Ave" (its Spanish copy of a
    cancelled talk was published as going ahead). A venue, a dash and a street is the venue on
    that street; "Library - Downtown" names no street."""
    from sheets_sync.places import compare_places, parse_place
    typed = parse_place("Senior Center - Rigsbee Ave", "")
    assert (typed.venue, typed.crossing) == ("senior ctr", frozenset({"rigsbee"}))
    assert compare_places(typed, parse_place("Durham Center for Senior Life", "406 Rigsbee Ave"))[0] == "same venue"
    assert parse_place("Library - Downtown", "").crossing == frozenset()
    # … or after a slash (v48's "Courthouse Sq / Kirkwood Ave"); two streets so joined stay a corner
    square = parse_place("Courthouse Sq / Kirkwood Ave", "")
    assert (square.venue, square.crossing) == ("courthouse sq", frozenset({"kirkwood"}))
    assert compare_places(square, parse_place("Courthouse Square", ""))[0] == "same venue"
    assert parse_place("Main St / 3rd Ave", "").crossing == frozenset({"main", "3rd"})


def test_a_venue_a_comma_and_a_house_number_on_a_street_with_no_type(config):
    """v51 (held out): Fire's "Engine 2 stops by coffee w/ cop" at "Bean There, 45 Main" beside
    Police's "Bean There Cafe", 45 Main St: read as one venue's name, "venue names differ", the
    drop-by only asked (and v46's "Frank Southern, 2100 S Henderson" beside the ice arena at
    2100 S Henderson St). A venue, a comma and a house number before a street's name is the
    venue at that address."""
    from sheets_sync.places import compare_places, parse_place
    typed = parse_place("Bean There, 45 Main", "")
    assert (typed.venue, typed.number, typed.street) == ("bean there", "45", "main")
    assert compare_places(typed, parse_place("Bean There Cafe", "45 Main St"))[0] == "same address"
    assert compare_places(parse_place("Frank Southern, 2100 S Henderson", ""),
                          parse_place("Frank Southern Ice Arena", "2100 S Henderson St"))[0] == "same address"
    # a number spelled after the figure is a name's ("Lot A, 7 Eleven": a README-only check)
    assert compare_places(parse_place("Lot A, 7 Eleven", ""),
                          parse_place("7-Eleven parking lot", ""))[0] == "same venue"


def test_a_venue_a_slash_and_a_block_face(config):
    """v52 (held out): Police's closure detail at "Civic Plaza / 3rd Ave between Main St and Oak
    St" beside Parks' festival at "Civic Plaza": the venue had been read into the block face's
    street ("civic plz 3rd ave"), the rows kept apart, and the festival counted as two joint
    events (each row named the other). The venue before the slash is the venue, on that face."""
    from sheets_sync.places import compare_places, parse_place
    typed = parse_place("Civic Plaza / 3rd Ave between Main St and Oak St", "")
    assert (typed.venue, typed.crossing, typed.between) == ("civic plz", frozenset({"3rd"}), frozenset({"main", "oak"}))
    assert compare_places(typed, parse_place("Civic Plaza", ""))[0] == "same venue"
    assert compare_places(typed, parse_place("3rd Ave between Oak St and Main St", ""))[0] == "same address"


def test_two_rows_held_online_are_not_two_places(config):
    """v47: Emergency Management's webinar "Zoom" and the 911 center's copy "Online" were
    "different venues", kept apart. A Location that only says the meeting is online (and no
    Address) is no place to compare: the titles and hours decide. "Zoom Room 3" or "Online
    Community Center" are places; an online row beside a hall is not comparable."""
    from sheets_sync.places import compare_places, online, parse_place
    assert [online(t, "") for t in ("Zoom", "Online", "Microsoft Teams", "Virtual (Webex)", "Teams link TBA",
                                    "Zoom Room 3", "Online Community Center", "Teams Field")] == [
        True, True, True, True, True, False, False, False]
    assert online("Zoom", "200 E Main St") is False          # an address typed: a hybrid's hall
    assert compare_places(parse_place("Zoom", ""), parse_place("City Hall", ""))[0] == "places not comparable"
    day = date(2026, 1, 17)
    em = row("Emergency Management", 4, "Winter Weather Prep", day, "10:00", "11:00", location="Zoom")
    ec = row("Emergency Communications", 5, "Winter Weather Prep webinar", day, "10:00", "11:00", location="Online")
    assert groups(merge_rows([em, ec], config)) == {frozenset({"Emergency Management!4", "Emergency Communications!5"})}
    # two meetings online at one hour are two events (a README-only check: "online" in one row's
    # place had read as a venue the other row named, +3 bits, and merged them)
    flood = row("Emergency Management", 2, "Flood Insurance Webinar", day, "12:00", "13:00", location="Online")
    qa = row("Emergency Communications", 2, "Text-to-911 Q&A", day, "12:00", "13:00", location="Zoom")
    assert len(merge_rows([flood, qa], config).events) == 2


def test_common_title_abbreviations_are_read_without_a_config_entry(config):
    """v48: "Severe Wx Awareness Wk" beside "Severe Weather Awareness Week", "Community Convo"
    beside "Community Conversation", in a city whose config lists no such abbreviation: with a
    venue on one row and an address on the other (nothing ties the two places), only the
    titles could tie them, and they had stayed apart."""
    bare = config.model_copy(update={"matching": config.matching.model_copy(update={"abbreviations": {}})})
    day = date(2026, 3, 2)
    for whole, short in (("Senior Expo", "Sr. Expo"), ("Community Conversation", "Community Convo"),
                         ("Severe Weather Week", "Severe Wx Wk"), ("Preparedness Month Kickoff", "Prep Mo. Kickoff")):
        police = row("Police", 2, whole, day, "10:00", "11:00", location="City Hall")
        fire = row("Fire", 2, short, day, "10:15", "11:00", address="200 E Main St")
        assert groups(merge_rows([police, fire], bare)) == {frozenset({"Police!2", "Fire!2"})}, short


def test_a_building_and_room_before_an_address_keep_the_building(config):
    """A fresh city's check: "City Hall Room 201, 1 Civic Plaza" was read as a room "City Hall
    Room 201" of no building, so Community Safety's row at "City Hall Room 201" that hour was
    neither merged nor asked about. It is City Hall's Room 201 at 1 Civic Plaza."""
    from sheets_sync.places import parse_place
    place = parse_place("City Hall Room 201, 1 Civic Plaza", "")
    assert (place.venue, place.room, place.number) == ("city hall", "room 201", "1")
    assert parse_place("Conference Suite 1, County Public Safety Building", "").room == "conference suite 1"
    day = date(2026, 6, 9)
    em = row("Emergency Management", 2, "Extreme Heat Plan Briefing for Faith Leaders", day, "10:00", "11:30",
             location="City Hall Room 201, 1 Civic Plaza")
    cs = row("Community Safety", 2, "Heat plan briefing - wellness check line", day, "10:00", "11:30",
             location="City Hall Room 201")
    assert groups(merge_rows([em, cs], config)) == {frozenset({"Emergency Management!2", "Community Safety!2"})}


def test_the_words_before_a_state_without_a_comma_are_a_venues_as_often_as_a_citys(config):
    """An adversarial helper's check: with a city of up to three words read anywhere before a
    state and ZIP, "Central Library Cedar Point OH 44870" lost "Library Cedar Point" (left
    "central", the same venue as "Central Park") and "Harbor Park Sandusky OH 44870" its whole
    venue. Several words are a city only after a comma or a street type."""
    from sheets_sync.places import parse_place
    assert parse_place("Harbor Park Sandusky OH 44870", "").venue == "harbor park"
    assert parse_place("Central Library Cedar Point OH 44870", "").venue.startswith("central lib")
    assert parse_place("Shoreline Park, St. Louis, MO 63101", "").venue == "shoreline park"
    day = date(2027, 3, 14)
    park = row("Parks and Recreation", 2, "Movie Night", day, "10:00", "12:00", location="Central Park")
    library = row("Police", 2, "Movie Night", day, "10:00", "12:00", location="Central Library Cedar Point OH 44870")
    assert len(merge_rows([park, library], config).events) == 2


def _weekly_rows(tab, days, title="Tai Chi in the Park", rrule="FREQ=WEEKLY;BYDAY=TU", start="09:00", **kw):
    return [row(tab, 2 + n, title, day, start, "10:00", location="Greystone Park Pavilion", rrule=rrule,
                repeats="Weekly (Tue)", **kw) for n, day in enumerate(days)]


def test_a_row_whose_note_says_it_is_a_copy_joins_its_tabs_row(config):
    """v47: Parks' "Halloween Trunk or Treat" at Greenfield Rec Center and "Trunk-or-Treat
    (Greenfield)" at its address, same hours, Internal Notes "dup? Kim entered too": one tab's
    different titles kept them apart, and only one joined Police's cruisers. A note saying the
    row is a copy ties it to its tab's row at the same hours; "not a duplicate", another hour
    or no note keeps the one-tab rule."""
    day = date(2025, 10, 25)
    first = row("Parks and Recreation", 8, "Halloween Trunk or Treat", day, "16:00", "18:00",
                location="Greenfield Rec Center", address="49 S 22nd St")
    copy = row("Parks and Recreation", 9, "Trunk-or-Treat (Greenfield)", day, "16:00", "18:00",
               location="49 S. 22nd St", internal_notes="dup? Kim entered too")
    both = frozenset({"Parks and Recreation!8", "Parks and Recreation!9"})
    assert groups(merge_rows([first, copy], config)) == {both}
    for apart in (replace(copy, internal_notes="not a duplicate - the second showing"),
                  replace(copy, internal_notes=""),
                  # (a README-only check: "Pumpkin Carving - Teens", "not a duplicate - second group",
                  # at the first's hour and place: one title inside the other had merged them)
                  replace(copy, title="Halloween Trunk or Treat - Teens", location="Greenfield Rec Center",
                          internal_notes="not a duplicate - second group"),
                  replace(copy, start=copy.start.replace(hour=19), end=copy.end.replace(hour=21))):
        assert len(merge_rows([first, apart], config).events) == 2


def test_two_rows_each_naming_the_other_at_one_place_are_one_event(config):
    """v52 (held out): Fire's "Sound the Alarm - Bayview Homes", Partners "Community Safety",
    and Community Safety's "Home Safety Canvass - Bayview", Partners "Fire", at 600 Gull Way,
    9-2 and 9-1: asked, so the canvass counted as two joint events until staff answered. Two
    rows of two departments that each name the other, at one place, their hours meeting, are
    one event; one naming the other only (two programmes in one building) stays a question,
    and so does a pair with a row called off."""
    day = date(2025, 10, 4)
    fire = row("Fire", 11, "Sound the Alarm - Bayview Homes", day, "09:00", "14:00",
               location="Bayview Homes", address="600 Gull Way", partners=("Community Safety",))
    safety = row("Community Safety", 10, "Home Safety Canvass - Bayview", day, "09:00", "13:00",
                 address="600 Gull Way", partners=("Fire",))
    result = merge_rows([fire, safety], config)
    assert groups(result) == {frozenset({"Fire!11", "Community Safety!10"})} and result.events[0].is_joint
    one_way = replace(safety, partners=())
    assert len(merge_rows([fire, one_way], config).events) == 2
    off = replace(safety, status=Status.CANCELLED)
    assert len(merge_rows([fire, off], config).events) == 2


def test_a_weekly_class_typed_a_row_a_session_with_weekly_in_each_is_those_sessions(config):
    """v45's first build: Parks typed each Tuesday of its Tai Chi class as a row and copied
    "Weekly (Tue)" into every Repeats cell. Each row had been a series with no end, so the
    class was published on every Tuesday after the last row too. Read as typed: four one-off
    sessions (Oct 6, 13, 20, 27 2026 are Tuesdays), the partner's row joins the 10/20 one, and
    one warning on the first row names the other three."""
    days = [date(2026, 10, d) for d in (6, 13, 20, 27)]
    assert {d.weekday() for d in days} == {1}
    parks = _weekly_rows("Parks and Recreation", days)
    safety = row("Community Safety", 2, "Tai Chi in the Park", date(2026, 10, 20), "09:00", "10:00",
                 location="Greystone Park Pavilion")
    result = merge_rows([*parks, safety], config)
    parks_only = {"Parks and Recreation"}
    assert sorted((e.start.date(), e.rrule, set(e.departments)) for e in result.events) == [
        (days[0], "", parks_only), (days[1], "", parks_only), (days[2], "", parks_only | {"Community Safety"}),
        (days[3], "", parks_only)]
    (issue,) = [i for i in result.issues if i.column == "Repeats"]
    assert (issue.tab, issue.row, issue.value, issue.severity) == ("Parks and Recreation", 2, "Weekly (Tue)",
                                                                   Severity.WARNING)
    assert "rows 3, 4, 5 of this tab" in issue.problem and "10/6/2026 to 10/27/2026" in issue.problem
    assert "after 10/27/2026" in issue.action and "Weekly (Tue) until <the last date>" in issue.action
    # every other Tuesday typed "Weekly (Tue)": the rule's own words would add the weeks between
    fortnights = _weekly_rows("Parks and Recreation", [date(2026, 9, d) for d in (1, 15, 29)], title="Lap Swim")
    (issue,) = [i for i in merge_rows(fortnights, config).issues if i.column == "Repeats"]
    assert "every 2 weeks until <the last date>" in issue.action and "Weekly (Tue) until" not in issue.action


def test_a_missed_week_still_reads_as_typed_sessions_but_rows_weeks_apart_stay_a_series(config):
    """One Tuesday left out (10/20) is a week without a class: the three rows are sessions.
    A programme logged again each month (9/1, 10/6, 11/3, each "weekly") is one series from
    its first row (three rows more than a session apart), as are two rows a week apart, rows
    at another hour, and rows whose rule has an end."""
    typed = _weekly_rows("Parks and Recreation", [date(2026, 10, d) for d in (6, 13, 27)])
    assert all(not e.rrule for e in merge_rows(typed, config).events)
    for rows in (_weekly_rows("Parks and Recreation", [date(2026, 9, 1), date(2026, 10, 6), date(2026, 11, 3)]),
                 _weekly_rows("Parks and Recreation", [date(2026, 10, 6), date(2026, 10, 13)]),
                 _weekly_rows("Parks and Recreation", [date(2026, 10, 6), date(2026, 10, 13)])
                 + _weekly_rows("Parks and Recreation", [date(2026, 10, 20)], start="18:00"),
                 _weekly_rows("Parks and Recreation", [date(2026, 10, d) for d in (6, 13, 20)],
                              rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215")):
        rows = [replace(r, source=replace(r.source, row=2 + n)) for n, r in enumerate(rows)]
        result = merge_rows(rows, config)
        assert all(e.rrule for e in result.events), [str(r.source) for r in rows]
        assert not [i for i in result.issues if "typed one row each" in i.problem]


def test_places_pasted_with_a_label_or_in_short_words(config):
    """v53, v54 (held out): "Where: CRJ Public Library, Mtg Rm A" was another room than "Public
    Library - Meeting Room A" at one address, "Finello Pav." another venue than "Finello
    Pavilion", "Lighthouse Pt" than "Lighthouse Point Park": each department's row of one event
    was kept apart. A pasted label ("Where:", "Location:") is no part of the place; "Mtg",
    "Pav.", "Pt" are meeting, pavilion and point."""
    from sheets_sync.places import compare_places, parse_place
    assert compare_places(parse_place("Where: CRJ Public Library, Mtg Rm A", "303 E. Kirkwood"),
                          parse_place("Public Library - Meeting Room A", "303 E Kirkwood Ave"))[0] == "same address"
    assert parse_place("Location: Switchyard Park, 1601 S Rogers St", "") == parse_place("Switchyard Park",
                                                                                          "1601 S Rogers St")
    assert compare_places(parse_place("Finello Pav.", ""), parse_place("Finello Pavilion", ""))[0] == "same venue"
    assert compare_places(parse_place("Lighthouse Pt", ""), parse_place("Lighthouse Point Park", ""))[0] == "same venue"
    assert compare_places(parse_place("Public Library - Meeting Room A", "303 E Kirkwood Ave"),
                          parse_place("Public Library, Mtg Rm B", "303 E Kirkwood Ave"))[0] == "different rooms"
    # a school and a park of one name are two places ("Eagle Pt Elementary" / "Eagle Point Park":
    # a README-only check had them one venue)
    assert compare_places(parse_place("Eagle Pt Elementary", ""), parse_place("Eagle Point Park", ""))[0] == \
        "different venue"
    assert compare_places(parse_place("Eagle Pt Elementary", ""),
                          parse_place("Eagle Point Elementary School", ""))[0] == "same venue"
    # a label naming what follows is no venue ("Site: Site 4" is Site 4, not a room of a venue "Site")
    assert compare_places(parse_place("Site: Site 4", ""), parse_place("Site: Site 5", ""))[0] == "different venue"
    # a beach and its boardwalk, typed with a slash, is the beach (v54: "north beach / boardwalk"
    # had been one venue, "north beach at boardwalk", apart from the beach's access point)
    boardwalk = parse_place("north beach / boardwalk", "")
    assert (boardwalk.venue, boardwalk.room) == ("n beach", "boardwalk")
    assert compare_places(boardwalk, parse_place("North Beach Access #4", "1200 Ocean Blvd"))[0] == "same venue"


def test_a_departments_code_for_the_entry_is_no_part_of_the_title(config):
    """v54 (held out): Parks titles every event with its own code ("PEP-EVT-0823 Back to School
    Bash") and 911's table names it "B2S Bash": the code's words and an abbreviation every
    school season uses kept the table out of the event. A leading code in capitals with three or
    four hyphenated parts, one of them digits, is left out of the title; "Text-to-911 info
    session", "COVID-19 Testing" and a code opening with a known abbreviation ("NNO-2025-08") stay."""
    m = config.matching
    norm = Normaliser(m.abbreviations, m.translations, config.department_units())
    assert norm.title("PEP-EVT-0823 Back to School Bash") == norm.title("Back to School Bash")
    assert norm.title("CRR-25-031: Smoke alarm canvass") == norm.title("Smoke alarm canvass")
    assert norm.title("Text-to-911 info session").startswith("text ") and "covid" in norm.title("COVID-19 Testing")
    assert norm.title("NNO-2025-08 Block Party") != norm.title("Block Party")
    day = date(2025, 8, 23)
    parks = row("Parks and Recreation", 8, "PEP-EVT-0823 Back to School Bash", day, "11:00", "15:00",
                location="Ammons Rec Center", address="2217 Bedford Ave")
    table = row("Emergency Communications", 5, "Text-to-911 table - B2S Bash", day, "11:00", "14:00",
                location="Ammons Rec Ctr", partners=("Parks and Recreation",))
    assert groups(merge_rows([parks, table], config)) == {frozenset({"Parks and Recreation!8",
                                                                      "Emergency Communications!5"})}
    # two codes name two entries (a README-only check: "FEMA-IS-100 Intro to Incident Command" and
    # "FEMA-IS-200 …", two courses, had been one joint event; so were two canvass zones' entries)
    course = [row("Fire", 4, "FEMA-IS-100 Intro to Incident Command", day, "13:00", "16:00", location="Fire HQ"),
              row("Police", 4, "FEMA-IS-200 Intro to Incident Command", day, "13:00", "16:00")]
    canvass = [row("Fire", n, f"CRR-25-03{n}: Smoke alarm canvass", day, "09:00", "12:00", location="Walltown Park")
               for n in (1, 2)]
    assert len(merge_rows(course, config).events) == 2 and len(merge_rows(canvass, config).events) == 2
    # … but two departments' schemes say nothing of each other (a second README-only check)
    bash = [row(tab, 4, f"{code} Back to School Bash", day, "17:00", "20:00", location="Walltown Park")
            for tab, code in (("Parks and Recreation", "PKS-27-114"), ("Police", "RPD-27-114"))]
    assert len(merge_rows(bash, config).events) == 1


def test_two_parties_named_for_two_places_are_not_one(config):
    """v53 (held out): Police's "National Night Out - Czech Village Block Party" at a corner and
    its "NNO - Kingston Village Block Party" at Kingston Village (whose title lost its place's
    words) read as one title inside the other, on "the same street" (a crossing's types are not
    kept), and were merged: one party left out of the count. A title naming another place than
    the one the other row's title named as its own is asked about, not merged, as it already was
    when one row had no place."""
    day = date(2025, 8, 5)
    czech = row("Police", 5, "National Night Out - Czech Village Block Party", day, "17:00", "20:00",
                location="16th Ave SW & 3rd St SW")
    kingston = row("Police", 7, "NNO - Kingston Village Block Party", day, "18:00", "20:30",
                   location="Kingston Village", address="300 block of 3rd Ave SW")
    result = merge_rows([czech, kingston], config)
    assert len(result.events) == 2
    assert [("one title names another place than the other (czech village)" in p.verdict.matched)
            for p in result.review] == [True]
    # … a title naming the same place as the other's stays one event
    fire = row("Fire", 6, "Kingston Village NNO - Engine 3 drop-by", day, "18:30", "19:00",
               location="Kingston Village", address="300 block of 3rd Ave SW")
    assert groups(merge_rows([kingston, fire], config)) == {frozenset({"Police!7", "Fire!6"})}


def test_two_titles_alike_only_in_a_generic_word_are_two_topics(config):
    """A README-only check: Fire's "Stop the Bleed Workshop" and Parks' "Budget Workshop" at one
    community center and hour were one joint event (title 71, alike in "workshop" alone). Titles
    alike only in generic words, each with a topic word of its own, are scored as unlike; one
    adding nothing of its own ("Safety Fair" / "Community Safety Fair") is still alike."""
    day = date(2026, 2, 12)
    bleed = row("Fire", 3, "Stop the Bleed Workshop", day, "18:00", "19:30", location="Eastside Community Center")
    budget = row("Parks and Recreation", 4, "Budget Workshop", day, "18:00", "19:30",
                 location="Eastside Community Center")
    assert len(merge_rows([bleed, budget], config).events) == 2
    fair = row("Fire", 5, "Safety Fair", day, "10:00", "14:00", location="Eastside Community Center")
    community = row("Police", 5, "Community Safety Fair", day, "10:00", "14:00", location="Eastside Community Center")
    assert groups(merge_rows([fair, community], config)) == {frozenset({"Fire!5", "Police!5"})}


def test_a_place_named_by_a_departments_number_alias_before_its_building_word(config):
    """A fresh helper's set (v55): Police's "911 center open house - PD recruiting table" at "911
    center" and 911's form row "National Public Safety Telecommunicators Week Open House" at
    "Emergency Communications Center, 214 W 7th St", the same three hours, were two events: the
    venues' names differed. "911" (Emergency Communications' alias) before a building's word is
    the department's name; before a street, a house number."""
    n = Normaliser({}, names=config.department_lookup())
    center = parse_place("Emergency Communications Center, 214 W 7th St", "")
    assert compare_places(n.place("911 center", ""), center)[0] == "same venue"
    assert compare_places(n.place("911 Center", ""), center)[0] == "same venue"
    assert compare_places(parse_place("911 center", ""), center)[0] != "same venue"     # (as read before)
    assert n.place("911 Main St", "") == parse_place("911 Main St", "")                 # a house number
    assert n.place("911 Main St", "").number == "911"
    day = date(2026, 4, 14)
    rows = [row("Police", 40, "911 center open house - PD recruiting table", day, "15:00", "18:00",
                location="911 center", partners=("Emergency Communications",)),
            row("Emergency Communications", 73, "National Public Safety Telecommunicators Week Open House", day,
                "15:00", "18:00", location="Emergency Communications Center, 214 W 7th St")]
    assert frozenset({"Police!40", "Emergency Communications!73"}) in groups(merge_rows(rows, config))


def test_a_departments_later_row_calling_its_event_off_calls_it_off(config):
    """A fresh helper's set (v55): the form's second response "CANCELLED - Canine Field Day 8/23"
    ("Heat advisory - we're cancelling this one") beside the first response, one department's,
    was published as going ahead. A department's rows calling its event off below its rows that
    say nothing of their status (a newer entry) call it off, with a warning on the older row;
    above them, or beside a Status typed, or in two departments' rows, this rule says nothing."""
    day = date(2025, 8, 23)
    first = row("Parks and Recreation", 21, "Canine Field Day", day, "09:00", "12:00", location="Ferguson Dog Park")
    later = row("Parks and Recreation", 31, "CANCELLED - Canine Field Day 8/23", day, "09:00", "12:00",
                location="Ferguson Dog Park", status=Status.CANCELLED, status_typed=False)

    def published(*rows):
        result = merge_rows(list(rows), config)
        (event,) = result.events
        return event.status, [(i.tab, i.row) for i in result.issues if i.column == "Status"]

    assert published(first, later) == (Status.CANCELLED, [("Parks and Recreation", 21)])
    said = [i for i in merge_rows([first, later], config).issues if i.column == "Status"][0]
    assert said.action == ("set Status to Cancelled here too; if it goes ahead after all, type Scheduled in this "
                           "row's Status")
    assert published(replace(first, source=replace(first.source, row=41)), later)[0] is Status.SCHEDULED
    assert published(replace(first, status_typed=True), later)[0] is Status.SCHEDULED
    # (a form's tab is no department's: its rows are their Lead Department's)
    form = lambda r, lead: replace(r, department=None, lead=lead, source=replace(r.source, tab="Form"))  # noqa: E731
    assert published(form(first, "Parks and Recreation"), form(later, "Parks and Recreation"))[0] is Status.CANCELLED
    assert published(form(first, "Parks and Recreation"), form(later, "Police"))[0] is not Status.CANCELLED


def test_a_row_saying_it_corrects_an_earlier_entry_gives_it_its_hours(config):
    """A fresh helper's set (v55): the form's second response "Water Safety Day at Mills Pool",
    10–1, "Resubmitting - my first one had the wrong time. It's 10-1, not 1-4", beside the first,
    1–4: two events, and Fire's demo at 10:30 joined neither. The earlier entry of the same
    department, day, place and title words is read with the correcting row's hours (one
    event, with a warning on the entry); without the note, or above it, they stay two."""
    day = date(2026, 6, 20)
    first = row("Parks and Recreation", 83, "Water Safety Day - Mills Pool", day, "13:00", "16:00",
                location="Mills Pool, 1100 W 14th St")
    again = row("Parks and Recreation", 85, "Water Safety Day at Mills Pool", day, "10:00", "13:00",
                location="Mills Pool, 1100 W 14th St",
                internal_notes="Resubmitting - my first one had the wrong time. It's 10-1, not 1-4.")
    demo = row("Fire", 32, "Water rescue demo - Mills Pool (Rescue 1)", day, "10:30", "11:30",
               location="Mills Pool", address="1100 W 14th St", partners=("Parks and Recreation",))
    result = merge_rows([first, again, demo], config)
    (event,) = result.events
    assert (event.start.hour, event.end.hour, set(event.departments)) == (10, 13, {"Parks and Recreation", "Fire"})
    (said,) = [i for i in result.issues if "corrects an earlier entry" in i.problem]
    assert (said.tab, said.row, said.column, said.value) == ("Parks and Recreation", 83, "Title",
                                                             "Water Safety Day - Mills Pool")
    assert said.problem == ("Parks and Recreation!85 (\u201cWater Safety Day at Mills Pool\u201d) says it corrects an "
                            "earlier entry: this row is read as that one (its date, hours, place and departments; "
                            "this row has 06/20/2026 13:00–16:00)")
    plain = replace(again, internal_notes="")
    assert len(merge_rows([first, plain], config).events) == 2              # two sessions of one day
    above = replace(again, source=replace(again.source, row=80))
    assert len(merge_rows([first, above], config).events) == 2              # (it corrects nothing above it)
    elsewhere = replace(again, location="Bryan Park Pool")
    assert len(merge_rows([first, elsewhere], config).events) == 2
    from sheets_sync.corrections import says_it_corrects
    said_so = ["Resubmitted with the corrected time", "CORRECTION: starts at 10", "Wrong time on the first one",
               "This replaces my earlier entry", "Please disregard the first submission", "Updated times"]
    not_so = ["Corrections officers will hand out stickers", "Learn the correct way to use an extinguisher"]
    assert [says_it_corrects(replace(first, description=t)) for t in said_so] == [True] * len(said_so)
    assert [says_it_corrects(replace(first, description=t)) for t in not_so] == [False, False]


def test_corrections_in_other_words_in_a_chain_of_date_or_place_and_not_a_second_session(config):
    """A README-only check of the above: a second session sent with "Resubmitting for the second
    session" lost the first; a second correction left two events (or the first correction's
    start); "Use this one instead", "2nd submission - fixed the times" were not read; a wrong
    date or place left both; a correction unticking Fire kept Fire counted."""
    day = date(2027, 3, 6)
    form = "Parks and Recreation"

    def events(*rows):
        return sorted((e.start.strftime("%m/%d %H:%M"), e.end.strftime("%H:%M"), e.location, tuple(e.departments))
                      for e in merge_rows(list(rows), config).events)

    class_ = row(form, 2, "Stop the Bleed Class", day, "09:00", "11:00", location="Rec Center")
    for note in ("Resubmitting for the second session at 1 pm", "Resubmitting - adding the 1pm session (the 9am "
                 "one stays)", "Resubmitting - the first one is right, this is an extra session"):
        second = row(form, 3, "Stop the Bleed Class", day, "13:00", "15:00", location="Rec Center", internal_notes=note)
        assert len(events(class_, second)) == 2, note
    first = row(form, 2, "Kite Day", day, "08:00", "10:00", location="Bryan Park")
    fixed = row(form, 3, "Kite Day", day, "13:00", "15:00", location="Bryan Park", internal_notes="corrected time")
    again = row(form, 4, "Kite Day", day, "17:00", "19:00", location="Bryan Park", internal_notes="Updated time")
    assert events(first, fixed, again) == [("03/06 17:00", "19:00", "Bryan Park", (form,))]
    for note in ("Use this one instead of my earlier submission", "2nd submission - fixed the times",
                 "This replaces my submission from this morning.", "Time change - now 1 to 3"):
        assert len(events(first, replace(fixed, internal_notes=note))) == 1, note
    moved = row(form, 3, "Kite Day", day + timedelta(days=1), "08:00", "10:00", location="Bryan Park",
                internal_notes="Resubmitting - wrong date on my first one")
    assert events(first, moved) == [("03/07 08:00", "10:00", "Bryan Park", (form,))]
    elsewhere = row(form, 3, "Kite Day", day, "08:00", "10:00", location="Westview Park",
                    internal_notes="Correction: location changed. Please disregard the first one")
    assert events(first, elsewhere) == [("03/06 08:00", "10:00", "Westview Park", (form,))]
    with_fire = replace(first, partners=("Fire",))
    untick = replace(fixed, internal_notes="Resubmitting - I checked Fire by mistake, and the right hours")
    assert events(with_fire, untick) == [("03/06 13:00", "15:00", "Bryan Park", (form,))]
    # (another day without a word of the date, another tab, a row above: nothing corrected)
    assert len(events(first, replace(moved, internal_notes="corrected time"))) == 2
    assert events(first, replace(moved, internal_notes="date was wrong on the first submission"))[0][0] == "03/07 08:00"
    # (a second README-only check) another department's row, and notes that correct no entry
    other = replace(fixed, department="Police", source=replace(fixed.source, tab="Police"), lead="Police")
    assert len(events(first, other)) == 2
    for note in ("Disregard the first slide deck, we have a new one.", "Fixed the times on the flyer, see attached",
                 "Not a correction - this is a separate session"):
        assert len(events(first, replace(fixed, internal_notes=note))) == 2, note
    form = replace(first, department=None, lead="Parks and Recreation", source=replace(first.source, tab="Form"))
    police_form = replace(fixed, department=None, lead="Police", source=replace(fixed.source, tab="Form"),
                          internal_notes="use this one instead")
    assert len(events(form, police_form)) == 2          # (a form's rows: whose is the Lead Department)


def test_a_department_a_later_row_says_is_out_is_counted_from_no_other_row(config):
    """A README-only check: the first response lists Parks; a second response of the same event
    says "Parks had to back out, still on otherwise" (its warning said "not counted"): the event
    still counted Parks through the first. A department a row's note says is out counts from no
    row of the event but its own."""
    day = date(2026, 10, 3)
    first = row("Fire", 2, "Fall Harvest Fest", day, "10:00", "13:00", location="Bryan Park",
                partners=("Parks and Recreation",))
    second = row("Fire", 3, "Fall Harvest Fest", day, "10:00", "13:00", location="Bryan Park",
                 held_out=("Parks and Recreation",))
    (event,) = merge_rows([first, second], config).events
    assert event.departments == ("Fire",)
    parks = row("Parks and Recreation", 2, "Fall Harvest Fest", day, "10:00", "13:00", location="Bryan Park")
    (event,) = merge_rows([first, second, parks], config).events        # (its own row: it is there)
    assert set(event.departments) == {"Fire", "Parks and Recreation"}


def test_a_later_response_postponing_to_its_own_date_moves_the_event_there(config):
    """Stop 53's helpers: a form's later response "POSTPONED - Touch a Truck" sent with the new
    date, 9/5, and the note "Rain forecast - moving it to 9/5", beside the first response on
    8/29, was published twice: Scheduled on 8/29 and Postponed on 9/5 (two joint events for
    one). The response naming its own date as the one the event moved to is the event there,
    Scheduled, and the first response's row joins it; a note naming another date, or a title
    that runs on more days, joins nothing."""
    from sheets_sync.model import RawTab
    from sheets_sync.validate import parse_tab
    h = ("Title", "Start Date", "Start Time", "End Time", "Location", "Lead Department", "Partner Departments",
         "Visibility", "Internal Notes")
    first = ("Touch a Truck", "8/29/2026", "10:00 AM", "12:00 PM", "Switchyard Park", "Fire", "Police", "Yes", "")
    later = ("POSTPONED - Touch a Truck", "9/5/2026", "10:00 AM", "12:00 PM", "Switchyard Park", "Fire", "Police",
             "Yes", "Rain forecast - moving it to 9/5")

    def events(*cells):
        rows, issues = parse_tab(RawTab("Form Responses 1", h, cells), config)
        result = merge_rows(rows, config)
        return sorted((e.title, e.start.strftime("%m/%d"), e.status.value, len(e.departments))
                      for e in result.events), [*issues, *result.issues]

    got, issues = events(first, later)
    assert got == [("Touch a Truck", "09/05", "Scheduled", 2)]
    assert [(i.row, i.column) for i in issues if "its new date" in i.problem] == [(3, "Title")]
    assert [(i.row, i.column) for i in issues if "gives this event a new date, 09/05/2026" in i.problem] == [
        (2, "Start Date")]
    # a note naming another date, no note, or a weekly programme: as before
    assert events(first, later[:-1] + ("Rain forecast - moving it to 9/12",))[0] == [
        ("Touch a Truck", "08/29", "Scheduled", 2), ("Touch a Truck", "09/05", "Postponed", 2)]
    # (with no note, sent later on a new date, it is the event there too: the test below)
    assert events(first, later[:-1] + ("",))[0] == [("Touch a Truck", "09/05", "Scheduled", 2)]
    weekly = [("Touch a Truck", f"8/{d}/2026", *first[2:]) for d in (15, 22)]
    assert [e[1] for e in events(*weekly, first, later)[0]] == ["08/15", "08/22", "08/29", "09/05"]


def test_a_form_tab_sorted_newest_first_is_read_in_the_order_it_was_sent(config):
    """Stop 53's helpers: staff sorted the form's responses newest first (Sheets' "Sort sheet Z
    → A" on Timestamp), so the resubmission correcting the first response's hours stood above
    it and corrected nothing (two events, at two times), and a later cancellation above the
    first response cancelled nothing. The Timestamp column says which response came later;
    without it, or with one response's Timestamp blank, the rows above count as older."""
    from datetime import datetime as dt
    from sheets_sync.model import RawTab
    from sheets_sync.validate import parse_tab
    h = ("Timestamp", "Title", "Start Date", "Start Time", "End Time", "Location", "Lead Department",
         "Partner Departments", "Visibility", "Internal Notes")
    resent = (dt(2026, 9, 3, 10, 12), "Bike Rodeo", "9/12/2026", "10:00 AM", "1:00 PM", "Bryan Park", "Police", "Fire",
              "Yes", "Resubmitting - my first one had the wrong time. It's 10-1, not 1-4")
    first = ("9/1/2026 9:00:00", "Bike Rodeo", "9/12/2026", "1:00 PM", "4:00 PM", "Bryan Park", "Police", "Fire",
             "Yes", "")
    off = ("8/20/2026 9:00:00", "CANCELLED - Canine Field Day", "8/23/2026", "10:00 AM", "12:00 PM", "Switchyard Park",
           "Police", "", "Yes", "Heat advisory - we're cancelling this one")
    planned = ("8/1/2026 9:00:00", "Canine Field Day", "8/23/2026", "10:00 AM", "12:00 PM", "Switchyard Park",
               "Police", "", "Yes", "")

    def events(header, *cells):
        rows, _ = parse_tab(RawTab("Form Responses 1", header, cells), config)
        return sorted((e.title, e.start.strftime("%H:%M"), e.status.value) for e in merge_rows(rows, config).events)

    assert events(h, resent, first, off, planned) == [("Bike Rodeo", "10:00", "Scheduled"),
                                                      ("Canine Field Day", "10:00", "Cancelled")]
    # in the form's own order (oldest first) the same
    assert events(h, planned, first, off, resent) == events(h, resent, first, off, planned)
    # a response sent after the cancellation, saying it is back on, undoes it (newest first too)
    back = ("8/21/2026 8:00:00", "BACK ON - Canine Field Day", *planned[2:-1], "Heat advisory lifted, we're back on!")
    assert events(h, back, off, planned) == [("Canine Field Day", "10:00", "Scheduled")]
    assert events(h, planned, off, back) == [("Canine Field Day", "10:00", "Scheduled")]
    # ... not one sent before the cancellation
    early = ("8/19/2026 8:00:00", *back[1:])
    assert events(h, early, off, planned) == [("Canine Field Day", "10:00", "Cancelled")]
    from sheets_sync.parsing import back_on
    said = [("BACK ON - Canine Field Day", ""), ("Pet Expo (reinstated)", ""), ("UN-CANCELLED: Pet Expo", ""),
            ("Pet Expo", "Heat advisory lifted, we're back on!"), ("Pet Expo", "The event is on again.")]
    assert [back_on(t, n) for t, n in said] == [("Canine Field Day", True), ("Pet Expo", True), ("Pet Expo", True),
                                                ("Pet Expo", True), ("Pet Expo", True)]
    not_said = [("Back on Track 5K", ""), ("Back On The Trail Hike", ""), ("Pet Expo", "Get back on the trail"),
                ("Pet Expo", "We're back on track after the storm"), ("Pet Expo", "Bring the kids back on Friday")]
    assert [back_on(t, n)[1] for t, n in not_said] == [False] * len(not_said)
    # no Timestamp column (its header another's), or one response without one: the sheet's order
    untimed = ("Sent",) + h[1:]
    both = [("Bike Rodeo", "10:00", "Scheduled"), ("Bike Rodeo", "13:00", "Scheduled")]
    assert events(untimed, resent, first) == both
    assert events(h, ("",) + resent[1:], first, planned) == both + [("Canine Field Day", "10:00", "Scheduled")]


def test_a_later_response_on_a_new_date_moves_the_event_whatever_it_says(config):
    """A README-only check: later responses "POSTPONED - Junior Firefighter Day" (5/23, no note)
    beside the first response on 5/16, "RESCHEDULED - Bucket Brigade Race", "Sparky Story Hour -
    NEW DATE" and "Helmet Giveaway (rain date)" were published twice, the old date Scheduled and
    counted (the move inverted, or two events). The later response is the event on its new date,
    its marker taken out; the first one's row joins it, with a warning (moved up a week too). Not
    when the title runs weekly (which week moved?), nor when the later response adds a session,
    nor when the first row is cancelled."""
    from sheets_sync.model import RawTab
    from sheets_sync.validate import parse_tab
    h = ("Timestamp", "Title", "Start Date", "Start Time", "End Time", "Location", "Lead Department",
         "Partner Departments", "Visibility", "Internal Notes")
    place = "Fire Station 3, 302 Pine St"

    def response(sent, title, day, notes=""):
        return (sent, title, day, "10:00 AM", "1:00 PM", place, "Fire", "Police", "Yes", notes)

    def events(*cells):
        rows, _ = parse_tab(RawTab("Form Responses 1", h, cells), config)
        result = merge_rows(rows, config)
        return sorted((e.start.strftime("%m/%d"), e.status.value, e.title) for e in result.events), result.issues

    first = response("1/1/2026 9:00", "Junior Firefighter Day", "5/16/2026")
    for later, title in ((response("2/1/2026 9:00", "POSTPONED - Junior Firefighter Day", "5/23/2026"), None),
                         (response("2/1/2026 9:00", "RESCHEDULED - Junior Firefighter Day", "5/23/2026"), None),
                         (response("2/1/2026 9:00", "Junior Firefighter Day - NEW DATE", "5/23/2026"), None),
                         (response("2/1/2026 9:00", "Junior Firefighter Day (rain date)", "5/23/2026",
                                   "original date rained out"), None)):
        got, issues = events(first, later)
        assert got == [("05/23", "Scheduled", "Junior Firefighter Day")], later[1]
        assert [(i.row, i.column) for i in issues if "gives this event a new date" in i.problem] == [(2, "Start Date")]
    # newest first: the same
    assert events(response("2/1/2026 9:00", "POSTPONED - Junior Firefighter Day", "5/23/2026"), first)[0] == [
        ("05/23", "Scheduled", "Junior Firefighter Day")]
    # a weekly programme: which week moved? (as before: the later row stays Postponed on its date)
    weekly = [response(f"1/1/2026 9:0{k}", "Junior Firefighter Day", f"5/{d}/2026") for k, d in enumerate((9, 16))]
    got, _ = events(*weekly, response("2/1/2026 9:00", "POSTPONED - Junior Firefighter Day", "5/23/2026"))
    assert [(day, status) for day, status, _ in got] == [("05/09", "Scheduled"), ("05/16", "Scheduled"),
                                                         ("05/23", "Postponed")]
    # moved up a week (a README-only check: two events, one titled "RESCHEDULED - …"): linked too
    assert events(first, response("2/1/2026 9:00", "RESCHEDULED - Junior Firefighter Day", "5/9/2026"))[0] == [
        ("05/09", "Scheduled", "Junior Firefighter Day")]
    # a response adding a session (a README-only check: the first one had been moved away), or the
    # first one cancelled: not linked
    added = response("2/1/2026 9:00", "Junior Firefighter Day - NEW DATE", "5/23/2026",
                     "adding a second day, the 5/16 one stays")
    assert [day for day, *_ in events(first, added)[0]] == ["05/16", "05/23"]
    off = response("1/1/2026 9:00", "Junior Firefighter Day", "5/16/2026")[:-1] + ("CANCELLED - no crew",)
    assert len(events(off, response("2/1/2026 9:00", "RESCHEDULED - Junior Firefighter Day", "5/23/2026"))[0]) == 2


def test_a_microsoft_forms_export_is_read_by_its_questions(tmp_path):
    """A README-only check: a Microsoft Forms export opens with its own columns, "ID", "Start
    time" (when the form was opened), "Completion time", "Email", "Name" (the respondent); the
    event was published as "Ofc A" at 10:01, the export's "Start time" and "Name" beating the
    questions "Event Name" and "Event start time" mapped in source.column_aliases. Those columns
    are the export's; "Completion time" orders the responses (a resubmission above the first)."""
    from sheets_sync.config import config_from_dict
    from sheets_sync.model import RawTab
    from sheets_sync.validate import header_map, parse_tab
    from tests.conftest import base_config_dict
    data = base_config_dict(tmp_path)
    data["source"]["column_aliases"] = {"Title": ["Event Name", "Name"], "Start Date": ["Event Date"],
                                        "Start Time": ["Event start time"], "End Time": ["Event end time"],
                                        "Location": ["Location / Address"],
                                        "Lead Department": ["Submitting Department"],
                                        "Visibility": ["Open to the public?"],
                                        "Internal Notes": ["Anything else we should know?"]}
    forms = config_from_dict(data, base_dir=tmp_path)
    h = ("ID", "Start time", "Completion time", "Email", "Name", "Submitting Department", "Event Name", "Event Date",
         "Event start time", "Event end time", "Location / Address", "Open to the public?",
         "Anything else we should know?")
    columns, duplicates = header_map(h, forms)
    assert (columns["Title"], columns["Start Time"], duplicates) == (6, 8, [])
    rows, _ = parse_tab(RawTab("Form1", h, (
        ("2", "2026-09-02 10:01:00", "2026-09-02 10:04:00", "p@x", "Ofc A", "Police", "Coffee with a Cop",
         "10/14/2026", "9:00 AM", "11:00 AM", "Bean There Cafe, 45 Main St", "Yes", "Resubmitting - wrong time"),
        ("1", "2026-09-01 14:30:00", "2026-09-01 14:33:00", "p@x", "Ofc A", "Police", "Coffee with a Cop",
         "10/14/2026", "1:00 PM", "3:00 PM", "Bean There Cafe, 45 Main St", "Yes", ""))), forms)
    (event,) = merge_rows(rows, forms).events
    assert (event.title, event.start.hour) == ("Coffee with a Cop", 9)
    # a sheet whose own columns are called so is read as before
    assert header_map(("Name", "Start time", "Event Date"), forms)[0]["Start Time"] == 1
