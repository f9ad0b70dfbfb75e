"""Injected faults: retries recover what they should, and a failed write harms nothing.

"Harms nothing" is checked against the fake's state: the generated tabs' values after a
failed ``write_tabs`` equal those the last good run left (a failed run may leave a new tab
empty or a grid larger; it never leaves a tab half-written, shrunk or cleared).
"""
from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sheets_sync.backends import SourceError, Table
from sheets_sync.backends.google_write import STATE_TITLE
from tests.fake_sheets import Fault, rate_limited, server_error_html
from tests.fake_sheets.fixtures import FAST_RETRY, SHEET_KEY

INTAKE = {"Police": [["Title", "Start Date"], ["National Night Out", 45510]]}


@pytest.fixture
def book(fake, sa_key):
    return fake.create_spreadsheet(SHEET_KEY, INTAKE, editors=[sa_key.email])


def table(title: str, n: int, width: int = 3, tag: str = "") -> Table:
    header = tuple(f"{title} {c}" for c in range(width))
    return Table(title, (header,) + tuple(tuple(f"{tag}{r}.{c}" for c in range(width))
                                          for r in range(n)))


def generated_values(fake) -> dict[str, list]:
    return {t: s["values"] for t, s in fake.snapshot(SHEET_KEY).items()
            if s["tag"] and t != STATE_TITLE}


# -- retried and recovered -----------------------------------------------------------------

def test_429_burst_is_retried_and_recovered(book, make_backend, fake):
    fake.inject(rate_limited("read", times=3))
    backend = make_backend()
    assert [t.title for t in backend.read_tabs()] == ["Police"]
    assert backend.requests == Counter({"read": 5})
    assert [c.status for c in fake.calls if c.kind == "read"] == [429, 429, 429, 200, 200]


def test_429_that_never_ends_is_a_quota_message(book, make_backend, fake):
    fake.inject(rate_limited("read", times=99))
    backend = make_backend()
    with pytest.raises(SourceError) as err:
        backend.read_tabs()
    assert str(err.value).startswith("Google Sheets quota exceeded while opening the "
                                     f"spreadsheet (HTTP 429) after {FAST_RETRY.attempts} attempts")
    assert backend.requests == Counter({"read": FAST_RETRY.attempts})


def test_500_html_is_retried_then_a_clean_error_with_the_status(book, make_backend, fake):
    fake.inject(server_error_html("read", times=99))
    backend = make_backend()
    with pytest.raises(SourceError) as err:
        backend.read_tabs()
    assert str(err.value) == ("Google Sheets failed while opening the spreadsheet (HTTP 500) "
                              f"after {FAST_RETRY.attempts} attempts; this is on Google's side: "
                              "run the sync again in a few minutes")
    assert fake.requests["read"] == FAST_RETRY.attempts


def test_500_html_twice_then_ok(book, make_backend, fake):
    fake.inject(server_error_html("write", times=2))
    backend = make_backend()
    backend.write_tabs([table("Metrics", 3)])
    assert generated_values(fake)["Metrics"] == [list(r) for r in table("Metrics", 3).rows]
    assert backend.requests["write"] == 4


@pytest.mark.parametrize("status", [408, 502, 503, 504])
def test_other_transient_statuses_are_retried(book, make_backend, fake, status):
    fake.inject(Fault(endpoint="values.batchGet", status=status, times=2))
    backend = make_backend()
    assert [t.title for t in backend.read_tabs()] == ["Police"]
    assert [c.status for c in fake.calls if c.endpoint == "values.batchGet"] == [status, status, 200]


def test_slow_response_times_out_and_is_retried(book, make_backend, fake):
    fake.inject(Fault(endpoint="values.batchGet", delay=0.5))
    backend = make_backend(timeout=0.15)
    assert [t.title for t in backend.read_tabs()] == ["Police"]
    assert fake.endpoints["values.batchGet"] == 2


def test_response_that_never_comes_in_time_says_so(book, make_backend, fake):
    fake.inject(Fault(endpoint="get", delay=0.3, times=99))
    with pytest.raises(SourceError, match=r"did not answer within 0.1 s while opening the "
                                          r"spreadsheet after 4 attempts"):
        make_backend(timeout=0.1).read_tabs()


def test_client_errors_are_not_retried(book, make_backend, fake):
    fake.inject(Fault(kind="write", status=400, times=99))
    backend = make_backend()
    with pytest.raises(SourceError, match=r"Google Sheets refused creating and resizing the "
                                          r"generated tabs \(HTTP 400: injected fault\)"):
        backend.write_tabs([table("Metrics", 2)])
    assert backend.requests["write"] == 1


def test_connection_reset_mid_values_write_is_retried(book, make_backend, fake):
    backend = make_backend()
    backend.write_tabs([table("Metrics", 5)])
    fake.inject(Fault(endpoint="values.batchUpdate", reset="before"))
    backend.write_tabs([table("Metrics", 5, tag="v2.")])
    assert generated_values(fake)["Metrics"] == [list(r) for r in table("Metrics", 5, tag="v2.").rows]


