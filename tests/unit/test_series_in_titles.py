"""A held-out set of staff typing series, ranges and sessions each their own way (v63 Wexley): a
weekly class as one row with its weekday in the title and an End Date, a camp's days only in its
title, a station's number typed before its street, a school's initials with a room, many stations
named as one place. Each case is a capability the set found missing; the expected values are read
off the rows (a Saturday class from 5/2 to 5/30 meets on five Saturdays)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from zoneinfo import ZoneInfo

from sheets_sync.backends import MemoryBackend
from sheets_sync.identity import reconcile
from sheets_sync.model import Severity
from sheets_sync.parsing import title_day_range
from sheets_sync.pipeline import analyse, metrics_for
from sheets_sync.places import compare_places, parse_place
from sheets_sync.recurrence import holds_day, title_rules, title_weekdays, weekday_span

H = ["Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Description", "Visibility"]


def _analysed(config, tabs):
    return analyse(MemoryBackend(tabs={t: [H, *rows] for t, rows in tabs.items()}).read_tabs(), config)


def _groups(a):
    return sorted(sorted(str(s) for s in e.sources) for e in a.merge.events)


def _row(title, day, start, end, place, end_day="", description=""):
    return [title, day, start, end_day, end, place, description, "Public"]


@pytest.mark.parametrize("a, b, kind", [
    # a station's number typed before its street, the kind of place shortened ("Sta.")
    ("Fire Sta. 3, Garnet St", "Fire Station 3, 1200 Garnet St", "same venue"),
    ("Fire Sta. 3, Garnet St", "Fire Station 8, 1200 Garnet St", "different venue"),
    # a school by its initials with a room of it, either way round
    ("WHS Commons", "Wexley High School", "same venue"),
    ("WHS Commons", "Wexley High School - Commons", "same venue"),
    ("HMS", "Hillcrest MS caf", "same venue"),
    ("WHS Commons", "Eastfield High School", "different venue"),
])
def test_places_typed_the_ways_the_set_types_them(a, b, kind):
    assert compare_places(parse_place(a, ""), parse_place(b, ""))[0] == kind


@pytest.mark.parametrize("typed, other, kind", [
    # a place naming many of a kind is like one of that kind, and no place of another kind
    ("All fire stations", "Fire Sta. 3, Garnet St", "similar venue"),
    ("at all stations", "Fire Station 5", "similar venue"),
    ("every branch library", "Main Library", "similar venue"),
    ("all city parks", "Millrace Park", "similar venue"),
    ("All fire stations", "DPD District 2 Substation", "different venue"),     # (a README-only check)
    ("All rec centers", "Durham Police Headquarters", "different venue"),
    # two groups tie no rows to one place: two storytimes "at every branch library"
    ("every branch library", "every branch library", "places not comparable"),
    ("All fire stations", "", "unknown place"),
    # names that begin so are places of their own
    ("All Saints Church", "All Saints Church", "same venue"),
    ("All Nations Park", "Millrace Park", "different venue"),
])
def test_many_places_of_a_kind(typed, other, kind):
    assert compare_places(parse_place(typed, ""), parse_place(other, ""))[0] == kind


def test_a_week_long_campaign_at_every_station_does_not_take_in_a_stations_open_house(config):
    """Fire Prevention Week "at all fire stations" had been the same venue as Station 3, so a
    craft table at the station's open house that week joined the campaign, not the open house."""
    a = _analysed(config, {
        "Fire": [_row("Fire Prevention Week", "10/4/2026", "", "", "All fire stations", end_day="10/10/2026"),
                 _row("Station 3 Open House", "10/10/2026", "10am", "2pm", "Fire Station 3, 1200 Garnet St")],
        "Parks and Recreation": [_row("Open house craft table", "10/10/2026", "10:00", "14:00",
                                      "Fire Sta. 3, Garnet St",
                                      description="kids' fire-hat craft at Fire's station open house")],
    })
    assert ["Fire!3", "Parks and Recreation!2"] in _groups(a)
    assert ["Fire!2"] in _groups(a)


@pytest.mark.parametrize("title, start, found", [
    ("Summer Safety Camp 6/15-6/19", date(2026, 6, 15), ("6/15-6/19", 4)),
    ("Fire Prevention Week Oct 4-10", date(2026, 10, 4), ("Oct 4-10", 6)),
    ("Camp June 15 - June 19, 2026", date(2026, 6, 15), ("June 15 - June 19, 2026", 4)),
    ("Fire Prevention Week Oct 4-10", date(2026, 10, 5), None),      # not from the row's own day
    ("Tuesdays 6/2-7/28", date(2026, 6, 2), None),                   # eight weeks: sessions, not a camp
    ("NNO 8/4 - 6pm", date(2026, 8, 4), None),
    ("Unit 3-4 drill", date(2026, 3, 3), None),
    # day names in the range; a range ending the title only, and not another thing's days (a
    # README-only check: a week's kickoff rally had become five days long)
    ("Safety Town Mon 8/3 - Fri 8/7", date(2026, 8, 3), ("Mon 8/3 - Fri 8/7", 4)),
    ("Safety Town (Monday 8/3 to Friday 8/7)", date(2026, 8, 3), ("Monday 8/3 to Friday 8/7", 4)),
    ("Hurricane Prep Week 6/1-6/5: Kickoff Rally", date(2026, 6, 1), None),
    ("Junior Fire Marshal Info Night - Sign-ups 6/1-6/5", date(2026, 6, 1), None),
])
def test_a_range_of_days_in_a_title(title, start, found):
    assert title_day_range(title, start) == found


