"""A joint event one department moves to another day (its partner's row keeps the old one):
it stays one event, as published, with a Review question and a Validation warning on every
sync until staff answer; "Different events" splits it, "Same event" keeps it."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import openpyxl

from sheets_sync.pipeline import run_sync
from tests.e2e.test_review_decisions import H, decide, review_rows

NOW = datetime(2025, 10, 1, 12, tzinfo=timezone.utc)


def intake(fire_date: str) -> dict:
    return {
        "Police": [H, ["Community Safety Fair", "10/4/2025", "10am", "1pm", "Walltown Park", "1308 W Club Blvd",
                       "Public", ""],
                   ["National Night Out", "10/7/2025", "5pm", "8pm", "Trinity Park", "1891 Mangum St", "Public", ""]],
        "Fire": [H, ["Community Safety Fair", fire_date, "10am", "1pm", "Walltown Park", "1308 W Club Blvd",
                     "Public", "Engine 5"]],
    }


def fairs(config) -> list[dict]:
    events = json.loads((config.out_dir / "public" / "events.json").read_text())
    return [e for e in events if e["title"] == "Community Safety Fair" and not e["cancelled"]]


def warnings(config) -> list[str]:
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    return [" ".join(str(c) for c in r) for r in wb["Validation"].iter_rows(min_row=2, values_only=True)
            if r[0] == "warning" and "moved its row" in " ".join(str(c) for c in r)]


def pending(config) -> list[tuple]:
    return [(r["Row A"], r["Row B"]) for r in review_rows(config)[3] if r["Status"] == "Pending review"]


def test_one_side_move_stays_one_event_and_asks_until_answered(config, make_workbook):
    make_workbook(intake("10/4/2025"))
    run_sync(config, now=NOW)
    [joint] = fairs(config)
    assert joint["start"].startswith("2025-10-04")

    make_workbook(intake("10/5/2025"))            # Fire moves its row a day; Police's stays
    for _ in range(2):                            # asked on every sync until answered
        summary = run_sync(config, now=NOW)
        [still] = fairs(config)
        assert (still["uid"], still["start"], still["end"]) == (joint["uid"], joint["start"], joint["end"])
        assert summary["removed"] == summary["created"] == 0
        assert pending(config) == [("Fire!2", "Police!2")]
        [line] = warnings(config)
        assert "Fire!2" in line and "Police!2" in line and "2025-10-05" in line and "2025-10-04" in line

    decide(config, {("Fire!2", "Police!2"): "Different events"})
    run_sync(config, now=NOW)
    split = fairs(config)
    assert sorted(e["start"][:10] for e in split) == ["2025-10-04", "2025-10-05"]
    assert joint["uid"] in {e["uid"] for e in split}
    assert pending(config) == [] and warnings(config) == []


def test_a_host_that_moves_its_event_takes_the_event_with_it(config, make_workbook):
    """The host moves its event a day while a partner's visit still has the old day: one event
    still (asked about), published under the host's title and hours on the host's new day, same
    UID — never as the partner's half-hour visit (a fresh verifier's finding)."""
    def tabs(host_date: str) -> dict:
        return {"Police": [H, ["Back to School Bash", host_date, "11am", "3pm", "Greenway Rec Center",
                               "88 Vine St", "Public", ""]],
                "Fire": [H, ["Engine 11 visit", "10/4/2025", "12pm", "12:30pm", "Greenway Rec Center",
                             "88 Vine St", "Public", ""]]}

    def shown(config) -> list[tuple]:
        events = json.loads((config.out_dir / "public" / "events.json").read_text())
        return [(e["uid"], e["title"], e["start"][:16], e["end"][:16]) for e in events if not e["cancelled"]]

    make_workbook(tabs("10/4/2025"))
    run_sync(config, now=NOW)
    [(uid, title, start, end)] = shown(config)
    hours = datetime.fromisoformat(end) - datetime.fromisoformat(start)
    assert (title, hours) == ("Back to School Bash", timedelta(hours=4))
    make_workbook(tabs("10/5/2025"))
    summary = run_sync(config, now=NOW)
    day = timedelta(days=1)
    assert shown(config) == [(uid, "Back to School Bash", (datetime.fromisoformat(start) + day).isoformat()[:16],
                              (datetime.fromisoformat(end) + day).isoformat()[:16])]
    assert summary["removed"] == summary["created"] == 0
    assert pending(config) == [("Fire!2", "Police!2")]


def test_an_all_day_host_moved_to_the_next_day_takes_the_event_with_it(config, make_workbook):
    """An all-day event's end is the next day (RFC 5545 DTEND is exclusive): a host moving its
    all-day festival to that next day is a move, not a row still within the published days —
    before, the festival's UID went to the partner's visit and the joint count fell."""
    def tabs(host_date: str) -> dict:
        return {"Police": [H, ["Harvest Festival", host_date, "", "", "Town Green", "1 Common Rd", "Public", ""]],
                "Fire": [H, ["Engine 3 visit", "10/9/2025", "1pm", "2pm", "Town Green", "1 Common Rd", "Public", ""]]}

    def shown(config) -> list[tuple]:
        events = json.loads((config.out_dir / "public" / "events.json").read_text())
        return [(e["uid"], e["title"], e["start"][:10]) for e in events if not e["cancelled"]]

    make_workbook(tabs("10/9/2025"))
    run_sync(config, now=NOW)
    [(uid, title, _)] = shown(config)
    assert title == "Harvest Festival"
    make_workbook(tabs("10/10/2025"))
    summary = run_sync(config, now=NOW)
    assert shown(config) == [(uid, "Harvest Festival", "2025-10-10")]
    assert (summary["joint_events"], summary["created"]) == (1, 0)
    assert pending(config) == [("Fire!2", "Police!2")]


def test_same_event_after_a_move_keeps_the_events_hours(config, make_workbook):
    """Staff answer "Same event" to a row one department moved: one event on the leading row's
    day with its hours, not one running from the first day's start to the next day's end."""
    make_workbook(intake("10/4/2025"))
    run_sync(config, now=NOW)
    [joint] = fairs(config)
    make_workbook(intake("10/5/2025"))
    run_sync(config, now=NOW)
    decide(config, {("Fire!2", "Police!2"): "Same event"})
    run_sync(config, now=NOW)
    [still] = fairs(config)
    assert (still["uid"], still["start"], still["end"]) == (joint["uid"], joint["start"], joint["end"])
    assert pending(config) == []


def festival(host_title: str, host_date: str, *more: list) -> dict:
    """Parks hosts the festival; Fire's engine visits it on 10/9."""
    return {"Parks": [H, [host_title, host_date, "11am", "4pm", "Town Green", "1 Common Rd", "Public", ""], *more],
            "Fire": [H, ["Engine 3 visit", "10/9/2025", "1pm", "2pm", "Town Green", "1 Common Rd", "Public", ""]]}


