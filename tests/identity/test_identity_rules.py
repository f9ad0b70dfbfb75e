"""The matching rules of sheets_sync.identity, one by one, on rows parsed and merged for real."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from sheets_sync.backends import MemoryBackend
from sheets_sync.identity import reconcile
from sheets_sync.model import Status
from sheets_sync.pipeline import analyse

H = ["Event ID", "Title", "Start Date", "Start Time", "End Time", "Location", "Description",
     "Visibility", "Status", "Partner Departments"]
T0 = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
GRACE = timedelta(days=3)
DOMAIN = "events.example.gov"


def row(title, day="2025-08-10", start="6pm", end="8pm", place="Walltown Park", desc="Bring a chair",
        event_id="", status="", partners=""):
    return [event_id, title, day, start, end, place, desc, "Public", status, partners]


class Sheet:
    """Runs reconcile repeatedly against its own record, like successive syncs."""

    def __init__(self, config):
        self.config = config
        self.entries = []
        self.now = T0

    def sync(self, tabs: dict[str, list[list]], hours: float = 1):
        self.now += timedelta(hours=hours)
        backend = MemoryBackend({t: [H, *rows] for t, rows in tabs.items()})
        drafts = analyse(backend.read_tabs(), self.config).merge.events
        r = reconcile(drafts, self.entries, self.now, DOMAIN, GRACE)
        self.entries = r.entries
        return r


def by_title(r, removed=False):
    return {e.title: e for e in r.events if e.removed == removed}


@pytest.fixture
def sheet(config):
    return Sheet(config)


BASE = {"Police": [row("Smoke Alarm Canvass"), row("CPR Class", day="2025-08-12", place="", desc=""),
                   row("Town Hall", day="2025-08-14", place="City Hall", desc="")],
        "Fire": [row("Open House", day="2025-08-16", start="10am", end="2pm", place="Station 1")]}


def test_rerun_keeps_everything_and_counts_unchanged(sheet):
    first = sheet.sync(BASE)
    assert first.counts == dict(created=4, updated=0, unchanged=0, removed=0, restored=0)
    again = sheet.sync(BASE)
    assert again.counts == dict(created=0, updated=0, unchanged=4, removed=0, restored=0)
    assert [(e.uid, e.sequence, e.last_modified) for e in again.events] == \
        [(e.uid, e.sequence, e.last_modified) for e in first.events]
    assert all(e.last_modified == T0 + timedelta(hours=1) for e in again.events)
    assert again.history == []


def test_uids_do_not_depend_on_row_order_or_other_rows(sheet):
    uids = {t: e.uid for t, e in by_title(sheet.sync(BASE)).items()}
    shuffled = {"Police": [row("Parking Lot Social", day="2025-08-20"), *reversed(BASE["Police"])],
                "Fire": BASE["Fire"]}
    r = sheet.sync(shuffled)
    after = by_title(r)
    assert {t: after[t].uid for t in uids} == uids
    assert r.counts == dict(created=1, updated=0, unchanged=4, removed=0, restored=0)


def test_rebuilding_from_an_empty_record_gives_the_same_uids(config):
    a, b = Sheet(config), Sheet(config)
    first = {e.title: e.uid for e in a.sync(BASE).events}
    reordered = {"Fire": BASE["Fire"], "Police": list(reversed(BASE["Police"]))}
    assert {e.title: e.uid for e in b.sync(reordered).events} == first
    assert all(uid.endswith("@" + DOMAIN) for uid in first.values())


@pytest.mark.parametrize("field, value", [("title", "Smoke Alarm Canvass - Walltown"), ("start", "7pm"),
                                          ("day", "2025-08-11"), ("place", "Walltown Rec Center"),
                                          ("desc", "Bring a friend")])
def test_editing_one_field_keeps_the_uid_and_bumps_sequence(sheet, field, value):
    before = by_title(sheet.sync(BASE))["Smoke Alarm Canvass"]
    changed = row(**{"title": "Smoke Alarm Canvass", field: value})
    edited = {**BASE, "Police": [changed, *BASE["Police"][1:]]}
    r = sheet.sync(edited)
    after = next(e for e in r.events if e.uid == before.uid)
    assert not after.removed
    assert (after.sequence, after.last_modified) == (1, sheet.now)
    assert after.created == before.created
    assert r.counts == dict(created=0, updated=1, unchanged=3, removed=0, restored=0)
    (uid, change, diff), = r.history
    assert (uid, change) == (before.uid, "updated") and diff


@pytest.mark.parametrize("changed", [row("Smoke Alarm Blitz"), row("Smoke Alarm Canvass", start="9am", end="noon"),
                                     row("Smoke Alarm Canvass", place=""), row("Smoke Alarm Canvass", desc="")])
def test_one_field_edited_and_the_tab_sorted_keeps_the_uid(sheet, changed):
    """Rule 3 alone: the row moved (sorted and a row inserted above), so position cannot help."""
    before = by_title(sheet.sync(BASE))["Smoke Alarm Canvass"]
    edited = {**BASE, "Police": [row("Bike Rodeo", day="2025-08-30"), *reversed(BASE["Police"][1:]), changed]}
    r = sheet.sync(edited)
    after = by_title(r)[changed[1]]
    assert (after.uid, after.sequence) == (before.uid, 1)
    assert r.counts == dict(created=1, updated=1, unchanged=3, removed=0, restored=0)


def test_editing_a_bare_event_keeps_its_uid(sheet):
    """Only a title and a time: editing either still matches (one core field changed)."""
    cpr = by_title(sheet.sync(BASE))["CPR Class"]
    r = sheet.sync({**BASE, "Police": [BASE["Police"][0], row("CPR & First Aid", day="2025-08-12", place="",
                                                                  desc=""), BASE["Police"][2]]})
    assert by_title(r)["CPR & First Aid"].uid == cpr.uid
    r = sheet.sync({**BASE, "Police": [BASE["Police"][0], row("CPR & First Aid", day="2025-08-13", place="",
                                                                  desc=""), BASE["Police"][2]]})
    assert by_title(r)["CPR & First Aid"].uid == cpr.uid
    assert by_title(r)["CPR & First Aid"].sequence == 2


def test_two_fields_edited_in_place_keep_the_uid_but_not_after_a_sort(sheet):
    """Rule 4 (same position) and the documented limit of it."""
    hall = by_title(sheet.sync(BASE))["Town Hall"]
    two = row("Town Hall Meeting", day="2025-08-14", start="7pm", end="9pm", place="City Hall", desc="")
    in_place = {**BASE, "Police": [*BASE["Police"][:2], two]}
    assert by_title(sheet.sync(in_place))["Town Hall Meeting"].uid == hall.uid
    three = row("Town Hall (Spanish)", day="2025-08-14", start="5pm", end="6pm", place="City Hall", desc="")
    moved = {**BASE, "Police": [three, *BASE["Police"][:2]]}          # edited twice and sorted
    r = sheet.sync(moved)
    assert by_title(r)["Town Hall (Spanish)"].uid != hall.uid
    assert by_title(r, removed=True)["Town Hall Meeting"].uid == hall.uid


def test_partner_department_second_tab_and_merge_order_keep_the_uid(sheet):
    canvass = by_title(sheet.sync(BASE))["Smoke Alarm Canvass"]
    partnered = {**BASE, "Police": [row("Smoke Alarm Canvass", partners="Fire"), *BASE["Police"][1:]]}
    r = sheet.sync(partnered)
    e = by_title(r)["Smoke Alarm Canvass"]
    assert (e.uid, e.departments, e.sequence) == (canvass.uid, ("Police", "Fire"), 1)
    # the Fire tab logs it too (a different spelling); it merges, the UID stays
    both = {**partnered, "Fire": [row("smoke alarm canvass"), *BASE["Fire"]]}
    r = sheet.sync(both)
    merged = next(e for e in r.events if e.uid == canvass.uid)
    assert len(merged.rows) == 2 and not merged.removed
    # tabs listed in another order and rows re-sorted: nothing changes
    swapped = {"Fire": list(reversed(both["Fire"])), "Police": list(reversed(both["Police"]))}
    r2 = sheet.sync(swapped)
    assert r2.counts["unchanged"] == len(r2.events) == 4
    assert next(e for e in r2.events if e.uid == canvass.uid).sequence == merged.sequence


def test_moving_a_row_to_another_tab_keeps_the_uid(sheet):
    hall = by_title(sheet.sync(BASE))["Town Hall"]
    moved = {"Police": BASE["Police"][:2], "Fire": [*BASE["Fire"], BASE["Police"][2]]}
    e = by_title(sheet.sync(moved))["Town Hall"]
    assert e.uid == hall.uid and e.departments == ("Fire",) and e.sequence == 1


def test_explicit_event_id_wins_over_content(sheet):
    tabs = {"Police": [row("Bike Rodeo", event_id="EV-7"), row("Coffee with a Cop", day="2025-08-11")]}
    first = by_title(sheet.sync(tabs))
    rodeo = first["Bike Rodeo"]
    # everything changed but the Event ID: same event
    tabs2 = {"Police": [row("Bicycle Safety Day", event_id="ev-7", day="2025-09-01", start="9am", end="noon",
                            place="Armory", desc="Helmets provided"), row("Coffee with a Cop", day="2025-08-11")]}
    r = sheet.sync(tabs2)
    assert by_title(r)["Bicycle Safety Day"].uid == rodeo.uid
    # a row whose content equals the coffee event but carries another event's ID is that other event
    tabs3 = {"Police": [row("Coffee with a Cop", day="2025-08-11", event_id="EV-7")]}
    r = sheet.sync(tabs3)
    assert by_title(r)["Coffee with a Cop"].uid == rodeo.uid
    assert by_title(r, removed=True)["Coffee with a Cop"].uid == first["Coffee with a Cop"].uid


def test_event_id_may_be_a_uid_copied_from_combined_events(sheet):
    cpr = by_title(sheet.sync(BASE))["CPR Class"]
    retyped = {**BASE, "Police": [BASE["Police"][0], BASE["Police"][2],
                                  row("Hands-only CPR", day="2025-09-02", start="9am", end="10am",
                                      event_id=cpr.uid.split("@")[0])]}
    assert by_title(sheet.sync(retyped))["Hands-only CPR"].uid == cpr.uid


def test_removed_event_is_cancelled_for_the_grace_period_then_leaves_the_feed(sheet):
    hall = by_title(sheet.sync(BASE))["Town Hall"]
    without = {**BASE, "Police": BASE["Police"][:2]}
    r = sheet.sync(without)
    gone = next(e for e in r.events if e.uid == hall.uid)
    assert gone.removed and gone.is_cancelled and gone.sequence == 1 and gone.last_modified == sheet.now
    assert r.counts == dict(created=0, updated=0, unchanged=3, removed=1, restored=0)
    assert [h[:2] for h in r.history] == [(hall.uid, "removed")]
    assert hall.uid in {e.uid for e in r.published}
    removed_at = sheet.now
    r = sheet.sync(without, hours=24 * 3)                           # exactly at the end of the grace period
    assert sheet.now - removed_at == GRACE and hall.uid in {e.uid for e in r.published}
    r = sheet.sync(without)                                          # past it: out of the feed, in the record
    assert hall.uid not in {e.uid for e in r.published}
    assert hall.uid in {e.uid for e in r.events} and hall.uid in {e.uid for e in r.entries}
    kept = next(e for e in r.events if e.uid == hall.uid)
    assert kept.sequence == 1 and kept.title == "Town Hall" and kept.location == "City Hall"
    assert kept.start.tzinfo.key == "America/New_York"             # rebuilt in the city's zone
    assert r.counts["removed"] == 0


def test_typing_a_removed_event_back_restores_its_uid(sheet):
    hall = by_title(sheet.sync(BASE))["Town Hall"]
    sheet.sync({**BASE, "Police": BASE["Police"][:2]})
    sheet.sync({**BASE, "Police": BASE["Police"][:2]}, hours=24 * 10)
    r = sheet.sync(BASE)
    back = by_title(r)["Town Hall"]
    assert back.uid == hall.uid and back.sequence == 2 and not back.removed
    assert r.counts == dict(created=0, updated=0, unchanged=3, removed=0, restored=1)


def test_a_new_event_resembling_a_removed_one_is_new(sheet):
    """Near matches (rule 3) never bring back removed events: next month's class is new."""
    cpr = by_title(sheet.sync(BASE))["CPR Class"]
    sheet.sync({**BASE, "Police": [BASE["Police"][0], BASE["Police"][2]]})
    r = sheet.sync({**BASE, "Police": [BASE["Police"][0], BASE["Police"][2],
                                       row("CPR Class", day="2025-09-12", place="", desc="")]})
    new = by_title(r)["CPR Class"]
    assert new.uid != cpr.uid and new.sequence == 0
    assert r.counts["created"] == 1


