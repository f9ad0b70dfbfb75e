"""The ``Repeats`` column in words → an RFC 5545 RRULE value plus EXDATE dates. Pure.

Understood (case-insensitive; see README "Repeating events"):

* how often: ``daily``, ``weekly``, ``every week``, ``biweekly``, ``every other week``,
  ``every 3 weeks``, ``monthly``, ``every 2 months``, ``yearly``;
* on which days: ``every Tuesday``, ``Tuesdays and Thursdays``, ``weekdays``,
  ``every other Monday``; ``monthly on the 15th`` / ``the 15th of each month`` (by date);
  ``last day of each month`` (``BYMONTHDAY=-1``);
  ``first Tuesday of each month`` / ``monthly on the 2nd Thursday`` / ``last Friday monthly``
  (by weekday);
* how long: ``until 12/31/2025`` (inclusive), ``for 6 times`` / ``6 times`` / ``x6``
  (a count), ``for 8 weeks`` / ``for 3 months`` (a span from the start date);
* cancelled occurrences: ``except 11/25/2025`` or ``except 11/25/2025 and 12/23/2025``
  → EXDATE (the dates of the occurrences that do not happen).

A raw RRULE value (``FREQ=WEEKLY;COUNT=4``, optionally prefixed ``RRULE:``) is kept after a
syntax check by :mod:`dateutil.rrule`.

RFC 5545 §3.3.10: UNTIL is written in UTC when DTSTART is a date-time with a TZID and as a
DATE when DTSTART is a date; COUNT and UNTIL never appear together. §3.8.5.3: DTSTART
always counts as the first occurrence, even when it does not match the rule (clients then
disagree), so :func:`recurrence_warnings` tells staff when it does not.

**Days not every month or year has.** ``monthly`` from the 29th–31st (or ``monthly on the
31st``) and ``yearly`` from Feb 29 are kept as RFC 5545 §3.3.10 reads them: "recurrence rules
may generate recurrence instances with an invalid date … such recurrence instances MUST be
ignored", so a month without a 31st (a year without Feb 29) has no occurrence, and COUNT
counts only real ones. Every calendar app does this, so the feed shows what residents' apps
show; staff get a warning naming the months/years skipped (:func:`skipped_periods`) and the
wording for "the last day of the month" (``last day of each month``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence
from datetime import date, datetime, time, timedelta, timezone

from dateutil import rrule as du_rrule
from dateutil.relativedelta import relativedelta

from .parsing import (MONTH_NAME, CellError, DateRangeError, NoYearError, check_year, first_on_or_after,
                      parse_date)
from .timeutil import dst_problem

EXAMPLES = ("write e.g. 'weekly until 12/31/2025', 'every 2 weeks for 6 times', "
            "'first Tuesday of each month', 'monthly on the 15th' or "
            "'every Tuesday except 11/25/2025'")


class RepeatError(CellError):
    """The Repeats text could not be turned into a rule; ``action`` lists what works."""

    def __init__(self, problem: str):
        super().__init__(problem, EXAMPLES)


class RepeatRejected(RepeatError):
    """A rule that must not be published at all (a repeat within a day, a part out of range
    such as ``BYMONTH=13``, an end or exception date outside the allowed years): the row is
    left out rather than published once."""


#: RFC 5545 §3.3.10 ranges of the BY* parts (value → allowed absolute values; 0 never allowed
#: where a sign is). A value outside makes strict parsers reject the whole feed.
_PART_RANGES = {"BYMONTH": (1, 12, False), "BYMONTHDAY": (1, 31, True), "BYYEARDAY": (1, 366, True),
                "BYWEEKNO": (1, 53, True), "BYSETPOS": (1, 366, True), "BYHOUR": (0, 23, False),
                "BYMINUTE": (0, 59, False), "BYSECOND": (0, 60, False)}
_FREQS = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}
_SUB_DAILY = {"SECONDLY", "MINUTELY", "HOURLY"}
_BYDAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
#: Most occurrences one series may have (COUNT), and :func:`check_rrule_parts`' message.
MAX_COUNT = 1000


def check_rrule_parts(value: str) -> None:
    """Validate the parts of one RRULE value (``FREQ=WEEKLY;BYDAY=TU``, no ``RRULE:``) the way
    RFC 5545 §3.3.10 bounds them, for sheet rows and calendar files alike: a FREQ of daily or
    longer (no sub-daily repeats), BYMONTH 1–12, BYMONTHDAY ±1–31, BYYEARDAY ±1–366, BYWEEKNO
    ±1–53, BYSETPOS ±1–366, BYDAY ordinals ±1–53, INTERVAL ≥ 1, COUNT 1–:data:`MAX_COUNT`,
    UNTIL a real date within :data:`~sheets_sync.parsing.MIN_YEAR`–``MAX_YEAR``.

    Raises :class:`RepeatError` when the value is not RRULE syntax (a part that is not
    ``NAME=VALUE``, an unknown FREQ) and :class:`RepeatRejected` naming the first part that is
    out of range.
    """
    parts: dict[str, str] = {}
    for chunk in value.upper().strip(" ;").split(";"):
        name, sep, val = chunk.partition("=")
        if not sep or not val:
            raise RepeatError(f"not a valid RRULE (the part {chunk!r} is not NAME=VALUE)")
        parts[name.strip()] = val.strip()
    freq = parts.get("FREQ", "")
    if freq in _SUB_DAILY:
        raise RepeatRejected(f"FREQ={freq} repeats within a day; community events repeat daily at most")
    within_day = 1
    for name in ("BYHOUR", "BYMINUTE", "BYSECOND"):
        within_day *= max(1, len([v for v in parts.get(name, "").split(",") if v]))
    if within_day > 1:
        raise RepeatRejected("BYHOUR/BYMINUTE/BYSECOND with several values repeat within a day; "
                             "community events repeat daily at most")
    if freq not in _FREQS:
        raise RepeatError(f"not a valid RRULE (FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY, "
                          f"not {freq or 'missing'!r})")
    for name, (lo, hi, signed) in _PART_RANGES.items():
        for item in filter(None, parts.get(name, "").split(",")):
            if not re.fullmatch(r"[+-]?\d{1,4}", item) or not lo <= abs(int(item)) <= hi \
                    or (not signed and item.startswith("-")):
                raise RepeatRejected(f"{name}={parts[name]} is out of range ({name} takes "
                                     f"{'±' if signed else ''}{lo}–{hi})")
    # within a month (MONTHLY, or YEARLY with BYMONTH) a weekday comes at most 5 times: dateutil
    # fails while expanding "BYDAY=9MO" (IndexError), which aborted the whole calendar (issue 16)
    most = 5 if freq == "MONTHLY" or (freq == "YEARLY" and "BYMONTH" in parts) else 53
    for item in filter(None, parts.get("BYDAY", "").split(",")):
        m = _BYDAY.match(item)
        if not m or (m.group(1) and not 1 <= abs(int(m.group(1))) <= 53):
            raise RepeatRejected(f"BYDAY={parts['BYDAY']} is not a list of weekdays such as 1TU or -1FR")
        if m.group(1) and abs(int(m.group(1))) > most:
            raise RepeatRejected(f"BYDAY={parts['BYDAY']} is out of range (within a month a weekday "
                                 f"comes at most {most} times: 1MO–5MO or -1MO–-5MO)")
    if "INTERVAL" in parts and (not parts["INTERVAL"].isdigit() or int(parts["INTERVAL"]) < 1):
        raise RepeatRejected("the repeat interval must be a whole number, at least 1")
    if "COUNT" in parts and (not parts["COUNT"].isdigit() or not 1 <= int(parts["COUNT"]) <= MAX_COUNT):
        raise RepeatRejected(f"COUNT={parts['COUNT']} must be 1–{MAX_COUNT}")
    if "UNTIL" in parts:
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?", parts["UNTIL"])
        try:
            check_year(date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "the repeat's end (UNTIL)")
        except (AttributeError, ValueError) as exc:
            problem = exc.problem if isinstance(exc, CellError) else f"UNTIL={parts['UNTIL']} is not a date"
            raise RepeatRejected(problem) from None


@dataclass(frozen=True)
class Recurrence:
    """``rrule``: RRULE value without the ``RRULE:`` prefix; ``exdates``: local dates of
    cancelled occurrences, sorted (written as EXDATE at the series' start time)."""
    rrule: str
    exdates: tuple[date, ...] = ()


_DAYS = {"monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR",
         "saturday": "SA", "sunday": "SU", "mon": "MO", "tue": "TU", "tues": "TU", "wed": "WE",
         "thu": "TH", "thur": "TH", "thurs": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}
_DAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun)s?\b"
_WEEKDAY_NAMES = "|".join(list(_DAYS)[:7])     # (the full names come first)
#: a weekday a title names as its programme's: plural ("CPR Saturdays in May") or after "every"
_TITLE_WEEKDAY = re.compile(rf"\b({_WEEKDAY_NAMES})s\b|\bevery\s+({_WEEKDAY_NAMES})\b", re.I)
#: a span of weekdays ("Mondays-Fridays", "Mon thru Fri"): each day of it, no weekly day
_WEEKDAY_SPAN = re.compile(rf"\b{_DAY}\s*(?:[-\u2013]|\bto\b|\bthru\b|\bthrough\b)\s*{_DAY}", re.I)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "last": -1}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "other": 2,
            "second": 2, "third": 3}
