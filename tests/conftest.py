"""Shared fixtures: a config like the shipped one, real .xlsx workbooks built in tmp_path."""
from __future__ import annotations

import os
import socket
from pathlib import Path

import openpyxl
import pytest
import yaml
from hypothesis import settings

# CI runs hypothesis derandomized (examples from a fixed seed per test), so a failure there
# reproduces with the same command; local runs keep exploring new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

from sheets_sync.config import Config, config_from_dict

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"          # CI clones next to a copy of shared/
REALDATA = SHARED / "realdata"
DEDUPE_DEV = SHARED / "dedupe-dev"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Nothing in tests may reach a non-loopback address."""
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (host.startswith("127.") or host in ("localhost", "::1")
                                          or self.family == socket.AF_UNIX):
            raise AssertionError(f"test tried to reach non-loopback address {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


def base_config_dict(tmp_path: Path, **overrides) -> dict:
    data = yaml.safe_load((ROOT / "config.yaml").read_text())
    data["source"]["calendars"] = []
    data["source"]["workbook"] = str(tmp_path / "intake.xlsx")
    data["output"]["dir"] = str(tmp_path / "out")
    for key, value in overrides.items():
        data[key] = value
    return data


@pytest.fixture
def config_dict(tmp_path) -> dict:
    return base_config_dict(tmp_path)


@pytest.fixture
def config(tmp_path) -> Config:
    return config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)


def write_workbook(path: Path, tabs: dict[str, list[list]]) -> Path:
    """``{tab: [header, row, ...]}`` → a real .xlsx at ``path``."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in tabs.items():
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for row in ws.iter_rows():     # text typed as "=..." is text, as in a RAW Sheets write
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


@pytest.fixture
def make_workbook(tmp_path):
    def make(tabs: dict[str, list[list]], name: str = "intake.xlsx") -> Path:
        return write_workbook(tmp_path / name, tabs)
    return make


# Session-scoped synced sites for the public-site tests (e2e and browser).
from tests.sitedata import big_config, empty_config, payload_config, site_config  # noqa: E402,F401
