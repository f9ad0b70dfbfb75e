"""Sending the weekly digest: e-mail (SMTP) and Microsoft Teams (Workflows webhook). The I/O shell
around :mod:`sheets_sync.digest`.

- **E-mail**: one ``multipart/alternative`` message per audience (plain text, then HTML;
  RFC 2046 §5.1.4: the last part is the preferred one) to every address listed for it, sent
  with :mod:`smtplib`: ``security: starttls`` says EHLO, upgrades with STARTTLS (RFC 3207) and
  refuses to log in if the server does not offer it; ``tls`` connects with TLS (port 465);
  the certificate is checked against the system's CAs or ``smtp.ca_file``. AUTH (RFC 4954)
  runs when ``smtp.username`` is set, with the password from the environment variable
  ``smtp.password_env`` or the file ``smtp.password_file`` — never from config.yaml.
- **Teams**: the Adaptive Card, wrapped as a ``message``, POSTed as JSON to the webhook URL
  read from the environment variable named in ``digest.teams_webhook_env`` (a 2xx answer is
  success; Workflows answers 202).
- **Never twice a week**: each (ISO week, audience, channel) sent is stored in the
  ``digests_sent`` table of the combined record; a later run that week skips it. A failure
  for one audience is reported and the others still go out; the failed one is retried by
  the next run.
"""
from __future__ import annotations

import json
import os
import smtplib
import sqlite3
import ssl
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Callable, Mapping

from .backends import SourceError
from .board import COORDINATORS
from .config import Config
from .digest import Digest, adaptive_card, make_digest, render_html, render_text, teams_message

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
BOARD_FILE = "private/board.json"


class DeliveryError(SourceError):
    """A digest could not be sent or read; the message says what to do."""


# -- the sent log ---------------------------------------------------------------------------
_SCHEMA = """CREATE TABLE IF NOT EXISTS digests_sent (
  week TEXT NOT NULL, audience TEXT NOT NULL, channel TEXT NOT NULL, sent_at TEXT NOT NULL,
  recipients TEXT NOT NULL, PRIMARY KEY (week, audience, channel))"""


class SentLog:
    """The ``digests_sent`` table of the record at ``path`` (created on first use)."""

    def __init__(self, path: Path | str):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.db.execute(_SCHEMA)

    def __enter__(self) -> "SentLog":
        return self

    def __exit__(self, *exc) -> None:
        self.db.close()

    def sent(self, week: str) -> set[tuple[str, str]]:
        """``{(audience, channel)}`` already sent in ``week``."""
        return set(self.db.execute("SELECT audience, channel FROM digests_sent WHERE week=?", (week,)))

    def weeks(self) -> set[str]:
        return {w for (w,) in self.db.execute("SELECT DISTINCT week FROM digests_sent")}

    def mark(self, week: str, audience: str, channel: str, at: datetime, recipients: list[str]) -> None:
        self.db.execute("INSERT OR IGNORE INTO digests_sent VALUES (?,?,?,?,?)",
                        (week, audience, channel, at.astimezone(timezone.utc).isoformat(),
                         json.dumps(recipients)))


# -- when ------------------------------------------------------------------------------------
def send_time_of_week(day: date, config: Config) -> datetime:
    """The aware local datetime at which the digest of ``day``'s ISO week is due."""
    digest = config.coordination.digest
    monday = day - timedelta(days=day.weekday())
    hh, mm = (int(x) for x in digest.time.split(":"))
    return datetime.combine(monday + timedelta(days=WEEKDAYS.index(digest.weekday)), time(hh, mm),
                            tzinfo=config.tz)


def digest_due(now: datetime, config: Config) -> bool:
    """True once the configured weekday and time of ``now``'s local ISO week have passed."""
    local = now.astimezone(config.tz)
    return local >= send_time_of_week(local.date(), config)


# -- who ------------------------------------------------------------------------------------
def audiences(config: Config) -> dict[str, dict[str, list[str]]]:
    """``{audience: {"email": [addresses], "teams": [env var]}}`` for every audience with a
    channel (department names resolved from aliases; ``Coordinators`` last)."""
    d = config.coordination.digest
    lookup = config.department_lookup()
    out: dict[str, dict[str, list[str]]] = {}
    for dept, addresses in d.recipients.items():
        out.setdefault(lookup.get(dept.strip().lower(), dept), {"email": [], "teams": []})["email"] += addresses
    for who, env in d.teams_webhook_env.items():
        name = COORDINATORS if who.strip().lower() == "coordinators" else lookup.get(who.strip().lower(), who)
        out.setdefault(name, {"email": [], "teams": []})["teams"].append(env)
    if d.coordinators:
        out.setdefault(COORDINATORS, {"email": [], "teams": []})["email"] += d.coordinators
    order = [*config.department_names, COORDINATORS]
    return {k: out[k] for k in order if k in out}