_UNITS = {"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY", "year": "YEARLY"}
_ADVERBS = {"daily": ("DAILY", 1), "weekly": ("WEEKLY", 1), "biweekly": ("WEEKLY", 2),
            "bi-weekly": ("WEEKLY", 2), "fortnightly": ("WEEKLY", 2), "monthly": ("MONTHLY", 1),
            "yearly": ("YEARLY", 1), "annually": ("YEARLY", 1)}
_FILLER = {"on", "the", "of", "each", "every", "a", "and", "in", "at", "repeats", "repeat",
           "repeating", "recurring", "month", "months", "week", "weeks", "&", "+", "or"}
_EXCEPT = re.compile(r"\b(?:except(?: on)?|excluding|but not(?: on)?|skip(?:ping)?|not on|"
                     r"cancell?ed on|no (?:event|class|session|meeting) on)\s+"
                     r"(.+?)(?=\s+\b(?:until|through|thru|ending|ends|for)\b|$)")
_UNTIL = re.compile(r"\b(?:until|through|thru|ending(?: on)?|ends(?: on)?|"
                    # ("to 5/25", "to May 25"; not "Tuesday to Thursday")
                    rf"to(?=\s+(?:\d|{MONTH_NAME}\.?\s+\d)))\s+(.+?)"
                    r"(?=\s+\b(?:except|excluding|skip|skipping|for)\b|$)")
