"""English and Spanish for the public site (Flask-Babel catalogues, Babel/CLDR formats).

The language comes from, in order: ``?lang=`` on the request, the ``lang`` cookie set by the
language switch (``/lang/<code>``), the browser's ``Accept-Language``, then English. Dates
and times are formatted with CLDR patterns for ``en_US``/``es_US`` (a US city: 12-hour
clock, week starting on Sunday) in the city's timezone. Interface strings live in
``public_feed/translations/es/LC_MESSAGES/messages.po`` (compiled ``.mo`` committed beside
it; ``tests/unit/test_i18n.py`` checks they agree and that nothing is untranslated).
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from datetime import date, datetime, timedelta
from typing import Mapping
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_interval, format_skeleton, format_time
from flask import Flask, current_app, g, request
from flask_babel import Babel, get_locale, gettext, lazy_gettext, ngettext

#: Interface language code → (its own name, CLDR locale used for dates and numbers).
LANGUAGES: dict[str, tuple[str, str]] = {"en": ("English", "en_US"), "es": ("Español", "es_US")}
DEFAULT = "en"
COOKIE = "lang"
COOKIE_MAX_AGE = 365 * 24 * 3600

# Words from the data that are the same in every city (statuses, visibility, language names):
# the catalogue translates them. A city's own words — site title, department names, event
# types, audiences — come from config.yaml (``site.title_es``, ``departments[].name_es``,
# ``site.terms_es``; see :func:`term`); words in neither are shown as the sheet spells them.
DATA_TERMS = (
    lazy_gettext("English"), lazy_gettext("Spanish"),
    lazy_gettext("Scheduled"), lazy_gettext("Tentative"), lazy_gettext("Postponed"),
    lazy_gettext("Cancelled"), lazy_gettext("Public"), lazy_gettext("Internal"),
)


def choose_language() -> str:
    """The request's interface language code (a key of :data:`LANGUAGES`)."""
    asked = asked_language()
    if asked:
        return asked["lang"]
    cookie = request.cookies.get(COOKIE, "")
    if cookie in LANGUAGES:
        return cookie
    return request.accept_languages.best_match(list(LANGUAGES), default=DEFAULT) or DEFAULT


def asked_language() -> dict[str, str]:
    """``{"lang": code}`` when this request asked for a language in its query (``?lang=es``),
    else ``{}``: page-to-page links (previous/next page) carry it on, so a reader who came
    by a Spanish link keeps reading Spanish while paging (the cookie does this for ``/lang/<code>``)."""
    asked = request.args.get("lang", "")
    return {"lang": asked} if asked in LANGUAGES else {}


def _locale_selector() -> str:
    return LANGUAGES[choose_language()][1]


def init_app(app: Flask) -> Babel:
    """Register Flask-Babel (catalogues under ``public_feed/translations``) and template helpers."""
    app.config.setdefault("BABEL_DEFAULT_LOCALE", LANGUAGES[DEFAULT][1])
    babel = Babel(app, locale_selector=_locale_selector)

    @app.context_processor
    def _i18n_context():
        return {"lang": language(), "languages": LANGUAGES, "tr": term, "tr_list": term_list,
                "fmt_day": fmt_day, "fmt_when": fmt_when, "fmt_clock": fmt_clock,
                "fmt_month": fmt_month, "localized": localized, "fmt_times": fmt_times,
                "series_text": series_text}
    return babel


def language() -> str:
    """The current interface language code (``en``/``es``) from the Babel locale, remembered
    for the rest of the app context (Flask-Babel keeps the locale on ``g`` the same way; a
    page asks a few times per listed event)."""
    try:
        ctx = g._get_current_object()
    except RuntimeError:                # no app context: no request to ask
        return DEFAULT
    held = _LANGUAGE.get(None)
    if held is not None and held[0] is ctx:       # held strongly: no other context has its id
        return held[1]
    loc = get_locale()
    found = loc.language if loc is not None and loc.language in LANGUAGES else DEFAULT
    _LANGUAGE.set((ctx, found))
    return found


#: (the app context's ``g``, its language): :func:`language`'s memo, one per thread/task.
_LANGUAGE: ContextVar[tuple[object, str]] = ContextVar("safety_events_language")


