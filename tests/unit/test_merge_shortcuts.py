"""Issue 17 (p17s): the merge's shortcuts give what the full rules give — an event of one row
(:func:`sheets_sync.merge.combine`), a title comparison kept for a pair of titles
(:meth:`sheets_sync.matching.DayContext.titles`) and a place comparison kept for a pair of
places (:meth:`sheets_sync.matching.DayContext.places`, :meth:`sheets_sync.places.Gazetteer.complete`)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import product

from sheets_sync.matching import Normaliser, compare_titles, day_context, features
from sheets_sync.merge import combine
from sheets_sync.model import Status, Visibility
from sheets_sync.places import Gazetteer, compare_places, parse_place
from tests.unit.event_rows import row

DAY = date(2025, 8, 5)


def test_an_event_of_one_row_takes_every_field_from_it():
    # the lead named in Partner Departments' place: the lead comes first among the departments
    one = row("Police", 7, "Bike Rodeo", DAY, "10:00", "12:00", location="Walltown Park",
              address="1308 W Club Blvd", lead="Fire", partners=("Parks and Recreation",),
              text_partners=("Community Safety",), visibility=Visibility.INTERNAL, status=Status.TENTATIVE,
              actual_attendance=0, rrule="", exdates=(date(2025, 8, 12),), description="Helmets fitted",
              title_es="Rodeo de bicicletas", registration_url="https://example.org/r")
    issues: list = []
    event = combine([one], (), issues)
    assert issues == []
    assert event.departments == ("Fire", "Police", "Parks and Recreation", "Community Safety")
    assert event.lead == "Fire" and event.rows == (one,)
    assert (event.title, event.start, event.end, event.all_day) == ("Bike Rodeo", one.start, one.end, False)
    assert (event.visibility, event.status, event.attendance) == (Visibility.INTERNAL, Status.TENTATIVE, 0)
    assert event.exdates == ()                # cancelled dates count only with a Repeats rule
    assert (event.location, event.address, event.description, event.title_es, event.registration_url) == (
        "Walltown Park", "1308 W Club Blvd", "Helmets fitted", "Rodeo de bicicletas", "https://example.org/r")
    assert event.partner_departments_from_column is True and event.evidence == ()


def test_an_event_of_one_row_without_a_lead_or_partners():
    one = row("Fire", 3, "Open House", DAY, department=None, lead="", rrule="FREQ=WEEKLY;COUNT=3",
              exdates=(date(2025, 8, 12),), actual_attendance=None)
    event = combine([one], (), [])
    assert event.lead is None and event.departments == ()
    assert (event.start, event.end, event.all_day) == (DAY, date(2025, 8, 6), True)
    assert event.rrule == "FREQ=WEEKLY;COUNT=3" and event.exdates == (date(2025, 8, 12),)
    assert event.attendance is None and event.partner_departments_from_column is False
    assert event.visibility is Visibility.PUBLIC and event.status is Status.SCHEDULED


def test_kept_title_comparisons_are_the_comparisons(config):
    titles = ["National Night Out", "NNO - Walltown", "Walltown National Night Out", "U10 Soccer",
              "U12 Soccer", "Charla de Seguridad", "Safety Talk", "Pet Expo", "Adoptable Dogs at the Pet Expo"]
    m = config.matching
    norm = Normaliser(m.abbreviations, m.translations, config.department_units())
    feats = [features(row("Police", n + 2, t, DAY, "17:00", "19:00", location="Walltown Park"), norm)
             for n, t in enumerate(titles)]
    context = day_context(feats)
    for a, b in [*product(feats, feats), *product(feats, feats)]:      # asked twice: kept the second time
        assert context.titles(a, b) == compare_titles(a, b)
    scores = {(a.titles, b.titles): context.titles(a, b)[0] for a, b in product(feats, feats)}
    assert scores[(feats[3].titles, feats[4].titles)] == 0.0            # U10 / U12: different numbers
    assert scores[(feats[0].titles, feats[0].titles)] == 100.0


def test_kept_place_comparisons_are_the_comparisons():
    # issue 17: a place pair's comparison is kept by the places' identities, and the gazetteer
    # completes each place object once; equal places typed in other rows are other objects
    typed = [("Walltown Park", "1308 W Club Blvd"), ("Walltown Park", ""), ("", "1308 W. Club Blvd."),
             ("Fire Station 1", ""), ("Fire Station 2", ""), ("Lyon Park", "1309 Halley St"), ("", ""),
             ("Zoom", ""), ("Main St & 3rd Ave", ""), ("Library (downtown)", ""), ("City Hall", "101 City Hall Plz")]
    places = [parse_place(location, address) for location, address in typed]
    copies = [replace(p) for p in places]
    gazetteer = Gazetteer(places + copies)
    completed = [gazetteer.complete(p) for p in places + copies]
    assert all(gazetteer.complete(p) is c for p, c in zip(places + copies, completed))
    # … and each completes as a gazetteer that never saw it before completes it
    assert completed == [Gazetteer(places + copies).complete(replace(p)) for p in places + copies]
    assert completed[2].venue == "walltown park"      # (an address learned its venue from another row)
    context = day_context([])
    for a, b in [*product(completed, completed), *product(completed, completed)]:
        assert context.places(a, b) == compare_places(a, b)
    assert context.places(completed[3], completed[4])[0] == "different venue"     # Station 1 / Station 2
