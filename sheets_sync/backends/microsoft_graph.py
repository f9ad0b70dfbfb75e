"""A thin Microsoft Graph client for one app registration (client-credentials flow).

Tokens come from ``msal.ConfidentialClientApplication.acquire_token_for_client`` (OAuth 2.0
client credentials, RFC 6749 §4.4, scope ``https://graph.microsoft.com/.default``); msal
caches the token in memory until it nears expiry. Every Graph request goes through one
``requests.Session`` (also handed to msal as its ``http_client``), with a timeout.

Retries (tenacity, bounded by :class:`~sheets_sync.backends.google.RetryPolicy.attempts`):
HTTP 429 and 503 wait the seconds the ``Retry-After`` header asks for (Microsoft Graph
throttling guidance: "wait the number of seconds specified in the Retry-After header"), at
most :data:`MAX_RETRY_AFTER`; without the header, and for 500/502/504, connection errors and
timeouts, exponential backoff with jitter as the Google backend does. Other statuses are
not retried; they raise :class:`GraphError` for the backend to explain.

msal and requests are imported only when a client is made.
"""
from __future__ import annotations

import base64
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

from . import SourceError
from .google import RetryPolicy

SCOPE = "https://graph.microsoft.com/.default"
#: The longest single ``Retry-After`` wait honoured (s); a longer ask fails the run with a message.
MAX_RETRY_AFTER = 300.0
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class GraphError(Exception):
    """A Graph response with an error status. ``status`` (HTTP), ``code`` and ``message``
    (from the ``{"error": {"code", "message"}}`` body), ``retry_after`` (s, or None)."""

    def __init__(self, status: int, code: str, message: str, retry_after: float | None = None):
        super().__init__(f"HTTP {status} {code}: {message}")
        self.status, self.code, self.message, self.retry_after = status, code, message, retry_after


@dataclass(frozen=True)
class Credential:
    """What msal needs to prove the app's identity: ``secret`` or a certificate
    (``private_key`` PEM + SHA-1 ``thumbprint`` hex + ``public_certificate`` PEM).
    ``origin`` says where it came from, for messages (never the value itself)."""
    origin: str
    secret: str | None = None
    private_key: str | None = None
    thumbprint: str | None = None
    public_certificate: str | None = None

    def for_msal(self) -> Any:
        if self.secret is not None:
            return self.secret
        return {"private_key": self.private_key, "thumbprint": self.thumbprint,
                "public_certificate": self.public_certificate}


