"""`safety-events init` from an empty folder: a config for *this* city, the template, and
the message every command gives when there is no config (issue 12)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from sheets_sync.citysetup import city_answers, parse_department, render_config
from sheets_sync.cli import main
from sheets_sync.config import config_from_dict, is_loopback_url, load_config
from sheets_sync.model import RawTab
from sheets_sync.offers import is_offers_header
from sheets_sync.pipeline import analyse
from sheets_sync.template import is_helper_tab

FLAGS = ["init", "--city", "Springfield", "--site-title", "Springfield Safety Calendar",
         "--site-title-es", "Calendario de seguridad de Springfield", "--timezone", "America/Chicago",
         "--fiscal-year-start", "10", "--department", "Police:SPD,Springfield PD",
         "--department", "Fire:SFD", "--department", "Library", "--not-core", "Library"]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)          # an empty folder, as a new city's IT person has
    monkeypatch.delenv("SAFETY_EVENTS_CONFIG", raising=False)


def _init(tmp_path: Path, args: list[str]):
    return CliRunner().invoke(main, args), tmp_path


def test_init_in_an_empty_folder_writes_this_citys_config_and_template(tmp_path):
    result, folder = _init(tmp_path, FLAGS)
    assert result.exit_code == 0, result.output
    text = (folder / "config.yaml").read_text()
    assert "durham" not in text.lower() and "dpd" not in text.lower()
    assert text.count("\n#") + text.count("  #") > 5           # commented for the person editing it
    config = load_config(folder / "config.yaml")
    assert [(d.name, d.aliases, d.core) for d in config.departments] == [
        ("Police", ["SPD", "Springfield PD"], True), ("Fire", ["SFD"], True), ("Library", [], False)]
    assert config.timezone == "America/Chicago" and config.fiscal_year_start_month == 10
    assert config.site.title == "Springfield Safety Calendar"
    assert config.site.title_es == "Calendario de seguridad de Springfield"
    assert config.site.uid_domain == "springfield.safety-events"
    assert config.source.kind == "workbook" and config.path(config.source.workbook) == folder / "intake.xlsx"
    assert config.core_departments == ("Police", "Fire")
    wb = openpyxl.load_workbook(folder / "intake.xlsx")
    assert wb.sheetnames == ["Police", "Fire", "Library", "Assistance Offers", "Lists"]
    assert wb["Lists"].sheet_state == "hidden" and wb.active.title == "Police"
    offers = wb["Assistance Offers"]
    assert is_offers_header(tuple(c.value for c in offers[1]))
    # the Offer Status dropdown lists the offer statuses, not the intake statuses
    lists = wb["Lists"]
    by_name = {col[0].value: [c.value for c in col[1:] if c.value] for col in lists.iter_cols()}
    assert by_name["Offer Status"] == ["Offered", "Accepted", "Declined"]
    assert by_name["Offering Department"] == ["Police", "Fire", "Library"]
    formulas = {str(dv.sqref): dv.formula1 for dv in offers.data_validations.dataValidation}
    column = openpyxl.utils.get_column_letter(list(by_name).index("Offer Status") + 1)
    assert formulas["D2:D1000"] == f"=Lists!${column}$2:${column}$4"
    # input help on the required columns, and widths
    police = wb["Police"]
    prompts = {str(dv.sqref): dv.prompt for dv in police.data_validations.dataValidation if dv.prompt}
    assert set(prompts) == {"B2:B1000", "C2:C1000"}              # Title, Start Date
    assert police.column_dimensions["B"].width >= 12


def test_init_without_flags_and_without_a_terminal_uses_generic_defaults(tmp_path):
    result, folder = _init(tmp_path, ["init"])
    assert result.exit_code == 0, result.output
    text = (folder / "config.yaml").read_text()
    assert "durham" not in text.lower()
    config = load_config(folder / "config.yaml")
    assert config.department_names == ("Police", "Fire", "Community Safety", "Emergency Communications",
                                       "Emergency Management", "Parks and Recreation")
    assert config.site.title == "Community Safety Events" and config.fiscal_year_start_month == 7
    assert "Created tabs: Police, Fire" in result.output


def test_init_with_google_writes_a_google_source(tmp_path, monkeypatch):
    monkeypatch.delenv("GOOGLE_APPLICATION_CREDENTIALS", raising=False)
    result, folder = _init(tmp_path, ["init", "--city", "Springfield", "--google", "1AbCdEf"])
    config = load_config(folder / "config.yaml")
    assert config.source.kind == "google" and config.source.spreadsheet_key == "1AbCdEf"
    assert result.exit_code == 1                                   # no credentials on this machine
    assert "Wrote config.yaml" in result.output


def test_the_templates_helper_tab_is_never_reported_but_a_real_tab_named_lists_is_read(tmp_path):
    result, folder = _init(tmp_path, FLAGS)
    runner = CliRunner()
    check = runner.invoke(main, ["check", "--config", str(folder / "config.yaml")])
    assert check.exit_code == 0, check.output
    assert "Lists" not in check.output and "Assistance Offers" not in check.output
    config = load_config(folder / "config.yaml")
    helper = RawTab("Lists", ("Lead Department", "Event Type", "Status"), (("Police", "Other", "Scheduled"),))
    intake = RawTab("Lists", ("Title", "Start Date", "Lead Department"), (("CPR Class", "2025-08-05", "Fire"),))
    assert is_helper_tab(helper.title, helper.header) and not is_helper_tab(intake.title, intake.header)
    a = analyse([helper, intake], config)
    assert a.tabs == ["Lists"] and len(a.rows) == 1 and a.skipped_tabs == []
    # only the real tab's line: it has no Visibility column
    assert [(i.tab, i.row, i.column) for i in a.issues] == [("Lists", 1, "(header)")]


@pytest.mark.parametrize("command", [["sync"], ["check"], ["serve"], ["schedule", "--runs", "1"],
                                     ["snapshot"], ["sync", "--json"]])
def test_every_command_without_a_config_names_the_command_that_creates_one(tmp_path, command):
    result, _ = _init(tmp_path, command)
    assert result.exit_code == 1
    # with --json the sentence is the "error" of one JSON object
    output = json.loads(result.output)["error"] if "--json" in command else result.output
    assert 'safety-events init --city "Your City"' in output
    assert "cannot read the file" not in output


def test_a_missing_config_given_by_path_is_named_in_the_init_command(tmp_path):
    result, _ = _init(tmp_path, ["check", "--config", "city/settings.yaml"])
    assert result.exit_code == 1
    assert "safety-events init --config city/settings.yaml" in result.output


def test_init_leaves_an_existing_config_alone(tmp_path):
    result, folder = _init(tmp_path, FLAGS)
    before = (folder / "config.yaml").read_text()
    again = CliRunner().invoke(main, ["init", "--config", str(folder / "config.yaml"), "--city", "Other"])
    assert again.exit_code == 0, again.output
    assert (folder / "config.yaml").read_text() == before
    assert "left as it is" in again.output and "already exist" in again.output


def test_rendered_config_round_trips_names_that_need_quoting(tmp_path):
    answers = city_answers(city="Cañon City", departments=["911: E-911,Dispatch", "Policía:PD"],
                           timezone="America/Denver", base_url="https://events.canoncity.example/")
    config = config_from_dict(__import__("yaml").safe_load(render_config(answers)), base_dir=tmp_path)
    assert config.department_lookup()["e-911"] == "911"
    assert config.departments[1].name == "Policía"
    assert config.site.base_url == "https://events.canoncity.example"
    assert config.site.uid_domain == "events.canoncity.example"
    assert config.site.title_es == "Eventos de seguridad comunitaria de Cañon City"


def test_impossible_answers_are_refused_with_a_sentence():
    with pytest.raises(ValueError, match="not an IANA timezone"):
        city_answers(timezone="Mars/Olympus")
    with pytest.raises(ValueError, match="not one of the departments"):
        city_answers(departments=["Police"], not_core=["Fire"])
    with pytest.raises(ValueError, match="no department name"):
        parse_department(":alias")


@pytest.mark.parametrize("url,loopback", [
    ("http://127.0.0.1:5000", True), ("http://localhost/", True), ("http://[::1]:8080/x", True),
    ("http://0.0.0.0:8080", True), ("http://127.1.2.3", True), ("https://events.example.gov", False),
    ("http://127.0.0.1.example.com", False), ("https://10.0.0.5:8443/cal", False)])
def test_loopback_urls(url, loopback):
    assert is_loopback_url(url) is loopback
    assert re.match(r"https?://", url)


def test_init_gives_a_new_city_spanish_names_for_what_it_writes_in_english(tmp_path):
    """Issue 15, found by v3 verification: a city set up with `init` (the README's path) had
    Spanish pages listing "Police", "Fire" and "CPR Class", because the config init wrote had
    no `name_es` nor `site.terms_es`. The generic departments and event types init itself
    writes now come with their Spanish; a department the city names has a commented
    `name_es` line to fill in."""
    result, folder = _init(tmp_path, FLAGS)
    assert result.exit_code == 0, result.output
    config = load_config(folder / "config.yaml")
    assert [(d.name, d.name_es) for d in config.departments] == [
        ("Police", "Policía"), ("Fire", "Bomberos"), ("Library", "")]
    assert "# name_es:" in (folder / "config.yaml").read_text()
    terms = config.site.terms_es
    assert set(config.event_types) <= set(terms)
    assert terms["CPR Class"] == "Clase de RCP" and terms["Town Hall"] == "Asamblea comunitaria"
    assert terms["All ages"] == "Todas las edades"


def test_init_defaults_have_spanish_department_names(tmp_path):
    result, folder = _init(tmp_path, ["init"])
    assert result.exit_code == 0, result.output
    names = {d.name: d.name_es for d in load_config(folder / "config.yaml").departments}
    assert names == {"Police": "Policía", "Fire": "Bomberos", "Community Safety": "Seguridad Comunitaria",
                     "Emergency Communications": "Comunicaciones de Emergencia",
                     "Emergency Management": "Manejo de Emergencias",
                     "Parks and Recreation": "Parques y Recreación"}


@pytest.mark.parametrize("start, first, last", [(10, "October 2025", "September 2026"),
                                                (7, "July 2025", "June 2026"),
                                                (4, "April 2025", "March 2026")])
def test_the_fiscal_year_comment_describes_the_chosen_month(start, first, last):
    """The generated config's comment on fiscal_year_start_month names the months of FY26 for
    the month the city chose (it once said July whatever was chosen), and FY26 is what the
    quarter labels call those months."""
    from datetime import date

    from reports.measures import fiscal_quarter
    text = render_config(city_answers(city="Springfield", timezone="America/Chicago",
                                      fiscal_year_start=start))
    line = next(x for x in text.splitlines() if x.startswith("fiscal_year_start_month:"))
    assert line.split("#", 1)[1].strip() == f"{start} = {first.split()[0]}: FY26 runs {first} - {last}"
    month = {"October": 10, "July": 7, "April": 4, "September": 9, "June": 6, "March": 3}
    begin = date(int(first.split()[1]), month[first.split()[0]], 1)
    end = date(int(last.split()[1]), month[last.split()[0]], 28)
    assert fiscal_quarter(begin, start) == "FY26-Q1" and fiscal_quarter(end, start) == "FY26-Q4"


def test_a_calendar_fiscal_year_comment():
    text = render_config(city_answers(city="Springfield", timezone="America/Chicago", fiscal_year_start=1))
    assert "# 1 = January: FY26 is the calendar year 2026" in text
