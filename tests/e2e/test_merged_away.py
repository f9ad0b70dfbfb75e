"""Issue 15: an event merged into another (staff said "Same event" in the Review tab) leaves
the pages and events.json at once; the feeds keep it as CANCELLED for the grace period; its
old page address leads to the event it became. A row deleted outright is not "merged away"."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import icalendar

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