def test_values_applied_but_answer_lost_is_replayed_safely(book, make_backend, fake):
    fake.inject(Fault(endpoint="values.batchUpdate", reset="after"))
    backend = make_backend()
    backend.write_tabs([table("Metrics", 4)])
    assert generated_values(fake) == {"Metrics": [list(r) for r in table("Metrics", 4).rows]}
    assert [c.status for c in fake.calls if c.endpoint == "values.batchUpdate"] == [0, 200]


def test_new_tabs_applied_but_answer_lost_replans_instead_of_clashing(book, make_backend, fake):
    fake.inject(Fault(endpoint="batchUpdate", reset="after"))
    backend = make_backend()
    backend.write_tabs([table("Metrics", 2), table("Review", 1)])
    snap = fake.snapshot(SHEET_KEY)
    assert [t for t in snap] == ["Police", "Metrics", "Review", STATE_TITLE]   # no duplicates
    assert snap["Metrics"]["values"] == [list(r) for r in table("Metrics", 2).rows]
    assert snap["Metrics"]["protected"] == 1
    # re-plan after the lost answer: one metadata read, nothing left to create, values write
    assert [c.endpoint for c in fake.calls if c.kind != "token"] == [
        "get", "batchUpdate", "get", "values.batchUpdate"]


# -- failed runs leave the last good tabs ----------------------------------------------------

def test_values_write_that_keeps_failing_leaves_last_good_values(book, make_backend, fake):
    good = [table("Metrics", 10), table("Validation", 2)]
    make_backend().write_tabs(good)
    last_good = generated_values(fake)
    fake.inject(Fault(endpoint="values.batchUpdate", reset="before", times=99))
    backend = make_backend()
    with pytest.raises(SourceError, match="could not reach Google while writing the generated "
                                          "tabs after 4 attempts"):
        # Metrics shrinks, Validation grows, Review is new: every kind of change at once
        backend.write_tabs([table("Metrics", 2, tag="bad."), table("Validation", 30, tag="bad."),
                            table("Review", 3, tag="bad.")])
    after = generated_values(fake)
    assert after["Metrics"] == last_good["Metrics"]
    assert after["Validation"] == last_good["Validation"]
    assert after.get("Review", []) == []                 # created empty at most
    assert fake.snapshot(SHEET_KEY)["Metrics"]["grid"] == (11, 3)   # never shrunk early
    assert fake.snapshot(SHEET_KEY)["Police"]["values"] == INTAKE["Police"]


def test_structure_write_that_keeps_failing_changes_nothing(book, make_backend, fake):
    make_backend().write_tabs([table("Metrics", 3)])
    before = fake.snapshot(SHEET_KEY)
    fake.inject(server_error_html("write", times=99))
    with pytest.raises(SourceError, match=r"\(HTTP 500\) after 4 attempts"):
        make_backend().write_tabs([table("Metrics", 40), table("Review", 2)])
    assert fake.snapshot(SHEET_KEY) == before


def test_failed_shrink_after_good_values_is_a_warning_not_a_failure(book, make_backend, fake):
    make_backend().write_tabs([table("Metrics", 20)])
    fake.inject(Fault(endpoint="batchUpdate", status=503, times=99))
    backend = make_backend()
    backend.write_tabs([table("Metrics", 2, tag="new.")])
    assert generated_values(fake)["Metrics"] == [list(r) for r in table("Metrics", 2, tag="new.").rows]
    assert fake.snapshot(SHEET_KEY)["Metrics"]["grid"] == (21, 3)
    assert len(backend.warnings) == 1 and "HTTP 503" in backend.warnings[0]


# -- property: whatever fails, tabs hold either the new tables or the last good ones -------

sizes = st.lists(st.tuples(st.integers(0, 12), st.integers(1, 4)), min_size=1, max_size=3)
faults = st.sampled_from([None, "values-reset", "structure-500", "values-500"])


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(runs=st.lists(st.tuples(sizes, faults), min_size=1, max_size=4))
def test_every_write_is_all_new_or_all_last_good(fake, sa_key, make_backend, runs):
    key = f"prop-{len(fake.spreadsheets)}"
    fake.create_spreadsheet(key, INTAKE, editors=[sa_key.email])
    fake.faults.clear()
    good: dict[str, list] = {}
    for run, (shapes, fault) in enumerate(runs):
        tables = [table(f"T{i}", n, w, tag=f"run{run}.") for i, (n, w) in enumerate(shapes)]
        if fault == "values-reset":
            fake.inject(Fault(endpoint="values.batchUpdate", reset="before", times=99))
        elif fault == "structure-500":
            fake.inject(Fault(endpoint="batchUpdate", status=500, times=99))
        elif fault == "values-500":
            fake.inject(Fault(endpoint="values.batchUpdate", status=500, times=99))
        backend = make_backend(key)
        try:
            backend.write_tabs(tables)
            ok = True
        except SourceError:
            ok = False
        fake.faults.clear()
        snap = {t: s for t, s in fake.snapshot(key).items() if s["tag"] and t != STATE_TITLE}
        if ok:
            good.update({t.title: [list(r) for r in t.rows] for t in tables})
        for title, values in good.items():
            assert snap[title]["values"] == values, (run, fault, title)
        for title, s in snap.items():
            if title not in good:
                assert s["values"] == [], title
            if s["frozen"]:
                assert s["grid"][0] > s["frozen"]
