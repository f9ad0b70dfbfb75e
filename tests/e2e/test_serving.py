"""`serve` runs waitress unless --dev; `--host 0.0.0.0` never reaches a link; a loopback
`site.base_url` is warned about on every sync and refused by `sync --strict` (issue 12)."""
from __future__ import annotations

import json
import logging
from datetime import date, timedelta

import openpyxl
import pytest
import yaml
from click.testing import CliRunner

import public_feed.server
from public_feed.server import link_base
from sheets_sync.cli import main
from sheets_sync.model import CANONICAL_COLUMNS
from tests.conftest import base_config_dict


def _site(tmp_path, base_url="http://127.0.0.1:5000"):
    data = base_config_dict(tmp_path)
    data["site"]["base_url"] = base_url
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Fire"
    ws.append(list(CANONICAL_COLUMNS))
    soon = date.today() + timedelta(days=10)
    values = {"Title": "Smoke Alarm Saturday", "Start Date": soon, "Start Time": "10am",
              "Visibility": "Public", "Location": "Station 3"}
    ws.append([values.get(c) for c in CANONICAL_COLUMNS])
    wb.save(tmp_path / "intake.xlsx")
    return path


@pytest.mark.parametrize("base,host,port,expected", [
    ("http://127.0.0.1:5000", "127.0.0.1", 8080, ("http://127.0.0.1:8080", False)),
    ("http://localhost:5000/", "0.0.0.0", 8080, ("http://localhost:5000", True)),
    ("http://127.0.0.1:5000", "::", 8080, ("http://127.0.0.1:5000", True)),
    ("http://127.0.0.1:5000", "::1", 8080, ("http://[::1]:8080", False)),
    ("https://events.example.gov/", "0.0.0.0", 8080, ("https://events.example.gov", False)),
])
def test_link_base(base, host, port, expected):
    assert link_base(base, host, port) == expected


def _served_app(monkeypatch, args):
    seen = {}
    monkeypatch.setattr(public_feed.server, "run",
                        lambda app, host, port, **kw: seen.update(app=app, host=host, port=port, **kw))
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return seen, result.output


def test_serve_on_every_interface_never_writes_0_0_0_0_into_links(tmp_path, monkeypatch):
    config = _site(tmp_path)
    assert CliRunner().invoke(main, ["sync", "--config", str(config)]).exit_code == 0
    seen, output = _served_app(monkeypatch, ["serve", "--config", str(config), "--host", "0.0.0.0",
                                             "--port", "8080"])
    assert seen["dev"] is False and seen["host"] == "0.0.0.0" and "waitress" in output
    client = seen["app"].test_client()
    page = client.get("/", base_url="http://192.0.2.7:8080").get_data(as_text=True)
    assert "Smoke Alarm Saturday" in page
    assert "0.0.0.0" not in page
    assert "http://192.0.2.7:8080/calendar.ics" in page
    assert "webcal://192.0.2.7:8080/calendar.ics" in page


def test_serve_with_a_public_base_url_keeps_it(tmp_path, monkeypatch):
    config = _site(tmp_path, "https://events.example.gov")
    assert CliRunner().invoke(main, ["sync", "--config", str(config)]).exit_code == 0
    seen, _ = _served_app(monkeypatch, ["serve", "--config", str(config), "--host", "0.0.0.0",
                                        "--dev"])
    assert seen["dev"] is True
    page = seen["app"].test_client().get("/", base_url="http://192.0.2.7:8080").get_data(as_text=True)
    assert "https://events.example.gov/calendar.ics" in page and "192.0.2.7" not in page


def test_dev_server_has_no_colour_codes_without_a_terminal(monkeypatch):
    import werkzeug.serving
    monkeypatch.setattr(werkzeug.serving, "run_simple", lambda *a, **kw: None)
    monkeypatch.setattr(werkzeug.serving, "_log_add_style", True)
    public_feed.server.run(object(), "127.0.0.1", 0, dev=True)      # stderr is not a terminal here
    assert werkzeug.serving._log_add_style is False
    assert "\x1b[" not in werkzeug.serving._ansi_style("WARNING", "bold", "red")


def test_loopback_base_url_is_warned_on_every_sync_and_strict_refuses(tmp_path, caplog):
    config = _site(tmp_path)
    runner = CliRunner()
    with caplog.at_level(logging.WARNING, logger="safety_events"):
        for _ in range(2):
            assert runner.invoke(main, ["sync", "--config", str(config)]).exit_code == 0
    warned = [r for r in caplog.records if "site.base_url" in r.getMessage()]
    assert len(warned) == 2 and "only this machine" in warned[0].getMessage()
    json_run = runner.invoke(main, ["sync", "--config", str(config), "--json"])
    assert '"config_warnings": [\n    "site.base_url' in json_run.output
    # check says it too (a fresh verifier: only sync did), in text and in --json
    checked = runner.invoke(main, ["check", "--config", str(config)])
    assert checked.exit_code == 0 and "warning: config.yaml site.base_url" in checked.output
    checked = runner.invoke(main, ["check", "--config", str(config), "--json"])
    assert json.loads(checked.output)["config_warnings"][0].startswith("site.base_url")
    strict_out = tmp_path / "strict-out"
    strict = runner.invoke(main, ["sync", "--config", str(config), "--strict", "--out", str(strict_out)])
    assert strict.exit_code == 1 and "site.base_url" in strict.output
    assert not strict_out.exists()                                   # nothing written


def test_public_base_url_is_not_warned_and_strict_runs(tmp_path, caplog):
    config = _site(tmp_path, "https://events.example.gov")
    with caplog.at_level(logging.WARNING, logger="safety_events"):
        result = CliRunner().invoke(main, ["sync", "--config", str(config), "--strict"])
    assert result.exit_code == 0, result.output
    assert not [r for r in caplog.records if "site.base_url" in r.getMessage()]
