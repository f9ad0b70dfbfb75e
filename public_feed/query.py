"""Pure selection logic for the calendar pages and ``/events.json``: filters, text search,
recurrence expansion, grouping by day, paging and the month grid.

Events here are the dicts :class:`public_feed.store.PublishedStore` returns (the published
``events.json`` shape, with ``start``/``end`` parsed to ``date`` or aware ``datetime``).
Timed values are turned into the city's timezone before any day is computed; all-day
``end`` values are exclusive (RFC 5545 §3.6.1). Nothing here touches Flask or files.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import Callable, Iterable, Mapping, Sequence
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from sheets_sync.model import slugify

#: Separators staff use inside one Audience/Language cell ("English, Spanish", "Adults / Teens").
_SPLIT = re.compile(r"\s*(?:[,;/|&+]|\band\b|\by\b)\s*", re.IGNORECASE)
#: Upper bound on occurrences expanded from one RRULE for one page (keeps a bad rule cheap).
MAX_OCCURRENCES = 400


@dataclass(frozen=True)
class Filters:
    """What a resident narrowed the calendar to. Values are URL slugs (``fire``,
    ``cpr-class``, ``spanish``) except ``q``, the free-text search. ``joint`` is ``True``
    for "joint events only" (two or more departments; DESIGN.md)."""
    department: str = ""
    type: str = ""
    joint: bool = False
    audience: str = ""
    language: str = ""
    q: str = ""

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> "Filters":
        """Read query-string arguments; unknown keys are ignored, values trimmed, slugs
        normalised (so ``?department=Fire`` works too), ``q`` capped at 200 characters."""
        def slug(key: str) -> str:
            return slugify(str(args.get(key, "") or ""))[:80]
        joint = str(args.get("joint", "")).strip().lower() in {"1", "true", "yes", "on"}
        q = " ".join(str(args.get("q", "") or "").split())[:200]
        return cls(slug("department"), slug("type"), joint, slug("audience"), slug("language"), q)

    def params(self) -> dict[str, str]:
        """The set filters as query parameters, in a fixed order (for links and feeds)."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value:
                out[f.name] = "1" if value is True else value
        return out

    @property
    def active(self) -> bool:
        return bool(self.params())


def facet_values(text: str | None) -> list[str]:
    """``"English, Spanish"`` → ``["English", "Spanish"]``: one cell's values for a filter."""
    return [v for v in (p.strip() for p in _SPLIT.split(text or "")) if v]


def fold(text: str) -> str:
    """Lower case without accents, for search (``"Policía"`` → ``"policia"``)."""
    if text.isascii():                      # nothing to decompose: casefold is lower()
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_SEARCHED = ("title", "title_es", "description", "description_es", "location", "address",
             "event_type", "audience", "language", "lead")


def search_text(e: Mapping) -> str:
    parts = [str(e.get(k) or "") for k in _SEARCHED] + list(e.get("departments") or [])
    return fold(" ".join(parts))


def matches(e: Mapping, f: Filters, slug_of: Callable[[str], str] = slugify,
            type_aliases: Mapping[str, str] = {}) -> bool:
    """Does one event pass every set filter? Text search: every word must appear in the
    title, description (either language), place, type, audience, language or departments.
    ``type_aliases`` (``feeds.json``'s) maps a typed type's slug to the type whose feed holds
    it (an ``event_type_aliases`` name, or ``other``), so a page lists what its feed holds."""
    typed = slugify(e.get("event_type") or "")
    if f.department and f.department not in {slug_of(d) for d in e.get("departments") or ()}:
        return False
    if f.type and type_aliases.get(typed, typed) != f.type:
        return False
    if f.joint and not e.get("joint"):
        return False
    if f.audience and f.audience not in {slugify(v) for v in facet_values(e.get("audience"))}:
        return False
    if f.language and f.language not in {slugify(v) for v in facet_values(e.get("language"))}:
        return False
    if f.q:
        text = search_text(e)
        if not all(word in text for word in fold(f.q).split()):
            return False
    return True


