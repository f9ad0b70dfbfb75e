"""Value types shared by every layer (the bottom of the dependency graph).

Everything here is a frozen dataclass or a plain enum: values in, values out. No I/O.

Times: a timed event carries timezone-aware ``datetime`` values in the configured
timezone (``zoneinfo``); an all-day event carries ``date`` values and its ``end`` is
*exclusive* (RFC 5545 §3.6.1: a one-day event on 2025-08-05 ends 2025-08-06).
"""
from __future__ import annotations

import enum
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from operator import attrgetter
from typing import Any, Iterable, Union

When = Union[date, datetime]

#: Canonical intake columns, in template order (DESIGN.md "Intake tab").
CANONICAL_COLUMNS: tuple[str, ...] = (
    "Event ID", "Title", "Start Date", "Start Time", "End Date", "End Time", "Location",
    "Address", "Lead Department", "Partner Departments", "Event Type", "Description",
    "Audience", "Visibility", "Status", "Assistance Wanted", "Registration URL",
    "Expected Attendance", "Actual Attendance", "Language", "Accessibility", "Contact",
    "Internal Notes", "Repeats", "Title (Spanish)", "Description (Spanish)",
)
REQUIRED_COLUMNS: tuple[str, ...] = ("Title", "Start Date")
#: Columns that never leave the building (DESIGN.md): never on a public route or feed.
PRIVATE_COLUMNS: tuple[str, ...] = ("Contact", "Internal Notes")


#: Longest slug (characters); longer ones are cut and end in a hash of the whole slug, so a
#: 209-character Event Type still names a feed file every file system accepts (issue 16).
MAX_SLUG = 60


