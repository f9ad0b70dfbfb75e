"""A fresh helper's set of after-action logs (v56, Cedar Bluff), held out: rows typed after the
event, with times in words ("morning", "after school", "10ish"), places in the title ("NNO
visit - 1200 block W. 9th"), a library by its initials ("MCPL downtown"), a parade's way
("Downtown parade route") and tabs with no Visibility column. Each case is a capability the
set found missing; the expected values are read off the rows, not off the code."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from sheets_sync.matching import title_streets
from sheets_sync.merge import merge_rows
from sheets_sync.model import RawTab
from sheets_sync.parsing import said_hours
from sheets_sync.places import compare_places, parse_place
from sheets_sync.validate import parse_tab
from tests.unit.event_rows import groups, row

H = ("Title", "Start Date", "Start Time", "End Time", "Location", "Address", "Visibility")


def test_the_hours_words_stand_for():
    """A part of the day or an hour said to be about so, in minutes from midnight; a clock time
    or other words are none."""
    assert said_hours("morning") == (6 * 60, 12 * 60)
    assert said_hours("After School") == (14 * 60, 18 * 60 + 30)
    assert said_hours("evening") == (17 * 60, 22 * 60)
    assert said_hours("10ish") == (9 * 60 + 15, 10 * 60 + 45)         # 8 to 11: the morning
    assert said_hours("about 7") == (18 * 60 + 15, 19 * 60 + 45)      # 12 to 7: from noon on
    assert said_hours("~12") == (11 * 60 + 15, 12 * 60 + 45)
    assert [said_hours(t) for t in ("6:30", "13", "Tuesday", "")] == [None] * 4


def test_sessions_in_words_join_their_partners_rows_and_stay_two(config):
    """Fire logged "Hands-only CPR class (AM) - library", Start Time "morning", and the "(PM)"
    one "after school", both all day; the 911 center logged the two classes at 10:00 and 15:30.
    The two Fire rows had been one event (two all-day rows alike), and neither joined the 911
    center's: two joint events became one. Each joins the class within its hours."""
    rows, issues = parse_tab(RawTab("Fire", H, (
        ("Hands-only CPR class (AM) - library", "10/15/2025", "morning", "", "MCPL downtown", "", "Public"),
        ("Hands-only CPR class (PM) - library", "10/15/2025", "after school", "", "MCPL downtown", "", "Public"))),
        config)
    assert [(r.all_day, r.said_hours) for r in rows] == [(True, (360, 720)), (True, (840, 1110))]
    assert [i.problem for i in issues] == ["'morning' is no clock time; shown as an all-day event",
                                           "'after school' is no clock time; shown as an all-day event"]
    crew = "Telecommunicator-led; Medic 3 crew ran the manikins."       # (Fire's unit: Fire is named)
    ecc, _ = parse_tab(RawTab("Emergency Communications", (*H, "Description"), (
        ("Hands-Only CPR + when to call 911", "10/15/2025", "10:00", "11:00", "Monroe County Public Library",
         "303 E Kirkwood Ave", "Public", crew),
        ("Hands-Only CPR + when to call 911", "10/15/2025", "15:30", "16:30", "Monroe County Public Library",
         "303 E Kirkwood Ave", "Public", crew))), config)
    assert [r.departments for r in ecc] == [("Emergency Communications", "Fire")] * 2
    assert groups(merge_rows([*rows, *ecc], config)) == {
        frozenset({"Fire!2", "Emergency Communications!2"}), frozenset({"Fire!3", "Emergency Communications!3"})}
    # without their words (plain all day) the Fire rows join neither class, and each other
    plain = [row("Fire", r.source.row, r.title, r.start, location=r.location) for r in rows]
    assert frozenset({"Fire!2", "Fire!3"}) in groups(merge_rows([*plain, *ecc], config))


def test_an_hour_said_about_so_with_no_end_is_kept(config):
    """"10ish" with no End Time had been an error: the row was left out of the count (nine of
    the set's rows). It is kept, shown all day, with a warning; a bare "10" stays an error."""
    rows, issues = parse_tab(RawTab("Police", H, (
        ("K-9 demo - Touch a Truck", "9/13/2025", "10ish", "", "Switchyard Park", "", "Public"),
        ("K-9 demo - Touch a Truck", "9/14/2025", "10", "", "Switchyard Park", "", "Public"))), config)
    assert [(r.source.row, r.all_day, r.said_hours) for r in rows] == [(2, True, (555, 645))]
    assert [(i.row, i.severity.value, i.problem) for i in issues] == [
        (2, "warning", "'10ish' has no am/pm and no End Time says which half of the day; shown as an all-day event"),
        (3, "error", "'10' has no am/pm")]


