"""Cell parsers: the messy values staff type, turned into typed values. Pure functions.

Each parser returns the typed value or raises :class:`CellError` whose message says what is
wrong and whose ``action`` says what to type instead; the validation step turns that into a
Validation-tab entry naming tab, row and column.

Dates accepted (:func:`parse_date`): ``date``/``datetime`` cells; spreadsheet day serials
(days since 1899-12-30, the Sheets API ``SERIAL_NUMBER`` epoch and Excel's 1900 system);
Unix epoch seconds (numbers ≥ 10^8, as in open-data exports, read as floating wall-clock
time the way Socrata stores it); text in ISO ``2025-08-05``,
US ``8/5/2025`` (month first), ``Aug 5, 2025`` and ``Tuesday, August 5, 2025`` forms.
Text is read by :mod:`dateutil` — we do not hand-roll a date grammar.

Times accepted (:func:`parse_time`, :func:`parse_time_range`): ``6pm``, ``6:30 PM``,
``18:00``, ``noon``, ``midnight``, a 24-hour clock said so (``1800 hrs``, ``18h00``), with words
that change nothing (``6 pm sharp``, ``6pm-ish``, a note in brackets), ``time`` cells,
fractions of a day; ranges typed in one
cell: ``4:30 - 7 PM`` (the meridiem given once applies to both ends when that keeps the end
after the start), ``6 PM -9 :30 PM``, ``4 PM - & 7 PM``, ``**12 PM - 7 PM**``.
"""
from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any, Mapping, Sequence

from dateutil import parser as du_parser

from .places import SPELLED_NUMBERS
from .zones import zone_suffix


class _StaffParserInfo(du_parser.parserinfo):
    """dateutil's names plus the weekday spellings staff type (``Tues``, ``Thurs``, ``Weds``)."""
    WEEKDAYS = [("Mon", "Monday"), ("Tue", "Tues", "Tuesday"), ("Wed", "Weds", "Wednesday"),
                ("Thu", "Thur", "Thurs", "Thursday"), ("Fri", "Friday"), ("Sat", "Saturday"),
                ("Sun", "Sunday")]


_PARSER_INFO = _StaffParserInfo()


def named_weekday(text: str) -> int | None:
    """The weekday (0 = Monday) a date's text names (``Thu 9/4/2026`` → 3), or None."""
    days = {_PARSER_INFO.weekday(w) for w in re.findall(r"[A-Za-z]+", text)} - {None}
    return days.pop() if len(days) == 1 else None

SERIAL_EPOCH = date(1899, 12, 30)
_EPOCH_SECONDS_MIN = 100_000_000  # 1973-03-03; day serials never get near this
_EPOCH_SECONDS_MAX = 32_503_680_000  # year 3000: larger numbers are no date at all


#: The years any date may fall in — Start, End, a repeat's ``until`` and its exceptions
#: (issue 16: one bound, checked in :func:`check_year`). Outside it a date is a typo, and
#: ``9999`` overflows date arithmetic in every calendar client.
MIN_YEAR, MAX_YEAR = 1990, 2100


class CellError(ValueError):
    """A cell could not be understood. ``action`` tells staff what to do about it."""

    def __init__(self, problem: str, action: str):
        super().__init__(problem)
        self.problem = problem
        self.action = action


class NoYearError(CellError):
    """A date typed without its year ("8/3", "Aug 3"): ``month`` and ``day`` as read."""

    def __init__(self, problem: str, action: str, month: int, day: int):
        super().__init__(problem, action)
        self.month, self.day = month, day


def first_on_or_after(month: int, day: int, first: date) -> date | None:
    """The first ``month``/``day`` on or after ``first`` (in its year or the next): a date typed
    without its year after a known start (an End Date, a repeat's end). ``None`` for a day
    neither year has (2/29, 2/30)."""
    for year in (first.year, first.year + 1):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found >= first:
            return found
    return None


class DateRangeError(CellError):
    """A readable date outside :data:`MIN_YEAR`–:data:`MAX_YEAR`; the row is left out."""


def check_year(day: date, what: str = "the date") -> date:
    """Return ``day`` when its year is within :data:`MIN_YEAR`–:data:`MAX_YEAR`.

    Raises :class:`DateRangeError` naming ``what`` (e.g. ``"the repeat's end date"``).
    """
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise DateRangeError(f"the year {day.year} in {what} looks like a typo "
                             f"(dates must fall in {MIN_YEAR}–{MAX_YEAR})",
                             "type the full date with a four-digit year, e.g. 8/5/2025")
    return day


#: C0 control characters other than tab, line feed and carriage return (ESC, VT, NUL, ...):
#: invisible, rejected by .xlsx writers and strict calendar parsers.
_C0 = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_controls(text: str) -> str:
    """``text`` without C0 control characters (tab, LF and CR are kept). The one place every
    source's text passes through (:func:`cell_text`)."""
    return _C0.sub("", text) if _C0.search(text) else text


def cell_text(value: Any) -> str:
    """Any cell value as trimmed text (``None`` → ``""``; ``12.0`` → ``"12"``), without C0
    control characters (:func:`strip_controls`)."""
    if type(value) is str:      # most cells (issue 17, p17ae): printable text holds no C0 control
        return (value if value.isprintable() else strip_controls(value)).strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return strip_controls(str(value)).strip()


#: A Markdown strong-emphasis pair: ``**`` around text that starts and ends with a non-space
#: (CommonMark 0.31 §6.2 flanking rules; asterisks may sit inside a word), or ``__`` around a
#: phrase — text holding a space, not inside a word (§6.2: underscores never open or close
#: intraword). A single word between ``__`` (``__init__``, a URL's ``__tn__``) and a lone or
#: intraword ``__`` (``snake__case``, ``_x001B__x000B_``) are text, kept.
_MARKUP = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<![^\W_])__(?=\S)([^_]*?\s[^_]*?)(?<=\S)__(?![^\W_])")


def clean_markup(text: str) -> str:
    """``text`` on one line without the Markdown strong-emphasis markers scraped text carries
    (``**CANCELLED**`` → ``CANCELLED``, ``__Rain date__`` → ``Rain date``; :data:`_MARKUP`),
    whitespace runs collapsed to one space. Underscores that are not such a pair are kept."""
    if not text:
        return text             # most cells are blank (issue 17)
    if "**" in text or "__" in text:
        text = _MARKUP.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    return " ".join(text.split())      # runs of whitespace (str.isspace, as regex \s) → one space


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in {"br", "p", "div", "li"}:
            self.parts.append(" ")


def strip_html(text: str) -> str:
    """Text content of an HTML fragment, whitespace collapsed (``<p>Holton</p> - 401 N`` → ``Holton - 401 N``)."""
    if "<" not in text and "&" not in text:
        return re.sub(r"\s+", " ", text).strip()
    extractor = _TextExtractor()
    extractor.feed(text)
    extractor.close()
    return re.sub(r"\s+", " ", html.unescape("".join(extractor.parts))).strip()


# -- dates ----------------------------------------------------------------------------------

def _from_number(value: float) -> date | datetime:
    if not math.isfinite(value) or value > _EPOCH_SECONDS_MAX:
        raise CellError(f"{cell_text(value)} is not a date", "type the date as 8/5/2025 or 2025-08-05")
    if value >= _EPOCH_SECONDS_MIN:
        # Socrata-style floating timestamp: the wall-clock time stored as if it were UTC.
        return datetime.fromtimestamp(value, tz=timezone.utc).replace(tzinfo=None)
    if value < 1 or value > 2958465:
        raise CellError(f"{cell_text(value)} is not a date",
                        "type the date as 8/5/2025 or 2025-08-05")
    day = SERIAL_EPOCH + timedelta(days=int(value))
    frac = value - int(value)
    if frac:
        return datetime.combine(day, time()) + timedelta(seconds=round(frac * 86400))
    return day


_ISO_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")
_PLAIN_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PLAIN_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")


#: a numeric date, after an optional day name (``Sun 14/5/2028``, ``Thu., 4/5/2026``)
_NUMERIC_DATE = re.compile(r"\s*(?:[A-Za-z]{2,9}\.?,?\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b")


def numeric_date(value: Any) -> tuple[int, int] | None:
    """The first two numbers of a numeric date typed as text (``4/5/2026`` → ``(4, 5)``;
    ``/``, ``.`` or ``-`` between them; a day name may come first: ``Sun 14/5/2028`` →
    ``(14, 5)``), else ``None`` (any other cell value)."""
    m = _NUMERIC_DATE.match(value) if isinstance(value, str) else None
    return (int(m.group(1)), int(m.group(2))) if m else None


def date_order(value: Any) -> str | None:
    """Which way a numeric date typed as text can be read: ``"day"`` (day first only:
    ``13/5/2026``), ``"month"`` (month first only: ``5/13/2026``), ``"either"`` (``4/5/2026``:
    read month first, as April 5, though 4 May may be meant), else ``None`` (not a numeric
    date, one that reads the same both ways such as ``5/5/2026``, or no date at all)."""
    pair = numeric_date(value)
    if pair is None or not (1 <= pair[0] <= 31 and 1 <= pair[1] <= 31) or pair[0] == pair[1]:
        return None
    first, second = pair
    if first > 12:
        return "day" if second <= 12 else None
    return "month" if second > 12 else "either"


