"""Shortcuts of issue 17, p17o (start-up and the core), each against the plain computation."""
from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

import openpyxl
from openpyxl.utils import get_column_letter

from reports.measures_export import FIELDS, measures_xlsx
from sheets_sync.a1 import column_letter
from sheets_sync.matching import parse_place
from sheets_sync.merge import combine
from sheets_sync.parsing import cell_text, clean_markup
from sheets_sync.validate import _text
from tests.unit.event_rows import row


def test_column_letter_is_openpyxls_for_every_column_excel_has():
    assert [column_letter(n) for n in range(1, 16385)] == [get_column_letter(n) for n in range(1, 16385)]


def test_measures_xlsx_holds_the_records_cell_for_cell():
    names = [f[0] for f in FIELDS]
    records = [dict.fromkeys(names, ""), dict(zip(names, range(1, len(names) + 1)))]
    records[0].update(measure_id="joint_monthly", measure_name="=1+1 joint events", period="2025-07", actual=0)
    wb = openpyxl.load_workbook(io.BytesIO(measures_xlsx(records)))
    assert wb.sheetnames == ["measures"]
    got = [list(r) for r in wb["measures"].iter_rows(values_only=True)]
    width = len(names)
    assert got[0] == names
    assert got[1] == ["joint_monthly", "=1+1 joint events", "2025-07"] + [None] * 2 + [0] + [None] * (width - 6)
    assert wb["measures"]["B2"].data_type == "s"          # text, never a formula
    assert got[2] == list(range(1, width + 1)) and all(type(v) is int for v in got[2])


def test_measures_xlsx_is_the_same_bytes_whatever_the_clock(monkeypatch):
    """A sync with nothing changed must not publish a new measures.xlsx (a new ETag): the
    writer's clock (XlsxWriter stamps ``dcterms:created`` with ``datetime.now``) is moved a
    day between two writes of the same records."""
    import xlsxwriter.core
    names = [f[0] for f in FIELDS]
    records = [dict(zip(names, range(1, len(names) + 1)))]

    class Real(type):                       # still answers isinstance(x, datetime)
        def __instancecheck__(cls, obj):
            return isinstance(obj, datetime)

    class Clock(metaclass=Real):
        shift = 0

        @classmethod
        def now(cls, tz=None):
            return datetime(2026, 3, 1 + cls.shift, 12, tzinfo=tz)
    monkeypatch.setattr(xlsxwriter.core, "datetime", Clock)
    first = measures_xlsx(records)
    Clock.shift = 1
    assert measures_xlsx(records) == first
    created = openpyxl.load_workbook(io.BytesIO(first)).properties.created
    assert (created.year, created.month, created.day) == (1980, 1, 1)


# -- parse: a text cell's one line kept for text seen before -----------------------------------

CELLS = [None, "", "  Public ", "**CANCELLED**", "__Rain date__ moved", "Police,\tFire\nEMS", "a\x07b",
         12.0, 12.5, 7, True, False, date(2025, 8, 4), datetime(2025, 8, 4, 18, 30), "__init__", "Público"]


def test_one_line_text_is_clean_markup_of_cell_text_first_time_and_from_the_cache():
    for _ in range(2):                            # the second round answers from the cache
        for value in CELLS:
            assert _text({"Status": value}.get, "Status") == clean_markup(cell_text(value)), value
    assert _text({}.get, "Status") == ""          # a column the tab lacks


# -- merge: an event of one row takes every field from that row ---------------------------------

PICKED = ("location", "address", "event_type", "description", "audience", "language", "accessibility",
          "registration_url", "assistance_wanted", "rrule", "title_es", "description_es")


def test_a_one_row_event_takes_each_field_from_its_row_blank_or_not():
    one = row("Police", 2, "Town Hall", date(2025, 8, 14), "18:00", "20:00", location="City Hall",
              description="", audience="Adults", title_es="")
    event = combine([one], (), [])
    assert {f: getattr(event, f) for f in PICKED} == {f: getattr(one, f) for f in PICKED}


def test_a_merged_event_fills_a_blank_field_from_the_next_row_that_has_it():
    a = row("Police", 2, "Town Hall", date(2025, 8, 14), "18:00", location="City Hall", audience="")
    b = row("Fire", 3, "Town Hall", date(2025, 8, 14), "18:00", location="", audience="Adults",
            description="Bring questions")
    event = combine([a, b], (), [])
    assert (event.location, event.audience, event.description, event.language) == \
        ("City Hall", "Adults", "Bring questions", "")


# -- places: a place's address key worked out once ----------------------------------------------

def test_address_key_is_kept_per_place_and_a_changed_place_gets_its_own():
    place = parse_place("", "600 N. Buchanan Blvd")
    assert place.address_key == "600 n buchanan" == place.address_key      # second: kept
    moved = replace(place, number="602")
    assert moved.address_key == "602 n buchanan" and place.address_key == "600 n buchanan"
    assert replace(place, block=True).address_key == ""
    assert hash(place) == hash(replace(moved, number="600")) and place == replace(moved, number="600")
