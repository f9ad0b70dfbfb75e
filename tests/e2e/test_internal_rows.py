"""A department's Internal row merged with a Public event (police staffing logged as Internal):
the public files keep the event — same UID, built from the Public rows alone — and show nothing
of the Internal row (title, text, notes, hours, department); the staff files and the counts keep
the whole joint event. An event of Internal rows only stays off the public files."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import icalendar

from public_feed.calendars import CALENDARS_FILE
from sheets_sync.pipeline import run_sync

NOW = datetime(2025, 10, 1, 12, tzinfo=timezone.utc)
H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Address", "Visibility", "Description",
     "Internal Notes"]
PARTY = ["Maple Ave Block Party", "10/9/2025", "5pm", "8pm", "Maple Ave & 3rd St", "", "Public",
         "Music and food trucks", ""]
# Police's staffing row: the same party (merged by the matcher), hours and words of its own
STAFFING = ["Maple Ave Block Party Zebraword", "10/9/2025", "3pm", "11pm", "Maple Ave & 3rd St", "",
            "Internal", "Quokkanote overtime roster", "Wombatnote radio channel 4"]
SECRET = ("zebraword", "quokkanote", "wombatnote")


def public_texts(config) -> dict[str, str]:
    """Every public file, and each event's own calendar (served publicly from the release's
    table), as lower-case text."""
    root = config.out_dir / "public"
    out = {str(p.relative_to(root)): p.read_bytes().decode("utf-8", "replace").lower()
           for p in root.rglob("*") if p.is_file()}
    out[CALENDARS_FILE] = (config.out_dir / CALENDARS_FILE).read_bytes().decode("utf-8", "replace").lower()
    return out


def feed(config, where: str = "public") -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical((config.out_dir / where / "calendar.ics").read_bytes())
    return {str(v["UID"]): v for v in cal.walk("VEVENT")}


def test_an_internal_staffing_row_never_shows_and_never_unpublishes_the_event(config, make_workbook):
    make_workbook({"Community Safety": [H, PARTY], "Police": [H]})
    run_sync(config, now=NOW)
    (uid,) = [u for u, v in feed(config).items() if str(v["SUMMARY"]) == "Maple Ave Block Party"]
    before = feed(config)[uid]

    make_workbook({"Community Safety": [H, PARTY], "Police": [H, STAFFING]})
    counts = run_sync(config, now=NOW)
    assert counts["joint_events"] == 1 and counts["events"] == 1     # the staffing row merged
    staff = json.loads((config.out_dir / "private" / "events.json").read_text())
    assert [(e["uid"], sorted(e["departments"])) for e in staff] == [(uid, ["Community Safety", "Police"])]

    texts = public_texts(config)
    leaks = {(name, word) for name, text in texts.items() for word in SECRET if word in text}
    assert leaks == set()
    after = feed(config)[uid]                    # still published, same UID, the party's own values
    assert str(after["STATUS"]) == "CONFIRMED"
    for field in ("SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES"):
        assert after[field].to_ical() == before[field].to_ical()
    assert (after.decoded("DTSTART"), after.decoded("DTEND")) == (before.decoded("DTSTART"), before.decoded("DTEND"))
    public_list = json.loads((config.out_dir / "public" / "events.json").read_bytes())
    (listed,) = [e for e in public_list if e["uid"] == uid]
    assert listed["departments"] == ["Community Safety"]
    assert uid.lower() not in texts["departments/police.ics"]      # not in Police's own feed either

    # the staff calendar has the whole event: Police among its departments, until Police leaves
    whole = feed(config, "private")[uid]
    assert whole["CATEGORIES"].to_ical() == b"Community Safety,Police"
    assert str(whole["SUMMARY"]) == "Maple Ave Block Party"   # the Public row leads for staff too
    # a resync with nothing changed (VEVENTs reused from the last sync's store): still apart
    run_sync(config, now=NOW)
    assert not {word for text in public_texts(config).values() for word in SECRET if word in text}
    assert feed(config, "private")[uid].to_ical() == whole.to_ical()
    assert feed(config)[uid].to_ical() == after.to_ical()


def test_an_event_of_internal_rows_only_stays_off_the_public_files(config, make_workbook):
    drill = ["Zebraword Staff Drill", "10/9/2025", "9am", "10am", "HQ", "", "Internal", "", ""]
    make_workbook({"Community Safety": [H, PARTY], "Police": [H, drill]})
    run_sync(config, now=NOW)
    assert not {word for text in public_texts(config).values() for word in SECRET if word in text}
    assert "zebraword" in (config.out_dir / "private" / "calendar.ics").read_text().lower()
