"""Stable identities: reconcile this sync's combined events with the combined record. Pure.

A subscriber's calendar knows an event only by its UID (RFC 5545 §3.8.4.7): a new UID for
the same event is a duplicate in every subscribed calendar. So each combined event ("draft")
is matched to the record event it continues, and keeps that event's UID.

**What is compared.** Each source row is reduced to its *content* (:func:`row_content`):
four **core fields** — ``title`` (case and spacing ignored), ``when`` (start and end),
``place`` (location and address, normalised as in :func:`~sheets_sync.merge.normalise_place`)
and ``description`` — plus **context** (tab, lead, partners, event type, audience,
visibility, status, registration URL, language, accessibility, repeats, Spanish text). The
tab's row number is kept only as a tie-breaker. The record holds the content of every row an
event had at the last sync.

**Matching rules**, applied in this order; every draft and every record event is matched at
most once, and within a rule the best candidate pair goes first (a draft residents still see
continuing an event they saw — a Public event split by staff's ``Different events`` from an
Internal row keeps its UID with its Public rows, what residents subscribed to — then a draft
holding the event's leading row, its first content, before one holding a partner's row only —
a joint event split by ``Different events`` keeps its UID with its own row — then fewest differing core
fields, then most equal non-blank values and the same tab and row number, then the most
similar text in the changed field, then a live event before a removed one, then the oldest
event, then the UID):

1. **Explicit keys** — a draft with an ``Event ID`` (or a calendar file's UID) that a record
   event had, or an ``Event ID`` equal to a record UID (copied from the Combined Events
   tab), continues that event, whatever else changed. An explicit Event ID always wins.
2. **Same content** — a draft row whose four core fields all equal a row the record event
   had (tab, row number and context may differ). Sorting a tab, inserting or deleting other
   rows, moving a row to another tab, adding a partner department, logging the event in a
   second tab and merging rows in another order all keep the UID this way. Not through a
   partner's row alone when the event's leading row (the host's) now stands in another draft
   with only its date and times changed and the partner's draft has another title: the host
   moved its event further than the merge keeps the two rows together, and the event goes
   with the host by rule 3 (:func:`_lead_moved`). Nor through partners' rows alone when the
   host deleted the event's leading row (no row of its tab could be it edited) and none of
   them is titled as the event (a part naming it, "Traffic control for Turkey Trot", is not):
   the event is removed — published as cancelled — and the partners' rows, now an event of
   their own, each get a Validation warning (:func:`_host_gone`, :func:`left_rows`).
3. **One core field changed** — a draft row and a *live* record row that differ in exactly
   one of the four core fields. So editing the title, the time, the place *or* the
   description between two syncs keeps the UID. (Candidate pairs come from blocking on each
   three-of-four projection of the core fields, among only the drafts and events that rules
   1 and 2 left unmatched, so a sync that changed a few rows compares a few pairs; a whole
   series moved to another time at once is still compared occurrence by occurrence.)
4. **Same position** — a draft row at the same tab and row number as a *live* record row
   with at least two of the four core fields equal, at least one of them filled in. This
   catches two fields edited in place (no sort in between).

Rules 1 and 2 never pair a draft and a record event whose Event IDs are both set and differ.
Rules 3 and 4 never pair two calendar-file rows of different VEVENTs (both rows have a
calendar UID and they differ, :func:`vevent_uid`; the occurrences of one series are one
VEVENT's): a calendar row's identity follows its file's own UID, not its row number, so an
event deleted from an export never hands its published UID to one that took its place or
differs from it in one field; the deleted one is published as cancelled.
Removed events are only brought back by rules 1 and 2 (staff typing the event again as it
was); a new event that merely resembles one deleted long ago is a new event. The same holds
for the calendar rows of an event carried past its calendar's read window (:func:`carried`):
the next meeting of a series is not paired with an old one by rules 3 and 4.

**Limits** (what needs an ``Event ID``): changing two or more core fields at once *and*
sorting the tab in between gives a new UID (the old one is published as cancelled); an event
deleted and a different one typed in the same interval that differs from it in only one core
field (for example the same title, place and description on another day) takes over its
UID.
Look-alike events that differ in one field only (block parties on the same evening at
different addresses), several of them edited in that field in one interval, keep their own
UIDs when each new value is closest to its own old value.

**Which row's values win** when rows merge is decided before this step, from the record's
contents (:mod:`sheets_sync.seen`): the row seen first, never the row number.

**New events** get ``sha1`` of their first explicit key, or of their earliest row's
title/start/place, so rebuilding the record from an empty file gives the same UIDs; a clash
with a UID already in the record gets a ``-2``/``-3`` suffix.

**SEQUENCE and LAST-MODIFIED** (RFC 5545 §3.8.7.4, §3.8.7.3) rise together when the hash of
the published fields (:data:`PUBLISHED_FIELDS`, with removal folded into the status) changes
and stay put otherwise; the feed's DTSTAMP is LAST-MODIFIED, so an unchanged sheet gives
byte-identical feeds. The public files keep a SEQUENCE and LAST-MODIFIED of their own for an
event whose public view differs from it (Internal rows: :func:`public_part`,
:func:`public_state`), raised only when that view changes, so an edit of an Internal row alone
moves nothing in the public calendars or the Atom feed; the record keeps them, with the view's
fields, in the snapshot's ``public`` part (absent, as in records written before, when the public
files show the event as it is).

**Removed and cancelled.** A record event that no draft continues is *removed* (unless its
source is held this time, or it is a calendar event past that calendar's read window:
:func:`carried`): it stays in the record, and is published with ``STATUS:CANCELLED``
(SEQUENCE bumped) for the grace period, then left out of feeds. An event whose Status is
Cancelled is published the same way: cancelled for the grace period counted from when it was
first seen cancelled, then left out of feeds; it stays in the record and the reports. A
removed event that comes back is *restored*.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from operator import attrgetter
from typing import Any, Callable, Collection, Iterable, Mapping, Sequence
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz

from .jsonbytes import text as json_text
from .matching import coverage_word, retitled, title_part, title_words
from .merge import normalise_place, public_view
from .model import (CombinedEvent, EventRow, MergeEvidence, SourceRef, Status, Visibility, replace_event,
                    slot_init)
from .timeutil import iso_text

PUBLISHED_FIELDS = ("title", "start", "end", "all_day", "location", "address", "description",
                    "status", "departments", "lead", "event_type", "registration_url", "rrule",
                    "exdates", "visibility", "audience", "language", "accessibility", "title_es",
                    "description_es")
CORE = ("title", "when", "place", "description")
CONTEXT = ("tab", "lead", "partners", "event_type", "audience", "visibility", "status",
           "registration_url", "language", "accessibility", "repeats", "title_es", "description_es")


def _norm(text: str) -> str:
    return " ".join(str(text).lower().split()) if text != "" else ""   # most cells are blank


#: a row's text as :func:`row_content` compares it (case and spacing ignored)
row_text = _norm


def row_place(row: EventRow) -> str:
    """A row's ``place`` as :func:`row_content` has it: location and address, normalised."""
    location, address = row.location or "", row.address or ""
    return normalise_place(f"{location} {address}" if location and address else location or address)


_iso = iso_text


def row_content(row: EventRow) -> dict[str, Any]:
    """A row's content for matching: the core fields, the context and its position
    (``start`` alone too, for :mod:`sheets_sync.seen`).

    Private columns (Contact, Internal Notes) are left out: the record never stores them.
    A calendar file's row also has ``uid``, its VEVENT's UID (:func:`vevent_uid`), when it
    has a real one.
    """
    start = iso_text(row.start)
    content = {
        "title": _norm(row.title), "when": f"{start}/{_iso(row.end)}", "start": start,
        "place": row_place(row),
        "description": _norm(row.description),
        "tab": row.source.tab, "row": row.source.row, "lead": row.lead or "",
        "partners": ", ".join(sorted(row.partners)), "event_type": _norm(row.event_type),
        "audience": _norm(row.audience), "visibility": row.visibility.value,
        "status": row.status.value, "registration_url": row.registration_url,
        "language": _norm(row.language), "accessibility": _norm(row.accessibility),
        "repeats": _norm(row.repeats), "title_es": _norm(row.title_es),
        "description_es": _norm(row.description_es),
    }
    if row.external_uid and (uid := vevent_uid(row.external_uid)):
        content["uid"] = uid          # a calendar file's own identity (a workbook row has none)
    return content


