"""The host deletes its row of a joint event while the partners' coverage rows stay: the
event residents subscribed to is cancelled, not republished under its UID as a partner's
"Traffic posts", and each partner's row left behind is told in Validation (a fresh
verifier's finding: the UID passed to the police shift, still joint, with no word to anyone)."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import openpyxl
import pytest

from sheets_sync.pipeline import run_sync
from tests.e2e.test_merged_away import feed_status
from tests.e2e.test_review_decisions import H

NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
PARK = ["Bryan Park", "1001 S Henderson St", "Public", ""]
BASH = ["Back to School Bash", "8/21/2025", "10am", "1pm", *PARK]
WALK = ["Senior Walk", "8/25/2025", "9am", "10am", *PARK]      # the host's other row, same park


def tabs(*parks: list, police_title: str = "Traffic posts") -> dict:
    return {"Parks and Recreation": [H, *parks, WALK],
            "Police": [H, [police_title, "8/21/2025", "9:30am", "1:30pm", *PARK]],
            "Fire": [H, ["Ladder truck display", "8/21/2025", "10:30am", "12pm", *PARK]]}


ALL = frozenset({"Parks and Recreation", "Police", "Fire"})


def published(config) -> dict[str, tuple]:
    events = json.loads((config.out_dir / "public" / "events.json").read_text())
    return {e["uid"]: (e["title"], e["cancelled"], frozenset(e["departments"])) for e in events}


def left_warnings(config) -> list[tuple]:
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    return [(r[1], int(r[2]), r[5], r[6]) for r in wb["Validation"].iter_rows(min_row=2, values_only=True)
            if r[0] == "warning" and "whose own row was deleted" in str(r[5])]


def first_sync(config, make_workbook, police_title: str = "Traffic posts") -> str:
    make_workbook(tabs(BASH, police_title=police_title))
    run_sync(config, now=NOW)
    [uid] = [u for u, (title, _, _) in published(config).items() if title == "Back to School Bash"]
    assert published(config)[uid] == ("Back to School Bash", False, ALL)
    return uid


def test_the_host_deleting_its_row_cancels_the_event_and_tells_the_partners(config, make_workbook):
    uid = first_sync(config, make_workbook)
    make_workbook(tabs())                               # Parks deletes the bash's row
    summary = run_sync(config, now=NOW)
    shown = published(config)
    assert shown[uid] == ("Back to School Bash", True, ALL)       # cancelled, on the pages too
    assert feed_status(config)[uid] == "CANCELLED"
    [(new, parts)] = [(u, v) for u, v in shown.items() if u != uid and v[0] != "Senior Walk"]
    assert parts == ("Traffic posts", False, frozenset({"Police", "Fire"}))    # the partners' rows: an event of their own
    assert (summary["removed"], summary["created"]) == (1, 1)
    warned = left_warnings(config)
    assert sorted((tab, row) for tab, row, _, _ in warned) == [("Fire", 2), ("Police", 2)]
    for _, _, text, todo in warned:
        assert "\u201cBack to School Bash\u201d (2025-08-21)" in text and "Parks and Recreation" in text
        assert "set Status to Cancelled" in todo

    make_workbook(tabs(BASH))                           # typed back as it was: the event returns
    run_sync(config, now=NOW)
    shown = published(config)
    assert shown[uid] == ("Back to School Bash", False, ALL)
    assert new not in shown                             # the partners' stand-alone event merged back:
    assert feed_status(config)[new] == "CANCELLED"      # subscribers' copies withdrawn
    assert left_warnings(config) == []


def test_the_last_part_left_does_not_bring_the_cancelled_event_back(config, make_workbook):
    """v17 F4: after Parks deleted the bash, Police deleted its "Traffic posts" too; Fire's
    "Ladder truck display", the last part left, took the bash's UID: residents who had seen
    the bash cancelled saw it back, CONFIRMED, as the truck display. A removed joint event is
    not restored through a partner's row alone: the bash stays cancelled."""
    uid = first_sync(config, make_workbook)
    make_workbook(tabs())                               # Parks deletes the bash's row
    run_sync(config, now=NOW)
    coffee = ["Coffee with a Cop", "8/28/2025", "8am", "9am", "Cocoa Cinnamon", "", "Public", ""]
    make_workbook({**tabs(), "Police": [H, coffee]})    # then Police deletes its part
    summary = run_sync(config, now=NOW)
    shown = published(config)
    assert shown[uid] == ("Back to School Bash", True, ALL)
    assert feed_status(config)[uid] == "CANCELLED"
    assert summary["restored"] == 0
    assert [v for v in shown.values() if v[0] == "Ladder truck display"] == [
        ("Ladder truck display", False, frozenset({"Fire"}))]


