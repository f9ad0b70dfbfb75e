"""The residents' calendar pages (blueprint ``pages``): the upcoming list, the month grid,
event pages, ``/events.json``, the ``/embed`` widget and the language switch.

Every page reads only what the sync published: the date index of ``public/events.json`` (the
staff list: of ``private/events.json``, through :func:`render_list`; :mod:`public_feed.siteindex`),
or the whole file when a release has no index. Selection is done by the pure functions
in :mod:`public_feed.query`; formatting by :mod:`public_feed.i18n`. No page has inline
script: the only script element is JSON-LD data on event pages, escaped by ``tojson``.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlencode, urlsplit

from flask import (Blueprint, Response, abort, current_app, g, jsonify, make_response, redirect,
                   render_template, request, url_for)

from sheets_sync.timeutil import json_value

from . import i18n
from .feeds import event_links, feed_for, site_base
from .links import event_jsonld, map_link, place_text
from .paging import continues, day_counts, month_cells
from .query import (BadFilter, Filters, check_filters, collapse_series, count_param, day_param,
                    group_by_day, last_day, local_day, malformed_param, matches, options, paginate,
                    parse_month, quick_ranges, shift_month, to_local, upcoming)

bp = Blueprint("pages", __name__)

EMBED_DEFAULT, EMBED_MAX = 8, 50
#: Markers on the map at most (the next ones; issue 17: a map costs what it shows).
MAP_MAX = 100
JSON_MAX = 5000
#: A filtered list counts its matches up to this many pages past the one shown, then says
#: "more than" (issue 17: a common search word costs a few pages, not every match).
COUNT_PAGES = 4


def _config():
    return current_app.config["SAFETY_EVENTS_CONFIG_OBJ"]


def _prepared(private: bool = False) -> tuple[list[dict], dict]:
    """The published events in the city's timezone plus a memo for derived values, both
    rebuilt only when the store hands out a new list (i.e. after a sync)."""
    raw = current_app.extensions["store"].events(private=private)
    cache = current_app.extensions.setdefault("pages_cache", {})
    hit = cache.get(private)
    if hit is None or hit[0] is not raw:
        hit = (raw, to_local(raw, _config().tz), {})
        cache[private] = hit
    return hit[1], hit[2]


def _events(private: bool = False) -> list[dict]:
    return _prepared(private)[0]


def _index(private: bool = False):
    """The date index of the public events, or of every event for ``private`` (the staff
    calendar; :mod:`public_feed.siteindex`), or ``None`` (a release published without one):
    then the pages walk ``events.json``."""
    return current_app.extensions["store"].index(private)


def _options(private: bool, key: str, split: bool = False) -> list[tuple[str, str]]:
    index = _index(private)
    if index is not None and (indexed := index.options(key, split)) is not None:
        return indexed
    events, memo = _prepared(private)
    if (key, split) not in memo:
        memo[(key, split)] = options(events, key, split)
    return memo[(key, split)]


def _departments():
    """The departments of the served release (:meth:`public_feed.store.PublishedStore.departments`):
    a renamed department's filter, name and old slug follow the sync that renamed it."""
    return current_app.extensions["store"].departments()


def today() -> date:
    """The city's today (``SAFETY_EVENTS_TODAY`` in the app config pins it for tests/demos)."""
    pinned = current_app.config.get("SAFETY_EVENTS_TODAY")
    if pinned:
        return pinned if isinstance(pinned, date) else date.fromisoformat(str(pinned))
    return datetime.now(timezone.utc).astimezone(_config().tz).date()


def _type_aliases() -> dict[str, str]:
    """Typed type slug → the type whose feed holds it (``feeds.json``: an alias of a listed
    type, or ``other`` for an unlisted type past ``feed.max_unlisted_types``)."""
    return (current_app.extensions["store"].feeds() or {}).get("type_aliases", {})


def _filtered(events: list[dict], filters: Filters) -> list[dict]:
    slug_of, aliases = _departments().slug_of, _type_aliases()
    return [e for e in events if matches(e, filters, slug_of, aliases)]


def _type_options(private: bool) -> list[tuple[str, str]]:
    """The Type filter's choices: each type with its own feed once (aliases folded in)."""
    aliases, names = _type_aliases(), (current_app.extensions["store"].feeds() or {}).get("types", {})
    seen: dict[str, str] = {}
    for slug, label in _options(private, "event_type"):
        target = aliases.get(slug, slug)
        seen.setdefault(target, names.get(target, label) if target != slug else label)
    return sorted(seen.items(), key=lambda item: item[1].casefold())


