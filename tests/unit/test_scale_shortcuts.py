"""Issue 17 (p17k): the shortcuts taken for 100,000 rows give what the plain code gives.

Each test computes the expected value the plain way (``dataclasses.replace``, every field
through one converter, the record's row contents, unbounded tables, the tab rows themselves)
and compares it with the shortcut the sync now takes.
"""
from __future__ import annotations

import pickle
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from bench.synthetic import synthetic_rows
from sheets_sync.config import config_from_dict
from sheets_sync.identity import PUBLISHED_FIELDS, published_fields, reconcile, row_content
from sheets_sync.matching import DayContext, Normaliser, features
from sheets_sync.merge import default_order, merge_rows
from sheets_sync.model import RawTab, SourceRef, Status, Visibility, replace_event
from sheets_sync.seen import first_seen_order
from sheets_sync.steady import Reading, headers_only
from tests.conftest import ROOT, base_config_dict
from tests.unit.event_rows import row

CONFIG = config_from_dict(base_config_dict(ROOT / "tmp-unused"), base_dir=ROOT)
NOW = datetime(2026, 12, 1, 12, tzinfo=timezone.utc)
ROWS = synthetic_rows(1500, seed=3)[0]


def _plain(value):
    """A published field's JSON value, the long way (every type checked, tuples item by item)."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (Status, Visibility)):
        return value.value
    if isinstance(value, tuple):
        return [_plain(x) for x in value]
    return value


def test_replace_event_is_dataclasses_replace():
    event = merge_rows(ROWS[:200], CONFIG).events[7]
    changes = {"uid": "abc@x", "sequence": 3, "created": NOW, "last_modified": NOW + timedelta(1),
               "departments": ("Fire", "Police"), "removed": True}
    assert replace_event(event, **changes) == replace(event, **changes)
    assert replace_event(event) == event and replace_event(event) is not event
    with pytest.raises(KeyError):
        replace_event(event, not_a_field=1)


def test_published_fields_as_every_field_converted_one_by_one():
    events = list(merge_rows(ROWS, CONFIG).events)
    events[0] = replace(events[0], exdates=(date(2026, 1, 2),), status=Status.CANCELLED)
    events[1] = replace(events[1], removed=True, lead=None)
    for e in events:
        want = {f: _plain(getattr(e, f)) for f in PUBLISHED_FIELDS if f != "exdates" or e.exdates}
        if e.removed:
            want["status"] = "Cancelled"
        got = published_fields(e)
        assert got == want and list(got) == list(want)      # same keys in the same order


def test_first_sync_order_is_the_default_order():
    assert first_seen_order([]) is default_order
    merged = merge_rows(ROWS, CONFIG, order=first_seen_order([]))
    plain = merge_rows(ROWS, CONFIG)
    assert [[r.source for r in e.rows] for e in merged.events] == [[r.source for r in e.rows] for e in plain.events]


def test_resync_order_reads_the_row_content_fields():
    """``first_seen_order`` reads title, start, place and description as :func:`row_content`
    writes them into the record: the ranks it gives equal ranks looked up by the contents."""
    first = reconcile(merge_rows(ROWS, CONFIG).events, [], NOW, "x.example", timedelta(days=30))
    order = first_seen_order(first.entries)
    ranks = {}
    for entry in first.entries:
        for position, c in enumerate(entry.contents):
            key = (c["tab"], c["title"], c["start"], c["place"], c["description"])
            ranks[key] = min(ranks.get(key, (9e99, 0)), (entry.created.timestamp(), position))
    edited = [replace(r, title=r.title.upper() + "  ") if k % 3 == 0 else r for k, r in enumerate(ROWS)]
    for r in edited:
        c = row_content(r)
        rank = ranks.get((c["tab"], c["title"], c["start"], c["place"], c["description"]))
        assert rank is not None        # case and spacing are not an edit
        assert order(r)[:2] == rank and order(r)[2:] == default_order(r)[2:]
    moved = replace(ROWS[0], description="now with a new description")
    assert order(moved)[:2] != (float("inf"), 0)      # found again with one field changed (near)
    new = replace(ROWS[0], title="A brand new title", description="x", location="Elsewhere Hall")
    assert order(new) == default_order(new)


def test_day_tables_of_a_few_days_count_as_tables_of_every_day():
    norm = Normaliser(CONFIG.matching.abbreviations, CONFIG.matching.translations, CONFIG.department_units())
    feats = [features(r, norm) for r in ROWS]
    small, big = DayContext(feats), DayContext(feats)
    for table in ("_places", "_naming", "_streets", "_bookings"):
        getattr(small, table).size = 2
        getattr(big, table).size = 10 ** 9
    asked = 0
    for k, f in enumerate(feats * 2):           # every day asked about twice, far apart
        words = frozenset(w for w in f.words[0] if len(w) > 2)
        for ctx in (small, big):
            ctx.answer = (ctx.common(f.day, words), ctx.rows_naming(f.day, words),
                          ctx.numbers_on(f.day, f.place.street), ctx.bookings(f.day, f.place))
        assert small.answer == big.answer
        asked += 1
    assert len(small._naming) == 2 and len(big._naming) == len({f.day for f in feats}) > 100
    assert asked == 2 * len(feats)


def test_event_row_departments_follow_its_fields():
    a = row("Police", 2, "Block party", date(2026, 8, 4), "18:00", partners=("Fire", "Police"))
    assert a.departments == ("Police", "Fire")
    b = replace(a, lead="Parks and Recreation")
    assert b.departments == ("Police", "Parks and Recreation", "Fire")
    assert b != a and replace(b, lead="Police") == a and hash(replace(b, lead="Police")) == hash(a)
    assert pickle.loads(pickle.dumps(b)) == b and pickle.loads(pickle.dumps(b)).departments == b.departments
    assert "departments" not in repr(a) and not hasattr(a, "__dict__")


def test_source_label_is_the_a1_like_form():
    s = SourceRef("Parks and Recreation", 12)
    assert str(s) == "Parks and Recreation!12" and str(s) is str(s)
    assert s == SourceRef("Parks and Recreation", 12) and replace(s, row=3).label == "Parks and Recreation!3"
    assert repr(s) == "SourceRef(tab='Parks and Recreation', row=12)"


def test_rows_digest_survives_dropping_the_rows():
    tabs = [RawTab("Police", ("Title", "Start Date"), (("A", "2026-01-02"), ("B", 45000.0), (), ("C", None))),
            RawTab("Fire", ("Title", "Start Date"), (("D", True),), first_row=3)]
    reading = Reading(list(tabs), None, None)
    digest = reading.rows_digest()
    reading.drop_rows()
    assert reading.rows_digest() == digest and all(t.rows == () for t in reading.tabs)
    assert [t.header for t in reading.tabs] == [t.header for t in tabs]
    # another cell, another row count or another first row: another digest
    for other in ([replace(tabs[0], rows=tabs[0].rows[:-1] + (("C", ""),)), tabs[1]],
                  [replace(tabs[0], rows=tabs[0].rows[:-1]), tabs[1]],
                  [tabs[0], replace(tabs[1], first_row=2)]):
        assert Reading(other, None, None).rows_digest() != digest
    assert headers_only(tabs)[1] == replace(tabs[1], rows=())

