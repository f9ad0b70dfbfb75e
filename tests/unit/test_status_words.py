"""verify8 finding 10: a status typed into the title as a marker, or in other words in the
Status column, is read as that status, with a Validation warning."""
from __future__ import annotations

import csv
import re
from datetime import datetime

import icalendar
import pytest

from sheets_sync.model import RawTab, Status
from sheets_sync.parsing import title_status
from sheets_sync.validate import parse_tab
from tests.conftest import REALDATA

H = ("Title", "Start Date", "Start Time", "End Time", "Visibility", "Status")


@pytest.mark.parametrize("title, expected", [
    ("Paws in the Park - CANCELLED", ("Paws in the Park", "Cancelled")),
    ("CANCELLED: Paws in the Park", ("Paws in the Park", "Cancelled")),
    ("Paws in the Park (Postponed)", ("Paws in the Park", "Postponed")),
    ("Paws in the Park - Canceled", ("Paws in the Park", "Cancelled")),
    ("[CANCELLED] Performing Arts Series: Sound Weasel", ("Performing Arts Series: Sound Weasel", "Cancelled")),
    ("Saving Our Streets **CANCELLED**", ("Saving Our Streets", "Cancelled")),
    ("Jazzercise CANCELLED", ("Jazzercise", "Cancelled")),
    ("CANCELLED Shakespeare in the Park", ("Shakespeare in the Park", "Cancelled")),
    ("MORNINGSIDE NNO CANCELLED", ("MORNINGSIDE NNO", "Cancelled")),
    ("Cancelled Sunday Concert in Bryan Park", ("Sunday Concert in Bryan Park", "Cancelled")),
    # a new date after the word: the event moved (Postponed), it was not called off
    ("Movies in the Parks- CANCELLED- Rescheduled for 9/2", ("Movies in the Parks- Rescheduled for 9/2", "Postponed")),
    ("Movie in the Park - RAINED OUT, moved to 8/20", ("Movie in the Park - moved to 8/20", "Postponed")),
    ("Cancelled - new date TBA: Touch a Truck", ("new date TBA: Touch a Truck", "Postponed")),
    # a reason after the word marks it wherever it stands, and goes with it
    ("Concert - Called Off Due to Heat", ("Concert", "Cancelled")),
    # … also a reason in brackets (a fourth helper's check: "Winter Coat Giveaway - weather" was published)
    ("Winter Coat Giveaway - Canceled (weather)", ("Winter Coat Giveaway", "Cancelled")),
    ("Paws in the Park - Cancelled (Postponed to 9/3)", ("Paws in the Park - Postponed to 9/3", "Postponed")),
    ("Concert - Cancelled due to inclement weather - Bryan Park", ("Concert - Bryan Park", "Cancelled")),
    ("Touch a Truck - Rained Out, moved to 8/20", ("Touch a Truck - moved to 8/20", "Postponed")),
    ("Touch a Truck - Cancelled - new date TBA", ("Touch a Truck - new date TBA", "Postponed")),
    ("Touch a Truck - CANCELLED, no new date", ("Touch a Truck - no new date", "Cancelled")),
    ("Called off due to lightning: Pool Party", ("Called off due to lightning: Pool Party", "")),   # a phrase first
    ("Called Off Due to Heat: Planning Outdoor Events in Extreme Weather (EM webinar)",
     ("Called Off Due to Heat: Planning Outdoor Events in Extreme Weather (EM webinar)", "")),
    # set off on both sides (v16)
    ("Touch a Truck - Cancelled, will be rescheduled", ("Touch a Truck - will be rescheduled", "Postponed")),
    ("Pool Party (Cancelled - Rescheduling TBD)", ("Pool Party (Rescheduling TBD)", "Postponed")),
    ("Bike Rodeo - Postponed until further notice", ("Bike Rodeo", "Postponed")),
    ("CPR Class - Cancelled for lack of registrations", ("CPR Class", "Cancelled")),
    ("Pool Party (Ages 5-12) - CANCELLED", ("Pool Party (Ages 5-12)", "Cancelled")),
    ("Cancelled for weather", ("for weather", "Cancelled")),
    ("When your flight is cancelled due to weather", ("When your flight is cancelled due to weather", "")),
    # a title-case name holding the word and a reason is no marker, nor is a question (v15)
    ("Lightning Safety: Why Games Get Called Off Due to Lightning",
     ("Lightning Safety: Why Games Get Called Off Due to Lightning", "")),
    ("When School Is Cancelled Due to Weather: Childcare Planning Workshop",
     ("When School Is Cancelled Due to Weather: Childcare Planning Workshop", "")),
    ("Burn Ban Talk - Why Fireworks Get Cancelled Due to Drought",
     ("Burn Ban Talk - Why Fireworks Get Cancelled Due to Drought", "")),
    ("Rained Out Because of Storms? Flood Prep Talk", ("Rained Out Because of Storms? Flood Prep Talk", "")),
    ("Touch a Truck Cancelled Because of Storms", ("Touch a Truck Cancelled Because of Storms", "")),
    ("Cancelado: Feria de salud", ("Feria de salud", "Cancelled")),
    # the word as part of a name, or a sentence, is no marker
    ("Christmas Cancelled", ("Christmas Cancelled", "")),
    ("Movie Night: Christmas Cancelled", ("Movie Night: Christmas Cancelled", "")),
    ("The Postponed Wedding", ("The Postponed Wedding", "")),
    ("When your flight is cancelled", ("When your flight is cancelled", "")),
    ("Cancellation policy talk", ("Cancellation policy talk", "")),
    # "rained out", "called off", "washed out" mark a cancellation at the end, enclosed or in
    # capitals (a fresh verifier: "Movie in the Park - RAINED OUT" was published and counted);
    # as a first word or inside a name they are no marker
    ("Movie in the Park - RAINED OUT", ("Movie in the Park", "Cancelled")),
    ("Movie in the Park (rained out)", ("Movie in the Park", "Cancelled")),
    ("Family Picnic - called off", ("Family Picnic", "Cancelled")),
    ("RAINED OUT Movie Night", ("Movie Night", "Cancelled")),
    ("Rained Out? Flood Preparedness Talk", ("Rained Out? Flood Preparedness Talk", "")),
    ("Called Off: the Comedy", ("Called Off: the Comedy", "")),
    ("When Games Get Rained Out", ("When Games Get Rained Out", "")),
    ("Washed Out Road Repair Talk", ("Washed Out Road Repair Talk", "")),
    ("Parade - CALLED OFF?", ("Parade - CALLED OFF?", "")),      # a question: not yet a status
])
def test_title_status(title, expected):
    assert title_status(title) == expected


