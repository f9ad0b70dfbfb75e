"""Issue 14 with Google Sheets: a Validation problem on the staff board and in the digest links
to its cell (``#gid=<sheetId>&range=<A1>``), the sheetId read from the loopback fake's metadata
through the real gspread stack."""
from __future__ import annotations

import json
from urllib.parse import urlsplit

from sheets_sync.config import config_from_dict
from sheets_sync.backends.google import make_google_backend
from sheets_sync.model import CANONICAL_COLUMNS
from sheets_sync.pipeline import run_sync
from tests.fake_sheets.fixtures import FAST_RETRY, SHEET_KEY


def test_problem_links_to_the_google_cell(tmp_path, fake, loopback, key_file, config_dict, sa_key):
    header = list(CANONICAL_COLUMNS)
    bad = [""] * len(header)
    bad[header.index("Title")], bad[header.index("Start Date")] = "Bike Rodeo", "9/16/2025"
    bad[header.index("Start Time")], bad[header.index("Visibility")] = "25 o'clock", "Public"
    good = list(bad)
    good[header.index("Title")], good[header.index("Start Time")] = "Coffee with a Cop", "8am"
    fake.create_spreadsheet(SHEET_KEY, {"Notes": [["x"]], "Police": [header, good, bad]}, editors=[sa_key.email])
    police_gid = next(s.sheet_id for s in fake.book(SHEET_KEY).sheets if s.title == "Police")
    config_dict["source"] = {"kind": "google", "spreadsheet_key": SHEET_KEY, "credentials_file": str(key_file),
                             "calendars": []}
    config = config_from_dict(config_dict, base_dir=tmp_path)
    backend = make_google_backend(config, transport=loopback, timeout=5, retry=FAST_RETRY)
    from datetime import datetime, timezone
    run_sync(config, backend=backend, now=datetime(2025, 9, 1, 12, tzinfo=timezone.utc))
    board = json.loads((config.out_dir / "private/board.json").read_text())
    (problem,) = [p for p in board["problems"] if p["tab"] == "Police"]
    column = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[header.index("Start Time")]
    assert problem["cell"] == f"{column}3"
    url = urlsplit(problem["link"])
    assert (url.scheme, url.netloc, url.path) == ("https", "docs.google.com", f"/spreadsheets/d/{SHEET_KEY}/edit")
    assert url.fragment == f"gid={police_gid}&range={column}3"
    assert police_gid != 0                       # the second tab: a real id, not the default