def test_a_camp_whose_days_are_only_in_its_title_meets_its_partners_later_that_week(config):
    """Parks' "Summer Safety Camp 6/15-6/19" typed on 6/15 with no End Date had been 6/15 alone:
    Fire's visit on 6/17 and Police's demo on 6/18 were never compared with it."""
    a = _analysed(config, {
        "Parks and Recreation": [_row("Summer Safety Camp 6/15-6/19", "6/15/2026", "9:00 AM", "3:00 PM",
                                      "Hollins Rec Center, 88 Hollins Ave")],
        "Fire": [_row("Engine 4 visit - Safety Camp", "6/17/2026", "10am", "11:30am", "Hollins Rec Ctr",
                      description="hose demo for Parks' camp")],
        "Police": [_row("K9 demo @ safety camp", "6/18/2026", "1pm", "2pm", "88 Hollins Ave")],
    })
    assert _groups(a) == [["Fire!2", "Parks and Recreation!2", "Police!2"]]
    camp = next(r for r in a.rows if r.source.tab == "Parks and Recreation")
    assert (camp.start.date(), camp.end.date()) == (date(2026, 6, 15), date(2026, 6, 19))
    told = [i for i in a.issues if i.tab == "Parks and Recreation" and i.column == "Title"]
    assert [(i.value, i.severity) for i in told] == [("Summer Safety Camp 6/15-6/19", Severity.WARNING)]
    assert "6/19/2026" in told[0].action and "End Date" in told[0].action


@pytest.mark.parametrize("title, rules", [
    ("Adopt-a-Park Cleanup every other Saturday", ["every other saturday", "saturday"]),
    ("Swim Lessons Tues/Thurs", ["tues and thurs", "thurs"]),
    ("Coffee w/ a Cop (1st Tue monthly)", ["1st tue monthly", "tue monthly"]),
    ("Saturday Market Days", ["saturday market days"]),
])
def test_the_words_a_title_ends_with_that_may_be_a_repeat_rule(title, rules):
    assert title_rules(title) == rules


@pytest.mark.parametrize("rrule, day, held", [
    ("FREQ=MONTHLY;BYDAY=-1SA", date(2026, 5, 30), True),      # the last Saturday of May 2026
    ("FREQ=MONTHLY;BYDAY=-1SA", date(2026, 5, 23), False),
    ("FREQ=WEEKLY;BYDAY=SA;UNTIL=20260829", date(2026, 5, 2), True),
    ("FREQ=WEEKLY;BYDAY=TU,TH", date(2026, 5, 6), False),       # a Wednesday
])
def test_a_rules_own_days(rrule, day, held):
    assert holds_day(rrule, day) is held


@pytest.mark.parametrize("title, days", [
    ("Summer Day Camp Mondays-Fridays", {0, 1, 2, 3, 4}), ("Mon-Fri Junior Ranger Camp", {0, 1, 2, 3, 4}),
    ("Fri-Sun festival", {4, 5, 6}), ("Camp Mon thru Thurs", {0, 1, 2, 3}), ("Swim Tues/Thurs", set()),
])
def test_a_span_of_weekdays_in_a_title(title, days):
    assert weekday_span(title) == days


@pytest.mark.parametrize("title, days", [
    ("CPR Saturdays in May", ("saturday",)), ("Walking w/ Ease (Wednesdays in July)", ("wednesday",)),
    ("Tuesdays & Thursdays Yoga", ("tuesday", "thursday")), ("every Monday meet-up", ("monday",)),
    ("Saturday cleanup", ()), ("Camp Mondays-Fridays", ()), ("Camp Mon-Fri", ()),
])
def test_the_weekdays_a_title_names_as_its_programmes(title, days):
    assert title_weekdays(title) == days


def _joint_sessions(config, a):
    r = reconcile(a.merge.events, [], datetime(2026, 4, 1, tzinfo=timezone.utc), "t", timedelta(days=30))
    m = metrics_for(r.events, config)
    return {k: (v["events"], v["joint_events"]) for k, v in m.months.items() if v["events"]}


