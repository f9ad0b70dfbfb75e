"""The ``safety-events`` command line: a thin skin over :mod:`sheets_sync.pipeline`.

Exit codes: 0 ok; 1 a config, source or data problem, with a message that says what to do;
2 usage (click's own). One handler (:func:`_errors`) turns every expected exception into
that message, so commands do not repeat try/except.

The configuration (pydantic), the pipeline (openpyxl, icalendar, the report builders) and
the server are imported inside the commands that use them, so ``safety-events --help``
starts without them (tests/unit/test_cli_imports.py).
"""
from __future__ import annotations

import json
import logging
import re
import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from . import __version__
from .backends import SourceError
from .lock import SyncBusy

if TYPE_CHECKING:
    from .config import Config

log = logging.getLogger("safety_events")


def _error_message(exc: Exception) -> str | None:
    """The sentence for an expected exception (what went wrong and what to do), else None."""
    from .config import ConfigError, MissingConfig
    if isinstance(exc, MissingConfig):
        return str(exc)
    if isinstance(exc, ConfigError):
        return f"{exc}\nFix {exc.source or 'config.yaml'} and run the command again."
    if isinstance(exc, (SourceError, SyncBusy)):
        return str(exc)
    if isinstance(exc, sqlite3.Error):
        return (f"the combined record could not be used ({exc}); check that output.record "
                "in config.yaml is a SQLite file on a local disk with free space")
    if isinstance(exc, OSError):
        return (f"{exc.strerror or exc} ({exc.filename or ''}); check the paths and "
                "permissions in config.yaml")
    return None


@contextmanager
def _errors(as_json: bool = False):
    """Every expected exception → its message and exit 1. With ``as_json`` (``--json``) the
    message is one JSON object on stdout, ``{"error": ..., "exit": 1}`` (plus ``problems``,
    the list of config problems, for a config error), so a script always gets JSON."""
    from .config import ConfigError, MissingConfig
    try:
        yield
    except (ConfigError, SourceError, SyncBusy, sqlite3.Error, OSError) as exc:
        message = _error_message(exc)
        if as_json:
            report: dict = {"error": message, "exit": 1}
            if isinstance(exc, ConfigError) and not isinstance(exc, MissingConfig):
                report["problems"] = exc.problems
            click.echo(json.dumps(report, indent=2, ensure_ascii=False))
        else:
            click.echo(f"Error: {message}", err=True)
        sys.exit(1)


def _config(path: str, workbook: str | None = None, out: str | None = None) -> Config:
    from .config import load_config
    config = load_config(path)
    source, output = config.source, config.output
    if workbook:
        source = source.model_copy(update={"kind": "workbook", "workbook": Path(workbook).resolve()})
    if out:
        output = output.model_copy(update={"dir": Path(out).resolve()})
    return config.model_copy(update={"source": source, "output": output})


config_option = click.option("--config", "config_path", default="config.yaml", show_default=True,
                             envvar="SAFETY_EVENTS_CONFIG", help="Path to config.yaml.")
workbook_option = click.option("--workbook", type=click.Path(dir_okay=False),
                               help="Read this intake .xlsx instead of the configured spreadsheet "
                                    "(calendar files in source.calendars still apply).")
out_option = click.option("--out", type=click.Path(file_okay=False),
                          help="The output folder (default: output.dir in config.yaml).")


class _JsonUsageCommand(click.Command):
    """A command whose usage errors (an unknown option, a bad value) are one JSON object on
    stdout, ``{"error": ..., "usage": ..., "exit": 2}``, when ``--json`` is among its
    arguments — a script that asked for JSON gets JSON even when it called the command wrong.
    Exit status 2, as click's own usage errors."""

    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, list(args), parent=parent, **extra)
        except click.UsageError as exc:
            if "--json" not in args:
                raise
            ctx = exc.ctx or click.Context(self, info_name=info_name, parent=parent)
            usage = ctx.get_usage()
            click.echo(json.dumps({"error": exc.format_message(), "usage": usage, "exit": exc.exit_code},
                                  indent=2, ensure_ascii=False))
            sys.exit(exc.exit_code)


