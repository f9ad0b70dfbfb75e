"""The Review Duplicates tab: rendering, reading decisions back, storing them; read_generated."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from sheets_sync.backends import MemoryBackend
from sheets_sync.backends.workbook import WorkbookBackend
from sheets_sync.merge import merge_rows, pair_key, row_key
from sheets_sync.model import Status, Table, replace_event
from sheets_sync.record import Record
from sheets_sync.review import (DECIDED, HEADER, MERGED, PENDING, apply_decisions, confidence, describe,
                                read_decisions, renamed_decisions, renamed_review_decisions, review_table)
from tests.unit.event_rows import row

DAY = date(2025, 10, 4)


def pair_rows():
    police = row("Police", 2, "Community Safety Fair", DAY, "10:00", "13:00", address="1308 W Club Blvd")
    fire = row("Fire", 2, "Comm. Safety Fair", DAY, "10:15", "13:00", address="1308 West Club Boulevard")
    # Fire still shows the first date (Postponed); Police moved it a week on: the matcher asks
    fire_postponed = row("Fire", 3, "Fire Station Open House", DAY, "10:00", "14:00", address="3868 S Main St",
                         status=Status.POSTPONED)
    police_timed = row("Police", 3, "Fire Station Open House", date(2025, 10, 11), "10:00", "14:00",
                       address="3868 S Main St")
    return police, fire, fire_postponed, police_timed


def test_row_key_ignores_row_number_and_unrelated_columns():
    police, *_ = pair_rows()
    from dataclasses import replace
    from sheets_sync.model import SourceRef
    moved = replace(police, source=SourceRef("Police", 40), description="new text", contact="x", actual_attendance=9)
    assert row_key(moved) == row_key(police) == ("Police", "community safety fair", "2025-10-04", "10:00",
                                                 "1308 w club blvd")
    assert pair_key(police, moved) == pair_key(moved, police)


def test_table_lists_pending_then_decided_then_merged(config):
    police, fire, fire_postponed, police_timed = pair_rows()
    result = merge_rows([police, fire, fire_postponed, police_timed], config)
    table = review_table(result)
    assert table.rows[0] == HEADER
    statuses = [r[1] for r in table.rows[1:]]
    assert statuses == [PENDING, MERGED]
    pending = dict(zip(HEADER, table.rows[1]))
    assert (pending["Row A"], pending["Row B"], pending["Title A"], pending["Start A"], pending["Start B"]) == (
        "Fire!3", "Police!3", "Fire Station Open House", "2025-10-04 10:00", "2025-10-11 10:00")
    assert pending["Pair Key (do not edit)"] == pair_key(fire_postponed, police_timed)
    assert table.highlights == ((1, "bad"),)
    assert table.dropdowns == ((0, ("Same event", "Different events")),)
    decided = merge_rows([police, fire, fire_postponed, police_timed], config,
                         decisions={pair_key(police, fire): "different"})
    assert [r[:2] for r in review_table(decided).rows[1:]] == [("", PENDING), ("Different events", DECIDED)]


def test_read_decisions_understands_staff_and_reports_the_rest(config):
    police, fire, fire_postponed, police_timed = pair_rows()
    table = review_table(merge_rows([police, fire, fire_postponed, police_timed], config))
    rows = [list(r) for r in table.rows]
    rows[1][0] = "  same EVENT "
    rows[2][0] = "Different events"
    typed, issues = read_decisions(rows)
    assert typed == {pair_key(fire_postponed, police_timed): "same", pair_key(police, fire): "different"}
    assert issues == []
    rows[1][0] = "maybe"
    rows[2][-1] = "edited key"
    typed, issues = read_decisions(rows)
    assert typed == {}
    assert [(i.row, i.column, i.value) for i in issues] == [(2, "Decision", "maybe"), (3, "Pair Key", "edited key")]
    # columns moved around by staff are still found by their headers
    swapped = [[r[1], r[0], *r[2:]] for r in table.rows]
    swapped[1][1] = "Same event"
    assert read_decisions(swapped)[0] == {pair_key(fire_postponed, police_timed): "same"}
    # a header row that lost its columns is reported once
    assert read_decisions([("Whatever",), ("x",)])[1][0].problem.startswith("the Review tab's header was changed")
    assert read_decisions(None) == ({}, [])


def test_blank_decision_withdraws_only_a_shown_decision():
    rows = [HEADER, ("", DECIDED, *[""] * 15, '[["A","t","d","10:00","p"],["B","t","d","10:00","p"]]'),
            ("", PENDING, *[""] * 15, '[["A","u","d","10:00","p"],["B","u","d","10:00","p"]]')]
    typed, _ = read_decisions(rows)
    assert typed == {'[["A","t","d","10:00","p"],["B","t","d","10:00","p"]]': ""}
    stored = {'[["A","t","d","10:00","p"],["B","t","d","10:00","p"]]': "same", "other": "different"}
    current, changes = apply_decisions(stored, typed)
    assert current == {"other": "different"}
    assert changes == {'[["A","t","d","10:00","p"],["B","t","d","10:00","p"]]': ""}
    assert apply_decisions(stored, {"other": "different"}) == (stored, {})
    assert apply_decisions({}, {"new": "same"}) == ({"new": "same"}, {"new": "same"})


def test_a_renamed_review_tab_adds_its_decisions_where_the_review_tab_has_none():
    k = lambda t: f'[["A","{t}","d","10:00","p"],["B","{t}","d","10:00","p"]]'   # noqa: E731
    line = lambda decision, status, t: (decision, status, *[""] * 15, k(t))      # noqa: E731
    copy = [HEADER, line("Same event", PENDING, "t"),          # decided in the Review tab too: that one wins
            line("same", PENDING, "u"),                         # only here: read
            line("", DECIDED, "v"),                             # a cleared decision in an old copy: withdraws nothing
            line("perhaps", PENDING, "w")]                      # not a decision: a warning naming the copy
    other = ("Notes", [("Decision", "Who"), ("Same event", "Ann")])   # a staff tab of its own: not read
    typed = {k("t"): "different", k("v"): "same"}
    found, issues = renamed_review_decisions([("Review (done)", copy), other, ("Empty", [])], typed)
    assert found == {k("u"): "same"}
    assert [(i.tab, i.row, i.column, i.value) for i in issues] == [
        ("Review (done)", 5, "Decision", "perhaps"), ("Review (done)", 1, "(tab)", "Review (done)")]
    assert "1 decision typed in it was read" in issues[1].problem
    # two copies deciding one pair otherwise: neither is read, whatever their order in the workbook
    ana = ("Review (Ana)", [HEADER, line("Same event", PENDING, "x"), line("Same event", PENDING, "y")])
    ben = ("Review (Ben)", [HEADER, line("Different events", PENDING, "x")])
    for order in ((ana, ben), (ben, ana)):
        found, issues = renamed_review_decisions(list(order), {})
        assert found == {k("y"): "same"}
        clash = sorted((i.tab, i.column) for i in issues if "so neither decision was read" in i.problem)
        assert clash == [("Review (Ana)", "Decision"), ("Review (Ben)", "Decision")]
        counted = {i.tab: i.problem.split(": ")[1].split(" typed")[0] for i in issues if i.column == "(tab)"}
        assert counted == {"Review (Ana)": "1 decision", "Review (Ben)": "0 decisions"}
    # a copy the Review tab overrules is named, and says so
    old = ("Old", [HEADER, line("Same event", PENDING, "t")])
    found, issues = renamed_review_decisions([old], {k("t"): "different"})
    assert found == {} and [(i.tab, i.column) for i in issues] == [("Old", "(tab)")]
    assert "0 decisions typed in it were read" in issues[0].problem and "; 1 differs from the" in issues[0].problem
    # a copy that lost its Pair Key column is named: its decisions cannot be read
    cut = [[c for n, c in enumerate(r) if n != len(HEADER) - 1] for r in (HEADER, line("Same event", PENDING, "z"))]
    found, issues = renamed_review_decisions([("Review (cut)", cut)], {})
    assert found == {} and [(i.tab, i.column) for i in issues] == [("Review (cut)", "(header)")]
    assert "Pair Key column is gone" in issues[0].problem
    # a copy whose decisions all show in the Review tab already says nothing
    assert renamed_review_decisions([("Old", [HEADER, line("Same event", DECIDED, "t")])], {k("t"): "same"}) == ({}, [])


def test_record_stores_replaces_and_deletes_decisions(tmp_path):
    at = datetime(2025, 10, 1, tzinfo=timezone.utc)
    key = pair_key(*pair_rows()[:2])
    with Record(tmp_path / "r.sqlite") as record:
        record.save_decisions({key: ("same", describe(key))}, at)
        record.save_decisions({key: ("different", describe(key))}, at)
        assert record.decisions() == {key: "different"}
        detail = record.db.execute("SELECT detail FROM decisions").fetchone()[0]
        assert detail == ("Fire | comm safety fair | 2025-10-04 10:15 | 1308 w club blvd ⇄ "
                          "Police | community safety fair | 2025-10-04 10:00 | 1308 w club blvd")
        record.delete_decisions([key])
        assert record.decisions() == {}


@pytest.mark.parametrize("make", ["memory", "workbook"])
def test_read_generated_returns_what_was_written_and_edited(make, tmp_path):
    backend = MemoryBackend() if make == "memory" else WorkbookBackend(tmp_path / "in.xlsx", tmp_path / "report.xlsx")
    assert backend.read_generated("Review Duplicates") is None
    backend.write_tabs([Table("Review Duplicates", (("Decision", "Status"), ("", "Pending review"))),
                        Table("Other", (("a",), (1,)))])
    assert backend.read_generated("Review Duplicates") == [("Decision", "Status"), (None if make == "workbook" else "",
                                                                                    "Pending review")]
    assert backend.read_generated("Missing") is None


def test_confidence_figures(config):
    police, fire, fire_postponed, police_timed = pair_rows()
    partnered = row("Police", 9, "Planning huddle", date(2025, 10, 20), "14:00", "15:00", partners=("Fire",))
    # a cancelled joint event of one row naming two departments: not counted, so in neither part
    called_off = row("Police", 10, "Block party", date(2025, 10, 21), "17:00", "19:00", partners=("Fire",),
                     status=Status.CANCELLED)
    result = merge_rows([police, fire, fire_postponed, police_timed, partnered, called_off], config)
    events = [replace_event(e, uid=f"e{n}") for n, e in enumerate(result.events)]
    counted = {e.uid for e in events if e.is_joint and e.status is Status.SCHEDULED}   # the fair, the huddle
    assert len(counted) == 2
    c = confidence(result, events, counted)
    assert c == {"rows_merged": 1, "merged_by_matcher": 1, "merged_by_staff": 0, "kept_apart_by_staff": 0,
                 "review_pairs": 1, "joint_from_columns": 1, "joint_from_merging": 1,
                 "joint_from_merging_share": 0.5, "joint_from_columns_share": 0.5}


def test_questions_that_change_a_count_come_first_and_say_so(config):
    police, fire, fire_postponed, police_timed = pair_rows()
    # an earlier question that changes nothing: one tab, identical rows with two Event IDs
    early = date(2025, 10, 1)
    first = row("Police", 7, "Bike Patrol Meet-up", early, "09:00", "10:00", address="12 Oak St", event_id="P-1")
    copy = row("Police", 8, "Bike Patrol Meet-up", early, "09:00", "10:00", address="12 Oak St", event_id="P-2")
    result = merge_rows([police, fire, fire_postponed, police_timed, first, copy], config)
    pending = [dict(zip(HEADER, r)) for r in review_table(result).rows[1:] if r[1] == PENDING]
    assert [(p["Row A"], p["Row B"]) for p in pending] == [("Fire!3", "Police!3"), ("Police!7", "Police!8")]
    assert pending[0]["Matcher Says"].endswith("— Same event makes it a joint event")
    assert pending[1]["Matcher Says"].endswith("— Same event changes no joint count")


def test_renamed_decisions_move_to_the_new_tab_title_unless_the_tab_is_held():
    police = ["Police", "open house", "2027-01-16", "10:00", "station 5"]
    summer = ["Summer 2026", "open house", "2027-01-09", "10:00", "station 5"]
    other = ["Police", "night out", "2027-01-07", "17:00", "trinity park"]
    old = '[["Police", "open house", "2027-01-16", "10:00", "station 5"], ' \
          '["Summer 2026", "open house", "2027-01-09", "10:00", "station 5"]]'
    new = '[["Police", "open house", "2027-01-16", "10:00", "station 5"], ' \
          '["Summer 2027", "open house", "2027-01-09", "10:00", "station 5"]]'
    assert pair_key(police, summer) == old
    stored = {old: "same", pair_key(police, other): "different"}
    assert renamed_decisions(stored, {"Summer 2026": "Summer 2027"}) == {new: "same", old: ""}
    assert renamed_decisions(stored, {"Summer 2026": "Summer 2027"}, held={"Summer 2027"}) == {}
    assert renamed_decisions(stored, {"Fire": "Fire Dept"}) == {}
    # already stored under the new title too (the Review tab carried it): only the old one goes
    assert renamed_decisions({**stored, new: "same"}, {"Summer 2026": "Summer 2027"}) == {old: ""}
