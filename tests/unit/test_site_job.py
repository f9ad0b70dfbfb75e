"""SiteIndexJob (issue 17, p17n): the build runs on its own thread, its files land in the
staged release (flushed), its error is raised where the sync joins it, and the lists it was
built from are freed by the thread whether the build succeeded or not."""
from __future__ import annotations

import threading
from contextlib import ExitStack

import pytest

from public_feed.release import Staging
from sheets_sync.site_job import SiteIndexJob


def test_the_files_are_built_on_another_thread_and_staged(tmp_path):
    ran_on, freed = [], []
    with ExitStack() as owned:
        staging = Staging(tmp_path / "out")
        job = SiteIndexJob(lambda: ran_on.append(threading.current_thread()) or
                           {"private/a.sqlite": b"one", "private/b.sqlite": b"two"}, owned, lambda: freed.append(1))
        assert job.into(staging) == 2
        assert (staging.path / "private/a.sqlite").read_bytes() == b"one"
        assert staging["private/b.sqlite"] == b"two"
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert freed == [1]


def test_the_builds_error_is_raised_at_the_join_and_the_lists_are_freed(tmp_path):
    freed = []

    def broken():
        raise MemoryError("no room for the index (test)")
    staging = {}
    with ExitStack() as owned:
        job = SiteIndexJob(broken, owned, lambda: freed.append(1))
        with pytest.raises(MemoryError, match="no room"):
            job.into(staging)
    assert staging == {} and freed == [1]


def test_a_sync_failing_before_the_join_still_ends_the_thread():
    started, release = threading.Event(), threading.Event()

    def slow():
        started.set()
        release.wait(60)
        return {}
    with pytest.raises(RuntimeError, match="the sync failed"):
        with ExitStack() as owned:
            SiteIndexJob(slow, owned)
            assert started.wait(60)
            owned.callback(release.set)          # runs first when the stack unwinds (LIFO)
            raise RuntimeError("the sync failed")
    assert not [t for t in threading.enumerate() if t.name.startswith("site-index")]


def test_the_index_bytes_are_not_held_once_staged(tmp_path):
    """Issue 17 (p17q): the job kept the built files (~250 MB of index bytes at 100,000 rows)
    until the sync ended; once staged (on disk), the job holds none of them."""
    import gc
    import tracemalloc
    size = 8 << 20
    tracemalloc.start()
    try:
        with ExitStack() as owned:
            staging = Staging(tmp_path / "out")
            before = tracemalloc.get_traced_memory()[0]
            job = SiteIndexJob(lambda: {"private/site-index.sqlite": b"x" * size}, owned)
            assert job.into(staging) == 1
            gc.collect()
            held = tracemalloc.get_traced_memory()[0] - before
            assert job is not None              # the job is still alive here, as in the sync
        assert (staging.path / "private/site-index.sqlite").stat().st_size == size
    finally:
        tracemalloc.stop()
    assert held < size / 8, held


def test_each_index_is_staged_before_the_next_is_built(tmp_path):
    """Issue 17 (p17q): at 100,000 rows the public index's 129 MB were held while the staff
    index was built and serialised (the sync's peak). With the sync waiting at the join, the
    first file is staged before the build goes on to the second."""
    first_staged = threading.Event()

    class Noting(dict):
        def __setitem__(self, rel, data):
            super().__setitem__(rel, data)
            first_staged.set()
    seen = {}

    def build():
        yield "private/site-index.sqlite", b"public"
        seen["first staged before the second was built"] = first_staged.wait(WAIT)
        yield "private/staff-index.sqlite", b"staff"
    staging = Noting()
    with ExitStack() as owned:
        assert SiteIndexJob(build, owned).into(staging) == 2
    assert staging == {"private/site-index.sqlite": b"public", "private/staff-index.sqlite": b"staff"}
    assert seen == {"first staged before the second was built": True}


#: Only reached when the first file is not staged while the build waits (the test then fails).
WAIT = 10
