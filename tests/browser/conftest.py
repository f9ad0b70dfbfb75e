"""Real headless Chromium (Debian's ``chromium``) driven by Playwright, for the browser tests.

``playwright install`` cannot download browsers here, so the system Chromium is launched by
path (``CHROMIUM`` overrides ``/usr/bin/chromium``). axe-core comes from npm
(``tests/browser/package.json``; ``scripts/test.sh`` runs ``npm ci``). Missing either is a
failure with a message, never a skip.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.sitedata import make_app, serve

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: run scripts/test.sh (apt-get install chromium)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci --prefix tests/browser` (scripts/test.sh does)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS




@pytest.fixture(scope="session")
def site_url(site_config):
    with serve(make_app(site_config)) as base:
        yield base


@pytest.fixture(scope="session")
def payload_url(payload_config):
    with serve(make_app(payload_config)) as base:
        yield base


@pytest.fixture(scope="session")
def big_url(big_config):
    with serve(make_app(big_config)) as base:
        yield base


@pytest.fixture(scope="session")
def empty_url(empty_config):
    with serve(make_app(empty_config)) as base:
        yield base
