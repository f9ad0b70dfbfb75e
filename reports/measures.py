"""The one long table every reported figure comes from. Pure.

Each counted event contributes one row per (measure, cell it is counted in):

=========== ==============================================================================
column      meaning
=========== ==============================================================================
measure     :attr:`Measure.id` (``joint_events``, ``internal_joint_work`` …)
grain       ``month`` | ``quarter`` | ``total``
period      ``2025-08`` (month), ``FY26-Q1`` (fiscal quarter), ``total``
dim_kind    ``""`` (none) | ``lead`` | ``department`` | ``pair``
dimension   ``""``, a department name, or ``"A|B"`` for an ordered department pair
uid         the combined event's UID; for one session of a series, ``"<UID>#<YYYY-MM-DD>"``
=========== ==============================================================================

A figure is the number of rows of its group, so it is ``len(uids)`` by construction. The
metric tabs (:mod:`reports.tabs`), the drill-down, the charts, the dashboard, ``sync --json``,
snapshots and the measures export all read the groups of this table; a new measure is one
:class:`Measure` added to :data:`MEASURES` (it then shows on its tab, in the drill-down and in
the export).

**A series** (a row with Repeats: one event with an RRULE in the feeds) counts once per
session, in the session's month and quarter (:func:`session_days`), as the same sessions
typed as rows or read from a calendar file count.

**Counting policy** (:class:`Policy`, ``metrics:`` in config.yaml). Cancelled, removed and
postponed events are never counted (:func:`counted`), nor is a rain date while its first date stands
(:func:`reserve_rain_dates`). An event whose *every* row says Internal (a planning meeting, a
staff training; a blank Visibility says nothing) is *internal joint work*
when it has two or more departments; by default it is not a
joint *community* event and not an all-department event. ``metrics.count_internal_joint: true``
counts it in both (and it stays in internal joint work too).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date, datetime, timedelta
from typing import Callable, Iterator, Mapping, Sequence

from sheets_sync.model import CALLED_OFF, CombinedEvent, Status, Visibility
from sheets_sync.parsing import RAIN_DATE_WORDS

from .tabs import COLLABORATION, DEPARTMENTS, MONTHLY, QUARTERLY

COLUMNS = ("measure", "grain", "period", "dim_kind", "dimension", "uid")


@dataclass(frozen=True)
class Policy:
    """What counts. ``core``: the configured core departments (all-department measure)."""
    core: tuple[str, ...] = ()
    count_internal_joint: bool = False
    joint_share_min_events: int = 4      # the joint share is shown for months with this many events

    def describe(self) -> str:
        """The policy in one paragraph, as printed on the Data Quality tab and the dashboard."""
        internal = ("are counted as joint community events (metrics.count_internal_joint: true) and "
                    "also reported as internal joint work" if self.count_internal_joint else
                    "are not joint community events; they are reported separately as internal joint "
                    "work (set metrics.count_internal_joint: true to count them)")
        return ("A joint event is a combined event (the same event logged by several departments "
                "counts once) with two or more distinct departments (lead, partners and every merged "
                "row's department); an all-department event includes every core department. A series "
                "counts once per session, in the session's month. Cancelled, "
                "removed and postponed events are not counted, nor is a rain date while its first date stands. Events whose every row is Internal (planning "
                f"meetings, staff trainings) {internal}. Months and fiscal quarters are local time. The "
                f"joint share is shown only for months with at least {self.joint_share_min_events} events.")


def counted(e: CombinedEvent) -> bool:
    """The event counts in the figures at all: it is not cancelled, removed from the sheet or
    postponed (a postponed event is not held on its day; the row for its new day counts), nor
    made only of the parts left by an event whose host deleted its row
    (:func:`sheets_sync.pipeline.left_parts`). A rain
    date kept in reserve is left out where the figures are made (:func:`reserve_rain_dates`)."""
    return not e.is_cancelled and e.status is not Status.POSTPONED and "left_parts" not in e.extra


#: a title marking its row as an event's rain date ("Touch a Truck (Rain Date)", "Rain Date: Touch
#: a Truck", "Movie Night - backup date"), not an event naming its rain date ("Movie in the Park
#: (rain date 6/12)", "… rain date: June 12"): no date or day follows the words
_RAIN_DATE = re.compile(rf"\b{RAIN_DATE_WORDS}(?:date|day)\b" r"(?!\s*(?:[:\-\u2013]\s*)?"
                        r"(?:is\s+|will be\s+|of\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|"
                        r"thu|fri|sat|sun|next|the\s))", re.I)


@lru_cache(maxsize=1 << 14)        # asked of every event, whose titles repeat (issue 17)
def rain_date(title: str) -> bool:
    """``title`` marks its row as an event's rain date (:data:`_RAIN_DATE`)."""
    return bool(_RAIN_DATE.search(title))


