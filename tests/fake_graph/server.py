"""A small stateful fake of the Microsoft Graph (v1.0) drive endpoints and the Entra ID token
endpoint the Microsoft 365 backend uses, over real HTTP on 127.0.0.1.

Hosts are those of production (``login.microsoftonline.com``, ``graph.microsoft.com``,
``<tenant>.sharepoint.com`` for pre-authenticated downloads); the test transport
(:class:`tests.fake_sheets.transport.LoopbackAdapter`) rewrites them to this server.

Endpoints, with the behaviour Microsoft documents (see ``test_fake_fidelity.py``):

- ``GET /{tenant}/v2.0/.well-known/openid-configuration`` (what msal discovers) and
  ``POST /{tenant}/oauth2/v2.0/token`` (client-credentials grant: ``client_secret`` checked;
  a wrong one → 401 ``invalid_client``, AADSTS7000215; unknown tenant → 400).
- ``GET /v1.0/sites/{host}:{path}`` | ``/sites/{id}`` | ``/sites/{id}/drive`` | ``/sites/{id}/drives``.
- driveItem by id, by path from the root or from an item (``root:/a/b.xlsx``,
  ``items/{id}:/name``) and by sharing link (``/shares/u!…/driveItem``): metadata with
  ``eTag``/``cTag``/``parentReference``/``@microsoft.graph.downloadUrl``.
- ``GET …/content``: ``302 Found`` to the pre-authenticated download URL (no Authorization
  needed there); ``304`` when ``if-none-match`` carries the current eTag or cTag.
- ``PUT …/content``: replace (``If-Match`` mismatch → 412 ``resourceModified``) or create
  (``@microsoft.graph.conflictBehavior`` fail → 409 ``nameAlreadyExists``; replace is the
  default), 201 on create, 200 on replace. Missing folders on a create path are created: widely
  reported behaviour of SharePoint/OneDrive that Microsoft's page does not state (only `init`
  relies on it, when the intake's folder does not exist yet).

Access: a bearer token from the token endpoint (else 401 ``InvalidAuthenticationToken``);
the app needs a ``read``/``write`` grant on the site (Sites.Selected) or gets 403
``accessDenied`` (writes need ``write``). Every request is logged in :attr:`FakeGraph.log`;
:meth:`FakeGraph.inject` queues :class:`Fault`\\ s (status + ``Retry-After``, or a dropped
connection).
"""
from __future__ import annotations

import base64
import itertools
import json
import re
import secrets
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

LOGIN = "https://login.microsoftonline.com"
GRAPH = "https://graph.microsoft.com/v1.0"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class GraphFail(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}


@dataclass
class Item:
    id: str
    name: str
    drive: str
    parent: str | None
    folder: bool = False
    content: bytes = b""
    version: int = 1
    guid: str = field(default_factory=lambda: str(uuid.uuid4()).upper())
    modified: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))

    @property
    def etag(self) -> str:
        return f'"{{{self.guid}}},{self.version}"'

    @property
    def ctag(self) -> str:
        return f'"c:{{{self.guid}}},{self.version}"'


@dataclass
class Fault:
    """Answer the next ``times`` requests whose method is ``method`` (None: any) and whose path
    contains ``path`` (None: any Graph request, not token or download) with ``status`` (+
    ``Retry-After: retry_after``), or drop the connection unanswered when ``reset`` (before
    doing anything) or ``reset_after`` (after applying the request: the answer is lost)."""
    method: str | None = None
    path: str | None = None
    status: int = 503
    retry_after: str | None = None
    code: str = "serviceNotAvailable"
    reset: bool = False
    reset_after: bool = False
    times: int = 1


