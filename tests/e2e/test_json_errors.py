"""`sync --json` and `check --json` answer a failure with JSON too (issue 12): one object on
stdout, `{"error": <the sentence a person would read>, "exit": 1}`, and the exit code is the
same 1 as without `--json`. Run as real processes, so stdout and stderr are the real streams."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import yaml

from tests.conftest import ROOT, base_config_dict


def run(folder, *args) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SAFETY_EVENTS_CONFIG", None)
    return subprocess.run([sys.executable, "-m", "sheets_sync.cli", *args], cwd=folder, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.parametrize("command", ["sync", "check"])
def test_no_config_is_a_json_error(tmp_path, command):
    done = run(tmp_path, command, "--json")
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert sorted(report) == ["error", "exit"] and report["exit"] == 1
    assert report["error"].startswith("there is no config file config.yaml")
    assert "safety-events init" in report["error"]
    assert done.stderr == ""
    plain = run(tmp_path, command)                       # without --json: the same sentence, as text
    assert plain.returncode == 1 and plain.stdout == ""
    assert plain.stderr == f"Error: {report['error']}\n"


@pytest.mark.parametrize("command", ["sync", "check"])
def test_config_problems_are_a_json_error_with_each_problem(tmp_path, command):
    data = base_config_dict(tmp_path)
    data["fiscal_year_start_month"] = "July"
    data["site"]["base_url"] = "events.example.gov"            # no scheme: not a web address
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(data))
    done = run(tmp_path, command, "--json")
    assert done.returncode == 1 and done.stderr == ""
    report = json.loads(done.stdout)
    assert report["exit"] == 1
    assert report["problems"] == [
        "fiscal_year_start_month: Input should be a valid integer, unable to parse string as an integer",
        "site.base_url: 'events.example.gov' is not a web address like https://events.example.gov"]
    assert report["error"].startswith("config.yaml has 2 problem(s):")
    assert report["error"].endswith("Fix config.yaml and run the command again.")


def test_a_missing_workbook_and_strict_are_json_errors(tmp_path):
    data = base_config_dict(tmp_path)                          # intake.xlsx does not exist
    data["site"]["base_url"] = "https://events.example.gov"
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(data))
    done = run(tmp_path, "sync", "--json")
    assert done.returncode == 1 and done.stderr == ""
    report = json.loads(done.stdout)
    assert report["exit"] == 1 and "intake.xlsx" in report["error"] and "problems" not in report

    data["site"]["base_url"] = "http://127.0.0.1:5000"
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(data))
    done = run(tmp_path, "sync", "--json", "--strict")
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert len(report["problems"]) == 1 and report["problems"][0].startswith("site.base_url: ")
    assert "only this machine can open" in report["error"]


@pytest.mark.parametrize("args", [("sync", "--json", "--bogus"), ("check", "--bogus", "--json"),
                                  ("doctor", "--json", "--config")])
def test_a_usage_error_with_json_is_json_too(tmp_path, args):
    """Called wrong (an unknown option, an option without its value) with ``--json``: still one
    JSON object on stdout, click's own message and exit status 2; without ``--json`` click's
    usage text on stderr as before."""
    done = run(tmp_path, *args)
    assert done.returncode == 2 and done.stderr == ""
    report = json.loads(done.stdout)
    assert report["exit"] == 2
    assert ("--bogus" in report["error"]) or ("--config" in report["error"])
    assert report["usage"].startswith("Usage: ") and f" {args[0]} " in report["usage"]
    plain = run(tmp_path, *[a for a in args if a != "--json"])
    assert plain.returncode == 2 and plain.stdout == "" and "Error: " in plain.stderr
