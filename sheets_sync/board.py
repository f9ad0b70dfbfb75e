"""The coordination board: what the weekly digest and the staff pages show. Pure.

Built once per sync (:func:`build_board`, composed by :mod:`sheets_sync.pipeline`) and published
as ``private/board.json`` (:func:`board_json`), so ``safety-events digest`` and the web app read
a file and never the spreadsheet. It holds, for the window ``[today, today + weeks_ahead)``:

``events``        upcoming events (timed or all-day) with their departments, lead, request for
                  help, and — staff-only fields — ``contact``/``internal_notes``
``months``        each month the window touches: joint events held or scheduled vs target
                  (read from :class:`reports.metrics.Metrics`, the numbers on the metric tabs)
``requests``      every upcoming event with ``Assistance Wanted`` (whatever its date), its
                  offers, its state and the departments whose capabilities match
``open_offers``   offers still ``Offered`` (waiting for the event's lead)
``problems``      every Validation line with the department it belongs to (its tab's
                  department) and, for Google Sheets, a link to the cell
``review``        pending Review Duplicates pairs, both rows side by side
``suggestions``   :func:`sheets_sync.partnering.suggested_partners`
``clashes``       :func:`sheets_sync.partnering.clashes`

:func:`with_board_sections` appends the suggestions, capability matches and clashes to the
``Joint Schedule`` tab.
"""
from __future__ import annotations

import re
from dataclasses import asdict, replace
from datetime import date, datetime, timedelta
from typing import Mapping, Sequence
from zoneinfo import ZoneInfo

from .a1 import column_letter

from reports.measures import event_uid
from reports.metrics import Metrics, month_key
from reports.tabs import JOINT_SCHEDULE
from reports.targets import Schedule

from .config import Config
from .jsonbytes import indented
from .merge import CandidatePair
from .model import CombinedEvent, EventRow, RawTab, RowIssue, Table
from .timeutil import json_value
from .partnering import capability_matches, clashes, expected_size, suggested_partners
from .validate import header_map

COORDINATORS = "Coordinators"


