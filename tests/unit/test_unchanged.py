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


def _row(k: int) -> tuple:
    return (f"Policía — café {k}", k, k / 3, None, True, "")


def test_equal_tables_give_equal_digests_at_every_length():
    """Tables built twice (equal cells, other objects) digest alike: no row, one, a batch
    exactly, a batch and one, several batches; plain cells and cells of other types."""
    from datetime import date
    from sheets_sync.unchanged import DIGEST_ROWS

    def tables(n: int, dated: bool):
        rows = tuple((*_row(k), date(2026, 1, 1 + k % 28)) if dated else _row(k) for k in range(n))
        return [Table("Drill-down", rows, highlights=((1, "bad"),), dropdowns=((2, ("Merge", "Keep apart")),),
                      images=(("H2", b"png"),)), Table("Data Quality", Q)]
    digests = set()
    for n in (0, 1, 2, DIGEST_ROWS - 1, DIGEST_ROWS, DIGEST_ROWS + 1, 2 * DIGEST_ROWS + 3):
        for dated in (False, True):
            first = tables_digest(tables(n, dated))
            assert tables_digest(tables(n, dated)) == first, (n, dated)
            digests.add(first)
    assert len(digests) == 13           # each length and kind its own (no row: one table, not two)


def test_any_changed_cell_changes_the_digest():
    """One cell changed anywhere — in value, or only in type where the text is the same
    (what the report would write differently: a date against its ISO text, 1 against 1.0 or
    True, a str subclass) — in any batch of rows, also one batch among plain ones, a row split
    differently, a row moved to the next tab, or a number past 64 bits: each gives another
    digest."""
    import enum
    from datetime import date
    from sheets_sync.unchanged import DIGEST_ROWS

    class Kind(str, enum.Enum):
        TALK = "talk"
    rows = tuple(_row(k) for k in range(2 * DIGEST_ROWS + 5))
    base = [Table("A", rows), Table("B", (("x", 1),))]

    def changed(k: int, c: int, value) -> list:
        row = rows[k][:c] + (value,) + rows[k][c + 1:]
        return [Table("A", rows[:k] + (row,) + rows[k + 1:]), base[1]]
    digests = {tables_digest(base)}
    for k in (0, DIGEST_ROWS - 1, DIGEST_ROWS, 2 * DIGEST_ROWS + 4):
        for c, value in ((0, "other"), (1, -1), (1, float(k)), (1, str(k)),
                         (2, None), (3, ""), (3, 0), (3, False), (4, 1), (5, None), (5, Kind.TALK),
                         (0, 2 ** 70), (5, "talk"), (3, date(2026, 1, 1)), (3, "2026-01-01")):
            digests.add(tables_digest(changed(k, c, value)))
    dated = [Table("D", ((date(2026, 1, 1),),))]
    assert tables_digest(dated) != tables_digest([Table("D", (("2026-01-01",),))])
    assert tables_digest([Table("D", ((1,),))]) != tables_digest([Table("D", ((1.0,),))]) != \
        tables_digest([Table("D", ((True,),))])
    assert tables_digest([Table("D", ((Kind.TALK,),))]) != tables_digest([Table("D", (("talk",),))])
    assert tables_digest([Table("D", ((2 ** 70,),))]) != tables_digest([Table("D", ((2 ** 70 + 1,),))])
    assert tables_digest([Table("D", (("a", "b"), ("c",)))]) != tables_digest([Table("D", (("a",), ("b", "c")))])
    moved = [Table("A", rows[:-1]), Table("B", (rows[-1], ("x", 1)))]
    assert tables_digest(moved) != tables_digest(base)
    assert len(digests) == 1 + 4 * 15


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


def test_a_charts_stand_in_changes_the_digest_exactly_when_its_png_does():
    """Issue 17 (p17y): with a report worker, the sync digests its tables with each chart's
    stand-in (its content key) instead of the PNG the worker draws. Across a chart drawn
    again with the same numbers and one whose numbers changed, that digest stays or changes
    exactly as the digest of the drawn PNGs does."""
    from reports.chart_data import ChartData
    from reports.charts import render_chart
    from reports.cycle import with_chart_images
    from sheets_sync.chart_cache import chart_keys, stand_ins

    def chart(shared: int) -> ChartData:
        return ChartData("collaboration", "Shared events", ("Police", "Fire"),
                         {"Police": (0, shared), "Fire": (shared, 0)}, "heatmap")
    tabs = [Table("Metrics - Collaboration", (("Department", "Shared"), ("Police", 3)))]
    first, again, changed = {"collaboration": chart(3)}, {"collaboration": chart(3)}, {"collaboration": chart(4)}

    def by_png(charts):
        return tables_digest(with_chart_images(tabs, {n: render_chart(c) for n, c in charts.items()}))

    def by_key(charts):
        return tables_digest(with_chart_images(tabs, stand_ins(chart_keys(charts))))
    assert render_chart(first["collaboration"]) != render_chart(changed["collaboration"])
    assert by_png(first) == by_png(again) and by_key(first) == by_key(again)
    assert by_png(first) != by_png(changed) and by_key(first) != by_key(changed)
    assert by_key(first) != tables_digest(tabs) != by_png(first)       # the picture counts at all
    placed = with_chart_images(tabs, stand_ins(chart_keys(first)))[0].images
    assert [anchor for anchor, _ in placed] == ["D2"]                    # where the PNG goes: 2 right of B
