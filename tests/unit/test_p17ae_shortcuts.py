"""Issue 17 (p17ae): the front of the sync's shortcuts give what the plain code gives —
frozen slotted dataclasses built by :func:`sheets_sync.model.slot_init`'s ``__init__`` equal
the dataclass's own, :func:`sheets_sync.identity.published_hash` is the SHA-1 of the stdlib's
sorted JSON, :func:`sheets_sync.parsing.cell_text` of text equals the control-character rule,
:func:`sheets_sync.timeutil.local_datetime` equals ``combine`` of a naive fold-0 clock."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

import pytest

from sheets_sync.identity import RecordEntry, published_fields, published_hash
from sheets_sync.matching import PairScore
from sheets_sync.model import (CombinedEvent, EventRow, MergeEvidence, RowIssue, Severity, SourceRef,
                               Status, Visibility, slot_init)
from sheets_sync.parsing import cell_text
from sheets_sync.timeutil import local_datetime

NY = ZoneInfo("America/New_York")


def _slots(obj) -> dict:
    """Every slot of ``obj`` (init fields and the ones ``__post_init__`` sets) by name."""
    return {f.name: getattr(obj, f.name) for f in fields(obj)}


def _built_by_dataclass(cls, *args, **kwargs):
    """``cls(*args, **kwargs)`` through the dataclass's own generated ``__init__``."""
    obj = object.__new__(cls)
    cls.__dataclass_init__(obj, *args, **kwargs)
    return obj


def _row(**changes) -> EventRow:
    values = dict(source=SourceRef("Police", 12), title="Bike Rodeo", start=datetime(2026, 5, 4, 10, tzinfo=NY),
                  end=datetime(2026, 5, 4, 12, tzinfo=NY), all_day=False, department="Police", lead="Fire",
                  partners=("Parks", "Fire"), text_partners=("Library", "Police"), location="Walltown Park",
                  exdates=(date(2026, 5, 11),), expected_attendance=40, image=("https://x/i.png", "a bike"))
    values.update(changes)
    return EventRow(**values)


@pytest.mark.parametrize("cls, args, kwargs", [
    (SourceRef, ("Fire", 7), {}),
    (RowIssue, ("Fire", 7, "Title", "x", "blank", "type it", Severity.ERROR), {}),
    (MergeEvidence, (SourceRef("Fire", 2), SourceRef("Police", 3), 0.91, ("title 95",)), {}),
    (MergeEvidence, (SourceRef("Fire", 2), SourceRef("Police", 3), 1.0, ()), {"decided_by": "review"}),
    (EventRow, (SourceRef("Fire", 2), "Open House", date(2026, 5, 4), date(2026, 5, 5), True, None, None), {}),
    (EventRow, (), dict(source=SourceRef("Police", 12), title="Bike Rodeo", start=datetime(2026, 5, 4, 10, tzinfo=NY),
                        end=datetime(2026, 5, 4, 12, tzinfo=NY), all_day=False, department="Police", lead="Fire",
                        partners=("Parks", "Fire"), text_partners=("Library",), visibility=Visibility.PUBLIC,
                        status=Status.CANCELLED, actual_attendance=0, point=(35.9, -78.9))),
    (CombinedEvent, ("T", date(2026, 5, 4), date(2026, 5, 5), True, ("Fire",), "Fire", (), Visibility.PUBLIC,
                     Status.SCHEDULED), {}),
    (CombinedEvent, ("T", date(2026, 5, 4), date(2026, 5, 5), True, ("Fire", "Police"), "Fire", (),
                     Visibility.INTERNAL, Status.POSTPONED),
     dict(uid="u@x", sequence=3, removed=True, extra={"sources": ["Fire!2"]}, partners_from_offers=("Parks",),
          evidence=(MergeEvidence(SourceRef("Fire", 2), SourceRef("Police", 3), 0.9, ()),))),
    (PairScore, ("merge", 0.97, ("title 95 (+4)", "place: same venue (+3)"), "match weight +6.0 bits", 6.0), {}),
    (PairScore, ("apart", 0.0, ("times do not overlap",)), {}),
    (RecordEntry, ("u@x", 2, datetime(2026, 5, 1, tzinfo=timezone.utc), datetime(2026, 5, 2, tzinfo=timezone.utc),
                   "ab12", ("id:7",), ({"title": "open house"},), ("Fire",), {"title": "Open House"}),
     {"cancelled_at": datetime(2026, 5, 3, tzinfo=timezone.utc)}),
])
def test_slot_init_builds_what_the_dataclass_init_builds(cls, args, kwargs):
    ours, theirs = cls(*args, **kwargs), _built_by_dataclass(cls, *args, **kwargs)
    assert _slots(ours) == _slots(theirs)
    assert ours == theirs and repr(ours) == repr(theirs)
    if cls is not RecordEntry:                  # (its contents and snapshot are dicts: no hash)
        assert hash(ours) == hash(theirs)


def test_slot_init_sets_what_post_init_derives():
    r = _row()
    assert r.departments == ("Police", "Fire", "Parks", "Library")     # tab, lead, partners, text, once each
    assert SourceRef("Fire", 7).label == "Fire!7" and str(SourceRef("Fire", 7)) == "Fire!7"


