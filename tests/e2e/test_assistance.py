"""An assistance request walked from Wanted → Offered → Accepted through real syncs."""
from __future__ import annotations

from datetime import datetime, timezone

import icalendar

from sheets_sync.pipeline import run_sync
from tests.e2e.cycle_helpers import OFFER_HEADER, cycle_workbook, dashboard, tab_rows

NOW = datetime(2025, 8, 20, 12, tzinfo=timezone.utc)


def _combined(config) -> dict[str, dict]:
    rows = tab_rows(config.report_path, "Combined Events")
    return {row[1]: dict(zip(rows[0], row)) for row in rows[1:]}


def _monthly(config) -> dict[str, int]:
    return {row[0]: row[2] for row in tab_rows(config.report_path, "Metrics - Monthly")[1:]}


def _schedule(config) -> list[tuple]:
    return tab_rows(config.report_path, "Joint Schedule")


def _request_row(config, title: str) -> tuple:
    return next(row for row in _schedule(config) if row[1] == title)


def _fire_feed_titles(config) -> set[str]:
    cal = icalendar.Calendar.from_ical((config.out_dir / "public/departments/fire.ics").read_bytes())
    return {str(c["SUMMARY"]) for c in cal.walk("VEVENT")}


def test_wanted_offered_accepted_raises_the_joint_count_by_one(config, make_workbook):
    tabs = cycle_workbook()
    make_workbook(tabs)
    s1 = run_sync(config, now=NOW)
    assert s1["months"]["2025-09"] == {"events": 4, "joint_events": 1}
    before = _combined(config)["Youth Safety Fair"]
    assert before["Departments"] == "Police" and before["Joint"] == "no"
    uid, seq = before["UID"], before["Sequence"]
    request = _request_row(config, "Youth Safety Fair")
    assert request[0] == uid and request[4] == "Fire: an engine and crew for a kids' tour"
    assert request[6] == "open"
    assert "Youth Safety Fair" not in _fire_feed_titles(config)

    # Fire offers (Status left blank = Offered), by the lead's Event ID
    tabs["Assistance Offers"] = [OFFER_HEADER, ["YSF-2025", "DFD", "Engine 5 and crew", None]]
    make_workbook(tabs)
    s2 = run_sync(config, now=NOW.replace(hour=13))
    assert s2["months"]["2025-09"] == {"events": 4, "joint_events": 1}      # an offer alone changes nothing
    assert s2["updated"] == 0
    request = _request_row(config, "Youth Safety Fair")
    assert request[5] == "Fire: Offered — Engine 5 and crew" and request[6] == "offer pending"
    schedule = _schedule(config)
    open_offers = schedule[[row[0] for row in schedule].index("Open offers: Event UID") + 1]
    assert open_offers[:6] == (uid, "Youth Safety Fair", "2025-09-13", "Fire", "Engine 5 and crew",
                               "Assistance Offers!2")
    assert "Assistance Offers" not in s2["skipped_tabs"] and "Assistance Offers" not in s2["tabs"]

    # the lead accepts (this time the row names the event by its UID)
    tabs["Assistance Offers"] = [OFFER_HEADER, [uid, "Fire", "Engine 5 and crew", "Accepted"]]
    make_workbook(tabs)
    s3 = run_sync(config, now=NOW.replace(hour=14))
    assert s3["months"]["2025-09"] == {"events": 4, "joint_events": 2}      # +1 in September
    assert {m: v for m, v in s3["months"].items() if m != "2025-09"} == {
        m: v for m, v in s1["months"].items() if m != "2025-09"}            # and nowhere else
    assert s3["joint_events"] == s1["joint_events"] + 1
    assert _monthly(config)["2025-09"] == 2
    after = _combined(config)["Youth Safety Fair"]
    assert after["UID"] == uid                                               # same identity
    assert after["Sequence"] == seq + 1                                      # a published change (RFC 5545)
    assert after["Departments"] == "Police, Fire" and after["Joint"] == "yes"
    assert after["Partners by Accepted Offer"] == "Fire"
    assert s3["updated"] == 1
    request = _request_row(config, "Youth Safety Fair")
    assert request[6] == "accepted"
    assert "Youth Safety Fair" in _fire_feed_titles(config)
    data = dashboard(config.out_dir)
    assert [r["state"] for r in data["requests"] if r["uid"] == uid] == ["accepted"]
    assert data["open_offers"] == []
    september = next(m for m in data["schedule"]["months"] if m["month"] == "2025-09")
    assert september["joint_events"] == 2 and uid in september["joint_uids"] and september["gap"] == 0


