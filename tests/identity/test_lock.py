"""Sync runs never overlap, and a run that died never leaves the lock stuck (two real processes)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timezone

import pytest
from click.testing import CliRunner

from sheets_sync.cli import main
from sheets_sync.lock import SyncBusy, sync_lock
from sheets_sync.pipeline import run_sync
from tests.conftest import ROOT

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from sheets_sync.lock import sync_lock
    with sync_lock(Path(sys.argv[1])):
        print("locked", flush=True)
        if sys.argv[2] == "crash":
            import os; os.abort()           # dies holding the lock, no clean-up runs
        sys.stdin.readline()                 # hold until told to go
    print("released", flush=True)
""")


def _holder(out_dir, mode="hold"):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(out_dir), mode], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_second_sync_is_refused_while_another_process_syncs(config, make_workbook):
    make_workbook({"Police": [["Title", "Start Date"], ["Town Hall", "2025-08-14"]]})
    proc = _holder(config.out_dir)
    try:
        with pytest.raises(SyncBusy) as info:
            run_sync(config, now=datetime(2025, 8, 1, tzinfo=timezone.utc))
        assert f"pid {proc.pid} on " in str(info.value) and "wait for it to finish" in str(info.value)
        assert not config.record_path.exists()          # refused before touching anything
        proc.stdin.write("go\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "released"
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    s = run_sync(config, now=datetime(2025, 8, 1, tzinfo=timezone.utc))
    assert s["created"] == 1
    assert (config.out_dir / ".sync.lock").read_text() == ""     # released: names no holder


def test_cli_reports_a_busy_lock_as_a_sentence(tmp_path, config_dict, make_workbook):
    import yaml
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config_dict))
    make_workbook({"Police": [["Title", "Start Date"], ["Town Hall", "2025-08-14"]]})
    out = tmp_path / "out"
    proc = _holder(out)
    try:
        result = CliRunner().invoke(main, ["sync", "--config", str(path)])
    finally:
        proc.kill()
        proc.wait(timeout=10)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: another sync is running (pid {proc.pid} on ")
    assert "a run that died releases the lock by itself" in result.output


@pytest.mark.parametrize("how", ["SIGKILL", "abort"])
def test_a_killed_holder_releases_the_lock(tmp_path, how):
    proc = _holder(tmp_path, "crash" if how == "abort" else "hold")
    if how == "SIGKILL":
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == (-signal.SIGKILL if how == "SIGKILL" else -signal.SIGABRT)
    assert "pid" in (tmp_path / ".sync.lock").read_text()        # the dead holder's note is still there
    with sync_lock(tmp_path):                                     # ...but the lock is free
        assert f"pid {os.getpid()} " in (tmp_path / ".sync.lock").read_text()


def test_two_locks_in_one_process_exclude_each_other(tmp_path):
    with sync_lock(tmp_path):
        with pytest.raises(SyncBusy):
            with sync_lock(tmp_path):
                pass
    with sync_lock(tmp_path):
        pass


def test_a_full_disk_while_taking_the_lock_names_the_lock_file(tmp_path, monkeypatch):
    """``os.pwrite`` on a full disk raises ``OSError(28)`` with no file name; the CLI's
    sentence must still name the file instead of ``No space left on device ()``."""
    import errno

    from sheets_sync import lock
    from sheets_sync.cli import _error_message

    def full(fd, data, offset):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(lock.os, "pwrite", full)
    with pytest.raises(OSError) as failed:
        with lock.sync_lock(tmp_path):
            pass
    assert _error_message(failed.value) == (
        f"No space left on device ({tmp_path / lock.LOCK_NAME}); check the paths and "
        "permissions in config.yaml")
