"""The measures export for performance dashboards: ``measures.csv`` / ``.xlsx``, their Table
Schema, the methods paragraph and a DCAT-US catalogue entry. Pure.

One row per (measure, period) in the long format dashboard loaders import (ClearPoint's Data
Loader, Clear Impact's CSV import, an ArcGIS/Socrata table): ``measure_id, measure_name,
period, period_start, period_end, actual, target, status, state, note``. Rows come from the
measures table (:mod:`reports.measures`; every :class:`~reports.measures.Measure` with an
``export`` grain), so ``actual`` equals the metric tabs, except that a month a manager has
signed off (``safety-events snapshot --sign NAME``) reports its signed figure (``state`` =
``frozen``) and the note says how far today's figure has moved since; every other row is
``provisional``. ``status``: ``met`` / ``not met`` for a period that has ended, ``in progress``
for the current one, ``scheduled so far`` for a future one (never a failure), blank when the
measure has no target.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timedelta, timezone
from typing import Sequence

from .measures import registry
from .metrics import Metrics
from .targets import add_months

CSV_PATH = "public/open-data/measures.csv"
XLSX_PATH = "public/open-data/measures.xlsx"
CATALOG_PATH = "public/open-data/data.json"
FIXED_CREATED = datetime(1980, 1, 1, tzinfo=timezone.utc)   # see measures_xlsx
STATUSES = ("met", "not met", "in progress", "scheduled so far", "")
STATES = ("frozen", "provisional")

#: (name, Table Schema type, description)
FIELDS = (
    ("measure_id", "string", "Stable identifier of the measure and its period length "
     "(joint_events_monthly, all_department_events_quarterly, ...)."),
    ("measure_name", "string", "The measure's name as managers read it."),
    ("period", "string", "YYYY-MM for a month, FYyy-Qn for a fiscal quarter (the fiscal year named "
     "by the calendar year it ends in)."),
    ("period_start", "date", "First day of the period (local)."),
    ("period_end", "date", "Last day of the period (local, inclusive)."),
    ("actual", "integer", "Number of combined events counted (the signed figure for a frozen month), "
     "with every department taking part, internal work included (see the methods)."),
    ("target", "integer", "The city's target for the period; empty when the measure has none."),
    ("status", "string", "met / not met (period ended), in progress (current period), scheduled so "
     "far (future period: events already scheduled), empty without a target."),
    ("state", "string", "frozen: a month a manager signed off (the figure will not change); "
     "provisional: today's figure, which later edits may change."),
    ("note", "string", "Who signed off and when, and how today's figure differs from the signed one."),
)

METHODS = (
    "Methods. Departments log community-safety events in a shared spreadsheet, one tab per "
    "department. Each sync validates the rows and merges the same event logged by several departments "
    "into one combined event with a stable identifier (UID), so an event counts once however many "
    "departments logged it. {policy} The fiscal year starts in month {fiscal} and is named by "
    "the calendar year it ends in. The measures count every department taking part in an event, "
    "including a department whose part in a public event is internal work (staffing logged as "
    "Internal); the event list (combined-events.csv) shows only the public part, so such an event "
    "is listed with the public departments alone (joint can be false there) and still counts as "
    "joint here, and events whose every row is Internal are not listed at all. Every figure can be "
    "traced to its events on the Metrics - "
    "Drill-down tab. A month a manager has signed off keeps its signed figure (state frozen); later "
    "edits show as a difference in the note and on the Snapshots tab.")
"""The methods paragraph; ``{policy}`` is :meth:`reports.measures.Policy.describe` (the definition
of a joint and an all-department event, what is not counted, the local months), said once."""


def _quarter_bounds(quarter: str, fiscal_start_month: int) -> tuple[date, date]:
    """``"FY26-Q1", 7`` → ``(2025-07-01, 2025-09-30)``."""
    fy, q = int(quarter[2:4]) + 2000, int(quarter[-1])
    first = date(fy - (1 if fiscal_start_month > 1 else 0), fiscal_start_month, 1)
    start = add_months(first, 3 * (q - 1))
    return start, add_months(start, 3) - timedelta(days=1)


def _bounds(period: str, grain: str, fiscal_start_month: int) -> tuple[date, date]:
    if grain == "quarter":
        return _quarter_bounds(period, fiscal_start_month)
    start = date.fromisoformat(period + "-01")
    return start, add_months(start, 1) - timedelta(days=1)


def _status(actual: int, target: int | None, start: date, end: date, today: date) -> str:
    if target is None:
        return ""
    if start > today:
        return "scheduled so far"
    if end >= today:
        return "in progress"
    return "met" if actual >= target else "not met"


def signed_uids(snapshot: dict, measure_id: str) -> list[str] | None:
    """The UIDs a signed snapshot reported for a month measure (None if it did not record it)."""
    figures = snapshot["figures"]
    if measure_id in figures.get("measures", {}):
        return list(figures["measures"][measure_id])
    legacy = {"events": "uids", "joint_events": "joint_uids"}.get(measure_id)
    return list(figures[legacy]) if legacy in figures else None


def measure_records(metrics: Metrics, snapshots: Sequence[dict], today: date, *, fiscal_start_month: int,
                    joint_target: int, all_department_target: int) -> list[dict]:
    """The export rows (see the module docstring), measure by measure, periods in order.

    ``snapshots``: stored month snapshots (:mod:`sheets_sync.snapshots`); only signed ones
    (``signed_by`` set) freeze a figure. ``today``: the local date.
    """
    signed = {s["month"]: s for s in snapshots if s.get("signed_by")}
    targets = {("joint", "month"): joint_target, ("all_department", "quarter"): all_department_target}
    out = []
    for m in registry(metrics.measures or None):
        for c in m.cells:
            if c.grain not in m.export or c.dim_kind != "":
                continue
            figures = metrics.months if c.grain == "month" else metrics.quarters
            target = targets.get((m.target, c.grain))
            for period, v in figures.items():
                start, end = _bounds(period, c.grain, fiscal_start_month)
                current = list(v.get(c.uids_key, []))
                actual, state, note = len(current), "provisional", ""
                snap = signed.get(period) if c.grain == "month" else None
                reported = signed_uids(snap, m.id) if snap else None
                if reported is not None:
                    added = [u for u in current if u not in reported]
                    dropped = [u for u in reported if u not in current]
                    actual, state = len(reported), "frozen"
                    note = f"signed off by {snap['signed_by']} on {snap['signed_at'][:10]}"
                    if added or dropped:
                        note += (f"; today's figure is {len(current)} ({len(added)} added, {len(dropped)} "
                                 "dropped since: see the Snapshots tab)")
                out.append({"measure_id": f"{m.id}_{'monthly' if c.grain == 'month' else 'quarterly'}",
                            "measure_name": m.name, "period": period, "period_start": start.isoformat(),
                            "period_end": end.isoformat(), "actual": actual,
                            "target": "" if target is None else target,
                            "status": _status(actual, target, start, end, today), "state": state,
                            "note": note})
    return out


def table_schema() -> dict:
    """The Table Schema (Frictionless) of ``measures.csv``."""
    fields = []
    for name, kind, description in FIELDS:
        field = {"name": name, "type": kind, "description": description}
        if name in ("measure_id", "measure_name", "period", "period_start", "period_end", "actual", "state"):
            field["constraints"] = {"required": True}
        if name in ("actual", "target"):
            field.setdefault("constraints", {})["minimum"] = 0
        if name == "status":
            field["constraints"] = {"enum": [s for s in STATUSES if s]}
        if name == "state":
            field["constraints"]["enum"] = list(STATES)
        fields.append(field)
    return {"fields": fields, "primaryKey": ["measure_id", "period"], "missingValues": [""]}


def measures_csv(records: Sequence[dict]) -> bytes:
    """UTF-8, comma-separated, CRLF line ends (RFC 4180), a header row."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=[f[0] for f in FIELDS], lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(records)
    return buf.getvalue().encode("utf-8")