_COUNT = re.compile(r"(?:\bfor\s+(\d+)\s*(times|occurrences|sessions|classes|meetings|weeks|months|days)\b"
                    r"|\b(\d+)\s*(?:times|occurrences|sessions|classes|meetings)\b|\bx\s*(\d+)\b)")


def _until_value(day: date, start: datetime | date) -> str:
    """UNTIL for the last local ``day``: UTC date-time for a TZID start, DATE for all-day."""
    if isinstance(start, datetime):
        end_local = datetime.combine(day, time(23, 59, 59), tzinfo=start.tzinfo)
        return end_local.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return day.strftime("%Y%m%d")


def title_weekdays(title: str) -> tuple[str, ...]:
    """The weekdays (lower case, as typed, each once) a title names as its programme's days, in
    the plural or after "every": ``"CPR Saturdays in May"`` → ``("saturday",)``, ``"Walking w/
    Ease (Wednesdays in July)"`` → ``("wednesday",)``; ``()`` for none, and for a span of days
    ("Camp, Mondays-Fridays": every day of the week, no weekly day)."""
    if weekday_span(title):
        return ()
    return tuple(dict.fromkeys((m.group(1) or m.group(2)).lower() for m in _TITLE_WEEKDAY.finditer(title)))


#: where a repeat rule in words may begin in a title: "Cleanup every other Saturday", "Shred Day -
#: last Saturday of every month", "Swim Lessons Tues/Thurs" (a README-only check)
_TITLE_RULE_START = re.compile(rf"\b(?:every|each|first|1st|second|2nd|third|3rd|fourth|4th|last|{_DAY})", re.I)


def title_rules(title: str) -> list[str]:
    """The words a title ends with that may be a repeat rule (:func:`parse_recurrence` decides),
    longest first, each from a word that may begin one to the end (or to the close of its
    bracket), a slash between day names read as "and": ``"Swim Lessons Tues/Thurs"`` →
    ``["tues and thurs", "thurs"]``."""
    text = re.sub(r"(?<=[a-z])\s*/\s*(?=[a-z])", " and ", title.lower())
    if (bracket := re.search(r"\(([^()]*)\)\W*$", text)) is not None:
        text = bracket.group(1)
    text = text.strip(" .!)]-:,")
    return [text[m.start():].strip(" -:,") for m in _TITLE_RULE_START.finditer(text)]