def city_terms_es(config) -> dict[str, str]:
    """The city's Spanish words from its config: ``departments[].name_es`` and
    ``site.terms_es`` (event types, audiences …), English → Spanish."""
    out = {d.name: d.name_es for d in config.departments if d.name_es}
    out.update({k: v for k, v in config.site.terms_es.items() if v})
    return out


def term(text: str | None) -> str:
    """A data word (department, type, audience, status) in the interface language: on
    Spanish pages the city's own word from config (:func:`city_terms_es`), else the
    catalogue's, else as written."""
    if not text:
        return ""
    lang = language()
    if lang != DEFAULT:
        config = current_app.config.get("SAFETY_EVENTS_CONFIG_OBJ")
        if config is not None:
            memo = current_app.extensions.setdefault("city_terms_es", {})
            if id(config) not in memo:
                memo.clear()
                memo[id(config)] = city_terms_es(config)
            found = memo[id(config)].get(text)
            if found:
                return found
    found = _TERMS.get((lang, text))
    if found is None:                   # the catalogue's word, remembered (a list asks ~10 a row)
        found = gettext(text)
        if len(_TERMS) > 10_000:
            _TERMS.clear()
        _TERMS[(lang, text)] = found
    return found


#: term's catalogue look-ups: (language code, text) → the translation.
_TERMS: dict[tuple[str, str], str] = {}


def term_list(text: str | None) -> str:
    """``"English, Spanish"`` → ``"Inglés, Español"`` on Spanish pages: each value the
    catalogue knows is replaced in place; separators and unknown values stay as typed."""
    from .query import facet_values
    text = text or ""
    if language() == DEFAULT:
        return text
    for value in facet_values(text):
        translated = term(value)
        if translated != value:
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", lambda _m: translated, text)
    return text


def localized(e: Mapping, field: str) -> str:
    """``title``/``description`` in the interface language: the sheet's Spanish column on
    Spanish pages when it is filled in, else the English one."""
    if language() == "es" and e.get(f"{field}_es"):
        return e[f"{field}_es"]
    return e.get(field) or ""


def _locale() -> str:
    return LANGUAGES[language()][1]


def fmt_day(d: date) -> str:
    """``Tuesday, August 5, 2025`` / ``martes, 5 de agosto de 2025``."""
    return format_date(d, "full", locale=_locale())


def fmt_month(year: int, month: int) -> str:
    """``August 2025`` / ``agosto de 2025``."""
    return format_skeleton("yMMMM", date(year, month, 1), locale=_locale())


def fmt_clock(e: Mapping, tz: ZoneInfo) -> str:
    """Start time (``6:00 PM``) or "All day"."""
    if e["all_day"] or not isinstance(e["start"], datetime):
        return gettext("All day")
    return format_time(e["start"], "short", tzinfo=tz, locale=_locale())


def fmt_when(e: Mapping, tz: ZoneInfo) -> str:
    """The whole span in the city's timezone, e.g. ``Tuesday, August 5, 2025, 6:00 – 8:00 PM``,
    ``Tue, Aug 5 – Thu, Aug 7, 2025 (all day)``."""
    loc = _locale()
    start, end = e["start"], e["end"]
    if e["all_day"] or not isinstance(start, datetime):
        last = end - timedelta(days=1) if isinstance(end, date) and end > start else start
        if last > start:
            text = format_interval(start, last, "yMMMEd", locale=loc)
        else:
            text = format_date(start, "full", locale=loc)
        return gettext("%(dates)s (all day)", dates=text)
    s, t = start.astimezone(tz), end.astimezone(tz)
    if s.date() == t.date():
        return f"{format_date(s, 'full', locale=loc)}, {format_interval(s, t, 'hm', tzinfo=tz, locale=loc)}"
    return (f"{format_skeleton('yMMMEd', s, tzinfo=tz, locale=loc)}, {format_time(s, 'short', tzinfo=tz, locale=loc)} – "
            f"{format_skeleton('yMMMEd', t, tzinfo=tz, locale=loc)}, {format_time(t, 'short', tzinfo=tz, locale=loc)}")


def weekday_names(first_weekday: int) -> list[tuple[str, str]]:
    """``[(abbreviation, full name)]`` from ``first_weekday`` (0 Monday … 6 Sunday)."""
    from babel.dates import get_day_names
    loc = _locale()
    short, wide = get_day_names("abbreviated", locale=loc), get_day_names("wide", locale=loc)
    order = [(first_weekday + i) % 7 for i in range(7)]
    return [(short[i], wide[i]) for i in order]


