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


def _text_digest(tables) -> str:
    """The digest as the whole text of each table (the definition :func:`tables_digest`
    keeps, so a report written before issue 17's p17q is still recognised as unchanged)."""
    import hashlib
    h = hashlib.sha256()
    for t in tables:
        rows = tuple(r for r in t.rows if not (r and r[0] == "Last sync (UTC)"))
        h.update(repr((t.title, rows, t.highlights, t.dropdowns)).encode())
        for anchor, png in t.images:
            h.update(anchor.encode() + hashlib.sha256(png).digest())
    return h.hexdigest()


def test_the_digest_is_the_sha256_of_each_tables_text_at_every_length():
    """Issue 17 (p17q): hashed a batch of rows at a time, to the same digest: no row, one row
    (``(row,)``), a batch exactly, a batch and one, several batches; cells of every type."""
    from datetime import date
    from sheets_sync.unchanged import DIGEST_ROWS
    row = lambda k: (f"Policía — café {k}", date(2026, 1, 1 + k % 28), k, k / 3, None, True)  # noqa: E731
    for n in (0, 1, 2, DIGEST_ROWS - 1, DIGEST_ROWS, DIGEST_ROWS + 1, 2 * DIGEST_ROWS + 3):
        tables = [Table("Drill-down", tuple(row(k) for k in range(n)), highlights=((1, "bad"),),
                        dropdowns=((2, ("Merge", "Keep apart")),), images=(("H2", b"png"),)),
                  Table("Data Quality", Q)]
        assert tables_digest(tables) == _text_digest(tables), n
    only_clock = [Table("Data Quality", Q[:2])]          # one row left once the clock is out
    assert tables_digest(only_clock) == _text_digest(only_clock)


def test_a_long_tab_is_hashed_without_building_its_whole_text():
    """Issue 17 (p17q): the 100,000-row sync hashed its 76,000-row Drill-down tab as one
    ``repr`` and its encoding, ~120 MB at the sync's peak. The Python memory the digest
    allocates stays under a quarter of the tab's text."""
    import tracemalloc
    rows = tuple((f"Town hall {k}", "2026-01-01", "Police, Fire", k) for k in range(20_000))
    table = Table("Drill-down", rows)
    text = len(repr(rows))
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        tables_digest([table])
        grew = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert grew < text / 4, (grew, text)


def _streamed(tables, order, chunk):
    """The :class:`StreamedDigest` of ``tables`` given whole, one after another, in ``order``
    (indexes), their rows ``chunk`` at a time."""
    from sheets_sync.unchanged import StreamedDigest
    d = StreamedDigest([t.title for t in tables])
    for i in order:
        t = tables[i]
        d.begin(Table(t.title, (), t.highlights, t.images, t.dropdowns), len(t.rows))
        for start in range(0, len(t.rows), chunk):
            d.rows(t.title, t.rows[start:start + chunk])
    return d.hexdigest()


def test_the_streamed_digest_is_the_digest_of_the_tables_in_their_order_whatever_order_they_come_in():
    """Issue 17 (p17z): the report worker takes the digest as the tables come, Data Quality
    last (its feed sizes are known once the files are built): the same value as
    :func:`tables_digest` of the tables in their order (checked against the whole text,
    ``_text_digest``), for tables of no row, one row, one row once the clock row is left out,
    and long ones, given in order, reversed, or with one table held back to the end."""
    import pytest
    from datetime import date
    from sheets_sync.unchanged import StreamedDigest
    row = lambda k: (f"Policía — café {k}", date(2026, 1, 1 + k % 28), k, k / 3, None, True)  # noqa: E731
    tables = [Table("Combined Events", tuple(row(k) for k in range(2_503)), highlights=((3, "bad"),)),
              Table("Empty", ()),
              Table("Data Quality", Q, images=(("D2", b"png0"),)),
              Table("Clock only", Q[:2]),
              Table("Review", tuple(row(k) for k in range(7)), dropdowns=((2, ("Merge", "Keep apart")),)),
              Table("Drill-down", tuple(row(-k) for k in range(4_001)), images=(("H2", b"png1"), ("H30", b"png2")))]
    expected = _text_digest(tables)
    assert tables_digest(tables) == expected
    n = len(tables)
    for order in (range(n), range(n - 1, -1, -1), [0, 1, 3, 4, 5, 2], [5, 4, 3, 2, 1, 0], [2, 0, 1, 3, 5, 4]):
        for chunk in (1, 1_000, 5_000):
            assert _streamed(tables, list(order), chunk) == expected, (list(order), chunk)
    swapped = [tables[1], tables[0], *tables[2:]]
    assert _streamed(swapped, range(n), 1_000) != expected      # the order is the digest's
    d = StreamedDigest(["A", "B"])
    d.begin(Table("B", ()), 0)
    with pytest.raises(ValueError):
        d.hexdigest()                                           # A not given yet
    with pytest.raises(ValueError):
        d.begin(Table("C", ()), 0)                              # not a title of the report
    d.begin(Table("A", ()), 2)
    with pytest.raises(ValueError):
        d.begin(Table("B", ()), 0)                              # B again, and A not whole