@lru_cache(maxsize=1 << 12)
def weekday_span(title: str) -> frozenset[int]:
    """The weekdays (Monday 0) a span of day names in a title holds ("Summer Day Camp
    Mondays-Fridays", "Mon-Fri Junior Ranger Camp" → {0, 1, 2, 3, 4}; "Fri-Sun" → {4, 5, 6});
    empty where it names none. A multi-day row so titled is not held on its other days (a
    README-only check: a camp from Monday 6/22 to Friday 7/3 took in Saturday's fire-truck visit)."""
    found = _WEEKDAY_SPAN.search(title)
    if found is None:
        return frozenset()
    order = list(_DAYS.values())[:7]        # (MO … SU: the full names come first)
    first, last = (order.index(_DAYS[g.lower()]) for g in found.groups())
    return frozenset((first + k) % 7 for k in range((last - first) % 7 + 1))


def holds_day(rrule: str, day: date) -> bool:
    """``rrule``'s own days (not counting DTSTART, which RFC 5545 §3.8.5.3 always counts) hold
    ``day``: the rule, its end left out, started the day before holds ``day`` too."""
    return day in occurrences_days(re.sub(r";?UNTIL=[^;]*", "", rrule), day - timedelta(days=1), until=day)


def _start_day(start: datetime | date) -> date:
    return start.date() if isinstance(start, datetime) else start


def _dates(text: str, start: datetime | date) -> tuple[date, ...]:
    out = []
    for part in re.split(r"\s*;\s*|\s+and\s+|\s*&\s*|,(?!\s*\d{4}\b)\s*", text.strip(" ,.")):
        if not part:
            continue
        try:
            day = _end_day(part, _start_day(start), "an exception date")   # ("except 4/6": after the start)
        except DateRangeError as exc:
            raise RepeatRejected(exc.problem) from None
        except CellError:
            raise RepeatError(f"could not read the exception date {part!r} "
                              "(type dates with the year, e.g. 'except 12/24/2025')") from None
        if day < _start_day(start):
            raise RepeatError(f"the exception date {day:%m/%d/%Y} is before the event starts")
        out.append(day)
    return tuple(sorted(set(out)))


def _raw_rrule(raw: str, start: datetime | date) -> str:
    value = raw.split(":", 1)[1].strip() if raw.lower().startswith("rrule:") else raw
    value = value.upper().strip(" ;")
    if "COUNT=" in value and "UNTIL=" in value:
        raise RepeatError("an RRULE cannot have both COUNT and UNTIL (RFC 5545)")
    check_rrule_parts(value)
    utc = re.search(r"UNTIL=\d{8}T\d{6}Z", value)
    try:
        du_rrule.rrulestr(f"RRULE:{value}", forceset=False,
                          dtstart=datetime(2000, 1, 1, tzinfo=timezone.utc if utc else None))
    except (ValueError, TypeError) as exc:
        raise RepeatError(f"not a valid RRULE ({exc})") from None
    match = re.search(r"UNTIL=(\d{8})(T\d{6}Z?)?", value)
    if match:  # RFC 5545: UNTIL has DTSTART's value type, and is UTC for a TZID start
        day = date(int(match.group(1)[:4]), int(match.group(1)[4:6]), int(match.group(1)[6:]))
        if isinstance(start, datetime) and not (match.group(2) or "").endswith("Z"):
            value = value.replace(match.group(0), "UNTIL=" + _until_value(day, start))
        elif not isinstance(start, datetime) and match.group(2):
            value = value.replace(match.group(0), "UNTIL=" + match.group(1))
    return value