def unaccented(text: str) -> str:
    """``text`` without its accents (Unicode NFKD, combining marks dropped): ``"Policía"`` →
    ``"Policia"``."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slugify(text: str) -> str:
    """``"Parks and Recreation"`` → ``"parks-and-recreation"`` (URL-safe, lower case, at most
    :data:`MAX_SLUG` characters: a longer slug keeps its first 51 characters and ends in
    ``-`` plus 8 hex digits of its SHA-1, so two long names that share a beginning stay
    apart). Accents are dropped first (Unicode NFKD), so ``"Policía Municipal"`` →
    ``"policia-municipal"``, not ``"polic-a-municipal"``. Idempotent:
    ``slugify(slugify(x)) == slugify(x)``."""
    return _short(re.sub(r"[^a-z0-9]+", "-", unaccented(text).lower()).strip("-"))


def legacy_slug(text: str) -> str:
    """The slug earlier versions gave (every accented letter a hyphen: ``"polic-a-municipal"``);
    addresses published with it answer 301 to the slug of :func:`slugify`."""
    return _short(re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-"))


def _short(slug: str) -> str:
    if len(slug) <= MAX_SLUG:
        return slug
    digest = hashlib.sha1(slug.encode()).hexdigest()[:8]
    return f"{slug[:MAX_SLUG - 9].rstrip('-')}-{digest}"


class Severity(str, enum.Enum):
    ERROR = "error"      # the row is excluded
    WARNING = "warning"  # the row is kept


class Visibility(str, enum.Enum):
    PUBLIC = "Public"
    INTERNAL = "Internal"


class Status(str, enum.Enum):
    SCHEDULED = "Scheduled"
    TENTATIVE = "Tentative"
    POSTPONED = "Postponed"
    CANCELLED = "Cancelled"


#: the statuses that say an event is not held on its date
CALLED_OFF = (Status.CANCELLED, Status.POSTPONED)


def slot_init(cls: type) -> type:
    """Give a frozen, slotted dataclass ``cls`` an ``__init__`` that stores each field through
    its slot's own descriptor (``member_descriptor.__set__``, bound once) instead of
    ``object.__setattr__(self, name, value)`` — what the generated one does for a frozen class,
    looking the name up on every store (issue 17, p17ae: about half the cost of building a
    34-field :class:`EventRow`; 100,000 rows and 76,000 events are built per 100k-row sync).
    The same signature, defaults, default factories and ``__post_init__`` call as the
    dataclass's; the dataclass's own ``__init__`` stays as ``cls.__dataclass_init__`` (the
    tests compare the two). Raises ``TypeError`` for a class it does not cover (not slotted,
    keyword-only fields, ``InitVar``)."""
    from dataclasses import MISSING, fields as all_fields
    if "__slots__" not in cls.__dict__ or getattr(cls, "__dataclass_params__", None) is None:
        raise TypeError(f"{cls.__name__} is not a slotted dataclass")
    if any(getattr(f, "kw_only", False) for f in all_fields(cls)) or \
            len(all_fields(cls)) != len(cls.__dataclass_fields__):
        raise TypeError(f"{cls.__name__} has keyword-only fields or InitVars")
    params, lines, names = [], [], {"_missing": MISSING}
    for f in all_fields(cls):
        store = f"_set_{f.name}"
        if f.init:
            if f.default is not MISSING:
                names[f"_default_{f.name}"] = f.default
                params.append(f"{f.name}=_default_{f.name}")
            elif f.default_factory is not MISSING:
                names[f"_factory_{f.name}"] = f.default_factory
                params.append(f"{f.name}=_missing")
                lines.append(f"if {f.name} is _missing: {f.name} = _factory_{f.name}()")
            else:
                params.append(f.name)
            value = f.name
        elif f.default is not MISSING:
            names[f"_default_{f.name}"] = f.default
            value = f"_default_{f.name}"
        elif f.default_factory is not MISSING:
            names[f"_factory_{f.name}"] = f.default_factory
            value = f"_factory_{f.name}()"
        else:
            continue                    # set by __post_init__
        names[store] = cls.__dict__[f.name].__set__
        lines.append(f"{store}(self, {value})")
    if hasattr(cls, "__post_init__"):
        lines.append("self.__post_init__()")
    source = (f"def _make({', '.join(names)}):\n"
              f"    def __init__(self, {', '.join(params)}):\n"
              + "".join(f"        {line}\n" for line in lines or ["pass"])
              + "    return __init__\n")
    scope: dict[str, Any] = {}
    exec(source, scope)                 # noqa: S102 (the dataclasses module makes __init__ so too)
    init = scope["_make"](**names)
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__, init.__annotations__ = cls.__init__.__doc__, dict(cls.__init__.__annotations__)
    cls.__dataclass_init__ = cls.__init__
    cls.__init__ = init
    # pickled as a call of that ``__init__`` with the init fields (issue 17: rows parsed in a
    # forked child come back so, :mod:`sheets_sync.forked`; the dataclass's own pickling
    # stores each field again by ``object.__setattr__``, 3× the time)
    stored = [f.name for f in all_fields(cls) if f.init]
    get = attrgetter(*stored) if len(stored) > 1 else lambda self: tuple(getattr(self, n) for n in stored)
    cls.__reduce__ = lambda self: (cls, get(self))
    return cls


@slot_init
@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a value came from: intake tab title and 1-based sheet row number."""
    tab: str
    row: int
    #: ``Police!12``, the A1-like form staff know (made once: issue 17, a label per use
    #: held half a million copies through the reports at 100,000 rows)
    label: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "label", f"{self.tab}!{self.row}")

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True)
class RawTab:
    """One tab as read from a source: header row plus data rows of typed cell values.

    ``rows[i]`` is sheet row ``i + 2`` (row 1 is the header). Cells are whatever the
    backend yields: ``str``, ``int``/``float`` (day serials for Google), ``bool``,
    ``datetime``/``date``/``time`` (openpyxl) or ``None`` for blank.
    ``department`` is set by sources that map the whole tab to one department (ICS files).
    """
    title: str
    header: tuple[Any, ...]
    rows: tuple[tuple[Any, ...], ...]
    department: str | None = None
    first_row: int = 2
    notes: tuple["RowIssue", ...] = ()   # what the reader itself found (capped, dropped, refused)
    #: ``(sheet row, column number)`` → the formula of a cell saved without a calculated value
    #: (it reads as blank), or ``None``; asked about blank cells, and ``.rows()`` / ``.cells()``
    #: list them all (:class:`sheets_sync.backends.formulas.UncalculatedFormulas`; .xlsx only).
    formula_at: Any = field(default=None, compare=False, repr=False)