def first_weekday() -> int:
    """The locale's first day of the week (0 Monday … 6 Sunday; Sunday for the US)."""
    from babel import Locale
    return Locale.parse(_locale()).first_week_day


def fmt_times(e: Mapping, tz: ZoneInfo) -> str:
    """Start–end clock times of one listed event or occurrence (``6:00 – 8:00 PM``), the
    start alone when it ends on another day or has no length, or "All day". Remembered by
    language and clock times (a list repeats a few dozen of them; CLDR formatting is the
    costliest part of a list's row)."""
    if e["all_day"] or not isinstance(e["start"], datetime):
        return gettext("All day")
    s, t = e["start"].astimezone(tz), e["end"].astimezone(tz)
    alone = t <= s or t.date() != s.date()
    loc = _locale()
    key = (loc, s.hour, s.minute, None if alone else (t.hour, t.minute))
    found = _CLOCKS.get(key)
    if found is None:
        found = (format_time(s, "short", tzinfo=tz, locale=loc) if alone
                 else format_interval(s, t, "hm", tzinfo=tz, locale=loc))
        if len(_CLOCKS) > 10_000:
            _CLOCKS.clear()
        _CLOCKS[key] = found
    return found


#: fmt_times' answers: (CLDR locale, start hour, minute, (end hour, minute) or None) → text.
_CLOCKS: dict[tuple, str] = {}


_WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


def _weekdays_plural(codes: list[int]) -> str:
    from babel.dates import get_day_names
    wide = get_day_names("wide", locale=_locale())
    if language() == "es":   # los martes y jueves; sábados, domingos
        names = [wide[c] + ("s" if wide[c].endswith("o") else "") for c in codes]
    else:
        names = [wide[c] + "s" for c in codes]
    from babel.lists import format_list
    return format_list(names, locale=_locale())


def series_text(e: Mapping, tz: ZoneInfo) -> str:
    """A repeating event's pattern in words (RFC 5545 RRULE, §3.3.10): ``Weekly on Tuesdays,
    6:00 – 7:00 PM, until Dec 15, 2025`` / ``Cada semana, los martes, 6:00 – 7:00 p. m., …``.
    Weekly (with BYDAY and INTERVAL 1 or 2), daily and monthly rules get their own words,
    anything else "Repeats"; ``UNTIL`` and ``COUNT`` end it. ``""`` for a single event."""
    rule = e.get("rrule") or ""
    if not rule:
        return ""
    parts = dict(p.split("=", 1) for p in rule.upper().split(";") if "=" in p)
    freq, interval = parts.get("FREQ", ""), int(parts.get("INTERVAL", "1") or 1)
    start = e["start"].astimezone(tz) if isinstance(e["start"], datetime) else e["start"]
    days = [_WEEKDAYS[d[-2:]] for d in parts.get("BYDAY", "").split(",") if d[-2:] in _WEEKDAYS
            and not d[:-2]] or [start.weekday()]
    if freq == "WEEKLY" and interval == 1:
        text = gettext("Weekly on %(days)s", days=_weekdays_plural(days))
    elif freq == "WEEKLY" and interval == 2:
        text = gettext("Every other week on %(days)s", days=_weekdays_plural(days))
    elif freq == "DAILY" and interval == 1:
        text = gettext("Every day")
    elif freq == "MONTHLY" and interval == 1:
        text = gettext("Every month")
    else:
        text = gettext("Repeats")
    pieces = [text]
    if not e["all_day"] and isinstance(e["start"], datetime):
        pieces.append(fmt_times(e, tz))
    if "UNTIL" in parts:
        raw = parts["UNTIL"]
        try:
            if "T" in raw:
                until = datetime.strptime(raw.rstrip("Z"), "%Y%m%dT%H%M%S")
                if raw.endswith("Z"):
                    until = until.replace(tzinfo=ZoneInfo("UTC")).astimezone(tz)
                until_day = until.date()
            else:
                until_day = datetime.strptime(raw, "%Y%m%d").date()
            pieces.append(gettext("until %(day)s", day=format_date(until_day, "medium", locale=_locale())))
        except ValueError:
            pass
    elif "COUNT" in parts and parts["COUNT"].isdigit():
        pieces.append(ngettext("%(num)d time", "%(num)d times", int(parts["COUNT"])))
    return ", ".join(pieces)
