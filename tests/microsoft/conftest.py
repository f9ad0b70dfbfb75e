"""Fixtures for tests against the loopback Graph fake (no test may leave 127.0.0.1)."""
from tests.fake_graph.fixtures import *  # noqa: F401,F403