def options(events: Iterable[Mapping], key: str, split: bool = False,
            slug: Callable[[str], str] = slugify) -> list[tuple[str, str]]:
    """``[(slug, label)]`` of the distinct values of ``key`` (split cells for ``split``; a
    list value such as ``departments`` counts each item), sorted by label, first spelling wins.
    ``slug`` is :func:`sheets_sync.model.slugify` or a memo of it."""
    seen: dict[str, str] = {}
    for e in events:
        raw = e.get(key)
        if isinstance(raw, (list, tuple)):
            values = list(raw)
        else:
            values = facet_values(raw) if split else [raw or ""]
        for v in values:
            s = slug(v)
            if s and s not in seen:
                seen[s] = v
    return sorted(((s, v) for s, v in seen.items()), key=lambda p: fold(p[1]))


def to_local(events: Iterable[Mapping], tz: ZoneInfo) -> list[dict]:
    """Copies with timed ``start``/``end`` in ``tz`` (done once per published file, so later
    ``astimezone(tz)`` calls are free)."""
    def conv(v):
        return v.astimezone(tz) if isinstance(v, datetime) else v
    return [{**e, "start": conv(e["start"]), "end": conv(e["end"])} for e in events]


def local_day(value: date | datetime, tz: ZoneInfo) -> date:
    return value.astimezone(tz).date() if isinstance(value, datetime) else value


def last_day(e: Mapping, tz: ZoneInfo) -> date:
    """The last calendar day an event touches (all-day ``end`` is exclusive)."""
    end, start = e["end"], e["start"]
    if isinstance(end, datetime):
        day = end.astimezone(tz).date()
        if end.astimezone(tz).time() == datetime.min.time() and day > local_day(start, tz):
            day -= timedelta(days=1)            # ends at midnight: the day before
        return day
    return max(start, end - timedelta(days=1))


def occurrences(e: Mapping, tz: ZoneInfo, lo: date, hi: date) -> list[dict]:
    """The event itself, or for an ``rrule`` event each occurrence touching ``[lo, hi]``
    (at most :data:`MAX_OCCURRENCES`), each a copy with its own ``start``/``end`` and
    ``occurrence`` set. Local wall-clock times are kept across DST changes (RFC 5545 §3.3.10);
    dates in ``exdates`` (ISO strings, as published) are left out (RFC 5545 §3.8.5.1)."""
    if not e.get("rrule"):
        return [dict(e)]
    start, end = e["start"], e["end"]
    timed = isinstance(start, datetime)
    if timed:
        start, end = start.astimezone(tz), end.astimezone(tz)
        dtstart = start.replace(tzinfo=None)
    else:
        dtstart = datetime.combine(start, datetime.min.time())
    try:
        length = end - start
        window_start = datetime.combine(lo, datetime.min.time()) - max(length, timedelta(0))
        rule = rrulestr(e["rrule"], dtstart=dtstart, ignoretz=True)
    except (ValueError, TypeError, OverflowError):
        return [dict(e)]
    skipped_times, skipped_days = _exdates(e.get("exdates") or (), tz)
    out: list[dict] = []
    try:
        for when in rule.xafter(window_start - timedelta(days=1), count=MAX_OCCURRENCES, inc=True):
            if when.date() > hi:
                break
            if when in skipped_times or when.date() in skipped_days:
                continue                                   # EXDATE: this date was cancelled
            s = when.replace(tzinfo=tz) if timed else when.date()
            occ = {**e, "start": s, "end": s + length, "occurrence": True}
            if last_day(occ, tz) >= lo:
                out.append(occ)
    except (OverflowError, ValueError):   # a series reaching year 9999 (published before issue 16)
        pass
    return out


def _exdates(values: Iterable[str], tz: ZoneInfo) -> tuple[set[datetime], set[date]]:
    """Published EXDATE strings → (local naive date-times, whole days) to skip."""
    times, days = set(), set()
    for text in values:
        try:
            if "T" in text:
                v = datetime.fromisoformat(text)
                times.add(v.astimezone(tz).replace(tzinfo=None) if v.tzinfo else v)
            else:
                days.add(date.fromisoformat(text))
        except ValueError:
            continue
    return times, days


def upcoming(events: Iterable[Mapping], tz: ZoneInfo, since: date,
             horizon_days: int = 800) -> list[dict]:
    """Events (and recurrence occurrences) that end on or after ``since``, sorted by start."""
    hi = since + timedelta(days=horizon_days)
    out = [o for e in events for o in occurrences(e, tz, since, hi) if last_day(o, tz) >= since]
    return sorted(out, key=lambda o: (_sort_start(o["start"], tz), o.get("title") or "", o["uid"]))


def _sort_start(value: date | datetime, tz: ZoneInfo) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(tz).replace(tzinfo=None)
    return datetime.combine(value, datetime.min.time())


