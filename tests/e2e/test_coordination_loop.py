"""Issue 14 acceptance: request → Fire's digest over real SMTP → offer → accept → next digest.

Real parts: the .xlsx intake, the sync, the SQLite record, an aiosmtpd server on 127.0.0.1 that
requires STARTTLS and AUTH (self-signed certificate trusted through ``smtp.ca_file``).
Figures are hand-counted in :func:`tests.e2e.cycle_helpers.cycle_workbook`: September 2025 has
1 joint community event (Neighborhood Walk) before Fire joins the Youth Safety Fair; the all-Internal
Secret Planning Huddle (Police with DFD) is internal joint work, not counted (issue 13's policy).
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from click.testing import CliRunner

from sheets_sync.cli import main
from sheets_sync.config import config_from_dict
from sheets_sync.delivery import SentLog, digest_due, send_digests, weekly_digest
from sheets_sync.pipeline import run_sync
from tests.conftest import base_config_dict
from tests.e2e.cycle_helpers import OFFER_HEADER, cycle_workbook, tab_rows
from tests.e2e.mail_server import PASSWORD, USER, smtp_server

MON_W36 = datetime(2025, 9, 1, 12, tzinfo=timezone.utc)      # Monday 08:00 in Durham
TUE_W36 = datetime(2025, 9, 2, 12, tzinfo=timezone.utc)
MON_W37 = datetime(2025, 9, 8, 12, tzinfo=timezone.utc)
FIRE, POLICE, COORD = "fire@city.example", "police@city.example", "coord@city.example"
ENV = {"SAFETY_EVENTS_SMTP_PASSWORD": PASSWORD}


def loop_config(tmp_path, port, ca, **digest):
    data = base_config_dict(tmp_path)
    data["coordination"] = {
        "capabilities": {"DFD": ["CPR demo", "fire engine tour"], "Police": ["traffic control"],
                         "HEART": ["HEART info table"]},
        "digest": {"enabled": True, "weekday": "monday", "time": "08:00",
                   "recipients": {"Fire": [FIRE], "Police": [POLICE]}, "coordinators": [COORD],
                   "smtp": {"host": "127.0.0.1", "port": port, "security": "starttls", "username": USER,
                            "sender": "safety-events@city.example", "ca_file": str(ca)}, **digest}}
    return config_from_dict(data, base_dir=tmp_path)


def parts(msg) -> tuple[str, str]:
    return tuple(msg.get_body((kind,)).get_content().replace("\r\n", "\n") for kind in ("plain", "html"))


def section(text: str, title: str) -> str:
    """The lines of one ``## title`` section of the plain-text digest."""
    return text.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_request_offer_accept_loop_over_real_smtp(tmp_path, make_workbook):
    tabs = cycle_workbook()
    make_workbook(tabs)
    with smtp_server(tmp_path) as (port, ca, inbox):
        config = loop_config(tmp_path, port, ca)
        run_sync(config, now=MON_W36)
        september = {r[0]: r[2] for r in tab_rows(config.report_path, "Metrics - Monthly")[1:]}["2025-09"]
        assert september == 1                                         # hand count

        sent = send_digests(config, MON_W36, env=ENV)
        assert sorted((o.audience, o.status) for o in sent) == [
            ("Coordinators", "sent"), ("Fire", "sent"), ("Police", "sent")]
        assert inbox.logins == [USER]                                 # one session, AUTH after STARTTLS
        (fire_mail,) = inbox.to(FIRE)
        assert fire_mail["From"] == "safety-events@city.example"
        text, html = parts(fire_mail)
        wanted = section(text, "Help wanted")
        assert "Youth Safety Fair (2025-09-13, Police): Fire: an engine and crew for a kids' tour" in wanted
        assert "you can bring: fire engine tour" in wanted            # Fire's matching capability
        assert "Youth Safety Fair" in html and "fire engine tour" in html
        assert "2025-09: 1 joint event(s) held or scheduled, target 2" in text
        # Fire's own request is not in Fire's list; it is in Police's, matched to traffic control
        assert "Fire Station Open House" not in wanted
        (police_mail,) = inbox.to(POLICE)
        assert "you can bring: traffic control" in section(parts(police_mail)[0], "Help wanted")

        # Fire offers; the same week nothing is sent twice, but Police's digest shows the offer
        tabs["Assistance Offers"] = [OFFER_HEADER, ["YSF-2025", "Fire", "Engine 5 and crew", None]]
        make_workbook(tabs)
        run_sync(config, now=TUE_W36)
        again = send_digests(config, TUE_W36, env=ENV)
        assert {o.status for o in again} == {"already sent"} and len(inbox.mails) == 3
        out = CliRunner().invoke(main, ["--help"])    # the CLI loads with the digest command
        assert "digest" in out.output
        dry: list[str] = []
        send_digests(config, TUE_W36, env=ENV, dry_run=True, echo=dry.append)
        police_text = next(t for t in dry if "— Police:" in t.splitlines()[0])
        assert ("Fire offers Engine 5 and crew for Youth Safety Fair (2025-09-13) — set Accepted or "
                "Declined in Assistance Offers!2") in section(police_text, "Offers waiting for your answer")

        # the lead accepts; next week's digest shows the event joint and September at 2
        combined = tab_rows(config.report_path, "Combined Events")
        head = combined[0]
        ysf = next(dict(zip(head, r)) for r in combined[1:] if dict(zip(head, r))["Title"] == "Youth Safety Fair")
        uid = ysf["UID"]
        tabs["Assistance Offers"] = [OFFER_HEADER, [uid, "Fire", "Engine 5 and crew", "Accepted"]]
        make_workbook(tabs)
        run_sync(config, now=MON_W37)
        assert weekly_digest(config, MON_W37, env=ENV)                # the scheduler's step sends
        fire_mails = inbox.to(FIRE)
        assert len(fire_mails) == 2
        text2, html2 = parts(fire_mails[1])
        assert "2025-09: 2 joint event(s) held or scheduled, target 2" in text2     # +1
        upcoming = section(text2, "Coming up in other departments")
        assert "Youth Safety Fair — Police, Fire (joint) (you take part)" in upcoming
        assert "Youth Safety Fair" not in section(text2, "Help wanted")
        assert "Youth Safety Fair" in html2 and "2 of 2" in html2
        with SentLog(config.record_path) as log:
            assert log.weeks() == {"2025-W36", "2025-W37"}


