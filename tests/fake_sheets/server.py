"""A stateful fake of the Sheets API v4 subset the backend uses, over real HTTP on 127.0.0.1.

Endpoints (paths as on sheets.googleapis.com / oauth2.googleapis.com):

- ``POST /token`` — OAuth 2.0 JWT-bearer grant (RFC 7523): the assertion is parsed and its
  RS256 signature checked against the registered service-account public key.
- ``GET /v4/spreadsheets/{id}`` — metadata (sheets, gridProperties, developerMetadata,
  protectedRanges, charts, conditionalFormats), cut to a ``fields`` mask when one is given.
- ``GET /v4/spreadsheets/{id}/values:batchGet`` and ``GET .../values/{range}``.
- ``POST /v4/spreadsheets/{id}/values:batchUpdate`` (RAW / USER_ENTERED).
- ``POST /v4/spreadsheets/{id}:batchUpdate`` (atomic; see :mod:`.state`; bodies are checked
  against the API's discovery document, :mod:`.schema`).

Google's limits: a request body over :data:`PAYLOAD_LIMIT` (10 MiB) is refused whole with 400
"Request payload size exceeds the limit: 10485760 bytes." before anything is parsed; a
``batchUpdate`` that would bring the spreadsheet past 10,000,000 cells is refused whole
(:data:`.state.CELL_LIMIT`). :attr:`FakeSheets.calls` records each request's body size.

Requests without a valid bearer token get 401, accounts the sheet is not shared with 403
(viewers 403 on writes), unknown ids 404. :attr:`FakeSheets.requests` counts requests by
kind (``read``/``write``/``token``); :meth:`FakeSheets.inject` queues :class:`Fault`\\ s.
"""
from __future__ import annotations

import base64
import json
import secrets
import socket
import struct
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterable
from urllib.parse import parse_qs, unquote, urlsplit

from . import cells, schema
from .state import ApiError, Sheet, Spreadsheet, bad

SPREADSHEETS_SCOPE = "https://www.googleapis.com/auth/spreadsheets"
TOKEN_URI = "https://oauth2.googleapis.com/token"
JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
#: Google's request-payload limit (developers.google.com/sheets/api/limits: "we recommend a
#: maximum payload of 2 MB"; the frontend refuses bodies over 10 MiB).
PAYLOAD_LIMIT = 10_485_760
HTML_500 = ("<!DOCTYPE html><html lang=en><meta charset=utf-8><title>Error 500 (Server Error)"
            "!!1</title><p><b>500.</b> <ins>That's an error.</ins></html>")


@dataclass
class Fault:
    """One injected failure, applied to the next ``times`` requests that match.

    Match on ``kind`` (``read``/``write``/``token``; None = any Sheets request) and
    ``endpoint`` (``get``, ``values.get``, ``values.batchGet``, ``values.batchUpdate``,
    ``batchUpdate``), after letting ``skip`` matching requests through. Effects, in order: sleep ``delay`` s; ``reset="before"`` drops the
    connection (TCP RST) after reading half the body, nothing applied; ``status`` answers
    with that code and ``body`` (JSON error by default), nothing applied;
    ``reset="after"`` applies the request, then drops the connection without answering.
    """
    kind: str | None = None
    endpoint: str | None = None
    status: int | None = None
    body: str | None = None
    content_type: str = "application/json; charset=UTF-8"
    delay: float = 0.0
    reset: str | None = None
    times: int = 1
    skip: int = 0           # let this many matching requests through first

    def matches(self, kind: str, endpoint: str) -> bool:
        if self.kind is None and kind == "token":
            return False
        return (self.kind in (None, kind)) and (self.endpoint in (None, endpoint))


@dataclass(frozen=True)
class Call:
    method: str
    endpoint: str
    kind: str
    status: int          # 0 when the connection was dropped
    size: int = 0        # request body bytes (Content-Length)