def test_a_street_a_title_names_without_its_type():
    """"NNO visit - 1200 block W. 9th" and "NNO - Madison & 7th block party", both with no
    place, never joined the parties at "1200 block W 9th St" and "corner of W 7th & N Madison":
    their titles named no street a street type follows. A block of a street, and a corner with
    a numbered street, are read; two words joined by "&" with no numbered street are not."""
    assert title_streets("nno visit 1200 block w. 9th") == {"9th"}
    assert title_streets("engine 3 at 400 blk of elm") == {"elm"}
    assert title_streets("nno madison & 7th block party") == {"madison", "7th"}
    assert title_streets("police & fire open house") == frozenset()
    assert title_streets("nno visit maple st block party") == {"maple"}


def test_an_nno_visit_joins_the_party_its_title_places(config):
    """The 7 pm Fire visit with its place only in the title joins the party on that block that
    evening, not the one on another street."""
    day = date(2025, 8, 5)
    visit = row("Fire", 8, "NNO visit - 1200 block W. 9th", day, "19:00", "19:30")
    party = row("Police", 6, "NNO block party - 1200 blk W 9th St", day, "18:00", "21:00",
                location="1200 block W 9th St")
    other = row("Police", 7, "NNO block party - 400 blk Elm St", day, "18:00", "21:00", location="400 block Elm St")
    assert frozenset({"Fire!8", "Police!6"}) in groups(merge_rows([visit, party, other], config))


def test_a_venue_by_its_initials_and_part_of_town():
    """"MCPL downtown" is the Monroe County Public Library; "MCPL Ellettsville" (a branch named)
    and "MCC downtown" (other initials) are not."""
    library = parse_place("Monroe County Public Library", "303 E Kirkwood Ave")
    assert compare_places(parse_place("MCPL downtown", ""), library)[0] == "same venue"
    assert compare_places(parse_place("MCPL Ellettsville", ""), library)[0] != "same venue"
    assert compare_places(parse_place("MCC downtown", ""), library)[0] != "same venue"


def test_a_parade_route_is_no_road():
    """"Downtown parade route" was read as a road named Downtown Parade, so every place beside it
    was "another address" and Fire's parade row joined no one's. A route numbered is a road."""
    parade = parse_place("Downtown parade route", "")
    assert (parade.street, parade.crossing) == ("", frozenset())
    route = compare_places(parade, parse_place("Downtown - Kirkwood Ave to the Courthouse", "100 W Kirkwood Ave"))
    assert route[0] != "different address"
    assert parse_place("Route 9", "").crossing or parse_place("Route 9", "").street


def test_status_words_of_a_log(config):
    """"Done", "Held", "Happened", "Completed" drew an "unknown status" warning on 123 of the
    set's 163 rows: each says the event took place (Scheduled), with no warning. "No-show - E3
    on a call" and "CX (storms)" had been read as Scheduled: they say it did not happen."""
    h = ("Title", "Start Date", "Start Time", "Visibility", "Status")
    cells = [("Done", "Scheduled", None), ("Held", "Scheduled", None), ("Happened", "Scheduled", None),
             ("Completed", "Scheduled", None), ("Held (rain)", "Scheduled", "read as Scheduled"),
             ("No-show - E3 on a call", "Cancelled", "read as Cancelled"),
             ("CX (storms)", "Cancelled", "read as Cancelled")]
    rows, issues = parse_tab(RawTab("Fire", h, tuple((f"Visit {k}", f"8/{k + 1}/2025", "6pm", "Public", status)
                                                     for k, (status, _, _) in enumerate(cells))), config)
    assert [r.status.value for r in rows] == [want for _, want, _ in cells]
    assert [(i.row, i.problem) for i in issues] == [(k + 2, said) for k, (_, _, said) in enumerate(cells) if said]


def test_a_partners_own_no_show_row_leaves_it_out(config):
    """Parks' "Banneker Carnival" (Done) and Fire's own "Truck display - Banneker Carnival"
    (Status "No-show - E3 on a call") were a joint event: Fire never came. The event is Parks'
    alone, published as going ahead."""
    h = ("Title", "Start Date", "Start Time", "End Time", "Location", "Address", "Visibility", "Status",
         "Description")
    parks, _ = parse_tab(RawTab("Parks and Recreation", h, (
        ("Banneker Carnival", "7/26/2025", "11am", "3pm", "Banneker Community Center", "930 W 7th St", "Public",
         "Done", "Dunk tank was the hit."),)), config)
    fire, _ = parse_tab(RawTab("Fire", h, (
        ("Truck display - Banneker Carnival", "7/26/2025", "11:00 AM", "", "Banneker CC", "930 W. 7th St.",
         "Public", "No-show - E3 on a call", "E3 caught a structure fire call at 10:50."),)), config)
    (event,) = merge_rows([*parks, *fire], config).events
    assert (event.status.value, event.departments) == ("Scheduled", ("Parks and Recreation",))