def day_first_by_weekday(value: Any) -> date | None:
    """The day-first reading of a date that reads either way when its day name agrees with that
    reading only: ``Sun 4/6/2028`` → ``date(2028, 6, 4)`` (4 June 2028 is a Sunday, April 6 a
    Thursday); else ``None`` (no day name, a date that reads one way, a day name agreeing with
    the month-first reading or with neither)."""
    if not isinstance(value, str) or date_order(value) != "either":
        return None
    named = named_weekday(value)
    m = _NUMERIC_DATE.match(value)
    if named is None or m is None:
        return None
    first, second, year = (int(g) for g in m.groups())
    year += 2000 if year < 100 else 0
    try:
        month_first, day_first = date(year, first, second), date(year, second, first)
    except ValueError:
        return None
    return day_first if month_first.weekday() != named and day_first.weekday() == named else None


def read_day_first(value: Any) -> bool:
    """Was a date cell's text read day first? Dates are read month first (``4/5/2026`` is
    April 5); dateutil reads ``13/5/2026`` as 13 May since there is no month 13 — the one
    numeric form read the other way, which staff should hear of (the same tab's
    ``4/5/2026`` may have meant 4 May). ``value``: any cell value; only text counts."""
    return date_order(value) == "day"


#: a weekday in brackets beside the date: "8/4 (Tue)", "Aug 1 (Sat.)" (a fresh city's check)
_BRACKETED_WORD = re.compile(r"[(\[]\s*([A-Za-z]{2,9})\.?\s*[)\]]")


def parse_datetime_text(text: str) -> datetime:
    """Parse date text with dateutil, month first; raise if the year is missing. A weekday
    in brackets is read as one written plainly ("8/4 (Tue)")."""
    cleaned = _BRACKETED_WORD.sub(lambda m: f" {m.group(1)} " if _PARSER_INFO.weekday(m.group(1)) is not None
                                  else m.group(), clean_markup(text)).strip()
    if not cleaned:
        raise CellError("the date is blank", "type the date, e.g. 8/5/2025")
    if _PLAIN_ISO_DATE.fullmatch(cleaned):     # 2025-08-05: what dateutil reads, without it
        try:
            return datetime.fromisoformat(cleaned)
        except ValueError:
            pass                               # 2025-02-30: dateutil's message below
    try:
        a = du_parser.parse(cleaned, _PARSER_INFO, dayfirst=False, default=datetime(2000, 1, 1))
        b = du_parser.parse(cleaned, _PARSER_INFO, dayfirst=False, default=datetime(2004, 2, 2))
    except (ValueError, OverflowError):
        raise CellError(f"could not read {text!r} as a date",
                        "type the date as 8/5/2025, 2025-08-05 or Aug 5, 2025") from None
    if a.year != b.year:
        raise NoYearError(f"{text!r} has no year", "add the year, e.g. 8/5/2025", a.month, a.day)
    if a.month != b.month or a.day != b.day:
        raise CellError(f"{text!r} is not a full date", "type month, day and year, e.g. 8/5/2025")
    return a.replace(tzinfo=None) if a.tzinfo is None else a


def parse_date(value: Any, tz=None, what: str = "the date") -> tuple[date, time | None]:
    """A date cell → ``(date, time or None)``; the time is set when the cell carried one.

    Raises :class:`CellError` for blank or unreadable values (``1e15``, ``inf``), and
    :class:`DateRangeError` for a year outside :data:`MIN_YEAR`–:data:`MAX_YEAR`
    (``what`` names the date in that message).
    """
    day, clock = _parse_date(value, tz)
    return check_year(day, what), clock


def _parse_date(value: Any, tz=None) -> tuple[date, time | None]:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise CellError("the date is blank", "type the date, e.g. 8/5/2025")
    if isinstance(value, datetime):
        if value.tzinfo is not None and tz is not None:
            try:
                value = value.astimezone(tz).replace(tzinfo=None)
            except OverflowError:   # 9999-12-31T23:00Z has no local date
                raise DateRangeError(f"{value:%Y-%m-%d} is outside the years {MIN_YEAR}–{MAX_YEAR}",
                                     "type the full date with a four-digit year, e.g. 8/5/2025") from None
        t = value.time()
        return value.date(), (t if t != time() else None)
    if isinstance(value, date):
        return value, None
    if isinstance(value, bool):
        raise CellError(f"{cell_text(value)} is not a date", "type the date, e.g. 8/5/2025")
    if isinstance(value, (int, float)):
        got = _from_number(float(value))
        return _parse_date(got, tz)
    text = cell_text(value)
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return _parse_date(float(text), tz)
    _two_dates(text)                # "9/5/2026 - 9/7/2026", "Oct 10-12, 2025": say where the last day goes
    dt = parse_datetime_text(text)
    if str(dt.year) not in text and not re.search(rf"(?<!\d){dt.year % 100:02d}(?!\d)", text):
        # (dateutil takes a stray number for the year: "Aug 5 - 3, 2025" read as 5 August 2003)
        raise CellError(f"{text!r} has no year {dt.year} in it, so it is not read as {dt:%m/%d/%Y}",
                        "type one date, e.g. 8/5/2025; a range's last day goes in End Date")
    if dt.tzinfo is not None and tz is not None:
        try:
            dt = dt.astimezone(tz).replace(tzinfo=None)
        except OverflowError:
            raise DateRangeError(f"{text!r} is outside the years {MIN_YEAR}–{MAX_YEAR}",
                                 "type the full date with a four-digit year, e.g. 8/5/2025") from None
    has_time = bool(re.search(r"\d:\d|\d\s*[ap]\.?m\b|\bnoon\b", text, re.I)) and not _ISO_DATE.fullmatch(text)
    return dt.date(), (dt.time() if has_time else None)


#: what joins the first and last day of a range typed in one date cell ("Oct 10-12, 2025",
#: "9/5/2026 – 9/7/2026", "Oct 10 to Oct 12")
#: a month's name as staff type it, any case and length ("Sep", "Sept", "September"; the caller
#: adds ``\b`` or a dot), and a day's ("Tue", "Tues", "Tuesday")
MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
WEEKDAY_NAME = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*"
_RANGE_JOIN = re.compile(r"\s*[-\u2010-\u2015]\s*|\s+(?:to|through|thru|until|till)\s+", re.I)
#: the last day typed as its number alone, perhaps with the year: "12, 2025" in "Oct 10-12, 2025"
_DAY_ALONE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?(?:,?\s*(\d{4}))?\.?", re.I)
#: the longest range read as one event's days (two months: a festival, a fair, a camp week)
RANGE_MAX_DAYS = 62


@dataclass(frozen=True)
class DayRange:
    """A range of days typed in one date cell (:func:`day_range`): ``first`` and ``last``, each
    day as a full-date text ("10/10/2025", "10/12/2025") or, where no year is typed, as typed
    ("Sep 13"; the last as month/day: "9/14"); ``days`` from the first to the last (0 or more)."""
    first: str
    last: str
    days: int


def _month_day_year(text: str) -> tuple[int, int, int | None] | None:
    """``(month, day, year or None)`` of a date text, or ``None`` when it is no date."""
    try:
        got = parse_datetime_text(text)
    except NoYearError as exc:
        return exc.month, exc.day, None
    except CellError:
        return None
    return got.month, got.day, got.year


def day_range(text: str) -> DayRange | None:
    """The range of days ``text`` (a date cell) holds, or ``None``: two dates joined by a dash
    or "to"/"through" ("9/5/2026 - 9/7/2026", "Oct 10 to Oct 12, 2025"), or a month's day and a
    later day's number ("Oct 10-12, 2025", "Sep 13-14"); the year typed once is both days'
    (the first's the year before when its month comes later: "Dec 30 - Jan 2, 2026"). A range
    of more than :data:`RANGE_MAX_DAYS` days, or whose last day is not after its first, is
    none. (dateutil alone reads "Oct 10-12, 2025" as 10 October 2012: a helper's check.)"""
    text = text.strip()
    for join in _RANGE_JOIN.finditer(text):
        first, last = text[:join.start()].strip(), text[join.end():].strip()
        if not first or not last or not re.search(r"[a-z]{3}|/", first, re.I):
            continue            # (not the dashes of 2025-10-10 or 10-10-2025)
        a = _month_day_year(first)
        if a is None:
            continue
        alone = _DAY_ALONE.fullmatch(last)
        b = (a[0], int(alone.group(1)), int(alone.group(2)) if alone.group(2) else None) if alone \
            else _month_day_year(last)
        if b is None or a[2] is not None and b[2] is not None and b[2] - a[2] not in (0, 1):
            continue
        last_year = b[2] if b[2] is not None else a[2] if a[2] is not None else 2001
        first_year = a[2] if a[2] is not None else last_year - ((a[0], a[1]) > (b[0], b[1]))
        try:
            days = (date(last_year, b[0], b[1]) - date(first_year, a[0], a[1])).days
        except ValueError:
            continue
        if 0 <= days <= RANGE_MAX_DAYS:
            if a[2] is None and b[2] is None:
                return DayRange(first, f"{b[0]}/{b[1]}", days)
            return DayRange(f"{a[0]}/{a[1]}/{first_year}", f"{b[0]}/{b[1]}/{last_year}", days)
    return None


#: a day as typed inside a title: "6/15", "6/15/26", "June 15", "Oct 4th", "Mon 8/3"
_TITLE_WEEKDAY = rf"(?:{WEEKDAY_NAME}\.?,?\s+)"
_TITLE_DAY = rf"{_TITLE_WEEKDAY}?(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|{MONTH_NAME}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
#: a range of days ending a title: "Summer Safety Camp 6/15-6/19", "Fire Prevention Week Oct 4-10",
#: "Safety Town (Mon 8/3 - Fri 8/7)"; not one before a part of it ("Prep Week 6/1-6/5: Kickoff
#: Rally", a README-only check: the rally had become five days long)
_TITLE_RANGE = re.compile(rf"(?<![\w/])({_TITLE_DAY}\s*(?:[-\u2010-\u2015]|\s(?:to|through|thru)\s)\s*"
                          rf"(?:{_TITLE_DAY}|\d{{1,2}}(?:st|nd|rd|th)?)(?![\w/])(?:,?\s*\d{{4}}\b)?)[\s).\]!]*$", re.I)
