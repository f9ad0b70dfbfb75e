"""The sync: the one module that composes the pure steps and does the writes.

read (backend + calendar files) → parse/validate → merge → reconcile with the record →
metric tables and published files → then the writes, in this order:

1. stage the published files in a new release directory, each as it is built
   (:class:`public_feed.release.Staging`; the report workbook meanwhile on a worker, issue 17);
2. write the record's new rows (and a closed month's frozen figures) in one open
   transaction (:meth:`Record.saving`);
3. write the generated tabs (one batch);
4. commit the record;
5. switch the served release to the staged one (one atomic rename).

A failure in steps 1–3 (including a killed process) leaves the tabs, the record and the
served files exactly as the last good run left them. Steps 4–5 cannot fail for a data
reason; if they do (disk gone), the record or the tabs are one run ahead of the feed, and
the next sync, which rebuilds every file from the record and the sheet, catches up. Runs
never overlap (:func:`sheets_sync.lock.sync_lock`).

Tabs and feed fail separately where the backend says so: a Google write that fails with
:class:`~sheets_sync.backends.TabsNotWritten` (quota, a limit, a tab renamed
meanwhile) does not stop steps 4–5; the record and the feed move on together, the summary's
``tabs_error`` says why the tabs lag, and the next sync rewrites them (their content hashes
were not updated). Any other failure in steps 1–3 still leaves everything as it was.
"""
from __future__ import annotations

import logging
import time
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterator, Mapping, MutableMapping, Sequence

from public_feed import release
from public_feed.feedset import alias_slugs
from public_feed.typefeeds import TypeFeeds, overflow_issues, type_feeds
from public_feed.feedsize import quality_rows as feed_size_rows
from public_feed.publish import build_public_files, status_json
from reports.cycle import with_chart_images
from reports.metrics import Metrics, compute_metrics
from reports.drilldown import drilldown_table
from reports.snapshots import previous_month, sign_off, typed_signoffs
from reports.opendata import open_data_files
from reports.tabs import DATA_QUALITY, GENERATED_TABS, REVIEW, SNAPSHOTS, all_tables, data_quality_table

from .backends import Backend, SourceError, TabsNotWritten
from .backends.ics_source import read_calendar
from .board import board_json, build_board, with_board_sections
from .config import Config
from .invitees import invitee_reader
from .guard import blank_header_issues, calendar_titles, empty_sources, emptied_issue, lost_columns
from .export_range import covered_from, uncovered, uncovered_issue
from .guard import missing_columns, moved_issue, moved_tabs, tab_contents
from .heap import give_back
from .identity import Reconciled, joined_others, reconcile, renamed_tabs
from .merge import MergeResult, merge_rows, public_view
from .model import REQUIRED_COLUMNS, EventRow, RawTab, RowIssue, Severity, Table, merged_away
from .coordination import chart_numbers, cycle_step, dashboard_file, snapshot_due
from .chart_cache import cached_pngs
from .counting import rain_dates, series_disagreements, visibility_disagreements
from .offers import OfferResult, apply_offers, is_offers_header
from .record import Record, stored_decisions, stored_entries, stored_timezone, timezone_changed
from .review import (apply_decisions, confidence, describe, followed_decisions, read_decisions,
                     renamed_decisions, renamed_review_decisions, review_table)
from .seen import first_seen_order, held_keys, previous_events, source_key
from .site_job import SiteIndexJob
from .snapshots import frozen_at, load_snapshots, save_snapshot
from .parsing import cell_text
from .progress import announce, stage
from .steady import Reading, clean_leftovers, headers_only, held_status  # noqa: F401  (issue 17: reuse by content hash)
from .template import is_helper_tab
from .timeutil import iso_texts_kept, json_instant
from .validate import (far_dates, header_found, header_map, is_intake_header, layout_rows, lost_time_issues,
                       misspelled_header_issues, parse_tabs, row_event_ids, skipped_tab_issue)

log = logging.getLogger("safety_events")


class MassRemoval(SourceError):
    """This sync would remove or cancel more than ``feed.max_removed_share`` of the published
    events; nothing was written (the message names how many, and what to do)."""


def removal_check(before: Sequence, after: Sequence, share: float, floor: int) -> str | None:
    """``before``/``after``: the record's entries before and after reconciling. Events live
    before (neither removed nor cancelled) that are removed or cancelled after are counted;
    more than ``floor`` of them *and* more than ``share`` of the live ones → a sentence saying
    so (the caller stops the sync), else ``None``. An event whose rows all joined a live event
    (:func:`~.identity.joined_others`) is not counted. Pure."""
    live = {e.uid for e in before if e.removed_at is None and e.cancelled_at is None}
    gone = [e for e in after if e.uid in live and (e.removed_at is not None or e.cancelled_at is not None)]
    if gone:        # an event whose rows all joined another (a Review answer) was not deleted
        merged = joined_others(gone, (e for e in after if e.removed_at is None and e.cancelled_at is None))
        gone = [e for e in gone if e.uid not in merged]
    if not live or len(gone) <= floor or len(gone) <= share * len(live):
        return None
    removed = sum(1 for e in gone if e.removed_at is not None)
    titles = ", ".join(sorted({str(e.snapshot.get("title", "")) for e in gone})[:5])
    return (f"this sync would remove {removed} and cancel {len(gone) - removed} of the {len(live)} "
            f"published events ({len(gone) / len(live):.0%}, more than feed.max_removed_share "
            f"{share:.0%}; e.g. {titles}), so nothing was published and the last good feed stays. "
            "If rows were deleted or a tab emptied by mistake, restore them; if the change is "
            "meant, run `safety-events sync --allow-removals`")


def make_backend(config: Config) -> Backend:
    """The configured intake backend (gspread is imported only for ``kind: google``)."""
    if config.source.kind == "google":
        from .backends.google import make_google_backend
        return make_google_backend(config)
    if config.source.kind == "microsoft":
        from .backends.microsoft import make_microsoft_backend
        return make_microsoft_backend(config)
    from .backends.workbook import WorkbookBackend
    return WorkbookBackend.from_config(config)