def _real_titles() -> list[str]:
    titles = []
    for path in sorted(REALDATA.glob("*.ics")):
        cal = icalendar.Calendar.from_ical(path.read_bytes())
        titles += [str(v.get("SUMMARY", "")) for v in cal.walk("VEVENT")]
    with open(REALDATA / "pittsburgh_nno_2025_registered_events.csv", newline="", encoding="utf-8") as f:
        titles += [r["event_name"] for r in csv.DictReader(f)]
    return titles


def test_every_status_word_in_real_titles_is_read_as_a_marker():
    """Bloomington's calendars and Pittsburgh's NNO registrations: every title holding the word
    (88, counted by hand: 84 cancelled, 2 postponed, one cancelled and "Rescheduled for 9/2" —
    moved, so postponed — and one Apple test event titled "Cancelled") marks the event, in every
    spelling the cities used."""
    titles = [t for t in _real_titles() if re.search(r"cancel|postpon", t, re.I)]
    assert len(titles) == 88
    read = [title_status(t)[1] for t in titles]
    assert read.count("Cancelled") == 85 and read.count("Postponed") == 3


@pytest.fixture
def parse(config):
    def one(status, title="Paws in the Park - CANCELLED"):
        rows, issues = parse_tab(RawTab("Parks and Recreation", H, ((title, "9/18/2027", "10am", "1pm", "Public",
                                                                      status),)), config)
        return rows[0], [(i.tab, i.row, i.column, i.value, i.problem, i.action) for i in issues]
    return one


