"""Digest of a write of generated tabs (issue 17): only the sync's clock row is ignored."""
from __future__ import annotations

from sheets_sync.model import Table
from sheets_sync.unchanged import tables_digest

Q = (("Measure", "Value"), ("Last sync (UTC)", "2025-08-01 12:00:00"), ("Rows read", 4))


def test_only_the_clock_row_is_ignored():
    base = tables_digest([Table("Data Quality", Q)])
    later = (Q[0], ("Last sync (UTC)", "2025-08-01 13:00:00"), Q[2])
    assert tables_digest([Table("Data Quality", later)]) == base
    assert tables_digest([Table("Data Quality", (*Q[:2], ("Rows read", 5)))]) != base
    assert tables_digest([Table("Data Quality", Q, highlights=((2, "bad"),))]) != base
    assert tables_digest([Table("Quality", Q)]) != base
    assert tables_digest([Table("Data Quality", Q, images=(("H2", b"png1"),))]) != \
        tables_digest([Table("Data Quality", Q, images=(("H2", b"png2"),))])
    assert tables_digest([Table("A", Q), Table("B", Q)]) != tables_digest([Table("B", Q), Table("A", Q)])


def test_rows_bytes_tell_apart_every_value_and_type_the_report_writes_differently():
    """Issue 17 (p17r): plain cells go through MessagePack, others (a date) through repr; both
    tell ``"5"``, ``5``, ``5.0``, ``True``, ``None`` and ``""`` apart, and a date from its text."""
    from datetime import date

    from sheets_sync.unchanged import rows_bytes
    cells = ["5", 5, 5.0, True, None, "", 0, False, "None", date(2025, 8, 1), "2025-08-01", 2 ** 70]
    encoded = [rows_bytes([("x", c)]) for c in cells]
    assert len(set(encoded)) == len(cells)
    assert [b[:1] for b in encoded] == [b"m"] * 9 + [b"r", b"m", b"r"]   # date, a 70-bit int: repr
    assert rows_bytes([("a", "b")]) != rows_bytes([("a",), ("b",)]) != rows_bytes([("ab",)])


def test_the_digest_depends_on_values_not_on_which_objects_are_shared():
    """Equal tables built from shared or separate string objects digest alike (a resync builds
    its rows afresh); every table of a real-shaped report kind is covered."""
    shared = "Community Safety"
    one = [(shared, n, "2025-08-01 18:00", shared) for n in range(50)]
    two = [("".join(["Community ", "Safety"]), n, "2025-08-01 18:00", "Community Safety"[:]) for n in range(50)]
    assert one == two and one[0][0] is not two[0][0]
    assert tables_digest([Table("Combined Events", tuple(one))]) == tables_digest([Table("Combined Events", tuple(two))])
    assert tables_digest([Table("Combined Events", tuple(one))]) != \
        tables_digest([Table("Combined Events", tuple(one[:-1]))])
