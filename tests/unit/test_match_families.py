"""One test per situation of issue 11, written in words, places and units that appear in
neither development set: the capability, not the examples it was built on."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from reports.measures import counted
from sheets_sync.merge import merge_rows, pair_key
from sheets_sync.model import Status
from sheets_sync.places import Gazetteer, common_area, compare_places, parse_place
from tests.unit.event_rows import TZ, groups, row
from tests.unit.test_merge_properties import CONFIG

DAY = date(2026, 5, 16)


def together(result, *labels) -> bool:
    return any(set(labels) <= g for g in groups(result))


def apart(result, a, b) -> bool:
    return not together(result, a, b)


# -- each department's own part of one event ---------------------------------------------------
def test_partners_log_what_they_bring_under_their_own_titles(config):
    host = row("Parks and Recreation", 2, "Harvest Moon Street Fair", DAY, "12:00", "18:00",
               location="Riverside Green", address="410 Mill Ave")
    engine = row("Fire", 5, "Engine 9 open cab", DAY, "13:00", "14:00", location="Riverside Green")
    booth = row("Emergency Communications", 3, "Text-to-911 demo booth", DAY, "12:00", "18:00",
                address="410 Mill Avenue")
    result = merge_rows([host, engine, booth], config)
    (event,) = result.events
    assert set(event.departments) == {"Parks and Recreation", "Fire", "Emergency Communications"}
    assert event.title == "Harvest Moon Street Fair"                # the host's row, the longest
    assert all(any("match weight" in m for m in e.matched) for e in event.evidence)


def test_a_row_that_says_it_is_no_part_of_the_other_event_stays_apart(config):
    """Two departments at one café at the same hours are one event by the matcher's weights
    — unless one row says it is not: "not part of", "separate from", "independent of" the
    other's event (a helper's check: a HEART table beside Coffee with a Cop had merged)."""
    cafe = dict(location="Lantern Coffee House", address="18 Dock St")
    talk = row("Police", 4, "Donuts with Deputies", DAY, "08:00", "10:00", **cafe)
    for said, kept_apart in (("Our own table, separate from Donuts with Deputies.", True),
                             ("Not part of the donuts event with deputies.", True),
                             ("Independent of the county's Donuts with Deputies.", True),
                             ("Separate from Donuts with Deputies this year.", True),
                             ("Not part of Donuts with Deputies - we have our own permit.", True),
                             ("Separate from the book club; also not part of Donuts with Deputies.", True),
                             ("Not part of the Tuesday book club.", False),      # another event named
                             ("Not separate from Donuts with Deputies.", False),
                             ("Not part of the Donuts with Deputies raffle.", False),  # the raffle named
                             ("Outreach table; come by.", False)):
        table = row("Community Safety", 7, "Care Navigator Table", DAY, "08:00", "10:00", description=said, **cafe)
        result = merge_rows([talk, table], config)
        assert apart(result, "Police!4", "Community Safety!7") is kept_apart, said
        assert not result.review
    # nor does a third row at that table bring it in (a helper's check: one joint event of all three)
    table = row("Community Safety", 7, "Care Navigator Table", DAY, "08:00", "10:00",
                description="Separate from Donuts with Deputies.", **cafe)
    other = row("Fire", 9, "Care Navigator Table", DAY, "08:00", "10:00", **cafe)
    result = merge_rows([talk, table, other], config)
    assert together(result, "Community Safety!7", "Fire!9") and apart(result, "Police!4", "Community Safety!7")


def test_a_visit_with_no_place_on_an_evening_of_two_parties_is_asked_about_both(config):
    """One party's title ends in its own place's name (left out when titles are compared), the
    other's in a neighbourhood's: the placeless visit agreed better with the first and joined
    it, a joint event by a coin toss (a helper's check). It is asked about both now."""
    lake = row("Police", 2, "Summer Block Party - Lakeview", DAY, "17:00", "20:00",
               location="Lakeview Commons", address="40 Shore Rd")
    ridge = row("Police", 3, "Summer Block Party - Eastgate Heights", DAY, "17:00", "20:00",
                location="Ridge Park", address="900 Ridge Ave")
    visit = row("Fire", 6, "Ladder 4 Summer Block Party visit", DAY, "18:30", "19:00")
    result = merge_rows([lake, ridge, visit], config)
    assert apart(result, "Fire!6", "Police!2") and apart(result, "Fire!6", "Police!3")
    asked = {frozenset((str(p.a.source), str(p.b.source))) for p in result.review}
    assert asked == {frozenset(("Fire!6", "Police!2")), frozenset(("Fire!6", "Police!3"))}
    # with its place named, in its place column or in its title, the visit joins its party
    placed = replace(visit, location="Lakeview Commons")
    assert together(merge_rows([lake, ridge, placed], config), "Fire!6", "Police!2")
    titled = replace(visit, title="Ladder 4 at Lakeview Summer Block Party")
    assert together(merge_rows([lake, ridge, titled], config), "Fire!6", "Police!2")


def test_a_visit_naming_part_of_a_title_two_events_share_is_asked_about_both(config):
    """A placeless "Medic 3 harvest social stop" joined the only "Autumn Harvest Social" that
    evening, but joined none, unasked, once a second one was typed at another place (a
    helper's check): one of the few events it names, staff are asked which."""
    first = row("Police", 2, "Autumn Harvest Social", DAY, "16:00", "19:00", location="Elm Street Pavilion")
    second = row("Parks and Recreation", 5, "Autumn Harvest Social", DAY, "16:00", "19:00",
                 location="Birch Hollow Shelter")
    visit = row("Fire", 8, "Medic 3 harvest social stop", DAY, "17:00", "17:30")
    assert together(merge_rows([first, visit], config), "Fire!8", "Police!2")
    result = merge_rows([first, second, visit], config)
    assert groups(result) == {frozenset({"Police!2"}), frozenset({"Parks and Recreation!5"}), frozenset({"Fire!8"})}
    asked = {frozenset((str(p.a.source), str(p.b.source))) for p in result.review}
    assert asked == {frozenset(("Fire!8", "Police!2")), frozenset(("Fire!8", "Parks and Recreation!5"))}
    assert all("one of the few events that day named" in " ".join(p.verdict.matched) for p in result.review)


def test_a_visit_naming_the_words_every_such_event_uses_joins_the_only_one_that_day(config):
    """"Engine 9 NNO visit" with no place joined no National Night Out party, not even the
    night's only one, and was not asked (a helper's check): words every such event uses
    ("community safety fair" of a "Spring Community Safety Fair") name it on a day few rows
    use them."""
    fair = row("Police", 2, "Spring Community Safety Fair", DAY, "11:00", "15:00", location="Ridgeview Commons")
    visit = row("Fire", 8, "Tower 6 community safety fair stop", DAY, "12:00", "12:30")
    assert together(merge_rows([fair, visit], config), "Fire!8", "Police!2")
    second = row("Parks and Recreation", 5, "Spring Community Safety Fair", DAY, "11:00", "15:00",
                 location="Lakeside Lawn")
    result = merge_rows([fair, second, visit], config)
    assert apart(result, "Fire!8", "Police!2") and apart(result, "Fire!8", "Parks and Recreation!5")
    assert len(result.review) == 2
    many = [row("Parks and Recreation", n, "Spring Community Safety Fair", DAY, "11:00", "15:00",
                location=f"Park {n}") for n in range(3, 8)]          # a day of many: asked about none
    result = merge_rows([fair, *many, visit], config)
    assert not [p for p in result.review if "Fire!8" in (str(p.a.source), str(p.b.source))]


def test_a_visit_naming_a_street_joins_the_party_on_that_street(config):
    """"Engine 9 visit - Maple St block party" with no place, beside two block parties typed
    by their corners (a helper's check): its title had been read as the address "9 Visit Maple
    St", a different address from both, and it joined neither, unasked. It joins the party on
    the street it names; named in the title of neither, it joins none."""
    night = date(2027, 8, 3)
    maple = row("Police", 2, "National Night Out Block Party", night, "17:00", "20:00",
                location="Juniper St & 3rd Ave")
    oak = row("Police", 3, "National Night Out Block Party", night, "17:00", "20:00", location="Oak Ave & 5th St")
    for title in ("Engine 9 visit - Juniper St block party", "Engine 9 at Juniper Street NNO",
                  "Engine 9 visit, Juniper St party"):
        visit = row("Fire", 4, title, night, "18:00", "18:30")
        result = merge_rows([maple, oak, visit], config)
        assert groups(result) == {frozenset({"Police!2", "Fire!4"}), frozenset({"Police!3"})}, title
        assert not result.review, title
    # a street neither party is on: no joint event, no question
    elsewhere = row("Fire", 4, "Engine 9 visit - Cypress St block party", night, "18:00", "18:30")
    result = merge_rows([maple, oak, elsewhere], config)
    assert len(result.events) == 3 and not result.review
    # two parties on the street it names: staff are asked
    corner = row("Police", 5, "National Night Out Block Party", night, "17:00", "20:00",
                 location="Juniper St & 9th Ave")
    visit = row("Fire", 4, "Engine 9 visit - Juniper St block party", night, "18:00", "18:30")
    result = merge_rows([maple, corner, visit], config)
    assert len(result.events) == 3 and len(result.review) == 2
    # a helper's check: the visit's title sharing no word with the party's ("block party" at
    # an NNO) had been read as naming another event; a party whose own title names its street
    # is joined by it, not the evening's other party whose title holds the visit's ("NNO")
    abbott = row("Police", 6, "Park Place NNO", night, "17:30", "21:30", address="7720 Abbott St")
    arlington = row("Police", 7, "Arlington National Night Out", night, "18:00", "20:00", address="2319 Arlington Ave")
    visit = row("Fire", 4, "Engine 9 visit - Abbott St block party", night, "18:30", "19:00")
    assert groups(merge_rows([abbott, arlington, visit], config)) == {
        frozenset({"Police!6", "Fire!4"}), frozenset({"Police!7"})}
    # a numbered street as the party's address writes it, or not ("S 22 St", "Second Ave")
    for title, address in (("Engine 9 visit - S 22 St", "49 S. 22nd ST"),
                           ("Engine 9 visit - Second Ave", "4915 2nd Ave")):
        party = row("Police", 6, "Southside NNO", night, "17:30", "21:30", address=address)
        visit = row("Fire", 4, title, night, "18:30", "19:00")
        assert together(merge_rows([party, arlington, visit], config), "Police!6", "Fire!4"), title
    tweed = row("Police", 6, "Tweed St. Annual NNO Block Party", night, "17:30", "21:30", address="1223 Tweed Street")
    visit = row("Fire", 4, "Engine 9 visit - Tweed St NNO", night, "18:30", "19:00")
    result = merge_rows([tweed, arlington, visit], config)
    assert groups(result) == {frozenset({"Police!6", "Fire!4"}), frozenset({"Police!7"})} and not result.review
    # … beside a garden club on Tweed St that evening: the NNO is the street's only one (a third
    # helper's check: it joined nothing, unasked); two NNOs on it: asked about both
    club = row("Parks and Recreation", 3, "Tweed Street Garden Club", night, "18:00", "20:00", address="1300 Tweed St")
    result = merge_rows([tweed, arlington, club, visit], config)
    assert together(result, "Police!6", "Fire!4") and len(result.events) == 3 and not result.review
    # naming the street only: each of the few places on it is asked about (a fourth helper's check)
    plain = replace(visit, title="Engine 9 visit - Tweed St")
    result = merge_rows([tweed, arlington, club, plain], config)
    assert len(result.events) == 4 and {frozenset((str(p.a.source), str(p.b.source))) for p in result.review} == {
        frozenset(("Police!6", "Fire!4")), frozenset(("Parks and Recreation!3", "Fire!4"))}
    cookout = replace(club, title="Tweed Street NNO Cookout", address="1400 Tweed St")
    result = merge_rows([tweed, arlington, cookout, visit], config)
    assert len(result.events) == 4 and {frozenset((str(p.a.source), str(p.b.source))) for p in result.review} == {
        frozenset(("Police!6", "Fire!4")), frozenset(("Parks and Recreation!3", "Fire!4"))}
    # a street of the address's name but another type is another street (a third helper's check)
    for title, address in (("Engine 13 visit - Second St", "4915 2nd Ave"),
                           ("Engine 9 visit - Lincoln St", "1551 Lincoln Ave")):
        party = row("Police", 6, "Hazelwood NNO", night, "17:30", "21:30", address=address)
        other = row("Fire", 4, title, night, "18:30", "19:00")
        assert len(merge_rows([party, arlington, other], config).events) == 3, title


def test_a_visit_on_a_street_of_two_parties_joins_the_one_its_title_names(config):
    """A fresh city's check: Fire's "Truck 16 - Avenue of Hope block party" typed at "Larimer
    Ave", with Parks' "Avenue of Hope NNO" at 200 Larimer Avenue and Police's "Community & Law
    Enforcement Fun" at 100 Larimer Avenue: a street holding two addresses that night weighed
    almost nothing, and the visit joined neither, unasked (typing the street lost the joint
    event it made with no place). Naming the party's event — also by its name alone, whose
    "Avenue" names the party's place too (a second helper's check) — it joins that party."""
    night = date(2027, 8, 3)
    party = row("Parks and Recreation", 2, "Avenue of Hope NNO", night, "16:00", "19:30",
                location="200 Larimer Avenue")
    picnic = row("Police", 2, "Community & Law Enforcement Fun", night, "13:00", "20:00",
                 location="100 Larimer Avenue")
    truck = row("Fire", 2, "Truck 16 - Avenue of Hope block party", night, "17:00", "17:45", location="Larimer Ave")
    for title in ("Truck 16 - Avenue of Hope block party", "Engine 15 visit - Avenue of Hope",
                  "Truck 16 @ Avenue of Hope"):
        named = replace(truck, title=title)
        assert groups(merge_rows([party, picnic, named], config)) == {
            frozenset({"Parks and Recreation!2", "Fire!2"}), frozenset({"Police!2"})}, title
    # naming neither, it joins neither
    stop = replace(truck, title="Truck 16 neighborhood stop")
    assert len(merge_rows([party, picnic, stop], config).events) == 3


def test_a_shift_on_one_day_of_a_festival_covers_that_days_hours(config):
    """A fresh city's check: Police's "Security detail - Riverfront Park" 11:30–8:30 on one
    day of Parks' ten-day "Three Rivers Arts Festival" (12–8 daily) there was neither merged
    nor asked, while the same row beside a one-day festival merges: the festival's hours that
    day are what a shift covers. At another place it stays apart."""
    fest = row("Parks and Recreation", 2, "Three Rivers Arts Festival", date(2027, 5, 28), "12:00", "20:00",
               location="Riverfront Park")
    fest = replace(fest, end=fest.end + timedelta(days=9))
    shift = row("Police", 3, "Security detail - Riverfront Park", date(2027, 6, 5), "11:30", "20:30",
                location="Riverfront Park", visibility="Internal")
    result = merge_rows([fest, shift], config)
    assert groups(result) == {frozenset({"Parks and Recreation!2", "Police!3"})}
    assert any("coverage around the other's hours that day" in m for e in result.events for ev in e.evidence
               for m in ev.matched)
    elsewhere = replace(shift, title="Security detail - Schenley Oval", location="Schenley Oval")
    assert len(merge_rows([fest, elsewhere], config).events) == 2


def test_an_address_in_a_title_is_typed_together(config):
    """A row with no place takes an address typed in its title ("NNO drop-by 250 Proctor St"),
    not a unit's number and the words after it across a dash or "at"."""
    from sheets_sync.matching import title_address
    found = {t: title_address(t, part) for t, part in (
        ("NNO drop-by 250 Proctor St", ""), ("Engine 9 at 250 Proctor St", "engine 9"),
        ("Ladder 3 visit to 400 Elm Street party", "ladder 3"), ("Block party, 1200 Hillcrest Dr.", ""),
        ("Engine 9 visit - Maple St block party", "engine 9"), ("Medic 4 standby, Oak Ave 5K", "medic 4"),
        ("Station 12 open house - Elm St", ""), ("Car 12 patrol Main St", "car 12"))}
    assert {t: (p.number, p.street) for t, p in found.items() if p} == {
        "NNO drop-by 250 Proctor St": ("250", "proctor st"), "Engine 9 at 250 Proctor St": ("250", "proctor st"),
        "Ladder 3 visit to 400 Elm Street party": ("400", "elm st"),
        "Block party, 1200 Hillcrest Dr.": ("1200", "hillcrest dr")}


def test_an_address_in_a_title_beside_an_area_names_the_party(config):
    """A helper's check: "Engine 24 at 49 S 22nd St block party" with Location "South Side" (an
    area, no address) is the party at 49 S. 22nd St, not its twin at 49 N. 22nd St."""
    night = date(2025, 8, 5)
    south = row("Police", 14, "Southside Flats NNO", night, "18:00", "20:00", address="49 S. 22nd St")
    north = row("Police", 15, "22nd Street Block Party", night, "18:00", "20:00", address="49 N. 22nd St")
    engine = row("Fire", 23, "Engine 24 at 49 S 22nd St block party", night, "19:00", "19:30",
                 location="South Side")
    result = merge_rows([south, north, engine], config)
    assert together(result, "Police!14", "Fire!23") and apart(result, "Police!15", "Fire!23")
    assert len(result.events) == 2


def test_an_address_without_its_street_type_after_at_in_a_title(config):
    """A second helper's check: "Ladder 11 walk-through @ 2700 California SW" and "Medic 28 stop
    @ 4716 S Holly" (no place typed) are the block parties at 2700 California Ave SW and 4716 S
    Holly St, not the next-door party at 4712 S Holly St; a business's name is no address."""
    from sheets_sync.matching import title_address
    day = date(2025, 7, 19)
    party = row("Parks and Recreation", 7, "Hiawatha Neighborhood Block Party", day, "17:00", "20:00",
                address="2700 California Ave SW")
    ladder = row("Fire", 5, "Ladder 11 walk-through @ 2700 California SW", day, "18:15", "18:45")
    holly = row("Police", 31, "Holly Street NNO Potluck", day, "18:00", "21:00", address="4716 S Holly St")
    next_door = row("Police", 32, "Holly St Block Party", day, "18:00", "21:00", address="4712 S Holly St")
    medic = row("Fire", 18, "Medic 28 stop @ 4716 S Holly", day, "19:00", "19:30")
    result = merge_rows([party, ladder, holly, next_door, medic], config)
    assert together(result, "Parks and Recreation!7", "Fire!5") and together(result, "Police!31", "Fire!18")
    assert len(result.events) == 3
    assert title_address("Meet at 10 Barrel Brewing") is None and title_address("Picnic at 7 Oaks Park") is None


def test_a_guest_session_makes_only_its_week_of_a_weekly_class_joint(config):
    weeks = [row("Parks and Recreation", 2 + n, "Tai Chi by the Lake", DAY + timedelta(weeks=n), "08:00", "09:00",
                 location="Lakeview Pavilion", address="77 Shore Dr") for n in range(4)]
    guest = row("Police", 9, "Scam awareness chat at Tai Chi by the Lake", DAY + timedelta(weeks=2), "08:15",
                "08:45", location="Lakeview Pavilion")
    result = merge_rows([*weeks, guest], config)
    assert len(result.events) == 4
    assert together(result, "Parks and Recreation!4", "Police!9")
    assert sum(e.is_joint for e in result.events) == 1


def test_a_drop_by_named_by_cross_streets_or_neighbourhood_joins_its_own_party(config):
    night = date(2026, 8, 4)
    streets = ["Magnolia Ave", "Birch St", "Cedar Ln", "Dogwood Dr", "Hickory Rd", "Laurel St"]
    parties = [row("Police", 2 + n, "National Night Out", night, "17:30", "20:30", address=f"{215 + 40 * n} {s}")
               for n, s in enumerate(streets)]
    parties.append(row("Police", 20, "Oakdale Cookout (National Night Out)", night, "17:30", "20:30",
                       address="88 Quarry Rd"))
    ladder = row("Fire", 2, "Ladder 4 stop (NNO)", night, "18:30", "19:00", location="Magnolia Ave & 3rd St")
    table = row("Community Safety", 2, "Crisis team table - NNO", night, "17:30", "19:00", location="Oakdale cookout")
    result = merge_rows([*parties, ladder, table], config)
    assert together(result, "Police!2", "Fire!2")                   # 215 Magnolia Ave
    assert together(result, "Police!20", "Community Safety!2")       # Oakdale
    assert len(result.events) == len(parties)


def test_the_flagship_staffing_row_all_day_row_and_info_point_are_one_event(config):
    day = date(2026, 10, 3)
    rows = [row("Police", 2, "Fall Safety Fest", day, "10:00", "15:00", location="Central Commons",
                address="500 Main St"),
            row("Emergency Communications", 2, "Staffing - Fall Safety Fest", day, "07:00", "17:00",
                location="Central Commons", address="500 Main St", visibility="Internal"),
            row("Parks and Recreation", 2, "Fall Safety Fest", day, location="Central Commons"),
            row("Community Safety", 2, "Resource info point @ Safety Fest", day, "11:00", "14:00",
                address="500 Main Street")]
    result = merge_rows(rows, config)
    assert len(result.events) == 1 and len(result.events[0].departments) == 4
    assert not result.events[0].all_day


# -- places ------------------------------------------------------------------------------------
def test_one_place_written_two_ways():
    same = [("", "1200 M. L. King Jr Blvd", "", "1200 Martin Luther King Jr Boulevard"),
            ("", "3300 US Route 70", "", "3300 Hwy 70, Durham NC 27705"),
            ("", "4410-B Oak St", "", "4410 Oak Street, Suite B"),
            ("Elm St / 5th Ave", "", "5th Ave and Elm St", ""),
            ("", "920 Rivers Rd", "", "920 W Rivers Rd"),               # a direction dropped
            # a numbered street without its ordinal (a fresh city's check: "49 S 22 St" beside
            # "49 S. 22nd ST, 15203" was another address, and the joint event was missed)
            ("", "49 S. 22nd ST, 15203", "", "49 S 22 St"), ("S 22nd St & E Carson St", "", "22 St & Carson", ""),
            ("", "1400 block of W 3rd Ave", "", "1400 blk W 3 Ave")]
    for la, aa, lb, ab in same:
        assert compare_places(parse_place(la, aa), parse_place(lb, ab))[0] == "same address", (la, aa, lb, ab)
    assert compare_places(parse_place("", "12 N Elm St"), parse_place("", "12 S Elm St"))[0] == "different address"
    assert parse_place("", "PO Box 4410").blank                        # a mailing address is no place
    assert compare_places(parse_place("", "49 S 22 St"), parse_place("", "49 S 23rd St"))[0] == "different address"
    # a numbered street and a numbered avenue or place of one number cross: two places (a helper's check)
    for a, b in (("49 S 22nd St", "49 S 22 Ave"), ("100 W 11th St", "100 W 11th Pl")):
        assert compare_places(parse_place("", a), parse_place("", b))[0] == "different address", (a, b)
    saint = parse_place("", "120 St Marys Rd")                         # "St" a saint, not a street type
    assert (saint.number, saint.street) == ("120", "st marys rd")


def test_a_venue_shortened_to_its_initials(config):
    """v23: Police typed "American Tobacco Trail - Morehead Ave trailhead", Community Safety "ATT
    trailhead at Morehead Ave" for the same weekly walk, so four joint Saturdays were counted as
    none. A venue word of three to five letters that are the initials of consecutive words of
    the other venue is those words, also in a venue typed "at" a street; two letters, or a
    word of places or streets of its own, are not read so."""
    same = [("Lakewood Community Center", "LCC"), ("Riverside Veterans Memorial Park", "RVM Park"),
            ("Greenway Heritage Trail - Oak Ave entrance", "GHT entrance at Oak Ave")]
    for x, y in same:
        assert compare_places(parse_place(x, ""), parse_place(y, ""))[0] == "same venue", (x, y)
    for x, y in [("Bryan Park", "BP"), ("Lakewood Community Center", "Lakewood Church"),
                 ("Avery Village Estates", "Ave Center"),
                 # initials standing for part of a name with words of its own (v27: "MCC Exhibit
                 # Hall" / "Monroe County Courthouse", "Stone Belt Arc" / "American Red Cross")
                 ("Harbor Arts Center", "HAC Annex Gallery"), ("North Ridge Trail", "Westgate NRT Lot"),
                 ("Riverside Police Precinct 2", "RPP 6"),            # numbered places of one name
                 # v28: a park and a community centre of one name; a word typed as a word ("The Elm")
                 ("Rosa Parks Community Center", "RP Park"), ("Carver Memorial Community Center", "CMC Park"),
                 ("Eastside Learning Museum", "The Elm")]:
        assert compare_places(parse_place(x, ""), parse_place(y, ""))[0] != "same venue", (x, y)
    day = date(2027, 9, 4)
    walk = row("Police", 2, "Walk & Talk with Officers", day, "08:00", "09:00",
               location="Greenway Heritage Trail - Oak Ave entrance")
    talk = row("Community Safety", 2, "Walk and Talk", day, "08:00", "09:00", location="GHT entrance at Oak Ave")
    assert groups(merge_rows([walk, talk], config)) == {frozenset({"Police!2", "Community Safety!2"})}


def test_a_location_with_a_house_number_and_a_zip_is_an_address_without_a_street_type():
    """Pittsburgh's real 2025 National Night Out list types one block party's place "201
    Chalfont, 15210" and "201 Chalfont St, 15210" (v29 P5): a Location starting with a house
    number and ending with a ZIP is an address even without its street type. Another house
    number is another place; a venue's number before a ZIP stays the venue's."""
    same = compare_places(parse_place("201 Chalfont, 15210", ""), parse_place("201 Chalfont St, 15210", ""))
    assert same[0] == "same address"
    other = compare_places(parse_place("203 Chalfont, 15210", ""), parse_place("201 Chalfont St", ""))
    assert other[0] == "different address"
    assert parse_place("Station 5, 27701", "").venue == "station 5"
    assert parse_place("201 Chalfont", "").number == ""        # no ZIP: a name that may be a venue's


def test_a_venue_then_its_street_and_a_streets_initials(config):
    """v31 E12: Fire typed a store "Walmart (MLK Pkwy)", Police "Walmart", 1010 Martin Luther
    King Jr Pkwy, for one "Shop with a Cop" morning; the whole was read as a street "Walmart MLK
    Pkwy" and the two as different addresses, Police's other store (Target) the same hours. A
    venue's name then a street without a number is the venue on that street, and a street
    named by its initials ("MLK") is that street."""
    walmart = parse_place("Walmart", "1010 Martin Luther King Jr Pkwy")
    assert compare_places(parse_place("Walmart (MLK Pkwy)", ""), walmart)[0] == "same venue"
    assert compare_places(parse_place("Walmart (MLK Pkwy)", ""), parse_place("Target", "3500 Mt Moriah Rd"))[0] \
        not in ("same venue", "same address")
    assert compare_places(parse_place("", "200 MLK Blvd"), parse_place("", "200 Martin Luther King Jr Blvd"))[0] \
        == "same address"
    assert compare_places(parse_place("", "200 MLK Blvd"), parse_place("", "200 Main St"))[0] == "different address"
    day = date(2027, 12, 11)
    target = row("Police", 2, "Shop with a Cop", day, "08:00", "11:00", location="Target", address="3500 Mt Moriah Rd")
    store = row("Police", 3, "Shop with a Cop", day, "08:00", "11:00", location="Walmart",
                address="1010 Martin Luther King Jr Pkwy")
    fire = row("Fire", 2, "Shop with a Cop - Engine 1 helps", day, "08:00", "11:00", location="Walmart (MLK Pkwy)")
    assert groups(merge_rows([target, store, fire], config)) == {frozenset({"Police!2"}),
                                                                  frozenset({"Police!3", "Fire!2"})}


def test_a_venue_written_as_one_word_or_as_a_firehouse(config):
    """v29 S12, D16: King County's 911 centre typed "Valley Com" and "ValleyCom", a station typed
    "Fire Station 14" and "Firehouse 14" (and v27's "DPD HQ"): one venue each, so a K9 demo
    inside the centre's open house hours, and a Police demo inside the station's, were counted
    apart. Another station's
    number, or a different word run together, still names another place."""
    for x, y in [("Valley Com", "ValleyCom"), ("Park Side Commons", "Parkside Commons"),
                 ("Valley Com Dispatch Center", "ValleyCom"),          # v30 N1: a word more
                 ("Fire Station 14", "Firehouse 14"), ("Station 14", "Firehall 14"),
                 # v27: "HQ" is headquarters, also after a department's initials
                 ("Police HQ", "Police Headquarters"), ("DPD HQ", "Durham Police Department Headquarters"),
                 # v34, v38: a station and a market shortened, a building's grounds
                 ("FS1", "Fire Station 1"), ("Stn 3", "Station 3"), ("Farmers Mkt", "Farmers Market"),
                 ("Station 7 parking lot", "Fire Station 7")]:
        assert compare_places(parse_place(x, ""), parse_place(y, ""))[0] == "same venue", (x, y)
    for x, y in [("Fire Station 14", "Firehouse 12"), ("Valley Com", "ValleyCo Storage"),
                 ("Fire HQ", "Police Headquarters"), ("DFD HQ", "Durham Police Department Headquarters")]:
        assert compare_places(parse_place(x, ""), parse_place(y, ""))[0] != "same venue", (x, y)
    day = date(2026, 10, 10)
    house = row("Fire", 2, "Station 14 Open House", day, "10:00", "14:00", location="Fire Station 14",
                address="1300 Cook Rd")
    demo = row("Police", 2, "McGruff + K9 demo", day, "12:00", "12:30", location="Firehouse 14")
    assert groups(merge_rows([house, demo], config)) == {frozenset({"Fire!2", "Police!2"})}


def test_venue_in_one_row_address_in_the_other_learned_from_the_sheet(config):
    day = date(2026, 2, 7)
    both = row("Fire", 2, "Hose Safety Talk", date(2026, 1, 9), "10:00", "11:00", location="Station 12 Bay",
               address="640 Alder Rd")
    venue = row("Fire", 3, "Space Heater Q&A", day, "18:00", "19:30", location="Station 12 Bay")
    address = row("Police", 3, "Space Heater Q&A", day, "18:00", "19:30", address="640 Alder Road")
    result = merge_rows([both, venue, address], config)
    assert together(result, "Fire!3", "Police!3")
    # the same pair with nothing that places the venue, and a different address elsewhere: apart
    other = row("Police", 4, "Space Heater Q&A", day, "18:00", "19:30", address="12 Birch Ln")
    elsewhere = row("Fire", 5, "Space Heater Q&A", day, "18:00", "19:30", location="Maple Lodge")
    placed = config.model_copy(update={"matching": config.matching.model_copy(
        update={"places": {"Maple Lodge": "77 Spruce Ct"}})})
    assert apart(merge_rows([other, elsewhere], placed), "Police!4", "Fire!5")



def test_a_venue_takes_no_address_from_another_kind_of_place_of_one_name(config):
    """A fresh city's check: "Eastgate Park, 2300 Mercer Ave" (another day) had lent its address
    to Fire's "Eastgate Library", which then stood at another address than the fair at
    "Riverton Public Library - Eastgate Branch, 2200 Mercer Ave" and stayed apart, unasked."""
    day = date(2026, 3, 14)
    fair = row("Emergency Management", 2, "Spring Preparedness Fair", day, "10:00", "14:00",
               location="Riverton Public Library - Eastgate Branch", address="2200 Mercer Ave", partners=("Fire",))
    booth = row("Fire", 2, "Smoke alarm sign-ups @ Prep Fair", day, "10:00", "14:00", location="Eastgate Library")
    cookout = row("Community Safety", 2, "Community Cookout - Eastgate", date(2026, 5, 30), "16:00", "19:00",
                  location="Eastgate Park", address="2300 Mercer Ave")
    assert together(merge_rows([fair, booth, cookout], config), "Emergency Management!2", "Fire!2")
    # a place of the same kind still takes the address: "Eastgate Park" typed alone
    picnic = row("Parks and Recreation", 3, "Spring Picnic", day, "16:00", "19:00", location="Eastgate Park")
    other = row("Police", 3, "Spring Picnic", day, "16:00", "19:00", address="2300 Mercer Ave")
    assert together(merge_rows([picnic, other, cookout], config), "Parks and Recreation!3", "Police!3")


def test_titles_each_naming_its_own_place_are_two_events(config):
    """A fresh city's check: "Heron Point NNO Block Party" at Heron Point Park and "Willow Bend
    NNO Block Party" on the 1200 block of Willow Bend Rd had merged, title 100: the words naming
    each row's own place are left out of its title, which left both "NNO Block Party"."""
    day = date(2026, 8, 4)
    heron = row("Police", 2, "Heron Point NNO Block Party", day, "18:00", "20:30", location="Heron Point Park")
    willow = row("Community Safety", 2, "Willow Bend NNO Block Party", day, "18:00", "20:00",
                 location="1200 blk Willow Bend Rd")
    assert apart(merge_rows([heron, willow], config), "Police!2", "Community Safety!2")
    # one title naming its place, the other none: still one party
    plain = row("Community Safety", 3, "NNO Block Party", day, "18:00", "20:00", location="1200 blk Heron Point Rd")
    assert together(merge_rows([heron, plain], config), "Police!2", "Community Safety!3")


def test_a_title_with_no_place_naming_another_neighbourhood_is_asked_about(config):
    """A fresh city's check: "Heron Point NNO Block Party" with no Location and "Gull Creek NNO
    Block Party" at Gull Creek Park became one party, unasked, even in one tab: the placed
    row's place words are left out of its title, which left the placeless title around it.
    Now a question where the words it adds read as a place's name (a neighbourhood's, a
    street's: "Ridge", "Point", "St."); a placeless title that adds words of its own ("Annual",
    "Kids Crafts", "Rain or Shine") still joins, and so does one naming the other's place or a
    partner's unit."""
    day = date(2026, 9, 18)
    placed = row("Fire", 4, "Maple Hollow Harvest Block Party", day, "17:00", "19:30", location="Maple Hollow Commons")
    for tab in ("Police", "Fire"):
        other = row(tab, 6, "Tanager Ridge Harvest Block Party", day, "17:00", "19:30")
        result = merge_rows([placed, other], config)
        assert len(result.events) == 2, tab
        assert [{str(p.a.source), str(p.b.source)} for p in result.review] == [{"Fire!4", f"{tab}!6"}]
        assert "names another place than the other (ridge tanager)" in " ".join(result.review[0].verdict.matched)
    street = row("Police", 6, "Linden Ave Harvest Block Party", day, "17:00", "19:30")
    assert len(merge_rows([placed, street], config).review) == 1
    # (words of its own, not a place's: an adversarial helper's check had each asked about)
    for title in ("Harvest Block Party", "Annual Harvest Block Party", "Maple Hollow Harvest Block Party",
                  "Ladder 31 at Harvest Block Party", "Kids Crafts Harvest Block Party", "Autumn Harvest Block Party",
                  "Harvest Block Party (Rain or Shine)", "Hot Dogs & Lemonade Harvest Block Party"):
        joining = row("Police", 6, title, day, "17:00", "19:30")
        result = merge_rows([placed, joining], config)
        assert together(result, "Fire!4", "Police!6") and not result.review, title



def test_one_kind_of_event_at_one_place_at_overlapping_hours_is_asked_about(config):
    """A fresh city's check: Police's "Drug Take Back Day" 9–1 at its headquarters and
    Community Safety's "Prescription Disposal Day" 10–2 at "RPD HQ" were neither merged nor
    asked (one kind of event counts only at hours that agree); now a question. At another
    place, still nothing."""
    day = date(2026, 4, 25)
    police = row("Police", 2, "Drug Take Back Day", day, "09:00", "13:00", location="Riverton Police Headquarters",
                 address="300 Harlan Blvd")
    safety = row("Community Safety", 2, "Prescription Disposal Day", day, "10:00", "14:00",
                 location="Riverton Police Headquarters")
    result = merge_rows([police, safety], config)
    assert len(result.events) == 2
    assert [{str(p.a.source), str(p.b.source)} for p in result.review] == [{"Police!2", "Community Safety!2"}]
    assert "both name one kind of event" in " ".join(result.review[0].verdict.matched)
    elsewhere = replace(safety, location="Eastside Library", address="")
    assert not merge_rows([police, elsewhere], config).review


# -- time --------------------------------------------------------------------------------------
def test_setup_hours_before_the_public_start(config):
    crew = row("Fire", 2, "Touch-a-Truck Saturday", DAY, "07:00", "13:00", address="19 Depot St",
               description="Crew arrives early to stage; gates open at 10 am")
    host = row("Parks and Recreation", 2, "Touch a Truck Saturday", DAY, "10:00", "13:00", address="19 Depot St")
    assert together(merge_rows([crew, host], config), "Fire!2", "Parks and Recreation!2")


def test_multi_day_event_by_day_in_one_tab_and_as_one_range_row_in_another(config):
    first = date(2026, 6, 22)
    days = [row("Parks and Recreation", 2 + n, "Junior Lifeguard Academy", first + timedelta(days=n), "09:00",
                "12:00", location="Northgate Aquatic Center") for n in range(3)]
    span = row("Fire", 2, "Junior Lifeguard Academy", first, "09:00", "12:00", location="Northgate Aquatic Center")
    from dataclasses import replace
    span = replace(span, end=span.end + timedelta(days=2))
    result = merge_rows([*days, span], config)
    (event,) = result.events
    assert event.start == span.start and event.end == span.end and event.is_joint


def test_an_event_moved_to_its_rain_date_in_one_tab_only(config):
    old = row("Police", 2, "Kite Day on the Hill", date(2026, 4, 11), "13:00", "16:00", location="Observatory Hill",
              status=Status.POSTPONED)
    new = row("Parks and Recreation", 2, "Kite Day on the Hill", date(2026, 4, 18), "13:00", "16:00",
              location="Observatory Hill", description="Rescheduled because of wind - originally 4/11")
    result = merge_rows([old, new], config)
    (event,) = result.events
    assert event.start == new.start and event.is_joint
    assert any(i.tab == "Police" and i.column == "Start Date" and "2026-04-18" in i.action for i in result.issues)
    # without the sentence naming the original date, staff are asked, with both dates
    plain = replace_description(new, "")
    asked = merge_rows([old, plain], config)
    assert len(asked.events) == 2 and len(asked.review) == 1
    assert "2026-04-11" in asked.review[0].verdict.matched[-1] and "2026-04-18" in asked.review[0].verdict.matched[-1]


def test_a_rain_date_named_as_staff_shorten_it_or_on_a_street(config):
    """A helper's check: "orig. 10/25" names the original date as "originally 10/25" does, and
    a walk placed on a street only ("Lorenz Avenue") joins the partner's row on the date the
    moved row names ("RAIN DATE - was May 2."); on a street with no date named, nothing."""
    old = row("Fire", 3, "Harvest Hayride - fire safety wagon", date(2025, 10, 25), "15:00", "18:00",
              location="Sandy Creek Park")
    new = row("Parks and Recreation", 12, "Harvest Hayride", date(2025, 10, 26), "15:00", "18:00",
              location="Sandy Creek Park", description="Rescheduled due to weather (orig. 10/25).")
    (event,) = merge_rows([old, new], config).events
    assert event.start == new.start and event.is_joint
    walk = row("Fire", 18, "Safe Streets Walk and Talk", date(2026, 5, 2), "10:00", "12:00", location="Lorenz Avenue")
    moved = row("Community Safety", 24, "Safe Streets Walk & Talk", date(2026, 5, 9), "10:00", "12:00",
                location="Lorenz Ave (Chartiers to Lakewood)", description="RAIN DATE - was May 2.")
    (event,) = merge_rows([walk, moved], config).events
    assert event.start == moved.start and event.is_joint
    unnamed = merge_rows([walk, replace_description(moved, "Rain date.")], config)
    assert len(unnamed.events) == 2 and not unnamed.review
    # "rain date from 8/22" in the title, the partner's 8/22 row Postponed (a second helper's check)
    film = row("Police", 36, "Movie in the Park", date(2025, 8, 22), "20:00", "22:00", location="Volunteer Park",
               status=Status.POSTPONED)
    later = row("Parks and Recreation", 36, "Movie in the Park (rain date from 8/22)", date(2025, 8, 29), "20:00",
                "22:00", location="Volunteer Park")
    (event,) = merge_rows([film, later], config).events
    assert event.start == later.start and event.is_joint


def test_a_rain_date_titled_otherwise_than_the_row_called_off_on_the_first_date(config):
    """A third fresh helper's check: Parks' "Movies Under the Stars: Moana" on 8/23, "Moved from
    Fri 8/22", and Police's Postponed "Movie night - Central Park" on 8/22 at the same address
    and hours were two events: one event now on 8/23 (the titles share "movie"); a row of no
    shared word there ("Coffee with a Cop" postponed) is asked about, not merged."""
    called_off = row("Police", 20, "Movie night - Central Park", date(2025, 8, 22), "20:00", "22:00",
                     address="501 Foster St", status=Status.POSTPONED)
    moved = row("Parks and Recreation", 30, "Movies Under the Stars: Moana", date(2025, 8, 23), "20:00", "22:00",
                location="Durham Central Park", address="501 Foster St", description="Moved from Fri 8/22 (storms).")
    (event,) = merge_rows([called_off, moved], config).events
    assert event.start == moved.start and event.is_joint
    coffee = replace(called_off, title="Coffee with a Cop")
    asked = merge_rows([coffee, moved], config)
    assert len(asked.events) == 2 and len(asked.review) == 1
    # … nor when the first row is not called off
    assert not merge_rows([replace(called_off, status=Status.SCHEDULED), moved], config).review


def test_a_partners_part_left_on_the_date_its_host_moved_from(config):
    """A third fresh helper's check: Community Safety's "Community Block Party - HEART table" on
    9/6 and Parks' "Bimbe Weekday Event: Community Block Party (RAIN DATE)" on 9/7 at Lyon Park,
    same hours, were two events: the table joins the party on 9/7; with the host's own 9/6 row
    there too, the table is that row's."""
    table = row("Community Safety", 11, "Community Block Party - HEART table", date(2025, 9, 6), "15:00", "18:00",
                location="Lyon Park")
    moved = row("Parks and Recreation", 31, "Bimbe Weekday Event: Community Block Party (RAIN DATE)",
                date(2025, 9, 7), "15:00", "18:00", location="Lyon Park", address="1309 Halley St")
    (event,) = merge_rows([table, moved], config).events
    assert event.start == moved.start and event.is_joint
    first = replace(moved, source=replace(moved.source, row=30), title="Bimbe Weekday Event: Community Block Party",
                    start=table.start, end=table.end)
    result = merge_rows([table, moved, first], config)
    assert together(result, "Community Safety!11", "Parks and Recreation!30") and len(result.events) == 2


def test_a_visit_at_an_event_at_its_own_hours_left_on_the_date_the_event_moved_from(config):
    """v47: Fire's "Truck at Fall Fest" 12–2 on 9/13 and Parks' "Fall Fest (moved from 9/13 -
    rain)" 11–4 on 9/20 at Ballard Commons were two events: the visit's title places it at the
    fest (no unit named) and it starts an hour after the fest, inside its hours. It joins the
    fest on 9/20; a visit at hours outside the fest's stays apart."""
    truck = row("Fire", 18, "Truck at Fall Fest", date(2025, 9, 13), "12:00", "14:00", location="Ballard Commons")
    fest = row("Parks and Recreation", 19, "Fall Fest (moved from 9/13 - rain)", date(2025, 9, 20), "11:00", "16:00",
               location="Ballard Commons Park")
    (event,) = merge_rows([truck, fest], config).events
    assert event.start == fest.start and event.is_joint
    late = replace(truck, start=truck.start.replace(hour=17), end=truck.end.replace(hour=18))
    assert len(merge_rows([late, fest], config).events) == 2


def test_a_move_written_in_internal_notes_links_the_row_left_on_the_old_date(config):
    """v48: Police's "Trunk or Treat" on 10/31 said "moved from 10/30 - rain" in Internal Notes
    only; Parks' entry stayed on 10/30. The two were two events, and the stale one counted as
    joint on a day nothing happened. The notes are read for a move as the description is."""
    parks = row("Parks and Recreation", 29, "Trunk or Treat", date(2025, 10, 30), "17:30", "19:30",
                location="Banneker Community Center")
    police = row("Police", 20, "Trunk or Treat", date(2025, 10, 31), "17:30", "19:30",
                 location="Banneker Community Center", internal_notes="moved from 10/30 - rain")
    (event,) = merge_rows([parks, police], config).events
    assert event.start == police.start and event.is_joint
    assert len(merge_rows([parks, replace(police, internal_notes="")], config).events) == 2


def test_a_table_at_an_event_named_before_its_dash_left_on_the_date_the_host_moved_from(config):
    """v49: Police's "NORTHSIDE TOWN HALL" on 2/12, "Moved from 2/10 because of the council
    budget session"; the 911 center's "Twn Hall - 911 info tbl (Northside)" left on 2/10 at the
    library: two events, the February joint event lost. "Twn" and "tbl" are read as Town and
    table, so the row is a table at the event its dash names, and it joins the town hall on
    2/12."""
    hall = row("Police", 35, "NORTHSIDE TOWN HALL", date(2026, 2, 12), "18:00", "19:30", location="NORTHSIDE LIBRARY",
               address="1500 N MAIN ST", description="Moved from 2/10 because of the council budget session")
    table = row("Emergency Communications", 10, "Twn Hall - 911 info tbl (Northside)", date(2026, 2, 10),
                "17:45", "19:30", location="Northside Library", address="1500 N Main St")
    (event,) = merge_rows([hall, table], config).events
    assert event.start == hall.start and event.is_joint


def test_a_rain_date_named_in_the_title_or_with_its_time_to_be_decided(config):
    """A verifier's forms: the move typed in the Title, and a moved row whose time is TBD
    (read as all day) naming the original date; both join the old-date row on the new date."""
    from dataclasses import replace
    old = row("Fire", 2, "Fall Festival", date(2026, 10, 10), "10:00", "14:00", location="Bethesda Park")
    new = row("Parks and Recreation", 3, "Fall Festival (rain date, originally 10/10)", date(2026, 10, 17),
              "10:00", "14:00", location="Bethesda Park")
    (event,) = merge_rows([old, new], config).events
    assert event.start == new.start and event.is_joint
    tbd = row("Parks and Recreation", 4, "Fall Festival", date(2026, 10, 17), location="Bethesda Park",
              description="Moved from 10/10, time to be announced")
    (event,) = merge_rows([old, tbd], config).events
    assert event.start == tbd.start and event.all_day and event.is_joint
    # an all-day row that names no original date is not linked to a timed row on another day
    assert len(merge_rows([old, replace(tbd, description="Rain date")], config).events) == 2


def test_a_weekly_session_named_as_moved_from_another_week_does_not_swallow_it(config):
    """A second verifier's case: Parks runs Youth Basketball Night on 1/8, 1/15 and 1/22;
    Police's one row on 1/15 says "(moved from 1/8)". Parks has its own 1/8 and 1/15 rows, so
    nothing of Parks' moved: three sessions stay, the 1/15 one joint."""
    nights = [row("Parks and Recreation", 2 + n, "Youth Basketball Night", date(2027, 1, 8 + 7 * n), "18:00",
                  "20:00", location="Eastside Rec Center") for n in range(3)]
    police = row("Police", 2, "Youth Basketball Night (moved from 1/8)", date(2027, 1, 15), "18:00", "20:00",
                 location="Eastside Rec Center")
    result = merge_rows([*nights, police], config)
    assert sorted((e.start.day, e.is_joint) for e in result.events) == [(8, False), (15, True), (22, False)]
    assert not [i for i in result.issues if i.column == "Start Date"]


def test_a_row_naming_the_date_its_event_moved_to_takes_its_partners_there(config):
    """A verifier's case: Parks marks its 8/13 row "Movie in the Park - RAINED OUT, moved to
    8/20" and types the 8/20 showing; Police's copy still says 8/13. Before, the rained-out
    night was published and counted as a joint event on 8/13 (Police's Scheduled outvoting
    Parks' Postponed) and the real showing on 8/20 as Parks' alone. Now one joint event on
    8/20; Police is told to move its row, Parks (whose tab has the new date) is not."""
    from sheets_sync.parsing import title_status
    title, status = title_status("Movie in the Park - RAINED OUT, moved to 8/20")
    old = row("Parks and Recreation", 2, title, date(2026, 8, 13), "19:00", "21:00", location="Bryan Park",
              status=Status(status))
    new = row("Parks and Recreation", 3, "Movie in the Park", date(2026, 8, 20), "19:00", "21:00",
              location="Bryan Park")
    police = row("Police", 2, "Movie in the Park", date(2026, 8, 13), "19:00", "21:00", location="Bryan Park")
    result = merge_rows([old, new, police], config)
    (event,) = result.events
    assert (event.start, event.status, event.is_joint) == (new.start, Status.SCHEDULED, True)
    warned = [(i.tab, i.column) for i in result.issues]
    assert ("Police", "Start Date") in warned
    assert ("Parks and Recreation", "Start Date") not in warned and ("Parks and Recreation", "Status") not in warned
    # the new date named in the description does the same; another date named is no move
    described = replace_description(replace_title(old, "Movie in the Park"), "Rained out - moved to 8/20")
    assert len(merge_rows([described, new, police], config).events) == 1
    elsewhere = replace_description(replace_title(old, "Movie in the Park"), "Rained out - moved to 8/27")
    assert len(merge_rows([elsewhere, new, police], config).events) == 2


def test_a_rain_plan_is_no_move_and_a_called_off_copy_is_no_joint_event(config):
    """v15's findings. A weekly movie whose 8/13 description plans for rain ("If it rains, the
    movie will be moved to 8/20") was merged into the 8/20 showing: two joint events became
    one. A destination counts from a title, or from the description of a row called off on
    its date; never from a plan. And "Movie in the Park - RAINED OUT, moved to 8/20" (Postponed)
    beside Police's copy still on 8/13, with no 8/20 row yet, counted a joint event on the
    rained-out night: a Postponed department, like a Cancelled one, is not taking part."""
    park = dict(location="Bryan Park")
    plan = row("Parks and Recreation", 2, "Movie in the Park", date(2026, 8, 13), "20:00", "22:00",
               description="Showing: Moana. If it rains, the movie will be moved to 8/20.", **park)
    later = row("Parks and Recreation", 3, "Movie in the Park", date(2026, 8, 20), "20:00", "22:00", **park)
    police = row("Police", 2, "Movie in the Park", date(2026, 8, 13), "20:00", "22:00", **park)
    fire = row("Fire", 2, "Movie in the Park", date(2026, 8, 20), "20:00", "22:00", **park)
    result = merge_rows([plan, later, police, fire], config)
    assert sorted((e.start.day, set(e.departments)) for e in result.events) == [
        (13, {"Parks and Recreation", "Police"}), (20, {"Parks and Recreation", "Fire"})]
    # the same words on a Postponed row are its move, month names too
    moved = replace_description(plan, "Rained out - moved to Aug. 20")
    from dataclasses import replace
    (event,) = merge_rows([replace(moved, status=Status.POSTPONED), later, police], config).events
    assert (event.start.day, event.is_joint) == (20, True)
    rained = row("Parks and Recreation", 2, "Movie in the Park - moved to 8/20", date(2026, 8, 13), "20:00", "22:00",
                 status=Status.POSTPONED, **park)
    (event,) = merge_rows([rained, police], config).events
    assert (event.departments, event.is_joint) == (("Police",), False)


def test_moves_named_with_short_weekdays_to_earlier_dates_and_typed_on_the_new_date(config):
    """v16: "moved to Thurs. 8/20" in a title linked nothing; a move to an earlier date
    ("POSTPONED, moved to Fri 8/14" on the 8/15 row) was never read; a row retyped on its new
    date with its note kept ("RAINED OUT 8/13, moved to 8/20" on 8/20) was read as Postponed
    there, on the very date it names."""
    from sheets_sync.model import RawTab
    from sheets_sync.validate import parse_tab
    park = dict(location="Bryan Park")
    for note, old_day, new_day in (("Movie in the Park - moved to Thurs. 8/20", 13, 20),
                                   ("Movie in the Park - moved to Fri 8/14", 15, 14)):
        left = row("Parks and Recreation", 2, note, date(2026, 8, old_day), "20:00", "22:00",
                   status=Status.POSTPONED, **park)
        new = row("Parks and Recreation", 3, "Movie in the Park", date(2026, 8, new_day), "20:00", "22:00", **park)
        police = row("Police", 2, "Movie in the Park", date(2026, 8, old_day), "20:00", "22:00", **park)
        (event,) = merge_rows([left, new, police], config).events
        assert (event.start.day, event.is_joint) == (new_day, True), note
    header = ("Title", "Start Date", "Start Time", "End Time", "Location", "Visibility")
    typed = "Movie in the Park - RAINED OUT 8/13, moved to 8/20"
    rows, issues = parse_tab(RawTab("Parks and Recreation", header, (
        (typed, "8/20/2026", "8pm", "10pm", "Bryan Park", "Public"),)), config)
    assert (rows[0].title, rows[0].status) == (typed, Status.SCHEDULED)     # its note still links the copy
    assert [(i.column, "moved to this date" in i.problem) for i in issues] == [("Title", True)]
    police = row("Police", 2, "Movie in the Park", date(2026, 8, 13), "20:00", "22:00", **park)
    (event,) = merge_rows([rows[0], police], config).events       # v17: Police's copy was left on 8/13
    assert (event.start.day, event.is_joint) == (20, True)


def test_a_note_naming_the_new_date_postpones_the_row_without_a_status_word(config):
    """v17 M3 and a dashed date. "Movie in the Park - Rescheduled to 8/20 due to rain" typed on
    8/13 (no status word, Status blank) beside Parks' own Cancelled 8/13 row and Police's copy
    was read as Scheduled: a joint event counted on the rained-out night. A note set off in
    the title naming another date makes the row Postponed there (the title keeps the note);
    "moved to 8-20" names a date as "moved to 8/20" does, "moved to 7-9" (hours) does not."""
    from sheets_sync.model import RawTab
    from sheets_sync.moved import destination
    from sheets_sync.validate import parse_tab
    header = ("Title", "Start Date", "Start Time", "End Time", "Location", "Visibility", "Status")
    typed = ("Movie in the Park - Rescheduled to 8/20 due to rain", "Town Hall (Postponed to 9/3)",
             "Movie in the Park - moved to 8-20", "Movie in the Park - POSTPONED to Aug 20",
             "Movie Night moved to Friday 8/20", "Movie in the Park - will be moved to 8/20 if it rains",
             "Movie in the Park - moved to 7-9 pm")
    rows, issues = parse_tab(RawTab("Parks and Recreation", header, tuple(
        (t, "8/13/2026", "7pm", "9pm", "Bryan Park", "Public", "") for t in typed)), config)
    assert [(r.title, r.status) for r in rows] == [
        (typed[0], Status.POSTPONED), (typed[1], Status.POSTPONED), (typed[2], Status.POSTPONED),
        (typed[3], Status.POSTPONED),
        (typed[4], Status.SCHEDULED), (typed[5], Status.SCHEDULED), (typed[6], Status.SCHEDULED)]
    # the row on its new date is the event there, whatever its note says
    rows_new, _ = parse_tab(RawTab("Parks and Recreation", header, (
        (typed[0], "8/20/2026", "7pm", "9pm", "Bryan Park", "Public", ""),)), config)
    assert rows_new[0].status is Status.SCHEDULED
    assert "another date" in next(i.problem for i in issues if i.row == 2 and i.column == "Title")
    assert [destination(t, date(2026, 8, 13)) for t in ("moved to 8-20", "moved to 8-20-26", "moved to 7-9",
                                                       "moved to 6-13:30", "moved to 8-14 pm")] == [
        date(2026, 8, 20), date(2026, 8, 20), None, None, None]
    park = dict(location="Bryan Park")
    cancelled = row("Parks and Recreation", 2, "Movie in the Park", date(2026, 8, 13), "19:00", "21:00",
                    status=Status.CANCELLED, **park)
    police = row("Police", 2, "Movie in the Park", date(2026, 8, 13), "19:00", "21:00", **park)
    (event,) = merge_rows([cancelled, rows[0], police], config).events
    assert (event.departments, event.is_joint) == (("Police",), False)
    # "moved to 8-20" takes the event, and Police's copy, to the 8/20 row
    new = row("Parks and Recreation", 3, "Movie in the Park", date(2026, 8, 20), "19:00", "21:00", **park)
    (event,) = merge_rows([rows[2], new, police], config).events
    assert (event.start.day, event.is_joint) == (20, True)


def test_a_retyped_row_links_its_old_date_in_its_own_tab_and_under_a_subtitle(config):
    """v18 N3 and N4. Parks retyped "Movie in the Park: Cars - RAINED OUT 8/6, moved to 8/20" on
    8/20; Police's "Movie in the Park" stayed on 8/6: the subtitle (and the place word) left one
    shared word, too few to link, and 8/20 was not joint. Parks kept its own 8/13 row beside the
    retyped "RAINED OUT 8/13, moved to 8/20": its own second row was read as the programme
    running on both days, and 8/13 stayed a joint event. A note naming one date links no other
    ("RAINED OUT 8/6" asks nothing of a 8/13 row)."""
    park = dict(location="Bryan Park")
    cars = row("Parks and Recreation", 3, "Movie in the Park: Cars - RAINED OUT 8/6, moved to 8/20",
               date(2026, 8, 20), "20:30", "22:30", **park)
    police_6 = row("Police", 2, "Movie in the Park", date(2026, 8, 6), "20:30", "22:30", **park)
    (event,) = merge_rows([cars, police_6], config).events
    assert (event.start.day, event.is_joint) == (20, True)
    # weekly showings: Police's 8/13 copy is a real session, and only 8/6 moved
    moana = row("Parks and Recreation", 2, "Movie in the Park: Moana", date(2026, 8, 13), "20:30", "22:30", **park)
    police_13 = row("Police", 3, "Movie in the Park", date(2026, 8, 13), "20:30", "22:30", **park)
    result = merge_rows([moana, cars, police_6, police_13], config)
    assert sorted((e.start.day, e.is_joint) for e in result.events) == [(13, True), (20, True)]
    assert not result.review
    kept = row("Parks and Recreation", 2, "Movie in the Park", date(2026, 8, 13), "20:30", "22:30", **park)
    retyped = row("Parks and Recreation", 3, "Movie in the Park - RAINED OUT 8/13, moved to 8/20",
                  date(2026, 8, 20), "20:30", "22:30", **park)
    result = merge_rows([kept, retyped, police_13], config)
    (event,) = result.events
    assert (event.start.day, event.is_joint) == (20, True)
    assert {(i.tab, i.column) for i in result.issues} >= {("Parks and Recreation", "Start Date"), ("Police", "Start Date")}
    # a note naming 8/6 asks nothing of Parks' own 8/13 row
    result = merge_rows([kept, row("Parks and Recreation", 3, "Movie in the Park - RAINED OUT 8/6, moved to 8/20",
                                   date(2026, 8, 20), "20:30", "22:30", **park)], config)
    assert (len(result.events), len(result.review)) == (2, 0)


def test_more_ways_staff_name_the_new_date_take_the_event_there(config):
    """v20's moves, each counted on no date or the old one before: the host's old row kept as
    Postponed with the new date in its Status cell ("Postponed to 6/10"), or typed "- CANCELLED
    (new date 8/20)", "(POSTPONED - now Aug 20)", a Cancelled row described "Rained out. Rain
    date Thursday 8/20.", a Postponed one "New date: Thursday, August 20", a row going ahead
    whose description opens "RAINED OUT - moved to 8/20" or says "this showing is rescheduled
    for Thursday, Aug. 20" (as ten of Bloomington's real descriptions do), and a move indoors (its new row at
    another place). Each: one joint event on the new date. "Rain date 8/20" on a row going
    ahead is still a plan, and one tab's rows on two dates raise no question by themselves."""
    from sheets_sync.model import RawTab
    from sheets_sync.validate import parse_tab
    header = ("Title", "Start Date", "Start Time", "End Time", "Location", "Visibility", "Status", "Description")
    old_rows = (("Movie in the Park: Wild Robot", "Postponed to 8/20", ""),
                ("Movie in the Park: Wild Robot - CANCELLED (new date 8/20)", "", ""),
                ("Movie in the Park: Wild Robot (POSTPONED - now Aug 20)", "", ""),
                ("Movie in the Park: Wild Robot", "Cancelled", "Rained out. Rain date Thursday 8/20."),
                ("Movie in the Park: Wild Robot", "Postponed", "New date: Thursday, August 20"),
                ("Movie in the Park: Wild Robot", "", "RAINED OUT - moved to 8/20"),
                ("Movie in the Park: Wild Robot", "", "Due to storms, this showing is rescheduled for Thursday, Aug. 20"))
    for title, status, description in old_rows:
        rows, _ = parse_tab(RawTab("Parks and Recreation", header, (
            (title, "7/31/2026", "9pm", "11pm", "Bryan Park", "Public", status, description),
            ("Movie in the Park: Wild Robot", "8/20/2026", "9pm", "11pm", "Bryan Park", "Public", "", ""))), config)
        police = row("Police", 2, "Movie in the Park: Wild Robot", date(2026, 7, 31), "21:00", "23:00",
                     location="Bryan Park")
        result = merge_rows([*rows, police], config)
        assert [(e.start.month, e.start.day, e.is_joint) for e in result.events] == [(8, 20, True)], (title, status)
        assert not result.review
    # a plan on a row going ahead, or another thing moved: two events, no question
    rows, _ = parse_tab(RawTab("Parks and Recreation", header, (
        ("Movie in the Park", "7/10/2026", "9pm", "11pm", "Bryan Park", "Public", "", "Registration deadline moved to 7/8."),
        ("Movie in the Park", "7/17/2026", "9pm", "11pm", "Bryan Park", "Public", "", "Rain date 7/24"),
        ("Movie in the Park", "7/24/2026", "9pm", "11pm", "Bryan Park", "Public", "", ""))), config)
    result = merge_rows(rows, config)
    assert (len(result.events), len(result.review)) == (3, 0) and {r.status for r in rows} == {Status.SCHEDULED}
    # moved indoors: the department's own new row is at another place; asked about (v21: it may
    # be another showing there), and "Same event" takes the partner's copy there too
    old = row("Parks and Recreation", 2, "Movie in the Park: Hidden Figures - moved to 8/6", date(2026, 7, 30),
              "20:45", "22:15", location="Switchyard Park", status=Status.POSTPONED)
    new = row("Parks and Recreation", 3, "Movie in the Park: Hidden Figures", date(2026, 8, 6), "20:45", "22:15",
              location="Banneker Community Center")
    copy = row("Community Safety", 2, "Movie in the Park: Hidden Figures", date(2026, 7, 30), "20:45", "22:15",
               location="Switchyard Park")
    result = merge_rows([old, new, copy], config)
    (question,) = result.review
    decisions = {pair_key(question.a, question.b): "same"}
    events = merge_rows([old, new, copy], config, decisions=decisions).events
    assert [(e.start.day, e.location, e.is_joint) for e in events] == [(6, "Banneker Community Center", True)]


def test_what_else_a_note_says_moved_moves_nothing(config):
    """v21's over-reaches, each a joint event lost or made silently: a description saying
    another thing, session, showing or year moved ("this year the fireworks have been moved to
    July 5", "The 9/22 class is moved to Thursday 9/24", "Next showing: Rescheduled for Friday,
    Aug. 21", "Last year's showing was moved to Aug. 20"), a plan ("otherwise rescheduled to
    8/7") or a start time ("start moved to 9-30") postpones nothing; a rain date cancelled too
    ("The rain date 6/4 is also cancelled") is no new date; the department's own row at another
    place on the named date (another showing, or the event moved indoors) is asked about, not
    merged; a Postponed row and its own tab's row a week on, no note between them, are asked
    about. The event's own move still reads ("Due to inclement weather, this program is
    rescheduled for Friday, May 16"; "Art fair scheduled for Saturday, June 13 is rescheduled
    for Saturday, Sept. 19" on 6/13)."""
    from sheets_sync.moved import described_move, destination
    day = date(2026, 7, 4)
    for text in ("Note: this year the fireworks have been moved to July 5 at Switchyard Park.",
                 "The 7/2 class is moved to Thursday 7/9.", "Next showing: Rescheduled for Friday, Aug. 21.",
                 "Last year's showing was moved to Aug. 20.", "Weather permitting; otherwise rescheduled to 8/7.",
                 "The splash pad opening has been pushed to July 12."):
        assert described_move(text, day) is None, text
    assert described_move("Due to inclement weather, this program is rescheduled for Friday, July 17", day) == \
        date(2026, 7, 17)
    assert described_move("Art fair scheduled for Saturday, July 4 is rescheduled for Saturday, Sept. 19.", day) == \
        date(2026, 9, 19)
    # the move in a later sentence, after the row's own words (the third helper's co-host note)
    for text in ("Co-hosted with the Fire Department. Rescheduled for Saturday, Aug. 21.",
                 "Co-hosted with the Fire Department. RAINED OUT - moved to 8/21.",
                 "Bring the kids!\nCancelled due to rain, new date 8/21", "RAINED OUT. New date 8/21"):
        assert described_move(text, day) == date(2026, 8, 21), text
    assert described_move("Bring the kids. Rain date 8/21.", day) is None      # a plan: the rain date
    assert destination("Movie in the Park - start moved to 9-30", day) is None
    assert destination("Rained out. The rain date 7/5 is also cancelled; see you next year.", day,
                       called_off=True) is None
    park, yard = dict(location="Bryan Park"), dict(location="Switchyard Park")
    rained = row("Parks and Recreation", 2, "Movie in the Park - RAINED OUT, moved to 8/20", date(2026, 7, 31),
                 "21:00", "23:00", status=Status.POSTPONED, **park)
    copy = row("Police", 2, "Movie in the Park", date(2026, 7, 31), "21:00", "23:00", **park)
    other = row("Parks and Recreation", 3, "Movie in the Park", date(2026, 8, 20), "21:00", "23:00", **yard)
    fire = row("Fire", 2, "Movie in the Park", date(2026, 8, 20), "21:00", "23:00", **yard)
    result = merge_rows([rained, copy, other, fire], config)
    assert apart(result, "Parks and Recreation!2", "Parks and Recreation!3") and \
        {frozenset((str(q.a.source), str(q.b.source))) for q in result.review} >= {
            frozenset({"Parks and Recreation!2", "Parks and Recreation!3"})}
    postponed = row("Parks and Recreation", 2, "Touch a Truck", date(2026, 6, 3), "10:00", "14:00",
                    status=Status.POSTPONED, **yard)
    later = row("Parks and Recreation", 3, "Touch a Truck", date(2026, 6, 10), "10:00", "14:00", **yard)
    result = merge_rows([postponed, later], config)
    assert len(result.events) == 2 and len(result.review) == 1


def test_a_partner_s_copy_left_behind_does_not_outvote_the_host_on_the_new_date(config):
    """v22 R2: Parks' "Nature Sounds" 4/23 Postponed to 5/14, Parks' 5/14 row Cancelled, and
    Community Safety's copy still on 4/23 (Scheduled): all three merged on 5/14, published
    Scheduled and counted joint, though the event was never held. The rows left on the old date
    say nothing of the event's status on the new one."""
    from dataclasses import replace
    oaks = dict(location="Sherwood Oaks Park")
    old = replace(row("Parks and Recreation", 2, "Nature Sounds: Thrill of the Trill", date(2027, 4, 23), "18:30",
                      "20:00", status=Status.POSTPONED, **oaks), status_note="Postponed to 5/14")
    new = row("Parks and Recreation", 3, "Nature Sounds: Thrill of the Trill", date(2027, 5, 14), "18:30", "20:00",
              status=Status.CANCELLED, **oaks)
    copy = row("Community Safety", 2, "Nature Sounds: Thrill of the Trill", date(2027, 4, 23), "18:30", "20:00", **oaks)
    (event,) = merge_rows([old, new, copy], config).events
    assert (event.start.day, event.status) == (14, Status.CANCELLED)      # (not counted: called off)


def test_a_copy_still_scheduled_does_not_hold_an_event_its_host_says_moved(config):
    """v22 R3: Parks' real "RESCHEDULED Movie in the Park" on 5/21 whose description says
    "Rescheduled for Friday, Aug. 20 at Bryan Park", and Police's copy left on 5/21 Scheduled,
    with no row on 8/20 yet: the night was published as Police's, Scheduled. When the rows say
    Parks hosts it (its row lists Police as a partner), the host's move moves the event:
    Postponed on 5/21 (not counted), both departments, and Police's row is told the new date.
    v24 X2: a partner's copy naming a new date ("Postponed to 8/21") beside the host's row still
    Scheduled moves only its own part: the event goes ahead, joint with the others. With no
    host named, a copy still Scheduled keeps the event as before (the mover is told)."""
    from dataclasses import replace
    park = dict(location="Switchyard Park", address="1601 S Rogers St")
    parks = row("Parks and Recreation", 3, 'RESCHEDULED Movie in the Park: "The Princess Bride"', date(2027, 5, 21),
                "20:45", "22:45", description="Rescheduled for Friday, Aug. 20 at Bryan Park",
                status=Status.POSTPONED, partners=("Police",), **park)
    police = row("Police", 3, 'Movie in the Park: "The Princess Bride"', date(2027, 5, 21), "20:45", "22:45", **park)
    result = merge_rows([police, parks], config)
    (event,) = result.events
    assert (event.status, counted(event)) == (Status.POSTPONED, False)
    assert set(event.departments) == {"Police", "Parks and Recreation"}
    (told,) = [i for i in result.issues if (i.tab, i.column) == ("Police", "Status")]
    assert "moved to 2027-08-20" in told.problem and "8/20/2027" in told.action
    status_cell = replace(parks, title='Movie in the Park: "The Princess Bride"', description="",
                          status_note="Postponed to 8/20")
    (event,) = merge_rows([police, status_cell], config).events
    assert event.status is Status.POSTPONED
    unnamed = replace(parks, partners=())
    (event,) = merge_rows([police, unnamed], config).events
    assert (event.status, event.departments) == (Status.SCHEDULED, ("Police",))
    wt = dict(location="Walltown Park", address="1308 W Markham Ave")
    day = date(2027, 8, 14)
    host = row("Parks and Recreation", 2, "Back to School Bash", day, "10:00", "14:00",
               partners=("Police", "Community Safety"), **wt)
    copy = row("Police", 2, "Back to School Bash", day, "10:00", "14:00", **wt)
    own_part = replace(row("Community Safety", 2, "Back to School Bash", day, "10:00", "14:00",
                           status=Status.POSTPONED, **wt), status_note="Postponed to 8/21")
    (event,) = merge_rows([host, copy, own_part], config).events
    assert (event.status, counted(event), set(event.departments)) == (
        Status.SCHEDULED, True, {"Parks and Recreation", "Police"})


def test_a_cancelled_row_with_no_time_leaves_both_sessions_of_that_day(config):
    """v22 R4: "Line Dance (PM) CANCELLED" typed on 9/14 with no time, beside the department's
    weekly AM and PM rows, called off both sessions. With no time it may be either: neither
    session is taken out (a timed row takes out its own)."""
    hill = dict(location="W.D. Hill Recreation Center")
    start = date(2027, 9, 7)
    am = row("Parks and Recreation", 2, "Line Dance (AM)", start, "10:00", "11:00", rrule="FREQ=WEEKLY;COUNT=4", **hill)
    pm = row("Parks and Recreation", 3, "Line Dance (PM)", start, "18:00", "19:00", rrule="FREQ=WEEKLY;COUNT=4", **hill)
    off = row("Parks and Recreation", 4, "Line Dance (PM)", start + timedelta(weeks=1), status=Status.CANCELLED, **hill)
    result = merge_rows([am, pm, off], config)
    assert all(not r.exdates for e in result.events for r in e.rows if r.rrule)
    timed = at_six_pm(off)
    result = merge_rows([am, pm, timed], config)
    assert sorted((r.title, r.exdates) for e in result.events for r in e.rows if r.rrule) == [
        ("Line Dance (AM)", ()), ("Line Dance (PM)", (start + timedelta(weeks=1),))]


def test_a_calendar_s_own_cancelled_copy_of_a_session_calls_it_off(config):
    """v35 S1, V6: a calendar export holds each session of "Zumba in the Park" as a row, and a
    separate "Zumba in the Park CANCELLED" on 6/16 (Bloomington's style); Community Safety's
    copy of that session still says Scheduled (typed: a blank one is a copy never updated, and
    the session is off). Before, the session counted as a joint event; Parks called it off, so
    only Community Safety is counted. The next week is still joint."""
    park = dict(location="Jones Park")
    off_day, next_day = date(2027, 6, 16), date(2027, 6, 23)
    session = row("Parks and Recreation", 4, "Zumba in the Park", off_day, "18:00", "19:00", **park)
    cancelled = row("Parks and Recreation", 5, "Zumba in the Park", off_day, "18:00", "19:00",
                    status=Status.CANCELLED, **park)
    copy = row("Community Safety", 2, "Zumba in the Park", off_day, "18:00", "19:00", status_typed=True, **park)
    later = row("Parks and Recreation", 6, "Zumba in the Park", next_day, "18:00", "19:00", **park)
    later_copy = row("Community Safety", 3, "Zumba in the Park", next_day, "18:00", "19:00", **park)
    events = merge_rows([session, cancelled, copy, later, later_copy], config).events
    by_day = {e.start.date(): e for e in events}
    assert by_day[off_day].departments == ("Community Safety",) and not by_day[off_day].is_joint
    assert by_day[next_day].is_joint


def test_a_course_typed_as_one_row_over_weeks_is_no_part_of_a_meeting_on_one_of_its_days(config):
    """v35 V1, E9: Emergency Management types a six-week "CERT Basic Training" as one row with an
    End Date; Police's neighbourhood meeting in the same building on one evening of it had
    joined it as a false joint event (the course's "CERT" read as a partner's unit there). Fire's
    session of the course still joins it."""
    from datetime import datetime
    station = dict(location="Fire Station 14", address="3100 NE 4th St")
    course = replace(row("Emergency Management", 2, "CERT Basic Training", date(2027, 9, 7), "18:00", "21:00",
                         **station), end=datetime(2027, 10, 12, 21, tzinfo=TZ))
    meeting = row("Police", 2, "Neighborhood Watch Meeting", date(2027, 9, 16), "18:30", "20:00",
                  location="Fire Station 14")
    session = row("Fire", 2, "CERT Basic Training - Fire Suppression", date(2027, 9, 21), "18:00", "21:00",
                  location="Fire Station 14")
    result = merge_rows([course, meeting, session], config)
    assert groups(result) == {frozenset({"Emergency Management!2", "Fire!2"}), frozenset({"Police!2"})}


def at_six_pm(r):
    """``r`` at 6–7 pm on its day."""
    from dataclasses import replace
    from datetime import datetime, time
    day = r.start
    return replace(r, start=datetime.combine(day, time(18), TZ), end=datetime.combine(day, time(19), TZ), all_day=False)


def test_a_move_note_in_a_title_is_no_part_of_the_name():
    """"(rescheduled from July 9)", "- moved to 8/20", "RESCHEDULED from Feb. 15 …" (real
    Bloomington titles and a verifier's) name another date, not another event."""
    from sheets_sync.matching import without_date_note
    assert without_date_note("Dizgo in Switchyard Park (rescheduled from July 9)") == "Dizgo in Switchyard Park"
    assert without_date_note("Movie in the Park - moved to 8/20") == "Movie in the Park"
    assert without_date_note("RESCHEDULED from Feb. 15 Arctic Adventure") == "Arctic Adventure"
    assert without_date_note("Fall Festival (rain date, originally 10/10)") == "Fall Festival"
    assert without_date_note("The Postponed Wedding") == "The Postponed Wedding"
    assert without_date_note("Moved to Act: a talk on civic action") == "Moved to Act: a talk on civic action"
    # v20: a move whose date is still to be decided ("Pool Party (Cancelled - Rescheduling TBD)"
    # beside Parks' Cancelled "Pool Party" was asked about)
    assert without_date_note("Pool Party (Rescheduling TBD)") == "Pool Party"
    assert without_date_note("Pool Party - new date TBA") == "Pool Party"
    assert without_date_note("TBD Kickball League Night") == "TBD Kickball League Night"


def replace_title(r, text):
    from dataclasses import replace
    return replace(r, title=text)


def replace_description(r, text):
    from dataclasses import replace
    return replace(r, description=text)


# -- titles ------------------------------------------------------------------------------------
def test_typos_and_spanish_only_titles(config):
    a = row("Police", 2, "Bycicle Rodeo", DAY, "09:00", "11:00", address="31 Loop Rd")
    b = row("Fire", 2, "Bicycle Rodeo", DAY, "09:00", "11:00", address="31 Loop Rd")
    c = row("Parks and Recreation", 2, "Water SafetyDay", DAY, "14:00", "16:00", address="8 Pool Ln")
    d = row("Parks and Recreation", 3, "Water Safety Day", DAY, "14:00", "16:00", address="8 Pool Ln")
    es = row("Community Safety", 2, "Clínica de Asientos de Seguridad para Niños", DAY, "17:00", "19:00",
             address="300 Vine St")
    en = row("Police", 3, "Child Car Seat Check", DAY, "17:00", "19:00", address="300 Vine St")
    result = merge_rows([a, b, c, d, es, en], config)
    assert together(result, "Police!2", "Fire!2")
    assert together(result, "Parks and Recreation!2", "Parks and Recreation!3")
    assert together(result, "Community Safety!2", "Police!3")


# -- keep apart --------------------------------------------------------------------------------
def test_what_only_looks_alike_stays_apart(config):
    evening = date(2026, 3, 3)
    gym = row("Parks and Recreation", 2, "Family Game Night", evening, "18:00", "20:00",
              location="Gym at Eastside Center", address="900 Lake Rd")
    art = row("Police", 2, "Family Safety Night", evening, "18:00", "19:30", location="Eastside Center (Art Room)")
    lib_a = row("Police", 3, "Coffee with a Deputy", evening, "09:00", "10:00", location="Westbrook Library")
    lib_b = row("Fire", 3, "Coffee with a Deputy", evening, "09:00", "10:00", location="Southpoint Library")
    nno_14 = row("Police", 4, "NNO", evening, "18:00", "21:00", address="14 Pine St")
    nno_16 = row("Police", 5, "NNO", evening, "18:00", "21:00", address="16 Pine St")
    am = row("Fire", 4, "Stop the Bleed", evening, "10:00", "11:30", location="Fire Station 2")
    pm = row("Fire", 5, "Stop the Bleed", evening, "14:00", "15:30", location="Fire Station 2")
    result = merge_rows([gym, art, lib_a, lib_b, nno_14, nno_16, am, pm], config)
    assert len(result.events) == 8 and result.review == ()


def test_different_events_decision_sticks_on_two_identical_rows(config):
    a = row("Police", 2, "Neighborhood Watch Meeting", DAY, "19:00", "20:00", location="Grace Hall")
    b = row("Police", 3, "Neighborhood Watch Meeting", DAY, "19:00", "20:00", location="Grace Hall")
    assert len(merge_rows([a, b], config).events) == 1                # the matcher: a double entry
    split = merge_rows([a, b], config, decisions={pair_key(a, b): "different"})
    assert len(split.events) == 2 and [p.decision for p in split.decided] == ["different"]


# -- a partner's part row never splits an event nor merges two -----------------------------------
PARTS = ("info table", "Engine 12 visit", "demo booth", "handout tent", "Beat 7 officers drop-by")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(PARTS), st.sampled_from(("Fire", "Emergency Communications", "Community Safety")),
       st.integers(0, 90), st.integers(15, 60), st.booleans())
