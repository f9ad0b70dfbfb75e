"""Fixtures for tests that talk to the loopback Sheets and Graph fakes (no test may leave 127.0.0.1)."""
from tests.fake_sheets.fixtures import *  # noqa: F401,F403
from tests.fake_graph.fixtures import *  # noqa: F401,F403,E402
