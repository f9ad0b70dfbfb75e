"""Local-time helpers for the configured timezone (``zoneinfo``). Pure.

RFC 5545 §3.3.5: a local time that occurs twice (the fall-back hour) means the *first*
occurrence, and a local time that does not exist (the spring-forward gap) is read with the
offset from before the gap. Python's ``fold=0`` gives exactly that, so :func:`local_datetime`
always uses ``fold=0``; :func:`dst_problem` tells staff when a time is in either hour.
"""
from __future__ import annotations

from contextlib import contextmanager
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterator
from zoneinfo import TZPATH, ZoneInfo


def local_datetime(day: date, clock: time, tz: ZoneInfo) -> datetime:
    """``day`` at wall-clock ``clock`` in ``tz`` (aware, ``fold=0``: RFC 5545 §3.3.5)."""
    if clock.tzinfo is not None or clock.fold:      # (parsed clocks are naive, fold 0: no copy)
        clock = clock.replace(tzinfo=None, fold=0)
    return datetime.combine(day, clock, tzinfo=tz)


def dst_problem(day: date, clock: time, tz: ZoneInfo) -> str:
    """Empty when ``clock`` on ``day`` is an ordinary local time; else a sentence for staff."""
    return _dst_problem(day, clock.replace(tzinfo=None, fold=0), tz)


@lru_cache(maxsize=1 << 14)     # issue 17: rows share days and times (two checks a row)
def _dst_problem(day: date, clock: time, tz: ZoneInfo) -> str:
    # (``clock`` naive with fold 0: equal keys are the same wall-clock time)
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


@lru_cache(maxsize=1 << 14)     # issue 17: rows share days; a sheet spans a few thousand
def ordinary_day(day: date, tz: ZoneInfo) -> bool:
    """Whether ``tz`` keeps one UTC offset through all of ``day``: the offsets at its midnight
    and at the next one, read with ``fold=0`` and ``fold=1``, all agree. On such a day every
    wall-clock time exists exactly once, so :func:`dst_problem` is empty for each of its times
    and :func:`gap_end` is ``None`` for an event starting on it (the checks a row can skip).
    ``False`` on a daylight-saving day, and for the last day :class:`date` holds (nothing
    follows it to compare with). (Two changes within one day that cancel out would read as
    ordinary; no zone of the tz database has one from 1990 to 2037, checked hour by hour.)"""
    try:
        after = day + timedelta(days=1)
    except OverflowError:
        return False
    midnights = (datetime.combine(day, time(0), tzinfo=tz), datetime.combine(after, time(0), tzinfo=tz))
    offsets = {m.replace(fold=fold).utcoffset() for m in midnights for fold in (0, 1)}
    return len(offsets) == 1


def text_key(value: date | datetime) -> tuple:
    """The key a date or datetime's text is remembered under (:func:`iso_text`,
    :class:`JsonInstants`): the value with its ``tzinfo`` and ``fold``. Two aware datetimes
    with the same tzinfo compare equal on their wall-clock fields alone, ``fold`` ignored, so
    the repeated fall-back hour would otherwise share one text; equal instants in two zones
    have different texts."""
    if isinstance(value, datetime):
        return (value, value.tzinfo, value.fold)
    return (value, None, -1)


#: the texts :func:`iso_text` keeps while a :func:`iso_texts_kept` block runs (else None)
_iso_kept: dict[tuple, str] | None = None


@contextmanager
def iso_texts_kept() -> Iterator[None]:
    """Within the block, :func:`iso_text` keeps the text of each datetime it is asked for
    (issue 17: from parsing to identities a sync writes each row's start and end as text
    six times, and an aware datetime's ``isoformat`` asks its zone for the offset each
    time). The texts are dropped when the block ends, also when it raises, so none outlives
    the sync that made it. A block inside another one shares the outer block's texts."""
    global _iso_kept
    if _iso_kept is not None:
        yield
        return
    _iso_kept = {}
    try:
        yield
    finally:
        _iso_kept = None


def iso_text(value: date | datetime) -> str:
    """``value.isoformat()`` (``"2026-08-04T18:00:00-04:00"``, ``"2026-08-04"``), kept for a
    datetime seen before while :func:`iso_texts_kept` runs, found by :func:`text_key`."""
    kept = _iso_kept
    if kept is None or type(value) is not datetime:
        return value.isoformat()
    key = (value, value.tzinfo, value.fold)     # text_key's, inline (issue 17, p17ae: ~700,000 calls)
    text = kept.get(key)
    if text is None:
        text = kept[key] = value.isoformat()
    return text


