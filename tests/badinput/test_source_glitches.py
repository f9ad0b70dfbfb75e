"""Issue 17 verification (findings 1–3): a source glitch or a header edit never silently
changes what subscribers have.

1. a cleared header cell (or a deleted column) blanked that column in every subscriber's
   calendar; the tab is held instead, with one error on its row 1;
2. a tab renamed to a title naming no department took the department off its events;
3. a calendar export that came back empty, or a deleted tab, cancelled its events without a
   word; the source is held until ``sync --allow-removals`` confirms it.

Real .xlsx (openpyxl), real .ics (icalendar), a real record; the feeds' bytes, UIDs and
STATUS lines and the Validation tab are what is checked.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import icalendar
import pytest
import yaml
from click.testing import CliRunner

from sheets_sync.cli import main
from sheets_sync.config import config_from_dict
from sheets_sync.pipeline import run_sync
from tests.badinput.test_hostile_cells import validation_rows
from tests.conftest import base_config_dict, write_workbook

NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Event Type", "Description", "Visibility",
     "Status"]
WALKS = [[f"Walk {i}", f"8/{i + 1}/2025", "6pm", "8pm", f"{i} Main St", "Community Meeting",
          f"Walk number {i}", "Public", "Scheduled"] for i in range(1, 5)]
JOINT = ["National Night Out", "8/20/2025", "6pm", "8pm", "Central Park", "Festival", "Block party", "Public",
         "Scheduled"]


def _config(tmp_path, calendars=(), **overrides):
    data = base_config_dict(tmp_path, **overrides)
    data["source"]["calendars"] = list(calendars)
    return config_from_dict(data, base_dir=tmp_path)


def _sync(tmp_path, tabs, calendars=(), allow_removals=False, **overrides):
    config = _config(tmp_path, calendars, **overrides)
    write_workbook(tmp_path / "intake.xlsx", tabs)
    return config, run_sync(config, now=NOW, allow_removals=allow_removals)


def _feed(config, name="calendar.ics") -> bytes:
    return (config.out_dir / "public" / name).read_bytes()


def _events(config, name="calendar.ics") -> dict[str, tuple]:
    """SUMMARY → (UID, SEQUENCE, STATUS, LOCATION, DESCRIPTION, DTEND) of every VEVENT."""
    cal = icalendar.Calendar.from_ical(_feed(config, name))
    return {str(e["SUMMARY"]): (str(e["UID"]), int(e.get("SEQUENCE", 0)), str(e.get("STATUS", "")),
                                str(e.get("LOCATION", "")), str(e.get("DESCRIPTION", "")),
                                e["DTEND"].dt.isoformat())
            for e in cal.walk("VEVENT")}


def _row1(config):
    return [v for v in validation_rows(config) if v["Row"] == 1]


def _without(rows, column):
    i = H.index(column)
    return [[c for j, c in enumerate(r) if j != i] for r in rows]


# -- 1. a lost column ----------------------------------------------------------------------
def test_a_cleared_location_header_holds_the_tab_and_keeps_every_location(tmp_path):
    config, _ = _sync(tmp_path, {"Police": [H, *WALKS, JOINT], "Fire": [H, JOINT]})
    good, police = _feed(config), _feed(config, "departments/police.ics")
    assert _events(config)["Walk 1"][3] == "1 Main St"
    cleared = [["Title", "Start Date", "Start Time", "End Time", None, *H[5:]], *WALKS, JOINT]   # E1 cleared
    config, summary = _sync(tmp_path, {"Police": cleared, "Fire": [H, JOINT]})
    assert summary["updated"] == 0 and summary["held_tabs"] == ["Police"]
    assert _feed(config) == good and _feed(config, "departments/police.ics") == police
    (line,) = _row1(config)
    assert (line["Tab"], line["Severity"], line["Column"]) == ("Police", "error", "(header)")
    assert "no 'Location' column" in line["Problem"]
    assert "empty header cell E1" in line["Problem"]
    assert "change the location of 5 published events; its 5 published events keep their values" in line["Problem"]
    assert "put the 'Location' header back" in line["What to do"]
    assert "clear the cells, not the header" in line["What to do"]
    # meant: the cells cleared under the header, then the column deleted — nothing is held
    blanked = [H, *[[*r[:4], None, *r[5:]] for r in [*WALKS, JOINT]]]
    config, summary = _sync(tmp_path, {"Police": blanked, "Fire": [H, JOINT]})
    assert summary["held_tabs"] == [] and _events(config)["Walk 1"][3] == ""
    assert _events(config)["National Night Out"][3] == "Central Park"      # Fire's row still has it
    config, summary = _sync(tmp_path, {"Police": _without(blanked, "Location"), "Fire": [H, JOINT]})
    assert summary["held_tabs"] == [] and _row1(config) == []


@pytest.mark.parametrize("column, field, named", [
    ("Description", 4, "'Description'"),
    ("End Time", 5, "'End Time'"),
    ("Event Type", None, "'Event Type'"),
    ("Visibility", None, "'Visibility'"),
])
def test_a_deleted_column_with_published_values_holds_the_tab(tmp_path, column, field, named):
    config, _ = _sync(tmp_path, {"Police": [H, *WALKS]})
    good, before = _feed(config), _events(config)
    assert before["Walk 1"][4].startswith("Walk number 1\n") and before["Walk 1"][5] == "2025-08-02T20:00:00-04:00"
    config, summary = _sync(tmp_path, {"Police": _without([H, *WALKS], column)})
    assert summary["held_tabs"] == ["Police"] and summary["updated"] == 0 and summary["removed"] == 0
    assert _feed(config) == good
    (line,) = _row1(config)
    assert f"no {named} column" in line["Problem"] and "4 published events keep their values" in line["Problem"]
    # the column back: read again, nothing moved
    config, summary = _sync(tmp_path, {"Police": [H, *WALKS]})
    assert summary["held_tabs"] == [] and summary["updated"] == 0 and _feed(config) == good


def test_a_column_whose_values_come_from_elsewhere_is_not_held(tmp_path):
    """A Lead Department column saying the tab's own department, and End Time given by a range
    typed in Start Time: deleting the column changes no published value, so nothing is held."""
    header = ["Title", "Start Date", "Start Time", "End Time", "Lead Department", "Visibility"]
    rows = [["Walk", "8/2/2025", "6pm - 8pm", "8pm", "Police", "Public"]]
    config, _ = _sync(tmp_path, {"Police": [header, *rows]})
    good = _feed(config)
    trimmed = [[c for j, c in enumerate(r) if j not in (3, 4)] for r in [header, *rows]]
    config, summary = _sync(tmp_path, {"Police": trimmed})
    assert summary["held_tabs"] == [] and summary["updated"] == 0 and _row1(config) == []
    assert _feed(config) == good


def test_a_value_under_an_empty_header_cell_is_a_warning_naming_the_cell(tmp_path):
    rows = [H + [None], *(r + [None] for r in WALKS)]
    rows[2][-1] = "Bring water"                       # J3, under an empty J1
    rows[4][-1] = "Bring a flashlight"                # J5
    config, summary = _sync(tmp_path, {"Police": rows})
    lines = [v for v in validation_rows(config) if v["Column"] == "(no header)"]
    assert [(v["Tab"], v["Row"], v["Severity"], v["Value"]) for v in lines] == [
        ("Police", 3, "warning", "Bring water")]
    assert "cell J3 (and 1 more in column J) is under an empty header cell J1" in lines[0]["Problem"]
    assert "J1" in lines[0]["What to do"]
    assert summary["held_tabs"] == []


def test_a_misspelled_header_with_values_under_it_is_a_warning_naming_the_column(tmp_path):
    """A new city's finding: "Audeince" typed for "Audience" dropped its values without a line.
    A header that is a typo of a column the tab lacks, with values under it, is a warning saying
    what it was likely meant to be; a column of the staff's own ("Notes for Fire") is not."""
    rows = [H + ["Audeince", "Notes for Fire"], *(r + ["Families", "bring the engine"] for r in WALKS)]
    config, summary = _sync(tmp_path, {"Police": rows})
    lines = [v for v in validation_rows(config) if v["Row"] == 1]
    assert [(v["Tab"], v["Column"], v["Severity"]) for v in lines] == [("Police", "Audeince", "warning")]
    assert "4 value(s) from J2 on are not read; did you mean 'Audience'?" in lines[0]["Problem"]
    assert "rename J1 to 'Audience'" in lines[0]["What to do"]
    assert summary["held_tabs"] == [] and summary["rows_accepted"] == 4