def test_adding_a_partner_part_row_never_splits_nor_merges_events(part, tab, offset, length, venue_only):
    config = CONFIG
    day = date(2026, 9, 12)
    host = row("Parks and Recreation", 2, "Autumn Block Festival", day, "11:00", "15:00",
               location="Elm Park", address="120 Elm St")
    other = row("Police", 2, "Senior Scam Seminar", day, "11:00", "15:00", location="Oak Hall", address="300 Oak St")
    before = merge_rows([host, other], config)
    start = f"{11 + offset // 60:02d}:{offset % 60:02d}"
    end_minutes = 11 * 60 + offset + length
    visit = row(tab, 7, part, day, start, f"{end_minutes // 60:02d}:{end_minutes % 60:02d}",
                location="Elm Park", address="" if venue_only else "120 Elm St")
    after = merge_rows([host, other, visit], config)
    assert len(after.events) == len(before.events) == 2
    assert together(after, "Parks and Recreation!2", f"{tab}!7")
    assert apart(after, "Police!2", "Parks and Recreation!2")


def test_places_that_differ_by_a_number_a_letter_a_kind_or_a_room(config):
    day = date(2026, 10, 17)
    pairs = [("Fire Station 3", "Fire Station 8"), ("Eastgate Rec Center", "Westgate Rec Center"),
             ("Lincoln Park", "Lincoln Square"), ("Northgate Apartments", "Southgate Apartments"),
             ("Mall Lot A", "Mall Lot B"), ("Central Library, Meeting Room A", "Central Library, Meeting Room B"),
             ("Lincoln High School Room 101", "Lincoln High School Room 204"),
             ("Lincoln High School Gym", "Lincoln High School Cafeteria"),
             ("Riverbend Mobile Home Park", "Sunnyside Mobile Home Park")]
    for n, (x, y) in enumerate(pairs):
        a = row("Police", 2, "Open House", day, "10:00", "12:00", location=x)
        b = row("Fire", 2, "Open House", day, "10:00", "12:00", location=y)
        assert len(merge_rows([a, b], config).events) == 2, (x, y)
    for x, y in [("Garfield Elementary", "Garfeild Elementary"), ("Rvrside Pk", "Riverside Park")]:
        a = row("Police", 2, "Open House", day, "10:00", "12:00", location=x)
        b = row("Fire", 2, "Open House", day, "10:00", "12:00", location=y)
        assert len(merge_rows([a, b], config).events) == 1, (x, y)