def share_map(config: Config) -> dict[str, list[str]]:
    lookup = config.department_lookup()
    resolve = lambda d: COORDINATORS if d.strip().lower() == "coordinators" else lookup.get(d.strip().lower(), d)  # noqa: E731
    return {resolve(k): [resolve(v) for v in vs] for k, vs in config.coordination.share_private_with.items()}


def load_board(config: Config) -> dict:
    path = config.out_dir / BOARD_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DeliveryError(f"there is no {path} yet: run `safety-events sync` first (the digest "
                            "is made from what the last sync found)") from None


# -- e-mail ---------------------------------------------------------------------------------
def email_message(d: Digest, sender: str, to: list[str], domain: str) -> EmailMessage:
    """The mail: plain text and HTML alternatives (RFC 2046), a Message-ID under ``domain``."""
    msg = EmailMessage()
    msg["Subject"] = d.subject
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=domain)
    msg.set_content(render_text(d))
    msg.add_alternative(render_html(d), subtype="html")
    return msg


def smtp_password(config: Config, env: Mapping[str, str]) -> str:
    smtp = config.coordination.digest.smtp
    if smtp.password_file:
        try:
            return config.path(smtp.password_file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise DeliveryError(f"cannot read coordination.digest.smtp.password_file "
                                f"({exc.strerror}); check the path") from None
    if env.get(smtp.password_env):
        return env[smtp.password_env]
    raise DeliveryError(f"coordination.digest.smtp.username is set but there is no password: set the "
                        f"environment variable {smtp.password_env} or smtp.password_file")


def send_email(config: Config, messages: list[EmailMessage], env: Mapping[str, str],
               on_sent: Callable[[int], None] = lambda i: None) -> None:
    """Send ``messages`` over one SMTP session, calling ``on_sent(index)`` after each one the
    server accepted. Raises :class:`DeliveryError`."""
    smtp = config.coordination.digest.smtp
    if not smtp.host or not smtp.sender:
        raise DeliveryError("set coordination.digest.smtp.host and .sender to send the digest by e-mail")
    context = ssl.create_default_context(cafile=str(config.path(smtp.ca_file)) if smtp.ca_file else None)
    try:
        if smtp.security == "tls":
            server = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout_seconds, context=context)
        else:
            server = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout_seconds)
        with server:
            server.ehlo()
            if smtp.security == "starttls":
                server.starttls(context=context)     # raises SMTPNotSupportedError if not offered
                server.ehlo()
            if smtp.username:
                server.login(smtp.username, smtp_password(config, env))
            for i, msg in enumerate(messages):
                server.send_message(msg)
                on_sent(i)
    except DeliveryError:
        raise
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"the digest e-mail to {smtp.host}:{smtp.port} failed "
                            f"({type(exc).__name__}: {exc}); check coordination.digest.smtp") from None