# -- 2. a tab renamed to a title naming no department ---------------------------------------
def test_a_tab_renamed_to_no_department_is_held_with_its_department(tmp_path):
    fire = [H, JOINT, ["Coffee with a Cop", "8/12/2025", "9am", "10am", "Beyu Caffe", "Other", "", "Public",
                       "Scheduled"]]
    police = [H, *WALKS, JOINT, fire[2]]
    config, summary = _sync(tmp_path, {"Police": police, "Fire": fire})
    joint, good, feed = summary["joint_events"], _feed(config, "departments/police.ics"), _feed(config)
    assert joint == 2 and good.count(b"BEGIN:VEVENT") == 6
    config, summary = _sync(tmp_path, {"Summer 2027": police, "Fire": fire})
    assert summary["held_tabs"] == ["Summer 2027"] and summary["updated"] == 0 and summary["removed"] == 0
    assert summary["joint_events"] == joint
    assert _feed(config, "departments/police.ics") == good and _feed(config) == feed
    (line,) = _row1(config)
    assert (line["Tab"], line["Severity"]) == ("Summer 2027", "error")
    assert "the tab 'Police', renamed" in line["Problem"] and "take Police off its 6 published events" in line["Problem"]
    assert "rename the tab back to 'Police', or add 'Summer 2027' to the aliases of Police" in line["What to do"]
    # the name added to Police's aliases in config: read as Police's tab, nothing moves
    data = base_config_dict(tmp_path)
    police_config = next(d for d in data["departments"] if d["name"] == "Police")
    police_config["aliases"] = [*police_config.get("aliases", []), "Summer 2027"]
    config, summary = _sync(tmp_path, {"Summer 2027": police, "Fire": fire}, departments=data["departments"])
    assert summary["held_tabs"] == [] and summary["updated"] == 0 and _row1(config) == []
    assert _feed(config, "departments/police.ics") == good