#: the ``#<original start>`` :func:`~sheets_sync.backends.ics_source.read_calendar` appends to
#: a series occurrence's UID (its RECURRENCE-ID, or its start: an ISO date or date-time)
_OCCURRENCE = re.compile(r"#\d{4}-\d{2}-\d{2}(?:T[0-9:.]+(?:[+-][0-9:]+|Z)?)?$")


def vevent_uid(external_uid: str) -> str:
    """The UID of the VEVENT a calendar row came from (RFC 5545 §3.8.4.7): the row's
    ``External UID`` without a series occurrence's ``#<original start>``; ``""`` for none
    and for the ``nouid-…`` stand-in of a VEVENT that had no UID (derived from its title and
    start, so it changes with them and says nothing about identity). Pure.

    >>> vevent_uid("a@outlook"), vevent_uid("s@x#2026-10-02T18:00:00-04:00"), vevent_uid("nouid-1f")
    ('a@outlook', 's@x', '')
    """
    if not external_uid or external_uid.startswith("nouid-"):
        return ""
    return _OCCURRENCE.sub("", external_uid)


def _other_vevent(draft: Mapping[str, Any], old: Mapping[str, Any], entry: RecordEntry) -> bool:
    """Whether a draft row and a recorded row came from two different VEVENTs (both have a
    calendar UID and they differ, :func:`vevent_uid`): rules 3 and 4 never pair them, so a
    VEVENT deleted from an export never hands its published UID to another that took its
    place in the file or differs from it in one field — the file's own UIDs say they are two
    events. A record written before contents kept ``uid`` has it only in the event's keys
    (``ext:<External UID>``): a recorded row of the draft row's calendar file counts as
    another VEVENT when none of those keys is the draft row's UID."""
    uid = draft.get("uid")
    if not uid:
        return False
    if "uid" in old:
        return old["uid"] != uid
    if old.get("tab") != draft.get("tab"):
        return False
    ext = {vevent_uid(k[4:]) for k in entry.keys if k.startswith("ext:")} - {""}
    return bool(ext) and uid not in ext


def _core(c: Mapping[str, Any]) -> tuple[str, ...]:
    """A row content's core fields (:data:`CORE`) as text: what makes two contents one row's."""
    return tuple(str(c.get(k, "")) for k in CORE)


def joined_others(gone: Iterable[RecordEntry], live: Iterable[RecordEntry]) -> set[str]:
    """UIDs of ``gone`` events each of whose rows, as typed, is now a row of a ``live`` event:
    merged into it (staff answered ``Same event``), not deleted. By content, so rows moved up
    by a deletion are not taken for merged ones (the published files name merged events by
    position: :func:`public_feed.publish.merged_away`)."""
    kept = {_core(c) for e in live for c in e.contents}
    return {e.uid for e in gone if e.contents and all(_core(c) in kept for c in e.contents)}


def explicit_keys(event: CombinedEvent) -> list[str]:
    """``id:<event id>`` (lower case) and ``ext:<calendar uid>`` of every row, sorted."""
    keys = set()
    for r in event.rows:
        if r.event_id.strip():
            keys.add(f"id:{r.event_id.strip().lower()}")
        if r.external_uid:
            keys.add(f"ext:{r.external_uid}")
    return sorted(keys)


def _value(v: Any) -> Any:
    kind = type(v)
    if kind is str or v is None or kind is bool:
        return v                # most published fields (issue 17: checked first)
    if kind is datetime:        # (exact types first, issue 17, p17ae; subclasses below)
        return iso_text(v)
    if kind is Status or kind is Visibility:
        return v._value_        # (what ``.value`` returns, without the enum's property)
    if kind is tuple:
        return [x if type(x) is str else _value(x) for x in v]
    if isinstance(v, (datetime, date)):
        return iso_text(v)
    if isinstance(v, (Status, Visibility)):
        return v.value
    if isinstance(v, tuple):
        return [x if type(x) is str else _value(x) for x in v]
    return v


_published = attrgetter(*PUBLISHED_FIELDS)


def published_fields(event: CombinedEvent) -> dict[str, Any]:
    """The fields subscribers and the public page see, whose change bumps SEQUENCE; a
    removed event's status is Cancelled (what subscribers see). ``exdates`` only when set,
    so events without cancelled occurrences keep the hash they had before EXDATE support."""
    out = {f: v if type(v) is str else _value(v) for f, v in zip(PUBLISHED_FIELDS, _published(event))}
    if not event.exdates:
        del out["exdates"]          # (the other keys keep their order)
    if event.removed:
        out["status"] = Status.CANCELLED.value
    return out


def public_part(event: CombinedEvent, fields: dict[str, Any], h: str) -> tuple[CombinedEvent, dict[str, Any], str]:
    """``(view, its published fields, its hash)`` of what the public files show of ``event``
    (:func:`sheets_sync.merge.public_view` for a Public event with Internal rows); ``event``
    with its own ``fields`` and hash ``h`` otherwise."""
    if len(event.rows) > 1 and event.is_public and any(r.visibility is not Visibility.PUBLIC for r in event.rows):
        view = public_view(event)
        shown = published_fields(view)
        return view, shown, published_hash(view, shown)
    return event, fields, h


def public_state(entry: RecordEntry) -> tuple[int, datetime, str] | None:
    """``(SEQUENCE, LAST-MODIFIED, published hash)`` of what the public files last showed of
    ``entry`` (RFC 5545 §3.8.7.4: the public SEQUENCE rises only when *they* change, not for
    an edit of an Internal row): its snapshot's ``public`` part when the record keeps one,
    else the event's own (the public files showed the event as it is). ``None`` for an event
    that had Internal and Public rows in a record written before public parts were kept: its
    public SEQUENCE was the event's, so it follows the event's once more, then is kept."""
    shown = entry.snapshot.get("public")
    if shown is not None:
        return shown["sequence"], datetime.fromisoformat(shown["last_modified"]), shown["hash"]
    seen = {c.get("visibility") for c in entry.contents}
    if Visibility.INTERNAL.value in seen and Visibility.PUBLIC.value in seen:
        return None
    return entry.sequence, entry.last_modified, entry.hash


def _public_snapshot(shown: CombinedEvent, fields: dict[str, Any], h: str) -> dict[str, Any]:
    """A snapshot's ``public`` part: what :func:`event_from_snapshot` needs to publish the
    public view ``shown`` once the event has no rows, its SEQUENCE, LAST-MODIFIED and hash."""
    return {**fields, "lead": shown.lead, "attendance": shown.attendance, "sequence": shown.sequence,
            "last_modified": shown.last_modified.isoformat(), "hash": h}


def _published_snapshot(snapshot: dict) -> dict[str, Any]:
    """:func:`published_fields` as the record stored them (for the history's diffs)."""
    out = {f: snapshot.get(f) for f in PUBLISHED_FIELDS if f != "exdates" or snapshot.get("exdates")}
    if snapshot.get("removed"):
        out["status"] = Status.CANCELLED.value
    return out


#: ``json.dumps(v, sort_keys=True, ensure_ascii=False)`` with its encoder made once (issue 17)
_sorted_json = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode


def published_hash(event: CombinedEvent, fields: dict[str, Any] | None = None) -> str:
    """sha1 of the sorted-JSON published fields (sqlite-utils' stable hash habit);
    ``fields`` is ``published_fields(event)`` when the caller has it already. The JSON is
    ``json.dumps(fields, sort_keys=True, ensure_ascii=False)``'s text, written by msgspec
    (:func:`sheets_sync.jsonbytes.text`; issue 17, p17ae: the same hash, a quarter of the
    stdlib encoder's CPU — the fields are text, ``None``, ``bool`` and lists of text)."""
    blob = json_text(fields or published_fields(event), sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(blob.encode()).hexdigest()


@slot_init           # issue 17, p17ae: 76,000 entries a 100k-row first sync, no __dict__ each
@dataclass(frozen=True, slots=True)
class RecordEntry:
    """One combined event as the record holds it (see :mod:`sheets_sync.record`).

    Times are aware UTC datetimes. ``keys`` are the explicit keys it had last time,
    ``contents`` the :func:`row_content` of its rows last time, ``snapshot`` its published
    fields plus ``lead``/``sources``/``attendance``/``tzid`` (enough to publish it once it
    has no rows) and, when the public files show it otherwise (Internal rows), ``public``:
    that view's fields with its own ``sequence``, ``last_modified`` and ``hash``
    (:func:`public_state`). ``cancelled_at``: when its Status was first seen Cancelled (None if not).
    """
    uid: str
    sequence: int
    created: datetime
    last_modified: datetime
    hash: str
    keys: tuple[str, ...]
    contents: tuple[dict, ...]
    tabs: tuple[str, ...]
    snapshot: dict
    removed_at: datetime | None = None
    cancelled_at: datetime | None = None

    def gone_since(self) -> datetime | None:
        """Since when subscribers have seen it cancelled (removal or Status), else None."""
        times = [t for t in (self.removed_at, self.cancelled_at) if t is not None]
        return min(times) if times else None


@dataclass
class Reconciled:
    """The outcome of :func:`reconcile`.

    ``events``: every event in the record after this sync (live ones with rows, removed ones
    rebuilt from the record), for reports; ``published``: the subset that feeds and pages
    show (expired cancellations left out); ``entries``: the record to save; ``history``:
    ``(uid, change, {field: [old, new]})``; ``counts``: created/updated/unchanged/removed/
    restored.
    """
    events: list[CombinedEvent]
    entries: list[RecordEntry]
    history: list[tuple[str, str, dict]]
    counts: dict[str, int] = field(default_factory=dict)
    published: list[CombinedEvent] = field(default_factory=list)
    held: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)  # uid → rejected rows
    # a new row inside a held event (its place, during one of its rows' hours): row → the held event's uid;
    # it waits, unpublished, until the held source reads again
    waiting: dict[tuple[str, int], str] = field(default_factory=dict)
    # a partner's row of a joint event removed this sync because its host's row is gone: row → that uid
    left: dict[tuple[str, int], str] = field(default_factory=dict)


def content_key(row: EventRow) -> str:
    """``row:<title>|<start>|<place>``: the seed of a new event's UID. Records written
    before contents were kept per field hold these keys, and still match through them."""
    return f"row:{_norm(row.title)}|{_iso(row.start)}|{normalise_place(row.location or row.address)}"


def _new_uid(event: CombinedEvent, domain: str, taken: set[str]) -> str:
    keys = explicit_keys(event)
    seed = keys[0] if keys else content_key(event.rows[0])
    base = hashlib.sha1(seed.encode()).hexdigest()[:20]
    uid, n = f"{base}@{domain}", 1
    while uid in taken:
        n += 1
        uid = f"{base}-{n}@{domain}"
    return uid


def snapshot_of(event: CombinedEvent, fields: dict[str, Any] | None = None) -> dict:
    """What the record keeps to publish the event once it has no rows. An event with a row
    from a calendar file also keeps why its rows merged (``evidence``) and the departments an
    accepted offer added (``offer_partners``), each when there are any: such an event is
    rebuilt from this snapshot for as long as it stays carried (:func:`carried`), so the
    Combined Events tab must show it as before. (Other events do not: their snapshot, and so
    the record, stays as it was.)"""
    tzid = getattr(getattr(event.start, "tzinfo", None), "key", None)
    out = {**(fields or published_fields(event)), "removed": event.removed, "lead": event.lead,
           "sources": list(event.source_labels), "attendance": event.attendance, "tzid": tzid}
    if (event.evidence or event.partners_from_offers) and any(r.external_uid for r in event.rows):
        if event.evidence:
            out["evidence"] = [[e.a.tab, e.a.row, e.b.tab, e.b.row, e.score, list(e.matched), e.decided_by]
                               for e in event.evidence]
        if event.partners_from_offers:
            out["offer_partners"] = list(event.partners_from_offers)
    return out


def event_from_snapshot(entry: RecordEntry) -> CombinedEvent:
    """Rebuild a removed event from the record (it has no rows any more), with its public
    view (``shown``) when the record keeps one (:func:`public_state`)."""
    s = entry.snapshot
    removed = bool(s.get("removed", True))
    event = _from_fields(s, entry.uid, entry.sequence, entry.created, entry.last_modified, removed)
    shown = s.get("public")
    if shown is None:
        return event
    return replace_event(event, shown=_from_fields(
        {"tzid": s.get("tzid"), "sources": s.get("sources", []), **shown}, entry.uid, shown["sequence"],
        entry.created, datetime.fromisoformat(shown["last_modified"]), removed))


def _from_fields(s: Mapping[str, Any], uid: str, sequence: int, created: datetime | None,
                 last_modified: datetime | None, removed: bool) -> CombinedEvent:
    """A row-less event of ``s``: a snapshot (:func:`snapshot_of`) or its public part."""
    tz = ZoneInfo(s["tzid"]) if s.get("tzid") else None

    def when(v: str):
        if "T" not in v:
            return date.fromisoformat(v)
        value = datetime.fromisoformat(v)
        return value.astimezone(tz) if tz else value

    return CombinedEvent(
        title=s["title"], start=when(s["start"]), end=when(s["end"]), all_day=s["all_day"],
        departments=tuple(s["departments"]), lead=s.get("lead"), rows=(),
        visibility=Visibility(s["visibility"]), status=Status(s["status"]),
        location=s["location"], address=s["address"], event_type=s["event_type"],
        description=s["description"], audience=s["audience"], language=s["language"],
        accessibility=s["accessibility"], registration_url=s["registration_url"], rrule=s["rrule"],
        exdates=tuple(date.fromisoformat(d) for d in s.get("exdates", ())),
        title_es=s["title_es"], description_es=s["description_es"], uid=uid,
        sequence=sequence, created=created, last_modified=last_modified,
        removed=removed, attendance=s.get("attendance"),
        evidence=tuple(MergeEvidence(SourceRef(at, ar), SourceRef(bt, br), score, tuple(matched), by)
                       for at, ar, bt, br, score, matched, by in s.get("evidence", ())),
        partners_from_offers=tuple(s.get("offer_partners", ())),
        extra={"sources": s.get("sources", [])})


def before_window(entry: RecordEntry, first_day: date) -> bool:
    """Whether ``entry``'s recorded occurrence lies wholly before ``first_day`` (a city-local
    date): its last day — :func:`public_feed.ics.last_touched_day`, the feeds' own rule (an
    all-day end date or a timed end at local midnight is exclusive; a series with no end has
    no last day, so it is never before) — is earlier. A calendar file read from
    ``first_day`` on (:func:`sheets_sync.backends.ics_source.read_calendar`'s ``window``) does
    not yield such an occurrence. Pure."""
    from public_feed.ics import last_touched_day      # (icalendar: not loaded by a skipped run)
    last = last_touched_day(event_from_snapshot(entry))
    return last is not None and last < first_day


def carried(entry: RecordEntry, windows: Mapping[str, date], read: Iterable[str] = ()) -> bool:
    """Whether :func:`reconcile` carries ``entry`` forward exactly as the record has it (same
    UID, SEQUENCE, fields, departments and so joint status and counts) instead of removing it
    or updating it from this read: the one rule for calendar events that aged out of the read.

    ``windows``: each *configured* calendar file's tab title (its file name,
    :func:`~sheets_sync.backends.ics_source.calendar_tab_title`) → the first city-local date it
    is read from (today − ``feed.past_days``), or the later date its export is known from
    (:func:`sheets_sync.export_range.covered_from`: its earliest event, at most today); ``read``: the tabs this read's rows of the event
    come from (the rows of the draft that continues it; none when no draft does).

    True when the entry is not removed, had a row in such a calendar that gave it no row this
    time, and its occurrence lies wholly before that calendar's first day
    (:func:`before_window`): the calendar is no longer read there, so the event's absence says
    nothing — whether the file still holds it or AutoArchive or a clean-up cleared it — and past
    months' counts must not shrink. A joint event whose other rows (a workbook tab) are still
    read is carried too: its calendar part still joins it (its department stays, the merged
    event does not change; edits to those other rows of so old an event are not applied).
    Otherwise False: an event inside the window that is gone from the file is removed as any
    deleted row's event; a calendar taken out of the config is not in ``windows``, so its events
    are removed like any gone source's (or held by :func:`sheets_sync.guard.empty_sources`).
    """
    if not windows or entry.removed_at is not None:
        return False
    read = set(read)
    firsts = [windows[t] for t in entry.tabs if t in windows and t not in read]
    return bool(firsts) and before_window(entry, max(firsts))