def test_back_to_back_sessions_of_two_departments_are_two_events(config):
    day = date(2026, 10, 20)
    first = row("Fire", 2, "Hands-Only CPR", day, "17:00", "17:45", location="Maple Library")
    second = row("Community Safety", 2, "Hands-Only CPR", day, "17:45", "18:30", location="Maple Library")
    assert len(merge_rows([first, second], config).events) == 2


def test_a_tent_never_joins_two_programmes_of_one_department(config):
    day = date(2026, 9, 26)
    market = row("Parks and Recreation", 2, "Farmers Market", day, "08:00", "13:00", location="Mill Park")
    derby = row("Parks and Recreation", 3, "Kids Fishing Derby", day, "09:00", "11:00", location="Mill Park")
    tent = row("Fire", 2, "Fire safety tent", day, "09:00", "11:00", location="Mill Park")
    result = merge_rows([market, derby, tent], config)
    assert apart(result, "Parks and Recreation!2", "Parks and Recreation!3")


def test_a_drop_by_naming_only_a_street_joins_the_one_party_on_it(config):
    night = date(2026, 8, 4)
    parties = [row("Police", 2, "National Night Out", night, "17:00", "20:00", address="2200 Centre Ave"),
               row("Police", 3, "National Night Out", night, "17:00", "20:00", address="41 Penn Ave"),
               row("Police", 4, "National Night Out", night, "17:00", "20:00", location="Anita & Fernwald Sts.")]
    engine = row("Fire", 2, "Engine 4 visit", night, "18:00", "18:30", location="Centre Ave")
    ladder = row("Fire", 3, "Ladder 6 visit", night, "18:30", "19:00", location="Anita & Fernwald")
    result = merge_rows([*parties, engine, ladder], config)
    assert together(result, "Police!2", "Fire!2") and together(result, "Police!4", "Fire!3")
    assert len(result.events) == 3
    # a second party on Centre Ave makes the street ambiguous: the visit joins no party on its own
    other = row("Police", 5, "National Night Out", night, "17:00", "20:00", address="2400 Centre Ave")
    assert apart(merge_rows([*parties, other, engine], config), "Police!2", "Fire!2")


