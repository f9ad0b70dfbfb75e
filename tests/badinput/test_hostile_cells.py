"""Issue 16: one hostile cell never aborts the sync nor takes the site down.

Each case is a real .xlsx (or .ics) run through the whole sync and then every page type;
the bad row must be left out with a Validation line naming tab, row and column, and every
other row must still be published.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from public_feed.app import create_app
from sheets_sync.config import config_from_dict
from sheets_sync.pipeline import run_sync
from tests.conftest import base_config_dict, write_workbook

H = ["Title", "Start Date", "Start Time", "End Date", "Repeats", "Event Type", "Visibility"]
NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
GOOD = ["Good Neighbour Walk", "8/20/2025", "6pm", None, None, "Walk", "Public"]
PAGES = ("/", "/events.json", "/month/2025-08", "/embed", "/calendar.ics")


def sync(tmp_path, rows, *, calendars=(), **overrides):
    data = base_config_dict(tmp_path, **overrides)
    data["source"]["calendars"] = list(calendars)
    config = config_from_dict(data, base_dir=tmp_path)
    write_workbook(tmp_path / "intake.xlsx", {"Police": [H, GOOD, *rows]})
    summary = run_sync(config, now=NOW)
    return config, summary


def validation_rows(config):
    import openpyxl
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    rows = [tuple(r) for r in wb["Validation"].iter_rows(values_only=True)]
    wb.close()
    header = rows[0]
    return [dict(zip(header, r)) for r in rows[1:]]


def assert_site_answers(config):
    client = create_app({"TESTING": True, "SAFETY_EVENTS_CONFIG_OBJ": config}).test_client()
    for path in PAGES:
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
    titles = [e["title"] for e in client.get("/events.json?from=2025-08-01").get_json()["events"]]
    return titles


@pytest.mark.parametrize("cells, column, words", [
    (["Far Future Weekly", "8/21/2025", "6pm", "12/31/9999", "weekly", None, "Public"], "End Date", "year"),
    (["Until 9999", "8/21/2025", "6pm", None, "weekly until 12/31/9999", None, "Public"], "Repeats", "year"),
    (["Float start", 1e15, "6pm", None, None, None, "Public"], "Start Date", "not a date"),
    (["Huge float start", 1e308, "6pm", None, None, None, "Public"], "Start Date", "not a date"),
    (["Huge text start", "1e308", "6pm", None, None, None, "Public"], "Start Date", "as a date"),
    (["Infinite start", "inf", "6pm", None, None, None, "Public"], "Start Date", "as a date"),
    (["Datetime end in 9999", "8/21/2025", "6pm", datetime(9999, 12, 31, 23, 0), None, None, "Public"],
     "End Date", "year"),
])
def test_hostile_date_cells_are_one_validation_line(tmp_path, cells, column, words):
    config, summary = sync(tmp_path, [cells])
    lines = [v for v in validation_rows(config) if v["Row"] == 3]
    assert [(v["Tab"], v["Column"]) for v in lines] == [("Police", column)], lines
    assert words in lines[0]["Problem"]
    assert lines[0]["What to do"]
    titles = assert_site_answers(config)
    assert "Good Neighbour Walk" in titles and cells[0] not in titles
    assert summary["rows_read"] == 2


def test_a_year_far_from_today_is_a_warning_and_the_row_still_counts(tmp_path):
    """"5/16/2062" typed for 2026 was accepted without a word and counted decades away, and an
    End Date's mistyped year published an event lasting decades (helpers' checks). A date more
    than two years after the sync's day (8/1/2025 here), or a start more than twenty years
    before it (within the 1990–2100 a date must fall in), is a warning naming the cell; the row
    is still published and counted as typed."""
    rows = [["Mistyped Year", "5/16/2062", "6pm", None, None, "Walk", "Public"],        # row 3
            ["Decade Slip", "3/7/1998", "6pm", None, None, "Walk", "Public"],            # 4
            ["Two Years On", "8/1/2027", "6pm", None, None, "Walk", "Public"],           # 5: the last day not asked
            ["A Day Later", "8/2/2027", "6pm", None, None, "Walk", "Public"],            # 6
            ["Old Log", "8/1/2005", "6pm", None, None, "Walk", "Public"],                # 7: twenty years back
            ["Older Log", "7/31/2005", "6pm", None, None, "Walk", "Public"],             # 8
            ["Winter Camp", "12/14/2025", None, "12/18/2062", None, "Camp", "Public"]]   # 9: its End Date
    config, summary = sync(tmp_path, rows)
    assert summary["rows_accepted"] == 8 and summary["events"] == 8
    far = [(v["Row"], v["Column"], v["Value"], v["Severity"]) for v in validation_rows(config)
           if v["Tab"] == "Police" and "mistyped" in (v["Problem"] or "")]
    assert far == [(3, "Start Date", "05/16/2062", "warning"), (4, "Start Date", "03/07/1998", "warning"),
                   (6, "Start Date", "08/02/2027", "warning"), (8, "Start Date", "07/31/2005", "warning"),
                   (9, "End Date", "12/18/2062", "warning")]
    problems = {v["Row"]: v["Problem"] for v in validation_rows(config)
                if v["Tab"] == "Police" and v["Row"] in (3, 4, 9)}
    assert problems == {
        3: "this date is more than 2 years from today: is the year mistyped? The event is counted on that date",
        4: "this date is more than 20 years before today: is the year mistyped? The event is counted on that "
           "date",
        9: "this date is more than 2 years from today: is the year mistyped? The event is published as "
           "lasting until then"}


@pytest.mark.parametrize("rule, words", [
    ("RRULE:FREQ=MINUTELY", "repeats within a day"),
    ("FREQ=YEARLY;BYMONTH=13", "BYMONTH=13 is out of range"),
    ("FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY=32 is out of range"),
    ("FREQ=WEEKLY;UNTIL=99991231T000000Z", "9999"),
    ("weekly for 5000 times", "more than the 1000"),
    ("FREQ=DAILY;BYHOUR=9,10", "repeat within a day"),
])
def test_raw_rrule_parts_are_validated_for_sheet_rows(tmp_path, rule, words):
    config, _ = sync(tmp_path, [["Bad rule", "8/21/2025", "6pm", None, rule, None, "Public"]])
    lines = [v for v in validation_rows(config) if v["Row"] == 3]
    assert [(v["Severity"], v["Column"]) for v in lines] == [("error", "Repeats")]
    assert words in lines[0]["Problem"] and "left out" in lines[0]["Problem"]
    titles = assert_site_answers(config)
    assert titles == ["Good Neighbour Walk"]
    feed = (config.out_dir / "public" / "calendar.ics").read_text()
    assert "BYMONTH=13" not in feed and "MINUTELY" not in feed


def test_long_event_type_gets_a_capped_hashed_feed_slug(tmp_path):
    from sheets_sync.model import slugify
    long_type = "Community " * 21 + "Walk"           # 214 characters
    config, _ = sync(tmp_path, [["Long type", "8/22/2025", "6pm", None, None, long_type, "Public"]])
    slug = slugify(long_type)
    assert len(slug) == 60 and slug.startswith("community-community-") and slugify(slug) == slug
    assert slug != slugify("Community " * 22 + "Walk")   # same first 51 characters, other hash
    path = config.out_dir / "public" / "types" / f"{slug}.ics"
    assert "Long type" in path.read_text()
    client = create_app({"TESTING": True, "SAFETY_EVENTS_CONFIG_OBJ": config}).test_client()
    assert client.get(f"/types/{slug}.ics").status_code == 200
    assert client.get(f"/?type={slug}").status_code == 200


ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
{events}END:VCALENDAR\r
"""
VEVENT = """BEGIN:VEVENT\r
UID:{uid}\r
DTSTAMP:20250701T000000Z\r
DTSTART;TZID=America/New_York:20250823T100000\r
DTEND;TZID=America/New_York:20250823T110000\r
SUMMARY:{summary}\r
LOCATION:{location}\r
{extra}END:VEVENT\r
"""