@dataclass
class Analysis:
    """Everything computed from the sources before the record is consulted (pure)."""
    tabs: list[str]
    skipped_tabs: list[str]
    rows_read: int
    rows: list[EventRow]
    issues: list[RowIssue]
    merge: MergeResult
    offer_tabs: list[RawTab] = field(default_factory=list)   # Assistance Offers (own headers)
    held_tabs: list[str] = field(default_factory=list)       # meant as intake, headers unreadable
    offer_rows: int = 0       # Assistance Offers rows read (counted in rows_read too)
    event_ids: dict[tuple[str, int], str] = field(default_factory=dict)  # (tab, row) → Event ID
    gone_sources: list[str] = field(default_factory=list)    # known to the record, not read at all
    held_from: dict[str, str] = field(default_factory=dict)  # a held tab → the record's title it had
    renamed_tabs: dict[str, str] = field(default_factory=dict)  # {old title: new} followed this sync

    @property
    def rejected_ids(self) -> dict[str, tuple[str, int]]:
        """Event ID (lower case) → ``(tab, row)`` of each rejected intake row that has one."""
        return {self.event_ids[p]: p for p in sorted(self.rejected_rows) if p in self.event_ids}

    @property
    def rejected_rows(self) -> frozenset[tuple[str, int]]:
        """``(tab, row)`` of the data rows left out by an error (a header-row problem, or a
        source held whole — empty, or a renamed tab — is not a rejected row: a sync whose two
        tabs came back empty had said "2 rejected")."""
        return frozenset((i.tab, i.row) for i in self.issues
                         if i.severity is Severity.ERROR and i.column not in _WHOLE_SOURCE)

    @property
    def rows_rejected(self) -> int:
        """How many data rows an error left out (intake and Assistance Offers rows)."""
        return len(self.rejected_rows)

    @property
    def rows_accepted(self) -> int:
        """Intake rows accepted plus Assistance Offers rows not rejected, so that
        ``rows_read == rows_accepted + rows_rejected`` for offer rows too (an offer to an
        unknown event is rejected only once the sync has resolved it)."""
        offer_tabs = {t.title for t in self.offer_tabs}
        offers_rejected = sum(1 for tab, _ in self.rejected_rows if tab in offer_tabs)
        return len(self.rows) + self.offer_rows - offers_rejected


#: the Validation columns of an error about a whole source, not a row (:mod:`.guard`)
_WHOLE_SOURCE = frozenset({"(header)", "(source)", "(tab)"})


def read_window(config: Config, now: datetime) -> tuple[date, date]:
    """``(first, end)`` city-local dates (``end`` exclusive) the calendar files are read in:
    today − ``feed.past_days`` to today + ``feed.future_days``. Pure."""
    today = now.astimezone(config.tz).date()
    return today - timedelta(days=config.feed.past_days), today + timedelta(days=config.feed.future_days)


def read_sources(config: Config, backend: Backend, now: datetime,
                 read: Sequence[RawTab] | None = None) -> list[RawTab]:
    """Every tab of the spreadsheet (``read``: as already read) plus one tab per configured
    calendar file (its events inside :func:`read_window`)."""
    tabs = [header_found(t, config) for t in (backend.read_tabs() if read is None else read)
            if t.title not in GENERATED_TABS]
    window = read_window(config, now)
    lookup = config.department_lookup()
    who = invitee_reader(config) if config.source.calendars else None
    for cal in config.source.calendars:
        dept = lookup[cal.department.strip().lower()]
        tabs.append(read_calendar(config.path(cal.file), dept, config.tz, visibility=cal.visibility,
                                  event_type=cal.event_type, window=window, who=who))
    return tabs


def analyse(tabs: Sequence[RawTab], config: Config, decisions=None, order=None,
            hold: frozenset[str] = frozenset(),
            guard: Callable[[RawTab, list[EventRow]], RowIssue | None] | None = None,
            source_of: Callable[[str], str] | None = None, previous=None, last_keys=None,
            parsed: Callable[[], object] | None = None) -> Analysis:
    """Parse, validate and merge (``decisions``/``order``/``source_of``/``previous``/``last_keys``:
    see :func:`merge_rows`). Intake
    tabs titled in ``hold`` are not read this time (:func:`~.validate.lost_time_issues`
    says why): they join ``held_tabs``, whose events the record keeps as they were. So does
    a tab for which ``guard`` (its raw tab and parsed rows → an error or ``None``) gives an
    error (:func:`~.guard.lost_columns`): its rows are dropped and the error kept. A value
    under an empty header cell of a tab read is a warning (:func:`~.guard.blank_header_issues`).
    ``parsed`` (no arguments) is called between parsing and merging (the sync starts its report
    worker then, issue 17). Pure but for ``parsed`` (it logs each stage's time at INFO)."""
    rows: list[EventRow] = []
    issues: list[RowIssue] = []
    intake, skipped, read, offer_tabs, held, offers = [], [], 0, [], [], 0
    event_ids: dict[tuple[str, int], str] = {}
    with stage("parse", lambda: f"{read} rows in {len(intake)} intake tabs, {len(issues)} issues"):
        wanted = [t for t in _intake_tabs(tabs, config) if t.title not in hold]
        # (issue 17: with a forked child reading part of the rows, _shared_map)
        each = dict(zip(map(id, wanted), parse_tabs(wanted, config, _shared_map(config, wanted))))
        for tab in tabs:
            if is_helper_tab(tab.title, tab.header):
                continue                    # the template's dropdown lists, not data
            if is_offers_header(tab.header):
                offer_tabs.append(tab)
                n = sum(1 for r in tab.rows if any(cell_text(c) for c in r))   # as parse_offer_rows
                read, offers = read + n, offers + n
                continue
            if not is_intake_header(tab.header, config):
                skipped.append(tab.title)
                problem = skipped_tab_issue(tab, config)
                if problem:
                    issues.append(problem)
                    held.append(tab.title)
                continue
            if tab.title in hold:
                held.append(tab.title)
                continue
            accepted, found = each[id(tab)]
            if guard is not None and (lost := guard(tab, accepted)) is not None:
                held.append(tab.title)          # a lost column: its values stay as published
                issues.append(lost)
                continue
            intake.append(tab.title)
            issues.extend(tab.notes)
            issues.extend(blank_header_issues(tab))
            issues.extend(misspelled_header_issues(tab, config))
            # (spaces are not a row, nor a heading or a total: :func:`~.validate.layout_rows`)
            read += sum(1 for r in tab.rows if any(cell_text(c) for c in r)) - layout_rows(found)
            if any(i.severity is Severity.ERROR for i in found):
                event_ids.update({(tab.title, row): v for row, v in row_event_ids(tab, config).items()})
            rows.extend(accepted)
            issues.extend(found)
    if parsed is not None:
        parsed()
    with stage("merge", lambda: f"{len(rows)} rows into {len(merged.events)} events, "
                                f"{merged.pairs_compared} pairs compared"):
        merged = merge_rows(rows, config, decisions=decisions, order=order, source_of=source_of,
                            previous=previous, last_keys=last_keys)
    if superseded := set(merged.superseded):      # (a line the merge replaced with its own)
        issues = [i for i in issues if i not in superseded]
    issues.extend(merged.issues)
    issues.extend(visibility_disagreements(merged.events))
    issues.extend(rain_dates(merged.events))
    issues.extend(series_disagreements(merged.events))
    return Analysis(intake, skipped, read, rows, issues, merged, offer_tabs, held, offers, event_ids)


