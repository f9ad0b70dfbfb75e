"""Issue 16: a zero-padded numeric Event ID (``456`` under a ``00000`` number format, shown
``00456``) is read as the text staff see on the Google backend too, in intake and offer tabs,
and an offer to it is accepted by the real sync."""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

from sheets_sync.backends.google import make_google_backend
from sheets_sync.config import config_from_dict
from sheets_sync.pipeline import run_sync
from tests.conftest import base_config_dict
from tests.e2e.cycle_helpers import OFFER_HEADER
from tests.fake_sheets.cells import PaddedNumber
from tests.fake_sheets.fixtures import FAST_RETRY, SHEET_KEY

H = ["Event ID", "Title", "Start Date", "Start Time", "Location", "Visibility"]


def make_sheet(fake, sa_key):
    fake.create_spreadsheet(SHEET_KEY, {
        "Police": [H, [PaddedNumber(456), "Youth Safety Fair", "8/23/2025", "10am", "Central Park", "Public"],
                   [],
                   [17, "Coffee with a Cop", "8/24/2025", "9am", "Cafe", "Public"]],
        "Assistance Offers": [OFFER_HEADER, [PaddedNumber(456), "Fire", "Engine 5", "Accepted"]],
    }, editors=[sa_key.email])


def test_padded_ids_read_as_shown_with_one_more_read(fake, sa_key, make_backend):
    make_sheet(fake, sa_key)
    backend = make_backend()
    police, offers = backend.read_tabs()
    assert police.rows[0][0] == "00456" and offers.rows[0][0] == "00456"
    assert police.rows[2][0] == 17             # shown as itself: stays the number
    assert police.rows[1] == ()
    assert backend.requests == Counter({"read": 3, "write": 0})


def test_text_ids_cost_no_extra_read(fake, sa_key, make_backend):
    fake.create_spreadsheet(SHEET_KEY, {"Police": [H, ["00456", "Fair", "8/23/2025", "10am", "Park", "Public"]]},
                            editors=[sa_key.email])
    backend = make_backend()
    (police,) = backend.read_tabs()
    assert police.rows[0][0] == "00456" and backend.requests["read"] == 2


def test_offer_to_a_padded_id_is_accepted_through_the_sync(fake, sa_key, key_file, loopback, tmp_path):
    make_sheet(fake, sa_key)
    data = base_config_dict(tmp_path)
    data["source"] = {"kind": "google", "spreadsheet_key": SHEET_KEY, "credentials_file": str(key_file)}
    config = config_from_dict(data, base_dir=tmp_path)
    backend = make_google_backend(config, transport=loopback, timeout=300, retry=FAST_RETRY)
    summary = run_sync(config, backend=backend, now=datetime(2025, 8, 1, 12, tzinfo=timezone.utc))
    assert summary["joint_events"] == 1
    book = fake.book(SHEET_KEY)
    combined = book.sheet_by_title("Combined Events").trimmed()
    fair = dict(zip(combined[0], combined[1]))
    assert fair["Departments"] == "Police, Fire" and fair["Partners by Accepted Offer"] == "Fire"
    validation = book.sheet_by_title("Validation").trimmed()[1:]
    assert not [v for v in validation if "Assistance Offers" in v]


def test_only_zero_padding_replaces_the_number_as_on_the_xlsx_reader():
    """Found by hand (issue 16 verifier follow-up): any display text used to replace the
    number, so an ID under a ``#,##0`` format read ``12,345`` on Google and ``12345`` from
    .xlsx, and a long number under Automatic (``1.23457E+13``) could collide with another."""
    from sheets_sync.backends.google import shown_id
    assert shown_id(456, "00456") == "00456"
    assert shown_id(456, "ID-0456") == "ID-0456"         # format "ID-"0000
    assert shown_id(456, "456") is None
    assert shown_id(12345, "12,345") is None
    assert shown_id(456, "456.00") is None
    assert shown_id(12345678901234, "1.23457E+13") is None
    assert shown_id(456, "ID-456") == "ID-456"           # format "ID-"0
    assert shown_id(456, "$456") is None                 # currency: the number stays
    assert shown_id(456, None) is None and shown_id(4.5, "04.5") is None
