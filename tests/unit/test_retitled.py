"""A row's new title is still recognisably its old one (a move and a retitle in one edit)."""
from __future__ import annotations

import pytest

from sheets_sync.matching import retitled, title_words


def test_title_words_fold_and_drop_stop_words():
    assert title_words("Harvest Festival (RAIN DATE)") == {"harvest", "festival", "rain", "date"}
    assert title_words("Día de la Familia") == {"dia", "familia"}


@pytest.mark.parametrize("old, new, same", [
    ("Harvest Festival", "Harvest Festival (RAIN DATE)", True),     # the move named in the title
    ("Fall Harvest Festival", "Harvest Festival - moved", True),     # two of three words kept
    ("Parade", "Parade (postponed)", True),
    ("Harvest Festival", "Pumpkin Festival", False),                 # one of two words kept
    ("Community Safety Fair at the Park", "Safety Fair", False),     # two of four words kept
    ("Harvest Festival", "Pumpkin Carving", False),
    # another number is another event (the sync's state machine: canvass 9 typed where a
    # partner's copy of canvass 1 had been was taken for it moved, and left out of the feed)
    ("Smoke Alarm Canvass 1", "Smoke Alarm Canvass 9", False),
    ("Station 1 Open House", "Station 5 Open House", False),
    ("Harvest Festival 2025", "Harvest Festival 2025 (RAIN DATE)", True),
    ("Harvest Festival", "Harvest Festival 2025", True),
])
def test_retitled_keeps_most_of_the_old_words(old, new, same):
    assert retitled(title_words(old), title_words(new)) is same