@pytest.mark.parametrize("status", ["Scheduled", None, "Confirmed"])
def test_a_title_marker_with_status_blank_or_scheduled_is_read_as_that_status(parse, status):
    row, issues = parse(status)
    assert (row.title, row.status) == ("Paws in the Park", Status.CANCELLED)
    typed = f"Status is {status!r}" if status else "Status is blank"
    assert issues == [("Parks and Recreation", 2, "Title", "Paws in the Park - CANCELLED",
                       f"the title says Cancelled but {typed}; taken as Cancelled (published as 'Paws in the Park')",
                       "type Cancelled in Status; if the event goes ahead, take the word cancelled out of "
                       "the title")]
    row, issues = parse(status, "Paws in the Park (Postponed)")
    assert (row.title, row.status) == ("Paws in the Park", Status.POSTPONED) and len(issues) == 1


def test_a_title_marker_with_another_status_leaves_row_and_title_as_typed(parse):
    row, issues = parse("Cancelled")
    assert (row.title, row.status, issues) == ("Paws in the Park - CANCELLED", Status.CANCELLED, [])
    row, issues = parse("Tentative")
    assert (row.title, row.status, issues) == ("Paws in the Park - CANCELLED", Status.TENTATIVE, [])
    row, issues = parse("Scheduled", "Christmas Cancelled")
    assert (row.title, row.status, issues) == ("Christmas Cancelled", Status.SCHEDULED, [])


@pytest.mark.parametrize("typed", ["Called off", "Rained out", "Cxl", "rained-out", "Scrubbed", "Called off - rain"])
def test_status_in_other_words_is_read_as_cancelled(parse, typed):
    row, issues = parse(typed, "Paws in the Park")
    assert row.status is Status.CANCELLED
    assert [i[2:5] for i in issues] == [("Status", typed, "read as Cancelled")]
    # a word still unknown is taken as Scheduled, as before
    row, issues = parse("Maybe", "Paws in the Park")
    assert row.status is Status.SCHEDULED
    assert [i[2:5] for i in issues] == [("Status", "Maybe", "unknown status; taken as Scheduled")]


def test_a_calendar_file_marks_status_in_titles_the_same_way(config):
    """Bloomington's parks calendar: "POSTPONED Movie in the Park: Cloak & Dagger" and
    "CANCELLED Shakespeare in the Park" carry STATUS:CONFIRMED; read as Postponed and Cancelled,
    under the title without the word ("MOVED TO OCT 10 - Trick or Treat Trail" on 11/22 as
    Postponed, its note kept), and with no warning to retype a Status a file has not."""
    from sheets_sync.backends.ics_source import read_calendar
    rows, issues = parse_tab(read_calendar(REALDATA / "gcal_bloomington_in_gov_parks_programs.ics",
                                           "Parks and Recreation", config.tz), config)
    by_title = {}
    for r in rows:
        by_title.setdefault(r.title, set()).add(r.status)
    assert by_title["Movie in the Park: Cloak & Dagger"] == {Status.POSTPONED}
    assert by_title["Shakespeare in the Park"] >= {Status.CANCELLED}
    assert by_title["MOVED TO OCT 10 - Trick or Treat Trail"] == {Status.POSTPONED}     # typed on 11/22
    # "Rescheduled for Friday, Aug. 21 at Bryan Park" describes the 5/22/2020 showing
    assert {r.status for r in rows if r.title.endswith('"The Princess Bride"') and r.start.year == 2020} == \
        {Status.POSTPONED}
    assert not any(re.search(r"cancel|postpon", t, re.I) for t in by_title)
    assert not [i for i in issues if i.column == "Title" and "the title says" in i.problem]


