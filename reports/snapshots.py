"""Monthly snapshots: the figure reported for a closed month, frozen, beside today's figure. Pure.

At the first sync of each month (and on ``safety-events snapshot``) the previous month's
row of ``Metrics - Monthly`` is frozen in the combined record (see
:mod:`sheets_sync.snapshots`), so the number reported to managers can be reproduced later.
A snapshot is never overwritten by a sync. When later edits change a closed month (an event
added late, a duplicate merged, a cancellation), the ``Snapshots`` tab shows the reported
figure, the current figure and the difference (current − reported), and which joint-event
UIDs were added or dropped since, so the change can be traced to ``Combined Events``.

A manager signs a month off (:func:`sign_off`, ``safety-events snapshot --sign NAME``, or a
name typed in the tab's ``Signed Off By`` column, :func:`typed_signoffs`): the
figures shown at that moment are stored with the signer's name and time, replace an unsigned
snapshot of the month, and are what the measures export reports (state ``frozen``); a signed
month cannot be signed again.

A snapshot row: ``{"month": "2025-07", "frozen_at": "2025-08-01T12:00:00+00:00",
"figures": {"events", "joint_events", "target", "met", "uids", "joint_uids", "measures":
{measure id: [uid, …]}}, "signed_by": "Ana Díaz" | None, "signed_at": ISO 8601 UTC | None}``.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable, Sequence

from sheets_sync.model import RowIssue, Severity, Table

from .measures import registry
from .metrics import Metrics
from .tabs import SNAPSHOTS
from .targets import add_months, month_figure

FIGURES = ("events", "joint_events", "target", "met", "uids", "joint_uids")


def previous_month(today: date) -> str:
    """``date(2025, 8, 1)`` → ``"2025-07"`` (``today`` is the local date)."""
    d = add_months(today, -1)
    return f"{d.year:04d}-{d.month:02d}"


def month_to_freeze(today: date, frozen: Iterable[str]) -> str | None:
    """The previous month when it has no snapshot yet (the first sync of a month), else None."""
    month = previous_month(today)
    return None if month in set(frozen) else month


def freeze(metrics: Metrics, month: str, joint_target: int) -> dict:
    """The month's figures to store (a copy; months without events are zeros), with the UIDs
    of every month measure (``"measures"``) so the export can report them as signed."""
    v = month_figure(metrics, month, joint_target)
    out = {k: (list(v[k]) if isinstance(v[k], list) else v[k]) for k in FIGURES}
    out["measures"] = {m.id: list(v.get(c.uids_key, [])) for m in registry(metrics.measures or None)
                       for c in m.cells if c.grain == "month" and c.dim_kind == ""}
    return out


class AlreadySigned(ValueError):
    """The month was signed off before; its signed figures stay."""


class NotEnded(ValueError):
    """The month is the current one or still ahead: its figures can still change."""


def check_not_ahead(month: str, today: date) -> None:
    """Raise :class:`NotEnded` when ``month`` (``YYYY-MM``) is after ``today``'s month (the
    city's local date): freezing a month that has not begun would store 0 events as its
    reported figure. The current month may be frozen early (a mid-month report); signing it
    off still waits for its end (:func:`sign_off`)."""
    if month > f"{today.year:04d}-{today.month:02d}":
        raise NotEnded(f"{month} has not begun yet: there is nothing to freeze. Freeze it from "
                       f"{month}-01 on, or sign it off from the month after it.")


def sign_off(snapshots: Sequence[dict], month: str, name: str, frozen_at: str, metrics: Metrics,
             joint_target: int, today: date | None = None) -> dict:
    """The signed snapshot of ``month`` (figures as shown now, signed by ``name`` at
    ``frozen_at``, UTC ISO 8601). Raises :class:`AlreadySigned` naming who signed it,
    :class:`NotEnded` when ``month`` has not ended by ``today`` (the city's local date) — a
    month still in progress or ahead would stay frozen at a partial figure, since a signed month
    is never signed again — and ``ValueError`` for a blank name."""
    if not name.strip():
        raise ValueError("give the name of the person signing off, e.g. --sign \"Ana Díaz\"")
    if today is not None and month >= f"{today.year:04d}-{today.month:02d}":
        first = add_months(date(int(month[:4]), int(month[5:7]), 1), 1)
        raise NotEnded(f"{month} has not ended yet: its figures can still change. Sign it off from "
                       f"{first.isoformat()} on (the month after it).")
    for s in snapshots:
        if s["month"] == month and s.get("signed_by"):
            raise AlreadySigned(f"{month} was signed off by {s['signed_by']} on {s['signed_at'][:10]}; its "
                                "signed figures stay (later edits show as a difference on the Snapshots tab)")
    return {"month": month, "frozen_at": frozen_at, "figures": freeze(metrics, month, joint_target),
            "signed_by": name.strip(), "signed_at": frozen_at}


def typed_signoffs(rows: Sequence[Sequence] | None, snapshots: Sequence[dict], metrics: Metrics,
                   signed_at: str, joint_target: int, skip: dict | None = None,
                   today: date | None = None, issues: list | None = None) -> list[dict]:
    """Sign-offs typed in the ``Snapshots`` tab: a name in ``Signed Off By`` on the row of a
    frozen month the record holds no signature for signs that month off as ``signed_at``
    (:func:`sign_off`: today's figures). ``rows``: the tab as staff left it (header first) or
    None; ``skip``: a snapshot this sync stores anyway (its month is left alone). Names typed
    on signed months, and on months not ended by ``today`` (a month frozen early with
    ``safety-events snapshot --month``), change nothing (the tab is rewritten); each such
    name is a Validation warning appended to ``issues``, so it is not dropped in silence."""
    if not rows or "Signed Off By" not in rows[0]:
        return []
    at, by = list(rows[0]).index("Month"), list(rows[0]).index("Signed Off By")
    open_months = {s["month"] for s in snapshots if not s.get("signed_by")} - {(skip or {}).get("month")}
    out = []
    signed = {s["month"]: s for s in snapshots if s.get("signed_by")}
    for n, row in enumerate(rows[1:], start=2):
        month = str(row[at] or "").strip() if len(row) > at else ""
        name = str(row[by] or "").strip() if len(row) > by else ""
        problem = None
        if name and month in open_months:
            try:
                out.append(sign_off(snapshots, month, name, signed_at, metrics, joint_target, today))
                open_months.discard(month)
            except NotEnded as exc:
                problem = f"{exc}; the name is not taken"
        elif name and month in signed and name != signed[month]["signed_by"]:
            s = signed[month]
            problem = (f"{month} was signed off by {s['signed_by']} on {s['signed_at'][:10]}; a signed month "
                       "cannot be signed again, so this name is not taken")
        if problem and issues is not None:
            issues.append(RowIssue(SNAPSHOTS, n, "Signed Off By", name[:200], problem,
                                   "leave the cell as the sync writes it; the Snapshots tab shows any "
                                   "later difference", Severity.WARNING))
    return out


def snapshots_table(snapshots: Sequence[dict], metrics: Metrics, joint_target: int) -> Table:
    """The ``Snapshots`` tab: one row per frozen month, newest first; changed months are ``bad``."""
    header = ("Month", "Frozen At (UTC)", "Reported Joint Events", "Current Joint Events",
              "Joint Difference", "Reported Events", "Current Events", "Events Difference", "Target",
              "Reported Met", "Current Met", "Joint UIDs Added Since", "Joint UIDs Dropped Since",
              "Signed Off By", "Signed Off (UTC)")
    rows, highlights = [header], []
    for s in sorted(snapshots, key=lambda s: s["month"], reverse=True):
        old, now = s["figures"], month_figure(metrics, s["month"], joint_target)
        added = [u for u in now["joint_uids"] if u not in old["joint_uids"]]
        dropped = [u for u in old["joint_uids"] if u not in now["joint_uids"]]
        rows.append((s["month"], s["frozen_at"][:19].replace("T", " "), old["joint_events"],
                     now["joint_events"], now["joint_events"] - old["joint_events"], old["events"],
                     now["events"], now["events"] - old["events"], old["target"],
                     "yes" if old["met"] else "no", "yes" if now["met"] else "no",
                     ", ".join(added), ", ".join(dropped), s.get("signed_by") or "",
                     (s.get("signed_at") or "")[:19].replace("T", " ")))
        if added or dropped or now["events"] != old["events"]:
            highlights.append((len(rows) - 1, "bad"))
    return Table(SNAPSHOTS, tuple(rows), tuple(highlights))
