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


def answer_all(config, decision: str) -> int:
    """Type ``decision`` into every pending Review question, as staff would; how many."""
    import openpyxl
    wb = openpyxl.load_workbook(config.report_path)
    ws = wb["Review Duplicates"]
    header = [c.value for c in ws[1]]
    answered = 0
    for row in ws.iter_rows(min_row=2):
        if row[header.index("Status")].value == "Pending review":
            row[header.index("Decision")].value = decision
            answered += 1
    wb.save(config.report_path)
    return answered


def moved(row: list, day: str) -> list:
    return [row[0], day, *row[2:]]


def test_staff_splitting_the_internal_row_off_leaves_the_public_event_its_uid(config, make_workbook):
    """The host moves its Public row a day while Police's Internal staffing row keeps the old
    day; staff answer "Different events". Residents subscribed to the party: it keeps its UID
    (the UID follows the Public row) and its public SEQUENCE (nothing they see changed); the
    staffing row becomes an event of its own, never published (a fresh verifier's finding: the
    UID had gone to the Internal row and the party came back under a new UID, no CANCELLED)."""
    make_workbook({"Community Safety": [H, PARTY], "Police": [H, STAFFING]})
    run_sync(config, now=NOW)
    [(uid, first)] = feed(config).items()
    make_workbook({"Community Safety": [H, moved(PARTY, "10/10/2025")], "Police": [H, STAFFING]})
    run_sync(config, now=NOW)
    before = feed(config)[uid]
    assert str(before["DTSTART"].dt.date()) == "2025-10-10" and before["SEQUENCE"] == 1

    assert answer_all(config, "Different events") == 1
    run_sync(config, now=NOW)
    after = feed(config)
    assert list(after) == [uid]                      # no UID left the public feed, none came new
    assert after[uid].to_ical() == before.to_ical()  # same party, same SEQUENCE: nothing changed for residents
    staff = feed(config, "private")
    assert len(staff) == 2 and str(staff[uid]["SUMMARY"]) == "Maple Ave Block Party"
    assert staff[uid]["CATEGORIES"].to_ical() == b"Community Safety"
    [other] = set(staff) - {uid}
    assert str(staff[other]["SUMMARY"]) == STAFFING[0]     # the staffing row: the staff files only
    assert not {word for text in public_texts(config).values() for word in SECRET if word in text}


def public_bytes(config) -> dict[str, bytes]:
    """Every public file but status.json (the run's counts), and the event calendars' table."""
    root = config.out_dir / "public"
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*")
            if p.is_file() and p.name != "status.json"}


def test_an_edit_of_the_internal_row_alone_changes_no_public_file(config, make_workbook):
    """RFC 5545 §3.8.7.4: the public VEVENT's SEQUENCE (and LAST-MODIFIED, and the Atom
    feed's entry) change only when something the public sees changes; the staff calendar's
    SEQUENCE counts every change of the whole event. A later public edit raises the public
    SEQUENCE by one from where residents saw it, and the Atom entry says Changed."""
    make_workbook({"Community Safety": [H, PARTY], "Police": [H, STAFFING]})
    run_sync(config, now=NOW)
    [uid] = feed(config)
    shown = public_bytes(config)
    assert b"Changed:" not in shown["updates.atom"]

    later = NOW.replace(hour=15)
    # (its hours are a part's, which set no end: the edit that changes the staff's event is a
    # partner named in its text)
    edited = [*STAFFING[:3], "11:30pm", *STAFFING[4:7], "Quokkanote overtime roster, two more, w/ Engine 7",
              STAFFING[8]]
    make_workbook({"Community Safety": [H, PARTY], "Police": [H, edited]})
    summary = run_sync(config, now=later)
    assert summary["updated"] == 1                              # the event did change (staff side)
    assert public_bytes(config) == shown                        # ... not what residents see
    assert feed(config, "private")[uid]["SEQUENCE"] == 1
    assert feed(config)[uid]["SEQUENCE"] == 0

    renamed = ["Maple Ave Block Party & Cookout", *PARTY[1:]]
    make_workbook({"Community Safety": [H, renamed], "Police": [H, edited]})
    run_sync(config, now=later.replace(hour=16))
    public, staff = feed(config)[uid], feed(config, "private")[uid]
    assert (public["SEQUENCE"], staff["SEQUENCE"]) == (1, 2)
    assert public.decoded("LAST-MODIFIED") == later.replace(hour=16)
    atom = (config.out_dir / "public" / "updates.atom").read_text()
    assert "Changed: Thu, Oct 9, 2025, 5:00 PM — Maple Ave Block Party &amp; Cookout" in atom

    # both rows deleted: the public feed cancels the party as residents saw it (its own
    # SEQUENCE raised), with nothing of the staffing row — not the record's whole event
    other = ["Fire Safety Talk", "10/20/2025", "6pm", "7pm", "Library", "", "Public", "", ""]
    make_workbook({"Community Safety": [H, other], "Police": [H]})
    run_sync(config, now=later.replace(hour=17))
    public = feed(config)[uid]
    assert (str(public["STATUS"]), public["SEQUENCE"]) == ("CANCELLED", 2)
    assert public["CATEGORIES"].to_ical() == b"Community Safety"
    assert not {word for text in public_texts(config).values() for word in SECRET if word in text}
    assert str(feed(config, "private")[uid]["STATUS"]) == "CANCELLED"