def _intake_tabs(tabs: Sequence[RawTab], config: Config) -> list[RawTab]:
    """The tabs of ``tabs`` read as intake tabs (not the template's lists, not offers)."""
    return [t for t in tabs if not is_helper_tab(t.title, t.header) and not is_offers_header(t.header)
            and is_intake_header(t.header, config)]


def _shared_map(config: Config, tabs: Sequence[RawTab]):
    """:func:`sheets_sync.forked.map_shared` when the rows of ``tabs`` are parsed with a forked
    child (:func:`sheets_sync.forked.use_child`), else ``None``."""
    from . import forked
    from .report_process import available_cpus
    rows = sum(len(t.rows) for t in tabs)
    if forked.use_child(config.performance.parse_workers, config.performance.parse_min_rows,
                        rows, available_cpus()):
        return forked.map_shared
    return None


def held_issues(r: Reconciled) -> list[RowIssue]:
    """One Validation error per rejected row that holds a known event as it last was
    (:func:`sheets_sync.identity.reconcile`'s ``held_rows``): the edit is not applied. Pure."""
    by_uid = {e.uid: e for e in r.events}
    out = []
    for uid, positions in r.held.items():
        ev = by_uid[uid]
        when = ev.start.strftime("%Y-%m-%d") if ev.all_day else ev.start.strftime("%Y-%m-%d %H:%M")
        held_tabs = {tab for tab, _ in positions}
        for tab, row in positions:
            # its rows in other tabs (a label in the held row's own tab is where that row was
            # last time: rows inserted or deleted above it may have moved it since)
            others = [s for s in ev.source_labels if s.rpartition("!")[0] not in held_tabs]
            more = (f" ({', '.join(ev.departments)}; its rows {', '.join(others)} wait too)"
                    if others else "")
            out.append(RowIssue(
                tab, row, "(row)", ev.title,
                f"this edit is not applied: \u201c{ev.title}\u201d ({when}) stays published as it was "
                f"at the last sync{more}",
                "fix the error reported for this row and the event updates at the next sync; "
                "to remove the event, delete the row", Severity.ERROR))
    return out


def waiting_issues(r: Reconciled) -> list[RowIssue]:
    """One Validation warning per new row that lies inside an event held as it last was
    (:attr:`~.identity.Reconciled.waiting`): it is not published until the held source reads
    again, when it joins that event (no event published now and cancelled then). Pure."""
    by_uid = {e.uid: e for e in r.events}
    out = []
    for (tab, row), uid in sorted(r.waiting.items()):
        ev = by_uid[uid]
        out.append(RowIssue(
            tab, row, "(row)", ev.title,
            f"this new row lies inside \u201c{ev.title}\u201d ({ev.start:%Y-%m-%d}), which stays as it was "
            "while one of its sources (a tab or calendar file) cannot be read; the row is not published until "
            "that source reads again",
            "fix the source reported above; this row then joins the event or is published at the next sync",
            Severity.WARNING))
    return out


def left_issues(r: Reconciled) -> list[RowIssue]:
    """One Validation warning per partner's row left behind by a joint event whose host
    deleted its row (:attr:`~.identity.Reconciled.left`): the event is published as cancelled,
    and the row is now an event of its own. Pure."""
    if not r.left:
        return []
    by_uid = {e.uid: e for e in r.events}
    titles = {(x.source.tab, x.source.row): x.title for e in r.events for x in e.rows}
    out = []
    for (tab, row), uid in sorted(r.left.items()):
        ev = by_uid[uid]
        host = ev.source_labels[0].rpartition("!")[0] if ev.source_labels else ev.lead
        out.append(RowIssue(
            tab, row, "(row)", titles.get((tab, row), ""),
            f"this row was part of “{ev.title}” ({ev.start:%Y-%m-%d}), whose own row was deleted from "
            f"{host}: that event is published as cancelled, and this row is now published as an event of its own",
            f"if your part is off too, set Status to Cancelled or delete this row; if the row in {host} was "
            "deleted by mistake, type it back as it was (the event comes back); if your part still goes "
            "ahead, leave it", Severity.WARNING))
    return out


def data_quality(a: Analysis, r: Reconciled, m: Metrics, now: datetime) -> dict:
    events = [e for e in r.events if not e.removed]
    c = confidence(a.merge, events, m.joint_uids())
    rejected = a.rows_rejected
    return {
        "Last sync (UTC)": now.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S"),
        "Intake tabs": ", ".join(a.tabs),
        "Tabs skipped (no Title and Start Date headers)": ", ".join(a.skipped_tabs),
        "Rows read": a.rows_read,
        "Rows accepted": a.rows_accepted,
        "Rows rejected": rejected,
        "Warnings": sum(1 for i in a.issues if i.severity is Severity.WARNING),
        "Rows merged into another row's event": c["rows_merged"],
        "Candidate pairs compared": a.merge.pairs_compared,
        "Pairs pending review (Review Duplicates tab)": c["review_pairs"],
        "Pairs merged by staff decision": c["merged_by_staff"],
        "Pairs kept apart by staff decision": c["kept_apart_by_staff"],
        "Combined events": len(events),
        "Joint events": m.joint_events,
        "Internal joint work": m.internal_joint_work,
        "Counting policy": m.policy.describe(),
        "Joint events made joint only by merging rows (share)": c["joint_from_merging_share"],
        "Joint events joint without merging: one row's Lead/Partner Departments, the partners its text "
        "names, or an accepted offer (share)":
            c["joint_from_columns_share"],
        "Events no longer in the sheet: deleted, or merged into another event (kept in the record)":
            sum(1 for e in r.entries if e.removed_at),
    }


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)


def typed_decisions(backend: Backend, review: list[tuple] | None) -> tuple[dict[str, str], list]:
    """The decisions staff typed (:func:`.review.read_decisions` of the Review tab's rows
    ``review``), and on a backend whose report keeps tabs staff added or renamed
    (``added_tabs``: a workbook), those typed in a renamed or copied Review tab
    (:func:`.review.renamed_review_decisions`); ``(decisions, Validation issues)``."""
    typed, issues = read_decisions(review)
    if (added := getattr(backend, "added_tabs", None)) is not None:
        more, more_issues = renamed_review_decisions(added(GENERATED_TABS), typed)
        typed, issues = {**typed, **more}, [*issues, *more_issues]
    return typed, issues