class _Group(click.Group):
    command_class = _JsonUsageCommand


@click.group(cls=_Group)
@click.version_option(__version__, "--version", prog_name="safety-events")
@click.option("-v", "--verbose", is_flag=True, help="Log each stage of a sync, with its time, to stderr.")
@click.option("--config", "group_config", default=None, metavar="PATH",
              help="Path to config.yaml for the command that follows (as its own --config).")
def main(verbose: bool, group_config: str | None) -> None:
    """Run a city's joint community-safety events from the shared spreadsheet.

    Example: safety-events sync --workbook examples/sample_workbook.xlsx --out out --json
    """
    from .progress import console, log_handler, on_terminal
    if group_config is not None:        # ("safety-events --config X sync": a new city's check)
        context = click.get_current_context()
        context.default_map = {name: {"config_path": group_config} for name in main.commands}
    if verbose and on_terminal():       # a progress bar with the stage lines above it (rich)
        shared = console()
        click.get_current_context().obj = {"console": shared}
        logging.basicConfig(level=logging.INFO, format="%(message)s", handlers=[log_handler(shared)])
        return
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(message)s")


def _print_summary(summary: dict, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(summary, indent=2, sort_keys=True))
        return
    click.echo(f"Read {summary['rows_read']} rows: {summary['rows_accepted']} accepted, "
               f"{summary['rows_rejected']} rejected, {summary['warnings']} warnings.")
    click.echo(f"{summary['events']} combined events, {summary['joint_events']} joint, "
               f"{summary['public_events']} public{_outside_window(summary)}.")
    changes = (f"{summary['created']} created, "
               + (f"{summary['restored']} restored, " if summary.get("restored") else "")
               + f"{summary['updated']} updated, {summary['unchanged']} unchanged, {summary['removed']} removed"
               + (f" ({summary['merged']} of them merged into another event)." if summary.get("merged") else "."))
    if "out_dir" not in summary:           # check: nothing was written
        if summary.get("timezone_changed"):
            click.echo(f"warning: {summary['timezone_changed']}")
        click.echo(f"A sync now would leave the record with: {changes}")
        if summary.get("held_tabs"):       # their rows are not read, so not in the counts above
            click.echo(f"Not read (see the errors above; a sync holds their events as they are): "
                       f"{', '.join(summary['held_tabs'])}.")
        return
    click.echo(f"Record: {changes}")
    click.echo(f"Published to {summary['out_dir']}")
    click.echo(attention_line(summary))


def _outside_window(summary: dict) -> str:
    """`` (N of them outside the feed window …)`` when some public events are not published
    because they fall outside ``feed.past_days``/``feed.future_days`` of today, else ``""``."""
    published = summary.get("published_events")
    outside = summary["public_events"] - published if published is not None else 0
    if outside <= 0:
        return ""
    return (f" ({outside} of them outside the feed window, so not in the feeds or on the site: "
            "raise feed.past_days or feed.future_days in config.yaml to publish them)")


def attention_line(summary: dict) -> str:
    """What needs a person after a sync, and in which tab of which file, in one line."""
    where = summary.get("tabs_written_to", "the report")
    parts = []
    rejected, warnings, questions = (summary.get("rows_rejected", 0), summary.get("warnings", 0),
                                     summary.get("review_pairs", 0))
    held = summary.get("held_tabs") or []
    if held:                              # a header typo: the tab's events are held, not read
        parts.append(f"{len(held)} tab{'s' if len(held) != 1 else ''} not read (its row 1 is named in "
                     "Validation; events kept as the last sync left them): "
                     + ", ".join(f"'{t}'" for t in held))
    if rejected:
        parts.append(f"{rejected} row{'s' if rejected != 1 else ''} need{'s' if rejected == 1 else ''} "
                     "fixing (left out until fixed)")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''} to look at")
    if parts:
        parts = [" and ".join(parts) + f" — Validation tab in {where}"]
    if questions:
        parts.append(f"{questions} question{'s' if questions != 1 else ''} about possible "
                     f"duplicates — Review Duplicates tab in {where}")
    if summary.get("config_warnings"):
        parts.append(f"{len(summary['config_warnings'])} setting(s) to fix in config.yaml (see the "
                     "warnings above)")
    return ("Needs a person: " + "; ".join(parts) + ".") if parts else "Nothing needs a person."


