"""`sync -v` on a terminal draws a progress bar (rich) with the stage lines above it; piped,
it writes plain log lines with no escape codes (issue 12). The terminal is a real pty."""
from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
import threading

from tests.conftest import ROOT
from tests.e2e.test_verbose_and_summary import STAGES, _run, _workbook

ESC = "\x1b["


def run_on_a_terminal(folder, *args) -> tuple[int, str]:
    """Run the CLI with stdout and stderr on a new pty; returns (exit code, all it printed)."""
    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color", "COLUMNS": "120"}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen([sys.executable, "-m", "sheets_sync.cli", *args], cwd=folder, env=env,
                               stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
    os.close(slave)
    chunks: list[bytes] = []

    def drain():
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:           # EIO: the child closed the terminal
                return
            if not data:
                return
            chunks.append(data)
    reader = threading.Thread(target=drain)
    reader.start()
    code = process.wait(timeout=300)
    reader.join(timeout=60)
    os.close(master)
    return code, b"".join(chunks).decode("utf-8", "replace")


def plain(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)


def test_progress_bar_on_a_terminal(tmp_path):
    _workbook(tmp_path)
    code, shown = run_on_a_terminal(tmp_path, "-v", "sync")
    assert code == 0, shown
    assert ESC in shown                                    # drawn: cursor moves and colours
    text = plain(shown)
    bars = re.findall(r"sync: ([a-z ]+?)\s.*?(\d)/7", text)
    assert bars and bars[-1] == ("publish", "7")           # the bar reached the last stage
    assert {name for name, _ in bars} >= {"read", "reports", "publish"}
    logged = re.findall(r"stage ([a-z ]+):\s+\d+\.\d\d s", text)
    assert logged == STAGES                                # each stage line once, in order
    assert "Needs a person:" in text


def test_no_bar_and_no_escape_codes_when_piped(tmp_path):
    _workbook(tmp_path)
    done = _run(tmp_path, "-v", "sync")
    assert done.returncode == 0, done.stderr
    assert ESC not in done.stderr and ESC not in done.stdout
    assert "/7" not in done.stderr
    assert re.findall(r"INFO stage ([a-z ]+):", done.stderr) == STAGES