def test_weekly_digest_waits_for_the_configured_time(tmp_path, make_workbook):
    make_workbook(cycle_workbook())
    with smtp_server(tmp_path) as (port, ca, inbox):
        config = loop_config(tmp_path, port, ca, weekday="tuesday", time="09:30")
        run_sync(config, now=MON_W36)
        # Tuesday 2025-09-02 09:30 in Durham is 13:30 UTC
        assert not digest_due(datetime(2025, 9, 2, 13, 29, tzinfo=timezone.utc), config)
        assert digest_due(datetime(2025, 9, 2, 13, 30, tzinfo=timezone.utc), config)
        assert weekly_digest(config, datetime(2025, 9, 1, 23, tzinfo=timezone.utc), env=ENV) == []
        assert inbox.mails == []
        first = weekly_digest(config, datetime(2025, 9, 2, 14, tzinfo=timezone.utc), env=ENV)
        assert {o.status for o in first} == {"sent"} and len(inbox.mails) == 3
        later = weekly_digest(config, datetime(2025, 9, 5, 14, tzinfo=timezone.utc), env=ENV)
        assert {o.status for o in later} == {"already sent"} and len(inbox.mails) == 3


def test_wrong_password_fails_each_audience_and_sends_nothing(tmp_path, make_workbook):
    make_workbook(cycle_workbook())
    with smtp_server(tmp_path) as (port, ca, inbox):
        config = loop_config(tmp_path, port, ca)
        run_sync(config, now=MON_W36)
        outcomes = send_digests(config, MON_W36, env={"SAFETY_EVENTS_SMTP_PASSWORD": "wrong"})
        assert {o.status for o in outcomes} == {"failed"} and len(outcomes) == 3
        assert "SMTPAuthenticationError" in outcomes[0].detail and inbox.mails == []
        no_password = send_digests(config, MON_W36, env={})
        assert "set the environment variable SAFETY_EVENTS_SMTP_PASSWORD" in no_password[0].detail
        with SentLog(config.record_path) as log:
            assert log.weeks() == set()                                 # retried by the next run
        ok = send_digests(config, MON_W36, env=ENV)
        assert {o.status for o in ok} == {"sent"}