class FakeGraph:
    """The fake's state and its HTTP server. ``tenant``: the one tenant that exists."""

    def __init__(self, tenant: str = "contoso.onmicrosoft.com", hostname: str = "contoso.sharepoint.com"):
        self.tenant, self.hostname = tenant, hostname
        self.sites: dict[str, dict] = {}
        self.drives: dict[str, dict] = {}
        self.items: dict[str, Item] = {}
        self.apps: dict[str, dict] = {}
        self.tokens: dict[str, str] = {}
        self.shares: dict[str, str] = {}          # sharing URL → item id
        self.faults: list[Fault] = []
        self.log: list[dict] = []
        self.errors: list[str] = []
        self.lock = threading.RLock()
        self._ids = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None

    # -- set-up ----------------------------------------------------------------------------
    def add_site(self, path: str, libraries: tuple[str, ...] = ("Documents",)) -> str:
        site_id = f"{self.hostname},{uuid.uuid4()},{uuid.uuid4()}"
        self.sites[site_id] = {"id": site_id, "path": path, "drives": [],
                               "webUrl": f"https://{self.hostname}{path}", "name": path.rsplit("/", 1)[-1]}
        for name in libraries:
            drive_id = "b!" + secrets.token_urlsafe(24)
            root = Item(self._new_id(), "root", drive_id, None, folder=True)
            self.items[root.id] = root
            self.drives[drive_id] = {"id": drive_id, "name": name, "site": site_id, "root": root.id}
            self.sites[site_id]["drives"].append(drive_id)
        return site_id

    def add_app(self, client_id: str, secret: str | None, grants: dict[str, str],
                certificate_pem: bytes | None = None) -> None:
        """An app registration with a client secret and/or a certificate (PEM) and
        Sites.Selected roles per site id."""
        self.apps[client_id] = {"secret": secret, "grants": dict(grants), "certificate": certificate_pem}

    def drive_of(self, site_id: str, library: str | None = None) -> str:
        drives = self.sites[site_id]["drives"]
        return next(d for d in drives if library in (None, self.drives[d]["name"]))

    def put_file(self, site_id: str, path: str, content: bytes, library: str | None = None) -> Item:
        """Create or replace the file at ``path`` (as a person saving it in SharePoint would)."""
        with self.lock:
            return self._put_path(self.drive_of(site_id, library), None, path, content, "replace", None)[0]

    def file(self, site_id: str, path: str, library: str | None = None) -> Item | None:
        with self.lock:
            drive = self.drives[self.drive_of(site_id, library)]
            return self._walk(drive["root"], path)

    def share(self, item: Item) -> str:
        url = f"https://{self.hostname}/:x:/s/share/{secrets.token_urlsafe(12)}"
        self.shares[url] = item.id
        return url

    def inject(self, fault: Fault) -> None:
        with self.lock:
            self.faults.append(fault)

    def requests(self, method: str | None = None, contains: str = "") -> list[dict]:
        return [r for r in self.log if method in (None, r["method"]) and contains in r["path"]]

    # -- server ----------------------------------------------------------------------------
    def start(self) -> "FakeGraph":
        fake = self

        class Handler(_Handler):
            pass
        Handler.fake = fake
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # -- the state machine -------------------------------------------------------------------
    def _new_id(self) -> str:
        return f"01FAKE{next(self._ids):06d}" + secrets.token_hex(4).upper()

    def _children(self, parent: str) -> list[Item]:
        return [i for i in self.items.values() if i.parent == parent]

    def _walk(self, start: str, path: str) -> Item | None:
        item = self.items[start]
        for part in [p for p in path.split("/") if p]:
            match = [c for c in self._children(item.id) if c.name.lower() == part.lower()]
            if not match:
                return None
            item = match[0]
        return item

    def _path_of(self, item: Item) -> str:
        parts = []
        while item.parent is not None:
            parts.append(item.name)
            item = self.items[item.parent]
        return "/" + "/".join(reversed(parts))

    def _put_path(self, drive: str, start: str | None, path: str, content: bytes, behaviour: str,
                  if_match: str | None) -> tuple[Item, int]:
        parent = self.items[start or self.drives[drive]["root"]]
        *folders, name = [p for p in path.split("/") if p]
        for folder in folders:
            found = [c for c in self._children(parent.id) if c.name.lower() == folder.lower()]
            if not found:
                new = Item(self._new_id(), folder, drive, parent.id, folder=True)
                self.items[new.id] = new
                found = [new]
            parent = found[0]
        existing = [c for c in self._children(parent.id) if c.name.lower() == name.lower()]
        if existing:
            if behaviour == "fail":
                raise GraphFail(409, "nameAlreadyExists", "The specified item name already exists.")
            if behaviour == "replace":
                return self._replace(existing[0], content, if_match), 200
            stem, dot, ext = name.rpartition(".")
            name = f"{stem} 1{dot}{ext}" if dot else f"{name} 1"
        item = Item(self._new_id(), name, drive, parent.id, content=content)
        self.items[item.id] = item
        return item, 201

    def _replace(self, item: Item, content: bytes, if_match: str | None) -> Item:
        if if_match is not None and if_match not in (item.etag, item.ctag, "*"):
            raise GraphFail(412, "resourceModified", "ETag does not match current item's value")
        item.content = content
        item.version += 1
        item.modified = datetime.now(timezone.utc).isoformat(timespec="seconds")
        return item

    def resource(self, item: Item) -> dict:
        drive = self.drives[item.drive]
        site = self.sites[drive["site"]]
        out: dict[str, Any] = {
            "id": item.id, "name": item.name, "eTag": item.etag, "cTag": item.ctag,
            "createdDateTime": item.modified, "lastModifiedDateTime": item.modified,
            "size": len(item.content) if not item.folder else 0,
            "webUrl": f"{site['webUrl']}/{quote(drive['name'])}{quote(self._path_of(item))}",
            "parentReference": {"driveId": item.drive, "driveType": "documentLibrary",
                                "siteId": drive["site"]}}
        if item.parent is not None:
            parent = self.items[item.parent]
            out["parentReference"].update(id=parent.id, path=f"/drives/{item.drive}/root:"
                                          + (self._path_of(parent) if parent.parent else ""))
        if item.folder:
            out["folder"] = {"childCount": len(self._children(item.id))}
        else:
            out["file"] = {"mimeType": XLSX}
            out["@microsoft.graph.downloadUrl"] = self._download_url(item)
        return out

    def _download_url(self, item: Item) -> str:
        return (f"https://{self.hostname}/_layouts/15/download.aspx?UniqueId={item.id}"
                f"&Translate=false&tempauth={item.guid}.{item.version}")


