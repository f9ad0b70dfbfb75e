"""A new city's ``config.yaml`` (``safety-events init`` in a folder without one). Pure.

:func:`city_answers` turns what the user gave (flags or prompts) into a :class:`CityAnswers`
with every default filled in; :func:`render_config` writes it as a commented YAML document
that :func:`sheets_sync.config.load_config` accepts as it is. Nothing here is specific to
any one city: the departments, aliases, titles and domains come from the answers, and the
defaults are generic (six common public-safety departments, a July fiscal year).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .config import is_loopback_url
from .model import slugify

#: Departments a new city gets when it names none (generic names and common spellings).
DEFAULT_DEPARTMENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Police", ("Police Department", "PD")),
    ("Fire", ("Fire Department", "Fire Dept", "FD")),
    ("Community Safety", ("Community Safety Department",)),
    ("Emergency Communications", ("911", "911 Center", "Emergency Communications Center")),
    ("Emergency Management", ("Emergency Management Office",)),
    ("Parks and Recreation", ("Parks", "Parks & Recreation", "Parks and Rec", "Parks & Rec", "P&R")),
)

EVENT_TYPES = ("National Night Out", "Smoke Alarm Install", "CPR Class", "Town Hall", "Open House",
               "Community Meeting", "Youth Program", "Safety Education", "Festival",
               "Recreation Program", "Other")

#: Spanish names of the generic departments and of :data:`EVENT_TYPES`, written into a new
#: city's config (``name_es``, ``site.terms_es``) so its Spanish pages are Spanish from the
#: first sync; every city edits them like any other setting.
DEPARTMENTS_ES = {"Police": "Policía", "Fire": "Bomberos", "Community Safety": "Seguridad Comunitaria",
                  "Emergency Communications": "Comunicaciones de Emergencia",
                  "Emergency Management": "Manejo de Emergencias",
                  "Parks and Recreation": "Parques y Recreación"}
TERMS_ES = {"National Night Out": "Noche Nacional Contra el Crimen",
            "Smoke Alarm Install": "Instalación de alarmas de humo", "CPR Class": "Clase de RCP",
            "Town Hall": "Asamblea comunitaria", "Open House": "Jornada de puertas abiertas",
            "Community Meeting": "Reunión comunitaria", "Youth Program": "Programa juvenil",
            "Safety Education": "Educación sobre seguridad", "Festival": "Festival",
            "Recreation Program": "Programa recreativo", "Other": "Otro",
            "All ages": "Todas las edades", "Adults": "Adultos", "Youth": "Jóvenes",
            "Seniors": "Personas mayores", "Families": "Familias"}

#: Header spellings other than the canonical ones that intake sheets commonly use.
COLUMN_ALIASES = {
    "Title": ["Event Name", "Event Title", "Event", "Name"],
    "Start Date": ["Date", "Event Date", "Start"],
    "End Date": ["End"],
    "Start Time": ["Time"],
    "Location": ["Venue", "Place", "Event Location"],
    "Lead Department": ["Department", "Dept", "Lead", "Host Department"],
    "Partner Departments": ["Partners", "Other Departments"],
    "Event Type": ["Type", "Category"],
    "Internal Notes": ["Notes", "Staff Notes"],
    "Registration URL": ["URL", "Link", "Registration Link"],
    "Contact": ["Contact Name", "Point of Contact"],
}

ABBREVIATIONS = {"nno": "National Night Out", "cpr": "CPR First Aid", "comm": "Community",
                 "emerg": "Emergency", "mtg": "Meeting", "prep": "Preparedness", "ctr": "Center",
                 "mkt": "Market", "nbhd": "Neighborhood", "nbrhd": "Neighborhood", "assn": "Association",
                 "assoc": "Association", "trng": "Training", "fest": "Festival"}
#: title words staff shorten that every city's sheet holds, read even where ``config.yaml``
#: lists none (its ``matching.abbreviations`` win): three fresh helpers' cities typed "Severe Wx
#: Awareness Wk", "Preparedness Mo. Kick-off", "Community Convo", "Sr. Expo" beside the words
COMMON_ABBREVIATIONS = {**ABBREVIATIONS, "wx": "Weather", "wk": "Week", "mo": "Month", "convo": "Conversation",
                        "sr": "Senior", "yth": "Youth", "trng": "Training", "mtg": "Meeting", "twn": "Town",
                        "tbl": "Table", "hse": "House", "cmty": "Community", "svc": "Service",
                        "b2s": "Back to School",
                        # (a fresh helper's "Quake ready mtg" at the EOC's "Earthquake Ready
                        # Neighborhoods", title 45, v57)
                        "quake": "Earthquake", "evac": "Evacuation",
                        # one holiday typed its several ways (two fresh helpers' parades: "July 4th
                        # Parade - traffic control" beside "Fourth of July Parade", title 57)
                        **dict.fromkeys(("fourth of july", "4th of july", "july 4th", "july fourth", "july 4"),
                                        "Independence Day"),
                        **dict.fromkeys(("nye", "new year's eve", "new years eve"), "New Years Eve"),
                        **dict.fromkeys(("mlk day", "martin luther king jr day", "martin luther king day"), "MLK Day")}

#: Spanish title words → English, so both titles of one event match (a generic glossary).
TRANSLATIONS = {
    "noche nacional contra el crimen": "National Night Out", "noche nacional": "National Night Out",
    "alarmas de humo": "Smoke Alarm", "alarma de humo": "Smoke Alarm", "primeros auxilios": "First Aid",
    "puertas abiertas": "Open House", "reunion comunitaria": "Community Meeting",
    "asamblea comunitaria": "Town Hall", "seguridad": "Safety", "comunidad": "Community",
    "comunitaria": "Community", "feria": "Fair", "taller": "Workshop", "clase": "Class",
    "reunion": "Meeting", "vecindario": "Neighborhood", "prevencion": "Prevention",
    "incendios": "Fire", "bomberos": "Fire", "policia": "Police", "preparacion": "Preparedness",
    "emergencias": "Emergency", "emergencia": "Emergency", "jovenes": "Youth", "dia": "Day",
    "regreso a clases": "Back to School", "feria de salud": "Health Fair", "casa abierta": "Open House",
    "rcp": "CPR", "limpieza": "Cleanup", "recursos": "Resources", "salud": "Health",
    "ingles": "English", "familia": "Family", "familiar": "Family", "ninos": "Kids",
}

DEFAULT_BASE_URL = "http://127.0.0.1:5000"
FALLBACK_TIMEZONE = "America/New_York"


@dataclass(frozen=True)
class DepartmentAnswer:
    name: str
    aliases: tuple[str, ...] = ()
    core: bool = True


@dataclass(frozen=True)
class CityAnswers:
    """Everything ``render_config`` needs, defaults already applied."""
    city: str
    site_title: str
    site_title_es: str
    timezone: str
    fiscal_year_start_month: int
    departments: tuple[DepartmentAnswer, ...]
    workbook: str | None            # a path relative to the config's folder, or None for Google
    spreadsheet_key: str | None
    base_url: str
    uid_domain: str


def parse_department(text: str) -> DepartmentAnswer:
    """``"Name:alias1,alias2"`` (aliases optional) → a core :class:`DepartmentAnswer`.

    Raises ``ValueError`` for a blank name."""
    name, _, aliases = text.partition(":")
    name = name.strip()
    if not name:
        raise ValueError(f"{text!r} has no department name; use \"Name:alias1,alias2\"")
    found = tuple(a.strip() for a in aliases.split(",") if a.strip())
    return DepartmentAnswer(name, found)


def system_timezone(localtime: Path = Path("/etc/localtime"),
                    timezone_file: Path = Path("/etc/timezone")) -> str | None:
    """This machine's IANA timezone name, when it can be told (``TZ`` is not consulted)."""
    candidates = []
    try:
        candidates.append(timezone_file.read_text(encoding="utf-8").strip())
    except OSError:
        pass
    try:
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name and name not in ("UTC", "Etc/UTC"):
            try:
                ZoneInfo(name)
                return name
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return None