def _checked(allowed: tuple[str, ...], private: bool = False) -> Filters:
    """The request's filters, or :class:`BadFilter` (answered by :func:`bad_filter`) for an
    unknown parameter or value; ``allowed`` are the route's other parameters."""
    types = dict(_options(private, "event_type"))
    types.update((current_app.extensions["store"].feeds() or {}).get("types", {}))
    departments = _departments()
    choices = {"department": departments.names, "type": types,
               "audience": dict(_options(private, "audience", split=True)),
               "language": dict(_options(private, "language", split=True))}
    f = check_filters(request.args, (*allowed, "lang"), choices, departments.aliases)
    typed = _type_aliases().get(f.type)          # an alias's page is its type's page, as its feed
    return replace(f, type=typed) if typed else f


@bp.before_app_request
def refuse_malformed_query():
    """``400`` for an address whose query no page can read (:func:`~public_feed.query.malformed_param`:
    a control character or an overlong name or value), on every page, feed and ``/events.json``
    — JSON for ``.json`` and ``/healthz``, plain text for feeds, a short page elsewhere — before any route reads
    it. The language switch is left out: it already sends a bad ``next`` home."""
    if request.endpoint == "pages.set_language":
        return None
    parameter = malformed_param(request.args.items(multi=True))
    if parameter is None:
        return None
    message = f"query parameter {parameter!r} has a control character or is too long"
    if request.path.endswith(".json") or request.path == "/healthz":
        response = jsonify({"error": message, "parameter": parameter})
        response.headers["Access-Control-Allow-Origin"] = "*"
        return response, 400
    if request.path.endswith((".ics", ".atom", ".csv", ".xlsx")):
        return Response(f"Bad request: {message}\n", status=400, content_type="text/plain; charset=utf-8")
    # the language links go back to the page without the query, never echoing an overlong value
    return render_template("400.html", tz=_config().tz, parameter=parameter, bad_query=True), 400


@bp.app_errorhandler(BadFilter)
def bad_filter(exc: BadFilter):
    """One answer to a wrong filter: ``404`` with the valid values, as JSON for
    ``/events.json`` and as a page elsewhere (the feeds answer in plain text)."""
    if request.path.endswith(".json"):
        response = jsonify({"error": str(exc), "parameter": exc.parameter, "value": exc.value,
                            "valid": [v for v, _ in exc.valid]})
        response.headers["Access-Control-Allow-Origin"] = "*"
        return response, 404
    return render_template("404.html", tz=_config().tz, bad=exc), 404


def _feed(filters: Filters) -> dict | None:
    """The published feed (``feeds.json`` entry) for the page's department, type and joint
    filters; audience, language and text search are page-only filters."""
    return feed_for({k: v for k, v in filters.params().items() if k in ("department", "type", "joint")})


def _filter_context(filters: Filters, private: bool = False) -> dict:
    departments = _departments().names
    present = {name for _slug, name in _options(private, "departments")}
    return {
        "filters": filters,
        "department_options": [(slug, name) for slug, name in departments.items() if name in present]
        or list(departments.items()),
        "type_options": _type_options(private),
        "audience_options": _options(private, "audience", split=True),
        "language_options": _options(private, "language", split=True),
        "feed": _feed(filters),
        "json_url": url_for("pages.events_json", **filters.params()),
    }


def _page_number() -> int:
    return count_param(request.args, "page", 1, 1, 10**6)


def _page_size() -> int:
    """Events a page of the list or of a month shows: ``site.page_size`` (the app config's
    ``PAGE_SIZE`` overrides it, for tests)."""
    return int(current_app.config.get("PAGE_SIZE") or _config().site.page_size)


def _tidy_redirect():
    """A GET form sends every field, empty or not (``?q=&department=fire&type=``); send the
    browser to the short, shareable URL with only the set filters (or ``None`` if tidy)."""
    if not any(v.strip() == "" for v in request.args.values()):
        return None
    kept = {k: v for k, v in request.args.items() if v.strip() != ""}
    return redirect(request.path + ("?" + urlencode(kept) if kept else ""), code=302)