@main.command()
@config_option
@workbook_option
@out_option
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable summary.")
@click.option("--allow-removals", is_flag=True,
              help="Publish even if more than feed.max_removed_share of the events would be removed.")
@click.option("--allow-timezone-change", is_flag=True,
              help="Publish although timezone in config.yaml is not the last sync's (every typed time moves).")
@click.option("--strict", is_flag=True, help="Refuse to run (exit 1, nothing written) while "
              "config.yaml has a setting not fit to publish, such as a loopback site.base_url.")
def sync(config_path, workbook, out, as_json, allow_removals, allow_timezone_change, strict):
    """Read every intake tab, merge, update the record, write tabs and publish feeds.

    Example: safety-events sync --workbook examples/sample_workbook.xlsx --out out --json
    """
    from .config import ConfigError, config_warnings
    from .steady import run_sync        # the full sync is imported only when something changed
    with _errors(as_json):
        config = _config(config_path, workbook, out)
        if strict and config_warnings(config):
            raise ConfigError(config_path, config_warnings(config))
        shared = (click.get_current_context().obj or {}).get("console")
        if shared is not None:
            from .progress import terminal_progress
            with terminal_progress(shared):
                summary = run_sync(config, allow_removals=allow_removals, allow_timezone_change=allow_timezone_change)
        else:
            summary = run_sync(config, allow_removals=allow_removals, allow_timezone_change=allow_timezone_change)
    _print_summary(summary, as_json)
    if summary.get("tabs_error"):       # the feed is published; the tabs wait for the next sync
        click.echo(f"Error: {summary['tabs_error']}", err=True)
        raise SystemExit(1)


@main.command()
@config_option
@workbook_option
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable summary.")
def check(config_path, workbook, as_json):
    """Validate the intake tabs and show what a sync would do; writes nothing.

    Example: safety-events check --workbook intake.xlsx
    """
    from .config import config_warnings
    from .pipeline import run_check
    with _errors(as_json):
        config = _config(config_path, workbook)
        analysis, summary = run_check(config)
    summary["config_warnings"] = warnings = config_warnings(config)   # as sync logs them
    if not as_json:
        for warning in warnings:
            click.echo(f"warning: config.yaml {warning}")
        for issue in analysis.issues:
            click.echo(f"{issue.severity.value}: {issue.tab}!{issue.row} {issue.column} "
                       f"{issue.value!r}: {issue.problem} — {issue.action}")
    _print_summary(summary, as_json)


@main.command()
@config_option
@out_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=click.IntRange(min=1),
              help="Worker threads of the production server.")
@click.option("--dev", is_flag=True, help="Use Werkzeug's development server instead of waitress "
              "(for trying changes on your own machine; never in production).")
