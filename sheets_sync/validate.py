"""Intake tabs → parsed :class:`EventRow` values plus :class:`RowIssue` entries. Pure.

Header matching (DESIGN.md "Intake tab"): a header cell matches a canonical column when the
two agree after lower-casing and removing spaces, underscores and punctuation, directly or
through ``source.column_aliases``. A tab is an intake tab when its header row has at least
``Title`` and ``Start Date``. The tab's name is its default lead department when it matches a
configured department name or alias.

Row rules: errors (missing title, unreadable start date/time, end before start — also a same-day
end time before the start time, unless the end is 06:00 or earlier and so past midnight)
exclude the row; warnings keep it. Blank Visibility = Internal with a warning (a forgotten cell must
never publish). A blank Status is Scheduled, unless the title says CANCELLED.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, Callable, Collection, Mapping, Sequence
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz as rf_fuzz, process as rf_process

from .a1 import column_letter
from .config import Config
from .model import (CALLED_OFF, CANONICAL_COLUMNS, REQUIRED_COLUMNS, EventRow, RawTab, RowIssue, Severity,
                    SourceRef, Status, Visibility, slugify)
from .parsing import (BARE_HOUR, CALLED_OFF_TO_WORDS, MONTH_NAME, CellError, named_weekday, DateRangeError,
                      cell_text, clean_markup, parse_date, parse_partners,
                      date_and_hours,
                      holds_back, NoYearError, date_order, day_first_by_weekday, first_on_or_after, numeric_date,
                      read_day_first, without_time_words, guessed_range, DayRange, day_range, CLOCK_IN_TITLE,
                      title_day_range,
                      parse_int, title_status, parse_time, parse_time_range, strip_html, back_on, bare_hour, said_hours,
                      without_mail_prefix)
from .media import COLUMNS as MEDIA_COLUMNS, parse_media
from .places import without_label
from .moved import described_move, destination, moved_here, moved_note, status_move_text
from . import day_names, department_names, mentions
from .mentions import home_words, name_words_before, named_as_bodies, numbered, other_bodies, said_out, text_mentions
from .hosts import named_hosts
from .recurrence import (RepeatError, RepeatRejected, holds_day, parse_recurrence, recurrence_warnings,
                         title_rules, title_weekdays)
from .richtext import staff_text
from .timeutil import dst_problem, gap_end, local_datetime, ordinary_day, real_instant, typed_date
from .zones import split_zone, to_city


def _by_text(parse: Callable, size: int = 4096) -> Callable:
    """``parse`` with its result kept for cell text seen before (issue 17: a city types the
    same dates, times and names in many rows). Only a call whose first argument is a ``str``
    is kept (the other arguments must be hashable); an exception is not kept, so every row
    still gets its own. For pure parsers with immutable results only."""
    kept = lru_cache(maxsize=size)(parse)

    def call(value, *args):
        return kept(value, *args) if type(value) is str else parse(value, *args)
    return call


_date_of = _by_text(parse_date)
_time_of = _by_text(parse_time)
#: a typed clock without am/pm whose hour is 1–6 ("6:30"): a community event at 6:30 am is rare,
#: so it is read as afternoon or evening, with a warning (v35 T15: "6:30" for an evening meeting
#: was 6:30 am and never met its partner's 18:30; a leading zero, "06:30", is a deliberate
#: 24-hour time)
_EARLY_CLOCK = re.compile(r"\s*[1-6]:[0-5]\d\s*")
#: a time said to be about so ("10ish", "about 7", "~9", "approx. 8")
_APPROXIMATE = re.compile(r"(?<=\d)\s*-?ish\b|\b(?:about|around|approx(?:imately)?|appx|circa|abt|ca)\b|~", re.I)
#: an End Date typed without its year is read only this many days after the start at most
_YEARLESS_END_DAYS = 31
_time_range_of = _by_text(parse_time_range)
_zone_of = _by_text(split_zone)
_weekday_of = _by_text(named_weekday)
_cleaned = _by_text(staff_text)


def _norm_header(text: Any) -> str:
    return re.sub(r"[\s_\-./()]+", "", cell_text(text).lower())


@lru_cache(maxsize=16)
def _wanted(aliases: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, str]:
    """Normalised header text → canonical column, for ``column_aliases`` given as a tuple."""
    wanted: dict[str, str] = {_norm_header(c): c for c in (*CANONICAL_COLUMNS, "External UID", *MEDIA_COLUMNS)}
    for canonical, names in aliases:
        for alias in names:
            wanted.setdefault(_norm_header(alias), canonical)
    return wanted


def header_map(header: tuple[Any, ...], config: Config) -> tuple[dict[str, int], list[str]]:
    """Header row → ``({canonical column: index}, [duplicate header notes])``."""
    wanted = _wanted(tuple((c, tuple(a)) for c, a in config.source.column_aliases.items()))
    columns: dict[str, int] = {}
    duplicates: list[str] = []
    system = _forms_columns(header)
    for index, cell in enumerate(header):
        if index < system:
            continue
        canonical = wanted.get(_norm_header(cell))
        if canonical is None:
            continue
        if canonical in columns:
            duplicates.append(f"{cell_text(cell)!r} (column {index + 1}) repeats {canonical!r}")
            continue
        columns[canonical] = index
    return columns, duplicates


#: the columns a Microsoft Forms export opens with, its own, not the form's questions: "ID",
#: "Start time" and "Completion time" (when the form was opened and sent), "Email", "Name" (of
#: the respondent), and on some forms "Total points", "Quiz feedback", "Last modified time"
_FORMS_COLUMNS = frozenset({"id", "start time", "completion time", "email", "name", "total points",
                            "quiz feedback", "last modified time", "language"})


def _forms_columns(header: tuple[Any, ...]) -> int:
    """How many of ``header``'s first columns are a Microsoft Forms export's own
    (:data:`_FORMS_COLUMNS`), when they hold "Start time" and "Completion time": 0 otherwise. A
    README-only check: the export's "Start time" (when the form was opened) and "Name" (the
    respondent) were read as the event's start and title, beating "Event start time" and
    "Event Name" mapped in ``source.column_aliases``."""
    names = [cell_text(h).strip().lower() for h in header]
    count = next((k for k, n in enumerate(names) if n not in _FORMS_COLUMNS), len(names))
    return count if {"start time", "completion time"} <= set(names[:count]) else 0


#: what staff type in Partner Departments for an event of every department (v31 D14)
#: ("All 6 departments", "All public safety departments": a fresh city's check; a number other
#: than the city's count of departments is not all of them, :func:`_all_count`)
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ALL = (r"(?:all(?: (?:city |core |the |our |other |(?P<count>\d{1,2}|" + "|".join(_NUMBER_WORDS) + ") )?"
        r"(?:public[- ]safety )?(?:departments?|depts?\.?|agencies)| others?)?|"
        r"every(?:one|body| department| dept\.?)|"
        r"todos(?: los (?:dem[aá]s )?departamentos)?|todos los dem[aá]s)")
#: ... with a remark after it: "All departments (see notes)", "All depts - details in notes"
_ALL_DEPARTMENTS = re.compile(_ALL + r"(?P<remark>\s*(?:[-:(\[]|\s-\s)[^)\]]*[)\]]?)?", re.I)


def _all_count(name: str, departments: int) -> bool:
    """``name`` (an unknown Partner Departments fragment) says "all departments" and names no
    number of them other than ``departments``, the configured count, and no remark holds them
    back ("All departments (tentative)", "- TBD": an adversarial helper's check)."""
    if not (every := _ALL_DEPARTMENTS.fullmatch(name)) or (every.group("remark") and holds_back(every.group("remark"))):
        return False
    count = every.group("count")
    return count is None or (int(count) if count.isdigit() else _NUMBER_WORDS.index(count.lower()) + 2) == departments


_ALL_BUT = re.compile(r"\s*" + _ALL + r"\s*[(\[-]?\s*(?:except|but|minus|other than|excluding|besides|menos|excepto|"
                      r"salvo)\s+(?P<but>[^)\]]+)[)\]]?\s*$", re.I)


def _departments_read(ctx: "_RowContext", column: str, text: str, spell: Callable[[str], tuple],
                      tab_department: str | None = None) -> tuple:
    """``(parsed, text)``: :func:`~.parsing.parse_partners` of a Lead/Partner Departments cell
    with its typos and short forms read, and the cell with them spelled out
    (``spell``: :func:`.department_names.spelled_out` with the city's departments, "PD", "Comm
    Safety", "Polcie"), a warning for each but one that reads as ``tab_department``, the tab's
    own (a fresh city's check: "P&R" as the Lead Department of each of Parks' rows drew one
    warning a row, burying the rest)."""
    spelled, guessed, parsed = spell(text)
    for typed, department, how in guessed:
        if department == tab_department:
            continue
        action = (f"type {department!r}, or add {typed!r} to its aliases in config.yaml; if another "
                  "department was meant, type its name" if how == department_names.SHORT_FORM else
                  f"type {department!r}, or another department's name if it meant another")
        ctx.warn(column, text, f"{typed!r} is read as {department} ({how})", action)
    return parsed, spelled


def misspelled_header_issues(tab: RawTab, config: Config) -> list[RowIssue]:
    """One warning per header cell this tool does not read that is a typo of a column it reads
    and the tab lacks ("Audeince" for "Audience": rapidfuzz ratio ≥ 85 on the header text
    without case, spaces or punctuation), when cells under it hold values: they are not read
    (a new city's finding: the values were dropped without a line). Other columns staff add
    ("Notes for Fire") are theirs and are left alone."""
    wanted = _wanted(tuple((c, tuple(a)) for c, a in config.source.column_aliases.items()))
    columns, _ = header_map(tab.header, config)
    out = []
    for j, cell in enumerate(tab.header):
        typed = _norm_header(cell)
        if not typed or typed in wanted:
            continue
        best = rf_process.extractOne(typed, list(wanted), scorer=rf_fuzz.ratio, score_cutoff=85)
        if best is None or wanted[best[0]] in columns:
            continue
        values = [r[j] for r in tab.rows if j < len(r) and cell_text(r[j])]
        if not values:
            continue
        letter, column = column_letter(j + 1), wanted[best[0]]
        first = next(tab.first_row + i for i, r in enumerate(tab.rows) if j < len(r) and cell_text(r[j]))
        out.append(RowIssue(
            tab.title, 1, cell_text(cell), cell_text(cell)[:200],
            f"the header {cell_text(cell)!r} ({letter}1) is not a column this tool reads, so its "
            f"{len(values)} value(s) from {letter}{first} on are not read; did you mean {column!r}?",
            f"rename {letter}1 to {column!r}, or add {cell_text(cell)!r} to source.column_aliases "
            f"in config.yaml", Severity.WARNING))
    return out


def is_intake_header(header: tuple[Any, ...], config: Config) -> bool:
    columns, _ = header_map(header, config)
    return all(c in columns for c in REQUIRED_COLUMNS)


#: how far down a tab its column names are looked for when row 1 holds none (an instructions row,
#: a title, a blank row above them)
HEADER_SEARCH_ROWS = 10


def header_found(tab: RawTab, config: Config) -> RawTab:
    """``tab`` read from its header row: the first of its first :data:`HEADER_SEARCH_ROWS` rows
    naming the required columns (:func:`is_intake_header`) when its first row names none, the
    rows above it left out with a warning saying so; else ``tab`` itself. A fresh helper's v64:
    911's tab opened with a row of instructions above its column names, and none of its rows
    was read (22 pairs, three joint events and its part in both all-department events lost)."""
    if tab.first_row != 2 or is_intake_header(tab.header, config) or not tab.rows:
        return tab
    for k, cells in enumerate(tab.rows[:HEADER_SEARCH_ROWS - 1]):
        if is_intake_header(cells, config):
            at = tab.first_row + k          # the header's sheet row
            above = [cell_text(c) for r in (tab.header, *tab.rows[:k]) for c in r if cell_text(c)]
            note = RowIssue(tab.title, at, "(header)", (above[0] if above else "")[:200],
                            f"the column names are in row {at}, not row 1: row{'s' if at > 2 else ''} "
                            f"{'1' if at == 2 else f'1-{at - 1}'} above them {'is' if at == 2 else 'are'} not read",
                            "nothing to do; to be sure, keep the column names in row 1 and notes in another tab",
                            Severity.WARNING)
            return replace(tab, header=tuple(cells), rows=tab.rows[k + 1:], first_row=at + 1,
                           notes=(note, *tab.notes))
    return tab


def skipped_tab_issue(tab: RawTab, config: Config) -> RowIssue | None:
    """A tab that is not read because it lacks required headers, but looks meant as intake
    (named after a department, or with other intake headers) → an error for its header row
    saying which columns are missing, so a typo never silently drops a whole tab."""
    columns, _ = header_map(tab.header, config)
    named = tab.title.strip().lower() in config.department_lookup()
    if not named and len(columns) < 2:
        return None
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    found = ", ".join(repr(cell_text(h)) for h in tab.header if cell_text(h))[:200]
    n = sum(1 for r in tab.rows if any(cell_text(c) for c in r))
    return RowIssue(tab.title, tab.first_row - 1, "(header)", found or "(empty header row)",
                    f"no {' or '.join(repr(m) for m in missing)} column, so "
                    + (f"none of this tab's {n} row{'s were' if n != 1 else ' was'} read" if n
                       else "this tab was not read")
                    + " (the events it published before stay as they were until it reads again)",
                    "put the column names in row 1 (Title, Start Date, ...) or add the spelling to "
                    "source.column_aliases in config.yaml", Severity.ERROR)


#: How far from the sync's day a typed date may lie before it is questioned (years): a year
#: mistyped ("5/16/2062" for 2026, "12/18/2062" as an End Date) publishes and counts the event
#: decades away, or lasting decades.
FAR_AHEAD_YEARS, FAR_BACK_YEARS = 2, 20


def _years_from(day: date, years: int) -> date:
    """``day`` moved by whole ``years`` (29 February → 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def far_dates(rows: Sequence[EventRow], today: date, skip: Collection[str] = ()) -> list[RowIssue]:
    """One Validation warning per row (not of a tab titled in ``skip``: calendar files, whose
    dates nobody typed here) starting more than :data:`FAR_AHEAD_YEARS` after ``today`` (the
    city's date of the sync) or more than :data:`FAR_BACK_YEARS` before it, or else ending more
    than :data:`FAR_AHEAD_YEARS` after it; the row is still counted (and published, within the
    feeds' window) as typed. Pure."""
    latest, earliest = _years_from(today, FAR_AHEAD_YEARS), _years_from(today, -FAR_BACK_YEARS)
    out = []
    for r in rows:
        if r.source.tab in skip:
            continue
        day = r.start.date() if isinstance(r.start, datetime) else r.start
        # (an all-day row's end is the day after its last)
        last = r.end.date() if isinstance(r.end, datetime) else r.end - timedelta(days=1)
        if day > latest or day < earliest:
            column, shown = "Start Date", day
            said = (f"more than {FAR_AHEAD_YEARS} years from today" if day > latest
                    else f"more than {FAR_BACK_YEARS} years before today")
            what = "the event is counted on that date"
        elif last > latest:
            column, shown = "End Date", last
            said = f"more than {FAR_AHEAD_YEARS} years from today"
            what = "the event is published as lasting until then"
        else:
            continue
        out.append(RowIssue(r.source.tab, r.source.row, column, f"{shown:%m/%d/%Y}",
                            f"this date is {said}: is the year mistyped? {what[0].upper()}{what[1:]}",
                            "correct the year; if the date is right, nothing to do", Severity.WARNING))
    return out


def lost_time_issues(tabs: Sequence[RawTab], entries: Sequence[Any], config: Config,
                     renamed: Mapping[str, str] | None = None) -> list[RowIssue]:
    """An intake tab with no ``Start Time`` column whose events the record last published with a
    time → an error on its header row, and the caller holds the tab (its events stay exactly as
    they were published, times included): a deleted or renamed column would otherwise turn every
    timed event of the tab into an all-day one and push that to every subscriber (issue 16).
    A tab that never had times (all-day events only) says nothing. ``entries``: the record's
    :class:`~.record.RecordEntry` list before this sync; ``renamed``: a tab title the record
    knows → the title that tab has now (:func:`sheets_sync.identity.renamed_tabs`), so a tab
    renamed and stripped of its column in one edit is held too."""
    renamed = renamed or {}
    out = []
    for tab in tabs:
        columns, _ = header_map(tab.header, config)
        if "Start Time" in columns or not all(c in columns for c in REQUIRED_COLUMNS):
            continue
        live = [e for e in entries if e.removed_at is None
                and any(renamed.get(t, t) == tab.title for t in e.tabs)]
        timed = sum(1 for e in live if e.snapshot.get("all_day") is False)
        # (times typed in the date column, "Start Date/Time", need no Start Time column)
        if timed and not _dates_carry_times(tab, columns["Start Date"], config):
            out.append(RowIssue(
                tab.title, 1, "(header)",
                ", ".join(repr(cell_text(h)) for h in tab.header if cell_text(h))[:200],
                f"no 'Start Time' column, so this tab was not read: its {len(live)} published "
                f"events ({timed} with a time) stay as they were at the last sync, and its new rows "
                "and edits wait",
                "put the Start Time column back in row 1 (or add its spelling to "
                "source.column_aliases in config.yaml); to make events all-day, keep the column "
                "and clear their Start Time cells", Severity.ERROR))
    return out


def _dates_carry_times(tab: RawTab, column: int, config: Config) -> bool:
    """Whether a Start Date cell of ``tab`` (column ``column``, 0-based) holds a time too — a
    date-time cell, or text like ``8/4/2026 6:00 PM`` under a "Start Date/Time" header — as
    :func:`_parse_when` reads it: such a tab has its times without a Start Time column."""
    for row in tab.rows:
        cell = row[column] if column < len(row) else None
        if not cell_text(cell):
            continue
        try:
            if _date_of(cell, config.tz, "the Start Date")[1] is not None:
                return True
        except CellError:
            continue
    return False


@dataclass
class _RowContext:
    """Collects issues for one row; ``error()``/``warn()`` name the column and value."""
    tab: str
    row: int
    issues: list[RowIssue]
    failed: bool = False
    #: column → the formula its cell holds without a calculated value (``RawTab.formula_at``)
    formula_of: Callable[[str], str | None] | None = None
    #: whether the row's tab writes its dates day first (asked only of a date a day name settles)
    day_first: Callable[[], bool] | None = None
    #: row number → the Start Date of the tab's nearest row that has one with its year (asked
    #: only of a Start Date typed without one)
    near_date: Callable[[int], date | None] | None = None
    #: row number → the Start Dates of the tab's nearest dated rows above and below it (asked
    #: only of a date early in a year: :func:`_last_years_year`)
    neighbours: Callable[[int], tuple[date, ...]] | None = None
    #: the row is a calendar file's event (a tab with no Partner Departments column to type in)
    calendar: bool = False
    #: its Start Date's day name disagrees with it: :attr:`~sheets_sync.model.EventRow.day_named`
    day_named: tuple[date, str] | None = None

    def error(self, column: str, value: Any, problem: str, action: str) -> None:
        self.failed = True
        self.issues.append(RowIssue(self.tab, self.row, column, cell_text(value)[:200],
                                    *self._explained(column, value, problem, action), Severity.ERROR))

    def warn(self, column: str, value: Any, problem: str, action: str) -> None:
        self.issues.append(RowIssue(self.tab, self.row, column, cell_text(value)[:200],
                                    *self._explained(column, value, problem, action), Severity.WARNING))

    def _explained(self, column: str, value: Any, problem: str, action: str) -> tuple[str, str]:
        """A cell that reads blank because it holds a formula saved with no calculated value
        says so, instead of only "blank" (:mod:`sheets_sync.backends.formulas`)."""
        if self.formula_of is None or cell_text(value) or not (formula := self.formula_of(column)):
            return problem, action
        return (f"the cell holds the formula {formula[:80]} but no calculated value (the file was "
                f"saved by a program that does not calculate formulas), so it reads as empty: {problem}",
                "open the workbook in Excel, LibreOffice or Google Sheets and save it so the "
                "formula's result is stored, or type the value instead of the formula")


_VISIBILITY = {"public": Visibility.PUBLIC, "yes": Visibility.PUBLIC, "internal": Visibility.INTERNAL,
               "private": Visibility.INTERNAL, "staff": Visibility.INTERNAL, "no": Visibility.INTERNAL,
               "staff only": Visibility.INTERNAL,
               # typed in Spanish by bilingual staff (issue 16: "Cancelado" was published as Scheduled)
               "público": Visibility.PUBLIC, "publico": Visibility.PUBLIC, "pública": Visibility.PUBLIC,
               "publica": Visibility.PUBLIC, "interno": Visibility.INTERNAL, "interna": Visibility.INTERNAL,
               "privado": Visibility.INTERNAL, "privada": Visibility.INTERNAL,
               "sí": Visibility.PUBLIC, "si": Visibility.PUBLIC, "yeah": Visibility.PUBLIC, "yep": Visibility.PUBLIC,
               "nope": Visibility.INTERNAL}
_STATUS = {"scheduled": Status.SCHEDULED, "confirmed": Status.SCHEDULED, "tentative": Status.TENTATIVE,
           "postponed": Status.POSTPONED, "cancelled": Status.CANCELLED, "canceled": Status.CANCELLED,
           "programado": Status.SCHEDULED, "programada": Status.SCHEDULED, "confirmado": Status.SCHEDULED,
           "confirmada": Status.SCHEDULED, "tentativo": Status.TENTATIVE, "tentativa": Status.TENTATIVE,
           "provisional": Status.TENTATIVE, "pospuesto": Status.POSTPONED, "pospuesta": Status.POSTPONED,
           "aplazado": Status.POSTPONED, "aplazada": Status.POSTPONED, "cancelado": Status.CANCELLED,
           "cancelada": Status.CANCELLED, "anulado": Status.CANCELLED, "anulada": Status.CANCELLED,
           # an after-action log's word for an event that took place (v56: "Done", "Held", "Happened",
           # "Completed" drew an "unknown status" warning on 123 of its 163 rows)
           "done": Status.SCHEDULED, "held": Status.SCHEDULED, "happened": Status.SCHEDULED,
           "completed": Status.SCHEDULED, "complete": Status.SCHEDULED, "took place": Status.SCHEDULED,
           "occurred": Status.SCHEDULED, "finished": Status.SCHEDULED, "went ahead": Status.SCHEDULED}
#: other words and phrases staff type for a status (verify8: "Called off", "Rained out" and
#: "Cxl" had been taken as Scheduled): read as that status, with a "read as" warning
_STATUS_SYNONYMS = {"cxl": Status.CANCELLED, "cxld": Status.CANCELLED, "canx": Status.CANCELLED,
                    "cncl": Status.CANCELLED, "cncld": Status.CANCELLED, "called off": Status.CANCELLED,
                    "rained out": Status.CANCELLED, "rain out": Status.CANCELLED, "rainout": Status.CANCELLED,
                    "washed out": Status.CANCELLED, "scrapped": Status.CANCELLED, "scrubbed": Status.CANCELLED,
                    "suspendido": Status.CANCELLED, "suspendida": Status.CANCELLED, "cx": Status.CANCELLED,
                    # (v56: "No-show - E3 on a call", a department's own part that did not happen)
                    "no show": Status.CANCELLED, "did not attend": Status.CANCELLED,
                    "didn't attend": Status.CANCELLED, "did not happen": Status.CANCELLED,
                    "didn't happen": Status.CANCELLED, "not held": Status.CANCELLED, "wasn't held": Status.CANCELLED,
                    "was not held": Status.CANCELLED, "never happened": Status.CANCELLED, "skipped": Status.CANCELLED}
_SYNONYM = re.compile(r"\b(?:" + "|".join(sorted((re.escape(k).replace(r"\ ", r"[\s-]+") for k in _STATUS_SYNONYMS),
                                                 key=len, reverse=True)) + r")\b")


def _status_words(text: str) -> set[Status]:
    """The statuses a Status cell's words and phrases name (:func:`_status_word` for each
    word, :data:`_STATUS_SYNONYMS` for the phrases): ``"Cancelled - rain"`` → {Cancelled},
    ``"Rained out"`` → {Cancelled}."""
    folded = text.lower()
    named = {_STATUS_SYNONYMS[" ".join(re.split(r"[\s-]+", m.group()))] for m in _SYNONYM.finditer(folded)}
    rest = _SYNONYM.sub(" ", folded)
    return named | {status for w in re.findall(r"[^\W\d_]+", rest) if (status := _status_word(w))}


def _status_move(text: str, day: date) -> date | None:
    """The date a Status cell with no status word says the event moved to ("Moved to 8/21",
    "Rescheduled - 8/21", "Rescheduled for Aug. 21": a fresh verifier's double count — each
    was taken as Scheduled, "rescheduled" being a letter or two from "scheduled", so the event
    counted on both dates); ``None`` for any other text or a status word before the move."""
    if not text or not any(c.isdigit() for c in text) or \
            ((first := re.match(r"\s*([^\W\d_]+)", text)) and first.group(1).lower() in _STATUS):
        return None         # ("Postponed to 10/5", "Cancelled - new date 8/20": :func:`_status_words` reads them)
    return destination(status_move_text(text), day)


def _status_word(word: str) -> Status | None:
    """The status one typed word names: a :data:`_STATUS` word, or a word of five letters or
    more within rapidfuzz ratio 85 of one ("Cancel", "Cancelld", "Postpone")."""
    if word in _STATUS:
        return _STATUS[word]
    if len(word) < 5:
        return None
    found = rf_process.extractOne(word, _STATUS.keys(), scorer=rf_fuzz.ratio, score_cutoff=85)
    return _STATUS[found[0]] if found else None


_UNDECIDED_WORDS = {"tbd", "tba", "to be determined", "to be announced", "?", "??", "???", "tbd?", "tba?", "tbc"}
#: a start named by the sky, not the clock (v35 T4: "dusk" dropped the row): shown as all day
_SKY_WORDS = {"dusk", "at dusk", "sunset", "at sunset", "dark", "at dark", "after dark", "sundown",
              "dawn", "sunrise", "at sunrise"}
_ALL_DAY_WORDS = {"all day", "all-day", "allday"} | _UNDECIDED_WORDS | _SKY_WORDS


#: what to do about a row taken as Postponed because its title or description says the event moved
_MOVED_ACTION = "type Postponed in Status, and give the event a row on its new date (or change this row's Start Date to it)"


def _title_marker(ctx: "_RowContext", title: str, title_raw, status: Status,
                  status_text: str, day: date | None = None, notes: tuple[str, ...] = ()) -> tuple[str, Status]:
    """A status word typed into the title as a marker (:func:`~sheets_sync.parsing.title_status`:
    "Paws in the Park - CANCELLED", "(Postponed)"): with Status blank or Scheduled the row takes
    that status, with a warning, and the title is published without the word; any other Status
    wins, and the title stays as typed; so does a title naming the row's own ``day`` as the
    date its event moved to (the row typed on the new date). A note that the event moved to
    another date than ``day`` (:func:`~sheets_sync.moved.moved_note`: "Movie in the Park -
    Rescheduled to 8/20 due to rain" on 8/13) makes the row Postponed the same way; its title
    keeps the note, which tells residents the new date. A Postponed marker with ``notes`` (the
    row's description and internal notes) saying the event moved to ``day`` (:func:`~sheets_sync.
    moved.moved_here`: "moving it to 9/5" on 9/5) is the event on its new date: Scheduled, its
    title without the word. Returns ``(title, status)``."""
    cleaned, word = title_status(title)
    note = not word and day is not None and moved_note(title, day)
    if note:
        word = "Postponed"
    if not word:
        return title, status
    if status is not Status.SCHEDULED:        # Status says Cancelled, Tentative …: it wins
        return title, status
    if word == "Postponed" and day is not None and destination(title, day) == day:
        # "Movie in the Park - RAINED OUT 8/13, moved to 8/20" typed on 8/20: the event on its new
        # date; the title stays as typed, so its note still links a partner's copy left on 8/13
        ctx.warn("Title", title_raw, "the title notes that the event moved to this date: read as the event "
                 "on this date, not as postponed", "take the note out of the title (the Description can keep it)")
        return title, status
    if word == "Postponed" and day is not None and not note and moved_here(notes, day):
        ctx.warn("Title", title_raw, f"the title says Postponed and a note that the event moved to this date "
                 f"({day:%m/%d/%Y}): read as the event on its new date, Scheduled (published as {cleaned!r})",
                 "take Postponed out of the title; the row of the old date can say Postponed")
        return cleaned, status
    marked = Status(word)
    typed = f"Status is {status_text!r}" if status_text else "Status is blank"
    if note:
        ctx.warn("Title", title_raw, f"the title says the event moved to another date but {typed}; taken as "
                 f"Postponed on {day:%m/%d/%Y}", _MOVED_ACTION)
        return cleaned, marked
    ctx.warn("Title", title_raw, f"the title says {word} but {typed}; taken as {word} "
             f"(published as {cleaned!r})",
             f"type {word} in Status; if the event goes ahead, take the word {word.lower()} out of "
             "the title")
    return cleaned, marked


#: a note opening with a word that calls the event off ("CANCELLED - thin ice", "Postponed: ...")
_NOTES_OPEN = re.compile(r"\s*[\[(*]*\s*(?:(?:event|this\s+(?:event|one)|it)\s+(?:is\s+|was\s+)?)?"
                         r"(?:cancell?ed|postponed|called\s+off|rained\s+out|washed\s+out|scrubbed)"
                         # (a reason right after: "Canceled due to low signups", README-only check)
                         # (not "Cancelled last year due to rain")
                         r"\s*(?:[-:!.)\]*\u2013\u2014]|$|(?:due\s+to|because|b/c)\b)", re.I)
#: … or that asks, first, to call it off: "Need to cancel this one - speaker is sick", "Please
#: cancel - venue fell through", "We have to cancel, sorry", "Not happening - no permit",
#: "Calling this one off" (a README-only check: each left the event published as going ahead)
_NOTES_CANCEL = re.compile(r"\W*(?:(?:we|i)\s+)?(?:(?:(?:need|have|had|got)\s+to|please)\s+cancel"
                           r"(?:\s+(?:this(?:\s+one)?|it|today|tonight|the\s+event))?|"
                           r"(?:it(?:'|\u2019)?s\s+|this\s+is\s+)?not\s+happening|"
                           r"calling\s+(?:this|it)(?:\s+one)?\s+off|"
                           r"(?:this|it|the\s+event)\s+(?:one\s+)?(?:is|has\s+been)\s+(?:cancell?ed|called\s+off|off))"
                           # (said, not asked, nor of a place or a condition: "Not happening at the
                           # Community Center anymore", "Calling this one off?", "Not happening without Fire")
                           r"(?=\s*(?:$|[-,.!:;(\u2013\u2014]))(?![^\n?]*\?)", re.I)
#: a note saying the row was typed in this tab for another department: "EM asked us to post the
#: time fix, their tab is protected", "typed here by Dep. Wills, Police tab was locked", "posting
#: on behalf of OEM" (v59: the tab's department had been counted as a partner of the event)
_TYPED_FOR = re.compile(r"\btyped\s+(?:it\s+|this\s+)?(?:here|in\s+(?:this|our)\s+tab)\b|"
                        r"\bentered\s+(?:it\s+|this\s+)?(?:here\s+)?(?:for|on\s+behalf\s+of)\b|"
                        # ("Parks asked us to post our dive team at the beach" is a post to staff)
                        r"\b(?:asked|asks|asking)\s+(?:us|me)\s+to\s+(?:post|add|enter|put|type|log)\s+(?:it|this|"
                        r"the\s+(?:time|date|fix|correction|change|update|row|entry|event))\b|"
                        r"\bon\s+behalf\s+of\b|\bposting\s+(?:it\s+|this\s+)?for\b|"
                        r"\b(?:their|its|his|her|[\w'\u2019]+)\s+(?:tab|sheet)\s+(?:is|was)\s+"
                        r"(?:locked|protected|read[- ]only)\b|"
                        r"\bcan(?:no|'|\u2019)?t\s+(?:edit|get\s+into)\s+(?:their|its|the)(?:\s+[\w'\u2019]+)?\s+"
                        r"(?:tab|sheet)\b|"
                        r"\b(?:putting|put|adding|added)\s+(?:this|it)\s+in\s+for\b|\badded\s+(?:this\s+|it\s+)?for\s+"
                        r"[\w'\u2019.]+\s+per\b", re.I)
#: words by which a row says its own department takes part ("we're adding our engine visit here")
_OWN_PART_WORDS = re.compile(r"\b(?:our|we(?:'ll|\u2019ll|\s+will|'re|\u2019re|\s+are|\s+have))\b", re.I)


def typed_for_another(lead: str | None, department: str | None, partners: Sequence[str],
                      texts: Sequence[str], names_own: Callable[[str], bool] = lambda text: False) -> bool:
    """The row was typed in ``department``'s tab for ``lead``, another department, and not as
    ``department``'s own part: no Partner Departments name the tab's department, a text
    (:data:`_TYPED_FOR`) says so, and none says the department takes part — in the first person
    (:data:`_OWN_PART_WORDS`: "we're adding our engine visit here") or by its name or a unit of
    it (``names_own``: "HEART team will have a resource table" in Community Safety's tab, a
    README-only check). Pure."""
    return bool(lead and department and lead != department and department not in partners
                and any(t and _TYPED_FOR.search(t) for t in texts)
                and not any(t and (_OWN_PART_WORDS.search(t) or names_own(t)) for t in texts))


#: the first word of a Visibility cell that says more ("Yes, registration required", "No - staff only")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)(?=\s*(?:[,;:(!.\-\u2013\u2014]|$))")


def _notes_marker(ctx: "_RowContext", notes: str, status: Status) -> Status:
    """``status``, or the Status the Internal Notes' first line opens with as a title marker
    would say it (:func:`~.parsing.title_status`: "CANCELLED - thin ice", a form's "Anything
    else we should know?" answer: a README-only check had the event published as going ahead),
    with a warning; only where Status is blank (the caller's rule)."""
    first = notes.strip().splitlines()[0] if notes.strip() else ""
    if not first or not (opening := _NOTES_OPEN.match(first) or _NOTES_CANCEL.match(first)):
        return status
    said = "Postponed" if "postpon" in opening.group().lower() else "Cancelled"
    words = opening.group().strip(" ([*-:!.)]\u2013\u2014")
    ctx.warn("Internal Notes", first, f"the internal notes open with {words!r} and Status is blank: the event "
             f"is taken as {said}", f"set Status to {said}; if the event goes ahead, type Scheduled in Status")
    return _STATUS[said.lower()]


def _back_on_marker(ctx: "_RowContext", title: str, title_raw, notes: str) -> tuple[str, bool]:
    """``(title, back on)``: a Scheduled row's title or notes saying its event goes ahead after
    being called off (:func:`~.parsing.back_on`: "BACK ON - Canine Field Day", "we're back on!"),
    the title without the marker, with a warning: it undoes an earlier row of its department
    calling the event off (:func:`sheets_sync.merge.combine`)."""
    cleaned, said = back_on(title, notes)
    if said:
        ctx.warn("Title", title_raw, "the row says the event is back on: read as going ahead"
                 + (f" (published as {cleaned!r})" if cleaned != title else "")
                 + "; an earlier row of your department calling it off no longer counts",
                 "delete the rows calling it off, or type Scheduled in their Status")
    return cleaned, said


def _description_marker(ctx: "_RowContext", description: str, status: Status, status_text: str,
                        day: date) -> Status:
    """A description saying the event moved to another date than ``day``
    (:func:`~sheets_sync.moved.described_move`: "Rescheduled for Friday, Aug. 21", "RAINED OUT
    - moved to 8/20", Status blank): the row is Postponed on ``day``, with a warning, as a title
    marker makes it (:func:`_title_marker`)."""
    if status is not Status.SCHEDULED or (moved := described_move(description, day)) is None:
        return status
    typed = f"Status is {status_text!r}" if status_text else "Status is blank"
    ctx.warn("Description", description.strip().splitlines()[0], f"the description says the event moved to "
             f"{moved:%m/%d/%Y} but {typed}; taken as Postponed on {day:%m/%d/%Y}", _MOVED_ACTION)
    return Status.POSTPONED


def _formula_of(tab: RawTab, columns: dict[str, int], row: int) -> Callable[[str], str | None] | None:
    """Column name → the formula its cell in sheet ``row`` holds with no calculated value."""
    if tab.formula_at is None:
        return None
    return lambda column: (None if (index := columns.get(column)) is None
                           else tab.formula_at(row, index + 1))


def parse_tab(tab: RawTab, config: Config) -> tuple[list[EventRow], list[RowIssue]]:
    """Parse every data row of one intake tab.

    Returns ``(accepted rows, issues)``; a row with an error-severity issue is not in the
    accepted list, but every row that was not accepted has at least one issue. Blank rows
    (every cell empty) are skipped silently: they are spacing, not data.
    """
    return parse_tabs([tab], config)[0]


#: One part of a tab's rows read on its own (:func:`parse_tabs`): ``(accepted rows, issues,
#: Start/End Date cells)`` of the rows at offsets ``[start, stop)`` of ``tab.rows``.
Part = tuple[list[EventRow], list[RowIssue], list[tuple[int, str, Any]]]
#: Rows per part (:func:`parse_tabs`): enough that a part's start-up is nothing beside it,
#: few enough that two processes end close together.
PART_ROWS = 500


def parse_tabs(tabs: Sequence[RawTab], config: Config,
               shared: Callable[[Callable[[Any], Part], Sequence[Any]], list[Part]] | None = None
               ) -> list[tuple[list[EventRow], list[RowIssue]]]:
    """:func:`parse_tab` of each of ``tabs``, in order. The rows are read in parts of
    :data:`PART_ROWS`; ``shared`` maps the part reader over the parts, by default in this
    process (``map`` as a list); :func:`sheets_sync.forked.map_shared` shares them with a
    forked child (issue 17: the second core idled while the sync parsed). Each row is read
    with its whole tab in view (the tab's date order, the nearest dated row), so the result
    is the same either way."""
    total = sum(len(t.rows) for t in tabs)
    size = max(PART_ROWS, -(-total // 1000))        # (at most about a thousand parts)
    spans = [(k, start, min(start + size, len(tab.rows)))
             for k, tab in enumerate(tabs) for start in range(0, len(tab.rows), size)]
    readers: dict[int, Callable[[int, int], Part]] = {}      # per tab, made in each process

    def read(span: tuple[int, int, int]) -> Part:
        k, start, stop = span
        if k not in readers:
            readers[k] = _part_reader(tabs[k], config)
        return readers[k](start, stop)
    parts: dict[int, list[Part]] = {}
    for (k, _, _), part in zip(spans, (shared or (lambda f, xs: list(map(f, xs))))(read, spans)):
        parts.setdefault(k, []).append(part)
    return [_whole_tab(tab, config, parts.get(k, ())) for k, tab in enumerate(tabs)]


def _whole_tab(tab: RawTab, config: Config, parts: Sequence[Part]) -> tuple[list[EventRow], list[RowIssue]]:
    """A tab's ``(accepted rows, issues)`` from its parts (:data:`Part`) in row order: the header's
    issues first, then the rows', then those of the whole tab (unsaved formulas below the
    last row read, the tab's day-first dates)."""
    columns, duplicates = header_map(tab.header, config)
    issues: list[RowIssue] = [
        RowIssue(tab.title, tab.first_row - 1, "(header)", d, "two columns have the same meaning",
                 "rename or delete one of them; the first one is used", Severity.WARNING)
        for d in duplicates]
    rows = [row for part in parts for row in part[0]]
    issues.extend(issue for part in parts for issue in part[1] if issue.column != _LAYOUT)
    if layout := [issue for part in parts for issue in part[1] if issue.column == _LAYOUT]:
        issues.append(_layout_issue(tab.title, layout))
    past = tab.first_row + len(tab.rows)            # rows the reader dropped as blank at the end
    for row in (r for r in (tab.formula_at.rows() if tab.formula_at is not None else ()) if r >= past):
        _unsaved_row(tab.title, row, _formula_of(tab, columns, row), issues)
    _unsaved_cells(tab, columns, issues)
    issues.extend(day_first_tab_issues(tab.title, [d for part in parts for d in part[2]]))
    issues.extend(_stray_year_issues(tab.title, rows))
    issues.extend(_shifted_columns(tab, columns, config, issues))
    if rows and "Visibility" not in columns:
        # (one line, not one a row: a README-only check had 51 rows each name a column the tab lacks)
        issues.append(RowIssue(tab.title, tab.first_row - 1, "(header)", "",
                               f"this tab has no Visibility column: its {len(rows)} rows "
                               "are kept Internal, so not published (they still count in the figures)",
                               "add a Visibility column (Public or Internal), or name yours in source.column_aliases",
                               Severity.WARNING))
    return _sent_order(tab, config, rows, columns), issues


#: a column holding when each row was sent: a form's responses (Google Forms writes "Timestamp"
#: first, Microsoft Forms "Completion time"); never an intake column
SENT_HEADERS = frozenset({"timestamp", "completion time", "submitted", "submitted at", "submitted on",
                          "submission date", "submission time", "date submitted"})


def _sent_order(tab: RawTab, config: Config, rows: list[EventRow], columns: Mapping[str, int]) -> list[EventRow]:
    """``rows`` (a tab's, accepted) with each one's place in the order they were sent
    (``EventRow.sent_rank``) when the tab has a column saying when each row was sent
    (:data:`SENT_HEADERS`, not mapped to an intake column by ``columns``, the tab's
    :func:`header_map`), holding a date and time in every one of them, and their order is
    not the sheet's: a form's responses sorted newest first (stop 53's helpers: a correction
    standing above the response it corrected corrected nothing). Otherwise ``rows`` as they
    are, and the rows above count as older."""
    at = next((k for k, h in enumerate(tab.header) if cell_text(h).strip().lower() in SENT_HEADERS), None)
    if at is None or len(rows) < 2 or at in columns.values():
        return rows
    sent = []
    for r in rows:
        cells = tab.rows[r.source.row - tab.first_row]
        try:
            day, clock = parse_date(cells[at] if at < len(cells) else None, config.tz)
        except CellError:
            return rows             # (one row without it: the sheet's order tells)
        sent.append(datetime.combine(day, clock or time()))
    order = sorted(range(len(rows)), key=lambda k: (sent[k], rows[k].source.row))
    if order == sorted(order):
        return rows
    rank = {k: n for n, k in enumerate(order, 1)}
    return [replace(r, sent_rank=rank[k]) for k, r in enumerate(rows)]


def _shifted_columns(tab: RawTab, columns: dict[str, int], config: Config,
                     issues: Sequence[RowIssue]) -> list[RowIssue]:
    """One warning on the header when the Start Date column's cells do not read as dates in
    three rows or more (half the tab's rows or more), where the cells beside it do: a header
    cell missing or extra, so every value sits under another column's name (a fresh helper's
    workbook: "Event ID" left out of the header gave fourteen "the title is blank" errors and no
    word of why). Looked for only in a tab whose rows were left out (issue 17)."""
    rejected = {i.row for i in issues if i.severity is Severity.ERROR and i.row > 1}
    at = columns.get("Start Date")
    if at is None or len(rejected) < 3 or 2 * len(rejected) < len(tab.rows):
        return []

    def is_date(cells: Sequence[Any], k: int) -> bool:
        if not 0 <= k < len(cells) or not cell_text(cells[k]).strip():
            return False
        try:
            _date_of(cells[k], config.tz, "the Start Date")
            return True
        except CellError:
            return False
    for side, word in ((1, "right"), (-1, "left")):
        moved = sum(1 for cells in tab.rows if not is_date(cells, at) and is_date(cells, at + side))
        if moved >= 3 and 2 * moved >= len(rejected):
            under = cell_text(tab.header[at + side]) if at + side < len(tab.header) else "(no name)"
            return [RowIssue(tab.title, tab.first_row - 1, "(header)", cell_text(tab.header[at]),
                             f"in {moved} rows the dates sit one column to the {word} of 'Start Date', under "
                             f"{under!r}: the header row seems to miss a column's name or have one too many, so "
                             "the values are read under the wrong names",
                             "check that each column's name in row 1 stands over its values", Severity.WARNING)]
    return []


def _stray_year_issues(title: str, rows: Sequence[EventRow]) -> list[RowIssue]:
    """A warning on each row dated in a year before every other row of its tab, when the same
    day a year later lies among them and that year holds at most two of the tab's rows (of five
    or more): last year's year left in the date (v47: "Pumpkin Patrol - Engine 12" on 10/14/2024
    in a tab of 2025–26 rows, copied from last year's sheet: a stray single-department event in
    2024 while its partner's 10/14/2025 row stood alone). The row is kept as typed."""
    if len(rows) < 5:
        return []
    earliest = min(r.start_date.year for r in rows)      # (one pass: a tab may hold 100,000 rows, issue 17)
    stray = [r for r in rows if r.start_date.year == earliest]
    later = [r.start_date for r in rows if r.start_date.year > earliest]
    if len(stray) > 2 or not later:
        return []
    first, last = min(later), max(later)
    out = []
    for r in stray:
        day = r.start_date
        try:
            next_year = day.replace(year=day.year + 1)
        except ValueError:          # (Feb 29)
            continue
        if first <= next_year <= last:
            out.append(RowIssue(
                title, r.source.row, "Start Date", typed_date(day),
                f"{typed_date(day)} is in {day.year}, before every other row of this tab "
                f"({typed_date(first)} to {typed_date(last)}): last year's year left in the date?",
                f"type the year, e.g. {typed_date(next_year)}; if it is last year's event, delete the row "
                "or move it out of this tab", Severity.WARNING))
    return out


#: a row staff lay a tab out with, no event: a month's heading ("=== MARCH 2026 ===", "October",
#: "— Apr 2026 —"), a total or a count ("TOTAL events: 28", "Count: 20"), a notes or instructions line
_MONTH_WORD = rf"{MONTH_NAME}\.?"
_HEADING = re.compile(rf"[\W_]*(?:{_MONTH_WORD}(?:\s*(?:[-\u2013\u2014/&]|to|thru|through)\s*{_MONTH_WORD})?"
                      r"(?:\s*,?\s*\d{4})?|(?:spring|summer|fall|autumn|winter)(?:\s*\d{4})?|week\s+of\s+\S+"
                      r"|(?:fy|fiscal year)\s*\d{2,4}(?:\s*q[1-4])?|q[1-4]\s*(?:fy)?\s*\d{2,4})[\W_]*", re.I)
_TALLY = re.compile(r"\W*(?:(?:grand\s+)?(?:total|totals|subtotal|count|sum|notes?|instructions?|legend|key|reminders?|"
                    r"remember|fyi|nb|attn|attention|important)(?:\s*[:=\-\u2013\u2014(]|\s*$|\s+\d|"
                    r"\s+(?:events?|rows?|of)\b)|(?:\*{2,}|={2,}|#{2,}|-{3,}|~{2,}))", re.I)


def _layout_row(cells: Sequence[Any], header: Sequence[Any]) -> bool:
    """A row laid out for people, no event (a fresh helper's v64: each had been one or two error
    lines, 82 in one sheet): the header row repeated (a block pasted with its column names),
    a second header line whose cells are all in brackets ("(mm/dd/yyyy)", "(optional)"), or at
    most two cells, one a month's heading or a total, count, notes or instructions line
    (:data:`_HEADING`, :data:`_TALLY`)."""
    texts = [(k, t) for k, c in enumerate(cells) if (t := cell_text(c).strip())]
    if not texts:
        return False
    if len(texts) >= 2 and all(k < len(header) and _norm_header(t) == _norm_header(header[k]) for k, t in texts):
        return True
    if all(t.startswith("(") and t.endswith(")") for _, t in texts):
        return len(texts) >= 2
    return len(texts) <= 2 and any(_HEADING.fullmatch(t) or _TALLY.match(t) for _, t in texts)


#: the name a column of staff's own marking rows called off is read by (:func:`_cancel_column`)
CANCEL_MARK = "Cancelled mark"
#: a header naming such a column: "Cancelled?", "X=cxl", "CXL", "Canceled (x)", "Called off"
_CANCEL_HEADER = re.compile(r"\W*(?:x\s*=\s*)?(?:cxl|canc|cancel+(?:l?ed)?|cancellation|called\s+off)\W*"
                            r"(?:\(?\s*x\s*\)?)?\W*(?:=\s*x)?\W*", re.I)
#: a mark in it saying the row is called off: "X", "yes", "TRUE" (a ticked Google Sheets checkbox), a
#: tick, "cancelled" — not "maybe", "?", "not cancelled", "FALSE" (a README-only check: each had cancelled it)
_YES_MARK = re.compile(r"\s*(?:[\u2713\u2714\u2611\u2612]|(?:x|y|yes|true|1|cancel+l?ed|cancel|cxl|called off)"
                       r"\b[^?]*)\s*", re.I)


def _cancel_column(header: Sequence[Any], columns: Mapping[str, int]) -> int | None:
    """The index of a header cell read as no column (:func:`header_map`) that names a column of
    staff's own marking rows called off (:data:`_CANCEL_HEADER`); ``None`` where there is none or
    Status itself is such a name."""
    taken = set(columns.values())
    return next((k for k, h in enumerate(header) if k not in taken and _CANCEL_HEADER.fullmatch(cell_text(h))
                 and cell_text(h).strip()), None)


#: the column of the placeholder line each layout row gives while rows are read, one line for
#: the tab made of them all (:func:`_layout_issue`)
_LAYOUT = "(layout)"


def _maybe_layout(get: Callable[[str], Any], header_title: str) -> bool:
    """The row might be a layout row (:func:`_layout_row`): its Title is blank, the header's or
    opens with no letter or digit ("** Remember: ... **"), or its Start Date is blank or opens
    with no digit. A cheap gate: most rows are events."""
    title, cell = cell_text(get("Title")), get("Start Date")
    day = "1" if isinstance(cell, (date, int, float)) else cell_text(cell)     # (issue 17: asked of every row)
    return not title or not day or not day[:1].isdigit() or not title[:1].isalnum() or \
        len(title) <= len(header_title) + 8 and _norm_header(title) == header_title


#: how the line for a tab's layout rows ends (:func:`_layout_issue`, read back by :func:`layout_rows`)
_LAYOUT_SAID = "read as the tab's layout — month headings, totals, notes, the column names again — not as events"


def _layout_issue(tab: str, lines: Sequence[RowIssue]) -> RowIssue:
    """One warning for a tab's layout rows (each a placeholder line, :data:`_LAYOUT`)."""
    rows = [i.row for i in lines]
    shown = ", ".join(map(str, rows[:12])) + (f" and {len(rows) - 12} more" if len(rows) > 12 else "")
    return RowIssue(tab, rows[0], "(row)", shown,
                    f"{len(rows)} row{'s' if len(rows) > 1 else ''} ({shown}) {_LAYOUT_SAID}",
                    "nothing to do; if one of them is an event, give it a title and a date", Severity.WARNING)


def layout_rows(issues: Sequence[RowIssue]) -> int:
    """How many rows of a tab its issues' layout line (:func:`_layout_issue`) names: rows that
    are no rows read, as a blank one is not (``rows_read = rows_accepted + rows_rejected``; a
    fresh city's check found it 10 short)."""
    return sum(int(i.problem.split(" ", 1)[0]) for i in issues
               if i.column == "(row)" and i.problem.endswith(_LAYOUT_SAID))


#: a date cell saying "the same as above": a ditto mark (``"``, ``〃``, ``-"-``), "same", "ditto"
_DITTO = re.compile(r"\s*(?:[\"\u201c\u201d\u2033\u3003]+|''|-\"-|same(?: day| date| as above)?|ditto|do\.?)\s*", re.I)
#: a title saying the row goes on with the row above: "(cont.)", "cont'd", "+", "↳ Police: K-9 demo"
_CONTINUED = re.compile(r"\s*(?:\(\s*cont(?:'d|inued)?\.?\s*\)|cont(?:'d|inued)?\.?(?=\W|$)|\+|\u21b3|->|\u2192)"
                        r"\s*:?\s*", re.I)
#: how many rows up a day's date typed once, or the row a continuation goes on with, is looked for
_BLOCK_ROWS = 30


def _shown_day(cell: Any) -> str:
    """A Start Date cell as a warning shows it: a date cell as 08/04/2026, text as typed."""
    return f"{cell:%m/%d/%Y}" if isinstance(cell, (date, datetime)) else cell_text(cell)


def _typed_once(cell: Any) -> bool:
    """A Start Date cell left for the row above to give: blank, or a ditto mark (:data:`_DITTO`)."""
    if isinstance(cell, (date, int, float)):     # (most cells: a date; issue 17, asked of every row)
        return False
    text = cell_text(cell)
    return not text.strip() or not text[:1].isdigit() and _DITTO.fullmatch(text) is not None


def _mark_end(text: str) -> int:
    """Where the mark of a row going on with the row above (:data:`_CONTINUED`) ends in ``text``; 0 for none."""
    found = _CONTINUED.match(text)
    return found.end() if found else 0


def _continues(title: str) -> bool:
    """A Title cell saying the row goes on with the row above it: blank, or a mark (:data:`_CONTINUED`)."""
    return not title.strip() or _mark_end(title) > 0


def _block_row(tab: RawTab, columns: Mapping[str, int], offset: int, tz, titled: bool) -> int | None:
    """The offset of the nearest row above ``offset`` in its block (rows with no empty row
    between them) whose Start Date is typed and reads as a date — or, ``titled``, the nearest
    whose Title is an event's own (:func:`_continues`) — passing only rows whose Start Date is
    left to it (:func:`_typed_once`); ``None`` where a spacer row, a heading or a row of another
    date comes first."""
    ti, di = columns["Title"], columns["Start Date"]
    for k in range(offset - 1, max(-1, offset - _BLOCK_ROWS - 1), -1):
        cells = tab.rows[k]
        if all(cell_text(c) == "" for c in cells) or _layout_row(cells, tab.header):
            return None                                     # a spacer or a heading ends the day's block
        date_cell = cells[di] if di < len(cells) else None
        if titled and not _continues(cell_text(cells[ti]) if ti < len(cells) else ""):
            return k
        if not _typed_once(date_cell):
            if titled:
                return None
            try:
                _date_of(date_cell, tz, "the Start Date")
            except CellError:
                return None                                 # a heading typed in the date column
            return k
    return None


#: how many titled rows of a tab must leave their Start Date blank under another row before a
#: blank one is read as the day's date typed once (fewer: a date forgotten, an error as before)
_BLANK_DATES_HABIT = 3


def _leaves_dates_blank(tab: RawTab, columns: Mapping[str, int]) -> bool:
    """The tab types a day's date once: at least :data:`_BLANK_DATES_HABIT` rows with a title of
    their own (:func:`_continues`) leave Start Date blank right under a row that is not empty."""
    ti, di = columns.get("Title"), columns.get("Start Date")
    if ti is None or di is None:
        return False
    count = 0
    for above, cells in zip(tab.rows, tab.rows[1:]):
        # (a heading or a note is no row of the day's block: a README-only check had two count)
        if (di >= len(cells) or not cell_text(cells[di]).strip()) and ti < len(cells) and \
                not _continues(cell_text(cells[ti])) and any(cell_text(c) for c in above) and \
                not _layout_row(cells, tab.header) and not _layout_row(above, tab.header):
            count += 1
            if count >= _BLANK_DATES_HABIT:
                return True
    return False


def _as_typed_above(tab: RawTab, columns: Mapping[str, int], offset: int, get: Callable[[str], Any],
                    ctx: _RowContext, tz, habit: Callable[[], bool], lookup: Mapping[str, str]) -> Callable[[str], Any]:
    """``get`` for a row whose Start Date is left to the rows above (a day's date typed once, a
    ditto mark below it: :func:`_typed_once`), with a warning each: a row with a title of its own
    takes the date of the block's dated row; a row going on with the one above (its Title blank or
    "(cont.)", "↳ Police: K-9 demo": :func:`_continues`) is that row's event again — its title,
    date, hours and place — with its own words as the description, so a department they name
    (or open with, ``lookup``: a name or alias → its department) takes part (a fresh helper's
    v64: every such row had been an error, and six joint events with it). A blank Start Date
    with a title of its own is read so only in a tab with the habit (``habit``:
    :func:`_leaves_dates_blank`; elsewhere a forgotten date stays an error); a ditto mark always.
    Other rows: ``get`` itself."""
    if "Title" not in columns or "Start Date" not in columns or not _typed_once(get("Start Date")):
        return get
    title = cell_text(get("Title"))
    if not title.strip() and not _mark_end(cell_text(get("Description"))):
        return get          # (a note under an event, "see email from Tasha": no title, no mark, an error as before)
    if not _continues(title):
        if not cell_text(get("Start Date")).strip() and not habit():
            return get
        found = _block_row(tab, columns, offset, tz, titled=False)
        if found is None:
            return get
        cell = tab.rows[found][columns["Start Date"]]
        ctx.warn("Start Date", get("Start Date"), f"read as {_shown_day(cell)}, the date of row "
                 f"{tab.first_row + found} above it (a day's date typed once)", "type the date in each row to be sure")
        return lambda column: cell if column == "Start Date" else get(column)
    parent = _block_row(tab, columns, offset, tz, titled=True)
    if parent is None:
        return get
    cells = tab.rows[parent]
    dated = parent if not _typed_once(cells[columns["Start Date"]] if columns["Start Date"] < len(cells) else None) \
        else _block_row(tab, columns, parent, tz, titled=False)
    if dated is None:
        return get
    own = " ".join(t for t in (title[_mark_end(title):], cell_text(get("Description")),
                               cell_text(get("Internal Notes"))) if t.strip())
    if not own:
        return get
    day = tab.rows[dated][columns["Start Date"]]
    # the department its words open with ("↳ Fire: chili lunch", "Parks lending pavilion tables")
    head = own.split(":", 1)[0] if ":" in own[:40] else ""
    words = own.split()
    named = lookup.get(head.strip().lower()) or next(
        (d for n in (3, 2, 1) if (d := lookup.get(" ".join(words[:n]).strip(",.;-").lower()))), "")
    mine = {"Description": own, "Internal Notes": "", "Partner Departments": named, "Event ID": "", "Start Date": day}

    def continued(column: str) -> Any:
        if column in mine:
            return mine[column]
        at = columns.get(column)
        return cells[at] if at is not None and at < len(cells) else None
    ctx.warn("Title", title or own, f"read as part of row {tab.first_row + parent}'s event "
             f"({cell_text(continued('Title'))!r}, {_shown_day(day)}), these words its own", "nothing to do; "
             "to be sure, give the row the event's title and date, or type the department in the row above's "
             "Partner Departments")
    return continued


def _part_reader(tab: RawTab, config: Config) -> Callable[[int, int], Part]:
    """``read(start, stop)``: the rows at offsets ``[start, stop)`` of ``tab.rows``, read
    (:data:`Part`), with what the tab's rows share (its department, the city's words, the
    texts already read) made once."""
    columns, _ = header_map(tab.header, config)
    lookup = config.department_lookup()
    units = config.department_units()
    tab_department = tab.department or lookup.get(tab.title.strip().lower())
    # the city's own name (the site's title: "Pittsburgh Community Safety Events") may stand
    # before a department's name where another body's may not ("Allegheny County Police")
    home = home_words(config.site.title)
    # (a partner named in text by its initials, "w/ PD & FD", "CRPD": a configured spelling wins)
    initials = department_names.department_initials(department_names.department_forms(config.departments))
    named_in_text = {**department_names.home_initials(home, initials), **initials,
                     **department_names.department_words(lookup), **lookup}
    mentions = lru_cache(maxsize=4096)(                   # issue 17: each text read once
        lambda text: tuple(text_mentions(clean_markup(strip_html(text)), named_in_text, units, home)))
    bodies = lru_cache(maxsize=1024)(lambda text: named_as_bodies(clean_markup(text), lookup, home))
    # (a Lead/Partner Departments cell read once per tab: staff type the same few lists row after row)
    spell = lru_cache(maxsize=4096)(
        lambda text: department_names.spelled_out(text, lookup, units, config.departments, home))
    others = lru_cache(maxsize=4096)(
        lambda text: other_bodies(clean_markup(strip_html(text)), named_in_text, units, home))
    outs = lru_cache(maxsize=1024)(
        lambda text: said_out(clean_markup(strip_html(text)), named_in_text, units, home))
    hosts = lru_cache(maxsize=1024)(lambda text: named_hosts((clean_markup(strip_html(text)),), named_in_text))
    placed = tuple(columns.items()) + (((CANCEL_MARK, at),) if (at := _cancel_column(tab.header, columns)) is not None
                                       else ())
    visible = "Visibility" in columns
    day_first = lru_cache(maxsize=1)(lambda: _writes_day_first(tab, columns))
    dated = lru_cache(maxsize=1)(lambda: _start_dates(tab, columns, config.tz))
    near_date = (lambda row: _nearest_date(dated(), row))
    neighbours = (lambda row: _dates_around(dated(), row))
    calendar = tab.department is not None and "External UID" in columns     # (a calendar file's events)
    blank_dates = lru_cache(maxsize=1)(lambda: _leaves_dates_blank(tab, columns))
    header_title = _norm_header(tab.header[columns["Title"]]) if "Title" in columns else ""

    def read(start: int, stop: int) -> Part:
        rows: list[EventRow] = []
        issues: list[RowIssue] = []
        dates: list[tuple[int, str, Any]] = []    # (row, column, Start/End Date cell): the tab's date order
        for offset in range(start, stop):
            cells = tab.rows[offset]
            formula_of = _formula_of(tab, columns, tab.first_row + offset)
            if all(cell_text(c) == "" for c in cells):
                _unsaved_row(tab.title, tab.first_row + offset, formula_of, issues)
                continue
            ctx = _RowContext(tab.title, tab.first_row + offset, issues, formula_of=formula_of,
                              day_first=day_first, near_date=near_date, neighbours=neighbours,
                              calendar=calendar)
            # column → its cell (None for a column the tab lacks or the row is too short to hold):
            # one dict per row, looked up by ``dict.get`` (issue 17: ~30 lookups a row)
            width = len(cells)
            get = {column: cells[index] for column, index in placed if index < width}.get
            if not calendar and _maybe_layout(get, header_title) and _layout_row(cells, tab.header):
                # (a heading, a total, the header again: told once for the tab, :func:`_layout_issue`)
                issues.append(RowIssue(tab.title, tab.first_row + offset, _LAYOUT, "", "", "", Severity.WARNING))
                continue
            if not calendar and _typed_once(get("Start Date")):      # (a day's date typed once, v64)
                get = _as_typed_above(tab, columns, offset, get, ctx, config.tz, blank_dates, lookup)
            dates.append((tab.first_row + offset, "Start Date", get("Start Date")))
            dates.append((tab.first_row + offset, "End Date", get("End Date")))
            try:
                row = _parse_row(get, ctx, config, tab_department, lookup, units, (mentions, others, outs, hosts),
                                 bodies, spell, home, visible)
            except Exception as exc:   # the row's guard: one cell never aborts the sync (issue 16)
                ctx.error("(row)", " | ".join(cell_text(c) for c in cells if cell_text(c))[:200],
                          f"this row could not be read ({type(exc).__name__}: {str(exc)[:120]}); "
                          "the row is left out", "check the row's dates, times and Repeats cells")
                continue
            if row is not None and not ctx.failed:
                rows.append(row)
        return rows, issues, dates
    return read


def _start_dates(tab: RawTab, columns: dict[str, int], tz) -> list[tuple[int, date]]:
    """``(row number, Start Date)`` of the tab's rows whose Start Date reads with its year."""
    index = columns.get("Start Date")
    out = []
    for offset, cells in enumerate(tab.rows):
        if index is not None and index < len(cells) and cell_text(cells[index]):
            try:
                out.append((tab.first_row + offset, _date_of(cells[index], tz, "the Start Date")[0]))
            except CellError:
                pass
    return out


def _nearest_date(dated: Sequence[tuple[int, date]], row: int) -> date | None:
    """The date of the row of ``dated`` nearest to ``row`` (the one above on a tie); ``None``
    when there is none."""
    return min(dated, key=lambda d: (abs(d[0] - row), d[0] > row), default=(0, None))[1]


def _dates_around(dated: Sequence[tuple[int, date]], row: int) -> tuple[date, ...]:
    """The dates of the rows of ``dated`` (by row number, ascending: :func:`_start_dates`)
    nearest above and below ``row`` (not ``row`` itself): none, one or two. A binary search
    (issue 17: asked of every January and February row)."""
    k = bisect_left(dated, (row,))
    above = dated[k - 1][1] if k > 0 else None
    k += k < len(dated) and dated[k][0] == row
    below = dated[k][1] if k < len(dated) else None
    return tuple(d for d in (above, below) if d is not None)


#: how far (days) a Start Date read in the next year may lie from the rows around it, and
#: how far at least the date as typed lies from each of them
_SLIP_DAYS, _FAR_DAYS = 92, 183


def _last_years_year(day: date, around: Sequence[date]) -> date | None:
    """``day`` (in January or February) a year later, when the tab's rows around it
    (``around``: :func:`_dates_around`) each lie within :data:`_SLIP_DAYS` of that later day
    and more than :data:`_FAR_DAYS` from ``day``: the year before typed out of habit just after
    New Year ("1/10/2025" between rows of 12/2025 and 1/2026; v61, held out, had two such rows
    counted in January 2025). ``None`` otherwise: a row of last year among last year's rows
    stays as typed."""
    try:
        later = day.replace(year=day.year + 1)
    except ValueError:          # (29 February)
        return None
    if around and all(abs((d - later).days) <= _SLIP_DAYS and abs((d - day).days) > _FAR_DAYS for d in around):
        return later
    return None


#: how far (days) from the tab's nearest dated row a day name may take a date typed without its year
_NAMED_YEAR_DAYS = 300


#: words saying a row was logged after the fact ("(late entry)", "after-action")
_LOGGED_LATE = re.compile(r"\b(?:late entry|entered late|logged late|after[- ]action|retroactive(?:ly)?|"
                          r"last year(?:'s|’s)?)", re.I)


def _row_words(get) -> str:
    """The row's Title, Description and Internal Notes as one text (asked only of a date that
    may have slipped: :func:`_names_weekday`, :func:`_year_meant`)."""
    return " ".join(cell_text(get(c)) for c in ("Title", "Description", "Internal Notes"))


def _names_weekday(get, weekday: int) -> bool:
    """The row's Title, Description or Internal Notes name ``weekday`` (0 = Monday) in words."""
    text = _row_words(get).lower()
    return bool(text) and re.search(rf"\b{calendar.day_name[weekday].lower()}", text) is not None


def _year_meant(day: date, cell: Any, get) -> bool:
    """The row says ``day``'s year is meant (:func:`_last_years_year` reads no slip then): its
    Title, Description or Internal Notes name that year or say it was logged late ("Warming
    center - Jan 2025 ice storm (late entry)"), or the day name typed with it agrees with it
    and not with the next year's ("Fri 1/10/2025"). A README-only check: such a row had been
    moved to the next January."""
    texts = _row_words(get)
    named = _weekday_of(cell) if isinstance(cell, str) else None
    return str(day.year) in texts or bool(_LOGGED_LATE.search(texts)) or named == day.weekday()


def _year_for(month: int, day: int, near: date, weekday: int | None = None) -> date | None:
    """The ``month``/``day`` in the year (``near``'s, the one before or after) that puts it
    nearest to ``near`` — among those where it falls on ``weekday`` (0 = Monday), the day name
    typed with it ("Tuesday 8/3" after 12/20/2026 is 8/3/2027), when one does within
    :data:`_NAMED_YEAR_DAYS` of ``near`` (a year from the tab's rows, the name is the slip: "Sat
    3/13" among rows of March 2026 is Saturday 3/14/2026, not 3/13/2027, v61); ``None`` for a day
    no such year has (2/30)."""
    found = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            found.append(date(year, month, day))
        except ValueError:
            pass
    named = [d for d in found if d.weekday() == weekday and abs((d - near).days) <= _NAMED_YEAR_DAYS]
    return min(named or found, key=lambda d: abs((d - near).days), default=None)


def _writes_day_first(tab: RawTab, columns: dict[str, int]) -> bool:
    """More of the tab's Start/End Dates read only day first (``13/5/2026``) than only month
    first (:func:`~.parsing.date_order`), as :func:`day_first_tab_issues` judges."""
    return _day_first_majority([date_order(cells[i]) for cells in tab.rows for i in
                                (columns.get("Start Date"), columns.get("End Date")) if i is not None and i < len(cells)])


def _day_first_majority(orders: Sequence[str | None]) -> bool:
    """More dates read only day first than only month first (:func:`~.parsing.date_order` values)."""
    return orders.count("day") > orders.count("month")


def day_first_tab_issues(tab: str, dates: Sequence[tuple[int, str, Any]], named: int = 3) -> list[RowIssue]:
    """``dates``: ``(row number, column, cell)`` of a tab's Start Date and End Date cells →
    one Validation warning per date that reads either way (``4/5/2026``, read month first as
    April 5) when most of the tab's numeric dates that read only one way
    (:func:`~.parsing.date_order`) are day first (``13/5/2026``): the tab most likely writes
    4 May. Each names up to ``named`` of the cells that show it. Dates are read as before;
    this only warns."""
    orders = [(row, column, cell, date_order(cell)) for row, column, cell in dates]
    if not _day_first_majority([order for *_, order in orders]):
        return []
    day = [(row, column, cell) for row, column, cell, order in orders if order == "day"]
    month = sum(1 for *_, order in orders if order == "month")
    shown = "; ".join(f"row {row}: {cell_text(cell)}" + ("" if column == "Start Date" else f" ({column})")
                      for row, column, cell in day[:named])
    more = f"; and {len(day) - named} more" if len(day) > named else ""
    out = []
    for row, column, cell, order in orders:
        if order != "either" or day_first_by_weekday(cell):     # its day name settled it
            continue
        month_, day_ = numeric_date(cell)          # as read: month first
        read, other = f"{calendar.month_name[month_]} {day_}", f"{calendar.month_name[day_]} {month_}"
        out.append(RowIssue(
            tab, row, column, cell_text(cell)[:200],
            f"read month first, as {read}, while this tab writes its dates day first ({len(day)} "
            f"of them can only be read day first — {shown}{more} — and {month} only month first), "
            f"so {other} may be meant",
            f"if {other} is meant, type it as {calendar.month_abbr[day_]} {month_} or year first "
            f"(year-{day_:02d}-{month_:02d}); typed with the month as a word or the year first, a date "
            "reads one way only", Severity.WARNING))
    return out


def _unsaved_cells(tab: RawTab, columns: dict[str, int], issues: list[RowIssue]) -> None:
    """Every cell of an intake column holding a formula saved with no calculated value that
    no line names yet (an optional column: Location, Description, Event Type, ...) gets a
    warning naming the formula and what to do: its value is left out of the event silently
    otherwise. Appends to ``issues``; asks only the cells the reader's scan found."""
    found = tab.formula_at.cells() if tab.formula_at is not None else ()
    if not found:
        return
    column_at = {index + 1: column for column, index in columns.items()}
    named = {(i.row, i.column) for i in issues}
    for row, number, formula in found:
        column = column_at.get(number)
        if column is None or row < tab.first_row or (row, column) in named:
            continue
        _RowContext(tab.title, row, issues, formula_of=lambda _, f=formula: f).warn(
            column, "", f"the event gets no {column} from this cell", "")


def _unsaved_row(tab: str, row: int, formula_of: Callable[[str], str | None] | None,
                 issues: list[RowIssue]) -> None:
    """A row that reads blank only because its Title or Start Date is a formula saved with no
    calculated value is not spacing: an error names it (a rejected row, so a published event
    it was is held as it was, :func:`sheets_sync.identity.reconcile`)."""
    column = next((c for c in ("Title", "Start Date") if formula_of and formula_of(c)), None)
    if column is not None:
        _RowContext(tab, row, issues, formula_of=formula_of).error(
            column, "", "every cell of this row reads empty, so the row is left out "
            "(a published event from it stays as it was)", "")


def row_event_ids(tab: RawTab, config: Config) -> dict[int, str]:
    """Sheet row → its Event ID as typed (trimmed, lower case) for every row of an intake tab
    that has one, read whatever else the row holds, so a rejected row can still be told apart
    from the others: its known event is held by that ID even after rows above it were inserted
    or deleted (:func:`sheets_sync.identity.reconcile`'s ``held_ids``)."""
    index = header_map(tab.header, config)[0].get("Event ID")
    if index is None:
        return {}
    out = {}
    for offset, cells in enumerate(tab.rows):
        value = clean_markup(cell_text(cells[index])) if index < len(cells) else ""
        if value:
            out[tab.first_row + offset] = value.lower()
    return out


def _one_line(value: Any) -> str:
    return clean_markup(cell_text(value))


#: :func:`_one_line` of a text cell, kept for text seen before (issue 17: Status, Visibility,
#: departments, types repeat row after row); pure, a ``str`` in and out
_one_line_of = lru_cache(maxsize=4096)(_one_line)


def _list_text(get: Callable[[str], Any], column: str, lookup: Mapping[str, str], units) -> str:
    """:func:`_text` of a cell listing departments, a line break after a line that names one
    read as a comma: a line a department ("Police⏎Fire (pending)": an adversarial helper's
    check, where the note had held both back, the lines read as names typed with no
    separator); a name wrapped over two lines stays one ("Emergency⏎Management")."""
    value = get(column)
    if type(value) is str and "\n" in value:
        lines = [line.strip() for line in value.strip().splitlines() if line.strip()]
        value = lines[0] + "".join((", " if any(parse_partners(before, lookup, units)[::2]) else " ") + line
                                   for before, line in zip(lines, lines[1:]))
    return _text(lambda _: value, column)


def _text(get: Callable[[str], Any], column: str) -> str:
    """A cell as one line of text (:func:`~.parsing.cell_text`, then
    :func:`~.parsing.clean_markup`); ``""`` for a blank or missing cell."""
    value = get(column)
    if value is None:
        return ""
    return _one_line_of(value) if type(value) is str else _one_line(value)


def _staff_text(ctx: "_RowContext", column: str, raw: str, one_line: bool = False) -> str:
    """A published free-text cell as staff meant it (:func:`sheets_sync.richtext.staff_text`):
    HTML → plain text, mojibake repaired with a warning that shows the repair."""
    if not raw:
        return ""               # a blank cell (most optional columns): nothing to clean
    cleaned = _cleaned(raw)
    if cleaned.repaired:
        fixed = " ".join(cleaned.text.split())
        ctx.warn(column, raw, "garbled characters (text from an exported file read in the wrong encoding) "
                 f"were repaired; published as \u201c{fixed[:80]}{'…' if len(fixed) > 80 else ''}\u201d",
                 "retype the garbled characters in the sheet (or paste from the original) so it reads right")
    return clean_markup(cleaned.text) if one_line else cleaned.text


def _typed_zone(ctx: _RowContext, column: str, cell: Any, config: Config, tz: ZoneInfo | None = None):
    """A time cell without a typed zone abbreviation (:mod:`sheets_sync.zones`) → ``(the cell
    to parse, the other zone it names or None)``; the city's own zone is dropped silently,
    another one gets a warning saying the time is converted. ``(None, None)`` after an error
    (two zones in one cell). ``tz``: ``config.tz`` when the caller has it (a property making
    the ``ZoneInfo``; issue 17, p17ae)."""
    if not isinstance(cell, str):
        return cell, None
    try:
        rest, typed = _zone_of(cell, tz or config.tz)
    except ValueError as exc:
        ctx.error(column, cell, str(exc), "type the time in the city's time zone, without a zone")
        return None, None
    if typed is None or typed.zone is None:
        return rest, None
    ctx.warn(column, cell, f"the time is given in {typed.abbreviation} ({typed.zone.key}); it is "
             f"converted to the city's time zone ({config.timezone})",
             "check the converted time, or type it in the city's time zone without a zone")
    return rest, typed.zone


def _warn_day_first(ctx: _RowContext, column: str, cell: Any, day: date) -> None:
    """A Validation warning on a date cell read day first (:func:`~.parsing.read_day_first`:
    ``13/5/2026``, ``Sun 14/5/2028``) — Start Date and End Date alike; ``day``: as read."""
    if read_day_first(cell):
        ctx.warn(column, cell,
                 f"read day first, as {day:%B} {day.day}, {day.year} (there is no month "
                 f"{day.day}), while dates such as 4/5/2026 are read month first (April 5)",
                 f"type it as {day:%Y-%m-%d} or {day:%b} {day.day}, {day.year} to be sure; "
                 "check this tab's other dates were meant month first")


def _settled_by_weekday(ctx: _RowContext, column: str, cell: Any, day: date) -> date:
    """``day`` (read month first), or, in a tab that writes its dates day first, the day-first
    reading its day name gives, with a Validation warning (:func:`~.parsing.day_first_by_weekday`:
    ``Sun 4/6/2028`` is Sunday 4 June). In any other tab a day name that disagrees is a typo
    named by its own warning."""
    settled = day_first_by_weekday(cell)
    if settled is None or ctx.day_first is None or not ctx.day_first():
        return day
    ctx.warn(column, cell,
             f"read day first, as {settled:%A} {settled.day} {settled:%B} {settled.year}, the day its "
             f"day name gives ({day:%m/%d/%Y} read month first is a {day:%A})",
             f"type it as {settled:%Y-%m-%d} or {settled:%b} {settled.day}, {settled.year} to be sure")
    return settled


def _no_clock_in(text: str, tz) -> bool:
    """``text`` (a Start Time cell, folded) holds no digit, no zone's name (``tz``: the city's,
    whose own abbreviations count) and reads as no time ("after school", "evening",
    "lunchtime"; not "noon", "six thirty pm", "noon ET")."""
    if any(c.isdigit() for c in text) or text.startswith("#"):       # (a formula's error: "#N/A")
        return False
    try:
        if _zone_of(text, tz)[1] is not None:
            return False
    except ValueError:
        return False
    try:
        _time_range_of(text)
        return False
    except CellError:
        return True


def _hours_in_title(title: Any) -> str:
    """The hours typed in a title (:data:`~.parsing.CLOCK_IN_TITLE`: "9am-2pm", "(10a-10p
    daily)", "6pm", "9-2" at its end), as a Start Time cell reads them, when the title holds one
    such and it reads; else ``""``."""
    text = cell_text(title)
    found = [m.group(0) for m in CLOCK_IN_TITLE.finditer(text)] if any(c.isdigit() for c in text) else []
    if len(found) != 1:
        return ""
    hours = re.sub(r"\s*daily\s*$", "", found[0].strip(" ()"), flags=re.I)
    try:
        _time_range_of(hours)
    except CellError:
        return ""
    return hours


def _start_by_end(start_text: str, end_cell: Any) -> time | None:
    """A Start Time with no am/pm ("10ish", "6") read with the End Time after it ("2 PM", "8",
    "8:30pm"), as the one range "10ish-2 PM" is by :func:`~.parsing.parse_time_range`; ``None``
    when there is no End Time or the two cannot be read together."""
    end_text = cell_text(end_cell).strip().lower()
    if not end_text or "-" in end_text:
        return None
    try:
        return _time_range_of(f"{start_text} - {end_text}")[0]
    except CellError:
        return None


def _bare_end(text: Any, start: time | None) -> time | None:
    """An End Time typed as an hour of 1–12 with no am/pm ("8", "8:00") after a known start:
    the first of its two readings later that day than the start ("6:30pm" to "8:00" ends at
    20:00, "10am" to "2" at 14:00); ``None`` when the text is anything else, the start is not
    known, or neither reading is later (an end past midnight: the caller's overnight rule)."""
    m = BARE_HOUR.fullmatch(without_time_words(text)) if isinstance(text, str) and start is not None else None
    if m is None or not 1 <= (hour := int(m[1])) <= 12:
        return None
    minute = int(m[2] or 0)
    for h in (hour % 12, hour % 12 + 12):
        if (reading := time(h, minute)) > start:
            return reading
    return None


#: what staff type in Partner Departments for "no partner" (folded)
_NO_PARTNER_WORDS = frozenset({"none", "n/a", "na", "no", "nobody", "nil", "no partners", "no partner",
                               "not applicable", "ninguno", "ninguna", "ningún", "ningun"})


def _range_end(ctx: _RowContext, cell: str, spanned: DayRange, start_day: date, typed_end: date | None) -> date:
    """The last day of a range of days typed in Start Date (``spanned``, :func:`~.parsing.day_range`)
    whose first day was read as ``start_day``: the range's, with a warning saying so, or the
    End Date typed (``typed_end``) where it names another day, with a warning saying which is used."""
    last = start_day + timedelta(days=spanned.days)
    if typed_end is None or typed_end == last:
        if spanned.days:
            ctx.warn("Start Date", cell, f"{cell.strip()!r} holds a range of days: read as {start_day:%m/%d/%Y} "
                     f"to {last:%m/%d/%Y}", f"put the first day ({typed_date(start_day)}) in Start Date and the "
                     f"last ({typed_date(last)}) in End Date to be sure")
        return last
    ctx.warn("Start Date", cell, f"{cell.strip()!r} holds a range of days ending {last:%m/%d/%Y}, but End Date "
             f"says {typed_end:%m/%d/%Y}; End Date is used",
             f"type only the first day ({typed_date(start_day)}) in Start Date")
    return typed_end


def _titled_end(ctx: _RowContext, title: str, titled: tuple[str, int], start_day: date) -> date:
    """The last day of a one-day row whose title gives its days from its Start Date ("Summer
    Safety Camp 6/15-6/19", :func:`~.parsing.title_day_range`), with a warning saying so. A fresh
    helper's v63: a camp typed so was read as its first day only, its partners' visits later in
    the week never compared with it."""
    typed, days = titled
    last = start_day + timedelta(days=days)
    ctx.warn("Title", title, f"the title gives the event's days ({typed}): read as {start_day:%m/%d/%Y} to "
             f"{last:%m/%d/%Y}", f"type the last day ({typed_date(last)}) in End Date to be sure")
    return last


def _parse_when(get, ctx: _RowContext, config: Config):
    """Start/End Date/Time cells → ``(start, end, all_day, hours said)`` or None after an error;
    ``hours said``: for an all-day row whose Start Time names a part of the day or a bare hour
    ("evening", "10ish"), the hours it stands for (:func:`~.parsing.said_hours`), else ``()``."""
    tz = config.tz          # (a property making the ZoneInfo: read once a row, issue 17)
    start_date_cell = get("Start Date")
    # "Tue 8/5/2025 5:00 PM - 8:00 PM" pasted from a calendar into Start Date: its date, and, no
    # Start Time typed, its hours as though typed in Start Time (and its end's date as the End
    # Date's, none typed): a fresh helper's set had each such row left out of the count, and a
    # README-only check "8/3/2027 1700-2000" published all day
    pasted = date_and_hours(start_date_cell) if isinstance(start_date_cell, str) else None
    if pasted is not None:
        day_text, hours, last_day = pasted
        typed_hours = cell_text(get("Start Time")).strip()
        typed_end = cell_text(get("End Date")).strip()
        used = "" if typed_hours else hours
        ends = f" to {last_day}" if last_day and not typed_end else ""
        said = (f", {hours}" if used else f"; its hours ({hours}) are not used, Start Time says {typed_hours}") \
            if hours else ", all day"
        ctx.warn("Start Date", start_date_cell,
                 f"the date and the hours are typed in one cell: read as {day_text}{ends}{said}",
                 "type the date in Start Date and the hours in Start Time and End Time")
        start_date_cell = day_text
        pasted = (used, last_day if ends else None)
    # a range of days in the one cell ("Oct 10-12, 2025"): its first day starts the event, its
    # last ends it (below); dateutil alone read that as 10 October 2012 (a helper's check)
    spanned = day_range(start_date_cell) if isinstance(start_date_cell, str) else None
    try:
        start_day, start_clock = _date_of(spanned.first if spanned else start_date_cell, tz, "the Start Date")
    except NoYearError as exc:
        # "8/3" in a tab of 2027 events: the year of the rows around it, with a warning (a fresh
        # city's check: the row was an error, left out of the count)
        near = ctx.near_date(ctx.row) if ctx.near_date else None
        named = _weekday_of(start_date_cell) if isinstance(start_date_cell, str) else None
        start_day = _year_for(exc.month, exc.day, near, named) if near else None
        if start_day is None:
            ctx.error("Start Date", start_date_cell, exc.problem, exc.action)
            return None
        start_clock = None
        why = "the year its day name agrees with" if named is not None and start_day.weekday() == named \
            and start_day.year != near.year else "the year of the tab's nearest dated row"
        ctx.warn("Start Date", start_date_cell,
                 f"{exc.problem}: read as {start_day:%m/%d/%Y}, {why}",
                 f"type the year to be sure, e.g. {typed_date(start_day)}")
    except CellError as exc:
        ctx.error("Start Date", start_date_cell, exc.problem, exc.action)
        return None
    _warn_day_first(ctx, "Start Date", start_date_cell, start_day)
    start_day = _settled_by_weekday(ctx, "Start Date", start_date_cell, start_day)
    if start_day.month <= 2 and ctx.neighbours is not None and not ctx.calendar and \
            (this_year := _last_years_year(start_day, ctx.neighbours(ctx.row))) is not None and \
            not _year_meant(start_day, start_date_cell, get):
        ctx.warn("Start Date", start_date_cell,
                 f"{start_day:%m/%d/%Y} is in {start_day.year}, while the rows around it are in "
                 f"{this_year.year}: last year's year typed out of habit? Read as {this_year:%m/%d/%Y}",
                 f"type the year: {typed_date(this_year)} (if the event was in {start_day.year}, move "
                 "the row among that year's rows)")
        start_day = this_year
    named = _weekday_of(start_date_cell) if isinstance(start_date_cell, str) else None
    if named is not None and named != start_day.weekday():   # "Thu 9/4/2026": 9/4 is a Friday
        ctx.warn("Start Date", start_date_cell, *day_names.disagreement(start_day, named))
        if not _names_weekday(get, start_day.weekday()):
            # (not when the row's words name the date's own day: "Friday's senior resource
            # morning" typed "Sat 1/29/2027", a Friday: a README-only check)
            ctx.day_named = (day_names.named_day(start_day, named), cell_text(start_date_cell)[:200])
    end_clock: time | None = None
    time_cell = pasted[0] if pasted is not None and pasted[0] else get("Start Time")
    time_text = cell_text(time_cell).strip().lower()
    if pasted is None and isinstance(time_cell, str) and (both := date_and_hours(time_cell)) is not None:
        # the whole "Sat 3/21/2026 10:00 AM - 1:00 PM" pasted into Start Time: its hours, when its
        # date is the Start Date's (a fresh helper's set: the row was left out of the count)
        try:
            pasted_day = _date_of(both[0], tz, "the Start Time's date")[0]
        except CellError:
            pasted_day = None
        if pasted_day != start_day or both[2] is not None:
            ctx.error("Start Time", time_cell, f"the Start Time holds a date ({both[0]}) that is not the "
                      f"Start Date ({start_day:%m/%d/%Y})" if pasted_day != start_day else
                      f"the Start Time holds two dates ({both[0]} to {both[2]})", "type only the hours in Start "
                      f"Time, e.g. {both[1]}, and the dates in Start Date and End Date")
            return None
        ctx.warn("Start Time", time_cell, f"the Start Time holds the date too: read as {both[1]}",
                 "type only the hours in Start Time and End Time")
        time_cell, time_text = both[1], both[1].lower()
    if not time_text and ctx.formula_of and ctx.formula_of("Start Time"):
        # an uncalculated time is unknown, not "all day": publishing it as all-day would move
        # the event in every subscriber's calendar (a known event is held as it was)
        ctx.error("Start Time", time_cell, "the start time is unknown, so the row is left out", "")
        return None
    if not time_text and not cell_text(get("End Time")).strip() and not cell_text(get("External UID")) and \
            (hours := _hours_in_title(get("Title"))):      # (a calendar's all-day event is the calendar's)
        # "Sound the Alarm 9am-2pm", no time typed: the title's hours, not all day (a README-only check)
        time_cell = time_text = hours
        ctx.warn("Start Time", "", f"no time is typed; the hours in the title ({hours}) are used",
                 "type them in Start Time and End Time")
    worded, window = False, None
    if time_text and time_text not in _ALL_DAY_WORDS and _no_clock_in(time_text, tz):
        # "after school", "evening": words with no clock in them keep the row, shown all day, as
        # "dusk" does (a fresh helper's set: each such row was left out of the count)
        worded = True
        end_said = "; the End Time is not used" if cell_text(get("End Time")).strip() else ""
        ctx.warn("Start Time", time_cell,
                 f"{cell_text(time_cell).strip()!r} is no clock time; shown as an all-day event{end_said}",
                 "type the clock time it stands for that day, e.g. 3:30pm")
        window = said_hours(time_text)
        time_cell, time_text = None, ""
    elif time_text and _APPROXIMATE.search(time_text) and not cell_text(get("End Time")).strip() and \
            (hour := bare_hour(time_text)) is not None:
        # "10ish", "about 7" with no End Time to tell its half of the day: kept, shown all day,
        # and matched by its likely hours (v56, after-action logs: nine such rows were left
        # out); a bare "6" with nothing said of it stays an error (an hour left half typed)
        ctx.warn("Start Time", time_cell, f"{cell_text(time_cell).strip()!r} has no am/pm and no End Time says "
                 "which half of the day; shown as an all-day event", f"type {hour}am or {hour}pm")
        window = said_hours(time_text)
        time_cell, time_text = None, ""
    if time_text in _ALL_DAY_WORDS:
        if time_text in _UNDECIDED_WORDS:
            ctx.warn("Start Time", time_cell, "the time is not decided yet; shown as an all-day event",
                     "type the start time when it is known")
        elif time_text in _SKY_WORDS:
            ctx.warn("Start Time", time_cell, f"{time_text!r} is no clock time; shown as an all-day event",
                     "type the clock time it stands for that day, e.g. 8:30pm")
            window = said_hours(time_text)
        time_cell, time_text = None, ""
    typed_zone = None
    if time_text:                       # (cell_text of the cell, as read once above)
        time_text, typed_zone = _typed_zone(ctx, "Start Time", time_cell, config, tz)
        if time_text is None:
            return None
        try:
            start_clock, end_clock = _time_range_of(time_text)
        except CellError as exc:
            if (start_clock := _start_by_end(time_text, get("End Time"))) is None:
                typed = cell_text(time_cell).strip()      # (as typed: "'7ish' has no am/pm", not '7')
                ctx.error("Start Time", time_cell, f"{typed!r} has no am/pm" if exc.problem.endswith("has no am/pm")
                          else exc.problem, exc.action)
                return None
            # "10ish" to End Time "2 PM": the half of the day the end gives it, as "10-2 PM" in
            # one cell is read (three fresh helpers' sets: the row was left out of the count)
            end_clock = None
            ctx.warn("Start Time", time_cell, f"{cell_text(time_cell).strip()!r} has no am/pm and is read as "
                     f"{start_clock:%-I:%M %p}, "
                     f"before the End Time ({cell_text(get('End Time')).strip()})",
                     f"type {start_clock:%-I:%M %p} to confirm, or the other half of the day if it is meant")
        if end_clock is not None and guessed_range(time_text):     # ("7-9" for an evening meeting: a helper's check)
            ctx.warn("Start Time", time_cell, f"{time_text.strip()!r} has no am/pm and is read as "
                     f"{start_clock:%-I:%M %p} to {end_clock:%-I:%M %p}",
                     "type am or pm (e.g. 7-9pm) if the other half of the day is meant")
        # ("6:30 sharp" as "6:30": a helper's check had it read as 6:30 am without a word)
        if isinstance(time_cell, str) and _EARLY_CLOCK.fullmatch(without_time_words(time_text)):
            morning, start_clock = start_clock, start_clock.replace(hour=start_clock.hour + 12)
            ctx.warn("Start Time", time_cell,
                     f"{time_text.strip()!r} has no am/pm and is read as {start_clock:%-I:%M} PM "
                     f"({start_clock:%H:%M}): a community event rarely starts at {morning:%-I:%M} in the morning",
                     f"type {morning:%-I:%M} AM if the morning is meant, or {start_clock:%-I:%M} PM to confirm")
        if typed_zone is not None:      # typed in another zone: the city's clock (issue 16)
            first_day = start_day
            start_day, start_clock = to_city(first_day, start_clock, typed_zone, tz)
            end_clock = to_city(first_day, end_clock, typed_zone, tz)[1] if end_clock else None
    end_day = start_day
    end_date_cell = pasted[1] if pasted is not None and pasted[1] else get("End Date")
    end_date_text = cell_text(end_date_cell)
    if end_date_text:
        try:
            end_day, end_date_clock = _date_of(end_date_cell, tz, "the End Date")
            end_clock = end_clock or end_date_clock
            _warn_day_first(ctx, "End Date", end_date_cell, end_day)
            end_day = _settled_by_weekday(ctx, "End Date", end_date_cell, end_day)
        except DateRangeError as exc:
            ctx.error("End Date", end_date_cell, exc.problem + "; the row is left out", exc.action)
            return None
        except NoYearError as exc:      # "8/4" after a start of 8/3/2027: the first such day from the start
            found = first_on_or_after(exc.month, exc.day, start_day)
            if found is None or (found - start_day).days > _YEARLESS_END_DAYS:   # ("9/19" after 9/20: a typo)
                ctx.warn("End Date", end_date_cell, exc.problem + "; the event is taken to end the same day",
                         exc.action)
            else:
                end_day = found
                ctx.warn("End Date", end_date_cell, f"{exc.problem}: read as {end_day:%m/%d/%Y}, the first such day "
                         "from the start", f"type the year to be sure, e.g. {typed_date(end_day)}")
        except CellError as exc:
            ctx.warn("End Date", end_date_cell, exc.problem + "; the event is taken to end the same day",
                     exc.action)
        if end_day < start_day and (stale := _stale_end_year(end_day, start_day)) is not None:
            typed, end_day = end_day, stale
            ctx.warn("End Date", end_date_cell, f"the End Date ({typed:%m/%d/%Y}) is before the start "
                     f"({start_day:%m/%d/%Y}): last year's year left in the date? Read as {end_day:%m/%d/%Y}",
                     f"type the End Date with the year, e.g. {typed_date(end_day)}")
    if spanned is not None:
        end_day = _range_end(ctx, start_date_cell, spanned, start_day, end_day if end_date_text else None)
    elif not end_date_text and \
            (titled := title_day_range(title := cell_text(get("Title")), start_day)) is not None:
        end_day = _titled_end(ctx, title, titled, start_day)       # "Summer Safety Camp 6/15-6/19" (v63)
    end_time_cell = get("End Time")
    typed_end = bool(cell_text(end_time_cell))
    if typed_end:
        try:
            end_text, end_zone = _typed_zone(ctx, "End Time", end_time_cell, config, tz)
            if end_text is None:
                return None
            range_end, end_clock = end_clock, _bare_end(end_text, start_clock) or _time_of(end_text)
            if end_zone is None and typed_zone is not None and _zone_of(end_text, tz)[1] is None:
                end_zone = typed_zone       # ("6pm Mountain Time" to "8pm": the end in the start's zone)
            if end_zone is not None:
                end_clock = to_city(end_day, end_clock, end_zone, tz)[1]
            if range_end is not None and range_end != end_clock:   # "5:30 - 7:30 PM" and End Time 1am
                ctx.warn("End Time", end_time_cell,
                         f"the Start Time cell ends at {range_end:%H:%M} but End Time says "
                         f"{end_clock:%H:%M}; End Time is used",
                         "keep the end in one place: type only the start in Start Time, or clear End Time")
        except CellError as exc:
            if end_day != start_day:    # over several days no end can be guessed: hold, not move
                ctx.error("End Time", end_time_cell, exc.problem + " and the event ends on another day "
                          "(End Date), so the row is left out; a published event stays as it was",
                          exc.action)
                return None
            ctx.warn("End Time", end_time_cell, exc.problem + "; the end time is left open", exc.action)
    if start_clock is None:  # all-day; end is exclusive (RFC 5545 §3.6.1)
        if typed_end and end_clock is not None and not worded:   # (a new city's "Narcan training": its 8pm vanished)
            ctx.warn("End Time", end_time_cell, "there is an End Time but no Start Time: the event is shown "
                     "as all day and the end time is not used", "type the Start Time too")
        if end_day < start_day:
            ctx.error("End Date", end_date_cell, "the end date is before the start date",
                      "correct the End Date or leave it blank")
            return None
        return start_day, end_day + timedelta(days=1), True, (window or ()) if end_day == start_day else ()
    start = local_datetime(start_day, start_clock, tz)
    for column, clock, day in (("Start Time", start_clock, start_day), ("End Time", end_clock, end_day)):
        # (a day with no daylight-saving change has no such time, issue 17)
        if clock is not None and not ordinary_day(day, tz) and (problem := dst_problem(day, clock, tz)):
            ctx.warn(column, f"{day} {clock:%H:%M}", problem,
                     "check the time; on daylight-saving days pick a time outside 1–3 am")
    if end_clock is None:
        if end_day < start_day:     # (a fresh city's check: published ending the day before it began)
            ctx.error("End Date", end_date_cell, "the end date is before the start date",
                      "correct the End Date or leave it blank")
            return None
        end = start + timedelta(hours=1)
        if end_day != start_day:
            end = local_datetime(end_day, start_clock, tz)
    else:
        end = local_datetime(end_day, end_clock, tz)
        same_day = end_day == start_day and not end_date_text
        if end <= start and end_day == start_day and (end_clock <= time(6) or (
                start_clock >= time(17) and end_clock <= time(10))):
            # "10 PM - 2 AM"; an evening start and a morning end is an overnight event (a warming
            # center 8pm–8am, a lock-in: v35 E16, V4), also with End Date typed as the first day
            # (E7); said when the End Date or an end after 6 am makes it more than a guess
            end = local_datetime(end_day + timedelta(days=1), end_clock, tz)
            if end_date_text or end_clock > time(6):
                ctx.warn("End Time", end_time_cell or time_cell,
                         f"the end time {end_clock:%H:%M} is before the start time {start_clock:%H:%M} "
                         f"that day; read as the next morning, {end_day + timedelta(days=1):%m/%d/%Y}",
                         "fill in End Date with the next day's date to confirm, or correct the times")
        if end < start and same_day:  # reversed times (5 PM – 3 PM): which one is wrong is unknowable
            ctx.error("End Time", end_time_cell or time_cell,
                      f"the end time {end_clock:%H:%M} is before the start time {start_clock:%H:%M}",
                      "correct the Start Time or End Time (fill in End Date for an event past midnight)")
            return None
        if end == start and same_day:
            ctx.warn("End Time", end_time_cell or time_cell, "the end time is not after the start time",
                     "check the times; the event is shown as one hour long")
            end = start + timedelta(hours=1)
        elif end <= start:
            ctx.error("End Date", end_date_cell, "the event ends before it starts",
                      "correct the End Date / End Time")
            return None
    if not ordinary_day(start_day, tz) and (shifted := gap_end(start, end)) is not None:
        ctx.warn("End Time" if typed_end else "Start Time", end_time_cell if typed_end else time_cell,
                 f"read as RFC 5545 does, the start is {real_instant(start):%H:%M} and the end "
                 f"{real_instant(end):%H:%M}, so the event would last no time; it is published "
                 f"{real_instant(start):%H:%M}–{shifted:%H:%M}, as long as typed",
                 "check the times; on daylight-saving days pick a time outside 1–3 am")
        end = shifted
    return start, end, False, ()


#: a year standing alone in a title ("Sound the Alarm 2025"; not "2025-26", "2025–26", "Class of
#: 2025", "Since 2025", "Graduates of 2025")
_TITLE_YEAR = re.compile(r"(?<![\w/\u2013\u2014-])(?<!of )(?<!since )(?<!in )(20\d\d)(?![\w/\u2013\u2014-])", re.I)
#: a title looking back at that year on purpose ("Hurricane Season 2026 After-Action Review", "New
#: Year 2026 Recap", "2026 Citizens Academy Graduation": an adversarial helper's check)
_LOOKS_BACK = re.compile(r"\b(?:recap|review|report|after[- ]action|graduat\w*|reunion|anniversary|retrospective|"
                         r"results|awards?|wrap[- ]?up|highlights|debrief\w*)\b", re.I)


def _last_years_title(title: str, start: datetime) -> int | None:
    """The year a title names when it is the one before the event's (a row copied from last
    year's sheet, its date changed and its title not: "Sound the Alarm 2025" on 3/14/2026 was
    published so, a fresh city's check), else ``None``; a title naming its own year too is
    left alone ("2025-2026 Season Finale" is typed with a dash, also left alone)."""
    years = {int(y) for y in _TITLE_YEAR.findall(title)} if "20" in title else set()
    return start.year - 1 if years == {start.year - 1} and not _LOOKS_BACK.search(title) else None


def _stale_end_year(end: date, start: date) -> date | None:
    """The End Date meant when ``end``, before ``start``, carries a year left from habit or from
    a copied row (helpers' checks): the start's year typed for an end across New Year
    (12/31/2026 to "1/1/2026"), or last year's in January (a camp from 1/4/2027 to "1/8/2026"),
    is the same day within 31 days of the start, as an End Date without its year is; any other
    earlier year (a row copied from last year's sheet, its Start Date changed, its End Date
    left) ends the event on its start's day. ``None``: a real end before the start (an error)."""
    soon = first_on_or_after(end.month, end.day, start)
    near = soon if soon is not None and (soon - start).days <= _YEARLESS_END_DAYS else None
    if end.year == start.year or (end.year == start.year - 1 and start.month == 1):
        return near
    return start if end.year < start.year else None


def _text_partners(ctx: _RowContext, texts: Sequence[tuple[str, str]],
                   readers: tuple[Callable[[str], Sequence], Callable[[str], set]], known: set,
                   place: str = "") -> tuple[str, ...]:
    """Departments the ``texts`` — ``(column, text)``: Title, Description and their Spanish
    columns (v41 B9, B10: "Chocolate caliente con la Policía" in Title (Spanish) only) — name
    as taking part (``readers[0]``: a cell's
    text → its :func:`.mentions.text_mentions`) that the tab, lead and partner columns do
    not give; each one gets a Validation warning. A mention that names where the event is —
    found in the row's ``place`` (Location and Address: "Station 1 history walk" at Fire
    Station 1) or written after "at" ("meeting at Station 3") — is a place, not a partner; so is
    one after "at" and name words ("at the Old Station 4").
    ``readers``: a text's mentions, and the departments it names only as another body's
    (:func:`~.mentions.other_bodies`): those a cell names so are not counted from another cell's
    people or unnumbered units (Title "Coffee with a Cop", Description "Hosted by Allegheny
    County Police": a fourth helper's false joint event)."""
    mentions, others = readers[:2]
    added: list[str] = []
    folded_place = " ".join(place.lower().split())
    for column, value in texts:
        bodies = None       # (read only for a mention that counts otherwise: issue 17)
        for m in mentions(value) if value else ():
            if m.department in known or m.department in added or _names_the_place(m, value, folded_place):
                continue
            if not numbered(m):
                if bodies is None:
                    bodies = {d for c, v in texts if v and c != column for d in others(v)}
                if m.department in bodies:
                    continue
            added.append(m.department)
            _counted_from_text(ctx, column, value, m.department, m.snippet)
    return tuple(added)


def _not_said_out(ctx: _RowContext, partners: tuple[str, ...], texts: Sequence[tuple[str, str]],
                  outs: Callable[[str], Mapping[str, str]], own: set) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(partners, held out)``: ``partners`` less those a text (``(column, text)``: Description,
    Internal Notes) says are out of the event in so many words (``outs``:
    :func:`.mentions.said_out`), each with a Validation warning ("Fire had to back out
    (staffing) - leaving them checked in case it changes" beside a Fire ticked in Partner
    Departments: a fresh helper's set, v55, counted it as taking part); and every department
    the texts say so of but the row's ``own`` (its tab's and lead's): the event counts them from
    no row but their own (:func:`sheets_sync.merge.combine`; a later response "Parks had to
    back out" beside the first one listing Parks: a README-only check)."""
    held: list[str] = []
    for column, value in texts:
        said = outs(value) if value else {}
        held.extend(d for d in said if d not in own and d not in held)
        gone = {d: why for d, why in said.items() if d in partners}
        for department, why in gone.items():
            ctx.warn(column, value, f"{department} is listed as a partner, but the {column.lower()} "
                     f"{'say' if column.endswith('s') else 'says'} it is out or not confirmed "
                     f"({why[:80]!r}): not counted as taking part",
                     f"if {department} is out, remove it from Partner Departments; if it takes part after all, "
                     f"update the {column.lower()}")
        partners = tuple(p for p in partners if p not in gone)
    return partners, tuple(held)


def _counted_from_text(ctx: _RowContext, column: str, value: str, department: str, snippet: str,
                       what: str = "text") -> None:
    """The warning on a partner counted from a text cell (:func:`_text_partners`,
    :func:`_bracket_partners`): where it was named, and how to confirm or undo it."""
    if ctx.calendar:        # (a calendar has no Partner Departments: nothing to confirm there, v57)
        ctx.warn(column, value, f"{department} named in the event's {column.lower()} ({snippet!r}) is counted "
                 "as a partner", f"nothing to do if {department} takes part; if not, reword the event's "
                 f"{column.lower()} in the calendar")
        return
    ctx.warn(column, value, f"{department} named in the {column.lower()} ({snippet!r}) is counted as a partner",
             f"add it to Partner Departments to confirm, or reword the {what} if {department} does not take part")


#: a bracket in a title ("Town hall (PD/CS)"); one holding a digit but 911's is a unit's or place's
#: (:func:`_bracket_partners`)
_TITLE_BRACKET = re.compile(r"\(([^()]{2,60})\)")


def _bracket_partners(ctx: _RowContext, title: str, spell: Callable[[str], tuple], known: set) -> tuple[str, ...]:
    """Departments a bracket in the ``title`` lists and nothing else, read as a Partner
    Departments cell is (``spell``: :func:`.department_names.spelled_out`, short forms too):
    "Town hall (PD/CS)", "Open House (Police/Fire)", "Resource Fair (FD/911)", "Family Fun Day
    (EM)" on another department's tab (v48: Police was not counted). A bracket holding anything
    else ("(rain date)", "(Police invited)", "(Station 3)") names no one. Those not ``known``
    already, each with a warning."""
    added: list[str] = []
    for inner in _TITLE_BRACKET.findall(title):
        if re.search(r"\d", inner.replace("911", "")):
            continue        # (a unit's or a station's number: "(Station 3)" is a place, "(Engine 7)" a part)
        found, unknown, held = spell(inner)[2]
        if unknown or held:
            continue
        for department in found:
            if department not in known and department not in added:
                added.append(department)
                _counted_from_text(ctx, "Title", title, department, inner, what="title")
    return tuple(added)


def _names_the_place(mention, text: str, place: str) -> bool:
    """``mention`` (a :class:`~sheets_sync.mentions.Mention` of ``text``) names where the event
    is, not a partner: found in the row's ``place``, or written after "at" ("meeting at Station
    3", "at the Old Station 4", "Rain location: Fire Station 1"). A mention after a cue
    ("with Engine 7") is a partner even when
    the place or another part of the text is named after the unit ("at Engine 7 Brewing")."""
    spaced = mentions.spaced(text)
    if mentions.cued(spaced, mention.start) or _ITS_PEOPLE.match(spaced, mention.end):
        return False        # (… or its people or table follow: "next to the Beat 214 officers table")
    if place and " ".join(mention.snippet.lower().split()) in place:
        return True
    # after "at" or another word of place ("parking in the Fire Station 8 lot"), or a label naming
    # where ("Rain location: Fire Station 1 apparatus bay": fresh cities' checks), name words may
    # come first
    return _PLACE_BEFORE.search(spaced[:name_words_before(spaced, mention.start)]) is not None


_ITS_PEOPLE = re.compile(r"\s+(?:officers?|firefighters?|crews?|teams?|staff|table|booth|tent|display)\b", re.I)
#: (not the people at a body: "Our partners at Mill Creek Fire will join us", a fresh city's check)
_PLACE_BEFORE = re.compile(r"(?:\b(?<!partners )(?<!friends )(?<!colleagues )(?<!folks )(?<!team )(?<!teams )"
                           r"(?<!staff )(?<!members )(?:at|in|inside|near|behind|beside|outside|next to|across from)|"
                           r"@|"         # ("CPR + calling 911 demo @ Station 1": v48, Fire counted from its place)
                           r"\b(?:location|venue|where|site|place|meeting (?:point|spot)|parking|"
                           r"check-?in)\s*:)\s+(?:the\s+)?$", re.I)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
# a month by its name or abbreviation, as a whole word ("Maya", "Market", "Juneteenth" are not months)
_MONTH_DAY = re.compile(r"\b(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                        r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?P<day>\d{1,2})"
                        r"(?P<ordinal>st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?"
                        r"|\b(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?:/(?P<y>\d{4}|\d{2}))?\b", re.I)
#: Nouns an ordinal counts in event titles ("May 2nd Birthday", "June 3rd Annual Block Party",
#: "Oct 5th Grade Field Day", "May 2nd Street Fair"): an ordinal followed by one is not a day.
_COUNTED = re.compile(r"\s+(?:annual|anniversary|birthday|bday|grade|graders?|ward|precinct|district|floor|"
                      r"street|st|avenue|ave|road|rd|place|pl|year|season|edition|generation|century|round|"
                      r"shift|platoon|battalion|company|regiment|division|congressional|time)\b", re.I)


_DIGIT = re.compile(r"\d")
_FORMER = re.compile(r"\b(?:originally|moved from|rescheduled from|postponed from|was|rained out|washed out|"
                     r"called off|cancell?ed|postponed)\s*(?:on\s*)?(?:(?!(?:to|for|until|till)\b)[a-z]+\.?,?\s*)?$", re.I)
#: the words before a date a called-off row names as the one its event moved to
_NEXT = re.compile(r"\b" + CALLED_OFF_TO_WORDS + r"\s*(?:on\s*)?(?:[a-z]+\.?,?\s*)?$", re.I)


def other_dates(text: str, start: date, end: date, called_off: bool = False) -> list[str]:
    """Dates written inside free text (``"SPECIAL: Thursday July 31"``, ``"moved to 8/12"``)
    that fall outside the row's days ``[start, end]`` (dates; a date without a year takes
    ``start``'s year). A date the text calls the former one (``originally 10/4``, ``moved
    from``) is not counted: it explains a move (README "Duplicates"); neither is a word that
    only begins like a month ("Maya 2nd Birthday") or an ordinal that counts the noun after
    it ("May 2nd Street Fair", "June 3rd Annual …": :data:`_COUNTED`). On a ``called_off`` row
    (Postponed or Cancelled) the date it moved to (``RAINED OUT, moved to 8/20``) is not
    counted either: the row says its date is off and names the new one. Returns the matched
    snippets, in order."""
    found: list[str] = []
    if not _DIGIT.search(text):
        return found            # every date form holds a digit (issue 17: most titles hold none)
    for m in _MONTH_DAY.finditer(text):
        if m["month"]:
            if m["ordinal"] and not m["year"] and _COUNTED.match(text, m.end()):
                continue                # "May 2nd Birthday": a second birthday, not May 2
            month = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(m["month"].lower()[:3]))
            day, year = int(m["day"]), int(m["year"] or start.year)
        else:
            month, day = int(m["m"]), int(m["d"])
            year = int(m["y"]) if m["y"] else start.year
            year += 2000 if year < 100 else 0
        try:
            written = date(year, month, day)
        except ValueError:
            continue
        if not start <= written <= end and not _FORMER.search(text[:m.start()]) and \
                not (called_off and _NEXT.search(text[:m.start()])):
            found.append(m.group(0))
    return found


def _called_off(title: str, status_text: str, day: date) -> bool:
    """The row says its event is off on its ``day``: Postponed or Cancelled in Status, as a
    title marker (:func:`~sheets_sync.parsing.title_status`) or by a note that it moved
    (:func:`~sheets_sync.moved.moved_note`)."""
    typed = _STATUS.get(status_text.lower()) if status_text else None
    return typed in (Status.CANCELLED, Status.POSTPONED) or bool(title_status(title)[1]) or \
        moved_note(title, day)


#: a row's words saying it runs every day ("open daily dawn to dusk": an exhibit named "Sundays in
#: the Park" is open every day, a README-only check)
_EVERY_DAY = re.compile(r"\b(?:daily|every ?day|each day|7 days a week|seven days a week)\b", re.I)


def _series_by_title(ctx: _RowContext, title: str, said: str, start: datetime | date, end: datetime | date,
                     all_day: bool, tz) -> tuple[datetime | date, str] | None:
    """``(the first session's end, RRULE)`` of a row running a week or more, with no Repeats, whose
    title ends with a repeat rule on weekdays holding its Start Date ("Cleanup every other
    Saturday", "Shred Day - last Saturday of every month", "Swim Lessons Tues/Thurs":
    :func:`~.recurrence.title_rules`, read as the Repeats column reads them) or names its Start
    Date's weekday in the plural or after "every" ("CPR Saturdays in May" from 5/2 to 5/30,
    :func:`~.recurrence.title_weekdays`): that series until its End Date, with a warning; ``None``
    for any other row, and for one whose text (``said``) says it runs daily. A fresh helper's v63:
    such a row had been one event a month long, counted once, a partner's class on its third
    Saturday only asked."""
    first, last = (start, end - timedelta(days=1)) if all_day else (start.date(), end.date())
    if (last - first).days < 7 or _EVERY_DAY.search(title) or _EVERY_DAY.search(said):
        return None
    days = title_weekdays(title)
    phrases = title_rules(title) + ([f"every {' and '.join(days)}"] if days else [])
    for phrase in phrases:
        rule = f"{phrase} until {last:%m/%d/%Y}"
        try:
            rrule = parse_recurrence(rule, start).rrule
        except RepeatError:
            continue
        if rrule.startswith(("FREQ=WEEKLY;", "FREQ=MONTHLY;")) and "BYDAY=" in rrule and \
                "COUNT=" not in rrule and holds_day(rrule, first):
            break
    else:
        return None
    if all_day:
        ends = start + timedelta(days=1)
    else:
        ends = local_datetime(first, end.time(), tz)
        ends += timedelta(days=1) if ends <= start else timedelta(0)      # (a night past midnight)
    ctx.warn("Title", title, f"the title gives a repeat rule and the row runs {first:%m/%d/%Y} to {last:%m/%d/%Y}: "
             f"read as a series ({rule}), each session {'all day' if all_day else f'{start:%H:%M}–{ends:%H:%M}'}",
             f"type '{rule}' in Repeats and the first session's date in End Date (or leave End Date blank) "
             "to be sure; if it runs every day, take the day names out of the title")
    return ends, rrule


def _parse_row(get, ctx: _RowContext, config: Config, tab_department: str | None,
               lookup: dict[str, str], units: dict,
               readers: tuple[Callable[[str], Any], ...],
               bodies: Callable[[str], set], spell: Callable[[str], tuple],
               home: frozenset = frozenset(), visibility_column: bool = True) -> EventRow | None:
    """One data row → its :class:`EventRow`, or ``None`` after an error (each problem a line in
    ``ctx``). ``visibility_column``: the tab has a Visibility column; without one its rows are
    kept Internal with no line each (:func:`_whole_tab` says it once, on the header)."""
    title_raw = cell_text(get("Title"))
    title = without_mail_prefix(_staff_text(ctx, "Title", title_raw, one_line=True))
    if not title:
        ctx.error("Title", title_raw, "the title is blank", "type the event's name")
    when = _parse_when(get, ctx, config)
    if ctx.failed or when is None:
        return None
    start, end, all_day, hours_said = when
    first, last = (start, end - timedelta(days=1)) if all_day else (start.date(), end.date())
    # (a label pasted before the place is not published: "Where: CRJ Public Library", a README-only check)
    location = without_label(_staff_text(ctx, "Location", cell_text(get("Location")), one_line=True))
    for column, text in (("Title", title), ("Location", location)):
        if (snippets := other_dates(text, first, max(first, last))) and \
                _called_off(title, _text(get, "Status"), first):
            snippets = other_dates(text, first, max(first, last), called_off=True)
        if snippets:
            ctx.warn(column, text, f"the {column.lower()} names another date ({snippets[0]}) than the "
                     f"row's Start Date ({first:%m/%d/%Y}); the event is published on {first:%m/%d/%Y}",
                     "put the event's real date in Start Date and take the date out of the "
                     f"{column.lower()}; a second session needs its own row")

    status_text = _text(get, "Status")
    status = _STATUS.get(status_text.lower()) if status_text else Status.SCHEDULED
    moved = _status_move(status_text, first) if status is None and first is not None else None
    if moved is not None:   # "Moved to 8/21", "Rescheduled - 8/21": no status word, a new date
        status = Status.POSTPONED if moved != first else Status.SCHEDULED
        ctx.warn("Status", status_text, f"read as {status.value}" + (
            f": the event moved to {moved:%m/%d/%Y}" if moved != first else ": this row is the event on its new date"),
            "type Postponed in Status on the old date's row, and give the event a row on its new date"
            if moved != first else "type Scheduled in Status")
    elif status is None:     # "Cancelled - rain", "Postponed to 10/5": the word staff typed counts
        named = _status_words(status_text)
        if len(named) == 1:
            status = named.pop()
            ctx.warn("Status", status_text, f"read as {status.value}",
                     "type only Scheduled, Tentative, Postponed or Cancelled; put the reason in Description")
        else:
            ctx.warn("Status", status_text, "unknown status; taken as Scheduled",
                     "use Scheduled, Tentative, Postponed or Cancelled")
            status = Status.SCHEDULED
    description_text, internal_notes = cell_text(get("Description")), cell_text(get("Internal Notes"))
    title, status = _title_marker(ctx, title, title_raw, status, status_text, first, (description_text, internal_notes))
    if status is Status.SCHEDULED and not status_text:       # ("CANCELLED - thin ice" in the notes)
        status = _notes_marker(ctx, internal_notes, status)
    if status not in CALLED_OFF and (mark := cell_text(get(CANCEL_MARK)).strip()) and _YES_MARK.fullmatch(mark):
        # a column of staff's own marking the row called off ("X=cxl", "Cancelled?": v64)
        status = Status.CANCELLED
        ctx.warn(CANCEL_MARK, mark, "read as Cancelled: the row is marked in the tab's own cancellation column",
                 "type Cancelled in Status to be sure (clear the mark if the event goes ahead)")
    revived = False
    if status is Status.SCHEDULED:      # ("BACK ON - Canine Field Day": a later response)
        title, revived = _back_on_marker(ctx, title, title_raw, f"{description_text}\n{internal_notes}")

    vis_text = _text(get, "Visibility")
    visibility = _VISIBILITY.get(vis_text.lower()) if vis_text else None
    if visibility is None and vis_text and (word := _FIRST_WORD.match(vis_text)):
        visibility = _VISIBILITY.get(word.group(1).lower())     # a form's "Yes, registration required"
    visibility_said = visibility is not None
    if visibility is None:
        # (kept Internal, so never published; still counted: only rows saying Internal make an
        # event internal work — a new city's town hall, and v56's after-action logs of tabs with
        # no Visibility column, went uncounted)
        problem = ("Visibility is blank; kept Internal so it is not published" if not vis_text else
                   "unknown visibility; kept Internal so it is not published") + \
            " (it still counts in the figures as a community event: only rows saying Internal are internal work)"
        if visibility_column:
            ctx.warn("Visibility", vis_text, problem, "set Visibility to Public or Internal")
        visibility = Visibility.INTERNAL

    lead_text = _list_text(get, "Lead Department", lookup, units)
    whole = lookup.get(lead_text.lower())
    leads = (whole,) if whole else _departments_read(ctx, "Lead Department", lead_text, spell, tab_department)[0][0]
    lead = leads[0] if leads else tab_department
    if lead_text and not leads:
        fallback = f"; {tab_department} (the tab) is used" if tab_department else "; no lead department"
        ctx.warn("Lead Department", lead_text, f"{lead_text!r} is not a configured department{fallback}",
                 "pick a department from the list (or add an alias in config.yaml)")
    elif not lead:
        ctx.warn("Lead Department", lead_text, "no lead department and the tab is not a department",
                 "fill in Lead Department")
    partners_text = _list_text(get, "Partner Departments", lookup, units)
    (partners, unknown, held), spelled = _departments_read(ctx, "Partner Departments", partners_text, spell)
    every = config.department_names
    if (but := _ALL_BUT.match(partners_text)) is not None:       # v32 C9: "All depts except Fire"
        left_out = parse_partners(but.group("but"), lookup, units)[0]
        partners, unknown = tuple(d for d in every if d not in left_out), ()
        ctx.warn("Partner Departments", partners_text,
                 f"read as all {len(every)} departments but {', '.join(left_out) or 'none'}",
                 "to name fewer, list them")
    # another public body's police or fire typed in the column ("Allegheny County Police")
    # (read in the cell as spelled out: "Emergency Mgmt (Linn County)", a helper's check)
    named_bodies = (bodies(spelled) & set(partners)) if partners else set()
    for name in named_bodies:
        partners = tuple(p for p in partners if p != name)
        ctx.warn("Partner Departments", partners_text, f"{name} is named only as another body's: not counted",
                 "use a department name or alias from config.yaml; outside partners go in Description")
    # (the words of an item naming another body are its name, told above: "North Highline Fire")
    body_items = [set(item.lower().split()) for item in re.split(r"[,;/]", spelled) if bodies(item)] \
        if named_bodies else []
    for name in unknown:
        if name.strip(" .!") in _NO_PARTNER_WORDS:
            continue                # "none", "N/A": no partner, nothing to fix (a helper's check)
        if any(set(name.split()) <= item for item in body_items) or (
                set(name.split()) <= home and re.search(re.escape(name) + r"\s+\w", partners_text, re.I)):
            continue                # the city's own name before the department ("Pittsburgh Police")
        if _all_count(name, len(every)):        # v31 D14: the all-department event's own words
            # (not one the cell holds back: "All departments (911 tentative)", v37 L30)
            partners = (*partners, *(d for d in every if d not in partners and d not in {h for h, _ in held}))
            shown = name + ")" * (name.count("(") - name.count(")"))    # ("All departments (see notes)")
            ctx.warn("Partner Departments", partners_text, f"{shown!r} is read as all {len(every)} departments",
                     "to name fewer, list them")
        else:
            # (what the cell is read as, so "Police (Zone 6)" does not read as Police left out: a fresh city's check)
            read = f" ({', '.join(partners)} {'is' if len(partners) == 1 else 'are'} counted)" if partners else ""
            ctx.warn("Partner Departments", partners_text,
                     f"{name!r} is not a configured department; not counted{read}",
                     "use a department name or alias from config.yaml; outside partners go in Description")
    for name, note in held:
        ctx.warn("Partner Departments", partners_text,
                 f"{name} is named with the note {note!r}: not counted as taking part",
                 f"when {name} confirms, leave only its name in the cell; if it will not take part, remove it "
                 "(notes go in Internal Notes)")
    partners = tuple(p for p in (*leads[1:], *partners) if p != lead)
    description = _staff_text(ctx, "Description", description_text)
    held_out: tuple[str, ...] = ()
    if description or internal_notes:  # a department a note says is out ("Fire had to back out": v55)
        partners, held_out = _not_said_out(ctx, partners, (("Description", description),
                                                           ("Internal Notes", internal_notes)),
                                           readers[2], {tab_department, lead})
    status = _description_marker(ctx, description, status, status_text, first)
    # (Internal Notes too: "Fire Marshal will talk about space heaters 11-11:30" was the only word of
    # Fire's part in two fresh helpers' sets; the department is counted, the note stays unpublished)
    texts = (("Title", title), ("Description", description), ("Title (Spanish)", cell_text(get("Title (Spanish)"))),
             ("Description (Spanish)", cell_text(get("Description (Spanish)"))),
             ("Internal Notes", internal_notes))
    text_partners = _text_partners(ctx, texts, readers, {tab_department, lead, *partners},
                                   f"{cell_text(get('Location'))} {cell_text(get('Address'))}")
    text_partners += _bracket_partners(ctx, title, spell, {tab_department, lead, *partners, *text_partners})

    def number(column: str) -> int | None:
        value = get(column)
        if not cell_text(value):
            return None
        try:
            return parse_int(value)
        except CellError as exc:
            ctx.warn(column, value, exc.problem + "; left blank", exc.action)
            return None

    url = _text(get, "Registration URL")
    if url and not re.match(r"https?://[^\s<>\"']+$", url, re.I):
        ctx.warn("Registration URL", url, "not a web address; left out", "type a full https:// address")
        url = ""
    repeats = _text(get, "Repeats")
    rrule, exdates = "", ()
    if not repeats and (series := _series_by_title(ctx, title, f"{description}\n{internal_notes}", start, end,
                                                    all_day, config.tz)) is not None:
        end, rrule = series
    if repeats:
        try:
            recurrence = parse_recurrence(repeats, start)
            rrule, exdates = recurrence.rrule, recurrence.exdates
            for problem in recurrence_warnings(recurrence, start, config.tz):
                ctx.warn("Repeats", repeats, problem, "check the Repeats rule and the Start Date")
        except RepeatRejected as exc:
            ctx.error("Repeats", repeats, f"{exc.problem}; the row is left out", exc.action)
            return None
        except RepeatError as exc:
            ctx.warn("Repeats", repeats, f"{exc.problem}; published as a single event", exc.action)
    if (last_year := _last_years_title(title, start)) is not None:
        ctx.warn("Title", title, f"the title names {last_year}, the year before this event's date "
                 f"({start:%Y-%m-%d}): published as typed", f"if the row was copied from last year, change "
                 f"{last_year} to {last_year + 1} in the title")
    event_type = _text(get, "Event Type")
    if event_type and not slugify(event_type):
        ctx.warn("Event Type", event_type, "this type has no letter or digit to name a feed after, so the "
                 "event is in the calendar and department feeds but in no type feed",
                 "pick a type from the Event Type list (emoji and punctuation alone are not a type)")
    image, point = parse_media(get, cell_text, ctx.warn, ctx.error)
    if ctx.failed:
        return None
    typed_for = typed_for_another(lead, tab_department, partners, (title, description, internal_notes),
                                  lambda text: any(m.department == tab_department for m in readers[0](text)))
    if typed_for:
        ctx.warn("Lead Department", lead, f"typed in this tab for {lead}, as the row's text says: counted as "
                 f"{lead}'s, not as {tab_department} taking part",
                 f"nothing to do; if {tab_department} takes part too, add it to Partner Departments")
    return EventRow(
        source=SourceRef(ctx.tab, ctx.row), title=title, start=start, end=end, all_day=all_day,
        department=tab_department, lead=lead, partners=partners,
        event_id=_text(get, "Event ID"), location=location,
        address=without_label(_staff_text(ctx, "Address", cell_text(get("Address")), one_line=True)),
        event_type=event_type,
        description=description, audience=_text(get, "Audience"),
        visibility=visibility, status=status, assistance_wanted=_text(get, "Assistance Wanted"),
        registration_url=url, expected_attendance=number("Expected Attendance"),
        actual_attendance=number("Actual Attendance"), language=_text(get, "Language"),
        accessibility=_staff_text(ctx, "Accessibility", cell_text(get("Accessibility")), one_line=True), contact=cell_text(get("Contact")),
        internal_notes=internal_notes, repeats=repeats, rrule=rrule, exdates=exdates,
        title_es=_staff_text(ctx, "Title (Spanish)", cell_text(get("Title (Spanish)")), one_line=True),
        description_es=_staff_text(ctx, "Description (Spanish)", cell_text(get("Description (Spanish)"))),
        external_uid=cell_text(get("External UID")), text_partners=text_partners, held_out=held_out,
        image=image, point=point,
        status_note=status_text if status_text and status_text.lower() not in _STATUS else "",
        status_typed=bool(status_text), back_on=revived, said_hours=hours_said, visibility_said=visibility_said,
        typed_for=typed_for, day_named=ctx.day_named,
        named_hosts=tuple(dict.fromkeys(h for text in (title, description, internal_notes) if text
                                        for h in readers[3](text) if h[0] != tab_department)),
    )
