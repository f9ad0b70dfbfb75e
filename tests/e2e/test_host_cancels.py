"""verify8 finding 10: the host cancels, and residents must not see a confirmed event. Parks'
"Paws in the Park" with Community Safety's "HEART resource table" (a partner's part of it),
through real workbooks and real syncs: a status word typed into the title, the host's Status
set to Cancelled while the partner's table still says Scheduled, a partner withdrawing, and a
status typed in other words ("Rained out")."""
from __future__ import annotations

from datetime import datetime, timezone

import icalendar
import openpyxl

from sheets_sync.pipeline import run_sync

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Address", "Visibility", "Status"]
NOW = datetime(2025, 10, 1, 12, tzinfo=timezone.utc)
PARK = ["Bryan Park", "1001 S Henderson St"]


def intake(title="Paws in the Park", status="Scheduled", table_status="Scheduled"):
    return {"Parks and Recreation": [H, [title, "10/18/2025", "10am", "1pm", *PARK, "Public", status]],
            "Community Safety": [H, ["HEART resource table", "10/18/2025", "10am", "1pm", *PARK, "Public",
                                     table_status]]}


def feed(config) -> list[tuple[str, str, str]]:
    cal = icalendar.Calendar.from_ical((config.out_dir / "public" / "calendar.ics").read_bytes())
    return [(str(v["UID"]), str(v["SUMMARY"]), str(v["STATUS"])) for v in cal.walk("VEVENT")]


def tab(config, name) -> list[dict]:
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    header, *rows = list(wb[name].iter_rows(values_only=True))
    return [dict(zip(header, r)) for r in rows]


def status_lines(config) -> list[tuple]:
    return sorted((v["Tab"], int(v["Row"]), v["Column"], v["Value"]) for v in tab(config, "Validation")
                  if v["Column"] in ("Status", "Title"))


def october(summary) -> tuple[int, int]:
    month = summary["months"].get("2025-10", {"events": 0, "joint_events": 0})
    return month["events"], month["joint_events"]


def test_a_host_cancelling_cancels_the_published_event(config, make_workbook):
    make_workbook(intake())
    first = run_sync(config, now=NOW)
    ((uid, summary, status),) = feed(config)
    assert (summary, status) == ("Paws in the Park", "CONFIRMED")
    assert october(first) == (1, 1)

    # Parks types CANCELLED into the title and leaves Status as it was
    make_workbook(intake(title="Paws in the Park - CANCELLED"))
    second = run_sync(config, now=NOW)
    assert feed(config) == [(uid, "Paws in the Park", "CANCELLED")]
    assert october(second) == (0, 0) and second["cancelled_events"] == 1
    # nor in the parts of the joint count (they add up to it: a cancelled event is in neither)
    assert (second["joint_from_columns"], second["joint_from_merging"]) == (0, 0)
    assert status_lines(config) == [
        ("Community Safety", 2, "Status", "Scheduled"),
        ("Parks and Recreation", 2, "Title", "Paws in the Park - CANCELLED")]
    title_line = next(v for v in tab(config, "Validation") if v["Column"] == "Title")
    assert "the title says Cancelled but Status is 'Scheduled'; taken as Cancelled" in title_line["Problem"]
    assert title_line["What to do"].startswith("type Cancelled in Status")
    table_line = next(v for v in tab(config, "Validation") if v["Column"] == "Status")
    assert table_line["Problem"].startswith("Parks and Recreation!2, the event's own row, says Cancelled: the host "
                                            "called the event off")

    # Parks sets Status to Cancelled (the title back as it was); the partner's table still says Scheduled
    make_workbook(intake(status="Cancelled"))
    third = run_sync(config, now=NOW)
    assert feed(config) == [(uid, "Paws in the Park", "CANCELLED")]
    assert october(third) == (0, 0)
    assert status_lines(config) == [("Community Safety", 2, "Status", "Scheduled")]
    (event,) = tab(config, "Combined Events")
    assert (event["Status"], event["Departments"]) == ("Cancelled", "Parks and Recreation, Community Safety")

    # the host goes ahead after all and the partner withdraws: that only drops the partner
    make_workbook(intake(table_status="Cancelled"))
    fourth = run_sync(config, now=NOW)
    assert feed(config) == [(uid, "Paws in the Park", "CONFIRMED")]
    assert october(fourth) == (1, 0)
    (event,) = tab(config, "Combined Events")
    assert (event["Status"], event["Departments"]) == ("Scheduled", "Parks and Recreation")


