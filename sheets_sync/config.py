"""Declarative, validated configuration (``config.yaml``).

Every key has a type, a default and a description (pydantic models below, in the spirit of
khal's config spec). :func:`load_config` reports *every* problem at once, each with its key
path (``departments.2.aliases``), by raising :class:`ConfigError`.

Relative paths in the file are resolved against the directory holding the config file.
Credentials are never read from the config file itself: only a *path* to a key file.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
import re
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator,
                      model_validator)

from .model import slugify, unaccented
from .units import KINDS, check_unit, kind_of, unit_regex, units_for


class ConfigError(Exception):
    """A config file could not be used. ``problems`` lists ``"key.path: message"`` strings."""

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{source} has {len(problems)} problem(s):\n{lines}")


class MissingConfig(ConfigError):
    """There is no config file at ``source``: the message names the command that creates one."""

    def __init__(self, source: str):
        self.source = source
        self.problems = [f"{source}: no such file"]
        Exception.__init__(self, missing_config_message(source))


def missing_config_message(source: str) -> str:
    """The sentence every command prints when its config file does not exist."""
    option = "" if Path(source).name == "config.yaml" and Path(source).parent == Path(".") \
        else f" --config {source}"
    return (f"there is no config file {source} (in {Path(source).resolve().parent}). Create one "
            f"for your city with:\n    safety-events init{option} --city \"Your City\"\n"
            "(safety-events init --help lists every option), or point to an existing one with "
            "--config PATH or the SAFETY_EVENTS_CONFIG environment variable.")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)




UnitPattern = Annotated[str, AfterValidator(check_unit)]


class Department(_Strict):
    name: str = Field(description="Display name, e.g. 'Police'.")
    aliases: list[str] = Field(default_factory=list, description="Other spellings staff type (DPD).")
    core: bool = Field(default=True, description="Counts toward the all-department measure.")
    slug: str = Field(default="", description="URL slug; derived from the name when blank.")
    kind: Literal[KINDS] | None = Field(  # type: ignore[valid-type]
        default=None, description="Which built-in units apply (" + ", ".join(KINDS) + "); "
        "recognised from the name, then the aliases, when blank.")
    units: list[UnitPattern] = Field(
        default_factory=list, description="Words or regular expressions (any case, whole words) "
        "naming a unit of this department, e.g. 'Engine \\d+', 'park rangers'; added to the "
        "built-in units of its kind.")
    default_units: bool = Field(
        default=True, description="Use the built-in units of the department's kind (false: only "
        "`units`).")
    name_es: str = Field(default="", description="The name on Spanish pages (blank: the name).")
    url: str = Field(default="", pattern=r"^(https?://\S+)?$",
                     description="The department's own web page (organizer URL on event pages).")

    @property
    def recognised_kind(self) -> str | None:
        """``kind``, else the one its name or aliases say (:func:`~.units.department_kind`)."""
        return self.kind or kind_of(self.name, tuple(self.aliases))

    @property
    def all_units(self) -> tuple[str, ...]:
        """Built-in units of its kind (unless ``default_units`` is false), then ``units``."""
        return units_for(self.name, self.aliases, self.kind, self.units, self.default_units)

    @model_validator(mode="after")
    def _fill_slug(self) -> "Department":
        if not self.slug:
            object.__setattr__(self, "slug", slugify(self.name))
        return self


class CalendarSource(_Strict):
    file: Path = Field(description="An exported .ics file (Outlook, CivicPlus, Google Calendar).")
    department: str = Field(description="The department this calendar belongs to.")
    visibility: Literal["Public", "Internal"] = Field(
        default="Public", description="Visibility of its events (they were published already).")
    event_type: str = Field(default="", description="Event type given to its events.")


class Microsoft365(_Strict):
    """Where the intake workbook lives in SharePoint or OneDrive, and the app that reads it
    (Microsoft Graph, client-credentials flow). Never the secret itself: only where to find it."""
    tenant: str = Field(description="Directory (tenant) ID or domain, e.g. contoso.onmicrosoft.com.")
    client_id: str = Field(description="Application (client) ID of the app registration.")
    site: str | None = Field(
        default=None, description="SharePoint site as host:/server-relative-path "
        "(contoso.sharepoint.com:/sites/PublicSafety) or a site id.")
    drive: str | None = Field(
        default=None, description="Document library name (e.g. Documents) or drive id; blank: "
        "the site's default library.")
    path: str | None = Field(
        default=None, description="The intake workbook's path inside the library "
        "(Intake/Safety Events.xlsx).")
    sharing_link: str | None = Field(
        default=None, description="Instead of site/drive/path: a sharing link to the workbook "
        "(resolved once to the drive item).")
    report_name: str = Field(
        default="Safety Events report.xlsx", description="The generated report workbook, "
        "uploaded next to the intake (same folder); the intake is never modified.")
    client_secret_env: str = Field(
        default="SAFETY_EVENTS_GRAPH_SECRET", description="Environment variable holding the "
        "client secret (used when no certificate or secret file is set).")
    client_secret_file: Path | None = Field(
        default=None, description="A file holding the client secret (outside the project folder).")
    certificate_file: Path | None = Field(
        default=None, description="PEM file with the app's certificate and private key "
        "(preferred over a secret).")
    authority_host: str = Field(
        default="https://login.microsoftonline.com", description="Microsoft Entra sign-in host "
        "(national clouds: https://login.microsoftonline.us).")
    graph_url: str = Field(
        default="https://graph.microsoft.com/v1.0", description="Microsoft Graph base URL.")

    @model_validator(mode="after")
    def _one_location(self) -> "Microsoft365":
        if self.sharing_link and (self.site or self.path):
            raise ValueError("give either sharing_link or site + path, not both")
        if not self.sharing_link and not (self.site and self.path):
            raise ValueError("set site and path (the workbook in a SharePoint library), or "
                             "sharing_link")
        return self


class Source(_Strict):
    kind: Literal["workbook", "google", "microsoft"] = Field(default="workbook")
    workbook: Path | None = Field(default=None, description="Intake .xlsx for kind=workbook.")
    spreadsheet_key: str | None = Field(default=None, description="Google spreadsheet key.")
    credentials_file: Path | None = Field(
        default=None, description="Service-account key path (else GOOGLE_APPLICATION_CREDENTIALS).")
    calendars: list[CalendarSource] = Field(default_factory=list)
    column_aliases: dict[str, list[str]] = Field(
        default_factory=dict, description="Canonical column → other header spellings.")
    max_rows: int = Field(
        default=100_000, ge=1, description="A .xlsx tab with more rows (declared or read) is "
        "refused with a message instead of read for minutes.")
    max_columns: int = Field(default=200, ge=1, description="Likewise for columns per tab.")
    max_cell_chars: int = Field(
        default=50_000, ge=1, description="A .xlsx cell longer than this (characters) refuses the workbook.")
    max_member_mb: int = Field(
        default=200, ge=1, description="A .xlsx part (sheet, shared strings) larger than this "
        "(MB, uncompressed) refuses the workbook.")
    microsoft: Microsoft365 | None = Field(
        default=None, description="For kind=microsoft: the workbook in SharePoint/OneDrive.")
    max_generated_rows: int = Field(
        default=50_000, ge=1, description="kind=google: data rows a generated tab keeps "
        "(Drill-down, Combined Events, Review, Validation); the rest is counted in a last row, "
        "so a growing tab never blocks the write or the 10,000,000-cell limit.")

    @model_validator(mode="after")
    def _kind_needs(self) -> "Source":
        if self.kind == "workbook" and self.workbook is None:
            raise ValueError("source.kind is 'workbook' but source.workbook is not set")
        if self.kind == "google" and not self.spreadsheet_key:
            raise ValueError("source.kind is 'google' but source.spreadsheet_key is not set")
        if self.kind == "microsoft" and self.microsoft is None:
            raise ValueError("source.kind is 'microsoft' but source.microsoft (tenant, client_id, "
                             "site, path) is not set")
        return self


class Output(_Strict):
    dir: Path = Field(default=Path("out"), description="Where published files go.")
    report_workbook: str = Field(default="report.xlsx", description="Generated tabs (in dir).")
    record: str = Field(default="record.sqlite", description="The combined record (in dir).")

    @field_validator("report_workbook")
    @classmethod
    def _xlsx_name(cls, value: str) -> str:
        if not re.fullmatch(r"(?i).*[^/\\\s]\.xlsx", value.strip()):
            raise ValueError(f"{value!r} is not a workbook file name; use a name ending in .xlsx, "
                             "e.g. report.xlsx")
        return value


class Targets(_Strict):
    joint_events_per_month: int = Field(default=2, ge=0)
    all_department_events_per_quarter: int = Field(default=1, ge=0)


class Feed(_Strict):
    past_days: int = Field(default=400, ge=0, description="Feed window into the past.")
    future_days: int = Field(default=800, ge=1, description="Feed window into the future.")
    removed_grace_days: int = Field(
        default=30, ge=0, description="Days a removed/cancelled event stays in the feed.")
    refresh_minutes: int = Field(default=60, ge=5, description="REFRESH-INTERVAL hint.")
    stale_after_minutes: int = Field(default=120, ge=1, description="/healthz says stale after.")
    max_removed_share: float = Field(
        default=0.2, ge=0, le=1, description="A sync that would remove or cancel more than this "
        "share of the events published so far (0.2 = 20%) stops before publishing, exits 1 and "
        "says why; the last good feed stays. 1 turns the check off; `sync --allow-removals` "
        "lets one run through.")
    max_removed_floor: int = Field(
        default=5, ge=0, description="Removing or cancelling at most this many events never "
        "stops a sync, whatever the share (a small calendar losing two events is normal).")
    max_unlisted_types: int = Field(
        default=20, ge=0, description="Event types typed in rows but not listed in event_types "
        "get a feed of their own up to this many (the most used first); the rest are published "
        "in the Other feed (/types/other.ics) with a Validation warning, so free text cannot "
        "multiply feed files.")


class Site(_Strict):
    title: str = Field(default="Community Safety Events")
    title_es: str = Field(default="", description="The site's title on Spanish pages (blank: the "
                          "English title, or its translation when the catalogue has one).")
    base_url: str = Field(default="http://127.0.0.1:5000", description="Public URL of the site.")
    uid_domain: str = Field(default="safety-events.example.gov", description="Right side of UIDs.")
    prodid: str = Field(default="-//safety-events//Community Safety Events//EN")
    map_tiles: str = Field(
        default="", pattern=r"^(https://\S*\{z\}\S*\{x\}\S*\{y\}\S*)?$",
        description="Map tiles for the /map page: an https URL template with {z}, {x} and {y} "
        "(your own or a provider you have an agreement with). Blank: the map shows the markers "
        "without a background and loads nothing from elsewhere.")
    map_attribution: str = Field(default="", description="Credit the tile provider requires, "
                                 "shown under the map (e.g. \u00a9 OpenStreetMap contributors).")
    open_data_email: str = Field(
        default="", pattern=r"^([^@\s]+@[^@\s]+\.[^@\s]+)?$",
        description="The open-data contact's e-mail, published as contactPoint in "
        "open-data/data.json (DCAT-US). Blank: a placeholder, opendata@example.gov.")
    terms_es: dict[str, str] = Field(
        default_factory=dict, description="Words from the sheet → Spanish on Spanish pages: event "
        "types, audiences (\"All ages\": Todas las edades). Department names: `departments[].name_es`.")
    page_size: int = Field(
        default=50, ge=5, le=500, description="Events a page of the upcoming list, a search or a "
        "month shows; previous/next links lead to the rest (a page costs what it shows).")


class Matching(_Strict):
    abbreviations: dict[str, str] = Field(
        default_factory=dict, description="Title abbreviation → expansion (NNO → National Night Out).")
    translations: dict[str, str] = Field(
        default_factory=dict, description="Title words in another language → English "
        "(seguridad → safety), so a Spanish and an English title of one event match.")
    event_kinds: dict[str, list[str]] = Field(
        default_factory=dict, description="Kinds of event and more phrases naming them, added to "
        "the built-in ones (cleanup: [litter pickup, beautification]; README: \"Kinds of event\"), "
        "so two departments' titles of one event in different words match.")
    time_tolerance_minutes: int = Field(
        default=45, ge=0, description="Starts this close (minutes) count as the same time.")
    title_threshold: float = Field(
        default=85, ge=0, le=100, description="Title similarity (0-100) needed for a confident merge.")
    attendance_margin: float = Field(
        default=0.25, ge=0, le=1, description="Merged attendance reports further apart than this "
        "fraction of the largest get a Validation warning.")
    places: dict[str, str] = Field(
        default_factory=dict, description="A small gazetteer: venue name → its street address "
        "(Firehouse 14: 1300 Cook Rd), so a row naming only the venue and a row giving only the "
        "address are recognised as one place. Pairs the sheet itself gives (rows with both) are "
        "learned on every sync; list here only venues no row ever places.")


class MetricsPolicy(_Strict):
    """The counting policy (reports.measures.Policy) and chart thresholds."""
    count_internal_joint: bool = Field(
        default=False, description="Count an event whose every row is Internal (a planning meeting, "
        "a staff training) with two or more departments as a joint community event. Off: it is "
        "reported separately as internal joint work.")
    joint_share_min_events: int = Field(
        default=4, ge=1, description="The joint-share chart shows a month only when it has at least "
        "this many events (one event would read as 0% or 100%).")


class Smtp(_Strict):
    host: str = Field(default="", description="SMTP server (blank: no e-mail).")
    port: int = Field(default=587, ge=1, le=65535, description="587 for STARTTLS, 465 for TLS.")
    security: Literal["starttls", "tls", "none"] = Field(
        default="starttls", description="starttls (RFC 3207) upgrades the plain connection before "
        "logging in; tls connects with TLS; none only for a relay on this machine.")
    username: str = Field(default="", description="Login name (blank: no AUTH).")
    password_env: str = Field(default="SAFETY_EVENTS_SMTP_PASSWORD", description="Environment "
                              "variable holding the password (never put it in this file).")
    password_file: Path | None = Field(default=None, description="Or a file holding the password.")
    sender: str = Field(default="", description="From address, e.g. safety-events@city.gov.")
    ca_file: Path | None = Field(default=None, description="CA certificates (PEM) to trust for the "
                                 "server's certificate (blank: the system's).")
    timeout_seconds: float = Field(default=60, gt=0)


class Digest(_Strict):
    enabled: bool = Field(default=False, description="`safety-events schedule` sends the weekly digest.")
    weekday: Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] = \
        Field(default="monday", description="Day the weekly digest goes out (local time).")
    time: str = Field(default="08:00", description="Local time (HH:MM, 24-hour) from which the "
                      "week's digest is due.")
    weeks_ahead: int = Field(default=3, ge=1, le=26, description="How far ahead it looks.")
    recipients: dict[str, list[str]] = Field(
        default_factory=dict, description="Department → e-mail addresses of its staff.")
    coordinators: list[str] = Field(default_factory=list, description="Coordinators' addresses "
                                    "(they receive the all-department digest).")
    teams_webhook_env: dict[str, str] = Field(
        default_factory=dict, description="Department (or 'Coordinators') → environment variable "
        "holding its Teams Workflows webhook URL (the URL is a secret: never in this file).")
    smtp: Smtp = Field(default_factory=Smtp)

    @field_validator("time")
    @classmethod
    def _hh_mm(cls, value: str) -> str:
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value):
            raise ValueError(f"{value!r} is not a 24-hour time; use HH:MM, e.g. 08:00 or 16:30")
        return value


class Clashes(_Strict):
    large_attendance: int = Field(default=150, ge=1, description="Expected attendance from which "
                                  "a public event is large.")
    distance_km: float = Field(default=1.0, ge=0, description="Two large public events this close "
                               "at the same hour clash (needs venue coordinates).")
    venues: dict[str, tuple[float, float]] = Field(
        default_factory=dict, description="Venue name or address → [latitude, longitude].")


class Coordination(_Strict):
    capabilities: dict[str, list[str]] = Field(
        default_factory=dict, description="Department → what it can bring (a CPR demo, a fire "
        "engine, a HEART info table); matched to Assistance Wanted requests.")
    share_private_with: dict[str, list[str]] = Field(
        default_factory=dict, description="Department → departments (or 'Coordinators') whose "
        "digest may show its events' Contact and Internal Notes (default: nobody).")
    clashes: Clashes = Field(default_factory=Clashes)
    digest: Digest = Field(default_factory=Digest)


class Performance(_Strict):
    report_workers: int | None = Field(
        default=None, ge=1, le=2, description="Processes that write the local report workbook: "
        "2 = the report (and its charts) is written by a worker process on a second core while "
        "the sync builds the feed; 1 = the sync writes it itself. Default: 2 when the sync may "
        "use two or more CPUs, else 1 (issue 17).")
    parallel_min_events: int = Field(
        default=1000, ge=0, description="Fewest combined events for which the report worker is "
        "started (below that, starting it costs more than it saves).")
    parse_workers: int | None = Field(
        default=None, ge=1, le=2, description="Processes that parse the intake rows and score "
        "the merge's candidate pairs: 2 = a forked copy of the sync parses (scores) part of them "
        "while the sync does the rest (Linux only; the result is the same); 1 = the sync does "
        "them all. Default: 2 when the sync may use two or more CPUs, else 1 (issue 17).")
    parse_min_rows: int | None = Field(
        default=2000, ge=0, description="Fewest intake rows for which a forked copy helps parse "
        "them (below that, it costs about what it saves); null = never.")
    score_min_pairs: int | None = Field(
        default=30000, ge=0, description="Fewest candidate pairs for which a forked copy "
        "(parse_workers: 2) scores part of them while the sync scores the rest (the bench's "
        "40,000 rows give 44,000 pairs, 100,000 rows 200,000; below 30,000 pairs the copy costs "
        "about what it saves); null = never.")


class Config(_Strict):
    timezone: str = Field(default="America/New_York")
    fiscal_year_start_month: int = Field(default=7, ge=1, le=12)
    departments: list[Department] = Field(min_length=1)
    event_types: list[str] = Field(default_factory=list)
    event_type_aliases: dict[str, list[str]] = Field(
        default_factory=dict, description="Event type (as listed in event_types) → its other "
        "spellings, such as its name before a rename: rows typed so are in its feed, and the "
        "old feed URL /types/<old-slug>.ics keeps answering.")
    targets: Targets = Field(default_factory=Targets)
    source: Source
    output: Output = Field(default_factory=Output)
    feed: Feed = Field(default_factory=Feed)
    site: Site = Field(default_factory=Site)
    matching: Matching = Field(default_factory=Matching)
    metrics: MetricsPolicy = Field(default_factory=MetricsPolicy)


    coordination: Coordination = Field(default_factory=Coordination)
    performance: Performance = Field(default_factory=Performance)
    base_dir: Path = Field(default=Path("."), description="Set by the loader; not in the file.")

    @field_validator("timezone")
    @classmethod
    def _tz_exists(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown IANA timezone {value!r} (e.g. America/New_York)") from None
        return value

    # -- derived values ---------------------------------------------------------------------
    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def core_departments(self) -> tuple[str, ...]:
        return tuple(d.name for d in self.departments if d.core)

    @property
    def department_names(self) -> tuple[str, ...]:
        return tuple(d.name for d in self.departments)

    def department_lookup(self) -> dict[str, str]:
        """Lower-cased name/alias/slug → department name; the Spanish name (``name_es``), with
        and without accents, too, unless another department already uses that spelling; and
        "911" for the one 911 centre (its ``kind``, set or read from its name), unless a
        department already uses it: a centre named "Joint Communications" is what staff call
        911 ("Coffee with a Cop - 911 joins us": an adversarial helper's check)."""
        out: dict[str, str] = {}
        for d in self.departments:
            for spelling in (d.name, d.slug, *d.aliases):
                out[spelling.strip().lower()] = d.name
        for d in self.departments:          # the Spanish name, with and without accents (v31 D12)
            for spelling in filter(None, (d.name_es.strip().lower(), unaccented(d.name_es.strip().lower()))):
                out.setdefault(spelling, d.name)
        centres = [d.name for d in self.departments if d.recognised_kind == "emergency_communications"]
        if len(centres) == 1:
            out.setdefault("911", centres[0])
        return out

    def department_units(self) -> dict[str, tuple[re.Pattern[str], ...]]:
        """Department name → its compiled unit patterns (built-in and configured)."""
        return {d.name: tuple(unit_regex(u) for u in d.all_units) for d in self.departments}

    def slug_of(self, department: str) -> str:
        for d in self.departments:
            if d.name == department:
                return d.slug
        return slugify(department)

    def path(self, p: Path | str) -> Path:
        """Resolve a config-relative path."""
        p = Path(p)
        return p if p.is_absolute() else (self.base_dir / p)

    @property
    def out_dir(self) -> Path:
        return self.path(self.output.dir)

    @property
    def record_path(self) -> Path:
        return self.out_dir / self.output.record

    @property
    def report_path(self) -> Path:
        return self.out_dir / self.output.report_workbook


def _format_error(err: dict) -> str:
    loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        msg = "unknown key (check its spelling)"
    value = err.get("input")
    if err["type"] == "string_type" and isinstance(value, (bool, int, float)):
        # (YAML reads 911 as a number and yes/no/on/off as true/false: a fresh city's check,
        # "Input should be a valid string" said nothing of the quotes it needed)
        read_as = "true/false" if isinstance(value, bool) else "a number"
        msg += (f": YAML reads {value!r} written without quotes as {read_as} — put the value in quotes"
                + ("" if isinstance(value, bool) else f', e.g. "{value}"'))
    return f"{loc}: {msg}"


def _items(value) -> list:
    """A list value as a list; anything else (a type error reported on its own) as empty."""
    return value if isinstance(value, list) else []


def _mapping(value) -> dict:
    return value if isinstance(value, dict) else {}


def cross_checks(config: Config | dict) -> list[str]:
    """Problems that involve several keys, each as ``"key.path: message"`` (all of them).

    Takes a validated :class:`Config` or the raw mapping read from the file: on the raw mapping
    a value of the wrong type is skipped (its type error is reported on its own), so a type
    error never hides the cross-key problems elsewhere in the file."""
    from .model import CANONICAL_COLUMNS
    data = config.model_dump() if isinstance(config, Config) else _mapping(config)
    problems: list[str] = []
    seen: dict[str, str] = {}
    names: set[str] = set()
    departments = [(i, d) for i, d in enumerate(_items(data.get("departments")))
                   if isinstance(d, dict) and isinstance(d.get("name"), str)]
    for i, dept in departments:
        name = dept["name"]
        problems += _tab_name_problems(f"departments.{i}.name", name)
        if name.strip().lower() in names:
            problems.append(f"departments.{i}.name: {name!r} is listed twice")
        names.add(name.strip().lower())
        spellings = [(f"departments.{i}.name", name)] + [
            (f"departments.{i}.aliases.{j}", a) for j, a in enumerate(_items(dept.get("aliases")))
            if isinstance(a, str)]
        for path, spelling in spellings:
            key = spelling.strip().lower()
            if key in seen and seen[key] != name:
                problems.append(f"{path}: {spelling!r} names both {seen[key]!r} and {name!r}")
            seen.setdefault(key, name)
    unit_owner: dict[str, str] = {}
    for i, dept in departments:
        name = dept["name"]
        for j, unit in enumerate(_items(dept.get("units"))):
            if not isinstance(unit, str):
                continue
            path = f"departments.{i}.units.{j}"
            key = unit.strip().lower()
            if key in seen and seen[key] != name:
                problems.append(f"{path}: {unit!r} is a name or alias of {seen[key]!r}; remove it "
                                f"from {name!r}'s units")
            elif key in unit_owner and unit_owner[key] != name:
                problems.append(f"{path}: {unit!r} is also a unit of {unit_owner[key]!r}; a unit "
                                "names one department")
            unit_owner.setdefault(key, name)
    types: set[str] = set()
    for i, event_type in enumerate(_items(data.get("event_types"))):
        if not isinstance(event_type, str):
            continue
        if event_type.strip().lower() in types:
            problems.append(f"event_types.{i}: {event_type!r} is listed twice")
        types.add(event_type.strip().lower())
    problems += _type_alias_problems(types, _mapping(data.get("event_type_aliases")))
    source = _mapping(data.get("source"))
    canonical = {c.lower(): c for c in (*CANONICAL_COLUMNS, "External UID")}
    for column in _mapping(source.get("column_aliases")):
        if isinstance(column, str) and column.strip().lower() not in canonical:
            problems.append(f"source.column_aliases.{column}: not an intake column; use one of "
                            + ", ".join(CANONICAL_COLUMNS))
    problems += _microsoft_problems(source)
    if departments:     # with no readable department, every calendar would be reported
        for i, cal in enumerate(_items(source.get("calendars"))):
            department = _mapping(cal).get("department")
            if isinstance(department, str) and department.strip().lower() not in seen:
                problems.append(f"source.calendars.{i}.department: {department!r} is not a "
                                "configured department or alias")
    site = _mapping(data.get("site"))
    base_url = site.get("base_url", Site.model_fields["base_url"].default)
    if isinstance(base_url, str) and not re.fullmatch(r"https?://[^\s/]+(/[^\s]*)?", base_url):
        problems.append(f"site.base_url: {base_url!r} is not a web address like "
                        "https://events.example.gov")
    uid_domain = site.get("uid_domain", Site.model_fields["uid_domain"].default)
    if (isinstance(uid_domain, str) or uid_domain is None) \
            and not re.fullmatch(r"[A-Za-z0-9.-]+", uid_domain or ""):
        problems.append(f"site.uid_domain: {uid_domain!r} must be a domain name like "
                        "events.example.gov (it makes every UID globally unique; never change it)")
    problems += coordination_checks(_mapping(data.get("coordination")), seen if departments else None)
    return problems


def _microsoft_problems(source: dict) -> list[str]:
    """Where the Microsoft 365 workbook is, checked on the raw mapping (so an unknown key or a
    wrong type in the block hides nothing); the same sentences as :class:`Microsoft365`."""
    ms = source.get("microsoft")
    if source.get("kind") != "microsoft" or not isinstance(ms, dict):
        return []
    problems = []
    text = lambda key: ms.get(key) if isinstance(ms.get(key), str) and ms.get(key).strip() else None  # noqa: E731
    link, site, path = text("sharing_link"), text("site"), text("path")
    if link and (site or path):
        problems.append("source.microsoft: give either sharing_link or site + path, not both")
    elif not link and not (site and path):
        problems.append("source.microsoft: set site and path (the workbook in a SharePoint library), "
                        "or sharing_link")
    report = text("report_name")
    if report and not report.lower().endswith(".xlsx"):
        problems.append(f"source.microsoft.report_name: {report!r} must end in .xlsx (the report is an "
                        "Excel workbook uploaded next to the intake)")
    elif report and path and report.strip().lower() == path.strip("/").rsplit("/", 1)[-1].strip().lower():
        problems.append(f"source.microsoft.report_name: {report!r} is the intake workbook's own name; "
                        "the report is a separate file next to it: give it another name")
    return problems


#: Longest tab name Excel (and so an .xlsx from Google Sheets or SharePoint) accepts.
TAB_NAME_MAX = 31
_TAB_NAME_FORBIDDEN = "[]:*?/\\"


def _tab_name_problems(path: str, name: str) -> list[str]:
    """A department's name is its intake tab's name: what Excel refuses, and the names of the
    tabs the project makes itself (the template's helper and offers tabs, the generated tabs)."""
    from reports.tabs import GENERATED_TABS
    from .offers import OFFERS_TAB
    from .template import HELPER_TAB
    problems = []
    bad = sorted({c for c in name if c in _TAB_NAME_FORBIDDEN})
    if bad:
        problems.append(f"{path}: {name!r} cannot be a tab name ({' '.join(bad)} is not allowed in "
                        "one); name the department without it and add this spelling to its aliases")
    if len(name.strip()) > TAB_NAME_MAX:
        problems.append(f"{path}: {name!r} is {len(name.strip())} characters; a tab name has at most "
                        f"{TAB_NAME_MAX}: use a shorter name and add this one to its aliases")
    if name.strip().startswith("'") or name.strip().endswith("'"):
        problems.append(f"{path}: {name!r} cannot be a tab name (it starts or ends with ')")
    reserved = {t.lower(): t for t in (*GENERATED_TABS, OFFERS_TAB, HELPER_TAB)}
    if name.strip().lower() in reserved:
        problems.append(f"{path}: {name!r} is the name of a tab safety-events makes itself "
                        f"({reserved[name.strip().lower()]}); give the department another name")
    return problems


def _type_alias_problems(types: set[str], aliases: dict) -> list[str]:
    """``event_type_aliases`` keys must be listed types; an alias names one type only and is
    not itself a listed type."""
    problems, owner = [], {}
    for name, spellings in aliases.items():
        if isinstance(name, str) and name.strip().lower() not in types:
            problems.append(f"event_type_aliases.{name}: not in event_types; list it there first")
        for j, alias in enumerate(_items(spellings)):
            if not isinstance(alias, str):
                continue
            key = alias.strip().lower()
            if key in types:
                problems.append(f"event_type_aliases.{name}.{j}: {alias!r} is itself in event_types; "
                                "remove it from one of the two")
            elif owner.setdefault(key, name) != name:
                problems.append(f"event_type_aliases.{name}.{j}: {alias!r} is also an alias of "
                                f"{owner[key]!r}")
    return problems


def coordination_checks(coord: dict, spellings: dict[str, str] | None) -> list[str]:
    """Every department named under ``coordination`` must be a configured department or alias
    (``spellings``: lower-cased spelling → name; None when no department is readable)."""
    if spellings is None:
        return []
    digest = _mapping(coord.get("digest"))
    named = [(f"coordination.{k}.{d}", d) for k in ("capabilities", "share_private_with")
             for d in _mapping(coord.get(k))]
    named += [(f"coordination.share_private_with.{d}.{i}", o)
              for d, others in _mapping(coord.get("share_private_with")).items()
              for i, o in enumerate(_items(others)) if str(o).lower() != "coordinators"]
    named += [(f"coordination.digest.recipients.{d}", d) for d in _mapping(digest.get("recipients"))]
    named += [(f"coordination.digest.teams_webhook_env.{d}", d)
              for d in _mapping(digest.get("teams_webhook_env")) if str(d).lower() != "coordinators"]
    return [f"{path}: {name!r} is not a configured department or alias" for path, name in named
            if not isinstance(name, str) or name.strip().lower() not in spellings]


def is_loopback_url(url: str) -> bool:
    """True for an address only this machine can open (``localhost``, ``127.x``, ``[::1]``,
    ``0.0.0.0``): links with it work for nobody else."""
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0]
    host = host.rsplit(":", 1)[0] if not host.startswith("[") else host.split("]")[0] + "]"
    return (host in ("localhost", "[::1]", "::1", "0.0.0.0", "[::]")
            or host.endswith(".localhost") or re.fullmatch(r"127(\.\d{1,3}){3}", host) is not None)


