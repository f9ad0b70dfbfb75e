"""The Graph fake behaves as Microsoft documents it, checked with plain ``requests`` (and the
real ``msal`` for the token), independently of the backend under test.

Sources (Microsoft Learn, Microsoft Graph v1.0):
- "Download driveItem content" (driveitem-get-content): ``GET …/content`` returns
  ``302 Found`` to a pre-authenticated URL, the same as ``@microsoft.graph.downloadUrl``,
  which needs no Authorization header; ``if-none-match`` with the current eTag or cTag
  returns ``304 Not Modified``.
- "Upload or replace the contents of a driveItem" (driveitem-put-content): replace with
  ``PUT /drives/{drive-id}/items/{item-id}/content``, create with
  ``PUT /drives/{drive-id}/items/{parent-id}:/{filename}:/content``; the driveItem resource
  page: ``@microsoft.graph.conflictBehavior`` (fail, replace, rename; default for PUT is
  replace) goes in the URL.
- "Microsoft Graph error responses": body ``{"error": {"code", "message", "innerError"}}``;
  401 unauthenticated, 403 accessDenied, 404 itemNotFound, 409 nameAlreadyExists,
  412 Precondition Failed (``resourceModified``: eTag mismatch), 429 with ``Retry-After``.
- "Microsoft identity platform and the OAuth 2.0 client credentials flow": POST
  ``/{tenant}/oauth2/v2.0/token`` with ``grant_type=client_credentials``,
  ``scope=https://graph.microsoft.com/.default``; a wrong secret is ``invalid_client``
  (AADSTS7000215).
"""
from __future__ import annotations

import msal
import pytest
import requests

from tests.fake_graph import Fault
from tests.fake_graph.fixtures import CLIENT_ID, INTAKE_PATH, SECRET, TENANT
from tests.fake_sheets.transport import NonLoopbackRequest

GRAPH = "https://graph.microsoft.com/v1.0"
TOKEN_URL = f"https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token"


@pytest.fixture
def http(graph_loopback):
    session = requests.Session()
    session.mount("https://", graph_loopback)
    session.mount("http://", graph_loopback)
    return session


@pytest.fixture
def token(http, site_id) -> str:
    reply = http.post(TOKEN_URL, data={"grant_type": "client_credentials", "client_id": CLIENT_ID,
                                       "client_secret": SECRET,
                                       "scope": "https://graph.microsoft.com/.default"})
    assert reply.status_code == 200
    body = reply.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] > 0
    return body["access_token"]


@pytest.fixture
def intake(graph, site_id):
    return graph.put_file(site_id, INTAKE_PATH, b"PK\x03\x04 first version")


