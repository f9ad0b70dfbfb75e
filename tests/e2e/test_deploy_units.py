"""The systemd units in deploy/ pass `systemd-analyze verify` (issue 12), when this machine
has systemd-analyze; the cron line in README runs the same command as the timer's service."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

DEPLOY = ROOT / "deploy"
UNITS = ["safety-events-site.service", "safety-events-sync.service", "safety-events-sync.timer"]
PLACEHOLDER = "/opt/safety-events/venv/bin/safety-events"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_units_pass_systemd_analyze_verify(tmp_path):
    for name in UNITS:
        text = (DEPLOY / name).read_text()
        # verify checks that ExecStart's program exists: point it at a real executable here
        (tmp_path / name).write_text(text.replace(PLACEHOLDER, sys.executable))
    done = subprocess.run(["systemd-analyze", "verify", *[str(tmp_path / n) for n in UNITS]],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "", done.stderr          # warnings (an unknown key) fail too


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_verify_catches_a_misspelt_key(tmp_path):
    text = (DEPLOY / "safety-events-sync.service").read_text().replace("Type=oneshot", "Typ=oneshot")
    (tmp_path / "x.service").write_text(text.replace(PLACEHOLDER, sys.executable))
    done = subprocess.run(["systemd-analyze", "verify", str(tmp_path / "x.service")],
                          capture_output=True, text=True, timeout=120)
    assert "Unknown key" in done.stderr


def test_units_and_cron_line_run_the_installed_command():
    sync = (DEPLOY / "safety-events-sync.service").read_text()
    site = (DEPLOY / "safety-events-site.service").read_text()
    assert re.search(rf"^ExecStart={re.escape(PLACEHOLDER)} -v sync --config \S+config.yaml$", sync, re.M)
    assert re.search(rf"^ExecStart={re.escape(PLACEHOLDER)} serve .*--host 127\.0\.0\.1", site, re.M)
    assert "--dev" not in site
    readme = (ROOT / "README.md").read_text()
    cron = re.search(r"^\s*\*/15 \* \* \* \* .*$", readme, re.M)
    assert cron and f"{PLACEHOLDER} sync --config /srv/safety-events/config.yaml" in cron.group(0)


def test_nginx_site_serves_public_only():
    conf = (DEPLOY / "nginx-safety-events.conf").read_text()
    assert re.search(r"^\s*root /srv/safety-events/out/public;", conf, re.M)
    assert re.search(r"^\s*gzip on;", conf, re.M)
    assert re.search(r"location \^~ /private/ \{ return 404; \}", conf)