def test_an_address_typed_in_the_title_places_the_visit(config):
    night = date(2026, 8, 4)
    parties = [row("Police", 2 + n, "Neighbours' cookout (NNO)", night, "17:30", "20:30", address=f"{a} Linden St")
               for n, a in enumerate((118, 140, 162))]
    visit = row("Fire", 2, "Medic 3 stop - 140 Linden Street", night, "18:00", "18:20")
    assert together(merge_rows([*parties, visit], config), "Police!3", "Fire!2")


def test_one_event_cancelled_by_both_departments_in_different_ways(config):
    a = row("Police", 2, "Pumpkin Patrol Walk", DAY, "16:00", "18:00", location="Elm Park", status=Status.CANCELLED)
    b = row("Parks and Recreation", 2, "CANCELLED - Pumpkin Patrol Walk", DAY, "16:00", "18:00", location="Elm Park")
    result = merge_rows([a, b], config)
    assert len(result.events) == 1


def test_a_citys_own_unit_names_a_partners_part(config):
    day = date(2026, 7, 11)
    host = row("Parks and Recreation", 2, "Harbor Regatta", day, "09:00", "15:00", location="North Marina")
    boat = row("Police", 2, "Marine Six on the water", day, "09:00", "15:00", location="North Marina")
    plain = merge_rows([host, boat], config)
    assert len(plain.events) == 2 and len(plain.review) == 1     # nothing says the boat is a part of it
    departments = [{**d.model_dump(), "units": ["Marine Six"]} if d.name == "Police" else d.model_dump()
                   for d in config.departments]
    marine = config.model_copy(update={"departments": [type(config.departments[0])(**d) for d in departments]})
    assert together(merge_rows([host, boat], marine), "Parks and Recreation!2", "Police!2")


