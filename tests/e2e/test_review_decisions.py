"""Staff decide doubtful pairs in the Review Duplicates tab of the real report workbook; the
decisions override the matcher, persist in the record and survive later edits and syncs."""
from __future__ import annotations

from datetime import datetime, timezone

import openpyxl

from sheets_sync.pipeline import run_sync
from sheets_sync.record import Record

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Address", "Visibility", "Description"]
NOW = datetime(2025, 10, 1, 12, tzinfo=timezone.utc)


def intake(police_first_rows=()):
    return {
        "Police": [H, *police_first_rows,
                   ["Community Safety Fair", "10/4/2025", "10am", "1pm", "Walltown Park", "1308 W Club Blvd", "Public", ""],
                   ["Fire Station Open House", "10/11/2025", "10am", "2pm", "Fire Station 5", "3868 S Main St", "Public", ""],
                   ["National Night Out", "10/7/2025", "5pm", "8pm", "Trinity Park", "1891 Mangum St", "Public", ""]],
        "Fire": [H,
                 ["Comm. Safety Fair", "10/4/2025", "10:15", "13:00", "Walltown Park", "1308 West Club Boulevard",
                  "Public", "Engine 5 and the smoke trailer"],
                 # Fire still shows the first date; Police typed the new one: asked, with both dates
                 ["Fire Station Open House", "10/4/2025", "10am", "2pm", "Fire Station 5", "3868 S Main St", "Public",
                  "Postponed (storm)"]],
    }


def review_rows(config):
    wb = openpyxl.load_workbook(config.report_path)
    ws = wb["Review Duplicates"]
    header = [c.value for c in ws[1]]
    return wb, ws, header, [dict(zip(header, (c.value for c in row))) for row in ws.iter_rows(min_row=2)]


def combined_sources(config) -> set[str]:
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    header, *rows = list(wb["Combined Events"].iter_rows(values_only=True))
    return {r[header.index("Sources")] for r in rows}


def decide(config, decisions: dict[tuple[str, str], str | None]) -> None:
    """Type decisions into the report workbook as staff would, keyed by (Row A, Row B)."""
    wb, ws, header, rows = review_rows(config)
    col = header.index("Decision") + 1
    for n, r in enumerate(rows, start=2):
        if (r["Row A"], r["Row B"]) in decisions:
            ws.cell(row=n, column=col).value = decisions[(r["Row A"], r["Row B"])]
    wb.save(config.report_path)


def test_review_decisions_round_trip(config, make_workbook):
    path = make_workbook(intake())
    first = run_sync(config, now=NOW)
    assert first["events"] == 4 and first["review_pairs"] == 1
    assert combined_sources(config) >= {"Police!2, Fire!2", "Police!3", "Fire!3"}
    _, ws, header, rows = review_rows(config)
    assert header[:6] == ["Decision", "Status", "Row A", "Row B", "Title A", "Title B"]
    by_pair = {(r["Row A"], r["Row B"]): r for r in rows}
    assert by_pair[("Fire!3", "Police!3")]["Status"] == "Pending review"
    assert by_pair[("Fire!3", "Police!3")]["Matcher Says"] == (
        "review: one row may show the date the event moved from — Same event makes it a joint event")
    assert "one row on 2025-10-04, the other on 2025-10-11" in by_pair[("Fire!3", "Police!3")]["Fields Compared"]
    assert by_pair[("Fire!2", "Police!2")]["Status"] == "Merged by matcher"
    assert by_pair[("Fire!2", "Police!2")]["Decision"] is None
    assert [dv.formula1 for dv in ws.data_validations.dataValidation] == ['"Same event,Different events"']

    # staff: the open house is one event; the fair pair is two separate events
    decide(config, {("Fire!3", "Police!3"): "Same event", ("Fire!2", "Police!2"): "Different events"})
    second = run_sync(config, now=NOW)
    assert combined_sources(config) >= {"Police!2", "Fire!2", "Police!3, Fire!3"}
    assert (second["merged_by_staff"], second["kept_apart_by_staff"], second["review_pairs"]) == (1, 1, 0)
    with Record(config.record_path) as record:
        assert sorted(record.decisions().values()) == ["different", "same"]
    steady = run_sync(config, now=NOW)                 # decisions applied again: nothing moves
    assert (steady["created"], steady["updated"], steady["removed"]) == (0, 0, 0)
    _, _, _, rows = review_rows(config)
    decided = {(r["Row A"], r["Row B"]): (r["Status"], r["Decision"]) for r in rows}
    assert decided == {("Fire!2", "Police!2"): ("Decided by staff", "Different events"),
                       ("Fire!3", "Police!3"): ("Decided by staff", "Same event")}

    # later: an edit to an unrelated column, a new row above (every Police row moves down one)
    # and the report workbook lost — the decisions live in the record and still apply
    edited = intake(police_first_rows=[["Coffee with a Cop", "10/2/2025", "8am", "9am", "Cup A Joe", "", "Public", ""]])
    edited["Fire"][1][7] = "Engine 5 only; the trailer is in the shop"
    make_workbook(edited)
    config.report_path.unlink()
    third = run_sync(config, now=NOW)
    assert combined_sources(config) >= {"Police!3", "Fire!2", "Police!4, Fire!3"}
    assert (third["merged_by_staff"], third["kept_apart_by_staff"]) == (1, 1)

    # a decision cleared in the tab is withdrawn: the matcher decides again
    decide(config, {("Fire!2", "Police!3"): None})
    fourth = run_sync(config, now=NOW)
    assert "Police!3, Fire!2" in combined_sources(config)
    assert (fourth["merged_by_staff"], fourth["kept_apart_by_staff"]) == (1, 0)
    with Record(config.record_path) as record:
        assert list(record.decisions().values()) == ["same"]
    assert path.exists()