@slot_init
@dataclass(frozen=True, slots=True)
class RowIssue:
    """One line of the Validation tab: tab, sheet row, column, the value, problem, action."""
    tab: str
    row: int
    column: str
    value: str
    problem: str
    action: str
    severity: Severity

    def as_row(self) -> tuple[str, int, str, str, str, str, str]:
        return (self.severity.value, self.tab, self.row, self.column, self.value,
                self.problem, self.action)


@slot_init
@dataclass(frozen=True, slots=True)   # issue 17: ~1 KB less per row than a __dict__
class EventRow:
    """One accepted intake row, parsed. ``start``/``end`` follow the module's time rules."""
    source: SourceRef
    title: str
    start: When
    end: When
    all_day: bool
    department: str | None          # the tab's department (None if the tab maps to none)
    lead: str | None
    partners: tuple[str, ...] = ()  # Lead Department (beyond the first) + Partner Departments
    event_id: str = ""
    location: str = ""
    address: str = ""
    event_type: str = ""
    description: str = ""
    audience: str = ""
    visibility: Visibility = Visibility.INTERNAL
    status: Status = Status.SCHEDULED
    assistance_wanted: str = ""
    registration_url: str = ""
    expected_attendance: int | None = None
    actual_attendance: int | None = None
    language: str = ""
    accessibility: str = ""
    contact: str = ""
    internal_notes: str = ""
    repeats: str = ""
    rrule: str = ""                  # RFC 5545 RRULE value parsed from ``repeats``
    exdates: tuple[date, ...] = ()   # local dates of cancelled occurrences (EXDATE)
    title_es: str = ""
    description_es: str = ""
    external_uid: str = ""           # UID of a calendar-file source event, if any
    #: Departments not in the lead/partner columns but named in the Title or Description
    #: (a unit, "co-hosted with X", "w/ X"); each has a Validation warning.
    text_partners: tuple[str, ...] = ()
    #: Departments a note of this row says are out of the event ("Fire had to back out":
    #: :func:`sheets_sync.mentions.said_out`): counted from no row of it but their own.
    held_out: tuple[str, ...] = ()
    #: Optional picture and place on a map (:mod:`sheets_sync.media`): ``(image URL, alt
    #: text)`` and ``(latitude, longitude)`` in WGS 84 degrees, when the row gives them.
    image: tuple[str, str] | None = None
    point: tuple[float, float] | None = None
    #: the Status cell as typed when it says more than a status ("Postponed to 6/10"): where
    #: :mod:`sheets_sync.moved` reads the date a called-off row moved to
    status_note: str = ""
    #: the Status cell was typed (not blank): a row saying nothing of its status may be a copy
    #: never updated (:func:`sheets_sync.merge.combine`)
    status_typed: bool = False
    #: the row's place among its tab's rows in the order they were sent (1 = first), when the
    #: tab's Timestamp column orders them otherwise than the sheet (a form's responses sorted
    #: newest first); 0: the sheet's order tells (:func:`sent_order`)
    sent_rank: int = field(default=0, compare=False, repr=False)
    #: the row says its event, called off in an earlier row, goes ahead after all ("BACK ON -
    #: Canine Field Day", :func:`sheets_sync.parsing.back_on`); its Status is Scheduled
    back_on: bool = field(default=False, repr=False)
    #: an all-day row's likely hours, in minutes from midnight ``(start, end)``, when its Start
    #: Time named a part of the day or a bare hour ("evening", "10ish":
    #: :func:`sheets_sync.parsing.said_hours`): not published; matching reads it as those hours
    said_hours: tuple[int, int] | tuple[()] = field(default=(), repr=False)
    #: the row's Visibility was typed (Public or Internal); a blank one is kept Internal, so
    #: never published, yet says nothing of the event being internal work
    #: (:func:`reports.measures.internal_only`)
    visibility_said: bool = field(default=True, repr=False)
    #: the row was typed in this tab for its Lead Department, another department, as its text
    #: says ("EM asked us to post the time fix, their tab is protected"): the tab's department
    #: takes no part through it (:func:`sheets_sync.validate.typed_for_another`)
    typed_for: bool = field(default=False, repr=False)
    #: the Start Date's day name disagrees with it ("Sat 9/26/2025", a Friday): ``(the date
    #: nearest it that the name gives, the cell as typed)`` (:mod:`sheets_sync.day_names`)
    day_named: tuple[date, str] | None = field(default=None, repr=False)
    #: ``(department, words, said)`` of each event its words name by another department's
    #: possessive, ``said`` "at" or "not at" ("at OEM's prep fair", "not Parks' touch-a-truck":
    #: :func:`sheets_sync.hosts.named_hosts`)
    named_hosts: tuple[tuple[str, str, str], ...] = field(default=(), repr=False)
    #: Distinct departments this row names (tab, lead, partners, text partners), in
    #: first-seen order (computed once per row: the matcher asks for every candidate pair).
    departments: tuple[str, ...] = field(init=False, repr=False, compare=False)

    @property
    def start_date(self) -> date:
        """The day the row starts (its local date)."""
        return self.start.date() if isinstance(self.start, datetime) else self.start

    def __post_init__(self) -> None:
        seen: list[str] = []
        for d in ((None if self.typed_for else self.department), self.lead, *self.partners, *self.text_partners):
            if d and d not in seen:
                seen.append(d)
        object.__setattr__(self, "departments", tuple(seen))