def run_check(config: Config, *, backend: Backend | None = None,
              now: datetime | None = None) -> tuple[Analysis, dict]:
    """``safety-events check``: what the next sync would find and count — read, validate,
    merge and give identities against the record opened read-only, with the staff review
    decisions stored in it and typed in the Review tab since (:func:`identified`: the tabs a
    sync would hold are held) — writing nothing. The summary also says how many events the
    sync would create, update, remove and restore."""
    now = _now(now)
    backend = backend or make_backend(config)
    tabs = read_sources(config, backend, now)
    typed, review_issues = typed_decisions(backend, backend.read_generated(REVIEW))
    decisions, _ = apply_decisions(stored_decisions(config.record_path), typed)
    a, _, r = identified(tabs, stored_entries(config.record_path), decisions, review_issues, now, config)
    summary = _summary(a, r, None, backend, now, config)   # (holds as a sync without --allow-removals)
    if said := timezone_changed(stored_timezone(config.record_path), config.timezone):
        summary["timezone_changed"] = said          # (a sync refuses it: steady.TimezoneChanged)
    return a, summary


def run_sync(config: Config, *, backend: Backend | None = None, now: datetime | None = None,
             snapshot_month: str | None = None, allow_removals: bool = False,
             sign: str | None = None, reuse: bool = True) -> dict:
    """Run one sync and return its summary (the ``sync --json`` object).

    ``sign`` (a manager's name) signs off ``snapshot_month`` (default: the previous month):
    its figures as of this sync are frozen with the name (:func:`reports.snapshots.sign_off`);
    a month signed before raises :class:`SourceError`.

    ``snapshot_month`` (``YYYY-MM``) freezes that month's figures if not frozen yet
    (``safety-events snapshot``); otherwise the previous month is frozen at the first sync
    of a month (:func:`sheets_sync.coordination.snapshot_due`).

    ``allow_removals`` skips the ``feed.max_removed_share`` check (:func:`removal_check`).

    When nothing changed since the last sync, parse → publish is skipped and the summary says
    ``"skipped"`` (:mod:`sheets_sync.steady`); ``reuse=False`` always runs every step.

    Raises :class:`SourceError` (:class:`MassRemoval` when the check stops the sync),
    :class:`SyncBusy`, ``OSError``, ``sqlite3.Error``; on any
    error the record, the published files and the generated tabs stay as the last good run
    left them (see the module docstring), and the run is logged as failed in the record.
    """
    from .steady import run_sync as run      # issue 17: a sync with nothing changed is skipped there
    return run(config, backend=backend or make_backend(config), now=now, snapshot_month=snapshot_month,
               allow_removals=allow_removals, sign=sign, reuse=reuse)


def _sync(config: Config, backend: Backend, record: Record, sync_id: int, now: datetime,
          snapshot_month: str | None = None, allow_removals: bool = False, sign: str | None = None,
          reading: Reading | None = None) -> dict:
    """One full sync; ``reading``: the sources as :mod:`sheets_sync.steady` read them (they
    are not read again), told what was written at the end. A report worker it started
    (:mod:`sheets_sync.report_process`) is ended and reaped, and a staged release not
    switched to is removed, however the sync ends."""
    with ExitStack() as owned:
        return _sync_steps(config, backend, record, sync_id, now, snapshot_month, allow_removals, sign,
                           reading, owned)


@iso_texts_kept()        # issue 17: each start and end written as text once
def identified(tabs: Sequence[RawTab], entries, decisions, review_issues: Sequence[RowIssue],
               now: datetime, config: Config, allow_removals: bool = False,
               parsed: Callable[[], object] | None = None) -> tuple[Analysis, OfferResult, Reconciled]:
    """Parse, merge and give identities: ``(analysis, offers folded in, reconciled)`` for this
    read's ``tabs`` against the record's ``entries`` (as it was before this sync). Tabs the
    record says to hold are held — renamed since (:func:`~.identity.renamed_tabs`), renamed to
    no department's name and broken in the same edit (:func:`renamed_unnamed_tab`), stripped of
    the Start Time column their published events need (:func:`~.validate.lost_time_issues`,
    issue 16), and (:mod:`sheets_sync.guard`, issue 17 verification) renamed to a title naming
    no department, stripped of another column their published rows carried values in, or a
    source (tab or calendar file) with live events that is gone or has no row this time —
    unless ``allow_removals`` lets such a source's events go; a configured calendar's events
    wholly before its :func:`read_window`, or before the dates its export still covers
    (:mod:`~.export_range`), are carried as recorded (:func:`~.identity.carried`), with a
    warning for the latter — and the analysis's issues are,
    in order: parse and merge, ``review_issues``, lost columns, renamed tabs, empty sources,
    offers, held rows. Pure (it logs stage times); ``sync`` and ``check`` both use it, so the
    preview counts what the sync will count. ``parsed``: called once the rows are parsed
    (:func:`analyse`)."""
    lookup = config.department_lookup()      # a renamed tab keeps its held rows (issue 16)
    department_of = lambda title: lookup.get(title.strip().lower())  # noqa: E731
    renamed = renamed_tabs({t for e in entries for t in e.tabs}, {t.title for t in tabs}, department_of)
    # a tab renamed to a title naming no department: followed, and held when that takes a
    # department off its events (issue 17 verification)
    moves = moved_tabs(entries, tabs, renamed, department_of, config,
                       lambda t: is_intake_header(t.header, config) and not is_helper_tab(t.title, t.header)
                       and not is_offers_header(t.header))
    renamed = {**renamed, **{m.old: m.new for m in moves}}
    # a tab renamed to a title naming no department and, in the same edit, stripped of its
    # Start Time column or given a header typo: held under its old title's events, like a tab
    # renamed to an alias (issue 17 verification)
    guessed = renamed_unnamed_tab(entries, tabs, renamed, lookup, config)
    lost_times = lost_time_issues(tabs, entries, config, {**renamed, **guessed})
    held_times = {i.tab for i in lost_times}
    by_title = {t.title: t for t in tabs}
    moved = [moved_issue(m) for m in moves if m.lost and m.new not in held_times]
    window = read_window(config, now)
    emptied = [e for e in empty_sources(entries, tabs, {**renamed, **guessed}, calendar_titles(config), window)
               if e.gone or is_intake_header(by_title[e.title].header, config)]
    held_sources = [] if allow_removals else emptied
    known = None

    def guard(tab: RawTab, rows: list[EventRow]) -> RowIssue | None:
        nonlocal known
        if not missing_columns(tab, config):
            return None                 # (every guarded column there: nothing to look up)
        if known is None:
            known = tab_contents(entries, {**renamed, **guessed})
        return lost_columns(tab, rows, known.get(tab.title, ()), config)

    hold = held_times | {i.tab for i in moved} | {e.title for e in held_sources if not e.gone}
    source_of = source_key(lookup, renamed)     # a tab → its department: renames change no event
    a = analyse(tabs, config, decisions, first_seen_order(entries, source_of), frozenset(hold), guard,
                source_of, previous_events(entries, source_of), held_keys(entries, source_of), parsed)
    a.held_tabs.extend(e.title for e in held_sources if e.gone)
    a.gone_sources = [e.title for e in emptied if e.gone]
    a.held_from = {new: old for old, new in {**renamed, **guessed}.items() if new in a.held_tabs}
    if guessed and set(guessed.values()) & set(a.held_tabs):
        renamed = {**renamed, **guessed}
    a.renamed_tabs = renamed
    a.issues.extend(review_issues)
    a.issues.extend(lost_times)
    a.issues.extend(moved)
    a.issues.extend(emptied_issue(e, allow_removals) for e in emptied)
    a.issues.extend(far_dates(a.rows, now.astimezone(config.tz).date(), calendar_titles(config)))
    windows = dict.fromkeys(calendar_titles(config), window[0])   # before it: carried
    # an export that starts later than the window (its earliest event, or today): its past
    # events before that are carried too (sheets_sync.export_range)
    narrowed = covered_from(tabs, windows, now.astimezone(config.tz).date())
    windows.update(narrowed)
    # a calendar file renamed (paired by moved_tabs): its carried events stay carried
    windows.update((old, windows[new]) for old, new in renamed.items() if new in windows)
    for title, first in sorted(narrowed.items()):
        olds = [old for old, new in renamed.items() if new == title]
        if carried_now := uncovered(entries, title, first, window[0], olds):
            a.issues.append(uncovered_issue(title, first, carried_now))
    with stage("reconcile", lambda: ", ".join(f"{v} {k}" for k, v in r.counts.items())):
        offered = apply_offers(a.merge.events, a.offer_tabs, entries, now, config, windows)  # before identity
        a.issues.extend(offered.issues)
        r = reconcile(offered.events, entries, now, config.site.uid_domain,
                      timedelta(days=config.feed.removed_grace_days), frozenset(a.held_tabs),
                      a.rejected_rows, a.rejected_ids, renamed, windows)
        a.issues.extend(held_issues(r))
        a.issues.extend(waiting_issues(r))
        a.issues.extend(left_issues(r))
        r = left_parts(r)
    return a, offered, r


