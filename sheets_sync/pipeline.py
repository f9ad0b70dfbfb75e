"""The sync: the one module that composes the pure steps and does the writes.

read (backend + calendar files) → parse/validate → merge → reconcile with the record →
metric tables and published files → write tabs → publish files → commit the record.

Failure rule: nothing is committed until everything is built; the record transaction is
committed last, after the tabs and files were written, and a failure at any step leaves the
record, the published files and the generated tabs as the last good run left them (each
writer is atomic on its own). Runs never overlap: an exclusive ``flock`` on
``<out>/.sync.lock`` that the kernel releases when a crashed process dies.
"""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator, Sequence

from public_feed.publish import MANAGED_DIRS, build_public_files, status_json, write_atomic
from reports.cycle import with_chart_images
from reports.metrics import Metrics, compute_metrics
from reports.opendata import open_data_files
from reports.tabs import GENERATED_TABS, all_tables

from .backends import Backend, SourceError
from .backends.ics_source import read_calendar
from .config import Config
from .identity import Reconciled, reconcile
from .merge import MergeResult, merge_rows
from .model import EventRow, RawTab, RowIssue, Severity, Table
from .coordination import cycle_step, snapshot_due
from .offers import apply_offers, check_offer_tabs, is_offers_header
from .record import Record
from .snapshots import load_snapshots, save_snapshot
from .validate import is_intake_header, parse_tab, skipped_tab_issue


class SyncBusy(Exception):
    """Another sync holds the lock."""


