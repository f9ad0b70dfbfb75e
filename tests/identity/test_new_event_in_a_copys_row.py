"""The sync's state machine (tests/identity/test_sync_machine.py) found, reduced here: a new
event typed into the row where a partner's copy of a joint event had been was taken for that
copy moved to another day, and never published. Real workbook, real record, real feed parser."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import icalendar

from sheets_sync.config import config_from_dict
from sheets_sync.steady import run_sync
from tests.conftest import base_config_dict, write_workbook

T0 = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)


def test_a_new_event_typed_where_a_partners_copy_was_is_published(tmp_path):
    """The state machine's find (reduced): Community Safety deletes its copy of Police's
    "Smoke Alarm Canvass 1" and types a new event, "Smoke Alarm Canvass 9" on another day, in
    the same row. It had been taken for the copy moved to another day, kept in canvass 1's event
    with a warning, and never published; now it is an event of its own."""
    data = base_config_dict(tmp_path)
    config = config_from_dict(data, base_dir=tmp_path)
    head = ["Event ID", "Title", "Start Date", "Start Time", "End Time", "Visibility"]
    canvass = ["EV-1", "Smoke Alarm Canvass 1", "8/6/2025", "11am", "12pm", "Public"]
    write_workbook(config.source.workbook, {"Police": [head, canvass], "Community Safety": [head, canvass]})
    first = run_sync(config, now=T0)
    assert (first["events"], first["joint_events"]) == (1, 1)
    write_workbook(config.source.workbook, {
        "Police": [head, canvass],
        "Community Safety": [head, ["EV-9", "Smoke Alarm Canvass 9", "8/22/2025", "12pm", "1pm", "Public"]]})
    second = run_sync(config, now=T0 + timedelta(hours=1))
    assert (second["events"], second["joint_events"], second["created"]) == (2, 0, 1)
    feed = icalendar.Calendar.from_ical((config.out_dir / "public" / "calendar.ics").read_bytes())
    assert sorted(str(v["SUMMARY"]) for v in feed.walk("VEVENT")) == ["Smoke Alarm Canvass 1",
                                                                         "Smoke Alarm Canvass 9"]
