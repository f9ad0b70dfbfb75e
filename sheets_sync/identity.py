"""Stable identities: reconcile this sync's combined events with the combined record. Pure.

Matching rules (applied in order; each record event is matched at most once):

1. **Explicit keys** — an ``Event ID`` cell (key ``id:<tab-independent id>``) or a calendar
   file's UID (``ext:<uid>``) that the record has seen for an event → that event. An
   explicit Event ID always wins.
2. **Exact content** — any source row whose (title, start, place) equals a row the record
   saw for an event last time (tab and row number are ignored, so sorting a tab, inserting
   or deleting other rows and moving a row to another tab keep the UID).
3. **Near content** — for what is left: score = the number of *non-blank* fields equal
   among title, start, place, description, plus one when the two share a department tab.
   A score of 3 or more matches, best score first (ties broken by UID), so editing any one
   of title, time, place or description keeps the UID.
4. Otherwise the event is new: its UID is ``sha1`` of its first explicit key or of its
   earliest row's (title, start, place), so rebuilding from an empty record gives the same
   UIDs; a clash with an existing UID gets a ``-2``/``-3`` suffix.

SEQUENCE and LAST-MODIFIED (RFC 5545 §3.8.7.4, §3.8.7.3) rise when the hash of the
published fields changes and stay put otherwise. A record event that matches nothing is
*removed*: kept in the record, published as ``STATUS:CANCELLED`` with a bumped SEQUENCE
until ``removed_grace_days`` have passed, then left out of feeds. A removed event that
comes back is restored (SEQUENCE bumped again).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any, Sequence

from .merge import normalise_place
from .model import CombinedEvent, EventRow, Status, Visibility

PUBLISHED_FIELDS = ("title", "start", "end", "all_day", "location", "address", "description",
                    "status", "removed", "departments", "event_type", "registration_url", "rrule",
                    "exdates", "visibility", "audience", "language", "accessibility", "title_es",
                    "description_es")


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def row_content(row: EventRow) -> dict[str, str]:
    return {"title": _norm(row.title), "start": row.start.isoformat(),
            "place": normalise_place(row.location or row.address), "description": _norm(row.description)}


def content_key(row: EventRow) -> str:
    c = row_content(row)
    return f"row:{c['title']}|{c['start']}|{c['place']}"


def explicit_keys(event: CombinedEvent) -> list[str]:
    keys = []
    for r in event.rows:
        if r.event_id:
            keys.append(f"id:{r.event_id.strip().lower()}")
        if r.external_uid:
            keys.append(f"ext:{r.external_uid}")
    return sorted(set(keys))


def _value(v: Any) -> Any:
    if isinstance(v, (datetime, date)):
        return v.isoformat()
    if isinstance(v, (Status, Visibility)):
        return v.value
    if isinstance(v, tuple):
        return [_value(x) for x in v]
    return v


def published_fields(event: CombinedEvent) -> dict[str, Any]:
    """Fields whose change bumps SEQUENCE. ``exdates`` only when set, so events without
    cancelled occurrences keep the hash they had before EXDATE support."""
    return {f: _value(getattr(event, f)) for f in PUBLISHED_FIELDS
            if f != "exdates" or event.exdates}


def published_hash(event: CombinedEvent) -> str:
    """sha1 of the sorted-JSON published fields (sqlite-utils' stable hash habit)."""
    blob = json.dumps(published_fields(event), sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(blob.encode()).hexdigest()


@dataclass(frozen=True)
class RecordEntry:
    """One combined event as the record holds it (see :mod:`sheets_sync.record`)."""
    uid: str
    sequence: int
    created: datetime
    last_modified: datetime
    hash: str
    keys: tuple[str, ...]            # explicit and content keys seen last time
    contents: tuple[dict, ...]       # row_content() of its rows last time
    tabs: tuple[str, ...]
    snapshot: dict                   # published_fields() + sources, for removed events
    removed_at: datetime | None = None


@dataclass
class Reconciled:
    events: list[CombinedEvent]                 # every event to publish/report, with identity
    entries: list[RecordEntry]                  # the record after this sync (all events)
    history: list[tuple[str, str, dict]]        # (uid, change, {field: [old, new]})
    counts: dict[str, int] = field(default_factory=dict)


def _score(event: CombinedEvent, entry: RecordEntry) -> int:
    best = 0
    tabs = {r.source.tab for r in event.rows}
    for r in event.rows:
        c = row_content(r)
        for old in entry.contents:
            s = sum(1 for k in ("title", "start", "place", "description") if c[k] and c[k] == old.get(k))
            best = max(best, s + (1 if tabs & set(entry.tabs) else 0))
    return best


def _new_uid(event: CombinedEvent, domain: str, taken: set[str]) -> str:
    keys = explicit_keys(event)
    seed = keys[0] if keys else content_key(event.rows[0])
    base = hashlib.sha1(seed.encode()).hexdigest()[:20]
    uid, n = f"{base}@{domain}", 1
    while uid in taken:
        n += 1
        uid = f"{base}-{n}@{domain}"
    return uid


def snapshot_of(event: CombinedEvent) -> dict:
    return {**published_fields(event), "lead": event.lead,
            "sources": [str(s) for s in event.sources], "attendance": event.attendance}


def event_from_snapshot(entry: RecordEntry) -> CombinedEvent:
    """Rebuild a removed event from the record (it has no rows any more)."""
    s = entry.snapshot

    def when(v: str):
        return datetime.fromisoformat(v) if "T" in v else date.fromisoformat(v)

    return CombinedEvent(
        title=s["title"], start=when(s["start"]), end=when(s["end"]), all_day=s["all_day"],
        departments=tuple(s["departments"]), lead=s.get("lead"), rows=(),
        visibility=Visibility(s["visibility"]), status=Status(s["status"]),
        location=s["location"], address=s["address"], event_type=s["event_type"],
        description=s["description"], audience=s["audience"], language=s["language"],
        accessibility=s["accessibility"], registration_url=s["registration_url"], rrule=s["rrule"],
        exdates=tuple(date.fromisoformat(d) for d in s.get("exdates", ())),
        title_es=s["title_es"], description_es=s["description_es"], uid=entry.uid,
        sequence=entry.sequence, created=entry.created, last_modified=entry.last_modified,
        removed=True, attendance=s.get("attendance"), extra={"sources": s.get("sources", [])})


def reconcile(drafts: Sequence[CombinedEvent], record: Sequence[RecordEntry], now: datetime,
              uid_domain: str, removed_grace: timedelta) -> Reconciled:
    """Give every draft its identity from ``record``; see the module docstring.

    ``now`` is an aware UTC datetime. Returns the events to publish (active events and
    removed ones still inside the grace period), the full record after the sync, the change
    history and counts ``created/updated/unchanged/removed/restored``.
    """
    by_key: dict[str, RecordEntry] = {}
    for entry in sorted(record, key=lambda e: e.uid):
        for k in entry.keys:
            by_key.setdefault(k, entry)
    match: dict[int, RecordEntry] = {}
    used: set[str] = set()
    # pass 1 and 2: explicit keys, then exact content
    for pass_keys in (explicit_keys, lambda ev: sorted({content_key(r) for r in ev.rows})):
        for i, ev in enumerate(drafts):
            if i in match:
                continue
            for k in pass_keys(ev):
                entry = by_key.get(k)
                if entry is not None and entry.uid not in used:
                    match[i] = entry
                    used.add(entry.uid)
                    break
    # pass 3: near content, best score first
    left = [e for e in record if e.uid not in used]
    candidates = []
    for i, ev in enumerate(drafts):
        if i in match or explicit_keys(ev):
            continue
        for entry in left:
            s = _score(ev, entry)
            if s >= 3:
                candidates.append((-s, entry.uid, i, entry))
    for _, uid, i, entry in sorted(candidates, key=lambda c: (c[0], c[1], c[2])):
        if i in match or uid in used:
            continue
        match[i] = entry
        used.add(uid)

    taken = {e.uid for e in record}
    counts = dict(created=0, updated=0, unchanged=0, removed=0, restored=0)
    events: list[CombinedEvent] = []
    entries: list[RecordEntry] = []
    history: list[tuple[str, str, dict]] = []
    for i, ev in enumerate(drafts):
        h = published_hash(ev)
        entry = match.get(i)
        keys = tuple(sorted(set(explicit_keys(ev)) | {content_key(r) for r in ev.rows}))
        contents = tuple(row_content(r) for r in ev.rows)
        tabs = tuple(sorted({r.source.tab for r in ev.rows}))
        if entry is None:
            uid = _new_uid(ev, uid_domain, taken)
            taken.add(uid)
            seq, created, modified = 0, now, now
            counts["created"] += 1
            history.append((uid, "created", {}))
        else:
            uid, seq, created, modified = entry.uid, entry.sequence, entry.created, entry.last_modified
            if entry.hash != h or entry.removed_at is not None:
                old = entry.snapshot
                new = published_fields(ev)
                diff = {k: [old.get(k), new[k]] for k in new if old.get(k) != new[k]}
                seq, modified = seq + 1, now
                change = "restored" if entry.removed_at is not None else "updated"
                counts[change] += 1
                history.append((uid, change, diff))
            else:
                counts["unchanged"] += 1
        final = replace(ev, uid=uid, sequence=seq, created=created, last_modified=modified)
        events.append(final)
        entries.append(RecordEntry(uid, seq, created, modified, h, keys, contents, tabs,
                                   snapshot_of(final)))
    for entry in record:
        if entry.uid in used:
            continue
        if entry.removed_at is None:
            removed_at = now
            entry = replace(entry, sequence=entry.sequence + 1, last_modified=now, removed_at=now,
                            snapshot={**entry.snapshot, "removed": True})
            counts["removed"] += 1
            history.append((entry.uid, "removed", {"removed": [False, True]}))
        else:
            removed_at = entry.removed_at
        entries.append(entry)
        if now - removed_at <= removed_grace:
            events.append(event_from_snapshot(entry))
    events.sort(key=lambda e: (e.start.isoformat(), e.title, e.uid))
    return Reconciled(events, entries, history, counts)
