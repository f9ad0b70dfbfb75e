"""The ``Repeats`` column in words → an RFC 5545 RRULE value. Pure.

Understood (case-insensitive): ``weekly``, ``every week``, ``every 2 weeks``, ``biweekly``,
``daily``, ``monthly`` (same date), ``first Tuesday of each month`` / ``monthly on the 2nd
Thursday`` / ``last Friday monthly``, with an optional end: ``until 12/31/2025`` or
``for 6 times`` / ``6 times`` / ``x6``. A raw RRULE value (``FREQ=WEEKLY;COUNT=4``) is kept
after a syntax check by :mod:`dateutil.rrule`.

RFC 5545 §3.3.10: UNTIL is written in UTC when DTSTART has a TZID, and COUNT and UNTIL
never appear together.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone

from dateutil import rrule as du_rrule

from .parsing import CellError, parse_date


class RepeatError(CellError):
    def __init__(self, problem: str):
        super().__init__(problem, "write e.g. 'weekly until 12/31/2025', 'every 2 weeks for 6 times' "
                                  "or 'first Tuesday of each month'")


_DAYS = {"monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR",
         "saturday": "SA", "sunday": "SU"}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "last": -1}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "other": 2}


def _until_utc(day: date, start: datetime | date, tz) -> str:
    if isinstance(start, datetime):
        end_local = datetime.combine(day, time(23, 59, 59), tzinfo=tz)
        return end_local.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return day.strftime("%Y%m%d")


def parse_repeats(text: str, start: datetime | date, tz) -> str:
    """Words → RRULE value (no ``RRULE:`` prefix). Raises :class:`RepeatError`."""
    raw = text.strip()
    lowered = re.sub(r"\s+", " ", raw.lower()).strip(" .")
    if lowered.upper().startswith("FREQ=") or lowered.startswith("rrule:"):
        value = raw.split(":", 1)[1] if lowered.startswith("rrule:") else raw
        try:
            du_rrule.rrulestr(f"RRULE:{value}", dtstart=datetime(2000, 1, 1), forceset=False)
        except (ValueError, TypeError) as exc:
            raise RepeatError(f"not a valid RRULE ({exc})") from None
        if "COUNT=" in value.upper() and "UNTIL=" in value.upper():
            raise RepeatError("an RRULE cannot have both COUNT and UNTIL (RFC 5545)")
        return value.upper()
    parts: list[str] = []
    end_part = ""
    match = re.search(r"\b(?:until|through|thru|ending)\s+(.+)$", lowered)
    if match:
        try:
            day, _ = parse_date(match.group(1))
        except CellError:
            raise RepeatError(f"could not read the end date {match.group(1)!r}") from None
        start_day = start.date() if isinstance(start, datetime) else start
        if day < start_day:
            raise RepeatError("the repeat ends before the event starts")
        end_part = f"UNTIL={_until_utc(day, start, tz)}"
        lowered = lowered[:match.start()].strip(" ,")
    match = re.search(r"\b(?:for\s+)?(\d+|x\s*\d+)\s*(?:times|occurrences|sessions|weeks|months)?$", lowered)
    if match and not end_part and re.search(r"(times|occurrences|sessions|^x|\bfor\b|\bx\s*\d)", match.group(0)):
        end_part = f"COUNT={int(re.sub(r'[^0-9]', '', match.group(1)))}"
        lowered = lowered[:match.start()].strip(" ,")
    interval = 1
    if lowered in {"daily", "every day"}:
        parts.append("FREQ=DAILY")
    elif lowered in {"weekly", "every week", "each week"}:
        parts.append("FREQ=WEEKLY")
    elif lowered in {"biweekly", "bi-weekly", "fortnightly"}:
        parts.append("FREQ=WEEKLY")
        interval = 2
    elif m := re.fullmatch(r"every (\d+|\w+) weeks?", lowered):
        interval = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS.get(m.group(1), 0)
        if not interval:
            raise RepeatError(f"could not read {m.group(1)!r} as a number of weeks")
        parts.append("FREQ=WEEKLY")
    elif lowered in {"monthly", "every month", "each month"}:
        parts.append("FREQ=MONTHLY")
    elif m := re.fullmatch(r"(?:monthly on the |every |each |on the )?(first|1st|second|2nd|third|3rd|fourth|4th|last) "
                           r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
                           r"(?: of (?:each|every|the) month| monthly| every month| each month)?", lowered):
        parts.append("FREQ=MONTHLY")
        parts.append(f"BYDAY={_ORDINALS[m.group(1)]}{_DAYS[m.group(2)]}")
    elif m := re.fullmatch(r"(?:weekly on |every )(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?", lowered):
        parts.append("FREQ=WEEKLY")
        parts.append(f"BYDAY={_DAYS[m.group(1)]}")
    else:
        raise RepeatError(f"could not understand the repeat rule {text!r}")
    if interval != 1:
        parts.insert(1, f"INTERVAL={interval}")
    if end_part:
        parts.append(end_part)
    return ";".join(parts)