def iso_week(day: date) -> str:
    """``date(2025, 9, 1)`` → ``"2025-W36"`` (ISO 8601 week, Monday first)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _when(value) -> str:
    """A start or end as board.json writes it: an instant in the one published form
    (UTC, ``Z``; :func:`~.timeutil.json_instant`), a date as ``YYYY-MM-DD``."""
    return json_value(value) if isinstance(value, (date, datetime)) else str(value)


_UTC_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def localised(board: Mapping) -> dict:
    """``board`` (as read from board.json) with every UTC instant (``…Z``) turned into the
    board's ``timezone`` as ISO 8601 with its offset (``2025-09-02T19:30:00-04:00``), the form
    the digest and the staff pages show (they print the local date and time from it).
    Other values, and a board without ``timezone``, are returned unchanged."""
    name = board.get("timezone")
    if not name:
        return dict(board)
    tz = ZoneInfo(name)

    def walk(value):
        if isinstance(value, str) and _UTC_INSTANT.fullmatch(value):
            return datetime.fromisoformat(value).astimezone(tz).isoformat()
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value
    return walk(dict(board))


def event_item(e: CombinedEvent) -> dict:
    """One event as the board holds it (``start``/``end`` ISO 8601 in the configured zone)."""
    rows = e.rows
    return {"uid": e.uid, "title": e.title, "start": _when(e.start), "end": _when(e.end),
            "all_day": e.all_day, "location": e.location, "address": e.address, "lead": e.lead or "",
            "departments": list(e.departments), "joint": e.is_joint, "visibility": e.visibility.value,
            "status": e.status.value, "event_type": e.event_type, "wanted": e.assistance_wanted,
            "expected_attendance": expected_size(e), "sources": list(e.source_labels),
            "contact": "; ".join(dict.fromkeys(r.contact for r in rows if r.contact)),
            "internal_notes": "; ".join(dict.fromkeys(r.internal_notes for r in rows if r.internal_notes))}


def cell_link(issue: RowIssue, tabs: Mapping[str, RawTab], config: Config,
              sheet_ids: Mapping[str, int], headers: dict | None = None) -> tuple[str, str]:
    """``(A1 reference, URL)`` of the cell an issue names. The URL (Google Sheets only) opens
    the spreadsheet at that cell: ``…/edit#gid=<sheetId>&range=<A1>``; for a local workbook,
    or a column the tab lacks, the URL is ``""`` and the reference names the row (``A12``).
    ``headers``: tab title → its :func:`~.validate.header_map` columns, filled as read (one
    header read per tab for many issues, issue 17)."""
    tab = tabs.get(issue.tab)
    column = None
    if tab is not None:
        headers = {} if headers is None else headers
        if (columns := headers.get(issue.tab)) is None:
            columns = headers[issue.tab] = header_map(tab.header, config)[0]
        column = columns.get(issue.column)
        if column is None:
            column = next((i for i, c in enumerate(tab.header) if str(c).strip() == issue.column), None)
    a1 = f"{column_letter((column or 0) + 1)}{max(issue.row, 1)}"
    if config.source.kind != "google" or issue.tab not in sheet_ids:
        return a1, ""
    return a1, (f"https://docs.google.com/spreadsheets/d/{config.source.spreadsheet_key}/edit"
                f"#gid={sheet_ids[issue.tab]}&range={a1}")


def _row_side(row: EventRow) -> dict:
    return {"source": str(row.source), "title": row.title, "start": _when(row.start), "end": _when(row.end),
            "place": ", ".join(p for p in (row.location, row.address) if p),
            "departments": list(row.departments)}


def review_item(pair: CandidatePair) -> dict:
    a, b = sorted((pair.a, pair.b), key=lambda r: (r.source.tab, r.source.row))
    return {"key": pair.key, "a": _row_side(a), "b": _row_side(b), "score": pair.verdict.score,
            "says": f"{pair.verdict.outcome}: {pair.verdict.reason}", "stake": pair.stake,
            "departments": sorted({*a.departments, *b.departments})}


def build_board(config: Config, events: Sequence[CombinedEvent], metrics: Metrics, schedule: Schedule,
                issues: Sequence[RowIssue], review: Sequence[CandidatePair], tabs: Sequence[RawTab],
                now: datetime, sheet_ids: Mapping[str, int] = {}) -> dict:
    """Everything of the module docstring for one sync (plain JSON-able values)."""
    coord = config.coordination
    lookup = config.department_lookup()
    today = now.astimezone(config.tz).date()
    until = today + timedelta(weeks=coord.digest.weeks_ahead)
    live = [e for e in events if not e.removed]
    upcoming = sorted((e for e in live if today <= e.start_date < until),
                      key=lambda e: (e.start_date, _when(e.start), e.title))
    capabilities = {lookup.get(d.strip().lower(), d): list(items) for d, items in coord.capabilities.items()}
    by_uid = {e.uid: e for e in live}
    requests = []
    for r in schedule.requests:
        matches = capability_matches(r.wanted, capabilities, lookup)
        takes_part = set(by_uid[r.uid].departments) if r.uid in by_uid else set()
        requests.append({**asdict(r), "start": _when(r.start),
                         "departments": sorted(takes_part),
                         "matches": {d: caps for d, caps in matches.items() if d not in takes_part}})
    leads = {e.uid: e.lead or (e.departments[0] if e.departments else "") for e in live}
    open_offers = [{**o, "start": _when(o["start"]), "lead": leads.get(o["uid"], "")}
                   for o in schedule.open_offers]
    months = []
    for m in sorted({month_key(today), month_key(until - timedelta(days=1))}):
        v = metrics.months.get(m, {"joint_events": 0, "joint_uids": []})
        target = config.targets.joint_events_per_month
        months.append({"month": m, "joint_events": v["joint_events"], "target": target,
                       "gap": max(0, target - v["joint_events"]),
                       "titles": [by_uid[event_uid(u)].title for u in v["joint_uids"] if event_uid(u) in by_uid]})
    tab_of = {t.title: t for t in tabs}
    problems = []
    headers: dict = {}
    for i in issues:
        a1, url = cell_link(i, tab_of, config, sheet_ids, headers)
        problems.append({"tab": i.tab, "row": i.row, "column": i.column, "value": i.value,
                         "problem": i.problem, "action": i.action, "severity": i.severity.value,
                         "department": lookup.get(i.tab.strip().lower(), ""), "cell": a1, "link": url})
    found = clashes(live, today, until, large_attendance=coord.clashes.large_attendance,
                    distance_limit_km=coord.clashes.distance_km, venues=coord.clashes.venues)
    suggestions = suggested_partners(events, today, until=until)
    return {
        "generated_at": _when(now), "today": today.isoformat(), "until": until.isoformat(),
        "timezone": config.timezone,
        "week": iso_week(today), "departments": list(config.department_names),
        "events": [event_item(e) for e in upcoming],
        "months": months, "requests": requests, "open_offers": open_offers,
        "problems": problems, "review": [review_item(p) for p in review],
        "suggestions": [{**asdict(s), "start": _when(s.start),
                         "partners": [list(p) for p in s.partners]} for s in suggestions],
        "clashes": [{**asdict(c), "start": _when(c.start)} for c in found],
        "capabilities": capabilities,
    }


def board_json(board: Mapping) -> bytes:
    """``private/board.json`` (sorted keys: equal boards give equal bytes)."""
    return indented(board)      # json.dumps(indent=1, sort_keys=True)'s bytes (issue 17)


def board_rows(board: Mapping) -> list[tuple]:
    """The sections :func:`with_board_sections` appends (7 cells a row, a blank row before each)."""
    board = localised(board)        # the tab shows times in the city's zone
    rows: list[tuple] = [(), ("Suggested partners: Event UID", "Title", "Start", "Department",
                              "Departments that joined this kind of event before (times)", "Examples")]
    for s in board["suggestions"]:
        rows.append((s["uid"], s["title"], s["start"], s["department"],
                     ", ".join(f"{d} ({n})" for d, n in s["partners"]), "; ".join(s["examples"])))
    if not board["suggestions"]:
        rows.append(("(no upcoming single-department event has a kind others joined before)",))
    rows += [(), ("Capabilities matched: Event UID", "Title", "Start", "Lead Department", "Help Wanted",
                  "Departments that can bring it")]
    matched = [r for r in board["requests"] if r["matches"] and r["state"] != "accepted"]
    for r in matched:
        rows.append((r["uid"], r["title"], r["start"], r["lead"], r["wanted"],
                     "; ".join(f"{d}: {', '.join(c)}" for d, c in r["matches"].items())))
    if not matched:
        rows.append(("(no open request matches a configured capability)",))
    rows += [(), ("Clashes: Kind", "Start", "Event A", "Event B", "Departments", "Detail", "UIDs")]
    for c in board["clashes"]:
        rows.append((c["kind"], c["start"], c["titles"][0], c["titles"][1], ", ".join(c["departments"]),
                     c["detail"], ", ".join(c["uids"])))
    if not board["clashes"]:
        rows.append(("(no clash in the coming weeks)",))
    return rows


def with_board_sections(tables: Sequence[Table], board: Mapping) -> list[Table]:
    """``tables`` with :func:`board_rows` appended to the ``Joint Schedule`` tab (clashes marked
    ``bad``); other tabs unchanged."""
    out = []
    for t in tables:
        if t.title == JOINT_SCHEDULE:
            width = max(len(r) for r in t.rows)
            extra = [tuple(r) + ("",) * (width - len(r)) for r in board_rows(board)]
            first_clash = len(t.rows) + next(i for i, r in enumerate(extra) if r[0] == "Clashes: Kind") + 1
            marks = tuple((first_clash + i, "bad") for i in range(len(board["clashes"])))
            t = replace(t, rows=t.rows + tuple(extra), highlights=t.highlights + marks)
        out.append(t)
    return out