# -- issue 11 follow-up: what the real NYC permits dealt into department tabs showed -----------
def test_a_venue_and_its_corner_typed_in_the_address_cell():
    """A helper's check: Address "Bud Hammer Field, Bigelow & Bristol" (a venue, then its corner
    with no street types) beside a drop-by at "Bigelow Blvd at Bristol St" had been one venue
    name, no place to compare; in the Address cell two short names joined are a corner."""
    field = parse_place("", "Bud Hammer Field, Bigelow & Bristol")
    assert (field.venue, field.crossing) == ("bud hammer field", frozenset({"bigelow", "bristol"}))
    assert compare_places(field, parse_place("Bigelow Blvd at Bristol St", ""))[0] == "same address"
    assert compare_places(field, parse_place("Bigelow Blvd at Murray Ave", ""))[0] == "different address"
    # … not in Location, where such words may name a venue, nor a kind of place
    assert not parse_place("Salt & Pepper", "").crossing
    assert not parse_place("", "Smith & Wesson Center").crossing


def test_a_room_typed_alone_with_an_address_learned_from_the_sheet(config):
    """A second helper's check: Police's "Public Safety Day - K9 demo" at "Fisher Pavilion" took
    305 Harrison St from another row, and so was at "a different venue" from Fire's "Seattle Ctr
    - Fisher Pavilion" (the pavilion as a room of the center), which kept it out of the day."""
    day = date(2025, 9, 26)
    fire = row("Fire", 7, "Public Safety Day", day, "10:00", "16:00", location="Seattle Ctr - Fisher Pavilion")
    heart = row("Community Safety", 2, "Public Safety Day - HEART booth", day, "10:00", "15:00",
                location="Fisher Pavilion, 305 Harrison Street")
    k9 = row("Police", 16, "Public Safety Day - K9 demo", day, "11:00", "11:45", location="Fisher Pavilion")
    (event,) = merge_rows([fire, heart, k9], config).events
    assert set(event.departments) == {"Fire", "Community Safety", "Police"}


