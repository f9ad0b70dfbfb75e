"""Issue 16: a sync that would remove or cancel more than feed.max_removed_share of the
published events stops before publishing, exits 1 with the reason, and the last good feed
stays."""
from __future__ import annotations

from datetime import datetime, timezone

import yaml
from click.testing import CliRunner

from sheets_sync.cli import main
from tests.conftest import base_config_dict, write_workbook

H = ["Title", "Start Date", "Start Time", "Visibility", "Status"]
NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)


def rows(n, status=""):
    return [[f"Block Party {i:02d}", f"8/{i + 2}/2025", "6pm", "Public", status] for i in range(n)]


def setup(tmp_path):
    data = base_config_dict(tmp_path)
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def run(path, *extra):
    return CliRunner().invoke(main, ["sync", "--config", str(path), *extra])


def test_cancelling_over_the_share_stops_and_keeps_the_last_feed(tmp_path):
    config_path = setup(tmp_path)
    write_workbook(tmp_path / "intake.xlsx", {"Police": [H, *rows(20)]})
    assert run(config_path).exit_code == 0
    feed = tmp_path / "out" / "public" / "calendar.ics"
    good = feed.read_bytes()
    assert good.count(b"BEGIN:VEVENT") == 20
    # a stale read: only 14 of 20 rows (6 removed = 30% > 20%)
    write_workbook(tmp_path / "intake.xlsx", {"Police": [H, *rows(14)]})
    result = run(config_path)
    assert result.exit_code == 1
    assert "would remove 6 and cancel 0 of the 20 published events (30%, more than " \
           "feed.max_removed_share 20%" in result.output
    assert "--allow-removals" in result.output
    assert feed.read_bytes() == good
    # six typed Cancelled: the same stop
    write_workbook(tmp_path / "intake.xlsx", {"Police": [H, *rows(14), *rows(20, "Cancelled")[14:]]})
    result = run(config_path)
    assert result.exit_code == 1 and "remove 0 and cancel 6 of the 20" in result.output
    assert feed.read_bytes() == good
    # meant: let it through once
    write_workbook(tmp_path / "intake.xlsx", {"Police": [H, *rows(14)]})
    assert run(config_path, "--allow-removals").exit_code == 0
    assert feed.read_bytes() != good


def test_small_removals_are_always_allowed(tmp_path):
    config_path = setup(tmp_path)
    write_workbook(tmp_path / "intake.xlsx", {"Police": [H, *rows(6)]})
    assert run(config_path).exit_code == 0
    write_workbook(tmp_path / "intake.xlsx", {"Police": [H, *rows(1)]})   # 5 of 6 = the floor
    assert run(config_path).exit_code == 0