def shown(config) -> list[tuple]:
    events = json.loads((config.out_dir / "public" / "events.json").read_text())
    return sorted((e["uid"], e["title"], e["start"][:16]) for e in events if not e["cancelled"])


def test_a_host_that_moves_and_retitles_its_event_in_one_edit_takes_the_event_with_it(config, make_workbook):
    """The host moves its event a day and names the move in its title in the same edit: still
    one event with the same UID on the host's new day, asked about — before, the record lookup
    needed the old title, so the event split silently and its UID went to Fire's visit
    (a fresh verifier's finding)."""
    make_workbook(festival("Harvest Festival", "10/9/2025"))
    run_sync(config, now=NOW)
    [(uid, _, _)] = shown(config)
    make_workbook(festival("Harvest Festival (RAIN DATE)", "10/10/2025"))
    summary = run_sync(config, now=NOW)
    assert shown(config) == [(uid, "Harvest Festival (RAIN DATE)", "2025-10-10T15:00")]  # 11am EDT, in UTC
    assert (summary["joint_events"], summary["created"], summary["removed"]) == (1, 0, 0)
    assert pending(config) == [("Fire!2", "Parks!2")]


def test_a_row_added_on_another_day_by_a_department_still_at_the_event_is_not_a_move(config, make_workbook):
    """Parks keeps its festival on 10/9 and adds a clean-up the next day at the same place: a
    new event of its own, not the festival moved (no question, the festival unchanged)."""
    make_workbook(festival("Harvest Festival", "10/9/2025"))
    run_sync(config, now=NOW)
    [(uid, _, start)] = shown(config)
    cleanup = ["Harvest Festival Cleanup", "10/10/2025", "9am", "11am", "Town Green", "1 Common Rd", "Public", ""]
    make_workbook(festival("Harvest Festival", "10/9/2025", cleanup))
    summary = run_sync(config, now=NOW)
    assert [e for e in shown(config) if e[0] == uid] == [(uid, "Harvest Festival", start)]
    assert ("Harvest Festival Cleanup", "2025-10-10T13:00") in {e[1:] for e in shown(config)}
    assert (summary["joint_events"], summary["created"]) == (1, 1)
    assert pending(config) == [] and warnings(config) == []