#: words before a range of days saying it is another thing's: "Sign-ups 6/1-6/5" (a README-only check)
_NOT_ITS_DAYS = re.compile(r"\b(?:sign[- ]?ups?|signup|register|registration|enrol(?:l?ment)?|enroll|apply|"
                           r"applications?|deadline|tickets?|rsvp|nominations?|voting|submissions?|sales?)\W*$", re.I)
#: the longest range of days a title gives a one-day row (a camp week, a fair; a longer one is
#: more often a programme of sessions, "Tuesdays 6/2-7/28", which one row does not stand for)
TITLE_RANGE_MAX_DAYS = 14


def title_day_range(title: str, start: date) -> tuple[str, int] | None:
    """``(the words as typed, days from the first to the last)`` of a range of days ending a
    title (:func:`day_range` of it; day names allowed, "Mon 8/3 - Fri 8/7") that starts on
    ``start``'s month and day and spans one to :data:`TITLE_RANGE_MAX_DAYS` days, or ``None``:
    ``("Summer Safety Camp 6/15-6/19", June 15)`` → ``("6/15-6/19", 4)``; ``None`` for a range
    saying it is another thing's days ("Info Night - Sign-ups 6/1-6/5")."""
    if not title.rstrip(" ).]!")[-1:].isdigit():
        return None             # (issue 17: asked of every one-day row; the range must end the title)
    found = _TITLE_RANGE.search(title)
    if found is None or _NOT_ITS_DAYS.search(title[:found.start()]):
        return None
    spanned = day_range(found.group(1))
    first = _month_day_year(re.sub(rf"^{_TITLE_WEEKDAY}", "", spanned.first, flags=re.I)) if spanned else None
    if spanned is None or not 1 <= spanned.days <= TITLE_RANGE_MAX_DAYS or first is None or \
            first[:2] != (start.month, start.day):
        return None
    return found.group(1).strip(), spanned.days


def _two_dates(text: str) -> None:
    """Raise :class:`CellError` saying so when ``text`` is a range of days (:func:`day_range`:
    a multi-day event typed in one cell where one date belongs); return otherwise."""
    if (found := day_range(text)) is not None:
        raise CellError(f"{text!r} holds two dates",
                        f"put the first day ({found.first}) in Start Date and the last ({found.last}) "
                        "in End Date")


# -- times ----------------------------------------------------------------------------------

_WORD_TIMES = {"noon": "12:00 pm", "midday": "12:00 pm", "midnight": "12:00 am"}
#: a clock time and the part of the day said in words ("10 in the morning", "7 o'clock in the
#: evening", "9 at night"): its am or pm
_PART_OF_DAY = re.compile(r"(\d{1,2}(?::\d\d)?)\s*(?:o'?clock\s*)?"
                          r"(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b")


_HOURS_SPELLED = [w for w, n in SPELLED_NUMBERS.items() if int(n) <= 12]
_MINUTES_SPELLED = {"fifteen": "15", "thirty": "30", "forty-five": "45", "forty five": "45", "o'clock": "00"}
#: an hour spelled out, and its minutes ("six thirty pm", "seven o'clock", "half past six")
_HOUR_WORD = re.compile(r"\b(?:(half past|quarter past)\s+)?(" + "|".join(_HOURS_SPELLED) + r")\b(?:\s+("
                        + "|".join(_MINUTES_SPELLED) + r")(?!\w))?")


def _hour_in_digits(m: re.Match) -> str:
    hour = SPELLED_NUMBERS[m.group(2)]
    minutes = {"half past": "30", "quarter past": "15"}.get(m.group(1) or "", "")
    minutes = _MINUTES_SPELLED.get(m.group(3) or "", minutes)
    return f"{hour}:{minutes}" if minutes else str(hour)


def _part_of_day(m: re.Match) -> str:
    return f"{m.group(1)} {'am' if m.group(2) == 'morning' else 'pm'}"
_MERIDIEM = re.compile(r"(?<![a-z])([ap])\.?\s*m\b\.?", re.I)
_SHORT_MERIDIEM = re.compile(r"(\d)\s*([ap])\.?(?![a-z])")       # a meridiem's first letter after the time
# "1730", "0930": a 24-hour clock, on the quarter hour (not a year typed in the wrong cell: "2027")
_MILITARY = re.compile(r"([01]\d|2[0-3])(00|15|30|45)")


#: a 24-hour clock said so ("1800 hrs", "18:00 hrs", "1800hrs", "18h00"): police and fire usage
_HOURS_WORD = re.compile(r"(?:(?<=\b\d{3})|(?<=\b\d{4})|(?<=\d:\d\d))\s*(?:hrs?|hours)\b\.?")   # (not "2 hours")
_FOUR_DIGITS = re.compile(r"\b([01]?\d|2[0-3])([0-5]\d)\b")
_H_CLOCK = re.compile(r"\b([01]?\d|2[0-3])h([0-5]\d)\b")
#: words around a time that change nothing ("6 pm sharp", "6pm-ish", "approx. 6pm") and a note
#: in brackets after it ("6 PM (set up 5)")
#: ("11:30ish", "6ish", "6pm?", "abt 6pm": a helper's check had each row rejected)
_TIME_NOISE = re.compile(r"\([^)]*\)|\bsharp\b|-?(?:(?<=[\d.\s-])|(?<=[ap]m)|(?<=noon)|^)ish\b|"
                         r"\b(?:approx(?:imately)?|appx|ca|circa|abt)\b\.?|~|\?+|"
                         r"\babout\b|\baround\b", re.I)


def without_time_words(text: str) -> str:
    """``text`` without the words around a time that change nothing ("6:30 sharp" → "6:30")."""
    return re.sub(r"\s+", " ", _TIME_NOISE.sub(" ", text)).strip()


def _normalise_time_text(text: str) -> str:
    t = without_time_words(clean_markup(text).lower())
    t = _H_CLOCK.sub(r"\1:\2", t)
    if _HOURS_WORD.search(t):       # "1800-2000 hrs", "1810 hrs": every four digits a 24-hour clock
        t = _FOUR_DIGITS.sub(r"\1:\2", _HOURS_WORD.sub(" ", t))
    for word, repl in _WORD_TIMES.items():
        t = re.sub(rf"(?:\b12(?::00)?\s*)?\b{word}\b", repl, t)   # "noon", "12:00 noon"
    if _HOUR_WORD.search(t):
        t = _HOUR_WORD.sub(_hour_in_digits, t)    # "six thirty pm", "seven o'clock" (a third helper's check)
    if "in the" in t or "at night" in t or "o'clock" in t:
        t = _PART_OF_DAY.sub(_part_of_day, t)     # "10 in the morning", "7 in the evening" (a helper's check)
    t = re.sub(r"\s*:\s*", ":", t)              # "9 :30" → "9:30"
    t = re.sub(r"(\d)\s*\.\s*(\d\d)(?!\d)", r"\1:\2", t)  # "6.30pm"
    t = _MERIDIEM.sub(lambda m: f" {m.group(1)}m", t)
    t = _SHORT_MERIDIEM.sub(lambda m: f"{m.group(1)} {m.group(2)}m", t)     # "5:30p", "9a"
    return re.sub(r"\s+", " ", t).strip()


#: a time of day typed in a title, not its name: "Sound the Alarm - smoke alarm installs 9am-2pm",
#: "Engine 1 at Open Streets 12-1pm", "First aid tent (10a-10p daily)", "Hands-Only CPR class 6pm",
#: "Sound The Alarm 9-2" at its end (hours across noon); a clerk's habit in a fresh helper's set
#: (v49), where "9am 2pm" / "9 2" read as titles naming different numbers. Not "Ages 5-12",
#: "Grades 9-12" (hours rising, no am/pm) nor "9/11". Left out of titles compared
#: (:meth:`sheets_sync.matching.Normaliser.title`); the hours of a row with no time typed
#: (:func:`sheets_sync.validate._hours_in_title`)
_MERIDIEM_WORD = r"(?:a\.?m\.?|p\.?m\.?|a|p)(?![a-z])"
_CLOCK_TEXT = r"\d{1,2}(?::\d\d)?"
CLOCK_IN_TITLE = re.compile(
    rf"\(?\b{_CLOCK_TEXT}\s*(?:{_MERIDIEM_WORD})?\s*(?:-|–|—|to)\s*{_CLOCK_TEXT}\s*{_MERIDIEM_WORD}(?:\s+daily)?\)?"
    rf"|\b{_CLOCK_TEXT}\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])"
    r"|\b(?:1[0-2]|[7-9])(?::\d\d)?\s*-\s*(?:[1-6])(?::\d\d)?\s*$", re.I)