def parse_recurrence(text: str, start: datetime | date) -> Recurrence:
    """Repeats words → :class:`Recurrence` for a series whose first occurrence is ``start``
    (aware local datetime, or a date for all-day events). Raises :class:`RepeatError`."""
    raw = text.strip()
    lowered = re.sub(r"\s+", " ", raw.lower()).strip(" .")
    if lowered.startswith(("freq=", "rrule:")):
        return Recurrence(_raw_rrule(raw, start))
    exdates: tuple[date, ...] = ()
    if m := _EXCEPT.search(lowered):
        exdates = _dates(m.group(1), start)
        lowered = (lowered[:m.start()] + " " + lowered[m.end():]).strip(" ,")
    end = ""
    if m := _UNTIL.search(lowered):
        try:
            day = _end_day(m.group(1).strip(" ,"), _start_day(start))
        except DateRangeError as exc:
            raise RepeatRejected(exc.problem) from None
        except CellError:
            raise RepeatError(f"could not read the end date {m.group(1)!r} "
                              "(type it with the year, e.g. 'until 12/31/2025')") from None
        if day < _start_day(start):
            raise RepeatError(f"the repeat ends ({day:%m/%d/%Y}) before the event starts")
        end = "UNTIL=" + _until_value(day, start)
        lowered = (lowered[:m.start()] + " " + lowered[m.end():]).strip(" ,")
    if m := _COUNT.search(lowered):
        if end:
            raise RepeatError("give either an end date or a number of times, not both")
        number = int(m.group(1) or m.group(3) or m.group(4))
        if number < 1:
            raise RepeatError("the number of times must be at least 1")
        if number > MAX_COUNT:
            raise RepeatRejected(f"{number} repeats is more than the {MAX_COUNT} one series may have")
        unit = m.group(2) or ""
        if unit in {"weeks", "months", "days"}:  # a span: "for 8 weeks" from the start date
            span = {"weeks": relativedelta(weeks=number), "months": relativedelta(months=number),
                    "days": relativedelta(days=number)}[unit]
            end = "UNTIL=" + _until_value(_start_day(start) + span - timedelta(days=1), start)
        else:
            end = f"COUNT={number}"
        lowered = (lowered[:m.start()] + " " + lowered[m.end():]).strip(" ,")
    parts = _rule_body(lowered, text)
    if end:
        parts.append(end)
    check_rrule_parts(";".join(parts))   # "for 999 months" ends past the allowed years
    return Recurrence(";".join(parts), exdates)


def _end_day(text: str, first: date, what: str = "the repeat's end date") -> date:
    """A repeat's end or exception date: ``text`` read as a date, or, typed without a year
    ("until May 25", "to 5/25", "except 4/6"), the first such day on or after the series'
    ``first`` day (a fresh city's check: the series was published as one event). Raises
    :class:`CellError`, :class:`DateRangeError`."""
    try:
        return parse_date(text, what=what)[0]
    except NoYearError as exc:
        day = first_on_or_after(exc.month, exc.day, first)
        if day is None:
            raise
        return day


def _rule_body(body: str, original: str) -> list[str]:
    """The FREQ/INTERVAL/BY* parts of a rule in words (no end, no exceptions)."""
    freq, interval, consumed = None, 1, body
    by: list[str] = []

    def eat(pattern: str) -> None:
        nonlocal consumed
        consumed = re.sub(pattern, " ", consumed)

    if m := re.search(r"\b(?:every|each)\s+(?:(other|\d+|one|two|three|four|five|six|second|third)\s+)?"
                      r"(day|week|month|year)s?\b", body):
        freq = _UNITS[m.group(2)]
        interval = int(m.group(1)) if (m.group(1) or "").isdigit() else _NUMBERS.get(m.group(1) or "one", 1)
        eat(re.escape(m.group(0)))
    elif m := re.search(rf"\bevery\s+(other|\d+|two|three|four)\s+(?={_DAY})", body):
        freq = "WEEKLY"   # "every other Monday"
        interval = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1)]
        eat(re.escape(m.group(0)))
    for word, (f, n) in _ADVERBS.items():
        if re.search(rf"(?<![\w-]){re.escape(word)}\b", body):
            if freq and freq != f:
                raise RepeatError(f"{original!r} names two different repeat periods")
            freq, interval = f, max(interval, n)
            eat(rf"(?<![\w-]){re.escape(word)}\b")
    ordinal = re.findall(rf"\b(first|1st|second|2nd|third|3rd|fourth|4th|last) {_DAY}", body)
    if re.search(r"\blast day\b", body):
        if freq not in (None, "MONTHLY"):
            raise RepeatError(f"{original!r}: 'last day' needs a monthly repeat ('last day of each month')")
        freq = "MONTHLY"
        by.append("BYMONTHDAY=-1")
        eat(r"\blast day\b")
    elif ordinal:
        if freq not in (None, "MONTHLY"):
            raise RepeatError(f"{original!r}: 'first/last <day>' only works with a monthly repeat")
        freq = "MONTHLY"
        by.append("BYDAY=" + ",".join(f"{_ORDINALS[o]}{_DAYS[d]}" for o, d in ordinal))
        eat(rf"\b(first|1st|second|2nd|third|3rd|fourth|4th|last) {_DAY}")
    elif m := re.search(r"\bthe (\d{1,2})(?:st|nd|rd|th)?\b", body):
        if freq not in (None, "MONTHLY") or not 1 <= int(m.group(1)) <= 31:
            raise RepeatError(f"{original!r}: 'the {m.group(1)}th' needs a monthly repeat and a day 1–31")
        freq = "MONTHLY"
        by.append(f"BYMONTHDAY={int(m.group(1))}")
        eat(re.escape(m.group(0)))
    elif re.search(r"\bweekdays?\b", body):
        freq = "WEEKLY" if freq in (None, "DAILY", "WEEKLY") else freq
        by.append("BYDAY=MO,TU,WE,TH,FR")
        eat(r"\bweekdays?\b")
    elif days := re.findall(_DAY, body):
        if freq not in (None, "WEEKLY"):
            raise RepeatError(f"{original!r}: a weekday needs a weekly repeat "
                              "(for a monthly one say 'first Tuesday of each month')")
        freq = "WEEKLY"
        codes = []
        for d in days:
            if _DAYS[d] not in codes:
                codes.append(_DAYS[d])
        order = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
        by.append("BYDAY=" + ",".join(sorted(codes, key=order.index)))
        eat(_DAY)
    leftover = [w for w in re.split(r"[\s,.;()]+", consumed) if w and w not in _FILLER]   # ("Every Tues.")
    if freq is None or leftover:
        what = f" (did not understand {' '.join(leftover)!r})" if leftover else ""
        raise RepeatError(f"could not understand the repeat rule {original!r}{what}")
    if interval < 1:
        raise RepeatError("the repeat interval must be at least 1")
    return [f"FREQ={freq}", *([f"INTERVAL={interval}"] if interval != 1 else []), *by]