def test_a_venue_then_a_numbered_street_without_its_type():
    """Police's "Butler Pk, W 9th" was one venue named "butler park w 9th", unlike Parks' "Rev.
    Ernest D. Butler Park" at 812 W 9th St; the numbered street after the comma is a street, and
    another number there is another street."""
    butler = parse_place("Rev. Ernest D. Butler Park", "812 W 9th St")
    assert compare_places(parse_place("Butler Pk, W 9th", ""), butler)[0] == "same venue"
    assert compare_places(parse_place("Butler Pk, W 10th", ""), butler)[0] == "different address"


def test_a_partner_logged_in_the_past_tense_counts(config):
    """Logged after the event, a partner's part is told in the past tense: "PD came along",
    "Officers Diaz and Kim from PD stopped by", "Dispatch brought the 911 trailer" counted
    nothing (the cue words were the present's and future's). Last year's, or a no, still not."""
    h = ("Title", "Start Date", "Start Time", "Visibility", "Description")
    said = [("Rangers led the walk. PD came along, talked about car break-ins.", ("Police",)),
            ("Officers Diaz and Kim from PD stopped by and walked the whole loop with us", ("Police",)),
            ("DECC brought the trailer; kids practiced calling for help.", ("Emergency Communications",)),
            ("Last year Fire brought a truck.", ()), ("Fire never came.", ()), ("Fire was not there.", ()),
            ("Fire came by last year", ()), ("In 2024, Fire and Police co-hosted this picnic.", ())]
    rows, _ = parse_tab(RawTab("Parks and Recreation", h, tuple(
        (f"Walk {k}", f"8/{k + 1}/2025", "6pm", "Public", text) for k, (text, _) in enumerate(said))), config)
    assert [r.text_partners for r in rows] == [want for _, want in said]


def test_words_a_readme_only_check_found(config):
    """A README-only check of the readings above, in other words: "Not held" and "Skipped" had
    been read as Scheduled (through "held"); notes "Canceled due to low signups", "Event
    cancelled", "Scrubbed - heat advisory" cancelled nothing; "UN-CANCELLED: Canine Field Day"
    cancelled it; "(reinstated) Canine Field Day" kept its marker; "Engine 9 was supposed to come
    but got called to a fire", "EM can't spare anyone", "Police is a no-go", "Fire unavailable"
    counted the partner."""
    from sheets_sync.corrections import says_it_corrects
    from sheets_sync.parsing import back_on, title_status
    h = ("Title", "Start Date", "Start Time", "Visibility", "Status", "Internal Notes")
    cells = [("Not held", "", "Cancelled"), ("Skipped", "", "Cancelled"), ("Held", "", "Scheduled"),
             ("", "Canceled due to low signups", "Cancelled"), ("", "Event cancelled", "Cancelled"),
             ("", "Scrubbed - heat advisory", "Cancelled"), ("", "Cancelled last year due to rain", "Scheduled")]
    rows, _ = parse_tab(RawTab("Parks and Recreation", h, tuple(
        (f"Fair {k}", f"8/{k + 1}/2025", "6pm", "Public", status, notes)
        for k, (status, notes, _) in enumerate(cells))),
        config)
    assert [r.status.value for r in rows] == [want for *_, want in cells]
    assert title_status("UN-CANCELLED: Canine Field Day") == ("UN-CANCELLED: Canine Field Day", "")
    assert [back_on(t) for t in ("UN-CANCELLED: Canine Field Day", "(reinstated) Canine Field Day")] == [
        ("Canine Field Day", True)] * 2
    assert [back_on("X", n)[1] for n in ("It's happening after all", "Never mind the cancellation, it's a go",
                                          "Back on schedule - weather cleared", "Back on track after the storm")] == [
        True, True, True, False]
    h = ("Title", "Start Date", "Start Time", "Visibility", "Partner Departments", "Internal Notes")
    notes = [("Engine 9 was supposed to come but got called to a fire", ()),
             ("EM can't spare anyone that weekend", ("Fire",)), ("Police is a no-go", ("Fire",)),
             ("Fire unavailable", ("Police",)), ("Parks may not have anyone - will confirm", ("Fire",))]
    partners = ["", "Fire, Emergency Management", "Fire, Police", "Fire, Police", "Fire, Parks and Recreation"]
    rows, _ = parse_tab(RawTab("Community Safety", h, tuple(
        (f"Fair {k}", f"8/{k + 1}/2025", "6pm", "Public", p, n) for k, ((n, _), p) in enumerate(zip(notes, partners)))),
        config)
    assert [tuple(sorted(r.partners + r.text_partners)) for r in rows] == [
        (), ("Fire",), ("Fire",), ("Police",), ("Fire",)]
    assert says_it_corrects(replace(rows[0], internal_notes="Sending this again - I put the hours in wrong the first "
                                                             "time, please go by this one"))


