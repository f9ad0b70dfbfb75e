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


def test_missing_file_and_bad_yaml(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path / "nope.yaml")
    assert "safety-events init --config" in str(err.value)     # names the command that makes one
    bad = tmp_path / "bad.yaml"
    bad.write_text("departments: [\n")
    with pytest.raises(ConfigError) as err:
        load_config(bad)
    assert "not valid YAML" in str(err.value)