def render_list(private: bool = False):
    """The upcoming list grouped by day, paged (``PAGE_SIZE`` events a page), filtered by the
    query string; ``private`` lists ``private/events.json`` for the staff calendar."""
    tidy = _tidy_redirect()
    if tidy is not None:
        return tidy
    tz = _config().tz
    index = _index(private)
    all_events = _events(private) if index is None else None
    filters = _checked(("from", "to", "page"), private)
    since = day_param(request.args, "from", today()) or today()
    until = day_param(request.args, "to", today())
    until = until if until and until >= since else None
    size = _page_size()
    count_max = size * (_page_number() + COUNT_PAGES)
    if index is not None:                   # issue 17: read only this page's events
        selection = index.select(filters, since, (until - since).days if until else 800, until, collapse=True,
                                 count_max=count_max)
        page = paginate(range(selection.total), _page_number(), size)
        offset = (page.number - 1) * size
        shown = selection.slice(max(0, offset - 1), size + (offset > 0))
        previous = shown.pop(0) if offset > 0 and shown else None
        page = replace(page, items=shown)
        capped, total_events = selection.capped, index.total
        latest = (lambda: index.latest_day(filters, since))
    else:
        chosen = _filtered(all_events, filters)
        items = upcoming(chosen, tz, since, horizon_days=(until - since).days if until else 800)
        if until:
            items = [e for e in items if local_day(e["start"], tz) <= until]
        items = collapse_series(items)          # a weekly class once, at its next date
        page = paginate(items, _page_number(), size)
        previous = items[(page.number - 1) * size - 1] if page.number > 1 else None
        capped, total_events = filters.active and len(items) > count_max, len(all_events)
        if capped:                          # the index's count stops there: the same page
            page = replace(paginate(range(count_max + 1), page.number, size), items=page.items)

        def latest():
            earlier = [e for e in chosen if last_day(e, tz) < since]
            found = max(earlier, key=lambda e: (local_day(e["start"], tz), e["uid"]), default=None)
            return local_day(found["start"], tz) if found else None
    latest_day = latest() if not page.items else None      # only an empty page links to the past
    endpoint = "staff.calendar_page" if private else "pages.index"

    def page_url(**kw):
        args = {**filters.params(), **({"from": since.isoformat()} if request.args.get("from") else {}),
                **({"to": until.isoformat()} if until else {}), **i18n.asked_language(), **kw}
        return url_for(endpoint, **args)
    ranges = [(name, label, url_for(endpoint, **filters.params(), **{"from": lo.isoformat(), "to": hi.isoformat()}),
               (since, until) == (lo, hi))
              for (name, (lo, hi)), label in zip(quick_ranges(today(), i18n.first_weekday()).items(),
                                                 (i18n.gettext("Today"), i18n.gettext("This week"),
                                                  i18n.gettext("This month")))]
    return render_template(
        "index.html", page=page, days=group_by_day(page.items, tz, since), since=since, until=until,
        continued=continues(previous, page.items[0] if page.items else None, tz, since), capped=capped,
        is_today=since == today() and until is None, tz=tz, page_url=page_url, private=private, ranges=ranges,
        latest_month=latest_day.strftime("%Y-%m") if latest_day else None,
        total_events=total_events, **_filter_context(filters, private))


@bp.get("/")
def index():
    return render_list(private=False)


@bp.get("/month/")
@bp.get("/month/<ym>")
def month(ym: str | None = None):
    """The month grid (``/month/2025-08``; ``/month/`` is this month), one page of the
    month's events at a time (``?page=2``; :func:`_page_size` a page, :mod:`public_feed.paging`)."""
    tz = _config().tz
    year, mon = parse_month(ym, today())
    if ym is not None and f"{year:04d}-{mon:02d}" != ym:
        abort(404)
    tidy = _tidy_redirect()
    if tidy is not None:
        return tidy
    filters = _checked(("page",))
    first = i18n.first_weekday()
    lo = date(year, mon, 1)
    hi = date(*shift_month(year, mon, 1), 1) - timedelta(days=1)
    size, index = _page_size(), _index()
    if index is not None:                   # issue 17: read only this page's events and day counts
        selection = index.select(filters, lo, (hi - lo).days, hi)
        page = paginate(range(selection.total), _page_number(), size)
        page = replace(page, items=selection.slice((page.number - 1) * size, size))
        counts, count = index.day_counts(filters, lo, hi, selection), selection.events
    else:
        items = [e for e in upcoming(_filtered(_events(), filters), tz, lo, horizon_days=(hi - lo).days)
                 if local_day(e["start"], tz) <= hi]
        page = paginate(items, _page_number(), size)
        counts, count = day_counts(items, tz, lo, hi), len({e["uid"] for e in items})
    weeks = month_cells(page.items, counts, year, mon, tz, first_weekday=first)
    prev_m, next_m = shift_month(year, mon, -1), shift_month(year, mon, 1)
    return render_template(
        "month.html", weeks=weeks, year=year, month=mon, weekdays=i18n.weekday_names(first),
        prev_ym=f"{prev_m[0]:04d}-{prev_m[1]:02d}", next_ym=f"{next_m[0]:04d}-{next_m[1]:02d}",
        count=count, page=page, tz=tz, today=today(),
        page_url=lambda **kw: url_for("pages.month", ym=f"{year:04d}-{mon:02d}", **filters.params(),
                                      **i18n.asked_language(), **kw),
        **_filter_context(filters))


