"""Suggested partners, capability matching and clash rules (sheets_sync.partnering)."""
from __future__ import annotations

import math
from datetime import date

import pytest

from sheets_sync.model import CombinedEvent, Status, Visibility
from sheets_sync.partnering import (capability_matches, clashes, distance_km, same_kind,
                                    suggested_partners)
from tests.unit.event_rows import row

TODAY = date(2025, 9, 1)
LOOKUP = {"fire": "Fire", "dfd": "Fire", "police": "Police", "dpd": "Police", "parks": "Parks",
          "heart": "Community Safety", "community safety": "Community Safety"}
CAPS = {"Fire": ["CPR demo", "fire engine tour"], "Police": ["traffic control", "K-9 demonstration"],
        "Community Safety": ["HEART info table"], "Parks": ["bounce house"]}


def event(uid, title, day, start="18:00", end=None, depts=("Police",), *, event_type="", size=None,
          location="", address="", public=True, cancelled=False) -> CombinedEvent:
    r = row(depts[0], 2, title, day, start, end, location=location, address=address, event_type=event_type,
            expected_attendance=size, visibility=Visibility.PUBLIC if public else Visibility.INTERNAL)
    return CombinedEvent(title=title, start=r.start, end=r.end, all_day=r.all_day, departments=tuple(depts),
                         lead=depts[0], rows=(r,), visibility=r.visibility,
                         status=Status.CANCELLED if cancelled else Status.SCHEDULED, location=location,
                         address=address, event_type=event_type, uid=uid)


def test_suggestions_come_from_past_events_of_the_same_kind():
    history = [
        event("p1", "National Night Out 2023", date(2023, 8, 1), depts=("Police", "Fire"), event_type="National Night Out"),
        event("p2", "National Night Out 2024", date(2024, 8, 6), depts=("Police", "Fire", "Parks"),
              event_type="National Night Out"),
        event("p3", "Town Hall", date(2024, 5, 1), depts=("Police", "Community Safety"), event_type="Town Hall"),
        event("p4", "Cancelled NNO", date(2024, 9, 1), depts=("Police", "Parks"), event_type="National Night Out",
              cancelled=True),
        event("p5", "Smoke alarm blitz", date(2024, 3, 1), depts=("Fire", "Parks"), event_type="National Night Out"),
    ]
    upcoming = [event("u1", "National Night Out 2025", date(2025, 9, 10), event_type="National Night Out"),
                event("u2", "Coffee with a Cop", date(2025, 9, 11)),
                event("u3", "Joint already", date(2025, 9, 12), depts=("Police", "Fire"), event_type="Town Hall")]
    (s,) = suggested_partners(history + upcoming, TODAY)
    # Police took part in p1 and p2 (Fire twice, Parks once); p4 is cancelled, p5 had no Police
    assert (s.uid, s.department, s.partners) == ("u1", "Police", (("Fire", 2), ("Parks", 1)))
    assert s.examples == ("National Night Out 2023", "National Night Out 2024")
    assert suggested_partners(history + upcoming, TODAY, until=date(2025, 9, 10)) == []


def test_same_kind_uses_titles_when_a_type_is_missing():
    a = event("a", "Youth Safety Fair", date(2024, 9, 1))
    assert same_kind(a, event("b", "Youth Safety Fair 2025", date(2025, 9, 1)))
    assert not same_kind(a, event("c", "Budget town hall", date(2025, 9, 1)))
    assert not same_kind(event("d", "Fair", date(2024, 1, 1), event_type="Festival"),
                         event("e", "Fair", date(2024, 1, 1), event_type="Town Hall"))


@pytest.mark.parametrize("wanted, expected", [
    ("an engine and crew for a kids' tour", {"Fire": ["fire engine tour"]}),
    ("CPR demonstration for parents", {"Fire": ["CPR demo"]}),
    ("Fire: someone to talk to parents", {"Fire": ["CPR demo"]}),       # named, no shared word
    ("a K-9 demo and traffic control", {"Police": ["traffic control", "K-9 demonstration"]}),
    ("a demonstration table", {}),                                       # how, not what
    ("info table from HEART", {"Community Safety": ["HEART info table"]}),
    ("", {}),
    ("volunteers please", {}),
])
def test_capabilities_matched_to_requests(wanted, expected):
    assert capability_matches(wanted, CAPS, LOOKUP) == expected


def test_distance_is_haversine_on_the_mean_earth_radius():
    assert distance_km((0, 0), (1, 0)) == pytest.approx(math.pi / 180 * 6371.0088, rel=1e-12)
    assert distance_km((35.994, -78.899), (35.994, -78.899)) == 0
    # a quarter of the equator
    assert distance_km((0, 0), (0, 90)) == pytest.approx(math.pi / 2 * 6371.0088, rel=1e-12)