# -- matching ---------------------------------------------------------------------------------
def _entry_keys(entry: RecordEntry) -> set[str]:
    uid = entry.uid.lower()
    return set(entry.keys) | {f"id:{uid}", f"id:{uid.split('@', 1)[0]}"}


def _ids(keys: Iterable[str]) -> set[str]:
    return {k for k in keys if k.startswith("id:")}


def _compare(a: dict, b: dict) -> tuple[int, int, float]:
    """How alike two row contents are: (number of differing core fields, number of equal
    non-blank fields plus one for the same tab and row number, similarity 0–100 of the
    differing core fields' texts — rapidfuzz ``ratio``, 100 when none differ)."""
    changed = [k for k in CORE if str(a.get(k, "")) != str(b.get(k, ""))]
    same = sum(1 for k in CORE + CONTEXT if a.get(k) and a.get(k) == b.get(k))
    same += a.get("tab") == b.get("tab") and a.get("row") == b.get("row")
    close = min((fuzz.ratio(str(a.get(k, "")), str(b.get(k, ""))) for k in changed), default=100.0)
    return len(changed), same, close


def _hides(entry: RecordEntry, draft: CombinedEvent) -> bool:
    """``entry`` was published (a Public event) and ``draft`` would not be (every row Internal):
    its UID goes to a draft that residents still see when one continues it as well."""
    return draft.visibility is not Visibility.PUBLIC and entry.snapshot.get("visibility") == Visibility.PUBLIC.value


def _pair(rule: int, differ: int, same: int, close: float, entry: RecordEntry, i: int, j: int,
          draft: CombinedEvent, partner: bool = False) -> tuple:
    """A candidate pair's sort key, best first: ``partner`` — the draft continues the event
    through one of its other rows, not its leading row (its first content: the row its title
    and hours came from), or through a row that is not the draft's own leading row — ranks
    after a draft holding the leading row, so when a joint event falls apart (staff answered
    ``Different events``) its UID goes with its own row, and when two published events become
    one (staff answered ``Same event``) the UID of the event whose row leads continues it."""
    return (rule, _hides(entry, draft), partner, differ, -same, -close, entry.removed_at is not None,
            entry.created, entry.uid, i, j)


def _conflict(ids: set[str], entry: RecordEntry) -> bool:
    """Both have Event IDs and they differ (rules 1 and 2 never pair those)."""
    other = _ids(entry.keys) if ids else ()
    return bool(ids and other and not ids & other)


def _key_candidates(drafts: Sequence[CombinedEvent], contents_of: Sequence[Sequence[dict]],
                    record: Sequence[RecordEntry], hidden: Collection[int] = ()
                    ) -> tuple[list[tuple], set[tuple[int, int]]]:
    """The candidate pairs of rules 1 and 2 (explicit keys, same content), as
    ``(rule, hides, partner, differ, -same, -close, removed, created, uid, i, j)`` (:func:`_hides`,
    :func:`_compare`), best first: one per ``(i, j)``, its best — less the rule 2 pairs of an
    event whose host moved its row far or deleted it (:func:`_lead_moved`; ``hidden``: the
    record events whose calendar rows are carried, not read); second, the pairs of an
    event whose host deleted its row, which rules 3–4 do not pair either (:func:`_host_gone`);
    third, the rule 2 pairs through a partner's row only of a draft whose leading row was
    edited since, taken after rules 3–4 (:func:`match`). Costs O(rows) plus the explicit-key
    pairs."""
    by_key: dict[str, list[int]] = {}
    exact: dict[tuple, list[tuple[int, dict]]] = {}
    for j, entry in enumerate(record):
        for k in _entry_keys(entry):
            by_key.setdefault(k, []).append(j)
        for c in entry.contents:
            exact.setdefault(_core(c), []).append((j, c))
    out: dict[tuple[int, int], tuple] = {}
    later: dict[tuple[int, int], tuple] = {}

    def offer(cand: tuple) -> None:
        i, j = cand[-2:]
        if (i, j) not in out or cand < out[(i, j)]:
            out[(i, j)] = cand

    for i, ev in enumerate(drafts):
        keys = explicit_keys(ev)
        contents = contents_of[i]
        for k in keys:
            for j in by_key.get(k, ()):
                best = min((_compare(c, old) for c in contents for old in record[j].contents),
                           key=lambda x: (x[0], -x[1], -x[2]), default=(len(CORE), 0, 0.0))
                offer(_pair(1, *best, record[j], i, j, ev))
        ids = _ids(keys)
        for r, c in zip(ev.rows, contents):
            for j in by_key.get(content_key(r), ()):           # a record from the first release
                offer(_pair(2, 0, 0, 100.0, record[j], i, j, ev))
            for j, old in exact.get(_core(c), ()):
                partner = old is not record[j].contents[0] or c is not contents[0]
                if not _conflict(ids, record[j]) and not (partner and _left_joint(record[j])):
                    offer(_pair(2, *_compare(c, old), record[j], i, j, ev, partner))
    moved, gone = _lead_moved(contents_of, record, exact, hidden)
    for pair in moved | gone:
        if pair in out and out[pair][0] == 2:
            del out[pair]
    # through a partner's row only, while the draft's leading row was edited since: after
    # rules 3–4, so the event of the leading row, edited, goes first (a helper's check: staff
    # answered "Same event" for Fire's visit and Police's party and fixed the party's start in
    # one week, and the party was published under the visit's UID, its own cancelled)
    for (i, j), cand in list(out.items()):
        if cand[0] == 2 and cand[2] and _core(contents_of[i][0]) not in exact:
            later[(i, j)] = out.pop((i, j))
    return sorted(out.values()), gone, sorted(later.values())


def _left_joint(entry: RecordEntry) -> bool:
    """``entry`` is a removed joint event (two tabs or more): continued only through its own
    leading row, never through a partner's part left behind (v17 F4: the last part left of a
    bash its host deleted took the bash's UID back, CONFIRMED, under the part's title)."""
    return entry.removed_at is not None and len(set(entry.tabs)) >= 2


def _lead_moved(contents_of: Sequence[Sequence[dict]], record: Sequence[RecordEntry],
                known: Collection[tuple], hidden: Collection[int] = ()
                ) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """The rule 2 pairs ``(draft, record event)`` left to rules 3–4: a live event of two or
    more tabs whose leading row (its first content: the row its title and hours came from) is
    now in another draft with its date and times changed, its place and description not, its
    title the same or still recognisably it (:func:`sheets_sync.matching.retitled`) — the host
    moved its event further than the merge keeps a moved row with its partners
    (:data:`sheets_sync.moved.WINDOW_DAYS`) — while this draft continues it through a
    partner's row only, under another title. The event, and its UID, go with the host's row
    (as a one-department event moved any distance keeps its UID by rule 3; retitled too, by
    rule 4 when edited in place, else it is cancelled and the host's row is a new event):
    subscribers never see their festival retitled as the partner's visit left on the old
    date, which becomes an event of its own. The same when the leading row is found in its
    own tab with only its place changed (moved indoors before the partner updated its row),
    or typed over in place — same tab, row, place and description — whatever its new title
    and date (:func:`_lead_keys`). The host's row is a row edited since (its core
    fields are no row's in the record, ``known``): a session of the same series on another
    date is not the event moved. Returned with, second, the pairs of an event whose host's
    row is gone (:func:`_host_gone`; not the events in ``hidden``, whose calendar rows are
    carried unread), which no rule pairs. O(rows)."""
    joint = [j for j, e in enumerate(record)
             if e.removed_at is None and len(e.contents) >= 2 and len(set(e.tabs)) >= 2]
    if not joint:
        return set(), set()
    holders: dict[tuple, set[int]] = {}          # a row's core fields → the drafts holding it
    for i, contents in enumerate(contents_of):
        for c in contents:
            holders.setdefault(_core(c), set()).add(i)
    leads: dict[tuple, list[tuple[int, str]]] = {}   # (place, description) → (event, lead title)
    for j in joint:
        if (lead := _core(record[j].contents[0])) not in holders:
            leads.setdefault(lead[2:], []).append((j, lead[0]))
    if not leads:
        return set(), set()
    moved_to: dict[int, set[int]] = {}          # record event → drafts holding its lead row, moved
    for core, drafts in holders.items():
        if core in known or core[2:] not in leads:
            continue
        for j, title in leads[core[2:]]:
            if core[0] == title or retitled(title_words(title), title_words(core[0])):
                moved_to.setdefault(j, set()).update(drafts)
    # the lead row given another place in its own tab (moved indoors), its title, hours and
    # description as they were, while the partner's row still names the old place
    # description as they were, while the partner's row still names the old place; or edited
    # in place (its tab and row) with its place and description as they were, whatever its
    # new title and date ("Harvest Festival" 10/10 → "Fall Family Day" 11/21)
    replaced: dict[tuple, list[int]] = {}       # (title, when, description, tab) / (place, ..., row) → events
    for j in joint:
        lead = record[j].contents[0]
        if _core(lead) not in holders:
            for key in _lead_keys(lead):
                replaced.setdefault(key, []).append(j)
    if replaced:
        for i, contents in enumerate(contents_of):
            for c in contents:
                if _core(c) in known:
                    continue
                for key in _lead_keys(c):
                    for j in replaced.get(key, ()):
                        moved_to.setdefault(j, set()).add(i)
    out: set[tuple[int, int]] = set()
    for j, hosts in moved_to.items():
        if len(hosts) != 1:
            continue
        entry, [k] = record[j], hosts
        title = _core(entry.contents[0])[0]
        partners = {i for c in entry.contents[1:] for i in holders.get(_core(c), ())} - {k}
        out.update((i, j) for i in partners if not any(_core(c)[0] == title for c in contents_of[i]))
    return out, _host_gone(contents_of, record, holders, known,
                           [j for js in leads.values() for j, _ in js if j not in moved_to and j not in hidden])