@dataclass(frozen=True)
class Page:
    """One page of a sorted list: ``number`` is 1-based; ``pages`` ≥ 1 even when empty."""
    items: list
    number: int
    pages: int
    total: int


def paginate(items: Sequence, number: int, size: int) -> Page:
    """Slice ``items`` into page ``number`` of ``size``; out-of-range numbers are clamped."""
    pages = max(1, -(-len(items) // size))
    number = min(max(1, number), pages)
    return Page(list(items[(number - 1) * size: number * size]), number, pages, len(items))


def group_by_day(events: Iterable[Mapping], tz: ZoneInfo, since: date) -> list[tuple[date, list]]:
    """``[(day, [event, ...])]`` in order; an event that began before ``since`` and is still
    on goes under ``since``."""
    days: dict[date, list] = {}
    for e in events:
        days.setdefault(max(local_day(e["start"], tz), since), []).append(e)
    return list(days.items())


def month_grid(events: Iterable[Mapping], year: int, month: int, tz: ZoneInfo,
               first_weekday: int = 6) -> list[list[tuple[date | None, list]]]:
    """Weeks of ``(day, events on that day)`` for one month; days outside it are ``None``.

    ``first_weekday`` follows :mod:`calendar` (0 Monday … 6 Sunday). A multi-day event is
    listed on every day of the month it covers; each day's events are sorted by start.
    """
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    by_day: dict[date, list] = {}
    for e in upcoming(events, tz, first, horizon_days=(last - first).days):
        d, end = max(local_day(e["start"], tz), first), min(last_day(e, tz), last)
        while d <= end:
            by_day.setdefault(d, []).append(e)
            d += timedelta(days=1)
    weeks = calendar.Calendar(first_weekday).monthdatescalendar(year, month)
    return [[(d, by_day.get(d, [])) if d.month == month else (None, []) for d in week] for week in weeks]


def parse_month(text: str | None, default: date) -> tuple[int, int]:
    """``"2025-08"`` → ``(2025, 8)``; anything else gives ``default``'s month."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", (text or "").strip())
    if m and 1 <= int(m.group(2)) <= 12 and 1900 <= int(m.group(1)) <= 2999:
        return int(m.group(1)), int(m.group(2))
    return default.year, default.month


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def parse_day(text: str | None) -> date | None:
    """``?from=`` text → a date, or None when it is not a date a calendar page can show
    (unreadable, or outside years 1900–2999, which would overflow the page's date arithmetic)."""
    try:
        day = date.fromisoformat((text or "").strip()) if text else None
    except ValueError:
        return None
    return day if day is None or 1900 <= day.year <= 2999 else None


def day_param(args: Mapping[str, str], name: str, example: date) -> date | None:
    """The date of ``?name=YYYY-MM-DD`` (ISO 8601 calendar date, city day), ``None`` when the
    parameter is absent or blank. Raises :class:`BadFilter` (answered 404 like a wrong filter)
    for text that is not such a date or falls outside :func:`parse_day`'s years; ``example``
    (today) is the working value the answer offers."""
    text = str(args.get(name, "") or "").strip()
    if not text:
        return None
    day = parse_day(text)
    if day is None:
        raise BadFilter(name, text, [(example.isoformat(), f"a date written YYYY-MM-DD, e.g. {example.isoformat()}")])
    return day


def count_param(args: Mapping[str, str], name: str, default: int, minimum: int, maximum: int) -> int:
    """The whole number of ``?name=`` (``page``, ``limit``), ``default`` when absent or blank,
    capped at ``maximum``. Raises :class:`BadFilter` (answered 404 like a wrong filter) for
    text that is not a whole number (``abc``, ``1.5``) or one below ``minimum`` (``page=-1``)."""
    text = str(args.get(name, "") or "").strip()
    if not text:
        return default
    if not re.fullmatch(r"[+-]?\d{1,9}", text) or int(text) < minimum:
        raise BadFilter(name, text, [(str(default), f"a whole number of at least {minimum}, e.g. {default}")])
    return min(int(text), maximum)


# -- a malformed address ----------------------------------------------------------------------

#: Longest query parameter name or value (characters) any page or feed reads; a longer one is
#: a malformed address, not a search (``q`` is cut to 200 characters anyway).
MAX_PARAM_CHARS = 1000


def malformed_param(pairs: Iterable[tuple[str, str]]) -> str | None:
    """The first query parameter of ``pairs`` (decoded ``(name, value)``, every repeat) that no
    page can read — a control character (Unicode category Cc: NUL, tab, newline, DEL …) in
    its name or value, or a name or value longer than :data:`MAX_PARAM_CHARS` — or ``None``
    when every one is readable. Such an address is answered 400; it is never read as a blank
    filter (``?type=%00`` is not "every type")."""
    for name, value in pairs:
        for text in (name, value):
            if len(text) > MAX_PARAM_CHARS or any(unicodedata.category(c) == "Cc" for c in text):
                return name[:40]
    return None


# -- one answer to a wrong filter -------------------------------------------------------------

#: Parameters link-tracking tools add to shared links (newsletters, social posts); never an error.
TRACKING = re.compile(r"utm_[a-z_]+|fbclid|gclid|msclkid|mc_cid|mc_eid|_ga")
FILTER_PARAMS = frozenset(f.name for f in fields(Filters))
_JOINT_WORDS = {"", "0", "1", "true", "false", "yes", "no", "on", "off"}


class BadFilter(Exception):
    """A request names a parameter or filter value that does not exist. ``parameter`` is the
    query parameter, ``value`` what was given (``""`` for an unknown parameter) and ``valid``
    the ``[(value, label)]`` that would work (the parameter names for an unknown parameter)."""

    def __init__(self, parameter: str, value: str, valid: Sequence[tuple[str, str]]):
        self.parameter, self.value, self.valid = parameter, value, list(valid)
        if value:
            what = f"no {parameter} {value!r}"
        else:
            what = f"unknown parameter {parameter!r}"
        listed = ", ".join(v for v, _ in self.valid) or "(none yet)"
        super().__init__(f"{what}; valid {'values' if value else 'parameters'}: {listed}")


def check_filters(args: Mapping[str, str], allowed: Iterable[str],
                  choices: Mapping[str, Mapping[str, str]],
                  aliases: Mapping[str, str] = {}) -> Filters:
    """The :class:`Filters` of ``args``, refusing what a typo would otherwise turn into a
    silently empty list (the feeds answer the same way; :mod:`public_feed.feeds`).

    ``allowed`` are the parameter names the route takes besides the filters (``from``,
    ``page``, ``lang`` …; link-tracking ones such as ``utm_source`` always pass);
    ``choices`` maps ``department``/``type``/``audience``/``language`` to ``{slug: label}`` of
    the values that exist; ``aliases`` maps another spelling's slug of a department (``dfd``)
    to its own slug, which the result carries. Raises :class:`BadFilter` for the first unknown
    parameter, a value outside ``choices`` or a ``joint`` that is not yes/no."""
    known = FILTER_PARAMS | set(allowed)
    for key in args:
        if key not in known and not TRACKING.fullmatch(key):
            raise BadFilter(key, "", [(k, k) for k in sorted(known)])
    f = Filters.from_args(args)
    joint = str(args.get("joint", "")).strip().lower()
    if joint not in _JOINT_WORDS:
        raise BadFilter("joint", joint, [("1", "joint events only")])
    department = aliases.get(f.department, f.department)
    for key, value in (("department", department), ("type", f.type), ("audience", f.audience),
                       ("language", f.language)):
        valid = choices.get(key, {})
        if value and value not in valid:
            raise BadFilter(key, str(args.get(key, "")).strip(), sorted(valid.items()))
    return Filters(department, f.type, f.joint, f.audience, f.language, f.q)


def collapse_series(items: Iterable[Mapping]) -> list[dict]:
    """A sorted list of events and occurrences with each repeating event kept once, at its
    next occurrence (marked ``series``), so a weekly class is one line, not one per week."""
    seen: set[str] = set()
    out = []
    for e in items:
        if e.get("rrule"):
            if e["uid"] in seen:
                continue
            seen.add(e["uid"])
            out.append({**e, "series": True})
        else:
            out.append(dict(e))
    return out


def quick_ranges(today: date, first_weekday: int = 6) -> dict[str, tuple[date, date]]:
    """``{"today", "week", "month"}`` → ``(from, to)`` city days, inclusive: today; today to
    the week's last day (weeks start on ``first_weekday``, 0 Monday … 6 Sunday); today to the
    month's last day."""
    week_end = today + timedelta(days=(first_weekday - 1 - today.weekday()) % 7)
    month_end = date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    return {"today": (today, today), "week": (today, week_end), "month": (today, month_end)}