#: Fire's one four-day row and Parks' four day rows of the same academy: one joint event
_ACADEMY_HEAD = ["Title", "Start Date", "End Date", "Start Time", "End Time", "Location", "Visibility"]
ACADEMY = (_ACADEMY_HEAD,
           [_ACADEMY_HEAD, ["Junior Fire Marshal Academy", "8/13/2025", "8/16/2025", "9:00 AM", "12:00 PM",
                            "Edison Johnson Recreation Center", "Public"]],
           [_ACADEMY_HEAD, *([f"Jr Fire Marshal camp day {n}", f"8/{12 + n}/2025", "", "9am", "12pm",
                              "Edison Johnson Recreation Center", "Public"] for n in range(1, 5))])


def test_a_held_tab_does_not_split_the_multi_day_joint_event_it_held_together(tmp_path):
    """A verifier's case: Fire's one row spans four days; Parks logs each day. The five rows
    make one joint event. Fire's tab held (renamed to no department): the Parks day rows no
    longer meet Fire's row, yet the event stays one, exactly as published — no day of it is
    published as a new event (to be cancelled once the tab is fixed)."""
    hd, fire, parks = ACADEMY
    config, summary = _sync(tmp_path, {"Fire": fire, "Parks and Recreation": parks})
    assert (summary["events"], summary["joint_events"]) == (1, 1)
    feed = _feed(config)
    config, summary = _sync(tmp_path, {"Summer 2025": fire, "Parks and Recreation": parks})
    assert summary["held_tabs"] == ["Summer 2025"]
    assert (summary["events"], summary["created"], summary["removed"]) == (1, 0, 0)
    assert _feed(config) == feed
    config, summary = _sync(tmp_path, {"Fire": fire, "Parks and Recreation": parks})
    assert (summary["held_tabs"], summary["created"], summary["removed"], summary["updated"]) == ([], 0, 0, 0)
    assert _feed(config) == feed