#: how long before its rain date an event's first date may be (five weeks)
RAIN_DATE_DAYS = 35


_NOT_WORD = re.compile(r"[^\w]+|_")


def _base_title(title: str) -> str:
    """A rain date's title as its first date's: the rain-date words, case and punctuation left out."""
    return " ".join(_NOT_WORD.sub(" ", _RAIN_DATE.sub(" ", title).lower()).split())


def reserve_rain_dates(events: Sequence[CombinedEvent]) -> list[CombinedEvent]:
    """The rain dates held in reserve: an event titled as a rain date (:func:`rain_date`: "Touch a
    Truck (Rain Date)") while its first date — an event of the same title without the words,
    1–:data:`RAIN_DATE_DAYS` days before it — is counted. Not counted, so one event is not
    counted twice (a fresh verifier's finding). A rain date whose first date was called off
    (Cancelled, "- RAINED OUT") or moved onto it (merged: "originally 10/4") is the event held,
    and counts."""
    rain = [e for e in events if counted(e) and rain_date(e.title)]
    if not rain:
        return []
    firsts: dict[str, list[date]] = {}
    for e in events:
        if counted(e) and not rain_date(e.title):
            firsts.setdefault(_base_title(e.title), []).append(e.start_date)
    return [e for e in rain if any(0 < (e.start_date - d).days <= RAIN_DATE_DAYS
                                   for d in firsts.get(_base_title(e.title), ()))]


def not_counted_because(e: CombinedEvent, policy: Policy) -> str:
    """Why an event with two or more departments is not a joint community event (blank when
    it is one): what ``Combined Events`` › ``Joint`` says beside "no"."""
    if e.removed:
        return "removed from the sheet: not counted"
    if e.is_cancelled:
        return "cancelled: not counted"
    if e.status is Status.POSTPONED:
        return "postponed: not counted on this day"
    if "left_parts" in e.extra:
        return "the parts of an event whose own row was deleted: not counted"
    if rain_date(e.title):      # (asked only of an event the figures leave out: a rain date in reserve)
        return "a rain date: not counted while its first date stands"
    if not _community(e, policy):
        return "every row Internal: counted as internal joint work"
    return ""


def internal_only(e: CombinedEvent) -> bool:
    """True when every source row says Internal (a removed event: its last visibility). A row
    with Visibility blank is kept Internal, never published, but says nothing of the event
    being internal work (``EventRow.visibility_said``): a new city's town hall, a fresh helper's
    after-action logs (v56) from tabs with no Visibility column, and a README-only check's movie
    night logged with no Visibility beside Police's Internal patrol went uncounted."""
    if not e.rows:
        return e.visibility is Visibility.INTERNAL
    return all(r.visibility is Visibility.INTERNAL and r.visibility_said for r in e.rows)


def is_all_department(e: CombinedEvent, core: Sequence[str]) -> bool:
    return bool(core) and set(core) <= set(e.departments)


def _community(e: CombinedEvent, p: Policy) -> bool:
    return p.count_internal_joint or not internal_only(e)


