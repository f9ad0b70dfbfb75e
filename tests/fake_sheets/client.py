"""A bare Sheets API client for fidelity tests: real google-auth, no gspread, no retries."""
from __future__ import annotations

from typing import Any

import requests
from google.auth.transport.requests import AuthorizedSession, Request
from google.oauth2 import service_account

API = "https://sheets.googleapis.com/v4/spreadsheets/"


class RawApi:
    """``get``/``post`` on the Sheets API through ``adapter``; responses are not raised."""

    def __init__(self, key_info: dict, adapter, scopes=("https://www.googleapis.com/auth/spreadsheets",)):
        creds = service_account.Credentials.from_service_account_info(key_info, scopes=list(scopes))
        token_session = requests.Session()
        self.session = AuthorizedSession(creds, auth_request=Request(token_session))
        for s in (self.session, token_session):
            s.mount("https://", adapter)
            s.mount("http://", adapter)

    def get(self, path: str, **params: Any) -> requests.Response:
        return self.session.get(API + path, params=params, timeout=5)

    def post(self, path: str, body: dict) -> requests.Response:
        return self.session.post(API + path, json=body, timeout=5)

    def batch_get(self, key: str, ranges: list[str], value: str = "UNFORMATTED_VALUE",
                  dt: str = "SERIAL_NUMBER") -> requests.Response:
        return self.get(f"{key}/values:batchGet", ranges=ranges, valueRenderOption=value,
                        dateTimeRenderOption=dt)

    def write(self, key: str, data: list[dict], option: str | None = "RAW") -> requests.Response:
        body: dict[str, Any] = {"data": data}
        if option is not None:
            body["valueInputOption"] = option
        return self.post(f"{key}/values:batchUpdate", body)

    def batch_update(self, key: str, requests_: list[dict], **extra: Any) -> requests.Response:
        return self.post(f"{key}:batchUpdate", {"requests": requests_, **extra})
