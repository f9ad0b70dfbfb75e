"""Pure selection logic of the public pages (public_feed.query) and outbound links."""
from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from public_feed.links import event_jsonld, map_link
from public_feed.query import (Filters, facet_values, fold, group_by_day, last_day, matches,
                               month_grid, occurrences, options, paginate, parse_month,
                               shift_month, upcoming)

TZ = ZoneInfo("America/New_York")


def ev(uid="a", title="Coffee with a Cop", start=None, end=None, all_day=False, **kw):
    start = start or datetime(2025, 8, 7, 9, tzinfo=TZ)
    end = end or datetime(2025, 8, 7, 10, 30, tzinfo=TZ)
    base = {"uid": uid, "title": title, "title_es": "", "start": start, "end": end, "all_day": all_day,
            "location": "", "address": "", "departments": ["Police"], "lead": "Police",
            "event_type": "", "description": "", "description_es": "", "audience": "",
            "language": "", "accessibility": "", "registration_url": "", "status": "Scheduled",
            "cancelled": False, "joint": False, "rrule": "", "sequence": 0, "last_modified": None}
    base.update(kw)
    return base


def test_filters_from_args_normalise_and_round_trip():
    f = Filters.from_args({"department": "Parks and Recreation", "type": "CPR Class", "joint": "1",
                           "audience": "All ages", "language": "Spanish", "q": "  smoke   alarm ",
                           "unknown": "x"})
    assert f == Filters("parks-and-recreation", "cpr-class", True, "all-ages", "spanish", "smoke alarm")
    assert f.params() == {"department": "parks-and-recreation", "type": "cpr-class", "joint": "1",
                          "audience": "all-ages", "language": "spanish", "q": "smoke alarm"}
    assert Filters.from_args(f.params()) == f
    assert Filters.from_args({}).params() == {} and not Filters.from_args({"joint": "0"}).active
    assert len(Filters.from_args({"q": "x" * 500}).q) == 200


def test_facet_values_split_the_ways_staff_type_lists():
    assert facet_values("English, Spanish") == ["English", "Spanish"]
    assert facet_values("English y Español") == ["English", "Español"]
    assert facet_values("Adults; Teens / Seniors & Families") == ["Adults", "Teens", "Seniors", "Families"]
    assert facet_values("Ages 8-12") == ["Ages 8-12"]
    assert facet_values(None) == [] and facet_values("") == []


def test_matches_each_filter():
    e = ev(departments=["Police", "Fire"], joint=True, event_type="CPR Class", audience="Adults; Teens",
           language="English, Spanish", title_es="Clase de RCP", description="Learn hands-only CPR.")
    assert matches(e, Filters(department="fire"))
    assert not matches(e, Filters(department="parks-and-recreation"))
    assert matches(e, Filters(type="cpr-class")) and not matches(e, Filters(type="town-hall"))
    assert matches(e, Filters(joint=True)) and not matches(ev(), Filters(joint=True))
    assert matches(e, Filters(audience="teens")) and not matches(e, Filters(audience="seniors"))
    assert matches(e, Filters(language="spanish")) and not matches(ev(), Filters(language="spanish"))
    # search: every word, accents and case ignored, Spanish columns included
    assert matches(e, Filters(q="hands-only cpr"))
    assert matches(e, Filters(q="CLASE rcp"))
    assert matches(ev(title="Reunión de la Policía"), Filters(q="policia reunion"))
    assert not matches(e, Filters(q="cpr swimming"))


def test_fold():
    assert fold("Policía ÉXITO") == "policia exito"


def test_options_are_distinct_sorted_and_split():
    events = [ev(audience="Adults; Teens"), ev(audience="adults"), ev(audience=""), ev(audience="Ages 8-12")]
    assert options(events, "audience", split=True) == [("adults", "Adults"), ("ages-8-12", "Ages 8-12"),
                                                        ("teens", "Teens")]


def test_last_day_all_day_end_is_exclusive_and_midnight_end_is_the_day_before():
    assert last_day(ev(start=date(2025, 8, 16), end=date(2025, 8, 18), all_day=True), TZ) == date(2025, 8, 17)
    assert last_day(ev(start=date(2025, 8, 16), end=date(2025, 8, 17), all_day=True), TZ) == date(2025, 8, 16)
    late = ev(start=datetime(2025, 8, 16, 20, tzinfo=TZ), end=datetime(2025, 8, 17, 0, tzinfo=TZ))
    assert last_day(late, TZ) == date(2025, 8, 16)
    # a UTC-written end is turned into the city's day first
    utc = ev(start=datetime(2025, 8, 16, 22, tzinfo=ZoneInfo("UTC")), end=datetime(2025, 8, 17, 2, tzinfo=ZoneInfo("UTC")))
    assert last_day(utc, TZ) == date(2025, 8, 16)