def serve(config_path, out, host, port, threads, dev):
    """Serve the public calendar site from what the last sync published.

    Runs the production server (waitress); --dev runs Werkzeug's development server.
    Example: safety-events serve --out out --host 0.0.0.0 --port 8080
    """
    from public_feed.server import link_base, run
    with _errors():
        config = _config(config_path, None, out)
    base, follow = link_base(config.site.base_url, host, port)
    config = config.model_copy(update={"site": config.site.model_copy(update={"base_url": base})})
    from public_feed.app import create_app
    app = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "BASE_URL_FROM_REQUEST": follow})
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    click.echo(f"Serving {config.out_dir} on http://{shown}:{port}/ "
               f"({'Werkzeug development server' if dev else 'waitress'}); links use "
               f"{'the address each browser used' if follow else base}. Ctrl+C stops it.")
    if follow:
        log.warning("site.base_url in config.yaml is %s, a loopback address: links on the pages "
                    "follow the address each browser used; set site.base_url to the public "
                    "address before announcing the site", config.site.base_url)
    run(app, host, port, dev=dev, threads=threads)


@main.command()
@config_option
@workbook_option
@out_option
@click.option("--every", default="15m", show_default=True, help="Interval: 30s, 15m, 1h.")
@click.option("--runs", default=0, type=click.IntRange(min=0), help="Stop after this many runs (0 = forever).")
def schedule(config_path, workbook, out, every, runs):
    """Run the sync on an interval; a failing run is logged and the loop goes on.

    config.yaml is read again before each run, so an edit (a department's new alias, a
    calendar file) takes effect at the next run without a restart.
    Example: safety-events schedule --every 15m
    """
    from .scheduler import parse_interval, run_forever
    with _errors():
        _config(config_path, workbook, out)         # a broken config stops the loop before it starts
        seconds = parse_interval(every)
    from .scheduler import sync_and_digest          # the weekly digest, when configured (issue 14)
    run_forever(lambda: sync_and_digest(_config(config_path, workbook, out)), seconds, max_runs=runs or None)


@main.command()
@config_option
@workbook_option
@out_option
@click.option("--month", default=None, metavar="YYYY-MM",
              help="Month to freeze (default: the previous month).")
@click.option("--sign", default=None, metavar="NAME",
              help="Sign the month off as NAME: its figures as of now are what the measures export reports.")
def snapshot(config_path, workbook, out, month, sign):
    """Run a sync and freeze a month's figures in the record and the Snapshots tab.

    A month is frozen once; later syncs show the reported figure beside the current one.
    With --sign a manager signs the month off: today's figures replace an unsigned snapshot,
    are exported as frozen, and a signed month is never changed again.
    Example: safety-events snapshot --month 2025-07 --sign "Ana Díaz"
    """
    if month is not None and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", month):
        raise click.BadParameter(f"{month!r} is not a month like 2025-07", param_hint="--month")
    from .pipeline import run_sync
    with _errors():
        config = _config(config_path, workbook, out)
        from datetime import datetime, timezone
        today = datetime.now(timezone.utc).astimezone(config.tz).date()
        if month is not None:
            from reports.snapshots import NotEnded, check_not_ahead
            try:
                check_not_ahead(month, today)
            except NotEnded as exc:
                raise click.BadParameter(str(exc), param_hint="--month") from None
        else:       # asked for: the previous month is frozen even before any of its events is logged
            from reports.snapshots import previous_month
            month = previous_month(today)
        summary = run_sync(config, snapshot_month=month, sign=sign)
    _print_summary(summary, False)
    if summary["snapshot"] and sign is not None:
        click.echo(f"Signed off {summary['snapshot']} as {sign.strip()}: "
                   f"{summary['months'].get(summary['snapshot'], {}).get('joint_events', 0)} joint events.")
    elif summary["snapshot"]:
        click.echo(f"Froze {summary['snapshot']}: "
                   f"{summary['months'].get(summary['snapshot'], {}).get('joint_events', 0)} joint events.")
    else:
        click.echo(f"{month} was already frozen; its reported figures are kept (see the Snapshots tab).")


def _ask(value, prompt: str, default, interactive: bool, **kwargs):
    """A flag's value; else, on a terminal, the user's answer; else the default."""
    if value not in (None, "", ()):
        return value
    if interactive:
        return click.prompt(prompt, default=default, **kwargs)
    return default


