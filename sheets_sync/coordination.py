"""The coordinated-cycle step of a sync: assistance offers, snapshots, schedule, charts. Pure.

:mod:`sheets_sync.pipeline` calls :func:`cycle_step` between the metrics and the writes; this
module only computes (the pipeline writes the tabs and files and stores the snapshot).
"""
from __future__ import annotations

from datetime import datetime
from typing import Mapping, Sequence

from reports.chart_data import ChartData, chart_data
from reports.cycle import Cycle, build_cycle, cycle_dashboard
from reports.metrics import Metrics
from reports.snapshots import freeze, month_to_freeze

from .config import Config
from .model import CombinedEvent
from .offers import OfferResult
from .snapshots import frozen_at


def snapshot_due(config: Config, metrics: Metrics, frozen: Sequence[dict], now: datetime,
                 month: str | None = None) -> dict | None:
    """The snapshot to store in this sync, or None.

    ``month`` (``YYYY-MM``, from ``safety-events snapshot --month``) asks for that month;
    otherwise the previous local month is due when it has no snapshot (the first sync of a
    month) — unless nothing was logged up to its end (no counted event in it or before it: a
    new city's first sync, on an empty sheet or on upcoming events only, would freeze last
    month at 0 before its rows are typed; it is frozen at the first sync that has events in or
    before it). A month already frozen is never frozen again.
    """
    done = {s["month"] for s in frozen}
    asked, month = month, month or month_to_freeze(now.astimezone(config.tz).date(), done)
    if not month or month in done:
        return None
    if asked is None and not any(m <= month for m in metrics.months):
        return None
    return {"month": month, "frozen_at": frozen_at(now),
            "figures": freeze(metrics, month, config.targets.joint_events_per_month)}


def cycle_step(config: Config, events: Sequence[CombinedEvent], metrics: Metrics, offers: OfferResult,
               snapshots: Sequence[dict], quality: dict, now: datetime, render: bool = True,
               charts: Mapping[str, ChartData] | None = None) -> Cycle:
    """Schedule, outlook, charts and dashboard data for this sync (see :mod:`reports.cycle`);
    ``charts``: :func:`chart_numbers` of the same ``metrics`` and ``now`` when already made."""
    return build_cycle(
        events, metrics, now=now, today=now.astimezone(config.tz).date(), offers=offers.by_uid(),
        snapshots=snapshots, quality=quality, fiscal_start_month=config.fiscal_year_start_month,
        joint_target=config.targets.joint_events_per_month,
        all_department_target=config.targets.all_department_events_per_quarter,
        core=config.core_departments, render=render, charts=charts)


def chart_numbers(config: Config, metrics: Metrics, now: datetime) -> dict[str, ChartData]:
    """Every chart's numbers for this sync (:func:`reports.chart_data.chart_data` on the
    city's local date of ``now``): chart name → :class:`~reports.chart_data.ChartData`."""
    return chart_data(metrics, now.astimezone(config.tz).date(), fiscal_start_month=config.fiscal_year_start_month,
                      joint_target=config.targets.joint_events_per_month,
                      all_department_target=config.targets.all_department_events_per_quarter)


def dashboard_file(config: Config, cycle: Cycle, metrics: Metrics, quality: dict, now: datetime) -> bytes:
    """``private/dashboard.json`` of :func:`cycle_step`'s ``cycle`` with the final Data Quality
    figures ``quality`` (issue 17: the tabs are made before the published files they report on)."""
    return cycle_dashboard(cycle, now=now, today=now.astimezone(config.tz).date(), metrics=metrics,
                           quality=quality, joint_target=config.targets.joint_events_per_month,
                           all_department_target=config.targets.all_department_events_per_quarter)
