"""Frozen monthly figures in the combined record (table ``metric_snapshots``).

One row per closed month: the figures reported at the first sync of the next month (or by
``safety-events snapshot``), never overwritten by a sync. A manager's sign-off
(``safety-events snapshot --sign NAME``) stores the figures shown at that moment with the
signer's name and time (``signed_by``, ``signed_at`` UTC ISO 8601); a signed month is never
changed again. The table lives in the record's SQLite file so the record and what was
reported from it travel together.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone

from .record import Record

SCHEMA = """CREATE TABLE IF NOT EXISTS metric_snapshots (
  month TEXT PRIMARY KEY, frozen_at TEXT NOT NULL, sync_id INTEGER, figures TEXT NOT NULL,
  signed_by TEXT, signed_at TEXT)"""


def _ensure(record: Record) -> None:
    record.db.execute(SCHEMA)
    columns = {row[1] for row in record.db.execute("PRAGMA table_info(metric_snapshots)")}
    for name in ("signed_by", "signed_at"):          # records made before sign-off existed
        if name not in columns:
            record.db.execute(f"ALTER TABLE metric_snapshots ADD COLUMN {name} TEXT")


def load_snapshots(record: Record) -> list[dict]:
    """Every snapshot, oldest month first: ``[{"month", "frozen_at", "sync_id", "figures",
    "signed_by", "signed_at"}]`` (the last two None when not signed)."""
    _ensure(record)
    rows = record.db.execute("SELECT month, frozen_at, sync_id, figures, signed_by, signed_at "
                             "FROM metric_snapshots ORDER BY month").fetchall()
    return [{"month": m, "frozen_at": at, "sync_id": sid, "figures": json.loads(f), "signed_by": by,
             "signed_at": when} for m, at, sid, f, by, when in rows]


def save_snapshot(record: Record, snapshot: dict, sync_id: int | None) -> bool:
    """Store ``{"month", "frozen_at", "figures"[, "signed_by", "signed_at"]}``.

    An unsigned snapshot is stored only if the month has none; a signed one also replaces an
    unsigned snapshot of its month, never a signed one. Returns True when stored. Raises
    ``sqlite3.Error``.
    """
    _ensure(record)
    cur = record.db.execute(
        "INSERT INTO metric_snapshots (month, frozen_at, sync_id, figures, signed_by, signed_at) "
        "VALUES (?,?,?,?,?,?) ON CONFLICT(month) DO UPDATE SET frozen_at=excluded.frozen_at, "
        "sync_id=excluded.sync_id, figures=excluded.figures, signed_by=excluded.signed_by, "
        "signed_at=excluded.signed_at WHERE excluded.signed_by IS NOT NULL AND metric_snapshots.signed_by IS NULL",
        (snapshot["month"], snapshot["frozen_at"], sync_id, json.dumps(snapshot["figures"], sort_keys=True),
         snapshot.get("signed_by"), snapshot.get("signed_at")))
    return cur.rowcount == 1


def frozen_at(now: datetime) -> str:
    return now.astimezone(timezone.utc).isoformat()
