"""The CLI on a real pseudo-terminal (pty), for what only happens on a terminal: init's
questions, sync -v's progress bar."""
from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time

from tests.conftest import ROOT

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def plain(text: str) -> str:
    """``text`` without terminal escape sequences and carriage returns."""
    return ANSI.sub("", text).replace("\r", "")


class Terminal:
    """``safety-events *args`` in ``folder`` with stdin, stdout and stderr on one pty."""

    def __init__(self, folder, *args: str):
        self.master, slave = pty.openpty()
        env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color", "COLUMNS": "120"}
        for name in ("NO_COLOR", "SAFETY_EVENTS_CONFIG"):
            env.pop(name, None)
        self.process = subprocess.Popen([sys.executable, "-m", "sheets_sync.cli", *args], cwd=folder,
                                        env=env, stdin=slave, stdout=slave, stderr=slave,
                                        start_new_session=True)
        os.close(slave)
        self.raw = ""          # everything shown so far
        self._seen = 0         # how much of it expect() has consumed

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.master, 65536)
        except OSError:        # EIO: the program closed the terminal
            return False
        self.raw += data.decode("utf-8", "replace")
        return bool(data)

    def expect(self, text: str, timeout: float = 120) -> str:
        """Wait until ``text`` is shown (escape codes ignored); return what came before it."""
        deadline = time.monotonic() + timeout
        while True:
            shown = plain(self.raw)
            at = shown.find(text, self._seen)
            if at >= 0:
                before, self._seen = shown[self._seen:at], at + len(text)
                return before
            if time.monotonic() > deadline or not self._read(0.2) and self.process.poll() is not None:
                raise AssertionError(f"{text!r} was not shown; the terminal shows:\n{shown}")

    def answer(self, line: str) -> None:
        os.write(self.master, line.encode() + b"\r")

    def finish(self, timeout: float = 300) -> tuple[int, str]:
        """Wait for the program to end; (exit code, everything shown, escape codes kept)."""
        deadline = time.monotonic() + timeout
        while self._read(0.2) or self.process.poll() is None:
            assert time.monotonic() < deadline, "the program did not finish:\n" + plain(self.raw)
        code = self.process.wait(timeout=60)
        os.close(self.master)
        return code, self.raw