#: the hours a part of the day typed for a time stands for, in minutes from midnight (a row
#: "evening" or "after school" is published all day; these hours only tell it from a session at
#: another part of that day, and join it to a partner's row timed within them: a fresh helper's
#: set of after-action logs, v56, where "morning" and "after school" CPR classes were one event)
PART_OF_DAY_HOURS: dict[str, tuple[int, int]] = {
    "morning": (360, 720), "in the morning": (360, 720), "am": (360, 720), "a.m.": (360, 720),
    "mid-morning": (540, 690), "midmorning": (540, 690), "breakfast": (360, 630),
    "noon": (690, 810), "midday": (660, 840), "lunch": (660, 840), "lunchtime": (660, 840), "lunch time": (660, 840),
    "afternoon": (720, 1050), "in the afternoon": (720, 1050), "pm": (720, 1380), "p.m.": (720, 1380),
    "after school": (840, 1110), "afterschool": (840, 1110), "after work": (990, 1200),
    "evening": (1020, 1320), "in the evening": (1020, 1320), "tonight": (1020, 1380), "night": (1080, 1440),
    "at night": (1080, 1440), "dinner": (1020, 1230), "dinnertime": (1020, 1230), "dinner time": (1020, 1230),
    "supper": (1020, 1230), "suppertime": (1020, 1230), "early morning": (300, 540), "late morning": (600, 720),
    "mid-afternoon": (780, 960), "late afternoon": (900, 1080), "early evening": (960, 1140),
    "dusk": (1050, 1380), "at dusk": (1050, 1380), "sunset": (1050, 1380), "at sunset": (1050, 1380),
    "dark": (1080, 1440), "at dark": (1080, 1440), "after dark": (1080, 1440), "sundown": (1050, 1380),
    "dawn": (300, 540), "sunrise": (300, 540), "at sunrise": (300, 540),
}
#: a bare hour with no am/pm ("10ish", "about 7"): the half of the day community events hold it
#: in — 8 to 11 in the morning, 12 to 7 from noon on — give or take :data:`BARE_HOUR_SLACK` minutes
BARE_HOUR_SLACK = 45


def said_hours(text: str) -> tuple[int, int] | None:
    """The hours, in minutes from midnight ``(start, end)``, a Start Time cell's words stand
    for when they name no clock time: a part of the day (:data:`PART_OF_DAY_HOURS`: "evening",
    "after school"), or a bare hour with no am/pm ("10ish": 9:15–10:45 am; "7ish": 6:15–7:45
    pm; :data:`BARE_HOUR_SLACK`); ``None`` for any other text."""
    folded = _time_words(text)
    if folded in PART_OF_DAY_HOURS:
        return PART_OF_DAY_HOURS[folded]
    if (hour := bare_hour(text)) is not None:
        at = (hour if 8 <= hour <= 11 else hour % 12 + 12) * 60
        return at - BARE_HOUR_SLACK, at + BARE_HOUR_SLACK
    return None


def bare_hour(text: str) -> int | None:
    """The hour, 1 to 12, of a Start Time cell that is an hour alone, with no minutes nor am/pm
    once the words around a time are left out ("10ish", "about 7", "6"); ``None`` otherwise."""
    found = BARE_HOUR.fullmatch(_time_words(text))
    return int(found[1]) if found and not found[2] and 1 <= int(found[1]) <= 12 else None


def _time_words(text: str) -> str:
    """``text`` folded, without the words around a time that change nothing (:func:`without_time_words`)."""
    return " ".join(without_time_words(clean_markup(text).lower()).split()).strip(" .!")