def test_unreadable_decision_is_reported_not_guessed(config, make_workbook):
    make_workbook(intake())
    run_sync(config, now=NOW)
    decide(config, {("Fire!3", "Police!3"): "maybe?"})
    s = run_sync(config, now=NOW)
    assert s["review_pairs"] == 1 and s["merged_by_staff"] == 0
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    issues = [r for r in wb["Validation"].iter_rows(min_row=2, values_only=True) if r[1] == "Review Duplicates"]
    assert issues == [("warning", "Review Duplicates", 2, "Decision", "maybe?", "not a decision this tool knows",
                       "choose 'Same event' or 'Different events', or leave it blank")]


def test_check_applies_stored_decisions_and_writes_nothing(config, make_workbook):
    from sheets_sync.pipeline import run_check
    make_workbook(intake())
    run_sync(config, now=NOW)
    decide(config, {("Fire!2", "Police!2"): "Different events"})
    def files():   # SQLite's own -wal/-shm side files appear for any reader of a WAL database
        return {p: p.read_bytes() for p in config.out_dir.rglob("*")
                if p.is_file() and not p.name.endswith(("-wal", "-shm"))}
    before = files()
    _, summary = run_check(config, now=NOW)
    assert summary["events"] == 5 and summary["kept_apart_by_staff"] == 1    # typed, not yet synced
    assert files() == before


def test_different_events_on_two_identical_rows_sticks_across_syncs(config, make_workbook):
    same = ["Neighborhood Watch Meeting", "10/9/2025", "7pm", "8pm", "Grace Hall", "", "Public", ""]
    make_workbook({"Police": [H, same, list(same)]})
    first = run_sync(config, now=NOW)
    assert first["events"] == 1                        # a double entry, merged by the matcher
    _, _, _, rows = review_rows(config)
    assert [(r["Row A"], r["Row B"], r["Status"]) for r in rows] == [("Police!2", "Police!3", "Merged by matcher")]
    decide(config, {("Police!2", "Police!3"): "Different events"})
    for _ in range(2):                                 # two meetings that night: it stays so
        again = run_sync(config, now=NOW)
        assert again["events"] == 2 and again["kept_apart_by_staff"] == 1
        assert combined_sources(config) >= {"Police!2", "Police!3"}



def _with_second_open_house():
    """``intake()`` plus Police's second open house, on 10/25 at the same hours and station."""
    tabs = intake()
    tabs["Police"].append(["Fire Station Open House", "10/25/2025", "10am", "2pm", "Fire Station 5",
                           "3868 S Main St", "Public", ""])
    return tabs


def _stored(config) -> dict[tuple[str, str], str]:
    """The record's decisions as ``{(row A's date, row B's date): decision}``."""
    import json
    with Record(config.record_path) as record:
        return {tuple(k[2] for k in json.loads(key)): d for key, d in record.decisions().items()}