def ics_file(tmp_path, *events):
    path = tmp_path / "calendar.ics"
    body = "".join(VEVENT.format(**{"extra": "", "location": "Hall", **e}) for e in events)
    path.write_text(ICS.format(events=body), newline="")
    return {"file": str(path), "department": "Fire"}


def test_control_characters_in_a_calendar_export_are_stripped(tmp_path):
    cal = ics_file(tmp_path, {"uid": "ctl-1", "summary": "Smoke\x1b[31m Alarm\x0bDay\x00",
                              "location": "Station\x1b 5"})
    config, summary = sync(tmp_path, [], calendars=[cal])
    titles = assert_site_answers(config)
    assert "Smoke[31m Alarm Day" in titles           # VT is white space, then folded
    client = create_app({"TESTING": True, "SAFETY_EVENTS_CONFIG_OBJ": config}).test_client()
    event = next(e for e in client.get("/events.json?from=2025-08-01").get_json()["events"]
                 if e["title"].startswith("Smoke"))
    assert event["location"] == "Station 5"


@pytest.mark.parametrize("rule, words", [
    ("FREQ=MINUTELY", "repeats within a day"), ("FREQ=YEARLY;BYMONTH=13", "BYMONTH=13")])
def test_bad_rrule_in_a_calendar_file_is_one_validation_line(tmp_path, rule, words):
    cal = ics_file(tmp_path, {"uid": "bad-rule", "summary": "Runaway", "extra": f"RRULE:{rule}\r\n"},
                   {"uid": "fine", "summary": "Fine Drill"})
    config, summary = sync(tmp_path, [], calendars=[cal])
    lines = [v for v in validation_rows(config) if v["Tab"] == "calendar.ics"]
    assert [(v["Severity"], v["Column"]) for v in lines] == [("error", "Repeats")]
    assert words in lines[0]["Problem"] and lines[0]["Value"] == f"RRULE:{rule}"
    titles = assert_site_answers(config)
    assert "Fine Drill" in titles and "Runaway" not in titles
    assert rule not in (config.out_dir / "public" / "calendar.ics").read_text()


