"""The sync's garbage-collector thresholds hold for the sync only (issue 17)."""
from __future__ import annotations

import gc

import pytest

from sheets_sync.gcpause import SYNC_THRESHOLDS, roomier_collector


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_thresholds_inside_and_restored_after(thresholds):
    with roomier_collector():
        assert gc.get_threshold() == SYNC_THRESHOLDS == (10_000, 10, 100)
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_when_the_block_raises(thresholds):
    @roomier_collector()
    def failing_sync():
        assert gc.get_threshold() == (10_000, 10, 100)
        raise RuntimeError("source unreadable")
    with pytest.raises(RuntimeError):
        failing_sync()
    assert gc.get_threshold() == (700, 10, 10)


def test_a_cycle_made_during_a_sync_is_still_freed(thresholds):
    import weakref

    class Node:
        pass
    with roomier_collector():
        a, b = Node(), Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
        gc.collect()
        assert gone() is None