def test_a_decision_on_a_deleted_row_does_not_move_to_another_row_of_its_tab(config, make_workbook):
    tabs = _with_second_open_house()
    make_workbook(tabs)
    run_sync(config, now=NOW)
    decide(config, {("Fire!3", "Police!3"): "Same event"})     # Fire's 10/4 is Police's 10/11
    run_sync(config, now=NOW)
    assert "Police!3, Fire!3" in combined_sources(config)
    del tabs["Police"][2]                 # Police deletes its 10/11 row; its 10/25 one stays
    make_workbook(tabs)
    for _ in range(2):                    # nor on the sync after (the Review tab read back)
        s = run_sync(config, now=NOW)
        sources = combined_sources(config)
        assert "Fire!3" in sources and "Police!4" in sources    # the 10/25 open house is its own event
        assert not any("Police!4" in x and "Fire!3" in x for x in sources)
        assert s["merged_by_staff"] == 0
        _, _, _, rows = review_rows(config)
        assert {(r["Row A"], r["Row B"]): r["Status"] for r in rows}[("Fire!3", "Police!4")] == "Pending review"
    assert _stored(config) == {("2025-10-04", "2025-10-11"): "same"}   # kept, should the row come back


def test_a_decision_follows_its_row_moved_again_and_is_stored_under_the_new_date(config, make_workbook):
    tabs = _with_second_open_house()
    make_workbook(tabs)
    run_sync(config, now=NOW)
    decide(config, {("Fire!3", "Police!3"): "Same event"})
    run_sync(config, now=NOW)
    tabs["Police"][2][1] = "10/18/2025"   # Police moves its 10/11 open house to 10/18
    make_workbook(tabs)
    config.report_path.unlink()           # (the Review tab lost too: the record alone carries it)
    s = run_sync(config, now=NOW)
    assert "Police!3, Fire!3" in combined_sources(config) and s["merged_by_staff"] == 1
    assert _stored(config) == {("2025-10-04", "2025-10-18"): "same"}
    again = run_sync(config, now=NOW)
    assert "Police!3, Fire!3" in combined_sources(config) and again["merged_by_staff"] == 1
    assert (again["created"], again["updated"], again["removed"]) == (0, 0, 0)


def test_a_waiting_decision_is_not_taken_by_a_row_typed_or_edited_syncs_later(config, make_workbook):
    """A helper's check: the decided row deleted, the decision waited — and two syncs later a
    new row (or another row's corrected date) agreeing on four of the five took it."""
    tabs = _with_second_open_house()
    make_workbook(tabs)
    run_sync(config, now=NOW)
    decide(config, {("Fire!3", "Police!3"): "Same event"})
    run_sync(config, now=NOW)
    del tabs["Police"][2]                 # the decided 10/11 row deleted …
    make_workbook(tabs)
    run_sync(config, now=NOW)
    run_sync(config, now=NOW)
    tabs["Police"][3][1] = "11/8/2025"    # … then the 10/25 row's date corrected
    make_workbook(tabs)
    for _ in range(2):
        s = run_sync(config, now=NOW)
        assert s["merged_by_staff"] == 0
        assert {"Fire!3", "Police!4"} <= combined_sources(config)   # Fire's 10/4, Police's 11/8: two events
    tabs["Police"].append(["Fire Station Open House", "11/15/2025", "10am", "2pm", "Fire Station 5",
                           "3868 S Main St", "Public", ""])           # … and a new one typed
    make_workbook(tabs)
    s = run_sync(config, now=NOW)
    assert s["merged_by_staff"] == 0 and {"Fire!3", "Police!4", "Police!5"} <= combined_sources(config)
    assert _stored(config) == {("2025-10-04", "2025-10-11"): "same"}


def test_same_event_does_not_follow_one_row_to_another_day(config, make_workbook):
    """Staff joined Community Safety's officers to Parks' listening session; Parks then moved
    its session to the next day. The decision was about that evening: it waits, and the
    officers' row is judged by the matcher again (a helper's check: the moved session had
    been pulled, with Police's forum, into one four-department event on the old day)."""
    row = ["City Hall Council Chambers", "101 City Hall Plaza", "Public", ""]
    tabs = {"Police": [H, ["Safety Forum", "10/6/2025", "6pm", "8pm", *row]],
            "Parks": [H, ["Listening Session", "10/6/2025", "7pm", "10pm", *row],
                      ["Listening Session", "10/13/2025", "7pm", "10pm", *row]],
            "Community Safety": [H, ["Officers on site", "10/6/2025", "6:30pm", "9pm", *row]]}
    make_workbook(tabs)
    run_sync(config, now=NOW)
    _, _, _, rows = review_rows(config)
    assert ("Community Safety!2", "Parks!2") in {(r["Row A"], r["Row B"]) for r in rows}
    decide(config, {("Community Safety!2", "Parks!2"): "Same event"})
    assert run_sync(config, now=NOW)["merged_by_staff"] == 1
    tabs["Parks"][1][1] = "10/7/2025"     # Parks moves that session to Tuesday
    make_workbook(tabs)
    for _ in range(2):
        s = run_sync(config, now=NOW)
        assert s["merged_by_staff"] == 0
        sources = combined_sources(config)
        assert "Parks!2" in sources       # the session on 10/7 is an event of its own
        assert not any("Parks!2" in x and "Police!2" in x for x in sources)


