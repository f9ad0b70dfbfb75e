"""pytest fixtures for the Sheets fake. Import them into a conftest.py:

    from tests.fake_sheets.fixtures import *  # noqa: F401,F403

``no_network`` (autouse there) makes any non-loopback connect or DNS lookup fail the test.
"""
from __future__ import annotations

import socket

import pytest

from sheets_sync.backends.google import GoogleBackend, RetryPolicy

from .server import FakeSheets
from .transport import LoopbackAdapter, NonLoopbackRequest, is_loopback, make_service_account_key

SHEET_KEY = "1CitySafetyEvents-fake-spreadsheet-key-0000"
#: Short waits so fault tests stay fast; same shape as production (bounded, jittered).
FAST_RETRY = RetryPolicy(attempts=4, initial=0.01, maximum=0.05, jitter=0.01)

__all__ = ["SHEET_KEY", "FAST_RETRY", "no_network", "sa_key", "fake", "loopback", "key_file",
           "make_backend"]


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Fail on any connection or DNS lookup that is not loopback."""
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def host_of(address):
        return address[0] if isinstance(address, tuple) else None

    def check(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not is_loopback(host_of(address)):
            raise NonLoopbackRequest(f"test tried to connect to {address!r}")

    def connect(sock, address):
        check(sock, address)
        return real_connect(sock, address)

    def connect_ex(sock, address):
        check(sock, address)
        return real_connect_ex(sock, address)

    def getaddrinfo(host, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else host
        if name is not None and not is_loopback(name):
            raise NonLoopbackRequest(f"test tried to resolve {name!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture(scope="session")
def sa_key():
    """One generated service-account key for the session (RSA generation is the slow part)."""
    return make_service_account_key()


@pytest.fixture
def fake(sa_key):
    """A running fake Sheets API that knows ``sa_key``; fails the test on server errors."""
    server = FakeSheets().start()
    server.add_service_account(sa_key.email, sa_key.public_key)
    yield server
    server.stop()
    assert not server.errors, f"the fake raised: {server.errors!r}"


@pytest.fixture
def loopback(fake):
    adapter = LoopbackAdapter(fake.base_url)
    yield adapter
    assert not adapter.violations, f"non-loopback requests: {adapter.violations}"


@pytest.fixture
def key_file(tmp_path, sa_key):
    return sa_key.write(tmp_path / "service-account.json")


@pytest.fixture
def make_backend(fake, loopback, key_file):
    """``make_backend(key=SHEET_KEY, **kwargs)`` → a GoogleBackend wired to the fake."""
    def make(key: str = SHEET_KEY, **kwargs) -> GoogleBackend:
        kwargs.setdefault("credentials_file", key_file)
        kwargs.setdefault("timeout", 5.0)
        kwargs.setdefault("retry", FAST_RETRY)
        return GoogleBackend(key, transport=loopback, **kwargs)
    return make
