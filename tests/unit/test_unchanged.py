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