def parse_time(value: Any) -> time:
    """A time cell → ``time``: ``6pm``, ``6:30 PM``, ``5:30p``, ``9a``, ``18:00``, ``1730`` (four
    digits on the quarter hour: a 24-hour clock; ``2027`` is a year, not 20:27), a spreadsheet
    time. Raises :class:`CellError` when it cannot be read (an hour of 0 or past 12 with am/pm too)."""
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1:
        seconds = round(float(value) * 86400)
        return time(seconds // 3600 % 24, seconds // 60 % 60)
    text = _normalise_time_text(cell_text(value))
    if not text:
        raise CellError("the time is blank", "type a time such as 6pm or 18:00")
    if military := _MILITARY.fullmatch(text):
        return time(int(military[1]), int(military[2]))
    if re.fullmatch(r"\d{1,2}", text):          # "6" alone: ambiguous
        hour = int(text) % 12 or 12
        raise CellError(f"{cell_text(value)!r} has no am/pm",
                        f"type {hour}am or {hour}pm so the hour is unambiguous (or an End Time after it)")
    clock = re.fullmatch(r"(\d{1,2})(:\d{2}){0,2}( ?[ap]m)?", text)
    if not clock or (clock[3] and not 1 <= int(clock[1]) <= 12):       # "13pm", "0p": which?
        raise CellError(f"could not read {cell_text(value)!r} as a time",
                        "type a time such as 6pm, 6:30 PM or 18:00")
    plain = _PLAIN_CLOCK.fullmatch(text)       # 18:00: what dateutil reads, without it
    if plain and int(plain[1]) < 24 and int(plain[2]) < 60:
        return time(int(plain[1]), int(plain[2]))
    try:
        return du_parser.parse(text, default=datetime(2000, 1, 1)).time()
    except (ValueError, OverflowError):
        raise CellError(f"could not read {cell_text(value)!r} as a time",
                        "type a time such as 6pm, 6:30 PM or 18:00") from None


_RANGE_SPLIT = re.compile(r"\s*(?:-|–|—|\bto\b|\buntil\b)\s*")
#: an hour of a clock typed with no am/pm ("10", "11:30"); group 1 the hour, 2 the minutes
BARE_HOUR = re.compile(r"\s*(\d{1,2})(?::([0-5]\d))?\s*")


def _range_parts(value: str) -> list[str]:
    """A time cell's text normalised and split at its range dash ("4:30 - 7 PM" → two parts)."""
    return [p.strip() for p in _RANGE_SPLIT.split(_normalise_time_text(value).replace("&", " ")) if p.strip()]


def _rising_bare_hours(first: str, second: str) -> tuple[int, int] | None:
    """The hours of two bare clocks (no am/pm), the second larger and both 1–12 ("7", "9:30"),
    else ``None``."""
    a, b = BARE_HOUR.fullmatch(first), BARE_HOUR.fullmatch(second)
    return (int(a[1]), int(b[1])) if a and b and 1 <= int(a[1]) < int(b[1]) <= 12 else None


def guessed_range(value: Any) -> bool:
    """``value`` is two bare hours, the second larger ("7-9", "1-4"), whose half of the day
    :func:`parse_time_range` chose: the Validation tab says which."""
    if not isinstance(value, str):
        return False
    parts = _range_parts(value)
    return len(parts) == 2 and _rising_bare_hours(*parts) is not None


def parse_time_range(value: Any) -> tuple[time, time | None]:
    """One cell → ``(start, end or None)``; ``"4:30 - 7 PM"`` → ``(16:30, 19:00)``.

    A meridiem written only on the end applies to the start when the start would
    otherwise come after the end. Two hours with no meridiem, the second smaller ("10-2",
    "11:30-1") or the first 12 ("12-1"), run across noon: 10 am to 2 pm, 12 pm to 1 pm (v35
    T20, T22: the row was dropped); the second larger run in the afternoon from 1–6 ("1-4",
    "5:30-8") and in the morning from 7–11 ("9-12" to noon, "10-11"), as a lone start is read.
    Raises :class:`CellError`.
    """
    if not isinstance(value, str):
        return parse_time(value), None
    parts = _range_parts(value)
    if len(parts) == 1:
        return parse_time(parts[0]), None
    if len(parts) != 2:
        raise CellError(f"could not read {value!r} as a time range",
                        "type the start in Start Time and the end in End Time, e.g. 6pm and 8pm")
    first, second = parts
    bare_first, bare_second = BARE_HOUR.fullmatch(first), BARE_HOUR.fullmatch(second)
    if bare_first and bare_second and 1 <= (h1 := int(bare_first[1])) <= 12 and 1 <= (h2 := int(bare_second[1])) <= 12 \
            and (h2 < h1 or h1 == 12):        # "10-2", "11:30-1", "12-1": across noon, the one plain reading
        return parse_time(f"{first} {'pm' if h1 == 12 else 'am'}"), parse_time(f"{second} pm")
    if (rising := _rising_bare_hours(first, second)) is not None:
        h1, h2 = rising
        # "1-4", "5:30-8": the afternoon, as a lone early start is; "9-12", "9:00 - 12", "10-11": the
        # morning, as a lone "9:00" is, to noon at most (a fresh city's check: each row was dropped)
        half = "pm" if h1 <= 6 else "am"
        return parse_time(f"{first} {half}"), parse_time(f"{second} {'pm' if h2 == 12 else half}")
    start_meridiem = first[-2:] if re.search(r"[ap]m$", first) else ""
    if start_meridiem and re.fullmatch(r"\d{1,2}(:\d{2})?", second):   # "6:30pm-8"
        for meridiem in (start_meridiem, "pm" if start_meridiem == "am" else "am"):
            if parse_time(f"{second} {meridiem}") > parse_time(first):   # "11am-1" is 1 pm
                second = f"{second} {meridiem}"
                break
    end = parse_time(second)
    bare = re.fullmatch(r"(\d{1,2})(:\d{2})?", first)
    end_meridiem = second[-2:] if re.search(r"[ap]m$", second) else ""
    if bare and end_meridiem and 1 <= int(bare.group(1)) <= 12:
        start = parse_time(f"{first} {end_meridiem}")
        if start > end:  # "11 - 2 pm" is 11 am to 2 pm
            start = parse_time(f"{first} {'am' if end_meridiem == 'pm' else 'pm'}")
    else:
        start = parse_time(first)
    return start, end


#: the hours at the end of a cell that holds a date too, as a calendar copies an event: a
#: clock (with am/pm or minutes), a dash or "to", a clock — or two 24-hour clocks ("1700-2000"),
#: or one ("1700"); after a space, a comma, "at" or "from"
_CLOCK = r"(?:\d{1,2}(?::[0-5]\d)?\s*(?:[ap]\.?\s*m\.?)?)"
_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
_PASTED_HOURS = re.compile(r"(?:[\s,]+|\s+(?:at|from)\s+|\s*[@\u00b7\u2022\u22c5]\s*)(?P<hours>"
                           + _CLOCK + r"\s*(?:[-\u2010-\u2015]|\bto\b|\buntil\b)\s*" + _CLOCK + "|"
                           + _HHMM + r"\s*[-\u2010-\u2015]\s*" + _HHMM + "|" + _HHMM
                           + r")\s*(?:hrs?\.?)?\.?\s*$", re.I)
#: what joins a start's date and time to an end's date and time: "8/3/2027 5:00 PM - 8/3/2027 8:00 PM"
_DATED_JOIN = re.compile(r"\s+(?:[-\u2010-\u2015]|to|until|through|thru)\s+", re.I)
#: a whole date, with its year, at the start of a cell: "Tue 8/5/2025", "2025-08-05", "Aug 5,
#: 2025", "Tuesday, August 5, 2025"
_DATE_HEAD = re.compile(r"\s*(?:[A-Za-z]{3,9}\.?,?\s+)?(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])|"
                        r"\d{4}-\d{1,2}-\d{1,2}(?![\d-])|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?!\d))")
#: what may stand between a date and its time ("…, 5pm", "… at 5pm", "… @ 5pm", "… from 5 to 8",
#: Google Calendar's copy "Tuesday, August 4⋅6:00 – 8:00pm", a middle dot or a bullet)
_TAIL_LEAD = re.compile(r"^\s*(?:,|@|\bat\b|\bfrom\b|[\u00b7\u2022\u22c5])?\s*", re.I)
_TAIL_START = re.compile(r"(?:\d|noon\b|midnight\b|midday\b)", re.I)
#: ... or "all day" after it, as calendars copy an all-day event ("Tue 6/8/2027 All day", "… (all-day)")
_ALL_DAY_TAIL = re.compile(r"\s*[,\u00b7\u2022\u22c5-]?\s*\(?\s*all[- ]day\s*\)?\s*", re.I)
#: … and no second date after it ("- 9/7/2026", "- Aug 7, 2026": a range of days, read as one)
_MONTH_WORD = rf"\b{MONTH_NAME}\b"
_TAIL_DATE = re.compile(r"\d{1,2}/\d{1,2}|\d{4}-\d{1,2}|" + _MONTH_WORD, re.I)
#: a time the date parser reads right on its own: "6:00 PM", "18:30" (from 7:00 on), nothing after it
_PLAIN_TAIL = re.compile(r"\d{1,2}:[0-5]\d(?::[0-5]\d)?\s*[ap]\.?\s*m\.?|(?:0[7-9]|1\d|2[0-3]):[0-5]\d(?::[0-5]\d)?",
                         re.I)        # (seconds too: "05/05/2022 09:00:00 AM", an export's date and time)
#: what a date holds: a day and month in digits, or a month's name (a time cell such as "6 PM EST
#: - 8 PM EST" is never handed to the date parser, which warns of the zone)
_DATE_HINT = re.compile(r"\d{1,4}[/.-]\d{1,2}|" + _MONTH_WORD, re.I)


@lru_cache(maxsize=1 << 12)     # issue 17: asked of every Start Date and Start Time typed as text; they repeat
def date_and_hours(text: str) -> tuple[str, str, str | None] | None:
    """A date and its hours typed in one cell, as Outlook, Excel and other calendars copy an
    event: ``(the start date, the hours, the end date or None)`` as texts, or ``None`` when
    ``text`` is no such cell. Four forms:

    - a date, then a range of hours with an end (``"Tue 8/5/2025 5:00 PM - 8:00 PM"``,
      ``"Tuesday, August 5, 2025 5:00 PM-8:00 PM"``, ``"Aug 5, 2025, 5-8pm"``, ``"8/3/2027
      1700-2000"``), one of them written with am/pm or minutes, or both as 24-hour clocks ("Oct
      10 - 12" is no date and hours);
    - a date and a 24-hour clock with no colon (``"8/3/2027 1700"``: read alone, the clock would be
      lost);
    - a whole date with its year, then anything else a Start Time may hold (``"12/30/2027 10-2"``,
      ``"12/29/2027 6:30"``, ``"12/1/2027 5:00 PM EST"``, ``"8/31/2027 noon - 2pm"``, ``"9/16/2027
      @ 5pm"``), to be read as Start Time is (its am/pm rules, its zones, its errors); not a
      time the date parser reads right on its own (``"8/5/2025 6:00 PM"``, ``"8/5/2025 18:30"``);
    - a date and time on each side (``"8/3/2027 5:00 PM - 8/3/2027 8:00 PM"``, ``"Tue 8/3/2027
      10:00 PM - Wed 8/4/2027 2:00 AM"``): the end date is returned when it is another day;
      midnight to a later midnight is all day, no hours (``""``), to the day before the end's.

    The date must read with no clock of its own (:func:`parse_date`) and the hours as hours
    (:func:`parse_time_range`); a time zone written out after them (:func:`~.zones.zone_suffix`:
    "Tuesday, June 8⋅6:00 – 8:00pm (Mountain Time - Denver)") stays with the hours. Pure."""
    if not _DATE_HINT.search(text):
        return None
    if (at := zone_suffix(text)) is not None and (read := date_and_hours(text[:at].rstrip())) is not None \
            and read[1]:
        return read[0], f"{read[1]} {text[at:].strip()}", read[2]
    found = _PASTED_HOURS.search(text)
    if found is not None and (re.search(r"[:ap]", found["hours"], re.I) or re.fullmatch(
            _HHMM + r"(?:\s*[-\u2010-\u2015]\s*" + _HHMM + ")?", found["hours"].strip())):
        head = text[:found.start()].strip()
        try:
            try:
                _, clock = parse_date(head)
            except NoYearError:         # (read as a yearless date is: Google's copy of an event
                clock = None            # this year has none, "Tuesday, August 4⋅6:00 – 8:00pm")
            _, end = parse_time_range(found["hours"].strip())
        except CellError:
            clock = end = True          # (no date and hours: the dated form below, or none)
        single = re.fullmatch(_HHMM, found["hours"].strip())
        if clock is None and (end is not None or single):
            return head, found["hours"].strip(), None
    if (head := _DATE_HEAD.match(text)) is not None and _ALL_DAY_TAIL.fullmatch(text, head.end()):
        return head.group(0).strip(), "", None      # ("Tue 6/8/2027 All day": a README-only check)
    if (head := _DATE_HEAD.match(text)) is not None and (tail := _TAIL_LEAD.sub("", text[head.end():])) and \
            _TAIL_START.match(tail) and not _TAIL_DATE.search(tail) and not _PLAIN_TAIL.fullmatch(tail):
        # a whole date, then anything a Start Time may hold ("10-2", "6:30", "5:00 PM EST", "noon
        # - 2pm", "1710"): read as Start Time is, not dropped nor read by the date parser (a
        # README-only check: "12/30/2027 10-2" was published all day, "12/29/2027 6:30" at 6:30 am)
        return head.group(0).strip(), tail.strip(), None
    sides = _DATED_JOIN.split(text.strip())
    if len(sides) == 2 and all(_DATE_HINT.search(side) for side in sides):
        try:
            (first, begins), (last, ends) = parse_date(sides[0]), parse_date(sides[1])
        except CellError:
            return None
        if begins is not None and ends is not None and 0 <= (last - first).days <= 1 + 30:
            if begins == ends == time(0) and last > first:     # Outlook's all-day copy: midnight to midnight
                last -= timedelta(days=1)
                return f"{first:%m/%d/%Y}", "", (f"{last:%m/%d/%Y}" if last != first else None)
            hours = f"{begins:%H:%M} - {ends:%H:%M}"
            return f"{first:%m/%d/%Y}", hours, (f"{last:%m/%d/%Y}" if last != first else None)
    return None


# -- departments ----------------------------------------------------------------------------

#: what separates the parts of a department list: not a "&" or "/" between single letters ("P&R")
_LIST_SPLIT = re.compile(r"\s*(?:[,;+]|(?<!\b\w)(?<!\b\w )[/&]|[/&](?!\s?\w\b)|\band\b|\bwith\b|\by\b)\s*", re.I)
_NOISE = re.compile(r"(dept|department|the|depts|confirmed|yes|y|si|s\u00ed|confirmado|confirmada|not|"
                    r"[✓✔☑✅])\.?", re.I)
#: Words left around a unit ("SRO unit", "Rescue 22 crew") once a department was found.
_FILLER = re.compile(r"(?:(?:units?|teams?|staff|crews?|members|personnel|chief|captain|lieutenant|"
                     r"sergeant|deputies|from|our|of)\s*)+", re.I)


#: what a "TBD" note leaves open about a department that takes part: "Fire - TBD which engine",
#: "Police (TBD how many officers)" (v37 L15); such a note holds nothing back (:data:`_OPEN_DETAIL`)
_OPEN_WHAT = (r"\s+(?:which|what|who|how|when|exact|time|hours|units?|engines?|trucks?|crews?|officers?)\b")
_OPEN_DETAIL = re.compile(r"\s*(?:[-\u2013\u2014:]\s*|\(\s*)?(?:tbd|tbc|tba)" + _OPEN_WHAT + r"[^,;/()\[\]]*\)?",
                          re.I)
#: a note beside a department that it is not (yet) taking part: "Fire (declined)", "Fire - pending",
#: "Police (invited, not confirmed)", "Police?"; the note runs to its closing bracket, else to the
#: next list separator
_HEDGE_WORDS = (r"\?|[✗✘❌]|(?:declined|pending|invited|"
                r"tentative(?:ly)?|tent(?=\.?\s*(?:\)|$|[,;]))|(?:tbd|tbc|tba)(?!" + _OPEN_WHAT + r")|maybe|possibly|"
                r"requested|asked|unconfirmed|not confirmed|"
                # ("Fire (on hold)", "Fire (if available)", "Parks - probably": a README-only check
                # had each counted as taking part)
                r"on hold|if (?:(?:they(?:'|\u2019)re|they are|it is|it's)\s+)?(?:available|free|possible|needed)|"
                r"if (?:time|staffing) (?:permits|allows)|"
                r"probably|(?:un)?likely|hopefully|not sure|unsure|to be determined|"
                r"to be confirmed|waiting|awaiting(?: (?:reply|response|confirmation|word))?|no reply|"
                r"not attending|not coming|not available|unavailable|unable to (?:attend|make it|come)|unable|not able|"
                r"can(?:'|\u2019)?t (?:make it|attend|come)|cannot (?:make it|attend|come)|no[- ]show|"
                r"backed out|pulled out|dropped out|withdrew|withdrawn|cancell?ed|canceled|"
                r"pendiente|por confirmar|sin confirmar|no confirmad[oa]|invitad[oa]|cancelad[oa]|"
                # (v41 N2-N9: "Police - not needed", "Police: N/A", "Fire - next year", "Fire (left
                # voicemail)", "(was confirmed, then reassigned to parade)")
                r"not needed|no longer\b[^,;()\[\]]*|n/?a(?=\s*(?:[)\],;]|$))|next year|reassigned|"
                r"left (?:a )?(?:voice ?mail|message)|no answer|n(?=\s*(?:[)\],;]|$))|"
                r"no(?=\s*(?:[)\],;]|$)))\b")
_HEDGE = re.compile(r"\s*(?:[-\u2013\u2014:]\s*)?(?P<open>[(\[])?\s*(?P<word>" + _HEDGE_WORDS + ")", re.I)
#: ... or after a comma, ending its item ("Fire, if free", "Fire, maybe"; not "Police, maybe Fire",
#: whose note is Fire's: a README-only check)
_HEDGE_COMMA = re.compile(r"\s*,\s*(?P<open>[(\[])?\s*(?P<word>" + _HEDGE_WORDS
                          + r")(?=(?-i:[^,;/A-Z0-9]*)(?:[,;/]|$))", re.I)
#: ... the note's word after other words in its brackets ("Fire (they backed out)"), or after a
#: bracketed remark ("Fire (Station 4 crew) - canceled due to call": v37 L26, M15)
_HEDGE_LATER = (re.compile(r"\s*(?:[-\u2013\u2014:]\s*)?(?P<open>[(\[])[^()\[\]]{0,40}?\b(?P<word>" + _HEDGE_WORDS + ")",
                           re.I),
                re.compile(r"\s*\([^()]{0,40}\)\s*[-\u2013\u2014:,]\s*(?P<open>)(?P<word>" + _HEDGE_WORDS + ")", re.I))


_HEDGE_ANY = re.compile(r"(?<!\w)(?:" + _HEDGE_WORDS + ")", re.I)


def holds_back(note: str) -> bool:
    """``note`` (a remark beside a department list: "(tentative)", "- TBD", "(not confirmed
    yet)") says the departments are not (yet) taking part (:data:`_HEDGE`'s words)."""
    return _HEDGE_ANY.search(note) is not None


def _hedge_at(text: str, end: int) -> re.Match | None:
    """The :data:`_HEDGE` note right after a department named at ``end``, else ``None``."""
    for pattern in (_HEDGE, *_HEDGE_LATER, _HEDGE_COMMA):
        if note := pattern.match(text, end):
            return note
    return None
#: the same note opening the cell: "Invited: Fire, Police", "Maybe Fire" (to the first ";":
#: "Invited: Fire; confirmed: Police" holds Fire only)
_LEADING_HEDGES = r"maybe|possibly|tentatively|invited|pending|requested|asked"
_HEDGE_FIRST = re.compile(r"^\s*(?P<word>" + _LEADING_HEDGES + r"|tentative|tbd)\b\s*:?", re.I)


#: ... or before a department in the list ("Police, maybe Fire", "Fire; invited: Parks")
_HEDGE_BEFORE = re.compile(r"(?:^|[,;/]\s*)(?P<word>" + _LEADING_HEDGES + r")\s*:?\s*$", re.I)


#: a word saying the department named next is not taking part ("not Police", "Police, not Fire")
_NOT_BEFORE = re.compile(r"(?:^|[,;/(]\s*|\s)(?:not|no|never)\s+(?:the\s+)?$", re.I)
_LIST_MARK = re.compile(r"[,;/&+]")


def _note_end(text: str, note: re.Match) -> int:
    """Where a :data:`_HEDGE` note ends: after its closing bracket, else at the next list
    separator or the end of the cell."""
    if note.group("open"):
        close = text.find(")" if note.group("open") == "(" else "]", note.end())
        if close >= 0:
            return close + 1
    found = _LIST_MARK.search(text, note.end())
    return found.start() if found else len(text)


#: what joins departments into one part of a list a note then covers whole ("Fire/Police (pending)")
_SLASH = re.compile(r"\s*/\s*|\s+")      # (or typed with no separator: "DPD DFD (tent.)", a helper's check)


def _slashed_before(text: str, spans: Sequence[tuple], k: int) -> list[str]:
    """The departments joined by ``/`` (or nothing but spaces) to ``spans[k]`` before it:
    "Fire/Police (pending)" and "DPD DFD (tent.)" hold both (a comma or "and" separates parts:
    "Fire, Police (pending)" holds Police only)."""
    found = []
    while k > 0 and _SLASH.fullmatch(text, spans[k - 1][1], spans[k][0]):
        k -= 1
        found.append(spans[k][2])
    return found


def parse_departments(value: Any, lookup: Mapping[str, str],
                      units: Mapping[str, Sequence[re.Pattern[str]]] | None = None
                      ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(known, unknown)`` of :func:`parse_partners`, a department with a note saying it is
    not taking part left out of both."""
    names, unknown, _ = parse_partners(value, lookup, units)
    return names, unknown


#: a Google Form's "Other:" answer label in a checkbox list ("Fire, Other: County Sheriff",
#: "Other: maybe Fire": a README-only check read "other" as an unknown department)
_FORM_OTHER = re.compile(r"(?<!\w)other:\s*", re.I)


def parse_partners(value: Any, lookup: Mapping[str, str],
                   units: Mapping[str, Sequence[re.Pattern[str]]] | None = None
                   ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Department list → ``(known department names, unknown fragments, held)``; ``held``:
    ``(department, note)`` for each department named with a note that it is not (yet) taking
    part (:data:`_HEDGE`: "Fire (declined)", "Police?", "Invited: Fire") — not among the known.

    Finds every configured name or alias (whole words, any case) and every unit pattern
    (``units``: department name → compiled patterns, ``Config.department_units()``, so
    "Rescue 22" → Fire, "Beat 312 officers" → Police); where they overlap the longest wins.
    What is left is split on ``,`` ``;`` ``/`` ``&`` ``+`` and the words ``and``/``with``;
    fragments that name nothing are returned lower-cased as unknown (words such as "unit",
    "team" or "staff" left beside a department found in the same cell are not).
    ``lookup`` maps lower-cased names/aliases to department names (``Config.department_lookup()``).
    """
    from .units import find_spans
    text = _FORM_OTHER.sub("", clean_markup(cell_text(value)))
    if not text:
        return (), (), ()
    spans = find_spans(text, lookup, units)
    names: list[str] = []
    held: list[tuple[str, str]] = []
    remaining = text.lower()
    first = _HEDGE_FIRST.match(text)
    if first:
        remaining = " " * first.end() + remaining[first.end():]
    first_end = (text.find(";") if ";" in text else len(text)) if first else -1
    for k, (start, end, name, how) in enumerate(spans):
        # "Police, not Fire" (a helper's check; not a unit in a note: "Fire (not Station 4, Station 2)")
        if how != "unit" and (no := _NOT_BEFORE.search(text, 0, start)) is not None:
            if (name, "not") not in held:
                held.append((name, "not"))
            remaining = remaining[:no.start()] + "," + " " * (end - no.start() - 1) + remaining[end:]
            continue
        note = _hedge_at(text, end)
        ahead = _HEDGE_BEFORE.search(text, 0, start) if not note and start >= first_end else None
        if start < first_end or note or ahead:
            if note:
                stop = _note_end(text, note)
                remaining = remaining[:end] + " " * (stop - end) + remaining[stop:]
            if ahead:
                a, b = ahead.span("word")
                remaining = remaining[:a] + " " * (b - a) + remaining[b:]
            word = (note or ahead or first).group("word").lower()    # (first: this span is inside its part)
            joined = _slashed_before(text, spans, k)
            names = [n for n in names if n not in joined]
            for held_name in (*joined, name):
                if held_name not in names and (held_name, word) not in held:
                    held.append((held_name, word))
        elif name not in names:
            names.append(name)
        if detail := _OPEN_DETAIL.match(text, end):    # "Fire - TBD which engine": Fire, nothing unread
            remaining = remaining[:end] + " " * (detail.end() - end) + remaining[detail.end():]
        remaining = remaining[:start] + "," + " " * (end - start - 1) + remaining[end:]
    names = [n for n in names if n not in {h for h, _ in held}] if held else names
    unknown = tuple(p for p in (s.strip(" .-:()[]\u2013\u2014") for s in _LIST_SPLIT.split(remaining))
                    if p and not _NOISE.fullmatch(p) and not ((names or held) and _FILLER.fullmatch(p)))
    return tuple(names), unknown, tuple(held)


def parse_int(value: Any) -> int:
    """``"1,200"``/``1200.0``/``"about 150"`` → int; raises :class:`CellError`."""
    if isinstance(value, bool):
        raise CellError(f"{value} is not a number", "type a whole number such as 150")
    if isinstance(value, (int, float)):
        if value < 0:
            raise CellError(f"{cell_text(value)} is negative", "type a number of people, 0 or more")
        return int(round(value))
    text = cell_text(value).replace(",", "")
    match = re.fullmatch(r"(?:about|approx\.?|~|ca\.?)?\s*(\d+)\s*\+?", text, re.I)
    if not match:
        raise CellError(f"could not read {cell_text(value)!r} as a number",
                        "type a whole number such as 150")
    return int(match.group(1))


#: the words before "date" by which a title names a rain date ("Rain Date", "raindate", "backup
#: date"): one list for the matcher's note (:func:`sheets_sync.matching.without_date_note`) and the
#: counting rule (:func:`reports.measures.rain_date`)
RAIN_DATE_WORDS = r"(?:rain|backup|back-up|alternate)[\s-]*"

#: the words by which a text says its row is no part of another event ("Separate HEART table,
#: not part of Coffee with a Cop"; not "Not separate from the block party"): one pattern for the
#: matcher (:data:`sheets_sync.matching._DISOWN`, the event named after it kept apart) and for
#: partners named in text (:func:`sheets_sync.mentions.text_mentions`: a department named after
#: it takes no part)
DISOWNING = (r"(?:\bnot (?:a |an )?part of|(?<!\bnot )(?<!n't )(?<!\bnot entirely )"
             r"\b(?:separate (?:from|of)|independent (?:from|of)|unrelated to)|"
             r"\bnot (?:connected|related|linked|affiliated) (?:to|with))")

#: a status word staff type into a title to mark it ("CANCELLED:", "- Canceled", "(Postponed)")
_STATUS_WORD = re.compile(r"\b(?:cancell?ed|cancelad[oa]|postponed|pospuest[oa]|aplazad[oa]|"
                          r"rain(?:ed)?[\s-]*out|washed[\s-]+out|called[\s-]+off)\b", re.I)
#: what undoes a status word right before it: "UN-CANCELLED", "no longer cancelled", "not cancelled"
_UNDONE_BEFORE = re.compile(r"(?:\bun-?|\bno\s+longer\s+|\bnot\s+)$", re.I)
#: the words of :data:`_STATUS_WORD`'s phrases, each alone ("rained", "out")
_STATUS_PHRASE_WORDS = frozenset("rain rained out washed called off".split())


def status_word(word: str) -> bool:
    """``word`` (folded, one word) is a status word of a title marker or a word of one of its
    phrases (:data:`_STATUS_WORD`: "cancelled", "postponed", "rained", "out")."""
    return word in _STATUS_PHRASE_WORDS or _STATUS_WORD.fullmatch(word) is not None


#: the phrases among them, which mark a title only set off at its end, enclosed or in capitals
#: ("Movie in the Park - RAINED OUT", "(rained out)"), never as a first word: "Rained Out? Flood Prep"
_STATUS_PHRASE = re.compile(r"^(?:rain|washed|called)", re.I)
#: a reason given after a status word ("Concert - Called Off Due to Heat", "- Cancelled for lack
#: of registrations"): with a separator before the word, it marks the title (:func:`title_status`)
_REASON = re.compile(r"\s*\((?![^()]*(?:\d|postpon|resched|moved|new\s+date|tb[ad]))[^()]{1,40}\)|"   # "(weather)"
                     r"\s*(?:due\s+to|because|owing\s+to|on\s+account\s+of|b/c|per\s+(?:the\s+)?\w+|"
                     r"(?:for\s+)?(?:lack|low|insufficient)\s+\w+|until\s+further\s+notice|"
                     r"for\s+(?:the\s+)?(?:weather|rain|storms?|heat|snow|ice|cold|lightning|air\s+quality|"
                     r"smoke|flooding))\b[^-\u2013\u2014:|/,!?*()\[\]{}]*", re.I)
#: a new date given after a status word ("RAINED OUT, moved to 8/20", "CANCELLED- Rescheduled for
#: 9/2", "Postponed - new date TBA"): the event is postponed, not called off
#: the words naming the date an event moved to ("moved to", "rescheduled for", "pushed back to"): one
#: fragment for the title marker, the move's destination (:mod:`sheets_sync.moved`) and the check for
#: a second date in a title (:func:`sheets_sync.validate.other_dates`)
MOVED_TO_WORDS = (r"(?:moved|moving|rescheduled|re-scheduled|postponed|pushed(?:\s+back)?|pushing(?:\s+back)?)\s+"
                  r"(?:(?:it|this(?:\s+one)?|the\s+event)\s+)?(?:to|for|until|till)")   # ("moving it to 9/5")
#: the words before the date a row called off on its own date names as its event's new one
#: ("new date 8/20", "POSTPONED - now Aug 20", "Rain date Thursday 8/20" on a Cancelled row):
#: on a row going ahead they are a plan ("Rain date 6/12"), so they are read only there
CALLED_OFF_TO_WORDS = (r"(?:" + MOVED_TO_WORDS + r"|new\s+date(?:\s+is)?:?|now(?:\s+on)?|"
                       r"(?:rain|make-?up|backup|back-up|alternate)[\s-]*date(?:\s+is)?:?)")
#: a date written with dashes in a move note ("moved to 8-20", "8-20-26"): only a day past 12 or
#: with its year, and not hours ("moved to 7-9", "6-13:30", "8-13 pm"); one form for the note's
#: date (:mod:`sheets_sync.moved`) and the note left out of a title (:mod:`sheets_sync.matching`)
DASHED_DATE = r"\d{1,2}-(?:\d{1,2}-\d{2,4}|1[3-9]|2\d|3[01])(?![\d:]|\s*[ap]\.?m\b)"
_MOVED_ON = re.compile(r"\b(?:" + MOVED_TO_WORDS + r"|"
                       r"(?:will|to)\s+be\s+rescheduled|rescheduling|(?<!\bno\s)new\s+date)\b", re.I)
_OPEN, _CLOSE = "([{*", ")]}*"
#: what sets a marker off from the rest of a title: a dash, colon, bar, slash, comma or bracket
_SEPARATORS = "-–—:|/,!.*()[]{}"


def title_status(title: str) -> tuple[str, str]:
    """The status word a title carries as a marker, and the title without it:
    ``"Paws in the Park - CANCELLED"`` → ``("Paws in the Park", "Cancelled")``; ``("…", "")``
    when it carries none. Real titles mark a cancellation or postponement so (Bloomington's
    "CANCELLED: …", "[CANCELLED] …", "Jazzercise CANCELLED", "Spring Fling - CANCELLED",
    Pittsburgh's "… **CANCELLED**"; "Movie in the Park - RAINED OUT", "called off" and "washed
    out" are cancellations too, marked only at the end, enclosed or in capitals). The word is a marker when it is
    - enclosed in brackets or asterisks anywhere (``(Postponed)``, ``**CANCELLED**``);
    - the title's first word, capitalised (``Cancelled Sunday Concert in Bryan Park``), or at
      its start or end and set off from the rest by a separator (``Cancelled - BMG Hack``,
      ``BMG Hack - Cancelled``, ``CANCELED: Public Meeting``);
    - in capitals in a title that is not all capitals (``CANCELLED Shakespeare in the Park``);
    - at the start or end of a title in capitals (``MORNINGSIDE NNO CANCELLED``);
    - set off before and followed by a reason (:data:`_REASON`: ``Concert - Called Off Due to
      Heat``), which is taken out of the title with the word (a word inside a title-case name is
      not: ``Why Games Get Called Off Due to Lightning``; nor one asked about: ``Rained Out
      Because of Storms? …``; nor a phrase first: ``Called Off Due to Heat: Planning …``);
    - set off on both sides (``- Rained Out, moved to 8/20``, ``- Cancelled, will be
      rescheduled``, ``(Cancelled - Rescheduling TBD)``).
    A new date after the word (:data:`_MOVED_ON`: ``RAINED OUT, moved to 8/20``) makes it
    Postponed: the event did not end, it moved.
    A word inside or at the end of a name is not: ``Christmas Cancelled`` (a film), ``The
    Postponed Wedding``, ``When your flight is cancelled``, ``Cancellation policy talk``."""
    if not _STATUS_WORD.search(title):
        return title, ""
    for m in _STATUS_WORD.finditer(title):
        before, word, after = title[:m.start()], m.group(), title[m.end():]
        if _UNDONE_BEFORE.search(before):
            continue                 # "UN-CANCELLED: Pet Expo", "No longer cancelled": back on (:func:`back_on`)
        left, right = before.rstrip(), after.lstrip()
        reason = _REASON.match(after)
        if right.startswith("?") or (reason and after[reason.end():].lstrip().startswith("?")):
            continue                 # "Parade - CALLED OFF?": a question, not yet a status
        enclosed = bool(left) and bool(right) and left[-1] in _OPEN and right[0] in _CLOSE
        at_start, at_end = not left.strip(_SEPARATORS + " "), not right.strip(_SEPARATORS + " ")
        phrase = bool(_STATUS_PHRASE.match(word))
        after_sep = bool(left) and left[-1] in _SEPARATORS
        set_off = (at_start and not phrase and (not right or right[0] in _SEPARATORS or word[0].isupper())) or \
                  (at_end and (not left or left[-1] in _SEPARATORS)) or \
                  (after_sep and (bool(reason) or right[:1] in tuple(_SEPARATORS)))   # "- Rained Out, moved to 8/20"
        rest = before + after
        capitals = word.isupper() and any(c.islower() for c in rest)
        shouted = word.isupper() and not any(c.islower() for c in rest) and (at_start or at_end)
        if enclosed or set_off or capitals or shouted:
            if reason and not enclosed and (after[reason.end():].strip(_SEPARATORS + " ") or before.strip()):
                after = after[reason.end():]         # "- Called Off Due to Heat": the reason goes too
                right = after.lstrip()               # (not the whole title: "CANCELLED due to rain Sunday Concert")
            if enclosed:
                before, after = left[:-1], right[1:]
            elif left and left[-1] in _SEPARATORS:     # "Parks- CANCELLED- Rescheduled": one dash left
                after = after.lstrip(_SEPARATORS + " ")
            cleaned = re.sub(r"\s{2,}", " ", f"{before.rstrip()} {after.lstrip()}").strip(" -–—:|/,!*()[]{}")
            if "(" in cleaned:           # "Pool Party (Cancelled - Rescheduling TBD)": keep its brackets whole
                cleaned = re.sub(r"\(\s+", "(", cleaned) + ")" * max(0, cleaned.count("(") - cleaned.count(")"))
            folded = word.lower()
            status = ("Postponed" if folded.startswith(("postpon", "pospuest", "aplazad")) or _MOVED_ON.search(after)
                      else "Cancelled")
            if not reason and _MOVED_ON.match(title, m.start()):   # "- POSTPONED to Aug 20": the new date, kept whole
                cleaned = title
            return (cleaned or title), status
    return title, ""


#: a title's marker that its event, called off before, goes ahead after all: "BACK ON - Canine
#: Field Day", "Canine Field Day (reinstated)", "UN-CANCELLED: Pet Expo" (stop 53's helpers: a
#: form's later response saying so left the event cancelled)
_BACK_ON = r"(?:(?:it(?:'|\u2019)?s\s+|we(?:'|\u2019)?re\s+)?back\s+on(?:\s+schedule)?|on\s+again|reinstated|" \
           r"un-?cancell?ed|no\s+longer\s+cancell?ed|not\s+cancell?ed(?:\s+after\s+all)?)"
_BACK_ON_MARKER = re.compile(r"^\W*(?:[\[(*]\s*" + _BACK_ON + r"\s*[\])*]\s*[-\u2013\u2014:|!]*|"
                             + _BACK_ON + r"\s*[-\u2013\u2014:|!]+)\s*(?=\w)|"
                             r"\s*(?:[-\u2013\u2014:|,]+\s*|[\[(]\s*)" + _BACK_ON + r"\s*[\])]?\W*$", re.I)
#: ... or a note saying so: "Heat advisory lifted, we're back on!", "The event is on again",
#: "no longer cancelled" (not "back on track", "back on the trail")
_BACK_ON_NOTE = re.compile(r"\b(?:(?:we(?:'|\u2019)?re|we\s+are|it(?:'|\u2019)?s|it\s+is|event\s+is|(?<!not\s)is)\s+"
                           r"(?:back\s+on|on\s+again)(?!\s+(?:track|the|our|a|an|my|your|its|their|board|"
                           r"duty|call|site|line|sale|hold)\b)|no\s+longer\s+cancell?ed|un-?cancell?ed|reinstated|"
                           # ("It's happening after all", "Never mind the cancellation, it's a go": a README-only check)
                           r"(?:happening|on|going\s+ahead)\s+after\s+all|"
                           r"(?:never\s*mind|disregard|ignore)\s+(?:the|my|our)\s+cancell?ation)\b|"
                           r"^\W*back\s+on(?:\s+schedule)?\b(?!\s+(?:track|the)\b)", re.I)


def back_on(title: str, notes: str = "") -> tuple[str, bool]:
    """``(title without the marker, True)`` when ``title`` carries a marker that its event goes
    ahead after being called off (:data:`_BACK_ON_MARKER`: "BACK ON - Canine Field Day"), or
    ``notes`` (a description, internal notes) say so (:data:`_BACK_ON_NOTE`: "we're back on!");
    ``(title, False)`` otherwise."""
    if _says_back_on(title):
        cleaned = _BACK_ON_MARKER.sub("", title, count=1).strip()
        if cleaned != title.strip() and cleaned:
            return cleaned, True
    return title, _says_back_on(notes) and _BACK_ON_NOTE.search(notes) is not None


def _says_back_on(text: str) -> bool:
    """``text`` holds a word every :data:`_BACK_ON` phrase has (issue 17: asked of every row,
    a substring test, where the patterns cost microseconds a row)."""
    folded = text.lower()
    return "back" in folded or "again" in folded or "reinstat" in folded or "cancel" in folded or "after all" in folded


#: what a mail client writes before an e-mail's or a meeting's subject — forwarded ("FW:",
#: "Fwd:"), replied ("RE:"), a changed or new invitation ("Updated:", "Updated invitation with
#: note:", "Invitation:"), an answer to one ("Accepted:", "Declined:"), a copied meeting ("Copy:"),
#: a mail system's tag ("[EXTERNAL]") — and, in a calendar export only, the owner's tentative
#: answer ("Tentative:", Outlook); never the event's name (two fresh helpers' Outlook and Apple
#: exports, v57, v58, and a README-only check). Outlook's "Canceled:" is a status marker
#: (:func:`title_status`); Google's "Canceled event:" is read as one.
_PREFIX_WORDS = (r"fwd?|re|updated(?:\s+invitation)?(?:\s+with\s+note)?|invitation(?:\s+from\s+google\s+calendar)?|"
                 r"accepted|declined|copy")
#: a mail system's tag on mail from outside ("[EXTERNAL]", "[EXT]", "*EXTERNAL*", "EXTERNAL:",
#: "[External Sender]")
_TAG = (r"(?:\[\s*ext(?:ernal)?(?:\s+(?:sender|email|e-mail|mail|message))?\s*\]|\*\s*ext(?:ernal)?\s*\*|"
        r"ext(?:ernal)?(?:\s+(?:sender|email))?\s*:)")
#: a tag, then the prefixes, each optional (what they match, when it is more than spaces, goes)
_MAIL_PREFIX, _CALENDAR_PREFIX = (re.compile(r"^\s*(?:" + _TAG + r"\s*)?(?:(?:" + words + r")\s*:\s*)*", re.I)
                                  for words in (_PREFIX_WORDS, _PREFIX_WORDS + "|tentative"))
#: Google Calendar's subject of a cancelled invitation ("Canceled event: Snowshoe Walk @ …")
_CANCELLED_EVENT = re.compile(r"^\s*cancell?ed\s+event(?:\s+with\s+note)?\s*:\s*", re.I)
#: the date, hours and calendar Google Calendar writes after an invitation's title ("@ Thu Mar
#: 25, 2027 6pm - 7pm (EST) (parks@…)", "@ Weekly from 6pm to 7pm on Saturday (EST) (…)")
_INVITED_WHEN = re.compile(rf"\s+@\s+(?:{WEEKDAY_NAME}\.?,?\s+\w+\.?\s+\d|"
                           r"(?:daily|weekly|monthly|yearly|annually|every)\b).*$", re.I)


def without_mail_prefix(title: str, calendar: bool = False) -> str:
    """``title`` without the subject prefixes a mail client adds (:data:`_MAIL_PREFIX`):
    ``"FW: Community Conversation"`` → ``"Community Conversation"``, ``"[EXTERNAL] RE: FW: Bike
    Rodeo"`` → ``"Bike Rodeo"``; with ``calendar`` (a calendar export's SUMMARY) also Outlook's
    ``"Tentative:"``; an invitation's subject also without the date, hours and calendar Google
    writes after the title (``"Invitation: HEART Open House @ Mon Apr 20, 2026 4pm - 6pm (CDT)
    (OCS Events)"`` → ``"HEART Open House"``, v53); Google's ``"Canceled event: Snowshoe Walk @
    …"`` → ``"Canceled: Snowshoe Walk"`` (a cancellation marker, :func:`title_status`). A title
    that is nothing but a prefix stays as typed."""
    if ":" not in title and "ext" not in title.lower():
        return title
    cancelled = _CANCELLED_EVENT.match(title)
    if cancelled:
        rest = _INVITED_WHEN.sub("", title[cancelled.end():])
        return f"Canceled: {rest}" if rest.strip() else title
    m = (_CALENDAR_PREFIX if calendar else _MAIL_PREFIX).match(title)
    if not m.group().strip():
        return title
    rest = title[m.end():]
    if "invitation" in m.group().lower():       # Google's "… @ Mon Apr 20, 2026 4pm - 6pm (CDT) (OCS Events)"
        rest = _INVITED_WHEN.sub("", rest)
    return rest if rest.strip() else title


def cancel_marker(title: str) -> tuple[str, bool]:
    """``"CANCELED: Public Meeting"`` → ``("Public Meeting", True)``: :func:`title_status` for a
    cancellation; other titles come back unchanged with ``False``."""
    cleaned, status = title_status(title)
    return (cleaned, True) if status == "Cancelled" else (title, False)