def sent_order(row: EventRow) -> int:
    """Where ``row`` stands among its tab's rows in the order they were sent: its
    ``sent_rank``, else its sheet row (a tab's rows are ranked all or none, so within one tab
    the two never mix). A larger number is a later entry."""
    return row.sent_rank or row.source.row


@slot_init
@dataclass(frozen=True, slots=True)
class MergeEvidence:
    """Why two rows were merged: the pair, a score in [0, 1] and the fields that matched."""
    a: SourceRef
    b: SourceRef
    score: float
    matched: tuple[str, ...]
    decided_by: str = "matcher"     # "matcher" | "event id" | "review"


@slot_init
@dataclass(frozen=True, slots=True)   # issue 17: ~1.3 KB less per event than a __dict__
class CombinedEvent:
    """One real-world event after merging rows, with its identity from the combined record.

    ``rows`` are the merged source rows, earliest-created first (the row whose values win).
    ``uid``/``sequence``/``created``/``last_modified`` (UTC) come from reconciliation with
    the record; before that they are empty/0/None. ``shown``, set by reconciliation, is the
    event as the public files show it when that differs from the event itself (an event with
    Internal rows: the Public rows' view, with its own SEQUENCE and LAST-MODIFIED); ``None``
    when the public files show the event as it is.
    """
    title: str
    start: When
    end: When
    all_day: bool
    departments: tuple[str, ...]
    lead: str | None
    rows: tuple[EventRow, ...]
    visibility: Visibility
    status: Status
    location: str = ""
    address: str = ""
    event_type: str = ""
    description: str = ""
    audience: str = ""
    language: str = ""
    accessibility: str = ""
    registration_url: str = ""
    assistance_wanted: str = ""
    attendance: int | None = None
    rrule: str = ""
    exdates: tuple[date, ...] = ()   # local dates of cancelled occurrences (EXDATE)
    title_es: str = ""
    description_es: str = ""
    evidence: tuple[MergeEvidence, ...] = ()
    uid: str = ""
    sequence: int = 0
    created: datetime | None = None
    last_modified: datetime | None = None
    removed: bool = False
    partner_departments_from_column: bool = False
    partners_from_offers: tuple[str, ...] = ()   # departments added by an Accepted offer
    extra: dict = field(default_factory=dict, compare=False, hash=False)
    # what the public files show of it when that differs from the event (Internal rows, or a
    # public SEQUENCE of its own): :func:`sheets_sync.merge.public_view` returns it
    shown: "CombinedEvent | None" = field(default=None, compare=False, hash=False)

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        return tuple(r.source for r in self.rows)

    @property
    def source_labels(self) -> tuple[str, ...]:
        """``("Police!12", "Fire!7")``; for a removed event, the rows it last had."""
        if self.rows:
            return tuple(r.source.label for r in self.rows)     # (str() of each, issue 17, p17ae)
        return tuple(self.extra.get("sources", ()))

    @property
    def is_joint(self) -> bool:
        """DESIGN.md: joint = two or more distinct departments."""
        return len(self.departments) >= 2

    @property
    def is_public(self) -> bool:
        return self.visibility is Visibility.PUBLIC

    @property
    def is_cancelled(self) -> bool:
        return self.status is Status.CANCELLED or self.removed

    @property
    def start_date(self) -> date:
        return self.start.date() if isinstance(self.start, datetime) else self.start


