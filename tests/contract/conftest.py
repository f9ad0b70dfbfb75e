"""Fixtures for tests that talk to the loopback Sheets fake (no test may leave 127.0.0.1)."""
from tests.fake_sheets.fixtures import *  # noqa: F401,F403