def post_teams(url: str, card: dict, timeout: float = 30) -> None:
    """POST the card as a Workflows ``message`` (JSON, UTF-8) with the standard library's
    :mod:`urllib.request`. Raises :class:`DeliveryError` unless the answer is 2xx."""
    import urllib.error
    import urllib.request
    body = json.dumps(teams_message(card), ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": "application/json; charset=utf-8"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            status = answer.status
    except urllib.error.HTTPError as exc:
        raise DeliveryError(f"the Teams webhook answered {exc.code}: "
                            f"{exc.read()[:200].decode('utf-8', 'replace')}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise DeliveryError(f"the Teams webhook could not be reached ({type(exc).__name__}: "
                            f"{getattr(exc, 'reason', exc)})") from None
    if not 200 <= status < 300:
        raise DeliveryError(f"the Teams webhook answered {status}")


NO_RECIPIENTS = ("its digest is not sent: add its staff's addresses under coordination.digest.recipients "
                 "(or a Teams channel under teams_webhook_env) in config.yaml")


def unreached(config: Config) -> list[str]:
    """Departments whose digest reaches nobody (no address, no Teams channel) while some
    audience is configured: ``safety-events digest`` and the schedule loop name them every run,
    so a coordinator sees who is left out instead of a silent gap."""
    targets = audiences(config)
    return [d for d in config.department_names if targets and d not in targets]


@dataclass(frozen=True)
class Outcome:
    audience: str
    channel: str            # "email" | "teams"
    status: str             # "sent" | "already sent" | "failed" | "dry run"
    detail: str = ""


def sheet_url(config: Config) -> str:
    if config.source.kind == "google" and config.source.spreadsheet_key:
        return f"https://docs.google.com/spreadsheets/d/{config.source.spreadsheet_key}/edit"
    return ""


def send_digests(config: Config, now: datetime, *, env: Mapping[str, str] | None = None,
                 dry_run: bool = False, echo: Callable[[str], None] = print) -> list[Outcome]:
    """Make every audience's digest from the last sync's board and send what this week has not
    had yet. ``dry_run`` prints each digest's text with ``echo`` and sends and records nothing.
    Raises :class:`DeliveryError` only when there is no board; per-audience failures are
    returned as outcomes."""
    env = os.environ if env is None else env
    board = load_board(config)
    share = share_map(config)
    week = board["week"]
    outcomes: list[Outcome] = []
    targets = audiences(config)
    if dry_run:
        for who in (targets or {d: {} for d in (*config.department_names, COORDINATORS)}):
            echo(render_text(make_digest(board, who, share)))
            outcomes.append(Outcome(who, "-", "dry run"))
        return outcomes
    with SentLog(config.record_path) as log:
        done = log.sent(week)
        mails: list[tuple[str, EmailMessage, list[str]]] = []
        for who, channels in targets.items():
            d = make_digest(board, who, share)
            if channels["email"]:
                if (who, "email") in done:
                    outcomes.append(Outcome(who, "email", "already sent", week))
                else:
                    mails.append((who, email_message(d, config.coordination.digest.smtp.sender,
                                                     channels["email"], config.site.uid_domain),
                                  channels["email"]))
            for var in channels["teams"]:
                if (who, "teams") in done:
                    outcomes.append(Outcome(who, "teams", "already sent", week))
                    continue
                try:
                    if not env.get(var):
                        raise DeliveryError(f"the environment variable {var} (the Teams webhook URL "
                                            f"for {who}) is not set")
                    post_teams(env[var], adaptive_card(d, sheet_url(config)))
                    log.mark(week, who, "teams", now, [var])
                    outcomes.append(Outcome(who, "teams", "sent"))
                except DeliveryError as exc:
                    outcomes.append(Outcome(who, "teams", "failed", str(exc)))
        if mails:
            sent: list[int] = []

            def record(i: int) -> None:
                who, _, to = mails[i]
                log.mark(week, who, "email", now, to)
                sent.append(i)
                outcomes.append(Outcome(who, "email", "sent", ", ".join(to)))
            try:
                send_email(config, [m for _, m, _ in mails], env, record)
            except DeliveryError as exc:
                outcomes += [Outcome(who, "email", "failed", str(exc))
                             for i, (who, _, _) in enumerate(mails) if i not in sent]
    return outcomes


def save_digests(config: Config, folder: Path) -> list[Path]:
    """Write every audience's digest (all departments and coordinators) as ``<slug>.txt``,
    ``<slug>.html`` and ``<slug>.card.json`` into ``folder``; returns the paths written."""
    board = load_board(config)
    share = share_map(config)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for who in (*config.department_names, COORDINATORS):
        d = make_digest(board, who, share)
        slug = config.slug_of(who) if who != COORDINATORS else "coordinators"
        for suffix, text in ((".txt", render_text(d)), (".html", render_html(d)),
                             (".card.json", json.dumps(adaptive_card(d, sheet_url(config)), indent=1,
                                                       ensure_ascii=False))):
            path = folder / f"{slug}{suffix}"
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def weekly_digest(config: Config, now: datetime, env: Mapping[str, str] | None = None) -> list[Outcome]:
    """The schedule loop's step after each sync: when ``coordination.digest.enabled`` and this
    week's send time has passed (:func:`digest_due`), send what this week has not had yet."""
    if not config.coordination.digest.enabled or not digest_due(now, config):
        return []
    return send_digests(config, now, env=env, echo=lambda _: None)