@bp.get("/map")
def map_page():
    """The next :data:`MAP_MAX` upcoming events that have a Latitude/Longitude, on an SVG map
    (:mod:`public_feed.geo`), with a numbered list under it and the number of placeable events
    not shown and of events without a place; tiles only from ``site.map_tiles``."""
    from .geo import layout
    tz, site = _config().tz, _config().site
    tidy = _tidy_redirect()
    if tidy is not None:
        return tidy
    filters = _checked(())
    index = _index()
    if index is not None:                   # issue 17: read only the events the map shows
        total = index.select(filters, today(), collapse=True).total
        placeable = index.select(filters, today(), collapse=True, located=True)
        located, placed = placeable.slice(0, MAP_MAX), placeable.total
    else:
        items = collapse_series(upcoming(_filtered(_events(), filters), tz, today()))
        every = [e for e in items if e.get("latitude") is not None and e.get("longitude") is not None]
        total, located, placed = len(items), every[:MAP_MAX], len(every)
    view = layout([(e["latitude"], e["longitude"], e) for e in located], site.map_tiles, width=480, height=360)
    response = make_response(render_template(
        "map.html", view=view, unplaced=total - placed, not_shown=placed - len(located), tz=tz,
        attribution=site.map_attribution, **_filter_context(filters)))
    if view is not None and view.tiles:
        response.headers["Content-Security-Policy"] = allow_images(current_app.config["CSP"],
                                                                   [view.tiles[0].url])
    return response


@bp.app_template_global("event_url")
def event_url(uid: str, private: bool = False) -> str:
    """``url_for("pages.event_page", uid=uid)`` (``staff.event_page`` if ``private``) for a list
    row: the route's path up to the UID is built by ``url_for`` once a request, the UID is
    quoted by the route's own converter (Werkzeug's ``to_url``), so the link is the same and
    a page of 50 rows does not route 50 times."""
    endpoint = "staff.event_page" if private else "pages.event_page"
    prefixes = g.setdefault("_event_url_prefixes", {})
    if endpoint not in prefixes:
        built = url_for(endpoint, uid="_")             # the staff token: staff.py's url_defaults
        prefixes[endpoint] = (built[:-1], current_app.url_map.converters["default"](current_app.url_map))
    prefix, converter = prefixes[endpoint]
    return prefix + converter.to_url(uid)


def _find(uid: str) -> dict | None:
    index = _index()
    if index is not None:
        return index.find(uid)
    return next((e for e in _events() if e["uid"] == uid), None)


def _absolute(path: str) -> str:
    return site_base() + path


@bp.get("/events/<uid>")
def event_page(uid: str):
    e = _find(uid)
    if e is None:
        into = current_app.extensions["store"].merged().get(uid)
        if into is not None and _find(into) is not None:   # merged into another event: go there
            return redirect(url_for("pages.event_page", uid=into), code=301)
        abort(404)
    return render_event(e)


def render_event(e: dict, private: bool = False):
    """One event's page: facts, banner, add-to-calendar links and schema.org JSON-LD."""
    tz, lang = _config().tz, i18n.language()
    title, description = i18n.localized(e, "title"), i18n.localized(e, "description")
    page_url = _absolute(url_for("pages.event_page", uid=e["uid"]))
    add = event_links({**e, "title": title, "description": description})   # in the page's language
    response = make_response(render_template(
        "event.html", e=e, tz=tz, title=title, description=description, private=private,
        map_url=map_link(e), place=place_text(e), google_url=add["google"], ics_url=add["ics"],
        jsonld=None if private else event_jsonld(e, page_url, tz, title, description, lang, _organizer_url)))
    if e.get("image_url"):      # the picture's own server, for this page only
        response.headers["Content-Security-Policy"] = allow_images(current_app.config["CSP"], [e["image_url"]])
    return response


def allow_images(csp: str, urls) -> str:
    """``csp`` with the origins (``https://host``) of ``urls`` added to ``img-src``."""
    origins = sorted({f"{p.scheme}://{p.netloc}" for p in map(urlsplit, urls) if p.scheme == "https" and p.netloc
                      and all(c not in p.netloc for c in " ;,'\"")})
    return csp.replace("img-src 'self' data:", " ".join(["img-src 'self' data:", *origins]), 1)