def left_parts(r: Reconciled) -> Reconciled:
    """``r`` with each live event made only of rows left behind by a joint event whose host
    deleted its row (:attr:`~.identity.Reconciled.left`: Police's "Traffic control" and Fire's
    "Engine 1 crew" of the "Back to School Bash" Parks deleted) marked ``extra["left_parts"]``
    (the removed event's UID): it is still published, each row warned (:func:`left_issues`),
    but not counted (:func:`reports.measures.counted`) — the parts of a called-off event are
    no joint event of their own. Pure."""
    if not r.left:
        return r
    marked = [replace(e, extra={**e.extra, "left_parts": r.left[(e.rows[0].source.tab, e.rows[0].source.row)]})
              if not e.removed and e.rows and all((x.source.tab, x.source.row) in r.left for x in e.rows) else e
              for e in r.events]
    return replace(r, events=marked)


def renamed_unnamed_tab(entries, tabs, renamed: dict[str, str], lookup, config: Config) -> dict[str, str]:
    """``{old title: new title}`` when exactly one tab the record knows (with events still
    published) is gone this time, not paired by :func:`renamed_tabs`, and exactly one new tab
    naming no department, with intake headers, cannot be read whole (no ``Start Time`` column,
    or ``Title``/``Start Date`` missing): most likely the same tab, renamed and broken in one
    edit; the caller holds it under the old title's events."""
    known = {t for e in entries if e.removed_at is None for t in e.tabs}
    current = {t.title for t in tabs}
    gone = sorted(known - current - renamed.keys())
    new = [t for t in tabs if t.title not in known and t.title not in renamed.values()
           and lookup.get(t.title.strip().lower()) is None
           and not is_helper_tab(t.title, t.header) and not is_offers_header(t.header)]
    unreadable = [t for t in new if len(cols := header_map(t.header, config)[0]) >= 2
                  and ("Start Time" not in cols or not all(c in cols for c in REQUIRED_COLUMNS))]
    if len(gone) == 1 and len(unreadable) == 1:
        return {gone[0]: unreadable[0].title}
    return {}


