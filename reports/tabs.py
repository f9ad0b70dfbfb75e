"""Generated tabs as :class:`~sheets_sync.model.Table` values. Pure.

Tab names are part of the contract (other tools and staff bookmarks rely on them):
``Combined Events``, ``Validation``, ``Metrics - Monthly``, ``Metrics - Quarterly``,
``Metrics - Departments``, ``Metrics - Collaboration``, ``Data Quality``, ``Review Duplicates``,
``Metrics - Drill-down``.
Every metric row lists the UIDs behind it, so a number can be traced to ``Combined Events``.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Sequence

from typing import TYPE_CHECKING

from sheets_sync.model import CombinedEvent, RowIssue, Severity, Table, merged_away
from sheets_sync.timeutil import clock_text

if TYPE_CHECKING:        # reports.metrics reads the tab names from here
    from .metrics import Metrics

COMBINED = "Combined Events"
VALIDATION = "Validation"
MONTHLY = "Metrics - Monthly"
QUARTERLY = "Metrics - Quarterly"
DEPARTMENTS = "Metrics - Departments"
COLLABORATION = "Metrics - Collaboration"
DATA_QUALITY = "Data Quality"
REVIEW = "Review Duplicates"            # written by sheets_sync.review; staff type decisions there
DRILLDOWN = "Metrics - Drill-down"      # reports.drilldown: every metric cell → its events
JOINT_SCHEDULE = "Joint Schedule"    # reports.cycle
SNAPSHOTS = "Snapshots"              # reports.snapshots
GENERATED_TABS = (COMBINED, VALIDATION, MONTHLY, QUARTERLY, DEPARTMENTS, COLLABORATION, DATA_QUALITY,
                  JOINT_SCHEDULE, SNAPSHOTS, REVIEW, DRILLDOWN)


def _when(value: date | datetime, all_day: bool) -> str:
    if isinstance(value, datetime):
        return clock_text(value)
    return value.isoformat()


def merged_because(e: CombinedEvent) -> str:
    """The ``Merged Because`` cell: each link ``"Police!12+Fire!7: rules 0.87 (title, start)"``
    (the two rows, who decided, the score, the fields that matched), ``"; "``-separated. An
    event rebuilt from the record (no rows: removed from the sheet, or a calendar event carried
    past its file's window) whose record kept no reasons — written before the record kept
    them, or one it keeps without them — still names the rows it merged, ``"Police!12 +
    Fire!7: merged at an earlier sync (the reasons were not recorded)"``; blank for one row."""
    if e.evidence:
        return "; ".join(f"{ev.a}+{ev.b}: {ev.decided_by} {ev.score:.2f} ({', '.join(ev.matched)})"
                         for ev in e.evidence)
    if not e.rows and len(e.source_labels) > 1:
        return f"{' + '.join(e.source_labels)}: merged at an earlier sync (the reasons were not recorded)"
    return ""


def _joint_cells(events: Sequence[CombinedEvent], metrics: Metrics | None, into: dict[str, str]):
    """``Combined Events`` › ``Joint`` for each event: "yes" exactly for the events the joint
    events figure counts (read from the measures table the metric tabs read), "no" for an event
    of one department, and "no (why)" for an event of several departments that is not counted
    (cancelled, removed, merged into another event (``into``: :func:`~sheets_sync.model.merged_away`),
    postponed, every row Internal). Without metrics: joint or not."""
    if metrics is None or metrics.table is None:
        return lambda e: "yes" if e.is_joint else "no"
    from .measures import event_uid, not_counted_because   # reports.measures reads the tab names from here
    joint = {event_uid(row[5]) for row in metrics.table if row[0] == "joint_events"}   # a series' sessions too

    def cell(e: CombinedEvent) -> str:
        if e.uid in joint:
            return "yes"
        why = ("merged into another event: counted there" if e.uid in into else
               not_counted_because(e, metrics.policy)) if e.is_joint else ""
        return f"no ({why})" if why else "no"
    return cell


def combined_events_table(events: Sequence[CombinedEvent], metrics: Metrics | None = None) -> Table:
    header = ("UID", "Title", "Start", "End", "All Day", "Departments", "Lead Department",
              "Department Count", "Joint", "Visibility", "Status", "Event Type", "Location",
              "Sources", "Merged Because", "Sequence", "Last Modified (UTC)",
              "Partners by Accepted Offer")
    rows = [header]
    into = merged_away(events) if any(e.removed for e in events) else {}
    titles = {e.uid: e.title for e in events if e.uid in into.values()} if into else {}
    joint = _joint_cells(events, metrics, into)
    for e in events:
        end = e.end
        if e.all_day and isinstance(end, date):  # show the inclusive last day to staff
            from datetime import timedelta
            end = end - timedelta(days=1)
        why = merged_because(e)
        status = (f"Merged into {titles[into[e.uid]]}" if e.uid in into else "Removed from sheet") if e.removed \
            else e.status.value
        rows.append((e.uid, e.title, _when(e.start, e.all_day), _when(end, e.all_day),
                     "yes" if e.all_day else "no", ", ".join(e.departments), e.lead or "",
                     len(e.departments), joint(e), e.visibility.value, status,
                     e.event_type, e.location, ", ".join(e.source_labels), why, e.sequence,
                     clock_text(e.last_modified, seconds=True) if e.last_modified else "",
                     ", ".join(e.partners_from_offers)))
    return Table(COMBINED, tuple(rows))


def validation_table(issues: Sequence[RowIssue]) -> Table:
    header = ("Severity", "Tab", "Row", "Column", "Value", "Problem", "What to do")
    ordered = sorted(issues, key=lambda i: (i.severity is not Severity.ERROR, i.tab, i.row, i.column))
    rows = [header, *(i.as_row() for i in ordered)]
    highlights = tuple((n + 1, "bad") for n, i in enumerate(ordered) if i.severity is Severity.ERROR)
    return Table(VALIDATION, tuple(rows), highlights)


def _measure_columns(tab: str, fixed: Sequence[str], measures) -> tuple[list[str], dict]:
    """The tab's header: ``fixed`` (its usual columns), with every other measure shown on the
    tab (:data:`reports.measures.MEASURES`, registry order) before the last, text column; and
    ``{column: Cell}`` for the counts."""
    from .measures import cells_on       # reports.measures reads the tab names from here
    cells = {c.column: c for _, c in cells_on(tab, measures or None) if c.dim_kind != "pair"}
    return [*fixed[:-1], *(c for c in cells if c not in fixed), fixed[-1]], cells


def _figure_rows(tab: str, fixed: Sequence[str], figures: dict, extra, measures) -> tuple[list[tuple], list[int]]:
    """One row per ``figures`` item: measure columns from its counts, others from ``extra(key, v)``
    (a dict of column → value); returns the rows (header first) and the not-met row numbers."""
    header, cells = _measure_columns(tab, fixed, measures)
    rows, bad = [tuple(header)], []
    for n, (key, v) in enumerate(figures.items(), start=1):
        other = extra(key, v)
        rows.append((key, *(v.get(cells[h].key, 0) if h in cells else other.get(h, "") for h in header[1:])))
        if other.get("Met") == "no":
            bad.append(n)
    return rows, bad


def _met(met: bool, period: str, current: str | None) -> str:
    """The ``Met`` cell: ``yes``/``no`` for an ended period; the current period not yet met is
    ``in progress`` and a future one ``scheduled so far`` (as the charts and ``measures.csv``
    say), so only an ended period under target reads — and is shaded — as a failure.
    Without ``current`` (today's month or fiscal quarter) every period is judged as ended."""
    if current is not None and period > current:
        return "scheduled so far"
    if met:
        return "yes"
    return "in progress" if current is not None and period == current else "no"


def monthly_table(m: Metrics, current: str | None = None) -> Table:
    """``current``: today's month (``YYYY-MM``), for the ``Met`` column (:func:`_met`)."""
    rows, bad = _figure_rows(MONTHLY, ("Month", "Events", "Joint Events", "Target", "Met", "Joint Event UIDs"),
                             m.months, lambda k, v: {"Target": v["target"], "Met": _met(v["met"], k, current),
                                                  "Joint Event UIDs": ", ".join(v["joint_uids"])},
                             m.measures)
    return Table(MONTHLY, tuple(rows), tuple((n, "bad") for n in bad))


def quarterly_table(m: Metrics, current: str | None = None) -> Table:
    """``current``: today's fiscal quarter (``FY26-Q1``), for the ``Met`` column (:func:`_met`)."""
    rows, bad = _figure_rows(
        QUARTERLY, ("Fiscal Quarter", "Events", "Joint Events", "All-Department Events", "Target", "Met",
                    "All-Department Event UIDs"), m.quarters,
        lambda k, v: {"Target": v["target"], "Met": _met(v["met"], k, current),
                   "All-Department Event UIDs": ", ".join(v["all_department_uids"])}, m.measures)
    return Table(QUARTERLY, tuple(rows), tuple((n, "bad") for n in bad))


def departments_table(m: Metrics) -> Table:
    rows, _ = _figure_rows(
        DEPARTMENTS, ("Department", "Events Led", "Events Taken Part In", "Joint Events Taken Part In",
                      "Partners (shared events)"), m.departments,
        lambda k, v: {"Partners (shared events)": ", ".join(f"{p} ({n})" for p, n in v["partners"].items())},
        m.measures)
    return Table(DEPARTMENTS, tuple(rows))


def collaboration_table(m: Metrics) -> Table:
    names = list(m.departments)
    rows = [("Department", *names)]
    for a in names:
        rows.append((a, *("" if a == b else m.collaboration.get((a, b), 0) for b in names)))
    return Table(COLLABORATION, tuple(rows))


def data_quality_table(figures: dict) -> Table:
    """``figures``: ordered ``{label: value}`` (rows read, accepted, rejected, ...)."""
    rows = [("Measure", "Value")]
    rows.extend((k, v) for k, v in figures.items())
    stamps = tuple(i for i, (k, _) in enumerate(rows) if k.startswith("Last sync"))
    return Table(DATA_QUALITY, tuple(rows), stamps=stamps)


def all_tables(events: Sequence[CombinedEvent], issues: Sequence[RowIssue], metrics: Metrics,
               quality: dict, current: tuple[str, str] | None = None) -> list[Table]:
    """``current``: today's ``(month, fiscal quarter)``, so periods not ended are never failures."""
    month, quarter = current or (None, None)
    return [combined_events_table(events, metrics), validation_table(issues), monthly_table(metrics, month),
            quarterly_table(metrics, quarter), departments_table(metrics), collaboration_table(metrics),
            data_quality_table(quality)]