def config_warnings(config: Config) -> list[str]:
    """Settings that work but that a city should not publish with, as ``"key.path: what to
    do"`` sentences. The sync logs each one on every run; ``sync --strict`` refuses to run."""
    warnings = []
    if is_loopback_url(config.site.base_url):
        warnings.append(f"site.base_url: {config.site.base_url!r} is an address only this machine "
                        "can open, yet it is written into every feed and event link; set it to "
                        "the site's public address (https://events.example.gov)")
    return warnings


def config_from_dict(data: dict, *, base_dir: Path = Path("."), source: str = "config",
                     found: Sequence[str] = (), lines: Mapping[str, int] = {}) -> Config:
    """Validate a mapping into a :class:`Config`; raises :class:`ConfigError` listing all problems
    at once: ``found`` (problems the reader already saw, such as :func:`read_yaml`'s repeated
    keys), every type and value problem, and every cross-key problem (checked on the mapping
    itself, so a type error elsewhere hides none of them) — in the order of their lines when
    ``lines`` (:func:`read_yaml`'s) is given (:func:`in_line_order`), else in that order."""
    if not isinstance(data, dict):
        raise ConfigError(source, [*found, "(top level): expected a mapping of keys to values"])
    if not data:        # (an empty file: "Field required" twice had not said how to begin)
        raise ConfigError(source, [*found, "(top level): the file has no settings; delete it and write one "
                                   "for your city with: safety-events init --city \"Your City\""])
    problems: list[str] = list(found)
    config = None
    try:
        config = Config.model_validate({**data, "base_dir": base_dir})
    except ValidationError as exc:
        problems += [_format_error(e) for e in exc.errors()]
    problems += [p for p in cross_checks(data) if p not in problems]
    if problems or config is None:
        raise ConfigError(source, in_line_order(problems, lines))
    return config