def _host_gone(contents_of: Sequence[Sequence[dict]], record: Sequence[RecordEntry],
               holders: Mapping[tuple, set[int]], known: Collection[tuple],
               gone: Sequence[int]) -> set[tuple[int, int]]:
    """The pairs ``(draft, record event)`` no rule pairs because the event's host deleted its
    row: of the joint events ``gone`` (indexes: their leading row is in no draft, nor moved),
    those whose leading row's tab has no row that could be it edited (a row new since the last
    sync — its core fields are no row's in the record, ``known``: not the other dates of a
    series, nor another event with the same stock description — with two of the four core
    fields equal and filled in), paired with a draft holding one of the event's partners' rows
    — a draft with no row of that tab and no title that is the event's, or still recognisably
    it (:func:`_names_event`): not by rule 2, nor by rules 3–4 (a partner's row with the
    host's hours and place differs from the host's row in its title only). The event is then removed
    (cancelled for subscribers) instead of living on under a partner's coverage row ("Traffic
    posts" for the "Back to School Bash" Parks deleted); its partners' rows are new events,
    each warned (:func:`left_rows`). A partner's row titled as the event itself keeps it.
    Costs O(rows of the leads' tabs) when there is a candidate, else nothing."""
    if not gone:
        return set()
    tabs = {record[j].contents[0].get("tab") for j in gone}
    pairs = [(a, b) for a in range(len(CORE)) for b in range(a + 1, len(CORE))]
    edited: set[tuple] = set()               # (tab, two core fields' positions and values) of rows there
    for contents in contents_of:
        for c in contents:
            if (tab := c.get("tab")) in tabs and (core := _core(c)) not in known:
                edited.update((tab, a, b, core[a], core[b]) for a, b in pairs if core[a] and core[b])
    out: set[tuple[int, int]] = set()
    for j in gone:
        entry = record[j]
        lead, tab = _core(entry.contents[0]), entry.contents[0].get("tab")
        if any((tab, a, b, lead[a], lead[b]) in edited for a, b in pairs if lead[a] and lead[b]):
            continue                         # the host's row may be there, edited
        words = title_words(lead[0])
        peers = _no_host_named(entry.contents)
        for i in {i for c in entry.contents[1:] for i in holders.get(_core(c), ())}:
            if not any(c.get("tab") == tab or _core(c)[0] == lead[0] or _names_event(words, _core(c)[0])
                       or (peers and _whole_event(c, entry.contents[0])) for c in contents_of[i]):
                out.add((i, j))
    return out


def _no_host_named(contents: Sequence[Mapping[str, Any]]) -> bool:
    """No row of an event names a host in the department columns (no Partner Departments, no
    Lead Department shared by rows of two tabs): each department logged the event as its own,
    and the row that led it was one of equals."""
    tabs = {c.get("tab") for c in contents}
    return not any(c.get("partners") for c in contents) and \
        len({c.get("lead") or c.get("tab") for c in contents}) >= len(tabs)


def _whole_event(c: Mapping[str, Any], lead: Mapping[str, Any]) -> bool:
    """A partner's row ``c`` is the event itself, logged by its department as its own, not its
    part of it: the leading row's hours (:func:`_same_hours`; its place agreed, or the two were
    not one event), and a title naming no part, unit or
    coverage (:func:`~sheets_sync.matching.title_part`, :func:`~sheets_sync.matching.coverage_word`,
    :data:`_ADDED_PART`). A fresh city's check: Parks' "Downtown Community Cleanup" and Community
    Safety's "Litter Pick-Up (downtown)", 9–12:30 at one address, neither naming the other; when
    Community Safety deleted its row (it had led), the cleanup was cancelled and Parks' row
    published as a new event, left out of the count."""
    title = c.get("title", "")
    return _same_hours(c.get("when", ""), lead.get("when", "")) and not (
        coverage_word(title) or title_part(title) or _ADDED_PART.search(title))


#: how far a department's own row of the event may start (then end) from the leading row's and
#: still be the event as it logged it (an adversarial helper's check: "9–12" beside "9–12:30")
_OWN_START, _OWN_END = timedelta(minutes=15), timedelta(minutes=60)


def _same_hours(a: str, b: str) -> bool:
    """Two contents' ``when`` (``start/end``, ISO) are one event's hours: equal, or starts
    within :data:`_OWN_START` and ends within :data:`_OWN_END` of each other."""
    if a == b:
        return True
    try:
        (s1, e1), (s2, e2) = ((datetime.fromisoformat(t) for t in w.split("/")) for w in (a, b))
        return abs(s1 - s2) <= _OWN_START and abs(e1 - e2) <= _OWN_END
    except (TypeError, ValueError):     # a date against a date-time, or no hours
        return False


#: words added to an event's title that make it a department's part of the event ("Police at the
#: Back to School Bash", "Back to School Bash - traffic")
_ADDED_PART = re.compile(r"\b(?:police|pd|ems|fire|fd|sheriffs?|deput(?:y|ies)|officers?|medics?|k ?9|cops?|"
                         r"traffic|parking|crowd)\b")


def _names_event(words: frozenset[str], title: str) -> bool:
    """``title`` (a row's, as :func:`row_content` keeps it) is still the event whose title has
    ``words`` (:func:`~sheets_sync.matching.retitled`), not a partner's part of it that names
    it ("Traffic control for Turkey Trot", "Engine 7 at the Turkey Trot":
    :func:`~sheets_sync.matching.coverage_word`, :func:`~sheets_sync.matching.title_part`; "Police
    at the Turkey Trot", "Turkey Trot - traffic": :data:`_ADDED_PART`)."""
    new = title_words(title)
    return (retitled(words, new) and not (coverage_word(title) or title_part(title))
            and not _ADDED_PART.search(" ".join(sorted(new - words))))


def _lead_keys(c: Mapping[str, Any]) -> tuple[tuple, tuple]:
    """Two keys of a row's content by which :func:`_lead_moved` finds a leading row edited in
    its own tab: the same title, hours and description (a new place), and the same position
    with the same place and description (a new title and date). A calendar file's row has
    no position of its own (its number is its start's rank in the file): its VEVENT's UID
    stands in for it (:func:`vevent_uid`), so another VEVENT sorting into a carried or
    deleted event's row number is not taken for that event edited."""
    where = ("uid", c["uid"]) if c.get("uid") else c.get("row")
    return (("same text", c.get("title"), c.get("when"), c.get("description"), c.get("tab")),
            ("same position", c.get("place"), c.get("description"), c.get("tab"), where))