def test_a_record_written_before_public_sequences_changes_no_public_byte(config, make_workbook):
    """A record from before the public files kept a SEQUENCE of their own (no ``public`` part
    in the snapshot, as an earlier release wrote it): the next sync publishes the same bytes,
    and from then on an Internal row's edit alone leaves the public files alone."""
    import sqlite3
    make_workbook({"Community Safety": [H, PARTY], "Police": [H, STAFFING]})
    run_sync(config, now=NOW)
    shown = public_bytes(config)
    db = sqlite3.connect(config.out_dir / "record.sqlite")
    [(uid, snapshot)] = db.execute("SELECT uid, snapshot FROM events").fetchall()
    old = json.loads(snapshot)
    assert old.pop("public")["departments"] == ["Community Safety"]
    with db:
        db.execute("UPDATE events SET snapshot=? WHERE uid=?", (json.dumps(old, sort_keys=True), uid))
    db.close()
    run_sync(config, now=NOW.replace(hour=15), reuse=False)
    assert public_bytes(config) == shown
    edited = [*STAFFING[:3], "11:30pm", *STAFFING[4:7], STAFFING[7] + ", w/ Engine 7", STAFFING[8]]
    make_workbook({"Community Safety": [H, PARTY], "Police": [H, edited]})
    run_sync(config, now=NOW.replace(hour=16))
    assert public_bytes(config) == shown
    assert feed(config, "private")[uid]["SEQUENCE"] == 1


def test_the_open_data_says_what_its_joint_columns_and_measures_count(config, make_workbook):
    """The event list shows the public part (one department: joint false); the measures count
    the whole event (joint: 1 in October). Both say so, in the columns' descriptions and the
    methods paragraph published with them (a fresh verifier found the two disagreeing unexplained)."""
    import csv
    import io
    make_workbook({"Community Safety": [H, PARTY], "Police": [H, STAFFING]})
    run_sync(config, now=NOW)
    folder = config.out_dir / "public" / "open-data"
    [row] = csv.DictReader(io.StringIO((folder / "combined-events.csv").read_text(encoding="utf-8")))
    assert (row["departments"], row["department_count"], row["joint"]) == ("Community Safety", "1", "false")
    assert row["dept_police"] == "false"
    measures = list(csv.DictReader(io.StringIO((folder / "measures.csv").read_text(encoding="utf-8"))))
    [october] = [m for m in measures if (m["measure_id"], m["period"]) == ("joint_events_monthly", "2025-10")]
    assert october["actual"] == "1"
    package = json.loads((folder / "datapackage.json").read_text())
    events, measures_resource = package["resources"]
    described = {f["name"]: f["description"] for f in events["schema"]["fields"]}
    assert "take part publicly" in described["joint"] and "internal work" in described["joint"]
    assert "internal work" in described["dept_police"]
    for text in (package["description"], measures_resource["description"]):
        assert "still counts as joint here" in text and "combined-events.csv" in text
    assert not {word for text in public_texts(config).values() for word in SECRET if word in text}


def test_an_event_kept_while_its_internal_rows_tab_is_held_shows_the_public_view(config, make_workbook):
    """Police's tab loses its Start Date header (held: its events stay as they were): the
    joint event is rebuilt from the record, and the public files show it as residents saw it —
    the Public row's department only — not the whole event the record also keeps."""
    make_workbook({"Community Safety": [H, PARTY], "Police": [H, STAFFING]})
    run_sync(config, now=NOW)
    [(uid, before)] = feed(config).items()
    broken = ["Strat Date" if h == "Start Date" else h for h in H]
    make_workbook({"Community Safety": [H, PARTY], "Police": [broken, STAFFING]})
    summary = run_sync(config, now=NOW.replace(hour=15))
    assert summary["held_tabs"] == ["Police"] and summary["joint_events"] == 1
    assert feed(config)[uid].to_ical() == before.to_ical()
    assert feed(config, "private")[uid]["CATEGORIES"].to_ical() == b"Community Safety,Police"
    public_list = json.loads((config.out_dir / "public" / "events.json").read_bytes())
    assert [e["departments"] for e in public_list] == [["Community Safety"]]
