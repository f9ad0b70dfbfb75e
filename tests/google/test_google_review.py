"""The Review Duplicates tab on Google Sheets: staff decisions are read back within the same
2 read requests per sync (prefetched with the intake tabs)."""
from __future__ import annotations

from collections import Counter

from sheets_sync.backends import Table
from sheets_sync.review import HEADER
from tests.fake_sheets.client import RawApi
from tests.fake_sheets.fixtures import SHEET_KEY

INTAKE = [["Title", "Start Date", "Start Time", "Visibility"], ["Open House", "10/4/2025", "10am", "Public"]]
KEY = '[["Fire","open house","2025-10-04","10:00",""],["Police","open house","2025-10-04","10:00",""]]'


def test_review_tab_is_read_back_in_the_same_batch(fake, sa_key, make_backend, loopback):
    fake.create_spreadsheet(SHEET_KEY, {"Police": INTAKE}, editors=[sa_key.email])
    first = make_backend()
    assert first.read_generated("Review Duplicates") is None        # never written yet: 1 metadata read
    first.read_tabs()
    assert first.read_generated("Review Duplicates") is None         # prefetched: no request
    review = Table("Review Duplicates", (HEADER, ("", "Pending review", *[""] * 15, KEY)))
    first.write_tabs([review])

    # staff choose a decision in the shared spreadsheet
    api = RawApi(sa_key.info, loopback)
    assert api.write(SHEET_KEY, [{"range": "'Review Duplicates'!A2", "values": [["Same event"]]}]).status_code == 200
    fake.reset_counters()
    second = make_backend()
    tabs = second.read_tabs()
    rows = second.read_generated("Review Duplicates")
    assert [t.title for t in tabs] == ["Police"]                      # the generated tab is not intake
    assert rows[0] == HEADER
    assert rows[1][0] == "Same event" and rows[1][-1] == KEY
    assert second.requests == Counter({"read": 2, "write": 0})
    assert fake.requests["read"] == 2