def test_upcoming_keeps_ongoing_events_and_sorts_by_local_start():
    events = [ev("late", start=datetime(2025, 8, 7, 18, tzinfo=TZ), end=datetime(2025, 8, 7, 19, tzinfo=TZ)),
              ev("allday", start=date(2025, 8, 7), end=date(2025, 8, 8), all_day=True),
              ev("past", start=datetime(2025, 8, 6, 9, tzinfo=TZ), end=datetime(2025, 8, 6, 10, tzinfo=TZ)),
              ev("multi", start=date(2025, 8, 5), end=date(2025, 8, 9), all_day=True)]
    assert [e["uid"] for e in upcoming(events, TZ, date(2025, 8, 7))] == ["multi", "allday", "late"]
    grouped = group_by_day(upcoming(events, TZ, date(2025, 8, 7)), TZ, date(2025, 8, 7))
    assert [(d, [e["uid"] for e in es]) for d, es in grouped] == [(date(2025, 8, 7), ["multi", "allday", "late"])]


def test_weekly_rrule_expands_across_dst_keeping_wall_clock_time():
    weekly = ev("w", start=datetime(2025, 10, 28, 18, tzinfo=TZ), end=datetime(2025, 10, 28, 19, tzinfo=TZ),
                rrule="FREQ=WEEKLY;COUNT=3")
    got = occurrences(weekly, TZ, date(2025, 10, 1), date(2025, 12, 31))
    assert [o["start"].isoformat() for o in got] == ["2025-10-28T18:00:00-04:00", "2025-11-04T18:00:00-05:00",
                                                     "2025-11-11T18:00:00-05:00"]
    assert all(o["occurrence"] for o in got)
    assert [o["start"].day for o in upcoming([weekly], TZ, date(2025, 11, 1))] == [4, 11]


def test_exdates_leave_cancelled_dates_out():
    weekly = ev("w", start=datetime(2025, 10, 28, 18, tzinfo=TZ), end=datetime(2025, 10, 28, 19, tzinfo=TZ),
                rrule="FREQ=WEEKLY;COUNT=4", exdates=["2025-11-04T18:00:00-05:00", "2025-11-18"])
    got = occurrences(weekly, TZ, date(2025, 10, 1), date(2025, 12, 31))
    assert [o["start"].day for o in got] == [28, 11]
    allday = ev("d", start=date(2025, 8, 1), end=date(2025, 8, 2), all_day=True, rrule="FREQ=DAILY;COUNT=3",
                exdates=["2025-08-02"])
    assert [o["start"] for o in occurrences(allday, TZ, date(2025, 8, 1), date(2025, 8, 31))] == [
        date(2025, 8, 1), date(2025, 8, 3)]


def test_paginate_clamps():
    p = paginate(list(range(120)), 3, 50)
    assert (p.items, p.number, p.pages, p.total) == (list(range(100, 120)), 3, 3, 120)
    assert paginate(list(range(120)), 99, 50).number == 3
    assert paginate([], 1, 50) == paginate([], -4, 50)
    assert paginate([], 1, 50).pages == 1


def test_month_grid_sunday_first_multi_day_on_each_day():
    events = [ev("blitz", start=date(2025, 8, 16), end=date(2025, 8, 18), all_day=True),
              ev("cookout", start=datetime(2025, 8, 9, 17, tzinfo=TZ), end=datetime(2025, 8, 9, 19, tzinfo=TZ)),
              ev("next", start=datetime(2025, 9, 1, 17, tzinfo=TZ), end=datetime(2025, 9, 1, 19, tzinfo=TZ))]
    weeks = month_grid(events, 2025, 8, TZ, first_weekday=6)
    assert len(weeks) == 6                                 # Aug 2025: Fri 1st … Sun 31st
    assert [d for d, _ in weeks[0]][:5] == [None] * 5 and weeks[0][5][0] == date(2025, 8, 1)
    by_day = {d: [e["uid"] for e in es] for week in weeks for d, es in week if d}
    assert by_day[date(2025, 8, 16)] == ["blitz"] and by_day[date(2025, 8, 17)] == ["blitz"]
    assert by_day[date(2025, 8, 18)] == [] and by_day[date(2025, 8, 9)] == ["cookout"]
    assert sum(len(v) for v in by_day.values()) == 3      # September's event is not in August
    monday_first = month_grid(events, 2025, 8, TZ, first_weekday=0)
    assert monday_first[0][4][0] == date(2025, 8, 1)