def test_a_partner_row_titled_as_the_event_keeps_it(config, make_workbook):
    """Police logged the bash itself, not a part of it: with the Parks row gone the event goes on
    under its UID with Police and Fire (a duplicate row cleaned up), and nobody is warned."""
    uid = first_sync(config, make_workbook, police_title="Back to School Bash")
    make_workbook(tabs(police_title="Back to School Bash"))
    run_sync(config, now=NOW)
    assert published(config)[uid] == ("Back to School Bash", False, frozenset({"Police", "Fire"}))
    assert left_warnings(config) == []


@pytest.mark.parametrize("title", ["Traffic control for Back to School Bash", "Police at the Back to School Bash",
                                   "Back to School Bash - traffic"])
def test_a_coverage_row_naming_the_event_does_not_keep_it(config, make_workbook, title):
    """"Traffic control for Back to School Bash" names the event but is Police's part of it
    (the other two wordings: a fresh verifier's)."""
    uid = first_sync(config, make_workbook, police_title=title)
    make_workbook(tabs(police_title=title))
    run_sync(config, now=NOW)
    shown = published(config)
    assert shown[uid][1] is True
    assert sorted(tab for tab, _, _, _ in left_warnings(config)) == ["Fire", "Police"]


def test_the_host_row_made_invalid_holds_the_event_as_it_was(config, make_workbook):
    """A typo in the host's row is not a deletion: the event stays published as it was."""
    uid = first_sync(config, make_workbook)
    make_workbook(tabs(["Back to School Bash", "8/41/2025", "10am", "1pm", *PARK]))
    summary = run_sync(config, now=NOW)
    shown = published(config)
    assert shown[uid] == ("Back to School Bash", False, ALL)
    assert (summary["removed"], summary["created"]) == (0, 0)
    assert left_warnings(config) == []


def test_the_host_editing_its_row_keeps_the_event(config, make_workbook):
    """The host retitles its row and moves it an hour (two core fields): still the event, with
    its partners, under its UID."""
    uid = first_sync(config, make_workbook)
    make_workbook(tabs(["Back-to-School Splash", "8/21/2025", "11am", "1pm", *PARK]))
    run_sync(config, now=NOW)
    assert published(config)[uid] == ("Back-to-School Splash", False, ALL)
    assert left_warnings(config) == []


def test_a_partner_row_with_the_hosts_hours_and_place_does_not_keep_the_event(config, make_workbook):
    """Police copied the bash's hours and place into its "Traffic posts" row: with the Parks row
    deleted, that row differs from the host's only in its title — still not the event (a fresh
    verifier's finding: the one-field-changed rule passed the UID on)."""
    same = ["Traffic posts", "8/21/2025", "10am", "1pm", *PARK]
    make_workbook({"Parks and Recreation": [H, BASH, WALK], "Police": [H, same]})
    run_sync(config, now=NOW)
    [uid] = [u for u, (title, _, _) in published(config).items() if title == "Back to School Bash"]
    make_workbook({"Parks and Recreation": [H, WALK], "Police": [H, same]})
    run_sync(config, now=NOW)
    shown = published(config)
    assert shown[uid][:2] == ("Back to School Bash", True)
    assert [v for u, v in shown.items() if u != uid and v[0] == "Traffic posts"] == [
        ("Traffic posts", False, frozenset({"Police"}))]
    assert [(tab, row) for tab, row, _, _ in left_warnings(config)] == [("Police", 2)]


def test_the_host_deleting_one_date_of_a_series_cancels_that_date(config, make_workbook):
    """Parks deletes the 8/21 showing of a weekly series whose other dates share its title and
    park: they are not the deleted row edited, so the 8/21 event is cancelled, not carried on
    by Police's traffic posts that night."""
    def series(*days: str) -> list:
        return [["Movies in the Park", d, "8:30pm", "10:30pm", *PARK] for d in days]
    police = [H, ["Traffic posts", "8/21/2025", "8pm", "11pm", *PARK]]
    make_workbook({"Parks and Recreation": [H, *series("8/14/2025", "8/21/2025", "8/28/2025")], "Police": police})
    run_sync(config, now=NOW)
    [uid] = [u for u, v in published(config).items() if v[2] == frozenset({"Parks and Recreation", "Police"})]
    make_workbook({"Parks and Recreation": [H, *series("8/14/2025", "8/28/2025")], "Police": police})
    run_sync(config, now=NOW)
    shown = published(config)
    assert shown[uid] == ("Movies in the Park", True, frozenset({"Parks and Recreation", "Police"}))
    assert sorted(v[0] for u, v in shown.items() if not v[1]) == ["Movies in the Park", "Movies in the Park",
                                                                  "Traffic posts"]
    assert [(tab, row) for tab, row, _, _ in left_warnings(config)] == [("Police", 2)]


