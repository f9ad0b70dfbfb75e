"""``safety-events --help`` starts without the heavy libraries (issue 17): checked by which
modules a fresh interpreter has imported after running it, not by timing (the start-up CPU
figure is in bench/cli_startup.py)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("openpyxl", "numpy", "pandas", "matplotlib", "icalendar", "pydantic", "yaml", "gspread",
         "flask", "sheets_sync.pipeline", "sheets_sync.config", "public_feed", "reports")

PROBE = """
import json, sys
from sheets_sync.cli import main
try:
    main(sys.argv[1:], prog_name="safety-events")
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _run(*args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=ROOT, capture_output=True,
                          text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                          timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_help_imports_no_heavy_module():
    got = _run("--help")
    assert got["code"] == 0
    assert "sheets_sync.cli" in got["modules"]
    assert _heavy(got["modules"]) == []


def test_sync_help_imports_no_heavy_module():
    got = _run("sync", "--help")
    assert got["code"] == 0
    assert _heavy(got["modules"]) == []


def test_probe_sees_heavy_modules_when_a_command_loads_them(tmp_path):
    """The probe is able to fail: ``check`` on a missing config loads the config module."""
    got = _run("check", "--config", str(tmp_path / "none.yaml"))
    assert got["code"] == 1
    assert "sheets_sync.config" in _heavy(got["modules"])