def test_edits_to_the_day_rows_of_a_held_multi_day_event_wait_with_it(tmp_path):
    """A second verifier's case: while the host's tab is held, the partner edits its day rows
    (an end time, a reworded title, one day Cancelled, a day deleted so the next moves up):
    nothing is published new or cancelled; the event stays as it was until the tab reads again,
    and then takes the edits."""
    hd = ["Title", "Start Date", "End Date", "Start Time", "End Time", "Location", "Visibility", "Status"]
    police = [hd, ["Harbor Festival", "8/22/2025", "8/24/2025", "", "", "Riverside Park", "Public", "Scheduled"]]
    fire = [hd, *(["Harbor Festival", f"8/{d}/2025", "", "10am", "6pm", "Riverside Park", "Public", "Scheduled"]
                  for d in (22, 23, 24))]
    config, summary = _sync(tmp_path, {"Police": police, "Fire": fire})
    assert (summary["events"], summary["joint_events"]) == (1, 1)
    feed = _feed(config)
    edits = [
        [hd, fire[1], [*fire[2][:4], "8pm", *fire[2][5:]], ["Harbor Festival - Fire Safety Tent", *fire[3][1:]]],
        [hd, fire[1], fire[2], [*fire[3][:7], "Cancelled"]],
        [hd, fire[1], fire[3]],                      # the 8/23 row deleted: 8/24 moves up a row
    ]
    for edited in edits:
        config, summary = _sync(tmp_path, {"Winter 2025": police, "Fire": edited})
        assert summary["held_tabs"] == ["Winter 2025"]
        assert (summary["events"], summary["created"], summary["removed"]) == (1, 0, 0), edited
        assert _feed(config) == feed


def test_a_rejected_multi_day_row_holds_its_joint_event_whole(tmp_path):
    """The same event, Fire's row made invalid (End Time 'lunchtime' over four days: an error):
    the event stays as published, the Parks day rows with it, and the row's error says the
    event is held."""
    hd, fire, parks = ACADEMY
    config, summary = _sync(tmp_path, {"Fire": fire, "Parks and Recreation": parks})
    feed = _feed(config)
    bad = [hd, [*fire[1][:4], "lunchtime", *fire[1][5:]]]
    config, summary = _sync(tmp_path, {"Fire": bad, "Parks and Recreation": parks})
    assert (summary["events"], summary["created"], summary["removed"], summary["updated"]) == (1, 0, 0, 0)
    assert _feed(config) == feed
    lines = [v for v in validation_rows(config) if v["Tab"] == "Fire"]
    assert {(v["Column"], v["Severity"]) for v in lines} == {("End Time", "error"), ("(row)", "error")}


def test_a_renamed_tab_that_named_no_department_is_followed(tmp_path):
    header = [*H, "Lead Department"]
    rows = [[*r, "Police"] for r in WALKS]
    config, _ = _sync(tmp_path, {"Joint Events": [header, *rows]})
    good = _feed(config)
    config, summary = _sync(tmp_path, {"Joint Events 2027": [header, *rows]})
    assert summary["held_tabs"] == [] and summary["gone_sources"] == []
    assert (summary["updated"], summary["removed"], summary["unchanged"]) == (0, 0, 4)
    assert _feed(config) == good and _row1(config) == []