def test_a_host_that_moves_its_event_more_than_four_weeks_keeps_its_uid(config, make_workbook):
    """The host moves its festival six weeks: two events now (too far to be kept as one), the
    festival keeps its UID on its new date — as a one-department event moved any distance does
    — and Fire's visit left on the old date is a new event with a Validation warning; before,
    the festival's UID was rewritten as "Engine 3 visit" (a fresh verifier's finding)."""
    make_workbook(festival("Harvest Festival", "10/9/2025"))
    run_sync(config, now=NOW)
    [(uid, _, _)] = shown(config)
    make_workbook(festival("Harvest Festival", "11/20/2025"))
    summary = run_sync(config, now=NOW)
    events = shown(config)
    assert (uid, "Harvest Festival", "2025-11-20T16:00") in events          # 11am EST, in UTC
    [visit] = [e for e in events if e[0] != uid]
    assert visit[1:] == ("Engine 3 visit", "2025-10-09T17:00")               # 1pm EDT
    assert (summary["created"], summary["updated"], summary["removed"], summary["joint_events"]) == (1, 1, 0, 0)
    assert pending(config) == []
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    [line] = [" ".join(str(c) for c in r) for r in wb["Validation"].iter_rows(min_row=2, values_only=True)
              if r[0] == "warning" and "more than four weeks from" in " ".join(str(c) for c in r)]
    assert "Parks!2" in line and "Fire!2" in line and "2025-11-20" in line and "2025-10-09" in line
    # Fire's row left on the old day is told too, in its own tab (a third fresh verifier's
    # finding: the partners' rows left behind were published with no word to their staff)
    rows = [r for r in wb["Validation"].iter_rows(min_row=2, values_only=True)
            if r[0] == "warning" and "no longer part of it" in str(r[5])]
    assert [(r[1], int(r[2]), r[3], r[4]) for r in rows] == [("Fire", 2, "Start Date", "2025-10-09")]
    assert "Parks!2 moved its row of this joint event (\u201cHarvest Festival\u201d) to 2025-11-20" in rows[0][5]
    assert "type 2025-11-20 here" in rows[0][6]


def test_a_partner_that_moves_its_visit_more_than_four_weeks_leaves_the_event_where_it_was(config, make_workbook):
    """The other way round: Fire's visit moved six weeks; the festival keeps its UID, date and
    title, the visit is a new event."""
    make_workbook(festival("Harvest Festival", "10/9/2025"))
    run_sync(config, now=NOW)
    [(uid, _, start)] = shown(config)
    tabs = festival("Harvest Festival", "10/9/2025")
    tabs["Fire"][1][1] = "11/20/2025"
    make_workbook(tabs)
    run_sync(config, now=NOW)
    events = shown(config)
    assert (uid, "Harvest Festival", start) in events
    assert [e[1:] for e in events if e[0] != uid] == [("Engine 3 visit", "2025-11-20T18:00")]   # 1pm EST
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    [left] = [r for r in wb["Validation"].iter_rows(min_row=2, values_only=True) if "no longer part of it" in str(r[5])]
    assert (left[1], int(left[2])) == ("Parks", 2)
    assert "Fire!2 moved its row of this joint event (\u201cEngine 3 visit\u201d) to 2025-11-20" in left[5]


def test_between_equal_rows_the_lead_department_they_name_leads_when_its_row_moves(config, make_workbook):
    """Parks and Fire log the same festival, both naming Parks as Lead Department; Parks moves
    its row a day: the event goes with Parks' row (same UID, asked about, on every sync) —
    before, the row left on the published day led, whatever the Lead Department said (a
    fresh verifier's finding)."""
    header = [*H, "Lead Department"]

    def tabs(parks_date: str) -> dict:
        row = ["Harvest Festival", "10/9/2025", "11am", "4pm", "Town Green", "1 Common Rd", "Public", "",
               "Parks and Recreation"]
        return {"Parks": [header, [*row[:1], parks_date, *row[2:]]], "Fire": [header, row]}

    make_workbook(tabs("10/9/2025"))
    run_sync(config, now=NOW)
    [(uid, _, _)] = shown(config)
    make_workbook(tabs("10/10/2025"))
    for _ in range(2):
        summary = run_sync(config, now=NOW)
        assert shown(config) == [(uid, "Harvest Festival", "2025-10-10T15:00")]     # 11am EDT
        assert (summary["joint_events"], summary["created"]) == (1, 0)
        assert pending(config) == [("Fire!2", "Parks!2")]