def test_a_weekly_class_typed_as_one_row_with_its_weekday_in_the_title_is_a_series(config):
    """Parks' "CPR Saturdays in May" from 5/2 to 5/30 had been one event a month long, counted
    once: it meets on five Saturdays, Fire teaching on two of them (its rows on 5/9 and 5/16)."""
    a = _analysed(config, {
        "Parks and Recreation": [_row("CPR Saturdays in May", "5/2/2026", "9:00 AM", "12:00 PM",
                                      "Hollins Rec Center, 88 Hollins Ave", end_day="5/30/2026")],
        "Fire": [_row("CPR class - Hollins", "5/9/2026", "9am", "12pm", "Hollins Rec Ctr",
                      description="teaching for Parks' CPR Saturdays"),
                 _row("CPR class - Hollins", "5/16/2026", "9am", "12pm", "Hollins Rec Ctr")],
    })
    series = next(r for r in a.rows if r.source.tab == "Parks and Recreation")
    # RFC 5545 §3.3.10: UNTIL in UTC for a zoned DTSTART, the last day's end in the city's zone
    last = datetime(2026, 5, 30, 23, 59, 59, tzinfo=ZoneInfo(config.timezone)).astimezone(timezone.utc)
    assert series.rrule == f"FREQ=WEEKLY;BYDAY=SA;UNTIL={last:%Y%m%dT%H%M%SZ}"
    assert (series.start.hour, series.end - series.start) == (9, timedelta(hours=3))
    assert _groups(a) == [["Fire!2", "Fire!3", "Parks and Recreation!2"]]
    # five Saturdays in May 2026 (2, 9, 16, 23, 30), two of them with Fire
    saturdays = [d for d in (date(2026, 5, 1) + timedelta(days=k) for k in range(31)) if d.weekday() == 5]
    assert _joint_sessions(config, a) == {"2026-05": (len(saturdays), 2)}


def test_a_camp_on_every_weekday_and_a_one_day_row_stay_as_typed(config):
    a = _analysed(config, {
        "Parks and Recreation": [
            _row("Day Camp Mondays-Fridays", "6/15/2026", "9am", "3pm", "Hollins Rec Center", end_day="6/26/2026"),
            _row("Saturdays at the pool", "6/20/2026", "1pm", "4pm", "Ridgeview Aquatic Center")],
    })
    camp, pool = sorted(a.rows, key=lambda r: r.start)
    assert (camp.rrule, camp.end.date()) == ("", date(2026, 6, 26))
    assert (pool.rrule, pool.end.date()) == ("", date(2026, 6, 20))


@pytest.mark.parametrize("title, description, first, last, rule", [
    # rules the Repeats column reads, ending a title (a README-only check: each had been one
    # event weeks long, taking in off-week rows)
    ("Adopt-a-Park Cleanup every other Saturday", "", "5/2/2026", "5/30/2026", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA"),
    ("Shred Day - last Saturday of every month", "", "5/30/2026", "8/29/2026", "FREQ=MONTHLY;BYDAY=-1SA"),
    ("Swim Lessons Tues/Thurs", "", "6/2/2026", "6/25/2026", "FREQ=WEEKLY;BYDAY=TU,TH"),
    # a title naming its weekday, whose words say it is open every day: one multi-day event
    ("Sundays in the Park Sculpture Exhibit", "open daily dawn to dusk", "6/7/2026", "6/28/2026", ""),
    # a rule whose days do not hold the Start Date says nothing of the row
    ("Shred Day - last Saturday of every month", "", "5/23/2026", "8/29/2026", ""),
])
def test_a_repeat_rule_ending_a_title(config, title, description, first, last, rule):
    a = _analysed(config, {"Parks and Recreation": [_row(title, first, "", "", "Durham Armory", end_day=last,
                                                         description=description)]})
    (row,) = a.rows
    assert row.rrule.split(";UNTIL=")[0] == rule


def test_a_weekday_camp_is_not_held_on_its_weekend(config):
    """Parks' "Summer Day Camp Mondays-Fridays" from Monday 6/22 to Friday 7/3 took in Fire's
    Saturday 6/27 truck visit at the same center (a README-only check); its Wednesday visit
    still joins."""
    saturday, wednesday = date(2026, 6, 27), date(2026, 6, 24)
    assert (saturday.weekday(), wednesday.weekday()) == (5, 2)
    a = _analysed(config, {
        "Parks and Recreation": [_row("Summer Day Camp Mondays-Fridays", "6/22/2026", "9am", "3pm",
                                      "W.D. Hill Rec Center", end_day="7/3/2026")],
        "Fire": [_row("Fire truck visit - Summer Day Camp", "6/27/2026", "10am", "11am", "W.D. Hill Rec Center"),
                 _row("Fire truck visit - Summer Day Camp", "6/24/2026", "10am", "11am", "W.D. Hill Rec Center")],
    })
    assert _groups(a) == [["Fire!2"], ["Fire!3", "Parks and Recreation!2"]]


def test_a_multi_day_event_counts_once_in_its_first_days_month(config):
    """The README's counting policy (a fresh helper's v63 found it unsaid): a fair from 6/29 to
    7/2 with Fire is one joint event, in June."""
    H2 = ["Title", "Start Date", "End Date", "Location", "Partner Departments", "Visibility"]
    a = analyse(MemoryBackend(tabs={"Police": [H2, ["Safety Fair", "6/29/2026", "7/2/2026", "Fairgrounds", "Fire",
                                                    "Public"]]}).read_tabs(), config)
    assert _joint_sessions(config, a) == {"2026-06": (1, 1)}
