"""A new city's check: changing ``timezone`` in config.yaml after syncs had moved every published
event by the zones' difference ("436 updated", no other word). The sync now refuses, publishing
nothing, until the zone is set back or the change is confirmed once with
``--allow-timezone-change``. Real workbook, real record, real feed parser."""
from __future__ import annotations

from datetime import datetime, timezone

import icalendar
import pytest

from sheets_sync.pipeline import run_check
from sheets_sync.steady import TimezoneChanged, run_sync

NOW = datetime(2027, 3, 1, 12, tzinfo=timezone.utc)
H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility"]


def starts(config) -> list[datetime]:
    cal = icalendar.Calendar.from_ical((config.out_dir / "public" / "calendar.ics").read_bytes())
    return [v.decoded("DTSTART").astimezone(timezone.utc) for v in cal.walk("VEVENT")]


def test_a_changed_timezone_publishes_nothing_until_confirmed(config, make_workbook):
    make_workbook({"Police": [H, ["Bike Rodeo", "4/10/2027", "10am", "12pm", "Central Park", "Public"]]})
    assert config.timezone == "America/New_York"
    run_sync(config, now=NOW)
    feed = (config.out_dir / "public" / "calendar.ics").read_bytes()
    assert starts(config) == [datetime(2027, 4, 10, 14, tzinfo=timezone.utc)]     # 10 am EDT
    chicago = config.model_copy(update={"timezone": "America/Chicago"})
    with pytest.raises(TimezoneChanged) as caught:
        run_sync(chicago, now=NOW)
    assert "timezone in config.yaml is America/Chicago but the last sync used America/New_York" in str(caught.value)
    assert "--allow-timezone-change" in str(caught.value)
    assert (config.out_dir / "public" / "calendar.ics").read_bytes() == feed
    with pytest.raises(TimezoneChanged):                # refused again: a failed sync is no confirmation
        run_sync(chicago, now=NOW)
    # `check` says so too (a fresh helper's check: it had said only "1 updated")
    assert run_check(chicago, now=NOW)[1]["timezone_changed"] == str(caught.value)
    assert "timezone_changed" not in run_check(config, now=NOW)[1]
    run_sync(chicago, now=NOW, allow_timezone_change=True)
    assert starts(config) == [datetime(2027, 4, 10, 15, tzinfo=timezone.utc)]     # 10 am CDT
    run_sync(chicago, now=NOW)                          # the new zone is now the last sync's
    with pytest.raises(TimezoneChanged):
        run_sync(config, now=NOW)


def test_the_same_zone_by_another_name_is_no_change(config, make_workbook):
    """A fresh city's check: "US/Eastern" in config.yaml after syncs under "America/New_York"
    (a link to it in the tz database's ``backward`` file) was refused as a change of zone. The
    same zone by its other name syncs, every time where it was; a zone that only once agreed
    with it (America/Detroit, before 1973) is still refused."""
    make_workbook({"Police": [H, ["Bike Rodeo", "4/10/2027", "10am", "12pm", "Central Park", "Public"]]})
    run_sync(config, now=NOW)
    feed = starts(config)
    for name in ("US/Eastern", "America/New_York"):
        linked = config.model_copy(update={"timezone": name})
        assert "timezone_changed" not in run_check(linked, now=NOW)[1]
        run_sync(linked, now=NOW)
        assert starts(config) == feed == [datetime(2027, 4, 10, 14, tzinfo=timezone.utc)]
    with pytest.raises(TimezoneChanged):
        run_sync(config.model_copy(update={"timezone": "America/Detroit"}), now=NOW)