def test_a_host_that_moves_its_event_far_and_retitles_it_never_leaves_its_uid_on_the_visit(config, make_workbook):
    """Six weeks and a new title in one edit: the festival's UID is never rewritten as Fire's
    visit ("Engine 3 visit") — it goes with the host's row edited in place."""
    make_workbook(festival("Harvest Festival", "10/9/2025"))
    run_sync(config, now=NOW)
    [(uid, _, _)] = shown(config)
    make_workbook(festival("Harvest Festival (moved to 11/20)", "11/20/2025"))
    run_sync(config, now=NOW)
    events = shown(config)
    assert (uid, "Harvest Festival (moved to 11/20)", "2025-11-20T16:00") in events
    assert [e[1:] for e in events if e[0] != uid] == [("Engine 3 visit", "2025-10-09T17:00")]


def test_a_host_that_changes_place_before_its_partner_keeps_its_uid(config, make_workbook):
    """Parks moves its festival indoors (same day, title and hours, a new place) before Fire
    updates its visit: the festival keeps its UID at its new place, and Fire's visit left at
    the old place is an event of its own until Fire catches up — before, the festival's UID was
    rewritten as "Engine 3 visit" and the festival came back under a new UID (a fresh
    verifier's finding). Once Fire's row names the new place too, it is one event again."""
    make_workbook(festival("Harvest Festival", "10/9/2025"))
    run_sync(config, now=NOW)
    [(uid, _, start)] = shown(config)
    tabs = festival("Harvest Festival", "10/9/2025")
    tabs["Parks"][1][4:6] = ["Eastside Rec Center", "900 Grove Ave"]
    make_workbook(tabs)
    run_sync(config, now=NOW)
    events = shown(config)
    assert (uid, "Harvest Festival", start) in events
    assert [e[1] for e in events if e[0] != uid] == ["Engine 3 visit"]
    tabs["Fire"][1][4:6] = ["Eastside Rec Center", "900 Grove Ave"]
    make_workbook(tabs)
    summary = run_sync(config, now=NOW)
    assert shown(config) == [(uid, "Harvest Festival", start)] and summary["joint_events"] == 1


def test_a_host_that_retitles_and_moves_its_row_in_place_keeps_its_uid(config, make_workbook):
    """A new title sharing no word with the old one and a new date, typed over the host's row
    (same tab and row, same place): the UID goes with the host's row, never to the visit."""
    make_workbook(festival("Harvest Festival", "10/9/2025"))
    run_sync(config, now=NOW)
    [(uid, _, _)] = shown(config)
    for day, utc in (("10/16/2025", "2025-10-16T15:00"), ("11/20/2025", "2025-11-20T16:00")):
        make_workbook(festival("Fall Family Day", day))
        run_sync(config, now=NOW)
        events = shown(config)
        assert (uid, "Fall Family Day", utc) in events, day
        assert [e[1:] for e in events if e[0] != uid] == [("Engine 3 visit", "2025-10-09T17:00")], day


def test_different_events_after_the_host_moved_leaves_the_festival_where_subscribers_have_it(config, make_workbook):
    """The host moves its festival a week (the event moves with it, asked); staff answer
    "Different events" (Fire's visit did not go along): the festival keeps its UID on its new
    date and Fire's visit on the old one is the new event — before, the UID jumped back to the
    old date renamed as the visit, and the festival got a new UID (a fresh verifier's finding)."""
    make_workbook(festival("Harvest Festival", "10/9/2025"))
    run_sync(config, now=NOW)
    [(uid, _, _)] = shown(config)
    make_workbook(festival("Harvest Festival", "10/16/2025"))
    run_sync(config, now=NOW)
    assert shown(config) == [(uid, "Harvest Festival", "2025-10-16T15:00")]
    assert pending(config) == [("Fire!2", "Parks!2")]
    decide(config, {("Fire!2", "Parks!2"): "Different events"})
    for _ in range(2):
        run_sync(config, now=NOW)
        events = shown(config)
        assert (uid, "Harvest Festival", "2025-10-16T15:00") in events
        assert [e[1:] for e in events if e[0] != uid] == [("Engine 3 visit", "2025-10-09T17:00")]