def test_a_visit_placed_by_its_title_and_a_row_in_words_never_leads(config):
    """A README-only check: Fire's "NNO visit - 1200 block W. 9th" (no place, "evening") joined
    Police's "NNO Lakeview Park" (a park on no street the sheet gives) as well as the party on
    W 9th St, and the one event was published under Fire's title, all day: a timed row at the
    day of a row in words had been taken for a drop-by at it. The visit joins the W 9th party,
    which leads; beside the park alone, staff are asked; so is a "400 blk Elm" visit."""
    h = ("Title", "Start Date", "Start Time", "End Time", "Location", "Visibility")
    police, _ = parse_tab(RawTab("Police", h, (
        ("National Night Out - W 9th St Block Party", "8/4/2026", "5:30 PM", "8:30 PM", "1200 block of W 9th St",
         "Public"),
        ("NNO Lakeview Park", "8/4/2026", "5:00 PM", "8:00 PM", "Lakeview Park", "Public"))), config)
    fire, _ = parse_tab(RawTab("Fire", h, (
        ("NNO visit - 1200 block W. 9th", "8/4/2026", "evening", "", "", "Public"),
        ("NNO stop - 400 blk Elm", "8/4/2026", "6:30 PM", "7:00 PM", "", "Public"))), config)
    result = merge_rows([*police, *fire], config)
    assert sorted((e.title, e.all_day, tuple(str(s) for s in e.sources)) for e in result.events) == [
        ("NNO Lakeview Park", False, ("Police!3",)),
        ("NNO stop - 400 blk Elm", False, ("Fire!3",)),
        ("National Night Out - W 9th St Block Party", False, ("Police!2", "Fire!2"))]
    assert {(str(p.a.source), str(p.b.source)) for p in result.review} == {("Police!3", "Fire!3")}
    alone = merge_rows([police[1], fire[0]], config)
    assert len(alone.events) == 2 and len(alone.review) == 1


def test_notes_asking_to_call_the_event_off(config):
    """A README-only check: a form's "Anything else we should know?" answered "Need to cancel
    this one - speaker is sick", "Please cancel - venue fell through", "We have to cancel,
    sorry", "Not happening - no permit", "Calling this one off" left the event published as
    going ahead. A plan, or something else called off, is not the event's."""
    h = ("Title", "Start Date", "Start Time", "Visibility", "Internal Notes")
    notes = [("Need to cancel this one - speaker is sick", "Cancelled"), ("Please cancel - venue fell through",
             "Cancelled"), ("We have to cancel, sorry", "Cancelled"), ("Not happening - no permit", "Cancelled"),
             ("Calling this one off, too hot", "Cancelled"), ("We may have to cancel if it rains", "Scheduled"),
             ("Please cancel my RSVP for the training", "Scheduled"),
             ("Had to cancel the bounce house, still on", "Scheduled")]
    rows, _ = parse_tab(RawTab("Parks and Recreation", h, tuple(
        (f"Fair {k}", f"8/{k + 1}/2025", "6pm", "Public", n) for k, (n, _) in enumerate(notes))), config)
    assert [r.status.value for r in rows] == [want for _, want in notes]
    assert said_hours("dinner time") == (17 * 60, 20 * 60 + 30) and said_hours("early evening") == (16 * 60, 19 * 60)


def test_a_second_readme_only_check(config):
    """Notes "Not happening at the Community Center anymore - same day at the Library", "Calling
    this one off?" and "Not happening without Fire - will confirm" had cancelled the event (a
    place, a question, a condition); "Fire Marshal gave a talk" counted no one."""
    h = ("Title", "Start Date", "Start Time", "Visibility", "Internal Notes")
    notes = ["Not happening at the Community Center anymore - same day at the Library instead",
             "Calling this one off? Will decide Friday", "Not happening without Fire - will confirm"]
    rows, _ = parse_tab(RawTab("Parks and Recreation", h, tuple(
        (f"Fair {k}", f"8/{k + 1}/2025", "6pm", "Public", n) for k, n in enumerate(notes))), config)
    assert [r.status.value for r in rows] == ["Scheduled"] * 3
    h = ("Title", "Start Date", "Start Time", "Visibility", "Description")
    rows, _ = parse_tab(RawTab("Parks and Recreation", h, (
        ("Senior Brunch", "8/16/2026", "10:00 AM", "Public", "Fire Marshal gave a talk"),
        ("Senior Brunch", "8/17/2026", "10:00 AM", "Public", "Fire gave a no-show"),)), config)
    assert [r.text_partners for r in rows] == [("Fire",), ()]
