"""Real calendar exports (tests/data/realdata, copied from shared/realdata; sources in its
SOURCES.md) go in through the calendar-file source and out through our feed: every
occurrence keeps its instant. Both sides are expanded with recurring-ical-events over a
window that holds the file's events; the original's Outlook TZIDs that carry no VTIMEZONE
are read with the zone they name (a hand-checked table), floating times in the city's zone."""
from __future__ import annotations

from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events

from sheets_sync.config import config_from_dict
from sheets_sync.pipeline import run_sync
from tests.conftest import ROOT, base_config_dict, write_workbook

DATA = ROOT / "tests" / "data" / "realdata"
NY = ZoneInfo("America/New_York")
# TZIDs in these files that name a zone without defining it (checked by reading each file).
NAMED_ZONES = {"(GMT+10:00) Canberra, Melbourne, Sydney": "Australia/Sydney",
               "(UTC-05:00) Eastern Time (US & Canada)": "America/New_York"}
# file: (window start, window end, at least this many distinct start instants in it)
WINDOWS = {
    "durham_gov.ics": ("2025-06-01", "2026-12-31", 30),
    "durham_parks_rec.ics": ("2024-11-01", "2026-06-30", 100),
    "durhamnc_common_modules.ics": ("2022-01-01", "2026-12-31", 8),
    "gcal_bloomington_in_gov_department_events.ics": ("2025-01-01", "2026-06-30", 100),
    "gcal_bloomington_in_gov_parks_programs.ics": ("2025-09-01", "2025-10-31", 150),
    "issue_28_rrule_with_UTC_endinginZ.ics": ("2020-01-01", "2020-12-31", 20),
    "machbar_16_feb_2019.ics": ("2019-01-01", "2019-12-31", 300),
    "tentative-apple-calendar.ics": ("2022-07-01", "2022-07-31", 4),
    "x_location.ics": ("2016-10-01", "2017-10-01", 240),
    "Office-2012-owa.ics": ("2020-10-01", "2021-09-01", 80),
}


def test_every_real_export_is_covered():
    assert sorted(p.name for p in DATA.glob("*.ics")) == sorted(WINDOWS)


def _instant(prop, as_date: bool = False, tzid: str | None = None) -> str:
    value = prop.dt
    if as_date or str(prop.params.get("VALUE", "")).upper() == "DATE":   # a DATE, even with a TZID
        value = value.date() if isinstance(value, datetime) else value
    if not isinstance(value, datetime):
        return value.strftime("%Y%m%d")
    if value.tzinfo is None:
        tzid = prop.params.get("TZID") or tzid
        value = value.replace(tzinfo=ZoneInfo(NAMED_ZONES[tzid]) if tzid else NY)
    return value.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def starts(data: bytes, first: date, last: date) -> set[tuple[str, str]]:
    """``{(start instant, end instant)}`` of every occurrence starting in [first, last)."""
    out = set()
    cal = icalendar.Calendar.from_ical(data)
    # CivicPlus writes DATE values with a TZID; icalendar reads them as midnight date-times and
    # expansion drops VALUE=DATE, so remember which UIDs were written that way
    dated = {str(ev.get("UID")) for ev in cal.walk("VEVENT")
             if str(ev["DTSTART"].params.get("VALUE", "")).upper() == "DATE" and "TZID" in ev["DTSTART"].params}
    # expansion also drops an undefined TZID (Outlook display names), leaving a naive time:
    # remember the TZID each event (by UID, or by SUMMARY where there is no UID) was written in
    named = {str(ev.get("UID") or ev.get("SUMMARY")): str(ev["DTSTART"].params["TZID"])
             for ev in cal.walk("VEVENT") if ev["DTSTART"].params.get("TZID") in NAMED_ZONES}
    for occ in recurring_ical_events.of(cal, skip_bad_series=True).between(first, last):
        as_date = str(occ.get("UID")) in dated
        tzid = named.get(str(occ.get("UID") or occ.get("SUMMARY")))
        start = _instant(occ["DTSTART"], as_date, tzid)
        if start[:8] < first.strftime("%Y%m%d"):
            continue
        end = _instant(occ["DTEND"], as_date, tzid) if "DTEND" in occ else None
        out.add((start, end))
    return out


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_real_export_keeps_its_instants_through_our_feed(name, tmp_path):
    first, last, at_least = WINDOWS[name]
    first, last = date.fromisoformat(first), date.fromisoformat(last)
    middle = first + (last - first) / 2
    data = base_config_dict(tmp_path)
    data["feed"].update(past_days=(middle - first).days, future_days=(last - middle).days)
    data["source"]["calendars"] = [{"file": str(DATA / name), "department": "Parks and Recreation",
                                    "visibility": "Public"}]
    config = config_from_dict(data, base_dir=tmp_path)
    write_workbook(tmp_path / "intake.xlsx", {"Police": [["Title", "Start Date"]]})
    run_sync(config, now=datetime.combine(middle, time(12), timezone.utc))
    original = starts((DATA / name).read_bytes(), first, last)
    ours_feed = (config.out_dir / "private/calendar.ics").read_bytes()   # every event, public or not
    ours = starts(ours_feed, first, last)
    assert {s for s, _ in ours} == {s for s, _ in original}
    # An event with no DTEND/DURATION is given one hour; every other end is kept.
    assert {p for p in ours if p[1]} >= {p for p in original if p[1]}
    assert icalendar.Calendar.from_ical(ours_feed).get_missing_tzids() == set()
    assert len({s for s, _ in original}) >= at_least
