"""GoogleBackend.check_access and `doctor` on a Google city, against the loopback Sheets fake
(issue 12): the key loads, the spreadsheet opens and reads metadata; each way it cannot says
what to do, as ``(ok, message)`` pairs, never raising."""
from __future__ import annotations

from sheets_sync.backends.google import make_google_backend
from sheets_sync.config import load_config
from sheets_sync.doctor import FAIL, OK, diagnose
from tests.fake_sheets.fixtures import SHEET_KEY

INTAKE = {"Police": [["Title", "Start Date"], ["Open house", 45352]], "Fire": [["Title"]]}


def test_shared_sheet_opens_with_its_tab_count(fake, make_backend, sa_key):
    fake.create_spreadsheet(SHEET_KEY, INTAKE, editors=[sa_key.email])
    backend = make_backend()
    found = backend.check_access()
    assert [ok for ok, _ in found] == [True, True]
    assert sa_key.email in found[0][1]
    assert f"spreadsheet {SHEET_KEY} opens as {sa_key.email}: 2 intake tabs, 0 others" in found[1][1]
    assert dict(backend.requests) == {"read": 1, "write": 0}          # one metadata read
    assert [c.endpoint for c in fake.calls if c.endpoint != "token"] == ["get"]


def test_not_shared_says_share_as_editor(fake, make_backend, sa_key):
    fake.create_spreadsheet(SHEET_KEY, INTAKE, editors=["clerk@city.gov"])
    found = make_backend().check_access()
    assert [ok for ok, _ in found] == [True, False]
    assert f"share the sheet with {sa_key.email} as editor" in found[1][1]


def test_wrong_key_and_missing_credentials(fake, make_backend, monkeypatch, tmp_path):
    fake.create_spreadsheet(SHEET_KEY, INTAKE)
    (ok, message), = make_backend("1WrongKey").check_access()[1:]
    assert not ok and "source.spreadsheet_key" in message
    monkeypatch.delenv("GOOGLE_APPLICATION_CREDENTIALS", raising=False)
    (ok, message), = make_backend(credentials_file=None).check_access()
    assert not ok and "GOOGLE_APPLICATION_CREDENTIALS" in message
    (ok, message), = make_backend(credentials_file=tmp_path / "gone.json").check_access()
    assert not ok and "gone.json does not exist" in message


def test_doctor_on_a_google_city(fake, loopback, key_file, sa_key, tmp_path):
    fake.create_spreadsheet(SHEET_KEY, INTAKE, viewers=[sa_key.email])
    config = tmp_path / "config.yaml"
    config.write_text(f"departments:\n  - name: Police\n  - name: Fire\nsite:\n  base_url: "
                      f"https://events.example.org\nsource:\n  kind: google\n  spreadsheet_key: {SHEET_KEY}\n"
                      f"  credentials_file: {key_file}\n")
    findings = diagnose(config, site=False, make_backend=lambda c: make_google_backend(
        c, transport=loopback, timeout=5))
    source = [f for f in findings if f.area == "source"]
    assert [f.level for f in source] == [OK, OK] and "2 intake tabs" in source[1].message
    assert load_config(config).source.kind == "google"

    config.write_text(config.read_text().replace(SHEET_KEY, "1Missing"))
    findings = diagnose(config, site=False, make_backend=lambda c: make_google_backend(
        c, transport=loopback, timeout=5))
    assert [f.level for f in findings if f.area == "source"] == [OK, FAIL]
