"""Issue 15: an event merged into another (staff said "Same event" in the Review tab) leaves
the pages and events.json at once; the feeds keep it as CANCELLED for the grace period; its
old page address leads to the event it became. A row deleted outright is not "merged away"."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import icalendar
import openpyxl

from sheets_sync.cli import _print_summary
from sheets_sync.doctor import check_record
from sheets_sync.pipeline import run_sync
from tests.e2e.test_review_decisions import H, decide, intake, review_rows
from tests.sitedata import make_app

NOW = datetime(2025, 10, 1, 12, tzinfo=timezone.utc)


def published(config, name):
    return json.loads((config.out_dir / "public" / name).read_text())


def feed_status(config) -> dict[str, str]:
    cal = icalendar.Calendar.from_ical((config.out_dir / "public" / "calendar.ics").read_bytes())
    return {str(v["UID"]): str(v["STATUS"]) for v in cal.walk("VEVENT")}


def test_merged_row_leaves_pages_at_once_and_feed_cancels_it(config, make_workbook):
    make_workbook(intake())
    run_sync(config, now=NOW)
    before = [e for e in published(config, "events.json") if e["title"] == "Fire Station Open House"]
    assert len(before) == 2                      # Police's and Fire's rows: a doubtful pair, not merged
    decide(config, {("Fire!3", "Police!3"): "Same event"})
    run_sync(config, now=NOW)

    after = [e for e in published(config, "events.json") if e["title"] == "Fire Station Open House"]
    assert len(after) == 1 and not after[0]["cancelled"]
    survivor = after[0]["uid"]
    gone = ({e["uid"] for e in before} - {survivor}).pop()
    assert published(config, "merged.json") == {gone: survivor}
    assert gone not in {e["uid"] for e in json.loads((config.out_dir / "private" / "events.json").read_text())}
    status = feed_status(config)                 # subscribers still learn the copy is gone
    assert status[gone] == "CANCELLED" and status[survivor] == "CONFIRMED"

    client = make_app(config, SAFETY_EVENTS_TODAY="2025-10-01").test_client()
    listed = client.get("/").get_data(as_text=True)
    assert listed.count("Fire Station Open House") == 1
    assert "Cancelled" not in listed and "CANCELLED" not in listed
    body = client.get("/events.json").get_json()
    assert [e["uid"] for e in body["events"] if e["title"] == "Fire Station Open House"] == [survivor]
    moved = client.get(f"/events/{gone}")
    assert moved.status_code == 301 and moved.headers["Location"].endswith(f"/events/{survivor}")
    assert client.get(f"/events/{gone}.ics").status_code == 200   # its CANCELLED calendar stays


def test_deleted_row_is_not_merged_away(config, make_workbook):
    tabs = intake()
    make_workbook(tabs)
    run_sync(config, now=NOW)
    night_out = next(e["uid"] for e in published(config, "events.json") if e["title"] == "National Night Out")
    del tabs["Police"][3]                       # staff delete the National Night Out row (the last one)
    make_workbook(tabs)
    run_sync(config, now=NOW)
    assert published(config, "merged.json") == {}
    still = next(e for e in published(config, "events.json") if e["uid"] == night_out)
    assert still["cancelled"] is True            # shown as cancelled for the grace period


def test_a_deleted_row_whose_position_a_joint_events_row_moved_up_into_is_not_merged_away(config, make_workbook):
    """A helper's check: Police deleted its open house row; the row below it (its National
    Night Out) moved up into that position and was merged with a Fire copy typed the same sync —
    the deleted open house had been shown "Merged into National Night Out" and counted merged."""
    tabs = intake()
    make_workbook(tabs)
    run_sync(config, now=NOW)
    open_house = next(e["uid"] for e in published(config, "events.json")
                      if e["title"] == "Fire Station Open House" and "Police" in e["departments"])
    del tabs["Police"][2]                       # Police!3, its open house, deleted: National Night Out is Police!3 now
    tabs["Fire"].append(["National Night Out", "10/7/2025", "5pm", "8pm", "Trinity Park", "1891 Mangum St",
                         "Public", "Engine 5"])
    make_workbook(tabs)
    summary = run_sync(config, now=NOW)
    assert summary["removed"] == 1 and summary["merged"] == 0
    assert open_house not in published(config, "merged.json")
    still = next(e for e in published(config, "events.json") if e["uid"] == open_house)
    assert still["cancelled"] is True


def test_same_event_to_a_multi_day_fairs_day_rows_keeps_the_fairs_uid_and_publishes(config, make_workbook):
    """A third fresh verifier's finding: Parks logs a six-day fair as one row with an End Date,
    Police a "Fair detail" row for each evening; staff answer Same event to each question.
    The fair keeps the UID residents subscribed to (it had been cancelled and republished under
    the first detail's UID), and the sync publishes: six events merged into the fair by staff
    answers are no mass removal (it had stopped, saying rows were deleted)."""
    h = [*H, "End Date"]
    fair = ["Monroe County Fair", "7/19/2025", "9am", "9pm", "Monroe County Fairgrounds", "5700 W Airport Rd",
            "Public", "", "7/24/2025"]
    details = [["Fair detail", f"7/{day}/2025", "6pm", "11pm", "Monroe County Fairgrounds", "", "Public", "", ""]
               for day in range(19, 25)]
    now = datetime(2025, 7, 1, 12, tzinfo=timezone.utc)
    make_workbook({"Parks and Recreation": [h, fair], "Police": [h, *details]})
    run_sync(config, now=now)
    first = {e["title"]: e["uid"] for e in published(config, "events.json")}
    uids = {e["uid"] for e in published(config, "events.json")}
    assert len(uids) == 7
    _, _, _, rows = review_rows(config)
    asked = {(r["Row A"], r["Row B"]) for r in rows if r["Status"] == "Pending review"}
    assert len(asked) == 6 and all("Parks and Recreation!2" in pair for pair in asked)
    decide(config, {pair: "Same event" for pair in asked})
    summary = run_sync(config, now=now)
    [(uid, departments)] = [(e["uid"], e["departments"]) for e in published(config, "events.json")]
    assert uid == first["Monroe County Fair"] and set(departments) == {"Parks and Recreation", "Police"}
    assert summary["joint_events"] == 1
    status = feed_status(config)
    assert status[uid] == "CONFIRMED"
    assert {u: s for u, s in status.items() if u != uid} == {u: "CANCELLED" for u in uids - {uid}}


def _combined_status(config) -> dict[str, tuple[str, str]]:
    """``{uid: (Status, Joint)}`` as the Combined Events tab of the report workbook shows them."""
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    header, *rows = list(wb["Combined Events"].iter_rows(values_only=True))
    at = header.index
    return {r[at("UID")]: (r[at("Status")], r[at("Joint")]) for r in rows}


def test_staff_see_a_merged_event_as_merged_not_removed(config, make_workbook, capsys):
    """A new city's finding: after a "Same event" answer the event merged away was listed as
    "Removed from sheet" in Combined Events (its row is still in the sheet), the sync said
    "1 removed" and `doctor` counted it among the record's events (one more than the sync's)."""
    make_workbook(intake())
    first = run_sync(config, now=NOW)
    fire_days = {e["uid"] for e in published(config, "events.json") if e["title"] == "Fire Station Open House"}
    decide(config, {("Fire!3", "Police!3"): "Same event"})
    summary = run_sync(config, now=NOW)
    [survivor] = [e["uid"] for e in published(config, "events.json") if e["title"] == "Fire Station Open House"]
    [gone] = fire_days - {survivor}
    shown = _combined_status(config)
    assert shown[gone] == ("Merged into Fire Station Open House", "no")     # one department's row: not joint
    assert shown[survivor] == ("Scheduled", "yes")
    assert (summary["removed"], summary["merged"], summary["events"]) == (1, 1, first["events"] - 1)
    _print_summary(summary, as_json=False)
    assert "1 removed (1 of them merged into another event)." in capsys.readouterr().out
    [record] = check_record(config, NOW)[:1]
    assert record.message.endswith(f"reads: {summary['events']} events, and 1 no longer in the sheet (deleted, or "
                                   "merged into another event) kept with their history")


def test_a_deleted_event_is_still_shown_removed(config, make_workbook, capsys):
    tabs = intake()
    make_workbook(tabs)
    run_sync(config, now=NOW)
    night_out = next(e["uid"] for e in published(config, "events.json") if e["title"] == "National Night Out")
    del tabs["Police"][3]
    make_workbook(tabs)
    summary = run_sync(config, now=NOW)
    assert _combined_status(config)[night_out][0] == "Removed from sheet"
    assert (summary["removed"], summary["merged"]) == (1, 0)
    _print_summary(summary, as_json=False)
    assert "1 removed." in capsys.readouterr().out
