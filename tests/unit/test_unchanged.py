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