def measures_xlsx(records: Sequence[dict]) -> bytes:
    """The same rows as one sheet named ``measures`` (numbers as numbers, dates as text).

    Written with XlsxWriter (issue 17: openpyxl's import costs a sync that reads with
    python-calamine about 0.1–0.2 s of CPU for this one small sheet); text is always a text
    cell, never a formula or a link; a blank value is an empty cell. The same ``records``
    give the same bytes: the document's ``created`` property is fixed at 1980-01-01 (the
    date XlsxWriter gives every part of the zip) instead of the writer's clock, so a sync
    that changed nothing does not publish a new file (a new ETag for every download)."""
    import xlsxwriter
    out = io.BytesIO()
    wb = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_formulas": False,
                                   "strings_to_urls": False, "strings_to_numbers": False})
    wb.set_properties({"created": FIXED_CREATED})
    ws = wb.add_worksheet("measures")
    names = [f[0] for f in FIELDS]
    ws.write_row(0, 0, names)
    for i, r in enumerate(records, start=1):
        ws.write_row(i, 0, [None if r[n] == "" else r[n] for n in names])
    wb.close()
    return out.getvalue()


def methods(policy_text: str, fiscal_start_month: int) -> str:
    return METHODS.format(policy=policy_text, fiscal=fiscal_start_month)