def parse_repeats(text: str, start: datetime | date, tz=None) -> str:
    """Words → RRULE value only (exceptions dropped); see :func:`parse_recurrence`."""
    return parse_recurrence(text, start).rrule


def occurrences(rrule: str, start: datetime | date, *, until: date | None = None,
                limit: int = 2000) -> list[datetime | date]:
    """Local starts of the series (DTSTART first, as RFC 5545 §3.8.5.3 counts it), at most
    ``limit`` of them and none after ``until``. Wall-clock arithmetic, as iCalendar does."""
    all_day = not isinstance(start, datetime)
    dtstart = datetime.combine(start, time()) if all_day else start.replace(tzinfo=None)
    value = re.sub(r"UNTIL=(\d{8})T\d{6}Z", lambda m: "UNTIL=" + _local_until(m, start), rrule)
    rule = du_rrule.rrulestr(f"RRULE:{value}", dtstart=dtstart, forceset=False)
    out: list[datetime] = [dtstart]
    stop = datetime.combine(until, time.max) if until else None
    for when in rule:
        if len(out) >= limit or (stop and when > stop):
            break
        if when != dtstart:
            out.append(when)
    if count := re.search(r"COUNT=(\d+)", value):  # DTSTART counts toward COUNT
        out = out[:int(count.group(1))]
    if all_day:
        return [d.date() for d in out]
    return [d.replace(tzinfo=start.tzinfo) for d in out]