def test_status_in_other_words_is_read(config, make_workbook):
    make_workbook(intake(status="Rained out"))
    summary = run_sync(config, now=NOW)
    ((_, _, status),) = feed(config)
    assert status == "CANCELLED" and october(summary) == (0, 0)
    line = next(v for v in tab(config, "Validation") if v["Tab"] == "Parks and Recreation")
    assert (line["Column"], line["Value"], line["Problem"]) == ("Status", "Rained out", "read as Cancelled")


def test_the_joint_column_says_yes_exactly_for_the_events_the_metrics_count(config, make_workbook):
    """verify8's minor finding: Combined Events › Joint said "yes" for cancelled events the
    metrics do not count (10 against 4). Now "yes" is exactly the joint events counted, and a
    joint event not counted says why; a postponed event is not counted on its day either."""
    def pair(title, day, status, visibility="Public"):
        return {"Parks and Recreation": [title, day, "10am", "1pm", *PARK, visibility, status],
                "Community Safety": [f"HEART table at {title}", day, "10am", "1pm", *PARK, visibility, status]}
    events = [pair("Paws in the Park", "10/4/2025", "Scheduled"), pair("Pet Expo", "10/11/2025", "Cancelled"),
              pair("Dog Day", "10/18/2025", "Postponed"), pair("Volunteer Briefing", "10/25/2025", "Scheduled",
                                                               "Internal"),
              {"Parks and Recreation": ["Movie Night", "10/26/2025", "6pm", "8pm", *PARK, "Public", "Postponed"]}]
    make_workbook({tab: [H, *(e[tab] for e in events if tab in e)]
                   for tab in ("Parks and Recreation", "Community Safety")})
    summary = run_sync(config, now=NOW)
    assert october(summary) == (2, 1)          # the picnic and the briefing; one joint community event
    joint = {e["Title"]: e["Joint"] for e in tab(config, "Combined Events")}
    assert joint == {"Paws in the Park": "yes", "Pet Expo": "no (cancelled: not counted)",
                     "Dog Day": "no (postponed: not counted on this day)",
                     "Volunteer Briefing": "no (every row Internal: counted as internal joint work)",
                     "Movie Night": "no"}
    monthly = {r["Month"]: r for r in tab(config, "Metrics - Monthly")}
    assert monthly["2025-10"]["Joint Events"] == list(joint.values()).count("yes") == summary["joint_events"]


def test_a_partners_copy_of_the_hosts_row_follows_the_host(config, make_workbook):
    """A fresh city's check: Fire pasted Police's row into its tab as it was (Lead Department
    Police, Partner Departments Fire). Police cancelling had left the event published as
    Scheduled, led by Fire (the copy's Partner Departments had made Fire a second host, so no
    one host), and Police fixing a typo in Location ("Libary") had not been published, the
    copy leading."""
    head = [*H, "Lead Department", "Partner Departments"]
    nno = ["National Night Out Kickoff", "8/3/2027", "6pm", "9pm", "Harbor Park", "", "Public"]

    def sheet(police_status="Scheduled", police_place="Lakeshore Libary"):
        coffee = ["Coffee with a Cop", "1/14/2027", "9am", "10:30am"]
        return {"Police": [head, [*nno, police_status, "Police", "Fire"],
                           [*coffee, police_place, "", "Public", "Scheduled", "Police", "Community Safety"]],
                "Fire": [head, [*nno, "Scheduled", "Police", "Fire"]],
                "Community Safety": [head, [*coffee, "Lakeshore Libary", "", "Public", "Scheduled", "Police",
                                            "Community Safety"]]}

    now = datetime(2027, 1, 2, 12, tzinfo=timezone.utc)
    make_workbook(sheet())
    run_sync(config, now=now)
    first = {s: (uid, st) for uid, s, st in feed(config)}
    assert {s: st for s, (_, st) in first.items()} == {"National Night Out Kickoff": "CONFIRMED",
                                                      "Coffee with a Cop": "CONFIRMED"}
    make_workbook(sheet(police_status="Cancelled", police_place="Lakeshore Library"))
    run_sync(config, now=now)
    assert sorted(feed(config)) == sorted([(first["National Night Out Kickoff"][0], "National Night Out Kickoff",
                                            "CANCELLED"),
                                           (first["Coffee with a Cop"][0], "Coffee with a Cop", "CONFIRMED")])
    cal = icalendar.Calendar.from_ical((config.out_dir / "public" / "calendar.ics").read_bytes())
    coffee = next(v for v in cal.walk("VEVENT") if str(v["SUMMARY"]) == "Coffee with a Cop")
    assert str(coffee["LOCATION"]).startswith("Lakeshore Library")
    lines = [(v["Tab"], int(v["Row"]), v["Column"]) for v in tab(config, "Validation")]
    assert ("Fire", 2, "Status") in lines          # the copy is told the host called it off