def _sync_steps(config: Config, backend: Backend, record: Record, sync_id: int, now: datetime,
                snapshot_month: str | None, allow_removals: bool, sign: str | None,
                reading: Reading | None, owned: ExitStack) -> dict:
    # (with ``reading``, steady logged the read stage: this is the record and calendar files)
    with stage("read", lambda: f"{len(tabs)} tabs, {dict(backend.requests) or 'local'}") if reading is None \
            else nullcontext():
        entries = record.entries()
        tabs = read_sources(config, backend, now, reading.tabs if reading else None)
        # issue 17: the report worker's imports overlap parsing on the other core, or, when a
        # forked child parses part of the rows there (:func:`_shared_map`), merging
        later = _shared_map(config, _intake_tabs(tabs, config)) is not None
        early = [] if later else [_early_worker(config, backend, tabs, owned)]
        typed, review_issues = typed_decisions(backend, reading.review if reading else backend.read_generated(REVIEW))
    decisions, changes = apply_decisions(record.decisions(), typed)
    a, offered, r = identified(tabs, entries, decisions, review_issues, now, config, allow_removals,
                               parsed=(lambda: early.append(_early_worker(config, backend, tabs, owned))) if later
                               else None)
    early = early[0] if early else None
    # decisions on a renamed tab's rows move to its new title (kept while the tab is held)
    changes.update(renamed_decisions(decisions, a.renamed_tabs, a.held_tabs))
    # a decision that followed an edited row is stored under its rows' keys now
    changes.update(followed_decisions(decisions, a.merge.followed, changes))
    if reading is not None:                 # issue 17: parsed; the cells are not held through the reports
        reading.drop_rows()
    tabs = headers_only(tabs)
    # issue 17: the drafts live on as r.events; not held a second time through the reports
    offered, a.merge = replace(offered, events=()), replace(a.merge, events=())
    public = public_in_window(r.published, config, now)
    types = type_feeds_of(public, config)
    a.issues.extend(overflow_issues(types, public, config.feed.max_unlisted_types))
    if not allow_removals and (stop := removal_check(entries, r.entries, config.feed.max_removed_share,
                                                      config.feed.max_removed_floor)):
        raise MassRemoval(stop)
    with stage("reports", lambda: f"{len(tables)} tabs, {len(files)} files built, {len(drawn)} charts drawn"):
        m = metrics_for(r.events, config, now)
        charts = chart_numbers(config, m, now)
        early = _draw_early(config, backend, early, charts, len(r.events))   # p17y: while the tabs are made
        moved = {**record.previous_starts(), **{u: d["start"][0] for u, _, d in r.history if "start" in d}}
        frozen = load_snapshots(record)
        snapshot = snapshot_due(config, m, frozen, now, snapshot_month)
        if sign is not None:
            snapshot = _signed(config, m, frozen, now, snapshot_month, sign)
        new = [*([snapshot] if snapshot else []),      # + names typed in the Snapshots tab's Signed Off By
               *typed_signoffs(reading.snapshots if reading else backend.read_generated(SNAPSHOTS), frozen, m, frozen_at(now),
                               config.targets.joint_events_per_month, skip=snapshot,
                               today=now.astimezone(config.tz).date(), issues=a.issues)]
        shown = [*(s for s in frozen if s["month"] not in {n["month"] for n in new}), *new]
        # issue 17: the tabs before the published files (Data Quality's feed sizes are filled in
        # once the files exist), so a worker writes the report while this process builds the files
        quality = data_quality(a, r, m, now)   # after the sign-off warnings
        cycle = cycle_step(config, r.events, m, offered, shown, quality, now, render=False, charts=charts)
        board = build_board(config, r.events, m, cycle.schedule, a.issues, a.merge.review, tabs, now,
                            getattr(backend, "sheet_ids", dict)())   # issue 14: digest + staff pages
        tables: list[Table] = with_board_sections([*all_tables(r.events, a.issues, m, quality, _current(config, now)),
                                                   *cycle.tables, review_table(a.merge), drilldown_table(r.events, m)],
                                                  board)
        job = _report_job(config, backend, tables, cycle.charts, len(r.events), owned, early)
        from public_feed import vcache       # issue 17: the VEVENT store is read and saved here, in the shell
        staged_files = release.Staging(config.out_dir, now=now.timestamp(),   # issue 17: files go to disk as built,
                                       background=True)       # on a writer thread (p17m)
        owned.callback(staged_files.discard)    # (a no-op once switched)
        listed: dict[str, list] = {}       # issue 17 (p17l): the events.json lists, for the site indexes
        published, vstore = published_files(r.published, config, now, previous_starts=moved,
                                             store=vcache.load(config.out_dir), into=staged_files,
                                             json_lists=listed, calendars=calendar_table(staged_files, config.out_dir))
        # issue 17 (p17n): the indexes on a thread, set into the release before the tabs are written
        indexes = SiteIndexJob(lambda: site_indexes(published, config, types.redirects, listed), owned, listed.clear)
        quality = quality | feed_size_rows(published)
        tables = [data_quality_table(quality) if t.title == DATA_QUALITY else t for t in tables]
        if job is not None:
            job.send(next(t for t in tables if t.title == DATA_QUALITY))
        if job is None:                         # the sync writes the report: its pictures now
            pngs, drawn = cached_pngs(cycle.charts, config.out_dir / ".chart-cache")
            tables = with_chart_images(tables, pngs)
        digest, tables = _rows_sent(tables, job, cycle.charts)    # issue 17 (p17q): the worker has the rows
        files = published
        files.update({**cycle.files, "private/dashboard.json": dashboard_file(config, cycle, m, quality, now)})
        files["public/status.json"] = status_json(now, r.counts, held_status(a.held_tabs, config, a.held_from))
        files.update(measures_files(config, m, shown, now, files))
        files["private/board.json"] = board_json(board)
        if job is not None:     # issue 17 (p17y): the worker drew and placed them meanwhile
            pngs, drawn = job.pngs() or cached_pngs(cycle.charts, config.out_dir / ".chart-cache")
        files.update({f"private/charts/{name}.png": png for name, png in pngs.items()})
    started = time.perf_counter()
    staged = staged_files.finish()
    vcache.save(config.out_dir, vstore)
    built = len(files)
    vstore.clear()                              # issue 17: on disk now, not held through the writes
    give_back()                                 # issue 17 (p17q): see sheets_sync.heap
    indexes.hand_over(staged_files)             # p17q: each index staged as built, not held
    staging = time.perf_counter() - started
    try:
        with stage("write tabs", lambda: f"{len(tables)} tabs and the record"):
            with record.saving(sync_id, r.entries, r.history, now):
                record.save_decisions({k: (d, describe(k)) for k, d in changes.items() if d}, now)
                record.delete_decisions(k for k, d in changes.items() if not d)
                for stored in new:
                    save_snapshot(record, stored, sync_id)
                give_back()                             # p17q: the record's rows, freed by saving
                built += indexes.into(staged_files)     # p17n: a failed build rolls the record back
                tabs_error = _write_tabs(backend, tables, job, digest)
    except BaseException:
        indexes.cancel()                        # p17q: no index set into a removed staging
        release.discard(staged)
        raise
    started = time.perf_counter()
    announce("started", "publish")
    release.switch(config.out_dir, staged)
    announce("finished", "publish")
    log.info("stage %-11s %6.2f s (%d files to %s)", "publish:", staging + time.perf_counter() - started,
             built, config.out_dir / "public")
    if reading is not None:
        reading.finished(tables=tables, reconciled=r, stored=new, changes=changes, tabs_error=tabs_error)
    from .disk import folder_size
    return {**_summary(a, r, m, backend, now, config), "out_dir": str(config.out_dir),
            "tabs_written_to": (str(config.report_path) if config.source.kind == "workbook"
                                else getattr(backend, "written_to", "the shared Google spreadsheet")),
            "snapshot": snapshot["month"] if snapshot else None,
            "tabs_error": tabs_error, **folder_size(config.out_dir)}


def _current(config: Config, now: datetime) -> tuple[str, str]:
    """Today's month and fiscal quarter in the city's timezone (the metric tabs' ``Met``)."""
    from reports.measures import fiscal_quarter, month_key
    today = now.astimezone(config.tz).date()
    return month_key(today), fiscal_quarter(today, config.fiscal_year_start_month)


def _write_tabs(backend: Backend, tables: Sequence[Table], job=None, digest: str | None = None) -> str | None:
    """``backend.write_tabs(tables)`` (with a report ``job``: ``backend.commit_job``, given
    ``digest``, see :func:`_rows_sent`); a failure the backend marks as the tabs' own
    (``TabsNotWritten``) is logged and returned as text so the feed is still published;
    anything else propagates."""
    try:
        if job is not None:
            backend.commit_job(job, tables, digest)
        else:
            backend.write_tabs(tables)
    except TabsNotWritten as exc:
        log.error("the generated tabs were not written (the feed is published): %s", exc)
        return f"the generated tabs were not written, the feed was published: {exc}"
    return None


#: Tabs whose rows the sync still reads after the report is written (:mod:`sheets_sync.steady`
#: keeps the Review decisions and the sign-off names it wrote).
ROWS_KEPT = frozenset({REVIEW, SNAPSHOTS})