@contextmanager
def sync_lock(out_dir: Path) -> Iterator[None]:
    """Exclusive, non-blocking lock; raises :class:`SyncBusy` if another run holds it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir / ".sync.lock", os.O_CREAT | os.O_RDWR, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SyncBusy(f"another sync is running (lock {out_dir / '.sync.lock'}); "
                           "wait for it to finish") from None
        yield
    finally:
        os.close(fd)


def make_backend(config: Config) -> Backend:
    """The configured intake backend (gspread is imported only for ``kind: google``)."""
    if config.source.kind == "google":
        from .backends.google import make_google_backend
        return make_google_backend(config)
    from .backends.workbook import WorkbookBackend
    return WorkbookBackend(config.path(config.source.workbook), config.report_path)


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

    @property
    def rows_rejected(self) -> int:
        """Data rows left out by an error (a header-row problem is not a rejected row)."""
        return len({(i.tab, i.row) for i in self.issues
                    if i.severity is Severity.ERROR and i.column != "(header)"})


def read_sources(config: Config, backend: Backend, now: datetime) -> list[RawTab]:
    """Every tab of the spreadsheet plus one tab per configured calendar file."""
    tabs = [t for t in backend.read_tabs() if t.title not in GENERATED_TABS]
    today = now.astimezone(config.tz).date()
    window = (today - timedelta(days=config.feed.past_days), today + timedelta(days=config.feed.future_days))
    for cal in config.source.calendars:
        dept = config.department_lookup()[cal.department.strip().lower()]
        tabs.append(read_calendar(config.path(cal.file), dept, config.tz, visibility=cal.visibility,
                                  event_type=cal.event_type, window=window))
    return tabs


def analyse(tabs: Sequence[RawTab], config: Config, decisions=None) -> Analysis:
    """Parse, validate and merge. Pure."""
    rows: list[EventRow] = []
    issues: list[RowIssue] = []
    intake, skipped, read, offer_tabs = [], [], 0, []
    for tab in tabs:
        if is_offers_header(tab.header):
            offer_tabs.append(tab)
            continue
        if not is_intake_header(tab.header, config):
            skipped.append(tab.title)
            issues.extend(i for i in [skipped_tab_issue(tab, config)] if i)
            continue
        intake.append(tab.title)
        read += sum(1 for r in tab.rows if any(c not in (None, "") for c in r))
        accepted, found = parse_tab(tab, config)
        rows.extend(accepted)
        issues.extend(found)
    merged = merge_rows(rows, config, decisions=decisions)
    issues.extend(merged.issues)
    return Analysis(intake, skipped, read, rows, issues, merged, offer_tabs)


def data_quality(a: Analysis, r: Reconciled, m: Metrics, now: datetime) -> dict:
    events = [e for e in r.events if not e.removed]
    from_merge = sum(1 for e in events if e.is_joint and len({row.department for row in e.rows}) > 1)
    from_column = sum(1 for e in events if e.is_joint and e.partner_departments_from_column)
    joint = max(1, sum(1 for e in events if e.is_joint))
    rejected = a.rows_rejected
    return {
        "Last sync (UTC)": now.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S"),
        "Intake tabs": ", ".join(a.tabs),
        "Tabs skipped (no Title and Start Date headers)": ", ".join(a.skipped_tabs),
        "Rows read": a.rows_read,
        "Rows accepted": len(a.rows),
        "Rows rejected": rejected,
        "Warnings": sum(1 for i in a.issues if i.severity is Severity.WARNING),
        "Rows merged into another row's event": len(a.rows) - len(a.merge.events),
        "Candidate pairs compared": a.merge.pairs_compared,
        "Pairs pending review": len(a.merge.review),
        "Combined events": len(events),
        "Joint events": m.joint_events,
        "Joint events whose departments came from merging rows (share)": round(from_merge / joint, 3),
        "Joint events whose departments came from Partner Departments (share)": round(from_column / joint, 3),
        "Events removed from the sheet (kept in the record)": sum(1 for e in r.entries if e.removed_at),
    }


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)


def run_check(config: Config, *, backend: Backend | None = None,
              now: datetime | None = None) -> tuple[Analysis, dict]:
    """``safety-events check``: read, validate and merge only; writes nothing."""
    now = _now(now)
    backend = backend or make_backend(config)
    a = analyse(read_sources(config, backend, now), config)
    a.issues.extend(check_offer_tabs(a.offer_tabs, config))
    return a, _summary(a, None, None, backend, now, config)


def run_sync(config: Config, *, backend: Backend | None = None, now: datetime | None = None,
             snapshot_month: str | None = None) -> dict:
    """Run one sync and return its summary (the ``sync --json`` object).

    ``snapshot_month`` (``YYYY-MM``) freezes that month's figures if not frozen yet
    (``safety-events snapshot``); otherwise the previous month is frozen at the first sync
    of a month (:func:`sheets_sync.coordination.snapshot_due`).

    Raises :class:`SourceError`, :class:`SyncBusy`, ``OSError``; on any error the record,
    the published files and the generated tabs stay as the last good run left them.
    """
    now = _now(now)
    backend = backend or make_backend(config)
    with sync_lock(config.out_dir), Record(config.record_path) as record:
        sync_id = record.start_sync(now)
        try:
            summary = _sync(config, backend, record, sync_id, now, snapshot_month)
        except BaseException as exc:
            record.finish_sync(sync_id, datetime.now(timezone.utc), "failed",
                               requests=dict(backend.requests), error=f"{type(exc).__name__}: {exc}")
            raise
        record.finish_sync(sync_id, datetime.now(timezone.utc), "ok",
                           counts={k: summary[k] for k in ("created", "updated", "unchanged", "removed")},
                           requests=dict(backend.requests))
        return summary


def _sync(config: Config, backend: Backend, record: Record, sync_id: int, now: datetime,
          snapshot_month: str | None = None) -> dict:
    decisions = None
    a = analyse(read_sources(config, backend, now), config, decisions)
    entries = record.entries()
    offered = apply_offers(a.merge.events, a.offer_tabs, entries, now, config)  # before identity
    a.issues.extend(offered.issues)
    r = reconcile(offered.events, entries, now, config.site.uid_domain,
                  timedelta(days=config.feed.removed_grace_days))
    m = metrics_for(r.events, config)
    quality = data_quality(a, r, m, now)
    frozen = load_snapshots(record)
    snapshot = snapshot_due(config, m, frozen, now, snapshot_month)
    cycle = cycle_step(config, r.events, m, offered, [*frozen, *([snapshot] if snapshot else [])],
                       quality, now)
    tables: list[Table] = [*with_chart_images(all_tables(r.events, a.issues, m, quality), cycle.pngs),
                           *cycle.tables]
    files = {**published_files(r.events, config, now), **cycle.files}
    backend.write_tabs(tables)
    write_atomic(config.out_dir, files, prune=MANAGED_DIRS)
    record.save(sync_id, r.entries, r.history, now)
    if snapshot:
        save_snapshot(record, snapshot, sync_id)
    write_atomic(config.out_dir, {"public/status.json": status_json(now, r.counts)})
    return {**_summary(a, r, m, backend, now, config), "snapshot": snapshot["month"] if snapshot else None}


def metrics_for(events, config: Config) -> Metrics:
    return compute_metrics(events, departments=config.department_names, core=config.core_departments,
                           fiscal_start_month=config.fiscal_year_start_month,
                           joint_target=config.targets.joint_events_per_month,
                           all_department_target=config.targets.all_department_events_per_quarter)


def published_files(events, config: Config, now: datetime) -> dict[str, bytes]:
    from public_feed.ics import in_window
    today = now.astimezone(config.tz).date()
    window = in_window(events, today, config.feed.past_days, config.feed.future_days)
    public = [e for e in window if e.is_public]
    base = config.site.base_url.rstrip("/")
    opendata = open_data_files(public, tz=config.tz, timezone_name=config.timezone,
                               core=config.core_departments, site_title=config.site.title, base_url=base)
    return opendata | build_public_files(
        public, site_title=config.site.title, prodid=config.site.prodid, timezone=config.timezone,
        refresh_minutes=config.feed.refresh_minutes,
        department_slugs={d.name: d.slug for d in config.departments},
        event_types=config.event_types, event_url=lambda e: f"{base}/events/{e.uid}",
        internal=window, base_url=base)


def _summary(a: Analysis, r: Reconciled | None, m: Metrics | None, backend: Backend,
             now: datetime, config: Config) -> dict:
    events = r.events if r else list(a.merge.events)
    m = m or metrics_for(events, config)
    live = [e for e in events if not e.removed]
    out = {
        "rows_read": a.rows_read,
        "rows_accepted": len(a.rows),
        "rows_rejected": a.rows_rejected,
        "warnings": sum(1 for i in a.issues if i.severity is Severity.WARNING),
        "events": len(live),
        "joint_events": m.joint_events,
        "all_department_events": m.all_department_events,
        "public_events": sum(1 for e in live if e.is_public),
        "cancelled_events": sum(1 for e in live if e.is_cancelled),
        "rows_merged": len(a.rows) - len(a.merge.events),
        "review_pairs": len(a.merge.review),
        "months": {k: {"events": v["events"], "joint_events": v["joint_events"]} for k, v in m.months.items()},
        "fiscal_quarters": {k: {"events": v["events"], "joint_events": v["joint_events"],
                                "all_department_events": v["all_department_events"]}
                            for k, v in m.quarters.items()},
        "tabs": a.tabs,
        "skipped_tabs": a.skipped_tabs,
        "requests": {"read": backend.requests.get("read", 0), "write": backend.requests.get("write", 0)},
        "synced_at": now.isoformat(),
    }
    if r is not None:
        out.update({k: r.counts[k] for k in ("created", "updated", "unchanged", "removed", "restored")})
        out["out_dir"] = str(config.out_dir)
    return out