def load_config(path: Path | str) -> Config:
    """Read and validate a YAML config file.

    Raises :class:`MissingConfig` (a :class:`ConfigError`) when the file does not exist, and
    :class:`ConfigError` (unreadable file, YAML syntax, or every invalid key with its path).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise MissingConfig(str(path)) from None
    except OSError as exc:
        raise ConfigError(str(path), [f"cannot read the file: {exc.strerror}"]) from None
    try:
        data, repeated, lines = read_yaml(text)
    except yaml.YAMLError as exc:
        raise ConfigError(str(path), [f"not valid YAML: {exc}"]) from None
    return config_from_dict(data, base_dir=path.resolve().parent, source=str(path), found=repeated,
                            lines=lines)


class _NotingLoader(yaml.SafeLoader):
    """PyYAML's safe loader that notes every mapping key given twice in one mapping.

    YAML requires the keys of a mapping to be unique (YAML 1.2.2, section 3.2.1.1); PyYAML
    keeps the last value silently, so a block pasted above an existing ``calendars: []`` would
    be dropped without a word."""

    def __init__(self, stream):
        super().__init__(stream)
        self.repeated: list[str] = []

    def construct_mapping(self, node, deep=False):
        lines: dict[object, int] = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key, line = key_node.value, key_node.start_mark.line + 1
            if key in lines:
                self.repeated.append(
                    f"line {line}: {key!r} is given twice in the same block (first on line "
                    f"{lines[key]}); only the last one would be used — keep one {key!r} and "
                    "move everything under it")
            else:
                lines[key] = line
        return super().construct_mapping(node, deep=deep)


def read_yaml(text: str) -> tuple[object, list[str], dict[str, int]]:
    """``text`` of a YAML file → ``(data, repeated, lines)``: the data as :func:`yaml.safe_load`
    reads it (``{}`` for an empty file), one problem sentence per key repeated within a mapping,
    and the 1-based line of every key and list item by its dotted path (``"departments.0.name"``,
    as problems name them; see :func:`in_line_order`). Raises :class:`yaml.YAMLError` on a
    syntax error."""
    loader = _NotingLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return (data if data is not None else {}), loader.repeated, _key_lines(node)


def _key_lines(node, path: str = "", out: dict[str, int] | None = None) -> dict[str, int]:
    out = {} if out is None else out
    if isinstance(node, yaml.MappingNode):
        children = [(k.value, k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)]
    elif isinstance(node, yaml.SequenceNode):
        children = [(str(i), item, item) for i, item in enumerate(node.value)]
    else:
        return out
    for name, at, value in children:
        key = f"{path}.{name}" if path else name
        out.setdefault(key, at.start_mark.line + 1)     # a repeated key: its first line
        _key_lines(value, key, out)
    return out


_LINE_PREFIX = re.compile(r"line (\d+):")


def in_line_order(problems: Sequence[str], lines: Mapping[str, int]) -> list[str]:
    """``problems`` (``"key.path: message"`` or ``"line N: message"``) sorted by the line of
    the file they concern, as a person reads it: a path's own line, else its nearest parent's
    (a missing key: the block it is missing from); ``(top level)`` first; a problem whose path
    is not in ``lines`` (``read_yaml``'s, 1-based) keeps its place after the located ones.
    Stable: problems of one line keep their order."""
    def line_of(problem: str) -> float:
        found = _LINE_PREFIX.match(problem)
        if found:
            return int(found.group(1))
        path = problem.partition(": ")[0]
        if path == "(top level)":
            return 0
        while path:
            if path in lines:
                return lines[path]
            path = path.rpartition(".")[0]
        return float("inf")
    return sorted(problems, key=line_of)