def test_digest_command_dry_run_and_save(tmp_path, make_workbook):
    make_workbook(cycle_workbook())
    data = base_config_dict(tmp_path)
    (tmp_path / "config.yaml").write_text(__import__("yaml").safe_dump(data))
    runner = CliRunner()
    before = runner.invoke(main, ["digest", "--dry-run", "--config", str(tmp_path / "config.yaml")])
    assert before.exit_code == 1 and "run `safety-events sync` first" in before.output
    config = config_from_dict(data, base_dir=tmp_path)
    run_sync(config, now=MON_W36)
    result = runner.invoke(main, ["digest", "--dry-run", "--config", str(tmp_path / "config.yaml")])
    assert result.exit_code == 0, result.output
    # no recipients configured: every department and the coordinators are printed
    assert result.output.count("Safety events week 2025-W36 — ") == len(config.departments) + 1
    saved = runner.invoke(main, ["digest", "--save", str(tmp_path / "d"), "--config", str(tmp_path / "config.yaml")])
    assert saved.exit_code == 0
    assert {p.name for p in (tmp_path / "d").iterdir()} >= {"fire.txt", "fire.html", "fire.card.json",
                                                             "coordinators.html"}
    with SentLog(config.record_path) as log:
        assert log.weeks() == set()


@pytest.mark.parametrize("security", ["starttls"])
def test_starttls_is_required_by_the_client(tmp_path, make_workbook, security):
    """A server without STARTTLS is refused before any password is sent."""
    from aiosmtpd.controller import Controller
    from tests.e2e.mail_server import Inbox, free_port
    make_workbook(cycle_workbook())
    port = free_port()
    plain = Controller(Inbox(), hostname="127.0.0.1", port=port)
    plain.start()
    try:
        config = loop_config(tmp_path, port, tmp_path / "none.pem")
        run_sync(config, now=MON_W36)
        config = config.model_copy(update={"coordination": config.coordination.model_copy(update={
            "digest": config.coordination.digest.model_copy(update={"smtp": config.coordination.digest.smtp
                                                                    .model_copy(update={"ca_file": None})})})})
        outcomes = send_digests(config, MON_W36, env=ENV)
        assert {o.status for o in outcomes} == {"failed"}
        assert "STARTTLS" in outcomes[0].detail or "starttls" in outcomes[0].detail.lower()
    finally:
        plain.stop()


def test_schedule_loop_step_syncs_then_sends_once(tmp_path, make_workbook, monkeypatch):
    from sheets_sync.scheduler import run_forever, sync_and_digest
    make_workbook(cycle_workbook())
    with smtp_server(tmp_path) as (port, ca, inbox):
        config = loop_config(tmp_path, port, ca)
        monkeypatch.setenv("SAFETY_EVENTS_SMTP_PASSWORD", PASSWORD)
        times = iter([MON_W36, TUE_W36, TUE_W36.replace(hour=15)])
        runs = run_forever(lambda: sync_and_digest(config, next(times)), 1, max_runs=3)
        assert runs == 3
        assert len(inbox.mails) == 3                     # three audiences, once for the week
        with SentLog(config.record_path) as log:
            assert log.weeks() == {"2025-W36"}
