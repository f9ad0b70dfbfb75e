"""Issue 15: a repeating event listed once with its pattern; quick date ranges."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from flask import Flask

from public_feed import i18n
from public_feed.query import collapse_series, quick_ranges, upcoming

TZ = ZoneInfo("America/New_York")


def ev(uid, start, end, rrule="", all_day=False, **kw):
    return {"uid": uid, "title": uid, "start": start, "end": end, "all_day": all_day, "rrule": rrule,
            "exdates": [], **kw}


def test_weekly_series_listed_once_at_its_next_date():
    cls = ev("class", datetime(2025, 9, 2, 18, tzinfo=TZ), datetime(2025, 9, 2, 19, tzinfo=TZ),
             "FREQ=WEEKLY;BYDAY=TU;UNTIL=20251216T045959Z")
    fair = ev("fair", datetime(2025, 9, 20, 10, tzinfo=TZ), datetime(2025, 9, 20, 14, tzinfo=TZ))
    items = upcoming([cls, fair], TZ, date(2025, 9, 10))
    assert sum(1 for o in items if o["uid"] == "class") == 13     # Sep 16 … Dec 9 (UNTIL is Dec 15 local)
    listed = collapse_series(items)
    assert [(o["uid"], o["start"].date()) for o in listed] == [("class", date(2025, 9, 16)),
                                                                ("fair", date(2025, 9, 20))]
    assert listed[0]["series"] and "series" not in listed[1]


@pytest.mark.parametrize("today,week_end,month_end", [
    (date(2025, 9, 10), date(2025, 9, 13), date(2025, 9, 30)),     # a Wednesday
    (date(2025, 9, 13), date(2025, 9, 13), date(2025, 9, 30)),     # a Saturday: the week's last day
    (date(2025, 9, 14), date(2025, 9, 20), date(2025, 9, 30)),     # a Sunday: a new US week
    (date(2024, 2, 29), date(2024, 3, 2), date(2024, 2, 29))])
def test_quick_ranges_us_weeks(today, week_end, month_end):
    r = quick_ranges(today, first_weekday=6)
    assert r == {"today": (today, today), "week": (today, week_end), "month": (today, month_end)}


def test_quick_ranges_monday_weeks():
    assert quick_ranges(date(2025, 9, 10), first_weekday=0)["week"] == (date(2025, 9, 10), date(2025, 9, 14))


@pytest.fixture
def app():
    a = Flask("public_feed")        # its translations folder
    i18n.init_app(a)
    return a


@pytest.mark.parametrize("lang,rule,expected", [
    ("en", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20251216T045959Z", "Weekly on Tuesdays, 6:00 – 7:00 PM, until Dec 15, 2025"),
    ("en", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6", "Weekly on Tuesdays and Thursdays, 6:00 – 7:00 PM, 6 times"),
    ("en", "FREQ=WEEKLY;INTERVAL=2", "Every other week on Tuesdays, 6:00 – 7:00 PM"),
    ("en", "FREQ=MONTHLY;BYMONTHDAY=2;UNTIL=20260601", "Every month, 6:00 – 7:00 PM, until Jun 1, 2026"),
    ("en", "FREQ=YEARLY", "Repeats, 6:00 – 7:00 PM"),
    ("es", "FREQ=WEEKLY;BYDAY=TU,SA;COUNT=1", "Cada semana, los martes y sábados, 6:00–7:00 p.m., 1 vez"),
])
def test_series_text(app, lang, rule, expected):
    e = ev("c", datetime(2025, 9, 2, 18, tzinfo=TZ), datetime(2025, 9, 2, 19, tzinfo=TZ), rule)
    with app.test_request_context(f"/?lang={lang}"):
        got = i18n.series_text(e, TZ).replace("\u2009", " ").replace("\u202f", " ").replace("\xa0", " ")
    assert got == expected
    with app.test_request_context("/"):
        assert i18n.series_text({**e, "rrule": ""}, TZ) == ""