def _rows_sent(tables: Sequence[Table], job, charts: Mapping) -> tuple[str | None, list[Table]]:
    """``(digest, tables)``: without a report ``job``, ``(None, tables)``. With one (every
    table sent to its worker, which places the pictures of ``charts``, chart name →
    :class:`~reports.chart_data.ChartData`, itself), :func:`~sheets_sync.unchanged.tables_digest`
    of ``tables`` with each chart's stand-in picture (:func:`~sheets_sync.chart_cache.stand_ins`
    of the keys the worker sent, :meth:`~sheets_sync.report_process.ReportJob.keys`, or computed
    here if it failed first: issue 17, p17y, the sync does not wait for the PNGs to know whether
    the report changed) and the tables with their rows dropped, but those of :data:`ROWS_KEPT`
    (issue 17, p17q: the Combined Events and Drill-down rows, about 300 MB at 100,000 rows, are
    not held while the record is written and the worker finishes)."""
    if job is None:
        return None, list(tables)
    from .chart_cache import chart_keys, stand_ins
    from .unchanged import tables_digest
    keys = job.keys() or chart_keys(charts)
    return (tables_digest(with_chart_images(tables, stand_ins(keys))),
            [t if t.title in ROWS_KEPT else replace(t, rows=()) for t in tables])


def _early_worker(config: Config, backend: Backend, tabs, owned: ExitStack):
    """A report worker process started before parsing (closed by ``owned``), when the backend
    writes a local report and the intake rows could make a worker pay
    (:func:`sheets_sync.report_process.early_worker`); else ``None``."""
    from .report_process import early_worker
    if not hasattr(backend, "report_job"):
        return None
    worker = early_worker(config.performance.report_workers, config.performance.parallel_min_events,
                          sum(len(t.rows) for t in tabs))
    return worker and owned.enter_context(worker)


def _draw_early(config: Config, backend: Backend, early, charts, events: int):
    """The ``early`` worker (:func:`_early_worker`) told to draw ``charts`` now (issue 17,
    p17y: while the sync makes the tabs; :meth:`~sheets_sync.report_process.WorkerProcess.draw`)
    when the sync's ``events`` make it write the report (:func:`~sheets_sync.report_process.use_worker`);
    ``None`` when there is none, it is not used (it is ended) or it is gone (ended: the report
    job starts another)."""
    from .report_process import use_worker
    if early is None:
        return None
    if use_worker(config.performance.report_workers, config.performance.parallel_min_events, events):
        try:
            early.draw(charts, config.out_dir / ".chart-cache")
            return early
        except OSError:
            pass
    early.close()
    return None


def _report_job(config: Config, backend: Backend, tables: Sequence[Table], charts, events: int,
                owned: ExitStack, early=None):
    """A started :class:`sheets_sync.report_process.ReportJob` (closed by ``owned``; on the
    ``early`` worker when there is one) fed every table but Data Quality, when the backend
    writes a local report and a worker pays (:func:`sheets_sync.report_process.use_worker`);
    else ``None`` (the sync writes the report itself, as before; ``early`` is ended)."""
    from .report_process import use_worker
    if not hasattr(backend, "report_job") or not use_worker(
            config.performance.report_workers, config.performance.parallel_min_events, events):
        if early is not None:
            early.close()
        return None
    try:
        job = owned.enter_context(backend.report_job([t.title for t in tables], charts,
                                                     config.out_dir / ".chart-cache",
                                                     {t.title: len(t.rows) for t in tables}, early))
    except OSError:             # the report's folder cannot be written: the sync's own write
        if early is not None:   # fails the same way, as the tabs' error (the feed is published)
            early.close()
        return None
    for t in tables:
        if t.title != DATA_QUALITY:
            job.send(t)
    return job


def _signed(config: Config, m: Metrics, frozen: list[dict], now: datetime, month: str | None,
            name: str) -> dict:
    month = month or previous_month(now.astimezone(config.tz).date())
    try:
        return sign_off(frozen, month, name, frozen_at(now), m, config.targets.joint_events_per_month,
                        now.astimezone(config.tz).date())
    except ValueError as exc:
        raise SourceError(str(exc)) from None


def measures_files(config: Config, m: Metrics, snapshots: list[dict], now: datetime,
                   files: dict[str, bytes]) -> dict[str, bytes]:
    """``measures.csv``/``.xlsx``, the datapackage with its methods paragraph and ``data.json``."""
    from reports import measures_export as mx
    from reports.opendata import PACKAGE_PATH
    records = mx.measure_records(m, snapshots, now.astimezone(config.tz).date(),
                                 fiscal_start_month=config.fiscal_year_start_month,
                                 joint_target=config.targets.joint_events_per_month,
                                 all_department_target=config.targets.all_department_events_per_quarter)
    text = mx.methods(m.policy.describe(), config.fiscal_year_start_month)
    return {mx.CSV_PATH: mx.measures_csv(records), mx.XLSX_PATH: mx.measures_xlsx(records),
            PACKAGE_PATH: mx.with_measures_resource(files[PACKAGE_PATH], text),
            mx.CATALOG_PATH: mx.dcat_catalog(site_title=config.site.title, base_url=config.site.base_url,
                                             methods_text=text, contact_email=config.site.open_data_email,
                                             modified=now.astimezone(config.tz).date().isoformat())}


def metrics_for(events, config: Config, now: datetime | None = None) -> Metrics:
    """The figures of ``events``; ``now``: the sync's time, whose feed window
    (``feed.future_days``) bounds an endless series' counted sessions."""
    until = now.astimezone(config.tz).date() + timedelta(days=config.feed.future_days) if now else None
    return compute_metrics(events, departments=config.department_names, core=config.core_departments,
                           fiscal_start_month=config.fiscal_year_start_month,
                           joint_target=config.targets.joint_events_per_month,
                           all_department_target=config.targets.all_department_events_per_quarter,
                           count_internal_joint=config.metrics.count_internal_joint,
                           joint_share_min_events=config.metrics.joint_share_min_events, until=until)


