"""The `source.microsoft` config block and where the app's credential comes from (a
certificate file, a secret file, an environment variable — never config.yaml itself)."""
from __future__ import annotations

import datetime as dt

import pytest

from sheets_sync.backends import SourceError
from sheets_sync.backends.microsoft import make_microsoft_backend
from sheets_sync.backends.microsoft_graph import load_credential, share_id
from sheets_sync.config import ConfigError, config_from_dict
from tests.fake_graph.fixtures import CLIENT_ID, FAST_RETRY, INTAKE_PATH, SITE_PATH, TENANT
from tests.conftest import write_workbook


def microsoft_config(config_dict, tmp_path, **microsoft):
    block = {"tenant": TENANT, "client_id": CLIENT_ID, "site": f"contoso.sharepoint.com:{SITE_PATH}",
             "path": INTAKE_PATH, **microsoft}
    config_dict["source"] = {"kind": "microsoft", "microsoft": block, "calendars": []}
    return config_from_dict(config_dict, base_dir=tmp_path)


def self_signed(tmp_path):
    """A PEM with a fresh RSA key and its self-signed certificate (what `openssl req -x509` makes)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "safety-events sync")])
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
            .sign(key, hashes.SHA256()))
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())
    path = tmp_path / "sync-app.pem"
    path.write_bytes(key_pem + cert_pem)
    return path, cert_pem


def test_config_block_is_required_and_complete(config_dict, tmp_path):
    config_dict["source"] = {"kind": "microsoft", "calendars": []}
    with pytest.raises(ConfigError, match="source.microsoft .* is not set"):
        config_from_dict(dict(config_dict), base_dir=tmp_path)
    block = {"tenant": TENANT, "client_id": CLIENT_ID, "site": "x", "path": "a.xlsx"}
    config_dict["source"] = {"kind": "microsoft", "calendars": [],
                             "microsoft": {**block, "client_secret": "pasted by mistake"}}
    with pytest.raises(ConfigError, match="source.microsoft.client_secret: unknown key"):
        config_from_dict(dict(config_dict), base_dir=tmp_path)   # a secret never goes in config.yaml
    config_dict["source"]["microsoft"] = {**block, "sharing_link": "https://contoso.sharepoint.com/:x:/s/a"}
    with pytest.raises(ConfigError, match="either sharing_link or site \\+ path"):
        config_from_dict(dict(config_dict), base_dir=tmp_path)
    config_dict["source"]["microsoft"] = {"tenant": TENANT, "client_id": CLIENT_ID, "site": "x"}
    with pytest.raises(ConfigError, match="set site and path"):
        config_from_dict(config_dict, base_dir=tmp_path)


def test_config_defaults(config_dict, tmp_path):
    ms = microsoft_config(config_dict, tmp_path).source.microsoft
    assert ms.report_name == "Safety Events report.xlsx"
    assert ms.client_secret_env == "SAFETY_EVENTS_GRAPH_SECRET"
    assert ms.authority_host == "https://login.microsoftonline.com"
    assert ms.graph_url == "https://graph.microsoft.com/v1.0"


def test_secret_from_file_then_environment(tmp_path):
    secret_file = tmp_path / "graph-secret.txt"
    secret_file.write_text("  s3cr3t\n")
    from_file = load_credential(certificate_file=None, secret_file=secret_file, secret_env="X", env={"X": "env"})
    assert from_file.secret == "s3cr3t" and str(secret_file) in from_file.origin
    from_env = load_credential(certificate_file=None, secret_file=None, secret_env="X", env={"X": "env"})
    assert (from_env.secret, from_env.origin) == ("env", "$X")
    secret_file.write_text("")
    with pytest.raises(SourceError, match="is empty"):
        load_credential(certificate_file=None, secret_file=secret_file, secret_env="X", env={})


def test_bad_certificate_file_is_explained(tmp_path):
    bad = tmp_path / "not.pem"
    bad.write_text("hello")
    with pytest.raises(SourceError, match="not a PEM file with a certificate and an unencrypted private key"):
        load_credential(certificate_file=bad, secret_file=None, secret_env="X", env={})
    with pytest.raises(SourceError, match="cannot read the certificate file"):
        load_credential(certificate_file=tmp_path / "missing.pem", secret_file=None, secret_env="X", env={})


def test_certificate_credential_signs_in(graph, graph_loopback, config_dict, tmp_path):
    pem, cert_pem = self_signed(tmp_path)
    site = graph.add_site(SITE_PATH)
    graph.add_app(CLIENT_ID, None, {site: "read"}, certificate_pem=cert_pem)
    graph.put_file(site, INTAKE_PATH, write_workbook(tmp_path / "i.xlsx", {"Police": [["Title"], ["NNO"]]}).read_bytes())
    config = microsoft_config(config_dict, tmp_path, certificate_file=pem.name)
    backend = make_microsoft_backend(config, env={}, transport=graph_loopback, timeout=5, retry=FAST_RETRY)
    assert [t.title for t in backend.read_tabs()] == ["Police"]
    (tmp_path / "other").mkdir()
    other, _ = self_signed(tmp_path / "other")          # a key the tenant does not know
    config = microsoft_config(config_dict, tmp_path, certificate_file=str(other))
    stranger = make_microsoft_backend(config, env={}, transport=graph_loopback, timeout=5, retry=FAST_RETRY)
    with pytest.raises(SourceError, match="AADSTS700027"):
        stranger.read_tabs()


def test_unknown_tenant_is_explained(graph, site_id, graph_loopback, config_dict, tmp_path):
    config = microsoft_config(config_dict, tmp_path, tenant="nosuch.onmicrosoft.com")
    backend = make_microsoft_backend(config, env={"SAFETY_EVENTS_GRAPH_SECRET": "x"},
                                     transport=graph_loopback, timeout=5, retry=FAST_RETRY)
    with pytest.raises(SourceError, match="tenant 'nosuch.onmicrosoft.com' was not found"):
        backend.read_tabs()


def test_share_id_follows_graphs_encoding():
    # Graph "Access shared items": base64 of the URL, '=' dropped, '/'→'_', '+'→'-', then 'u!'
    # (expected value made with coreutils: printf %s URL | base64 -w0 | tr '+/' '-_' | tr -d '=')
    link = "https://onedrive.live.com/redir?resid=1231244193912!12&authKey=1201919!12921!1"
    assert share_id(link) == "u!aHR0cHM6Ly9vbmVkcml2ZS5saXZlLmNvbS9yZWRpcj9yZXNpZD0xMjMxMjQ0MTkzOTEyITEyJmF1dGhLZXk9MTIwMTkxOSExMjkyMSEx"


def test_every_microsoft_block_problem_is_listed_at_once(config_dict, tmp_path):
    """A pasted secret (unknown key) or a wrong type elsewhere no longer hides the missing
    site/path; a report name that is not .xlsx or that is the intake's own name is refused."""
    config_dict["fiscal_year_start_month"] = "July"
    config_dict["source"] = {"kind": "microsoft", "calendars": [],
                             "microsoft": {"tenant": TENANT, "client_id": CLIENT_ID, "drive": "Documents",
                                           "client_secret": "pasted by mistake", "report_name": "Report.csv"}}
    with pytest.raises(ConfigError) as caught:
        config_from_dict(dict(config_dict), base_dir=tmp_path)
    problems = caught.value.problems
    assert "source.microsoft.client_secret: unknown key (check its spelling)" in problems
    assert "source.microsoft: set site and path (the workbook in a SharePoint library), or sharing_link" \
        in problems
    assert any(p.startswith("source.microsoft.report_name: 'Report.csv'") for p in problems), problems
    assert any(p.startswith("fiscal_year_start_month:") for p in problems)
    assert len(problems) == len(set(problems)) == 4, problems

    config_dict["fiscal_year_start_month"] = 7
    config_dict["source"]["microsoft"] = {"tenant": TENANT, "client_id": CLIENT_ID, "site": "x",
                                          "path": "Intake/Safety Events.xlsx",
                                          "report_name": "safety events.xlsx"}
    with pytest.raises(ConfigError) as caught:
        config_from_dict(dict(config_dict), base_dir=tmp_path)
    assert [p.split(":")[0] for p in caught.value.problems] == ["source.microsoft.report_name"]