def test_a_third_fresh_sets_double_entries_and_days(config):
    """A third fresh helper's set (v44): a resubmission noted in its title ("(resubmitted)") is
    the entry's, not the event's; a double submission with a new Event ID and a doubled letter
    dropped ("Canvass" / "Canvas") is compared, and asked about; a programme's day rows ("Jr.
    Fire Marshal Camp - Day 1") join its range row though that names ages ("(ages 11-15)") or a
    length ("(3 days)"), while two age groups, or two days, at one time stay apart."""
    day = date(2026, 4, 14)
    first = row("Emergency Communications", 7, "Telecommunicators Week Open House", day, "13:00", "16:00",
                location="Durham Emergency Communications Center", address="2008 E Club Blvd")
    again = row("Emergency Communications", 8, "Telecommunicator Week Open House (resubmitted)", day, "13:00",
                "16:00", location="DECC", address="2008 E. Club Blvd.")
    assert len(merge_rows([first, again], config).events) == 1
    canvass = [row("Fire", 19 + n, t, date(2026, 2, 28), "09:00", "12:00", location="East End Park",
                   address="1110 Holloway St", event_id=f"F-26-024{n}")
               for n, t in enumerate(("Smoke Alarm Canvass - East End", "Smoke Alarm Canvas - East End"))]
    asked = merge_rows(canvass, config)
    assert len(asked.events) == 2 and len(asked.review) == 1
    camp = row("Fire", 14, "Junior Fire Marshal Camp (ages 11-15)", date(2026, 6, 22), "09:00", "15:00",
               location="W.D. Hill Recreation Center", address="1308 Fayetteville St")
    camp = replace(camp, end=camp.end + timedelta(days=3))
    days = [row("Parks and Recreation", 25 + n, f"Jr. Fire Marshal Camp - Day {n + 1}", date(2026, 6, 22 + n),
                "09:00", "15:00", location="WD Hill Rec Center", address="1308 Fayetteville Street") for n in range(4)]
    (event,) = merge_rows([camp, *days], config).events
    assert event.is_joint
    swim = [row("Parks and Recreation", 2 + n, f"Swim Lessons (ages {a})", date(2026, 6, 22), "09:00", "10:00",
                location="Edison Johnson Aquatic Center") for n, a in enumerate(("3-5", "6-8"))]
    assert len(merge_rows(swim, config).events) == 2
    # a drop-by at a neighbourhood whose name holds a direction ("Old North Durham", folded "old n
    # durham" as a place) beside the party named for it: asked about, no longer kept apart unasked
    party = row("Police", 30, "Old North Durham NNO", date(2025, 8, 5), "18:00", "21:00", address="800 N Mangum St")
    visit = row("Emergency Communications", 9, "Dispatcher meet & greet - Old North Durham", date(2025, 8, 5),
                "19:00", "19:30", location="Old North Durham neighborhood")
    assert len(merge_rows([party, visit], config).review) == 1
    # … or named with a word for an area that the party's title does not hold (a fourth helper's
    # check): "Ladder 2 drop-by - Hilltop neighborhood", no place, joins "National Night Out -
    # Hilltop Commons", the one row naming Hilltop that day
    night = date(2025, 8, 5)
    hilltop = row("Police", 9, "National Night Out - Hilltop Commons", night, "18:00", "21:00",
                  location="Pinecrest Dr and Halvorsen Rd")
    oak = row("Police", 10, "National Night Out - Oak Ridge", night, "18:00", "21:00", location="100 Oak Ridge Rd")
    ladder = row("Fire", 19, "Ladder 2 drop-by - Hilltop neighborhood", night, "19:30", "20:00")
    result = merge_rows([hilltop, oak, ladder], config)
    assert together(result, "Police!9", "Fire!19") and len(result.events) == 2


def test_an_outreach_team_at_a_block_party_is_a_partners_part(config):
    """A helper's check: "HEART outreach at Baxter Park" 5–7 PM at the party's address, inside
    the party's hours, is Community Safety's part of Homewood's National Night Out."""
    party = row("Police", 43, "Homewood National Night Out", date(2025, 8, 5), "14:00", "22:00",
                location="Baxter Park", address="7618 Frankstown Ave")
    visit = row("Community Safety", 16, "HEART outreach at Baxter Park", date(2025, 8, 5), "17:00", "19:00",
                location="Baxter Park, 7618 Frankstown Ave, 15208")
    (event,) = merge_rows([party, visit], config).events
    assert event.is_joint
    # … and sign-ups a partner takes at a field day (a second helper's check)
    field_day = row("Parks and Recreation", 13, "Canine Field Day", date(2026, 5, 16), "09:00", "13:00",
                    location="Magnuson Park Off-Leash Area", address="7400 Sand Point Way NE")
    signups = row("Emergency Communications", 14, "Pet-owner Smart911 sign-ups", date(2026, 5, 16), "10:00",
                  "12:00", location="Magnuson Park", address="7400 Sand Point Way NE")
    (event,) = merge_rows([field_day, signups], config).events
    assert event.is_joint


def test_block_faces_between_cross_streets_are_places():
    """"<street> between <cross> and <cross>": one block face. Two streets' block faces are two
    places; one street's overlapping block faces (either order, either joiner) are one."""
    elm = parse_place("Elm St between 3rd and 4th", "")
    assert compare_places(elm, parse_place("ELM STREET between 4TH AVENUE & 3RD AVENUE", ""))[0] == "same address"
    assert compare_places(parse_place("Larch Road between 2nd St and 8th St", ""),
                          parse_place("Larch Rd btwn 5th St and 6th St", ""))[0] == "same address"
    for other in ("Walnut St between 3rd and 4th", "Elm St between 9th and 10th", "14 Walnut St",
                  "Walnut St & 3rd"):
        assert compare_places(elm, parse_place(other, ""))[0] == "different address", other
    assert compare_places(elm, parse_place("Elm St & 4th", ""))[0] == "same street"      # a corner of it
    assert compare_places(parse_place("N Elm St between 3rd and 4th", ""),
                          parse_place("S Elm St between 3rd and 4th", ""))[0] == "different address"
    # a street of one word, its type given once for the cross streets, a comma before "between"
    # (a fresh city's check: "Middle, between Foreland & Emlin Sts." was no place to compare)
    middle = parse_place("Middle, between Foreland & Emlin Sts.", "")
    assert compare_places(middle, parse_place("Middle St & Foreland St", ""))[0] == "same street"
    assert compare_places(middle, parse_place("Middle St & Carrie St", ""))[0] == "different address"
    assert not parse_place("Park between 3rd and 4th St", "").street     # a kind of place stays one
    # the cross streets in brackets, "from" or not (Pittsburgh's NNO list; a helper's check)
    lorenz = parse_place("Lorenz Ave (Chartiers to Lakewood)", "")
    assert compare_places(lorenz, parse_place("Lorenz Ave (from Chartiers to Lakewood)", ""))[0] == "same address"
    assert compare_places(lorenz, parse_place("Lorenz Avenue", ""))[0] == "same street"
    assert compare_places(lorenz, parse_place("Lorenz Ave (Dunster to Crane)", ""))[0] == "different address"
    for other in ("Bryan Park (Shelter 1 to 3)", "Main St (10am to 2pm)"):     # no cross streets
        assert not parse_place(other, "").between, other
    # a numbered corner inside the block face is on it; streets with a direction after their
    # type (Seattle's "20th Ave NE") are streets (a fresh city's check: each was "a corner elsewhere")
    pike = parse_place("E Pike St between 10th Ave and 12th Ave", "")
    assert compare_places(pike, parse_place("E Pike St & 11th Ave", ""))[0] == "same street"
    assert compare_places(pike, parse_place("E Pike St & 13th Ave", ""))[0] == "different address"
    assert compare_places(pike, parse_place("11th & Pike", ""))[0] == "same street"    # a numbered street, no type
    assert compare_places(parse_place("NE 65th St between 20th Ave NE and 25th Ave NE", ""),
                          parse_place("NE 65th St & 20th Ave NE", ""))[0] == "same street"
    assert compare_places(parse_place("12th Avenue between Pike and Pine", ""),
                          parse_place("12th Ave E & E Pike St", ""))[0] == "same street"
    # … but a quadrant is part of the street: NW 65th St is not NE 65th St (a helper's check)
    assert compare_places(parse_place("NE 65th St between 20th Ave NE and 22nd Ave NE", ""),
                          parse_place("NW 65th St & 20th Ave NW", ""))[0] == "different address"
    assert compare_places(parse_place("NE 65th St & 20th Ave NE", ""),
                          parse_place("NW 65th St & 20th Ave NW", ""))[0] == "different address"
    assert compare_places(parse_place("N Duke St & W Main St", ""),
                          parse_place("W Main St & N Duke St", ""))[0] == "same address"
    # two named places at one corner are two places; one place named two ways is one
    corner = "Rainier Ave S & S Henderson St"
    assert compare_places(parse_place(f"Rainier Beach Community Center, {corner}", ""),
                          parse_place(f"Safeway, {corner}", ""))[0] == "different venue"
    assert compare_places(parse_place(f"Rainier Beach Community Center, {corner}", ""),
                          parse_place(f"Rainier Beach CC, {corner}", ""))[0] == "same address"
    # a venue, then the corner it is at: the venue is not read into the corner's first street
    for typed in ("Jones Park, NE 10th St & Harrington Ave NE", "Jones Park, 10th St & Harrington Ave"):
        jones = parse_place(typed, "")
        assert (jones.venue, jones.crossing) == ("jones park", frozenset({"10th", "harrington"})), typed
        assert compare_places(jones, parse_place("Jones Park", ""))[0] == "same venue"


def test_one_title_at_one_hour_on_two_streets_block_faces_is_two_events(config):
    a = row("Police", 2, "Summer Sidewalk Sale", DAY, "10:00", "16:00",
            location="Larch Avenue between 41 Street and 42 Street")
    b = row("Fire", 2, "Summer Sidewalk Sale", DAY, "10:00", "16:00",
            location="Dover Avenue between East 12 Street and East 13 Street")
    c = row("Community Safety", 2, "Summer Sidewalk Sale", DAY, "10:00", "16:00",
            location="LARCH AVE between 42 ST and 41 ST")
    result = merge_rows([a, b, c], config)
    assert apart(result, "Police!2", "Fire!2") and apart(result, "Fire!2", "Community Safety!2")
    assert together(result, "Police!2", "Community Safety!2")