def test_slot_init_keeps_the_dataclass_signature_and_rules():
    first = CombinedEvent("T", date(2026, 5, 4), date(2026, 5, 5), True, (), None, (), Visibility.PUBLIC,
                          Status.SCHEDULED)
    second = CombinedEvent("T", date(2026, 5, 4), date(2026, 5, 5), True, (), None, (), Visibility.PUBLIC,
                           Status.SCHEDULED)
    assert first.extra == {} and first.extra is not second.extra          # a fresh dict each time
    with pytest.raises(TypeError):
        SourceRef("Fire")                                                 # a required field missing
    with pytest.raises(TypeError):
        SourceRef("Fire", 7, "Fire!7")                                    # label is not an init field
    with pytest.raises(TypeError):
        _row(colour="red")                                                # no such field
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.title = "U"
    assert dataclasses.replace(_row(), title="Other").title == "Other"


def test_slot_init_covers_defaults_factories_and_init_false_fields():
    made: list[int] = []

    @slot_init
    @dataclass(frozen=True, slots=True)
    class Sample:
        a: int
        b: str = "b"
        c: list = field(default_factory=list)
        d: int = field(init=False, default=4)
        e: tuple = field(init=False, default_factory=tuple)
        f: int = field(init=False)

        def __post_init__(self) -> None:
            made.append(self.a)
            object.__setattr__(self, "f", self.a * 10)

    s = Sample(1)
    assert (s.a, s.b, s.c, s.d, s.e, s.f) == (1, "b", [], 4, (), 10) and made == [1]
    t = Sample(2, "x", [3])
    assert _slots(t) == _slots(_built_by_dataclass(Sample, 2, "x", [3])) and made == [1, 2, 2]


def test_slot_init_refuses_a_class_without_slots():
    @dataclass(frozen=True)
    class Plain:
        a: int

    with pytest.raises(TypeError):
        slot_init(Plain)


def _stdlib_hash(fields_: dict) -> str:
    return hashlib.sha1(json.dumps(fields_, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@pytest.mark.parametrize("changes", [
    {},
    dict(title='Noche de "Seguridad" — café\tcon la policía', lead=None, location="Parque\u2028Central",
         description="línea 1\nlínea 2 \\ \x7f \x01 🚒", all_day=True, start=date(2026, 5, 4), end=date(2026, 5, 5)),
    dict(rrule="FREQ=WEEKLY;COUNT=4", exdates=(date(2026, 5, 11), date(2026, 5, 18)), status=Status.CANCELLED),
    dict(removed=True, departments=("Fire", "Police", "Parks"), title_es="Día de puertas abiertas"),
])
def test_published_hash_is_the_sha1_of_the_stdlib_sorted_json(changes):
    base = dict(title="Open House", start=datetime(2026, 5, 4, 10, tzinfo=NY), end=datetime(2026, 5, 4, 12, tzinfo=NY),
                all_day=False, departments=("Fire",), lead="Fire", rows=(), visibility=Visibility.PUBLIC,
                status=Status.SCHEDULED, location="Station 1", address="101 Main St")
    event = CombinedEvent(**{**base, **changes})
    assert published_hash(event) == _stdlib_hash(published_fields(event))
    assert published_hash(event, published_fields(event)) == _stdlib_hash(published_fields(event))


_C0 = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@pytest.mark.parametrize("text", [
    "", " ", "Bike Rodeo", "  Bike Rodeo \t", "Bike\x00 Rodeo\x1b", "\x0b\x0cline\x7f", "tab\there\nand\rthere",
    "no\u00a0break", "\u2028para\u2029", "zero\u200bwidth", "soft\u00adhyphen", "\ufeffBOM", "emoji 🚒 ", "\x85next",
    "\u3000ideographic\u3000", "\ud800",
])
def test_cell_text_of_text_drops_c0_controls_and_trims(text):
    assert cell_text(text) == _C0.sub("", text).strip()


def test_cell_text_of_other_values_is_unchanged():
    assert [cell_text(v) for v in (None, True, False, 12.0, 12.5, 7, date(2026, 5, 4))] == [
        "", "TRUE", "FALSE", "12", "12.5", "7", "2026-05-04"]


@pytest.mark.parametrize("clock", [time(10, 30), time(1, 30, fold=1), time(1, 30, tzinfo=timezone.utc),
                                   time(23, 59, 59, 999999)])
def test_local_datetime_is_the_day_at_the_naive_fold_zero_clock(clock):
    day = date(2026, 11, 1)                       # New York falls back at 2 am
    got = local_datetime(day, clock, NY)
    want = datetime(2026, 11, 1, clock.hour, clock.minute, clock.second, clock.microsecond, tzinfo=NY, fold=0)
    assert (got, got.fold, got.tzinfo, got.isoformat()) == (want, 0, NY, want.isoformat())


@pytest.mark.parametrize("location, address", [
    ("", ""), ("Walltown Park", ""), ("", "1308 W Club Blvd"), ("Walltown Park", "1308 W Club Blvd"),
    ("Main St & Elm St", ""), ("Room 204, City Hall", "101 City Hall Plaza"), ("", "1400 block of Main St"),
    ("Oak St between 1st & 2nd", ""), ("Fire Station 3", "2510-C Garrett Rd"),
])
def test_a_places_booking_key_is_its_address_else_venue_else_block_face_and_room(location, address):
    from sheets_sync.places import parse_place
    place = parse_place(location, address)
    where = place.address_key or place.venue or (str(place) if place.between else "")
    assert place.booking_key == (f"{where}/{place.room}" if where else "")
    assert place.booking_key is place.booking_key                 # worked out once