# -- 3. a source that comes back empty -------------------------------------------------------
def _calendar(tmp_path, n: int):
    cal = icalendar.Calendar()
    cal.add("prodid", "-//test//glitch//EN")
    cal.add("version", "2.0")
    for i in range(n):
        ev = icalendar.Event()
        ev.add("uid", f"drill-{i}@example.org")
        ev.add("dtstamp", datetime(2025, 7, 1, tzinfo=timezone.utc))
        ev.add("summary", f"Fire Drill {i}")
        ev.add("dtstart", datetime(2025, 8, 10 + i, 14, tzinfo=timezone.utc))
        ev.add("dtend", datetime(2025, 8, 10 + i, 15, tzinfo=timezone.utc))
        cal.add_component(ev)
    path = tmp_path / "fire.ics"
    path.write_bytes(cal.to_ical())
    return {"file": str(path), "department": "Fire"}


def test_an_empty_calendar_export_is_held_until_removals_are_allowed(tmp_path):
    police = {"Police": [H, *WALKS]}
    config, _ = _sync(tmp_path, police, [_calendar(tmp_path, 6)])
    good = _feed(config)
    uids = {t: e[0] for t, e in _events(config).items() if t.startswith("Fire Drill")}
    assert len(uids) == 6
    cal = _calendar(tmp_path, 0)                        # a failed export: valid, no VEVENT
    assert b"BEGIN:VEVENT" not in (tmp_path / "fire.ics").read_bytes()
    config, summary = _sync(tmp_path, police, [cal])
    assert (summary["removed"], summary["held_tabs"], summary["gone_sources"]) == (0, ["fire.ics"], [])
    # (a held source is no rejected row: "Read 0 rows: 0 accepted, 2 rejected", a fresh helper's check)
    assert (summary["rows_read"], summary["rows_accepted"], summary["rows_rejected"]) == (len(WALKS), len(WALKS), 0)
    assert _feed(config) == good and b"STATUS:CANCELLED" not in _feed(config)
    (line,) = _row1(config)
    assert (line["Tab"], line["Severity"], line["Column"]) == ("fire.ics", "error", "(source)")
    assert "the calendar file 'fire.ics' has no events this time" in line["Problem"]
    assert "its 6 published events stay as they were" in line["Problem"]
    assert "safety-events sync --allow-removals" in line["What to do"]
    # meant: let through once; the events are cancelled under their UIDs
    config, summary = _sync(tmp_path, police, [cal], allow_removals=True)
    assert summary["removed"] == 6 and summary["held_tabs"] == []
    after = _events(config)
    assert {t: (e[0], e[2]) for t, e in after.items() if t.startswith("Fire Drill")} == \
        {t: (u, "CANCELLED") for t, u in uids.items()}
    (line,) = _row1(config)
    assert line["Severity"] == "warning" and "6 published events are no longer read from it" in line["Problem"]
    config, summary = _sync(tmp_path, police, [cal])          # the next scheduled run: nothing to hold
    assert summary["held_tabs"] == [] and _row1(config) == []


def test_a_calendar_whose_events_left_the_read_window_is_not_held(tmp_path):
    police = {"Police": [H, *WALKS]}
    config = _config(tmp_path, [_calendar(tmp_path, 3)])
    write_workbook(tmp_path / "intake.xlsx", police)
    run_sync(config, now=NOW)
    later = NOW + timedelta(days=config.feed.past_days + 30)     # every drill is past the window now
    cal = _calendar(tmp_path, 0)
    summary = run_sync(_config(tmp_path, [cal]), now=later)
    assert summary["held_tabs"] == [] and summary["gone_sources"] == []


def _cli(config_path, *extra):
    return CliRunner().invoke(main, ["sync", "--config", str(config_path), "--json", *extra])


