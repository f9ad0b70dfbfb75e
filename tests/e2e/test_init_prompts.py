"""`safety-events init` on a terminal asks for what the flags did not give (issue 12), driven
through a real pty: each question in order, defaults taken on Enter, a bad answer asked
again, answers written into config.yaml and the intake template."""
from __future__ import annotations

import openpyxl

from sheets_sync.config import load_config
from tests.e2e.terminal import Terminal


def test_answers_become_the_config_and_the_template(tmp_path):
    term = Terminal(tmp_path, "init")
    term.expect("City or county name")
    term.answer("Riverton")
    term.expect("Site title (English) [Riverton Community Safety Events]")   # default from the city
    term.answer("")                                             # Enter: the default
    term.expect("Site title (Spanish)")
    term.answer("Eventos de Riverton")
    term.expect("Timezone (IANA name, e.g. America/Chicago)")
    term.answer("America/Denvr")                                # a typo: asked again
    term.expect("'America/Denvr' is not an IANA timezone")
    term.expect("Timezone (IANA name")
    term.answer("America/Denver")
    term.expect("Fiscal year starts in month (1-12)")
    term.answer("13")                                           # out of range: asked again
    term.expect("13 is not in the range")
    term.expect("Fiscal year starts in month")
    term.answer("10")
    term.expect("Public address of the site")
    term.answer("https://events.riverton.example")
    term.expect("Departments as Name:alias1,alias2")
    term.answer("Police:RPD;Fire:RFD,Fire Dept;Parks")
    term.expect("Intake spreadsheet")
    term.answer("")                                             # intake.xlsx
    code, shown = term.finish()
    assert code == 0, shown

    config = load_config(tmp_path / "config.yaml")
    assert config.site.title == "Riverton Community Safety Events"
    assert config.site.title_es == "Eventos de Riverton"
    assert config.timezone == "America/Denver" and config.fiscal_year_start_month == 10
    assert config.site.base_url == "https://events.riverton.example"
    assert config.site.uid_domain == "events.riverton.example"
    assert [(d.name, list(d.aliases)) for d in config.departments] == [
        ("Police", ["RPD"]), ("Fire", ["RFD", "Fire Dept"]), ("Parks", [])]
    assert config.source.kind == "workbook"
    tabs = openpyxl.load_workbook(tmp_path / "intake.xlsx").sheetnames
    assert {"Police", "Fire", "Parks", "Assistance Offers"} <= set(tabs)


def test_flags_are_not_asked_and_google_is_chosen_by_answer(tmp_path, monkeypatch):
    monkeypatch.delenv("GOOGLE_APPLICATION_CREDENTIALS", raising=False)
    term = Terminal(tmp_path, "init", "--city", "Lakeside", "--timezone", "America/Chicago",
                    "--fiscal-year-start", "1", "--base-url", "https://cal.lakeside.example",
                    "--department", "Police", "--site-title", "Lakeside Events",
                    "--site-title-es", "Eventos de Lakeside")
    before = term.expect("Intake spreadsheet")                  # the only question left
    assert "City or county" not in before and "Timezone" not in before and "Departments" not in before
    term.answer("google:1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789")
    code, shown = term.finish()
    # the config is written; the template waits for the service-account key, and says how
    assert code == 1
    assert "GOOGLE_APPLICATION_CREDENTIALS" in shown
    config = load_config(tmp_path / "config.yaml")
    assert config.source.kind == "google"
    assert config.source.spreadsheet_key == "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"
    assert config.fiscal_year_start_month == 1 and [d.name for d in config.departments] == ["Police"]