def _organizer_url(name: str) -> str:
    """schema.org ``organizer.url`` of a department: its own web page when the config gives
    one (``departments[].url``), else its filtered list on this site."""
    for d in _config().departments:
        if d.name == name and d.url:
            return d.url
    slug = _departments().slugs.get(name)
    return _absolute(url_for("pages.index", department=slug)) if slug else ""


def _json_event(e: dict) -> dict:
    out = {k: json_value(v) for k, v in e.items()}     # the published events.json's form
    out["url"] = _absolute(url_for("pages.event_page", uid=e["uid"]))
    out["ics_url"] = _absolute(url_for("feeds.event_calendar", uid=e["uid"]))
    out.setdefault("occurrence", False)
    return out


@bp.get("/events.json")
def events_json():
    """Upcoming public events as JSON (fields in README "events.json"), with the page's
    filters plus ``from``/``to`` (YYYY-MM-DD, city days, inclusive) and ``limit``."""
    tz = _config().tz
    filters = _checked(("from", "to", "limit"))
    since = day_param(request.args, "from", today()) or today()
    until = day_param(request.args, "to", today())
    horizon = (until - since).days if until and until >= since else 800
    limit = count_param(request.args, "limit", JSON_MAX, 0, JSON_MAX)
    index = _index()
    if index is not None:                   # issue 17: read only the events answered
        selection = index.select(filters, since, horizon, until)
        shown, total = selection.slice(0, limit), selection.total
    else:
        items = upcoming(_filtered(_events(), filters), tz, since, horizon_days=horizon)
        if until:
            items = [e for e in items if local_day(e["start"], tz) <= until]
        shown, total = items[:limit], len(items)
    body = {"timezone": _config().timezone, "from": since.isoformat(),
            "to": until.isoformat() if until else None, "filters": filters.params(),
            "count": len(shown), "total": total,
            "events": [_json_event(e) for e in shown]}
    response = jsonify(body)
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@bp.get("/embed")
def embed():
    """A compact list for other city pages to frame (``<iframe src=".../embed?department=fire">``);
    takes the filters, ``limit`` and ``from``."""
    tz = _config().tz
    filters = _checked(("limit", "from"))
    limit = count_param(request.args, "limit", EMBED_DEFAULT, 1, EMBED_MAX)
    since = day_param(request.args, "from", today()) or today()
    index = _index()
    items = (upcoming(_filtered(_events(), filters), tz, since)[:limit] if index is None
             else index.select(filters, since).slice(0, limit))
    response = make_response(render_template("embed.html", items=items, tz=tz, filters=filters,
                                             more_url=url_for("pages.index", **filters.params())))
    response.headers["Content-Security-Policy"] = current_app.config["CSP"].replace(
        "frame-ancestors 'self'", "frame-ancestors *")
    return response


def _safe_next(target: str | None) -> str:
    """Only same-site paths: ``/month/?x=1`` yes; ``//evil``, ``https://…``, ``\\evil`` no, nor
    any control character (CR/LF would split the Location header: a 500, or header injection)."""
    target = (target or "/").strip()
    parts = urlsplit(target)
    if (not target.startswith("/") or target.startswith("//") or "\\" in target
            or any(ord(c) < 32 or ord(c) == 127 for c in target)
            or parts.scheme or parts.netloc):
        return "/"
    return target


@bp.get("/lang/<code>")
def set_language(code: str):
    """The language switch: remember ``code`` in a cookie for a year, then go back."""
    if code not in i18n.LANGUAGES:
        abort(404)
    response = redirect(_safe_next(request.args.get("next")), code=303)
    response.set_cookie(i18n.COOKIE, code, max_age=i18n.COOKIE_MAX_AGE, samesite="Lax",
                        httponly=True, secure=request.is_secure, path="/")
    return response


@bp.after_app_request
def _vary(response: Response) -> Response:
    if response.mimetype == "text/html":
        response.headers.add("Vary", "Cookie")
        response.headers.add("Vary", "Accept-Language")
    return response


@bp.app_errorhandler(404)
def not_found(_error):
    return render_template("404.html", tz=_config().tz), 404


@bp.app_context_processor
def _site_context():
    cfg = _config()
    spanish = cfg.site.title_es if i18n.language() == "es" and cfg.site.title_es else ""
    return {"site_title": spanish or i18n.term(cfg.site.title), "city_timezone": cfg.timezone,
            "today": today()}