def rate_limited(kind: str = "read", times: int = 1) -> Fault:
    """A 429 RESOURCE_EXHAUSTED burst, worded as the real API words it."""
    metric = "Read" if kind == "read" else "Write"
    body = json.dumps({"error": {"code": 429, "status": "RESOURCE_EXHAUSTED", "message": (
        f"Quota exceeded for quota metric '{metric} requests' and limit '{metric} requests per "
        "minute per user' of service 'sheets.googleapis.com' for consumer "
        "'project_number:000000000000'.")}})
    return Fault(kind=kind, status=429, body=body, times=times)


def server_error_html(kind: str | None = None, times: int = 1) -> Fault:
    """A 500 whose body is an HTML page (gspread's APIError.code is then -1)."""
    return Fault(kind=kind, status=500, body=HTML_500, content_type="text/html; charset=UTF-8",
                 times=times)


class FakeSheets:
    """The fake service. ``start()`` binds an ephemeral port; ``base_url`` is its root."""

    def __init__(self) -> None:
        self.spreadsheets: dict[str, Spreadsheet] = {}
        self.accounts: dict[str, Any] = {}        # client_email -> RSA public key
        self.tokens: dict[str, tuple[str, float, str]] = {}   # token -> email, expiry, scope
        self.granted_scopes: list[str] = []
        self.requests: Counter = Counter()
        self.endpoints: Counter = Counter()
        self.calls: list[Call] = []
        self.errors: list[BaseException] = []
        self.faults: deque[Fault] = deque()
        self._lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle --------------------------------------------------------------------------
    def start(self) -> "FakeSheets":
        server = _Server(("127.0.0.1", 0), _Handler)
        server.fake = self
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, name="fake-sheets",
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def base_url(self) -> str:
        assert self._server is not None, "start() the fake first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # -- set-up and inspection (tests) ------------------------------------------------------
    def add_service_account(self, email: str, public_key: Any) -> None:
        self.accounts[email] = public_key

    def create_spreadsheet(self, key: str, tabs: dict[str, list[list[Any]]] | None = None, *,
                           editors: Iterable[str] = (), viewers: Iterable[str] = (),
                           locale: str = "en_US", fit: bool = False,
                           title: str = "City safety events") -> Spreadsheet:
        """Add a spreadsheet whose tabs hold ``tabs`` (Python values, as staff typed them:
        text stays text, dates become date-formatted serials). New tabs get the default
        1000 × 26 grid, or exactly fit their data with ``fit=True``."""
        book = Spreadsheet(key, title=title, locale=locale)
        for email in viewers:
            book.permissions[email] = "reader"
        for email in editors:
            book.permissions[email] = "writer"
        for index, (name, rows) in enumerate((tabs or {"Sheet1": []}).items()):
            stored = [[cells.from_python(v) for v in row] for row in rows]
            width = max((len(r) for r in rows), default=1)
            grid = (max(len(rows), 1), max(width, 1)) if fit else (max(len(rows), 1000),
                                                                    max(width, 26))
            book.sheets.append(Sheet(index, name, *grid, cells=stored))
            book.next_id = max(book.next_id, index)
        with self._lock:
            self.spreadsheets[key] = book
        return book

    def book(self, key: str) -> Spreadsheet:
        """The current state (an object never mutated afterwards: safe as a snapshot)."""
        with self._lock:
            return self.spreadsheets[key]

    def values(self, key: str, title: str) -> list[list[Any]]:
        """Stored cells of a tab, trailing blanks trimmed (Formula/DateValue kept typed)."""
        sheet = self.book(key).sheet_by_title(title)
        assert sheet is not None, f"no tab {title!r}"
        return sheet.trimmed()

    def snapshot(self, key: str) -> dict[str, dict[str, Any]]:
        """Title → grid, frozen rows, tag, protection count and trimmed values, per tab."""
        book = self.book(key)
        meta = {m["location"].get("sheetId"): m.get("metadataValue") for m in book.metadata}
        return {s.title: {"grid": (s.rows, s.cols), "frozen": s.frozen_rows,
                          "tag": meta.get(s.sheet_id), "protected": len(s.protected),
                          "values": s.trimmed()} for s in book.sheets}

    def inject(self, *faults: Fault) -> None:
        with self._lock:
            self.faults.extend(faults)

    def reset_counters(self) -> None:
        with self._lock:
            self.requests.clear()
            self.endpoints.clear()
            self.calls.clear()

    # -- request handling -------------------------------------------------------------------
    def _take_fault(self, kind: str, endpoint: str) -> Fault | None:
        for fault in self.faults:
            if fault.matches(kind, endpoint):
                if fault.skip > 0:
                    fault.skip -= 1
                    return None
                fault.times -= 1
                if fault.times <= 0:
                    self.faults.remove(fault)
                return fault
        return None

    def handle(self, h: "_Handler") -> None:
        url = urlsplit(h.path)
        endpoint, kind, key, rng = _route(h.command, url.path)
        with self._lock:
            self.requests[kind] += 1
            self.endpoints[endpoint] += 1
            fault = self._take_fault(kind, endpoint)
        length = int(h.headers.get("Content-Length") or 0)
        if fault and fault.delay:
            time.sleep(fault.delay)
        if fault and fault.reset == "before":
            h.rfile.read(length // 2)
            self._record(h.command, endpoint, kind, 0, length)
            return _reset(h)
        raw = h.rfile.read(length) if length else b""     # drained even when refused
        if length > PAYLOAD_LIMIT:          # refused whole, never parsed
            self._record(h.command, endpoint, kind, 400, length)
            return _send(h, 400, json.dumps(ApiError(
                400, f"Request payload size exceeds the limit: {PAYLOAD_LIMIT} bytes.").body()).encode())
        if fault and fault.status:
            body = fault.body if fault.body is not None else json.dumps(
                ApiError(fault.status, "injected fault", "UNAVAILABLE").body())
            self._record(h.command, endpoint, kind, fault.status, length)
            return _send(h, fault.status, body.encode(), fault.content_type)
        try:
            status, payload = 200, self._dispatch(h, endpoint, key, rng,
                                                  parse_qs(url.query, keep_blank_values=True), raw)
        except ApiError as exc:
            status, payload = exc.code, exc.body()
        except _Html as exc:
            self._record(h.command, endpoint, kind, exc.status, length)
            return _send(h, exc.status, exc.html.encode(), "text/html; charset=UTF-8")
        if fault and fault.reset == "after":
            self._record(h.command, endpoint, kind, 0, length)
            return _reset(h)
        self._record(h.command, endpoint, kind, status, length)
        _send(h, status, json.dumps(payload).encode())

    def _record(self, method: str, endpoint: str, kind: str, status: int, size: int = 0) -> None:
        with self._lock:
            self.calls.append(Call(method, endpoint, kind, status, size))

    def _dispatch(self, h, endpoint: str, key: str, rng: str, query: dict, raw: bytes) -> Any:
        if endpoint == "token":
            return self._token(raw)
        if endpoint == "unknown":
            raise _Html(404, "<html><title>Error 404 (Not Found)!!1</title></html>")
        email = self._caller(h.headers.get("Authorization", ""))
        with self._lock:
            book = self.spreadsheets.get(key)
            if book is None:
                raise ApiError(404, "Requested entity was not found.", "NOT_FOUND")
            role = book.permissions.get(email)
            writing = endpoint in ("values.batchUpdate", "batchUpdate")
            if role is None or (writing and role != "writer"):
                raise ApiError(403, "The caller does not have permission", "PERMISSION_DENIED")
            if endpoint == "get":
                mask = _one(query, "fields", "")
                return schema.select(book.to_json(), mask) if mask else book.to_json()
            if endpoint in ("values.batchGet", "values.get"):
                return self._read(book, query, [rng] if endpoint == "values.get" else None)
            body = _json(raw)
            twin = book.clone()
            if endpoint == "values.batchUpdate":
                result = _values_batch_update(twin, body)
            else:
                schema.check_body(body)
                result = {"spreadsheetId": key, "replies": twin.apply(_list(body, "requests"))}
                if body.get("includeSpreadsheetInResponse"):
                    result["updatedSpreadsheet"] = twin.to_json()
            self.spreadsheets[key] = twin      # all or nothing
            return result

    def _read(self, book: Spreadsheet, query: dict, single: list[str] | None) -> dict:
        value_option = _one(query, "valueRenderOption", "FORMATTED_VALUE")
        dt_option = _one(query, "dateTimeRenderOption", "SERIAL_NUMBER")
        if value_option not in ("FORMATTED_VALUE", "UNFORMATTED_VALUE", "FORMULA"):
            raise bad(f"Invalid value at 'value_render_option' ({value_option})")
        if _one(query, "majorDimension", "ROWS") != "ROWS":
            raise bad("the fake supports majorDimension=ROWS only")
        ranges = single if single is not None else query.get("ranges", [])
        value_ranges = [book.read(r, value_option, dt_option) for r in ranges]
        if single is not None:
            return value_ranges[0]
        out: dict[str, Any] = {"spreadsheetId": book.key}
        if value_ranges:
            out["valueRanges"] = value_ranges
        return out

    # -- auth -------------------------------------------------------------------------------
    def _token(self, raw: bytes) -> dict:
        form = parse_qs(raw.decode("utf-8"))
        if _one(form, "grant_type", "") != JWT_GRANT:
            raise _OAuth("unsupported_grant_type", "Invalid grant_type.")
        try:
            head_b64, claims_b64, sig_b64 = _one(form, "assertion", "").split(".")
            header = json.loads(_b64(head_b64))
            claims = json.loads(_b64(claims_b64))
        except ValueError:
            raise _OAuth("invalid_request", "Invalid JWT: malformed assertion.") from None
        public_key = self.accounts.get(claims.get("iss"))
        if header.get("alg") != "RS256" or public_key is None:
            raise _OAuth("invalid_grant", "Invalid JWT Signature.")
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding
        try:
            public_key.verify(_b64(sig_b64), f"{head_b64}.{claims_b64}".encode(),
                              padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            raise _OAuth("invalid_grant", "Invalid JWT Signature.") from None
        now = time.time()
        if claims.get("aud") != TOKEN_URI or not claims.get("iat", 0) - 300 <= now < claims.get("exp", 0):
            raise _OAuth("invalid_grant", "Invalid JWT: Token must be a short-lived token "
                         "(60 minutes) and in a reasonable timeframe.")
        scope = claims.get("scope", "")
        token = "ya29.fake-" + secrets.token_urlsafe(16)
        with self._lock:
            self.granted_scopes.append(scope)
            self.tokens[token] = (claims["iss"], now + 3600, scope)
        return {"access_token": token, "expires_in": 3600, "token_type": "Bearer"}

    def _caller(self, authorization: str) -> str:
        scheme, _, token = authorization.partition(" ")
        with self._lock:
            found = self.tokens.get(token) if scheme == "Bearer" else None
        if found is None or found[1] < time.time():
            raise ApiError(401, "Request had invalid authentication credentials. Expected OAuth "
                           "2 access token, login cookie or other valid authentication "
                           "credential.", "UNAUTHENTICATED")
        if SPREADSHEETS_SCOPE not in found[2].split():
            raise ApiError(403, "Request had insufficient authentication scopes.",
                           "PERMISSION_DENIED")
        return found[0]


def _values_batch_update(book: Spreadsheet, body: dict) -> dict:
    option = body.get("valueInputOption")
    if option not in ("RAW", "USER_ENTERED"):
        raise bad("'valueInputOption' is required but not specified" if option is None
                  else f"Invalid value at 'value_input_option' ({option})")
    responses = []
    for i, entry in enumerate(_list(body, "data")):
        if entry.get("majorDimension", "ROWS") != "ROWS":
            raise bad("the fake supports majorDimension=ROWS only")
        try:
            responses.append(book.write(entry.get("range", ""), entry.get("values", []), option))
        except cells.InputError as exc:
            raise bad(f"Invalid data[{i}]: {exc}") from None
    sheets = {r["updatedRange"].rsplit("!", 1)[0] for r in responses}
    return {"spreadsheetId": book.key,
            "totalUpdatedRows": sum(r["updatedRows"] for r in responses),
            "totalUpdatedColumns": sum(r["updatedColumns"] for r in responses),
            "totalUpdatedCells": sum(r["updatedCells"] for r in responses),
            "totalUpdatedSheets": len(sheets), "responses": responses}


# -- HTTP plumbing ----------------------------------------------------------------------------

class _Html(Exception):
    def __init__(self, status: int, html: str):
        self.status, self.html = status, html


class _OAuth(ApiError):
    """OAuth errors use RFC 6749 §5.2 bodies, not google.rpc ones."""

    def __init__(self, error: str, description: str):
        super().__init__(400, description)
        self.error = error

    def body(self) -> dict:
        return {"error": self.error, "error_description": self.message}


def _route(method: str, path: str) -> tuple[str, str, str, str]:
    """→ (endpoint, kind, spreadsheet id, range)."""
    if path == "/token" and method == "POST":
        return "token", "token", "", ""
    prefix = "/v4/spreadsheets/"
    if not path.startswith(prefix):
        return "unknown", "other", "", ""
    rest = path[len(prefix):]
    if method == "POST" and rest.endswith(":batchUpdate") and "/" not in rest:
        return "batchUpdate", "write", rest[:-len(":batchUpdate")], ""
    key, _, tail = rest.partition("/")
    if method == "GET" and not tail:
        return "get", "read", key, ""
    if method == "GET" and tail == "values:batchGet":
        return "values.batchGet", "read", key, ""
    if method == "POST" and tail == "values:batchUpdate":
        return "values.batchUpdate", "write", key, ""
    if method == "GET" and tail.startswith("values/"):
        return "values.get", "read", key, unquote(tail[len("values/"):])
    return "unknown", "other", key, ""


def _one(query: dict, name: str, default: str) -> str:
    values = query.get(name)
    return values[0] if values else default


def _json(raw: bytes) -> dict:
    try:
        body = json.loads(raw or b"{}")
    except ValueError:
        raise bad("Invalid JSON payload received.") from None
    if not isinstance(body, dict):
        raise bad("Invalid JSON payload received. Expected an object.")
    return body


def _list(body: dict, name: str) -> list:
    value = body.get(name, [])
    if not isinstance(value, list):
        raise bad(f"Invalid value at '{name}': expected a list")
    return value


def _b64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _send(h: BaseHTTPRequestHandler, status: int, data: bytes,
          content_type: str = "application/json; charset=UTF-8") -> None:
    h.send_response(status)
    h.send_header("Content-Type", content_type)
    h.send_header("Content-Length", str(len(data)))
    h.end_headers()
    h.wfile.write(data)


def _reset(h: BaseHTTPRequestHandler) -> None:
    """Drop the connection with a TCP RST (SO_LINGER 0), answering nothing."""
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    h.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    fake: FakeSheets

    def handle_error(self, request, client_address) -> None:
        import sys
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            return          # the client gave up (timeout test) or we reset it on purpose
        self.fake.errors.append(exc)
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        # headers and body go out in two writes: without this, Nagle + delayed ACK add ~40 ms
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self.server.fake.handle(self)

    do_POST = do_PUT = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        pass