def auth(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_real_msal_gets_a_token_through_discovery(graph, site_id, http):
    app = msal.ConfidentialClientApplication(
        CLIENT_ID, client_credential=SECRET, authority=f"https://login.microsoftonline.com/{TENANT}",
        http_client=http, instance_discovery=False)
    result = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
    assert result.get("token_type") == "Bearer" and result["access_token"] in graph.tokens
    paths = [r["path"] for r in graph.log]
    assert paths == [f"/{TENANT}/v2.0/.well-known/openid-configuration", f"/{TENANT}/oauth2/v2.0/token"]


def test_wrong_secret_is_invalid_client(http, site_id):
    reply = http.post(TOKEN_URL, data={"grant_type": "client_credentials", "client_id": CLIENT_ID,
                                       "client_secret": "not-it",
                                       "scope": "https://graph.microsoft.com/.default"})
    assert reply.status_code == 401
    assert reply.json()["error"] == "invalid_client"
    assert "AADSTS7000215" in reply.json()["error_description"]


def test_item_by_path_has_the_documented_properties(http, token, intake, graph):
    item = http.get(f"{GRAPH}/drives/{intake.drive}/root:/{INTAKE_PATH}", headers=auth(token)).json()
    assert item["id"] == intake.id and item["name"] == "Safety Events.xlsx"
    assert item["eTag"] != item["cTag"] and item["size"] == len(b"PK\x03\x04 first version")
    assert "file" in item and "folder" not in item
    assert item["parentReference"]["driveId"] == intake.drive
    folder = http.get(f"{GRAPH}/drives/{intake.drive}/items/{item['parentReference']['id']}",
                      headers=auth(token)).json()
    assert folder["name"] == "Intake" and folder["folder"]["childCount"] == 1
    by_relative = http.get(f"{GRAPH}/drives/{intake.drive}/items/{folder['id']}:/Safety Events.xlsx",
                           headers=auth(token)).json()
    assert by_relative["id"] == intake.id


def test_content_redirects_to_a_preauthenticated_url(http, token, intake):
    url = f"{GRAPH}/drives/{intake.drive}/items/{intake.id}/content"
    reply = http.get(url, headers=auth(token), allow_redirects=False)
    assert reply.status_code == 302
    meta = http.get(f"{GRAPH}/drives/{intake.drive}/items/{intake.id}", headers=auth(token)).json()
    assert reply.headers["Location"] == meta["@microsoft.graph.downloadUrl"]
    download = http.get(reply.headers["Location"])         # no Authorization header
    assert download.status_code == 200 and download.content == b"PK\x03\x04 first version"


def test_if_none_match_current_tag_is_304(http, token, intake, graph, site_id):
    url = f"{GRAPH}/drives/{intake.drive}/items/{intake.id}/content"
    old = intake.etag
    for tag in (intake.etag, intake.ctag):
        reply = http.get(url, headers={**auth(token), "if-none-match": tag}, allow_redirects=False)
        assert reply.status_code == 304 and reply.content == b""
    graph.put_file(site_id, INTAKE_PATH, b"PK\x03\x04 second version")
    reply = http.get(url, headers={**auth(token), "if-none-match": old})
    assert reply.status_code == 200 and reply.content == b"PK\x03\x04 second version"


def test_replace_with_a_stale_etag_is_412_and_changes_nothing(http, token, intake, graph, site_id):
    url = f"{GRAPH}/drives/{intake.drive}/items/{intake.id}/content"
    stale = intake.etag
    graph.put_file(site_id, INTAKE_PATH, b"PK\x03\x04 someone saved")
    reply = http.put(url, data=b"mine", headers={**auth(token), "If-Match": stale})
    assert reply.status_code == 412 and reply.json()["error"]["code"] == "resourceModified"
    assert graph.file(site_id, INTAKE_PATH).content == b"PK\x03\x04 someone saved"
    current = graph.file(site_id, INTAKE_PATH).etag
    reply = http.put(url, data=b"mine", headers={**auth(token), "If-Match": current})
    assert reply.status_code == 200 and reply.json()["eTag"] != current
    assert graph.file(site_id, INTAKE_PATH).content == b"mine"


def test_create_with_conflict_behavior_fail(http, token, intake, graph, site_id):
    folder = http.get(f"{GRAPH}/drives/{intake.drive}/root:/Intake", headers=auth(token)).json()
    url = f"{GRAPH}/drives/{intake.drive}/items/{folder['id']}:/Report.xlsx:/content"
    first = http.put(url + "?@microsoft.graph.conflictBehavior=fail", data=b"one", headers=auth(token))
    assert first.status_code == 201 and first.json()["name"] == "Report.xlsx"
    again = http.put(url + "?@microsoft.graph.conflictBehavior=fail", data=b"two", headers=auth(token))
    assert again.status_code == 409 and again.json()["error"]["code"] == "nameAlreadyExists"
    assert graph.file(site_id, "Intake/Report.xlsx").content == b"one"
    replaced = http.put(url, data=b"three", headers=auth(token))     # default: replace
    assert replaced.status_code == 200 and graph.file(site_id, "Intake/Report.xlsx").content == b"three"


def test_errors_have_the_documented_shape(http, token, intake, graph, site_id):
    missing = http.get(f"{GRAPH}/drives/{intake.drive}/root:/Intake/Nope.xlsx", headers=auth(token))
    assert missing.status_code == 404
    assert set(missing.json()["error"]) >= {"code", "message"} and missing.json()["error"]["code"] == "itemNotFound"
    anonymous = http.get(f"{GRAPH}/drives/{intake.drive}/items/{intake.id}")
    assert anonymous.status_code == 401 and anonymous.json()["error"]["code"] == "InvalidAuthenticationToken"


def test_sites_selected_grants_are_per_site_and_role(http, token, graph, site_id):
    other = graph.add_site("/sites/Finance")
    other_file = graph.put_file(other, "Budget.xlsx", b"x")
    denied = http.get(f"{GRAPH}/drives/{other_file.drive}/items/{other_file.id}", headers=auth(token))
    assert denied.status_code == 403 and denied.json()["error"]["code"] == "accessDenied"
    graph.apps[CLIENT_ID]["grants"][other] = "read"
    assert http.get(f"{GRAPH}/drives/{other_file.drive}/items/{other_file.id}", headers=auth(token)).ok
    write = http.put(f"{GRAPH}/drives/{other_file.drive}/items/{other_file.id}/content", data=b"y",
                     headers=auth(token))
    assert write.status_code == 403 and graph.file(other, "Budget.xlsx").content == b"x"


def test_site_by_path_then_its_drives(http, token, graph, site_id):
    site = http.get(f"{GRAPH}/sites/contoso.sharepoint.com:/sites/PublicSafety", headers=auth(token)).json()
    assert site["id"] == site_id
    drives = http.get(f"{GRAPH}/sites/{site_id}/drives", headers=auth(token)).json()["value"]
    assert [d["name"] for d in drives] == ["Documents"]
    assert http.get(f"{GRAPH}/sites/{site_id}/drive", headers=auth(token)).json()["id"] == drives[0]["id"]


def test_sharing_link_resolves_to_the_item(http, token, intake, graph):
    import base64
    link = graph.share(intake)
    encoded = "u!" + base64.urlsafe_b64encode(link.encode()).decode().rstrip("=")
    item = http.get(f"{GRAPH}/shares/{encoded}/driveItem", headers=auth(token)).json()
    assert item["id"] == intake.id


def test_throttling_carries_retry_after(http, token, intake, graph):
    graph.inject(Fault(status=429, code="activityLimitReached", retry_after="7"))
    reply = http.get(f"{GRAPH}/drives/{intake.drive}/items/{intake.id}", headers=auth(token))
    assert reply.status_code == 429 and reply.headers["Retry-After"] == "7"
    assert reply.json()["error"]["code"] == "activityLimitReached"
    assert http.get(f"{GRAPH}/drives/{intake.drive}/items/{intake.id}", headers=auth(token)).ok


def test_transport_refuses_any_other_host(http, graph_loopback):
    with pytest.raises(NonLoopbackRequest):
        http.get("https://example.org/")
    assert graph_loopback.violations == ["https://example.org/"]
    graph_loopback.violations.clear()         # the fixture would fail the test otherwise


def test_socket_guard_refuses_non_loopback_connects():
    import socket
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(AssertionError):
            sock.connect(("192.0.2.1", 443))      # TEST-NET-1 (RFC 5737): never reached
    finally:
        sock.close()
