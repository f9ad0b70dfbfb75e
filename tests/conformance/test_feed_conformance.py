"""ICS conformance (shared/docs/ics-rules.md R1–R17): feeds built by a real sync from a tricky
workbook, checked with the parsers real clients use: ``ical`` (strict, Home Assistant),
``vobject`` (Radicale's), ``icalendar`` + ``recurring-ical-events``, Mozilla's ``ical.js``
(Thunderbird) under node, and a running Radicale server."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import openpyxl
import recurring_ical_events
import vobject
from ical.calendar_stream import IcsCalendarStream

from tests.conformance.conftest import (COMMA_URL, LONG_DESCRIPTION, NOW, caldav_put, public_ics_files,
                                        run_icaljs, sync_into, tricky_workbook, utc_key, window)

NY = ZoneInfo("America/New_York")


def events_by_title(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}


def feed(config, rel: str = "public/calendar.ics") -> bytes:
    return (config.out_dir / rel).read_bytes()


def test_every_published_calendar_is_crlf_folded_and_utf8_per_line(published):
    config, _ = published
    files = public_ics_files(config)
    assert len(files) > 100          # all filter combinations + one calendar per event
    for path in files:
        data = path.read_bytes()
        assert data.endswith(b"END:VCALENDAR\r\n"), path
        assert b"\n" not in data.replace(b"\r\n", b""), f"bare LF in {path}"
        assert b"\r" not in data.replace(b"\r\n", b""), f"bare CR in {path}"
        for line in data.split(b"\r\n"):
            assert len(line) <= 75, (path, line)
            line.decode("utf-8")     # a fold never splits a UTF-8 sequence (raises if it does)


def test_every_published_calendar_passes_the_strict_parsers(published):
    config, _ = published
    for path in public_ics_files(config):
        data = path.read_bytes()
        text = data.decode("utf-8")
        IcsCalendarStream.calendar_from_ics(text)               # Home Assistant's strict parser
        vobject.readOne(text, validate=True)                    # Radicale's parser, validating
        cal = icalendar.Calendar.from_ical(data)
        assert cal.get_missing_tzids() == set(), path           # R5: every TZID has a VTIMEZONE
        for component in cal.walk():
            assert not component.errors, (path, component.name, component.errors)
        assert "METHOD" not in cal                              # R2
        assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"])   # R12
        assert str(cal["X-WR-CALNAME"]) == str(cal["NAME"])     # R7
        assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in text and "X-PUBLISHED-TTL:PT1H\r\n" in text


def test_all_day_events_are_dates_with_exclusive_end(published):
    config, _ = published
    events = events_by_title(feed(config))
    expected = {"Smoke Alarm Day": (date(2025, 10, 4), date(2025, 10, 5)),
                "Public Safety Week": (date(2025, 10, 6), date(2025, 10, 11)),
                "Farmers Market Safety Booth": (date(2025, 9, 6), date(2025, 9, 7))}
    for title, (start, end) in expected.items():
        e = events[title]
        assert e["DTSTART"].params["VALUE"] == "DATE" and e["DTEND"].params["VALUE"] == "DATE"
        assert (e["DTSTART"].dt, e["DTEND"].dt) == (start, end)
        assert not isinstance(e["DTSTART"].dt, datetime)
    for e in icalendar.Calendar.from_ical(feed(config)).walk("VEVENT"):   # never mixed (R9)
        assert isinstance(e["DTSTART"].dt, datetime) == isinstance(e["DTEND"].dt, datetime)
        assert e["DTEND"].dt > e["DTSTART"].dt
        if isinstance(e["DTSTART"].dt, datetime):
            assert e["DTSTART"].params["TZID"] == "America/New_York" or e["DTSTART"].dt.tzinfo == timezone.utc


def test_text_survives_escaping_and_folding(published):
    config, _ = published
    events = events_by_title(feed(config))
    town = events["Town Hall: Fire, Police; and You"]
    assert str(town["LOCATION"]) == "City Hall, Room 2A; 101 City Hall Plaza"
    assert str(town["DESCRIPTION"]).startswith(
        "Line one\nLine two, with commas; and semicolons\\ and a backslash\n\nDepartments: Police, Fire")
    spanish = events["Seguridad en español 🚒"]
    assert str(spanish["DESCRIPTION"]).startswith(
        "Clases en español: ¿cómo prevenir incendios? Niños y niñas bienvenidos. 👩‍🚒")
    briefing = str(events["Emergency Preparedness Briefing"]["DESCRIPTION"])
    assert briefing.startswith(LONG_DESCRIPTION) and len(LONG_DESCRIPTION) == 2000
    assert f"Register: {COMMA_URL}" in str(events["Open House at Station 1"]["DESCRIPTION"])
    text = feed(config).decode()
    assert "Staff Planning Huddle" not in text and "NOTE-XYZZY" not in text and "919-555-0199" not in text


def test_recurring_events_have_local_tzid_rrule_and_exdate(published):
    config, _ = published
    events = events_by_title(feed(config))
    expected = {
        "Seguridad en español 🚒": "FREQ=WEEKLY;UNTIL=20251231T045959Z;BYDAY=TU",
        "Neighborhood Watch Meeting": "FREQ=MONTHLY;COUNT=12;BYDAY=1TU",
        "Youth Fire Academy": "FREQ=WEEKLY;COUNT=6;INTERVAL=2",
        "Open House at Station 1": "FREQ=MONTHLY;UNTIL=20260616T035959Z;BYMONTHDAY=15",
        "Farmers Market Safety Booth": "FREQ=WEEKLY;COUNT=10;BYDAY=SA",
    }
    for title, rule in expected.items():
        e = events[title]
        assert e["RRULE"].to_ical().decode() == rule, title
        if isinstance(e["DTSTART"].dt, datetime):                   # R6: never UTC, never floating
            assert e["DTSTART"].params["TZID"] == "America/New_York"
    spanish = events["Seguridad en español 🚒"]
    assert [d.dt for d in spanish["EXDATE"].dts] == [datetime(2025, 11, 25, 18, tzinfo=NY),
                                                     datetime(2025, 12, 23, 18, tzinfo=NY)]
    assert spanish["EXDATE"].params["TZID"] == "America/New_York"
    booth = events["Farmers Market Safety Booth"]
    assert [d.dt for d in booth["EXDATE"].dts] == [date(2025, 10, 4)]


def test_expanded_occurrences(published):
    """recurring-ical-events on our feed: the instants staff meant, across the DST change."""
    config, _ = published
    cal = icalendar.Calendar.from_ical(feed(config))
    found: dict[str, list] = {}
    for occ in recurring_ical_events.of(cal).between(date(2025, 8, 1), date(2026, 9, 1)):
        found.setdefault(str(occ["SUMMARY"]), []).append(occ["DTSTART"].dt)
    tuesdays = [date(2025, 9, 2) + timedelta(weeks=n) for n in range(18)]
    spanish = [datetime.combine(d, datetime.min.time().replace(hour=18), NY) for d in tuesdays
               if d not in (date(2025, 11, 25), date(2025, 12, 23))]
    assert found["Seguridad en español 🚒"] == spanish and len(spanish) == 16
    assert {utc_key(s) for s in found["Seguridad en español 🚒"]} >= {"20251028T220000Z", "20251104T230000Z"}
    watch = found["Neighborhood Watch Meeting"]
    assert len(watch) == 12 and [w.date() for w in watch[:3]] == [date(2025, 9, 2), date(2025, 10, 7),
                                                                 date(2025, 11, 4)]
    assert [d.date() for d in found["Youth Fire Academy"]] == [date(2025, 9, 6) + timedelta(weeks=2 * n)
                                                             for n in range(6)]
    assert len(found["Open House at Station 1"]) == 10          # Sep 15 2025 … Jun 15 2026
    booth = found["Farmers Market Safety Booth"]
    assert len(booth) == 9 and date(2025, 10, 4) not in booth   # 10 Saturdays minus one exception


def test_dst_edge_times_follow_rfc5545_and_are_reported(published):
    config, _ = published
    events = events_by_title(feed(config))
    ride = events["Overnight Ride-along"]        # 01:30 happens twice: RFC 5545 takes the first (EDT)
    assert "DTSTART;TZID=America/New_York:20251102T013000" in ride.to_ical().decode()
    assert utc_key(ride["DTSTART"].dt) == "20251102T053000Z"
    drill = events["Spring Forward Drill"]       # 02:30 does not exist: the same instant, 03:30 EDT
    assert "DTSTART;TZID=America/New_York:20260308T033000" in drill.to_ical().decode()
    assert utc_key(drill["DTSTART"].dt) == "20260308T073000Z"
    validation = [r for r in openpyxl.load_workbook(config.report_path)["Validation"].iter_rows(values_only=True)]
    assert ("warning", "Fire", 7, "Start Time", "2025-11-02 01:30") in [r[:5] for r in validation]
    assert ("warning", "Fire", 8, "Start Time", "2026-03-08 02:30") in [r[:5] for r in validation]
    messages = {r[2]: r[5] for r in validation[1:] if r[1] == "Fire"}
    assert "happens twice" in messages[7] and "does not exist" in messages[8]


def _r17(key: str) -> bool:
    """True for an instant in the R17 hours: 01:00–03:59 local on a daylight-saving change day."""
    if "T" not in key:
        return False
    local = datetime.strptime(key, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc).astimezone(NY)
    midnight, noon = (datetime.combine(local.date(), datetime.min.time().replace(hour=h), NY) for h in (0, 12))
    return midnight.utcoffset() != noon.utcoffset() and 1 <= local.hour <= 3


def test_icaljs_and_recurring_ical_events_agree_for_twelve_months(published):
    """Thunderbird's expansion equals ours, occurrence by occurrence (outside the R17 hours),
    and ical.js finds a VTIMEZONE for every TZID (no floating times)."""
    config, _ = published
    start, end = window(365)
    for rel in ("public/calendar.ics", "public/departments/fire.ics", "public/joint.ics",
                "public/feeds/department-community-safety.type-safety-education.joint.ics"):
        path = config.out_dir / rel
        js = run_icaljs(path, start, end)
        assert not [o for o in js if o["floating"]], rel
        theirs = {(o["uid"], o["start"], o["end"]) for o in js if not _r17(o["start"])}
        cal = icalendar.Calendar.from_ical(path.read_bytes())
        ours = set()
        for occ in recurring_ical_events.of(cal).between(start, end):
            s = utc_key(occ["DTSTART"].dt)
            if s < utc_key(start if isinstance(occ["DTSTART"].dt, datetime) else start.date()):
                continue                                   # began before the window
            if not _r17(s):
                ours.add((str(occ["UID"]), s, utc_key(occ["DTEND"].dt)))
        assert theirs == ours, (rel, sorted(theirs ^ ours)[:6])
        assert len(ours) > 10 or "feeds/" in rel


def test_uids_unique_and_identical_across_two_builds(published, tmp_path):
    config, _ = published
    for path in public_ics_files(config):
        uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")]
        assert len(uids) == len(set(uids)), path
    again, _ = sync_into(tmp_path, tricky_workbook())      # a fresh record: UIDs from identity
    assert feed(again) == feed(config)                     # same input, same bytes (R1, R2)
    assert json.loads(feed(again, "public/feeds.json")) == json.loads(feed(config, "public/feeds.json"))


def test_sequence_and_last_modified_rise_after_an_edit(tmp_path):
    tabs = tricky_workbook()
    config, _ = sync_into(tmp_path, tabs)
    before = events_by_title(feed(config))
    tabs["Fire"][1][3] = "6:30pm"                           # CPR Class moves by half an hour
    spanish = tabs["Community Safety"][1]
    spanish[-3] = spanish[-3].replace("12/23/2025", "12/16/2025 and 12/23/2025")   # one more exception
    later = NOW + timedelta(hours=2)
    sync_into(tmp_path, tabs, now=later)
    after = events_by_title(feed(config))
    for title in ("CPR Class", "Seguridad en español 🚒"):
        assert str(after[title]["UID"]) == str(before[title]["UID"])
        assert after[title]["SEQUENCE"] == before[title]["SEQUENCE"] + 1 == 1
        assert after[title]["LAST-MODIFIED"].dt == after[title]["DTSTAMP"].dt == later
    assert len(after["Seguridad en español 🚒"]["EXDATE"].dts) == 3
    assert after["Town Hall: Fire, Police; and You"]["SEQUENCE"] == 0
    assert after["Town Hall: Fire, Police; and You"]["LAST-MODIFIED"].dt == NOW


def test_cancelled_event_is_kept_with_status_cancelled(published):
    config, _ = published
    cookout = events_by_title(feed(config))["Cancelled Cookout"]
    assert cookout["STATUS"] == "CANCELLED"


def test_radicale_accepts_every_feed(published, radicale):
    config, _ = published
    paths = [p for p in public_ics_files(config)]
    statuses = {}
    for n, path in enumerate(paths):
        statuses[str(path.relative_to(config.out_dir))] = caldav_put(f"{radicale}/tester/feed-{n}/",
                                                                    path.read_bytes())
    assert set(statuses.values()) == {201}, {k: v for k, v in statuses.items() if v != 201}
    assert caldav_put(f"{radicale}/tester/broken/", _drop_first_dtstart(feed(config))) == 400


def _drop_first_dtstart(data: bytes) -> bytes:
    """The feed with the first VEVENT's DTSTART line removed (Radicale must refuse it)."""
    head, body = data.split(b"BEGIN:VEVENT\r\n", 1)
    lines = body.split(b"\r\n")
    index = next(i for i, line in enumerate(lines) if line.startswith(b"DTSTART"))
    return head + b"BEGIN:VEVENT\r\n" + b"\r\n".join(lines[:index] + lines[index + 1:])
