"""End to end: real .xlsx in, record + report workbook + feeds + site out."""
from __future__ import annotations

import csv
import json
from datetime import date, datetime, timezone

import icalendar
import openpyxl
import pytest
from click.testing import CliRunner
from ical.calendar_stream import IcsCalendarStream

from public_feed.app import create_app
from sheets_sync.cli import main
from sheets_sync.pipeline import run_sync
from tests.conftest import REALDATA, ROOT

H = ["Event ID", "Title", "Start Date", "Start Time", "End Time", "Location", "Address",
     "Lead Department", "Partner Departments", "Visibility", "Status", "Description", "Contact",
     "Internal Notes", "Actual Attendance"]
NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)


def r(**kw):
    return [kw.get(h.lower().replace(" ", "_")) for h in H]


def hand_workbook():
    """A small workbook whose figures are counted by hand in the tests below."""
    return {
        "Police": [H,
            # 1. joint Police+Fire smoke-alarm canvass, logged in both tabs (Fire row below)
            r(title="Smoke Alarm Canvass - Walltown", start_date="8/2/2025", start_time="10:00 AM",
              end_time="1pm", location="Walltown Park", address="1308 W Club Blvd", visibility="Public"),
            # 2-4. NNO trap: same title, same evening, three addresses -> three events
            r(title="National Night Out", start_date="8/5/2025", start_time="6pm", end_time="8pm",
              location="Anita & Fernwald Sts", visibility="Public"),
            r(title="National Night Out", start_date="8/5/2025", start_time="6pm", end_time="8pm",
              location="1400 Block of Arch Street", visibility="Public"),
            r(title="National Night Out", start_date="8/5/2025", start_time="6 PM", end_time="8 PM",
              location="Behind 129 Stewart Avenue", visibility="Public"),
            # 5. internal planning meeting with partners -> joint, never public
            r(title="Secret Planning Huddle", start_date="2025-08-12", start_time="14:00",
              partner_departments="DFD, HEART", visibility="Internal",
              contact="Sgt. Example 919-555-0199", internal_notes="NOTE-XYZZY do not share"),
            # 6. blank visibility -> internal with a warning
            r(title="Forgotten Visibility Event", start_date="9/3/2025", start_time="noon"),
            # 7. all-department event (all six core) in September
            r(title="Public Safety Day", start_date="Sep 20, 2025", start_time="11am", end_time="3pm",
              partner_departments="Fire; DCSD; 911; Emergency Management; DPR", visibility="Public",
              location="Central Park"),
            # rejected: no title
            r(title="", start_date="9/4/2025", visibility="Public"),
            # 8. XSS payload in the title (public)
            r(title='<script>alert("x")</script><img src=x onerror=alert(1)>', start_date="9/10/2025",
              start_time="6pm", visibility="Public", description="<b>bold?</b>"),
            # 9. formula-looking title stays text
            r(title='=HYPERLINK("http://x","y")', start_date="9/11/2025", visibility="Public"),
            # 10. cancelled event: counted in events, not in monthly figures
            r(title="Cancelled Cookout", start_date="9/12/2025", start_time="5pm", status="Cancelled",
              visibility="Public"),
        ],
        "Fire": [H,
            r(title="Walltown smoke alarm canvass", start_date=date(2025, 8, 2), start_time="10:15",
              end_time="13:00", location="Walltown Park", address="1308 West Club Boulevard",
              visibility="Public", actual_attendance=140),
            # 11. Fire single-department event in October
            r(title="Hands-only CPR", start_date="10/4/2025", start_time="10am", visibility="Public"),
        ],
    }


@pytest.fixture
def synced(config, make_workbook):
    make_workbook(hand_workbook())
    summary = run_sync(config, now=NOW)
    return config, summary


