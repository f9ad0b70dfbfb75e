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


def _suggested_by_definition(events, today, until=None):
    """The rule of the module docstring, every upcoming event against every past one."""
    past = [e for e in events if e.start_date < today and e.is_joint and e.status is not Status.CANCELLED]
    out = []
    for e in sorted(events, key=lambda e: (e.start_date, e.title)):
        if e.is_cancelled or e.is_joint or not e.departments or e.start_date < today or (until and e.start_date >= until):
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


_TITLES = ["Youth Safety Fair", "Youth Safety Fair 2025", "Budget town hall", "Town Hall", "Coffee with a Cop",
           "Night Out", ""]


@pytest.mark.parametrize("seed", range(6))
def test_indexed_suggestions_equal_the_rule_applied_to_every_pair(seed):
    """Issue 17: suggested_partners indexes past events (it was every upcoming × every past
    event: minutes at 500,000 rows); the result is the rule's, pair by pair."""
    import random
    rnd = random.Random(seed)
    depts = ["Police", "Fire", "Parks"]
    events = []
    for i in range(120):
        joint = rnd.random() < 0.5
        chosen = tuple(rnd.sample(depts, rnd.choice([2, 3]) if joint else 1))
        events.append(event(f"e{i}", rnd.choice(_TITLES) or "Untitled", date(2025, rnd.randint(1, 12), rnd.randint(1, 28)),
                            depts=chosen, event_type=rnd.choice(["", "", "Fair", "Town Hall"]),
                            cancelled=rnd.random() < 0.1))
    got = [(s.uid, s.department, s.partners, s.examples) for s in suggested_partners(events, date(2025, 7, 1))]
    assert got == _suggested_by_definition(events, date(2025, 7, 1))
    assert got                                   # the case is not empty