_DRIVE_ROUTE = re.compile(r"/v1\.0/drives/(?P<drive>[^/]+)/(?P<base>root|items/[^/:]+)"
                          r"(?::/(?P<rel>.+?):?)?(?P<content>/content)?")
_SHARE_ROUTE = re.compile(r"/v1\.0/shares/(?P<share>[^/]+)/driveItem(?P<content>/content)?")


class _Handler(BaseHTTPRequestHandler):
    fake: FakeGraph
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    # -- plumbing ----------------------------------------------------------------------------
    def _handle(self, method: str) -> None:
        fake = self.fake
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        entry = {"method": method, "path": unquote(parts.path), "query": parts.query,
                 "auth": self.headers.get("Authorization"), "status": None, "bytes": len(body)}
        with fake.lock:
            fake.log.append(entry)
            fault = self._fault(method, entry["path"])
        if fault is not None and fault.reset:
            entry["status"] = "reset"
            self.close_connection = True
            self.connection.shutdown(2)
            return
        try:
            if fault is not None and not fault.reset_after:
                headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                raise GraphFail(fault.status, fault.code, "injected fault", headers)
            with fake.lock:
                status, payload, headers = self._route(method, parts, body)
        except GraphFail as exc:
            status, headers = exc.status, exc.headers
            payload = {"error": {"code": exc.code, "message": exc.message,
                                 "innerError": {"request-id": str(uuid.uuid4())}}}
        except Exception as exc:   # a bug in the fake: record it, answer 500
            fake.errors.append(f"{method} {self.path}: {exc!r}")
            status, headers, payload = 500, {}, {"error": {"code": "generalException", "message": repr(exc)}}
        if fault is not None and fault.reset_after:
            entry["status"] = f"applied {status}, reset"
            self.close_connection = True
            self.connection.shutdown(2)
            return
        entry["status"] = status
        self._send(status, payload, headers)

    def _fault(self, method: str, path: str) -> Fault | None:
        for fault in self.fake.faults:
            if fault.times <= 0 or fault.method not in (None, method):
                continue
            if (fault.path is None and not path.startswith("/v1.0/")) or \
                    (fault.path is not None and fault.path not in path):
                continue
            fault.times -= 1
            return fault
        return None

    def _send(self, status: int, payload: Any, headers: dict) -> None:
        if isinstance(payload, (bytes, bytearray)):
            data, ctype = bytes(payload), XLSX
        elif payload is None:
            data, ctype = b"", None
        else:
            data, ctype = json.dumps(payload).encode(), "application/json"
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if ctype and status != 304:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(0 if status == 304 else len(data)))
        self.end_headers()
        if status != 304:
            self.wfile.write(data)

    # -- routes ------------------------------------------------------------------------------
    def _route(self, method: str, parts, body: bytes):
        fake, path = self.fake, unquote(parts.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        tenant = re.fullmatch(r"/([^/]+)/v2\.0/\.well-known/openid-configuration", path)
        if tenant and method == "GET":
            return self._openid(tenant.group(1))
        tenant = re.fullmatch(r"/([^/]+)/oauth2/v2\.0/token", path)
        if tenant and method == "POST":
            return self._token(tenant.group(1), {k: v[0] for k, v in parse_qs(body.decode()).items()})
        if path == "/_layouts/15/download.aspx" and method == "GET":
            item = fake.items.get(query.get("UniqueId", ""))
            if item is None or query.get("tempauth", "").split(".")[0] != item.guid:
                raise GraphFail(401, "unauthenticated", "invalid or expired download URL")
            return 200, item.content, {"ETag": item.etag}
        if not path.startswith("/v1.0/"):
            raise GraphFail(404, "itemNotFound", f"no route {path}")
        app = self._app()
        if path.startswith("/v1.0/sites/"):
            return self._sites(app, path.removeprefix("/v1.0/sites/"))
        share = _SHARE_ROUTE.fullmatch(path)
        if share:
            item = self._shared(share.group("share"))
            self._allow(app, item.drive, write=False)
            return self._item(method, item, share.group("content"), body, query)
        route = _DRIVE_ROUTE.fullmatch(path)
        if route is None or route.group("drive") not in fake.drives:
            raise GraphFail(404, "itemNotFound", "The resource could not be found.")
        drive = route.group("drive")
        self._allow(app, drive, write=method == "PUT")
        base = route.group("base")
        start = fake.drives[drive]["root"] if base == "root" else base.removeprefix("items/")
        if start not in fake.items or fake.items[start].drive != drive:
            raise GraphFail(404, "itemNotFound", "The resource could not be found.")
        rel = route.group("rel")
        item = fake._walk(start, rel) if rel else fake.items[start]
        if method == "PUT" and route.group("content") and item is None:
            behaviour = query.get("@microsoft.graph.conflictBehavior", "replace")
            created, status = fake._put_path(drive, start, rel, body, behaviour, self.headers.get("If-Match"))
            return status, fake.resource(created), {}
        if item is None:
            raise GraphFail(404, "itemNotFound", "The resource could not be found.")
        if method == "PUT" and rel and route.group("content") and \
                query.get("@microsoft.graph.conflictBehavior") == "fail":
            raise GraphFail(409, "nameAlreadyExists", "The specified item name already exists.")
        return self._item(method, item, route.group("content"), body, query)

    def _item(self, method: str, item: Item, content: str | None, body: bytes, query: dict):
        fake = self.fake
        if not content:
            if method != "GET":
                raise GraphFail(405, "invalidRequest", "method not allowed")
            return 200, fake.resource(item), {}
        if item.folder:
            raise GraphFail(400, "invalidRequest", "folders have no content")
        if method == "GET":
            # entity-tags are quoted strings and Graph's contain commas (RFC 9110 §8.8.3)
            tags = re.findall(r'"[^"]*"', self.headers.get("if-none-match") or "")
            if item.etag in tags or item.ctag in tags:
                return 304, None, {"ETag": item.etag}
            return 302, None, {"Location": fake._download_url(item)}
        if method == "PUT":
            fake._replace(item, body, self.headers.get("If-Match"))
            return 200, fake.resource(item), {}
        raise GraphFail(405, "invalidRequest", "method not allowed")

    def _sites(self, app: dict, rest: str):
        fake = self.fake
        rest, _, sub = rest.partition("/") if ":" not in rest else (rest, "", "")
        if ":" in rest and "," not in rest:
            host, _, site_path = rest.partition(":")
            site = next((s for s in fake.sites.values()
                         if host == fake.hostname and s["path"].lower() == site_path.lower().rstrip("/")), None)
        else:
            site = fake.sites.get(rest)
        if site is None:
            raise GraphFail(404, "itemNotFound", "Requested site could not be found")
        if site["id"] not in app["grants"]:
            raise GraphFail(403, "accessDenied", "Access denied")
        drives = [{"id": d, "name": fake.drives[d]["name"], "driveType": "documentLibrary"}
                  for d in site["drives"]]
        if sub == "":
            return 200, {k: site[k] for k in ("id", "name", "webUrl")}, {}
        if sub == "drive":
            return 200, drives[0], {}
        if sub == "drives":
            return 200, {"value": drives}, {}
        raise GraphFail(404, "itemNotFound", f"no route sites/{rest}/{sub}")

    def _shared(self, share: str) -> Item:
        if not share.startswith("u!"):
            raise GraphFail(400, "invalidRequest", "bad share id")
        token = share[2:] + "=" * (-len(share[2:]) % 4)
        url = base64.urlsafe_b64decode(token).decode()
        item_id = self.fake.shares.get(url)
        if item_id is None:
            raise GraphFail(404, "itemNotFound", "The sharing link no longer exists")
        return self.fake.items[item_id]

    def _app(self) -> dict:
        auth = self.headers.get("Authorization") or ""
        client = self.fake.tokens.get(auth.removeprefix("Bearer ").strip())
        if not auth.startswith("Bearer ") or client is None:
            raise GraphFail(401, "InvalidAuthenticationToken",
                            "Access token is empty." if not auth else "Access token validation failure.")
        return self.fake.apps[client]

    def _allow(self, app: dict, drive: str, write: bool) -> None:
        role = app["grants"].get(self.fake.drives[drive]["site"])
        if role is None or (write and role not in ("write", "fullcontrol")):
            raise GraphFail(403, "accessDenied", "Access denied")

    @staticmethod
    def _assertion_ok(tenant: str, form: dict, app: dict) -> bool:
        """A certificate credential (RFC 7523 client assertion): signed by the registered
        certificate's key, naming it by thumbprint (x5t: SHA-1, x5t#S256: SHA-256), issued by
        and about the app, for this token endpoint."""
        import jwt
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes
        if app["certificate"] is None or form.get("client_assertion_type") != \
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer":
            return False
        cert = x509.load_pem_x509_certificate(app["certificate"])
        header = jwt.get_unverified_header(form["client_assertion"])
        prints = {"x5t": cert.fingerprint(hashes.SHA1()), "x5t#S256": cert.fingerprint(hashes.SHA256())}
        named = [k for k in prints if k in header]
        if not named or any(base64.urlsafe_b64decode(header[k] + "=" * (-len(header[k]) % 4)) != prints[k]
                            for k in named):
            return False
        try:
            claims = jwt.decode(form["client_assertion"], cert.public_key(), algorithms=["RS256", "PS256"],
                                audience=f"{LOGIN}/{tenant}/oauth2/v2.0/token")
        except jwt.PyJWTError:
            return False
        return claims.get("iss") == claims.get("sub") == form.get("client_id")

    def _openid(self, tenant: str):
        if tenant != self.fake.tenant:
            raise GraphFail(400, "invalid_tenant", f"Tenant '{tenant}' not found.")
        base = f"{LOGIN}/{tenant}"
        return 200, {"token_endpoint": f"{base}/oauth2/v2.0/token",
                     "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                     "issuer": f"https://login.microsoftonline.com/{uuid.uuid5(uuid.NAMESPACE_DNS, tenant)}/v2.0",
                     "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt",
                                                               "client_secret_basic"]}, {}

    def _token(self, tenant: str, form: dict):
        def oauth_error(status, error, description):
            return status, {"error": error, "error_description": description,
                            "error_codes": [int(re.match(r"AADSTS(\d+)", description).group(1))]}, {}
        if tenant != self.fake.tenant:
            return oauth_error(400, "invalid_request", f"AADSTS90002: Tenant '{tenant}' not found.")
        if form.get("grant_type") != "client_credentials":
            return oauth_error(400, "unsupported_grant_type", "AADSTS70003: unsupported grant type")
        app = self.fake.apps.get(form.get("client_id", ""))
        if app is None:
            return oauth_error(400, "unauthorized_client", "AADSTS700016: Application with identifier "
                               f"'{form.get('client_id')}' was not found in the directory.")
        if "client_assertion" in form:
            if not self._assertion_ok(tenant, form, app):
                return oauth_error(401, "invalid_client", "AADSTS700027: Client assertion failed "
                                   "signature validation.")
        elif app["secret"] is None or form.get("client_secret") != app["secret"]:
            return oauth_error(401, "invalid_client", "AADSTS7000215: Invalid client secret provided.")
        if form.get("scope") != "https://graph.microsoft.com/.default":
            return oauth_error(400, "invalid_scope", "AADSTS1002012: The provided value for scope is not valid.")
        token = secrets.token_urlsafe(32)
        self.fake.tokens[token] = form["client_id"]
        return 200, {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599,
                     "access_token": token}, {}