def city_answers(*, city: str = "", site_title: str = "", site_title_es: str = "",
                 timezone: str = "", fiscal_year_start: int | None = None,
                 departments: Sequence[str] = (), not_core: Sequence[str] = (),
                 workbook: str | None = None, google: str | None = None,
                 base_url: str = "", uid_domain: str = "") -> CityAnswers:
    """Fill the defaults. Raises ``ValueError`` with a sentence for an impossible answer."""
    city = city.strip()
    if workbook and google:
        raise ValueError("give either --workbook or --google, not both")
    depts = tuple(parse_department(d) for d in departments) or tuple(
        DepartmentAnswer(n, a) for n, a in DEFAULT_DEPARTMENTS)
    names = {d.name.lower() for d in depts}
    unknown = [n for n in not_core if n.strip().lower() not in names]
    if unknown:
        raise ValueError(f"--not-core {unknown[0]!r} is not one of the departments "
                         f"({', '.join(d.name for d in depts)})")
    outside = {n.strip().lower() for n in not_core}
    depts = tuple(DepartmentAnswer(d.name, d.aliases, d.name.lower() not in outside) for d in depts)
    month = 7 if fiscal_year_start is None else fiscal_year_start
    if not 1 <= month <= 12:
        raise ValueError(f"--fiscal-year-start {month} is not a month number 1-12")
    tz = timezone.strip() or system_timezone() or FALLBACK_TIMEZONE
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"--timezone {tz!r} is not an IANA timezone such as America/Chicago") from None
    base = (base_url.strip() or DEFAULT_BASE_URL).rstrip("/")
    host = re.sub(r"^https?://", "", base).split("/")[0].split(":")[0]
    domain = uid_domain.strip() or (host if not is_loopback_url(base) else
                                    f"{slugify(city) or 'city'}.safety-events")
    title = site_title.strip() or (f"{city} Community Safety Events" if city else
                                   "Community Safety Events")
    title_es = site_title_es.strip() or (f"Eventos de seguridad comunitaria de {city}" if city else
                                         "Eventos de seguridad comunitaria")
    return CityAnswers(city, title, title_es, tz, month, depts,
                       None if google else (workbook or "intake.xlsx"), google or None,
                       base, domain)


