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
from datetime import date, datetime, timedelta
from typing import Mapping
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_interval, format_skeleton, format_time
from flask import Flask, request
from flask_babel import Babel, get_locale, gettext, lazy_gettext

#: Interface language code → (its own name, CLDR locale used for dates and numbers).
LANGUAGES: dict[str, tuple[str, str]] = {"en": ("English", "en_US"), "es": ("Español", "es_US")}
DEFAULT = "en"
COOKIE = "lang"
COOKIE_MAX_AGE = 365 * 24 * 3600

# Words from the data that the catalogue translates (Durham's departments, types, statuses).
# Names not listed here are shown as the sheet spells them.
DATA_TERMS = (
    lazy_gettext("Police"), lazy_gettext("Fire"), lazy_gettext("Community Safety"),
    lazy_gettext("Emergency Communications"), lazy_gettext("Emergency Management"),
    lazy_gettext("Parks and Recreation"), lazy_gettext("National Night Out"),
    lazy_gettext("Smoke Alarm Install"), lazy_gettext("CPR Class"), lazy_gettext("Town Hall"),
    lazy_gettext("Open House"), lazy_gettext("Community Meeting"), lazy_gettext("Youth Program"),
    lazy_gettext("Safety Education"), lazy_gettext("Festival"), lazy_gettext("Recreation Program"),
    lazy_gettext("Other"), lazy_gettext("All ages"), lazy_gettext("English"), lazy_gettext("Spanish"),
    lazy_gettext("Scheduled"), lazy_gettext("Tentative"), lazy_gettext("Postponed"),
    lazy_gettext("Cancelled"), lazy_gettext("Public"), lazy_gettext("Internal"),
    lazy_gettext("Durham Community Safety Events"),
)


def choose_language() -> str:
    """The request's interface language code (a key of :data:`LANGUAGES`)."""
    asked = request.args.get("lang", "")
    if asked in LANGUAGES:
        return asked
    cookie = request.cookies.get(COOKIE, "")
    if cookie in LANGUAGES:
        return cookie
    return request.accept_languages.best_match(list(LANGUAGES), default=DEFAULT) or DEFAULT


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
                "fmt_month": fmt_month, "localized": localized}
    return babel


def language() -> str:
    """The current interface language code (``en``/``es``) from the Babel locale."""
    loc = get_locale()
    return loc.language if loc is not None and loc.language in LANGUAGES else DEFAULT


def term(text: str | None) -> str:
    """A data word (department, type, status) in the interface language, else as written."""
    return gettext(text) if text else ""


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