def real_instant(value: datetime) -> datetime:
    """The wall-clock time ``value`` names, as it really reads in its zone: a time in the
    spring-forward gap moves forward by the gap (02:30 → 03:30 EDT, RFC 5545 §3.3.5)."""
    return value.astimezone(timezone.utc).astimezone(value.tzinfo)


def gap_end(start: datetime, end: datetime) -> datetime | None:
    """``None`` unless ``start`` is in a spring-forward gap and, read as RFC 5545 §3.3.5 reads
    both times, the event would last no time (02:30–03:30 on the gap day is 03:30–03:30
    EDT). Then the end that keeps the typed wall-clock length after the shifted start
    (03:30–04:30 EDT): the published DTEND, so calendars show a real event. A start the
    gap moves but an end still after it (02:30–04:00 → 03:30–04:00) is left as typed."""
    moved = real_instant(start)
    if moved.replace(tzinfo=None) == start.replace(tzinfo=None) or real_instant(end) > moved:
        return None
    typed = end.replace(tzinfo=None) - start.replace(tzinfo=None)
    return real_instant(moved + max(typed, timedelta(0)))


def typed_date(value: date | datetime) -> str:
    """``"9/8/2026"``: a day as US staff type it in a cell (month/day/year, no padding), for
    the edits a Validation line asks for ("type 'except 9/8/2026' in the Repeats cell")."""
    return f"{value.month}/{value.day}/{value.year}"


def clock_text(value: datetime, seconds: bool = False) -> str:
    """``value.strftime("%Y-%m-%d %H:%M")`` (``"%Y-%m-%d %H:%M:%S"`` with ``seconds``): the
    wall-clock time the generated tabs show, its zone not written. Issue 17 (p17af): written
    by ``%`` formatting, a quarter of ``strftime``'s CPU (the Combined Events, Drill-down and
    Review tabs write ~500,000 of them at 100,000 rows); a year before 1000, which
    ``strftime`` writes unpadded, and a subclass of ``datetime`` go to ``strftime`` itself."""
    if type(value) is not datetime or value.year < 1000:
        return value.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    if seconds:
        return "%04d-%02d-%02d %02d:%02d:%02d" % (value.year, value.month, value.day, value.hour,
                                                  value.minute, value.second)
    return "%04d-%02d-%02d %02d:%02d" % (value.year, value.month, value.day, value.hour, value.minute)


def json_instant(value: datetime) -> str:
    """An instant as every published JSON file writes it: UTC, whole seconds, ``Z``
    (``2025-08-09T14:00:00Z``; RFC 3339 §5.6, an ISO 8601 profile). Raises ``ValueError``
    for a naive datetime (it names no instant)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{value!r} has no UTC offset, so it names no instant")
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def json_value(value):
    """``datetime`` → :func:`json_instant`, ``date`` → ``YYYY-MM-DD``, anything else as is."""
    if isinstance(value, datetime):
        return json_instant(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


class JsonInstants:
    """:func:`json_value` remembered per distinct value (issue 17, p17t: a 100,000-row sync
    wrote 300,000 instants with ``strftime``, most of them the same few: every event of a
    first sync has the same LAST-MODIFIED). Callable like :func:`json_value`; raises what it
    raises. A value is remembered under :func:`text_key`. Keeps every value it was asked
    about: make one per build, not one per process."""

    def __init__(self) -> None:
        self._seen: dict[tuple, str] = {}

    def __call__(self, value):
        if not isinstance(value, date):
            return value
        key = text_key(value)
        text = self._seen.get(key)
        if text is None:
            text = self._seen[key] = json_value(value)
        return text


def to_utc(value: datetime) -> datetime:
    return value.astimezone(timezone.utc)


def _zone_data(key: str) -> bytes | None:
    """The TZif bytes of zone ``key`` as :mod:`zoneinfo` finds them (``TZPATH``, then the
    ``tzdata`` package); ``None`` when neither has it."""
    for root in TZPATH:
        path = Path(root, key)
        if path.is_file():
            return path.read_bytes()
    try:
        return resources.files("tzdata.zoneinfo").joinpath(*key.split("/")).read_bytes()
    except (ModuleNotFoundError, OSError, ValueError):
        return None


def same_zone(a: str, b: str) -> bool:
    """Two IANA zone names are one zone: equal, or one a link to the other (the tz database's
    ``backward`` file: "US/Central" is "America/Chicago"), as their identical TZif data says
    (a link is the same file, or a copy, in every distribution ``zoneinfo`` reads)."""
    if a == b:
        return True
    data = _zone_data(a)
    return data is not None and data == _zone_data(b)
