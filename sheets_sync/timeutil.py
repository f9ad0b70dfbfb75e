"""Local-time helpers for the configured timezone (``zoneinfo``). Pure.

RFC 5545 §3.3.5: a local time that occurs twice (the fall-back hour) means the *first*
occurrence, and a local time that does not exist (the spring-forward gap) is read with the
offset from before the gap. Python's ``fold=0`` gives exactly that, so :func:`local_datetime`
always uses ``fold=0``; :func:`dst_problem` tells staff when a time is in either hour.
"""
from __future__ import annotations

from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo


def local_datetime(day: date, clock: time, tz: ZoneInfo) -> datetime:
    """``day`` at wall-clock ``clock`` in ``tz`` (aware, ``fold=0``: RFC 5545 §3.3.5)."""
    return datetime.combine(day, clock.replace(tzinfo=None, fold=0), tzinfo=tz)


def dst_problem(day: date, clock: time, tz: ZoneInfo) -> str:
    """Empty when ``clock`` on ``day`` is an ordinary local time; else a sentence for staff."""
    first = datetime.combine(day, clock.replace(fold=0), tzinfo=tz)
    second = datetime.combine(day, clock.replace(fold=1), tzinfo=tz)
    if first.utcoffset() == second.utcoffset():
        return ""
    roundtrip = first.astimezone(timezone.utc).astimezone(tz)
    if roundtrip.replace(tzinfo=None) != first.replace(tzinfo=None):
        return (f"{clock:%H:%M} does not exist on {day:%Y-%m-%d} (clocks spring forward); "
                "calendars will show it an hour later")
    return (f"{clock:%H:%M} happens twice on {day:%Y-%m-%d} (clocks fall back); "
            "calendars take the first (daylight) one")


def to_utc(value: datetime) -> datetime:
    return value.astimezone(timezone.utc)