def test_the_parts_left_behind_are_not_counted_sync_after_sync(config, make_workbook):
    """The parts left by a deleted host ("Traffic posts" by Police and the ladder truck by Fire)
    had been counted as a joint event of their own once the bash was gone (the figures said one
    joint event in August whichever way the bash ended). They stay published, each warned, but
    are not counted — on the sync that removes the host and on every sync after (by hand:
    August 2025 holds the Senior Walk, Parks' alone: 1 event, 0 joint). A part edited since
    counts again (its department says it goes ahead), and so does the event typed back."""
    first_sync(config, make_workbook)
    make_workbook(tabs())
    for _ in range(2):                                   # the deleting sync, then a sync with no change
        summary = run_sync(config, now=NOW)
        assert summary["months"]["2025-08"] == {"events": 1, "joint_events": 0}
        assert sorted((tab, row) for tab, row, _, _ in left_warnings(config)) == [("Fire", 2), ("Police", 2)]
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    joint = {r[1]: r[8] for r in wb["Combined Events"].iter_rows(min_row=2, values_only=True)}
    assert joint["Traffic posts"] == "no (the parts of an event whose own row was deleted: not counted)"
    edited = tabs()
    edited["Fire"][1] = ["Ladder truck display", "8/21/2025", "10:30am", "12:30pm", *PARK]
    make_workbook(edited)
    assert run_sync(config, now=NOW)["months"]["2025-08"] == {"events": 2, "joint_events": 1}


@pytest.mark.parametrize("deleted", [0, 1])
@pytest.mark.parametrize("end", ["12:30pm", "12pm"])     # (ending half an hour apart: a second helper's check)
def test_one_of_two_departments_logging_the_event_as_their_own_deleting_its_row_keeps_it(
        config, make_workbook, deleted, end):
    """A fresh city's check: Parks' "Downtown Community Cleanup" and Community Safety's "Litter
    Pick-Up (downtown)", the same hours at one address, neither naming a host or partner: one
    event. When the department whose row had led it deleted its row, the cleanup was cancelled
    and Parks' row published as a new event left out of the count; deleting the other row kept
    it. Each row was the whole event: either deletion now keeps the event, its UID and its
    count (by hand: March 2026 holds one cleanup, one department left, not joint), unwarned."""
    rows = {"Parks and Recreation": ["Eastside Neighborhood Cleanup", "3/14/2026", "9:00 AM", "12:30 PM",
                                     "Eastside Rec Center, 2100 Ash St", "", "Public", ""],
            "Community Safety": ["Litter Pick-Up (Eastside)", "3/14/2026", "9am", end, "",
                                 "2100 Ash Street", "Public", ""]}
    other = ["Heart Open House", "4/18/2026", "4pm", "7pm", "HEART Office", "", "Public", ""]   # keeps the tabs
    make_workbook({tab: [H, row, other] for tab, row in rows.items()})
    now = datetime(2026, 3, 1, 12, tzinfo=timezone.utc)
    run_sync(config, now=now)
    [(uid, (title, _, departments))] = [(u, v) for u, v in published(config).items()
                                        if v[0] in (rows["Parks and Recreation"][0], rows["Community Safety"][0])]
    assert departments == frozenset(rows)
    gone = next(tab for tab, row in rows.items() if row[0] == title) if deleted == 0 else \
        next(tab for tab, row in rows.items() if row[0] != title)        # the leading row's tab, then the other's
    kept = next(tab for tab in rows if tab != gone)
    make_workbook({tab: [H, row, other] if tab == kept else [H, other] for tab, row in rows.items()})
    summary = run_sync(config, now=now)
    assert published(config)[uid] == (rows[kept][0], False, frozenset({kept}))
    assert (summary["removed"], summary["created"]) == (0, 0)
    assert summary["months"]["2026-03"] == {"events": 1, "joint_events": 0}
    assert left_warnings(config) == []