def _j(value) -> str:
    """A YAML flow value (JSON is valid YAML), quoted exactly as needed."""
    return json.dumps(value, ensure_ascii=False)


def render_config(a: CityAnswers) -> str:
    """The commented ``config.yaml`` text for ``a``."""
    lines = [
        f"# safety-events configuration for {a.city or 'your city'} (written by `safety-events init`).",
        "# This file is the one place to change settings. Every key is checked on load, and",
        "# `safety-events check` lists every problem at once with its key path.",
        f"timezone: {_j(a.timezone)}              # IANA name: months and quarters are counted in it",
        "#   (typed times are read in it: once synced, changing it moves every published event, so",
        "#   the sync asks for `safety-events sync --allow-timezone-change`)",
        f"fiscal_year_start_month: {a.fiscal_year_start_month}          "
        f"# {_fiscal_example(a.fiscal_year_start_month)}",
        "",
        "departments:                        # one intake tab each; core: counts toward the "
        "all-department measure",
        "  # aliases: other spellings staff type in Lead/Partner Departments (abbreviations, long names).",
        "  # units: words or regular expressions for units staff type instead of the department",
        "  # (Engine 7, Beat 12 officers, ...); the usual units of police, fire, 911, emergency",
        "  # management, community safety and parks departments are built in.",
    ]
    for d in a.departments:
        lines += [f"  - name: {_j(d.name)}", f"    aliases: {_j(list(d.aliases))}",
                  f"    core: {'true' if d.core else 'false'}"]
        es = DEPARTMENTS_ES.get(d.name)
        lines += [f"    name_es: {_j(es)}" if es else
                  "    # name_es: \"...\"               # its name on Spanish pages (blank: the name)"]
    lines += ["", "event_types:                        # the Event Type dropdown"]
    lines += [f"  - {_j(t)}" for t in EVENT_TYPES]
    lines += ["", "targets:", "  joint_events_per_month: 2", "  all_department_events_per_quarter: 1",
              "", "source:"]
    if a.spreadsheet_key:
        lines += ["  kind: google                      # workbook | google",
                  f"  spreadsheet_key: {_j(a.spreadsheet_key)}   # the id between /d/ and /edit in "
                  "the sheet's address",
                  "  # credentials_file: /secure/path/service-account.json   "
                  "(or set GOOGLE_APPLICATION_CREDENTIALS)"]
    else:
        lines += ["  kind: workbook                    # workbook | google",
                  f"  workbook: {_j(a.workbook)}            # relative to this file's folder",
                  "  # kind: google", "  # spreadsheet_key: 1AbC...        # the id in the sheet's address",
                  "  # kind: microsoft                 # a workbook in SharePoint/OneDrive: see the",
                  "  # microsoft: {tenant: ..., client_id: ..., site: ..., path: ...}  # README"]
    lines += ["  calendars: []                     # departments whose calendar is an exported .ics "
              "file:",
              "  #  - file: calendars/parks.ics",
              "  #    department: Parks and Recreation",
              "  #    visibility: Public",
              "  column_aliases:                   # other header spellings staff use -> canonical "
              "column"]
    lines += [f"    {_j(k)}: {_j(v)}" for k, v in COLUMN_ALIASES.items()]
    lines += ["", "output:", "  dir: out                          # published files, record and "
              "report (relative to this file)",
              "  report_workbook: report.xlsx", "  record: record.sqlite", "",
              "feed:", "  past_days: 400", "  future_days: 800", "  removed_grace_days: 30",
              "  refresh_minutes: 60", "  stale_after_minutes: 120", "",
              "site:",
              f"  title: {_j(a.site_title)}",
              f"  title_es: {_j(a.site_title_es)}",
              "  terms_es:                         # sheet words -> Spanish pages (event types, "
              "audiences)"] + [f"    {_j(k)}: {_j(v)}" for k, v in TERMS_ES.items()] + [
              f"  base_url: {_j(a.base_url)}      # the public address residents use; "
              "a loopback address is",
              "                                    # warned about on every sync "
              "(sync --strict fails)",
              f"  uid_domain: {_j(a.uid_domain)}   # makes event UIDs unique: never change it "
              "after the first sync",
              "",
              "matching:                           # duplicate detection (README: \"Duplicates and "
              "the Review tab\")",
              "  abbreviations:                    # title words staff shorten -> what they stand "
              "for"]
    lines += [f"    {_j(k)}: {_j(v)}" for k, v in ABBREVIATIONS.items()]
    lines += ["  translations:                     # Spanish title words -> English"]
    lines += [f"    {_j(k)}: {_j(v)}" for k, v in TRANSLATIONS.items()]
    lines += ["  time_tolerance_minutes: 45", "  title_threshold: 85", "  attendance_margin: 0.25", ""]
    return "\n".join(lines)


def _fiscal_example(start_month: int) -> str:
    """The config comment for ``fiscal_year_start_month`` (1-12): which months one fiscal year
    covers, named by the year it ends in as :func:`reports.measures.fiscal_quarter` names it
    (``7`` → ``"7 = July: FY26 runs July 2025 - June 2026"``)."""
    import calendar
    first = calendar.month_name[start_month]
    if start_month == 1:
        return "1 = January: FY26 is the calendar year 2026"
    return (f"{start_month} = {first}: FY26 runs {first} 2025 - "
            f"{calendar.month_name[start_month - 1]} 2026")
