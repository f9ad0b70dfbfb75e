"""The merge is a function of the data alone (issue 17), on synthetic workbooks of thousands of
rows (:mod:`bench.synthetic`): the same events whatever the order of tabs and rows, and
whatever first-seen order the record supplies (a resync's ``order`` only picks which row of
an event comes first, never which rows form an event)."""
from __future__ import annotations

import random
from dataclasses import replace

from hypothesis import given, settings, strategies as st

from bench.synthetic import synthetic_rows
from sheets_sync.config import config_from_dict
from sheets_sync.merge import default_order, lead_classes, merge_rows
from sheets_sync.model import SourceRef
from tests.conftest import ROOT, base_config_dict

CONFIG = config_from_dict(base_config_dict(ROOT / "tmp-unused"), base_dir=ROOT)
# seed 0 at 5,000 rows: under the resync's first-seen order the old merge moved one row between
# two events (a tie between equal scores broken by the rows' positions)
ROWS = synthetic_rows(5000, seed=0)[0]
BASE = merge_rows(ROWS, CONFIG)


def partition(result, label=str) -> set[frozenset]:
    return {frozenset(label(s) for s in e.sources) for e in result.events}


def resync_order(result):
    """What :func:`sheets_sync.seen.first_seen_order` gives after a first sync of ``result``:
    every event created at one instant, rows ranked by their position in their event."""
    position = {r.source: k for e in result.events for k, r in enumerate(e.rows)}
    return lambda r: (0.0, position[r.source], *default_order(r)[2:])


def test_a_resync_order_gives_the_same_events():
    again = merge_rows(ROWS, CONFIG, order=resync_order(BASE))
    assert partition(again) == partition(BASE) and len(BASE.events) > 3000
    # each event keeps the row that came first as its first row, hence its title and start
    assert [(e.title, e.start, e.rows[0].source) for e in again.events] == \
        [(e.title, e.start, e.rows[0].source) for e in BASE.events]


@settings(max_examples=4, deadline=None, derandomize=True)
@given(st.integers(0, 2**32))
def test_any_first_seen_order_gives_the_same_groups(seed):
    rnd = random.Random(seed)
    rank = {r.source: rnd.random() for r in ROWS}
    again = merge_rows(ROWS, CONFIG, order=lambda r: (rank[r.source],))
    assert partition(again) == partition(BASE)
    for event in again.events:   # after the event's own rows (not a part or a visit), the order decides
        classes = dict(zip(event.rows, lead_classes(event.rows)))
        assert event.rows[0] == min(event.rows, key=lambda r: (classes[r], rank[r.source]))


@settings(max_examples=3, deadline=None, derandomize=True)
@given(st.integers(0, 2**32), st.permutations(sorted({r.source.tab for r in ROWS})))
def test_shuffled_tabs_and_rows_give_the_same_events(seed, tab_order):
    """Tabs listed in another order and every tab re-sorted (each row gets a new row number):
    the same groups of rows, titles, starts and departments."""
    rnd = random.Random(seed)
    renumbered, original = [], {}
    for tab in tab_order:
        mine = [r for r in ROWS if r.source.tab == tab]
        rnd.shuffle(mine)
        for n, r in enumerate(mine, start=2):
            moved = replace(r, source=SourceRef(tab, n))
            original[moved.source] = r.source
            renumbered.append(moved)
    rnd.shuffle(renumbered)
    again = merge_rows(renumbered, CONFIG)
    assert partition(again, label=lambda s: str(original[s])) == partition(BASE)
    assert sorted((e.title, e.start.isoformat(), e.departments) for e in again.events) == \
        sorted((e.title, e.start.isoformat(), e.departments) for e in BASE.events)