def test_a_multi_day_row_joins_another_tabs_day_only_at_a_compatible_place(config):
    """A range row (three days at one venue) against another tab's one-day row on its middle day
    at an address the sheet never ties to that venue: "within a multi-day event" is no evidence
    of one event when both places are given and cannot be compared."""
    from dataclasses import replace
    first = date(2026, 9, 11)
    fair = row("Parks and Recreation", 2, "Quilt and Craft Expo", first, "10:00", "17:00",
               location="Hollis Fairgrounds Pavilion")
    fair = replace(fair, end=fair.end + timedelta(days=2))
    elsewhere = row("Police", 2, "Quilt and Craft Expo", first + timedelta(days=1), "10:00", "17:00",
                    address="808 Tanner Rd")
    there = row("Fire", 2, "Quilt and Craft Expo", first + timedelta(days=1), "10:00", "17:00",
                location="Hollis Fairgrounds")
    assert apart(merge_rows([fair, elsewhere], config), "Parks and Recreation!2", "Police!2")
    assert together(merge_rows([fair, there], config), "Parks and Recreation!2", "Fire!2")


def _courts(config, extra):
    """Pickleball bookings at three parks' courts on one day (the title is common that day) plus
    ``extra`` rows."""
    common = [row("Parks and Recreation", 20 + n, "Pickleball - Open Play", DAY, "08:00", "10:00",
                  location=f"{park}: Court 1") for n, park in enumerate(("Holloway Park", "Beacon Park", "Tilden Park"))]
    return merge_rows([*common, *extra], config)


def test_a_court_booked_at_several_hours_that_day_counts_like_a_common_title(config):
    """A venue hosting several different bookings one day (slots that do not overlap) says less
    about two rows being one event than a venue used once: the same-venue weight is adjusted for
    how many bookings it holds (term frequency), so two departments' bookings of one court with
    one booking title are not merged automatically."""
    all_day = row("Police", 2, "Pickleball - Open Play", DAY, "09:00", "20:00", location="Marlowe Park: Court 3")
    evening = row("Fire", 2, "Pickleball - Open Play", DAY, "18:00", "20:00", location="Marlowe Park: Court 3")
    early = row("Emergency Management", 2, "Pickleball - Open Play", DAY, "06:30", "08:30",
                location="Marlowe Park: Court 3")
    result = _courts(config, [all_day, evening, early])
    assert apart(result, "Police!2", "Fire!2")
    # without the other bookings the same two rows are one event (a partner's slot in the day)
    alone = _courts(config, [all_day, evening])
    assert together(alone, "Police!2", "Fire!2")


def test_two_identical_titles_are_no_partners_own_part(config):
    """The own-part cue is for a title naming what a partner brings or the host event's words;
    two identical titles share every word and are scored by the title level alone."""
    a = row("Police", 2, "Pickleball - Open Play", DAY, "09:00", "20:00", location="Marlowe Park: Court 3")
    b = row("Fire", 2, "Pickleball - Open Play", DAY, "12:00", "14:00", location="Marlowe Park: Court 3")
    result = _courts(config, [a, b])
    found = [m for p in result.review for m in p.verdict.matched] + [
        m for e in result.events for ev in e.evidence for m in ev.matched]
    assert found and not any("own part" in m for m in found)


def test_a_block_face_against_a_named_place_is_not_merged_on_title_and_hours_alone(config):
    """Two departments' rows with one title and one day's hours, one on a stretch of street and
    one at a named park: not tied by the sheet, so at most a question, never a silent merge."""
    face = row("Fire", 2, "Mobile Flu Shot Clinic", DAY, "07:00", "19:00",
               location="Granby Road between 14 Street and 15 Street")
    park = row("Parks and Recreation", 2, "Mobile Flu Shot Clinic", DAY, "07:00", "19:00",
               location="Hartwell Commons: Bandstand Lawn")
    assert apart(merge_rows([face, park], config), "Fire!2", "Parks and Recreation!2")



def test_a_department_alias_with_a_digit_in_a_title_is_the_department_not_a_number(tmp_path):
    """v18 on Durham's real "Friday the 13th Kids fun Fest": Emergency Communications' "911
    table at Kids Fun Fest" was kept apart (titles naming different numbers, 911 and 13) under
    the config `init` writes, which lists no "911" abbreviation; the test config did, so no
    test saw it. A department alias written with a digit is read as that department."""
    from sheets_sync.config import config_from_dict
    from tests.conftest import base_config_dict
    data = base_config_dict(tmp_path)
    data["matching"] = {k: v for k, v in data.get("matching", {}).items() if k != "abbreviations"}
    config = config_from_dict(data, base_dir=tmp_path)
    assert "911" not in config.matching.abbreviations
    assert "911" in [a for d in config.departments for a in d.aliases]
    day = date(2026, 3, 13)
    fest = row("Parks and Recreation", 2, "Friday the 13th Kids fun Fest", day, "17:00", "20:00",
               location="I.R. Holmes, Sr. Recreation Center at Campus Hills", address="2000 S Alston Avenue")
    table = row("Emergency Communications", 2, "911 table at Kids Fun Fest", day, "17:00", "19:00",
                location="I.R. Holmes Sr. Rec Center", address="2000 S Alston Ave")
    (event,) = merge_rows([fest, table], config).events
    assert set(event.departments) == {"Parks and Recreation", "Emergency Communications"}


def test_a_programme_named_with_a_part_word_is_no_part_of_an_event_in_its_building(config):
    """v23 FM1: Community Safety's "Parent Support Group" 7–8:30 in Room B of the recreation
    center where Parks holds "Teen Night" 7–10 was read as a partner's own part ("support")
    and counted as one joint event, with no question; so were "Grief Support Group", "Table
    Tennis League" and "Family Tent Camping 101". A part word followed by a word naming a
    programme only describes it. A partner's table or lesson at the event still joins it."""
    from sheets_sync.matching import fold, title_part
    assert [title_part(fold(t)) for t in ("Parent Support Group", "Caregiver Support Circle", "Table Tennis League",
                                          "Family Tent Camping 101", "Teen Drop-In Night",
                                          "Police Officers Softball Game")] == [""] * 6
    assert [title_part(fold(t)) for t in ("911 table at Teen Night", "Fire safety lesson - Fun Friday",
                                          "EMS support for 5K", "Info booth/Touch a Truck")] == [
        "table", "lesson", "support", "info booth"]
    day = date(2027, 7, 9)
    center = dict(location="Edison Johnson Recreation Center", address="500 W Murray Avenue")
    teen = row("Parks and Recreation", 2, "Teen Night", day, "19:00", "22:00", **center)
    for n, title in enumerate(("Parent Support Group", "Grief Support Group", "Table Tennis League",
                               "Family Tent Camping 101")):
        group = row("Community Safety", 2 + n, title, day, "19:00", "20:30",
                    location="Edison Johnson Recreation Center - Room B", address="500 W Murray Ave")
        result = merge_rows([teen, group], config)
        assert len(result.events) == 2 and not any(e.is_joint for e in result.events), title
    table = row("Emergency Communications", 2, "911 table at Teen Night", day, "19:30", "20:30", **center)
    (event,) = merge_rows([teen, table], config).events
    assert event.is_joint


def test_dotted_initials_and_a_gym_name_one_venue(config):
    """v23: Police's "Hoops and Heroes bball clinic" at "IR Holmes Gym" and Parks' clinic at
    "I.R. Holmes, Sr. Recreation Center- Gymnasium" (same evening, 5–7) were two events with no
    question, and Fire's lessons at "WD Hill Rec Center" were not Parks' "W.D. Hill Recreation
    Center": dotted initials are written without dots as often, and "Gym" is "Gymnasium".
    Rooms still differ by their numbers or letters."""
    same = [(("I.R. Holmes, Sr. Recreation Center- Gymnasium", "2000 S Alston Avenue"), ("IR Holmes Gym", "")),
            (("W.D. Hill Recreation Center", "1308 Fayetteville Street"), ("WD Hill Rec Center", "")),
            (("J. B. Smith Park", ""), ("JB Smith Park", ""))]
    for a, b in same:
        assert compare_places(parse_place(*a), parse_place(*b))[0] == "same venue", (a, b)
    assert compare_places(parse_place("Conference Suite 1, County Public Safety Building", ""),
                          parse_place("Conference Suite 2, County Public Safety Building", ""))[0] == "different rooms"
    day = date(2027, 8, 19)
    parks = row("Parks and Recreation", 2, "Hoops & Heroes Youth Basketball Clinic", day, "17:00", "19:00",
                location="I.R. Holmes, Sr. Recreation Center- Gymnasium", address="2000 S Alston Avenue")
    police = row("Police", 2, "Hoops and Heroes bball clinic", day, "17:00", "19:00", location="IR Holmes Gym")
    (event,) = merge_rows([parks, police], config).events
    assert event.is_joint


def test_a_move_typed_in_the_status_cell_links_the_hosts_row_on_the_new_date(config):
    """v23 R4a/R4d: Parks' "Touch a Truck" 6/2 with Status "Rained out - moved to June 3" (read
    as Cancelled), Parks' own row on 6/3 and Fire's copy left on 6/2: the Status cell's move
    was never read as a move (only "Postponed to 6/3" was), so 6/3 was Parks' alone and the
    rained-out 6/2 was published as Fire's, Scheduled. By hand: one joint event, on 6/3."""
    from dataclasses import replace
    lot = dict(location="Winslow Sports Park", address="2120 S Highland Ave")
    for note in ("Rained out - moved to June 3", "Cancelled (rain) - new date 6/3"):
        old = replace(row("Parks and Recreation", 2, "Touch a Truck", date(2027, 6, 2), "10:00", "14:00",
                          status=Status.CANCELLED, **lot), status_note=note)
        new = row("Parks and Recreation", 3, "Touch a Truck", date(2027, 6, 3), "10:00", "14:00", **lot)
        copy = row("Fire", 2, "Touch a Truck", date(2027, 6, 2), "10:00", "14:00", **lot)
        (event,) = merge_rows([old, new, copy], config).events
        assert (event.start.day, event.status, counted(event), event.is_joint) == (3, Status.SCHEDULED, True, True), note


def test_a_block_written_street_first_is_that_block(config):
    """v23 N1: Fire's "Engine 9 - Central Northside" at "Arch St (1400 blk)" and Police's block
    party at "1400 Block of Arch Street" were two places ("1400 blk Arch St" was already one):
    a block written after its street is read as "1400 block of Arch St"."""
    party = parse_place("1400 Block of Arch Street", "")
    for typed in ("Arch St (1400 blk)", "Arch St, 1400 block", "Arch Street 1400 blk"):
        assert compare_places(parse_place(typed, ""), party)[0] == "same address", typed
    assert compare_places(parse_place("Arch St (1500 blk)", ""), party)[0] == "different address"


def test_a_booth_or_detail_for_another_event_is_no_part_of_the_one_at_its_place(config):
    """v24 T2b: on a market Saturday at Durham Central Park, Fire's "Fire Prevention Booth @
    Bull City Race Fest" joined the market as a partner's part (the race fest itself not
    logged): what it says it is at names another event. A booth "@ Farmers Market", "@ Showers
    Common" (a place, v25), a plain "Fire Prevention Booth" and details (their titles are not
    read so: "Road closure - Foster St" names a street, v25) still join."""
    park = dict(location="Durham Central Park", address="501 Foster St")
    day = date(2027, 9, 4)
    market = row("Parks and Recreation", 2, "Durham Farmers Market", day, "08:00", "12:00", **park)
    booth = row("Fire", 2, "Fire Prevention Booth @ Bull City Race Fest", day, "08:00", "11:00", **park)
    assert len(merge_rows([market, booth], config).events) == 2
    for title in ("Fire Prevention Booth @ Farmers Market", "Fire Prevention Booth @ Showers Common",
                  "Fire Prevention Booth", "Durham Central Park detail", "Trafic ctrl detail",
                  "Road closure detail - Foster St"):
        other = row("Fire", 2, title, day, "08:00", "11:00" if "detail" not in title else "12:00", **park)
        if "detail" in title:
            other = row("Police", 2, title, day, "07:30", "12:30", **park)
        (event,) = merge_rows([market, other], config).events
        assert event.is_joint, title


def test_a_status_cell_saying_moved_to_a_date_postpones_the_row(config):
    """v25 W3: Parks' "Back to School Bash" 8/14 with Status "Moved to 8/21" or "Rescheduled -
    8/21" (no status word: "rescheduled" is a letter or two from "scheduled") was taken as
    Scheduled, so with Parks' own 8/21 row the bash counted on both dates. The row is Postponed
    on 8/14 and links Police's copy to 8/21: one joint event, on 8/21."""
    from sheets_sync.model import RawTab
    from sheets_sync.validate import parse_tab
    header = ("Title", "Start Date", "Start Time", "End Time", "Location", "Visibility", "Status", "Partner Departments")
    typed = ("Moved to 8/21", "Rescheduled - 8/21", "Rescheduled for Aug. 21", "Moved to 8/14", "Postponed to 8/21")
    rows, _ = parse_tab(RawTab("Parks and Recreation", header, tuple(
        ("Back to School Bash", "8/14/2027", "10am", "2pm", "Walltown Park", "Public", t, "Police") for t in typed)),
        config)
    assert [r.status for r in rows] == [Status.POSTPONED] * 3 + [Status.SCHEDULED, Status.POSTPONED]
    police = row("Police", 2, "Back to School Bash", date(2027, 8, 14), "10:00", "14:00", location="Walltown Park")
    new = row("Parks and Recreation", 9, "Back to School Bash", date(2027, 8, 21), "10:00", "14:00",
              location="Walltown Park", partners=("Police",))
    for old in rows[:3]:
        (event,) = merge_rows([old, police, new], config).events
        assert (event.start.day, event.status, event.is_joint) == (21, Status.SCHEDULED, True), old.status_note


def test_rooms_named_by_their_use_and_a_lobby_for_any_room():
    """v38 CH1: "City Hall Committee Room" and "City Hall - Council Chambers" are two rooms of
    City Hall, not two venues nor one ("Committee Room" had read as part of the venue's name, so
    a meeting there was at the "same venue" as a table in the lobby). A lobby, foyer or atrium
    serves every room (a partner's table there joins the event it is for: test_host_visits),
    though an event held there is in a room of its own (v40 A11)."""
    def kind(a, b):
        return compare_places(parse_place(a, ""), parse_place(b, ""))[0]
    assert kind("Westbrook Town Hall Committee Room", "Westbrook Town Hall - Council Chambers") == "different rooms"
    assert kind("Council Chambers, Westbrook Town Hall", "Westbrook Town Hall Council Chambers") == "same venue"
    assert kind("Harbor Library Meeting Room", "Harbor Library Auditorium") == "different rooms"
    for lobby in ("Westbrook Town Hall lobby", "Westbrook Town Hall (main lobby)", "Westbrook Town Hall - Atrium"):
        assert common_area(parse_place(lobby, "").room), lobby
        assert kind(lobby, "Westbrook Town Hall Committee Room") == "different rooms", lobby
    # a building's plaza is a place of its own beside its rooms (v38 CH4), and no lobby
    assert kind("Westbrook Town Hall Plaza", "Westbrook Town Hall - Room 104") == "different rooms"
    assert kind("Westbrook Town Hall Plaza", "Westbrook Town Hall") == "same venue"
    # a room typed alone is the room of the one building the sheet names it in (v38 CH2)
    hall = parse_place("Westbrook Town Hall - Council Chambers", "12 Elm St")
    gazetteer = Gazetteer([hall, parse_place("Westbrook Town Hall", "12 Elm St")])
    alone = gazetteer.complete(parse_place("Council Chambers", ""))
    assert (alone.room, alone.number) == ("council chambers", "12")
    assert compare_places(alone, parse_place("Westbrook Town Hall", "12 Elm St"))[0] == "same address"
    assert gazetteer.complete(parse_place("Gym", "")).number == ""     # a room every building has
    # a venue named for its room, with no building's kind before it, keeps its name
    assert parse_place("Lakeview Community Room", "").room == ""
    assert parse_place("Westbrook Town Hall Committee Room", "").room == "committee room"


def test_a_kind_of_place_misspelt_by_a_letter_is_that_kind():
    """v38 LB2: "Northside Libary" is the Northside Branch Library, "Oak Hill Pavillion" the Oak
    Hill Pavilion: a word naming a kind of place, one letter dropped, added, changed or two
    swapped, is that word. Names are not bent so ("Senter Park" stays Senter), nor plurals."""
    def kind(a, b):
        return compare_places(parse_place(a, ""), parse_place(b, ""))[0]
    assert kind("Northside Libary", "Northside Branch Library") == "same venue"
    assert kind("Oak Hill Pavillion", "Oak Hill Pavilion") == "same venue"
    assert kind("Glenwood Comunity Cneter", "Glenwood Community Center") == "same venue"
    assert parse_place("Senter Park", "").venue == "senter park"
    assert parse_place("Riverside Park Shelters 3-4", "").venue.split()[2] == "shelters"