def _near_candidates(drafts: Sequence[CombinedEvent], contents_of: Sequence[Sequence[dict]],
                     record: Sequence[RecordEntry], matched: Iterable[int],
                     used: Iterable[int], hidden: Mapping[int, Collection[str]] = {},
                     barred: Collection[tuple[int, int]] = ()) -> list[tuple]:
    """The candidate pairs of rules 3 and 4 (one core field changed; same position) between
    the drafts not in ``matched`` and the live record events not in ``used`` (indexes; an
    event's rows in its ``hidden`` tabs left out), shaped and ordered as
    :func:`_key_candidates`', less the ``barred`` pairs. Pools are blocked on each three-of-four projection of the core
    fields and on ``(tab, row)``, built from the unclaimed record events only: a sync where
    most rows kept their content compares only what changed (an exploded weekly series shares
    one pool — the projection without ``when`` — so comparing every occurrence with every
    other was quadratic, issue 17)."""
    matched, used = set(matched), set(used)
    near: dict[tuple, list[tuple[int, dict]]] = {}
    position: dict[tuple, list[tuple[int, dict]]] = {}
    for j, entry in enumerate(record):
        if j in used or entry.removed_at is not None:
            continue
        unseen = hidden.get(j, ())
        for c in entry.contents:
            if unseen and c.get("tab") in unseen:
                continue
            core = _core(c)
            for n in range(len(CORE)):
                near.setdefault((n, core[:n] + core[n + 1:]), []).append((j, c))
            position.setdefault((c.get("tab"), c.get("row")), []).append((j, c))
    out: dict[tuple[int, int], tuple] = {}
    for i, ev in enumerate(drafts):
        if i in matched:
            continue
        ids = _ids(explicit_keys(ev))
        for c in contents_of[i]:
            core = _core(c)
            pools = [near.get((n, core[:n] + core[n + 1:]), ()) for n in range(len(CORE))]
            pools.append(position.get((c["tab"], c["row"]), ()))
            seen: set[tuple[int, int]] = set()
            for pool in pools:
                for j, old in pool:
                    if (j, id(old)) in seen:
                        continue
                    seen.add((j, id(old)))
                    if _conflict(ids, record[j]) or _other_vevent(c, old, record[j]) or (i, j) in barred:
                        continue
                    differ, same, close = _compare(c, old)
                    # 1 differing: rule 3; 2: rule 4, reachable only through the position
                    # pool, with at least one equal core field filled in (0 differing is a
                    # rule 2 pair: :func:`match` took the draft or the event already)
                    if differ == 2 and not any(c[k] and c[k] == old.get(k) for k in CORE):
                        continue
                    if 1 <= differ <= 2:
                        cand = _pair(2 + differ, differ, same, close, record[j], i, j, ev)
                        if (i, j) not in out or cand < out[(i, j)]:
                            out[(i, j)] = cand
    return sorted(out.values())


def match(drafts: Sequence[CombinedEvent], record: Sequence[RecordEntry],
          contents_of: Sequence[Sequence[dict]] | None = None,
          hidden: Mapping[int, Collection[str]] | None = None) -> dict[int, RecordEntry]:
    """Draft index → the record event it continues (the rules in the module docstring).
    ``contents_of[i]`` is the :func:`row_content` of draft ``i``'s rows (computed if None).
    ``hidden``: record event index → tabs whose rows of that event rules 3–4 do not see (as
    a removed event's): a calendar event :func:`carried` keeps is not taken over by a
    look-alike new event (the next meeting of a series, one field apart); its rows in a
    workbook tab still pair as any row does.

    Greedy over every candidate pair, best first, each draft and record event taken once.
    Rules 1–2 pairs sort before rules 3–4 pairs, and every rule 1–2 pair leaves its draft or
    its event taken; so rules 3–4 pairs are generated afterwards, only between the drafts
    and events still free (:func:`_near_candidates`) — the same choices as one sorted list
    of all pairs, without comparing the rows that kept their content with every look-alike.
    """
    if not record:
        return {}          # a first sync: nothing to continue
    if contents_of is None:
        contents_of = [tuple(row_content(r) for r in ev.rows) for ev in drafts]
    matched: dict[int, RecordEntry] = {}
    used: set[int] = set()

    def take(pairs: Iterable[tuple]) -> None:
        for *_, i, j in pairs:
            if i not in matched and j not in used:
                matched[i] = record[j]
                used.add(j)

    keyed, barred, later = _key_candidates(drafts, contents_of, record, hidden or {})
    take(keyed)
    take(_near_candidates(drafts, contents_of, record, matched, used, hidden or {}, barred))
    take(later)
    return matched


