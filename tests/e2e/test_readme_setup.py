"""README "Set up for your city", word for word (issue 12): its shell blocks for steps 2, 4
and 6 run as written in an empty folder, with `safety-events` on PATH running this checkout.
Step 1 (pip install from the package index) and step 5 (`serve`, which runs until stopped)
are covered by tests/e2e/test_container_recipe.py (the install from the copied files) and
tests/e2e/test_new_city.py (serve); the one change made here is `doctor --no-site`, because
the README's example address is a real-looking public name and no test may leave loopback."""
from __future__ import annotations

import os
import re
import subprocess
import sys

from sheets_sync.config import load_config
from tests.conftest import ROOT


def setup_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Set up for your city", 1)[1].split("\n## ", 1)[0]
    return [re.sub(r"^ {3}", "", b, flags=re.M) for b in re.findall(r"```sh\n(.*?)```", section, re.S)]


def test_the_setup_steps_run_as_written(tmp_path):
    blocks = setup_blocks()
    assert len(blocks) == 5, blocks
    install, init, first_sync, serve, doctor = blocks
    assert "pip install -c ./safety-events/constraints.txt" in install
    assert "safety-events serve" in serve
    assert doctor.strip() == "safety-events doctor"

    shim = tmp_path / "bin" / "safety-events"
    shim.parent.mkdir()
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m sheets_sync.cli "$@"\n')
    shim.chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "PATH": f"{shim.parent}{os.pathsep}{os.environ['PATH']}",
           "PYTHONPATH": str(ROOT), "HOME": str(home)}
    env.pop("SAFETY_EVENTS_CONFIG", None)
    script = "set -e\n" + init + first_sync + doctor.replace("doctor", "doctor --no-site")
    done = subprocess.run(["bash", "-c", script], cwd=home, env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr

    city = home / "springfield-events"
    config = load_config(city / "config.yaml")
    assert config.site.base_url == "https://events.springfield.example"
    assert [d.name for d in config.departments] == ["Police", "Fire", "Parks and Recreation"]
    assert config.site.title_es == "Eventos de seguridad comunitaria de Springfield"
    assert (city / "out" / "public" / "calendar.ics").is_file()
    assert "Nothing needs a person." in done.stdout
    assert done.stdout.rstrip().endswith("Everything checked is fine.")
