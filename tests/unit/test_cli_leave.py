"""``safety-events`` ends without the interpreter's teardown once a command is done
(:func:`sheets_sync.cli.leave`, issue 17), keeping the exit code, the exit hooks and the
flushed output; and takes the usual exit where that is not safe."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# an object whose finaliser says when the interpreter tears the module down
PROBE = """
import atexit, sys, threading, time
from sheets_sync.cli import leave
class Torn:
    def __del__(self):
        sys.stdout.write("torn down\\n")
torn = Torn()
atexit.register(lambda: sys.stdout.write("hook ran\\n"))
sys.stdout.write("working\\n")          # buffered (a pipe): leave flushes it
{before}
leave({code})
"""


def _run(code: str, before: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", PROBE.format(code=code, before=before)], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                          timeout=120)


def test_leave_keeps_code_hooks_and_output_but_skips_the_teardown():
    done = _run("3")
    assert (done.returncode, done.stdout, done.stderr) == (3, "working\nhook ran\n", "")
    assert _run("None").returncode == 0


def test_the_usual_exit_tears_down_where_leave_does_not():
    # the same probe ending with sys.exit: the finaliser runs (what leave saves is real)
    done = subprocess.run([sys.executable, "-c", PROBE.format(code="3", before="").replace("leave(3)", "sys.exit(3)")],
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                          timeout=120)
    assert (done.returncode, done.stdout) == (3, "working\nhook ran\ntorn down\n")


def test_a_running_thread_gets_the_usual_exit_and_finishes():
    done = _run("0", before="threading.Thread(target=lambda: (time.sleep(0.5), "
                            "sys.stdout.write('thread done\\n'))).start()")
    assert done.returncode == 0
    assert done.stdout.splitlines() == ["working", "thread done", "hook ran", "torn down"]


def test_a_text_code_is_printed_as_sys_exit_does():
    done = _run("'no config.yaml here'")
    assert (done.returncode, done.stderr) == (1, "no config.yaml here\n")
    assert done.stdout == "working\nhook ran\ntorn down\n"


def test_the_command_line_keeps_its_exit_code_and_whole_output(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "80"}     # (help is wrapped to it)
    ok = subprocess.run([sys.executable, "-m", "sheets_sync.cli", "--help"], cwd=tmp_path, env=env,
                        capture_output=True, text=True, timeout=120)
    from click.testing import CliRunner

    from sheets_sync.cli import main
    whole = CliRunner().invoke(main, ["--help"], prog_name="python -m sheets_sync.cli",
                                  terminal_width=78).output   # (click: COLUMNS less 2)
    assert (ok.returncode, ok.stdout) == (0, whole)          # every line flushed before the end
    assert "Usage: python -m sheets_sync.cli" in whole and "sync" in whole
    usage = subprocess.run([sys.executable, "-m", "sheets_sync.cli", "no-such-command"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=120)
    assert usage.returncode == 2 and "No such command 'no-such-command'" in usage.stderr