def test_a_deleted_tab_is_held_and_named_until_removals_are_allowed(tmp_path):
    data = base_config_dict(tmp_path)
    config_path = tmp_path / "config.yaml"
    config_path.write_text(yaml.safe_dump(data))
    fire = [H, ["Smoke Alarm Day", "8/9/2025", "10am", "2pm", "Station 1", "Other", "", "Public", ""]]
    write_workbook(tmp_path / "intake.xlsx", {"Police": [H, *WALKS], "Fire": fire})
    assert _cli(config_path).exit_code == 0
    feed = tmp_path / "out" / "public" / "calendar.ics"
    good = feed.read_bytes()
    write_workbook(tmp_path / "intake.xlsx", {"Police": [H, *WALKS]})       # Fire deleted
    result = _cli(config_path)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert (summary["removed"], summary["held_tabs"], summary["gone_sources"]) == (0, ["Fire"], ["Fire"])
    assert feed.read_bytes() == good
    config = config_from_dict(data, base_dir=tmp_path)
    (line,) = _row1(config)
    assert line["Tab"] == "Fire" and "the tab 'Fire' is gone (not in the workbook)" in line["Problem"]
    assert "its 1 published event stays as it was" in line["Problem"]
    # an emptied tab (header only) is held the same way
    write_workbook(tmp_path / "intake.xlsx", {"Police": [H, *WALKS], "Fire": [H]})
    summary = json.loads(_cli(config_path).output)
    assert (summary["removed"], summary["held_tabs"], summary["gone_sources"]) == (0, ["Fire"], [])
    assert "the tab 'Fire' has no rows this time" in _row1(config)[0]["Problem"]
    write_workbook(tmp_path / "intake.xlsx", {"Police": [H, *WALKS]})
    result = _cli(config_path, "--allow-removals")
    summary = json.loads(result.output)
    assert result.exit_code == 0 and summary["removed"] == 1 and summary["gone_sources"] == ["Fire"]
    assert feed.read_bytes().count(b"STATUS:CANCELLED") == 1
    assert json.loads(_cli(config_path).output)["held_tabs"] == []


@pytest.mark.parametrize("fire_after", ["deleted", "emptied"])
def test_a_held_tab_keeps_its_joint_event_when_rows_move_in_the_partners_tab(tmp_path, fire_after):
    """Fire's tab deleted (or emptied: held) while Police inserted a row at the top of its
    tab, above its half of their joint National Night Out, which Fire's row leads: Police's
    row, unchanged but one row lower, was neither the held event's row by content (which
    held its row number) nor by position, so the joint event was published cancelled and
    Police's row was not published at all while the hold lasted (a helper's check). It is
    found by its content but the row number now."""
    police = [H, *WALKS, ["NNO Block Party", *JOINT[1:]]]      # Police's own words: Fire's row
    fire = [H, JOINT]                                           # gives the event its title
    config, first = _sync(tmp_path, {"Police": police, "Fire": fire})
    assert (first["events"], first["joint_events"]) == (5, 1)
    before = _events(config)
    assert "National Night Out" in before
    coffee = ["Coffee with a Cop", "7/30/2025", "9am", "10am", "Cafe", "Other", "", "Public", ""]
    moved = [police[0], coffee, *police[1:]]
    tabs = {"Police": moved} if fire_after == "deleted" else {"Police": moved, "Fire": [H]}
    for _ in range(2):
        _, s = _sync(tmp_path, tabs)
        assert (s["held_tabs"], s["removed"], s["joint_events"]) == (["Fire"], 0, 1)
        after = _events(config)
        assert after["National Night Out"] == before["National Night Out"]      # same UID, SEQUENCE, CONFIRMED
        assert {k: v for k, v in after.items() if k != "Coffee with a Cop"} == before
    assert not [v for v in validation_rows(config) if v["Tab"] == "Police" and v["Row"] == 7]
    _, back = _sync(tmp_path, {"Police": moved, "Fire": fire})
    assert (back["held_tabs"], back["removed"], back["created"], back["joint_events"]) == ([], 0, 0, 1)
    assert _events(config)["National Night Out"][:3] == before["National Night Out"][:3]   # UID, SEQUENCE, STATUS


