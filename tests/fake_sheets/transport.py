"""Point the real requests/google-auth/gspread stack at the loopback fake.

:class:`LoopbackAdapter` is a ``requests`` transport adapter: URLs for
``sheets.googleapis.com`` and ``oauth2.googleapis.com`` are rewritten to the fake's
``http://127.0.0.1:<port>``; loopback URLs pass; any other host raises
:class:`NonLoopbackRequest` (an ``AssertionError``, so no client code swallows it as a
network error) and is recorded in ``violations``.
"""
from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from requests.adapters import HTTPAdapter

GOOGLE_HOSTS = frozenset({"sheets.googleapis.com", "oauth2.googleapis.com"})


class NonLoopbackRequest(AssertionError):
    """A test tried to reach a host that is not the loopback fake."""


def is_loopback(host: str | None) -> bool:
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False


class LoopbackAdapter(HTTPAdapter):
    """Rewrite Google API hosts to ``base_url``; refuse every other non-loopback host."""

    def __init__(self, base_url: str, hosts: frozenset[str] = GOOGLE_HOSTS):
        super().__init__()
        self.base = urlsplit(base_url)
        self.hosts = hosts
        self.violations: list[str] = []
        self.sent: list[str] = []

    def send(self, request, **kwargs: Any):
        parts = urlsplit(request.url)
        if parts.hostname in self.hosts:
            url = urlunsplit((self.base.scheme, self.base.netloc, parts.path, parts.query, ""))
        elif is_loopback(parts.hostname):
            url = request.url
        else:
            self.violations.append(request.url)
            raise NonLoopbackRequest(f"test tried to reach {request.url}")
        request = request.copy()
        request.url = url
        self.sent.append(url)
        kwargs["proxies"] = {}
        return super().send(request, **kwargs)


@dataclass(frozen=True)
class ServiceAccountKey:
    """A generated service-account key: the JSON ``info`` and the matching public key."""
    info: dict
    public_key: Any

    @property
    def email(self) -> str:
        return self.info["client_email"]

    def write(self, path) -> Any:
        path.write_text(json.dumps(self.info), encoding="utf-8")
        return path


def make_service_account_key(email: str = "sync-bot@city-safety.iam.gserviceaccount.com",
                             token_uri: str = "https://oauth2.googleapis.com/token",
                             key_size: int = 1024) -> ServiceAccountKey:
    """A fresh RSA service-account key file body, shaped like Google's JSON keys.

    Google issues 2048-bit keys; tests default to 1024 bits because google-auth validates
    the key on every load (~120 ms at 2048 bits, ~17 ms at 1024) and the flow is the same.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    private = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    info = {
        "type": "service_account", "project_id": "city-safety",
        "private_key_id": "0123456789abcdef0123456789abcdef01234567",
        "private_key": pem, "client_email": email, "client_id": "100000000000000000001",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": token_uri,
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "universe_domain": "googleapis.com",
    }
    return ServiceAccountKey(info, private.public_key())
