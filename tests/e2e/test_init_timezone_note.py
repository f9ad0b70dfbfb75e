"""`init` in a script on a server whose clock is UTC cannot know the city's timezone: it says
which one it assumed and where to change it, instead of writing America/New_York silently."""
from __future__ import annotations

from click.testing import CliRunner

from sheets_sync import citysetup
from sheets_sync.cli import main


def _init(tmp_path, *flags):
    return CliRunner().invoke(main, ["init", "--config", str(tmp_path / "config.yaml"), "--city", "Riverton",
                                     "--no-input", *flags])


def test_a_utc_machine_gets_a_note_naming_the_assumed_zone(tmp_path, monkeypatch):
    monkeypatch.setattr(citysetup, "system_timezone", lambda: None)       # /etc/localtime -> Etc/UTC
    done = _init(tmp_path)
    assert done.exit_code == 0, done.output
    assert 'timezone: "America/New_York"' in (tmp_path / "config.yaml").read_text()
    assert "this machine's clock is set to UTC" in done.stderr
    assert "America/New_York" in done.stderr and "America/Chicago" in done.stderr


def test_no_note_when_the_zone_is_known(tmp_path, monkeypatch):
    monkeypatch.setattr(citysetup, "system_timezone", lambda: "America/Denver")
    done = _init(tmp_path)
    assert done.exit_code == 0 and "Note:" not in done.stderr
    assert 'timezone: "America/Denver"' in (tmp_path / "config.yaml").read_text()
    (tmp_path / "config.yaml").unlink()
    monkeypatch.setattr(citysetup, "system_timezone", lambda: None)
    done = _init(tmp_path / "b", "--timezone", "America/Chicago")
    assert done.exit_code == 0 and "Note:" not in done.stderr
