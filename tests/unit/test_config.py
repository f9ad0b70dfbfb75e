"""Config validation reports every problem at once, each with its key path."""
import pytest

from sheets_sync.config import ConfigError, config_from_dict, load_config
from tests.conftest import ROOT


def test_shipped_config_loads():
    cfg = load_config(ROOT / "config.yaml")
    assert cfg.timezone == "America/New_York"
    assert cfg.fiscal_year_start_month == 7
    assert cfg.targets.joint_events_per_month == 2
    assert cfg.targets.all_department_events_per_quarter == 1
    assert cfg.department_lookup()["heart"] == "Community Safety"
    assert cfg.department_lookup()["911"] == "Emergency Communications"
    assert set(cfg.core_departments) == {"Police", "Fire", "Community Safety", "Emergency Communications",
                                         "Emergency Management", "Parks and Recreation"}


def test_every_problem_listed_with_its_path(config_dict):
    config_dict["timezone"] = "Mars/Olympus"
    config_dict["fiscal_year_start_month"] = 13
    config_dict["departments"][2]["aliases"] = "HEART"      # not a list
    config_dict["targets"]["joint_events_per_month"] = -1
    config_dict["feed"]["refresh_minuts"] = 10               # typo
    with pytest.raises(ConfigError) as err:
        config_from_dict(config_dict)
    problems = err.value.problems
    assert any(p.startswith("timezone: unknown IANA timezone 'Mars/Olympus'") for p in problems)
    assert any(p.startswith("fiscal_year_start_month:") for p in problems)
    assert any(p.startswith("departments.2.aliases:") for p in problems)
    assert any(p.startswith("targets.joint_events_per_month:") for p in problems)
    assert "feed.refresh_minuts: unknown key (check its spelling)" in problems
    assert len(problems) == 5


def test_cross_key_problems_all_listed_with_paths(config_dict):
    config_dict["departments"][1]["aliases"].append("DPD")
    config_dict["departments"].append({"name": "Police"})
    config_dict["event_types"].append("cpr class")
    config_dict["source"]["column_aliases"]["Titel"] = ["Name"]
    config_dict["source"]["calendars"] = [{"file": "x.ics", "department": "Sanitation"}]
    config_dict["site"]["base_url"] = "not a url"
    config_dict["site"]["uid_domain"] = ""
    with pytest.raises(ConfigError) as err:
        config_from_dict(config_dict)
    problems = err.value.problems
    n = len(config_dict["departments"]) - 1
    dpd = len(config_dict["departments"][1]["aliases"]) - 1
    assert f"departments.1.aliases.{dpd}: 'DPD' names both 'Police' and 'Fire'" in problems
    assert f"departments.{n}.name: 'Police' is listed twice" in problems
    assert f"event_types.{len(config_dict['event_types']) - 1}: 'cpr class' is listed twice" in problems
    assert any(p.startswith("source.column_aliases.Titel: not an intake column") for p in problems)
    assert "source.calendars.0.department: 'Sanitation' is not a configured department or alias" in problems
    assert any(p.startswith("site.base_url: 'not a url' is not a web address") for p in problems)
    assert any(p.startswith("site.uid_domain: '' must be a domain name") for p in problems)
    assert len(problems) == 7


def test_a_type_error_does_not_hide_the_cross_key_problems(config_dict):
    """One wrong type and one clash between keys: both reported at once, each with its path."""
    config_dict["feed"]["refresh_minutes"] = "hourly"                 # a type error
    config_dict["departments"][1]["aliases"].append("DPD")            # Fire's alias names Police too
    dpd = len(config_dict["departments"][1]["aliases"]) - 1
    with pytest.raises(ConfigError) as err:
        config_from_dict(config_dict, source="city.yaml")
    assert err.value.problems == [
        "feed.refresh_minutes: Input should be a valid integer, unable to parse string as an integer",
        f"departments.1.aliases.{dpd}: 'DPD' names both 'Police' and 'Fire'"]
    message = str(err.value)
    assert message.startswith("city.yaml has 2 problem(s):\n")
    assert "  - feed.refresh_minutes: Input should be a valid integer" in message
    assert f"  - departments.1.aliases.{dpd}: 'DPD' names both 'Police' and 'Fire'" in message