@dataclass(frozen=True)
class Cell:
    """Where a measure is shown: at ``grain`` per ``dim_kind`` on ``tab`` under ``column``
    (for ``pair`` cells the column is the second department). ``key``/``uids_key`` name the
    figure in :class:`reports.metrics.Metrics` dicts."""
    grain: str
    dim_kind: str
    tab: str
    column: str
    key: str
    uids_key: str


@dataclass(frozen=True)
class Measure:
    """One counted measure: ``counts(event, policy)`` says whether an event (not cancelled)
    counts; ``target`` names the config target it is compared with (``joint`` /
    ``all_department``), if any; ``export`` lists the grains published in ``measures.csv``."""
    id: str
    name: str
    counts: Callable[[CombinedEvent, Policy], bool]
    cells: tuple[Cell, ...]
    target: str = ""
    export: tuple[str, ...] = ("month", "quarter")
    description: str = ""


MEASURES: tuple[Measure, ...] = (
    Measure("events", "Events", lambda e, p: True,
            (Cell("month", "", MONTHLY, "Events", "events", "uids"),
             Cell("quarter", "", QUARTERLY, "Events", "events", "uids"),
             Cell("total", "department", DEPARTMENTS, "Events Taken Part In", "events", "event_uids")),
            description="Events held or scheduled, not cancelled or postponed (internal ones included)."),
    Measure("joint_events", "Joint community events",
            lambda e, p: e.is_joint and _community(e, p),
            (Cell("month", "", MONTHLY, "Joint Events", "joint_events", "joint_uids"),
             Cell("quarter", "", QUARTERLY, "Joint Events", "joint_events", "joint_uids"),
             Cell("total", "department", DEPARTMENTS, "Joint Events Taken Part In", "joint", "joint_uids"),
             Cell("total", "pair", COLLABORATION, "", "shared", "shared_uids")),
            target="joint", description="Events with two or more departments, under the counting policy."),
    Measure("all_department_events", "All-department events",
            lambda e, p: is_all_department(e, p.core) and _community(e, p),
            (Cell("quarter", "", QUARTERLY, "All-Department Events", "all_department_events",
                  "all_department_uids"),),
            target="all_department", export=("quarter",),
            description="Events including every core department, under the counting policy."),
    Measure("internal_joint_work", "Internal joint work",
            lambda e, p: e.is_joint and internal_only(e),
            (Cell("month", "", MONTHLY, "Internal Joint Work", "internal_joint_work", "internal_joint_uids"),
             Cell("quarter", "", QUARTERLY, "Internal Joint Work", "internal_joint_work",
                  "internal_joint_uids")),
            description="Events with two or more departments whose every row is Internal."),
    Measure("events_led", "Events led", lambda e, p: e.lead is not None,
            (Cell("total", "lead", DEPARTMENTS, "Events Led", "led", "led_uids"),), export=(),
            description="Events a department leads."),
)


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def fiscal_quarter(day: date, start_month: int) -> str:
    """``date(2024, 7, 1), 7`` → ``"FY25-Q1"`` (the fiscal year named by the year it ends in)."""
    offset = (day.month - start_month) % 12
    fy = day.year + (1 if start_month > 1 and day.month >= start_month else 0)
    return f"FY{fy % 100:02d}-Q{offset // 3 + 1}"


def _dimensions(e: CombinedEvent, kind: str) -> list[str]:
    if kind == "":
        return [""]
    if kind == "lead":
        return [e.lead] if e.lead else []
    if kind == "department":
        return list(e.departments)
    return [f"{a}|{b}" for a in e.departments for b in e.departments if a != b]      # pair


def _period(day: date, grain: str, fiscal_start_month: int) -> str:
    if grain == "month":
        return month_key(day)
    if grain == "quarter":
        return fiscal_quarter(day, fiscal_start_month)
    return "total"


#: the most sessions of one series counted (a weekly series of nineteen years)
MAX_SESSIONS = 1000


def session_key(uid: str, day: date) -> str:
    """The key one session of a series is counted under: ``"<UID>#<YYYY-MM-DD>"``, its UID and
    local start date (the RECURRENCE-ID an RFC 5545 client gives that occurrence)."""
    return f"{uid}#{day.isoformat()}"


