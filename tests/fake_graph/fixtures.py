"""pytest fixtures for the Graph fake. Import them into a conftest.py:

    from tests.fake_graph.fixtures import *  # noqa: F401,F403

``no_network`` (autouse there) fails any non-loopback connect or DNS lookup; the loopback
transport also refuses (and records) any URL that is neither the fake's hosts nor loopback.
"""
from __future__ import annotations

import pytest

from sheets_sync.backends.google import RetryPolicy
from sheets_sync.backends.microsoft import MicrosoftBackend
from sheets_sync.backends.microsoft_graph import Credential
from sheets_sync.config import Microsoft365
from tests.fake_sheets.fixtures import no_network  # noqa: F401  (autouse)
from tests.fake_sheets.transport import LoopbackAdapter

from .server import FakeGraph

TENANT = "contoso.onmicrosoft.com"
CLIENT_ID = "6731de76-14a6-49ae-97bc-6eba6914391e"
SECRET = "fake~client~secret~value"
SITE_PATH = "/sites/PublicSafety"
INTAKE_PATH = "Intake/Safety Events.xlsx"
GRAPH_HOSTS = frozenset({"login.microsoftonline.com", "graph.microsoft.com", "contoso.sharepoint.com"})
#: Short waits so fault tests stay fast; the same shape as production (bounded, jittered).
FAST_RETRY = RetryPolicy(attempts=4, initial=0.01, maximum=0.05, jitter=0.01)

__all__ = ["TENANT", "CLIENT_ID", "SECRET", "SITE_PATH", "INTAKE_PATH", "FAST_RETRY", "GRAPH_HOSTS",
           "no_network", "graph", "site_id", "graph_loopback", "ms_settings", "make_ms_backend"]


@pytest.fixture
def graph():
    """A running fake with one tenant, one app (no grants yet) and nothing else."""
    fake = FakeGraph(tenant=TENANT).start()
    yield fake
    fake.stop()
    assert not fake.errors, f"the fake raised: {fake.errors!r}"


@pytest.fixture
def site_id(graph) -> str:
    """The PublicSafety site, with the app granted the write role on it (Sites.Selected)."""
    site = graph.add_site(SITE_PATH)
    graph.add_app(CLIENT_ID, SECRET, {site: "write"})
    return site


@pytest.fixture
def graph_loopback(graph):
    adapter = LoopbackAdapter(graph.base_url, hosts=GRAPH_HOSTS)
    yield adapter
    assert not adapter.violations, f"non-loopback requests: {adapter.violations}"


def ms_settings(**overrides) -> Microsoft365:
    values = {"tenant": TENANT, "client_id": CLIENT_ID, "site": f"contoso.sharepoint.com:{SITE_PATH}",
              "path": INTAKE_PATH}
    values.update(overrides)
    return Microsoft365(**values)


@pytest.fixture
def make_ms_backend(graph_loopback, tmp_path):
    """``make_ms_backend(secret=SECRET, cache=..., **settings)`` → a backend wired to the fake."""
    def make(secret: str = SECRET, cache=None, retry=FAST_RETRY, **settings) -> MicrosoftBackend:
        return MicrosoftBackend(ms_settings(**settings), cache or tmp_path / "ms-cache",
                                credential=lambda: Credential(origin="the test", secret=secret),
                                transport=graph_loopback, timeout=5.0, retry=retry)
    return make
