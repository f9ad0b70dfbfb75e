"""Public routes: the event list, event pages, feeds and /healthz."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlencode

from flask import Blueprint, abort, current_app, render_template, request, url_for

from .feeds import feed_for, subscribe_links  # noqa: F401  (subscribe_links: for templates/other views)

bp = Blueprint("public", __name__)

WINDOW_DAYS = 28


def _store():
    return current_app.extensions["store"]


def _config():
    return current_app.config["SAFETY_EVENTS_CONFIG_OBJ"]


def _local_day(value) -> date:
    return value.astimezone(_config().tz).date() if isinstance(value, datetime) else value


def _end_day(e: dict) -> date:
    end = e["end"]
    if isinstance(end, datetime):
        return end.astimezone(_config().tz).date()
    return end - timedelta(days=1)  # all-day DTEND is exclusive


def _filters() -> dict[str, str]:
    return {k: request.args.get(k, "").strip() for k in ("department", "type") if request.args.get(k)}


def _matches(e: dict, filters: dict[str, str]) -> bool:
    cfg = _config()
    if "department" in filters and filters["department"] not in {cfg.slug_of(d) for d in e["departments"]}:
        return False
    from sheets_sync.model import slugify
    if "type" in filters and slugify(e.get("event_type") or "") != filters["type"]:
        return False
    return True


@bp.get("/")
def index():
    cfg = _config()
    today = datetime.now(timezone.utc).astimezone(cfg.tz).date()
    try:
        start = date.fromisoformat(request.args.get("from", "")) if request.args.get("from") else today
    except ValueError:
        start = today
    end = start + timedelta(days=WINDOW_DAYS)
    filters = _filters()
    events = [e for e in _store().events() if _matches(e, filters)]
    shown = [e for e in events if _end_day(e) >= start and _local_day(e["start"]) < end]
    days: dict[date, list[dict]] = {}
    for e in sorted(shown, key=lambda e: (_local_day(e["start"]), str(e["start"]), e["title"])):
        days.setdefault(max(_local_day(e["start"]), start), []).append(e)
    later = [e for e in events if _local_day(e["start"]) >= end]
    earlier = [e for e in events if _local_day(e["start"]) < start]
    types = sorted({e["event_type"] for e in _store().events() if e.get("event_type")})
    return render_template(
        "index.html", days=days, start=start, end=end, today=today, filters=filters,
        departments=cfg.departments, types=types, next_event=min(later, key=lambda e: str(e["start"]), default=None),
        earlier_from=(start - timedelta(days=WINDOW_DAYS)).isoformat() if earlier else None,
        later_from=end.isoformat() if later else None, feed=feed_for(filters),
        query=lambda **kw: "?" + urlencode({**filters, **kw}), tz=cfg.tz)


@bp.get("/events/<uid>")
def event_page(uid: str):
    event = next((e for e in _store().events() if e["uid"] == uid), None)
    if event is None:
        abort(404)
    return render_template("event.html", e=event, tz=_config().tz)


@bp.get("/healthz")
def healthz():
    status = _store().status()
    cfg = _config()
    if status is None:
        return {"ok": False, "last_success": None, "stale": True, "error": "no sync has published yet"}, 503
    last = datetime.fromisoformat(status["last_success"])
    stale = datetime.now(timezone.utc) - last > timedelta(minutes=cfg.feed.stale_after_minutes)
    return {"ok": not stale, "last_success": status["last_success"], "stale": stale}, (200 if not stale else 503)


@bp.app_template_filter("when")
def when_filter(e: dict) -> str:
    """Human time in the city's timezone: ``Tue Aug 5, 2025, 6:00 PM – 8:00 PM`` or all day."""
    tz = _config().tz
    if e["all_day"]:
        first, last = e["start"], e["end"] - timedelta(days=1)
        if last > first:
            return f"{first:%a %b} {first.day}, {first.year} – {last:%a %b} {last.day}, {last.year} (all day)"
        return f"{first:%a %b} {first.day}, {first.year} (all day)"
    s, t = e["start"].astimezone(tz), e["end"].astimezone(tz)

    def clock(v):
        return v.strftime("%I:%M %p").lstrip("0")
    if s.date() == t.date():
        return f"{s:%a %b} {s.day}, {s.year}, {clock(s)} – {clock(t)}"
    return f"{s:%a %b} {s.day}, {s.year}, {clock(s)} – {t:%a %b} {t.day}, {clock(t)}"


@bp.app_template_filter("clock")
def clock_filter(e: dict) -> str:
    if e["all_day"]:
        return "All day"
    s = e["start"].astimezone(_config().tz)
    return s.strftime("%I:%M %p").lstrip("0")


@bp.app_template_global("maps_link")
def maps_link(e: dict) -> str:
    place = ", ".join(x for x in (e.get("location"), e.get("address")) if x)
    return "https://www.openstreetmap.org/search?" + urlencode({"query": place}) if place else ""


@bp.app_template_global("static_url")
def static_url(name: str) -> str:
    return url_for("static", filename=name)


@bp.app_template_filter("slug")
def slug_filter(text: str) -> str:
    from sheets_sync.model import slugify
    return slugify(text)
