"""A numbered unit that names where the event is held is a place, not a partner (a second fresh
verifier's finding: "Beat 14 community meeting at Station 3" in Fire Station 3's community room
counted Fire as taking part). The unit is a place when the row's Location or Address holds it,
or when the text writes it after "at"; elsewhere ("Engine 9 joins us") it still counts."""
from __future__ import annotations

import pytest

from sheets_sync.config import config_from_dict
from sheets_sync.model import RawTab
from sheets_sync.validate import parse_tab
from tests.conftest import base_config_dict

H = ("Title", "Start Date", "Start Time", "Location", "Visibility")


@pytest.mark.parametrize("tab,title,location,partners", [
    ("Police", "Beat 14 community meeting at Station 3", "Fire Station 3 community room", ()),
    ("Parks and Recreation", "Station 1 history walk", "Fire Station 1", ()),
    ("Police", "Coffee and questions at the Station 3", "", ()),
    ("Police", "Block party - Engine 9 stops by", "Elm St & 4th St", ("Fire",)),
    ("Parks and Recreation", "Station 1 open house tour", "Central Library", ("Fire",)),
])
def test_a_unit_naming_the_place_is_no_partner(tmp_path, tab, title, location, partners):
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    (row,), _ = parse_tab(RawTab(tab, H, ((title, "8/5/2025", "6pm", location, "Public"),)), config)
    assert row.text_partners == partners