def test_a_partners_part_on_the_rain_date_only_the_host_names_joins_the_moved_event(config):
    """A fresh city's check: Parks' movie, Cancelled on 6/25 with "Rained out. Rain date
    Friday 7/2." and no row on 7/2; Fire logged only its visit on 7/2 at the park within the
    movie's hours. One joint event on 7/2, under the host's title and hours (Fire's visit keeps
    its own), not a cancelled movie beside a lone visit. A visit elsewhere, at other hours, or
    the host's own tab's row is no part of it."""
    park = dict(location="Highland Park - Reservoir Lawn")
    host = row("Parks and Recreation", 2, "Movie in the Park: The Lion King", date(2027, 6, 25), "20:45", "23:00",
               status=Status.CANCELLED, description="Rained out. Rain date Friday 7/2.", **park)
    for title in ("Engine 8 visit", "Engine 8 @ Highland Park movie (rain date)"):
        visit = row("Fire", 2, title, date(2027, 7, 2), "20:30", "21:00", **park)
        result = merge_rows([host, visit], config)
        assert len(result.events) == 1, title
        event = result.events[0]
        assert (event.title, event.start, event.end, event.status) == (
            host.title, host.start + timedelta(days=7), host.end + timedelta(days=7), Status.SCHEDULED)
        assert set(event.departments) == {"Parks and Recreation", "Fire"} and counted(event)
        assert [(i.tab, i.column) for i in result.issues if "moved to 2027-07-02" in i.problem] == \
            [("Parks and Recreation", "Start Date")]
    # typed with no place, it joins when it names the event ("Ladder 1 at Movie in the Park")
    placeless = row("Fire", 2, "Ladder 1 at Movie in the Park", date(2027, 7, 2), "20:30", "21:00")
    assert len(merge_rows([host, placeless], config).events) == 1
    for other in (row("Fire", 2, "Engine 8 visit", date(2027, 7, 2), "20:30", "21:00", location="Frick Park"),
                  row("Fire", 2, "Engine 8 visit", date(2027, 7, 2), "13:00", "14:00", **park),
                  row("Parks and Recreation", 3, "Engine 8 visit", date(2027, 7, 2), "20:30", "21:00", **park),
                  # (a part naming another event there: a second helper's check)
                  row("Fire", 2, "Engine 2 visit - Highland Park Pool Glow Swim", date(2027, 7, 2), "20:30", "21:00",
                      **park),
                  row("Fire", 2, "Ladder 1 at the Pool Party", date(2027, 7, 2), "20:30", "21:00")):
        assert len(merge_rows([host, other], config).events) == 2, other


def test_a_placeless_part_names_the_event_by_words_of_its_place(config):
    """A fresh city's check: "Ladder 11 at Delridge Night Out" (no place) beside "Night Out -
    Delridge" at Delridge CC, on an evening with another Fire visit at another party; "K9 demo at
    Ready Seattle fair" beside "Ready Seattle Preparedness Fair" at the Seattle Center Armory.
    The event's title keeps the words its place holds too, so each part joins its event."""
    day = date(2027, 8, 3)
    party = row("Community Safety", 2, "Night Out - Delridge", day, "18:00", "20:00", location="Delridge CC")
    ladder = row("Fire", 3, "Ladder 11 at Delridge Night Out", day, "19:00", "19:30")
    engine = row("Fire", 2, "Engine 18 NNO visit - Ballard", day, "18:30", "19:00", location="Ballard Commons")
    result = merge_rows([party, ladder, engine], config)
    assert together(result, "Community Safety!2", "Fire!3") and apart(result, "Community Safety!2", "Fire!2")
    day = date(2027, 9, 11)
    fair = row("Emergency Management", 2, "Ready Seattle Preparedness Fair", day, "10:00", "15:00",
               location="Seattle Center Armory", address="305 Harrison St")
    k9 = row("Police", 2, "K9 demo at Ready Seattle fair", day, "12:00", "12:30")
    result = merge_rows([fair, k9], config)
    assert together(result, "Emergency Management!2", "Police!2")


def test_coverage_naming_one_of_a_races_distances_joins_it(config):
    """A fresh city's check: Police's "Heroes 5K - traffic control" during Parks' "Heroes 5K and
    1-Mile Walk" at Switchyard Park stayed apart, unasked: the titles' numbers (5k / 5k, 1) were
    read as naming different things. One title's numbers all in the other's are no difference;
    numbers of their own in each still are ("10U" / "12U")."""
    day = date(2027, 9, 25)
    race = row("Parks and Recreation", 2, "Heroes 5K and 1-Mile Walk", day, "09:00", "11:00",
               location="Switchyard Park", address="1601 S Rogers St")
    traffic = row("Police", 2, "Heroes 5K - traffic control", day, "08:30", "11:30", location="Switchyard Park")
    assert together(merge_rows([race, traffic], config), "Parks and Recreation!2", "Police!2")
    tens = row("Parks and Recreation", 2, "Soccer 10U Clinic", day, "09:00", "11:00", location="Switchyard Park")
    twelves = row("Police", 2, "Soccer 12U Clinic", day, "09:00", "11:00", location="Switchyard Park")
    assert apart(merge_rows([tens, twelves], config), "Parks and Recreation!2", "Police!2")


def test_learn_to_ride_is_a_bike_safety_event(config):
    """A fresh city's check (NYC's "Learn to Ride a Bike"): Police's "Bike Rodeo" in the same park
    that morning, inside Parks' hours, was only asked about: the two titles share no word, and
    "learn to ride" named no kind of event."""
    day = date(2027, 5, 15)
    ride = row("Parks and Recreation", 2, "Learn to Ride a Bike: Jefferson Park", day, "09:00", "12:00",
               location="Jefferson Park", address="3801 Beacon Ave S")
    rodeo = row("Police", 2, "Bike Rodeo", day, "09:30", "11:30", location="Jefferson Park")
    assert together(merge_rows([ride, rodeo], config), "Parks and Recreation!2", "Police!2")


def test_a_calendar_occurrence_moved_by_recurrence_id_takes_the_partners_row_along(config):
    """A fresh city's check: Parks' calendar moved one session of its weekly walk from Tuesday
    6/15 to 6/16 (RECURRENCE-ID 6/15, DTSTART 6/16); Police's row for the walk stayed on 6/15
    and became an event of its own, unasked, the joint event lost. The file says where the
    session was first, so Police's row joins it on 6/16, with a warning to move the row."""
    park = dict(location="Peoples Park")
    moved = row("parks.ics", 4, "Walking with Ease", date(2027, 6, 16), "09:00", "10:00",
                department="Parks and Recreation", external_uid="wwe123@google.com#2027-06-15T09:00:00-04:00",
                **park)
    police = row("Police", 2, "Walking with Ease - BPD walk", date(2027, 6, 15), "09:00", "10:00", **park)
    result = merge_rows([moved, police], config)
    assert together(result, "parks.ics!4", "Police!2")
    (event,) = result.events
    assert event.start.date() == date(2027, 6, 16) and set(event.departments) == {"Parks and Recreation", "Police"}
    assert [(i.tab, i.column) for i in result.issues if "moved to 2027-06-16" in i.problem] == \
        [("Police", "Start Date")]
    unmoved = replace(moved, external_uid="wwe123@google.com#2027-06-16T09:00:00-04:00")
    assert apart(merge_rows([unmoved, police], config), "parks.ics!4", "Police!2")
    # a partner's part at its own hours on the first date goes too (a second helper's check: the
    # market moved from 6/12 to 6/13 left "Bike registration at the Market" 9–11 behind)
    market = row("parks.ics", 3, "Farmers' Market", date(2027, 6, 13), "08:00", "13:00",
                 department="Parks and Recreation", external_uid="fm@google.com#2027-06-12T08:00:00-04:00",
                 location="Showers Common")
    bikes = row("Police", 3, "Bike registration at the Market", date(2027, 6, 12), "09:00", "11:00",
                location="Showers Common")
    assert together(merge_rows([market, bikes], config), "parks.ics!3", "Police!3")


def test_a_slot_left_in_a_calendar_session_moved_to_other_hours_goes_with_it(config):
    """v50: Emergency Management's Outlook export moved the Thursday 6–9 pm "CERT Basic
    Training" session of 2/12 to Saturday 2/14, 9–12 (RECURRENCE-ID 2/12 18:00); the 911
    center's "Dispatch 101 for CERT class" 7–8 pm stayed on 2/12 and was an event of its own:
    it had been compared with the Saturday hours. The session is met at the hour it was first
    at, so the slot goes with it."""
    cert = row("em_outlook.ics", 11, "CERT Basic Training", date(2026, 2, 14), "09:00", "12:00",
               department="Emergency Management", location="Durham Fire Training Center",
               external_uid="cert@outlook#2026-02-12T18:00:00-05:00")
    slot = row("Emergency Communications", 9, "Dispatch 101 for CERT class", date(2026, 2, 12), "19:00", "20:00",
               location="Fire Training Center")
    assert together(merge_rows([cert, slot], config), "em_outlook.ics!11", "Emergency Communications!9")
    late = replace(slot, start=slot.start.replace(hour=21, minute=30), end=slot.end.replace(hour=22, minute=30))
    assert apart(merge_rows([cert, late], config), "em_outlook.ics!11", "Emergency Communications!9")


def test_a_visit_left_on_the_date_a_host_names_as_rescheduled_from(config):
    """v50: Parks' "Movie in the Park - Moana 2" on 10/3, "Rescheduled from Friday 9/26 due to
    storms", and Fire's "Engine 11 at Movie in the Park" left on 9/26 at the park: the visit
    names "park", a word of the host's title as typed that its place takes out of the title
    compared. It joins the movie on 10/3."""
    movie = row("Parks and Recreation", 3, "Movie in the Park - Moana 2", date(2025, 10, 3), "19:30", "21:30",
                location="Forest Hills Park", address="1639 University Dr",
                description="Rescheduled from Friday 9/26 due to storms.")
    engine = row("Fire", 9, "Engine 11 at Movie in the Park", date(2025, 9, 26), "19:30", "20:30",
                 location="Forest Hills Pk")
    (event,) = merge_rows([movie, engine], config).events
    assert event.start == movie.start and event.is_joint


def test_a_shift_on_a_day_of_a_multi_day_all_day_event_naming_it_joins_it(config):
    """A fresh city's check: Parks' calendar holds the "Monroe County Fair" all day 7/26–7/31 at
    the fairgrounds' address; Police typed "Fair traffic detail" 5–10 pm on two of its days at
    that address. Three events, none joint, nothing asked; the shift names the fair, so it is
    Police's coverage of it. A shift naming another event there, or on a one-day all-day row,
    is not."""
    where = dict(address="5700 W Airport Rd")
    fair = row("Parks and Recreation", 2, "Monroe County Fair", date(2027, 7, 26), end=None,
               location="Monroe County Fairgrounds", **where)
    fair = replace(fair, end=date(2027, 7, 31))
    shifts = [row("Police", n, "Fair traffic detail", day, "17:00", "22:00", **where)
              for n, day in ((2, date(2027, 7, 27)), (3, date(2027, 7, 30)))]
    result = merge_rows([fair, *shifts], config)
    assert together(result, "Parks and Recreation!2", "Police!2", "Police!3")
    other = row("Police", 2, "Rodeo traffic detail", date(2027, 7, 27), "17:00", "22:00", **where)
    assert apart(merge_rows([fair, other], config), "Parks and Recreation!2", "Police!2")


def test_a_part_the_matcher_read_as_one_keeps_its_own_start(config):
    """A fresh city's check: Police's "Coffee with a Cop" 9:15–11 at Parks' "Fido Coffee Bark"
    9–11 in Cal Anderson Park was merged as a partner's own part, then told to "agree on one
    start time". A part keeps its own hours; a copy typed a quarter-hour late is still told."""
    day = date(2027, 6, 5)
    bark = row("Parks and Recreation", 2, "Fido Coffee Bark", day, "09:00", "11:00", location="Cal Anderson Park",
               address="1635 11th Ave")
    cop = row("Police", 2, "Coffee with a Cop", day, "09:15", "11:00", location="Cal Anderson Park")
    result = merge_rows([bark, cop], config)
    assert together(result, "Parks and Recreation!2", "Police!2")
    assert not [i for i in result.issues if i.column == "Start Time"]
    copy = row("Police", 2, "Fido Coffee Bark", day, "09:15", "11:00", location="Cal Anderson Park")
    result = merge_rows([bark, copy], config)
    assert together(result, "Parks and Recreation!2", "Police!2")
    assert [(i.tab, i.column) for i in result.issues if i.column == "Start Time"] == [("Police", "Start Time")]


def test_a_pasted_copy_left_scheduled_beside_its_cancelled_row_is_told(config):
    """A fresh city's check: Parks pasted its "Kids Fun Fest" row twice, then set one copy
    Cancelled. The event is published Cancelled (the department's own copy calls it off, as a
    calendar export's "CANCELLED" copy of an occurrence does), and the copy still saying
    Scheduled is now told so; a calendar file's occurrence is the export's own and is not."""
    where = dict(location="W.D. Hill Recreation Center")
    off = row("Parks and Recreation", 2, "Kids Fun Fest", date(2027, 5, 14), "17:00", "20:00",
              status=Status.CANCELLED, **where)
    copy = row("Parks and Recreation", 3, "Kids Fun Fest", date(2027, 5, 14), "17:00", "20:00", **where)
    result = merge_rows([off, copy], config)
    (event,) = result.events
    assert event.status is Status.CANCELLED
    assert [(i.tab, i.row, i.column) for i in result.issues] == [("Parks and Recreation", 3, "Status")]
    occurrence = replace(copy, external_uid="tai@example.org#2027-05-14T17:00:00-04:00")
    assert not merge_rows([off, occurrence], config).issues


def test_a_tab_shared_by_departments_is_each_leads_own(config):
    """A fresh city's check: Police and Fire share a "Public Safety" tab, told apart by Lead
    Department. Police's "Spring Safety Fair" and Fire's "Engine 7 visit" there, or their own
    Event IDs on one day's "Public Safety Day", were kept apart as one department's two rows;
    in separate tabs they were one joint event. Two rows of one lead in the shared tab are
    still one department's."""
    day = date(2027, 4, 10)
    shared = dict(department=None, location="Lyon Park")
    fair = row("Public Safety", 2, "Spring Safety Fair", day, "10:00", "14:00", lead="Police", **shared)
    visit = row("Public Safety", 3, "Engine 7 visit", day, "11:00", "12:00", lead="Fire", **shared)
    result = merge_rows([fair, visit], config)
    assert together(result, "Public Safety!2", "Public Safety!3")
    assert set(result.events[0].departments) == {"Police", "Fire"}
    police = row("Public Safety", 2, "Public Safety Day", day, "10:00", "14:00", lead="Police", event_id="PD-2027-041",
                 **shared)
    fire = row("Public Safety", 3, "Public Safety Day - Fire", day, "10:00", "14:00", lead="Fire",
               event_id="FD-2027-017", **shared)
    assert together(merge_rows([police, fire], config), "Public Safety!2", "Public Safety!3")
    own = row("Public Safety", 3, "Bike Patrol Demo", day, "11:00", "12:00", lead="Police", **shared)
    assert apart(merge_rows([fair, own], config), "Public Safety!2", "Public Safety!3")


def test_a_year_left_in_a_copied_title_is_no_number_of_the_event(config):
    """A fresh city's check: Parks copied last year's row and changed only its date, "Egg Hunt-
    Campus Hills Park 2026", beside Community Safety's "Egg Hunt- Campus Hills Park 2027" at the
    same park and hours: two events, unasked ("titles name different numbers")."""
    day = date(2027, 3, 27)
    where = dict(location="Campus Hills Park", address="2000 S Alston Ave")
    parks = row("Parks and Recreation", 2, "Egg Hunt- Campus Hills Park 2026", day, "10:00", "12:00", **where)
    safety = row("Community Safety", 2, "Egg Hunt- Campus Hills Park 2027", day, "10:00", "12:00", **where)
    assert together(merge_rows([parks, safety], config), "Parks and Recreation!2", "Community Safety!2")