def test_parse_and_shift_month():
    assert parse_month("2025-08", date(2020, 1, 1)) == (2025, 8)
    assert parse_month("2025-13", date(2020, 1, 5)) == (2020, 1)
    assert parse_month("junk", date(2020, 1, 5)) == (2020, 1)
    assert shift_month(2025, 1, -1) == (2024, 12) and shift_month(2025, 12, 1) == (2026, 1)


def test_map_link_skips_places_that_are_not_places():
    assert map_link(ev(location="Walltown Park", address="1308 W Club Blvd")).startswith(
        "https://www.openstreetmap.org/search?query=Walltown+Park%2C+1308+W+Club+Blvd")
    assert map_link(ev(location="Virtual")) == "" and map_link(ev(location="")) == ""
    assert map_link(ev(location="Online", address="101 City Hall Plaza")) != ""


@pytest.mark.parametrize("status,cancelled,expected", [
    ("Cancelled", True, "https://schema.org/EventCancelled"),
    ("Postponed", False, "https://schema.org/EventPostponed"),
    ("Scheduled", False, "https://schema.org/EventScheduled")])
def test_event_jsonld(status, cancelled, expected):
    e = ev(status=status, cancelled=cancelled, departments=["Police", "Fire"], location="Walltown Park",
           address="1308 W Club Blvd", audience="All ages")
    data = event_jsonld(e, "https://x.test/events/a", TZ)
    assert data["@type"] == "Event" and data["eventStatus"] == expected
    assert data["startDate"] == "2025-08-07T09:00:00-04:00" and data["endDate"] == "2025-08-07T10:30:00-04:00"
    assert data["organizer"] == [{"@type": "GovernmentOrganization", "name": "Police"},
                                 {"@type": "GovernmentOrganization", "name": "Fire"}]
    assert data["location"] == {"@type": "Place", "name": "Walltown Park", "address": "1308 W Club Blvd"}
    allday = event_jsonld(ev(start=date(2025, 8, 16), end=date(2025, 8, 18), all_day=True,
                             location="Durham"), "u", TZ)
    assert (allday["startDate"], allday["endDate"]) == ("2025-08-16", "2025-08-17")
    json.dumps(data)


def test_event_jsonld_rich_result_fields():
    """Issue 15: organizer.url, image, previousStartDate with EventRescheduled, no Event markup
    without a place (Google's event rich results require a location)."""
    assert event_jsonld(ev(location="", address=""), "u", TZ) is None
    urls = {"Police": "https://police.example.gov/"}
    moved = ev(location="Walltown Park", previous_start="2025-08-05T22:00:00+00:00",
               image_url="https://x.test/nno.jpg", departments=["Police", "Fire"])
    data = event_jsonld(moved, "u", TZ, organizer_url=lambda name: urls.get(name, ""))
    assert data["eventStatus"] == "https://schema.org/EventRescheduled"
    assert data["previousStartDate"] == "2025-08-05T18:00:00-04:00"      # in the city's offset
    assert data["image"] == ["https://x.test/nno.jpg"]
    assert data["organizer"] == [{"@type": "GovernmentOrganization", "name": "Police",
                                  "url": "https://police.example.gov/"},
                                 {"@type": "GovernmentOrganization", "name": "Fire"}]
    cancelled = event_jsonld({**moved, "cancelled": True, "status": "Cancelled"}, "u", TZ)
    assert cancelled["eventStatus"] == "https://schema.org/EventCancelled"
    assert cancelled["previousStartDate"] == "2025-08-05T18:00:00-04:00"


def test_parse_day_refuses_dates_a_page_cannot_show():
    from datetime import date as _date

    from public_feed.query import parse_day
    assert parse_day("2025-08-05") == _date(2025, 8, 5)
    assert parse_day("9999-12-31") is None      # would overflow "from + 800 days"
    assert parse_day("0001-01-01") is None
    assert parse_day("2026-02-30") is None and parse_day("garbage") is None and parse_day("") is None