def event_uid(key: str) -> str:
    """The event UID of a counted key (:func:`session_key`'s date taken off)."""
    uid, sep, day = key.rpartition("#")
    return uid if sep and len(day) == 10 and day[4] == "-" and day[7] == "-" else key


def session_days(events: Sequence[CombinedEvent], until: date | None = None) -> dict[str, tuple[date, ...]]:
    """The local days each counted series is held on, by UID: every occurrence of its RRULE (a
    sheet row's Repeats; RFC 5545 §3.8.5.3, DTSTART first) less its EXDATEs, at most
    :data:`MAX_SESSIONS`. A series with no end (no UNTIL or COUNT) is counted through the
    last day of the month of the latest day any other counted event (or ended series) is held
    on, and at least its first session: the figures cover the months the sheet plans, never the
    rule's endless future; and never past ``until`` (the sync's feed window: ``feed.future_days``
    after its day), so one row typed in 2099 does not stretch every endless series there. Events
    with no rule are not in the map (each counts once, on its start date)."""
    series = [e for e in events if e.rrule and counted(e)]
    if not series:
        return {}              # most syncs (issue 17: no second pass over the events)
    from sheets_sync.recurrence import occurrences
    out: dict[str, tuple[date, ...]] = {}
    last = max((e.start_date for e in events if not e.rrule and counted(e)), default=None)
    endless = []
    for e in series:
        if "UNTIL=" not in e.rrule and "COUNT=" not in e.rrule:
            endless.append(e)
            continue
        out[e.uid] = _days(occurrences(e.rrule, e.start, limit=MAX_SESSIONS), e.exdates)
        if out[e.uid]:
            last = max(last, out[e.uid][-1]) if last else out[e.uid][-1]
    for e in endless:
        bound = max(last or e.start_date, e.start_date)
        through = date(bound.year + bound.month // 12, bound.month % 12 + 1, 1) - timedelta(days=1)
        if until is not None:
            through = max(min(through, until), e.start_date)
        out[e.uid] = _days(occurrences(e.rrule, e.start, until=through, limit=MAX_SESSIONS), e.exdates)
    return out


def _days(starts, exdates) -> tuple[date, ...]:
    skip = set(exdates)
    days = (s.date() if isinstance(s, datetime) else s for s in starts)
    return tuple(dict.fromkeys(d for d in days if d not in skip))


def registry(measures: Sequence[Measure] | None = None) -> tuple[Measure, ...]:
    """``measures``, or :data:`MEASURES` as it is now (read at call time)."""
    return tuple(MEASURES if measures is None else measures)


def measure_rows(events: Sequence[CombinedEvent], policy: Policy, fiscal_start_month: int,
                 measures: Sequence[Measure] | None = None,
                 sessions: Mapping[str, Sequence[date]] | None = None
                 ) -> Iterator[tuple[str, str, str, str, str, str]]:
    """The long table's rows (see the module docstring), events in the given order. A series
    counts once per session (``sessions``: :func:`session_days`, worked out here when not
    given), each under its :func:`session_key` and in its own month and quarter, as the same
    sessions typed as rows or read from a calendar file would."""
    measures = registry(measures)
    if sessions is None:
        sessions = session_days(events)
    spare = {id(e) for e in reserve_rain_dates(events)}       # (by object: drafts have no UID yet)
    for e in events:
        if not counted(e) or (spare and id(e) in spare):
            continue
        held = sessions.get(e.uid) if sessions else None
        keyed = ((e.start_date, e.uid, e),) if held is None else tuple(
            (d, session_key(e.uid, d), ev) for d, ev in _sessions_of(e, held))
        for m in measures:
            for day, key, ev in keyed:
                if not m.counts(ev, policy):
                    continue
                for c in m.cells:
                    period = _period(day, c.grain, fiscal_start_month)
                    for d in _dimensions(ev, c.dim_kind):
                        yield (m.id, c.grain, period, c.dim_kind, d, key)


def _sessions_of(e: CombinedEvent, days: Sequence[date]) -> Iterator[tuple[date, CombinedEvent]]:
    """Each session day of the series ``e`` with the event as held that day: a partner's
    one-off row merged with the series (on any session:
    :func:`sheets_sync.series_visits.session_visits`) takes part on its own day only, so a
    drop-by on one Wednesday makes that session joint, not the whole series; a one-off row
    Cancelled or Postponed calls its department's session off (a calendar export's
    "Daytime Yoga CANCELLED" beside its expanded occurrence; a session no department holds
    is left out); and a department whose own Repeats ends sooner (or excepts the day) takes
    part only in the sessions its rule holds (:func:`sheets_sync.merge._series_of` publishes
    them all)."""
    series = [r for r in e.rows if r.rrule]
    offers = set(e.partners_from_offers)
    own = {d for r in series for d in r.departments} | offers
    visits: dict[date, set[str]] = {}
    off: dict[date, set[str]] = {}      # the department whose one-off row calls that session off
    for r in e.rows:
        if not r.rrule:
            day = r.start.date() if isinstance(r.start, datetime) else r.start
            if r.status in CALLED_OFF:     # (its own session: not a partner its title names)
                off.setdefault(day, set()).add(r.department)
            else:
                visits.setdefault(day, set()).update(r.departments)
    held = None
    if any((r.rrule, r.exdates, r.start) != (series[0].rrule, series[0].exdates, series[0].start) for r in series[1:]):
        from sheets_sync.recurrence import occurrences_days
        last = max(days, default=e.start_date)       # (a rule with no end: its days up to the last counted)
        held = [(r.departments, set(occurrences_days(r.rrule, r.start, until=last, limit=MAX_SESSIONS))
                 - set(r.exdates)) for r in series]
    if held is None and not off and (not visits or own >= set(e.departments)):
        yield from ((d, e) for d in days)
        return
    for day in days:
        mine = own if held is None else \
            offers | {x for names, h in held if day in h for x in names}
        taking = tuple(x for x in e.departments if (x in mine or x in visits.get(day, ()))
                       and x not in off.get(day, ()))
        if not taking:
            continue            # every department called that session off: not held
        yield day, (e if taking == e.departments else replace(e, departments=taking))


def measures_table(events: Sequence[CombinedEvent], policy: Policy, fiscal_start_month: int,
                   measures: Sequence[Measure] | None = None,
                   sessions: Mapping[str, Sequence[date]] | None = None
                   ) -> tuple[tuple[str, str, str, str, str, str], ...]:
    """The long table: one row (a tuple of :data:`COLUMNS`) per (cell, event), in
    :func:`measure_rows`' order; an event counts at most once in a cell even if a measure
    listed the same cell twice (a repeated row is dropped, the first kept). Plain tuples
    (issue 17, p17j: it was a ``pandas.DataFrame``, whose import alone cost the sync 0.3 s of
    CPU, and the only use of the table is :func:`groups`)."""
    return tuple(dict.fromkeys(measure_rows(events, policy, fiscal_start_month, measures, sessions)))


def groups(table) -> dict[tuple[str, str, str, str, str], list[str]]:
    """``{(measure, grain, period, dim_kind, dimension): [uid, …]}``: groups in first-seen
    order, each group's UIDs in table order (what ``DataFrame.groupby(sort=False)`` gave)."""
    out: dict[tuple[str, str, str, str, str], list[str]] = {}
    for measure_id, grain, period, kind, dimension, uid in table:
        out.setdefault((measure_id, grain, period, kind, dimension), []).append(uid)
    return out


def measure(measure_id: str, measures: Sequence[Measure] | None = None) -> Measure:
    """Raises ``KeyError`` for an unknown id."""
    for m in registry(measures):
        if m.id == measure_id:
            return m
    raise KeyError(measure_id)


def cells_on(tab: str, measures: Sequence[Measure] | None = None) -> list[tuple[Measure, Cell]]:
    """The (measure, cell) pairs shown on ``tab``, registry order."""
    return [(m, c) for m in registry(measures) for c in m.cells if c.tab == tab]
