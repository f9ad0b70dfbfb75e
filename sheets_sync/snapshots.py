"""Frozen monthly figures in the combined record (table ``metric_snapshots``).

One row per closed month: the figures reported at the first sync of the next month (or by
``safety-events snapshot``), never overwritten by a sync. The table lives in the record's
SQLite file so the record and what was reported from it travel together.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone

from .record import Record

SCHEMA = """CREATE TABLE IF NOT EXISTS metric_snapshots (
  month TEXT PRIMARY KEY, frozen_at TEXT NOT NULL, sync_id INTEGER, figures TEXT NOT NULL)"""


def load_snapshots(record: Record) -> list[dict]:
    """Every snapshot, oldest month first: ``[{"month", "frozen_at", "sync_id", "figures"}]``."""
    record.db.execute(SCHEMA)
    rows = record.db.execute(
        "SELECT month, frozen_at, sync_id, figures FROM metric_snapshots ORDER BY month").fetchall()
    return [{"month": m, "frozen_at": at, "sync_id": sid, "figures": json.loads(f)}
            for m, at, sid, f in rows]


def save_snapshot(record: Record, snapshot: dict, sync_id: int | None) -> bool:
    """Store ``{"month", "frozen_at", "figures"}`` unless the month is frozen already.

    Returns True when stored. Raises ``sqlite3.Error``.
    """
    record.db.execute(SCHEMA)
    cur = record.db.execute(
        "INSERT INTO metric_snapshots (month, frozen_at, sync_id, figures) VALUES (?,?,?,?) "
        "ON CONFLICT(month) DO NOTHING",
        (snapshot["month"], snapshot["frozen_at"], sync_id, json.dumps(snapshot["figures"], sort_keys=True)))
    return cur.rowcount == 1


def frozen_at(now: datetime) -> str:
    return now.astimezone(timezone.utc).isoformat()