@pytest.mark.parametrize(("typed", "published"), [
    ("FW: Community Conversation on Public Safety", "Community Conversation on Public Safety"),
    (" FW: Wildfire Ready Neighbors workshop", "Wildfire Ready Neighbors workshop"),
    ("RE: Fwd: Bike Rodeo", "Bike Rodeo"),
    ("Updated: Community Conversation", "Community Conversation"),
    ("Updated Invitation: Shred Day", "Shred Day"),
    ("Accepted: CPR Class", "CPR Class"),
    ("Invitation: HEART Anniversary Open House @ Mon Apr 20, 2026 4pm - 6pm (CDT) (OCS Events)",
     "HEART Anniversary Open House"),
    ("FW: Coffee @ the Station", "Coffee @ the Station"),
    # (a README-only check: Google's other subjects, a mail system's tag, Outlook's copy and answer)
    ("Invitation: Line Dance @ Weekly from 6pm to 7pm on Saturday (EST) (parks@bloomington.in.gov)", "Line Dance"),
    ("Updated invitation with note: Tree Planting @ Thu Apr 1, 2027 10am - 12pm (EDT) (parks@x.gov)",
     "Tree Planting"),
    ("[EXTERNAL] FW: Ice Fishing Clinic", "Ice Fishing Clinic"),
    ("[EXTERNAL] Ice Fishing Clinic", "Ice Fishing Clinic"),
    ("[EXT] Maple Syrup Day", "Maple Syrup Day"),
    ("EXTERNAL: Arbor Day Tree Planting", "Arbor Day Tree Planting"),
    ("[External Sender] Garden Plot Lottery", "Garden Plot Lottery"),
    ("Extension Office Open House", "Extension Office Open House"),
    ("Copy: Winter Hike", "Winter Hike"),
    ("Declined: Budget Hearing", "Budget Hearing"),
    ("External Affairs Briefing", "External Affairs Briefing"),
    ("Copy Center Open House", "Copy Center Open House"),
    # not a mail client's prefix: a name with a colon, a prefix with nothing after it, a hedge in a tab
    ("Recess: Playground Safety", "Recess: Playground Safety"),
    ("Refresh: CERT Skills Day", "Refresh: CERT Skills Day"),
    ("RE:", "RE:"),
    ("Tentative: Map Your Neighborhood", "Tentative: Map Your Neighborhood"),
])
def test_a_mail_clients_subject_prefix_is_not_part_of_the_title(parse, typed, published):
    """A fresh helper's Outlook and Apple exports (v57): "FW: Community Conversation on Public
    Safety" is the event Police's row calls "Community Conversation on Public Safety"; the
    prefix a mail client writes when a meeting is forwarded, updated or answered is not its
    name, in a tab (a subject pasted from an e-mail) or a calendar file."""
    row, issues = parse("Scheduled", typed)
    assert row.title == published and issues == []


def test_a_calendar_owners_tentative_answer_is_not_part_of_the_title(config, tmp_path):
    """Outlook writes "Tentative:" before a meeting its owner answered tentatively (v57: the 911
    center's "Tentative: Map Your Neighborhood - Maple Hills" was published so); in a calendar
    file it is the owner's answer, not the event's name, and the row keeps the file's STATUS."""
    from sheets_sync.backends.ics_source import read_calendar
    cal = icalendar.Calendar()
    cal.add("prodid", "-//test//EN")
    cal.add("version", "2.0")
    for uid, summary, status in (("a", "Tentative: Map Your Neighborhood - Maple Hills", "CONFIRMED"),
                                 ("b", "FW: Tentative: NNO 911 kiosk", "TENTATIVE")):
        ev = icalendar.Event()
        ev.add("uid", uid)
        ev.add("summary", summary)
        ev.add("status", status)
        ev.add("dtstart", datetime(2026, 4, 18, 10, tzinfo=config.tz))
        ev.add("dtend", datetime(2026, 4, 18, 12, tzinfo=config.tz))
        cal.add_component(ev)
    path = tmp_path / "911.ics"
    path.write_bytes(cal.to_ical())
    rows, issues = parse_tab(read_calendar(path, "Emergency Communications", config.tz), config)
    assert sorted((r.title, r.status) for r in rows) == [("Map Your Neighborhood - Maple Hills", Status.SCHEDULED),
                                                          ("NNO 911 kiosk", Status.TENTATIVE)]


def test_googles_cancelled_invitation_subject_cancels_the_event(parse):
    """"Canceled event: Snowshoe Walk @ Thu Mar 25, 2027 6pm - 7pm (EST) (parks@…)" had been
    published as "event: Snowshoe Walk @ … (parks@…)", the calendar's address shown to residents
    (a README-only check): it is the Snowshoe Walk, cancelled."""
    row, _ = parse(None, "Canceled event: Snowshoe Walk @ Thu Mar 25, 2027 6pm - 7pm (EST) (parks@bloomington.in.gov)")
    assert (row.title, row.status) == ("Snowshoe Walk", Status.CANCELLED)