_EVENT_FIELDS: dict[str, int] = {}      # CombinedEvent's field name → position (filled below)


def replace_event(event: CombinedEvent, **changes: Any) -> CombinedEvent:
    """``dataclasses.replace(event, **changes)`` at 60% of the cost (3.8 µs against 6.3 µs;
    issue 17: the sync gives 100,000 events their identity this way): every field of
    :class:`CombinedEvent` is an ``__init__`` field, so the values go in by position.
    Raises ``KeyError`` for a name that is not a field."""
    values = list(_event_values(event))
    for name, value in changes.items():
        values[_EVENT_FIELDS[name]] = value
    return CombinedEvent(*values)


_EVENT_FIELDS.update((f.name, i) for i, f in enumerate(fields(CombinedEvent)))
_event_values = attrgetter(*_EVENT_FIELDS)


@dataclass(frozen=True)
class Table:
    """One generated tab: a title and rows of plain cell values; ``rows[0]`` is the header.

    ``highlights`` are optional per-row fill hints (row index → ``"bad"``/``"good"``) that a
    backend renders where it can (a month under target stands out).
    ``images`` are optional ``(anchor cell, PNG bytes)`` pairs (``("H2", b"\x89PNG...")``)
    that a backend able to hold pictures places on the tab (the local report workbook).
    ``dropdowns`` are optional ``(column index, allowed values)`` pairs: a backend that can
    offers those values as a list in that column's data cells (the Review tab's Decision).
    ``stamps`` are indexes of rows that only say when the sync ran (Data Quality's "Last
    sync"): a backend that skips unchanged uploads (Microsoft 365) does not count them as a change.
    """
    title: str
    rows: tuple[tuple[Any, ...], ...]
    highlights: tuple[tuple[int, str], ...] = ()
    images: tuple[tuple[str, bytes], ...] = ()
    dropdowns: tuple[tuple[int, tuple[str, ...]], ...] = ()
    stamps: tuple[int, ...] = ()


def merged_away(events: Iterable[CombinedEvent]) -> dict[str, str]:
    """``{uid of a removed event: uid of the live event its row was merged into}``.

    A removed event was *merged away* (by a staff decision in the Review tab or by the
    matcher) when the sheet row that led it (in the tab of its first ``Tab!row``, with its
    title, start and location) is now a row of a live event made of two or more rows. Such an
    event leaves the pages and ``events.json`` at once (the resident sees the one real event,
    not a cancelled twin above it); the feeds keep it as ``STATUS:CANCELLED`` for the grace
    period so subscribed calendars drop their copy. The row is found by its contents, not its
    position: a row deleted outright is in no merged event, though the rows below it moved up
    into its position (a helper's check: a deleted "Fall Festival" had been shown "Merged into
    Movie Night"), nor is one whose host deleted its row while its partners' rows, left
    behind, make an event of their own (it is shown cancelled, not sent to them).
    """
    owner: dict[tuple, str] = {}
    for e in events:
        if not e.removed and len(e.rows) >= 2:
            owner.update(((r.source.tab, r.title, r.start, r.location), e.uid) for r in e.rows)
    out = {}
    for e in events:
        if e.removed and e.source_labels:
            tab = e.source_labels[0].rpartition("!")[0]
            if (into := owner.get((tab, e.title, e.start, e.location))) is not None:
                out[e.uid] = into
    return out
