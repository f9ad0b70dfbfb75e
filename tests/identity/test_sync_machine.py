"""A hypothesis state machine that plays staff against the sync (vdirsyncer's SyncMachine habit).

Staff add, edit, sort, delete, cancel, move and double-log events in a :class:`MemoryBackend`
spreadsheet; some syncs fail at a write step. After every sync the machine checks the real
outputs (the SQLite record, the published ``.ics`` files and ``events.json``):

* an event that survives keeps its UID; no UID ever leaves the record;
* SEQUENCE never falls; it rises (with LAST-MODIFIED) exactly when the event's VEVENT changed;
* every feed parses with ``icalendar`` and the strict ``ical`` parser and has unique UIDs;
* deleted and cancelled events are published as ``STATUS:CANCELLED`` for the grace period,
  then leave the feed but stay in the record;
* a sync whose input did not change republishes byte-identical feeds;
* ``created/updated/unchanged/removed/restored`` count what staff did;
* a failed sync leaves every output as the last good sync left it.

The model keeps the documented limits of identity matching (see ``sheets_sync.identity``):
between two syncs staff change at most one of title, time, place and description of an event
that has no ``Event ID`` (an event with an ``Event ID`` may change all of them), a deleted event
typed back is typed as the last sync saw it (edits wait for the next interval), and new events
never look like an event deleted in the same interval (each gets its own day and title).

``SYNC_MACHINE_EXAMPLES=3000 SYNC_MACHINE_STEPS=60 SYNC_MACHINE_SHRINK=0 pytest tests/identity/test_sync_machine.py``
runs a longer search (shrinking a long failing run can take many minutes; turn it back on
to get the shortest example once a failure is known).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import partial
from pathlib import Path
from unittest import mock

import icalendar
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from ical.calendar_stream import IcsCalendarStream

from sheets_sync.backends import MemoryBackend, SourceError
from sheets_sync.config import config_from_dict
from sheets_sync.coordination import cycle_step
from sheets_sync.pipeline import run_sync
from tests.conftest import base_config_dict

from .outputs import inject_failure, output_snapshot

TABS = ("Police", "Fire", "Community Safety")
HEADER = ["Event ID", "Title", "Start Date", "Start Time", "End Time", "Location", "Description",
          "Visibility", "Status"]
WORDS = ("Block Party", "Smoke Alarm Canvass", "CPR Class", "Town Hall", "Open House", "Bike Rodeo",
         "Coffee with a Cop", "Safety Fair")
GRACE_DAYS = 3
T0 = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
FIRST_DAY = date(2025, 8, 4)
VOLATILE = ("DTSTAMP", "LAST-MODIFIED", "SEQUENCE")


@dataclass
class ModelEvent:
    key: int
    title: str
    day: date
    hour: int
    place: str
    description: str
    event_id: str = ""
    status: str = "Scheduled"
    tabs: list[str] = field(default_factory=list)      # tabs holding a copy; [0] is the original
    dup_tab: str | None = None                          # a tab holding the same row a second time
    deleted: bool = False
    uid: str | None = None
    removed_synced: bool = False                        # the record knows it was removed
    gone_since: datetime | None = None                  # removal/cancellation as synced
    edited: set[str] = field(default_factory=set)       # core fields changed since the last sync
    synced_view: tuple | None = None
    synced_values: dict | None = None                   # the row as the last sync read it
    retyped: bool = False                               # typed back after removal, not synced yet

    def row(self, dup: bool = False) -> list:
        return [self.event_id, self.title, self.day.isoformat(), f"{self.hour}:00", f"{self.hour + 1}:00",
                self.place, self.description, "Public", self.status]

    def copies(self) -> list[tuple[str, bool]]:
        return [(t, False) for t in self.tabs] + ([(self.dup_tab, True)] if self.dup_tab else [])

    def shown_title(self) -> str:
        return self.title

    def departments(self) -> list[str]:
        # its tabs, plus Police when the title names a police unit ("Coffee with a Cop": issue 11)
        named = {"Police"} if "with a Cop" in self.title else set()
        return sorted({t for t, _ in self.copies()} | named)

    VALUES = ("title", "day", "hour", "place", "description", "status", "event_id", "dup_tab")

    def values(self) -> dict:
        return {k: getattr(self, k) for k in self.VALUES}

    def view(self) -> tuple:
        return (self.shown_title(), self.day, self.hour, self.place, self.description, self.status,
                tuple(self.departments()))


_PARSED: dict[bytes, dict[str, icalendar.Event]] = {}


def _feed_events(data: bytes) -> dict[str, icalendar.Event]:
    """UID → VEVENT of a feed that both parsers accept (bytes already checked are not re-parsed)."""
    key = hashlib.sha1(data).digest()
    if key not in _PARSED:
        if len(_PARSED) > 2000:
            _PARSED.clear()
        _PARSED[key] = _parse_feed(data)
    return _PARSED[key]


def _parse_feed(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))       # strict parser raises
    events = cal.walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids)), f"duplicate UIDs in a feed: {uids}"
    return {str(e["UID"]): e for e in events}


def _stable_part(event: icalendar.Event) -> bytes:
    """The VEVENT's bytes without the properties that move on every change."""
    lines = event.to_ical().split(b"\r\n")
    return b"\r\n".join(l for l in lines if not l.startswith(tuple(v.encode() for v in VOLATILE)))


class SyncMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="syncmachine-"))
        data = base_config_dict(self.tmp)
        data["feed"] = {**data["feed"], "removed_grace_days": GRACE_DAYS, "past_days": 400}
        data["event_types"] = []      # fewer filtered feeds to build: identity does not use them
        self.config = config_from_dict(data, base_dir=self.tmp)
        # the cycle's own switch: chart numbers are computed, matplotlib does not draw them
        self._no_charts = mock.patch("sheets_sync.pipeline.cycle_step", partial(cycle_step, render=False))
        self._no_charts.start()
        self.backend = MemoryBackend()
        self.sheet: dict[str, list[tuple[int, bool]]] = {t: [] for t in TABS}   # tab → (key, dup) rows
        self.events: dict[int, ModelEvent] = {}
        self.now = T0
        self.next_key = 0
        self.seen_uids: set[str] = set()
        self.sequences: dict[str, int] = {}
        self.vevents: dict[str, tuple[bytes, int, str]] = {}         # uid → (stable part, SEQUENCE, LAST-MODIFIED)
        self.last_feeds: dict[str, bytes] | None = None
        self.input_changed = True
        self.synced_once = False
        self.synced_tabs: set[str] = set()          # tabs with rows at the last good sync

    def teardown(self):
        self._no_charts.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    # -- helpers ---------------------------------------------------------------------------
    def _publish_sheet(self) -> None:
        self.backend.tabs = {t: [HEADER] + [self.events[k].row(dup) for k, dup in rows]
                             for t, rows in self.sheet.items()}

    def _live(self) -> list[ModelEvent]:
        return [e for e in self.events.values() if not e.deleted]

    def _editable(self) -> list[ModelEvent]:
        return self._live()

    def _changed(self) -> None:
        self.input_changed = True
        self._publish_sheet()

    def _new_event(self, tab: str, place: bool, description: bool, with_id: bool, hour: int) -> ModelEvent:
        k = self.next_key
        self.next_key += 1
        ev = ModelEvent(k, f"{WORDS[k % len(WORDS)]} {k}", FIRST_DAY + timedelta(days=2 * k), hour,
                        f"{100 + k} Main St" if place else "",
                        f"Event number {k} for the neighbourhood" if description else "",
                        event_id=f"EV-{k}" if with_id else "", tabs=[tab])
        self.events[k] = ev
        return ev

    @initialize(n=st.integers(0, 4), data=st.data())
    def start(self, n, data):
        for _ in range(n):
            self.add_event(data.draw(st.sampled_from(TABS)), data.draw(st.booleans()),
                           data.draw(st.booleans()), data.draw(st.booleans()), data.draw(st.integers(9, 18)),
                           data.draw(st.integers(0, 10)))
        self._publish_sheet()

    # -- staff actions ---------------------------------------------------------------------
    @rule(tab=st.sampled_from(TABS), place=st.booleans(), description=st.booleans(),
          with_id=st.booleans(), hour=st.integers(9, 18), position=st.integers(0, 10))
    def add_event(self, tab, place, description, with_id, hour, position):
        ev = self._new_event(tab, place, description, with_id, hour)
        rows = self.sheet[tab]
        rows.insert(min(position, len(rows)), (ev.key, False))
        self._changed()

    @precondition(lambda self: self._editable())
    @rule(data=st.data(), what=st.sampled_from(("title", "time", "day", "place", "description")))
    def edit(self, data, what):
        group = "time" if what == "day" else what
        choices = [e for e in self._editable()
                   if e.event_id or (not e.retyped and (not e.edited or e.edited == {group}))]
        if not choices:
            return
        ev = data.draw(st.sampled_from(choices))
        n = data.draw(st.integers(1, 99))
        if what == "title":
            ev.title = f"{WORDS[(ev.key + n) % len(WORDS)]} {ev.key} rev {n}"
        elif what == "time":
            ev.hour = data.draw(st.integers(9, 18).filter(lambda h: h != ev.hour))
        elif what == "day":
            ev.day = FIRST_DAY + timedelta(days=2 * self.next_key + 1)   # a day no other event uses
            self.next_key += 1
        elif what == "place":
            ev.place = data.draw(st.sampled_from((f"{200 + n} Oak Ave", "")).filter(lambda p: p != ev.place))
        else:
            ev.description = data.draw(st.sampled_from((f"Updated notes {n}", "")).filter(
                lambda d: d != ev.description))
        ev.edited.add(group)
        self._changed()

    @rule(tab=st.sampled_from(TABS), how=st.sampled_from(("reverse", "title", "shuffle")), data=st.data())
    def sort_tab(self, tab, how, data):
        rows = self.sheet[tab]
        if how == "reverse":
            rows.reverse()
        elif how == "title":
            rows.sort(key=lambda r: self.events[r[0]].row(r[1])[1])
        else:
            self.sheet[tab] = data.draw(st.permutations(rows))
        self._publish_sheet()          # the same rows in another order: not a change

    @precondition(lambda self: self._live())
    @rule(data=st.data())
    def delete(self, data):
        ev = data.draw(st.sampled_from(self._live()))
        for t, dup in ev.copies():
            self.sheet[t].remove((ev.key, dup))
        ev.deleted = True
        self._changed()

    @precondition(lambda self: any(e.deleted and e.removed_synced for e in self.events.values()))
    @rule(data=st.data())
    def retype_deleted(self, data):
        """Staff type a deleted event back in exactly as the last sync saw it: its UID comes back."""
        ev = data.draw(st.sampled_from([e for e in self.events.values() if e.deleted and e.removed_synced]))
        for k, v in ev.synced_values.items():
            setattr(ev, k, v)
        ev.edited.clear()
        ev.retyped = True
        for t, dup in ev.copies():
            self.sheet[t].append((ev.key, dup))
        ev.deleted = False
        self._changed()

    @precondition(lambda self: any(e.status != "Cancelled" for e in self._live()))
    @rule(data=st.data())
    def cancel(self, data):
        ev = data.draw(st.sampled_from([e for e in self._live() if e.status != "Cancelled"]))
        ev.status = "Cancelled"
        self._changed()

    @precondition(lambda self: any(len(e.tabs) < len(TABS) for e in self._live()))
    @rule(data=st.data())
    def move_row(self, data):
        ev = data.draw(st.sampled_from([e for e in self._live() if len(e.tabs) < len(TABS)]))
        to = data.draw(st.sampled_from([t for t in TABS if t not in ev.tabs]))
        self.sheet[ev.tabs[0]].remove((ev.key, False))
        self.sheet[to].insert(data.draw(st.integers(0, len(self.sheet[to]))), (ev.key, False))
        ev.tabs[0] = to
        self._changed()

    @precondition(lambda self: any(len(e.tabs) < len(TABS) for e in self._live()))
    @rule(data=st.data())
    def log_in_second_tab(self, data):
        ev = data.draw(st.sampled_from([e for e in self._live() if len(e.tabs) < len(TABS)]))
        to = data.draw(st.sampled_from([t for t in TABS if t not in ev.tabs]))
        self.sheet[to].insert(data.draw(st.integers(0, len(self.sheet[to]))), (ev.key, False))
        ev.tabs.append(to)
        self._changed()

    @precondition(lambda self: any(len(e.tabs) > 1 for e in self._live()))
    @rule(data=st.data())
    def unlog_second_tab(self, data):
        ev = data.draw(st.sampled_from([e for e in self._live() if len(e.tabs) > 1]))
        tab = ev.tabs.pop(data.draw(st.integers(1, len(ev.tabs) - 1)))
        self.sheet[tab].remove((ev.key, False))
        self._changed()

    @precondition(lambda self: any(e.dup_tab is None for e in self._live()))
    @rule(data=st.data())
    def log_twice_in_one_tab(self, data):
        """The same row pasted twice into one tab: merged into one event, one UID."""
        ev = data.draw(st.sampled_from([e for e in self._live() if e.dup_tab is None]))
        ev.dup_tab = data.draw(st.sampled_from(ev.tabs))
        rows = self.sheet[ev.dup_tab]
        rows.insert(data.draw(st.integers(0, len(rows))), (ev.key, True))
        self._changed()

    @precondition(lambda self: any(e.dup_tab for e in self._live()))
    @rule(data=st.data())
    def delete_the_second_entry(self, data):
        ev = data.draw(st.sampled_from([e for e in self._live() if e.dup_tab]))
        self.sheet[ev.dup_tab].remove((ev.key, True))
        ev.dup_tab = None
        self._changed()

    @rule(days=st.integers(1, GRACE_DAYS + 2))
    def wait(self, days):
        self.now += timedelta(days=days)
        self.input_changed = True      # a removal may leave the feed: not an unchanged input

    # -- syncs -----------------------------------------------------------------------------
    @rule(step=st.sampled_from(("tabs", "publish", "record")))
    def failed_sync(self, step):
        if not self.synced_once:
            return
        before = output_snapshot(self.config, self.backend)
        self.now += timedelta(minutes=7)
        with inject_failure(step, self.backend):
            try:
                run_sync(self.config, backend=self.backend, now=self.now)
            except (SourceError, OSError, sqlite3.OperationalError):
                pass
            else:
                raise AssertionError(f"the injected {step} failure did not fail the sync")
        after = output_snapshot(self.config, self.backend)
        for part in before:
            assert after[part] == before[part], f"a failed sync ({step}) changed {part}"

    @rule()
    def sync(self):
        self.now += timedelta(hours=1)
        expected = self._expected_counts()
        # a tab left with no row is held until a sync allows the removal (sheets_sync.guard):
        # staff meant it here, so this sync confirms it as the README says
        emptied = {t for t in self.synced_tabs if not self.sheet[t]}
        summary = run_sync(self.config, backend=self.backend, now=self.now, allow_removals=bool(emptied))
        self.synced_tabs = {t for t in TABS if self.sheet[t]}
        assert summary["held_tabs"] == []
        got = {k: summary[k] for k in expected}
        assert got == expected, f"counts {got} != expected {expected}"
        assert summary["events"] == len(self._live())
        self._check_outputs()
        self.synced_once = True
        self.input_changed = False

    def _expected_counts(self) -> dict[str, int]:
        c = dict(created=0, updated=0, unchanged=0, removed=0, restored=0)
        for e in self.events.values():
            if e.uid is None:
                c["created"] += not e.deleted
            elif e.deleted:
                c["removed"] += not e.removed_synced
            elif e.removed_synced:
                c["restored"] += 1
            elif e.view() != e.synced_view:
                c["updated"] += 1
            else:
                c["unchanged"] += 1
        return c

    def _check_outputs(self) -> None:
        out = self.config.out_dir
        with sqlite3.connect(out / "record.sqlite") as db:
            rows = db.execute("SELECT uid, sequence, removed_at, snapshot FROM events").fetchall()
        record = {uid: (seq, removed, json.loads(snap)) for uid, seq, removed, snap in rows}
        # no UID ever leaves the record; SEQUENCE never falls
        assert self.seen_uids <= set(record), f"lost from the record: {self.seen_uids - set(record)}"
        for uid, (seq, _, _) in record.items():
            assert seq >= self.sequences.get(uid, 0), f"SEQUENCE fell for {uid}"
            self.sequences[uid] = seq
        self.seen_uids |= set(record)
        combined = self.backend.written["Combined Events"].rows
        assert sorted(row[0] for row in combined[1:]) == sorted(record), "Combined Events tab ≠ the record"

        feeds = {str(p.relative_to(out)): p.read_bytes() for p in sorted((out / "public").rglob("*.ics"))}
        feeds["public/events.json"] = (out / "public/events.json").read_bytes()
        for rel, data in feeds.items():
            if rel.endswith(".ics"):
                _feed_events(data)
        full = _feed_events((out / "private/calendar.ics").read_bytes())
        public = _feed_events(feeds["public/calendar.ics"])
        assert set(public) == set(full)          # every model event is public

        # each live model event: one live record event with its values, the same UID as before
        live_by_title = {}
        for uid, (seq, removed, snap) in record.items():
            if removed is None:
                assert snap["title"] not in live_by_title, f"two live events titled {snap['title']!r}"
                live_by_title[snap["title"]] = uid
        live = [uid for uid, (_, removed, _) in record.items() if removed is None]
        assert len(live) == len(self._live()), f"{len(live)} live events in the record, {len(self._live())} in the sheet"
        for ev in self.events.values():
            if ev.deleted:
                if ev.uid is not None:
                    assert record[ev.uid][1] is not None, f"{ev.title!r} deleted but not marked removed"
                    self._check_gone(ev, full)
                    ev.removed_synced = True
                continue
            uid = live_by_title.get(ev.shown_title())
            assert uid is not None, f"{ev.title!r} is not a live event in the record"
            if ev.uid is not None:
                assert uid == ev.uid, f"{ev.title!r} changed UID {ev.uid} → {uid}"
            ev.uid = uid
            snap = record[uid][2]
            start = snap["start"]
            assert start.startswith(ev.day.isoformat()), (ev.title, start)
            assert sorted(snap["departments"]) == ev.departments(), (ev.title, snap["departments"], ev.tabs)
            if ev.status == "Cancelled":
                if ev.gone_since is None:
                    ev.gone_since = self.now
                self._check_gone(ev, full)
            else:
                ev.gone_since = None
                assert str(full[uid]["STATUS"]) == "CONFIRMED"
                assert str(full[uid]["SUMMARY"]) == ev.shown_title()
            ev.removed_synced = False
            ev.retyped = False
            ev.edited.clear()
            ev.synced_view = ev.view()
            ev.synced_values = ev.values()
        for ev in self.events.values():
            if ev.deleted and ev.uid is not None and ev.gone_since is None:
                ev.gone_since = self.now

        # SEQUENCE/LAST-MODIFIED rise exactly when the published VEVENT changed
        for uid, vevent in full.items():
            part, seq, modified = _stable_part(vevent), int(vevent["SEQUENCE"]), vevent["LAST-MODIFIED"].to_ical()
            assert vevent["DTSTAMP"].to_ical() == modified
            if uid in self.vevents:
                old_part, old_seq, old_modified = self.vevents[uid]
                if part != old_part:
                    assert seq > old_seq and modified != old_modified, f"{uid} changed without a SEQUENCE bump"
                else:
                    assert (seq, modified) == (old_seq, old_modified), f"{uid} bumped without a change"
            self.vevents[uid] = (part, seq, modified)

        if self.last_feeds is not None and not self.input_changed:
            for rel, data in feeds.items():
                assert data == self.last_feeds.get(rel), f"{rel} changed although the input did not"
        self.last_feeds = feeds

    def _check_gone(self, ev: ModelEvent, full: dict) -> None:
        """Cancelled or removed: STATUS:CANCELLED within the grace period, then out of the feed."""
        since = ev.gone_since or self.now
        if self.now - since <= timedelta(days=GRACE_DAYS):
            assert ev.uid in full, f"{ev.title!r} left the feed before the grace period ended"
            assert str(full[ev.uid]["STATUS"]) == "CANCELLED"
        else:
            assert ev.uid not in full, f"{ev.title!r} still in the feed after the grace period"


SyncMachine.TestCase.settings = settings(
    max_examples=int(os.environ.get("SYNC_MACHINE_EXAMPLES", "100")),
    stateful_step_count=int(os.environ.get("SYNC_MACHINE_STEPS", "25")),
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    phases=[p for p in Phase if p is not Phase.shrink or os.environ.get("SYNC_MACHINE_SHRINK", "1") == "1"])
TestSyncMachine = SyncMachine.TestCase