# -- reconcile --------------------------------------------------------------------------------
def reconcile(drafts: Sequence[CombinedEvent], record: Sequence[RecordEntry], now: datetime,
              uid_domain: str, removed_grace: timedelta,
              held_tabs: frozenset[str] = frozenset(),
              held_rows: frozenset[tuple[str, int]] = frozenset(),
              held_ids: Mapping[str, tuple[str, int]] | None = None,
              renamed: Mapping[str, str] | None = None,
              windows: Mapping[str, date] | None = None) -> Reconciled:
    """Give every draft its identity from ``record``; see the module docstring.

    ``drafts`` are merged events without identity; ``record`` the record before this sync;
    ``now`` an aware UTC datetime; ``removed_grace`` how long removed and cancelled events stay
    in feeds. ``held_tabs`` are tabs that could not be read this time (a header typo, a deleted
    Start Time column): record events that had a row in one of them are kept exactly as they
    were, never marked removed — a joint event continued by its rows in other tabs too, so it
    keeps the held tab's department (edits to its other rows wait until the tab reads again).
    ``held_rows`` are ``(tab, row)`` positions whose row was rejected this time (an edit that
    made it invalid): a live record event that no draft continues and that had a row at one of
    them is kept exactly as it was too (same SEQUENCE), and listed in ``Reconciled.held``;
    only deleting the row removes it. The same holds for a merged event (rows in several tabs)
    that a draft continues from its other rows while one of its rows is rejected: it stays
    as it last was — its valid rows' edits wait too — rather than losing that row's
    department, time or place to a typo. (A row deleted above it shifts the positions: an
    invalid row moving into a deleted event's position holds that event until fixed.)
    ``held_ids`` maps the Event ID (lower case) of a rejected row to its ``(tab, row)``: a
    record event that had that ID holds through it wherever the row moved (rows inserted or
    deleted above it), unless a valid row this time carries the same ID.
    ``renamed`` maps a tab title the record knows to the title that tab has now
    (:func:`renamed_tabs`), so a held row is found by position after its tab was renamed, as
    valid rows are found by content whatever their tab is called.
    ``windows`` maps each configured calendar file's tab title to the first city date it was
    read from: a record event whose calendar part lies wholly before it (:func:`carried`) is
    kept exactly as it was, whether a draft continues it from its other rows (a workbook
    tab) or none does — never marked removed.
    Deterministic: the same inputs give the same output.
    """
    renamed = dict(renamed or {})
    contents_of = [tuple(row_content(r) for r in ev.rows) for ev in drafts]
    aged = {e.uid for e in record if carried(e, windows)} if windows else set()
    matched = match(drafts, record, contents_of,
                    {j: frozenset(windows) for j, e in enumerate(record) if e.uid in aged} if aged else None)
    valid_ids = {f"id:{r.event_id.strip().lower()}" for ev in drafts for r in ev.rows if r.event_id.strip()}
    by_id = {f"id:{k}": v for k, v in (held_ids or {}).items() if f"id:{k}" not in valid_ids}
    known_ids = {k for e in record for k in e.keys}
    # a rejected row whose ID a record event had is that event's row, wherever it moved: it
    # is not also taken by position for whichever event last sat at its new row number
    positional = frozenset(held_rows) - {p for k, p in by_id.items() if k in known_ids}

    id_at = {p: f"id:{k}" for k, p in (held_ids or {}).items()}

    def rejected_of(entry: RecordEntry) -> set[tuple[str, int]]:
        """The rejected rows that were this event's rows: by Event ID, or by position — but
        not a row whose Event ID none of the event's rows had (a new row typed where a
        deleted one was is not that row)."""
        ids = {k for k in entry.keys if k.startswith("id:")}
        by_position = {p for p in _positions(entry, renamed) & positional
                       if not (ids and p in id_at and id_at[p] not in ids)}
        return by_position | {by_id[k] for k in entry.keys if k in by_id}

    taken = {e.uid for e in record}
    counts = dict(created=0, updated=0, unchanged=0, removed=0, restored=0)
    held: dict[str, tuple[tuple[str, int], ...]] = {}
    events: list[CombinedEvent] = []
    entries: list[RecordEntry] = []
    history: list[tuple[str, str, dict]] = []
    continued = {e.uid for e in matched.values()}
    def in_held_tab(entry: RecordEntry) -> bool:
        return bool(held_tabs) and bool({renamed.get(t, t) for t in entry.tabs} & held_tabs)

    parts_of_held = _parts_of_held(
        e for e in record if e.removed_at is None and (in_held_tab(e) or ((positional or by_id) and rejected_of(e))))
    kept: set[str] = set()
    held_spans = _spans({id(v[0]): v[0] for v in parts_of_held.values() if v is not None}.values())
    waiting: dict[tuple[str, int], str] = {}

    relabel = {old: new for old, new in renamed.items() if old in (windows or {})}
    moved_tabs = {old: new for old, new in renamed.items() if new not in held_tabs}

    def keep_as_was(entry: RecordEntry) -> None:
        """Publish ``entry`` exactly as the record has it (once, however many drafts lead to it);
        a carried event of a renamed calendar file under the file's new name."""
        if entry.uid not in kept:
            if relabel and entry.uid in aged:
                entry = _relabeled(entry, relabel)
            kept.add(entry.uid)
            counts["unchanged"] += 1
            entries.append(entry)
            events.append(event_from_snapshot(entry))

    for i, ev in enumerate(drafts):
        entry = matched.get(i)
        if parts_of_held and (entry is None or not (entry.removed_at is None and in_held_tab(entry))):
            owner = _held_owner(contents_of[i], parts_of_held)
            if owner is not None and (entry is None or owner.uid != entry.uid):
                # (matched or not: rows a staff decision had joined to a held tab's row are
                # found by content in the events they made before it too, e.g. a postponed
                # date merged into its rain date; the held event keeps them)
                if entry is not None:
                    continued.discard(entry.uid)        # (that one is judged on its own below)
                entry = owner
                # rows that made one event with a held tab's row or a rejected row (the days
                # of a multi-day event that row spanned): without it they fall apart, but the
                # event stays as it was until that row reads again, not split into new ones
                continued.add(entry.uid)
                if rejected := sorted(rejected_of(entry)):
                    held[entry.uid] = tuple(rejected)
                keep_as_was(entry)
                continue
        if (entry is not None and entry.removed_at is None
                and (in_held_tab(entry)
                     or (entry.uid in aged and carried(entry, windows, {r.source.tab for r in ev.rows})))):
            # a joint event continued by its rows in other tabs while one of its tabs is
            # unreadable this time, or while its calendar part is past that calendar's read
            # window: it keeps that source's department (and the count its joint status),
            # exactly as it last was (until the tab reads again)
            keep_as_was(entry)
            continue
        if entry is not None and entry.removed_at is None and (positional or by_id):
            # a merged event continued by its other rows while one of its rows is rejected:
            # the whole event stays as it last was (the bad edit must not drop a department)
            rejected = sorted(rejected_of(entry)
                              - {(r.source.tab, r.source.row) for r in ev.rows})
            if rejected:
                held[entry.uid] = tuple(rejected)
                keep_as_was(entry)
                continue
        if entry is None and parts_of_held and (inside := _inside_held(contents_of[i], held_spans)):
            waiting.update({(r.source.tab, r.source.row): inside for r in ev.rows})
            continue
        fields_now = published_fields(ev)
        h = published_hash(ev, fields_now)
        view, view_fields, view_hash = public_part(ev, fields_now, h)
        cancelled = ev.status is Status.CANCELLED
        if entry is None:
            uid = _new_uid(ev, uid_domain, taken)
            taken.add(uid)
            seq, created, modified, cancelled_at = 0, now, now, (now if cancelled else None)
            counts["created"] += 1
            history.append((uid, "created", {}))
        else:
            uid, seq, created, modified = entry.uid, entry.sequence, entry.created, entry.last_modified
            # cancelled without a break (removed, then typed back as cancelled) keeps its start
            cancelled_at = (entry.cancelled_at or entry.removed_at or now) if cancelled else None
            if entry.hash != h:
                old, new = _published_snapshot(entry.snapshot), fields_now
                diff = {k: [old.get(k), new[k]] for k in new if old.get(k) != new[k]}
                seq, modified = seq + 1, now
            else:
                diff = None
            if entry.removed_at is not None:
                counts["restored"] += 1
                history.append((uid, "restored", diff or {}))
            elif diff is not None:
                counts["updated"] += 1
                history.append((uid, "updated", diff))
            else:
                counts["unchanged"] += 1
        final = replace_event(ev, uid=uid, sequence=seq, created=created, last_modified=modified)
        snapshot = snapshot_of(final, fields_now)
        # the public files' own SEQUENCE, raised only when what they show changed (most events
        # have none: the public files show the event as it is, and the record kept no public part)
        if view is not ev or (entry is not None and "public" in entry.snapshot):
            last = public_state(entry) if entry is not None else None
            if last is None:                    # a new event (or an old record's): the event's
                shown_seq, shown_modified = seq, modified
            elif last[2] != view_hash:
                shown_seq, shown_modified = last[0] + 1, now
            else:
                shown_seq, shown_modified = last[0], last[1]
            if (shown_seq, shown_modified, view_hash) != (seq, modified, h):
                shown = replace_event(view, uid=uid, sequence=shown_seq, created=created,
                                      last_modified=shown_modified)
                final = replace_event(final, shown=shown)
                snapshot["public"] = _public_snapshot(shown, view_fields, view_hash)
        events.append(final)
        entries.append(RecordEntry(
            uid, seq, created, modified, h, tuple(explicit_keys(ev)),
            contents_of[i], tuple(sorted({r.source.tab for r in ev.rows})),
            snapshot, None, cancelled_at))
    for entry in record:
        if entry.uid in continued:
            continue
        if entry.removed_at is None and ((entry.tabs and {renamed.get(t, t) for t in entry.tabs} <= held_tabs)
                                         or entry.uid in aged):
            # its tab is unreadable this time, or its calendar no longer reads so far back:
            # keep it as it was
            keep_as_was(entry)
            continue
        rejected = sorted(rejected_of(entry)) if entry.removed_at is None else []
        if rejected:                          # its row's edit is invalid: keep it as it last was
            held[entry.uid] = tuple(rejected)
            keep_as_was(entry)
            continue
        if entry.removed_at is None:
            entry = replace(entry, removed_at=now, snapshot={**entry.snapshot, "removed": True})
            gone = event_from_snapshot(entry)
            h = published_hash(gone)
            if h != entry.hash:        # an event already cancelled looks the same removed
                entry = replace(entry, sequence=entry.sequence + 1, last_modified=now, hash=h)
            if gone.shown is not None and (h := published_hash(gone.shown)) != entry.snapshot["public"]["hash"]:
                shown = entry.snapshot["public"]       # its public view is cancelled too
                entry = replace(entry, snapshot={**entry.snapshot, "public": {
                    **shown, "sequence": shown["sequence"] + 1, "last_modified": now.isoformat(), "hash": h}})
            counts["removed"] += 1
            history.append((entry.uid, "removed", {"removed": [False, True]}))
        if moved_tabs and entry.removed_at is not None:     # a removed event's rows go by their tab's
            entry = _relabeled(entry, moved_tabs)   # new title: merged away, it is still found so
        entries.append(entry)
        events.append(event_from_snapshot(entry))
    events.sort(key=lambda e: (iso_text(e.start), e.title, e.uid))
    by_uid = {e.uid: e for e in entries}
    published = [e for e in events if not _expired(by_uid[e.uid], now, removed_grace)]
    return Reconciled(events, entries, history, counts, published, held, waiting,
                      left_rows((e for e in entries if e.removed_at is not None), drafts, contents_of))