def with_measures_resource(package: bytes, methods_text: str) -> bytes:
    """``datapackage.json`` with the methods paragraph and the ``measures`` resource added."""
    data = json.loads(package)
    data["description"] = data.get("description", "") + "\n\n" + methods_text
    data["resources"] = [r for r in data["resources"] if r.get("name") != "measures"] + [{
        "name": "measures", "path": "measures.csv", "profile": "tabular-data-resource", "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8", "title": "Performance measures",
        "description": "The city's joint-event measures per month and fiscal quarter, with targets. "
                       + methods_text,
        "dialect": {"delimiter": ",", "quoteChar": "\"", "header": True}, "schema": table_schema()}]
    return json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8")


def dcat_catalog(*, site_title: str, base_url: str, methods_text: str, modified: str,
                 publisher: str = "", contact_email: str = "") -> bytes:
    """``data.json``: a DCAT-US v1.1 (Project Open Data metadata schema) catalogue with one
    dataset, the open event record and its measures, each file a ``distribution``;
    ``contact_email``: ``site.open_data_email`` (blank: a placeholder address)."""
    base = base_url.rstrip("/")
    dist = [("combined-events.csv", "text/csv", "Combined events (CSV)"),
            ("measures.csv", "text/csv", "Performance measures (CSV)"),
            ("measures.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "Performance measures (Excel)"),
            ("datapackage.json", "application/json", "Frictionless Data Package (schemas)")]
    catalog = {
        "@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
        "@type": "dcat:Catalog", "conformsTo": "https://project-open-data.cio.gov/v1.1/schema",
        "describedBy": "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
        "dataset": [{
            "@type": "dcat:Dataset", "title": f"{site_title}: community safety events and joint-event measures",
            "description": "Public community-safety events of the city's departments (one row per combined "
                           "event) and the monthly and quarterly joint-event measures. " + methods_text,
            "keyword": ["public safety", "community events", "performance measures", "joint events"],
            "modified": modified, "publisher": {"@type": "org:Organization", "name": publisher or site_title},
            "contactPoint": {"@type": "vcard:Contact", "fn": publisher or site_title,
                             "hasEmail": f"mailto:{contact_email or 'opendata@example.gov'}"},
            "identifier": f"{base}/open-data/datapackage.json", "accessLevel": "public",
            "license": "https://creativecommons.org/publicdomain/zero/1.0/",
            "landingPage": base, "accrualPeriodicity": "R/P1D",
            "describedBy": f"{base}/open-data/datapackage.json",
            "describedByType": "application/vnd.datapackage+json",
            "distribution": [{"@type": "dcat:Distribution", "downloadURL": f"{base}/open-data/{name}",
                              "mediaType": media, "title": title} for name, media, title in dist],
        }],
    }
    return json.dumps(catalog, indent=1, ensure_ascii=False).encode("utf-8")