def test_cancelled_status_is_published_for_the_grace_period(sheet):
    hall = by_title(sheet.sync(BASE))["Town Hall"]
    cancelled = {**BASE, "Police": [*BASE["Police"][:2], row("Town Hall", day="2025-08-14", place="City Hall",
                                                              desc="", status="Cancelled")]}
    r = sheet.sync(cancelled)
    e = by_title(r)["Town Hall"]
    assert (e.uid, e.status, e.sequence, e.removed) == (hall.uid, Status.CANCELLED, 1, False)
    assert hall.uid in {x.uid for x in r.published}
    r = sheet.sync(cancelled, hours=24 * 3 + 1)
    assert hall.uid not in {x.uid for x in r.published}
    assert by_title(r)["Town Hall"].sequence == 1                  # leaving the feed is not an edit
    # deleting the cancelled row: removed, but subscribers already saw it cancelled → no bump
    r = sheet.sync({**BASE, "Police": BASE["Police"][:2]})
    gone = next(x for x in r.events if x.uid == hall.uid)
    assert gone.removed and gone.sequence == 1 and r.counts["removed"] == 1
    assert hall.uid not in {x.uid for x in r.published}            # its grace period is over already


def test_uid_clash_gets_a_suffix(sheet):
    """A new event whose seed equals a removed event's UID (same row typed after an edit)."""
    first = by_title(sheet.sync({"Police": [row("Safety Fair")]}))["Safety Fair"]
    sheet.sync({"Police": [row("Safety Fair", desc="Games and food")]})        # edited: same UID
    r = sheet.sync({"Police": [row("Safety Fair", desc="Games and food"),
                               row("Safety Fair", place="Armory", desc="")]})   # a second fair
    uids = sorted(e.uid for e in r.events)
    assert first.uid in uids and len(set(uids)) == 2