def left_rows(removed: Iterable[RecordEntry], drafts: Sequence[CombinedEvent],
              contents_of: Sequence[Sequence[dict]]) -> dict[tuple[str, int], str]:
    """``(tab, row) → uid`` of the rows left behind by a removed joint event (``removed``: every
    removed event of the record, so this holds sync after sync) whose leading row (its host's)
    is in no draft: its other rows, unchanged, now in other events (the partners' coverage of
    an event the host deleted). Each gets a Validation warning
    (:func:`sheets_sync.pipeline.left_issues`): its part is now published on its own; an event
    made only of them is not counted (:func:`sheets_sync.pipeline.left_parts`)."""
    lost = [e for e in removed if len(e.contents) >= 2 and len(set(e.tabs)) >= 2]
    if not lost:
        return {}
    where: dict[tuple, list[tuple[str, int, int]]] = {}
    for k, (ev, contents) in enumerate(zip(drafts, contents_of)):
        for r, c in zip(ev.rows, contents):
            where.setdefault(_core(c), []).append((r.source.tab, r.source.row, k))
    out: dict[tuple[str, int], str] = {}
    for e in lost:
        if _core(e.contents[0]) in where:
            continue                             # its host's row is still there (merged elsewhere)
        host_tab = e.contents[0].get("tab")
        for c in e.contents[1:]:
            for tab, row, k in where.get(_core(c), ()):
                if not any(r.source.tab == host_tab for r in drafts[k].rows):   # (not beside the host's
                    out[(tab, row)] = e.uid                                     # row edited: the event lives on)
    return out


def _content_key(content: Mapping[str, Any]) -> str:
    return _sorted_json(content)


def _parts_of_held(held: Iterable[RecordEntry]) -> dict[object, tuple[RecordEntry, Mapping[str, Any]] | None]:
    """The rows of the ``held`` record events (kept as they were: a row in a held tab, or a
    rejected row), each under three keys → ``(event, its recorded content)``: its content
    (:func:`row_content`, as a key), its position ``(tab, row)``, and its content but the row
    number (:func:`_moved_key`; ``None`` where two held events had such a row)."""
    out: dict[object, tuple[RecordEntry, Mapping[str, Any]] | None] = {}
    for e in held:
        for c in e.contents:
            out.setdefault(_content_key(c), (e, c))
            out.setdefault((c.get("tab"), c.get("row")), (e, c))
            # and, a third, its content but its row number (a row moved by rows inserted or
            # deleted above it); one typed alike in two held events is neither's
            moved = _moved_key(c)
            if moved in out and out[moved] is not None and out[moved][0].uid != e.uid:
                out[moved] = None
            else:
                out.setdefault(moved, (e, c))
    return out


def _moved_key(content: Mapping[str, Any]) -> tuple[str, str]:
    return ("moved", _sorted_json({k: v for k, v in content.items() if k != "row"}))


def _spans(held: Iterable[RecordEntry]) -> list[tuple[list[tuple[str, str]], set[str], str]]:
    """Each held event as ``(its rows' (start, end), its rows' places, uid)``: ISO texts as
    :func:`row_content` writes them (``when`` is ``start/end``, an all-day end the day after;
    a date alone ends after every time of that day)."""
    out = []
    for e in held:
        whens = [str(c.get("when", "")).partition("/") for c in e.contents]
        places = {c.get("place", "") for c in e.contents} - {""}
        if whens and places:
            # an all-day end is already the day after (RFC 5545 DTEND); a date alone, the day's end
            out.append(([(w[0], w[2] or (w[0] if "T" in w[0] else w[0] + "~")) for w in whens], places, e.uid))
    return out


def _within(start: str, end: str, first: str, last: str) -> bool:
    """``start``–``end`` overlaps one held row's ``first``–``last`` (ISO texts; a first-aid
    shift from half an hour before the fair's hours to half an hour after is the fair's too);
    a timed row over several days (a camp 9–3 each day) holds only its daily hours, not its
    nights."""
    if not (start < last and first < (end or start + "~")):
        return False
    if "T" in first and "T" in last and first[:10] != last[:10] and "T" in start and "T" in end:
        return start[11:16] < last[11:16] and first[11:16] < end[11:16]
    return True


def _inside_held(contents: Sequence[Mapping[str, Any]], spans) -> str | None:
    """The uid of the held event (:func:`_spans`) a new draft lies inside — every row at one
    of its places and during the hours of one of its rows — else ``None``: a row its parts
    would have absorbed (a visit added on day 2 of a camp whose tab is held), not an evening
    event of its own at the camp's place."""
    for rows, places, uid in spans:
        if all(c.get("place") in places and any(
                _within(str(c.get("start", "")), str(c.get("when", "")).partition("/")[2], first, last)
                for first, last in rows) for c in contents):
            return uid
    return None


def _held_owner(contents: Sequence[Mapping[str, Any]], parts: Mapping[object, tuple]) -> RecordEntry | None:
    """The one held event (:func:`_parts_of_held`) every row of a draft was part of: the same
    content, or an edit of the row at its position that kept its title or its start (an end
    time changed, a title reworded, a row marked Cancelled, a row moved up by a deleted one
    of the same title) — so edits to those rows wait with the event. ``None`` if there is none
    or the rows were parts of several."""
    owners: dict[str, RecordEntry] = {}
    for c in contents:
        found = parts.get(_content_key(c)) or parts.get(_moved_key(c))
        if found is None:
            found = parts.get((c.get("tab"), c.get("row")))
            if found is not None and c.get("title") != found[1].get("title") and c.get("start") != found[1].get("start"):
                found = None
        if found is None:
            return None
        owners[found[0].uid] = found[0]
    return next(iter(owners.values())) if len(owners) == 1 else None


def _relabeled(entry: RecordEntry, renamed: Mapping[str, str]) -> RecordEntry:
    """``entry`` with its rows' tab titles (``tabs``, each content's ``tab``, the snapshot's
    ``sources`` labels ``Tab!row``) renamed by ``renamed`` (old → new); all else as it was."""
    if not set(entry.tabs) & set(renamed):
        return entry

    def label(text: str) -> str:
        tab, sep, row = str(text).rpartition("!")
        return f"{renamed.get(tab, tab)}{sep}{row}" if sep else text

    contents = tuple({**c, "tab": renamed.get(c["tab"], c["tab"])} if "tab" in c else c for c in entry.contents)
    snapshot = {**entry.snapshot, "sources": [label(x) for x in entry.snapshot.get("sources", ())]}
    return replace(entry, tabs=tuple(sorted({renamed.get(t, t) for t in entry.tabs})), contents=contents,
                   snapshot=snapshot)


def _positions(entry: RecordEntry, renamed: Mapping[str, str] = {}) -> set[tuple[str, int]]:
    """The ``(tab, row)`` of every row the event had at the last sync (its contents, and its
    snapshot's ``sources`` labels ``Tab!row`` for records that lack them), a renamed tab
    under its new title (``renamed``)."""
    out = {(c["tab"], c["row"]) for c in entry.contents if "tab" in c and isinstance(c.get("row"), int)}
    for label in entry.snapshot.get("sources", ()):
        tab, _, row = str(label).rpartition("!")
        if tab and row.isdigit():
            out.add((tab, int(row)))
    return {(renamed.get(tab, tab), row) for tab, row in out} if renamed else out


def renamed_tabs(known: Iterable[str], current: Iterable[str],
                 department_of: Callable[[str], str | None]) -> dict[str, str]:
    """``{old title: new title}`` for each tab the record knows that is gone this time while
    exactly one new tab (a title the record does not know) names the same department
    (``department_of``: a title → its department through the config's names and aliases, or
    ``None``): staff renamed ``Police`` to ``Durham Police`` (an alias), or the department
    was renamed in config with its old name kept as an alias. Pure."""
    known, current = set(known), set(current)
    new = [t for t in sorted(current - known) if department_of(t)]
    out = {}
    for old in sorted(known - current):
        department = department_of(old)
        matches = [t for t in new if department and department_of(t) == department]
        if len(matches) == 1:
            out[old] = matches[0]
    return out


def _expired(entry: RecordEntry, now: datetime, grace: timedelta) -> bool:
    since = entry.gone_since()
    return since is not None and now - since > grace