def test_the_schedule_loop_reads_config_again_before_each_run(tmp_path, monkeypatch):
    """The renamed tab's way out ("add the new title to the department's aliases") must work
    for a city running ``safety-events schedule``: each run reads config.yaml again."""
    from sheets_sync import scheduler
    data = base_config_dict(tmp_path)
    config_path = tmp_path / "config.yaml"
    config_path.write_text(yaml.safe_dump(data))
    seen = []
    monkeypatch.setattr(scheduler, "sync_and_digest", lambda config: seen.append(
        config.department_lookup().get("summer 2027")))

    def two_runs(job, seconds, max_runs=None):
        job()
        police = next(d for d in data["departments"] if d["name"] == "Police")
        police["aliases"] = [*police.get("aliases", []), "Summer 2027"]
        config_path.write_text(yaml.safe_dump(data))          # staff add the alias meanwhile
        job()
        return 2
    monkeypatch.setattr(scheduler, "run_forever", two_runs)
    result = CliRunner().invoke(main, ["schedule", "--config", str(config_path), "--runs", "2"])
    assert result.exit_code == 0, result.output
    assert seen == [None, "Police"]


def test_a_held_source_is_what_doctor_warns_about_until_it_is_fixed(tmp_path):
    """Monitoring sees a hold (second verifier's finding 3): the run is logged ``ok`` with the
    held sources named, and ``doctor`` warns, also after a skipped no-change run; once the
    header is back, the warning goes."""
    from sheets_sync.doctor import OK, WARN, check_record
    config, _ = _sync(tmp_path, {"Police": [H, *WALKS, JOINT], "Fire": [H, JOINT]})
    assert [f.level for f in check_record(config, datetime.now(timezone.utc)) if f.area == "sync"] == [OK]
    cleared = [["Title", "Start Date", "Start Time", "End Time", None, *H[5:]], *WALKS, JOINT]
    for _ in range(2):                  # the second run changes nothing (skipped when it can be)
        config, summary = _sync(tmp_path, {"Police": cleared, "Fire": [H, JOINT]})
        assert summary["held_tabs"] == ["Police"]
        (finding,) = [f for f in check_record(config, datetime.now(timezone.utc)) if f.area == "sync"]
        assert finding.level == WARN
        assert "1 source held ('Police')" in finding.message and "Validation tab" in finding.message
    config, summary = _sync(tmp_path, {"Police": [H, *WALKS, JOINT], "Fire": [H, JOINT]})
    assert summary["held_tabs"] == []
    assert [f.level for f in check_record(config, datetime.now(timezone.utc)) if f.area == "sync"] == [OK]


def _healthz(config, monkeypatch, at: datetime):
    """``/healthz`` of an app serving ``config``'s output, asked at ``at`` (pinned)."""
    import public_feed.views as views
    from public_feed.app import create_app

    class Pinned(datetime):
        @classmethod
        def now(cls, tz=None):
            return at.astimezone(tz)
    monkeypatch.setattr(views, "datetime", Pinned)
    response = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "TESTING": True}).test_client().get("/healthz")
    return response.status_code, response.json


def _status(config) -> dict:
    return json.loads((config.out_dir / "public" / "status.json").read_bytes())