@pytest.mark.parametrize("command", ["check", "sync", "serve"])
def test_every_command_reports_both_kinds_at_once(config_dict, tmp_path, command):
    import yaml
    from click.testing import CliRunner

    from sheets_sync.cli import main
    config_dict["fiscal_year_start_month"] = "July"                    # a type error
    config_dict["event_types"].append(config_dict["event_types"][0].upper())  # listed twice
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config_dict))
    result = CliRunner().invoke(main, [command, "--config", str(path)])
    assert result.exit_code == 1
    last = len(config_dict["event_types"]) - 1
    assert result.output == (            # in line order: safe_dump writes event_types first
        f"Error: {path} has 2 problem(s):\n"
        f"  - event_types.{last}: {config_dict['event_types'][-1]!r} is listed twice\n"
        "  - fiscal_year_start_month: Input should be a valid integer, unable to parse string as an integer\n"
        f"Fix {path} and run the command again.\n")


def test_the_message_names_the_file_given_with_config(config_dict, tmp_path):
    """``--config other.yaml``: the error says which file to fix, not a config.yaml that may
    not even exist."""
    import yaml
    from click.testing import CliRunner

    from sheets_sync.cli import main
    config_dict["fiscal_year_start_month"] = "July"
    path = tmp_path / "staging-city.yml"
    path.write_text(yaml.safe_dump(config_dict))
    result = CliRunner().invoke(main, ["check", "--config", str(path)])
    assert result.exit_code == 1
    assert result.output.endswith(f"Fix {path} and run the command again.\n")
    assert "config.yaml" not in result.output


def test_cross_checks_skip_values_whose_type_is_wrong(config_dict):
    """A wrongly typed value is reported once (its type), never also as a cross-key problem
    nor as a crash; the cross checks of everything else still run."""
    config_dict["departments"][0]["aliases"] = "DPD"                   # not a list
    config_dict["departments"][2]["name"] = 7                          # not a string
    config_dict["site"]["base_url"] = ["https://x.example"]            # not a string
    config_dict["source"]["calendars"] = [{"file": "x.ics", "department": "Sanitation"}, "oops"]
    config_dict["event_types"] = ["CPR Class", 3, "cpr class"]
    with pytest.raises(ConfigError) as err:
        config_from_dict(config_dict)
    problems = err.value.problems
    assert "source.calendars.0.department: 'Sanitation' is not a configured department or alias" in problems
    assert "event_types.2: 'cpr class' is listed twice" in problems
    for key in ("departments.0.aliases", "departments.2.name", "site.base_url", "source.calendars.1",
                "event_types.1"):
        assert [p for p in problems if p.startswith(key + ":")], (key, problems)
        assert len([p for p in problems if p.startswith(key)]) == 1, (key, problems)


def test_missing_file_and_bad_yaml(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path / "nope.yaml")
    assert "safety-events init --config" in str(err.value)     # names the command that makes one
    bad = tmp_path / "bad.yaml"
    bad.write_text("departments: [\n")
    with pytest.raises(ConfigError) as err:
        load_config(bad)
    assert "not valid YAML" in str(err.value)


@pytest.mark.parametrize("name", ["", "   ", "report.csv", "reports/"])
def test_a_report_workbook_that_is_not_an_xlsx_name_is_a_config_problem(config_dict, name):
    """An empty ``output.report_workbook`` made the report path the output folder itself
    (the sync then said "out is not a readable .xlsx workbook"); another extension wrote an
    .xlsx under a name Excel will not open. Both are listed with the other problems."""
    config_dict.setdefault("output", {})["report_workbook"] = name
    config_dict["fiscal_year_start_month"] = 13
    with pytest.raises(ConfigError) as err:
        config_from_dict(config_dict)
    problems = err.value.problems
    assert any(p.startswith("output.report_workbook:") and ".xlsx" in p for p in problems), problems
    assert any(p.startswith("fiscal_year_start_month:") for p in problems)


def test_a_report_workbook_in_a_subfolder_is_accepted(config_dict):
    config_dict.setdefault("output", {})["report_workbook"] = "reports/Report.XLSX"
    assert config_from_dict(config_dict).output.report_workbook == "reports/Report.XLSX"