def test_decisions_typed_in_a_renamed_review_tab_are_read_and_the_tab_is_named(config, make_workbook):
    """Staff renamed the report's Review tab ("Review Duplicates (done)") and typed their
    decisions there: the sync, which writes a fresh Review tab each time, read none of them
    and said nothing. They are read now (the Review tab itself wins a pair decided in both),
    stored, and a Validation warning names the renamed tab; the renamed tab is kept."""
    make_workbook(intake())
    assert run_sync(config, now=NOW)["review_pairs"] == 1
    decide(config, {("Fire!2", "Police!2"): "Different events"})     # a merge split, typed before the rename
    wb = openpyxl.load_workbook(config.report_path)
    wb["Review Duplicates"].title = "Review Duplicates (done)"
    wb.save(config.report_path)
    wb = openpyxl.load_workbook(config.report_path)                      # ...and the pending pair, after it
    ws = wb["Review Duplicates (done)"]
    header = [c.value for c in ws[1]]
    for n, row in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        if (row[header.index("Row A")], row[header.index("Row B")]) == ("Fire!3", "Police!3"):
            ws.cell(row=n, column=header.index("Decision") + 1).value = "Same event"
    wb.save(config.report_path)

    s = run_sync(config, now=NOW)
    assert (s["merged_by_staff"], s["kept_apart_by_staff"], s["review_pairs"]) == (1, 1, 0)
    assert {"Police!3, Fire!3", "Police!2", "Fire!2"} <= combined_sources(config)
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    assert "Review Duplicates (done)" in wb.sheetnames and "Review Duplicates" in wb.sheetnames
    named = [r for r in wb["Validation"].iter_rows(min_row=2, values_only=True) if r[1] == "Review Duplicates (done)"]
    assert len(named) == 1 and named[0][0] == "warning" and "2 decisions typed in it were read" in named[0][5]
    assert sorted(_stored(config).items()) == [(("2025-10-04", "2025-10-04"), "different"),
                                               (("2025-10-04", "2025-10-11"), "same")]
    again = run_sync(config, now=NOW)            # stored: the decisions hold without reading the copy again
    assert (again["merged_by_staff"], again["kept_apart_by_staff"]) == (1, 1)


def test_a_decision_typed_in_the_sync_that_edits_its_row_is_stored_under_the_edited_row(config, make_workbook):
    """Staff split a merge ("Different events") and, before the next sync, Fire retitled its
    row: that sync applied the decision (it follows the edited row) but stored it under the
    row as it was, so once the Review tab no longer carried it (deleted, renamed) the two rows
    merged again one sync later — a joint event back in the count, with nothing said. It is
    stored under the edited row now (a helper's check)."""
    tabs = intake()
    path = make_workbook(tabs)
    run_sync(config, now=NOW)
    decide(config, {("Fire!2", "Police!2"): "Different events"})
    tabs["Fire"][1][0] = "Comm. Safety Fair and Smoke Trailer"
    make_workbook(tabs)
    assert path.exists()
    s = run_sync(config, now=NOW)
    assert s["kept_apart_by_staff"] == 1 and {"Police!2", "Fire!2"} <= combined_sources(config)
    assert _stored(config) == {("2025-10-04", "2025-10-04"): "different"}
    import json
    with Record(config.record_path) as record:
        assert [json.loads(k)[0][1] for k in record.decisions()] == ["comm safety fair and smoke trailer"]
    config.report_path.unlink()                  # the Review tab gone: the record alone carries it
    again = run_sync(config, now=NOW)
    assert again["kept_apart_by_staff"] == 1 and {"Police!2", "Fire!2"} <= combined_sources(config)
    assert (again["created"], again["updated"], again["removed"]) == (0, 0, 0)