def test_a_record_written_by_the_first_release_still_matches(sheet):
    """Entries from before per-field contents: only ``row:`` keys and four-field contents."""
    from sheets_sync.identity import RecordEntry
    old = RecordEntry(
        uid="0123456789abcdef0123@events.example.gov", sequence=3, created=T0 - timedelta(days=30),
        last_modified=T0 - timedelta(days=2), hash="old-hash",
        keys=("row:town hall|2025-08-14T18:00:00-04:00|city hall",),
        contents=({"title": "town hall", "start": "2025-08-14T18:00:00-04:00", "place": "city hall",
                   "description": ""},),
        tabs=("Police",), snapshot={"title": "Town Hall", "status": "Scheduled", "removed": False})
    sheet.entries = [old]
    H2 = ["Title", "Start Date", "Start Time", "End Time", "Location", "Address", "Visibility"]
    backend = MemoryBackend({"Police": [H2, ["Town Hall", "2025-08-14", "6pm", "8pm", "City Hall",
                                             "101 City Hall Plaza", "Public"]]})
    drafts = analyse(backend.read_tabs(), sheet.config).merge.events
    r = reconcile(drafts, sheet.entries, T0, DOMAIN, GRACE)
    (e,) = r.events
    assert (e.uid, e.sequence, e.created) == (old.uid, 4, old.created)   # hash format changed: one bump


def test_look_alike_events_edited_in_the_same_field_keep_their_own_uids(sheet):
    """National Night Out: block parties differing only in place. Changing two addresses at
    once and sorting the tab: each keeps its UID (the closer old address wins), none swap."""
    places = ("1400 Block of Arch Street", "Anita & Fernwald Sts", "129 Stewart Avenue", "55 Oak Lane")
    parties = {"Police": [row("National Night Out", day="2025-08-05", place=p, desc="") for p in places]}
    before = {e.location: e.uid for e in sheet.sync(parties).events}
    new = {"1400 Block of Arch Street": "1400 Block of Arch Street, north end",
           "Anita & Fernwald Sts": "Anita & Fernwald Sts, corner lot"}
    swapped = [places[3], places[2], places[0], places[1]]          # both moved, in either order
    for order in (list(places), list(reversed(places)), swapped):
        fixed = {"Police": [row("National Night Out", day="2025-08-05", place=new.get(p, p), desc="")
                            for p in order]}
        r = sheet.sync(fixed)
        after = {e.location: e.uid for e in r.events if not e.removed}
        assert after == {new.get(p, p): before[p] for p in places}
        sheet.sync(parties)                               # back to the old addresses
