"""Open-data export of the combined record ("datahub record"): CSV + Frictionless Data Package. Pure.

Published with the feeds under ``public/open-data/``:

- ``combined-events.csv`` — one row per public combined event in the feed window (the same
  events, and so the same UIDs, as ``public/calendar.ics`` and ``public/events.json``),
  UTF-8, comma-separated, CRLF line ends (RFC 4180), a header row.
- ``datapackage.json`` — a Data Package (Frictionless Data "Data Package" v1 spec) with one
  tabular resource whose Table Schema (Frictionless "Table Schema" spec) gives each field's
  type, format and description, ``missingValues: [""]`` and the primary key ``uid``.

Only public fields of public events leave the building: internal events are never in
``events`` (the caller passes the public list), and the columns are an allow-list
(:data:`FIELDS`) — ``Contact``, ``Internal Notes``, source rows and visibility are not among
them. Times are local wall-clock dates/times in the configured timezone (named in the
``timezone`` column); ``last_modified`` is UTC.
"""
from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Sequence

from sheets_sync.model import CombinedEvent, Status
from sheets_sync.timeutil import JsonInstants, json_instant

CSV_PATH = "public/open-data/combined-events.csv"
PACKAGE_PATH = "public/open-data/datapackage.json"

#: (name, Table Schema type, format, description) — the export's columns, in order.
FIELDS: tuple[tuple[str, str, str, str], ...] = (
    ("uid", "string", "default", "Stable identifier of the combined event (iCalendar UID, RFC 5545)."),
    ("title", "string", "default", "Event title."),
    ("title_es", "string", "default", "Event title in Spanish, when given."),
    ("start_date", "date", "default", "Local start date (YYYY-MM-DD) in the timezone column's zone."),
    ("start_time", "time", "default", "Local start time (HH:MM:SS); empty for all-day events."),
    ("end_date", "date", "default", "Local last day of the event (inclusive)."),
    ("end_time", "time", "default", "Local end time (HH:MM:SS); empty for all-day events."),
    ("all_day", "boolean", "default", "true when the event has no start time."),
    ("timezone", "string", "default", "IANA timezone of the local dates and times."),
    ("recurrence", "string", "default", "RFC 5545 RRULE value for repeating events; empty otherwise."),
    ("location", "string", "default", "Place name."),
    ("address", "string", "default", "Street address."),
    ("lead_department", "string", "default", "Department leading the event."),
    ("departments", "string", "default", "Every department taking part publicly, separated by '; ' "
     "(a department whose part is internal work, logged as Internal, is not shown)."),
    ("department_count", "integer", "default", "Number of distinct departments in the departments column."),
    ("joint", "boolean", "default", "true when two or more departments take part publicly (the "
     "departments column). The measures (measures.csv) also count a department whose part is internal "
     "work, so an event false here can count as joint there; they leave out events whose status is "
     "Cancelled."),
    ("all_departments", "boolean", "default", "true when every core department takes part publicly (an "
     "all-department event; the measures also count internal work, as for joint, and leave out "
     "Cancelled ones)."),
    ("event_type", "string", "default", "Kind of event (National Night Out, CPR Class, ...)."),
    ("status", "string", "default", "Scheduled, Tentative, Postponed or Cancelled."),
    ("description", "string", "default", "Public description."),
    ("description_es", "string", "default", "Public description in Spanish, when given."),
    ("audience", "string", "default", "Who the event is for."),
    ("language", "string", "default", "Language(s) the event is held in."),
    ("accessibility", "string", "default", "Accessibility information."),
    ("registration_url", "string", "uri", "Where to register, when registration is needed."),
    ("sequence", "integer", "default", "Revision number (iCalendar SEQUENCE): rises with each change."),
    ("last_modified", "datetime", "default", "When the event last changed (UTC, ISO 8601)."),
)
_STATUSES = [s.value for s in Status]


def _local(value: date | datetime, tz) -> tuple[str, str]:
    if isinstance(value, datetime):
        local = value.astimezone(tz)     # HH:MM:SS as strftime("%H:%M:%S") writes it (issue 17)
        return local.date().isoformat(), f"{local.hour:02d}:{local.minute:02d}:{local.second:02d}"
    return value.isoformat(), ""


class _Memo:
    """:func:`_local` (in ``tz``) and :func:`json_instant` remembered per distinct value for
    the rows of one export (issue 17, p17t); a ``datetime`` under ``(value, tzinfo, fold)``
    (see :class:`sheets_sync.timeutil.JsonInstants`)."""

    def __init__(self, tz) -> None:
        self.tz = tz
        self.instant = JsonInstants()
        self._local: dict[tuple, tuple[str, str]] = {}

    def local(self, value: date | datetime) -> tuple[str, str]:
        key = (value, value.tzinfo, value.fold) if isinstance(value, datetime) else (value,)
        found = self._local.get(key)
        if found is None:
            found = self._local[key] = _local(value, self.tz)
        return found