def test_clash_rules():
    day = date(2025, 9, 13)
    venues = {"CCB Plaza": (35.9940, -78.8986), "Durham Armory": (35.9966, -78.8990),   # ~0.29 km
              "Southpoint": (35.9025, -78.9430)}                                          # ~11 km
    events = [
        event("a", "Festival A", day, "11:00", "14:00", ("Police",), size=500, location="CCB Plaza"),
        event("b", "Festival B", day, "13:30", "15:00", ("Parks",), size=300, location="Durham Armory"),
        event("c", "Fair C", day, "12:00", "13:00", ("Fire",), size=400, location="Southpoint"),
        event("d", "Small D", day, "11:00", "12:00", ("Community Safety",), size=20, location="CCB Plaza"),
        event("e", "Parade E", day, "11:30", "12:30", ("Fire", "Parks"), size=200, location="CCB Plaza"),
        event("f", "Internal F", day, "11:00", "12:00", ("Police",), size=900, location="CCB Plaza", public=False),
        event("g", "Later G", day, "15:00", "16:00", ("Police",), size=900, location="CCB Plaza"),
        event("h", "Cancelled H", day, "11:00", "12:00", ("Police",), size=900, location="CCB Plaza", cancelled=True),
    ]
    found = {(c.kind, c.uids) for c in clashes(events, TODAY, date(2025, 10, 1), large_attendance=150,
                                                distance_limit_km=1.0, venues=venues)}
    # by hand: a 11-14, f/d 11-12, e 11:30-12:30, c 12-13, b 13:30-15, g 15-16 (h cancelled)
    assert found == {
        ("nearby", ("a", "b")),             # 0.29 km apart, overlapping 13:30-14:00, both large
        ("same venue", ("a", "e")),         # CCB Plaza, both large and public
        ("double-booked", ("a", "f")),      # Police at both from 11:00 (f is internal: no venue clash)
        ("double-booked", ("e", "c")),      # Fire at 11:30-12:30 and 12:00-13:00 (11 km apart)
    }


def _suggestions_by_definition(events, today, until=None):
    """The module docstring's rule, one upcoming event against every past event in turn."""
    past = [e for e in events if e.start_date < today and e.is_joint and not e.status.value == "Cancelled"]
    out = []
    for e in sorted(events, key=lambda e: (e.start_date, e.title)):
        if (e.is_cancelled or e.is_joint or not e.departments or e.start_date < today
                or (until and e.start_date >= until)):
            continue
        own, counts, examples = e.departments[0], {}, []
        for p in past:
            if same_kind(e, p) and own in p.departments:
                for d in p.departments:
                    if d != own:
                        counts[d] = counts.get(d, 0) + 1
                if p.title not in examples:
                    examples.append(p.title)
        if counts:
            out.append((e.uid, own, tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
                        tuple(examples[:3])))
    return out


from hypothesis import given, seed, settings, strategies as st   # noqa: E402

_TITLES = ["Youth Safety Fair", "Youth Safety Fair 2025", "youth safety fair!", "CPR Class",
           "CPR class for teens", "Budget town hall", "Town Hall", "Night Out", ""]
_DEPTS = ["Police", "Fire", "Parks", "Community Safety"]


@st.composite
def _events(draw):
    out = []
    for k in range(draw(st.integers(0, 40))):
        depts = tuple(draw(st.lists(st.sampled_from(_DEPTS), min_size=1, max_size=3, unique=True)))
        out.append(event(f"u{k}", draw(st.sampled_from(_TITLES)) or "x",
                         date(2025, draw(st.integers(6, 11)), draw(st.integers(1, 28))), depts=depts,
                         event_type=draw(st.sampled_from(["", "", "Fair", "Class"])),
                         cancelled=draw(st.booleans())))
    return out


@seed(17)
@settings(max_examples=150, deadline=None)
@given(_events(), st.sampled_from([None, date(2025, 10, 1)]))
def test_suggestions_equal_the_rule_applied_event_by_event(events, until):
    """Issue 17: kinds folded and compared once, answers shared by events of one kind and
    department — the same suggestions as the rule applied to each pair."""
    got = [(s.uid, s.department, s.partners, s.examples)
           for s in suggested_partners(events, TODAY, until=until)]
    assert got == _suggestions_by_definition(events, TODAY, until)


def _dev_titles() -> list[str]:
    """Every Title of the labelled development workbook (tests/data/dedupe_dev), folded."""
    import openpyxl

    from sheets_sync.places import fold
    from tests.conftest import ROOT
    wb = openpyxl.load_workbook(ROOT / "tests" / "data" / "dedupe_dev" / "intake.xlsx", read_only=True)
    try:
        return [fold(str(r[1] or "")) for ws in wb.worksheets for r in ws.iter_rows(min_row=2, values_only=True)]
    finally:
        wb.close()


def test_alike_titles_equal_the_pairwise_rule_on_real_titles():
    """Issue 17 (p17r): each distinct title scored once in RapidFuzz's loop gives the titles
    ``same_kind``'s pairwise rule (both non-empty, token_set_ratio >= 80) accepts."""
    from rapidfuzz import fuzz

    from sheets_sync.partnering import TITLE_ALIKE, alike_titles
    titles = _dev_titles()
    assert len(set(titles)) > 100
    found = 0
    for title in sorted(set(titles))[::7] + [""]:
        expected = {t for t in titles if title and t and fuzz.token_set_ratio(title, t) >= TITLE_ALIKE}
        got = alike_titles(title, titles)
        assert got == expected, title
        found += len(got) > 1          # a title alike others than itself
    assert found >= 5