def test_bad_offer_rows_are_named_in_the_validation_tab(config, make_workbook):
    tabs = cycle_workbook()
    tabs["Offers from partners"] = [
        ["Event UID", "Offering Dept", "What we can bring", "Status"],
        ["NOPE-1", "Fire", "a ladder", "Offered"],           # 2: unknown event
        ["YSF-2025", "Sanitation", "trucks", ""],            # 3: unknown department
        ["YSF-2025", "Fire", "a ladder", "Maybe"],           # 4: unknown status
        ["", "Fire", "a ladder", "Offered"],                 # 5: no event named
        [None, None, None, None],                            # blank row: spacing, skipped
        ["YSF-2025", "Police", "more officers", "Accepted"], # 7: Police already leads it (warning)
        ["ysf-2025", "Parks", "a bouncy castle", "offered"], # 8: fine (case-insensitive)
    ]
    make_workbook(tabs)
    s = run_sync(config, now=NOW)
    validation = tab_rows(config.report_path, "Validation")
    found = {(row[1], row[2], row[3]): row for row in validation[1:] if row[1] == "Offers from partners"}
    assert set(found) == {("Offers from partners", 2, "Event UID or Event ID"),
                          ("Offers from partners", 3, "Offering Department"),
                          ("Offers from partners", 4, "Status"),
                          ("Offers from partners", 5, "Event UID or Event ID"),
                          ("Offers from partners", 7, "Offering Department")}
    assert found[("Offers from partners", 2, "Event UID or Event ID")][0] == "error"
    assert found[("Offers from partners", 2, "Event UID or Event ID")][4] == "NOPE-1"
    assert "Combined Events" in found[("Offers from partners", 2, "Event UID or Event ID")][6]
    assert "'Sanitation' is not a configured department" in found[("Offers from partners", 3, "Offering Department")][5]
    assert found[("Offers from partners", 4, "Status")][6].startswith("use Offered, Accepted or Declined")
    assert found[("Offers from partners", 7, "Offering Department")][0] == "warning"
    assert s["months"]["2025-09"]["joint_events"] == 1
    request = _request_row(config, "Youth Safety Fair")
    # Police's own row changes nothing (its warning says so): it is no offer, and does not answer
    # the request; Parks' offer waits for the lead
    assert request[5] == "Parks and Recreation: Offered — a bouncy castle" and request[6] == "offer pending"


def test_declined_offer_and_ambiguous_event_id(config, make_workbook):
    tabs = cycle_workbook()
    tabs["Fire"].append(["DUP-1", "Drill A", "9/3/2025", "9am", None, "Station 2", None, None, "Public"])
    tabs["Community Safety"] = [tabs["Fire"][0],   # same Event ID typed in another tab, another event
                                ["DUP-1", "Hose Demo", "9/4/2025", "9am", None, "Station 3", None, None, "Public"]]
    tabs["Assistance Offers"] = [OFFER_HEADER, ["YSF-2025", "Fire", "engine", "Declined"],
                                 ["DUP-1", "Police", "officers", "Accepted"]]
    make_workbook(tabs)
    s = run_sync(config, now=NOW)
    assert s["months"]["2025-09"]["joint_events"] == 1              # declined: nothing changes
    assert _request_row(config, "Youth Safety Fair")[6] == "open"   # declined offers leave it open
    validation = tab_rows(config.report_path, "Validation")
    ambiguous = [row for row in validation if row[1] == "Assistance Offers" and row[2] == 3]
    assert len(ambiguous) == 1 and "2 events share this Event ID" in ambiguous[0][5]


def test_check_reports_offer_rows_without_writing(config, make_workbook):
    from sheets_sync.pipeline import run_check
    tabs = cycle_workbook()
    tabs["Assistance Offers"] = [OFFER_HEADER, ["YSF-2025", "Sanitation", "trucks", "Offered"],
                                 ["YSF-2025", "Fire", "engine", "Accepted"]]
    make_workbook(tabs)
    analysis, _ = run_check(config, now=NOW)
    offers = [(i.tab, i.row, i.column, i.severity.value) for i in analysis.issues if i.tab == "Assistance Offers"]
    assert offers == [("Assistance Offers", 2, "Offering Department", "error")]
    assert not config.out_dir.exists() or not any(config.out_dir.iterdir())


def test_an_offer_from_a_department_already_taking_part_does_not_answer_the_request(config, make_workbook):
    """The lead's own row marked Accepted ("nothing changes", says its warning) must not turn the
    request into "accepted": that hid it from every other department's Help wanted."""
    tabs = cycle_workbook()
    tabs["Assistance Offers"] = [OFFER_HEADER, ["YSF-2025", "Police", "we host it", "Accepted"]]
    make_workbook(tabs)
    s = run_sync(config, now=NOW)
    request = _request_row(config, "Youth Safety Fair")
    assert request[6] == "open" and not request[5]
    assert s["months"]["2025-09"] == {"events": 4, "joint_events": 1}
    warnings = [row for row in tab_rows(config.report_path, "Validation") if row[1] == "Assistance Offers"]
    assert [(w[0], w[2]) for w in warnings] == [("warning", 2)] and "already takes part" in warnings[0][5]
    board = dashboard(config.out_dir)
    assert [r["state"] for r in board["requests"] if r["title"] == "Youth Safety Fair"] == ["open"]
