"""A real SMTP server on 127.0.0.1 (aiosmtpd) that requires STARTTLS before AUTH, with a
self-signed certificate made by ``cryptography``; and a loopback HTTP receiver for Teams."""
from __future__ import annotations

import datetime as dt
import ipaddress
import json
import socket
import ssl
import threading
from contextlib import contextmanager
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

USER, PASSWORD = "digest-bot", "s3cret-Pa55"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1/localhost and its key (PEM files in ``folder``)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                                        x509.DNSName("localhost")]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class Inbox:
    """What the server received: ``(mail from, [rcpt to], parsed message, login)``."""

    def __init__(self):
        self.mails: list[tuple[str, list[str], EmailMessage, str]] = []
        self.logins: list[str] = []

    async def handle_DATA(self, server, session, envelope):
        msg = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        login = session.auth_data.login.decode() if session.auth_data else ""
        self.mails.append((envelope.mail_from, list(envelope.rcpt_tos), msg, login))
        return "250 OK"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for _, rcpt, m, _ in self.mails if address in rcpt]


@contextmanager
def smtp_server(folder: Path) -> Iterator[tuple[int, Path, Inbox]]:
    """``(port, CA file, inbox)`` of a running server: STARTTLS required, AUTH only over TLS
    and only for USER/PASSWORD."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword
    cert, key = self_signed(folder)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    inbox = Inbox()

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode() \
            and auth_data.password == PASSWORD.encode()
        if ok:
            inbox.logins.append(USER)
        return AuthResult(success=ok, handled=False)   # handled=False: the server answers 535

    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, tls_context=context,
                            require_starttls=True, authenticator=authenticator, auth_required=True,
                            auth_require_tls=True)
    controller.start()
    try:
        yield port, cert, inbox
    finally:
        controller.stop()


@contextmanager
def teams_receiver(schema: dict) -> Iterator[tuple[str, list]]:
    """A loopback webhook: a POSTed Workflows message whose attachment is a valid Adaptive
    Card (``jsonschema`` against ``schema``) gets 202 and is kept; anything else gets 400."""
    import jsonschema
    received: list[dict] = []
    errors: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            try:
                payload = json.loads(body)
                assert payload["type"] == "message", "not a message"
                (attachment,) = payload["attachments"]
                assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
                jsonschema.validate(attachment["content"], schema)
            except Exception as exc:   # a bad card is a 400, as Teams would refuse it
                errors.append(f"{type(exc).__name__}: {exc}"[:500])
                self.send_response(400)
                self.end_headers()
                return
            received.append(payload)
            self.send_response(202)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/workflows/hook", received, errors
    finally:
        server.shutdown()
        server.server_close()