def test_a_held_source_shows_on_healthz_and_status_json(tmp_path, monkeypatch):
    """Second verifier on input edits, finding 4: a held sync exited 0 and /healthz said
    nothing. /healthz stays 200 (the calendar is fresh) but says ``"status": "degraded"``
    and ``"ok": false`` (a monitor that checks ``ok`` sees it)
    with how many sources are held and their departments — from the published status.json,
    which names nothing the site does not show already — also after a skipped no-change
    run, until the source reads again."""
    later = NOW + timedelta(minutes=5)
    config, _ = _sync(tmp_path, {"Police": [H, *WALKS, JOINT], "Fire": [H, JOINT]})
    code, body = _healthz(config, monkeypatch, later)
    assert (code, body["ok"], body["status"]) == (200, True, "ok")
    assert "held_sources" not in body and "held" not in _status(config)
    cleared = [["Title", "Start Date", "Start Time", "End Time", None, *H[5:]], *WALKS, JOINT]
    runs = []
    for _ in range(2):                  # the second run changes nothing (skipped)
        config, summary = _sync(tmp_path, {"Police": cleared, "Fire": [H, JOINT]})
        runs.append(summary.get("skipped"))
        assert summary["held_tabs"] == ["Police"]
        code, body = _healthz(config, monkeypatch, later)
        assert (code, body["ok"], body["stale"], body["status"]) == (200, False, False, "degraded")
        assert (body["held_sources"], body["held_departments"]) == (1, ["Police"])
        status = _status(config)
        assert sorted(status) == ["counts", "held", "last_success"]
        assert status["held"] == {"sources": 1, "departments": ["Police"]}
    assert runs[0] is None and runs[1]          # (so the skipped run's status.json is checked too)
    config, summary = _sync(tmp_path, {"Police": [H, *WALKS, JOINT], "Fire": [H, JOINT]})
    code, body = _healthz(config, monkeypatch, later)
    assert (code, body["status"]) == (200, "ok") and "held_sources" not in body
    assert "held" not in _status(config)


def test_held_status_names_departments_never_tab_titles_or_files(tmp_path):
    from sheets_sync.steady import held_status
    config = _config(tmp_path, [{"file": str(tmp_path / "exports" / "parks.ics"), "department": "Parks"}])
    assert held_status([], config) is None
    assert held_status(["Police ", "DFD", "Walks (old copy)", "parks.ics"], config) == \
        {"sources": 4, "departments": ["Fire", "Parks and Recreation", "Police"]}
    # a tab renamed to a title naming no department is held under the department it had
    # (a fresh verifier's finding: "Summer 2027" held, departments [])
    assert held_status(["Summer 2027"], config) == {"sources": 1, "departments": []}
    assert held_status(["Summer 2027"], config, {"Summer 2027": "Police"}) == {"sources": 1, "departments": ["Police"]}


def test_health_says_stale_before_degraded():
    from public_feed.health import health
    held = {"sources": 2, "departments": ["Fire"]}
    fresh = {"last_success": "2025-08-01T11:00:00Z", "counts": {}, "held": held}
    body, code = health(fresh, NOW, timedelta(minutes=120))
    assert (code, body["status"], body["ok"], body["held_sources"], body["held_departments"]) == \
        (200, "degraded", False, 2, ["Fire"])
    body, code = health(fresh, NOW + timedelta(hours=3), timedelta(minutes=120))
    assert (code, body["status"], body["ok"]) == (503, "stale", False)
    body, code = health({**fresh, "held": None}, NOW, timedelta(minutes=120))
    assert (code, body["status"], body["ok"]) == (200, "ok", True) and "held_sources" not in body


def test_doctor_words_a_hold_since_the_first_sync_as_nothing_published(tmp_path):
    """A tab held at the city's very first sync never had an event published: ``doctor`` must
    not say its events "stay as published" (fresh verifier's finding 5) — also on the next,
    unchanged run; a hold after events were published still says so."""
    from sheets_sync.doctor import WARN, check_record
    cleared = [["Titel", *H[1:]], *WALKS, JOINT]           # a header typo: held from the start
    for _ in range(2):
        config, summary = _sync(tmp_path, {"Police": cleared, "Fire": [H, JOINT]})
        assert summary["held_tabs"] == ["Police"]
        (finding,) = [f for f in check_record(config, datetime.now(timezone.utc)) if f.area == "sync"]
        assert finding.level == WARN
        assert "none of their events has been published" in finding.message
        assert "stay as published" not in finding.message
    config, _ = _sync(tmp_path, {"Police": [H, *WALKS, JOINT], "Fire": [H, JOINT]})
    config, _ = _sync(tmp_path, {"Police": cleared, "Fire": [H, JOINT]})
    (finding,) = [f for f in check_record(config, datetime.now(timezone.utc)) if f.area == "sync"]
    assert "their events stay as published" in finding.message
