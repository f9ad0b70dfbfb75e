"""A source glitch or a header edit never silently changes what subscribers have. Pure.

Three careless edits used to change every subscriber's calendar without a word (the issue 17
verification, findings 1–3); each now *holds* the source instead — it is not read this time,
and the record keeps its events exactly as they were published
(:func:`sheets_sync.identity.reconcile`'s ``held_tabs``) — with one Validation error on the
source's row 1 saying what to do:

* **A lost column** (:func:`lost_columns`): an intake tab without a column (deleted, renamed,
  or its header cell cleared while the values stay below it) that its published rows carried
  values in — reading it would blank or change those values (Location, End Time, Description,
  Visibility, ...). A value under an empty header cell of a tab that is read is a warning
  naming the cell (:func:`blank_header_issues`).
* **A tab renamed to a title naming no department** (:func:`moved_tabs`): the record's tab
  gone this time, and one new tab whose rows are mostly its events (Event IDs or titles).
  When the old title named a department the new one does not, reading it would take that
  department off every event; the new tab is held until it is renamed back or its title is
  added to the department's aliases. A rename that loses no department is simply followed.
* **A source that comes back empty** (:func:`empty_sources`): a tab or calendar file that
  had live events and now has no row (a failed export, an emptied or deleted tab) is held,
  unless the sync was run with ``--allow-removals``, which lets the removal through; either
  way a line names the source when it is gone.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable, Iterable, Mapping, Sequence

from .a1 import column_letter
from .config import Config
from .identity import RecordEntry, before_window, row_place, row_text
from .model import EventRow, RawTab, RowIssue, Severity
from .parsing import cell_text, clean_markup
from .validate import header_map

#: Intake columns whose values subscribers (or the counts) see, and the part of a row's
#: record content (:func:`sheets_sync.identity.row_content`) each one feeds (``location`` and
#: ``address``: the event's own, kept apart in its snapshot; ``when``: the event's length).
#: ``Start Time`` is guarded by :func:`sheets_sync.validate.lost_time_issues`.
GUARDED: dict[str, str] = {
    "Location": "location", "Address": "address", "End Date": "when", "End Time": "when",
    "Description": "description", "Event Type": "event_type", "Audience": "audience",
    "Visibility": "visibility", "Status": "status", "Lead Department": "lead",
    "Partner Departments": "partners", "Registration URL": "registration_url",
    "Language": "language", "Accessibility": "accessibility", "Repeats": "repeats",
    "Title (Spanish)": "title_es", "Description (Spanish)": "description_es",
}

ALLOW = "safety-events sync --allow-removals"
#: how a message names a record content part
_LABELS = {"place": "location", "when": "end time", "lead": "lead department", "partners": "partner departments",
           "title_es": "Spanish title", "description_es": "Spanish description", "registration_url": "registration URL"}


def _row_value(row: EventRow, part: str) -> Any:
    """``part`` of a parsed row as :func:`~sheets_sync.identity.row_content` stores it
    (``when``: the event's length, see :func:`_length`)."""
    if part in ("location", "address"):
        return row_text(getattr(row, part) or "")
    if part == "place":
        return row_place(row)
    if part == "when":
        return _length(f"{row.start.isoformat()}/{row.end.isoformat()}")
    if part == "lead":
        return row.lead or ""
    if part == "partners":
        return ", ".join(sorted(row.partners))
    if part in ("visibility", "status"):
        return getattr(row, part).value
    if part == "registration_url":
        return row.registration_url
    return row_text(getattr(row, part))


def _length(when: str) -> float:
    """Seconds from start to end of a ``start/end`` ISO pair (all-day: whole days)."""
    start, _, end = when.partition("/")
    if "T" not in start:
        return (date.fromisoformat(end) - date.fromisoformat(start)).total_seconds()
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()


def _record_value(entry: RecordEntry, content: dict, part: str,
                  canon: Callable[[str], str] = lambda name: name) -> Any:
    """``part`` of a row as the record stored it; department names through ``canon`` (a
    department renamed in config since, its old name an alias, is the same department)."""
    if part == "when":
        return _length(str(content.get("when", "")))
    if part in ("location", "address"):
        return row_text(entry.snapshot.get(part) or "")
    if part == "lead":
        return canon(content.get(part) or "")
    if part == "partners":
        names = [n for n in str(content.get(part) or "").split(", ") if n]
        return ", ".join(sorted(canon(n) for n in names))
    return content.get(part, "")


def _default(part: str, value: Any, tab_department: str) -> bool:
    """Whether a stored value is what a row gets with the column blank (nothing to lose)."""
    if part == "when":
        return value in (3600.0, 86400.0)       # one hour, or one day (all-day)
    if part == "visibility":
        return value == "Internal"
    if part == "status":
        return value == "Scheduled"
    if part == "lead":
        return value in ("", tab_department)
    return value in ("", None)


def tab_contents(entries: Sequence[RecordEntry],
                 renamed: Mapping[str, str]) -> dict[str, list[tuple[RecordEntry, dict]]]:
    """Current tab title → ``(entry, content)`` of every row the record's live events had in
    it at the last sync (a tab renamed since under its new title)."""
    out: dict[str, list[tuple[RecordEntry, dict]]] = {}
    for e in entries:
        if e.removed_at is None:
            for c in e.contents:
                tab = c.get("tab")
                if tab is not None:
                    out.setdefault(renamed.get(tab, tab), []).append((e, c))
    return out


def missing_columns(tab: RawTab, config: Config) -> list[str]:
    """The :data:`GUARDED` columns an intake tab's header row lacks (``[]`` for a calendar
    file: its columns are fixed)."""
    if tab.department is not None:
        return []
    columns, _ = header_map(tab.header, config)
    return [c for c in GUARDED if c not in columns]


def _parts(missing: Sequence[str], entry: RecordEntry) -> set[str]:
    """The parts of ``entry``'s row the ``missing`` columns decide: its own location and
    address for an event of one row (its snapshot's are that row's), else the place only
    when both columns are missing (the place of a merged event may come from another row)."""
    parts = {GUARDED[c] for c in missing}
    if len(entry.contents) > 1 and parts & {"location", "address"}:
        parts -= {"location", "address"}
        if "Location" in missing and "Address" in missing:
            parts.add("place")
    return parts


def lost_columns(tab: RawTab, rows: Sequence[EventRow], known: Sequence[tuple[RecordEntry, dict]],
                 config: Config) -> RowIssue | None:
    """An error for ``tab``'s row 1 when it lacks a :data:`GUARDED` column its published rows
    (``known``: ``(entry, content)`` from :func:`tab_contents`) carried values in and reading it
    as it is (``rows``: this read's accepted rows of the tab) changes those values; the caller
    then holds the tab. A row is compared with this read's row at the same position and with
    the same title (or the one row with its title), so a value that comes from elsewhere (the
    tab's department, a range typed in Start Time) is no loss; an end counts as lost only for
    a row that now has none (one hour, or one day). ``None`` when nothing is lost.
    A wrong guess is never a trap: putting the named header back (even over empty cells)
    always lets the tab be read."""
    missing = missing_columns(tab, config)
    if not known or not missing:
        return None
    lookup = config.department_lookup()
    department = lookup.get(tab.title.strip().lower()) or tab.department or ""

    def canon(name: str) -> str:
        return lookup.get(name.strip().lower(), name) if name else name
    candidates = [(e, c, p) for e, c in known for p in _parts(missing, e)
                  if not _default(p, _record_value(e, c, p, canon), department)]
    if not candidates:
        return None
    by_position = {(r.source.row, row_text(r.title)): r for r in rows}
    by_title: dict[str, list[EventRow]] = {}
    for r in rows:
        by_title.setdefault(row_text(r.title), []).append(r)
    lost: dict[str, set[str]] = {}
    for entry, content, part in candidates:
        now = by_position.get((content.get("row"), content.get("title")))
        if now is None:
            same = by_title.get(content.get("title", ""), ())
            now = same[0] if len(same) == 1 else None
        if now is None:
            continue
        value = _row_value(now, part)
        if part == "when" and not _default(part, value, department):
            continue                    # the row still has an end of its own (a range, an End Date)
        if value != _record_value(entry, content, part, canon):
            lost.setdefault(part, set()).add(entry.uid)
    if not lost:
        return None
    named = [repr(c) for c in missing if c in {_column_of(part, missing) for part in lost}]
    events = {u for uids in lost.values() for u in uids}
    total = len({e.uid for e, _ in known})
    blanks = _blank_columns(tab)
    where = ""
    if blanks:
        cells = ", ".join(f"{column_letter(j + 1)}{tab.first_row - 1}" for j, _ in blanks[:3])
        where = f"; values sit under the empty header cell{'s' if len(blanks) > 1 else ''} {cells}"
    quoted = ", ".join(named)
    return RowIssue(
        tab.title, tab.first_row - 1, "(header)",
        ", ".join(repr(cell_text(h)) for h in tab.header if cell_text(h))[:200],
        f"no {quoted} column{'s' if len(named) > 1 else ''}{where}, so this tab was not read: reading it would change the "
        f"{' and '.join(dict.fromkeys(_LABELS.get(p, p.replace('_', ' ')) for p in sorted(lost, key=_order)))} "
        f"of {_published(len(events))}; its {_published(total)} {'keeps its values and stays as it was' if total == 1 else 'keep their values and stay as they were'} at the last sync, and its new "
        "rows and edits wait",
        f"put the {quoted} header back in row 1 (or add its spelling to source.column_aliases in "
        "config.yaml); to clear the values, clear the cells, not the header", Severity.ERROR)


def _column_of(part: str, missing: Sequence[str]) -> str:
    """The one missing column a message names for a lost ``part`` (a place: Location before
    Address; an end: End Time before End Date)."""
    for column in {"place": ("Location", "Address"), "when": ("End Time", "End Date")}.get(part, ()):
        if column in missing:
            return column
    return next(c for c in missing if GUARDED[c] == part)


def _order(part: str) -> int:
    return list(GUARDED.values()).index(part) if part in GUARDED.values() else 0


def _blank_columns(tab: RawTab) -> list[tuple[int, int]]:
    """``(column index, first sheet row)`` of every column whose header cell is empty while a
    data row holds a value in it."""
    width = max((len(r) for r in tab.rows), default=0)
    blank = [j for j in range(width) if j >= len(tab.header) or not cell_text(tab.header[j])]
    out = []
    for j in blank:
        first = next((tab.first_row + i for i, r in enumerate(tab.rows) if j < len(r) and cell_text(r[j])), None)
        if first is not None:
            out.append((j, first))
    return out


def blank_header_issues(tab: RawTab) -> list[RowIssue]:
    """One warning per column of ``tab`` holding values under an empty header cell: those
    cells are not read (verifier finding 10: they were ignored without a line)."""
    out = []
    for j, first in _blank_columns(tab):
        letter = column_letter(j + 1)
        value = tab.rows[first - tab.first_row][j]
        more = sum(1 for r in tab.rows if j < len(r) and cell_text(r[j])) - 1
        out.append(RowIssue(
            tab.title, first, "(no header)", cell_text(value)[:200],
            f"cell {letter}{first}{f' (and {more} more in column {letter})' if more else ''} is under "
            f"an empty header cell {letter}{tab.first_row - 1}, so it is not read",
            f"type the column's name in {letter}{tab.first_row - 1} (Location, Description, ...), or clear the cells",
            Severity.WARNING))
    return out


# -- renamed tabs ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Move:
    """A tab the record knows (``old``) read under a new title (``new``) this time; ``lost``:
    the department the old title named and the new one does not (``None``: nothing lost)."""
    old: str
    new: str
    lost: str | None
    events: int


def _row_keys(tab: RawTab, config: Config) -> list[tuple[str, str]]:
    """``(title, event id)`` as the record compares them, of each non-blank data row."""
    columns, _ = header_map(tab.header, config)
    t, i = columns.get("Title"), columns.get("Event ID")
    out = []
    for r in tab.rows:
        if not any(cell_text(c) for c in r):
            continue
        title = row_text(clean_markup(cell_text(r[t]))) if t is not None and t < len(r) else ""
        key = clean_markup(cell_text(r[i])).lower() if i is not None and i < len(r) else ""
        out.append((title, key))
    return out


def moved_tabs(entries: Sequence[RecordEntry], tabs: Sequence[RawTab], paired: Mapping[str, str],
               department_of: Callable[[str], str | None], config: Config,
               readable: Callable[[RawTab], bool]) -> list[Move]:
    """Tabs renamed to a title naming no department: each tab the record knows (with live
    events) that is gone this time and not in ``paired`` (renames already found) is matched
    with the one new readable tab (``readable``) naming no department whose non-blank rows
    are at least half its events (by Event ID or title), when that match is one to one."""
    current = {t.title for t in tabs}
    titles = {t for e in entries if e.removed_at is None for t in e.tabs}
    gone = sorted(titles - current - set(paired))
    if not gone:
        return []
    known: dict[str, list[RecordEntry]] = {}
    for e in entries:
        if e.removed_at is None:
            for t in e.tabs:
                if t in gone:
                    known.setdefault(t, []).append(e)
    new = [t for t in tabs if t.title not in titles and t.title not in paired.values()
           and department_of(t.title) is None and readable(t)]
    found: dict[str, list[str]] = {}
    for tab in new:
        rows = _row_keys(tab, config)
        if not rows:
            continue
        for old in gone:
            had = {str(c.get("title", "")) for e in known[old] for c in e.contents if c.get("tab") == old}
            ids = {k[3:] for e in known[old] for k in e.keys if k.startswith("id:")}
            hits = sum(1 for title, key in rows if (key and key in ids) or (title and title in had))
            if hits * 2 >= len(rows):
                found.setdefault(old, []).append(tab.title)
    takers: dict[str, int] = {}
    for titles in found.values():
        for t in titles:
            takers[t] = takers.get(t, 0) + 1
    return [Move(old, news[0], department_of(old), len(known[old])) for old, news in sorted(found.items())
            if len(news) == 1 and takers[news[0]] == 1]


def moved_issue(move: Move) -> RowIssue:
    """The held renamed tab's error on its row 1 (what stays, and the two ways out)."""
    return RowIssue(
        move.new, 1, "(tab)", move.new,
        f"this tab holds the events of the tab '{move.old}', renamed: '{move.new}' names no "
        f"department, so reading it would take {move.lost} off its {_published(move.events)}; "
        f"it was not read, and they stay as they were at the last sync (with {move.lost}); its new "
        "rows and edits wait",
        f"rename the tab back to '{move.old}', or add '{move.new}' to the aliases of {move.lost} in "
        "config.yaml (then it is read as that department's tab)", Severity.ERROR)


# -- empty and gone sources -----------------------------------------------------------------
@dataclass(frozen=True)
class Emptied:
    """A source the record has live events from that yields no row this time."""
    title: str
    events: int
    gone: bool          # not there at all (a deleted tab, a calendar taken out of config)
    calendar: bool


def empty_sources(entries: Sequence[RecordEntry], tabs: Sequence[RawTab], renamed: Mapping[str, str],
                  calendars: Iterable[str], window: tuple[date, date]) -> list[Emptied]:
    """Every source (tab or calendar file, under its current title through ``renamed``) the
    record has live events from — neither removed nor cancelled; for a calendar file only
    those a read in ``window`` (``[first, end)`` city dates) yields: not wholly before its
    first day (:func:`~.identity.before_window`; those the sync carries as they were,
    :func:`~.identity.carried`, whatever the file holds) and starting before its end —
    that is not there this time or has no non-blank row."""
    calendars = set(calendars)
    current = {t.title: t for t in tabs}
    live = [e for e in entries if e.removed_at is None and e.cancelled_at is None]
    titles = {renamed.get(t, t) for e in live for t in e.tabs}
    empty = {t for t in titles if t not in current or not any(any(cell_text(c) for c in r) for r in current[t].rows)}
    if not empty:
        return []
    by_title: dict[str, list[RecordEntry]] = {}
    for e in live:
        for t in {renamed.get(t, t) for t in e.tabs} & empty:
            by_title.setdefault(t, []).append(e)
    out = []
    for title, events in sorted(by_title.items()):
        tab = current.get(title)
        calendar = title in calendars or all(any(k.startswith("ext:") for k in e.keys) for e in events)
        if calendar:
            events = [e for e in events if _start_day(e) < window[1] and not before_window(e, window[0])]
        if events:
            out.append(Emptied(title, len(events), tab is None, calendar))
    return out


def _start_day(entry: RecordEntry) -> date:
    start = str(entry.snapshot.get("start", ""))
    return date.fromisoformat(start[:10]) if start else date.min


def _published(n: int) -> str:
    """``"1 published event"``, ``"4 published events"``."""
    return f"{n} published event{'' if n == 1 else 's'}"


def emptied_issue(source: Emptied, allowed: bool) -> RowIssue:
    """The line naming an empty or gone source: an error when it is held, a warning when
    ``--allow-removals`` let its events go."""
    kind = "calendar file" if source.calendar else "tab"
    what = (f"the {kind} '{source.title}' is gone ({'no longer in source.calendars' if source.calendar else 'not in the workbook'})"
            if source.gone else f"the {kind} '{source.title}' has no {'events' if source.calendar else 'rows'} this time")
    if allowed:
        return RowIssue(source.title, 1, "(source)", source.title,
                        f"{what}: its {_published(source.events)} {'is' if source.events == 1 else 'are'} no longer read from it, as "
                        "--allow-removals allowed (an event only it logged is published as cancelled; "
                        "an event other sources also log stays, without what this one gave it)",
                        "nothing, if that was meant",
                        Severity.WARNING)
    restore = ("restore the export (or the file in source.calendars)" if source.calendar
               else "restore the tab or its rows")
    # a new export replacing this one (next year's file): listing both keeps the old one's past
    # events, and their months' joint counts, as they are (--allow-removals would cancel them)
    keep = ("; if a new export replaces it (next year's file) and its past events should stay counted, "
            "put the old file back and keep its entry in source.calendars next to the new one's "
            "(both are read; its events age out of the read window and are then carried as they are)"
            if source.calendar and source.gone else "")
    return RowIssue(
        source.title, 1, "(source)", source.title,
        f"{what}, so it was not read: its {_published(source.events)} {'stays as it was' if source.events == 1 else 'stay as they were'} at "
        "the last sync instead of being cancelled in every subscriber's calendar",
        f"if that is a mistake, {restore}{keep}; if the events are meant to go, run `{ALLOW}` once "
        "(README: \"A source that comes back empty\")", Severity.ERROR)


def calendar_titles(config: Config) -> list[str]:
    """The tab titles of the configured calendar files (:func:`~.backends.ics_source.calendar_tab_title`)."""
    from .backends.ics_source import calendar_tab_title
    return [calendar_tab_title(c.file) for c in config.source.calendars]