def _iana_zone(text: str) -> str:
    """A typed timezone, checked so that a typo is asked again rather than ending init."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
    try:
        ZoneInfo(text.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise click.BadParameter(f"{text.strip()!r} is not an IANA timezone such as "
                                 "America/Chicago") from None
    return text.strip()


def _check_city_config(text: str, path: Path) -> None:
    """Raise a usage error listing every problem of the config these answers would write."""
    from .config import ConfigError, config_from_dict, read_yaml
    try:
        data, repeated, lines = read_yaml(text)
        config_from_dict(data, base_dir=path.resolve().parent, source=str(path), found=repeated, lines=lines)
    except ConfigError as exc:
        lines = "\n".join(f"  - {p}" for p in exc.problems)
        raise click.UsageError(f"these answers would make a config.yaml with {len(exc.problems)} "
                               f"problem(s); nothing was written:\n{lines}\nRun init again with those "
                               "values corrected.") from None


def _write_city_config(path: Path, interactive: bool, **flags) -> Config:
    """Write a commented config.yaml for this city from flags (or prompts); return it loaded."""
    from .config import load_config
    from .citysetup import FALLBACK_TIMEZONE, city_answers, render_config, system_timezone
    ask = lambda key, prompt, default, **kw: _ask(flags[key], prompt, default, interactive, **kw)  # noqa: E731
    city = ask("city", "City or county name", "")
    answers = dict(
        city=city,
        site_title=ask("site_title", "Site title (English)",
                       f"{city} Community Safety Events" if city else "Community Safety Events"),
        site_title_es=ask("site_title_es", "Site title (Spanish)",
                          f"Eventos de seguridad comunitaria de {city}" if city else
                          "Eventos de seguridad comunitaria"),
        timezone=ask("timezone", "Timezone (IANA name, e.g. America/Chicago)",
                     system_timezone() or FALLBACK_TIMEZONE, value_proc=_iana_zone),
        fiscal_year_start=ask("fiscal_year_start", "Fiscal year starts in month (1-12)", 7,
                              type=click.IntRange(1, 12)),
        base_url=ask("base_url", "Public address of the site", "http://127.0.0.1:5000"),
        departments=flags["department"], not_core=flags["not_core"],
        workbook=flags["workbook"], google=flags["google"], uid_domain=flags["uid_domain"])
    if interactive and not flags["department"]:
        typed = click.prompt("Departments as Name:alias1,alias2; Name2:alias (blank: Police, Fire, "
                             "Community Safety, Emergency Communications, Emergency Management, "
                             "Parks and Recreation)", default="", show_default=False)
        answers["departments"] = [d for d in typed.split(";") if d.strip()]
    if interactive and not (flags["workbook"] or flags["google"]):
        where = click.prompt("Intake spreadsheet: a local workbook path, or google:<spreadsheet key>",
                             default="intake.xlsx")
        key = where.strip().removeprefix("google:") if where.strip().startswith("google:") else None
        answers.update(google=key, workbook=None if key else where.strip())
    try:
        spec = city_answers(**answers)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    path.parent.mkdir(parents=True, exist_ok=True)
    text = render_config(spec)
    _check_city_config(text, path)      # nothing is written from answers that make a bad config
    path.write_text(text, encoding="utf-8")
    click.echo(f"Wrote {path} for {spec.city or 'your city'}: {len(spec.departments)} departments, "
               f"timezone {spec.timezone}, fiscal year from month {spec.fiscal_year_start_month}. "
               "Edit it any time; it is the one place for settings.")
    if not flags["timezone"] and not interactive and system_timezone() is None:
        click.echo(f"Note: this machine's clock is set to UTC (or an unknown zone), so the city's timezone "
                   f"was taken to be {spec.timezone}. If that is wrong, set timezone in {path} (an IANA "
                   "name such as America/Chicago) before the first sync: every typed time is read in it.",
                   err=True)
    return load_config(path)


@main.command()
@config_option
@workbook_option
@click.option("--city", default="", help="City or county name (used in titles and the UID domain).")
@click.option("--site-title", default="", help="The public site's title in English.")
@click.option("--site-title-es", default="", help="The public site's title in Spanish.")
@click.option("--timezone", default="", help="IANA timezone, e.g. America/Chicago "
              "(default: this machine's).")
@click.option("--fiscal-year-start", type=click.IntRange(1, 12), default=None,
              help="Month the fiscal year starts, 1-12 (default 7, July).")
@click.option("--department", multiple=True, metavar='"NAME:ALIAS1,ALIAS2"',
              help="A department and the other spellings staff type for it; repeat for each "
                   "(default: Police, Fire, Community Safety, Emergency Communications, Emergency "
                   "Management, Parks and Recreation). All are core unless named in --not-core.")
@click.option("--not-core", multiple=True, metavar="NAME",
              help="A department that does not count toward the all-department measure.")
@click.option("--google", default=None, metavar="KEY",
              help="Use this Google spreadsheet (the id between /d/ and /edit) instead of a workbook.")
@click.option("--base-url", default="", help="The site's public address (default "
              "http://127.0.0.1:5000; set it before publishing).")
@click.option("--uid-domain", default="", help="Domain that makes event UIDs unique (default: "
              "the base URL's host); never change it after the first sync.")
@click.option("--no-input", is_flag=True, help="Never ask; use flags and defaults (automatic "
              "without a terminal).")
def init(config_path, workbook, city, site_title, site_title_es, timezone, fiscal_year_start,
         department, not_core, google, base_url, uid_domain, no_input):
    """Set up a city: write config.yaml (when there is none), then create the intake template.

    Without config.yaml, writes a commented one for this city from the flags (on a terminal it
    asks for what is missing; in scripts it uses the defaults), then creates the intake
    template: a tab per department with headers, dropdowns and input help, an Assistance
    Offers tab, and a hidden Lists tab for the dropdowns. Existing tabs are left alone.

    Example: safety-events init --city Springfield --timezone America/Chicago
             --department "Police:SPD" --department "Fire:SFD,Fire Dept"
    """
    from .pipeline import make_backend
    from .template import template_spec
    path = Path(config_path)
    with _errors():
        if not path.exists():
            interactive = not no_input and sys.stdin.isatty()
            _write_city_config(path, interactive, city=city, site_title=site_title,
                               site_title_es=site_title_es, timezone=timezone,
                               fiscal_year_start=fiscal_year_start, department=department,
                               not_core=not_core, workbook=workbook, google=google,
                               base_url=base_url, uid_domain=uid_domain)
        elif any((city, site_title, site_title_es, timezone, fiscal_year_start, department, not_core,
                  google, base_url, uid_domain)):
            click.echo(f"{path} already exists and was left as it is; edit it to change settings.",
                       err=True)
        config = _config(config_path, workbook)
        backend = make_backend(config)
        if config.source.kind == "workbook":
            from .backends.workbook import WorkbookBackend
            backend = WorkbookBackend(config.path(config.source.workbook))
        tabs, dropdowns = template_spec(config)
        made = backend.create_template(tabs, dropdowns)
    click.echo(f"Created tabs: {', '.join(made)}" if made else "All template tabs already exist.")
    if config.source.kind == "workbook":
        click.echo(f"Intake workbook: {config.path(config.source.workbook)}. Next: departments type "
                   "their events in it, then run: safety-events check, then safety-events sync --strict "
                   "(README, step 4)")


@main.command()
@config_option
@click.option("--no-site", is_flag=True, help="Do not fetch <site.base_url>/healthz.")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
def doctor(config_path, no_site, as_json):
    """Check a deployment end to end and say what to fix: config, source access (Google key
    and sharing, or the workbook), output folder and free disk, the record, the last sync's
    age, the lock, and the site at site.base_url. Exit 0 when nothing failed, 1 otherwise.
    """
    from .doctor import diagnose, exit_code
    findings = diagnose(config_path, site=not no_site)
    if as_json:
        click.echo(json.dumps({"findings": [f.__dict__ for f in findings], "exit": exit_code(findings)},
                              indent=2, ensure_ascii=False))
    else:
        for f in findings:
            click.echo(f"{f.level.upper():4}  {f.area}: {f.message}")
        failed = sum(f.level == "fail" for f in findings)
        warned = sum(f.level == "warn" for f in findings)
        click.echo(f"{failed} problem(s) to fix, {warned} warning(s)." if failed or warned
                   else "Everything checked is fine.")
    sys.exit(exit_code(findings))


@main.command()
@config_option
@out_option
@click.option("--dry-run", is_flag=True, help="Print every digest as plain text; send and record nothing.")
@click.option("--save", type=click.Path(file_okay=False), default=None,
              help="Write each digest as .txt, .html and .card.json into this folder; send nothing.")
def digest(config_path, out, dry_run, save):
    """Send this week's staff digest (e-mail and/or Teams, from coordination.digest in
    config.yaml), made from what the last sync found. An audience already sent this week is
    skipped; a failed one is retried by the next run. Exit 1 if any failed.

    Example: safety-events digest --dry-run
    """
    from datetime import datetime, timezone

    from .delivery import save_digests, send_digests
    with _errors():
        config = _config(config_path, None, out)
        if save:
            for path in save_digests(config, Path(save)):
                click.echo(str(path))
            return
        outcomes = send_digests(config, datetime.now(timezone.utc), dry_run=dry_run, echo=click.echo)
    from .delivery import NO_RECIPIENTS, unreached
    if not dry_run:
        if not outcomes:
            click.echo("No digest recipients: set coordination.digest.recipients, .coordinators "
                       "or .teams_webhook_env in config.yaml.")
        for o in outcomes:
            click.echo(f"{o.audience} ({o.channel}): {o.status}" + (f" — {o.detail}" if o.detail else ""))
    for name in unreached(config):                  # after the digests: who gets nothing
        click.echo(f"{name}: no recipients — {NO_RECIPIENTS}")
    if not dry_run:
        if any(o.status == "failed" for o in outcomes):
            sys.exit(1)


def run() -> NoReturn:
    """The ``safety-events`` program (its console script, and ``python -m sheets_sync.cli``):
    :func:`main`, then :func:`leave` with its exit code."""
    try:
        main()
    except SystemExit as exc:
        leave(exc.code)
    leave(0)                    # pragma: no cover (click's standalone main always exits)


def leave(code: int | str | None) -> NoReturn:
    """End the process with ``code`` (``SystemExit``'s meaning: ``None`` is 0) once a command
    is done, without the interpreter's teardown (issue 17: every module of pandas, icalendar
    and the pipeline, and what they hold, freed one by one: about 0.1 s of a 5,000-row sync's
    2.4 s). The exit hooks still run first (``atexit``: logging's flush among them) and the
    standard streams are flushed, then ``os._exit``; the report worker ends so too. Where that
    is not safe — another thread still running, a text ``code`` to print, a stream that cannot
    be flushed (a closed pipe), an interpreter without ``atexit._run_exitfuncs`` — raises
    ``SystemExit(code)``: the usual exit."""
    import atexit
    import os
    import threading
    run_hooks = getattr(atexit, "_run_exitfuncs", None)
    if not isinstance(code, (int, type(None))) or run_hooks is None or threading.active_count() > 1:
        raise SystemExit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):           # (the usual exit reports it)
        raise SystemExit(code) from None
    run_hooks()                             # (they are then cleared: none runs twice)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        raise SystemExit(code) from None
    os._exit(code or 0)


if __name__ == "__main__":  # pragma: no cover
    run()