def load_credential(*, certificate_file: Path | None, secret_file: Path | None, secret_env: str,
                    env: Mapping[str, str]) -> Credential:
    """The app's credential: the certificate file, else the secret file, else ``$secret_env``.

    Raises :class:`SourceError` naming every place looked at when none is usable.
    """
    if certificate_file is not None:
        return _certificate(Path(certificate_file))
    if secret_file is not None:
        try:
            secret = Path(secret_file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise SourceError(f"cannot read the client secret file {secret_file} "
                              f"({exc.strerror or exc}); check source.microsoft.client_secret_file") from None
        if not secret:
            raise SourceError(f"the client secret file {secret_file} is empty; paste the secret's "
                              "Value (not its ID) from Entra ID > App registrations > Certificates & secrets")
        return Credential(origin=f"the file {secret_file}", secret=secret)
    secret = env.get(secret_env, "").strip()
    if not secret:
        raise SourceError(
            f"no credential for the Microsoft 365 app: set the environment variable {secret_env} "
            "to the client secret's Value, or set source.microsoft.certificate_file (a PEM with the "
            "certificate and its private key) or source.microsoft.client_secret_file in config.yaml")
    return Credential(origin=f"${secret_env}", secret=secret)


def _certificate(path: Path) -> Credential:
    """A PEM holding one certificate and its private key → :class:`Credential`."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    try:
        pem = path.read_bytes()
        cert = x509.load_pem_x509_certificate(pem)
        key = serialization.load_pem_private_key(pem, password=None)
    except OSError as exc:
        raise SourceError(f"cannot read the certificate file {path} ({exc.strerror or exc}); "
                          "check source.microsoft.certificate_file") from None
    except (ValueError, TypeError) as exc:
        raise SourceError(f"{path} is not a PEM file with a certificate and an unencrypted private "
                          f"key ({exc}); see the README section 'Use with Microsoft 365'") from None
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    cert_pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    return Credential(origin=f"the certificate {path}", private_key=key_pem,
                      thumbprint=cert.fingerprint(hashes.SHA1()).hex(), public_certificate=cert_pem)


def share_id(link: str) -> str:
    """A sharing URL as Graph's ``shareIdOrEncodedSharingUrl``: ``u!`` + unpadded base64url
    of the URL (Graph "Access shared items": encoding a sharing URL)."""
    return "u!" + base64.urlsafe_b64encode(link.strip().encode()).decode().rstrip("=")


class GraphClient:
    """Requests to ``graph_url`` as the app ``client_id`` of ``tenant``.

    ``session`` is a ``requests.Session`` (tests mount a loopback adapter on it);
    ``counts`` (shared with the backend) counts HTTP attempts by ``kind``.
    """

    def __init__(self, *, tenant: str, client_id: str, credential: Callable[[], Credential],
                 graph_url: str, authority_host: str, session: Any, timeout: float,
                 retry: RetryPolicy, counts: Counter):
        self.tenant, self.client_id = tenant, client_id
        self.graph_url = graph_url.rstrip("/")
        self.authority = f"{authority_host.rstrip('/')}/{tenant}"
        self.session, self.timeout, self.retry, self.counts = session, timeout, retry, counts
        self._credential = credential
        self._app = None
        self.replayed = False

    # -- tokens ------------------------------------------------------------------------------
    def token(self) -> str:
        """An access token for Graph. Raises :class:`SourceError` saying what to fix."""
        app = self._msal()
        result = app.acquire_token_for_client(scopes=[SCOPE])
        if "access_token" in result:
            return result["access_token"]
        error = result.get("error", "error")
        description = str(result.get("error_description", "")).split("\r\n")[0][:300]
        if error == "invalid_client":
            raise SourceError(
                f"Microsoft Entra ID rejected the credential of app {self.client_id} "
                f"({description}): the client secret or certificate is wrong or expired; create a "
                "new one under App registrations > Certificates & secrets and update it")
        if error in ("unauthorized_client", "invalid_request") and "AADSTS700016" in description:
            raise SourceError(f"there is no app {self.client_id} in tenant {self.tenant} "
                              f"({description}): check source.microsoft.client_id and tenant")
        raise SourceError(f"could not sign in as app {self.client_id} in tenant {self.tenant} "
                          f"({error}: {description}); check source.microsoft in config.yaml")

    def _msal(self):
        if self._app is None:
            import msal
            import requests
            credential = self._credential()
            try:
                self._app = msal.ConfidentialClientApplication(
                    self.client_id, client_credential=credential.for_msal(), authority=self.authority,
                    http_client=self.session, timeout=self.timeout, instance_discovery=False)
            except ValueError as exc:
                raise SourceError(
                    f"tenant {self.tenant!r} was not found at {self.authority} ({exc}); check "
                    "source.microsoft.tenant: the Directory (tenant) ID or a domain such as "
                    "contoso.onmicrosoft.com") from None
            except requests.RequestException as exc:
                raise SourceError(f"could not reach Microsoft sign-in at {self.authority} ({exc}); "
                                  "check the network connection or proxy and run again") from None
        return self._app

    # -- requests ----------------------------------------------------------------------------
    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else self.graph_url + path

    def send(self, method: str, path: str, *, kind: str, headers: Mapping[str, str] | None = None,
             data: bytes | None = None, ok: frozenset[int] = frozenset({200, 201})):
        """One request with bounded retries; returns the ``requests.Response`` whose status is in
        ``ok``. Raises :class:`GraphError` (other statuses), ``requests.RequestException``
        (network, after the retries) or :class:`SourceError` (sign-in). ``replayed`` is then
        True when an earlier attempt of this call failed without an answer (connection lost,
        timeout, 5xx), so it may have been applied."""
        from tenacity import Retrying, retry_if_exception, stop_after_attempt
        retrying = Retrying(stop=stop_after_attempt(max(self.retry.attempts, 1)), wait=self._wait,
                            retry=retry_if_exception(transient), sleep=self.retry.sleep, reraise=True)
        self.replayed = False
        for attempt in retrying:
            with attempt:
                try:
                    return self._once(method, path, kind, headers or {}, data, ok)
                except Exception as exc:
                    if transient(exc) and getattr(exc, "status", 500) >= 500:
                        self.replayed = True
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(self, method, path, kind, headers, data, ok):
        token = self.token()
        self.counts[kind] += 1
        response = self.session.request(method, self.url(path), data=data, timeout=self.timeout,
                                        headers={"Authorization": f"Bearer {token}", **headers})
        if response.status_code in ok:
            return response
        raise _error(response)

    def _wait(self, state) -> float:
        exc = state.outcome.exception() if state.outcome else None
        after = getattr(exc, "retry_after", None)
        if after is not None:
            return after
        p = self.retry
        import random
        return min(p.maximum, p.initial * 2 ** (state.attempt_number - 1)) + random.uniform(0, p.jitter)


def transient(exc: BaseException) -> bool:
    """Worth another attempt: 429/5xx (within :data:`MAX_RETRY_AFTER`), connection errors and
    timeouts."""
    import requests
    if isinstance(exc, GraphError):
        if exc.retry_after is not None and exc.retry_after > MAX_RETRY_AFTER:
            return False
        return exc.status in _RETRY_STATUS
    return isinstance(exc, (requests.ConnectionError, requests.Timeout))


def _error(response) -> GraphError:
    try:
        body = response.json().get("error", {})
        code, message = str(body.get("code", "")), str(body.get("message", ""))
    except (ValueError, AttributeError):
        code, message = "", (response.reason or "")
    return GraphError(response.status_code, code or (response.reason or ""), message[:300],
                      _retry_after(response.headers.get("Retry-After")))


def _retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds: delay-seconds or an HTTP-date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    from datetime import datetime, timezone
    from email.utils import parsedate_to_datetime
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())