def test_counts_match_hand_count(synced):
    config, s = synced
    assert s["rows_read"] == 13
    assert s["rows_rejected"] == 1
    assert s["rows_accepted"] == 12
    assert s["events"] == 11          # 12 accepted rows, the canvass merged (2 → 1)
    assert s["cancelled_events"] == 1
    # joint community events: canvass (Police+Fire), Public Safety Day; the planning huddle
    # (Police+Fire+CS, its only row Internal) is internal joint work under the default policy
    assert s["joint_events"] == 2
    assert s["internal_joint_work"] == 1
    assert s["all_department_events"] == 1
    assert s["public_events"] == 9    # 11 minus the internal huddle and the blank-visibility row
    assert s["months"] == {"2025-08": {"events": 5, "joint_events": 1},
                           "2025-09": {"events": 4, "joint_events": 1},
                           "2025-10": {"events": 1, "joint_events": 0}}
    assert s["fiscal_quarters"] == {"FY26-Q1": {"events": 9, "joint_events": 2, "all_department_events": 1},
                                    "FY26-Q2": {"events": 1, "joint_events": 0, "all_department_events": 0}}


def test_report_workbook_tabs(synced):
    config, _ = synced
    wb = openpyxl.load_workbook(config.report_path)
    assert wb.sheetnames[:7] == ["Combined Events", "Validation", "Metrics - Monthly", "Metrics - Quarterly",
                                 "Metrics - Departments", "Metrics - Collaboration", "Data Quality"]
    monthly = [tuple(c.value for c in row) for row in wb["Metrics - Monthly"].iter_rows()]
    assert monthly[0][:5] == ("Month", "Events", "Joint Events", "Target", "Met")
    # + 1 internal joint work (the huddle); August is today's month: under target so far, in progress
    assert monthly[1][:5] == ("2025-08", 5, 1, 2, "in progress")
    assert monthly[1][monthly[0].index("Internal Joint Work")] == 1
    assert monthly[2][:5] == ("2025-09", 4, 1, 2, "scheduled so far")     # ahead of today
    quarterly = [tuple(c.value for c in row) for row in wb["Metrics - Quarterly"].iter_rows()]
    assert quarterly[1][:6] == ("FY26-Q1", 9, 2, 1, 1, "yes")
    combined = {row[1].value: row for row in wb["Combined Events"].iter_rows(min_row=2)}
    canvass = next(row for row in combined.values() if "Police!2" in row[13].value)
    # both rows new: the longer one (Police 10:00-1pm, Fire 10:15-13:00) comes first and its values win
    assert canvass[13].value == "Police!2, Fire!2"
    assert canvass[1].value == "Smoke Alarm Canvass - Walltown"
    assert canvass[5].value == "Police, Fire"
    assert canvass[8].value == "yes"
    formula = combined['=HYPERLINK("http://x","y")'][1]
    assert formula.data_type == "s"           # stored as text, never a formula
    validation = [tuple(c.value for c in row) for row in wb["Validation"].iter_rows(min_row=2)]
    assert ("error", "Police", 9, "Title", None, "the title is blank", "type the event's name") in validation
    assert any(v[1:4] == ("Police", 7, "Visibility") and v[0] == "warning" for v in validation)
    collab = [tuple(c.value for c in row) for row in wb["Metrics - Collaboration"].iter_rows()]
    header = collab[0]
    police = next(row for row in collab if row[0] == "Police")
    assert police[header.index("Fire")] == 2     # canvass, Public Safety Day (not the internal huddle)
    assert police[header.index("Parks and Recreation")] == 1
    departments = {row[0].value: row for row in wb["Metrics - Departments"].iter_rows(min_row=2)}
    assert departments["Police"][1].value == 9     # events led (the canvass is led by Police, its longer row)
    assert departments["Fire"][3].value == 2       # joint community events: canvass, Public Safety Day
    quality = {row[0].value: row[1].value for row in wb["Data Quality"].iter_rows(min_row=2)}
    assert quality["Rows read"] == 13 and quality["Rows rejected"] == 1