def test_a_key_given_twice_is_listed_with_the_other_problems(tmp_path):
    """The README's calendars block pasted above the generated ``calendars: []`` (a verifier's
    case): PyYAML would keep the empty list without a word; the repeat is a problem listed
    with its lines, beside every other problem of the file."""
    shipped = (ROOT / "config.yaml").read_text(encoding="utf-8")
    assert "\nsource:\n" in shipped
    lines = shipped.split("\n")
    at = lines.index("source:") + 1                      # 1-based line of the first key under it
    text = shipped.replace("\nsource:\n", "\nsource:\n  calendars:\n    - file: fire.ics\n"
                           "      department: Fire\n  calendars: []\n", 1)
    text = text.replace("fiscal_year_start_month: 7", "fiscal_year_start_month: 13", 1)
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    problems = err.value.problems
    shipped_at = next(n for n, line in enumerate(lines, 1) if line.startswith("  calendars:"))
    # in line order: fiscal_year_start_month (line 3), then the pasted block's two keys, then
    # the shipped file's own (4 lines further down now)
    assert problems[0].startswith("fiscal_year_start_month:")
    repeated = [f"line {n}: 'calendars' is given twice in the same block (first on line {at + 1})"
                for n in (at + 4, shipped_at + 4)]
    assert [p[:len(r)] for p, r in zip(problems[1:], repeated)] == repeated
    assert len(problems) == 3


def test_a_key_repeated_in_different_blocks_is_not_a_problem(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text((ROOT / "config.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert load_config(path).timezone == "America/New_York"


def test_check_lists_the_problems_in_the_order_of_their_lines(tmp_path):
    """A fresh verifier's case: ``check`` listed type errors first and key clashes after them,
    wherever they were in the file. Now they come in the order of their lines: a value near
    the top, a name listed twice in the middle, a misspelt key further down, a missing key
    (placed at its block's line)."""
    from click.testing import CliRunner

    from sheets_sync.cli import main
    shipped = (ROOT / "config.yaml").read_text(encoding="utf-8")
    text = shipped.replace("fiscal_year_start_month: 7", "fiscal_year_start_month: 13", 1)
    text = text.replace("  - Smoke Alarm Install\n", "  - Smoke Alarm Install\n  - smoke alarm install\n", 1)
    text = text.replace("  refresh_minutes: 60", "  refresh_minuts: 60", 1)
    text = text.replace("  stale_after_minutes: 120", "  stale_after_minutes: -1", 1)
    lines = text.split("\n")
    at = {marker: next(n for n, line in enumerate(lines, 1) if line.startswith(marker))
          for marker in ("fiscal_year_start_month: 13", "  - smoke alarm install", "  refresh_minuts:",
                         "  stale_after_minutes: -1")}
    assert sorted(at.values()) == list(at.values())           # the file's order, top to bottom
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--config", str(path)])
    assert result.exit_code == 1
    listed = [line[4:] for line in result.output.splitlines() if line.startswith("  - ")]
    duplicate = lines[at["  - smoke alarm install"] - 1].strip()[2:]
    item = shipped.split("event_types:\n", 1)[1].split("\n").index("  - Smoke Alarm Install") + 1
    assert [p.partition(":")[0] for p in listed] == [
        "fiscal_year_start_month", f"event_types.{item}", "feed.refresh_minuts", "feed.stale_after_minutes"]
    assert listed[1] == f"event_types.{item}: {duplicate!r} is listed twice"


def test_a_value_yaml_reads_as_a_number_or_boolean_says_to_quote_it(config_dict, tmp_path):
    """A fresh city's check: an alias typed `911` (YAML reads a number) or `yes` (YAML reads
    true) had said only "Input should be a valid string"."""
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    assert 'aliases: ["911", DECC' in text and "\n  - name: Police\n" in text
    path = tmp_path / "config.yaml"
    path.write_text(text.replace('aliases: ["911", DECC', "aliases: [911, DECC").replace(
        "\n  - name: Police\n", "\n  - name: yes\n"), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    quoted = [p for p in err.value.problems if "put the value in quotes" in p]
    assert len(quoted) == 2
    assert any("YAML reads 911 written without quotes as a number" in p and 'e.g. "911"' in p for p in quoted)
    assert any("YAML reads True written without quotes as true/false" in p for p in quoted)


def test_an_empty_config_says_how_to_begin(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert err.value.problems == ["(top level): the file has no settings; delete it and write one for your "
                                  'city with: safety-events init --city "Your City"']
