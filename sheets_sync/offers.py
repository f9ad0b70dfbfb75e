"""Assistance offers: the ``Assistance Offers`` intake tab → offers attached to events. Pure.

A lead who wants help from another department types what help is wanted in the event's
``Assistance Wanted`` cell. A department that can help adds a row to the ``Assistance
Offers`` tab:

=========================  ==============================================================
``Event UID or Event ID``  the event's UID (from ``Combined Events``) or its ``Event ID``
``Offering Department``    a configured department name or alias
``What We Can Bring``      free text (two instructors, a ladder truck, a bilingual officer)
``Status``                 ``Offered`` (blank means Offered), ``Accepted`` or ``Declined``;
                           the event's lead sets Accepted/Declined
=========================  ==============================================================

The tab is recognised by its own headers (an ``Offering Department`` column plus an event
reference column), never by its name, and it is never taken for an intake tab (it has no
``Title``/``Start Date``). Bad rows become Validation entries naming tab, row and column.

An **Accepted** offer makes the offering department a partner of the event *before* identity
reconciliation and the metrics, so the event counts as joint, its ``departments`` (a
published field) change and its SEQUENCE rises like any other edit (RFC 5545 §3.8.7.4).
Offered and Declined offers change nothing but are listed for staff.

A spreadsheet cannot enforce who edits a cell: "set by the lead" is a working rule, and the
Validation tab does not second-guess it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, Callable, Mapping, Sequence

from .config import Config
from .identity import RecordEntry, reconcile
from .model import CombinedEvent, RawTab, RowIssue, Severity, SourceRef
from . import department_names
from .parsing import cell_text

OFFERS_TAB = "Assistance Offers"
OFFER_COLUMNS = ("Event UID or Event ID", "Offering Department", "What We Can Bring", "Status")
OFFER_STATUSES = ("Offered", "Accepted", "Declined")
#: the other words staff type for each status, folded (a helper's check: "Pending" was an error);
#: each is read as its status with no warning, as the three names are
OFFER_STATUS_WORDS = {**{s.lower(): s for s in OFFER_STATUSES},
                      **dict.fromkeys(("offer", "pending", "proposed", "open", "tentative", "waiting",
                                       "awaiting reply", "not yet decided", "tbd"), "Offered"),
                      **dict.fromkeys(("accept", "approved", "confirmed", "yes", "agreed", "ok", "okay"), "Accepted"),
                      **dict.fromkeys(("decline", "rejected", "denied", "no", "not needed", "withdrawn",
                                       "cancelled", "canceled"), "Declined")}
_REFERENCE = {"eventuidoreventid", "eventidoreventuid", "eventuid", "eventid", "uid", "event"}
_DEPARTMENT = {"offeringdepartment", "offeringdept", "offeredby", "department"}
_BRING = {"whatwecanbring", "whatwebring", "offer", "help", "helpoffered"}
_STATUS = {"status", "offerstatus"}


def _norm(text: Any) -> str:
    return re.sub(r"[\s_\-./()]+", "", cell_text(text).lower())


def offer_columns(header: Sequence[Any]) -> dict[str, int]:
    """Header row → ``{canonical offer column: index}`` (first match of each wins)."""
    wanted = [(OFFER_COLUMNS[0], _REFERENCE), (OFFER_COLUMNS[1], _DEPARTMENT),
              (OFFER_COLUMNS[2], _BRING), (OFFER_COLUMNS[3], _STATUS)]
    out: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = _norm(cell)
        for name, spellings in wanted:
            if key in spellings and name not in out:
                out[name] = index
                break
    return out


def is_offers_header(header: Sequence[Any]) -> bool:
    """True for a header row with ``Offering Department`` and an event reference column."""
    columns = offer_columns(header)
    return OFFER_COLUMNS[0] in columns and OFFER_COLUMNS[1] in columns and not (
        {"title", "startdate"} <= {_norm(c) for c in header})


@dataclass(frozen=True)
class Offer:
    """One valid offer row, resolved to the event UID it refers to."""
    source: SourceRef
    reference: str
    uid: str
    department: str
    bring: str
    status: str                       # one of OFFER_STATUSES


@dataclass(frozen=True)
class OfferResult:
    """``events``: drafts with accepted departments added; ``offers``: every valid offer."""
    events: tuple[CombinedEvent, ...]
    offers: tuple[Offer, ...]
    issues: tuple[RowIssue, ...]

    def by_uid(self) -> dict[str, list[Offer]]:
        out: dict[str, list[Offer]] = {}
        for offer in self.offers:
            out.setdefault(offer.uid, []).append(offer)
        return out


def _issue(src: SourceRef, column: str, value: Any, problem: str, action: str,
           severity: Severity = Severity.ERROR) -> RowIssue:
    return RowIssue(src.tab, src.row, column, cell_text(value)[:200], problem, action, severity)


def parse_offer_rows(tab: RawTab, lookup: Mapping[str, str],
                     read: Callable[[str], tuple[str, ...]] | None = None) -> tuple[list[dict], list[RowIssue]]:
    """Rows of one offers tab → ``[{source, reference, department, bring, status}]`` + issues.

    ``lookup`` maps lower-cased department spellings to names (``Config.department_lookup``);
    ``read`` (optional) reads a cell no spelling names as Partner Departments reads it, a
    department's unit, short form or typo ("OEM", "Emerg Mgmt": a helper's check had "OEM" an
    error), giving its departments (one is taken, with a warning naming it). A row with an
    error is left out; blank rows are skipped silently.
    """
    columns = offer_columns(tab.header)
    rows, issues = [], []
    for offset, cells in enumerate(tab.rows):
        if all(cell_text(c) == "" for c in cells):
            continue
        src = SourceRef(tab.title, tab.first_row + offset)

        def get(name: str, _cells=cells) -> str:
            index = columns.get(name)
            return cell_text(_cells[index]) if index is not None and index < len(_cells) else ""

        reference, dept_text, bring, status_text = (get(c) for c in OFFER_COLUMNS)
        found = len(issues)
        if not reference:
            issues.append(_issue(src, OFFER_COLUMNS[0], reference, "no event is named",
                                 "paste the event's UID from the Combined Events tab or its Event ID"))
        department = lookup.get(dept_text.strip().lower())
        if department is None and read is not None and dept_text.strip() and len(found_in := read(dept_text)) == 1:
            department = found_in[0]
            issues.append(_issue(src, OFFER_COLUMNS[1], dept_text, f"{dept_text.strip()!r} is read as {department}",
                                 f"pick {department!r} from the list to be sure", Severity.WARNING))
        if department is None:
            issues.append(_issue(src, OFFER_COLUMNS[1], dept_text,
                                 "blank" if not dept_text else f"{dept_text!r} is not a configured department",
                                 "pick your department's name from the list (or add an alias in config.yaml)"))
        status = OFFER_STATUS_WORDS.get(" ".join(status_text.lower().replace("-", " ").split()).strip(" .!"),
                                        "Offered" if not status_text else None)
        if status is None:
            issues.append(_issue(src, OFFER_COLUMNS[3], status_text, "unknown offer status",
                                 "use Offered, Accepted or Declined (blank means Offered)"))
        if not any(i.severity is Severity.ERROR for i in issues[found:]):
            rows.append({"source": src, "reference": reference, "department": department,
                         "bring": bring, "status": status})
    return rows, issues


def event_index(events: Sequence[CombinedEvent]) -> tuple[dict[str, int], dict[str, list[int]]]:
    """``({uid: i}, {event id (lower-cased): [i, ...]})`` over ``events``."""
    by_uid = {e.uid.lower(): i for i, e in enumerate(events) if e.uid}
    by_id: dict[str, list[int]] = {}
    for i, e in enumerate(events):
        for key in sorted({r.event_id.strip().lower() for r in e.rows if r.event_id}):
            by_id.setdefault(key, []).append(i)
    return by_uid, by_id


def resolve_offers(events: Sequence[CombinedEvent], rows: Sequence[dict]) -> OfferResult:
    """Attach parsed offer rows to ``events`` (which already carry their UIDs).

    Accepted offers add the department to the event's ``departments`` and
    ``partners_from_offers``. Returns the changed events in the same order. Problems
    (unknown or ambiguous event, removed or cancelled event, department already taking
    part, the same department offering twice) become issues; errors drop the offer.
    """
    by_uid, by_id = event_index(events)
    issues: list[RowIssue] = []
    offers: list[Offer] = []
    latest: dict[tuple[str, str], Offer] = {}
    col = OFFER_COLUMNS[0]
    for row in rows:
        src, ref = row["source"], row["reference"]
        key = ref.strip().lower()
        hits = [by_uid[key]] if key in by_uid else by_id.get(key, [])
        if not hits:
            issues.append(_issue(src, col, ref, "no event has this UID or Event ID",
                                 "copy the UID from the Combined Events tab"))
            continue
        if len(hits) > 1:
            issues.append(_issue(src, col, ref, f"{len(hits)} events share this Event ID",
                                 "use the event's UID from the Combined Events tab instead"))
            continue
        event = events[hits[0]]
        if event.removed:
            issues.append(_issue(src, col, ref, f"{event.title!r} was removed from the sheet; "
                                 "the offer is not counted", "delete this offer row",
                                 Severity.WARNING))
            continue
        if not event.rows and row["department"] in event.partners_from_offers:
            continue        # a carried calendar event (kept as it was): this offer counted already
        if not event.rows:
            issues.append(_issue(src, col, ref, f"{event.title!r} is before its calendar's read "
                                 "window, so it stays as it was at the last sync; the offer is not "
                                 "counted", "delete this offer row", Severity.WARNING))
            continue
        if row["department"] in event.departments:
            issues.append(_issue(src, OFFER_COLUMNS[1], row["department"],
                                 f"{row['department']} already takes part in {event.title!r}; "
                                 "nothing changes", "delete this offer row", Severity.WARNING))
            continue        # not an offer of help: it neither answers the request nor waits for one
        if event.is_cancelled and row["status"] == "Accepted":
            issues.append(_issue(src, OFFER_COLUMNS[3], row["status"],
                                 f"{event.title!r} is cancelled; the offer is not counted",
                                 "set the offer to Declined", Severity.WARNING))
        offer = Offer(src, ref, event.uid, row["department"], row["bring"], row["status"])
        pair = (event.uid, offer.department)
        if pair in latest:
            issues.append(_issue(src, OFFER_COLUMNS[1], offer.department,
                                 f"{offer.department} offered for this event already in row "
                                 f"{latest[pair].source.row}; this later row is used",
                                 "keep one row per department and event", Severity.WARNING))
            offers.remove(latest[pair])
        latest[pair] = offer
        offers.append(offer)
    changed = list(events)
    for offer in offers:
        i = by_uid[offer.uid.lower()]
        e = changed[i]
        if offer.status == "Accepted" and not e.is_cancelled and offer.department not in e.departments:
            changed[i] = replace(e, departments=(*e.departments, offer.department),
                                 partners_from_offers=(*e.partners_from_offers, offer.department))
    return OfferResult(tuple(changed), tuple(offers), tuple(issues))


def apply_offers(drafts: Sequence[CombinedEvent], tabs: Sequence[RawTab], record: Sequence[RecordEntry],
                 now: datetime, config: Config, windows: Mapping[str, date] | None = None) -> OfferResult:
    """Read every offers tab and fold accepted offers into ``drafts`` (merged, not reconciled).

    UIDs are looked up with a preview :func:`~sheets_sync.identity.reconcile` against the
    record: identity matching reads only source rows (never departments), so the UIDs of the
    preview are the UIDs the real reconcile gives the changed drafts (``windows``: the
    calendars' read windows, as the real reconcile gets them: a calendar event carried past
    its window, :func:`~sheets_sync.identity.carried`, is matched and kept the same way).
    An offer for an event with no row this time — removed, or carried as it was — is not
    folded in (a carried event keeps the offers it had). Returns the drafts (without
    identity, in their order) with accepted departments added.
    """
    rows: list[dict] = []
    issues: list[RowIssue] = []
    lookup = config.department_lookup()
    units = config.department_units()
    read = (lambda text: department_names.spelled_out(text, lookup, units, config.departments)[2][0])
    for tab in tabs:
        found, problems = parse_offer_rows(tab, lookup, read)
        rows.extend(found)
        issues.extend(problems)
    if not rows:
        return OfferResult(tuple(drafts), (), tuple(issues))
    preview = reconcile(drafts, record, now, config.site.uid_domain,
                        timedelta(days=config.feed.removed_grace_days), windows=windows)
    uid_of = {e.sources: e.uid for e in preview.events if e.rows}
    identified = [replace(d, uid=uid_of.get(d.sources, "")) for d in drafts]
    rowless = [e for e in preview.events if not e.rows]       # removed, or carried as it was
    result = resolve_offers([*identified, *rowless], rows)
    events = tuple(replace(e, uid="") for e in result.events[:len(drafts)])
    return OfferResult(events, result.offers, (*issues, *result.issues))