def published_files(events, config: Config, now: datetime, previous_starts: dict[str, str] | None = None,
                    store: dict | None = None,
                    into: MutableMapping[str, bytes] | None = None,
                    json_lists: MutableMapping[str, list] | None = None,
                    calendars: Callable[[Iterator[tuple[str, bytes]]], object] | None = None,
                    ) -> tuple[MutableMapping[str, bytes], dict]:
    """``(files, store)``: every published file (relative path → bytes) of ``events``, set
    into ``into`` (default a new dict; the sync passes its :class:`public_feed.release.Staging`,
    which writes each file as it is built) and returned, and the VEVENT store to keep for the
    next sync (:func:`public_feed.vcache.save`); ``json_lists`` and ``calendars`` (each
    event's own calendar; the sync writes them into the table of :mod:`public_feed.calendars`): see
    :func:`public_feed.publish.build_public_files`. ``store`` is the last sync's
    (:func:`public_feed.vcache.load`); pure with a dict: reads and writes no file."""
    from public_feed import vcache
    from public_feed.ics import in_window
    today = now.astimezone(config.tz).date()
    window = in_window(events, today, config.feed.past_days, config.feed.future_days)
    public = [public_view(e) for e in window if e.is_public]      # nothing of an Internal row
    base = config.site.base_url.rstrip("/")
    event_url = lambda e: f"{base}/events/{e.uid}"  # noqa: E731
    store = store or {}
    # issue 17: keyed by what the public files show (an event with Internal rows: its public view;
    # build_public_files keeps the staff calendar's own VEVENT of such an event apart)
    cache, keys = vcache.prefill([*public, *(e for e in window if not e.is_public)], store, event_url)
    opendata = open_data_files(public, tz=config.tz, timezone_name=config.timezone,
                               core=config.core_departments, site_title=config.site.title, base_url=base,
                               departments=[(d.name, d.slug) for d in config.departments])
    types = type_feeds_of(public, config)
    aliases = alias_slugs((d.name, d.slug, d.aliases) for d in config.departments)
    files = {} if into is None else into
    files.update(opendata)
    del opendata
    build_public_files(
        public, site_title=config.site.title, prodid=config.site.prodid, timezone=config.timezone,
        refresh_minutes=config.feed.refresh_minutes,
        department_slugs={d.name: d.slug for d in config.departments},
        event_types=config.event_types, event_url=event_url,
        internal=window, base_url=base, type_feeds=types, today=today,
        previous_starts=previous_starts or {}, cache=cache,
        department_aliases=aliases, files=files, json_lists=json_lists, calendars=calendars)
    for alias, slug in types.renamed.items():      # a renamed event type's old URL, static too
        if (canonical := files.get(f"public/types/{slug}.ics")) is not None:
            files.setdefault(f"public/types/{alias}.ics", canonical)
    # a renamed department's old URL (and any alias's) keeps answering on static hosting too
    for alias, slug in aliases.items():
        canonical = files.get(f"public/departments/{slug}.ics")
        if canonical is not None:
            files.setdefault(f"public/departments/{alias}.ics", canonical)
    return files, vcache.collect(keys, cache)


def calendar_table(staging: release.Staging, out_dir: Path) -> Callable[[Iterator[tuple[str, bytes]]], None]:
    """The sink :func:`published_files` hands each event's own calendar to (issue 17, p17p):
    it writes them into :data:`public_feed.calendars.CALENDARS_FILE` of ``staging``, each
    row's Last-Modified carried from the served release's table (read from ``out_dir``) while
    its bytes are unchanged. I/O shell."""
    from public_feed import calendars

    def sink(rows: Iterator[tuple[str, bytes]]) -> None:
        previous = calendars.validators(Path(out_dir) / calendars.CALENDARS_FILE)
        staging.write_file(calendars.CALENDARS_FILE,
                           lambda path: calendars.write_table(path, rows, previous, staging.stamp))
    return sink


def site_indexes(files: Mapping[str, bytes], config: Config, type_redirects: Mapping[str, str],
                 lists: Mapping[str, list] | None = None) -> Iterator[tuple[str, bytes]]:
    """The pages' date indexes (:mod:`public_feed.siteindex`) of the public and staff
    ``events.json`` in ``files``, as ``(release path, bytes)`` pairs, each built as the one
    before it is taken (issue 17, p17q: not both held at once); I/O shell: an index whose
    inputs did not change is the served release's copy, read from ``output.dir`` (issue 17:
    pages read by date). ``lists``: the lists those files encode, by path (issue 17, p17l: an
    index is built from them; the bytes are only hashed, not decoded again)."""
    from public_feed.siteindex import INDEX_FILE, STAFF_INDEX_FILE, RowMemo, index_bytes, source_hash
    memo = RowMemo()        # issue 17: the staff index reuses the public one's columns
    departments = {d.name: d.slug for d in config.departments}
    for index_file, path in ((INDEX_FILE, "public/events.json"), (STAFF_INDEX_FILE, "private/events.json")):
        listed = (lists or {}).get(path)
        source = None if listed is None else source_hash(files[path], config.tz, type_redirects, departments)
        yield index_file, index_bytes(files[path] if listed is None else listed, config.tz, config.slug_of,
                                      type_redirects, departments, config.out_dir / index_file, memo, source)


def public_in_window(events, config: Config, now: datetime) -> list:
    """The public events the feeds publish (the feed window of ``now``), each as its public
    view (:func:`sheets_sync.merge.public_view`: nothing of an Internal row)."""
    from public_feed.ics import in_window
    today = now.astimezone(config.tz).date()
    return [public_view(e) for e in in_window(events, today, config.feed.past_days, config.feed.future_days)
            if e.is_public]


def type_feeds_of(public, config: Config) -> TypeFeeds:
    """Which event types get feeds (:mod:`public_feed.typefeeds`), for the public events."""
    return type_feeds(config.event_types, config.event_type_aliases, public,
                      config.feed.max_unlisted_types)


def _summary(a: Analysis, r: Reconciled, m: Metrics | None, backend: Backend,
             now: datetime, config: Config) -> dict:
    events = r.events
    m = m or metrics_for(events, config, now)
    live = [e for e in events if not e.removed]
    out = {
        "rows_read": a.rows_read,
        "rows_accepted": a.rows_accepted,
        "rows_rejected": a.rows_rejected,
        "warnings": sum(1 for i in a.issues if i.severity is Severity.WARNING),
        "events": len(live),
        "joint_events": m.joint_events,
        "internal_joint_work": m.internal_joint_work,
        "all_department_events": m.all_department_events,
        "public_events": sum(1 for e in live if e.is_public),
        # the public ones in the feeds and on the site (feed.past_days/future_days of today)
        "published_events": len(public_in_window(live, config, now)),
        "cancelled_events": sum(1 for e in live if e.is_cancelled),
        **confidence(a.merge, events, m.joint_uids()),
        "months": {k: {"events": v["events"], "joint_events": v["joint_events"]} for k, v in m.months.items()},
        "fiscal_quarters": {k: {"events": v["events"], "joint_events": v["joint_events"],
                                "all_department_events": v["all_department_events"]}
                            for k, v in m.quarters.items()},
        "tabs": a.tabs,
        "skipped_tabs": a.skipped_tabs,
        "held_tabs": list(a.held_tabs),
        "held_from": dict(a.held_from),
        "gone_sources": list(a.gone_sources),
        "requests": {"read": backend.requests.get("read", 0), "write": backend.requests.get("write", 0)},
        "synced_at": json_instant(now),
        # of the events removed by this sync, those whose row joined another event (a Review
        # answer "Same event", or the matcher): not deleted from the sheet
        "merged": len(merged_away(events).keys() & {e.uid for e in r.entries if e.removed_at == now})
        if r.counts["removed"] else 0,
    }
    return out | {k: r.counts[k] for k in ("created", "updated", "unchanged", "removed", "restored")}
