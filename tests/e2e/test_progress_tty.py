"""`sync -v` on a terminal draws a progress bar (rich) with the stage lines above it; piped,
it writes plain log lines with no escape codes (issue 12). The terminal is a real pty."""
from __future__ import annotations

import re

from tests.e2e.terminal import Terminal, plain
from tests.e2e.test_verbose_and_summary import STAGES, _run, _workbook

ESC = "\x1b["


def test_progress_bar_on_a_terminal(tmp_path):
    _workbook(tmp_path)
    code, shown = Terminal(tmp_path, "-v", "sync").finish()
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