def test_calendar_occurrences_are_capped_per_series_with_a_warning(tmp_path, monkeypatch):
    from sheets_sync.backends import ics_source
    monkeypatch.setattr(ics_source, "MAX_SERIES_OCCURRENCES", 5)
    cal = ics_file(tmp_path, {"uid": "daily", "summary": "Daily Check", "extra": "RRULE:FREQ=DAILY\r\n"})
    config, summary = sync(tmp_path, [], calendars=[cal])
    lines = [v for v in validation_rows(config) if v["Tab"] == "calendar.ics"]
    assert [(v["Severity"], v["Row"]) for v in lines] == [("warning", 1)]
    assert "more than 5 occurrences" in lines[0]["Problem"] and "Daily Check" in lines[0]["Value"]
    assert summary["rows_read"] == 1 + 5


def test_site_query_survives_a_series_published_before_the_bounds():
    """A record written before issue 16 may hold a weekly series ending in 9999: pages skip
    the occurrences that overflow instead of answering 500."""
    from datetime import date
    from zoneinfo import ZoneInfo

    from public_feed.query import month_grid, upcoming
    tz = ZoneInfo("America/New_York")
    start = datetime(2025, 8, 21, 18, tzinfo=tz)
    legacy = {"uid": "legacy", "title": "Legacy", "start": start,
              "end": datetime(9999, 12, 31, 19, tzinfo=tz), "rrule": "FREQ=WEEKLY"}
    normal = {"uid": "ok", "title": "Normal", "start": start, "end": start.replace(hour=19),
              "rrule": "FREQ=WEEKLY;COUNT=2"}
    listed = upcoming([legacy, normal], tz, date(2025, 8, 1))
    assert [(o["uid"], o["start"].date()) for o in listed] == [   # the legacy series stops
        ("legacy", date(2025, 8, 21)), ("ok", date(2025, 8, 21)), ("ok", date(2025, 8, 28))]
    assert month_grid([legacy, normal], 2025, 8, tz)