def test_intake_workbook_is_never_modified(config, make_workbook):
    path = make_workbook(hand_workbook())
    before = path.read_bytes()
    run_sync(config, now=NOW)
    assert path.read_bytes() == before


def test_nno_trap_keeps_block_parties_apart(synced):
    config, _ = synced
    events = json.loads((config.out_dir / "public/events.json").read_text())
    nno = [e for e in events if e["title"] == "National Night Out"]
    assert len(nno) == 3
    assert {e["location"] for e in nno} == {"Anita & Fernwald Sts", "1400 Block of Arch Street",
                                           "Behind 129 Stewart Avenue"}
    assert len({e["uid"] for e in nno}) == 3


def _feed_checks(data: bytes):
    text = data.decode("utf-8")
    cal = icalendar.Calendar.from_ical(data)
    IcsCalendarStream.calendar_from_ics(text)       # the strict parser raises on problems
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    return cal


def test_feeds_parse_and_leak_nothing(synced):
    config, _ = synced
    public = config.out_dir / "public"
    for path in public.rglob("*.ics"):
        data = path.read_bytes()
        cal = _feed_checks(data)
        text = data.decode()
        assert "Secret Planning Huddle" not in text
        assert "NOTE-XYZZY" not in text and "919-555-0199" not in text
        assert "Forgotten Visibility Event" not in text
        uids = [str(c["UID"]) for c in cal.walk("VEVENT")]
        assert len(uids) == len(set(uids))
    cal = icalendar.Calendar.from_ical((public / "calendar.ics").read_bytes())
    assert not cal.get_missing_tzids()
    events = {str(c["SUMMARY"]): c for c in cal.walk("VEVENT")}
    assert events["Cancelled Cookout"]["STATUS"] == "CANCELLED"
    hyperlink = events['=HYPERLINK("http://x","y")']
    assert hyperlink["DTSTART"].params.get("VALUE") == "DATE"
    assert (hyperlink["DTEND"].dt - hyperlink["DTSTART"].dt).days == 1
    assert events["Hands-only CPR"]["DTSTART"].params["TZID"] == "America/New_York"
    fire = icalendar.Calendar.from_ical((public / "departments/fire.ics").read_bytes())
    assert {str(c["SUMMARY"]) for c in fire.walk("VEVENT")} == {
        "Smoke Alarm Canvass - Walltown", "Public Safety Day", "Hands-only CPR"}


def test_resync_unchanged_is_byte_identical(config, make_workbook):
    make_workbook(hand_workbook())
    run_sync(config, now=NOW)
    first = (config.out_dir / "public/calendar.ics").read_bytes()
    s = run_sync(config, now=NOW.replace(hour=13))
    assert (config.out_dir / "public/calendar.ics").read_bytes() == first
    assert s["created"] == 0 and s["updated"] == 0 and s["unchanged"] == 11


def test_public_routes(synced):
    config, _ = synced
    client = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "TESTING": True}).test_client()
    pages = [client.get("/"), client.get("/?from=2025-08-01"), client.get("/?from=2025-09-01"),
             client.get("/?from=2025-08-01&department=fire"), client.get("/calendar.ics"),
             client.get("/departments/police.ics"), client.get("/healthz")]
    events = json.loads((config.out_dir / "public/events.json").read_text())
    pages += [client.get(f"/events/{e['uid']}") for e in events]
    for page in pages:
        body = page.get_data(as_text=True)
        assert "Secret Planning Huddle" not in body and "NOTE-XYZZY" not in body
        assert "919-555-0199" not in body and "Forgotten Visibility Event" not in body
    august = client.get("/?from=2025-08-01").get_data(as_text=True)
    assert "National Night Out" in august and "Walltown" in august
    september = client.get("/?from=2025-09-01").get_data(as_text=True)
    assert '&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;' in september
    assert "<script>alert" not in september and "<img src=x" not in september
    assert "Content-Security-Policy" in pages[0].headers
    feed = client.get("/calendar.ics")
    assert feed.headers["Content-Type"] == "text/calendar; charset=utf-8"
    etag = feed.headers["ETag"]
    assert client.get("/calendar.ics", headers={"If-None-Match": etag}).status_code == 304
    today = client.get("/").get_data(as_text=True)     # real "now" is after every sample event
    assert "Nothing is scheduled from this day on." in today
    assert "See the most recent past events" in today
    assert "webcal://" in today and "calendar.google.com/calendar/render?cid=webcal%3A%2F%2F" in today
    health = client.get("/healthz")
    assert health.json["last_success"] == NOW.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert client.get("/events/nope").status_code == 404