def _local_until(match: re.Match, start: datetime | date) -> str:
    utc = datetime.strptime(match.group(0)[6:], "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
    return utc.astimezone(start.tzinfo).strftime("%Y%m%dT%H%M%S") if isinstance(start, datetime) else \
        utc.strftime("%Y%m%d")


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: How many skipped months/years a warning names before "and N more".
SKIPPED_NAMED = 6


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _rule_parts(rrule: str) -> dict[str, str]:
    return dict(p.partition("=")[::2] for p in rrule.upper().split(";") if "=" in p)


def endless(rrule: str) -> bool:
    """``rrule`` has no end: no UNTIL or COUNT (RFC 5545 §3.3.10 — it repeats forever)."""
    rule = rrule.upper()
    return "UNTIL=" not in rule and "COUNT=" not in rule


def held_days(rrule: str, start: datetime | date, exdates: Sequence[date] = (),
              limit: int = 2000) -> tuple[date, ...] | None:
    """The local days a series is held on (its occurrences less ``exdates``), or ``None`` for
    a rule with no end (:func:`endless`)."""
    if endless(rrule):
        return None
    skip = set(exdates)
    return tuple(d for d in occurrences_days(rrule, start, limit=limit) if d not in skip)


def occurrences_days(rrule: str, start: datetime | date, *, until: date | None = None,
                     limit: int = 2000) -> list[date]:
    """The local days of :func:`occurrences` (same ``until`` and ``limit``)."""
    return [d.date() if isinstance(d, datetime) else d for d in occurrences(rrule, start, until=until, limit=limit)]


def union_series(rules: Sequence[tuple[str, Sequence[date]]], start: datetime | date,
                 starts: Sequence[datetime | date] | None = None) -> tuple[str, tuple[date, ...]] | None:
    """One RRULE and its EXDATE days, from DTSTART ``start``, whose sessions are every session
    any of ``rules`` holds (``(RRULE, except days)`` pairs of rows of one event; ``starts``: each
    rule's own DTSTART, none before ``start``; all ``start`` when not given), when the rules differ
    only in their end (UNTIL or COUNT) and start: the pattern runs to the longest end (no end,
    else the latest last session), with the days no rule holds as EXDATEs. ``None`` when the
    rules differ in anything else (another FREQ, BYDAY or INTERVAL: no one RRULE holds both; a
    weekly BYDAY of DTSTART's own weekday, or INTERVAL=1, is no difference: "every Tuesday" =
    "weekly" from a Tuesday). A COUNT rule that starts later and runs longest ends, from
    ``start``, on its own last session (UNTIL)."""
    starts = list(starts) if starts is not None else [start] * len(rules)
    weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[_start_day(start).weekday()]
    pattern = [{k: v for k, v in _rule_parts(r).items() if k not in ("UNTIL", "COUNT")} for r, _ in rules]
    for p in pattern:       # "every Tuesday" from a Tuesday is "weekly": BYDAY=TU adds nothing
        if p.get("FREQ") == "WEEKLY" and p.get("BYDAY") == weekday:
            del p["BYDAY"]
        if p.get("INTERVAL") == "1":
            del p["INTERVAL"]
    if any(p != pattern[0] for p in pattern[1:]):
        return None
    held = [held_days(r, st, ex) for (r, ex), st in zip(rules, starts)]
    ends = [date.max if h is None else max(h, default=date.min) for h in held]
    longest = max(range(len(rules)), key=lambda k: (ends[k], -k))
    rule = rules[longest][0]
    if starts[longest] != start and "COUNT=" in rule.upper():
        # "for 12 times" from a later week: from ``start`` it ends on its own last day instead
        last = max(occurrences_days(rule, starts[longest]))
        rule = ";".join([p for p in rule.split(";") if not p.upper().startswith("COUNT=")]
                        + [f"UNTIL={_until_value(last, start)}"])
    if all(st == start for st in starts):        # one DTSTART: the longest rule's except days
        others = [(set(h) if h is not None else None, set(ex)) for k, ((_, ex), h) in enumerate(zip(rules, held))
                  if k != longest]
        own_ex = rules[longest][1]
        return rule, tuple(d for d in own_ex if not any((d not in ex) if h is None else (d in h) for h, ex in others))
    first = [_start_day(st) for st in starts]
    sets = [set(h) if h is not None else None for h in held]

    def holds(k: int, d: date) -> bool:
        return d in sets[k] if sets[k] is not None else d >= first[k] and d not in rules[k][1]
    finite = [e for e in ends if e != date.max]
    bound = max([*finite, *first]) if ends[longest] == date.max else ends[longest]
    days = set(occurrences_days(rule, start, until=bound))
    days |= {d for _, ex in rules for d in ex if d > bound}
    return rule, tuple(sorted(d for d in days if not any(holds(k, d) for k in range(len(rules)))))


def skipped_periods(rrule: str, start: datetime | date, bound: date) -> tuple[str, list[date]]:
    """The months (``FREQ=MONTHLY`` on a day 29–31) or years (``FREQ=YEARLY`` from Feb 29)
    that a simple rule skips because the date does not exist in them (RFC 5545 §3.3.10),
    from the start up to ``bound`` (a period counts when its last day is on or before it).

    Returns ``(what, periods)``: ``what`` names the day (``"the 31st"``, ``"Feb 29"``);
    ``periods`` the first day of each skipped month (or Feb 1 of each skipped year). Rules
    with BYDAY, BYSETPOS, BYYEARDAY, BYWEEKNO, several month days or a BYMONTH other than the
    start's are not simple: ``("", [])``.
    """
    import calendar
    parts = _rule_parts(rrule)
    freq, first = parts.get("FREQ"), _start_day(start)
    if freq not in ("MONTHLY", "YEARLY") or any(k in parts for k in ("BYDAY", "BYSETPOS", "BYYEARDAY",
                                                                      "BYWEEKNO")):
        return "", []
    day = first.day
    if "BYMONTHDAY" in parts:
        if not parts["BYMONTHDAY"].isdigit():
            return "", []                  # -1 (the last day) or a list: every month has one
        day = int(parts["BYMONTHDAY"])
    if parts.get("BYMONTH", str(first.month)) != str(first.month):
        return "", []
    step = int(parts.get("INTERVAL", "1") or 1) * (12 if freq == "YEARLY" else 1)
    if freq == "YEARLY" and (first.month, day) != (2, 29) or day < 29:
        return "", []
    out, k = [], 0
    while True:
        months = first.year * 12 + first.month - 1 + k * step
        year, month = divmod(months, 12)
        last = calendar.monthrange(year, month + 1)[1]
        if date(year, month + 1, last) > bound:
            break
        if day > last:
            out.append(date(year, month + 1, 1))
        k += 1
    return ("Feb 29" if freq == "YEARLY" else f"the {_ordinal(day)}"), out


def _skipped_warning(rec: Recurrence, start: datetime | date) -> str | None:
    parts = _rule_parts(rec.rrule)
    if parts.get("FREQ") not in ("MONTHLY", "YEARLY"):
        return None
    if "UNTIL" in parts:
        m = re.match(r"UNTIL=(\d{8}(?:T\d{6}Z)?)", f"UNTIL={parts['UNTIL']}")
        local = _local_until(m, start) if m and "T" in m.group(1) else parts["UNTIL"]
        bound = date(int(local[:4]), int(local[4:6]), int(local[6:8]))
    elif "COUNT" in parts:                 # COUNT ≤ MAX_COUNT: the whole series is short
        bound = _start_day(occurrences(rec.rrule, start)[-1])
    else:
        bound = _start_day(start) + timedelta(days=366 * 5)
    what, skipped = skipped_periods(rec.rrule, start, bound)
    if not skipped:
        return None
    yearly = what == "Feb 29"
    names = [f"{d.year}" if yearly else f"{_MONTHS[d.month - 1]} {d.year}" for d in skipped]
    named = ", ".join(names[:SKIPPED_NAMED])
    if len(names) > SKIPPED_NAMED:
        named += f" and {len(names) - SKIPPED_NAMED} more"
    if not any(k in parts for k in ("UNTIL", "COUNT")):
        named += " in the next five years"
    if yearly:
        return (f"Feb 29 is only in leap years: as RFC 5545 says (and calendar apps do), the other "
                f"years are skipped — no event in {named}; to repeat every year, set the Start Date "
                "to 2/28 or 3/1")
    return (f"{what} is not in every month: as RFC 5545 says (and calendar apps do), the months "
            f"without it are skipped — no event in {named}; for the last day of every month write "
            "'last day of each month', or pick a day every month has (the 28th or earlier)")


def recurrence_warnings(rec: Recurrence, start: datetime | date, tz) -> list[str]:
    """Sentences for staff about a rule that parses but may not do what they meant:
    the start date is not one of the rule's days, months or years the rule skips because its
    day is not in them (:func:`skipped_periods`), an exception date that is not an
    occurrence, an occurrence inside a daylight-saving gap or repeated hour (RFC 5545 §3.3.5)."""
    out: list[str] = []
    starts = occurrences(rec.rrule, start, until=_start_day(start) + timedelta(days=366 * 5))
    days = {_start_day(s) for s in starts}
    unbounded = re.sub(r";?(COUNT|UNTIL)=[^;]*", "", rec.rrule)
    probe = du_rrule.rrulestr(f"RRULE:{unbounded}", forceset=False,
                              dtstart=datetime.combine(_start_day(start), time()))[:1]
    if probe and probe[0].date() != _start_day(start):
        out.append(f"the start date {_start_day(start):%a %m/%d/%Y} is not one of the days the rule "
                   f"names; calendars show it on that day and then on the rule's days "
                   f"(the first is {probe[0]:%a %m/%d/%Y}) — set Start Date to the first real occurrence")
    if skipped := _skipped_warning(rec, start):
        out.append(skipped)
    for day in rec.exdates:
        if day not in days:
            out.append(f"the exception {day:%m/%d/%Y} is not one of the dates this event repeats on; "
                       "nothing is cancelled for it")
    if isinstance(start, datetime):
        for s in starts:
            if problem := dst_problem(s.date(), s.time(), tz):
                out.append(f"the repeat on {s:%m/%d/%Y}: {problem}")
                break
    return out