def department_fields(departments: Sequence[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    """One boolean column per configured department ``(name, slug)``: ``dept_<slug>`` (hyphens
    as underscores), true when the department takes part, so an open-data platform (Socrata,
    ArcGIS) can count joint events per department itself."""
    return [(f"dept_{slug.replace('-', '_')}", "boolean", "default",
             f"true when {name} takes part in the event publicly (not when its part is internal "
             "work, logged as Internal).") for name, slug in departments]


def export_row(e: CombinedEvent, tz, timezone_name: str, core: Sequence[str],
               departments: Sequence[tuple[str, str]] = ()) -> dict[str, str]:
    """One event as export cells (all text, as written to the CSV), by column name;
    ``departments``: the configured ``(name, slug)`` pairs, one boolean column each
    (:func:`department_fields`)."""
    names = _department_columns(tuple(departments))[1]
    return dict(zip(names, export_cells(e, tz, timezone_name, core, departments)))


def export_cells(e: CombinedEvent, tz, timezone_name: str, core: Sequence[str],
                 departments: Sequence[tuple[str, str]] = (), memo: "_Memo | None" = None) -> list[str]:
    """:func:`export_row`'s cells as one CSV row, in column order (issue 17, p17m: the rows
    are written from this list, without a dict per row). ``memo``: a :class:`_Memo` shared
    by the rows of one export, so each distinct time is written once (issue 17, p17t)."""
    memo = memo or _Memo(tz)
    start_date, start_time = memo.local(e.start)
    end = e.end - timedelta(days=1) if e.all_day and not isinstance(e.end, datetime) else e.end
    end_date, end_time = memo.local(end)
    status = Status.CANCELLED.value if e.is_cancelled else e.status.value
    modified = (e.last_modified or datetime(2000, 1, 1, tzinfo=timezone.utc)).astimezone(timezone.utc)
    values = {
        "uid": e.uid, "title": e.title, "title_es": e.title_es, "start_date": start_date,
        "start_time": "" if e.all_day else start_time, "end_date": end_date,
        "end_time": "" if e.all_day else end_time, "all_day": "true" if e.all_day else "false",
        "timezone": timezone_name, "recurrence": e.rrule, "location": e.location, "address": e.address,
        "lead_department": e.lead or "", "departments": "; ".join(e.departments),
        "department_count": str(len(e.departments)), "joint": "true" if e.is_joint else "false",
        "all_departments": "true" if core and set(core) <= set(e.departments) else "false",
        "event_type": e.event_type, "status": status, "description": e.description,
        "description_es": e.description_es, "audience": e.audience, "language": e.language,
        "accessibility": e.accessibility, "registration_url": e.registration_url,
        "sequence": str(e.sequence), "last_modified": memo.instant(modified),
    }
    flags, names = _department_columns(tuple(departments))
    for field, name in flags:
        values[field] = "true" if name in e.departments else "false"
    return [_inert(v) if v and v[0] in _FORMULA_FIRST else v for v in map(values.__getitem__, names)]


@lru_cache(maxsize=8)
def _department_columns(departments: tuple[tuple[str, str], ...]) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """``(((dept_<slug> column, department name), …), every column name in order)`` for the
    configured ``(name, slug)`` pairs, worked out once per configuration (issue 17: not twice
    per exported event)."""
    extra = department_fields(departments)
    return (tuple((field, name) for (field, *_), (name, _) in zip(extra, departments)),
            tuple(name for name, *_ in (*FIELDS, *extra)))


_FORMULA_FIRST = "=+-@"       # the first characters :func:`_inert` looks at


def _inert(text: str) -> str:
    """A text cell that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` first,
    OWASP "CSV injection") gets a leading apostrophe, the spreadsheet convention for text.
    Numbers such as ``-5`` are left alone."""
    if text and text[0] in _FORMULA_FIRST and not re.fullmatch(r"[-+]?\d+(\.\d+)?", text):
        return "'" + text
    return text


def table_schema(departments: Sequence[tuple[str, str]] = ()) -> dict:
    """The Table Schema of ``combined-events.csv`` (with a column per department)."""
    fields = []
    for name, kind, fmt, description in (*FIELDS, *department_fields(departments)):
        field = {"name": name, "type": kind, "format": fmt, "description": description}
        if name == "uid":
            field["constraints"] = {"required": True, "unique": True}
        elif name in ("title", "start_date", "all_day", "status", "sequence", "last_modified"):
            field["constraints"] = {"required": True}
        if name == "status":
            field["constraints"]["enum"] = _STATUSES
        fields.append(field)
    return {"fields": fields, "primaryKey": ["uid"], "missingValues": [""]}


def open_data_files(events: Sequence[CombinedEvent], *, tz, timezone_name: str, core: Sequence[str],
                    site_title: str, base_url: str,
                    departments: Sequence[tuple[str, str]] = ()) -> dict[str, bytes]:
    """``{relative path: bytes}`` for the CSV and ``datapackage.json``. Deterministic.

    ``events`` must be the public events of the feed window (the caller's filter);
    ``departments``: configured ``(name, slug)`` pairs (one boolean column each).
    """
    buf = io.StringIO()
    names = [f[0] for f in (*FIELDS, *department_fields(departments))]
    writer = csv.writer(buf, lineterminator="\r\n")       # (DictWriter's rows, without its
    writer.writerow(names)                                 # per-row key checks: issue 17)
    memo = _Memo(tz)
    for e in sorted(events, key=lambda e: (e.start.isoformat(), e.uid)):
        writer.writerow(export_cells(e, tz, timezone_name, core, departments, memo))
    data = buf.getvalue().encode("utf-8")
    latest = max((e.last_modified for e in events if e.last_modified), default=None)
    package = {
        "name": "community-safety-events",
        "title": f"{site_title}: combined event record",
        "description": ("Public community-safety events of the city's departments, one row per "
                        "combined event (the same event logged by several departments appears once). "
                        "Public fields only."),
        "homepage": base_url,
        "created": json_instant(latest or datetime(2000, 1, 1, tzinfo=timezone.utc)),
        "resources": [{
            "name": "combined-events", "path": "combined-events.csv", "profile": "tabular-data-resource",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "dialect": {"delimiter": ",", "quoteChar": "\"", "header": True},
            "schema": table_schema(departments),
        }],
    }
    return {CSV_PATH: data,
            PACKAGE_PATH: json.dumps(package, indent=1, ensure_ascii=False).encode("utf-8")}