def test_cli_sync_json_on_an_unseen_workbook(tmp_path, make_workbook, config_dict):
    import yaml
    config_path = tmp_path / "config.yaml"
    config_path.write_text(yaml.safe_dump(config_dict))
    wb = make_workbook({"Fire": [["title", "START DATE", "start time", "Visibility"],
                                 ["Open House", "10/4/2025", "10am", "Public"],
                                 ["Open House", "10/4/2025", "10am", "Public"]]}, name="other.xlsx")
    out = tmp_path / "o"
    result = CliRunner().invoke(main, ["sync", "--config", str(config_path), "--workbook", str(wb),
                                       "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    s = json.loads(result.output)
    assert (s["rows_read"], s["rows_accepted"], s["rows_rejected"], s["events"]) == (2, 2, 0, 1)
    assert s["months"]["2025-10"] == {"events": 1, "joint_events": 0}
    assert (out / "public/calendar.ics").exists() and (out / "report.xlsx").exists()


def test_cli_errors_are_sentences(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["sync", "--config", str(ROOT / "config.yaml"), "--workbook",
                                  str(tmp_path / "missing.xlsx"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "the intake workbook" in result.output and "does not exist" in result.output
    bad = tmp_path / "c.yaml"
    bad.write_text("timezone: Nowhere/Land\n")
    result = runner.invoke(main, ["check", "--config", str(bad)])
    assert result.exit_code == 1
    assert "timezone: unknown IANA timezone" in result.output
    assert "departments: Field required" in result.output
    assert runner.invoke(main, ["sync", "--bogus"]).exit_code == 2


def test_nyc_permits_every_row_accepted_or_explained(tmp_path, config):
    """All 8,501 real NYC permit rows, loaded as one intake tab: no crash, nothing silent."""
    with open(REALDATA / "NYC_Permitted_Event_Information.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 8502
    path = tmp_path / "nyc.xlsx"
    from tests.conftest import write_workbook
    write_workbook(path, {"Permits": rows})
    cfg = config.model_copy(update={"source": config.source.model_copy(update={"workbook": path})})
    s = run_sync(cfg, now=datetime(2022, 3, 1, tzinfo=timezone.utc))
    assert s["rows_read"] == 8501
    wb = openpyxl.load_workbook(cfg.report_path, read_only=True)
    errors = {(r[1], r[2]) for r in wb["Validation"].iter_rows(min_row=2, values_only=True) if r[0] == "error"}
    assert s["rows_accepted"] + len(errors) == 8501
    assert s["rows_rejected"] == len(errors)
    assert s["events"] > 1000


def test_config_may_come_before_the_command(tmp_path):
    """A new city's check: ``safety-events --config X sync`` had failed with "No such option"."""
    bad = tmp_path / "c.yaml"
    bad.write_text("timezone: Nowhere/Land\n")
    runner = CliRunner()
    before = runner.invoke(main, ["--config", str(bad), "check"])
    after = runner.invoke(main, ["check", "--config", str(bad)])
    assert before.exit_code == after.exit_code == 1
    assert "timezone: unknown IANA timezone" in before.output
    assert before.output == after.output
